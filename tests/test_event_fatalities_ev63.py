"""Round ev63: an occupational head the victim list lacks is still people when counted as the object or subject of a
kill ("shot dead three artisanal diamond diggers", "killed two loggers"; `victim_noun_patterns`), and a count that
opens the sentence after a dateline's colon ("Shillong, August 19: Two truck drivers were killed ...") is the toll,
not a figure run on from the date. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run


def test_an_unlisted_occupation_is_counted(extractor):
    from newsetl.extract.events import fatalities_in

    assert (
        fatalities_in("Police shot dead three artisanal diamond diggers near the mine on Tuesday.", extractor.res) == 3
    )
    assert fatalities_in("Gunmen killed two loggers and a ranger near the park.", extractor.res) == 3


def test_an_unlisted_word_that_is_no_person_is_not_counted(extractor):
    from newsetl.extract.events import fatalities_in

    assert fatalities_in("Two helicopters were shot down and the crew survived.", extractor.res) is None
    assert fatalities_in("The strike killed 12 fighters in two containers.", extractor.res) == 12


def test_a_count_after_a_dateline_colon(extractor):
    from newsetl.extract.events import fatalities_in

    line = "Shillong, August 19: Two truck drivers were killed and five more were hurt when a mob attacked a depot."
    assert fatalities_in(line, extractor.res) == 2


def test_a_victim_split_from_to_death_and_an_age_as_the_victim(extractor):
    from newsetl.extract.events import fatalities_in

    res = extractor.res
    assert fatalities_in("On Wednesday a crowd at the market beat a man to death, saying he was a thief.", res) == 1
    assert fatalities_in("On Tuesday night, gunmen shot dead a 17-year-old in Lauro de Freitas.", res) == 1
    assert fatalities_in("Gunmen killed a municipal police chief and his bodyguard on Wednesday.", res) == 2
    assert fatalities_in("A landmine went off under a motorbike outside the town and killed its rider.", res) == 1
    assert fatalities_in("A crowd beat a man at the market on Wednesday.", res) is None


def test_a_pronoun_subject_of_a_passive_kill_is_one_death(extractor):
    from newsetl.extract.events import fatalities_in

    res = extractor.res
    assert fatalities_in("Police say he was hacked to death by unidentified attackers on Wednesday night.", res) == 1
    assert fatalities_in("Gunmen shot dead a trader on Monday, and he was killed outside his shop.", res) == 1
    assert fatalities_in("Police say he was attacked by unidentified men on Wednesday night.", res) is None


def test_nobody_injured_is_zero(extractor):
    from newsetl.extract.events import fatalities_in

    res = extractor.res
    assert fatalities_in("The homestead was set on fire by unknown persons, but nobody was injured.", res) == 0
    assert fatalities_in("Nobody was wounded in the attack on the depot.", res) == 0


def test_a_single_victim_and_a_relative(extractor):
    from newsetl.extract.events import fatalities_in

    res = extractor.res
    assert fatalities_in("Gunmen killed a shopkeeper and his son in Tepic on Wednesday.", res) == 2
    assert fatalities_in("Gunmen killed a shopkeeper in Tepic on Wednesday.", res) == 1


def test_more_ways_of_saying_nobody_was_hurt(extractor):
    from newsetl.extract.events import fatalities_in

    res = extractor.res
    assert fatalities_in("A charge brought down a pylon near the town on Friday, without causing injuries.", res) == 0
    assert fatalities_in("Men fired several shots at the house of a leader, without hitting anyone.", res) == 0
    assert fatalities_in("Armed men looted the compound on Monday. No staff were harmed.", res) == 0
    assert fatalities_in("The explosion caused material damage. There were no victims.", res) == 0
    strike = "The command announced an air strike against the militants near Jilib and said no civilians were harmed."
    assert fatalities_in(strike, res) is None


def test_a_release_unharmed_in_the_next_sentence_is_zero(extractor):
    lines = [
        "On 4 November, unidentified armed men abducted two staff members of an NGO on the road between Fizi and "
        "Baraka in South Kivu, DR Congo. Both were released unharmed the same evening."
    ]
    assert [r["fatalities"] for r in run(extractor, lines, ref=date(2026, 11, 6))] == [0]


def test_nobody_inside_a_burned_house_is_zero(extractor):
    lines = [
        "In Lalitpur, Nepal, a crowd torched the house of a former minister on Tuesday, police say. Nobody was inside."
    ]
    assert [r["fatalities"] for r in run(extractor, lines, ref=date(2026, 11, 6))] == [0]
