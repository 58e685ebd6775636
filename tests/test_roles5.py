"""Actor rules of the fifth issue-10 round (actor round 2): roles the story settles (the author of an unclaimed strike,
the other side of a one-sided clash, drones downed by unnamed air defences), agents of an earlier clause, accusations
after a denied claim, partners of a joint operation, parties, initials, scoped aliases. Sentences written for the
tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import one, only, run

REF = date(2023, 4, 14)  # a Friday


def _rows(extractor, *paras):
    return run(extractor, list(paras), ref=REF)


def _one(extractor, *paras):
    return only(extractor, list(paras), ref=REF)


# ---------------------------------------------------------------- claims and accusations


@pytest.mark.parametrize(
    ("paras", "want"),
    [
        pytest.param(
            [
                "A drone attack on the water plant in Kosti, Sudan, on Tuesday cut supplies to the town. "
                "Neither side claimed the attack, but local officials accused the RSF."
            ],
            {"actor1": "RSF: Rapid Support Forces"},
            id="an_accusation_after_a_denied_claim_names_the_agent",
        ),
        pytest.param(
            [
                "Agents of the Criminal Investigation Agency, in coordination with the Army and the National Guard, "
                "arrested two men in Irapuato, Mexico, on Wednesday."
            ],
            {"actor1": "Police Forces of Mexico"},
            id="partners_of_a_joint_operation_are_no_party",
        ),
        pytest.param(
            [
                "The General Staff informs the public that on Tuesday the army post in Tessit, Mali, was the target of a "
                "terrorist attack."
            ],
            {"actor1": "Unidentified Armed Group (Mali)", "actor2": "Military Forces of Mali"},
            id="a_post_that_was_the_target_of_an_attack_is_the_target",
        ),
        pytest.param(
            ["Russia's defence ministry said its air defences shot down 12 Ukrainian drones over Kursk on Tuesday."],
            {"actor1": "Military Forces of Russia", "actor2": "Military Forces of Ukraine"},
            id="its_air_defences_are_the_state_forces",
        ),
        pytest.param(
            [
                "Russian troops stormed Ukrainian positions near Bakhmut on Tuesday, Ukraine's General Staff said, adding "
                "that its units had repelled the assault."
            ],
            {"actor1": "Military Forces of Russia", "actor2": "Military Forces of Ukraine"},
            id="a_definite_assault_repelled_was_made_by_the_earlier_attacker",
        ),
        pytest.param(
            ["U.S. and British warplanes carried out four airstrikes on Kamaran island, Yemen, on Monday."],
            {"actor1": "Military Forces of the United States"},
            id="coordinated_nationalities_the_first_named_acts",
        ),
        pytest.param(
            [
                "Troops raided a militant hideout near Tank, Pakistan, on Monday, killing four Pakistani Taliban fighters, "
                "the military said."
            ],
            {"actor2": "TTP: Tehreek-e-Taliban Pakistan"},
            id="the_named_group_among_the_dead_is_the_target",
        ),
        pytest.param(
            ["Gendarmes arrested a senator of the PRDX party in Kaolack, Senegal, on Tuesday."],
            {"actor2": "PRDX"},
            id="an_acronym_before_party_is_a_party",
        ),
        pytest.param(
            [
                "Police arrested opposition lawmaker Maria Ortega in Maracaibo, Venezuela, on Tuesday, her Voluntad Popular "
                "party said."
            ],
            {"actor2": "VP: Popular Will"},
            id="the_party_reporting_a_members_arrest_is_the_arrested_side",
        ),
        pytest.param(
            ["The Somali army killed 12 members of the Khawarij near Jowhar, Somalia, on Sunday."],
            {"actor2": "Al Shabaab"},
            id="an_alias_scoped_to_a_country_names_that_countrys_group",
        ),
        pytest.param(
            ["Troops killed 12 khawarij near Bannu, Pakistan, on Sunday."],
            {"actor2": "TTP: Tehreek-e-Taliban Pakistan"},
            id="an_alias_scoped_to_a_country_names_that_countrys_group_2",
        ),
        pytest.param(
            [
                "A bomb exploded outside a tea shop in Rueso, Thailand, on Sunday, injuring three people. Police blamed "
                "insurgents of the Patani Southern Liberation Front (PSLF)."
            ],
            {"actor1": "PSLF"},
            id="an_accusation_of_a_group_with_a_long_name",
        ),
        pytest.param(
            ["An air strike hit a small clinic in Maarat al-Numan, Syria, on Tuesday, rescuers said."],
            {"actor2": "Civilians"},
            id="a_strike_that_hit_a_clinic_targets_civilians",
        ),
    ],
)
def test_the_only_event(extractor, paras, want):
    """The one event of the text has the fields `want` gives (each case one rule, named by its id)."""
    r = _one(extractor, *paras)
    assert {k: r[k] for k in want} == want, r


@pytest.mark.parametrize(
    ("paras", "kind", "want"),
    [
        pytest.param(
            [
                "An air strike killed nine people at a wedding in Saada, Yemen, on Monday, medics said.",
                "The Saudi-led coalition said it would review the incident.",
            ],
            "Air/drone strike",
            {"actor1": "Saudi-led Coalition"},
            id="a_force_that_will_review_the_incident_is_the_author_of_the_strike",
        ),
        pytest.param(
            [
                "Armed Murle youth attacked a cattle camp near Akobo, South Sudan, on Monday, killing six herders.",
                "Armed Nuer youth clashed with the raiders near Walgak on Tuesday.",
            ],
            "Armed clash",
            {"actor1": "White Army", "actor2": "Murle Ethnic Militia (South Sudan)"},
            id="the_raiders_are_the_other_side_of_the_subject_group",
        ),
        pytest.param(
            [
                "Russian shelling killed a man in Beryslav, Ukraine, on Tuesday, the regional governor said.",
                "On Wednesday, a drone attack wounded three women in Bilozerka.",
            ],
            "Air/drone strike",
            {"actor1": "Military Forces of Russia"},
            id="an_unclaimed_strike_is_by_the_storys_one_striker",
        ),
        pytest.param(
            [
                "A drone strike hit a market in Bahir Dar, Ethiopia, on Sunday, killing 12 people, residents said.",
                "Fano fighters clashed with the army near Gondar on Monday.",
            ],
            "Air/drone strike",
            {"actor1": "Military Forces of Ethiopia"},
            id="an_unclaimed_air_strike_in_a_state_against_insurgents_story_is_the_army",
        ),
        pytest.param(
            [
                "Russian artillery shelled Ukrainian positions near Orikhiv, Ukraine, on Monday.",
                "Heavy fighting was reported near Robotyne on Tuesday, where Russian units have been trying to advance.",
            ],
            "Armed clash",
            {"actor2": "Military Forces of Ukraine"},
            id="a_one_sided_clash_is_against_the_storys_opponent_of_that_side",
        ),
        pytest.param(
            [
                "A Russian missile struck a Ukrainian army depot near Zaporizhzhia, Ukraine, on Monday.",
                "Air defence systems shot down nine Ukrainian drones over Crimea on Tuesday.",
            ],
            "Disrupted weapons use",
            {"actor1": "Military Forces of Russia", "actor2": "Military Forces of Ukraine"},
            id="drones_downed_by_unnamed_air_defences_by_the_owners_opponent",
        ),
        pytest.param(
            [
                "Three militants were killed in an encounter with security forces in Shopian, India, on Monday, police "
                "said. The slain militants belonged to the Jaish-e-Mohammed, police added."
            ],
            "Armed clash",
            {"actor2": "Jaish-e-Mohammed"},
            id="a_sentence_identifying_the_dead_names_the_unidentified_side",
        ),
        pytest.param(
            [
                "Burkina Faso's army said it repelled an attack by JNIM fighters on a military post in Arbinda on Sunday.",
                "On Monday, army drones struck a column of pickups fleeing towards the border near Gorom-Gorom.",
            ],
            "Air/drone strike",
            {"actor2": "JNIM: Jama'at Nasr al-Islam wal Muslimin"},
            id="a_strike_on_people_fleeing_hits_the_strikers_last_opponent",
        ),
    ],
)
def test_the_event_of_a_kind(extractor, paras, kind, want):
    """The story's one event of `kind` has the fields `want` gives (each case one rule, named by its id)."""
    r = one(_rows(extractor, *paras), kind)
    assert {k: r[k] for k in want} == want, r


# ---------------------------------------------------------------- the sentence's own roles


def test_the_agent_of_a_clause_after_as_is_no_agent(extractor):
    r = _one(
        extractor,
        "A drone strike on a bus station in Dessie, Ethiopia, killed 11 people on Tuesday, a doctor said, as the "
        "army tries to crush an uprising by the Fano militia.",
    )
    assert r["actor1"] != "Fano Militia"


# ---------------------------------------------------------------- actors the dictionary lacks or scopes


def test_the_initials_of_a_named_group_are_that_group(extractor):
    rows = _rows(
        extractor,
        "Soldiers clashed with Dawlah Islamiyah fighters near Datu Piang, the Philippines, on Monday.",
        "On Tuesday, soldiers arrested a DI commander in Cotabato City.",
    )
    assert one(rows, "Arrests")["actor2"] == one(rows, "Armed clash")["actor2"]


# ---------------------------------------------------------------- roles the story settles


def test_an_unclaimed_strike_on_the_strikers_own_soil_stays_unclaimed(extractor):
    rows = _rows(
        extractor,
        "Russian missiles hit an apartment block in Kharkiv, Ukraine, on Tuesday, killing three people.",
        "On Wednesday, a drone hit an oil depot in Bryansk, Russia, the governor said.",
    )
    assert one(rows, "Air/drone strike")["actor1"] != "Military Forces of Russia"


def test_a_named_strike_author_is_kept(extractor):
    rows = _rows(
        extractor,
        "Syrian jets struck a bakery in Ariha, Syria, on Monday, killing five civilians.",
        "Elsewhere, rebels fired mortar rounds into Hama on Tuesday, killing a woman.",
    )
    assert one(rows, "Shelling/artillery/missile attack")["actor1"] != "Military Forces of Syria"


def test_a_crowd_arrested_in_a_protest_story_is_protesters(extractor):
    rows = _rows(
        extractor,
        "Police fired tear gas at students protesting against fuel prices in Kano, Nigeria, on Monday.",
        "Police arrested at least 40 people in Kano on Monday night, a police spokesman said.",
    )
    assert one(rows, "Arrests")["actor2"] == "Protesters"
    rows = _rows(
        extractor,
        "Police fired tear gas at students protesting against fuel prices in Kano, Nigeria, on Monday.",
        "Police arrested a journalist covering the protest in Kano on Monday night.",
    )
    assert one(rows, "Arrests")["actor2"] != "Protesters"
