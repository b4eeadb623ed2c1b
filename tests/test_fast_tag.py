"""The tagger's shortcuts find exactly what the plain computations find.

Reversed context patterns against ``search``; factored word alternations against the flat ones.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest

from maliclock.tag import engine as tag, reverse, scan, starts
from maliclock.rules import vocabulary as V
from maliclock.rules.patterns import RULES

ODD = ["é", "İ", "ı", "ſ", "K", "’", "'", "-", "–", ",", ".", "$", "#", "/", ":", "(", "\n", "\t", "  ", "7",
       "42", "1990", "1990s", "_"]


def finditer_at(regex: re.Pattern[str], text: str, starts: list[int], hi: int) -> Iterator[re.Match[str]]:
    """Reference: what ``regex.finditer(text, lo, hi)`` yields when every match starts in ``starts``
    (the positions tried in order, those inside the previous match skipped)."""
    end = -1
    for p in starts:
        if p < end:
            continue
        m = regex.match(text, p, hi)
        if m is not None and m.end() > p:
            end = m.end()
            yield m


def test_finditer_at_equals_finditer() -> None:
    rx = re.compile(r"(?<![\w])(?:a\s+)?b+", re.IGNORECASE)
    text = "a b bb ab a  bbb xb b"
    assert [m.span() for m in finditer_at(rx, text, list(range(len(text))), len(text))] == \
        [m.span() for m in rx.finditer(text)]


def _texts(words: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pool = words + [w.upper() for w in words[:30]] + [w.capitalize() for w in words[:30]] + ODD + ["x", "ab"]
    return ["".join(rng.choice(pool) + rng.choice(["", " ", " ", " ", "\n", "  "]) for _ in range(rng.randint(0, 12)))
            for _ in range(n)]


def _context_patterns() -> list[tuple[str, str]]:
    return [(r.name, p) for r in RULES for p in (r.not_before, r.need_before) if p]


_EXAMPLES = {r.name: r.example for r in RULES}


def test_rule_contexts_before_a_match_are_reversed() -> None:
    # all but the rates': their need_before (one pattern) has a lookahead of words of different lengths, which
    # reversed would be a lookbehind of varying width (Python refuses those)
    rules = tag.compiled_rules()
    assert [cr.rule.name for cr in rules if cr.need_before and cr.need_before_rev is None] == ["set_rate",
                                                                                               "set_rate_hour"]
    assert all(cr.not_before_rev is not None for cr in rules if cr.not_before)
    assert sum(cr.not_before is not None for cr in rules) + sum(cr.need_before is not None for cr in rules) == 74


@pytest.mark.parametrize("name,pattern", _context_patterns())
def test_reversed_context_matches_where_the_search_does(name: str, pattern: str) -> None:
    words = re.findall(r"[A-Za-z]+", re.sub(r"\\.", " ", pattern))  # its words, escapes left out
    words += ["of", "in", "the", "Mail", "on", "No.", "p.o.", "h.r."]
    if "\\d" in pattern:  # a context with numbers: the ends of ranges of days and their parts
        words += ["21", "3rd", "-", "Mar. 21 -", "jan 3rd to", "May 5 –", "Sept 30 and"]
    if "•" in pattern:  # ... and of a bulleted list's items
        words += ["-", "•", "\n- ", "\n• ", "\n  * ", "\n-"]
    if ":" in pattern:  # ... and of the 24-hour clock
        words += ["08:00", "14:30 and", "between 06:00 and", "from 23:30 -", "7:5 to"]
    regex = re.compile(pattern, re.IGNORECASE)
    rev = reverse.reversed_at_end(regex)
    rng = random.Random(name)
    found = checked = 0
    for text in _texts(words, 3000, seed=len(pattern)):
        # most often ending in a few of the pattern's words and a blank, as the text before a date does
        text += " ".join(rng.choice(words) for _ in range(rng.randint(0, 3))) + rng.choice(["", " ", "  ", "\n"])
        if rng.random() < 0.05:  # or in the words before the last of the rule's example ("Last week's walkout, on ")
            text += _EXAMPLES[name][:_EXAMPLES[name].rfind(" ") + 1]
        for lo, hi in {(0, len(text)), (rng.randint(0, len(text)), len(text))}:
            want = regex.search(text[lo:hi]) is not None
            assert reverse.ends_with(regex, rev, text, lo, hi) == want, (text, lo, hi)
            found += want
            checked += 1
    assert 30 < found < checked - 30


@pytest.mark.parametrize("pattern,texts", [
    (r"\bthe\s+$", ["the ", "bathe ", "The\t", "the", "the \n", "the \n\n", " the  "]),
    (r"(?<!\b\d{4})[-–]$", ["1990-", "21990-", "x-", "-", "1990 -", "a1990–"]),
    (r"(?:\d|\b(?:the|a))\s*$", ["3", "a ", "ta ", "The  ", "3\n", "x"]),
    (r"(?:[^a-c]x(?=\d)\d|\Bq)$", ["dx5", "ax5", "dx", "aq", "q", " q"]),
    (r"(?-i:[A-Z]+)\s+on\s+$", ["Mail on ", "mail on ", "MAIL ON "]),
    (r"ab{2,3}?c.$", ["abbc!", "abbbbc!", "abc!", "abbc\n", "abbc\n\n"]),
    (r"(?=\w\w )\w+\s$", ["abc ", "ab  ", "a ", " "]),
])
def test_reversed_constructs(pattern: str, texts: list[str]) -> None:
    regex = re.compile(pattern, re.IGNORECASE)
    rev = reverse.reversed_at_end(regex)
    assert rev is not None
    for text in texts:
        assert (rev.match(text[::-1]) is not None) == (regex.search(text) is not None), text


@pytest.mark.parametrize("pattern", [
    r"the\s+",  # not anchored at the end
    r"^the\s+$",  # anchored at the start too
    r"(a)\1$",  # back-reference
    r"x(?=ab|c)$",  # would need a lookbehind of two widths
    r"(?>a+)$",  # atomic group
    r"a$|b$",  # an end anchor inside alternatives
])
def test_unreversed_patterns_fall_back_to_search(pattern: str) -> None:
    regex = re.compile(pattern, re.IGNORECASE)
    assert reverse.reversed_at_end(regex) is None
    assert reverse.ends_with(regex, None, "xx aa", 0, 5) == (regex.search("xx aa") is not None)
    assert reverse.reversed_at_end(re.compile(r"the\s+$", re.IGNORECASE | re.MULTILINE)) is None


_TABLES = [V.MONTHS, V.WEEKDAYS, V.PARTS_OF_DAY, V.SEASONS, V.UNITS, V.PLURAL_UNITS, V.CALENDAR_UNITS, V.ORDINALS,
           V.DEICTIC_SHIFTS, V.ANAPHORIC_SHIFTS, V.HOLIDAYS, V.MODIFIERS, V.CLOCK_WORDS, V.DURATION_FILLERS,
           V.TIME_ZONES, V.VAGUE_NUMBERS, V.NUMBERS, tag._ORDINAL_WORDS,
           ["sep", "sept", "september", "Sep", "SEPT.", "a", "an", "a couple", "a couple of", "new year",
            "new year's day", "mid-", "mid"]]


@pytest.mark.parametrize("table", range(len(_TABLES)))
def test_factored_alternation_matches_as_the_flat_one(table: int) -> None:
    words = list(_TABLES[table])
    flat, factored = tag._flat_alternation(words), tag._alternation(words)
    assert factored != flat
    texts = _texts(words + [w[:-1] for w in words] + [w + "s" for w in words], 800, seed=table)
    compared = 0
    # after the words: nothing, a word end, and more that must match (backtracking into the words)
    for tail in ["", r"(?![\w])", r"(?:\s*\.|s\b)"]:
        a, b = (re.compile(f"(?P<w>{alt}){tail}", re.IGNORECASE) for alt in (flat, factored))
        for text in texts:
            for p in range(len(text)):
                ma, mb = a.match(text, p), b.match(text, p)
                assert (ma and ma.span("w")) == (mb and mb.span("w")), (text, p, tail)
                compared += ma is not None
    assert compared > 500


def test_alternation_of_letters_without_a_known_case_class_stays_flat() -> None:
    assert tag._alternation(["été", "ete"]) == tag._flat_alternation(["été", "ete"])
    assert tag._alternation(["sun", "sunday", "sat"]) == "s(?:at|un(?:day)?)"


def _items(items):
    for op, av in items:
        yield op, av
        if op is starts.C.BRANCH:
            for alt in av[1]:
                yield from _items(alt)
        elif op in starts._NESTED:
            yield from _items(av[starts._NESTED[op]])


def test_start_analysis_of_plain_lists_and_cached_sets_equals_that_of_the_parsed_pattern() -> None:
    # the walk reads the parsed pattern converted to lists, and each one-character item's set from a cache
    parsed = plain = 0
    for cr in tag.compiled_rules():
        tree = starts.P.parse(cr.regex.pattern, cr.regex.flags)
        try:
            want = starts._Walker().starts((tree.data, 0, None))
        except starts.Unknown:
            want = None
        try:
            got = starts._Walker().starts((starts._plain(tree.data), 0, None))
        except starts.Unknown:
            got = None
        assert got == want, cr.rule.name
        parsed += want is not None
        for op, av in _items(tree.data):
            if op is starts.C.IN:
                chars, letter, open_ = starts._class_chars(av)
                assert starts._item_chars((op, av)) == (frozenset(chars), letter, open_)
                plain += 1
    assert parsed > 100 and plain > 1000


_RULE_WORDS = sorted({w for table in _TABLES for w in table} | {
    "the", "of", "at", "in", "this", "these", "days", "ago", "now", "earlier", "later", "currently", "recently",
    "soon", "half", "century", "centuries", "o'clock", "p.m.", "noon", "end", "since", "every", "fiscal", "quarter",
    "1990", "2012", "12", "3", "30", "1990s", "'90s", "'89", "’95", "nineteen", "eighty", "summertime",
    "Section", "said", "x"})


def _found_reference(text: str, lo: int, hi: int, starts: dict[int, list[int]], low: str | None
                     ) -> list[tuple[int, int, int, int, tuple[int, int]]]:
    """_found with hits, computed rule by rule from the candidates: the trigger check, then finditer_at."""
    rules = tag.compiled_rules()
    zone = (low, lo, hi) if low is not None else (scan.folded(text[lo:hi]), 0, hi - lo)
    out = []
    for i in sorted(starts):
        cr = rules[i]
        if cr.searched is not None and not tag._holds_trigger(cr.searched, zone, starts[i][0] - lo):
            out.append((0, 0, 0, i, (-1, -1)))  # skipped
            continue
        for m in finditer_at(cr.regex, text, starts[i], hi):
            s, e = m.span()
            out.append((s - e, -cr.rule.priority, s, i, (s, e)))
    return sorted(out)


def test_found_at_the_hits_is_what_each_rule_finds_at_its_candidates() -> None:
    # _found walks the hits position by position, all rules at once; rule by rule, each at its
    # candidate positions (the loop it replaced), the same matches result
    index = tag._trigger_index()
    rng = random.Random(21)
    found = skipped = 0
    for text in _texts(_RULE_WORDS, 3000, seed=21):
        low = scan.lowered(text)
        if low is None:
            continue
        lo = rng.randint(0, len(text))
        hi = rng.choice([len(text), rng.randint(lo, len(text))])
        hits = index.hits(low, lo, hi)
        want = _found_reference(text, lo, hi, scan.positions(hits), low)
        skipped += sum(x[4] == (-1, -1) for x in want)
        want = [x for x in want if x[4] != (-1, -1)]
        for zone_low in (low, None):  # the whole lowered text, or the zone folded on its own
            got = sorted(tag._found(text, lo, hi, hits, zone_low))  # found in hit order
            assert [(a, b, s, i, m.span()) for a, b, s, i, m in got] == want
        found += len(want)
    assert found > 800 and skipped > 1000  # rules run, and rules left out for want of a trigger word


def _tag_reference(text: str, lo: int, hi: int) -> tuple[list[tag.Tagged], int]:
    """_tag as written before the checks were deferred: the matches the checks reject are dropped first,
    then the longest are taken; and how many of the rejected ones overlap one taken."""
    rules = tag.compiled_rules()
    every = tag._found(text, lo, hi, None)
    found = sorted(c for c in every
                   if not rules[c[3]].checked or tag._allowed(text, lo, hi, rules[c[3]], c[4], c[2], c[2] - c[0]))
    rejected = [c for c in every if c not in found]
    taken: set[int] = set()
    out = []
    for minus_len, _, s, i, m in found:
        e = s - minus_len
        fields = None if taken & set(range(s, e)) else tag._fields(rules[i], m)
        if fields is not None:
            taken |= set(range(s, e))
            r = rules[i].rule
            out.append(tag.Tagged(s, e, text[s:e], r.name, r.type, r.kind, fields))
    return sorted(out, key=lambda t: t.start), sum(bool(taken & set(range(c[2], c[2] - c[0]))) for c in rejected)


def test_checks_deferred_to_the_matches_not_overlapped_take_the_same() -> None:
    # _tag runs a match's context, case and title checks only when nothing taken overlaps it
    index = tag._trigger_index()
    tagged = hidden = 0
    texts = [r.example for r in RULES] + _texts(_RULE_WORDS + ["I", "Street", "ABC's", "\"This", "Week\"", "percent"],
                                                 2000, seed=23)
    for text in texts:
        want, overlapped = _tag_reference(text, 0, len(text))
        assert tag._tag(text, 0, len(text), None) == want, text
        low = scan.lowered(text)
        if low is not None:
            assert tag._tag(text, 0, len(text), index.hits(low, 0, len(text)), low) == want, text
        tagged += len(want)
        hidden += overlapped
    assert tagged > 1000 and hidden > 20  # rejected matches that a taken one overlaps, checked or not


def test_checked_flag_marks_every_rule_with_a_check() -> None:
    for cr in tag.compiled_rules():
        r = cr.rule
        assert cr.checked == bool(r.not_before or r.need_before or r.not_after or r.need_after or r.not_title
                                  or cr.cased or cr.upper), r.name
    assert 0 < sum(cr.checked for cr in tag.compiled_rules()) < len(tag.compiled_rules())


def test_cached_normalized_fields_equal_those_computed_afresh() -> None:
    from test_scan import _fields_from_groupdict

    # matches whose fields are rejected ("a" counts one of a singular unit only), whatever the random texts hold
    rejected_cases = ["a decades-old feud", "a years-long war", "an hours-long siege", "a months-long standoff"]
    text = "\n".join([r.example for r in RULES] + rejected_cases + _texts(_RULE_WORDS, 1500, seed=41))
    tag._NORMALIZED.clear()
    checked = rejected = 0
    for _ in range(2):  # computed, then read from the cache
        for _, _, _, i, m in tag._found(text, 0, len(text), None):
            cr = tag.compiled_rules()[i]
            want = _fields_from_groupdict(cr, m)
            got = tag._fields(cr, m)
            assert got == want and (got is None or list(got) == list(want)), (cr.rule.name, m.group())
            checked += 1
            rejected += got is None
    assert checked > 3000 and rejected >= 4
    # a value the normalizer rejects is kept as rejected; other errors are not swallowed
    assert tag._normalized(tag.parse_clock, "25") is tag._UNPARSED
    assert tag._NORMALIZED[(tag.parse_clock, "25")] is tag._UNPARSED
    assert tag._normalized(tag.parse_clock, "10.30 pm") == (22, 30)
    with pytest.raises(TypeError):
        tag._normalized(lambda s: s + 1, "x")
    tag._NORMALIZED.clear()


def test_searched_triggers_are_the_one_word_trigger_sets() -> None:
    # a zone is searched for a rule's trigger words only when there is one; the rest run unfiltered
    rules = tag.compiled_rules()
    for cr in rules:
        assert cr.searched == (cr.triggers if cr.triggers is not None and len(cr.triggers) == 1 else None)
    assert sum(cr.searched is not None for cr in rules) >= 10
    assert sum(cr.triggers is not None and cr.searched is None for cr in rules) >= 50
