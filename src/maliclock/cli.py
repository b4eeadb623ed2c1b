"""The ``maliclock`` command line: timeline, extract, sources, eval and schema.

Heavy modules are imported inside the commands so that ``--help`` starts fast.
Exit codes: 0 all inputs processed; 1 some inputs skipped or invalid (each
named on stderr); 2 usage error; 130 interrupted.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  help="Turn news articles into one dated, deduplicated chronology.")

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def _usage(msg: str) -> None:
    typer.echo(f"maliclock: {msg}", err=True)
    raise typer.Exit(EXIT_USAGE)


def _pub_date(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    from .read import parse_date

    try:
        return parse_date(value)
    except ValueError as e:
        _usage(f"--pub-date: {e}")
    return None


def _check_output(output: Optional[Path], inputs: List[str]) -> None:
    if output is None:
        return
    o = output.resolve()
    for i in inputs:
        if i == "-":
            continue
        p = Path(i).resolve()
        if o == p or (p.is_dir() and p in o.parents and
                      o.suffix.lower() in (".txt", ".md", ".jsonl", ".tml", ".html", ".htm")):
            _usage(f"-o {output}: refusing to write over an input")
    if output.is_dir():
        _usage(f"-o {output}: is a folder")


def _emit(text: str, output: Optional[Path], bom: bool = False) -> None:
    """Write to stdout, or atomically to ``output`` (temporary file then rename)."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    import tempfile

    folder = output.parent if str(output.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
            f.write(text)
        os.replace(tmp, output)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _report(problems) -> int:
    for p in problems:
        typer.echo(p.line(), err=True)
    return EXIT_SKIPPED if any(p.error for p in problems) else EXIT_OK


def _color(output: Optional[Path]) -> bool:
    return output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ


PubDate = typer.Option(None, "--pub-date", help="Publication date YYYY-MM-DD for the inputs named (overrides all else)")
Manifest = typer.Option(None, "--manifest", help="CSV with columns file,published[,title,publisher,url]")
DateOrder = typer.Option("MDY", "--date-order", help="How to read numeric dates like 03/04/2012: MDY or DMY")
Output = typer.Option(None, "-o", "--output", help="Write to this file (atomically) instead of stdout")
NoInfer = typer.Option(False, "--no-infer", help="Do not infer missing publication dates (leave them unknown)")


@app.command()
def timeline(
    inputs: List[str] = typer.Argument(..., help="Files, folders, .jsonl files, or - for stdin"),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json, jsonl or csv"),
    output: Optional[Path] = Output,
    pub_date: Optional[str] = PubDate,
    manifest: Optional[Path] = Manifest,
    date_order: str = DateOrder,
    no_infer: bool = NoInfer,
    granularity: Optional[str] = typer.Option(None, "--granularity", help="Roll events up to day, month or year"),
    explain: bool = typer.Option(False, "--explain", help="Show why mentions were merged or kept apart"),
) -> None:
    """Build one chronology from all the articles."""
    from .render import TIMELINE_FORMATS

    if fmt not in TIMELINE_FORMATS:
        _usage(f"--format must be one of {', '.join(TIMELINE_FORMATS)}")
    if granularity is not None and granularity not in ("day", "month", "year"):
        _usage("--granularity must be day, month or year")
    if date_order.upper() not in ("MDY", "DMY"):
        _usage("--date-order must be MDY or DMY")
    _check_output(output, inputs)
    from .pipeline import Options, run_timeline
    from .render.model import timeline_out

    opts = Options(_pub_date(pub_date), manifest, date_order.upper(), not no_infer)
    res = run_timeline(inputs, opts)
    if granularity:
        from .merge import roll_up

        res.events = roll_up(res.events, granularity)
    options = {"format": fmt, "pub_date": pub_date, "manifest": str(manifest) if manifest else None,
               "date_order": opts.date_order, "infer": opts.infer, "granularity": granularity}
    tl = timeline_out(res, options)
    import io

    buf = io.StringIO()
    if fmt == "json":
        from .render.text import write_json
        write_json(tl, buf)
    elif fmt == "jsonl":
        from .render.text import write_jsonl
        write_jsonl(tl, buf)
    elif fmt == "csv":
        from .render.text import write_csv
        write_csv(tl, buf)
    else:
        from .render.table import write_timeline_table
        write_timeline_table(tl, buf, _color(output), explain=explain)
    _emit(buf.getvalue(), output)
    raise typer.Exit(_report(res.problems))


@app.command()
def extract(
    inputs: List[str] = typer.Argument(..., help="Files, folders, .jsonl files, or - for stdin"),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json, jsonl or timeml"),
    output: Optional[Path] = Output,
    pub_date: Optional[str] = PubDate,
    manifest: Optional[Path] = Manifest,
    date_order: str = DateOrder,
    no_infer: bool = NoInfer,
    explain: bool = typer.Option(False, "--explain", help="Show for each expression the rule, anchor, tense cue and arithmetic"),
) -> None:
    """List the temporal expressions of each article, without merging."""
    from .render import EXTRACT_FORMATS

    if fmt not in EXTRACT_FORMATS:
        _usage(f"--format must be one of {', '.join(EXTRACT_FORMATS)}")
    if date_order.upper() not in ("MDY", "DMY"):
        _usage("--date-order must be MDY or DMY")
    _check_output(output, inputs)
    import io
    import json

    from .pipeline import Options, prepare_corpus, process, unresolved_problems
    from .render.model import extract_dict, extract_out

    opts = Options(_pub_date(pub_date), manifest, date_order.upper(), not no_infer)
    prepared, problems = prepare_corpus(inputs, opts)
    buf = io.StringIO()
    docs = []
    for p in prepared:
        pa = process(p, opts.date_order)
        a, timexes = pa.article, pa.timexes
        problems.extend(unresolved_problems(pa))
        doc = extract_out(pa, explain)
        if fmt == "jsonl":
            buf.write(json.dumps(extract_dict(doc, explain), ensure_ascii=False) + "\n")
        elif fmt == "timeml":
            from .timeml import to_timeml
            buf.write(to_timeml(a.id, a.text, a.published, [(t.start, t.end, t.type, t.value) for t in timexes]))
        else:
            docs.append(doc)
    if fmt == "json":
        from .render.text import dump_json
        buf.write(dump_json([extract_dict(d, explain) for d in docs]))
    elif fmt == "table":
        from .render.table import write_extract_table
        write_extract_table(docs, buf, _color(output), explain)
    _emit(buf.getvalue(), output)
    raise typer.Exit(_report(problems))


@app.command("eval")
def eval_(
    inputs: List[str] = typer.Argument(..., help="Gold documents: .tml files, JSON Lines with 'timexes', or folders of them"),
    fmt: str = typer.Option("table", "--format", "-f", help="table or json"),
    errors: int = typer.Option(0, "--errors", help="List this many examples of each kind of error"),
    output: Optional[Path] = Output,
    date_order: str = DateOrder,
) -> None:
    """Score the tagger against gold TIMEX3 annotations (TempEval-3 Task A metrics)."""
    if fmt not in ("table", "json"):
        _usage("--format must be one of table, json")
    if errors < 0:
        _usage("--errors must be 0 or more")
    if date_order.upper() not in ("MDY", "DMY"):
        _usage("--date-order must be MDY or DMY")
    _check_output(output, inputs)
    import io

    from .evaluate import run

    ev, problems = run(inputs, date_order.upper())
    buf = io.StringIO()
    if fmt == "json":
        from .render.evaluation import eval_json
        buf.write(eval_json(ev, errors))
    else:
        from .render.evaluation import write_eval_text
        write_eval_text(ev, buf, errors)
    _emit(buf.getvalue(), output)
    raise typer.Exit(_report(problems))


@app.command()
def sources(
    inputs: List[str] = typer.Argument(..., help="Files, folders, .jsonl files, or - for stdin"),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv"),
    output: Optional[Path] = Output,
    pub_date: Optional[str] = PubDate,
    manifest: Optional[Path] = Manifest,
    date_order: str = DateOrder,
    no_infer: bool = NoInfer,
) -> None:
    """List each article's publication date: the day, its range, basis, confidence and evidence."""
    from .render import SOURCES_FORMATS

    if fmt not in SOURCES_FORMATS:
        _usage(f"--format must be one of {', '.join(SOURCES_FORMATS)}")
    if date_order.upper() not in ("MDY", "DMY"):
        _usage("--date-order must be MDY or DMY")
    _check_output(output, inputs)
    import io

    from .pipeline import Options, prepare_corpus, process, unresolved_problems
    from .render.model import source_out

    opts = Options(_pub_date(pub_date), manifest, date_order.upper(), not no_infer)
    prepared, problems = prepare_corpus(inputs, opts)
    srcs = []
    for p in prepared:
        pa = process(p, opts.date_order)
        problems.extend(unresolved_problems(pa))
        srcs.append(source_out(pa))
    buf = io.StringIO()
    if fmt == "json":
        from .render.text import write_sources_json
        write_sources_json(srcs, buf)
    elif fmt == "csv":
        from .render.text import write_sources_csv
        write_sources_csv(srcs, buf)
    else:
        from .render.table import write_sources_table
        write_sources_table(srcs, buf, _color(output))
    _emit(buf.getvalue(), output)
    raise typer.Exit(_report(problems))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the timeline JSON."""
    import json

    from .models import TimelineOut

    typer.echo(json.dumps(TimelineOut.model_json_schema(), indent=2))


def main() -> None:
    """Entry point: run the app, turning Ctrl-C into exit code 130."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("maliclock: interrupted", err=True)
        sys.exit(EXIT_INTERRUPTED)
