"""(ev103) Plans, the course of an event already told, a relative's counter-account, and "X came after <event>"
(issue 10, the "background ... or claim sentence", "restatement" and "a second event inside 'X came after'" kinds of
the blind32-36 error tables). Each family holds sentences written for this test in several registers (wire, local
paper, union or NGO bulletin, police release), after a lead that reports the event; near misses that tell an event of
their own keep it. Reference day: Monday 2026-03-30."""

from __future__ import annotations

from datetime import date

import pytest

from .extract_util import run

REF = date(2026, 3, 30)

MARCH = "Hundreds of nurses marched to the health ministry in Lilongwe on Tuesday to demand unpaid allowances."
BLOCKADE = "About 300 miners blocked the gate of the Kansanshi mine in Solwezi on Monday to demand back pay."
CUSTODY = "Police in Kindia said a 27-year-old mechanic died in custody on Friday, a day after his arrest at a roadside garage."
SHELLS = "Artillery shells fired from across the border hit houses in Torkham on Tuesday, killing two children, officials said."
KILLING = "Gunmen killed a farmer and his son in their field near Gombe on Thursday, police said."
RALLY = "Hundreds of residents marched to the governor's office in Bunia on Saturday to demand better security."


def _subs(extractor, paragraphs) -> list[str]:
    return [r["sub_event_type"] for r in run(extractor, paragraphs, ref=REF)]


# a present or present-perfect verb of planning governs the protest noun: the protest is to come
PLANS = [
    [MARCH, "The nurses' union plans a nationwide strike on Friday."],
    [MARCH, "The opposition plans another rally in Zomba on Saturday."],
    [MARCH, "The union has called a general strike of health workers for April 14."],
    [MARCH, "Student leaders have announced a march on parliament for Thursday."],
    [MARCH, "The council is organising a vigil in Blantyre on Sunday."],
    [BLOCKADE, "Miners' representatives have called a sit-in at the provincial office for 12 April."],
    [BLOCKADE, "The drivers' association proposes a boycott of the border post from next Monday."],
    [BLOCKADE, "The workers are planning a further blockade on Friday, their leader said."],
    [BLOCKADE, "Residents intend to hold a demonstration in Solwezi on Wednesday."],
    [MARCH, "The association has scheduled a demonstration in Mzuzu for 20 April."],
]
PLANS_HELD = [
    [MARCH, "The opposition held another rally in Zomba on Saturday."],
    [BLOCKADE, "On Thursday, miners' representatives staged a sit-in at the provincial office in Solwezi."],
    [MARCH, "The council organised a vigil in Blantyre on Sunday."],
    [BLOCKADE, "The workers staged a further blockade on Friday, their leader said."],
    [MARCH, "Teachers joined a protest in Zomba on Thursday."],
    [MARCH, "The union held another march in Blantyre on Wednesday."],
    [MARCH, "On Friday, nurses staged a sit-in outside parliament in Lilongwe."],
    [MARCH, "Police broke up a rally the opposition had called in Zomba on Saturday."],
]

# a definite protest noun whose verb tells how the protest told before went or ended
COURSE = [
    [MARCH, "The march ended on Wednesday morning after the minister promised to pay."],
    [BLOCKADE, "The sit-in continued until Wednesday evening, when the miners went home."],
    [MARCH, "The protest ended peacefully on Thursday after officials met the nurses."],
    [BLOCKADE, "The strike was called off on Friday after a deal on back pay."],
    [MARCH, "The demonstration took place without incident and the ministry reopened this morning."],
    [BLOCKADE, "The protest lasted two days and ended on Wednesday."],
    [MARCH, "The march ended peacefully on Tuesday evening after the minister met a delegation."],
    [MARCH, "The protest passed off without incident."],
]
COURSE_NEW = [
    [MARCH, "On Wednesday, police fired tear gas at nurses marching in Blantyre."],
    [BLOCKADE, "On Thursday, miners at Kalumbila mine also staged a sit-in at the company offices."],
    [MARCH, "On Thursday, doctors marched to the same ministry in Lilongwe."],
    [MARCH, "The next day, police fired tear gas at nurses marching in Blantyre."],
]

# a relative's present-tense account of what befell the victim told before
KIN_CLAIMS = [
    [CUSTODY, "The police said he collapsed in his cell on Friday; his family says he had been beaten."],
    [CUSTODY, "His relatives say he was beaten after his arrest on Thursday, a claim the police deny."],
    [CUSTODY, "The mechanic's father says officers beat him at the station on Thursday night."],
    [CUSTODY, "His widow claims he was tortured in custody on Thursday."],
    [CUSTODY, "Relatives allege that he was beaten with rifle butts after he was arrested on Thursday."],
    [CUSTODY, "His family says he was beaten by officers while in detention."],
    [CUSTODY, "Relatives claim that he had been tortured in his cell."],
    [CUSTODY, "The family of the dead man insists he was assaulted by guards on Thursday."],
]
KIN_NEW = [
    ["The family of a primary school teacher say he was taken from his home in Kindia by armed men on Friday."],
    [CUSTODY, "On Saturday, a crowd of relatives stoned the police station in Kindia and set a patrol car on fire."],
    [CUSTODY, "His brother said police arrested two of the mechanic's cousins in Kindia on Sunday."],
]


@pytest.mark.parametrize("paragraphs", PLANS + COURSE + KIN_CLAIMS)
def test_the_family_adds_no_row_to_the_lead(extractor, paragraphs):
    assert len(_subs(extractor, paragraphs)) == 1, _subs(extractor, paragraphs)


@pytest.mark.parametrize("paragraphs", PLANS_HELD + COURSE_NEW + KIN_NEW[1:])
def test_near_misses_keep_their_own_event(extractor, paragraphs):
    assert len(_subs(extractor, paragraphs)) == 2, _subs(extractor, paragraphs)


def test_a_first_report_by_a_victims_family_stays(extractor):
    assert _subs(extractor, KIN_NEW[0]) == ["Abduction/forced disappearance"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        [MARCH, "The opposition plans another rally in Zomba on Saturday."],
        [MARCH, "The union has called a general strike of health workers for April 14."],
        [MARCH, "The council is organising a vigil in Blantyre on Sunday."],
        [BLOCKADE, "Miners' representatives have called a sit-in at the provincial office for 12 April."],
        [MARCH, "The association has scheduled a demonstration in Mzuzu for 20 April."],
        [MARCH, "The protest ended peacefully on Thursday after officials met the nurses."],
        [MARCH, "The demonstration took place without incident and the ministry reopened this morning."],
        [BLOCKADE, "The protest lasted two days and ended on Wednesday."],
        [CUSTODY, "His relatives say he was beaten after his arrest on Thursday, a claim the police deny."],
        [CUSTODY, "His widow claims he was tortured in custody on Thursday."],
        [CUSTODY, "Relatives allege that he was beaten with rifle butts after he was arrested on Thursday."],
    ],
)
def test_rows_main_made_of_the_family(extractor, paragraphs):
    """The family's members that made a second row before ev103."""
    assert len(_subs(extractor, paragraphs)) == 1, _subs(extractor, paragraphs)


# "<the event told before> came (hours / a day) after <clause>": the clause's own event, typed by its own verb
CAME_AFTER = [
    (
        SHELLS,
        "The shelling came after border guards of the two countries exchanged fire near the crossing on Monday night.",
        "Armed clash",
    ),
    (RALLY, "The protest came after gunmen shot dead a trader in Mongbwalu on Friday.", "Attack"),
    (
        KILLING,
        "The killing came a day after bandits abducted six travellers on the road to Bauchi on Wednesday.",
        "Abduction/forced disappearance",
    ),
    (RALLY, "The march came two days after militiamen attacked a displacement camp near Djugu on Thursday.", "Attack"),
    (
        KILLING,
        "The attack came shortly after soldiers clashed with herders near Kumo on Thursday morning.",
        "Armed clash",
    ),
    (
        SHELLS,
        "The bombardment came a day after troops and militants exchanged gunfire at Landi Kotal on Monday.",
        "Armed clash",
    ),
    (
        RALLY,
        "The rally came hours after soldiers shot dead two traders at a checkpoint in Komanda on Saturday.",
        "Attack",
    ),
    (KILLING, "The shooting came days after police arrested nine suspected bandits in Kumo on Monday.", "Arrests"),
]


@pytest.mark.parametrize(("lead", "line", "sub"), CAME_AFTER)
def test_came_after_types_the_clause_by_its_own_verb(extractor, lead, line, sub):
    rows = run(extractor, [lead, line], ref=REF)
    assert len(rows) == 2, rows
    assert sub in [r["sub_event_type"] for r in rows], rows


@pytest.mark.parametrize(
    "line",
    [
        "The killing came as the state governor visited Gombe.",
        "The killing came after weeks of insecurity in the state.",
        "The attack came a day after the governor rejected the herders' demands.",
    ],
)
def test_came_after_with_no_event_of_its_own_adds_nothing(extractor, line):
    assert len(run(extractor, [KILLING, line], ref=REF)) == 1


KILLED_TRADERS = "Gunmen shot dead three traders at the cattle market in Maradi on Saturday, police said."
DEPOT = "An air strike hit a fuel depot outside Kadugli on Monday, killing three workers."
CLASH = "Soldiers and fighters of the armed group clashed near the village of Kigoma on Sunday, killing four fighters."

# "<the event told before> sparked / drew / forced / displaced ...": a consequence of it, not a new event
CONSEQUENCES = [
    [KILLED_TRADERS, "The killings sparked anger in Maradi, where shops stayed shut on Monday."],
    [KILLED_TRADERS, "The attack drew condemnation from the governor of Maradi on Sunday."],
    [DEPOT, "The strike caused fuel shortages in Kadugli that lasted into Wednesday."],
    [MARCH, "The march prompted the ministry to close its offices in Lilongwe on Wednesday."],
    [CLASH, "The fighting forced some 2,000 villagers to flee towards Kasulu on Monday."],
    [KILLED_TRADERS, "The shooting triggered panic among traders in nearby Tessaoua."],
    [DEPOT, "The bombing provoked outrage in Khartoum on Tuesday."],
    [CLASH, "The clash displaced hundreds of families to camps near Kasulu."],
]


@pytest.mark.parametrize(
    "paragraphs", [p for i, p in enumerate(CONSEQUENCES) if i not in (2, 3)]
)  # the two main already folded
def test_a_consequence_of_the_event_told_before_adds_no_row(extractor, paragraphs):
    assert len(_subs(extractor, paragraphs)) == 1, _subs(extractor, paragraphs)


@pytest.mark.parametrize(
    "paragraphs",
    [
        [KILLED_TRADERS, "The killings sparked riots in Maradi on Sunday, when youths burned the police station."],
        [CLASH, "On Monday, the fighting spread to Kasulu, where rebels attacked an army post."],
        [DEPOT, "On Tuesday, a second strike hit a market in Dilling and caused panic among traders."],
    ],
)
def test_a_consequence_that_is_an_event_of_its_own_stays(extractor, paragraphs):
    assert len(_subs(extractor, paragraphs)) == 2, _subs(extractor, paragraphs)


# a present perfect running "since" a past point, with no day in the sentence: a running total
RUNNING = [
    [
        DEPOT,
        "A local monitoring group says more than 200 air strikes have hit the Kadugli and Dilling areas since the coup of April 2023.",
    ],
    [
        KILLED_TRADERS,
        "Bandits have attacked villages in the Maradi and Tessaoua areas more than 80 times since the mutiny of July 2023.",
    ],
    [
        DEPOT,
        "The army has carried out dozens of air strikes on Dilling and Habila since the offensive of March 2025, the monitor says.",
    ],
    [
        DEPOT,
        "Rights monitors say over 150 drone strikes have hit towns in the Kadugli and Talodi districts since the fighting of 2024.",
    ],
    [
        KILLED_TRADERS,
        "According to a local NGO, gunmen have killed over 400 civilians in Maradi and Dakoro since the elections of 2023.",
    ],
    [MARCH, "Nurses have marched in Lilongwe and Blantyre dozens of times since the pay freeze of 2024."],
    [DEPOT, "Shelling has struck homes in Kadugli and Dilling almost daily since the truce collapsed in 2025."],
    [
        KILLED_TRADERS,
        "Armed groups have abducted hundreds of people in Maradi and Zinder regions since the border closure of 2023.",
    ],
]


@pytest.mark.parametrize("paragraphs", RUNNING[:3])  # the three main made a row of
def test_a_running_total_since_a_past_point_adds_no_row(extractor, paragraphs):
    assert len(_subs(extractor, paragraphs)) == 1, _subs(extractor, paragraphs)


@pytest.mark.parametrize("paragraphs", RUNNING[3:])
def test_the_rest_of_the_running_family_stays_without_a_row(extractor, paragraphs):
    assert len(_subs(extractor, paragraphs)) == 1, _subs(extractor, paragraphs)


@pytest.mark.parametrize(
    ("paragraphs", "n"),
    [
        ([DEPOT, "Since Sunday, drones have struck Dilling, killing four people, residents said."], 2),
        (
            [
                KILLED_TRADERS,
                "Gunmen killed two farmers in Dakoro on Sunday, the worst attack there since the elections of 2023.",
            ],
            2,
        ),
        ([MARCH, "On Friday, nurses marched in Blantyre, the largest protest since the pay freeze of 2024."], 2),
    ],
)
def test_a_day_in_the_sentence_keeps_the_event(extractor, paragraphs, n):
    assert len(_subs(extractor, paragraphs)) == n, _subs(extractor, paragraphs)
