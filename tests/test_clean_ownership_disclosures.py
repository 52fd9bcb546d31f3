"""A note that the site's owner, or an investor in it, has a stake in the story's subject is furniture.

Anime News Network closes its posts on Kadokawa's titles with "Disclosure: Kadokawa World Entertainment (KWE) ... is
the majority owner of Anime News Network, LLC. One or more of the companies mentioned in this article ...", Recode its
stories on Comcast with "* Comcast’s NBCUniversal is a minority investor in Vox Media, which owns this site."; both
were kept as the story's last paragraph, and the references leave them out. ``PROMO_LINE``
(``data/en/promo_lines.txt``) drops them. A story's sentence about who owns or invests in a company goes on.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import PROMO_LINE
from tests.clean_helpers import dev_page


@pytest.mark.parametrize("line", [
    ("Disclosure: Kadokawa World Entertainment (KWE), a wholly owned subsidiary of Kadokawa Corporation, is the majority"
    " owner of Anime News Network, LLC. One or more of the companies mentioned in this article are part of the"
    " Kadokawa Group of Companies."),
    "* Comcast’s NBCUniversal is a minority investor in Vox Media, which owns this site.",
])
def test_a_note_of_the_sites_owner_or_investor_is_a_promo_line(line):
    assert PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize("line", [
    "Comcast is a minority investor in Hulu, which it co-founded with Disney and Fox.",
    "SoftBank became the majority owner of Arm in 2016, and the companies mentioned in the filing agreed.",
])
def test_a_story_sentence_about_an_owner_or_investor_is_no_promo_line(line):
    assert not PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize(("case_id", "note", "story"), [
    ("animenewsnetwork_2026-06-15_mito-aoi-launches-new-manga__jmp2", "majority owner of Anime News Network", "Mito"),
    ("recode_2016-12-15_wheeler-departure-net-neutrality__pl", "minority investor in Vox Media", "Wheeler"),
])
def test_a_dev_story_drops_its_ownership_disclosure(case_id, note, story):
    expected, doc = dev_page(case_id)
    assert note not in expected["body"]
    assert story in doc.text
    assert note not in doc.text
