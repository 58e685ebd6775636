"""Fixer round fix59: the review findings of ev58 (detection and types). Sentences written for the tests.

- a lead restated by the next paragraph is not merged with a second attack that has its own toll or an ordinal
  (`lead_restate_another_event`);
- an intervention phrase does not license itself as a protest ("shot in the air to drive them away");
- "no such attack had been recorded ... since 2019" denies nothing: only an answer to a claim does
  (`no_such_incident_answer_frame`, `no_such_incident_answer_context`, `no_such_incident_since_after`);
- "recorded N deaths in the first hours after ..." is no aggregate: a year or a period must follow;
- a protest's grievance with deaths or a day of its own stays an event (`protest_grievance_own_event`);
- an arrest's cause clause drops only protest or riot triggers;
- a ";" of a later sentence answers nothing of a doubted report;
- "Experts view the ambush ... on Tuesday" keeps a dated event;
- "to request" is a demand only with "that" or "the release / return ...";
- a handover's object, not any word near it, refuses territory."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 3, 12)  # a Thursday


def _rows(extractor, paragraphs):
    return [(r["sub_event_type"], r["location"], r["fatalities"]) for r in run(extractor, paragraphs, ref=REF)]


def _types(extractor, paragraphs):
    return [r["sub_event_type"] for r in run(extractor, paragraphs, ref=REF)]


def test_a_second_attack_after_a_region_lead_stays_its_own_event(extractor):
    paras = [
        "NIAMEY, Niger (AP) - Jihadists killed 12 soldiers in an attack on a military post in the Tillaberi region, "
        "the army said Thursday.",
        "The attackers struck a second post at Tougbo on Wednesday, killing five soldiers.",
    ]
    assert sorted(r[2] for r in _rows(extractor, paras)) == [5, 12]


def test_a_different_toll_after_a_region_lead_is_another_attack(extractor):
    paras = [
        "NIAMEY, Niger (AP) - Jihadists killed 12 soldiers in an attack on a military post in the Tillaberi region, "
        "the army said Thursday.",
        "The attackers struck a post at Tougbo on Wednesday, killing five soldiers.",
    ]
    assert sorted(r[2] for r in _rows(extractor, paras)) == [5, 12]


def test_shots_in_the_air_without_a_gathering_are_no_protest(extractor):
    line = "Soldiers shot in the air to drive them away when bandits attacked Kora on Tuesday, killing two herders."
    assert "Protest with intervention" not in _types(extractor, [line])


def test_no_such_attack_since_a_year_denies_nothing(extractor):
    line = (
        "Police said that gunmen attacked a bus near Kora on Tuesday, killing two passengers. No such attack had been "
        "recorded on the road since 2019."
    )
    assert _rows(extractor, [line]) == [("Attack", "Kora", 2)]


def test_deaths_recorded_in_the_first_hours_after_a_bombing_are_no_aggregate(extractor):
    line = "The district hospital recorded 12 deaths in the first hours after a bomb exploded at a market in Kora on Tuesday."
    assert len(_types(extractor, [line])) == 1
    res = extractor.res
    assert res.pattern_search("aggregate_frames", "Police recorded 312 murders over the past twelve months.")
    assert res.pattern_search("aggregate_frames", "Police recorded 80 killings in the first half of 2025.")


def test_a_grievance_with_deaths_and_a_day_is_its_own_event(extractor):
    line = "Hundreds protested in Kora on Tuesday, saying soldiers had killed five villagers on Monday."
    assert "Peaceful protest" not in _types(extractor, [line])
    assert "Attack" in _types(extractor, [line])


def test_an_arrest_after_a_gun_battle_keeps_the_battle(extractor):
    line = "Police arrested three men in Kora on Tuesday after a gun battle in which two officers were killed."
    assert _types(extractor, [line]) != ["Arrests"]


def test_a_semicolon_of_a_later_sentence_does_not_doubt_a_report(extractor):
    line = (
        "Unverified reports indicate gunmen attacked a school near Kora on Tuesday, killing two pupils. Officials "
        "visited the town on Wednesday; they could not confirm the number of victims."
    )
    assert "Attack" in _types(extractor, [line])


def test_experts_viewing_a_dated_ambush_keep_the_ambush(extractor):
    line = (
        "Experts view the ambush near Kora on Tuesday, in which gunmen killed 12 soldiers, as the deadliest this year."
    )
    assert len(_types(extractor, [line])) == 1


def test_gathering_to_request_interviews_supplies_or_information_is_no_protest(extractor):
    paras = [
        "Journalists gathered outside the ministry in Kora on Tuesday to request interviews with the minister.",
        "Displaced families gathered at the camp in Bentiu on Wednesday to request relief supplies.",
        "Women gathered at the police station in Kora on Monday to request information about their sons.",
    ]
    assert _types(extractor, paras) == []
    line = "Students gathered outside the court in Kora on Tuesday to request the release of their classmates."
    assert _types(extractor, [line]) == ["Peaceful protest"]
    line = "Relatives gathered outside the police station in Kora on Tuesday to request their release."
    assert _types(extractor, [line]) == ["Peaceful protest"]


def test_a_district_handed_over_before_an_aid_official_is_territory(extractor):
    line = "The militia handed over the district of Kora to the army on Tuesday, UN aid officials said."
    assert _types(extractor, [line]) == ["Non-violent transfer of territory"]
