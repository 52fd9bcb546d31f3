"""Issue 12: a cookie or consent dialog copied with a page is never a text dump's story (``consent``,
``text_regions._outside_dialogs``, ``data/<language>/consent_headings.txt`` and ``consent_lines.txt``).

A consent manager's settings panel copies as paragraphs on what each kind of cookie does: a region of prose as big
as a story, after it. The dialog opens with a heading and a consent sentence under it; a footer's "Cookie Settings"
link has none.
"""
from __future__ import annotations

from tests.test_clean_text import clean_dump, copied_page, paragraphs

#: Sentences of OneTrust's and CookieLawInfo's panels, as the dev pages of The New Republic, Variety and Daily
#: Maverick copy them (each longer than a short story's paragraph).
DIALOG = [
    ("When you visit any website, it may store or retrieve information on your browser, mostly in the form of cookies."
    " This information might be about you, your preferences or your device and is mostly used to make the site work"
    " as you expect it to."),
    "Strictly Necessary Cookies",
    ("These cookies are necessary for the website to function and cannot be switched off in our systems. They are"
    " usually only set in response to actions made by you which amount to a request for services, such as setting"
    " your privacy preferences, logging in or filling in forms."),
    "Performance Cookies",
    ("These cookies allow us to count visits and traffic sources so we can measure and improve the performance of our"
    " site. They help us to know which pages are the most and least popular and see how visitors move around the"
    " site, and all information these cookies collect is aggregated."),
    "Targeting Cookies",
    ("These cookies may be set through our site by our advertising partners. They may be used by those companies to"
    " build a profile of your interests and show you relevant adverts on other sites, based on uniquely identifying"
    " your browser and internet device."),
]
FOOTER = ["About us", "Contact", "Privacy Policy", "Terms of Use", "Advertise", "Careers", "Sitemap"]


def test_a_consent_dialog_outweighing_the_story_is_not_the_story():
    """Tech Monitor's OneTrust panel with the TCF vendor purposes ran to 1,480 words of prose under a story of 480:
    the dump's story was the dialog (F1 0.000)."""
    body, dump = copied_page("techmonitor_2024-02-09_us-ai-safety-institute-consortium__mtsc")
    opening = "US Commerce Secretary Gina Raimondo has announced the creation of the US AI Safety Institute Consortium"
    notice = "We process your data to deliver content or advertisements"
    text = clean_dump(dump).text
    assert opening in body and opening in text
    assert notice in dump and notice not in text
    assert "partners can use this purpose" not in text


def test_a_tcf_dialog_opening_the_copy_is_not_the_story():
    """The Local's consentmanager dialog opens the copy under a title no heading list names ("Consent to Cookies &
    Data processing"); its first section carries the TCF's purpose 1 name, as Tech Monitor's OneTrust panel does,
    over a cookies sentence. Its four paragraphs of purpose prose came first and were taken for the story (F1 0.000,
    flagged a consent wall) though the story follows whole."""
    body, dump = copied_page("thelocal_2026-03-04_just-eat-denmark-exit__pae")
    opening = "Orange-clad delivery drivers from Just Eat will no longer deliver takeaway food in Denmark"
    purpose = "Cookies, device or similar online identifiers"
    assert purpose in dump and dump.index(purpose) < dump.index(opening)
    cleaned = clean_dump(dump)
    assert opening in body and opening in cleaned.text
    assert purpose not in cleaned.text


def test_a_dialog_under_its_heading_gives_way_to_a_shorter_story_above_it():
    """The dialog holds three times the story's prose: by prose alone it would be the story."""
    story = paragraphs(1, "Bridge")
    dump = "\n".join(["Menu", "Bridge will be built", *story, *FOOTER, "Privacy Preference Center", "Your Privacy",
                      *DIALOG])
    text = clean_dump(dump).text
    assert text.split("\n\n") == story


def test_a_dialog_following_the_story_after_a_few_lines_leaves_the_story_whole():
    """A dialog a few lines under the story falls in the story's region; the region ends at its heading, and the
    banner's consent sentence right above the heading ("We use cookies on our website ..." over Daily Maverick's
    "Manage consent") goes with it."""
    story = paragraphs(3, "Bridge")
    banner = ("We use cookies on our website to give you the most relevant experience by remembering your preferences"
              " and repeat visits.")
    dump = "\n".join(["Menu", "Bridge will be built", *story, "Close", banner, "Manage consent", "Close",
                      "Privacy Overview", *DIALOG])
    text = clean_dump(dump).text
    assert text.split("\n\n") == story


def test_a_consent_link_above_the_story_does_not_hide_it():
    """A footer's or a menu's "Cookie Settings" link opens no dialog: the prose under it is no consent sentence."""
    story = paragraphs(4, "Bridge")
    dump = "\n".join(["Menu", "Cookie Settings", "Bridge will be built", *story, *FOOTER])
    text = clean_dump(dump).text
    assert text.split("\n\n") == story
