"""Date mentions resolved against the publication date, and flagged durations.

Off-the-shelf parsers resolve a bare weekday forward and read "since mid-2022" as a day;
news writing means the opposite (the latest such day on or before publication, a month
granularity), so the resolution rules are written here. Expressions are found with one
regular expression over the text; the parse decides whether a lone month or year is a date
("in May" but not "may", "since 2022" but not "2000 troops" or "Agenda 2030") and whether a
sentence talks about the future ("will meet on Friday", "ahead of the Oct. 27 election"),
which flips resolution forward. Values are computed in ``date_values``; ``date_ranges`` reads
neighbouring durations as one and gives a day without a year the year its sentence names.

Every pattern and guard names two publishers whose dev text it fires on (dev corpus pages and dev facts
gold, by ``benchmarks.splits``), or, when dev text holds fewer, the style guide or standard that documents
the written form (ISO 8601, CLDR date formats, RFC 5322, the Chicago Manual of Style). Rules that had only
the project's own probe sentences, or one publisher, behind them were removed (issue 11, rule 4).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from spacy.tokens import Doc, Token

from extractors.facts.date_ranges import join_duration_ranges, year_from_sentence
from extractors.facts.date_values import anaphoric, numeric_day, range_end_year, resolve
from extractors.facts.gazetteer import decade_words, holidays, scale_words, word_list
from extractors.facts.nlp import SentenceIndex, lemma, text_of
from extractors.grammar import MONTHS, WEEKDAYS, month_pattern
from extractors.records import DateMention

logger = logging.getLogger(__name__)

_MONTH = month_pattern("{g}")
#: Next to a day number, "Mar", "Jun" and "Jul" need no dot to be months ("Mar 4", CNA; "02 Jun 2022", CNA
#: time stamp): one dev publisher, kept as the standard three-letter abbreviations of RFC 5322 and CLDR.
_MONTH_BY_DAY = _MONTH.replace("(?P<{g}>", r"(?P<{g}>(?:Mar|Jun|Jul)\b(?!\.)|", 1)
_WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: Beside a date, a weekday may be cut, as time stamps write it ("Mon, 10 Jun 2024"): no dev publisher, kept
#: as the weekday abbreviations of RFC 5322 date-times and CLDR ("Tues.", "Thurs." as Chicago 10.41 lists).
_WEEKDAY_BY_DATE = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?)"
_YEAR = r"(?P<{g}>(?:1[0-9]|20)\d\d)"
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
#: Counts, lower case or capitalised at a sentence start ("Six months ago", "Seven-year itch"); spelt
#: out rather than case-insensitive, which costs the scan a third more time. Digits may be grouped in thousands,
#: so a count is never cut at its comma into "000": "over 60,000 hours annually" (CIO), "for 10,000 years" (Las
#: Vegas Sun), "about 6,000 years ago" (Knowable Magazine). "a couple of" is a vague count as "a few": "for a couple
#: of hours" (Hot Air), "for what could be a couple of weeks" (Gothamist), "going away in a couple of months"
#: (HuffPost, en_real11), "spent a couple of years there" (Aeon).
_COUNT_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    "a|an|several|a few|a couple of|few|many|some"
)
#: A count of hundreds or thousands spelt out: "wait a hundred years" (Nature), "to last a thousand years"
#: (Architectural Digest), "a hundred years ago" (Mother Jones), "nearly a hundred years later" (Substack), "over the
#: past two thousand years", "for several hundred years" (Religion News Service), "a few hundred years earlier"
#: (Atlas Obscura, dev gold).
#: The scale follows a count already matched, so the scan tries it only there (as an alternative of its own it cost
#: the date scan a sixth more time).
_SCALED_COUNT = r"(?:\s+(?:hundred|thousand))?"
_COUNT = (
    r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?|" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _COUNT_WORDS.split("|")) + ")"
    + _SCALED_COUNT
)
#: "semester" counts too: "one semester or one academic year" (Nature), "a one-semester, 16-credit program" (Battle
#: Creek Enquirer).
_DURATION_UNIT = r"(?:year|month|week|day|hour|minute|decade|centur(?:y|ie)|semester)s?"
#: A bare plural unit hyphened to "long" is a vague length, a duration as "for months": "the months-long conflict"
#: (Al Jazeera), "a months-long pandemic" (USA Today), "This decades-long staffing surge" (The Federalist Papers)
#: (data/en/long_length_units.txt).
_LONG_LENGTH = (
    r"(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(word_list("long_length_units"))) + r")-long\b"
)
#: The low end of a range of counts written with a dash, the high end's unit shared: "serve 7-9 years in prison"
#: (ABC News), "3-4 days of use" (The Verge), "the first 9–12 months of the war" (Nature), "live 10 – 15 years"
#: (Animal World). Up to three digits, so a year range ("2022-23 year") is no count; the high end is digits, so a
#: price per period is no range ("a $600-a-week increase", The Economist; "Amazon's $119-a-year shipping", The
#: Seattle Times).
_DASHED_LOW = r"\d{1,3}\s*[-–]\s*(?=\d)"
_APPROX = r"(?:(?:roughly|about|nearly|almost|some|around|more than|over|at least|up to|less than|an?)\s+)"
_HOLIDAY = "|".join(
    re.escape(name).replace("'", "['’]?") for name in sorted(holidays(), key=len, reverse=True)
)
_ORDINAL = r"(?i:first|second|third|fourth|1st|2nd|3rd|4th)"

#: Alternatives in priority order: the first that matches at a position wins.
PATTERNS: tuple[tuple[str, str], ...] = (
    # ISO 8601 calendar date "2020-08-01" (Haki Benita's query output; one dev publisher, a standard form).
    ("iso_day", _YEAR.format(g="y") + r"-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
    # All-numeral dates "15/3/2024", "3/15/2024": no dev publisher; the short date of CLDR's English locales
    # (dd/MM/y in 101 of them, M/d/yy in en_US) and Chicago 9.37. Dotted and dashed forms had only probes.
    ("numeric_day", r"(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/" + _YEAR.format(g="y")),
    # "on Friday, 2 May, heard" (Daily Maverick), "Saturday, May 14, 2022" (CNA), "Monday, Nov. 3" (US News):
    # one day, whose weekday fixes the year.
    (
        "weekday_date",
        _WEEKDAY_BY_DATE
        + r",?\s+(?:the\s+)?(?:"
        + _DAY.format(g="d")
        + r"\s+(?:of\s+)?"
        + _MONTH_BY_DAY.format(g="m")
        + r"|"
        + _MONTH_BY_DAY.format(g="m2")
        + r"\s+"
        + _DAY.format(g="d2")
        + r"\b)(?:,?\s+"
        + _YEAR.format(g="y")
        + r")?",
    ),
    # "May 2-4", "July 14 to 28": both ends of a range of days. One dev publisher ("Jan. 1-3", AL.com); ranges
    # of dates with a dash are a style-guide form (Chicago 6.78).
    (
        "month_day_range",
        _MONTH_BY_DAY.format(g="m")
        + r"\s+"
        + _DAY.format(g="d1")
        + r"\s*(?:-|–|to|through|until)\s*"
        + _DAY.format(g="d")
        + r"\b(?:,?\s+"
        + _YEAR.format(g="y")
        + r")?",
    ),
    # "behind the Oct. 7 attacks" (CBC), "on December 4, where" (Express), "On March 19, 2020," (The Intercept).
    (
        "month_day",
        _MONTH_BY_DAY.format(g="m")
        + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+"
        + _YEAR.format(g="y")
        + r")?",
    ),
    # "from 14 to 28 July", "between 3 and 5 May": no dev publisher; the day-first range of the same style rule.
    (
        "day_range",
        _DAY.format(g="d1")
        + r"\s*(?:-|–|to|and)\s*"
        + _DAY.format(g="d")
        + r"\s+(?:of\s+)?"
        + _MONTH_BY_DAY.format(g="m")
        + r"(?:,?\s+"
        + _YEAR.format(g="y")
        + r")?",
    ),
    # "on 28 February, rejected" (Daily Maverick), "on 24 January, Mbumba" (The Namibian), "2 April 1993" (Lesotho Times).
    (
        "day_month",
        r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
        + _MONTH_BY_DAY.format(g="m")
        + r"(?:,?\s+"
        + _YEAR.format(g="y")
        + r")?",
    ),
    # "that Christmas Eve" (Fox Business), "on New Year's Day" (OK!), "by Halloween" (The Atlantic's CityLab).
    ("holiday", r"(?P<hol>" + _HOLIDAY + r")(?:,?\s+" + _YEAR.format(g="y") + r")?"),
    # "In September 2022," (BBC), "in December 2024" (Daily Maverick), "January of 2013" (US News).
    ("month_year", _MONTH_BY_DAY.format(g="m") + r",?\s+(?:of\s+)?" + _YEAR.format(g="y")),
    # "in January last year" (Daily Maverick), "June last year" (Express), "from September next year" (CNA).
    ("month_rel_year", _MONTH.format(g="m") + r"\s+(?:of\s+)?(?P<rel>last|this|next)\s+year"),
    # "by the end of the year" (Rest of World, Washington Times), "the beginning of this year" (Substack).
    (
        "year_part",
        r"(?P<part>[Tt]he end of|[Tt]he beginning of|[Tt]he start of|[Tt]he middle of)\s+(?:the|this)\s+year",
    ),
    # "this morning" (The Independent, National Post), "this evening" (Mirror, cricket.com.au).
    ("day_part", r"(?P<rel>[Tt]his|[Yy]esterday)\s+(?:morning|afternoon|evening)"),
    # "At the end of 2014," (Businessweek), "at the end of 2021" (FT), "since mid-2007" (Pew), "In early 2025" (Nature).
    (
        "part_year",
        r"(?P<part>[Ee]arly|[Ll]ate|[Mm]id|[Tt]he end of|[Tt]he beginning of|[Tt]he start of|"
        r"[Tt]he middle of|[Tt]he first half of|[Tt]he second half of)[- ]" + _YEAR.format(g="y"),
    ),
    # "from late January" (Daily Maverick), "in late March" (The New Yorker), "mid-August" (Deadline, India Times).
    ("part_month", r"(?P<part>[Ee]arly|[Ll]ate|[Mm]id)[- ]" + _MONTH.format(g="m")),
    # "a rebound in the second quarter" (Financial Post), "in the fourth quarter of 2014" (HuffPost),
    # "its first-quarter letter" (FT).
    (
        "quarter",
        r"(?:[Tt]he\s+)?(?P<q>" + _ORDINAL + r")[- ]quarter(?:\s+of\s+" + _YEAR.format(g="y") + r")?",
    ),
    # "Q3 2024", "2024 Q3", "in Q3": no dev publisher writes one as a date (Financial Post's "for Q1 last week"
    # is left alone); the standard quarter code of business reporting.
    (
        "quarter_code",
        r"Q(?P<q>[1-4])\s+"
        + _YEAR.format(g="y")
        + r"|"
        + _YEAR.format(g="y2")
        + r"\s+Q(?P<q2>[1-4])|Q(?P<q3>[1-4])(?![\w-])",
    ),
    # "H1 2024", "2024 H2": no dev publisher; the half-year code of the same reporting convention as "Q3 2024".
    (
        "half_code",
        r"H(?P<h>[12])\s+" + _YEAR.format(g="y") + r"|" + _YEAR.format(g="y2") + r"\s+H(?P<h2>[12])",
    ),
    # "in the winter of 2012" (The New Yorker), "in the spring of 2015" (Space.com), "the summer of 2020" (CNBC).
    (
        "season_year",
        r"(?P<s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+(?:of\s+)?" + _YEAR.format(g="y"),
    ),
    # "later this summer" (TechCrunch, canada.ca), "Last fall," (Washington Post), "next spring" (Nikkei Asia).
    ("season_rel", r"(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<s>spring|summer|autumn|fall|winter)"),
    # "during the summer", "since spring", "in the fall": a season named with no year (see SEASON_PREPOSITIONS).
    (
        "season_bare",
        r"(?:[Tt]he\s+)?(?:(?:early|late)[- ])?(?P<s>spring|summer|autumn|fall|winter)(?![\w-])(?!\s+(?:of\b|\d))",
    ),
    # "in the 1930s" (Politico), "Built in the mid-1950s" (Rest of World), "her inner '90s child" (Glamour),
    # "envisioned in the ’60s" (Roots of Progress).
    ("decade", r"(?:[Tt]he\s+)?(?:(?:early|late|mid)[- ])?(?:(?P<dec>(?:1[89]|20)\d0)s|['’](?P<dec2>\d0)s)"),
    # "in the nineties" (n+1), "that of the Thirties" (Evening Standard), "since the Sixties" (Roots of Progress),
    # "the late fifties" (Substack), "films of the late seventies" (The Criterion Collection): a decade spelt as a
    # word (data/en/decade_words.tsv), after a preposition of time (see _is_date).
    (
        "decade_word",
        r"[Tt]he\s+(?:(?:early|late|mid)[- ])?(?P<word>"
        + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in decade_words())
        + r")(?![\w-])",
    ),
    # "Nine months ago," (BBC, The Motley Fool), "eight years ago" (Evening Standard), "four years ago" (Lesotho Times);
    # "happened a decade ago" (Ars Technica), "the peak of a decade ago" (The Economist): the year ten before.
    # An approximate count is one too, its span the count's: "over three years ago" (Fortune), "nearly six months
    # ago" (Kotaku), "about a year ago" (China Daily), "about a month ago" (Miami Herald), "less than three months
    # ago" (Politico); else the duration "over three years" took the words and was dropped before "ago".
    ("ago", _APPROX + r"?(?P<n>" + _COUNT + r")\s+(?P<unit>year|month|day|week|decade)s?\s+ago"),
    # "N years on," opening a clause counts from an event to the time of writing, the publication year, as the
    # gold reads "But a year on, how are the survivors coping?" and "One year on, Marc feels" (ITV News, "a year
    # on" -> 2014) and as "Whatever be the case, 75 years on, India and Pakistan celebrate" (India Times) reads:
    # a date phrase like "eight years ago", no duration. "a week on from the Southport attack" (Mirror) counts
    # from a named event and stays a duration.
    ("years_on", r"(?P<n>" + _COUNT + r")\s+(?P<unit>year|decade)s?\s+on(?=,)"),
    # "The next year", "16 years later" count from the date the text named last, not from publication (see
    # date_values.anaphoric); "for the next year" / "over the past year" (abcau, engadget,
    # globalbankingfinance) is a span, taken by bare_duration from its preposition.
    # "arrested the next day" (NPR), "The following year," (Ottawa Citizen), "The following month" (The Intercept).
    ("anaphoric", r"[Tt]he\s+(?:next|following)\s+(?P<unit>year|month|day)"),
    # "seven months later" (Nature), "Two years later," (Nine News), "Five years later," (Rest of World); "earlier"
    # counts back: revenue "in the first quarter compared with a year earlier" (Chicago Tribune, dragnet probe
    # en_real3), notices "in the third quarter, down 25.5 percent from a year earlier" (SFGate), while "earlier
    # this month" is the month ("a week earlier this month", Seattle Times).
    (
        "later",
        r"(?P<n>" + _COUNT + r")\s+(?P<unit>year|month|day)s?\s+(?P<dir>later(?!\s+than)|earlier(?!\s+than)(?!\s+this\b))",
    ),
    # "last year" (Daily Maverick, Express), "earlier this month" (The Intercept, Seattle Times).
    (
        "rel_period",
        r"(?:(?:[Ee]arlier|[Ll]ater)\s+)?(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<unit>year|month)(?:['’]s)?",
    ),
    ("skip_week", r"(?:[Ll]ast|[Tt]his|[Nn]ext)\s+week(?:end)?"),
    # "sat before me today" (BBC), "In Parliament yesterday," (Malay Mail), "are tonight chanting" (Mirror).
    ("rel_day", r"(?P<rd>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)"),
    # "just 18 months left" (BBC), "over the past 10 months" (CBC), "two or three years" (Daily Mail).
    (
        "duration",
        (
            r"(?:(?:[Ff]or|[Oo]ver|[Dd]uring|[Ww]ithin|[Tt]he past|[Tt]he last|[Tt]he next|[Tt]he|[Aa]n?)\s+)?"
            + _APPROX
            + r"?"
            + r"(?:"
            + _COUNT
            + r"\s+(?:or|to)\s+|"
            + _DASHED_LOW
            + r")?"
            + _COUNT
            + r"[- ]"
            + _DURATION_UNIT
            + r"(?:[- ]long)?(?:\s+period)?"
        ),
    ),
    # "for decades" (Yomiuri, Washington Post), "over the next decade" (Nature, Rest of World), "thousands of
    # years" (The New Yorker, Kotaku), "For billions of years" (Kotaku), "Billions of years pass" (The A.V. Club),
    # "without water for days" (Lesotho Times), "struggled for hours" (National Post), "soak for several hours"
    # (Seattle Times); not "within days" or "within hours", which the probes leave unlabelled ("sold out within
    # hours").
    (
        "bare_duration",
        (
            r"(?:(?:[Ff]or|[Oo]ver|[Ww]ithin)\s+(?:(?:several|many|a few)\s+)?"
            r"(?:decades|years|months|weeks|centuries|a decade|a century)|"
            r"(?:[Ff]or|[Oo]ver)\s+(?:(?:several|many|a few)\s+)?(?:days|hours)\b|"
            r"(?:[Ff]or|[Oo]ver|[Dd]uring|[Ww]ithin|[Ii]n)\s+the\s+(?:past|last|next|coming)\s+(?:year|month|decade)\b|"
            r"(?:[Hh]undreds|[Tt]housands|[Dd]ozens|[Mm]illions|[Bb]illions)\s+of\s+(?:years|months|weeks|days|hours)|"
            + _LONG_LENGTH
            + r")"
        ),
    ),
    # "from 2019 to 2021" is two years by the year rule; "in 2019-2021" needs its own: "based on 1988-2006
    # data" (Pew), "fiscal year (FY) 2022-2023" (Modern Diplomacy). "1939-45" cut as Chicago 9.64 writes year
    # spans; "2023-24" is a season or fiscal year (see _is_date).
    ("year_range", _YEAR.format(g="y") + r"\s*[-–]\s*(?P<y2>(?:1[0-9]|20)?\d\d)(?![\d-])"),
    # "lands in Kenya later on Friday" (BBC), "named ... on Tuesday" (CBC), "Last Monday," (Mexico News Daily);
    # "last"/"next"/"this" before a weekday are the forms AP style prescribes for days within a week.
    ("weekday", r"(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?" + _WEEKDAY),
    # "killed in South Carolina in June" (BBC), "Israel's decision in March" (Daily Maverick).
    ("month", _MONTH.format(g="m")),
    # "since coming to power in 2009" (BBC), "has led Hamas ... since 2017" (CBC).
    ("year", _YEAR.format(g="y")),
)
MASTER = re.compile(
    # a word start, or the apostrophe of "'90s"; the first look-ahead skips spaces and punctuation fast
    r"(?=[\w'’])(?:\b|(?=['’]\d0s\b))(?:"
    + "|".join(f"(?P<{name}>{pattern.replace('(?P<', f'(?P<{name}__')})" for name, pattern in PATTERNS)
    + ")"
)
GROUPS = {name: [g for g in MASTER.groupindex if g.startswith(name + "__")] for name, _ in PATTERNS}

#: Words that, right before a lone month or year, make it a date ("in May", "since 2022").
DATE_PREPOSITIONS = word_list("date_prepositions")
FUTURE_AUX = word_list("future_aux")
STATIVE_LEMMAS = word_list("stative_lemmas")
HYPOTHETICAL_MODALS = word_list("hypothetical_modals")
SPEECH_VERBS = word_list("speech_verbs")
FUTURE_LEMMAS = word_list("future_lemmas")
#: "met for the debate on Saturday ahead of the Oct. 27 general election" (Yomiuri), "ahead of Friday's
#: election" (Politico). Other openers ("starting", "scheduled for", "taking effect") had one publisher each.
FUTURE_BEFORE = re.compile(r"ahead of\s+(?:the\s+|this\s+)?$", re.IGNORECASE)
#: "could come as soon as Thursday" (The Washington Post), "could arrive as early as June" (The Verge): the earliest
#: time a thing may happen lies ahead (data/en/ahead_openers.txt). Only dates with no year reach it.
AHEAD_BEFORE = re.compile(
    r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(word_list("ahead_openers"))) + r")\s+$",
    re.IGNORECASE,
)
#: "From" points forward only before a full day: "From June 1 we'll bring a further 250" (TimesLIVE), "from
#: 19 July 2024" (Daily Maverick).
FUTURE_BEFORE_DAY = re.compile(r"from\s+$", re.IGNORECASE)
#: The end of a span or a deadline without a year lies ahead: "cancelling Boeing's Max 737 flights through
#: mid-August", "canceled its Max flights through 5 August" (Deadline), "asked for answers no later than May 10"
#: (Fox News). Not "until" ("didn't search the alleged police station until October", Fox News, is past), and
#: not the end of a closed range that opened before it ("from January through March": see SPAN_OPENED).
SPAN_END_BEFORE = re.compile(r"(?:\bthrough|\bno later than)\s+$", re.IGNORECASE)
SPAN_OPENED = re.compile(r"\b(?:from|between)\b", re.IGNORECASE)
#: A season with no year is a date after a preposition of time (data/en/season_prepositions.txt), with "the"
#: ("during the summer", UCSB Daily Nexus, Miami Herald; "announced his candidacy in the fall", Time; "in the
#: summer", Daily Mail) or after "since" ("since spring", UCSB Daily Nexus; "since the spring", CBC;
#: "since early autumn", The Stack), in a clause told in the past (the latest such season on or before
#: publication) or ahead ("will air on PBS in the fall", Vox; "will go on sale in the spring", USA Today: the next
#: one). A present-tense clause is a habit ("disappearing during the winter", History Today; "Super-rotations are
#: fun ... in the winter", SB Nation; "heating if the electricity is cut during the winter", Metro), "in winter"
#: without "the" one too, and a season before a noun ("the summer break", "spring training") or "of" ("the fall of
#: Kabul") no date. Known wrong: a past season the parse hangs on a coming verb ("will press war crimes charges ...
#: for the bloody Gaza conflict during the summer", Washington Post) reads ahead.
SEASON_PREPOSITIONS = word_list("season_prepositions")
#: Kinds whose future reading a preposition like "from" may trigger (a month-year never needs it).
FORWARD_KINDS = frozenset(
    {
        "season_bare",
        "month_day",
        "day_month",
        "month_day_range",
        "day_range",
        "holiday",
        "weekday",
        "month",
        "part_month",
        "quarter",
        "quarter_code",
    }
)
#: "this" before a month, or a month and day, names the one of the publication year, ahead of publication or
#: behind it, whatever the verb: "could be just as close this November" (USA Today, written in February), "is set
#: to receive a prestigious accolade this December" (Express), "Their streak ended this May" (The New Yorker), "from
#: this September" (CNA).
THIS_BEFORE = re.compile(r"\b[Tt]his\s+$")
THIS_KINDS = frozenset({"month", "month_day", "day_month", "part_month"})
#: A day or month with no year that a word of data/en/schedule_words.txt governs ("originally scheduled to be held
#: on Oct. 25", "slated for Oct. 19", The Hollywood Reporter; "were scheduled for release beginning Feb. 19", Time)
#: takes the occurrence nearest publication (see _scheduled).
SCHEDULE_WORDS = word_list("schedule_words")
NEAREST_KINDS = frozenset({"month", "month_day", "day_month"})
#: Kinds that name two dates, the start (group ``d1`` or ``y``) and the end.
RANGE_KINDS = frozenset({"month_day_range", "day_range", "year_range"})
#: A fiscal year ("fiscal 2025", "FY 2024") has no calendar value. One dev publisher writes one ("fiscal year
#: (FY) 2022-2023", Modern Diplomacy, with the abbreviation in brackets); fiscal years are a standard form (AP
#: Stylebook, "fiscal year"), and defining an abbreviation in brackets at first use is standard report style.
FISCAL_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for w in sorted(word_list("fiscal_words"), key=len, reverse=True))
    + r")(?:\s*\([A-Z]{2,4}\))?\s*$",  # "fiscal year (FY) 2022-2023": the abbreviation in brackets between
    re.IGNORECASE,
)
FISCAL_AFTER = re.compile(
    r"^\s+of\s+(?:the\s+)?(?:"
    + "|".join(re.escape(w) for w in sorted(word_list("fiscal_words"), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
#: A hyphenated prefix before a date that still names it (data/en/date_prefixes.txt): "its pre-August 5 position"
#: (India Times), "I never expected pre-2020" (The New Yorker), "the post-1991 world order" (Substack).
DATE_PREFIX = re.compile(r"\b(?:" + "|".join(map(re.escape, word_list("date_prefixes"))) + r")-$", re.IGNORECASE)
#: Verbs whose bare plural time unit object is a duration (data/en/duration_verbs.txt; see _spent_units).
DURATION_VERBS = word_list("duration_verbs")
#: Prepositions before "<bare unit> of" that make the unit a duration: "after weeks of speculation" (Raw Story).
BARE_UNIT_PREPOSITIONS = word_list("bare_unit_prepositions")
BARE_UNITS = frozenset({"minutes", "hours", "days", "weeks", "months", "years", "decades"})
#: "the Good Friday Agreement" (Evening Standard), "On Easter Sunday," (The New Yorker), "an Ash Wednesday-like
#: smearing" (Vox): a weekday inside a named day (data/en/named_days.txt), not a date.
NAMED_DAY_BEFORE = re.compile(r"\b(?:" + "|".join(map(re.escape, word_list("named_days"))) + r")\s+$")
#: A weekday after the indefinite article is any such day, no date: "That's a Tuesday, not a Wednesday"
#: (MacRumors), "whether Christmas falls on a Tuesday" (GQ), "a Monday night game" (Deadspin).
ARTICLE_BEFORE = re.compile(r"\b[Aa]n?\s+$")
#: A year closing a law's name after a comma or "of" (data/en/law_year_heads.txt): "(Promotion and Facilitation)
#: Act, 2020" (India Times), "Amendments Act of 2017" (Las Vegas Sun), "the Cheap Labor Act of 2024" (Sun-Sentinel),
#: "Cyber Security Bill, 2023" (Lesotho Times): a name, as "Budget 2024", no date.
LAW_YEAR_BEFORE = re.compile(r"\b(?:" + "|".join(map(re.escape, word_list("law_year_heads"))) + r")(?:,|\s+of)\s+$")
#: A day after "every"/"each" recurs, a habit and no date (data/en/recurrence_words.txt): "Every Thursday, we
#: have decided" (EdSurge), "as they did every Saturday" (Perez Hilton), "every Friday morning" (The Intercept),
#: "declaring every 2 April as" (Lesotho Times).
RECURRING_BEFORE = re.compile(
    r"\b(?:" + "|".join(map(re.escape, word_list("recurrence_words"))) + r")\s+$", re.IGNORECASE
)
#: Two weekdays joined run forward, the second never before the first: "possible ... both Friday and Saturday",
#: "violent storms Friday and/or Saturday" (Washington Post, published on the Friday), "on Friday and Saturday"
#: (Glamour).
WEEKDAY_JOINER = re.compile(r",?\s+(?:and|or|and/or|to|through|until)\s+")
MONTH_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"spring", "summer", "autumn", "fall", "winter"}
#: An age or a time ago, not a duration: "who was 11-years-old" (Daily Star), "20-year-old Ethan Chapin"
#: (Gateway Pundit), "I was 12 years old" (National Post), "over a decade ago" (TechCrunch); people of an age:
#: "six year olds and eight year olds" (EdSurge), "to 14-year-olds today" (Aeon), "The 26-year-olds renamed"
#: (Business Today), "for 17-year-olds since 1992" (The Federalist Papers); a difference of ages: "could easily
#: pass for a man 10 years younger" (Evening Standard), "more than 30-years older than his wife" (Daily Mail).
NOT_AFTER_DURATION = re.compile(r"^(?:[- ]olds?\b|\s+olds?\b|\s+ago\b|\s+(?:younger|older)\b)")
#: "one day" alone is some day, not a span of one: "a hero who would one day emerge" (Kotaku), "they could one day
#: be used" (Live Science), "perhaps one day even grow" (TechCrunch), "until, one day, the melting" (The New
#: Yorker), "There was one day I asked Gary" (Mirror). A span says what it runs to or of ("one day after the
#: vote", "one day of mourning"), or its preposition opens the match ("from just over one day to four days", Metro).
ONE_DAY_SPAN_AFTER = re.compile(r"^(?:\s+(?:after|before|of|to|or|and)\b|[-–])", re.IGNORECASE)
#: A second decade word after a dated one: "in the thirties and forties" (see _joined_decade_words).
DECADE_WORD_JOINED = re.compile(
    r"\s+(?:and|or)\s+(?:the\s+)?(?:(?:early|late|mid)[- ])?(?P<word>"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in decade_words())
    + r")(?![\w-])"
)
#: "a couple of" before an offset word (data/en/vague_offset_words.txt) is a vague offset, no duration: "A couple of
#: years previously" (National Post), as "a few months later" in the Ottawa Citizen dev gold.
COUPLE_OF = re.compile(r"\b[Aa] couple of\s")
VAGUE_OFFSET_AFTER = re.compile(
    r"^\s+(?:" + "|".join(map(re.escape, sorted(word_list("vague_offset_words")))) + r")\b", re.IGNORECASE
)
#: A half unit more belongs to the duration: "for an hour and a half" (HuffPost), "ran for roughly an hour and a
#: half" (USA Today), "for a decade and a half" (The Intercept), "for the past year and a half" (The Motley Fool),
#: "a year and a half before" (Vulture).
HALF_AFTER = re.compile(r"\s+and\s+a\s+half\b")
#: "24-hour" before a service word (data/en/round_the_clock_nouns.txt) is round-the-clock availability, no span:
#: "24 hour online and mobile banking" (Global Banking & Finance), "a 24-hour customer-support hotline" (Fast
#: Company); the word or a part of its hyphened compound ("a 24-hour strike over pay and support" is a span).
ROUND_THE_CLOCK_AFTER = re.compile(
    r"^(?:\s+|-)(?:\w+-){0,2}(?:"
    + "|".join(map(re.escape, sorted(word_list("round_the_clock_nouns"))))
    + r")\b",
    re.IGNORECASE,
)
ROUND_THE_CLOCK = re.compile(r"(?:an?\s+)?(?:24|twenty-four)[- ]hours?", re.IGNORECASE)
#: "N days a week", "twice a year": how often, not how long ("three days per week", Ottawa Citizen; "about
#: an hour a day", Roots of Progress).
FREQUENCY_AFTER = re.compile(r"^\s+(?:a|per|each|every)\s+(?:day|week|month|year)\b", re.IGNORECASE)
#: "a hundred times a day" (Gateway Pundit), "three times a week" (WebMD), "tens of millions of dollars a year"
#: (Free Beacon), "$300 a month" (Businessweek). A number starts with a digit: a lone comma is no count ("The
#: death, a month after he was arrested", Nine News, is a duration like "about a month after", Ottawa Citizen).
#: An amount may end in a scale word (data/en/scale_words.tsv): "$60 million a week" (Businessweek), "$1 million a
#: day" (The Motley Fool).
FREQUENCY_BEFORE = re.compile(
    r"(?:\btimes|\btwice|\bonce|\bthrice|\d[\d,.]*(?:\s*(?:"
    + "|".join(sorted(map(re.escape, scale_words()), key=len, reverse=True))
    + r")\b)?|dollars|euros|pounds|millions|billions|"
    r"\bdays|\bnights|\bhours|\bshifts)\s*$",
    re.IGNORECASE,
)
#: Written day-month ("3 March") and month-day ("March 3") dates: which one an article uses decides
#: how it writes a numeric date ("3/4/2024").
_DAY_FIRST = re.compile(r"\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?" + month_pattern())
_MONTH_FIRST = re.compile(month_pattern() + r"\s+[0-3]?\d\b")


def extract_dates(doc: Doc, published: datetime | None, sentences: SentenceIndex) -> list[DateMention]:
    """Date expressions in ``doc`` with values resolved against ``published`` (None for relative ones without it)."""
    text = text_of(doc)
    pub = published.date() if published is not None else None
    found: list[DateMention] = []
    for match in MASTER.finditer(text):
        kind = match.lastgroup
        start, end = match.span()
        if not _word_bounded(text, start, end) or kind == "skip_week":
            continue
        groups = {g.split("__", 1)[1]: match.group(g) for g in GROUPS[kind] if match.group(g) is not None}
        if kind in {"anaphoric", "later"}:
            resolved = anaphoric(groups, found)
            if resolved is None and kind == "anaphoric":
                continue
            value, granularity = resolved or (None, "duration")  # "seven years later" after "the early 2010s"
        elif kind in {"duration", "bare_duration"}:
            half = HALF_AFTER.match(text[end:])
            end += half.end() if half else 0
            if NOT_AFTER_DURATION.match(text[end:]) or _is_frequency(doc, text, start, end, match.group(0)):
                continue
            if ROUND_THE_CLOCK.fullmatch(match.group(0)) and ROUND_THE_CLOCK_AFTER.match(text[end:]):
                continue  # "24 hour online banking": always open, no span
            if match.group(0).lower() == "one day" and not ONE_DAY_SPAN_AFTER.match(text[end:]):
                continue  # "would one day emerge": some day
            if COUPLE_OF.search(match.group(0)) and VAGUE_OFFSET_AFTER.match(text[end:]):
                continue  # "A couple of years previously": a vague offset
            value, granularity = None, "duration"
        elif kind == "numeric_day":
            day_first = len(_DAY_FIRST.findall(text)) >= len(_MONTH_FIRST.findall(text))
            resolved = numeric_day(int(groups["a"]), int(groups["b"]), int(groups["y"]), day_first)
            if resolved is None:
                continue
            value, granularity = resolved
        else:
            if not _is_date(doc, text, start, end, kind, groups):
                continue
            future = pub is not None and kind in FORWARD_KINDS and (
                _ahead_this_year(groups, pub) if kind in THIS_KINDS and THIS_BEFORE.search(text[:start])
                else _is_future(doc, text, start, groups)
            )
            resolved = resolve(kind, groups, pub, future)
            if resolved is None:
                continue
            if pub is not None and kind in NEAREST_KINDS and not groups.get("y") and _scheduled(doc, text, start):
                resolved = _nearest(resolved, resolve(kind, groups, pub, not future), pub)
            value, granularity = resolved
            if kind in RANGE_KINDS:
                found.extend(_range_start(match, kind, groups, value, sentences))
                start = match.start("year_range__y2" if kind == "year_range" else f"{kind}__d")
            elif kind == "ago":
                start = match.start("ago__n")
        found.append(
            DateMention(
                text=text[start:end],
                start=start,
                end=end,
                sentence=sentences.of(start),
                value=value,
                granularity=granularity,
            )
        )
    found = _joined_decade_words(text, _spent_units(doc, found, sentences), sentences)
    return join_duration_ranges(
        text, _bracketed_days(text, _weekday_pairs_forward(text, year_from_sentence(text, found)))
    )


def _spent_units(doc: Doc, found: list[DateMention], sentences: SentenceIndex) -> list[DateMention]:
    """A bare plural time unit that a verb of ``DURATION_VERBS`` takes as its object is a duration: "spent months
    planning" (NPR), "take hours to fix" (TechCrunch); not one with a count, determiner or possessive of its own. So
    is one between a preposition of ``BARE_UNIT_PREPOSITIONS`` and "of": "after weeks of speculation" (Raw Story)."""
    added = []
    for token in doc:
        if (
            token.lower_ in BARE_UNITS
            and (
                token.dep_ == "dobj"
                and lemma(token.head) in DURATION_VERBS
                and not any(True for _ in token.children)
                or 0 < token.i < len(doc) - 1
                and doc[token.i - 1].lower_ in BARE_UNIT_PREPOSITIONS
                and doc[token.i + 1].lower_ == "of"
            )
            and not any(m.start < token.idx + len(token.text) and token.idx < m.end for m in found)
        ):
            start, end = token.idx, token.idx + len(token.text)
            added.append(DateMention(token.text, start, end, sentences.of(start), None, "duration"))
    return sorted([*found, *added], key=lambda m: m.start) if added else found


def _joined_decade_words(text: str, found: list[DateMention], sentences: SentenceIndex) -> list[DateMention]:
    """A decade word joined by "and"/"or" to a dated decade word is a decade too, its "the" shared: "Hollywood
    musicals from the thirties and forties" (The Criterion Collection), "liberal analysts in the thirties and
    forties" (Substack); alone the second lacks the "the" its pattern needs ("in my twenties" stays out)."""
    joined = list(found)
    for mention in found:
        if mention.granularity != "decade" or not (after := DECADE_WORD_JOINED.match(text, mention.end)):
            continue
        if mention.text.lower().split()[-1].split("-")[-1] not in decade_words():
            continue
        start, end = after.span("word")
        joined.append(replace(mention, text=text[start:end], start=start, end=end, sentence=sentences.of(start),
                              value=decade_words()[after.group("word").lower()]))
    return sorted(joined, key=lambda m: m.start)


def _bracketed_days(text: str, found: list[DateMention]) -> list[DateMention]:
    """A weekday followed by its date in brackets is that date: "the police said on Friday (Jan 17)" (CNA), "On
    Tuesday (Dec 19), city staffers" (BET), "economies on Thursday (Nov 16)" (Hot Air), "released Wednesday (Oct.
    4)" (Religion News Service); resolved alone, the weekday took the latest such day before publication."""
    dated = list(found)
    for i in range(len(dated) - 1):
        day, bracketed = dated[i], dated[i + 1]
        if (
            day.text.lower() in WEEKDAYS
            and bracketed.granularity == "day"
            and bracketed.value is not None
            and text[day.end : bracketed.start] == " ("
            and text[bracketed.end : bracketed.end + 1] == ")"
        ):
            dated[i] = replace(day, value=bracketed.value)
    return dated


def _weekday_pairs_forward(text: str, found: list[DateMention]) -> list[DateMention]:
    """The second of two joined weekdays ("Friday and Saturday") a week later when it resolved before the first:
    a pair runs forward (see ``WEEKDAY_JOINER``)."""
    paired = list(found)
    for i in range(1, len(paired)):
        first, second = paired[i - 1], paired[i]
        if (
            first.text.lower() in WEEKDAYS
            and second.text.lower() in WEEKDAYS
            and first.value is not None
            and second.value is not None
            and second.value < first.value
            and WEEKDAY_JOINER.fullmatch(text[first.end : second.start])
        ):
            later = date.fromisoformat(second.value) + timedelta(days=7)
            paired[i] = replace(second, value=later.isoformat())
    return paired


def _range_start(
    match: re.Match[str], kind: str, groups: dict[str, str], end_value: str | None, sentences: SentenceIndex
) -> list[DateMention]:
    """The first date of "2019-2021", "May 2-4" or "from 14 to 28 July": the end date's year and month
    with the first day (or the first year), when it comes before the end."""
    if kind == "year_range":
        first, last = int(groups["y"]), range_end_year(groups)
        if not first < last <= first + 100:
            return []
        start, end, value = match.start(f"{kind}__y"), match.end(f"{kind}__y"), groups["y"]
        return [DateMention(value, start, end, sentences.of(start), value, "year")]
    if end_value is None or int(groups["d1"]) >= int(groups["d"]):
        return []
    try:
        value = date.fromisoformat(end_value).replace(day=int(groups["d1"])).isoformat()
    except ValueError:
        return []
    start, end = match.start(), match.end(f"{kind}__d1")
    return [DateMention(match.string[start:end], start, end, sentences.of(start), value, "day")]


def _is_frequency(doc: Doc, text: str, start: int, end: int, matched: str) -> bool:
    """ "five days a week", "twice a year", "$10m a year", "50,000 passengers a day": a rate, not a duration."""
    if FREQUENCY_AFTER.match(text[end:]):
        return True
    first = matched.split()[0].lower()
    if first not in {"a", "an"}:
        return False
    if FREQUENCY_BEFORE.search(text[max(0, start - 20) : start]):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    counted = doc[span.start - 1]  # "three meals a day" (Mirror), not "gun laws a year after" (Fox 13)
    return counted.tag_ in {"NNS", "NNPS"} and any(child.dep_ == "nummod" for child in counted.children)


def _word_bounded(text: str, start: int, end: int) -> bool:
    """Whether a match stands as its own word (not inside "A350", "Holidays in 2025/2026" (Daily Star),
    "Royal Parade/Mayflower Street" (Mirror) or "COVID-19"); "mid-2022" (Yonhap) starts a word."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before == "/" or after == "/" and end + 1 < len(text) and text[end + 1].isdigit():
        return False
    return not (
        before.isalnum()
        or before == "-"
        and start > 1
        and text[start - 2].isalnum()
        and not text[start - 4 : start - 1].lower().endswith("mid")
        and not DATE_PREFIX.search(text[max(0, start - 6) : start])
    ) and not (after.isalnum())


def _is_date(doc: Doc, text: str, start: int, end: int, kind: str, groups: dict[str, str]) -> bool:
    """Whether a lone month, year, year span or quarter code is a date here (see :func:`_standalone_ok`)."""
    if kind in {"year", "year_range", "quarter", "quarter_code"}:
        if FISCAL_BEFORE.search(text[max(0, start - 20) : start]) or FISCAL_AFTER.match(text[end:]):
            return False  # "fiscal 2025", "its fiscal fourth quarter", "the fourth quarter of fiscal 2023"
        if kind == "year_range" and len(groups["y2"]) == 2 and range_end_year(groups) == int(groups["y"]) + 1:
            return False  # "the 2021-22 fiscal year" (Modern Diplomacy), "the 2023-24 season": one year
    if kind in {"year", "year_range"} and LAW_YEAR_BEFORE.search(text[max(0, start - 12) : start]):
        return False  # "Act, 2020", "Act of 2024"
    if RECURRING_BEFORE.search(text[max(0, start - 8) : start]):
        return False  # "every Saturday", "every 2 April"
    if kind == "weekday" and NAMED_DAY_BEFORE.search(text[max(0, start - 12) : start]):
        return False  # "Good Friday", "Easter Sunday"
    if kind == "weekday" and "rel" not in groups and ARTICLE_BEFORE.search(text[max(0, start - 4) : start]):
        return False  # "falls on a Tuesday"
    if kind == "rel_day" and groups["rd"].lower() == "today" and _present_age(doc, start, end):
        return False  # "which is most software today"
    if kind == "rel_day" and _inside_title(doc, start, end):
        return False  # "The Tonight Show", "Legends of Tomorrow"
    if kind == "quarter_code" and "q3" in groups:  # "in Q3", not "for Q1 last week" (Financial Post)
        span = doc.char_span(start, end, alignment_mode="expand")
        return span is not None and span.start > 0 and doc[span.start - 1].lower_ in DATE_PREPOSITIONS
    if kind == "decade_word":  # "in the nineties", not "in my twenties" (no "the") or "got into the sixties"
        span = doc.char_span(start, end, alignment_mode="expand")
        return span is not None and span.start > 0 and doc[span.start - 1].lower_ in DATE_PREPOSITIONS
    if kind == "year" and DATE_PREFIX.search(text[max(0, start - 6) : start]):
        return True  # "pre-2020" (The New Yorker), "the post-1991 world order" (Substack)
    if kind in {"month", "year"}:
        return _standalone_ok(doc, text, start, end, kind, groups)
    if kind == "season_bare":
        return _dated_season(doc, start, end)
    return True


def _dated_season(doc: Doc, start: int, end: int) -> bool:
    """Whether a season with no year is a date here (see ``SEASON_PREPOSITIONS``): after a preposition of time,
    with "the" or after "since", not before a noun, in a clause told in the past or ahead."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    prev = doc[span.start - 1].lower_
    if prev not in SEASON_PREPOSITIONS or (span[0].lower_ != "the" and prev != "since"):
        return False
    season = span[-1]
    if span.end < len(doc) and doc[span.end].pos_ in {"NOUN", "PROPN"}:
        return False  # "the summer break", "the spring quarter"
    if prev == "since":
        return True
    node = season
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            aux = {child.lower_ for child in node.children if child.dep_ in {"aux", "auxpass"}}
            if node.tag_ == "VBD" or aux & {"was", "were", "has", "have", "had", "did"}:
                return True
            return bool(aux & FUTURE_AUX) or _looks_ahead(node) and node.tag_ != "VBD"
    return False


def _standalone_ok(doc: Doc, text: str, start: int, end: int, kind: str, groups: dict[str, str]) -> bool:
    """A lone month or year is a date only in date context (so "May" the verb and "2022 troops" are not)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if span[0].ent_type_ in {"WORK_OF_ART", "LAW", "PRODUCT", "ORG", "PERSON"}:
        return False  # "May's larger-than-expected increase" (Financial Post), "Mark May" (AL.com)
    prev_token = doc[span.start - 1] if span.start > 0 else None
    prev = prev_token.lower_ if prev_token is not None else ""
    nxt = doc[span.end] if span.end < len(doc) else None
    if kind == "month":
        name = groups["m"].rstrip(".").lower()
        if name in {"may", "march"} or groups["m"].endswith(".") is False and len(name) == 3:
            return prev in DATE_PREPOSITIONS or span[0].ent_type_ == "DATE"
        return span[0].ent_type_ == "DATE" or prev in DATE_PREPOSITIONS or span[0].pos_ == "PROPN"
    if (
        nxt is not None
        and nxt.tag_ in {"NNS"}
        and span[0].dep_ == "nummod"
        and not _year_before_plural(prev_token, groups)
    ):
        return False  # "2000 troops"
    if _after_name(prev_token):
        return False  # "Budget 2024" (Ottawa Citizen), "Vision 2040" (Rest of World), "Worlds 2013" (ONE Esports)
    if int(groups["y"]) < 1800:  # "In 1781", "from around 1490" (Atlas Obscura), not "from 1200 to 1500"
        return span[0].ent_type_ == "DATE" and prev in DATE_PREPOSITIONS
    return span[0].ent_type_ == "DATE" or prev in DATE_PREPOSITIONS


def _present_age(doc: Doc, start: int, end: int) -> bool:
    """ "today" as the present age, not the day of writing: a time adverb hung on a noun ("the left-wing analysis
    of China today", Substack; "voters' apparent preference today", Politico) or on a present-tense "be" that
    describes ("which is most software today", Joseph Gentle; "which today is primarily cloud computing", Seattle
    Times; "Online buyers are more sophisticated today", Fox Business; "plants ... that are in operation today",
    Roots of Progress), or on a hypothetical verb (see :func:`_hypothetical`). The day hangs on an event verb:
    "have published updated guidance today" (Metro), "said today" (Malay Mail); "Today is the deadline" has it as the
    subject."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and _of_an_age(span[0]):
        return True
    if span is None or span[0].dep_ != "npadvmod":
        return False
    head = span[0].head
    return (
        head.pos_ in {"NOUN", "PROPN"}
        or head.tag_ in {"VBZ", "VBP"} and lemma(head) in STATIVE_LEMMAS
        or _hypothetical(head)
    )


def _of_an_age(word: Token) -> bool:
    """ "today's" owning a plural noun names the people or measures of the present age, not of the day: "the needs
    of today's consumers" (Global Banking & Finance, dev gold), "by today's standards" (Blister), "to ensure that
    today's readers would be tomorrow's readers" (n+1). A plural that owns in turn ("today's pickers' meeting", Mother
    Jones) leaves the day to the thing owned."""
    head = word.head
    return (
        word.dep_ == "poss"
        and head is not word
        and head.tag_ == "NNS"
        and not any(child.dep_ == "case" for child in head.children)
    )


def _inside_title(doc: Doc, start: int, end: int) -> bool:
    """A capitalised "Today", "Tonight", "Tomorrow" or "Yesterday" inside a sentence of lower-case prose is a word of
    a title: "appeared on The Tonight Show with Jimmy Fallon" (Forbes), "shows like Search for Tomorrow and Love of
    Life" (n+1), "Supergirl, and Legends of Tomorrow) airing on the CW" (Vulture). One that opens the sentence, or
    follows a quote mark, colon or bracket, starts a clause; a headline in title case capitalises all but a few small
    words ("World Warned to Prepare for Today's Severe Geomagnetic Storm", Gizmodo), so a third of the words in lower
    case marks prose."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not span[0].text[:1].isupper() or span[0].is_sent_start or doc[span.start - 1].is_punct:
        return False
    words = [token for token in span[0].sent if token.is_alpha]
    return 3 * sum(token.text[0].islower() for token in words) >= len(words)


def _hypothetical(verb: Token) -> bool:
    """A verb under a modal of data/en/hypothetical_modals.txt ("Today, I would probably say", The New Yorker; "our
    economy today would be twice the size", Roots of Progress): what would be so now, not what happened on the day.
    Reported speech keeps its day: in "said he would sign the bill today" the modal is the future of "said"."""
    if not any(child.dep_ == "aux" and child.lower_ in HYPOTHETICAL_MODALS for child in verb.children):
        return False
    return not any(lemma(above) in SPEECH_VERBS for above in verb.ancestors)


def _year_before_plural(prev: Token | None, groups: dict[str, str]) -> bool:
    """A year between "the" or a possessive and a plural noun, like "their 2016 prospects" (US News), "its 2030
    emissions reduction target" (West Australian, dev gold) and "all the 2017 conversations" (Vox): a determiner
    puts it before its noun as a year, not a count. A round hundred ("the 2000 troops") stays a count."""
    if prev is None or int(groups["y"]) % 100 == 0:
        return False
    return prev.lower_ == "the" or prev.tag_ == "PRP$"


def _after_name(prev: Token | None) -> bool:
    """Whether a year follows a capitalised word inside a sentence that is no calendar word: a name."""
    if prev is None or prev.is_sent_start or not prev.text[:1].isupper() or not prev.text[1:].islower():
        return False
    return prev.lower_ not in DATE_PREPOSITIONS and prev.lower_.rstrip(".") not in MONTH_NAMES


def _looks_ahead(verb: Token) -> bool:
    """A verb of data/en/future_lemmas.txt, alone ("is expected on Monday"), with its object ("taking effect") or
    with its complement ("is due to launch")."""
    if lemma(verb) in FUTURE_LEMMAS:
        return True
    if any(child.dep_ == "acomp" and child.lower_ in FUTURE_LEMMAS for child in verb.children):
        return True
    if _be_to(verb):
        return True
    return any(f"{lemma(verb)} {child.lower_}" in FUTURE_LEMMAS for child in verb.children if child.dep_ == "dobj")


def _be_to(verb: Token) -> bool:
    """The "be to" future: an infinitive hung on a present-tense "be", "if the event is to be held on October 23"
    (MacRumors), "the 2020 Olympic Games, which are to be held in Tokyo beginning July 24" (Time)."""
    return (
        verb.dep_ == "xcomp"
        and any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)
        and verb.head.tag_ in {"VBZ", "VBP"}
        and lemma(verb.head) == "be"
    )


def _schedules(verb: Token) -> bool:
    """A present-tense event verb the day hangs on ("Mr Obama lands in Kenya later on Friday", BBC; "competes
    ... on Aug 2", CNA): a timetable, so ahead. "is" describes ("Here are four stocks", 24/7 Wall St.; "are
    possible ... Friday", Washington Post) and schedules nothing. Only the verb the day attaches to counts:
    "when they see a target during testimony Tuesday" (CNET) is past."""
    return verb.tag_ in {"VBZ", "VBP"} and lemma(verb) not in STATIVE_LEMMAS


def _scheduled(doc: Doc, text: str, start: int, hops: int = 5) -> bool:
    """Whether a word of ``SCHEDULE_WORDS`` governs the date within a few heads: a timetable, told about the days
    around publication whatever the tense around it ("canceled their Soho Green opening slated for Oct. 19", The
    Hollywood Reporter)."""
    span = doc.char_span(start, min(start + 1, len(text)), alignment_mode="expand")
    if span is None:
        return False
    node = span[0]
    for _ in range(hops):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lower_ in SCHEDULE_WORDS:
            return True
    return False


def _nearest(first: tuple, second: tuple | None, pub: date) -> tuple:
    """Of a date read back and the same date read ahead, the one nearer ``pub``."""
    if second is None or first[0] is None or second[0] is None:
        return first
    distance = lambda resolved: abs((date.fromisoformat(resolved[0] + ("-01" if len(resolved[0]) == 7 else "")) - pub).days)
    return second if distance(second) < distance(first) else first


def _ahead_this_year(groups: dict[str, str], pub: date) -> bool:
    """Whether the month (and day) after "this" lies after publication, so that resolving it forward, not back,
    keeps it in the publication year."""
    month = MONTHS[groups["m"].rstrip(".").lower()]
    if "d" in groups:
        return (month, int(groups["d"])) > (pub.month, pub.day)
    return month > pub.month


def _is_future(doc: Doc, text: str, start: int, groups: dict[str, str]) -> bool:
    """Whether the date is talked about as ahead of publication ("will ... on Friday", "ahead of the Oct. 27 vote")."""
    rel = (groups.get("rel") or "").lower()
    if rel == "next":
        return True
    if rel in {"last", "this"}:
        return False
    if FUTURE_BEFORE.search(text[max(0, start - 30) : start]) or AHEAD_BEFORE.search(text[max(0, start - 20) : start]):
        return True
    if ("d" in groups or "hol" in groups) and FUTURE_BEFORE_DAY.search(text[max(0, start - 10) : start]):
        return True
    if SPAN_END_BEFORE.search(text[max(0, start - 20) : start]):
        opening = text[max(0, start - 60) : start]
        if not SPAN_OPENED.search(opening[opening.rfind(".") + 1 :]):
            return True
    span = doc.char_span(start, min(start + 1, len(text)), alignment_mode="expand")
    if span is None:
        return False
    node, nearest, hops = span[0], True, 0
    while node.head.i != node.i:
        node, hops = node.head, hops + 1
        if node.pos_ in {"VERB", "AUX"}:
            aux = {child.lower_ for child in node.children}
            if aux & FUTURE_AUX or _looks_ahead(node) and node.tag_ != "VBD":
                return (
                    True  # "is set to resume", "is expected on Monday", not "who set himself on fire Sunday"
                )
            if (
                nearest
                and hops <= 2
                and ("d" in groups or "wd" in groups or "hol" in groups)
                and _schedules(node)
            ):
                return True  # "lands in Kenya later on Friday" (BBC), not "see ... during testimony Tuesday" (CNET)
            nearest = False
            if node.tag_ in {"VBD", "VBN"} and not any(c.lower_ in FUTURE_AUX for c in node.children):
                return False
    return False
