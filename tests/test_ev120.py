"""Round ev120: the same event told again (kind SUMMARY_OR_BACKGROUND, restatements). A sentence that retells an
event the article already reports (a later toll told on its own, an authority's counter-account, a relayed witness
account placed at the outlet's town) joins that event instead of making a row of its own. Own variant sentences
(REF is Thursday 12 March 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 3, 12)  # a Thursday
ARMED = "Soldiers fought a band of rebels on the outskirts of Garissa on Tuesday, leaving four soldiers dead, the army said."
CROWD = "Riot police fired tear gas at some 300 teachers marching to the county offices in Nakuru on Tuesday, witnesses said."

# a relayed witness account or an authority's account of the battle just reported (no place or day of its own)
ARMED_RETOLD = [
    "A community radio station in Wajir quoted residents as saying the shooting lasted most of the night.",
    "Residents told a local newspaper in Isiolo that the gunfire went on for several hours.",
    "A church radio in Wajir cited villagers as saying the gunmen shot at houses as they fled.",
    "Herders quoted by a Mandera radio station said the firing continued until dawn.",
    "According to a local chief interviewed by a station in Wajir, the attackers fired on homes before withdrawing.",
    "Elders said that the shooting had lasted well into the afternoon.",
    "A reporter for a weekly in Isiolo quoted a trader as saying that gunmen had opened fire near the market.",
    "Witnesses told the broadcaster that the fighting raged for about three hours.",
]
# a toll told in its own sentence after the event (the larger toll goes to the event)
TOLLS = [
    ("Officials at the county hospital confirmed that seven people died of gunshot wounds.", 7),
    ("Hospital staff said seven people died of bullet wounds.", 7),
    ("Seven people died of their wounds in hospital, a medical officer confirmed.", 7),
    # "bodies ... brought in" is no toll the fatality patterns read (left: a gap of fatalities.py, not of this round)
    pytest.param(
        "A nurse at the referral hospital said that seven bodies had been brought in.", 7, marks=pytest.mark.xfail
    ),
    ("The hospital's director confirmed that seven people were killed and 20 injured.", 7),
    ("A doctor said that seven wounded people later succumbed to their injuries.", 7),
    ("Local officials put the death toll at seven.", 7),
    ("Seven people were confirmed dead by the county health office.", 7),
]
# an authority's counter-account of the protest just reported
CROWD_RETOLD = [
    "The interior ministry said in a statement that some marchers threw stones at officers and damaged two police "
    "vehicles, an account the union disputed.",
    "Police claimed that a group of protesters had hurled bottles at the officers.",
    "A police spokesman insisted that demonstrators attacked officers with stones first.",
    "The county commissioner told reporters that some teachers had pelted police with stones.",
    "The police said in a statement that protesters threw rocks and bottles at officers.",
    "In a statement, the ministry alleged that some marchers had smashed the windows of a police car.",
    "Officers maintained that several demonstrators threw stones before the tear gas was fired.",
    "The regional police command said that rioters had set tyres on fire, which the union denied.",
]

# near misses: a sentence with its own place or day, or the only report of its event, keeps its row
ARMED_OWN = [
    "Police said gunmen also killed two farmers in Mandera on Tuesday.",
    "Officials said that bandits shot dead three traders in Wajir on Wednesday.",
    "Residents said gunmen attacked a bus near Isiolo on Monday, killing two passengers.",
    "Two days later, gunmen killed five herders in Mandera, police said.",
    "A radio station quoted residents as saying gunmen had killed three people in Wajir on Monday.",
    "Police said rebels ambushed a convoy near Marsabit on Wednesday, killing six soldiers.",
    "Separately, police said bandits killed a trader in Isiolo on Tuesday.",
    "On Wednesday, rebels attacked an army post in Mandera, a commander said.",
]
CROWD_OWN = [
    "Police said protesters burned a car in Kisumu on Wednesday.",
    "The police said that traders blocked a road in Eldoret on Monday.",
    "On Wednesday, police said, students threw stones at officers in Kisumu.",
    "A police spokesman said youths looted shops in Eldoret on Wednesday night.",
    "Police said some 200 nurses marched in Kisumu on Monday.",
    "Officials said that rioters torched a police post in Kisumu on Wednesday.",
    "The ministry said that farmers blocked the highway in Eldoret on Monday.",
    "Police said about 100 nurses marched in Nakuru on Monday.",
]
ONLY_TOLL = [
    "Officials at the county hospital in Garissa confirmed that seven people died of gunshot wounds on Tuesday.",
    "Seven people died of gunshot wounds in Garissa on Tuesday, hospital officials said.",
    "Hospital officials in Mandera said on Tuesday that three bodies had been brought in after gunmen attacked a bus.",
    "Gunmen killed seven people in Garissa on Tuesday, hospital officials confirmed.",
]


def _rows(extractor, lines):
    return run(extractor, lines, ref=REF)


@pytest.mark.parametrize("line", ARMED_RETOLD)
def test_armed_account_joins_the_battle(extractor, line):
    rows = _rows(extractor, [ARMED, line])
    assert len(rows) == 1, rows


@pytest.mark.parametrize("line,toll", TOLLS)
def test_later_toll_goes_to_the_event(extractor, line, toll):
    rows = _rows(extractor, [ARMED, line])
    assert len(rows) == 1, rows
    assert rows[0]["fatalities"] == toll


@pytest.mark.parametrize("line", CROWD_RETOLD)
def test_counter_account_joins_the_protest(extractor, line):
    """One row, at the protest's place; an account that someone disputes (a claim verb, "an account the union
    disputed") does not turn the protest into a riot."""
    rows = _rows(extractor, [CROWD, line])
    assert len(rows) == 1, rows
    assert rows[0]["location"] and "Nakuru" in rows[0]["location"]
    disputed = any(w in line for w in ("claimed", "insisted", "alleged", "maintained", "disputed", "denied"))
    assert not disputed or rows[0]["sub_event_type"] == "Protest with intervention", rows


# near misses: the crowd's own violence told as fact (no dispute) still makes the protest a riot
TURNED_VIOLENT = [
    "Police said that some protesters later pelted officers with stones.",
    "The county commander said that a group of marchers later hurled rocks at officers.",
]


@pytest.mark.parametrize("line", TURNED_VIOLENT)
def test_undisputed_riot_still_retypes(extractor, line):
    rows = _rows(extractor, [CROWD, line])
    assert [r["sub_event_type"] for r in rows] == ["Violent demonstration"], rows


@pytest.mark.parametrize("line", ARMED_OWN)
def test_other_event_keeps_its_row(extractor, line):
    assert len(_rows(extractor, [ARMED, line])) == 2


@pytest.mark.parametrize("line", CROWD_OWN)
def test_other_crowd_event_keeps_its_row(extractor, line):
    assert len(_rows(extractor, [CROWD, line])) == 2


@pytest.mark.parametrize("line", ONLY_TOLL)
def test_only_toll_keeps_its_row(extractor, line):
    rows = _rows(extractor, [CROWD.replace("Nakuru", "Kisumu").replace("Tuesday", "Monday"), line])
    assert len(rows) == 2, rows
    assert any(r["location"] in ("Garissa", "Mandera") for r in rows), rows


def test_framed_lead_is_no_retelling_of_a_later_attack(extractor):
    """A lead that opens on a report frame, placed by its dateline, keeps its row beside a later attack elsewhere."""
    lines = [
        "NAIROBI — Police said that gunmen killed five people at a church.",
        "Bandits killed two herders in Wajir on Tuesday.",
    ]
    assert len(_rows(extractor, lines)) == 2
