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
