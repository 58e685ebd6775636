"""Developer round fix67 (review19e on fix65): a smaller town of the dateline's province is not inside the dateline's
town; "the city" after it is that town (`city_reference_inside`). Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 6, 5)  # a Friday


def _on_tuesday(extractor, paragraphs):
    return [r["location"] for r in run(extractor, paragraphs, ref=REF) if str(r["event_date"]) == "2026-06-02"]


def test_a_town_of_the_datelines_province_is_not_inside_its_city(extractor):
    for dateline, town in (("KARACHI", "Hyderabad"), ("KADUNA", "Zaria"), ("PESHAWAR", "Mardan")):
        paras = [
            f"{dateline}, June 5 - Gunmen killed three traders in {town} on Monday, police said.",
            "On Tuesday, security forces arrested 15 people across the city.",
        ]
        assert _on_tuesday(extractor, paras) == [town], dateline


def test_the_dateline_town_itself_is_still_the_city(extractor):
    paras = [
        "KARACHI, June 5 - Gunmen killed three traders in Karachi on Monday, police said.",
        "On Tuesday, security forces arrested 15 people across the city.",
    ]
    assert _on_tuesday(extractor, paras) == ["Karachi"]
