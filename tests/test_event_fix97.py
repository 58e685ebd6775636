"""Round fix97 (review 25b of fix93): a passive auxiliary counts only before a participle, a crowd attacking
civilians is mob violence, the month check reads capitalised names, a gathering noun as a passive subject, the
toll tail after force on a crowd, one list of passive auxiliaries."""

from __future__ import annotations

import re
from datetime import date
from functools import partial

import pytest

from newsetl.extract.events import assemble
from newsetl.extract.events.filled import filled_patterns
from tests.extract_util import SIDES, fields, run

REF = date(2026, 3, 12)  # a Thursday
MARCH = "Hundreds of protesters marched in Kano on Tuesday. "


_rows = partial(fields, keys=SIDES, ref=REF)


@pytest.mark.parametrize(
    "line",
    [
        "There were clashes between police and protesters in Kano on Tuesday.",
        "Police were clashing with protesters in Kano on Tuesday.",
        "Police were exchanging fire with protesters in Kano on Tuesday.",
        "Police were battling protesters in Kano on Tuesday.",
        "There were running battles between rioters and police in Kano on Tuesday.",
    ],
)
def test_were_before_an_active_trigger_is_no_passive(extractor, line):
    """Review 25b must-fix 1: "there were" and a progressive are no passive; a crowd fighting the police riots."""
    ((sub, a1, a2),) = _rows(extractor, line)
    assert sub == "Violent demonstration" and a1 == "Rioters" and a2.startswith("Police"), (sub, a1, a2)


@pytest.mark.parametrize(
    "line",
    [
        "Villagers were attacked by rioters in Kano on Tuesday.",
        "Journalists were attacked by protesters in Kano on Tuesday.",
        "A journalist was beaten by protesters in Kano on Tuesday.",
        "Two shopkeepers were stabbed by rioters in Kano on Tuesday.",
    ],
)
def test_a_crowd_attacking_civilians_is_mob_violence(extractor, line):
    """Review 25b must-fix 2 (eval/events/README.md: a crowd turning on people is Mob violence, Rioters/Civilians)."""
    assert _rows(extractor, line) == [("Mob violence", "Rioters", "Civilians")]


def test_the_month_check_reads_capitalised_month_names():
    """Review 25b must-fix 3: "The march" is no month; "the March attack", "the Sept." are."""
    rx = assemble.EARLIER_NAMED
    assert rx.search("The march ") is None and rx.search("the may ") is None and rx.search("the mayor ") is None
    assert all(rx.search(t) is not None for t in ("the March ", "The May ", "the Sept. ", "last year's ", "the 2024 "))


@pytest.mark.parametrize(
    ("line", "force"),
    [
        (MARCH + "The march was fired upon by police.", "Police"),
        (MARCH + "The march was attacked by soldiers.", "Military"),
        (MARCH + "The rally was attacked by police.", "Police"),
        (MARCH + "The protest was fired upon by police.", "Police"),
        (MARCH + "The demonstration was fired upon by soldiers.", "Military"),
        (MARCH + "The sit-in was later attacked by soldiers.", "Military"),
    ],
)
def test_a_gathering_acted_on_after_its_protest_is_force_on_it(extractor, line, force):
    """Review 25b must-fix 3 and should-fix 4: the gathering noun as the passive subject of the force's act."""
    ((sub, a1, a2),) = _rows(extractor, line)
    assert sub == "Protest with intervention" and a1 == "Protesters" and a2.startswith(force), (sub, a1, a2)


@pytest.mark.parametrize(
    "line",
    [
        "The rally was attacked by police in Kano on Tuesday.",
        "A peaceful protest was fired upon by soldiers in Kano on Tuesday.",
    ],
)
def test_a_gathering_fired_upon_is_excessive_force(extractor, line):
    ((sub, a1, a2),) = _rows(extractor, line)
    assert (
        sub == "Excessive force against protesters" and a2 == "Protesters" and a1.split()[0] in ("Police", "Military")
    )


@pytest.mark.parametrize(
    "line",
    [
        MARCH + "Soldiers shot at the crowd, and three people died.",
        MARCH + "The marchers were fired upon by police, and three people died.",
    ],
)
def test_deaths_told_after_force_on_a_crowd_are_its_toll(extractor, line):
    """Review 25b should-fix 5: ", and three people died" after the force's act is its toll (lethal force)."""
    (row,) = run(extractor, [line], ref=REF)
    assert row["sub_event_type"] == "Excessive force against protesters" and row["fatalities"] == 3, row


def test_the_passive_auxiliaries_live_in_one_list(extractor):
    """Review 25b should-fix 6: `{passive_auxiliaries}` is the one spelling of the auxiliaries."""
    words = extractor.res.words
    for name in ("passive_auxiliary_before", "crowd_force_passive_subject_patterns"):
        assert all("{passive_auxiliaries}" in p and "were|" not in p for p in words[name]), name
        assert not any(re.search(r"\{[a-z_]+\}", p) for p in filled_patterns(extractor.res, name))
