"""Sentences that crashed the extractor (found by the first run of a new blind set): an extractor error costs a
document all its events (the night keeps the document: tests/test_stage_failures.py), so each is pinned here."""

from datetime import date

import pytest

from newsetl.extract.extractor import ArticleText


def _places(extractor, body: str) -> list:
    _, events, _ = next(extractor.run([ArticleText("a_test", [body], date(2026, 5, 1))]))
    return [e.place.name if e.place else None for e in events]


@pytest.mark.parametrize(
    "body",
    [
        # both ends of the stretch are candidates and the second is a village the gazetteer lacks: the filter that
        # drops road ends left no place at all (min() of an empty list)
        "Gunmen ambushed a bus on Monday between the villages of Kadugli and Umm Zzirba, killing three farmers.",
        "Gunmen ambushed a bus on Monday on the road between Kadugli and Umm Zzirba village, killing three farmers.",
    ],
)
def test_a_road_between_two_places_keeps_one_of_them(extractor, body):
    assert _places(extractor, body) == ["Kadugli"]


@pytest.mark.parametrize(
    "body",
    [
        # "a member of the militia" with "militia" already an actor: two overlapping actor spans (spaCy E1010)
        "Boko Haram fighters attacked Dikwa on Monday. Soldiers later killed a member of the militia near Dikwa.",
        "Boko Haram fighters attacked Dikwa on Monday. A local militia fought back, and a member of the militia died.",
    ],
)
def test_group_members_of_a_named_militia_do_not_overlap(extractor, body):
    assert "Dikwa" in _places(extractor, body)
