"""Hostile input: 1 MB of adversarial text goes through every stage; no pattern backtracks without end.

These tests check behaviour, not speed: a super-linear pattern makes them run
for hours instead of seconds. The speed comparison with normal text is
``python benchmarks/adversarial.py``.
"""

from __future__ import annotations

import importlib.util
import re
from datetime import date

import pytest

from conftest import ROOT
from maliclock.merge import chronology
from maliclock.pipeline import process_article
from maliclock.read import Article
from maliclock.rules import zones
from maliclock.segment import segment
from maliclock.statements import summarize
from maliclock.tag import MATCH_START, compiled_rules
from maliclock.timex import TimexValue


def _benchmark():
    spec = importlib.util.spec_from_file_location("adversarial", ROOT / "benchmarks" / "adversarial.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def adversarial():
    bench = _benchmark()
    text = bench.adversarial_text(1_000_000)
    pa = process_article(Article("adv", text, "adv", date(2012, 3, 26)))
    return bench, text, pa, chronology(pa.statements)


def test_adversarial_megabyte_covers_every_kind_of_run(adversarial):
    bench, text, _, _ = adversarial
    assert len(text) >= 999_990
    for name, unit in bench.RUNS:
        assert unit * 3 in text or unit in text and len(unit) > 1000, name


def test_adversarial_megabyte_spans_and_values(adversarial):
    _, text, pa, events = adversarial
    assert len(pa.timexes) > 10_000
    for t in pa.timexes:
        assert 0 <= t.start < t.end <= len(text) and text[t.start:t.end] == t.text
        TimexValue.parse(t.value)
    assert sum(len(e.mentions) for e in events) == len(pa.statements)


def test_adversarial_sentences_are_bounded(adversarial):
    _, text, _, _ = adversarial
    seg = segment(text)
    assert seg.sentences and max(s.end - s.start for s in seg.sentences) <= zones.MAX_SENTENCE_CHARS
    for s in seg.sentences:
        assert text[s.start:s.end].strip() and not text[s.start].isspace()


def test_sentence_cap_cuts_at_whitespace():
    text = "word " * 500 + "end."
    cuts = [(s.start, s.end) for s in segment(text).sentences]
    assert cuts == [(0, 999), (1000, 1999), (2000, 2504)]  # each piece ends at a word's end
    assert [(s.start, s.end) for s in segment("x" * 2500).sentences] == [(0, 1000), (1000, 2000), (2000, 2500)]
    blanks = "March" + " " * 3000 + "Christmas"
    assert [blanks[s.start:s.end] for s in segment(blanks).sentences] == ["March", "Christmas"]


def test_every_rule_starts_with_a_letter_digit_or_apostrophe():
    # the engine's MATCH_START promise: the guard never changes what a rule's example matches
    for cr in compiled_rules():
        unguarded = re.compile(cr.regex.pattern.replace(MATCH_START, "", 1), re.IGNORECASE)
        example = cr.rule.example.replace("(", "").replace(")", "")  # "the summer (and fall of 2011)"
        a, b = unguarded.search(example), cr.regex.search(example)
        assert a is not None and b is not None and a.span() == b.span(), cr.rule.name
        assert re.match(r"[\w'’]", a.group()), cr.rule.name


@pytest.mark.parametrize("clause, expected", [
    ("On March 3 the vote was counted, as " + "A" * 60 + ".", "The vote was counted, as " + "A" * 60 + "."),
    ("On March 3 the vote was counted, as AFP reports.", "The vote was counted, as."),
    ("On March 3 the vote was counted" + " " * 3000 + "and then checked.", "The vote was counted and then checked."),
    ("On March 3 (" + " " * 3000 + "x", "( x."),
    ("On March 3 the vote" + "-" * 3000, "The vote."),
])
def test_summaries_of_pathological_clauses(clause, expected):
    assert summarize(clause, [(3, 10)]) == expected


@pytest.mark.parametrize("unit", ["1", " ", "the ", "March ", ".", "-", "'", "A", "12/", "March 3, 2012 ",
                                  "Christmas" + " " * 2000, "(", "as A", "\r"])
def test_runs_of_each_kind_are_processed(unit):
    text = unit * (60_000 // len(unit))
    pa = process_article(Article("a", text, "a", date(2012, 3, 26)))
    for t in pa.timexes:
        assert text[t.start:t.end] == t.text
    assert len(chronology(pa.statements)) <= len(pa.statements)
