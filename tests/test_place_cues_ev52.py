"""Round ev52 (issue 10): an unknown locality named by its kind ("X trading centre in Y County", "at the X mining camp",
"X union of Y upazila") or followed by the unit that holds it ("near X, in the district of Y") is the event's place,
not the known unit or the dateline. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 3, 12)


def _places(extractor, line):
    return [r["location"] for r in run(extractor, [line], ref=REF)]


def test_a_trading_centre_beats_its_county(extractor):
    line = "In Kenya, a group of armed bandits raided Kimalel trading centre in Baringo County on Monday, killing three herders."
    assert _places(extractor, line) == ["Kimalel"]


def test_a_union_beats_its_upazila(extractor):
    line = (
        "In Bangladesh, a man was killed as supporters of two candidates clashed with sticks at Kamdiapur union of "
        "Gobindaganj upazila on Monday."
    )
    assert _places(extractor, line) == ["Kamdiapur"]


def test_a_mining_camp_beats_the_dateline(extractor):
    line = "ZWEDRU, Liberia - Gold miners at the Kpanyan mining camp on Monday blocked the highway with logs and threw stones."
    assert _places(extractor, line) == ["Kpanyan"]


def test_a_name_before_its_district_is_the_place(extractor):
    line = (
        "In Paraguay, on 12 March, two armed men shot and killed a community leader near Cerro Kuatia, in the district "
        "of Pedro Juan Caballero."
    )
    assert _places(extractor, line) == ["Cerro Kuatia"]
