"""A short tail under a soft run of lines closing on dates is not the story's (issue 12, dumpsE285).

Under the story's last paragraph a rail of other stories' cards, each a headline over its author and date
("by Rick Stoeckel (5/17/2007)" under "SUGGESTED READS" on McSweeney's), or a fields box closing on a date
(TechCrunch's Crunchbase box, "Launch Date: April 1, 1976") reads as a soft run (no widget line), and the short
region under it, a house blurb or a company's, was joined to the story. A soft run holding a line that ends in a date
leads out of the story when the region under it holds fewer than ``RESUMED_WORDS`` words and no two paragraphs open
it. Synthetic dumps in that shape.
"""
from extractors.clean.text import clean_text_dump

MENU = ["Home", "Humor", "Books", "Columns", "Store", "About"]
BODY = tuple(
    f"Paragraph {n} of the piece goes on about the office, the meetings and the coffee machine, which the "
    f"manager guards far more closely than anyone had expected, and about what {n} interns made of it later."
    for n in ("one", "two", "three", "four", "five", "six")
)
CARDS = ["SUGGESTED READS", "An HR Manager Responds to Alleged Infractions\nby Rick Stoeckel (5/17/2007)",
         "List: Things I Imagine My Boss Does When He Goes Home for the Night\nby Nick Pyle (5/4/2005)",
         "List: Things I Cannot Say to My Unpaid Interns\nby Amy Adoyzie (5/4/2005)",
         "RECENTLY", "Minutes from a Town Hall Meeting of My Anxieties\nby Sam Shelstad (7/2/2014)",
         "Testomania: What Does Your Birth Date Say About You?\nby Janet Manley (7/2/2014)",
         "A Prayer for the Sunburned\nby Matt McCarron (7/1/2014)",
         "POPULAR", "Client Feedback On the Creation of the Earth\nby Mike Lacher (5/30/2014)",
         "ARCHIVE |\tBROWSE BY AUTHOR |\tALL COLUMNS |\tLISTS"]
BLURB = ("As well as operating a daily humor website, we also publish a quarterly journal, a monthly magazine and "
         "an ever-growing selection of books under various imprints.")
FIELDS = ["Developing…", "Crunchbase",
          "APPLE\nCompany: Apple\nWebsite: apple.com\nLaunch Date: April 1, 1976\nIPO: NASDAQ:AAPL"]
COMPANY = ("Started by three friends in a garage, the company has expanded from computers to consumer electronics "
           "over the last thirty years, officially changing its name along the way.")
FOOT = ["→ Learn more", "STORE | iPAD & iPHONE APP | TWITTER | FACEBOOK | RSS", "Terms", "Privacy"]


def _paragraphs(box: list[str], tail: list[str]) -> list[str]:
    return clean_text_dump("\n\n".join([*MENU, "The Middle Manager's Oath", *BODY, *box, *tail, *FOOT])).paragraphs


def test_house_blurb_under_dated_cards_is_left_out():
    paragraphs = _paragraphs(CARDS, [BLURB])
    assert BODY[-1] in paragraphs
    assert BLURB not in paragraphs


def test_company_blurb_under_a_dated_fields_box_is_left_out():
    paragraphs = _paragraphs(FIELDS, [COMPANY])
    assert BODY[-1] in paragraphs
    assert COMPANY not in paragraphs


def test_story_resuming_with_paragraphs_under_dated_lines_is_kept():
    more = [f"The piece resumes with paragraph {n}, telling how the oath was read aloud at the all-hands meeting "
            f"and how the staff took it, some laughing, some taking notes for later." for n in ("seven", "eight")]
    paragraphs = _paragraphs(CARDS, more)
    assert more[0] in paragraphs
    assert more[1] in paragraphs
