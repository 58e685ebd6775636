"""Developer round ev74, code debt: `merging.restates` had its own same-paragraph intervention rule
(`intervention_sequel`) after `crowd_sequel`, which took every such clause first; it decided only after a scene-change
opener and never fired on the 32 development sets. It is now a case of `crowd_sequel`. Sentences written for the
tests."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 3, 12)  # a Thursday


def _rows(extractor, paragraph):
    return [(r["sub_event_type"], r["location"]) for r in run(extractor, [paragraph], ref=REF)]


def test_intervention_right_after_a_protest_is_that_protest(extractor):
    plain = "Nurses held a rally in Kora, Cameroon on Tuesday. Police used tear gas to scatter the crowd."
    assert _rows(extractor, plain) == [("Protest with intervention", "Kora")]
    opener = "Nurses held a rally in Kora, Cameroon on Tuesday. Meanwhile, police used tear gas to scatter the crowd."
    assert _rows(extractor, opener) == [("Protest with intervention", "Kora")]


def test_intervention_elsewhere_after_a_scene_change_is_its_own(extractor):
    paragraph = (
        "Nurses held a rally in Kora, Cameroon on Tuesday. Meanwhile, police in Buea used tear gas to scatter traders."
    )
    assert _rows(extractor, paragraph) == [("Peaceful protest", "Kora"), ("Protest with intervention", "Buea")]
