"""Places of round ev31 (issue 10): in a transcript, the speaker labels that open paragraphs ("CALLER (X):",
"HOST:", and a name label beside them, "FLORENCE:") are no places (`speaker_label_words`, wordlists.json; places
component), and the place in a speaker's label is the place of the turn's event (`speaker_label_place`,
place_cues.json). Sentences written for the tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run, switch

REF = date(2025, 8, 8)  # a Friday

PHONE_IN = [
    "HOST: Good evening, this is the Farmers' Line on Radio Tamale, in Ghana's Northern region.",
    "CALLER (KPALBUSI): On Tuesday gunmen shot dead a cattle trader at the market.",
    "HOST: The district police commander has not confirmed that yet.",
]
INTERVIEW = [
    "INTERVIEWER: Good morning. You live in Kirundo province in Burundi?",
    "FLORENCE: Yes. On Wednesday night, young men with machetes beat three farmers to death in the hills.",
    "INTERVIEWER: Did the police come?",
]


@pytest.fixture
def without(edited_rules):
    """An extractor with one word list of wordlists.json or one rule of place_cues.json emptied or off."""

    def make(words: str | None = None, cue: str | None = None):
        edits = {}
        if words:
            edits["wordlists.json"] = lambda data: {**data, words: []}
        if cue:
            edits["place_cues.json"] = lambda data: switch(data, lambda r: r.get("enabled", True) and r["name"] != cue)
        return edited_rules(edits)

    return make


def _places(extractor, paras) -> set:
    return {str(r["location"]).lower() for r in run(extractor, paras, ref=REF)}


def test_the_place_in_a_callers_label_is_the_place_of_the_turn(extractor, without):
    assert _places(extractor, PHONE_IN) == {"kpalbusi"}
    assert "kpalbusi" not in _places(without(cue="speaker_label_place"), PHONE_IN)


def test_a_speakers_name_label_is_no_place(extractor, without):
    assert _places(extractor, INTERVIEW) == {"kirundo"}
    assert "florence" in _places(without(words="speaker_label_words"), INTERVIEW)


def test_a_place_heading_is_not_a_speaker_label(extractor):
    # "KIRUNDO:" items of a bulletin with no speaker role are places, not speakers
    rows = run(
        extractor,
        [
            "Weekly security bulletin, Kirundo province, Burundi.",
            "KIRUNDO: young men with machetes beat three farmers to death on Wednesday night.",
            "KIRUNDO: police arrested six men on Thursday over the killings.",
        ],
        ref=REF,
    )
    assert rows and {r["location"] for r in rows} == {"Kirundo"}, rows


VERIFIED = [
    "Fact check: what we could verify about the week in Kirundo province, Burundi.",
    "CONFIRMED: The police say they detained a resident of Ngozi on Thursday on suspicion of spying.",
]


def test_a_verification_heading_is_no_place(extractor, without):
    assert _places(extractor, VERIFIED) == {"ngozi"}
    # (ev57: a capitalised heading before a colon is a dateline that yields to its item's place, Ngozi here; the list
    # is what keeps it from being the place of an item that names none)
    bare = [VERIFIED[0], "CONFIRMED: The police say they detained a resident on Thursday on suspicion of spying."]
    assert "confirmed" not in _places(extractor, bare)
    assert "confirmed" in _places(without(words="heading_label_words"), bare)
