"""Issue 12, dumpsP276: a photo caption the copy puts on the line under its credit, glued to the next paragraph (no
blank line sets it apart), is a caption, not a paragraph of the story. Shapes from dev dumps (Spektrum, Der
Standard, the HuffPost), the story's paragraphs written for the test."""
from __future__ import annotations

from extractors.clean.text_regions import captions_under_credits
from tests.test_clean_text import clean_dump

STORY = [
    ("Sanja Turković came to Austria in 1992 and spent fourteen years stacking shelves before the city hired her to "
    "plan its first park for every generation, a project she still visits. She goes every week. She says it keeps her honest."),
    ("The council in Mödling had asked for a playground, but she drew benches, paths and exercise stations for old and "
    "young alike, and the plan won the vote after a long debate. The town hall was full. Nobody left early."),
    ("Building started in the spring, and by the autumn the first families were using the park, which the town now "
    "shows to visiting delegations from other cities as an example. It is planning for everyone. Visitors agree."),
    ("Her diploma was recognised quickly, she says, but finding clients as a newcomer without a network was the real "
    "challenge, and she took on small gardens for years before the first public contract. That came much later. She was ready for it."),
    ("Today her office employs four people, and she speaks at schools about how public spaces can bring neighbours "
    "together who would otherwise never meet, whatever their age. Or where they come from. She means it."),
    ("She hopes the next project, a square by the railway station, will open before the end of the decade, though the "
    "budget has not yet been approved by the regional government in St. Pölten."),
]


def spaced_copy(blocks: list[str]) -> str:
    """A browser's copy: each block is a paragraph followed by a blank line, or a run of lines with none between."""
    return "\n\n".join(blocks)


def test_caption_under_its_credit_inside_a_story_is_no_paragraph():
    """The captions go; a story's paragraph under a picture with no caption has a blank line under it, and stays."""
    story = STORY
    caption = "Spielstationen für Menschen jeden Alters auf dem Generationenspielplatz in Mödling."
    second = ("Panic buying caused the emptying of Singapore's supermarket shelves, but assurances by officials have "
              "helped ease some of the hoarding.")
    under = "The harbour master said the new quay would open to ferries in the spring, weather permitting."
    text = spaced_copy(["Menu", "Parks for everyone", *story[:2], f"foto: steppan alexander\n{caption}\n{story[2]}",
                        *story[3:4], f"Edgar Su/Reuters\n{second}\n{story[4]}", f"Photo: Jane Doe\n{under}",
                        *story[5:]])
    out = clean_dump(text).text
    assert caption not in out and second not in out
    assert under in out
    assert all(para in out for para in story)


def test_question_title_case_line_or_label_under_a_credit_is_no_caption():
    lines = ["A paragraph of the story that closes a sentence and runs on for a while to read as prose here.",
             "Photo: Nathaniel Wood", "Is TV just a better medium than movies for what you believe stories do best?",
             "He answered at length.",
             "Image Source: Patrick Cline", "Settling For Lackluster Hand-Me-Downs From Your Family", "He said so.",
             "Credit: Riot Games", "ADD TO CART: US$25 League of Legends Gift Card for NA server", "It is done."]
    spaced = frozenset(lines) - {lines[2], lines[5], lines[8]}
    assert captions_under_credits(lines, spaced) == frozenset()


def test_copy_with_no_blank_line_tells_no_caption():
    lines = ["A paragraph of the story that closes a sentence and runs on for a while to read as prose here.",
             "foto: steppan alexander",
             "Spielstationen für Menschen jeden Alters auf dem Generationenspielplatz in Mödling.",
             "Another paragraph of the story."]
    assert captions_under_credits(lines, None) == frozenset()
