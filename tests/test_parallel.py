"""--workers: the same bytes for any number of processes; JSON Lines read as a stream."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT, SEEDS
from maliclock import parallel
from maliclock.cli import app

sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import write_corpus  # noqa: E402


def _run(*args: str) -> str:
    res = CliRunner().invoke(app, list(args))
    assert res.exit_code == 0, res.output
    return res.stdout


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("gen") / "corpus.jsonl"
    n, size = write_corpus(path, 0.12, seed=7)
    assert n > 40 and size >= 120_000
    return path


@pytest.fixture
def small_chunks(monkeypatch) -> None:
    monkeypatch.setattr(parallel, "CHUNK", 1)  # so that even the five seeds go to the workers


@pytest.mark.parametrize("command,fmt", [("timeline", "json"), ("extract", "json"), ("extract", "jsonl")])
def test_two_workers_write_the_same_bytes_on_the_seeds(small_chunks, command: str, fmt: str) -> None:
    # the seeds twice: repeated ids must be renamed the same way
    args = [command, str(SEEDS), str(SEEDS), "--format", fmt]
    one = _run(*args, "--workers", "1")
    assert one == _run(*args, "--workers", "2")
    if command == "timeline":
        assert {s["id"] for s in json.loads(one)["sources"]} >= {"000_e3d3dfdbd0cd5ab7.txt",
                                                                 "000_e3d3dfdbd0cd5ab7.txt#2"}


@pytest.mark.parametrize("command,fmt", [("timeline", "json"), ("extract", "json"), ("extract", "timeml")])
def test_two_workers_write_the_same_bytes_on_a_generated_corpus(small_chunks, corpus: Path, command: str,
                                                               fmt: str) -> None:
    one = _run(command, str(corpus), "--format", fmt, "--workers", "1")
    assert one == _run(command, str(corpus), "--format", fmt, "--workers", "2")
    assert len(one) > 10_000


def test_process_all_keeps_the_order_and_falls_back_for_few_items() -> None:
    items = list(range(200))
    assert list(parallel.process_all(divmod, items, 2, 7)) == [divmod(i, 7) for i in items]
    assert list(parallel.process_all(divmod, items[:3], 2, 7)) == [divmod(i, 7) for i in items[:3]]


def test_jsonl_is_read_line_by_line(tmp_path: Path) -> None:
    from maliclock.read import Reader

    path = tmp_path / "a.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "x", "text": "On May 2.\\u2028"}\r\n\n{"id": "y", "text": "caf\xe9"}\n'
                     b'not json\n')
    reader = Reader()
    arts = reader.read([str(path)])
    first = next(arts)
    assert (first.id, first.text) == ("x", "On May 2.\u2028")
    rest = list(arts)
    assert [(a.id, a.text) for a in rest] == [("y", "café")]
    assert [p.line() for p in reader.problems] == [f"maliclock: {path}:4: not valid JSON (Expecting value)"]



def _prepare_everything_first(inputs: list[str], opts) -> tuple[str, list[str]]:
    """The chronology and warnings as the pipeline made them before streaming: every article prepared
    and held, then dated, then processed."""
    from maliclock import merge
    from maliclock.pipeline import Result, prepare_corpus, problem_order, process, unresolved_problems
    from maliclock.render.model import timeline_out

    prepared, problems = prepare_corpus(inputs, opts)
    res = Result()
    res.articles = [process(p, opts.date_order) for p in sorted(prepared, key=lambda p: (p.article.id, p.article.path))]
    problems += [q for pa in res.articles for q in unresolved_problems(pa)]
    res.problems = sorted(problems, key=problem_order)
    res.events = merge.chronology([s for pa in res.articles for s in pa.statements])
    return timeline_out(res, {}).model_dump_json(), [q.line() for q in res.problems]


@pytest.mark.parametrize("workers", [1, 2])
def test_streamed_run_equals_preparing_everything_first(small_chunks, tmp_path: Path, workers: int) -> None:
    # undated articles placed from the others, repeated ids, and articles dated by a manifest
    from corpus_gen import write_jsonl
    from maliclock.pipeline import Options, run_timeline
    from maliclock.render.model import timeline_out

    write_jsonl(tmp_path, 60, files=2, seed=3, undated=0.3)
    (tmp_path / "again.jsonl").write_text((tmp_path / "part-000.jsonl").read_text(encoding="utf-8").split("\n", 1)[0]
                                          + "\n", encoding="utf-8")
    inputs = [str(tmp_path), str(SEEDS)]
    opts = Options()
    res = run_timeline(inputs, opts, workers=workers)
    got = timeline_out(res, {}).model_dump_json(), [q.line() for q in res.problems]
    expected = _prepare_everything_first(inputs, opts)
    assert got == expected
    bases = [s.article.published_basis for s in res.articles]
    assert bases.count("inferred") >= 10 and bases.count("jsonl") >= 30 and bases.count("manifest") == 5
    ids = [pa.article.id for pa in res.articles]
    assert len(set(ids)) == len(ids) and any(i.endswith("#2") for i in ids)
    assert all(pa.article.text == "" for pa in res.articles)  # texts are not kept


@pytest.mark.parametrize("workers", [1, 2])
def test_extract_without_statements_dates_and_resolves_as_the_timeline_run(small_chunks, tmp_path: Path,
                                                                          workers: int) -> None:
    # extract builds only the clauses that place other articles (its anchors), and only once all are read
    # and some article is undated, never full statements; dates and values must be those of the run
    # that builds every statement, repeated ids included
    from corpus_gen import write_jsonl
    from maliclock.pipeline import Options
    from maliclock.read import Reader
    from maliclock.stream import run

    write_jsonl(tmp_path, 60, files=2, seed=3, undated=0.3)
    (tmp_path / "again.jsonl").write_text((tmp_path / "part-000.jsonl").read_text(encoding="utf-8").split("\n", 1)[0]
                                          + "\n", encoding="utf-8")
    inputs = [str(tmp_path), str(SEEDS)]

    def go(statements: bool) -> list:
        reader = Reader()
        out, _ = run(reader.read(inputs), lambda: reader.problems, Options(), workers, statements=statements)
        return out

    full, lean = go(True), go(False)
    assert [(p.article.id, p.article.published, p.article.published_basis) for p in lean] == \
        [(p.article.id, p.article.published, p.article.published_basis) for p in full]
    assert [[(t.start, t.end, t.value, t.inferred, t.value_range) for t in p.timexes] for p in lean] == \
        [[(t.start, t.end, t.value, t.inferred, t.value_range) for t in p.timexes] for p in full]
    assert sum(p.article.published_basis == "inferred" for p in lean) >= 10
    assert any(p.article.id.endswith("#2") for p in lean)
    assert all(p.statements == [] for p in lean) and sum(len(p.statements) for p in full) > 100


def test_written_records_date_undated_articles_as_the_timeline_run(tmp_path: Path) -> None:
    # extract renders each dated article's record where it is processed and puts its text aside without the
    # names it mentions, found only when some article turns out undated: the dates must not change
    import json as _json
    from functools import partial

    from corpus_gen import write_jsonl
    from maliclock.pipeline import Options
    from maliclock.read import Reader
    from maliclock.render.model import extract_tail
    from maliclock.stream import run

    write_jsonl(tmp_path, 60, files=2, seed=3, undated=0.3)
    inputs = [str(tmp_path), str(SEEDS)]
    reader = Reader()
    full, _ = run(reader.read(inputs), lambda: reader.problems, Options(), 1, statements=True)
    reader = Reader()
    written, _ = run(reader.read(inputs), lambda: reader.problems, Options(), 1, statements=False,
                     render=partial(extract_tail, indent=False))
    assert [(p.article.id, p.article.published, p.article.published_basis) for p in written] == \
        [(p.article.id, p.article.published, p.article.published_basis) for p in full]
    # each record as written says so too
    assert [_json.loads(p.rendered if isinstance(p.rendered, str) else p.rendered.load())["published"]
            for p in written] == [p.article.published and p.article.published.isoformat() for p in full]
    assert sum(p.article.published_basis == "inferred" for p in written) >= 10


def test_only_dated_articles_on_an_undated_ones_story_have_their_anchors_built() -> None:
    # same_topic: three shared names, or every name of the one that names fewer
    from datetime import date

    from maliclock.read import Article
    from maliclock.stream import _topical

    def item(names: set[str]) -> tuple:
        return Article("x", "", "x"), None, frozenset(names)

    texts = {"b": item({"Bamako", "Sanogo", "Toure", "Keita"}), "a": item({"Kyiv", "Zelensky"}),
             "c": item({"Bamako"}), "d": item(set())}
    texts.update((f"z{i:02d}", item({"Lima", f"N{i}"})) for i in range(20))
    undated = [frozenset({"Sanogo", "Toure", "Bamako", "Mopti"}), frozenset({"Bamako", "Gao"})]
    assert _topical(texts, undated) == ["b", "c"]  # "c" names only Bamako, which the second names
    assert _topical(texts, []) == []
    # with one undated article to fewer than ten dated ones, every dated article is kept
    assert _topical({k: texts[k] for k in "abcd"}, undated) == ["a", "b", "c", "d"]


def test_the_corpus_script_keeps_an_existing_file_unless_forced(tmp_path: Path, capsys) -> None:
    import corpus as C

    out = tmp_path / "c.jsonl"
    out.write_text("mine\n")
    with pytest.raises(SystemExit) as exc:
        C.main([str(out), "0.02"])
    assert exc.value.code == 2 and out.read_text() == "mine\n"
    assert "exists (give --force to replace it)" in capsys.readouterr().err
    C.main([str(out), "0.02", "--force"])
    lines = out.read_text().splitlines()
    assert len(lines) == 6 and all(json.loads(x)["text"] for x in lines)
