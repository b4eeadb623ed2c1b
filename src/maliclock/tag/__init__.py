"""Stage 3: find temporal expressions with the declarative rules of ``maliclock.rules.patterns``.

- ``engine``: compiles every rule once and applies the rules to the taggable zones of a text;
- ``starts``: the words and characters each rule can start with;
- ``scan``: one pass over a text that finds where those starts are, so a rule runs only there;
- ``reverse``: contexts before a match (``not_before``, ``need_before``), matched once, backwards;
- ``order``: whether the article writes its dates day first or month first.
"""

from .engine import (MATCH_START, CompiledRule, Tagged, compile_rule, compiled_rules, parse_clock, tag_span, tag_zones,
                     warm)
from .order import numeric_date_order, written_date_order

__all__ = ["MATCH_START", "CompiledRule", "Tagged", "compile_rule", "compiled_rules", "parse_clock", "tag_span",
           "numeric_date_order", "tag_zones", "warm", "written_date_order"]
