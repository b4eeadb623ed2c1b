"""CSV for spreadsheets: one row per event (or per mention), every cell safe to open.

Cells are neutralised as OWASP recommends against CSV (formula) injection:
every field is quoted, and a cell that starts with ``=``, ``+``, ``-``, ``@``,
tab, carriage return or NUL gets a leading ``'`` so the spreadsheet shows it
as text. Plain numbers (``-3``, ``+1.5``) and dates are left as they are.
"""

from __future__ import annotations

import csv
from typing import TextIO

from .. import regex_cache
from ..models import EventOut, SourceOut, TimelineOut

EVENT_COLUMNS = ("id", "date", "start", "end", "granularity", "summary", "sources", "mention_count",
                 "expressions", "conflicts", "sentences", "inferred", "date_range")
MENTION_COLUMNS = ("event_id", "event_date", "event_start", "event_end", "granularity", "summary", "source",
                   "expression", "value", "type", "char_start", "char_end", "rule", "anchor", "anchor_kind", "why",
                   "sentence", "inferred", "value_range")
SOURCE_COLUMNS = ("id", "published", "published_first", "published_last", "published_basis", "confidence",
                  "evidence", "path", "title")
ROWS = ("events", "mentions")

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\0")
_PLAIN_NUMBER = regex_cache.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$")


def safe_cell(value: str) -> str:
    """``value`` with a leading ``'`` if a spreadsheet would read it as a formula; plain numbers unchanged."""
    if value.startswith(_FORMULA_START) and not _PLAIN_NUMBER.match(value):
        return "'" + value
    return value


def event_row(e: EventOut) -> list[str]:
    """The cells of one event (lists joined by ``; ``, sentences by `` | ``)."""
    conflicts = "; ".join(f"{c.field}: " + " vs ".join(f"{v} ({', '.join(s)})" for v, s in c.values.items())
                          for c in e.conflicts)
    return [e.id, e.date, e.start, e.end, e.granularity, e.summary, "; ".join(e.sources), str(len(e.mentions)),
            "; ".join(sorted({m.expression for m in e.mentions})), conflicts,
            " | ".join(dict.fromkeys(m.sentence for m in e.mentions)), "yes" if e.inferred else "",
            "..".join(e.date_range) if e.date_range else ""]


def mention_rows(e: EventOut) -> list[list[str]]:
    """The cells of each mention of one event, with the event's date and summary repeated."""
    return [[e.id, e.date, e.start, e.end, e.granularity, e.summary, m.source, m.expression, m.value, m.type,
             str(m.start), str(m.end), m.rule, m.anchor or "", m.anchor_kind, m.why, m.sentence,
             "yes" if m.inferred else "", "..".join(m.value_range) if m.value_range else ""]
            for m in e.mentions]


def write_csv(tl: TimelineOut, out: TextIO, rows: str = "events") -> None:
    """The timeline as CSV: ``rows`` is ``events`` (one row each) or ``mentions`` (one row per mention)."""
    w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    if rows == "mentions":
        w.writerow(MENTION_COLUMNS)
        for e in tl.events:
            w.writerows([safe_cell(c) for c in r] for r in mention_rows(e))
    else:
        w.writerow(EVENT_COLUMNS)
        for e in tl.events:
            w.writerow([safe_cell(c) for c in event_row(e)])


def write_sources_csv(sources: list[SourceOut], out: TextIO) -> None:
    """One row per article: publication date, range, basis, confidence and evidence."""
    from .text import evidence_text

    w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(SOURCE_COLUMNS)
    for src in sources:
        first, last = src.published_range or ("", "")
        w.writerow([safe_cell(c) for c in (src.id, src.published or "", first, last, src.published_basis,
                                           f"{src.confidence:.3f}", evidence_text(src), src.path, src.title or "")])
