"""Behavioural tests of the rule-based event extractor (extract/*.py + data/*)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import ROOT, SEEDS

GOLD = ROOT / "eval" / "events"


def run(extractor, paragraphs, ref=date(2018, 11, 5), aid="t"):
    from newsetl.extract.extractor import ArticleText

    art = ArticleText(aid, list(paragraphs), ref)
    ((_, events, _),) = list(extractor.run([art]))
    return extractor.event_rows(aid, events)


def canon(extractor, name):
    a = extractor.res.resolve_actor(name)
    return a.name if a else None


# ---------------------------------------------------------------- actors


def test_alias_resolution(extractor):
    isis = canon(extractor, "Islamic State")
    assert isis and canon(extractor, "Daesh") == isis == canon(extractor, "ISIS") == canon(extractor, "ISIL")
    assert canon(extractor, "SDF") == canon(extractor, "Syrian Democratic Forces")
    assert canon(extractor, "Houthis") == canon(extractor, "Ansar Allah")
    assert canon(extractor, "is") is None  # the case-sensitive acronym does not catch the verb


def test_alias_in_text(extractor):
    rows = run(
        extractor,
        [
            "Daesh militants attacked an army checkpoint near the Syrian town of Hajin on Sunday, "
            "killing three soldiers."
        ],
    )
    assert rows, rows
    assert rows[0]["actor1"] == canon(extractor, "Islamic State")
    assert rows[0]["fatalities"] == 3
    assert rows[0]["event_date"] == date(2018, 11, 4)


# ---------------------------------------------------------------- places


def _place_country(extractor, text):
    doc = extractor.nlp(text)
    return {sp.text: sp._.place[0].country for sp in doc.spans["places"]}


def test_tripoli_libya_by_context(extractor):
    got = _place_country(
        extractor,
        "Forces loyal to Khalifa Haftar's LNA shelled the GNA-held suburbs of Tripoli on Friday. "
        "The LNA has besieged the Libyan capital for months.",
    )
    assert got.get("Tripoli") == "LY"


def test_tripoli_lebanon_by_context(extractor):
    got = _place_country(
        extractor,
        "Protesters blocked roads in Tripoli and Beirut on Monday as the Lebanese pound collapsed "
        "and Prime Minister Saad Hariri met his cabinet.",
    )
    assert got.get("Tripoli") == "LB"


def test_dateline_is_not_event_location(extractor):
    rows = run(
        extractor,
        [
            "BEIRUT — Air strikes by the US-led coalition killed at least 14 civilians in the town of Hajin "
            "in eastern Syria on Sunday, a monitor said."
        ],
    )
    assert rows and rows[0]["location"] != "Beirut"
    assert rows[0]["iso3"] == "SYR"


def test_no_false_friend_places(extractor):
    doc = extractor.nlp(
        "Early on Sunday, police defused a car bomb in Mogadishu. Federal police in Addis Ababa detained a reporter."
    )
    names = {sp._.place[0].name for sp in doc.spans["places"]}
    assert not any(n in names for n in ("Early", "Federal"))


# ---------------------------------------------------------------- fatalities


@pytest.mark.parametrize(
    "text,expected",
    [
        ("An air strike killed at least 19 people in the town on Monday.", 19),
        ("More than 17 civilians were killed in the raid on Monday.", 17),
        ("Gunmen stormed the prison, killing two prison guards.", 2),
        ("Twenty-one people were killed in the blasts.", 21),
        ("Shelling killed dozens of people in the town.", None),
        ("The rocket hit a school but there were no casualties.", 0),
        ("The bomb wounded six people.", None),
        # round 2: lists summed, subsets and wounded left out, singular victims, running totals skipped, explicit none
        ("An air strike killed 22 children and four women near the town.", 26),
        ("Air strikes killed at least 14 civilians, six of them children, in Hajin on Saturday.", 14),
        ("Fighting continued near Hajin, where nine SDF fighters and at least five jihadists were killed.", 14),
        ("Gunmen attacked a post, killing a gendarme and a civilian.", 2),
        ("Security forces shot dead a 19-year-old woman during a sit-in on Wednesday, doctors said.", 1),
        ("Police fatally shot two protesters during a march on Tuesday.", 2),
        (
            "Militants drove car bombs into Peshmerga lines, killing three Kurdish fighters, a Peshmerga commander said.",
            3,
        ),
        ("A grenade thrown into a market wounded six people but killed no one, police said.", 0),
        ("The two sides agreed a truce after fighting that has killed more than 200 people since Saturday.", None),
        ("The blast killed four people and wounded 12 others.", 4),
        # round 3: a single victim named with a determiner, lists with one, both sides in one clause
        ("Gunmen ambushed a truck near the town on Monday, killing the driver, police said.", 1),
        ("A suicide bomber hit the convoy, killing five Chinese nationals and their Pakistani driver.", 6),
        ("A sniper shot dead a 10-year-old boy in the city on Sunday.", 1),
        ("Militants killed the two men on Sunday.", 2),
    ],
)
def test_fatalities_forms(extractor, text, expected):
    from newsetl.extract.events import fatalities_in

    assert fatalities_in(text, extractor.res) == expected


def test_superseding_toll_sentence(extractor):
    rows = run(
        extractor,
        [
            "A US air strike on Monday killed dozens of civilians near the Syrian town of Mayadin. "
            "A local news site put the civilian death toll at 70."
        ],
    )
    strikes = [r for r in rows if r["sub_event_type"] == "Air/drone strike"]
    assert strikes and strikes[0]["fatalities"] == 70 and strikes[0]["civilian_targeting"]


# ---------------------------------------------------------------- non-events


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi forces are preparing to storm the city of Mosul.",
        "The Houthi leader vowed to respond to coalition air strikes on Sanaa.",
        "Turkey warned that it would resume its offensive against Kurdish fighters in Syria.",
        "More than 400 people have been killed in Idlib since October 1.",
        "Raqqa fell to the militants in June 2014.",
        "Egypt and Qatar are trying to broker a ceasefire between Israel and Hamas.",
        # round 2: background, running totals, ongoing series, modifiers, reasons, threats
        "In August 2013, hundreds of people were killed in a sarin attack on the Ghouta suburbs of Damascus.",
        "Ten people have been killed in Israel.",
        "The president said he would withdraw the bill, a climbdown after days of protests in Nairobi.",
        "The protest movement said it would return to the streets of Nairobi on Thursday.",
        "West African leaders have threatened further sanctions against the junta in Bamako.",
        "The president, who took office in May, vowed to defeat the insurgents in Mogadishu.",
        "Rights groups say more than 400 people have been killed since the protests began on October 1 in Baghdad.",
        # round 3: annual totals, the end of a truce
        "Gang violence killed more than 4,000 people in Haiti last year, according to the United Nations.",
        "The UN-brokered truce in Yemen expired on October 2 after the warring parties failed to agree on its renewal.",
    ],
)
def test_non_events(extractor, text):
    assert run(extractor, [text], ref=date(2019, 10, 21)) == []


# ---------------------------------------------------------------- roles


def test_passive_voice_agent(extractor):
    rows = run(
        extractor,
        [
            "Five civilians were killed in an air strike by Russian warplanes on the village of Kafr Nabl "
            "in Idlib province on Saturday."
        ],
    )
    strikes = [r for r in rows if r["sub_event_type"] == "Air/drone strike"]
    assert strikes
    assert strikes[0]["actor1"] == canon(extractor, "Russian warplanes")
    assert strikes[0]["actor2"] == "Civilians"
    assert strikes[0]["fatalities"] == 5


def test_between_x_and_y(extractor):
    rows = run(
        extractor, ["Clashes between the SDF and Islamic State fighters near Hajin killed nine people on Monday."]
    )
    clash = [r for r in rows if r["sub_event_type"] == "Armed clash"]
    assert clash
    assert {clash[0]["actor1"], clash[0]["actor2"]} == {canon(extractor, "SDF"), canon(extractor, "Islamic State")}


def test_protest_conventions(extractor):
    rows = run(
        extractor,
        ["Police fired tear gas to break up a march of several hundred people in Niamey on Sunday."],
        ref=date(2023, 7, 31),
    )
    assert rows and rows[0]["sub_event_type"] == "Protest with intervention"
    assert rows[0]["actor1"] == "Protesters" and rows[0]["actor2"] == "Police Forces of Niger"


def test_unclaimed_bomb_is_unidentified_group(extractor):
    rows = run(
        extractor,
        ["A roadside bomb hit a minibus on the outskirts of Farah city on Saturday, killing four civilians."],
        ref=date(2019, 4, 8),
    )
    assert rows and rows[0]["sub_event_type"] == "Remote explosive/landmine/IED"
    assert rows[0]["actor1"] == "Unidentified Armed Group (Afghanistan)"
    assert rows[0]["actor2"] == "Civilians" and rows[0]["fatalities"] == 4


# ---------------------------------------------------------------- places lists, dates


def test_multi_village_list(extractor):
    rows = run(
        extractor, ["ISIS units recaptured the villages of Susah, Hawi Susah and Al-Shajlah from the SDF on Sunday."]
    )
    territory = [r for r in rows if r["sub_event_type"] == "Non-state actor overtakes territory"]
    assert len(territory) == 3
    assert len({r["location"] for r in territory}) == 3
    assert all(r["event_date"] == date(2018, 11, 4) for r in territory)


@pytest.mark.parametrize(
    "cue,ref,expected",
    [
        ("on Monday", date(2018, 11, 5), date(2018, 11, 5)),  # a Monday article: the same day
        ("on Sunday", date(2018, 11, 5), date(2018, 11, 4)),
        ("yesterday", date(2018, 11, 5), date(2018, 11, 4)),
        ("on November 3", date(2018, 11, 5), date(2018, 11, 3)),
        ("on 29 November 2017", date(2018, 11, 5), date(2017, 11, 29)),
    ],
)
def test_dates_through_extractor(extractor, cue, ref, expected):
    rows = run(
        extractor, [f"Coalition air strikes hit Islamic State positions in Hajin {cue}, killing 12 militants."], ref=ref
    )
    assert rows and rows[0]["event_date"] == expected


def test_reporting_date_is_not_event_date(extractor):
    rows = run(
        extractor,
        [
            "The United Nations on Wednesday condemned an air strike that killed 22 children near "
            "al-Durayhimi in Yemen last week."
        ],
        ref=date(2018, 8, 29),
    )
    assert rows and rows[0]["event_date"] == date(2018, 8, 20) and rows[0]["time_precision"] == 2


# ---------------------------------------------------------------- round 2: general mechanisms


def _one(rows, sub):
    hits = [r for r in rows if r["sub_event_type"] == sub]
    assert hits, rows
    return hits[0]


def test_speaker_is_not_agent(extractor):
    rows = run(
        extractor,
        ["Ukrainian officials said Russian aircraft had bombed residential areas of Mariupol on Sunday."],
        ref=date(2022, 3, 14),
    )
    assert _one(rows, "Air/drone strike")["actor1"] == canon(extractor, "Russian aircraft")
    rows = run(
        extractor,
        ["The rebels said they had shot down a government helicopter near Hama on Sunday."],
        ref=date(2019, 5, 6),
    )
    assert all(r["actor1"] != "Government of Syria" for r in rows)


def test_dateline_beats_country_possessive(extractor):
    rows = run(
        extractor,
        ["NIAMEY — Niger's new military rulers detained several ministers of the ousted government on Monday."],
        ref=date(2023, 7, 31),
    )
    assert _one(rows, "Arrests")["location"] == "Niamey"


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
    ev = _one(rows, "Government regains territory")
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
    assert _one(rows, "Air/drone strike")["event_date"] == date(2020, 12, 2)


def test_reference_point_is_not_location(extractor):
    rows = run(
        extractor,
        [
            "Coalition aircraft carried out raids on Houthi positions in the Hays district, south of Hodeidah, on Thursday."
        ],
        ref=date(2018, 12, 14),
    )
    assert _one(rows, "Air/drone strike")["location"] == "Hays"


def test_crowds_are_rioters(extractor):
    rows = run(
        extractor,
        ["In Butembo, a crowd beat to death a man accused of being a rebel informant on Tuesday."],
        ref=date(2019, 11, 27),
    )
    assert _one(rows, "Mob violence")["actor1"] == "Rioters"
    rows = run(
        extractor, ["Protesters in Coro toppled a statue of the late president on Tuesday."], ref=date(2024, 7, 31)
    )
    assert _one(rows, "Violent demonstration")


def test_removed_explosives_are_disrupted_weapons(extractor):
    rows = run(extractor, ["The SDF removed dozens of IEDs planted by ISIS members around Hajin on Sunday."])
    ev = _one(rows, "Disrupted weapons use")
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
    ev = _one(rows, "Non-state actor overtakes territory")
    assert ev["actor1"] == canon(extractor, "SDF") and ev["actor2"] == canon(extractor, "ISIS")


# ---------------------------------------------------------------- seeds (real dumps)


def _seed(name_prefix):
    from newsetl.split import split_dump

    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present")
    files = sorted(SEEDS.glob(f"{name_prefix}_*.txt"))
    if not files:
        pytest.skip(f"seed {name_prefix} absent")
    doc = split_dump(files[0].read_text(encoding="utf-8"))
    body = doc.body if isinstance(doc.body, list) else [p for p in doc.body.split("\n\n") if p.strip()]
    return body


def _seed_rows(extractor, prefix):
    return run(extractor, _seed(prefix), ref=date(2018, 11, 5), aid=f"seed{prefix}")


def test_seed_000_hajin_strike(extractor):
    rows = _seed_rows(extractor, "000")
    hits = [r for r in rows if r["sub_event_type"] == "Air/drone strike" and r["event_date"] == date(2018, 11, 3)]
    assert hits, rows
    ev = hits[0]
    assert "haj" in ev["location"].lower() and ev["iso3"] == "SYR"
    assert ev["fatalities"] == 17 and ev["civilian_targeting"]
    assert ev["actor1"] == canon(extractor, "US-led coalition")


def test_seed_001_baghuz_strikes(extractor):
    rows = _seed_rows(extractor, "001")
    hits = [r for r in rows if r["sub_event_type"] == "Air/drone strike" and r["event_date"] == date(2018, 8, 22)]
    assert hits, rows
    assert "baghuz" in hits[0]["location"].lower()
    assert hits[0]["actor1"] == canon(extractor, "US-led coalition")
    assert hits[0]["actor2"] == canon(extractor, "ISIS")


def test_seed_002_villages_recaptured(extractor):
    rows = _seed_rows(extractor, "002")
    hits = [r for r in rows if r["sub_event_type"] == "Non-state actor overtakes territory"]
    assert len(hits) >= 2, rows
    assert all(r["actor1"] == canon(extractor, "ISIS") for r in hits)
    assert all(r["actor2"] == canon(extractor, "SDF") for r in hits)
    assert any("susah" in r["location"].lower() for r in hits)


def test_seed_003_hajin_ground_fighting(extractor):
    rows = _seed_rows(extractor, "003")
    sdf, isis = canon(extractor, "SDF"), canon(extractor, "ISIS")
    ground = [r for r in rows if r["sub_event_type"] in ("Armed clash", "Non-state actor overtakes territory")]
    assert ground, rows
    assert "haj" in ground[0]["location"].lower()
    assert {ground[0]["actor1"], ground[0]["actor2"]} == {sdf, isis}
    disrupted = [r for r in rows if r["sub_event_type"] == "Disrupted weapons use"]
    assert disrupted and disrupted[0]["actor1"] == sdf and disrupted[0]["hedged"]


def test_seed_004_mayadin_strike(extractor):
    rows = _seed_rows(extractor, "004")
    hits = [r for r in rows if r["sub_event_type"] == "Air/drone strike" and r["event_date"] == date(2018, 11, 5)]
    assert hits, rows
    ev = hits[0]
    assert "mayadin" in ev["location"].lower().replace("ā", "a").replace("ī", "i")
    assert ev["fatalities"] == 70 and ev["civilian_targeting"]


def test_comments_never_yield_events(extractor):
    from newsetl.split import split_dump

    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present")
    for f in sorted(SEEDS.glob("*.txt")):
        doc = split_dump(f.read_text(encoding="utf-8"))
        body = doc.body if isinstance(doc.body, list) else [doc.body]
        rows = run(extractor, body, aid=f.stem)
        comment_text = " ".join(getattr(c, "text", str(c)) for c in doc.comments)
        for r in rows:
            assert r["sentence"] not in comment_text or r["sentence"] in " ".join(body)


# ---------------------------------------------------------------- round 3: transfer mechanisms


def _one(rows, sub):
    got = [r for r in rows if r["sub_event_type"] == sub]
    assert got, rows
    return got[0]


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
    assert _one(rows, "Non-state actor overtakes territory")["actor1"] == cpc
    assert _one(rows, "Armed clash")["actor1"] == cpc  # not the peacekeepers of a later clause


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
    r = _one(rows, "Armed clash")
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
    r = _one(rows, "Attack")
    assert r["actor2"] == "Civilians" and r["fatalities"] == 30
    rows = run(
        extractor,
        ["Junta navy ships shelled the coastal town of Pauktaw in Myanmar on Friday, according to the Arakan Army."],
        ref=date(2024, 2, 5),
    )
    assert _one(rows, "Shelling/artillery/missile attack")["actor2"] is None


def test_claim_of_responsibility_names_the_agent(extractor):
    rows = run(
        extractor,
        [
            "KABUL — A suicide bomber blew himself up near the Russian embassy in Kabul on Monday, killing six people, "
            "police said. Islamic State Khorasan Province (ISKP) claimed responsibility for the attack."
        ],
        ref=date(2022, 9, 7),
    )
    r = _one(rows, "Suicide bomb")
    assert r["actor1"] == canon(extractor, "ISKP") and r["hedged"]
    assert len(rows) == 1  # the claim is no second event
    rows = run(
        extractor,
        ["A car bomb exploded in Kabul on Monday, killing six people. No group claimed responsibility."],
        ref=date(2022, 9, 7),
    )
    assert _one(rows, "Remote explosive/landmine/IED")["actor1"].startswith("Unidentified")


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
    assert _one(rows, "Armed clash")["actor1"] == ism
    assert _one(rows, "Attack")["actor1"] == ism


def test_object_of_verb_before_nominal_trigger(extractor):
    rows = run(
        extractor,
        ["Separatist fighters killed three gendarmes in an ambush near Bamenda in Cameroon on Sunday."],
        ref=date(2022, 9, 5),
    )
    r = _one(rows, "Armed clash")
    assert r["actor2"] == "Police Forces of Cameroon" and r["fatalities"] == 3


def test_arrest_conventions(extractor):
    rows = run(
        extractor,
        [
            "Police in Niamey arrested a civil society activist on Saturday after he criticised the junta, his lawyer said."
        ],
        ref=date(2023, 8, 16),
    )
    r = _one(rows, "Arrests")
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
    r = _one(rows, "Agreement")
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
    assert _one(rows, "Air/drone strike")["fatalities"] == 0
    rows = run(
        extractor,
        ["Residents said soldiers burned about 30 houses in Bali, Cameroon, on Monday."],
        ref=date(2022, 9, 5),
    )
    assert _one(rows, "Looting/property destruction")["actor1"] == "Military Forces of Cameroon"


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


# ---------------------------------------------------------------- the labelled set

# ---------------------------------------------------------------- round 4: places, dates and precision for transfer


def test_sentence_initial_preposition_is_not_part_of_place(extractor):
    rows = run(
        extractor,
        ["In Sinjar, Yazidi fighters clashed with Iraqi army troops on Saturday, killing one soldier, the army said."],
        ref=date(2023, 9, 20),
    )
    assert rows and rows[0]["location"] == "Sinjar", rows


def test_between_two_places_is_one_event_at_the_first(extractor):
    rows = run(
        extractor,
        [
            "KYIV — Heavy fighting between Russian and Ukrainian troops was reported on Sunday between the villages of "
            "Robotyne and Verbove in Zaporizhzhia region."
        ],
        ref=date(2024, 2, 13),
    )
    clashes = [r for r in rows if r["sub_event_type"] == "Armed clash"]
    assert [r["location"] for r in clashes] == ["Robotyne"], rows


def test_relative_dates_point_back(extractor):
    rows = run(
        extractor,
        [
            "Russian artillery shelled the centre of Kostiantynivka in Ukraine on Monday evening, killing two civilians. "
            "A day earlier, a Russian guided bomb hit a residential building in Kurakhove, injuring three people.",
            "Syrian army artillery shelled Inkhil on Tuesday. The same day, gunmen killed a teacher in Tafas.",
        ],
        ref=date(2024, 2, 14),
    )
    got = {r["location"]: r["event_date"] for r in rows}
    assert got.get("Kurakhove") == date(2024, 2, 11), rows
    assert got.get("Tafas") == date(2024, 2, 13), rows


def test_coordinated_clauses_with_own_places_are_two_events(extractor):
    rows = run(
        extractor,
        [
            "KHERSON, Ukraine — Russian shelling killed a woman in Stanislav, Kherson region, on Tuesday, and a drone attack "
            "wounded two men in the village of Antonivka, officials said."
        ],
        ref=date(2023, 11, 8),
    )
    got = {(r["sub_event_type"], r["location"], r["event_date"]) for r in rows}
    assert ("Shelling/artillery/missile attack", "Stanislav", date(2023, 11, 7)) in got, rows
    assert ("Air/drone strike", "Antonivka", date(2023, 11, 7)) in got, rows


def test_same_fight_on_two_days_is_two_events(extractor):
    rows = run(
        extractor,
        [
            "JUBA — Government troops and NAS rebels clashed in Morobo county, Central Equatoria, on Thursday and again on "
            "Sunday, the army said."
        ],
        ref=date(2024, 3, 11),
    )
    dates = sorted(r["event_date"] for r in rows if r["sub_event_type"] == "Armed clash")
    assert dates == [date(2024, 3, 7), date(2024, 3, 10)], rows


@pytest.mark.parametrize(
    "text",
    [
        "The ELN, which is holding peace talks with the government, said on Monday it would stop kidnapping people for ransom.",
        "President Salva Kiir announced on Monday that elections would go ahead in December.",
        "Baghdad and Tehran signed a security agreement in March under which Iraq pledged to disarm the groups by September 19.",
        "Jordanian warplanes have struck suspected drug smugglers in southern Syria several times this month, according to residents.",
    ],
)
def test_round4_non_events(extractor, text):
    assert run(extractor, [text], ref=date(2023, 9, 20)) == []


def test_main_clause_beats_subordinate_withdrawal(extractor):
    rows = run(
        extractor,
        [
            "PORT SUDAN — The paramilitary Rapid Support Forces seized Wad Madani, the capital of Gezira state, on Monday "
            "after the army withdrew from the city, residents said."
        ],
        ref=date(2023, 12, 20),
    )
    assert rows and rows[0]["sub_event_type"] == "Non-state actor overtakes territory", rows


def test_toll_beside_an_aside_about_recent_years(extractor):
    rows = run(
        extractor,
        [
            "Gang members killed at least 70 people in an attack on the town of Pont-Sonde in Haiti early on Thursday, the "
            "United Nations said, in one of the deadliest massacres in recent years.",
            "Insurgents raided the village of Mazeze in Mozambique's Cabo Delgado on Wednesday, beheading two men.",
        ],
        ref=date(2024, 10, 4),
    )
    got = {r["location"]: r["fatalities"] for r in rows}
    assert got.get("Pont-Sonde") == 70 and got.get("Mazeze") == 2, rows


# ---------------------------------------------------------------- actors (events_dev3 round)


def _one(rows, sub):
    got = [r for r in rows if r["sub_event_type"] == sub]
    assert got, rows
    return got[0]


def test_partitive_named_group_is_the_agent(extractor):
    rows = run(
        extractor,
        [
            "Fourteen villagers were killed by fighters of the Allied Democratic Forces (ADF) in the town of Beni "
            "in North Kivu on Saturday, local leaders said."
        ],
    )
    assert _one(rows, "Attack")["actor1"] == canon(extractor, "ADF")


def test_subject_is_target_of_by_agent(extractor):
    rows = run(
        extractor,
        [
            "On Wednesday, soldiers and members of the Volunteers for the Defence of the Homeland (VDP) repelled an "
            "assault by Islamic State Sahel Province fighters on their base in Djibo, Burkina Faso, the army said."
        ],
    )
    r = _one(rows, "Armed clash")
    assert {r["actor1"], r["actor2"]} == {
        canon(extractor, "Islamic State Sahel Province"),
        "Military Forces of Burkina Faso",
    }, r


def test_stormed_positions_both_sides(extractor):
    rows = run(
        extractor,
        [
            "Russian troops stormed Ukrainian positions near Avdiivka in Donetsk region on Monday, the General Staff said."
        ],
    )
    r = _one(rows, "Armed clash")
    assert {r["actor1"], r["actor2"]} == {"Military Forces of Russia", "Military Forces of Ukraine"}, r


def test_nationality_adjective_weapon_is_that_military(extractor):
    rows = run(
        extractor,
        ["In Kharkiv, a Russian guided bomb hit a residential building in Ukraine on Saturday, wounding 14 people."],
    )
    assert _one(rows, "Air/drone strike")["actor1"] == "Military Forces of Russia"


def test_suspected_separatists_are_the_named_separatist_group(extractor):
    rows = run(
        extractor,
        [
            "Fighters of the Ambazonia Defence Forces (ADF) killed a chief in Mbengwi, Cameroon, on Sunday.",
            "On Monday, suspected separatists abducted four farmers near Bamenda, residents said.",
        ],
    )
    assert _one(rows, "Abduction/forced disappearance")["actor1"] == canon(extractor, "Ambazonian separatists")


def test_allied_militia_is_not_the_enemy(extractor):
    rows = run(
        extractor,
        [
            "M23 rebels shelled a camp near Goma in the Democratic Republic of Congo on Friday.",
            "The Congolese army and allied Wazalendo militias clashed with the rebels near Sake on Sunday.",
        ],
    )
    r = _one(rows, "Armed clash")
    assert {r["actor1"], r["actor2"]} == {canon(extractor, "Congolese army"), canon(extractor, "M23")}, r


def test_arrest_reason_is_not_the_arrested(extractor):
    rows = run(
        extractor,
        [
            "In Beni, in Congo's North Kivu province, soldiers arrested a local chief on Monday, accusing him of "
            "collaborating with the ADF."
        ],
    )
    assert _one(rows, "Arrests")["actor2"] == "Civilians"


def test_trigger_in_backed_by_is_support(extractor):
    rows = run(
        extractor,
        [
            "Somali troops backed by US airstrikes recaptured the town of Harardhere in Somalia from the militants on Sunday."
        ],
    )
    assert not [r for r in rows if r["sub_event_type"] == "Air/drone strike"], rows
    assert _one(rows, "Government regains territory")["actor1"] == "Military Forces of Somalia"


def test_blamed_group_becomes_agent(extractor):
    rows = run(
        extractor,
        [
            "Gunmen ambushed a police convoy in Coyuca de Benitez, in the Mexican state of Guerrero, on Monday, killing "
            "13 police officers. Officials blamed the attack on La Familia Michoacana."
        ],
    )
    r = _one(rows, "Armed clash")
    assert r["actor1"] == canon(extractor, "La Familia Michoacana") and r["hedged"], r


def test_property_destruction_targets(extractor):
    rows = run(
        extractor, ["Soldiers torched about 200 houses in the town of Monywa in Myanmar on Sunday, residents said."]
    )
    assert _one(rows, "Looting/property destruction")["actor2"] == "Civilians"


def test_sinjar_resistance_units_acronym(extractor):
    assert canon(extractor, "YBS") == canon(extractor, "Sinjar Resistance Units")
    rows = run(
        extractor,
        ["In Sinjar, fighters of the Sinjar Resistance Units (YBS) clashed with Iraqi soldiers in Iraq on Sunday."],
    )
    r = _one(rows, "Armed clash")
    assert canon(extractor, "YBS") in (r["actor1"], r["actor2"]), r


def test_by_gerund_is_not_an_agent(extractor):
    rows = run(
        extractor,
        ["Turkish howitzers answered by pounding Syrian government positions around Saraqib in Syria on Monday."],
    )
    r = rows[0]
    assert r["actor1"] == "Military Forces of Turkey" and r["actor2"] == "Military Forces of Syria", r


# ---------------------------------------------------------------- actors (eval/events round: neighbouring sentences, claims, targets)


def test_the_two_sides_take_the_pair_of_the_last_event(extractor):
    rows = run(
        extractor,
        [
            "Al-Shabaab fighters overran the village of Bulo Burde in Somalia on Saturday, driving out Somali troops.",
            "Fighting between the two sides continued on Sunday near Jalalaqsi, residents said.",
        ],
        ref=date(2023, 3, 6),
    )
    r = _one(rows, "Armed clash")
    assert {r["actor1"], r["actor2"]} == {canon(extractor, "al-Shabaab"), "Military Forces of Somalia"}, r


def test_between_skips_the_backer(extractor):
    rows = run(
        extractor,
        [
            "Fighting between government forces backed by Turkish drones and Haftar's fighters killed 12 people near "
            "Gharyan in Libya on Monday."
        ],
        ref=date(2020, 3, 3),
    )
    r = _one(rows, "Armed clash")
    assert {r["actor1"], r["actor2"]} == {"Military Forces of Libya", canon(extractor, "LNA")}, r


def test_weapon_named_with_its_user_is_the_agent(extractor):
    rows = run(
        extractor,
        ["In Kherson, a Russian shell hit a school in Ukraine on Friday, killing a teacher, officials said."],
        ref=date(2023, 5, 8),
    )
    assert _one(rows, "Shelling/artillery/missile attack")["actor1"] == "Military Forces of Russia", rows


def test_uniform_names_the_group(extractor):
    rows = run(
        extractor,
        [
            "In El Geneina, in Sudan, gunmen in RSF uniforms stormed a hospital on Monday and looted medicine, "
            "doctors said."
        ],
        ref=date(2023, 6, 14),
    )
    assert rows and rows[0]["actor1"] == canon(extractor, "RSF"), rows


def test_said_it_planted_is_a_claim(extractor):
    rows = run(
        extractor,
        [
            "On Monday, a Malian army truck struck a roadside bomb near Boni in Mali. Two soldiers were wounded. "
            "JNIM later said it had planted the device."
        ],
        ref=date(2022, 4, 6),
    )
    r = _one(rows, "Remote explosive/landmine/IED")
    assert r["actor1"] == canon(extractor, "JNIM") and r["hedged"], r


def test_claim_overrides_an_affiliation_and_spreads_to_the_siege(extractor):
    rows = run(
        extractor,
        [
            "BAMAKO — Al-Qaeda-linked gunmen stormed a hotel in Bamako, Mali, on Friday, killing 19 civilians.",
            "AQIM claimed responsibility for the attack. Malian troops ended the siege on Saturday, killing two attackers.",
        ],
        ref=date(2015, 11, 23),
    )
    aqim = canon(extractor, "AQIM")
    assert _one(rows, "Attack")["actor1"] == aqim, rows
    r = _one(rows, "Armed clash")
    assert {r["actor1"], r["actor2"]} == {aqim, "Military Forces of Mali"}, r


def test_accused_of_makes_the_agent(extractor):
    rows = run(
        extractor,
        [
            "A landmine exploded in the town of Ain Zara in Libya on Tuesday, killing two deminers. The government "
            "accused Haftar's forces of booby-trapping homes before they withdrew."
        ],
        ref=date(2020, 6, 3),
    )
    r = _one(rows, "Remote explosive/landmine/IED")
    assert r["actor1"] == canon(extractor, "LNA") and r["actor2"] == "Civilians" and r["hedged"], r


def test_blamed_group_that_denies_involvement_stays_unidentified(extractor):
    rows = run(
        extractor,
        [
            "Armed men kidnapped 12 travellers near Nekemte in Ethiopia on Friday. Officials blamed the OLA, which "
            "denied any involvement."
        ],
        ref=date(2023, 2, 6),
    )
    assert _one(rows, "Abduction/forced disappearance")["actor1"].startswith("Unidentified"), rows


def test_defined_acronym_of_same_country_keeps_dictionary(extractor):
    rows = run(
        extractor,
        [
            "TRIPOLI — The Government of National Accord (GNA) said on Monday that LNA jets struck a GNA convoy near "
            "Misrata in Libya, killing four fighters."
        ],
        ref=date(2020, 5, 12),
    )
    r = _one(rows, "Air/drone strike")
    assert r["actor1"] == canon(extractor, "LNA") and r["actor2"] == "Military Forces of Libya", r


def test_nationality_and_office_is_the_government(extractor):
    rows = run(
        extractor,
        [
            "A ceasefire was agreed in Sochi on Tuesday by US Secretary of State John Kerry and Russian President Vladimir "
            "Putin, officials said."
        ],
        ref=date(2016, 9, 14),
    )
    r = _one(rows, "Agreement")
    assert {r["actor1"], r["actor2"]} == {"Government of the United States", "Government of Russia"}, r


def test_civilian_and_military_target_objects(extractor):
    rows = run(
        extractor,
        [
            "Russian jets bombed residential areas of Avdiivka in Ukraine on Sunday, officials said.",
            "Russian missiles struck a military training ground near Rivne on Monday, killing nine people.",
        ],
        ref=date(2023, 10, 10),
    )
    assert _one(rows, "Air/drone strike")["actor2"] == "Civilians", rows
    assert _one(rows, "Shelling/artillery/missile attack")["actor2"] == "Military Forces of Ukraine", rows


def test_torched_police_station_is_no_party(extractor):
    rows = run(
        extractor,
        ["On Tuesday, rioters set fire to a police station in Kano, Nigeria, and looted shops."],
        ref=date(2020, 10, 22),
    )
    r = _one(rows, "Violent demonstration")
    assert r["actor2"] is None, r


def test_recaptured_from_the_main_opponent(extractor):
    rows = run(
        extractor,
        [
            "Iraqi troops recaptured the town of Rutba in Iraq on Saturday, the army said.",
            "Islamic State fighters had held the town since 2014. Islamic State militants also attacked a checkpoint "
            "near Haditha on Friday.",
        ],
        ref=date(2016, 5, 23),
    )
    assert _one(rows, "Government regains territory")["actor2"] == canon(extractor, "Islamic State"), rows


def test_same_agent_in_paragraph_carries_its_opponent(extractor):
    rows = run(
        extractor,
        [
            "Turkish artillery shelled villages near Manbij in Syria on Monday. A Turkish drone strike killed three SDF "
            "fighters near Manbij on Sunday, the monitor said."
        ],
        ref=date(2019, 10, 22),
    )
    assert _one(rows, "Shelling/artillery/missile attack")["actor2"] == canon(extractor, "SDF"), rows


def test_arrest_reason_names_the_arrested_and_hides_the_victim(extractor):
    rows = run(
        extractor,
        [
            "Police arrested 12 men in Colombo, Sri Lanka, on Friday in connection with the arson attack on the "
            "president's residence."
        ],
        ref=date(2022, 7, 16),
    )
    r = _one(rows, "Arrests")
    assert r["actor2"] == "Rioters", r


def test_default_losers_of_territory_and_unclaimed_drone_strike(extractor):
    rows = run(
        extractor,
        [
            "On Sunday, the Taliban seized the town of Ghazni in Afghanistan after a week of fighting.",
            "In Sennar, Sudan, a drone strike hit a market in the town of Singa on Monday, killing nine people.",
        ],
        ref=date(2021, 8, 17),
    )
    assert _one(rows, "Non-state actor overtakes territory")["actor2"] == "Military Forces of Afghanistan", rows
    assert _one(rows, "Air/drone strike")["actor1"].startswith("Unidentified"), rows


def test_described_place_users_are_no_target(extractor):
    rows = run(
        extractor,
        [
            "A car bomb exploded outside the Sahafi hotel, a meeting place for government officials, in Mogadishu, "
            "Somalia, on Friday, killing nine people."
        ],
        ref=date(2019, 3, 4),
    )
    r = _one(rows, "Remote explosive/landmine/IED")
    assert r["actor2"] == "Civilians", r


def test_to_death_relatives_and_bare_counts(extractor):
    from newsetl.extract.events import fatalities_in

    assert fatalities_in("Five villagers were hacked to death by gunmen.", extractor.res) == 5
    assert fatalities_in("Three women were burned to death in their homes.", extractor.res) == 3
    assert fatalities_in("Two men were beaten to death by the crowd.", extractor.res) == 2
    assert fatalities_in("Gunmen killed a herder and his two sons near the village.", extractor.res) == 3
    assert fatalities_in("Gunmen attacked the village, killing two of them.", extractor.res) == 2
    assert fatalities_in("The attack wounded five civilians.", extractor.res) is None


def test_next_sentence_losses_add_to_the_clash(extractor):
    rows = run(
        extractor,
        [
            "Soldiers clashed with ADF rebels near Beni on Saturday, killing 12 rebels. "
            "The army lost four soldiers, a spokesman said."
        ],
    )
    assert len(rows) == 1 and rows[0]["fatalities"] == 16, rows


def test_unarmed_victims_are_civilians_and_armed_arson_is_destruction(extractor):
    rows = run(extractor, ["Gunmen killed a former militia commander and his son at their home in Beni on Saturday."])
    assert rows and rows[0]["sub_event_type"] == "Attack" and rows[0]["fatalities"] == 2, rows
    rows = run(extractor, ["Gunmen shot dead 12 Fulani herders in Kaduna state on Saturday."])
    assert rows and rows[0]["sub_event_type"] == "Attack" and rows[0]["actor2"] == canon(extractor, "Civilians"), rows
    rows = run(extractor, ["Jihadists burned the market and several shops in Djibo on Friday."])
    assert rows and rows[0]["sub_event_type"] == "Looting/property destruction", rows


def test_supplement_places_markoye_namhsan(extractor):
    rows = run(extractor, ["Armed men killed a herder and his two sons near Markoye on Sunday."])
    assert rows and rows[0]["location"] == "Markoye" and rows[0]["fatalities"] == 3, rows
    rows = run(extractor, ["Militants burned houses and a market in Namhsan, Shan state, on Friday."])
    assert rows and rows[0]["location"] == "Namhsan", rows


# ---------------------------------------------------------------- events_dev4 round (transfer: Libya, Lebanon, Iraq, Niassa, Benin, Mindanao)


def test_solidarity_place_is_not_the_protest_place(extractor):
    rows = run(
        extractor,
        [
            "BEIRUT — In Sidon, hundreds of people marched on Thursday in solidarity with Gaza, waving Palestinian flags."
        ],
        ref=date(2024, 2, 15),
    )
    r = _one(rows, "Peaceful protest")
    assert r["location"] == "Sidon", r


def test_year_named_agreement_is_background(extractor):
    rows = run(
        extractor,
        [
            "MANILA — The southern Philippines has suffered decades of insurgency, and a 2014 peace deal with the largest "
            "Muslim rebel group has not ended the violence."
        ],
        ref=date(2023, 12, 4),
    )
    assert not [r for r in rows if r["sub_event_type"] == "Agreement"], rows


def test_protesters_blocking_a_main_road(extractor):
    rows = run(
        extractor,
        [
            "TRIPOLI — Hundreds of protesters blocked the coastal road in Zawiya on Monday to demand the removal of armed groups."
        ],
        ref=date(2024, 5, 20),
    )
    r = _one(rows, "Peaceful protest")
    assert r["location"] == "Zawiya" and str(r["event_date"]) == "2024-05-20", r


@pytest.mark.parametrize(
    "name,iso2,admin1",
    [
        ("Muqdadiya", "IQ", "Diyala"),
        ("Garbaharey", "SO", "Gedo"),
        ("Karimama", "BJ", "Alibori"),
        ("Mecula", "MZ", "Niassa"),
        ("Shariff Aguak", "PH", "Maguindanao del Sur"),
        ("Aita al-Shaab", "LB", "Nabatieh"),
        ("Ramyeh", "LB", "Nabatieh"),
    ],
)
def test_dev4_gazetteer_places(extractor, name, iso2, admin1):
    p = extractor.gaz.resolve(name, {iso2: 1.0})
    assert p is not None and p.country == iso2, (name, p)


# Figures reached on each labelled set (set: (margin, {metric: measured})); a drop below measured - margin fails.
# eval/events is the main set; events_dev..dev4 were each written before the round that tuned on them.
EVAL_FIGURES = {
    "events": (
        0.02,
        {
            "f1": 0.865,
            "precision": 0.847,
            "recall": 0.885,
            "actor1": 0.930,
            "actor2": 0.887,
            "location": 0.972,
            "date": 1.0,
            "fatalities": 0.922,
        },
    ),
    "events_dev": (
        0.03,
        {
            "f1": 0.936,
            "precision": 0.930,
            "recall": 0.943,
            "actor1": 0.986,
            "actor2": 0.986,
            "location": 0.943,
            "date": 1.0,
            "fatalities": 0.986,
        },
    ),
    "events_dev2": (
        0.03,
        {
            "f1": 0.944,
            "precision": 0.936,
            "recall": 0.952,
            "location": 1.0,
            "date": 1.0,
            "fatalities": 0.932,
            "actor1": 0.915,
            "actor2": 0.864,
        },
    ),
    "events_dev3": (
        0.03,
        {"f1": 0.852, "precision": 0.836, "recall": 0.868, "actor1": 1.0, "actor2": 1.0, "date": 1.0},
    ),
    "events_dev4": (0.03, {"f1": 0.969, "precision": 0.969, "recall": 0.969, "location": 0.969, "date": 1.0}),
}


@pytest.mark.parametrize("name", sorted(EVAL_FIGURES))
def test_eval_figures(settings, name):
    from newsetl.evaluate import eval_events

    gold = ROOT / "eval" / name
    if not gold.is_dir():
        pytest.skip(f"eval/{name} absent")
    rep = eval_events(str(gold), settings)
    margin, expected = EVAL_FIGURES[name]
    measured = {**rep["detection"], **rep["argument_accuracy"]}
    for metric, value in expected.items():
        assert measured[metric] >= value - margin, (name, metric, measured[metric], value)
