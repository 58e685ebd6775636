"""fix110 (twenty-sixth session, issue 10): review mends of ev98, the protest line. A blockade a force removes is a
protest only when people blocked the road (not lorries, cattle, gunmen or fighters, not pilgrims, mourners or people
fleeing); "against X and the army arrested 30 of them" keeps the arrest as the protest's intervention (a verb is no
object of "against"); "halted / frozen / stalled since <month>" blanks the date only of a service (deliveries, salaries,
water ...), never of fighting that has stopped; "demanding that the farmers abducted on Sunday be rescued" keeps its
abduction; a driver "taken into custody on the spot" after a blockade is no crowd's arrest. Variant sentences written
for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 11, 20)  # a Friday


def _subs(extractor, line) -> list[str]:
    return sorted(r["sub_event_type"] for r in run(extractor, [line], ref=REF))


def _rows(extractor, line) -> list[tuple]:
    return [(r["sub_event_type"], r["actor2"], r["event_date"]) for r in run(extractor, [line], ref=REF)]


@pytest.mark.parametrize(
    "line",
    [
        "On Tuesday, scores of stranded tankers blocked the roundabout at Busia for hours until police cleared them.",
        "On Tuesday, dozens of buses blocked the access road to the harbour of Tanga until officers removed them.",
        "On Tuesday, dozens of armed men and gunmen blocked the Jos-Bauchi highway until troops drove them away.",
        "On Tuesday, hundreds of militia fighters blocked the access road to Baidoa before soldiers drove them out.",
        "On Tuesday, hundreds of goats blocked the Dodoma highway until police moved them.",
        "On Tuesday, hundreds of pilgrims blocked the access road to the mosque until police cleared them.",
        "On Tuesday, hundreds of families fleeing the floods blocked the access road until soldiers cleared them.",
    ],
)
def test_blockade_removed_needs_a_crowd_of_people(extractor, line):
    assert _subs(extractor, line) == []


@pytest.mark.parametrize(
    "line",
    [
        "On Thursday, some 60 villagers of Kondoa, angered by the leak, blocked the access road to the pumping station "
        "until police persuaded them to leave in the evening.",
        "On Tuesday, dozens of traders blocked the main road in Moshi until police removed them.",
    ],
)
def test_blockade_of_people_removed_is_a_protest(extractor, line):
    subs = _subs(extractor, line)
    assert subs and all(s in ("Peaceful protest", "Protest with intervention") for s in subs), subs


@pytest.mark.parametrize(
    ("line", "force"),
    [
        ("Hundreds marched in Mwanza on Tuesday against the bread price rise and the army arrested 25 of them.", "Mil"),
        (
            "Hundreds marched in Mwanza on Tuesday against the bread price rise but the military detained 25 of them.",
            "Mil",
        ),
        ("Hundreds marched in Mwanza on Tuesday against the levy and security agents arrested 25 of them.", "Pol"),
        ("Workers protested in Mwanza on Tuesday against unpaid bonuses and the army beat them with batons.", "Mil"),
    ],
)
def test_force_after_the_object_is_the_intervention(extractor, line, force):
    rows = _rows(extractor, line)
    assert [r[0] for r in rows] == ["Protest with intervention"], rows
    assert rows[0][1] and rows[0][1].startswith(force), rows


def test_noun_object_of_against_stays_the_cause(extractor):
    line = "On Saturday, hundreds of fishermen marched peacefully in Tanga against the closure of the harbour and the arrests."
    assert _subs(extractor, line) == ["Peaceful protest"]


@pytest.mark.parametrize(
    "line",
    [
        "Fighting between the army and the rebels has been stalled since June, residents said on Tuesday.",
        "Clashes have been frozen since February along the front line, officials said on Tuesday.",
        "Talks have been frozen since February, when militants attacked a border post, killing four soldiers.",
    ],
)
def test_halted_fighting_is_no_state_of_a_service(extractor, line):
    assert _subs(extractor, line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Hundreds of nurses marched in Mwanza on Tuesday to demand salaries that have been withheld since February.",
        "Hundreds of residents marched in Tanga on Tuesday to demand water deliveries that have been halted since May.",
    ],
)
def test_halted_service_keeps_the_march(extractor, line):
    rows = _rows(extractor, line)
    assert rows == [("Peaceful protest", None, date(2026, 11, 17))], rows


def test_demanding_that_keeps_a_dated_abduction(extractor):
    line = "Hundreds marched in Mwanza on Tuesday, demanding that the nine herders abducted on Sunday be rescued."
    assert "Abduction/forced disappearance" in _subs(extractor, line)


def test_demanding_that_a_detained_colleague_is_the_cause(extractor):
    line = "On Tuesday, traders marched to the council office in Moshi, demanding that a detained colleague be freed."
    assert _subs(extractor, line) == ["Peaceful protest"]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "On Tuesday, residents blocked the road after the crash in Moshi, and police took the driver into custody "
            "on the spot.",
            [],
        ),
        (
            "On Tuesday, traders blocked the road in Moshi to demand lower fees, and police took nine of them into custody.",
            ["Protest with intervention"],
        ),
    ],
)
def test_custody_of_a_suspect_is_no_crowd_arrest(extractor, line, want):
    subs = _subs(extractor, line)
    assert "Protest with intervention" not in subs if not want else subs == want, subs


@pytest.mark.parametrize(
    "line",
    [
        "On Tuesday, hundreds of villagers blocked the access road to the quarry until police removed them.",
        "On Tuesday, dozens of vendors blocked the roundabout in Moshi, and police cleared them within an hour.",
    ],
)
def test_blockade_removed_by_police_is_their_intervention(extractor, line):
    rows = _rows(extractor, line)
    assert [r[0] for r in rows] == ["Protest with intervention"] and rows[0][1].startswith("Police"), rows


@pytest.mark.parametrize(
    "line",
    [
        "A mudslide blocked the main road near Lushoto on Tuesday until soldiers cleared it.",
        "On Tuesday, an overturned tanker blocked the highway near Morogoro for five hours until police cleared it.",
        "On Tuesday, armed bandits blocked the road near Kibondo until soldiers cleared them, the army said.",
        "On Tuesday, thousands of mourners blocked the highway during the burial until police cleared them.",
    ],
)
def test_blockade_of_things_or_armed_men_is_no_protest(extractor, line):
    assert "Peaceful protest" not in _subs(extractor, line)
    assert "Protest with intervention" not in _subs(extractor, line)


def test_truck_drivers_blockade_stays_a_protest(extractor):
    line = "On Tuesday, hundreds of truck drivers blocked the main roundabout in Moshi to demand armed escorts."
    assert _subs(extractor, line) == ["Peaceful protest"]
