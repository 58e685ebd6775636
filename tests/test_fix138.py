"""Fixer fix138 (review rv123 of round ev123, twenty-ninth session): the story's day (`doc_day.story_day`) is refused
after a scene change, is a report's opening day only when a heading, label or dateline line gives it (not a funeral's,
a speech's, a ruling's or a commemoration's day), stops at a reaction told since the last event, counts only numbers
in a year's context as past years, and never carries an archive stamp's old day. The project's own variant sentences
(REF is Thursday 12 March 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 3, 12)


def _dates(extractor, paras, word):
    rows = [r for r in run(extractor, paras, ref=REF) if word in r["sentence"]]
    assert rows, run(extractor, paras, ref=REF)
    return [None if r["event_date"] is None else str(r["event_date"]) for r in rows]


LEAD = "Armed men killed six farmers near Funtua, Katsina state, on Tuesday, police said."
SCENES = [
    "Separately, armed men kidnapped three traders near Malumfashi, a police spokesman said.",
    "In a separate incident, armed men kidnapped three traders near Malumfashi, residents said.",
    "Elsewhere, bandits kidnapped 15 pupils from a school in Malumfashi, officials said.",
    "Meanwhile, bandits kidnapped 15 pupils from a school in Malumfashi, officials said.",
]


@pytest.mark.parametrize("scene", SCENES)
def test_scene_change_takes_no_story_day_next_paragraph(extractor, scene):
    assert "2026-03-10" not in _dates(extractor, [LEAD, scene], "Malumfashi")


def test_near_miss_follow_up_without_opener_keeps_the_day(extractor):
    follow = "Armed men also kidnapped three traders near Malumfashi, a police spokesman said."
    assert "2026-03-10" in _dates(extractor, [LEAD, follow], "Malumfashi")


# --- a day that is the time of a sentence of no event (aftermath, speech, ruling, commemoration) dates no event
NOT_OPENING = [
    (
        "Scores of mourners on Wednesday buried the victims of the raid on Dandume.",
        "Bandits on motorbikes stormed the village of Dandume, shooting residents and torching homes.",
    ),
    (
        "Scores of mourners on Wednesday buried the victims of last week's raid on Dandume.",
        "Bandits on motorbikes stormed the village of Dandume, shooting residents and torching homes.",
    ),
    (
        "The state governor on Tuesday pledged to wipe out the bandits behind the killings.",
        "Bandits shot dead nine worshippers at a mosque in Dandume, residents said.",
    ),
    (
        "A high court in Kano on Tuesday sentenced a driver to death for murder.",
        "Prosecutors said the driver stabbed a traffic warden to death at a junction in Dandume.",
    ),
    (
        "A high court in Kano on Tuesday sentenced a driver to death for kidnapping.",
        "Prosecutors said the driver had kidnapped a trader in Dandume.",
    ),
    (
        "Villagers of Dandume on Monday marked eight years since the massacre.",
        "When the insurgents seized Dandume, they executed the chief and burned the market.",
    ),
    (
        "On Monday, villagers of Dandume gathered to remember the dead.",
        "When the insurgents seized Dandume, they executed the chief and burned the market.",
    ),
    (
        "The military said on Tuesday it was defeating the insurgency in the region.",
        "The insurgents kidnapped 110 schoolgirls from Dandume.",
    ),
]


@pytest.mark.parametrize("first,second", NOT_OPENING)
def test_a_sentences_own_day_is_no_opening_day(extractor, first, second):
    assert all(
        d not in ("2026-03-09", "2026-03-10", "2026-03-11") for d in _dates(extractor, [first, second], "Dandume")
    )


def test_near_miss_label_line_still_gives_its_day(extractor):
    paras = ["Incidents recorded on Tuesday, 10 March, by the state police.", "Dandume: bandits torched 12 homes."]
    assert _dates(extractor, paras, "Dandume") == ["2026-03-10"]


def test_near_miss_heading_line_still_gives_its_day(extractor):
    paras = ["Security incidents in Katsina state — Tuesday 10 March 2026", "Dandume: bandits torched 12 homes."]
    assert _dates(extractor, paras, "Dandume") == ["2026-03-10"]


# --- a reaction told in the incident's paragraph, after the lead's, breaks the chain
def test_reaction_in_the_same_paragraph_breaks_the_chain(extractor):
    para = (
        "The governor condemned the killings. \u201cWe will hunt them down,\u201d he said."
        " Bandits kidnapped 25 travellers on the Funtua-Zaria road."
    )
    assert "2026-03-10" not in _dates(extractor, [LEAD, para], "travellers")


def test_near_miss_no_reaction_keeps_the_chain(extractor):
    para = "The attackers fled into the forest. Bandits also kidnapped 25 travellers on the Funtua-Zaria road."
    assert "2026-03-10" in _dates(extractor, [LEAD, para], "travellers")


# --- a number without a year's context is no past year; an old opening stamp carries no day
@pytest.mark.parametrize("n", ["2000 protesters", "1850 cattle"])
def test_a_count_is_no_past_year(n):
    from newsetl.extract.events.doc_day import _past_year

    assert not _past_year(f"Dandume: bandits drove off {n} from the market.", 2026)


@pytest.mark.parametrize("text", ["in 2019, bandits", "since 2021 the town", "on 4 May 2019 bandits", "2015 — Bandits"])
def test_a_year_in_context_is_a_past_year(text):
    from newsetl.extract.events.doc_day import _past_year

    assert _past_year(text, 2026)


def test_a_count_row_keeps_the_opening_day(extractor):
    paras = [
        "Incidents recorded on Tuesday, 10 March, by the state police.",
        "Dandume: 2000 protesters marched to the palace.",
    ]
    assert _dates(extractor, paras, "Dandume") == ["2026-03-10"]


def test_an_archive_stamp_carries_no_day(extractor):
    paras = ["Published 14 January 2025", "Bandits attacked a police post in Dandume, killing two officers."]
    assert "2025-01-14" not in _dates(extractor, paras, "Dandume")


def test_sentence_of_is_public():
    from newsetl.extract.events import when

    assert callable(when.sentence_of)


def test_near_miss_toll_lead_gives_its_day(extractor):
    paras = [
        "At least 14 people were killed across the state on Tuesday as herders clashed with farmers.",
        "In Dandume, soldiers fired tear gas at youths who had blocked the highway, residents said.",
    ]
    assert "2026-03-10" in _dates(extractor, paras, "Dandume")


def test_near_miss_a_rows_afterword_keeps_the_chain(extractor):
    paras = [
        "Incidents recorded on Tuesday, 10 March, by the state police.",
        "Funtua: bandits shot dead two farmers. A vigilante group later mourned one of them as a member.",
        "Dandume: bandits torched 12 homes at night.",
    ]
    assert _dates(extractor, paras, "Dandume") == ["2026-03-10"]
