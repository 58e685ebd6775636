"""(fix120) Review mends of ev107 (extract/events/crowd_coercion.py): a force retypes a peaceful protest only when it
acts on a crowd (a crowd object, a scene pronoun or a crowd-directed means), not when its act is negated; a dispersed
festival crowd that is protesting is still a protest; a protest noun inside "the offices / house of ..." is no crowd;
people occupying land or blocking a pavement need a protest cue; a militia is no intervening force; the arrest words
are data. Own variant sentences (names, places and wordings of this file), with near misses that keep ev107's reads."""

from __future__ import annotations

from datetime import date

import pytest

from .extract_util import run

REF = date(2025, 3, 14)
PWI = "Protest with intervention"


def _subs(extractor, line: str) -> list[str]:
    return sorted(r["sub_event_type"] for r in run(extractor, [line], ref=REF))


# MUST-FIX 1: a force whose verb acts on something other than the crowd leaves the protest peaceful
FORCE_ON_SOMETHING_ELSE = [
    "Gendarmes cleared rubble from the main road after the protest in Tahoua on Tuesday.",
    "Families of the dead man protested outside the gendarmerie in Dosso on Tuesday and gendarmes removed the commander from his post.",
    "Traders marched in Kumasi on Tuesday and police charged the constable who shot the driver with manslaughter.",
    "Soldiers fired on bandits near Zinder on Tuesday before villagers marched to demand protection.",
    "Troops used armoured trucks to patrol the avenues of Niamey on Tuesday as demonstrators marched to the assembly.",
    "Police stormed a warehouse held by kidnappers in Kano on Tuesday as residents protested nearby.",
    "Soldiers ended the night curfew in Maradi on Tuesday after the protests.",
    "Farmers rallied in Sokoto on Tuesday and the army cracked down on fuel smugglers at the frontier.",
    "Pensioners protested in Accra on Tuesday, and police used the occasion to call for calm.",
    "Nurses marched peacefully in Mombasa on Tuesday and then police ended the road diversions.",
    "Police charged four students with organising an unlawful protest in Gweru on Tuesday.",
    "Villagers protested in Ibadan on Tuesday over the murder of a farmer, and police raided the killer's hideout.",
]

# MUST-FIX 2: the force's act is negated
FORCE_NEGATED = [
    "Doctors marched peacefully in Kisumu on Tuesday and neither police nor soldiers fired a single shot.",
    "Doctors marched peacefully in Kisumu on Tuesday and no police officers used force.",
]

# near misses: the force acts on the crowd (object, pronoun or means): still an intervention
STILL_INTERVENTION = [
    "Hundreds of traders marched in Tamale on Tuesday until police fired tear gas.",
    "Hundreds of traders marched in Tamale on Tuesday and police dispersed them.",
    "Nurses marched in Eldoret on Tuesday and the police fired on the marchers.",
    "Students gathered outside the rectorate in Zaria on Tuesday and left after soldiers fired warning shots.",
    "Security forces dragged away dozens of activists who were occupying the town hall in Bouake on Tuesday.",
]


@pytest.mark.parametrize("line", FORCE_ON_SOMETHING_ELSE + FORCE_NEGATED)
def test_force_not_on_the_crowd_keeps_the_protest_peaceful(extractor, line):
    assert _subs(extractor, line) == ["Peaceful protest"]


@pytest.mark.parametrize("line", STILL_INTERVENTION)
def test_force_on_the_crowd_is_still_an_intervention(extractor, line):
    assert _subs(extractor, line) == [PWI]


# MUST-FIX 3: a dispersed crowd that is protesting is a protest, not a festival / worship crowd
def test_dispersed_crowd_protesting_is_a_protest(extractor):
    rows = run(
        extractor,
        ["Police dispersed scores of pilgrims protesting the closure of a shrine in Sylhet on Tuesday."],
        ref=REF,
    )
    assert [r["sub_event_type"] for r in rows] == [PWI]
    rows = run(
        extractor, ["Police dispersed festival stewards demanding their unpaid pay in Khulna on Tuesday."], ref=REF
    )
    assert [r["sub_event_type"] for r in rows] == [PWI]


@pytest.mark.parametrize(
    "line",
    [
        "Police dispersed a crowd of wedding guests in Kandahar on Tuesday.",
        "Police broke up a birthday party in Kaduna on Tuesday.",
    ],
)
def test_festive_crowd_still_no_protest(extractor, line):
    assert _subs(extractor, line) == []


# MUST-FIX 4: a protest noun inside "the offices / house of ..." is not the force's crowd
def test_protest_noun_after_of_keeps_arrest_and_abduction(extractor):
    assert _subs(
        extractor, "Police raided the offices of a protest movement in Bulawayo on Tuesday and arrested nine employees."
    ) == ["Arrests"]
    assert _subs(
        extractor, "Soldiers stormed the home of a protest organiser in Bulawayo on Tuesday and abducted him."
    ) == ["Abduction/forced disappearance"]


# SHOULD-FIX: evictions and hawker removals are no protest; blockers of a gate or road still are
def test_occupying_land_or_blocking_pavement_is_no_protest(extractor):
    assert PWI not in _subs(
        extractor, "Police evicted dozens of families who were occupying council land in Mutare on Tuesday."
    )
    assert _subs(extractor, "Police removed hawkers who were blocking the sidewalk in Ibadan on Tuesday.") == []
    assert _subs(
        extractor,
        "Soldiers dragged away several miners who were blocking the gate of the quarry near Likasi on Tuesday.",
    ) == [PWI]


# SHOULD-FIX: a militia breaking up a rally is no state intervention
def test_militia_breaking_up_a_rally(extractor):
    rows = run(
        extractor, ["A band of ruling party militiamen broke up an opposition rally in Masvingo on Tuesday."], ref=REF
    )
    assert [r["sub_event_type"] for r in rows] == ["Peaceful protest"]


def test_arrest_words_are_data(extractor):
    from newsetl.extract.events import crowd_coercion

    assert not hasattr(crowd_coercion, "ARREST_WORD")
    assert "custody" in extractor.res.words["arrest_trigger_words"]
