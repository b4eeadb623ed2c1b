"""Where maliclock keeps what it derives once and reads back in later runs.

``$MALICLOCK_CACHE_DIR`` if set (an empty value turns every cache off), else
``$XDG_CACHE_HOME/maliclock``, else ``~/.cache/maliclock``. Two files live
there: the rules' start triggers (:mod:`maliclock.tag.starts_cache`) and the
compiled regular expressions (:mod:`maliclock.regex_cache`). Either can be
deleted at any time; the next run derives it again.
"""

from __future__ import annotations

import os
import tempfile
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


def replace_file(path: Path, data: bytes) -> None:
    """Write ``data`` as the file at ``path`` at once: a run reading it meanwhile sees the old or the new one.

    A folder that cannot be made or written (read-only, full) is left as it is: a cache is only a saving.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass
