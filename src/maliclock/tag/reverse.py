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

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]


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


def _reversed(items) -> str:
    """Regex source matching the reverse of every string ``items`` matches (as a sequence)."""
    return "".join(_item(op, av) for op, av in reversed(list(items)))


def _item(op, av) -> str:
    if op is C.LITERAL:
        return _char(av)
    if op is C.NOT_LITERAL:
        return "[^" + _char(av) + "]"
    if op is C.ANY:
        return "."
    if op is C.IN:
        return _set(av)
    if op is C.BRANCH:
        return "(?:" + "|".join(_reversed(alt) for alt in av[1]) + ")"
    if op is C.SUBPATTERN:
        _, add, remove, body = av
        flags = _flags(add, remove)
        return "(?" + flags + ":" + _reversed(body) + ")"
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        lo, hi, body = av
        count = "{%d,%s}" % (lo, "" if hi is C.MAXREPEAT else hi)
        return "(?:" + _reversed(body) + ")" + count + ("?" if op is C.MIN_REPEAT else "")
    if op is C.AT and av is C.AT_BOUNDARY:
        return r"\b"  # a boundary lies between the same two characters either way
    if op is C.AT and av is C.AT_NON_BOUNDARY:
        return r"\B"
    if op in (C.ASSERT, C.ASSERT_NOT):
        direction, body = av
        # a lookahead reads the text after the position, which the reversed text holds before it
        kind = "(?<" if direction == 1 else "(?"
        return kind + ("=" if op is C.ASSERT else "!") + _reversed(body) + ")"
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
        return re.compile(source, pattern.flags & ~re.UNICODE)
    except (_Unsupported, re.error, RecursionError):
        return None


def ends_with(pattern: re.Pattern[str], reverse: re.Pattern[str] | None, text: str, lo: int, hi: int) -> bool:
    """Does ``pattern`` (ending in ``$``) match in ``text[lo:hi]``? ``reverse`` is from :func:`reversed_at_end`."""
    if reverse is None:
        return pattern.search(text[lo:hi]) is not None
    return reverse.match(text[lo:hi][::-1]) is not None
