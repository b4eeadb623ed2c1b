"""The order in which an article writes its days and months ("4 June" or "June 4"): the order its numeric dates
("04/06/2024") are most likely written in too."""

from __future__ import annotations

from datetime import date

from .engine import Tagged

# A numeric date read in one order lies more than this many days after publication, in the other on or before it: the
# article writes the other order (news tells of what was dated, and an ambiguous reading far ahead is the unlikely one).
AHEAD_DAYS = 7


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


def numeric_date_order(tagged: list[Tagged], default: str, published: date | None = None) -> tuple[str, str]:
    """Order of the article's numeric dates, and its basis ("article", "written" or "option").

    A numeric date whose first number can only be a day (25/03/2012) shows
    DMY; one whose second can only be a day (03/25/2012) shows MDY; one that is
    the ``published`` day in one order only ("Published: 04/06/2024" over an
    article of 4 June 2024) shows that order. When the article shows one order
    and not the other, that order reads all its numeric dates; when it shows
    none, the order it writes its dates in ("10 October": day first) does; then
    the order that keeps its numeric dates from lying well after publication
    (``_ahead_order``); otherwise ``default`` (the ``--date-order`` option) does.
    """
    shown = set()
    for t in tagged:
        f = t.fields
        if "n1" in f and "n2" in f:
            a, b = int(f["n1"]), int(f["n2"])
            if 12 < a <= 31 and 1 <= b <= 12:
                shown.add("DMY")
            elif 12 < b <= 31 and 1 <= a <= 12:
                shown.add("MDY")
            elif published is not None and a != b and f.get("n3", "")[-2:] == f"{published.year:04d}"[-2:]:
                if (a, b) == (published.day, published.month):
                    shown.add("DMY")
                elif (a, b) == (published.month, published.day):
                    shown.add("MDY")
    if len(shown) == 1:
        return shown.pop(), "article"
    written = written_date_order(tagged) if not shown else None
    if written is not None:
        return written, "written"  # "04/06/2024" in an article that writes "10 October": day first
    if not shown and published is not None:
        ahead = _ahead_order(tagged, published)
        if ahead is not None:
            return ahead, "published"
    return default, "option"


def _ahead_order(tagged: list[Tagged], published: date) -> str | None:
    """The order that puts none of the article's numeric dates more than ``AHEAD_DAYS`` after publication while the
    other puts one there ("a communique dated 04/03/2025", written on 13 March 2025: 4 March, not 3 April), when
    the dates agree on it; else None."""
    votes = set()
    for t in tagged:
        f = t.fields
        if "n1" not in f or "n2" not in f or len(f.get("n3", "")) != 4:
            continue
        a, b, y = int(f["n1"]), int(f["n2"]), int(f["n3"])
        if a == b or not (1 <= a <= 12 and 1 <= b <= 12):
            continue
        mdy, dmy = date(y, a, b), date(y, b, a)
        if (mdy - published).days > AHEAD_DAYS and dmy <= published:
            votes.add("DMY")
        elif (dmy - published).days > AHEAD_DAYS and mdy <= published:
            votes.add("MDY")
    return votes.pop() if len(votes) == 1 else None
