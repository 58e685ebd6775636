"""Review 25f (fix99): a bare count of a passive kill after "and" (", and two were killed") is the clause's toll, so a
protest's lethal intervention becomes excessive force with its dead and a condemned killing told before it folds into
it; a deadly announcement never folds into a crowd act with no dead. The reviewer's probe and variants."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract_util import fields

REF = date(2026, 6, 10)


_rows = partial(fields, keys=("sub_event_type", "fatalities"), ref=REF)


@pytest.mark.parametrize(
    "paras, want",
    [
        (
            [
                "Residents condemned the killing of two protesters in Kano, Nigeria, on Tuesday.",
                "On Tuesday, hundreds of protesters marched in Kano. The marchers were fired upon by police, and two "
                "were killed.",
            ],
            [("Excessive force against protesters", 2)],
        ),
        (
            [
                "Hundreds of protesters marched in Kano, Nigeria, on Tuesday.",
                "Police fired on the marchers, and three were killed.",
            ],
            [("Excessive force against protesters", 3)],
        ),
        (
            ["Soldiers clashed with gunmen near Gusau, Nigeria, on Tuesday, and two were killed."],
            [("Armed clash", 2)],
        ),
    ],
)
def test_a_bare_count_after_and_is_the_toll(extractor, paras, want):
    assert _rows(extractor, paras) == want


def test_a_deadly_announcement_does_not_fold_into_a_deathless_crowd_act(extractor):
    rows = _rows(
        extractor,
        [
            "Residents condemned the killing of two protesters in Kano, Nigeria, on Tuesday.",
            "On Tuesday, hundreds of protesters marched peacefully in Kano.",
        ],
    )
    assert ("Peaceful protest", None) in rows and len(rows) == 2, rows


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the village near Gusau, Nigeria, on Tuesday, and they were killed.",
        "Police fired on the crowd in Kano, Nigeria, on Tuesday, and many were killed.",
    ],
)
def test_no_figure_no_bare_count(extractor, text):
    assert all(f is None for _, f in _rows(extractor, [text]))


def test_a_count_inside_a_list_of_ages_is_no_bare_count(extractor):
    """A bare count after "and" inside a noun phrase ("aged 19 and 23") is no clause of its own: no age is a toll (an
    earlier draft of fix99 read 23, plus the list head's 2: 25)."""
    text = "Two men aged 19 and 23 were shot dead in Kano, Nigeria, on Tuesday by occupants of a passing car."
    assert not {23, 25} & {f for _, f in _rows(extractor, [text])}
