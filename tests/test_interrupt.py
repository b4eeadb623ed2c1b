"""Interrupted and concurrent runs: Ctrl-C exits 130 leaving no partial file; parallel runs do not mix."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SEEDS
from maliclock import cli

ENV = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
ARTICLE = ("Soldiers seized the state broadcaster on Wednesday, March 21, 2012, and the president fled. "
           "Talks will open in Abidjan on Tuesday. ") * 200  # about 25 KB


def _start(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "maliclock", *args], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_ctrl_c_while_reading_exits_130_and_keeps_the_earlier_file(tmp_path):
    out = tmp_path / "out.json"
    out.write_text("earlier output\n", encoding="utf-8")
    p = _start("timeline", "-", "--format", "json", "-o", str(out), "--pub-date", "2012-03-22")
    # more than a pipe holds: when the write returns, maliclock is running and reading its input
    p.stdin.write(ARTICLE.encode() * 8)
    p.stdin.flush()
    p.send_signal(signal.SIGINT)
    _, err = p.communicate(timeout=120)
    assert p.returncode == 130
    assert err.decode() == "maliclock: interrupted\n"
    assert out.read_text(encoding="utf-8") == "earlier output\n"
    assert _leftovers(tmp_path) == []


def test_ctrl_c_while_processing_leaves_no_file(tmp_path):
    out = tmp_path / "new.csv"
    p = _start("timeline", "-", "--format", "csv", "-o", str(out), "--pub-date", "2012-03-22")
    p.stdin.write(ARTICLE.encode() * 80)  # about 2 MB: many seconds of work
    p.stdin.close()
    time.sleep(0.3)
    p.send_signal(signal.SIGINT)
    p.wait(timeout=120)
    assert (p.returncode, p.stderr.read().decode()) == (130, "maliclock: interrupted\n")
    assert not out.exists() and _leftovers(tmp_path) == []


def test_interrupt_during_the_write_removes_the_temporary_file(tmp_path, monkeypatch):
    out = tmp_path / "t.json"
    out.write_text("earlier\n", encoding="utf-8")

    def interrupted_replace(src: str, dst: object) -> None:
        assert Path(src).read_text(encoding="utf-8") == "new\n"  # written in full before the rename
        raise cli.Interrupted()

    monkeypatch.setattr(cli.os, "replace", interrupted_replace)
    with pytest.raises(cli.Interrupted):
        cli._emit("new\n", out)
    assert out.read_text(encoding="utf-8") == "earlier\n" and _leftovers(tmp_path) == []


def test_two_runs_writing_different_outputs_at_once(tmp_path):
    expected = {}
    for fmt in ("json", "csv"):
        p = subprocess.run([sys.executable, "-m", "maliclock", "timeline", str(SEEDS), "--format", fmt],
                           capture_output=True, text=True, env=ENV, timeout=120)
        expected[fmt] = p.stdout
    procs = {fmt: _start("timeline", str(SEEDS), "--format", fmt, "-o", str(tmp_path / f"out.{fmt}"))
             for fmt in ("json", "csv")}
    for proc in procs.values():
        proc.stdin.close()
    for fmt, proc in procs.items():
        assert proc.wait(timeout=120) == 0
        assert (tmp_path / f"out.{fmt}").read_text(encoding="utf-8") == expected[fmt]
    assert json.loads(expected["json"])["events"]
    assert _leftovers(tmp_path) == []


def test_two_runs_writing_the_same_file_leave_one_whole_version(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The junta met on March 3, 2012.", encoding="utf-8")
    b.write_text("Rebels took Gao on March 31, 2012.", encoding="utf-8")
    out = tmp_path / "same.json"
    runs = {}
    for f in (a, b):
        p = subprocess.run([sys.executable, "-m", "maliclock", "timeline", str(f), "--format", "json"],
                           capture_output=True, text=True, env=ENV, timeout=120)
        runs[f.name] = p.stdout
    procs = [_start("timeline", str(f), "--format", "json", "-o", str(out)) for f in (a, b)]
    for proc in procs:
        proc.stdin.close()
    assert [proc.wait(timeout=120) for proc in procs] == [0, 0]
    assert out.read_text(encoding="utf-8") in runs.values()
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("target, message", [
    ("nofolder/out.json", "-o {t}: no such folder {d}"),
    ("", "-o {t}: is a folder"),
])
def test_exit_code_2_for_an_output_that_cannot_be_written(tmp_path, target, message):
    t = tmp_path / target if target else tmp_path
    p = subprocess.run([sys.executable, "-m", "maliclock", "timeline", str(SEEDS), "-o", str(t)],
                       capture_output=True, text=True, env=ENV, timeout=120)
    assert p.returncode == 2
    assert p.stderr == "maliclock: " + message.format(t=t, d=t.parent) + "\n"
