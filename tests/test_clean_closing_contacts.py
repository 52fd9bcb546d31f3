"""A short paragraph closing an HTML story that gives an e-mail address at the page's own site is a contact line.

``text.without_closing_contacts``: "Contact reporter ... at ...@registerguard.com" (The Register-Guard), "To report
corrections and clarifications, contact Standards Editor ... letters@usatoday.com" (USA TODAY). An address at another
site is the story's own (a police tip line).
"""
from __future__ import annotations

from extractors.clean.document import clean_html
from tests.clean_helpers import SENTENCES, dev_page

URL = "https://www.example-gazette.com/news/2020/04/13/bridge"
#: Long enough to read as a sentence: a shorter line holding an address is a widget line anyway.
CONTACT = ("Contact reporter Jane Roe at jroe@example-gazette.com or 541-338-2454 with questions, tips or corrections "
           "about the bridge and the ferry.")


def _page(closing: str) -> str:
    return ("<html><body><article>" + "".join(f"<p>{s}</p>" for s in SENTENCES)
            + f"<p>{closing}</p></article></body></html>")


def test_a_closing_contact_at_the_sites_own_address_goes():
    assert clean_html(_page(CONTACT), url=URL).text.endswith(SENTENCES[-1])


def test_a_closing_address_at_another_site_stays():
    line = ("Anyone with information about the two men is asked to call the police tip line at 541-682-5111 or to "
            "write to tips@city-police.org.")
    assert clean_html(_page(line), url=URL).text.endswith(line)


def test_without_the_pages_address_the_line_stays():
    assert clean_html(_page(CONTACT)).text.endswith(CONTACT)


def test_a_dev_story_drops_its_reporters_contact_line():
    expected, doc = dev_page("registerguard_2020-04-13_second-suspect-shooting-turns-himself-in__hd4")
    assert "Contact reporter" not in expected["body"]
    assert "Contact reporter" not in doc.text
    assert doc.text
