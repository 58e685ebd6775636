"""(fix131) Review mends of ev113 (people arrested after a riot; the intervention line). Paraphrase families of the
reviewer's probes in our own wording (own names, places, numbers): an armed attack's suspects stay civilians when a
reprisal riot lies between the attack and the arrest; an arrest's own charge (in its sentence or the next one) keeps a
counted group civilian; an act noun whose object the riot never names links nothing; a crowd that leaves after a
force's act is still a protest with intervention; people sitting somewhere with another purpose are no protest."""

from __future__ import annotations

from datetime import date

import pytest

from .extract_util import run

REF = date(2025, 6, 13)  # a Friday

AMBUSH = "Gunmen ambushed and attacked a minibus near Garissa on Sunday, killing five passengers."
REPRISAL = "Angry youths burned tyres and blocked the road in Garissa on Monday to protest against insecurity."
RAID = "Bandits raided a hamlet near Zurmi on Sunday, killing eight villagers."
BURNING = "Residents set fire to houses of suspected bandit informants in Zurmi on Monday in reprisal."
RIOT = "Angry residents torched the police station and stoned officers in Masindi on Monday after a detainee died."
LOOT = "Rioters looted shops at the market in Zaria on Monday."
PROTEST = "About 300 students protested in Maradi on Thursday; "


def _arrest_side(extractor, paras):
    rows = [r for r in run(extractor, paras, ref=REF) if r["sub_event_type"] == "Arrests"]
    assert rows, run(extractor, paras, ref=REF)
    return rows[-1]["actor2"]


def _protest_types(extractor, line):
    return [r["sub_event_type"] for r in run(extractor, [line], ref=REF) if r["event_type"] == "Protests"]


# MUST-FIX 1: an armed attack, then a reprisal riot, then (or before) the arrest "over the attack(s)"
ATTACK_THEN_RIOT = [
    [AMBUSH, REPRISAL, "Police detained six men in Garissa on Tuesday over the attack."],
    [AMBUSH, REPRISAL, "Officers arrested four men in Garissa on Tuesday over the attacks."],
    [RAID, BURNING, "Police arrested four men in Zurmi on Tuesday over the attacks."],
    ["Police arrested four men in Zurmi on Tuesday over the attacks.", BURNING, RAID],
    ["Police detained six men in Garissa on Tuesday over the attack.", REPRISAL, AMBUSH],
    [AMBUSH, REPRISAL, "Police detained six men in Garissa on Tuesday over the minibus attack."],
]

# MUST-FIX 2: a counted group arrested after a riot on its own charge
OWN_CHARGE = [
    [RIOT, "Police arrested five men in Masindi on Tuesday on fraud charges."],
    [RIOT, "Police arrested five men in Masindi on Tuesday on narcotics charges."],
    [RIOT, "Three men were arrested in Masindi on Tuesday for illegal possession of ammunition."],
    [RIOT, "Police arrested five men in Masindi on Tuesday during a raid on a gambling den."],
    [RIOT, "Police arrested three men in Masindi on Tuesday who later confessed to the killing of a shopkeeper."],
    [RIOT, "Police arrested six men at a checkpoint outside Masindi on Tuesday."],
    [RIOT, "Police arrested five young men in Masindi on Tuesday. They are accused of stealing cattle from a ranch."],
]

# MUST-FIX 3: the act noun's object is not the riot's
OTHER_OBJECT = [
    [RIOT, "Police arrested four men in Masindi on Tuesday over the attack on a shopkeeper."],
    [RIOT, "Police arrested four men in Masindi on Tuesday over the assault on a taxi driver."],
]

# SHOULD-FIX 2: no reason given, after an armed attack and a reprisal riot
NO_REASON_AFTER_ATTACK = [
    [AMBUSH, REPRISAL, "Six men were arrested in Garissa on Tuesday."],
    [RAID, BURNING, "Police arrested six men in Zurmi on Tuesday."],
]

# SHOULD-FIX 1: the riot's act named by its -ing noun, with a setting noun ("the market")
LOOTING = [
    [LOOT, "Police arrested a shopkeeper on Wednesday over the looting at the market."],
    [LOOT, "Police arrested a man on Wednesday over the looting of the market."],
]

# the riot's own: kept
RIOT_KEPT = [
    [RIOT, "Police arrested five men in Masindi on Tuesday."],
    [RIOT, "Police arrested four men in Masindi on Tuesday over the attack on the police station."],
    [RIOT, "Police arrested five men in Masindi on Tuesday on charges of rioting."],
    [RIOT, "Five men were arrested in Masindi on Tuesday. They are accused of taking part in the riot."],
]


@pytest.mark.parametrize("paras", ATTACK_THEN_RIOT + OWN_CHARGE + OTHER_OBJECT + NO_REASON_AFTER_ATTACK)
def test_not_the_riots_people(extractor, paras):
    assert _arrest_side(extractor, paras) == "Civilians"


@pytest.mark.parametrize("paras", LOOTING + RIOT_KEPT)
def test_the_riots_people(extractor, paras):
    assert _arrest_side(extractor, paras) == "Rioters"


# MUST-FIX 4: the crowd leaves after a force's act: an intervention
FORCED_LEAVING = [
    PROTEST + "the crowd dispersed after being pepper-sprayed.",
    PROTEST + "the crowd dispersed after being clubbed with batons.",
    PROTEST + "the crowd dispersed after being hosed with water.",
    PROTEST + "the students dispersed after the National Guard arrived.",
    PROTEST + "the students dispersed after the intervention of the anti-riot squad.",
]

# near misses: the crowd's own leaving stays peaceful
OWN_LEAVING = [
    PROTEST + "the crowd dispersed after being addressed by the mayor.",
    PROTEST + "the protesters dispersed after being received by the governor.",
    PROTEST + "the crowd dispersed at dusk.",
]


@pytest.mark.parametrize("line", FORCED_LEAVING)
def test_forced_leaving_is_an_intervention(extractor, line):
    assert _protest_types(extractor, line) == ["Protest with intervention"]


@pytest.mark.parametrize("line", OWN_LEAVING)
def test_own_leaving_is_peaceful(extractor, line):
    assert _protest_types(extractor, line) == ["Peaceful protest"]


# MUST-FIX 5: someone sitting somewhere with no protest is no protest; a group sitting to block one is
SITTING_NO_PROTEST = [
    "Police removed an elderly beggar who had been sitting at the bus station entrance in Durres on Friday.",
    "Police moved away dockers who were sitting on the quay to eat their lunch in Ajaccio on Saturday.",
    "Police pulled away a drunk man who was sitting on the road in Korce on Sunday.",
]
SITTING_PROTEST = [
    "Police carried away about 60 farmers who had sat down on the road to block the trucks near Fier on Monday.",
    "Police dragged away dozens of workers who were sitting at the factory gate in Elbasan on Tuesday.",
]


@pytest.mark.parametrize("line", SITTING_NO_PROTEST)
def test_sitting_without_protest_is_no_event(extractor, line):
    assert _protest_types(extractor, line) == []


@pytest.mark.parametrize("line", SITTING_PROTEST)
def test_sitting_to_block_is_an_intervention(extractor, line):
    assert _protest_types(extractor, line) == ["Protest with intervention"]
