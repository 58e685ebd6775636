"""Fixer round fix53 (review17b of ev50's detection rules). Sentences written for the tests.

- what analysts or observers say of a dated act reports it (`analysis_report_opener_patterns`);
- "N drones ... in the past week" is an aggregate only in the trigger's own clause (`aggregate_clause_frames`);
- shots or a road cleared after a protest of an earlier sentence are an intervention only when they name a crowd,
  its dispersal (`protest_dispersal_crowd_near`) or the road that protest blocked (`protest_blockade_patterns`);
- a crowd beats a person only as the subject right before "beat" or of a coordinated verb, never across "said"
  (`crowd_beating_subject_before`), and never a team or a score (`crowd_beating_refused_after`);
- "anti-aircraft" is no aircraft (`drone_delivery_patterns`); a mine that collapses is no landmine
  (`mine_site_refused_after`); "robbed ... of their land" is no armed robbery (`robbed_abstract_patterns`)."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run, sub_types

REF = date(2026, 3, 12)  # a Thursday


def _types(extractor, line):
    return sub_types(extractor, line, REF)


def test_what_observers_said_of_a_dated_killing_is_reported(extractor):
    line = "Observers said gunmen killed six herders near Menaka on Monday."
    assert _types(extractor, line) == ["Attack"]


def test_what_experts_say_of_a_dated_blast_is_reported(extractor):
    line = "Experts say the blast that killed nine people in Menaka on Monday was caused by a roadside bomb."
    assert _types(extractor, line) == ["Remote explosive/landmine/IED"]


def test_a_strike_with_a_weekly_tally_in_another_clause_is_kept(extractor):
    line = (
        "Russian drones struck Odesa on Monday night, killing three people, the latest of more than 300 drones "
        "launched at the region in the past week."
    )
    assert _types(extractor, line) == ["Air/drone strike"]


def test_a_protest_called_the_largest_in_the_past_week_is_kept(extractor):
    line = "Hundreds of people joined demonstrations in Menaka on Monday, the largest in the past week."
    assert _types(extractor, line) == ["Peaceful protest"]


def test_warning_shots_at_a_car_after_a_march_are_no_intervention(extractor):
    paragraph = [
        "Hundreds of nurses marched in Menaka on Monday over unpaid wages. "
        "Elsewhere in the town, soldiers fired warning shots at a lorry that failed to stop at a checkpoint."
    ]
    assert [r["sub_event_type"] for r in run(extractor, paragraph, ref=REF)] == ["Peaceful protest"]


def test_warning_shots_to_scatter_the_crowd_after_a_march_are_an_intervention(extractor):
    paragraph = [
        "Hundreds of nurses marched in Menaka on Monday over unpaid wages. "
        "Police fired warning shots to scatter them near the governor's office."
    ]
    assert "Protest with intervention" in [r["sub_event_type"] for r in run(extractor, paragraph, ref=REF)]


def test_what_villagers_said_the_rains_beat_reports_nothing(extractor):
    line = "Villagers said the floods beat a path through the millet fields near Menaka on Monday."
    assert _types(extractor, line) == []


def test_a_crowd_that_burned_a_house_and_beat_a_man_is_mob_violence(extractor):
    line = "On Monday a crowd in Menaka burned the house of a tax collector and beat a local councillor."
    assert _types(extractor, line) == ["Mob violence"]


def test_anti_aircraft_guns_are_no_air_strike(extractor):
    line = "Rebels armed with anti-aircraft guns fired rockets at the army camp in Menaka on Monday."
    assert _types(extractor, line) == ["Shelling/artillery/missile attack"]


def test_a_mine_collapse_is_no_landmine(extractor):
    line = "The tremor triggered a mine collapse near Menaka on Monday, killing six miners."
    assert "Remote explosive/landmine/IED" not in _types(extractor, line)


def test_a_law_that_robbed_farmers_of_their_land_is_no_attack(extractor):
    line = "Villagers said a new decree robbed the herders of their land near Menaka on Monday."
    assert "Attack" not in _types(extractor, line)
