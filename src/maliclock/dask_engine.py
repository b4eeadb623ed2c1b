"""The chronology on a Dask cluster: the same answer as the single-process engine, from many machines.

``maliclock timeline ... --engine dask [--scheduler ADDRESS]`` and, for notebooks,
:func:`timeline_from_bag` and :func:`timeline_from_dataframe`. Reading,
tagging, resolution and statement building run per article in parallel
partitions (:mod:`maliclock.dask_read`); publication dates are placed across
articles in blocks by event kind (:mod:`maliclock.dask_pubdate`); the merge runs
as shuffles by blocking key (:mod:`maliclock.dask_merge`). Needs the ``dask`` extra:
``pip install 'maliclock[dask]'``.
"""

from __future__ import annotations

import logging
import os
import pickle
import sys
from contextlib import contextmanager
from operator import itemgetter
from typing import Any, Iterator

from . import dask_merge, dask_pubdate, dask_read
from .merge import MERGE_THRESHOLD
from .pipeline import Options, ProcessedArticle, Result, unresolved_problems

SHUFFLE = dask_merge.SHUFFLE
MIN_PARTITION = 64 * 1024
MAX_PARTITION = 4 * 1024 * 1024


class Runner:
    """Runs each phase on the cluster, showing a progress bar per phase on stderr when asked."""

    def __init__(self, client: Any = None, progress: bool = False) -> None:
        self.client, self.progress = client, progress

    def persist(self, coll: Any, label: str, optimize: bool = True) -> Any:
        """Start computing ``coll`` on the cluster and keep it there; wait, showing progress.

        ``optimize=False`` keeps the tasks as built (fusing them drops the workers they are pinned to).
        """
        if self.client is None:
            return coll.persist()
        from distributed import as_completed, futures_of, wait

        coll = self.client.persist(coll, optimize_graph=optimize)
        futures = futures_of(coll)
        if not self.progress:
            wait(futures)
            return coll
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        cols = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*cols, console=Console(stderr=True), transient=True) as bar:
            task = bar.add_task(label, total=len(futures))
            for _ in as_completed(futures):
                bar.advance(task)
        return coll

    def where(self, coll: Any) -> list[str] | None:
        """The worker holding each partition of a persisted bag (None without a cluster)."""
        if self.client is None:
            return None
        who = self.client.who_has(coll)
        out = [sorted(who[k])[0] if who.get(k) else None for k in coll.__dask_keys__()]
        return out

    def compute(self, coll: Any, label: str) -> Any:
        """The value of ``coll``, brought to the client.

        A bag's partitions travel as one pickle each: Dask's own transfer of long lists
        of small tuples was ten times slower.
        """
        coll = self.persist(coll, label)
        if self.client is None or not hasattr(coll, "npartitions"):
            return coll.compute()
        import dask

        blobs = self.client.gather(self.client.compute([dask.delayed(pickle.dumps)(d) for d in coll.to_delayed()]))
        return [x for b in blobs for x in pickle.loads(b)]


def _target(total: int, threads: int) -> int:
    """Bytes per partition: a few partitions per thread, within bounds."""
    return max(MIN_PARTITION, min(MAX_PARTITION, total // max(1, 4 * threads)))


def read_bag(listing: dask_read.Listing, pub_date: Any, threads: int) -> Any:
    """A bag of read records (articles and problems) from the listed files."""
    import dask
    import dask.bag as db

    manifests = dask_merge.shared(listing.manifests)
    target = _target(sum(s.size for s in listing.sources), threads)
    parts = []
    for batch, k in dask_read.batches(listing.sources, target):
        d = dask.delayed(dask_read.read_batch, pure=True)(batch, pub_date, manifests)
        parts.extend([d] if k == 1 else [dask.delayed(dask_read.piece)(d, m, k) for m in range(k)])
    return db.from_delayed(parts) if parts else db.from_sequence([], npartitions=1)


def timeline(read: Any, run: Runner, opts: Options | None = None, problems: list | None = None,
             threshold: float = MERGE_THRESHOLD) -> Result:
    """Prepare, date, process and merge a bag of read records into a :class:`~maliclock.pipeline.Result`.

    ``problems`` are ``(key, Problem)`` pairs found before reading (the listing).
    Only small things come to the client: problems, one slim record per article
    (id, path, dates, counts), the passing pairs of the merge, and the events.
    """
    opts = opts or Options()
    prepared = run.persist(read.map_partitions(dask_read.prepare_records, opts.date_order), "reading and tagging")
    found = run.compute(prepared.filter(lambda r: r[0] == "p"), "problems")
    groups = run.compute(prepared.filter(lambda r: r[0] != "p").map(lambda r: (r[1][0], r[1]))
                         .groupby(itemgetter(0), shuffle=SHUFFLE).filter(lambda g: len(g[1]) > 1)
                         .map(lambda g: (g[0], [k for _, k in g[1]])), "duplicate ids")
    renames = dask_read.duplicate_ids(groups)
    if renames:
        prepared = prepared.map(dask_read.rename, dask_merge.shared(renames))
    decided = run.persist(prepared.map_partitions(dask_pubdate.decide_records, opts.infer), "dates")
    placed = dask_pubdate.place(decided, run, opts.date_order) if opts.infer else None
    dated = placed if placed is not None else decided.map_partitions(dask_pubdate.finish)
    processed = run.persist(dated.map_partitions(dask_read.process_records, opts.date_order), "resolving")
    warned = run.compute(processed.filter(lambda r: r[0] == "w"), "date warnings")
    slim = run.compute(processed.filter(lambda r: r[0] == "a").map(
        lambda r: (r[1], ProcessedArticle(r[2].article, r[2].timexes, [], r[2].pub))), "sources")
    res = Result()
    res.articles = [pa for _, pa in sorted(slim, key=itemgetter(0))]
    read_problems = sorted((problems or []) + [(k, p) for _, k, p in found], key=itemgetter(0))
    # failures of preparing and of resolving: the records pass through every step
    failed = sorted(((k, p) for _, k, p in run.compute(processed.filter(lambda r: r[0] == "f"), "failures")),
                    key=itemgetter(0))
    res.problems = [p for _, p in read_problems] + [p for _, p in sorted(warned, key=itemgetter(0))]
    res.problems += [p for pa in res.articles for p in unresolved_problems(pa)] + [p for _, p in failed]
    res.events = dask_merge.chronology(processed, run, threshold)
    return res


@contextmanager
def connect(scheduler: str | None = None, workers: int | None = None, processes: bool = True) -> Iterator[Any]:
    """A client of the scheduler at ``scheduler``, or of a local cluster sized to the machine."""
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler, timeout="20s") as client:
            yield client
        return
    n = workers or os.cpu_count() or 1
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=processes, silence_logs=logging.ERROR) as lc, \
            Client(lc) as client:
        yield client


def run_timeline(inputs: list[str], opts: Options, scheduler: str | None = None, progress: bool = False,
                 client: Any = None) -> Result:
    """``maliclock timeline`` on Dask: list the inputs here, do the work on the cluster."""
    listing = dask_read.list_inputs(inputs, opts.pub_date, opts.manifest)
    if client is not None:
        return _run(listing, opts, client, progress)
    with connect(scheduler) as client:
        print(f"maliclock: dask dashboard: {client.dashboard_link}", file=sys.stderr, flush=True)
        return _run(listing, opts, client, progress)


def _run(listing: dask_read.Listing, opts: Options, client: Any, progress: bool) -> Result:
    threads = sum(client.nthreads().values()) or 1
    bag = read_bag(listing, opts.pub_date, threads)
    return timeline(bag, Runner(client, progress), opts, listing.problems)


def _default_client() -> Any:
    try:
        from distributed import default_client
        return default_client()
    except (ImportError, ValueError):
        return None


def result_from_bag(bag: Any, date_order: str = "MDY", progress: bool = False) -> Result:
    """The chronology of a Dask bag of articles, as a :class:`~maliclock.pipeline.Result`.

    Each element is a dict with ``text`` and optionally ``id``, ``published`` (or
    ``date``, ``pub_date``, ``publish_date``: a date, datetime or ISO string),
    ``title``, ``publisher``, ``url``, ``path``; or a :class:`maliclock.read.Article`.
    Runs on the active distributed client if there is one, else on Dask's default scheduler.
    """
    import dask
    import dask.bag as db

    parts = [dask.delayed(_records)(p, n) for n, p in enumerate(bag.to_delayed())]
    read = db.from_delayed(parts) if parts else db.from_sequence([], npartitions=1)
    return timeline(read, Runner(_default_client(), progress), Options(date_order=date_order))


def _records(part: list, n: int) -> list[tuple]:
    return [dask_read.article_from_record(obj, (n, i)) for i, obj in enumerate(part)]


def timeline_from_bag(bag: Any, date_order: str = "MDY", options: dict | None = None) -> Any:
    """The :class:`~maliclock.models.TimelineOut` of a Dask bag of articles (see :func:`result_from_bag`)."""
    from .render.model import timeline_out

    return timeline_out(result_from_bag(bag, date_order), options or {"engine": "dask"})


def timeline_from_dataframe(df: Any, date_order: str = "MDY", options: dict | None = None) -> Any:
    """The :class:`~maliclock.models.TimelineOut` of a Dask dataframe with columns ``id``, ``text``,
    ``published`` (and optionally ``title``, ``publisher``, ``url``), one row per article."""
    return timeline_from_bag(df.to_bag(format="dict"), date_order, options)
