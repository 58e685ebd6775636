"""Round fix79 (review21d of fix76): the crowd-vs-force riot reads arming in the crowd's clause only (not the force's
"armed police", guns fired into the air, the force's own gunfire, a clause after ";", a "firearms law"); the crowd
killing one soldier or exchanging fire "as"/"when" stays a clash; "armed only with stones" keeps the riot, "stones and
machetes" does not; an arrest names the act in its region before the latest one elsewhere."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 5, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Armed police clashed with youths in Kibera, Nairobi, Kenya, on Monday.",
        "Heavily armed soldiers clashed with residents in Bamenda, Cameroon, on Monday.",
        "Youths clashed with heavily armed police in Kasserine, Tunisia, on Monday.",
        "Police clashed with youths in Kibera, Nairobi, Kenya, on Monday, firing guns into the air to disperse them.",
        "Youths clashed with police in Kisumu, Kenya, on Monday, and officers responded with gunfire.",
        "Youths clashed with police in Kisumu, Kenya, on Monday while officers fired live bullets.",
        "Angered by police gunfire on Sunday, students clashed with police in Kisumu, Kenya, on Monday.",
        "Students clashed with police in Kisumu, Kenya, on Monday over a new firearms law.",
        "Youths clashed with police in Kasserine, Tunisia, on Monday; officers later seized two guns.",
        "Police clashed with youths armed only with stones in Kasserine, Tunisia, on Monday.",
        "Youths, armed only with stones and sticks, clashed with police in Kasserine, Tunisia, on Monday.",
    ],
)
def test_arms_outside_the_crowds_clause_keep_the_riot(extractor, text):
    (row,) = run(extractor, [text], ref=REF)
    assert (row["sub_event_type"], row["actor1"]) == ("Violent demonstration", "Rioters"), row


@pytest.mark.parametrize(
    "text",
    [
        "Youths clashed with soldiers near Pibor, South Sudan, on Monday, killing a soldier.",
        "Villagers clashed with soldiers near Pibor, South Sudan, on Monday, killing one policeman and wounding two.",
        "Youths clashed with soldiers near Pibor, South Sudan, on Monday, shooting dead a soldier.",
        "Youths clashed with soldiers near Pibor, South Sudan, on Monday, killing three of the soldiers.",
        "Youths clashed with soldiers near Pibor, South Sudan, on Monday as they exchanged gunfire.",
        "Youths clashed with soldiers near Pibor, South Sudan, on Monday when they opened fire on the troops.",
        "Clashes broke out between youths and soldiers near Pibor, South Sudan, on Monday, leaving five dead, as the "
        "youths fired rifles.",
        "Police clashed with youths armed only with stones and machetes in Kasserine, Tunisia, on Monday.",
        "Armed with machetes, youths clashed with police in Kasserine, Tunisia, on Monday.",
        "Traders clashed with police in Kisumu, Kenya, on Monday, while some traders fired guns at the officers.",
    ],
)
def test_a_crowd_armed_in_its_clause_stays_a_clash(extractor, text):
    rows = run(extractor, [text], ref=REF)
    assert rows and all(r["sub_event_type"] != "Violent demonstration" for r in rows), rows


def test_the_named_act_in_the_arrests_region_first(extractor):
    paras = [
        "Youths clashed with police in Ikeja, Lagos, Nigeria, on Monday.",
        "On Tuesday, soldiers clashed with gunmen near Maiduguri, Nigeria, killing two.",
        "Police on Wednesday arrested 20 youths in Lagos State over the clashes.",
    ]
    rows = [r for r in run(extractor, paras, ref=REF) if r["sub_event_type"] == "Arrests"]
    assert [r["actor2"] for r in rows] == ["Rioters"], rows


def test_a_semicolon_clause_of_the_crowd_still_arms_it(extractor):
    text = "Clashes broke out between youths and soldiers near Pibor, South Sudan, on Monday; the youths fired rifles."
    rows = run(extractor, [text], ref=REF)
    assert rows and all(r["sub_event_type"] != "Violent demonstration" for r in rows), rows
