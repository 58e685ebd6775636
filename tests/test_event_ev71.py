"""Round ev71 (spurious interventions; sentences written for the tests): force on a crowd or arrests at the scene told
in the paragraph after a protest or riot are that event's intervention (convention 7), even when a byline's line stands
between them, the story's latest event is another one, or the speaker's title names a district; force at another
place, or arrests on another day, stay events of their own."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 3, 12)
MARCH = (
    "About 300 traders marched to the municipal offices in Kisumu on Wednesday to protest against new market levies."
)
RIOT = "Angry youths burned a police post and stoned vehicles in Kisumu on Wednesday after a rider died in custody."


def _rows(extractor, *paragraphs):
    return [
        (r["sub_event_type"], r["location"], r["actor2"], r["fatalities"]) for r in run(extractor, paragraphs, ref=REF)
    ]


def test_force_on_the_crowd_in_the_next_paragraph_is_the_protests_intervention(extractor):
    rows = _rows(extractor, MARCH, "Police fired tear gas at the crowd.")
    assert [r[:2] for r in rows] == [("Protest with intervention", "Kisumu")]


def test_arrests_at_the_scene_make_a_protest_with_intervention(extractor):
    rows = _rows(extractor, MARCH, "Officers detained 14 of the marchers at the scene, a police spokesman said.")
    assert [r[:3] for r in rows] == [("Protest with intervention", "Kisumu", "Police Forces of Kenya")]


def test_the_dispersal_after_a_byline_belongs_to_the_riot_not_the_arrests_of_the_lead(extractor):
    rows = _rows(
        extractor,
        "KISUMU - Police arrested 27 people in Ahero on Thursday after residents rioted there on Wednesday, burning a "
        "council vehicle and stoning shops.",
        "By Jane Achieng",
        "Officers fired warning shots to disperse the crowd and no one was killed, the regional police commander said.",
    )
    assert sorted(r[0] for r in rows) == ["Arrests", "Violent demonstration"]
    assert [r[3] for r in rows if r[0] == "Violent demonstration"] == [0]


def test_a_district_in_the_speakers_title_is_no_other_scene(extractor):
    rows = _rows(
        extractor,
        RIOT,
        "Police used tear gas to disperse them, said Peter Otieno, spokesman of the Nakuru county police.",
    )
    assert [r[:2] for r in rows] == [("Violent demonstration", "Kisumu")]


def test_force_at_another_place_or_arrests_on_another_day_stay_events(extractor):
    rows = _rows(extractor, MARCH, "In Eldoret, police fired tear gas at students.")
    assert [r[:2] for r in rows] == [("Peaceful protest", "Kisumu"), ("Protest with intervention", "Eldoret")]
    rows = _rows(extractor, MARCH, "Police arrested 12 people on Thursday in connection with the march.")
    assert [r[0] for r in rows] == ["Peaceful protest", "Arrests"]


def test_counted_people_picked_up_with_an_arrest_cue_are_arrested(extractor):
    for line in (
        "Three persons were picked up from a rented house in Kisumu on Tuesday in connection with the murder.",
        "Five more supporters were picked up in Kisumu on Wednesday, according to the same police statement.",
        "Four students were picked up outside the university in Kisumu on Wednesday on suspicion of inciting violence.",
    ):
        assert [r[:2] for r in _rows(extractor, line)] == [("Arrests", "Kisumu")], line


def test_people_picked_up_with_no_arrest_cue_or_hurt_are_no_arrest(extractor):
    for line in (
        "Five passengers were picked up at the station in Kisumu on Wednesday by a minibus.",
        "Two injured men were picked up in Kisumu on Wednesday in connection with the crash and taken to hospital.",
    ):
        assert _rows(extractor, line) == [], line


def test_a_clash_after_a_deployment_or_a_recovery_is_no_weapon_transfer(extractor):
    for line in (
        "Police were sent to Kisumu on Wednesday and came under fire from gunmen.",
        "Troops pursued the gunmen and recovered a rifle after a 20-minute firefight near Kisumu on Wednesday.",
    ):
        assert [r[0] for r in _rows(extractor, line)] == ["Armed clash"], line
    assert _rows(extractor, "Russia moved a rocket system and two drones into the south on Wednesday.") == []


def test_goods_taken_by_a_passives_agent_are_looting(extractor):
    for line in (
        "On Monday, a minibus was stopped by armed men near Kisumu, who took the passengers' phones and cash.",
        "On Monday, a warehouse in Kisumu was broken into by unknown men, who took 40 bags of maize.",
    ):
        assert [r[0] for r in _rows(extractor, line)] == ["Looting/property destruction"], line


def test_attacks_being_prepared_feared_or_planned_are_no_event(extractor):
    for line in (
        "We have been told that further attacks are being prepared against villages around Kisumu.",
        "More raids on villages around Kisumu are feared, residents said.",
        "Protests are planned in Kisumu on Friday.",
    ):
        assert _rows(extractor, line) == [], line
    assert [
        r[0] for r in _rows(extractor, "Gunmen attacked a village near Kisumu on Tuesday, killing three people.")
    ] == ["Attack"]


def test_people_who_had_not_been_identified_taking_a_person_abduct(extractor):
    for line in (
        "On Sunday, persons who had not been identified took a driver by force from his truck near Kisumu.",
        "On Sunday, gunmen took two farmers from their field near Kisumu.",
    ):
        assert [r[0] for r in _rows(extractor, line)] == ["Abduction/forced disappearance"], line
    assert _rows(extractor, "On Sunday, relatives took the body of the victim from the house in Kisumu.") == []
