"""Round mend17: an arrest "in connection with the <name> incident" reads the name as a whole word ("Ali" is not in
"Alimi") and a weekday or month names no act; a word list missing from wordlists.json is an error where the lists are
built, never an empty list. Sentences written for the tests, none copied from an evaluation set."""

from __future__ import annotations

import json

import pytest

from newsetl.extract.events.fatalities import fatality_patterns
from newsetl.extract.events.property_owners import _compiled
from newsetl.extract.rules import load_rules, package_data_dir
from tests.extract_util import run
from tests.test_actor_frames import REF, _row

LEAD = "MAKENI — The district officer spoke on Friday."
RIOT = "On Saturday, angry youths set fire to the police post in Alimi after a detainee died in a cell, witnesses said."


def test_a_named_incident_is_read_as_a_whole_word(extractor):
    """An arrest over "the Ali incident" names no act of Alimi: the suspects stay civilians (a plain substring test
    gave them the riot's rioters)."""
    text = [
        LEAD,
        RIOT,
        "On Sunday, police detained eleven men in connection with the Ali incident, the commander said.",
    ]
    assert _row(extractor, text, "Arrests")["actor2"] == "Civilians", run(extractor, text, REF)


def test_a_named_incident_of_that_place_is_still_found(extractor):
    text = [
        LEAD,
        RIOT,
        "On Sunday, police detained eleven men in connection with the Alimi incident, the commander said.",
    ]
    assert _row(extractor, text, "Arrests")["actor2"] == "Rioters", run(extractor, text, REF)


def test_a_weekday_names_no_act(extractor):
    """An arrest over "the Tuesday incident" follows the latest act of the story, whose sentence need not say
    "Tuesday"."""
    riot = "Angry youths set fire to the police post in Alimi after a detainee died in a cell, witnesses said."
    arrest = "On Thursday, police detained eleven men in connection with the Tuesday incident, the commander said."
    text = [LEAD, riot, arrest]
    assert _row(extractor, text, "Arrests")["actor2"] == "Rioters", run(extractor, text, REF)


@pytest.mark.parametrize(
    ("missing", "build"),
    [
        ("list_gap_words", fatality_patterns),
        ("death_count_qualifiers", fatality_patterns),
        ("property_object_stop", _compiled),
        ("arrest_act_name_not_words", lambda res: res.wordset("arrest_act_name_not_words")),
    ],
)
def test_a_missing_word_list_is_an_error(tmp_path, missing, build):
    words = json.loads((package_data_dir() / "wordlists.json").read_text(encoding="utf-8"))
    del words[missing]
    (tmp_path / "wordlists.json").write_text(json.dumps(words), encoding="utf-8")
    res = load_rules(tmp_path)
    with pytest.raises(KeyError, match=missing):
        build(res)
