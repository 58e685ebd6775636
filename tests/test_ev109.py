"""(ev109) The side of people arrested whose arrest names its reason ("over Sunday's fight", "on suspicion of setting
fire to the bales", "accusing them of organising the disturbances"): the reason clause points back to a crowd event of
the story (a riot or a protest), whose label the arrested take (convention 1 of eval/events/README.md), in
extract/events/arrest_reason.py. Paraphrase families written for this test (own names, places and wordings), with
near-miss negatives that must keep their side."""

from __future__ import annotations

from datetime import date

import pytest

from .extract_util import run

REF = date(2025, 3, 14)  # a Friday


def _arrest(extractor, paragraphs):
    rows = [r for r in run(extractor, paragraphs, ref=REF) if r["sub_event_type"] == "Arrests"]
    assert rows, run(extractor, paragraphs, ref=REF)
    return rows[-1]


# 1. the reason names the crowd's act by the day it happened ("Sunday's fight", "the brawl of Tuesday")
BY_DAY = [
    (
        [
            "Youths from Mbale and Nakaloke fought with machetes and sticks at a football pitch in Mbale on Sunday.",
            "Police arrested seven men on Tuesday in connection with Sunday's fight, a spokesman said.",
        ],
        "Rioters",
    ),
    (
        [
            "Fans of the two clubs hurled bottles and flares at each other outside the stadium in Durres on Saturday.",
            "Officers detained five supporters on Monday over Saturday's brawl.",
        ],
        "Rioters",
    ),
    (
        [
            "Traders threw stones at council officers and overturned a pick-up in Tamale on Tuesday.",
            "On Thursday, police arrested four men in Tamale over the violence of Tuesday.",
        ],
        "Rioters",
    ),
    (
        [
            "Farmers blocked the ring road outside Arras with tractors on Monday to protest against fuel taxes.",
            "Two farmers were arrested at their homes on Wednesday in connection with Monday's blockade, their union said.",
        ],
        "Protesters",
    ),
    (
        [
            "Villagers from Ndola and Kitwe clashed with sticks and stones over a borehole in Kitwe on Wednesday.",
            "Three men were taken into custody on Thursday for their role in Wednesday's clash, police said.",
        ],
        "Rioters",
    ),
    (
        [
            "Students marched to the rector's office in Cluj on Tuesday to demand lower fees.",
            "Gendarmes detained a student leader on Thursday on suspicion of organising Tuesday's march.",
        ],
        "Protesters",
    ),
    (
        [
            "A crowd pelted the police post at Ruiru with rocks on Sunday night after a man died in a cell.",
            "Detectives arrested six young men on Tuesday in connection with Sunday night's attack on the post.",
        ],
        "Rioters",
    ),
    (
        [
            "Residents burned tyres and stoned cars on the main road through Gabes on Monday.",
            "Police arrested nine people on Wednesday over Monday's unrest, a local radio station reported.",
        ],
        "Rioters",
    ),
]

# 2. the reason tells the crowd's act in words of its own sentence ("having burned the bus" / "set a bus alight")
BY_SHARED_WORD = [
    (
        [
            "A crowd set a minibus alight at the taxi rank in Mutare on Friday after its driver hit a child.",
            "Police arrested three men in Mutare on Sunday suspected of having burned the minibus.",
        ],
        "Rioters",
    ),
    (
        [
            "Angry motorists set fire to bales of straw on the A7 motorway near Valence on Tuesday night.",
            "On Thursday, gendarmes arrested two men on suspicion of setting fire to the straw.",
        ],
        "Rioters",
    ),
    (
        [
            "A crowd of moto-taxi drivers beat two app drivers and smashed their cars at the Mvog-Mbi roundabout in Yaoundé on Monday.",
            "On Wednesday, the police arrested four moto-taxi drivers suspected of beating the app drivers.",
        ],
        "Rioters",
    ),
    (
        [
            "Youths erected barricades of logs and burned tyres on the Lobatse road on Monday.",
            "Five men were arrested in Kanye on Tuesday night in connection with the barricades, police confirmed.",
        ],
        "Rioters",
    ),
    (
        [
            "Villagers stormed the forestry office in Kalaw on Saturday and smashed its windows.",
            "Police later detained eight villagers accused of smashing the office windows.",
        ],
        "Rioters",
    ),
    (
        [
            "A mob beat a suspected thief and torched three houses in Kagadi on Tuesday.",
            "Police arrested nine men in Kagadi on Thursday over the burning of the houses.",
        ],
        "Rioters",
    ),
    (
        [
            "Dozens of nurses staged a sit-in at the gates of the regional hospital in Tetouan on Monday.",
            "Two nurses were detained on Wednesday on charges of obstructing the hospital gates, their union said.",
        ],
        "Protesters",
    ),
    (
        [
            "Hundreds of miners staged a sit-in at the pithead in Zhezkazgan on Monday to demand back pay.",
            "Police detained three miners on Wednesday for leading the sit-in at the pithead.",
        ],
        "Protesters",
    ),
]

# 3. the reason names a crowd's act only by its class ("the disturbances", "public disorder", "looting")
BY_CLASS = [
    (
        [
            "Youths threw stones at police and burned a bank in Oran on Monday night.",
            "Agents detained five young men at their homes on Wednesday, accusing them of organising the disturbances.",
        ],
        "Rioters",
    ),
    (
        [
            "Angry youths looted shops and burned tyres in Huambo on Sunday after a price rise.",
            "Police detained 30 people in Huambo on Monday in searches of several streets, accusing them of looting.",
        ],
        "Rioters",
    ),
    (  # (ev113) no definite phrase, no weekday; read since ev113: six men counted, a crowd act's class in the reason
        [
            "Youths fought with iron bars at a dance hall in Lautem on Saturday night.",
            "Police arrested six men in Lautem on Monday for causing public disorder.",
        ],
        "Rioters",
    ),
    (
        [
            "Workers marched peacefully through Bongor on Monday to demand unpaid wages.",
            "Ten young men were arrested on Tuesday night over the unrest, police said.",
        ],
        "Protesters",
    ),
    (
        [
            "Villagers from two clans fought with spears over grazing land near Marsabit on Tuesday.",
            "Police arrested eight herders on Wednesday over the fighting.",
        ],
        "Rioters",
    ),
    (
        [
            "Youths stoned police vehicles and burned tyres in Ouargla on Sunday.",
            "Eight young men were arrested on Tuesday in raids in the area in connection with the unrest.",
        ],
        "Rioters",
    ),
    (
        [
            "Taxi drivers blocked the bridge into Colón on Monday to protest against new fares.",
            "Police in Colón arrested four drivers on Wednesday for taking part in the blockade.",
        ],
        "Protesters",
    ),
    (
        [
            "Two families fought with knives and clubs in the market of Abeche on Saturday.",
            "On Monday, gendarmes arrested eleven people in Abeche over the brawl at the market.",
        ],
        "Rioters",
    ),
]

# near misses: the reason refers to no crowd event, or the arrest is told with no reason
NEAR_MISSES = [
    (
        [
            "Gunmen ambushed a bus on the road to Garissa on Sunday, killing four passengers.",
            "Police arrested three men on Tuesday in connection with the ambush.",
        ],
        "Civilians",
    ),
    (
        [
            "Youths burned tyres and stoned cars in Kakamega on Monday.",
            "Separately, police arrested two men in Kisii on Tuesday on suspicion of drug trafficking.",
        ],
        "Civilians",
    ),
    (
        [
            "Youths fought with clubs outside a bar in Ebolowa on Monday.",
            "Police arrested a man on Thursday over Wednesday's killing of a shopkeeper in Ebolowa.",
        ],
        "Civilians",
    ),
    pytest.param(
        [
            "Unknown people set fire to the office of a mining company in Ambrolauri overnight on Monday.",
            "On Wednesday, police detained a local activist on suspicion of organising the arson.",
        ],
        "Civilians",
        marks=pytest.mark.xfail(strict=True, reason="wrong on main too: the sentence's own rules give rioters"),
    ),
    (
        [
            "Gunmen raided a village near Kaura on Saturday and killed six farmers.",
            "Soldiers arrested four men on Monday suspected of supplying fuel to the gunmen.",
        ],
        "Civilians",
    ),
    (
        [
            "Teachers marched through Kisumu on Monday to demand their arrears.",
            "Police arrested a pastor in Kisumu on Thursday on charges of fraud.",
        ],
        "Civilians",
    ),
    (
        [
            "Youths threw stones at police in Gulu on Monday.",
            "Police arrested two men in Gulu on Wednesday over the theft of a motorcycle.",
        ],
        "Civilians",
    ),
    (
        [
            "Residents blocked a road in Kasese on Monday over a power cut.",
            "Police arrested a man in Kasese on Thursday in connection with the robbery of a bank.",
        ],
        "Civilians",
    ),
    (
        [
            "Students marched towards the district education office in Butwal on Monday to demand exam fee cuts.",
            "In Dhangadhi, police arrested eight people overnight on suspicion of smashing the regional office of the "
            "governing party, police said.",
        ],
        "Civilians",
    ),
]


@pytest.mark.parametrize("paras,want", BY_DAY + BY_SHARED_WORD + BY_CLASS)
def test_the_reason_clause_gives_the_crowd_label(extractor, paras, want):
    assert _arrest(extractor, paras)["actor2"] == want


@pytest.mark.parametrize("paras,want", NEAR_MISSES)
def test_a_reason_that_names_no_crowd_event_keeps_the_side(extractor, paras, want):
    assert _arrest(extractor, paras)["actor2"] == want


def test_the_force_that_arrests_stays_actor1(extractor):
    row = _arrest(extractor, BY_DAY[0][0])
    assert row["actor1"] is not None and "Police" in row["actor1"]
