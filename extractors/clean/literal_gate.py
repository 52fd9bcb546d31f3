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

``GatedAlternation`` gates each branch of a list of patterns apart (``widgets.local_lines``): one gate over the
whole alternation opens for a line holding any branch's word, and common ones (" this ", "ign", "hier ") open the
promo lists to one line in six, on which every branch then ran.
"""
from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse  # the stdlib's own regex parser (Python 3.11+)
from collections.abc import Callable, Sequence
from functools import lru_cache
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


@lru_cache(maxsize=4096)
def _lowered(line: str) -> str | None:
    """``line`` lower-cased for the gates' substring tests, or None when it holds a character the engine folds
    otherwise (``_CASE_SPECIAL``: every word must then go to the pattern). Cached: a line meets a dozen gates (the
    line lists', the credit and house-ad searches), which had each lowered it and, beyond ASCII, scanned it again."""
    if not line.isascii() and _CASE_SPECIAL.search(line):  # every character of _CASE_SPECIAL is beyond ASCII
        return None
    return line.lower()


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
        low = _lowered(line)
        if low is None:
            return True
        for word in lowered:  # a loop, not any() over a generator: a fifth less on the cleaners' hottest lines
            if word in low:
                return True
        return False

    return may_match


#: A word of a gate (lower case), the gated branches needing it, and the gate's longer words holding it: a word is
#: looked for only in a line holding the word it sits under (``_word_tree``).
_Word = tuple[str, tuple[int, ...], tuple["_Word", ...]]
#: A gate over some branches of an alternation: its words' tree, the branches that always run, and the tree of its
#: ASCII words (the only ones an ASCII line can hold: half the words of the credit and promo lists).
_Gate = tuple[tuple[_Word, ...], frozenset[int], tuple[_Word, ...]]


class GatedAlternation:
    """Patterns matched as their alternation, each costly branch tried only on lines holding a word it needs.

    ``fullmatch`` and ``search`` return what the whole alternation's would (the same span; the lists hold no
    capturing group): a line runs the branches its words let through, in their order, and the others match
    nowhere in it. A branch without a word to test (a Cyrillic one: its letters fold beyond ``str.lower``) runs
    on every line; a line holding such a letter runs the whole alternation.

    Gated, since a test costs more than it saves on a cheap branch: for ``fullmatch``, the branches that open
    with a run of any characters or a lookahead (``_opens_with_run``: ".{0,300}\\bhier geht", "(?=.{0,300}$)..."),
    which walk the line before they fail, where one opening with a word fails at the line's first character;
    for ``search``, every branch not anchored at the line's start (``_anchored``), tried at every character: one
    that opens on "^" is tried at the first character only, as ``match`` is (the caption positions' "^(?:top|bottom|
    left|right|above|below)...:", searched on every line of a dump, took 4 µs a line gated and 0.4 µs alone).
    Over the 106,124 lines of the 886 corpus pages and their dumps, ``fullmatch`` of the dump promos took 1.6 s
    instead of 8.3 s, of the promos 2.2 s instead of 7.0 s, ``search`` of the caption credits 3.1 s instead of 8.7 s;
    ``newsfacts extract --no-facts`` cleaned the pages 1.04x-1.22x as fast (three runs, ``benchmarks/tree_speed.py``),
    the dumps 1.14x, every record the same.

    The branches a line lets through run one by one (``_branch``), each compiled once, not as an alternation
    compiled for each new set of them: those compilations (the ungated branches with the gated ones let through,
    up to a hundred branches each) had cost 2-3% of cleaning the corpus pages, a fresh set every few pages.
    A full match spans the whole line whichever branch makes it, so ``fullmatch`` tries the ungated branches as one
    alternation compiled once; ``search`` keeps the leftmost match, at a tie the earlier branch's, as the
    alternation would.
    """

    __slots__ = ("_branches", "_compiled", "_flags", "_fullmatch_gate", "_search_gate", "_ungated",
                 "_ungated_branches", "_whole", "fullmatch", "search")

    def __init__(self, patterns: Sequence[str], flags: int = 0) -> None:
        self._branches = tuple(f"(?:{p})" for p in patterns)
        self._flags = flags
        self._whole: re.Pattern[str] | None = None
        needed, costly, anchored = [], [], []
        for branch in self._branches:
            parsed = sre_parse.parse(branch, flags)
            if parsed.state.groups > 1:  # group 0 is the whole match
                raise ValueError("a capturing group would number otherwise in the alternation of fewer branches")
            words = _required(parsed)
            needed.append(None if words is None or any(_CASE_SPECIAL.search(word) for word in words) else words)
            costly.append(_opens_with_run(parsed))
            anchored.append(_anchored(parsed, parsed.state.flags))
        self._fullmatch_gate = self._gate(needed, costly)
        self._search_gate = self._gate(needed, [not at_start for at_start in anchored])
        self._compiled: list[re.Pattern[str] | None] = [None] * len(self._branches)
        self._ungated_branches = "|".join(self._branches[i] for i in sorted(self._fullmatch_gate[1]))
        self._ungated: re.Pattern[str] | None = None
        # a list without a gated branch costs no more than its pattern (once compiled: ``_whole_fullmatch``)
        self.fullmatch = self._gated_fullmatch if self._fullmatch_gate[0] else self._whole_fullmatch
        self.search = self._gated_search if self._search_gate[0] else self._whole_search

    @property
    def whole(self) -> re.Pattern[str]:
        """The alternation of every branch, compiled at its first use.

        Compiled at import, the 36 lists' alternations (every branch parsed again) had been a fifth of importing
        the cleaner, and most runs need few of them: a line holding a case-special character, a list without a
        gated branch, or a caller asking for the pattern itself.
        """
        whole = self._whole
        if whole is None:
            whole = self._whole = re.compile("|".join(self._branches) or r"(?!)", self._flags)
        return whole

    def _whole_fullmatch(self, line: str) -> re.Match[str] | None:
        """``whole.fullmatch`` once compiled: the list's own ``fullmatch`` is then the pattern's."""
        self.fullmatch = self.whole.fullmatch
        return self.fullmatch(line)

    def _whole_search(self, line: str) -> re.Match[str] | None:
        """``whole.search`` once compiled: the list's own ``search`` is then the pattern's."""
        self.search = self.whole.search
        return self.search(line)

    @staticmethod
    def _gate(needed: list[frozenset[str] | None], costly: list[bool]) -> _Gate:
        """The words of the gated branches (lower case: on a line without a case-special character it keeps every
        substring) as a tree (``_word_tree``), the branches that always run, and the tree of the ASCII words."""
        gated = {index for index, words in enumerate(needed) if words is not None and costly[index]}
        pairs = [(word.lower(), index) for index in sorted(gated) for word in needed[index]]
        return (_word_tree(pairs), frozenset(range(len(needed))) - gated,
                _word_tree([pair for pair in pairs if pair[0].isascii()]))

    @staticmethod
    def _let_through(line: str, gate: _Gate) -> set[int] | None:
        """The gated branches that may match in ``line``, or None when its case folding needs every branch."""
        low = _lowered(line)
        if low is None:
            return None
        found = [word for word in (gate[2] if low.isascii() else gate[0]) if word[0] in low]
        chosen: set[int] = set()
        while found:  # most lines hold none of the top words: the gate ends after one pass over them
            _, indexes, longer = found.pop()
            chosen.update(indexes)
            found.extend(word for word in longer if word[0] in low)
        return chosen

    def _branch(self, index: int) -> re.Pattern[str]:
        """The branch ``index`` compiled alone, once."""
        pattern = self._compiled[index]
        if pattern is None:
            pattern = self._compiled[index] = re.compile(self._branches[index], self._flags)
        return pattern

    def _gated_fullmatch(self, line: str) -> re.Match[str] | None:
        chosen = self._let_through(line, self._fullmatch_gate)
        if chosen is None:
            return self.whole.fullmatch(line)
        ungated = self._ungated
        if ungated is None and self._ungated_branches:
            ungated = self._ungated = re.compile(self._ungated_branches, self._flags)  # once, at the first line
        match = ungated.fullmatch(line) if ungated is not None else None
        for index in sorted(chosen):
            if match is not None:
                break
            match = self._branch(index).fullmatch(line)
        return match

    def _gated_search(self, line: str) -> re.Match[str] | None:
        chosen = self._let_through(line, self._search_gate)
        if chosen is None:
            return self.whole.search(line)
        best = None
        for index in sorted(chosen | self._search_gate[1]):
            match = self._branch(index).search(line)
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        return best


def _word_tree(pairs: list[tuple[str, int]]) -> tuple[_Word, ...]:
    """The (word, branch) pairs as a tree of words: each word once, with every branch needing it, under the longest
    other word it holds ("credit:" under "credit", "ap photo" under "ap"), as a line holding it holds that one too.

    A line is tested for the top words only, and for a word under one only when the line holds that one: the same
    branches as testing every pair, fewer substring searches. The caption credits' ASCII gate has 38 pairs and 18 top
    words ("bildquelle" and "bildrechte" under "bild"), and four lines in five that it sees hold none of them
    (114,418 lines over the corpus pages and their dumps); the gates' substring searches had been 9% of cleaning a dump.
    """
    branches: dict[str, list[int]] = {}
    for word, index in pairs:
        branches.setdefault(word, []).append(index)
    words = sorted(branches, key=len)
    under: dict[str | None, list[str]] = {}
    for at, word in enumerate(words):
        held = [other for other in words[:at] if other in word and len(other) < len(word)]
        under.setdefault(max(held, key=len) if held else None, []).append(word)

    def node(word: str) -> _Word:
        return word, tuple(branches[word]), tuple(node(longer) for longer in under.get(word, ()))

    return tuple(node(word) for word in under.get(None, ()))


def _opens_with_run(items) -> bool:
    """Whether a parsed pattern may open with a lookahead or a repeated any-character ("." or a negated class)."""
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            return True
        if op is sre.AT:
            continue  # "^": the next item opens the match
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            body = av[2]
            if len(body) == 1 and (body[0][0] in (sre.ANY, sre.NOT_LITERAL)
                                   or body[0][0] is sre.IN and body[0][1][:1] == [(sre.NEGATE, None)]):
                return True
            if _opens_with_run(body):
                return True
            if av[0] == 0:
                continue  # optional: what follows may open the match
            return False
        if op is sre.SUBPATTERN:
            if _opens_with_run(av[3]):
                return True
            if av[3].getwidth()[0] == 0:
                continue
            return False
        if op is sre.BRANCH:
            return any(_opens_with_run(branch) for branch in av[1])
        return False
    return False


def _anchored(items, flags: int) -> bool:
    """Whether every match of a parsed pattern starts at the line's start: it opens on "^" (no ``re.MULTILINE``) or
    "\\A", inside its groups, in every branch."""
    for op, av in items:
        if op is sre.AT:
            return av is sre.AT_BEGINNING_STRING or av is sre.AT_BEGINNING and not flags & sre.SRE_FLAG_MULTILINE
        if op is sre.SUBPATTERN:
            return _anchored(av[3], (flags | av[1]) & ~av[2])
        if op is sre.BRANCH:
            return all(_anchored(branch, flags) for branch in av[1])
        return False
    return False


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
