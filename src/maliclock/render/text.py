"""JSON and JSON Lines writers for the timeline."""

from __future__ import annotations

import json
from typing import TextIO

from ..models import TimelineOut


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
    """One event per line, each flushed as soon as it is written so a pipe can start on it."""
    for e in tl.events:
        out.write(json.dumps(e.model_dump(mode="json"), ensure_ascii=False) + "\n")
        out.flush()
