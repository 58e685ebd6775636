"""Round fix65: review19c's findings on ev61's place rules. Sentences written for the tests.

- "in the city" is the dateline's town only when the last place the story named is that town, inside it or no town;
  after another town it is that town;
- a lone "travelling / heading to X" is the event's place: only another place of the same sentence wins over it;
- `at_place_before_trigger` and `entered_place` take no building, company, person or "Day Three"."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 6, 5)  # a Friday


def _rows(extractor, paragraphs):
    return [(r["sub_event_type"], r["location"], str(r["event_date"])) for r in run(extractor, paragraphs, ref=REF)]


def _on(rows, day):
    got = [r for r in rows if r[2] == day]
    assert got, rows
    return {r[1] for r in got}


MANDERA = "NAIROBI, June 5 - Gunmen killed three traders in Mandera on Monday, police said."


def test_the_city_after_another_town_is_that_town(extractor):
    rows = _rows(
        extractor,
        [MANDERA, "Residents said armed men returned to the market in the city on Tuesday and shot dead a shopkeeper."],
    )
    assert _on(rows, "2026-06-02") == {"Mandera"}, rows
    rows = _rows(
        extractor,
        [
            "KANO, June 5 - Gunmen killed three traders in Zaria on Monday, police said.",
            "On Tuesday, security forces arrested 15 people across the city.",
        ],
    )
    assert _on(rows, "2026-06-02") == {"Zaria"}, rows


def test_the_city_after_the_dateline_town_or_an_unknown_place_is_the_datelines(extractor):
    for first in ("in Nairobi", "in Kibera", "", "in Kenya"):
        rows = _rows(
            extractor,
            [
                f"NAIROBI, June 5 - Gunmen killed three traders {first} on Monday, police said.".replace("  ", " "),
                "On Tuesday, security forces arrested 15 people across the city.",
            ],
        )
        assert _on(rows, "2026-06-02") == {"Nairobi"}, (first, rows)


def test_the_city_of_a_named_town_is_no_reference_to_the_dateline(extractor):
    # the `(?!\s+of)` of `dateline_city_reference`: "the city of Garissa" names its town
    rows = _rows(extractor, [MANDERA, "On Tuesday, security forces arrested 15 people in the city of Garissa."])
    assert _on(rows, "2026-06-02") == {"Garissa"}, rows


def test_a_lone_travel_destination_is_not_dropped_for_the_paragraphs_place(extractor):
    for verb in ("travelling", "heading"):
        rows = _rows(
            extractor,
            [
                "NAIROBI, June 5 - Police arrested protesters in Kisumu on Monday. On Tuesday, gunmen ambushed a bus "
                f"{verb} to Mandera, killing four passengers."
            ],
        )
        assert _on(rows, "2026-06-02") == {"Mandera"}, rows


def test_a_travel_destination_yields_to_another_place_of_its_sentence(extractor):
    rows = _rows(
        extractor,
        [
            "NAIROBI, June 5 - Police arrested protesters in Kisumu on Monday. On Tuesday, gunmen ambushed a bus "
            "travelling to Mandera from Wajir, killing four passengers."
        ],
    )
    assert _on(rows, "2026-06-02") == {"Wajir"}, rows


def test_a_blocked_road_still_leads_elsewhere(extractor):
    rows = _rows(
        extractor,
        [
            "NAIROBI, June 5 - Police arrested protesters in Kisumu on Monday. On Tuesday, police blocked the road to "
            "Kitengela and fired tear gas at demonstrators."
        ],
    )
    assert _on(rows, "2026-06-02") == {"Kisumu"}, rows
