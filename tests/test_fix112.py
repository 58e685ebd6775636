"""(fix112) Review mends of ev103 (told_elsewhere.py): a restatement, a consequence, a "came after" subject and a
relative's claim drop only after an event of the trigger's kind and with no place or day of their own; a plan is not
"announced a curfew after riots" / "an inquiry into the protest" / "calls the rally ... a success"; a "since" after a
superlative or "first such" aside is no running total. Sentences written for this test. Reference day: Monday
2026-03-30."""

from __future__ import annotations

from datetime import date

import pytest

from .extract_util import run

REF = date(2026, 3, 30)

MARCH = "Hundreds of teachers marched to the education ministry in Mzuzu on Tuesday to demand unpaid salaries."
CLASH = "Soldiers and militiamen clashed near Oicha on Friday, killing six fighters, the army said."
RAID = "Militiamen raided a village near Mambasa on Friday, killing four farmers, local officials said."
TOWN_MARCH = "Thousands of traders marched through Sokoto on Monday to protest against new market levies."
HOLDUP = "Armed robbers raided a bank in Eldoret on Thursday, police said."
BOMB = "A bomb exploded at a bus stop in Karonga on Tuesday, killing two people."


def _subs(extractor, paragraphs) -> list[str]:
    return [r["sub_event_type"] for r in run(extractor, paragraphs, ref=REF)]


# an event of another kind, or of the kind with a place or day of its own, is no consequence of the event told before
OWN_CONSEQUENCE = [
    [MARCH, "Thursday's explosion sent shoppers fleeing from the market in Karonga, police said."],
    [CLASH, "The fighting forced thousands of residents of Lubero to flee towards Butembo on Sunday, the UN said."],
    [RAID, "Eventually, the shelling forced the closure of Bunia airport on Sunday."],
]


@pytest.mark.parametrize("paragraphs", OWN_CONSEQUENCE)
def test_a_consequence_with_its_own_kind_or_place_keeps_its_row(extractor, paragraphs):
    assert len(_subs(extractor, paragraphs)) == 2, _subs(extractor, paragraphs)


def test_the_riot_that_prompted_fire_is_a_riot_of_its_own(extractor):
    subs = _subs(extractor, [MARCH, "The riot prompted police to fire live rounds in Rumphi on Wednesday."])
    assert "Violent demonstration" in subs, subs


@pytest.mark.parametrize(
    "paragraphs",
    [
        [CLASH, "The fighting displaced hundreds of families to camps near Butembo."],
        [CLASH, "The clashes forced some 3,000 villagers to flee towards Butembo on Saturday."],
        [RAID, "The attack drew condemnation from the governor in Bunia on Saturday."],
    ],
)
def test_a_consequence_of_the_event_told_before_still_adds_no_row(extractor, paragraphs):
    assert len(_subs(extractor, paragraphs)) == 1, _subs(extractor, paragraphs)


def test_came_after_with_no_event_of_its_kind_before_is_a_new_event(extractor):
    subs = _subs(extractor, [MARCH, "Thursday's bombing came hours after the president visited Karonga."])
    assert len(subs) == 2 and "Other" not in subs, subs


def test_came_after_a_visit_restating_the_bombing_adds_nothing(extractor):
    assert len(_subs(extractor, [BOMB, "The bombing came hours after the president visited Karonga."])) == 1


# a relative's claim of another kind, place or day than the event told before is an event of its own
OWN_CLAIMS = [
    [TOWN_MARCH, "His uncle says he was abducted on Tuesday by gunmen in Zaria."],
    [TOWN_MARCH, "Her lawyer says she was arrested by police at her home in Minna on Tuesday."],
    [TOWN_MARCH, "His sister says he was abducted by soldiers on Friday, two days after the burial of his mother."],
    [HOLDUP, "The family of the victim says he was shot by police during a protest in Kitale on Saturday."],
    [HOLDUP, "His father says they were protesting peacefully in Kitale on Saturday when police opened fire."],
]


@pytest.mark.parametrize("paragraphs", OWN_CLAIMS)
def test_a_relatives_claim_of_its_own_kind_place_or_day_keeps_its_row(extractor, paragraphs):
    assert len(_subs(extractor, paragraphs)) >= 2, _subs(extractor, paragraphs)


# a noun and a preposition, or "calls the X ... a success", between the verb and the trigger: no plan
NOT_PLANS = [
    [HOLDUP, "Officials have announced a curfew after riots in Kitale on Saturday left four people dead."],
    [HOLDUP, "The opposition calls the rally in Kitale on Saturday, attended by 4,000 people, a triumph."],
    [
        HOLDUP,
        "The governor has announced an inquiry into the protest in Kitale on Sunday in which police shot dead a student.",
    ],
]


@pytest.mark.parametrize("paragraphs", NOT_PLANS)
def test_a_past_event_behind_a_preposition_or_a_verdict_is_no_plan(extractor, paragraphs):
    assert len(_subs(extractor, paragraphs)) >= 2, _subs(extractor, paragraphs)


@pytest.mark.parametrize(
    "paragraphs",
    [
        [HOLDUP, "The opposition calls a rally in Kitale for next Saturday."],
        [HOLDUP, "The union has announced a strike of bank workers for April 14."],
    ],
)
def test_plans_still_drop(extractor, paragraphs):
    assert len(_subs(extractor, paragraphs)) == 1, _subs(extractor, paragraphs)


# "since" after a superlative or "first such" aside: no running total
ASIDES = [
    "LIVE 11:05 - Police have fired tear gas at protesters in central Kampala, our reporter says, in the worst unrest since the 2021 election protests.",
    "LIVE 11:05 - Rioters have set fire to a police post in Gulu, residents say, the first such attack since the vote.",
]


@pytest.mark.parametrize("line", ASIDES)
def test_a_superlative_since_aside_keeps_the_first_report(extractor, line):
    assert len(_subs(extractor, [line])) == 1, _subs(extractor, [line])


def test_a_running_total_since_still_adds_no_row(extractor):
    line = "Police have fired tear gas at protesters in Kampala and Gulu dozens of times since the election of 2021."
    assert _subs(extractor, [line]) == []


def test_been_is_no_participle_of_a_running_total(extractor):
    line = "Police arrested a journalist in Gulu who has been in hiding since the election."
    assert _subs(extractor, [line]) == ["Arrests"]
