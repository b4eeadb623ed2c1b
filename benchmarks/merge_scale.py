"""How merge.chronology scales with the number of statements (synthetic, built by rule).

    python benchmarks/merge_scale.py [--sizes 1000,3000,10000,30000] [--target 1000000] [--budget 600]

Builds N day-dated statements spread over ten years (a story pool as in
corpus.py: several reports of each happening, worded differently), times
``merge.chronology`` on growing N until one size exceeds ``--budget``
seconds, fits time = a * N^k on the sizes measured and extrapolates to
``--target`` statements. Prints and returns JSON.
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


def statements(n: int, seed: int = 0) -> list[Statement]:
    """``n`` statements: about four reports of each of n/4 happenings over ten years."""
    rng = random.Random(seed)
    out = []
    stories = max(1, n // 4)
    for i in range(n):
        s = rng.randrange(stories)
        srng = random.Random(s)
        day = date(2000, 1, 1) + timedelta(days=srng.randint(0, 3650))
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
    args = ap.parse_args()
    got = []
    for n in (int(s) for s in args.sizes.split(",")):
        st = statements(n)
        t0 = time.process_time()
        events = merge.chronology(st)
        dt = time.process_time() - t0
        got.append({"statements": n, "cpu_seconds": round(dt, 3), "events": len(events)})
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
    print(json.dumps({"measured": got, "fit": fit}, indent=2))


if __name__ == "__main__":
    main()
