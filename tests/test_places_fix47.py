"""Places of round fix47 (review of ev43): a town abroad is no homonym when the story's own town is named only as an
origin ("from X"); a speaker's venue or a destination that is the sentence's only place stays its place; a political
"axis" is no road; the object of "attacked"/"stormed" that names people or a group is no place. Sentences written for
the tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 3, 12)


def _locations(extractor, paras, kind: str | None = None) -> list:
    return [r["location"] for r in run(extractor, paras, ref=REF) if kind is None or r["sub_event_type"] == kind]


def test_a_town_abroad_stays_when_the_home_town_is_only_an_origin(extractor):
    lead = "Police in Kisumu arrested three men on Monday."
    text = "On Sunday, a Kenyan nurse from Kisumu was shot dead by robbers in Manchester, her family said."
    assert _locations(extractor, [lead, text], "Attack") == ["Manchester"]


def test_a_venue_with_a_speaker_verb_that_is_the_only_place_stays_the_place(extractor):
    lead = "ELDORET, Kenya — Opposition officials gave an update on Tuesday."
    text = "Riot police fired tear gas at opposition MPs addressing a press conference in Nyeri on Monday."
    assert _locations(extractor, [lead, text]) == ["Nyeri"]


def test_a_conference_without_a_speaker_verb_is_where_the_event_happened(extractor):
    lead = "ELDORET, Kenya — Officials gave an update on Tuesday."
    text = "A grenade exploded at a news conference in Nyeri on Monday, wounding four journalists."
    assert _locations(extractor, [lead, text]) == ["Nyeri"]


def test_a_destination_that_is_the_only_place_beats_the_dateline(extractor):
    lead = "ELDORET, Kenya — Police gave an update on Tuesday."
    text = "Bandits ambushed a lorry bound for Nyeri on Monday, killing the driver."
    assert _locations(extractor, [lead, text]) == ["Nyeri"]


def test_a_political_axis_between_two_capitals_is_no_road(extractor):
    text = "Israeli jets bombed an arms store on Tuesday in a blow to the Tehran-Damascus axis, the army said."
    assert "Tehran" not in _locations(extractor, [text])


def test_the_people_an_attack_targets_are_no_place_beside_a_known_town(extractor):
    rows = _locations(extractor, ["Bandits attacked Muslims, near Kaduna, on Friday, killing nine worshippers."])
    assert rows == ["Kaduna"], rows


def test_a_group_a_crowd_storms_is_no_place_beside_a_known_town(extractor):
    rows = _locations(extractor, ["Rioters stormed Monusco, near Bunia, on Friday, looting a warehouse."])
    assert rows == ["Bunia"], rows
