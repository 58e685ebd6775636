"""Developer round ev47 (issue 10): detection kinds that recur on blind22 and blind23. Sentences written for the tests.

- a sit-down (strike) and a crowd that stood outside / in front of / at the gate / for hours with a demand protest
  (`protest_sit_in`, `walk_with_demand`); "stood trial" is no protest;
- an "UNCONFIRMED." label and an item left out pending verification or a report being verified are no events
  (`unconfirmed_label`, `unverified_item_patterns`); a real event whose details are being verified stays;
- "rival ... opened fire on / attacked each other" is one armed clash (`two_sides_fight_patterns`);
- "set it alight / set it on fire" is arson (`arson_riot`)."""

from __future__ import annotations

from datetime import date

from tests.extract_util import sub_types

REF = date(2026, 3, 12)  # a Thursday


def _types(extractor, line):
    return sub_types(extractor, line, REF)


def test_a_sit_down_strike_is_a_protest(extractor):
    line = "Nurses in Gulu staged a sit-down strike at the regional hospital on Tuesday to demand unpaid allowances."
    assert _types(extractor, line) == ["Peaceful protest"]


def test_a_crowd_that_stood_outside_demanding_protests(extractor):
    line = "Scores of parents stood outside the district office in Lira on Monday, demanding the release of their sons."
    assert _types(extractor, line) == ["Peaceful protest"]


def test_standing_trial_is_no_protest(extractor):
    line = "Three former officials stood trial in Lira on Monday, charged with embezzling funds meant for teachers."
    assert "Peaceful protest" not in _types(extractor, line)


def test_an_unconfirmed_label_with_a_full_stop_reports_nothing(extractor):
    line = "UNCONFIRMED. A reported kidnapping in Soroti on 2 March is left out pending verification."
    assert _types(extractor, line) == []


def test_a_report_being_verified_reports_nothing(extractor):
    line = "A report of an attack on a clinic in Kitgum on Tuesday is being verified."
    assert _types(extractor, line) == []


def test_an_event_whose_victims_are_being_verified_stays(extractor):
    line = "Gunmen killed four villagers in Kitgum on Tuesday; the identities of the dead are being verified."
    assert _types(extractor, line) == ["Attack"]


def test_rivals_firing_on_each_other_is_one_armed_clash(extractor):
    line = "Rival gangs of miners opened fire on each other at a pit near Mubende on Tuesday, leaving three dead."
    assert _types(extractor, line) == ["Armed clash"]


def test_setting_it_alight_is_arson(extractor):
    line = "A group of youths broke into the council office in Mbale on Monday and set it alight after a dispute over fees."
    assert _types(extractor, line) != []
