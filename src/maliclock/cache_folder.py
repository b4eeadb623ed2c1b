"""Where maliclock keeps what it derives once and reads back in later runs.

``$MALICLOCK_CACHE_DIR`` if set (an empty value turns every cache off), else
``$XDG_CACHE_HOME/maliclock``, else ``~/.cache/maliclock``. Two files live
there: the rules' start triggers (:mod:`maliclock.tag.starts_cache`) and the
compiled regular expressions (:mod:`maliclock.regex_cache`). Either can be
deleted at any time; the next run derives it again.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV = "MALICLOCK_CACHE_DIR"


def cache_dir() -> Path | None:
    """The folder of the caches, or None when ``$MALICLOCK_CACHE_DIR`` is set empty (or there is no home)."""
    own = os.environ.get(ENV)
    if own is not None:
        return Path(own) if own.strip() else None
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg) / "maliclock"
    try:
        return Path.home() / ".cache" / "maliclock"
    except (RuntimeError, KeyError, OSError):  # no home folder to be found: no cache, the run goes on without
        return None
