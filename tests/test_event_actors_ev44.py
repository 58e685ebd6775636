"""Developer round ev44 (issue 10, event actors): the side of people arrested after a riot or a mob's violence, and
arrests reported in the passive. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from tests.extract_util import one, run

REF = date(2026, 3, 12)


def _rows(extractor, *paras):
    return run(extractor, list(paras), ref=REF)


def test_people_arrested_after_a_riot_are_its_rioters(extractor):
    rows = _rows(
        extractor,
        "On Tuesday, hundreds of traders in Kisumu set fire to tyres and stoned a police post over new market fees.",
        "Police arrested 23 people in Kisumu on Wednesday, a police spokesman said.",
    )
    assert one(rows, "Arrests")["actor2"] == "Rioters"


def test_people_arrested_after_a_peaceful_march_are_protesters(extractor):
    rows = _rows(
        extractor,
        "On Tuesday, hundreds of traders marched peacefully through Kisumu to protest new market fees.",
        "Police arrested 23 people in Kisumu on Wednesday, a police spokesman said.",
    )
    assert one(rows, "Arrests")["actor2"] == "Protesters"


def test_a_passive_arrest_of_people_after_a_mob_killing_names_the_rioters(extractor):
    rows = _rows(
        extractor,
        "On Monday, a mob in Kisumu beat a man to death after accusing him of stealing a goat.",
        "Police said seventeen people were arrested in Kisumu on Tuesday over the killing.",
    )
    assert one(rows, "Arrests")["actor2"] == "Rioters"


def test_a_passive_arrest_with_no_crowd_in_the_story_stays_civilians(extractor):
    rows = _rows(
        extractor,
        "Seventeen people were arrested in Kisumu on Tuesday on suspicion of cattle theft, police said.",
    )
    assert one(rows, "Arrests")["actor2"] in ("Civilians", None)
