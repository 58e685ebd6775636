"""The event sets no packaged model may be fitted on, listed once for the trainers' refusal tests: the held-out and
blind sets (never read) and the development sets whose errors were read after no model had been fitted on them
(`newsetl.train_events.BLIND_SETS` / `NOT_FITTED`). Written out here rather than imported, so that a set dropped from
the code's lists fails the tests."""

from __future__ import annotations

UNFITTED_EVENT_SETS = (
    "events_heldout",
    "events_blind14",
    "events_blind15",
    "events_blind16",
    "events_blind17",
    "events_blind18",
    "events_blind19",
    "events_blind20",
    "events_blind21",
    "events_blind22",
    "events_blind23",
)
