"""Round fix134: review mends of ev120 (the same event told again). A place named in a retelling's frame is the
event's place ("In X, police said ...", "Officials in X said ...", "The mayor of X said ..."), not the speaker's town,
unless only a media outlet is placed there; a toll told on its own goes to no row when two deadly rows at different
places could take it, nor when it names a cause of its own ("... after a bus overturned"); a dispute counts only in
the report frame or a clause about the account itself. Own variant sentences (REF is Thursday 12 March 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 3, 12)  # a Thursday
STRIKE = "Russian drones struck Poltava overnight, killing four people, the regional governor said."
RAID = "Bandits raided a cattle market near Marsabit on Tuesday, killing five herders, police said."
GAZA = "Israeli air strikes killed nine people in Khan Younis on Tuesday, health officials said."
CLASH = "Soldiers battled a group of rebels on the outskirts of Marsabit on Tuesday, leaving three soldiers dead, the army said."
MARCH = "Riot police fired tear gas at some 400 nurses marching to the county offices in Eldoret on Tuesday, witnesses said."


def _rows(extractor, lines):
    return run(extractor, lines, ref=REF)


# a place named in the frame (not a media outlet's): another event, kept as its own row at its own place
ELSEWHERE = [
    (STRIKE, "In the Vinnytsia region, Governor Serhiy Borzov said a missile strike killed three people.", "Vinnytsia"),
    (STRIKE, "Officials in Zhytomyr said a missile strike killed three people.", "Zhytomyr"),
    (STRIKE, "The mayor of Zhytomyr, Serhiy Sukhomlyn, said that a missile strike killed three people.", "Zhytomyr"),
    (STRIKE, "The governor of the Chernihiv region said that shelling killed three civilians.", "Chernihiv"),
    (CLASH, "In Moyale, police said that gunmen shot dead two traders.", "Moyale"),
    (CLASH, "Police in Moyale said that gunmen shot dead two traders.", "Moyale"),
    (GAZA, "In Gaza City, paramedics said that Israeli artillery fire killed six people.", "Gaza"),
    (MARCH, "In Kisumu, union officials said that about 150 nurses marched to the governor's office.", "Kisumu"),
]


@pytest.mark.parametrize("first,line,place", ELSEWHERE)
def test_frame_place_is_the_events_place(extractor, first, line, place):
    rows = _rows(extractor, [first, line])
    assert len(rows) == 2, rows
    assert any(place in (r["location"] or "") for r in rows), rows


# near misses: a media outlet's town in the frame is no place of the event (the retelling still joins)
OUTLET = [
    "A community radio station in Moyale quoted residents as saying the gunmen fired at shops as they fled.",
    "Traders told a weekly in Moyale that the shooting went on for an hour.",
    "Herders quoted by a Moyale radio station said the firing lasted until dusk.",
]


@pytest.mark.parametrize("line", OUTLET)
def test_outlet_town_still_joins(extractor, line):
    rows = _rows(extractor, [RAID, line])
    assert len(rows) == 1, rows
    assert "Marsabit" in (rows[0]["location"] or ""), rows


TWO_ROWS = [
    "Gunmen attacked a minibus near Marsabit on Tuesday, killing three passengers, police said.",
    "In Moyale, soldiers clashed with rebels on Tuesday, killing two rebels, the army said.",
]


def test_toll_two_places_goes_to_neither(extractor):
    """A toll told on its own after two deadly rows at different places raises neither."""
    rows = _rows(
        extractor, [*TWO_ROWS, "Six of the minibus passengers later died of their wounds in hospital, a nurse said."]
    )
    assert sorted(r["fatalities"] for r in rows) == [2, 3], rows


def test_toll_one_row_still_raises(extractor):
    """Near miss: with only one deadly row the later toll is still its toll (ev120's case)."""
    rows = _rows(
        extractor, [TWO_ROWS[0], "Six of the minibus passengers later died of their wounds in hospital, a nurse said."]
    )
    assert [r["fatalities"] for r in rows] == [6], rows


OWN_CAUSE = [
    "Eight people died of burn injuries after a gas tanker caught fire on the main road.",
    "Eight people died of their injuries after a lorry overturned on the highway, police said.",
    "Police said that eight people died of their injuries after a lorry overturned.",
]


@pytest.mark.parametrize("line", OWN_CAUSE)
def test_toll_with_its_own_cause_is_not_the_attacks(extractor, line):
    rows = _rows(extractor, [RAID, line])
    assert [r["fatalities"] for r in rows] == [5], rows


@pytest.mark.parametrize(
    "line",
    [
        "Eight people died of their injuries in hospital, a doctor said.",
        "Eight people died of their wounds after the gunmen opened fire on the market, a doctor said.",
    ],
)
def test_toll_without_own_cause_still_raises(extractor, line):
    """Near misses: no cause of its own, or the attack itself as the cause."""
    rows = _rows(extractor, [RAID, line])
    assert [r["fatalities"] for r in rows] == [8], rows


# the crowd's violence told as fact: words of dispute elsewhere in the sentence dispute nothing
UNDISPUTED = [
    "Police said that some demonstrators later pelted officers with rocks in clashes that claimed three lives.",
    "Police said that some demonstrators later pelted officers with rocks, and denied using live ammunition.",
    "Police said that some demonstrators later pelted officers with rocks and torched the office of a senator who has "
    "denied the wage cuts.",
]


@pytest.mark.parametrize("line", UNDISPUTED)
def test_undisputed_riot_retypes(extractor, line):
    rows = _rows(extractor, [MARCH, line])
    assert [r["sub_event_type"] for r in rows] == ["Violent demonstration"], rows


DISPUTED = [
    "Police claimed that some nurses had hurled stones at officers.",
    "The county police command said that nurses had set tyres alight, which the union denied.",
    "The ministry said that some nurses threw rocks at officers, an account the union rejected.",
]


@pytest.mark.parametrize("line", DISPUTED)
def test_disputed_account_keeps_the_protest(extractor, line):
    """Near misses: a claim verb in the frame or a clause about the account itself still leaves the protest."""
    rows = _rows(extractor, [MARCH, line])
    assert [r["sub_event_type"] for r in rows] == ["Protest with intervention"], rows


def test_relative_and_time_label_lists_are_data(extractor):
    from newsetl.extract.events import retold

    assert not hasattr(retold, "RELATIVE_END") and not hasattr(retold, "TIME_LABEL")
