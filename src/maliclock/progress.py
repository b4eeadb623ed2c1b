"""A progress bar on standard error, shown only when a run is big or slow enough to need one."""

from __future__ import annotations

import time
from typing import Callable, TextIO

# Show the bar at once for this many inputs, else once a run has lasted this long.
MANY_INPUTS = 20
SLOW_SECONDS = 1.0


class ProgressBar:
    """Call it with (done, total) after each article; it draws a bar once the run is big or slow.

    Disabled (never draws) unless ``enabled``: the CLI enables it only when
    standard error is a terminal and ``--quiet`` is not given. The bar is
    transient: it is erased when the run ends.
    """

    def __init__(self, enabled: bool, stream: TextIO | None = None, label: str = "articles",
                 clock: Callable[[], float] = time.monotonic, many: int = MANY_INPUTS,
                 slow: float = SLOW_SECONDS) -> None:
        self.enabled, self.stream, self.label = enabled, stream, label
        self.clock, self.many, self.slow = clock, many, slow
        self.started = clock()
        self._bar = None
        self._task = None

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        if self._bar is None:
            if total < self.many and self.clock() - self.started < self.slow:
                return
            self._start(total)
        self._bar.update(self._task, completed=done, total=total)  # type: ignore[union-attr]

    def _start(self, total: int) -> None:
        import sys

        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        con = Console(file=self.stream or sys.stderr, force_terminal=True, highlight=False)
        self._bar = Progress(TextColumn(f"reading {self.label}"), BarColumn(), MofNCompleteColumn(),
                             TimeRemainingColumn(), console=con, transient=True)
        self._task = self._bar.add_task(self.label, total=total)
        self._bar.start()

    @property
    def shown(self) -> bool:
        """True once the bar has been drawn."""
        return self._bar is not None

    def close(self) -> None:
        """Erase the bar, if it was drawn."""
        if self._bar is not None:
            self._bar.stop()
