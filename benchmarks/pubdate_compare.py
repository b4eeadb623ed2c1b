"""Chronology with inferred publication dates against the one built with the manifest.

Copies the articles of a folder to a temporary folder without its ``sources.csv``, builds the
chronology there (publication dates read from the text or inferred), builds it again with
the manifest, and compares every dated mention (article, offset of the expression) and every
event (summary) between the two.

    python benchmarks/pubdate_compare.py seeds/

A mention counts as *same* when its value is identical, *in range* when it differs but the
manifest's day lies inside the range the inferred run gives for it (the date is marked
inferred with that range), and *off* otherwise.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from maliclock.pipeline import Options, run_timeline
from maliclock.render.model import timeline_out
from maliclock.timex import TimexValue


def _mentions(tl) -> dict[tuple[str, int], tuple[str, list[str] | None, bool, str]]:
    out = {}
    for e in tl.events:
        for m in e.mentions:
            out[(m.source, m.start)] = (m.value, m.value_range, m.inferred, m.expression)
    return out


def _interval(value: str):
    try:
        return TimexValue.parse(value).interval()
    except ValueError:
        return None


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "seeds")
    with tempfile.TemporaryDirectory() as tmp:
        for f in sorted(folder.iterdir()):
            if f.is_file() and f.name != "sources.csv":
                shutil.copy(f, tmp)
        bare = timeline_out(run_timeline([tmp], Options()), {})
    full = timeline_out(run_timeline([str(folder)], Options()), {})
    print("publication dates (inferred run vs manifest):")
    truth = {s.id: s.published for s in full.sources}
    for s in bare.sources:
        rng = s.published_range or ["-", "-"]
        ok = s.published_range and rng[0] <= (truth[s.id] or "") <= rng[1]
        print(f"  {s.id}: {s.published} [{rng[0]}, {rng[1]}] {s.published_basis} {s.confidence:.2f}"
              f" | manifest {truth[s.id]} | {'contains' if ok else 'MISSES'}")
    a, b = _mentions(bare), _mentions(full)
    same = in_range = off = 0
    for key in sorted(set(a) & set(b)):
        va, rng, inferred, expr = a[key]
        vb = b[key][0]
        if va == vb:
            same += 1
            continue
        ivb = _interval(vb)
        if rng and ivb and rng[0] <= ivb[0].isoformat() and ivb[1].isoformat() <= rng[1]:
            in_range += 1
            print(f"  in range: {key[0]}@{key[1]} {expr!r}: {va} (inferred, {rng[0]}..{rng[1]}) vs {vb}")
        else:
            off += 1
            print(f"  OFF:      {key[0]}@{key[1]} {expr!r}: {va} {rng} vs {vb}")
    only_bare, only_full = len(set(a) - set(b)), len(set(b) - set(a))
    print(f"dated mentions in both runs: {same + in_range + off}; same value {same}, different but inside the "
          f"marked range {in_range}, off {off}; only without manifest {only_bare}, only with manifest {only_full}")
    ev_a = {(e.summary, e.date) for e in bare.events}
    ev_b = {(e.summary, e.date) for e in full.events}
    print(f"events: {len(bare.events)} without manifest, {len(full.events)} with; same summary and date "
          f"{len(ev_a & ev_b)}")
    marks = {(e.summary, e.date): e for e in bare.events}
    for key in sorted(ev_a - ev_b):
        e = marks[key]
        mark = f"inferred {'..'.join(e.date_range)}" if e.inferred and e.date_range else \
            "inferred" if e.inferred else "NOT MARKED"
        print(f"  only without manifest: {e.date} ({mark}): {e.summary[:80]}")
    for key in sorted(ev_b - ev_a):
        print(f"  only with manifest:    {key[1]}: {key[0][:80]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
