"""Records that cross the floors (extractors -> warehouse -> flows).

Every record is a dataclass; the Parquet schema in ``warehouse/schema.py`` is derived
from these fields, so a field added here is a column there. Offsets are character
offsets into ``Article.text`` (Python string indices, end exclusive).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal


class NewsfactsError(Exception):
    """Base of every error newsfacts raises on purpose; the CLI shows its message, not a traceback."""


class InputError(NewsfactsError):
    """The input cannot be turned into an article (binary, too large, undecodable, empty)."""


@dataclass(frozen=True, slots=True)
class RawDocument:
    """Bytes as fetched or loaded, before any cleaning.

    The ``*_hint`` fields carry what a feed or sitemap said about the article; the
    cleaner uses them only when the page itself says nothing.
    """

    source: str  # the argument or feed entry as given (path or URL)
    data: bytes
    url: str | None = None  # final URL after redirects, or the URL a local file declares
    content_type: str | None = None  # HTTP Content-Type, or one guessed from the file name
    fetched_at: datetime | None = None
    title_hint: str | None = None
    published_hint: datetime | None = None
    authors_hint: tuple[str, ...] = ()
    summary_hint: str | None = None
    plain: bool = False  # already-clean body text (a JSONL "text" field): no cleaning, like --plain
    incomplete: bool = False  # the bytes are known to be cut short (a clipped WARC record)
    http_last_modified: str | None = None  # the HTTP Last-Modified header, a last-resort ``modified``


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a stored article came from; kept beside it in the warehouse."""

    source_name: str  # configured source name, or "local" for paths given on the command line
    raw_sha256: str | None = None  # content address of the raw snapshot (see warehouse/snapshots.py)
    fetched_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class DatedFields:
    """Provenance of ``published`` and ``modified``: which declaration each came from, verbatim.

    ``published_local`` is ``published`` in the offset the page stated (ISO 8601), because the
    warehouse stores instants in UTC and the page's own wall-clock time is news too.
    """

    published_source: str | None = None  # one of DATE_SOURCES
    published_raw: str | None = None  # the string the date was read from
    published_local: str | None = None
    modified: datetime | None = None
    modified_source: str | None = None
    modified_raw: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned page: body text plus metadata, no facts yet."""

    url: str | None  # canonical URL when the page declares one, else the fetched URL
    title: str | None
    section: str | None
    authors: tuple[str, ...]
    published: datetime | None  # always timezone-aware when set
    language: str | None  # ISO 639-1
    text: str  # paragraphs separated by one blank line
    captions: tuple[str, ...]
    dates: DatedFields = field(default_factory=DatedFields)
    author_orgs: tuple[str, ...] = ()  # organisations named as the byline ("Reuters", "BBC News")
    flags: tuple[str, ...] = ()  # what the cleaner saw (QUALITY_FLAGS); the pipeline adds the rest
    error: str | None = None  # why ``text`` is empty: no page yields an empty body without a reason


@dataclass(frozen=True, slots=True)
class MentionSpan:
    """Where one mention of an entity stands: character offsets into the text, and its sentence."""

    start: int
    end: int
    sentence: int


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity merged over its mentions in one article; ``spans`` lists every mention in text order
    (the first is the entity's own offsets), so sentences naming two entities together can be found."""

    text: str  # surface form of the first mention
    start: int
    end: int
    sentence: int  # index of the sentence of the first mention
    label: str  # spaCy label: PERSON, ORG, GPE, LOC, NORP, FAC, ...
    normalized: str  # ISO 3166 alpha-2 for countries, canonical name otherwise
    role: str | None = None  # stated title, e.g. "Defense Minister"
    mentions: int = 1
    spans: tuple[MentionSpan, ...] = ()
    kind: Literal["entity"] = "entity"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A count or amount: "nearly 2,400 flood-damaged homes"."""

    text: str
    start: int
    end: int
    sentence: int
    value: float
    unit: str | None  # unit, ISO 4217 code, "%", or the counted noun
    qualifier: str = "exactly"  # more_than, about, at_least, up_to, less_than, exactly, ...
    value_max: float | None = None  # upper bound of a range ("10 to 15")
    subject: str | None = None  # who or what the quantity belongs to
    verb: str | None = None  # the verb the parse attaches it to (lemma)
    kind: Literal["quantity"] = "quantity"


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date resolved against the publication date, or a flagged duration."""

    text: str
    start: int
    end: int
    sentence: int
    value: str | None  # 2025-03-03, 2025-03, 2025-Q1, 2025-H1, 2025-summer, 2025; None for durations
    granularity: str  # day, month, quarter, half, season, year, duration
    kind: Literal["date"] = "date"


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation (possibly over several sentences) and who said it."""

    text: str  # the quoted words, without the quote marks
    start: int
    end: int
    sentence: int
    speaker: str | None  # resolved to an entity's normalized name when possible
    verb: str | None  # cue verb lemma: say, tell, add, ...
    kind: Literal["quote"] = "quote"


@dataclass(frozen=True, slots=True)
class Attribution:
    """A reported claim: "..., the regulator said on Friday, citing an internal audit"."""

    text: str  # the whole attributed span
    start: int
    end: int
    sentence: int
    source: str | None  # who says so
    cue: str  # said, told, according to, citing, reported, ...
    claim: str  # the claim itself
    kind: Literal["attribution"] = "attribution"


#: The fixed vocabulary of ``Article.flags``: why an article (still stored) should not be read as a full,
#: clean news story. Words only ever get added; README "Quality flags" says what each one means.
QUALITY_FLAGS: tuple[str, ...] = (
    "empty_body",  # no body text was found
    "short_body",  # fewer words than any full story (extractors/quality.py SHORT_BODY_WORDS)
    "truncated",  # paywall teaser, "subscribe to continue", clipped record, parser limit, text cut mid-sentence
    "consent_wall",  # a cookie/consent or "are you a robot" page instead of the story
    "live_blog",  # a live page of timestamped updates (LiveBlogPosting, "live updates" headline)
    "not_article",  # an index, tag, section, author or search page, or a feed rendered as a page
    "table_only",  # the page is a table or a list of figures (market data, results) with little prose
    "mojibake",  # decoding produced replacement characters, UTF-8 read as Latin-1, or a script the declared language does not use
    "no_facts_language",  # facts were not run: no fact rules for the article's language
    "date_in_future",  # published or modified more than a day after the article was processed
    "date_too_old",  # published or modified before 1990
    "date_order",  # published after modified
)
#: Flags whose articles get no facts: their text is not a story, so its "facts" would mislead.
NO_FACTS_FLAGS: frozenset[str] = frozenset({"not_article", "empty_body", "consent_wall"})
#: Where ``published`` / ``modified`` were read from, strongest first.
DATE_SOURCES: tuple[str, ...] = ("jsonld", "meta", "time_element", "text", "url", "feed", "http")
DateSource = Literal["jsonld", "meta", "time_element", "text", "url", "feed", "http"]

Fact = Entity | Quantity | DateMention | Quote | Attribution
FACT_TYPES: tuple[type, ...] = (Entity, Quantity, DateMention, Quote, Attribution)
FACT_KINDS: tuple[str, ...] = ("entity", "quantity", "date", "quote", "attribution")


@dataclass(slots=True)
class Article:
    """One processed input: the ``newsfacts extract`` record, field for field.

    ``error`` is set (and the rest may be empty) when the input could not be processed;
    one bad input never stops the others.
    """

    source: str
    url: str | None = None
    title: str | None = None
    section: str | None = None
    authors: list[str] = field(default_factory=list)  # persons only (organisations are in author_orgs)
    published: datetime | None = None
    language: str | None = None
    text: str = ""
    captions: list[str] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    error: str | None = None
    # Fields added after the first published contract come last, so older readers keep their order.
    facts_language: str | None = None  # the language pack that read the facts; None when no pack did
    flags: list[str] = field(default_factory=list)  # from QUALITY_FLAGS, in that order
    author_orgs: list[str] = field(default_factory=list)  # organisations credited in the byline, not persons
    published_source: DateSource | None = None  # where ``published`` was read (DATE_SOURCES)
    published_raw: str | None = None  # the string it was read from
    published_local: str | None = None  # ISO 8601 with the page's own offset
    modified: datetime | None = None  # last update the page declares, timezone-aware
    modified_source: DateSource | None = None
    modified_raw: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict in the contract's field order (datetimes as ISO 8601)."""
        out = asdict(self)
        out["published"] = self.published.isoformat() if self.published else None
        out["modified"] = self.modified.isoformat() if self.modified else None
        return out
