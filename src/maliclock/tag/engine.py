"""The tagging engine: find temporal expressions with the declarative rules.

The engine is generic: it expands the macros of every rule in
``maliclock.rules.patterns`` into named groups, compiles each rule once,
runs them over the text of each taggable zone, normalizes the captured
groups through the vocabulary tables, and keeps the longest non-overlapping
matches. A match starts with a letter, a digit or an apostrophe
(:data:`MATCH_START`); each rule's example is checked for it.

Speed: a rule runs only where one of its start words is (``maliclock.tag.scan``),
and, if it has a single trigger word (``Rule.triggers``), only on a zone
that contains it; a match's context, case and title checks run only if
no match taken overlaps it, and a context before a match (``not_before``,
``need_before``) is matched once, reversed (``maliclock.tag.reverse``); the
macros' word lists are factored as tries (:func:`_alternation`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterable, Sequence

from .. import regex_cache
from ..rules import vocabulary as V
from ..rules.patterns import RULES, Rule
from . import reverse, scan, spoken
from .starts_cache import rule_starts_all


@dataclass(slots=True)
class Tagged:
    """A temporal expression found in the text, before resolution."""

    start: int
    end: int
    text: str
    rule: str
    type: str
    kind: str
    fields: dict[str, Any]


_APOSTROPHE = "['’]"  # a vocabulary's apostrophe matches the typographic one too ("Valentine’s Day")


def _flat_alternation(words: Iterable[str]) -> str:
    """The words as alternatives, longest first ("sept|sep"); a space stands for any whitespace."""
    forms = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", _APOSTROPHE) for w in forms)


def _token_key(ch: str) -> str | None:
    """The trie key of a character: one per IGNORECASE class, or None if that class is not known."""
    if ch == " ":
        return " "
    if ch.isascii():
        return ch.lower()
    return ch if ch.lower() == ch == ch.upper() else None


def _alternation(words: Iterable[str]) -> str:
    """:func:`_flat_alternation`, with the words' common prefixes factored out.

    The regex engine tries the alternatives of a case-insensitive alternation
    one by one. Factored, the alternatives at each step start with different
    characters, so at most one of them can go on; a longer word still comes
    before its prefix, as in the flat form, so the matches are the same.
    """
    words = set(words)
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            key = _token_key(ch)
            if key is None:
                return _flat_alternation(words)
            node = node.setdefault(key, {})
        node[""] = True

    def emit(node: dict) -> str:
        alts = [(r"\s+" if k == " " else _APOSTROPHE if k == "'" else re.escape(k)) + emit(sub)
                for k, sub in sorted(node.items()) if k]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


_UNITS_1_9 = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "|".join(sorted(V.TENS))


def _compound_numbers() -> str:
    return rf"(?:{_TENS})(?:[\s-](?:{_UNITS_1_9}))?"


_ORDINAL_WORDS = [w for w in V.ORDINALS if not w[0].isdigit() and V.ORDINALS[w] > 0]

# "Thursdays", "Sundays": the full weekday names, plural (a set of days)
_PLURAL_WEEKDAYS = {w + "s": n for w, n in V.WEEKDAYS.items() if w.endswith("day")}

# macro name -> (regex, normalizer of the matched text)
_MACROS: dict[str, tuple[str, Callable[[str], Any]]] = {}


def _norm_key(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


def parse_number(text: str) -> int | float | str:
    """Number from digits or English words; "X" for vague amounts."""
    t = _norm_key(text).replace(",", "")
    if t in V.VAGUE_NUMBERS:
        return "X"
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t) if "." in t else int(t)
    frac = re.fullmatch(r"(\d*)[\s-]*(?:1/2|½)", t)  # ("2 1/2", "3-1/2", "2½")
    if frac:
        return int(frac.group(1) or 0) + 0.5
    if t in V.NUMBERS:
        return V.NUMBERS[t]
    total = 0
    for p in re.split(r"[\s-]+", t):
        if p in V.NUMBERS:
            total += V.NUMBERS[p]
        elif p != "and":
            return "X"
    return total


def _parse_day(text: str) -> int:
    t = _norm_key(text)
    if t in V.ORDINALS:
        return V.ORDINALS[t]
    return int(re.match(r"\d+", t).group())


def _parse_year(text: str) -> int:
    t = text.strip()
    if t.startswith(("'", "’")):
        yy = int(t[1:])
        return 1900 + yy if yy >= 50 else 2000 + yy
    if t[:1].isdigit():
        return int(t)
    return parse_year_words(t)


def _parse_split_year(text: str) -> int:
    """The first year of a year that runs into the next, "2025-26", "2025/2026" (a fiscal year, a season)."""
    first, second = re.split(r"[-/–]", text)
    y = int(first)
    if int(second) != ((y + 1) % 100 if len(second) == 2 else y + 1):
        raise ValueError(text)  # "2019-21", "1990/95": two years, not one that runs into the next
    return y


def _parse_any_clock(text: str) -> tuple[int, int]:
    """(hour, minute) of a clock time in digits or in words."""
    return parse_clock(text) if text[:1].isdigit() or _norm_key(text) in V.CLOCK_WORDS else spoken.parse_spoken_clock(text)


def parse_year_words(text: str) -> int:
    """Year spoken in words: "nineteen ninety-six", "two thousand and two"."""
    words = [w for w in re.split(r"[\s-]+", _norm_key(text)) if w != "and"]
    if words[:2] == ["two", "thousand"]:
        return 2000 + (int(parse_number(" ".join(words[2:]))) if words[2:] else 0)
    century = V.NUMBERS[words[0]]
    if words[1:] == ["hundred"]:
        return century * 100
    if words[1] == "oh":
        return century * 100 + V.NUMBERS[words[2]]
    return century * 100 + int(parse_number(" ".join(words[1:])))


def _parse_ord(text: str) -> int:
    t = _norm_key(text)
    if t in V.ORDINALS:
        return V.ORDINALS[t]
    return int(re.match(r"\d+", t).group())


def parse_clock(text: str) -> tuple[int, int]:
    """(hour 0-24, minute) of "10:30 a.m.", "5 pm", "noon", "midnight"."""
    t = _norm_key(text)
    if t in V.CLOCK_WORDS:
        return V.CLOCK_WORDS[t]
    m = re.match(r"(\d{1,2})(?:[:.h](\d\d))?\s*([ap])?", t)
    hh, mm = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3) == "p" and hh < 12:
        hh += 12
    elif m.group(3) == "a" and hh == 12:
        hh = 0
    if not (0 <= hh <= 24 and 0 <= mm < 60):
        raise ValueError(text)
    return hh, mm


_YEAR_WORDS = (rf"(?:nineteen|eighteen)[\s-]+(?:hundred|oh[\s-](?:{_UNITS_1_9})|{_compound_numbers()}|{_TEENS})"
               rf"|two[\s-]thousand[\s-](?:and\s+)?(?:{_compound_numbers()}|{_TEENS}|{_UNITS_1_9})"
               # this century's as said: "twenty twenty-two", "twenty ten", "twenty oh-five"
               rf"|twenty[\s-](?:oh[\s-](?:{_UNITS_1_9})|{_TEENS}|(?:twenty|thirty|forty|fifty)(?:[\s-](?:{_UNITS_1_9}))?)(?![\w-])")
_NUM_WORDS = _alternation([w for w in V.NUMBERS if w not in ("a", "an")])
_WEEKDAY_NAMES = [w for w in V.WEEKDAYS if w.endswith("day")]
_WEEKDAY_ABBREVIATIONS = [w for w in V.WEEKDAYS if not w.endswith("day")]
_AMPM = r"(?:a\.m\.|p\.m\.|a\.m(?!\w)|p\.m(?!\w)|am(?!\w)|pm(?!\w))"
_MACROS.update({
    "MONTH": (rf"(?:{_alternation(V.MONTHS)})(?![\w])", lambda s: V.MONTHS[_norm_key(s)]),
    "DAY": (rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)|{_alternation(_ORDINAL_WORDS)})", _parse_day),
    "YEAR": (rf"(?:1\d{{3}}|20\d{{2}})(?!\d)|['’]\d\d(?![\w'])|{_YEAR_WORDS}", _parse_year),
    "YEAR4": (r"(?:1[5-9]\d\d|20\d\d)", int),
    "SPLITYEAR": (r"(?:1[5-9]\d\d|20\d\d)[-/–](?:\d\d|1[5-9]\d\d|20\d\d)(?![\d/-])", _parse_split_year),
    "FARYEAR": (r"2[1-9]\d\d", int),
    "YEARW": (_YEAR_WORDS, parse_year_words),
    # (a short form is no weekday after "the": "comets born far from the Sun.")
    "WEEKDAY": (rf"(?:{_alternation(_WEEKDAY_NAMES)}|(?<!the\s)(?:{_alternation(_WEEKDAY_ABBREVIATIONS)}))(?![\w])",
                lambda s: V.WEEKDAYS[_norm_key(s)]),
    "WEEKDAYD": (rf"(?:{_alternation(_WEEKDAY_NAMES)}|(?<!the\s)(?:{_alternation(_WEEKDAY_ABBREVIATIONS)})"
                 rf"|(?<!the\s)(?:{_alternation(V.WEEKDAY_SHORT_FORMS)}))(?![\w])",
                 lambda s: V.WEEKDAYS.get(_norm_key(s)) or V.WEEKDAY_SHORT_FORMS[_norm_key(s)]),
    "WEEKDAYS": (rf"(?:{_alternation(_PLURAL_WEEKDAYS)})(?![\w'’])", lambda s: _PLURAL_WEEKDAYS[_norm_key(s)]),
    "POD": (rf"(?:{_alternation(V.PARTS_OF_DAY)})(?![\w])", lambda s: V.PARTS_OF_DAY[_norm_key(s)]),
    "SEASON": (rf"(?:{_alternation(V.SEASONS)})(?![\w])", lambda s: V.SEASONS[_norm_key(s)]),
    "NUM": (rf"(?:\d{{1,3}}(?:[\s-]+1/2|½)|\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|{_compound_numbers()}|{_NUM_WORDS}|an?"
            rf"|{_alternation(V.VAGUE_NUMBERS)})(?![\w])", parse_number),
    "UNIT": (rf"(?:{_alternation(V.UNITS)})(?![\w])", lambda s: V.UNITS[_norm_key(s)]),
    "PUNIT": (rf"(?:{_alternation(V.PLURAL_UNITS)})(?![\w])", lambda s: V.PLURAL_UNITS[_norm_key(s)]),
    "CUNIT": (rf"(?:{_alternation(V.CALENDAR_UNITS)})(?![\w])", lambda s: V.CALENDAR_UNITS[_norm_key(s)]),
    "ORD": (rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{_alternation(V.ORDINALS)})(?![\w])", _parse_ord),
    "DSHIFT": (rf"(?:{_alternation(V.DEICTIC_SHIFTS)})(?![\w])", lambda s: V.DEICTIC_SHIFTS[_norm_key(s)]),
    "ASHIFT": (rf"(?:{_alternation(V.ANAPHORIC_SHIFTS)})(?![\w])", lambda s: V.ANAPHORIC_SHIFTS[_norm_key(s)]),
    "HOLIDAY": (rf"(?:{_alternation(V.HOLIDAYS)})(?![\w])", lambda s: V.HOLIDAYS[_norm_key(s)]),
    "MOD": (rf"(?:{_alternation(V.MODIFIERS)})", lambda s: V.MODIFIERS[_norm_key(s)]),
    "CLOCK": (rf"(?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*{_AMPM}|{_alternation(V.CLOCK_WORDS)}(?![\w]))", parse_clock),
    "FILL": (rf"(?:{_alternation(V.DURATION_FILLERS)})(?![\w])", _norm_key),
    # (not in lower case, so that a match may give it up: "10:45 a.m. at the bank" is no "AT")
    "TZ": (rf"(?!(?-i:[a-z]))(?:{_alternation(V.TIME_ZONES)})(?![\w])", lambda s: s.upper()),
    "FEAST": (rf"(?:{_alternation(V.MOVEABLE_FEASTS)})(?![\w])", lambda s: V.MOVEABLE_FEASTS[_norm_key(s)]),
    "LUNAR": (rf"(?:{_alternation(V.LUNAR_HOLIDAYS)})(?![\w])", lambda s: V.LUNAR_HOLIDAYS[_norm_key(s)]),
    "HMONTH": (rf"(?:{_alternation(V.ISLAMIC_MONTHS)})(?![\w])", lambda s: V.ISLAMIC_MONTHS[_norm_key(s)]),
    "NTHDAY": (rf"(?:{_alternation(V.NTH_WEEKDAY_HOLIDAYS)})(?![\w])",
               lambda s: V.NTH_WEEKDAY_HOLIDAYS[_norm_key(s)]),
    "CLOCK4": (r"(?:[01]\d|2[0-3])[0-5]\d", lambda s: (int(s[:2]), int(s[2:]))),
    # (not in "2:06:41"; "05h18", as South African and French copy writes it)
    "CLOCK24": (r"(?<![\d:])(?:[01]\d|2[0-3])(?::|h(?=[0-5]\d(?![\w:])))[0-5]\d", lambda s: (int(s[:2]), int(s[3:]))),
    # (or with a dot, before an upper-case zone: "07.00 GMT" in a time stamp)
    "CLOCK24Z": (r"(?<![\d:])(?:[01]\d|2[0-3])(?::[0-5]\d|\.[0-5]\d(?=\s+(?-i:[A-Z]{2,5})\b))",
                 lambda s: (int(s[:2]), int(s[3:]))),
    # (or with a dot anywhere, where the rule's context tells a time: "the 18.05 departure")
    "CLOCK24D": (r"(?<![\d:.])(?:[01]\d|2[0-3])[:.][0-5]\d(?![\d:]|\.\d)", lambda s: (int(s[:2]), int(s[3:]))),
    # clock times in words (``spoken``): with "a.m." or "p.m." ("three-forty a.m."), an hour and minutes ("two-fifteen",
    # "half past nine"), and any of them
    "CLOCKWM": (spoken.WITH_MERIDIEM, spoken.parse_spoken_clock),
    "CLOCKWH": (spoken.HOUR_AND_MINUTES + "|" + spoken.COUNTED, spoken.parse_spoken_clock),
    "CLOCKW": (spoken.WORDS, spoken.parse_spoken_clock),
    # a clock time of either kind ("3 p.m.", "15:00"), where a 24-hour one cannot be mistaken for anything else
    "ANYCLOCK": (rf"(?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*{_AMPM}|(?:[01]\d|2[0-3]):[0-5]\d(?![\d:])|"
                 rf"{_alternation(V.CLOCK_WORDS)}(?![\w]))", parse_clock),
    # ... in digits or in words: "9.30am", "10:20", "6:30", "ten-twenty", "four o'clock"
    "ANYCLOCKW": (rf"(?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*{_AMPM}|(?:[01]?\d|2[0-3])(?:[:.]|h(?=[0-5]\d\b))[0-5]\d(?![\d:])|"
                  rf"{_alternation(V.CLOCK_WORDS)}(?![\w])|{spoken.WORDS_BEFORE_DAY})", _parse_any_clock),
})
# Every expression starts with a letter, a digit or an apostrophe ('89). Saying so up front
# lets a rule give up at once on spaces and punctuation, which keeps runs of them as cheap as words.
MATCH_START = r"(?=[\w'’])"
_MACRO_RE = regex_cache.compile(r"\{([A-Z][A-Z0-9]*)(?::(\w+))?\}")

# Matched forms that are also common words: taken only when capitalised.
_CASED_FORMS = frozenset(V.MONTH_HOMOGRAPHS | {"sun.", "sat.", "wed.", "mon.", "sun", "sat"} | V.HOLIDAY_HOMOGRAPHS
                         | V.WEEKDAY_SHORT_FORMS.keys())
_CASED_GROUPS = frozenset({"month", "m2", "weekday", "holiday", "nthday"})
_UPPER_GROUPS = frozenset({"tz", "code", "era"})  # time-zone and period codes and eras only in capitals ("EST", "Q1", "AD")

# Trigger classes: an upper-case name in ``Rule.triggers`` stands for every word of a table.
_TOKEN = regex_cache.compile(r"[a-z]+|\d")


def _first_words(forms: Iterable[str]) -> frozenset[str]:
    out = set()
    for f in forms:
        m = _TOKEN.search(f.lower())
        if m:
            out.add(m.group())
    return frozenset(out)


_TRIGGER_CLASSES: dict[str, frozenset[str]] = {
    "MONTH": _first_words(V.MONTHS), "WEEKDAY": _first_words(V.WEEKDAYS), "POD": _first_words(V.PARTS_OF_DAY),
    "WEEKDAYS": _first_words(_PLURAL_WEEKDAYS),
    "SEASON": _first_words(V.SEASONS), "UNIT": _first_words(V.UNITS), "CUNIT": _first_words(V.CALENDAR_UNITS),
    "HOLIDAY": _first_words(V.HOLIDAYS), "FEAST": _first_words(V.MOVEABLE_FEASTS), "DIGIT": frozenset("0123456789"),
    "NTHDAY": _first_words(V.NTH_WEEKDAY_HOLIDAYS), "LUNAR": _first_words(V.LUNAR_HOLIDAYS),
    "HMONTH": _first_words(V.ISLAMIC_MONTHS),
    "ORD": _first_words(_ORDINAL_WORDS) | frozenset("0123456789"),
    "YEARW": frozenset({"nineteen", "eighteen", "two", "twenty"}),
    "TZ": frozenset(z.lower() for z in V.TIME_ZONES),
}


def rule_triggers(rule: Rule) -> frozenset[str] | None:
    """The words one of which a zone must contain for ``rule`` to run (None: always run)."""
    if not rule.triggers:
        return None
    out: set[str] = set()
    for t in rule.triggers.split():
        out |= _TRIGGER_CLASSES[t] if t.isupper() else {t}
    return frozenset(out)


@dataclass(slots=True)
class CompiledRule:
    """A rule with its regex compiled and its group normalizers."""

    rule: Rule
    regex: re.Pattern[str]
    groups: dict[str, Callable[[str], Any]]
    not_before: re.Pattern[str] | None
    not_after: re.Pattern[str] | None
    need_before: re.Pattern[str] | None
    need_after: re.Pattern[str] | None
    triggers: frozenset[str] | None
    cased: tuple[str, ...] = ()  # its groups of _CASED_GROUPS and _UPPER_GROUPS
    upper: tuple[str, ...] = ()
    # its named groups in the regex's order: (name, index in Match.groups(), normalizer or None)
    named: tuple[tuple[str, int, Callable[[str], Any] | None], ...] = ()
    num_unit: tuple[int, int] = (-1, -1)  # indexes in Match.groups() of the groups "num" and "unit", or -1
    # not_before and need_before reversed, to be matched once at the end of the text before a match
    not_before_rev: re.Pattern[str] | None = None
    need_before_rev: re.Pattern[str] | None = None
    checked: bool = False  # has any of the checks of _allowed
    # its triggers if one word, looked for in a zone before the rule runs there (see compile_rule)
    searched: frozenset[str] | None = None


def compile_rule(rule: Rule) -> CompiledRule:
    """Expand the macros of ``rule`` and compile it."""
    groups: dict[str, Callable[[str], Any]] = {}

    def expand(m: re.Match[str]) -> str:
        macro, name = m.group(1), m.group(2)
        regex, norm = _MACROS[macro]
        gname = name or macro.lower().rstrip("4")
        if gname in groups:  # a second use of the same macro inside one pattern
            gname = gname + "2"
        groups[gname] = norm
        return f"(?P<{gname}>{regex})"

    body = _MACRO_RE.sub(expand, rule.pattern)
    # the pattern grouped: the word boundaries apply to every alternative ("currently" is not
    # found inside "concurrently", nor "soon" inside "monsoon")
    regex = regex_cache.compile(rf"(?<![\w]){MATCH_START}(?:{body})(?![\w])", re.IGNORECASE)

    def opt(p: str | None, flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
        return regex_cache.compile(p, flags) if p else None

    index = regex.groupindex
    not_before, need_before = opt(rule.not_before), opt(rule.need_before)
    triggers = rule_triggers(rule)
    # A zone is searched for one word as a literal, which is fast; for several, the search of the zone
    # costs more than trying the rule where it may start (on the 1 MB corpus, for every such rule)
    searched = triggers if triggers is not None and len(triggers) == 1 else None
    return CompiledRule(rule, regex, groups, not_before, opt(rule.not_after),
                        need_before, opt(rule.need_after), triggers,
                        tuple(g for g in sorted(_CASED_GROUPS) if g in index),
                        tuple(g for g in sorted(_UPPER_GROUPS) if g in index),
                        tuple((name, i - 1, groups.get(name)) for name, i in index.items()),
                        (index.get("num", 0) - 1, index.get("unit", 0) - 1),
                        not_before and reverse.reversed_at_end(not_before),
                        need_before and reverse.reversed_at_end(need_before),
                        bool(rule.not_before or rule.need_before or rule.not_after or rule.need_after
                             or rule.not_title or rule.title_only or any(g in index for g in _CASED_GROUPS | _UPPER_GROUPS)),
                        searched)


@lru_cache(maxsize=1)
def compiled_rules() -> tuple[CompiledRule, ...]:
    """All rules, compiled once per process."""
    return tuple(compile_rule(r) for r in RULES)


@lru_cache(maxsize=1)
def _trigger_index() -> scan.Index:
    return scan.Index(rule_starts_all([cr.regex for cr in compiled_rules()]))


def warm() -> None:
    """Compile the rules and their trigger index now (once per process)."""
    _trigger_index()


@lru_cache(maxsize=None)
def _trigger_regex(triggers: frozenset[str]) -> re.Pattern[str]:
    """One of ``triggers`` anywhere (as a substring: "summertime" holds "summer")."""
    return regex_cache.compile(scan.trie_pattern(triggers))


def _holds_trigger(triggers: frozenset[str], zone: tuple[str, int, int], at: int) -> bool:
    """Does the zone ``low[lo:hi]`` of ``zone`` (low, lo, hi) hold one of ``triggers``?

    Often a trigger word is where the rule may start, ``at`` characters into
    the zone: one ``match`` there then spares the search of the zone.
    """
    low, lo, hi = zone
    rx = _trigger_regex(triggers)
    return (at >= 0 and rx.match(low, lo + at, hi) is not None) or rx.search(low, lo, hi) is not None


# A match found in a zone, sortable in the order the longest non-overlapping ones are taken:
# (minus its length, minus its rule's priority, start, rule index, match).
Found = tuple[int, int, int, int, re.Match[str]]


def _found(text: str, lo: int, hi: int, hits: list[tuple[int, Sequence[int]]] | None, low: str | None = None
           ) -> list[Found]:
    """Every rule's (non-empty) matches in ``text[lo:hi]``, in no set order.

    Without ``hits`` each rule runs ``finditer`` over the zone. With ``hits``
    (from the trigger pre-scan, ``scan.Index.hits``: ascending (position,
    rules)) a rule is tried only at its positions, skipping those inside its
    previous match, so it finds what ``finditer`` would; and, if it has one
    trigger word (``CompiledRule.searched``), only in a zone holding it.
    ``low``, if given, is the whole text lower-cased as by ``scan.lowered``,
    where trigger words are looked for.
    """
    rules = compiled_rules()
    out: list[Found] = []
    if hits is None:
        for i, cr in enumerate(rules):
            for m in cr.regex.finditer(text, lo, hi):
                s, e = m.span()
                if s < e:
                    out.append((s - e, -cr.rule.priority, s, i, m))
        return out
    present: dict[frozenset[str], bool] = {}  # trigger word -> does the zone contain it
    # the lower-cased text and the zone's span in it (made when first needed if ``low`` is None)
    zlow, zlo, zhi = low, lo, hi

    def holds(triggers: frozenset[str], at: int) -> bool:
        nonlocal zlow, zlo, zhi
        ok = present.get(triggers)
        if ok is None:
            if zlow is None:
                zlow, zlo, zhi = scan.folded(text[lo:hi]), 0, hi - lo
            ok = present[triggers] = _holds_trigger(triggers, (zlow, zlo, zhi), at)
        return ok

    for i in _trigger_index().always:
        cr = rules[i]
        if cr.searched is None or holds(cr.searched, -1):
            out.extend((m.start() - m.end(), -cr.rule.priority, m.start(), i, m)
                       for m in cr.regex.finditer(text, lo, hi) if m.end() > m.start())
    ends: dict[int, int] = {}  # rule index -> end of its last match
    for p, rs in hits:
        for i in rs:
            if p < ends.get(i, -1):
                continue
            cr = rules[i]
            if cr.searched is not None and not holds(cr.searched, p - lo):
                continue  # the zone lacks the word that each of its matches contains
            m = cr.regex.match(text, p, hi)
            if m is None:
                continue
            e = m.end()
            if e > p:
                ends[i] = e
                out.append((p - e, -cr.rule.priority, p, i, m))
    return out


_CONTEXT = 40
_SENTENCE_START = regex_cache.compile(r"(?:^|[.!?:;\"“‘'(\[\n\r]|--|—)\s*$")


def _title_line(text: str, lo: int, hi: int) -> bool:
    """Is the line ``text[lo:hi]`` a headline in title case (most words capitalised, no closing stop)? Not a masthead's
    or a section's line set off by bars ("Europa Weekly | Society")."""
    if "|" in text[lo:hi]:
        return False
    line = re.findall(r"[A-Za-z][\w’']*", text[lo:hi])
    return bool(line) and sum(w[0].isupper() for w in line) > 0.6 * len(line) \
        and not text[lo:hi].rstrip().endswith((".", "!", "?"))


def _is_title(text: str, s: int, e: int, lo: int, hi: int) -> bool:
    """A capitalised phrase inside a sentence is a name ("ABC's This Week", "VOA Today"),
    unless the whole line is written in title case (a headline)."""
    words = text[s:e].split()
    if not all(w[0].isupper() for w in words):
        return False
    if _title_line(text, lo, hi):
        return False
    before = text[max(lo, s - 3):s]
    if len(words) > 1 and re.search(r"(?:\w|['’]s)\s*[\"“]\s*$", text[max(lo, s - 6):s]):
        return True  # a quoted title in mid-sentence: ABC's "This Week"
    if s == lo or _SENTENCE_START.search(before):
        # sentence-initial: a name only if several words are all capitalised and end in a quote
        return len(words) > 1 and bool(re.match(r"[,.]?[\"”]", text[e:e + 2]))
    return True


def _allowed(text: str, lo: int, hi: int, cr: CompiledRule, m: re.Match[str], s: int, e: int) -> bool:
    """Does the match ``m`` at ``text[s:e]`` pass its rule's context, case and title checks?"""
    if cr.not_before and reverse.ends_with(cr.not_before, cr.not_before_rev, text, max(lo, s - _CONTEXT), s):
        return False
    if cr.need_before and not reverse.ends_with(cr.need_before, cr.need_before_rev, text,
                                                max(lo, s - _CONTEXT), s):
        return False
    if cr.not_after and cr.not_after.search(text[e:min(hi, e + _CONTEXT)]):
        return False
    if cr.need_after and not cr.need_after.search(text[e:min(hi, e + _CONTEXT)]):
        return False
    if (cr.cased or cr.upper) and not _case_ok(m, cr):
        return False
    if cr.rule.title_only and not _title_line(text, lo, hi):
        return False
    return not (cr.rule.not_title and _is_title(text, s, e, lo, hi))


def _case_ok(m: re.Match[str], cr: CompiledRule) -> bool:
    for g in cr.cased:
        t = m.group(g)
        if t and not t[0].isupper() and _norm_key(t) in _CASED_FORMS:
            return False
    for g in cr.upper:
        t = m.group(g)
        if t and not t.isupper():
            return False
    return True


_UNPARSED = object()  # what _normalized holds for a value its normalizer rejects
_NORMALIZED_MAX = 100_000  # entries kept before the cache starts anew


_NORMALIZED: dict[tuple[Callable[[str], Any], str], Any] = {}


def _normalized(norm: Callable[[str], Any], val: str) -> Any:
    """``norm(val)``, or _UNPARSED if it raises one of the errors that reject a match.

    The normalizers are functions of the matched text ("July" -> 7), which
    recurs; their results (numbers, strings, tuples) are kept.
    """
    cache = _NORMALIZED
    got = cache.get((norm, val))
    if got is None:
        if len(cache) > _NORMALIZED_MAX:
            cache.clear()
        try:
            got = norm(val)
        except (KeyError, ValueError, AttributeError, IndexError):
            got = _UNPARSED
        cache[(norm, val)] = got
    return got


def _fields(cr: CompiledRule, m: re.Match[str]) -> dict[str, Any] | None:
    out: dict[str, Any] = dict(cr.rule.fields)
    values = m.groups()
    for name, index, norm in cr.named:
        val = values[index]
        if val is None:
            continue
        if norm is None:
            out[name] = val
            continue
        got = _normalized(norm, val)
        if got is _UNPARSED:
            return None
        out[name] = got
    # "a"/"an" counts one of a singular unit only ("a decades-old feud" is no duration)
    n, u = cr.num_unit
    num = values[n] if n >= 0 else None
    unit = values[u] if u >= 0 else None
    if num and unit and num.lower() in ("a", "an") and (
            unit.lower().endswith("s") or unit.lower() in V.AMBIGUOUS_SINGLE_UNITS):
        return None
    return out


def tag_span(text: str, lo: int = 0, hi: int | None = None) -> list[Tagged]:
    """Temporal expressions in ``text[lo:hi]``, longest match first, no overlaps."""
    hi = len(text) if hi is None else hi
    low = scan.lowered(text)
    return _tag(text, lo, hi, None if low is None else _trigger_index().hits(low, lo, hi), low)


def _tag(text: str, lo: int, hi: int, hits: list[tuple[int, Sequence[int]]] | None, low: str | None = None
         ) -> list[Tagged]:
    """Tag ``text[lo:hi]``: every rule (``hits`` None) or the rules at their ``hits`` (see :func:`_found`)."""
    if hits is not None and not hits and not _trigger_index().always:
        return []
    found = _found(text, lo, hi, hits, low)
    found.sort()  # longest first, then higher priority, start, rule (a rule matches once at a start)
    # one byte per character of the zone, set once taken: overlap tests stay linear in the text
    taken = bytearray(hi - lo)
    rules = compiled_rules()
    out: list[Tagged] = []
    for minus_len, _, s, i, m in found:
        e = s - minus_len
        if taken.find(1, s - lo, e - lo) != -1:
            continue
        cr = rules[i]
        # checked only now: a match its checks reject takes no room, so none is taken differently
        if cr.checked and not _allowed(text, lo, hi, cr, m, s, e):
            continue
        fields = _fields(cr, m)
        if fields is None:
            continue
        taken[s - lo:e - lo] = b"\x01" * (e - s)
        r = cr.rule
        out.append(Tagged(s, e, text[s:e], r.name, r.type, r.kind, fields))
    out.sort(key=lambda t: t.start)
    return out


def tag_zones(text: str, spans: Iterable[tuple[int, int]]) -> list[Tagged]:
    """Tag each (start, end) zone of ``text`` and return all matches in order."""
    spans = list(spans)
    low = scan.lowered(text)
    per_zone: list[list[tuple[int, Sequence[int]]] | None]
    per_zone = [None] * len(spans) if low is None else _trigger_index().zone_hits(low, spans)  # type: ignore[assignment]
    out: list[Tagged] = []
    for (lo, hi), hits in zip(spans, per_zone):
        out.extend(_tag(text, lo, hi, hits, low))
    return out
