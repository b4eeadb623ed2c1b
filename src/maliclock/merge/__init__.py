"""Stage 6: merge dated statements into events, one per real-world happening.

Two statements merge when their dates are compatible (the same day, one
containing the other, parts of the same day) and their content is similar
enough: shared event words, names (with variants and acronyms) and content
stems, scored by readable rules. Candidates are blocked by key term and date
so the merge never compares all pairs. The result does not depend on input order.

- ``content``: what a statement says (event words, names, stems);
- ``scoring``: how alike two statements are, and whether their dates allow one happening;
- ``stories``: the distinctive names of each article, which link the articles of one story;
- ``clusters``: candidate pairs, blocking and the union of pairs into clusters;
- ``streaming``: the merge in date order, in bounded memory;
- ``conflicts``: places and tolls that sources disagree on;
- ``events``: events from clusters, their order, and the roll-up.
"""

from .clusters import (BLOCK_WINDOW, Cluster, Span, block_pairs, block_terms, candidate_pairs, key_terms, merge_plain,
                       near_misses, span, union)
from .conflicts import Conflict, Places, counts_of, location_conflicts, tolls_of
from .events import (CENTRALITY_DIRECT, Event, best_mention, canonical_order, chronology, event_id, event_order,
                     roll_up, to_event, unique_ids)
from .content import ACRONYM_INDEX_FROM, AcronymIndex, Features, acronyms, features, features_of, fold, stem
from .scoring import MERGE_THRESHOLD, Scored, compatible, score_pair, similarity, similarity_score
from .stories import story_names, with_stories
from .streaming import merge

__all__ = ["ACRONYM_INDEX_FROM", "AcronymIndex", "BLOCK_WINDOW", "CENTRALITY_DIRECT", "Cluster", "Conflict", "Event",
           "Features", "MERGE_THRESHOLD", "Places", "Scored", "Span", "acronyms", "best_mention", "block_pairs",
           "block_terms", "candidate_pairs", "canonical_order", "chronology", "compatible", "event_id", "event_order",
           "counts_of", "features", "features_of", "fold", "key_terms", "location_conflicts", "merge", "merge_plain",
           "near_misses", "roll_up", "score_pair", "similarity", "similarity_score", "span", "stem", "to_event",
           "story_names", "tolls_of", "union", "unique_ids", "with_stories"]
