"""Round ev104 (issue 10: "no trigger or a filter drops a true event"): property burned, broken into, smashed or carried
off with the object between the verb and its particle or closing words ("set the trucks on fire", "set several huts
ablaze", "broke into the store of a school", "broke the windscreen of a car", "drove away with three pick-ups", "the
fire had been started deliberately"). Sentences written for the tests (varied verb, object, tense, register), none
copied from an evaluation set. Each NEW positive fails on main; the near misses make no row on main and here."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 5, 20)  # a Wednesday


def _subs(extractor, text):
    return [r["sub_event_type"] for r in run(extractor, [text], ref=REF)]


NEW = [
    "On Tuesday night, gunmen stopped two fuel tankers near Kibali and set the vehicles on fire.",
    "Armed herders raided Dogo village on Friday and set several huts ablaze, residents said.",
    "Unknown assailants set a primary school alight in Mabanda overnight, the district officer said.",
    "Attackers set the health centre in Kanyi on fire on Sunday, an aid agency said.",
    "Police said masked men had set three buses alight at a depot in Ruvuma on Monday.",
    "Militia fighters set dozens of homes on fire in Tongo on Wednesday, a church bulletin said.",
    "According to the council, persons unknown set the mayor's car on fire outside his house in Zemba on Thursday night.",
    "Suspected rebels are setting granaries ablaze in villages around Bunia, local officials said on Monday.",
    "Firefighters said the blaze at the disused cinema on Market Street in Carlow was set deliberately early on Sunday.",
    "Armed men broke into a warehouse in Kiboga on Saturday night and carried away 200 bags of maize.",
    "Unknown persons broke into the store of a secondary school at Wete on Monday and burned the exam papers.",
    "On Friday, gunmen entered a mining camp near Tessalit and drove away with three pick-up trucks.",
    "Unidentified people broke the windscreen of the mayor's car in Berat on Monday, police said.",
]


@pytest.mark.parametrize("text", NEW)
def test_property_destroyed_or_taken_with_the_object_inside_the_phrase(extractor, text):
    """An armed, unknown or thieving group burning, breaking into, smashing or driving away with property, the object
    written between the verb and its closing words: one Looting/property destruction row."""
    assert "Looting/property destruction" in _subs(extractor, text)


ALREADY = [
    "On Wednesday night, intruders forced open the door of a pharmacy in Kanel and made off with medicines.",
    "Raiders stormed a food depot in Nyala on Tuesday and carted away sacks of sorghum.",
    "Thieves broke into the parish office in Lundazi overnight on Friday, stealing two computers, the priest said.",
    "Unknown persons smashed the windows of a police car parked in Vlora on Saturday night.",
]


@pytest.mark.parametrize("text", ALREADY)
def test_contiguous_wordings_of_the_family_keep_their_row(extractor, text):
    assert "Looting/property destruction" in _subs(extractor, text)


NEAR_MISSES = [
    "The ruling set the stage for a new trial in Kampala on Friday.",
    "A cooking fire spread to three houses in Kamba on Monday, firefighters said.",
    "A faulty heater started a fire at a school in Ndola overnight, the fire brigade said.",
    "Talks between the two parties broke down in Nairobi on Monday.",
    "The crowd broke into applause in Lusaka on Tuesday when the verdict was read.",
    "Lorries carried away debris from the collapsed market in Jos on Wednesday.",
    "The officers drove away from the scene in Kisumu before the crowd arrived.",
    "A hailstorm broke the windows of the school in Mzuzu on Sunday.",
    "The minister set the fuel price on Tuesday in Lilongwe.",
    "The team set the pitch alight with three goals in Harare on Saturday.",
    "Engineers set up a water point in Gao on Monday.",
    "Traders carried away their goods before the floods reached Beira on Friday.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_make_no_row(extractor, text):
    """ "set the stage", "broke into applause", a hailstorm breaking windows, an accidental fire, traders carrying
    away their own goods: no event."""
    assert _subs(extractor, text) == []


def test_a_break_in_with_an_assault_is_not_typed_looting(extractor):
    """A harm verb after the break-in ("and assaulted them") cancels the break-in frame: the assault types the row."""
    subs = _subs(
        extractor,
        "In Mbale, three men armed with pangas broke into the house of a retired teacher on Sunday night and assaulted him before fleeing with cash, police said.",
    )
    assert "Looting/property destruction" not in subs and "Attack" in subs


def test_a_crowd_setting_a_vehicle_on_fire_stays_a_riot(extractor):
    """The frames name the contiguous "set fire to" trigger, so a crowd's burning is typed as before (a riot)."""
    subs = _subs(
        extractor,
        "Angry protesters blocked the highway at Kapsabet on Monday and set a police pick-up on fire to demand the release of a local councillor.",
    )
    assert "Looting/property destruction" not in subs


MINES = [
    "A herder stepped on an improvised mine near Kidal on Monday and lost a foot, a local NGO said.",
    "On Saturday a 10-year-old girl trod on a buried antipersonnel mine while collecting firewood outside Kaho, her uncle said.",
    "Local sources said a shepherd had stepped on a Soviet-era mine in the hills above Kandahar on Friday.",
    "A woodcutter was killed on Wednesday after stepping on a hidden mine in the forest near Pailin, the demining centre reported.",
    "Officials said a tractor drove over a crude mine planted on a track near Tillaberi on Sunday.",
    "A patrol vehicle ran over a freshly laid mine outside Mopti on Monday night, wounding three gendarmes.",
]


@pytest.mark.parametrize("text", MINES)
def test_a_mine_with_modifiers_stepped_on_or_driven_over(extractor, text):
    """ "stepped / trod on" or "drove / ran over" a mine with any words before the noun ("an improvised
    antipersonnel mine", "a Soviet-era mine"): Remote explosive/landmine/IED."""
    assert "Remote explosive/landmine/IED" in _subs(extractor, text)


MINE_NEAR_MISSES = [
    "Security forces stepped up patrols around the gold mine in Kedougou on Monday.",
    "The convoy drove over to the mine site near Kolwezi on Tuesday to inspect the damage.",
    "Workers stepped on to the platform of the copper mine in Chingola on Friday.",
    "The company ran the mine in Obuasi at a loss last year.",
    "Miners stepped out of the coal mine in Witbank on Monday after their shift.",
    "Trucks drove over the bridge near the mine in Geita on Sunday.",
]


@pytest.mark.parametrize("text", MINE_NEAR_MISSES)
def test_mining_sentences_make_no_row(extractor, text):
    """ "stepped up patrols around the gold mine", "drove over to the mine site", "drove over the bridge near the
    mine": no event."""
    assert _subs(extractor, text) == []


HELD_FOR_CAUSE = [
    "Soldiers held nine young men at a checkpoint outside Pyay on Thursday, accusing them of links to the rebels.",
    "Police in Tamale held 23 people overnight on suspicion of illegal mining, a spokesman said.",
    "Gendarmes held three truck drivers at the Kousseri post on Monday, accusing them of smuggling fuel.",
    "Troops held two fishermen on the beach at Ras Kamboni on Friday on suspicion of helping the militants.",
    "Security agents held a local journalist for questioning in Gulu on Tuesday over a report on land grabs.",
    "Border guards held 40 migrants near Chop on Saturday, accusing them of crossing the frontier illegally.",
    "According to residents, the army held 12 villagers in Kalemie on Sunday on suspicion of collaborating with the militia.",
    "Officers held four students at the campus gate in Mbarara on Wednesday, accusing them of vandalism.",
]


@pytest.mark.parametrize("text", HELD_FOR_CAUSE)
def test_a_force_holding_people_for_a_cause_arrests_them(extractor, text):
    """A force (police, troops, gendarmes, agents, guards) that "held" people, with "accusing them of", "on suspicion
    of" or "for questioning" after them: Arrests."""
    assert "Arrests" in _subs(extractor, text)


HELD_NEAR_MISSES = [
    "Police held a press conference in Tamale on Monday to explain the operation.",
    "Soldiers held positions around Pyay on Thursday, accusing the rebels of shelling the town.",
    "The army held a briefing for elders in Kalemie on Sunday on the return of displaced families.",
    "Troops held a parade in Juba on Friday to mark independence day.",
    "The court in Gulu held on Tuesday that the suspects had been detained unlawfully.",
    "Police held back the crowd in Mbarara on Wednesday, accusing organisers of lacking a permit.",
]


@pytest.mark.parametrize("text", HELD_NEAR_MISSES)
def test_held_without_people_or_a_force_makes_no_row(extractor, text):
    """ "held a press conference / positions / a parade / back the crowd", a court that "held that": no event."""
    assert _subs(extractor, text) == []
