"""JSON, JSON Lines and CSV writers for the timeline."""

from __future__ import annotations

import csv
import io
import json
from typing import TextIO

from ..models import EventOut, TimelineOut

CSV_COLUMNS = ("id", "date", "start", "end", "granularity", "summary", "sources", "mention_count",
               "expressions", "conflicts", "sentences")


def dump_json(obj: object) -> str:
    """Deterministic JSON: keys in model order, UTF-8 kept, two-space indent."""
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def json_list_item(obj: object) -> str:
    """One item of a list as :func:`dump_json` indents it, without the separators."""
    return "  " + json.dumps(obj, ensure_ascii=False, indent=2).replace("\n", "\n  ")


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
            " | ".join(dict.fromkeys(m.sentence for m in e.mentions))]


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
