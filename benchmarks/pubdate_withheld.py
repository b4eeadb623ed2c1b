"""Publication-date inference with the dates withheld: how often is the inferred date right?

Reads a JSON Lines corpus with a ``published`` field (e.g. the TimeBank development set),
gives maliclock the texts only (every date field dropped, each article in a temporary JSONL
file), infers every publication date across the corpus, and compares with the withheld dates.

    python benchmarks/pubdate_withheld.py ../shared/timeml/timebank.jsonl [--json] [--by-year] [--errors N] [--rows FILE]

Reports the share of articles whose inferred date has the right year, the right year and
month, the right day, whose range contains the true day, how wide the ranges are, and how many
days the most likely day is off (median).
Nothing is copied into the project; the temporary file is deleted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date

from maliclock.pipeline import Options, prepare_corpus

DATE_FIELDS = ("published", "date", "pub_date", "publish_date", "dct")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", help="JSON Lines with id, text and published")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--by-year", action="store_true", help="break the figures down by true publication year")
    ap.add_argument("--errors", type=int, default=0, help="list this many articles whose range misses")
    ap.add_argument("--rows", metavar="FILE", help="write each article's result to FILE as JSON Lines "
                    "(to compare two versions article by article)")
    args = ap.parse_args(argv)
    truth: dict[str, date] = {}
    fd, tmp = tempfile.mkstemp(suffix=".jsonl")
    try:
        with open(args.corpus, encoding="utf-8") as src, os.fdopen(fd, "w", encoding="utf-8") as out:
            for line in src:
                if not line.strip():
                    continue
                obj = json.loads(line)
                truth[str(obj["id"])] = date.fromisoformat(obj["published"][:10])
                out.write(json.dumps({"id": obj["id"], "text": obj["text"]}) + "\n")
        t0 = time.perf_counter()
        prepared, _ = prepare_corpus([tmp], Options())
        seconds = time.perf_counter() - t0
    finally:
        os.unlink(tmp)
    rows = []
    for p in prepared:
        true = truth[p.article.id]
        pd = p.pub
        got = pd.published
        rows.append({
            "id": p.article.id, "true": true.isoformat(), "published": got.isoformat() if got else None,
            "first": pd.first.isoformat() if pd.first else None, "last": pd.last.isoformat() if pd.last else None,
            "basis": pd.basis, "confidence": pd.confidence,
            "year": bool(got and got.year == true.year),
            "month": bool(got and (got.year, got.month) == (true.year, true.month)),
            "calendar_month": bool(got and got.month == true.month),
            "day": got == true,
            "contains": bool(pd.first and pd.first <= true <= pd.last),
            "width": (pd.last - pd.first).days + 1 if pd.first else None,
            "off": abs((got - true).days) if got else None,
        })
    if args.rows:
        with open(args.rows, "w", encoding="utf-8") as f:
            for r in sorted(rows, key=lambda r: r["id"]):
                f.write(json.dumps(r, sort_keys=True) + "\n")
    n = len(rows)
    widths = [r["width"] for r in rows if r["width"]]
    figures = {
        "articles": n,
        "dated": sum(1 for r in rows if r["published"]),
        "right_year": sum(r["year"] for r in rows) / n,
        "right_month": sum(r["month"] for r in rows) / n,
        "right_calendar_month": sum(r["calendar_month"] for r in rows) / n,
        "right_day": sum(r["day"] for r in rows) / n,
        "range_contains": sum(r["contains"] for r in rows) / n,
        "median_range_days": statistics.median(widths) if widths else None,
        "median_days_off": statistics.median(r["off"] for r in rows if r["off"] is not None) if widths else None,
        "seconds": round(seconds, 2),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"articles {n}, given a date {figures['dated']}, {seconds:.1f} s")
        for k in ("right_year", "right_month", "right_calendar_month", "right_day", "range_contains"):
            print(f"{k:22} {100 * figures[k]:5.1f}%")
        print(f"median range width     {figures['median_range_days']} days")
        print(f"median days off        {figures['median_days_off']} days (the most likely day against the true one)")
    if args.by_year:
        # how each true publication year fares (a minority period without evidence of its year is
        # placed with the majority: this shows where the misses lie)
        for y in sorted({r["true"][:4] for r in rows}):
            part = [r for r in rows if r["true"][:4] == y]
            k = len(part)
            print(f"  published in {y}: {k:3d} articles, right year {100 * sum(r['year'] for r in part) / k:5.1f}%, "
                  f"right month {100 * sum(r['month'] for r in part) / k:5.1f}%, "
                  f"range contains {100 * sum(r['contains'] for r in part) / k:5.1f}%, "
                  f"median days off {statistics.median(r['off'] for r in part if r['off'] is not None):g}")
    misses = [r for r in rows if not r["contains"]][: args.errors]
    for r in misses:
        print(f"miss {r['id']}: true {r['true']}, got {r['published']} [{r['first']}, {r['last']}] "
              f"{r['basis']} {r['confidence']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
