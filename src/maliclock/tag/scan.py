"""Trigger pre-scan: find, in one pass, where each tagging rule may start.

Running every rule's regex over every zone costs time proportional to the
text length times the number of rules. Instead, :class:`Index` collects the
start triggers of all rules (``maliclock.tag.starts``) into one regex that finds
them in the lower-cased text; each rule is then tried only at the positions
where one of its triggers occurs (:meth:`Index.hits`; ``tag._found`` skips a position inside the rule's previous match, as ``finditer`` does). Since the triggers
over-approximate the rules, the matches are exactly those a full
``finditer`` over the zone would give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator, Sequence

from .. import regex_cache
from .starts import DIGIT, SPACE, Follow, Start, is_letter

# Characters that re.IGNORECASE equates with an ASCII letter although
# str.lower() does not map them to it (a test checks every code point).
CASE_FIXES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_FIX_CHARS = ("\u0130", "\u0131", "\u017f")


def folded(text: str) -> str:
    """``text`` lower-cased as the rules' IGNORECASE sees it (its length may differ)."""
    if any(c in text for c in _FIX_CHARS):
        text = text.translate(CASE_FIXES)
    return text.lower()


def lowered(text: str) -> str | None:
    """``text`` lower-cased as the rules' IGNORECASE sees it, or None if lengths differ."""
    low = folded(text)
    return low if len(low) == len(text) else None


def trie_pattern(words: Iterable[str], leaf: dict[str, str] | None = None) -> str:
    """A regex matching exactly the given literal words, factored as a trie.

    Python's regex engine tries the branches of an alternation one by one;
    sharing prefixes keeps the work per text position small. ``leaf`` maps a
    word to a pattern that must match where it ends (default: nothing).
    """
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = w

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        end = (leaf or {}).get(node[""], "") if "" in node else None
        if end:
            alts.append(end)
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end == "" else body

    return emit(trie)


_WORD_END = r"(?![^\W\d_])"
# After a trigger, the scanner captures (without consuming it) the text that decides which rules may
# start there: the run of non-word characters, then the next run of letters or one word character.
# Every regex that :meth:`_Word.rules` runs after the trigger looks no further (its separators are
# non-word characters, its keys a run of letters or one character), so that text, with the trigger,
# is the key under which the rules are memoised.
_CONTEXT = r"(?=(?P<x>[^\w]*(?:[^\W\d_]+|\w)?))"
# Longer words are followed in the scanner by the first character of a key only (see _Word.leaf), which keeps
# the scanner's regex short: it compiles in a quarter of the time.
SHORT_WORD = 3
_MEMO_MAX = 200_000  # entries kept before the memo starts anew (bounds its memory on big inputs)


@lru_cache(maxsize=None)  # many words share what may follow them (a number: the units)
def _keys_pattern(keys: frozenset[str], prefixes: frozenset[str]) -> str:
    """A regex for a token whose key is in ``keys`` or starts with one of ``prefixes``."""
    alts = []
    words = {k for k in keys if k != DIGIT and is_letter(k[0])}
    if words:
        alts.append(f"(?:{trie_pattern(words)}){_WORD_END}")
    if prefixes:
        alts.append(trie_pattern(prefixes))
    if DIGIT in keys:
        alts.append(r"\d")
    alts.extend(re.escape(k) for k in sorted(keys - words - {DIGIT}))
    return "(?:" + "|".join(alts) + ")"


def _first_chars(keys: frozenset[str]) -> str:
    """A character class of the first characters of ``keys`` (DIGIT: any digit)."""
    return "[" + "".join(sorted({r"\d" if k == DIGIT else re.escape(k[0]) for k in keys})) + "]"


def _sep_class(sep: frozenset[str]) -> str:
    if not sep:
        return ""  # the next token comes right after
    return "[" + "".join(r"\s" if c == SPACE else re.escape(c) for c in sorted(sep)) + "]+"


@lru_cache(maxsize=None)
def _after(sep: frozenset[str]) -> re.Pattern[str]:
    """Separators, then the key of the next token: a word (group 1) or a character (group 2)."""
    return regex_cache.compile(_sep_class(sep) + r"(?:([^\W\d_]+)|(\S))")


def _next_key(rx: re.Pattern[str], low: str, pos: int, hi: int) -> str | None:
    m = rx.match(low, pos, hi)
    if m is None:
        return None
    if m.group(1):
        return m.group(1)
    ch = m.group(2)
    return DIGIT if ch.isdecimal() else ch


@dataclass(slots=True)
class _Word:
    """Rules starting with one word: unconditionally, or when certain keys follow it."""

    always: list[int] = field(default_factory=list)
    # per separator set: its regex, key -> rules, and (prefix, rule) pairs
    follows: dict[frozenset[str], tuple[re.Pattern[str], dict[str, list[int]], list[tuple[str, int]]]] = \
        field(default_factory=dict)

    def add(self, rule: int, then: Follow | None) -> None:
        if then is None:
            self.always.append(rule)
            return
        _, by_key, prefixes = self.follows.setdefault(then.sep, (_after(then.sep), {}, []))
        for k in then.keys:
            by_key.setdefault(k, []).append(rule)
        prefixes.extend((p, rule) for p in sorted(then.prefixes))

    def leaf(self, end: str = _WORD_END, coarse: bool = False) -> str:
        """What the scanner requires after the word: its ``end``, and one of the keys that may follow.

        ``coarse``: only the first character of a key after the separators
        (when there are separators: the word then ends its run of letters, as
        it does with the full keys). The rules read after a trigger
        (:meth:`rules`) are the same; the scanner only reports more triggers.
        """
        if self.always:
            return end
        coarse = coarse and all(self.follows)
        alts = [_sep_class(sep) + (_first_chars(frozenset(by_key) | {p for p, _ in prefixes}) if coarse else
                                   _keys_pattern(frozenset(by_key), frozenset(p for p, _ in prefixes)))
                for sep, (_, by_key, prefixes) in sorted(self.follows.items(), key=lambda kv: sorted(kv[0]))]
        return "(?=" + "|".join(alts) + ")"

    def rules(self, low: str, end: int, hi: int) -> list[int]:
        """Rules that may start with this word, which ends at ``end``."""
        out = list(self.always)
        if end >= hi:
            return out
        c = low[end]
        space = c.isspace()
        for sep, (rx, by_key, prefixes) in self.follows.items():
            if sep and c not in sep and not (space and SPACE in sep):
                continue  # the separators must start right here
            k = _next_key(rx, low, end, hi)
            if k is None:
                continue
            out.extend(by_key.get(k, ()))
            for p, rule in prefixes:
                if k.startswith(p):
                    out.append(rule)
        return out


class Index:
    """Which rules may start at a trigger, and how to find the triggers in a text.

    Starts at the beginning of a run of word characters (behind the rules'
    ``(?<![\\w])``) are found by one regex. The few that may begin inside a
    word (a rule whose top-level alternatives are not grouped) by a second
    regex without the lookbehind, or by ``str.find``.
    """

    def __init__(self, per_rule: list[frozenset[Start] | None]) -> None:
        always = {i for i, s in enumerate(per_rule) if s is None}
        for i, starts in enumerate(per_rule):
            if starts and any(not s.bounded and s.key == DIGIT for s in starts):
                always.add(i)  # may start on any digit, even inside a number
        self.always = frozenset(always)
        self.words: dict[str, _Word] = {}
        self.prefixes: dict[str, list[int]] = {}
        self.chars: dict[str, list[int]] = {}
        self.digits = _Word()  # rules starting with a run of digits
        self.free_words: dict[str, _Word] = {}
        self.free_keys: dict[str, list[int]] = {}  # found with str.find: prefixes and characters
        for i, starts in enumerate(per_rule):
            if i in always or starts is None:
                continue
            for s in sorted(starts, key=lambda s: (s.key, s.prefix, s.bounded)):
                self._add(i, s)
        self._maxpre = max(map(len, self.prefixes), default=0)
        self.regex = self._scanner()
        self._memo: dict[str, tuple[int, ...]] = {}  # trigger and its context -> rules (see _CONTEXT)
        # a free word ending another one would be hidden by it in a regex scan
        self.clash = {w: e for w, e in self.free_words.items()
                      if any(o != w and o.endswith(w) for o in self.free_words)}
        rest = {w: e for w, e in self.free_words.items() if w not in self.clash}
        self.free_regex = regex_cache.compile(trie_pattern(rest, {w: e.leaf() for w, e in rest.items()})) if rest else None

    def _add(self, i: int, s: Start) -> None:
        if not s.bounded and (s.prefix or not is_letter(s.key[0])):
            self.free_keys.setdefault(s.key, []).append(i)
        elif not s.bounded:
            self.free_words.setdefault(s.key, _Word()).add(i, s.then)
        elif s.prefix:
            self.prefixes.setdefault(s.key, []).append(i)
        elif s.key == DIGIT:
            self.digits.add(i, s.then)
        elif not is_letter(s.key[0]):
            self.chars.setdefault(s.key, []).append(i)
        else:
            self.words.setdefault(s.key, _Word()).add(i, s.then)

    def _scanner(self) -> re.Pattern[str] | None:
        alts = []
        if self.words:
            # the full keys after the short words, which are the frequent ones ("the", "a", "one"): with
            # the first characters of the keys only, they would be reported far more often (two-thirds
            # more triggers on the 1 MB corpus with every word so, 3% with words of 4 letters or more)
            leaves = {w: e.leaf(coarse=len(w) > SHORT_WORD) for w, e in self.words.items()}
            alts.append(rf"(?P<w>{trie_pattern(self.words, leaves)})")
        if self.prefixes:
            alts.append(rf"(?P<p>{trie_pattern(self.prefixes)}[^\W\d_]*)")
        if self.digits.always or self.digits.follows:
            alts.append(rf"(?P<d>\d+{self.digits.leaf('')})")
        # a punctuation trigger's rules do not depend on what follows it: no context, which on a run of
        # such characters would be read to the run's end from each of them (quadratic time)
        word_alts = "(?:" + "|".join(alts) + ")" + _CONTEXT if alts else ""
        punct = sorted(self.chars)
        if punct:
            word_alts += ("|" if word_alts else "") + rf"(?P<c>[{''.join(re.escape(c) for c in punct)}])"
        return regex_cache.compile(r"(?<!\w)(?:" + word_alts + ")") if word_alts else None

    def candidates(self, low: str, lo: int, hi: int) -> dict[int, list[int]]:
        """Rule index -> ascending positions in ``low[lo:hi]`` where the rule may match."""
        return positions(self.hits(low, lo, hi))

    def hits(self, low: str, lo: int, hi: int) -> list[tuple[int, Sequence[int]]]:
        """(position, rules that may start there) of the triggers in ``low[lo:hi]``, by position.

        A position may come twice (a trigger inside a word, found apart from the others).
        """
        return self.zone_hits(low, [(lo, hi)], _whole=False)[0]

    def zone_hits(self, low: str, zones: list[tuple[int, int]], _whole: bool = True
                  ) -> list[list[tuple[int, Sequence[int]]]]:
        """:meth:`hits` of each (start, end) zone, scanning the text once.

        A zone that ends inside a run of letters is scanned on its own: there
        a trigger word ends with the zone but not with the text.
        """
        out: list[list[tuple[int, Sequence[int]]]] = [[] for _ in zones]
        if not zones:
            return out
        order = sorted(range(len(zones)), key=lambda z: zones[z])
        n = len(low)
        ok: list[int] = []
        for z in order:
            zlo, zhi = zones[z]
            if _whole and zhi < n and is_letter(low[zhi]):
                continue
            if ok and zones[ok[-1]][1] > zlo:
                continue  # overlaps the zone before
            ok.append(z)
        for z in set(order) - set(ok):
            out[z] = self.hits(low, *zones[z])
        if not ok:
            return out
        lo, hi = zones[ok[0]][0], max(zones[z][1] for z in ok)
        self._scan_zones(low, lo, hi, [zones[z] for z in ok], [out[z] for z in ok])
        if self.free_regex is not None or self.free_keys or self.clash:
            self._distribute(sorted(self._free_hits(low, lo, hi), key=_position), zones, ok, out)
        return out

    @staticmethod
    def _distribute(hits: Iterable[tuple[int, list[int]]], zones: list[tuple[int, int]], ok: list[int],
                    out: list[list[tuple[int, Sequence[int]]]]) -> None:
        """Give each (position, rules) hit, in ascending order, to the zone holding it; keep each zone's hits in order."""
        k, last = 0, len(ok)
        touched: set[int] = set()
        for p, rules in hits:
            while k < last and zones[ok[k]][1] <= p:
                k += 1
            if k == last:
                break
            z = ok[k]
            if p < zones[z][0] or not rules:
                continue
            out[z].append((p, rules))
            touched.add(z)
        for z in touched:
            out[z].sort(key=_position)  # stable: the scanner's hit before a free one at the same position

    def _scan_zones(self, low: str, lo: int, hi: int, zones: list[tuple[int, int]],
                    out: list[list[tuple[int, Sequence[int]]]]) -> None:
        """Scan ``low[lo:hi]`` once; give each trigger at the start of a word run to the zone holding it.

        ``zones`` are ascending and disjoint; ``out`` their hits, filled in place.
        The rules of a trigger are memoised under the trigger and its context (see ``_CONTEXT``).
        """
        if self.regex is None:
            return
        memo = self._memo
        if len(memo) > _MEMO_MAX:
            memo.clear()
        ctx = self.regex.groupindex["x"]
        k, last = 0, len(zones)
        zlo, zhi = zones[0]
        target = out[0]
        for m in self.regex.finditer(low, lo, hi):
            p = m.start()
            while p >= zhi:  # past the zone: on to the one holding p, if any
                k += 1
                if k == last:
                    return
                zlo, zhi = zones[k]
                target = out[k]
            if p < zlo:
                continue  # between two zones
            key = low[p:max(m.end(ctx), m.end())]  # a punctuation trigger has no context (end -1)
            rules = memo.get(key)
            if rules is None:
                rules = memo[key] = tuple(dict.fromkeys(self._hit_rules(m, low, hi)))
            if rules:
                target.append((p, rules))

    def _hit_rules(self, m: re.Match[str], low: str, hi: int) -> list[int]:
        """The rules that may start at the trigger ``m`` of the scanner (may repeat a rule)."""
        kind = next(k for k in "wpdc" if k in m.re.groupindex and m.start(k) >= 0)
        if kind == "w" or kind == "p":
            tok = m.group()
            entry = self.words.get(tok)
            rules = entry.rules(low, m.start() + len(tok), hi) if entry is not None else []
            for k in range(1, min(len(tok), self._maxpre) + 1):
                rules.extend(self.prefixes.get(tok[:k], ()))
            return rules
        if kind == "d":
            return self.digits.rules(low, m.end(), hi)
        return list(self.chars.get(m.group(), ()))

    def _free_hits(self, low: str, lo: int, hi: int) -> Iterator[tuple[int, list[int]]]:
        """(position, rules) of the triggers that may lie inside a word, in any order."""
        if self.free_regex is not None:
            for m in self.free_regex.finditer(low, lo, hi):
                yield m.start(), self.free_words[m.group()].rules(low, m.end(), hi)
        for key, rules in self.free_keys.items():
            p = low.find(key, lo, hi)
            while p >= 0:
                yield p, rules
                p = low.find(key, p + 1, hi)
        for key, entry in self.clash.items():
            p = low.find(key, lo, hi)
            while p >= 0:
                e = p + len(key)
                if e >= hi or not is_letter(low[e]):
                    yield p, entry.rules(low, e, hi)
                p = low.find(key, p + 1, hi)


def _position(hit: tuple[int, Sequence[int]]) -> int:
    return hit[0]


def positions(hits: Iterable[tuple[int, Sequence[int]]]) -> dict[int, list[int]]:
    """Rule index -> its ascending, distinct positions among ``hits`` (ascending by position)."""
    out: dict[int, list[int]] = {}
    for p, rules in hits:
        for i in rules:
            lst = out.get(i)
            if lst is None:
                out[i] = [p]
            elif lst[-1] != p:
                lst.append(p)
    return out
