"""The event sets no packaged model may be fitted on, listed once for the trainers' refusal tests: the held-out and
blind sets (never read; `newsetl.train_events.BLIND_SETS`). The development sets whose errors were read before any model
was fitted on them are fitted on since a round refitted every packaged model with them: blind14, 15 and 18-22 since
ev45, blind23-29 since refit22 (twenty-second session), blind30-38 (read from the twenty-second to the twenty-seventh
session: analyst30 to analyst38) since refit30 (twenty-eighth session). blind39 and blind40, written, measured untouched
and read in the twenty-eighth session (analyst39, analyst40), and blind41 and blind42, written, measured untouched and
read in the twenty-ninth (analyst41, analyst42), are in `NOT_FITTED` (listed here with the blind sets, as no model is
fitted on them). Written out here rather than imported, so that a set dropped from the code's lists fails the tests."""

from __future__ import annotations

UNFITTED_EVENT_SETS = (
    "events_heldout",
    "events_blind16",
    "events_blind17",
    "events_blind39",  # written blind (writer39), measured untouched and read in the twenty-eighth session (NOT_FITTED)
    "events_blind40",  # written blind (writer40), measured untouched and read in the twenty-eighth session (NOT_FITTED)
    "events_blind41",  # written blind (writer41), measured untouched and read in the twenty-ninth session (NOT_FITTED)
    "events_blind42",  # written blind (writer42), measured untouched and read in the twenty-ninth session (NOT_FITTED)
)
# development sets every packaged event model has been fitted on since ev45 (refitted with them; figures in-sample)
FITTED_SINCE_EV45 = (
    "events_blind14",
    "events_blind15",
    "events_blind18",
    "events_blind19",
    "events_blind20",
    "events_blind21",
    "events_blind22",
)
# development sets every packaged event model has been fitted on since refit22 (twenty-second session)
FITTED_SINCE_REFIT22 = (
    "events_blind23",
    "events_blind24",
    "events_blind25",
    "events_blind26",
    "events_blind27",
    "events_blind28",
    "events_blind29",
)
# development sets every packaged event model has been fitted on since refit30 (twenty-eighth session)
FITTED_SINCE_REFIT30 = (
    "events_blind30",
    "events_blind31",
    "events_blind32",
    "events_blind33",
    "events_blind34",
    "events_blind35",
    "events_blind36",
    "events_blind37",
    "events_blind38",
)
