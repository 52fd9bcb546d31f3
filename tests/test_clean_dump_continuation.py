"""Issue 12, dumps15: where a copied story goes on past the furniture under it. A run of short lines under a rail
heading leads to the next stories a page loads unless paragraphs follow at once, a cookie dialog under an author box
is no part of the story, and a short line shaped like a wire dateline (a product's name in a shop box) anchors no
story."""
from __future__ import annotations

import pytest

from extractors.clean.text import _is_dateline
from tests.test_clean_text import clean_dump, paragraphs

MENU = ["Home", "World", "Business", "Economy", "Science", "Opinion", "Video"]


def test_next_stories_under_a_rail_heading_are_not_the_story_going_on():
    """Modern Diplomacy's shape: "You may like" over headlines, the last a question long enough to read as prose,
    then the next stories' headers and paragraphs, with no widget line in the run between. The next stories hold more
    than three times the story's prose, so the rail heading lies too high in the joined region to end it there
    (``COMMENTS_BELOW``)."""
    story = paragraphs(5, "Tariff")
    rail = ["You may like", "Potential Implications of the Transit Agreement", "The Evolving Threat of Militias",
            "Negative economic trends prevail in the Baltic", "Economics as a Weapon of War and Beyond",
            "Formulation and Priorities of the Outlook",
            "Why should the world's big players be concerned about the new charm offensive of the party?"]
    next_story = ["Economy", "Implications of the Transit Agreement", "Published", "44 mins ago", "Mufassir Rashid",
                  *paragraphs(20, "Transit")]
    text = clean_dump("\n".join([*MENU, "How tariffs reach the shops", *story, *rail, *next_story])).text
    assert text.split("\n\n") == story


def test_story_goes_on_after_a_headline_box_under_a_rail_heading():
    """Global News's shape: "More on World" over headlines set inside the story, its paragraphs going on under them."""
    first, rest = paragraphs(5, "Strike"), paragraphs(5, "Rescue")
    box = ["More on World", "Allies condemn settlement expansion", "Deal imminent to reopen the strait",
           "Coal mine explosion kills dozens", "Hiker dead after fall on the trail", "Outbreak spreading rapidly"]
    text = clean_dump("\n".join([*MENU, "Missiles hit the capital overnight", *first, *box, *rest])).text
    assert text.split("\n\n") == first + rest


FORBES_DIALOG = [
    "Cookies on Forbes",
    "YOUR CHOICES REGARDING COOKIES ON THIS SITE",
    ('Please choose whether this site may use cookies or related technologies such as web beacons, pixel tags, and '
     'Flash objects ("Cookies") as described below. You can learn more about how this site uses cookies and related '
     'technologies by reading our privacy policy linked to below. Your choices on this site will be applied globally. '
     'This means that your settings will be available on other sites that set your choices globally. You can change '
     'your mind and revisit your preferences at any time by accessing the "Cookie on Forbes" button on the left side '
     'of this site.'),
    "While we need to use required cookies to make our site work, we won't set optional cookies unless you enable them.",
    "WE AND OUR PARTNERS",
    ("We and our partners: process personal data such as IP Address, Unique ID, browsing data for: Store and/or access "
     "information on a device | Personalised ads, ad measurement, and audience insights | Personalised content, and "
     "content measurement | Develop and improve products | Use precise geolocation data | Actively scan device "
     "characteristics for identification."),
    "Accept All Choose Cookies",
]


def test_cookie_dialog_under_the_author_box_does_not_continue_the_story():
    """Forbes's shape: the author's box, "Print" and a teaser, then a consent dialog whose heading no list names: its
    sentences read as two paragraphs of prose after a short box, as a story resuming would."""
    story = paragraphs(8, "Hiring")
    author_box = ["George Anders", "I write about innovation, careers and unforgettable personalities.",
                  "Editorial Standards", "Print", "Reprints & Permissions", "Victim dies after the shooting"]
    text = clean_dump("\n".join([*MENU, "Veteran joins the start-up as COO", *story, *author_box,
                                 *FORBES_DIALOG, "Privacy Statement"])).text
    assert text.split("\n\n") == story


def test_story_resumes_after_a_short_box_when_no_dialog_follows():
    """The same box over the story's own paragraphs: the story goes on (``_resumes_after_box``)."""
    first, rest = paragraphs(4, "Hiring"), paragraphs(5, "Sales")
    box = ["Most Read", "Storm damages the school roof", "Library opens on Main Street", "Print",
           "Reprints & Permissions", "Victim dies after the shooting"]
    text = clean_dump("\n".join([*MENU, "Veteran joins the start-up as COO", *first, *box, *rest])).text
    assert text.split("\n\n") == first + rest


@pytest.mark.parametrize(
    "line",
    [
        "Nintendo Switch (OLED Model) - White",  # Video Games Chronicle's shop box
        "PREVIOUS (left) – current (right) renderings of Fulton Bond by KPF and ParkFowler Plus",  # Chicago YIMBY
    ],
)
def test_short_line_shaped_like_a_dateline_is_none(line):
    assert not _is_dateline(line)


def test_wire_dateline_opening_the_first_paragraph_is_one():
    assert _is_dateline("INDIANAPOLIS (AP) — A messy state budget deal gained the endorsement of Indiana Gov. Eric "
                        "Holcomb on Friday, days after lawmakers adjourned.")


def test_product_name_in_a_shop_box_under_the_story_does_not_anchor_it():
    """Video Games Chronicle's shape: the story under its header, then the author box and a shop box whose product
    name reads like "CITY (Agency) - ...": anchored there, the story was the furniture under the box."""
    story = paragraphs(6, "Edition")
    below = ["Chris Scullion Deputy editor", "Nintendo Switch (OLED Model) - White", "£279£309.99$349",
             "Popular Now on VGC", "1", "Loremaster says he quit after ‘waiting 11 years to be the lead on the next game’",
             "2", "Valve rewrote the store's rules", "3", "Capcom's next remake revealed", "4"]
    text = clean_dump("\n".join([*MENU, "The game gets a new edition", "12th Sep 2025 / 2:19 pm", *story,
                                 *below])).text
    assert text.split("\n\n") == story
