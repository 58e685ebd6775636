"""Rules of round ev39 (issue 10, spurious and missed events): reports the text doubts or rejects in new wordings, a
bulletin's headline list, fact-check claim labels, headings in capitals, protests in unusual words, a participle used
as a noun, shots at a house, and the act an arrest is over when it has a day of its own. Sentences written for the
tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2025, 3, 12)  # a Wednesday
LEAD = "MAIDUGURI — Gunmen killed three traders at the cattle market in Bama on Monday, residents said."


def _rows(extractor, *paragraphs):
    return run(extractor, [LEAD, *paragraphs], REF)


def _subs(extractor, *paragraphs):
    return [r["sub_event_type"] for r in _rows(extractor, *paragraphs)]


def test_a_denied_post_or_rejected_information_is_no_event(extractor):
    assert _subs(
        extractor, "Nurses at the clinic denied a post on social media saying a drone had struck a school in Konduga."
    ) == ["Attack"]
    assert _subs(
        extractor,
        "The governor rejects the information circulated on social networks about an ambush near Konduga, which is false.",
    ) == ["Attack"]
    # a denial of responsibility keeps the event the text reports
    assert _subs(
        extractor, "Soldiers burned a school in Konduga on Tuesday; the army denied that its men were involved."
    ) == ["Attack", "Looting/property destruction"]


def test_unverified_reports_the_next_sentence_does_not_confirm_are_no_event(extractor):
    assert _subs(
        extractor,
        "Unverified reports indicate that a drone struck a camp near Konduga on Tuesday. The information could not be "
        "confirmed.",
    ) == ["Attack"]
    # without the second sentence, a hedged report of the event (fix39)
    assert _subs(extractor, "Unverified reports indicate that a drone struck a camp near Konduga on Tuesday.") == [
        "Attack",
        "Air/drone strike",
    ]


def test_a_death_the_authority_says_is_not_related_is_no_event(extractor):
    assert _subs(
        extractor,
        "The police state that the death of a fisherman found on Tuesday in a river near Konduga is not related to "
        "these events.",
    ) == ["Attack"]


def test_a_headline_list_of_a_bulletin_gives_no_events(extractor):
    rows = run(
        extractor,
        [
            "ANCHOR: Good evening. Tonight: gunmen kill a farmer near Bama; soldiers attacked in Gwoza; and traders in "
            "Biu take to the streets over taxes.",
            "REPORTER: Gunmen shot dead a farmer near Bama this morning, residents told us.",
        ],
        REF,
    )
    assert [(r["sub_event_type"], r["location"]) for r in rows] == [("Attack", "Bama")], rows
    rows = run(
        extractor,
        [
            "NEWSREADER: Good morning. These are the headlines. Soldiers and gunmen clash in Gwoza; police arrest "
            "ten traders in Biu.",
            "NEWSREADER: Soldiers fought gunmen near Gwoza on Tuesday for two hours, the army said.",
        ],
        REF,
    )
    assert [(r["sub_event_type"], r["location"]) for r in rows] == [("Armed clash", "Gwoza")], rows


def test_a_fact_check_claim_label_gives_no_event_but_its_verdict_may(extractor):
    rows = run(
        extractor,
        [
            'CLAIM 1: "Police killed protesters in Bama on 8 March." VERDICT: MISLEADING. The footage is older.',
            "CLAIM 2: A video shows soldiers burning a market in Bama. VERDICT: TRUE. Soldiers burned the market in "
            "Bama on Monday, traders told us.",
        ],
        REF,
    )
    assert [r["sub_event_type"] for r in rows] == ["Looting/property destruction"], rows


def test_a_heading_in_capitals_gives_no_event(extractor):
    from newsetl.extract.events.headings import caps_heading as _caps_heading

    assert _caps_heading("RIGHTS MONITOR — DETENTION BULLETIN No. 4/2025 — BORNO STATE — 11 MARCH 2025")
    assert not _caps_heading("1. On 10 March 2025, police arrested six traders at the market in Biu.")
    assert not _caps_heading("UNHCR — 11 MARCH")  # two words: a label, not a heading
    rows = run(
        extractor,
        [
            "RIGHTS MONITOR — ARREST AND DETENTION REPORT No. 4/2025 — BORNO STATE — 11 MARCH 2025",
            "1. On 10 March 2025, police arrested six traders at the market in Biu.",
        ],
        REF,
    )
    assert [(r["sub_event_type"], r["event_date"]) for r in rows] == [("Arrests", date(2025, 3, 10))], rows


def test_a_dharna_a_human_chain_and_a_silent_walk_by_relatives_of_the_detained_protest(extractor):
    for text in (
        "On Monday, residents of five villages staged a dharna in front of the block office in Biu, demanding a road.",
        "On Monday, teachers stood in a human chain outside the press club in Biu demanding the arrest of the killers.",
        "On Monday, about fifty women, mothers of the detained, walked in silence through Biu to ask for their "
        "release.",
    ):
        rows = run(extractor, [text], REF)
        assert [r["sub_event_type"] for r in rows] == ["Peaceful protest"], (text, rows)
    # a meeting or a stand is no protest
    rows = run(extractor, ["On Monday, the elders of Biu held a meeting and took a stand against the plan."], REF)
    assert all(r["event_type"] != "Protests" for r in rows), rows


def test_shots_fired_at_a_house_are_an_attack(extractor):
    rows = run(
        extractor, ["On Monday night, unknown men fired several shots at the house of a village head in Biu."], REF
    )
    assert [r["sub_event_type"] for r in rows] == ["Attack"], rows


def test_the_act_an_arrest_is_over_with_a_day_of_its_own_is_an_event(extractor):
    rows = run(
        extractor,
        ["In Biu, police arrested six youths on Tuesday over the burning of a cattle market at Bama the day before."],
        REF,
    )
    got = sorted((r["sub_event_type"], r["event_date"]) for r in rows)
    assert got == [("Arrests", date(2025, 3, 11)), ("Looting/property destruction", date(2025, 3, 10))], rows
    # without a day of its own the act is only the reason of the arrest
    rows = run(extractor, ["In Biu, police arrested six youths on Tuesday over the burning of a cattle market."], REF)
    assert [r["sub_event_type"] for r in rows] == ["Arrests"], rows
