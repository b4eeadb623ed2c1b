"""JSON and JSON Lines writers for the timeline."""

from __future__ import annotations

import json
from typing import Iterator, TextIO

from ..models import SourceOut, TimelineOut


# json.dumps with an indent runs the standard library's pure-Python encoder, a generator per
# container; this writer gives the same bytes (a test compares them on varied documents) in a third
# of the time, strings still escaped by the C function json uses.
_STRING = json.encoder.encode_basestring  # type: ignore[attr-defined]


def _float(x: float) -> str:
    if x != x:
        return "NaN"
    if x in (float("inf"), float("-inf")):
        return "Infinity" if x > 0 else "-Infinity"
    return float.__repr__(x)


def _key(k: object) -> str:
    if type(k) is str:
        return _STRING(k)
    if isinstance(k, str):
        return _STRING(k)
    if k is True or k is False or k is None:
        return _STRING({True: "true", False: "false", None: "null"}[k])  # type: ignore[index]
    if isinstance(k, int):
        return _STRING(int.__repr__(k))
    if isinstance(k, float):
        return _STRING(_float(k))
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(k).__name__}")


def _atom(o: object) -> str | None:
    """A string, number, boolean or null as JSON; None for a container."""
    t = type(o)
    if t is str:
        return _STRING(o)
    if o is None:
        return "null"
    if o is True:
        return "true"
    if o is False:
        return "false"
    if t is int:
        return int.__repr__(o)  # type: ignore[arg-type]
    if t is float:
        return _float(o)  # type: ignore[arg-type]
    if isinstance(o, (list, tuple, dict)):
        return None
    if isinstance(o, str):
        return _STRING(o)
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, float):
        return _float(o)
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


def _indented(o: object, pad: str, parts: list[str]) -> None:
    """Append ``o`` as ``json.dumps(o, ensure_ascii=False, indent=2)`` writes it at indent ``pad``."""
    a = _atom(o)
    if a is not None:
        parts.append(a)
        return
    if not o:
        parts.append("{}" if isinstance(o, dict) else "[]")
        return
    inner = pad + "  "
    if isinstance(o, dict):
        sep = "{\n" + inner
        for k, v in o.items():
            a = _atom(v)
            if a is not None:
                parts.append(sep + _key(k) + ": " + a)
            else:
                parts.append(sep + _key(k) + ": ")
                _indented(v, inner, parts)
            sep = ",\n" + inner
        parts.append("\n" + pad + "}")
    else:
        sep = "[\n" + inner
        for v in o:  # type: ignore[attr-defined]
            a = _atom(v)
            if a is not None:
                parts.append(sep + a)
            else:
                parts.append(sep)
                _indented(v, inner, parts)
            sep = ",\n" + inner
        parts.append("\n" + pad + "]")


def indented(obj: object, pad: str = "") -> str:
    """``json.dumps(obj, ensure_ascii=False, indent=2)``, every line after the first prefixed with ``pad``."""
    parts: list[str] = []
    _indented(obj, pad, parts)
    return "".join(parts)


def dump_json(obj: object) -> str:
    """Deterministic JSON: keys in model order, UTF-8 kept, two-space indent."""
    return indented(obj) + "\n"


def json_list_item(obj: object) -> str:
    """One item of a list as :func:`dump_json` indents it, without the separators."""
    return "  " + indented(obj, "  ")


def _records(value: object) -> Iterator[object] | None:
    """The items of a list field of the timeline as JSON-ready data, one at a time; None if it is
    not a list of records. Lazily made events (``render.model.Events``) give their plain form."""
    plain = getattr(value, "plain", None)
    if plain is not None:
        return plain()
    if isinstance(value, list) and value and hasattr(value[0], "model_dump"):
        return (item.model_dump(mode="json") for item in value)
    return None


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
        records = _records(value)
        if records is not None:
            n = 0
            for n, item in enumerate(records, 1):
                out.write(("[\n" if n == 1 else ",\n") + "    " + indented(item, "    "))
            out.write("\n  ]" if n else "[]")
        else:  # meta and warnings: small
            data = tl.model_dump(mode="json", include={name})[name]
            out.write(indented(data, "  "))
    out.write("\n}\n")


def write_jsonl(tl: TimelineOut, out: TextIO) -> None:
    """One event per line, each flushed as soon as it is written so a pipe can start on it."""
    for e in _records(tl.events) or ():
        out.write(json.dumps(e, ensure_ascii=False) + "\n")
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
