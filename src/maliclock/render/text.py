"""JSON, JSON Lines and CSV writers for the timeline."""

from __future__ import annotations

import csv
import io
import json
from typing import TextIO

from ..models import EventOut, SourceOut, TimelineOut

CSV_COLUMNS = ("id", "date", "start", "end", "granularity", "summary", "sources", "mention_count",
               "expressions", "conflicts", "sentences", "inferred", "date_range")
SOURCE_CSV_COLUMNS = ("id", "published", "published_first", "published_last", "published_basis", "confidence",
                      "evidence", "path", "title")


def dump_json(obj: object) -> str:
    """Deterministic JSON: keys in model order, UTF-8 kept, two-space indent."""
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def write_json(tl: TimelineOut, out: TextIO) -> None:
    """The timeline as one JSON document."""
    out.write(dump_json(tl.model_dump(mode="json")))


def write_jsonl(tl: TimelineOut, out: TextIO) -> None:
    """One event per line."""
    for e in tl.events:
        out.write(json.dumps(e.model_dump(mode="json"), ensure_ascii=False) + "\n")


def csv_row(e: EventOut) -> list[str]:
    """The flattened CSV cells of one event."""
    conflicts = "; ".join(f"{c.field}: " + " vs ".join(f"{v} ({', '.join(s)})" for v, s in c.values.items())
                          for c in e.conflicts)
    return [e.id, e.date, e.start, e.end, e.granularity, e.summary, "; ".join(e.sources), str(len(e.mentions)),
            "; ".join(sorted({m.expression for m in e.mentions})), conflicts,
            " | ".join(dict.fromkeys(m.sentence for m in e.mentions)), "yes" if e.inferred else "",
            "..".join(e.date_range) if e.date_range else ""]


def safe_cell(value: str) -> str:
    """Neutralise a cell a spreadsheet would run as a formula (OWASP CSV injection)."""
    if value and value[0] in ("=", "+", "-", "@", "\t", "\r"):
        if value[0] in "+-" and _is_number(value):
            return value
        return "'" + value
    return value


def _is_number(v: str) -> bool:
    try:
        float(v)
    except ValueError:
        return False
    return True


def write_csv(tl: TimelineOut, out: TextIO) -> None:
    """One row per event; cells neutralised against formula injection."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    for e in tl.events:
        w.writerow([safe_cell(c) for c in csv_row(e)])
    out.write(buf.getvalue())


def evidence_text(src: SourceOut, limit: int | None = None) -> str:
    """The evidence of a source as one line: what fits the chosen day first, overruled items marked."""
    items = sorted(src.evidence, key=lambda e: not e.fits)
    if limit is not None:
        items = items[:limit]
    return "; ".join(e.reason + ("" if e.fits else " [does not fit]") + (f' ("{e.expression}")' if e.expression and
                     e.expression not in e.reason else "") for e in items)


def source_row(src: SourceOut) -> list[str]:
    """The CSV cells of one source."""
    first, last = src.published_range or ("", "")
    return [src.id, src.published or "", first, last, src.published_basis, f"{src.confidence:.3f}",
            evidence_text(src), src.path, src.title or ""]


def write_sources_csv(sources: list[SourceOut], out: TextIO) -> None:
    """One row per article with its publication date, range, basis, confidence and evidence."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(SOURCE_CSV_COLUMNS)
    for src in sources:
        w.writerow([safe_cell(c) for c in source_row(src)])
    out.write(buf.getvalue())


def write_sources_json(sources: list[SourceOut], out: TextIO) -> None:
    """The articles as one JSON array."""
    out.write(dump_json([s.model_dump(mode="json") for s in sources]))
