"""Round ev82 (issue 10, event detection): kinds that recur in three or more read event sets. Sentences written for the
tests (other verbs, nouns, orders and voices than the sets' sentences).

- people taken are read from the structure of the clause: a possessive or a person noun as the object ("a village
  chief's son", "three crewmen", "a trader"), a named person taken from his or her own place ("took Mr X, the village
  secretary, from his shop", `taken_named_person_patterns`), a passive whose subject is a person with a source or an
  armed agent after it ("She was taken from a restaurant", "was taken on Monday by armed men",
  `taken_passive_subject_before` / `taken_passive_after`); state agents who take people arrest them unless the
  sentence tells a forced disappearance (`arrest_taking_verbs`, `disappearance_cue_patterns`) or the force is only
  what the takers claimed to be (`state_taker_impostor_patterns`);
- a relative clause after the agent is not where the people were taken ("by armed men who came to the school");
- passive fire ("were fired upon / on / at") is an attack on its subject;
- fire at a civilian vehicle, vessel or team, as the object or the passive subject, with no act of the other side in
  the sentence, is an Attack (`civilian_passive_target_patterns`, `return_fire_patterns`)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import sub_types

REF = date(2026, 3, 12)  # a Thursday
ABD = "Abduction/forced disappearance"


def _types(extractor, line):
    return sub_types(extractor, line, REF)


@pytest.mark.parametrize(
    "line",
    [
        "Gunmen took a village chief's son from his house in Tawila on Monday night.",
        "Masked men took a farmers' cooperative leader from his farm near Tawila on Sunday.",
        "She was taken from a restaurant in Tawila on Tuesday evening, her brother said.",
        "Two nurses were taken from a clinic in Tawila on Friday, the hospital said.",
        "A local journalist was taken on Monday by armed men who came to his office in Tawila.",
        "A nurse was taken on Friday near Tawila by gunmen who had driven to the clinic on motorbikes.",
        "On Friday, armed men came to Tawila and took Mr Ahmed Musa, the village secretary, from his shop.",
        "Pirates seized three Indonesian crewmen from a fishing boat off Tawau on Sunday.",
        "Unknown men took two youths from a bus at a checkpoint near Tawila on Saturday.",
        "Soldiers took five young men from their homes in Tawila on Monday and their families do not know where they "
        "are.",
        "Police took a trader from his shop in Tawila on Monday without a warrant, his wife said.",
        "Men posing as police officers took a journalist from his home in Tawila on Monday.",
        "On Monday, unknown men who said they were soldiers took two farmers from their homes in Tawila.",
    ],
)
def test_people_taken_are_abducted(extractor, line):
    assert _types(extractor, line) == [ABD], line


@pytest.mark.parametrize(
    "line",
    [
        "Police officers took a student leader from his home in Tawila on Monday night, his father said.",
        "Agents of the state security service took two journalists from their office in Tawila on Tuesday.",
    ],
)
def test_people_taken_by_state_agents_are_arrested(extractor, line):
    assert _types(extractor, line) == ["Arrests"], line


@pytest.mark.parametrize(
    "line",
    [
        "Cash and phones were taken from a cafe in Tawila on Monday, police said.",
        "The body was taken from the river near Tawila on Monday by fishermen.",
        "She was taken by surprise by the decision announced in Tawila on Monday.",
        "The team took the lead from a penalty in the second half in Tawila on Sunday.",
        "Samples were taken from the victims' homes in Tawila on Monday.",
        "Passengers were taken from the stranded bus to a shelter in Tawila on Monday.",
        "The children, who were taken from their homes to a school in Tawila as floodwaters rose on Monday, are safe.",
    ],
)
def test_things_or_people_moved_to_care_are_no_abduction(extractor, line):
    assert ABD not in _types(extractor, line), line


def test_a_place_taken_stays_territory(extractor):
    for line in (
        "Rebels took Tawila from government forces on Monday after a day of fighting.",
        "Rebels took the town of Tawila on Monday after a day of fighting.",
    ):
        assert _types(extractor, line) == ["Non-state actor overtakes territory"], line


@pytest.mark.parametrize(
    "line",
    [
        "On Tuesday, officers acting on a tip went to a farm near Tawila, where they were fired upon, police said.",
        "A patrol of the army was fired upon near Tawila on Monday night.",
        "An army truck was fired upon near Tawila on Monday, wounding two soldiers.",
        "A boat carrying soldiers was fired upon near Tawila on Monday.",
        "Gunmen fired on a bus near Tawila on Monday and the soldiers escorting it returned fire.",
        "A police team came under fire near Tawila on Monday and fought back.",
    ],
)
def test_fire_on_an_armed_side_or_returned_is_a_clash(extractor, line):
    assert _types(extractor, line) == ["Armed clash"], line


@pytest.mark.parametrize(
    "line",
    [
        "A bus carrying passengers was fired upon near Tawila on Monday, killing two passengers.",
        "Gunmen fired upon a minibus near Tawila on Monday, wounding three passengers.",
        "Two fishing boats were fired upon off Tawila on Sunday, wounding a fisherman.",
        "On Monday, a vaccination team came under fire near Tawila, wounding a nurse.",
        "Soldiers on patrol fired on a canoe crossing the river near Tawila on Saturday, wounding a fisherman.",
        "A passenger train came under fire near Tawila on Monday, injuring two passengers.",
    ],
)
def test_one_sided_fire_on_a_vehicle_vessel_or_team_is_an_attack(extractor, line):
    assert _types(extractor, line) == ["Attack"], line
