"""Round fix92 (review 24d of ev82/fix89): the reviewer's probes and variants written for the tests.

- the subject of a passive fire trigger ("were fired upon") is the target, a "by" agent the attacker: a crowd or
  civilians fired upon are attacked (by state forces: excessive force against protesters), never a riot of the crowd;
  armed subjects ("a police patrol") keep the clash;
- return fire in the next sentence counts only when that sentence does not open another scene
  (`scene_change_openers`)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 3, 12)  # a Thursday
CROWD = ("Protesters", "Rioters")


def _rows(extractor, paras):
    return run(extractor, paras, ref=REF)


@pytest.mark.parametrize(
    "line",
    [
        "A bus carrying protesters was fired upon near Kano on Tuesday, killing two.",
        "Protesters were fired upon near Kano on Tuesday, and two were killed.",
        "Demonstrators were fired on near Kano on Tuesday, killing three.",
        "A crowd of villagers was fired at near Kano on Tuesday, killing two.",
    ],
)
def test_a_crowd_fired_upon_is_attacked(extractor, line):
    rows = _rows(extractor, [line])
    assert [r["sub_event_type"] for r in rows] == ["Attack"], line
    assert rows[0]["actor1"] not in CROWD and rows[0]["actor2"] in ("Protesters", "Civilians"), rows[0]


def test_protesters_fired_upon_by_soldiers_is_force_on_them(extractor):
    line = "Protesters were fired upon by soldiers near Kano on Tuesday, and two were killed."
    (row,) = _rows(extractor, [line])
    assert row["sub_event_type"] == "Excessive force against protesters"
    assert row["actor1"].startswith("Military Forces") and row["actor2"] == "Protesters"


def test_an_armed_subject_fired_upon_keeps_the_clash(extractor):
    (row,) = _rows(extractor, ["A police patrol was fired upon near Kano on Tuesday, killing two."])
    assert row["sub_event_type"] == "Armed clash" and row["actor2"].startswith("Police Forces")


@pytest.mark.parametrize(
    "second",
    [
        "In a separate incident, troops exchanged fire with bandits near Funtua.",
        "Meanwhile, soldiers returned fire on gunmen near Funtua.",
    ],
)
def test_return_fire_in_another_scene_is_no_clash(extractor, second):
    rows = _rows(extractor, ["A minibus was fired upon near Kano on Monday. " + second])
    kano = [r for r in rows if r["location"] == "Kano"]
    assert [r["sub_event_type"] for r in kano] == ["Attack"], rows


def test_return_fire_in_the_same_scene_stays_a_clash(extractor):
    rows = _rows(extractor, ["A minibus was fired upon near Kano on Monday. The soldiers escorting it returned fire."])
    assert [r["sub_event_type"] for r in rows] == ["Armed clash"]
