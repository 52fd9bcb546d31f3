"""A differential check of quantity values on every English DEV text (issue 11, values364): a second reader.

The extractor's quantities (``extract_facts_many``) over every English dev text there is — the facts dev gold bodies,
the corpus's English dev pages' reference bodies (``quantity_page_listing.listed_pages(every=True)``: no facts gold
case, facts test or off-limits publisher) and dragnet_data's dev pages (``dragnet_texts.dev_pages``, ``--dragnet``)
— are compared with an independent reading of the same span written for this audit, which shares no code with
``numbers`` or ``units``: a plain regex reader of a digit number (grouped numbers through ``babel.numbers``) or a
run of spelled number words, a scale word or letter after it (thousand, million, bn, m, k, crore, lakh, ...), a
currency sign or code before it and a per cent after it, and a second number after a dash, "to" or "between ... and"
as a range's end. Each quantity is then put to sentence-level checks a value must pass:

- ``value``: the second reader reads another number at the span's start;
- ``range``: the second reader reads a range end the extractor did not (or another one);
- ``scale``: a scale word right after the span that the value does not hold (a money value under one beside a
  scale word included);
- ``currency``: a currency sign or code right before the number but a unit that is no currency code;
- ``percent``: a per cent right after the number but another unit; or a per cent over 100 outside "increase" words;
- ``year``: a count equal to a year (four digits, 1900..2099) whose unit is no measure of time;
- ``carried``: a currency with no currency written in the sentence, or a per cent with none after the number;
- ``noun``: a counted noun (lower-case unit) not written within the span or the next few words (read off another
  noun than the one the number counts?).

A flag is a disagreement to READ, not a fault: the faults found are labelled by hand in
``benchmarks/value_audit_faults.tsv`` (item, right value and unit, publisher). Dev only: no facts test gold and no
test page is read. ``--cache`` keeps the extractor's output so the checks can be re-run without the model.
"""

from __future__ import annotations

import argparse
import pickle
import re
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from babel.numbers import NumberFormatError, parse_decimal

from benchmarks.dragnet_texts import dev_pages
from benchmarks.facts import load_gold
from benchmarks.quantity_page_listing import listed_pages, sentence_at
from benchmarks.quantity_probe_sample import OFF_LIMITS, _test_publishers

# --- the second reader (no code shared with extractors.facts.numbers / units) ---------------------------------------

_ONES = {w: i for i, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"))}
_TENS = {w: 10 * (i + 2) for i, w in enumerate(
    ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"))}
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5,
           "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "bn": 1e9, "mn": 1e6, "mln": 1e6, "bln": 1e9, "tn": 1e12,
           "trn": 1e12, "k": 1e3, "m": 1e6, "b": 1e9}
#: Scale letters read as a scale only after a currency (else "5m" may be metres, "5k" a race).
_MONEY_ONLY = {"k", "m", "b"}
_CURRENCY = re.compile(r"(US\$|\$US|A\$|AU\$|C\$|CA\$|NZ\$|HK\$|S\$|NT\$|R\$|\$|£|€|¥|₹|₩|₦|₱|Rs\.?|USD|EUR|GBP|INR|"
                       r"KSh|Ksh|R(?=\d))\s*$")
_DIGITS = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)")
_WORD = re.compile(r"[A-Za-z]+")
_SCALE_AFTER = re.compile(r"\s*-?\s*(hundred|thousand|million|billion|trillion|lakhs?|crores?|bn|mn|mln|bln|tn|trn)\b"
                          r"|(k|m|b|K|M|B)\b", re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"\s*(%|per\s?cent\b|percent\b|pc\b)", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and)\s*", re.IGNORECASE)
#: A number and a range dash or "to" right before a span: the span may be a range's high end read alone.
_LOW_END = re.compile(r"(?<![\w.,])(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)\s*"
                      r"(?:%|per\s?cent|percent|[a-z]{1,3})?\s*(?:-|–|—|to)\s*(?:[$£€]|Rs\.?\s?)?$", re.IGNORECASE)
_INCREASE = re.compile(r"increas|rise|rose|grow|growth|jump|surge|gain|up |more than|higher|return|soar|climb|"
                       r"boost|percentage|capacity|interest", re.IGNORECASE)
_MONEY_WORD = re.compile(r"[$£€¥₹₩₦₱]|\b(Rs|USD|EUR|GBP|dollars?|euros?|pounds?|cents?|rupees?|yen|yuan|francs?|"
                         r"pesos?|rand|shillings?|naira|won)\b", re.IGNORECASE)
_TIME_UNITS = {"year", "years", "yr", "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
               "week", "weeks", "month", "months", "year old", "years old"}


def _spelled(text: str) -> tuple[float, int] | None:
    """A run of spelled number words at the start of ``text``: (value, characters read)."""
    total, current, read, seen = 0.0, 0.0, 0, False
    pos = 0
    article = re.match(r"(an?)\s+(?=(hundred|thousand|million|billion|dozen)\b)", text, re.IGNORECASE)
    if article:
        current, seen, pos = 1.0, True, article.end()
        read = pos
    while True:
        match = re.match(r"[\s-]*(and\s+)?([A-Za-z]+)", text[pos:])
        if not match:
            break
        word = match.group(2).lower()
        if match.group(1) and not seen:
            break
        if word in _ONES:
            current += _ONES[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "dozen" and seen:
            current *= 12
        elif word == "hundred" and seen:
            current *= 100
        elif word in ("thousand", "million", "billion", "trillion") and seen:
            total += current * _SCALES[word]
            current = 0.0
        else:
            break
        seen = True
        pos += match.end()
        read = pos
    return (total + current, read) if seen and read else None


def read_at(text: str, pos: int) -> tuple[float, int, int, str] | None:
    """The first number at or after ``pos`` in ``text`` (a digit number or spelled words), scaled by a scale word
    after it: (value, start, end, currency before it)."""
    digit = _DIGITS.search(text, pos)
    word_at = None
    for match in _WORD.finditer(text, pos):
        if digit and match.start() > digit.start():
            break
        spelled = _spelled(text[match.start():])
        if spelled and text[match.start():match.start() + spelled[1]].strip().lower() not in ("a", "an", "one"):
            word_at = (match.start(), spelled)
            break
    if word_at:
        start, (value, length) = word_at
        end = start + length
    elif digit:
        start, end = digit.start(), digit.end()
        raw = digit.group(1)
        try:
            value = float(parse_decimal(raw, locale="en", strict=False)) if "," in raw else float(raw)
        except NumberFormatError:
            return None
    else:
        return None
    currency = _CURRENCY.search(text[max(0, start - 5):start])
    sign = currency.group(1) if currency else ""
    scale = _SCALE_AFTER.match(text, end)
    if scale:
        word = (scale.group(1) or scale.group(2)).lower()
        if word not in _MONEY_ONLY or sign:
            value *= _SCALES[word]
            end = scale.end()
    return value, start, end, sign


def reading(body: str, start: int, end: int) -> dict:
    """The second reader's value, range end, currency and per cent for the span ``start``..``end`` of ``body``."""
    first = read_at(body, start)
    if first is None or first[1] >= end:
        return {}
    value, at, stop, sign = first
    found = {"value": value, "currency": sign, "end": stop}
    pct = _PERCENT_AFTER.match(body, stop)
    found["percent"] = bool(pct)
    if pct:
        stop = pct.end()
    join = _RANGE_JOIN.match(body, stop)
    between = re.search(r"\bbetween\s+\S*$", body[max(0, at - 12):at], re.IGNORECASE)
    if join and (join.group().strip().lower() != "and" or between):
        second = read_at(body, join.end())
        if second and second[1] - join.end() <= 4:
            high = second[0]
            found["max"] = high
            found["max_end"] = second[2]
            found["percent"] = found["percent"] or bool(_PERCENT_AFTER.match(body, second[2]))
    return found


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def checks(body: str, q) -> Iterator[tuple[str, str]]:
    """The flags (kind, detail) one quantity raises."""
    text = body[q.start:q.end]
    unit = q.unit or ""
    second = reading(body, q.start, q.end)
    if not second:
        return
    value = second["value"]
    scaled_low = False
    if "max" in second and not _same(value, q.value) and second["max"] > value:
        for factor in (1e3, 1e6, 1e9, 1e5, 1e7):
            if _same(value * factor, q.value) and value * factor <= second["max"]:
                scaled_low = True
    if not _same(value, q.value) and not scaled_low and not _same(value / 100, q.value):
        yield "value", f"second reader {value:g}"
    if "max" in second:
        if q.value_max is None:
            yield "range", f"second reader's end {second['max']:g} not read"
        elif not _same(second["max"], q.value_max):
            yield "range", f"second reader's end {second['max']:g}"
    before = _LOW_END.search(body[max(0, q.start - 30):q.start])
    if before and not re.match(r"\d{4}\b", before.group(1)):
        yield "range", f"a low end {before.group(1)!r} before the span, not read with it"
    after = body[q.end:q.end + 14]
    scale = _SCALE_AFTER.match(after)
    if scale and (scale.group(1) or (scale.group(2) or "").lower() in _MONEY_ONLY and second["currency"]):
        yield "scale", f"scale word after the span: {after!r}"
    if unit and unit == unit.upper() and len(unit) == 3 and q.value < 1 and re.search(
            r"\b(million|billion|bn|thousand|trillion)\b", body[q.start:q.end + 12], re.IGNORECASE):
        yield "scale", "money under one beside a scale word"
    if second["currency"] and not (len(unit) == 3 and unit.isupper()):
        yield "currency", f"currency {second['currency']!r} before the number, unit {unit!r}"
    if second["percent"] and unit not in ("%", "percentage point", "percentage points", "point", "points"):
        yield "percent", f"per cent after the number, unit {unit!r}"
    sentence = sentence_at(body, q.start, q.end)
    if len(unit) == 3 and unit.isupper() and not second["currency"] and not _MONEY_WORD.search(sentence):
        yield "carried", f"currency {unit!r} with no currency written in the sentence"
    if unit == "%" and not second["percent"]:
        yield "carried", "per cent with none written after the number"
    if unit == "%" and q.value > 100 and not _INCREASE.search(sentence):
        yield "percent", "per cent over 100"
    if (q.value == int(q.value) and 1900 <= q.value <= 2099 and re.fullmatch(r"\D*\d{4}\D*", text)
            and unit not in _TIME_UNITS and "," not in text):
        yield "year", f"a count equal to a year, unit {unit!r}"
    if unit and unit.islower() and unit not in ("%",) and unit not in _TIME_UNITS:
        stem = unit.split()[-1][:4].lower()
        window = body[q.start:q.end + 40].lower()
        if stem not in window:
            yield "noun", f"unit {unit!r} not beside the number"


# --- the texts ------------------------------------------------------------------------------------------------------

def texts(archive: Path | None) -> Iterator[tuple[str, str, str, str, datetime | None]]:
    """(source, publisher, page, body, published) of every English dev text."""
    for case in load_gold("dev"):
        if case["language"] == "en":
            published = datetime.fromisoformat(case["published"]) if case.get("published") else None
            yield "gold", case["publisher"], case["id"], case["text"], published
    for publisher, page, body, published in listed_pages(True):
        yield "corpus", publisher, page, body, published
    if archive:
        for page in dev_pages(archive, _test_publishers(), OFF_LIMITS):
            try:
                published = datetime.fromisoformat(page.published[:19]) if page.published else None
            except ValueError:
                published = None
            yield "dragnet", page.publisher, page.page, page.text, published


def extracted(archive: Path | None, cache: Path | None) -> list[tuple[tuple, list]]:
    """Each text with its quantities, from ``cache`` when it exists."""
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    from extractors.facts import FactOptions, extract_facts_many
    from extractors.records import Quantity

    items = list(texts(archive))
    outputs = extract_facts_many([(body, published) for _, _, _, body, published in items],
                                 FactOptions(kinds=frozenset({"quantity", "date", "entity"})))
    found = [(item, [f for f in facts if isinstance(f, Quantity)]) for item, facts in zip(items, outputs)]
    if cache:
        cache.write_bytes(pickle.dumps(found))
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dragnet", type=Path, help="dragnet_data's meta.tar.gz (commit 1a6f385)")
    parser.add_argument("--cache", type=Path, help="keep (or reuse) the extractor's output here")
    parser.add_argument("--tsv", type=Path, help="write the flags as tab-separated rows here")
    parser.add_argument("--kind", action="append", help="print only these kinds of flag")
    args = parser.parse_args(argv)
    found = extracted(args.dragnet, args.cache)
    tally: Counter[str] = Counter()
    publishers: dict[str, set[str]] = {}
    rows = []
    count = 0
    for (source, publisher, page, body, _), quantities in found:
        for q in quantities:
            count += 1
            for kind, detail in checks(body, q):
                tally[kind] += 1
                publishers.setdefault(kind, set()).add(publisher)
                rows.append((kind, source, publisher, page, q.text, f"{q.value:g}",
                             "" if q.value_max is None else f"{q.value_max:g}", q.unit or "", detail,
                             sentence_at(body, q.start, q.end)))
    print(f"{len(found)} texts, {count} quantities, {len(rows)} flags")
    for kind, n in tally.most_common():
        print(f"  {kind:9} {n:5} on {len(publishers[kind])} publishers")
    for row in rows:
        if not args.kind or row[0] in args.kind:
            print(" | ".join(row[:9]) + "\n      " + row[9].replace("\n", " ")[:300])
    if args.tsv:
        args.tsv.write_text("".join("\t".join(r).replace("\n", " ") + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
