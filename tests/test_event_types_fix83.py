"""Helper round fix83: the review findings on ev74 (review22c). Sentences written for the tests.

- a protest with intervention is excessive force only for deaths of the trigger's own clause or its ", killing N"
  tail, not a force's dead nor deaths of another time or event (`type_kinds.lethal_interventions`,
  `intervention_death_tail_after`, `intervention_other_deaths_patterns`); with no force named, actor1 stays unnamed;
- an attack is a clash only when the armed target is named in the trigger's own clause or its ", killing N" tail
  (`type_kinds.armed_target_end`, `armed_target_tail_after`), and not when it is a captive (`captive_modifiers_before`);
- after a possessive relative clause only a finite or passive verb heads the sentence (`arrest_cause.head_of_clause`)."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 3, 12)  # a Thursday


def _rows(extractor, line):
    return [(r["sub_event_type"], r["actor1"], r["actor2"]) for r in run(extractor, [line], ref=REF)]


def _types(extractor, line):
    return [r[0] for r in _rows(extractor, line)]


def test_deaths_of_another_clause_or_a_force_make_no_excessive_force(extractor):
    other_clause = (
        "Police in Kora, Cameroon fired tear gas at protesters on Tuesday; a protester stabbed a policeman to death."
    )
    assert _types(extractor, other_clause) == ["Protest with intervention"]
    force_dead = "Police in Kora, Cameroon fired tear gas at protesters on Tuesday, killing a policeman by mistake."
    assert "Excessive force against protesters" not in _types(extractor, force_dead)


def test_mourned_or_past_deaths_make_no_excessive_force(extractor):
    mourned = (
        "Police in Kora, Cameroon used tear gas on Tuesday to disperse a march by mourners of the 12 miners killed in"
        " a blast."
    )
    assert _types(extractor, mourned) == ["Protest with intervention"]
    relative = (
        "Police in Kora, Cameroon used tear gas on Tuesday to disperse residents who were mourning five people killed"
        " by soldiers on Monday."
    )
    assert _types(extractor, relative) == ["Protest with intervention"]


def test_deaths_of_the_intervention_make_excessive_force(extractor):
    tail = "Police in Kora, Cameroon fired tear gas at protesters on Tuesday, killing two."
    assert _rows(extractor, tail)[0][0] == "Excessive force against protesters"
    assert _rows(extractor, tail)[0][1].startswith("Police Forces")
    no_force = "A march in Kora, Cameroon was dispersed with tear gas on Tuesday and two protesters died."
    assert _rows(extractor, no_force) == [("Excessive force against protesters", None, "Protesters")]


def test_an_armed_side_of_another_clause_makes_no_clash(extractor):
    for line in (
        "Separatist fighters attacked a school in Kora, Cameroon on Tuesday, prompting the army to deploy troops.",
        "Gunmen attacked a wedding in Kora, Cameroon on Tuesday, and soldiers later arrived.",
        "Separatist fighters attacked a hospital in Kora, Cameroon on Tuesday where wounded soldiers were being treated.",
    ):
        assert _types(extractor, line) == ["Attack"], line
    tail = "Gunmen attacked a police station in Kora, Cameroon on Tuesday, killing two officers."
    assert _types(extractor, tail) == ["Armed clash"]


def test_executed_captives_stay_one_sided(extractor):
    line = "Soldiers executed three captured separatist fighters in Kora, Cameroon on Tuesday, a rights group said."
    assert _types(extractor, line) == ["Attack"]
    detained = "Militants executed two surrendered soldiers in Kora, Cameroon on Tuesday."
    assert _types(extractor, detained) == ["Attack"]


def test_a_noun_after_a_whose_clause_is_no_head(extractor):
    line = (
        "A student whose brother was shot dead by police during a protest in Kora, Cameroon on Monday spoke to"
        " reporters."
    )
    assert _types(extractor, line) == ["Excessive force against protesters"]
    sit_in = "Residents whose homes were demolished in Kora, Cameroon staged a sit-in on Tuesday."
    assert _types(extractor, sit_in) == ["Peaceful protest"]


def test_a_by_phrase_naming_no_agent_is_no_burner(extractor):
    for line in (
        "A bus was set on fire by the roadside near Kora, Cameroon on Tuesday.",
        "A car was set on fire by the river in Kora, Cameroon on Tuesday.",
    ):
        assert _types(extractor, line) == ["Looting/property destruction"], line
    by_crowd = "On Tuesday, a police post in Kora, Cameroon was set on fire by angry youths."
    assert _types(extractor, by_crowd) == ["Violent demonstration"]


def test_a_force_assaulting_protesters_is_excessive_force(extractor):
    rows = _rows(extractor, "Police assaulted protesters in Kora, Cameroon on Tuesday.")
    assert rows == [("Excessive force against protesters", "Police Forces of Cameroon", "Protesters")]


def test_the_arrested_mens_past_killing_is_no_toll_of_the_arrest(extractor):
    line = (
        "The militants who had killed five villagers in Kora, Cameroon on Monday were arrested by soldiers on Tuesday."
    )
    rows = run(extractor, [line], ref=REF)
    assert [(r["sub_event_type"], r["fatalities"]) for r in rows] == [("Arrests", None)]


def test_protesters_dying_after_the_intervention_make_excessive_force(extractor):
    line = "Police dispersed a march in Kora, Cameroon on Tuesday; three protesters died later in hospital."
    assert _types(extractor, line) == ["Excessive force against protesters"]
