"""Compiled regular expressions kept on disk between runs.

Python compiles a pattern in two steps. Its parser and compiler, written in
Python, turn the pattern into the regex engine's code (a list of integers);
the engine, written in C, then builds the pattern object from that code and
checks it. The first step is the slow one: the tagger's rules, their trigger
scanners and the dateline patterns are about 900 patterns, a good second of
every run before the first line is read. The code depends only on the
pattern, its flags and the version of Python's regex engine, so it is kept
in a file of the user's cache folder (:mod:`maliclock.cache_folder`) and
handed straight to the engine by the next run.

A pattern not in the file is compiled as usual and the file rewritten once,
when the process that read it ends. A file that cannot be read, an entry the
engine refuses, or a Python whose regex internals differ from the ones this
was written for (3.11 to 3.13) all fall back to :func:`re.compile`: the
cache changes how long a run takes, never what it finds.
"""

from __future__ import annotations

import atexit
import base64
import binascii
import json
import os
import re
import sys
import zlib
from array import array
from pathlib import Path
from typing import Any

from .cache_folder import cache_dir, replace_file

try:  # the engine's own entry points: present in CPython 3.11 to 3.13
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _ENGINE = f"{_sre.MAGIC}-{_sre.CODESIZE}"
    _READY = all(hasattr(m, n) for m, n in ((_sre, "compile"), (_compiler, "_code"), (_parser, "parse")))
except ImportError:  # pragma: no cover - another Python implementation
    _READY = False
    _ENGINE = ""

_CODE_TYPE = "I"  # an array of the engine's code words (4 bytes each: _sre.CODESIZE)
_USABLE = _READY and array(_CODE_TYPE).itemsize == _sre.CODESIZE

# More than this in the file and it keeps only what the run writing it used (maliclock's own are about 1,200)
MAX_ENTRIES = 3000

# entry: [final flags, number of groups, {group name: index}, the code (zlib and base64 of 4-byte words)]
Entry = list[Any]


class PatternCache:
    """Compiled patterns backed by one cache file in ``folder`` (None: no file, plain :func:`re.compile`)."""

    def __init__(self, folder: Path | None) -> None:
        self.path = cache_file(folder) if folder is not None and _USABLE else None
        self.entries: dict[str, Entry] = read_entries(self.path) if self.path else {}
        self.built: dict[str, re.Pattern[str]] = {}  # what this process compiled, as re's own cache keeps it
        self.added = False
        self.owner = os.getpid()

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, its code read from the file when the file holds it."""
        if self.path is None or not isinstance(pattern, str):
            return re.compile(pattern, flags)
        flags = int(flags)
        key = f"{flags}:{pattern}"
        compiled = self.built.get(key)
        if compiled is not None:
            return compiled
        entry = self.entries.pop(key, None)  # held as the pattern from now on: the file keeps it
        if entry is not None:
            try:
                compiled = _build(pattern, entry)
            except (TypeError, ValueError, RuntimeError, KeyError, IndexError, zlib.error, binascii.Error):
                compiled = None  # a damaged entry: compiled again below, and rewritten
        if compiled is None:
            try:
                compiled, entry = _entry(pattern, flags)
            except (re.error, TypeError, ValueError, RuntimeError, OverflowError, RecursionError):
                return re.compile(pattern, flags)  # re raises the user-facing error, if any
            self.entries[key] = entry
            self.added = True
        self.built[key] = compiled
        return compiled

    def save(self) -> None:
        """Write the file if a pattern was compiled that it did not hold (by the process that read it only:
        a worker forked from it leaves the file alone)."""
        if not self.added or self.path is None or os.getpid() != self.owner:
            return
        merged = read_entries(self.path)
        merged.update(self.entries)
        if len(merged) > MAX_ENTRIES:  # patterns made on the fly (by tests, say) would make it grow without end
            merged = {k: merged[k] for k in self.built if k in merged}
        write_entries(self.path, merged)
        self.added = False


def cache_file(folder: Path) -> Path:
    """The file for this version of Python and of its regex engine."""
    version = "".join(str(v) for v in sys.version_info[:3])
    return folder / f"regex-py{version}-{_ENGINE}.json.z"


def read_entries(path: Path) -> dict[str, Entry]:
    """The entries of the cache file at ``path``; none if it is missing or unreadable."""
    try:
        data = json.loads(zlib.decompress(path.read_bytes()))
    except (OSError, ValueError, zlib.error):
        return {}
    return data if isinstance(data, dict) else {}


def write_entries(path: Path, entries: dict[str, Entry]) -> None:
    """Replace the file at once; on a read-only or full disk the next run compiles again."""
    replace_file(path, zlib.compress(json.dumps(entries, sort_keys=True, separators=(",", ":")).encode(), 1))


def _build(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, groups, groupindex, packed = entry
    code = array(_CODE_TYPE, zlib.decompress(base64.b64decode(packed))).tolist()
    indexgroup: list[str | None] = [None] * (groups + 1)
    for name, i in groupindex.items():
        indexgroup[i] = name
    compiled: re.Pattern[str] = _sre.compile(pattern, flags, code, groups, groupindex, tuple(indexgroup))
    return compiled


def _entry(pattern: str, flags: int) -> tuple[re.Pattern[str], Entry]:
    """Compile as :func:`re.compile` does, keeping the code it hands the engine."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    entry = [flags | parsed.state.flags, parsed.state.groups - 1, groupindex,
             base64.b64encode(zlib.compress(array(_CODE_TYPE, code).tobytes(), 1)).decode("ascii")]
    return _build(pattern, entry), entry


_CACHE: PatternCache | None = None


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - the name re gives it
    """``re.compile(pattern, flags)`` through the cache file of the user's cache folder.

    The file is read at the first call and written, if this process added to it, when the process ends.
    """
    global _CACHE
    if _CACHE is None:
        _CACHE = PatternCache(cache_dir())
        atexit.register(_CACHE.save)
    return _CACHE.compile(pattern, flags)
