"""Every timeline format on the seeds, end to end through the command line, checked for content;
filters on every format; CSV safety; terminal behaviour (colour, width, progress, quiet/verbose)."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from datetime import date
from types import SimpleNamespace

import pytest
from typer.testing import CliRunner

from conftest import SEEDS
from maliclock import __version__
from maliclock.cli import app
from maliclock.read import Reader
from maliclock.render.labels import covers_own_interval, date_label, period_heading
from maliclock.timeml import parse_timeml

ENV = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
SEED_FILES = sorted(p for p in SEEDS.iterdir() if p.suffix == ".txt")
FORMATS = ("table", "json", "jsonl", "csv", "markdown", "timelinejs", "html")


def run(*args: str, env: dict | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """The command line in a new process."""
    return subprocess.run([sys.executable, "-m", "maliclock", *args], capture_output=True, text=True,
                          encoding="utf-8", env=env or ENV, input=stdin, timeout=120)


def cli(*args: str, env: dict | None = None) -> SimpleNamespace:
    """The command line in this process (the same typer app, without the start-up cost)."""
    r = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "120", **(env or {})})
    if r.exception and not isinstance(r.exception, SystemExit):
        raise r.exception
    return SimpleNamespace(returncode=r.exit_code, stdout=r.stdout, stderr=r.stderr)


def run_on_tty(*args: str, env: dict, stdout_tty: bool = True, stderr_tty: bool = False) -> tuple[bytes, bytes, int]:
    """Run the CLI with stdout and/or stderr on a pseudo-terminal; returns (stdout, stderr, exit code)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "maliclock", *args], env=env,
                            stdout=slave if stdout_tty else subprocess.PIPE,
                            stderr=slave if stderr_tty else subprocess.PIPE)
    os.close(slave)
    chunks: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO once the child has closed the terminal
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain)
    reader.start()
    piped = proc.stderr if stdout_tty else proc.stdout
    other = piped.read()  # type: ignore[union-attr]
    code = proc.wait(timeout=120)
    reader.join(timeout=10)
    os.close(master)
    tty = b"".join(chunks)
    return (tty, other, code) if stdout_tty else (other, tty, code)


@pytest.fixture(scope="module")
def seed_json():
    p = run("timeline", str(SEEDS), "--format", "json")
    assert p.returncode == 0, p.stderr
    return json.loads(p.stdout)


@pytest.fixture(scope="module")
def outputs():
    """Every format's output on the seeds."""
    res = {}
    for fmt in FORMATS:
        p = run("timeline", str(SEEDS), "--format", fmt)
        assert p.returncode == 0 and p.stderr == "", (fmt, p.stderr)
        res[fmt] = p.stdout
    return res


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


# --- table -----------------------------------------------------------------

def test_table_groups_by_month_and_wraps_without_cutting(outputs, seed_json):
    out = outputs["table"]
    assert "\x1b[" not in out and "…" not in out
    assert all(len(line) <= 120 for line in out.splitlines())
    headings = list(dict.fromkeys(period_heading(e["granularity"], e["start"]) for e in seed_json["events"]))
    pos = [out.index(f"\n {h} ") for h in headings]
    assert pos == sorted(pos) and "March 2012" in headings and "April 2012" in headings
    for e in seed_json["events"]:
        assert date_label(e["date"], e["start"], e["end"]) in out
    # every word of every summary is printed (wrapped, never cut)
    all_words = words(out)
    for e in seed_json["events"]:
        for w in words(e["summary"]):
            assert w in all_words
    conflicted = [e for e in seed_json["events"] if e["conflicts"]]
    fields = [c["field"].replace("_", " ") for e in conflicted for c in e["conflicts"]]
    assert conflicted and sum(out.count(f"conflict: {f}:") for f in set(fields)) == len(fields)
    assert len(re.findall(r" ! *$", out, re.M)) == len(conflicted) + 1  # the column heading and each mark
    # the legend numbers the sources
    assert " 4  003_42382a47a79cec6e.txt  (2012-03-26, Deutsche Welle, Mali junta told to leave)" in out


def test_table_narrow_terminal_still_wraps_and_wide_adds_sentences(seed_json):
    narrow = cli("timeline", str(SEEDS), env={"COLUMNS": "70"}).stdout
    assert all(len(line) <= 70 for line in narrow.splitlines()) and "…" not in narrow
    wide = cli("timeline", str(SEEDS), "--wide").stdout
    flat = " ".join(wide.split())
    sentences = {m["sentence"] for e in seed_json["events"] for m in e["mentions"]}
    for s in sentences:  # each full sentence, re-flowed, is there
        assert all(w in words(wide) for w in words(s))
    assert "(1962-1964 and 1990-1995)" in flat or "(1962-1964 and" in flat
    assert "1990-1995)" not in " ".join(cli("timeline", str(SEEDS)).stdout.split())


def test_colour_only_on_a_terminal_and_never_with_no_color():
    env = {k: v for k, v in ENV.items() if k != "NO_COLOR"}
    out, _, code = run_on_tty("timeline", str(SEEDS), env={**env, "TERM": "xterm-256color"})
    assert code == 0 and b"\x1b[" in out and b"ECOWAS" in out
    out, _, _ = run_on_tty("timeline", str(SEEDS), env={**env, "TERM": "xterm-256color", "NO_COLOR": "1"})
    assert b"\x1b[" not in out and b"ECOWAS" in out
    piped = run("timeline", str(SEEDS), env=env)
    assert "\x1b[" not in piped.stdout


def test_progress_bar_on_stderr_for_many_inputs(tmp_path):
    text = (SEEDS / "003_42382a47a79cec6e.txt").read_text(encoding="utf-8")
    for i in range(25):
        (tmp_path / f"a{i:02d}.txt").write_text(text, encoding="utf-8")
    env = {**ENV, "TERM": "xterm"}
    out, err, code = run_on_tty("timeline", str(tmp_path), "--pub-date", "2012-03-26", "-f", "jsonl", env=env,
                                stdout_tty=False, stderr_tty=True)
    assert code == 0 and b"reading articles" in err and b"25/25" in err
    assert len(out.splitlines()) > 0 and b"reading" not in out
    _, err, _ = run_on_tty("timeline", str(tmp_path), "--pub-date", "2012-03-26", "-f", "jsonl", "--quiet",
                           env=env, stdout_tty=False, stderr_tty=True)
    assert b"reading articles" not in err
    few = run_on_tty("timeline", str(SEEDS), "-f", "jsonl", env=env, stdout_tty=False, stderr_tty=True)[1]
    assert b"reading articles" not in few  # 5 quick articles: no bar


def test_quiet_and_verbose(tmp_path):
    nodate = tmp_path / "nodate.txt"
    nodate.write_text("The rebels attacked on March 3, 2012. They returned yesterday.", encoding="utf-8")
    p = cli("timeline", str(nodate), "-f", "json", "--no-infer")
    assert p.returncode == 0 and "no publication date" in p.stderr
    p = cli("timeline", str(nodate), "-f", "json", "--quiet", "--no-infer")
    assert p.returncode == 0 and p.stderr == ""
    p = cli("timeline", str(nodate), "/no/such/file", "-f", "json", "-q")
    assert p.returncode == 1 and p.stderr == "maliclock: /no/such/file: no such file or folder\n"
    p = cli("timeline", str(SEEDS), "-f", "json", "--verbose", "--since", "2012-03")
    lines = p.stderr.splitlines()
    assert len(lines) == 6
    assert re.fullmatch(r"maliclock: .*003_42382a47a79cec6e\.txt: published 2012-03-26 \(manifest\), utf-8, "
                        r"\d+ expressions, \d+ dated statements", lines[3])
    n = len(json.loads(p.stdout)["events"])
    assert re.fullmatch(rf"maliclock: 5 articles, \d+ events?, {n} after filters, [\d.]+ s", lines[5])
    assert cli("timeline", str(SEEDS), "-q", "-v").returncode == 2
    p = cli("extract", str(SEEDS / "003_42382a47a79cec6e.txt"), "-f", "jsonl", "-v")
    assert "published 2012-03-26 (manifest)" in p.stderr


# --- JSON / JSONL ------------------------------------------------------------

def test_json_meta_order_and_iso_dates(seed_json):
    assert list(seed_json) == ["meta", "sources", "events", "warnings"]
    meta = seed_json["meta"]
    assert meta["tool"] == "maliclock" and meta["version"] == __version__
    assert meta["options"] == {"format": "json", "pub_date": None, "manifest": None, "date_order": "MDY",
                               "infer": True, "granularity": None, "since": None, "until": None, "min_sources": 0, "grep": [], "source": []}
    assert meta["events_before_filters"] == len(seed_json["events"])
    iso = re.compile(r"^\d{4}-\d{2}-\d{2}$")
    for e in seed_json["events"]:
        assert list(e) == ["id", "date", "start", "end", "granularity", "summary", "sources", "mentions",
                           "conflicts", "merge", "inferred", "date_range"]
        assert iso.match(e["start"]) and iso.match(e["end"]) and e["sources"] == sorted(e["sources"])
    assert all(iso.match(s["published"]) for s in seed_json["sources"])
    p = cli("timeline", str(SEEDS), "-f", "json", "--since", "2012-03", "--grep", "coup", "--grep", "army",
            "--min-sources", "1")
    opts = json.loads(p.stdout)["meta"]["options"]
    assert (opts["since"], opts["grep"], opts["min_sources"]) == ("2012-03-01", ["army", "coup"], 1)


def test_jsonl_streams_one_event_per_line(outputs, seed_json):
    lines = outputs["jsonl"].splitlines()
    assert [json.loads(line) for line in lines] == seed_json["events"]
    # a reader that stops early (head -1) ends the run without a traceback
    proc = subprocess.Popen([sys.executable, "-m", "maliclock", "timeline", str(SEEDS), "-f", "jsonl"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    first = proc.stdout.readline()  # type: ignore[union-attr]
    proc.stdout.close()  # type: ignore[union-attr]
    err = proc.stderr.read()  # type: ignore[union-attr]
    proc.wait(timeout=60)
    assert json.loads(first)["id"] == seed_json["events"][0]["id"] and b"Traceback" not in err


def test_same_inputs_in_any_order_give_identical_bytes(tmp_path):
    files = [str(p) for p in SEED_FILES]
    for fmt in ("json", "jsonl", "csv", "markdown", "timelinejs", "html"):
        a = cli("timeline", *files, "-f", fmt).stdout
        b = cli("timeline", *reversed(files), "-f", fmt).stdout
        assert a == b and len(a) > 1000, fmt


# --- CSV -----------------------------------------------------------------------

def test_csv_rows_events_and_mentions(seed_json, tmp_path):
    p = cli("timeline", str(SEEDS), "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(p.stdout)))
    assert [r["id"] for r in rows] == [e["id"] for e in seed_json["events"]]
    assert [int(r["mention_count"]) for r in rows] == [len(e["mentions"]) for e in seed_json["events"]]
    assert not p.stdout.startswith("\ufeff")
    p = cli("timeline", str(SEEDS), "-f", "csv", "--rows", "mentions")
    mrows = list(csv.DictReader(io.StringIO(p.stdout)))
    expected = [(e["id"], m["source"], str(m["start"]), m["expression"])
                for e in seed_json["events"] for m in e["mentions"]]
    assert [(r["event_id"], r["source"], r["char_start"], r["expression"]) for r in mrows] == expected
    out = tmp_path / "excel.csv"
    assert cli("timeline", str(SEEDS), "-f", "csv", "--excel", "-o", str(out)).returncode == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf\"id\",") and "Touré".encode() in raw
    assert raw[3:].decode("utf-8") == cli("timeline", str(SEEDS), "-f", "csv").stdout.replace("\n", "\r\n")


def test_csv_neutralises_formulas_and_keeps_plain_values(tmp_path):
    art = tmp_path / "inject.txt"
    art.write_text('=HYPERLINK("http://x","y") was posted on March 3, 2012.\n\n'
                   "+cmd was run on March 4, 2012.\n\n"
                   "@SUM(A1) appeared on March 5, 2012.\n", encoding="utf-8")
    for rows in ("events", "mentions"):
        out = tmp_path / f"{rows}.csv"
        p = cli("timeline", str(art), "-f", "csv", "--rows", rows, "--excel", "-o", str(out))
        assert p.returncode == 0, p.stderr
        with open(out, encoding="utf-8-sig", newline="") as f:
            table = list(csv.reader(f))
        header, body = table[0], table[1:]
        assert len(body) == 3
        for row in body:
            for cell in row:  # nothing a spreadsheet would evaluate
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
        col = {name: [r[i] for r in body] for i, name in enumerate(header)}
        summary = col["summary"]
        assert summary[0].startswith("'=HYPERLINK(\"http://x\",\"y\")") and summary[1].startswith("'+cmd")
        assert summary[2].startswith("'@SUM(A1)")
        dates = col["date" if rows == "events" else "event_date"]
        assert dates == ["2012-03-03", "2012-03-04", "2012-03-05"]  # plain values untouched
        if rows == "events":
            assert col["mention_count"] == ["1", "1", "1"]
            assert col["sentences"][0] == "'=HYPERLINK(\"http://x\",\"y\") was posted on March 3, 2012."
        else:
            text = art.read_text(encoding="utf-8")
            assert col["char_start"] == [str(text.index(f"March {d}, 2012")) for d in (3, 4, 5)]


# --- Markdown, TimelineJS ------------------------------------------------------

def test_markdown(outputs, seed_json):
    md = outputs["markdown"]
    events = seed_json["events"]
    bullets = [line for line in md.splitlines() if line.startswith("- **")]
    assert len(bullets) == len(events)
    heads = re.findall(r"^## (.+)$", md, re.M)
    assert heads == list(dict.fromkeys(period_heading(e["granularity"], e["start"]) for e in events)) + ["Sources"]
    sources = re.findall(r"^(\d+)\. `([^`]+)`", md, re.M)
    assert sources == [(str(i), s["id"]) for i, s in enumerate(seed_json["sources"], start=1)]
    ecowas = next(b for b in bullets if "ECOWAS" in b)
    assert ecowas.startswith("- **Tue 27 Mar 2012** (day): ") and ecowas.endswith(r"\[4\]")
    assert md.count("**Sources disagree** on ") == sum(len(e["conflicts"]) for e in events) > 0
    wide = cli("timeline", str(SEEDS), "-f", "markdown", "--wide").stdout
    quoted = [line for line in wide.splitlines() if line.startswith("  - \\[")]
    assert len(quoted) == sum(len({(m["source"], m["sentence"]) for m in e["mentions"]}) for e in events)


def test_timelinejs(outputs, seed_json):
    doc = json.loads(outputs["timelinejs"])
    assert doc["title"]["text"]["headline"] == "Chronology"
    slides, events = doc["events"], seed_json["events"]
    assert [s["unique_id"] for s in slides] == [e["id"] for e in events]
    titles = {s["id"]: s["title"] for s in seed_json["sources"]}
    for s, e in zip(slides, events):
        start = date.fromisoformat(e["start"])
        sd = s["start_date"]
        assert sd["year"] == start.year and all(isinstance(v, int) for v in sd.values())
        if e["granularity"] in ("day", "partofday", "time") and e["start"] == e["end"]:
            assert (sd["month"], sd["day"]) == (start.month, start.day) and "end_date" not in s
        if e["granularity"] == "month":
            assert sd == {"year": start.year, "month": start.month}
        spans = not covers_own_interval(e["date"], e["start"], e["end"]) or e["granularity"] in (
            "week", "season", "quarter", "half", "decade", "century")
        if spans:  # it ends where the event ends

            end = date.fromisoformat(e["end"])
            assert s["end_date"] in ({"year": end.year}, {"year": end.year, "month": end.month, "day": end.day})
        else:
            assert "end_date" not in s
        assert s["display_date"] == date_label(e["date"], e["start"], e["end"])
        headline = s["text"]["headline"]
        assert e["summary"].startswith(headline.rstrip("…"))
        for src in e["sources"]:  # every source is named in the text
            assert titles[src].replace("'", "&#x27;") in s["text"]["text"]
        assert s["group"] in ("Day", "Week", "Month", "Part of a year", "Year", "Decade or longer")
    ecowas = next(s for s in slides if "ECOWAS" in s["text"]["headline"])
    assert ecowas["start_date"] == {"year": 2012, "month": 3, "day": 27} and ecowas["group"] == "Day"
    assert '<a href="https://p.dw.com/p/14S3q">Mali junta told to leave</a>' in ecowas["text"]["text"]


# --- filters on every format ----------------------------------------------------

def count_events(fmt: str, text: str) -> int:
    """How many events a format's output holds, read the way its users read it."""
    if fmt == "json":
        return len(json.loads(text)["events"])
    if fmt == "jsonl":
        return len(text.splitlines())
    if fmt == "csv":
        return len(list(csv.DictReader(io.StringIO(text))))
    if fmt == "markdown":
        return sum(1 for line in text.splitlines() if line.startswith("- **"))
    if fmt == "timelinejs":
        return len(json.loads(text)["events"])
    if fmt == "html":
        return text.count('<article class="event')
    m = re.match(r"\s*Chronology: (\d+) events?\b", text)
    assert m
    return int(m.group(1))


def expected_after(events, since=None, until=None, min_sources=0, grep=(), source=None):
    out = []
    for e in events:
        if since and e["end"] < since or until and e["start"] > until:
            continue
        if len(e["sources"]) < min_sources:
            continue
        text = " ".join([e["summary"], *(m["sentence"] for m in e["mentions"])]).lower()
        if any(g.lower() not in text for g in grep):
            continue
        if source and source not in e["sources"]:
            continue
        out.append(e)
    return out


@pytest.mark.parametrize("fmt", FORMATS)
def test_filters_apply_to_every_format(fmt, seed_json):
    ev = seed_json["events"]
    want = expected_after(ev, since="2012-03-21", until="2012-03-31", min_sources=2)
    p = cli("timeline", str(SEEDS), "-f", fmt, "--since", "2012-03-21", "--until", "2012-03", "--min-sources", "2")
    assert p.returncode == 0 and 0 < count_events(fmt, p.stdout) == len(want) < len(ev)
    want = expected_after(ev, grep=["ECOWAS"])
    p = cli("timeline", str(SEEDS), "-f", fmt, "--grep", "ecowas")
    assert count_events(fmt, p.stdout) == len(want) == 1 and "ECOWAS" in p.stdout


def test_filter_values_on_json(seed_json):
    ev = seed_json["events"]
    for args, kw in ((["--until", "2011"], {"until": "2011-12-31"}),
                     (["--since", "2012-04-01"], {"since": "2012-04-01"}),
                     (["--source", "002_62d538e30721de12.txt"], {"source": "002_62d538e30721de12.txt"}),
                     (["--source", str(SEEDS / "002_62d538e30721de12.txt")], {"source": "002_62d538e30721de12.txt"})):
        got = json.loads(cli("timeline", str(SEEDS), "-f", "json", *args).stdout)["events"]
        assert [e["id"] for e in got] == [e["id"] for e in expected_after(ev, **kw)] != []
    assert all(e["start"] <= "2011-12-31" for e in expected_after(ev, until="2011-12-31"))


@pytest.mark.parametrize("args,message", [
    (["--since", "last week"], "--since: 'last week' is not a date"),
    (["--until", "2012-13"], "--until: '2012-13' is not a date"),
    (["--since", "2012-04", "--until", "2012-03"], "--since 2012-04 is after --until 2012-03"),
    (["--source", "nope.txt"], "--source nope.txt: no article has this id or path"),
    (["-f", "json", "--excel"], "--excel applies to --format csv only"),
    (["-f", "json", "--rows", "mentions"], "--rows applies to --format csv only"),
    (["-f", "csv", "--rows", "sentences"], "--rows must be events or mentions"),
    (["-f", "csv", "--wide"], "--wide applies to --format table or markdown only"),
])
def test_option_errors_exit_2(args, message):
    p = cli("timeline", str(SEEDS), *args)
    assert p.returncode == 2 and p.stdout == ""
    assert p.stderr.strip().splitlines()[-1].startswith(f"maliclock: {message}")


# --- -o ------------------------------------------------------------------------

def test_output_suffix_picks_the_format_and_inputs_are_refused(tmp_path):
    out = tmp_path / "mali.html"
    assert cli("timeline", str(SEEDS), "-o", str(out)).returncode == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("It began on March 3, 2012.", encoding="utf-8")
    manifest = folder / "sources.csv"
    manifest.write_text("file,published\na.txt,2012-03-04\n", encoding="utf-8")
    link = tmp_path / "hard.txt"
    os.link(folder / "a.txt", link)
    for target, extra in ((manifest, []), (link, []), (folder / "b.md", []),
                          (tmp_path / "m.csv", ["--manifest", str(tmp_path / "m.csv")])):
        if extra:
            (tmp_path / "m.csv").write_text("file,published\n", encoding="utf-8")
        p = cli("timeline", str(folder), *extra, "-f", "csv", "-o", str(target))
        assert p.returncode == 2 and "refusing to write over an input" in p.stderr, target
    assert manifest.read_text(encoding="utf-8") == "file,published\na.txt,2012-03-04\n"
    assert (folder / "a.txt").read_text(encoding="utf-8") == "It began on March 3, 2012."


# --- TimeML ------------------------------------------------------------------------

@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_extract_timeml_parses_back_to_the_same_spans(path):
    tml = cli("extract", str(path), "-f", "timeml").stdout
    ET.fromstring(tml.split("?>", 1)[1])  # well-formed XML
    doc = parse_timeml(tml)
    jl = json.loads(cli("extract", str(path), "-f", "jsonl").stdout)
    article = next(iter(Reader().read([str(path)])))
    assert doc.text == article.text
    assert doc.dct == date.fromisoformat(jl["published"])
    kept, end = [], -1
    for t in sorted(jl["timexes"], key=lambda t: (t["start"], t["end"])):
        if t["start"] >= end:  # nested expressions cannot be inline tags; the outer one is written
            kept.append(t)
            end = t["end"]
    assert [(g.start, g.end, g.text, g.type, g.value) for g in doc.timexes] == [
        (t["start"], t["end"], t["text"], t["type"], t["value"]) for t in kept]
    assert len(kept) >= 5


@pytest.mark.parametrize("filters", [[], ["--since", "2012-03-21", "--until", "2012-03"], ["--grep", "no such words"]])
def test_json_written_event_by_event_equals_dumping_the_whole_document(filters, tmp_path):
    # write_json streams the document; its bytes must be those of dumping the whole model at once,
    # with events, with filters recorded in meta, and with no event at all (an empty list)
    from maliclock.models import TimelineOut
    from maliclock.render.text import dump_json, write_json

    (tmp_path / "x.txt").write_text("Nothing dated here.", encoding="utf-8")
    res = CliRunner().invoke(app, ["timeline", str(SEEDS), str(tmp_path), "--format", "json", *filters])
    assert res.exit_code == 0, res.output
    tl = TimelineOut.model_validate_json(res.stdout)
    buf = io.StringIO()
    write_json(tl, buf)
    assert buf.getvalue() == dump_json(tl.model_dump(mode="json")) == res.stdout
    assert (len(tl.events) == 0) == (filters == ["--grep", "no such words"])


def test_indented_writer_gives_the_bytes_of_json_dumps():
    # render.text.indented replaces json.dumps(..., ensure_ascii=False, indent=2): the same bytes
    import json as _json
    import random

    from maliclock.render.text import dump_json, indented, json_list_item

    rng = random.Random(7)
    atoms = ["", "a", "é", "Mali’s \"coup\"\n\t\\", "\u2028\x00\x1f", "😀", 0, -1, 10**20, 1.5, -0.0, 1e-300,
             float("nan"), float("inf"), float("-inf"), True, False, None]

    def doc(depth: int) -> object:
        r = rng.random()
        if depth == 0 or r < 0.35:
            return rng.choice(atoms)
        if r < 0.65:
            return [doc(depth - 1) for _ in range(rng.randint(0, 4))]
        if r < 0.75:
            return tuple(doc(depth - 1) for _ in range(rng.randint(0, 3)))
        keys = ["id", "é", "", "a\"b", 3, 2.5, True, None]
        return {rng.choice(keys): doc(depth - 1) for _ in range(rng.randint(0, 4))}

    for _ in range(3000):
        d = doc(5)
        expected = _json.dumps(d, ensure_ascii=False, indent=2)
        assert indented(d) == expected
        assert indented(d, "    ") == expected.replace("\n", "\n    ")
        assert dump_json(d) == expected + "\n"
        assert json_list_item(d) == "  " + expected.replace("\n", "\n  ")
    with pytest.raises(TypeError):
        indented({"a": object()})


def test_spool_puts_texts_and_values_aside_and_reads_them_back():
    from maliclock.spool import Spool

    spool = Spool()
    refs = [spool.text("Mali’s coup\n"), spool.value((frozenset({"bamako"}), None)), spool.text("")]
    assert [r.load() for r in reversed(refs)] == ["", (frozenset({"bamako"}), None), "Mali’s coup\n"]
    assert (refs[0].at, refs[0].size) == (0, len("Mali’s coup\n".encode("utf-8")))
    spool.close()


def test_extract_keeps_records_on_disk_not_in_memory(tmp_path):
    from functools import partial

    from conftest import SEEDS
    from corpus_gen import write_jsonl
    from maliclock.pipeline import Options
    from maliclock.read import Reader
    from maliclock.render.model import extract_tail
    from maliclock.spool import Spooled
    from maliclock.stream import run

    write_jsonl(tmp_path, 30, files=1, seed=3, undated=0.3)
    reader = Reader()
    render = partial(extract_tail, indent=False)
    done, _ = run(reader.read([str(tmp_path), str(SEEDS)]), lambda: reader.problems, Options(), 1,
                  statements=False, render=render)
    spooled = [pa for pa in done if isinstance(pa.rendered, Spooled)]
    inline = [pa for pa in done if isinstance(pa.rendered, str)]  # dated across articles, rendered last
    assert len(spooled) + len(inline) == len(done) == 35 and spooled and inline
    assert all(pa.record().startswith('{"published": ') for pa in done)
