"""Values put aside in a temporary file while a corpus streams through, read back by reference.

``extract`` writes its records in id order, so it can write none until every article is read;
and undated articles may need every dated article's names and anchors (``stream``). Kept in
memory, both grow with the text read; spooled, memory keeps only a reference per article.
The file is deleted when the spool is closed or collected.
"""

from __future__ import annotations

import pickle
import tempfile
import threading
from dataclasses import dataclass
from typing import Any


class Spool:
    """An append-only temporary file of texts and pickled values."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()
        self._end = 0
        self._lock = threading.Lock()

    def _put(self, data: bytes) -> tuple[int, int]:
        with self._lock:
            self._file.seek(self._end)
            self._file.write(data)
            at = self._end
            self._end += len(data)
        return at, len(data)

    def _get(self, at: int, size: int) -> bytes:
        with self._lock:
            self._file.seek(at)
            return self._file.read(size)

    def text(self, s: str) -> "Spooled":
        """Put a text aside."""
        return Spooled(self, *self._put(s.encode("utf-8")), False)

    def value(self, obj: Any) -> "Spooled":
        """Put a picklable value aside."""
        return Spooled(self, *self._put(pickle.dumps(obj, pickle.HIGHEST_PROTOCOL)), True)

    def pickled(self, data: bytes) -> "Spooled":
        """Put aside a value already pickled (by a worker process)."""
        return Spooled(self, *self._put(data), True)

    def close(self) -> None:
        """Delete the file."""
        self._file.close()


@dataclass(frozen=True, slots=True)
class Spooled:
    """A reference to a text or value in a spool."""

    spool: Spool
    at: int
    size: int
    pickled: bool

    def load(self) -> Any:
        """The text or value, read back."""
        data = self.spool._get(self.at, self.size)
        return pickle.loads(data) if self.pickled else data.decode("utf-8")
