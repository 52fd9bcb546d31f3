"""What the en_real5 and en_real6 draws take: group words, later mentions and organisation cues
(``benchmarks.entity_cues``)."""

from __future__ import annotations

import pytest

from benchmarks.date_probes_real import sentences
from benchmarks.entity_cues import (
    ORG_FORMS,
    RECUR_FORMS,
    boundary_shapes,
    group_tier,
    has_gov_word,
    has_group_word,
    has_issue_place,
    has_org_cue,
    has_org_word,
    issue_org_tier,
    issue_tier,
    later_mentions,
    locale_shapes,
    org_kinds,
    org_shapes,
    org_unseen,
    place_shapes,
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Many Tunisians accuse the country's political Islamists of having been slow to respond.",
        "Some Democrats were not satisfied with the process of choosing a nominee.",
        "Kurdish fighters held the town of Kobane against the assault for months.",
    ],
)
def test_a_sentence_with_a_demonym_faith_or_party_word_is_a_group_word_sentence(sentence):
    assert has_group_word(sentence)


def test_a_name_like_word_that_only_starts_like_a_group_is_no_group_word():
    assert not has_group_word("Brian Polesworth met Ryan Turkson at the Americana festival in the town.")


@pytest.mark.parametrize(
    "body, short",
    [
        (  # a surname alone after the full name
            ("Then two weeks ago, Trump added Roslyn Layton to his advisory team, too. Layton likewise advocated "
            "against the network neutrality rules."),
            "Layton likewise",
        ),
        (  # an acronym after its expanded name
            ("The decree rests on a decision of the National Security and Defense Council. Two versions were "
            "published on the NSDC website in February."),
            "NSDC website",
        ),
        (  # a lower-case head after the capitalised name, which is no mention
            ("Pakistan's Ministry of Foreign Affairs says Islamabad has informed the council. The ministry says in a "
            "statement that the council was told."),
            "The ministry says",
        ),
    ],
)
def test_a_later_mention_passage_runs_from_the_full_name_to_its_short_form(body, short):
    passages = list(later_mentions(body))
    assert len(passages) == 1 and passages[0] == body and short in passages[0]


def test_a_full_name_repeated_in_full_is_no_later_mention():
    body = "Roslyn Layton joined the team in May of that year. Roslyn Layton advocated against the rules then."
    assert list(later_mentions(body)) == []


@pytest.mark.parametrize(
    "sentence, tier",
    [
        ("A Chinese-American engineer and an Afro-Caribbean poet opened the festival.", 0),
        ("Iranian-backed militias fired on the base overnight.", 0),
        ("Sunni and Shia clerics met in the capital.", 0),
        ("Ukrainians queued for bread as Republicans argued in Washington.", 1),
        ("The French say they will not sign the treaty.", 1),
        ("The French government will not sign the treaty.", 2),
        ("A German court ruled on the case.", 2),
    ],
)
def test_en_real6_wants_compound_demonyms_and_faiths_first_then_plurals_and_camps(sentence, tier):
    assert group_tier(sentence) == tier


@pytest.mark.parametrize(
    "sentence, cued",
    [
        ("Shares of Rosenberg Holdings fell after the filing.", True),
        ("The Court of Appeal threw out the ruling.", True),
        ("The NPCC said it had made 378 arrests.", True),
        ("The US and the UK said nothing about the TV deal.", False),
        ("She walked home along the river at dusk.", False),
    ],
)
def test_an_organisation_cue_is_an_organisation_word_a_body_of_x_or_an_acronym(sentence, cued):
    assert has_org_cue(sentence) is cued


def test_an_organisation_later_mention_takes_acronyms_and_heads_but_not_surnames():
    surname = "Roslyn Layton joined the team in May of that year. Layton advocated against the rules then."
    head = (
        "Pakistan's Ministry of Foreign Affairs spoke first. The ministry says in a statement that the council was "
        "told."
    )
    assert list(later_mentions(surname, ORG_FORMS)) == [] and list(later_mentions(surname)) == [surname]
    assert list(later_mentions(head, ORG_FORMS)) == [head]


@pytest.mark.parametrize(
    "sentence, cued",
    [
        ("Shares of Regeneron Pharmaceuticals Inc. fell after the filing.", True),
        ("The Department of Transportation would not let us in.", True),
        ("She told The New York Times that the plan had failed.", True),
        ("The NPCC said it had made 378 arrests.", False),  # a bare acronym: en_real7 draws those as later mentions
        ("She walked home along the river at dusk.", False),
    ],
)
def test_en_real7_draws_sentences_that_name_a_body_by_an_organisation_word(sentence, cued):
    assert has_org_word(sentence) is cued


@pytest.mark.parametrize(
    "sentence, cued",
    [
        ("The Foreign Ministry summoned the ambassador on Monday.", True),
        ("Lawmakers pressed the White House for the documents.", True),
        ("The bill passed the U.S. House by two votes.", True),
        ("The Federal Emergency Management Agency (FEMA) sent trailers.", True),
        ("The fire started in Dayton, Ohio, on Friday night.", True),
        ("Shares of Regeneron Pharmaceuticals Inc. fell after the filing.", False),
        ("She walked home along the river at dusk.", False),
    ],
)
def test_en_real8_draws_sentences_that_name_a_state_body_or_a_place_with_its_state(sentence, cued):
    assert has_gov_word(sentence) is cued


@pytest.mark.parametrize(
    "sentence, tier",
    [
        ("The IDF spokesperson wrote to the paper on Friday.", 0),
        ("A Hamas official said the talks had stalled.", 0),
        ("Pentagon spokesman John Kirby declined to comment.", 0),
        ("The Treasury Department would collect the revenue.", 1),
        ("Shares of Regeneron Pharmaceuticals Inc. fell after the filing.", 1),
        ("The bill passed the U.S. House by two votes.", 1),
        ("She walked home along the river at dusk.", None),
        ("The fire started in Dayton, Ohio, on Friday night.", None),
    ],
)
def test_en_real9_draws_organisation_kinds_inside_titles_and_possessives_first(sentence, tier):
    assert issue_tier(sentence) == tier


@pytest.mark.parametrize(
    "sentence, tier",
    [
        ("A Hamas official said the talks had stalled.", 0),
        ("The Treasury Department would collect the revenue.", 1),
        ("Soros broke the Bank of England, and the markets noticed.", 1),
        ("The Armed Forces of Ukraine took the village.", 1),
        ("She walked home along the river at dusk.", None),
    ],
)
def test_en_real11_adds_the_x_of_y_bodies_to_the_organisation_kinds(sentence, tier):
    assert issue_org_tier(sentence) == tier


@pytest.mark.parametrize(
    "sentence, cued",
    [
        ("We are driving to the capital of Helmand province.", True),
        ("Then there is Area C, the largest swath of the West Bank.", True),
        ("Kennedy sued over pollution in the Hudson River.", True),
        ("At the heart of the neighbourhood is al-Shifa Hospital.", True),
        ("The main challenge in the Middle East is the battle of ideas.", True),
        ("He's never asked for anything from the Labour Party.", False),
        ("She walked home along the river at dusk.", False),
    ],
)
def test_en_real11_draws_regions_strips_rivers_and_facilities_as_places(sentence, cued):
    assert has_issue_place(sentence) is cued


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Jeff Eagan, president of the National Treasury Employees Union chapter, said.", "union"),
        ("The Federal Constitutional Court had just issued its ruling on the Lisbon Treaty.", "court"),
        ("The Inflation Reduction Act signed by President Biden provided a tax credit.", "lookalike"),
        ("a site maintained by the National Archives and Records Administration (NARA)", "acronym_after_name"),
        ("He founded the shipping supply giant Uline.", "company_bare"),
        ("Others, including the University of Khartoum, have adopted online teaching.", "university_or_hospital"),
    ],
)
def test_org_kinds_tag_the_organisation_kinds_real13_draws(text, kind):
    assert kind in org_kinds(text)


def test_a_sentence_with_no_organisation_kind_is_not_drawn():
    assert not org_kinds("There are no specifics regarding what makes for a good barrier.")


@pytest.mark.parametrize(
    "text, shape",
    [
        ("Brentwood Associates’ Fred Warren said the fund would close.", "possessive_person"),
        ("Fox News’ Chris Wallace asked the Republican.", "possessive_person"),
        ("Brands like L’Oréal, Procter & Gamble and Kering pulled ads.", "brand_list"),
        ("She studies at UC Santa Barbara.", "university_campus"),
        ("a position at the University of Lorraine in Nancy", "university_campus"),
        ("FGA is also a fierce opponent of the expansion of Medicaid.", "acronym_alone"),
        ("Jim Cantrell is now CEO of launch startup Phantom Space.", "company_word"),
        ("The Russian leader has a longtime grudge against her.", "lookalike"),
    ],
)
def test_org_shapes_tag_the_shapes_real15_draws(text, shape):
    assert shape in org_shapes(text)


def test_a_bracketed_acronym_after_its_name_is_no_lone_acronym():
    assert "acronym_alone" not in org_shapes("the People’s Protection Units (YPG) fought on")


_RIVAS = "Major League Soccer named Victor Rivas referee of the year. It is the first time Rivas has earned this."
_CISA = (
    "The Cybersecurity and Infrastructure Security Agency (CISA) issued a warning. Later that week, CISA said the"
    " flaw was being exploited."
)


@pytest.mark.parametrize("body, kind", [(_RIVAS, "surname"), (_CISA, "acronym")])
def test_recur_forms_find_a_lone_surname_or_acronym_after_its_full_name(body, kind):
    assert list(later_mentions(body, RECUR_FORMS[kind])) == [body]


def test_recur_forms_want_the_short_form_alone():
    body = (
        "Victor Rivas refereed the final in the spring. Afterwards Victor Rivas was praised by the league. The"
        " board of the Security Agency (CISA) met on Monday. Then the Security Agency (CISA) spoke to reporters."
    )
    assert len(list(sentences(body))) == 4
    assert list(later_mentions(body, RECUR_FORMS["surname"])) == []
    assert list(later_mentions(body, RECUR_FORMS["acronym"])) == []


@pytest.mark.parametrize(
    "text, shape",
    [
        ("armed groups holding territory in wartorn northern Syria", "division"),
        ("villages in the Kharkiv region were shelled", "division"),
        ("The UN considers Gaza and the West Bank as occupied territory.", "division"),
        ("patrolled the Hudson River for evidence of pollution", "water_or_border"),
        ("the farmers' agitation at Singhu border", "water_or_border"),
        ("the Ministry of Foreign Affairs was instructed", "place_in_org"),
        ("the Pakistan Armed Forces know very well", "place_in_org"),
        ("Defense Minister Yoav Gallant said", "titled_official"),
        ("Gen. James Mattis changed his view", "titled_official"),
        ("The Gaza Strip comprises North Gaza, Gaza City and Rafah.", "name_list"),
        ("In Masafer Yatta, for instance, the rural areas are cut off.", "locative_opener"),
    ],
)
def test_place_shapes_tag_the_shapes_real21_draws(text, shape):
    assert shape in place_shapes(text)


@pytest.mark.parametrize(
    "text",
    [
        "In October, we laid out plans to preserve the digital legacy.",  # a month opens no place
        "In his victory speech he urged his opponents to help him.",
    ],
)
def test_a_month_or_pronoun_after_in_is_no_locative_opener(text):
    assert "locative_opener" not in place_shapes(text)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The Ministry of Health said on Monday that the clinics had closed.", "ministry_or_agency"),
        ("Fighters of the Rapid Support Forces entered the town.", "party_or_armed"),
        ("The Supreme Court ruled against the Texas Legislature.", "court_or_parliament"),
        ("The official told The Washington Post the talks would go on.", "news_source"),
        ("Reuters reported that the talks would go on.", "news_source"),
        ("Washington has rejected the proposal.", "capital_government"),
        ("Goldman Sachs raised its forecast.", "firm_named_after_people"),
        ("Procter & Gamble cut prices.", "firm_named_after_people"),
        ("Researchers at Stanford University found the same.", "university_or_ngo"),
    ],
)
def test_org_unseen_tags_the_kinds_real19_draws(text, kind):
    assert kind in org_unseen(text)


def test_a_sentence_with_no_unseen_kind_is_not_drawn():
    assert not org_unseen("There are no specifics regarding what makes for a good barrier.")


@pytest.mark.parametrize(
    "text, shape",
    [
        ("Those CEOs were angry about it under the previous Labor Party government.", "party_union_movement"),
        ("Fianna Fáil said it would not back the motion.", "party_union_movement"),
        ("J.P. Morgan analysts cut their forecast.", "company_after_people"),
        ("Industry publication E&E News wrote that rail cars could run near the hotel.", "initials_acronym"),
        ("The panel ordered the Cabinet of Ministers to provide the evidence.", "of_for_amp_inside"),
        ("Lawmakers, notably Alexandra Ocasio-Cortez, fear the change.", "person_particle_hyphen"),
        ("Music by Ludwig van Beethoven filled the hall.", "person_particle_hyphen"),
        ("Mr Obama lands in Kenya later on Friday.", "title_glued"),
        ("The initiative came from Tony Abbott’s office.", "possessive"),
        ("Joe Casello, D-Boynton Beach; Anna Eskamani, D-Orlando; and Angie Nixon.", "headline_list"),
    ],
)
def test_boundary_shapes_tag_the_shapes_real23_draws(text, shape):
    assert shape in boundary_shapes(text)


@pytest.mark.parametrize("text", ["It's a long way to the coast.", "That's what he said about it."])
def test_a_pronoun_contraction_is_no_possessive_shape(text):
    assert "possessive" not in boundary_shapes(text)


@pytest.mark.parametrize(
    "text, shape",
    [
        ("Yasin rushed to southern Wuyan village in Pampore area.", "small_place"),
        ("They later seized the Libyan city of Sirte.", "small_place"),
        ("rebels and radicals in the Caucasus", "region_or_compass"),
        ("Israeli strikes in southern Lebanon went on", "region_or_compass"),
        ("importing biscuits from Nimroz, a border province", "lone_after_preposition"),
        ("says John Carey, a Boston-based money manager", "place_in_word"),
        ("Sen. Harry Reid, D-Nev., said", "us_state_tag"),
        ("a speech in Lincoln, Neb., on Monday", "us_state_tag"),
        ("oil still present underwater in the Gulf of Mexico", "land_or_water"),
        ("the Ministry of Economy participates", "place_in_org"),
    ],
)
def test_locale_shapes_tag_the_shapes_real25_draws(text, shape):
    assert shape in locale_shapes(text)


@pytest.mark.parametrize(
    "text",
    [
        "In March he told the board.",  # a month after "In" is no place
        "The results came from January onward.",  # nor after "from"
    ],
)
def test_a_month_after_a_preposition_is_no_lone_place(text):
    assert "lone_after_preposition" not in locale_shapes(text)
