"""(ev123 after fix60) The story's day (`events/doc_day.story_day`) is not carried to a row placed in another country
than the event before it and than the story's dateline; without a dateline the day stays (a ministry's list whose
rows' towns the gazetteer resolves across a border). Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 3, 12)  # a Thursday


def _rows(extractor, paras):
    return [(r["sub_event_type"], r["location"], str(r["event_date"])) for r in run(extractor, paras, ref=REF)]


def test_a_town_abroad_in_a_datelined_story_takes_no_day(extractor):
    rows = _rows(
        extractor,
        [
            "DAKAR, March 12 - Police detained a blogger in Dakar on Wednesday.",
            "Gunmen killed four herders near Matam on Tuesday, officials said.",
            "Students also marched in Nouakchott to denounce the arrests.",
        ],
    )
    assert any(r[0] == "Peaceful protest" and r[1] == "Nouakchott" and r[2] == "None" for r in rows), rows


def test_a_town_of_the_datelines_country_keeps_the_story_day(extractor):
    rows = _rows(
        extractor,
        [
            "DAKAR, March 12 - Police detained a blogger in Dakar on Wednesday.",
            "Gunmen killed four herders near Matam on Tuesday, officials said.",
            "Students also marched in Thies to denounce the arrests.",
        ],
    )
    assert any(r[0] == "Peaceful protest" and r[1] in ("Thies", "Thiès") and r[2] != "None" for r in rows), rows
