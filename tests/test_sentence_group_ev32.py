"""Round ev32 (issue 10): a side left to an unidentified armed group while the event's own sentence names exactly one
rebel group is that group (`extract/events/sentence_group.py`); a militia fighting beside the army and a name written
as a modifier ("a pro-Taliban cleric", `wordlists.json` `group_modifier_prefixes`) name no side. Sentences written for
the tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from newsetl.extract.events import assemble
from tests.extract_util import sides

REF = date(2026, 5, 8)

BELIEVED = [
    "BOBO-DIOULASSO — Relatives spoke to our reporter on Monday.",
    "On 2 May, armed men whom villagers believe to be JNIM fighters abducted a teacher from his home near Banfora.",
]
LATER_IN_SENTENCE = [
    "QUETTA — The provincial government gave an update on Friday.",
    "Security forces and militants exchanged fire for three hours near Surab on Tuesday after BLA fighters blocked the "
    "main highway, officials said.",
]
MODIFIER = [
    "HERAT — Officials gave no details on Saturday.",
    "On Friday, a bomb exploded in a mosque in Herat during prayers, killing 12 worshippers, including a pro-Taliban "
    "cleric, officials said.",
]
BESIDE_ARMY = [
    "OUAGADOUGOU — The army issued a statement on Monday.",
    "Soldiers and civilian auxiliaries known as Volunteers for the Defence of the Homeland (VDP) repelled an attack on "
    "their position in Kaya on Sunday, killing nine assailants, the army said.",
]


_sides = partial(sides, ref=REF, exactly=True)


@pytest.fixture
def switched_off(monkeypatch):
    monkeypatch.setattr(assemble, "sentence_groups", lambda events, art: None)


def test_armed_men_believed_to_be_a_named_group_are_that_group(extractor):
    a1, _ = _sides(extractor, BELIEVED, "Abduction/forced disappearance")
    assert a1 == "JNIM: Jama'at Nasr al-Islam wal Muslimin"


def test_without_the_rule_the_believed_group_stays_unidentified(extractor, switched_off):
    a1, _ = _sides(extractor, BELIEVED, "Abduction/forced disappearance")
    assert a1.startswith("Unidentified Armed Group")


def test_militants_are_the_group_the_same_sentence_names_later(extractor):
    a1, a2 = _sides(extractor, LATER_IN_SENTENCE, "Armed clash")
    assert (a1, a2) == ("Military Forces of Pakistan", "BLA: Balochistan Liberation Army")


def test_a_group_named_as_a_modifier_names_no_side(extractor, monkeypatch):
    a1, _ = _sides(extractor, MODIFIER, "Remote explosive/landmine/IED")
    assert a1.startswith("Unidentified Armed Group")
    monkeypatch.setitem(extractor.res.words, "group_modifier_prefixes", [])
    a1, _ = _sides(extractor, MODIFIER, "Remote explosive/landmine/IED")
    assert a1 == "Taliban"


def test_a_militia_beside_the_army_is_not_the_attacker(extractor):
    a1, a2 = _sides(extractor, BESIDE_ARMY, "Armed clash")
    assert a1.startswith("Unidentified Armed Group"), (a1, a2)
    assert a1 != "VDP: Volunteers for the Defense of the Homeland"
