"""The document's country and its named places (issue 10, ev46): a nationality inside a denied claim does not outvote
towns only one other country has; a story that names no country keeps its named places; a place after a site cue
("at the entrance to X") that the gazetteer knows only abroad is kept as a place of the story's country. Sentences
written for the tests."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2025, 6, 18)


def test_a_nationality_in_a_denied_claim_does_not_outvote_the_towns(extractor):
    rows = run(
        extractor,
        [
            "Gunmen shot dead two guards at a checkpoint outside Lawdar on Monday, a local official said.",
            "Tribesmen rallied in the centre of Mukayras on Tuesday against power cuts.",
            "Clan fighters clashed near Zinjibar on Sunday.",
            "The governor's office denied that Emirati drones had struck a farm near Ataq.",
        ],
        ref=REF,
    )
    assert rows and all(r["iso3"] == "YEM" for r in rows), rows
    assert {r["location"] for r in rows} >= {"Lawdar", "Zinjibar"}


def test_a_story_naming_no_country_keeps_its_named_places(extractor):
    rows = run(
        extractor,
        [
            "Gunmen attacked a minibus near Lawdar on Monday, killing two passengers.",
            "Hundreds of residents marched through the centre of Mukayras on Tuesday to demand water.",
        ],
        ref=REF,
    )
    assert rows and all(r["location"] is not None and r["iso3"] == "YEM" for r in rows), rows


def test_a_place_after_a_site_cue_known_only_abroad_is_kept_in_the_storys_country(extractor):
    rows = run(
        extractor,
        [
            "In Colombia, truck drivers blocked the highway at the entrance to Loreto on Tuesday to protest fuel "
            "prices, and police fired tear gas to clear them.",
        ],
        ref=REF,
    )
    assert rows and rows[0]["location"] == "Loreto" and rows[0]["iso3"] == "COL", rows
