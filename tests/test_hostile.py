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
from maliclock.segment import is_repetitive, segment, split_sentences
from maliclock.statements import summarize
from maliclock.tag import MATCH_START, compiled_rules, tag_zones
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
    for t in pa.timexes:
        assert 0 <= t.start < t.end <= len(text) and text[t.start:t.end] == t.text
        TimexValue.parse(t.value)
    assert sum(len(e.mentions) for e in events) == len(pa.statements)
    # the tagger alone, reading every character (nothing set aside as repetitive), also ends
    tagged = tag_zones(text, [(0, len(text))])
    assert len(tagged) > 10_000
    assert all(0 <= t.start < t.end <= len(text) for t in tagged)


def test_adversarial_megabyte_is_mostly_set_aside_as_repetitive(adversarial):
    _, text, pa, _ = adversarial
    seg = segment(text)
    unread = sum(z.end - z.start for z in seg.zones if z.kind == "repetitive")
    assert unread > 0.6 * len(text)  # the runs of words; runs of digits or punctuation hold no words
    assert not any(z.kind == "repetitive" and z.start <= t.start < z.end for z in seg.zones for t in pa.timexes[:50])


def test_repetitive_sentences_and_repeated_lines_are_not_read():
    stuffed = "March " * 40
    seg = segment("The junta took power on March 22, 2012. " + stuffed.strip() + ".")
    assert [(z.kind, z.reason) for z in seg.zones] == [("body", ""), ("repetitive", "few different words")]
    assert [seg.text[s.start:s.end] for s in seg.sentences] == ["The junta took power on March 22, 2012."]
    text = "Troops seized the airport on Friday.\nTroops seized the airport on Friday.\nOther news on Monday.\n"
    pa = process_article(Article("a", text, "a", date(2012, 3, 26)))
    assert [(t.text, t.value, t.start) for t in pa.timexes] == [("Friday", "2012-03-23", 29),
                                                                ("Monday", "2012-03-26", 88)]
    assert [z.kind for z in segment(text).zones] == ["body", "repetitive", "body"]


@pytest.mark.parametrize("sentence", [
    # prose keeps most of its words distinct, even long and date-heavy
    "Meetings were held on January 3, February 5, March 7, April 9, May 11, June 13, July 15, August 17, "
    "September 19, October 21, November 23, December 25, and the last on December 30, 2012.",
    "The soldiers, who said they were angry at the government's handling of the rebellion in the north, "
    "stormed the state broadcaster on Wednesday and the presidential palace overnight, and by Thursday "
    "morning they had announced on television that the constitution was suspended and the borders closed.",
])
def test_prose_is_never_repetitive(sentence):
    assert not is_repetitive(sentence)
    assert [z.kind for z in segment(sentence).zones] == ["body"]


def test_adversarial_sentences_are_bounded(adversarial):
    _, text, _, _ = adversarial
    seg = segment(text)
    assert seg.sentences and max(s.end - s.start for s in seg.sentences) <= zones.MAX_SENTENCE_CHARS
    for s in seg.sentences:
        assert text[s.start:s.end].strip() and not text[s.start].isspace()


def test_sentence_cap_cuts_at_whitespace():
    text = "word " * 500 + "end."
    # split_sentences: the cap alone (segment would set this text aside as repetitive)
    assert split_sentences(text, 0, len(text)) == [(0, 999), (1000, 1999), (2000, 2504)]  # ends at a word's end
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
    ("On March 3 the vote was counted, as AFP reports.", "The vote was counted."),
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
    for t in tag_zones(text, [(0, len(text))]):  # every character, nothing set aside
        assert 0 <= t.start < t.end <= len(text)
    assert len(chronology(pa.statements)) <= len(pa.statements)
