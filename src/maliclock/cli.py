"""The ``maliclock`` command line: timeline, extract and schema.

Heavy modules are imported inside the commands so that ``--help`` starts fast.
Exit codes: 0 all inputs processed; 1 some inputs skipped or invalid (each
named on stderr); 2 usage error; 130 interrupted.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Iterator, List, Optional, TextIO

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
        if o == p or (p.is_dir() and p in o.parents and o.suffix.lower() in (".txt", ".md", ".jsonl", ".tml")):
            _usage(f"-o {output}: refusing to write over an input")
    if output.is_dir():
        _usage(f"-o {output}: is a folder")


@contextmanager
def _output(output: Optional[Path], bom: bool = False) -> Iterator[TextIO]:
    """A stream to stdout, or to a temporary file renamed to ``output`` once all is written."""
    if output is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    import tempfile

    folder = output.parent if str(output.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
            yield f
        os.replace(tmp, output)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _emit(text: str, output: Optional[Path], bom: bool = False) -> None:
    """Write to stdout, or atomically to ``output`` (temporary file then rename)."""
    with _output(output, bom) as f:
        f.write(text)


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
Workers = typer.Option(None, "--workers", "-j", min=1,
                       help="Processes to spread the articles over (default: the number of cores); "
                            "the output does not depend on it")


def _workers(n: Optional[int]) -> int:
    if n is not None:
        return n
    from .parallel import default_workers

    return default_workers()


@app.command()
def timeline(
    inputs: List[str] = typer.Argument(..., help="Files, folders, .jsonl files, or - for stdin"),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json, jsonl or csv"),
    output: Optional[Path] = Output,
    pub_date: Optional[str] = PubDate,
    manifest: Optional[Path] = Manifest,
    date_order: str = DateOrder,
    workers: Optional[int] = Workers,
) -> None:
    """Build one chronology from all the articles."""
    from .render import TIMELINE_FORMATS

    if fmt not in TIMELINE_FORMATS:
        _usage(f"--format must be one of {', '.join(TIMELINE_FORMATS)}")
    if date_order.upper() not in ("MDY", "DMY"):
        _usage("--date-order must be MDY or DMY")
    _check_output(output, inputs)
    from .pipeline import Options, run_timeline
    from .render.model import timeline_out

    opts = Options(_pub_date(pub_date), manifest, date_order.upper())
    res = run_timeline(inputs, opts, _workers(workers))
    options = {"format": fmt, "pub_date": pub_date, "manifest": str(manifest) if manifest else None,
               "date_order": opts.date_order}
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
        write_timeline_table(tl, buf, _color(output))
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
    workers: Optional[int] = Workers,
) -> None:
    """List the temporal expressions of each article, without merging."""
    from .render import EXTRACT_FORMATS

    if fmt not in EXTRACT_FORMATS:
        _usage(f"--format must be one of {', '.join(EXTRACT_FORMATS)}")
    if date_order.upper() not in ("MDY", "DMY"):
        _usage("--date-order must be MDY or DMY")
    _check_output(output, inputs)
    from .parallel import process_all
    from .pipeline import Options, extract_record
    from .read import Reader

    opts = Options(_pub_date(pub_date), manifest, date_order.upper())
    reader = Reader(opts.pub_date, opts.manifest)
    problems = []
    docs = []
    with _output(None if fmt == "table" else output) as out:
        if fmt == "json":
            from .render.text import json_list_item
            out.write("[")
        n = 0
        for rec, probs in process_all(extract_record, reader.read(inputs), _workers(workers),
                                      (opts.date_order, fmt)):
            problems.extend(probs)
            if fmt in ("jsonl", "timeml"):
                out.write(rec)  # type: ignore[arg-type]
            elif fmt == "json":
                out.write(("," if n else "") + "\n" + json_list_item(rec))
            else:
                docs.append(rec)
            n += 1
        if fmt == "json":
            out.write("\n]\n" if n else "]\n")
    if fmt == "table":
        import io

        from .models import ExtractOut
        from .render.table import write_extract_table
        buf = io.StringIO()
        write_extract_table([ExtractOut.model_validate(d) for d in docs], buf, _color(output))
        _emit(buf.getvalue(), output)
    raise typer.Exit(_report(reader.problems + problems))


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
