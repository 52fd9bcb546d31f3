"""Page metadata from the strongest declared source: JSON-LD, then Open Graph / meta tags, then markup.

Publishers declare title, date, authors and section for search engines; reading those
declarations beats guessing from the layout. JSON-LD ``NewsArticle`` objects win when they
are sane (a non-empty headline, a parseable date); meta tags fill the gaps; the visible
markup (``<h1>``, ``<time>``, ``<html lang>``) is the last resort.
"""
from __future__ import annotations

import functools
import html
import json
import logging
import re
from dataclasses import dataclass

from lxml import etree

from extractors.clean import widgets
from extractors.clean.date_stamps import date_words, find_stamps, month_names
from extractors.clean.marks import Marks
from extractors.clean.page_dates import DateReading, page_text_nodes, read_dates
from extractors.clean.quality import (
    byline_credentials,
    byline_credits,
    byline_editors,
    byline_headings,
    byline_joiners,
    byline_labels,
    byline_legal_forms,
    byline_placeholders,
    byline_stops,
    byline_suffixes,
    byline_words,
    name_openers,
    name_particles,
)
from extractors.clean.widgets import CRUMB_TOKENS, HIDDEN_CLASSES, words
from extractors.facts.gazetteer import organisation_names
from extractors.grammar import WEEKDAYS

logger = logging.getLogger(__name__)

#: schema.org types whose objects describe the article itself.
ARTICLE_TYPES = words(
    "Article NewsArticle ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle BackgroundNewsArticle "
    "ReviewNewsArticle BlogPosting LiveBlogPosting Report ScholarlyArticle TechArticle SocialMediaPosting "
    "VideoObject WebPage"
)
_AUTHOR_META = ("author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator", "cxenseparse:author")
_SECTION_META = ("article:section", "section", "parsely-section", "og:section", "cxenseparse:recs:articlesection")
_TITLE_META = ("og:title", "twitter:title", "title", "parsely-title", "sailthru.title", "dc.title")
#: ``translate(@type, "LDJSON", "ldjson")``: a JSON-LD script's type, those six letters lower-cased (``_head_tags``).
_LD_CASE = str.maketrans("LDJSON", "ldjson")
#: A CDATA or comment wrapper around a JSON-LD script, "//" line comments included: readability's saved pages
#: (aclu.org, vox.com, variety.com, fastcompany.com ...) and krautreporter.de write ``//<![CDATA[ ... //]]>``.
_CDATA = re.compile(r"^(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)$")
#: How a script ``_CDATA`` matches in opens or ends (its closing marker may stand before a last newline).
_CDATA_OPENS = ("//", "<![CDATA[", "<!--")
_CDATA_CLOSES = ("]]>", "-->", "]]>\n", "-->\n")
_WORD = re.compile(r"\w+")
#: A site or section name after a headline in ``<title>``: behind a bar, dash, bullet, colon or single guillemet
#: between spaces ("... ‹ Wara Conservation Project" on waraenforcement.org, "... › Inland" on derStandard.at), or
#: up to three names holding non-ASCII letters, each behind an underscore ("..._南方网" on southcn.com,
#: "..._智能_好奇心日报" on qdaily.com; Readability's references keep them whole, as cyol.com's: a tool's habit).
_TITLE_SUFFIX = re.compile(r"\s+(?:[|–—•:‹›]|-{1,2})\s+[^|–—•‹›]{2,60}$|(?:\s*_(?=[^_\s]*[^\x00-\x7f])[^_\s]{1,12}){1,3}$")
#: A name that holds a web address ("mdr.de", "Deutsche Welle (www.dw.com)") names a site, not a person.
_DOMAIN = re.compile(r"\b[\w-]+\.(?:[a-z]{2}|com|net|org|info|online|news)\b(?!\.?\w)")
#: Second-level labels under a country code ("co.uk", "com.au"): the brand is the label before them.
_SECOND_LEVEL = frozenset({"co", "com", "or", "ne", "ac", "org", "net", "gov", "go", "nic"})
#: A note in brackets after a writer's name: the writer's initials ("Elena Oberholzer (obe)", "Corina Gall (cog.)"
#: on nzz.ch) or where and for whom they write ("Cécile Ducourtieux (Bruxelles, bureau européen)" on lemonde.fr).
#: A one-word handle stays ("史蒂文的家_藍天 (stevenhgm)" on pixnet.net), as do brackets inside a name.
_NAME_NOTE = re.compile(r"\s*\((?:[^\W\d_]{2,4}\.?|[^()]*[\s,][^()]*)\)(?=\s*(?:$|[,;&|]))")
#: Digits that start a token ("3 March 2025", "09:41"), not those inside a name ("BR24 Redaktion").
_STANDALONE_DIGIT = re.compile(r"\b\d")
#: A word of letters and digits names a brand or desk, never a person: "G1 RO" (g1.globo.com's Rondônia desk),
#: "BR24 Redaktion" (br.de).
_LETTERS_AND_DIGITS = re.compile(r"[^\W\d_]\d|\d[^\W\d_]")


@functools.cache
def _by_labels() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a byline label opening an author value, a value that is only the label): the Latin-script ``label`` rows of
    ``bylines.txt`` ("By", "Written by", "Posted by", "Von", "Par", "Por"), so an author meta or byline node keeps
    the names and not the label ("Posted by Elia Varela Serra" on Global Voices, "Posted by 양진" on pinegrosbiik)."""
    latin = "|".join(re.escape(w) for w in sorted((w for w in byline_labels() if w.isascii()), key=len, reverse=True))
    return (re.compile(rf"^\s*(?:{latin})(?:\s*:\s*|\s+)", re.IGNORECASE),
            re.compile(rf"^\s*(?:{latin})\s*:?\s*$", re.IGNORECASE))


@functools.cache
def _name_split() -> re.Pattern[str]:
    """Separators between names in one byline: punctuation, and each language's joiners (``bylines.txt``)."""
    joiners = "|".join(re.escape(w) for w in sorted(byline_joiners(), key=len, reverse=True))
    return re.compile(rf"\s*(?:,|;|&|\||\b(?:{joiners})\b)\s*" if joiners else r"\s*(?:,|;|&|\|)\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the page declares about itself (dates may still be naive: a profile or caller zones them)."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: DateReading | None = None
    modified: DateReading | None = None
    author_orgs: tuple[str, ...] = ()  # organisations credited as authors (JSON-LD Organization, agency bylines)
    section: str | None = None
    language: str | None = None
    canonical_url: str | None = None
    article_body: str | None = None  # JSON-LD articleBody, when declared
    description: str | None = None  # og:/meta description: often the standfirst shown above the story
    #: every summary the page declares (``description`` first; see ``declared_summaries``)
    summaries: tuple[str, ...] = ()
    schema_types: frozenset[str] = frozenset()  # every JSON-LD @type on the page (LiveBlogPosting, CollectionPage, ...)
    og_type: str | None = None
    declares_article: bool = False  # a JSON-LD article object with a headline
    not_free: bool = False  # the article object declares isAccessibleForFree false (a gated text)
    #: every title the page declares (JSON-LD headline, the title meta tags, ``<title>``); not the JSON-LD
    #: alternativeHeadline, which some publishers fill with the standfirst (junge Welt)
    headlines: tuple[str, ...] = ()


#: A name closing on an initial, after a dot or a space: its full stop is the name's ("D.D." and "E.P." on Le Figaro,
#: "Nelson C.J." on Teen Vogue), not a sentence's; so is a generational suffix's ("John Garcia Jr." on Rivals).
_INITIAL_END = re.compile(r"(?:^|[\s.])[^\W\d_]$|\s[JS]r$")


def clean_authors(values: list[str]) -> tuple[str, ...]:
    """Split "By A and B, C" into names, dropping URLs, e-mail and duplicates (order kept)."""
    names: list[str] = []
    for value in values:
        if not value or value.startswith(("http://", "https://", "/")) or "@" in value or _by_labels()[1].match(value):
            continue  # a URL, an address, or a byline label with no name after it ("Von")
        for name in _name_split().split(_NAME_NOTE.sub("", _by_labels()[0].sub("", value.strip()))):
            spaced = " ".join(name.split())
            name = spaced.strip(" .,-")
            if _INITIAL_END.search(name) and spaced.rstrip(" ,-").endswith(name + "."):
                name += "."  # an initial's full stop closing the name ("Par D.D.", "By Nelson C.J.")
            slug = " " not in name and "-" in name and name == name.lower()  # "jane-doe": a profile URL part
            if name.casefold() in byline_placeholders():
                continue
            letters = sum(ch.isalpha() for ch in name)  # one letter is an initial or a stray label ("A"), no name
            if name and not slug and len(name) <= 60 and letters >= 2 and name not in names:
                names.append(name)
    return tuple(names)


#: An outlet's short name after a writer's in one byline: one word of two to five letters, all capitals or all lower
#: case ("WBEZ", "dpa", "br").
_OUTLET_TAIL = re.compile(r"[^\W\d_]{2,5}")


def outlet_tails(values: list[str]) -> tuple[str, ...]:
    """The outlets named after a writer in one byline value: a one-word name of two to five letters written all in
    capitals or all in lower case (an acronym, not a person's name) after a name of two words or more in the same value:
    "Chip Mitchell | WBEZ" (the Chicago Sun-Times' parsely-author), "Von Britta Schultejans, dpa" (inFranken's
    JSON-LD person), "Von Benedikt Nabben und Sabina Wolf, br" (tagesschau's byline); round htmlM376. A lone "dpa"
    value, or one among the JSON-LD's separate persons, is left to ``split_authors``."""
    tails: list[str] = []
    for value in values:
        parts = clean_authors([value])
        for at, part in enumerate(parts):
            if at and _OUTLET_TAIL.fullmatch(part) and not _credential(part) and (part.isupper() or part.islower()) \
                    and any(len(before.split()) >= 2 for before in parts[:at]):
                tails.append(part)
    return tuple(tails)


def _credential(word: str) -> bool:
    """A degree or licence (``bylines.txt`` ``credential`` rows) written as one, in capitals or with its full stops after
    a capital ("MS", "RDN", "Ph.D."), not as a name's word ("Ma", "Ms")."""
    return word.casefold() in byline_credentials() and any(ch.isupper() for ch in word[1:])


def _without_credentials(names: tuple[str, ...]) -> tuple[str, ...]:
    """Names with the degrees and licences printed after them cut off, and byline parts that are only credentials left
    out: "Lauren Manaker MS", "RDN", "LD" of "Lauren Manaker MS, RDN, LD" (Health's JSON-LD and author element) give
    "Lauren Manaker"; "Brenda Goodman, MA" (WebMD) gives "Brenda Goodman"; "Mariana Bockarova, Ph.D." (Psychology
    Today) the same shape. A name written all in capitals keeps its words ("JACK MA"). Round htmlM388."""
    kept: list[str] = []
    for name in names:
        words = name.split()
        if all(_credential(word.strip(",")) for word in words):
            continue
        while len(words) > 2 and _credential(words[-1].strip(",")) and not all(w.isupper() for w in words[:-1]):
            words.pop()
        kept.append(" ".join(words))
    return tuple(kept)


def _before_stop_word(name: str) -> str:
    """A declared or shown name cut before a capitalised byline stop word after two words of it (``bylines.txt`` ``stop``
    rows): "By Amitai Winehouse For Mailonline" (the Daily Mail's JSON-LD person and author element), as
    ``_names_after_label`` ends a labelled byline there ("By Natalie Gagliordi for Between the Lines" on ZDNet).
    Round htmlM376."""
    words = name.split()
    for at in range(2, len(words)):
        if words[at][:1].isupper() and words[at].casefold() in byline_stops():
            return " ".join(words[:at])
    return name


#: A name, then a spaced dash and what follows it in one byline name: the writer's city, desk, job or outlet.
_DASH_TAIL = re.compile(r"^(?P<head>\S.*?)\s+[-–—]\s+(?P<tail>\S.*)$")


def _before_dash(name: str) -> str:
    """A declared or shown name cut before a spaced dash and what follows it, when what precedes is a name of two to
    five words none opening in lower case and what follows holds no web address: the city ("حسام أبو العلا - القاهرة"
    on Alyaum, its JSON-LD and author meta tag), the outlet ("Herdi Alif Al Hikam - detikFinance" on detik's author
    element), the job ("Einar Torkelsen – Journalist" on NRK's). A desk before a site's address ("Zone Politique -
    ICI.Radio-Canada.ca") is left whole, an organisation. Round htmlM388."""
    match = _DASH_TAIL.match(name)
    if match is None or _DOMAIN.search(match.group("tail")):
        return name
    words = match.group("head").split()
    return match.group("head") if 2 <= len(words) <= 5 and not any(w[0].islower() for w in words) else name


def site_brand(url: str | None) -> str | None:
    """The brand label of a URL's host ("www.usatoday.com" -> "usatoday", "weekly.ascii.jp" -> "ascii",
    "www.lto.de" -> "lto"); the label before a country's second level ("co.uk", "com.au") is taken."""
    host = (re.match(r"^[a-z][a-z0-9+.-]*://([^/:?#]+)", url or "", re.IGNORECASE) or [None, ""])[1].lower()
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2:
        return None
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return labels[-3]
    return labels[-2]


def _names_brand(name: str, brand: str | None) -> bool:
    """Whether a byline name is the site's brand: written out in capitals or as one word ("USA TODAY" on
    usatoday.com, "LTO" on lto.de, "ASCII" on weekly.ascii.jp) or as its first word ("MDR THÜRINGEN" on mdr.de,
    "heise online" on heise.de, "CSDN.NET" on csdn.net). A name written as a person's ("Haki Benita" on
    hakibenita.com) stays a person, and a first word counts from three letters up ("Al" is a name, al.com a site).
    """
    tokens = re.findall(r"\w+", name.casefold())
    if not brand or not tokens:
        return False
    spelled = "".join(tokens) == brand and (len(tokens) == 1 or name.isupper())
    return spelled or (len(brand) >= 3 and tokens[0] == brand)


@functools.cache
def _legal_form() -> re.Pattern[str]:
    """A company's legal form in a name, as a word (``bylines.txt`` ``legal`` rows: "GmbH", "m.b.H."): the name is the
    publishing company's, not a writer's ("Frankfurter Allgemeine Zeitung GmbH" on FAZ, "STANDARD Verlagsgesellschaft
    m.b.H." on Der Standard, each page's author meta tag)."""
    forms = "|".join(re.escape(w) for w in sorted(byline_legal_forms(), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{forms})(?!\w)" if forms else r"(?!)")


def split_authors(
    names: tuple[str, ...], *, site: str | None = None, declared_orgs: tuple[str, ...] = (), brand: str | None = None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(persons, organisations) of byline strings; dates, digits and bare role words ("Staff Writer") are neither.

    An organisation is the site's own name (``site``, or its URL's ``brand``: see ``_names_brand``), a name the page's
    JSON-LD declares an Organization
    (``declared_orgs``: the same name in a meta ``author`` tag, n-tv.de, vnexpress.net), a listed
    news agency or broadcaster (``data/organisations.txt``), a name holding a web address ("mdr.de",
    "Deutsche Welle (www.dw.com)"), or one holding an organisation word ("Reuters Staff", "Wire
    reports", "CNN Newsroom", "BR24 Redaktion"; ``data/<language>/bylines.txt``), a word of letters and digits
    ("G1 RO"), a company's legal form (``_legal_form``) or an article opening a name of two words or more
    (``bylines.txt`` ``opener`` rows: "The Worcester Telegram" in telegram.com's JSON-LD, "The Daily Journal" on the
    Courier-Post, "The Washington Times" on its site, "The Associated Press" on the National Post and Global News;
    round htmlM388).
    """
    declared = {name.casefold() for name in declared_orgs}
    org_words, role_words, connectors = byline_words()
    agencies = {name.casefold() for name in organisation_names()}
    persons: list[str] = []
    orgs: list[str] = []
    for name in names:
        tokens = [t.casefold() for t in re.findall(r"[^\W\d_]+", name)]
        if not tokens or (_STANDALONE_DIGIT.search(name) and not _DOMAIN.search(name)):
            continue  # "Published 3 March 2025", "Updated 09:41"
        if all(t in role_words or t in org_words or t in connectors for t in tokens) and any(t in role_words for t in tokens):
            continue  # "Staff Writer", "Contributor"
        folded = name.casefold()
        if (
            (site and folded == site.casefold()) or _names_brand(name, brand)
            or folded in agencies or folded in declared
            or any(t in org_words for t in tokens) or _DOMAIN.search(name) or _LETTERS_AND_DIGITS.search(name)
            or _legal_form().search(folded) or (len(tokens) >= 2 and tokens[0] in name_openers())
        ):
            orgs.append(name)
        else:
            persons.append(name)
    return tuple(persons), tuple(orgs)


def _head_tags(root) -> tuple[list, list, list]:
    """The page's JSON-LD scripts, its meta tags holding a ``content`` or a ``value``, and its links with a ``rel``, each
    in document order, by one walk: what ``//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]``,
    ``//meta[@content or @value]`` and ``.//link[@rel]`` select. Each of those had walked the whole page on its own
    (lxml's tag filter skips the other elements in C; libxml2's XPath tested each), 0.34 -> 0.20 ms a page."""
    scripts, metas, links = [], [], []
    for el in root.iter("script", "meta", "link"):
        tag = el.tag
        if tag == "meta":
            if el.get("content") is not None or el.get("value") is not None:
                metas.append(el)
        elif tag == "script":
            if "ld+json" in (el.get("type") or "").translate(_LD_CASE):
                scripts.append(el)
        elif el.get("rel") is not None:
            links.append(el)
    return scripts, metas, links


def _ld_objects(scripts: list) -> list[dict]:
    """Every JSON object in the page's JSON-LD scripts (``_head_tags``), ``@graph`` and lists flattened."""
    found: list[dict] = []

    def walk(node) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            found.append(node)
            if "@graph" in node:
                walk(node["@graph"])
            if isinstance(node.get("mainEntity"), (dict, list)):
                walk(node["mainEntity"])

    for script in scripts:
        raw = (script.text or "").strip()
        if raw.startswith(_CDATA_OPENS) or raw.endswith(_CDATA_CLOSES):  # else the wrapper's search ran over it all
            raw = _CDATA.sub("", raw)
        raw = raw.strip().rstrip(";")
        if not raw:
            continue
        try:
            walk(json.loads(raw, strict=False))
        except ValueError:
            logger.debug("unparseable JSON-LD block skipped (%d chars)", len(raw))
    return found


def _types(obj: dict) -> set[str]:
    value = obj.get("@type", ())
    return {value} if isinstance(value, str) else {v for v in value if isinstance(v, str)}


def _text(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    # JSON-LD and meta values are often HTML-escaped twice ("Kohberger&#8217;s")
    return " ".join(html.unescape(value).split()) if isinstance(value, str) and value.strip() else None


def _ld_authors(value, *, organisations: bool = False) -> list[str]:
    """Person names of a JSON-LD ``author`` value (or, with ``organisations``, only the organisations')."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        types = _types(item) if isinstance(item, dict) else set()
        # Yoast types a site's writers ["Person", "Organization"]: a person still (techcrunch.com)
        is_org = bool(types & {"Organization", "NewsMediaOrganization"}) and "Person" not in types
        if is_org == organisations and (name := _text(item) or _given_and_family(item)):
            names.append(name)
    return names


def _given_and_family(item) -> str | None:
    """A schema.org Person stated as ``givenName`` and ``familyName`` without a ``name`` (derstandard.at)."""
    if not isinstance(item, dict):
        return None
    parts = [_text(item.get(key)) for key in ("givenName", "familyName")]
    return " ".join(p for p in parts if p) or None


def _page_title(root) -> str | None:
    node = root.find(".//title")
    return " ".join(node.text.split()) or None if node is not None and node.text else None


def _read_title(root, article: dict, metas: dict[str, str], page_url: str | None = None) -> str | None:
    """The visible ``<h1>`` when a declaration confirms it, else the first declared title, without the site name.

    Declarations often carry an SEO variant of the headline ("... | Site", a shorter social
    title); the ``<h1>`` is what readers see, but on some pages the first ``<h1>`` is a logo or a
    section name, so it is trusted only when a declaration states the same words (``_confirmed_h1``).

    Why a declared title still beats a differing ``<h1>``: on the dev pages where ``og:title`` and the
    first ``<h1>`` differ (119 pages), the references take the ``<h1>`` on 49 (41 publishers) and
    ``og:title`` on 55 (45 publishers), and which one follows the tool that made the reference (Postlight's
    ``pl`` pages 10 to 6, Fundus's 33 to 31, Readability's ``moz`` 1 to 9), not the page: preferring a
    same-story ``<h1>`` (half its words in a declared title) scored 227/302 dev titles against 242 with
    this order, and preferring it only when no JSON-LD headline is declared 241.

    With no title declared at all, an ``<h1>`` that shares no word with ``<title>`` is a site or section
    name over the story ("Allergies Health Center" on webmd.com, "Hi, I'm Nicolas." on a personal blog),
    and ``<title>`` without its site suffix names the story instead.

    A short tail after " | " is a site name in a declared title ("Headline | Site Name" in ``og:title``), not in the
    ``<h1>`` the page shows: the bar there joins the headline's parts ("两万字长文 | 月亮的100个故事 (多图)" on douban,
    "Is Domestic Parmesan Cheese Worth Using? | Taste Test" on Serious Eats, both references keep it).
    """
    declared = [t for t in (_text(article.get("headline")), _text(metas.get("og:title"))) if t]
    logo = crumb = None
    for h1 in root.iter("h1"):
        if _home_link(h1, page_url):
            logo = logo or " ".join(h1.text_content().split()) or None
        elif not _crumb(h1):
            break
        else:
            crumb = crumb if crumb is not None else h1
    else:
        h1 = None
    visible = " ".join(h1.text_content().split()) if h1 is not None else None
    node = root.find(".//title")
    page_title = None
    if node is not None and node.text:
        page_title = _TITLE_SUFFIX.sub("", " ".join(node.text.split())) or None
    site = _text(metas.get("og:site_name")) or _text(metas.get("application-name")) or logo
    shown = None
    if confirmed := _confirmed_h1(root, article, metas, site, page_url):
        title = shown = confirmed
    elif crumb is not None and (heading := _crumb_heading(crumb, article, metas)):
        title = shown = heading
    elif visible and visible in declared:
        title = shown = visible
    else:
        title = declared[0] if declared else next((_text(metas[k]) for k in _TITLE_META if k in metas), None)
        if title is None and visible and page_title and not _shares_word(visible, page_title):
            visible = None
        title = title or visible
    if title is None:
        title = page_title
    elif title != shown and h1 is not None and (headline := _other_kicker(h1, title)):
        title = headline
    elif title and title != shown and (cut := title.rfind(" | ")) > 0 and len(title[cut + 3 :].split()) <= 3:
        title = title[:cut]  # "Headline | Site Name" in og:title
    if title and site and title != site and site in title:  # a pattern per site name: compiled only when it can match
        escaped = re.escape(site)
        title = re.sub(rf"^{escaped}\s*[|:–—»«-]\s*|\s*[|:–—»«-]\s*{escaped}$", "", title) or title
    return title


#: What stands between a kicker and its headline once both are folded and the headline cut off: a colon, spaces.
_KICKER_END = re.compile(r"\s*:\s*$")
#: Punctuation a kicker element carries after its words ("Breakpoint:" on netzpolitik.org).
_KICKER_MARKS = re.compile(r"[\s:|/–—-]+$")


def _other_kicker(h1, title: str) -> str | None:
    """The ``<h1>``'s headline when the page sets its own kicker apart in the ``<h1>`` and the declared title puts
    another kicker before the same headline: the kickers are per-channel variants, the headline the words both agree
    on. The ``<h1>`` opens with an element holding its kicker and goes on with the headline ("<span
    class=article-title__overline>Eskalation im Nahen Osten</span> ... «Die israelische Zurückhaltung ...»" under
    ``og:title`` "Iranischer Angriff auf Israel: «Die israelische Zurückhaltung ...»" on srf.ch; "<span
    class=seitenkopf__topline>Ukraine-Gipfel in London</span>" under "Hilfe für die Ukraine: ..." on tagesschau.de).
    The same kicker in both (zeit.de, bild.de, tagesschau.de's "Ausschuss zur Ahrtal-Flut") is the story's kicker
    and stays, as does a kicker set off by a slash (tageblatt.lu's "Nationale Demo / ...")."""
    if (h1.text or "").strip():
        return None
    first = next((el for el in h1 if isinstance(el.tag, str)), None)
    if first is None:
        return None
    kicker = " ".join(first.text_content().split())
    shown = " ".join(_INVISIBLE.sub("", h1.text_content()).split())
    if not kicker or not shown.startswith(kicker):
        return None
    headline = shown[len(kicker):].lstrip(" -–—|:")
    wanted, declared = _fold_title(headline), _fold_title(title)
    if not wanted or len(wanted) >= len(declared) or not declared.endswith(wanted):
        return None
    before = declared[: -len(wanted)]
    if not _KICKER_END.search(before):
        return None
    other = _KICKER_END.sub("", before)
    if not other or other == _KICKER_MARKS.sub("", _fold_title(kicker)):
        return None
    return headline


def _home_link(h1, page_url: str | None = None) -> bool:
    """Whether an ``<h1>`` is the site's name: its words all a link to the site's home page, as a logo's
    ("Global Voices Online" on globalvoicesonline.org, "Find Time for the Karussell" on karussell.wordpress.com,
    "学而时嘻之" on geekonomics10000.com, each over the story's own heading). Its words are then the site's name that
    ``<title>`` sets before or after the headline ("Global Voices Online » ...", "... « Find Time for the Karussell").

    An ``<h1>`` with no link of its own may stand inside one; and a blog's home is where the page's own address
    (``page_url``) continues from: "/communities/thehuddle/index" over "/communities/thehuddle/post/2010/08/..." on
    usatoday.com, "https://blog.goo.ne.jp/umaichi_news" over ".../umaichi_news/e/5274..." on the goo blog of umaichi.
    """
    links = list(h1.iter("a"))
    if not links and (outer := next(h1.iterancestors("a"), None)) is not None:
        return _home_href((outer.get("href") or "").strip(), page_url)
    if not links or any(not _home_href((a.get("href") or "").strip(), page_url) for a in links):
        return False
    shown = " ".join(h1.text_content().split())
    return bool(shown) and shown == " ".join(" ".join(a.text_content() for a in links).split())


_CLASS_SPLIT = re.compile(r"[\s_-]+")


def _crumb_class(classes: str) -> bool:
    return not CRUMB_TOKENS.isdisjoint(_CLASS_SPLIT.split(classes))


def _crumb(h1) -> bool:
    """Whether an ``<h1>`` is only a breadcrumb's last crumb: inside a ``<nav>`` (or ``role=navigation``) or an
    element whose class names a breadcrumb (``widgets.CRUMB_TOKENS``), naming the page, whose headline the page shows
    as another heading in other words. FUNKE's papers put "<nav role=navigation> ... <li><h1
    data-breadcrumb-headline>" over an ``<hgroup>`` whose ``<h2>`` the JSON-LD headline states (waz.de,
    abendblatt.de, morgenpost.de, bz-bs.de), faz.net "<nav class=nvg-Breadcrumb> ... <li><h1>" over its
    ``atc-Header``'s ``<h2>``; n-tv.de "<nav class=breadcrumb> ... <h1>", stern.de "<ul class=breadcrumb><li><h1>",
    tagesanzeiger.ch "<nav class=Breadcrumbs> ... <h1>" over the shown ``<h2>`` (``_crumb_heading``). A crumb that an
    ``<h2>`` repeats is the headline still (morgenpost.de's "Wie können KI-Waffen kontrolliert werden?" as crumb and
    ``<h2>``); a logo ``<h1>`` in a navigation header goes too (ndr.de's "Kommentar" over the story's ``<h1>``)."""
    for el in h1.iterancestors():
        classes = (el.get("class") or "").casefold()  # "rumb": no split of the classes without a crumb
        if el.tag == "nav" or el.get("role") == "navigation" or ("rumb" in classes and _crumb_class(classes)):
            wanted = _fold_title(h1.text_content())
            return not any(_fold_title(h2.text_content()) == wanted for h2 in el.getroottree().iter("h2"))
    return False


_NEXT_H2 = etree.XPath("following::h2[1]")


def _crumb_heading(crumb, article: dict, metas: dict[str, str]) -> str | None:
    """The headline a page shows under a breadcrumb ``<h1>`` (``_crumb``): the next ``<h2>``, or its words after a
    kicker element, when a declared title states them. n-tv.de's "<h2><span>Neue Leipziger Schule</span><span>Judy
    Lybke, ganz und gar nicht eigenartig</span>" under ``og:title`` "Judy Lybke, ganz und gar nicht eigenartig"
    (its JSON-LD headline and the crumb keep the kicker), stern.de's "European Payments Initiative" over "Statt
    Paypal & Co.: ...", tagesanzeiger.ch's "Umbau des Weissen Hauses" over "Trump plant Helikopterlandeplatz – ..."."""
    heading = next(iter(_NEXT_H2(crumb)), None)
    if heading is None:
        return None
    declared = {_fold_title(t) for t in (_text(article.get("headline")), _text(metas.get("og:title"))) if t}
    shown = " ".join(_INVISIBLE.sub("", heading.text_content()).split())
    if _fold_title(shown) in declared:
        return shown
    first = next((el for el in heading if isinstance(el.tag, str)), None)
    if first is None or (heading.text or "").strip():
        return None
    kicker = " ".join(first.text_content().split())
    rest = shown[len(kicker):].lstrip(" -–—|:") if kicker and shown.startswith(kicker) else ""
    return rest if rest and _fold_title(rest) in declared else None


#: A link to a site's home page: "/" or a scheme and host with nothing after but a slash.
_HOME_HREF = re.compile(r"^(?:(?:https?:)?//[^/?#\s]+/?|/)$", re.IGNORECASE)
#: A link's host (when it names one) and path, without a query, fragment or closing index page ("index", "index.html").
_LINK_PATH = re.compile(r"^(?:(?:https?:)?//([^/?#\s]+))?(/[^?#\s]*?)(?:/(?:index(?:\.\w+)?)?)?(?:[?#].*)?$", re.IGNORECASE)


def _home_href(href: str, page_url: str | None) -> bool:
    """Whether a link leads to the site's home page, or to a blog's home that ``page_url``'s path continues from."""
    if _HOME_HREF.match(href):
        return True
    link, page = _LINK_PATH.match(href), _LINK_PATH.match(page_url or "")
    if not link or not page or (link[1] and link[1].casefold() != (page[1] or "").casefold()):
        return False
    return bool(link[2]) and page[2].startswith(link[2] + "/")


#: Characters a declared copy of a headline writes differently from the page: typographic quotes for straight ones
#: ("Kohberger’s" in the ``<h1>``, "Kohberger's" in ``og:title``), invisible joiners and soft hyphens.
_TITLE_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"',
                               "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None,
                               "\ufeff": None})
#: Separators between a headline and the site or section names a declared title adds around it: a dash or bar
#: between spaces, a bar, guillemet or underscore with or without them ("标题_智能_好奇心日报"). Not a colon: what
#: stands before one is the story's kicker ("Kenia: Nairobi von unten" on jungewelt.de, orf.at), part of the title.
_AFFIX_SEPARATOR = re.compile(r"\s+[|–—•·‹›»«/-]\s+|\s*[|_‹›»«·•]\s*")
_AFFIX_WORDS = 6
_AFFIX_CHARS = 50
#: The end of a declared title cut short: an ellipsis, or nothing where the ``<h1>`` goes on with a quotation mark
#: (an unescaped ``"`` ends the ``content`` attribute: ``og:title`` "多地项目连环爆雷 狂奔的龙湖集团" on 163.com).
_ELLIPSIS = re.compile(r"\s*(?:\.{3}|…)$")
_SHORTEST_CUT = 8  # characters: "奖金711万元！" (163.com) is a cut headline's whole start
#: Characters with no width that some ``<h1>`` hold between words (a word joiner after a dash on vg.no); not the
#: non-joiner and joiner, which are spelling (``dom._ZERO_WIDTH``).
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff]")


def _fold_title(text: str) -> str:
    """A headline for comparison: straight quotes, invisible characters dropped, spaces collapsed, case folded."""
    return " ".join(text.translate(_TITLE_QUOTES).split()).casefold()


def _site_affix(rest: str, *, before: bool) -> bool:
    """Whether the text a declared title adds before or after a headline is site or section names: segments of up to
    six words behind separators ("| DW | 28.04.2023", "- Scott Meslow - Entertainment - The Atlantic", "Opinion |")."""
    pieces = _AFFIX_SEPARATOR.split(rest)
    edge = pieces[-1] if before else pieces[0]
    if len(pieces) < 2 or edge.strip():
        return False  # no separator between the headline and the names ("Covid" in "Covid-19 vaccine")
    segments = [p.strip() for p in pieces if p.strip()]
    return bool(segments) and all(len(p) <= _AFFIX_CHARS and len(p.split()) <= _AFFIX_WORDS for p in segments)


def _cut_short(declared: str, shown: str) -> bool:
    """Whether a declared title is the ``<h1>`` cut short: its start, then an ellipsis or a cut before a quotation
    mark ("... for Hong Kong leader..." in scmp.com's JSON-LD over the ``<h1>``'s "... leader Carrie Lam";
    163.com's ``og:title`` ending where the ``<h1>`` goes on with ``"暗伤"``)."""
    stem = _ELLIPSIS.sub("", declared)
    if len(stem) < _SHORTEST_CUT or len(stem) >= len(shown) or not shown.startswith(stem):
        return False
    return stem != declared or shown[len(stem)] in "\"“„«"


def _confirmed_h1(root, article: dict, metas: dict[str, str], site: str | None,
                  page_url: str | None = None) -> str | None:
    """The first shown ``<h1>`` that a declared title states, give or take quotes, case and site or section names.

    The declared titles are the JSON-LD headline, ``og:title`` and the other title meta tags: one of those stating
    the ``<h1>`` where ``og:title`` words it otherwise makes ``og:title`` the social variant (``twitter:title`` on
    clutchpoints.com and uproxx.com, the ``title`` meta and ``sailthru.title`` on nj.com, ``parsely-title`` on
    sbnation.com, ``dc.title`` "... | Radio-Canada" on radio-canada.ca). ``<title>`` counts only on a page declaring
    neither a JSON-LD headline nor ``og:title`` (``<title>`` beside a differing ``og:title`` is the SEO variant as
    often as the ``<h1>``: dailymail.co.uk, dailystar.co.uk, aftonbladet.se against newyorker.com, sbnation.com;
    counting it there moved dev titles +6 -7). "States"
    means equal once typographic quotes and case are set aside ("Kohberger’s" / "Kohberger's" on gigaom.com and
    oneesports.gg, "Powered By" / "Powered by" on fortune.com), or equal to the ``<h1>`` with site or section names
    around it (``_site_affix``): "... | DW | 28.04.2023" in dw.com's ``og:title``, "... - MIT News Office" (mit.edu),
    "... - Die Neue Südtiroler Tageszeitung" (tageszeitung.it), "... - Great Neck News - The Island Now"
    (theislandnow.com), "... - Scott Meslow - Entertainment - The Atlantic" (theatlantic.com's ``<title>``),
    "Opinion | ..." (washingtonpost.com), "خبرگزاری آریا - ..." (aryanews.com). Names before the ``<h1>``'s words
    must be fewer words than it, and the ``<h1>`` must not be the site's name, so a logo ``<h1>`` is never confirmed
    by "Headline | Site". A declared title cut short (``_cut_short``) confirms the whole ``<h1>``.
    """
    primary = [t for t in (_text(article.get("headline")), _text(metas.get("og:title"))) if t]
    sources = [*primary, *(_text(metas.get(k)) for k in _TITLE_META[1:]), *([] if primary else [_page_title(root)])]
    declared = list(dict.fromkeys(t for t in sources if t))
    if not declared:
        return None
    folded = [_fold_title(t) for t in declared]
    site_name = _fold_title(site) if site else None
    for h1 in root.iter("h1"):
        if any(_hidden_title(el) for el in (h1, *h1.iterancestors())) or _home_link(h1, page_url) or _crumb(h1):
            continue
        shown = " ".join(_INVISIBLE.sub("", h1.text_content()).split())
        wanted = _fold_title(shown)
        if not wanted or wanted == site_name:
            continue
        for raw, title in zip(declared, folded):
            if title == wanted or _cut_short(raw, shown):
                return shown
            if title.startswith(wanted) and _site_affix(title[len(wanted):], before=False):
                return shown
            if title.endswith(wanted) and _site_affix(rest := title[: -len(wanted)], before=True) and \
                    len(_WORD.findall(rest)) < len(_WORD.findall(wanted)):
                return shown
    return None


def _hidden_title(el) -> bool:
    """An element readers do not see (``hidden``, a hiding class or style): a logo ``<h1>`` for screen readers."""
    if el.get("hidden") is not None:
        return True
    classes = (el.get("class") or "").casefold()
    if classes and not HIDDEN_CLASSES.isdisjoint(re.split(r"[\s_-]+", classes) + classes.split()):
        return True
    return "display:none" in (el.get("style") or "").replace(" ", "")


def _shares_word(a: str, b: str) -> bool:
    """Whether two headlines share a word (case-folded ``\\w+`` tokens)."""
    return bool({w.casefold() for w in _WORD.findall(a)} & {w.casefold() for w in _WORD.findall(b)})


_NAME_ITEMPROP = etree.XPath('.//*[@itemprop="name"]')
#: A CMS login in an author meta tag: one lower-case word ("mikecason" in al.com's ``sailthru.author``, "dehlix" in
#: carta.info's ``author``), read only when no byline on the page names the writer. A JSON-LD Person so named is
#: the writer's chosen name ("programmerguru" on habr.com).
_LOGIN = re.compile(r"[a-z][a-z0-9_.]{3,}")
#: An e-mail address after the writer's name in a byline, with the bar before it ("Mike Cason | mcason@al.com").
#: Longest byline element text read for a name: a name (60) with its label, an e-mail address and a separator.
_BYLINE_MAX_RAW = 200
_BYLINE_EMAIL = re.compile(r"\s*[|,·•]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NOT_A_NAME = re.compile(r"\d|@|https?:|\b(?:more|articles?|posts?|view|follow|about|profile|bio)\b", re.IGNORECASE)


#: An author element's text that is one name of two to four words written twice, as a page prints it once for wide
#: and once for narrow screens ("Chris Stokel-Walker Chris Stokel-Walker" on Ars Technica, "Sidney Wiltgen Sidney
#: Wiltgen" on the Tageblatt); round htmlM376.
_DOUBLED_NAME = re.compile(r"^(\S+(?: \S+){1,3}) \1$")


def _byline_names(root, bylines: tuple, *, uncased: bool = False) -> list[str]:
    """Names from the first byline element that holds only a name ("By Jane Roe", ``rel=author``).

    Author boxes also hold bios, dates and "More from" links: an element qualifies only when its
    text is short and name-like, only the innermost such elements count (``_innermost``), and the
    names come from elements built like the first one and standing in the same byline (``_same_byline``). Teaser cards of other stories carry bylines
    too, often above the story in the markup (a rail): when elements qualify after the headline's
    ``<h1>``, those before it are not read. ``bylines``: the page's byline-marked elements (``marks.Marks.bylines``).
    ``uncased``: names in scripts without case instead (``_uncased_name``), read after the labelled byline found none.
    """
    fits = _uncased_name if uncased else _name_like
    found = []
    for el in bylines:
        if el.tag in ("meta", "link", "body", "html", "article", "main", "script", "style"):
            continue
        if el.get("itemprop") == "author" and (inner := _NAME_ITEMPROP(el)):
            el = inner[0]
        # text nodes apart by a space: "<span>By</span>Travis Haney" (247sports.com) reads "By Travis Haney"
        text = " ".join(" ".join(el.itertext()).split())
        if len(text) > _BYLINE_MAX_RAW:
            continue  # a block, not a byline; and the e-mail pattern backtracks on long runs of word characters
        text = _by_labels()[0].sub("", " ".join(_BYLINE_EMAIL.sub("", text).split())).strip(" ,|")
        if doubled := _DOUBLED_NAME.match(text):
            text = doubled.group(1)
        if not fits(text) and (uncased or not _name_like(text := _name_before_bar(text))):
            continue
        found.append((el, text))
    if not found:
        return []
    found = _after_headline(root, _innermost(found))
    first = found[0][0]
    shape = (first.tag, first.get("class"), first.get("rel"))
    names: list[str] = []
    for el, text in found:
        if (el.tag, el.get("class"), el.get("rel")) == shape and _same_byline(first, el) and text not in names:
            names.append(text)
    return names


#: Other people named by author elements built like the byline's (tag and class) that make them teaser cards' bylines.
_TEASER_NAMES = 3


def _teaser_shaped(bylines: tuple, names: list[str]) -> bool:
    """Whether author elements built like the one naming ``names`` (same tag and class) name ``_TEASER_NAMES`` other
    people or more: the bylines of other stories' cards, of which the first read may be one ("Katharina Wilhelm",
    "Diana von Kopp", "Andreas Platthaus", ... on FAZ; "BY Zia Weise", "BY Josh Gerstein", ... on Politico Europe).
    Round htmlM388."""
    shaped: list[tuple[tuple, str]] = []
    for el in bylines:
        if el.tag in ("meta", "link", "body", "html", "article", "main", "script", "style"):
            continue
        text = " ".join(" ".join(el.itertext()).split())
        if len(text) <= _BYLINE_MAX_RAW and _name_like(text := _by_labels()[0].sub("", text).strip(" ,|")):
            shaped.append(((el.tag, el.get("class")), text))
    shape = next((key for key, text in shaped if text in names), None)
    return shape is not None and len({text for key, text in shaped if key == shape} - set(names)) >= _TEASER_NAMES


def _story_byline_names(root, bylines: tuple) -> list[str]:
    """``_byline_names``, unless the author elements built like its byline's are teaser cards' (``_teaser_shaped``) and a
    byline label in the page's text names someone (``_labelled_byline``): then those names (FAZ's "Von Constanze Kurz",
    Politico Europe's "By Verena Friederike Hasel"). Round htmlM388."""
    names = _byline_names(root, bylines)
    if names and _teaser_shaped(bylines, names) and (labelled := _labelled_byline(root)):
        return labelled
    return names


#: The longest author element's text read for an editor's label and name.
_EDITOR_MAX = 80


@functools.cache
def _editor_label() -> re.Pattern[str]:
    """A text that is an editor's label and a name, the label before or after it (``bylines.txt`` ``editor`` rows)."""
    labels = "|".join(re.escape(w) for w in sorted(byline_editors(), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"^(?:(?:{labels})\s*:?\s*(?P<after>.+)|(?P<before>.+?)\s+(?:{labels}))$", re.IGNORECASE)


def _editors(bylines: tuple) -> frozenset[str]:
    """The names the page's author elements label as the story's editor (``bylines.txt`` ``editor`` rows), case-folded:
    "Editor : Heryadi" on Media Indonesia, "Icha Rastika Editor" on Kompas, the label before or after the name."""
    found = set()
    for el in bylines:
        if el.tag in ("meta", "link", "script", "style"):
            continue
        text = " ".join(" ".join(el.itertext()).split())
        if len(text) <= _EDITOR_MAX and (match := _editor_label().match(text)):
            found.add((match.group("after") or match.group("before")).strip(" :").casefold())
    return frozenset(found)


@functools.cache
def _credit_label() -> re.Pattern[str]:
    """A contribution other than the text (``bylines.txt`` ``credit`` rows) before a colon or a Latin-script byline label:
    "Photography by", "Video:"."""
    credits = "|".join(re.escape(w) for w in sorted(byline_credits()[0], key=len, reverse=True)) or "(?!)"
    latin = "|".join(re.escape(w) for w in sorted(latin_labels(), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{credits})(?:\s*:\s*|\s+(?:{latin})\s+)", re.IGNORECASE)


#: A field label and a colon opening a byline's name ("Video: Siniša Puktalović", "Text: Olivera Stajić").
_FIELD_NAME = re.compile(r"^([^\W\d_]+)\s*:\s*(\S.*)$")


def _credited(bylines: tuple) -> frozenset[str]:
    """The names the page's author elements credit for a contribution other than the text, case-folded: "Stephen Tayo"
    of "By Nelson C.J. Photography by Stephen Tayo" (Teen Vogue), "Siniša Puktalović" of "Text: Olivera Stajić, Video:
    Siniša Puktalović" (Der Standard). Round htmlM388."""
    found: set[str] = set()
    for el in bylines:
        if el.tag in ("meta", "link", "script", "style"):
            continue
        text = " ".join(" ".join(el.itertext()).split())
        if len(text) > _BYLINE_MAX_RAW:
            continue
        for match in _credit_label().finditer(text):
            found.update(name.casefold() for name in _names_after_label([text[match.end():]]))
    return frozenset(found)


def _writers(names: tuple[str, ...], credited: frozenset[str]) -> tuple[str, ...]:
    """A source's names without those credited for pictures or video (``_credited``, or written after such a field's
    label: "Video: Siniša Puktalović"), the writer's own label cut off ("Text: Olivera Stajić"). A credited name stays
    when the source names no one else (the writer took the pictures too). Round htmlM388."""
    credits, writing = byline_credits()
    kept: list[str] = []
    for name in names:
        if (field := _FIELD_NAME.match(name)) and field.group(1).casefold() in credits:
            continue
        kept.append(field.group(2) if field and field.group(1).casefold() in writing else name)
    return tuple(name for name in kept if name.casefold() not in credited) or tuple(kept)


def _name_like(text: str) -> bool:
    """A byline element's text (label and e-mail address cut off) that can be a name or a few names: no heading word
    of a byline's names in it (``bylines.txt`` ``heading`` rows: "Authors" on Engadget and Threatpost). It opens on a
    capital or on a letter of a script without case, two letters at least ("by 深海" on BuzzAP, "Posted by 양진" on
    pinegrosbiik, "空手" on woshipm; round htmlM376)."""
    return 3 <= len(text) <= 60 and len(text.split()) <= 6 and not _NOT_A_NAME.search(text) and text[0].isupper() \
        and not any(word.casefold() in byline_headings() for word in text.split())


def _uncased_name(text: str) -> bool:
    """A byline element's text (label cut off) that is a name in a script without case: two to twelve letters of such
    a script, a space or a middle dot between them, and no byline label or suffix word among them ("深海" after "by"
    on BuzzAP, "양진" after "Posted by" on pinegrosbiik, "空手" on woshipm; not "作者 林雙牧" on Taro News, "정지은 기자"
    on Hankyung, whose labelled bylines name the writer). Round htmlM376."""
    words = text.split()
    return 2 <= len(text) <= 12 and len(words) <= 3 \
        and all(ch.isalpha() and not ch.isupper() and not ch.islower() or ch in " ·・" for ch in text) \
        and not any(w in byline_labels() or w in byline_suffixes() for w in words)


#: A name before a bar in a byline is two to this many words.
_NAME_BEFORE_BAR_WORDS = 4


def _name_before_bar(text: str) -> str:
    """The writer's name before the first bar of a byline whose whole text is not a name, else "".

    The bar parts the name from the desk, the paper or the date: "Rajeev Dhir | NJ Advance Media for NJ.com"
    (NJ.com), "Ashok Pradhan | TNN | Apr 7, 2020, 15:43 IST" (The Times of India), "Galo Ramírez | El Sol de
    México" (El Sol de Mazatlán). A one-word part is a label ("Interview | ...", "Startseite | Schweiz | ..."),
    and a part with a word in lower case is a phrase ("Text by Mayer Rus | Photography by ...", "Skrevet af DAGENS
    | 20.09.18"), not a name ("Lena deCasparis | Contributing Writer" is one).
    """
    head = text.split(" | ", 1)[0].strip()
    words = head.split()
    if head == text or not 2 <= len(words) <= _NAME_BEFORE_BAR_WORDS:
        return ""
    return head if all(any(ch.isupper() for ch in word) for word in words) else ""


def _innermost(found: list) -> list:
    """The byline elements holding no other: the name's own element, not the block around it with the writer's
    social links and job ("Rebecca Hersher Twitter" around ``<a rel=author>`` on npr.org, "Andrew Husband Twitter
    News & Culture Writer" around ``<a class="author url fn">`` on uproxx.com)."""
    holders = set()
    elements = {el for el, _ in found}
    for el in elements:
        for ancestor in el.iterancestors():
            if ancestor in holders:
                break
            holders.add(ancestor)
    return [item for item in found if item[0] not in holders]


def _after_headline(root, found: list) -> list:
    """The byline elements after the page's first shown ``<h1>``, when there are any; else all of them."""
    h1 = next((h for h in root.iter("h1") if " ".join(h.text_content().split())
               and not any(_hidden_title(a) for a in (h, *h.iterancestors()))), None)
    if h1 is None:
        return found
    wanted = {el for el, _ in found}
    seen_h1, after = False, set()
    for el in root.iter():
        if el is h1:
            seen_h1 = True
        elif seen_h1 and el in wanted:
            after.add(el)
    return [item for item in found if item[0] in after] or found


def _same_byline(first, el) -> bool:
    """Whether two byline elements share a parent or grandparent ("By <a>A</a> and <a>B</a>", an author box
    per writer in one block), unlike the bylines of teaser cards, each in its own card."""
    near = {first.getparent()}
    if (grand := first.getparent()) is not None:
        near.add(grand.getparent())
    parent = el.getparent()
    return el is first or parent in near or (parent is not None and parent.getparent() in near)


#: Elements whose text holds no byline: unseen ones and menus (a menu's "By Region" on mlive.com).
_NOT_BYLINES = frozenset({"script", "style", "noscript", "template", "nav", "li", "option"})
_HAN_NAME = r"[\u4e00-\u9fff·]{2,4}"
#: Han names after a label and a space, colon or slash, apart by spaces, "、" or "&": "段彦超 廖艳" (news.ifeng.com);
#: nothing glued to the label ("记者了解到" is "the reporter learned", "作者最新文章" a heading on baijiahao.baidu.com).
_HAN_NAMES = re.compile(rf"^[\s:：/]+({_HAN_NAME}(?:[\s、&]+{_HAN_NAME})*)(?=$|[\s/|（(，,])")
_NAME_TOKEN = re.compile(r"[^\W\d_][\w.'’-]*|\S")
_LONGEST_LABEL_NODE = 80


@functools.cache
def _label_pattern() -> re.Pattern[str]:
    """A text node that opens with a byline label; a Han label may follow the paper's name ("澎湃新闻记者")."""
    latin = sorted((w for w in byline_labels() if w.isascii()), key=len, reverse=True)
    han = sorted((w for w in byline_labels() if not w.isascii()), key=len, reverse=True)
    parts = []
    if latin:
        parts.append(rf"(?P<latin>(?:{'|'.join(re.escape(w) for w in latin)}))(?:\s*:\s*|\s+|$)")
    if han:
        parts.append(rf"[^\s\d]{{0,8}}?(?P<han>{'|'.join(re.escape(w) for w in han)})")
    return re.compile(rf"^[|·•/,\s]*(?:{'|'.join(parts)})" if parts else r"(?!)", re.IGNORECASE)


def latin_label_end(line: str) -> int | None:
    """Where the Latin-script byline label opening a line ends (``bylines.txt`` ``label`` rows), or None."""
    match = _label_pattern().match(line)
    return match.end() if match is not None and match.group("latin") else None


#: The longest byline label alone on a line, in characters ("Written by:").
LABEL_CHARS = 20


@functools.cache
def latin_labels() -> frozenset[str]:
    """The Latin-script byline labels (``bylines.txt`` ``label`` rows), case-folded: "by", "von", "written by"."""
    return frozenset(label.casefold() for label in byline_labels() if label.isascii())


#: A date word glued to the name before it in a byline line, a lowercase letter then the word's capital: a month name
#: before its day ("by Marcus NestorFebruary 11th, 2026" on 9to5Linux, "By Ben AdamsMar 10, 2022" on FiercePharma, "by
#: Lesotho TimesNovember 21, 2025" on the Lesotho Times) or a stamp's label ("By Emma BatyPublished: Dec 22, 2023" on
#: Cosmopolitan, "By Carolyn SaidUpdated April 25, 2016" on the SF Chronicle).
_GLUED_WORD = re.compile(r"(?<=[a-zà-ÿ])([A-ZÀ-Þ][a-zà-ÿ]+)\b(\.?\s*\d)?")


@functools.cache
def _date_labels() -> frozenset[str]:
    """One-word labels of a stamp (``date_words.txt`` rows ``updated`` and ``published``): "Updated", "Published"."""
    return frozenset(word for kind in ("updated", "published") for word in date_words().get(kind, ()) if " " not in word)


def unglued_byline(line: str) -> str:
    """A byline line with its label set apart from the name glued to it ("ByJordan James Feb 16, 9:10 PM" on
    247Sports, "BYKia Kokalitcheva" on Fortune, "ByLiya Davidov" on Tennis.com) and cut before a date word glued to
    the name (``_GLUED_WORD``); the line itself otherwise."""
    for size in range(2, min(LABEL_CHARS, len(line) - 1)):
        if line[size].isupper() and line[size + 1].islower() and line[:size].casefold() in latin_labels():
            line = line[:size] + " " + line[size:]
            break
        if not line[size - 1].isalpha():
            break
    for match in _GLUED_WORD.finditer(line):
        word = match.group(1).casefold()
        if word in _date_labels() or match.group(2) and word in month_names():
            return line[:match.start()]
    return line


def byline_names(line: str) -> list[str]:
    """The names a Latin-script byline line gives after its label, as ``_names_after_label`` reads them (what follows
    the names goes: "Sage Lazzaro • 12/16/16 12:21pm", "Pedro Lázaro Rodríguez Gil Publicado Jul 23"); the line
    itself when no label opens it or no name follows."""
    match = _label_pattern().match(line)
    if match is None or match.group("han"):
        return [line]
    return _names_after_label([line[match.end():]], particles=name_particles()) or [line]


def is_han_byline(line: str) -> bool:
    """A line holding only a Han byline: a label, maybe after the paper's name, and the names after it ("澎湃新闻记者
    段彦超 廖艳" on news.ifeng.com, "扬子晚报记者 张楠" and "《棱镜》作者 周纯" on qq.com). ``_labelled_byline`` reads
    the names off it for ``authors``; set as a paragraph of the story it is metadata, not story. A sentence naming
    the reporter goes on past a name ("据《红周刊》记者了解，...", "记者了解到") and is none."""
    match = _label_pattern().match(line)
    if match is None or not match.group("han"):
        return False
    rest = line[match.end():]
    names = _HAN_NAMES.match(rest)
    return names is not None and not rest[names.end():].strip()


def han_byline_names(line: str) -> list[str]:
    """The names of a line holding only a Han byline (``is_han_byline``): "段彦超", "廖艳" of "澎湃新闻记者 段彦超 廖艳";
    empty for any other line."""
    if not is_han_byline(line):
        return []
    found = _HAN_NAMES.match(line[_label_pattern().match(line).end():])
    return re.split(r"[\s、&]+", found.group(1)) if found else []


def _labelled_byline(root) -> list[str]:
    """Names printed after a byline label in the page text: "By Meg Wagner", "Von Christian am 03.05.2013", "记者 张楠".

    The last resort when no declaration and no author-classed element names anyone (nydailynews.com,
    time.com, phoronix.com, notebookcheck.com, thepaper.cn, qq.com). The label opens a short text node;
    the names follow in it or in the next nodes ("By <a>Meg Wagner</a>"), joined by commas or the
    ``joiner`` words, each of up to four capitalised words written alike (all capitals or not); a date
    word, a lower-case word or another capitalised run with no joiner before it ends the byline
    ("By Meg Wagner" "NEW YORK DAILY NEWS").
    """
    nodes = page_text_nodes(root, _NOT_BYLINES)
    for index, node in enumerate(nodes):
        if len(node) > _LONGEST_LABEL_NODE or not (match := _label_pattern().match(node)):
            continue
        following = [node[match.end():], *nodes[index + 1 : index + 6]]
        if match.group("han"):  # the names in the label's own node, else in the next one ("作者" "魏星", csdn.net)
            found = _HAN_NAMES.match(following[0] if following[0].strip() else " " + " ".join(following[1:2]))
            names = re.split(r"[\s、&]+", found.group(1)) if found else []
        else:
            names = _names_after_label(following)
            if any(_SENTENCE_STOP.search(name) for name in names):
                continue  # the label opens a sentence of prose ("... by Randall Kennedy.", ", by Gurkenglas. It is")
        if names:
            return names
    return []


#: A word of three letters or more closing on a full stop inside the names read after a label: a sentence's end, not an
#: initial's ("Kennedy." on Boing Boing, "Gurkenglas. It" on LessWrong; "C.J.", "Jr." are kept). Round htmlM376.
_SENTENCE_STOP = re.compile(r"[^\W\d_]{3}\.(?:\s|$)")


def _names_after_label(pieces: list[str], *, particles: frozenset[str] = frozenset()) -> list[str]:
    """The names at the start of the text after a Latin-script label (see ``_labelled_byline``); a lowercase name
    particle (``particles``) inside a name, before a capitalised word, stays in it ("Lisa de Moraes")."""
    joiners = {w.casefold() for w in byline_joiners()} | {",", "&"}
    stops = set(month_names()) | set(WEEKDAYS) | set(byline_labels()) | set(byline_stops())
    names: list[str] = []
    current: list[str] = []
    expect_name = True  # at the start and after a joiner; a boundary between nodes after a name clears it
    for piece in pieces:
        tokens = _NAME_TOKEN.findall(piece)
        for at, token in enumerate(tokens):
            folded = token.casefold()
            if current and token in particles and at + 1 < len(tokens) and tokens[at + 1][0].isupper():
                current.append(token)
                continue
            if folded in joiners:
                if current:
                    names.append(" ".join(current))
                    current = []
                if not names:
                    return names
                expect_name = True
                continue
            if not names and not current and folded in byline_labels():
                continue  # "By by JOSH HASKELL" (abcnews.go.com)
            capital = token[0].isupper() and folded.rstrip(".") not in stops
            # a run of capitals ends where a capitalised word follows ("LAURE BRETTON Envoyés spéciaux"), but one
            # capitalised word may follow a single acronym ("MND Staff" on mexiconewsdaily.com, "BR24 Redaktion")
            same_case = len(current) < 2 or token.isupper() == current[0].isupper()
            if capital and same_case and len(current) < 4 and (current or expect_name):
                current.append(token)
                continue
            if current:
                names.append(" ".join(current))
            return names
        if current:
            names.append(" ".join(current))
            current = []
            expect_name = False
    return names


#: Meta tags naming who owns the page: its copyright holder and publisher.
_PUBLISHER_META = ("copyright", "dc.rights", "dc.rights.copyright", "dc.publisher", "publisher", "article:publisher")


def _publishers_named(names: tuple[str, ...], article: dict, metas: dict[str, str]) -> tuple[str, ...]:
    """The byline names that the page's copyright or publisher declaration holds: the company, not a writer.

    A CMS fills the ``author`` meta tag with the site's owner: "Condé Nast" beside "Copyright (c) Condé Nast 2022"
    (newyorker.com), "FPT Online" beside the copyright "FPT  Online" (vnexpress.net), "CSDN.NET" beside the
    copyright "CSDN.NET" (csdn.net).
    """
    owners = [_text(article.get("publisher")), *(_text(metas.get(k)) for k in _PUBLISHER_META)]
    folded = " | ".join(o.casefold() for o in owners if o)
    if not folded:
        return ()
    return tuple(n for n in names if re.search(rf"(?<!\w){re.escape(n.casefold())}(?!\w)", folded))


def _meta_map(tags: list) -> dict[str, str]:
    """Meta tag name/property (lower-cased) -> its content; the first tag of a name wins (``tags``: ``_head_tags``).

    A tag without ``content`` is read from ``value``: pages saved through Postlight's parser (Mercury, whose
    ``normalizeMetaTags`` moves every meta tag's ``content`` to ``value``) keep their whole head that way, as 86
    of the corpus's 91 ``pl`` pages do, from every publisher of that set.
    """
    metas: dict[str, str] = {}
    for meta in tags:
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv") or "").lower()
        content = (meta.get("content") if meta.get("content") is not None else meta.get("value", "")).strip()
        if key and content and key not in metas:
            metas[key] = content
    return metas


def read_metadata(root, marks: Marks, *, url: str | None = None, html: str | None = None) -> Metadata:
    """Collect metadata from a parsed page (call before boilerplate pruning: it reads ``<head>``).

    ``marks``: the page's marked elements (``marks.find_marks``), among them the byline candidates.

    ``url`` (where the page came from) and ``html`` (its decoded text) feed the last-resort date
    readers; see ``page_dates.read_dates``.
    """
    scripts, meta_tags, links = _head_tags(root)
    objects = _ld_objects(scripts)
    article = next((o for o in objects if _types(o) & ARTICLE_TYPES and o.get("headline")), None)
    declares_article = article is not None and bool(_types(article) - {"WebPage"})
    if article is None:
        article = next((o for o in objects if _types(o) & ARTICLE_TYPES and o.get("articleBody")), {})
    metas = _meta_map(meta_tags)
    canonical = None
    for link in links:
        if link.get("rel", "").lower() == "canonical" and link.get("href", "").startswith("http"):
            canonical = link.get("href")
            break
    canonical = canonical or (metas.get("og:url") if metas.get("og:url", "").startswith("http") else None)
    title = _read_title(root, article, metas, canonical or url)

    language = _text(article.get("inLanguage")) or root.get("lang") or root.get("xml:lang")
    language = language or metas.get("og:locale") or metas.get("content-language") or metas.get("language")
    published, modified = read_dates(root, article, metas, url=url, html=html, language=normalise_language(language))

    # people: JSON-LD persons, else meta tags, else the visible byline; organisations (a JSON-LD
    # Organization, the site's own name "Lesotho Times", "Reuters Staff") go to author_orgs
    site = _text(metas.get("og:site_name"))
    org_names = clean_authors(_ld_authors(article.get("author"), organisations=True))
    # (the organisations of every source read count: a meta tag naming only the site before a byline of persons)
    authors: tuple[str, ...] = ()
    author_orgs: tuple[str, ...] = ()
    logins: tuple[str, ...] = ()
    sources = (functools.partial(_story_byline_names, bylines=marks.bylines), _labelled_byline,
               functools.partial(_byline_names, bylines=marks.bylines, uncased=True))
    ld_raw = _ld_authors(article.get("author"))
    ld_persons = clean_authors(ld_raw)
    editors: frozenset[str] = frozenset()
    if ld_persons and (labelled := _editors(marks.bylines)):
        writers = tuple(name for name in ld_persons if name.casefold() not in labelled)
        shown = clean_authors(_byline_names(root, marks.bylines))
        if writers != ld_persons and any(name.casefold() not in labelled and not _editor_label().match(name)
                                         for name in shown):
            ld_persons, editors = writers, labelled  # the JSON-LD names the editor, an author element another person
    credited: frozenset[str] | None = None  # read when a source names two people or more: one credited name stays
    for raw in (ld_raw, [metas[k] for k in _AUTHOR_META if k in metas], *sources):
        if callable(raw):
            raw = raw(root)
        declared = raw is ld_raw
        names = ld_persons if declared else clean_authors(raw)
        names = _without_credentials(names)
        if len(names) >= 2 and credited is None:
            credited = _credited(marks.bylines)
        names = tuple(dict.fromkeys(_before_stop_word(_before_dash(name))
                                    for name in _writers(names, credited if len(names) >= 2 else frozenset())))
        if editors and not declared:
            names = tuple(name for name in names if name.casefold() not in editors and not _editor_label().match(name))
        # a name the JSON-LD types a Person stays one, though it owns the site ("Haki Benita" on hakibenita.com)
        publishers = _publishers_named(names, article, metas) if not declared else ()
        authors, orgs = split_authors(names, site=site, declared_orgs=org_names + publishers + outlet_tails(raw),
                                      brand=site_brand(url or canonical))
        author_orgs += orgs
        if authors and (declared or not all(_LOGIN.fullmatch(a) for a in authors)):
            break
        logins = logins or authors  # a meta tag's login name gives way to a byline that names the writer
    authors = authors or logins
    # one entry per organisation however its sources spell it ("ndr.de" in JSON-LD, "NDR.de" in a meta tag)
    seen = {name.casefold() for name in authors}
    unique = []
    for name in org_names + author_orgs:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            unique.append(name)
    author_orgs = tuple(unique)

    section = _text(article.get("articleSection")) or next((metas[k] for k in _SECTION_META if k in metas), None)

    body = article.get("articleBody")
    headlines = tuple(dict.fromkeys(
        t for t in (_text(article.get("headline")), *(_text(metas.get(k)) for k in _TITLE_META), _page_title(root)) if t
    ))
    description = _text(article.get("description")) or metas.get("og:description") or metas.get("description")
    return Metadata(
        title=title,
        headlines=headlines,
        authors=authors,
        published=published,
        modified=modified,
        author_orgs=author_orgs,
        section=section,
        language=normalise_language(language),
        canonical_url=canonical,
        article_body=body if isinstance(body, str) and body.strip() else None,
        description=description,
        summaries=declared_summaries(description, article, metas),
        schema_types=frozenset(t for o in objects for t in _types(o)),
        og_type=metas.get("og:type"),
        declares_article=declares_article,
        not_free=str(article.get("isAccessibleForFree", "")).casefold() == "false",
    )


#: Meta tags that carry a summary of the story (each source may word it differently).
_SUMMARY_META = ("og:description", "twitter:description", "description")


def declared_summaries(description: str | None, article: dict, metas: dict[str, str]) -> tuple[str, ...]:
    """Every summary the page declares, ``description`` first, each once.

    The sources disagree: junge Welt's JSON-LD ``description`` is a longer blurb while its
    ``twitter:description`` is the line printed under the headline, so a standfirst is recognised
    by any of them (``standfirst.find_standfirsts``). JSON-LD ``alternativeHeadline`` is no summary:
    FUNKE's papers and welt.de put a second headline there.
    """
    found = [description, *(_text(metas.get(k)) for k in _SUMMARY_META)]
    return tuple(dict.fromkeys(text for text in found if text))


def normalise_language(value: str | None) -> str | None:
    """"en-US", "en_GB", "EN" -> "en"; anything not shaped like a language tag -> None."""
    if not value:
        return None
    code = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    return code if re.fullmatch(r"[a-z]{2}", code) else None


#: How many lines above a text dump's story its headline is looked for when the one read is no headline.
DUMP_HEADLINE_LINES = 8
_DUMP_CLOCK = re.compile(r"\b\d{1,2}[:.h]\d{2}\b")
_DUMP_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_DUMP_BY = re.compile(r"^(?:by|von|par|por)\b\s*:?", re.IGNORECASE)
_DUMP_HEADLINE_WORDS = (3, 30)
_DUMP_HAN_CHARS = 8


def _dump_headline_shaped(line: str) -> bool:
    """A line of a copied page that can be its headline: 3 to 30 words (or 8 Han or kana characters), no sentence or
    label end, no printed date or time, no byline, photo credit ("©", "Foto:"), widget words or share bar."""
    words = widgets.word_count(line)
    han = sum("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in line)
    low, high = _DUMP_HEADLINE_WORDS
    if "\n" in line or not (low <= words <= high or han >= _DUMP_HAN_CHARS):
        return False
    end = line.rstrip()
    if end.endswith((".", ":", "：", "。")) and not end.endswith(("...", "…")):
        return False
    if find_stamps(line) or _DUMP_CLOCK.search(line) and _DUMP_YEAR.search(line):
        return False  # "Thursday, October 9, 2025 в 16:43", "Stand: 20:03 Uhr | 28.04.2023"
    if widgets.is_byline(line) or _DUMP_BY.match(line) and len(line.split()) <= 5:
        return False  # "Von: JÖRG ZSCHOCHE" (bild.de)
    return not ("©" in line or widgets.is_widget_line(line) or widgets.is_credit_line(line)
                or widgets.CAPTION_CREDIT.search(line) or widgets.widget_word_count(line) >= 2)


def dump_title(lines: list[str], *, title: str | None, first_line: str | None) -> str | None:
    """The headline of a page copied as text: ``title`` (what the dump cleaner read) when it is headline-shaped, else
    the nearest headline-shaped line printed once in the ``DUMP_HEADLINE_LINES`` lines above the story (its first line
    ``first_line``).

    The dump cleaner takes the line above a date line, else the last line of its kind above the story, which on a
    copy is often the photo caption with its credit ("Prüfkandidaten in der ADAC Crashanlage ∙ © ADAC/Markus
    Zahradnik" on adac.de, "... © DPA Images | Christoph Soeder" on morgenpost.de), a date line it does not read
    ("Thursday, October 9, 2025 в 16:43" on bukvy.com.ua, "01 juin 2018 à 15h36" on clubic.com) or a byline ("Von:
    JÖRG ZSCHOCHE" on bild.de).
    """
    if title and _dump_headline_shaped(title):
        return title
    start = next((i for i, line in enumerate(lines) if first_line and line == first_line), None)
    if start is None:
        return title
    counts: dict[str, int] = {}
    for line in lines:
        counts[line] = counts.get(line, 0) + 1
    found = [line for line in lines[max(0, start - DUMP_HEADLINE_LINES) : start]
             if counts[line] == 1 and _dump_headline_shaped(line)]
    return found[-1] if found else title


#: How many lines above a text dump's story its byline is looked for (``dump_authors``).
DUMP_BYLINE_LINES = 12


def dump_authors(lines: list[str], *, authors: tuple[str, ...], first_line: str | None) -> tuple[str, ...]:
    """The writers a page copied as text names after a byline label in its header, when the dump cleaner read none.

    A copy splits a byline over lines and holds more than names in it: "By" / "Cristina Laila" (thegatewaypundit.com),
    "Von Juliane Rohr" (n-tv.de), "Von: JÖRG ZSCHOCHE" (bild.de), "By Mike Cason | mcason@al.com" (al.com), "Written
    by Michael Larabel in Valve on 1 June 2019" (phoronix.com). The names are read as ``_labelled_byline`` reads a
    page's text nodes (a label opening a short line, the names in it or the next two lines), over the
    ``DUMP_BYLINE_LINES`` lines above the story and its first line.
    """
    if authors:
        return authors
    start = next((i for i, line in enumerate(lines) if first_line and line == first_line), None)
    if start is None:
        return authors
    for index in range(max(0, start - DUMP_BYLINE_LINES), start + 1):
        line = unglued_byline(lines[index])  # "By Ben AdamsMar 10, 2022 05:30am" (FiercePharma)
        if len(line) > _LONGEST_LABEL_NODE or not (match := _label_pattern().match(line)) or match.group("han"):
            continue
        if names := _names_after_label([line[match.end():], *lines[index + 1 : index + 3]]):
            return clean_authors(names)
    return authors
