"""Where can a regex match begin? Start triggers derived from a compiled pattern.

Reads a case-insensitive pattern through the standard library's regex
parser and lists every way a match can begin (:class:`Start`): the first
word (its whole run of letters, lower case), and, when a separator such as
whitespace follows it, the words that may come next; or the first character
when a match begins with a digit or a punctuation mark.

The result over-approximates the regex: assertions are skipped (they only
restrict), and whatever the walk does not follow either widens a start to
a word prefix or gives up (:func:`rule_starts` returns None: "always run").
``maliclock.tag.scan`` uses the starts to try each rule only where it can match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

DIGIT = "<digit>"  # key of a start on a decimal digit
SPACE = " "  # stands for any whitespace character in a separator set
_MAX_STEPS = 50000


class Unknown(Exception):
    """The pattern uses a construct the walk does not follow."""


@dataclass(frozen=True, slots=True)
class Follow:
    """What must come after a word: separators, then a key or a word prefix."""

    sep: frozenset[str]  # separator characters (SPACE = any whitespace)
    keys: frozenset[str]  # whole words, DIGIT or punctuation characters
    prefixes: frozenset[str] = frozenset()  # words that may go on with more letters


@dataclass(frozen=True, slots=True)
class Start:
    """One way a match can begin.

    ``key`` is a lower-case word (the whole leading run of letters), ``DIGIT``
    or a punctuation character; ``prefix`` marks a word that may go on with
    more letters; ``then`` (or None: anything) what must follow the word;
    ``bounded`` that the start sits behind ``(?<![\\w])``, at the beginning
    of a run of word characters, and not possibly inside a word.
    """

    key: str
    prefix: bool = False
    then: Follow | None = None
    bounded: bool = True


def is_letter(ch: str) -> bool:
    """A character of ``[^\\W\\d_]``: word character, not a digit or underscore."""
    return ch.isalnum() and not ch.isdecimal()


def _uncased_or_ascii(ch: str) -> bool:
    """An ASCII letter, or one without case ("½", "ª"): IGNORECASE equates it with no other letter
    that lower-cases differently (the regex compiler matches a caseless literal as it is)."""
    return ch.isascii() or ch.lower() == ch == ch.upper()


def _class_chars(items: list) -> tuple[set[str], bool, bool]:
    """(listed characters, may match a letter, may match unlisted non-letters) of a set.

    Digits are listed as ``DIGIT`` and whitespace as ``SPACE``.
    """
    chars: set[str] = set()
    letter = open_ = False
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] <= 64 and av[1] < 0x80:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            chars.add(DIGIT)
        elif op is C.CATEGORY and av is C.CATEGORY_SPACE:
            chars.add(SPACE)
        elif op is C.CATEGORY and av is C.CATEGORY_NOT_WORD:
            open_ = True
        elif op is C.CATEGORY and av is C.CATEGORY_WORD:
            letter = True
            chars.update((DIGIT, "_"))
        else:  # NEGATE, wide ranges, other categories
            letter = open_ = True
    chars = {DIGIT if len(c) == 1 and c.isdecimal() else (SPACE if c.isspace() else c) for c in chars}
    return chars, letter or any(is_letter(c) for c in chars if len(c) == 1), open_


def _item_chars(item) -> tuple[frozenset[str], bool, bool] | None:
    """The character set of a one-character item (LITERAL or IN), else None."""
    op, av = item
    if op is C.LITERAL:
        return _set_chars(((op, av),))
    if op is C.IN:
        return _set_chars(tuple(av))
    return None


@lru_cache(maxsize=None)  # the walk meets the same items over and over (the rules share macros)
def _set_chars(items: tuple) -> tuple[frozenset[str], bool, bool]:
    chars, letter, open_ = _class_chars(list(items))
    return frozenset(chars), letter, open_


def _separator(item) -> set[str] | None:
    """Characters of an item made only of separators (``\\s*``, ``,?``), else None."""
    op, av = item
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and len(av[2]) == 1:
        item = av[2][0]
    got = _item_chars(item)
    if got is None:
        return None
    chars, letter, open_ = got
    if letter or open_ or DIGIT in chars or "_" in chars:
        return None
    return chars


@lru_cache(maxsize=None)
def _letters(chars: frozenset[str], letter: bool) -> tuple[tuple[str, ...], frozenset[str], bool]:
    """The letters of a set (sorted), its other characters, and whether it may match letters it does not list."""
    letters = {c for c in chars if len(c) == 1 and is_letter(c)}
    open_letter = letter and (not letters or not all(map(_uncased_or_ascii, letters)))
    return tuple(sorted(letters)), chars - letters, open_letter


def _only_digits(body) -> bool:
    """A sequence of one-character items that match digits only."""
    for item in body:
        got = _item_chars(item)
        if got is None or got[1] or got[2] or got[0] != {DIGIT}:
            return False
    return len(body) > 0


def _may_be_digit(got: tuple[set[str], bool, bool] | None) -> bool:
    return got is None or got[2] or DIGIT in got[0] or "_" in got[0]


def _is_word_class(body) -> bool:
    """A lookaround body that matches every letter (``\\w``)."""
    return len(body) == 1 and body[0][0] is C.IN and (C.CATEGORY, C.CATEGORY_WORD) in list(body[0][1])


def _may_be_letter(body) -> bool:
    for item in body:
        if item[0] in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue
        got = _item_chars(item)
        return True if got is None else got[1]
    return False


class _Walker:
    """Enumerates the starts of a parsed pattern, depth first over its items.

    A position in the pattern is a linked list ``(items, index, rest)``;
    ``acc`` holds the letters read so far, ``closed`` that a lookahead has
    ruled out a further letter, so the word is complete.
    """

    def __init__(self, follow: bool = True, bounded: bool = False) -> None:
        self.steps = 0
        self.bounded = bounded
        self.follow = follow  # learn what follows a first word
        self._after: dict[tuple, tuple[Follow | None, object]] = {}
        self.out: set[Start] = set()

    def starts(self, stack: tuple | None) -> set[Start]:
        """Starts of the item sequence ``stack``."""
        self._walk(stack, "", False)
        return self.out

    def _add(self, key: str, prefix: bool = False, then: Follow | None = None) -> None:
        self.out.add(Start(key, prefix, then, self.bounded))

    def _walk(self, stack: tuple | None, acc: str, closed: bool) -> None:
        self.steps += 1
        if self.steps > _MAX_STEPS:
            raise Unknown("too many paths")
        while stack is not None and stack[1] >= len(stack[0]):
            stack = stack[2]
        if stack is None:
            if not acc:
                raise Unknown("may match the empty string")
            self._add(acc, prefix=not closed and acc != DIGIT)
            return
        items, i, rest = stack
        op, av = items[i]
        nxt = (items, i + 1, rest)
        if acc == DIGIT:
            self._digits(stack, op, av, nxt)
        elif op is C.ASSERT_NOT and av[0] == 1 and acc and _is_word_class(av[1]):
            self._walk(nxt, acc, True)
        elif op is C.ASSERT_NOT and av[0] == -1 and not acc and not self.bounded and _is_word_class(av[1]):
            self.bounded = True
            try:
                self._walk(nxt, acc, closed)
            finally:
                self.bounded = False
        elif op is C.ASSERT and av[0] == 1 and acc:
            # a lookahead after the first letters: what comes next must match its body, so the body
            # (alone: its end widens to "anything may follow") tells what may follow them
            self._walk((av[1], 0, None), acc, closed)
        elif op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            self._walk(nxt, acc, closed)  # zero-width: skipping it only widens
        elif op in (C.LITERAL, C.IN):
            self._char(*_item_chars((op, av)), nxt, acc, closed)  # type: ignore[misc]
        elif op is C.BRANCH:
            for alt in av[1]:
                self._walk((alt, 0, nxt), acc, closed)
        elif op is C.SUBPATTERN:
            if av[1] or av[2]:
                raise Unknown("inline flags")
            self._walk((av[3], 0, nxt), acc, closed)
        elif op is getattr(C, "ATOMIC_GROUP", None):
            self._walk((av, 0, nxt), acc, closed)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            self._repeat(op, av, nxt, acc, closed)
        elif acc:
            self._add(acc, prefix=not closed)
        else:
            raise Unknown(f"unsupported {op}")

    def _repeat(self, op, av, nxt, acc: str, closed: bool) -> None:
        lo, hi, body = av
        if lo == 0:
            self._walk(nxt, acc, closed)
        if hi == 0:
            return
        if acc and not closed and _may_be_letter(body) and (hi is C.MAXREPEAT or hi > 4):
            self._add(acc, prefix=True)
            return
        if hi == 1:
            self._walk((body, 0, nxt), acc, closed)
        else:
            again = [(op, (max(lo - 1, 0), hi if hi is C.MAXREPEAT else hi - 1, body))]
            self._walk((body, 0, (again, 0, nxt)), acc, closed)

    def _char(self, chars: frozenset[str], letter: bool, open_: bool, nxt, acc: str, closed: bool) -> None:
        """One character drawn from ``chars`` (or beyond them when ``open_``)."""
        letters, others, open_letter = _letters(chars, letter)
        if not acc:
            if open_letter or open_:
                raise Unknown("starts with an open class of characters")
            for c in letters:
                self._walk(nxt, c.lower(), False)
            for c in others:
                if c == DIGIT and self.follow:
                    self._walk(nxt, DIGIT, False)  # learn what ends the run of digits
                else:
                    self._add(c)
            return
        if not closed:
            if open_letter:
                self._add(acc, prefix=True)  # covers every continuation
                return
            for c in letters:
                self._walk(nxt, acc + c.lower(), False)
        if open_ or DIGIT in others or "_" in others:
            self._add(acc)  # the run of letters ends, on anything
        elif others:
            then = self._after_sep(nxt, set(others)) if self.follow else None
            self._add(acc, then=then)

    def _digits(self, stack: tuple, op, av, nxt) -> None:
        """Inside a run of digits: go past the items that only add digits, then see what ends it."""
        if op is C.ASSERT and av[0] == 1:
            # a lookahead: what comes next must match its body, so the body (alone: its end widens to
            # "anything may follow") tells what may follow the digits, as after letters
            self._walk((av[1], 0, None), DIGIT, False)
        elif op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            self._walk(nxt, DIGIT, False)
        elif op in (C.BRANCH, C.SUBPATTERN) or op is getattr(C, "ATOMIC_GROUP", None):
            self._descend(op, av, nxt)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) and _only_digits(av[2]):
            self._walk(nxt, DIGIT, False)  # any number of digits: the run goes on
        elif op in (C.LITERAL, C.IN) and _only_digits([(op, av)]):
            self._walk(nxt, DIGIT, False)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            self._repeat(op, av, nxt, DIGIT, False)
        elif op in (C.LITERAL, C.IN) and not _may_be_digit(_item_chars((op, av))):
            self._add(DIGIT, then=self._after_sep(stack, set()))  # the run of digits ends here
        else:
            self._add(DIGIT)

    def _descend(self, op, av, nxt) -> None:
        if op is C.BRANCH:
            for alt in av[1]:
                self._walk((alt, 0, nxt), DIGIT, False)
        elif op is C.SUBPATTERN:
            if av[1] or av[2]:
                raise Unknown("inline flags")
            self._walk((av[3], 0, nxt), DIGIT, False)
        else:
            self._walk((av, 0, nxt), DIGIT, False)

    def _after_sep(self, nxt, sep: set[str]) -> Follow | None:
        """What follows a word and its separators, or None when it cannot be told."""
        while nxt is not None:
            items, i, rest = nxt
            if i >= len(items):
                nxt = rest
                continue
            more = _separator(items[i])
            if more is None:
                break
            sep |= more
            nxt = (items, i + 1, rest)
        key = (_position_key(nxt), frozenset(sep))
        if key not in self._after:
            # the entry keeps ``nxt`` alive, so no list in its key is freed and its id reused
            self._after[key] = (_follow(nxt, frozenset(sep)), nxt)
        return self._after[key][0]


def _follow(nxt, sep: frozenset[str]) -> Follow | None:
    try:
        found = _Walker(follow=False, bounded=True).starts(nxt)
    except Unknown:
        return None
    keys = {s.key for s in found if not s.prefix}
    prefixes = {s.key for s in found if s.prefix}
    if any(k in sep or k.isspace() or k == "_" for k in keys | prefixes):
        return None  # the separator run could end early
    return Follow(sep, frozenset(keys), frozenset(prefixes))


def _position_key(stack: tuple | None) -> tuple:
    out = []
    while stack is not None:
        out.append((id(stack[0]), stack[1]))
        stack = stack[2]
    return tuple(out)


_NESTED = {C.BRANCH: 1, C.SUBPATTERN: 3, C.MAX_REPEAT: 2, C.MIN_REPEAT: 2, C.ASSERT: 1, C.ASSERT_NOT: 1}
if hasattr(C, "POSSESSIVE_REPEAT"):
    _NESTED[C.POSSESSIVE_REPEAT] = 2


def _plain(items) -> list:
    """A parsed pattern with its nested item sequences as lists, which the walk reads faster."""
    out = []
    for op, av in getattr(items, "data", items):  # a SubPattern's list (iterating it calls __getitem__)
        at = _NESTED.get(op)
        if op is C.BRANCH:
            av = (av[0], [_plain(alt) for alt in av[1]])
        elif at is not None:
            av = av[:at] + (_plain(av[at]),) + av[at + 1:]
        elif op is getattr(C, "ATOMIC_GROUP", None):
            av = _plain(av)
        out.append((op, av))
    return out


def rule_starts(pattern: re.Pattern[str]) -> frozenset[Start] | None:
    """The starts of a compiled case-insensitive regex, or None to always run it."""
    if not pattern.flags & re.IGNORECASE:
        return None  # keys are lower case; a case-sensitive rule is simply always run
    try:
        tree = P.parse(pattern.pattern, pattern.flags)
        found = _Walker().starts((_plain(tree.data), 0, None))
    except (Unknown, RecursionError):
        return None
    if any(s.key.isspace() or s.key == "_" for s in found):
        return None  # may start on whitespace: always run
    return frozenset(found)
