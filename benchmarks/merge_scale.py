"""How merge.chronology scales with the number of statements (synthetic, built by rule).

    python benchmarks/merge_scale.py [--sizes 1000,3000,10000,30000] [--target 1000000] [--budget 600]
                                     [--span fixed|grow]

Builds N day-dated statements (a story pool as in corpus.py: several reports
of each happening, worded differently), times ``merge.chronology`` on growing
N until one size exceeds ``--budget`` seconds, fits time = a * N^k on the
sizes measured and extrapolates to ``--target`` statements. Prints and
returns JSON.

``--span fixed`` (the default) spreads every N over the same ten years, so the
reports per day grow with N (27 a day at 100,000 statements, 274 at 1,000,000,
all about twelve kinds of happening in 24 cities): the candidates of each
statement (blocks are scanned up to ``merge.BLOCK_WINDOW`` statements ahead)
and the size of events grow with N until the window is full. ``--span grow``
keeps the density of 100,000 statements over ten years (about 27 reports a day)
and lengthens the period instead (100 years for 1,000,000), as a growing
archive does.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import EVENTS, FIRST, LAST, ORGS, PLACES  # noqa: E402

from maliclock import merge  # noqa: E402
from maliclock.resolve import Resolved  # noqa: E402
from maliclock.statements import Statement  # noqa: E402


TEN_YEARS = 3650
GROW_FROM = 100_000  # --span grow: the density of this many statements over ten years


def span_days(n: int, span: str) -> int:
    """The number of days (minus one) the statements are spread over."""
    return TEN_YEARS if span == "fixed" else round(TEN_YEARS * max(1.0, n / GROW_FROM))


def statements(n: int, seed: int = 0, span: str = "fixed") -> list[Statement]:
    """``n`` statements: about four reports of each of n/4 happenings (over ten years: ``span``)."""
    rng = random.Random(seed)
    out = []
    stories = max(1, n // 4)
    days = span_days(n, span)
    for i in range(n):
        s = rng.randrange(stories)
        srng = random.Random(s)
        day = date(2000, 1, 1) + timedelta(days=srng.randint(0, days))
        verb = srng.choice(list(EVENTS.values()))[0]
        city = srng.choice(PLACES)[0]
        who = f"{srng.choice(FIRST)} {srng.choice(LAST)}"
        org = rng.choice([srng.choice(ORGS), who])
        clause = f"{org} {verb} in {city}" + rng.choice(["", ", officials said", " after weeks of tension"])
        value = day.isoformat()
        t = Resolved(10, 24, "on " + value, "DATE", value, "date_month_day_year", None, "absolute", "past")
        out.append(Statement(f"art-{i // 8:06d}", clause + ".", clause, clause[0].upper() + clause[1:] + ".", t,
                             value, day, day, "day", i % 8, "absolute", ""))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,3000,10000,30000")
    ap.add_argument("--target", type=int, default=1_000_000)
    ap.add_argument("--budget", type=float, default=600.0, help="stop growing N after a run this long")
    ap.add_argument("--span", choices=["fixed", "grow"], default="fixed",
                    help="fixed: ten years whatever N; grow: longer periods for larger N, at a constant density")
    args = ap.parse_args()
    got = []
    for n in (int(s) for s in args.sizes.split(",")):
        st = statements(n, span=args.span)
        t0 = time.process_time()
        events = merge.chronology(st)
        dt = time.process_time() - t0
        got.append({"statements": n, "days": span_days(n, args.span) + 1, "cpu_seconds": round(dt, 3),
                    "events": len(events)})
        print(got[-1], file=sys.stderr)
        if dt > args.budget:
            break
    fit = None
    if len(got) >= 2:
        (n1, t1), (n2, t2) = [(g["statements"], g["cpu_seconds"]) for g in got[-2:]]
        k = math.log(t2 / t1) / math.log(n2 / n1)
        fit = {"exponent": round(k, 2),
               "extrapolated_cpu_seconds": round(t2 * (args.target / n2) ** k),
               "target_statements": args.target}
    print(json.dumps({"span": args.span, "measured": got, "fit": fit}, indent=2))


if __name__ == "__main__":
    main()
