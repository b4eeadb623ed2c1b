"""The rules' start triggers, kept on disk between runs.

Deriving where each rule can start (:func:`maliclock.tag.starts.rule_starts`)
walks every pattern through the regex parser: about half a second, paid by
every process before it reads a line. The result depends only on the
pattern, its flags, the code of ``starts.py`` and the Python version, so it
is kept in a JSON file of the user's cache folder and read back by the next
run. A pattern not in the file is derived and the file rewritten; a file
that cannot be read or written is ignored, and the starts are derived as if
there were none. Nothing else is written.

The folder is :func:`maliclock.cache_folder.cache_dir`'s.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any, Callable, Sequence

from ..cache_folder import ENV, cache_dir, replace_file
from . import starts as S

__all__ = ["ENV", "cache_dir", "cache_file", "rule_starts_all"]

Starts = frozenset[S.Start] | None


def cache_file(folder: Path) -> Path:
    """The file for this version of the start walker and of Python (its regex parser)."""
    code = hashlib.sha256(Path(S.__file__).read_bytes()).hexdigest()[:16]
    return folder / f"starts-py{sys.version_info[0]}{sys.version_info[1]}-{code}.json"


def _key(pattern: re.Pattern[str]) -> str:
    return hashlib.sha256(f"{pattern.flags}:{pattern.pattern}".encode()).hexdigest()[:32]


def _encode(found: Starts) -> list[Any] | None:
    if found is None:
        return None
    out = []
    for s in found:
        then = None if s.then is None else [sorted(s.then.sep), sorted(s.then.keys), sorted(s.then.prefixes)]
        out.append([s.key, s.prefix, s.bounded, then])
    return sorted(out, key=json.dumps)


def _decode(data: list[Any] | None) -> Starts:
    if data is None:
        return None
    out = set()
    for key, prefix, bounded, then in data:
        follow = None if then is None else S.Follow(frozenset(then[0]), frozenset(then[1]), frozenset(then[2]))
        out.add(S.Start(key, bool(prefix), follow, bool(bounded)))
    return frozenset(out)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write(path: Path, data: dict[str, Any]) -> None:
    """Replace the file at once; on a read-only or full disk the next run derives the starts again."""
    replace_file(path, json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8"))


def rule_starts_all(patterns: Sequence[re.Pattern[str]],
                    derive: Callable[[re.Pattern[str]], Starts] = S.rule_starts,
                    folder: Path | None = None) -> list[Starts]:
    """``derive(p)`` for each pattern, read from the cache where it holds them.

    ``folder`` defaults to :func:`cache_dir`. The file is rewritten when
    some pattern was missing from it, holding the current patterns only.
    """
    folder = cache_dir() if folder is None else folder
    if folder is None:
        return [derive(p) for p in patterns]
    path = cache_file(folder)
    stored = _read(path)
    out: list[Starts] = []
    keys = [_key(p) for p in patterns]
    missing = False
    for p, k in zip(patterns, keys):
        if k in stored:
            try:
                found = _decode(stored[k])
            except (TypeError, ValueError):
                found, missing = derive(p), True
        else:
            found, missing = derive(p), True
        out.append(found)
    if missing:  # encoded only now: a run that found every pattern in the file writes nothing
        _write(path, {k: _encode(found) for k, found in zip(keys, out)})
    return out
