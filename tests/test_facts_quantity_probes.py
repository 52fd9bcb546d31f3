"""The quantity probes (benchmarks/facts_gold/probes): labels that hold together, and a reading floor that fails when a
rule change breaks the general ways news copy writes amounts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.quantity_probes import PROBE_SETS, load_probes, run
from benchmarks.quantity_probes_real_fr import draw

#: The probe sets made of publisher sentences; every other set is in the project's own wording.
REAL_SETS = (
    "real", "real2", "real3", "real4", "real5", "real6", "real7", "real8", "context1", "real9", "real10", "real11",
    "real12", "context2", "real13", "real14", "real15", "real16", "real17", "real18", "real19", "real20",
    "real21", "real22", "real23", "real27", "real28", "real29", "real30", "real31", "real32",
    "real33", "real34", "real36", "real37", "real38", "real39", "real40", "real41", "real42", "real43", "fr_real",
    "fr_real2",
)
#: The probe sets drawn from dragnet_data's manual extractions (``benchmarks/dragnet_texts.py``), pages no corpus holds.
DRAGNET_SETS = ("real25", "real26")
#: The probe sets drawn from vocab215's fixture pool (``benchmarks/fixture_pool.py``), pages no corpus holds.
POOL_SETS = ("real35",)
#: The probe sets drawn from the corpus's dev pages and dragnet_data's dev pages together (``corpus_and_dragnet_pool``).
MIXED_SETS = ("real44", "real45", "real46", "real47")
CORPUS = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus"
FACTS_TEST = Path(__file__).resolve().parents[1] / "benchmarks" / "facts_gold" / "test"


@pytest.mark.parametrize(
    "name", sorted(set(PROBE_SETS) - set(REAL_SETS) - set(DRAGNET_SETS) - set(POOL_SETS) - set(MIXED_SETS))
)
def test_probe_file_says_it_holds_no_publisher_text(name):
    provenance = json.loads(PROBE_SETS[name].read_text(encoding="utf-8"))["provenance"]
    assert provenance == "written by the project, no publisher text"


@pytest.mark.parametrize("name", REAL_SETS)
def test_real_sentences_come_from_dev_pages_of_publishers_the_facts_test_never_saw(name):
    split = json.loads((CORPUS / "SPLIT.json").read_text(encoding="utf-8"))
    test_publishers = {path.name.split("_")[0] for path in FACTS_TEST.glob("*.json")}
    for probe in load_probes(PROBE_SETS[name]):
        case = split[probe["page"]]
        assert case["split"] == "dev", probe["id"]
        assert case["publisher"] == probe["publisher"] not in test_publishers, probe["id"]


@pytest.mark.parametrize("name", DRAGNET_SETS)
def test_dragnet_sentences_come_from_dev_publishers_the_facts_test_never_saw(name):
    # A dragnet page's publisher is its URL's brand; the cleaning split's rule puts it in dev, and it is no facts test
    # or off-limits publisher, as the corpus batches leave those out.
    from benchmarks.quantity_probe_sample import OFF_LIMITS, _test_publishers
    from benchmarks.splits import brand, split_of

    banned = _test_publishers()
    for probe in load_probes(PROBE_SETS[name]):
        assert probe["page"].startswith("dragnet_") and brand(probe["url"]) == probe["publisher"], probe["id"]
        assert split_of(probe["publisher"]) == "dev" and probe["publisher"] not in OFF_LIMITS | banned, probe["id"]


@pytest.mark.parametrize("name", MIXED_SETS)
def test_mixed_sentences_come_from_dev_pages_or_dev_dragnet_publishers_the_facts_test_never_saw(name):
    # A corpus item's page is a dev case of a publisher the facts test never saw; a dragnet item's publisher is its
    # URL's brand, dev by the cleaning split's rule, and no facts test or off-limits publisher
    from benchmarks.quantity_probe_sample import OFF_LIMITS, _test_publishers
    from benchmarks.splits import brand, split_of

    split = json.loads((CORPUS / "SPLIT.json").read_text(encoding="utf-8"))
    banned = _test_publishers()
    probes = load_probes(PROBE_SETS[name])
    assert any(p["page"].startswith("dragnet_") for p in probes) and any(p["page"] in split for p in probes)
    for probe in probes:
        assert probe["publisher"] not in OFF_LIMITS | banned, probe["id"]
        if probe["page"].startswith("dragnet_"):
            assert brand(probe["url"]) == probe["publisher"] and split_of(probe["publisher"]) == "dev", probe["id"]
        else:
            case = split[probe["page"]]
            assert case["split"] == "dev" and case["publisher"] == probe["publisher"], probe["id"]


@pytest.mark.parametrize("name", POOL_SETS)
def test_pool_sentences_come_from_dev_publishers_the_facts_test_never_saw(name):
    # A pool page's publisher is dev by the cleaning split's rule (its host's brand too), no facts test publisher on any
    # label of its host (abcnews.go.com is ABC News's) and no off-limits one; each item names the fixture it came from.
    from benchmarks.fixture_pool import REPOSITORIES, _own_labels
    from benchmarks.quantity_probe_sample import OFF_LIMITS, _test_publishers
    from benchmarks.splits import brand, split_of

    banned = _test_publishers()
    for probe in load_probes(PROBE_SETS[name]):
        host = probe["url"].removeprefix("https://").rstrip("/")
        assert split_of(probe["publisher"]) == split_of(brand(probe["url"])) == "dev", probe["id"]
        assert not {probe["publisher"], *_own_labels(host)} & (OFF_LIMITS | banned), probe["id"]
        assert probe["repo"] in REPOSITORIES.values() and len(probe["commit"]) == 40 and probe["path"], probe["id"]


@pytest.mark.parametrize("path", PROBE_SETS.values())
def test_probe_labels_are_substrings_with_ranges_low_to_high_and_a_unit(path):
    probes = load_probes(path)
    # the French batch takes the seven a publisher its draw allows of eight French dev publishers: 42, the second one six
    # a publisher of the seven left (30); real31 takes the whole pool of corpus192's three English dev pages no batch
    # drew from (15), not padded from other pages; real38 all its caps allow on stop 51's nine publishers (26), real39
    # the 30 items that widen it, real40 30 items of every English dev tag, real41 45 value-reading items, real42 48
    # items of the value shapes the earlier batches had few of, real43 30 items drawn as real42, held out for its rules
    assert len(probes) >= {
        PROBE_SETS["fr_real"]: 40, PROBE_SETS["fr_real2"]: 30, PROBE_SETS["real31"]: 15, PROBE_SETS["real38"]: 26,
        PROBE_SETS["real39"]: 30, PROBE_SETS["real40"]: 30, PROBE_SETS["real41"]: 45, PROBE_SETS["real42"]: 48,
        PROBE_SETS["real43"]: 30, PROBE_SETS["real45"]: 30, PROBE_SETS["real46"]: 40, PROBE_SETS["real47"]: 25,
    }.get(path, 50)
    assert len({p["id"] for p in probes}) == len(probes)
    for probe in probes:
        for quantity in probe["quantities"]:
            assert quantity["text"] in probe["text"], probe["id"]
            assert quantity["unit"], probe["id"]
            assert quantity["value_max"] is None or quantity["value_max"] > quantity["value"], probe["id"]


@pytest.fixture(scope="module")
def report():
    return run()


def test_probes_have_sentences_with_no_quantity_to_find():
    assert sum(not p["quantities"] for p in load_probes()) >= 50


def test_probe_sentences_are_read_right_above_the_floor(report):
    # 598 of 604 when the floor was set, 604 after the issue #11 unit fixes; main before the first issue #11 fixes read
    # 533 of them (0.882)
    assert report.accuracy() >= 0.985, "\n".join(report.misses)


def test_probe_values_and_units_are_right_above_the_floor(report):
    # 566 of 567 overlap matches when the floor was set; 502 of 536 (0.937) on main before the fixes
    assert report.values() >= 0.99, "\n".join(report.misses)


@pytest.mark.parametrize("name", ["heldout", "heldout2", "heldout3"])
def test_later_batches_are_read_right_above_the_floor(name):
    # First scores, each on the rules before anything learnt from that batch: heldout on main 154/161 sentences and
    # values 0.970; heldout2 after the first fixes 77/82 and 0.986; heldout3 after all issue #11 fixes 62/67 and
    # 1.000. When the floor was set: 161/161, 82/82 and 66/67, values 1.000 in each.
    report = run(path=PROBE_SETS[name])
    assert report.accuracy() >= 0.98, "\n".join(report.misses)
    assert report.values() >= 0.99, "\n".join(report.misses)


def test_wire_report_and_politics_batch_is_read_above_its_floor():
    # heldout4 (wire copy, government and conflict reports, US politics) scored on main before any rule learnt from
    # it: 87/102 sentences, values 0.983; after the tolerance, percent-after-a-name, bill-as-law and "N out of M" share
    # rules: 91/102 and 0.992; 92/102 after the level-in-points rule (heldout5), 93/102 with the stock-index level rule.
    report = run(path=PROBE_SETS["heldout4"])
    assert report.accuracy() >= 0.89, "\n".join(report.misses)
    assert report.values() >= 0.99, "\n".join(report.misses)


def test_value_reading_batch_is_read_above_its_floor():
    # heldout5 (scale words, currency prefixes and names, pence and cents, ranges, changes, measures, spelled numbers)
    # scored on main before any rule learnt from it: 129/134 sentences, values 0.986 (130/134 once "the two cities"
    # was labelled by the conventions); after the fraction-of-a-scale, narrow/widen and level-in-points rules 134/134,
    # values 1.000.
    report = run(path=PROBE_SETS["heldout5"])
    assert report.accuracy() >= 0.98, "\n".join(report.misses)
    assert report.values() >= 0.99, "\n".join(report.misses)


@pytest.mark.parametrize(
    ("name", "sentences", "values"),
    [
        ("real", 0.87, 0.99), ("real2", 0.88, 0.97), ("real3", 0.91, 0.98), ("real4", 0.92, 0.98), ("real5", 0.92, 0.99),
        ("real6", 0.89, 0.99), ("real7", 0.93, 0.99), ("real8", 0.94, 0.99), ("real9", 0.98, 0.99),
        ("real10", 0.92, 0.98), ("real11", 0.94, 0.97), ("real12", 0.95, 0.99), ("context2", 0.85, 0.98),
        ("real13", 0.86, 0.98), ("real14", 0.92, 0.99), ("real15", 0.94, 0.98),
        ("real16", 0.93, 0.98), ("real17", 0.85, 0.98), ("real18", 0.98, 0.99), ("real19", 0.98, 0.99),
        ("real20", 0.75, 0.97), ("real21", 0.82, 0.97), ("real22", 0.92, 0.99),
        ("real23", 0.88, 0.99), ("real25", 0.92, 0.98), ("real26", 0.83, 0.98),
        ("real27", 0.75, 0.97), ("real28", 0.89, 0.97), ("real29", 0.81, 0.97),
        ("real30", 0.82, 0.97), ("real31", 0.93, 0.99), ("real32", 0.88, 0.97),
        ("real33", 0.89, 0.99),
        ("real34", 0.93, 0.99),
        ("real35", 0.88, 0.99),
        ("real36", 0.94, 0.99),
        ("real37", 0.96, 0.99),
        ("real38", 0.96, 0.99),
        ("real39", 0.93, 0.97),
        ("real40", 0.96, 0.99),
        ("real41", 0.88, 0.99),
        ("real42", 0.87, 0.97),
        ("real43", 0.93, 0.99),
        ("real44", 0.92, 0.99),
        ("real45", 0.93, 0.99),
        ("real46", 0.95, 0.99),
        ("real47", 0.96, 0.96),
        ("fr_real", 0.83, 0.96),
        ("fr_real2", 0.80, 0.91),
    ],
)
def test_real_publisher_sentences_are_read_above_their_floor(name, sentences, values):
    # Publisher sentences from the cleaning corpus's dev pages, first scored on main 9be0ea1 before any rule learnt
    # from them: real 187/218 sentences, values 0.986 (with its labels brought into line with the written
    # conventions); real2 95/107, values 0.980. After the "a <noun> or two", glued "10x" and "two-state solution"
    # rules: real 192/218 and 0.993. real3 (hard cases) on main before any rule learnt from it: 160/177, values 0.984
    # (161 with one label in the written conventions); after the gapped-clause and dozen rules 163/177, values 0.990.
    # real4 (ordinary news, pages never used for probes) on main 371c73d before any rule learnt from it: 162/180,
    # values 0.977 (127/130), 163/180 with "two-fold" labelled as the dev gold's "twofold"; after the zero-tolerance,
    # seasons, span, title and glued-plus rules 167/180, values 0.985 (131/133).
    # real5 (ordinary news from the other corpus sources) on main 50cfb20 before any rule learnt from it: 161/180,
    # values 1.000 (96/96), 162/180 with "20 of them" labelled none as the written probes do; after the "any one",
    # net-zero, "one side", bare "one day" and "one" on a plural rules 167/180, values 1.000 (96/96); the same rules
    # took real from 194 to 196 and real3 from 163 to 164.
    # real6 (numbers hard to read as values, pages no earlier batch used) on main cc15f78 before any rule learnt from
    # it: 130/152, values 0.984 (123/125); 132/152, values 124/125, with the scorer's "-y"/"-ies" fold and "5-year
    # inflation expectations" labelled none as heldout4's "10-year Treasury yield"; after the address-block,
    # counted-subject, quoted-title and compound-head rules 137/152, values 127/128 (real 196 -> 199, real3 164 -> 166,
    # real4 167 -> 168).
    # real7 (pages added after real6, mostly US tech and business copy) on main 18c0346 before any rule learnt from
    # it: 135/150, values 0.983 (119/121); after the change-from and gapped-alternation rules 138/150, values 0.984
    # (122/124); 141/150, values 0.992 (124/125) once "N others" with no count before counts people.
    # real8 (government, NGO, political, public-broadcaster, local-paper and foreign-affairs copy) on main bcad939
    # before any rule learnt from it: 140/150, values 0.984 (122/124); 141/150 with "metric tons" labelled "tonnes" as
    # the dev gold writes it; after the escalation rule 142/150, values 0.992 (124/125); the brought-to-a-level rule
    # took real from 199 to 200.
    # real9 (the English dev pages no earlier batch drew from) on main f43b130 before any rule learnt from it: 65/69,
    # values 1.000 (52/52); after the quarters and age-after-"at" rules 67/69, values 1.000 (54/54).
    # real10 (sentences no earlier batch took, weighted to value and unit reading) on main 4d461d0 before any rule
    # learnt from it: 67/75, values 0.966 (86/89); 68/75, values 87/90 with "half a day" labelled as the dev gold's
    # "a good half an hour"; after the storage-unit and bracketed-count rules 69/75, values 0.967 (88/91); 88/90 once
    # "quadrillion" was a scale word.
    # real11 (drawn as real10 is, none of its sentences) on main 21fc0fa before any rule learnt from it: 69/75, values
    # 0.972 (70/72); after the kind-compound ("one-party"), spelled-restated-count and dash-apposed "number of" rules
    # 71/75, values 0.973 (72/74).
    # real12 (drawn as real11 is, none of its sentences, weighted to the value shapes earlier rounds left) on 3fa0cc8
    # (main bbd70af and the batch) before any rule learnt from it: 70/75, values 1.000 (63/63); after the
    # adjective-noun and sequence-item rules 72/75, values 1.000 (64/64), and real10 70/75, values 89/90.
    # context2 (windows whose last sentence's value, unit, currency or noun may come from the sentences before it;
    # scored on the last sentence after reading the others) on values19 39cafe7 before any rule learnt from it: 44/56,
    # values 0.981 (53/54); 46/56 with a forward offset ("will be up in a month or two") and a share ("three out of
    # four of its spires") labelled none as the written probes label them; after the fronted-whole ("Among the 50
    # stocks ..., 31 were ..., while 19 were"), index-level and "game four" (sequence-item) rules 48/56, values 0.982 (55/56).
    # real13 (every number sentence of the English sfm dev pages, added after context2) on values20 0c59b5b (main
    # 8842873 and the batch) before any rule learnt from it: 41/50, values 0.964 (54/56); after the and-pair rule ("2.06
    # and 0.28 points", "three and seven percent": the unit after the second is both numbers') 41/50, values 0.982
    # (55/56).
    # real14 (the rarer value shapes: fractions, dozens, multipliers, rates, degrees, money with a scale, decreases,
    # ranges, times, ordinals, ages; 46 publishers) on values21 42d6610 (main cd2099f and the batch) before any rule
    # learnt from it: 65/71, values 1.000 (67/67); after the quoted-label rule ("the “one secret trick” guy", as real12's
    # "the “three vehicles” problem", which went to 73/75) 66/71; the dated predicate-age rule ("Kamala was 12 in
    # 1976 when", "and was 13 when") then took real3 to 168/177 (values 193/193) and real7's values to 125/126.
    # real15 (the shapes no batch aimed at: list items and table rows, financial briefs, ranks, id-like numbers, years
    # beside counts, approximations, negatives, number words; the brv, brv2 and unf pages too; 39 publishers) on
    # values22 73e91b4 (main 20ae275 and the batch) before any rule learnt from it: 75/80, values 0.986 (70/71); after
    # the glued-tilde rule ("~5 mm", Blister, as Haki Benita's "~4.33") 76/80, values 0.986 (71/72).
    # real16 (every number-bearing sentence, list item and table row of the English dev pages no batch drew from: the
    # magic-html and six postlight/parser forks' pages; 12 publishers) on values23 0e30c4d (main b1bf2fa and the batch)
    # before any rule learnt from it: 67/74, values 0.980 (50/51); 68/74 with "Four days later" labelled none as the
    # written calls have it; after the capitals-name-part rule ("TCL 10 SE", GSMArena, as HOLA!'s "212 VIP Black",
    # which took real9 to 68/69) 69/74, values 50/51.
    # real17 (every number-bearing item of magic-html's number-rich mgh3 pages; 10 publishers) on values24 140bae4
    # (main 9dd4373 and the batch) before any rule learnt from it: 60/75, values 0.950 (57/60); after the kitchen-measure,
    # slashed-fraction, "later than" and lettered-name-part rules 64/75, values 0.984 (62/63).
    # real18 (spelled scales and ranges, fractions of a scale, vague scales, scale letters, shared-unit ranges, points,
    # per-capita rates, "half", "one in five"; 43 publishers) on values27 117ccd2 (main 94ff813 and the batch) before any
    # rule learnt from it: 64/70, values 1.000 (31/31); 65/70 with "a year and a half before they started" labelled as
    # the dev gold labels "N days prior to <event>"; after the halved-unit rule ("half a cup", The Times of India; "a
    # half mile", WTF Economy; "first half hour", cricket.com.au; "the half-hour form", GQ) 69/70, values 36/36.
    # real19 (casualty counts, votes, polls, aid and budgets, rates, ages, ordinals and years, approximate words from
    # the news desks among the dev publishers; 38 publishers) on values54 3f9eb6a (main 1b53005 and the batch) before
    # any rule learnt from it: 64/66, values 1.000 (40/40); after the apposed-name rule ("One supporter, 38-year-old
    # Aleksandra Krzanowska,", USA TODAY, as NPR's "One witness, Felicia Sanders,") 65/66, values 40/40.
    # real20 (sports results and records, market moves and company results, science and health figures, measures,
    # weather and disasters, elections, money in other currencies; 31 publishers) on values64 3e3af59 (main e446a66 and
    # the batch) before any rule learnt from it: 45/65, values 0.980 (96/98); 46/65, values 97/99, with "One big
    # difference" relabelled 1 difference as real5's, real8's and real11's "One thing" count, 47/65 with "the top two
    # seeds" relabelled none as the rank-band rule reads "the top ten reasons"; after the connector-size ("a 3.5mm
    # headphone jack", GSMArena, as Engadget's in the dev gold) and list-mark ("1. poll tasks", Dropbox Tech, as Vox's
    # "17) BPM") rules 49/65, values 97/99.
    # real21 (heights in feet and inches, sports measures, spelled compounds, product numbers, occasions, "or so",
    # shared-scale ranges; 36 publishers) on values79 59f4769 (main 3f9ed73 and the batch) before any rule learnt from
    # it: 38/51, values 0.979 (46/47); after the glued-height ("5-foot-9", Mother Jones; "7-foot-4", The Washington
    # Post) and "at one time" (The New Yorker, Network World) rules 42/51, values 48/49.
    # real22 (points, percent changes, fractions, ranges with a unit, ages, dates beside numbers, numbers glued to
    # units, dozens, ordinals beside cardinals; 35 publishers) on values92 5846c90 (main ffb8fa0 and the batch) before
    # any rule learnt from it: 45/50, values 1.000 (51/51); after the bare-dozen rule ("the past dozen years", The
    # Washington Post, as Mother Jones's "some dozen workplaces" and Kotaku's "their dozen-hour journey") 46/50,
    # values 52/52.
    # real23 (ranges, fractions and multiples, money with a scale or a foreign sign, number words, rates,
    # approximations, decimal commas; 38 publishers) on values110 4bd0ab8 (main 0a73b41 and the batch) before any rule
    # learnt from it: 53/60, values 1.000 (49/49); no wrong value, and each miss one dev publisher's, so no rule.
    # real27 (the English dev pages added at stop 46, the hard shapes and any number; 18 publishers) on values161
    # 6b963d8 (main c5cdaa0 and the batch) before any rule learnt from it: 40/53, values 0.974 (38/39); the one wrong
    # unit ("ridership averages dropped ... to 5.758 million" counted as averages, Second Avenue Sagas) is one dev
    # publisher's, so no rule.
    # real28 (the English dev pages no batch drew from: the fdh/fdh3 pages and older ones the caps left; 13 publishers)
    # on values176 498cb9f (main e0c7dbe and the batch) before any rule learnt from it: 50/57, values 1.000 (37/37);
    # with the scorer putting each label on its own words (8cdebe0) 51/57, values 0.974 (38/39): the one wrong unit
    # ("two wins from two" read 2 wins for the matches, Evening Standard) is one dev publisher's, so no rule.
    # real29 (the English dev pages no batch drew from at stop 47: Astral Codex Ten's Rootclaim review and The Times of
    # India's pages real28's cap left; 2 publishers) on values179 2503402 (main 37acb14 and the batch) before any rule
    # learnt from it: 49/60, values 0.972 (35/36); the one wrong value ("~1001 hours" read 1001 for "~100" and its
    # footnote mark, Astral Codex Ten) is one dev publisher's, so no rule.
    # real30 (the English dev pages corpus189 added, epb, no batch drew from; 8 publishers) on values191 611f84e (main
    # dbb0df6 and the batch) before any rule learnt from it: 41/50, values 0.977 (43/44); the one wrong value is a
    # unit ("daily pageviews down 4.85% to 1.57" read in points, the sentence's other count, The Stack).
    # real31 (the English dev pages corpus192 added, epb2, no batch drew from: NPR, Katehon, Psychology Today) on
    # values199 3aff82d (main b2bdb3a and the batch) before any rule learnt from it: 14/15, values 1.000 (7/7); no wrong
    # value or unit, one extra ("a dark truck stop one night" read 1 night, NPR), so no rule.
    # real32 (every English dev page under REAL31_TAGS, drawn from or not, only sentences no batch read; REAL32_KINDS,
    # four a page and four a publisher; 27 publishers) on values205 0e26c3a (main b30bd44 and the batch) before any rule
    # learnt from it: 44/50, values 0.980 (48/49); the one wrong unit ("retired in 2018 at 23 (No. 5, $12.5 million)"
    # read 23 "no", the parse hanging the age on the "No." across the bracket, Forbes) is one dev publisher's, so no
    # rule.
    # real33 (drawn as real32, real32's sentences left out too, two a page and two a publisher; 38 publishers) on
    # values213 5dde7ca (main a7d30ff and the batch) before any rule learnt from it: 50/58, values 1.000 (64/64), no
    # wrong value or unit; after the ticker-per-cent ("(AMZN 3.60%)", The Motley Fool) and glued "%+" ("“90%+”",
    # Astral Codex Ten) number-reading fixes 52/58, values 1.000 (67/67).
    # real34 (drawn as real33 with a plain-number turn, one a page and one a publisher; 60 publishers) on values216
    # 9fa01c6 (main 1be1709 and the batch) before any rule learnt from it: 55/60, values 1.000 (21/21), no wrong value or
    # unit, five extras and one unread pH range; after the "N-star" rating (247Sports) and "one ... , another"
    # (Simon Sarris, as real7's Carnegie Endowment) rules 56/60, values 1.000 (21/21).
    # real35 (the fixture pool's English pages, publishers dev by the split's rule; the hard shapes then any number, two
    # a page and two a publisher; 41 publishers) on facts222 663c053 (main d4c93a5 and the batch) before any rule learnt
    # from it: 51/60, values 1.000 (48/48), no wrong value or unit; after the elided-year rule ("the Obama '12 ad",
    # Politico; "the ’10-11 season", SLAM) 53/60, values 1.000 (48/48).
    # real36 (the English dev pages of stop 50's tags atf, rpy, pool1; the hard shapes then any number, three a page and
    # three a publisher; 19 publishers) on facts229 16c74ef (main 5fa2d97 and the batches) before any rule learnt from
    # it: 46/50, values 1.000 (49/49), no wrong value or unit; after the hyphened age adverb ("as a then-28-year-old",
    # Billboard) 47/50, values 1.000 (50/50).
    # real37 (the English dev pages of atf2 and atf3, the tags no batch drew from after stop 50; drawn as real36; 27
    # publishers) on facts254 (main a2689d0 and the batch) before any rule learnt from it: 44/50, values 0.979 (46/47);
    # 46/50, values 1.000 (47/47) with three labels set to the earlier batches' written calls; after the list-of-numbers
    # rule ("five, ten or even twenty times", PurseBlog, as Aeon's and USA Today's lists) and the hanging-hyphen rule
    # ("16- and 17-year-olds", South Florida Sun Sentinel, as Sporting News's "a one- or two-loss team") 48/50, values
    # 1.000 (50/50).
    # real38 (the English dev pages of stop 51's tags dfd and atf4; drawn as real37, 26 items of 9 publishers) on facts261
    # 624ed08 (main 0d8787f and the batches) before any rule learnt from it: 25/26, values 1.000 (14/14); no rule (its
    # one miss, "2000 years in the future" read as a count, is one publisher's). real39 (real38 widened over every older
    # English dev tag, one a page and one a publisher, 30 publishers) on the same tree: 27/30, values 0.969 (31/32);
    # after the slash-price split ("£25/$30", PC Gamer, as GSMArena's spaced "$499 / €549") 28/30, values 0.971 (33/34).
    # real40 (every English dev tag, REAL35_KINDS then REAL40_EXTRA then any number, one a page and one a publisher, 30
    # publishers) on facts268 ee026f7 (main 71c433c and the batch) before any rule learnt from it: 29/30, values 1.000
    # (27/27); no rule (its one miss, "the 3-11 Cardinals" read as a range, is one publisher's, NFL).
    # real41 (every English dev tag, REAL41_KINDS only, the value-reading shapes, one a page and two a publisher, 45
    # items of 43 publishers) on quant290 dbd1284 (main a6da16f and the batch) before any rule learnt from it: 38/45,
    # values 0.982 (54/55); after the ordinal and percentage rules ("20 (24th percentile.)" read as percentiles and
    # "an assist percentage of just 20", ClutchPoints, with NFL's "defensive success percentage at 49.7") 39/45, values
    # 1.000 (55/55); after the article-is-no-qualifier fix ("in a one year period", Deadspin) 40/45, values 56/56.
    # real42 (every English dev tag, REAL42_KINDS only: money with a scale, parentheses, one-unit ranges, spelled per
    # cents and points, approximate counts, falls, ages and durations, list and table lines; one a page and two a
    # publisher, 48 items of 47 publishers) on quant305 ac548c0 (main 44b6007 and the batches) before any rule learnt
    # from it: 41/48, values 0.975 (39/40); 42/48, values 40/41 with "Almost two years after that" labelled 2 years as
    # the earlier batches label a span before or after an event. Its one wrong value ("one of Canada's largest
    # exchanges ... $150 million" read in Canadian dollars, Forbes) is the sentence read alone: the whole page reads USD.
    # real43 (drawn as real42 with its own seed, 30 items, labelled before any quant305 rule) held out on the same tree:
    # 28/30, values 1.000 (29/29), and unchanged after quant305's rule for the bare subject of a verb of dying.
    # real44 (the shapes of wire, conflict, government and political copy, REAL44_KINDS, news desks first, from the
    # corpus's and dragnet_data's dev pages, one a page and two a publisher, 50 items of 40 publishers) on quant314
    # 54e2f6a (main 13d1263 and the batches) before any rule learnt from it: 46/50, values 1.000 (40/40); its misses
    # leave counts unread, none is read wrong; after the age-after-"at" rule ("arrested at 16 for marijuana
    # possession", PolitiFact, with OK!'s "at 13 after being raped") 47/50, values 41/41. real45 (drawn as real44 with
    # its own seed, 30 items, labelled before newsfacts ran on either) held out on the same tree: 28/30, values 1.000
    # (35/35), unchanged after quant314's two rules.
    # real46 (values383: bare ranges, ranges, approximate counts, spelled numbers, numbers naming a thing, numbers of
    # time, rank and score; news desks first, 40 items of 34 publishers) on values383 4033ab3a (main e1515bef and the
    # batches) before any rule learnt from it: 38/40, values 1.000 (34/34), overlap P 1.000 R 0.944: no span read that
    # the labels call no quantity; the two misses leave counts unread ("The recipes serve four", Chicago Tribune;
    # "male minorities, 16 to 25,", Time), one publisher each. real47 (drawn as real46 with its own seed, 25 items,
    # labelled before newsfacts ran on either) scored once at the end on values383 (no extractor change): 24/25, values
    # 0.962 (25/26), overlap P 1.000 R 1.000; its one miss reads "two statement wins" as 2 statement (NFL).
    # fr_real2 (French dev pages fr_real never read, Le Monde's knl pages among them; 7 publishers) on facts229 16c74ef
    # before any rule learnt from it: 24/30, values 0.913 (21/23); no rule (each miss one publisher's).
    # fr_real (French dev publishers, read as French) on main b5edfcf before any rule learnt from it: 33/42, values
    # 0.885 (23/26); after the approximate-number, "un an de", bare-currency and Guinean-franc rules 35/42, values
    # 0.964 (27/28).
    report = run(path=PROBE_SETS[name])
    assert report.accuracy() >= sentences, "\n".join(report.misses)
    assert report.values() >= values, "\n".join(report.misses)


def test_hard_case_batch_holds_only_sentences_of_its_pages_that_match_a_hard_pattern():
    from benchmarks.quantity_probe_sample import HARD, sentences

    for probe in load_probes(PROBE_SETS["real3"]):
        assert probe["patterns"] == [name for name, pattern in HARD.items() if pattern.search(probe["text"])], probe["id"]
        assert probe["patterns"], probe["id"]
        page = CORPUS / "pages" / f"{probe['page']}.json"
        if page.exists():  # the other pages are in the shared corpus, beside the repo
            body = json.loads(page.read_text(encoding="utf-8"))["expected"]["body"]
            assert probe["text"] in sentences(body), probe["id"]


def test_ordinary_batch_is_exactly_what_its_seeded_draw_picks_from_the_repo_pages():
    from benchmarks.quantity_probe_sample import draw

    stored = load_probes(PROBE_SETS["real4"])
    assert [(p["id"], p["page"], p["text"], p["patterns"]) for p in draw("real4")] == [
        (p["id"], p["page"], p["text"], p["patterns"]) for p in stored
    ]


def test_hard_case_batch_is_exactly_what_its_seeded_draw_picks():
    from benchmarks.extraction import SHARED_PAGES
    from benchmarks.quantity_probe_sample import draw

    if not SHARED_PAGES.is_dir():
        pytest.skip(f"{SHARED_PAGES} (the shared cleaning corpus, most of real3's pages) is not checked out here")
    stored = load_probes(PROBE_SETS["real3"])
    assert [(p["id"], p["page"], p["text"]) for p in draw("real3")] == [(p["id"], p["page"], p["text"]) for p in stored]


def test_ordinary_batch_takes_at_most_six_sentences_a_page_all_holding_a_number():
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER

    stored = load_probes(PROBE_SETS["real4"])
    assert max(Counter(p["page"] for p in stored).values()) <= 6
    assert all(NUMBER.search(p["text"]) and p["page"].endswith("__pl") for p in stored)


@pytest.mark.parametrize(
    "batch",
    [
        "real5", "real6", "real7", "real8", "real9", "real10", "real11", "real12", "real13", "real14", "real15", "real16",
        "real17", "real18", "real19", "real20", "real21", "real22", "real23", "real27", "real28", "real29", "real30",
        "real31", "real32", "real33", "real34", "real36", "real37", "real38", "real39", "real40", "real41",
        "real42", "real43",
    ],
)
def test_real_batch_is_exactly_what_its_seeded_draw_picks(batch):
    from benchmarks.extraction import SHARED_PAGES
    from benchmarks.quantity_probe_sample import draw

    if not SHARED_PAGES.is_dir():
        pytest.skip(f"{SHARED_PAGES} (the shared cleaning corpus, part of the draw's pool) is not checked out here")
    stored = load_probes(PROBE_SETS[batch])
    assert [(p["id"], p["page"], p["text"], p["patterns"]) for p in draw(batch)] == [
        (p["id"], p["page"], p["text"], p["patterns"]) for p in stored
    ]


def test_rest_of_corpus_batch_keeps_its_caps_sources_and_numbers():
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS, REAL5_TAGS

    stored = load_probes(PROBE_SETS["real5"])
    assert max(Counter(p["page"] for p in stored).values()) <= 4
    assert max(Counter(p["publisher"] for p in stored).values()) <= 8
    assert all(NUMBER.search(p["text"]) for p in stored)
    assert all(p["page"].rpartition("__")[2] in REAL5_TAGS for p in stored)
    assert not {p["publisher"] for p in stored} & OFF_LIMITS
    earlier = {p["text"] for name in ("real", "real2", "real3", "real4") for p in load_probes(PROBE_SETS[name])}
    assert not earlier & {p["text"] for p in stored}


def test_hard_numbers_batch_uses_only_pages_no_earlier_batch_drew_from():
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS, REAL6_TAGS

    stored = load_probes(PROBE_SETS["real6"])
    assert max(Counter(p["page"] for p in stored).values()) <= 8
    assert max(Counter(p["publisher"] for p in stored).values()) <= 8
    assert all(NUMBER.search(p["text"]) for p in stored)
    assert all(p["page"].rpartition("__")[2] in REAL6_TAGS for p in stored)
    assert not {p["publisher"] for p in stored} & OFF_LIMITS
    earlier = [p for name in ("real", "real2", "real3", "real4", "real5") for p in load_probes(PROBE_SETS[name])]
    assert not {p["page"] for p in earlier} & {p["page"] for p in stored}
    assert not {p["text"] for p in earlier} & {p["text"] for p in stored}


def test_new_pages_batch_uses_only_pages_added_after_the_batch_before():
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS, REAL6_TAGS, REAL7_TAGS

    stored = load_probes(PROBE_SETS["real7"])
    assert not REAL6_TAGS & REAL7_TAGS
    assert max(Counter(p["page"] for p in stored).values()) <= 8
    assert max(Counter(p["publisher"] for p in stored).values()) <= 8
    assert all(NUMBER.search(p["text"]) for p in stored)
    assert all(p["page"].rpartition("__")[2] in REAL7_TAGS for p in stored)
    assert not {p["publisher"] for p in stored} & OFF_LIMITS
    earlier = [p for name in REAL_SETS[: REAL_SETS.index("real7")] for p in load_probes(PROBE_SETS[name])]
    assert not {p["page"] for p in earlier} & {p["page"] for p in stored}
    assert not {p["text"] for p in earlier} & {p["text"] for p in stored}


def test_unseen_kinds_batch_takes_only_publishers_of_its_list_chosen_by_name():
    # real8 draws from any origin tag but only from the publishers named in REAL8_PUBLISHERS (government bodies, NGOs,
    # political outlets, public broadcasters, local papers, foreign-affairs outlets), with real7's caps; earlier
    # batches' pages stay eligible, their sentences do not
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS, REAL8_PUBLISHERS

    stored = load_probes(PROBE_SETS["real8"])
    assert {p["publisher"] for p in stored} <= REAL8_PUBLISHERS
    assert not REAL8_PUBLISHERS & OFF_LIMITS
    assert max(Counter(p["page"] for p in stored).values()) <= 8
    assert max(Counter(p["publisher"] for p in stored).values()) <= 8
    assert all(NUMBER.search(p["text"]) for p in stored)
    earlier = {p["text"] for name in REAL_SETS[: REAL_SETS.index("real8")] for p in load_probes(PROBE_SETS[name])}
    assert not earlier & {p["text"] for p in stored}


def test_last_pages_batch_uses_only_pages_no_earlier_batch_drew_from():
    # real9 takes the English dev pages that real .. real8 and context1 left untouched, under every origin tag of the
    # corpus when it was drawn (the last added among them), with real7's caps
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS, REAL9_TAGS

    stored = load_probes(PROBE_SETS["real9"])
    assert {"pae", "asc", "rd2", "kcr", "swr"} <= REAL9_TAGS
    assert max(Counter(p["page"] for p in stored).values()) <= 8
    assert max(Counter(p["publisher"] for p in stored).values()) <= 8
    assert all(NUMBER.search(p["text"]) and p["page"].rpartition("__")[2] in REAL9_TAGS for p in stored)
    assert not {p["publisher"] for p in stored} & OFF_LIMITS
    earlier = [p for name in REAL_SETS[: REAL_SETS.index("real9")] for p in load_probes(PROBE_SETS[name])]
    assert not {p["page"] for p in earlier} & {p["page"] for p in stored}
    assert not {p["text"] for p in earlier} & {p["text"] for p in stored}


@pytest.mark.parametrize("batch, publishers", [("real10", 15), ("real11", 30), ("real12", 25)])
def test_value_reading_batch_takes_many_publishers_and_no_sentence_an_earlier_batch_read(batch, publishers):
    # real10 draws from every English dev page (none is left unused), three sentences a page and four a publisher, and
    # leaves out the sentences of every earlier batch, context1's context sentences included; real11 draws the same
    # way and leaves out real10's sentences too, and real12 real11's
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS, REAL9_TAGS

    stored = load_probes(PROBE_SETS[batch])
    assert max(Counter(p["page"] for p in stored).values()) <= 3
    assert max(Counter(p["publisher"] for p in stored).values()) <= 4
    assert len({p["publisher"] for p in stored}) >= publishers
    assert all(NUMBER.search(p["text"]) and p["page"].rpartition("__")[2] in REAL9_TAGS for p in stored)
    assert not {p["publisher"] for p in stored} & OFF_LIMITS
    earlier = [p for name in REAL_SETS[: REAL_SETS.index(batch)] for p in load_probes(PROBE_SETS[name])]
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)


def test_newest_pages_batch_draws_only_the_pages_no_batch_drew_from_within_its_caps():
    # real16 reads the English dev pages of the tags added after real15 (magic-html, six postlight/parser forks), six
    # items a page and twelve a publisher, none an earlier batch scored or read as context
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS, REAL15_TAGS, REAL16_TAGS

    stored = load_probes(PROBE_SETS["real16"])
    assert not REAL16_TAGS & REAL15_TAGS
    assert max(Counter(p["page"] for p in stored).values()) <= 6
    assert max(Counter(p["publisher"] for p in stored).values()) <= 12
    assert all(NUMBER.search(p["text"]) and p["page"].rpartition("__")[2] in REAL16_TAGS for p in stored)
    assert not {p["publisher"] for p in stored} & OFF_LIMITS
    earlier = [p for name in REAL_SETS[: REAL_SETS.index("real16")] for p in load_probes(PROBE_SETS[name])]
    assert not {p["page"] for p in earlier} & {p["page"] for p in stored}
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)


def test_number_rich_pages_batch_draws_only_the_mgh3_pages_within_its_caps():
    # real17 reads the English dev pages of magic-html's third round (mgh3), eight items a page and twelve a
    # publisher, none an earlier batch scored or read as context
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS, REAL16_TAGS, REAL17_TAGS

    stored = load_probes(PROBE_SETS["real17"])
    assert REAL17_TAGS == {"mgh3"} and not REAL17_TAGS & REAL16_TAGS
    assert max(Counter(p["page"] for p in stored).values()) <= 8
    assert max(Counter(p["publisher"] for p in stored).values()) <= 12
    assert all(NUMBER.search(p["text"]) and p["page"].endswith("__mgh3") for p in stored)
    assert not {p["publisher"] for p in stored} & OFF_LIMITS
    earlier = [p for name in REAL_SETS[: REAL_SETS.index("real17")] for p in load_probes(PROBE_SETS[name])]
    assert not {p["page"] for p in earlier} & {p["page"] for p in stored}
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)


def test_value_shapes_batch_draws_every_english_dev_tag_within_its_caps():
    # real18 aims at the value shapes of REAL18_KINDS among every English dev publisher, two items a page and three a
    # publisher, none an earlier batch scored or read as context
    from collections import Counter

    from benchmarks.quantity_probe_sample import OFF_LIMITS, REAL18_KINDS, REAL18_REQUIRE, REAL18_TAGS

    stored = load_probes(PROBE_SETS["real18"])
    assert max(Counter(p["page"] for p in stored).values()) <= 2
    assert max(Counter(p["publisher"] for p in stored).values()) <= 3
    assert all(REAL18_REQUIRE.search(p["text"]) and p["page"].rpartition("__")[2] in REAL18_TAGS for p in stored)
    assert all(any(pattern.search(p["text"]) for pattern in REAL18_KINDS.values()) for p in stored)
    assert not {p["publisher"] for p in stored} & OFF_LIMITS
    earlier = [p for name in REAL_SETS[: REAL_SETS.index("real18")] for p in load_probes(PROBE_SETS[name])]
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)


def test_news_desk_batch_draws_only_its_publishers_within_its_caps():
    # real19 aims the shapes of wire, humanitarian, conflict and political copy at the news desks of REAL19_PUBLISHERS,
    # two items a page and two a publisher, none an earlier batch scored or read as context
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, REAL18_TAGS, REAL19_KINDS, REAL19_PUBLISHERS

    stored = load_probes(PROBE_SETS["real19"])
    assert max(Counter(p["page"] for p in stored).values()) <= 2
    assert max(Counter(p["publisher"] for p in stored).values()) <= 2
    assert len({p["publisher"] for p in stored}) >= 30
    assert all(p["publisher"] in REAL19_PUBLISHERS and p["page"].rpartition("__")[2] in REAL18_TAGS for p in stored)
    assert all(NUMBER.search(p["text"]) and any(k.search(p["text"]) for k in REAL19_KINDS.values()) for p in stored)
    earlier = [p for name in REAL_SETS[: REAL_SETS.index("real19")] for p in load_probes(PROBE_SETS[name])]
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)


def test_genre_batch_draws_every_english_dev_tag_within_its_caps():
    # real20 aims the genres of REAL20_KINDS (sports, markets, science and health, measures, weather, elections, other
    # currencies) at every English dev publisher, three items a page and three a publisher, none an earlier batch
    # scored or read as context
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS, REAL20_KINDS, REAL20_TAGS

    stored = load_probes(PROBE_SETS["real20"])
    assert max(Counter(p["page"] for p in stored).values()) <= 3
    assert max(Counter(p["publisher"] for p in stored).values()) <= 3
    assert len({p["publisher"] for p in stored}) >= 30
    assert all(p["page"].rpartition("__")[2] in REAL20_TAGS and p["publisher"] not in OFF_LIMITS for p in stored)
    assert all(NUMBER.search(p["text"]) and any(k.search(p["text"]) for k in REAL20_KINDS.values()) for p in stored)
    earlier = [p for name in REAL_SETS[: REAL_SETS.index("real20")] for p in load_probes(PROBE_SETS[name])]
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)


def test_unscored_shapes_batch_draws_many_publishers_within_its_caps():
    # real21 aims the shapes values74's audit left unscored (REAL21_KINDS) at every English dev publisher, two items a
    # page and two a publisher, none an earlier batch scored or read as context
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS, REAL20_TAGS, REAL21_KINDS

    stored = load_probes(PROBE_SETS["real21"])
    assert max(Counter(p["page"] for p in stored).values()) <= 2
    assert max(Counter(p["publisher"] for p in stored).values()) <= 2
    assert len({p["publisher"] for p in stored}) >= 20
    assert all(p["page"].rpartition("__")[2] in REAL20_TAGS and p["publisher"] not in OFF_LIMITS for p in stored)
    assert all(NUMBER.search(p["text"]) and any(k.search(p["text"]) for k in REAL21_KINDS.values()) for p in stored)
    earlier = [p for name in REAL_SETS[: REAL_SETS.index("real21")] for p in load_probes(PROBE_SETS[name])]
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)


def test_least_drawn_shapes_batch_draws_many_publishers_within_its_caps():
    # real22 aims the shapes the earlier batches drew least (REAL22_KINDS) at every English dev publisher, two items a
    # page and two a publisher, none an earlier batch scored or read as context
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS, REAL20_TAGS, REAL22_KINDS

    stored = load_probes(PROBE_SETS["real22"])
    assert max(Counter(p["page"] for p in stored).values()) <= 2
    assert max(Counter(p["publisher"] for p in stored).values()) <= 2
    assert len({p["publisher"] for p in stored}) >= 30
    assert all(p["page"].rpartition("__")[2] in REAL20_TAGS and p["publisher"] not in OFF_LIMITS for p in stored)
    assert all(NUMBER.search(p["text"]) and any(k.search(p["text"]) for k in REAL22_KINDS.values()) for p in stored)
    earlier = [p for name in REAL_SETS[: REAL_SETS.index("real22")] for p in load_probes(PROBE_SETS[name])]
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)


def test_hard_shapes_batch_draws_many_publishers_within_its_caps():
    # real23 aims the hard number shapes (REAL23_KINDS) at every English dev publisher, two items a page and two a
    # publisher, none an earlier batch scored or read as context
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS, REAL20_TAGS, REAL23_KINDS

    stored = load_probes(PROBE_SETS["real23"])
    assert max(Counter(p["page"] for p in stored).values()) <= 2
    assert max(Counter(p["publisher"] for p in stored).values()) <= 2
    assert len({p["publisher"] for p in stored}) >= 35
    assert all(p["page"].rpartition("__")[2] in REAL20_TAGS and p["publisher"] not in OFF_LIMITS for p in stored)
    assert all(NUMBER.search(p["text"]) and any(k.search(p["text"]) for k in REAL23_KINDS.values()) for p in stored)
    earlier = [p for name in REAL_SETS[: REAL_SETS.index("real23")] for p in load_probes(PROBE_SETS[name])]
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)


def test_new_pages_batch_reads_only_this_stops_pages_within_its_caps():
    # real27 reads the English dev pages added at stop 46 (REAL27_TAGS), three items a page and three a publisher, none
    # an earlier batch (the dragnet ones included) scored or read as context
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS, REAL27_TAGS

    stored = load_probes(PROBE_SETS["real27"])
    assert max(Counter(p["page"] for p in stored).values()) <= 3
    assert max(Counter(p["publisher"] for p in stored).values()) <= 3
    assert all(p["page"].rpartition("__")[2] in REAL27_TAGS and p["publisher"] not in OFF_LIMITS for p in stored)
    assert all(NUMBER.search(p["text"]) for p in stored)
    earlier = [p for name in (*REAL_SETS[: REAL_SETS.index("real27")], *DRAGNET_SETS) for p in load_probes(PROBE_SETS[name])]
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)


def test_unused_pages_batch_reads_only_pages_no_earlier_batch_drew_from_within_its_caps():
    # real28 reads the English dev pages no earlier batch drew a sentence from, under every tag of stop 46 (REAL28_TAGS),
    # five items a page and five a publisher, none of whose sentences an earlier batch scored or read as context
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS, REAL28_TAGS

    stored = load_probes(PROBE_SETS["real28"])
    assert max(Counter(p["page"] for p in stored).values()) <= 5
    assert max(Counter(p["publisher"] for p in stored).values()) <= 5
    assert all(p["page"].rpartition("__")[2] in REAL28_TAGS and p["publisher"] not in OFF_LIMITS for p in stored)
    assert all(NUMBER.search(p["text"]) for p in stored)
    earlier = [p for name in (*REAL_SETS[: REAL_SETS.index("real28")], *DRAGNET_SETS) for p in load_probes(PROBE_SETS[name])]
    assert not {p["page"] for p in stored} & {p.get("page") for p in earlier}
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)


def test_long_page_batch_reads_only_unused_pages_of_stop_47_within_its_caps():
    # real29 reads the English dev pages no earlier batch drew a sentence from, under every tag of stop 47 (REAL29_TAGS:
    # corpus170's ppl too), fifty items a page and fifty a publisher so that Astral Codex Ten's long review is not
    # starved, none of whose sentences an earlier batch scored or read as context
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS, REAL29_TAGS

    stored = load_probes(PROBE_SETS["real29"])
    assert max(Counter(p["page"] for p in stored).values()) <= 50
    assert max(Counter(p["publisher"] for p in stored).values()) <= 50
    assert all(p["page"].rpartition("__")[2] in REAL29_TAGS and p["publisher"] not in OFF_LIMITS for p in stored)
    assert all(NUMBER.search(p["text"]) for p in stored)
    earlier = [p for name in (*REAL_SETS[: REAL_SETS.index("real29")], *DRAGNET_SETS) for p in load_probes(PROBE_SETS[name])]
    assert not {p["page"] for p in stored} & {p.get("page") for p in earlier}
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)


@pytest.mark.parametrize(("batch", "tags"), [("real30", "REAL30_TAGS"), ("real31", "REAL31_TAGS")])
def test_new_pages_batch_reads_only_unused_pages_of_its_tags_within_its_caps(batch, tags):
    # real30 and real31 read the English dev pages no earlier batch drew a sentence from, under every tag after
    # corpus189 (REAL30_TAGS: epb too) and corpus192 (REAL31_TAGS: epb2 too), eight items a page and eight a publisher,
    # none of whose sentences an earlier batch scored or read as context
    from collections import Counter

    from benchmarks import quantity_probe_sample
    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS

    stored = load_probes(PROBE_SETS[batch])
    assert max(Counter(p["page"] for p in stored).values()) <= 8
    assert max(Counter(p["publisher"] for p in stored).values()) <= 8
    allowed = getattr(quantity_probe_sample, tags)
    assert all(p["page"].rpartition("__")[2] in allowed and p["publisher"] not in OFF_LIMITS for p in stored)
    assert all(NUMBER.search(p["text"]) for p in stored)
    earlier = [p for name in (*REAL_SETS[: REAL_SETS.index(batch)], *DRAGNET_SETS) for p in load_probes(PROBE_SETS[name])]
    assert not {p["page"] for p in stored} & {p.get("page") for p in earlier}
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)


@pytest.mark.parametrize(("batch", "cap"), [("real32", 4), ("real33", 2)])
def test_unread_sentences_batch_reads_its_kinds_on_any_dev_page_within_its_caps(batch, cap):
    # real32 and real33 read every English dev page under REAL31_TAGS, drawn from or not, only sentences and lines no
    # earlier batch scored or read as context, each matching one of REAL32_KINDS; real32 four items a page and four a
    # publisher, real33 two and two, so it spans every publisher those kinds' unread sentences have left
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS, REAL31_TAGS, REAL32_KINDS

    stored = load_probes(PROBE_SETS[batch])
    assert max(Counter(p["page"] for p in stored).values()) <= cap
    assert max(Counter(p["publisher"] for p in stored).values()) <= cap
    assert all(p["page"].rpartition("__")[2] in REAL31_TAGS and p["publisher"] not in OFF_LIMITS for p in stored)
    assert all(NUMBER.search(p["text"]) and any(k.search(p["text"]) for k in REAL32_KINDS.values()) for p in stored)
    earlier = [p for name in (*REAL_SETS[: REAL_SETS.index(batch)], *DRAGNET_SETS) for p in load_probes(PROBE_SETS[name])]
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)


def test_plain_number_batch_takes_one_unread_sentence_a_publisher_from_any_dev_page():
    # real34 reads every English dev page under REAL31_TAGS, drawn from or not, only sentences and lines no earlier batch
    # (real33 included) scored or read as context, REAL34_KINDS then any number in turn, one item a page and one a
    # publisher, so the 60 items speak for 60 publishers
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS, REAL31_TAGS

    stored = load_probes(PROBE_SETS["real34"])
    assert len(stored) == 60
    assert max(Counter(p["page"] for p in stored).values()) == 1
    assert max(Counter(p["publisher"] for p in stored).values()) == 1
    assert all(p["page"].rpartition("__")[2] in REAL31_TAGS and p["publisher"] not in OFF_LIMITS for p in stored)
    assert all(NUMBER.search(p["text"]) for p in stored)
    earlier = [p for name in (*REAL_SETS[: REAL_SETS.index("real34")], *DRAGNET_SETS) for p in load_probes(PROBE_SETS[name])]
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)


def test_pool_batch_takes_two_unread_sentences_a_publisher_of_the_hard_kinds_first():
    # real35 reads the fixture pool's English pages, REAL35_KINDS then any number in turn, two items a page and two a
    # publisher, 60 at most, none of the sentences any earlier batch (real34 and the dragnet ones included) read
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, REAL35_KINDS

    stored = load_probes(PROBE_SETS["real35"])
    assert len(stored) == 60
    assert max(Counter(p["page"] for p in stored).values()) <= 2
    assert max(Counter(p["publisher"] for p in stored).values()) <= 2
    assert all(NUMBER.search(p["text"]) for p in stored)
    assert sum(any(k.search(p["text"]) for k in REAL35_KINDS.values()) for p in stored) >= 50
    earlier = [p for name in (*REAL_SETS[: REAL_SETS.index("real34") + 1], *DRAGNET_SETS) for p in load_probes(PROBE_SETS[name])]
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)


def test_stop_50_pages_batch_takes_three_unread_sentences_a_publisher_of_its_tags_only():
    # real36 reads the English dev pages of the tags added at stop 50 (atf, rpy, pool1), REAL35_KINDS then any number in
    # turn, three items a page and three a publisher, 50 at most, none of the sentences any earlier batch (real35 and the
    # dragnet ones included) read
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS, REAL36_TAGS

    stored = load_probes(PROBE_SETS["real36"])
    assert len(stored) == 50
    assert max(Counter(p["page"] for p in stored).values()) <= 3
    assert max(Counter(p["publisher"] for p in stored).values()) <= 3
    assert all(p["page"].rpartition("__")[2] in REAL36_TAGS and p["publisher"] not in OFF_LIMITS for p in stored)
    assert all(NUMBER.search(p["text"]) for p in stored)
    names = (*REAL_SETS[: REAL_SETS.index("real36")], *DRAGNET_SETS, *POOL_SETS)
    earlier = [p for name in names for p in load_probes(PROBE_SETS[name])]
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)


def test_atf2_atf3_batch_takes_three_unread_sentences_a_publisher_of_its_tags_only():
    # real37 reads the English dev pages of the tags no batch drew from after stop 50 (atf2, atf3), drawn as real36:
    # REAL35_KINDS then any number in turn, three items a page and three a publisher, 50 at most, none of the sentences
    # any earlier batch (real36 included) read
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS, REAL37_TAGS

    stored = load_probes(PROBE_SETS["real37"])
    assert len(stored) == 50
    assert max(Counter(p["page"] for p in stored).values()) <= 3
    assert max(Counter(p["publisher"] for p in stored).values()) <= 3
    assert all(p["page"].rpartition("__")[2] in REAL37_TAGS and p["publisher"] not in OFF_LIMITS for p in stored)
    assert all(NUMBER.search(p["text"]) for p in stored)
    names = (*REAL_SETS[: REAL_SETS.index("real37")], *DRAGNET_SETS, *POOL_SETS)
    earlier = [p for name in names for p in load_probes(PROBE_SETS[name])]
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)


def test_stop_51_pages_batch_takes_three_unread_sentences_a_publisher_of_its_tags_only():
    # real38 reads the English dev pages of the tags stop 51 added (dfd, atf4), drawn as real37: REAL35_KINDS then any
    # number in turn, three items a page and three a publisher, 50 at most (the caps stop at 26), none of the sentences
    # any earlier batch (real37 included) read
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS, REAL38_TAGS

    stored = load_probes(PROBE_SETS["real38"])
    assert len(stored) == 26
    assert max(Counter(p["page"] for p in stored).values()) <= 3
    assert max(Counter(p["publisher"] for p in stored).values()) <= 3
    assert all(p["page"].rpartition("__")[2] in REAL38_TAGS and p["publisher"] not in OFF_LIMITS for p in stored)
    assert all(NUMBER.search(p["text"]) for p in stored)
    names = (*REAL_SETS[: REAL_SETS.index("real38")], *DRAGNET_SETS, *POOL_SETS)
    earlier = [p for name in names for p in load_probes(PROBE_SETS[name])]
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)


def test_widened_batch_takes_one_unread_sentence_a_publisher_of_the_older_tags():
    # real39 widens real38 over every older English dev tag (REAL39_TAGS): REAL35_KINDS then any number in turn, one
    # item a page and one a publisher, 30 items, none of the sentences any earlier batch (real38 included) read
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS, REAL38_TAGS, REAL39_TAGS

    stored = load_probes(PROBE_SETS["real39"])
    assert len(stored) == 30
    assert max(Counter(p["publisher"] for p in stored).values()) == 1
    assert all(p["page"].rpartition("__")[2] in REAL39_TAGS - REAL38_TAGS for p in stored)
    assert all(p["publisher"] not in OFF_LIMITS and NUMBER.search(p["text"]) for p in stored)
    names = (*REAL_SETS[: REAL_SETS.index("real39")], *DRAGNET_SETS, *POOL_SETS)
    earlier = [p for name in names for p in load_probes(PROBE_SETS[name])]
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)


def test_pool_batch_is_exactly_what_its_seeded_draw_picks():
    import os

    from benchmarks.quantity_probe_sample import BATCHES, draw, fixture_pool_found

    folder = Path(os.environ.get("FIXTURE_POOL", "/nonexistent"))
    if not (folder / "index.json").is_file():
        pytest.skip("set FIXTURE_POOL to vocab215's fixture pool folder (index.json and <key>.html; the draw's pool)")
    found, sources = fixture_pool_found(BATCHES["real35"], folder)
    stored = load_probes(PROBE_SETS["real35"])
    assert [(p["id"], p["page"], sources[p["page"]]["host"], p["text"], p["patterns"]) for p in draw("real35", found=found)] == [
        (p["id"], p["page"], p["url"].removeprefix("https://").rstrip("/"), p["text"], p["patterns"]) for p in stored
    ]


@pytest.mark.parametrize(("batch", "publisher_cap"), [("real25", 8), ("real26", 10)])
def test_dragnet_batch_draws_within_its_caps_and_reads_no_earlier_sentence(batch, publisher_cap):
    # real25 (REAL23_KINDS) and real26 (the shapes of real20 .. real22, then any number) take two items a page and
    # eight or ten a publisher from dragnet_data's pages, none an earlier batch scored or read as context
    from collections import Counter

    from benchmarks.quantity_probe_sample import BATCHES, NUMBER

    stored = load_probes(PROBE_SETS[batch])
    assert max(Counter(p["page"] for p in stored).values()) <= 2
    assert max(Counter(p["publisher"] for p in stored).values()) <= publisher_cap
    assert all(NUMBER.search(p["text"]) and any(k.search(p["text"]) for k in BATCHES[batch].kinds.values())
               for p in stored)
    earlier = [p for name in (*REAL_SETS[: REAL_SETS.index("real23") + 1], *DRAGNET_SETS[: DRAGNET_SETS.index(batch)])
               for p in load_probes(PROBE_SETS[name])]
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)


@pytest.mark.parametrize("batch", DRAGNET_SETS)
def test_dragnet_batch_is_exactly_what_its_seeded_draw_picks(batch):
    import os

    from benchmarks.quantity_probe_sample import BATCHES, dragnet_pool, draw

    archive = Path(os.environ.get("DRAGNET_ARCHIVE", "/nonexistent"))
    if not archive.is_file():
        pytest.skip("set DRAGNET_ARCHIVE to dragnet_data's data/meta.tar.gz of commit 1a6f385 (the draw's pool)")
    found, urls = dragnet_pool(BATCHES[batch], archive)
    stored = load_probes(PROBE_SETS[batch])
    assert [(p["id"], p["page"], urls[p["page"]], p["text"], p["patterns"]) for p in draw(batch, found=found)] == [
        (p["id"], p["page"], p["url"], p["text"], p["patterns"]) for p in stored
    ]


def test_context_probe_is_scored_on_its_last_sentence_only_after_its_context_is_read():
    """A context1 item is read with the sentences before it, as on its page, but the context's own quantities are not
    the item's: they must neither count as extra predictions nor shift the scored sentence's spans."""
    from benchmarks.quantity_probes import extracted, read_text, score_probes

    probe = {
        "id": "ctx-test", "context": "The company hired 500 people last year. It also bought 40 trucks.",
        "text": "It plans to open 12 new stores.",
        "quantities": [{"text": "12 new stores", "value": 12, "value_max": None, "unit": "stores"}],
    }
    text, offset = read_text(probe)
    assert text[offset:] == probe["text"] and text[: offset - 1] == probe["context"]
    found = extracted([probe])
    assert [probe["text"][q.start:q.end] for q in found[0]] == ["12 new stores"]
    report = score_probes([probe], found)
    assert (report.right, report.pred, report.values_right) == (1, 1, 1), report.misses


def test_a_label_written_twice_or_again_after_another_is_scored_on_its_own_words():
    """Two labels with the same words ("one outlet and one outlet only", Free Beacon, real28) or a bare number that
    the sentence writes again after a label holding it ("two wins from two", Evening Standard, real28) sit on their own
    occurrences, so a reading of the second one is paired with the second label, not lost against the first."""
    from benchmarks.quantity_probes import label_spans, score_probes
    from extractors.records import Quantity

    text = "It was two wins from two, and one outlet and one outlet only."
    assert label_spans(text, ["two wins", "two", "one outlet", "one outlet"]) == [(7, 15), (21, 24), (30, 40), (45, 55)]
    gold = [{"text": "two wins", "value": 2, "value_max": None, "unit": "wins"},
            {"text": "two", "value": 2, "value_max": None, "unit": "matches"}]
    found = [Quantity("two wins", 7, 15, 0, 2, "wins"), Quantity("two", 21, 24, 0, 2, "wins")]
    report = score_probes([{"id": "twice", "text": text, "quantities": gold}], [found])
    assert (report.overlaps, report.values_right, report.right) == (2, 1, 0)


def test_probe_without_context_is_read_alone():
    from benchmarks.quantity_probes import read_text

    assert read_text({"text": "Two gunmen died."}) == ("Two gunmen died.", 0)


def test_probe_sentence_is_read_with_the_address_of_its_page():
    # real4 rn-179 (CBC, cbc.ca): the sentence names no country, its site prices in Canadian dollars
    from benchmarks.quantity_probes import extracted

    probe = {"text": "The average home went for $640,479.", "page": "cbc_2022-10-14_housing-market-slowdown__pl"}
    assert [q.unit for q in extracted([probe])[0]] == ["CAD"]


def test_every_cited_page_the_repo_corpus_holds_has_its_address_listed():
    from benchmarks.extraction import CORPUS_PAGES
    from benchmarks.page_urls import cited_pages, page_url

    for case_id in sorted(cited_pages()):
        page = CORPUS_PAGES / f"{case_id}.json"
        if page.exists():
            assert page_url(case_id) == json.loads(page.read_text(encoding="utf-8"))["url"], case_id


def test_context_batch_is_read_above_its_floor():
    # context1 (bare numbers whose noun may sit in an earlier sentence) first scored on main 09e6280 with its labels
    # committed before any extractor ran: 39/60 windows, values 0.907 (39/43), overlap P 0.915 R 0.662. A rule taking
    # a bare number's noun from the count of the sentence before fixed none of its windows and was dropped.
    # After the values17 escalation rule ("two terms, or even three?"): 47/60, values 48/50; 49/51 after values19's
    # rule for the coordinated parts of a fronted whole ("and 17 are on track to close lower").
    report = run(path=PROBE_SETS["context1"])
    assert report.accuracy() >= 0.78, "\n".join(report.misses)
    assert report.values() >= 0.95, "\n".join(report.misses)


@pytest.mark.parametrize(
    ("sentence", "bare"),
    [
        ("Of these, about 700,000 have adult children.", ["700,000"]),
        ("From June 1 we will bring a further 250 and that takes us to about 750.", ["750"]),
        ("About 500 of the clinics do not even have a doctor.", ["500"]),
        ("Of the 14 players on duty, nine have since left.", ["nine"]),
        ("The company hired 500 people and 20 engineers.", []),
        ("In 2019 the figure stood at 4.1% before it fell.", []),
        ("Nintendo has been quiet about Metroid Prime 4, which is a niche series.", []),
        ("John Smith, 45, said he would appeal the ruling on May 5.", []),
    ],
)
def test_context_batch_bare_number_is_one_with_no_counted_noun_after_it(sentence, bare):
    """The draw's eligibility: a number followed by punctuation or a word that cannot be its noun, not a year, a
    percentage's digits, a name's number, an apposed age or a day of a month."""
    from benchmarks.quantity_probe_sample import bare_numbers

    assert bare_numbers(sentence) == bare


@pytest.mark.parametrize(("name", "publisher_cap"), [("context1", 3), ("context2", 2)])
def test_context_batch_is_exactly_what_its_seeded_draw_picks(name, publisher_cap):
    from collections import Counter

    from benchmarks.extraction import SHARED_PAGES
    from benchmarks.quantity_probe_sample import CONTEXT_BATCHES, draw_context

    if not SHARED_PAGES.is_dir():
        pytest.skip(f"{SHARED_PAGES} (the shared cleaning corpus, part of the draw's pool) is not checked out here")
    stored = load_probes(PROBE_SETS[name])
    keys = ("id", "page", "context", "text", "bare")
    batch, before, kinds = CONTEXT_BATCHES[name]
    assert [tuple(w[k] for k in keys) for w in draw_context(batch, None, before, kinds)] == [
        tuple(p[k] for k in keys) for p in stored
    ]
    assert all(p["context"] for p in stored)
    assert max(Counter(p["page"] for p in stored).values()) == 1
    assert max(Counter(p["publisher"] for p in stored).values()) <= publisher_cap


def test_second_context_batch_reads_no_sentence_an_earlier_batch_read():
    # context2 leaves out every sentence real .. real11 and context1 scored or read as context, and takes windows of
    # many publishers (48), each of a kind whose reading may need the sentences before it; real12 was drawn at the same
    # time, not before (four sentences are in both, labelled apart before either was scored)
    from benchmarks.quantity_probe_sample import CONTEXT2_KINDS

    stored = load_probes(PROBE_SETS["context2"])
    earlier = [p for name in REAL_SETS[: REAL_SETS.index("real12")] for p in load_probes(PROBE_SETS[name])]
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)
    assert len({p["publisher"] for p in stored}) >= 25
    assert all(any(CONTEXT2_KINDS[kind](p) for kind in p["kinds"]) and p["kinds"] for p in stored)


@pytest.mark.parametrize("batch", ["fr_real", "fr_real2"])
def test_french_batch_is_exactly_what_its_seeded_draw_picks(batch):
    drawn = [(row["text"], row["page"]) for row in draw(batch)]
    assert drawn == [(p["text"], p["page"]) for p in load_probes(PROBE_SETS[batch])]


def test_second_french_batch_reads_six_sentences_a_publisher_of_pages_the_first_never_read():
    # fr_real2 takes every French dev publisher with a page fr_real drew no sentence from (under FR_REAL2_TAGS), six
    # sentences each by hash, so no publisher's style dominates and no page is read twice
    from collections import Counter

    from benchmarks.quantity_probes_real_fr import FR_REAL2_TAGS

    stored = load_probes(PROBE_SETS["fr_real2"])
    first = {p["page"] for p in load_probes(PROBE_SETS["fr_real"])}
    assert len(stored) == 30
    assert max(Counter(p["publisher"] for p in stored).values()) <= 6
    assert all(p["page"] not in first and p["page"].rpartition("__")[2] in FR_REAL2_TAGS for p in stored)


def test_every_tag_batch_takes_one_unread_sentence_a_publisher_in_turns_of_its_kinds():
    # real40 draws over every English dev tag (REAL40_TAGS): REAL35_KINDS, then REAL40_EXTRA (numbers in parentheses,
    # paired measures, times of day, ordinals before a number, "half"), then any number in turn, one item a page and
    # one a publisher, 30 items, none of the sentences any earlier batch (real39 included) read
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS, REAL40_EXTRA, REAL40_TAGS

    stored = load_probes(PROBE_SETS["real40"])
    assert len(stored) == 30
    assert max(Counter(p["publisher"] for p in stored).values()) == 1
    assert all(p["page"].rpartition("__")[2] in REAL40_TAGS for p in stored)
    assert all(p["publisher"] not in OFF_LIMITS and NUMBER.search(p["text"]) for p in stored)
    assert {p["topic"] for p in stored} >= set(REAL40_EXTRA)
    assert all(REAL40_EXTRA[p["topic"]].search(p["text"]) for p in stored if p["topic"] in REAL40_EXTRA)
    names = (*REAL_SETS[: REAL_SETS.index("real40")], *DRAGNET_SETS, *POOL_SETS)
    earlier = [p for name in names for p in load_probes(PROBE_SETS[name])]
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)


def test_value_batch_takes_unread_value_shapes_one_a_page_and_two_a_publisher():
    # real41 draws over every English dev tag (REAL40_TAGS) only the value-reading shapes of REAL41_KINDS (scales,
    # ranges, fractions, points, per cents, falls, back-references, currency names, approximations, parenthesis
    # splits), no plain-number turn, one item a page and two a publisher, 45 items, none of the sentences any earlier
    # batch (real40 included) read; each item's topic is the first kind it matches
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS, REAL40_TAGS, REAL41_KINDS

    stored = load_probes(PROBE_SETS["real41"])
    assert len(stored) == 45 and len({p["publisher"] for p in stored}) >= 15
    assert max(Counter(p["publisher"] for p in stored).values()) <= 2
    assert max(Counter(p["page"] for p in stored).values()) == 1
    assert all(p["page"].rpartition("__")[2] in REAL40_TAGS for p in stored)
    assert all(p["publisher"] not in OFF_LIMITS and NUMBER.search(p["text"]) for p in stored)
    assert all(p["topic"] == next(k for k, pattern in REAL41_KINDS.items() if pattern.search(p["text"])) for p in stored)
    names = (*REAL_SETS[: REAL_SETS.index("real41")], *DRAGNET_SETS, *POOL_SETS)
    earlier = [p for name in names for p in load_probes(PROBE_SETS[name])]
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)


@pytest.mark.parametrize(("name", "size"), [("real42", 48), ("real43", 30)])
def test_scarce_shape_batches_take_unread_lines_of_their_kinds_one_a_page_and_two_a_publisher(name, size):
    # real42 and real43 draw over every English dev tag (REAL40_TAGS) only the shapes of REAL42_KINDS (money with a
    # scale, parentheses, one-unit ranges, spelled per cents and points, approximate counts, falls, ages and durations,
    # list and table lines), no plain-number turn, one item a page and two a publisher, none of the sentences any
    # earlier batch (real41, and for real43 real42, included) read; each item's topic is the first kind it matches
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS, REAL40_TAGS, REAL42_KINDS

    stored = load_probes(PROBE_SETS[name])
    assert len(stored) == size and len({p["publisher"] for p in stored}) >= 15
    assert max(Counter(p["publisher"] for p in stored).values()) <= 2
    assert max(Counter(p["page"] for p in stored).values()) == 1
    assert all(p["page"].rpartition("__")[2] in REAL40_TAGS for p in stored)
    assert all(p["publisher"] not in OFF_LIMITS and NUMBER.search(p["text"]) for p in stored)
    assert all(p["topic"] == next(k for k, pattern in REAL42_KINDS.items() if pattern.search(p["text"])) for p in stored)
    names = (*REAL_SETS[: REAL_SETS.index(name)], *DRAGNET_SETS, *POOL_SETS)
    earlier = [p for n in names for p in load_probes(PROBE_SETS[n])]
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)


@pytest.mark.parametrize("name", MIXED_SETS)
def test_mixed_batch_is_exactly_what_its_seeded_draw_picks(name):
    import os

    from benchmarks.extraction import SHARED_PAGES
    from benchmarks.quantity_probe_sample import BATCHES as SAMPLE_BATCHES
    from benchmarks.quantity_probe_sample import corpus_and_dragnet_pool, draw

    archive = Path(os.environ.get("DRAGNET_ARCHIVE", "/nonexistent"))
    if not archive.is_file() or not SHARED_PAGES.is_dir():
        pytest.skip("set DRAGNET_ARCHIVE to dragnet_data's data/meta.tar.gz of commit 1a6f385 (part of the draw's pool)")
    found, urls = corpus_and_dragnet_pool(SAMPLE_BATCHES[name], archive)
    drawn = [{**item, **({"url": urls[item["page"]]} if item["page"] in urls else {})} for item in draw(name, found=found)]
    stored = load_probes(PROBE_SETS[name])
    assert [(p["id"], p["page"], p["text"], p["patterns"], p.get("url")) for p in drawn] == [
        (p["id"], p["page"], p["text"], p["patterns"], p.get("url")) for p in stored
    ]


def _kind_batch_of_unread_lines(name: str, size: int, kinds: dict) -> list[dict]:
    """The checks real44 to real47 share: ``size`` items of 20 publishers or more, one a page and two a publisher, from
    the corpus's or dragnet_data's dev pages, none off limits, each holding a number; each item's topic the first of
    ``kinds`` it matches; a quarter from the news desks; none of the sentences an earlier batch read. Returns the items."""
    from collections import Counter

    from benchmarks.quantity_probe_sample import NUMBER, OFF_LIMITS, REAL40_TAGS, REAL44_NEWS

    stored = load_probes(PROBE_SETS[name])
    assert len(stored) == size and len({p["publisher"] for p in stored}) >= 20
    assert max(Counter(p["publisher"] for p in stored).values()) <= 2
    assert max(Counter(p["page"] for p in stored).values()) == 1
    assert all(p["page"].startswith("dragnet_") or p["page"].rpartition("__")[2] in REAL40_TAGS for p in stored)
    assert all(p["publisher"] not in OFF_LIMITS and NUMBER.search(p["text"]) for p in stored)
    assert all(p["topic"] == next(k for k, pattern in kinds.items() if pattern.search(p["text"])) for p in stored)
    assert sum(p["publisher"] in REAL44_NEWS for p in stored) >= size // 4
    names = (*REAL_SETS[: REAL_SETS.index("fr_real")], *DRAGNET_SETS, *POOL_SETS, *MIXED_SETS[: MIXED_SETS.index(name)])
    earlier = [p for n in names for p in load_probes(PROBE_SETS[n])]
    read = [p["text"] for p in earlier] + [p["context"] for p in earlier if p.get("context")]
    assert not any(p["text"][:60] in old for p in stored for old in read)
    return stored


@pytest.mark.parametrize(("name", "size"), [("real44", 50), ("real45", 30)])
def test_news_shape_batches_take_unread_lines_of_their_kinds_news_desks_first_one_a_page_two_a_publisher(name, size):
    # real44 and real45 draw the shapes of wire, conflict, government and political copy (REAL44_KINDS: casualty counts,
    # votes, polls, money with a scale, fiscal quarters, ranges, fractions and multiples, ordinals beside counts,
    # spelled numbers, datelines and table rows), no plain-number turn, one item a page and two a publisher, none of the
    # sentences any earlier batch (real43, and for real45 real44, included) read; each item's topic is the first kind
    # it matches; 13 of 50 and 11 of 30 come from the news desks: they run dry
    from benchmarks.quantity_probe_sample import REAL44_KINDS

    _kind_batch_of_unread_lines(name, size, REAL44_KINDS)


@pytest.mark.parametrize(("name", "size"), [("real46", 40), ("real47", 25)])
def test_precision_shape_batches_take_unread_lines_of_their_kinds_news_desks_first_one_a_page_two_a_publisher(
    name, size
):
    # real46 and real47 (values383) draw the spans a reader may or may not call a quantity and the ranges whose low end
    # can go missing (REAL46_KINDS: bare ranges, ranges before a word, approximate counts, spelled numbers, numbers
    # naming a thing, numbers of time, rank and score), as real44 does otherwise: news desks first, one item a page and
    # two a publisher, none of the sentences any earlier batch (real45, and for real47 real46, included) read; each
    # item's topic is the first kind it matches, and the bare ranges, first in each round, lead the count
    from collections import Counter

    from benchmarks.quantity_probe_sample import REAL46_KINDS

    stored = _kind_batch_of_unread_lines(name, size, REAL46_KINDS)
    topics = Counter(p["topic"] for p in stored)
    assert topics.most_common(1)[0][0] == "range_bare" and set(topics) == set(REAL46_KINDS)
