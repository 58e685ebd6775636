"""Round ev25 (issue 10): armed groups the actor dictionary lacks, named by more group head nouns (`wordlists.json`
`unlisted_group_heads`, `unlisted_group_militia_heads`, `unlisted_group_gang_nouns`). Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from tests.extract_util import only

REF = date(2024, 3, 8)  # a Friday


def _mentions(extractor, text):
    from newsetl.extract.extractor import ArticleText

    ((_, _, mentions),) = list(extractor.run([ArticleText("t", [text], REF)]))
    return {m["text"]: (m["canonical"], m["actor_type"]) for m in mentions if m["label"] == "ACTOR"}


def test_a_local_force_the_dictionary_lacks_is_a_political_militia(extractor):
    got = _mentions(extractor, "Gunmen of the Zelten Guard Force raided a farm outside Zelten on Tuesday.")
    assert got["Zelten Guard Force"] == ("Zelten Guard Force", "Political militia")


def test_a_battalion_the_dictionary_lacks_is_a_rebel_group(extractor):
    got = _mentions(extractor, "The Black Lion Battalion ambushed a convoy near Ouarkoye on Wednesday.")
    assert got["Black Lion Battalion"] == ("Black Lion Battalion", "Rebel group")


def test_a_capitalised_gang_head_is_a_political_militia(extractor):
    got = _mentions(extractor, "Members of the Ferreira Brothers Cartel opened fire on a bus on Monday.")
    assert got["Ferreira Brothers Cartel"] == ("Ferreira Brothers Cartel", "Political militia")


def test_a_name_before_a_lower_case_group_is_the_actor(extractor):
    r = only(
        extractor,
        ["Fighters of the Umoja Wa Kivu group abducted five farmers near Kalehe, South Kivu, on Tuesday."],
        ref=REF,
    )
    assert r["actor1"] == "Umoja Wa Kivu"


def test_a_national_force_of_a_state_stays_no_group(extractor):
    got = _mentions(extractor, "The Nigerian Air Force struck a camp near Zurmi on Tuesday.")
    assert "Nigerian Air Force" not in got or got["Nigerian Air Force"][1] != "Political militia"
