"""Where the output goes: standard output, or a file replaced atomically."""

from __future__ import annotations

import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, TextIO


def _mode(path: Path) -> int:
    """The permissions the file should get: those of the file it replaces, else the umask's default."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


@contextmanager
def open_output(output: Path | None, bom: bool = False) -> Iterator[TextIO]:
    """A text stream on stdout, or on a temporary file in ``output``'s folder renamed over it on success.

    If the body raises (including KeyboardInterrupt), the temporary file is
    removed and any earlier ``output`` is left as it was. ``bom`` starts the
    text with a UTF-8 byte-order mark (for Excel).
    """
    if output is None:
        if not sys.stdout.isatty() and hasattr(sys.stdout, "reconfigure"):
            sys.stdout.reconfigure(encoding="utf-8")  # pipes and files always get UTF-8
        if bom:
            sys.stdout.write("\ufeff")
        yield sys.stdout
        sys.stdout.flush()
        return
    folder = output.parent if str(output.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
            yield f
        os.chmod(tmp, _mode(output))
        os.replace(tmp, output)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
