"""Actor rules of the fourth issue-10 round: armed groups the dictionary lacks named by the sentence, civilians hit by
remote violence, accusations after the trigger, a state accused by name. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import only, run

REF = date(2023, 4, 14)  # a Friday


def _one(extractor, *paras):
    return only(extractor, list(paras), ref=REF)


def _actor_mentions(extractor, text):
    from newsetl.extract.extractor import ArticleText

    ((_, _, mentions),) = list(extractor.run([ArticleText("t", [text], REF)]))
    return {m["text"]: (m["canonical"], m["actor_type"]) for m in mentions if m["label"] == "ACTOR"}


@pytest.mark.parametrize(
    ("paras", "want"),
    [
        pytest.param(
            ["Soldiers clashed with members of the Los Chacales gang in Esmeraldas on Tuesday, the army said."],
            {"actor2": "Los Chacales", "sub_event_type": "Armed clash"},
            id="a_gang_the_dictionary_lacks_is_an_actor",
        ),
        pytest.param(
            ["Russian artillery shelled Ukrainian positions near Kupiansk on Tuesday, the army said."],
            {"actor2": "Military Forces of Ukraine"},
            id="remote_violence_on_a_force_keeps_its_target",
        ),
        pytest.param(
            [
                "On Sunday, armed men burned a school in Kirembe village, police said, accusing the Kivu Highlands Front."
            ],
            {"actor1": "Kivu Highlands Front"},
            id="an_accusation_after_the_trigger_names_the_agent",
        ),
        pytest.param(
            [
                "On Monday, traders marched through Juba against new market taxes, and police fired tear gas to disperse them."
            ],
            {"sub_event_type": "Protest with intervention", "actor2": "Police Forces of South Sudan"},
            id="the_force_that_intervenes_in_a_protest_is_named_anywhere_in_the_clause",
        ),
        pytest.param(
            ["A police officer was beaten to death by a mob in Juliaca on Tuesday, the Interior Ministry said."],
            {"sub_event_type": "Mob violence", "actor2": "Police Forces of Peru"},
            id="a_mob_attacking_a_police_officer_targets_the_police",
        ),
        pytest.param(
            [
                "At least 9 people were killed when a suicide bomber blew himself up at a cafe near a military base in "
                "Baidoa on Tuesday, police said."
            ],
            {"actor2": "Civilians"},
            id="a_building_that_locates_the_event_is_no_party",
        ),
        pytest.param(
            ["On Wednesday, police in Kassala detained nine members of a youth committee who had called for protests."],
            {"sub_event_type": "Arrests", "actor2": "Civilians"},
            id="those_arrested_after_calling_for_protests_are_no_protesters",
        ),
        pytest.param(
            [
                "Displaced women told UN investigators that RSF fighters had raped several women in Wad Madani last week."
            ],
            {"actor1": "RSF: Rapid Support Forces"},
            id="what_follows_told_that_is_the_report_not_its_source",
        ),
        pytest.param(
            ["Wagner mercenaries, witnesses said, executed 30 villagers in Moura on Sunday."],
            {"actor1": "Wagner Group", "actor2": "Civilians"},
            id="a_source_set_off_by_commas_does_not_cut_the_subject_off",
        ),
        pytest.param(
            [
                "Russia's defence ministry claims its troops captured the village of Dvorichna in the Kharkiv region on Saturday."
            ],
            {"actor1": "Military Forces of Russia", "actor2": "Military Forces of Ukraine"},
            id="a_foreign_force_takes_a_place_from_the_countrys_army",
        ),
        pytest.param(
            [
                "Soldiers and civilian auxiliaries known as Volunteers for the Defence of the Homeland (VDP) repelled an "
                "attack on their position in Kaya on Sunday, the army said."
            ],
            {"actor1": "Unidentified Armed Group (Burkina Faso)"},
            id="allies_who_repel_together_are_both_defenders",
        ),
        pytest.param(
            ["Ukraine accused Russia of shelling a hospital in Kherson on Monday, killing two nurses."],
            {"actor1": "Military Forces of Russia", "actor2": "Civilians"},
            id="a_state_accused_of_the_sentences_own_attack_is_its_agent",
        ),
        pytest.param(
            [
                "Two Indian soldiers were killed in an attack claimed by the People's Anti-Fascist Front in Poonch on Thursday."
            ],
            {"actor1": "People's Anti-Fascist Front", "actor2": "Military Forces of India"},
            id="a_group_name_with_a_possessive_and_a_hyphen",
        ),
        pytest.param(
            ["The RSF said the army had bombed its positions in Omdurman on Sunday."],
            {"actor1": "Military Forces of Sudan", "actor2": "RSF: Rapid Support Forces"},
            id="the_speaker_owns_its_positions",
        ),
        pytest.param(
            [
                "Troops of the 7th Division neutralised four terrorists during a clearance operation in Konduga, Borno State, "
                "on Monday, the Nigerian Army said."
            ],
            {"actor2": "Unidentified Armed Group (Nigeria)"},
            id="neutralised_takes_its_object_as_target",
        ),
        pytest.param(
            [
                "Fighters from the Hamza Division, backed by Turkish drones, attacked SDF positions near Manbij on Monday."
            ],
            {"sub_event_type": "Armed clash", "actor2": "SDF: Syrian Democratic Forces"},
            id="the_support_an_attacker_gets_is_not_its_means",
        ),
        pytest.param(
            ["Somali forces, supported by US airstrikes, attacked an al-Shabaab base near Jilib on Monday."],
            {"sub_event_type": "Armed clash", "actor1": "Military Forces of Somalia"},
            id="the_support_an_attacker_gets_is_not_its_means_2",
        ),
        pytest.param(
            ["A convoy of the Malian army was ambushed near Tessit on Sunday, killing 12 soldiers."],
            {"actor1": "Unidentified Armed Group (Mali)", "actor2": "Military Forces of Mali"},
            id="an_ambushed_convoy_was_attacked_by_an_unnamed_group",
        ),
        pytest.param(
            [
                "In the Sagaing region, resistance fighters ambushed a military convoy near Kani on Sunday, killing more than "
                "12 soldiers, the local People's Defence Force said."
            ],
            {"actor1": "PDF: People's Defence Force"},  # "local people" (civilians) does not cut the name
            id="a_named_group_reporting_an_attack_by_unnamed_fighters_reports_its_own",
        ),
        pytest.param(
            ["Navy ships shelled the coastal town of Pauktaw in Myanmar on Friday, according to the Arakan Army."],
            # a state force is no unnamed group: the source stays a source
            {"actor1": "Military Forces of Myanmar"},
            id="a_named_group_reporting_an_attack_by_unnamed_fighters_reports_its_own_2",
        ),
        pytest.param(
            [
                "The Ministry of Defense of Azerbaijan reported that on 12 September, from 22:15 to 23:40, units of the Armed "
                "Forces of Armenia fired mortars at the positions of the Azerbaijan Army in the Kalbajar district."
            ],
            {"actor1": "Military Forces of Armenia"},
            id="the_colon_of_a_time_does_not_end_the_reported_clause",
        ),
        pytest.param(
            [
                "Syrian artillery struck a Turkish convoy near Saraqib on Monday, killing seven Turkish soldiers and a civilian "
                "contractor, Turkey's defence ministry said."
            ],
            {"actor1": "Military Forces of Syria", "actor2": "Military Forces of Turkey"},
            id="soldiers_killed_with_a_civilian_keep_their_force_as_target",
        ),
    ],
)
def test_the_only_event(extractor, paras, want):
    """The one event of the text has the fields `want` gives (each case one rule, named by its id)."""
    r = _one(extractor, *paras)
    assert {k: r[k] for k in want} == want, r


def test_an_armed_group_with_its_acronym_is_named_by_the_acronym(extractor):
    got = _actor_mentions(
        extractor,
        "Fighters of the Kivu Highlands Liberation Front (KHLF) attacked an army post on Monday. "
        "The KHLF later withdrew.",
    )
    assert got["Kivu Highlands Liberation Front"] == ("KHLF", "Rebel group")
    assert got["KHLF"] == ("KHLF", "Rebel group")


def test_a_dictionary_name_inside_a_longer_name_with_its_own_acronym(extractor):
    # "National Liberation Army" is in the dictionary (Colombia's ELN); the longer name with its own acronym is not
    got = _actor_mentions(
        extractor, "Fighters of the Upper Oro National Liberation Army (UONLA) ambushed a patrol on Monday."
    )
    assert got["Upper Oro National Liberation Army"][0] == "UONLA"


def test_generic_and_numbered_force_names_are_no_new_groups(extractor):
    got = _actor_mentions(
        extractor, "The 5th Assault Brigade said the Armed Forces repelled the attack, the Joint Command said."
    )
    assert not any(kind == "Rebel group" for _, kind in got.values())


def test_remote_violence_killing_people_targets_civilians(extractor):
    r = _one(extractor, "Russian shelling killed a woman in Kupiansk on Tuesday, the regional governor said.")
    assert r["actor1"] == "Military Forces of Russia" and r["actor2"] == "Civilians"
    r = _one(extractor, "Drones struck the bus station in Sumy on Wednesday, officials said.")
    assert r["actor2"] == "Civilians"
    r = _one(extractor, "Russian forces shelled Kupiansk on Tuesday, damaging a school, officials said.")
    assert r["actor2"] is None  # damage alone names no target


def test_a_state_accused_by_name_is_accused_for_its_forces(extractor):
    rows = run(
        extractor,
        ["A drone strike hit a car near Sinjar on Monday, killing two fighters; the local council blamed Turkey."],
        ref=REF,
    )
    strike = [r for r in rows if r["sub_event_type"] == "Air/drone strike"]
    assert strike and strike[0]["actor1"] == "Military Forces of Turkey"


def test_the_attackers_are_the_group_named_before_and_the_rescued_no_target(extractor):
    rows = run(
        extractor,
        [
            "ADF rebels attacked Kibirizi village on Monday, killing six people.",
            "On Tuesday, soldiers pursued the attackers and engaged them near Kasese, killing three of them and rescuing "
            "two hostages.",
        ],
        ref=REF,
    )
    clash = [r for r in rows if r["sub_event_type"] == "Armed clash"]
    assert clash and clash[0]["actor2"] == "ADF: Allied Democratic Forces"


def test_repelling_an_attack_without_its_author_makes_the_defenders_the_target(extractor):
    r = _one(
        extractor, "Soldiers repelled an attack on their post in Djibo on Sunday, killing 17 assailants, the army said."
    )
    assert r["actor1"] == "Unidentified Armed Group (Burkina Faso)"
    assert r["actor2"] == "Military Forces of Burkina Faso"


def test_its_forces_attacked_are_the_state_forces(extractor):
    r = _one(
        extractor,
        "Russia's defence ministry said its forces had repelled several Ukrainian attacks near Orikhiv on Wednesday.",
    )
    assert {r["actor1"], r["actor2"]} == {"Military Forces of Ukraine", "Military Forces of Russia"}


def test_a_clash_with_one_side_named_puts_it_first(extractor):
    r = _one(
        extractor,
        "Heavy fighting was reported on Sunday near Vuhledar in Donetsk region, where Russian units have been trying "
        "to advance since the autumn.",
    )
    # (ev88) the empty side against a foreign force is the country's military (actor_frames.json battle_empty_side_state)
    assert r["sub_event_type"] == "Armed clash" and r["actor1"] == "Military Forces of Russia"
    assert r["actor2"] == "Military Forces of Ukraine"


def test_a_recapture_by_its_soldiers_is_not_against_the_same_army(extractor):
    rows = run(
        extractor,
        [
            "Russian forces shelled Kupiansk on Monday. Russian troops also attacked Ukrainian positions near Izium.",
            "Ukraine's military said on Tuesday that its soldiers had entered Balakliia, south-east of Kharkiv.",
        ],
        ref=REF,
    )
    regained = [r for r in rows if r["sub_event_type"] == "Government regains territory"]
    assert regained and regained[0]["actor2"] != regained[0]["actor1"]
    assert regained[0]["actor2"] == "Military Forces of Russia"


def test_the_militants_are_the_group_named_earlier_in_the_paragraph(extractor):
    rows = run(
        extractor,
        [
            "Ambazonian separatists attacked a gendarmerie post in Batibo on Sunday, killing two gendarmes.",
            "In the Far North, Boko Haram fighters raided the village of Amchide overnight, killing a herder. Soldiers "
            "clashed with the militants near Kolofata on Monday morning.",
        ],
        ref=REF,
    )
    clash = [r for r in rows if r["sub_event_type"] == "Armed clash" and r["location"] == "Kolofata"]
    assert clash and {clash[0]["actor1"], clash[0]["actor2"]} == {"Military Forces of Cameroon", "Boko Haram"}


def test_the_force_that_withdrew_hands_the_town_over(extractor):
    r = _one(
        extractor,
        "Fano militiamen took control of the town of Lalibela on Sunday after federal troops withdrew without a fight.",
    )
    assert r["sub_event_type"] == "Non-violent transfer of territory"
    assert r["actor2"] == "Military Forces of Ethiopia"


def test_an_assault_that_was_repelled_keeps_its_attacker(extractor):
    r = _one(
        extractor, "Russian troops stormed Ukrainian positions near Kurakhove on Monday, and the assault was repelled."
    )
    assert {r["actor1"], r["actor2"]} == {"Military Forces of Russia", "Military Forces of Ukraine"}


def test_of_two_overlapping_aliases_the_one_that_begins_the_phrase_names_it(extractor):
    r = _one(
        extractor,
        "A Pakistani Taliban suicide bomber rammed a car into a police station in Bannu on Monday, killing six officers.",
    )
    assert r["actor1"] == "TTP: Tehreek-e-Taliban Pakistan"
    got = _actor_mentions(extractor, "Rebels of the Coalition of Patriots for Change attacked Bossangoa on Monday.")
    assert "Coalition of Patriots for Change" in got  # "the Coalition" (another alias) does not cut it


def test_a_place_surrendered_to_a_group_is_taken_by_it(extractor):
    rows = run(
        extractor,
        [
            "Taliban fighters entered Ghazni on Friday.",
            "On Sunday, the city of Gardez fell without a shot being fired after the provincial governor surrendered "
            "to the insurgents, local officials said.",
        ],
        ref=REF,
    )
    gardez = [r for r in rows if r["location"] == "Gardez"]
    assert gardez and gardez[0]["actor1"] == "Taliban" and gardez[0]["actor2"] == "Government of Afghanistan"
