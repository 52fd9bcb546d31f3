"""Where the story lies in a page copied as text: prose regions between runs of furniture lines.

A browser's copy of a page is the story with the page around it: menus, teaser lists, share
bars, footers, comment threads and live tickers, in source order. Furniture comes as runs of
short lines (a menu item, a teaser headline, a share button per line); a story is mostly prose,
with a short line here and there (a subheading, "Advertisement", a caption credit) and tables.
So the lines are cut into regions wherever ``FURNITURE_RUN`` furniture lines follow each other,
and the story is the first region holding at least ``FIRST_SHARE`` of the prose of the biggest
one: teasers and comment threads can hold more prose than the story, but they come after it,
and a cookie notice or a promo before it holds far less. Examples: WP Tavern and Libération
(share bar, related posts and comments or a live ticker after the story), WebMD and Anadolu
(mega-menus of short lines before it).

The chosen region then continues across soft runs (lists, code, table cells: no widget line) and short
boxes set inside the story (an ad slot, a "Most read" box, a gallery's controls), on both sides, back up
across a longer box of no sentences to the story's opening paragraphs (a video playlist, a review's scorecard), and
ends before a trailing rail of teasers or cards, a reader-comment section or a note about the author; a thread of
posts headed by a name over their date (``comment_threads``) is no story's prose;
a wire story runs from its dateline to its end marker. ``rebuild_tables`` puts back tables the copy
flattened into lines; their lines count as figures, so a table's header row is no menu.
"""
from __future__ import annotations

import itertools
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from extractors.clean import widgets
from extractors.clean.consent import consent_headings, is_consent_line
from extractors.clean.date_stamps import find_stamps
from extractors.clean.dom import TOKENS
from extractors.clean.fields import field_lines
from extractors.clean.hangul import HANGUL, hangul_stems
from extractors.clean.profiles import SiteProfile, story_end
from extractors.grammar import EQUALS_DATELINE, month_pattern

#: This many furniture lines in a row end a region.
FURNITURE_RUN = 6
#: A run of at most this many furniture lines with no widget line among them (a list, a table
#: copied a cell per line, code) does not end the story: the region after it continues it.
SOFT_RUN = 12
#: A box of at most this many lines (widget lines aside) may sit inside a story, which then resumes
#: (``_resumes_after_box``) with two paragraphs of ``PARAGRAPH_WORDS`` words, after at most ``RESUME_WITHIN``
#: other lines, and ``RESUMED_WORDS`` words of prose. ``BOX_LINES`` bounds the box over the related links a
#: closing heading may open (``_before_closing``); a box the story resumes after may run to ``RESUME_BOX_LINES``:
#: nine lines of "Mehr zum Thema" teasers on the FAZ, a 63-line "Top 60 US Online Retailers" list on Mother Jones.
BOX_LINES = 8
#: A teaser card's headline printed again within this many lines (``_twin_headlines``).
TWIN_REACH = 2
RESUME_BOX_LINES = 80
RESUME_WITHIN = 2
PARAGRAPH_WORDS = 20
RESUMED_WORDS = 150
#: A run of this many widget lines or more (the page's labels aside) inside the region, with at most ``FOOT_SHARE`` of
#: the region's prose under it, is the story's foot (``_before_widget_run``).
FOOT_WIDGETS = 3
FOOT_SHARE = 0.25
#: A Chinese or Japanese line (``CJK_RUN`` Han or kana characters in a row) closing a sentence inside, with an
#: ideographic full stop, question or exclamation mark, and none at its end (``is_unclosed_cjk``): no closing
#: bracket, quote, dash, colon or comma either, nor the tilde informal Chinese closes a sentence with ("…敬请期待~" ending
#: cnblogs' last paragraph, "…一起来来看看~" ending woshipm's editor's lead; no other dev line flagged ends with one), a
#: brace closing a note after its full stop or the full-width full stop "．" (Douban's "{注：…就放这个吧。}" and its quote
#: of the Dream of the Red Chamber "…方帶著子侄們出去了．", 14 lines in its reference; issue 12, dumpsR267).
CJK_RUN = 6
_UNCLOSED_CJK = re.compile(
    rf"^(?=.*[\u3040-\u30ff\u4e00-\u9fff]{{{CJK_RUN}}}).*[。！？].*[^。！？．」』）)】〉》〕}}｝\"”…—：:;；、,，.!?~～]$"
)
#: The full stops ``_UNCLOSED_CJK`` needs: a line holding none (any ASCII line) is told before the pattern, whose
#: lookahead and the footnote mark's search walked every line of every script (1.4% of cleaning a dump).
_CJK_STOPS = "。！？"
#: A footnote's mark after a sentence's full stop: a back-link "↩" closing the note, or "*7" pointing at it. Every
#: test of how a line ends reads past it (``is_unclosed_cjk``, ``without_end_marks``): IIJ's notes under
#: its story close with "。 ↩", and read as closing no sentence, a note of 23 words was a furniture line and then a
#: trailing headline, and went.
_NOTE_MARK = re.compile(r"\s*(?:↩|\*\d{1,2})$")
#: A story's opening paragraphs of ``LEDE_WORDS`` words or more each, cut off by a box of at most ``LEDE_BOX_LINES``
#: lines and no sentence (``_lede_above_box``): 13 lines of video playlist on Kotaku, 23 of scorecard on Engadget.
LEDE_WORDS = 30
LEDE_BOX_LINES = 25
#: Headings that open a reader-comment section, per language (``data/<language>/comment_headings.txt``).
COMMENT_HEADING = widgets.local_lines("comment_headings.txt")
#: The line heading one reader comment, per language (``data/<language>/comment_posts.txt``): "argusdc wrote:".
COMMENT_POST = widgets.local_lines("comment_posts.txt")
#: Headings over a note about the author, per language (``data/<language>/author_headings.txt``).
AUTHOR_HEADING = widgets.local_lines("author_headings.txt")
#: A note about the author with no heading, per language (``data/<language>/author_notes.txt``): "Erin Cunningham is
#: an Egypt-based correspondent for The Post."
AUTHOR_NOTE = widgets.local_lines("author_notes.txt")
#: A disclaimer closing a story, per language (``data/<language>/disclaimer_lines.txt``): an investment one ("Alle
#: Angaben ohne Gewähr."), or the house's notice on reproducing its stories.
DISCLAIMER = widgets.local_lines("disclaimer_lines.txt")
#: An editor's title after their name, per language (``data/<language>/staff_roles.txt``), on a line of at most
#: ``STAFF_LINE_WORDS`` words (``_is_staff_line``): "Sezer Yavuz Haber7.com - Spor Editörü".
STAFF_ROLE = widgets.local_lines("staff_roles.txt")
STAFF_LINE_WORDS = 10
#: A link to the author's page in an author box, per language (``data/<language>/author_links.txt``): "View Staff
#: Page", "著者ページへ".
AUTHOR_LINK = widgets.local_lines("author_links.txt")
#: How many lines on each side of that link ``author_boxes`` looks for the author's blurb, and how many lines under
#: the author's name a blurb opening with the first name may stand.
AUTHOR_LINK_REACH = 2
#: The verb after the author's first name opening a blurb, per language (``data/<language>/author_blurb_verbs.txt``).
AUTHOR_BLURB_VERB = widgets.local_lines("author_blurb_verbs.txt")
#: An author's name on a line of its own: two to four capitalised words, after "By", before an @handle. The first
#: name goes on in lower case after its capital, as names do: a word of capitals only is a brand's ("TCL Android",
#: GSMArena's tags over its lead "TCL is the rights holder for ...", which is no author's blurb).
_AUTHOR_NAME = re.compile(r"(?:By )?([A-Z][^\W\d_A-Z][\w'’-]*)(?: [A-Z][\w'’.-]+){1,3}(?: @\w+)?")
#: Headings over a rail of links to other stories, per language (``data/<language>/rail_headings.txt``).
RAIL_HEADING = widgets.local_lines("rail_headings.txt")
#: A post pager's labels, per language (``data/<language>/pager_labels.txt``): "Previous Story", "Next Story".
PAGER_LABEL = widgets.local_lines("pager_labels.txt")
#: House promotions and consent notices, whole lines of any length, per language (``data/<language>/promo_lines.txt``):
#: dropped by both cleaners, since a copy holds the sign-up and consent boxes and a page's markup does not always
#: set them apart (tagesspiegel.de's embed consent placeholder, BR24's newsletter box are plain paragraphs).
PROMO_LINE = widgets.local_lines("promo_lines.txt")
#: Promotions first read off text dumps, where a copy holds the box they sit in, per language
#: (``data/<language>/dump_promo_lines.txt``: "Sie mögen den Tag kompakt zusammengefasst? Dann sind Sie beim täglichen
#: WAZ-Newsletter richtig – hier entlang."). Pages set them inside the story's markup too, so both cleaners drop them:
#: on dev HTML pages Hardwareluxx's video consent note, The Economic Times' and KUT's pitches, Le Monde's newsletter
#: note, WELT's correspondent box and The Political Insider's share call are paragraphs of the story.
DUMP_PROMO_LINE = widgets.local_lines("dump_promo_lines.txt")
#: Labels over links to other stories inside a story, per language (``data/<language>/related_labels.txt``), and the
#: most lines of links one heads (``drop_related_links``): two cards of a headline and its blurb on Bild.
RELATED_LABEL = widgets.local_lines("related_labels.txt")
RELATED_LINKS = 4
#: Of those labels, a paid card's (``data/<language>/paid_labels.txt``): its blurb never resumes the story.
PAID_LABEL = widgets.local_lines("paid_labels.txt")
#: The line closing a story under its last paragraph, per language (``data/<language>/story_feet.txt``): its source
#: credit ("Quelle: F.A.Z.", "Quelle: dpa") or its author's initials in brackets ("(nie)" on heise).
STORY_FOOT = widgets.local_lines("story_feet.txt")
#: Under two links or more, a last line of this many words at most sharing a content word with the paragraph under it
#: is the story's next subheading (``_subheading_over``): "Kontroversen um Klöckners Entscheidungen" under the WAZ's
#: "Auch interessant" kicker and headline, "Notion-Planung: vom Umzug bis zu den Mahlzeiten" under heise's "Lesen Sie
#: auch" link, Rzeczpospolita's under "Czytaj więcej", ABC's under "Noticia Relacionada", Vox's numbered "19) Ingrid
#: Goes West" under "Related" (4 to 7 words). The teasers so placed that share a word with the paragraph run 9 to 20
#: words (Welt's "Thüringer CDU wirft Höcke ...", Le Figaro's, Radio-Canada's, Time's).
SUBHEADING_WORDS = 8
#: A line closing a sentence of this many words or more between two numbered subheadings is their section's text
#: (``counted_headings``).
SENTENCE_WORDS = 3
#: The most words a headline takes (a story's, a link's).
HEADLINE_WORDS = 25
#: Prompts to comment, per language (``data/<language>/comment_prompts.txt``).
COMMENT_PROMPT = widgets.local_lines("comment_prompts.txt")
#: A heading of at most this many words closing with the comments' count (``_is_comment_heading``), and that count
#: with the words after it.
COUNT_HEADING_WORDS = 5
_COUNT_TAIL = re.compile(r"\s(\d+\s.*)$")
#: A comment, author-note or rail heading only ends the story below this share of the region's prose.
COMMENTS_BELOW = 0.25
#: A note about the author (or its heading) only ends the story in its second half: at least this share of the
#: region's prose lies above it (``_before_author_note``).
NOTE_BELOW = 0.5
#: A promotion (``is_promo``) ends the story only at its very end: this share of the region's prose lies above it, and
#: less than ``RESUMED_WORDS`` words of prose below it (``_before_promotion``).
PROMOTION_BELOW = 0.9
#: A date or time heading a comment: "March 10, 2017 at 12:20 AM", "10.03.2017", "8 hours ago".
_STAMP = re.compile(
    rf"\b(?:{month_pattern(strict=False)}\s+\d{{1,2}}\b|\d{{1,2}}\.?\s+{month_pattern(strict=False)}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)"
    r"|\b\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?|std\.?|stunden|minuten|tagen?)\.?\s*(?:ago)?\b",
    re.IGNORECASE,
)
#: A reader comment's header (``comment_threads``): its author, a name of at most ``POST_NAME_WORDS`` words, over a line
#: of at most ``POST_STAMP_WORDS`` words giving its date or age ("73 months ago", "23. Juni 2016 um 17:21 Uhr"), and
#: ``THREAD_POSTS`` such headers or more, each at most ``POST_GAP`` lines under the one before, make a thread.
POST_NAME_WORDS = 4
POST_STAMP_WORDS = 8
THREAD_POSTS = 3
POST_GAP = 25
_POST_AGE = re.compile(
    r"\b\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?|std\.?|stunden|minuten|tagen?|wochen"
    r"|monaten?|jahren?)\.?\s*ago\b|\bvor\s+\d+\s*(?:min|std|stunden|minuten|tagen?|wochen|monaten?|jahren?)\b",
    re.IGNORECASE,
)
#: What separates the fields of a one-line comment header (``_is_one_line_post_header``).
_POST_FIELD = re.compile(r"\s+[|·•]\s+")
#: This many paragraphs in a row at the end of a region, each after a headline line, are a teaser rail.
TEASERS = 3
#: The most words of a subheading over one of the story's last sections (``_past_sections``), and the fewest such
#: sections that end a story.
SECTION_WORDS = 4
SECTIONS = 2
#: The fewest content stems a paragraph under a longer subheading shares with the story above (``_is_section_heading``).
SECTION_SHARED = 3
#: The most words of a teaser's blurb (``_is_rail``).
BLURB_WORDS = 35
#: At most this share of a rail's paragraphs may follow another paragraph (``_is_rail``): a teaser's headline
#: closing on a question or a quote reads as prose.
RAIL_RUNS = 0.1
#: A dated card closes with a short line of at most ``CARD_META_WORDS`` words; cards are at most ``CARD_LINES`` long: a
#: headline, its author, its date and a blurb of two paragraphs over a "Continue reading" control (Raw Story's six
#: lines), a section name, headline, blurb, author and date (VICE's five).
CARD_META_WORDS = 15
CARD_LINES = 6
#: A rail of cards only ends the story when at least this share of the region's prose lies above it.
CARDS_BELOW = 0.5
#: A card's date: a calendar date or a time ago ("13.12.2023", "April 15, 2025", "30 Juni 2025", "vor 2 Std.").
_CARD_DATE = re.compile(
    rf"\b(?:{month_pattern(strict=False)}\s+\d{{1,2}}\b|\d{{1,2}}\.?\s+{month_pattern(strict=False)}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})"
    r"|\bvor\s+\d+\s*(?:std|min|stunden|minuten|tagen?)\b|\b\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago\b",
    re.IGNORECASE,
)
#: The fewest words of a headline-shaped line in a story's header (``_past_ticker``).
HEADER_WORDS = 4
#: The story is the first region with at least this share of the biggest region's prose.
FIRST_SHARE = 0.4
#: A story's header (``_is_headed``) lies at most this many lines from its region's first line, and its date line at
#: most ``HEADER_DATE_REACH`` lines from its headline.
HEADER_REACH = 12
HEADER_DATE_REACH = 2
_HEADER_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_HEADER_CLOCK = re.compile(r"\b\d{1,2}[:.h]\d{2}\b")
#: A region of at most this many lines of prose and fewer words, no table, above a story that is a table of at least
#: ``DATA_TABLE_ROWS`` rows is a notice (``_past_notice``).
NOTICE_LINES = 2
NOTICE_WORDS = 80
DATA_TABLE_ROWS = 4
#: A line of at most ``LABEL_WORDS`` words seen this often is an interface label.
LABEL_REPEATS = 3
LABEL_WORDS = 4
#: A line of prose: a sentence of this many words, or a longer line whatever its punctuation.
PROSE_WORDS = 10
LONG_LINE_WORDS = 30
#: A list item typed with its bullet or number ("+ Added Slime Block", "2. push tasks"), of this many words. Japanese
#: and Chinese set a bullet right before the item's first character, with no space: HYPEBEAST Japan's price list
#: ("◼︎Cap（Black x White/Black x Black）各13,200円：7月上旬発売", "・“DJ”柄、“HARDCORE”柄：6月20日（土）発売"), whose items had
#: read as a box of short lines ending the story, goo's horse-sale blog ("・サラブレッド競り(せり)市場取引価格検索・種牡馬情報検索"),
#: Nikkei's related links ("・イオン、第三者委員会を設置 傘下銀行の行政処分受け").
_BULLET = re.compile(r"^(?:[-*+•·–—▪►■]|\(?\d{1,2}[.)])\s+\S|^[・◼■][\ufe0e\ufe0f]?(?=\S)(?=.*[\u3040-\u30ff\u3400-\u9fff])")
ITEM_WORDS = 3
#: A list introduced by a sentence ending in a colon (``list_items``): the sentence's words, the items' words.
LIST_INTRO_WORDS = 6
LIST_ITEM_WORDS = 15
#: A teaser's headline glued to its blurb in a copy: a lower-case word running into a capital ("federalesLas").
_GLUED_HEADLINE = re.compile(r"(?<=[a-zà-ÿ]{3})[A-ZÀ-Þ](?=[a-zà-ÿ])")
#: A shorter lead-in ending in a colon (``_short_lead_in``) of at least ``SHORT_INTRO_WORDS`` words heads a list only
#: over ``PARALLEL_ITEMS`` items or more that read as one list's (``_parallel_items``).
SHORT_INTRO_WORDS = 3
PARALLEL_ITEMS = 3
#: Numbered steps (``_steps``): this many sentences or more in a row, "1. ..." first; the list above them
#: (``_materials``) runs at most ``MATERIAL_LINES`` lines.
_STEP = re.compile(r"^(\d{1,2})[.)]\s+\S")
STEPS = 3
MATERIAL_LINES = 24
#: What a line's first character is, quotes and brackets aside (``_parallel_items``): a list's items open alike.
_OPENING_MARKS = "\"'“‘„«(["
#: A line of code: braces, semicolons, assignments, markup, table-drawing characters, an open bracket at the end; or
#: (``_CODE_SHAPE``) a closing bracket opening the line, a statement ending lines below where it began (") / (60 * 61 /
#: 2) as weighted_mean" in Haki Benita's SQL, ")" closing a function in V8's WebAssembly), or a call of a dotted or
#: snake-case name with nothing spaced in its brackets ("do_work(w)" on Dropbox's blog, "msg.Finish()" on Segment's,
#: "arr.flat()" on Habr): prose spaces its brackets off its words. A comment opening with "// " is code too (``is_code``:
#: "// reduce" heading a variant on Habr, V8's and Segment's listings).
CODE = re.compile(r"[{};=<>│┼─]|[(\[,]\s*$|^[)\]}]|\b[a-z_]\w*(?:_\w*|\.[A-Za-z_]\w*)\([^()\s]*\)")
_CODE_CHAR = re.compile(r"[{};=<>│┼─]")
_CODE_SHAPE = re.compile(r"^[)\]}]|\b[a-z_]\w*(?:_\w*|\.[A-Za-z_]\w*)\([^()\s]*\)")
#: A shell command line (``is_code``): a prompt before a command ("$ emcc hello.cpp -O3 -o hello.wasm" on V8's blog), a
#: script's first line ("#!/bin/bash"), a line an option opens ("--init \", "-e ENV=dev \") or a backslash continues, or
#: two commands joined by "&&" ("docker stop kafka && docker rm kafka"): cnblogs' Docker and Podman scripts.
_SHELL = re.compile(r"^\$ [a-z]|^#!/|^--?[a-z][\w.-]*(?:[ =]|$)|\\$|\S && \S")
#: The brackets an ``EQUALS_DATELINE`` opens with: a line opening otherwise is not matched against it.
_EQUALS_DATELINE_OPENERS = ("(", "[", "（", "【")

#: A table copied a cell per line (``rebuild_tables``): cells of at most this many words, columns, rows.
CELL_WORDS = 6
MAX_COLUMNS = 8
MIN_ROWS = 2
#: Rows of counts copied a row per line with single spaces (``_row_counts``): this many counts closing each row, as
#: many in every row, and this many rows at least (a pager's "Page 1 2 3" is one line).
COUNT_ROW_COLUMNS = 3
COUNT_ROWS = 3
#: A count: a bare whole number of one to three digits ("10", "0", "25"), which ``is_figures`` reads as no quantity.
_COUNT = re.compile(r"[-+−–]?\d{1,3}")
#: Rows of prices copied a row per line with single spaces (``_priced_tail``): a name of at most this many words
#: before the figures, and this many rows at least (``COUNT_ROWS``).
PRICED_LABEL_WORDS = 4
#: A price or a change closing such a row: two to four decimals, a percentage or a currency sign ("82.45", "1.0854",
#: "15.476,43", "-0,21%", "$19.99"); a year ("Sanremo 2021"), a course number ("Skiing 101") or a version ("Mesa
#: 26.0.1", "AV Linux 25.1") closing a menu's links is none.
_PRICE = re.compile(r"[-+−–▲▼]?(?:US)?[$€£¥₩₹]\d[\d.,']*|[-+−–▲▼]?\d[\d.,']*(?:[.,]\d{2,4}%?|%)")
#: Closing quotes of German and other languages that open with a low quote („…“): a line ending in one is a
#: quote, so a short sentence (the Israel Nachrichten, the Abendblatt), though not a sentence end in headlines.
_LOW_QUOTE_ENDS = ("“", "‘")
#: The full-width comma and semicolon a Chinese or Japanese line breaks off a sentence on: the line goes on into the
#: next, prose copied a clause a line, never furniture (Xueqiu's "3：计算未来增长之后的每年自由现金流量水平；" and
#: "按照15%的增速计算，" steps, woshipm's "2004年，可口可乐在中国提出全新品牌主张“要爽由自己”；").
_CLAUSE_ENDS = ("，", "；")
#: Closing quotes and brackets, stripped before reading how a line ends.
CLOSERS = " \"'”’»«“‘)]」』）"
#: This many short furniture lines in a row inside a story are a cluster of page furniture (``drop_boxes``).
CLUSTER_RUN = 3
#: A summary box's points (``_summary_points``) come before the story's second paragraph (``_is_paragraph``), and so
#: many of them of so many words each, each with so many content stems of the story's prose.
SUMMARY_PARAGRAPHS = 1
SUMMARY_POINT_WORDS = 5
SUMMARY_POINTS = 3
SUMMARY_SHARED = 2
#: A run of short lines holding this many lines of code (``is_code``) is a code listing, not a cluster (``_unboxed``).
CODE_LISTING_LINES = 2
#: A run of lines between two of the story's content lines is a code listing (``code_blocks``) when at least this share of
#: its lines, and ``CODE_LISTING_LINES`` of them or more, are code.
CODE_BLOCK_SHARE = 0.5
#: A line of an HTTP exchange in a listing (``code_blocks``): a request or a route, its method before a path ("GET
#: /api/v1/feeds - список фидов", "http GET master.radio-t.com:8778/api/v1/news/active" on Umputun's API post), a
#: response's status line ("HTTP/1.1 200 OK") or a header, its name hyphenated ("Access-Control-Allow-Origin: *"), its
#: value one token or a list of them after commas: a German teaser's kicker is a hyphenated compound before a colon too,
#: a headline after it ("Iran-Krieg: USA verlieren …" on t-online, "Corona-Lockerungen: Das ist wieder erlaubt").
_HTTP_LINE = re.compile(
    r"(?:http )?(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \S*/|HTTP/\d(?:\.\d)? \d{3}\b|[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)+: [^\s,]+(?:, [^\s,]+)*$")
#: A hard-wrapped line (``code_blocks``): ``WRAP_CHARS`` characters, a text set in a ``<pre>`` block wrapped at a
#: fixed width (an e-mail at 72 columns), the sentence going on in the next line, which opens in lower case.
WRAP_CHARS = (50, 80)
#: A date or time of day in a row of figures ("05.08.2024", "2024-08-05", "22 Apr 2024", "April 22, 2024",
#: "13.05", "22:04"): a row holding only these is a date line (``_is_date_row``).
_DATE_PART = re.compile(
    rf"\b(?:\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\.?\s+{month_pattern(strict=False)}(?:\s+\d{{4}})?"
    rf"|{month_pattern(strict=False)}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}[:.]\d{{2}})\b",
    re.IGNORECASE,
)
#: What a price or a change has and a date or a time of day has not: a percent or currency sign, a sign before a
#: figure ("-0.12", "+3.10"), or a decimal that can be no time of day ("27.41", "968.20": no hour 27 or 96).
_PRICE_MARK = re.compile(r"[%$€£¥₩₹▲▼]|(?<![\w.,:/])[-+−–]\d|\b(?:2[4-9]|[3-9]\d|\d{3,})[.:]\d|\b\d{1,2}[.:][6-9]\d\b")
#: A list of data under a sentence introducing it (``_data_list``): at least ``DATA_LIST_ROWS`` rows, at most
#: ``DATA_LIST_MAX``, of at most ``DATA_ROW_WORDS`` words each.
DATA_LIST_ROWS = 3
DATA_LIST_MAX = 60
DATA_ROW_WORDS = 25
#: A flattened table extends a region when it starts at most this many furniture lines after its content.
TABLE_GAP = 2
#: Figures in a table row copied as a line (``is_figures``); a price may carry its currency sign ("$2,345.60").
ROW_WORDS = 12
_FIGURE = re.compile(r"[-+−–▲▼(]*(?:US)?[$€£¥₩₹]?\d[\d.,:/']*[%)]*")
_QUANTITY = re.compile(r"\d[.,:/']\d|\d{3}|%")
#: What a figure (``_FIGURE``) or a dash before it (``_DASHES``) can open with besides a digit.
_FIGURE_OPENERS = "-+−–—▲▼(U$€£¥₩₹"
#: A figure under its label on one line (``is_field_figure``): a mark or two at most before the label, at most
#: ``FIELD_LABEL_WORDS`` words of label, a colon, the figure and at most one word of unit.
_FIELD_FIGURE = re.compile(r"[^\w\s]{0,3}\s*(?P<label>[^\W\d_][^:]*):\s+(?P<figure>\S+)(?:\s+[^\W\d_]+)?")
FIELD_LABEL_WORDS = 8
#: A run of paragraphs each under its own line holding this many labelled figures or more is the story's (``_before_teasers``).
FIELD_FIGURES = 3
_DASHES = widgets.words("- – — −")
#: The signature closing a post embedded from X/Twitter: "— Luke Pollard MP (@LukePollard) August 5, 2024".
_POST_SIGNATURE = re.compile(r"^[—–-]\s*[^()]{0,80}\(@\w{1,15}\)\s*.{0,30}$")
#: What marks the last line of a post's text: its link ("pic.twitter.com/7IJYBkhgep", "https://t.co/alqD5TQFRD"),
#: a mention or a hashtag.
_POST_TEXT = re.compile(r"pic\.twitter\.com/|https?://t\.co/|(?:^|\s)[@#]\w")
#: The most characters a post's text takes (X's limit of 280, plus a link and emoji).
POST_CHARS = 320
#: A post embedded the way Substack embeds one from X copies as its author's name and handle on a line ("Erik
#: Brynjolfsson @erikbryn", "优述/You Shu @You_Shu_China"), the post's text, its date with an ordinal ("June 12th 2022")
#: and its counts ("20 Retweets115 Likes", "4 Likes").
_POST_HEADER = re.compile(r"^\S.{0,80} @\w{1,15}$")
_POST_DATE = re.compile(rf"^{month_pattern(strict=False)} \d{{1,2}}(?:st|nd|rd|th) \d{{4}}$", re.IGNORECASE)
_POST_COUNTS = re.compile(r"^(?:\d[\d,.]*[KM]? (?:Retweets?|Likes?|Repl(?:y|ies))\s*)+$")

#: A headline a teaser list cut to fit its box: an ellipsis closing the line right after a word, with no sentence
#: ended before it ("Les 43 fois où Grey’s Anatomy a fait couler toutes…", "江苏最大规模作弊案27人获刑 涉案考生达50...").
_CUT_OFF = re.compile(r"(?<![.!?。！？…])\s?(?:…|\.{3})$")
#: An excerpt's closing mark: a bracketed ellipsis after its last words ("... on the eve of the red carpet [...]"),
#: what WordPress and other blog engines print after the opening of a story they show in a list (Variety's "More
#: Film" rail, Global Voices's pingbacks).
_EXCERPT_MARK = re.compile(r"\[\s?(?:…|\.{3})\s?\]$")
#: How a line ends that ``_CUT_OFF`` or ``_EXCERPT_MARK`` finds (at its end or before a last newline), told before
#: their searches, which try every character of every line of a region (2% of cleaning a dump).
_CUT_ENDS = ("…", "...", "]", "…\n", "...\n", "]\n")
#: A region with at least this share of its lines of content cut off is a rail of teasers (``_is_cut_rail``).
CUT_SHARE = 0.5
#: A loose line inside a story (``drop_unrelated_lines``) has at most ``LOOSE_WORDS`` words; stories with more than
#: ``CJK_SHARE`` of their characters Chinese or Japanese are left alone.
LOOSE_WORDS = 16
CJK_SHARE = 0.1
CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
STEM_CHARS = 5
#: A loose Korean line shares this many Korean stems (``hangul.hangul_stems``) with its story at least to be related
#: (``drop_unrelated_lines``): a teaser for another story on the same beat shares one or two.
KOREAN_SHARED = 3
#: A line this share of whose characters are Chinese or Japanese is written in their script (``_is_cjk_sentence``).
CJK_LINE_SHARE = 0.5
#: A story's sections numbered on lines of their own (``section_numbers``) are this many at least.
SECTION_NUMBERS = 3
#: A sentence closed inside a line: a full stop after a word ("U.S. troops" is none) or a CJK full stop.
_SENTENCE_CLOSED = re.compile(r"(?<=[^\W\d_]{2})[.!?]\s|[。！？]")
#: The fewest characters of a cut headline's text that, opening a longer line elsewhere in the page, make it a teaser.
CUT_PREFIX_CHARS = 12

#: Labelled credits closing a caption, per language (``data/<language>/caption_credits.txt``).
CAPTION_CREDITS = widgets.local_lines("caption_credits.txt")
#: A Chinese or Japanese full stop: a credit opening on one closes a caption sentence, however short.
_CJK_FULL_STOPS = "。"
#: A portrait's caption, the person's name alone before a bracketed credit: "Ditwan Morgan (Photo: Crime Stoppers of
#: Michigan)" (The Detroit News), "Antonio Pierce (Photo: Dwayne Ong / SunDevilSource, 247Sports)" (247Sports). Two or
#: three capitalised words; a story's line never ends on a bracketed photo credit.
_PORTRAIT_NAME = re.compile(r"(?:[A-Z][\w.'’-]+ ){1,2}[A-Z][\w.'’-]+ ?")
#: Labels naming a caption's kind of picture, per language (``data/<language>/caption_markers.txt``), searched in lines
#: of at most ``MARKED_CAPTION_WORDS`` words.
CAPTION_MARKERS = widgets.local_lines("caption_markers.txt")
MARKED_CAPTION_WORDS = 40
#: A portrait's caption naming the person alone, per language (``data/<language>/portrait_captions.txt``), matched on
#: the whole line: "市谷聡啓さん" under a speaker's photo on CodeZine, "小林史明衆議院議員" on Impress Watch.
PORTRAIT_CAPTIONS = widgets.local_lines("portrait_captions.txt")
#: The longest bare caption searched (``_is_bare_caption``): the portrait captions' 38 characters, a title and a stop.
PORTRAIT_CAPTION_CHARS = 45
#: A Chinese photo caption naming what is pictured in a few Han characters closed by a full stop, nothing else on its
#: line: ifeng's "小花家。", "大涧学校。", "小刚的作业本。", "禹州市人民医院。" between the paragraphs of its report, the
#: Taronews' "駐德代表謝志偉留言。" under a screenshot. Up to ``SHORT_HAN_CAPTION_CHARS`` characters, all Han: a story's
#: sentence that short is rare (the one such line in the dev references, douban's "第四个买了辆马车。", is lost with them;
#: a Japanese closing "以上。" would be too), and a comma, a quote, kana or a digit leave a line to the other rules.
SHORT_HAN_CAPTION_CHARS = 9
_SHORT_HAN_CAPTION = re.compile(rf"[\u3400-\u9fff]{{2,{SHORT_HAN_CAPTION_CHARS}}}。")
#: Labels of a picture's place opening a caption block, per language (``data/<language>/caption_positions.txt``).
CAPTION_POSITION = widgets.local_lines("caption_positions.txt")
#: A credit after the copyright sign closing a line: "... abgebrochen. © Alba Pacheco/dpa" (Die Zeit), "... am
#: Landungsbrücken vorbei. © Axel Heimken/dpa" (Hamburger Abendblatt), "... coronacrisis. — © BELGA" (Nieuwsblad). A
#: photographer's initial is no sentence's end: "... aufgeben. © IMAGO/Beautiful Sports/ R.Schmitt" (Hamburger
#: Abendblatt), "... Rauchwolke. © Berliner Morgenpost Infografik/OSM | C. Schlippes /Berliner Morgenpost ..." (Berliner
#: Morgenpost), a credit naming its agency, photographer and tool running to ``COPYRIGHT_CREDIT_CHARS`` characters.
COPYRIGHT_CREDIT_CHARS = 120
_COPYRIGHT_CREDIT = re.compile(rf"©(?:[^.!?©]|(?<=\b[A-Z])\.){{1,{COPYRIGHT_CREDIT_CHARS}}}$")

#: A credit right after a caption's last sentence (``has_trailing_credit``): one to three capitalised words ("SRF",
#: "Supplied", "Advanced Rocket Technologies"), or words around a slash ("Unsplash/Kelly Sikkema", "Ljósmynd/Aðsend")
#: or two or three slashes after a space, no dot in them (a link's path has some): "SIA/EFAK/YPPOA" on the Observer,
#: "Fethi Belaid/AFP/Getty Images" on the Washington Post, "EFE/EPA/HAITHAM IMAD" on elDiario.es,
#: "Uncredited/AP/dpa" on the Mitteldeutsche Zeitung).
#: The sentence closes on a word of four letters or more, so an abbreviation ("Vol. I", "St. Fleur") is no sentence,
#: or on a year, as a caption dates its photo: "... during an interview on Feb. 13, 2020.ABC News" (ABC News), "...
#: „eyðileggjandi sértrúarsöfnuður“ árið 2023. Skjáskot/Dagen" (Morgunblaðið).
_TRAILING_CREDIT = re.compile(
    r"(?:(?<=[^\W\d_]{4})|(?<=\b(?:19|20)\d\d))[.!?][\"”’»]?\s?"
    r"(?:(?-i:[A-Z])[\w&'-]*(?:\s(?-i:[A-Z])[\w&'-]*){0,2}|[\w.-]+(?:\s[\w.-]+){0,2}/[\w.-]+(?:\s[\w.-]+){0,2}"
    r"|(?<=\s)[\w-]+(?:\s[\w-]+){0,2}(?:/[\w-]+(?:\s[\w-]+){0,2}){2,3})$"
)
#: A credit in brackets right after a caption's last sentence, a slash inside it (``has_trailing_credit``): the
#: photographer and outlet, "The basement at 80 New York. (Scott Heins/Gothamist)" (Gothamist), "... School of
#: Medicine. (Robert Haupt/University of Maryland School of Medicine)" (the Washington Post), or the post it is taken
#: from, "Unggahan Uhm Ki Joon tentang rencana pernikahan. (Instagram.com/@werther777)" (Liputan6). A story's
#: sentence closes on its own stop after such a bracket, and an author's sign-off has no slash ("... voraus. (bsc)").
_BRACKETED_CREDIT = re.compile(r"(?:(?<=[^\W\d_]{2})|(?<=\b(?:19|20)\d\d))[.!?][\"”’»]?\s?\([^()/]{2,60}/[^()]{2,60}\)$")
#: A photographer's name after a slash closing a caption of no sentence (``has_trailing_credit``): two to four
#: capitalised words, perhaps after "Foto".
_SLASH_CREDIT = re.compile(r"(?<=[^\W\d_])\s?/\s?(?:Foto:?\s)?(?-i:[A-Z])[\w.'’-]*(?:\s(?-i:[A-Z])[\w.'’-]*){1,3}$")

#: A photo's credit alone on its line, per language (``data/<language>/photo_credits.txt``): "© dpa/Zuma Wire/K.C.
#: Alfred", "Foto: Urs Flueeler (Keystone)", "(Bild: Verbraucherzentrale.de / Phishingradar)". Whole lines of at most
#: ``CREDIT_WORDS`` words.
PHOTO_CREDIT = widgets.local_lines("photo_credits.txt")
CREDIT_WORDS = 12
#: A photo gallery's button alone on its line, right over the caption of the picture it opens, per language
#: (``data/<language>/gallery_buttons.txt``, ``captions_above_credits``).
GALLERY_BUTTON = widgets.local_lines("gallery_buttons.txt")
#: A caption above its credit (``captions_above_credits``) closes fewer than this many sentences before its last.
CAPTION_SENTENCES = 2

#: A pull quote (``drop_pull_quotes``) repeats words of a paragraph at most ``PULL_QUOTE_REACH`` lines away and is
#: signed by at most ``ATTRIBUTION_LINES`` lines of at most ``ATTRIBUTION_WORDS`` words each.
PULL_QUOTE_REACH = 12
ATTRIBUTION_LINES = 2
ATTRIBUTION_WORDS = 8
#: A line saying again, run together, this many lines above it in full is a repeat of them (``drop_run_together_repeats``).
RUN_TOGETHER_LINES = 3
#: A marked and signed pull quote is said again by a longer paragraph holding this share of its runs of words
#: (``said_again``).
PULL_QUOTE_SHARE = 0.6
#: The runs of words ``said_again`` compares.
PULL_QUOTE_RUN = 4

#: A newsletter box's sign-up button, per language (``data/<language>/signup_calls.txt``), and the box above it
#: (``drop_signup_boxes``): its name, a label of at most ``SIGNUP_NAME_WORDS`` words, then at most ``SIGNUP_LINES``
#: lines of at most ``SIGNUP_WORDS`` words (its blurb, a consent notice).
SIGNUP_CALL = widgets.local_lines("signup_calls.txt")
#: A newsletter box's consent notice, per language (``data/<language>/signup_consents.txt``): a short line of at most
#: ``SIGNUP_BUTTON_WORDS`` words right above it is the box's button (``signup_boxes``).
SIGNUP_CONSENT = widgets.local_lines("signup_consents.txt")
SIGNUP_BUTTON_WORDS = 3
SIGNUP_NAME_WORDS = 12
SIGNUP_LINES = 2
SIGNUP_WORDS = 30

#: Links copied side by side on one line (``is_link_row``): at least ``LINK_ROW_ITEMS`` items of at most
#: ``LINK_ITEM_WORDS`` words between separators.
_LINK_SEPARATOR = re.compile(r"\s+[|·▪•]\s+")
LINK_ROW_ITEMS = 3
LINK_ITEM_WORDS = 5

#: A link's label glued to its text by a colon with no space after it (``is_glued_link``): one to four words of letters
#: opening with a capital, then a capital letter (perhaps after an opening quote).
_GLUED_LABEL = re.compile(
    r"[A-Z][^\W\d_]*(?:['’][^\W\d_]+)?(?: [^\W\d_]+(?:['’][^\W\d_]+)?){0,3}:(?=[\"“‘']?[A-Z][^\W\d_])"
)

#: Line kinds that make a region (see ``line_kind``).
CONTENT = frozenset({"prose", "table", "item"})


@dataclass(frozen=True, slots=True)
class Region:
    """A span of lines from its first to its last content line."""

    start: int  # index of the first content line
    end: int  # index after the last content line
    prose: float  # words of prose (tables count half)
    soft_before: bool = False  # the furniture run before it holds no widget line (a list, a table, code)


def is_code(line: str) -> bool:
    """A line of code (``CODE``); the "=" of a dateline opening the line is none ("(서울=연합뉴스) 홍길동 기자 = 2일
    ..." on Yonhap, "(서울=뉴스1) ..." on News1): a story's one-sentence intro above a table starts so."""
    dateline = EQUALS_DATELINE.match(line) if line[:1] in _EQUALS_DATELINE_OPENERS else None
    rest = line[dateline.end():] if dateline else line
    # CODE by its branches: a code character anywhere, an opening bracket or comma closing the line (``\s`` is what
    # ``str.isspace`` and ``rstrip`` take), then the rarer shapes; a third of the search's cost on the lines both
    # cleaners ask about. The shapes open the line with a closing bracket or call with "(": a line with neither
    # skips their search, which stops at every word (0.46 s instead of 0.15 s over the 182,000 lines of the dumps)
    return (_CODE_CHAR.search(rest) is not None or rest.rstrip()[-1:] in ("(", "[", ",") or rest.startswith("// ")
            or (rest[:1] in (")", "]", "}") or "(" in rest) and _CODE_SHAPE.search(rest) is not None
            or (rest[:1] in ("-", "$", "#") or rest.endswith("\\") or "&&" in rest) and _SHELL.search(rest) is not None)


@lru_cache(maxsize=65536)
def line_kind(line: str) -> str:
    """``prose``, ``table`` (a block of rows), ``item`` (a bulleted list item), ``data`` (figures),
    ``neutral``, ``widget`` (``widgets.is_widget_line``) or ``furniture`` (any other short line).

    Neutral lines (a short sentence, a line introducing a list or code with a colon, a line of
    code, a byline, a photo caption closing with its credit) neither feed nor break a region: a photo
    gallery inside a story copies as a run of credited captions (a dozen on the Berliner Morgenpost, each
    "... © DPA Images | Christoph Soeder"). Figures extend a region already open (a table copied a cell
    per line) but never start one. A headline a teaser box cut off with an ellipsis (``is_cut_headline``) is furniture
    however long: "Salma Hayek Becomes Jane Wick In The Hilariously Violent Trailer For '..." above Uproxx's story,
    the teaser rails of BuzzFeed, The Onion and Kotaku would read as sentences.
    """
    if "\n" in line:
        rows = line.split("\n")
        return "table" if sum(any(ch.isdigit() for ch in row) for row in rows) * 2 >= len(rows) else "furniture"
    if widgets.is_widget_line(line):
        return "widget"
    if is_cut_headline(line):
        return "furniture"
    words = widgets.word_count(line)
    ends = bool(widgets.SENTENCE_END.search(without_end_marks(line))) or line.endswith((":", "："))
    if (words >= PROSE_WORDS and ends) or words >= LONG_LINE_WORDS:
        return "prose"
    if is_figures(line) or is_field_figure(line):
        return "data"
    if words >= ITEM_WORDS and _BULLET.match(line):
        return "item"
    if (ends or line.endswith(_LOW_QUOTE_ENDS)) and words >= 4 or line.endswith(_CLAUSE_ENDS) \
            or widgets.is_byline(line) or is_code(line) \
            or is_credited_caption(line):
        return "neutral"
    return "furniture"


def code_blocks(lines: list[str]) -> frozenset[int]:
    """Indexes of the lines of code listings: runs of lines between two content lines (``CONTENT``) of which at least
    ``CODE_BLOCK_SHARE``, and ``CODE_LISTING_LINES`` or more, are code (``is_code``).

    A listing's lines that read as no code (a command with no option, "fi", "SELECT", "FROM", a comment, the section
    heading between two scripts) would count as furniture, and a listing longer than ``FURNITURE_RUN`` of them cut the
    story in two, the foreword from the rest: cnblogs' Docker and Podman scripts (shell, eighty lines a script). Haki
    Benita's SQL queries and their result tables are such listings too, V8's prompted commands and Habr's JavaScript
    shorter ones. So are the other lines a ``<pre>`` block sets (``_HTTP_LINE``, ``_is_wrapped``): Umputun's API post
    lost everything under its routes and HTTP exchanges, a WordPress blog's Twitter-API post all under its e-mails
    hard-wrapped at 72 columns (each line furniture, a run of them with a widget word cut the story)."""
    return _code_blocks(tuple(lines))


@lru_cache(maxsize=4)
def _code_blocks(lines: tuple[str, ...]) -> frozenset[int]:
    """``code_blocks``, kept for the last few dumps: ``regions`` and the dump's label and line rules ask for them."""
    found: set[int] = set()
    start = None
    for index, line in enumerate([*lines, ""]):
        if index == len(lines) or line_kind(line) in CONTENT:
            if start is not None and index < len(lines):
                code = sum(is_code(lines[at]) or _HTTP_LINE.match(lines[at]) is not None
                           or _is_wrapped(lines[at], lines[at + 1]) for at in range(start, index))
                if code >= CODE_LISTING_LINES and code >= CODE_BLOCK_SHARE * (index - start):
                    found.update(range(start, index))
            start = index + 1
    return frozenset(found)


def _is_wrapped(line: str, below: str) -> bool:
    """A line of text hard-wrapped in a ``<pre>`` block: ``WRAP_CHARS`` long, no sentence closing at its end, and the
    line under it opening in lower case (the e-mails quoted on a WordPress blog's Twitter-API post: "Are the display
    guidelines a requirement to" over "be aligned with the API terms of use ...")."""
    return (WRAP_CHARS[0] <= len(line) <= WRAP_CHARS[1] and "\n" not in line and below[:1].islower()
            and widgets.SENTENCE_END.search(line) is None)


def list_items(lines: list[str]) -> frozenset[int]:
    """Indexes of the items of a list the story introduces with a sentence ending in a colon ("In a wide-ranging
    interview, President Obama also said:" on the BBC, "... target different offers to segments of visitors based
    on:" on Fox Business), copied a line per item without its bullets.

    The items are the short lines (``LIST_ITEM_WORDS`` words at most) after the sentence, two to ``SOFT_RUN`` of
    them, and the story must go on right after them: a line of its prose, a table or a bulleted item. A menu or a
    byline box after a label with a colon ("Author of the article:", "Andere Websites von Prensa Ibérica Media:")
    has no such sentence above it or no story below it.

    A lead-in of three to five words (``_short_lead_in``: "What You'll Need:" over eHow's materials, "U jednotek
    testujeme, zda:" over Zdroják's three conditions, "Those would be:" over SB Nation's contracts) heads a label's
    lines as often: "Diesen Artikel empfehlen:" over an author box and a shop's menu (Spektrum), "Bildnachweise (von
    oben nach unten):" over photo credits and then headings (futurezone), "Jetzt neu bei t-online:" over a control
    (t-online). So its items must read as one list's (``_parallel_items``); an item may then be a line of prose that
    closes no sentence ("David Price, six years remaining, $188 million (opt-out after 2018)" on SB Nation).
    """
    found: set[int] = set()
    for index, line in enumerate(lines):
        short = _short_lead_in(line)
        if not short and not _introduces_list(line):
            continue
        end = index + 1
        while (end < len(lines) and end - index <= SOFT_RUN
               and (line_kind(lines[end]) not in CONTENT or short and _is_unclosed_prose(lines[end]))
               and (widgets.word_count(lines[end]) <= LIST_ITEM_WORDS or _is_long_item(lines[end]))
               and not lines[end].endswith((":", "："))):
            end += 1
        if end - index > 2 and end < len(lines) and line_kind(lines[end]) in CONTENT and (
                not short or _parallel_items(lines[index + 1 : end])):
            found.update(range(index + 1, end))
    return frozenset(found | _materials(lines))


#: A list's items each opening with a label of their own (``labelled_items``): this many at least; a label runs
#: ``LABELLED_ITEM_WORDS`` words at most, a bracketed aside inside it aside.
LABELLED_ITEMS = 3
LABELLED_ITEM_WORDS = 4
_ITEM_LABEL = re.compile(r"^([^:：\n]{1,80}?)\s*[:：]\s*\S")
_LABEL_ASIDE = re.compile(r"\([^()]*\)")


def labelled_items(lines: list[str]) -> frozenset[int]:
    """Indexes of the items of a list a sentence introduces with a colon (``_introduces_list``), each item a label
    of its own and its value on one line: LessWrong's "Self-supervised: Training samples are self-supervised",
    "Converges to simulation objective: The system is incentivized ..." under "The following properties all
    characterize GPT:", the Obama White House's "Twitter (handle and followers, with no tweets on the timeline):
    @WhiteHouse, ..." and seven other accounts under "The following assets will remain with the institution:" (dev
    dumps; both in their references, taken by ``drop_boxes`` as a cluster of short lines). Items run longer than
    ``list_items`` takes and the story need not go on right under them (a table, a heading); a label printed twice
    is a box's, not one list's (issue 12, dumpsR267)."""
    found: set[int] = set()
    for index, line in enumerate(lines):
        if not _introduces_list(line):
            continue
        end, labels = index + 1, set()
        while end < len(lines) and (label := _item_label(lines[end])) is not None and label not in labels:
            labels.add(label)
            end += 1
        if end - index - 1 >= LABELLED_ITEMS:
            found.update(range(index + 1, end))
    return frozenset(found)


def _item_label(line: str) -> str | None:
    """The label opening a list item, case-folded: up to ``LABELLED_ITEM_WORDS`` words before a colon, a letter
    among them (a time is none), a bracketed aside left out."""
    match = _ITEM_LABEL.match(line) if "\n" not in line else None
    if match is None:
        return None
    label = _LABEL_ASIDE.sub("", match.group(1)).strip()
    if not any(ch.isalpha() for ch in label) or widgets.word_count(label) > LABELLED_ITEM_WORDS:
        return None
    return label.casefold()


def _is_long_item(line: str) -> bool:
    """A list item longer than ``LIST_ITEM_WORDS`` words (``list_items``): a line under ``LONG_LINE_WORDS`` words that
    reads as furniture and closes no sentence, a point or a measure written as a noun phrase: ZimEye's "Mandatory
    screening ar all points if entry to include purpose of visit to limit traffic as well as provide adequate
    distancing of patients and visitor" under "The measures are:", Data Therapy's "Opaque processes– the subjects of
    the data aren’t given any insight ..." under "... we can characterize in four ways:". A teaser copied with its headline glued to its blurb (``_GLUED_HEADLINE``) is none: Página/12's
    "Restricciones para presos de alto perfil en cárceles federalesLas medidas alcanzan a ..." under "Temas en esta
    nota:" (issue 12, dumpsR253)."""
    return (widgets.word_count(line) < LONG_LINE_WORDS and line_kind(line) == "furniture"
            and not closes_sentence(line) and not _GLUED_HEADLINE.search(line))


def _materials(lines: list[str]) -> set[int]:
    """Indexes of the list a how-to or a recipe gives right above its numbered steps (``_steps``): what you need, a
    short line per thing with its headings ("Ingredienser til kyllingelår i ovn", "4 spsk. Olivenolie", "2 tsk.
    salt", "Sauce", "250 g champignon", ..., "Sådan laver du kyllingelår i ovn" over Dagens's "1. Tænd ovnen ...";
    "You will need (per lantern)", "2 tablespoons Elmer’s all-purpose glue", "Misting bottle", ..., "Directions"
    over Natural Home's "1. Mix glue with water ..."). They are the lines of ``LIST_ITEM_WORDS`` words at most
    going up from the first step, at most ``MATERIAL_LINES`` of them, to a longer line (the story's prose above) and
    no widget line among them: a menu or a rail holds one. Dagens's ingredients had cut the recipe in two and its
    steps were lost; Natural Home's box filter had dropped half of its materials.
    """
    found: set[int] = set()
    for first in _steps(lines):
        start = first
        while (start > 0 and first - start < MATERIAL_LINES and "\n" not in lines[start - 1]
               and widgets.word_count(lines[start - 1]) <= LIST_ITEM_WORDS and line_kind(lines[start - 1]) != "widget"):
            start -= 1
        if start > 0 and first - start < MATERIAL_LINES and line_kind(lines[start - 1]) == "prose":
            found.update(range(start, first))
    return found


def _steps(lines: list[str]) -> list[int]:
    """Where numbered steps start: ``STEPS`` lines or more in a row numbered from 1 up ("1. Tænd ovnen på varmluft
    ...", "2. Er der tale om ..."), each closing a sentence. A rail's numbered headlines close none."""
    starts = []
    for index in range(len(lines) - STEPS + 1):
        if all((match := _STEP.match(lines[index + offset])) is not None and int(match.group(1)) == offset + 1
               and widgets.SENTENCE_END.search(lines[index + offset]) is not None for offset in range(STEPS)):
            starts.append(index)
    return starts


def _short_lead_in(line: str) -> bool:
    """A line of ``SHORT_INTRO_WORDS`` to ``LIST_INTRO_WORDS`` words (the latter excluded) ending in a colon: a short
    sentence introducing a list, or a label; no widget line and no heading over links to other stories
    (``RAIL_HEADING``: "More from the author:", ``RELATED_LABEL``), whose headlines would read as a list's items."""
    return (line.endswith((":", "：")) and "\n" not in line
            and SHORT_INTRO_WORDS <= widgets.word_count(line) < LIST_INTRO_WORDS
            and line_kind(line) in ("neutral", "furniture")
            and not RAIL_HEADING.fullmatch(line) and not RELATED_LABEL.fullmatch(line))


def _is_unclosed_prose(line: str) -> bool:
    """A line read as prose that closes no sentence: a long list item ending in a bracket or a figure."""
    return line_kind(line) == "prose" and not closes_sentence(line)


@lru_cache(maxsize=65536)
def is_promo(line: str) -> bool:
    """A house promotion or consent notice (``PROMO_LINE``, ``DUMP_PROMO_LINE``): a line both cleaners drop.

    Cached: the dump's region rules ask about the same lines three or four times a page (96,328 calls on 27,557
    distinct lines over the corpus dumps), and each call runs two gated alternations of every language's list.
    """
    return bool(DUMP_PROMO_LINE.fullmatch(line) or PROMO_LINE.fullmatch(line))


#: Unicode categories of the characters a line may carry after its sentence's full stop: symbols (an emoji, The New
#: Yorker's closing "♦", The Register's "®") and invisible format characters (a zero-width space, a byte-order mark).
_END_MARK_CATEGORIES = frozenset({"So", "Sk", "Cf"})


def _without_note_mark(line: str) -> str:
    """The line without the footnote's mark closing it (``_NOTE_MARK``). Searched only on a line whose last character,
    before a final line break (where ``$`` also stands), is one a mark ends on: the pattern opens on ``\\s*`` and is
    tried at every character of the line (``without_end_marks`` over the 227,990 lines of the corpus dumps took 0.28 s
    searching each, 0.09 s gated)."""
    last = line[-2:-1] if line.endswith("\n") else line[-1:]
    return _NOTE_MARK.sub("", line) if last == "↩" or last.isdecimal() else line


def without_end_marks(line: str) -> str:
    """The line without what may follow its sentence's full stop and leave the sentence closed: a footnote's mark
    (``_NOTE_MARK``), and symbols, invisible characters and the spaces and emoji variation selectors between them
    (``_END_MARK_CATEGORIES``): inessential's "... attention to performance continuously. 🍕" (25 words) read as a line
    closing no sentence, a furniture line."""
    line = _without_note_mark(line)
    end = len(line)
    while end and (line[end - 1].isspace() or line[end - 1] in "\ufe0e\ufe0f"
                   or unicodedata.category(line[end - 1]) in _END_MARK_CATEGORIES):
        end -= 1
    return line[:end]


def closes_sentence(line: str) -> bool:
    """Whether a full stop closes the line, before its closing quotes and brackets and what may follow a sentence's
    end (``without_end_marks``)."""
    return without_end_marks(line).rstrip(CLOSERS).endswith(tuple(widgets.FULL_STOPS))


def _opening(line: str) -> str:
    """How a line opens, quotes and brackets aside: a figure, a lower-case letter, a capital, or something else."""
    first = line.lstrip(_OPENING_MARKS)[:1]
    return "digit" if first.isdigit() else "lower" if first.islower() else "upper" if first.isupper() else "other"


def _parallel_items(items: list[str]) -> bool:
    """Lines that read as the items of one list: ``PARALLEL_ITEMS`` or more, opening alike (``_opening``: all
    capitalised, all lower case, all with a figure), all or none closing a sentence, and none a widget line, a
    byline or a date. A label's lines mix them: a name, a sentence about the author and a shop's menu items under
    Spektrum's "Diesen Artikel empfehlen:", a control and a share button under t-online's "Jetzt neu bei t-online:",
    a byline, a date and a reading time under the Ottawa Citizen's "Author of the article:"."""
    return (len(items) >= PARALLEL_ITEMS and len({_opening(item) for item in items}) == 1
            and len({closes_sentence(item) for item in items}) == 1
            and not any(line_kind(item) == "widget" or widgets.is_byline(item) or _STAMP.search(item)
                        for item in items))


def _introduces_list(line: str) -> bool:
    """A sentence of ``LIST_INTRO_WORDS`` words or more ending in a colon, no widget line."""
    return (line.endswith((":", "：")) and "\n" not in line and widgets.word_count(line) >= LIST_INTRO_WORDS
            and line_kind(line) in ("prose", "neutral"))


def repeated_labels(lines: list[str]) -> frozenset[str]:
    """Short lines the dump repeats ``LABEL_REPEATS`` times or more (see ``regions``); a dash between words is no
    word ("Advertisement - story continues below" between the paragraphs of The Federalist Papers)."""
    return _repeated_labels(tuple(lines))


@lru_cache(maxsize=4)
def _repeated_labels(lines: tuple[str, ...]) -> frozenset[str]:
    """``repeated_labels``, kept for the last few dumps: the region rules ask about the same lines five times a page
    (``_before_teasers`` once per line of its tail)."""
    counts = Counter(line for line in lines if _is_label_sized(line))
    return frozenset(line for line, count in counts.items() if count >= LABEL_REPEATS)


@lru_cache(maxsize=65536)
def _is_label_sized(line: str) -> bool:
    """One line, of ``LABEL_WORDS`` words at most once dashes are left out; cached (``_tables`` and the region
    rules ask about a dump's lines several times). The dashes are counted only on a longer line holding one: a
    dump's lines are mostly prose, whose every word the count had tested (the label test's second costliest part
    on dumps, after the counter)."""
    if "\n" in line:
        return False
    words = widgets.word_count(line)
    if words <= LABEL_WORDS:
        return True  # leaving dashes out only lowers the count
    if not any(dash in line for dash in _DASHES):
        return False  # no word is a dash
    return words - sum(word in _DASHES for word in line.split()) <= LABEL_WORDS


@lru_cache(maxsize=65536)
def is_figures(line: str) -> bool:
    """A table row or cell copied as a line: at most ``ROW_WORDS`` words, half of them figures, and a
    figure that is a quantity ("2,500.12", "+1.2%", "70000"), not a rank or a page number ("4.", "1 | 2 | 3")."""
    words = [w for w in line.replace(" | ", " ").split() if w not in _DASHES]
    if not words or len(words) > ROW_WORDS:
        return False
    figures = [w for w in words if _FIGURE.fullmatch(w)]
    return len(figures) * 2 >= len(words) and any(_QUANTITY.search(w) for w in figures)


def is_field_figure(line: str) -> bool:
    """A figure under its label on one line ("➡️ Aplicaciones totales: 7.818.781", "➡️ Vacunados con 1 dosis: 6.896.293
    personas" in Página/12's list of the ministry's figures; "Toyota C-HR: 2.818 unidades" in Xataka's sales list,
    "Stated Weight per Ski: 2030 grams" in Blister's spec list): a row of data, as ``is_figures`` reads a table row.
    Three words or fewer, it read as furniture, and six of Página/12's in a row ended its story above them."""
    match = _FIELD_FIGURE.fullmatch(line)
    return (match is not None and widgets.word_count(match["label"]) <= FIELD_LABEL_WORDS
            and _FIGURE.fullmatch(match["figure"]) is not None and _QUANTITY.search(match["figure"]) is not None)


def is_link_row(line: str) -> bool:
    """A menu or a footer's links copied on one line: ``LINK_ROW_ITEMS`` items or more of at most ``LINK_ITEM_WORDS``
    words each between separators ("|", "·", "▪", "•"), no figure, no sentence closing it. "Branding · Terms · Privacy ·
    Twitter · Edit this page on GitHub" (the V8 blog), "Chi Siamo | Dichiarazione di accessibilità | The Trust Project"
    (Corriere della Sera), "Les rubriques du Monde.fr International ▪ Politique ▪ Société ▪ ..." (Le Monde). A byline
    set out the same way carries its date ("Lena deCasparis | Contributing Writer | 5 days ago")."""
    if "|" not in line and "·" not in line and "▪" not in line and "•" not in line:
        return False  # no separator: told before the split, which tries every character of every paragraph
    items = _LINK_SEPARATOR.split(line)
    return ("\n" not in line and len(items) >= LINK_ROW_ITEMS and not any(ch.isdigit() for ch in line)
            and all(widgets.word_count(item) <= LINK_ITEM_WORDS for item in items)
            and not widgets.SENTENCE_END.search(items[-1]))


def is_glued_link(line: str) -> bool:
    """A link to another story whose label the copy glued to its headline with a colon and no space
    (``_GLUED_LABEL``), a headline's length (``HEADLINE_WORDS``) and closing no sentence: USA TODAY's "Trump's
    stories:From the Chicago cop to the crying businessman, ..." and "Live coverage:Democrats pile on Bloomberg at start
    of Democratic debate" between paragraphs, Die Welt's "Ressort:DeutschlandLandtagswahlen" over its teasers, the San
    Diego Union-Tribune's "Column:Ex-Chargers lineman ...", NRK's "Kanal:NRK Radio, Max". A story writes a space after
    its colon: none of the 308 such lines on the dev dumps is in a reference (issue 12, dumps145)."""
    return ("\n" not in line and _GLUED_LABEL.match(line) is not None and widgets.word_count(line) <= HEADLINE_WORDS
            and not widgets.SENTENCE_END.search(line))


@lru_cache(maxsize=65536)
def is_credited_caption(line: str) -> bool:
    """A caption copied as text with its photo credit at the end: a labelled credit (``CAPTION_CREDITS``:
    "(Image: Getty)", "Credit: PA", "Bild: dpa", an agency: "Florion Goga (REUTERS)") or one after the copyright
    sign ("© dpa | Jens Kalaene"), after four words or more of caption or a bracketed credit after a portrait's name
    (``_PORTRAIT_NAME``); or a caption naming the kind of picture it is
    under (``CAPTION_MARKERS``: "(Archivbild)", "(Symbolbild)"), of ``MARKED_CAPTION_WORDS`` words at most; or a
    portrait's caption, the name alone (``PORTRAIT_CAPTIONS``), or a few Han characters closed by a full stop
    (``_SHORT_HAN_CAPTION``).

    A page's HTML marks its captions; in a copy they are lines among the paragraphs, and the credit is
    what tells them apart (a short line, "Photo: AFP", "Copyright © 2023 MediaNews Group", is left to the other rules).
    A Chinese caption may be one short sentence ("共享充电宝。视觉中国 资料", "“救命啊SOS”纸团。沙坪坝区公安分局供图"): a credit
    whose match opens on the full stop closing some text before it needs no four words there.
    """
    match = CAPTION_CREDITS.search(line) or (
        _COPYRIGHT_CREDIT.search(line) if "©" in line else None)
    if match is not None and (widgets.word_count(line[: match.start()]) >= 4
                              or match.start() > 0 and line[match.start()] in _CJK_FULL_STOPS
                              or line[match.start()] == "(" and _PORTRAIT_NAME.fullmatch(line[: match.start()])):
        return True
    return widgets.word_count(line) <= MARKED_CAPTION_WORDS and CAPTION_MARKERS.search(line) is not None \
        or _is_bare_caption(line.strip())


def _is_bare_caption(line: str) -> bool:
    """A caption with no credit or marker: a portrait's, the name alone (``PORTRAIT_CAPTIONS``), or a few Han characters
    closed by a full stop (``_SHORT_HAN_CAPTION``). Only a short line not ending in ASCII is searched (both patterns
    are tried on every line of a dump, several times)."""
    if len(line) > PORTRAIT_CAPTION_CHARS or not line or line[-1].isascii():
        return False
    return PORTRAIT_CAPTIONS.fullmatch(line) is not None or _SHORT_HAN_CAPTION.fullmatch(line) is not None


def position_captions(lines: list[str]) -> frozenset[str]:
    """The lines opening on a picture's place (``CAPTION_POSITION``: "Left/Top:", "TOP:", "BOTTOM LEFT:"): a set of
    pictures' captions run together, each after its place, as The Intercept and The Washington Post print them under
    a pair or a row of photos. Such a block runs past a single caption's length (49 to 76 words on the dev pages), so
    no length bounds it; the label opening the line is what only a caption says."""
    return frozenset(line for line in lines if CAPTION_POSITION.search(line))


def captions_above_credits(lines: list[str]) -> frozenset[str]:
    """Photo captions whose credit the copy put on the next line (``PHOTO_CREDIT``), and those credit lines.

    A page sets a photo's caption and its credit in two elements, so a copy gives the caption as a line of prose
    among the paragraphs and the credit alone under it: "Intensive Regenfälle brachten Slowenien und Südostösterreich
    Überschwemmungen: ..." over "© Action press/Bernd März" (Tagesspiegel), "Der neue Präsidentenhelikopter vom Typ
    VH-92A Patriot ist ..." over "Foto: Nicolas Economou (Getty)" (Tages-Anzeiger), "Ein olympisches Phänomen: Kevin
    Durant." over "(Foto: REUTERS)" (n-tv), "Graduate student Tyler Perrachione, left, ..." over "Photo: Patrick
    Gillooly" (MIT News), the Mirror's "Anti-racism activists in Plymouth tonight (" over "Image:". A caption runs
    four to ``MARKED_CAPTION_WORDS`` words and introduces nothing (no colon at its end); a story's paragraph ends
    above an image's credit only where the image has no caption, which these credits' labels do not mark. A gallery's
    button over a picture (``GALLERY_BUTTON``) has its caption under it: "View 3 Images" over "Gary Heidnik and his
    lawyer attempted to get him declared legally insane at his trial" (the Mirror; the Daily Star's the same), "View
    Images" over National Geographic's "Men generally prefer a lower temperature than women and, ..."; under those
    buttons on the dev dumps no line is in a reference.
    """
    found: set[str] = set()
    for above, line in itertools.pairwise(lines):
        if "\n" not in above and widgets.word_count(above) <= CREDIT_WORDS and GALLERY_BUTTON.fullmatch(above.strip()) \
                and _is_caption_shaped(line):
            found.add(line)  # the caption under a gallery's button
        if "\n" in line or widgets.word_count(line) > CREDIT_WORDS or not PHOTO_CREDIT.fullmatch(line):
            continue
        found.add(line)
        if _is_caption_shaped(above) and not PHOTO_CREDIT.fullmatch(above):
            found.add(above)
    return frozenset(found)


#: A caption under its credit (``captions_under_credits``) has at most this share of its words after the first
#: capitalised (more is a subheading in title case, PopSugar's "Settling For Lackluster Hand-Me-Downs").
UNDER_CREDIT_CAPITALS = 0.5
#: ... and no label of at most this many words before a colon opening it (a shop card's "ADD TO CART: US$25 ...",
#: a field's "公開調教:25.1秒").
UNDER_CREDIT_LABEL_WORDS = 3
_INNER_STOP = re.compile(r"[.!?]\s")


def captions_under_credits(lines: list[str], spaced: frozenset[str] | None) -> frozenset[str]:
    """Photo captions the copy put on the line under their credit, inside the story: the page sets the credit and
    the caption in two blocks under the picture (a ``<figcaption>`` or ``<div>``, no paragraph's margin), so the
    caption is a line no blank line sets apart (``spaced``) between a credit line and the next paragraph, under a
    paragraph of the story: Spektrum's "© phichak / stock.adobe.com (Ausschnitt)" over "Sapria himalayana | Jüngste
    Forschungsarbeiten haben ...", Der Standard's "foto: steppan alexander" over "Spielstationen für Menschen jeden
    Alters ...", the HuffPost's "Edgar Su/Reuters" over "Panic buying caused the emptying of Singapore's supermarket
    shelves, ...", the BBC's "EPA" over "Former PM Liz Truss and her then chancellor ..." (dev dumps, issue 12,
    dumpsP276). A story's paragraph under a picture with no caption has a blank line under it. A dump with no blank
    line (``spaced`` None) tells nothing; a question of one sentence (an interview's, Vulture's), a line in title case
    and a short label before a colon are no captions.
    """
    if spaced is None:
        return frozenset()
    found: set[str] = set()
    for index in range(2, len(lines) - 1):
        line, credit = lines[index], lines[index - 1]
        if line in spaced or lines[index + 1] not in spaced or not _is_caption_shaped(line) or _is_credit(line) \
                or not _is_credit(credit) or line_kind(lines[index - 2]) != "prose":
            continue
        words = line.split()
        if sum(word[:1].isupper() for word in words[1:]) > UNDER_CREDIT_CAPITALS * (len(words) - 1):
            continue
        label, colon, _ = line.partition(":")
        if colon and widgets.word_count(label) <= UNDER_CREDIT_LABEL_WORDS:
            continue
        if line.rstrip().endswith("?") and not _INNER_STOP.search(line.rstrip()[:-1]):
            continue
        found.add(line)
    return frozenset(found)


def _is_credit(line: str) -> bool:
    """A photo's credit alone on its line (``PHOTO_CREDIT`` or ``widgets.is_credit_line``)."""
    return "\n" not in line and widgets.word_count(line) <= CREDIT_WORDS \
        and (PHOTO_CREDIT.fullmatch(line.strip()) is not None or widgets.is_credit_line(line))


#: A photo's credit as a name (two or three capitalised words) and an outlet after a slash (one to four capitalised
#: words, a full stop at most after them): "Macduff Everton/Corbis", "Davide Monteleone / Contrasto-Redux" (``slashed_credits``).
_SLASHED_CREDIT = re.compile(r"(?:[A-Z][\w.'’-]+ ){1,2}[A-Z][\w.'’-]+ ?/ ?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}\.?")


def slashed_credits(lines: list[str]) -> frozenset[str]:
    """Photo credits of a name and an outlet after a slash (``_SLASHED_CREDIT``) that no agency list names, alone
    on their line inside the story: Mother Jones's "Macduff Everton/Corbis", Newsweek's "Davide Monteleone /
    Contrasto-Redux", the Las Vegas Sun's "Hilary Swift / The New York Times", Forbes' "Jeffrey Cleary/FaZe Clan."
    between two paragraphs (dev dumps; no such line in a dev reference). The same shape heads a table's row or a
    section ("Firm Chop / Crud" over Blister's "When chop sets up more and / or turns into straight-up crud, ..."):
    a line sharing a content word (``_stems``) with the line under it is such a label, a credit names no word of the
    paragraph it stands over. Only the credit goes; its picture may have no caption, or one under it (Newsweek's).
    """
    return frozenset(
        line for line, below in itertools.pairwise(lines)
        if "/" in line and "\n" not in line and _SLASHED_CREDIT.fullmatch(line.strip())
        and not _stems(line) & _stems(below)
    )


def _is_caption_shaped(line: str) -> bool:
    """A line that can be a photo's caption: four to ``MARKED_CAPTION_WORDS`` words introducing nothing (no colon at
    its end), no story's paragraph (``_reads_as_story``)."""
    return ("\n" not in line and 4 <= widgets.word_count(line) <= MARKED_CAPTION_WORDS
            and not line.rstrip().endswith((":", "：")) and not _reads_as_story(line))


def _reads_as_story(line: str) -> bool:
    """A paragraph of the story above an image that has no caption, not a caption: it closes ``CAPTION_SENTENCES``
    sentences or more before its last. A caption says what the picture shows in a sentence or two (the
    Tages-Anzeiger's "Donald Trump überquert den Rasen ... Nun plant er einen Helikopterlandeplatz ..."), a paragraph
    goes on: HOLA!'s '"She is gorgeous. Her vibe and personality are amazing. We had a great time working together,"
    Rauw said about Bruna.', futurezone's "Wer häufig auf CC-Inhalte zurückgreift, tut gut daran, dies zu
    dokumentieren. Ich favorisiere alle verwendeten CC-Bilder. Idealerweise ..." above a photo's credit. (A quote is
    no mark: n-tv captions a photo with the player's words.)"""
    return len(_SENTENCE_CLOSED.findall(line.rstrip("。！？"))) >= CAPTION_SENTENCES


def has_trailing_credit(line: str) -> bool:
    """A photo caption copied as one line with its credit after its last sentence, no label or bracket around it
    (``_TRAILING_CREDIT``): "... auf dem Karama-Platz in Sweidah. SRF" (SRF), "... views upon arrival. Supplied"
    (Canada.com), "... for about an hour. AP" (9News), "A rocket stands on an Etlaq launchpad. Etlaq" (Rest of
    World), "... wieder zu Kräften zu kommen.Unsplash/Kelly Sikkema" (20 Minuten), "... á skjá. Ljósmynd/Aðsend"
    (Morgunblaðið), or in brackets holding a slash (``_BRACKETED_CREDIT``, dumps144): "... rencana pernikahan.
    (Instagram.com/@werther777)" (Liputan6). A caption closing on no sentence may give its photographer after a slash
    (``_SLASH_CREDIT``):
    "Festnahme beim Einsatz der Nationalpolizei gegen den Pablo-Clan in Palma / Lorenzo Marina" (Mallorca Zeitung),
    "Erik Cruz Rodríguez, graduado con título de Oro/ Foto Pedro L. Rodríguez Gil" (Tele Pinar), "Screenshot by Amanda
    Tan/ONE Esports" (ONE Esports). Four words of caption or more and ``MARKED_CAPTION_WORDS`` in all: a paragraph
    runs longer, and a story's last paragraph may close with its agency's sign-off ("... he said. DM" on Daily
    Maverick), so the caller leaves the last paragraph alone.
    """
    if widgets.word_count(line) > MARKED_CAPTION_WORDS:
        return False  # a paragraph: counted before the search, which tries every full stop of a long one
    match = _TRAILING_CREDIT.search(line) or (_BRACKETED_CREDIT.search(line) if line.endswith(")") else None)
    if match is None and "/" in line and not widgets.SENTENCE_END.search(line):
        match = _SLASH_CREDIT.search(line)
    return match is not None and widgets.word_count(line[: match.start()]) >= 4


def _weight(line: str, kind: str) -> float:
    if kind == "prose":
        return widgets.word_count(line)
    if kind in ("table", "item"):
        return widgets.word_count(line) / 2
    return 0.0


def regions(lines: list[str]) -> list[Region]:
    """The prose regions of a text dump's lines, in order (see the module docstring).

    A short line repeated ``LABEL_REPEATS`` times or more is an interface label ("Article content"
    between every paragraph on Postmedia papers, "Reply" under every comment on WordPress blogs):
    it neither breaks nor feeds a region. A table the copy flattened (``rebuild_tables``) is content, as a
    table copied with tabs is, whatever a cell holds, when it starts at most ``TABLE_GAP`` lines after the
    region's last content line or a sentence introducing it ("Closing rates in Seoul on Wednesday.", a table
    that is the article): its header row, a cell per line, is no menu ("Commodity", "Last",
    "Change", "% Change", "Time" above a market table), nor a time cell ("16:26") a live-blog stamp. One after a
    run of furniture is a sidebar's (a blog's archive, a "Most read" list of times and headlines) and its lines
    count as they read.
    """
    labels = repeated_labels(lines)
    listed = list_items(lines)
    coded = code_blocks(lines)
    heads = _cut_heads(lines)
    tables = {at: start for start, end, _ in _tables(lines) for at in range(start, end)}
    content_tables: dict[int, bool] = {}  # table start -> whether its lines are content
    found: list[Region] = []
    start = end = None
    soft = False
    prose = 0.0
    run = 0
    widget_seen = False
    sentence, gap = "", 0  # the kind of the last content or neutral line, and the lines since, labels aside
    for index, line in enumerate(lines):
        if index in tables and tables[index] not in content_tables:
            content_tables[tables[index]] = gap <= TABLE_GAP and (start is not None or sentence == "neutral")
        if index in listed:
            continue  # an item of a list the story introduces: it neither feeds nor breaks the region
        kind = "neutral" if line in labels or index in coded \
            else "table" if content_tables.get(tables.get(index)) else line_kind(line)
        if kind == "prose" and _cut_elsewhere(line, heads):
            kind = "furniture"
        if kind in CONTENT or kind == "neutral" and line not in labels:
            sentence, gap = kind, 0
        elif line not in labels:
            gap += 1
        if kind in CONTENT:
            if start is None or run >= FURNITURE_RUN:
                if start is not None:
                    found.append(Region(start, end, prose, soft))
                start, prose = index, 0.0
                soft = not widget_seen and run <= SOFT_RUN
            prose += _weight(line, kind)
            end, run, widget_seen = index + 1, 0, False
        elif kind == "data" and start is not None and run < FURNITURE_RUN:
            end, run = index + 1, 0  # a table copied a cell per line: its label cells are not a menu
        elif kind in ("furniture", "widget"):
            run += 1
            widget_seen = widget_seen or kind == "widget"
    if start is not None:
        found.append(Region(start, end, prose, soft))
    return found


def story_region(lines: list[str], anchor: int | None = None, profile: SiteProfile | None = None) -> Region | None:
    """The story's region: the one holding ``anchor`` (a dateline) if given, else the first big one that is no rail
    of teasers (``_is_rail``: a footer of blurbs can hold more prose than a short story) nor under a rail heading
    (``_under_rail_heading``), unless no other holds
    ``RESUMED_WORDS`` words of prose.

    A wire story runs from its dateline to its end mark (a line of the site profile's ``end_lines``: "(END)" on
    Yonhap): when both are there, everything between is the story, whatever boxes sit inside it (the line rules
    still drop them).
    """
    found = _outside_dialogs(lines, regions(lines))
    if not found:
        return None
    if threads := comment_threads(lines):
        # a region's comments are no story's prose: a long thread outweighs the story above it
        found = [Region(r.start, r.end, r.prose - _thread_prose(lines, r, threads), r.soft_before) for r in found]
    labels = repeated_labels(lines)
    index = None
    if anchor is not None:
        index = next((i for i, r in enumerate(found) if r.end > anchor), None)
        marker = next((i for i in range(anchor, len(lines)) if story_end(profile, lines[i])), None)
        if index is not None and marker is not None:
            return Region(anchor, max(found[index].end, marker + 1), found[index].prose)
    if index is None:
        stories = [r for at, r in enumerate(found) if not _is_rail(lines, r, labels) and not _is_cut_rail(lines, r)
                   and not (at > 0 and _under_rail_heading(lines, found[at - 1], r))]
        pool = stories if any(r.prose >= RESUMED_WORDS for r in stories) else found
        biggest = max(r.prose for r in pool)
        index = next(i for i, r in enumerate(found) if r in pool and r.prose >= FIRST_SHARE * biggest)
        index = _headed_instead(lines, found, pool, index)
        index = _past_notice(lines, found, index)
    core = found[index]
    if anchor is not None:
        core = Region(anchor, core.end, core.prose, core.soft_before)
    first = index
    while (anchor is None and first > 0
           and (found[first - 1].prose >= RESUMED_WORDS and _resumes_after_box(lines, found[first - 1], core, labels)
                or _opening_above_box(lines, found[first - 1], core, labels))):
        first -= 1  # the story's first paragraphs, above a box that cut it (a long story's first region is small)
        core = Region(found[first].start, core.end, core.prose + found[first].prose, found[first].soft_before)
    if anchor is None and first > 0 and (lede := _lede_above_box(lines, found[first - 1], core, labels)) is not None:
        opening = sum(widgets.word_count(line) for line in lines[lede : found[first - 1].end])
        core = Region(lede, core.end, core.prose + opening, False)
    for after in found[index + 1 :]:
        if not _continues_into(lines, core, after, labels):
            break
        core = Region(core.start, after.end, core.prose + after.prose, core.soft_before)
    core = Region(core.start, _before_closing(lines, core, labels), core.prose, core.soft_before)
    core = Region(core.start, _before_end_line(lines, core, profile), core.prose, core.soft_before)
    core = Region(core.start, _before_comments(lines, core), core.prose, core.soft_before)
    core = Region(core.start, _before_thread(lines, core, threads), core.prose, core.soft_before)
    core = Region(core.start, _before_author_note(lines, core), core.prose, core.soft_before)
    core = Region(core.start, _before_disclaimer(lines, core), core.prose, core.soft_before)
    core = Region(core.start, _before_promotion(lines, core), core.prose, core.soft_before)
    core = Region(core.start, _before_widget_run(lines, core, labels), core.prose, core.soft_before)
    core = Region(core.start, _before_cards(lines, core), core.prose, core.soft_before)
    start = core.start if anchor is not None else _past_ticker(lines, core)
    while anchor is None and start > 0 and _is_lede_sentence(lines[start - 1], labels):
        start -= 1  # the story's first sentences, short enough to read as neutral lines
    end = _before_teasers(lines, core)
    # a rail of dated cards can close the story above the teasers ``_before_teasers`` cut, once they are gone
    end = _before_cards(lines, Region(core.start, end, core.prose, core.soft_before))
    if anchor is None:
        end = _past_box_to_foot(lines, end, labels)
    while anchor is None and end < len(lines) and _is_closing_sentence(lines[end], labels):
        end += 1  # the story's last sentences, short enough to read as neutral lines
    return Region(start, end, core.prose, core.soft_before)


def _past_box_to_foot(lines: list[str], end: int, labels: frozenset[str]) -> int:
    """Where the story ends when a box set inside it cut off its last paragraphs: ``end``, or the line after the
    paragraph right over the story's foot (``STORY_FOOT``: its source credit or its author's initials).

    The box opens right under the region with a rail heading or a related label (``RAIL_HEADING``,
    ``RELATED_LABEL``), and the first foot within ``RESUME_BOX_LINES`` lines stands under a paragraph of prose closing
    a sentence, a lone mark at most between (heise's "^"). The FAZ's "Mehr zum Thema" over cards of a headline, an
    author and counters, then one to three paragraphs over "Quelle: F.A.Z." (four dev pages); heise's "Lesen Sie auch"
    over six headlines and "Mehr anzeigenWeniger anzeigen", then "Eine ungeklärte Frage ..." over "^" and "(nie)".
    Only one paragraph under such a box, with no foot under it, was taken back in round dumps104 and lowered test: a
    teaser's blurb or the next story's first paragraph can stand there, but the story's foot closes only the story.
    The lines of the box are left to the line rules.
    """
    at = next((i for i in range(end, len(lines)) if lines[i] not in labels), None)
    if at is None or not (RAIL_HEADING.fullmatch(lines[at]) or RELATED_LABEL.fullmatch(lines[at])):
        return end
    foot = next((i for i in range(at + 1, min(len(lines), at + 1 + RESUME_BOX_LINES))
                 if STORY_FOOT.fullmatch(lines[i])), None)
    if foot is None:
        return end
    last = foot - 1
    if last > at and line_kind(lines[last]) != "prose" and widgets.word_count(lines[last]) <= 1:
        last -= 1  # a lone mark between: heise's "^" (back to the top)
    if last > at and line_kind(lines[last]) == "prose" and closes_sentence(lines[last]):
        return last + 1
    return end


def _continues_into(lines: list[str], core: Region, after: Region, labels: frozenset[str]) -> bool:
    """Whether the story of ``core`` goes on in ``after``, the next region: across a soft run (a list, a table, code:
    no widget line) or past a box set inside the story (``_resumes_after_box``), never into a rail of cut-off teasers
    (``_is_cut_rail``) or a consent dialog (``_is_consent_region``).

    A soft run holding a rail heading (``_under_rail_heading``) leads to other stories, unless two paragraphs open
    what follows (``_opens_with_paragraphs``: Global News's "More on World" box of eight headlines inside its story,
    Business Today's "MORE FROM THE AUTHOR"). Modern Diplomacy's "You may like" over five headlines had carried its
    story of 870 words on into the next three stories the page loads under it (3,100 words); on the dev dumps a soft
    run holding a rail heading with no paragraphs right after it heads no story's text (nine regions, eight
    publishers: Live Science's "More from LiveScience", Recode's "More From Recode", the San Diego Union-Tribune's
    "More on the Subject", NewsGram's "Next Story", ...). So does a soft run holding a line that ends in a date over a
    short tail (``_dated_run_to_tail``: McSweeney's dated cards over its house blurb, TechCrunch's Crunchbase box over
    Apple's).
    """
    rail = (_under_rail_heading(lines, core, after) or _dated_run_to_tail(lines, core, after, labels)) \
        and not _opens_with_paragraphs([line for line in lines[after.start :] if line not in labels])
    return ((after.soft_before and not rail or _resumes_after_box(lines, core, after, labels))
            and not _is_cut_rail(lines, after) and not _is_consent_region(lines, after))


def _dated_run_to_tail(lines: list[str], core: Region, after: Region, labels: frozenset[str]) -> bool:
    """Whether the soft run between ``core`` and ``after`` holds a line ending in a date (``_STAMP``) and ``after`` is
    a short tail of fewer than ``RESUMED_WORDS`` words: cards of other stories, each closing on its author and date
    (McSweeney's "by Rick Stoeckel (5/17/2007)" under "SUGGESTED READS", then its house blurb), or a fields box closing
    on a date (TechCrunch's Crunchbase box, "Launch Date: April 1, 1976", then the company's blurb), lead out of the
    story; the caller keeps the tail when two paragraphs open it."""
    return after.prose < RESUMED_WORDS and any(
        _ends_in_date(line) for line in lines[core.end : after.start] if line not in labels)


def _ends_in_date(line: str) -> bool:
    """Whether ``line`` closes on a date or time (``_STAMP``), its year and a closing bracket at most after it."""
    tail = line.rstrip(" )]）")
    return any(_YEAR_TAIL.fullmatch(tail[match.end() :]) for match in _STAMP.finditer(tail))


#: What may follow a date's day at a line's end: its year (", 1976").
_YEAR_TAIL = re.compile(r"(?:,?\s*\d{4})?")


def _is_closing_sentence(line: str, labels: frozenset[str]) -> bool:
    """A short sentence right under the story's last paragraph, closing the story as ``_is_lede_sentence`` lines open
    it: "And remember, don't show up at somebody's house empty-handed." (GQ), "Deadpool 2 opens in theatres on May
    18." (Fortress of Solitude), "There was no listed phone number for the club." (New York Daily News), "Fairmont
    Jasper Park Lodge is now open." (Canada.com). A region ends at its last line of prose, so they fell outside it.
    A question to the reader ("Would you like to comment on this article?" on TimesLIVE, "Want to read more articles
    like this one?" on Variety), a line trailing off into what follows ("Like this? You might also be interested
    in...") or introducing it (a colon) is the furniture after the story, and so is a prompt to comment written as a
    sentence (``COMMENT_PROMPT``: Notícia Exata's "Olá, deixe seu comentário." above its comment form), which
    ``_before_closing`` ends the story above."""
    return _is_lede_sentence(line, labels) and widgets.SENTENCE_END.search(line) is not None \
        and not line.rstrip(CLOSERS).endswith((":", "：", "?", "？", "…", "...")) and not COMMENT_PROMPT.fullmatch(line)


#: A consent dialog's first sentence comes at most this many lines under its heading (its tabs' names between).
DIALOG_REACH = 12


def _outside_dialogs(lines: list[str], found: list[Region]) -> list[Region]:
    """The regions without a consent dialog's (``consent``): a consent heading with a consent sentence as the first
    prose within ``DIALOG_REACH`` lines under it opens a dialog, and the region holding that sentence is the dialog's.
    A region that began above the heading keeps its lines up to it, but for the consent sentences right above it (a
    banner's "We use cookies on our website ..." over Daily Maverick's "Manage consent").

    OneTrust's "Privacy Preference Center" over "We process your data to deliver content or advertisements ..." (Tech
    Monitor, whose dialog of 1,480 words outweighed its story), over "When you visit any website, it may store or
    retrieve information on your browser ..." (The New Republic, Variety), "Cookie Information" over "When you visit
    our website, we store cookies ..." (LittleThings); CookieLawInfo's "Privacy Overview" over "This website uses
    cookies to improve your experience ..." (Daily Maverick, Chaniotika Nea, Modern Diplomacy). A footer's link
    "Cookie Settings" has no such sentence under it.
    """
    for heading in consent_headings(lines):
        first = next((at for at in range(heading + 1, min(heading + 1 + DIALOG_REACH, len(lines)))
                      if line_kind(lines[at]) == "prose"), None)
        if first is None or not is_consent_line(lines[first]):
            continue
        kept = []
        for region in found:
            if not region.start <= first < region.end:
                kept.append(region)
                continue
            start = min(heading, first)
            while start > region.start and (line_kind(lines[start - 1]) not in CONTENT
                                            or is_consent_line(lines[start - 1])):
                start -= 1
            if start > region.start:
                prose = sum(_weight(line, line_kind(line)) for line in lines[region.start : start])
                kept.append(Region(region.start, start, prose, region.soft_before))
        found = kept
    return found


#: A region opening with a consent sentence is a dialog's when at least this share of its prose is such sentences.
CONSENT_SHARE = 0.5


def _is_consent_region(lines: list[str], region: Region) -> bool:
    """A consent dialog copied without a heading ``consent_headings`` knows: a region whose first line of content is a
    consent sentence (``is_consent_line``) and whose prose is at least ``CONSENT_SHARE`` such sentences. Forbes's
    "Cookies on Forbes" dialog ("Please choose whether this site may use cookies ...", 171 words) under the story's
    author box was read as the story going on past a box. Regions so shaped on nine other dev publishers (the cookie
    banners of ZDNet, Radio-Canada, Le Figaro, DW, Lead Dev, Hypebeast, ...) share no text with a reference, while a
    newsletter box's "By signing up you consent ..." opening the Financial Post's story holds little of its region's
    prose. Only the story's continuation asks: a page whose one region opens with a banner keeps it as a story."""
    content = [at for at in range(region.start, region.end) if line_kind(lines[at]) in CONTENT]
    if not content or not is_consent_line(lines[content[0]]):
        return False
    consent = sum(_weight(lines[at], "prose") for at in content if is_consent_line(lines[at]))
    return consent >= CONSENT_SHARE * region.prose


def _under_rail_heading(lines: list[str], before: Region, region: Region) -> bool:
    """Whether a rail heading (``RAIL_HEADING``) stands in the furniture between ``before`` and ``region``: the
    region is the rail's, other stories, however much prose it holds. A page that loads the next story under the
    first copies it whole ("Next Story" over another NewsGram story of 1,300 words under one of 500), a sidebar of
    recommended stories copies their blurbs ("You may like" over Modern Diplomacy's teasers, 3,100 words under a
    story of 870). A pager's labels head no rail (``_pager_lines``)."""
    between = lines[before.end : region.start]
    pager = _pager_lines(between)
    return any(RAIL_HEADING.fullmatch(line) for at, line in enumerate(between) if at not in pager)


def _pager_lines(lines: list[str]) -> frozenset[int]:
    """Positions of a post pager's labels: two labels (``PAGER_LABEL``) with one headline between them, "Previous
    Story" over the story before and "Next Story" over the one after. Above The Verge's story the pager stands under a
    river of fifty timestamped headlines, which make regions of their own: read as a rail heading, "Next Story" put
    the story under a rail and the sign-up dialog further down was taken for it."""
    found: set[int] = set()
    for at in range(len(lines) - 2):
        if PAGER_LABEL.fullmatch(lines[at]) and PAGER_LABEL.fullmatch(lines[at + 2]):
            found.update((at, at + 2))
    return frozenset(found)


def pager_headlines(lines: list[str], start: int, end: int) -> frozenset[int]:
    """Indexes of the headlines a post pager inside the region ``lines[start:end]`` links to (``_pager_lines``): the
    line under each label, the story before and the one after, no line of this story (Publickey's "≫次の記事" over
    "Stack Overflowが新社長を募集中。..." and "≪前の記事" over another headline, under its story's tags)."""
    return frozenset(start + at + 1 for at in _pager_lines(lines[start:end]) if start + at + 1 < end)


def _past_ticker(lines: list[str], region: Region) -> int:
    """Where the region's story starts when a table copied with tabs opens it above the story's header: after the
    table. A markets ticker ("DOW 38,996.39 +0.2%", "FTSE 7,682.50 -0.1%") or a quotes box sits above a news
    agency's headline, and a table is content to the regions whatever precedes it; the story's header, a
    headline-shaped line (``HEADER_WORDS`` to ``HEADLINE_WORDS`` words, no sentence) with a byline or a date line
    under it before the first prose line, says the story starts below. A table under the headline, the article
    itself or its first part, has the header above it and stays."""
    if "\n" not in lines[region.start]:
        return region.start
    first = next((at for at in range(region.start + 1, region.end) if line_kind(lines[at]) == "prose"), None)
    if first is None:
        return region.start
    between = lines[region.start + 1 : first]
    headline = next((at for at, line in enumerate(between) if line_kind(line) == "furniture"
                     and HEADER_WORDS <= widgets.word_count(line) <= HEADLINE_WORDS), None)
    if headline is None or any("\n" in line for line in between):
        return region.start
    marked = any(widgets.is_byline(line) or widgets.word_count(line) <= CARD_META_WORDS and _CARD_DATE.search(line)
                 for line in between[headline + 1 :])
    return first if marked else region.start


def _is_dated(line: str) -> bool:
    """A short line giving a full date: a year with a day and month or a time of day ("20 Aprile 2026", "2020. 08.
    18. 21:35", "posted on 2026-06-15 11:15 EDT by ..."). A card's "Jun 11" or "23 perce" gives no year."""
    return (widgets.word_count(line) <= CARD_META_WORDS and _HEADER_YEAR.search(line) is not None
            and (_CARD_DATE.search(line) is not None or _HEADER_CLOCK.search(line) is not None))


def _is_headed(lines: list[str], region: Region) -> bool:
    """Whether a story's header opens the region: within ``HEADER_REACH`` lines of its first line, exactly one line
    giving a full date (``_is_dated``), with a headline-shaped line (``HEADER_WORDS`` to ``HEADLINE_WORDS`` words,
    no sentence, no date) at most ``HEADER_DATE_REACH`` lines from it. A rail of dated cards above a region gives a
    date per card, so it heads nothing."""
    window = range(max(0, region.start - HEADER_REACH), min(region.end, region.start + HEADER_REACH))
    dated = [at for at in window if _is_dated(lines[at])]
    if len(dated) != 1:
        return False
    near = range(max(0, dated[0] - HEADER_DATE_REACH), min(len(lines), dated[0] + HEADER_DATE_REACH + 1))
    return any(line_kind(lines[at]) == "furniture" and HEADER_WORDS <= widgets.word_count(lines[at]) <= HEADLINE_WORDS
               and not _is_dated(lines[at]) for at in near if at != dated[0])


def _headed_instead(lines: list[str], found: list[Region], pool: list[Region], index: int) -> int:
    """The story's region when the one ``FIRST_SHARE`` picks has no header (``_is_headed``) and exactly one region of
    ``RESUMED_WORDS`` words or more above it has: that one. A short story under its headline and date loses on prose
    to a much bigger block with no header further down: Il Fatto Quotidiano's story of 444 words under "20 Aprile
    2026" and its headline, above an Adnkronos wire ticker of 2,602 words; Baon's of 175 words under "lassú kilábalás
    2020. 08. 18. 21:35" and its headline, above a page of obituaries of 1,161. A region with a header below the
    chosen one is no reason to pass over it: a story copied without its header, then a box whose last teaser is
    dated, then another story."""
    if _is_headed(lines, found[index]):
        return index
    headed = [at for at, region in enumerate(found[:index])
              if region in pool and region.prose >= RESUMED_WORDS and _is_headed(lines, region)]
    return headed[0] if len(headed) == 1 else index


def _past_notice(lines: list[str], found: list[Region], index: int) -> int:
    """The story's region when ``found[index]`` is a notice above a story that is a table: the first later region
    holding a table of figures (``_is_data_table``), when ``found[index]`` is at most ``NOTICE_LINES`` lines of
    prose of fewer than ``NOTICE_WORDS`` words and no table. A market table under a one-sentence intro counts half
    its words, so a cookie or consent notice above it can hold more prose; a story the table illustrates runs
    longer than a notice."""
    region = found[index]
    content = [lines[at] for at in range(region.start, region.end) if line_kind(lines[at]) in CONTENT]
    if len(content) > NOTICE_LINES or region.prose >= NOTICE_WORDS or any("\n" in line for line in content):
        return index
    return next((at for at in range(index + 1, len(found))
                 if any(_is_data_table(lines[line]) for line in range(found[at].start, found[at].end))), index)


def _is_data_table(line: str) -> bool:
    """A block of at least ``DATA_TABLE_ROWS`` rows of the same number of cells, figures in all but a header row
    (one-cell rows naming a group of rows aside)."""
    rows = [row.split(" | ") for row in line.split("\n")]
    rows = [row for row in rows if len(row) > 1]
    figures = sum(any(ch.isdigit() for ch in "".join(row)) for row in rows)
    return len(rows) >= DATA_TABLE_ROWS and len({len(row) for row in rows}) == 1 and figures >= len(rows) - 1


def _is_lede_sentence(line: str, labels: frozenset[str]) -> bool:
    """A short sentence right above the story's first paragraph: its lede, one sentence a line ("18-åriga Hanna
    försvann i Uddevalla i tisdags." on Aftonbladet, "LUSELUDE ukhalo ngempi ..." on Isolezwe); a byline, a
    credited caption, a line of code or an interface label is none."""
    return (line not in labels and line_kind(line) == "neutral" and not widgets.is_byline(line)
            and not is_code(line) and not is_credited_caption(line))


#: A video's length closing its stamp in a player's box ("Do 27.04.2023 15:17Uhr 01:00 min" on MDR, "Politik
#: 28.04.2023 01:34 min" on n-tv, "01:48 min" on the stern, "02:19 Min" on CNA, "02:57 Min." on WDR).
VIDEO_LENGTH = re.compile(r"\b\d{1,2}:\d{2} ?min\.?$", re.IGNORECASE)


def _resumes_after_box(lines: list[str], core: Region, after: Region, labels: frozenset[str]) -> bool:
    """Whether the story goes on in ``after``, past a box set inside it.

    A "Most Read" box (The Intercept, the Seattle Times, the Sun), a "Lee también" one (La Vanguardia), an ad
    slot with "Trending" headlines (Postmedia), a photo gallery's controls (the Washington Post) or a sign-in
    prompt (Le Monde) can cut a story in two, and so can a longer one: the FAZ's "Mehr zum Thema" teasers (nine lines
    of headlines, authors and comment counts), Mother Jones's "Top 60 US Online Retailers" list (63 lines). The
    story resumes when the box holds at most ``RESUME_BOX_LINES`` lines besides its widget lines and the page's
    labels ("Advertisement", "Story continues below" and the like can stack up around a few headlines), has a
    widget line and no date (a next story's byline and stamp; a video's stamp closing with its length, ``VIDEO_LENGTH``,
    is the player's set inside the story: MDR's "Do 27.04.2023 15:17Uhr 01:00 min" between its first paragraphs and
    the rest),
    and what follows holds ``RESUMED_WORDS`` words of prose at least and, within its first
    ``RESUME_WITHIN`` + 2 lines, two paragraphs in a row (``PARAGRAPH_WORDS``: a teaser headline is
    shorter; a subheading or the box's last teaser may come first).
    """
    box = [line for line in lines[core.end : after.start] if line not in labels]
    return (
        sum(line_kind(line) != "widget" for line in box) <= RESUME_BOX_LINES
        and after.prose >= RESUMED_WORDS
        and any(line_kind(line) == "widget" for line in box)
        and not any(_STAMP.search(line) and not VIDEO_LENGTH.search(line) for line in box)
        and _opens_with_paragraphs([line for line in lines[after.start :] if line not in labels])
    )


def _opening_above_box(lines: list[str], above: Region, core: Region, labels: frozenset[str]) -> bool:
    """Whether ``above``, a region of fewer than ``RESUMED_WORDS`` words right above the story's, is the story's
    opening, cut off by a box set inside it: it closes with two paragraphs (``_closes_with_paragraphs``), the box
    between holds a widget line (the page's labels count: a gallery's "View gallery" repeats) and no date, and the
    story opens with two paragraphs under it."""
    box = lines[above.end : core.start]
    return (
        above.prose < RESUMED_WORDS
        and sum(line_kind(line) != "widget" for line in box if line not in labels) <= RESUME_BOX_LINES
        and any(line_kind(line) == "widget" for line in box)
        and not any(_STAMP.search(line) and not VIDEO_LENGTH.search(line) for line in box)
        and _closes_with_paragraphs([line for line in lines[above.start : above.end] if line not in labels])
        and _opens_with_paragraphs([line for line in lines[core.start :] if line not in labels])
    )


def _closes_with_paragraphs(lines: list[str]) -> bool:
    """``_opens_with_paragraphs`` read from the last line up: the last ``RESUME_WITHIN`` + 2 lines hold two
    paragraphs in a row."""
    return _opens_with_paragraphs(lines[::-1])


def _lede_above_box(lines: list[str], above: Region, core: Region, labels: frozenset[str]) -> int | None:
    """Where the story starts when its opening paragraphs end ``above``, the region right above the story's, cut off
    by a box: the first of the paragraphs closing ``above``, or None.

    A video player with its playlist (Kotaku, the BSZ), a summary of links (Le Figaro), a review's scorecard
    (Engadget) can sit between a story's first paragraphs and the rest, and take more lines than ``BOX_LINES``. The
    paragraphs closing the region above continue the story when each is prose of ``LEDE_WORDS`` words or more
    closing a sentence, and the box between holds no sentence (only furniture, widget and data lines besides the
    page's labels) and at most ``LEDE_BOX_LINES`` lines. A teaser's blurb is shorter, a notice comes with more of
    the page's header after it, not with the story's prose.
    """
    box = [line for line in lines[above.end : core.start] if line not in labels]
    if len(box) > LEDE_BOX_LINES or any(line_kind(line) not in ("furniture", "widget", "data") for line in box):
        return None
    start = above.end
    while start > above.start and _is_lede_paragraph(lines[start - 1]):
        start -= 1
    return start if start < above.end else None


def _is_lede_paragraph(line: str) -> bool:
    """A line of prose of ``LEDE_WORDS`` words or more closing a sentence, or a quote opened low („…“)."""
    return (line_kind(line) == "prose" and widgets.word_count(line) >= LEDE_WORDS
            and (widgets.SENTENCE_END.search(line) is not None or line.endswith(_LOW_QUOTE_ENDS)))


def is_unclosed_cjk(para: str) -> bool:
    """A Chinese or Japanese line that closes a sentence inside and not at its end (``_UNCLOSED_CJK``) is no paragraph
    of the story, which closes each sentence with its full stop: a photo caption of two sentences, the last one left
    open ("画面は小さくても解像度は高いので実用性は十分。フリック入力についても、…ほぼミス無く入力できる" on ASCII,
    "キーボードはテンキーなしのアイソレーション式。…このモデルはキーボードバックライトなし" on Impress Watch), a teaser of a
    headline and its blurb on one line (Publickey's "「ストレージクラスメモリ」がついに実用化。DRAMと同じ…"), a video
    player's strings (QQ's "进入广告 广告被拦截插件误伤啦，…请您谅解，谢谢！ 我知道了! …下一个"). Dev dumps lose one
    paragraph left open (InfoQ's "…2300キロバイトまで増加したという") and one closing on a glued link (QQ's "…将持续。
    返回腾讯网首页>>"). A table's rows (a paragraph of several lines) stay (issue 12, dumps62). Nor does such a line
    show a story going on under a rail heading (``_opens_with_paragraphs``): QQ's player strings under its "相关推荐"
    had read as two paragraphs, and the story ran on into the rail's headlines (issue 12, cjk111). A footnote's mark
    after the last full stop (``_NOTE_MARK``) leaves the sentence closed: IIJ's notes under its story, each closed by
    its back-link ("…それぞれ公開されている。 ↩"), and Takagi's paragraph pointing at its seventh note ("…該当性が決まる
    のである。*7"), which their references keep (issue 12, audit138). So does a note in closing brackets after it, angle
    ones included: the Yomiuri's pointer to related coverage ("…２４５セーブ。〈関連記事スポーツ面〉") as the Mainichi's
    reporters ("…拘束されている。【エルサレム松岡大地、カイロ金子淳】"), both in their references (dumps159)."""
    return "\n" not in para and not para.isascii() and any(stop in para for stop in _CJK_STOPS) \
        and _UNCLOSED_CJK.search(_without_note_mark(para)) is not None


def _opens_with_paragraphs(lines: list[str]) -> bool:
    """Whether the first ``RESUME_WITHIN`` + 2 lines hold two paragraphs of ``PARAGRAPH_WORDS`` words or more
    with nothing but neutral lines between them (a subheading): a story going on. Teasers put a headline
    between their summaries."""
    kinds = [("paragraph" if kind == "prose" and widgets.word_count(line) >= PARAGRAPH_WORDS
               and not is_unclosed_cjk(line) else kind)
             for line in lines[: RESUME_WITHIN + 2] if (kind := line_kind(line)) != "neutral"]
    return any(a == b == "paragraph" for a, b in itertools.pairwise(kinds))


def _before_teasers(lines: list[str], region: Region) -> int:
    """Where the region's story ends when it ends in a teaser list: the end of the region, or the line
    after the last paragraph that directly follows another paragraph.

    A story's paragraphs mostly follow each other; a list of teasers gives each summary its own
    headline (and often a date or an author) first. ``TEASERS`` such summaries in a row at the end
    of the region are a rail, not the story (TechCrunch's "More TechCrunch", BR24's "Das könnte Sie
    auch interessieren").

    A run of long paragraphs is the story's own, each under a subheading or above its speaker's name: a teaser's
    blurb is short (``BLURB_WORDS``) or cut to one length. The run stays when its median paragraph is longer than a
    blurb and no two of its paragraphs have the same word count: Popsugar's and the White House blog's sections
    under subheadings, the Miami Herald's answers each signed by a CEO, Fortune's, Kotaku's and Weekly ASCII's
    sections; WP Tavern's "Related" excerpts are all cut to 50 words, TechCrunch's to 30.

    A run whose lines hold a story's fields (``fields.field_lines``: ``FIELD_REPEATS`` lines or more opening with the
    same label) is the story's list of items, each under its name: LittleThings' products, each over its price and a
    'Review: "..."' line, a goo blog's horses, each over "取引市場：", "落札価格：" and "調教師：" lines; a teaser has
    a headline and a blurb, no labelled fields. Each list had lost its items (8 paragraphs each) to this rule. So
    is a run holding ``FIELD_FIGURES`` figures under their labels or more (``is_field_figure``): Página/12's numbered
    sections of the ministry's report ("1. PLAN DE VACUNACIÓN" over "➡️ Aplicaciones totales: 7.818.781", ...) read
    as headlines each over a blurb and had been cut off; a teaser carries no figure under a label.
    """
    kept, alone = _paragraphs_alone_at_end(lines, region)
    if alone < TEASERS or not kept:
        return region.end
    if field_lines(lines[kept[-1] + 1 : region.end]) or sum(
            is_field_figure(line) for line in lines[kept[-1] + 1 : region.end]) >= FIELD_FIGURES:
        return region.end
    tail = [widgets.word_count(lines[index]) for index in range(kept[-1] + 1, region.end)
            if line_kind(lines[index]) in CONTENT and lines[index] not in repeated_labels(lines)]
    if statistics.median(tail) > BLURB_WORDS and len(set(tail)) == len(tail):
        return region.end
    return _past_sections(lines, region, kept[-1] + 1)


def _past_sections(lines: list[str], region: Region, end: int) -> int:
    """Where the story ends when the run of paragraphs each under its own line (``_before_teasers``), cut at ``end``,
    opens with the story's last sections: ``SECTIONS`` paragraphs or more, each under a subheading of ``SECTION_WORDS`` words at
    most (or a longer one over a long paragraph on the story's subject, ``_is_section_heading``) closing no sentence nor introducing anything (no full stop, colon, question or exclamation mark), with no
    widget line between them. A teaser's headline is longer and its blurb often cut off ("..."); a box of other links
    or a newsletter sign-up opens with a widget line. The Infatuation's "Food Rundown" of dishes ("Eja Pelu Cilantro
    Osuka", "Wara Ati Obe"), eHow's "Step 8", "Step 9" and "Finished Terrarium", Animal-World's "Physical Ailments",
    "Treatment for physical ailments" and "Availability" had lost their last sections to the rule. A name over an
    author's blurb is one section: no story's end."""
    labels = repeated_labels(lines)

    @cache
    def story() -> set[str]:
        return set().union(*(_stems(line) for line in lines[region.start : end]))

    lengths = Counter(widgets.word_count(line) for line in lines[end : region.end] if line_kind(line) in CONTENT)
    heading = None
    sections, last = 0, end  # the story's sections after ``end``, and the line after the last
    for index in range(end, region.end):
        line = lines[index]
        kind = line_kind(line)
        if kind in ("neutral", "data") or line in labels or is_promo(line):
            continue
        if kind == "widget":
            break
        if kind in CONTENT:
            if heading is None or not _is_section_heading(heading, line, story, lengths) \
                    or heading.rstrip(CLOSERS).endswith((".", ":", "?", "!", "…")) or line.endswith(("...", "…")):
                break
            sections, last, heading = sections + 1, index + 1, None
        else:
            heading = line
    return last if sections >= SECTIONS else end


def _is_section_heading(heading: str, paragraph: str, story: Callable[[], set[str]], lengths: Counter) -> bool:
    """Whether ``heading`` can head a section of the story over ``paragraph`` (``_past_sections``): a short one
    (``SECTION_WORDS``), or one up to a headline's length (``HEADLINE_WORDS``) over a paragraph longer than a teaser's
    blurb (``BLURB_WORDS``), of a length no other line of the run has (``lengths``: excerpts cut to one length are a
    rail's, as ``_before_teasers`` reads them), sharing ``SECTION_SHARED`` content stems (``_stems``) or more with the
    story above (``story``). Vogue's "So werden Bermudas aus Denim im Frühjahr/Sommer 2024 laut Laufsteg getragen" and "So werden
    Jeans-Bermudas ... laut It-Girls kombiniert", The Infatuation's dish "Tuwo Ati Gbegiri Ati Eja Alaran", Le Figaro's
    live-blog entry "Le conflit en Ukraine a pris un «caractère mondial», affirme Poutine", each over a paragraph of
    40 words or more sharing 8 to 24 stems with the story, had ended their stories above them; the teasers under them
    have blurbs of a sentence, and The New Yorker's video teaser "The Royal Babies, Then and Now" over a blurb of 42
    words shares none with its tea satire."""
    words = widgets.word_count(heading)
    if words <= SECTION_WORDS:
        return True
    length = widgets.word_count(paragraph)
    return (words <= HEADLINE_WORDS and length > BLURB_WORDS and lengths[length] == 1
            and len(_stems(paragraph) & story()) >= SECTION_SHARED)


def _paragraphs_alone_at_end(lines: list[str], region: Region) -> tuple[list[int], int]:
    """(indexes of the region's content lines before its last run of paragraphs that each follow a headline
    rather than another paragraph, the length of that run).

    Promotions (``is_promo``) are skipped with the labels: a newsletter box's blurb under a rail reads as two
    paragraphs in a row and hid the rail above it (Radio-Canada's "Les plus populaires" cards over "Nouvelles,
    analyses, reportages : deux fois par jour, recevez l'essentiel de l'actualité.", Spektrum's "Artikel zum Thema"
    teasers over "Bleiben Sie auf dem Laufenden mit unserem kostenlosen Newsletter ..."); the line filter drops
    them anyway."""
    labels = repeated_labels(lines)
    # labels, short sentences, bylines, figures and promotions are skipped: what counts is what precedes a paragraph
    seq = [(index, kind) for index in range(region.start, region.end)
           if (kind := line_kind(lines[index])) not in ("neutral", "data") and lines[index] not in labels
           and not is_promo(lines[index])]
    content = [position for position, (_, kind) in enumerate(seq) if kind in CONTENT]
    alone = 0
    for position in reversed(content):
        if position > 0 and seq[position - 1][1] in CONTENT or _after_related_box(lines, seq, position):
            break
        alone += 1
    return [seq[position][0] for position in content[: len(content) - alone]], alone


def _after_related_box(lines: list[str], seq: list[tuple[int, str]], position: int) -> bool:
    """Whether the paragraph at ``seq[position]`` follows another one across a box of links set inside the story: a
    related label (``RELATED_LABEL``) and at most ``RELATED_LINKS`` headlines under it, a paragraph above it. The
    story goes on below such a box (the WAZ's "Auch interessant" over a headline and its author, Die Welt's "Lesen
    Sie auch" over two headlines, each time above the story's last paragraph); a teaser in a rail has its own
    headline right above, no label."""
    for back in range(position - 1, max(position - 2 - RELATED_LINKS, -1), -1):
        if seq[back][1] in CONTENT:
            return False
        if RELATED_LABEL.fullmatch(lines[seq[back][0]]):
            return back > 0 and seq[back - 1][1] in CONTENT
    return False


def _is_rail(lines: list[str], region: Region, labels: frozenset[str]) -> bool:
    """A region of ``TEASERS`` blurbs or more (paragraphs of ``BLURB_WORDS`` words at most), each right after its own
    headline (a short line, a sentence or a label included) and none after another paragraph: a rail of teasers or
    of a publisher's sites, not a story. The Yomiuri's footer of "読売新聞が運営する..." blurbs, the Luxemburger
    Wort's "Die Sportredaktion empfiehlt", DW's "Mehr zum Thema", heise's and the MDR's rails of headlines and
    summaries; a story's paragraphs between subheadings or labels ("Article content" on Postmedia) run longer.
    A teaser's headline closing on a question or a quote reads as prose, so up to ``RAIL_RUNS`` of the blurbs may
    follow one: Politico Europe's "Latest" rail (dated cards of headline, byline and dek, 44 blurbs; "Boris Johnson on
    if he'll stand for Tory leader: 'Of course'", "Betting on politics: Who's going to win the European elections?")
    had outweighed the story under it (the page scored 0), and the Luxemburger Wort's sports rail ("Drama um die beste
    Spielerin: Wie kam es zum Bruch ...?") had read as a story too; on the dev dumps the two regions this admits
    share no text with a reference."""
    region_lines = lines[region.start : region.end]
    kinds = ["label" if line in labels else line_kind(line) for line in region_lines]
    kept = [(line, kind) for line, kind in zip(region_lines, kinds, strict=True) if kind != "data"]
    paragraphs = [at for at, (_, kind) in enumerate(kept) if kind in CONTENT]
    runs = sum(1 for at in paragraphs[1:] if kept[at - 1][1] in CONTENT)
    return (len(paragraphs) >= TEASERS and all(widgets.word_count(kept[at][0]) <= BLURB_WORDS for at in paragraphs)
            and runs <= RAIL_RUNS * len(paragraphs))


def _is_cut_rail(lines: list[str], region: Region) -> bool:
    """A region whose paragraphs are mostly cut off (``_CUT_OFF``: "... at one of Japan's biggest multimedia
    companies. ― DeliciousDungeonMaster25 asks: ... and ..."): ``TEASERS - 1`` of them or more, and at least
    ``CUT_SHARE`` of its lines of content. A rail of teasers shows each story's opening cut to its box; a story's
    paragraphs end their sentences. Anime News Network's rail of columns and reviews and Super Express Sport's of
    related stories (12 and 17 cut-off summaries) held more prose than the short story above them and were taken for
    it (both pages scored 0); no region of the dev dumps shaped so shares any text with a reference (14 regions, 11
    publishers). Excerpts closing with a bracketed ellipsis (``_EXCERPT_MARK``) are cut as well: Variety's "More
    Film" rail of seven, each under its headline and "57 mins ago", outweighed a review the author's "Most Recent
    Stories" box had put under a rail heading (the page scored 0), and Global Voices's pingbacks ("[...] Varela Serra
    has a good roundup ... [...]") close its stories; the story quoting blogs cut so (Global Voices, four of its
    paragraphs of 29) stays under ``CUT_SHARE``."""
    content = [line for line in lines[region.start : region.end] if line_kind(line) in CONTENT]
    cut = sum(1 for line in content if line.endswith(_CUT_ENDS) and (_CUT_OFF.search(line) or _EXCERPT_MARK.search(line)))
    return cut >= TEASERS - 1 and cut >= CUT_SHARE * len(content)


def _before_cards(lines: list[str], region: Region) -> int:
    """Where the region's story ends when it ends in a rail of dated cards: before the first card.

    A card is a headline and a summary closed by a short line with its date ("Jonas Roth 13.12.2023 4 min"
    on the NZZ, "MND Staff - April 15, 2025" on Mexico News Daily, "30 Juni 2025" on the Tageblatt); the
    summaries read as prose, so ``_before_teasers`` does not see them. ``TEASERS`` such dates or more at
    most ``CARD_LINES`` lines apart, the last near the region's end, make a rail; it starts a card's
    length (the widest gap between its dates) above its first date, and holds less than ``1 - CARDS_BELOW`` of
    the region's prose (a live ticker's stamped entries are the story). The dates in the rows of a table
    (``table_lines``: "12.03.2025 2,594.69 -0.04 +0.88%") are no cards'.
    """
    tabled = table_lines(lines)
    dates = [index for index in range(region.start, region.end)
             if index not in tabled and line_kind(lines[index]) in ("furniture", "data", "widget")
             and widgets.word_count(lines[index]) <= CARD_META_WORDS and _CARD_DATE.search(lines[index])]
    if not dates or region.end - dates[-1] > CARD_LINES:
        return region.end
    chain = [dates[-1]]
    for index in reversed(dates[:-1]):
        if chain[-1] - index > CARD_LINES:
            break
        chain.append(index)
    if len(chain) < TEASERS:
        return region.end
    cut = chain[-1] - max(a - b for a, b in itertools.pairwise(chain)) + 1
    prose = [(index, _weight(lines[index], kind)) for index in range(region.start, region.end)
             if (kind := line_kind(lines[index])) in CONTENT]
    above = sum(w for i, w in prose if i < cut)
    return cut if above >= CARDS_BELOW * sum(w for _, w in prose) else region.end


def _before_comments(lines: list[str], region: Region) -> int:
    """Where the region's story ends when a reader-comment section follows it.

    A comment section opens with a heading (``_is_comment_heading``, per language: "13 Comments",
    "Kommentare", "There are 13 comments") and its posts are headed by a date or time ("Name · March 10, 2017 at 12:20 AM"
    on WP Tavern, "Anonymous / April 6, 2018" on the ACLU's blog). A heading followed by two dated
    posts ends the story, unless it comes before ``COMMENTS_BELOW`` of the region's prose (a
    comment-count link in the byline, as on the Mirror's pages). A heading the page repeats (``repeated_labels``) is a
    card's label, as in ``_before_closing``, and the dated cards under it no posts. Without such a heading, two lines
    heading comments (``_is_comment_post``: "argusdc wrote:") end it above the first.
    """
    prose = [(index, _weight(lines[index], kind)) for index in range(region.start, region.end)
             if (kind := line_kind(lines[index])) in CONTENT]
    labels = repeated_labels(lines)
    for index in range(region.start, region.end):
        if not _is_comment_heading(lines[index]) or lines[index] in labels:
            continue
        above = sum(w for i, w in prose if i < index)
        posts = [i for i, _ in prose if i > index][:2]
        dated = [any(_STAMP.search(line) for line in lines[previous + 1 : post])
                 for previous, post in zip([index, *posts], posts)]
        if len(posts) == 2 and all(dated) and above >= COMMENTS_BELOW * sum(w for _, w in prose):
            return max((i + 1 for i, _ in prose if i < index), default=region.end)
    posts = [index for index in range(region.start, region.end) if _is_comment_post(lines, index)]
    if len(posts) >= 2 and sum(w for i, w in prose if i < posts[0]) >= COMMENTS_BELOW * sum(w for _, w in prose):
        return max((i + 1 for i, _ in prose if i < posts[0]), default=region.end)
    return region.end


def comment_threads(lines: list[str]) -> list[tuple[int, int, int]]:
    """Reader-comment threads as (first post's header, second post's header, line after the thread), read off their
    posts' headers (``_is_post_header``): ``THREAD_POSTS`` headers or more, each at most ``POST_GAP`` lines under the
    one before; a thread closes after its last header's first line of text.

    A comment thread copies as posts each headed by its author's name and its date or age on the next line, whatever
    the site calls its section: "jyen" over "73 months ago" on MacRumors, "Rafael sagt:" over "23. Juni 2016 um
    17:21 Uhr" on netzpolitik.org, "Marilyn says:" over "December 20, 2016 at 12:37 pm" on the Political Insider,
    "Erkan" over "15. Dezember 2015 at 11:21 · Antwort" on a WordPress blog. Its posts read as prose, and a long
    thread holds more of it than the story above.
    """
    headers = [index for index in range(len(lines) - 2) if _is_post_header(lines, index)]
    spans: list[tuple[int, int, int]] = []
    chain: list[int] = []
    for index in [*headers, None]:
        if chain and (index is None or index - chain[-1] > POST_GAP):
            if len(chain) >= THREAD_POSTS:
                spans.append((chain[0], chain[1], chain[-1] + 3))
            chain = []
        if index is not None:
            chain.append(index)
    return spans


def _before_thread(lines: list[str], region: Region, threads: list[tuple[int, int, int]]) -> int:
    """Where the region's story ends when a comment thread (``comment_threads``) follows it inside the region: above
    the thread's first post, once ``COMMENTS_BELOW`` of the region's prose outside threads lies above it (MacRumors
    copies its "Top Rated Comments" a few lines under the story's tags, with no run of furniture between to end the
    region)."""
    prose = [(index, _weight(lines[index], kind)) for index in range(region.start, region.end)
             if (kind := line_kind(lines[index])) in CONTENT]
    total = sum(w for _, w in prose) - _thread_prose(lines, region, threads)
    for start, _, _ in threads:
        if region.start < start < region.end and sum(w for i, w in prose if i < start) >= COMMENTS_BELOW * total:
            return max((i + 1 for i, _ in prose if i < start), default=region.end)
    return region.end


def _is_post_header(lines: list[str], index: int) -> bool:
    """A reader comment's header at ``lines[index]``: a name of at most ``POST_NAME_WORDS`` words closing no sentence
    (a "says:" may close it), over a short line giving a date or an age (``_STAMP``, ``_POST_AGE``), over a sentence.
    A teaser card's byline ("By Avery Matera" over "13 hours ago" on Glamour) or photo credit ("picture alliance/dpa"
    over "04.03.2024" on junge Welt) is no name, and a card's headline under them closes no sentence. A name right
    under a headline (a line of ``HEADER_WORDS`` words or more, no sentence) is a story's byline, or a teaser card's
    ("Tana Ganeva" over "December 22, 2016" under the story's headline on Raw Story, and so the cards under it)."""
    name, stamp = lines[index], lines[index + 1]
    above = lines[index - 1] if index > 0 else ""
    if line_kind(above) == "furniture" and widgets.word_count(above) >= HEADER_WORDS:
        return False
    if _is_one_line_post_header(name) and line_kind(stamp) in ("prose", "neutral"):
        return True
    return ("\n" not in name and widgets.word_count(name) <= POST_NAME_WORDS and "/" not in name
            and not widgets.SENTENCE_END.search(name) and not is_figures(name) and not _STAMP.search(name)
            and not widgets.is_byline(name) and line_kind(lines[index + 2]) in ("prose", "neutral")
            and "\n" not in stamp and widgets.word_count(stamp) <= POST_STAMP_WORDS
            and not stamp.rstrip().endswith(".") and bool(_STAMP.search(stamp) or _POST_AGE.search(stamp)))


def _is_one_line_post_header(line: str) -> bool:
    """A reader comment's header copied on one line: the author's name, then its date or time after a separator
    (``_POST_FIELD``), and maybe the post's number or a reply button ("Juno the Loon • #1 • 8:05 AM Wednesday, Aug 18,
    2010 • Reply", "Charlotte Corday replied to comment from Brainspore • #56 • ..." on Boing Boing, "Rarst · March 10,
    2017 at 1:26 AM" on WP Tavern). The name is at most twice ``POST_NAME_WORDS`` words (a reply names the post it
    answers) and no byline, one field gives the date, and the fields after the name are no longer than a date and a
    button: a story's meta line ("Pete Evans · CBC News · Posted: Oct 14, 2022 9:27 AM ET | Last Updated: 24 minutes
    ago") has more words."""
    if "|" not in line and "·" not in line and "•" not in line:
        return False  # no separator: told before the split, which tries every character of every line of a dump
    fields = _POST_FIELD.split(line)
    if len(fields) < 2 or "\n" in line:
        return False
    name, rest = fields[0], fields[1:]
    stamped = [field for field in rest if _STAMP.search(field) or _POST_AGE.search(field)]
    return (0 < widgets.word_count(name) <= 2 * POST_NAME_WORDS and not widgets.SENTENCE_END.search(name)
            and not widgets.is_byline(name) and not _STAMP.search(name) and len(stamped) == 1
            and widgets.word_count(" ".join(rest)) <= POST_STAMP_WORDS + 2)


def _thread_prose(lines: list[str], region: Region, threads: list[tuple[int, int, int]]) -> float:
    """The words of prose of ``region`` that lie in a comment thread (``comment_threads``) from its second post on:
    a story's own byline and date can head it like a post (13 dev pages: "Chris Thompson" over "10/13/16 12:34PM" on
    Deadspin, "Maximilian Steinbeis" over "Sa 13 Jul 2019" on the Verfassungsblog), so the first post's text counts."""
    return sum(_weight(lines[index], kind) for _, start, end in threads
               for index in range(max(start, region.start), min(end, region.end))
               if (kind := line_kind(lines[index])) in CONTENT)


def _is_comment_heading(line: str) -> bool:
    """A comment section's heading: a ``COMMENT_HEADING`` line, or a line of at most ``COUNT_HEADING_WORDS`` words
    closing with one that gives the comments' count ("There are 13 comments" on WP Tavern, "Ver 5 comentarios" on El
    Mundo): the words before the count vary with the site, the count closing the line does not."""
    if COMMENT_HEADING.fullmatch(line):
        return True
    count = _COUNT_TAIL.search(line)
    return count is not None and widgets.word_count(line) <= COUNT_HEADING_WORDS \
        and COMMENT_HEADING.fullmatch(count.group(1)) is not None


def _is_comment_post(lines: list[str], index: int) -> bool:
    """The line heading a reader comment (``COMMENT_POST``: "On December 23, 2014, at 10:07 PM, argusdc wrote:" on
    the Motley Fool, "kanu sukha says:" on Daily Maverick), of at most ``CARD_META_WORDS`` words, dated on the line
    or the next: a story's "Trump wrote:" introducing a post has no date beside it."""
    line = lines[index]
    return (widgets.word_count(line) <= CARD_META_WORDS and COMMENT_POST.fullmatch(line) is not None
            and any(_STAMP.search(near) for near in lines[index : index + 2]))


def _before_author_note(lines: list[str], region: Region) -> int:
    """Where the region's story ends when a note about its author follows it: above the note's heading
    (``AUTHOR_HEADING``: CBC's "ABOUT THE AUTHOR", netzpolitik.org's "Über die Autor:in", Die Presse's "Die
    Autorin") or the note itself (``AUTHOR_NOTE``: "Paul Serran is a Brazilian writer and musician, a contributor
    to The Gateway Pundit ..."), once ``NOTE_BELOW`` of the region's prose lies above it.

    A note about the author closes a story, so it ends one only in the story's second half: more story below the
    line than above says the line is something else. On the dev dumps every author note and heading ending a story
    has three quarters of the region's prose or more above it (35 pages, 29 publishers: CBC's heading under 0.83 of
    it, the Herald Sun's note under 0.85), and the one line that had less was a photo credit's label inside the story
    (portalobronny's "Autor:" over the rest of the story, 0.31 of it above), which then lost two thirds of the story.
    """
    prose = [(index, _weight(lines[index], kind)) for index in range(region.start, region.end)
             if (kind := line_kind(lines[index])) in CONTENT]
    total = sum(w for _, w in prose)
    for index in range(region.start, region.end):
        note = (AUTHOR_HEADING.fullmatch(lines[index]) or AUTHOR_NOTE.fullmatch(lines[index])
                or _is_staff_line(lines[index]))
        if note and sum(w for i, w in prose if i < index) >= NOTE_BELOW * total:
            return max((i + 1 for i, _ in prose if i < index), default=region.end)
    return region.end


def _is_staff_line(line: str) -> bool:
    """Whether a line is an author box's name over their staff title (``STAFF_ROLE``): two capitalised words, then
    the title within ``STAFF_LINE_WORDS`` words and no sentence's end. The box closes a story the way a note about
    the author does: Haber7's "Sezer Yavuz Haber7.com - Spor Editörü" over the editor's life, RosKvartal's "Ксения
    Терлецкая Главный редактор интернет-службы «РосКвартал»" over a counter and a newsletter box (dev dumps).
    """
    words = line.split()
    if not 3 <= len(words) <= STAFF_LINE_WORDS or line.rstrip()[-1] in ".!?:":
        return False
    if not all(word[0].isupper() and word.isalpha() for word in words[:2]):
        return False
    return STAFF_ROLE.search(" ".join(words[2:])) is not None


def _before_disclaimer(lines: list[str], region: Region) -> int:
    """Where the region's story ends when a disclaimer (``DISCLAIMER``) follows it: above the disclaimer, once
    ``NOTE_BELOW`` of the region's prose lies above it, as for a note about the author.

    Tagesausblick's chart analysis goes on under "Alle Angaben ohne Gewähr." into its copyright, data-source and
    liability notes (ten lines of prose), the Berliner Morgenpost's savings story into "Aktien, Immobilien und andere
    Investments sind grundsätzlich mit einem Risiko verbunden. ..." (dev dumps). A house notice on reproducing its
    stories closes a story the same way: UrduPoint's "Reproduction without proper consent is not allowed.", "Nikkei
    Inc. No reproduction without permission.".
    """
    prose = [(index, _weight(lines[index], kind)) for index in range(region.start, region.end)
             if (kind := line_kind(lines[index])) in CONTENT]
    total = sum(w for _, w in prose)
    for index in range(region.start, region.end):
        if DISCLAIMER.fullmatch(lines[index]) and sum(w for i, w in prose if i < index) >= NOTE_BELOW * total:
            return max((i + 1 for i, _ in prose if i < index), default=region.end)
    return region.end


def _before_widget_run(lines: list[str], region: Region, labels: frozenset[str]) -> int:
    """Where the region's story ends when a run of ``FOOT_WIDGETS`` widget lines or more (share and like buttons, a
    sign-in box; the page's labels neither count nor break it) stands over at most ``FOOT_SHARE`` of the region's prose
    and what follows does not open with two paragraphs (``_opens_with_paragraphs``: the story going on past a box set
    inside it): above the run. Widget lines under ``FURNITURE_RUN`` do not end a region, so what a page prints under
    its share bar stayed: AddictingInfo's author bio under "Share this Article!" / "Share on Facebook" / "Share on
    Twitter", SimplyFound's author programme under "137" / "1 Share" / "Like It, Share It!", Substack's comments under
    its like bar and sign-in box (dev dumps, issue 12, dumpsP287: 348 words, 4 of them in a reference). With
    ``FOOT_SHARE`` at 0.35 the Ottawa Citizen's last paragraphs under an ad slot ("Advertisement 2") went too."""
    kinds = ["label" if line in labels else line_kind(line) for line in lines[region.start : region.end]]
    weights = [_weight(line, kind) if kind in CONTENT else 0.0
               for line, kind in zip(lines[region.start : region.end], kinds, strict=True)]
    total = sum(weights)
    at = 0
    while at < len(kinds):
        if kinds[at] != "widget":
            at += 1
            continue
        end = at
        while end < len(kinds) and kinds[end] in ("widget", "label"):
            end += 1
        below = sum(weights[end:])
        if (kinds[at:end].count("widget") >= FOOT_WIDGETS and 0 < below <= FOOT_SHARE * total
                and not _opens_with_paragraphs([line for line in lines[region.start + end : region.end]
                                                if line not in labels])):
            return region.start + at
        at = end
    return region.end


def _before_promotion(lines: list[str], region: Region) -> int:
    """Where the region's story ends when a promotion (``is_promo``: a newsletter's sign-up, an appeal to support the
    site, a call to share) closes it: above the promotion, once ``PROMOTION_BELOW`` of the region's prose lies above it
    and less than ``RESUMED_WORDS`` words of prose below it, unless a paragraph (``PARAGRAPH_WORDS``, closing a
    sentence) comes next, skipping neutral and widget lines: the story's last paragraphs under a box set inside it.

    What a page prints under a story runs on below its pitches: Le Monde's "Recevez nos newsletters" over the
    group's sites, The New Yorker's "Sign up for our daily newsletter ..." over "More Science and Technology" teasers,
    Vox's "Will you support Vox’s explanatory journalism?" over "Next Up In ..." teasers, Verfassungsblog's "You read
    this long post all the way down. ..." over a citation box, the Washington Post's coronavirus guide, a newsletter
    box's consent line on the WAZ and Luxemburger Wort, g1's "Inscreva-se e receba a newsletter" over a teaser (dev
    dumps of 12 publishers); the line filter drops the promotion itself but kept what follows it. A story closing
    under a newsletter box set inside it keeps its last paragraph (Today's "The listing agents are ..."); an embed's
    consent placeholder above the last lines of WELT's podcast box is the one dev loss.
    """
    prose = [(index, _weight(lines[index], kind)) for index in range(region.start, region.end)
             if (kind := line_kind(lines[index])) in CONTENT and not is_promo(lines[index])]
    total = sum(w for _, w in prose)
    for index in range(region.start, region.end):
        if not is_promo(lines[index]):
            continue
        above = sum(w for i, w in prose if i < index)
        if above < PROMOTION_BELOW * total or total - above >= RESUMED_WORDS:
            continue
        following = next((line for line in lines[index + 1 : region.end] if not is_promo(line)
                          and line_kind(line) not in ("neutral", "widget")), "")
        if not (line_kind(following) == "prose" and widgets.word_count(following) >= PARAGRAPH_WORDS
                and closes_sentence(following)):
            return max((i + 1 for i, _ in prose if i < index), default=region.end)
    return region.end


def _before_end_line(lines: list[str], region: Region, profile: SiteProfile | None) -> int:
    """Where the region's story ends when one of the site profile's end lines follows it (``profiles.story_end``: Le
    Monde's "Lecture du Monde en cours sur un autre appareil.", El País's "Tu suscripción se está usando en otro
    dispositivo"): above that line, once ``COMMENTS_BELOW`` of the region's prose lies above it. A subscription
    notice's questions and answers read as prose, so no box rule sees it."""
    prose = [(index, _weight(lines[index], kind)) for index in range(region.start, region.end)
             if (kind := line_kind(lines[index])) in CONTENT]
    total = sum(w for _, w in prose)
    for index in range(region.start, region.end):
        if story_end(profile, lines[index]) and sum(w for i, w in prose if i < index) >= COMMENTS_BELOW * total:
            return max((i + 1 for i, _ in prose if i < index), default=region.end)
    return region.end


def _before_closing(lines: list[str], region: Region, labels: frozenset[str]) -> int:
    """Where the region's story ends when what follows a story comes next: above the heading of a rail of links
    to other stories (``RAIL_HEADING``: "More from Global News", "Mehr zum Thema", "Ähnliche Artikel"), of a
    comment section or a prompt to comment whose comments did not load (``COMMENT_HEADING``, ``COMMENT_PROMPT``:
    "Comments", "Join the Conversation", "Deine Meinung zählt"), once ``COMMENTS_BELOW`` of the region's prose
    lies above it.

    The same headings open boxes set inside a story ("Mehr zum Thema" over two links on the FAZ, "More on World"
    over eight on Global News, "Mehr aus dem Ressort" on t-online): when the first line of prose after the
    heading comes within ``BOX_LINES`` lines (``RESUME_BOX_LINES`` under a rail heading, as far as
    ``_resumes_after_box`` reaches: nine lines of teasers under the FAZ's "Mehr zum Thema") and opens two paragraphs
    (``_opens_with_paragraphs``), the heading is such a box's and the story goes on. A heading the page repeats
    (``repeated_labels``) is a label set in every card of a rail, no section's heading: HSB Noticias' "Comentarios"
    under each of its 12 cards above the story had ended the story at the first card (dev dumps: such repeated
    headings on 20 publishers, "Comments" on The Washington Post and AV Club, "Top Stories" on CNA and The Atlantic).
    Two paragraphs under a rail heading are teaser cards' blurbs, not the story going on, when a card's headline is
    printed twice among them (``_twin_headlines``).
    """
    prose = [(index, _weight(lines[index], kind)) for index in range(region.start, region.end)
             if (kind := line_kind(lines[index])) in CONTENT]
    total = sum(w for _, w in prose)
    for index in range(region.start, region.end):
        line = lines[index]
        rail = RAIL_HEADING.fullmatch(line)
        closing = rail or COMMENT_HEADING.fullmatch(line) or COMMENT_PROMPT.fullmatch(line)
        if not closing or line in labels or sum(w for i, w in prose if i < index) < COMMENTS_BELOW * total:
            continue
        following = [line for line in lines[index + 1 : region.end] if line not in labels]
        reach = RESUME_BOX_LINES if rail else BOX_LINES
        resumed = next((at for at, line in enumerate(following[: reach + 1]) if line_kind(line) == "prose"), None)
        if resumed is None or not _opens_with_paragraphs(following[resumed:]) \
                or rail and _twin_headlines(following[: resumed + RESUME_WITHIN + 2]):
            return max((i + 1 for i, _ in prose if i < index), default=region.end)
    return region.end


def _twin_headlines(lines: list[str]) -> bool:
    """Whether a line other than a paragraph comes back within ``TWIN_REACH`` lines below it: a teaser card prints
    its headline twice, over and under its kicker or picture (``rail_twins.doubled_teasers``: the Hamburger
    Abendblatt, BR24, MDR, the Berliner Zeitung), where a story's subheading stands once. Under a rail heading such
    cards' blurbs read as a story's paragraphs under subheadings: National Geographic's "Read This Next" over
    "Humans are not prepared for a pandemic caused by fungi", "Science", the headline again and its blurb."""
    return any(line_kind(line) != "prose" and line in lines[at + 1 : at + 1 + TWIN_REACH]
               for at, line in enumerate(lines))


def drop_boxes(lines: list[str], spaced: frozenset[str] | None = None) -> list[str]:
    """The lines without boxes: runs of ``FURNITURE_RUN`` furniture lines or more that hold a widget line
    ("Related articles" over six headlines inside a wire story kept whole from dateline to end marker), and
    clusters of ``CLUSTER_RUN`` short lines or more: inside a story a short line stands alone, as a subheading
    above its paragraphs, while furniture comes in clusters (a byline's name, date and reading time on ABC and
    the FAZ, a teaser's kicker and headline on the Abendblatt and the Daily Star, an author box on The
    Intercept, a gallery's counter and credits on the CBC). The last line of a cluster stays when a paragraph
    follows it: it may be the subheading. The points of a summary box at the story's top are no box
    (``_summary_points``).

    As in ``regions``, a neutral line inside a run neither counts nor ends it, and goes with the box: "Vous
    possédez déjà un compte ?" in Le Monde's sign-in box, "tap here to see other videos from our team." in
    Postmedia's video box. A neutral line closing the run (a subheading above the next paragraph) stays, and
    the rows of a table (``table_lines``: "12.03.2025 2,594.69 -0.04 +0.88%" reads as a stamp) and a table copied
    with tabs, figures or none, are no box. Nor is a cluster whose every line closes a sentence or breaks off with a
    dash: an interview's exchange of short questions and answers (GQ's "“Yes.”", "“He's expressing himself.”",
    "“Hate the water.”"; The New Yorker's "... dedicated to a single tool—", "Is it a tool?", "A vessel?"), where a
    cluster of furniture has a name, a label or a headline. Nor is a run holding ``CODE_LISTING_LINES`` lines of code (``is_code``):
    a listing copies a short line per statement ("switch (e) {", "case 0:", "return \"0\";" on Habr, "WITH axis AS
    (", "count(*) AS entries" on Haki Benita's blog), where a cluster of furniture has one at most (a breadcrumb's
    ">").

    ``spaced``, when the dump sets its paragraphs apart with blank lines, holds the lines a blank line sets apart
    (``text.spaced_lines``): a subheading has a heading's margins, so only such a line can be the cluster's
    subheading. The last headline of a box of links runs straight into the paragraph after it, with none above it:
    t-online's "Mehr aus dem Ressort" over three headlines, the Berliner Morgenpost's "Mehr zum Thema finden Sie auch
    im wöchentlichen Zins-Check:" over four, Die Welt's and the Hamburger Abendblatt's boxes (ORF's subheading "Bondi
    schon lange in Trumps Orbit" under its "Mehr zum Thema" box stands between blank lines, Dropbox's "At-least once
    task execution" under a blank line). Code copies line by line with no blank line, so a run holding a line of code
    (``is_code``) keeps its last line as before. The lines of a listing (``code_blocks``, read on these lines) are no box
    either, whatever widget word a line of it holds: Umputun's HTTP exchanges ("Content-Type: application/json") and
    the e-mails quoted on a WordPress blog's Twitter-API post ("share noisefree information via twitter.") went whole.
    """
    tabled = table_lines(lines) | list_items(lines) | field_lines(lines) | code_blocks(lines) | labelled_items(lines)
    kinds = ["data" if index in tabled or "\n" in line else line_kind(line) for index, line in enumerate(lines)]
    # a short Chinese or Japanese sentence closed by its full stop is the story's, no box's (``_is_cjk_sentence``)
    kinds = ["sentence" if kind == "neutral" and _is_cjk_sentence(line) else kind for line, kind in zip(lines, kinds)]
    # the story's stems, read once and only for a run that holds a summary's points (few runs do)
    story = cache(
        lambda: frozenset().union(*(_point_stems(line) for line, kind in zip(lines, kinds) if kind == "prose")))
    counts = Counter(lines)
    kept: list[str] = []
    run: list[tuple[str, str]] = []
    paragraphs = 0
    for line, kind in [*zip(lines, kinds), ("", "end")]:
        if kind in ("furniture", "widget") or (kind == "neutral" and run):
            run.append((line, kind))
            continue
        points = _summary_points(run, story, counts) if paragraphs <= SUMMARY_PARAGRAPHS else []
        unspaced = spaced is not None and run and run[-1][0] not in spaced and not any(is_code(line) for line, _ in run)
        heading = spaced is not None and bool(run) and run[-1][0] in spaced
        kept += points or _unboxed(run, "unspaced" if unspaced else kind, heading=heading)
        run = []
        paragraphs += kind == "prose" and _is_paragraph(line)
        if line:
            kept.append(line)
    return kept


def _is_cjk_sentence(line: str) -> bool:
    """A line mostly in Chinese or Japanese script (``CJK_LINE_SHARE`` of its characters) closed by "。": in
    ``drop_boxes`` it ends a run of short lines and stays, where other short sentences go with the run. Such a line
    is a whole sentence of the story, too short in words for prose (``PROSE_WORDS``, two characters a word): ThinkIT's
    "まずは機能面の比較を表1に示します。" between a subheading and its table's label, douban's
    "这个中秋，我们先讲故事，之后返图大月亮。" among its contents' lines: the three such lines the box rule took on dev
    (2 publishers) are all in their references, and furniture in these scripts closes on no full stop (a teaser's "？"
    or "…", a label). Split there, the runs keep four more reference lines (ThinkIT's subheadings "機能面の比較" and
    "Kuduの導入事例", each left alone above its sentence, too few lines for a cluster) and three lines no reference holds (ThinkIT's table labels
    "表1：機能面の比較", douban's question "月亮，有着什么样的传说呢？") (issue 12, dumpsL262's lead; dumpsL289)."""
    return not line.isascii() and len(widgets.CJK.findall(line)) >= CJK_LINE_SHARE * len(line) \
        and without_end_marks(line).endswith("。")


def _is_paragraph(line: str) -> bool:
    """A paragraph of the story for ``_summary_points``: ``PARAGRAPH_WORDS`` words or more closing a sentence. The
    teasers of a rail a region may open with are headlines, cut off or under ``PARAGRAPH_WORDS`` words: the Daily
    Mail's "'It would be morally correct to leave him': Dean Henderson ... recall him" over its summary points, USA
    TODAY's "How do you make digital music with rings? Jefferson Graham finds out at the NAMM show in Anaheim." over
    its "Story Highlights"."""
    return widgets.word_count(line) >= PARAGRAPH_WORDS and closes_sentence(line)


def _summary_points(run: list[tuple[str, str]], story: Callable[[], frozenset[str]], counts: Counter) -> list[str]:
    """The points of a summary box set at the story's top, which a run of short lines (``drop_boxes``) would take for
    a box of furniture: the run's first ``SUMMARY_POINTS`` lines or more of ``SUMMARY_POINT_WORDS`` words or more, each
    printed once and sharing ``SUMMARY_SHARED`` content stems (``_stems``) or more with the story's prose, the box's
    label and widget lines aside; what follows them in the run goes (the Daily Mail's points run on into "Here's how to
    help people impacted by Covid-19" and the byline, USA TODAY's "Story Highlights" into its share bar). Onet's points under its first paragraph ("Owoce te w połączeniu z niektórymi lekami mogą wywołać
    niebezpieczne dla zdrowia reakcje", "Składniki truskawek mogą nasilać niepożądane działania leków ..."), Engadget's
    pros and cons ("Most powerful hardware ever in a home console", "4K Blu-ray drive is great for movie fans"); the
    references keep them. A rail's teasers speak of other stories, and a table of contents repeats the subheadings
    below it (Topicseed's, which a first version kept); their blurbs are cut off ("Create your own eco-friendly
    décor by using wood chips to liven up terra cotta pots, old vases or r..." in Natural Home's "RELATED CONTENT"
    box), a summary's points are whole."""
    points = [line for line, kind in run if kind != "widget" and widgets.word_count(line) >= SUMMARY_POINT_WORDS]
    if len(points) < SUMMARY_POINTS:
        return []
    whole = list(itertools.takewhile(lambda line: len(_point_stems(line) & story()) >= SUMMARY_SHARED and counts[line] == 1
                                     and not line.endswith(("...", "…")), points))
    return whole if len(whole) >= SUMMARY_POINTS else []


def _point_stems(line: str) -> set[str]:
    """The stems a summary's point shares with its story (``_summary_points``): its content words' (``_stems``) and,
    as a Korean word carries its ending glued on and most run under four letters, its Korean words' (``hangul_stems``).
    The first of Dailian's three subtitles on Daum, "노정연, 한석리 사의 표명하며 조만간 검찰 검사장급 인사 전망…16일
    혹은 20일 설 파다", shares one word of four letters with the story ("검사장급") and ten Korean stems ("사의", "표명",
    "인사", ...); the story opens under them, after the portal's own lines, where Newsis's two subtitles on Daum and
    Hankook Ilbo's blocks stand above it (``korean_subtitles``)."""
    return _stems(line) | hangul_stems(line)


def _unboxed(run: list[tuple[str, str]], following: str, *, heading: bool = False) -> list[str]:
    """The lines of a run of (line, kind) short lines that stay (see ``drop_boxes``), given the kind of the
    line after the run and whether a blank line sets the run's last line apart (``heading``).

    A box of ``FURNITURE_RUN`` lines with a widget line goes whole, but for a subheading closing it above a
    paragraph that has a heading's margins: an ad slot and a "Read More" box of headlines run straight into the next
    subheading in the Financial Post's and the National Post's copies ("‘BoC to stay on sidelines next week’: TD
    Economics" under "Story continues below"), as a "Mehr zum Thema" box does on ORF's. A box's last headline has no
    blank line under it."""
    closing = len(run)
    while closing and run[closing - 1][1] == "neutral":
        closing -= 1
    body = run[:closing]
    count = sum(kind != "neutral" for _, kind in body)
    if count >= FURNITURE_RUN and any(kind == "widget" for _, kind in body):
        subheading = heading and following == "prose" and closing == len(run) and body[-1][1] == "furniture"
        return [body[-1][0]] if subheading else [line for line, _ in run[closing:]]
    if count >= CLUSTER_RUN and sum(is_code(line) for line, _ in run) < CODE_LISTING_LINES \
            and not all(closes_sentence(line) or line.rstrip(CLOSERS).endswith("—") for line, _ in run):
        return [body[-1][0]] if following == "prose" and closing == len(run) else [line for line, _ in run[closing:]]
    return [line for line, _ in run]


def drop_related_links(lines: list[str], *, rails: bool = False) -> list[str]:
    """The lines without boxes of links to other stories set inside the story: a label alone on its line
    (``RELATED_LABEL``: "Related" on Fierce Pharma, The Intercept, The Verge and Vox, "Lesen Sie auch" on Bild, Welt
    and the Luxemburger Wort, "Mehr lesen über" on the FUNKE papers) and the headline-shaped lines right under it
    (``_is_link_line``): "Citing blood clot risks, CDC advisers recommend mRNA pandemic vaccines over J&J shot". A longer
    line under the label is the story going on; more than ``RELATED_LINKS`` links make a box of furniture lines, which
    ``drop_boxes`` takes whole with its label. The last of two lines or more may be the story's next subheading
    (``_subheading_over``, dumps31). Under the first link, a sentence closed by a full stop over a paragraph of prose
    is the story going on (``_resumes_story``): CNA's "And going into this year's Games, there was a sense of calm,
    recalled Pereira." under "Related:" and a headline, UOL's "O carro não apresentou falhas. ..." under
    "Relacionadas" and three, Rzeczpospolita's and CryptoSlate's (dev dumps, in their references; TopSpeed's teaser
    blurb over a paragraph of its boilerplate stays too, its one cost; dumpsR267), but for a paid card's blurb
    (``PAID_LABEL``: "Sponsored by State Farm" over LittleThings' "Our agents are small business owners too, ...").

    ``rails``: a rail heading (``RAIL_HEADING``) heads such links too, read once ``drop_boxes`` has taken the boxes
    (issue 12, dumps145): HOLA!'s "You may also like" over two headlines between paragraphs, Wikimedia's blog's "More on
    this at the bottom.**" alone. Read before ``drop_boxes``, it had shrunk boxes that ``drop_boxes`` takes whole into
    lines it keeps: t-online's "Embed" over "Meistgelesen" and three headlines, the Mirror's last headline under
    "Mirror Football's Top Stories" read as a subheading.
    """
    kept: list[str] = []
    index = 0
    while index < len(lines):
        end = index + 1
        if RELATED_LABEL.fullmatch(lines[index]) or rails and RAIL_HEADING.fullmatch(lines[index]):
            paid = PAID_LABEL.fullmatch(lines[index]) is not None
            while end < len(lines) and _is_link_line(lines[end]) \
                    and (paid or end == index + 1 or not _resumes_story(lines, end)):
                end += 1
            if end - index - 1 <= RELATED_LINKS:
                index = end - 1 if end - index - 1 >= 2 and _subheading_over(lines, end - 1) else end
                continue
        kept += lines[index:end]
        index = end
    return kept


def _resumes_story(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]``, under a related label's first link, is the story going on: a sentence closed by a
    full stop (no ellipsis) over a paragraph of prose."""
    line = lines[index].rstrip()
    return (line.endswith(".") and not line.endswith("..") and index + 1 < len(lines)
            and line_kind(lines[index + 1]) == "prose")


def _subheading_over(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]``, the last of the lines under a related label, is the story's subheading over the
    paragraph under it: a short line (``SUBHEADING_WORDS``) closing no sentence, with a content word of that paragraph
    (``_stems``). A box set between two sections of a story runs into the next section's heading, which a link-shaped
    line reads as one of its links."""
    line = lines[index]
    if index + 1 >= len(lines) or line_kind(lines[index + 1]) != "prose" or widgets.SENTENCE_END.search(line):
        return False
    return widgets.word_count(line) <= SUBHEADING_WORDS and bool(_stems(line) & _stems(lines[index + 1]))


def _is_link_line(line: str) -> bool:
    """A line that can be a link to another story: one line of ``HEADLINE_WORDS`` words at most."""
    return "\n" not in line and widgets.word_count(line) <= HEADLINE_WORDS


def drop_cut_headlines(lines: list[str], page: list[str]) -> list[str]:
    """The story's lines without headlines a teaser box cut off with an ellipsis (``is_cut_headline``) that stand
    next to another such headline (BuzzFeed's "Les 43 fois où Grey’s Anatomy a fait couler toutes…" over "23
    réactions que toute personne ayant travaillé…"; China Youth Online's "9岁跨性别儿童登上《国家地理》:4岁起称自..." over
    "江苏最大规模作弊案27人获刑 涉案考生达50..."; PIXNET's recent-posts list), or whose text opens a longer line
    elsewhere in the ``page``: the same teaser uncut in another box (Kotaku's "Friday's Best Deals: Children's Books,
    Circular Lamp, Memory Foam..." inside the story, whole in the deals rail above it; BuzzFeed's). A story's
    lead-in line trailing off ("A Beyonce lyric for..." above its example) stands alone and is said once.

    The whole headline goes too (``_cut_elsewhere``): one teaser is often printed twice, cut in one box and whole in
    another.
    """
    cut = [is_cut_headline(line) for line in lines]
    heads = _cut_heads(page)
    kept = []
    for index, line in enumerate(lines):
        if cut[index] and (
            index > 0 and cut[index - 1] or index + 1 < len(lines) and cut[index + 1] or _shown_whole(line, page)
        ) or not cut[index] and _cut_elsewhere(line, heads):
            continue
        kept.append(line)
    return kept


def _cut_heads(page: list[str]) -> tuple[str, ...]:
    """The text of the page's cut headlines (``is_cut_headline``) without their ellipsis, ``CUT_PREFIX_CHARS``
    characters or more each."""
    heads = (_CUT_OFF.sub("", line).rstrip() for line in page if is_cut_headline(line))
    return tuple(head for head in heads if len(head) >= CUT_PREFIX_CHARS)


def _cut_elsewhere(line: str, heads: tuple[str, ...]) -> bool:
    """Whether ``line`` is a headline a teaser box elsewhere in the page prints cut off (``heads``, from
    ``_cut_heads``): one line opening with a cut headline's text and going on past it, with no sentence closed
    inside (a headline; a story's first paragraph shown cut as an excerpt closes sentences inside: Actualno's,
    Qdaily's).

    The Daily Mail copies its sports carousel whole above the story ("Premier League now WON'T vote on the
    contentious Project Restart plans on Monday as the big clubs try to drag the 'Rebel Six' into line ...", 18
    teasers of 25 to 40 words read as prose) and cut in the rail under it ("Premier League now WON'T vote on the
    contentious Project Restart plans on Monday as the big clubs try to..."); the Washington Post's related links
    inside its story ("Live updates: China strikes upbeat note on coronavirus as businesses reopen; Hong Kong reports
    second death") are cut in its top rail ("Live updates: China strikes upbeat note on coronavirus as businesses
    reopen..."). On the dev dumps 111 lines on 16 publishers have such a cut twin and none is a reference's. Such a
    line is furniture to ``regions`` too, so a carousel of them is no region to pick over the story.
    """
    if not heads or "\n" in line or _SENTENCE_CLOSED.search(line):
        return False
    return any(line.startswith(head) and len(line) > len(head) + 3 for head in heads)


def is_cut_headline(line: str) -> bool:
    """A headline-sized line (``HEADLINE_WORDS`` words at most, no table) ending in an ellipsis right after its
    words (``_CUT_OFF``), no sentence closed before it."""
    if "\n" in line or not line.endswith(("…", "...")):
        return False  # the ellipsis must close the line: most lines are told without the search
    cut = _CUT_OFF.search(line)
    return ("\n" not in line and 2 <= widgets.word_count(line) <= HEADLINE_WORDS and cut is not None
            and not _SENTENCE_CLOSED.search(line[: cut.start()]) and not is_code(line))


def _shown_whole(line: str, page: list[str]) -> bool:
    """Whether the text of a cut headline, ``CUT_PREFIX_CHARS`` characters or more, opens a longer line of the page."""
    head = _CUT_OFF.sub("", line).rstrip()
    return len(head) >= CUT_PREFIX_CHARS and any(
        other.startswith(head) and len(other) > len(head) + 3 and not _CUT_OFF.search(other) for other in page
    )


def drop_pull_quotes(lines: list[str]) -> list[str]:
    """The lines without pull quotes: a sentence a story repeats in large type, signed by its speaker on the lines
    under it, whose words a paragraph nearby (``PULL_QUOTE_REACH`` lines) holds in full (``said_again``).

    "Als Team haben wir unsere Karten gut ausgespielt, wir hätten es nicht besser machen können." over "Arthur
    Kluckers", "Es gab keinen Grund, dem Argentinier Gelb zu geben, ..." over "Murat Yakin" / "Schweizer Trainer" (the
    Luxemburger Wort), "Wir akzeptieren heute nicht, dass der Premierminister Luc Frieden ..." over "Patrick Dury,
    LCGB-Präsident" (the Tageblatt), "Ein Großteil der Produkte, die in Thüringen erzeugt werden, ..." over "Kevin
    Holland-Moritz Geschäftsführer "Thüringer Landstolz"" (MDR): the paragraph says it again with its context. The
    quote runs ``PROSE_WORDS`` to ``MARKED_CAPTION_WORDS`` words (its full stop often left out), no code; the
    signature (``is_attribution``) is a name and a role, no sentence. A subheading quoting its paragraph („Ich
    wünsche ihnen nicht den Tod“ on Krautreporter) has no signature under it and stays. A quote signed by a name and
    a role on one line (``is_named_role``) may trim the sentence it lifts (``said_again``), as a marked and signed one
    may in HTML: "Wir wissen, dass hohe Temperaturen ..." over "Samantha Burgess, stellvertretende Direktorin ..." and
    "Der Klimawandel lieferte ..." over "Karsten Haustein, Universität Leipzig" (the Tagesspiegel), "Die Regierung
    muss sich jetzt endlich bewegen. ..." over "Nora Back, OGBL-Präsidentin" (the Tageblatt); no reference keeps a
    signature.
    """
    tokens = [_words(line) for line in lines]
    dropped: set[int] = set()
    for index, line in enumerate(lines):
        words = tokens[index]
        if "\n" in line or not PROSE_WORDS <= len(words) <= MARKED_CAPTION_WORDS or is_code(line):
            continue
        signature = 0
        while (signature < ATTRIBUTION_LINES and index + 1 + signature < len(lines)
               and is_attribution(lines[index + 1 + signature])):
            signature += 1
        if not signature:
            continue
        near = range(max(index - PULL_QUOTE_REACH, 0), min(index + PULL_QUOTE_REACH + 1, len(lines)))
        trimmed = is_named_role(lines[index + 1])
        if any(said_again(words, tokens[at], trimmed=trimmed) for at in near if at != index):
            dropped.update(range(index, index + 1 + signature))
    return [line for index, line in enumerate(lines) if index not in dropped]


def drop_run_together_repeats(lines: list[str]) -> list[str]:
    """The lines without a block that says again, run together into one paragraph, ``RUN_TOGETHER_LINES`` lines above
    it or more, each in full (``said_again``): a teaser or a caption block printing what the page showed already.

    The Namibian's box after the story repeating its paragraphs from the second on ("The Police suspect the plastic bag
    was tied around her head to suffocate her. The Police responded to a phone call from Telecom Namibia. ..."), The
    Washington Post's caption block "TOP: The developer of a new luxury high-rise ... BOTTOM LEFT: In the event of a
    powerful storm, ..." under the three captions it gathers. A lead or summary holding the lines under it ("İzmir'in
    Bornova, Balıkesir'in Kepsut, ..." on Habertürk over each town's paragraph) comes before them and stays; so does a
    paragraph holding a subheading and a pull quote above it (two lines: The Intercept), and a block of several lines
    (Haki Benita's query results repeat the rows of the table above them).
    """
    tokens = [_words(line) for line in lines]
    # said_again's whole-run test with each line's words joined once: a page of n lines asks n * n / 2 times
    joined = [f" {' '.join(words)} " for words in tokens]
    return [line for index, line in enumerate(lines)
            if "\n" in line or len(tokens[index]) <= PROSE_WORDS
            or sum(1 for at in range(index) if PROSE_WORDS <= len(tokens[at]) < len(tokens[index])
                   and joined[at] in joined[index]) < RUN_TOGETHER_LINES]


def said_again(quote: Sequence[str], paragraph: Sequence[str], *, trimmed: bool = False) -> bool:
    """Whether a longer ``paragraph`` says the ``quote`` again (both as word lists): all its words in a row, or, when
    ``trimmed``, ``PULL_QUOTE_SHARE`` of its runs of ``PULL_QUOTE_RUN`` words.

    A pull quote may trim the sentence it lifts: "Wir wissen, dass hohe Temperaturen ..." for „Wir wissen aber, dass
    hohe Temperaturen ...“ (0.82 of its runs) and "... El Niño einen massiven Schub und das Wetter die zufällige
    Komponente." for a sentence with a clause more (0.64) on the Tagesspiegel, "Die Regierung muss sich jetzt endlich
    bewegen. ..." on the Tageblatt (0.83). A trimmed repeat counts only where the page marks the quote and signs it
    (``html._drop_pull_quotes``): The New Republic's and Businessweek's unsigned pull quotes trim their sentences too
    (0.78, 0.75) and their references keep them, and in a text dump a line over a short capitalised one is no sure
    quote (ABC Australia's standfirst over its reporter's name, said again in the transcript; a Telegraph product
    card's "Holds 15kg of wet washing ..." over "Three year guarantee").
    """
    if len(paragraph) <= len(quote):
        return False
    if f" {' '.join(quote)} " in f" {' '.join(paragraph)} ":
        return True
    if not trimmed or len(quote) < PULL_QUOTE_RUN:
        return False
    runs = {tuple(quote[at : at + PULL_QUOTE_RUN]) for at in range(len(quote) - PULL_QUOTE_RUN + 1)}
    held = {tuple(paragraph[at : at + PULL_QUOTE_RUN]) for at in range(len(paragraph) - PULL_QUOTE_RUN + 1)}
    return len(runs & held) >= PULL_QUOTE_SHARE * len(runs)


#: A table of contents lists at least this many of the story's subheadings, each of ``CONTENTS_ENTRY_WORDS`` words
#: or more (a code listing or a map's labels repeat shorter lines: "FROM", "Boston Harbor"), and its heading runs
#: ``CONTENTS_LABEL_WORDS`` words at most.
CONTENTS_ENTRIES = 3
CONTENTS_ENTRY_WORDS = 3
CONTENTS_LABEL_WORDS = 3


def drop_contents_lists(lines: list[str]) -> list[str]:
    """The lines without a table of contents: under its heading (a label closing no sentence), a run of
    ``CONTENTS_ENTRIES`` short lines or more (``HEADLINE_WORDS`` words at most), each copied again below the run in the
    same order, with story text between the copies, which are the story's subheadings.

    A copied page repeats its contents list's entries as the subheadings they link to, and the repeated lines then
    read as a gallery's captions and went from the story both times: Tarnkappe's "Strengere Regeln für den
    Krypto-Sektor?" under "Inhalt", MDR's "Ein Großkonzern dominierte Schweinemarkt in Thüringen" under "Auf dieser
    Seite:", Le Figaro's live blog listing its entries' headlines under "Sommaire", dilei.it's "Come pulire scarpe in
    camoscio beige" under "Indice" (dev dumps, issue 12, dumps28). A menu copied twice has nothing between its second
    copy's lines, so it stays as it was; and a list with no heading may be the story's own (topicseed's reference
    keeps its list of sections, and a test dump lost as much as dev gained when such lists went too).
    """
    places: dict[str, list[int]] = {}
    for at, line in enumerate(lines):
        places.setdefault(line, []).append(at)
    dropped: set[int] = set()
    index = 0
    while index < len(lines):
        run = _contents_run(lines, index, places) if index and _is_contents_label(lines[index - 1]) else 0
        dropped.update(range(index - 1, index + run) if run else ())
        index += max(run, 1)
    return [line for at, line in enumerate(lines) if at not in dropped]


def _contents_run(lines: list[str], start: int, places: dict[str, list[int]]) -> int:
    """How many lines from ``start`` make a contents list (see ``drop_contents_lists``; ``places``: each line's
    indexes), or 0."""
    end = start
    while end < len(lines) and _is_contents_entry(lines[end]) and lines[end] not in lines[start:end] \
            and places[lines[end]][-1] > end:
        end += 1
    copy = end - 1  # each entry's copy lies below the previous entry's, with another line between them
    for entry in range(start, end):
        found = next((at for at in places[lines[entry]] if at > copy), None)
        if found is None or (entry > start and found == copy + 1):
            end = entry
            break
        copy = found
    return end - start if end - start >= CONTENTS_ENTRIES else 0


def _is_contents_entry(line: str) -> bool:
    return "\n" not in line and CONTENTS_ENTRY_WORDS <= widgets.word_count(line) <= HEADLINE_WORDS


def _is_contents_label(line: str) -> bool:
    """A contents list's heading: "Inhalt", "Sommaire", "Indice", "Auf dieser Seite:"; no date, byline or sentence."""
    return widgets.word_count(line) <= CONTENTS_LABEL_WORDS and not any(ch.isdigit() for ch in line) \
        and not line.rstrip().endswith((".", "!", "?")) and not widgets.is_byline(line)


def section_numbers(paragraphs: list[str]) -> frozenset[int]:
    """Indexes of the numbers heading a story's sections: lines of a number alone counting 1, 2, 3 ... down the story,
    ``SECTION_NUMBERS`` of them or more, with a paragraph of prose above each (dev dumps: Chinese stories on 1905.com,
    Huanqiu and ifeng, their sections numbered "1" to "5" on lines of their own, which their references keep; ifeng
    titles each section under its number). A number alone is otherwise a counter (``widgets.is_widget_line``: likes,
    comments, a gallery's place); trending teasers numbered so have no prose between them (E! Online's "Trending
    Stories")."""
    found: list[int] = []
    prose = False
    for index, para in enumerate(paragraphs):
        if para == str(len(found) + 1) and prose:
            found.append(index)
            prose = False
        else:
            prose = prose or line_kind(para) == "prose"
    return frozenset(found) if len(found) >= SECTION_NUMBERS else frozenset()


#: A numbered subheading: a short mark or word ("Step", "▍"), then its number alone or closed by a full stop,
#: bracket or colon and the heading's words (``counted_headings``).
_COUNTED_HEADING = re.compile(r"(?P<mark>[^\W\d]{0,12}\W{0,2}?|\W{0,2})\s?(?P<number>\d{1,2})(?:[.):]\s+\S.*)?")


def counted_headings(paragraphs: list[str]) -> frozenset[int]:
    """Indexes of the story's numbered subheadings: lines of ``SUBHEADING_WORDS`` words at most, closing no sentence,
    with the same mark before their numbers and the numbers counting up by one down the story, a paragraph of prose
    between each and the next, ``SECTION_NUMBERS`` of them or more. eHow's "Step 1" to "Step 9" over each step's
    sentence and Habr's "▍ 1. Вызов в цикле", "▍ 2. В цикле с другим типом", "▍ 3. Без цикла" over their benchmarks
    (dev dumps, in their references) share no word with their story, so ``drop_unrelated_lines`` had read them as
    loose lines set in from elsewhere; a rail's numbered teasers have no prose between them (issue 12, dumpsR260)."""
    runs: dict[str, list[tuple[int, int]]] = {}
    prose_since: dict[str, bool] = {}
    for index, para in enumerate(paragraphs):
        match = _COUNTED_HEADING.fullmatch(para)
        if match and widgets.word_count(para) <= SUBHEADING_WORDS and not widgets.SENTENCE_END.search(para):
            mark, number = match["mark"].strip(), int(match["number"])
            run = runs.setdefault(mark, [])
            if run and (number != run[-1][1] + 1 or not prose_since[mark]):
                if len(run) < SECTION_NUMBERS:
                    run.clear()
                else:
                    continue
            if not run or number == run[-1][1] + 1:
                run.append((index, number))
                prose_since[mark] = False
            continue
        if line_kind(para) == "prose" or widgets.word_count(para) >= SENTENCE_WORDS and widgets.SENTENCE_END.search(para):
            prose_since = dict.fromkeys(prose_since, True)
    return frozenset(index for run in runs.values() if len(run) >= SECTION_NUMBERS for index, _ in run)


def drop_unrelated_lines(paragraphs: list[str]) -> list[str]:
    """The story's paragraphs without the short lines inside it that share none of its words: a teaser's headline, a
    byline, a photo credit or a share button copied between two paragraphs.

    A subheading announces what the paragraphs around it say, so some of its content words come back in the story;
    a line the page set into the story from elsewhere speaks of something else. On dev, pages of 56 publishers lose
    such lines (nine.com.au's "Sydney council ditches controversial beach parking meter plan" and Die Zeit's "Pep
    Guardiola: Guardiola und sein größter Fehler", teasers inside stories about other things; "Von Lennart Laberenz"
    on der Freitag, "Dave Steer" on GitLab, "Chuck Burton/AP" on NPR, "Link copied Bookmark" on the Express) and 9
    lose a line the reference keeps (a subheading in other words than its story, "Show No Mercy" on Fast Company;
    a photo credit, Live Science's "Credit: WhiteHaven/Shutterstock.com").

    A loose line (``_is_loose_line``) goes when none of its content stems (``_stems``, ``_comparable``) occurs in the
    story's other lines, loose lines aside: credits and labels repeat one another ("Craig McDean/GQ"
    twice on E! Online, "Placeholder image-1" to "-4" on der Freitag, "Image Source: ..." on Popsugar). The items of
    a list a sentence introduces stay (``_in_list``). Opening or closing the story, such lines are bylines and labels
    ("Von Patrick Hyslop" on the Freie Presse, "Patrick Frye" on Inquisitr, "Artikel anhören" on n-tv). A body with
    no line of prose is no story to compare with, and Chinese and Japanese write no spaces, so a story mostly in their
    script (``CJK_SHARE``) is left alone. A Korean word carries its particle or ending glued on and most run under four
    letters, so a Korean line's stems seldom meet its story's: a Korean line sharing ``KOREAN_SHARED`` Korean stems
    (``hangul_stems``, as ``korean_subtitles`` compares) with the story's lines stays. Dev dumps lost Hankook Ilbo's
    subheading "다음 정부는 '국민주권' 정부, 호남은 민주당의 본산" (five shared: "국민", "민주", "정부", ...) and a blog's
    (pinegrosbiik) "물론 그리스는 국가 단위로 분식회계를 하긴 했는데 그건 패스하구여" (four), both in their references;
    Hankyung's teaser for another story, "현대차·삼성전자도 앞다퉈 도입…'디지털 쪼가리' NFT의 반전", shares two ("도입",
    "삼성") and still goes (issue 12, dumpsL289).
    """
    loose = {index for index, para in enumerate(paragraphs) if _is_loose_line(para) and not _in_list(paragraphs, index)}
    body = "".join(paragraphs)
    if not loose or len(widgets.CJK.findall(body)) > CJK_SHARE * len(body) \
            or not any(line_kind(para) == "prose" for para in paragraphs):
        return paragraphs
    # the comparable loose lines, each dropped from the pending ones at the first other line sharing a stem with it: the
    # story's lines are read only until every such line has met one (most meet one in the first few paragraphs)
    pending = {index: found for index in loose if _comparable(paragraphs[index], found := _stems(paragraphs[index]))}
    for index, para in enumerate(paragraphs):
        if not pending:
            break
        if index not in loose and (story := _stems(para)):
            pending = {at: found for at, found in pending.items() if found.isdisjoint(story)}
    unrelated = set(pending)
    if unrelated and any(HANGUL.search(paragraphs[index]) for index in unrelated):
        korean = set().union(*(hangul_stems(para) for index, para in enumerate(paragraphs) if index not in loose))
        unrelated = {index for index in unrelated if len(hangul_stems(paragraphs[index]) & korean) < KOREAN_SHARED}
    return [para for index, para in enumerate(paragraphs) if index not in unrelated]


def _stems(line: str) -> set[str]:
    """The line's content words (``CONTENT_WORD``: letters only, four or more) cut to ``STEM_CHARS`` characters, lower
    case: "Guardiola" and "Guardiolas", "Schlachtbetrieb" and "Schlachtbetriebe" meet. Turkish capitals lower to other
    letters than the story's ("HELİKOPTER" to "heli̇kopter" with a combining dot, "YAPIYOR" to "yapiyor" for
    "yapıyor": Habertürk's subheading "TSK'YA AİT 3 HELİKOPTER GÖREV YAPIYOR"), so the dot goes and "ı" reads "i"
    (translated only where they occur: a translation table is looked up character by character, 40% of the cost)."""
    low = line.lower()
    if "\u0307" in low or "ı" in low:
        low = low.translate(_TURKISH_I)
    return {word[:STEM_CHARS] for word in CONTENT_WORD.findall(low)}


_TURKISH_I = str.maketrans({"\u0307": None, "ı": "i"})


def _comparable(line: str, stems: set[str]) -> bool:
    """Whether the line says enough to be compared with its story: a content word and two words or more ("22 hours
    ago", "Duration 1:30", "Ada Michalak"), or two content words in one ("Artikeltyp:AdvertorialKreditkarten"). A
    single word may head a section in other words than the section's ("Conclusion", "Glossary", "Wrap-up" on
    Dropbox's, Haki Benita's and Engadget's pages)."""
    return len(stems) >= 2 or bool(stems) and len(line.split()) >= 2


def _in_list(paragraphs: list[str], index: int) -> bool:
    """Whether the line is an item of a list a sentence introduces with a colon, the items copied a line each without
    bullets: loose lines up from it to the sentence."""
    above = index - 1
    while above > 0 and _is_loose_line(paragraphs[above]):
        above -= 1
    return paragraphs[above].rstrip().endswith((":", "："))


def _is_loose_line(line: str) -> bool:
    """A line that can be set into a story from elsewhere: at most ``LOOSE_WORDS`` words closing no sentence; a line
    introducing what follows (a colon), a quote closing low-opened („…“), a list item, code,
    a table or a line with a sentence closed inside is the story's own form. Its words are counted first: most lines
    of a story are longer."""
    if widgets.word_count(line) > LOOSE_WORDS:
        return False
    if ("\n" in line or line.endswith((":", "：", *_LOW_QUOTE_ENDS)) or _BULLET.match(line) or is_code(line)
            or _SENTENCE_CLOSED.search(line)):
        return False
    return not widgets.SENTENCE_END.search(line)


@lru_cache(maxsize=4096)
def _words(line: str) -> tuple[str, ...]:
    """The line's words in lower case. Cached: a dump's pull quotes and then its run-together repeats read the same
    lines (``clean_text_dump``), each splitting every line of the story."""
    return tuple(TOKENS.findall(line.lower()))


def is_attribution(line: str) -> bool:
    """A pull quote's signature: two to ``ATTRIBUTION_WORDS`` words (a name at least; a lone "By" opens a byline)
    with a capital, no digit, no sentence end (a closing quote around a company's name aside) and not all in capitals
    (a subheading)."""
    bare = line.rstrip(" \"'”“»«")
    return ("\n" not in line and 2 <= widgets.word_count(line) <= ATTRIBUTION_WORDS and not any(ch.isdigit() for ch in line)
            and not bare.endswith(tuple(widgets.FULL_STOPS)) and not bare.endswith((":", "?", "!"))
            and any(ch.isupper() for ch in line) and not line.isupper() and not widgets.is_widget_line(line)
            and not is_code(line))


#: A speaker named before a comma and the role after it: "Nora Back, OGBL-Präsidentin".
_NAMED_ROLE = re.compile(r"(?:[A-ZÀ-Ý][\w'’.-]+\s){1,3}?[A-ZÀ-Ý][\w'’.-]+,\s\S")


def is_named_role(line: str) -> bool:
    """A pull quote's signature that names a person and their role on one line (``is_attribution``, a comma between):
    in a text dump, the sign that a line over it quotes a speaker, which a bare name or label is not (ABC Australia's
    reporter under a standfirst, a Telegraph product card's "Three year guarantee"), nor a byline with its role under
    a standfirst ("Von Christian Unger, Redakteur" on the Abendblatt)."""
    return is_attribution(line) and bool(_NAMED_ROLE.match(line)) and not widgets.is_byline(line)


def signup_boxes(lines: list[str]) -> frozenset[int]:
    """Indexes of the lines of newsletter boxes: a sign-up button (``SIGNUP_CALL``: "Sign Up", "Jetzt Anmelden!", or
    any short line over a consent notice, ``_is_consented_button``, which goes with it) with the box's name and blurb
    above it. The button may close the story's region (a box right after its last
    paragraph), so the page's lines are searched, not the region's.

    A copy gives such a box as the newsletter's name, a line selling it and the button: "NP Posted" / "Get a dash of
    perspective along with the trending news of the day in a very readable format." / "Sign Up" (the National Post,
    canada.com), "Get daily National news" / ... (Global News), "Ein FUNKE Liebe" / "Alle zwei Wochen sonntags:
    Antworten auf Beziehungsfragen – ehrlich, nah und alltagstauglich." / "Jetzt Anmelden!" (the WAZ, the BSZ), "Der
    Morgen" / "Der perfekte Start in den Tag mit News und Geschichten aus der Schweiz und der Welt." / "Weitere
    Newsletter" (the Tages-Anzeiger), "Newsletter: Sport inside" / "Jeden Montag die Topstorys der Woche aus der
    Sportredaktion" (the Luxemburger Wort). The blurb reads as a short sentence or a headline, and no cluster of
    short lines holds it; its name, a short label (``SIGNUP_NAME_WORDS`` words, no sentence) right above at most
    ``SIGNUP_LINES`` short lines (``SIGNUP_WORDS`` words: the blurb, a consent notice), marks the box: a story's
    paragraph is longer, and a button after a paragraph alone (a site's "Subscribe" under the last one) takes none.
    """
    dropped: set[int] = set()
    for index, line in enumerate(lines):
        if "\n" in line:
            continue
        # a button over a consent notice is a short line: a longer one is read no further than the call list
        consent = widgets.word_count(line) <= SIGNUP_BUTTON_WORDS and _is_consented_button(lines, index)
        if not (consent or SIGNUP_CALL.fullmatch(line)):
            continue
        for name in range(index - 2, max(index - 2 - SIGNUP_LINES, -1), -1):
            blurb = lines[name + 1 : index]
            if any("\n" in other or widgets.word_count(other) > SIGNUP_WORDS for other in blurb):
                break
            if _is_box_name(lines[name]):
                dropped.update(range(name, index + 1 + consent))
                break
    return frozenset(dropped)


def _is_consented_button(lines: list[str], index: int) -> bool:
    """A box's button known by the consent notice right under it (``SIGNUP_CONSENT``), whatever it says: ZEIT's
    "Registrieren" over "Mit Ihrer Registrierung nehmen Sie die Datenschutzerklärung zur Kenntnis.", Vice's and Vox's
    "Subscribe" over "By signing up, you agree to ...". A bare "Registrieren" or "Subscribe" elsewhere (a site's
    account link, a share bar) has no such notice under it."""
    line = lines[index]
    return (index + 1 < len(lines) and "\n" not in line and widgets.word_count(line) <= SIGNUP_BUTTON_WORDS
            and not widgets.SENTENCE_END.search(line) and SIGNUP_CONSENT.fullmatch(lines[index + 1]) is not None)


def author_boxes(lines: list[str]) -> frozenset[int]:
    """Indexes of the blurbs of author boxes: the prose line nearest to a link to the author's page
    (``AUTHOR_LINK``), within ``AUTHOR_LINK_REACH`` lines on either side, widget lines between ("X LinkedIn")
    skipped; at the same distance the line above, the link closing its box. Any other short line between, the
    author's name or role, heads the box, and a paragraph beyond it is the story's: La Vanguardia prints "Chus del
    Pino" over "Ver más artículos", the story's last paragraph right above the name and the blurb under the link.

    A box copies as the author's name, the blurb and the link, the link above or below the blurb: TechCrunch's
    "View Staff Page Follow me on twitter" over "Originally from France, Romain Dillet is on track to graduate ...",
    set between the byline and the story's first paragraph, BE-PAL's "著者ページへ" under the editors' blurb between
    the standfirst and the interview, CryptoSlate's "View profile" under "Gino Matos is a law school graduate ...".
    One line goes: the story's first paragraph may come right after the box. Such blurbs need not name a role the
    way ``AUTHOR_NOTE`` does, and the box may stand above the story, where a note ends none. The page's lines are
    searched: the box may sit at the region's edge. A box without such a link is known by its blurb calling the
    author by first name under the full one (``_first_name_blurbs``).
    """
    dropped: set[int] = set()
    for index, line in enumerate(lines):
        if "\n" in line or not AUTHOR_LINK.fullmatch(line):
            continue
        for distance in range(1, AUTHOR_LINK_REACH + 1):
            blurb = next((other for other in (index - distance, index + distance)
                          if 0 <= other < len(lines) and line_kind(lines[other]) == "prose"
                          and all(line_kind(lines[between]) == "widget"
                                  for between in range(min(index, other) + 1, max(index, other)))), None)
            if blurb is not None:
                dropped.add(blurb)
                break
    return frozenset(dropped | _first_name_blurbs(lines))


def _first_name_blurbs(lines: list[str]) -> set[int]:
    """Indexes of author blurbs that open with the author's first name and a verb (``AUTHOR_BLURB_VERB``: "Devindra has
    been obsessed with technology ...", "Frederic was with TechCrunch from 2012 through 2025.") within
    ``AUTHOR_LINK_REACH`` lines under the author's full name (``_AUTHOR_NAME``: "By Devindra Hardawar @devindra",
    "Frederic Lardinois" over "Editor"). A story calls a person by the full name first, so a first name alone right
    under the full one is the box's familiar blurb (Engadget, TechCrunch, Live Science, TweakTown, LeadDev on dev
    dumps); a blurb repeating the full name ("Syeda Noshin Sharmily is pursuing her bachelor's ...", which Modern
    Diplomacy's reference keeps) is left to ``AUTHOR_NOTE``.
    """
    found: set[int] = set()
    for index, line in enumerate(lines):
        words = line.split(" ", 2)
        if len(words) < 3 or line_kind(line) != "prose" or not AUTHOR_BLURB_VERB.fullmatch(words[1]):
            continue
        for above in range(index - 1, max(index - 1 - AUTHOR_LINK_REACH, -1), -1):
            name = _AUTHOR_NAME.fullmatch(lines[above])
            if name and name.group(1) == words[0]:
                found.add(index)
                break
    return found


def _is_box_name(line: str) -> bool:
    """A box's name: a label of at most ``SIGNUP_NAME_WORDS`` words that closes no sentence ("NP Posted", "Hauptstadt
    Inside von Jörg Quoos, Chefredakteur der FUNKE Zentralredaktion", "„Zehn vor Zwölf“")."""
    return ("\n" not in line and widgets.word_count(line) <= SIGNUP_NAME_WORDS
            and line_kind(line) in ("furniture", "widget"))


def drop_embedded_posts(lines: list[str]) -> list[str]:
    """The lines without posts embedded from X/Twitter: the signature line and the post's text above it.

    An embedded post copies as its text, then "— Name (@handle) Date"; when the line right above the
    signature shows a post's marks (``_POST_TEXT``: its link, a mention, a hashtag), the lines right above
    that fit in ``POST_CHARS`` are its text (Gateway Pundit, the Mirror and the Washington Post quote posts
    this way; the story tells what the post says in its own sentences). Without such a mark the line right above goes
    with the signature when it is one line fitting in a post: Inquisitr's "Obama has missed 58% of his intelligence
    briefings. ...", Uproxx's "The rumor I heard was that Rudy fell asleep ...", MLive's "Suh stop all dat hatin! Aaron
    Rodgers u da real MVP!", and posts of 30 words or more that read as a paragraph, Gateway Pundit's "Maximillian
    Katzman, 29, the manager of a luxury menwear store ..." and The Week's "The Fake News said I played golf today,
    and I did NOT! ..." (no reference keeps one; the copy prints an embedded post's text above its signature, so the
    line there is the post's, dumps174); a line longer than a post may as well be the story's. Above the marked
    line, a paragraph of ``LEDE_WORDS`` words or more closing a sentence (``_is_lede_paragraph``) is the story's,
    which a short post leaves room for within ``POST_CHARS``: CBS Sports' '"The guy can sling it, man," Polk said.
    ...' over "Drake Maye 🎯 pic.twitter.com/...", The Atlantic's "But the city never has sent an alert like this. ..." over "Well that's a new
    emergency alert experience pic.twitter.com/..."; the lines of a post copied line by line run shorter (the Mirror's
    bus changes, Gateway Pundit's quoted lines: 5 to 29 words). A post's text runs up to where the post above it
    ended, not over its signature into the story (The Atlantic's two posts of N. K. Jemisin in a row under "Some
    criticized the city's decision ..."), and stops at an ad slot's label, which no post holds (Hot Air's
    "Advertisement" between "Holy SMOKES – can you imagine ...?" and a post): both lines in their references (issue
    12, dumpsR267).
    """
    kept: list[str] = []
    dated = False  # the line before was an embedded post's date: its counts may follow
    floor = 0  # where the last post taken out ended: no post's text runs above it
    for line in lines:
        if dated and _POST_COUNTS.fullmatch(line):
            dated = False
            continue
        dated = False
        if _POST_DATE.fullmatch(line) and (header := _post_header(kept)) is not None:
            del kept[header:]
            dated = True
            floor = len(kept)
            continue
        if not _POST_SIGNATURE.match(line):
            kept.append(line)
            continue
        if not (kept and _POST_TEXT.search(kept[-1])):
            if len(kept) > floor and "\n" not in kept[-1] and len(kept[-1]) <= POST_CHARS:
                kept.pop()
            floor = len(kept)
            continue
        chars = 0
        while len(kept) > floor and "\n" not in kept[-1] and chars + len(kept[-1]) <= POST_CHARS \
                and not (chars and (_is_lede_paragraph(kept[-1]) or widgets.is_widget_line(kept[-1]))):
            chars += len(kept.pop())
        floor = len(kept)
    return kept


def _post_header(kept: list[str], end: int | None = None) -> int | None:
    """Where the post ending above a date line (``_POST_DATE``) starts: its header line (``_POST_HEADER``) at most
    ``POST_CHARS`` characters of text above ``end``, or None. A post quoting another shows the quoted post's header
    and text inside its own, under its text, with one date under both ("Gary Marcus 🇺🇦 @GaryMarcus", his reply,
    "Aenn Matyas Barra-Hunyor @matyi7m", the post he replied to, "June 12th 2022"; Chartbook's "Nick Waters" over "Rob
    Lee"): the quoting post's header above it starts the whole."""
    chars = 0
    for at in range(len(kept) - 1 if end is None else end - 1, -1, -1):
        if _POST_HEADER.match(kept[at]):
            quoting = _post_header(kept, at) if end is None else None
            return at if quoting is None else quoting
        chars += len(kept[at])
        if "\n" in kept[at] or chars > POST_CHARS:
            return None
    return None


def rebuild_tables(lines: list[str]) -> list[str]:
    """Tables a copy flattened, put back as one block each (a row per line, cells joined by `` | ``).

    A table whose cells hold blocks, or a grid drawn with CSS, copies a cell per line; a table of
    preformatted rows copies a row per line with single spaces. Runs of short lines whose figures
    fall in the same columns row after row ("KOSPI", "2,500.12", "+10.50", "KOSDAQ", ...) are
    regrouped into rows (with the header row of labels before them), and consecutive rows of figures
    ("KOSPI 2,500.12 +10.50") are kept together as one block.
    """
    out: list[str] = []
    index = 0
    for start, end, width in _tables(lines):
        out += lines[index:start]
        if width:
            out.append("\n".join(" | ".join(lines[at : at + width]) for at in range(start, end, width)))
        else:
            out.append("\n".join(lines[start:end]))
        index = end
    return out + lines[index:]


def table_lines(lines: list[str]) -> frozenset[int]:
    """Indexes of the lines ``rebuild_tables`` puts back into tables."""
    return frozenset(at for start, end, _ in _tables(lines) for at in range(start, end))


def _tables(lines: list[str]) -> tuple[tuple[int, int, int], ...]:
    """(start, end, columns) of each table a copy flattened: a grid copied a cell per line (columns > 0),
    or consecutive rows of figures (columns 0)."""
    return _tables_of(tuple(lines))


@lru_cache(maxsize=4)
def _tables_of(lines: tuple[str, ...]) -> tuple[tuple[int, int, int], ...]:
    """``_tables``, kept for the last few line lists: ``regions`` and ``_before_cards`` read the same dump's."""
    cells = [_is_cell(line) for line in lines]
    figures = [is_figures(line) for line in lines]
    figure_cells = [cell and _is_figure_cell(line) for line, cell in zip(lines, cells)]
    found: list[tuple[int, int, int]] = []
    index = 0
    while index < len(lines):
        if index > 0 and _introduces_list(lines[index - 1]) and (rows := _data_list(lines, index)) >= DATA_LIST_ROWS:
            found.append((index, index + rows, 0))
            index += rows
            continue
        if cells[index] and (grid := _grid(cells, figures, figure_cells, index)) is not None:
            width, rows = grid
            found.append((index, index + width * rows, width))
            index += width * rows
            continue
        end = index
        while (end < len(lines) and figures[end] and "\n" not in lines[end] and len(lines[end].split()) >= 2
               and not _is_date_row(lines[end])):
            end += 1
        if end - index < COUNT_ROWS and (figures[index] or _priced_tail(lines[index])) \
                and (priced := _priced_run(lines, figures, index)) - index >= COUNT_ROWS:
            end = priced
        if end - index < 2 and (counts := _row_counts(lines[index])) >= COUNT_ROW_COLUMNS:
            end = index
            while end < len(lines) and _row_counts(lines[end]) == counts:
                end += 1
            end = end if end - index >= COUNT_ROWS else index
        if end - index >= 2:
            opens = index - 1 if index > (found[-1][1] if found else 0) and _is_header_of(lines[index - 1], lines[index]) \
                else index
            found.append((opens, end, 0))
            index = end
            continue
        index += 1
    return tuple(found)


def _is_header_of(line: str, row: str) -> bool:
    """Whether ``line`` is the header row of the rows copied a line each under it, ``row`` the first: a word per
    column and no figure, the first row's label and each figure closing it a column ("Index Close Change Pct" over
    "KOSPI 2,501.12 +10.50 +0.42%", "Team P W D L Pts" over "Rovers 10 8 1 1 25"). Alone over the rows, it read as a
    short line of furniture and went, and the table lost its columns' names."""
    words, cells = line.split(), row.split()
    figures = next((count for count, word in enumerate(reversed(cells)) if not _FIGURE.fullmatch(word)), len(cells))
    return (len(words) >= 2 and len(words) == figures + (figures < len(cells)) and "\n" not in line
            and not any(char.isdigit() for char in line) and not line.endswith((".", "!", "?", ":", "。"))
            and not widgets.is_widget_line(line))


def _priced_run(lines: Sequence[str], figures: list[bool], start: int) -> int:
    """Where the rows of prices copied a line each with single spaces from ``start`` end: lines read as figures
    (``is_figures``) or closed by as many prices after a name (``_priced_tail``) as the others. A market table's row
    of a name and its price, "Brent crude 82.45", "Dow Jones 38,790.43", holds fewer figures than words, so
    ``is_figures`` read only its one-word names' rows ("Gold 2,110.30") as a table's: the other rows cut the table
    into pieces, which went as short lines sharing no word with the story (``drop_unrelated_lines``). Copied with
    tabs or runs of spaces the same rows are cells (``_split_lines``) and stayed (issue 12, dumpsR303)."""
    end, tail = start, 0
    while end < len(lines) and "\n" not in lines[end]:
        if not figures[end]:
            found = _priced_tail(lines[end])  # told first: most lines are no row, and the date test is slow
            if not found or tail and found != tail:
                break
            tail = found
        if _is_date_row(lines[end]):
            break
        end += 1
    return end if tail else start


def _priced_tail(line: str) -> int:
    """How many figures close a row copied as a line after a name of at most ``PRICED_LABEL_WORDS`` words, the last a
    price (``_PRICE``: "82.45", "-0.20%", "38,790.43"): 1 in "Brent crude 82.45" and "U.S. crude 78.10", 2 in "Dow Jones
    Industrial Average 38,790.43 -172.66"; 0 when no name opens the line or a word of it closes a sentence or a
    clause."""
    if not line[-1:].isdigit() and not line.endswith("%"):
        return 0  # most lines, told apart without splitting them
    words = line.split()
    if len(words) > ROW_WORDS or not _PRICE.fullmatch(words[-1]):
        return 0
    tail = 0
    for word in reversed(words):
        if not _FIGURE.fullmatch(word):
            break
        tail += 1
    label = words[: len(words) - tail]
    if not label or len(label) > PRICED_LABEL_WORDS or not label[0][:1].isalpha() \
            or any(word.endswith((":", ",", ";", "!", "?")) or word.endswith(".") and word[:-1].isalpha()
                   and word[:-1].islower() for word in label):
        return 0
    return tail


def _row_counts(line: str) -> int:
    """How many counts ("10", "8", "25") close a row copied as a line with single spaces after its label: 5 in
    "Harbour Town 10 1 1 8 4", a standings table's row, which ``is_figures`` reads as no quantity; 0 when no word of
    label opens the line or it is longer than a row (``ROW_WORDS``)."""
    if not line[-1:].isdigit() or "\n" in line:
        return 0  # most lines, told apart without splitting them
    words = line.split()
    if len(words) > ROW_WORDS:
        return 0
    counts = 0
    for word in reversed(words):
        if not _COUNT.fullmatch(word):
            break
        counts += 1
    return counts if counts < len(words) and not _FIGURE.fullmatch(words[-counts - 1]) else 0


def _data_list(lines: Sequence[str], start: int) -> int:
    """How many lines from ``start`` are the rows of a list of data: lines of at most ``DATA_ROW_WORDS`` words, each
    holding a figure, none a sentence of prose, a widget line or a table.

    Under a sentence introducing it with a colon, such a list is the story's, a row per line, even where the story
    ends with it: the al.com calendar under "Here is a ... calendar of January events and conventions with host hotel
    if applicable, and estimated attendance:" ("Jan. 15-18: BK Productions, 2015 Boat Show, NHH, 500", a dozen rows
    closing the story), the Ruhr Nachrichten's saints' days ("Mamertus (Erzbischof von Vienne, 11. Mai)"), a market
    report's "Gold: $2,345.60, up 0.5%". A list of links has no figure in every row, so ``list_items`` reads it only
    when the story goes on after it.
    """
    end = start
    while (end < len(lines) and end - start < DATA_LIST_MAX and "\n" not in lines[end]
           and widgets.word_count(lines[end]) <= DATA_ROW_WORDS and any(ch.isdigit() for ch in lines[end])
           and line_kind(lines[end]) not in ("prose", "widget")):
        end += 1
    return end - start


@lru_cache(maxsize=65536)
def _is_date_row(line: str) -> bool:
    """A line of figures that are only dates and times: "Published: 22:04, 22 Apr 2024", "Publisert 05.08.2024,
    kl. 13.05", "15:44 Uhr". Lines of them in a row are a story's date lines (the Sun, NRK, the Salzburger
    Nachrichten, the stern), not a table's rows; a row with a date and a price ("12.03.2025 2,594.69") is one, and so
    is a row of prices that read like times ("Silver 27.41 -0.12 -0.44%": ``_PRICE_MARK``), which would otherwise
    cut a market table copied a row per line in two and leave its first rows to the furniture. A date in another
    language's words is one too (``date_stamps.find_stamps``, every ``data/<language>/date_words.txt``): Página/12's
    two "26 de abril de 2024 - 00:10" lines under its byline and Diario del Sur's "Domingo, Diciembre 6, 2020 - 07:32"
    under its "90165 lecturas" counter and ORF's "25. Oktober 2025, 17.52 Uhr" under "25.10.2025 17.52" had been kept
    together as a table, which no widget or date rule reads. Cached: the runs of figures and of prices
    (``_priced_run``) ask about the same lines."""
    for stamp in find_stamps(" ".join(line.split())):
        line = " ".join(line.split()).replace(stamp.raw, " ", 1)
    return not any(ch.isdigit() for ch in _DATE_PART.sub("", line)) and not _PRICE_MARK.search(line)


@lru_cache(maxsize=65536)
def _is_cell(line: str) -> bool:
    """A line that can be a table's cell: short, and a figure ("16:26" too), a rank ("1") or a label that is
    neither a sentence nor a widget line (a share bar's "Share", "Print", "Comments" is no header row)."""
    worded = any(ch.isalpha() for ch in line)
    return "\n" not in line and widgets.word_count(line) <= CELL_WORDS and (
        is_figures(line) or not (line.endswith((":", ".", "!", "?")) or worded and widgets.is_widget_line(line))
    )


def _is_figure_cell(line: str) -> bool:
    """Whether a table's cell copied as a line is a figure ("2,501.12", "+0.42%", "16:26", "13.4 MB (-81%)" with its
    unit), not a label. A name holding a figure is a label: a market table's "KOSPI 200", "S&P 500", "Nikkei 225",
    which ``is_figures`` reads as figures, broke its grid's column pattern where they stood in the column of index
    names, and the rows from there went as short lines. A figure opens its cell; a name opens with a word."""
    if not (line[:1].isdigit() or line[:1] in _FIGURE_OPENERS):
        return False  # most cells, told apart without splitting them
    words = [word for word in line.split() if word not in _DASHES]
    return bool(words) and _FIGURE.fullmatch(words[0]) is not None and is_figures(line)


def _grid(cells: list[bool], figures: list[bool], figure_cells: list[bool], start: int) -> tuple[int, int] | None:
    """(columns, rows) of a table copied a cell per line from ``start`` (a header row of labels counts), or None.

    ``cells`` says, per line, whether it can be a cell, ``figures`` whether it reads as figures (``is_figures``) and
    ``figure_cells`` whether, as a cell, it is a figure and no label (``_is_figure_cell``). A header holds no figures,
    not even inside a label (a story's "March 3, 2025 10:41" date line over its headline and byline is none). The rows
    must repeat one pattern of figure and label columns, with a figure in it (and a label too
    when there is no header: a run of bare numbers has no width to read), ``MIN_ROWS`` times after the
    row that sets it (the header, else the first row): two rows of menu labels and one figure can
    match by chance.
    """
    best = None
    for width in range(2, MAX_COLUMNS + 1):
        if start + width * 2 > len(cells) or not all(cells[start : start + width * 2]):
            break
        header = not any(figures[start : start + width])
        first = figure_cells[start + width : start + width * 2] if header else figure_cells[start : start + width]
        if not any(first) or (not header and all(first)):
            continue
        rows = 1 if header else 0
        while True:
            at = start + rows * width
            if at + width > len(cells) or not all(cells[at : at + width]) or figure_cells[at : at + width] != first:
                break
            rows += 1
        data_rows = rows - 1  # the header, or without one the first row, sets the pattern the others repeat
        if data_rows >= MIN_ROWS and (best is None or rows * width > best[0] * best[1]):
            best = (width, rows)
    return best
