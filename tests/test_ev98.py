"""ev98 (twenty-sixth session, issue 10): the protest line and triggers inside a demand. A noun of what a march is
"against" ("against the closure of the harbour and the arrests") and a participle inside "asking that a detained
colleague be freed" are the protest's cause, not an Arrests event; a crowd that "blocked the access road ... until the
police persuaded them to leave" protests without a stated demand; blockaders "taken into custody on the spot" are its
intervention. Near misses (an arrest after a comma, a killing or a day in the object, a blockade with no force removing
it, suspects taken into custody) keep main's rows. Variant sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 11, 20)  # a Friday


def _subs(extractor, line) -> list[str]:
    return sorted(r["sub_event_type"] for r in run(extractor, [line], ref=REF))


@pytest.mark.parametrize(
    "line",
    [
        "On Saturday, more than 400 dockers marched slowly from the port gate to the offices of the regional assembly "
        "against the sale of the terminal and the arrests.",
        "On Saturday, hundreds of fishermen marched peacefully in Tanga against the closure of the harbour and the "
        "arrests.",
        "On Tuesday, bodaboda riders held a procession to the police station in Moshi, asking that a detained colleague "
        "be freed.",
        "On Tuesday, traders marched to the council office in Moshi, asking that the arrested vendors be released.",
    ],
)
def test_object_of_the_protest_is_its_cause(extractor, line):
    assert _subs(extractor, line) == ["Peaceful protest"]


@pytest.mark.parametrize(
    "line",
    [
        "On Thursday, some 60 villagers of Kondoa, angered by the leak, blocked the access road to the pumping station "
        "until police persuaded them to leave in the evening.",
        "On Wednesday, about fifty minibus drivers blocked the junction at the northern entrance to the city in support "
        "of their striking colleagues, and police removed them within two hours.",
    ],
)
def test_blockade_removed_by_a_force_is_a_protest(extractor, line):
    subs = _subs(extractor, line)
    assert subs and all(s in ("Peaceful protest", "Protest with intervention") for s in subs), subs


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # an arrest in its own clause after a comma is the protest's intervention, as on main
        (
            "On Saturday, students protested in Tanga against the fee rise, and police detained eight of them.",
            ["Protest with intervention"],
        ),
        # a riot whose crowd protested against a death keeps its riot
        (
            "On Sunday, residents of Kibaha who were protesting against the girl's death set fire to the police post.",
            ["Violent demonstration"],
        ),
        # a day inside the object: the arrests are an event of their own
        (
            "On Saturday, hundreds of fishermen marched in Tanga against the harbour's closure and the arrests on "
            "Friday of three boat owners.",
            ["Arrests"],
        ),
        # a blockade with no force removing it and no demand is no protest
        (
            "On Thursday, some 60 villagers of Kondoa blocked the access road to the pumping station for three hours.",
            [],
        ),
    ],
)
def test_near_misses_keep_their_rows(extractor, line, want):
    assert _subs(extractor, line) == want


@pytest.mark.parametrize(
    "line",
    [
        "On Wednesday, police removed lorry drivers who had blocked the road to the border post at Holili and took five "
        "of them into custody on the spot.",
        "On Wednesday, lorry drivers blocked the road to the border post at Holili, and police took five of them into "
        "custody.",
    ],
)
def test_blockaders_taken_into_custody_are_its_intervention(extractor, line):
    assert _subs(extractor, line) == ["Protest with intervention"]


def test_custody_of_suspects_stays_an_arrest(extractor):
    line = (
        "On Wednesday, lorry drivers blocked the road to the border post at Holili, and police took three suspected "
        "smugglers into custody at the scene."
    )
    assert "Arrests" in _subs(extractor, line)


@pytest.mark.parametrize(
    "line",
    [
        "On Tuesday, residents of Kisiju blocked the coastal road with burning debris to protest against the state of "
        "the road, and police cleared the blockade in the afternoon.",
        "Late on Tuesday, youths built barricades from burning cars and pallets at the main roundabout of Kisiju, and "
        "police used tear gas to clear them.",
    ],
)
def test_burning_barricades_are_a_riot(extractor, line):
    assert _subs(extractor, line) == ["Violent demonstration"]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "On Tuesday, residents of Kisiju blocked the coastal road with cars to protest against the state of the road.",
            ["Peaceful protest"],
        ),
        ("Fire crews cleared burning debris from the road after the storm, residents of Kisiju said.", []),
    ],
)
def test_unburnt_blockade_stays_peaceful(extractor, line, want):
    assert _subs(extractor, line) == want


def test_a_halted_service_in_the_demand_is_no_aggregate(extractor):
    line = (
        "Hundreds of displaced families marched in Kadugli on Thursday to demand water deliveries that have been "
        "halted since March, witnesses said."
    )
    assert _subs(extractor, line) == ["Peaceful protest"]


def test_a_running_total_since_stays_dropped(extractor):
    assert _subs(extractor, "Attacks on the town have not stopped since March, killing at least 40 people.") == []
