"""Round ev63: unnamed attackers the dictionary lacked ("robbers", "pirates", "miscreants", "perpetrators") are an
unidentified armed group, as the gold of the development sets codes them (blind11, blind22, blind26, blind27).
Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from tests.extract_util import canon, run

REF = date(2026, 9, 3)


def test_unnamed_attackers_are_an_unidentified_armed_group(extractor):
    for name in ("robbers", "armed pirates", "unidentified miscreants", "perpetrators"):
        assert canon(extractor, name) == "Unidentified Armed Group ({country})", name


def test_robbers_boarding_a_ship(extractor):
    line = "On Tuesday, four robbers boarded a product tanker off Tanjung Balai Karimun in Indonesia and stole engine spares."
    rows = run(extractor, [line], ref=REF)
    assert [r["actor1"] for r in rows] == ["Unidentified Armed Group (Indonesia)"], rows


def test_an_anaphor_coordinated_with_a_named_group_is_the_other_side(extractor):
    line = (
        "Dogon hunters of the Dan Na Ambassagou militia and the jihadists fought for several hours on Wednesday "
        "near Dourou in Mali, and four hunters were killed."
    )
    rows = run(extractor, [line], ref=REF)
    assert [(r["actor1"], r["actor2"]) for r in rows] == [("Dan Na Ambassagou", "Unidentified Armed Group (Mali)")]


def test_pursuers_after_a_report_with_an_auxiliary(extractor):
    line = (
        "Police said officers had pursued the attackers towards Ferrier and killed one of them in a gunfight "
        "near Ouanaminthe in Haiti on Wednesday."
    )
    rows = run(extractor, [line], ref=REF)
    assert [(r["actor1"], r["actor2"]) for r in rows] == [
        ("Police Forces of Haiti", "Unidentified Armed Group (Haiti)")
    ]
