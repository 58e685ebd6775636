"""Developer round ev56 (detection: events_blind25's recurring kinds). Sentences written for the tests.

- "burnt" as well as "burned", and a hall, school, office or building as the burned property (`burned_property`
  frame of verb_frames.json): the burning is an event of its own;
- a crowd burning a man's or a group's house is mob violence even when a force disperses it later in the sentence
  (`crowd_burning_later_force_types`), and after a trigger that ends on the house ("burnt the house of a man ...");
- two crowds stoning each other are mob violence (`crowd_each_other_patterns`);
- a force that arrests a counted group after a raid is an arrest of its own (`counted_arrest_own_event_patterns`)."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run, sub_types

REF = date(2026, 3, 12)  # a Thursday
LOOTING = "Looting/property destruction"
MOB = "Mob violence"


def _types(extractor, line):
    return sub_types(extractor, line, REF)


def test_burnt_or_burned_buildings_are_destruction(extractor):
    for line in (
        "On Tuesday night, unidentified men burned the old meeting hall of the Kolda community.",
        "On Tuesday, the raiders also burnt more than 20 houses in Kolda, the chief said.",
        "On Tuesday, unidentified men burnt the council office in Kolda, residents said.",
    ):
        assert LOOTING in _types(extractor, line), line


def test_a_burned_adjective_is_still_no_event(extractor):
    assert _types(extractor, "Reporters saw a burnt school in Kolda on Tuesday.") == []


def test_crowd_burning_a_mans_house_is_mob_violence_whoever_disperses_it(extractor):
    for line in (
        "On Tuesday, a crowd in Kolda torched the house of a man accused of theft; police fired tear gas to disperse it.",
        "Angry youths in Kolda set fire to three huts belonging to traders on Tuesday before soldiers arrived.",
        "In Kolda, angry villagers on Tuesday burnt the house of a man they accused of witchcraft.",
    ):
        assert _types(extractor, line) == [MOB], line


def test_crowd_burning_a_police_post_stays_a_violent_demonstration(extractor):
    line = "On Tuesday, angry youths in Kolda set fire to the police post before soldiers arrived."
    assert _types(extractor, line) == ["Violent demonstration"]


def test_rival_crowds_stoning_each_other_are_mob_violence(extractor):
    line = "Supporters of two rival candidates pelted each other with stones in Kolda on Tuesday until police arrived."
    assert _types(extractor, line) == [MOB]


def test_counted_arrest_after_a_raid_is_its_own_event(extractor):
    paras = [
        "Soldiers raided a rebel camp near Kolda on Tuesday, killing three fighters.",
        "Troops also arrested seven young men in the camp during the raid, a rights group said.",
    ]
    subs = [r["sub_event_type"] for r in run(extractor, paras, ref=REF)]
    assert "Arrests" in subs and len(subs) == 2


def test_each_other_clause_does_not_retype_a_demonstration_against_police(extractor):
    # review 18c: the rival supporters' stoning is another clause; the protesters' stones at the police stay the riot
    line = (
        "On Tuesday, protesters threw stones at police in Kolda, Senegal, and supporters of rival parties also "
        "pelted each other with stones."
    )
    rows = run(extractor, [line], ref=REF)
    assert rows and rows[0]["sub_event_type"] == "Violent demonstration"
