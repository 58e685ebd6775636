"""Round fix55 (issue 10, ev52's review): a passive count needs a person ("Some 40 goats were killed" is no toll), a
release unharmed is no zero when the sentence tells a death, an Arrests row takes no passive count, a dash apposition is
no list member, a fight told in its own sentence is no back reference, and a company's mining camp or union offices
before a known town is not the place. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 3, 12)


def _rows(extractor, line):
    return [(r["sub_event_type"], r["fatalities"], r["location"]) for r in run(extractor, [line], ref=REF)]


def test_animals_killed_are_no_toll(extractor):
    from newsetl.extract.events import fatalities_in

    assert fatalities_in("About 40 goats were killed and several huts were set alight.", extractor.res) is None
    assert fatalities_in("Six camels were killed by the raiders near the well.", extractor.res) is None
    assert fatalities_in("Six traders were killed by the raiders near the well.", extractor.res) == 6
    assert fatalities_in("A youth accused of stealing cattle was lynched by a mob.", extractor.res) == 1


def test_a_release_unharmed_beside_a_death_is_no_zero(extractor):
    from newsetl.extract.events import fatalities_in

    res = extractor.res
    assert fatalities_in("Four of the crew were released unharmed and the captain was beheaded.", res) != 0
    assert fatalities_in("The nurses were freed unharmed, though their guard died in the forest.", res) != 0
    assert fatalities_in("The nurses were freed unharmed on Friday.", res) == 0


def test_an_arrest_row_takes_no_passive_toll(extractor):
    line = "Troops raided a hideout near Mopti on Monday. Three suspects were shot and killed, and four others were arrested."
    assert all(sub != "Arrests" or toll is None for sub, toll, _ in _rows(extractor, line))


def test_a_dash_apposition_is_no_list_member(extractor):
    from newsetl.extract.events import fatalities_in

    assert fatalities_in("Four villagers - three herders and a teacher - were killed.", extractor.res) == 4


def test_a_fight_of_its_own_sentence_is_no_back_reference(extractor):
    from newsetl.extract.events import fatalities_in

    line = "Two Naxalites were shot dead in the gunfight with security forces in Sukma on Tuesday."
    assert fatalities_in(line, extractor.res) == 2


def test_a_company_mining_camp_before_a_known_town(extractor):
    line = "Gunmen shot dead a guard at the Acacia mining camp in Geita on Tuesday."
    assert [loc for _, _, loc in _rows(extractor, line)] == ["Geita"]


def test_union_offices_are_no_place(extractor):
    line = "Miners protested at the Kabwelo union offices in Kitwe on Tuesday."
    assert [loc for _, _, loc in _rows(extractor, line)] == ["Kitwe"]
