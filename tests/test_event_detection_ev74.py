"""Developer round ev74: sub-event types of kinds that recur on the read development sets (blind23-26, blind30).
Sentences written for the tests.

- a burning told in the passive with an unidentified agent or none, and no crowd in the sentence, destroys property
  (`property_passive_agent_after`, `property_passive_before`; convention 3 of eval/events/README.md);
- a crowd that burns the property of a person the text accuses or suspects commits mob violence
  (`crowd_personal_property_after`);
- a trigger inside a possessive relative clause ("residents whose homes were demolished") or a relative clause
  before a finite head verb does not type the sentence (`possessive_relative_before`, `head_of_clause`);
- a protest noun in a participle modifier ("journalists covering the protest ... were beaten") does not type the
  sentence (`modifier_clause_before`, `passive_head_patterns`); fire on people attending a protest is force on it
  (`fire_on_gathering_patterns`);
- "assaulted" people is an attack, an armed side assaulted a clash (trigger `assault_person`);
- "traded gunfire", "exchanged shots" are a firefight (trigger `firefight`);
- an attack whose target is a state force or an armed group is a clash (`type_kinds.attack_on_armed_side`);
- a protest with intervention in which people died is excessive force (`type_kinds.lethal_interventions`)."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 3, 12)  # a Thursday


def _types(extractor, paragraphs):
    return [r["sub_event_type"] for r in run(extractor, paragraphs, ref=REF)]


def _rows(extractor, paragraphs):
    return run(extractor, paragraphs, ref=REF)


def test_passive_burning_by_unknown_people_destroys_property(extractor):
    rows = _rows(extractor, ["On Tuesday night, a mosque in Kora, Cameroon was set ablaze by persons unknown."])
    assert [r["sub_event_type"] for r in rows] == ["Looting/property destruction"]
    assert rows[0]["actor1"].startswith("Unidentified Armed Group")
    agentless = ["On Monday night, two lorries were set on fire at a depot near Kora, Cameroon."]
    assert _types(extractor, agentless) == ["Looting/property destruction"]


def test_passive_burning_by_a_crowd_stays_a_riot(extractor):
    by_crowd = ["On Tuesday, a police post in Kora, Cameroon was set on fire by angry youths."]
    assert _types(extractor, by_crowd) == ["Violent demonstration"]
    crowd_beside = [
        "On Tuesday, traders blocked the main road in Kora, Cameroon with stones, and a bus was set on fire."
    ]
    assert _types(extractor, crowd_beside) == ["Violent demonstration"]


def test_crowd_burning_an_accused_persons_property_is_mob_violence(extractor):
    paras = ["On Wednesday, a crowd in Kora, Cameroon burned down the shop of a landlord accused of evicting tenants."]
    assert _types(extractor, paras) == ["Mob violence"]
    suspected = ["On Wednesday, villagers in Kora, Cameroon torched the car of an official suspected of theft."]
    assert _types(extractor, suspected) == ["Mob violence"]
    station = ["On Wednesday, a crowd in Kora, Cameroon burned down the police station."]
    assert _types(extractor, station) == ["Violent demonstration"]


def test_possessive_relative_clause_does_not_type_the_protest(extractor):
    paras = [
        "In Kora, Cameroon, about 80 farmers whose houses were demolished to make way for a bypass held a sit-in outside "
        "the prefecture on Tuesday."
    ]
    assert _types(extractor, paras) == ["Peaceful protest"]


def test_relative_clause_before_a_finite_head_does_not_type_the_protest(extractor):
    paras = [
        "In Kora, Cameroon, wives of fishermen who were detained in January protested outside the court on Tuesday."
    ]
    assert _types(extractor, paras) == ["Peaceful protest"]


def test_assaulted_people_is_an_attack_and_an_armed_side_a_clash(extractor):
    people = ["Gendarmes at a roadblock in Kora, Cameroon assaulted a cameraman on Tuesday, witnesses said."]
    assert _types(extractor, people) == ["Attack"]
    armed = ["Separatist fighters assaulted a gendarmerie post in Kora, Cameroon on Tuesday, killing a gendarme."]
    assert _types(extractor, armed) == ["Armed clash"]


def test_traded_gunfire_is_a_firefight(extractor):
    paras = ["Soldiers traded gunfire with kidnappers in a forest near Kora, Cameroon on Tuesday, army officials said."]
    assert _types(extractor, paras) == ["Armed clash"]


def test_attack_on_an_armed_side_is_a_clash(extractor):
    police = ["Separatist fighters attacked a market in Kora, Cameroon on Tuesday, killing three policemen."]
    assert _types(extractor, police) == ["Armed clash"]
    civilians = ["Separatist fighters attacked a market in Kora, Cameroon on Tuesday, killing three traders."]
    assert _types(extractor, civilians) == ["Attack"]


def test_protest_in_a_participle_modifier_does_not_type_the_assault(extractor):
    beaten = [
        "Two photographers covering the march outside the town hall of Kora, Cameroon on Monday were beaten by "
        "soldiers, a media union said."
    ]
    assert _types(extractor, beaten) == ["Attack"]
    fired = ["Gendarmes opened fire on farmers attending a rally in Kora, Cameroon on Monday, killing two of them."]
    assert _types(extractor, fired) == ["Excessive force against protesters"]


def test_lethal_dispersal_is_excessive_force(extractor):
    rows = _rows(
        extractor,
        [
            "Police in Kora, Cameroon shot dead a student on Monday as they dispersed a march by teachers, relatives said."
        ],
    )
    assert [(r["sub_event_type"], r["actor2"]) for r in rows] == [("Excessive force against protesters", "Protesters")]
    tear_gas = ["Police in Kora, Cameroon fired tear gas on Monday to disperse a march by teachers."]
    assert _types(extractor, tear_gas) == ["Protest with intervention"]
