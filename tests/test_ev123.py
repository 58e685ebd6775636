"""Round ev123 (issue 10, twenty-ninth session): events of entries stamped only with a clock time (kind DATE_RELATIVE
of the blind38-42 "Error kinds": a live blog's "6:40 pm —" entries, a log's "0915Z —" lines) are on their page's day
(the heading line's day, else the dateline's, else the reference day), never undated. The project's own variant
sentences (REF is Thursday 12 March 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 3, 12)  # a Thursday
HEAD = "Live updates from the northern states — Wednesday 11 March 2026"


def _date_at(extractor, paras, town, ref=REF):
    rows = [r for r in run(extractor, paras, ref=ref) if town in (r["location"] or "") or town in r["sentence"]]
    assert rows, run(extractor, paras, ref=ref)
    return str(rows[-1]["event_date"])


# --- a clock stamp of any common form opens the entry; no day word in the entry
STAMPED = [
    ("6:40 pm — Protesters have set fire to a police van on the main street of Kaduna, our reporter says.", "Kaduna"),
    ("0915Z — Gunmen attacked a police checkpoint outside Jos, killing two officers, the police said.", "Jos"),
    ("[18:40] Youths are burning tyres and hurling stones at police in Zaria, witnesses say.", "Zaria"),
    ("1840 GMT: Police detained 14 youths in Bauchi, a police spokesman said.", "Bauchi"),
    ("11.50am: Rioters looted three shops near the central market in Gombe, residents said.", "Gombe"),
    ("12:30 p.m. - Police fired tear gas to disperse about 300 traders marching in Kano.", "Kano"),
    ("[7:05 pm] A mob beat a suspected thief to death in Yola, according to local officials.", "Yola"),
    ("2210Z | Armed men abducted a village head in Katsina, a relative told the station.", "Katsina"),
    ("[0915Z] Hundreds of students marched peacefully through Ilorin to demand lower fees.", "Ilorin"),
    ("10.15 am — Gunmen have shot dead a farmer in his field near Makurdi, police say.", "Makurdi"),
]


@pytest.mark.parametrize("entry,town", STAMPED)
def test_stamped_entry_takes_the_heading_day(extractor, entry, town):
    assert _date_at(extractor, [HEAD, entry], town) == "2026-03-11"


@pytest.mark.parametrize("entry,town", STAMPED[:6])
def test_stamped_entry_without_heading_is_the_reference_day(extractor, entry, town):
    assert _date_at(extractor, ["Follow our coverage of the unrest as it happens.", entry], town) == "2026-03-12"


# --- near misses: an entry dated by another day, a past year, a year "stamp", a chapter offset, a plan
def test_entry_with_its_own_day_keeps_it(extractor):
    entry = "[18:40] Police said gunmen had attacked a checkpoint near Jos on Monday, killing a soldier."
    assert _date_at(extractor, [HEAD, entry], "Jos") == "2026-03-09"


def test_entry_with_a_full_date_keeps_it(extractor):
    entry = "0915Z — Soldiers arrested 12 men in Bauchi on 2 March, the army said."
    assert _date_at(extractor, [HEAD, entry], "Bauchi") == "2026-03-02"


def test_background_year_in_an_entry_stays_background(extractor):
    entry = "6:40 pm — In 2019, gunmen killed 12 villagers in Zamfara in a similar raid."
    rows = [r for r in run(extractor, [HEAD, entry], ref=REF) if "Zamfara" in r["sentence"]]
    assert all(str(r["event_date"]) != "2026-03-11" for r in rows), rows


def test_year_at_line_start_is_no_clock(extractor):
    entry = "2015 — Gunmen killed 30 villagers in Zamfara."
    rows = [r for r in run(extractor, [HEAD, entry], ref=REF) if "Zamfara" in r["sentence"]]
    assert all(str(r["event_date"]) != "2026-03-11" for r in rows), rows


def test_plan_in_an_entry_makes_no_event(extractor):
    entry = "7:55 pm — The police say a curfew will be imposed in Kaduna from 6 am on Friday."
    assert not [r for r in run(extractor, [HEAD, entry], ref=REF) if r["sub_event_type"] != "Other"]


def test_live_entry_stamp_forms(extractor):
    from newsetl.extract.events.live_blog import live_entry

    class Art:
        res = extractor.res

    for text, want in [
        ("6:40 pm — X", True),
        ("0915Z — X", True),
        ("[18:40] X", True),
        ("1840 GMT: X", True),
        ("(02:10) X", False),
        ("2015 — X", False),
        ("10.5 million people", False),
        ("On 14:05 X", False),
    ]:
        Art.text, Art.para_starts = text, [0]
        assert live_entry(Art, 0) is want, text


# --- a report's rows or a thread's items with no day word, after the report's opening day or a dated item
INTROS = [
    "The provincial emergency office published its daily summary on Thursday. The figures below are for Tuesday, 10 March.",
    "SECURITY SITUATION REPORT. This report covers incidents recorded on Tuesday 10 March 2026.",
    "Daily incident log of the regional police command. Entries for Tuesday, March 10.",
    "The rights monitor released its daily bulletin on Thursday; it lists incidents of Tuesday, 10 March.",
]
ROWS = [
    ("Kaduna (north): gunmen attacked a police post, killing two officers.", "Kaduna"),
    ("Zaria: youths burned tyres and threw stones at police near the main market.", "Zaria"),
    ("Jos: soldiers arrested 11 men at a checkpoint on the ring road.", "Jos"),
    ("Gombe: about 200 traders marched peacefully to the governor's office.", "Gombe"),
    ("Yola: a mob beat a suspected thief to death in the central market.", "Yola"),
    ("Katsina: armed men abducted a village head from his home.", "Katsina"),
    ("Makurdi: herders shot dead three farmers in their fields.", "Makurdi"),
    ("Bauchi: police fired tear gas to disperse students blocking a highway.", "Bauchi"),
]


@pytest.mark.parametrize("i,row", list(enumerate(ROWS)))
def test_report_row_takes_the_opening_day(extractor, i, row):
    text, town = row
    assert _date_at(extractor, [INTROS[i % len(INTROS)], text], town) == "2026-03-10"


# --- near misses: a separate incident after the story moved on, a row with its own year or its own day
def test_separate_incident_after_reactions_stays_undated(extractor):
    paras = [
        "Gunmen killed five villagers near Jos on Tuesday, police said.",
        "The governor condemned the killings and said he would visit the area.",
        "The United Nations called for calm and for an inquiry.",
        "In the northern town of Katsina, gunmen abducted two councillors, residents said.",
    ]
    rows = [r for r in run(extractor, paras, ref=REF) if "Katsina" in r["sentence"]]
    assert all(r["event_date"] is None for r in rows), rows


def test_report_row_with_its_own_year_is_not_the_opening_day(extractor):
    paras = [INTROS[0], "Zaria: In 2019, gunmen killed 12 villagers in a similar raid."]
    rows = [r for r in run(extractor, paras, ref=REF) if "Zaria" in r["sentence"]]
    assert all(str(r["event_date"]) != "2026-03-10" for r in rows), rows


def test_report_row_with_its_own_day_keeps_it(extractor):
    paras = [INTROS[0], "Jos: on Monday, soldiers arrested 11 men at a checkpoint on the ring road."]
    assert _date_at(extractor, paras, "Jos") == "2026-03-09"


NOT_THE_PAGE_DAY = [
    (HEAD, "[18:40] Residents said gunmen had attacked the village of Dutsin near Jos last week."),
    (HEAD, "0915Z — Police said soldiers had arrested 12 men in Bauchi on Sunday."),
    (HEAD, "6:40 pm — The town of Gombe has seen at least 40 attacks by gunmen since 2019."),
    (INTROS[1], "Kano: police will deploy 500 officers to the market from Friday."),
    (INTROS[2], "Zaria: the market was burned by rioters in 2021 and has not reopened."),
    (INTROS[3], "Yola: residents recalled that gunmen killed nine traders there in March 2018."),
    (INTROS[0], "Jos: soldiers arrested 11 men at a checkpoint on Sunday, 8 March."),
    (INTROS[0], "Makurdi: herders shot dead three farmers on Monday night, police said."),
]


@pytest.mark.parametrize("head,entry", NOT_THE_PAGE_DAY)
def test_entries_with_their_own_day_year_or_plan_keep_it(extractor, head, entry):
    rows = [r for r in run(extractor, [head, entry], ref=REF) if r["sentence"].startswith(entry[:12])]
    assert all(str(r["event_date"]) not in ("2026-03-10", "2026-03-11") for r in rows), rows


# --- a notice's next item after a night event: the event's own day (the night's first), not the night's last day
NIGHT_FIRST = [
    "On the night of Monday to Tuesday, a drone hit a power substation in Kramatorsk. The operator said power would be"
    " restored within a week.",
    "During the night from Monday to Tuesday, a missile struck a warehouse in Sloviansk. Its owner said the stock was"
    " insured.",
]
NEXT_ITEMS = [
    ("A second drone fell on a house in the village of Druzhkivka and damaged its roof.", "Druzhkivka"),
    ("Another missile hit a school in Kostiantynivka, where nobody was hurt.", "Kostiantynivka"),
]


@pytest.mark.parametrize("lead", NIGHT_FIRST)
@pytest.mark.parametrize("item,town", NEXT_ITEMS)
def test_next_item_takes_the_night_events_day(extractor, lead, item, town):
    assert _date_at(extractor, [lead, item], town) == "2026-03-09"


def test_next_item_after_a_day_told_since_stays_apart(extractor):
    paras = [NIGHT_FIRST[0], "Officials said on Wednesday that repairs would take three days.", NEXT_ITEMS[0][0]]
    rows = [r for r in run(extractor, paras, ref=REF) if "Druzhkivka" in r["sentence"]]
    assert all(str(r["event_date"]) != "2026-03-09" for r in rows), rows
