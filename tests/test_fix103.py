"""fix103 (issue 10, twenty-sixth session): review mends of ev93. A follow-up count of dead after an armed clash adds
to its toll only when it tells more dead (no restatement of the same side or a smaller count, no "among them", no
separate incident or accident); a period's total of neutralised enemies ("Since March, ...") adds nothing; a plan to
neutralise ("an operation to neutralise", "aimed at neutralising", "vowing to", "tried to") and neutralised bases or
cells are no deaths. Two named communities' pair takes the one word before each people's noun ("On Monday Toposa
herders", "Armed Toposa herders"), names no faith ("Hindu villagers and Sikh farmers") and leaves a clash "with
soldiers" to its sides. "Nobody was injured" in the lead's next paragraph speaks of another incident when that paragraph
gives a place or date of its own. A subheading is no byline. Variant sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import one, run

REF = date(2026, 6, 10)


def _toll(extractor, paras):
    rows = run(extractor, [paras] if isinstance(paras, str) else paras, ref=REF)
    assert len(rows) == 1, rows
    return rows[0]["fatalities"]


LEAD = "Government troops clashed with Houthi fighters near Harib, Yemen, on Thursday, killing five militants."


@pytest.mark.parametrize(
    ("para", "toll"),
    [
        (LEAD + " Five militants and two soldiers died, the military said.", 7),
        (
            "Government troops clashed with Houthi fighters near Harib, Yemen, on Thursday, killing two soldiers and"
            " three militants. Two soldiers died on the spot, the military said.",
            5,
        ),
        (LEAD + " A field commander was killed among them, the military said.", 5),
        (LEAD + " Two civilians died in a separate mine blast.", 5),
        (LEAD + " Three soldiers also died when their pickup overturned on the road back to camp.", 5),
        # kept: more dead of the clash
        (LEAD + " Three wounded soldiers died later in hospital.", 8),
        (LEAD + " Two soldiers also died, the military said.", 7),
        (
            "Fighters of the group attacked an army post near Harib, Yemen, on Thursday, and the soldiers drove them"
            " back and killed four of them. One soldier was killed, the army said.",
            5,
        ),
    ],
)
def test_a_follow_up_count_adds_only_other_dead(extractor, para, toll):
    assert one(run(extractor, [para], ref=REF), "Armed clash")["fatalities"] == toll


def test_a_period_total_of_neutralised_enemies_adds_nothing(extractor):
    para = (
        "Malian troops clashed with jihadists near Menaka on Sunday, killing four. Since February, 310 terrorists"
        " have been neutralised in the region, the army said."
    )
    assert _toll(extractor, para) == 4


@pytest.mark.parametrize(
    "para",
    [
        "On 4 May the army launched an operation to neutralise 30 jihadists near Menaka, Mali, clashing with them for"
        " hours.",
        "On 4 May soldiers clashed with gunmen near Menaka, Mali, during an operation aimed at neutralising 60 bandits"
        " hiding in the hills.",
        "On 4 May soldiers clashed with jihadists near Menaka, Mali, vowing to neutralise 150 terrorists in the area by"
        " August.",
        "On 4 May soldiers clashed with jihadists near Menaka, Mali. Troops tried to neutralise 25 jihadists hiding in"
        " the hills but they escaped.",
        "On 4 May soldiers clashed with jihadists near Menaka, Mali, neutralising two terrorist bases.",
        "On 4 May soldiers clashed with jihadists near Menaka, Mali, and neutralised three terrorist cells.",
    ],
)
def test_plans_and_bases_neutralised_are_no_deaths(extractor, para):
    assert not _toll(extractor, para)


@pytest.mark.parametrize(
    "para",
    [
        "On 4 May soldiers clashed with jihadists near Menaka, Mali, neutralising 12 terrorists.",
        "On 4 May soldiers repelled an attack near Menaka, Mali, and managed to neutralise 9 terrorists.",
    ],
)
def test_neutralised_fighters_still_count(extractor, para):
    assert _toll(extractor, para) in (9, 12)


@pytest.mark.parametrize(
    "para",
    [
        "On Monday Toposa herders and Didinga villagers exchanged gunfire near Kapoeta, South Sudan.",
        "Yesterday Toposa herders and Didinga villagers exchanged gunfire near Kapoeta, South Sudan.",
        "Suspected Toposa herders and Didinga villagers exchanged gunfire near Kapoeta, South Sudan, on Monday.",
        "In Eastern Equatoria Toposa herders and Didinga villagers exchanged gunfire near Kapoeta on Monday.",
        "Armed Toposa herders and Didinga villagers exchanged gunfire near Kapoeta, South Sudan, on Monday.",
    ],
)
def test_the_community_is_the_word_before_its_people(extractor, para):
    row = one(run(extractor, [para], ref=REF), "Armed clash")
    assert {row["actor1"], row["actor2"]} == {"Toposa communal militia", "Didinga communal militia"}, row


@pytest.mark.parametrize(
    "para",
    [
        "Hindu villagers and Sikh farmers exchanged fire near Ludhiana, India, on Monday.",
        "Toposa fighters and Didinga fighters clashed with soldiers near Kapoeta, South Sudan, on Monday.",
    ],
)
def test_no_community_pair_for_faiths_or_a_clash_with_a_force(extractor, para):
    row = one(run(extractor, [para], ref=REF), "Armed clash")
    assert "communal militia" not in f"{row['actor1']} {row['actor2']}", row


@pytest.mark.parametrize(
    "second",
    [
        "On Sunday, debris fell on a shed in Balakliia. Nobody was injured.",
        "In Balakliia, nobody was injured when debris fell on a shed.",
        "Later, a fire truck rushing to the scene overturned near Balakliia. Nobody was injured.",
    ],
)
def test_nobody_hurt_in_another_incident_leaves_the_lead(extractor, second):
    lead = "KHARKIV — Russian forces shelled the town of Chuhuiv on Wednesday, the governor said."
    assert _toll(extractor, [lead, second]) is None


@pytest.mark.parametrize(
    "second",
    [
        "Nobody was injured, the governor added.",
        "He said nobody was injured, and the General Staff of Ukraine later confirmed the attack.",
    ],
)
def test_nobody_hurt_after_the_lead_still_reads(extractor, second):
    lead = "KHARKIV — Russian forces shelled the town of Chuhuiv on Wednesday, the governor said."
    assert _toll(extractor, [lead, second]) == 0


MARCH = (
    "Hundreds of traders marched through the Gikomba market in Nairobi yesterday afternoon, throwing stones at"
    " shops that stayed open."
)
ARREST = "Police arrested fourteen people from the area last night, said the officer commanding the station."
WITNESS = 'A trader said the march began after the county raised stall fees. "We were chased," she said.'


@pytest.mark.parametrize("heading", ["Strike Enters Third Day", "SECOND RAID"])
def test_a_subheading_is_no_byline(extractor, heading):
    rows = run(extractor, [MARCH, heading, WITNESS, ARREST], ref=date(2026, 5, 20))
    assert one(rows, "Arrests")["actor2"] == "Civilians"
