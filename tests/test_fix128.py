"""fix128 (issue 10, twenty-ninth session): review mends of ev112 (rv112). (1) A negated relative clause ("who were not
on patrol") no longer cancels the negation of the main verb ("denied", "didn't"); (2) a people noun with a relative
clause beats a crowd's victim only when a person is beaten (not "beat the average", "beat the rush") and never as
men / persons or a clause telling a crime ("who had robbed", "who had abducted"); (3) a fire started at a property is
arson only by an unknown author, an armed group or settlers, with the property the preposition's own object and no
everyday purpose ("to cook", "to keep warm", "a vigil"); (4) "burned" keeps its property object past a quantity
("close to 40 huts") or a time phrase ("burned on Friday the house"); a coordinated list of thrown things stops at a
new clause, "water bottles" thrown at a stage are no riot, "messages of hope" are no graffiti, a single swastika is.
Sentences written for the tests (REF Thursday 12 March 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 3, 12)
LOOT = "Looting/property destruction"
RIOT = "Violent demonstration"
MOB = "Mob violence"


def _subs(extractor, line):
    return [r["sub_event_type"] for r in run(extractor, [line], ref=REF)]


# --- (1) the main verb's own negation after a negated relative clause: no event
NEGATED_ACT = [
    "Soldiers who were not on patrol denied attacking demonstrators in Niamey on Friday.",
    "Militiamen who did not give their names denied raiding the village near Jos on Tuesday.",
    "Guards who were not at the gate denied beating the detainee in Ibadan, the prison said.",
    "Students who were not detained didn't clash with the police in Eldoret on Monday.",
    "Traders who had not been paid denied looting the depot in Gulu on Monday.",
]


@pytest.mark.parametrize("line", NEGATED_ACT)
def test_negated_act_after_negated_clause_is_no_event(extractor, line):
    assert _subs(extractor, line) == [], _subs(extractor, line)


# the clause's own negation alone still leaves the act (ev71, ev112)
NEGATED_IDENTITY = [
    ("People who did not escape were shot dead by gunmen in a village near Zamfara on Monday.", "Attack"),
    ("Villagers who had not been paid for months looted the council store in Gulu on Friday.", LOOT),
]


@pytest.mark.parametrize("line,sub", NEGATED_IDENTITY)
def test_negated_identity_keeps_the_act(extractor, line, sub):
    assert sub in _subs(extractor, line), _subs(extractor, line)


# --- (2) "beat" as winning, or criminals in the relative clause: no mob violence
NOT_MOB = [
    "Students who sat the test beat the county average in Nyeri.",
    "Farmers who planted early beat the dry spell in Kisumu.",
    "People who sold their bonds early beat the crash in Nairobi.",
    "Men who held up the petrol station beat an attendant in Kaduna on Monday.",
    "Police said men who had robbed a shop beat a watchman in Kaduna on Monday.",
    "Hooded persons who broke into the clinic beat the night guard in Jos.",
]


@pytest.mark.parametrize("line", NOT_MOB)
def test_relative_clause_win_or_crime_is_no_mob(extractor, line):
    assert MOB not in _subs(extractor, line), _subs(extractor, line)


# the crime keeps its own type (it was that type before ev112)
CRIME_KEPT = [
    ("Men who had kidnapped the boy beat him in Sokoto on Monday.", "Abduction/forced disappearance"),
    ("Men who had been drinking beat a trader to death in Lira on Sunday.", "Attack"),
]


@pytest.mark.parametrize("line,sub", CRIME_KEPT)
def test_relative_clause_crime_keeps_its_type(extractor, line, sub):
    subs = _subs(extractor, line)
    assert sub in subs and MOB not in subs, subs


# the crowd with a relative clause still beats a person (ev112's gain)
CROWD_BEATS = [
    "Traders who had lost their stalls beat a council guard in Kisii on Monday.",
    "Villagers who had waited all day beat two officials at the aid point near Bunia on Friday.",
    "Residents who had been evicted beat him badly outside the county office in Nakuru.",
]


@pytest.mark.parametrize("line", CROWD_BEATS)
def test_relative_clause_crowd_still_beats(extractor, line):
    assert MOB in _subs(extractor, line), _subs(extractor, line)


# --- (3) everyday fires by people: no riot, no property destruction
EVERYDAY_FIRES = [
    "Villagers lit fires near the church to celebrate the harvest in Lira.",
    "Residents started a fire in the yard behind the clinic to burn garbage in Arua.",
    "Herders set a fire in the pasture beside the school to clear the grass in Moroto.",
    "Displaced people lit fires in the classrooms of the school where they stayed to cook in Bunia.",
    "People started a fire in the shed to keep warm in Eldoret.",
    "Worshippers lit a fire outside the mosque during the night prayers in Kano.",
]


@pytest.mark.parametrize("line", EVERYDAY_FIRES)
def test_everyday_fire_is_no_riot_nor_destruction(extractor, line):
    subs = _subs(extractor, line)
    assert RIOT not in subs and LOOT not in subs, subs


FIRE_AT_PROPERTY = [
    "Settlers started a fire at a house in a village near Nablus on Friday.",
    "Unknown persons lit a fire at the door of the ward office in Kisii overnight.",
]


@pytest.mark.parametrize("line", FIRE_AT_PROPERTY)
def test_fire_at_property_by_unknown_or_settlers(extractor, line):
    assert LOOT in _subs(extractor, line), _subs(extractor, line)


# --- (4) "burned" past a quantity or a time phrase keeps its property object
BURNED = [
    "Bandits burned close to 40 huts in a village near Gusau on Friday, residents said.",
    "Unknown people burned up to 15 kiosks near Butembo on Tuesday.",
    "Unknown people burned on Friday the house of a chief in Migori.",
    "Unknown people burned during the night a church in Migori.",
]


@pytest.mark.parametrize("line", BURNED)
def test_burned_past_quantity_or_time_is_destruction(extractor, line):
    assert LOOT in _subs(extractor, line), _subs(extractor, line)


def test_burned_at_a_place_is_no_property_object(extractor):
    assert LOOT not in _subs(extractor, "Protesters burned tyres outside the court in Kisumu on Monday.")


# --- should-fix: a list of thrown things, graffiti words
NOT_THROWN = [
    "Students threw a picnic, and rangers later found stones at the site in Naivasha.",
    "Fans threw water bottles and stones at the stage during the concert in Kisumu.",
]


@pytest.mark.parametrize("line", NOT_THROWN)
def test_thrown_list_stops_at_a_clause_or_harmless_things(extractor, line):
    assert RIOT not in _subs(extractor, line), _subs(extractor, line)


def test_thrown_list_still_a_riot(extractor):
    line = "Youths hurled bricks, bottles and large stones at the police station in Kisumu on Monday."
    assert RIOT in _subs(extractor, line), _subs(extractor, line)


def test_painted_messages_of_hope_are_no_graffiti(extractor):
    line = "Unknown volunteers painted messages of peace on the walls of the school in Kisumu."
    assert LOOT not in _subs(extractor, line), _subs(extractor, line)


def test_single_swastika_is_graffiti(extractor):
    line = "Someone painted a swastika on the door of the church in Nakuru overnight."
    assert LOOT in _subs(extractor, line), _subs(extractor, line)


def test_robbers_beating_gives_no_row(extractor):
    """The robbers of the clause are no crowd, and the police who speak are not the side that beat."""
    line = "Police said men who had robbed a shop beat a watchman in Kaduna on Monday."
    assert _subs(extractor, line) == [], _subs(extractor, line)
