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
    # "carrying out a patrol to X" performs the patrol, it carries nothing to X: X stays the place (the (?!out\b) of
    # wordlists.json travel_destination_before; without it the source's Nkawkaw would take the event)
    rows = _places(
        extractor,
        [LEAD, "On Wednesday, soldiers carrying out a patrol to Kumasi shot dead two robbers, police in Nkawkaw said."],
    )
    assert rows["2026-06-03"] == {"Kumasi"}, rows


BOENDE = "BOENDE, June 5 — Soldiers fought a militia near Ikela on Monday, killing seven people, local leaders said."


def test_a_place_in_the_clause_dated_last_week(extractor):
    # "in X last week" after the trigger: X is where it happened, not the dateline (place_cues.json in_clause_dated)
    rows = _places(
        extractor,
        [
            BOENDE,
            "A policeman shot dead a motorcycle taxi driver in Yalokombe last week after a quarrel, residents said.",
        ],
    )
    assert "Yalokombe" in set().union(*rows.values()), rows
    assert "Boende" not in set().union(*rows.values()), rows


def test_a_march_through_a_place_to_hand_over_a_petition(extractor):
    rows = _places(
        extractor,
        [BOENDE, "On Tuesday, residents marched through Mbokoto to hand over a petition on water shortages."],
    )
    assert rows["2026-06-02"] == {"Mbokoto"}, rows


def test_near_a_name_that_begins_with_a_known_name(extractor):
    # "near Hazrat Nazar by men who ...": the whole capitalised sequence is the place, not the town "Hazrat" stands
    # for elsewhere (place_cues.json near_place_after_trigger)
    rows = _places(
        extractor,
        [
            "AYBAK, June 5 — Gunmen killed five people on Monday in the district of Dara-i-Suf in Samangan province, a radio station said.",
            "Separately, a truck driver was shot dead on Tuesday on the highway near Hazrat Nazar by men who took his"
            " cash, residents said.",
        ],
    )
    assert rows["2026-06-02"] == {"Hazrat Nazar"}, rows


def test_near_a_building_is_no_place(extractor):
    # "near Aybak Hospital": the hospital is no place, the town in its name is (cued_sequence's facility check and
    # near_place_after_trigger's `not_facility` each keep "Aybak" a place of its own)
    rows = _places(
        extractor,
        [
            "AYBAK, June 5 — Gunmen killed five people on Monday in the district of Dara-i-Suf in Samangan province, a radio station said.",
            "On Tuesday, a guard was shot dead near Aybak Hospital by men on a motorbike, residents said.",
        ],
    )
    assert rows["2026-06-02"] == {"Aibak"}, rows  # the town the hospital is in (the gazetteer spells it "Aibak")


def test_not_far_from_a_building_is_no_place(extractor):
    # "not far from X Mosque": a building of a place the gazetteer lacks (near_place_after_trigger's `not_facility`;
    # "near" and "outside" reach the name through another cue)
    rows = _places(
        extractor,
        [
            "AYBAK, June 5 — Gunmen killed five people on Monday in the district of Dara-i-Suf in Samangan province, a radio station said.",
            "On Tuesday, a guard was shot dead not far from Tindan Mosque by men on a motorbike, residents said.",
        ],
    )
    assert "Tindan Mosque" not in rows["2026-06-02"], rows


def test_on_the_road_to_an_unknown_place_before_a_relative_clause(extractor):
    # "planted a mine on the road to X that wounded ...": the only place of the sentence, X is the event's place, not
    # the place of the event before (place_cues.json on_road_to reads a relative clause after X)
    rows = _places(
        extractor,
        [
            "CHAGHCHARAN, June 5 — Gunmen shot dead three herders on Monday near the village of Shahrak in Ghor"
            " province, a radio station said.",
            "On Tuesday, unknown men planted a bomb on the road to Baghtuyar that wounded two Taliban fighters when their"
            " pickup struck it, the radio said.",
        ],
    )
    assert rows["2026-06-02"] == {"Baghtuyar"}, rows
