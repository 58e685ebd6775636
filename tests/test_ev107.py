"""(ev107) The protest / intervention line of convention 7 (eval/events/README.md) read from who acts on whom:
a force that removes, carries away, clears or fires over a crowd at its scene makes its protest one with
intervention (extract/events/crowd_coercion.py), arrests of the crowd's people at their homes are an Arrests event of
their own, and an arrest over a call to protest is no intervention. Paraphrase families written for this round (own
names, places and wordings, varied registers), with near-miss negatives that must keep their type."""

from __future__ import annotations

from datetime import date

import pytest

from .extract_util import run

REF = date(2025, 3, 14)
PWI = "Protest with intervention"


def _subs(extractor, paragraphs) -> list[str]:
    return sorted(r["sub_event_type"] for r in run(extractor, paragraphs, ref=REF))


def _family_misses(extractor, family) -> list:
    return [(p, _subs(extractor, p)) for p, want in family if _subs(extractor, p) != sorted(want)]


# a protest that ends when a force fires into the air / warning shots (the crowd's leaving verb + after / when, or
# "until / before / and" + the force's clause)
FIRE_ENDS_PROTEST = [
    [
        "About sixty women gathered outside the district council in Kunduz on Monday and left after Taliban guards fired into the air."
    ],
    [
        "Dozens of farmers rallied in front of the governor's office in Mardan on Tuesday, and went home after police fired shots into the air."
    ],
    [
        "Students protesting the fee rise outside the university in Jalalabad on Sunday fled when guards fired warning shots."
    ],
    ["The sit-in by retired teachers in Herat ended on Wednesday after security men fired in the air."],
    [
        "Around 100 residents demonstrated against power cuts in Zaranj on Thursday until soldiers fired warning shots over their heads."
    ],
    [
        "Hundreds of villagers marched to the district office in Baghlan on Friday; they ran off after guards fired several shots in the air."
    ],
    ["In Farah, a rally of unemployed graduates on Monday broke up after police fired warning shots."],
    [
        "Several hundred nurses held a sit-in outside the health ministry in Bishkek on Monday until police dragged them away."
    ],
    ["Villagers blocking the quarry road near Vlore dispersed on Tuesday after police fired several warning shots."],
]

# a force removes / carries away / clears / evicts a crowd (its protest noun or "people who were sitting ..." as the
# verb's object, or the crowd as the subject of the passive), with or without detentions at the scene: one PwI
REMOVED_AT_SCENE = [
    [
        "Riot police on Tuesday morning carried away about 40 people who were sitting in front of the port gate in Kushiro."
    ],
    [
        "Police removed farmers who had blocked the motorway near Kampen on Monday and detained nine of them on the spot."
    ],
    [
        "About 30 activists sat down across the road to the mine in Rosia on Thursday. Gendarmes removed them and detained four at the scene."
    ],
    [
        "Officers cleared a sit-in by nurses outside the health ministry in Tbilisi on Wednesday and held eleven of them at the scene."
    ],
    ["Security forces dragged away dozens of students who were occupying the rector's office in Skopje on Friday."],
    [
        "On Sunday, police ended a blockade of a fuel depot near Gouda by climate activists and detained 23 people there."
    ],
    ["Gendarmes on Friday evicted about 50 farmers who were occupying the prefecture courtyard in Bouna."],
    [
        "Anti-riot units cleared a protest camp outside the parliament in Chisinau early on Saturday and detained twelve activists at the scene."
    ],
    ["Protesting taxi drivers were forcibly removed by police from the airport road in Entebbe on Friday."],
]

# a force removing people "who were occupying / blocking ..." or "<people> marching ...": the sentence's only protest
# word is the crowd's act after the force's verb (verb_frames.json force_removed_crowd_*)
REMOVED_NO_PROTEST_WORD = [
    ["Security personnel removed dozens of students who had occupied the faculty building in Tetovo on Tuesday."],
    ["Riot police pushed back hundreds of farmers marching on the parliament in Bucharest on Thursday."],
    ["Soldiers dragged away several women who were blocking the entrance to the mine near Kolwezi on Monday."],
    ["Gendarmes evicted about 80 villagers camping outside the prefecture in Mbour on Saturday."],
    [
        "Officers pulled out dozens of activists who had chained themselves to the gates of the ministry in Zagreb on Friday."
    ],
    ["A demonstration by teachers in Mopti on Thursday came to an end when gendarmes fired shots into the air."],
    [
        "Hundreds of herders rallied outside the governor's office in Khovd on Monday; the rally fizzled out after police fired shots over the crowd."
    ],
    ["Taliban fighters chased away women who were protesting outside the education department in Kabul on Saturday."],
]

# people of the crowd arrested at their homes or in raids on their homes: an Arrests event of its own
ARRESTED_AT_HOME = [
    (
        [
            "Residents protested against a landfill in Lisburn on Friday.",
            "Two of the demonstrators were detained at their homes the following morning.",
        ],
        ["Arrests", "Peaceful protest"],
    ),
    (
        [
            "Hundreds of miners marched in Zhezkazgan on Monday to demand higher wages.",
            "Police arrested three of the organisers at their homes on Wednesday.",
        ],
        ["Arrests", "Peaceful protest"],
    ),
    (
        [
            "Nurses rallied outside the hospital in Kumasi on Tuesday.",
            "Four of the protesters were arrested at their homes on Thursday, the union said.",
        ],
        ["Arrests", "Peaceful protest"],
    ),
    (
        [
            "Teachers picketed the education office in Gori on Tuesday.",
            "The picket's leader was arrested at home the next day.",
        ],
        ["Arrests", "Peaceful protest"],
    ),
    (
        [
            "Fishermen protested against fuel prices at the port of Sfax on Monday.",
            "Five of the demonstrators were detained at their homes on Wednesday night, a rights group said.",
        ],
        ["Arrests", "Peaceful protest"],
    ),
    (
        [
            "About 300 students marched in Kragujevac on Friday.",
            "Police detained two of the protesters in raids on their homes on Sunday.",
        ],
        ["Arrests", "Peaceful protest"],
    ),
    (
        [
            "Hundreds of women rallied in Yerevan on Monday.",
            "Three of the demonstrators were taken into custody at their homes on Wednesday, their lawyer said.",
        ],
        ["Arrests", "Peaceful protest"],
    ),
    (
        [
            "Vendors protested market fees in Mzuzu on Thursday.",
            "On Saturday, officers raided the homes of the vendors' leaders and arrested four.",
        ],
        ["Arrests", "Peaceful protest"],
    ),
]

# an arrest whose protest is named only inside its cause (a call, a post, incitement): an Arrests event
ARREST_OVER_CALL = [
    [
        "Police detained a 29-year-old woman in Dilijan on Friday on charges of calling on Telegram for violence at the Sevan protest."
    ],
    ["Officers arrested a student in Novi Pazar on Monday for urging people online to block roads during the rally."],
    ["A man was arrested in Kutaisi on Sunday, accused of inciting clashes at the march through a Facebook post."],
    [
        "Police arrested two men in Gori on Saturday over social-media posts calling for attacks on police at the demonstration."
    ],
    [
        "The security service detained a blogger in Osh on Tuesday for sharing videos that urged people to join the protest."
    ],
    [
        "Gendarmes arrested a teacher in Thies on Wednesday over messages calling on pupils to boycott classes during the march."
    ],
    [
        "A 41-year-old man was detained in Vanadzor on Thursday, charged with inciting violence at the rally on social media."
    ],
    [
        "Police in Kaduna arrested an activist on Sunday for posting appeals to block the highway during the demonstration."
    ],
]

# near misses: no intervention read into them (a protest keeps its type, a non-protest gets no protest row)
NEAR_MISSES = [
    (["Police broke up a wedding party in Kano on Saturday for violating a curfew."], []),
    (["Police dispersed a crowd of wedding guests in Herat on Friday."], []),
    (["Hundreds of people marched through Lyon on Saturday, guarded by police officers."], ["Peaceful protest"]),
    (
        ["Residents gathered in Sabzevar on Tuesday and dispersed peacefully after the mayor spoke to them."],
        ["Peaceful protest"],
    ),
    (["Workers marched to the ministry in Ulaanbaatar on Monday and then dispersed."], ["Peaceful protest"]),
    (["Police watched as hundreds of pensioners marched through Tirana on Sunday."], ["Peaceful protest"]),
    (
        ["Soldiers fired into the air at a checkpoint near Gao on Monday; in Bamako, traders protested peacefully."],
        ["Peaceful protest"],
    ),
    (["Residents marched to the police station in Kisii on Monday after police shot a boda boda rider."], None),
    (["Police removed the debris from the road in Jinja on Monday after the storm."], []),
    (["Soldiers cleared the road near Goma on Tuesday after a landslide."], []),
    (["Gunmen fired into the air as they fled the market in Maiduguri on Monday."], []),
    (["Police carried away the body of a man found on the beach in Durres on Saturday."], []),
    (["Police carried away crates of seized drugs from a warehouse in Durres on Monday."], []),
    (["Police removed the cars that were blocking the road in Jinja on Monday."], []),
    (["Troops drove back residents who were fleeing the fighting near Sake on Monday."], None),
    (["Soldiers fired in the air to stop a fight between two families in Gao on Monday."], None),
    (["Hundreds of students marched in Nis on Monday after police beat a student last week."], ["Peaceful protest"]),
    (["Troops pulled out of Bunia on Monday after protesters stormed the base."], ["Violent demonstration"]),
    (["Police arrested 30 people during the protest in Tbilisi on Sunday."], [PWI]),
    (["Police fired tear gas to disperse hundreds of students protesting fee increases in Kampala on Monday."], [PWI]),
    (
        [
            "Youths burned tyres and threw stones at police in Bafang on Monday, and gendarmes cleared the road with tear gas."
        ],
        ["Violent demonstration"],
    ),
]


def test_fire_or_removal_ends_the_protest(extractor):
    got = [(p, _subs(extractor, p)) for p in FIRE_ENDS_PROTEST]
    assert all(s == [PWI] for _, s in got), [x for x in got if x[1] != [PWI]]


def test_removed_at_scene_is_one_intervention(extractor):
    got = [(p, _subs(extractor, p)) for p in REMOVED_AT_SCENE]
    assert all(s == [PWI] for _, s in got), [x for x in got if x[1] != [PWI]]


def test_removal_with_no_protest_word(extractor):
    got = [(p, _subs(extractor, p)) for p in REMOVED_NO_PROTEST_WORD]
    assert all(s == [PWI] for _, s in got), [x for x in got if x[1] != [PWI]]


def test_force_is_actor2_of_the_removal(extractor):
    (row,) = run(extractor, REMOVED_AT_SCENE[5], ref=REF)
    assert (row["actor1"], row["actor2"]) == ("Protesters", "Police Forces of the Netherlands")
    (row,) = run(extractor, REMOVED_AT_SCENE[2], ref=REF)
    assert (row["actor1"], row["actor2"]) == ("Protesters", "Police Forces of Romania")


def test_arrested_at_home_is_its_own_arrest(extractor):
    assert _family_misses(extractor, ARRESTED_AT_HOME) == []
    rows = run(extractor, ARRESTED_AT_HOME[0][0], ref=REF)
    assert [r["actor2"] for r in rows if r["sub_event_type"] == "Arrests"] == ["Protesters"]


def test_arrest_over_a_call_is_an_arrest(extractor):
    got = [(p, _subs(extractor, p)) for p in ARREST_OVER_CALL]
    assert all(s == ["Arrests"] for _, s in got), [x for x in got if x[1] != ["Arrests"]]


@pytest.mark.parametrize("paragraphs,want", NEAR_MISSES)
def test_near_misses_keep_their_type(extractor, paragraphs, want):
    subs = _subs(extractor, paragraphs)
    if want is None:
        assert PWI not in subs, subs
    else:
        assert subs == sorted(want)
