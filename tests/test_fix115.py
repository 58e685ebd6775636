"""Review mends of ev102 (fix115, twenty-seventh session): "taken ... for questioning" is an arrest only by a state
force (`state_agent_only_triggers`); the reverse rule (`one_sided.two_armed_sides_fight`) reads the second side's act
in the event's own part of the sentence, never with Civilians as actor2, and not when unarmed people ("12 people",
"two men") are the killing's object; an outlet's firing phrase ("fired shots at", "riddled with bullets") needs an
armed side, a casualty or a weapon in its sentence, and not at tyres or the air. Sentences written for the tests,
with other names, places, numbers and wording than the development sets'."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 6, 15)


def _rows(extractor, line):
    return [(r["sub_event_type"], r["actor2"]) for r in run(extractor, [line], ref=REF)]


def _subs(extractor, line):
    return [r["sub_event_type"] for r in run(extractor, [line], ref=REF)]


NON_STATE_TAKERS = (
    "Armed men took a ward councillor from his house in Mubi for questioning on Wednesday, relatives said.",
    "Militia fighters took a nurse from the clinic in Kalehe for questioning on Thursday; she has not returned.",
    "Masked men in a white van took a lawyer from his office in Gweru for interrogation on Friday.",
)


@pytest.mark.parametrize("line", NON_STATE_TAKERS)
def test_non_state_taker_is_no_arrest(extractor, line):
    subs = _subs(extractor, line)
    assert "Arrests" not in subs, subs


def test_non_force_body_takes_nobody(extractor):
    line = "The disciplinary board took the chairman from his office in Jos for questioning on Tuesday."
    assert _subs(extractor, line) == []


def test_police_taker_stays_an_arrest(extractor):
    line = "Police officers took a trade unionist from her home in Ploiesti for questioning on Tuesday."
    assert _subs(extractor, line) == ["Arrests"]


BACKGROUND_SECOND_SIDE = (
    "Bandits killed nine people in Gusau on Tuesday, weeks after vigilantes repelled their raid on a nearby town.",
    "Gunmen shot dead three men in the village of Rijau on Monday, in retaliation after vigilantes confronted them.",
    "Militants beheaded four people in Macomia on Sunday for allegedly helping soldiers who had repelled an attack.",
    "Troops tortured three men in Buea on Friday, accusing them of aiding separatists who had battled the army.",
)


@pytest.mark.parametrize("line", BACKGROUND_SECOND_SIDE)
def test_background_second_side_keeps_the_attack(extractor, line):
    rows = _rows(extractor, line)
    assert rows and all(sub != "Armed clash" for sub, _ in rows), rows
    assert not any(sub == "Armed clash" and a2 == "Civilians" for sub, a2 in rows), rows


def test_second_side_in_own_clause_is_still_a_clash(extractor):
    line = "Bandits raided the village of Kware on Saturday and were driven off by vigilantes after an hour."
    assert "Armed clash" in _subs(extractor, line)


FIGURATIVE_FIRE = (
    "The singer fired shots at her former label in a new album released in Atlanta on Friday.",
    "The mayor fired several shots at the minister during a town hall in Mombasa on Thursday.",
    "Liverpool fired shots at goal all evening but lost to Everton in Liverpool on Saturday.",
    "The new tax plan was riddled with bullets from economists, the paper said in Accra on Monday.",
)


@pytest.mark.parametrize("line", FIGURATIVE_FIRE)
def test_figurative_firing_is_no_event(extractor, line):
    assert _subs(extractor, line) == []


def test_fire_at_tyres_is_no_clash(extractor):
    line = "Officers fired shots at the tyres of a speeding lorry in Pietermaritzburg on Tuesday."
    assert "Armed clash" not in _subs(extractor, line)


def test_armed_firing_still_reads(extractor):
    line = "Gunmen fired shots at a minibus near Kaduna on Sunday, wounding two passengers."
    assert _subs(extractor, line) == ["Attack"]


def test_riddled_victim_is_an_attack_not_a_clash(extractor):
    line = "The body of a trader riddled with bullets was found in Sinaloa on Sunday."
    assert "Armed clash" not in _subs(extractor, line)
