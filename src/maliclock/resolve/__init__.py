"""Stage 4: turn tagged expressions into TIMEX3 values against a reference time.

Each expression is resolved by the normalization its rule's *kind* names:
``calendar`` fills missing fields from the publication date (by tense),
``deictic`` shifts from the publication date, ``anaphoric`` and ``offset``
from the last mentioned time (the publication date when the article has
named none), ``period`` takes the period the article is talking about
("the quarter", "the year-earlier period"), ``duration``/``set``/``ref``/
``clock`` build their value directly. Every result records the anchor it used
and why. The arithmetic lives in ``maliclock.normalize``.

- ``values``: what resolution returns (``Resolved``) and the mentions that anchor later expressions;
- ``state``: the reference times of one article as it is read;
- ``calendar_dates``, ``shifts``, ``clock``: the kinds of resolution, mixed into the ``Resolver``;
- ``resolver``: the ``Resolver``, ``resolve`` and ``resolve_article``.
"""

from .clock import CLOCK_ON_STORY_DAY
from .resolver import Resolver, numeric_date_order, resolve, resolve_article
from .values import Resolved

__all__ = ["CLOCK_ON_STORY_DAY", "Resolved", "Resolver", "numeric_date_order", "resolve", "resolve_article"]
