"""fix124: two mends of ev109's arrest reason (`events/arrest_reason.py`), found by the full suite after its merge.

1. A reason that acts ON the crowd event it names ("suspected of having attacked the march") makes the arrested no
   members of that crowd (`arrest_reason.against_crowd`).
   ("on suspicion of disrupting the rally" gave Protesters before ev109 too, through the older crowd rules: left.)
2. A reason that names an act only by its class ("over the clash") refers to the nearest earlier event whose sentence
   holds that word; when that event is no crowd event (herders and farmers clashing), the arrest takes no crowd side
   (`arrest_reason.kind_other_events`).
Sentences are the project's own variants; the near misses keep ev109's reading."""

from __future__ import annotations

import pytest

from tests.extract_util import run


def _arrest_side(extractor, paras):
    rows = [r for r in run(extractor, paras) if r["sub_event_type"] == "Arrests"]
    assert rows, paras
    return rows[0]["actor2"]


AGAINST = [
    [
        "Several hundred teachers marched in Kumasi on Monday.",
        "Police in Kumasi arrested four men suspected of having attacked the march with stones.",
    ],
    [
        "About two hundred nurses marched to the ministry in Lilongwe on Monday.",
        "Police in Lilongwe arrested two men on Tuesday suspected of having beaten the marchers.",
    ],
]


@pytest.mark.parametrize("paras", AGAINST)
def test_people_who_acted_against_the_crowd_are_not_its_members(extractor, paras):
    assert _arrest_side(extractor, paras) not in ("Protesters", "Rioters")


def test_a_clash_that_is_no_crowd_event_gives_no_crowd_side(extractor):
    paras = [
        "Three people died on Sunday when herders and farmers clashed near Damasak, residents said.",
        "Later, youths in Geidam burned tyres and blocked the main road.",
        "Soldiers detained nine men near Damasak on Monday over the clash, the army said.",
    ]
    assert _arrest_side(extractor, paras) == "Civilians"


NEAR_MISSES = [
    # taking part in the march: the crowd's own people (ev109 keeps Protesters)
    [
        "Several hundred teachers marched in Kumasi on Monday.",
        "Police in Kumasi arrested four teachers on Tuesday for taking part in the march.",
    ],
    # the unrest is the riot itself: its rioters
    [
        "Youths in Geidam burned tyres and stoned police cars on Sunday.",
        "Police in Geidam arrested nine people on Monday in connection with the unrest.",
    ],
]


@pytest.mark.parametrize("paras", NEAR_MISSES)
def test_the_crowds_own_people_keep_its_label(extractor, paras):
    assert _arrest_side(extractor, paras) in ("Protesters", "Rioters")
