"""Whether the furniture word lists match too literally: dev lines that a list entry would match once undecorated.

Run ``python -m benchmarks.list_decorations [--dumps CACHE.pkl] [--examples N] [--workers N]``. Every list read through
``widgets.local_lines`` (``extractors/clean/data/<language>/*.txt``) is one alternation of regular expressions matched
against a WHOLE line (``fullmatch``), case-folded (``re.IGNORECASE``); the text-dump path has turned non-breaking spaces
into spaces and collapsed runs of whitespace before, and nothing else is normalised. A list entry carries its own
decorations where its publishers printed them ("auch interessant:?", "gibt['’]?s", "loading ...(?:\\.{3}|…)?"), so a
publisher printing an entry's label with a decoration no entry of it spells ("Teilen:", "Subscribe »", "Comments(79)",
"• Share", "S’abonner", a full-width colon) goes unmatched (issue 12, match214: the dumps' dev score leans on the lists,
ablate206, and test publishers' furniture is the same kind of line in wording the lists miss).

For each kind of decoration (``DECORATIONS``: each strips or maps one kind) the report counts, on DEV pages only:
``kept``, the furniture lines the cleaner keeps (an output line with no 4-token shingle of the reference, or a shorter
line not in it) that no list matches as printed and one matches undecorated, on both paths (the page's text dump and
its HTML); ``latent``, every such furniture line of the dumps, kept or dropped by another rule (the kind's spread);
``cost``, the story lines (a dump line with a shingle of the reference, a reference line on the HTML path) a list
would newly match. With publishers and ``--examples`` lines of each. The test split is never read.
"""
from __future__ import annotations

import argparse
import gzip
import pickle
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from importlib import resources
from multiprocessing import Pool

#: Lists matched otherwise than as a whole line: searched inside a line (caption markers and positions, staff roles)
#: or against one word of it (author blurb verbs, imperative openers); and the structure lists (``list_ablation``).
NOT_WHOLE_LINE = frozenset({"caption_markers.txt", "caption_positions.txt", "staff_roles.txt", "author_blurb_verbs.txt",
                            "imperative_openers.txt", "date_words.txt", "bylines.txt", "quality.txt"})
#: Lines longer than this are prose to every list (the longest entries bound themselves well under it).
MAX_CHARS = 400
_ARROWS = "›»→>▸▶►❯〉⟩➔➜➤"
_BULLETS = "•·▪■□◆◇●○◼◻★☆✓✔*+|｜/-–—"
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_PAIRS = frozenset({"()", "[]", "【】", "「」", "<>"})


def _symbol(ch: str) -> bool:
    """An emoji or pictograph, or a mark joining or varying one."""
    return unicodedata.category(ch) in ("So", "Sk") or ch in "\ufe0f\ufe0e\u200d"


def _strip_symbols(line: str) -> str:
    start, end = 0, len(line)
    while start < end and (_symbol(line[start]) or line[start] == " "):
        start += 1
    while end > start and (_symbol(line[end - 1]) or line[end - 1] == " "):
        end -= 1
    return line[start:end]


#: Kind of decoration -> the line without it (the line itself when it has none).
DECORATIONS: dict[str, Callable[[str], str]] = {
    "trailing count": lambda s: re.sub(r"\s*(?:\(\s*\d[\d.,]*\s*\)|\[\s*\d[\d.,]*\s*\]|\d[\d.,]*)$", "", s),
    "trailing arrow": lambda s: s.rstrip(_ARROWS + " "),
    "leading arrow": lambda s: s.lstrip(_ARROWS + " "),
    "trailing colon": lambda s: re.sub(r"\s*[:：]$", "", s),
    "trailing stop": lambda s: re.sub(r"\s*[.!…]+$", "", s),
    "trailing pipe": lambda s: s.rstrip("|｜/ "),
    "leading bullet": lambda s: s.lstrip(_BULLETS + " "),
    "emoji": _strip_symbols,
    "zero-width": lambda s: _ZERO_WIDTH.sub("", s),
    "curly quotes": lambda s: s.translate(str.maketrans("’‘‚“”„", "'''\"\"\"")),
    "full-width (NFKC)": lambda s: unicodedata.normalize("NFKC", s),
    "brackets": lambda s: s[1:-1].strip() if s[:1] + s[-1:] in _PAIRS else s,
}


def whole_line_lists() -> dict[str, object]:
    """List file name -> its compiled alternation (``widgets.local_lines``), for every whole-line furniture list."""
    from extractors.clean import widgets

    folder = resources.files("extractors.clean").joinpath("data")
    names = {path.name for language in folder.iterdir() if language.is_dir() for path in language.iterdir()
             if path.name.endswith(".txt")}
    return {name: widgets.local_lines(name) for name in sorted(names - NOT_WHOLE_LINE)}


def undecorated_hits(line: str, lists: dict[str, object]) -> list[tuple[str, str]]:
    """(decoration kind, list name) of each list that matches ``line`` only once that kind is taken off it."""
    if len(line) > MAX_CHARS:
        return []
    as_printed = {name for name, pattern in lists.items() if pattern.fullmatch(line)}
    hits = []
    for kind, strip in DECORATIONS.items():
        core = strip(line)
        if core and core != line:
            hits += [(kind, name) for name, pattern in lists.items()
                     if name not in as_printed and pattern.fullmatch(core)]
    return hits


def _grams(toks: list[str]) -> set[tuple[str, ...]]:
    return {tuple(toks[i:i + n]) for n in range(1, 5) for i in range(len(toks) - n + 1)}


def in_reference(line: str, grams: set[tuple[str, ...]]) -> bool | None:
    """Whether a line shares a 4-token shingle with the reference (a shorter line: is in it); None for no token."""
    from benchmarks.extraction import tokens

    toks = tokens(line)
    if not toks:
        return None
    if len(toks) < 4:
        return tuple(toks) in grams
    return any(tuple(toks[i:i + 4]) in grams for i in range(len(toks) - 3))


_LISTS: dict[str, object] = {}


def _page(item: tuple[str, str, bytes, str]) -> list[tuple[str, str, str, str]]:
    """(measure, kind, list, line) of one dev page: its kept furniture on both paths, its dump's furniture and story."""
    from benchmarks.extraction import tokens
    from extractors.clean import document, text
    from extractors.records import InputError, RawDocument

    if not _LISTS:
        _LISTS.update(whole_line_lists())
    _, dump, html, body = item
    grams = _grams(tokens(body))
    rows = []

    def add(measure: str, lines: Iterable[str], furniture: bool) -> None:
        for line in dict.fromkeys(line.strip() for line in lines):
            if line and in_reference(line, grams) is (not furniture):
                rows.extend((measure, kind, name, line) for kind, name in undecorated_hits(line, _LISTS))

    for source, data, kind in (("page.txt", dump.encode("utf-8"), "text/plain"), ("page.html", html, "text/html")):
        try:
            cleaned = document.clean_document(RawDocument(source=source, data=data, content_type=kind)).text or ""
        except InputError:
            cleaned = ""
        add("kept", cleaned.split("\n"), furniture=True)
    dump_lines = text.split_lines(dump)
    add("latent", dump_lines, furniture=True)
    add("cost", dump_lines, furniture=False)
    add("cost", body.split("\n"), furniture=False)
    return rows


def dev_pages(cache: str | None) -> tuple[list[tuple[str, str, bytes, str]], dict[str, str]]:
    """(case id, dump, HTML bytes, reference) of every dev page with a body, and case id -> publisher."""
    from benchmarks.extraction import default_dirs, load_cases, with_splits
    from benchmarks.splits import load_split
    from benchmarks.text_dumps import render_bytes

    dumps = {}
    if cache:
        with open(cache, "rb") as handle:
            dumps = pickle.load(handle)
    publisher = {case_id: entry["publisher"] for case_id, entry in load_split().items()}
    pages = []
    for case in with_splits(load_cases(default_dirs())):
        if case.split != "dev" or not case.body:
            continue
        data = case.html.read_bytes()
        html = gzip.decompress(data) if case.html.suffix == ".gz" else data
        pages.append((case.case_id, dumps.get(case.case_id) or render_bytes(html), html, case.body))
    return pages, {case_id: publisher.get(case_id, case_id) for case_id, *_ in pages}


def report(rows: dict[str, list[tuple[str, str, str, str]]], examples: int) -> None:
    """Per decoration kind: kept, latent and cost lines with their publishers and examples."""
    by_kind: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for publisher, page_rows in rows.items():
        for measure, kind, name, line in page_rows:
            by_kind[kind][measure].add((publisher, name, line))
    for kind in DECORATIONS:
        found = by_kind.get(kind, {})
        counts = "; ".join(f"{measure} {len(found.get(measure, ()))} lines / "
                           f"{len({p for p, _, _ in found.get(measure, ())})} publishers"
                           for measure in ("kept", "latent", "cost"))
        print(f"{kind}: {counts}")
        for measure in ("kept", "latent", "cost"):
            for publisher, name, line in sorted(found.get(measure, ()))[:examples]:
                print(f"    {measure:<7}{publisher:<20}{name:<24}{line[:100]!r}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dumps", help="a pickle of case id -> rendered dump (rendered here when absent)")
    parser.add_argument("--examples", type=int, default=8, help="lines shown per kind and measure")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    pages, publisher = dev_pages(args.dumps)
    rows: dict[str, list] = defaultdict(list)
    with Pool(args.workers) as pool:
        for (case_id, *_), page_rows in zip(pages, pool.imap(_page, pages, chunksize=4), strict=True):
            rows[publisher[case_id]] += page_rows
    print(f"{len(pages)} dev pages, {len(whole_line_lists())} whole-line lists")
    report(rows, args.examples)


if __name__ == "__main__":
    main()
