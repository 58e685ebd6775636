"""Round ev66: route and destination places, bare names. Sentences written for the tests.

- "a driver carrying passengers to X", "a truck ferrying goods to X": X is where the vehicle was going, not where the
  event happened, when the sentence names another place."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 6, 5)  # a Friday
LEAD = "ACCRA, June 5 - Police said gunmen killed two people in Tamale on Monday."


def _places(extractor, paragraphs) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in run(extractor, paragraphs, ref=REF):
        out.setdefault(str(r["event_date"]), set()).add(r["location"])
    return out


def test_a_cargo_destination_yields_to_the_place_of_the_event(extractor):
    rows = _places(
        extractor,
        [
            LEAD,
            "On Wednesday, armed robbers blocked the Accra–Kumasi highway near Nkawkaw with tree trunks and shot dead a"
            " driver who was carrying passengers to Kumasi.",
        ],
    )
    assert rows["2026-06-03"] == {"Nkawkaw"}, rows


def test_carrying_out_is_no_destination(extractor):
    rows = _places(
        extractor,
        [LEAD, "On Wednesday, soldiers carrying out a patrol near Nkawkaw shot dead two robbers in Kumasi."],
    )
    assert rows["2026-06-03"] == {"Kumasi"}, rows
