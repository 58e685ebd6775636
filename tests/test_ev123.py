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
    ("09h30 — Hundreds of students marched peacefully through Ilorin to demand lower fees.", "Ilorin"),
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
