"""Event assembly from a processed Doc, one module per job:

- `filters`: non-events (plans, threats, negation, background, aggregates, names containing a trigger word);
- `triggers`: the trigger that carries a clause's event and the refinements of its type;
- `roles`, `role_rules`, `actor_context`, `claims`: who did what to whom;
- `places`, `when`, `fatalities`, `attribution`: where, when, how many killed, who says so and how surely;
- `merging`: restatements and duplicates; `assemble`: the clause-by-clause driver; `model`: the Event record.
"""

from .assemble import extract_events
from .fatalities import fatalities_in
from .model import Event, stable_id

__all__ = ["Event", "extract_events", "fatalities_in", "stable_id"]
