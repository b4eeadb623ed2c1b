"""Bad inputs beside good ones: each bad one named on one stderr line, exit 1, the good ones still read.

The committed corpus is ``fixtures/bad`` (small files in odd encodings, empty,
binary, NUL bytes, CR and CRLF line ends, a JSON Lines file with bad lines, a
manifest with bad rows). Cases that cannot be committed (link loops, FIFOs,
10,000 files, a 10 MB line) are made here in a temporary folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES
from maliclock.read import Reader, decode

BAD = FIXTURES / "bad"
ENV = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}


def run(*args: str, stdin: str | bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    p = subprocess.run([sys.executable, "-m", "maliclock", *args], capture_output=True, input=data, env=ENV,
                       timeout=300, cwd=cwd)
    return subprocess.CompletedProcess(p.args, p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8"))


# every line maliclock writes to stderr for fixtures/bad, sorted by input and line
EXPECTED_STDERR = [
    "bad_bom.txt: starts with a UTF-8 byte-order mark but is not UTF-8 (byte 12)",
    "binary.txt: binary file (not text)",
    "blank.txt: only whitespace",
    "control.txt: binary file (not text in UTF-8, UTF-16 or Windows-1252)",
    "empty.txt: empty",
    "nul.txt: 2 NUL character(s) in the text, kept so that offsets stay exact",
    "sources.csv:3: invalid date 'March 26 2012' (expected YYYY-MM-DD)",
    "sources.csv:4: invalid date '2012-02-30' (no such day)",
    "sources.csv:5: manifest row has no file name",
    "utf32.txt: UTF-32 text is not supported (save it as UTF-8)",
    "wire.jsonl:2: not valid JSON (Expecting property name enclosed in double quotes)",
    "wire.jsonl:3: JSON line has no 'text' string",
    "wire.jsonl:4: JSON line has no 'text' string",
    "wire.jsonl:5: not valid JSON (too deeply nested or a number too long)",
    "wire.jsonl:6: field 'published': invalid date '2012-02-30' (no such day)",
    "wire.jsonl:7: JSON line has no 'text' string",
]

# the good articles and what must come out of each: source id, encoding, event date, summary
GOOD = [
    ("utf8.txt", "utf-8", "2012-03-03", "Talks with Amadou Touré opened in Bamako, in a “calm” mood."),
    ("utf8_bom.txt", "utf-8-sig", "2012-03-04", "The junta’s leader toured Kati."),
    ("utf16.txt", "utf-16", "2012-03-05", "Mediators from Burkina Faso landed in Bamako, said Touré."),
    ("cp1252.txt", "cp1252", "2012-03-06", "The café owners protested against “the curfew”."),
    ("crlf.txt", "utf-8", "2012-03-07", "Farmers marched to the ministry."),
    ("cr.txt", "utf-8", "2012-03-08", "Students blocked the bridge."),
    ("nul.txt", "utf-8", "2012-03-09", "Pilots went on strike.\x00\x00 The airport closed."),
    ("wire-ok", "utf-8", "2012-03-10", "Doctors opened a clinic in Gao."),
    ("wire-baddate", "utf-8", "2012-03-13", "Traders closed the market."),
]


@pytest.fixture(scope="module")
def bad_run():
    return run("timeline", str(BAD), "--format", "json")


def test_bad_corpus_exit_code_and_one_line_per_problem(bad_run):
    assert bad_run.returncode == 1
    assert bad_run.stderr.splitlines() == [f"maliclock: {BAD}/{line}" for line in EXPECTED_STDERR]
    assert "Traceback" not in bad_run.stderr


def test_bad_corpus_good_articles_all_in_the_chronology(bad_run):
    out = json.loads(bad_run.stdout)
    events = [(e["sources"], e["date"], e["summary"]) for e in out["events"]]
    assert events == [([src], day, summary) for src, _, day, summary in GOOD]
    enc = {s["id"]: s["encoding"] for s in out["sources"]}
    for src, encoding, _, _ in GOOD:
        assert enc[src] == encoding
    # read but empty: listed as sources, with no events
    assert enc["empty.txt"] == "utf-8" and enc["blank.txt"] == "utf-8"
    assert out["warnings"] == [f"maliclock: {BAD}/{line}" for line in EXPECTED_STDERR]


def test_bad_corpus_offsets_index_the_decoded_text():
    arts = {a.id: a for a in Reader().read([str(BAD)])}
    p = run("extract", str(BAD), "--format", "jsonl")
    docs = {json.loads(line)["id"]: json.loads(line) for line in p.stdout.splitlines()}
    for src, encoding, day, _ in GOOD:
        doc = docs[src]
        assert doc["encoding"] == encoding
        text = arts[src].text
        [t] = [t for t in doc["timexes"] if t["value"] == day]
        assert text[t["start"]:t["end"]] == t["text"]
    assert arts["utf8.txt"].text.startswith("Talks with Amadou Touré")
    assert arts["cp1252.txt"].text == "The café owners protested on March 6, 2012 against “the curfew”.\n"
    assert arts["cr.txt"].text.count("\r") == 4  # line ends kept as read: offsets count them


def test_decode_each_encoding_and_refusals():
    assert decode("Touré “a”".encode("utf-16-be").join([b"\xfe\xff", b""])) == ("Touré “a”", "utf-16")
    assert decode("Touré".encode("latin-1")) == ("Touré", "cp1252")
    assert decode(b"caf\xe9 \x81") == ("café \x81", "latin-1")  # 0x81 is undefined in Windows-1252
    for data, message in [
        (b"\xff\xfeA", "starts with a UTF-16 byte-order mark but is not UTF-16"),
        (b"\x00\x01\x02\x03" * 100, "binary file (not text)"),
        ("x".encode("utf-32-be"), "binary file (not text)"),
    ]:
        with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
            decode(data)


def test_manifest_missing_columns(tmp_path):
    (tmp_path / "a.txt").write_text("Guards fled on March 3, 2012.", encoding="utf-8")
    m = tmp_path / "m.csv"
    m.write_text("name,date\na.txt,2012-03-26\n", encoding="utf-8")
    p = run("timeline", str(tmp_path / "a.txt"), "--manifest", str(m), "--format", "json")
    assert p.returncode == 1
    assert p.stderr.splitlines() == [
        f"maliclock: {m}: manifest lacks the columns 'file' and 'published' (or 'filename', 'id', 'path')"]
    assert json.loads(p.stdout)["events"][0]["date"] == "2012-03-03"
    m.write_text("file,title\na.txt,Guards\n", encoding="utf-8")
    p = run("timeline", str(tmp_path / "a.txt"), "--manifest", str(m), "--format", "json")
    assert p.returncode == 1 and p.stderr.splitlines() == [f"maliclock: {m}: manifest lacks the column 'published'"]


def test_manifest_file_column_may_be_id_or_path(tmp_path):
    # what `maliclock sources --format csv` writes ("id", "path") is read back as a manifest
    (tmp_path / "a.txt").write_text("Guards fled on Monday.", encoding="utf-8")
    m = tmp_path / "m.csv"
    for header, name in (("id,published,title", "a.txt"), ("path,published", "/elsewhere/news/a.txt"),
                         ("Filename,Published", "a.txt")):
        m.write_text(f"{header}\n{name},2012-03-26{',Guards' if 'title' in header else ''}\n", encoding="utf-8")
        p = run("sources", str(tmp_path / "a.txt"), "--manifest", str(m), "--format", "json")
        assert p.returncode == 0 and p.stderr == "", header
        src = json.loads(p.stdout)[0]
        assert (src["published"], src["published_basis"]) == ("2012-03-26", "manifest"), header
    out = run("sources", str(tmp_path / "a.txt"), "--manifest", str(m), "--format", "csv").stdout
    m.write_text(out, encoding="utf-8")
    p = run("timeline", str(tmp_path / "a.txt"), "--manifest", str(m), "--format", "json")
    assert p.returncode == 0 and json.loads(p.stdout)["events"][0]["date"] == "2012-03-26"


def test_manifest_that_is_not_csv_or_missing(tmp_path):
    (tmp_path / "a.txt").write_text("Guards fled on March 3, 2012.", encoding="utf-8")
    m = tmp_path / "m.csv"
    m.write_text('file,published\n"a.txt' + "x" * 200_000 + '",2012-03-26\n', encoding="utf-8")
    p = run("timeline", str(tmp_path / "a.txt"), "--manifest", str(m), "--format", "json")
    assert p.returncode == 1
    assert p.stderr.splitlines() == [f"maliclock: {m}: manifest is not valid CSV: field larger than field limit "
                                     "(131072)"]
    p = run("timeline", str(tmp_path / "a.txt"), "--manifest", str(tmp_path / "none.csv"), "--format", "json")
    assert p.returncode == 1
    assert p.stderr.splitlines() == [f"maliclock: {tmp_path / 'none.csv'}: cannot read manifest: "
                                     "No such file or directory"]
    assert json.loads(p.stdout)["events"][0]["date"] == "2012-03-03"


def test_jsonl_odd_fields_are_not_fatal(tmp_path):
    f = tmp_path / "w.jsonl"
    rows = [{"id": 7, "title": ["x"], "url": {"a": 1}, "published": 20120326, "text": "Rain fell on March 3, 2012."},
            {"id": None, "text": "", "publisher": True},
            {"text": "Snow fell on\u2028March 4, 2012."}]
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n" + "1" * 5000 + "\n",
                 encoding="utf-8")
    p = run("timeline", str(f), "--format", "json")
    assert p.returncode == 1
    assert p.stderr.splitlines() == [
        f"maliclock: {f}:1: field 'published': invalid date '20120326' (expected YYYY-MM-DD)",
        f"maliclock: {f}:2: empty",
        f"maliclock: {f}:4: not valid JSON (too deeply nested or a number too long)",
    ]
    out = json.loads(p.stdout)
    assert [(s["id"], s["title"], s["url"], s["publisher"]) for s in out["sources"]] == [
        ("7", None, None, None), ("w.jsonl:2", None, None, None), ("w.jsonl:3", None, None, None)]
    assert [(e["date"], e["sources"]) for e in out["events"]] == [("2012-03-03", ["7"]), ("2012-03-04", ["w.jsonl:3"])]


def test_symlink_loops_and_broken_links(tmp_path):
    d = tmp_path / "corpus"
    (d / "sub").mkdir(parents=True)
    (d / "sub" / "a.txt").write_text("Guards fled on March 3, 2012.", encoding="utf-8")
    os.symlink("..", d / "sub" / "up")  # a folder loop
    os.symlink("x.txt", d / "x.txt")  # a file that points at itself
    os.symlink("nowhere.txt", d / "broken.txt")
    p = run("timeline", str(d), "--format", "json")
    assert p.returncode == 1
    assert p.stderr.splitlines() == [f"maliclock: {d}/broken.txt: no such file or folder",
                                     f"maliclock: {d}/x.txt: cannot read: symbolic link loop"]
    out = json.loads(p.stdout)
    assert [s["id"] for s in out["sources"]] == ["sub/a.txt"]
    assert [e["date"] for e in out["events"]] == ["2012-03-03"]
    p = run("timeline", str(d / "x.txt"), str(d / "sub" / "a.txt"), "--format", "json")
    assert p.returncode == 1 and p.stderr.splitlines() == [f"maliclock: {d}/x.txt: cannot read: symbolic link loop"]


def test_fifo_and_folder_named_like_a_file(tmp_path):
    (tmp_path / "a.txt").write_text("Guards fled on March 3, 2012.", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block for ever
    (tmp_path / "dir.txt").mkdir()
    p = run("timeline", str(tmp_path), "--format", "json")
    assert p.returncode == 1
    assert p.stderr.splitlines() == [f"maliclock: {tmp_path}/pipe.txt: not a regular file"]
    assert [e["date"] for e in json.loads(p.stdout)["events"]] == ["2012-03-03"]
    p = run("timeline", str(tmp_path / "pipe.txt"), str(tmp_path / "a.txt"), "--format", "json")
    assert p.returncode == 1
    assert p.stderr.splitlines() == [f"maliclock: {tmp_path}/pipe.txt: not a regular file or folder"]


def test_unreadable_file_is_named_and_others_read(tmp_path, monkeypatch):
    good, bad = tmp_path / "a.txt", tmp_path / "b.txt"
    good.write_text("Guards fled on March 3, 2012.", encoding="utf-8")
    bad.write_text("Secret on March 4, 2012.", encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "b.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    r = Reader()
    assert [a.id for a in r.read([str(tmp_path)])] == ["a.txt"]
    assert [p.line() for p in r.problems] == [f"maliclock: {bad}: cannot read: Permission denied"]


def test_unreadable_file_by_permissions(tmp_path):
    # a real chmod: root reads through it, anyone else gets the message
    good, bad = tmp_path / "a.txt", tmp_path / "b.txt"
    good.write_text("Guards fled on March 3, 2012.", encoding="utf-8")
    bad.write_text("Secret on March 4, 2012.", encoding="utf-8")
    bad.chmod(0)
    p = run("timeline", str(tmp_path), "--format", "json")
    days = [e["date"] for e in json.loads(p.stdout)["events"]]
    if os.geteuid() == 0:
        assert (p.returncode, p.stderr, days) == (0, "", ["2012-03-03", "2012-03-04"])
    else:
        assert p.returncode == 1 and days == ["2012-03-03"]
        assert p.stderr.splitlines() == [f"maliclock: {bad}: cannot read: Permission denied"]


def test_ten_thousand_files_in_a_folder(tmp_path):
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    for i in range(10_000):
        m, d = i % 12, i % 28 + 1
        team = "".join("bcdfghjklmnpqrstvwxz"[(i // 20 ** k) % 20] for k in range(4))  # not a word or number
        (tmp_path / f"a{i:05d}.txt").write_text(f"Team {team} met on {months[m]} {d}, 2011.\n", encoding="utf-8")
    # a date for all: inferring 10,000 publication dates is a different (and slower) job
    p = run("timeline", str(tmp_path), "--format", "json", "--pub-date", "2012-03-26")
    assert p.returncode == 0 and p.stderr == ""
    out = json.loads(p.stdout)
    assert len(out["sources"]) == 10_000
    mentions = sorted((m["source"], m["value"]) for e in out["events"] for m in e["mentions"])
    assert mentions == sorted((f"a{i:05d}.txt", f"2011-{i % 12 + 1:02d}-{i % 28 + 1:02d}") for i in range(10_000))


def test_ten_megabyte_single_line(tmp_path):
    # one line, no newline, no sentence end: long tokens with dated phrases at the start, middle and end
    filler = ("x" * 999 + " ") * 5_000
    text = "Troops left on March 3, 2012 " + filler + "rebels came on April 4, 2012 " + filler + "ending May 5, 2012"
    assert len(text) > 10_000_000 and "\n" not in text
    f = tmp_path / "long.txt"
    f.write_text(text, encoding="utf-8")
    p = run("extract", str(f), "--format", "jsonl")
    assert p.returncode == 0 and p.stderr == ""
    timexes = json.loads(p.stdout)["timexes"]
    assert [(t["text"], t["value"]) for t in timexes] == [
        ("March 3, 2012", "2012-03-03"), ("April 4, 2012", "2012-04-04"), ("May 5, 2012", "2012-05-05")]
    for t in timexes:
        assert text[t["start"]:t["end"]] == t["text"]


def test_stdin_with_odd_bytes():
    p = run("extract", "-", "--format", "jsonl", stdin=b"\xff\xfe" + "Fire on March 3, 2012.".encode("utf-16-le"))
    doc = json.loads(p.stdout)
    assert (p.returncode, doc["encoding"], doc["timexes"][0]["value"]) == (0, "utf-16", "2012-03-03")
    p = run("extract", "-", "--format", "jsonl", stdin=b"\x00\x01" * 300)
    assert p.returncode == 1 and p.stderr.splitlines() == ["maliclock: -: binary file (not text)"]
    assert p.stdout == ""


def test_nothing_in_the_input_is_executed_or_written_to(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    hostile = ["__import__('os').system('touch pwned1')", "$(touch pwned2)", "`touch pwned3`", "{{7*7}} %s %n",
               "=cmd|'/c calc'!A1", "<script>x</script>", "&lt;TIMEX3&gt;"]
    rows = [{"id": f"../../{h}", "title": h, "url": f"file:///{h}", "published": "2012-03-26",
             "text": f"{h} happened on March 3, 2012."} for h in hostile]
    src = work / "w.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    (work / "sources.csv").write_text("file,published\n../../evil.txt,2012-03-26\n/tmp/evil.txt,2012-03-26\n",
                                      encoding="utf-8")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    for fmt in ("json", "csv", "jsonl", "table"):
        p = run("timeline", str(src), "--format", fmt, cwd=work)
        assert p.returncode == 0, p.stderr
    p = run("extract", str(src), "--format", "timeml", cwd=work)
    assert p.returncode == 0 and "<script>" not in p.stdout and "&lt;script&gt;" in p.stdout
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
    out = json.loads(run("timeline", str(src), "--format", "json", cwd=work).stdout)
    assert sorted(s["id"] for s in out["sources"]) == sorted(f"../../{h}" for h in hostile)
    assert not Path("/tmp/evil.txt").exists()


def test_timeml_front_matter_and_empty_folder_messages(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "bad.tml").write_text("<TimeML><DCT>2012-03-26</DCT></TimeML>", encoding="utf-8")
    (d / "fm.md").write_text("---\npublished: 2012-13-45\n---\nGuards fled on March 3, 2012.\n", encoding="utf-8")
    (tmp_path / "none").mkdir()
    (tmp_path / "none" / "notes.pdf").write_bytes(b"%PDF")
    p = run("timeline", str(d), str(tmp_path / "none"), "--format", "json")
    assert p.returncode == 1
    assert p.stderr.splitlines() == [
        f"maliclock: {d}/bad.tml: not valid TimeML: no <TEXT> element",
        f"maliclock: {d}/fm.md: front matter: invalid date '2012-13-45' (no such day)",
        f"maliclock: {tmp_path}/none: folder holds no .txt, .md, .jsonl, .tml or .html files",
    ]
    out = json.loads(p.stdout)
    assert [(s["id"], s["published_basis"]) for s in out["sources"]] == [("fm.md", "inferred")]  # not the bad date
    assert [e["date"] for e in out["events"]] == ["2012-03-03"]
    p = run("timeline", str(tmp_path / "none"), "--format", "json")
    assert p.returncode == 0 and json.loads(p.stdout)["events"] == []


def test_unreadable_subfolder_is_named_and_others_read(tmp_path, monkeypatch):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text("Guards fled on March 3, 2012.", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text("Secret on March 4, 2012.", encoding="utf-8")
    real = os.scandir

    def scandir(path=None):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    r = Reader()
    assert [a.id for a in r.read([str(tmp_path)])] == ["ok/a.txt"]
    assert [p.line() for p in r.problems] == [f"maliclock: {tmp_path}/locked: cannot read folder: Permission denied"]
