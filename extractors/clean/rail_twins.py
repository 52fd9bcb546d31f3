"""Teasers a text dump prints inside the story and again in a rail of other headlines elsewhere on the page.

A site sets a teaser (its headline, often over an excerpt) between or under the story's paragraphs, and the same
headline comes again in a box of teasers above or under the story. On the dev dumps: tagesschau's "Vor dem
Ukraine-Gipfel in London Jetzt sind die Europäer am Zug", elDiario.es' "Albares defiende el embargo de armas a Israel
...", USA TODAY's "NAMM 2014: Use IK Multimedia's rings to make music", Haber7's, the Business Journals' photo teaser
"Agari, led by CEO ... more", Blister's "Deep Dive: Line Outline", Super Express' share prompt, UNN's date over its
latest-news list, Libération's headline repeated in its rail, The Intercept's series link, CryptoSlate's advertising
link (12 pages of 11 publishers up). The twin's neighbours tell a
teaser from a subheading: a story's subheading repeated in its table of contents stands among the other
subheadings, which the story holds too (heise, MDR, Tarnkappe, Macworld, Haki Benita's blog); a teaser's twin stands
among other teasers, none of them in the story. Lost with it: the Express live blog's entry headlines its rail of
latest entries repeats, and a field of an Animal-World fact sheet (two dev pages down).
"""
from __future__ import annotations

from collections import defaultdict

from extractors.clean import widgets
from extractors.clean.text_regions import is_code

#: A teaser runs this many words at least (a shorter line is a label, a name or a button: other rules judge those;
#: The Intercept's "Israel’s War on Gaza" and CryptoSlate's "Advertise with CryptoSlate" run three) and fewer than
#: ``PROSE_WORDS`` unless it closes no sentence.
TEASER_WORDS = 3
PROSE_WORDS = 12
#: How far from the twin its neighbours are read, and how many headline-shaped ones make a rail.
REACH = 3
RAIL_NEIGHBOURS = 2


def _headline_shaped(line: str) -> bool:
    words = widgets.word_count(line)
    return words >= TEASER_WORDS and "\n" not in line and not (
        words >= PROSE_WORDS and widgets.SENTENCE_END.search(line)
    ) and not is_code(line)


def rail_twins(lines: list[str], start: int, end: int, title: str | None) -> frozenset[int]:
    """Indexes of the region ``lines[start:end]``'s headline-shaped lines printed again outside the region, the twin
    standing among ``RAIL_NEIGHBOURS`` or more other headline-shaped lines within ``REACH`` lines and none of those in
    the region: a rail's teaser, not the story's subheading listed in its contents. The story's ``title`` printed
    again in a share or preview box (RIA Novosti's) is left to the headline rules."""
    at: dict[str, list[int]] = defaultdict(list)
    for index, line in enumerate(lines):
        at[line].append(index)
    region = set(lines[start:end])
    found = set()
    for index in range(start, end):
        line = lines[index]
        twins = [twin for twin in at[line] if not start <= twin < end]
        if not twins or len(twins) + 1 < len(at[line]) or line == title or not _headline_shaped(line):
            continue  # a line the story repeats is a caption's (``finish_paragraphs``)
        for twin in twins:
            near = [other for other in lines[max(0, twin - REACH) : twin] + lines[twin + 1 : twin + 1 + REACH]
                    if other != line and _headline_shaped(other)]
            if len(near) >= RAIL_NEIGHBOURS and not any(other in region for other in near):
                found.add(index)
                break
    return frozenset(found)


#: A doubled teaser's headline runs this many words (a shorter line printed twice is a label or a name: "Etlaq" on
#: Rest of World, a code listing's "new" on Dropbox's blog, both kept by their references).
DOUBLED_WORDS = (4, 25)
#: A kicker or breadcrumb before a card's headline runs this many words.
KICKER_WORDS = range(1, 5)


def doubled_teasers(lines: list[str], start: int, end: int) -> frozenset[int]:
    """Indexes of the region ``lines[start:end]``'s headline-shaped lines printed twice in a row (only blank lines
    between, which ``split_lines`` drops): a teaser card copied with its picture's alternative text and its link, or
    its headline and the link under it. The Hamburger Abendblatt's "Corona in Hamburg – die Bilanz des
    Bürgermeisters" three times over between two paragraphs, BR24's "Evangelische Kirche: Landeskirche will
    Missbrauch aufarbeiten" twice over the story's first paragraph; a story prints its subheading once. The first
    print may carry the card's kicker or a breadcrumb before it (``_after_kicker``): MDR's audio box "Audio Grüne
    kritisieren Aufstellung des Landeshaushalts" over "Grüne kritisieren Aufstellung des Landeshaushalts", the
    Berliner Zeitung's "Home Politik Einmalzahlung an Studenten verpufft: ..." over the headline alone. On the dev
    dumps no line of four words or more printed so is in a reference (23 kicker pairs on 13 pages)."""
    found = set()
    for index in range(max(start, 1), end):
        line = lines[index]
        if (line == lines[index - 1] or _after_kicker(lines[index - 1], line)) \
                and DOUBLED_WORDS[0] <= widgets.word_count(line) <= DOUBLED_WORDS[1] \
                and "\n" not in line and not widgets.SENTENCE_END.search(line):
            found.update({index - 1, index} & set(range(start, end)))
    return frozenset(found)


def _after_kicker(above: str, line: str) -> bool:
    """Whether ``above`` is ``line`` after a kicker of ``KICKER_WORDS`` words and a space."""
    return above.endswith(" " + line) and widgets.word_count(above[: -len(line)]) in KICKER_WORDS
