"""``maliclock eval``: matching, metrics, the TimeML reader and the command line."""

from __future__ import annotations

import json
from datetime import date

import pytest

from conftest import FIXTURES
from maliclock.evaluate import Doc, Span, evaluate, gold_spans, match, sample
from maliclock.timeml import parse_timeml
from test_cli import run

TEXT = "x" * 60


def S(start: int, end: int, type_: str = "DATE", value: str = "2012") -> Span:
    return Span(start, end, TEXT[start:end], type_, value)


def ev(gold: list[Span], pred: list[Span]):
    return evaluate([Doc("d", date(2012, 3, 22), TEXT, gold, pred)])


def test_exact_match_scores_one_everywhere():
    e = ev([S(0, 5), S(10, 15, "DURATION", "P2D")], [S(0, 5), S(10, 15, "DURATION", "P2D")])
    m = e.metrics()
    for k in ("strict", "relaxed", "value", "type"):
        assert (m[k]["precision"], m[k]["recall"], m[k]["f1"]) == (1.0, 1.0, 1.0)
    assert m["value"]["accuracy"] == 1.0
    assert all(not v for v in e.errors.values())


def test_overlap_only_match_is_relaxed_not_strict():
    e = ev([S(0, 10)], [S(2, 8)])
    m = e.metrics()
    assert (m["strict"]["precision"], m["strict"]["recall"], m["strict"]["f1"]) == (0.0, 0.0, 0.0)
    assert (m["relaxed"]["precision"], m["relaxed"]["recall"], m["relaxed"]["f1"]) == (1.0, 1.0, 1.0)
    assert [x["kind"] for x in e.errors["wrong boundary"]] == ["wrong boundary"]
    assert e.errors["wrong boundary"][0]["gold"]["start"] == 0 and e.errors["wrong boundary"][0]["pred"]["start"] == 2


def test_one_to_one_a_prediction_pairs_with_one_gold():
    # the prediction overlaps both gold expressions: only the first in document order gets it
    pairs, missed, spurious = match([S(0, 10), S(12, 20)], [S(5, 15)])
    assert (pairs, missed, spurious) == ([(0, 0)], [1], [])
    m = ev([S(0, 10), S(12, 20)], [S(5, 15)]).metrics()
    assert m["relaxed"]["precision"] == 1.0 and m["relaxed"]["recall"] == 0.5
    assert m["relaxed"]["f1"] == pytest.approx(2 / 3)


def test_identical_spans_pair_before_overlaps():
    # in document order (0, 4) would come first, but the identical span wins
    pairs, missed, spurious = match([S(0, 10)], [S(0, 4), S(0, 10)])
    assert (pairs, missed, spurious) == ([(0, 1)], [], [0])


def test_overlaps_pair_greedily_in_document_order():
    pairs, missed, spurious = match([S(0, 10), S(8, 20)], [S(5, 12), S(15, 18)])
    assert (pairs, missed, spurious) == ([(0, 0), (1, 1)], [], [])
    pairs, missed, spurious = match([S(8, 20), S(0, 10)], [S(15, 18), S(5, 12)])  # input order does not matter
    assert sorted(pairs) == [(0, 0), (1, 1)] and (missed, spurious) == ([], [])


def test_value_and_type_accuracy_and_f1():
    gold = [S(0, 4, "DATE", "2012"), S(10, 14, "DATE", "2012-03"), S(20, 24, "DURATION", "P2D"),
            S(30, 34, "TIME", "2012-03-22T10:00")]
    pred = [S(0, 4, "DATE", "2012"), S(10, 13, "DATE", "2011-03"), S(20, 24, "DATE", "P2D"),
            S(40, 44, "SET", "P1W")]
    e = ev(gold, pred)
    t, m = e.total, e.metrics()
    assert (t.gold, t.pred, t.relaxed_gold, t.strict_gold, t.value, t.type) == (4, 4, 3, 2, 2, 2)
    assert (m["strict"]["precision"], m["strict"]["recall"], m["strict"]["f1"]) == (0.5, 0.5, 0.5)
    assert (m["relaxed"]["precision"], m["relaxed"]["recall"], m["relaxed"]["f1"]) == (0.75, 0.75, 0.75)
    assert m["value"]["accuracy"] == pytest.approx(2 / 3) and m["type"]["accuracy"] == pytest.approx(2 / 3)
    # value F1 = accuracy x relaxed F1 = 2 * correct / (|pred| + |gold|)
    assert m["value"]["f1"] == pytest.approx(0.5) and m["type"]["f1"] == pytest.approx(0.5)
    assert (m["value"]["precision"], m["value"]["recall"]) == (0.5, 0.5)
    rows = e.type_rows()
    assert rows["DATE"] == {"gold": 2, "pred": 3, "strict_precision": pytest.approx(2 / 3), "strict_recall": 0.5,
                            "relaxed_precision": 1.0, "relaxed_recall": 1.0, "value_accuracy": 0.5,
                            "type_accuracy": 1.0}
    assert rows["DURATION"]["type_accuracy"] == 0.0 and rows["DURATION"]["value_accuracy"] == 1.0
    assert rows["TIME"]["relaxed_recall"] == 0.0 and rows["TIME"]["value_accuracy"] is None
    assert rows["SET"]["relaxed_precision"] == 0.0 and rows["SET"]["relaxed_recall"] is None
    assert {k: len(v) for k, v in e.errors.items()} == {
        "missed": 1, "spurious": 1, "wrong value": 1, "wrong type": 1, "wrong boundary": 1}
    assert e.errors["missed"][0]["gold"]["value"] == "2012-03-22T10:00"
    assert e.errors["spurious"][0]["pred"]["type"] == "SET"


def test_no_predictions_and_no_gold_give_zero_not_errors():
    m = ev([S(0, 4)], []).metrics()
    assert m["relaxed"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    m = ev([], []).metrics()
    assert m["value"]["f1"] == 0.0 and m["value"]["accuracy"] == 0.0


def test_sample_spreads_evenly_and_is_deterministic():
    assert sample(list(range(10)), 3) == [0, 3, 6]
    assert sample([1, 2], 5) == [1, 2]
    assert sample([1, 2], 0) == []


def test_gold_spans_checks_offsets_and_text():
    assert gold_spans([{"start": 0, "end": 3, "text": "abc", "type": "DATE", "value": "2012"}], "abcdef") == [
        Span(0, 3, "abc", "DATE", "2012")]
    with pytest.raises(ValueError, match="gold timex 1: text 'abd' does not match offsets 0-3"):
        gold_spans([{"start": 0, "end": 3, "text": "abd", "type": "DATE", "value": "2012"}], "abcdef")
    with pytest.raises(ValueError, match="offsets 4-9 are not inside the text"):
        gold_spans([{"start": 4, "end": 9, "type": "DATE", "value": "2012"}], "abcdef")
    with pytest.raises(ValueError, match="'timexes' is not a list"):
        gold_spans({"start": 0}, "abc")


# ---- the TimeML reader ------------------------------------------------------

def test_timeml_reader_text_entities_dct_and_timexes():
    doc = parse_timeml((FIXTURES / "timeml" / "mutiny.tml").read_text(encoding="utf-8"))
    assert doc.dct == date(2012, 3, 22)
    assert doc.text == ('\nSoldiers in Bamako seized the "state broadcaster" on March 22, 2012, officers & diplomats '
                        'said.\n\nThe fighting lasted four days and a curfew began yesterday; talks are planned for '
                        'Friday.\n')
    got = [(t.start, t.end, t.text, t.type, t.value) for t in doc.timexes]
    assert got == [(13, 19, "Bamako", "DATE", "2012-03-22"), (54, 68, "March 22, 2012", "DATE", "2012-03-22"),
                   (118, 127, "four days", "DURATION", "P4D"), (147, 156, "yesterday", "DATE", "2012-03-20")]
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text


def test_timeml_reader_nested_timexes_and_no_dct():
    doc = parse_timeml((FIXTURES / "timeml" / "nested.tml").read_text(encoding="utf-8"))
    assert doc.dct is None
    assert doc.text == "From Monday to Wednesday it rained \u2014 a lot."
    assert [(t.start, t.end, t.value) for t in doc.timexes] == [
        (5, 24, "P3D"), (5, 11, "XXXX-WXX-1"), (15, 24, "XXXX-WXX-3")]


def test_timeml_reader_dct_from_creation_time_and_missing_text():
    src = ('<TimeML><TIMEX3 tid="t0" type="DATE" value="19980108" functionInDocument="CREATION_TIME">'
           'January 8, 1998</TIMEX3><TEXT>Rain <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday'
           '</TIMEX3>.</TEXT></TimeML>')
    doc = parse_timeml(src)
    assert doc.dct == date(1998, 1, 8) and doc.text == "Rain yesterday."
    with pytest.raises(ValueError, match="no <TEXT> element"):
        parse_timeml((FIXTURES / "inputs" / "broken.tml").read_text(encoding="utf-8"))


# ---- the command line -------------------------------------------------------

def _gold_jsonl(tmp_path):
    p = tmp_path / "gold.jsonl"
    text = "The army said on March 22, 2012 it would rule for four days."
    p.write_text(json.dumps({"id": "g1", "published": "2012-03-22", "text": text, "timexes": [
        {"start": 17, "end": 31, "text": "March 22, 2012", "type": "DATE", "value": "2012-03-22"},
        {"start": 50, "end": 59, "text": "four days", "type": "DURATION", "value": "P3D"}]}) + "\n",
        encoding="utf-8")
    return p


def test_cli_eval_table_on_timeml_folder():
    p = run("eval", str(FIXTURES / "timeml"), "--errors", "5")
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert lines[:2] == ["documents: 2   gold: 7   predicted: 6",
                         "matched: 5 (5 identical spans)   missed: 2   spurious: 1"]
    assert lines[4] == "strict       83.33   71.43   76.92"
    assert lines[6] == "value        66.67   57.14   61.54   accuracy on relaxed matches 80.00"
    assert "DURATION       2     1  100.00   50.00  100.00   50.00   100.00   100.00" in lines
    assert "== missed: 2, showing 2" in lines and "== wrong value: 1, showing 1" in lines
    assert ("  mutiny (DCT 2012-03-22) | gold DATE 2012-03-20 'yesterday' | pred DATE 2012-03-21 'yesterday' "
            "(rule yesterday)") in lines
    assert "  mutiny (DCT 2012-03-22) | pred DATE 2012-03-23 'Friday' (rule weekday)" in lines


def test_cli_eval_json_on_jsonl_gold(tmp_path):
    p = run("eval", str(_gold_jsonl(tmp_path)), "--format", "json", "--errors", "3")
    assert p.returncode == 0, p.stderr
    d = json.loads(p.stdout)
    assert d["documents"] == 1
    assert d["counts"] == {"gold": 2, "pred": 2, "relaxed_matches": 2, "strict_matches": 2, "value_correct": 1,
                           "type_correct": 2, "missed": 0, "spurious": 0}
    assert d["value"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "accuracy": 0.5}
    assert d["errors"]["wrong value"]["count"] == 1
    ex = d["errors"]["wrong value"]["examples"][0]
    assert (ex["doc"], ex["gold"]["value"], ex["pred"]["value"], ex["pred"]["rule"]) == ("g1", "P3D", "P4D", "duration")
    assert ex["context"] == "The army said on March 22, 2012 it would rule for [[four days]]."


def test_cli_eval_exit_codes(tmp_path):
    good = str(FIXTURES / "timeml" / "mutiny.tml")
    p = run("eval", "/no/such.tml", good, str(FIXTURES / "inputs" / "broken.tml"),
            str(FIXTURES / "inputs" / "nodate.txt"))
    assert p.returncode == 1
    assert p.stderr.splitlines() == [
        "maliclock: /no/such.tml: no such file or folder",
        f"maliclock: {FIXTURES / 'inputs' / 'broken.tml'}: not valid TimeML: no <TEXT> element",
        f"maliclock: {FIXTURES / 'inputs' / 'nodate.txt'}: nodate.txt: no gold annotations (a .tml file, or JSON "
        "Lines with 'timexes'); skipped"]
    assert p.stdout.startswith("documents: 1   gold: 4   predicted: 4")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "b", "text": "abc", "timexes": [{"start": 0, "end": 9, "type": "DATE", "value": "2012"}]}\n',
                   encoding="utf-8")
    p = run("eval", str(bad))
    assert p.returncode == 1 and "Traceback" not in p.stderr
    assert p.stderr.splitlines() == [f"maliclock: {bad}: b: gold timex 1: offsets 0-9 are not inside the text; skipped",
                                     "maliclock: eval: no gold documents to evaluate"]
    assert run("eval", good, "--format", "csv").returncode == 2
    assert run("eval", good, "--errors", "-1").returncode == 2


def test_timeml_is_an_input_of_extract_and_timeline():
    path = str(FIXTURES / "timeml" / "mutiny.tml")
    d = json.loads(run("extract", path, "--format", "jsonl").stdout)
    assert (d["id"], d["published"], d["published_basis"]) == ("mutiny", "2012-03-22", "timeml")
    assert [(t["text"], t["value"]) for t in d["timexes"]][:3] == [
        ("March 22, 2012", "2012-03-22"), ("four days", "P4D"), ("yesterday", "2012-03-21")]
    p = run("timeline", path, "--format", "json")
    assert p.returncode == 0
    tl = json.loads(p.stdout)
    assert tl["sources"][0]["published_basis"] == "timeml"
    assert "2012-03-21" in [e["date"] for e in tl["events"]]


def test_timeml_written_by_extract_reads_back_as_perfect_gold(tmp_path):
    out = tmp_path / "own.tml"
    p = run("extract", str(FIXTURES / "timeml" / "mutiny.tml"), "--format", "timeml", "-o", str(out))
    assert p.returncode == 0
    d = json.loads(run("eval", str(out), "--format", "json").stdout)
    assert d["counts"]["gold"] == d["counts"]["pred"] == d["counts"]["strict_matches"] == d["counts"]["value_correct"] == 4
    assert d["strict"]["f1"] == 1.0 and d["value"]["f1"] == 1.0
