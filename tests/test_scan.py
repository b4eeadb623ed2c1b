"""The trigger pre-scan finds exactly what running every rule everywhere finds."""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable, Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from maliclock.tag import engine as tag, scan
from maliclock.rules import vocabulary as V
from maliclock.rules.patterns import RULES
from maliclock.tag.starts import DIGIT, SPACE, Follow, Start, is_letter, rule_starts


def _full(text: str, spans: list[tuple[int, int]]) -> list[tag.Tagged]:
    """The reference: every rule's regex over every zone."""
    return [t for lo, hi in spans for t in tag._tag(text, lo, hi, None)]


def _starts(pattern: str) -> set[tuple]:
    found = rule_starts(re.compile(pattern, re.IGNORECASE))
    assert found is not None
    return {(s.key, s.prefix, s.then and (tuple(sorted(s.then.sep)), tuple(sorted(s.then.keys))), s.bounded)
            for s in found}


def test_starts_of_words_and_what_follows() -> None:
    assert _starts(r"(?<![\w])(?:the\s+)?(?:jan|feb)\.?\s+\d(?![\w])") == {
        ("the", False, ((SPACE,), ("feb", "jan")), True),
        ("jan", False, ((SPACE, "."), (DIGIT,)), True),  # "jan." : the dot, then spaces
        ("feb", False, ((SPACE, "."), (DIGIT,)), True),
        ("jan", False, ((SPACE,), (DIGIT,)), True),
        ("feb", False, ((SPACE,), (DIGIT,)), True),
    }


def test_starts_on_digits_punctuation_and_prefixes() -> None:
    assert _starts(r"(?<![\w])(?:\d+s|['’]\d0s|mid-?\s*\d{4})(?![\w])") == {
        (DIGIT, False, ((), ("s",)), True),  # a run of digits, then "s" right after it
        ("'", False, None, True), ("’", False, None, True),
        ("mid", False, None, True),  # "mid2011": a digit right after the letters
        ("mid", False, ((SPACE, "-"), (DIGIT,)), True), ("mid", False, ((SPACE,), (DIGIT,)), True)}
    # no lookahead after the word: it may go on with more letters
    assert _starts(r"(?<![\w])today") == {("today", True, None, True)}


def test_starts_of_ungrouped_alternatives_may_lie_inside_words() -> None:
    assert _starts(r"(?<![\w])now|these\s+days(?![\w])") == {
        ("now", True, None, True), ("these", False, ((SPACE,), ("days",)), False)}


def test_starts_on_digits_learn_what_ends_the_run() -> None:
    assert _starts(r"(?<![\w])\d{1,3}(?:,\d{3})*\s+(?:days|years)(?![\w])") == {
        (DIGIT, False, ((",",), (DIGIT,)), True), (DIGIT, False, ((SPACE,), ("days", "years")), True)}
    assert _starts(r"(?<![\w])\d+\w") == {(DIGIT, False, None, True)}  # \w may go on with digits
    # a lookahead after the digits tells what follows them, as after letters
    assert _starts(r"(?<![\w])\d+(?=\s+to\s|-\d)") == {
        (DIGIT, False, ((SPACE,), ("to",)), True), (DIGIT, False, (("-",), (DIGIT,)), True)}


def test_caseless_letters_are_keys_and_cased_ones_open() -> None:
    # "½" has no case: IGNORECASE matches it alone, so it is a key like an ASCII letter;
    # "é" has an upper case that IGNORECASE equates with it: what follows the digits is then not told
    assert _starts(r"(?<![\w])\d{1,3}(?:\s+1/2|½)\s+days(?![\w])") == {
        (DIGIT, False, ((SPACE,), (DIGIT,)), True), (DIGIT, False, ((), ("½",)), True)}
    assert _starts(r"(?<![\w])\d+é(?![\w])") == {(DIGIT, False, None, True)}
    index = tag._trigger_index()
    # the only rules tried at every number: a year (and one past 2099, "by 2100"), and the second day of a
    # range ("March 21-22"), whose pattern is the number alone (its context is checked behind it)
    assert {tag.compiled_rules()[i].rule.name for i in index.digits.always} == {
        "date_year", "date_year_22nd_century", "date_range_end"}


def test_a_lookahead_after_a_word_tells_what_follows_it() -> None:
    assert _starts(r"(?<![\w])(?:may|june)(?![\w])(?=\s+(?:we|they)\b)") == {
        ("may", False, ((SPACE,), ()), True), ("june", False, ((SPACE,), ()), True)}
    found = rule_starts(re.compile(r"(?<![\w])(?:may|june)(?![\w])(?=\s+(?:we|they)\b)", re.IGNORECASE))
    assert {s.then.prefixes for s in found} == {frozenset({"we", "they"})}  # \b: "we" may go on ("weekly")
    # at the start of a pattern a lookahead is skipped, as before (MATCH_START is one)
    assert _starts(r"(?<![\w])(?=[\w'])(?=summer|winter)(?:summer|winter)s?") == {
        (w, True, None, True) for w in ("summer", "summers", "winter", "winters")}


def test_open_starts_mean_always_run() -> None:
    assert rule_starts(re.compile(r"\w+ago", re.IGNORECASE)) is None
    assert rule_starts(re.compile(r"(?:x)?", re.IGNORECASE)) is None  # may match nothing
    assert rule_starts(re.compile(r"\s+now", re.IGNORECASE)) is None
    assert rule_starts(re.compile("now")) is None  # case-sensitive


def test_every_rule_is_prescanned() -> None:
    index = tag._trigger_index()
    assert index.always == frozenset()
    assert len(index.regex.pattern) > 0


def test_index_candidates_respect_the_follow_words() -> None:
    index = scan.Index([frozenset({Start("last", then=Follow(frozenset({SPACE}), frozenset({"week"})))})])
    low = "the last word, last  week, last\nweek"
    assert index.candidates(low, 0, len(low)) == {0: [15, 27]}
    assert index.candidates(low, 0, 31) == {0: [15]}  # the zone ends before "week"


def test_lowered_keeps_offsets_and_what_ignorecase_equates() -> None:
    """Over every code point: lower-casing keeps word, letter, digit and space classes,
    and maps each character that IGNORECASE equates with an ASCII letter to that letter."""
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    for cp in range(sys.maxunicode + 1):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        low = scan.lowered(c)
        if low is None:
            assert not ascii_letter.fullmatch(c), hex(cp)
            continue
        assert is_letter(low) == is_letter(c) and low.isdecimal() == c.isdecimal(), hex(cp)
        assert (low.isalnum() or low == "_") == (c.isalnum() or c == "_") and low.isspace() == c.isspace(), hex(cp)
        if cp >= 128 and ascii_letter.fullmatch(c):
            letter = next(a for a in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(a, c, re.IGNORECASE))
            assert low == letter, hex(cp)
    assert scan.lowered("STRAẞE İ") is None or len(scan.lowered("STRAẞE İ")) == 8


def test_examples_and_vocabulary_match_exactly() -> None:
    words = [w for table in (V.MONTHS, V.WEEKDAYS, V.NUMBERS, V.UNITS, V.ORDINALS, V.HOLIDAYS) for w in table]
    text = "\n".join([r.example for r in RULES] + [f"the {w} of {w.title()} 2011" for w in words])
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    assert tag.tag_zones(text, spans) == _full(text, spans)
    assert len(tag.tag_zones(text, spans)) > len(RULES)


_TOKENS = sorted({w for table in (V.MONTHS, V.WEEKDAYS, V.NUMBERS, V.UNITS, V.CALENDAR_UNITS, V.ORDINALS,
                                  V.PARTS_OF_DAY, V.SEASONS, V.DEICTIC_SHIFTS, V.ANAPHORIC_SHIFTS, V.HOLIDAYS,
                                  V.MODIFIERS) for w in table}
                 | {"the", "a", "of", "at", "in", "this", "that", "these", "days", "ago", "now", "nowhere",
                    "currently", "recently", "soon", "moment", "present", "times", "recent", "future", "past",
                    "today", "todays", "tonight", "every", "per", "fiscal", "quarter", "half", "century",
                    "early", "late", "mid", "end", "beginning", "twice", "o'clock", "p.m.", "a.m.", "GMT",
                    "BC", "AD", "'80s", "1990s", "2012", "1998", "22nd", "03/22/2012", "2012-03-22",
                    "10:30", "14:30", "7", "31", "1,000", "section", "İ", "ı", "ſ", "K", "é", "_", "-", "–",
                    "½", "2½", "2 1/2", "3½days", "ª", "²",
                    ",", ".", "'", "’", "(", ")", "$", "%"})
_SEPS = [" ", " ", " ", "  ", "\n", "\t", "", "-", ", ", ". "]


def _windows(rng: random.Random, seps: list[str], cases: list[Callable[[str], str]], n: int = 3000
             ) -> Iterator[tuple[str, str, int, int]]:
    """``n`` random texts of tokens and separators, each as (text, lowered, lo, hi) with a random
    window; a text that cannot be lowered in place is skipped."""
    for _ in range(n):
        text = "".join(rng.choice(cases)(rng.choice(_TOKENS)) + rng.choice(seps) for _ in range(rng.randint(0, 30)))
        low = scan.lowered(text)
        if low is None:
            continue
        lo = rng.randint(0, len(low))
        hi = rng.choice([len(low), rng.randint(lo, len(low))])
        yield text, low, lo, hi


@st.composite
def _texts(draw) -> tuple[str, list[tuple[int, int]]]:
    parts = draw(st.lists(st.tuples(st.sampled_from(_TOKENS), st.sampled_from(_SEPS),
                                    st.sampled_from([str.lower, str.title, str.upper, str])), max_size=40))
    text = "".join(case(tok) + sep for tok, sep, case in parts)
    cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=6)) + [0, len(text)]))
    return text, list(zip(cuts, cuts[1:]))


@settings(max_examples=400, deadline=None)
@given(_texts())
def test_prescan_finds_what_the_full_scan_finds(case: tuple[str, list[tuple[int, int]]]) -> None:
    text, spans = case
    assert tag.tag_zones(text, spans) == _full(text, spans)
    for lo, hi in spans:
        assert tag.tag_span(text, lo, hi) == tag._tag(text, lo, hi, None)


def _candidates_without_memo(index: scan.Index, low: str, lo: int, hi: int) -> dict[int, list[int]]:
    """The scanner's candidates in ``low[lo:hi]``, each trigger's rules computed afresh (no memo)."""
    out: dict[int, list[int]] = {}
    for m in index.regex.finditer(low, lo, hi):
        for i in index._hit_rules(m, low, hi):
            if m.start() not in out.setdefault(i, []):
                out[i].append(m.start())
    for p, rules in index._free_hits(low, lo, hi):
        for i in rules:
            out.setdefault(i, []).append(p)
    return {i: sorted(set(ps)) for i, ps in out.items()}


def test_memoised_trigger_rules_equal_the_rules_computed_afresh() -> None:
    # the rules of a trigger are memoised under the trigger and the text after it; texts that share
    # triggers and contexts, cut anywhere, must get what computing every trigger's rules afresh gets
    rng = random.Random(12)
    index = scan.Index([rule_starts(cr.regex) for cr in tag.compiled_rules()])
    seps = _SEPS + ["", "--", " - ", ",", ", ", "'", "’s ", ":", "/", ".", "_", "\u00a0"]
    found = 0
    for text, low, lo, hi in _windows(rng, seps, [str.lower, str.title, str.upper]):
        hits = index.hits(low, lo, hi)
        assert [p for p, _ in hits] == sorted(p for p, _ in hits)
        got = index.candidates(low, lo, hi)
        assert got == scan.positions(hits) == _candidates_without_memo(index, low, lo, hi), (text, lo, hi)
        found += sum(map(len, got.values()))
    assert len(index._memo) > 1000 and found > 20000
    # the scanner captures the text that decides the rules: "last" is a candidate before "week" only
    last = scan.Index([frozenset({Start("last", then=Follow(frozenset({SPACE}), frozenset({"week"})))})])
    assert [last.candidates(t, 0, len(t)) for t in ("last week", "last weekend", "last weeks", "last  week")] == \
        [{0: [0]}, {}, {}, {0: [0]}]
    # the scanner skips "last weeks" and "last weekend" for a word of up to SHORT_WORD letters; after a
    # longer one it checks the first letter of the next word only, and the rules read there are none
    assert last._memo == {"last week": (0,), "last weekend": (), "last weeks": (), "last  week": (0,)}
    the = scan.Index([frozenset({Start("the", then=Follow(frozenset({SPACE}), frozenset({"week"})))})])
    assert [the.candidates(t, 0, len(t)) for t in ("the week", "the weekend", "the weeks")] == [{0: [0]}, {}, {}]
    assert the._memo == {"the week": (0,)}


def test_first_letters_after_long_words_find_the_candidates_of_the_full_keys(monkeypatch) -> None:
    # after a word longer than SHORT_WORD the scanner looks only at the first character of what may
    # follow; the candidates are those of a scanner that looks for the whole keys after every word
    per_rule = [rule_starts(cr.regex) for cr in tag.compiled_rules()]
    coarse = scan.Index(per_rule)
    monkeypatch.setattr(scan, "SHORT_WORD", 10**6)
    exact = scan.Index(per_rule)
    assert len(coarse.regex.pattern) < len(exact.regex.pattern) / 2
    rng = random.Random(16)
    seps = _SEPS + ["", "-", " - ", ",", ", ", "'", ":", "/", ".", "\n"]
    found = extra = 0
    for text, low, lo, hi in _windows(rng, seps, [str.lower, str.title]):
        got = coarse.candidates(low, lo, hi)
        assert got == exact.candidates(low, lo, hi), (text, lo, hi)
        found += sum(map(len, got.values()))
        extra += len(list(coarse.regex.finditer(low, lo, hi))) - len(list(exact.regex.finditer(low, lo, hi)))
    assert found > 20000 and extra > 100  # the coarse scanner reports more triggers, to the same rules


def test_trigger_words_looked_for_in_the_whole_lowered_text_or_the_zone_alike() -> None:
    # tag_zones looks for a rule's trigger words in the zone's span of the whole text lower-cased once;
    # tag_span and the reference lower the zone on its own: the same rules run, the same matches result
    rng = random.Random(13)
    words = sorted({w for cr in tag.compiled_rules() if cr.triggers for w in cr.triggers})
    assert all(w.isascii() for w in words)  # so a final sigma lower-cased in context changes nothing
    index = tag._trigger_index()
    tagged = 0
    for _ in range(1500):
        text = "".join(rng.choice([str.lower, str.title, str.upper])(rng.choice(_TOKENS + words + ["Σ", "ΑΣ", "ς"]))
                       + rng.choice(_SEPS) for _ in range(rng.randint(0, 30)))
        low = scan.lowered(text)
        if low is None:
            continue
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        hits = index.hits(low, lo, hi)
        got = tag._tag(text, lo, hi, hits, low)
        assert got == tag._tag(text, lo, hi, hits) == tag._tag(text, lo, hi, None), (text, lo, hi)
        tagged += len(got)
    assert tagged > 300


def _fields_from_groupdict(cr: tag.CompiledRule, m: re.Match[str]) -> dict | None:
    """The reference: each named group of ``m.groupdict()`` through its normalizer."""
    out = dict(cr.rule.fields)
    gd = m.groupdict()
    for name, val in gd.items():
        if val is None:
            continue
        norm = cr.groups.get(name)
        try:
            out[name] = norm(val) if norm else val
        except (KeyError, ValueError, AttributeError, IndexError):
            return None
    num, unit = gd.get("num"), gd.get("unit")
    if num and unit and num.lower() in ("a", "an") and (
            unit.lower().endswith("s") or unit.lower() in V.AMBIGUOUS_SINGLE_UNITS):
        return None
    return out


def test_fields_by_group_index_equal_the_groupdict_ones() -> None:
    rng = random.Random(14)
    # (3,000 lines: with 1,000, the few rejected matches came and went as the vocabulary, which the tokens are drawn
    # from, grew)
    text = "\n".join([r.example for r in RULES] + ["".join(rng.choice(_TOKENS) + rng.choice(_SEPS) for _ in range(30))
                                                    for _ in range(3000)])
    checked = rejected = 0
    rules = tag.compiled_rules()
    for _, _, _, i, m in tag._found(text, 0, len(text), None):
        cr = rules[i]
        got = tag._fields(cr, m)
        want = _fields_from_groupdict(cr, m)
        assert got == want and (got is None or list(got) == list(want)), (cr.rule.name, m.group())
        checked += 1
        rejected += got is None
    assert checked > 2000 and rejected >= 5


def test_a_trigger_word_at_the_start_tells_as_the_search_of_the_zone() -> None:
    rng = random.Random(15)
    sets = sorted({cr.triggers for cr in tag.compiled_rules() if cr.triggers}, key=sorted)
    held = 0
    for _ in range(3000):
        low = "".join(rng.choice(_TOKENS).lower() + rng.choice(_SEPS) for _ in range(rng.randint(0, 12)))
        lo = rng.randint(0, len(low))
        hi = rng.randint(lo, len(low))
        triggers = rng.choice(sets)
        want = tag._trigger_regex(triggers).search(low[lo:hi]) is not None
        for at in {-1, 0, rng.randint(0, hi - lo)}:
            assert tag._holds_trigger(triggers, (low, lo, hi), at) == want, (low, lo, hi, sorted(triggers), at)
        held += want
    assert held > 100
