"""Round ev60 (convention 1 of eval/events/README.md): people arrested over a riot or protest the story told before
take that crowd's label when the sentence links the arrest to the crowd's act ("in connection with the violence",
"who had taken part in the march", "over the protest") within `arrest_crowd_paragraphs["linked"]` paragraphs, or is a
counted crowd ("arrested 30 people") within `["counted"]`, when the crowd event is of the arrest's day or the day
before; a year-named background ("the 2019 unrest") is no link. Sentences written for the tests, none copied from an
evaluation set."""

from __future__ import annotations

import pytest

from tests.extract_util import run
from tests.test_actor_frames import REF

LEAD = "NAKURU — Youths in Molo stoned police and set fire to a county office on Thursday, the county commander said."
AWAY = [
    "The county had been calm for months before the dispute over the land survey began.",
    "Elders from the area have called for talks between the two families and the county government.",
]


def _arrested(extractor, text: list[str]) -> list[str | None]:
    return [r["actor2"] for r in run(extractor, text, REF) if r["sub_event_type"] == "Arrests"]


@pytest.mark.parametrize(
    ("story", "side"),
    [
        pytest.param(
            [LEAD, *AWAY, "Police arrested 14 people in Molo on Friday in connection with the violence, he said."],
            "Rioters",
            id="linked-three-paragraphs-after-the-riot",
        ),
        pytest.param(
            [LEAD, AWAY[0], "Officers arrested 30 people in Molo on Friday, the commander said."],
            "Rioters",
            id="counted-two-paragraphs-after-the-riot",
        ),
        pytest.param(
            [
                "NAKURU — Hundreds of traders marched through Molo on Thursday to protest against new market fees. "
                "Police arrested three men in Molo on Friday who had taken part in the march, the commander said.",
            ],
            "Protesters",
            id="took-part-in-the-march",
        ),
        pytest.param(
            [
                "NAKURU — A crowd beat a man accused of stealing a goat to death in Molo on Thursday, police said.",
                "Police arrested five men in Molo on Friday in connection with the trader's death, he said.",
            ],
            "Rioters",
            id="suspects-of-a-mob-killing",
        ),
    ],
)
def test_people_arrested_over_an_earlier_crowd_act_take_its_label(extractor, story, side):
    assert side in _arrested(extractor, story), run(extractor, story, REF)


@pytest.mark.parametrize(
    "story",
    [
        pytest.param(
            [
                LEAD,
                *AWAY,
                "Police arrested an activist in Molo on Friday on charges linked to the 2019 unrest, he said.",
            ],
            id="a-year-named-background-is-no-link",
        ),
        pytest.param(
            [
                "NAKURU — Youths in Molo stoned police and set fire to a county office on Monday, the commander said.",
                AWAY[0],
                "Officers arrested 30 people in Molo on Friday, the commander said.",
            ],
            id="a-riot-days-before-is-no-crowd-of-the-arrest",
        ),
    ],
)
def test_arrests_with_no_link_to_a_crowd_of_their_day_stay_civilians(extractor, story):
    sides = _arrested(extractor, story)
    assert sides and not set(sides) & {"Rioters", "Protesters"}, run(extractor, story, REF)
