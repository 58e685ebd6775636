"""The events rules' character windows come from data (wordlists.json `trigger_windows`), the care check is one helper
and the taken object's possessive ending is stripped as a suffix."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

from newsetl.extract.events.candidates import _taken_to_care
from newsetl.extract.events.taken_object import _place_like, _unpossessed
from newsetl.extract.events.triggers import taken_to_care, takes_people
from newsetl.extract.rules import load_rules


def _res():
    return load_rules()


def test_windows_are_read_from_the_data_file():
    res = _res()
    assert res.window("riot_act_after") == res.words["trigger_windows"]["riot_act_after"] > 0
    other = dataclasses.replace(res, words={**res.words, "trigger_windows": {"riot_act_after": 5}})
    assert other.window("riot_act_after") == 5


def test_taken_to_care_is_one_check_for_the_trigger_and_the_verb():
    res = _res()
    text = "Residents were taken from their homes to a school as the water rose."
    assert taken_to_care(res, text, len("Residents were taken"))
    assert not taken_to_care(res, "Gunmen took six passengers into the forest.", len("Gunmen took"))
    t = SimpleNamespace(text="taken", start_char=len("Residents were "))
    trig = SimpleNamespace(sub_event_type="Abduction/forced disappearance")
    u = SimpleNamespace(stext=text, s0=0)
    assert _taken_to_care(t, trig, u, t.start_char, res)
    assert not takes_people(res, "abduction", "Gunmen took the children to hospital.", len("Gunmen took"))


def test_possessive_is_a_suffix_not_a_set_of_letters():
    assert _unpossessed("town's") == "town" and _unpossessed("villages'") == "villages"
    assert _unpossessed("bus") == "bus" and _unpossessed("pass") == "pass"
    res = _res()
    words = [(11, "the"), (15, "ridges"), (22, "north")]
    assert _place_like([(11, "the"), (15, "bus")], res, []) is False
    assert _place_like(words, res, []) is True
    assert _place_like([(11, "the"), (15, "town’s"), (22, "market")], res, []) is True
