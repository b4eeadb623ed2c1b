"""The order in which an article writes its days and months ("4 June" or "June 4"): the order its numeric dates
("04/06/2024") are most likely written in too."""

from __future__ import annotations

from .engine import Tagged


def written_date_order(tagged: list[Tagged]) -> str | None:
    """"DMY" when the article writes its dates day first ("10 October", "Tuesday 4 March 2025") and never month
    first, "MDY" the other way round, None when it writes none or both."""
    dmy = mdy = 0
    for t in tagged:
        name = t.rule
        if "day_month" in name:
            dmy += 1
        elif "month_day" in name or "month_the_day" in name:
            mdy += 1
    if dmy and not mdy:
        return "DMY"
    if mdy and not dmy:
        return "MDY"
    return None
