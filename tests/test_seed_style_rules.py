"""Non-events and vague times in commentary-style reporting (issue 10, the run on the seeds): plans with an adverb
after the modal, capabilities, weapons delivered rather than used, side clauses, background of an earlier year, and
events dated by "over the past few days", "recently" or "Earlier,". Sentences written for the tests."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.extract_util import run

REF = date(2023, 4, 14)  # a Friday


@pytest.mark.parametrize(
    "text",
    [
        "The operation will mainly target the town of Kidal, the last stronghold of the rebel group in Mali.",
        "The new launcher is capable of hitting targets 300 km away, including the city of Homs.",
        "On Monday the army moved a multiple rocket launcher into Idlib province for the first time.",
        "On Tuesday the ministry began sending convoys of tanks, artillery and armoured vehicles into Aleppo province.",
        "While advancing toward a confrontation with Iran, the government also threatens to draw Turkey into the war.",
        "Earlier this year, the rebels managed to repel two assaults by army units near Kidal.",
        "On Monday the minister accused the rebels of preparing a chemical weapons attack in Idlib.",
        "The president justified the strikes on Monday in the name of preventing the mass murder of civilians in Idlib.",
        "Within this context of mass slaughter, the envoy spoke on Monday in Idlib.",
    ],
)
def test_plans_capabilities_deliveries_and_background_are_no_events(extractor, text):
    assert run(extractor, [text], ref=REF) == []


@pytest.mark.parametrize(
    "text,sub",
    [
        ("On Monday the army fired artillery at rebel positions near Homs.", "Shelling/artillery/missile attack"),
        ("On Monday militants attacked an army post near Kidal while advancing on the town.", "Armed clash"),
    ],
)
def test_the_rules_leave_reported_attacks_alone(extractor, text, sub):
    rows = run(extractor, [text], ref=REF)
    assert [r["sub_event_type"] for r in rows] == [sub]


@pytest.mark.parametrize(
    "paras,when,prec",
    [
        (
            ["Over the past few days, militants have seized the town of Kidal from the army."],
            REF - timedelta(days=7),
            2,
        ),
        (["Recently, the army shelled rebel positions near Homs."], REF, 3),
        (
            ["Gunmen killed five civilians in Gao on Tuesday.", "Earlier, the army shelled rebel positions near Homs."],
            date(2023, 4, 11),
            3,
        ),
    ],
)
def test_a_vague_time_dates_the_event_with_lower_precision(extractor, paras, when, prec):
    rows = run(extractor, paras, ref=REF)
    last = rows[-1]
    assert (last["event_date"], last["time_precision"]) == (when, prec), rows


def test_a_list_after_a_singular_cue_keeps_every_village(extractor):
    text = "On Monday, rebels recaptured the village of Tessit, Inkar, Tin Abao, Ouatagouna and Tahtani from the army."
    rows = run(extractor, [text], ref=REF)
    assert [r["location"] for r in rows] == ["Tessit", "Inkar", "Tin Abao", "Ouatagouna", "Tahtani"]
    assert {r["sub_event_type"] for r in rows} == {"Non-state actor overtakes territory"}
