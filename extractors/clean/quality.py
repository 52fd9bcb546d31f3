"""Quality flags: why a stored article should not be read as a full, clean news story.

Nothing is dropped for a flag: the article is stored with ``flags`` (vocabulary
``records.QUALITY_FLAGS``) and counted per flag in the run summary, and the pipeline skips facts for
``records.NO_FACTS_FLAGS``. Every rule is general: phrases are read from ``data/<lang>/quality.txt``
(all languages at once, since a consent wall is written in the page's language whatever the
detector says), structure from the markup (JSON-LD types, headline links) and the text's shape.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from importlib import resources
from urllib.parse import urlsplit

from extractors.clean import widgets
from extractors.records import QUALITY_FLAGS

#: A body under this many words is no full story (widgets.word_count: two CJK characters make a word).
SHORT_BODY_WORDS = 50
#: Consent and bot-check walls are short; a long article that mentions cookies is not one.
WALL_MAX_WORDS = 300
#: A paywall notice or a "not free" declaration marks a teaser only over a body this short: metered
#: sites print both above full stories too.
TEASER_MAX_WORDS = 200
#: An index page lists at least this many linked headlines and declares no article.
INDEX_MIN_HEADLINE_LINKS = 8
#: ... beside fewer paragraphs of 25+ words than this.
INDEX_MAX_PROSE = 3
#: A table-only page: fewer prose paragraphs than this, and at least this share of number tokens.
TABLE_MAX_PROSE = 2
TABLE_MIN_NUMBER_SHARE = 0.3
#: A last paragraph this long that ends without sentence punctuation was cut mid-sentence.
CUT_MIN_WORDS = 12
#: Dates are implausible before this, or later than the processing time plus a day.
EARLIEST_DATE = datetime(1990, 1, 1, tzinfo=UTC)
FUTURE_SLACK = timedelta(days=1)
#: Scheduled publishing stamps "published" minutes or hours after the last edit (8 of 127 corpus
#: pages); only a gap over a day is implausible.
DATE_ORDER_SLACK = timedelta(days=1)

_INDEX_TYPES = frozenset({"CollectionPage", "SearchResultsPage", "ProfilePage", "ItemList"})
_ARTICLE_OG_TYPES = frozenset({"article", "news", "newsarticle", "blog", "liveblog"})
_NUMBER = re.compile(r"^[-+−]?[$€£¥]?\d[\d,.:/%]*%?$")
#: UTF-8 read as Latin-1/cp1252: "Ã©", "â€™", "Â " stand for é, ’ and a no-break space.
_UTF8_AS_LATIN = re.compile("Ã[\u0080-\u00bf]|â€[\u0080-\u00bf\u2018-\u201e\u2122\u0153\u009d]|Â[\u00a0-\u00bf]")
_SCRIPTS = {
    "ja": re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]"), "zh": re.compile(r"[\u4e00-\u9fff]"),
    "ko": re.compile(r"[\uac00-\ud7a3]"), "ar": re.compile(r"[\u0600-\u06ff]"), "fa": re.compile(r"[\u0600-\u06ff]"),
    "ru": re.compile(r"[\u0400-\u04ff]"), "uk": re.compile(r"[\u0400-\u04ff]"), "bg": re.compile(r"[\u0400-\u04ff]"),
    "el": re.compile(r"[\u0370-\u03ff]"), "he": re.compile(r"[\u0590-\u05ff]"), "hi": re.compile(r"[\u0900-\u097f]"),
    "th": re.compile(r"[\u0e00-\u0e7f]"),
}
#: Private-use characters and C1 controls: what a wrong single-byte or UTF-16 decoding leaves behind.
_ODD_CHARS = re.compile("[\x80-\x9f\ue000-\uf8ff\U000f0000-\U0010ffff]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


@dataclass(frozen=True, slots=True)
class PageSignals:
    """What the markup says about the kind of page, read before boilerplate pruning (empty for text)."""

    schema_types: frozenset[str] = frozenset()  # every JSON-LD @type on the page
    og_type: str | None = None
    declares_article: bool = False  # a JSON-LD article object with a headline
    headline_links: int = 0  # linked h2-h4 headings or <article> cards; counted only for bodies with little prose
    feed_markup: bool = False  # an RSS/Atom/RDF document served as a page
    parser_limit: bool = False  # the HTML parser stopped at its nesting limit, so the rest was lost
    not_free: bool = False  # JSON-LD isAccessibleForFree false: the publisher gates the text
    page_text: str = ""  # the visible page before pruning (banners, paywall boxes); read only for short bodies


def _kinds(filename: str) -> dict[str, tuple[str, ...]]:
    """Kind -> case-folded entries of ``data/<lang>/<filename>`` (rows ``kind TAB entry``), every language merged."""
    found: dict[str, list[str]] = {}
    for folder in sorted(resources.files("extractors.clean").joinpath("data").iterdir()):
        path = folder.joinpath(filename)
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                kind, entry = line.split("\t", 1)
                found.setdefault(kind, []).append(entry.strip().casefold())
    return {kind: tuple(values) for kind, values in found.items()}


#: A text input: no markup to read.
NO_SIGNALS = PageSignals()


@functools.cache
def phrases() -> dict[str, tuple[str, ...]]:
    """Quality-flag phrases by kind (consent, bot_check, paywall, live_title, index_path): ``quality.txt``."""
    return _kinds("quality.txt")


@functools.cache
def byline_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(organisation words, role words, connectors) of bylines: ``bylines.txt``.

    A byline holding an organisation word names no person ("Reuters Staff", "Wire reports"); one
    made only of role and organisation words is a job title ("Staff Writer").
    """
    rows = _kinds("bylines.txt")
    return tuple(frozenset(rows.get(kind, ())) for kind in ("org", "role", "connector"))  # type: ignore[return-value]


@functools.cache
def byline_labels() -> frozenset[str]:
    """Words that open a byline printed as text ("By", "Von", "记者"): ``bylines.txt`` rows ``label``."""
    return frozenset(_kinds("bylines.txt").get("label", ()))


@functools.cache
def byline_suffixes() -> frozenset[str]:
    """Titles printed after a reporter's name, closing the byline ("정지은 기자"): ``bylines.txt`` rows ``suffix``."""
    return frozenset(_kinds("bylines.txt").get("suffix", ()))


@functools.cache
def byline_placeholders() -> frozenset[str]:
    """CMS defaults that fill the author field when nobody is credited ("admin", "Unknown"): rows ``placeholder``."""
    return frozenset(_kinds("bylines.txt").get("placeholder", ()))


@functools.cache
def byline_editors() -> frozenset[str]:
    """Labels of a story's editor in its author elements ("Editor"): ``bylines.txt`` rows ``editor``; a JSON-LD person
    the page labels so is no writer when an author element names another (``metadata._editors``)."""
    return frozenset(_kinds("bylines.txt").get("editor", ()))


@functools.cache
def byline_legal_forms() -> frozenset[str]:
    """A company's legal forms ("GmbH", "m.b.H."): ``bylines.txt`` rows ``legal``; a byline name holding one names the
    publishing company (``metadata._legal_form``)."""
    return frozenset(_kinds("bylines.txt").get("legal", ()))


@functools.cache
def byline_credentials() -> frozenset[str]:
    """Degrees and licences printed after a writer's name ("MS, RDN, LD", "MA", "Ph.D."): ``bylines.txt`` rows
    ``credential``; cut off the name, never a name or an organisation (``metadata._without_credentials``)."""
    return frozenset(_kinds("bylines.txt").get("credential", ()))


@functools.cache
def byline_credits() -> tuple[frozenset[str], frozenset[str]]:
    """(contributions other than the text: "Photography", "Video"; the writer's label beside them: "Text") in a byline
    crediting both ("Text: Olivera Stajić, Video: Siniša Puktalović"): ``bylines.txt`` rows ``credit`` and ``writing``
    (``metadata._credited``)."""
    rows = _kinds("bylines.txt")
    return frozenset(rows.get("credit", ())), frozenset(rows.get("writing", ()))


@functools.cache
def byline_headings() -> frozenset[str]:
    """Words heading a byline's names, never in one ("Authors" on Engadget and Threatpost): ``bylines.txt`` rows
    ``heading``; an author element whose text holds one is no name (``metadata._name_like``)."""
    return frozenset(_kinds("bylines.txt").get("heading", ()))


@functools.cache
def name_particles() -> frozenset[str]:
    """Lowercase particles inside a person's name ("Lisa de Moraes", "Amy de Klerk"): ``bylines.txt`` rows ``particle``."""
    return frozenset(_kinds("bylines.txt").get("particle", ()))


@functools.cache
def byline_stops() -> frozenset[str]:
    """Words that end a byline's names even when capitalised ("By Amitai Winehouse For Mailonline", "By Victoria
    O'Regan Follow"): ``bylines.txt`` rows ``stop``."""
    return frozenset(_kinds("bylines.txt").get("stop", ()))


@functools.cache
def name_openers() -> frozenset[str]:
    """Words no person's name opens with, an article: a bare line opening on one is a title or an outlet ("The New
    Republic", "The Baker Boy Hat"): ``bylines.txt`` rows ``opener``."""
    return frozenset(_kinds("bylines.txt").get("opener", ()))


@functools.cache
def added_writer_labels() -> frozenset[str]:
    """Labels under a byline opening the names of a writer who added to the story ("Contributions from", "Adaptiert
    von"): ``bylines.txt`` rows ``added``."""
    return frozenset(_kinds("bylines.txt").get("added", ()))


@functools.cache
def byline_fields() -> frozenset[str]:
    """Field names before a colon opening a byline's names inside a line of the story's fields ("Author: Lilian
    Weng"): ``bylines.txt`` rows ``field``."""
    return frozenset(_kinds("bylines.txt").get("field", ()))


@functools.cache
def byline_joiners() -> frozenset[str]:
    """Words that join two names in one byline ("A and B", "A und B"): ``bylines.txt`` rows ``joiner``."""
    return frozenset(_kinds("bylines.txt").get("joiner", ()))


@functools.cache
def _pattern(kind: str) -> re.Pattern[str]:
    """One regex of a kind's phrases, each matched as whole words ("- live" is not in "- Liverpool")."""
    alternatives = "|".join(re.escape(p) for p in sorted(phrases().get(kind, ()), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)" if alternatives else r"(?!)")


def _has(text: str, kind: str) -> set[str]:
    """The distinct phrases of ``kind`` in a case-folded text."""
    return set(_pattern(kind).findall(text))


def body_flags(
    *, title: str | None, text: str, url: str | None, declared_language: str | None,
    signals: PageSignals = NO_SIGNALS, incomplete: bool = False,
) -> list[str]:
    """Flags about what the cleaned page is (all but the date and facts-language flags).

    Args:
        title, text: the cleaned headline and body.
        url: where the page lives (index-page paths).
        declared_language: the language the page declares (script check), None when undeclared.
        signals: markup evidence (see ``PageSignals``).
        incomplete: the bytes are known to be cut (a clipped WARC record).
    """
    flags = set()
    words = widgets.word_count(text)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    low_title = (title or "").casefold()
    if not text.strip():
        flags.add("empty_body")
    elif words < SHORT_BODY_WORDS:
        flags.add("short_body")
    gated = signals.not_free or bool(_has(signals.page_text.casefold(), "paywall"))
    if incomplete or signals.parser_limit or _looks_truncated(paragraphs, words) or (gated and words < TEASER_MAX_WORDS):
        flags.add("truncated")
    # the wall's own text may be all the body, or be pruned as a banner and leave (almost) nothing
    if (words <= WALL_MAX_WORDS and _is_wall(f"{low_title}\n{text.casefold()}")) or (
        words < SHORT_BODY_WORDS and _is_wall(signals.page_text.casefold())
    ):
        flags.add("consent_wall")
    if "LiveBlogPosting" in signals.schema_types or _has(low_title, "live_title"):
        flags.add("live_blog")
    if _not_article(url, signals, paragraphs):
        flags.add("not_article")
    if paragraphs and "not_article" not in flags and _table_only(paragraphs):  # a list of teasers is no table
        flags.add("table_only")
    if is_mojibake(f"{title or ''}\n{text}", declared_language):
        flags.add("mojibake")
    return [flag for flag in QUALITY_FLAGS if flag in flags]


def date_flags(published: datetime | None, modified: datetime | None, reference: datetime) -> list[str]:
    """``date_in_future``, ``date_too_old``, ``date_order`` (published over a day after modified) for aware dates."""
    flags = set()
    for value in (published, modified):
        if value is None:
            continue
        if value > reference + FUTURE_SLACK:
            flags.add("date_in_future")
        if value < EARLIEST_DATE:
            flags.add("date_too_old")
    if published is not None and modified is not None and published > modified + DATE_ORDER_SLACK:
        flags.add("date_order")
    return [flag for flag in QUALITY_FLAGS if flag in flags]


def _looks_truncated(paragraphs: list[str], words: int) -> bool:
    """A paywall line near the end, a short teaser cut with an ellipsis, or a last sentence that stops mid-way."""
    if not paragraphs:
        return False
    tail = [p.casefold() for p in paragraphs[-2:]]
    if any(_has(p, "paywall") for p in tail if widgets.word_count(p) <= 40):
        return True
    last = paragraphs[-1].rstrip()
    if last.endswith(("...", "…")) and words < TEASER_MAX_WORDS:
        return True  # "その判断は…": the teaser stops where the paywall starts (a long post may end "...")
    # a long last paragraph whose final word is a bare lower-case word stops mid-sentence; sign-offs
    # ("DM", "/ ab"), e-mail addresses and handles end otherwise
    tokens = last.split()
    final, before = (tokens[-1], tokens[-2]) if len(tokens) >= 2 else ("", "")
    return (widgets.word_count(last) >= CUT_MIN_WORDS and "\n" not in last and final.isalpha() and final.islower()
            and len(final) >= 3 and any(ch.isalnum() for ch in before))


def _is_wall(text: str) -> bool:
    """Two distinct consent phrases, or one bot-check phrase, in a short page."""
    return len(_has(text, "consent")) >= 2 or bool(_has(text, "bot_check"))


def _not_article(url: str | None, signals: PageSignals, paragraphs: list[str]) -> bool:
    if signals.feed_markup:
        return True
    if signals.declares_article:
        return False
    if signals.schema_types & _INDEX_TYPES and (signals.og_type or "").casefold() not in _ARTICLE_OG_TYPES:
        return True
    segments = [s.casefold() for s in urlsplit(url).path.split("/") if s] if url else []
    if segments and segments[0] in phrases().get("index_path", ()) and len(segments) <= 2:
        return True
    # many linked headlines (teaser cards) and hardly any prose: the body is a list of teasers
    return (signals.headline_links >= INDEX_MIN_HEADLINE_LINKS and _prose(paragraphs) < INDEX_MAX_PROSE
            and (signals.og_type or "").casefold() not in _ARTICLE_OG_TYPES)


def _prose(paragraphs: list[str]) -> int:
    return sum(widgets.word_count(p) >= 25 for p in paragraphs)


def reads_whole_page(text: str, declares_article: bool) -> bool:
    """Whether the flags need the whole page (``page_text``, ``headline_links``), not only the body.

    A wall or paywall box is pruned as furniture, so it counts only beside a body too short to be
    the story; teaser cards count only beside hardly any prose on a page declaring no article.
    Rare, so the cleaner reads the page again only then.
    """
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return widgets.word_count(text) < TEASER_MAX_WORDS or (not declares_article and _prose(paragraphs) < INDEX_MAX_PROSE)


def _table_only(paragraphs: list[str]) -> bool:
    prose = 0
    for p in paragraphs:
        prose += widgets.word_count(p) >= 12 and bool(widgets.SENTENCE_END.search(p))
        if prose > TABLE_MAX_PROSE:
            return False  # the common case, a story: stop before counting numbers
    tokens = " ".join(paragraphs).split()
    numbers = sum(bool(_NUMBER.match(t)) for t in tokens)
    return prose <= TABLE_MAX_PROSE and len(tokens) >= 20 and numbers >= TABLE_MIN_NUMBER_SHARE * len(tokens)


def is_mojibake(text: str, declared_language: str | None) -> bool:
    """Decoding damage: replacement, private-use or control characters, UTF-8 read as Latin-1, or the wrong script.

    The script check needs a page that declares a language written in its own script (ja, ko,
    ru, ...): a body of 200+ letters with none of them in that script was decoded wrongly.
    """
    if "\ufffd" in text:
        return True
    if len(_ODD_CHARS.findall(text)) >= 3 or len(_UTF8_AS_LATIN.findall(text)) >= 3:
        return True
    script = _SCRIPTS.get(declared_language or "")
    if script is not None and not script.search(text):
        return len(_LATIN_LETTER.findall(text)) >= 200
    return False
