"""Draw the English publisher quote batches (``en_b1``-``en_b4``; issue 11, quotes343, quotes350): quotations of
English dev pages with a window of their sentence and the sentence before (``b3``, ``b4``: their paragraph and the
ones around it), weighted to the shapes a speaker is hard to find in.

``python -m benchmarks.quote_probes_real_en --set b1`` prints the drawn rows unlabelled (``speaker`` empty);
``--check`` says whether ``quote_probes_gold/en_<set>.jsonl`` holds exactly the drawn rows, in order. The rows were
labelled by reading, before newsfacts ran on them; ``python -m benchmarks.quote_probes --set b1`` scores them
(``b2`` is held out: drawn and labelled after quotes343's rules, scored once).

Where they come from: the reference bodies of the cleaning corpus's English ``dev`` pages whose publisher has no
facts test article (``entity_probes_real.candidates``), the articles of the facts dev gold and the publishers the
project does not use (``quantity_probe_sample.OFF_LIMITS``) left out. Each body is cut into paragraphs and each
paragraph into sentences (``date_probes_real._cut``); every quotation in double marks (curly or straight,
paired in order) is a candidate. Its window runs from the sentence before the one its opening mark stands in (the
last sentence of the paragraph before when it opens its paragraph, kept on its own line) to the end of the sentence
its closing mark stands in, so a pronoun's antecedent, a colon tag or the tag of a quote continued from the paragraph
before stays with it (windows over ``MAX_CHARS`` left out). A quotation with one of the ``SHAPES`` ranks before one without, and one of four words or more
before a shorter one (scare quotes and titles are drawn, labelled null, not scored). Publishers with a shaped
quotation come first, in ``sha256(SEED + publisher)`` order; from each the ``PER_PUBLISHER`` quotations that rank
first by (shape, length, ``sha256(SEED + window + quote)``). ``b2`` draws with its own seed, ``b1``'s windows and quotations left out.

``b3`` and ``b4`` (quotes350) are wide draws: the window is the quote's whole paragraph with the paragraph before and
the one after (two after when the quote runs on into the next paragraph), so a speaker named a paragraph away is
labelled (windows over ``WIDE_MAX_CHARS`` left out). A quotation ranks by its shape (``WIDE_ORDER``: a statement's
tag, ``STATEMENT``, in its paragraph; a quote over more than one paragraph; no speech word in its paragraph outside
the marks), then by length; publishers with a statement quotation of four words or more come first, then those
with a multi-paragraph one, then untagged ones, each in ``sha256(SEED + publisher)`` order. Each draws with its own
seed, the earlier batches' quotations left out (``b4``: ``b1``-``b3``'s); ``b4`` is held out, labelled before
quotes350's rules and scored once.

``b5`` and ``b6`` (quotes375) are wide draws weighted to the shapes quotes350's misses showed (``SHAPES5``, read on
the quote's paragraph): a pronoun tag, a descriptor or body as the speaker ("a bureau spokesperson", "the
department"), a statement's tag, a quote split around its tag, an inverted tag ("said Smith"), and no speech word in
the paragraph (the speaker a paragraph away). The publisher ranked i-th (publishers with a shaped quotation first,
in ``sha256(SEED + publisher)`` order) prefers the shapes from the i-th on in turn, so the batch spreads over them.
``b5`` leaves out ``b1``-``b4``'s quotations; ``b6`` (held out, labelled before quotes375's rules, scored once)
leaves out ``b1``-``b5``'s.

``b7`` and ``b8`` (quotes385) are wide draws weighted to pronoun tags (``PRONOUN_ORDER``): a pronoun tag ("he said",
"she says", "they wrote") in the quote's paragraph with two or more people named in the window ("several"), an
unnamed person in the window ("a supervisor", "one Western official") with a pronoun or descriptor tag
("unnamed"), any other pronoun tag ("pronoun"), then the rest; each publisher's quotations rank by that shape, then
by length; publishers with a "several" or "unnamed" quotation first, in ``sha256(SEED + publisher)`` order. ``b7``
leaves out ``b1``-``b6``'s quotations; ``b8`` (held out, labelled before quotes385's rules, scored once) leaves out
``b1``-``b7``'s.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks.date_probes_real import _cut, print_or_check
from benchmarks.entity_probes_real import candidates
from benchmarks.quantity_probe_sample import OFF_LIMITS
from benchmarks.quote_probes import GOLD

PER_PUBLISHER = 2
#: A longer window is a many-sentence block, not a quote and its tag.
MAX_CHARS = 700
#: The shapes a speaker is hard to find in (a draw's weighting, not a rule of the extractor), read on the window.
_SAID = r"(?:said|says|added|told|tells|explained|noted|wrote|continued|asked|recalled|insisted|warned)"
SHAPES = {
    "pronoun": re.compile(r"[”\"],?\s+(?:he|she|they|it)\s+(?:\w+\s+)?" + _SAID + r"\b|\b(?:He|She|They)\s+" + _SAID
                          + r"\b"),
    "colon": re.compile(r":\s*[“\"]"),
    "told": re.compile(r"\b(?:told|tells)\s+(?:the\s|a\s|an\s|reporters|[A-Z])"),
    "title": re.compile(
        r"\b(?:President|Secretary|Minister|Director|Chairman|Chairwoman|Chair|CEO|Chief|Senator|Sen\.|Rep\.|Gov\.|"
        r"Governor|Mayor|Judge|Professor|Dr\.|General|Commissioner|coach|manager|founder|executive)\s+[A-Z]"
    ),
    "body": re.compile(
        r"\b(?:spokes(?:person|man|woman)|statement|officials?|representatives?|the (?:company|department|agency|"
        r"ministry|group|team|office|police|government|club|university|board|campaign))\b"
    ),
}
_CUE_WORD = re.compile(r"\b(?:said|says|say|told|tells|added|according to|wrote|writes|asked|explained|noted)\b")
_MARK = re.compile(r"[“”\"]")


#: quotes350's wide draws: a statement's tag (a body or person "said in a statement", "issued a statement reading:",
#: "provided a statement that said in part:"), read on the window.
STATEMENT = re.compile(r"\bstatements?\b|\bin part\b|\b(?:reading|read|reads):\s*$|\bemail(?:ed)?\b", re.MULTILINE)
#: A wide draw's shapes, first ranked first (a publisher with a statement quote before one with only untagged ones).
WIDE_ORDER = ("statement", "multi", "untagged", "")
#: A wide window's cap: three paragraphs of news are rarely longer.
WIDE_MAX_CHARS = 1400


@dataclass(frozen=True)
class Draw:
    seed: str
    publishers: int
    earlier: tuple[str, ...]
    #: quotes350: the window is the quote's paragraph with the paragraph before and after (a speaker named in the
    #: next or previous paragraph stays with it), ranked statement shapes, multi-paragraph and untagged quotes first.
    wide: bool = False
    #: quotes375: rank by ``SHAPES5``, each publisher starting from its own shape in turn.
    spread: bool = False
    #: quotes385: rank by ``PRONOUN_ORDER`` (a pronoun tag with several people named, an unnamed person).
    pronoun: bool = False


DRAWS = {
    "b1": Draw("quotes343-quote-probes-en-1:", 46, ()),
    "b2": Draw("quotes343-quote-probes-en-2:", 24, ("en_b1",)),
    "b3": Draw("quotes350-quote-probes-en-3:", 30, ("en_b1", "en_b2"), wide=True),
    "b4": Draw("quotes350-quote-probes-en-4:", 18, ("en_b1", "en_b2", "en_b3"), wide=True),
    "b5": Draw("quotes375-quote-probes-en-5:", 20, ("en_b1", "en_b2", "en_b3", "en_b4"), wide=True, spread=True),
    "b6": Draw("quotes375-quote-probes-en-6:", 26, ("en_b1", "en_b2", "en_b3", "en_b4", "en_b5"), wide=True,
               spread=True),
    "b7": Draw("quotes385-quote-probes-en-7:", 22, ("en_b1", "en_b2", "en_b3", "en_b4", "en_b5", "en_b6"), wide=True,
               pronoun=True),
    "b8": Draw("quotes385-quote-probes-en-8:", 22, ("en_b1", "en_b2", "en_b3", "en_b4", "en_b5", "en_b6", "en_b7"),
               wide=True, pronoun=True),
}

#: quotes385's shapes (a draw's weighting, not a rule of the extractor), first ranked first.
PRONOUN_ORDER = ("several", "unnamed", "pronoun", "")
_PRONOUN_TAG = re.compile(r"[”\"],?\s+(?:he|she|they)\s+(?:\w+\s+)?" + _SAID + r"\b|\b(?:He|She|They)\s+"
                          + _SAID + r"\b|[”\"],?\s+(?:says|said)\s+(?:he|she)\b")
_UNNAMED = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+(?:[\w-]+\s+){0,3}(?:official|spokes(?:person|man|woman)|woman|man|"
    r"supervisor|source|resident|worker|employee|officer|member|friend|neighbou?r|teacher|student|doctor|nurse|"
    r"analyst|expert|executive|diplomat|aide|person|user|fan|customer|witness|mother|father|parent|trainee|"
    r"manager|owner|researcher|scientist|lawyer|attorney|insider|colleague|guard|driver|farmer|veteran|"
    r"passenger|patient|victim|survivor|activist|protester|voter|reader|viewer|listener)s?\b")
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+\b")

#: quotes375's shapes (a draw's weighting, not a rule of the extractor), read on the quote's paragraph with the
#: quoted words blanked; "untagged" is no speech word left at all.
_Q = r"[”\"],?\s+"
SHAPES5 = {
    "pronoun": re.compile(_Q + r"(?:he|she|they|it)\s+(?:\w+\s+)?" + _SAID + r"\b|\b(?:He|She|They)\s+" + _SAID),
    "descriptor": re.compile(
        r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,3}(?:spokes(?:person|man|woman)|department|agency|ministry|office|"
        r"company|police|government|club|university|board|campaign|official|group|firm|team|council|authority|"
        r"service|organi[sz]ation|union|commission)\s+(?:" + _SAID + r"|say|says)\b"),
    "statement": STATEMENT,
    "split": re.compile(_Q + r"(?:[\w.'-]+\s+){1,6}" + _SAID + r"\b[^“”\"]{0,80}[.,;:]\s*[“\"]"
                        + r"|" + _Q + _SAID + r"\s+[^“”\"]{1,80}[.,;:]\s*[“\"]"),
    "inverted": re.compile(_Q + r"(?:said|says|added|explained|noted|wrote|continued)\s+(?:the\s+)?[A-Z]"),
    "untagged": None,
}


def rank(seed: str, text: str) -> str:
    return hashlib.sha256((seed + text).encode()).hexdigest()


def quotations(paragraph: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each quotation's words in a paragraph: curly marks paired by their direction, straight ones
    in order; an unpaired opening mark runs to the paragraph's end (a quote continued in the next paragraph)."""
    spans: list[tuple[int, int]] = []
    opening: int | None = None
    for mark in _MARK.finditer(paragraph):
        char = mark.group()
        if opening is None and char != "”":
            opening = mark.end()
        elif opening is not None and char != "“":
            spans.append((opening, mark.start()))
            opening = None
    if opening is not None:
        if paragraph.count('"') % 2 and not paragraph.startswith('"'):
            return  # straight marks that do not pair (a mark the page dropped): no quotation can be told apart
        spans.append((opening, len(paragraph)))
    for start, end in spans:
        if re.search(r"\w", paragraph[start:end]):
            yield start, end


def _offsets(paragraph: str) -> list[tuple[int, int]]:
    """Character spans of the paragraph's sentences."""
    spans, at = [], 0
    for sentence in _cut(paragraph):
        if not sentence:
            continue
        start = paragraph.find(sentence, at)
        if start < 0:
            continue
        spans.append((start, start + len(sentence)))
        at = start + len(sentence)
    return spans or [(0, len(paragraph))]


def windows(body: str) -> Iterator[tuple[str, str]]:
    """(window, quote) for every quotation of a body."""
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    for index, paragraph in enumerate(paragraphs):
        spans = _offsets(paragraph)
        for start, end in quotations(paragraph):
            first = next((i for i, (a, b) in enumerate(spans) if a <= start - 1 < b), 0)
            last = next((i for i, (a, b) in enumerate(spans) if a <= end < b or end == b), len(spans) - 1)
            last = max(first, last)
            begin = spans[first - 1][0] if first > 0 else spans[0][0]
            text = paragraph[begin : spans[last][1]].strip()
            if first == 0 and index > 0:
                before = _offsets(paragraphs[index - 1])[-1]
                text = paragraphs[index - 1][before[0] : before[1]].strip() + "\n" + text
            quote = paragraph[start:end].strip()
            if quote in text and len(text) <= MAX_CHARS:
                yield text, quote


def wide_windows(body: str) -> Iterator[tuple[str, str, str]]:
    """(window, quote, shape) for every quotation of a body, the window its paragraph with the one before and the
    one after (a quote running on into the next paragraph keeps that one and the one after it); shape is
    "statement", "multi" (a quote over more than one paragraph), "untagged" (no speech word in its paragraph
    outside the marks) or ""."""
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    for index, paragraph in enumerate(paragraphs):
        for start, end in quotations(paragraph):
            multi = end == len(paragraph) and not paragraph.rstrip().endswith(("”", '"'))
            multi = multi or (index > 0 and paragraph[:1] in "“\"" and start == 1
                              and not re.search(r"[”\"]\s*$", paragraphs[index - 1])
                              and any(True for _ in quotations(paragraphs[index - 1])))
            last = min(len(paragraphs), index + (3 if multi and end == len(paragraph) else 2))
            text = "\n".join(paragraphs[max(0, index - 1) : last])
            quote = paragraph[start:end].strip()
            if quote not in text or len(text) > WIDE_MAX_CHARS:
                continue
            outside = paragraph[:start] + paragraph[end:]
            if STATEMENT.search(paragraph):
                shape = "statement"
            elif multi:
                shape = "multi"
            elif not _CUE_WORD.search(re.sub(r"[“\"][^”\"]*[”\"]", " ", outside)):
                shape = "untagged"
            else:
                shape = ""
            yield text, quote, shape


def _shaped(window: str, quote: str) -> bool:
    return any(shape.search(window) for shape in SHAPES.values()) or not _CUE_WORD.search(window.replace(quote, ""))


def _earlier(how: Draw) -> set[str]:
    import json

    texts: set[str] = set()
    for name in how.earlier:
        path: Path = GOLD / f"{name}.jsonl"
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        texts |= {row["text"] for row in rows} | {row["quote"] for row in rows}
    return texts


def draw(batch: str) -> list[dict]:
    """The drawn rows, unlabelled, publishers in draw order."""
    how = DRAWS[batch]
    earlier = _earlier(how)
    found = candidates("en", re.compile(r"[“\"]"), cut=lambda body: [body], pool=lambda _: True)
    pool: dict[str, list[tuple[tuple, str, str, str, str | None]]] = {}
    for publisher, bodies in found.items():
        if publisher in OFF_LIMITS:
            continue
        for body, case_id in bodies:
            if how.pronoun:
                for text, quote, shape in pronoun_windows(body):
                    if quote in earlier or any(quote in old for old in earlier):
                        continue
                    key = (len(quote.split()) < 4, PRONOUN_ORDER.index(shape), rank(how.seed, text + quote))
                    pool.setdefault(publisher, []).append((key, text, quote, case_id, shape or "none"))
                continue
            if how.spread:
                for text, quote, shapes in spread_windows(body):
                    if quote in earlier or any(quote in old for old in earlier):
                        continue
                    pool.setdefault(publisher, []).append(((len(quote.split()) < 4, shapes), text, quote, case_id,
                                                           rank(how.seed, text + quote)))
                continue
            if how.wide:
                for text, quote, shape in wide_windows(body):
                    if quote in earlier or any(quote in old for old in earlier):
                        continue
                    key = (len(quote.split()) < 4, WIDE_ORDER.index(shape), rank(how.seed, text + quote))
                    pool.setdefault(publisher, []).append((key, text, quote, case_id, shape))
                continue
            for text, quote in windows(body):
                if text in earlier or quote in earlier:
                    continue
                key = (len(quote.split()) < 4, not _shaped(text, quote), rank(how.seed, text + quote))
                pool.setdefault(publisher, []).append((key, text, quote, case_id, None))
    if how.spread:
        return _spread_rows(batch, how, pool)
    shaped = [p for p in pool if any(not item[0][0] and not item[0][1] for item in pool[p])]
    order = lambda p: rank(how.seed, p)
    if how.pronoun:  # a publisher with a pronoun tag among several names or an unnamed person first
        shaped = [p for p in pool if any(not item[0][0] and item[0][1] < 2 for item in pool[p])]
    elif how.wide:  # a publisher with a long statement quote first, then one with a quote over paragraphs, then untagged
        last = len(WIDE_ORDER) - 1
        shaped = [p for p in pool if any(not item[0][0] and item[0][1] < last for item in pool[p])]
        order = lambda p: (min(item[0][1] for item in pool[p] if not item[0][0]), rank(how.seed, p))
    rows = []
    for publisher in sorted(shaped, key=order)[: how.publishers]:
        for _, text, quote, case_id, shape in sorted(pool[publisher])[:PER_PUBLISHER]:
            row = {"id": f"{batch}-{rank(how.seed, text + quote)[:8]}", "text": text, "quote": quote,
                   "speaker": "", "page": case_id, "publisher": publisher}
            if shape is not None:
                row["shape"] = shape
            rows.append(row)
    return rows


def pronoun_windows(body: str) -> Iterator[tuple[str, str, str]]:
    """(window, quote, shape) for every quotation of a body, the window ``wide_windows``'s; shape is one of
    ``PRONOUN_ORDER``, read on the quote's paragraph (quoted words blanked) and on the window for the names."""
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    for text, quote, _ in wide_windows(body):
        paragraph = next((p for p in paragraphs if quote in p), "")
        blank = re.sub(r"(?<=[“\"])[^“”\"]*(?=[”\"])", " ", paragraph)
        window = re.sub(r"(?<=[“\"])[^“”\"]*(?=[”\"])", " ", text)
        tagged = bool(_PRONOUN_TAG.search(blank))
        names = {m.group() for m in _NAME.finditer(window)}
        if tagged and len(names) >= 2:
            shape = "several"
        elif _UNNAMED.search(window) and (tagged or _UNNAMED.search(blank)):
            shape = "unnamed"
        elif tagged:
            shape = "pronoun"
        else:
            shape = ""
        yield text, quote, shape


def spread_windows(body: str) -> Iterator[tuple[str, str, frozenset[str]]]:
    """(window, quote, shapes) for every quotation of a body, the window ``wide_windows``'s; shapes are the
    ``SHAPES5`` its paragraph shows around this quotation (quoted words blanked)."""
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    for text, quote, _ in wide_windows(body):
        paragraph = next((p for p in paragraphs if quote in p), "")
        blank = re.sub(r"(?<=[“\"])[^“”\"]*(?=[”\"])", " ", paragraph)
        found = {name for name, shape in SHAPES5.items() if shape is not None and shape.search(blank)}
        if not _CUE_WORD.search(re.sub(r"[“\"][^”\"]*[”\"]", " ", paragraph)):
            found.add("untagged")
        yield text, quote, frozenset(found)


def _spread_rows(batch: str, how: Draw, pool: dict) -> list[dict]:
    names = list(SHAPES5)
    shaped = sorted((p for p in pool if any(not key[0] and key[1] for key, *_ in pool[p])),
                    key=lambda p: rank(how.seed, p))
    rows = []
    for i, publisher in enumerate(shaped[: how.publishers]):
        prefer = names[i % len(names):] + names[: i % len(names)]

        def key(item, prefer=prefer):
            (short, shapes), _, _, _, tiebreak = item
            first = min((prefer.index(s) for s in shapes), default=len(prefer))
            return (short, first, tiebreak)

        for (_, shapes), text, quote, case_id, _ in sorted(pool[publisher], key=key)[:PER_PUBLISHER]:
            rows.append({"id": f"{batch}-{rank(how.seed, text + quote)[:8]}", "text": text, "quote": quote,
                         "speaker": "", "page": case_id, "publisher": publisher,
                         "shape": ",".join(sorted(shapes)) or "none"})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="b1", choices=sorted(DRAWS))
    parser.add_argument("--check", action="store_true", help="check that en_<set>.jsonl holds the drawn rows")
    args = parser.parse_args(argv)
    return print_or_check(draw(args.set), GOLD / f"en_{args.set}.jsonl", args.check)


if __name__ == "__main__":
    sys.exit(main())
