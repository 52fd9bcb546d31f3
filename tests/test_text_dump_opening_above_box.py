"""A story's opening paragraphs cut off by a box set inside the story join the story's region, however short
(issue 12, dumpsS281).

A gallery ("+8", "View gallery", "Copy link to paste in your message", a caption, per photo: the Daily Mail) or a
video player and a newsletter box (the Financial Post) between a story's first paragraphs and the rest make two
regions; the upper one, under ``RESUMED_WORDS`` words, was never taken back, and the story lost its opening. It joins
when it closes with two paragraphs in a row, the box holds a widget line and no date, and the story opens with two
paragraphs under the box. An author's one-paragraph blurb above such a box stays out. Synthetic dumps in that shape.
"""
from extractors.clean.text import clean_text_dump

MENU = ["Home", "News", "Sport", "Showbiz", "Money", "Travel", "Science", "Opinion"]
OPENING = (
    ("The song contest is normally a homage to glitter, glamour and high camp, but this year it was very much "
     "about the politics of the region."),
    ("A crowd gathered outside the venue in the city, chanted slogans and demanded the singer's expulsion from "
     "the competition over the war."),
)
BODY = tuple(
    f"Paragraph {n} of the story goes on about the vote, the judges and the public, who gave the singer far more "
    f"points than anyone had expected on the night, and about what {n} politicians made of it the day after."
    for n in ("one", "two", "three", "four", "five", "six")
)
GALLERY = [line for caption in ("The singer poses at the start of the final", "The singer performs on stage",
                                "Fans wave flags in the hall before the show")
           for line in ("+8", "View gallery", "Copy link to paste in your message", caption)]


def _dump(above: list[str]) -> str:
    return "\n\n".join([*MENU, "Comment: the vote says it all", "By A. Writer", *above, *GALLERY, *BODY,
                        "Share or comment on this article", "Most watched", "Terms", "Privacy", "Contact"])


def test_opening_paragraphs_above_a_gallery_join_the_story():
    paragraphs = clean_text_dump(_dump(list(OPENING))).paragraphs
    assert OPENING[0] in paragraphs
    assert OPENING[1] in paragraphs
    assert BODY[0] in paragraphs


def test_one_paragraph_blurb_above_a_gallery_stays_out():
    blurb = ("The writer joined the team in 2014 and writes about music, television and the politics of the song "
             "contest, which she has covered for ten years.")
    paragraphs = clean_text_dump(_dump([blurb])).paragraphs
    assert blurb not in paragraphs
    assert BODY[0] in paragraphs
