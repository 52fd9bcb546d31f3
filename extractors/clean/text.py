"""Clean a page copied as plain text (a browser "select all, copy"): classify lines, keep the story.

A text dump has no markup, only lines. Each line is classified with the widget knowledge
shared with the HTML cleaner (``widgets.py``):

- before the story: navigation lines, the headline (first substantial line) and a
  section/timestamp line ("Politics 09:41 March 3, 2025") read as metadata;
- the story starts at a dateline ("CITY, Mon. DD (Agency) --", or a profile's signature),
  else at the first prose line after the headline;
- inside: widget lines, bare e-mail addresses and Cloudflare placeholders are dropped; lines
  shaped like photo captions, or repeated verbatim, go to ``captions`` (once);
- a short line between two paragraphs that shares none of the story's words (a teaser's headline, a byline, a
  photo credit) goes (``text_regions.drop_unrelated_lines``), and so does a note about the author copied from a box
  above or beside the story (``text_regions.AUTHOR_NOTE``);
- the story ends at an end-of-story marker ("-30-", "###", a bracketed END) or where only short non-sentence
  lines remain.

``finish_paragraphs`` holds the paragraph rules both cleaners apply to their output.
"""
from __future__ import annotations

import itertools
import logging
import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache, partial

from extractors.clean import widgets
from extractors.clean.bracket_credits import captions_with_bracket_credit
from extractors.clean.caption_tails import captions_with_shared_credit, twinned_captions
from extractors.clean.card_blurbs import card_blurbs
from extractors.clean.closing_blocks import closing_block_start
from extractors.clean.date_stamps import find_stamps, is_date_only
from extractors.clean.dated_teasers import dated_teasers, more_cards, video_titles
from extractors.clean.dump_bylines import (
    MAX_NAMES,
    READ_LINES,
    added_writers,
    han_byline,
    han_field_byline,
    is_name_line,
    is_names_line,
    labelled_names,
    name_among_fields,
    name_before_handle,
    name_before_outlet,
    name_before_role,
    name_before_site,
    name_before_stamp,
    name_before_suffix,
    name_over_email,
    name_over_role,
    name_under_date,
    nearest_names,
    opens_a_name,
    split_byline,
    stamp_bylines,
    stamp_then_byline,
    tab_fields,
    without_lead_words,
    without_outlets,
    without_phrases,
    without_places,
    without_roles,
)
from extractors.clean.fields import field_lines
from extractors.clean.glued_teasers import glued_teasers
from extractors.clean.kicker_teasers import kicker_teasers
from extractors.clean.korean_subtitles import korean_subtitles
from extractors.clean.labelled_cards import card_runs, labelled_cards
from extractors.clean.link_blurbs import link_blurbs
from extractors.clean.linked_cards import linked_cards
from extractors.clean.lone_teasers import lone_teasers
from extractors.clean.metadata import byline_names, clean_authors, is_han_byline, unglued_byline
from extractors.clean.orphaned_lists import with_orphaned_lists
from extractors.clean.page_dates import parse_date
from extractors.clean.polls import polls
from extractors.clean.profiles import SiteProfile, story_end
from extractors.clean.quality import byline_joiners, byline_words
from extractors.clean.rail_twins import doubled_teasers, rail_twins
from extractors.clean.references import without_closing_references
from extractors.clean.site_names import MenuNames, footer_names, without_named_tail, without_site_appeals
from extractors.clean.story_titles import (
    OPENING_HEADLINE_WORDS,
    STORY_OPENING_CHARS,
    doubled_headline,
    header_headline,
    header_title_stands,
    is_closed_headline,
    opening_headline,
    story_headline,
    story_words,
)
from extractors.clean.text_regions import (
    _BULLET,
    _SENTENCE_CLOSED,
    AUTHOR_NOTE,
    CLOSERS,
    DISCLAIMER,
    HEADLINE_WORDS,
    NOTE_BELOW,
    PROSE_WORDS,
    RAIL_HEADING,
    RELATED_LABEL,
    author_boxes,
    captions_above_credits,
    captions_under_credits,
    closes_sentence,
    code_blocks,
    counted_headings,
    drop_boxes,
    drop_contents_lists,
    drop_cut_headlines,
    drop_embedded_posts,
    drop_pull_quotes,
    drop_related_links,
    drop_run_together_repeats,
    drop_unrelated_lines,
    has_trailing_credit,
    is_code,
    is_credited_caption,
    is_figures,
    is_glued_link,
    is_link_row,
    is_promo,
    is_unclosed_cjk,
    line_kind,
    pager_headlines,
    position_captions,
    rebuild_tables,
    repeated_labels,
    section_numbers,
    signup_boxes,
    slashed_credits,
    story_region,
)
from extractors.facts.gazetteer import place_names
from extractors.grammar import DATELINE, EQUALS_DATELINE, WEEKDAYS, month_pattern

logger = logging.getLogger(__name__)

_MONTH = month_pattern(strict=False)
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}})"
_TIME = r"(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?)"
#: "Section 09:41 March 3, 2025", "Updated: 3 Mar 2025 10:00 GMT", "2025/03/03 09:41"; the time may stand in the
#: date's next field, after a bar ("February 19, 2020 | 10:57pm" on the New York Post and Page Six, "April 5, 2018 |
#: 6:00 PM" on the ACLU's blog: round dumpsD347), where it was cut off with the bar's other fields, or after "@" read
#: as "at" ("Monday, June 8th, 2009 @ 05:50 UTC" on Global Voices, "... @ 11:10 PM UTC" on Simply Found).
STAMP_LINE = re.compile(
    rf"^(?P<prefix>.{{0,60}}?)\s*(?P<stamp>(?:{_TIME}\s*,?\s*)?{_DATE}(?:\s*[,|@]?\s*(?:at\s+)?{_TIME})?)\s*(?:\|.*)?$",
    re.IGNORECASE,
)
_FOUR_DIGITS = re.compile(r"\d{4}")
#: The most words a date line of a dump takes (``_is_date_line``), and one whose parts a separator sets apart.
DATE_LINE_WORDS = 14
SEPARATED_DATE_LINE_WORDS = 30
_META_SEPARATOR = re.compile(r"\s[|·•]\s")
#: A bracketed group closing a line after a space or right after the sentence's end ("... Isch over.“(phy)" on the
#: Freie Presse), stripped before asking whether a line ends a sentence.
_CLOSING_BRACKETS = re.compile(r"(?:\s|(?<=[.!?“”\"»«。！？]))[(（][^()（）]{1,40}[)）]\s*$")
#: A text dump of this many words with no story read is an error (see ``why_empty``).
ARTICLE_WORDS = 100
#: A line a dump repeats is a caption (a gallery's, a video's) below this many words; a sentence of this many or
#: more, repeated, is the story's and kept once: Rzeczpospolita's lead shown again above the story, Daily Maverick's
#: pull quote repeating a paragraph.
REPEATED_PARAGRAPH_WORDS = 25
#: A short sentence closing a story (``_is_short_closing_sentence``) runs this many words at least.
SHORT_SENTENCE_WORDS = 4
#: The most words of a one-cell row grouping the rows of a table copied with tabs ("Metals", "Energy").
SECTION_ROW_WORDS = 4
#: A code listing's button is one word (Smashing Magazine's "Copy" under each listing): a longer line of a listing
#: (``finish_paragraphs``' ``listing``) is no widget line for a widget's word in it.
LISTING_BUTTON_WORDS = 1
#: One-cell lines inside a data table copied with tabs, a longer label or a cell's next lines (``_inside_table``): this
#: many in a row at most, of ``CELL_LINE_WORDS`` words at most each.
CELL_LINES = 3
CELL_LINE_WORDS = 12
#: Column gaps in a fixed-width listing copied as text: a run of three spaces or more, or of two in a line holding
#: two such runs or more, none after a sentence's end (``_row``). A listing padded to its columns (``column -t``) sets
#: the widest cell of a column two spaces from the next, so a row may have no wider gap ("Nikkei 225  38,100.20
#: -95.60  -0.25%" under "KOSPI      2,501.12   +10.50  +0.42%"); prose holds a double space once in a line or after
#: its sentences' ends.
_ALIGNED = re.compile(r" {3,}")
_GAP = re.compile(r" {2,}")
#: The most words of a cell in rows aligned with spaces read as a table with no figure in each row
#: (``_cells_of_a_table``).
ALIGNED_CELL_WORDS = 12
#: A two-column sheet whose label and value a copy set two spaces apart (``_two_cell_row``): labels of at most this
#: many words, and this many rows in a row at least.
TWO_CELL_LABEL_WORDS = 4
TWO_CELL_ROWS = 3
_STAMP_WORDS = re.compile(r"^(?:updated|published|posted|last updated|modified|date)\s*:?\s*$", re.IGNORECASE)
#: A year and a time of day: a dump's date line in any language ("25 de mayo de 2025 16:51 h" on elDiario.es,
#: "Veröffentlicht am 13. Mai 2026 um 15:44" on AFP Faktencheck, "Publisert 05.08.2024, kl. 13.05" on NRK).
#: Chinese and Japanese glue the year to Han characters ("2019年09月09日 18:13:22" on ifeng.com, "2025年1月14日 20:00" on
#: nikkei.com, "金融市场棱镜2019-09-23 07:48" on qq.com, "发表于2014-08-24 21:30" on csdn.net, "谢若含2017-03-01 14:27:02"
#: on qdaily.com): those are word characters, where ``\b`` finds no edge, so only ASCII letters and digits bound the year.
_YEAR = re.compile(r"(?<![0-9A-Za-z])(?:19|20)\d{2}(?![0-9A-Za-z])")
#: Japanese and Chinese pages also write the time in Han characters, hours then minutes ("2019年04月21日 12時00分更新"
#: on Weekly ASCII, "2025年1月13日 20時01分" on Tokyo Shimbun, "2024年5月13日午後1時25分" in Mainichi's photo notes).
_CLOCK = re.compile(r"\b\d{1,2}[:.h]\d{2}\b|(?<![0-9A-Za-z])\d{1,2}[時时]\d{1,2}分")
#: A clock time closing a line, glued to its last word or not: a live blog's entry ("... gun signs17:35").
_CLOSING_TIME = re.compile(r"\d{1,2}:\d{2}$")
_MERIDIEM = re.compile(r"\b\d{1,2}[:.]\d{2}\s*[ap]\.m\.$", re.IGNORECASE)
#: A byline word alone on its line, the name on the next ("Von" / "Jasper Riemann" on BR24, heise and Die Presse,
#: "By" / "Sophie Foster" on the Daily Star).
_BY_WORD = re.compile(r"(?:by|von|par|por)\s*:?", re.IGNORECASE)
#: A line of a dump shaped like a photo caption (``widgets.is_caption_line``) runs this many words at most: longer, it
#: is a paragraph opening like one ("The picture for cities is as bleak. According to budget documents ..." on Slate,
#: "This is another image Elizabeth Snyder posted to Facebook on Sunday. It says, ..." on AOL, a review closing with its
#: author's name in brackets on Libération: 101 to 145 words), while the longest dev captions run 63 to 75 words
#: (the National Post's, The Intercept's).
CAPTION_LINE_WORDS = 80
#: A standfirst (``_standfirst``) lies at most ``STANDFIRST_REACH`` lines above the story, ``STANDFIRST_WITHIN`` lines
#: from its headline and header, and runs ``STANDFIRST_WORDS`` words at most.
STANDFIRST_REACH = 30
STANDFIRST_WITHIN = 3
STANDFIRST_WORDS = 80
#: A dek (``_dek``) runs at least this many words: "Fan backlash against league-wide salaries is wholly misguided" (CBS
#: Sports) is the shortest on the dev dumps; a shorter line under a headline is a kicker, a section or a tag.
DEK_WORDS = 8
#: ... under a headline of this many words or more (under a shorter line, a kicker, the line is the headline) ...
DEK_HEADLINE_WORDS = 7
#: ... with at most this share of its words after the first capitalised (more is a headline in title case) ...
DEK_CAPITALS = 0.5
#: ... and less than this share of its words in the headline.
DEK_REPEAT = 0.5
#: A count of more items alone on its line, after a plus sign and perhaps a noun: the photos a gallery's cover hides,
#: kept inside the story on UOL ("+22", "+20") and Super Biznes ("+ 26 zdjęć"); the dev dumps show more ("+10" on the
#: Daily Mail and Engadget, a "+1" share counter on Notebookcheck and Sohu) and no dev reference holds one (dumps62).
#: Marks closing a teaser's headline ("[VIDEO]", "(Gallery)"; ``data/<language>/media_tags.txt``), and a bracketed
#: group closing a line after a space.
MEDIA_TAG = widgets.local_lines("media_tags.txt")
_TAG_END = re.compile(r"\s([\[(][^\[\]()]{2,24}[\])])$")
_MORE_COUNT = re.compile(r"\+\s?\d{1,3}(?:\s+[^\W\d_]+)?")
#: A line of this many words or more set in alphabetical order is an index (a tag list, a menu), no sentence: on the dev
#: dumps Lindorff's tag list under its post ("asiakas asiakaslähtöisyys asiakaspalvelu e-lasku erämaksu ..."), Politico's
#: and Aftonbladet's section menus; no reference holds one (a headline of seven words had its words in order by chance).
INDEX_WORDS = 8
#: A Chinese or Japanese menu or tag list on one line (``_is_cjk_menu``): this many pieces or more between spaces, each
#: of ``MENU_PIECE_CHARS`` characters at most, most holding Han or kana, and no sentence or clause mark
#: (``_CJK_MARKS``); a Chinese or Japanese sentence sets no space between its words.
MENU_PIECES = 8
MENU_PIECE_CHARS = 12
_CJK_LETTER = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
_CJK_MARKS = re.compile(r"[。！？，、：；!?:;]")
#: A counter alone on its line, a figure and the word of three letters or more it counts ("6976 lecturas" under each of
#: HSB Noticias' cards, "3 comments", "12 photos", "5 小时前"; a unit, "6 MB", "250 km", is shorter), and how many lines
#: of the page must count the same word to make it one: on the dev dumps 33 pages repeat such a line three times or
#: more, and a reference keeps none but Android Developers' table cells ("6 MB").
_COUNTER = re.compile(r"\d[\d.,\u00a0 ]*\s*([^\W\d_]{3,})")
COUNTER_REPEATS = 3
#: A pager's or gallery's count alone on its line, the page or picture shown out of how many: "2 dari 8 halaman"
#: (Liputan6), "3 / 11" (Gizmodo), "5 of 42" (Hypebeast): two figures, at most ``PAGE_COUNT_WORDS`` words in all, the
#: words around them the same on every such line of the page (``_without_page_counts``); a slash or a word between the
#: figures, as a clock ("15:30"), a decimal ("2.4k") or two cells ("7 29") set none.
_PAGE_COUNT = re.compile(r"(\D{0,24}?)(\d{1,3})(\s?/\s?|\s[^\W\d_]{1,10}\s)(\d{1,3})(\D{0,24})")
PAGE_COUNT_WORDS = 4
#: The longest line ``_PAGE_COUNT`` reads, told before the pattern and the words (every line of the page is asked).
PAGE_COUNT_CHARS = 66
#: ... and the page prints the count for this many pages or pictures or more, each out of the same total.
PAGE_COUNTS = 3
#: A link to another story after a label on its line (``_link_label``): the label, of ``LINK_LABEL_WORDS`` words at
#: most, a colon or bar, then the headline of ``LINK_WORDS`` words or more; the label opens ``LINK_REPEATS`` such lines
#: of the story or more.
_OPENING_QUOTES = "\"'“‘«„"
_LABELLED = re.compile(
    rf"(?P<label>[^\W_][^|:：\n]{{0,40}}?)\s*[|:：]\s+(?P<headline>[{_OPENING_QUOTES}]?[^\W\d_][^\n]*)"
)
LINK_LABEL_WORDS = 5
LINK_WORDS = 5
LINK_REPEATS = 2
#: A line closed by a bar and a tail of up to 40 characters (``_without_titled_links``): a linked page's title, its
#: site's name after the bar; the tail closing ``TITLE_REPEATS`` lines of the page or more is a site's, no story's.
_TITLE_TAIL = re.compile(r"\s[|｜]\s*([^|｜\n]{2,40})$")
TITLE_REPEATS = 3
#: A dek with no header right under it (``_dek_of_story``) lies at most this many lines above the story (ABC's 19
#: lines of related headline, caption, byline and share bar), under its headline or under a kicker or short byline of
#: at most ``KICKER_WORDS`` words under it; it shares ``DEK_STEMS`` stems (``_stems``: the first ``STEM_LETTERS``
#: letters of words that long) with the story's first ``DEK_STORY_LINES`` lines, and runs ``DEK_LONGER`` words past
#: its headline when a headline-shaped line follows it.
DEK_OF_STORY_REACH = 20
KICKER_WORDS = 3
DEK_STEMS = 2
STEM_LETTERS = 5
DEK_STORY_LINES = 4
DEK_LONGER = 4
_STEM_WORD = re.compile(rf"[^\W\d_]{{{STEM_LETTERS},}}")
#: A line of this many words closing a sentence inside is a lead paragraph, not a headline (``_is_headline``).
LEDE_WORDS = 17
#: Quotes that may close a line after its full stop: a quoted sentence opening the story is no headline.
_CLOSING_QUOTES = "\"”’»」』"
#: A story region opening inside a rail of other stories' headlines (``_opening_teasers``): at least this many
#: headline-shaped lines stand right above its first line.
OPENING_RAIL_ABOVE = 2
#: A rail's headline runs to this many words when no full stop stands inside it (the Daily Mail's, 27 to 42 words:
#: "Patrice Evra revealed Sir Alex Ferguson wanted Ronaldo and Bale ... before he quit... but even they would have
#: struggled in that fast-fading United side").
RAIL_HEADLINE_WORDS = 45
_FULL_STOP_INSIDE = re.compile(r"(?<!\.)\.\s|[。।]")
#: A story region opening this many lines above a section label and the headline under it (``_headline_under_label``).
LABELLED_HEADLINE_ABOVE = 1
#: The section label over the headline runs to this many lines of this many words at most.
SECTION_LABEL_LINES = 3
SECTION_LABEL_WORDS = 3
#: Under the headline, within this many lines, a byline, date or widget line opens its header.
LABELLED_HEADER_WITHIN = 3
_DIGIT = re.compile(r"\d")
_NON_LETTERS = re.compile(r"[\W\d_]+")


@dataclass(frozen=True, slots=True)
class TextDump:
    """What a plain-text page yields: metadata lines read off the top, body and captions."""

    title: str | None
    section: str | None
    published: datetime | None  # naive when the dump gives no zone; a profile zones it
    published_raw: str | None  # the stamp the date was read from
    authors: tuple[str, ...]
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]


def split_lines(text: str) -> list[str]:
    """Non-empty, whitespace-collapsed lines (a copied page puts one block per line).

    A table copied from a browser arrives as consecutive rows of tab-separated cells (or, from a
    fixed-width listing, as columns aligned with runs of spaces): each run of rows becomes one
    item, a row per line with cells joined by `` | `` (see ``_table``), so the rows stay together.
    """
    return list(_split_lines(text))


@lru_cache(maxsize=2)
def _split_lines(text: str) -> tuple[str, ...]:
    """``split_lines``, kept for the last dumps: ``clean_text`` reads the dump's lines for its title, date and
    authors after ``clean_text_dump`` has split them (a tenth of cleaning a dump, done twice). Keyed by the whole
    text, so another dump never gets these lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines: list[str] = []
    run: list[Row] = []
    raws = [raw.replace("\u00a0", " ") for raw in text.split("\n")]
    doubled = _doubled(raws)
    # a doubled copy's lines without its blank lines, for the one-cell lines inside a table (``_inside_table``)
    texts, at = ([raw for raw in raws if raw.strip()], {}) if doubled else (raws, None)
    if at is not None:
        at.update((index, len(at)) for index, raw in enumerate(raws) if raw.strip())
    for index, raw in enumerate(raws):
        if (row := _row(raw) or _padded_row(raw, run)
                or _two_cell_row(texts, index if at is None else at.get(index), run)) is not None:
            run.append(row)
            continue
        if run and doubled and (_rows_around_blank(raws, index) or _blank_inside_table(raws, index, run, texts, at)):
            continue
        if _inside_table(texts, index if at is None else at[index], run) if raw.strip() else False:
            run.append(Row((" ".join(raw.split()),), tabbed=run[-1].tabbed))
            continue
        lines.extend(_table(run))
        run = []
        if line := widgets.dump_line(raw):
            lines.append(line)
    lines.extend(_table(run))
    return tuple(lines)


def _doubled(raws: list[str]) -> bool:
    """Whether the copy doubled every line break: no two lines of text touch (a paste that puts a blank line after
    every line, ``benchmarks.text_dumps.COPY_STYLES["spaced"]``). A browser's copy sets a table's rows, a list's items
    and a box's links on lines that touch, and a blank line between two rows only where the page's markup spaces them
    (menus and boxes laid out with tabs on Rest of World, astronews, WinFuture), so only a doubled copy's blank lines
    are read as no break in a table. Doubled, the rows of ADAC's, Clubic's, Super Biznes's, Weekly ASCII's, Impress
    Watch's and Wccftech's tables each read as a lone row (``card_rows``) and went."""
    return all(not above.strip() or not below.strip() for above, below in itertools.pairwise(raws))


def _rows_around_blank(raws: list[str], index: int) -> bool:
    """Whether ``raws[index]`` is a blank line between two rows of as many cells, both copied with tabs or both
    aligned with spaces (InfoQ's listing of budgets): a copy that doubles its line breaks (``COPY_STYLES["spaced"]``)
    sets a blank line between a table's rows. Aligned with spaces, a header row may hold one cell less than the row
    under it: its empty corner cell, which a tab keeps, is lost (``_cells_of_a_table``)."""
    if raws[index].strip() or index == 0 or index + 1 >= len(raws):
        return False
    above, below = _row(raws[index - 1]), _row(raws[index + 1])
    return above is not None and below is not None and above.tabbed == below.tabbed \
        and (len(above.cells) == len(below.cells) or not above.tabbed and len(above.cells) + 1 == len(below.cells)) \
        and bool(above.cells[0] or below.cells[0])


def _blank_inside_table(raws: list[str], index: int, run: list[Row], texts: list[str], at: dict[int, int]) -> bool:
    """Whether ``raws[index]``, a blank line of a doubled copy (``_doubled``) inside an open table, parts no table: a
    one-cell line inside it comes next (``_inside_table``, read on the copy's lines without blank lines), a row
    of the table's kind comes next under such a line, or a row padded to its columns (``_padded_row``) comes next or
    stands above. Doubled, the one-cell lines (a row naming the group of rows
    under it, a cell's next line) cut the table the browser's copy and a copy with no blank line keep whole: ADAC's
    child seats under "bis ca. 1,5 Jahre", Weekly ASCII's bands over "4バンドGSM" (issue 12, dumpsR288)."""
    if raws[index].strip() or not all(next(row for row in reversed(run) if len(row.cells) > 1).cells):
        return False  # a layout table's empty cells: its one-cell lines are the page's (the FAZ's teaser bylines)
    ahead = next((line for line in range(index + 1, len(raws)) if raws[line].strip()), None)
    if ahead is None:
        return False
    if (row := _row(raws[ahead])) is not None:
        return (len(run[-1].cells) == 1 or not row.tabbed and len(row.cells) == len(run[-1].cells)) \
            and row.tabbed == run[-1].tabbed and all(row.cells)
    return _padded_row(raws[ahead], run) is not None or _inside_table(texts, at[ahead], run)


def spaced_lines(text: str) -> frozenset[str] | None:
    """The lines of ``split_lines`` that a blank line sets apart in the dump (one above or below them), or None when
    the dump has no blank line.

    A browser's copy puts a blank line under a paragraph or a heading (their bottom margin) and none between the items
    of a list or the links of a box; a dump with no blank line at all tells nothing of the kind.
    """
    raws = text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n")
    blank = [not raw.strip() for raw in raws]
    if not any(blank):
        return None
    return frozenset(
        line for index, raw in enumerate(raws)
        if (index + 1 < len(raws) and blank[index + 1] or index > 0 and blank[index - 1])
        and (line := widgets.dump_line(raw))
    )


def card_rows(text: str) -> frozenset[str]:
    """The lines of ``split_lines`` that were a lone row of cells copied with tabs: no row of cells right above or
    below it, two cells or more holding text.

    A lone row is a box of the page laid out side by side, not a table: a photo's caption and its credit ("A sign for
    the Etlaq spaceport along a desert road south of Duqm." / "Tara Atkinson for Rest of World" on Rest of World), a
    teaser's headline and its subline ("Hecke schneiden in NRW seit 1. März verboten" / "Hohe Strafen drohen bei
    Missachtung" on the Ruhr Nachrichten), a video's length and title ("2:34" / "Russia launches major nuclear drills
    ..." on Global News), a video's title and blurb (al.com), a share bar, a tag list (the Free Beacon), a reading
    aid's notice (n-tv), a translation credit (AFP Faktencheck). A paragraph whose dateline sits in a box beside it
    ("Berlin." / "Der Wirkstoff Semaglutid soll ..." on the WAZ) is the story's: its first cell is one word closing
    with a full stop.
    """
    raws = [raw.replace("\u00a0", " ") for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    rows = [_row(raw) for raw in raws]
    doubled = _doubled(raws)
    found = set()
    for index, row in enumerate(rows):
        if row is None or not row.tabbed or index > 0 and rows[index - 1] is not None \
                or index + 1 < len(rows) and rows[index + 1] is not None \
                or doubled and (index > 1 and _rows_around_blank(raws, index - 1)
                                or index + 2 < len(rows) and _rows_around_blank(raws, index + 1)):
            continue
        cells = [cell for cell in row.cells if cell]
        if len(cells[0].split()) == 1 and cells[0].endswith("."):
            continue  # a dateline beside its paragraph
        if line := widgets.strip_artifacts(" ".join(cells)):
            found.add(line)
    return frozenset(found)


@dataclass(frozen=True, slots=True)
class Row:
    """A line that may be a table row: its cells, and whether tabs (not spaces) separated them."""

    cells: tuple[str, ...]
    tabbed: bool


def _row(raw: str) -> Row | None:
    """The line as table cells: tab-separated, or split by runs of spaces (``_GAP``); None when it has one cell.

    A tab opening a row of tabs is its empty first cell (a header row "", "Buy", "Sell" over rows "USD", "1,402.10",
    "1,375.90", whose first column holds the row labels): it is kept, so the header stays over its columns.
    """
    if "\t" not in raw and "  " not in raw:
        return None  # one cell: most lines, told apart without splitting (each line is asked about three times)
    tabbed = "\t" in raw.strip()
    if tabbed:
        parts = raw.lstrip(" ").rstrip().split("\t")
    else:
        parts = _GAP.split(raw.strip())
        if "   " not in raw.strip() and (len(parts) < 3 or any(widgets.SENTENCE_END.search(part) for part in parts)):
            return None  # a double space inside prose ("... to 9 p.m.,  will dedicate"; "right?  Get this right")
    cells = tuple(" ".join(part.split()) for part in parts)
    return Row(cells, tabbed) if sum(1 for cell in cells if cell) >= 2 else None


def _padded_row(raw: str, run: list[Row]) -> Row | None:
    """A line set apart by one run of two spaces, read as a row of the table aligned with spaces right above it when it
    splits into as many cells, none closing a sentence or longer than ``ALIGNED_CELL_WORDS`` words: a listing padded to
    its columns (``column -t``) sets the widest cell of a column two spaces from the next ("Biometrics  Face unlock"
    under "Maker       Pocketel"), which ``_row`` alone takes for a double space in prose."""
    if not run or run[-1].tabbed or len(run[-1].cells) < 2 or "  " not in raw:
        return None
    parts = _GAP.split(raw.strip())
    if len(parts) != len(run[-1].cells) or any(
            widgets.SENTENCE_END.search(part) or widgets.word_count(part) > ALIGNED_CELL_WORDS for part in parts):
        return None
    return Row(tuple(" ".join(part.split()) for part in parts), False)


def _two_cell_row(raws: list[str], index: int | None, run: list[Row]) -> Row | None:
    """A line split once by a run of two spaces into a label of at most ``TWO_CELL_LABEL_WORDS`` words and its value,
    read as a row when the rows above it are such rows or the next ``TWO_CELL_ROWS`` - 1 lines are (``raws`` without
    a doubled copy's blank lines): a two-column sheet whose cells a copy set two spaces apart ("Maker  Palm",
    "Display  3.3-inch LCD", "SIM  nanoSIM" on Weekly ASCII's and Impress Watch's spec sheets, their tabs turned into
    two spaces), which ``_row`` takes for a double space in prose and whose rows then went as a box of short lines.
    No cell closes a sentence: prose typed with two spaces after its sentences is none."""
    if index is None or "  " not in raws[index] or (cells := _two_cells(raws[index])) is None:
        return None
    if run and not run[-1].tabbed and len(run[-1].cells) == 2:
        return Row(cells, False)
    ahead = [raw for raw in raws[index + 1 : index + 1 + TWO_CELL_ROWS * 2] if raw.strip()][: TWO_CELL_ROWS - 1]
    if len(ahead) < TWO_CELL_ROWS - 1 or any(_two_cells(raw) is None for raw in ahead):
        return None
    return Row(cells, False)


def _two_cells(raw: str) -> tuple[str, str] | None:
    """The line's label and value when one run of two spaces parts them (``_two_cell_row``), else None."""
    parts = _GAP.split(raw.strip())
    if len(parts) != 2 or "   " in raw.strip() or widgets.word_count(parts[0]) > TWO_CELL_LABEL_WORDS \
            or widgets.word_count(parts[1]) > ALIGNED_CELL_WORDS \
            or any(widgets.SENTENCE_END.search(part) or is_code(part) for part in parts):
        return None
    return " ".join(parts[0].split()), " ".join(parts[1].split())


def _inside_table(raws: list[str], index: int, run: list[Row]) -> bool:
    """Whether ``raws[index]``, a one-cell line after a row of tabbed cells, belongs to the table. It keeps the table
    one block.

    In any table, a line of ``SECTION_ROW_WORDS`` words at most closing no sentence right over the next tabbed row: a
    row spanning the table that groups the rows under it ("Metals", "Energy"). In a data table, whose rows fill every
    cell (the row above the line and the next one), up to ``CELL_LINES`` lines of ``CELL_LINE_WORDS`` words at most:
    a longer group label (ADAC's "ca. 1 bis 4 Jahre" over the child seats of that age, whose last row had gone with
    it as a box of short lines), or the lines of a cell holding line breaks, which copies its first line beside the
    row's other cells and the next ones alone: ASCII's "W-CDMA：1/2/5/8" and "4バンドGSM" under "対応バンド	LTE：1/3/7/8/20",
    Impress Watch's interfaces over four lines ("イーサネット拡張コネクター2、USB 3.0×2、" and two more under "インターフェイス	USB
    3.1 Type-C×2(...)、"), which had read as a box of short lines and gone. A layout table, copied from nested boxes,
    leaves cells empty, and the lines between its rows are the page's own: actualno's headline between two rows of
    its header bar, the FAZ's bylines between its teaser rows, in copies without blank lines."""
    if not run or not run[-1].tabbed and not _cells_of_a_table(run[-2:], least=1):
        return False  # no table open: most lines, told apart before splitting them and the next ones
    for ahead in range(index, min(index + CELL_LINES + 1, len(raws))):
        if (row := _row(raws[ahead])) is not None:
            if row.tabbed != run[-1].tabbed or ahead == index:
                return False
            label = ahead == index + 1 and widgets.word_count(" ".join(raws[index].split())) <= SECTION_ROW_WORDS
            return label or all(run[-1].cells) and all(row.cells)
        line = " ".join(raws[ahead].split())
        if ahead == index + CELL_LINES or not line or widgets.word_count(line) > CELL_LINE_WORDS \
                or widgets.SENTENCE_END.search(line):
            return False
    return False


def _table(run: list[Row]) -> list[str]:
    """A run of rows as one table block, or as ordinary lines when it is not a table.

    Two rows or more make a table; rows split on spaces (no tab) must also have the same number
    of cells and a digit each, since a copied paragraph can hold runs of spaces, but for a first row of labels
    heading the figures ("Tenor   Yield   Change" above "3-year   2.851   -0.012"). Rows holding more empty cells
    than filled ones are a layout table's, a tab copied for every cell of nested boxes ("", "", "", "By", "", "",
    "Victoria O’Regan", "", "", "Follow" on Daily Maverick; "", "By", "", "Motley Fool Staff", "", "More Articles"
    over "", "December 22, 2014", "", "Comments (25)" on the Motley Fool): their text is lines of the page, for the
    line rules to read (a byline, a date line), not a table of the story's; a data table fills its cells, or holds
    figures in most rows.
    """
    aligned = len({len(row.cells) for row in run}) == 1 and all(
        any(c.isdigit() for c in "".join(row.cells)) for row in run[1:]
    ) and len(run) >= (3 if not any(c.isdigit() for c in "".join(run[0].cells)) else 2)
    if not run:
        return []
    if not aligned and len(run) >= 2 and not any(row.tabbed for row in run) and _cells_of_a_table(run) and (
            len(run) >= 3 or any(c.isdigit() for row in run[1:] for c in "".join(row.cells))):
        # two lines of words alone are no table ("Name     Role" over "Jane Roe     Mayor"), as ``aligned`` reads them
        aligned = True
        if len(run[0].cells) + 1 == len(run[1].cells) and len({len(row.cells) for row in run[1:]}) == 1:
            run = [Row(("", *run[0].cells), False), *run[1:]]  # the header's empty corner cell, as a tab copies it
    if all(not row.cells[0] for row in run):
        run = [Row(row.cells[1:], row.tabbed) for row in run]  # every row indented with a tab: no empty column
    filled = sum(1 for row in run for cell in row.cells if cell)
    rows = [row for row in run if sum(1 for cell in row.cells if cell) >= 2]  # a section row's label aside
    figured = sum(1 for row in rows if any(c.isdigit() for c in "".join(row.cells)))
    layout = filled * 2 < sum(len(row.cells) for row in run) and figured * 2 <= len(rows)
    if len(run) >= 2 and (all(row.tabbed for row in run) and not layout or aligned):
        return ["\n".join(" | ".join(row.cells) for row in run)]
    return [line for row in run if (line := " ".join(cell for cell in row.cells if cell))]


def _cells_of_a_table(run: list[Row], least: int = 2) -> bool:
    """Whether rows aligned with runs of spaces hold a table's cells, as rows copied with tabs do: each row two cells
    or more (a one-cell line inside the run is a row grouping the rows under it or a cell's next line,
    ``_inside_table``, which asks it of the last row or two before such a line, ``least`` 1) and no cell longer
    than ``ALIGNED_CELL_WORDS`` words, as a sentence of prose would be, nor any of code (``is_code``: a query's output
    drawn with "│" and "┼" on Haki Benita's blog is a listing's, ``code_blocks``). A copy that sets the columns with spaces (a
    terminal, a fixed-width listing, a paste through an editor that turns tabs into spaces) loses the empty cells a tab
    keeps (a header's corner) and holds rows with no figure as a tab copy does (a spec sheet's "Maker   Palm", "SIM
    nanoSIM" on Weekly ASCII and Impress Watch; Clubic's card comparison under a header of card names; ADAC's seats
    under their age group), so neither equal counts nor a figure in each row is asked of it (issue 12, dumpsR288: the
    dev tables of those four and of Super Biznes and Wccftech lost their rows copied with spaces)."""
    rows = [row for row in run if len(row.cells) >= 2]
    return len(rows) >= least and all(
        widgets.word_count(cell) <= ALIGNED_CELL_WORDS and not is_code(cell) for row in rows for cell in row.cells)


def split_paragraphs(text: str) -> tuple[str, ...]:
    """Already-clean text: paragraphs are separated by blank lines; single breaks inside are kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = []
    for chunk in re.split(r"\n[ \t\u00a0]*\n", text):
        lines = [" ".join(line.split()) for line in chunk.split("\n")]
        if joined := "\n".join(line for line in lines if line):
            paragraphs.append(joined)
    return tuple(paragraphs)


def _is_prose(line: str) -> bool:
    return widgets.word_count(line) >= 12 and bool(widgets.SENTENCE_END.search(line))


def _stamp(line: str) -> tuple[str | None, datetime, str] | None:
    """(section, date, the stamp as written) when the line is a section/timestamp line, else None."""
    if widgets.word_count(line) > 16 or _FOUR_DIGITS.search(line) is None:
        return None  # every date STAMP_LINE reads holds a year: a line without four digits in a row is none
    match = STAMP_LINE.match(line)
    if not match:
        return None
    published = parse_date(match.group("stamp"))
    if published is None:
        return None
    stamps = find_stamps(line)
    if any(stamp.updated for stamp in stamps) and (first := next((s for s in stamps if not s.updated), None)):
        # a line printing the publication and the update: the one not after an update label ("April 28, 2019 at
        # 6:01 am Updated April 29, 2019 at 3:33 pm" on the Seattle Times, "Updated: February 19, 2020 11:37 PM ET |
        # Originally published: February 20, 2020" on Time, "08:39, 06 Jan 2026Updated 08:41, 06 Jan 2026" on the
        # Mirror and the Daily Star), read again with the time printed before its day ("Published: 00:24 BST, 13 May
        # 2024 | Updated: ..." on the Daily Mail)
        again = STAMP_LINE.match(line[: first.start + len(first.raw)])
        if again is not None and again.end("stamp") > first.start \
                and (value := parse_date(again.group("stamp"))) is not None:
            return None, value, again.group("stamp")
        return None, first.value, first.raw
    prefix = match.group("prefix").strip(" |-–—:·•")
    if not prefix or _STAMP_WORDS.match(prefix) or widgets.word_count(prefix) > 5:
        return None, published, match.group("stamp")
    return prefix, published, match.group("stamp")


def clean_text_dump(text: str, *, profile: SiteProfile | None = None) -> TextDump:
    """Split a copied page into headline, section, date, authors, body paragraphs and captions."""
    lines = split_lines(text)
    signature = profile.compiled["signature"] if profile is not None else None
    start = next((i for i, line in enumerate(lines) if signature is not None and signature.match(line)), None)
    if start is None:
        start = next((i for i, line in enumerate(lines) if _is_dateline(line)), None)

    region = story_region(lines, start, profile)
    head_end, body_end = (region.start, region.end) if region is not None else (len(lines), len(lines))
    # a region opening a line above a section label and the headline under it: the story starts under the headline
    labelled = _headline_under_label(lines, head_end, body_end) if region is not None else None
    if labelled is not None:
        head_end = labelled + 1

    section = published = published_raw = last = None
    authors: list[str] = []
    headlines: list[tuple[str, bool]] = []  # headline-shaped lines, and whether a date line follows
    labels = repeated_labels(lines)
    marks: list[int] = []
    byline_at = -1
    opening_words = story_words("\n".join(lines[head_end:body_end])[:STORY_OPENING_CHARS])
    for at, line in enumerate(lines[:head_end]):
        if (stamp := _stamp(line)) is not None:
            marks.append(at)
            if published is None:
                section, published, published_raw = stamp
            if headlines and headlines[-1][0] is last:
                headlines[-1] = (last, True)
            continue
        above, last = last, line
        byline = widgets.BYLINE_OPENING.match(line) is not None \
            and widgets.is_byline(unglued := unglued_byline(line))
        dated = _is_dated_line(line) or _has_dated_field(line)
        if headlines and headlines[-1][0] is above and _is_worded(above) and (byline or dated):
            headlines[-1] = (above, True)  # a headline right over its byline or an unread date line
        if byline or dated:
            marks.append(at)  # the header's lines under its headline (``story_titles.header_headline``)
        if byline:
            authors.extend(byline_names(unglued))
            authors.extend(added_writers(lines, at))
            byline_at = at
            continue
        # a line the dump repeats is a label, unless it is the headline printed twice near itself (the page's title
        # line over it: the Lesotho Times', UrduPoint's; ``story_titles.doubled_headline``)
        if widgets.is_widget_line(line) or widgets.word_count(line) < 3 or "\n" in line \
                or line in labels and not (region is not None and doubled_headline(lines, at, opening_words)):
            continue
        if widgets.widget_word_count(line) >= 2:
            continue  # a share bar on one line: "Facebook Twitter google plus Pinterest ... More"
        # a line closed by ")" only as a headline's bracket ("... (and us)"; ``is_closed_headline``, round dumpsT353)
        if (not _is_prose(line) or is_closed_headline(line)) and not line.endswith(".") \
                and not (line.endswith(")") and not is_closed_headline(line)) \
                and not widgets.is_caption_line(line) and not (
            widgets.is_credit_line(line) or widgets.CAPTION_CREDIT.search(line)
        ) and not dated:
            headlines.append((line, False))
    if region is not None and head_end - byline_at > FAR_BYLINE and clean_authors(authors):
        authors = _story_byline(lines, head_end, body_end) \
            or nearest_names(lines[byline_at + 1:], head_end + STORY_BYLINE_WITHIN - byline_at - 1, _BYLINE_READERS) \
            or authors
    if not clean_authors(authors) and region is not None:  # none, or a lone label ("By") over its names' line
        copied = tab_fields(text)
        authors = _story_byline(lines, head_end, body_end) \
            or nearest_names(lines, head_end + STORY_BYLINE_WITHIN, (*_BYLINE_READERS, partial(
                name_among_fields, is_date=_is_any_date, copied_fields=copied.get))) \
            or nearest_names(lines, head_end + STORY_BYLINE_WITHIN, (_name_under_any_date,))
    authors = without_places(without_outlets(without_lead_words(without_phrases(without_roles(authors)))))
    standfirst = _standfirst(lines, head_end) if region is not None else []
    dek = (_dek(lines, head_end) or _dek_of_story(lines, head_end, body_end)) \
        if region is not None and not standfirst else []
    standfirst = standfirst or dek
    # set in after the boxes go: two to four short lines in a row read as a box of furniture (``drop_boxes``)
    subtitles = korean_subtitles(lines, head_end, body_end) if region is not None and not standfirst else []
    candidates = [candidate for candidate in headlines if candidate[0] not in dek]
    title = _headline(candidates)
    if region is not None:  # furniture picked over the headline shares few words with the story (``story_titles``)
        title = story_headline([line for line, _ in candidates], title, "\n".join(lines[head_end:body_end]))
        title = header_headline(title, lines, [line for line, _ in candidates], marks, head_end,
                                "\n".join(lines[head_end:body_end]))
    if labelled is not None:
        title = lines[labelled]
        standfirst = [line for line in standfirst if line != title]

    # links under a "Related" label go first: a label the page repeats is dropped with the other labels below
    boxed = signup_boxes(lines)  # newsletter boxes: their name and blurb read as a subheading and a short sentence
    boxed |= author_boxes(lines)  # author boxes: the blurb next to the link to the author's page reads as prose
    cards = card_rows(text)
    story = [line for index, line in enumerate(lines[head_end:body_end], head_end)
             if index not in boxed and line not in cards]
    # embedded posts before the labels: a post's header repeats when the story embeds two of one author's posts
    # a code listing's lines are no interface labels, however often its queries and scripts repeat them: "WITH series
    # AS (", "SELECT" in Haki Benita's SQL, "--init \" and "sleep 30s" in each of cnblogs' Docker scripts; a widget
    # line among them is the listing's button (Smashing Magazine's "Copy" under each)
    coded = code_blocks(lines)
    listing = {lines[index] for index in coded if not widgets.is_widget_line(lines[index])}
    coded_lines = frozenset(lines[index] for index in coded)
    body = standfirst + [line for line in drop_related_links(drop_embedded_posts(story))
                         if line not in labels or line in listing]
    body = drop_contents_lists(drop_run_together_repeats(drop_pull_quotes(drop_cut_headlines(body, lines))))
    spaced = spaced_lines(text)
    body = subtitles + rebuild_tables(drop_related_links(drop_boxes(body, spaced), rails=True))
    items = frozenset(body[index] for index in field_lines(body))
    paragraphs, captions = finish_paragraphs(
        body, title=title, profile=profile, text_dump=True,
        captioned=captions_above_credits(lines) | captions_with_shared_credit(lines) | position_captions(lines)
        | slashed_credits(lines) | captions_with_bracket_credit(lines)
        | captions_under_credits(lines, spaced),
        items=items,
        numbered=frozenset(body[index] for index in section_numbers(body)),
        listing=coded_lines,
    )
    if len(paragraphs) > 1 and _is_headline(paragraphs[0]) and paragraphs[0] not in dek + subtitles \
            and not _is_cjk_question_under_dated_headline(paragraphs[0], headlines) and not _opens_list(paragraphs):
        # (the headline under a section label stays the title: the line under it is a caption or dek shaped like one;
        # so does the header's headline over its byline or date, ``story_titles.header_title_stands``)
        kept = labelled is not None or region is not None and header_title_stands(
            title, lines, marks, head_end, "\n".join(lines[head_end:body_end]))
        title, paragraphs = (title if kept else paragraphs[0]), paragraphs[1:]
    elif len(paragraphs) > 1 and paragraphs[0] in dek and labelled is None and _is_headline(paragraphs[0]) \
            and opening_headline(title, paragraphs[0], "\n".join(paragraphs[1:])) == paragraphs[0]:
        # the headline read as its dek's first line under a title picked off the furniture ("Add to your saved
        # stories" over the Washington Post's story, a rail's teaser on URA.RU): the furniture shares few of the
        # story's words, the headline many (the test ``opening_headline`` puts the region's first line to)
        title, paragraphs = paragraphs[0], paragraphs[1:]
    paragraphs = _without_leading_figures(paragraphs)
    paragraphs = _related_or_counted(paragraphs, drop_unrelated_lines(list(paragraphs)), coded_lines)
    paragraphs = tuple(para for para in paragraphs if not _MORE_COUNT.fullmatch(para))
    paragraphs = _without_counters(paragraphs, lines)
    paragraphs = _without_page_counts(paragraphs, lines)
    paragraphs = _without_stray_figures(paragraphs)
    paragraphs = _without_titled_links(paragraphs, lines)
    paragraphs = tuple(para for para in paragraphs
                       if not _is_sorted_index(para) and not _is_cjk_menu(para) and not _is_tagged_teaser(para))
    paragraphs = tuple(para for para in paragraphs if not is_unclosed_cjk(para))
    paragraphs = _without_labelled_links(paragraphs, coded_lines)
    # an author's box copied above or beside the story (one below it ended the story: ``text_regions``)
    paragraphs = tuple(para for para in paragraphs if not AUTHOR_NOTE.fullmatch(para))
    # teasers set in the story and printed again in a rail of other headlines (``rail_twins``), beside their date or
    # with their kicker joined to the headline (``kicker_teasers``) or linked again under a label (``linked_cards``),
    # a pager's neighbouring stories (``pager_headlines``), a blurb over a link to learn more (``link_blurbs``), a
    # video player's title and a card closed by a bare link to its story (``dated_teasers``), the blurb under a dated
    # or doubled teaser's headline once a paragraph of the story stands above it (``card_blurbs``), a bare photo caption
    # printed again with its credit (``caption_tails.twinned_captions``), a reader poll's question and answers
    # (``polls``) and cards under a label the page prints over each or in a run of labelled cards (``labelled_cards``),
    # read off the finished paragraphs: taken out of the region's lines, one
    # would change how the lines around it are judged
    teasers = dated_teasers(lines, head_end, body_end) | doubled_teasers(lines, head_end, body_end)
    twins = {lines[index] for index in rail_twins(lines, head_end, body_end, title)
             | teasers | card_blurbs(lines, head_end, teasers) | video_titles(lines, head_end, body_end)
             | more_cards(lines, head_end, body_end)
             | kicker_teasers(lines, head_end, body_end) | linked_cards(lines, head_end, body_end)
             | pager_headlines(lines, head_end, body_end)
             | link_blurbs(lines, head_end, body_end)
             | _names_beside_stamps(lines, head_end, body_end) | twinned_captions(lines, head_end, body_end)
             | polls(lines, head_end, body_end) | labelled_cards(lines, head_end, body_end)
             | card_runs(lines, head_end, body_end) | _opening_teasers(lines, head_end, body_end)}
    # a code listing's lines are no cards (``code_blocks``, as ``drop_unrelated_lines`` spares them), a widget's word in
    # them aside: an HTTP exchange's header "Content-Type: application/json" over each reply's next header on umputun's
    # blog, cnblogs' comment "# put your docker or podman command in here" closing each of its scripts, read as a
    # label over its headlines
    paragraphs = tuple(para for para in paragraphs if para not in twins or para in coded_lines)
    # a box of related headlines glued into a story whose paragraphs a blank line sets apart (``glued_teasers``)
    boxed_teasers = glued_teasers(text, paragraphs)
    paragraphs = tuple(para for para in paragraphs if para not in boxed_teasers)
    # and a lone long teaser headline set apart like a paragraph, sharing no word with the one under it
    lone = lone_teasers(paragraphs)
    paragraphs = tuple(para for para in paragraphs if para not in lone)
    # the reader appeals and house blurbs closing the copy, by the site's name its copyright notice gives
    paragraphs = without_site_appeals(paragraphs, footer_names(lines, body_end))
    # and by the name its masthead and footer print when no notice names it (CARTA's, The Verge's)
    paragraphs = without_named_tail(paragraphs, MenuNames(text, lines, head_end, body_end))
    paragraphs = _without_closing_pitch(_without_tag_list(paragraphs))
    # a rail's headline or label the late rules left closing the story (``_without_trailing_furniture``, as in
    # ``finish_paragraphs``; ``without_trailing_labels``, as on a page), and the list of references closing it
    paragraphs = tuple(without_closing_references(
        without_trailing_labels(_without_trailing_furniture(list(paragraphs), items), items)))
    # the inner lines of a box closing a spaced copy, glued above and below (``closing_blocks``)
    paragraphs = paragraphs[:closing_block_start(paragraphs, text, spaced)]
    # the items of a list the line rules took from under the sentence that introduces it (``orphaned_lists``)
    paragraphs = with_orphaned_lists(paragraphs, lines, labels)
    if region is not None and head_end + 1 < body_end and _is_opening_headline(opening := lines[head_end]) \
            and opening != title:  # a headline opening the region, the title a menu's line (``story_titles``)
        title = opening_headline(title, opening, "\n".join(lines[head_end + 1:body_end]))
        if title == opening and len(paragraphs) > 1 and paragraphs[0] == opening and not _opens_list(paragraphs):
            # the headline read off the region's first line is no paragraph of its story (a list's first item is no
            # headline: ``_opens_list``)
            paragraphs = paragraphs[1:]
    if not paragraphs:
        # nothing read as a story (a short note, one line): its sentences are the body, the headline included
        paragraphs = tuple(
            line for line in lines
            if widgets.word_count(line) >= 4 and widgets.SENTENCE_END.search(line) and not widgets.is_widget_line(line)
        )
    return TextDump(title, section, published, published_raw, clean_authors(authors), paragraphs, captions)


#: With no byline above the story, its byline is read off the story's first this many lines (the region opens over it
#: when a dek, a kicker or the headline's photo sits above the byline: "By Rachel Riederer" on The New Yorker, "By Ben
#: Andrews" on the Ottawa Citizen, "By Laura Jedeed" on Rest of World, "Von Nina Magoley" on WDR, "von Oliver Kring" on
#: NDR, "Por Camila Alfie" on Página/12: 57 dev pages on 50 publishers, the byline 1 to 9 lines under the region's start;
#: the NZZ's "Hans-Hermann Tiedje 17.5.2019, 05:30 Uhr" under a dek and the FT's "Sarah Murray" over "February 9 2016"
#: under its share buttons sit 10 and 11 lines under it).
STORY_BYLINE_WITHIN = 12


#: A header byline this many lines above the story's start or more is a menu's or a rail's ("Por La Cultura" on
#: NFL.com, "By the Web" on 20 Minutes): a byline a reader finds nearer the story wins over it.
FAR_BYLINE = 40


def _name_before_any_stamp(lines: list[str], end: int) -> list[str]:
    """``dump_bylines.name_before_stamp`` with the stamps this module reads."""
    return name_before_stamp(lines, end, _is_stamp_rest)


#: A clock in a stamp, hours and minutes apart by a colon ("4:20 pm", "11:04am", "05:30 Uhr").
_COLON_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")


def _name_before_clock_stamp(lines: list[str], end: int) -> list[str]:
    """``_name_before_any_stamp`` for an HTML page's lines (``page_byline``): the stamp after the name holds a clock
    time, as a byline's does ("John Timmer – Feb 10, 2025 4:20 pm | 104" on Ars Technica, "Andrew Tarantola 8/17/13
    11:04am" on Gizmodo), unlike a dateline's or a clip's date ("Santiago de Chile. Ju 2/3/2017" on El Mercurio, "Aus
    SRF 4 News aktuell vom 15.04.2024" on SRF); a word of three letters or more closing on a full stop ends a
    dateline's sentence, not a name ("Santiago de Chile. Ju 2/3/2017 15:14"). Round htmlM376."""
    names = name_before_stamp(lines, end, _is_clock_stamp_rest)
    return [] if any(_WORD_FULL_STOP.search(name) for name in names) else names


#: A word of three letters or more and a full stop: a sentence's end, not an initial's ("Chile." not "C.J.", "Jr.").
_WORD_FULL_STOP = re.compile(r"[^\W\d_]{3}\.")


def _is_clock_stamp_rest(text: str) -> bool:
    return bool(_COLON_CLOCK.search(text)) and _is_stamp_rest(text)


def _stamp_byline(lines: list[str], end: int) -> list[str]:
    """``dump_bylines.stamp_bylines`` with the stamp lines the header loop of ``clean_text_dump`` reads."""
    return stamp_bylines(lines, end, _is_stamp_line)


@lru_cache(maxsize=65536)
def _is_stamp_line(line: str) -> bool:
    return _stamp(line) is not None


def _name_among_dated_fields(lines: list[str], end: int) -> list[str]:
    """``dump_bylines.name_among_fields`` with the date lines ``_name_over_date`` reads."""
    return name_among_fields(lines, end, _is_any_date)


def _name_under_any_date(lines: list[str], end: int) -> list[str]:
    """``dump_bylines.name_under_date`` with the date lines ``_name_over_date`` reads."""
    return name_under_date(lines, end, _is_any_date)


@lru_cache(maxsize=65536)  # asked of each header line by both passes of ``nearest_names`` (``_name_over_date``)
def _is_any_date(line: str) -> bool:
    return _stamp(line) is not None or _is_date_line(line) or _is_dated_line(line) or _opens_on_stamp(line)


def _story_byline(lines: list[str], start: int, end: int) -> list[str]:
    """The first byline line (``widgets.is_byline``) within ``STORY_BYLINE_WITHIN`` lines of the story region's start
    that names someone (a lone label's names are on the lines under it: ``dump_bylines.split_byline``), as its names
    (empty when none): the region drops it from the story, the record keeps its names."""
    return next((names + added_writers(lines, at) for at in range(start, min(end, start + STORY_BYLINE_WITHIN))
                 if widgets.BYLINE_OPENING.match(lines[at]) and widgets.is_byline(line := unglued_byline(lines[at]))
                 and clean_authors(names := byline_names(line))),
                [])


def _is_stamp_rest(text: str) -> bool:
    """The rest of a header line after its author's name is only the story's date or age (``name_before_stamp``):
    a stamp with no section word before it, or a date or age line opening on no capital ("7 hours", "at 7:53 AM ...");
    a year and no other figure is none ("Global Energy Trends 2024", "Looking Ahead to 2024")."""
    if not any(ch.isdigit() for ch in _FOUR_DIGITS.sub("", text)):
        return False
    stamp = _stamp(text)
    return stamp is not None and stamp[0] is None or not text[:1].isupper() and (_is_date_line(text) or _is_dated_line(text)) \
        or _opens_on_full_stamp(text)


_WEEKDAY_ABBREVIATIONS = frozenset(day[:3] for day in WEEKDAYS)
#: Most words after the stamp that opens a header line's rest ("Yesterday 11:04am", "Uhr").
STAMP_TAIL_WORDS = 3


def _opens_on_full_stamp(text: str) -> bool:
    """The rest of a header line opening on a stamp with its time, maybe after a weekday, a few words after it and no
    sentence: "8/17/13 11:04am Yesterday 11:04am" (Gizmodo), "Thu 21 Apr 2016 4.37pm" (The Stack), "26.04.2024 10:00
    Uhr" (WinFuture), which ``_stamp`` reads as no stamp line."""
    if widgets.SENTENCE_END.search(text) or not (stamps := find_stamps(text)) or not stamps[0].has_time \
            or stamps[0].updated:
        return False
    before = text[:stamps[0].start].strip(" ,").casefold().rstrip(".")
    after = text[stamps[0].start + len(stamps[0].raw):]
    return (not before or before in WEEKDAYS or before in _WEEKDAY_ABBREVIATIONS) \
        and widgets.word_count(after) <= STAMP_TAIL_WORDS


def _name_over_date(lines: list[str], end: int) -> list[str]:
    """With no byline line, a bare name line right over a date line above ``end`` (the story region's start and
    ``STORY_BYLINE_WITHIN`` lines into it) as the byline: "Kyle Wiggers" over "7 hours" on TechCrunch, "Joshua Whorms"
    on the Daily Star, "Ryan Devereaux" on The Intercept, Berliner Zeitung, DW, El Mundo, Público (58 dev pages on 44
    publishers)."""
    for at in range(min(end, len(lines) - 1)):
        line, under = lines[at], lines[at + 1]
        if is_name_line(line) and not widgets.is_widget_line(line) and opens_a_name(line) and _is_any_date(under) \
                and line not in place_names():
            return [line]
    return []


def _name_over_story(lines: list[str], end: int) -> list[str]:
    """With no byline line, a bare name line two lines under a date line above ``end``, right over the story's first
    paragraph, as the byline: "December 12, 2016" / the headline / "Patrick Frye" / "Republican President-elect Donald
    Trump is facing ..." (Inquisitr), "18.08.2016" / "Turkey" / "Anastasiya Kazimirko-Kirillova" / "The list of
    Americans involved ..." (Katehon). A name over a photo's credit is a caption's, not the writer's."""
    for at in range(min(end, len(lines) - 3)):
        name = lines[at + 2]
        if len(name) <= 60 and is_name_line(name) and _is_any_date(lines[at]) and opens_a_name(name) \
                and not widgets.is_widget_line(name) and _is_prose(lines[at + 3]) \
                and not any(word.casefold() in byline_words()[0] for word in name.split(" ")) \
                and not name.isupper() and _is_header_line(lines[at + 1]) \
                and not widgets.is_credit_line(lines[at + 1]) and not widgets.is_credit_line(lines[at + 3]):
            return [name]
    return []


#: A word of a script without capitals, Arabic or Devanagari letters and marks and no figure: a name there has no
#: capital to be told by (``is_name_line``).
_UNCASED_WORD = r"[\u0600-\u065f\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff\u0900-\u0963\u0971-\u097f]+"
#: A name of two to four uncased words, a slash or a spaced dash, a place of one to three, and the rest of the line.
_UNCASED_BYLINE = re.compile(rf"^({_UNCASED_WORD}(?: {_UNCASED_WORD}){{1,3}}) [/–—-] "
                             rf"{_UNCASED_WORD}(?: {_UNCASED_WORD}){{0,2}}(?: (.+))?$")


def _uncased_name_before_place(lines: list[str], end: int) -> list[str]:
    """With no byline line, a line above ``end`` of a name in a script without capitals, a slash or a dash, and the
    place the story was written in, the date after it or on the line under it: "शुभायन चक्रवर्ती / नई दिल्ली February
    14, 2020" and "ऐश्ली कुटिन्हो / मुंबई September 29, 2020" (Business Standard), "حسام أبو العلا - القاهرة" over
    "٠٢:٠٠ الثلاثاء ١ / ١٢ / ٢٠٢٠" (Alyaum). With no date beside it the line is a headline's or a teaser's ("... -
    بدھ 22 مئی" on UrduPoint holds no year)."""
    for at, line in enumerate(lines[:end]):
        if len(line) <= 120 and (match := _UNCASED_BYLINE.match(line)) and (
                _is_any_date(match.group(2)) if match.group(2) else at + 1 < len(lines) and _is_any_date(lines[at + 1])):
            return [match.group(1)]
    return []


def _names_over_place(lines: list[str], end: int) -> list[str]:
    """With no byline line, one to ``MAX_NAMES`` bare name lines above ``end`` over a line holding only a known place
    (``gazetteer.place_names``) over the date line, as the byline: "Maite Gutiérrez" / "Barcelona" / "15/10/2024 14:04
    Actualizado a ..." and "XavierMas de Xaxàs" / "Tel Aviv" / ... (La Vanguardia), "Marisa Cruz" / "Paloma H.
    Matellano Madrid" / "Madrid" / "Actualizado Martes, 15 octubre 2024 - 13:10" (El Mundo)."""
    places = place_names()
    for at in range(min(end, len(lines) - 2)):
        names, under = [], at
        while under < len(lines) and len(names) < MAX_NAMES and len(lines[under]) <= 60 \
                and lines[under] not in places and is_name_line(lines[under]) and opens_a_name(lines[under]) \
                and not widgets.is_widget_line(lines[under]):
            names.append(lines[under])
            under += 1
        if names and under + 1 < len(lines) and lines[under] in places and _is_any_date(lines[under + 1]):
            return names
    return []


#: A Han name of two or three characters or a Hangul name of three syllables (a family name and a two-syllable given
#: name, the usual Korean name) opening a line, maybe glued to the figure after it; the two-syllable stamp label "입력"
#: (Chosun, Hankook Ilbo) and a four-syllable paper's name, "중앙일보" (JoongAng), are none.
_CJK_NAME = re.compile(r"^([\u4e00-\u9fff]{2,3}|[\uac00-\ud7af]{3}) ?(?=\d)")


def _cjk_name_before_stamp(lines: list[str], end: int) -> list[str]:
    """With no byline line, a line above ``end`` opening on a Han or Hangul name right before the story's stamp with
    its time, a few words at most after it: "明敏 2025-02-23 12:59:28 来源：量子位" (QbitAI), "谢若含2017-03-01 14:27:02"
    (Qdaily), "박상우 2024. 5. 13. 12:52" (Daum)."""
    for line in lines[:end]:
        if len(line) <= 60 and (match := _CJK_NAME.match(line)) and (stamps := find_stamps(line)) \
                and stamps[0].start == match.end() and stamps[0].has_time and not stamps[0].updated \
                and widgets.word_count(line[match.end() + len(stamps[0].raw):]) <= STAMP_TAIL_WORDS:
            return [match.group(1)]
    return []


def _is_header_line(line: str) -> bool:
    """The line between the date and the name in ``_name_over_story``: the headline or a section's name, no sentence
    closed by a full stop (a paragraph of the story over a subheading), no name (the name under the date is
    ``name_under_date``'s, a widget's line under it: "22.08.2024" / "Shany Littman" / "Lesen Hören" on Krautreporter)
    and no bare figure (a comment count)."""
    return not line.rstrip().endswith(".") and not is_name_line(line) and any(ch.isalpha() for ch in line)


#: A stamp opening a header's date line may follow a place and a dash this long at most, in characters.
STAMP_OPENS_WITHIN = 20


def _opens_on_stamp(line: str) -> bool:
    """A short line opening on a date stamp, maybe after a place, whatever follows it: the update in brackets
    ("17 Jan 2025 09:06PM (Updated: 17 Jan 2025 10:04PM)" on CNA), a glued update after a place ("Bruselas - 15 oct
    2024 - 08:22Actualizado: ..." on El País), a count ("Sep 24, 2020 6" on Substack): the date line under a
    byline's name (``_name_over_date``), which ``_stamp`` reads as no stamp line."""
    if widgets.word_count(line) > 16 or _FOUR_DIGITS.search(line) is None:
        return False
    stamps = find_stamps(line)
    return bool(stamps) and not stamps[0].updated and stamps[0].start <= STAMP_OPENS_WITHIN


#: The bar between a byline's name and the rest of its line: "Aashish Saxena / TIMESOFINDIA.COM / Sep 2, 2024",
#: "Yasmine Hassan · CBC News · Posted: Aug 08, 2024"; or a bar glued to the words on both sides: "Zimbili
#: Vilakazi|Published 15 hours ago" (Isolezwe), "Will Leitch/November 18, 2016" (The New Republic).
_NAME_BAR = re.compile(r" [|/·•] |(?<=[^\W\d_])[|/](?=[^\W_])")
#: A name opening on an initial: a writer's short form ("M. Locklear|01.07.19" on Engadget), the full name elsewhere.
_INITIAL = re.compile(r"[^\W\d_]\.")


def _name_before_date(lines: list[str], end: int) -> list[str]:
    """With no byline line, a line opening with a bare name before a bar, and a date after it or opening the rest, above
    ``end`` (the Times of India, CBC, 9to5Google, 9to5Mac, Anadolu, Aleteia, Indiatimes, Startup Grind, Wccftech: 14
    dev pages; "India Block | 17 May 2019 Leave a comment" on Dezeen); a bar glued to both words sets no short form of
    a name apart."""
    for at, line in enumerate(lines[:end]):
        parts = _NAME_BAR.split(line, maxsplit=1)
        if len(parts) == 2 and _INITIAL.match(parts[0]) and _NAME_BAR.search(line)[0][0] != " ":
            continue  # a glued bar after a short form of the name
        if len(parts) == 2 and len(line) <= 120 and is_name_line(parts[0]) and (
                _stamp(parts[1]) is not None or _is_dated_line(parts[1]) or _is_date_line(parts[1])
                or _opens_on_stamp(parts[1])
                or any(_stamp(p) is not None or _is_date_line(p) for p in _NAME_BAR.split(parts[1]))
                or at + 1 < len(lines) and _is_where(parts[1]) and (
                    _is_date_line(lines[at + 1]) or _is_dated_line(lines[at + 1]) or _stamp(lines[at + 1]) is not None
                    or _opens_on_stamp(lines[at + 1]))):
            return [parts[0]]
        if at + 1 < len(lines) and len(line) <= 120 and len(parts := _WHERE_MARK.split(line, maxsplit=1)) == 2 \
                and is_name_line(parts[0]) and opens_a_name(parts[0]) and _is_where(_OUTLET_OPENING.sub("", parts[1])) \
                and not widgets.BYLINE_OPENING.match(line) and not is_names_line(parts[1]) \
                and not any(word.casefold() in byline_joiners() or word == "&" for word in parts[1].split(" ")) \
                and not any(word.casefold() in byline_words()[0] for word in parts[0].split(" ")) \
                and _is_any_date(lines[at + 1]):
            return [parts[0]]
    return []


#: A comma or a spaced dash between a byline's name and its outlet or place over the date line: "John Patrick
#: Pullen,TIME" over "Updated: Dec 15, 2016 2:57 PM UTC" (Fortune), "Herdi Alif Al Hikam - detikFinance" over "Senin,
#: 13 Mei 2024 13:24 WIB" (detik).
_WHERE_MARK = re.compile(r" ?, ?| [-–—] ")
#: An outlet's name may open on a lowercase word glued to its capital ("detikFinance"): read from the capital.
_OUTLET_OPENING = re.compile(r"^[a-z]+(?=[A-Z])")


#: Most words of the place or outlet after a byline's name and bar ("El Sol de San Juan del Río").
WHERE_WORDS = 7


def _is_where(text: str) -> bool:
    """The place or outlet after a byline's name and its bar: capitalised words (lowercase particles between them),
    no figure, no sentence ("Madrid" on El Mundo, "El Sol de México" on El Sol de Mazatlán)."""
    words = text.split(" ")
    return len(words) <= WHERE_WORDS and words[0][:1].isupper() and not _DIGIT.search(text) \
        and not widgets.SENTENCE_END.search(text) and all(w[:1].isupper() or w.islower() and len(w) <= 3 for w in words)


#: A tag list copied a tag a line, each closed by a comma: this many lines at least, each this short in words.
TAG_LIST_LINES = 3
TAG_WORDS = 4
#: Marks of code and data, whose lines close on commas too (SQL columns, JSON fields, BibTeX entries).
_CODE_MARKS = re.compile(r"[=(){}\[\]<>\"'`:;]")


def _is_tag_line(line: str) -> bool:
    return line.endswith((",", "，")) and widgets.word_count(line) <= TAG_WORDS and not _CODE_MARKS.search(line)


def _without_tag_list(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """The paragraphs above the story's tag list, a tag a line each closed by a comma (Politico's "Hillary Clinton,"
    "Tim Kaine," "Elections," ...; Bukvy's "court," "Sanctions," "Volodymyr Zelenskyi,"), and what the copy keeps
    under it (teasers): a list closing a story, so one with fewer words under it than above."""
    for start in range(len(paragraphs) - TAG_LIST_LINES + 1):
        if all(_is_tag_line(para) for para in paragraphs[start:start + TAG_LIST_LINES]):
            above = sum(widgets.word_count(para) for para in paragraphs[:start])
            if above > sum(widgets.word_count(para) for para in paragraphs[start:]):
                return paragraphs[:start]
            return paragraphs
    return paragraphs


#: A closing pitch: a short question opening the copy's last paragraph, then one sentence of call (``_without_closing_pitch``).
_PITCH = re.compile(r"[*•]?\s*([^?？\"“”„«»¿‘’'\n]{2,60}[?？])\s*([^?？]+)")
#: The pitch's question is this short at most, in words; the whole paragraph this short.
PITCH_QUESTION_WORDS = 6
PITCH_WORDS = 40


def _without_closing_pitch(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """The paragraphs less a closing house pitch: a question of a few words opening the last paragraph, the reader
    asked, and the call it sets up ("Not a subscriber to SFX? Then head on over here ..." on GamesRadar, "Planning to
    invest in stocks? Now, shortlist scrips ... with ETMarkets Stock Screener." on Indiatimes, "Lost your job due to
    coronavirus? Here’s what you need to know." on HuffPost, "You think you are ready? If so, request to become an
    approved author." on SimplyFound, "* Fakta atau Hoaks? Untuk mengetahui kebenaran informasi ..." on Liputan6,
    "喜欢这篇文章？去 App 商店搜 好奇心日报 ..." on Qdaily). A story closing on a question quotes someone (a quote mark)
    or asks it at more length ("Are you excited for Apple’s Notes app in watchOS 26? Let us know in the comments.",
    9to5Mac's, its reference keeps)."""
    if len(paragraphs) < 2:
        return paragraphs
    last = paragraphs[-1]
    match = _PITCH.fullmatch(last)
    if match is None or widgets.word_count(match[1]) > PITCH_QUESTION_WORDS or widgets.word_count(last) > PITCH_WORDS:
        return paragraphs
    return paragraphs[:-1]


#: A Chinese or Japanese sentence asking or exclaiming closes on a full-width mark (``_is_cjk_question_under_dated_headline``).
_CJK_ASKING = ("？", "！")


def _related_or_counted(paragraphs: tuple[str, ...], related: list[str],
                        listing: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The paragraphs ``drop_unrelated_lines`` kept (``related``, in order), and the story's numbered subheadings it
    dropped (``text_regions.counted_headings``): eHow's "Step 1" to "Step 9", Habr's "▍ 2. В цикле с другим типом"
    share no word with their sections, as a loose line set in from elsewhere does. The lines of a code listing
    (``listing``: ``text_regions.code_blocks``) are the listing's, however few words they share with the prose: cnblogs'
    "sleep 30s" and "# 使用which命令判断命令是否存在" in its Docker scripts, umputun's '"votes": 0' in a JSON reply
    (dev dumps: the 12 such lines the rule dropped are all in their references; issue 12, dumpsR277)."""
    counted = counted_headings(list(paragraphs))
    kept: list[str] = []
    at = 0
    for index, para in enumerate(paragraphs):
        if at < len(related) and related[at] == para:
            kept.append(para)
            at += 1
        elif index in counted or para in listing or _runs_on(para, paragraphs[index + 1 : index + 2]):
            kept.append(para)
    return tuple(kept)


def _runs_on(para: str, below: tuple[str, ...]) -> bool:
    """Whether the line's sentence runs on into the line under it: it ends on a word in lower case and the next opens
    on a lower-case letter, a sentence broken over two lines (a name, "Dave Steer" over a menu's "developer survey",
    ends on a capitalised word), no line set in from elsewhere (dev dumps: Karussell's "A second important
    thing" over "you’ll otherwise miss is that ...", Actu's "pièges à eau" over "etc…", Habr's "▍ 2. В цикле с другим
    типом" over its "for (let t = 0; ..." listing; issue 12, dumpsR277)."""
    words = para.split()
    return bool(below) and bool(words) and words[-1].isalpha() and words[-1].islower() and below[0][:1].islower()


def _opens_list(paragraphs: tuple[str, ...]) -> bool:
    """Whether the story opens on a list: its first paragraph and the next are items with a bullet or a number
    (``_BULLET``). The first item is no headline, however short: Tumblr's Minecraft changelog "+ Added Granite,
    Andesite, and Diorite stone blocks, with smooth versions" over "+ Added Slime Block", Capital.gr's "1) Χρηματιστήριο
    Αξιών Αθηνών" over "2) Επιτροπή Κεφαλαιαγοράς" (dev dumps, both in their references; issue 12, dumpsR267)."""
    return len(paragraphs) > 1 and all(_BULLET.match(para) for para in paragraphs[:2])


def _is_cjk_question_under_dated_headline(para: str, headlines: list[tuple[str, bool]]) -> bool:
    """A dump's first paragraph in Chinese or Japanese closing on a full-width question or exclamation mark, when a
    headline stands above the story over its date line: the story's opening question (a lead or dek set apart), no
    second headline. A headline of that shape is the story's first line only when the copy holds none above it; with
    one found over a date, the question is the story's: is702's "Webサイトを見ているだけで気づかぬ間にウイルス感染！？"
    under "脆弱性ってなに？" / "2017/04/13", Qdaily's "无法忍受乡村音乐？ 对某某明星迷之厌恶？ 讨厌特朗普？不爱自拍？" under its
    headline and "谢若含2017-03-01 14:27:02" (both dev references open on them)."""
    return bool(widgets.CJK.search(para)) and para.rstrip().endswith(_CJK_ASKING) \
        and any(above_date for _, above_date in headlines)


def _is_tagged_teaser(para: str) -> bool:
    """A headline closed by a bracketed mark of what its story holds (``MEDIA_TAG``, after a space): a teaser's link
    to another story, as a story names its own video in a sentence. On the dev dumps, 41 such lines on nine
    publishers, none in a reference: Diario del Sur's ""¡Dios mío, no!": Terror por hundimiento de barco ... [VIDEO]"
    between its paragraphs, The Gateway Pundit's "Trump Gives Joe Biden a New Nickname and It's a Classic! (VIDEO)",
    9to5Google's "Another set of Pixel 9a wallpapers leak with some new color combos [Gallery]". A sentence closed
    with a full stop before the mark points at the story's own embed and stays."""
    if "\n" in para or widgets.word_count(para) > HEADLINE_WORDS or not para.endswith(("]", ")")):
        return False
    tag = _TAG_END.search(para)
    return tag is not None and MEDIA_TAG.fullmatch(tag[1]) is not None and not para[: tag.start()].endswith(".")


def _is_sorted_index(para: str) -> bool:
    """One line of ``INDEX_WORDS`` words or more, each with a letter, none twice, in alphabetical order (commas
    aside): an index's entries, where a sentence's words fall in order by chance once in 40,320 times at that length.
    Read pair by pair, strictly rising (so none twice), as a story's paragraph mostly breaks the order at its second
    word: sorting every paragraph's words had cost 5% of cleaning a dump."""
    if "\n" in para:
        return False
    words = para.split()
    if len(words) < INDEX_WORDS:
        return False
    before = words[0].strip(",;").casefold()
    for word in words[1:]:
        word = word.strip(",;").casefold()
        if not before < word:
            return False
        before = word
    return all(any(ch.isalpha() for ch in word) for word in words)


def _is_cjk_menu(para: str) -> bool:
    """A Chinese or Japanese line of ``MENU_PIECES`` short pieces or more set apart by spaces, most of them Han or
    kana, with no sentence or clause mark: a menu's or a tag list's entries, as a Chinese or Japanese sentence runs
    its words together and marks its clauses. BUZZAP!'s tags under its story ("動画 KDDI NTTドコモ ソフトバンク 世界びっくり
    広告 コラム ..."); on the dev dumps the same shape is the section menu of Sohu ("母婴 健康 历史 军事 美食 ..."), QQ
    ("证券 港股 美股 宏观 ..."), Southcn and ASCII ("TOP レビュー ニュース ガジェット ゲーム ...") and the footer
    links of The Paper and NetEase, and no reference keeps such a line. A line with no Han or kana at all is turned
    away before it is split (most of a page's lines: the test per piece had cost 1% of cleaning a dump)."""
    if "\n" in para or not _CJK_LETTER.search(para) or _CJK_MARKS.search(para):
        return False
    pieces = para.split()
    return (len(pieces) >= MENU_PIECES and all(len(piece) <= MENU_PIECE_CHARS for piece in pieces)
            and sum(1 for piece in pieces if _CJK_LETTER.search(piece)) * 2 > len(pieces))


def _without_counters(paragraphs: tuple[str, ...], lines: list[str]) -> tuple[str, ...]:
    """The story without counters (``_COUNTER``) whose word ``COUNTER_REPEATS`` lines of the page or more count: a
    rail's view or comment counts left between the story's lines, where one figure with its unit ("250 km") is
    said once. The story's few paragraphs are asked first: most stories hold no counter, and the page's lines are then
    not read."""
    if not any(_COUNTER.fullmatch(para) for para in paragraphs):
        return tuple(paragraphs)
    counted = Counter(match[1].casefold() for line in lines if (match := _COUNTER.fullmatch(line)))
    return tuple(para for para in paragraphs
                 if not ((match := _COUNTER.fullmatch(para)) and counted[match[1].casefold()] >= COUNTER_REPEATS))


def _page_count(line: str) -> tuple[tuple[str, str, str, int], int] | None:
    """(the words around the figures and the total, the page shown) of a pager's or gallery's count line
    (``_PAGE_COUNT``), else None."""
    if "\n" in line or len(line) > PAGE_COUNT_CHARS or (match := _PAGE_COUNT.fullmatch(line)) is None \
            or widgets.word_count(line) > PAGE_COUNT_WORDS:
        return None
    shown, total = int(match[2]), int(match[4])
    return ((match[1], match[3], match[5], total), shown) if 0 < shown <= total else None


def _without_page_counts(paragraphs: tuple[str, ...], lines: list[str]) -> tuple[str, ...]:
    """The story without a pager's or gallery's counts, a line the page prints for ``PAGE_COUNTS`` pages or pictures
    or more, each out of the same total and in the same words (``_page_count``): Liputan6 splits a story over pages
    and prints "2 dari 8 halaman" to "8 dari 8 halaman" at their heads, which the copy sets between its paragraphs.
    On the dev dumps Gizmodo's ("2 / 11" to "11 / 11"), Hypebeast's ("1 of 42" to "42 of 42") and WebMD's gallery
    counts have the shape, and no reference keeps such a line; a figure said once, or counts of other totals (a
    cricket score card's "175/8", "243/9"), stay."""
    kept = {count[0] for para in paragraphs if (count := _page_count(para)) is not None}
    if not kept:
        return paragraphs  # asked of the story's few paragraphs first: most pages keep no count
    shown: dict[tuple[str, str, str, int], set[int]] = {}
    for line in lines:
        if (count := _page_count(line)) is not None and count[0] in kept:
            shown.setdefault(count[0], set()).add(count[1])
    counters = {key for key, pages in shown.items() if len(pages) >= PAGE_COUNTS}
    return tuple(para for para in paragraphs if (count := _page_count(para)) is None or count[0] not in counters)


def _without_titled_links(paragraphs: tuple[str, ...], lines: list[str]) -> tuple[str, ...]:
    """The story without links copied with their page's title, "<headline> | <site>" (``_TITLE_TAIL``), whose tail
    ``TITLE_REPEATS`` lines of the page or more close with: a list of links to other stories, where a story's sentence
    names a site once. BUZZAP!'s eight related stories "店先ベンチで食べても外食扱いで10％、… | BUZZAP！（バザップ！）"
    under its story; on the dev dumps such tails close three lines or more on 25 publishers (Forbes' "... | Paid
    Program" cards, Serious Eats' "... | Taste Test", comment lines closed by "| Reply" on Blister and Chicago YIMBY,
    dates closing Slate's and U.S. News' teasers) and no reference keeps one of those lines. Only lines holding a bar
    are searched (``_has_bar``): the search, on every line of the page, had cost 1% of cleaning a dump. The story's
    paragraphs are asked first: with none closed by such a tail, the page's lines are not read."""
    if not any("\n" not in para and _has_bar(para) and _TITLE_TAIL.search(para) for para in paragraphs):
        return tuple(paragraphs)
    tails = Counter(match[1] for line in lines
                    if "\n" not in line and _has_bar(line) and (match := _TITLE_TAIL.search(line)))
    return tuple(para for para in paragraphs if "\n" in para or not (
        _has_bar(para) and (match := _TITLE_TAIL.search(para)) and tails[match[1]] >= TITLE_REPEATS))


def _has_bar(line: str) -> bool:
    """Whether ``line`` holds a bar ``_TITLE_TAIL`` needs (a substring test, cheaper than its search)."""
    return "|" in line or "｜" in line


def _without_labelled_links(paragraphs: tuple[str, ...], listing: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The story without its links to other stories set on one line after a label, when the story repeats the label
    over two links or more (``_link_label``): ABC News' "MORE: 14 Americans evacuated from cruise ship in Japan test
    positive ...", The Atlantic's "Read: America's patchwork pandemic is fraying even further", ZDNet's "Also: Windows
    11 FAQ: ZDNET's upgrade guide ...", USA TODAY's "Brad Childress: Vikings felt teammates could convince ...", Eyethu
    News' "FUNDA OLUNYE UDABA LAPHA | Uboshiwe osolwa ngokugenca isoka eMgungundlovu". Any language's label is read
    off the page by its repeats, where a list of labels would need one entry a language (dumps51 took "Read:" and
    "MORE:" as promotions: test fell). Labelled lines that are the story's own stay: an interview's turns and its
    questions ("ELLESA THROWDEN: Do you think ...?"), fields ("Género: Drama, Misterio, Ciencia ficción", "Earnings:
    $11 million"), a review's pros in lower case ("We like: the low energy consumption"), a series of short
    subheadings ("How to learn Swift: Getting started"). The Washington Post's graphic title "Map: Flow of foreign
    fighters to Syria", kept by its reference, goes with its "View Graphic" twin (issue 12, dumps62). The lines of a
    code listing (``listing``) are no links: each HTTP reply umputun's blog prints has its "Date: ..." header."""
    labels = Counter(label for para in paragraphs if (label := _link_label(para)) is not None)
    return tuple(para for para in paragraphs if labels[_link_label(para)] < LINK_REPEATS or para in listing)


def _link_label(para: str) -> str | None:
    """The label (case-folded) of a line shaped as a labelled link (``_LABELLED``): a label of ``LINK_LABEL_WORDS``
    words at most, a colon or a bar, and a headline of ``LINK_WORDS`` to ``HEADLINE_WORDS`` words opening with a
    capital (after a quote), or with a letter of a script that has no capitals (Akhbar el-Yom's Arabic links under
    its section label, "محافظات: زراعة المنوفية تبحث ..."), closing no sentence inside or at its end; else None."""
    match = _LABELLED.fullmatch(para)
    if match is None or widgets.word_count(match["label"]) > LINK_LABEL_WORDS:
        return None
    headline = match["headline"]
    first = headline.lstrip(_OPENING_QUOTES)[:1]
    if not (first.isupper() or first.isalpha() and not first.islower()) \
            or not LINK_WORDS <= widgets.word_count(headline) <= HEADLINE_WORDS \
            or headline.endswith((".", "?", "!", "。", "？", "！")) or _SENTENCE_CLOSED.search(headline):
        return None
    return match["label"].casefold()


def _without_leading_figures(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """The story without the lines of no letter opening it: pieces of the header's date and counters the copy split
    off, a slider's arrows. No dev reference opens with one; dev dumps kept "2019" / "09/07" / "2819" (QQ), a view
    count "12934" (NetEase), "9 |  | 23" (Guancha), "‹ ›" (O Tempo), "06/10/2020" (Radio Nacional), "03/24/2020" (The
    Media Line). A table's rows (a paragraph of several lines) stay."""
    start = 0
    while start < len(paragraphs) and "\n" not in paragraphs[start] \
            and not any(char.isalpha() for char in paragraphs[start]):
        start += 1
    return paragraphs[start:]


def _standfirst(lines: list[str], head_end: int) -> list[str]:
    """The standfirst in the story's header, above the region the story was found in: sentences right under a
    headline-shaped line (``_is_headline``; byline, date and widget lines may sit between), with a byline or date
    line next to them (the header's mark: a teaser's blurb in a rail has none), and no prose between them and the
    story.

    A copied page puts the header's furniture (byline, date, share bar, audio player, photo) between the standfirst
    and the story, so the regions start below it: "Reçue mardi 29 août à l’Elysée, la secrétaire générale de la CGT
    a exposé ..." over "Par Bertrand Bissuel" (Le Monde), "Angehörige der drusischen Minderheit in Syrien haben ..."
    over "Autor: ..." and "05.01.2025, 15:23" (SRF), and under "Publicerad 23 okt 2025 kl 10.23" three sentences a
    line (Expressen). The first line is a sentence of ``PROSE_WORDS`` words or more, the next ones sentences of four
    words or more, ``STANDFIRST_WORDS`` words in all at most, within ``STANDFIRST_REACH`` lines above the story; a
    share prompt read as a sentence (two widget words, or the page's again: SRF's "Klicken, um die Teilen-Funktion zu
    öffnen. Teilen Zu den Kommentaren springen." above and below the story) or a credited photo caption is none.

    The lines are read upwards from the story, and a line of prose that opens no standfirst (no headline and header
    right over it) does not end the search: it may be the standfirst's own last line, or a teaser's or a caption's
    between the standfirst and the story. Expressen's three sentences under "Publicerad 1 okt 2025 kl 02.11" were
    read from their last one up, and Al Jazeera's "The US abstains on resolution ..." and Público's "Antigo
    Presidente do Brasil está a ser investigado ..." lie above a box of teasers whose headline reads as prose
    (issue 12, dumpsR253).
    """
    counts = Counter(lines)
    for first in range(head_end - 1, max(head_end - STANDFIRST_REACH, 0) - 1, -1):
        line = lines[first]
        if line_kind(line) == "prose" and not is_credited_caption(line) and widgets.widget_word_count(line) < 2 \
                and counts[line] == 1 and (block := _standfirst_from(lines, first)):
            return block
    return []


def _dek(lines: list[str], head_end: int) -> list[str]:
    """The standfirst written as a second headline, without a full stop: a line of ``DEK_WORDS`` words or more right
    under the headline, a byline or date line within ``STANDFIRST_WITHIN`` lines under it, nearest the story within
    ``STANDFIRST_REACH`` lines (``_standfirst`` reads only sentences). Under a dek, a photo caption is shaped like one
    too (the Free Beacon's "Democratic megadonor George Soros, Sen. Jon Tester ..." under "Liberal billionaire George
    Soros and his son nearly max out to Tester"): of two such lines in a row, the upper one is the dek.

    Dev dumps: "Though severe deprivation is rising, not everyone is worse off" over "United States" and "Jul 6th
    2020" (The Economist), "Fan backlash against league-wide salaries is wholly misguided" over "By Matt Snyder" (CBS
    Sports), the same on Canada.com, ESPNcricinfo, the Free Beacon and dilei.it. A teaser in a rail is a title over
    its date, with no such line between. References differ on deks: the Independent's, Kotaku's, OK!'s and Folha's
    leave theirs out, so the rule gains dev little (issue 12, html38).

    A dek may close its short sentence when the byline or date line comes right under it (``_closed_over_header``:
    Slate, Recode, Ars Technica; dumps31).

    One byline or widget line may sit between the headline and the dek: Repubblica's "di Luca Monaco", The Register's
    comment count "1", The Verge's breadcrumb "/" (dumps28). A headline-shaped line over that byline must be no dek
    itself, else the photo caption under a dek and its byline would read as the dek (The Telegraph's).
    """
    counts = Counter(lines)
    for at in range(head_end - 1, max(head_end - STANDFIRST_REACH, 1) - 1, -1):
        if _is_dek(lines, at, counts):
            while at > 1 and _is_dek(lines, at - 1, counts):
                at -= 1
            return _dek_lines(lines, at, head_end, counts)
    return []


def _dek_lines(lines: list[str], at: int, head_end: int, counts: Counter) -> list[str]:
    """The dek at ``lines[at]`` with the lines under it set as further deks (``_is_dek_shaped``, closing no sentence,
    no clock time) when the last of them stands right over a byline, a date or a widget line: Xataka's two deks ("En
    2023 se vendieron 949.359 automóviles en España, ..." over "El Dacia Sandero fue el coche más vendido de 2023, ..."
    over its share bar), the Washington Post's second line under its dek, the summary points the Daily Mail prints
    under a headline ("Meghan and Harry bought a nine-bedroom ..." over "Katy Perry and Orlando Bloom have just ...";
    one of its references leaves them out). A live blog's entries close on their time ("... gun signs17:35": the
    Mirror); a photo caption under a dek is in title case (the Free Beacon's) and ends the run short of the byline, so
    the dek stands alone."""
    end = at + 1
    while end < head_end and _is_dek_shaped(lines[end], counts) and not widgets.SENTENCE_END.search(lines[end]) \
            and not _CLOSING_TIME.search(lines[end]):
        end += 1
    below = lines[end] if end < head_end else None
    if below is not None and (_is_header(below) or _is_short_date(below) or widgets.is_widget_line(below)):
        return lines[at:end]
    return [lines[at]]


def _dek_of_story(lines: list[str], head_end: int, body_end: int) -> list[str]:
    """The standfirst with no byline or date line right under it (``_dek`` and ``_standfirst`` want one near): a line
    right under the headline, or under a kicker or short byline under it, within ``DEK_OF_STORY_REACH`` lines above
    the story, that is longer than the headline and shares ``DEK_STEMS`` word stems with the story's first
    ``DEK_STORY_LINES`` lines (``_stems``), the headline at least one.

    Dev dumps: "Los pueblos indígenas reclaman por derechos que permanecen incumplidos, ..." under its headline right
    over the story (La Nación), "La Comisión endurecerá la regulación sobre deportaciones ..." over a video and the
    byline (El País), "La squadra di Kompany vince la 35esima Bundesliga: ..." under "di Daniele Fiori" (il Fatto
    Quotidiano), "CHINESE AGGRESSION: Manila accused Beijing's ..." over "AFP, MANILA" (Taipei Times), the National
    Post's over "Author of the article:", the Evening Standard's and The Debrief's over a byline with its age or a
    share label; and deks further above the story, past a related headline, a photo and its caption, a share bar or
    a byline (ABC's two sentences, TASS, heise, BuzzFeed, the FT, Fox Business, Radio-Canada). Shared stems tell a
    dek from the page's other headline and blurb pairs above the story (a teaser rail's, a gallery's): without them
    twelve dev pages lose (Daum, Phoronix, TASS, Forbes, The Economist, WAZ ...). Under a rail heading or a related
    label ("Mehr zum Thema" on der Freitag) the pair is a teaser; over another headline-shaped line it is one of a
    list of titles (RIA Novosti's multimedia box, the Times of India's "Up Next" list) unless it runs ``DEK_LONGER``
    words past its headline; over a photo credit it is the photo's caption (the San Diego Union-Tribune's "A
    rendering of ..." over "(SDSU Athletics)"); cut with an ellipsis it is a teaser's (20 Minutes). References differ
    on deks: The Detroit News' is left out of its reference (issue 12, dumps62; the Spanish deks with no header under
    them, dumps51).
    """
    counts = Counter(lines)
    story = _stems(" ".join(lines[head_end : min(body_end, head_end + DEK_STORY_LINES)]))
    for at in range(head_end - 1, max(head_end - DEK_OF_STORY_REACH, 1) - 1, -1):
        line = lines[at]
        words = widgets.word_count(line)
        if not _is_dek_shaped(line, counts) or len(_stems(line) & story) < DEK_STEMS:
            continue
        below = lines[at + 1]
        if widgets.is_credit_line(below) or below.startswith("(") and widgets.CAPTION_CREDIT.match(below):
            continue  # a photo caption over its credit
        listed = _is_headline(below) and not _is_header(below) and not widgets.is_widget_line(below)
        kicker = widgets.word_count(lines[at - 1]) <= KICKER_WORDS and not widgets.SENTENCE_END.search(lines[at - 1])
        for head in (at - 1, at - 2) if kicker and at > 1 else (at - 1,):
            above = lines[head]
            if not _is_headline(above) or _is_header(above) or _CLOCK.search(above) \
                    or widgets.is_caption_line(above) or not DEK_HEADLINE_WORDS <= widgets.word_count(above) < words:
                continue
            if listed and widgets.word_count(above) + DEK_LONGER > words or head > 0 and (
                RAIL_HEADING.fullmatch(lines[head - 1]) or RELATED_LABEL.fullmatch(lines[head - 1])
            ):
                continue
            if len(set(line.split()) & set(above.split())) < DEK_REPEAT * len(line.split()) and _stems(above) & story:
                return [line]
    return []


def _is_dek_shaped(line: str, counts: Counter) -> bool:
    """A line shaped as ``_dek_of_story`` reads a dek: ``DEK_WORDS`` to ``STANDFIRST_WORDS`` words once on the page,
    not cut with an ellipsis, not title case, no byline, date, widget line or caption; Chinese and Japanese lines are
    left out, as in ``_dek``."""
    if "\n" in line or counts[line] > 1 or line.endswith((":", "：", "…", "...")) or widgets.CJK.search(line) \
            or not DEK_WORDS <= widgets.word_count(line) <= STANDFIRST_WORDS:
        return False
    if _is_header(line) or widgets.is_widget_line(line) or widgets.widget_word_count(line) >= 2 \
            or is_credited_caption(line) or widgets.is_caption_line(line):
        return False
    words = line.split()
    return sum(word[:1].isupper() for word in words[1:]) <= DEK_CAPITALS * (len(words) - 1)


def _stems(text: str) -> set[str]:
    """The first ``STEM_LETTERS`` letters of each word of that many letters or more, case-folded: what a dek and its
    story share across a word's inflections and compounds, in any language written with spaces."""
    return {word[:STEM_LETTERS] for word in _STEM_WORD.findall(text.casefold())}


def _is_dek(lines: list[str], at: int, counts: Counter) -> bool:
    """Whether ``lines[at]`` is shaped as ``_dek`` reads one (``at`` >= 1): under the headline, or under a byline or
    widget line under it, when the headline is no dek itself."""
    if _is_dek_under(lines, at, at - 1, counts):
        return True
    between = lines[at - 1]
    return at > 1 and (widgets.is_byline(between) or widgets.is_widget_line(between)) \
        and not (at > 2 and _is_dek_under(lines, at - 2, at - 3, counts)) \
        and _is_dek_under(lines, at, at - 2, counts)


def _is_dek_under(lines: list[str], at: int, headline: int, counts: Counter) -> bool:
    """Whether ``lines[at]`` is a dek under the headline ``lines[headline]``."""
    line = lines[at]
    if "\n" in line or line.endswith((":", "：")) or counts[line] > 1 \
            or widgets.SENTENCE_END.search(line) and not _closed_over_header(lines, at):
        return False
    above = lines[headline]
    if not DEK_WORDS <= widgets.word_count(line) <= STANDFIRST_WORDS or widgets.CJK.search(line) \
            or len(above.split()) < DEK_HEADLINE_WORDS or not _is_headline(above) or widgets.is_caption_line(above):
        return False
    words = line.split()
    if sum(word[:1].isupper() for word in words[1:]) > DEK_CAPITALS * (len(words) - 1):
        return False  # title case: a headline under a kicker ("Tips / Contact Us" over MacRumors' headline)
    if len(set(words) & set(above.split())) >= DEK_REPEAT * len(words):
        return False  # the headline again, reworded under a shorter copy of it (Tages-Anzeiger, Sportschau)
    if _is_header(line) or widgets.is_widget_line(line) or widgets.widget_word_count(line) >= 2 \
            or is_credited_caption(line) or widgets.is_caption_line(line):
        return False
    return any(_is_header(below) or _is_short_date(below) for below in lines[at + 1 : at + 1 + STANDFIRST_WITHIN])


def _closed_over_header(lines: list[str], at: int) -> bool:
    """Whether ``lines[at]`` closes a sentence with a full stop, a question or an exclamation mark right over a byline
    or date line: a dek written as a short sentence, fewer words than the standfirst ``_standfirst`` reads (dev dumps:
    "Funding stalemate had idled tens of thousand of workers." over "By Josh Voorhees | Posted Thursday, ..." on Slate,
    "The FCC will now have a Republican majority." over "by April Glaser@aprilaser Dec 15, 2016, ..." on Recode, "Two-year-old
    bug exposes thousands of servers to crippling attack." over "Dan Goodin - Apr 16, 2015 ..." on Ars Technica), or over
    the author's name and the story's age (``_is_age_line``: "Emergency, healthcare and transit workers won't need to
    pay." over "Jon Fingas, @jonfingas" and "1h ago" on Engadget). A line
    closing on a quote or an ellipsis over a date is a headline or a list of titles ("Obama admits US gun laws are his
    'biggest frustration'" over "24 July 2015" on the BBC, Libération's "Screenshot : «Vape Wave», ... …")."""
    return lines[at].rstrip().endswith((".", "?", "!")) and at + 1 < len(lines) and (
        _is_header(lines[at + 1]) or _is_name(lines[at + 1]) and at + 2 < len(lines) and _is_age_line(lines[at + 2]))


def _is_short_date(line: str) -> bool:
    """A line of ``DEK_WORDS`` words at most with a year that reads as a date without a time: "Jul 6th 2020" (The
    Economist), "13-May-2024" (ESPNcricinfo), "Published Jun 05, 2026 • 3 minute read" (Canada.com)."""
    return widgets.word_count(line) <= DEK_WORDS and bool(_YEAR.search(line)) and parse_date(line) is not None


def _standfirst_from(lines: list[str], first: int) -> list[str]:
    """The standfirst whose first line is ``lines[first]`` (see ``_standfirst``), or none."""
    block = [lines[first]]
    for line in lines[first + 1 : first + 1 + STANDFIRST_WITHIN]:
        if not _is_standfirst_sentence(line, first=False):
            break
        block.append(line)
    if not _is_standfirst_sentence(block[0], first=True) or sum(map(widgets.word_count, block)) > STANDFIRST_WORDS:
        return []
    above = first - 1
    marked = False
    while above >= max(first - 1 - STANDFIRST_WITHIN, 0) and (
        _is_header(lines[above]) or widgets.is_widget_line(lines[above])
    ):
        marked = marked or _is_header(lines[above])
        above -= 1
    if above < 0 or not _is_headline(lines[above]):
        return []
    after = first + len(block)
    return block if marked or any(_is_header(line) for line in lines[after : after + 2]) else []


def _is_standfirst_sentence(line: str, *, first: bool) -> bool:
    """A line of a standfirst: a sentence of four words or more, the first one of ``PROSE_WORDS``; no byline, date,
    widget line or credited photo caption."""
    if "\n" in line or _is_header(line) or widgets.is_widget_line(line) or is_credited_caption(line):
        return False
    return widgets.word_count(line) >= (PROSE_WORDS if first else 4) and _ends_sentence(line)


def _is_header(line: str) -> bool:
    """A line of a story's header under its headline: a byline, a date line, or its author's name with the story's
    age (``_AGE_LINE``)."""
    return widgets.is_byline(line) or _stamp(line) is not None or _is_date_line(line) or _is_age_line(line) \
        or _is_meta_date(line)


#: A full date in a line: "Aug 28, 2024", "28 August 2024", "2024-08-28".
_FULL_DATE = re.compile(_DATE, re.IGNORECASE)


def _is_meta_date(line: str) -> bool:
    """A header's meta line giving the date without a time, its parts set apart by separators (a table's rows are
    none): "Published Aug 28, 2024 • Last updated 1 hour ago • 4 minute read" under the National Post's dek, "November
    6, 2020 · 12 min read" (Roots of Progress), "Published 21 November 2019 · Tagged with WebAssembly tooling" (V8),
    "Jan 8, 2026 · Gino Matos" (CryptoSlate) on the dev dumps."""
    return "\n" not in line and bool(_META_SEPARATOR.search(line)) and widgets.word_count(line) <= SEPARATED_DATE_LINE_WORDS \
        and _FULL_DATE.search(line) is not None


#: A header's age of the story: "Nizaar Kinsella2 minutes ago", "Dylan Jones5 hours ago" (the Evening Standard, the
#: author's name glued to it), "1h ago" (Engadget), "11 hr ago" (Substack).
_AGE_LINE = re.compile(r"(?:^|\s|(?<=[^\W\d_]))\d{1,2}\s?(?:min(?:ute)?s?|h|hrs?|hours?|days?)\s+ago$", re.IGNORECASE)
#: ... of this many words at most.
AGE_LINE_WORDS = 6


def _is_age_line(line: str) -> bool:
    """A short line giving the story's age (``_AGE_LINE``): under a dek, the header the dek needs (``_is_dek_under``,
    ``_closed_over_header``): "Blues show season is still alive and European qualification is on the cards" over a
    photo caption, its credit and "Nizaar Kinsella2 minutes ago" (the Evening Standard, two dev pages)."""
    return widgets.word_count(line) <= AGE_LINE_WORDS and _AGE_LINE.search(line) is not None


def _is_dateline(line: str) -> bool:
    """A line opening with a wire dateline: "SEOUL, Dec. 2 (Yonhap) -- ...", or "(서울=연합뉴스) 홍길동 기자 = ..." (Yonhap),
    "(서울=뉴스1) ..." (News1) followed by prose, not code.

    A dateline opens the story's first paragraph, so its line is prose (``line_kind``): a short line shaped like one is
    a product's name or a caption, and anchored the story below it ("Nintendo Switch (OLED Model) - White" in Video
    Games Chronicle's shop box, which lost its story for the furniture under the box; "PREVIOUS (left) – current
    (right) renderings of ..." under Chicago YIMBY's first paragraph, a caption)."""
    # both open with a bracket or hold one: a line without is not matched against them
    return "(" in line and bool(DATELINE.match(line)) and line_kind(line) == "prose" or line[:1] in (
        "(", "[", "（", "【") and bool(EQUALS_DATELINE.match(line)) and not is_code(line)


def _is_headline(line: str) -> bool:
    """A story's first line shaped like its headline: one line of ``HEADLINE_WORDS`` words at most that does not end
    a sentence with a full stop ("'I sell Walt Disney World holidays - booking the right day could save you
    thousands'" on the Daily Star, "Nach Kalifat-Rufen in Hamburg: Sind wir zu sanft zu Islamisten?" on Der
    Standard). A headline of that length ending in a quote, a question mark or nothing reads as prose to the
    regions, so the story starts at it; a lead paragraph ends with a full stop. A lead may end with a question after
    a first sentence: ``LEDE_WORDS`` words or more with a sentence closed inside are one ("Nach 42 Sitzungen hat der
    Untersuchungsausschuss ... beendet. Was bleibt - außer zwei Rücktritten ...?" on tagesschau.de, "Engineers might
    be able to protect Arctic ice by coating it with tiny glass bubbles. Should they?" on the New Yorker), while a
    headline of two sentences is short ("I was wrong. CRDTs are the future"). A full stop before closing quotes
    closes a sentence too: a story may open on a quoted sentence ("“I have been complicit in the violent domination
    of the world and I will never get the blood off my hands.”" on The Intercept, "“이대로는 죽습니다. …뛰어야 해요.”"
    on the Korea Economic Daily, 'Global warming - "it's a hoax."' on the Chicago Tribune), a headline in quotes
    closes none.
    """
    words = widgets.word_count(line)
    return "\n" not in line and 4 <= words <= HEADLINE_WORDS and not line.rstrip().rstrip(_CLOSING_QUOTES).endswith(
        (".", "。", ":", "：", "…")
    ) and not (words >= LEDE_WORDS and _SENTENCE_CLOSED.search(line))


def _is_rail_headline(line: str) -> bool:
    """A rail's headline: headline-shaped (``_is_headline``), or up to ``RAIL_HEADLINE_WORDS`` words long with no
    full stop inside or closing it (the Daily Mail's); never a byline or a widget."""
    if widgets.is_byline(line) or widgets.is_widget_line(line):
        return False
    return _is_headline(line) or "\n" not in line and 4 <= widgets.word_count(line) <= RAIL_HEADLINE_WORDS \
        and not line.rstrip().rstrip(_CLOSING_QUOTES).endswith((".", "。", "।", ":", "：", "…")) \
        and not _FULL_STOP_INSIDE.search(line)


def _opening_teasers(lines: list[str], head_end: int, body_end: int) -> set[int]:
    """The headlines a story region opens on when it opens inside a rail of other stories' headlines (issue 12,
    dumpsH271): a run of rail headlines (``_is_rail_headline``) that starts ``OPENING_RAIL_ABOVE`` lines or more
    above the region and runs on into it, up to the first line of another shape (the story's byline, a pager's
    "Previous", its first paragraph). ETonline's video playlist under its headline ("Willie Nelson Reveals Shocking
    Way Ex-Wife Found Out About Affair", ... down to "By Miguel A. Melendez"), the Daily Mail's carousel of sports
    headlines down to its "Previous"/"Next", El Mundo's "Política Los diputados del PP piden a Tellado ...", Diario
    del Sur's "Mora inscrita para un campeonato mundial" among its rail's headlines. The story's own headline and
    dek stand under a byline, a date or a pager's widget, or open the region with no rail right above them."""
    if head_end >= body_end or not _is_rail_headline(lines[head_end]):
        return set()
    if head_end < OPENING_RAIL_ABOVE or not all(
            _is_rail_headline(line) for line in lines[head_end - OPENING_RAIL_ABOVE:head_end]):
        return set()
    end = head_end
    while end < body_end and _is_rail_headline(lines[end]):
        end += 1
    return set(range(head_end, end)) if end < body_end else set()


def _is_section_label(line: str) -> bool:
    """A section's or kicker's label over a headline: a line of ``SECTION_LABEL_WORDS`` words at most with no figure,
    closing no sentence nor on a colon, that is no byline, date or widget line ("The Two-Way", "America", "عربي
    ودولي", "UN-Generalversammlung", "Culture Desk")."""
    return "\n" not in line and 1 <= widgets.word_count(line) <= SECTION_LABEL_WORDS \
        and not widgets.SENTENCE_END.search(line) and not _DIGIT.search(line) \
        and not line.rstrip().endswith((":", "：")) and not widgets.is_widget_line(line) and not _is_header(line)


def _headline_under_label(lines: list[str], head_end: int, body_end: int) -> int | None:
    """The story's headline when its region opens above it (issue 12, dumpsT293): ``LABELLED_HEADLINE_ABOVE`` line
    of something else (a rail's teaser, an author's bio, the page's summary, a notice), then a run of section labels
    (``_is_section_label``), then a headline-shaped line (``_is_headline``: no byline, date, caption or credit) with
    a byline, date or widget line within ``LABELLED_HEADER_WITHIN`` lines under it (a widget line or share bar, as
    "• 8 min read", is no headline, nor is a line over a headline-shaped line no longer than it: the Atlantic's "Share
    « Previous Entertainment | Next Entertainment » Email Print" over "How to Stop James Bond From Getting Old"; a dek
    under the headline runs longer): the story and its header start
    at that headline, and the dump's title is it, not the menu line or rail headline above the region that the
    candidates gave. Dev dumps: NPR's "Dylann Roof Convicted Of Charleston Church Massacre : The Two-Way A jury ..."
    over "The Two-Way" / "America" / "Jury Finds Dylann Roof Guilty In S.C. Church Shooting" and its share bar,
    al-Madenah's rail line over "عربي ودولي" and its headline over "تم نشره الجمعة 24 نيسان ...", the Hamburger
    Abendblatt's teaser over "UN-Generalversammlung", Vogue's affiliate notice over "Mode", the New Yorker's "To
    revisit this article, ..." over "Close Alert" / "Culture Desk"."""
    for at in range(head_end + LABELLED_HEADLINE_ABOVE + 1,
                    min(body_end - 1, head_end + LABELLED_HEADLINE_ABOVE + SECTION_LABEL_LINES + 1)):
        line = lines[at]
        if not _is_headline(line) or _is_header(line) or _CLOCK.search(line) or widgets.is_caption_line(line) \
                or widgets.is_credit_line(line) or widgets.is_widget_line(line) or widgets.widget_word_count(line) >= 2:
            continue
        label = at
        while label > head_end and _is_section_label(lines[label - 1]):
            label -= 1
        if label == at or label - head_end != LABELLED_HEADLINE_ABOVE \
                or any(_is_section_label(line) for line in lines[head_end:label]):
            continue
        under = lines[at + 1]
        if _is_headline(under) and not _is_header(under) and widgets.word_count(under) <= widgets.word_count(line):
            return None  # a headline over the headline: the upper one is a toolbar's or a kicker's line
        if any(_is_header(below) or _is_short_date(below) or widgets.is_widget_line(below)
               for below in lines[at + 1:at + 1 + LABELLED_HEADER_WITHIN]):
            return at
        return None
    return None


def _is_worded(line: str) -> bool:
    """A headline-shaped line (``_is_headline``) of four words of letters at least: a pager's "« Vorige | Nächste »"
    over heise's date and time, a phone number over its opening hours ("0800 5 10 11 12" over "(Mo.-Sa.: 8:00 – 20:00
    Uhr)" on adac.de) are no headline over the story's header."""
    return _is_headline(line) and widgets.word_count(_NON_LETTERS.sub(" ", line)) >= 4


def _is_dated_line(line: str) -> bool:
    """A line the title candidates leave out for its time or date (issue 12, dumpsT293): a clock time ("June 15,
    20165:04 PM ET" on NPR, "ذیشان مہتاب اتوار 12 مئی 2024 23:04" on UrduPoint), a short date ("05. Juni 2025" on
    the Salzburger Nachrichten, "February 9th, 2024" on MLB.com) or the story's age ("Last updated 15 hours ago" on the Financial Post): a header's line the
    stamp pattern does not read, which, being the last candidate over the story, was taken as the headline."""
    return bool(_CLOCK.search(line)) or _is_short_date(line) or _is_age_line(line)


def _has_dated_field(line: str) -> bool:
    """A header line of fields set apart by " | " one of which is a short date or the story's age: "Biodiversité | 22
    mai 2020 | Dorothée Laperche | Actu-Environnement.com", "Geingob's Funeral, National, News, Top Story 1 | Published:
    5 hours ago | Last Updated: 5 hours ago | Written by ..." (The Namibian). No title candidate, it marks the header
    (``story_titles.header_headline``) and the line over it as dated (round dumpsT326)."""
    return " | " in line and any(_is_short_date(field) or _is_age_line(field) for field in line.split(" | "))


def _is_opening_headline(line: str) -> bool:
    """A region's opening line that may be its headline (``story_titles.opening_headline``): one line of 3 to
    ``OPENING_HEADLINE_WORDS`` words, no byline, widget, date or caption line, not closed by a full stop (an ellipsis
    aside)."""
    end = line.rstrip()
    return "\n" not in line and 3 <= widgets.word_count(line) <= OPENING_HEADLINE_WORDS \
        and not (end.endswith((".", "。")) and not end.endswith(("...", "…"))) and not widgets.is_byline(line) \
        and not widgets.is_widget_line(line) and not _is_dated_line(line) and not widgets.is_caption_line(line)


def _headline(candidates: list[tuple[str, bool]]) -> str | None:
    """The headline among the headline-shaped lines before the story: the last one directly above a date
    line, else the last one, nearest the story.

    A copied page puts menus, teasers and section names first and the headline right above the
    story, often with its date under it (Yonhap's "2017/06/01 18:10", the BBC's "24 July 2015"); what
    may sit between (a byline, a toolbar, a share bar, a photo caption or credit, an editor's note
    in brackets such as Yonhap's "(ATTN: UPDATES with quotes at bottom)") is not a candidate.
    """
    dated = [line for line, above_date in candidates if above_date]
    return dated[-1] if dated else (candidates[-1][0] if candidates else None)


def why_empty(text: str) -> str | None:
    """Why a text dump yielded no article text, for ``Document.error``; None when it is too short to be one.

    As for pages (``fallback.why_empty``): a dump of ``ARTICLE_WORDS`` words or more held a story we
    could not read; a shorter one of labels is simply not an article (the ``empty_body`` flag says so).
    """
    lines = split_lines(text)
    words = sum(widgets.word_count(line) for line in lines)
    if words < ARTICLE_WORDS:
        return None
    prose = sum(_is_prose(line) for line in lines)
    return (
        f"no article text found: the text's {len(lines)} lines ({words} words) are short labels, navigation or "
        f"widget lines ({prose} read as sentences)"
    )


def finish_paragraphs(
    paragraphs: list[str],
    *,
    title: str | None,
    profile: SiteProfile | None,
    text_dump: bool,
    authors: tuple[str, ...] = (),
    captioned: frozenset[str] = frozenset(),
    items: frozenset[str] = frozenset(),
    headlines: tuple[str, ...] = (),
    numbered: frozenset[str] = frozenset(),
    listing: frozenset[str] = frozenset(),
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Line rules shared by both cleaners; returns (body paragraphs, captions).

    Cuts at the site profile's end line (``profiles.story_end``), trims trailing furniture, drops widget/e-mail/byline lines (also
    bare author names, when the page declares its authors, and a live blog's entry sign-offs, ``_entry_sign_offs``) and a repeated headline, and moves
    caption-shaped or verbatim-repeated lines to captions, and the lines ``captioned`` names (a dump's photo captions
    and credits read off their lines' order, ``text_regions.captions_above_credits``). A page's story loses the short
    labels left at its end (``_is_trailing_label``), but not the paragraphs ``items`` names (a list's or table's items),
    and the kicker and headline above it that split one of the page's declared ``headlines`` (``_is_headline_part``).
    A dump's ``numbered`` lines (``text_regions.section_numbers``) head its sections and are no counters, and its
    ``listing`` lines (the lines of its code listings, ``text_regions.code_blocks``) no captions when they repeat (Haki
    Benita's "avg(n) + stddev(n) AS upper_bound" in two queries, cnblogs' 'echo "apollo启动完成"' closing two scripts),
    nor widget lines when they are code, a widget's word in a name notwithstanding (Habr's "// text.search()" heading a
    variant, cnblogs' "--web.listen-address=:19090" option in each of its Prometheus scripts), or longer than a
    button's word (``LISTING_BUTTON_WORDS``): a ``<pre>`` block's header line (Umputun's "Content-Length: 33") and
    wrapped e-mail line (a WordPress blog's "share noisefree information via twitter."). In a text
    dump, tables and runs of rows of figures are kept as they are ("12.30 up 0.5%" is no live-blog stamp, "1" heading a
    row no counter), and the story's last paragraph of prose is no caption for the bracket closing it: a wire or desk
    sign-off ("... this difficult passage”. (IANS)" on NewsGram, "... Commonwealth countries. (End)" on RNA News, "...
    IGI School of Economics Jakarta. (E-2)" on Media Indonesia) reads like a caption's credit. A page's paragraph of
    ``<br>``-broken lines loses the lines that are promotions (``is_promo``), which the rule would drop as paragraphs of
    their own: Chicago YIMBY's follow calls ("Follow YIMBYgram for real-time photo updates", ...) and Jewish Business
    News' donation appeal ("Will you offer us a hand? Every gift, regardless of size, fuels our future.", ...) share
    one ``<p>`` each.
    """
    author_words = {w.lower() for name in authors for w in re.findall(r"\w+", name)}
    drop_patterns = profile.compiled["lines"] if profile is not None else ()
    counts = Counter(paragraphs)
    sign_offs = _entry_sign_offs(paragraphs)
    # the story's last paragraph of prose: a wire sign-off in brackets may close it, no caption's credit
    closing = max((at for at, para in enumerate(paragraphs) if _is_prose(para)), default=-1) if text_dump else -1
    kept: list[str] = []
    captions: list[str] = []
    for index, para in enumerate(paragraphs):
        stripped = widgets.strip_artifacts(para)
        if not stripped or (stripped != para and widgets.word_count(stripped) <= 3):
            continue  # only a label ("Contact:") was left around the placeholder
        para = stripped
        if story_end(profile, para) and kept:
            break
        if any(p.search(para) for p in drop_patterns) or para in sign_offs:
            continue
        if text_dump and index > 0 and _BY_WORD.fullmatch(paragraphs[index - 1]) and _is_name(para):
            continue  # the name under a lone "Von" / "By": a byline a copy split in two lines
        if text_dump and "\n" in para:
            kept.append(para)  # a table, or rows of figures (``rebuild_tables``): never a widget or caption line
            continue
        if "\n" in para:  # a page's <br>-broken paragraph: its promotion lines go
            para = "\n".join(line for line in para.split("\n") if not is_promo(line.strip()))
            if not para.strip():
                continue
        if title and index < 3 and _same(para, title):
            continue
        if headlines and not kept and index < 3 and (
            _is_headline_part(para, headlines) or _is_declared_headline(para, headlines)
        ):
            continue
        if (index < 4 or index >= len(paragraphs) - 3) and (
            widgets.is_byline(para.split("\n", 1)[0]) and ("\n" not in para or widgets.word_count(para) <= 30)
            or _names_only(para, author_words)
        ) or is_han_byline(para):
            continue  # "By A and B", a byline block with its date and section links, or just the names; a Han label
            # with names and nothing else ("扬子晚报记者 张楠") is a byline wherever it stands
        if text_dump and (
            widgets.is_widget_line(para, subheading=_between_prose(paragraphs, index)) and para not in numbered
            and not (para in listing and (is_code(para) or widgets.word_count(para) > LISTING_BUTTON_WORDS))
            or is_link_row(para)
            or is_glued_link(para)
        ) or is_promo(para):
            continue
        if para not in listing and (
                not _ends_sentence(para) and _stamp(para) is not None or _is_date_line(para) and (text_dump or para not in items)
                or text_dump and para not in items and is_date_only(para)):
            continue  # "Friday 22 November 2024 08:49 GMT": the date is metadata, on a page too ("Ein Beitrag geteilt
            # von ... am Jun 17, 2019 um 12:17 PDT" on Wunderweib, "Aus: Ausgabe vom 26.04.2024, Seite 1" on junge
            # Welt, "Datum: 22.12.2012, Rubrik: USA" on tagesausblick), unless a page's list or table gives it, or a
            # code listing: an HTTP reply's header "Date: Thu, 26 Nov 2015 22:47:17 GMT" (umputun), a query's
            # "(60 - extract('seconds' from '2020-08-01 17:00 UTC'::timestamptz - period))" (Haki Benita)
        if widgets.EMAIL.fullmatch(para) or widgets.URL_ONLY.match(para):
            continue
        if widgets.is_credit_line(para) or para in captioned:
            if para not in captions:
                captions.append(para)
            continue
        # a line of code repeats in a listing ("var a = array.map((x) => x)" on Habr, "avg(n) series_avg," on Haki
        # Benita's blog), and an item of the story's lists or fields repeats under each thing they describe
        # ("販売者･生産牧場：社台ファーム" under four horses of a goo blog's sale results, "Price: Free / In-app purchases"
        # under two of Android Authority's apps, "Toyota Corolla: 22.129 unidades" in two of Xataka's yearly lists):
        # no caption's, and kept each time
        repeated = counts[para] > 1 and widgets.word_count(para) >= 4 and not (text_dump and is_code(para)) \
            and para not in items and para not in listing
        if (repeated and (text_dump and not (widgets.word_count(para) >= REPEATED_PARAGRAPH_WORDS and _is_prose(para))
                          or widgets.is_caption_line(para))) or (
            text_dump and (_is_dump_caption(para, last=index == closing) or is_credited_caption(para)
                           or index < len(paragraphs) - 1 and has_trailing_credit(para))
            or not text_dump and _is_credited_photo_caption(para)
        ):
            if para not in captions:
                captions.append(para)
            continue
        if repeated and para in kept or kept and para == kept[-1] and paragraphs[index - 1] != kept[-1]:
            continue  # or a copy the lines dropped between the two set right under the first: the FT's "Save"
            # control printed again below its share rows, Aeon's photo caption again below its header's lines
        kept.append(para)
    if text_dump:
        kept = _without_closing_teasers(_without_trailing_furniture(kept, items), items)
    else:
        kept = _without_closing_addresses(_above_disclaimer(without_closing_references(without_trailing_labels(kept, items))))
    return tuple(kept), tuple(captions)


def _between_prose(paragraphs: list[str], index: int) -> bool:
    """Whether a dump's line stands between two paragraphs of prose (``_is_prose``), a subheading's place: there a
    control verb opening three words or more is the heading's own word (``widgets.is_widget_line``'s ``subheading``,
    as the HTML path judges a heading over the story's prose): fortune.com's "Watch What You Say" and parse.ly's
    "Search: The dominator", both in their references, went as controls from the dev dumps; a bare control ("Watch",
    "Follow us") and a line naming a widget stay controls (issue 12, dumpsR317)."""
    return 0 < index < len(paragraphs) - 1 and _is_prose(paragraphs[index - 1]) and _is_prose(paragraphs[index + 1])


def _above_disclaimer(paragraphs: list[str]) -> list[str]:
    """An HTML story up to an investment disclaimer (``DISCLAIMER``, a paragraph's first line) closing it, once
    ``NOTE_BELOW`` of its words lie above it: the text dumps' rule (``text_regions._before_disclaimer``) on a page.

    Tagesausblick's chart analysis goes on under "Alle Angaben ohne Gewähr." into a block of copyright, data-source,
    liability and conflict-of-interest notes in the page's story box too; the Berliner Morgenpost's
    savings story closes with "Aktien, Immobilien und andere Investments sind grundsätzlich mit einem Risiko
    verbunden. ..." (dev pages of both).
    """
    total = sum(widgets.word_count(para) for para in paragraphs)
    above = 0
    for index, para in enumerate(paragraphs):
        if index and DISCLAIMER.fullmatch(para.split("\n", 1)[0]) and above >= NOTE_BELOW * total:
            return paragraphs[:index]
        above += widgets.word_count(para)
    return paragraphs


#: A reporter's sign-off under a live blog's entry: a dash (never a lone hyphen, a list's bullet), then the name(s).
_SIGN_OFF = re.compile(r"^(?:--|[–—])\s*(?P<names>[^\d!?;:@()\"“”]{3,120})$")
#: Most words a sign-off holds: two reporters with their outlets ("Michael Collins of USA Today and Bree Burkitt of
#: The Arizona Republic").
_SIGN_OFF_WORDS = 16


def _is_sign_off(line: str) -> bool:
    """A dash, then capitalised names and the byline connectors between them ("and", "of", "the": ``bylines.txt``),
    with commas or a slash before an outlet: "– David Jackson", "--Michael Collins", "–Chelsea Curtis, The Arizona
    Republic", "-- James R. Healey/Drive On". Not a sentence: it ends in no full stop."""
    match = _SIGN_OFF.match(line)
    if match is None or line.endswith("."):
        return False
    words = re.split(r"[\s,/]+", match.group("names").strip(" ,/"))
    if not 2 <= len(words) <= _SIGN_OFF_WORDS:
        return False
    _, _, connectors = byline_words()
    lowered = connectors | byline_joiners()
    return all(w[:1].isupper() or w.lower() in lowered for w in words) and sum(w[:1].isupper() for w in words) >= 2


def _entry_sign_offs(paragraphs: list[str]) -> frozenset[str]:
    """The sign-off lines of a live blog's entries, when they name different reporters: each entry closes with its
    reporter's name after a dash (USA TODAY's Phoenix rally coverage, "– David Jackson", "–Chelsea Curtis, The Arizona
    Republic"; the Las Vegas Sun's Yucca Mountain blog, "–Yvonne Gonzalez", "–Ric Anderson and Chris Kudialis"). They
    are bylines, not text. Lines that all name one person stay: the writer's signature closing a post ("– Gary
    Marcus") or the attribution under quotes of one speaker ("– Sebastian Kurz" under two of his statements)."""
    found = [para for para in paragraphs if "\n" not in para and _is_sign_off(para)]
    return frozenset(found) if len(set(found)) >= 2 else frozenset()


def _without_trailing_furniture(kept: list[str], items: frozenset[str]) -> list[str]:
    """A dump's story without the rails closing it: tag labels, prompts and headlines after the story
    (``_is_trailing_furniture``) and a stray figure (``_is_stray_figure``); a table's last row (``items``) stays.

    Judged in ``finish_paragraphs`` and again at the end of ``clean_text_dump``, since the rules that run after it
    take the lines under a rail's headline and leave it closing the story: Ekonomichna Pravda's teasers ("Держбюджет
    отримав перші мільйони за нові ліцензії PlayCity: які компанії вже сплатили"), the Motley Fool's "1 great stock to
    buy for 2015 and beyond", VG's "OL 2024", Página/12's "Si llegaste hasta acá..."; no reference keeps them. Its
    cost: the rows of figures above Página/12's label read as headlines ("➡️ Ocupación actual camas UTI en el país:
    68,4%") and go with it, though its reference keeps them."""
    end = len(kept)
    while end and kept[end - 1] not in items and (
            _is_trailing_furniture(kept[end - 1]) or _is_stray_figure(kept[:end])):
        end -= 1
    return kept[:end]


def _is_trailing_furniture(line: str) -> bool:
    """A dump's line that cannot close its story: a short label or prompt, or a headline (``_is_trailing_headline``);
    a row of figures (a table's last row) can."""
    return (not _is_prose(line) and widgets.word_count(line) <= 6 and not is_figures(line)
            and not _is_short_closing_sentence(line) or _is_trailing_headline(line))


def _is_short_closing_sentence(line: str) -> bool:
    """A short sentence closing a story, no furniture for ``_is_trailing_furniture``: ``SHORT_SENTENCE_WORDS`` words or
    more, a capital first and a full stop last (no ellipsis, no question, no colon), no widget's word, no promotion
    (``is_promo``) and no disclaimer (``DISCLAIMER``: tagesausblick's "Alle Angaben ohne Gewähr."). Dev dumps lost them under the last paragraph: the Chicago Tribune's "This needs to be the last.",
    Joseph Gentle's "The time to build is now.", El Mercurio's "Al hacerlo, actuó mal.", Radio Kielce's "Początek
    rywalizacji o godzinie 14.00.", TechCrunch's, Deadspin's, SRF's (issue 12, dumpsR253). Its cost: a closing
    pointer or note written as a sentence stays (TIME's "See the Cartoons of the Week.", Público's "Faça parte desse
    esforço.", the FAZ's "Das Gespräch führte Jordan Mejias.", whose reference leaves out what SRF's keeps)."""
    return (widgets.word_count(line) >= SHORT_SENTENCE_WORDS and line[:1].isupper()
            and line.rstrip(_CLOSING_QUOTES).endswith(".") and not line.endswith("...")
            and widgets.widget_word_count(line) == 0 and not widgets.is_widget_line(line) and not is_promo(line)
            and not DISCLAIMER.fullmatch(line))


def _is_stray_figure(kept: list[str]) -> bool:
    """A row of figures closing a dump's story right under a sentence: a table's last row stands under another row,
    so a lone one under the story's closing sentence is a counter or a widget's number the copy picked up (Threatpost's
    "1048" under its closing quote, Versants' "450 441-5300" under the paragraph giving that number). No dev reference
    closes on such a line."""
    return len(kept) >= 2 and _is_lone_figure(kept[-1]) and _is_sentence(kept[-2])


def _is_lone_figure(para: str) -> bool:
    """A paragraph of one line that reads as a row of figures (``is_figures``)."""
    return "\n" not in para and is_figures(para)


def _is_sentence(para: str) -> bool:
    """A paragraph closing a sentence that is no row of figures."""
    return widgets.SENTENCE_END.search(para) is not None and not is_figures(para)


def _without_stray_figures(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """A dump's story without a lone row of figures between two of its sentences: a table's row stands beside other
    rows, so one set alone inside the story is a stamp or a kicker the copy picked up (Jornal de Negócios' "Lusa
    23:01" between two paragraphs of its Lusa story, the Las Vegas Sun's "Monday, May 22, 2017 | 2 a.m." under its
    first paragraph). One dev reference keeps such a line: Blister's list of skis, whose one-line items close on a
    bracket ("... 184 cm (18/19–19/20)") and so read as sentences around its "2024 & 2031 Line Outline, 186 cm".
    The one closing the story goes with the trailing furniture (``_is_stray_figure``)."""
    return tuple(para for index, para in enumerate(paragraphs)
                 if not (0 < index < len(paragraphs) - 1 and _is_lone_figure(para)
                         and _is_sentence(paragraphs[index - 1]) and _is_sentence(paragraphs[index + 1])))


def _is_short_line(line: str, max_words: int) -> bool:
    """One line of ``max_words`` words at most that is no list item with its bullet and no line of code: what a
    headline, a question or a label closing a story looks like."""
    return "\n" not in line and widgets.word_count(line) <= max_words and not _BULLET.match(line) and not is_code(line)


#: A line closing with a question or an exclamation, after its closing quotes or brackets.
_ASKS = ("?", "!", "？", "！", "؟")


def _is_teaser_question(line: str) -> bool:
    """A headline asking or exclaiming: one line of ``HEADLINE_WORDS`` words at most closing with "?" or "!", not a
    list item or a line of code. A story may close so too ("Is it useful? Definitely. Happy testing!")."""
    if not _is_short_line(line, HEADLINE_WORDS):
        return False
    return _CLOSING_BRACKETS.sub("", line).rstrip(CLOSERS).endswith(_ASKS)


def _without_closing_teasers(kept: list[str], items: frozenset[str]) -> list[str]:
    """A dump's story without the teaser list its region ran into: a run of lines closing it that are headlines,
    labels (``_is_trailing_furniture``) or headlines asking or exclaiming (``_is_teaser_question``), the run opening
    with a headline or label and closing with a question. The trailing headlines went first; a question or an
    exclamation reads as a sentence and held the rest: "Montella: Bu ekip, Dünya Kupası'na tesadüfen gitmedi" over
    "... seçimlerinden ne çıktı?" on Anadolu Ajansı, "Sonda" over a poll's question on Portal Obronny, "QUIZ. Jak
    dobrze znasz polską ekstraklasę?" under a headline on Super Express, "LIVE POLITIEK. ..." over "OVERZICHT. Wie
    zijn de ministers ...? En waarom ...?" on Het Nieuwsblad, Baijiahao's and QQ's recommended headlines ending "！"
    or "？". A story closing with its own questions ("Is it useful? Definitely. Happy testing!") has prose above
    them, no headline, and keeps them; so does a list's or table's item.
    """
    start = len(kept)
    while start and kept[start - 1] not in items and (
            _is_teaser_question(kept[start - 1]) or _is_trailing_furniture(kept[start - 1])):
        start -= 1
    if start == len(kept) or _is_teaser_question(kept[start]):
        return kept
    return kept[:start]


def _is_dump_caption(line: str, *, last: bool) -> bool:
    """A dump's line shaped like a photo caption (``widgets.is_caption_line``), of ``CAPTION_LINE_WORDS`` words at most
    and not the story's last paragraph of prose (``last``), which a bracketed sign-off may close, nor a paragraph
    closed by an aside in brackets (``_is_bracketed_aside``)."""
    return not last and widgets.word_count(line) <= CAPTION_LINE_WORDS and widgets.is_caption_line(line) \
        and not _is_bracketed_aside(line)


#: A bracket closing a line, and the sentence breaks before it (a full stop after two letters, then a capital).
_CLOSING_BRACKET = re.compile(r"\([^()]*\)\s*$")
_SENTENCE_BREAK = re.compile(r"(?<=[^\W\d_]{2})[.!?][\"”’]?\s+(?=[\"“‘]?[A-ZÀ-Þ])")
#: A paragraph of this many sentences or more before the bracket closing it is the story's (``_is_bracketed_aside``).
ASIDE_SENTENCES = 3


def _is_bracketed_aside(line: str) -> bool:
    """Whether a bracket closing the line, shaped as a caption's credit ("(Reuters)", "(Ellen M. Banner / The Seattle
    Times)"), is the writer's aside closing a paragraph of ``ASIDE_SENTENCES`` sentences or more: a photo caption
    with its credit runs one or two sentences. Dev dumps: Astral Codex Ten's "Saar remains as committed to Rootclaim as
    ever. He's even still committed ... He'd even be willing to re-debate Peter on lab leak! (Peter declined)", the
    karussell blog's "Only 2 filter streams are allowed ... But filter streams allow only approx. 50 tweets/s even if
    only a few keywords are used. (Then those keywords are high frequent)", both in their references; no credited
    caption of the dev dumps closed by a bracket runs three sentences (issue 12, dumpsR260)."""
    match = _CLOSING_BRACKET.search(line)
    return match is not None and len(_SENTENCE_BREAK.findall(line[: match.start()])) + 1 >= ASIDE_SENTENCES


#: A page's line closing the story is a leftover label from this many words down (``_is_trailing_label``).
TRAILING_LABEL_WORDS = 6


def _is_trailing_label(line: str) -> bool:
    """A short line left after an HTML story whose list or box went: a label ("Kategorien:", "Siehe auch:",
    "Weblinks" on Wunderweib and hobbywerkstattblog, "See photos from this story:" on AOL, "Please follow and like
    us:" on RNA News), a control ("Kurz-Link" on the FAZ, "Voir les contributions" on Le Monde, "Youtube Videos ab
    jetzt direkt anzeigen" on Hardwareluxx), a rail heading ("Häufig gelesen" on landesspiegel, "Passend zum Artikel"
    on the NZZ, "Buyer's Guide: HomePod (Buy Now)" on MacRumors), a broadcast or agency stamp ("SDA/sep" on the
    Tages-Anzeiger, "Sendung: hr-INFO, 25.04.2024, 10.45 Uhr" on hessenschau, "MOSCOW, April 10 (RIA Novosti)") or a
    photo credit ("Imagen | Dacia, Tesla y Mercedes" on Xataka). Up to six words, as a text dump's trailing lines.
    The story's last paragraph ends a sentence; a line of figures, a list item or a line of code is no label.
    """
    if not _is_short_line(line, TRAILING_LABEL_WORDS):
        return False
    return not closes_sentence(_CLOSING_BRACKETS.sub("", line)) and not is_figures(line)


def without_trailing_labels(kept: list[str], items: frozenset[str]) -> list[str]:
    """The story without the short labels (``_is_trailing_label``) and credit blocks (``_is_credit_block``) closing it,
    but for its first paragraph and a list's or table's items (``items``).

    An HTML story's last lines are judged so in ``finish_paragraphs``; both paths judge their finished paragraphs so
    again, since the rules that run after it take lines from under the story and leave the label above them closing
    it. On a dump (end of ``clean_text_dump``: rail twins, teaser cards, site appeals): BUZZAP!'s "Amazon.co.jpで詳細を見る"
    / "注目のタグ", woshipm's "#专栏作家#" over its author box, the Daily Mail's video player's "Loaded: 0%" / "Progress:
    0%" (two "label: value" lines). On a page (end of ``document.clean_html``: references, closing addresses, contacts,
    site appeals): USA Today's "See photos of: General Motors", Blister's "Deep Dive: Line Outline", the LTO's
    "Zitiervorschlag", Verfassungsblog's "All the best, Max Steinbeis". No reference keeps them.
    """
    end = len(kept)
    while end > 1 and kept[end - 1] not in items and (_is_trailing_label(kept[end - 1]) or _is_credit_block(kept[end - 1])):
        end -= 1
    return kept[:end]


#: A credit line naming a role: one word, a colon, then up to a few names ("Teksti: Petteri Harjula", "Text: F.A.Z.").
_ROLE_CREDIT = re.compile(r"[^\W\d_][\w-]{1,20}\s*:\s*\S.{0,60}")
#: The most words a role credit line holds.
ROLE_CREDIT_WORDS = 8


def _is_credit_block(para: str) -> bool:
    """A paragraph of ``<br>``-broken lines, at least two and half of them role credits: who wrote, shot or drew it.

    Some stories close with their credits set as one block of lines, each a role and a colon before the names: Lindorff's
    Profit magazine ("23.2.2015" / "Teksti: Petteri Harjula" / "Kuvat: Tommi Tuomi" / "Graafi: Tuija Siekkinen"), the
    FAZ ("Text: F.A.Z." / "Bildmaterial: dapd, picture-alliance / Frank May"); neither reference keeps them. Only the
    story's last paragraphs are judged (with the trailing labels): a box of "Label: value" lines inside a story is
    its facts (a product's specs, a horse's sale record), which references keep.
    """
    lines = [line.strip() for line in para.split("\n") if line.strip()]
    credits = sum(bool(_ROLE_CREDIT.fullmatch(line)) and widgets.word_count(line) <= ROLE_CREDIT_WORDS for line in lines)
    return credits >= 2 and 2 * credits >= len(lines)


#: A web address printed in a paragraph's text (not a link's target): a citation, a credit or a pointer.
_WEB_ADDRESS = re.compile(r"https?://\S")
#: How many of an HTML story's last paragraphs are judged by ``_without_closing_addresses``, and their longest.
ADDRESS_REACH, ADDRESS_LINE_WORDS = 2, 40


def _without_closing_addresses(paragraphs: list[str]) -> list[str]:
    """An HTML story without the short paragraphs among its last ``ADDRESS_REACH`` that print a web address.

    A story's prose names a site ("www.example.de"), it does not print "https://": the lines that do, closing a page,
    are furniture that points elsewhere: a suggested citation ("SUGGESTED CITATION Steinbeis, ..., https://
    verfassungsblog.de/the-first-decade/, DOI: ..." on Verfassungsblog, "... In: Legal Tribune Online, 20.10.2025,
    https://www.lto.de/persistent/a_id/58420 (abgerufen am: ...)" on LTO), an image credit ("Featured image credit:
    ... via https://pixabay.com/..." on SiliconANGLE), a link to a homepage ("→ https://hiraga-jun.site/" on BE-PAL)
    or a shared post ("... appel aux dons https://www.ch-cote-basque.fr/appel-aux-dons" on actu.fr). No dev
    reference has such a line among its last two paragraphs (four of 538 print "https://" anywhere). A story of two
    paragraphs or fewer keeps them.
    """
    if len(paragraphs) <= ADDRESS_REACH:
        return paragraphs
    cut = len(paragraphs) - ADDRESS_REACH
    return paragraphs[:cut] + [
        para for para in paragraphs[cut:]
        if not (_WEB_ADDRESS.search(para) and widgets.word_count(para) <= ADDRESS_LINE_WORDS)
    ]


#: A call to contact the newsroom (``data/<language>/contact_calls.txt``): "Contact reporter ...".
CONTACT_CALL = widgets.local_lines("contact_calls.txt")
#: An e-mail address and its domain.
_MAIL_DOMAIN = re.compile(r"[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})\b", re.IGNORECASE)


def without_closing_contacts(paragraphs: tuple[str, ...], site: str | None) -> tuple[str, ...]:
    """An HTML story without the short paragraphs among its last ``ADDRESS_REACH`` that call to contact someone
    (``CONTACT_CALL``) at an e-mail address of the page's own site (``site``: its host): the newsroom's, not the story's.

    "Contact reporter ... at ...@registerguard.com or 541-..., and follow her on Twitter" (The Register-Guard), "To
    report corrections and clarifications, contact Standards Editor ... letters@usatoday.com" (USA TODAY). An address
    elsewhere is the story's ("... or e-mail TIPS@a2gov.org", a police tip line on MLive, kept by its reference), and so
    is a pointer with no call to contact ("... please email adblocking@iab.com for more information." on IAB).
    """
    if not site or len(paragraphs) <= ADDRESS_REACH:
        return paragraphs
    host = site.lower().removeprefix("www.")

    def own(para: str) -> bool:
        return any(host == (domain := m.group(1).lower()) or host.endswith("." + domain)
                   for m in _MAIL_DOMAIN.finditer(para))

    cut = len(paragraphs) - ADDRESS_REACH
    return paragraphs[:cut] + tuple(
        para for para in paragraphs[cut:]
        if not (widgets.word_count(para) <= ADDRESS_LINE_WORDS and CONTACT_CALL.fullmatch(para) and own(para))
    )


def _is_trailing_headline(line: str) -> bool:
    """A line closing a copied story that is a headline, not a paragraph: at most ``HEADLINE_WORDS`` words, and no
    full stop before its closing quotes or brackets ("Silvia Wang e il benessere mentale a portata di clic: “Ecco come
    è nata Serenis”" on la Repubblica, "Premier De Wever sust in eerste Franstalig interview: “Jullie moeten je
    helemaal geen zorgen maken”" on Het Nieuwsblad, "The Onion Reviews 'The Hobbit: The Battle Of The Five Armies'").
    A story's last paragraph ends a sentence, inside its quote too; a list item with its bullet, a table row or a
    line of code is no headline.
    """
    if not _is_short_line(line, HEADLINE_WORDS):
        return False
    line = _CLOSING_BRACKETS.sub("", line)  # a sign-off, "(bsc)" on heise, or a note, "(Englisch)"
    return not closes_sentence(line) and not is_figures(line)


def _ends_sentence(line: str) -> bool:
    """Whether the line ends like a sentence; the full stop of a time's "a.m." or "p.m." ends none ("April 28 2023,
    3:54 p.m." on The Intercept, "posted on April 21, 2015, at 11:29 a.m." on BuzzFeed are date lines).

    Both patterns are anchored at the line's end, but a search tries them at every character of a paragraph: the
    time is taken off only from a line ending in "m." (``_MERIDIEM`` ends so, maybe before a last newline), and the
    sentence end is matched at the last character that is no space (``SENTENCE_END``: a closing mark, then spaces).
    """
    if line[-3:].lower().endswith(("m.", "m.\n")):
        line = _MERIDIEM.sub("", line)
    stripped = line.rstrip()
    return bool(stripped) and widgets.SENTENCE_END.match(stripped, len(stripped) - 1) is not None


def _is_date_line(line: str) -> bool:
    """A short line of a dump giving a year and a time of day, not ending a sentence (the full stop of "p.m." ends
    none; a Japanese or Chinese sentence closes on "。": "2024年12月3日午後3時15分ごろ、…で火災が発生した。" is the
    story's): a published/updated line (a line of code or a row of a drawn table, "200 │ 2020-08-01 18:00:00+00 │
    4084", is not one). A line whose parts a separator sets apart ("|", "·", "•") is a header's meta line up to
    ``SEPARATED_DATE_LINE_WORDS`` words, its author and section beside the dates: "Pete Evans · CBC News · Posted: Oct
    14, 2022 9:27 AM ET | Last Updated: 24 minutes ago" (CBC), "Le Monde | 20.06.2011 à 13h32 • Mis à jour le
    22.06.2011 à 10h28 | Par Collectif" (Le Monde)."""
    words = widgets.word_count(line)
    limit = SEPARATED_DATE_LINE_WORDS if _META_SEPARATOR.search(line) else DATE_LINE_WORDS
    return (words <= limit and not _MERIDIEM.sub("", line).endswith((".", "。"))
            and not is_code(line)
            and bool(_YEAR.search(line)) and bool(_CLOCK.search(line)))


#: A line of capitalised words (``_names_beside_stamps``), a byline's names, tags or a source: two to
#: ``STAMP_NAME_WORDS`` words, after a byline word perhaps, no figure.
STAMP_NAME_WORDS = 8
_STAMP_NAME = re.compile(
    rf"(?:(?:von|by|por|par|di|door|av|af) )?(?:(?-i:[A-ZÀ-ÖØ-ÞĀ-ſ])[\w'’.-]+,? ?){{2,{STAMP_NAME_WORDS}}}", re.IGNORECASE
)


def _names_beside_stamps(lines: list[str], start: int, end: int) -> frozenset[int]:
    """Indexes of the region ``lines[start:end]``'s lines of capitalised words (``_STAMP_NAME``) right above or below a
    date stamp line (``_stamp``, ``_is_date_line``, ``_is_short_date``): the header's furniture beside its date when
    the region opens above it or a second header sits inside it. The stamp goes with the widget lines and left its
    neighbour in the story: Der Standard's authors "Birgit Baumann Anna Giulia Fink Jan Michael Marchart" over "3. Mai
    2024, 17:47", the Hamburger Abendblatt's "Von Christian Unger, Redakteur", Super Express' "Marcin Szczepański",
    notebookcheck's tags "Business Smartphone Tablet Windows", the New York Daily News' "NEW YORK DAILY NEWS", The
    Verge's "Source The Information", Haber7's comment prompt "İlk Yorum Yapan Sen Ol" (seven dev pages up, none
    down). A subheading closes no date's line; a live blog's entry stamp gives the time without the year."""
    return frozenset(
        index for index in range(start, end)
        if _STAMP_NAME.fullmatch(lines[index].strip()) and not any(ch.isdigit() for ch in lines[index]) and any(
            _stamp(lines[near]) or _is_date_line(lines[near]) or _is_short_date(lines[near])
            for near in (index - 1, index + 1) if 0 <= near < len(lines)
        )
    )


def _is_name(line: str) -> bool:
    """A short line that can be a person's name: at most five words, no digit, no sentence end."""
    return widgets.word_count(line) <= 5 and not any(ch.isdigit() for ch in line) and not widgets.SENTENCE_END.search(line)


def _names_only(para: str, author_words: set[str]) -> bool:
    """A short line made only of the declared authors' names ("Jane Roe/John Doe", "AFP, MANILA")."""
    if not author_words or widgets.word_count(para) > 12:
        return False
    found = re.findall(r"\w+", para.lower())
    return bool(found) and all(w in author_words or w in ("and", "by") for w in found)


#: How a declared title joins a kicker to its headline: "Nach erneuter Kritik an Papst Leo: Trump postet schon wieder
#: Jesus-KI-Foto" (og:title), "Superbugs: What They Are and How You Get Them - WebMD" (``<title>``).
_HEADLINE_JOINS = (": ", " - ", " – ", " — ", " | ")
#: A kicker or headline line runs this many words at most.
HEADLINE_PART_WORDS = 15


def _is_headline_part(line: str, headlines: tuple[str, ...]) -> bool:
    """A line opening the story that is one of the page's declared titles or its kicker or headline part.

    Pages set the title's kicker and headline as two lines over the story, and the cleaner keeps them when neither is
    the ``<h1>`` it drops: "Nach erneuter Kritik an Papst Leo" / "Trump postet schon wieder Jesus-KI-Foto" (t-online,
    whose og:title joins the two with a colon), "Im Gespräch: Umweltaktivist Stewart Brand" (FAZ, the kicker of a
    declared title), "Superbugs: What They Are and How You Get Them" (WebMD, its ``<title>``). A sentence is no such
    line, and the JSON-LD alternativeHeadline is no declared title here: junge Welt fills it with the standfirst its
    reference keeps.
    """
    if widgets.word_count(line) > HEADLINE_PART_WORDS or closes_sentence(line):
        return False
    return any(
        headline == line or any(headline.startswith(line + join) or headline.endswith(join + line) for join in _HEADLINE_JOINS)
        for headline in headlines
    )


#: How a page's ``<title>`` joins the site's name after the headline: "GM files for IPO, but are taxpayers still on the
#: hook? - Drive On: ... - USATODAY.com".
_SITE_JOINS = (" - ", " – ", " — ", " | ")


def _is_declared_headline(line: str, headlines: tuple[str, ...]) -> bool:
    """A line opening the story that says a declared headline whole, however long or whatever its end mark, maybe
    before the site's name in ``<title>``: USA Today's blogs repeat the headline as an ``<h3>`` over the post ("GM files
    for IPO, but are taxpayers still on the hook?", "Brett Favre says he couldn't give up on one more chance to win the
    Super Bowl with Vikings"), the Tages-Anzeiger its kicker and headline glued in one ``<h2>``."""
    return any(
        _same(line, headline) or any(headline.startswith(line + join) for join in _SITE_JOINS) for headline in headlines
    )


def _same(a: str, b: str) -> bool:
    """The same words in the same order, spaces and punctuation aside: a headline under a kicker glued to it reads as
    the declared "kicker: headline" ("SVP-Sonderparteitag zur MigrationChiesa ruft ..." on the Tages-Anzeiger)."""
    return "".join(re.findall(r"\w+", a.lower())) == "".join(re.findall(r"\w+", b.lower()))


def _is_credited_photo_caption(para: str) -> bool:
    """A page's paragraph that is a photo caption closed by its credit (``text_regions.is_credited_caption``, the text
    dumps' rule): "Alphabet CEO Larry Page. Image: Getty" (VICE), "Die FDP von Parteichef Christian Lindner ist derzeit
    im Netz in aller Munde ... Bild: Christoph Soeder/dpa" (Freie Presse), "小花母亲说，女儿的左眼被塞了不止几十块小纸片。
    小花母亲供图" (ifeng): a caption the page sets as a paragraph of the story's box, no ``<figcaption>`` around it."""
    return "\n" not in para and is_credited_caption(para)


#: The readers of a byline with no label line in the header, in order on each line (``dump_bylines.nearest_names``).
_BYLINE_READERS = (split_byline, _stamp_byline, name_over_role, _name_over_date, _name_before_date, _name_before_any_stamp,
                   name_before_role, labelled_names, name_before_handle, name_before_outlet, name_over_email,
                   name_before_site, _name_among_dated_fields,
                   name_before_suffix, han_byline, stamp_then_byline, han_field_byline, _name_over_story,
                   _uncased_name_before_place, _names_over_place, _cjk_name_before_stamp)


#: ``_BYLINE_READERS`` for an HTML page's lines (``page_byline``), without ``_name_over_date`` and
#: ``_name_before_any_stamp``: the lines of a whole page hold a section's or a rail's heading over a date ("Front Page"
#: on the Taipei Times, "ΠΕΡΙΣΣΟΤΕΡΑ ΣΧΟΛΙΑ" on Capital.gr, "Gerry Weber Modeschulen-Ratgeber" on LDT, "Anadolu Ajansı"
#: on Habertürk) and words before a stamp that name no writer (El Mercurio's dateline "Santiago de Chile. Ju
#: 2/3/2017", SRF's audio clip "Aus SRF 4 News aktuell vom 15.04.2024"; round htmlM362: 2 dev pages up, 2 wrong);
#: a name before a stamp holding a clock time is read (``_name_before_clock_stamp``; round htmlM376).
_PAGE_BYLINE_READERS = tuple(_name_before_clock_stamp if reader is _name_before_any_stamp else reader
                             for reader in _BYLINE_READERS if reader is not _name_over_date)
#: The characters of the story's first line that find it among the page's lines when the page prints it otherwise.
_PAGE_ANCHOR_CHARS = 60
#: The characters of the story's first word a page line must hold to be compared with the story's first line (a
#: Han or Kana paragraph is one word).
_PAGE_ANCHOR_WORD = 12
#: Shown lines over the story's first line that ``page_byline`` reads: the whole header costs 2% of cleaning a page,
#: and Daum's "박상우 2024. 5. 13. 12:52" stands 53 lines over its story (the farthest byline read on dev).
PAGE_BYLINE_ABOVE = 60


def page_byline(page_lines: list[str], first_line: str) -> tuple[str, ...]:
    """The writers an HTML page prints by its story with no declaration or byline element naming them: the dump path's
    byline readers (``_story_byline``, ``nearest_names``) over the page's text lines (``html.page_lines``, whitespace
    collapsed), the story starting at the line that opens its first paragraph (``first_line``); nothing
    is read when that line is not found. "Mehmet Can Toptaş | 03.04.2025 - Güncelleme : ..." (Anadolu 2),
    "Patrick Atack" over his role (CGTN), "Jon Fingas, @jonfingas" (Engadget), "Ángeles Escrivá | Madrid" (El Mundo
    2), "明敏 2025-02-23 12:59:28" (QbitAI), "박상우 2024. 5. 13. 12:52" (Daum 2), "정지은 기자" (Hankyung), "Saibal
    Dasgupta / TNN / Updated: ..." (the Times of India): round htmlM362, pages whose dump copy names the writer that
    the HTML path missed."""
    first = " ".join(first_line.split())
    if not first:
        return ()
    word = first.split(" ", 1)[0][:_PAGE_ANCHOR_WORD]  # lines holding it are compared, whitespace collapsed
    found = [(at, norm) for at, line in enumerate(page_lines) if word in line and (norm := " ".join(line.split()))]
    start = next((at for at, norm in found if norm == first), None)
    if start is None:
        start = next((at for at, norm in found if norm.startswith(first[:_PAGE_ANCHOR_CHARS])), None)
    if start is None:
        return ()
    above: list[str] = []  # the shown lines read: ``PAGE_BYLINE_ABOVE`` over the first line, and those the readers
    below: list[str] = []  # reach under it
    for line in reversed(page_lines[:start]):
        if len(above) == PAGE_BYLINE_ABOVE:
            break
        if norm := " ".join(line.split()):
            above.append(norm)
    for line in page_lines[start:]:
        if len(below) == STORY_BYLINE_WITHIN + READ_LINES:
            break
        if norm := " ".join(line.split()):
            below.append(norm)
    lines, start = above[::-1] + below, len(above)
    names = _story_byline(lines, start, len(lines)) \
        or nearest_names(lines, start + STORY_BYLINE_WITHIN, _PAGE_BYLINE_READERS)
    names = clean_authors(without_places(without_outlets(without_lead_words(without_phrases(without_roles(names))))))
    # a name opens on a capital or in a script without case: a sentence after a label word is none ("Por su parte,
    # el alcalde celebró la votación.", a line of the story's box the cleaner drops as a byline)
    return tuple(name for name in names if not name[:1].islower())
