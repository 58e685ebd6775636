"""Round ev63: an occupational head the victim list lacks is still people when counted as the object or subject of a
kill ("shot dead three artisanal diamond diggers", "killed two loggers"; `victim_noun_patterns`), and a count that
opens the sentence after a dateline's colon ("Shillong, August 19: Two truck drivers were killed ...") is the toll,
not a figure run on from the date. Sentences written for the tests."""

from __future__ import annotations


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
