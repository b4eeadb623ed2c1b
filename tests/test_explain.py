"""``extract --explain``: rule, anchor, tense cue and arithmetic of each expression."""

from __future__ import annotations

import json
from datetime import date

from maliclock.explain import explain
from maliclock.pipeline import extract_article
from maliclock.read import Article
from test_cli import run


def explained(text: str, dct: date | None) -> dict[str, dict]:
    _, res = extract_article(Article("t", text, "t", dct))
    return {r.text: explain(r).as_dict() for r in res}


def test_weekday_placed_by_the_past_tense_cue():
    e = explained("Soldiers staged a mutiny on Wednesday.", date(2012, 3, 26))["Wednesday"]
    assert e == {"rule": "weekday", "example": "Wednesday", "kind": "calendar", "anchor": "2012-03-26",
                 "anchor_kind": "publication", "tense": "past", "cue": "staged",
                 "arithmetic": "publication date 2012-03-26 (Monday), past tense cue 'staged' → previous Wednesday, "
                               "5 days before = 2012-03-21"}


def test_month_and_day_placed_by_the_future_tense_cue():
    e = explained("The elections will take place on April 29.", date(2012, 3, 26))["April 29"]
    assert (e["tense"], e["cue"]) == ("future", "will")
    assert e["arithmetic"] == ("publication date 2012-03-26 (Monday), future tense cue 'will' → April 29 placed in "
                               "2012, 34 days after = 2012-04-29")


def test_deictic_anaphoric_and_duration_arithmetic():
    got = explained("The rebels gained ground last month. In 2011 talks began; the following year they failed. "
                    "The siege lasted four days.", date(2012, 3, 26))
    assert got["last month"]["arithmetic"] == "publication date 2012-03-26 (Monday) → previous month = 2012-02"
    assert got["last month"]["tense"] is None  # a deictic shift does not consult tense
    assert got["the following year"]["arithmetic"] == "last mentioned date 2011 → next year = 2012"
    assert got["the following year"]["anchor_kind"] == "previous"
    assert got["four days"]["arithmetic"] == "4 days as a length of time = P4D"
    assert got["2011"]["anchor"] is None and got["2011"]["arithmetic"] == "a year = 2011"


def test_unresolved_expression_says_why():
    e = explained("They met on Wednesday.", None)["Wednesday"]
    assert e["arithmetic"] == "weekday without a publication date: left underspecified = XXXX-WXX-3"
    assert e["anchor"] is None


def test_cli_explain_json_table_and_plain_output_unchanged():
    text = "Soldiers staged a mutiny on Wednesday."
    p = run("extract", "-", "--format", "jsonl", "--pub-date", "2012-03-26", "--explain", stdin=text)
    t = json.loads(p.stdout)["timexes"][0]
    assert t["explain"]["arithmetic"] == ("publication date 2012-03-26 (Monday), past tense cue 'staged' → "
                                          "previous Wednesday, 5 days before = 2012-03-21")
    plain = json.loads(run("extract", "-", "--format", "jsonl", "--pub-date", "2012-03-26", stdin=text).stdout)
    assert "explain" not in plain["timexes"][0]
    table = run("extract", "-", "--pub-date", "2012-03-26", "--explain", stdin=text).stdout
    for line in ("rule: weekday (e.g. 'Wednesday')", "anchor: 2012-03-26 (publication)", "tense: past, cue 'staged'"):
        assert line in table
