"""Audit of the HTML cleaning stages on DEV pages: what each stage and rule removes, reference text or not.

Run ``python -m benchmarks.cleaning_audit [--page ID ...] [--top N]``. For every dev page with a reference
body, the main pass of ``clean_html`` (``html_clean.extract_body``'s stages, then the story-end cuts and the
line rules) runs again on a fresh tree, and every piece of text a stage removes is charged to that stage and
rule: an element ``_drop`` detaches (named by the calling function and line, and for a widget by the
boilerplate words in its class), the text left outside the chosen container, a block a block rule turns
away, a paragraph cut at the story's end or by a line rule. A removed piece's 4-token shingles (the
benchmark's unit; a piece shorter than one shingle counts its tokens) are sorted three ways:

* ``lost``: in the reference and missing from the page's final output (the recall this rule costs);
* ``dup``: in the reference but kept elsewhere in the output (a repeat: harmless);
* ``other``: not in the reference (a correct removal: the precision the rule buys).

Per rule it prints the shingles of each kind, and the dev pages and publishers where the rule lost at
least ``--floor`` reference shingles. A rule that costs many publishers a little is over-aggressive; one
whose ``lost`` outweighs its ``other`` costs more than it saves. The trace follows the main pass only: a
page the fallback rescues is audited as the main pass left it (``benchmarks.recall_misses --why`` does the
same per paragraph).

``--by-source`` adds under each rule its lost and other shingles per reference source (the case id's tag after
"__": ``moz``, ``n3k``, ``fundus``, ``pl`` ...), most lost first. A rule whose losses sit on the references another
extractor wrote (mozilla/readability's and newspaper's test outputs keep every "Read more" line and caption) while
the references written by reading agree with its drops follows a convention those tools do not share; tightening it
would give back on the others what it gains on them.

Dev pages only: the test split is scored by ``benchmarks.extraction``, never mined (issue 12).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from benchmarks.extraction import SHINGLE, default_dirs, load_cases, shingles, tokens, with_splits
from benchmarks.recall_misses import page_text
from benchmarks.splits import SPLIT_FILE
from extractors.clean import html as html_clean
from extractors.clean import text as text_clean
from extractors.clean import widgets
from extractors.clean.document import clean_html, sane_body
from extractors.clean.marks import find_marks
from extractors.clean.metadata import read_metadata
from extractors.clean.profiles import profile_for_url
from extractors.clean.standfirst import find_standfirsts

#: Elements whose text is never shown: not counted as removed text.
_UNSHOWN = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "svg", "math"})


def shown_text(el) -> str:
    """The text a reader sees in ``el``, its pieces joined by spaces (scripts and styles left out)."""
    pieces: list[str] = []

    def walk(node) -> None:
        if not isinstance(node.tag, str) or node.tag in _UNSHOWN:
            return
        if node.text:
            pieces.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                pieces.append(child.tail)

    walk(el)
    return " ".join(pieces)


@dataclass
class Tally:
    """Shingles a rule removed, by kind, and where it lost reference text."""

    lost: int = 0
    dup: int = 0
    other: int = 0
    pages: Counter = field(default_factory=Counter)  # case id -> lost shingles
    publishers: Counter = field(default_factory=Counter)
    sources: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # source -> lost, other


def reference_source(case_id: str) -> str:
    """The corpus source of a case's reference: the tag after the last "__" of its id ("moz", "n3k", "pl3b")."""
    return case_id.rsplit("__", 1)[1] if "__" in case_id else "?"


def source_line(sources: dict[str, list[int]], top: int = 6) -> str:
    """A rule's shingles by reference source as "source lost/other": the ``top`` sources it lost most on, then the
    rest summed ("elsewhere"), so that where its right drops are shows beside where its losses are."""
    ranked = sorted(((src, lost, other) for src, (lost, other) in sources.items()), key=lambda r: (-r[1], -r[2]))
    shown = [f"{src} {lost}/{other}" for src, lost, other in ranked[:top] if lost]
    rest = ranked[len(shown):]
    return ", ".join([*shown, f"elsewhere {sum(r[1] for r in rest)}/{sum(r[2] for r in rest)}"])


class Judge:
    """Sorts removed text into lost / dup / other for one page."""

    def __init__(self, reference: str, output: str) -> None:
        self.ref = set(shingles(tokens(reference)))
        self.out = set(shingles(tokens(output)))
        self.ref_stream = f" {' '.join(tokens(reference))} "
        self.out_stream = f" {' '.join(tokens(output))} "

    def sort(self, text: str) -> tuple[int, int, int]:
        toks = tokens(text)
        if not toks:
            return 0, 0, 0
        if len(toks) < SHINGLE:
            run = f" {' '.join(toks)} "
            if run not in self.ref_stream:
                return 0, 0, len(toks)
            return (0, len(toks), 0) if run in self.out_stream else (len(toks), 0, 0)
        lost = dup = other = 0
        for sh, n in shingles(toks).items():
            if sh not in self.ref:
                other += n
            elif sh in self.out:
                dup += n
            else:
                lost += n
        return lost, dup, other


def audit_page(html: str, reference: str, url: str | None) -> list[tuple[str, str]]:
    """(rule, removed text) for every removal of the main pass, in order."""
    removed: list[tuple[str, str]] = []
    stage = {"name": ""}
    real_drop = html_clean._drop

    def recording_drop(el) -> None:
        if el.getparent() is not None:
            caller = sys._getframe(1)
            rule = f"{stage['name']}:{caller.f_code.co_name}:{caller.f_lineno}"
            if caller.f_code.co_name == "prune" and isinstance(el.tag, str):
                named = sorted(widgets.attr_tokens(f"{html_clean.class_and_id(el)} {el.get('aria-label') or ''}")
                               & widgets.BOILERPLATE_TOKENS)
                if el.tag in html_clean.KILL_TAGS:
                    rule += f" <{el.tag}>"
                elif named:
                    rule += f" {'/'.join(named[:3])} <{el.tag}>"
                elif el.get("role"):
                    rule += f" role={el.get('role')}"
            if isinstance(el.tag, str):
                removed.append((rule, shown_text(el)))
        real_drop(el)

    html_clean._drop = recording_drop
    try:
        root, _ = html_clean.parse_page(html)
        marks = find_marks(root)
        meta = read_metadata(root, marks, url=url, html=html)
        profile = profile_for_url(url) or profile_for_url(meta.canonical_url)
        body = sane_body(meta)
        positions, standfirsts = find_standfirsts(root, meta.summaries)
        stories = html_clean.headline_articles(root, meta.title)
        stage["name"] = "caption"
        captions = html_clean.collect_captions(root, marks)
        stage["name"] = "prune"
        html_clean.prune(root, profile)
        stage["name"] = "container"
        container = html_clean.choose_container(root, profile, body, stories)
        # the text outside the container: the pruned page's elements beside it and beside its ancestors
        above = set(container.iterancestors())
        for el in root.iter():
            parent = el.getparent()
            if parent in above and el is not container and el not in above and isinstance(el.tag, str):
                removed.append(("container:outside", shown_text(el)))
        stage["name"] = "image label"
        captions += [lb for lb in html_clean.collect_image_labels(container) if lb not in captions]
    finally:
        html_clean._drop = real_drop
    blocks = html_clean.serialise(container)
    first = [html_clean.keep_block(b) for b in blocks]
    kept = html_clean._with_subheadings(blocks, first)
    prose_lists = html_clean._prose_lists(blocks, kept)
    teasers = html_clean._teaser_summaries(blocks)
    links = html_clean._link_list_items(blocks, kept)
    kickers = html_clean._headline_kickers(blocks, kept)
    survivors = []
    for index, (b, keep) in enumerate(zip(blocks, kept, strict=True)):
        if not (keep or b.in_list in prose_lists and not b.link_chars and not widgets.is_widget_line(b.text, max_words=0)):
            removed.append((f"block:{_block_reason(b)}", b.text))
        elif index in teasers:
            removed.append(("block:teaser summary", b.text))
        elif index in links:
            removed.append(("block:link list item", b.text))
        elif index in kickers:
            removed.append(("block:headline kicker", b.text))
        elif (trimmed := html_clean._without_notice_lines(b)) is None:
            removed.append(("block:notice lines", b.text))
        else:
            if trimmed.text != b.text:
                removed.append(("block:notice lines", "\n".join(set(b.text.split("\n")) - set(trimmed.text.split("\n")))))
            survivors.append(trimmed)
    after_quotes = html_clean._drop_pull_quotes(survivors)
    kept_ids = {id(b) for b in after_quotes}
    removed += [("block:pull quote", b.text) for b in survivors if id(b) not in kept_ids]
    paragraphs = []
    for b in after_quotes:
        if b.text in captions:
            removed.append(("block:repeats a caption", b.text))
        else:
            paragraphs.append(b.text)
    paragraphs[:0] = html_clean.story_above(container, positions)
    paragraphs[:0] = (html_clean.pick_standfirst(container, positions, standfirsts)
                      or html_clean.unmarked_lead(container, positions))
    ends = html_clean.before_end(paragraphs, profile)
    removed += [("end:site profile end line", p) for p in paragraphs[len(ends):]]
    cut = html_clean.before_body_end(ends, body)
    removed += [("end:articleBody end", p) for p in ends[len(cut):]]
    final, _ = text_clean.finish_paragraphs(cut, title=meta.title, profile=profile, text_dump=False,
                                            authors=meta.authors, headlines=meta.headlines)
    left = Counter(final)
    for p in cut:
        if left[p] > 0:
            left[p] -= 1
        else:
            removed.append(("line rule", p))
    return removed


def _block_reason(block) -> str:
    """Which test of ``keep_block`` turned the block away."""
    if block.tag == "h1":
        return "h1"
    words = widgets.word_count(block.text)
    if block.link_chars and block.link_chars >= 0.6 * len(block.text) and words < 25 \
            and not html_clean._linked_sentence(block, words):
        return f"link-dense <{'h' if block.tag in html_clean.HEADINGS else block.tag}>"
    return f"widget line <{'h' if block.tag in html_clean.HEADINGS else block.tag}>"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--page", action="append", default=[], help="only this dev case id (repeatable)")
    parser.add_argument("--top", type=int, default=40, help="rules listed, by lost shingles")
    parser.add_argument("--rule", help="list each piece this rule removed (rule name prefix), with its kind")
    parser.add_argument("--floor", type=int, default=4, help="lost shingles that count a page against a rule")
    parser.add_argument("--by-source", action="store_true",
                        help="under each rule, its lost/other shingles per reference source, most lost first")
    args = parser.parse_args(argv)
    split = json.loads(SPLIT_FILE.read_text(encoding="utf-8"))
    cases = [c for c in with_splits(load_cases(default_dirs()))
             if c.split == "dev" and c.body and (not args.page or c.case_id in args.page)]
    tallies: dict[str, Tally] = defaultdict(Tally)
    for case in cases:
        html = page_text(case)
        output = clean_html(html, url=case.url).text
        removed = audit_page(html, case.body or "", case.url)
        judge = Judge(case.body or "", output)
        publisher = split.get(case.case_id, {}).get("publisher", case.case_id.split("_", 1)[0])
        source = reference_source(case.case_id)
        page_lost: Counter = Counter()
        for rule, text in removed:
            lost, dup, other = judge.sort(text)
            tally = tallies[rule]
            tally.lost += lost
            tally.dup += dup
            tally.other += other
            tally.sources[source][0] += lost
            tally.sources[source][1] += other
            page_lost[rule] += lost
            if args.rule and rule.startswith(args.rule) and text.strip():
                kind = "LOST" if lost > other else "dup" if dup > other else "other"
                print(f"{kind:<5} {lost:>3}/{other:>3} {case.case_id[:40]:<40} {text.strip()[:150]!r}")
        for rule, lost in page_lost.items():
            if lost >= args.floor:
                tallies[rule].pages[case.case_id] += lost
                tallies[rule].publishers[publisher] += lost
    print(f"{len(cases)} dev pages; shingles removed per rule (lost: reference text missing from the output)")
    print(f"{'rule':<58} {'lost':>6} {'dup':>6} {'other':>7} {'pages':>5} {'pubs':>4}  top publishers")
    for rule, t in sorted(tallies.items(), key=lambda kv: -kv[1].lost)[: args.top]:
        top = ", ".join(f"{p} {n}" for p, n in t.publishers.most_common(4))
        print(f"{rule[:58]:<58} {t.lost:>6} {t.dup:>6} {t.other:>7} {len(t.pages):>5} {len(t.publishers):>4}  {top}")
        if args.by_source and t.lost:
            print(f"    lost/other by reference source: {source_line(t.sources)}")
    by_stage: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for rule, t in tallies.items():
        key = rule.split(":")[0]
        by_stage[key][0] += t.lost
        by_stage[key][1] += t.dup
        by_stage[key][2] += t.other
    print("\nby stage:")
    for key, (lost, dup, other, _) in sorted(by_stage.items(), key=lambda kv: -kv[1][0]):
        print(f"  {key:<20} lost {lost:>6}  dup {dup:>6}  other {other:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
