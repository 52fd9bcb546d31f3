"""The role and speaker probes (benchmarks/role_probes_gold, the project's own sentences): the file is well
formed, the scorer counts wrong roles, wrong speakers and misses, and the English batch stays at its level."""

from __future__ import annotations

import json

import pytest

from benchmarks.role_probes import GOLD, RoleProbeScore, load_probes, score_probe, score_probes
from extractors.records import Entity, Quote

PUBLISHED = "2025-03-11T09:00:00+00:00"


def write_probe(tmp_path, text, people, quotes):
    path = tmp_path / "probes.jsonl"
    row = {"id": "p", "published": PUBLISHED, "text": text, "people": people, "quotes": quotes}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    return load_probes(path)[0]


def test_every_english_probe_loads_with_people_quotes_and_no_role_look_alikes():
    probes = load_probes(GOLD / "en.jsonl")
    assert len(probes) >= 80
    assert len({p.id for p in probes}) == len(probes)
    assert any(person["role"] is None for p in probes for person in p.people)
    assert any(quote["speaker"] is None for p in probes for quote in p.quotes)


def test_a_marked_role_missing_from_its_sentence_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="chief executive"):
        write_probe(tmp_path, "Ana Ruiz spoke.", [{"name": "Ana Ruiz", "role": "chief executive"}], [])


def test_the_scorer_counts_a_wrong_role_a_right_speaker_and_a_role_on_a_look_alike(tmp_path):
    text = '"We are ready," said Ana Ruiz, the chief executive. Local resident Tom Byrne agreed.'
    probe = write_probe(
        tmp_path,
        text,
        [{"name": "Ana Ruiz", "role": "chief executive"}, {"name": "Tom Byrne", "role": None}],
        [{"start": "We are ready", "speaker": "Ana Ruiz"}],
    )
    entities = [
        Entity("Ana Ruiz", 25, 33, 0, "PERSON", "Ana Ruiz", role="executive"),
        Entity("Tom Byrne", 66, 75, 1, "PERSON", "Tom Byrne", role="resident"),
    ]
    quotes = [Quote("We are ready,", 1, 14, 0, "Ana Ruiz", "said")]
    score = RoleProbeScore()
    score_probe(probe, entities, quotes, score)
    assert (score.roles_checked, score.roles_right) == (2, 0)
    assert (score.speakers_checked, score.speakers_right) == (1, 1)
    assert (score.probes, score.right, score.matched, score.gold) == (1, 0, 3, 3)


def test_the_english_batch_keeps_its_level():
    # 65/82 right (roles 56/67, speakers 29/31) when written, on the code before its fixes; 70/82 after them;
    # 72/82 (roles 61/67) after roles2 (personal relations such as "local resident" are no role); 73/82 (roles
    # 62/67) after roles3 ("Detective Inspector")
    score = score_probes(load_probes(GOLD / "en.jsonl"), "en")
    assert score.accuracy >= 0.88, "\n".join(score.misses)
    assert score.roles_right >= 62 and score.speakers_right >= 31, "\n".join(score.misses)


#: Each publisher sentence batch and the roles it must keep right, with how it got there.
REAL_ROLE_FLOORS = [
    # roles right 34/44 when labelled, on main before any rule learnt from it; 37/44 after the roles1 rules
    # (two titles joined by "and", "Opposition Leader"); 38/44 after roles2 ("Chief Medical Information Officer");
    # 39/44 after roles3 ("Ms Mitchell, who is also co-chair"); 40/45 and 41/46 after roles4 ("captain Carola
    # Rackete" and the untagged "Vice Chair Lael Brainard" people)
    ("en_real", 41),
    # roles right 40/52 when labelled, on main before any rule learnt from it (30/48 probes right); 45/52 after
    # the roles2 rules (titles joined by "and" before a name, "co-" titles, "Chief ... Officer", "CTO"); 46/53 after
    # roles4 ("executive director Nicola Corzine" a person)
    ("en_real2", 46),
    # roles right 47/53 when labelled, on main before any rule learnt from it (38/50 probes right); 50/53 after the
    # roles3 rules (a name hung on a title's organisation, "who is/was" titles, "adviser", "engineer")
    ("en_real3", 50),
    # roles right 37/42 when labelled, on main before any rule learnt from it (24/40 probes right, people found 42/56);
    # 38/43 after roles4 (the untagged "Frankfurt Mayor Uwe Becker" a person)
    ("en_real4", 38),
    # roles right 35/54 when labelled, on main before any rule learnt from it (33/56 probes right, people found 54/64);
    # 40/57 after roles322 (split rank abbreviations, kinship before a name, appositive-titled and of-titled names)
    ("en_real5", 40),
    # roles right 34/47 when labelled, on main before any rule learnt from it (34/50 probes right, people found 47/53);
    # 39/47 after roles332 ("Chief" runs, "and CEO", "tackle", "billionaire"); 42/47 after roles351 (a plural
    # appositive shared by a list: "X and Y, the show's executive producers")
    ("en_real6", 42),
    # roles right 58/74 when labelled, on main before any rule learnt from it (35/57 probes right, people found 74/87);
    # 60/74 after roles341 (a government level word opening a title, hyphenated appositive titles)
    ("en_real7", 60),
    # held out: labelled after the roles341 rules and before anything ran on it; roles right 62/66 (31/40 probes right,
    # people found 66/72) on main and on the roles341 rules alike
    ("en_real8", 62),
    # roles right 49/64 when labelled, on main before any rule learnt from it (35/54 probes right, people found 64/76);
    # 52/64 after roles351 (a plural appositive shared by a list of people, a title's lower-case "for <field>")
    ("en_real9", 52),
    # held out: labelled with en_real9 before any roles351 rule and before anything ran on it, scored once at the end:
    # roles right 43/55 (29/44 probes right, people found 55/63) on main and on the roles351 rules alike
    ("en_real10", 43),
    # roles right 36/47 when labelled, on main before any rule learnt from it (24/40 probes right, people found 47/53);
    # 40/47 after roles384 (a police rank opener, a title the model split, "HEAD of the Name")
    ("en_real11", 40),
    # held out: labelled with en_real11 before any roles384 rule and before anything ran on it, scored once at the end:
    # roles right 51/55 (32/41 probes right, people found 55/60) on main and on the roles384 rules alike
    ("en_real12", 51),
]


@pytest.mark.parametrize("batch, floor", REAL_ROLE_FLOORS)
def test_a_real_sentence_batch_keeps_its_roles_level(batch, floor):
    score = score_probes(load_probes(GOLD / f"{batch}.jsonl"), "en")
    assert score.roles_right >= floor, "\n".join(score.misses)


def shapes_in(table: dict, text: str) -> set[str]:
    """The names of a drawer's shape table whose patterns the text matches."""
    return {name for name, pattern in table.items() if pattern.search(text)}


@pytest.mark.parametrize(
    "batch", ["real", "real2", "real3", "real4", "real5", "real6", "real7", "real8", "real9", "real10", "real11", "real12"]
)
def test_a_real_sentence_batch_is_what_its_seeded_draw_picks(batch):
    from benchmarks.extraction import SHARED_PAGES
    from benchmarks.role_probes_real import batch_file, draw

    if not SHARED_PAGES.is_dir():
        pytest.skip(f"{SHARED_PAGES} (the shared cleaning corpus) is not checked out here")
    labelled = [json.loads(line) for line in batch_file(batch).read_text(encoding="utf-8").splitlines()]
    assert [(r["text"], r["page"]) for r in draw(batch)] == [(r["text"], r["page"]) for r in labelled]


def test_a_later_real_sentence_batch_holds_none_of_an_earlier_ones_sentences():
    from benchmarks.role_probes_real import BATCHES, batch_file

    for batch, how in BATCHES.items():
        texts = {p.text for p in load_probes(batch_file(batch))}
        for earlier in how.earlier:
            assert not texts & {p.text for p in load_probes(batch_file(earlier))}, (batch, earlier)


def test_a_shape_draw_takes_shapes_in_turn_and_caps_each_publisher():
    from benchmarks.role_probes_real import Batch, shape_picks

    found = {
        "a": [(f"Coach Ana Ruiz{i} spoke.", f"a{i}") for i in range(5)],
        "b": [("Ana Ruiz, a professor at Leeds, spoke.", "b0"), ("Tom Byrne spoke to his wife.", "b1")],
    }
    picks = list(shape_picks(found, set(), lambda text: text, Batch("s", None, 2, per_shape=3)))
    assert [publisher for publisher, _, _ in picks].count("a") == 2
    assert ("b", "Ana Ruiz, a professor at Leeds, spoke.", "b0") in picks
    assert ("b", "Tom Byrne spoke to his wife.", "b1") in picks


def test_the_official_shapes_find_ministry_lawmaker_and_military_titles():
    from benchmarks.role_probes_real import OFFICIAL_SHAPES

    assert "ministry or agency title" in shapes_in(OFFICIAL_SHAPES, "Defence Minister Ana Ruiz spoke to reporters.")
    assert "possessive title" in shapes_in(OFFICIAL_SHAPES, "Tom Byrne, the country's foreign minister, spoke.")
    assert "lawmaker" in shapes_in(OFFICIAL_SHAPES, "Sen. Ana Ruiz, R-Texas, voted against the bill.")
    assert "military" in shapes_in(OFFICIAL_SHAPES, "Lt. Gen. Tom Byrne, the army's spokesman, denied it.")
    assert "lawmaker" not in shapes_in(OFFICIAL_SHAPES, "Tom Byrne spoke to his wife.")


def test_the_business_shapes_find_business_academic_predicate_and_shared_titles():
    from benchmarks.role_probes_real import BUSINESS_SHAPES

    assert "business title" in shapes_in(BUSINESS_SHAPES, "Ana Ruiz, chief executive of Harlow Foods, spoke.")
    assert "academic or expert" in shapes_in(BUSINESS_SHAPES, "Dr. Tom Byrne said the trial had ended.")
    assert "predicate" in shapes_in(BUSINESS_SHAPES, "Ana Ruiz, who heads the regulator, declined to comment.")
    assert "shared or split title" in shapes_in(BUSINESS_SHAPES, "Senators Ana Ruiz and Tom Byrne voted against the bill.")
    assert "description" in shapes_in(BUSINESS_SHAPES, "Tom Byrne, a local resident, saw the fire.")
    assert "business title" not in shapes_in(BUSINESS_SHAPES, "Tom Byrne spoke to his wife.")


def test_the_wire_shapes_find_government_party_spokesperson_and_bracketed_titles():
    from benchmarks.role_probes_real import WIRE_SHAPES

    assert "government or military title" in shapes_in(WIRE_SHAPES, "Defense Secretary Ana Ruiz spoke to reporters.")
    assert "possessive appositive" in shapes_in(WIRE_SHAPES, "Tom Byrne, the country's foreign minister, spoke.")
    assert "lawmaker with party" in shapes_in(WIRE_SHAPES, "Rep. Ana Ruiz (D-Calif.) voted against the bill.")
    assert "party or campaign" in shapes_in(WIRE_SHAPES, "Her campaign manager, Tom Byrne, declined to comment.")
    assert "spokesperson" in shapes_in(WIRE_SHAPES, "Ana Ruiz, a spokesperson for the ministry, denied it.")
    assert "official after description" in shapes_in(WIRE_SHAPES, "A senior official, Tom Byrne, said the talks had ended.")
    assert "bracket or dash title" in shapes_in(WIRE_SHAPES, "Ana Ruiz (chief executive of Harlow Foods) spoke.")
    assert "list of people" in shapes_in(WIRE_SHAPES, "Ana Ruiz, the foreign minister, and Tom Byrne, her deputy, met.")
    assert "government or military title" not in shapes_in(WIRE_SHAPES, "Tom Byrne spoke to his wife.")


def test_the_left_shapes_find_titles_of_organisations_shared_titles_and_entertainment_roles():
    from benchmarks.role_probes_real import LEFT_SHAPES

    assert "title of organisation after name" in shapes_in(LEFT_SHAPES, "Ana Ruiz, president of Harlow Foods, spoke.")
    assert "shared title" in shapes_in(LEFT_SHAPES, "Tom Byrne and Ana Ruiz, the show's executive producers, met.")
    assert "former or acting" in shapes_in(LEFT_SHAPES, "The then-acting director Tom Byrne declined to comment.")
    assert "sports" in shapes_in(LEFT_SHAPES, "Quarterback Tom Byrne threw two touchdowns.")
    assert "entertainment" in shapes_in(LEFT_SHAPES, "The film stars actress Ana Ruiz.")
    assert "descriptor before title" in shapes_in(LEFT_SHAPES, "Veteran producer Tom Byrne spoke.")
    assert "description" in shapes_in(LEFT_SHAPES, "Tom Byrne, a local resident, saw the fire.")
    assert "sports" not in shapes_in(LEFT_SHAPES, "Tom Byrne spoke to his wife.")


def test_the_unseen_shapes_find_lawmakers_spokespeople_possessive_titles_and_later_mentions():
    from benchmarks.role_probes_real import UNSEEN_SHAPES

    assert "lawmaker with party" in shapes_in(UNSEEN_SHAPES, "Sen. Ana Ruiz (R-Texas) voted against the bill.")
    assert "spokesperson" in shapes_in(UNSEEN_SHAPES, "Tom Byrne, a spokesperson for the ministry, denied it.")
    assert "possessive title before name" in shapes_in(UNSEEN_SHAPES, "Harlow Foods's chief executive Ana Ruiz spoke.")
    assert "then, former or acting" in shapes_in(UNSEEN_SHAPES, "He met then-Secretary Tom Byrne in May.")
    assert "military rank" in shapes_in(UNSEEN_SHAPES, "Lt. Gen. Ana Ruiz said the jets were downed.")
    assert "role at a later mention" in shapes_in(UNSEEN_SHAPES, "At noon Byrne, the agency's director, left.")
    assert "role at a later mention" not in shapes_in(UNSEEN_SHAPES, "Tom Byrne, the agency's director, left.")
    assert "description" in shapes_in(UNSEEN_SHAPES, "Tom Byrne, a local resident, saw the fire.")
    assert "military rank" not in shapes_in(UNSEEN_SHAPES, "Tom Byrne spoke to his wife.")


def test_a_fresh_pages_batch_draws_from_no_page_an_earlier_batch_used():
    from benchmarks.role_probes_real import BATCHES, batch_file

    how = BATCHES["real9"]
    assert how.fresh_pages
    pages = {p["page"] for p in map(json.loads, batch_file("real9").read_text(encoding="utf-8").splitlines())}
    for earlier in how.earlier:
        used = {p["page"] for p in map(json.loads, batch_file(earlier).read_text(encoding="utf-8").splitlines())}
        assert not pages & used, earlier
