"""Round ev116 (issue 10, twenty-ninth session): which trigger types the row. A weapon noun that is the object of a
seizure, carrying or possession ("found a cache of rifles and rocket-propelled grenades", "arrested two men who were
carrying pistols and hand grenades") yields to the clause's own act (`type_yields.held_weapon_yields`); a trigger
inside a cause or purpose phrase ("a crowd angered by the death of a teenager in police custody set fire to ...",
"marched ... in support of the activists arrested at the blockade") yields to the main act
(`type_yields.cause_phrase_yields`); what an act means to end ("a pledge to end revenge killings") is no event
(`prevention_purpose_before_patterns`); fire at porters or woodcutters hits civilians (Civilians aliases); police
crowd-control grenades ("sting-ball grenades") are no Grenade event; a fight "sparked by the killing of" a man is
that killing; a crowd and a company's guards fighting with machetes are convention 11's Mob violence; a group that
"walked into" a town after the police "pulled out" took it without a fight. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 3, 12)

# (sentence, sub-type the rows must have (None: any), sub-types they must not have)
POSITIVES = [
    # a weapon noun held, found or carried
    (
        "Soldiers found a cache of rifles and rocket-propelled grenades in a house in Kandahar on Monday.",
        "Disrupted weapons use",
        ("Armed clash", "Grenade"),
    ),
    (
        "Police in Cartagena arrested two men on Saturday who were carrying pistols and hand grenades in a car.",
        "Arrests",
        ("Grenade", "Armed clash"),
    ),
    (
        "Gendarmes detained four youths carrying grenades and a rifle at a checkpoint in Kidal on Friday.",
        "Arrests",
        ("Grenade", "Armed clash"),
    ),
    (
        "Border guards intercepted a truck loaded with rocket launchers and grenades near Zakho on Wednesday.",
        "Disrupted weapons use",
        ("Grenade", "Armed clash"),
    ),
    (
        "A man caught with three hand grenades in his bag was arrested by police at the bus station in Mombasa on Sunday.",
        "Arrests",
        ("Grenade",),
    ),
    (
        "Officers in Medellin detained a teenager who had a grenade and a revolver in his backpack on Monday.",
        "Arrests",
        ("Grenade", "Armed clash"),
    ),
    (
        "Police said they had discovered an arms dump with rocket-propelled grenades and machine guns in Beni on Sunday.",
        "Disrupted weapons use",
        ("Armed clash", "Grenade"),
    ),
    # a trigger inside a cause or purpose phrase
    (
        "A crowd angered by the death of a teenager in police custody set fire to the police station in Mbale on Monday.",
        "Violent demonstration",
        ("Arrests",),
    ),
    (
        "About 200 people marched through the centre of Nelson on Saturday in support of the activists arrested at the "
        "blockade.",
        "Peaceful protest",
        ("Arrests",),
    ),
    (
        "Elders of two clans signed a pledge in Garissa on Monday to end revenge killings.",
        None,
        ("Attack", "Armed clash"),
    ),
    # fire at civilians of a trade
    (
        "Border guards shot at a group of porters carrying goods across the border near Baneh on Tuesday, wounding two.",
        "Attack",
        ("Armed clash",),
    ),
    ("Troops fired at a group of woodcutters near Kassala on Thursday, killing one.", "Attack", ("Armed clash",)),
    # crowd-control grenades
    (
        "Officers answered with tear gas and sting-ball grenades until about 2 a.m. in Lyon on Saturday, after youths set "
        "cars on fire.",
        None,
        ("Grenade",),
    ),
    ("Gendarmes responded with tear gas and dispersion grenades in Mamoudzou on Tuesday.", None, ("Grenade",)),
    (
        "Police in Valledupar detained a man on Wednesday who was transporting grenades and rifles in a taxi.",
        "Arrests",
        ("Grenade",),
    ),
    (
        "Some 300 residents rallied in Tamale on Monday in solidarity with the journalists detained by soldiers last week.",
        "Peaceful protest",
        ("Arrests",),
    ),
    (
        "Elders of the two communities agreed in Marsabit on Sunday to stop cattle raids.",
        None,
        ("Mob violence", "Attack", "Looting/property destruction"),
    ),
    # a crowd and a company's guards fighting with cold weapons (convention 11)
    (
        "Squatters and security guards of the estate clashed with machetes near Nakuru on Friday.",
        "Mob violence",
        ("Armed clash",),
    ),
    (
        "Villagers and security guards of a palm oil estate fought with machetes, sticks and stones in Rokan Hulu on "
        "Wednesday.",
        "Mob violence",
        ("Armed clash",),
    ),
    # a fight told as the frame of the killing that sparked it
    (
        "The clashes were triggered by the murder of a herder by young men from a rival village near Wau on Saturday.",
        "Attack",
        ("Armed clash",),
    ),
    (
        "The fighting was sparked by the killing of a villager by rival tribesmen at the market in Mendi on Sunday.",
        "Attack",
        ("Armed clash",),
    ),
    # a group entering a place the force holding it left
    (
        "The rebels walked into the town of Kibati on Saturday after the police officers pulled out.",
        "Non-violent transfer of territory",
        ("Change to group/activity",),
    ),
    (
        "Fighters moved into the airstrip at Kotido on Sunday after the soldiers pulled out.",
        "Non-violent transfer of territory",
        ("Change to group/activity",),
    ),
    (
        "Militia fighters rolled into Garbahaarey on Friday, hours after the peacekeepers pulled out of the town.",
        "Non-violent transfer of territory",
        ("Non-state actor overtakes territory",),
    ),
    (
        "Armed men had moved into the mission station at Kwamba on Sunday after the few gendarmes stationed there "
        "withdrew to the regional capital, a priest said.",
        "Non-violent transfer of territory",
        ("Change to group/activity",),
    ),
]

NEGATIVES = [
    ("Gunmen threw a grenade at a bar in Cali on Saturday, wounding four people.", "Grenade", ()),
    ("A grenade hurled at a police station in Quetta on Friday wounded two officers.", "Grenade", ()),
    (
        "Soldiers clashed with rebels carrying rifles and grenades near Beni on Tuesday, killing three.",
        "Armed clash",
        (),
    ),
    (
        "Militants fired rocket-propelled grenades at an army base near Gao on Monday, and soldiers fought back.",
        "Armed clash",
        (),
    ),
    ("Police arrested three men in Medellin on Sunday over a grenade attack on a shop.", "Arrests", ()),
    (
        "An attacker threw a hand grenade into a crowded market in Bujumbura on Sunday, killing one person.",
        "Grenade",
        (),
    ),
    ("Soldiers seized the town of Kalehe from the militia on Tuesday.", "Government regains territory", ()),
    ("Police arrested twelve people in Mbale on Monday after a crowd set fire to the police station.", "Arrests", ()),
    ("Police arrested the organiser of the march at his home in Harare on Tuesday.", "Arrests", ()),
    ("Gunmen killed two farmers in Makurdi on Sunday in revenge for an earlier raid.", "Attack", ()),
    ("Soldiers detained six men suspected of supporting the rebels in Beni on Friday.", "Arrests", ()),
    ("Gunmen abducted two girls on the road to Kaduna on Wednesday.", "Abduction/forced disappearance", ()),
    (
        "Soldiers shot at fighters of the militia near Bunia on Monday, and the militia returned fire.",
        "Armed clash",
        (),
    ),
    ("Police opened fire on gunmen who had attacked a checkpoint in Quetta on Sunday.", "Armed clash", ()),
    ("Gunmen opened fire on soldiers at a checkpoint near Gao on Friday.", "Armed clash", ()),
    ("Rebels shot at an army patrol near Kitchanga on Monday.", "Armed clash", ()),
    ("Herders and farmers fought with rifles and machetes near Jos on Monday, killing four.", "Armed clash", ()),
    ("Security guards of a mine fought with armed robbers near Geita on Tuesday.", "Armed clash", ()),
    ("Villagers and security forces fought with stones near Kolwezi on Monday.", None, ("Mob violence",)),
    ("The clashes erupted when soldiers raided a rebel camp near Beni on Sunday.", "Armed clash", ()),
    (
        "Protesters marched into the main square of Kotido on Sunday after police pulled out.",
        "Peaceful protest",
        ("Non-violent transfer of territory",),
    ),
    (
        "Rebels seized the town of Kibati after heavy fighting with soldiers on Saturday.",
        "Non-state actor overtakes territory",
        (),
    ),
    ("Unknown attackers threw a grenade at a police patrol in Lyon on Saturday, wounding two officers.", "Grenade", ()),
    ("A hand grenade exploded outside a bar in Malmo on Friday night, injuring no one.", "Grenade", ()),
]


def _check(extractor, line, want, bad):
    subs = [r["sub_event_type"] for r in run(extractor, [line], ref=REF)]
    assert want is None or want in subs, subs
    assert not any(b in subs for b in bad), subs


@pytest.mark.parametrize("i", range(len(POSITIVES)))
def test_the_clause_act_types_the_row(extractor, i):
    _check(extractor, *POSITIVES[i])


@pytest.mark.parametrize("i", range(len(NEGATIVES)))
def test_near_misses_keep_their_type(extractor, i):
    _check(extractor, *NEGATIVES[i])
