"""The entity probes (benchmarks/entity_probes_gold, the project's own sentences in three genres): the file is well
formed, the scorer counts strict, offset and per-label mention matches as it says, and newsfacts stays at its level."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.entity_probes import (
    GOLD,
    WRITTEN_GENRES,
    EntityProbeScore,
    genre_mean,
    load_probes,
    score_probe,
    score_probes,
)
from benchmarks.entity_probes_real import DRAWS
from benchmarks.facts_scoring import MENTION_LABELS

CORPUS = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus"
FACTS_TEST = Path(__file__).resolve().parents[1] / "benchmarks" / "facts_gold" / "test"


def write_probe(tmp_path, text: str, entities: list[dict], genre: str = "wire"):
    path = tmp_path / "probes.jsonl"
    path.write_text(json.dumps({"id": "p", "genre": genre, "text": text, "entities": entities}) + "\n", encoding="utf-8")
    return load_probes(path)[0]


def test_every_english_probe_loads_in_one_of_the_three_genres_with_every_label_group():
    probes = load_probes(GOLD / "en.jsonl")
    assert len(probes) >= 120
    assert len({p.id for p in probes}) == len(probes)
    assert {p.genre for p in probes} == set(WRITTEN_GENRES)
    groups = {"GPE+LOC" if label in {"GPE", "LOC"} else label for p in probes for *_, label in p.mentions}
    assert set(MENTION_LABELS) <= groups


def test_a_form_missing_from_its_sentence_or_only_inside_a_word_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="UNHCR"):
        write_probe(tmp_path, "OCHA said so.", [{"name": "UNHCR", "label": "ORG"}])
    with pytest.raises(ValueError, match="whole word"):
        write_probe(tmp_path, "UNHCRs said so.", [{"name": "UNHCR", "label": "ORG"}])
    with pytest.raises(ValueError, match="label"):
        write_probe(tmp_path, "UNHCR said so.", [{"name": "UNHCR", "label": "AGENCY"}])


def test_the_scorer_counts_a_wrong_label_as_a_strict_miss_but_a_span_hit_and_loc_as_gpe(tmp_path):
    text = "UNHCR staff in Darfur met Ana Ruiz."
    entities = [{"name": "UNHCR", "label": "ORG"}, {"name": "Darfur", "label": "GPE"}, {"name": "Ana Ruiz", "label": "PERSON"}]
    probe = write_probe(tmp_path, text, entities)
    predicted = [(0, 5, "PERSON"), (15, 21, "LOC"), (26, 34, "PERSON"), (26, 29, "PERSON")]
    score = EntityProbeScore()
    score_probe(probe, predicted, score)
    assert (score.gold, score.found, score.matched, score.right) == (3, 4, 1, 0)
    assert (score.spans.matched_gold, score.spans.pred) == (3, 4)
    assert score.labels["GPE+LOC"].matched_gold == 1 and score.labels["ORG"].matched_gold == 0
    assert any("missed: ORG 'UNHCR'" in line for line in score.misses)
    score_probe(probe, [(0, 5, "ORG"), (15, 21, "GPE"), (26, 34, "PERSON")], score)
    assert score.right == 1 and score.probes == 2


def test_the_english_set_keeps_its_level_and_beats_the_bare_model_in_every_genre():
    # mean of the genres 0.853 (report 0.754, wire 0.922, uspolitics 0.883) when written, before any fix;
    # 0.887 (report 0.814, uspolitics 0.924) after the rules of issue 11 these probes and the dev gold drove
    ours, bare = score_probes(load_probes(GOLD / "en.jsonl"))
    assert genre_mean(ours) >= 0.88, "\n".join(ours["all"].misses)
    assert ours["report"].f1 >= 0.81 and ours["uspolitics"].f1 >= 0.92, "\n".join(ours["all"].misses)
    for genre in WRITTEN_GENRES:
        assert ours[genre].f1 > bare[genre].f1


#: The English publisher-sentence batches: set name, file, the earlier batches whose sentences stay out, how many
#: sentences and publishers at least, and the mention-F1 floor. ``real``: 0.729 (P 0.707 R 0.753; bare 0.667) when
#: labelled, 0.746 after the ents1 rules (lower-case lead words cut off a name, Netflix an organisation); ``real2``:
#: 0.646 (P 0.624 R 0.671; bare 0.607) when labelled, on main before any rule learnt from it, 0.659 after ents3's
#: "Islamic State"; ``real3`` (drawn with an organisation or place cue): 0.771 (P 0.790 R 0.753; bare 0.628) when
#: labelled, 0.818 after the ents3 rules (a stock listing's exchange and ticker, the names of a "companies such as"
#: list, a listed organisation the model tags in part); ``real4`` (the ``__brv``/``__unf``/``__sfm`` cases, with the
#: same cue): 0.712 (P 0.720 R 0.703; bare 0.585) when labelled, 0.742 after the ents4 rules (an organisation ends
#: before a title that leads into a person, nations of the UK and US states own institutions in the possessive), which
#: took ``real`` to 0.753; ``real5`` (pages of the check's genres, a group-word sentence and a later-mention passage per
#: publisher): 0.779 (P 0.788 R 0.769; bare 0.650) when labelled, 0.787 after ents55's rules (a one-word source after
#: "the", acronyms spelt out in lower case, acronyms that speak, an unnamed "Government"), 0.791 once a department
#: word inside a title was unlabelled as the dev gold does; ``real6`` (compound demonyms, faiths, plural nationals and
#: camps, and organisations by acronym or lower-case head, per publisher): 0.798 (P 0.780 R 0.816; bare 0.704) when
#: labelled, 0.826 after ents65's rules (unbracketed initials of a body, "The Hague", "Islam" NORP, the run a
#: bracketed acronym spells); ``real7`` (organisations only: per publisher a later mention by acronym or lower-case head
#: and a sentence with an organisation word): 0.826 (P 0.811 R 0.843; bare 0.616) when labelled, on main before any
#: rule learnt from it, then ents269's rules (an institution's possessive split off, "Marines" an organisation, company
#: words, the rest of a name after a connector); ``real8`` (government and political news: sentences
#: with a state body or place cue): 0.833 (P 0.822 R 0.845; bare 0.625) when labelled, on main before any rule learnt
#: from it (0.840 once "Gaza Strip" was labelled GPE as the dev gold does), 0.856 after ents280's rules ("Washington,
#: D.C." one place, a bracketed short form spelt from its name's word heads); ``real9`` (issue 11's organisation kinds:
#: government and political pages first, a body inside a title or possessive or an armed group first): 0.837 (P 0.864
#: R 0.811; bare 0.722) when labelled, 0.845 once "US Congress" was labelled one ORG as the batches write a country
#: before a body, 0.857 after ents315's rules (a listed public figure, "Trump", a person; a person's "Administration";
#: "Organization" and "Holdings" heads); ``real10`` (drawn as ``real9``, held out while ents315's rules changed):
#: 0.847 on main 13d1263, 0.861 on ents315's rules (bare 0.743), 0.870 on ents329's "al-" rule; ``real11`` (ents329:
#: per publisher an organisation-kind and a place-kind sentence in turn, ``Draw.places``): 0.803 (P 0.828 R 0.779;
#: bare 0.629) when labelled, on main 8f72e38 before any rule learnt from it, 0.832 after ents329's rules ("West Bank"
#: a place, "al-" kept, "Bridge" a facility, a lone "Administration" no name, a name before "neighbourhood" a
#: locality); ``real12`` (drawn as ``real11``, held out while ents329's rules changed): 0.785 on main 8f72e38, 0.808
#: on ents329's rules (bare 0.627), 0.812 on ents340's; ``real13`` (ents340: per publisher the sentences of the
#: organisation kinds the batch held fewest of, look-alikes included, ``Draw.kinds``): 0.877 on main c3889cf (bare
#: 0.636) once two labels were mended, 0.895 after ents340's rules (a speaker's name after a quoted clause, awards no
#: organisation, a lone "Court" no name, "Mount"/"River" places, "Hotel" a facility); ``real14`` (drawn as ``real13``,
#: held out while ents340's rules changed): 0.788 on main c3889cf and on ents340's rules (bare 0.617;
#: NORP 0.897 there, under the bare model's 0.903 on main and after: "The Russian leader" read as one ORG, a report's
#: "Rented Evangelicals" missed; its NORP check is waived, ``NORP_UNDER_BARE``, rather than tuned on a held-out batch);
#: ``real15`` (ents349: per publisher the sentences of the organisation shapes ``real14`` missed, ``Draw.shapes``:
#: a company's possessive before a person, brand lists, campuses, lone acronyms, company words, look-alikes): 0.764
#: on main 4f50d91 (bare 0.651), 0.770 after ents349's rules (a name a trade noun's appositive heads an
#: organisation); ``real16`` (drawn as ``real15``, held out while ents349's rules changed): 0.840 on main 4f50d91
#: and on ents349's rules (bare 0.737); ``real17`` (ents369: per publisher a passage whose last sentence names a
#: person by surname alone or an organisation by its acronym alone after the full name, ``Draw.recur``): 0.632 on
#: main 3b95977 (bare 0.533), 0.638 after ents369's rule (an acronym spelled out in lower case at a sentence's start
#: is no name); ``real18`` (drawn as ``real17``, held out while ents369's rule changed): 0.610 on main 3b95977 and
#: on ents369's rule (bare 0.471); ``real19`` (ents371: per publisher the sentences of the organisation kinds of
#: issue 11's unseen sets the batch held fewest of, ministries, armed groups, courts, outlets cited as sources,
#: clubs, NGOs and the look-alikes of a government named by its capital and a firm named after people,
#: ``Draw.unseen``): 0.890 on main fcb7ab0 (bare 0.667), 0.896 after ents371's rules (an "O’Keefe" surname a
#: person's name); ``real20`` (drawn as ``real19``, held out while ents371's rules changed): 0.840 on main fcb7ab0
#: and on ents371's rules (bare 0.682); ``real21`` (ents374: per publisher the sentences of the place and person
#: shapes of conflict, government and wire reports, ``Draw.conflict``; drawn after ents371's ``real19`` and
#: ``real20``, whose sentences it leaves out): 0.781 on main fcb7ab0 (bare 0.670), 0.789 after ents374's rule
#: ("Bedouin(s)" a people); ``real22`` (drawn as ``real21``, held out while ents374's rule changed): 0.814 on main
#: fcb7ab0 and on ents374's rule (bare 0.670); ``real23`` (ents381: per publisher the sentences of the organisation
#: and person boundary shapes the batch held fewest of, parties and movements, firms named after people, initials,
#: "of"/"&" inside names, particles and hyphens, titles, possessives, headline lists, ``Draw.boundary``): 0.831 on main
#: e1515bef (bare 0.670), 0.860 after ents381's rules (a trade noun read as a verb, a courtesy title's untagged name,
#: a lone "Church", a person among companies in a list); ``real24`` (drawn as ``real23``, held out while ents381's
#: rules changed): 0.800 on main e1515bef and on ents381's rules (bare 0.678); ``real25`` (ents382: per publisher
#: the sentences of the place shapes the model reads worst, villages, camps and districts, regions and compass
#: places, lone names after "in the"/"from", places in hyphenated words, party-state tags and "Town, St.", land and
#: water, ``Draw.locale``; drawn beside ents381's ``real23``/``real24`` and listed after them): 0.787 on main
#: e1515bef (bare 0.620), 0.826 after ents382's rules (a party-state tag closed by its own period, a name before
#: "area"/"border"/"crossing" a place, a compass adjective before a country a region); ``real26`` (drawn as
#: ``real25``, held out while ents382's rules changed): 0.876 on main e1515bef and on ents382's rules (bare 0.679).
#: Each batch as (name, at least this many sentences, of at least this many publishers, mention F1 floor); a batch
#: may share no sentence with the batches its draw left out (``entity_probes_real.DRAWS``: every batch drawn before it;
#: ``real25`` was drawn beside ``real23``, not after it, and the two share two sentences of one Delhi report).
_BATCH_LEVELS = [
    ("real", 60, 15, 0.75),
    ("real2", 50, 25, 0.65),
    ("real3", 45, 20, 0.81),
    ("real4", 48, 18, 0.74),
    ("real5", 54, 27, 0.79),
    ("real6", 60, 30, 0.82),
    ("real7", 52, 30, 0.85),
    ("real8", 46, 25, 0.85),
    ("real9", 60, 25, 0.85),
    ("real10", 40, 25, 0.85),
    ("real11", 60, 25, 0.82),
    ("real12", 40, 23, 0.80),
    ("real13", 60, 30, 0.87),
    ("real14", 44, 22, 0.77),
    ("real15", 60, 34, 0.76),
    ("real16", 46, 24, 0.83),
    ("real17", 31, 16, 0.63),
    ("real18", 28, 15, 0.60),
    ("real19", 34, 18, 0.89),
    ("real20", 30, 16, 0.83),
    ("real21", 36, 19, 0.78),
    ("real22", 36, 19, 0.80),
    ("real23", 36, 18, 0.85),
    ("real24", 34, 17, 0.79),
    ("real25", 33, 18, 0.82),
    ("real26", 35, 18, 0.87),
]
REAL_BATCHES = [
    (name, f"en_{name}.jsonl", tuple(f"{before}.jsonl" for before in DRAWS[f"en_{name}"].after), *levels)
    for name, *levels in _BATCH_LEVELS
]

#: Batches whose NORP mention F1 was under the bare model's when first scored, not tuned on: ``real14`` (held out);
#: ``real15`` (0.800 under 0.857 on main and after ents349's organisation rules: group words inside other words and
#: names, "neo-Nazis" cut to "Nazis", "anti-Christian", "Greek life", "Americans for Financial Reform"; left for a
#: NORP round).
NORP_UNDER_BARE = frozenset({"real14", "real15"})


def batch_rows(file: str) -> list[dict]:
    return [json.loads(line) for line in (GOLD / file).read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("name, file, earlier, sentences, publishers, floor", REAL_BATCHES)
def test_a_real_batch_is_new_sentences_of_dev_pages_of_publishers_the_facts_test_never_saw(
    name, file, earlier, sentences, publishers, floor
):
    split = json.loads((CORPUS / "SPLIT.json").read_text(encoding="utf-8"))
    test_publishers = {path.name.split("_")[0] for path in FACTS_TEST.glob("*.json")}
    rows = batch_rows(file)
    seen = {row["text"] for other in earlier for row in batch_rows(other)}
    assert len(rows) >= sentences and len({row["publisher"] for row in rows}) >= publishers
    for row in rows:
        assert row["text"] not in seen, row["id"]
        case = split[row["page"]]
        assert case["split"] == "dev", row["id"]
        assert case["publisher"] == row["publisher"] not in test_publishers, row["id"]


@pytest.mark.parametrize("name, file, earlier, sentences, publishers, floor", REAL_BATCHES)
def test_a_real_batch_keeps_its_level_and_beats_the_bare_model(name, file, earlier, sentences, publishers, floor):
    ours, bare = score_probes(load_probes(GOLD / file))
    assert ours["news"].f1 >= floor, "\n".join(ours["all"].misses)
    assert ours["news"].f1 > bare["news"].f1
    if name not in NORP_UNDER_BARE:  # a batch with no group word and none found has no NORP F1 (``real18``): 0 each
        assert (ours["news"].labels["NORP"].f1 or 0.0) >= (bare["news"].labels["NORP"].f1 or 0.0)


@pytest.mark.parametrize("name, file, earlier, sentences, publishers, floor", REAL_BATCHES)
def test_a_real_batch_is_what_its_seeded_draw_picks(name, file, earlier, sentences, publishers, floor):
    from benchmarks.entity_probes_real import draw
    from benchmarks.extraction import SHARED_PAGES

    if not SHARED_PAGES.is_dir():
        pytest.skip(f"{SHARED_PAGES} (the shared cleaning corpus) is not checked out here")
    assert [(r["text"], r["page"]) for r in draw("en", name)] == [(r["text"], r["page"]) for r in batch_rows(file)]
