"""The site's own name, read off the copy's copyright notice, and the appeals closing the story that name it.

A text dump carries no URL, but its footer names the site in its copyright notice: "© 2000-2024 www.pagina12.com.ar"
(Página/12), "© junge Welt | Impressum / Datenschutz" (junge Welt), "© 1997-2024, UrduPoint Network" (UrduPoint). The
reader appeals, subscription pitches and house blurbs a copy keeps after its story name the site in their own words
in every language ("Hace 36 años Página|12 asumió un compromiso con el periodismo, lo sostiene y cuenta con vos para
renovarlo cada día.", "Heute wie damals berichtet die Tageszeitung junge Welt über Aufrüstung ...", "UrduPoint
Network is the largest independent digital media house from Pakistan, ..."), so the name learnt from the page picks
them out with no word list (on a page too: ``html.without_appeals`` reads the notice off the page's lines before
its footer is pruned). Only the notice under the story counts: a "©" inside the story is a photo's credit
("© Samuel Velasco / Quanta Magazine", Spektrum), naming an agency the story may quote.

A story names its own paper too ("... told TIME", "... erklärte er gegenüber AFP", in the middle of the story on
every such dev dump), so only the paragraphs closing the copy go, each naming the site, and never so many that
less than half of the words stay above them.
"""
from __future__ import annotations

import re
import unicodedata

from extractors.clean import widgets

#: A copyright notice: the mark, the years, then the holder up to a separator ("© 2009-2019 Il Fatto Quotidiano |").
_NOTICE = re.compile(
    r"(?:©|\(c\)|copyright)(?:\s*(?:©|copyright))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*([^|,;·•]{3,60})",
    re.IGNORECASE,
)
#: The holder written as the site's domain ("www.pagina12.com.ar"): its name is the label before the suffix.
_DOMAIN = re.compile(r"(?:https?://)?(?:www\.)?([a-z0-9-]+)\.[a-z]{2,}", re.IGNORECASE)
#: Where the holder's name ends: a dash set apart by spaces or a full stop ("Name - Impressum", "Name. All rights").
_NAME_END = re.compile(r"\s+[-–—]\s+|\.\s|\.$")
#: A notice longer than this is a paragraph about rights, not the footer's line.
NOTICE_CHARS = 200
#: A name folds to this many letters or digits at least ("NZZ" is too short to find safely in running text).
NAME_CHARS = 4
#: The closing paragraphs that name the site leave at least this share of the copy's words above them.
KEPT_SHARE = 0.5


def fold(text: str) -> str:
    """Letters and digits only, case and accents folded: "Página|12" and "www.pagina12.com.ar" meet at "pagina12"."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return re.sub(r"[\W_]+", "", "".join(ch for ch in text if not unicodedata.combining(ch)))


def footer_names(lines: list[str], body_end: int) -> frozenset[str]:
    """The folded names of the site that the copyright notices under the story (from ``body_end`` on) hold."""
    names = set()
    for line in lines[body_end:]:
        if len(line) > NOTICE_CHARS or (notice := _NOTICE.search(line)) is None:
            continue
        holder = notice[1].strip()
        domain = _DOMAIN.match(holder)
        name = fold(domain[1] if domain else _NAME_END.split(holder)[0])
        if len(name) >= NAME_CHARS and not name.isdigit():
            names.add(name)
    return frozenset(names)


def without_site_appeals(paragraphs: tuple[str, ...], names: frozenset[str]) -> tuple[str, ...]:
    """The paragraphs less those closing the copy that each name the site (see the module docstring)."""
    if not names:
        return paragraphs
    end = len(paragraphs)
    while end > 0 and any(name in fold(paragraphs[end - 1]) for name in names):
        end -= 1
    if end == len(paragraphs):
        return paragraphs
    kept = sum(widgets.word_count(para) for para in paragraphs[:end])
    if kept < KEPT_SHARE * sum(widgets.word_count(para) for para in paragraphs):
        return paragraphs
    return paragraphs[:end]
