"""Dev/test split of the extraction corpus, by publisher, so test pages come from sites nobody tuned on.

A page's publisher is the brand in its URL's host (``www.bbc.co.uk`` -> ``bbc``, ``money.cnn.com`` ->
``cnn``), and pages that share a brand or a case-id site name (``nine-au_...`` on 9news.com.au and
nine.com.au) are one publisher; the group is named after its alphabetically first brand. A publisher is
``test`` when a seeded SHA-256 of its name falls below ``TEST_SHARE_PERCENT``: the assignment depends on
the name only, never on scores. ``benchmarks/corpus/SPLIT.json`` records the assignment of every case
(shared corpus, repo corpus, test fixtures) so it is reviewable and stable; ``python -m benchmarks.splits``
rewrites it from the case folders and prints the shares.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

SPLIT_FILE = Path(__file__).parent / "corpus" / "SPLIT.json"
SEED = "newsfacts-extraction-split-1"
#: Share of publishers drawn into ``test``; pages per publisher vary, the test share of pages is checked.
TEST_SHARE_PERCENT = 35
#: Second-level labels under a country code (co.uk, com.au, or.jp): the brand is the label before them.
SECOND_LEVEL = frozenset({"co", "com", "or", "ne", "ac", "org", "net", "gov", "go", "nic"})
LANGUAGE_SUFFIX = re.compile(r"-[a-z]{2}$")


def brand(url: str | None) -> str | None:
    """The brand label of a URL's host: the label before the public suffix (guessed, no suffix list)."""
    host = urlsplit(url or "").hostname
    if not host:
        return None
    labels = host.lower().split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in SECOND_LEVEL:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else labels[0]


def site_name(case_id: str, language: str | None) -> str:
    """The case id's site part without a trailing language tag (``hankookilbo-ko`` -> ``hankookilbo``)."""
    site = case_id.split("_", 1)[0]
    if language and site.endswith(f"-{language}"):
        return site[: -len(language) - 1]
    return site


def publishers(cases: dict[str, tuple[str | None, str | None]]) -> dict[str, str]:
    """case id -> publisher name, given case id -> (url, language); see the module docstring."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    keys = {}
    for case_id, (url, language) in cases.items():
        own = [f"site:{site_name(case_id, language)}"] + ([f"brand:{b}"] if (b := brand(url)) else [])
        keys[case_id] = own
        find(own[0])
        for other in own[1:]:
            parent[find(other)] = find(own[0])
    groups: dict[str, list[str]] = {}
    for key in list(parent):
        groups.setdefault(find(key), []).append(key)
    name = {root: min(k.split(":", 1)[1] for k in members if k.startswith("brand:"))
            if any(k.startswith("brand:") for k in members) else min(members).split(":", 1)[1]
            for root, members in groups.items()}
    return {case_id: name[find(own[0])] for case_id, own in keys.items()}


#: Origin tags (a case id's ``__<tag>`` ending) of the cases added after the real-sentence probe batches were drawn
#: (dates ``real``, quantities ``real3``, at main 63f2c5e): the pages labelled by reading for issue 12. ``real4`` draws from
#: ``pl`` alone, so the later postlight share has a tag of its own (``pl2``).
ADDED_AFTER_PROBE_DRAWS = frozenset({"pl", "pl2", "gne", "snk", "hd", "snk2", "hd2", "g3", "goo", "crux", "gne2", "hd3", "snk3", "hd4", "hd5", "hd6", "snk4", "gne3", "mtsc", "mtsc2", "grb", "rrb", "lrd", "brd", "pmo", "r4j", "mtin", "nrd", "jmp", "jmp2", "gbp", "dce", "frd", "jsp", "kml", "mcb", "bpr", "pae", "asc", "rd2", "hd7", "n4k2", "gsl", "gax", "sfm", "brv", "unf", "brv2", "mgh", "pun", "jbr", "svw", "kik", "gcd", "nwj", "mgh2", "mgh3", "hd8", "mgh4", "lang1", "fdh", "fdh2", "fdh3", "fdh4", "r4j2a", "sfm2a", "jmp3a", "hd9b", "mgh5b", "sfm2b", "kik2b", "pl3b", "mpf", "hd10", "mgh6", "gsr", "srh", "mrp", "n3p", "omp", "mcm", "plp", "jmpp", "ppl", "epb", "epb2", "pool1", "atf", "rpy", "ukr", "knl", "atf2", "atf3", "atf4", "dfd"})


#: Origin tags of the cases added after the real-sentence entity, role and French quantity batches were drawn
#: (``entity_probes_real.candidates``, at main 21fc0fa, over every dev page the corpus then had).
ADDED_AFTER_ENTITY_DRAWS = frozenset({"hd7", "n4k2", "gsl", "gax", "sfm", "brv", "unf", "brv2", "mgh", "pun", "jbr", "svw", "kik", "gcd", "nwj", "mgh2", "mgh3", "hd8", "mgh4", "lang1", "fdh", "fdh2", "fdh3", "fdh4", "r4j2a", "sfm2a", "jmp3a", "hd9b", "mgh5b", "sfm2b", "kik2b", "pl3b", "mpf", "hd10", "mgh6", "gsr", "srh", "mrp", "n3p", "omp", "mcm", "plp", "jmpp", "ppl", "epb", "epb2", "pool1", "atf", "rpy", "ukr", "knl", "atf2", "atf3", "atf4", "dfd"})


#: Origin tags of the cases added after the cued and aimed entity batches (``real5``, ``real6``) were drawn: those draws
#: read every case then in the corpus, so only the tags added since stay out of their pools.
ADDED_AFTER_WHOLE_CORPUS_DRAWS = frozenset({"fdh", "fdh2", "fdh3", "fdh4", "r4j2a", "sfm2a", "jmp3a", "hd9b", "mgh5b", "sfm2b", "kik2b", "pl3b", "mpf", "hd10", "mgh6", "gsr", "srh", "mrp", "n3p", "omp", "mcm", "plp", "jmpp", "ppl", "epb", "epb2", "pool1", "atf", "rpy", "ukr", "knl", "atf2", "atf3", "atf4", "dfd"})


#: Origin tags of the cases added after the organisation entity batch (``real7``) was drawn from the whole corpus:
#: none yet; a tag added to the corpus goes here so that draw stays as it was.
ADDED_AFTER_ORG_DRAW: frozenset[str] = frozenset()


#: Origin tags of the cases added after the government and political entity batch (``real8``) was drawn from the whole
#: corpus: none yet; a tag added to the corpus goes here so that draw stays as it was.
ADDED_AFTER_GOV_DRAW: frozenset[str] = frozenset()


#: Origin tags of the cases added after the issue-11 organisation batches (``real9``, ``real10``) were drawn from the
#: whole corpus: none yet; a tag added to the corpus goes here so those draws stay as they were.
ADDED_AFTER_ISSUE_DRAWS: frozenset[str] = frozenset()


#: Origin tags of the cases added after the organisation-kind entity batches (``real13``, ``real14``) were drawn from
#: the whole corpus: those draws keep the pool of their day.
ADDED_AFTER_KIND_DRAWS: frozenset[str] = frozenset()


#: Origin tags of the cases added after the organisation-shape entity batches (``real15``, ``real16``) were drawn from
#: the whole corpus: those draws keep the pool of their day.
ADDED_AFTER_SHAPE_DRAWS: frozenset[str] = frozenset()


#: Origin tags of the cases added after the recurring-name entity batches (``real17``, ``real18``) were drawn from the
#: whole corpus: those draws keep the pool of their day.
ADDED_AFTER_RECUR_DRAWS: frozenset[str] = frozenset()


#: Origin tags of the cases added after the unseen-kind organisation batches (``real19``, ``real20``) were drawn from
#: the whole corpus: those draws keep the pool of their day.
ADDED_AFTER_UNSEEN_DRAWS: frozenset[str] = frozenset()


def in_probe_pool(case_id: str, added_after: frozenset[str] = ADDED_AFTER_PROBE_DRAWS) -> bool:
    """Whether a case was in the corpus when the probe batches were drawn (``added_after``: the tags of the cases
    added since; by default those of the date and quantity batches): later cases stay out of their pools, so a growing
    corpus leaves each draw as it was."""
    return case_id.rpartition("__")[2] not in added_after


def split_of(publisher: str) -> str:
    digest = hashlib.sha256(f"{SEED}:{publisher}".encode()).digest()
    return "test" if int.from_bytes(digest[:8], "big") % 100 < TEST_SHARE_PERCENT else "dev"


def read_case_meta(dirs: list[Path]) -> dict[str, tuple[str | None, str | None]]:
    """case id -> (url, language) for every case (``<id>.json`` beside ``<id>.html[.gz]``) in ``dirs``."""
    found = {}
    for folder in dirs:
        for meta in sorted(folder.glob("*.json")):
            if meta.with_suffix(".html").exists() or meta.with_suffix(".html.gz").exists():
                data = json.loads(meta.read_text(encoding="utf-8"))
                found.setdefault(meta.stem, (data.get("url"), data.get("language")))
    return found


def assign(cases: dict[str, tuple[str | None, str | None]]) -> dict[str, dict[str, str]]:
    """case id -> {"publisher", "split"} for the given cases."""
    named = publishers(cases)
    return {case_id: {"publisher": named[case_id], "split": split_of(named[case_id])} for case_id in sorted(named)}


def load_split(path: Path = SPLIT_FILE) -> dict[str, dict[str, str]]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def shares(assignment: dict[str, dict[str, str]]) -> str:
    pages = {s: sum(v["split"] == s for v in assignment.values()) for s in ("dev", "test")}
    pubs = {s: len({v["publisher"] for v in assignment.values() if v["split"] == s}) for s in ("dev", "test")}
    total = sum(pages.values()) or 1
    return ", ".join(f"{s}: {pages[s]} pages ({pages[s] / total:.0%}), {pubs[s]} publishers" for s in ("dev", "test"))


def main(argv: list[str] | None = None) -> int:
    from benchmarks.extraction import default_dirs  # the same folders the benchmark reads

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path, help="case folders (default: the benchmark's)")
    parser.add_argument("--write", action="store_true", help=f"rewrite {SPLIT_FILE.name} (keeps cases not found now)")
    args = parser.parse_args(argv)
    cases = read_case_meta(args.dirs or default_dirs())
    assignment = assign(cases)
    if args.write:
        merged = {**load_split(), **assignment}
        text = json.dumps(dict(sorted(merged.items())), indent=1, ensure_ascii=False) + "\n"
        SPLIT_FILE.write_text(text, encoding="utf-8")
        assignment = merged
    print(shares(assignment))
    return 0


if __name__ == "__main__":
    sys.exit(main())


#: Origin tags of the cases added after the place-shape entity batches (``real21``, ``real22``) were drawn from the
#: whole corpus: those draws keep the pool of their day.
ADDED_AFTER_PLACE_DRAWS: frozenset[str] = frozenset()


#: Origin tags of the cases added after the organisation and person boundary batches (``real23``, ``real24``) were
#: drawn from the whole corpus: those draws keep the pool of their day.
ADDED_AFTER_BOUNDARY_DRAWS: frozenset[str] = frozenset()


#: Origin tags of the cases added after the locale entity batches (``real25``, ``real26``) were drawn from the whole
#: corpus: those draws keep the pool of their day.
ADDED_AFTER_LOCALE_DRAWS: frozenset[str] = frozenset()
