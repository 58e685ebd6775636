"""Round ev112 (issue 10, twenty-ninth session): property destroyed by unknown people, riots in coordinated wording.
Constructions: (a) a destruction verb with a property object and an unknown or small perpetrator ("someone",
"vandals", "unknown persons", "arsonists"): "burned a footbridge", "started / lit a fire at the gate of an office",
"broke the windows ... and sprayed graffiti", "set fire to two bulldozers" is property destruction, also right after
a riot's sentence; (b) thrown things written as a coordinated list ("threw eggs and stones at", "hurled bottles,
bricks and rocks at"): any projectile among them makes the riot; (c) a people noun with a relative clause ("people
who had been left off the register beat a volunteer") is a crowd subject. Near misses: accidental fires, metaphors,
thrown flowers, a riot by a crowd, soldiers who burn homes. Sentences written for the tests (REF Thursday 12 March
2026)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 3, 12)
LOOT = "Looting/property destruction"
RIOT = "Violent demonstration"
MOB = "Mob violence"


def _subs(extractor, paras):
    paras = [paras] if isinstance(paras, str) else paras
    return [r["sub_event_type"] for r in run(extractor, paras, ref=REF)]


# --- (a) an unknown or small perpetrator destroys property
DESTROYED = [
    "Unknown people burned a wooden footbridge over the river near Kisumu on Saturday night, residents said.",
    "In Gulu, unknown persons started a fire at the entrance of an opposition party office early on Sunday.",
    "Someone smashed the glass door of a councillor's office in Nakuru overnight and sprayed slogans on the walls, "
    "police said.",
    "Vandals smashed the windows of a mobile clinic parked outside the health centre in Mbale on Sunday, the district "
    "said.",
    "Unknown people burnt a bridge on the road linking two villages near Beni on Monday, local officials said.",
    "The county said arsonists burned two excavators and a bulldozer at a road project near Kitui on Saturday.",
    "According to the police release, unknown individuals lit a fire at the gate of the district office in Moroto "
    "overnight.",
    "Vandals daubed swastikas on the walls of the mosque in Eldoret and smashed the glass door, police said on Monday.",
    "Overnight, someone broke the windows of the mayor's car in Nyeri and sprayed graffiti on the bonnet.",
    "Someone sprayed red paint on the door of the councillor's office in Nyeri overnight.",
]


@pytest.mark.parametrize("line", DESTROYED)
def test_unknown_perpetrator_destroys_property(extractor, line):
    subs = _subs(extractor, line)
    assert LOOT in subs and RIOT not in subs, subs


# --- (a) "someone" after a riot's sentence: property destruction of its own, not the rioters' act
AFTER_RIOT = [
    [
        "Rioters threw stones at police in Nairobi on Monday evening.",
        "In Thika, someone set fire to the community hall that the county had opened as a shelter.",
    ],
    [
        "Protesters clashed with police in Kampala on Tuesday.",
        "Later that night, someone torched a council office in Jinja, police said.",
    ],
    [
        "Demonstrators stoned police vehicles in Lusaka on Monday.",
        "In Ndola, somebody set a council truck on fire overnight, the police said.",
    ],
    [
        "Youths clashed with police in Mombasa on Monday night.",
        "Separately, someone set fire to the ward office in Malindi early on Tuesday, police said.",
    ],
    [
        "Demonstrators hurled stones at police in Blantyre on Friday.",
        "Overnight, vandals smashed the windows of a clinic in Zomba, the district said.",
    ],
    [
        "Rioters looted shops in Kano on Sunday.",
        "In Zaria, somebody burned a footbridge over the river on Sunday night.",
    ],
    [
        "Police fired tear gas at protesters in Harare on Monday.",
        "In Bulawayo, unknown persons started a fire outside the offices of the ruling party on Monday night.",
    ],
]


@pytest.mark.parametrize("paras", AFTER_RIOT)
def test_someone_after_a_riot_destroys_property(extractor, paras):
    assert LOOT in _subs(extractor, paras), _subs(extractor, paras)


# --- (b) a coordinated list of thrown things with a projectile among them
THROWN = [
    "A crowd of farmers threw eggs and stones at the regional council building in Kozani on Monday, breaking several "
    "windows.",
    "In Kisumu, youths threw eggs, bottles and rocks at the convoy of the governor on Sunday.",
    "Hundreds of students threw tomatoes, shoes and bricks at riot police in Kampala on Wednesday.",
    "Angry traders hurled rotten fruit and stones towards the municipal offices in Lilongwe on Friday.",
]


@pytest.mark.parametrize("line", THROWN)
def test_thrown_list_with_a_projectile_is_a_riot(extractor, line):
    assert RIOT in _subs(extractor, line), _subs(extractor, line)


# --- (c) a people noun with a relative clause is a crowd subject
RELATIVE = [
    "People who had been left off the aid register beat a volunteer and tore down the registration tent near Goma on "
    "Tuesday.",
    "Traders who had been evicted from the market beat two council officials in Kisumu on Wednesday.",
    "Young men who had gathered at the bus station beat a driver in Mbarara on Saturday, police said.",
    "Those who had not received food beat an aid worker at the distribution point near Bunia on Tuesday.",
]


@pytest.mark.parametrize("line", RELATIVE)
def test_relative_clause_crowd_beats(extractor, line):
    assert MOB in _subs(extractor, line), _subs(extractor, line)


# --- near misses that must not change
NOT_DESTROYED = [
    "A fire broke out at a warehouse in Kisumu on Monday night, destroying stocks of maize, firefighters said.",
    "The company burned waste at its licensed incinerator in Mombasa on Monday, the environment agency said.",
    "The court in Nakuru on Tuesday jailed two men for burning a school in 2019.",
    "Engineers started a fire at the door of the furnace to test it in Thika on Monday.",
    "An electrical fault started a fire at the school hostel in Kisii on Monday, firefighters said.",
    "Firefighters said a fire that broke out in a generator shed spread to the market in Nakuru on Monday.",
    "Protesters blocked the road and burned tyres on the bridge in Kisumu on Monday.",
    "A court in Kisumu on Monday sentenced a man who set fire to a church in 2021 to ten years in prison.",
]


@pytest.mark.parametrize("line", NOT_DESTROYED)
def test_near_misses_are_no_property_destruction(extractor, line):
    assert LOOT not in _subs(extractor, line), _subs(extractor, line)


NOT_RIOT = [
    "The children threw eggs and flour at each other at the carnival in Nakuru on Sunday.",
    "Farmers threw flowers and rice at the bride in Kisumu on Saturday.",
    "Police threw a cordon around the stadium in Kampala on Sunday.",
    "Students painted slogans on banners before the march in Nairobi on Monday.",
    "An electrical fault started a fire at the school hostel in Kisii on Monday, firefighters said.",
]


@pytest.mark.parametrize("line", NOT_RIOT)
def test_near_misses_are_no_riot(extractor, line):
    assert RIOT not in _subs(extractor, line), _subs(extractor, line)


NOT_MOB = [
    "People who live near the river said on Monday they feared floods in Kisumu.",
    "Fans who watched the final in Nairobi on Sunday beat the odds to get tickets.",
    "Players who trained all week beat the visiting team in Nakuru on Sunday.",
    "Soldiers who were deployed to the area did not beat anyone in Bunia, the army said on Monday.",
    "Officials who visited the camp near Goma on Tuesday said food was running short.",
]


@pytest.mark.parametrize("line", NOT_MOB)
def test_near_misses_are_no_mob(extractor, line):
    assert MOB not in _subs(extractor, line), _subs(extractor, line)


# a crowd's burning stays its riot, soldiers' burning stays what it was
KEPT = [
    ("Protesters set fire to the police station in Kisumu on Monday after a man died in custody.", RIOT),
    ("A crowd threw stones at police and set fire to a police car in Kano on Friday.", RIOT),
    ("Protesters threw stones and bottles at police and burned tyres in Kisumu on Monday.", RIOT),
    ("A group of farmers set fire to about 15 huts belonging to herders near Morogoro on Wednesday in revenge.", MOB),
    ("Soldiers burned houses and killed three villagers near Beni on Monday, residents said.", "Attack"),
]


@pytest.mark.parametrize("line,sub", KEPT)
def test_crowd_and_soldier_burnings_keep_their_type(extractor, line, sub):
    subs = _subs(extractor, line)
    assert sub in subs and (sub == LOOT or LOOT not in subs), subs


FIGURATIVE = [
    "The minister's remarks set fire to the debate in parliament in Nairobi on Tuesday.",
    "The striker's late goal set fire to the title race in Kampala on Sunday.",
    "Her leaked memo set fire to social media in Lusaka on Monday, aides said.",
]


@pytest.mark.parametrize("line", FIGURATIVE)
def test_figurative_fire_is_no_riot(extractor, line):
    subs = _subs(extractor, line)
    assert RIOT not in subs and LOOT not in subs, subs
