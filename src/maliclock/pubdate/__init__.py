"""Stage 3b: each article's publication date, read wherever it is printed, else inferred.

Runs after tagging and before resolution. Explicit sources (command line, front matter,
HTML metadata, TimeML, manifest, JSON Lines, a dateline in the text, and a date in the
article's URL or file name) are compared and
the most specific one wins, with a warning naming both when two disagree. Without one, the
date is inferred from the article's own expressions (:mod:`.clues`, :mod:`.score`), then
from other articles that place the same happenings (:mod:`.across`). Every result names its
basis, the range of days it can be in, a confidence and the evidence.
"""

from __future__ import annotations

from ..read import Article
from ..segment import Segmented
from ..tag import Tagged, numeric_date_order
from .across import (Features, Prior, anchor_index, collection_clue, collection_priors, cross_clues, names_of,
                     same_topic)
from .clues import build_clues
from .explicit import address_dates, copyright_clues, datelines, decide_explicit, lead_weekday_clue
from .score import calendar_profile, infer
from .offices import office_clues
from .model import Analysis, Anchor, Clue, Evidence, Explicit, Mention, PubDate

__all__ = ["Analysis", "Anchor", "Clue", "Evidence", "Explicit", "Features", "Mention", "Prior", "PubDate", "analyse",
           "anchor_index", "collection_clue", "collection_priors", "cross_clues", "decide", "same_topic"]


def analyse(article: Article, seg: Segmented, tagged: list[Tagged], date_order: str = "MDY",
            names: bool = True) -> Analysis:
    """What an article says about its own publication date: explicit sources, clues, mentions.

    ``names=False`` leaves ``names`` empty, for a caller that finds them later, if at all
    (:func:`names_of` of the text).
    """
    an = Analysis(article.id, article.path)
    an.explicit = [Explicit(b, d, where) for b, d, where in article.dated_by] + address_dates(article.url, article.path)
    # numeric dates are read in the order the article shows ("25/03/2012") or writes its dates in ("10 October"), as
    # resolution reads them
    date_order = numeric_date_order(tagged, date_order)[0]
    found, dl_clues = datelines(seg, date_order)
    an.explicit.extend(found)
    if an.explicit:
        # A printed or given date always wins (decide_explicit), so the text's clues would go
        # unread; skipping them is a quarter of the per-article time in a dated corpus.
        an.clues = dl_clues
    else:
        clues, mentions = build_clues(seg, tagged, date_order)
        # (an agency's: a letter's or a masthead's date line names its own weekday)
        partial = next((c for c in dl_clues if c.kind == "dateline-partial"
                        and c.evidence.reason.startswith("agency dateline")), None)
        lead = lead_weekday_clue(partial, mentions) if partial is not None else []
        an.clues = dl_clues + lead + clues + office_clues(seg) + copyright_clues(seg)
        an.mentions = mentions
    if names:
        an.names = names_of(seg.text)
    return an


def decide(an: Analysis, infer_missing: bool = True, extra: list[Clue] | None = None) -> tuple[PubDate, list[str]]:
    """The publication date of an analysed article and the warnings about it.

    An explicit date wins; otherwise, if ``infer_missing``, the date is inferred from the
    article's clues plus ``extra`` ones (from other articles).
    """
    pd, warnings = decide_explicit(an)
    if pd is not None:
        return pd, warnings
    clues = an.clues + list(extra or [])
    if infer_missing:
        got = infer(clues)
        if got is not None:
            return got, warnings
    reason = "inference turned off (--no-infer)" if not infer_missing else (
        "no clue in the text points at a year" if clues else "no dated expression in the text")
    return PubDate(None, None, None, "none", 0.0, [Evidence(reason)] + [c.evidence for c in clues],
                   calendar=calendar_profile(clues) if infer_missing else ()), warnings
