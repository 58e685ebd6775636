"""Developer round fix60 (review of ev57: places and dates). Sentences written for the tests.

- a sentence opening another scene ("Elsewhere,", "Meanwhile,", "In a separate incident,": `scene_change_openers`)
  takes neither the place nor the day of the event just before; nor does one after a subheading line; a sentence
  naming another town takes no day from it;
- a place before a police title is dropped only when another place of the sentence remains, never when the title is
  the trigger's object;
- a colon heading ("DEDZA:") yields only to a place the event's clause locates, not to an origin or a victim's town;
- a world city named in passing does not set the story's country."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 3, 12)  # a Thursday
LEAD = [
    "NAIROBI, March 12 - Police arrested 20 protesters in Nairobi on Wednesday.",
    "Gunmen killed three herders at Kapedo on Tuesday, police said.",
]


def _rows(extractor, paragraphs):
    return [(r["sub_event_type"], r["location"], str(r["event_date"])) for r in run(extractor, paragraphs, ref=REF)]


def test_a_scene_change_opener_takes_neither_place_nor_day_of_the_event_before(extractor):
    for opener in ("Elsewhere, police", "In another incident, police", "Separately, police"):
        rows = _rows(extractor, [*LEAD, f"{opener} arrested a man suspected of stealing cattle."])
        arrests = [r for r in rows if r[0] == "Arrests"]
        assert arrests and all(r[1] != "Kapedo" and r[2] != "2026-03-10" for r in arrests), (opener, rows)


def test_meanwhile_and_a_subheading_line_stop_the_carried_place(extractor):
    for between in (["Meanwhile, hundreds"], ["Students protest over fees", "Hundreds"]):
        *head, last = between
        rows = _rows(extractor, [*LEAD, *head, f"{last} of university students marched to demand lower fees."])
        protests = [r for r in rows if r[0] == "Peaceful protest"]
        assert protests and all(r[1] != "Kapedo" and r[2] != "2026-03-10" for r in protests), (between, rows)


def test_a_byline_line_still_lets_the_place_carry(extractor):
    rows = _rows(extractor, [*LEAD, "By KIPRONO LANGAT", "Police later arrested five suspects."])
    assert ("Arrests", "Kapedo", "2026-03-10") in rows, rows


def test_a_sentence_naming_another_town_takes_no_day_from_the_event_before(extractor):
    rows = _rows(
        extractor,
        [
            "BAMAKO, March 12 - Soldiers detained a journalist in Bamako on Wednesday.",
            "Jihadists killed five soldiers at Boni on Tuesday, the army said.",
            "Protesters also marched in Niamey to denounce the junta.",
        ],
    )
    assert ("Peaceful protest", "Niamey", "None") in rows, rows


def test_a_police_title_place_stays_when_alone_or_the_trigger_s_object(extractor):
    rows = _rows(extractor, [LEAD[0], "Gunmen shot dead the Kisumu County Police Commander on Tuesday."])
    assert [r[1] for r in rows if r[2] == "2026-03-10"] == ["Kisumu"], rows
    rows = _rows(
        extractor, ["Gunmen killed three people on Sunday night, Kisumu County Police Commander Job Boronjo said."]
    )
    assert [r[1] for r in rows] == ["Kisumu"], rows


def test_a_police_title_place_yields_to_another_place_of_the_sentence(extractor):
    rows = _rows(
        extractor, ["Gunmen killed two farmers at Kolda on Tuesday, the Kumasi Regional Police Commander said."]
    )
    assert [r[1] for r in rows] == ["Kolda"], rows


def test_a_colon_or_dash_heading_keeps_its_place_before_an_origin_or_a_victim_s_town(extractor):
    for head in ("DEDZA:", "DEDZA —"):
        rows = _rows(
            extractor,
            ["AROUND THE DISTRICTS.", f"{head} Police arrested two men from Lilongwe for stealing a goat on Monday."],
        )
        assert rows and all(r[1] == "Dedza" for r in rows), (head, rows)
    rows = _rows(
        extractor,
        ["REGIONAL NEWS.", "KISUMU: Police arrested two suspects over the killing of a Nairobi businessman on Monday."],
    )
    assert [r[1] for r in rows if r[0] == "Arrests"] == ["Kisumu"], rows


def test_a_world_city_named_in_passing_does_not_set_the_story_s_country(extractor):
    for later in (
        "The suspects had recently returned from Paris, police said.",
        "The two were arraigned in Alexandria.",
    ):
        rows = run(
            extractor, ["Police arrested two men on Monday over the killing of a herder at Olkinyei.", later], ref=REF
        )
        assert rows and all(r["country"] not in ("France", "Egypt") for r in rows), (later, rows)


def test_a_sentence_speaking_of_the_region_takes_no_carried_place(extractor):
    rows = _rows(extractor, [*LEAD, "Police later arrested 14 suspects across the region, officials said."])
    later = [r for r in rows if r[0] == "Arrests" and r[2] != "2026-03-11"]  # (not the lead's arrest)
    assert later and all(r[1] != "Kapedo" for r in later), rows
