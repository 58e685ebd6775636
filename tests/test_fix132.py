"""Fixer fix132 (twenty-ninth session): review mends of round ev117 (rv117). The project's own variant sentences
(REF is Thursday 12 March 2026 unless stated)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 3, 12)  # a Thursday


def _date_at(extractor, paras, town, ref=REF):
    rows = [r for r in run(extractor, paras, ref=ref) if town in (r["location"] or "") or town in r["sentence"]]
    assert rows, run(extractor, paras, ref=ref)
    return str(rows[-1]["event_date"])


# --- MUST-FIX 1: a count of days or hours in the sentence after a background day counts from that day
LEAD = "Soldiers detained six suspects in Maiduguri on Tuesday, an army spokesman said."
BACKGROUND_COUNTS = [
    (
        [
            "On 5 January 2026, bandits killed 14 farmers in Gusau.",
            "The following day, the gang kidnapped 18 girls in Tsafe.",
        ],
        "Tsafe",
        "2026-01-06",
    ),
    (
        [
            "On 5 January 2026, bandits killed 14 farmers in Gusau.",
            "Two days later, troops killed nine of the bandits near Anka.",
        ],
        "Anka",
        "2026-01-07",
    ),
    (
        [
            "On 5 January 2026, bandits killed 14 farmers in Gusau.",
            "The next day, vigilantes ambushed the gang outside Bungudu.",
        ],
        "Bungudu",
        "2026-01-06",
    ),
    (
        [
            "On 5 January 2026, bandits killed 14 farmers in Gusau.",
            "A day later, the gang burned a market in Kaura Namoda.",
        ],
        "Kaura Namoda",
        "2026-01-06",
    ),
]


@pytest.mark.parametrize("i", range(len(BACKGROUND_COUNTS)))
def test_a_count_after_a_background_day_counts_from_it(extractor, i):
    paras, town, want = BACKGROUND_COUNTS[i]
    assert _date_at(extractor, [LEAD, *paras], town) == want


BACKGROUND_NEAR = [
    # the background day in the same sentence as its event already dated it on main
    (
        [
            "On 5 January 2026, bandits killed 14 farmers in Gusau. Later that day, the gang kidnapped 18 girls in Tsafe."
        ],
        "Tsafe",
        "2026-01-05",
    ),
    # a count two sentences on, after a sentence with the story's own day: from that day
    (
        [
            "On 5 January 2026, bandits killed 14 farmers in Gusau.",
            "Police clashed with youths in Sokoto on Wednesday.",
            "The following day, the youths burned a police post in Wamakko.",
        ],
        "Wamakko",
        "2026-03-12",
    ),
    # a night after the background sentence keeps the lead's day (ev117)
    (
        [
            "The town was last raided on 5 January 2026, when bandits killed 14 farmers.",
            "That night, gunmen torched houses in Tsafe.",
        ],
        "Tsafe",
        "2026-03-10",
    ),
]


def test_later_that_day_after_a_background_day_of_the_same_paragraph(extractor):
    para = (
        "Police arrested five suspects in Maiduguri on Tuesday. They are accused of taking part in a raid on 5 January"
        " 2026 in which bandits killed 14 farmers in Gusau. Later that day, the gang kidnapped 18 girls in Tsafe."
    )
    assert _date_at(extractor, [para], "Tsafe") == "2026-01-05"


@pytest.mark.parametrize("i", range(len(BACKGROUND_NEAR)))
def test_background_near_misses(extractor, i):
    paras, town, want = BACKGROUND_NEAR[i]
    assert _date_at(extractor, [LEAD, *paras], town) == want


# --- MUST-FIX 2: a heading's day that is old, inside the title's words or a caption is no blog day
BLOG_NOT = [
    (
        [
            "Live: Chile marks the anniversary of the 18 October 2024 unrest",
            "10:20 CLT — Police fired tear gas at marchers in Valparaiso.",
        ],
        "Valparaiso",
    ),
    (
        [
            "Live updates: anger after the fuel price rise",
            "Traders in Enugu on 3 February 2026 (Photo: Reuters)",
            "17:30 WAT — Police arrested 15 traders in Onitsha.",
        ],
        "Onitsha",
    ),
    (["Live: fighting in the east", "The siege began on 20 May 2024", "08:10 — Shells hit a market in Goma."], "Goma"),
    (["Live: protests spread — 10 January 2026", "12:40 — Police fired tear gas at protesters in Abidjan."], "Abidjan"),
]


@pytest.mark.parametrize("i", range(len(BLOG_NOT)))
def test_an_old_or_inner_heading_day_is_no_blog_day(extractor, i):
    paras, town = BLOG_NOT[i]
    assert _date_at(extractor, paras, town) == "2026-03-12"


def test_a_blog_headings_day_at_the_lines_end_still_counts(extractor):
    paras = [
        "Live: the strike's second day | Wednesday, March 11, 2026",
        "13:05 — Police fired tear gas at dockers in Accra.",
    ]
    assert _date_at(extractor, paras, "Accra") == "2026-03-11"


# --- MUST-FIX 3: a night after an event on the reference day is that day's night
REF_DAY_NIGHTS = [
    (
        [
            "Drones hit a power station in Bryansk overnight, the regional governor said.",
            "On Thursday evening, demonstrators fought with police in Kazan.",
            "That night, police detained 40 people in Kazan.",
        ],
        "Kazan",
    ),
    (
        [
            "Shelling damaged houses in Kharkiv overnight, officials said.",
            "Later on Thursday, hundreds of people marched in Odesa.",
            "During the night, police detained 25 people in Odesa.",
        ],
        "Odesa",
    ),
    (
        [
            "A trader who said he had not slept last night spoke of the fear in Kidal.",
            "Students marched in Segou on Thursday.",
            "That night, police arrested 15 of them in Segou.",
        ],
        "Segou",
    ),
]


@pytest.mark.parametrize("i", range(len(REF_DAY_NIGHTS)))
def test_a_night_after_an_event_of_the_reference_day_is_its_night(extractor, i):
    paras, town = REF_DAY_NIGHTS[i]
    assert _date_at(extractor, paras, town) == "2026-03-12"


def test_a_night_of_no_event_is_not_the_storys_night(extractor):
    paras = [
        "A trader who said he had not slept last night spoke of the fear in Kidal.",
        "Shops stayed shut in the town on Thursday.",
        "During the night, gunmen burned a school near Tessalit.",
    ]
    assert _date_at(extractor, paras, "Tessalit") == "2026-03-12"


# --- SHOULD-FIX 4: a timeline's title is a short line; the timeline ends at its first line that is no item
TIMELINE_NOT = [
    (
        [
            "The chronology of the army's pull-out from the province has not been made public.",
            "Wednesday 11 March: Overnight, youths looted shops in Tambacounda.",
        ],
        "Tambacounda",
        "2026-03-10",
    ),
    (
        [
            "Day by day the crisis in the south deepens, relief workers say.",
            "Wednesday 11 March: Overnight, youths looted shops in Tambacounda.",
        ],
        "Tambacounda",
        "2026-03-10",
    ),
    (
        [
            "How events unfolded is still unclear, officials said.",
            "Wednesday 11 March: Overnight, youths looted shops in Tambacounda.",
        ],
        "Tambacounda",
        "2026-03-10",
    ),
    (
        [
            "A timeline of last year's crisis",
            "- 4 March: Students marched in Dakar.",
            "Live updates",
            "11 March: Overnight, gunmen killed three herders near Matam.",
        ],
        "Matam",
        "2026-03-10",
    ),
]


@pytest.mark.parametrize("i", range(len(TIMELINE_NOT)))
def test_a_sentence_or_a_closed_timeline_is_no_timeline_title(extractor, i):
    paras, town, want = TIMELINE_NOT[i]
    assert _date_at(extractor, paras, town) == want


def test_a_timelines_items_after_its_title_keep_their_day(extractor):
    paras = [
        "Timeline of the unrest",
        "- 9 March: Students marched in Dakar.",
        "- 11 March: Overnight, youths looted shops in Tambacounda.",
    ]
    assert _date_at(extractor, paras, "Tambacounda") == "2026-03-11"


# --- SHOULD-FIX 6: a live entry's own "overnight" / "yesterday" count from the blog's day
ENTRY_RELATIVE = [
    (
        [
            "Live blog, Tuesday 10 March",
            "06:50 — Militants attacked a police post in Chaman overnight, officials said.",
        ],
        "Chaman",
        "2026-03-09",
    ),
    (
        ["Live updates (10 March 2026)", "09:15 — Police said they had arrested 11 men in Kohat yesterday."],
        "Kohat",
        "2026-03-09",
    ),
    (
        ["Rolling coverage: Tuesday 10 March 2026", "07:30 — Last night, rioters burned a bank in Bannu."],
        "Bannu",
        "2026-03-09",
    ),
]


@pytest.mark.parametrize("i", range(len(ENTRY_RELATIVE)))
def test_a_live_entrys_relative_words_count_from_the_blogs_day(extractor, i):
    paras, town, want = ENTRY_RELATIVE[i]
    assert _date_at(extractor, paras, town) == want


def test_a_live_entry_without_a_blog_day_counts_from_the_reference_date(extractor):
    paras = ["Live updates: unrest in the north-west", "06:50 — Militants attacked a police post in Chaman overnight."]
    assert _date_at(extractor, paras, "Chaman") == "2026-03-11"


# --- SHOULD-FIX 7: the limits are data
def test_relative_day_limits_are_data():
    import json
    from pathlib import Path

    from newsetl.extract.events import when

    assert not hasattr(when, "BACKGROUND_DAY_GAP")
    data = Path(when.__file__).parents[2] / "data" / "wordlists.json"
    limits = json.loads(data.read_text(encoding="utf-8"))["relative_day_limits"]
    assert {"background_day_gap_days", "current_day_refused_window", "blog_heading_max_days"} <= set(limits)
    assert "timeline_title_max_chars" in limits
