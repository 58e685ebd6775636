"""(ev113) The side of people arrested after a riot or a protest (convention 1 of eval/events/README.md): a counted
group of plain people with no crowd noun ("arrested nine teenagers", "four men aged 19 to 30 were detained", "Twelve
young women were arrested"), active or passive, takes the crowd's label of the story's riot or protest; a reason clause
that names the riot's act by a noun of its own ("over the attacks", "in connection with the burning of the depot")
refers to the nearest act of the story, before or after the arrest (updates told newest first); a setting noun ("the
forest", "the road") in the reason links nothing. Paraphrase families written for this round (own names, places,
numbers and wordings), with near misses that must keep their side."""

from __future__ import annotations

from datetime import date

import pytest

from .extract_util import run

REF = date(2025, 6, 13)  # a Friday


def _arrest(extractor, paragraphs):
    rows = [r for r in run(extractor, paragraphs, ref=REF) if r["sub_event_type"] == "Arrests"]
    assert rows, run(extractor, paragraphs, ref=REF)
    return rows[-1]


RIOT = "A mob set fire to two houses and a car in {place} on Sunday after a rumour that a child had been abducted."
RIOT2 = (
    "Angry residents torched the police post and stoned officers in {place} on Monday after a driver died in custody."
)

# 1. a counted group of plain people, no crowd noun, active voice, after the riot
COUNTED_ACTIVE = [
    [RIOT.format(place="Kibera"), "Police arrested nine teenagers in Kibera on Tuesday, a spokesman said."],
    [RIOT.format(place="Mzimba"), "Officers detained four men aged between 20 and 31 in Mzimba on Monday."],
    [RIOT.format(place="Kasama"), "The gendarmerie arrested 15 villagers in raids in Kasama on Tuesday."],
    [
        RIOT2.format(place="Lira"),
        "Security forces rounded up twelve young people during dawn raids in Lira on Tuesday.",
    ],
    [RIOT2.format(place="Gulu"), "Police in Gulu said they had arrested six local youngsters on Tuesday."],
    [RIOT.format(place="Ndola"), "On Monday police detained eleven boys aged 15 to 17 in Ndola."],
    [RIOT2.format(place="Mbarara"), "Police detained 23 residents in house-to-house searches in Mbarara on Tuesday."],
    [RIOT.format(place="Tororo"), "Police arrested seven young women in Tororo on Tuesday, a district official said."],
]

# 2. the same, passive voice (the sentence names no arresting force as a side)
COUNTED_PASSIVE = [
    [RIOT.format(place="Kitale"), "Nine young men were arrested in Kitale on Tuesday."],
    [RIOT.format(place="Busia"), "Four men aged 19 to 34 were detained in Busia on Monday, police said."],
    [RIOT2.format(place="Soroti"), "Thirteen teenagers have been arrested in Soroti on Tuesday."],
    [RIOT2.format(place="Kabale"), "Six villagers were taken into custody in Kabale on Tuesday."],
    [RIOT.format(place="Meru"), "Five local youths were arrested in Meru on Monday evening."],
    [RIOT.format(place="Mangochi"), "Seven teenage boys were detained in Mangochi on Monday."],
    [RIOT2.format(place="Hoima"), "Eight residents of Hoima were arrested on Tuesday, according to police."],
    [RIOT2.format(place="Masaka"), "Seventeen men were rounded up in Masaka on Tuesday, officials said."],
]

# 3. the reason clause names the riot's act by a noun of its own; (c-h) the riot is told AFTER the arrest
ACT_NOUN = [
    [
        "UPDATE Wednesday: Police arrested four men in Nakuru over the attack on the houses.",
        "Earlier: " + RIOT.format(place="Nakuru"),
    ],
    [
        "Police arrested nine men in Kiambu on Tuesday over the vandalism, a police statement said.",
        RIOT2.format(place="Kiambu"),
    ],
    [
        "Six local men were arrested in Narok on Tuesday over the ransacking of the houses.",
        RIOT.format(place="Narok"),
    ],
    [
        "Police detained four villagers in Isiolo on Tuesday over the stoning, officers said.",
        RIOT2.format(place="Isiolo"),
    ],
    [
        "Police in Nyeri said on Wednesday they had arrested six men over the arson attack.",
        RIOT.format(place="Nyeri"),
    ],
    [
        "Latest: two young men were arrested in Kericho on Tuesday in connection with the incident.",
        RIOT.format(place="Kericho"),
    ],
    [
        "Police arrested eight villagers in Kitui on Tuesday over the torching of the houses.",
        RIOT.format(place="Kitui"),
    ],
    [
        "Police on Tuesday detained seven people in Lamu over the destruction of the police post.",
        RIOT2.format(place="Lamu"),
    ],
]

POSITIVES = [*COUNTED_ACTIVE, *COUNTED_PASSIVE, *ACT_NOUN]

# variants main already gets right (the old counted phrase, a riot word before the arrest): they must stay right
KEPT = [
    [RIOT.format(place="Embu"), "In Embu, 21 people were detained on Monday, the county commander said."],
    [RIOT.format(place="Kisii"), "Police arrested three men in Kisii on Tuesday over the attack on the houses."],
    [RIOT2.format(place="Jinja"), "Police detained five men in Jinja on Wednesday in connection with the attacks."],
    [
        "Officers detained five suspects in Kakamega on Tuesday in connection with the burning of the police post.",
        "On Monday, " + RIOT2.format(place="Kakamega")[0].lower() + RIOT2.format(place="Kakamega")[1:],
    ],
]

# near misses: the arrested keep the side the rules give them now
NEGATIVES = [
    # a setting noun ("the forest") in the reason links nothing to a crowd whose sentence holds it
    (
        [
            "Villagers in Tafira beat a man to death on Monday, accusing him of starting a fire in the forest.",
            "In Bouira, gendarmes arrested two men on Wednesday on suspicion of setting fires in the forest of Errich.",
        ],
        "Civilians",
    ),
    (
        [
            "Residents in Kamwenge lynched a suspected thief on the road to the market on Sunday.",
            "Police arrested three men on Tuesday on suspicion of smuggling timber along the road to Fort Portal.",
        ],
        "Civilians",
    ),
    # suspects in a murder with no crowd in the story
    (["Police arrested five men in Nanyuki on Tuesday over the killing of a shopkeeper last week."], "Civilians"),
    (["Four men were arrested in Voi on Monday over the murder of a teacher, police said."], "Civilians"),
    # an armed attack, not a riot, is the act
    (
        [
            "Gunmen attacked a bus near Mandera on Sunday, killing six passengers.",
            "Police arrested five men in Mandera on Tuesday in connection with the attack.",
        ],
        "Civilians",
    ),
    (
        [
            "Police arrested four men in Garissa on Wednesday over the attack on the camp.",
            "Gunmen attacked a camp for the displaced near Garissa on Monday, killing three people.",
        ],
        "Civilians",
    ),
    # a journalist arrested after a riot
    (
        [
            RIOT.format(place="Malindi"),
            "Police arrested a journalist in Malindi on Tuesday over his reports on the attack.",
        ],
        "Civilians",
    ),
    # a counted group with an act of its own after a riot ("smuggling", "who were carrying")
    (
        [RIOT.format(place="Kwale"), "Police arrested five men smuggling charcoal near Kwale on Tuesday."],
        "Civilians",
    ),
    (
        [RIOT2.format(place="Bungoma"), "Officers detained two men in Bungoma who were carrying a pistol on Tuesday."],
        "Civilians",
    ),
    # a counted group with no link next to a peaceful protest (not the protest's people without a link)
    (
        [
            "Hundreds of nurses marched peacefully through Eldoret on Monday to demand unpaid wages.",
            "In a separate operation, police detained three young men in Eldoret on Monday night.",
        ],
        "Civilians",
    ),
    # a counted group arrested for a charge of its own, no crowd
    (["Police arrested nine men in Kilifi on Tuesday on suspicion of drug trafficking."], "Civilians"),
]


def _side(extractor, paras):
    return _arrest(extractor, paras)["actor2"]


@pytest.mark.parametrize("paras", POSITIVES)
def test_arrested_after_riot_are_rioters(extractor, paras):
    assert _side(extractor, paras) == "Rioters"


@pytest.mark.parametrize("paras", KEPT)
def test_already_right_stay_rioters(extractor, paras):
    assert _side(extractor, paras) == "Rioters"


@pytest.mark.parametrize("paras,side", NEGATIVES)
def test_near_misses_keep_their_side(extractor, paras, side):
    assert _side(extractor, paras) == side


# 4. (INTERVENTION_LINE) the crowd's own "dispersed" with a crowd noun or "then ... quietly" is no intervention
OWN_DISPERSAL = [
    "About 150 teachers gathered outside the education office in Kayes on Monday, demanding unpaid salaries. "
    "The gathering dispersed at noon.",
    "Around 80 students staged a sit-in at the ministry in Niamey on Thursday; the protesters dispersed after two hours.",
    "Dozens of drivers protested at the depot in Kumasi on Friday, demanding fuel subsidies, then dispersed quietly.",
    "Hundreds of women gathered at the square in Herat on Sunday to demand jobs. The crowd dispersed by midday.",
    "Some 40 pensioners picketed the social security office in Bitola on Monday. The picket dispersed after an hour.",
    "Hundreds of mourners gathered at the cemetery gate in Kirkuk on Friday to demand an inquiry; the mourners "
    "dispersed in the evening.",
    "Around 500 miners rallied outside the company headquarters in Kitwe on Tuesday, and the rally dispersed at about "
    "3 pm.",
    "About 200 nurses staged a sit-in at the health ministry in Lome on Monday; the crowd dispersed around noon.",
]

# a force that disperses the crowd, or acts on it before it disperses: an intervention still
FORCE_DISPERSAL = [
    "Police dispersed about 200 teachers who had gathered outside the education office in Kayes on Monday.",
    "Hundreds of farmers blocked the road into Valjevo on Tuesday until police dispersed them with tear gas.",
    "Police fired tear gas at about 300 protesters in Kayes on Monday. The crowd dispersed shortly afterwards.",
    "About 300 protesters marched in Kayes on Monday. The protesters were dispersed by police with batons.",
    "Riot police charged the marchers in Sfax on Wednesday and the crowd dispersed.",
    "Hundreds of students rallied in Niamey on Thursday. Security forces arrived and the demonstrators dispersed.",
]


def _protest_types(extractor, line):
    return [r["sub_event_type"] for r in run(extractor, [line], ref=REF) if r["event_type"] == "Protests"]


@pytest.mark.parametrize("line", OWN_DISPERSAL)
def test_crowd_own_dispersal_is_peaceful(extractor, line):
    assert _protest_types(extractor, line) == ["Peaceful protest"]


@pytest.mark.parametrize("line", FORCE_DISPERSAL)
def test_force_dispersal_stays_an_intervention(extractor, line):
    assert "Protest with intervention" in _protest_types(extractor, line)


# 5. (INTERVENTION_LINE) a force that carries or drags away people who had sat down / glued or locked themselves to
# a road, gate or quay intervenes in their sit-down protest (convention 7), which no other word of the sentence names
CARRIED_AWAY = [
    "Police carried away some 70 activists who had sat down on the road to block the convoy near Gorleben on Monday.",
    "Police dragged away dozens of climate activists who had glued themselves to the road in Leipzig on Friday.",
    "Riot police on Thursday hauled away about 25 villagers who had sat down across the route of the trucks near Sines.",
    "Police removed about 30 residents who had sat down on the access road to the landfill in Tirana on Friday.",
    "Police pulled away some 20 fishermen who were sitting on the quay to stop the ferry in Bastia on Saturday.",
    "Troops dragged away dozens of women who had locked themselves to the railings of the parliament in Harare on "
    "Monday.",
]

# already right on main, and near misses with no protest (a body, the injured)
CARRIED_KEPT = [
    ("Riot police dragged away about 50 workers who had sat down at the factory gate in Bursa on Tuesday.", True),
    ("Police hauled away dozens of students who had sat down on the bridge in Novi Sad on Monday.", True),
    ("Police carried away the body of a man who was lying on the road near Ohrid on Monday.", False),
    (
        "Rescuers carried away three people who were lying injured on the road after the crash near Braga on Tuesday.",
        False,
    ),
]


@pytest.mark.parametrize("line", CARRIED_AWAY)
def test_carried_away_sit_down_is_an_intervention(extractor, line):
    assert _protest_types(extractor, line) == ["Protest with intervention"]


@pytest.mark.parametrize("line,pwi", CARRIED_KEPT)
def test_carried_away_near_misses(extractor, line, pwi):
    assert ("Protest with intervention" in _protest_types(extractor, line)) is pwi
