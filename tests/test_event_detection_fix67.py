"""Developer round fix67: review19e's findings on fix62 / fix64 / fix65. Sentences written for the tests.

- a peaceful protest after a killing stays the protest; violence in an "after" clause does not take over the main act
  when the clause's subject is a pronoun or the clause has a day or time of its own
  (`after_clause_own_subject_time`)."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.extract_util import SIDES, fields

REF = date(2026, 6, 5)  # a Friday


_rows = partial(fields, keys=("sub_event_type", "fatalities", "event_date"), ref=REF)


def test_a_protest_after_a_killing_stays_the_protest(extractor):
    rows = _rows(extractor, ["Protesters marched in Kora on Monday after police killed two students."])
    assert rows == [("Peaceful protest", None, date(2026, 6, 1))]


def test_a_pronoun_subject_keeps_the_arrest(extractor):
    sentence = (
        "Police arrested two suspected militants in Kora on Monday after they stormed a village and killed five "
        "people on Friday."
    )
    assert _rows(extractor, [sentence]) == [("Arrests", None, date(2026, 6, 1))]
    he = ["Soldiers detained a suspect in Kora on Monday after he shot dead a policeman."]
    assert _rows(extractor, he) == [("Arrests", None, date(2026, 6, 1))]


def test_a_clause_with_its_own_time_keeps_the_main_act(extractor):
    rows = _rows(
        extractor, ["Police arrested five suspects in Kora on Monday after gunmen killed a trader there last week."]
    )
    assert rows[0] == ("Arrests", None, date(2026, 6, 1))
    assert [r[0] for r in rows[1:]] == ["Attack"]
    deploy = ["The army deployed troops to Kora on Tuesday after clashes killed 12 people there on Sunday."]
    # (ev65) the clashes, told with a day of their own, are an event of their own; the deployment keeps no toll
    assert [(t, f) for t, f, _ in _rows(extractor, deploy)] == [("Change to group/activity", None), ("Armed clash", 12)]


_sides = partial(fields, keys=SIDES, ref=REF)


def test_a_palestinian_authority_source_does_not_make_the_soldiers_its_own(extractor):
    said = ["Soldiers arrested three men in Jenin on Monday, Palestinian Authority security forces said."]
    assert _sides(extractor, said) == [("Arrests", "Military Forces of Israel", "Civilians")]
    own = ["Palestinian Authority security forces arrested three men in Jenin on Monday."]
    assert [a1 for _, a1, _ in _sides(extractor, own)] == ["Military Forces of Palestine"]


def test_a_word_of_doubt_away_from_the_pronoun_keeps_the_death(extractor):
    mob = ["A mob caught an alleged thief in Kora on Monday and he was killed before police arrived."]
    assert [(t, f) for t, f, _ in _rows(extractor, mob)] == [("Mob violence", 1)]
    feared = ["Gunmen abducted a trader in Kora on Monday. Relatives feared that he was killed."]
    assert [f for _, f, _ in _rows(extractor, feared)] == [None]


def test_an_onset_before_the_after_clause_keeps_its_deaths(extractor):
    for onset in ("Fighting erupted", "Clashes broke out"):
        rows = _rows(extractor, [f"{onset} in Kora on Monday after soldiers shot dead two herders."])
        assert [(t, f) for t, f, _ in rows] == [("Armed clash", 2)], onset


def test_for_is_no_particle_of_a_name(extractor):
    paras = [
        "Agents of the Ministry of Intelligence for Khuzestan province detained three activists in Ahvaz on Monday."
    ]
    assert [a1 for _, a1, _ in _sides(extractor, paras)] == ["Iranian Ministry of Intelligence"]


def test_a_competition_noun_inside_a_place_name_is_no_competition(extractor):
    rows = _sides(extractor, ["Rangers beat two herders in the Tsavo game reserve on Sunday."])
    assert [t for t, _, _ in rows] == ["Attack"]
    assert extractor.res.pattern_search("crowd_beating_refused_after", "in the final match on Sunday") is not None


def test_a_name_particle_needs_a_capitalised_word_after_it():
    import re

    from newsetl.extract.events.affiliation import NAME

    rx = re.compile(NAME.format(particles="of|and|de|la"))
    assert rx.match("Al-Shabaab and their wives").group("name") == "Al-Shabaab"
    assert rx.match("Comandos de la Frontera said").group("name") == "Comandos de la Frontera"
