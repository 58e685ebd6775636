"""Developer round ev57 (places and dates; events_blind25's recurring kinds). Sentences written for the tests.

- a follow-up sentence with no place or day of its own ("Soldiers later arrested 14 people in surrounding villages")
  takes the place and day of the event of the sentence just before, never the dateline (a byline's line may stand
  between them; another sentence, or a sentence speaking of "the region", stops it);
- a place in a police officer's title ("the Kumasi Regional Police Commander said") yields to another place of the
  sentence (fix60: alone, or as the trigger's object, it stays: tests/test_places_followup_fix60.py);
- a story that names no country by anything else is in the one country of the towns it names inside longer names;
- an item heading in capitals before a colon ("DEDZA: ") is a dateline: a place of its item beats it."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 3, 12)  # a Thursday


def _rows(extractor, paragraphs):
    return [(r["sub_event_type"], r["location"], str(r["event_date"])) for r in run(extractor, paragraphs, ref=REF)]


def test_follow_up_arrest_takes_the_place_and_day_of_the_event_before(extractor):
    rows = _rows(
        extractor,
        [
            "ABIDJAN, March 12 (AFP) - Jihadists killed two soldiers in an attack on an army post in the north, the "
            "army said Thursday.",
            "The attackers struck the post at Tougbo before dawn on Wednesday, a security source said.",
            "Soldiers later arrested 14 people in surrounding villages, local officials said.",
        ],
    )
    assert ("Arrests", "Tougbo", "2026-03-11") in rows, rows


def test_follow_up_after_a_byline_line(extractor):
    rows = _rows(
        extractor,
        [
            "Gunmen killed two farmers at Kolda on Tuesday.",
            "By Kwame Mensah",
            "The regional police commander said officers arrested five suspects.",  # (fix60: a titled town alone stays)
        ],
    )
    assert ("Arrests", "Kolda", "2026-03-10") in rows, rows


def test_no_follow_up_across_another_sentence_or_for_the_region(extractor):
    rows = _rows(
        extractor,
        [
            "ABIDJAN, March 12 (AFP) - Jihadists killed two soldiers in an attack on an army post in the north, the "
            "army said Thursday.",
            "The attackers struck the post at Tougbo before dawn on Wednesday, a security source said.",
            "The area is known for its cattle markets.",
            "Soldiers arrested 14 people, local officials said.",
        ],
    )
    assert [r for r in rows if r[0] == "Arrests" and r[1] == "Tougbo"] == [], rows


def test_a_story_naming_no_country_takes_its_towns_country(extractor):
    rows = run(
        extractor,
        [
            "Four people died when rival youths clashed over a land boundary at Kpalbe in the East Gonja "
            "Municipality of the Savannah Region on Tuesday.",
            "From Issah Mahama, Damongo",
            "Unknown gunmen robbed and shot dead a cattle dealer on the Damongo-Sawla highway on Monday night.",
        ],
        ref=REF,
    )
    assert rows and {r["country"] for r in rows} == {"Ghana"}, rows


def test_an_item_heading_with_a_colon_yields_to_the_items_place(extractor):
    rows = _rows(
        extractor,
        [
            "AROUND THE DISTRICTS. Compiled by our correspondents.",
            "DEDZA: A mob beat to death a man suspected of stealing a goat at Bembeke trading centre on Monday.",
            "NTCHEU: Vendors marched to the district council offices on Wednesday to protest against the relocation "
            "of the market.",
        ],
    )
    assert ("Mob violence", "Bembeke", "2026-03-09") in rows, rows


def test_the_village_of_a_name_known_only_abroad_is_a_village_of_the_story(extractor):
    rows = run(
        extractor,
        [
            "BUTA — Armed men abducted 11 people, six of them children, in the village of Banda, north of Ango, on "
            "Sunday, civil society leaders said.",
        ],  # (fix60: the first sentence alone; the name's own vote for India is left out of the context)
        ref=REF,
    )
    got = [(r["location"], r["country"]) for r in rows if r["sub_event_type"] == "Abduction/forced disappearance"]
    assert got == [("Banda", "Democratic Republic of the Congo")], rows


def test_a_town_far_larger_than_its_homonyms_names_a_story_that_names_no_country(extractor):
    rows = run(
        extractor,
        [
            "Statement on the violence in the canton of Lame. Pala, Monday 23 November 2026.",
            "On Thursday 19 November, armed herders attacked the village of Tchere, near Lame, killing seven farmers.",
            "On Sunday 22 November, several thousand faithful walked silently through Pala to ask for justice and peace.",
        ],
        ref=REF,
    )
    got = [(r["location"], r["country"]) for r in rows if r["sub_event_type"] == "Peaceful protest"]
    assert got == [("Pala", "Chad")], rows
