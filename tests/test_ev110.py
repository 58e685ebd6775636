"""Round ev110 (issue 10, twenty-eighth session): relative dates resolved against the nearest preceding explicit date
of their entry, paragraph or story thread, not blindly against the reference date. Constructions: a night phrase
("during the night", "that night", "in the night") after a dated lead; a log, bulletin or update entry headed by a
date ("THU 10/03 13:05 —", "Wednesday 11 March:") whose "this morning" / "this evening" / "earlier today" / "last
night" / "during the night" count from the entry's day; "since Friday, when ..."; "In the hours that followed"; a
live blog's time stamp with any zone. Sentences written for the tests (REF is Thursday 12 March 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 3, 12)  # a Thursday


def _date_at(extractor, paras, town):
    rows = [r for r in run(extractor, paras, ref=REF) if town in (r["location"] or "")]
    assert rows, run(extractor, paras, ref=REF)
    return str(rows[0]["event_date"])


# --- a night phrase after a dated lead: the lead's day
NIGHTS = [
    [
        "Gunmen attacked a police post in Gao on Tuesday, killing two officers.",
        "During the night, unidentified men set fire to a school in Mopti.",
    ],
    ["Herders clashed with farmers near Jos on Tuesday.", "That night, attackers burned several houses in Bauchi."],
    [
        "Police fired tear gas at students marching in Kano on Tuesday afternoon.",
        "Looters broke into shops in Zaria during the night, residents said.",
    ],
    [
        "MAIDUGURI - Insurgents ambushed a convoy near Maiduguri on Tuesday, the army said.",
        "In the night, the militants abducted twelve villagers from Gwoza.",
    ],
    [
        "Residents blocked the main road in Kayes on Tuesday to protest power cuts.",
        "Unknown assailants torched two vehicles in Sikasso that night.",
    ],
    [
        "Security forces arrested 14 protesters in Quetta on Tuesday.",
        "During the night, gunmen shot dead a shopkeeper in Peshawar.",
    ],
    [
        "On Tuesday, demonstrators stormed the governor's office in Segou.",
        "Later in the night, soldiers detained dozens of youths in Mopti.",
    ],
    [
        "A roadside bomb wounded three soldiers outside Timbuktu on Tuesday morning, officials said.",
        "Armed men looted a health centre in Gao during the night.",
    ],
]
NIGHT_TOWNS = ["Mopti", "Bauchi", "Zaria", "Gwoza", "Sikasso", "Peshawar", "Mopti", "Gao"]


@pytest.mark.parametrize("i", range(len(NIGHTS)))
def test_a_night_after_a_dated_lead_is_the_leads_day(extractor, i):
    assert _date_at(extractor, NIGHTS[i], NIGHT_TOWNS[i]) == "2026-03-10"


# --- entries headed by their own date: relative words count from the entry's day
ENTRIES = [
    (["TUE 10/03 13:05 — Police report four men arrested at Kano market this morning."], "Kano", "2026-03-10"),
    (["WED 11/03 21:50 — Unknown persons broke into a pharmacy in Zaria this evening."], "Zaria", "2026-03-11"),
    (
        ["Tuesday 10 March: Residents gathered outside the council office in Bauchi this morning to demand water."],
        "Bauchi",
        "2026-03-10",
    ),
    (
        ["Update 2 – Wednesday 11 March: Gunmen attacked a checkpoint near Maiduguri earlier today, the army said."],
        "Maiduguri",
        "2026-03-11",
    ),
    (
        ["10/03 08:15 — Youths burned tyres on the highway at Jos this morning, the duty officer says."],
        "Jos",
        "2026-03-10",
    ),
    (["Wednesday 11 March: Militants shelled a village near Gwoza during the night."], "Gwoza", "2026-03-10"),
    (["TUE 10/03 07:40 — Overnight, armed men abducted three traders near Kaduna."], "Kaduna", "2026-03-09"),
    (
        ["Monday 9 March — Soldiers detained nine suspects in Yola this afternoon, a spokesman said."],
        "Yola",
        "2026-03-09",
    ),
]


@pytest.mark.parametrize("i", range(len(ENTRIES)))
def test_an_entrys_relative_words_count_from_its_heading(extractor, i):
    paras, town, want = ENTRIES[i]
    assert _date_at(extractor, paras, town) == want


# --- "since Friday, when ...": the Friday
SINCE_WHEN = [
    "A teacher has been missing since Friday, when armed men abducted him from a bus stop in Kaduna.",
    "The village of Gwoza has been deserted since Friday, when insurgents stormed it and burned the market.",
    "Traders have kept their shops shut since Friday, when police fired live rounds at protesters in Kano.",
    "Two journalists have been held since Friday, when soldiers arrested them at a checkpoint in Maiduguri.",
    "Classes in Zaria have been suspended since Friday, when students clashed with police on the campus.",
    "The road to Jos has stayed closed since Friday, when gunmen ambushed a bus on it, killing four people.",
    "Families have slept in the church since Friday, when militiamen attacked their village near Bauchi.",
    "The clinic in Yola has been shut since Friday, when looters ransacked it and carried off medicine.",
]
SINCE_TOWNS = ["Kaduna", "Gwoza", "Kano", "Maiduguri", "Zaria", "Jos", "Bauchi", "Yola"]


@pytest.mark.parametrize("i", range(len(SINCE_WHEN)))
def test_since_a_weekday_when_is_that_weekday(extractor, i):
    assert _date_at(extractor, [SINCE_WHEN[i]], SINCE_TOWNS[i]) == "2026-03-06"


# --- "In the hours that followed" and kin: the day of the sentence before
HOURS = [
    ("In the hours that followed, police detained more than 200 people in raids in Kano.", "Kano"),
    ("In the following hours, soldiers arrested 40 youths in Zaria.", "Zaria"),
    ("In the hours afterwards, gunmen attacked a police station in Jos in reprisal.", "Jos"),
    ("In the hours after the attack, troops detained 17 suspects in Bauchi.", "Bauchi"),
    ("Over the following hours, protesters burned tyres on the streets of Yola.", "Yola"),
    ("In the hours that followed, mobs looted shops in Kaduna.", "Kaduna"),
    ("During the hours that followed, police arrested 12 men in Maiduguri.", "Maiduguri"),
    ("In the ensuing hours, residents blocked the highway at Gwoza in protest.", "Gwoza"),
]


@pytest.mark.parametrize("i", range(len(HOURS)))
def test_the_hours_that_followed_are_the_day_before(extractor, i):
    lead = "Gunmen killed five worshippers at a mosque in Mubi on Tuesday, police said."
    sent, town = HOURS[i]
    assert _date_at(extractor, [lead, sent], town) == "2026-03-10"


# --- a live blog's time stamp with a zone: the blog's day
STAMPS = [
    "20:15 IST — Police detained around 30 young men in night raids in Kano.",
    "14:05 WAT — Soldiers fired tear gas at protesters in Zaria.",
    "09:30 PKT – Gunmen attacked a checkpoint in Quetta.",
    "18:45 EAT — Police arrested 12 demonstrators in Kisumu.",
]
STAMP_TOWNS = ["Kano", "Zaria", "Quetta", "Kisumu"]


@pytest.mark.parametrize("i", range(len(STAMPS)))
def test_a_live_blog_stamp_with_a_zone_is_the_blogs_day(extractor, i):
    paras = ["Live updates: unrest after the disputed vote.", STAMPS[i]]
    assert _date_at(extractor, paras, STAMP_TOWNS[i]) == "2026-03-12"


# --- near misses: must keep the dates main gives them
NEAR = [
    # no date heading: "this morning" is the reference day
    (["Police arrested four men at Kano market this morning."], "Kano", "2026-03-12"),
    # a heading in the body text, not at the line start: the reference day
    (
        ["In a statement issued on 10 March, police said officers arrested four men in Zaria this morning."],
        "Zaria",
        "2026-03-12",
    ),
    # "since Friday" without "when": no date from it
    (
        ["Protesters have blocked the road at Jos since Friday, and police arrested six of them on Wednesday."],
        "Jos",
        "2026-03-11",
    ),
    # the lead's overnight stays the day before the reference date
    (["Overnight, gunmen attacked a police post in Gao, killing two officers."], "Gao", "2026-03-11"),
    # "last night" with no heading: the day before the reference date
    (["Rioters threw stones at police in Bauchi last night, officials said."], "Bauchi", "2026-03-11"),
    # an explicit day in the night sentence wins
    (
        ["Gunmen attacked a police post in Gao on Tuesday.", "On Wednesday night, looters raided shops in Mopti."],
        "Mopti",
        "2026-03-11",
    ),
    # the following day / two days later keep counting from the lead
    (
        ["Gunmen attacked a police post in Gao on Monday.", "Two days later, soldiers arrested 11 suspects in Mopti."],
        "Mopti",
        "2026-03-11",
    ),
]


def test_last_night_in_a_quote_of_a_later_day_is_not_the_leads(extractor):
    # (the speaker's day before, 2026-03-10, is not read yet: main and this round give the reference day's night)
    paras = [
        "Gunmen attacked a police post in Gao on Monday.",
        '"They burned our houses in Mopti last night," a resident said on Wednesday.',
    ]
    assert _date_at(extractor, paras, "Mopti") != "2026-03-09"


@pytest.mark.parametrize("i", range(len(NEAR)))
def test_near_misses_keep_their_dates(extractor, i):
    paras, town, want = NEAR[i]
    assert _date_at(extractor, paras, town) == want


# --- the same constructions after a byline and a paragraph of remarks (the story thread's day, not the paragraph's)
THREADS = [
    ("That night, two lorries belonging to the mining firm were set alight near its depot in Mopti.", "Mopti"),
    ("During the night, unknown men burned the ruling party's office in Segou, the party said.", "Segou"),
    ("In the hours that followed, gendarmes detained 23 young men in house-to-house searches in Kayes.", "Kayes"),
    ("In the following hours, soldiers arrested nine traders at the market in Sikasso.", "Sikasso"),
]


@pytest.mark.parametrize("i", range(len(THREADS)))
def test_a_relative_phrase_after_remarks_counts_from_the_lead(extractor, i):
    sent, town = THREADS[i]
    paras = [
        "GAO — Soldiers fired on villagers protesting against a gold mine near Gao on Tuesday, wounding six people, "
        "residents said.",
        "By Amadou Traore",
        "The villagers had stood in front of the machines for hours, a video shows. A local commander said his men had "
        '"only pushed back people obstructing lawful work".',
        sent,
    ]
    assert _date_at(extractor, paras, town) == "2026-03-10"


def test_a_later_sentence_of_an_entry_keeps_the_entrys_day(extractor):
    # the entry's weekday "on Friday" counts from the reference date, and the heading still dates the first sentence
    paras = [
        "Tuesday 10 March: a quarrel over grazing land turned into a gunfight near Bauchi in the afternoon, killing "
        "one man. Two of our drivers stayed at home on Wednesday."
    ]
    assert _date_at(extractor, paras, "Bauchi") == "2026-03-10"
