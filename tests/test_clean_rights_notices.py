"""A rights notice on the site's material ("... which is copyright and cannot be reproduced.", "The material on this
site may not be reproduced ...") leaves the story in both cleaners (issue 12, html32; ``data/en/promo_lines.txt``,
seen on dev pages of ABC Australia and of Condé Nast's and Advance's sites), while a story's sentence saying that
results cannot be reproduced stays.

Real pages are dev pages of ``benchmarks/corpus`` (provenance and licences in its ``SOURCES.md``).
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import PROMO_LINE
from tests.clean_helpers import dev_page

ABC_NOTICE = ("This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC "
              "World Service which is copyright and cannot be reproduced.")


@pytest.mark.parametrize(
    "line",
    [
        ABC_NOTICE,
        ("The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except "
         "with the prior written permission of Condé Nast."),
    ],
)
def test_rights_notices_on_the_sites_material_are_promo_lines(line):
    assert PROMO_LINE.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    [
        "The team said the results cannot be reproduced without the original samples.",
        "The material cannot be reproduced in a lab, she said, and may not be reproduced at all.",
    ],
)
def test_story_sentences_on_results_not_reproduced_are_no_promo_lines(line):
    assert not PROMO_LINE.fullmatch(line)


def test_abc_australia_footer_rights_notice_leaves_the_story():
    expected, doc = dev_page("abc-au_2013-04-22_swimming-greats-cuts-shame__unf")
    last = "Olympian Bill Kirby ending that report from Ellesa Throwden."
    assert last in expected["body"] and ABC_NOTICE not in expected["body"]
    assert last in doc.text
    assert ABC_NOTICE not in doc.text
