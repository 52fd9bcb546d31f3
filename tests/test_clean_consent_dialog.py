"""A cookie or consent dialog is never the story, however much it says (issue 12, unseen-page robustness).

OneTrust's preference centre (``<div id="onetrust-consent-sdk">``, on the dev pages of newrepublic.com and
variety.com) explains each cookie category in paragraphs. Beside a short story it holds more of the page's prose
(45% on newrepublic.com) than the share under which a widget-named block is pruned, and when the story's wrapper
carries no content class name to score it up, the dialog's paragraphs won the container: that page read as
cookie notices (recall 0.34 with the content-class bonus turned off).

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import gzip

from extractors.clean import html as html_clean
from extractors.clean.document import clean_html
from tests.clean_helpers import CORPUS, SENTENCES, dev_page

NOTICES = (
    ("When you visit any website, it may store or retrieve information on your browser, mostly in the form of "
    "cookies, and this information might be about you, your preferences or your device."),
    ("These cookies are necessary for the website to function and cannot be switched off in our systems, "
    "and they are usually only set in response to actions made by you, such as logging in."),
    ("These cookies may be set through our site by our advertising partners, and they may be used by those "
    "companies to build a profile of your interests and show you relevant adverts on other sites."),
    ("These cookies allow us to count visits and traffic sources, so we can measure and improve the performance "
    "of our site, and they help us to know which pages are the most and least popular."),
    ("If you do not allow these cookies, we will not know when you have visited our site, and we will not be "
    "able to monitor its performance, which helps us to keep it working well for you."),
)


def consent_dialog() -> str:
    items = "".join(f"<div class='ot-desc-cntr'><p class='ot-grp-desc'>{n}</p></div>" for n in NOTICES)
    return f"<div id='onetrust-consent-sdk'><div id='onetrust-pc-sdk' class='otPcCenter'>{items}</div></div>"


def test_a_consent_dialog_outweighing_a_short_story_is_pruned():
    story = "<div class='wrap'><div class='col'>" + "".join(f"<p>{s}</p>" for s in SENTENCES) + "</div></div>"
    html = f"<html lang='en'><head><title>Bridge vote</title></head><body>{story}{consent_dialog()}</body></html>"
    text = clean_html(html).text
    assert all(sentence in text for sentence in SENTENCES)
    assert "cookies" not in text


def test_the_consent_dialog_of_a_dev_page_is_pruned_whatever_its_share_of_the_prose():
    case_id = "newrepublic_2016-11-28_trump-twitter-smoke-screen__pl"
    expected, doc = dev_page(case_id)
    assert "When you visit any website" not in expected["body"] and "When you visit any website" not in doc.text
    root = html_clean.parse_html(gzip.decompress((CORPUS / f"{case_id}.html.gz").read_bytes()).decode("utf-8"))
    html_clean.prune(root, None)
    assert not root.xpath("//*[@id='onetrust-consent-sdk']")
