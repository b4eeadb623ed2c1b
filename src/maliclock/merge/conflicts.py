"""Where sources disagree beyond dates: the places they name (a city against its country is no conflict), the
tolls they give (dead and injured) and other figures (a vote's tally, a deal's value, a quake's magnitude)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from .. import regex_cache
from ..rules import events as E
from ..rules import vocabulary as V
from ..statements import Statement
from .content import fold


@dataclass(slots=True)
class Conflict:
    """A point on which an event's mentions disagree."""

    field: str
    values: dict[str, list[str]]


_OUTSIDE = regex_cache.compile(E.OUTSIDE_PATTERN)
_OUTSIDE_WORD = regex_cache.compile("|".join(map(re.escape, E.OUTSIDE_WORDS)))
_CAPITAL_APPOSITIONS = [regex_cache.compile(rx) for rx in E.CAPITAL_APPOSITIONS]
_INSIDE = regex_cache.compile(E.INSIDE_PATTERN)


@dataclass(slots=True)
class Places:
    """What the corpus says about places: which names are "the capital"."""

    capitals: frozenset[str]

    @classmethod
    def from_texts(cls, texts: list[str]) -> "Places":
        """Learn capital names from appositions ("the capital, Bamako")."""
        caps = set()
        for t in dict.fromkeys(texts):  # each distinct text once
            if E.CAPITAL_WORD not in t:
                continue
            for rx in _CAPITAL_APPOSITIONS:
                caps.update(fold(m.group("name")) for m in rx.finditer(t))
        return cls(frozenset(caps))

    def canon(self, name: str) -> str:
        """A place name folded, with "the capital" mapped to the capital's name when known."""
        f = fold(name).removeprefix("the ")
        if f == "capital" and len(self.capitals) == 1:
            return next(iter(self.capitals))
        return f


def location_conflicts(members: list[Statement], places: Places) -> list[Conflict]:
    """Mentions that place the event inside a place and others that place it outside it."""
    for m in members:
        if _OUTSIDE_WORD.search(m.clause):
            break
    else:
        return []  # nothing placed outside a place: no conflict
    inside: dict[str, set[str]] = defaultdict(set)
    outside: dict[str, set[str]] = defaultdict(set)
    for m in members:
        for mo in _OUTSIDE.finditer(m.clause):
            outside[places.canon(mo.group("place"))].add(f"{mo.group(0)}|{m.source}")
        for mi in _INSIDE.finditer(m.clause):
            inside[places.canon(mi.group("place"))].add(f"{mi.group(0)}|{m.source}")
    out = []
    for place in sorted(set(inside) & set(outside)):
        vals: dict[str, list[str]] = defaultdict(list)
        for entry in sorted(inside[place] | outside[place]):
            phrase, src = entry.rsplit("|", 1)
            vals[phrase].append(src)
        out.append(Conflict("location", {k: sorted(set(v)) for k, v in sorted(vals.items())}))
    return out


_TOLL_N = (r"(?P<n>\d{1,3}(?:,\d{3})*|\d+|" + E.TOLL_COMPOUND_NUMBER + "|"
           + "|".join(w.replace(" ", r"\s+") for w in E.TOLL_NUMBER_WORDS) + r")")


def _number(n: str) -> object:
    """A number in digits or words as one figure: "two" is 2, "twenty-three" 23; else as written."""
    tens, _, ones = n.replace(" ", "-").partition("-")
    if ones and isinstance(V.NUMBERS.get(tens), int) and isinstance(V.NUMBERS.get(ones), int):
        return V.NUMBERS[tens] + V.NUMBERS[ones]
    return V.NUMBERS.get(n, n)
_TOLLS = {kind: [regex_cache.compile(rx.replace("{MOD}", E.TOLL_MODIFIERS).replace("{N}", _TOLL_N), re.I) for rx, _ in rows]
          for kind, rows in E.TOLLS.items()}


def tolls_of(text: str) -> dict[str, str]:
    """The toll figures a clause gives, by kind ("deaths": "at least 60"), the first of each kind."""
    out: dict[str, str] = {}
    low = text.lower()
    for kind, patterns in _TOLLS.items():
        if not any(w in low for w in E.TOLL_WORDS[kind]):
            continue  # none of the kind's words: its patterns cannot match
        for rx in patterns:
            m = rx.search(text)
            if m is not None:
                mod = " ".join(m.group("mod").lower().split()) + " " if m.group("mod") else ""
                n = " ".join(m.group("n").lower().split())
                figure = str(_number(n))  # "two" and "2" are one figure
                # the count opens the match, as a subject: "31 soldiers and four civilians were killed" (not "killed
                # 93 people and injured 145")
                first = (_CONJUNCT_COUNT.search(text, max(0, m.start() - 40), m.start())
                         if not mod and m.start("n") == m.start() else None)
                if first is not None:  # "31 soldiers and four civilians were killed": 35
                    a = " ".join(first.group("n").lower().split())
                    total = [_whole(V.NUMBERS.get(a, a)), _whole(figure)]
                    if None not in total:
                        figure = str(sum(total))  # type: ignore[arg-type]
                out[kind] = mod + figure
                break
    return out


# a count joined to the one a toll pattern found: "31 soldiers and " before "four civilians were killed"
_CONJUNCT_COUNT = regex_cache.compile(r"(?<![\w.,])" + _TOLL_N + r"\s+[a-z-]+(?:\s+[a-z-]+)?\s+and\s+$", re.I)


def _whole(n: object) -> int | None:
    """``n`` as a whole number ("1,200", 12), or None for a vague one ("dozens")."""
    if isinstance(n, int):
        return n
    text = str(n).replace(",", "")
    return int(text) if text.isdigit() else None


_FIGURES = {kind: [regex_cache.compile(rx.replace("{TALLY}", E.FIGURE_TALLY).replace("{SUM}", E.FIGURE_SUM)
                              .replace("{MAGNITUDE}", E.FIGURE_MAGNITUDE).replace("{PERCENT}", E.FIGURE_PERCENT), re.I)
                   for rx, _ in rows] for kind, rows in E.FIGURES.items()}


def figures_of(text: str) -> dict[str, str]:
    """The figures other than tolls a clause gives, by kind, the first of each kind: a tally ("votes": "301-288",
    however written), a sum of money ("value": "$18.5 billion", for "$18.5bn" too), a magnitude or a rate's level
    ("rate": "3.25%")."""
    out: dict[str, str] = {}
    low = text.lower()
    for kind, patterns in _FIGURES.items():
        if not any(w in low for w in E.FIGURE_WORDS[kind]):
            continue
        for rx in patterns:
            m = rx.search(text)
            if m is None:
                continue
            g = m.groupdict()
            if g.get("a"):
                out[kind] = g["a"].replace(",", "") + "-" + g["b"].replace(",", "")
            elif kind == "magnitude":
                out[kind] = g["mag"] or g["mag2"]
            elif kind == "rate":
                out[kind] = format(Decimal(g["pct"]).normalize(), "f") + "%"  # "3.0 percent" and "3%" are one
            else:
                out[kind] = _sum(E.FIGURE_CURRENCIES.get(g["cur"], g["cur"]), g["num"], g["scale"])
            break
    return out


_COUNT = regex_cache.compile(E.COUNT_PATTERN.replace("{QUALIFIERS}", "|".join(E.COUNT_QUALIFIERS)), re.I)
_COUNT_NOT_BEFORE = regex_cache.compile(r"\b(?:" + "|".join(E.COUNT_NOT_BEFORE) + r")\s+$", re.I)
_COUNT_WHOLE_BEFORE = regex_cache.compile(E.COUNT_WHOLE_BEFORE, re.I)


def counts_of(text: str, taken: frozenset[str] | set[str] = frozenset()) -> dict[str, str]:
    """The counts of things a clause gives, by the plural noun counted ("operations": "140"), the first of each noun;
    not the figures in ``taken`` (a toll already read: "killed 60 people" is no count of "people" too)."""
    out: dict[str, str] = {}
    for m in _COUNT.finditer(text):
        noun = m.group("noun").lower()
        n = " ".join(m.group("n").lower().split())
        figure = str(V.NUMBERS.get(n, n)).replace(",", "")
        if noun in E.COUNT_NOT_NOUNS or noun in out or figure in taken or _bare(figure) in taken \
                or _COUNT_NOT_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
                or (len(figure) == 4 and figure[:2] in ("19", "20")):  # (a year: "the 2024 elections")
            continue
        mod = " ".join(m.group("mod").lower().split()) + " " if m.group("mod") else ""
        if not mod and (whole := _COUNT_WHOLE_BEFORE.search(text, max(0, m.start() - 40), m.start())) is not None:
            part = whole.group("part").lower()  # "23 of the country's 47 counties": 23 counties
            figure = str(_number(part)).replace(",", "")
        out[noun] = mod + figure
    return out


_SCALE_ZEROS = {"trillion": 12, "billion": 9, "million": 6}


def _sum(cur: str, num: str, scale: str) -> str:
    """A sum in one spelling: "$1,200 million" and "$1.2bn" are both "$1.2 billion"."""
    amount = Decimal(num.replace(",", "")).scaleb(_SCALE_ZEROS[E.FIGURE_SCALES[scale.lower()]])
    for name, zeros in _SCALE_ZEROS.items():
        if amount >= Decimal(1).scaleb(zeros) or name == "million":
            shown = format(amount.scaleb(-zeros).normalize(), "f")
            return f"{cur}{shown} {name}"
    raise AssertionError  # the loop ends at "million"


def toll_conflicts(members: list[Statement]) -> list[Conflict]:
    """Sources that give one event different figures of its dead or injured ("at least 60" and "93"), of a vote's
    tally ("301-288" and "302-287"), of a sum in one currency ("$18.5 billion" and "$18.2 billion") or of a thing
    counted ("140 operations" and "162 operations": the field is the noun)."""
    by_kind: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in members:
        # a toll of the dead or injured in the undated sentence after the statement is the happening's; other counts
        # there may be another's ("At least 5 people were arrested" after "The country has seen six coups")
        figures = {k: v for k, v in tolls_of(m.detail).items() if k in E.DETAIL_TOLLS} if m.detail else {}
        # the clause's own figures first, the sentence after it for the rest; the clause's whole sentence when it is
        # its only dated clause ("the fire, which broke out at 7:08 p.m. Monday, cut power to 38,000 customers")
        told = m.sentence if m.sole and m.sentence else m.clause
        figures.update(tolls_of(told))
        for kind, figure in figures.items():
            by_kind[kind][figure].add(m.source)
        for kind, figure in figures_of(told).items():
            if kind == "value":  # sums are compared within a currency
                kind = "value " + figure.split(None, 1)[0].rstrip("0123456789.")
            by_kind[kind][figure].add(m.source)
        taken = {_bare(f) for f in figures.values()}
        for noun, figure in counts_of(told, taken).items():
            by_kind["count " + noun][figure].add(m.source)
    return [Conflict(kind.split(None, 1)[1] if kind.startswith("count ") else kind.split(None, 1)[0],
                     {k: sorted(v) for k, v in sorted(figures.items())})
            for kind, figures in sorted(by_kind.items()) if _two_sources_differ(figures, kind.startswith("count "))]


def _two_sources_differ(figures: dict[str, set[str]], counted: bool = False) -> bool:
    """Do two sources give different figures (one article's own figures, of two moments, are no conflict; nor is one
    number with and without a hedge: "27" and "at least 27"; nor, of things ``counted``, a number its other's hedge
    allows: "more than 1300" and "1301")?"""
    items = list(figures.items())
    return any(a != b and _bare(a) != _bare(b) and sa != sb and not (counted and (_allows(a, b) or _allows(b, a)))
               for i, (a, srcs_a) in enumerate(items) for b, srcs_b in items[i + 1:] for sa in srcs_a for sb in srcs_b)


_HEDGE_ALLOWS = {"more than": lambda x, y: y > x, "over": lambda x, y: y > x, "at least": lambda x, y: y >= x,
                 "nearly": lambda x, y: 0.9 * x <= y <= x, "almost": lambda x, y: 0.9 * x <= y <= x,
                 "about": lambda x, y: abs(y - x) <= 0.1 * x, "around": lambda x, y: abs(y - x) <= 0.1 * x,
                 "some": lambda x, y: abs(y - x) <= 0.1 * x, "roughly": lambda x, y: abs(y - x) <= 0.1 * x,
                 "approximately": lambda x, y: abs(y - x) <= 0.1 * x}


def _allows(hedged: str, other: str) -> bool:
    """Does the hedged figure ``hedged`` ("more than 1300") allow the number ``other`` ("1301")?"""
    mod, _, n = hedged.rpartition(" ")
    rule = _HEDGE_ALLOWS.get(mod)
    plain = _bare(other)
    return rule is not None and n.isdigit() and plain.isdigit() and rule(int(n), int(plain))


_HEDGE = regex_cache.compile(E.TOLL_MODIFIERS + r"\s+", re.I)


def _bare(figure: str) -> str:
    """A figure without the hedge before it ("at least 27": "27")."""
    return _HEDGE.sub("", figure, count=1)
