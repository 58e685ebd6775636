"""Review 25f (fix99): the empty side of a battle is never made up opposite a crowd or civilians named as a side
before the trigger (villagers, residents, students, traders, miners, civilians, hunters, private guards, a community
watch, "armed men from A and from B"); the fills against a named group with no crowd before the trigger stay. The
reviewer's probes and variants written for the tests (other verbs, nouns and orders)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract_util import sides

REF = date(2026, 6, 10)
STATE = ("Military Forces of", "Police Forces of")


_sides = partial(sides, ref=REF)


@pytest.mark.parametrize(
    "para",
    [
        "Villagers armed with rifles repelled bandits near Gusau, Nigeria, on Monday, killing four of them.",
        "Residents fought off bandits near Gusau, Nigeria, on Monday, killing two of them.",
        "Armed villagers exchanged fire with bandits near Gusau, Nigeria, on Monday.",
        "Students exchanged fire with kidnappers near Kaduna, Nigeria, on Monday.",
        "Traders fought with gunmen in Kano, Nigeria, on Monday, leaving three dead.",
        "Miners clashed with bandits near Anka, Nigeria, on Monday, killing five.",
        "Civilians exchanged fire with al-Shabaab fighters near Mandera, Kenya, on Monday.",
        "Villagers clashed with ISWAP fighters near Diffa, Niger, on Monday, killing two.",
        "Local hunters exchanged fire with jihadists near Djibo, Burkina Faso, on Monday.",
        # variants: other verbs, orders and nouns
        "On Tuesday, farmers traded gunfire with cattle rustlers near Gusau, Nigeria, leaving one dead.",
        "Private guards at the mine exchanged gunfire with illegal diggers near Luremo, Angola, on Monday.",
        "Members of the community watch clashed with robbers near Sheme, Nigeria, on Friday, killing two.",
        "Hunters from the village exchanged fire with poachers near Kongola, Namibia, on Tuesday.",
    ],
)
def test_no_state_force_is_made_up_opposite_a_crowd_side(extractor, para):
    a1, a2 = _sides(extractor, para)
    assert not any(str(a or "").startswith(STATE) for a in (a1, a2)), (a1, a2)


@pytest.mark.parametrize(
    "para",
    [
        "ISWAP fighters exchanged fire with troops near Diffa, Niger, on Monday.",
        "Soldiers exchanged fire with poachers near Kongola, Namibia, on Tuesday, killing one.",
        # a crowd after the trigger, or a speaker before it, is no side of the fight
        "Bandits clashed with troops near Gusau, Nigeria, on Monday, villagers said, killing four.",
        "Residents said bandits clashed with troops near Gusau, Nigeria, on Monday, killing four.",
    ],
)
def test_fills_against_a_named_side_without_a_crowd_before_the_trigger_stay(extractor, para):
    a1, a2 = _sides(extractor, para)
    assert a1 is not None and a2 is not None, (a1, a2)
