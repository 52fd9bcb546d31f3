"""A French call to follow the site on its social-media pages, "... suivez-nous (aussi) sur Facebook et Twitter.", is a
promo line in both cleaners (``extractors/clean/data/fr/promo_lines.txt``, dumps133): NextWarez closes its ranking with
"Ne manquez rien de l’actualité du torrent sur Nextwarez.com, suivez-nous aussi sur Facebook et Twitter.", Slate.fr
prints "Devenez fan sur , suivez-nous sur" with its links gone; no dev reference holds one.
"""
from __future__ import annotations

import pytest

from extractors.clean.text_regions import is_promo
from tests.test_clean_text import clean_dump, copied_page


@pytest.mark.parametrize("line", [
    "Ne manquez rien de l’actualité du torrent sur Nextwarez.com, suivez-nous aussi sur Facebook et Twitter.",
    "Devenez fan sur , suivez-nous sur",
])
def test_a_call_to_follow_the_site_is_a_promo_line(line):
    assert is_promo(line)


@pytest.mark.parametrize("line", [
    "Le ministre a lancé aux syndicats : suivez-nous dans cette réforme.",  # no "sur" after it
    "Les lecteurs nous suivent sur Facebook depuis 2010, dit la rédaction.",
])
def test_story_sentences_about_following_stay(line):
    assert not is_promo(line)


def test_copied_nextwarez_ranking_loses_its_follow_call():
    body, dump = copied_page("nextwarez_2017-01-08_10-plus-gros-trackers-torrents__pl3b")
    call = "suivez-nous aussi"
    text = clean_dump(dump).text
    assert call in dump and call not in body
    assert call not in text
    assert "Nous sommes arrivés à la fin de ce classement" in text
