"""Review mends of round ev114 (fix127, rv114): rows of text that reports no new event must not take a new event's
row. Own variant sentences (REF is Thursday 12 March 2026); each article opens with a dated lead in Nairobi."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 3, 12)  # a Thursday
LEAD = "Police fired tear gas at hundreds of protesters in Nairobi on Tuesday, witnesses said."


def _rows_at(extractor, lines, town):
    rows = run(extractor, [LEAD, *lines], ref=REF)
    return [r for r in rows if town in (r["location"] or "")]


# MUST-FIX 1: a period total elsewhere in the sentence leaves the day's act its row
TOTAL_ELSEWHERE = [
    "Bandits shot dead six traders in Meru on Tuesday; over 50 people have been killed in the county this year.",
    "Officers detained 15 youths in Meru on Tuesday; 200 people have been arrested in the region since the start of "
    "the year.",
    "Bandits shot dead six traders in Meru on Tuesday, officials said, adding that 50 people have been killed in the "
    "county this year.",
    "Raiders kidnapped 11 passengers near Meru on Tuesday in a district where dozens have been abducted over the past "
    "year.",
    "Hundreds of farmers who have camped in the open this year marched to the county offices in Meru on Tuesday.",
    "Over 40 people have been killed in Meru since January, including five gunned down by bandits on Tuesday.",
]
# MUST-FIX 2 and 3: "since the 1990s" and a decade of a noun are no background date of the act
DECADE_OF_NOUN = [
    "The worst attack since the 1980s killed nine people in Meru on Monday.",
    "Bandits killed nine villagers in the deadliest raid in Meru since the 1980s.",
    "Veterans of the 1980s insurgency fought with police in Meru, officials said.",
    "Police detained a man in Meru wanted for murders in the 1980s.",
    "Former fighters of the 1980s civil war attacked a police post in Meru, killing two officers.",
]
# MUST-FIX 4: a continuing state with its own toll or act of the day
STATE_WITH_ACT = [
    "Riots in Meru entered their fourth day on Tuesday, leaving five people dead.",
    "The unrest in Meru dragged into a fourth day, leaving at least ten people dead.",
    "The hunger strike in Meru entered its twentieth day, and wardens beat two of the strikers.",
    "The sit-in outside the county offices in Meru entered its fourth day on Tuesday as hundreds more traders joined.",
]
# SHOULD-FIX: protests that went on for another day are that day's protest (blind19's gold codes such a day)
PROTEST_DAY = [
    "Demonstrations in Meru continued for a fourth day on Tuesday.",
]
# SHOULD-FIX: a summary or correction line that is the article's only report of its event keeps its row
ONLY_REPORT = [
    "What we know: Soldiers shot dead two students in Meru on Tuesday.",
    "CORRECTION: Soldiers shot dead two students in Meru on Tuesday, not Monday as first reported.",
    "Correction — Bandits killed six herders in Meru on Tuesday; an earlier version said five.",
]
# SHOULD-FIX: plans that are no plan of the trigger's event
NO_PLAN = [
    "Riots on Tuesday in Meru meant the election would be held again.",
    "The attack on Tuesday in Meru is set to deepen tensions, analysts said.",
    "Shopkeepers expect losses for the month after riots in Meru on Tuesday.",
]
# SHOULD-FIX: remembering frames from data ("never forgot", "still bears the scars of")
REMEMBERED = [
    "Meru never forgot April 2009, when soldiers burned the market.",
    "Meru still bears the scars of the 1990s, when rebels raided the town every month.",
]

KEPT = TOTAL_ELSEWHERE + DECADE_OF_NOUN + STATE_WITH_ACT + PROTEST_DAY + ONLY_REPORT + NO_PLAN


@pytest.mark.parametrize("line", KEPT)
def test_the_day_keeps_its_row(extractor, line):
    assert _rows_at(extractor, [line], "Meru")


@pytest.mark.parametrize("line", REMEMBERED)
def test_remembered_time_no_row(extractor, line):
    assert not _rows_at(extractor, [line], "Meru")


def test_armed_veterans_fight_is_a_clash(extractor):
    rows = _rows_at(extractor, [DECADE_OF_NOUN[4]], "Meru")
    assert rows and all(r["sub_event_type"] != "Attack" for r in rows)


# a summary or correction line whose event the body tells: one row only (the body's)
TOLD_TWICE = [
    (
        "What we know: Soldiers shot dead two students in Meru on Tuesday.",
        "Soldiers opened fire on students outside a college in Meru on Tuesday, killing two of them, witnesses said.",
    ),
    (
        "Correction: An earlier version of this story said 14 people were detained in Meru.",
        "Police detained 12 people in Meru on Tuesday after a night of looting, the commander said.",
    ),
    (
        "Key points: police detain 12 in Meru; curfew imposed.",
        "Police detained 12 people in Meru on Tuesday after a night of looting, the commander said.",
    ),
]


@pytest.mark.parametrize("label,body", TOLD_TWICE)
def test_labelled_line_told_in_body_adds_no_row(extractor, label, body):
    for lines in ([label, body], [body, label]):
        rows = _rows_at(extractor, lines, "Meru")
        assert len(rows) == 1, rows


# near misses: still no row
STILL_NONE = [
    "More than 50 people have been killed in Meru this year, the Red Cross says.",
    "Over 40 people have been killed in Meru since January, including five gunned down by bandits.",
    "Meru was the scene of heavy fighting between soldiers and rebels in the 1980s.",
    "The hunger strike in Meru entered its twentieth day on Tuesday.",
    "The sit-in outside the county offices in Meru is now in its third week.",
    "Organisers expect several thousand people at a rally in Meru next week.",
    "A protest is scheduled to take place in Meru next Tuesday.",
    "The union said a new strike would begin in Meru after the holidays.",
]


@pytest.mark.parametrize("line", STILL_NONE)
def test_still_no_row(extractor, line):
    assert not _rows_at(extractor, [line], "Meru")


def test_undated_highlights_before_timed_entries_add_no_row(extractor):
    """A live blog's opening highlights with no day, before entries that tell the day's events: no row of their own."""
    lines = [
        "Key highlights: three killed in police firing in Meru; a bank set on fire; curfew imposed.",
        "21:40 — Police opened fire after youths threw stones at officers in the market square of Meru this evening.",
    ]
    with_label = run(extractor, lines, ref=REF)
    assert all(r["event_date"] for r in with_label)
    assert len(with_label) <= len(run(extractor, lines[1:], ref=REF))
