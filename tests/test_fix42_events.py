"""Round fix42 (review of ev36-ev39): a clause in capitals is a heading only with a heading's evidence; an arrest "for
planning an attack" gives no attack; burning branches or logs make a riot only with a blockade or a protest; the dead
of the act an arrest is over are that act's, and its perpetrators are no civilians. Sentences written for the tests,
none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2025, 6, 12)  # a Thursday


def _subs(extractor, *paragraphs) -> list[str]:
    return [r["sub_event_type"] for r in run(extractor, list(paragraphs), ref=REF)]


def test_a_wire_story_in_capitals_keeps_its_events(extractor):
    rows = run(
        extractor,
        [
            "KONDUGA, JUNE 10 (AGENCY) - INSURGENTS AMBUSHED AN ARMY PATROL NEAR KONDUGA ON TUESDAY, KILLING FIVE "
            "SOLDIERS, A MILITARY SOURCE SAID.",
            "TROOPS DETAINED THREE MEN IN DIKWA ON WEDNESDAY.",
        ],
        ref=REF,
    )
    subs = [r["sub_event_type"] for r in rows]
    assert "Arrests" in subs, rows
    assert any(r["fatalities"] == 5 for r in rows), rows


def test_a_paragraph_in_capitals_after_a_normal_lead_is_an_event(extractor):
    subs = _subs(
        extractor,
        "MAIDUGURI — The governor opened a new hospital in Maiduguri on Monday.",
        "VIGILANTES AND BANDITS FOUGHT IN DIKWA ON WEDNESDAY, LEAVING SEVEN DEAD.",
    )
    assert subs == ["Armed clash"], subs


def test_a_caps_heading_with_a_label_or_without_a_count_stays_a_heading():
    from newsetl.extract.events.headings import caps_heading

    labels, counts = frozenset({"BULLETIN", "UPDATE"}), frozenset({"TUESDAY", "FIVE", "JUNE"})
    assert caps_heading("PROTECTION CLUSTER — WEEKLY UPDATE No. 12 — 10 JUNE 2025", labels, counts)
    assert caps_heading("SECURITY IN THE NORTH-EAST", labels, counts)  # no day, no count: a section heading
    assert not caps_heading("TROOPS DETAINED FIVE MEN IN DIKWA ON TUESDAY.", labels, counts)
    assert not caps_heading("BANDITS KILL FIVE HERDERS", labels, counts)  # a headline that reports a count
    assert not caps_heading("Troops detained five men.", labels, counts)


def test_an_arrest_for_planning_an_attack_gives_no_attack(extractor):
    for plan in ("for planning an attack", "for plotting a bombing", "over a plan to attack"):
        subs = _subs(extractor, f"MAIDUGURI — Soldiers detained four men on Wednesday {plan} on Saturday in Dikwa.")
        assert subs == ["Arrests"], (plan, subs)


def test_the_dead_of_an_act_an_arrest_is_over_belong_to_the_act(extractor):
    rows = run(
        extractor,
        ["MAIDUGURI — Police detained three men on Wednesday over the killing of two farmers on Tuesday in Dikwa."],
        ref=REF,
    )
    arrest = next(r for r in rows if r["sub_event_type"] == "Arrests")
    act = next(r for r in rows if r["sub_event_type"] == "Attack")
    assert not arrest["fatalities"], rows
    assert act["fatalities"] == 2, rows
    assert act["actor1"] != "Civilians", rows
    rows = run(
        extractor, ["MAIDUGURI — Police detained three men on Wednesday over the killing of two farmers."], ref=REF
    )
    assert [(r["sub_event_type"], r["fatalities"]) for r in rows] in ([("Arrests", None)], [("Arrests", 0)]), rows


def test_burning_branches_need_a_blockade_or_a_protest(extractor):
    for line in (
        "MAIDUGURI — Herders cleared a pasture near Dikwa on Tuesday, burning branches and old thorn fences.",
        "MAIDUGURI — Women boiled water over burning logs at the Dikwa camp on Tuesday.",
    ):
        assert _subs(extractor, line) == [], line
    line = "MAIDUGURI — Angry residents barricaded the main road in Dikwa with burning logs on Tuesday."
    assert _subs(extractor, line) == ["Violent demonstration"]


def test_an_arrest_over_an_attack_elsewhere_stays_where_the_arrest_was(extractor):
    for cause in (
        "over the attack at a bus station in Dikwa",
        "over the bombing of a bus station in Dikwa",
        "in connection with the ambush near Dikwa",
    ):
        rows = run(extractor, [f"MAIDUGURI — In Konduga, soldiers detained five men on Wednesday {cause}."], ref=REF)
        arrest = next(r for r in rows if r["sub_event_type"] == "Arrests")
        assert arrest["location"] == "Konduga", (cause, rows)


def test_shots_at_the_house_of_an_armed_man_follow_the_target(extractor):
    base = "MAIDUGURI — {} fired shots at the house of {} in Dikwa on Tuesday."
    rows = run(extractor, [base.format("Troops", "an insurgent commander")], ref=REF)
    assert [r["sub_event_type"] for r in rows] == ["Armed clash"], rows
    rows = run(extractor, [base.format("Gunmen", "a retired teacher")], ref=REF)
    assert [r["sub_event_type"] for r in rows] == ["Attack"], rows
