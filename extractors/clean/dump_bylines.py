"""Bylines a text dump prints over several lines: the label alone on its line, the names on the lines under it.

A copied page keeps each element of a byline block on a line of its own: "By" / "Erin Schumaker" / "and" / "Morgan
Winsor" (ABC News), "Von" / "Jasper Riemann" / "Barbara Schneider" (BR24), "Von" / "Nico Ernst" (heise), "By" / "Liam
Randall" / "10:29, 24 JUL 2020" (Daily Post, Mirror), "by" / "Gabriele Tomassetti" / "·" (DZone), "By" / "James Maguire"
/ "-" (eWeek, UCSB's Daily Nexus), "von" / "Anne-Marie Slaughter" (Die Presse). The label is a ``label`` row of
``data/<lang>/bylines.txt``; the names are bare name lines (``is_name_line``), one a line, a joiner word ("and",
"und": ``joiner`` rows) or none between them.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

from extractors.clean import widgets
from extractors.clean.date_stamps import find_stamps, month_names
from extractors.clean.metadata import (
    LABEL_CHARS,
    byline_names,
    han_byline_names,
    latin_label_end,
    latin_labels,
    unglued_byline,
)
from extractors.clean.quality import (
    added_writer_labels,
    byline_fields,
    byline_joiners,
    byline_labels,
    byline_suffixes,
    byline_words,
    name_openers,
    name_particles,
)
from extractors.facts.gazetteer import organisation_names, place_names
from extractors.grammar import WEEKDAYS

#: A word of a person's name on a bare name line: capitalised, letters, apostrophes, dots and hyphens ("O’Regan", "J.").
#: Lines whose per-line answers (``is_name_line``, ``_is_person``, ``is_role_line``) are kept: the byline readers
#: of ``nearest_names`` ask them of each header line from every window that holds it.
LINE_CACHE = 1 << 16
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
#: Most names one split byline gives.
MAX_NAMES = 3
#: A bare name line is this short at most, in characters (a cheap check before the name's words are read).
NAME_CHARS = 60
_DIGIT = re.compile(r"\d")


@functools.lru_cache(maxsize=LINE_CACHE)
def is_name_line(line: str) -> bool:
    """Two to four capitalised words, lowercase name particles (``quality.name_particles``) between them allowed."""
    tokens = line.split(" ")
    if not (_is_capitalised(tokens[0]) and _is_capitalised(tokens[-1])):
        return False  # the ends first: most lines fail on them, before every word is read
    return 2 <= sum(map(_is_capitalised, tokens)) <= 4 \
        and all(_is_capitalised(t) or t in name_particles() for t in tokens[1:-1])


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper() and _NAME_WORD.fullmatch(token) is not None


#: Names joined in one byline: "A/B", "A, B", "A & B", "A and B".
_NAME_JOINS = re.compile(r"\s*[/,&]\s*|\s+and\s+")


def is_names_line(text: str) -> bool:
    """One to ``MAX_NAMES`` persons' names and nothing else, each a bare name (``is_name_line``), joined by "/",
    ",", "&" or "and": the Lesotho Times' bold "Mathatisi Sebusi/Mohalenyane Phakela" (``bold_bylines``)."""
    names = _NAME_JOINS.split(" ".join(text.split()))
    return 1 <= len(names) <= MAX_NAMES and all(is_name_line(name) for name in names)


def _is_label(line: str) -> bool:
    """A Latin-script byline label and nothing else, maybe closed by a colon ("By", "Von", "Written by:")."""
    return len(line) <= LABEL_CHARS and line.rstrip(" :").casefold() in latin_labels()


def _is_joiner(line: str) -> bool:
    return line.strip(" ,").casefold() in byline_joiners() or line.strip() in (",", "&")


def split_byline(lines: list[str], end: int) -> list[str]:
    """The names under the first lone byline label above ``end``: the name line right under it, then up to
    ``MAX_NAMES`` in all, each on the next line or after a joiner line; empty when no name line follows a label. A line
    under the label may hold several names joined ("Starr Bowenbank, Rania Aniftos, Anna Chan" on Billboard, "Jörg
    Wirtgen & Jan-Keno Janssen" on heise) or end on the joiner before the next line's name ("Toluse Olorunnipa and" /
    "Beth Reinhard" on the Washington Post); a list still open after ``MAX_NAMES`` names gives none (Nature's "Xiaoying
    You0," / "Mariana Lenharo," / "Mohana Basu," / "Davide Castelvecchi &" / "…": some of the writers are no byline)."""
    for at in range(min(end, len(lines) - 1)):
        if not _is_label(lines[at]) or (first := _line_names(lines[at + 1])) is None:
            continue
        names, open_end = first
        next_at = at + 2
        while next_at < len(lines):
            if not open_end and _is_joiner(lines[next_at]) and next_at + 1 < len(lines) \
                    and _line_names(lines[next_at + 1]) is not None:
                next_at += 1
                open_end = True
            found = _line_names(lines[next_at])
            if found is None:
                break
            names, open_end = names + found[0], found[1]
            next_at += 1
            if len(names) >= MAX_NAMES:
                break
        return [] if open_end or len(names) > MAX_NAMES else names
    return []


#: A joiner closing a line of names, the next name on the line under it: ",", "&" or a ``joiner`` word ("and").
_OPEN_END = re.compile(r"\s*[,&]$|\s+(\w+)$")


def _line_names(line: str) -> tuple[list[str], bool] | None:
    """The persons' names a line under a byline label holds (``is_names_line``, or one name with a joiner word
    between names: "A und B"), and whether it ends on a joiner, the list going on on the next line; None for a line
    holding anything else."""
    if len(line) > 2 * NAME_CHARS:
        return None
    text, open_end = " ".join(line.split()), False
    if (match := _OPEN_END.search(text)) is not None and (match.group(1) is None
                                                          or match.group(1).casefold() in byline_joiners()):
        text, open_end = text[:match.start()], True
    if _is_person(text):
        return [text], open_end
    names = _NAME_JOINS.split(text)
    if 1 < len(names) <= MAX_NAMES and all(_is_person(name) for name in names):
        return names, open_end
    return None


@functools.lru_cache(maxsize=LINE_CACHE)
def _is_person(line: str) -> bool:
    return is_name_line(line) and not widgets.is_widget_line(line) and not is_role_line(line) and opens_a_name(line)


def opens_a_name(line: str) -> bool:
    """The line's first word may open a person's name: no article (``bylines.txt`` ``opener`` rows: "The New
    Republic", "The Baker Boy Hat" are no writers), unless the line names an organisation by an ``org`` word, the
    record's byline organisation ("The Associated Press" over the date on the National Post)."""
    return line.split(" ", 1)[0].casefold() not in name_openers() \
        or any(word in byline_words()[0] for word in line.casefold().split())


#: A job title's line under a byline's name runs this many words at most ("Web Content Editor", "Corresponsal en
#: Atenas", "BuzzFeed News Reporter").
ROLE_WORDS = 5


@functools.cache
def _role_words() -> re.Pattern[str]:
    """Any ``role`` word of the bylines lists, closing a word: a cheap check before a line's parts are read."""
    return re.compile("(?:" + "|".join(re.escape(w) for w in sorted(byline_words()[1], key=len, reverse=True))
                      + r")\b", re.IGNORECASE)


@functools.lru_cache(maxsize=LINE_CACHE)
def is_role_line(line: str) -> bool:
    """A short line holding a byline role word (``role`` rows of ``data/<lang>/bylines.txt``), no figure and no
    sentence: "Tech Reporter" (TweakTown), "Lead Draft Writer" (NFL.com), "Former Contributor" (Forbes)."""
    words = re.findall(r"[^\W\d_]+", line.casefold())
    return 0 < widgets.word_count(line) <= ROLE_WORDS and not any(ch.isdigit() for ch in line) \
        and not widgets.SENTENCE_END.search(line) and any(word in byline_words()[1] for word in words)


def name_over_role(lines: list[str], end: int) -> list[str]:
    """A bare name line right over its job title's line (``is_role_line``) above ``end``, as the byline; the next
    name-and-title pairs right under it too ("Salvador Hernandez" / "BuzzFeed News Reporter" / "Hamza Shaban" /
    ...): "Tania Broughton" / "Journalist" (TimesLIVE), "Hassam Nasir" / "Tech Reporter" (TweakTown), "Eric Edholm" /
    "Lead Draft Writer" (NFL.com), "Rebekah Iliff" / "Contributor" (Entrepreneur)."""
    for at in range(min(end, len(lines) - 1)):
        if len(lines[at]) <= NAME_CHARS and _is_person(lines[at]) and _role_words().search(lines[at + 1]) \
                and is_role_line(lines[at + 1]):  # the name first: its answer is kept (``LINE_CACHE``)
            names, at = [lines[at]], at + 2
            while len(names) < MAX_NAMES and at + 1 < len(lines) and _is_person(lines[at]) \
                    and is_role_line(lines[at + 1]):
                names.append(lines[at])
                at += 2
            return names
    return []


#: What may set a header line's date apart from the name before it: "Beth Mole - Apr 3, 2020 7:45 pm UTC" (Ars
#: Technica), "Echo Lawrence - January 24, 2020" (Egotastic), "Віктор Волокіта — 24 жовтня, 15:26" (Ekonomichna Pravda).
_DATE_BAR = re.compile(r"^[-–—|/·•]\s+")
#: Most words of a name opening a header line.
NAME_WORDS = 4


def name_before_stamp(lines: list[str], end: int, is_stamp: Callable[[str], bool]) -> list[str]:
    """With no byline line, a line above ``end`` opening with a bare name (``is_name_line``, the fewest words that
    make one) and going on with a date or a time only (``is_stamp``), maybe after a dash: "Kyle Wiggers 7 hours"
    (TechCrunch), "Lydia Dishman 05.24.16 5:42 AM" (Fast Company), "Andrew Tarantola 8/17/13 11:04am" (Gizmodo),
    "Beege Welborn 8:41 PM on December 20, 2023" (Hot Air), "Hans-Hermann Tiedje 17.5.2019, 05:30 Uhr" (NZZ),
    "Martin Anderson Thu 21 Apr 2016 4.37pm" (The Stack), "Beth Mole - Apr 3, 2020 7:45 pm UTC" (Ars Technica)."""
    for line in lines[:end]:
        if not _DIGIT.search(line) or widgets.is_byline(line) or widgets.SENTENCE_END.search(line):
            continue  # a line of prose opening on a name is no header line ("Moderna Inc. (NASDAQ: MRNA) shares ...")  # a labelled byline's names are read after its label ("By Tom Davies - Associated Press - ...")
        for text in dict.fromkeys((line, _unglued_stamp(line))):
            tokens = text.split(" ")
            for size in range(2, min(NAME_WORDS, len(tokens) - 1) + 1):
                name, rest = " ".join(tokens[:size]), _DATE_BAR.sub("", " ".join(tokens[size:]))
                if _is_person(name) and rest and not _is_date_name(tokens[:size]) and is_stamp(rest):
                    return [name]
    return []


def stamp_bylines(lines: list[str], end: int, is_stamp: Callable[[str], bool]) -> list[str]:
    """A header line above ``end`` opening on a byline label and going on with the story's date (``is_stamp``: the
    header loop of ``clean_text_dump`` takes such a line for the date only), as the byline, with the like lines right
    under it: "By T.C. Sottek Nov 29, 2016, 10:00am EST" (The Verge), "By Bryan Walsh Tuesday, Aug. 17, 2010" (Time),
    "by Paul Serran Jul. 19, 2026 9:45 am" (The Gateway Pundit), "By Aja Romano@ajaromano Dec 10, 2016, 10:20am EST"
    (Vox), "By Madison Czopek December 21, 2023" / "By Katie Sanders December 21, 2023" (Politifact). The names are
    read after the label as a byline's (``metadata.byline_names``), each a bare name (``is_name_line``)."""
    for at in range(min(end, len(lines))):
        names: list[str] = []
        for line in lines[at:]:
            found = _stamp_byline_names(line, is_stamp)
            if not found:
                break
            names.extend(found)
        if names:
            return names
    return []


def _stamp_byline_names(line: str, is_stamp: Callable[[str], bool]) -> list[str]:
    """The names of a byline line holding the story's date (``stamp_bylines``); empty for any other line."""
    if len(line) > 2 * NAME_CHARS or not widgets.BYLINE_OPENING.match(line) or not _DIGIT.search(line):
        return []
    unglued = unglued_byline(line)
    if not widgets.is_byline(unglued) or not is_stamp(line):
        return []
    names = byline_names(unglued)
    return names if names and names != [unglued] and all(_is_person(name) for name in names) else []


#: The marks between a header line's fields: "3 декабря 2020, 18:47 • Алексей Супрун • 3375", "Články - Martin Malý -
#: Různé - 14.3.2011".
_FIELD_BAR = re.compile(r"\s+[|•·—–-]\s+")
#: A header line of fields holds this many at most; each field but the name this many words at most.
MAX_FIELDS = 6
FIELD_WORDS = 4


def name_among_fields(lines: list[str], end: int, is_date: Callable[[str], bool],
                      copied_fields: Callable[[str], list[str] | None] | None = None) -> list[str]:
    """With no byline line, a header line above ``end`` made of three to ``MAX_FIELDS`` short fields set apart by bars,
    bullets or dashes, one of them the story's date (``is_date``) and one only a bare name, as the byline: "3 декабря
    2020, 18:47 • Алексей Супрун • 3375" (UNN), "27. Januar 2026 • Gregor Meier • 3 Minuten" (Landesspiegel), "23.06.2016
    um 16:14 Uhr - Markus Reuter - 91 Ergänzungen" (netzpolitik.org), "Články - Martin Malý - Různé - 14.3.2011"
    (Zdroják), "Biodiversité | 22 mai 2020 | Dorothée Laperche | Actu-Environnement.com" (Actu-Environnement). With
    ``copied_fields`` the fields are the ones a copy set apart by tabs or runs of no-break spaces (``tab_fields``), two
    at least: "Stefan Trunzik," / "26.04.2024 10:00 Uhr" (WinFuture), "Feb 19, 2018" / "Ricky Raps" / "Leave a
    Comment" (David Wolfe). A field opening on a byline label, maybe after a symbol, gives its names whatever the
    other fields' length: "... | Published: 5 hours ago | Last Updated: 5 hours ago | Written by Eliaser Ndeyanale"
    (The Namibian), "👤by Michael Pabia" / "Comments" / "📅31.03.2025 16:56:46" (Vortez), three fields at least (a
    teaser's card copies its byline and date: "di Teresa Fallavollita" / "20 Novembre 2024" on la Repubblica)."""
    for line in lines[:end]:
        if len(line) > READ_CHARS or not _DIGIT.search(line):
            continue
        fields = copied_fields(line) if copied_fields is not None else _FIELD_BAR.split(line)
        if not fields or not (2 if copied_fields is not None else 3) <= len(fields) <= MAX_FIELDS:
            continue
        labelled = [names for field in fields if (names := _labelled_field(field))]
        if len(labelled) == 1 and len(fields) >= 3:  # a teaser's "di Teresa Fallavollita" / "20 Novembre 2024": two
            rest = [field for field in fields if not _labelled_field(field)]
            if any(is_date(field) for field in rest) and not any(widgets.SENTENCE_END.search(f) for f in rest):
                return labelled[0]
            continue
        if len(line) > 2 * NAME_CHARS:
            continue
        names = [field for field in fields if len(field) <= NAME_CHARS and _is_person(field)]
        rest = [field for field in fields if field not in names]
        if len(names) == 1 and any(is_date(field) for field in rest) and all(
                widgets.word_count(field) <= FIELD_WORDS and not widgets.SENTENCE_END.search(field) for field in rest):
            return names
    return []


#: Symbols a page sets before a field's label: "👤by Michael Pabia" (Vortez).
_FIELD_SYMBOLS = re.compile(r"^[^\w\s]+\s*")


def _labelled_field(field: str) -> list[str]:
    """The names of a field made of a Latin byline label and names only (``is_names_line``); empty for any other."""
    field = _FIELD_SYMBOLS.sub("", field)
    at = latin_label_end(field)
    if at is None or at >= len(field) or not is_names_line(rest := field[at:].strip()):
        return []
    return _NAME_JOINS.split(" ".join(rest.split()))


#: What sets a copied line's fields apart: a tab, or a run of no-break spaces.
_COPY_FIELD = re.compile(r"\s*\t\s*|\s*\u00a0{2,}\s*")


@functools.lru_cache(maxsize=2)
def tab_fields(text: str) -> dict[str, list[str]]:
    """The fields of each line of a dump that a copy set apart by tabs or runs of no-break spaces, keyed by the line
    as ``text.split_lines`` gives it (white space collapsed): a browser's copy keeps them between a byline's name, its
    date and its counts, which the collapsed line runs together."""
    found: dict[str, list[str]] = {}
    for raw in text.split("\n"):
        raw = raw.strip()
        if "\t" not in raw and "\u00a0\u00a0" not in raw:
            continue
        fields = [field.strip(" ,\u00a0") for field in _COPY_FIELD.split(raw) if field.strip(" ,\u00a0•|·")]
        if len(fields) > 1:
            found.setdefault(" ".join(raw.replace("\u00a0", " ").split()), fields)
    return found


def name_under_date(lines: list[str], end: int, is_date: Callable[[str], bool]) -> list[str]:
    """A bare name line (``is_name_line``) right under a date line (``is_date``) above ``end``, as the byline: the
    date printed over the writer's name ("15.05.2020, 07:11 | Lesedauer: 8 Minuten" / "Melanie Wassink" on the
    Hamburger Abendblatt, the NRZ and the WAZ; "December 15, 20163:33 PM ET" / "Rebecca Hersher" on NPR, "31 de marzo
    de 201619:44" / "Gabriela Origlia" on La Nación, "2025-01-08T16:15:39Z" / "Alberto de la Torre" on Xataka,
    "22.08.2024" / "Shany Littman" on Krautreporter, "Publié le 22 janv. 2016 à 20:06" / "Sylvain Trinel" on
    Programme TV). Read only when no reader found a byline nearer the story: a name under a date is as often a
    teaser's or a caption's: a name over a photo's credit is a caption ("Friedrich Merz" over "Foto: REUTERS/Nadja
    Wohlleben" on Rzeczpospolita), and a name holding an acronym or a word glued to the next is a menu's or a tag's
    ("TCL Android" on GSMArena, "RessortsMein FAZ.NETLogin" on the FAZ)."""
    for at in range(min(end, len(lines) - 1)):
        name = lines[at + 1]
        if len(name) <= NAME_CHARS and _is_person(name) and not _GLUED_WORD.search(name) \
                and (name.isupper() or not any(len(word) > 2 and word.isupper() for word in name.split())) \
                and is_date(lines[at]) and not (at + 2 < len(lines) and widgets.is_credit_line(lines[at + 2])):
            return [name]
    return []


#: Three lowercase letters and a capital in one word: two words a copy glued ("RessortsMein"); "MacDonald" is none.
_GLUED_WORD = re.compile(r"[a-zà-ÿ]{3}[A-ZÀ-Þ]")


#: A lowercase letter with a figure or a capitalised word glued after it: where a copy joined a name to its stamp.
_GLUE = re.compile(r"(?<=[^\W\d_])(?=\d|[A-Z])")


def _unglued_stamp(line: str) -> str:
    """The line with a space where a copy glued the story's stamp to the name before it, the stamp opening on a figure
    or a month's name: "Lisa Nimmervoll1. Februar 2016, 05:30" (Der Standard), "Dylan Jones5 hours ago" (the Evening
    Standard); the line itself when nothing is glued so."""
    for match in _GLUE.finditer(line, 0, NAME_CHARS):
        if not line[match.start() - 1].islower():
            continue
        after = line[match.start():]
        if after[:1].isdigit() or after.split(" ", 1)[0].rstrip(".,").casefold() in month_names():
            return f"{line[:match.start()]} {after}"
    return line


def _is_date_name(words: list[str]) -> bool:
    """The opening words of a stamp read as a name: a weekday among them, or a month name last, the stamp's day after
    it ("Tuesday May" of "Tuesday May 24, 2016 2:54 pm PDT by Juli Clover" and "Wednesday January" on MacRumors,
    "Published Dec." of "Published Dec. 21, 2023 5:02 p.m. ET" on Fox Sports, "ByJordan James Feb" of "ByJordan James
    Feb 16, 9:10 PM" on 247Sports)."""
    folded = [word.rstrip(".,").casefold() for word in words]
    return folded[-1] in month_names() or any(word in WEEKDAYS for word in folded)


#: Where a header line's name may end before its job title: a space, or a lowercase letter glued to a capital
#: ("Sophie FosterTravel News Reporter").
_NAME_END = re.compile(r" |(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])")


def name_before_role(lines: list[str], end: int) -> list[str]:
    """With no byline line, a line above ``end`` made of a bare name (the fewest words that make one) and its job
    title (``is_role_line``), spaced or glued: "Sophie FosterTravel News Reporter" (the Daily Star), "Guy
    MartinSenior Contributor" (Forbes), "Thabo Mokone Parliamentary editor" (TimesLIVE), "Andrew HusbandTwitterNews
    & Culture Writer" (Uproxx); a dash between them sets the whole name apart, and the like lines right under it give
    the other writers ("Einar Torkelsen – Journalist Journalist" / "Ingrid Gulbrandsen Årdal – Journalist Journalist"
    on NRK, whose copy prints each title twice)."""
    for at, line in enumerate(lines[:end]):
        if (name := _name_and_role(line)) is not None:
            names = [name]
            for under in lines[at + 1 : at + MAX_NAMES]:
                if (name := _name_and_role(under)) is None:
                    break
                names.append(name)
            return names
    return []


#: A dash between a byline's name and its job title: "Einar Torkelsen – Journalist".
_ROLE_DASH = re.compile(r"\s+[–—-]\s+")


def _name_and_role(line: str) -> str | None:
    """The name of a line made of a bare name and its job title (``name_before_role``); None for any other line."""
    if len(line) > 2 * NAME_CHARS or not _role_words().search(line) or widgets.is_byline(line):
        return None
    if len(parts := _ROLE_DASH.split(line, maxsplit=1)) == 2 and _is_person(parts[0]) \
            and is_role_line(_undoubled(parts[1])):
        return parts[0]
    if widgets.word_count(line) > NAME_WORDS + ROLE_WORDS:
        return None
    for match in _NAME_END.finditer(line):
        name, rest = line[:match.start()].strip(), line[match.end():].strip()
        if rest and _is_person(name) and is_role_line(rest):
            return name
    return None


def _undoubled(text: str) -> str:
    """The text's first half when a copy printed it twice ("Journalist i Paris Journalist i Paris" on NRK, "vor 3
    Stundenvor 3 Stunden" on DW); the text itself otherwise."""
    half = len(text) // 2
    for cut in (half, half + 1):
        if text[:cut].strip() == text[cut:].strip() and text[:cut].strip():
            return text[:cut].strip()
    return text


def without_roles(names: list[str]) -> list[str]:
    """The byline's names with the job titles a copy glued or set beside them gone: a name and its title in one name
    cut to the name ("Emma MackenzieLifestyle Writer" on the Mirror, "Alan JohnsonReporter" on the Daily Star, "Miguel
    CortinaWriter" on MotorTrend, "Daniel Großert Redakteur" on Ruhr Nachrichten, "Ulrich ExnerKorrespondent" on Die
    Welt), a title read as a name dropped ("Hannah Ritzmann, Redakteurin für Finanzen" on the Berliner Morgenpost,
    "Paulina Cwiartka, Online-Redakteurin" on the WAZ, "Ryan Parry, West Coast Editor For" on the Daily Mail)."""
    kept = []
    for name in names:
        if not _role_words().search(name):
            kept.append(name)
            continue
        person = next((name[:match.start()].strip() for match in _NAME_END.finditer(name)
                       if _is_person(name[:match.start()].strip()) and is_role_line(name[match.end():].strip())), None)
        if person is not None:
            kept.append(person)
        elif not is_role_line(name) and not is_role_line(name.split(" ", 1)[0]):
            kept.append(name)
    return kept


def without_phrases(names: list[str]) -> list[str]:
    """The byline's names without a "from X to X" phrase a label word opened in a menu, read as a name with the
    particle "zu" in it: "Von Mensch zu Mensch" (the Hamburger Abendblatt's menu), "Von Mittelstand zu Mittelstand"
    (the FAZ's): a name whose first and last words are one word is none."""
    return [name for name in names if len(words := name.split()) < 3 or words[0].casefold() != words[-1].casefold()]


def labelled_names(lines: list[str], end: int) -> list[str]:
    """With no byline line, a line above ``end`` made of a byline label (``bylines.txt`` ``label`` rows) and names
    only (``is_names_line``): "di Fabrizio Dragosei" (Corriere della Sera, la Repubblica), "Autorin/Autor Diana
    Hodali" (DW), "Autor: Monika Bolliger und Anna Trechsel" (SRF)."""
    for line in lines[:end]:
        at = latin_label_end(line)
        if at is not None and at < len(line) and is_names_line(line[at:]):
            return [line[at:]]
    return []


#: Most words a byline may print before the label that opens its names ("Story by", "Eine Rezension von").
LEAD_WORDS = 3


def without_lead_words(names: list[str]) -> list[str]:
    """The byline's names without the words a page prints before the label that opens them: the kind of piece it
    signs, read as part of the name ("Story by James Fallows" on The Atlantic, "Kolumne von Carla Siepmann" on
    netzpolitik.org, "Eine Rezension von Daniel Gerhardt" on Die Zeit). A one-word label (``bylines.txt`` ``label``
    rows) after one to ``LEAD_WORDS`` words, with a bare name after it (``is_name_line``), gives that name; a name
    particle before one surname stays ("Ursula von der Leyen", "Richard von Weizsäcker": no bare name after "von"),
    and so does a photo's credit ("Photography by Stephen Tayo")."""
    kept = []
    for name in names:
        words = name.split(" ")
        at = next((i for i in range(1, min(LEAD_WORDS, len(words) - 2) + 1)
                   if words[i].casefold() in latin_labels() and is_name_line(" ".join(words[i + 1:]))), None)
        kept.append(" ".join(words[at + 1:]) if at is not None and not widgets.is_credit_line(name) else name)
    return kept


def without_outlets(names: list[str]) -> list[str]:
    """The byline's names without the outlet a page prints after a writer's name in capitals: "By Sean Leahy, USA
    TODAY" (USA Today), "By Francesca Gariano, TODAY" (TODAY), "von Felix Fahnert, MDR SACHSEN-ANHALT" (MDR). A name
    all in capitals after one written in mixed case is the outlet, not a second writer (a page that prints its writers
    in capitals prints them all so: "Von: JÖRG ZSCHOCHE" on Bild); a news agency stays (``organisation_names``: the
    record credits it among the byline's organisations)."""
    mixed = next((i for i, name in enumerate(names) if not name.isupper()), None)
    if mixed is None:
        return names
    return [name for i, name in enumerate(names)
            if i < mixed or not name.isupper() or name.casefold() in _agencies()]


@functools.cache
def _agencies() -> frozenset[str]:
    return frozenset(name.casefold() for name in organisation_names())


#: Most words of a place a byline prints after the writer's name ("Los Angeles", "Rio de Janeiro").
PLACE_WORDS = 3


def without_places(names: list[str]) -> list[str]:
    """The byline's names without the place a page prints after a writer's name with no mark between them, read as
    part of the name: "Jonathan Harding Houston" (DW, over the date), "By Sonal Khetarpal Delhi Print Edition: June 5,
    2016" (Business Today, "Sonal Khetarpal Delhi Print"); the name is cut before a known place (``gazetteer.place_names``)
    that follows two words of it at least ("Paris Hilton" keeps its first word). A name that is only a place stays: a
    reference may credit the place a story was written in beside its writers ("Anna Martel, Lea Wagner, Nairobi" on
    junge Welt)."""
    places = place_names()
    kept = []
    for name in names:
        words = name.split()
        cut = next((at for at in range(2, len(words)) for size in range(1, PLACE_WORDS + 1)
                    if " ".join(words[at:at + size]) in places), None)
        kept.append(" ".join(words[:cut]) if cut is not None else name)
    return kept


#: Most lines one reader reads from the line its byline opens on (a lone label, three names and two joiners).
READ_LINES = 8
#: The longest line a byline opens on, in characters: a name and its date, title or outlet ("By Natalie Gagliordi for
#: Between the Lines | May 24, 2016 -- 13:30 GMT (06:30 PDT) | Topic: Security" on ZDNet runs 99).
READ_CHARS = 160


def nearest_names(lines: list[str], end: int, readers: tuple[Callable[[list[str], int], list[str]], ...]) -> list[str]:
    """The names the readers give on the line nearest the story, read upwards from ``end``: a menu's or a rail's
    entry high in the header ("Sun Vouchers" over "£9.50 Hols" on The Sun, "Save Article" over its role-worded
    neighbour on the Business Journals, "Osservatorio Recovery" on il Fatto Quotidiano, "A Roma" on la Repubblica)
    no longer wins over the byline right above or inside the story's start. Each line is tried with each reader in
    order, the reader reading only the group that opens on it; a match closing a group that opens higher gives the
    whole group (``_group_start``)."""
    for at in range(min(end, len(lines)) - 1, -1, -1):
        if len(lines[at]) > READ_CHARS:
            continue  # a paragraph: no reader takes a line this long
        window = lines[at : at + READ_LINES]
        for reader in readers:
            if names := reader(window, 1):
                return _group_start(lines, at, names, readers)
    return []


def _group_start(lines: list[str], at: int, names: list[str],
                 readers: tuple[Callable[[list[str], int], list[str]], ...]) -> list[str]:
    """The names of the byline group the names found on line ``at`` close: a match opening on a line above, within
    ``READ_LINES``, that gives them all ("By" / "Erin Schumaker" / "and" / "Morgan Winsor" on ABC News, found first
    from its last name over the date; "Salvador Hernandez" / "BuzzFeed News Reporter" / "Hamza Shaban" / ... on
    BuzzFeed, from its last pair), or the match on the line right above when line ``at`` is its job title ("Hassam
    Nasir" over "Tech Reporter" over the date on TweakTown)."""
    best = names
    for above in range(at - 1, max(-1, at - READ_LINES), -1):
        for reader in readers:
            found = reader(lines[above : above + READ_LINES], 1)
            if found and (all(name in found for name in best) or above == at - 1 and is_role_line(lines[at])):
                best = found
                break
    return best


#: A writer's handle after the name on a header line: "Devindra Hardawar, @devindra" (Engadget), "Tatiana
#: Parafiniuk-Talesnick @TatianaSophiaPT" (the Register-Guard), "Will Leitch @williamfleitch" (The New Republic).
_HANDLE_TAIL = re.compile(r"\s*,?\s+@\w{2,30}$")
#: The line under a name and handle of a header runs this many words at most ("06.03.16 in Robots", "7m ago").
HANDLE_UNDER_WORDS = 6


def name_before_handle(lines: list[str], end: int) -> list[str]:
    """With no byline line, a line above ``end`` made of a bare name and the writer's social handle only, over a
    short line (its date, age or day) or none, as the byline: Engadget's "Timothy J. Seppala , @timseppala" over
    "06.03.16 in Robots" and "Jon Fingas, @jonfingas" over "1h ago" (4 dev pages), the Register-Guard's "Tatiana
    Parafiniuk-Talesnick @TatianaSophiaPT" over "Monday". An embedded post's "Michael Kofman @KofmanMichael" over the
    post's text (Substack) and an author box's name over its bio (The New Republic) are no header's."""
    for at, line in enumerate(lines[:end]):
        if "@" in line and len(line) <= 2 * NAME_CHARS and (match := _HANDLE_TAIL.search(line)) \
                and _is_person(name := line[:match.start()].rstrip(" ,")) \
                and (at + 1 == len(lines) or widgets.word_count(lines[at + 1]) <= HANDLE_UNDER_WORDS
                     and not widgets.SENTENCE_END.search(lines[at + 1])):
            return [name]
    return []


#: An email address on the line under a byline's name: its local part, before the "@".
_EMAIL = re.compile(r"([\w.+-]+)@[\w-]+(?:\.[\w-]+)+")


def name_over_email(lines: list[str], end: int) -> list[str]:
    """With no byline line, a bare name line above ``end`` over a line opening on the writer's email address, whose
    local part holds a word of the name: "Shahien Nasiripour" over "shahien@huffingtonpost.com | HuffPost Reporting"
    (HuffPost), "Héctor J. Cruz" over "hectorj.cruz@listindiario.com hjcbeisbol@hotmail.com" (Listín Diario); or the
    name and the address on one line, a bar, dash or comma between them: "Michael Barrett - michael@thelocal.dk" (The
    Local), "Mike Cason | mcason@al.com" (al.com), "Jane Kelly, jak4g@virginia.edu" (UVA Today)."""
    for line in lines[:end]:
        if "@" not in line or len(line) > 2 * NAME_CHARS:
            continue
        if (match := _NAME_THEN_EMAIL.match(line)) and _is_person(match.group(1)) \
                and _email_names(match.group(2), match.group(1)):
            return [match.group(1)]
    for at in range(min(end, len(lines) - 1)):
        if "@" in lines[at + 1] and (match := _EMAIL.match(lines[at + 1])) and len(lines[at]) <= NAME_CHARS \
                and _is_person(lines[at]) and _email_names(match.group(1), lines[at]):
            return [lines[at]]
    return []


#: A byline's name, a bar, dash or comma, and the writer's email address, and nothing else on the line.
_NAME_THEN_EMAIL = re.compile(r"^(.{3,60}?)\s*(?:,|\s[-–—|])\s+([\w.+-]+)@[\w-]+(?:\.[\w-]+)+$")


def _email_names(local: str, name: str) -> bool:
    """An address's local part holds a word of the name, three letters at least ("hectorj.cruz" and "Héctor J. Cruz")."""
    local = _folded(local)
    return any(len(word) > 2 and word in local for word in _folded(name).split())


def _folded(text: str) -> str:
    """Case-folded, accents taken off: "Héctor" is "hector" in "hectorj.cruz@"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(ch))


def added_writers(lines: list[str], at: int) -> list[str]:
    """The names of the writers who added to the story, under the byline on line ``at``: a label of ``bylines.txt``
    ``added`` rows on one of the next two lines, its names after it or on the line under it ("By Robbie Dunlop" /
    "Contributions from" / "Megan Garside" on GamesRadar, "Von Alexandre Marain" / "Adaptiert von Leila Herrmann" on
    Vogue Germany)."""
    for index in range(at + 1, min(at + 3, len(lines))):
        folded = lines[index].casefold()
        label = next((label for label in added_writer_labels() if folded.startswith(label)), None)
        if label is None:
            continue
        rest = lines[index][len(label):].strip(" :")
        if not rest and index + 1 < len(lines):
            rest = lines[index + 1]
        return _NAME_JOINS.split(" ".join(rest.split())) if rest and is_names_line(rest) else []
    return []


#: A byline's name, a comma or a bar, and the outlet's web address, and nothing else on the line.
_NAME_THEN_SITE = re.compile(r"^(.{3,50}?)\s*(?:,|\s[•|/–—-])\s*((?:www\.)?[\w-]+\.[A-Za-z]{2,4})$")


def name_before_site(lines: list[str], end: int) -> list[str]:
    """With no byline line, a line above ``end`` made of a bare name and the outlet's web address after a comma or a
    bar: "Evan Orris, NBA.com" (NBA.com), "John Garcia Jr. • Rivals.com" (Rivals)."""
    for line in lines[:end]:
        if "." in line and len(line) <= 2 * NAME_CHARS and (match := _NAME_THEN_SITE.match(line)) \
                and _is_person(match.group(1)):
            return [match.group(1)]
    return []


#: A story's first line opening on its place in capitals and a dash: "BATTLE CREEK — Up to three dozen ...",
#: "MILLVILLE - Two city residents ...", "GROTON ― Police K9 Bane ...".
_CAPS_DATELINE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{1,40} [—–―-] \S")
#: Most words of the outlet printed after the writer's name ("Worcester Telegram & Gazette").
OUTLET_WORDS = 5


def name_before_outlet(lines: list[str], end: int) -> list[str]:
    """With no byline line, a line above ``end`` right over the story's first line, which opens on its place in
    capitals and a dash, made of a bare name (the fewest words that make one) and the outlet's name, closed by an
    ``org`` word of the bylines lists: "Jim Walsh Cherry Hill Courier-Post" over "MILLVILLE - Two city residents ..."
    (the Courier-Post), "Sarah Barnacle Worcester Telegram & Gazette" over "GROTON ― Police K9 Bane ..." (the
    Telegram & Gazette)."""
    for at, line in enumerate(lines[: min(end, len(lines) - 1)]):
        if len(line) > 2 * NAME_CHARS or not _CAPS_DATELINE.match(lines[at + 1]):
            continue
        words = line.split(" ")
        for size in range(2, min(NAME_WORDS, len(words) - 1) + 1):
            outlet = words[size:]
            last = re.findall(r"[^\W\d_]+", outlet[-1].casefold())
            if len(outlet) <= OUTLET_WORDS and last and last[-1] in byline_words()[0] \
                    and all(word[:1].isupper() or word == "&" for word in outlet) and _is_person(" ".join(words[:size])):
                return [" ".join(words[:size])]
    return []


@functools.cache
def _suffixed_name() -> re.Pattern[str]:
    """A Hangul byline closed by its reporter's title (``bylines.txt`` ``suffix`` rows): the outlet and "=" maybe
    before the name, one word between name and title ("인턴"), an address or the date after it."""
    suffixes = "|".join(re.escape(w) for w in sorted(byline_suffixes(), key=len, reverse=True))
    return re.compile(rf"^(?:[^\s=]{{1,12}}=)?([\uac00-\ud7af]{{2,4}})(?: [\uac00-\ud7af]{{1,3}})? (?:{suffixes})"
                      r"(?:$| [\w.+-]+@[\w.-]+$| \d)" if suffixes else r"(?!)")


def name_before_suffix(lines: list[str], end: int) -> list[str]:
    """With no byline line, a line above ``end`` made of a Hangul name and its reporter's title: "정지은 기자"
    (Hankyung), "김수아 인턴 기자 2024. 5. 22. 08:37" (Daum), "스포츠조선=선수민 기자" (Chosun), "김지혜 기자
    kim.jihye6@joongang.co.kr" (JoongAng)."""
    for line in lines[:end]:
        if len(line) <= NAME_CHARS and (match := _suffixed_name().match(line)):
            return [match.group(1)]
    return []


def han_byline(lines: list[str], end: int) -> list[str]:
    """With no byline line, a line above ``end`` holding only a Han byline, a label and the names after it, maybe after
    the paper's name (``metadata.is_han_byline``): "澎湃新闻记者 段彦超 廖艳" (ifeng), "澎湃新闻记者 贺梨萍" (The Paper),
    "《棱镜》作者 周纯" (QQ)."""
    for line in lines[:end]:
        if len(line) <= NAME_CHARS and (names := han_byline_names(line)):
            return names
    return []


@functools.cache
def _han_field() -> re.Pattern[str]:
    """A Han byline label (``bylines.txt`` ``label`` rows of ``zh``) opening a field of a line, maybe with a colon,
    and a name of two to four Han characters closing the field."""
    labels = "|".join(re.escape(w) for w in sorted((w for w in byline_labels() if not w.isascii()), key=len, reverse=True))
    return re.compile(rf"(?:^|[\s|｜])(?:{labels})[：:]?\s*([\u4e00-\u9fff]{{2,4}})(?=$|[\s|｜])") if labels \
        else re.compile(r"(?!)")


def han_field_byline(lines: list[str], end: int) -> list[str]:
    """With no byline line, a line above ``end`` of the story's fields, its date among them, with a Han byline label
    and the writer's name in one of them: "时间：2024.05.11 来源：光明日报 作者：南帆 分享到：" (1905.com), "发表于2014-08-24
    21:30| 1164次阅读| 来源CSDN| 0 条评论| 作者魏星" (CSDN), "作者 林雙牧 發表時間 2019-05-17 09:52 最後更新 ..." (Taro
    News)."""
    for line in lines[:end]:
        if len(line) <= READ_CHARS and _DIGIT.search(line) and (match := _han_field().search(line)) \
                and find_stamps(line):
            return [match.group(1)]
    return []


@functools.cache
def _inner_label() -> re.Pattern[str]:
    """A Latin byline label inside a line, after a space and before a capital: " by Juli Clover", " By: Alastair"."""
    labels = "|".join(re.escape(w) for w in sorted(latin_labels(), key=len, reverse=True))
    return re.compile(rf"\s(?:{labels}):?\s+(?=[^\W\d_])", re.IGNORECASE)


@functools.cache
def _field_label() -> re.Pattern[str]:
    """A byline's field name and colon inside a line, after a space, a bar or a closing bracket: " | Author: ",
    "(IST)Author: "."""
    fields = "|".join(re.escape(w) for w in sorted(byline_fields(), key=len, reverse=True))
    return re.compile(rf"(?:\s|(?<=\))|(?<=\|))(?:{fields})\s*:\s*(?=[^\W\d_])", re.IGNORECASE) if fields \
        else re.compile(r"(?!)")


def stamp_then_byline(lines: list[str], end: int) -> list[str]:
    """With no byline line, a line above ``end`` printing the story's date and then its byline: "Tuesday May 24, 2016
    2:54 pm PDT by Juli Clover" (MacRumors), "Posted Aug 13, 2010 by Leena Rao (@leenarao)" (TechCrunch), "December
    19, 2016 by Maggie Winterfeldt" (Popsugar), "posted on 2026-06-15 11:15 EDT by Rafael Antonio Pineda" (Anime News
    Network), "Posted: 5 September 2013 By: Alastair Reid" (journalism.co.uk): what comes before the label holds a
    date stamp and no sentence; the names are read after the label as a byline's (``metadata.byline_names``)."""
    for line in lines[:end]:
        if len(line) > 2 * NAME_CHARS or not _DIGIT.search(line):
            continue
        if (field := _field_label().search(line)) and not widgets.SENTENCE_END.search(line[:field.start()].rstrip(" )|")) \
                and find_stamps(line[:field.start()]) and is_names_line(rest := line[field.end():].strip()):
            return _NAME_JOINS.split(" ".join(rest.split()))
        if not (match := _inner_label().search(line)):
            continue
        before = line[:match.start()]
        if widgets.SENTENCE_END.search(before) or not find_stamps(before):
            continue
        rest = line[match.end():]
        if is_names_line(rest):  # read whole: a month's name in a name stops the byline's reader ("Juli Clover")
            return _NAME_JOINS.split(" ".join(rest.split()))
        names = byline_names(line[match.start() + 1:])
        if names and all(is_name_line(name) for name in names):
            return names
    return []
