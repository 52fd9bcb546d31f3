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
#: An appeal's closing call, under the paragraphs naming the site, is one sentence this short at most, in words.
CALL_WORDS = 25
#: The call counts under this many paragraphs naming the site at least (a story's closing line names it under one:
#: "Fairmont Jasper Park Lodge is now open." on Canada.com, an edit note under Obsidian's last paragraph).
CALL_NAMED = 2
#: A sentence ending inside a paragraph: the call is one sentence.
_INNER_STOP = re.compile(r"[.!?。！？]\s+\S")


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


def _call_start(paragraphs: tuple[str, ...]) -> int:
    """Where the closing appeal's paragraphs naming the site end: above a last paragraph of one short sentence that
    does not name it, the call the appeal closes on ("Se ci leggi e ti piace quello che leggi puoi aiutarci a
    continuare il nostro lavoro per il prezzo di un cappuccino alla settimana." under il Fatto's two paragraphs naming
    "ilfattoquotidiano.it", "Faça parte desse esforço." under Público's "Assinar o PÚBLICO é participar ..."), else
    the end of the copy. The caller counts it only under ``CALL_NAMED`` paragraphs naming the site, and only when the
    story above them never names it (Obsidian's post on its own app closes on an edit note under two such
    paragraphs)."""
    if len(paragraphs) < 2:
        return len(paragraphs)
    last = paragraphs[-1].strip()
    if widgets.word_count(last) > CALL_WORDS or _INNER_STOP.search(last) or not widgets.SENTENCE_END.search(last):
        return len(paragraphs)
    return len(paragraphs) - 1


def _cut(paragraphs: tuple[str, ...], end: int) -> tuple[str, ...]:
    """The paragraphs above ``end``, unless that keeps under ``KEPT_SHARE`` of the words: a cut that large took the
    story, not its closing appeal."""
    kept = sum(widgets.word_count(para) for para in paragraphs[:end])
    if kept < KEPT_SHARE * sum(widgets.word_count(para) for para in paragraphs):
        return paragraphs
    return paragraphs[:end]


def without_site_appeals(paragraphs: tuple[str, ...], names: frozenset[str]) -> tuple[str, ...]:
    """The paragraphs less those closing the copy that each name the site (see the module docstring), and the one
    sentence of call under them (``_call_start``)."""
    if not names:
        return paragraphs
    end = len(paragraphs)
    while end > 0 and any(name in fold(paragraphs[end - 1]) for name in names):
        end -= 1
    if end == len(paragraphs):
        end = start = _call_start(paragraphs)
        while end > 0 and any(name in fold(paragraphs[end - 1]) for name in names):
            end -= 1
        if start - end < CALL_NAMED:
            return paragraphs
        above = fold(" ".join(paragraphs[:end]))
        if any(name in above for name in names):
            return paragraphs
    return _cut(paragraphs, end)


#: A capitalised name as the page's menus print it ("CARTA", "McSweeney’s", "Allvoices.com").
_MENU_NAME = re.compile(r"(?<![\w’'])[^\W\d_a-z][\w’'.-]*[^\W_]")
#: The menu and footer lines naming the site are this short at most, in words.
MENU_LINE_WORDS = 8
#: A name printed in this many distinct short lines outside the story, each saying more than the name, is the site's.
MENU_NAME_LINES = 4
#: Where a sentence starts (read off the few characters before a word): a capital there says nothing of a name.
_SENTENCE_START = re.compile(r"(?:[.!?:]\s+|[\"“„«(]\s*)$")


class MenuNames:
    """The site's names as the masthead and the footer of a copy print them, asked for word by word: a capitalised
    word (``_MENU_NAME``) above the story and under it, in ``MENU_NAME_LINES`` distinct short lines outside the story
    that say more than the word ("Was ist CARTA?", "CARTA unterstützen", "Mehr über CARTA erfahren"; a menu's own
    entries, "Home", "Marketing", "Newsletter", stand alone or repeat one line), never written in lower case on the
    page. Only the words a closing paragraph prints are looked up (a scan of every line's words costs 1.2 ms a page)."""

    def __init__(self, text: str, lines: list[str], head_end: int, body_end: int) -> None:
        self._text = text
        self._lines, self._head_end, self._body_end = lines, head_end, body_end
        self._joined: str | None = None  # the lines outside the story in one string, to rule most words out at once
        self._known: dict[str, str | None] = {}  # a word as printed -> its folded name, or None for no name
        self._capitals: dict[str, str] = {}  # a name known only in capitals -> that form ("publico" -> "PÚBLICO")

    def names(self, paragraph: str, *, capitals: bool = True) -> set[str]:
        """The folded names the paragraph prints capitalised where no sentence starts; with ``capitals`` False, not
        the names known only in capitals (a common word set as a name: only an appeal's whole shape trusts them)."""
        found = set()
        for match in _MENU_NAME.finditer(paragraph):
            start = match.start()
            if start == 0 or _SENTENCE_START.search(paragraph[max(0, start - 4):start]):
                continue
            word = match[0]
            if word not in self._known:
                self._known[word] = self._name(word)
            if (name := self._known[word]) is not None and (capitals or name not in self._capitals):
                found.add(name)
        return found

    def printed_in(self, name: str, story: str, folded: str) -> bool:
        """Whether the story (``folded``, its folded form) prints the name: a name known only in capitals as it is
        set ("PÚBLICO"; the story's "Ministério Público" is another word), any other folded ("Verge")."""
        if (capitals := self._capitals.get(name)) is not None:
            return re.search(rf"(?<!\w){re.escape(capitals)}(?!\w)", story) is not None
        return name in folded

    def _name(self, word: str) -> str | None:
        """The word's folded name if it is one of the site's, else None."""
        forms = {word, word.upper(), word.lower().capitalize()}
        if self._joined is None:
            self._joined = "\n".join(self._lines[:self._head_end]) + "\n" + "\n".join(self._lines[self._body_end:])
        if sum(self._joined.count(form) for form in forms) < MENU_NAME_LINES:
            return None
        name = fold(word)
        if len(name) < NAME_CHARS or name.isdigit():
            return None
        where: set[str] = set()
        above = below = False
        printed = set()
        for index, line in enumerate(self._lines):
            if self._head_end <= index < self._body_end or not any(form in line for form in forms) \
                    or widgets.word_count(line) > MENU_LINE_WORDS:
                continue
            for found in _MENU_NAME.findall(line):
                if fold(found) == name:
                    printed.add(found)
                    above, below = above or index < self._head_end, below or index >= self._body_end
                    if line.strip() != found:
                        where.add(line)
        if len(where) < MENU_NAME_LINES or not above or not below:
            return None
        if not any(_written_lower(found, self._text) for found in printed | {word}):
            return name
        if word.isupper() and word in printed:
            # the name set in capitals in running text as the footer prints it ("O jornalismo do PÚBLICO", "@ 2019
            # PÚBLICO Comunicação Social SA"): a brand's styling, though the word is a common one in lower case;
            # trusted only in an appeal's whole shape, paragraphs closed by a call (TIME's "Thompson tells TIME that
            # ..." closes a story)
            self._capitals[name] = word
            return name
        return None


def _written_lower(word: str, text: str) -> bool:
    """Whether the page writes the word in lower case too, as a word of its own: then it is a word, not a name."""
    low = word.lower()
    return low != word and re.search(rf"(?<![\w’'.-]){re.escape(low)}(?![\w’'-])", text) is not None


def without_named_tail(paragraphs: tuple[str, ...], names: MenuNames) -> tuple[str, ...]:
    """``without_site_appeals`` for the names the menus print (``MenuNames``), when no copyright notice names the
    site: the closing paragraphs each printing one go, but not one introducing what follows (a colon) nor any naming
    a name the story above them prints, and never half of the words."""
    def named(para: str, capitals: bool) -> bool:
        return not para.rstrip().endswith((":", "：")) and bool(names.names(para, capitals=capitals))

    end = len(paragraphs)
    while end > 0 and named(paragraphs[end - 1], False):
        end -= 1
    if end == len(paragraphs):
        end = start = _call_start(paragraphs)
        while end > 0 and named(paragraphs[end - 1], True):
            end -= 1
        if start - end < CALL_NAMED:
            return paragraphs
    story = " ".join(paragraphs[:end])
    above = fold(story)
    while end < len(paragraphs) and all(names.printed_in(name, story, above)
                                        for name in names.names(paragraphs[end])):
        end += 1
    if end == len(paragraphs):
        return paragraphs
    return _cut(paragraphs, end)
