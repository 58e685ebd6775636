"""Fixer fix133: review mends of round ev118 (rv118). Sentences written for the tests (own names, places, numbers and
wording), none copied from an evaluation set. Each probe failed on main's code (the merge of ev118); the near misses
keep ev118's readings."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 5, 20)  # a Wednesday


def _last(extractor, paras, key="actor1"):
    rows = run(extractor, paras, ref=REF)
    assert rows, rows
    return rows[-1][key]


# (MUST-FIX 1) a group named as the object of a state force's offensive, strike, capture or arrest, or after "called on"
# / "blamed on", is still the one side the insurgents' anaphor of a later sentence stands for
STATE_OPPONENT = [
    (
        [
            "Kenyan troops mounted an operation against al-Shabaab near Afmadow on Monday, the army said.",
            "On Tuesday the militants shelled the army's camp in Dhobley, a local official said.",
        ],
        "Al Shabaab",
    ),
    (
        [
            "Clan elders urged restraint and called on al-Shabaab to free four abducted teachers in Bardere.",
            "On Tuesday the militants shelled a police station in Garbaharey, a local official said.",
        ],
        "Al Shabaab",
    ),
    (
        [
            "Last week's blast at a market in Afgoye was blamed on al-Shabaab by the district commissioner.",
            "On Tuesday the militants shelled a police station in Wanlaweyn, a local official said.",
        ],
        "Al Shabaab",
    ),
    (
        [
            "Donors pledged new funds for the war against al-Shabaab at a conference in Nairobi on Monday.",
            "On Tuesday the militants shelled a police station in Balcad, a local official said.",
        ],
        "Al Shabaab",
    ),
    (
        [
            "Nigerian air force jets bombed ISWAP hideouts near Marte on Monday, the air force said.",
            "On Tuesday the insurgents stormed a military camp in Dikwa, killing three soldiers.",
        ],
        "ISWAP: Islamic State West Africa Province",
    ),
    (
        [
            "Israeli strikes on Hezbollah positions near Bint Jbeil continued on Monday, the army said.",
            "On Tuesday the militants fired a barrage of rockets at Safed, wounding two people.",
        ],
        "Hezbollah",
    ),
    (
        [
            "Troops captured al-Shabaab's stronghold of Harardhere on Monday, the defence ministry said.",
            "On Tuesday the militants shelled the army's camp in Harardhere, a local official said.",
        ],
        "Al Shabaab",
    ),
    (
        [
            "Soldiers arrested a Boko Haram commander at a checkpoint near Damboa on Monday, the army said.",
            "On Tuesday the insurgents stormed a military camp in Damboa, killing three soldiers.",
        ],
        "Boko Haram",
    ),
]


# (MUST-FIX 2) a year in an aside of the lead ("since 2011") does not make the lead background
YEAR_ASIDE = [
    [
        "ISWAP fighters, who have waged an insurgency since 2016, attacked Marte on Monday, residents said.",
        "On Tuesday the insurgents burned houses in Dikwa, a resident said.",
    ],
]


def _row_of(extractor, paras, key="actor1"):
    return _last(extractor, paras, key)


@pytest.mark.parametrize(("paras", "want"), STATE_OPPONENT)
def test_state_force_opponent_is_the_anaphor(extractor, paras, want):
    assert _row_of(extractor, paras) == want


@pytest.mark.parametrize("paras", YEAR_ASIDE)
def test_year_in_an_aside_is_no_background(extractor, paras):
    assert _row_of(extractor, paras) == "ISWAP: Islamic State West Africa Province"


# (MUST-FIX 3) "X claimed the <noun> was/came from ...": the group put the blame elsewhere, no claim
NOT_A_CLAIM = [
    [
        "An explosion tore through a car park in Khan Younis on Monday, killing four people.",
        "Hamas claimed the explosion was caused by an Israeli drone, while Israel blamed a faulty rocket.",
    ],
    [
        "Shells landed on a market in Rutshuru on Monday, killing three traders, residents said.",
        "M23 claimed the shelling came from army positions near the town.",
    ],
    [
        "An explosion destroyed a shop in Kandahar city on Monday, killing two people, police said.",
        "The Taliban claimed the explosion was an accident caused by a leaking gas cylinder.",
    ],
]


@pytest.mark.parametrize("paras", NOT_A_CLAIM)
def test_claimed_that_clause_is_no_claim(extractor, paras):
    rows = run(extractor, paras, ref=REF)
    assert rows[0]["actor1"].startswith("Unidentified Armed Group"), rows  # the event of the first sentence


# (MUST-FIX 4) an aside between the claimant and "claimed" does not split its clause
ASIDE_CLAIM = [
    (
        [
            "A bomb exploded at a tea shop in Beledweyne on Monday, killing five people.",
            "Al-Shabaab, though weakened by months of air strikes, claimed the bombing in a radio broadcast.",
        ],
        "Al Shabaab",
    ),
    (
        [
            "A bomb exploded at a tea shop in Beledweyne on Monday, killing five people.",
            "Al-Shabaab, while denying that civilians were hurt, claimed the bombing on its radio.",
        ],
        "Al Shabaab",
    ),
    (
        [
            "A suicide bomber struck a crowd outside a ministry in Kabul on Monday, killing nine people, police said.",
            "Islamic State, while seldom active in the capital this spring, claimed the attack in a statement.",
        ],
        "ISKP: Islamic State Khorasan Province",
    ),
]


@pytest.mark.parametrize(("paras", "want"), ASIDE_CLAIM)
def test_aside_keeps_the_claimant(extractor, paras, want):
    assert _row_of(extractor, paras) == want


# (MUST-FIX 5) an unidentified group told after the named one is the nearer agent: the anaphor stays unidentified
NEARER_UNNAMED = [
    [
        "Soldiers backed by CJTF vigilantes killed 14 Boko Haram fighters near Gwoza on Monday, the army said.",
        "In Katsina, bandits killed 22 farmers in the village of Danmusa on Monday night.",
        "On Tuesday the gunmen kidnapped 35 travellers on the road near Safana, police said.",
    ],
]


@pytest.mark.parametrize("paras", NEARER_UNNAMED)
def test_nearer_unidentified_agent_blocks_the_memory(extractor, paras):
    assert _row_of(extractor, paras).startswith("Unidentified Armed Group")


# (SHOULD-FIX) a separate incident in another place does not carry the group
SEPARATE = [
    [
        "Somali soldiers repelled al-Shabaab fighters in Bulo Burte on Monday, the army said.",
        "In a separate incident in Bosaso, in the north-east, the gunmen shot dead a clan elder on Tuesday.",
    ],
    [
        "Somali soldiers repelled al-Shabaab fighters in Bulo Burte on Monday, the army said.",
        "Elsewhere, in Bosaso, the gunmen shot dead a clan elder on Tuesday.",
    ],
]


@pytest.mark.parametrize("paras", SEPARATE)
def test_separate_incident_elsewhere_does_not_carry(extractor, paras):
    assert _row_of(extractor, paras).startswith("Unidentified Armed Group")


# (SHOULD-FIX) an insurgent anaphor is no state-allied militia, and no ally of the state's troops
NOT_THE_ALLY = [
    [
        "CJTF members fought off an assault on Dikwa on Monday, a militia leader said.",
        "On Tuesday the terrorists abducted nine women near the town, residents said.",
    ],
    [
        "VDP volunteers beat back an attack on Titao on Monday, a local source said.",
        "On Tuesday the jihadists killed four herders near the town, residents said.",
    ],
    [
        "Congolese soldiers backed by Wazalendo militiamen pushed back an attack near Sake on Monday.",
        "On Tuesday the rebels shelled Kitshanga, killing two civilians, residents said.",
    ],
]


@pytest.mark.parametrize("paras", NOT_THE_ALLY)
def test_insurgent_anaphor_is_no_state_ally(extractor, paras):
    got = _row_of(extractor, paras)
    assert got not in (
        "CJTF: Civilian Joint Task Force",
        "VDP: Volunteers for the Defense of the Homeland",
        "Wazalendo",
    )


# (SHOULD-FIX) "no group claimed" the day's event after a habitual claim
def test_later_negated_claim_wins(extractor):
    paras = [
        "Rockets struck near an airbase outside Erbil on Monday, causing no casualties, officials said.",
        "Kataib Hezbollah claims these attacks every week, but no group has claimed Monday's rocket fire.",
    ]
    assert _row_of(extractor, paras).startswith("Unidentified Armed Group")


# (SHOULD-FIX) "members" shot dead are victims, not a side
def test_members_killed_are_victims(extractor):
    paras = [
        "Masked gunmen shot dead three Hamas members outside a mosque in Jenin on Monday, witnesses said.",
        "Minutes later the gunmen killed a fourth man in a nearby street.",
    ]
    assert _row_of(extractor, paras) != "Hamas"


# near misses that keep ev118's and the older readings
KEEP = [
    (
        [
            "Al-Shabaab fighters attacked an army base in Wabho on Monday, residents said.",
            "In a separate incident on Tuesday, the gunmen shot dead a village elder in Wabho.",
        ],
        "Al Shabaab",
    ),
    (
        [
            "A bomb exploded at a tea shop in Beledweyne on Monday, killing five people.",
            "The ISS denied any role, while Al-Shabaab claimed the bombing on its radio.",
        ],
        "Al Shabaab",
    ),
    (
        [
            "A mortar barrage struck a base in Baidoa on Sunday evening, wounding three guards.",
            "Al-Shabaab claimed the shelling, which it said targeted foreign troops.",
        ],
        "Al Shabaab",
    ),
]


@pytest.mark.parametrize(("paras", "want"), KEEP)
def test_near_misses_keep_the_group(extractor, paras, want):
    assert _row_of(extractor, paras) == want


def test_habitual_raids_since_a_year_stay_background(extractor):
    """A year that dates the mention's own sentence ("have carried out raids since 2021") keeps it background."""
    paras = [
        "Gunmen killed three park rangers near Kandi on Thursday, the parks agency said.",
        "No group claimed the attack, but JNIM fighters have carried out raids in the area since 2021.",
        "On Friday, soldiers pursued the attackers towards the border and killed two of them, an army source said.",
    ]
    rows = run(extractor, paras, ref=REF)
    assert all(r["actor2"] != "JNIM: Jama'at Nasr al-Islam wal Muslimin" for r in rows), rows


def test_bare_insurgents_of_a_separate_incident_keep_the_one_group(extractor):
    """A bare "insurgents" of a separate incident elsewhere keeps the story's one named group (the older reading)."""
    paras = [
        "Militants of the Islamic State Mozambique Province raided the village of Nangade on Monday, killing three.",
        "Separately, insurgents burned a school and twenty huts in Muidumbe on Tuesday night.",
    ]
    assert _row_of(extractor, paras) == "Islamic State Mozambique Province"
