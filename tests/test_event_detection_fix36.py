"""Fixer round fix36 (issue 10): the over-broad detection rules of round ev30, narrowed. Sentences written for the
tests.

- carried pictures, placards, banners or coffins are a protest only with a demand or a grievance (pictures of the
  dead, banners reading ...), and "sit"/"sat" only in sit-in constructions (`protest_signs`, `walk_with_demand`,
  `protest_purpose_patterns`, `protest_sign_purpose_after`);
- a verdict rejects a report only in the report's own clause, which ends at ", and", ", who" or "and the ..."
  (`rejected_report_clause`);
- a beating to death is an event when a crowd, a group, police or armed men do it, not one man (`beat_to_death` frame,
  `before`: `collective_subjects`);
- a drone that dropped leaflets or supplies made no strike (`drone_dropped_object`, `drone_munition_after`);
- a TABLE/TOTAL/TALLY label needs its colon or a line of its own (`summary_label_patterns`)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import sub_types

REF = date(2026, 3, 12)  # a Thursday


def _types(extractor, line):
    return sub_types(extractor, line, REF)


def test_a_dismissal_in_a_later_clause_keeps_the_report(extractor):
    line = "Reports that soldiers shot dead nine marchers in Atbara on Monday caused anger and the garrison chief was dismissed."
    assert _types(extractor, line) != []


def test_an_unconfirmed_detail_after_who_keeps_the_report(extractor):
    line = (
        "Reports that gunmen killed seven herders near Atbara on Monday were confirmed by the governor, who said the "
        "number of attackers has not been confirmed."
    )
    assert "Attack" in _types(extractor, line)


def test_a_rejected_report_still_reports_nothing(extractor):
    line = "Reports that gunmen killed seven herders near Atbara on Monday have not been confirmed."
    assert _types(extractor, line) == []


def test_one_man_beating_a_relative_to_death_is_no_event(extractor):
    assert _types(extractor, "A farmer beat his brother to death in Atbara on Monday, police said.") == []
    assert _types(extractor, "A shopkeeper beat a boy to death in Atbara on Monday, police said.") == []


def test_a_tally_label_with_its_colon_is_still_dropped(extractor):
    assert _types(extractor, "WEEKLY TALLY: gunmen killed seven herders near Atbara on Monday.") == []


def test_a_table_label_with_its_note_and_a_dash_is_still_dropped(extractor):
    line = "INCIDENT TABLE (week 9, unverified) — Atbara | 2 Mar | attack on a farm | 3 killed"
    assert _types(extractor, line) == []


def test_the_speakers_of_a_that_clause_are_not_the_beating_subject(extractor):
    line = "Villagers said that a man beat his wife to death in Atbara on Monday."
    assert _types(extractor, line) == []


# (test id, sentence, sub-event type, whether the sentence makes one)
CASES = [
    pytest.param(
        "Hundreds of mourners walked carrying the coffins of the three traders to the graveyard of Atbara on Monday.",
        "Peaceful protest",
        False,
        id="a_funeral_walk_with_coffins_is_no_protest",
    ),
    pytest.param(
        "Nursing students walked across the university grounds in Atbara on Monday holding banners to mark the end of term.",
        "Peaceful protest",
        False,
        id="graduates_holding_banners_do_not_protest",
    ),
    pytest.param(
        "Hundreds of children walked to their new classrooms in Atbara on Monday holding placards with their class names.",
        "Peaceful protest",
        False,
        id="children_with_their_name_placards_do_not_protest",
    ),
    pytest.param(
        "About 80 mothers stood outside the prison in Atbara on Monday, holding photographs of their missing sons.",
        "Peaceful protest",
        True,
        id="pictures_of_the_missing_still_make_a_protest",
    ),
    pytest.param(
        "Farmers went through the market of Atbara on Monday carrying placards calling on the governor to stop the raids.",
        "Peaceful protest",
        True,
        id="placards_calling_on_the_government_still_make_a_protest",
    ),
    pytest.param(
        "Pupils sat their mathematics paper in Atbara on Monday, asking for more time afterwards.",
        "Peaceful protest",
        False,
        id="sitting_an_exam_is_no_sit_in",
    ),
    pytest.param(
        "Dozens of drivers sat on the road outside the fuel depot in Atbara on Monday to demand lower prices.",
        "Peaceful protest",
        True,
        id="sitting_on_the_road_with_a_demand_is_a_protest",
    ),
    pytest.param(
        "A crowd at the bus station beat a man to death in Atbara on Monday.",
        "Mob violence",
        True,
        id="a_crowd_beating_a_man_to_death_stays_mob_violence",
    ),
    pytest.param(
        "A government drone had dropped leaflets over Atbara on Monday telling residents to leave.",
        "Air/drone strike",
        False,
        id="a_drone_dropping_leaflets_strikes_nothing",
    ),
    pytest.param(
        "A drone dropped food parcels to families stranded by the river in Atbara on Monday.",
        "Air/drone strike",
        False,
        id="a_drone_dropping_food_strikes_nothing",
    ),
    pytest.param(
        "A drone dropped a bomb on a checkpoint in Atbara on Monday, wounding two soldiers.",
        "Air/drone strike",
        True,
        id="a_drone_dropping_a_bomb_is_still_a_strike",
    ),
    pytest.param(
        "TOTAL workers were attacked by gunmen near Atbara on Monday, killing two guards, the company said.",
        "Attack",
        True,
        id="a_word_total_opening_a_sentence_is_no_label",
    ),
]


@pytest.mark.parametrize("line, sub, made", CASES)
def test_a_sentence_makes_its_type_or_not(extractor, line, sub, made):
    assert (sub in _types(extractor, line)) is made
