"""Reversed regexes: test a pattern anchored at the end of a string with one ``match``.

A rule's ``not_before``/``need_before`` context is a pattern ending in ``$``
searched in the text just before a match. ``search`` tries every position of
that window; a match must end at the window's end, so the same question is
answered by matching a reversed pattern once, at the start of the reversed
window (:func:`ends_with`).

The reversal reads the pattern through the standard library's regex parser
and writes the parsed items back in the reverse order. It covers what such
context patterns use (literals, sets, alternatives, repeats, word boundaries,
lookarounds, scoped IGNORECASE); for anything else, or a lookahead that would
become a lookbehind of varying width, :func:`reversed_at_end` returns None.
"""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

from .. import regex_cache


class _Unsupported(Exception):
    """The pattern uses a construct the reversal does not handle."""


_CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
}


def _char(code: int) -> str:
    return re.escape(chr(code))


def _set_item(op, av) -> str:
    if op is C.LITERAL:
        return _char(av)
    if op is C.RANGE:
        return _char(av[0]) + "-" + _char(av[1])
    if op is C.CATEGORY and av in _CATEGORIES:
        return _CATEGORIES[av]
    raise _Unsupported(f"set item {op}")


def _set(items) -> str:
    negate = bool(items) and items[0][0] is C.NEGATE
    body = "".join(_set_item(op, av) for op, av in (items[1:] if negate else items))
    return "[" + ("^" if negate else "") + body + "]"


def _flags(add: int, remove: int) -> str:
    if (add | remove) & ~re.IGNORECASE:
        raise _Unsupported("inline flags other than i")
    return ("i" if add else "") + ("-i" if remove else "")


def _reversed(items, loose: bool = False) -> str:
    """Regex source matching the reverse of every string ``items`` matches (as a sequence).

    ``loose``: leave out the lookaheads (which would become lookbehinds, of fixed width only),
    matching the reverse of every such string and maybe more.
    """
    return "".join(_item(op, av, loose) for op, av in reversed(list(items)))


def _item(op, av, loose: bool = False) -> str:
    if op is C.LITERAL:
        return _char(av)
    if op is C.NOT_LITERAL:
        return "[^" + _char(av) + "]"
    if op is C.ANY:
        return "."
    if op is C.IN:
        return _set(av)
    if op is C.BRANCH:
        return "(?:" + "|".join(_reversed(alt, loose) for alt in av[1]) + ")"
    if op is C.SUBPATTERN:
        _, add, remove, body = av
        flags = _flags(add, remove)
        return "(?" + flags + ":" + _reversed(body, loose) + ")"
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        lo, hi, body = av
        count = "{%d,%s}" % (lo, "" if hi is C.MAXREPEAT else hi)
        return "(?:" + _reversed(body, loose) + ")" + count + ("?" if op is C.MIN_REPEAT else "")
    if op is C.AT and av is C.AT_BOUNDARY:
        return r"\b"  # a boundary lies between the same two characters either way
    if op is C.AT and av is C.AT_NON_BOUNDARY:
        return r"\B"
    if op in (C.ASSERT, C.ASSERT_NOT):
        direction, body = av
        if loose and direction == 1:
            return ""  # an assertion only restricts: without it, more matches
        # a lookahead reads the text after the position, which the reversed text holds before it
        kind = "(?<" if direction == 1 else "(?"
        # (inside a negative assertion, leaving a lookahead out would allow fewer matches)
        return kind + ("=" if op is C.ASSERT else "!") + _reversed(body, loose and op is C.ASSERT) + ")"
    raise _Unsupported(f"{op}")


def reversed_at_end(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A regex whose ``match`` at the start of ``s[::-1]`` succeeds iff ``pattern.search(s)`` does.

    Only for a pattern ending in ``$`` (and no other anchor to the string's
    start or end); None when it cannot be reversed.
    """
    if pattern.flags & (re.MULTILINE | re.VERBOSE | re.LOCALE) or isinstance(pattern.pattern, bytes):
        return None
    try:
        items = list(P.parse(pattern.pattern, pattern.flags).data)
        if not items or items[-1] != (C.AT, C.AT_END):
            return None
        # "$" also matches before a newline ending the string
        source = r"\n?" + _reversed(items[:-1])
        return regex_cache.compile(source, pattern.flags & ~re.UNICODE)
    except (_Unsupported, re.error, RecursionError):
        return None


def _without_end(items: list) -> list | None:
    """``items`` less the ``$`` ending them, or ending each alternative of their last item (a group
    or an alternation), or None."""
    if not items:
        return None
    op, av = items[-1]
    if (op, av) == (C.AT, C.AT_END):
        return items[:-1]
    if op is C.SUBPATTERN and not av[1] and not av[2]:  # a group without flags of its own
        inner = _without_end(list(av[3]))
        return None if inner is None else items[:-1] + inner
    if op is C.BRANCH:
        alts = [_without_end(list(alt)) for alt in av[1]]
        if any(a is None for a in alts):
            return None
        return items[:-1] + [(C.BRANCH, (None, alts))]
    return None


def loosely_reversed_at_end(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A regex whose ``match`` at the start of ``s[::-1]`` succeeds wherever ``pattern.search(s)``
    does, and maybe elsewhere: :func:`reversed_at_end` without the lookaheads (outside negative
    assertions), for a pattern ending in ``$`` or whose every alternative does; None if it cannot be
    reversed."""
    try:
        return _loosely_reversed(pattern, list(P.parse(pattern.pattern, pattern.flags).data))
    except (re.error, RecursionError):
        return None


def _loosely_reversed(pattern: re.Pattern[str], parsed: list) -> re.Pattern[str] | None:
    """:func:`loosely_reversed_at_end` of ``pattern`` already parsed (``parsed``)."""
    if pattern.flags & (re.MULTILINE | re.VERBOSE | re.LOCALE) or isinstance(pattern.pattern, bytes):
        return None
    try:
        items = _without_end(parsed)
        if items is None:
            return None
        return regex_cache.compile(r"\n?" + _reversed(items, loose=True), pattern.flags & ~re.UNICODE)
    except (_Unsupported, re.error, RecursionError):
        return None


def ends_with(pattern: re.Pattern[str], reverse: re.Pattern[str] | None, text: str, lo: int, hi: int) -> bool:
    """Does ``pattern`` (ending in ``$``) match in ``text[lo:hi]``? ``reverse`` is from :func:`reversed_at_end`."""
    if reverse is None:
        return pattern.search(text[lo:hi]) is not None
    return reverse.match(text[lo:hi][::-1]) is not None


def _widens_in_a_slice(items, negated: bool = False, offset: int = 0) -> bool:
    """Whether every assertion of ``items`` holds at least as often at the start of a slice of the
    text as at that position of the whole text (see :class:`EndSearch`). ``offset``: the fewest
    characters a match has read before ``items``; an assertion that far in looks no further back
    than that many characters before it, inside the slice."""
    for op, av in items:
        if op is C.AT:
            at_cut = offset == 0
            if at_cut and (av is C.AT_NON_BOUNDARY or (negated and av in (
                    C.AT_BOUNDARY, C.AT_BEGINNING, C.AT_BEGINNING_STRING))):
                return False
        elif op in (C.ASSERT, C.ASSERT_NOT):
            direction, body = av
            inner = negated != (op is C.ASSERT_NOT)
            if direction == -1:
                if body.getwidth()[1] > offset:  # it may look before the cut
                    if not inner:
                        return False  # a lookbehind that must find text: the slice may lack it
                    if not _widens_in_a_slice(body, inner, 0):
                        return False
            elif not _widens_in_a_slice(body, inner, offset):
                return False
        elif op is C.BRANCH:
            if not all(_widens_in_a_slice(alt, negated, offset) for alt in av[1]):
                return False
        elif op is C.SUBPATTERN:
            if not _widens_in_a_slice(av[3], negated, offset):
                return False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            if not _widens_in_a_slice(av[2], negated, offset):
                return False
        elif op in (C.GROUPREF, C.GROUPREF_EXISTS):
            return False
        offset += _min_width(op, av)
    return True


def _min_width(op, av) -> int:
    """The fewest characters one item reads."""
    return P.SubPattern(P.State(), [(op, av)]).getwidth()[0]


class EndSearch:
    """``pattern.search(text, lo, hi)`` for a pattern ending in ``$`` (one that must end at ``hi``),
    answered at once where it finds nothing.

    A search tries every position of the window; the reversed pattern (:func:`loosely_reversed_at_end`)
    tells in one ``match`` whether any match ends at ``hi`` in the window cut out of the text. That
    cut text holds every match the window of the whole text holds when the pattern's assertions only
    widen at the cut (a word boundary or a negative lookbehind there, outside a negative assertion:
    the cut is the start of a string), so where the reversed pattern finds nothing, the search finds
    nothing; where it finds something, the search itself gives the match (its leftmost start). A
    pattern that cannot be reversed, or whose assertions may narrow at the cut, is just searched.
    """

    __slots__ = ("pattern", "reverse")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        try:
            parsed = list(P.parse(pattern.pattern, pattern.flags).data)
        except (re.error, RecursionError):
            parsed = None
        self.reverse = _loosely_reversed(pattern, parsed) if parsed is not None and _widens_in_a_slice(parsed) else None

    def search(self, text: str, lo: int, hi: int) -> re.Match[str] | None:
        """``self.pattern.search(text, lo, hi)``, with ``0 <= lo <= hi <= len(text)``."""
        if self.reverse is not None and self.reverse.match(text[lo:hi][::-1]) is None:
            return None
        return self.pattern.search(text, lo, hi)
