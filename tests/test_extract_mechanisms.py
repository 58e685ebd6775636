"""The extractor's general mechanisms (rounds 2 and 3): speakers, triggers, acronyms, clauses, claims, arrests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import canon, one, run

# ---------------------------------------------------------------- round 2: general mechanisms


def test_speaker_is_not_agent(extractor):
    rows = run(
        extractor,
        ["Ukrainian officials said Russian aircraft had bombed residential areas of Mariupol on Sunday."],
        ref=date(2022, 3, 14),
    )
    assert one(rows, "Air/drone strike")["actor1"] == canon(extractor, "Russian aircraft")
    rows = run(
        extractor,
        ["The rebels said they had shot down a government helicopter near Hama on Sunday."],
        ref=date(2019, 5, 6),
    )
    assert all(r["actor1"] != "Government of Syria" for r in rows)


@pytest.mark.parametrize(
    ("paras", "ref", "kind", "want"),
    [
        pytest.param(
            ["NIAMEY — Niger's new military rulers detained several ministers of the ousted government on Monday."],
            date(2023, 7, 31),
            "Arrests",
            {"location": "Niamey"},
            id="dateline_beats_country_possessive",
        ),
        pytest.param(
            [
                "Coalition aircraft carried out raids on Houthi positions in the Hays district, south of Hodeidah, on Thursday."
            ],
            date(2018, 12, 14),
            "Air/drone strike",
            {"location": "Hays"},
            id="reference_point_is_not_location",
        ),
        pytest.param(
            ["Separatist fighters killed three gendarmes in an ambush near Bamenda in Cameroon on Sunday."],
            date(2022, 9, 5),
            "Armed clash",
            {"actor2": "Police Forces of Cameroon", "fatalities": 3},
            id="object_of_verb_before_nominal_trigger",
        ),
    ],
)
def test_the_event_of_a_kind(extractor, paras, ref, kind, want):
    """The story's one event of `kind` has the fields `want` gives (each case one rule, named by its id)."""
    r = one(run(extractor, paras, ref=ref), kind)
    assert {k: r[k] for k in want} == want, r


def test_triggers_inside_names_and_modifiers(extractor):
    rows = run(
        extractor,
        [
            "LAGOS — Soldiers opened fire on peaceful protesters at a toll gate in Lagos on Tuesday night, killing at least "
            "12 people, Amnesty International said."
        ],
        ref=date(2020, 10, 21),
    )
    assert {r["sub_event_type"] for r in rows} == {"Excessive force against protesters"}
    rows = run(
        extractor,
        ["Security forces opened fire on anti-coup demonstrators in the town of Monywa on Wednesday."],
        ref=date(2021, 3, 3),
    )
    assert {r["sub_event_type"] for r in rows} == {"Excessive force against protesters"}


def test_reason_is_not_an_event(extractor):
    rows = run(
        extractor,
        ["Army troops arrested 17 people in Tripoli on Friday on suspicion of involvement in the arson."],
        ref=date(2021, 1, 30),
    )
    assert [r["sub_event_type"] for r in rows] == ["Arrests"]


def test_weak_territory_verbs_need_a_place_object(extractor):
    rows = run(
        extractor,
        ["GNA troops took Tarhuna on June 5 after a brief battle with Haftar's forces."],
        ref=date(2020, 6, 11),
    )
    ev = one(rows, "Government regains territory")
    assert ev["location"] == "Tarhuna" and ev["event_date"] == date(2020, 6, 5)
    assert not any(
        r["sub_event_type"] == "Armed clash" for r in rows
    )  # the battle is folded into the territorial change
    assert run(extractor, ["The talks took place in Doha on Monday."], ref=date(2023, 11, 22)) == [] or all(
        "territory" not in r["sub_event_type"]
        for r in run(extractor, ["The talks took place in Doha on Monday."], ref=date(2023, 11, 22))
    )


def test_weapon_decides_generic_strike(extractor):
    rows = run(
        extractor,
        ["The Nigerian Air Force said its jets had struck an ISWAP logistics base near Maiduguri yesterday."],
        ref=date(2020, 12, 3),
    )
    assert one(rows, "Air/drone strike")["event_date"] == date(2020, 12, 2)


def test_crowds_are_rioters(extractor):
    rows = run(
        extractor,
        ["In Butembo, a crowd beat to death a man accused of being a rebel informant on Tuesday."],
        ref=date(2019, 11, 27),
    )
    assert one(rows, "Mob violence")["actor1"] == "Rioters"
    rows = run(
        extractor, ["Protesters in Coro toppled a statue of the late president on Tuesday."], ref=date(2024, 7, 31)
    )
    assert one(rows, "Violent demonstration")


def test_removed_explosives_are_disrupted_weapons(extractor):
    rows = run(extractor, ["The SDF removed dozens of IEDs planted by ISIS members around Hajin on Sunday."])
    ev = one(rows, "Disrupted weapons use")
    assert ev["actor1"] == canon(extractor, "SDF")
    assert not any(r["sub_event_type"] == "Remote explosive/landmine/IED" for r in rows)


def test_account_restates_event(extractor):
    rows = run(
        extractor,
        [
            "Gunmen killed 20 villagers in Seytenga on Saturday.",
            "Survivors said the attackers went from house to house, shooting men and burning shops.",
        ],
    )
    assert len(rows) == 1 and rows[0]["fatalities"] == 20


def test_holder_of_place_is_target(extractor):
    rows = run(
        extractor,
        [
            "The SDF resumed its advance on the ISIS-held town of Hajin.",
            "Units of the SDF, backed up by the US-led coalition, have entered the town on Sunday.",
        ],
    )
    ev = one(rows, "Non-state actor overtakes territory")
    assert ev["actor1"] == canon(extractor, "SDF") and ev["actor2"] == canon(extractor, "ISIS")


# ---------------------------------------------------------------- round 3: transfer mechanisms


def test_acronym_defined_in_article(extractor):
    rows = run(
        extractor,
        [
            "BANGUI — Rebels of the Coalition of Patriots for Change (CPC) attacked army positions near Bangui on Wednesday.",
            "On Monday, CPC fighters seized the town of Grimari after clashes with government soldiers, local sources said.",
        ],
        ref=date(2021, 1, 13),
    )
    cpc = canon(extractor, "Coalition of Patriots for Change")
    assert one(rows, "Non-state actor overtakes territory")["actor1"] == cpc
    assert one(rows, "Armed clash")["actor1"] == cpc  # not the peacekeepers of a later clause


def test_acronym_overrides_dictionary(extractor):
    doc = extractor.nlp("The Ambazonia Restoration Forces (ADF) said ADF fighters had ambushed soldiers in Cameroon.")
    ids = {e.text: e.ent_id_ for e in doc.ents}
    assert (
        ids.get("ADF fighters") == ids.get("Ambazonia Restoration Forces") or "Ambazonia Restoration Forces" not in ids
    )


def test_other_clause_agent_and_target(extractor):
    rows = run(
        extractor,
        [
            "Rebels of the Coalition of Patriots for Change attacked army positions on the outskirts of Bangui on "
            "Wednesday before being repelled by UN peacekeepers, the UN mission said."
        ],
        ref=date(2021, 1, 13),
    )
    r = one(rows, "Armed clash")
    assert r["actor1"] == canon(extractor, "Coalition of Patriots for Change")
    assert r["actor2"] and "Central African" in r["actor2"]


def test_quoted_source_is_not_a_participant(extractor):
    rows = run(
        extractor,
        [
            "In Plateau State, gunmen killed 30 people in an attack on villages in Mangu local government area "
            "on Tuesday, a local official said."
        ],
        ref=date(2024, 1, 29),
    )
    r = one(rows, "Attack")
    assert r["actor2"] == "Civilians" and r["fatalities"] == 30
    rows = run(
        extractor,
        ["Junta navy ships shelled the coastal town of Pauktaw in Myanmar on Friday, according to the Arakan Army."],
        ref=date(2024, 2, 5),
    )
    assert one(rows, "Shelling/artillery/missile attack")["actor2"] is None


def test_claim_of_responsibility_names_the_agent(extractor):
    rows = run(
        extractor,
        [
            "KABUL — A suicide bomber blew himself up near the Russian embassy in Kabul on Monday, killing six people, "
            "police said. Islamic State Khorasan Province (ISKP) claimed responsibility for the attack."
        ],
        ref=date(2022, 9, 7),
    )
    r = one(rows, "Suicide bomb")
    assert r["actor1"] == canon(extractor, "ISKP") and r["hedged"]
    assert len(rows) == 1  # the claim is no second event
    rows = run(
        extractor,
        ["A car bomb exploded in Kabul on Monday, killing six people. No group claimed responsibility."],
        ref=date(2022, 9, 7),
    )
    assert one(rows, "Remote explosive/landmine/IED")["actor1"].startswith("Unidentified")


def test_linked_group_and_definite_anaphora(extractor):
    rows = run(
        extractor,
        [
            "PEMBA, Mozambique — Insurgents linked to the Islamic State group attacked an army position in Macomia "
            "on Friday, killing five soldiers.",
            "On Tuesday, the insurgents beheaded two fishermen near Mucojo, in Macomia district.",
        ],
        ref=date(2024, 2, 15),
    )
    ism = canon(extractor, "Islamic State Mozambique Province")
    assert one(rows, "Armed clash")["actor1"] == ism
    assert one(rows, "Attack")["actor1"] == ism


def test_arrest_conventions(extractor):
    rows = run(
        extractor,
        [
            "Police in Niamey arrested a civil society activist on Saturday after he criticised the junta, his lawyer said."
        ],
        ref=date(2023, 8, 16),
    )
    r = one(rows, "Arrests")
    assert r["actor1"] == "Police Forces of Niger" and r["actor2"] == "Civilians"
    rows = run(
        extractor,
        ["In Juba, police arrested 10 people on Wednesday during a demonstration against fuel prices in South Sudan."],
        ref=date(2023, 1, 12),
    )
    assert [r["sub_event_type"] for r in rows] == ["Protest with intervention"]


def test_killing_outranks_looting_and_protest_topic(extractor):
    rows = run(
        extractor,
        ["On Monday, gunmen on motorbikes killed six villagers and stole cattle in Bankilare, Niger."],
        ref=date(2023, 8, 16),
    )
    assert [(r["sub_event_type"], r["fatalities"]) for r in rows] == [("Attack", 6)]
    rows = run(
        extractor,
        [
            "Hundreds of people staged a sit-in in Gwadar, Pakistan, on Monday to protest against the enforced "
            "disappearances of Baloch activists."
        ],
        ref=date(2024, 3, 26),
    )
    assert [r["sub_event_type"] for r in rows] == ["Peaceful protest"]


def test_agreement_abroad_keeps_home_government(extractor):
    rows = run(
        extractor,
        [
            "BOGOTA — ELN guerrillas attacked a military post in Tibu, Colombia, on Wednesday, killing two soldiers.",
            "On Tuesday, government and ELN negotiators signed an agreement in Havana on the peace process.",
        ],
        ref=date(2023, 5, 19),
    )
    r = one(rows, "Agreement")
    assert r["iso3"] == "CUB" and {r["actor1"], r["actor2"]} == {"Government of Colombia", canon(extractor, "ELN")}


def test_zero_toll_in_next_sentence_and_gapped_trigger(extractor):
    rows = run(
        extractor,
        [
            "On Friday, a Houthi drone attack targeted the oil terminal at Ash Shihr in Yemen, the government said. "
            "No casualties were reported."
        ],
        ref=date(2022, 10, 10),
    )
    assert one(rows, "Air/drone strike")["fatalities"] == 0
    rows = run(
        extractor,
        ["Residents said soldiers burned about 30 houses in Bali, Cameroon, on Monday."],
        ref=date(2022, 9, 5),
    )
    assert one(rows, "Looting/property destruction")["actor1"] == "Military Forces of Cameroon"


def test_appositive_region_and_restated_attack(extractor):
    rows = run(
        extractor,
        ["Security forces killed three militants during an operation in Mir Ali, North Waziristan, on Sunday."],
        ref=date(2024, 3, 26),
    )
    assert [r["location"] for r in rows] == ["Mir Ali"]
    rows = run(
        extractor,
        [
            "JUBA — Armed youths raided villages near the town of Pibor in South Sudan on Tuesday, killing at least 27 people.",
            "The attackers, believed to be from neighbouring Jonglei state, also stole thousands of cattle.",
        ],
        ref=date(2023, 1, 12),
    )
    assert len(rows) == 1 and rows[0]["fatalities"] == 27
