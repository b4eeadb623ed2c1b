"""Stage 5: build dated statements: the clause each calendar expression governs.

A statement keeps its article, sentence, clause, a summary line (the clause
without the date phrase and attribution), the expression and its interval.
Expressions introduced by a boundary signal ("since 2009") place nothing;
ranges ("1990-1995") become one statement; "four days after the coup" is
placed once the article has dated the coup.

- ``placing``: which dates of a sentence place a clause, and the statements they make;
- ``clauses``: where each placed clause begins and ends;
- ``phrases``: what a date names inside its clause (a happening, a participle, a labelled thing);
- ``summary``: the summary line of a clause;
- ``text``: text helpers and word classes the others share.
"""

from .placing import Statement, build
from .summary import summarize

__all__ = ["Statement", "build", "summarize"]
