"""Round ev117 (issue 10, twenty-ninth session): dates told relative to another sentence (kind DATE_RELATIVE of the
blind38-40 "Error kinds"). A "current day" is carried from sentence to sentence only through narrative continuity; a
background sentence (a past year, "since <day>, when ...") does not set it, and an explicit date always wins. The
project's own variant sentences (REF is Thursday 12 March 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 3, 12)  # a Thursday


def _date_at(extractor, paras, town, ref=REF):
    rows = [r for r in run(extractor, paras, ref=ref) if town in (r["location"] or "") or town in r["sentence"]]
    assert rows, run(extractor, paras, ref=ref)
    return str(rows[-1]["event_date"])


# --- "since <weekday>, when <a non-event>": the weekday is no current day for a LATER sentence's event
SINCE_STATE = [
    "The city has been tense since Friday, when the governor announced a curfew.",
    "Shops have stayed shut since Saturday, when the council declared a state of emergency.",
    "Schools have been closed since Friday, when the ministry ordered them shut.",
    "Residents have lived in fear since Saturday, when the army imposed a night curfew.",
    "The market has been quiet since Friday, when officials banned gatherings of more than five people.",
    "Internet access has been cut since Saturday, when the authorities suspended mobile data.",
    "Roads into the district have been closed since Friday, when the police chief issued the order.",
    "Fuel has been scarce since Saturday, when the government raised prices.",
]
SINCE_LATER = [
    ("Youths burned tyres on the main road in Kano, witnesses said.", "Kano"),
    ("Police fired tear gas at traders protesting in Zaria.", "Zaria"),
    ("Gunmen attacked a checkpoint outside Jos, killing a soldier.", "Jos"),
    ("Soldiers arrested 20 people in Bauchi for breaking the curfew.", "Bauchi"),
    ("Protesters blocked the highway at Yola to demand the ban be lifted.", "Yola"),
    ("Rioters looted shops in Kaduna.", "Kaduna"),
    ("Police detained 14 motorcyclists in Gombe.", "Gombe"),
    ("Angry residents set fire to a filling station in Maiduguri.", "Maiduguri"),
]


@pytest.mark.parametrize("i", range(len(SINCE_STATE)))
def test_since_a_day_when_a_measure_is_no_day_for_a_later_sentence(extractor, i):
    lead = "Police clashed with protesters in Mubi on Wednesday, killing one man."
    sent, town = SINCE_LATER[i]
    paras = [lead, SINCE_STATE[i] + " " + sent]
    assert _date_at(extractor, paras, town) != "2026-03-06" and _date_at(extractor, paras, town) != "2026-03-07"


# --- a night phrase after a background paragraph with its own named day: the lead's day, not the background's
BACKGROUNDS = [
    "The town was last attacked on 4 May 2024, when militants killed nine soldiers.",
    "In March 2021, insurgents overran the same base and held it for two days.",
    "On 12 June 2019, gunmen killed 17 villagers in a raid on the nearby market.",
    "The region saw its worst violence in 2022, when more than 300 people were killed.",
    "A similar attack on 3 January 2023 left four policemen dead.",
    "Militants first struck the district in August 2018, burning a school.",
    "On 20 October 2020, protesters stormed the governor's office in the same town.",
    "The army retook the town in February 2017 after a month-long siege.",
]
NIGHTS = [
    ("During the night, unknown men set fire to a school in Mopti.", "Mopti"),
    ("That night, attackers burned several houses in Bauchi.", "Bauchi"),
    ("Looters broke into shops in Zaria during the night, residents said.", "Zaria"),
    ("In the night, the militants abducted twelve villagers from Gwoza.", "Gwoza"),
    ("Later in the night, soldiers detained dozens of youths in Yola.", "Yola"),
    ("During the night, gunmen shot dead a shopkeeper in Peshawar.", "Peshawar"),
    ("In the hours that followed, police arrested 30 men in Kano.", "Kano"),
    ("That night, unidentified people torched two trucks in Sikasso.", "Sikasso"),
]


@pytest.mark.parametrize("i", range(len(NIGHTS)))
def test_a_night_after_background_takes_the_leads_day(extractor, i):
    lead = "Gunmen attacked a police post in Gao on Tuesday, killing two officers, officials said."
    sent, town = NIGHTS[i]
    assert _date_at(extractor, [lead, BACKGROUNDS[i], sent], town) == "2026-03-10"


# --- continuation phrases: the current day of the sentence before (the next morning: one day on)
CONTINUED = [
    ("Later that day, police arrested eleven protesters in Kano.", "Kano", "2026-03-10"),
    ("That evening, youths burned tyres at a junction in Zaria.", "Zaria", "2026-03-10"),
    ("The next morning, soldiers detained 30 suspects in Bauchi.", "Bauchi", "2026-03-11"),
    ("In the hours that followed, mobs looted shops in Kaduna.", "Kaduna", "2026-03-10"),
    ("During the night, unknown people set fire to two excavators in Jos.", "Jos", "2026-03-10"),
    ("The following morning, residents blocked the highway at Yola in protest.", "Yola", "2026-03-11"),
    ("Later that evening, gunmen attacked a police station in Gombe.", "Gombe", "2026-03-10"),
    ("That night, rioters stoned police vehicles in Maiduguri.", "Maiduguri", "2026-03-10"),
]


@pytest.mark.parametrize("i", range(len(CONTINUED)))
def test_a_continuation_phrase_keeps_the_current_day(extractor, i):
    lead = "Hundreds of farmers marched to the governor's office in Mubi on Tuesday to demand compensation."
    sent, town, want = CONTINUED[i]
    assert _date_at(extractor, [lead, sent], town) == want


# --- a live blog whose day is given once at the top: its stamped entries are of that day
BLOG_TOPS = [
    "Live: unrest after the disputed vote — Tuesday 10 March 2026",
    "LIVE UPDATES | Tuesday, March 10, 2026",
    "As it happened: protests over fuel prices, 10 March 2026",
    "Live blog, Tuesday 10 March",
    "Live coverage – 10 March 2026",
    "Rolling coverage: Tuesday 10 March 2026",
    "Live updates (10 March 2026)",
    "Live: Day three of the strike — 10 March 2026",
]
BLOG_ENTRIES = [
    ("20:15 IST — Police detained around 30 young men in night raids in Kano.", "Kano"),
    ("14:05 WAT — Soldiers fired tear gas at protesters in Zaria.", "Zaria"),
    ("09:30 — Gunmen attacked a checkpoint in Quetta.", "Quetta"),
    ("18:45 EAT — Police arrested 12 demonstrators in Kisumu.", "Kisumu"),
    ("11:10 GMT — Rioters looted shops in Bauchi.", "Bauchi"),
    ("16:20 — Protesters blocked the main road in Jos.", "Jos"),
    ("21:00 WAT – Youths set fire to the council office in Yola.", "Yola"),
    ("07:55 local time — Police detained nine students in Gombe.", "Gombe"),
]


@pytest.mark.parametrize("i", range(len(BLOG_ENTRIES)))
def test_a_live_blogs_entries_take_its_day_from_the_top(extractor, i):
    sent, town = BLOG_ENTRIES[i]
    assert _date_at(extractor, [BLOG_TOPS[i], sent], town) == "2026-03-10"


# --- near misses: must keep their dates
NEAR = [
    # an explicit date in the sentence always wins over the carried day
    (
        ["Gunmen attacked a post in Gao on Tuesday.", "On Wednesday night, looters raided shops in Mopti."],
        "Mopti",
        "2026-03-11",
    ),
    (
        ["Gunmen attacked a post in Gao on Monday.", "During the night of Tuesday, rioters burned a bank in Kano."],
        "Kano",
        "2026-03-10",
    ),
    # "last night" in a story published on D is D-1
    (["Rioters threw stones at police in Bauchi last night, officials said."], "Bauchi", "2026-03-11"),
    (["Gunmen attacked a post in Gao on Monday.", "Last night, youths torched a bus in Jos."], "Jos", "2026-03-11"),
    # "overnight" in a lead with no other day is D-1
    (["Overnight, gunmen attacked a police post in Yola, killing two officers."], "Yola", "2026-03-11"),
    # "since Friday, when <event>" still dates that event
    (
        ["A teacher has been missing since Friday, when armed men abducted him from a bus stop in Kaduna."],
        "Kaduna",
        "2026-03-06",
    ),
    # a dated update entry's "last night" is the night before the entry
    (
        ["Update 1 – Wednesday 11 March: Last night, rioters threw petrol bombs at police in Zaria."],
        "Zaria",
        "2026-03-10",
    ),
    # a summary of old events published later keeps its own chronology ("the following day" of an old day)
    (
        [
            "SUMMARY OF A RULING DELIVERED ON 10 MARCH 2026",
            "1. On 3 October 2025, soldiers opened fire on traders protesting in Mbale, killing two of them.",
            "2. The court heard that on the following day a crowd in Tororo burned the house of a soldier.",
        ],
        "Tororo",
        "2025-10-04",
    ),
    # a live entry with no heading day before it stays on the reference day
    (
        ["Live updates: unrest after the disputed vote.", "18:45 EAT — Police arrested 12 demonstrators in Kisumu."],
        "Kisumu",
        "2026-03-12",
    ),
    # two days later keeps counting from the lead
    (
        ["Gunmen attacked a post in Gao on Monday.", "Two days later, soldiers arrested 11 suspects in Gombe."],
        "Gombe",
        "2026-03-11",
    ),
]


@pytest.mark.parametrize("i", range(len(NEAR)))
def test_near_misses_keep_their_dates(extractor, i):
    paras, town, want = NEAR[i]
    assert _date_at(extractor, paras, town) == want


# --- a night phrase whose current day is the reference day: the night the story already told ("overnight", "last
# night" of an earlier sentence), not the night after the report
STORY_NIGHTS = [
    (
        "Drones struck a fuel depot in Kursk overnight, setting two tanks on fire, the governor said.",
        "Firefighters were still at the site on Thursday afternoon.",
        "Air defence units downed 14 drones over Belgorod during the night, the ministry said.",
        "Belgorod",
    ),
    (
        "Gunmen attacked a police post in Gao last night, killing two officers.",
        "Soldiers were still searching the area on Thursday morning.",
        "During the night, looters raided shops in Mopti.",
        "Mopti",
    ),
    (
        "Rioters burned cars in the centre of Lyon overnight, police said.",
        "The streets were calm again by Thursday afternoon, the prefect said.",
        "That night, youths also threw stones at a police station in Villeurbanne.",
        "Villeurbanne",
    ),
    (
        "Militants shelled the outskirts of Gwoza last night, residents said.",
        "Many families were still sheltering in the school on Thursday.",
        "In the night, the militants also abducted six farmers near Pulka.",
        "Pulka",
    ),
    (
        "Armed men raided a village near Kaduna overnight, a community leader said.",
        "Rescue teams were still at work there on Thursday morning.",
        "Later in the night, the gang attacked a farm outside Zaria, he added.",
        "Zaria",
    ),
    (
        "Protesters clashed with police in Dhaka overnight, witnesses said.",
        "Shops stayed shut across the city on Thursday.",
        "During the night, police detained 30 students in Gazipur, a spokesman said.",
        "Gazipur",
    ),
    (
        "A mob attacked a police post in Kisumu last night, officials said.",
        "Officers were still guarding the post on Thursday afternoon.",
        "Unknown people set fire to a petrol station in Kakamega during the night.",
        "Kakamega",
    ),
    (
        "Insurgents attacked an army base near Mopti overnight, a security source said.",
        "The area was still sealed off on Thursday morning.",
        "During the night, soldiers arrested 11 suspects in Sevare.",
        "Sevare",
    ),
]


@pytest.mark.parametrize("i", range(len(STORY_NIGHTS)))
def test_a_night_on_the_reference_day_is_the_night_already_told(extractor, i):
    *paras, town = STORY_NIGHTS[i]
    assert _date_at(extractor, paras, town) == "2026-03-11"


NIGHT_NEAR = [
    # no night told before: the current day's night (the reference day) stays
    (
        [
            "Protesters gathered outside the council in Kano on Thursday.",
            "During the night, police detained 20 of them in Kano.",
        ],
        "Kano",
        "2026-03-12",
    ),
    # a current day before the reference day: its night, whatever the lead said
    (
        [
            "Gunmen attacked a post in Gao overnight.",
            "Troops clashed with militants near Tessit on Tuesday.",
            "During the night, looters raided shops in Mopti.",
        ],
        "Mopti",
        "2026-03-10",
    ),
    # an explicit day wins
    (
        [
            "Drones struck a depot in Kursk overnight.",
            "Firefighters were still at the site on Thursday.",
            "On Thursday night, drones hit a substation in Belgorod.",
        ],
        "Belgorod",
        "2026-03-12",
    ),
]


@pytest.mark.parametrize("i", range(len(NIGHT_NEAR)))
def test_night_near_misses_keep_their_dates(extractor, i):
    paras, town, want = NIGHT_NEAR[i]
    assert _date_at(extractor, paras, town) == want


# --- a timeline's dated item names its event's day: its "overnight" / "during the night" stay on that day
TIMELINES = [
    (
        [
            "Timeline of the unrest:",
            "- 9 March: Students marched in Dakar.",
            "- 10 March: Gunmen attacked a checkpoint near Thies overnight, killing two soldiers.",
        ],
        "Thies",
    ),
    (
        [
            "Chronology",
            "• Monday 9 March – Traders protested in Kaolack.",
            "• Tuesday 10 March – Overnight, youths set fire to the town hall in Mbour.",
        ],
        "Mbour",
    ),
    (
        [
            "Key dates:",
            "9 March — police detained 40 students in Ziguinchor.",
            "10 March — rioters looted shops in Kolda overnight.",
        ],
        "Kolda",
    ),
    (
        [
            "How the crisis unfolded",
            "8 March: Farmers blocked the road at Louga.",
            "10 March: During the night, unknown men burned a police post in Linguere.",
        ],
        "Linguere",
    ),
    (["A timeline of the attacks", "* 10 March: Militants shelled the outskirts of Gwoza overnight."], "Gwoza"),
    (["What happened when", "Tuesday 10 March: Overnight, armed men abducted eight farmers near Kaduna."], "Kaduna"),
    (["Key events", "- 10 March 2026: Police arrested 25 protesters in Jos overnight."], "Jos"),
    (["Day by day", "10 March – Rioters torched three buses in Mombasa during the night."], "Mombasa"),
]


@pytest.mark.parametrize("i", range(len(TIMELINES)))
def test_a_timeline_items_night_is_its_own_day(extractor, i):
    paras, town = TIMELINES[i]
    assert _date_at(extractor, paras, town) == "2026-03-10"


TIMELINE_NEAR = [
    # no timeline title: a day heading's overnight is the night before (ev110's entry)
    (["10 March: Gunmen attacked a checkpoint near Thies overnight, killing two soldiers."], "Thies", "2026-03-09"),
    # an update or a log stamp is written on its day: its overnight is the night before
    (["Timeline", "Update 2 – Wednesday 11 March: Overnight, rioters looted shops in Kolda."], "Kolda", "2026-03-10"),
    (
        ["Chronology", "TUE 10/03 07:40 — Overnight, armed men abducted three traders near Kaduna."],
        "Kaduna",
        "2026-03-09",
    ),
    # an item without a relative word keeps its day
    (["Timeline:", "- 10 March: Police detained nine students in Gombe."], "Gombe", "2026-03-10"),
]


@pytest.mark.parametrize("i", range(len(TIMELINE_NEAR)))
def test_timeline_near_misses_keep_their_dates(extractor, i):
    paras, town, want = TIMELINE_NEAR[i]
    assert _date_at(extractor, paras, town) == want
