"""Clues from office holders named by their title ("Secretary of State Madeleine Albright").

A person named by a current title was in office when the article was written, so publication
falls inside one of the holder's terms (``rules/offices.py``); one named as "former" had left, so
publication comes after a term ended (``FORMER_BEFORE``). Not read: a title after "late", "then-",
"deputy" and the like (``NOT_CURRENT_BEFORE``), a current title in a sentence that names a year
("In 1962, President Kennedy ..."), which may tell history rather than the present, and a title
followed by more of a longer name (``NAME_MAY_PRECEDE``).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from datetime import date
from functools import lru_cache
from typing import Callable

from .. import regex_cache
from ..rules import offices as O
from ..rules import pubdate as P
from ..rules.vocabulary import MONTHS, WEEKDAYS
from ..segment import Segmented
from .model import Clue, Evidence

Day = tuple[int, int, int, int, int]  # ordinal, year, month, day, ISO weekday
_ZONES = frozenset({"body", "heading", "caption"})
_YEAR = regex_cache.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")
_NOT_CURRENT = regex_cache.compile(O.NOT_CURRENT_BEFORE, re.IGNORECASE)
_FORMER = regex_cache.compile(O.FORMER_BEFORE, re.IGNORECASE)
_OPEN = date.fromisoformat(O.OPEN_TERM_UNTIL).toordinal()
_NEXT_WORD = regex_cache.compile(r"[ \t]+([A-Z][\w'’-]*)")


def _key(name: str) -> str:
    """A name variant as matched: accents folded, spaces collapsed."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(folded.split())


@lru_cache(maxsize=1)
def compiled() -> list[tuple[str, re.Pattern[str], dict[str, tuple[tuple[int, int], ...]]]]:
    """Per office: its key, one regex for its title and holders, and each name's terms as ordinals."""
    terms: dict[str, dict[str, list[tuple[int, int]]]] = {}
    for office, names, spans in O.HOLDERS:
        for name in names:
            slot = terms.setdefault(office, {}).setdefault(_key(name), [])
            slot.extend((date.fromisoformat(a).toordinal(), date.fromisoformat(b).toordinal() if b else _OPEN)
                        for a, b in spans)
    out = []
    for office, (title, _) in O.TITLES.items():
        names = terms.get(office)
        if not names:
            continue
        # the longest variant first: "Saddam Hussein" before "Saddam"
        variants = sorted({n for o, ns, _ in O.HOLDERS if o == office for n in ns}, key=lambda n: (-len(n), n))
        alts = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in variants)
        given = rf"(?:[A-Z][\w.'’-]*\s+){{0,{O.GIVEN_NAMES_MAX}}}?"
        # the name ends its word, or a possessive follows ("President Clinton's")
        # a title may follow a hyphen: "ex-President Clinton" (the words before decide what it says)
        rx = regex_cache.compile(rf"(?<!\w)(?i:{title})\s+{given}(?P<name>{alts})(?=['’]s\b|[^\w'’-]|$)")
        out.append((office, rx, {k: tuple(sorted(v)) for k, v in names.items()}))
    return out


def _whole_name(text: str, end: int) -> bool:
    """Is the name that ends at ``end`` not followed by more of a longer name?"""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return True
    word = m.group(1).rstrip(".")
    return word in O.NAME_MAY_PRECEDE or word.lower() in WEEKDAYS or word.lower() in MONTHS


def _within(spans: tuple[tuple[int, int], ...]) -> Callable[[Day], float]:
    def f(d: Day) -> float:
        o = d[0]
        return 1.0 if any(a <= o <= b for a, b in spans) else 0.0
    return f


def _after(end: int) -> Callable[[Day], float]:
    def f(d: Day) -> float:
        return 1.0 if d[0] > end else 0.0
    return f


def _said(spans: tuple[tuple[int, int], ...]) -> str:
    return " or ".join(f"{date.fromordinal(a).isoformat()} to {date.fromordinal(b).isoformat()}" for a, b in spans)


def office_clues(seg: Segmented) -> list[Clue]:
    """One clue per office holder named by a current title in the article's sentences (publication
    within a term), and one per holder named as former (publication after a term ended)."""
    text = seg.text
    sentences = seg.sentences
    starts = [st.start for st in sentences]
    out: list[Clue] = []
    seen: set[tuple[str, ...]] = set()
    for office, rx, terms in compiled():
        for m in rx.finditer(text):  # one scan of the text per office; the match then finds its sentence
            i = bisect.bisect_right(starts, m.start()) - 1
            if i < 0 or m.end() > sentences[i].end or sentences[i].zone not in _ZONES:
                continue
            s = sentences[i]
            key = _key(m.group("name"))
            spans = terms.get(key)
            if spans is None or (office, key) in seen or not _whole_name(text, m.end()):
                continue
            before = max(s.start, m.start() - 20)
            said = re.sub(r"\s+", " ", m.group())
            sentence = re.sub(r"\s+", " ", text[s.start:s.end]).strip()
            former = _FORMER.search(text, before, m.start())
            if former is not None:
                # "former President Carter": written after a term of his ended (the first that did)
                end = spans[0][1]
                if end >= _OPEN or (office, key, "former") in seen:
                    continue
                seen.add((office, key, "former"))
                said = re.sub(r"\s+", " ", text[former.start(1):m.end()])
                ev = Evidence(f"{said}: out of office after {date.fromordinal(end).isoformat()}", said,
                              former.start(1), m.end(), sentence)
                out.append(Clue(ev, P.RELIABILITY["office-former"], _after(end), (date.fromordinal(end).year,)))
                continue
            if _NOT_CURRENT.search(text, before, m.start()) or _YEAR.search(text, s.start, s.end):
                continue
            seen.add((office, key))
            ev = Evidence(f"{said}: in office {_said(spans)}", said, m.start(), m.end(), sentence)
            years = (date.fromordinal(spans[0][0]).year, date.fromordinal(spans[-1][1]).year)
            out.append(Clue(ev, P.RELIABILITY["office"], _within(spans), years))
    out.sort(key=lambda c: c.evidence.start)  # in text order
    return out
