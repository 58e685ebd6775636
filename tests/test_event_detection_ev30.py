"""Round ev30 (issue 10, event detection, types and dates): constructions that recurred on two or more event
development sets. Sentences written for the tests.

- "The next morning", "the following evening" count a day on from the story's last day; a relative day in a sentence
  whose only date is the report's ("..., a spokesman said on Sunday") is the event's, and a report's day is no anchor
  for the next relative day (`events/when.py`);
- a drone that dropped or let fall a bomb, a drone with explosives, and "air assets struck" are air/drone strikes
  (`drone_dropped_munition`, `air_strike_warplanes`);
- a report or claim its own sentence calls dismissed, not confirmed or not authenticated reports no event
  (`rejected_report_heads`, `rejected_report_verdicts`);
- an interviewer's turn and a bulletin's headlines, tables and figures are no events (`summary_label_patterns`);
- a crowd that blocks a road or sits on it with a purpose, or walks carrying the pictures of the dead, protests
  (`walk_with_demand`, `protest_purpose_patterns`);
- fire on "Monday's peaceful march" is excessive force (`fire_on_gathering_patterns`);
- a crowd that beat a man to death is mob violence (`beat_to_death` frame, `lynching`)."""

from __future__ import annotations

from datetime import date

from tests.extract_util import one, run, sub_types

REF = date(2026, 3, 12)  # a Thursday


def _types(extractor, line):
    return sub_types(extractor, line, REF)


def test_the_next_morning_counts_from_the_day_before(extractor):
    rows = run(
        extractor,
        [
            "Gunmen abducted a school principal from his house in Kosti on Monday evening, his relatives said.",
            "The next morning, about 200 residents of Kosti gathered outside the district office to demand his release.",
        ],
        ref=REF,
    )
    assert one(rows, "Peaceful protest", exactly=True)["event_date"] == date(2026, 3, 10)


def test_a_relative_day_beats_the_report_day_of_its_sentence(extractor):
    rows = run(
        extractor,
        [
            "Gunmen attacked worshippers at a mosque in the village of Fambita on Friday, killing 12 civilians, the "
            "interior ministry said in a statement on Saturday.",
            "The same night, soldiers killed about 20 fighters in a clash near Banibangou, the army said on Sunday.",
        ],
        ref=REF,
    )
    assert one(rows, "Attack", exactly=True)["event_date"] == date(2026, 3, 6)
    assert one(rows, "Armed clash", exactly=True)["event_date"] == date(2026, 3, 6)


def test_drones_that_drop_bombs_strike_from_the_air(extractor):
    for line in (
        "Early on Tuesday, a small drone let fall a homemade bomb onto the police station in Kassala, wounding a guard.",
        "On Monday night a drone with explosives was dropped on the army post in Kassala, and two soldiers were wounded.",
        "The group said on Wednesday that one of its drones had dropped a grenade on a checkpoint in Kassala.",
        "On Tuesday our air assets struck a group of fighters fleeing towards the border near Kassala.",
    ):
        assert _types(extractor, line) == ["Air/drone strike"], line


def test_a_claim_its_sentence_rejects_is_no_event(extractor):
    for line in (
        "A claim that a police station in Kassala was torched on Monday was dismissed as false by the police.",
        "A resident's claim that soldiers had bombed a camp near Kassala on Monday could not be verified.",
        "A claim by a local channel that fighters had executed a chief in Kassala on Monday was not confirmed.",
        "A clip shared on Tuesday that showed an armed drone over Kassala could not be authenticated.",
    ):
        assert _types(extractor, line) == [], line


def test_an_interviewers_turn_and_a_bulletins_headlines_are_no_events(extractor):
    for line in (
        "INTERVIEWER: There are reports of fighting in the forest near Kassala on Monday.",
        "Q (Radio Kassala): Was there an air strike in Kassala on Wednesday?",
        "In tonight's headlines: fighting near Kassala, a teacher missing in Sennar, and traders stopped by police.",
        "CASUALTY TABLE (reported incidents) — Kassala | 9 Mar | attack on village | 4 killed — TOTAL | 4 killed",
    ):
        assert _types(extractor, line) == [], line


def test_a_crowd_that_blocks_or_sits_on_a_road_with_a_purpose_protests(extractor):
    for line in (
        "On Wednesday, residents of Sennar blocked the exit towards Kassala to protest against the power cuts.",
        "Garment workers sit on the highway at Sennar on Monday morning to demand unpaid wages.",
        "On Tuesday, hundreds of women walked quietly through Sennar carrying the dead man's photograph.",
    ):
        assert _types(extractor, line) == ["Peaceful protest"], line
    # a crowd that blocked or walked with no purpose and no sign of one does not protest
    assert _types(extractor, "On Monday, dozens of pupils walked to the school in Sennar.") == []


def test_fire_on_a_named_days_march_is_excessive_force(extractor):
    line = (
        "In Sennar, security forces killed three people when they fired on Monday's peaceful march against fuel prices."
    )
    assert _types(extractor, line) == ["Excessive force against protesters"]


def test_a_crowd_that_beat_a_man_to_death_is_mob_violence(extractor):
    line = "On Wednesday a crowd at the main market of Sennar beat a man to death, saying he was a thief."
    assert _types(extractor, line) == ["Mob violence"]
