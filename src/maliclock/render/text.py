"""JSON and JSON Lines writers for the timeline."""

from __future__ import annotations

import json
from typing import TextIO

from ..models import SourceOut, TimelineOut


def dump_json(obj: object) -> str:
    """Deterministic JSON: keys in model order, UTF-8 kept, two-space indent."""
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def json_list_item(obj: object) -> str:
    """One item of a list as :func:`dump_json` indents it, without the separators."""
    return "  " + json.dumps(obj, ensure_ascii=False, indent=2).replace("\n", "\n  ")


def write_json(tl: TimelineOut, out: TextIO) -> None:
    """The timeline as one JSON document, written source by source and event by event.

    The bytes are those of ``dump_json(tl.model_dump(mode="json"))`` (a test compares them), but
    the whole document is never held as one dict and one string: that tripled the peak memory.
    """
    out.write("{")
    first = True
    for name in type(tl).model_fields:
        value = getattr(tl, name)
        out.write(("\n" if first else ",\n") + "  " + json.dumps(name) + ": ")
        first = False
        if isinstance(value, list) and value and hasattr(value[0], "model_dump"):
            out.write("[")
            for i, item in enumerate(value):
                out.write(("\n" if i == 0 else ",\n") + "    " +
                          json.dumps(item.model_dump(mode="json"), ensure_ascii=False, indent=2).replace("\n", "\n    "))
            out.write("\n  ]")
        else:  # meta and warnings: small
            data = tl.model_dump(mode="json", include={name})[name]
            out.write(json.dumps(data, ensure_ascii=False, indent=2).replace("\n", "\n  "))
    out.write("\n}\n")


def write_jsonl(tl: TimelineOut, out: TextIO) -> None:
    """One event per line, each flushed as soon as it is written so a pipe can start on it."""
    for e in tl.events:
        out.write(json.dumps(e.model_dump(mode="json"), ensure_ascii=False) + "\n")
        out.flush()


def evidence_text(src: SourceOut, limit: int | None = None) -> str:
    """The evidence of a source as one line: what fits the chosen day first, overruled items marked."""
    items = sorted(src.evidence, key=lambda e: not e.fits)
    if limit is not None:
        items = items[:limit]
    return "; ".join(e.reason + ("" if e.fits else " [does not fit]") + (f' ("{e.expression}")' if e.expression and
                     e.expression not in e.reason else "") for e in items)


def write_sources_json(sources: list[SourceOut], out: TextIO) -> None:
    """The articles as one JSON array."""
    out.write(dump_json([s.model_dump(mode="json") for s in sources]))
