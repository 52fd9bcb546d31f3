"""HTML cleaning recall on dev pages (issue 12): standfirsts, and what the story container misses.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``);
each behaviour also has a small synthetic page that shows the rule alone.
"""
from __future__ import annotations

import pytest

from extractors.clean.document import clean_html
from extractors.clean.dom import TOKENS
from extractors.clean.standfirst import repeats_description
from tests.clean_helpers import dev_page

STORY = "The council voted on Tuesday, after a long and heated debate, to fund the new bridge over the river."


def corpus_page(case_id: str):
    """A dev page of the repo corpus, cleaned, with its reference body (test pages are never used here)."""
    expected, doc = dev_page(case_id)
    return expected["body"], doc


def page(body: str, head: str = "") -> str:
    return f"<html lang='en'><head><title>Bridge vote</title>{head}</head><body>{body}</body></html>"


def story(n: int, start: int = 0) -> str:
    """``n`` paragraphs of story prose, numbered from ``start`` (a repeated paragraph is dropped as a duplicate)."""
    return "".join(f"<p>{STORY} Detail {i}, with names and numbers.</p>" for i in range(start, start + n))


# --- standfirsts -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "case_id",
    [
        "haberturk_2024-07-03_turkiyede-orman-yangnlar-yangnlarda__fundus",  # description cut, with "..."
        "publico_2025-05-29_vecinos-carabanchel-exigen-cambios__fundus",  # description cut in mid-sentence
    ],
)
def test_standfirst_the_description_was_cut_from_leads_the_body_on_real_pages(case_id):
    body, doc = corpus_page(case_id)
    assert doc.text.split("\n\n")[0] == body.split("\n\n")[0]


def test_standfirst_the_description_was_cut_from_leads_the_body():
    dek = ("The council approved the bridge after a year of debate, and work starts in the spring "
           "once the last permits arrive from the state.")
    head = f"<meta name='description' content='{dek[:70]}...'>"
    html = page(f"<header><h1>Bridge vote</h1><div class='x'><p>{dek}</p></div></header><article>{story(4)}</article>", head)
    assert clean_html(html).text.split("\n\n")[0] == dek


def test_a_description_is_recognised_in_a_block_only_with_enough_of_its_words():
    block = "The council approved the bridge, said a man at the bar across the road on Monday, and left."
    short = "The council approved the bridge..."
    long_cut = "The council approved the bridge, said a man at the bar across the ro..."

    def wanted(d: str) -> str:
        return " ".join(TOKENS.findall(d.lower()))

    assert not repeats_description(block, short, wanted(short))
    assert repeats_description(block, long_cut, wanted(long_cut))


@pytest.mark.parametrize(
    "case_id",
    [
        "aftonbladet_2026-08-02_vadjar-efter-attackerna-kritiskt__fundus",  # three "lead" paragraphs
        "lavanguardia_2026-07-10_al-menos-12-fallecidos__fundus",  # two "subtitle" headings and a linked one
    ],
)
def test_standfirst_of_several_lines_is_kept_whole_on_real_pages(case_id):
    body, doc = corpus_page(case_id)
    lead = body.split("\n\n")[:2]
    assert doc.text.split("\n\n")[:2] == lead


def test_standfirst_lines_of_one_template_are_kept_and_a_linked_one_is_not():
    lines = ["The council approved the bridge after a year of debate.", "Work starts in the spring, the mayor said."]
    html = page("<header><h1>Bridge vote</h1><div class='subtitles'>"
                + "".join(f"<h2 class='subtitle'>{line}</h2>" for line in lines)
                + "<h2 class='subtitle'><a href='/live'>Live: every update on the bridge vote</a></h2></div></header>"
                f"<article>{story(4)}</article>")
    text = clean_html(html).text
    assert text.split("\n\n")[:2] == lines and "Live:" not in text


@pytest.mark.parametrize(
    "case_id",
    [
        "hamburgerabendblatt_2025-11-06_teufel-begegnet-deutsche-hamas__fundus",  # description repeats the photo caption
        "zwanzigminuten_2025-11-06_huhnersuppe-co-diese-nahrungsmittel__fundus",  # <div type="lead">, no class
        "faz_2023-04-28_49-euro-ticket-pendler__fundus",  # a second headline between the <h1> and the summary
    ],
)
def test_unmarked_summary_between_headline_and_story_leads_the_body_on_real_pages(case_id):
    body, doc = corpus_page(case_id)
    assert doc.text.split("\n\n")[0] == body.split("\n\n")[0]


def test_unmarked_summary_between_headline_and_story_leads_the_body():
    dek = "Berlin. The council approved the bridge after a year of debate. Work starts in the spring."
    html = page(f"<article><header class='top-nav-rail'><h1>Bridge vote</h1></header><div class='copy-lg'>{dek}</div>"
                "<div class='meta'>Jane Roe</div><div><a href='/x'>Another story about the council and its long debates.</a>"
                f"</div><div class='body'>{story(4)}</div></article>")
    text = clean_html(html).text
    assert text.split("\n\n")[0] == dek and "Another story" not in text


def test_description_repeating_the_photo_caption_is_no_standfirst():
    caption = "The mayor at the river bank on Monday, where the bridge will be built over the next two years."
    html = page(f"<article><h1>Bridge vote</h1><figure><img src='a.jpg'><figcaption><span>{caption}</span>"
                f"</figcaption></figure><div class='body'>{story(4)}</div></article>",
                f"<meta name='description' content='{caption}'>")
    doc = clean_html(html)
    assert caption not in doc.text and caption in doc.captions


# --- scripts other than Latin ----------------------------------------------------------------------

HINDI = "नगर परिषद ने मंगलवार को लंबी बहस के बाद नदी पर नए पुल के लिए धन देने का फैसला किया।"


def test_hindi_paragraph_with_an_inline_image_is_prose_not_a_caption():
    html = page(f"<article><h1>Bridge vote</h1><p><img src='icon.png'>{HINDI}</p>{story(4)}</article>")
    doc = clean_html(html)
    assert HINDI in doc.text.split("\n\n") and HINDI not in doc.captions


def test_linked_sentence_ending_in_a_danda_or_arabic_question_mark_is_kept():
    arabic = "هل توافق <a href='/x'>البلدية على تمويل الجسر الجديد فوق النهر</a>؟"
    html = page(f"<article><h1>Bridge vote</h1>{story(4)}<p>नगर परिषद ने <a href='/x'>नदी पर नए पुल के लिए धन</a>।</p>"
                f"<p>{arabic}</p></article>")
    text = clean_html(html).text
    assert "नदी पर नए पुल के लिए धन।" in text and "فوق النهر؟" in text


# --- subheadings ----------------------------------------------------------------------------------


def test_subheading_made_of_a_permalink_or_jump_target_is_kept():
    html = page(f"<article><h1>Bridge vote</h1>{story(2)}<h3 id='costs'><a href='#costs'>What it costs</a></h3>"
                f"{story(2, 2)}<h3><a name='jump2'><strong>Who pays for it</strong></a></h3>{story(2, 4)}"
                "<h3><a href='/elsewhere'>Another story about the council</a></h3></article>")
    text = clean_html(html).text.split("\n\n")
    assert "What it costs" in text and "Who pays for it" in text and "Another story about the council" not in text


def test_subheadings_with_jump_targets_on_a_real_page():
    body, doc = corpus_page("mdr_2023-04-28_ist-thuringer-bratwurst-illusion__fundus")
    assert "Fleischproduktion unter Anpassungsdruck" in body
    assert "Fleischproduktion unter Anpassungsdruck" in doc.text.split("\n\n")


def test_heading_above_a_paragraph_of_the_story_is_kept_whatever_its_links_or_tag():
    html = page(f"<article><h1>Bridge vote</h1>{story(2)}<h3>3) <a href='/film/river'>The River</a></h3>{story(1, 2)}"
                f"<h1>What the mayor promised</h1>{story(1, 3)}</article>")
    text = clean_html(html).text.split("\n\n")
    assert "3) The River" in text and "What the mayor promised" in text


def test_headings_that_are_no_subheadings_still_go_above_prose():
    teaser = (f"<h3><a href='/other'>Another story about the council</a></h3><h4>by Jane Roe, 2 May 2024</h4>"
              f"<p>{STORY} A teaser for another story.</p>")
    box = f"<h3>Sign up for our newsletter</h3><p>{STORY} Every morning in your inbox.</p>"
    html = page(f"<article><h1>Bridge vote</h1>{story(2)}{teaser}{box}<h3>Related</h3>{story(1)}</article>")
    text = clean_html(html).text.split("\n\n")
    assert not {"Another story about the council", "by Jane Roe, 2 May 2024", "Related",
                "Sign up for our newsletter"} & set(text)
    assert "Bridge vote" not in text  # the headline, above the story, is the title's


@pytest.mark.parametrize(
    ("case_id", "heading"),
    [
        ("vox_2017_best-videos-2017__moz", "19) Ingrid Goes West"),  # the film's title is a link
        ("chinatalk-substack_2020-09-24_adam-tooze-world-order__omni", "Did The West Win The Cold War?"),  # an <h1>
    ],
)
def test_subheadings_above_story_paragraphs_on_real_pages(case_id, heading):
    body, doc = corpus_page(case_id)
    assert heading in body.split("\n\n") and heading in doc.text.split("\n\n")


# --- teasers ----------------------------------------------------------------------------------------


def test_teaser_card_linking_elsewhere_goes_and_the_articles_own_teaser_stays():
    lead = "The council approved the bridge after a year of debate, and work starts in the spring."
    card = "Residents of the east bank fear the noise of the works will last for years."
    html = page(f"<article><h1>Bridge vote</h1><div class='article-teaser'><p>{lead}</p></div>{story(4)}"
                f"<div class='teaser'><div class='teasertext'><p>{card} <a href='/other'>more</a></p></div></div>"
                f"{story(2)}</article>")
    text = clean_html(html).text
    assert text.startswith(lead) and card not in text


@pytest.mark.parametrize(
    ("case_id", "teaser"),
    [
        ("ndr_2025-06-17_forscher-aus-osnabruck-warnt__fundus", "Intelligente Sprachmodelle scheinen"),
        ("tagesschau_2023-04-28_ausschuss-zur-ahrtal-flut__fundus", "Bereits als Landesministerin war Spiegel"),
    ],
)
def test_teaser_cards_of_other_stories_leave_real_pages(case_id, teaser):
    _, doc = corpus_page(case_id)
    assert teaser not in doc.text


def test_the_articles_own_unlinked_teaser_stays_on_a_real_page():
    body, doc = corpus_page("winfuture_2024-04-26_toller-crash-tarif-10__fundus")
    lead = "Für 10 GB Datenvolumen im gut ausgebauten Vodafone-Netz"
    assert lead in body and lead in doc.text


# --- image labels -----------------------------------------------------------------------------------


def test_label_beside_an_image_in_its_own_wrapper_is_a_caption():
    label = "The river bank where the bridge will stand. Photo rights: Bugle/Jane Roe"
    html = page(f"<article><h1>Bridge vote</h1>{story(2)}<div class='media'><div class='imageWrapper'><img src='a.jpg'>"
                f"</div><div class='mediaInfo'><span>{label}</span></div></div><p>{STORY} It ends here.</p></article>")
    doc = clean_html(html)
    assert label not in doc.text and label in doc.captions and doc.text.count("The council voted") == 3


def test_image_labels_in_media_blocks_leave_the_body_of_a_real_page():
    _, doc = corpus_page("mdr_2023-04-28_ist-thuringer-bratwurst-illusion__fundus")
    assert "Bildrechte: MDR/David Straub" not in doc.text
    assert any("Bildrechte: MDR/David Straub" in caption for caption in doc.captions)
