"""The command line: every format and every exit code, end to end on the seeds."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from conftest import FIXTURES, SEEDS

ENV = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "maliclock", *args], capture_output=True, text=True,
                          input=stdin, env=ENV, timeout=120)


@pytest.fixture(scope="module")
def seed_json():
    p = run("timeline", str(SEEDS), "--format", "json")
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


def _find(events, date, *words):
    return [e for e in events if e["date"].startswith(date) and all(
        w.lower() in " ".join(m["sentence"] for m in e["mentions"]).lower() for w in words)]


def test_seed_chronology_key_events(seed_json):
    ev = seed_json["events"]
    mutiny = _find(ev, "2012-03-21", "mutiny began")
    assert len(mutiny) == 1 and len(mutiny[0]["sources"]) >= 2
    assert mutiny[0]["conflicts"][0]["field"] == "time_of_day"
    ecowas = _find(ev, "2012-03-27", "ECOWAS")
    assert len(ecowas) == 1 and ecowas[0]["mentions"][0]["expression"] == "Tuesday"
    assert ecowas[0]["sources"] == ["003_42382a47a79cec6e.txt"]
    rebellion = _find(ev, "2012-01", "launch")
    assert len(rebellion) == 1 and rebellion[0]["granularity"] == "month"
    elections = _find(ev, "2012-04-29", "elections")
    assert len(elections) == 1 and elections[0]["granularity"] == "day"


def test_seed_chronology_has_no_duplicates_or_chrome(seed_json):
    ev = seed_json["events"]
    keys = [(e["date"], e["summary"]) for e in ev]
    assert len(keys) == len(set(keys))
    for e in ev:
        for m in e["mentions"]:
            assert not m["sentence"].startswith(("More from", "Leave a Reply", "Related", "Photo of"))
    seen = {}
    for e in ev:
        for m in e["mentions"]:
            key = (m["source"], m["start"])
            assert key not in seen, f"mention used twice: {key}"
            seen[key] = e["id"]


def test_seed_events_are_ordered_coarse_first(seed_json):
    starts = [(e["start"], e["end"]) for e in seed_json["events"]]
    for (s1, e1), (s2, e2) in zip(starts, starts[1:]):
        assert s1 < s2 or (s1 == s2 and e1 >= e2)


def test_json_validates_against_schema(seed_json):
    from maliclock.models import TimelineOut

    TimelineOut.model_validate(seed_json)
    schema = json.loads(run("schema").stdout)
    assert set(schema["required"]) == {"sources", "events"}
    assert "EventOut" in schema["$defs"]


def test_csv_round_trips(seed_json):
    p = run("timeline", str(SEEDS), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(p.stdout)))
    assert len(rows) == len(seed_json["events"])
    assert [r["date"] for r in rows] == [e["date"] for e in seed_json["events"]]
    assert rows[0]["sources"] == "; ".join(seed_json["events"][0]["sources"])


def test_jsonl_one_event_per_line(seed_json):
    p = run("timeline", str(SEEDS), "--format", "jsonl")
    lines = p.stdout.splitlines()
    assert len(lines) == len(seed_json["events"])
    assert json.loads(lines[0])["id"] == seed_json["events"][0]["id"]


def test_table_lists_events():
    p = run("timeline", str(SEEDS))
    assert p.returncode == 0
    assert "2012-03-27" in p.stdout and "ECOWAS" in p.stdout and "\x1b[" not in p.stdout


def test_output_file_and_refusal_to_overwrite_input(tmp_path):
    out = tmp_path / "mali.csv"
    p = run("timeline", str(SEEDS), "--format", "csv", "-o", str(out))
    assert p.returncode == 0 and out.read_text(encoding="utf-8").startswith('"id","date","start","end"')
    src = tmp_path / "a.txt"
    src.write_text("The coup happened on March 22, 2012.", encoding="utf-8")
    p = run("timeline", str(src), "-o", str(src))
    assert p.returncode == 2 and "refusing to write over an input" in p.stderr
    assert src.read_text(encoding="utf-8") == "The coup happened on March 22, 2012."


def test_stdout_redirected_into_the_input_folder_is_not_read(tmp_path):
    (tmp_path / "a.txt").write_text("---\npublished: 2012-03-23\n---\nSoldiers seized the palace on Thursday.",
                                    encoding="utf-8")
    out = tmp_path / "table.txt"
    with open(out, "w", encoding="utf-8") as f:  # as the shell does for "maliclock timeline dir/ > dir/table.txt"
        p = subprocess.run([sys.executable, "-m", "maliclock", "timeline", str(tmp_path), "--format", "json"],
                           stdout=f, stderr=subprocess.PIPE, text=True, env=ENV, timeout=120)
    assert p.returncode == 0
    assert p.stderr.strip() == f"maliclock: {out}: is this run's own output (standard output); not read"
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [s["id"] for s in doc["sources"]] == ["a.txt"]
    assert [e["date"] for e in doc["events"]] == ["2012-03-22"]


def test_extract_jsonl_spans_are_exact():
    path = SEEDS / "003_42382a47a79cec6e.txt"
    p = run("extract", str(path), "--format", "jsonl")
    doc = json.loads(p.stdout)
    text = path.read_text(encoding="utf-8")
    assert doc["id"] == "003_42382a47a79cec6e.txt" and doc["published"] == "2012-03-26"
    for t in doc["timexes"]:
        assert text[t["start"]:t["end"]] == t["text"]
    assert {"text": "Tuesday", "value": "2012-03-27"}.items() <= next(
        t for t in doc["timexes"] if t["text"] == "Tuesday").items()


def test_extract_other_formats():
    path = str(SEEDS / "003_42382a47a79cec6e.txt")
    j = json.loads(run("extract", path, "--format", "json").stdout)
    assert j[0]["id"] == "003_42382a47a79cec6e.txt"
    tml = run("extract", path, "--format", "timeml").stdout
    assert '<TIMEX3 tid="t' in tml and 'value="2012-03-27">Tuesday</TIMEX3>' in tml
    table = run("extract", path).stdout
    assert "last Wednesday" in table


def test_stdin_and_pub_date():
    p = run("extract", "-", "--format", "jsonl", "--pub-date", "2012-03-22",
            stdin="The mutiny began on Wednesday afternoon.")
    assert json.loads(p.stdout)["timexes"][0]["value"] == "2012-03-21TAF"


def test_exit_code_0_all_good():
    assert run("timeline", str(FIXTURES / "inputs" / "front_matter.md"), "--format", "json").returncode == 0


def test_exit_code_1_missing_input_others_still_processed():
    p = run("timeline", "/no/such/dir", str(FIXTURES / "inputs" / "front_matter.md"), "--format", "json")
    assert p.returncode == 1
    assert p.stderr.strip() == "maliclock: /no/such/dir: no such file or folder"
    assert json.loads(p.stdout)["events"][0]["date"] == "2012-03-27"


def test_exit_code_1_bad_manifest_row_and_bad_jsonl(tmp_path):
    p = run("timeline", str(FIXTURES / "inputs" / "nodate.txt"), "--manifest",
            str(FIXTURES / "inputs" / "bad_manifest.csv"), "--format", "json")
    assert p.returncode == 1 and "invalid date '2012-02-31'" in p.stderr
    assert "Traceback" not in p.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "It began on March 3, 2012."}\nnot json\n{"id": "y"}\n', encoding="utf-8")
    p = run("timeline", str(bad), "--format", "json")
    assert p.returncode == 1
    assert p.stderr.splitlines() == [f"maliclock: {bad}:2: not valid JSON (Expecting value)",
                                     f"maliclock: {bad}:3: JSON line has no 'text' string"]
    assert json.loads(p.stdout)["events"][0]["date"] == "2012-03-03"


def test_unresolved_relative_dates_warn_but_exit_0():
    p = run("timeline", str(FIXTURES / "inputs" / "nodate.txt"), "--format", "json", "--no-infer")
    assert p.returncode == 0
    assert "no publication date: 1 relative expression(s) left unresolved" in p.stderr
    d = json.loads(p.stdout)
    assert [e["date"] for e in d["events"]] == ["2012-03-03"]
    assert d["sources"][0]["unresolved"] == 1
    assert d["sources"][0]["published_basis"] == "none" and d["meta"]["options"]["infer"] is False


def test_missing_date_is_inferred_and_its_values_flagged():
    p = run("timeline", str(FIXTURES / "inputs" / "nodate.txt"), "--format", "json")
    assert p.returncode == 0 and p.stderr == ""
    d = json.loads(p.stdout)
    src = d["sources"][0]
    # "on March 3, 2012 they left" (past): published that day or soon after
    assert (src["published_basis"], src["published"], src["unresolved"]) == ("inferred", "2012-03-03", 0)
    assert src["published_range"][0] == "2012-03-03" and src["published_range"][1] >= "2012-03-04"
    assert 0 < src["confidence"] < 1
    yesterday = [m for e in d["events"] for m in e["mentions"] if m["expression"] == "yesterday"]
    assert len(yesterday) == 1 and yesterday[0]["inferred"] is True
    assert yesterday[0]["value"] == "2012-03-02" and yesterday[0]["value_range"][0] == "2012-03-02"
    ev = [e for e in d["events"] if e["mentions"][0]["expression"] == "yesterday"][0]
    assert ev["inferred"] is True and ev["date_range"] == yesterday[0]["value_range"]
    absolute = [e for e in d["events"] if e["date"] == "2012-03-03"][0]
    assert absolute["inferred"] is False and absolute["date_range"] is None


def test_exit_code_2_usage_errors():
    assert run("timeline", str(SEEDS), "--format", "xml").returncode == 2
    p = run("timeline", str(SEEDS), "--pub-date", "2012-13-01")
    assert p.returncode == 2 and "invalid date" in p.stderr and "Traceback" not in p.stderr
    assert run("nosuchcommand").returncode == 2


def test_sources_without_manifest_dates_the_seeds(tmp_path):
    manifest = {r["file"]: r["published"] for r in csv.DictReader(open(SEEDS / "sources.csv", encoding="utf-8"))}
    for f in SEEDS.glob("*.txt"):
        (tmp_path / f.name).write_bytes(f.read_bytes())
    p = run("sources", str(tmp_path), "--format", "json")
    assert p.returncode == 0 and p.stderr == ""
    got = {s["id"]: s for s in json.loads(p.stdout)}
    assert set(got) == set(manifest)
    dw = got["003_42382a47a79cec6e.txt"]
    assert (dw["published"], dw["published_basis"], dw["published_range"]) == (
        "2012-03-26", "dateline", ["2012-03-26", "2012-03-26"])
    for ident, s in got.items():
        if ident != "003_42382a47a79cec6e.txt":
            assert s["published_basis"] == "inferred" and 0 < s["confidence"] < 1
            assert s["published_range"][0] <= manifest[ident] <= s["published_range"][1], ident
            assert any(e["fits"] for e in s["evidence"])
    p = run("sources", str(tmp_path), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(p.stdout)))
    assert list(rows[0]) == ["id", "published", "published_first", "published_last", "published_basis",
                             "confidence", "evidence", "path", "title"]
    assert [r["published_basis"] for r in rows].count("inferred") == 4
    p = run("sources", str(tmp_path))
    assert p.returncode == 0 and p.stdout.count("inferred") >= 4 and "dateline" in p.stdout
    p = run("sources", str(tmp_path), "--no-infer", "--format", "json")
    assert [s["published_basis"] for s in json.loads(p.stdout)].count("none") == 4
    assert run("sources", str(tmp_path), "--format", "xml").returncode == 2


def test_sources_json_is_the_same_whatever_the_input_order(tmp_path):
    files = sorted(SEEDS.glob("*.txt"))
    for f in files:
        (tmp_path / f.name).write_bytes(f.read_bytes())
    a = run("sources", *[str(tmp_path / f.name) for f in files], "--format", "json").stdout
    b = run("sources", *[str(tmp_path / f.name) for f in reversed(files)], "--format", "json").stdout
    assert a == b and a


def test_html_input_and_timeline_marks_inferred_dates(tmp_path):
    p = run("extract", str(FIXTURES / "pubdate" / "article.html"), "--format", "jsonl")
    assert p.returncode == 0
    doc = json.loads(p.stdout)
    assert (doc["published"], doc["published_basis"]) == ("2012-03-26", "html")
    assert {t["text"]: t["value"] for t in doc["timexes"]}["last Wednesday"] == "2012-03-21"
    (tmp_path / "a.txt").write_text("The talks that began on March 5, 2012 ended yesterday in Abidjan.\n",
                                    encoding="utf-8")
    p = run("timeline", str(tmp_path / "a.txt"))
    assert p.returncode == 0 and "(inferred" in p.stdout
    schema = json.loads(run("schema").stdout)
    assert {"published_range", "confidence", "evidence"} <= set(schema["$defs"]["SourceOut"]["properties"])
