"""Issue 12: a copied story under its headline and date is the story, though another region holds more prose.

The dump cleaner takes the first region holding ``FIRST_SHARE`` of the biggest one's prose. A short story loses that
to a much bigger block further down (a wire ticker, a page of obituaries): both dev dumps scored 0. A region above
the chosen one, opened by a story's header (one full date next to a headline), wins when the chosen one has none
(``text_regions._headed_instead``). All pages are dev pages of the repo corpus.
"""
from __future__ import annotations

from extractors.clean import text as text_clean
from extractors.clean import text_regions
from tests.test_clean_text import clean_dump, copied_page


def test_a_short_story_under_its_headline_and_date_beats_a_bigger_block_below_it():
    """Il Fatto Quotidiano's story of 444 words under "20 Aprile 2026" and its headline comes before an Adnkronos wire
    ticker of 2,602 words; Baon's of 175 words under "lassú kilábalás 2020. 08. 18. 21:35" and its headline before a
    page of obituaries of 1,161. The story is kept and the bigger block left out."""
    body, dump = copied_page("ilfattoquotidiano_2026-04-20_bayern-monaco-campione-triplete__jmp")
    text = clean_dump(dump).text
    opening = "Il Bayern Monaco domenica ha battuto per 4 a 2 lo Stoccarda"
    assert opening in body and opening in text
    assert "(Adnkronos)" in dump and "(Adnkronos)" not in body
    assert "(Adnkronos)" not in text
    body, dump = copied_page("baon_2020-08-18_kronikus-faradtsag-koronavirus__hd3")
    text = clean_dump(dump).text
    assert body.split("\n\n")[0][:60] in text and body.split("\n\n")[-1][:60] in text
    assert "Mély fájdalommal tudatjuk" in dump and "Mély fájdalommal tudatjuk" not in text


def test_a_rail_of_dated_cards_heads_no_region():
    """Il Fatto's rail of sports cards above the wire ticker gives a headline and a full date per card ("23 Apr 2026"
    over "Chelsea nel caos: ..."): several dates, no one header, so the ticker under it is not headed; the story
    under its one date and headline is."""
    _, dump = copied_page("ilfattoquotidiano_2026-04-20_bayern-monaco-campione-triplete__jmp")
    lines = text_clean.split_lines(dump)
    found = text_regions.regions(lines)
    ticker = next(r for r in found if lines[r.start].startswith("(Adnkronos)"))
    story = next(r for r in found if lines[r.start].startswith("Il Bayern Monaco domenica"))
    assert sum(text_regions._is_dated(line) for line in lines[ticker.start - text_regions.HEADER_REACH : ticker.start]) > 1
    assert not text_regions._is_headed(lines, ticker)
    assert text_regions._is_headed(lines, story)
    assert ticker.prose > story.prose / text_regions.FIRST_SHARE
