"""Round fix89 (review 24c of ev82): sentences written for the tests, the reviewer's probes and variants (other verbs,
nouns, orders).

- people "taken from" a place are taken only when it is a place people are found at and the clause tells no benign
  move (a destination, an unarmed "by"); things and bodies are no person subject;
- a relative clause on the object does not hide a move to care; after an armed agent no care is read;
- passive fire is its own trigger of priority 3: the weapon named types it;
- plain-clothes or "believed to be" takers are no state agents; loose impostor and whereabouts cues no longer count;
- return fire in the next sentence makes fire at a vehicle a clash;
- a named person needs a title, two names or an apposition;
- armed passengers named with a possessive ("the governor's guards") keep the clash;
- the shared placeholder lists are filled in (`{taken_person_heads}`, `{armed_cargo_heads}`)."""

from __future__ import annotations

from datetime import date

import pytest

from newsetl.extract.events.filled import filled_patterns, placeholder_group
from tests.extract_util import sub_types

REF = date(2026, 3, 12)  # a Thursday
ABD = "Abduction/forced disappearance"


def _types(extractor, line):
    return sub_types(extractor, line, REF)


@pytest.mark.parametrize(
    "line",
    [
        "He was taken from the scene by ambulance in Tawila on Monday.",
        "The boy was taken from the water by rescuers in Tawila on Monday but died later.",
        "A child was taken from the rubble alive in Tawila on Monday after the earthquake.",
        "He was taken from the field on a stretcher in Tawila on Sunday after the tackle.",
        "The children were taken from the school by their parents in Tawila on Monday after the storm.",
        "We were taken from the airport to a hotel in Tawila on Monday.",
        "The officials were taken from the hotel to the venue in Tawila on Monday.",
        "They were taken from the camp by bus to Tawila on Monday under the relocation plan.",
        "The patient was taken from his bed by nurses in Tawila on Monday.",
        "The bodies of three men were taken from the river in Tawila on Monday.",
        "Cash and phones belonging to the workers were taken from a cafe in Tawila on Monday.",
        "Two women were taken from a clinic by helicopter to Tawila on Monday as the water rose.",
        "The pupils were taken from the school in buses to the stadium in Tawila on Tuesday.",
    ],
)
def test_taken_from_with_no_hostile_cue_is_no_abduction(extractor, line):
    assert ABD not in _types(extractor, line), line


@pytest.mark.parametrize(
    "line",
    [
        "She was taken from a restaurant in Tawila on Tuesday evening, her brother said.",
        "Two nurses were taken from a clinic in Tawila on Friday, the hospital said.",
        "A trader was taken from his shop in Tawila on Monday by armed men.",
        "Five children were taken from a cattle camp near Tawila, east of the river, by raiders on Monday.",
        "A priest was taken from his church in Tawila on Sunday to an unknown location.",
    ],
)
def test_taken_from_a_persons_place_stays_an_abduction(extractor, line):
    assert _types(extractor, line) == [ABD], line


@pytest.mark.parametrize(
    "line",
    [
        "Rescuers took three people who were injured to hospital in Tawila on Monday.",
        "Volunteers took the children that had been rescued to a shelter in Tawila on Monday.",
        "Neighbours took two men who had been hurt to a clinic in Tawila on Monday.",
    ],
)
def test_care_after_a_relative_clause_on_the_object(extractor, line):
    assert ABD not in _types(extractor, line), line


def test_no_care_after_an_armed_agent(extractor):
    line = "A teacher was taken on Monday near Tawila by gunmen who had come to the school on motorbikes."
    assert _types(extractor, line) == [ABD]


@pytest.mark.parametrize(
    ("line", "sub"),
    [
        ("Two missiles were fired at Tawila on Monday, the army said.", "Shelling/artillery/missile attack"),
        ("Mortar shells were fired at the army base near Tawila on Monday.", "Shelling/artillery/missile attack"),
        ("Several rockets were fired on the town of Tawila overnight.", "Shelling/artillery/missile attack"),
        ("Several drones were fired at the city of Tawila overnight.", "Air/drone strike"),
        ("A grenade was fired at a police station in Tawila on Monday.", "Grenade"),
    ],
)
def test_passive_fire_keeps_its_weapon(extractor, line, sub):
    assert _types(extractor, line) == [sub], line


@pytest.mark.parametrize(
    "line",
    [
        "Soldiers in plain clothes took a journalist from his home in Tawila on Monday.",
        "Plainclothes police took a journalist from his home in Tawila on Monday.",
        "Plain-clothes security agents took two activists from their homes in Tawila on Monday.",
        "Men believed to be soldiers took a trader from his shop in Tawila on Monday.",
    ],
)
def test_plain_clothes_or_unconfirmed_takers_abduct(extractor, line):
    assert _types(extractor, line) == [ABD], line


@pytest.mark.parametrize(
    "line",
    [
        "Police, who said they were acting on a tip, took two men from their homes in Tawila on Monday.",
        "Police investigating fake drugs took three traders from their shops in Tawila on Monday.",
        "Police took a man from his car in Tawila on Monday to establish the whereabouts of a stolen truck.",
    ],
)
def test_loose_impostor_or_whereabouts_cues_leave_an_arrest(extractor, line):
    assert _types(extractor, line) == ["Arrests"], line


def test_whereabouts_of_the_person_taken_is_a_disappearance(extractor):
    line = "Soldiers took two students from their homes in Tawila on Monday and their whereabouts remain unknown."
    assert _types(extractor, line) == [ABD]


@pytest.mark.parametrize(
    "line",
    [
        "A bus was fired upon near Tawila on Monday and the guards on board returned fire.",
        "A car was fired upon near Tawila on Monday. The soldiers in the car returned fire.",
        "A minibus came under fire near Tawila on Monday. Its escorts fought back.",
    ],
)
def test_return_fire_in_the_sentence_or_the_next_is_a_clash(extractor, line):
    assert _types(extractor, line) == ["Armed clash"], line


def test_fire_at_a_vehicle_with_no_return_fire_stays_an_attack(extractor):
    line = "A car was fired upon near Tawila on Monday. The driver was wounded."
    assert _types(extractor, line)[0] == "Attack"


@pytest.mark.parametrize(
    "line",
    [
        "The opposition took Tawila from his party in the election on Monday.",
        "The club took Silva from his boyhood club in Tawila in 2020.",
    ],
)
def test_one_capitalised_word_is_no_named_person(extractor, line):
    assert ABD not in _types(extractor, line), line


def test_a_named_person_with_two_names_is_taken(extractor):
    line = "On Friday, armed men came to Tawila and took Ahmed Musa from his shop."
    assert _types(extractor, line) == [ABD]


@pytest.mark.parametrize(
    "line",
    [
        "A car carrying the governor's guards came under fire near Tawila on Monday.",
        "A truck carrying the minister's bodyguards and soldiers was fired upon near Tawila on Monday.",
    ],
)
def test_possessive_armed_passengers_keep_the_clash(extractor, line):
    assert _types(extractor, line) == ["Armed clash"], line


def test_placeholders_are_filled(extractor):
    res = extractor.res
    for name, head in (
        ("taken_people_patterns", "taken_person_heads"),
        ("taken_passive_subject_before", "taken_person_heads"),
        ("civilian_site_object_patterns", "armed_cargo_heads"),
        ("civilian_passive_target_patterns", "armed_cargo_heads"),
    ):
        assert any("{" + head + "}" in p for p in res.words[name]), name
        filled = filled_patterns(res, name)
        assert not any("{" + head + "}" in p for p in filled), name
        assert any(placeholder_group(res, head) in p for p in filled), name  # (fix93: "{force}" in it filled too)
