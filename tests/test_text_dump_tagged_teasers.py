"""Issue 12, dumps89: a headline closed by a bracketed mark of what its story holds ("[VIDEO]", "(Gallery)") is a
teaser's link to another story set between a copied story's paragraphs, and leaves it; a sentence of the story
pointing at its own video, closed before the mark, stays.

The marks are ``extractors/clean/data/<language>/media_tags.txt`` entries, each seen on dev pages of two publishers
or more (named in the data file): 41 such lines on nine dev publishers, none in a reference.
"""
from __future__ import annotations

import pytest

from extractors.clean.text import _is_tagged_teaser
from tests.test_clean_text import clean_dump, paragraphs


def _story_with(line: str) -> str:
    story = paragraphs(6, "the harbour")
    return "\n\n".join(story[:3] + [line] + story[3:])


@pytest.mark.parametrize(
    "teaser",
    [
        "Terror por hundimiento de barco con personas a bordo en Putumayo [VIDEO]",  # Diario del Sur
        "Trump Gives Joe Biden a New Nickname and It's a Classic! (VIDEO)",  # The Gateway Pundit
        "Another set of Pixel 9a wallpapers leak with some new color combos [Gallery]",  # 9to5Google
    ],
)
def test_headline_closed_by_a_media_mark_inside_a_story_is_a_teaser(teaser):
    text = clean_dump(_story_with(teaser)).text
    assert "the harbour point 3" in text
    assert teaser not in text


@pytest.mark.parametrize(
    "line",
    [
        "The council filmed the whole meeting and posted it on its website on Friday. (VIDEO)",  # its own video
        "Shares of the harbour operator rose five percent on Friday (Reuters)",  # no mark of what a story holds
        "Harbour works delayed again [UPDATED]",
    ],
)
def test_sentence_closed_before_its_mark_or_other_brackets_are_no_tagged_teaser(line):
    assert not _is_tagged_teaser(line)


@pytest.mark.parametrize(
    "teaser",
    [
        "Destin-Nation USA: Voluntouring America (PHOTOS)",  # HuffPost's rail
        "Megan Fox, Jason Segel, Chris O'Dowd In A Pool (PHOTO)",  # HuffPost's rail
        "Gad Elmaleh : découvrez toutes les femmes qui ont craqué pour lui (PHOTOS)",  # Programme TV, between paragraphs
    ],
)
def test_headline_closed_by_a_photos_mark_inside_a_story_is_a_teaser(teaser):
    text = clean_dump(_story_with(teaser)).text
    assert "the harbour point 3" in text
    assert teaser not in text


def test_sentence_closed_before_a_photos_mark_stays():
    assert not _is_tagged_teaser("The council published pictures of the flooded harbour on Friday. (PHOTOS)")


@pytest.mark.parametrize(
    "teaser",
    [
        # Super Express (se-sport, se-lodz) and Radio Kielce, in Polish (dumpsL278)
        "Huragan Krzysztof Piątek szaleje w Turcji. Tak reprezentant Polski idzie po strzelecką koronę [WIDEO]",
        "Sfora dzikich psów zagraża mieszkańcom Łódzkiego! Marszałkini nie wyraziła zgody na odstrzał [WIDEO, ZDJĘCIA]",
        "Kibice powitali piłkarzy Korony [ZDJĘCIA]",
    ],
)
def test_polish_headline_closed_by_a_video_or_photos_mark_is_a_teaser(teaser):
    text = clean_dump(_story_with(teaser)).text
    assert "the harbour point 3" in text
    assert teaser not in text

