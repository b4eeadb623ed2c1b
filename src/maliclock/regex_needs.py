"""Characters every match of a pattern holds, read from the pattern.

A pattern that can only match a line holding "|", "·" or "•" need not be tried on a line
without one: one ``in`` test spares the regex (``maliclock.pubdate.explicit`` so spares most of
its dateline patterns on a line that holds a year). :func:`required_chars` reads a pattern
through the standard library's regex parser and finds such a set among the punctuation
the pattern must read (a literal, or a class of a few listed characters, outside any
optional part). The walk under-approximates: whatever it does not follow requires
nothing, so a set it gives is always a true requirement.
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

MAX_CHARS = 4  # a larger class rules out few lines
# How often a character comes in news prose, roughly (per thousand): of the sets a pattern requires, the rarest
# is the one looked for. Letters, digits and blanks are never used (case-folding and classes make them unsure).
_COMMON = {",": 12.0, ".": 10.0, "-": 3.0, "'": 2.0, "’": 2.0, '"': 2.0, "“": 1.0, "”": 1.0, ":": 1.0,
           "(": 0.5, ")": 0.5, "/": 0.3, ";": 0.3}


def _plain(code: int) -> bool:
    """Punctuation that no case-folding equates with another character."""
    ch = chr(code)
    return not ch.isalnum() and not ch.isspace() and ch.lower() == ch == ch.upper()


def _needs(items) -> list[frozenset[str]]:
    """Character sets each of which every match of the sequence ``items`` holds one of."""
    out: list[frozenset[str]] = []
    for op, av in items:
        if op is C.LITERAL and _plain(av):
            out.append(frozenset(chr(av)))
        elif op is C.IN and av and all(o is C.LITERAL and _plain(a) for o, a in av):
            out.append(frozenset(chr(a) for _, a in av))
        elif op is C.SUBPATTERN:
            out.extend(_needs(av[3]))
        elif op is C.BRANCH:
            picks = [_best(_needs(alt)) for alt in av[1]]
            if all(p is not None for p in picks):
                out.append(frozenset().union(*picks))  # type: ignore[arg-type]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            out.extend(_needs(av[2]))
        elif op is C.ASSERT and av[0] == 1:  # what a lookahead reads lies in the line too
            out.extend(_needs(av[1]))
    return out


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    good = [s for s in sets if len(s) <= MAX_CHARS]
    return min(good, key=lambda s: (sum(_COMMON.get(c, 0.1) for c in s), sorted(s))) if good else None


def required_chars(source: str, flags: int = 0) -> str:
    """Characters one of which every match of the regex ``source`` holds ("" when none is certain)."""
    try:
        best = _best(_needs(P.parse(source, flags).data))
    except (re.error, RecursionError):
        return ""
    return "".join(sorted(best)) if best else ""


def holds_one(line: str, chars: str) -> bool:
    """Does ``line`` hold one of ``chars`` ("": no requirement)?"""
    return not chars or any(c in line for c in chars)
