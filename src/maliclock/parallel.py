"""Spread per-article work over processes, keeping the input order.

Every per-article stage (segment, tag, resolve, statements) depends on its
article alone, so articles are sent to worker processes in chunks and the
results come back in input order: the output is the same for any number of
workers. Small inputs (fewer articles than one round of chunks) are
processed in this process, where starting workers would cost more than it
saves.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import threading
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")
A = TypeVar("A")

# Articles per task sent to a worker. Each task and result costs the main process a few wake-ups of
# the pool's threads: with 8, sending and receiving took 3.4 CPU-s of the main process for 10 MB on
# two workers, with 32 about 2.2 (the same output).
CHUNK = 32


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _warm() -> None:
    """Compile the rules once, before forking, so workers inherit them."""
    from .tag import warm

    warm()


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def process_all(func: Callable[[T, A], R], items: Iterable[T], workers: int, arg: A) -> Iterator[R]:
    """``func(item, arg)`` for each item, in order, over ``workers`` processes."""
    it = iter(items)
    if workers <= 1:
        yield from (func(x, arg) for x in it)
        return
    head = list(itertools.islice(it, workers * CHUNK * 2))
    if len(head) < workers * CHUNK * 2:
        yield from (func(x, arg) for x in head)
        return
    _warm()
    # the pool reads its tasks in a thread of its own: a semaphore keeps it
    # from reading the whole input ahead of the workers
    window = threading.Semaphore(workers * CHUNK * 4)

    def tasks() -> Iterator[tuple[Callable[[T, A], R], T, A]]:
        for x in itertools.chain(head, it):
            window.acquire()
            yield func, x, arg

    with _context().Pool(workers) as pool:
        for r in pool.imap(_call, tasks(), chunksize=CHUNK):
            window.release()
            yield r


def process_list(func: Callable[[T, A], R], items: list[T], workers: int, arg: A) -> Iterator[R]:
    """``func(item, arg)`` for each item of a list, in order, over ``workers`` forked processes.

    The workers inherit the list when they are forked and receive only
    indices, so the items need not be picklable (only the results); where
    processes cannot be forked, the items are processed here.
    """
    global _ITEMS
    if workers <= 1 or len(items) < workers * CHUNK * 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield from (func(x, arg) for x in items)
        return
    _warm()
    _ITEMS = (func, items, arg)
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            yield from pool.imap(_call_index, range(len(items)), chunksize=CHUNK)
    finally:
        _ITEMS = None


_ITEMS: tuple | None = None


def _call_index(i: int):
    func, items, arg = _ITEMS  # type: ignore[misc]
    return func(items[i], arg)


def _call(task: tuple[Callable[[T, A], R], T, A]) -> R:
    func, x, arg = task
    return func(x, arg)
