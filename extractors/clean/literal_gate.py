"""A cheap test that tells most lines a pattern cannot match, from words the pattern cannot match without.

The per-language line lists (``widgets.local_lines``) compile to one alternation that opens many of its
patterns with a bounded run of any characters (".{10,300}(?:...)(?:mehr|audio|video)", ".{0,1500}?\\bsupport ...
journalism"): Python's regex engine tries every length of that run before it fails, about 20 µs a paragraph, on
every paragraph of both cleaners. Every such pattern also names words it needs ("journalism", "inbox",
"newsletter"): a line holding none of them, in any case, cannot match, and substring tests on the lower-cased
line say so in about a microsecond.

The gate is exact, never an approximation: the words are read from the compiled pattern's own parse tree (a
run of literal characters every match passes through; one word of each branch when all branches have one), and
a line holding a character that the engine's case folding treats otherwise than ``str.lower`` (İ lowers to two
characters, a final Σ to ς, ſ matches s and ı matches i) is always let through to the pattern.
"""
from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse  # the stdlib's own regex parser (Python 3.11+)
from collections.abc import Callable
from re._casefix import _EXTRA_CASES

#: Letters the engine folds together beyond their lower case (``re._casefix``: ſ with s, ı with i, µ with μ, ...).
_EXTRA_LETTERS = {chr(code) for code in _EXTRA_CASES} | {chr(code) for codes in _EXTRA_CASES.values() for code in codes}
#: Characters whose case the engine folds otherwise than ``str.lower`` does: the non-ASCII letters of those pairs and
#: every character lowering to one (Ϲ, В, ...), İ (two characters once lowered) and Σ (ς at a word's end). All sit in
#: the Basic Multilingual Plane (tests/test_literal_gate.py checks every code point).
_CASE_SPECIAL_CHARS = frozenset(
    ch for code in range(0x10000)
    if (ch := chr(code)) in _EXTRA_LETTERS and not ch.isascii() or (low := ch.lower()) in _EXTRA_LETTERS
    and not low.isascii() or len(low) != 1 or ch == "\u03a3"
)
_CASE_SPECIAL = re.compile("[" + "".join(re.escape(ch) for ch in sorted(_CASE_SPECIAL_CHARS)) + "]")


def required_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` holds (as the engine matches it), or None when none is known."""
    return _required(sre_parse.parse(pattern.pattern, pattern.flags))


def literal_gate(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """A test that is False only for lines in which ``pattern`` can match nowhere (``search`` finds nothing).

    Lines it lets through still go to the pattern; when the pattern names no word it needs, every line does.
    """
    needed = required_words(pattern)
    if needed is None or any(_CASE_SPECIAL.search(word) for word in needed):
        return lambda line: True
    if not _folds_case(pattern):
        verbatim = tuple(sorted(needed, key=len))

        def holds_word(line: str) -> bool:  # a pattern that folds no case matches its words as written
            for word in verbatim:
                if word in line:
                    return True
            return False

        return holds_word
    lowered = tuple(sorted({word.lower() for word in needed}, key=len))

    def may_match(line: str) -> bool:
        if not line.isascii() and _CASE_SPECIAL.search(line):  # every character of _CASE_SPECIAL is beyond ASCII
            return True
        low = line.lower()
        for word in lowered:  # a loop, not any() over a generator: a fifth less on the cleaners' hottest lines
            if word in low:
                return True
        return False

    return may_match


def _folds_case(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` matches any part of a line case-insensitively: its flags, or a ``(?i:...)`` group."""
    return bool(pattern.flags & re.IGNORECASE) or _adds_ignorecase(sre_parse.parse(pattern.pattern, pattern.flags))


def _adds_ignorecase(items) -> bool:
    """Whether a parsed sequence holds a group that switches case folding on, at any depth."""
    for op, av in items:
        if op is sre.SUBPATTERN and (av[1] & sre.SRE_FLAG_IGNORECASE or _adds_ignorecase(av[3])):
            return True
        if op is sre.BRANCH and any(_adds_ignorecase(branch) for branch in av[1]):
            return True
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and _adds_ignorecase(av[2]):
            return True
        if op in (sre.ASSERT, sre.ASSERT_NOT) and _adds_ignorecase(av[1]):
            return True
        if op is sre.ATOMIC_GROUP and _adds_ignorecase(av):
            return True
        if op is sre.GROUPREF_EXISTS and any(_adds_ignorecase(part) for part in av[1:] if part is not None):
            return True
    return False


def _required(items) -> frozenset[str] | None:
    """Literal strings one of which every match of the parsed sequence ``items`` holds; the most telling such set."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def offer(candidate: frozenset[str] | None) -> None:
        nonlocal best
        if candidate and all(candidate) and (best is None or min(map(len, candidate)) > min(map(len, best))):
            best = candidate

    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        offer(frozenset(["".join(run)]) if run else None)
        run = []
        if op is sre.SUBPATTERN:
            offer(_required(av[3]))
        elif op is sre.BRANCH:
            branches = [_required(branch) for branch in av[1]]
            if all(branch is not None for branch in branches):
                offer(frozenset().union(*branches))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            offer(_required(av[2]))  # repeated at least once: what one repetition needs, the match holds
        elif op is sre.ASSERT and av[0] == 1:
            offer(_required(av[1]))  # a lookahead's text is part of the line
        elif op is sre.ATOMIC_GROUP:
            offer(_required(av))
    offer(frozenset(["".join(run)]) if run else None)
    return best
