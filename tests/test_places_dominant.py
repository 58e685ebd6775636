"""The article's dominant country (issue 10, ev21): a village the gazetteer lacks is not placed in another country
because a known name near it is a homonym abroad, and a lone town abroad does not make its country the story's."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run


def _rows(extractor, text, ref=date(2024, 3, 12)):
    rows = run(extractor, [text], ref=ref)
    assert rows, text
    return rows


def test_village_near_a_homonym_abroad_stays_in_the_story_country(extractor):
    # "Blida" is an Algerian city in the gazetteer and a village in south Lebanon: the story is Lebanese
    rows = _rows(
        extractor,
        "Lebanese officials said Israeli artillery shelled the outskirts of the village of Qantarat al-Ward, "
        "near Blida, on Monday, wounding two farmers. The Lebanese army said the shelling lasted an hour. "
        "Residents of southern Lebanon have fled several border villages since October.",
    )
    r = next(x for x in rows if x["location"] == "Qantarat al-Ward")
    assert r["iso3"] == "LBN"


def test_lone_town_abroad_does_not_become_the_story_country(extractor):
    # "Hub" is a Pakistani town; the story is Congolese, and its village must not be placed in Pakistan
    rows = _rows(
        extractor,
        "Congolese soldiers said ADF fighters attacked the village of Mabuaki in the Democratic Republic of Congo, "
        "near the Hub market, on Sunday, killing four civilians. The Hub market was closed on Monday, a Congolese official said.",
    )
    r = next(x for x in rows if x["location"] == "Mabuaki")
    assert r["iso3"] == "COD"


def test_lone_town_still_names_the_country_when_nothing_else_does(extractor):
    rows = _rows(extractor, "Police in Niamey fired tear gas at protesters on Saturday, witnesses said.")
    assert rows[0]["iso3"] == "NER"


def test_known_homonym_abroad_gives_way_to_the_story_country_candidate(extractor):
    # "Palma" is a large Spanish city and a town of Cabo Delgado: the story is Mozambican
    rows = _rows(
        extractor,
        "Rwandan troops deployed in Mozambique said insurgents attacked Palma on Friday, killing six civilians. "
        "A Rwandan spokesman said Rwandan and Rwandan-trained units returned to the town on Sunday, "
        "and the Rwandan defence ministry praised them.",
    )
    r = next(x for x in rows if x["location"] == "Palma")
    assert r["iso3"] == "MOZ"
