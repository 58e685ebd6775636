"""Fixer round fix38 (issue 10): goods taken, people picked up and second acts, on sentences written for the tests.

- "took" is looting only with goods as its own object: not "took cover / shelter / positions", not a place whose name
  starts with a goods word ("the fuel depot"), not people ("truck drivers", "the cars' owners", "... hostage");
- an abduction trigger beside the looting one makes the clause an abduction;
- "picked up the bodies of ..." is no arrest;
- a later toll goes to the killing, never to its second act."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run, sub_types

REF = date(2026, 3, 12)  # a Thursday


def _types(extractor, line):
    return sub_types(extractor, line, REF)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "On Tuesday, the troops took cover behind their trucks when insurgents opened fire near Tessalit.",
            "Armed clash",
        ),
        (
            "On Tuesday, families took shelter beneath lorries while insurgents shelled Tessalit.",
            "Shelling/artillery/missile attack",
        ),
        ("On Tuesday, insurgents took the petrol depot of Tessalit after a long battle with the army.", "Armed clash"),
    ],
)
def test_took_without_goods_as_its_object_is_no_looting(extractor, line, expected):
    assert _types(extractor, line) == [expected]


@pytest.mark.parametrize(
    "line",
    [
        "On Tuesday, armed men took four lorry drivers hostage on the road to Tessalit.",
        "On Tuesday, armed men took a cattle trader hostage on the road to Tessalit.",
        "On Tuesday, armed men took away a generator and the headmaster of the school in Tessalit.",
    ],
)
def test_people_taken_with_or_after_goods_words_stay_an_abduction(extractor, line):
    assert _types(extractor, line) == ["Abduction/forced disappearance"]


def test_an_abduction_beside_goods_taken_is_not_lost(extractor):
    line = "On Tuesday, armed men kidnapped a shopkeeper in Tessalit and took his motorbike."
    assert _types(extractor, line) == ["Abduction/forced disappearance"]


def test_goods_alone_stay_looting(extractor):
    line = "On Tuesday, armed men took six goats and a motorbike from a homestead in Tessalit."
    assert _types(extractor, line) == ["Looting/property destruction"]


def test_bodies_picked_up_by_police_are_no_arrest(extractor):
    assert _types(extractor, "On Tuesday, police picked up the remains of three men outside Tessalit.") == []
    assert _types(extractor, "On Tuesday, gendarmes picked up the bodies of four women near Tessalit.") == []


def test_a_later_toll_goes_to_the_killing_not_its_second_act(extractor):
    text = (
        "On Tuesday, bandits killed six farmers and carried off four girls in Tessalit. "
        "Police later killed three of the bandits."
    )
    rows = run(extractor, [text], ref=REF)
    by_type = {r["sub_event_type"]: r for r in rows}
    assert sorted(by_type) == ["Abduction/forced disappearance", "Attack"]
    assert by_type["Abduction/forced disappearance"]["fatalities"] is None
    assert by_type["Attack"]["fatalities"] is not None
