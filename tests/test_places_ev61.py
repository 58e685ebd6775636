"""Developer round ev61: places (and dates) beyond a plain "in X". Sentences written for the tests.

- a date inside the complement of a testimony frame ("told the court on Thursday how", "testified on Wednesday that")
  dates the events told; the day of the telling is a fallback only;
- "travelling to X" and "blocked the road to X" name a destination, never the event's place when another is at hand;
- an arrest made "in connection with the clash" / "over the riot", with no place of its own, is coded where that event
  happened, not at the last place told;
- an unknown name after "entered" / "stormed", or after "at" / "in" just before the trigger, is the event's place."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 6, 5)  # a Friday


def _rows(extractor, paragraphs):
    return [(r["sub_event_type"], r["location"], str(r["event_date"])) for r in run(extractor, paragraphs, ref=REF)]


def test_a_date_inside_told_testimony_dates_the_event(extractor):
    rows = _rows(
        extractor,
        [
            "PRETORIA, June 5 - A security guard told the Gauteng High Court on Thursday how gunmen opened fire on a "
            "cash van in Soshanguve on 2 February, killing two guards."
        ],
    )
    assert rows and all(r[2] == "2026-02-02" for r in rows), rows


def test_a_testified_frame_gives_its_day_only_as_a_fallback(extractor):
    dated = _rows(
        extractor,
        [
            "PRETORIA, June 5 - A detective testified on Wednesday that police arrested the two men in Mamelodi on 14 March."
        ],
    )
    assert [r for r in dated if r[0] == "Arrests" and r[2] == "2026-03-14"], dated
    undated = _rows(
        extractor,
        ["PRETORIA, June 5 - A detective testified on Wednesday that police arrested the two men in Mamelodi."],
    )
    assert [r for r in undated if r[0] == "Arrests" and r[2] == "2026-06-03"], undated


def test_travelling_to_a_town_is_a_destination(extractor):
    rows = _rows(
        extractor,
        [
            "NAIROBI, June 5 - Police arrested ten protesters in Nairobi on Tuesday.",
            "On Wednesday, two teachers travelling to Garissa town were stopped at a roadblock near Kulamawe and held "
            "for several hours by armed men.",
        ],
    )
    held = [r for r in rows if r[2] == "2026-06-03"]
    assert held and all(r[1] == "Kulamawe" for r in held), rows


def test_blocking_the_road_to_a_town_happens_where_the_blockers_are(extractor):
    rows = _rows(
        extractor,
        [
            "NAKURU, June 5 - Police shot dead a motorcycle taxi rider in Molo on Tuesday, residents said.",
            "Angry youths later blocked the road to Nakuru and set fire to a police car.",
        ],
    )
    assert rows and all(r[1] == "Molo" for r in rows), rows


def test_an_arrest_over_an_earlier_event_takes_that_events_place(extractor):
    for cause in ("in connection with the clashes", "over the clashes"):
        rows = _rows(
            extractor,
            [
                "KISUMU, June 5 - Three people were injured when supporters of two rival parties clashed with sticks and "
                "stones in Kisumu on Tuesday, police said.",
                "Later that night, unidentified men set fire to a party office in Kakamega.",
                f"Police said six people were arrested on Wednesday {cause}.",
            ],
        )
        arrests = [r for r in rows if r[0] == "Arrests"]
        assert arrests and all(r[1] == "Kisumu" for r in arrests), (cause, rows)


def test_an_unknown_place_entered_by_attackers_is_the_events_place(extractor):
    rows = _rows(
        extractor,
        [
            "BANGUI, June 5 - Armed men attacked villages in Ouham province, the ministry said on Thursday.",
            "According to survivors, armed men on motorbikes entered Bokanda at dawn on Sunday and shot at people who "
            "were fleeing towards the fields.",
        ],
    )
    assert [r for r in rows if r[1] == "Bokanda" and r[2] == "2026-05-31"], rows


def test_an_unknown_place_at_a_site_before_the_trigger_is_the_events_place(extractor):
    rows = _rows(
        extractor,
        [
            "DEDZA: Unknown people broke into a grocery at Mpembeza on Sunday night, stole bags of sugar and beat the "
            "watchman."
        ],
    )
    assert rows and all(r[1] == "Mpembeza" for r in rows), rows


def test_the_city_of_a_placeless_sentence_is_the_datelines(extractor):
    rows = _rows(
        extractor,
        [
            "KANO, June 5 - Two people were killed when rival gangs fought in Kano on Monday night, police said.",
            "Police in Wudil arrested four suspects on Tuesday.",
            "Armed men robbed a bureau de change in the city on Wednesday and shot its owner.",
        ],
    )
    robbery = [r for r in rows if r[2] == "2026-06-03"]
    assert robbery and all(r[1] == "Kano" for r in robbery), rows
