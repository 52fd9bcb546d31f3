"""HTML cleaning rules learnt from misses on dev pages added with the newspaper3k, readability.php and
goose3 fixtures (issue 12): real text that was dropped, furniture that was kept.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``);
each behaviour also has a small synthetic page or line that shows the rule alone.
"""
from __future__ import annotations

import pytest

from extractors.clean import widgets
from extractors.clean.document import clean_html
from tests.clean_helpers import dev_page

STORY = "The council voted on Tuesday, after a long and heated debate, to fund the new bridge over the river."


def page(body: str) -> str:
    return f"<html lang='en'><head><title>Bridge vote</title></head><body>{body}</body></html>"


def story(n: int) -> str:
    return "".join(f"<p>{STORY} Detail {i}, with names and numbers.</p>" for i in range(n))


# --- a sentence that gives an e-mail address is prose ---------------------------------------------


def test_a_long_sentence_giving_an_email_address_is_prose():
    tip = ("Anyone who saw the crash is asked to call the county sheriff's office at 555-0100 "
           "or e-mail tips@county.example.org.")
    assert not widgets.is_widget_line(tip)


@pytest.mark.parametrize(
    "line",
    [
        "Get in touch at news@paper.example.com",  # ends on the address
        "Contact the author at jane.roe@paper.example.com.",  # a short contact footer
        "Do you have a story to tell? Email: desk@paper.example.com",
    ],
)
def test_contact_footers_with_an_email_address_stay_furniture(line):
    assert widgets.is_widget_line(line)


@pytest.mark.parametrize(
    ("case_id", "sentence"),
    [
        ("mlive_2014_police-release-surveillance-ph__n3k", "e-mail TIPS@a2gov.org."),
        ("iab_2015_lean-ads__moz", "please email adblocking@iab.com for more information."),
    ],
)
def test_sentences_with_an_email_address_stay_in_real_stories(case_id, sentence):
    expected, doc = dev_page(case_id)
    assert sentence in expected["body"]
    assert sentence in doc.text


# --- a class saying a block has no caption does not make it one -----------------------------------


def test_a_block_classed_as_having_no_caption_is_not_a_caption():
    lead = "The mother of a woman who took the pills says her daughter was burning up from within."
    html = page(f"<article><div class='list-item no_caption'><h2>{lead}</h2><img src='a.jpg'></div>{story(4)}</article>")
    doc = clean_html(html)
    assert doc.text.split("\n\n")[0] == lead
    assert lead not in doc.captions


def test_a_block_classed_as_having_a_caption_gives_up_only_its_caption():
    html = page(
        f"<article>{story(2)}<div class='story-block has-caption'><img src='a.jpg'>"
        "<span class='media-caption'>The bridge at dusk (Photo: Jane Roe)</span>"
        f"<p>{STORY} More beside the photo.</p></div>{story(2)}</article>"
    )
    doc = clean_html(html)
    assert "The bridge at dusk (Photo: Jane Roe)" in doc.captions
    assert "More beside the photo." in doc.text and "The bridge at dusk" not in doc.text


def test_opening_sentence_in_a_list_item_marked_no_caption_stays_in_a_real_story():
    expected, doc = dev_page("buzzfeed_diet-pills__moz")
    opening = expected["body"].split("\n\n")[0]
    assert opening.startswith("The mother of a woman who took suspected diet pills")
    assert opening in doc.text.split("\n\n")
    assert opening not in doc.captions


# --- comment prompts and loading indicators are furniture ------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Join The Discussion", "Join the discussion...", "Sign up or login to join the discussions!",
        "Sign up to comment and more Sign up", "Log in to comment",
        "Loading...", "Loading …", "Loading Photo Gallery", "Loading, please wait...", "Loading Comments...",
    ],
)
def test_comment_prompts_and_loading_indicators_are_widget_lines(line):
    assert widgets.is_widget_line(line)


@pytest.mark.parametrize(
    "line",
    ["Loading the ferry took three hours, the captain said.", "Join the discussion group of the council on Monday."],
)
def test_sentences_starting_like_a_prompt_or_indicator_are_prose(line):
    assert not widgets.is_widget_line(line)


@pytest.mark.parametrize(
    ("case_id", "furniture"),
    [
        ("mlive_2014_police-release-surveillance-ph__n3k", "Loading Photo Gallery"),
        ("uproxx_2014_a-reddit-post-about__n3k", "Join The Discussion"),
        ("arstechnica_ibm-watson-vulnerabilities__moz", "join the discussions"),
    ],
)
def test_comment_prompts_and_loading_indicators_leave_real_stories(case_id, furniture):
    assert furniture not in dev_page(case_id)[1].text


# --- an item starting with a widget word is still an item of a list of things -----------------------


def test_list_item_starting_with_a_widget_word_stays_among_plain_items():
    items = ["Email", "Copying and pasting a link", "Chat apps on the phone", "Links inside documents"]
    html = page(f"<article>{story(3)}<p>Sources for this traffic include:</p><ul>"
                + "".join(f"<li>{item}</li>" for item in items) + f"</ul>{story(2)}</article>")
    assert clean_html(html).text.count("\n\n".join(items)) == 1


def test_list_of_controls_stays_out():
    controls = ["Share", "Email", "Print", "Comments"]
    html = page(f"<article>{story(3)}<ul>" + "".join(f"<li>{c}</li>" for c in controls) + f"</ul>{story(2)}</article>")
    text = clean_html(html).text
    assert not any(line in controls for line in text.split("\n\n"))


def test_short_list_is_judged_item_by_item():
    html = page(f"<article>{story(3)}<ul><li>Email</li><li>Chat apps on the phone</li></ul>{story(2)}</article>")
    paragraphs = clean_html(html).text.split("\n\n")
    assert "Chat apps on the phone" in paragraphs and "Email" not in paragraphs


@pytest.mark.parametrize(
    ("case_id", "item"),
    [("parsely_facebook-and-publishers-a__n3k", "Email/IMs"), ("foxbusiness_2014-12-16_7-powerful-ways-to__n3k", "search term")],
)
def test_list_items_starting_with_a_widget_word_stay_in_real_stories(case_id, item):
    expected, doc = dev_page(case_id)
    assert item in expected["body"].split("\n\n")
    assert item in doc.text.split("\n\n")


def test_each_list_is_judged_on_its_own_items():
    controls = ["Share", "Email", "Print", "Comments"]
    things = ["Email", "Copying and pasting a link", "Chat apps on the phone", "Links inside documents"]
    html = page(f"<article>{story(3)}<ul>" + "".join(f"<li>{c}</li>" for c in controls) + "</ul><ol>"
                + "".join(f"<li>{t}</li>" for t in things) + f"</ol>{story(2)}</article>")
    paragraphs = clean_html(html).text.split("\n\n")
    assert paragraphs.count("Email") == 1 and "Share" not in paragraphs
    assert "\n\n".join(things) in clean_html(html).text


# --- tooltips and popovers are controls, not story ---------------------------------------------------


def test_tooltip_and_popover_blocks_leave_the_story():
    html = page(
        f"<article>{story(3)}<div class='wrp js-tooltip'><button>Insightful</button>"
        "<div class='container js-tooltip-content'><p>You can react to articles once you have registered as a member.</p></div></div>"
        "<div class='bookmark__popover__content'><p>Save this article to read it later from your account page.</p></div>"
        f"<p>{STORY} The last detail.</p></article>"
    )
    text = clean_html(html).text
    assert "registered as a member" not in text and "read it later" not in text
    assert text.count(STORY) == 4


def test_reaction_tooltips_leave_a_real_story():
    expected, doc = dev_page("tokyoshimbun_2025-01-13_1-2__fundus")
    prompt = "記事に『リアクション』ができます。"
    assert prompt not in expected["body"] and prompt not in doc.text


# --- a label under a <picture>, in a paragraph of its own, is a caption ------------------------------


def test_label_paragraph_beside_a_picture_is_a_caption():
    html = page(
        f"<article>{story(2)}<div class='media'><picture><source srcset='a.webp' /><img src='a.jpg'></picture>"
        "<div class='mediaInfo'><p class='infotext'>Firefighters at the protest in Essen</p></div></div>"
        f"<p>{STORY} The last detail.</p></article>"
    )
    doc = clean_html(html)
    assert "Firefighters at the protest in Essen" in doc.captions
    assert "Firefighters" not in doc.text and doc.text.count(STORY) == 3


def test_wrapper_with_two_paragraphs_beside_an_image_is_not_a_caption():
    html = page(
        f"<article>{story(2)}<div class='card'><img src='a.jpg'><p>Bridge opens</p><p>Traffic starts on Monday</p></div>"
        f"<p>{STORY} The last detail.</p></article>"
    )
    assert "Bridge opens" not in clean_html(html).captions


@pytest.mark.parametrize(
    ("case_id", "label"),
    [
        ("wdr_2024-04-22_feuerwehrleute-sollen-spater-pension__fundus", "Dicke Ausrüstung und schweres Gerät"),
        ("sportschau_2024-04-24_ruckschlag-titelkampf-liverpool-verliert__fundus",
         "Jarrad Branthwaite (FC Everton) jubelt nach seinem Treffer gegen den FC Liverpool"),
    ],
)
def test_picture_labels_leave_the_body_of_real_stories(case_id, label):
    expected, doc = dev_page(case_id)
    assert label not in expected["body"]
    assert label not in doc.text and label in doc.captions
