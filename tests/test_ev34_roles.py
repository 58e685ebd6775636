"""ev34: the state force that acts on a violent demonstration is its other side; a riot with no force named keeps none."""

from __future__ import annotations

from datetime import date

from tests.extract_util import one, run

REF = date(2026, 5, 10)


def test_force_dispersing_a_riot_is_its_other_side(extractor):
    rows = run(
        extractor,
        [
            "On Saturday, hundreds of young people in Kelo marched to the town hall in Kelo, Chad, some of them "
            "throwing stones at the gate, before gendarmes dispersed them with tear gas."
        ],
        ref=REF,
    )
    row = one(rows, "Violent demonstration")
    assert row["actor1"] == "Rioters"
    assert row["actor2"] is not None and row["actor2"].startswith("Police Forces of")


def test_riot_without_a_force_keeps_no_other_side(extractor):
    rows = run(
        extractor,
        ["On Friday, rioters in Sarh, Chad, set fire to a shop and looted a warehouse, residents said."],
        ref=REF,
    )
    assert one(rows, "Violent demonstration")["actor2"] is None
