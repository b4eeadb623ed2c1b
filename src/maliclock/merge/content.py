"""What a statement says, for comparing it with others: its event words, names (variants and acronyms folded
in) and content stems."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from .. import regex_cache
from ..rules import events as E
from ..rules import tense as T
from ..rules import vocabulary as V
from ..statements import Statement
from .times import ROUND_MINUTES, local_instant, utc_instant

_EVENT_OF = {w: k for k, ws in E.EVENT_WORDS.items() for w in ws}
_PHRASE_OF = {p: k for k, ps in E.EVENT_PHRASES.items() for p in ps}
# (each tried only in a clause that holds its word, its first letter in either case left out: a cheap test)
_EVENT_PATTERNS = [(kind, word[1:], regex_cache.compile(rx)) for kind, (word, rx) in E.EVENT_PATTERNS.items()]
_PHRASE_ENDS = frozenset(p.split()[-1] for p in _PHRASE_OF)  # a token that may end a phrase: only then look back
RELATED: dict[str, set[str]] = defaultdict(set)
for _a, _b in E.RELATED_EVENTS:
    RELATED[_a].add(_b)
    RELATED[_b].add(_a)
_NAME_OF = {w: k for k, ws in E.NAME_VARIANTS.items() for w in ws}
_POSSESSIVE = regex_cache.compile(r"['’]s$")
_WHOLE_NUMBER = regex_cache.compile(r"(?<![\w.,])\d{1,4}(?![\w.,]\d|\w)")  # "11" of "its 11 remaining jets", not "4.5" or "A220"
_MAGNITUDE = regex_cache.compile(E.FIGURE_MAGNITUDE, re.I)
_TALLY = regex_cache.compile(E.SHARED_TALLY, re.I)
_FIGURE = regex_cache.compile(E.SHARED_FIGURE, re.I)
_SERIES_NOUN = regex_cache.compile(r"\b(?:" + "|".join(E.SERIES_PARTS.split()) + r")\b", re.I)
_SERIES_PART = regex_cache.compile(E.SHARED_SERIES_PART.replace("{PARTS}", "|".join(E.SERIES_PARTS.split())).replace(
    "{ORDINALS}", "|".join(sorted((w for w in V.ORDINALS if not w[0].isdigit()), key=len, reverse=True))), re.I)
_WORD_BEFORE = regex_cache.compile(r"(\w+)\W*$")
_SERIES = regex_cache.compile(E.SERIES_CLAUSE, re.I)
_TOKEN = regex_cache.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ.'’-]*")
_ACRONYM_DEF = regex_cache.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|the|and|de|du|la|in)\s+)*){2,})\(([A-Z]{2,8})\)")


def fold(s: str) -> str:
    """Lower-case, accents removed ("Touré" -> "toure")."""
    if s.isascii():  # nothing to decompose
        return s.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


_BASE_OF = {form: base for base, forms in E.IRREGULAR_FORMS.items() for form in forms}
_FIGURE_OF = {w: str(n) for w, n in V.NUMBERS.items() if isinstance(n, int) and " " not in w and n > 1}


@lru_cache(maxsize=1 << 16)
def stem(w: str) -> str:
    """A light suffix-stripping stem, enough to match "seized"/"seizure"/"seize", and "held"/"hold" (an irregular
    form as its base: ``IRREGULAR_FORMS``)."""
    w = _BASE_OF.get(w, w)
    for suf in ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "s", "e", "ure"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


@dataclass(slots=True)
class Features:
    """What a statement is about, for comparison."""

    events: frozenset[str]
    names: frozenset[str]
    stems: frozenset[str]
    places: frozenset[str] = frozenset()  # names after "in", "near", "outside": where it happened
    magnitude: float | None = None  # an earthquake's: two quakes when they are ``E.MAGNITUDES_APART``
    acts: frozenset[str] = frozenset()  # stems of the verbs that say what was done ("fell": "fall")
    lead: str = ""  # the first word, folded, if capitalised and no stopword: often a name ("Intel began ...")
    tallies: frozenset[str] = frozenset()  # "61-38", however written (``E.SHARED_TALLY``)
    figures: frozenset[str] = frozenset()  # "$160 million", "3.91%", "20,000", however written (``E.SHARED_FIGURE``)
    story: frozenset[str] = frozenset()  # the distinctive names of its article (``stories.with_stories``)
    series: bool = False  # it counts or sums the happenings of a period (``E.SERIES_CLAUSE``)
    # a precise clock minute, in UTC ("738955:1150") or, told in no zone, in local time ("local 738955:160"): reports
    # of it meet as candidates
    instant: str = ""


def acronyms(texts: list[str]) -> dict[str, str]:
    """Acronyms defined in the texts ("National Committee ... (CNRDR)") -> folded expansion."""
    out: dict[str, str] = {}
    for t in dict.fromkeys(texts):  # each distinct text once, in order
        if "(" not in t:  # every definition ends with its acronym in parentheses
            continue
        for m in _ACRONYM_DEF.finditer(t):
            out.setdefault(m.group(2).lower(), fold(m.group(1)).strip())
    return out


_REMEMBRANCE = regex_cache.compile(E.REMEMBRANCES + r"[^,;]*", re.I)
_REMEMBRANCE_WORD = regex_cache.compile(r"[Vv]igil|[Mm]emor|[Ff]uneral|[Tt]ribute|anniversar|[Rr]esponsibility|[Cc]ommemorat")


def _remembered(clause: str) -> set[int]:
    """The indices (in ``_TOKEN`` order) of the tokens that name what the clause remembers or claims (see
    ``E.REMEMBRANCES``): none of them is the clause's own happening."""
    spans = [m.span() for m in _REMEMBRANCE.finditer(clause)]
    return {i for i, m in enumerate(_TOKEN.finditer(clause)) if any(a <= m.start() < b for a, b in spans)}


def _hedged(toks: list[str], i: int) -> bool:
    """An event word under a hedge ("fears of a possible coup") does not report the event."""
    return _hedged_after(tuple(toks[max(0, i - 3):i]))


@lru_cache(maxsize=1 << 14)
def _hedged_after(before_toks: tuple[str, ...]) -> bool:
    """Whether the (at most three) tokens before an event word hedge it."""
    before = " ".join(t.lower() for t in before_toks)
    return any(h in before for h in E.HEDGES)


@lru_cache(maxsize=1 << 16)
def _folded_token(tok: str) -> str:
    """A token folded, without its possessive and edge punctuation ("Touré's" -> "toure")."""
    return _POSSESSIVE.sub("", fold(tok)).strip(".'’-")


def features_of(stmts: list[Statement], acr: dict[str, str]) -> list[Features]:
    """:func:`features` of each statement; statements with the same summary share one object."""
    known: dict[tuple[str, tuple[str, ...], str, str], Features] = {}
    index = AcronymIndex(acr) if len(acr) > ACRONYM_INDEX_FROM else None
    sets: dict[frozenset[str], frozenset[str]] = {}  # one object for equal sets (most recur: event kinds, places)
    out = []
    for s in stmts:
        key = (s.summary, s.antecedents, s.clause, s.value if s.granularity == "time" else "")
        f = known.get(key)
        if f is None:
            f = known[key] = features(s, acr, index, sets)
        out.append(f)
    return out


def features(st: Statement, acr: dict[str, str], index: "AcronymIndex | None" = None,
             sets: dict[frozenset[str], frozenset[str]] | None = None) -> Features:
    """Event kinds, names and content stems of a statement's clause (``index``: of ``acr``, to
    look for many acronyms faster; ``sets``: equal sets seen so far, to share one object; the same features)."""
    f = _clause_features(st.summary, acr, index, sets)
    f.series = _SERIES.search(st.clause) is not None
    if st.granularity == "time" and st.value[14:16] not in ROUND_MINUTES:
        instant = utc_instant(st)
        if instant:
            f.instant = f"{instant[0]}:{instant[1]}"
        else:  # told in no zone: the story's local time ("at about 2:40 a.m. on Monday", "around 2.40am on Monday")
            local = local_instant(st)
            f.instant = f"local {local[0]}:{local[1]}" if local else ""
    if st.antecedents:  # the happening it names by a definite noun: the nearest sentence before it that tells
        for text in st.antecedents:  # of a happening (of its kind, if it names one) tells which
            a = _clause_features(text, acr, index)
            if a.events and (not f.events or f.events & a.events):
                f.events = f.events or a.events
                f.names = f.names | a.names
                break
    return f


def _clause_features(clause: str, acr: dict[str, str], index: "AcronymIndex | None",
                     sets: dict[frozenset[str], frozenset[str]] | None = None) -> Features:
    """:func:`features` of one clause."""
    events, names, stems, places, acts = set(), set(), set(), set(), set()
    held: bool | None = None  # whether the clause tells of people held (for "released")
    toks = _TOKEN.findall(clause)
    remembered = _remembered(clause) if _REMEMBRANCE_WORD.search(clause) else set()
    for kind, word, rx in _EVENT_PATTERNS:  # ("Chapter 11": its number is no token)
        if word in clause and rx.search(clause):
            events.add(kind)
    for i, tok in enumerate(toks):
        f = _folded_token(tok)
        if not f:
            continue
        if i in remembered:
            pass  # what the clause remembers is no happening of its own
        elif f in _EVENT_OF and not _hedged(toks, i) and not (
                tok[0].isupper() and i + 1 < len(toks) and toks[i + 1][:1].isupper()
                and _folded_token(toks[i + 1]) in E.INSTITUTION_WORDS):  # "Emergency Management Victoria"
            kind = _EVENT_OF[f]
            if (f in E.NOT_A_HAPPENING_BEFORE or f in E.NOT_A_HAPPENING_AFTER) and (
                    (i > 1 and f"{_folded_token(toks[i - 2])} {_folded_token(toks[i - 1])}"
                     in E.NOT_A_HAPPENING_BEFORE.get(f, ()))
                    or (i > 0 and _folded_token(toks[i - 1]) in E.NOT_A_HAPPENING_BEFORE.get(f, ()))
                    or (i + 1 < len(toks) and _folded_token(toks[i + 1]) in E.NOT_A_HAPPENING_AFTER.get(f, ()))):
                kind = ""  # "left the hut for the summit": a mountain's top
            if kind == "labour strike" and (i > 0 and _folded_token(toks[i - 1]) in E.ATTACK_STRIKE_BEFORE or (
                    i + 1 < len(toks) and _folded_token(toks[i + 1]) in E.ATTACK_STRIKE_AFTER)):
                kind = "attack"  # "a drone strike", "The strike hit the depot"
            if kind:
                events.add(kind)
        elif f in E.RELEASE_WORDS and held is None:
            held = any(_folded_token(t) in E.HELD_PEOPLE for t in toks)  # once per clause
            if held and not _hedged(toks, i):
                events.add("release")
        elif f in _PHRASE_ENDS and i > 0:
            two = f"{_folded_token(toks[i - 1])} {f}"
            kind, first = _PHRASE_OF.get(two), i - 1
            if kind is None and i > 1:  # three words ("oath of office")
                three = f"{_folded_token(toks[i - 2])} {two}"
                kind, first = _PHRASE_OF.get(three), i - 2
                if kind is None and i > 2:  # four ("hit by a car")
                    kind, first = _PHRASE_OF.get(f"{_folded_token(toks[i - 3])} {three}"), i - 3
            if kind is not None and not _hedged(toks, first):
                events.add(kind)
        # a capitalised word is a name unless it only starts the sentence (acronyms and possessives always are:
        # "Togo's electoral commission")
        if tok[0].isupper() and f not in E.STOPWORDS and (i > 0 or tok.isupper() and len(tok) > 1
                                                          or tok.endswith(("'s", "’s"))):
            names.add(_NAME_OF.get(f, f))
            if i > 0 and (toks[i - 1] in E.PLACE_PREPOSITIONS or i > 1 and toks[i - 2] in E.PLACE_PREPOSITIONS
                          and toks[i - 1] in E.PLACE_QUALIFIERS):
                places.add(_NAME_OF.get(f, f))
        elif f in _NAME_OF:
            names.add(_NAME_OF[f])
        if f not in E.STOPWORDS and len(f) > 2:
            stems.add(_FIGURE_OF.get(f) or stem(f))
            if i not in remembered and (f in _BASE_OF or f in E.IRREGULAR_FORMS
                                        or (len(f) > 4 and f.endswith("ed") and f not in T.NOT_PAST_ED)):
                act = stem(f)
                if act not in E.NOT_ACTS:
                    acts.add(act)
    tallies: frozenset[str] = NONE
    figures: frozenset[str] = NONE
    if any(c.isdigit() for c in clause):  # "11" and "eleven" are one figure
        stems.update(_WHOLE_NUMBER.findall(clause))
        tallies = _frozen(sets, (f"{m.group('a') or m.group('a2') or m.group('a3')}-{m.group('b') or m.group('b2') or m.group('b3')}"
                                 for m in _TALLY.finditer(clause)))
        figures = _frozen(sets, shared_figures(clause))
    elif _SERIES_NOUN.search(clause):  # "the third round of talks": a part of a series in words
        figures = _frozen(sets, series_parts(clause))
    low = fold(clause)
    if index is None:
        for a, exp in acr.items():
            if a in names or exp in low:
                names.add(a)
    else:
        names.update(index.found(low, names))
    magnitude = None
    if "agnitude" in clause:
        m = _MAGNITUDE.search(clause)
        if m is not None:
            magnitude = float(m.group("mag") or m.group("mag2"))
    lead = ""
    if toks and toks[0][0].isupper():
        first = _folded_token(toks[0])
        lead = "" if first in E.STOPWORDS else _NAME_OF.get(first, first)
    return Features(_frozen(sets, events), _frozen(sets, names), _frozen(sets, stems), _frozen(sets, places), magnitude,
                    _frozen(sets, acts), lead, tallies, figures)


# One empty set for every feature that has none: each frozenset() is an object of its own (216 bytes), and most
# statements have no places, tallies or figures.
NONE: frozenset[str] = frozenset()


def _frozen(sets: dict[frozenset[str], frozenset[str]] | None, items: Iterable[str]) -> frozenset[str]:
    """``frozenset(items)``: the shared :data:`NONE` when empty, else the equal one in ``sets`` if any."""
    got = frozenset(items)
    if not got:
        return NONE
    return got if sets is None else sets.setdefault(got, got)


def shared_figures(clause: str) -> frozenset[str]:
    """The distinctive figures of a clause (``E.SHARED_FIGURE``), each in one spelling: "$160 million", "£120
    million" ("£120m"), "€90 million" ("90 million euros"), "3.91%" ("3.91 percent"), "£12000" ("£12,000"),
    "20000" ("20,000"), "8.0" ("SecureGate 8.0"); not a price ("$43.50 a share") nor a change ("up 37.5 cents")."""
    out = set()
    for m in _FIGURE.finditer(clause):
        cur, num, frac, scale, unit = m.group("cur", "num", "frac", "scale", "unit")
        unit = (unit or "").lower()
        if unit[:1].isalpha() and not unit.startswith(("per", "percent")):
            cur = cur or E.SHARED_FIGURE_CURRENCY_WORDS[unit.rstrip("s")]
            unit = ""
        if unit and not frac:
            continue  # a whole percentage: "70 per cent", "up 13%"
        if not (scale or unit or "," in num or frac and frac.count(".") > 1):
            if cur or not frac:
                continue  # a whole number alone ("27", "70 per cent"), a price ("$43.50 a share")
            before = _WORD_BEFORE.search(clause, max(0, m.start() - 30), m.start())
            if before is None or not before.group(1)[:1].isupper():
                continue  # a number with a fraction is a version after a name ("SecureGate 8.0"), else a price's
                # change or a clock time ("rose 37.5 cents", "at 10.30")
        scale = E.FIGURE_SCALES.get(scale.lower(), "") if scale else ""
        pct = "%" if unit else ""
        cur = E.FIGURE_CURRENCIES.get(cur, cur) if cur else ""
        out.add(f"{cur}{num.replace(',', '')}{frac or ''}{pct}{' ' + scale if scale else ''}")
    out.update(series_parts(clause))
    return frozenset(out)


def series_parts(clause: str) -> set[str]:
    """The numbered parts of a series a clause names (``E.SHARED_SERIES_PART``), each as "stage 14"."""
    out = set()
    for m in _SERIES_PART.finditer(clause):
        noun, n = (m.group("noun") or m.group("noun2")).lower(), m.group("ord") or m.group("num")
        # "14", "14th" (its suffix cut off) or "third"
        k = int(n) if n.isdigit() else int(n[:-2]) if n[0].isdigit() else V.ORDINALS[n.lower()]
        out.add(f"{noun} {k}")
    return out


# features_of: above this many acronyms, their expansions are looked for through an index
ACRONYM_INDEX_FROM = 64


class AcronymIndex:
    """The acronyms of :func:`features` found without trying every expansion on every clause.

    An expansion found in a clause has its first three characters there: the clause's
    three-character substrings pick the expansions worth looking for.
    """

    __slots__ = ("acr", "by_gram", "short")

    def __init__(self, acr: dict[str, str]) -> None:
        self.acr = acr
        self.by_gram: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.short: list[tuple[str, str]] = []  # expansions shorter than three characters
        for a, exp in acr.items():
            if len(exp) < 3:
                self.short.append((a, exp))
            else:
                self.by_gram[exp[:3]].append((a, exp))

    def found(self, low: str, names: set[str]) -> set[str]:
        """The acronyms a clause (folded: ``low``; its names: ``names``) refers to."""
        out = {a for a in names if a in self.acr}
        grams = {low[k:k + 3] for k in range(len(low) - 2)}
        for g in grams & self.by_gram.keys():
            out.update(a for a, exp in self.by_gram[g] if exp in low)
        out.update(a for a, exp in self.short if exp in low)
        return out
