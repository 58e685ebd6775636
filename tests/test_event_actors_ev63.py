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
