"""Round ev72: places that transfer — a name the text calls a clan or a tribe is no place, and a name a march crosses
on its way to a destination is the march's place. Sentences written for the tests, none copied from an evaluation
set."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 8, 26)


def _rows(extractor, *paragraphs):
    return [
        (r["sub_event_type"], r["location"], r["latitude"], r["actor1"]) for r in run(extractor, list(paragraphs), REF)
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "MENDI — Three men were killed when fighting broke out between the Moga and Yali clans near Tari on "
            "Monday, police said.",
            "Moga fighters burnt 12 houses of the Yali clan on Tuesday.",
        ),
        (
            "MENDI — Three men were killed when fighting broke out between the Yali and Moga clans near Tari on "
            "Monday, police said.",
            "On Tuesday, members of the Moga tribe burnt 12 houses in the village, police said.",
        ),
    ],
)
def test_a_clan_named_like_a_town_abroad_is_no_place(extractor, paragraphs):
    rows = _rows(extractor, *paragraphs)
    assert rows and all(r[1] == "Tari" and r[2] < 0 for r in rows), rows  # Tari (Papua New Guinea), not Moga (India)


def test_a_clan_name_after_a_locative_cue_stays_a_place(extractor):
    rows = _rows(extractor, "Clashes between the Issa and Afar clans killed five people in Afar region on Monday.")
    assert [r[1] for r in rows] == ["Afar"]


@pytest.mark.parametrize(
    "line",
    [
        "On Monday, about 200 women marched through Palala to the district office, demanding justice.",
        "On Monday, about 200 women marched through Palala to the district office.",
        "About 200 students marched peacefully through Palala towards the county offices on Monday.",
    ],
)
def test_a_march_through_a_place_to_a_destination_is_at_that_place(extractor, line):
    rows = _rows(extractor, "GANTA – Angry youths of Ganta on Sunday burned a police post.", line)
    assert [r[1] for r in rows if r[0] == "Peaceful protest"] == ["Palala"], rows


def test_a_route_through_a_place_before_the_event_does_not_place_it(extractor):
    rows = _rows(extractor, "Gunmen who had passed through Palala to the border killed two herders in Ganta on Monday.")
    assert [r[1] for r in rows] == ["Ganta"], rows


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("NAIROBI — Gunmen killed two traders at Kamuruana in Nyeri on Monday.", "Kamuruana"),
        ("NAIROBI — Police arrested five men at Kamuruana in Nyeri on Monday.", "Kamuruana"),
        ("ABUJA — Soldiers killed ten bandits at Kuyello in the Birnin Gwari area of Kaduna on Monday.", "Kuyello"),
        ("NAIROBI — Gunmen shot at Kamau in Nyeri on Monday, police said.", "Nyeri"),
        ("ABUJA — Youths threw stones at Ahmed in Kano on Monday.", "Kano"),
        ("NAIROBI — Police arrested five men at Kenyatta National Hospital in Nairobi on Monday.", "Nairobi"),
        (
            "HARARE — Ruling party youths assaulted two opposition agents at Nemba business centre, near Masvingo town.",
            "Nemba",
        ),
        ("HARARE — Police arrested two opposition agents at Nemba trading centre in Masvingo on Monday.", "Nemba"),
        ("NAIROBI — Gunmen killed two traders at Kamuruana market in Nyeri on Monday.", "Nyeri"),
    ],
)
def test_an_unknown_spot_after_at_beats_the_town_it_lies_in(extractor, line, place):
    assert [r[1] for r in _rows(extractor, line)] == [place]


def test_a_road_after_at_leaves_the_event_in_its_town(extractor):
    line = "MANGALURU — Police arrested two men at Mission Road in Udupi on Monday."
    assert [r[1] for r in _rows(extractor, line)] == ["Udupi"]


def test_a_month_after_in_is_no_town_the_spot_lies_in(extractor):
    import json

    from newsetl.extract.components.place_cue_rules import PlaceCues
    from newsetl.extract.rules import package_data_dir

    data = json.loads((package_data_dir() / "place_cues.json").read_text(encoding="utf-8"))
    after = next(r[2] for r in PlaceCues(data, ("two",)).rules if r[0] == "at_place_in_place")  # (fix77) `{months}`
    assert after.match(" in Gournadi on Monday") and after.match(" in the Birnin Gwari area")
    assert not after.match(" in May, 2026") and not after.match(" in the early hours")
