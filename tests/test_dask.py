"""The Dask engine gives byte for byte the single-process chronology (needs the dask extra, which CI installs).

One LocalCluster of 2 worker processes (1 thread each) serves the module; the
command line connects to it with ``--scheduler``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEEDS
import corpus_gen

import dask
import dask.bag as db
import dask.dataframe as dd
import distributed
import pandas as pd

from maliclock import dask_engine
from maliclock.pipeline import Options, run_timeline
from maliclock.render.model import timeline_out

ENV = {**os.environ, "NO_COLOR": "1"}


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                  silence_logs=40) as lc, distributed.Client(lc) as client:
        yield client


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "maliclock", "timeline", *args, "--format", "json"],
                          capture_output=True, text=True, env=ENV, timeout=600)


def both(scheduler, *inputs: str) -> tuple[subprocess.CompletedProcess[str], subprocess.CompletedProcess[str]]:
    single = cli(*inputs)
    dsk = cli(*inputs, "--engine", "dask", "--scheduler", scheduler.scheduler.address)
    return single, dsk


def test_seeds_byte_identical(scheduler):
    single, dsk = both(scheduler, str(SEEDS))
    assert single.returncode == 0 and dsk.returncode == 0, dsk.stderr
    assert dsk.stdout == single.stdout
    assert len(json.loads(dsk.stdout)["events"]) == len(json.loads(single.stdout)["events"]) >= 15  # a chronology, not an empty one
    assert "dask dashboard: http" in dsk.stderr


def _placed_by_others(doc: dict) -> tuple[int, int, int]:
    """(articles inferred, evidence from another article, evidence from the collection)."""
    ev = [e for s in doc["sources"] for e in s["evidence"]]
    return (sum(s["published_basis"] == "inferred" for s in doc["sources"]), sum(bool(e["source"]) for e in ev),
            sum(e["reason"].startswith("the collection:") for e in ev))


def test_dates_inferred_across_articles_byte_identical(scheduler, tmp_path):
    for f in SEEDS.glob("*.txt"):  # without the manifest: dates are inferred, some from the other articles
        (tmp_path / f.name).write_bytes(f.read_bytes())
    single, dsk = both(scheduler, str(tmp_path))
    assert dsk.stdout == single.stdout
    doc = json.loads(dsk.stdout)
    assert {s["published_basis"] for s in doc["sources"]} == {"inferred", "dateline"}
    inferred, from_others, _ = _placed_by_others(doc)
    assert inferred == 4 and from_others >= 4


def test_undated_generated_articles_placed_across_partitions_byte_identical(scheduler, tmp_path):
    """A third of 450 articles undated: the Dask engine places them from the others in blocks by
    event kind, over many partitions, and must give the single-process dates to the byte."""
    paths = corpus_gen.write_jsonl(tmp_path / "news", 450, files=3, seed=5, undated=0.33)
    with paths[2].open("a", encoding="utf-8") as f:  # an undated article repeating an id: renamed "#2"
        f.write(json.dumps({"id": "art-000003", "text": "Police arrested Kofi Diallo in Kelafo on Tuesday."}) + "\n")
    single, dsk = both(scheduler, str(tmp_path / "news"))
    assert single.returncode == dsk.returncode == 0
    assert dsk.stdout == single.stdout
    doc = json.loads(dsk.stdout)
    assert len(doc["sources"]) == 451
    undated = 1 + sum("published" not in r for r in corpus_gen.articles(450, seed=5, undated=0.33))
    inferred, from_others, from_collection = _placed_by_others(doc)
    assert undated == inferred == 166  # every undated article placed
    assert from_collection > 100 and from_others > 100  # by the collection, and by dated reports of the same happening
    assert next(s for s in doc["sources"] if s["id"] == "art-000003#2")["published_basis"] == "inferred"


def test_route_lines_partitions_up():
    from maliclock import dask_pubdate

    pairs = [(k % 40, k) for k in range(400)]
    bag = dask_pubdate.route(db.from_sequence(pairs, npartitions=7), 40)
    with dask.config.set(scheduler="sync"):
        parts = [d.compute() for d in bag.to_delayed()]
    assert len(parts) == 40
    assert [sorted(p) for p in parts] == [list(range(i, 400, 40)) for i in range(40)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """1,200 generated articles in 3 JSON Lines files, plus a repeated id, a bad line and a text file."""
    root = tmp_path_factory.mktemp("corpus")
    paths = corpus_gen.write_jsonl(root / "news", 1200, files=3, seed=7, undated=0)
    with paths[1].open("a", encoding="utf-8") as f:
        f.write("{not json\n")
        f.write(json.dumps({"id": "art-000005", "text": "The army seized the airport on Monday.",
                            "published": "2025-03-05"}) + "\n")
    (root / "news" / "extra").mkdir()
    (root / "news" / "extra" / "note.txt").write_text("Rebels attacked Kelafo on 4 March 2025.\n", encoding="utf-8")
    return root / "news"


def test_generated_corpus_byte_identical(scheduler, corpus):
    single, dsk = both(scheduler, str(corpus / "missing.jsonl"), str(corpus))
    assert single.returncode == dsk.returncode == 1  # the missing file and the bad JSON line
    assert dsk.stdout == single.stdout
    doc = json.loads(dsk.stdout)
    assert len(doc["sources"]) == 1202
    assert [s["id"] for s in doc["sources"]].count("art-000005#2") == 1
    assert sum(len(e["mentions"]) > 1 for e in doc["events"]) > 300
    assert sum(bool(e["conflicts"]) for e in doc["events"]) > 40
    assert sum(any(r.startswith("kept apart") for r in e["merge"]) for e in doc["events"]) > 80
    assert any("part-001.jsonl:401: not valid JSON" in w for w in doc["warnings"])  # 400 articles, then it
    assert doc["warnings"][0].endswith("missing.jsonl: no such file or folder")
    # stderr: the same problem lines, in the same order
    assert [ln for ln in dsk.stderr.splitlines() if "dashboard" not in ln] == single.stderr.splitlines()


def test_fsspec_url_reads_the_same_articles(scheduler):
    single = json.loads(cli(str(SEEDS)).stdout)
    url = json.loads(cli(SEEDS.as_uri(), "--engine", "dask", "--scheduler", scheduler.scheduler.address).stdout)
    assert url["events"] == single["events"]
    assert [(s["id"], s["published"], s["published_basis"]) for s in url["sources"]] == \
        [(s["id"], s["published"], s["published_basis"]) for s in single["sources"]]
    assert all(s["path"].startswith("file:///") for s in url["sources"])


def _events_json(tl) -> list:
    return tl.model_dump(mode="json")["events"]


def test_bag_and_dataframe_api(scheduler, tmp_path):
    records = corpus_gen.articles(150, seed=3)
    corpus_gen.write_jsonl(tmp_path, 150, files=1, seed=3)
    expected = _events_json(timeline_out(run_timeline([str(tmp_path)], Options()), {}))
    from_bag = dask_engine.timeline_from_bag(db.from_sequence(records, npartitions=4))
    assert _events_json(from_bag) == expected
    assert [s.id for s in from_bag.sources] == sorted(r["id"] for r in records)
    df = dd.from_pandas(pd.DataFrame(records), npartitions=3)
    assert _events_json(dask_engine.timeline_from_dataframe(df)) == expected


def test_a_failing_article_is_reported_and_skipped(monkeypatch):
    from maliclock import pipeline

    real = pipeline.prepare

    def flaky(article, date_order="MDY"):
        if "BOOM" in article.text:
            raise RuntimeError("boom")
        return real(article, date_order)

    monkeypatch.setattr(pipeline, "prepare", flaky)
    records = [{"id": "a", "text": "Soldiers staged a coup on 3 May 2025.", "published": "2025-05-04"},
               {"id": "b", "text": "BOOM on 4 May 2025.", "published": "2025-05-04"}]
    read = db.from_sequence([dask_engine.dask_read.article_from_record(r, (0, i)) for i, r in enumerate(records)])
    with dask.config.set(scheduler="sync"):  # in this process, where the patch applies
        res = dask_engine.timeline(read, dask_engine.Runner())
    assert [p.line() for p in res.problems] == [
        "maliclock: dask: article b: processing failed (RuntimeError: boom); article skipped"]
    assert [pa.article.id for pa in res.articles] == ["a"]
    assert [e.value for e in res.events] == ["2025-05-03"]
