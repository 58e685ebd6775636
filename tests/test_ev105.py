"""(ev105) The side of people arrested whom the arrest's own sentence makes members of a crowd the story reports
(convention 1 of eval/events/README.md): a partitive of the crowd's noun ("arrested nine of the youths") and a relative
or accusing clause that gives them the crowd's act ("students who had led the march"), in
extract/events/crowd_members.py. Paraphrase families written for this test (own names, places and wordings), with
near-miss negatives that must keep their side."""

from __future__ import annotations

from datetime import date

import pytest

from .extract_util import run

REF = date(2025, 3, 14)


def _arrest_side(extractor, paragraphs):
    rows = [r for r in run(extractor, paragraphs, ref=REF) if r["sub_event_type"] == "Arrests"]
    assert rows, run(extractor, paragraphs, ref=REF)
    return rows[-1]["actor2"]


PARTITIVE = [
    (
        [
            "Youths burned tyres and threw stones at shops in Kisumu on Monday.",
            "Police arrested nine of the youths on Tuesday.",
        ],
        "Rioters",
    ),
    (
        [
            "Hundreds of teachers marched to the education ministry in Lusaka on Wednesday to demand unpaid allowances.",
            "Two days later, officers detained six of the teachers at their homes in Chilenje.",
        ],
        "Protesters",
    ),
    (
        [
            "Angry traders pelted municipal officers with stones and set a kiosk alight in Kumasi on Friday.",
            "Twelve of the traders were arrested the following day, police said.",
        ],
        "Rioters",
    ),
    (
        [
            "Supporters of the two clubs fought with bottles and iron bars outside the stadium in Tirana on Sunday night.",
            "Police rounded up fourteen of the supporters on Monday morning.",
        ],
        "Rioters",
    ),
    (
        [
            "Nurses staged a sit-in outside the regional hospital in Gulu on Thursday over unpaid salaries.",
            "On Saturday police detained three of the nurses at their homes, a union official said.",
        ],
        "Protesters",
    ),
    (
        [
            "Residents of Kibera barricaded a road and burned tyres on Saturday after a power cut.",
            "Officers arrested some of the residents on Sunday, the county police commander said.",
        ],
        "Rioters",
    ),
    (
        [
            "Farmers blocked the highway near Rzeszow with tractors on Tuesday in a protest against grain imports.",
            "Police detained four of those farmers at their farms on Thursday.",
        ],
        "Protesters",
    ),
    (
        [
            "Dozens of miners marched through Potosi on Monday, demanding the release of a colleague.",
            "Eleven of the miners were detained by police at their homes on Wednesday night, local radio reported.",
        ],
        "Protesters",
    ),
]

PARTITIVE_NEG = [  # the partitive names no crowd of the story: the arrest keeps its side
    (
        [
            "Youths burned tyres in Kisumu on Monday.",
            "Separately, police in Nakuru arrested two of the brothers of a murdered businessman on Wednesday.",
        ],
        "Civilians",
    ),
    (
        [
            "Teachers marched in Lusaka on Wednesday.",
            "Police arrested three of the gunmen who had attacked a bank in Ndola on Tuesday.",
        ],
        "Unidentified Armed Group (Zambia)",
    ),
    (["Police arrested three men in connection with the robbery of a bank in Kumasi on Monday."], "Civilians"),
    (["Police arrested seven people in Kumasi on Monday on suspicion of drug trafficking."], "Civilians"),
    (
        [
            "Gunmen stormed a village near Gusau on Monday, killing four farmers.",
            "Police later arrested two of the gunmen.",
        ],
        "Unidentified Armed Group (Nigeria)",
    ),
    (
        [
            "Traders held a peaceful march in Accra on Monday.",
            "In Tamale, police arrested five of the smugglers caught with fuel on Tuesday.",
        ],
        "Civilians",
    ),
    (
        [
            "Residents protested in Blantyre on Friday over water cuts.",
            "Police arrested two of the robbers who had raided a filling station in Zomba on Thursday.",
        ],
        "Unidentified Armed Group (Malawi)",
    ),
    (["Police arrested two men in Kitwe on Sunday over a series of burglaries."], "Civilians"),
]

RELATIVE = [
    (["Police in Windhoek arrested five students who had led the march to the ministry on Thursday."], "Protesters"),
    (
        [
            "Four men suspected of having organised the blockade of the border crossing near Medyka were detained on Friday."
        ],
        "Protesters",
    ),
    (
        [
            "Police in Eldoret arrested three young men on Sunday who had taken part in the disturbances at the bus park."
        ],
        "Rioters",
    ),
    (
        [
            "Traders protested outside the town hall in Mzuzu on Monday.",
            "Two days later, police detained two vendors who had organised the protest.",
        ],
        "Protesters",
    ),
    (
        [
            "Officers arrested eight men in Soweto on Wednesday accused of having led the disturbances over evictions at a hostel."
        ],
        "Rioters",
    ),
    (
        [
            "Dockworkers walked off the job and rallied at the port gate in Tema on Monday.",
            "Police arrested the union secretary on Wednesday, who had called the rally.",
        ],
        "Protesters",
    ),
    (
        [
            "Gendarmes detained the two organisers of a banned rally in Niamey on Sunday, who had called the gathering on social media."
        ],
        "Protesters",
    ),
    (
        [
            "Six students who had staged the sit-in at the university in Zomba were arrested on Friday, their union said."
        ],
        "Protesters",
    ),
]

RELATIVE_NEG = [  # the clause names no crowd act, or the arrested only watched it
    (["Police arrested two journalists in Bamako on Sunday who were covering the protest."], "Civilians"),
    (
        ["Police arrested three men in Kano on Monday suspected of having carried out the attack on a bank."],
        "Civilians",
    ),
    (["Police arrested two men in Gao who had sold fuel to the armed group."], "Civilians"),
    (["Police arrested four men in Mombasa on Tuesday accused of having stolen cattle."], "Civilians"),
    (["Police arrested a man in Lilongwe on Friday who had threatened his neighbour with a knife."], "Civilians"),
    (["Police arrested five people in Kumasi on Monday who had bought stolen phones."], "Civilians"),
    (["Soldiers detained three men near Beni on Wednesday suspected of having attacked an army post."], "Civilians"),
    (["Police arrested a trader in Tamale on Monday who had hoarded fuel."], "Civilians"),
]


@pytest.mark.parametrize("paras,want", PARTITIVE + RELATIVE)
def test_the_arrested_crowd_members_take_the_crowd_label(extractor, paras, want):
    assert _arrest_side(extractor, paras) == want


@pytest.mark.parametrize("paras,want", PARTITIVE_NEG + RELATIVE_NEG)
def test_near_misses_keep_their_side(extractor, paras, want):
    assert _arrest_side(extractor, paras) == want


RELATIVE_WATCHERS = [  # (ev105) who filmed, photographed or criticised the crowd's act: no member of the crowd
    (
        [
            "Teachers protested outside the governor's office in Erbil on Monday.",
            "Police arrested a blogger at his home on Wednesday who had filmed the protest.",
        ],
        "Civilians",
    ),
    (
        [
            "Farmers rallied in Lublin on Tuesday.",
            "Police detained a photographer on Thursday who had photographed the rally for a local paper.",
        ],
        "Civilians",
    ),
    (
        [
            "Students marched in Zomba on Monday.",
            "On Wednesday police arrested a lecturer who had criticised the march's organisers online.",
        ],
        "Civilians",
    ),
]


@pytest.mark.parametrize("paras,want", RELATIVE_WATCHERS)
def test_who_watched_the_crowd_is_no_member(extractor, paras, want):
    assert _arrest_side(extractor, paras) == want


# (ev105) a force that only arrives, takes the victim away, finds the body or confirms a death is no side of a mob's
# violence (crowd_roles._only_bystander, `state_force_bystander_after_patterns`)
BYSTANDER_FORCE = [
    "In Kitwe, a crowd beat a man accused of stealing a phone on Sunday before police arrived and took him to hospital.",
    "A crowd beat a motorcycle taxi rider to death in Jinja on Saturday before police could arrive, a councillor said.",
    "In Mbale, a crowd attacked a man they accused of kidnapping a child on Friday before police reached the scene.",
    "A crowd beat two suspected cattle thieves in Moroto on Tuesday before the police arrived and rushed them to hospital.",
    "A crowd beat a man accused of stealing a goat to death in Mzuzu on Wednesday; police later recovered the body.",
]

FORCE_A_SIDE = [  # the force is the crowd's target, or uses force on it: it stays the side
    "A crowd attacked a police post in Kasese on Friday after officers arrived to arrest a suspect.",
    "Residents beat two police officers in Moroto on Tuesday before other officers came to their rescue.",
    "A crowd attacked two police officers in Kabwe on Sunday before reinforcements arrived.",
    "A crowd pelted police with stones in Nakuru on Friday before officers arrived and fired in the air.",
    "Youths threw stones at shops in Kisumu on Monday before police arrived and fired tear gas to disperse them.",
    "Rioters set fire to tyres in Lira on Thursday before police arrived and arrested six of them.",
    "Demonstrators burned a car in Gulu on Wednesday before police dispersed them with tear gas.",
]


@pytest.mark.parametrize("line", BYSTANDER_FORCE)
def test_a_force_that_only_arrives_is_no_side_of_a_mob(extractor, line):
    row = run(extractor, [line], ref=REF)[0]
    assert (row["sub_event_type"], row["actor2"]) == ("Mob violence", "Civilians")


@pytest.mark.parametrize("line", FORCE_A_SIDE)
def test_a_force_the_crowd_attacks_or_that_intervenes_stays_its_side(extractor, line):
    row = run(extractor, [line], ref=REF)[0]
    assert row["actor2"] is not None and row["actor2"].startswith("Police Forces")


# (ev105) a force after the trigger that only describes, investigates, blames or finds the body is no side
# (roles._role_items, `reporter_after_patterns`)
REPORTER_FORCE = [
    "A man was stabbed to death in Gulu on Friday night in what police described as a robbery.",
    "A shop was set alight by unknown people in Lira on Monday, and police are treating the fire as arson.",
    "A teacher was shot dead in Bamenda on Friday in an attack police blamed on separatists.",
    "Two men were hacked to death in Kisii on Tuesday in what police termed a land dispute.",
    "A pharmacist was shot dead in Enugu on Thursday evening in what the police labelled a robbery gone wrong.",
    "A school was set on fire in Garissa overnight, and police are investigating the blaze as arson.",
    "A councillor was shot dead outside his home in Kisumu on Sunday in what detectives believe was a contract killing.",
]

REPORTER_NEG = [  # the force is the target: a participle or relative clause of its own keeps it
    ("Gunmen ambushed police investigating a robbery near Kano on Monday, killing two officers.", "Police Forces"),
    ("Bandits opened fire on soldiers searching for a missing herder near Zamfara on Friday.", "Military Forces"),
    ("Rioters stoned police officers in Kisumu on Monday, and police described the violence as criminal.", "Police"),
    ("A mob attacked police in Lira on Thursday; officers later described the crowd as hostile.", "Police Forces"),
    ("Militants attacked an army post near Gao on Sunday, the army said, describing them as terrorists.", "Military"),
    ("Unknown assailants shot dead a soldier in Bamenda on Friday.", "Military Forces"),
]


@pytest.mark.parametrize("line", REPORTER_FORCE)
def test_a_force_that_describes_or_investigates_is_no_side(extractor, line):
    row = run(extractor, [line], ref=REF)[0]
    assert row["actor2"] == "Civilians", row
    assert row["sub_event_type"] != "Armed clash"


@pytest.mark.parametrize("line,want", REPORTER_NEG)
def test_a_force_that_is_the_target_stays_its_side(extractor, line, want):
    row = run(extractor, [line], ref=REF)[0]
    assert row["actor2"] is not None and row["actor2"].startswith(want), row


# (ev105) "persons unknown" (the adjective after its noun) is the unidentified armed group, and the commercial
# premises it loots or burns (a pharmacy, a supermarket, a rental agency, a chapel) are civilians' property
UNKNOWN_PERSONS = [
    "Persons unknown looted a pharmacy in Bukavu on Thursday.",
    "A supermarket in Kitwe was broken into and looted by persons unknown overnight.",
    "Persons unknown broke into a warehouse in Kasese on Monday and stole cement.",
    "Persons unknown burned down a restaurant in Mzuzu early on Sunday.",
]

UNKNOWN_PERSONS_NEG = [  # a force's property stays the force's; public property has no owner (convention 4)
    ("Unknown persons torched a police post in Kasese on Monday.", "Police Forces of Uganda"),
    ("Persons unknown set fire to the district commissioner's office in Mbale on Friday.", None),
]


@pytest.mark.parametrize("line", UNKNOWN_PERSONS)
def test_persons_unknown_are_the_unidentified_group_and_premises_civilians(extractor, line):
    row = run(extractor, [line], ref=REF)[0]
    assert row["actor1"].startswith("Unidentified Armed Group") and row["actor2"] == "Civilians", row


@pytest.mark.parametrize("line,want", UNKNOWN_PERSONS_NEG)
def test_a_force_or_public_property_keeps_its_owner(extractor, line, want):
    assert run(extractor, [line], ref=REF)[0]["actor2"] == want
