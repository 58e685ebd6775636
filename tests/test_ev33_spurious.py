"""Rules of round ev33 (issue 10, spurious events): reports the text denies, doubts or rejects, measures, plans for a
weekday, a territory aim, and a battle retold in the next sentence. Sentences written for the tests, none copied from an
evaluation set."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2025, 3, 12)  # a Wednesday
LEAD = "MAIDUGURI — Gunmen killed three traders at the cattle market in Bama on Monday, residents said."


def _subs(extractor, *paragraphs):
    return [r["sub_event_type"] for r in run(extractor, [LEAD, *paragraphs], REF)]


def test_a_denied_report_where_it_circulated_or_of_an_event_is_no_event(extractor):
    assert _subs(
        extractor, "The army denied reports on social media that soldiers had burned a school in Konduga."
    ) == ["Attack"]
    assert _subs(extractor, "The governor dismissed rumours of an air strike on a camp near Konduga.") == ["Attack"]
    assert _subs(extractor, "The police have no information to confirm messages on WhatsApp about a new attack.") == [
        "Attack"
    ]
    # the same act reported by the text itself stays
    assert _subs(extractor, "Soldiers burned a school in Konduga on Tuesday, residents said.")[-1] != "Attack"


def test_a_doubted_or_rejected_report_as_a_subject_is_no_event(extractor):
    assert _subs(
        extractor, "An unverified report of an attack on a village near Konduga on Sunday is being checked."
    ) == ["Attack"]
    assert _subs(
        extractor,
        "The ministry says that the messages circulating on social networks about a massacre in Konduga are false.",
    ) == ["Attack"]


def test_a_claim_rejected_in_apposition_is_no_event_unless_it_gives_a_toll(extractor):
    assert _subs(
        extractor,
        "Observers expect more violence. State media said on Tuesday that rebels had shelled a clinic in Konduga, a claim "
        "that residents contacted by phone did not confirm.",
    ) == ["Attack"]
    rows = run(
        extractor,
        [
            "MAIDUGURI — Troops and insurgents clashed near Konduga on Monday. The insurgents said they had killed 15 "
            "soldiers, a claim the army denied."
        ],
        REF,
    )
    assert [r["sub_event_type"] for r in rows] == ["Armed clash"], rows
    assert rows[0]["fatalities"] == 15, rows


def test_a_curfew_is_a_measure_not_an_event(extractor):
    assert _subs(extractor, "The governor imposed a dusk-to-dawn curfew on the town the same night.") == ["Attack"]


def test_a_strike_announced_for_a_weekday_is_a_plan(extractor):
    assert _subs(extractor, "Traders' leaders have announced a general strike across the state for Friday.") == [
        "Attack"
    ]


def test_territory_as_a_purpose_or_an_order_is_no_event(extractor):
    subs = _subs(extractor, "The governor ordered the army to retake control of Konduga.")
    assert "Government regains territory" not in subs and "Non-state actor overtakes territory" not in subs, subs


def test_a_battle_retold_by_how_it_began_is_the_same_battle(extractor):
    rows = run(
        extractor,
        [
            "MAIDUGURI — Soldiers killed six insurgents in a gunfight near Konduga on Monday morning, the army said.",
            "The gunfight began when a patrol came under fire from a camp near the Cameroon border, the army added.",
        ],
        REF,
    )
    assert [r["sub_event_type"] for r in rows] == ["Armed clash"], rows
    rows = run(
        extractor,
        [
            "MAIDUGURI — Soldiers killed six insurgents in a gunfight near Konduga on Monday morning, the army said.",
            "On Tuesday, a patrol came under fire from a camp near Bama, the army added.",
        ],
        REF,
    )
    assert [r["sub_event_type"] for r in rows] == ["Armed clash", "Armed clash"], rows
