"""Issue 12: a text dump's last paragraph opening on a question of a few words is the site's pitch to the reader.

The question asks the reader ("Planning to invest in stocks?", "Fakta atau Hoaks?", "喜欢这篇文章？") and the sentence
after it sets up the call, in any language and with no word list. A story closing on a question quotes someone or
asks at more length, and stays.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from tests.clean_helpers import DUMP_STORY
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize(
    ("case_id", "pitch"),
    [
        ("indiatimes_2020-01-23_psu-bank-shares-gain__hd7",
         "Planning to invest in stocks? Now, shortlist scrips at the click of a mouse with ETMarkets Stock Screener."),
        ("liputan6_2024-05-20_potret-enzy-storia-cheongsam__mgh5b", "* Fakta atau Hoaks? Untuk mengetahui kebenaran"),
        ("qdaily-zh_2017-03-01_hater-dating-app__pl", "喜欢这篇文章？去 App 商店搜"),
    ],
)
def test_closing_question_and_call_to_the_reader_goes(case_id, pitch):
    """Indiatimes' (English), Liputan6's (Indonesian) and Qdaily's (Chinese) pitches closing their copies."""
    body, dump = copied_page(case_id)
    assert pitch in dump and pitch not in body
    text = clean_dump(dump).text
    assert pitch not in text
    assert sum(paragraph in body for paragraph in text.split("\n\n")) >= 3


def _closing(last: str) -> str:
    return clean_dump("\n\n".join(["Home", "News", "Bridge vote", *DUMP_STORY, last, "Contact"])).text


def test_a_short_closing_question_setting_up_a_call_goes_and_one_quoted_or_asked_at_length_stays():
    pitch = "Got a story tip? Send it to the newsroom through the form on our contact page."
    text = _closing(pitch)
    assert pitch not in text
    assert DUMP_STORY[-1] in text
    quoted = "“Who will pay for it?” the mayor asked, and nobody in the council chamber answered him that night."
    assert quoted in _closing(quoted)
    asked = ("Will the council find the money for the library next year as well? Its members meet again in "
             "September to decide.")
    assert asked in _closing(asked)
