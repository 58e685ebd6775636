"""(fix111, review mends of ev101, issue 10) A dateline's written-out country yields to another country only when the
body names two distinct towns of it, never for a country's name alone; a town opening an organisation's name gives way
only to a place "in"/"at"/"near" ties to that name; "at X against ..." names no place; a market or station named by a
saint, an adjective or a person is no town; a job noun in the possessive does not block a forest's cue. Own variant
sentences (and a few of the reviewer's probes)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 5, 8)
KEN = "Police said on Monday that calm had returned to Eldoret, Kenya, after clashes over land."
OMN = "Police in Ibri, Oman, arrested three men on Monday over a land dispute, the Royal Oman Police said."


def _last(extractor, paras):
    rows = run(extractor, paras, ref=REF)
    assert rows, paras
    return rows[-1]["location"], rows[-1]["iso3"]


HOME_DATELINE = [
    (
        "KAMPALA, Uganda — Police fired tear gas at traders marching to the Kenya High Commission on Monday, "
        "witnesses said.",
        ("Kampala", "UGA"),
    ),
    (
        "LUSAKA, Zambia — Police shot dead two miners on Monday during a protest against a power deal with Mozambique.",
        ("Lusaka", "ZMB"),
    ),
    (
        "NIAMEY, Niger — Gunmen killed nine herders on Sunday, officials said. The attackers fled towards the border "
        "with Mali.",
        ("Niamey", "NER"),
    ),
    (
        "OUAGADOUGOU, Burkina Faso — Militants killed eight soldiers on Monday as Russia sent more instructors, "
        "officials said.",
        ("Ouagadougou", "BFA"),
    ),
    ("DODOMA, Tanzania — Police arrested 30 refugees who fled fighting in Burundi on Monday.", ("Dodoma", "TZA")),
    (
        "NAIROBI, Kenya — Police fired tear gas at hundreds of protesters marching to the Tanzania High Commission "
        "on Monday.",
        ("Nairobi", "KEN"),
    ),
]


@pytest.mark.parametrize("text,want", HOME_DATELINE)
def test_a_country_named_once_leaves_the_dateline_home(extractor, text, want):
    assert _last(extractor, [text]) == want


def test_two_towns_of_another_country_still_make_the_dateline_the_place_of_issue(extractor):
    text = (
        "ADDIS ABABA, Ethiopia — Militiamen killed four traders in Beledweyne on Sunday and burned a lorry in Baidoa "
        "on Monday, elders said."
    )
    assert {(r["location"], r["iso3"]) for r in run(extractor, [text], ref=REF)} <= {
        ("Beledweyne", "SOM"),
        ("Baidoa", "SOM"),
    }


ORG_TOWN_STAYS = [
    ([OMN], "Gunmen stormed the Sohar Aluminium Plant, 20 km south of Saham, on Friday, killing a guard.", "Sohar"),
    (
        [KEN],
        "Workers of the Thika Coffee Mills, most of them migrants from Nyeri, clashed with police on Tuesday.",
        "Thika",
    ),
    ([KEN], "Gunmen attacked the Nakuru Flour Factory on Tuesday, killing two guards from Naivasha.", "Nakuru"),
    ([], "Militants attacked the Baiji Refinery, 40 km north of Tikrit, on Sunday.", "Bayji"),
]


@pytest.mark.parametrize("first,text,loc", ORG_TOWN_STAYS)
def test_an_organisations_town_stays_without_its_tie(extractor, first, text, loc):
    assert _last(extractor, [*first, text])[0] == loc


AT_ORGANISATION = [
    "Workers protested at Omantel against job cuts on Tuesday.",
    "Students protested at Sultan Qaboos against fee increases on Tuesday.",
    "Fans rioted at Dhofar despite a heavy police presence on Tuesday.",
]


@pytest.mark.parametrize("text", AT_ORGANISATION)
def test_at_a_name_before_an_opposition_word_is_no_place(extractor, text):
    assert _last(extractor, [OMN, text]) == ("'Ibri", "OMN")


def test_in_a_name_before_an_opposition_word_stays_a_place(extractor):
    text = "On Tuesday, about 150 fishermen protested in Sharbithat against the new quotas, witnesses said."
    assert _last(extractor, [OMN, text]) == ("Sharbithat", "OMN")


NOT_TOWN_FACILITIES = [
    "A hawker was stabbed at St Peter's Market on Tuesday.",
    "Thugs attacked traders at Top Market on Tuesday night.",
    "A vendor was attacked at Mama Wanjiku's market on Tuesday.",
    "A suspect was beaten at Main Police Station on Tuesday.",
]


@pytest.mark.parametrize("text", NOT_TOWN_FACILITIES)
def test_a_facility_named_by_no_town_places_nothing(extractor, text):
    assert _last(extractor, [KEN, text]) == ("Eldoret", "KEN")


def test_a_facility_named_by_its_town_stays(extractor):
    text = "A hawker was stabbed at Sinaw Market on Tuesday night."
    assert _last(extractor, [OMN, text]) == ("Sinaw", "OMN")


def test_a_possessive_job_noun_keeps_the_forest(extractor):
    text = "Bandits killed two herders in Kapkanyar forest guards' camp on Tuesday."
    assert _last(extractor, [KEN, text]) == ("Kapkanyar", "KEN")


def test_forest_guards_still_name_people(extractor):
    text = "Bandits shot two Kapkanyar forest guards on Tuesday near Kaptagat."
    assert _last(extractor, [KEN, text]) == ("Kaptagat", "KEN")
