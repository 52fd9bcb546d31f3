"""A text dump's headline by the words it shares with the story (issue 12, dumpsT323).

``text._headline`` takes the last headline-shaped line over the story's region (the last one over a date or byline
first). On a copied page the lines between the headline and the story are often furniture of the same shape: the
author's name and role ("Andy Walker / Android Authority", "Jim Walsh Cherry Hill Courier-Post", "Halah Touryalai
Forbes Staff", "Herdi Alif Al Hikam - detikFinance", "Do UOL, em São Paulo"), a tool bar ("Envoyer par e-mail" on
Actu-Environnement, "vorlesen Druckansicht Kommentare lesen" on heise, "Partager la brève" on ozap, "Segui FQ su" on
il Fatto Quotidiano), a notice ("This is a BETA experience. You may opt-out by clicking here" on Forbes, "Sign up to
FREE email alerts from Mirror - football"), a stamp the date reader does not read ("03 May 2025 4" on the Daily
Maverick, "vor 3 Stundenvor 3 Stunden" on DW) or a rail's teaser (Engadget, TechCrunch, The Onion). A headline tells
the story's subject in the story's words; such furniture shares few words with the story. So when the picked line
shares less than ``PICK_STORY_SHARE`` of its words with the story's opening, the last of the
``STORY_TITLE_CANDIDATES`` last candidates that shares ``TITLE_STORY_SHARE`` of its words or more with it is the
headline instead. Words are ``\\w+`` runs of ``STORY_WORD_LETTERS`` letters or more (no figures), Han, kana and
Hangul runs as their two-character pieces.

The same test reads the region's opening line (``opening_headline``): a headline the region opens on that the body
rules then dropped or kept as a paragraph too long or too closed for the first-paragraph check (antyweb's "... W
końcu…", Redstate's 19 words ending "?'", Repubblica's and il Fatto Quotidiano's headlines of two sentences, BE-PAL's,
haber7's, Telepinar's), while the title came from a menu or notice above the region ("California - CCPA Notice", "EU
Customer Service" on Time, "Codice sconto Luisa Via Roma").

``header_headline`` (round dumpsT326) reads the header's shape instead: a pick under the header's byline and date
(a notice, a toolbar, a count, a caption) yields to the headline over its dek above them.

Round dumpsT336: a long headline closed by a quote or a bracket with no full stop inside is still a headline
(``is_closed_headline``); a kicker glued to the headline after a closing "!" or quote is cut (``unglued_kicker``);
with no byline or date in the header, the headline over its dek beats furniture picked under it
(``_unmarked_dek_headline``); the header's headline over its byline or date stays the title when the story's first
paragraph is set apart like a headline (``header_title_stands``).

Round dumpsT344: a kicker glued to the headline with a space goes when a line near the pick prints the headline set
off its kicker by a colon or a dash (``spaced_kicker``).

Round dumpsT345: a pick printed right over a photo credit, or a byline's job title, is no headline; the headline over
it is the title (``captioned_pick``). So is the headline right over a share bar above the pick
(``share_bar_headline``).

Round dumpsT353: a headline closed by ")" with no full stop before it is a title candidate too ("... (and us)" on The
Verge, "Kein Cyberterrorismus (diesmal)" on pbrunst; ``text.clean_text_dump`` asks ``is_closed_headline``), and
"analyst" and "founder" are byline roles, so such a job title picked as the title yields (``captioned_pick``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractors.clean import widgets
from extractors.clean.dump_bylines import is_role_line

#: How many of the last title candidates over the story are read for the headline (``story_headline``).
STORY_TITLE_CANDIDATES = 3
#: Share of a candidate's words the story's opening holds for it to be the headline ...
TITLE_STORY_SHARE = 0.5
#: ... when the picked line holds less than this share of its words in the story's opening.
PICK_STORY_SHARE = 0.3
#: A picked line sharing more is left for one of the ``LEAD_CANDIDATES`` last candidates of ``LEAD_WORDS`` words or
#: more whose share leads its own by ``STORY_SHARE_LEAD``: a name, a place or a comment count that happens to share a
#: word or two with the story ("Jonathan Harding Houston" on DW, "75 with 51 posters participating" on Ars Technica).
STORY_SHARE_LEAD = 0.5
LEAD_CANDIDATES = 2
LEAD_WORDS = 3
#: Share of the region's opening line's words the story under it holds for the line to be the headline.
OPENING_STORY_SHARE = 0.7
#: The longest opening line taken as the headline, in words.
OPENING_HEADLINE_WORDS = 30
#: How many characters of the story's opening are read for its words.
STORY_OPENING_CHARS = 3000
#: How many lines above the header's last byline or date line the headline over its dek is looked for
#: (``header_headline``) ...
HEADER_REACH = 10
#: A run of this many widget lines or more in a row is a share bar (``share_bar_headline``).
SHARE_BAR_LINES = 3
#: ... the dek under it holding this many times its words ...
DEK_RATIO = 1.5
#: ... and this many more.
DEK_MORE_WORDS = 3
#: With no dek under it, the headline is the first candidate within this many lines over the header's marks (the
#: first of its last run of marks, each within ``MARK_GAP`` lines of the next) ...
NEAR_REACH = 3
MARK_GAP = 2
#: ... of this many words of letters at least (no menu's "« Vorige | Nächste »" or place and date line).
NEAR_WORDS = 5
#: The shortest word counted outside Han, kana and Hangul runs.
STORY_WORD_LETTERS = 4
#: With no byline or date line in the header, how many lines over the pick the headline over its dek is looked for
#: (``_unmarked_dek_headline``) ...
UNMARKED_REACH = 10
#: ... a headline of this many words of letters at least (no place line, "12/22/2023 football Edit" or menu label).
UNMARKED_WORDS = 6
#: The most words of letters a kicker glued to the headline holds (``unglued_kicker``) ...
GLUED_KICKER_WORDS = 6
#: ... and the fewest the headline after it holds.
GLUED_HEADLINE_WORDS = 3

_WORD = re.compile(r"\w+")
_CLOCK = re.compile(r"\d:\d\d")
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_CJK = re.compile(r"[\u3040-\u9fff\uac00-\ud7af]")
#: The quotes and brackets a headline may close on.
_CLOSERS = "\"'”’“)]」』）»«"
#: What closes a sentence.
_FULL_STOPS = (".", "!", "?", "。", "！", "？", "…", "।", "॥", "؟", "۔")
#: A closing "!", "?" or quote glued to the next word: a kicker's end ("Wow, wow, wow!Manuela Reimann: ...").
_GLUE = re.compile(r"(?<=[^\W\d_])(?:[!?…]+[\"”»“]?|[\"”»“])(?=[^\W\d_])")
#: A kicker set off the headline by a colon or a dash (``spaced_kicker``).
_KICKER_MARK = re.compile(r"\s*[:：]\s+|\s+[–—-]\s+")


#: How many texts' words ``story_words`` keeps: a dump's title rules read the same story opening and candidates again.
STORY_WORDS_CACHE = 1024


@lru_cache(maxsize=STORY_WORDS_CACHE)
def story_words(text: str) -> frozenset[str]:
    """The words ``story_headline`` compares: case-folded, ``STORY_WORD_LETTERS`` letters or more, no figures; a run
    holding Han, kana or Hangul as its two-character pieces (no spaces split those words).

    Cached (the set is frozen): a dump's title rules (``story_headline``, ``opening_headline``, ``header_headline``
    and the rest) each read the words of the same ``STORY_OPENING_CHARS`` of the story and of the same candidates;
    over the 1373 corpus dumps 9636 calls read 4944 distinct texts (0.72 -> 0.43 s CPU replayed in call order)."""
    words: set[str] = set()
    for word in _WORD.findall(text.casefold()):
        if _CJK.search(word):
            words.update(word[i : i + 2] for i in range(len(word) - 1))
        elif len(word) >= STORY_WORD_LETTERS and not word.isdigit():
            words.add(word)
    return frozenset(words)


def story_share(line: str, story: frozenset[str]) -> float:
    """The share of ``line``'s words (``story_words``) that the story's words hold; 0 for a line of none."""
    words = story_words(line)
    return len(words & story) / len(words) if words else 0.0


def story_headline(candidates: list[str], picked: str | None, story_text: str) -> str | None:
    """``picked``, or the candidate nearest the story sharing its words with it when ``picked`` shares few (see the
    module docstring), or one of the last two sharing far more (``STORY_SHARE_LEAD``); ``candidates`` are the title
    candidates over the story, in page order."""
    if not candidates:
        return picked
    story = story_words(story_text[:STORY_OPENING_CHARS])
    if not story:
        return picked
    if picked is not None and (share := story_share(picked, story)) >= PICK_STORY_SHARE:
        better = [line for line in candidates[-LEAD_CANDIDATES:] if line != picked
                  and len(story_words(line)) >= LEAD_WORDS and story_share(line, story) >= share + STORY_SHARE_LEAD]
        return better[-1] if better else picked
    sharing = [line for line in candidates[-STORY_TITLE_CANDIDATES:] if story_share(line, story) >= TITLE_STORY_SHARE]
    return sharing[-1] if sharing else picked


def opening_headline(title: str | None, opening: str, story_text: str) -> str | None:
    """The region's opening line ``opening`` instead of ``title`` when ``title`` shares less than
    ``PICK_STORY_SHARE`` of its words with the story under that line (``story_text``) and ``opening`` shares
    ``OPENING_STORY_SHARE`` or more; the caller asks that ``opening`` be no byline, widget, date or caption line and
    hold 3 to ``OPENING_HEADLINE_WORDS`` words, not closed by a full stop (a lede or a notice)."""
    story = story_words(story_text[:STORY_OPENING_CHARS])
    if not story or title is not None and story_share(title, story) >= PICK_STORY_SHARE:
        return title
    return opening if story_share(opening, story) >= OPENING_STORY_SHARE else title



def header_headline(title: str | None, lines: list[str], candidates: list[str], marks: list[int], head_end: int,
                    story_text: str) -> str | None:
    """``_header_headline``'s title, a caption's headline for a caption (``captioned_pick``), a kicker glued to its
    opening cut (``unglued_kicker``, ``spaced_kicker``)."""
    title = _header_headline(title, lines, candidates, marks, head_end, story_text)
    title = captioned_pick(title, lines, candidates, head_end, story_text)
    title = unglued_kicker(share_bar_headline(title, lines, candidates, head_end, story_text))
    return spaced_kicker(title, lines, head_end)


def _header_headline(title: str | None, lines: list[str], candidates: list[str], marks: list[int], head_end: int,
                     story_text: str) -> str | None:
    """The headline over its dek in the story's header, when ``title`` was picked under the header (round dumpsT326).

    A copied page prints its header as headline, dek (a longer line, often a sentence), then the byline and date,
    and between those and the story its furniture: a notice ("Esta funcionalidad es sólo para suscriptores" on ABC,
    "Sign up to FREE email alerts from Mirror - football", "Sign UpNo thanks, close" on the Daily Star), a toolbar
    ("Partage désactivé Envoyer par e-mail" on Le Monde), a count ("132 with 73 posters participating" on Ars
    Technica, "2 hours 17 minutes" on Variety), a caption (Canada.com's, Dilei's), an appeal ("Support our work" on
    Aeon, "Help us make scientific knowledge accessible to all" on Knowable), a rail's "end of list" (Al Jazeera).
    When the picked line stands under the header's last byline or date line (``marks``: the indices of the lines
    read as a stamp, a byline or a dated line above the story), the last candidate within ``HEADER_REACH`` lines
    above that mark whose next line is a dek (``DEK_RATIO`` times its words and ``DEK_MORE_WORDS`` more) and that
    shares ``PICK_STORY_SHARE`` of its words with the story is the headline. The dek right under a kicker is no
    headline's: a pick printed right under the candidate is left (CryptoSlate's "Now reading Article" over it).
    With no such dek (one as long as the headline, or a byline right under it), the first candidate within
    ``NEAR_REACH`` lines over the header's marks, of ``NEAR_WORDS`` words of letters or more, sharing
    ``TITLE_STORY_SHARE`` of its words with the story, is the headline: the Telegraph's, Engadget's, GSMArena's,
    Indiatimes', Macworld's, RIA's, the Ruhr Nachrichten's headline over its byline and date, under which a
    caption, "Get more info", "Week in review", a recipe's last ingredient, a contents list's last entry, a rail's
    last teaser or "In Merkliste übernehmen" was the pick. A pick printed once right over a byline or date line
    that is the dek under a headline (``_is_dek_of``) yields to that headline.
    """
    if title is None:
        return title
    picked = [index for index in range(head_end) if lines[index] == title]
    if picked and picked[-1] > 0 and _is_kicked_repeat(lines[picked[-1] - 1], title, set(candidates)):
        return lines[picked[-1] - 1]  # the pick repeats the headline right over it behind a kicker
    story = story_words(story_text[:STORY_OPENING_CHARS])
    if not picked or not story:
        return title
    if not marks:
        return _unmarked_dek_headline(title, lines, set(candidates), picked[-1], story)
    shaped = set(candidates)
    if len(picked) == 1 and picked[0] + 1 in marks and picked[0] > 0 \
            and _is_dek_of(lines[picked[0] - 1], title, shaped, story):
        return lines[picked[0] - 1]  # the pick, printed once right over the byline or date, is the headline's dek
    if picked[-1] < marks[-1]:
        return title
    for index in range(marks[-1] - 1, max(0, marks[-1] - HEADER_REACH) - 1, -1):
        line = lines[index]
        if line not in shaped or index + 1 >= head_end or (dek := lines[index + 1]) == title:
            continue
        words, dek_words = len(line.split()), len(dek.split())
        if dek_words >= words * DEK_RATIO and dek_words >= words + DEK_MORE_WORDS \
                and story_share(line, story) >= PICK_STORY_SHARE:
            return line
    # no dek: the first candidate of whole words sharing the story's words right over the header's marks
    top = len(marks) - 1
    while top > 0 and marks[top] - marks[top - 1] <= MARK_GAP:
        top -= 1
    near = [index for index in range(max(0, marks[top] - NEAR_REACH), marks[top])
            if lines[index] in shaped and lines[index] != title and story_share(lines[index], story) >= TITLE_STORY_SHARE
            and len(_NOT_LETTERS.sub(" ", lines[index]).split()) >= NEAR_WORDS]
    return lines[near[0]] if near else title



def captioned_pick(title: str | None, lines: list[str], candidates: list[str], head_end: int,
                   story_text: str) -> str | None:
    """``title``, or the headline over it when ``title`` is printed right over a photo credit (``widgets.is_credit_line``):
    the line is then the lead photo's caption or a tag line under it, not the headline. The nearest candidate within
    ``HEADER_REACH`` lines over the pick holding ``NEAR_WORDS`` words of letters or more and sharing
    ``TITLE_STORY_SHARE`` of its words with the story is the headline: heise's "SAP plant Stellenabbau in Deutschland"
    over "(Bild: josefkubes/Shutterstock.com)", El Sol de San Juan del Río's "Buscan mejorar la producción ..." over
    "Foto: Luis Luévanos | El Sol de San Juan del Río", Engadget's "In this article: gear, github, ..." over "Chesnot
    via Getty Images", Time's "Topics: Crack, damage, ..." over "Mandel Ngan / AFP / Getty Images" (round dumpsT345).
    A headline over its photo's credit with no such candidate over it stays (the RIA's, Environment+Energy Leader's;
    a menu's "Products and services" is too short).

    So does a pick that is a byline's job title (``dump_bylines.is_role_line``): BuzzFeed's "BuzzFeed News Reporter"
    under each writer's name, SFGate's "Carolyn Said, Chronicle Staff Writer"."""
    if title is None:
        return title
    at = [index for index in range(min(head_end, len(lines))) if lines[index] == title]
    if not at or not (is_role_line(title) or at[-1] + 1 < len(lines) and widgets.is_credit_line(lines[at[-1] + 1])):
        return title
    story = story_words(story_text[:STORY_OPENING_CHARS])
    shaped = set(candidates)
    for index in range(at[-1] - 1, max(0, at[-1] - HEADER_REACH) - 1, -1):
        line = lines[index]
        if line in shaped and line != title and len(_NOT_LETTERS.sub(" ", line).split()) >= NEAR_WORDS \
                and story_share(line, story) >= TITLE_STORY_SHARE:
            return line
    return title


def share_bar_headline(title: str | None, lines: list[str], candidates: list[str], head_end: int,
                       story_text: str) -> str | None:
    """The candidate right over the nearest share bar (``SHARE_BAR_LINES`` widget lines or more in a row) within
    ``HEADER_REACH`` lines over the pick ``title``, when it holds ``NEAR_WORDS`` words of letters or more and shares
    ``TITLE_STORY_SHARE`` of its words with the story: a page prints its share bar under its headline, and what stands
    under the bar is a video's title or a source line ("Share" / "Tweet" / "Reddit" / "Flipboard" / "Email" under
    CBS News' headline over the video's "Racial Profiling 2.0" and "Two women die after car rolls off ferry"; "Share
    this" / "Facebook" / "Twitter" / "WhatsApp" / "Email" / "Print" under the St. Louis Post-Dispatch's headline over
    "From staff reports") (round dumpsT345). Only the nearest bar is read."""
    if title is None:
        return title
    at = [index for index in range(min(head_end, len(lines))) if lines[index] == title]
    if not at:
        return title
    index = at[-1] - 1
    while index > max(0, at[-1] - HEADER_REACH - 1):
        if not widgets.is_widget_line(lines[index]):
            index -= 1
            continue
        first = index
        while first > 0 and widgets.is_widget_line(lines[first - 1]):
            first -= 1
        if index - first + 1 < SHARE_BAR_LINES or first == 0:
            index = first - 1
            continue
        headline = lines[first - 1]
        if headline in set(candidates) and headline != title \
                and len(_NOT_LETTERS.sub(" ", headline).split()) >= NEAR_WORDS \
                and story_share(headline, story_words(story_text[:STORY_OPENING_CHARS])) >= TITLE_STORY_SHARE:
            return headline
        return title
    return title


def _is_kicked_repeat(headline: str, pick: str, shaped: set[str]) -> bool:
    """``pick`` prints ``headline``, the candidate right over it, again behind a kicker or with other marks: its
    words of letters end with ``headline``'s, ``NEAR_WORDS`` of them or more (sportschau's "Premier League
    Rückschlag im Titelkampf - Liverpool verliert bei Everton" under "Rückschlag im Titelkampf - Liverpool verliert
    bei Everton", Vosges Matin's "Frain Incendie dans une maison : cinq personnes relogées", hessenschau's headline
    printed again without its colon). The headline the page set first is the title (round dumpsT334)."""
    if headline not in shaped or headline == pick:
        return False
    words = _NOT_LETTERS.sub(" ", headline).casefold().split()
    pick_words = _NOT_LETTERS.sub(" ", pick).casefold().split()
    return len(words) >= NEAR_WORDS and pick_words[len(pick_words) - len(words):] == words


def _is_dek_of(headline: str, dek: str, shaped: set[str], story: frozenset[str]) -> bool:
    """``dek``, picked right over the header's byline or date, is the dek under ``headline`` (``header_headline``): a
    candidate of ``NEAR_WORDS`` words of letters or more, no clock and no kicker's closing colon, sharing ``OPENING_STORY_SHARE`` of its words
    with the story, over a line of ``DEK_RATIO`` times its words and ``DEK_MORE_WORDS`` more ("Progress, stagnation,
    and flying cars" over "A review of Where Is My Flying Car? by J. Storrs Hall" on Roots of Progress, The Daily
    World's "Roundup: ..." over "Also: ...", O Tempo's, Chicago YIMBY's)."""
    words, dek_words = len(headline.split()), len(dek.split())
    return headline in shaped and dek_words >= words * DEK_RATIO and dek_words >= words + DEK_MORE_WORDS \
        and len(_NOT_LETTERS.sub(" ", headline).split()) >= NEAR_WORDS and not _CLOCK.search(headline) \
        and not headline.rstrip().endswith((":", "：")) \
        and story_share(headline, story) >= OPENING_STORY_SHARE


def _unmarked_dek_headline(title: str, lines: list[str], shaped: set[str], at: int, story: frozenset[str]) -> str:
    """With no byline or date read in the header, the pick ``title`` (printed last at ``at``) yields to the nearest
    candidate within ``UNMARKED_REACH`` lines over it that stands over its dek (``DEK_RATIO`` times its words and
    ``DEK_MORE_WORDS`` more, not the pick), holds ``UNMARKED_WORDS`` words of letters or more and shares
    ``TITLE_STORY_SHARE`` of its words with the story, more than the pick does: El Sol de Mazatlán's "Galo Ramírez |
    El Sol de México", Canarias7's "Inicia sesión o Suscríbete" and the FT's dek under the headline over its dek,
    when the date line under them went unread (round dumpsT336)."""
    own = story_share(title, story)
    for index in range(at - 1, max(0, at - UNMARKED_REACH) - 1, -1):
        line = lines[index]
        if line not in shaped or (dek := lines[index + 1]) == title \
                or len(_NOT_LETTERS.sub(" ", line).split()) < UNMARKED_WORDS:
            continue
        words, dek_words = len(line.split()), len(dek.split())
        if dek_words >= words * DEK_RATIO and dek_words >= words + DEK_MORE_WORDS \
                and (share := story_share(line, story)) >= TITLE_STORY_SHARE and share > own:
            return line
    return title


def is_closed_headline(line: str) -> bool:
    """A line closed by a quote or a bracket with no full stop before it: a headline however long, not a sentence
    (``text._is_prose`` reads a line of 12 words or more closed by a quote as one). The Gateway Pundit's "... Suits
    “Let’s Move On, Enough is Enough”", Electrek's "... crumple zone [Gallery]", Le Monde's "... sur la « gravité de
    la situation dans le pays »", Yle's, the Times of India's and the Yomiuri Shimbun's headlines closed by a quote
    (round dumpsT336). A bracket holding a "/" is a photo credit closing a caption ("[Yuki Iwamura/AP]" on Al
    Jazeera). A line closed by ")" is one too (The Verge's "... an open internet (and us)", pbrunst's "Kein
    Cyberterrorismus (diesmal)"; round dumpsT353), unless a "/" credit closes it."""
    end = line.rstrip()
    body = end.rstrip(_CLOSERS + " ")
    if body == end or not body or body.endswith(_FULL_STOPS):
        return False
    opening = {"]": "[", ")": "("}.get(end[-1])
    return opening is None or "/" not in end[end.rfind(opening):]


def unglued_kicker(title: str | None) -> str | None:
    """``title`` without a kicker glued to it after a closing "!", "?" or quote, a lower-case letter before and an
    upper-case one after ("Wow, wow, wow!Manuela Reimann: Hochzeitsüberraschung in Bayern!" on Wunderweib, n-tv's
    "\"Es wird bald beginnen\"Trump spricht nach ..."): the kicker of ``GLUED_KICKER_WORDS`` words or fewer goes when
    ``GLUED_HEADLINE_WORDS`` words or more follow (round dumpsT336). Han, kana and Hangul have no case: "别笑！18人的"
    stays."""
    if title is None:
        return title
    for match in _GLUE.finditer(title):
        if title[match.start() - 1].islower() and title[match.end()].isupper() \
                and len(title[: match.end()].split()) <= GLUED_KICKER_WORDS:
            tail = title[match.end():]
            if len(tail.split()) >= GLUED_HEADLINE_WORDS:
                return tail
    return title


def spaced_kicker(title: str | None, lines: list[str], head_end: int) -> str | None:
    """``title`` without a kicker glued to it with a space, when a line within ``HEADER_REACH`` lines of the pick
    prints the headline after a kicker set off by a colon or a dash (``_KICKER_MARK``): the words after that mark, of
    ``GLUED_HEADLINE_WORDS`` or more, stand in the pick behind a kicker of ``GLUED_KICKER_WORDS`` words or fewer, and
    the pick from there on is the headline. n-tv's "Neue Leipziger Schule Judy Lybke, ganz und gar nicht eigenartig"
    under "Neue Leipziger Schule: Judy Lybke, ...", tagesschau's "Ukraine-Gipfel in London \"Koalition der Willigen\"
    formiert sich" under "Hilfe für die Ukraine: \"Koalition der Willigen\" formiert sich", stern's "Neuer Skandal um
    Vonovia Neue Rauchmelder spionieren Mieter aus – und ..." under "Vonovia-Skandal: Neue Rauchmelder spionieren Mieter
    aus" (round dumpsT344). A pick whose kicker has its own mark stays whole: the reference keeps "550 Kinder gezeugt:
    Gericht stoppt ..." (Berliner Zeitung), "Rückschlag im Titelkampf - Liverpool ..." (sportschau) and "Incendie dans
    une maison : ..." (Vosges Matin) over their twins."""
    if title is None:
        return title
    at = [index for index in range(min(head_end, len(lines))) if lines[index] == title]
    if not at:
        return title
    for index in range(max(0, at[-1] - HEADER_REACH), min(len(lines), at[-1] + HEADER_REACH + 1)):
        line = lines[index]
        if line == title or not (mark := _KICKER_MARK.search(line)) \
                or len(line[: mark.start()].split()) > GLUED_KICKER_WORDS:
            continue
        headline = line[mark.end():].strip()
        start = title.find(headline) if len(headline.split()) >= GLUED_HEADLINE_WORDS else -1
        if start > 0 and title[start - 1].isspace() and not _KICKER_MARK.search(title[:start]) \
                and 0 < len(_NOT_LETTERS.sub(" ", title[:start]).split()) <= GLUED_KICKER_WORDS:
            return title[start:]
    return title


def header_title_stands(title: str | None, lines: list[str], marks: list[int], head_end: int, story_text: str) -> bool:
    """The header's headline ``title`` stays the title, rather than the story's first paragraph set apart like a
    headline (``text.clean_text_dump``), when it is printed over the header's last byline or date line, within
    ``HEADER_REACH`` lines of it, and shares ``PICK_STORY_SHARE`` of its words with the story: the first paragraph is
    then a caption ("Penindakan kendaraan ... (Jasa Marga)" on Kompas, NetEase's "... （来源：梨视频）"), a
    rail's headline (the New York Post's), a notice ("Czy ten artykuł był ciekawy? Podziel się nim!" on Portal
    Obronny and Super Express Łódź, Nikkan Gendai's "この記事の画像を見る(2枚)") or the lede (NFL.com's, the Times of
    India's, Malay Mail's) (round dumpsT336)."""
    if title is None or not marks:
        return False
    at = [index for index in range(head_end) if lines[index] == title]
    if not at or at[-1] >= marks[-1] or marks[-1] - at[-1] > HEADER_REACH:
        return False
    return story_share(title, story_words(story_text[:STORY_OPENING_CHARS])) >= PICK_STORY_SHARE


def doubled_headline(lines: list[str], at: int, story: frozenset[str]) -> bool:
    """The line at ``at``, which the dump repeats like a label, is the headline printed twice (the page's title line
    and its headline): printed again within ``HEADER_REACH`` lines, three words or more, sharing
    ``TITLE_STORY_SHARE`` of its words with the story (``story``: ``story_words`` of its opening) (round dumpsT345)."""
    line = lines[at]
    return widgets.word_count(line) >= 3 and story_share(line, story) >= TITLE_STORY_SHARE and any(
        lines[index] == line for index in range(max(0, at - HEADER_REACH), min(len(lines), at + HEADER_REACH + 1))
        if index != at)
