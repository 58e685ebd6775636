"""(fix88) A day inside a relative or reduced relative clause of a noun after the trigger ("marched for three people
killed on Friday") dates that clause's event, not the trigger's; a coordinated clause ("were killed and seven wounded
on Monday"), an absolute "with", "in which" and a verb with an object after a noun trigger ("a drone strike on a car in
Tyre killed two men on Wednesday") keep it. Sentences written for the test (reference day: Saturday
2026-11-21)."""

from __future__ import annotations

from datetime import date

import pytest


def _dates(extractor, text: str) -> list[tuple]:
    from newsetl.extract.extractor import ArticleText

    ((art, evs, _),) = list(extractor.run([ArticleText("t", [text], date(2026, 11, 21))]))
    return [(r["sub_event_type"], r["event_date"]) for r in extractor.event_rows(art.article_id, evs)]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of residents marched in Goma for three people killed on Friday.",
        "Youths blocked the road in Lagos to protest the death of a motorcyclist who was shot by police on Sunday.",
        "Students rallied in Kano for a classmate who was abducted by gunmen on Sunday.",
    ],
)
def test_the_day_of_a_relative_clause_does_not_date_the_protest(extractor, text):
    rows = _dates(extractor, text)
    assert rows and rows[0][1] is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Four men were killed and seven wounded in Basra on Monday.", date(2026, 11, 16)),
        ("Gunmen ambushed an army convoy near Kani, in which 12 soldiers were killed on Sunday.", date(2026, 11, 15)),
        ("Gunmen attacked the village with six people killed on Sunday.", date(2026, 11, 15)),
        ("Hundreds of residents marched in Goma on Tuesday for three people killed on Friday.", date(2026, 11, 17)),
        ("A drone strike on a car in Tyre killed two men on Wednesday.", date(2026, 11, 18)),
    ],
)
def test_a_day_of_the_trigger_s_own_clause_is_kept(extractor, text, day):
    rows = _dates(extractor, text)
    assert rows and rows[0][1] == day
