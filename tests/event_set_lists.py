"""The event sets no packaged model may be fitted on, listed once for the trainers' refusal tests: the held-out and
blind sets (never read; `newsetl.train_events.BLIND_SETS`). The development sets whose errors were read before any model
was fitted on them (blind14, 15, 18-22) are fitted on since ev45 (`DEV_SETS`); blind23, read since the fifteenth session, was in `NOT_FITTED` until refit22 (twenty-second session), with blind24-29; blind30, read in the twenty-second
session (analyst30), blind31, read at its end (analyst31), blind32, read at the end of the twenty-third session (analyst32), blind33, read at the end of the twenty-fourth session (analyst33), blind34, read at the end of the twenty-fifth session (analyst34), blind35 and blind36, written, measured untouched and read in the twenty-sixth session (analyst35, analyst36), and blind37
and blind38, written, measured untouched and read in the twenty-seventh session (analyst37, analyst38), are in `NOT_FITTED` (listed here with the blind sets, as no model is fitted on them). Written out here
rather than imported, so that a set dropped from the code's lists fails the tests."""

from __future__ import annotations

UNFITTED_EVENT_SETS = (
    "events_heldout",
    "events_blind16",
    "events_blind17",
    "events_blind30",
    "events_blind31",
    "events_blind32",
    "events_blind33",
    "events_blind34",
    "events_blind35",  # written blind (writer35), measured untouched and read in the twenty-sixth session (NOT_FITTED)
    "events_blind36",  # written blind (writer36), measured untouched and read in the twenty-sixth session (NOT_FITTED)
    "events_blind37",  # written blind (writer37), measured untouched and read in the twenty-seventh session (NOT_FITTED)
    "events_blind38",  # written blind (writer38), measured untouched and read in the twenty-seventh session (NOT_FITTED)
    "events_blind40",  # written blind (writer40), twenty-eighth session
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
