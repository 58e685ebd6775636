"""fix125: ev110's "during the night" of a dated entry reaches only to the end of that entry's line (review 28e). The
last heading or stamp of a text used to date every later "during the night" of the article, paragraphs later, to the
day before it. The project's own variants; the near miss keeps ev110's reading inside the entry's own line."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 3, 12)

LATER_PARAGRAPH = [
    (
        date(2026, 3, 2),
        [
            "KISUMU — March 3 — The county assembly met to debate the budget.",
            "Gunmen attacked a police post in Moyale during the night, killing two officers, police said.",
        ],
    ),
    (
        date(2026, 3, 9),
        [
            "[10/03 08:00] Marsabit: roads closed after heavy rain.",
            "Gunmen attacked a police post in Moyale during the night, killing two officers, police said.",
        ],
    ),
    (
        date(2026, 3, 9),
        [
            "Tuesday 10 March: Police fired tear gas at striking teachers in Kisumu.",
            "Separately, bandits attacked the village of Kotido in Karamoja during the night, killing four people.",
        ],
    ),
]


@pytest.mark.parametrize("night_before,paras", LATER_PARAGRAPH)
def test_a_later_paragraphs_night_is_not_the_night_before_an_earlier_heading(extractor, night_before, paras):
    # the later paragraph may take the story's last named day (ev110's night phrase), never the heading's night before
    rows = [r for r in run(extractor, paras, ref=REF) if r["sentence"] == paras[1]]
    assert rows, paras
    assert all(r["event_date"] != night_before for r in rows), [(r["sub_event_type"], r["event_date"]) for r in rows]


def test_the_entrys_own_line_keeps_its_night(extractor):
    paras = ["Tuesday 10 March: Gunmen attacked a police post in Moyale during the night, killing two officers."]
    rows = run(extractor, paras, ref=REF)
    assert rows and rows[0]["event_date"] == date(2026, 3, 9)
