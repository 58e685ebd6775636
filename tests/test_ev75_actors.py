"""Actor rules of ev75 (twenty-second session): the sides of a clash whose subject is coordinated or whose object is an
anaphor ("soldiers and VDP auxiliaries fought the attackers") or the pronoun "them"; the people a strike killed whom
the dictionary names as no party; a victim by article counted with a coordinated quantity. Sentences written for the
tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import only

REF = date(2026, 6, 10)


@pytest.mark.parametrize(
    ("para", "want"),
    [
        pytest.param(
            "Soldiers and VDP auxiliaries fought the attackers near Bama in Burkina Faso on Saturday.",
            {"actor1": "Military Forces of Burkina Faso", "actor2": "Unidentified Armed Group (Burkina Faso)"},
            id="an_anaphor_object_of_the_named_groups_verb_is_the_other_side",
        ),
        pytest.param(
            "Troops and Wagner fighters ambushed the militants near Gao in Mali on Monday.",
            {"actor1": "Military Forces of Mali", "actor2": "Unidentified Armed Group (Mali)"},
            id="an_anaphor_object_after_another_verb",
        ),
        pytest.param(
            "CJTF members and soldiers fought Boko Haram fighters near Bama in Nigeria on Saturday.",
            {"actor1": "CJTF: Civilian Joint Task Force", "actor2": "Boko Haram"},
            id="a_coordinated_partner_never_replaces_the_direct_object",
        ),
        pytest.param(
            "Dozo hunters and soldiers fought JNIM near Bama in Burkina Faso on Saturday.",
            {"actor2": "JNIM: Jama'at Nasr al-Islam wal Muslimin"},
            id="a_coordinated_partner_never_replaces_the_direct_object_2",
        ),
        pytest.param(
            "M23 and FARDC clashed near Goma in Congo on Saturday.",
            {"actor1": "M23: March 23 Movement", "actor2": "Military Forces of the Democratic Republic of Congo"},
            id="a_coordinated_pair_without_an_object_are_the_two_sides",
        ),
        pytest.param(
            "Militias of the Habar Gidir and Abgaal sub-clans fought over grazing land near Galkayo in Somalia on "
            "Monday.",
            {"actor1": "Habar Gidir clan", "actor2": "Abgaal clan"},
            id="the_militias_of_two_named_sub_clans",
        ),
        pytest.param(
            "FARDC soldiers went after the assailants near Beni in Congo on Monday and fought them.",
            {"actor2": "Unidentified Armed Group (the Democratic Republic of Congo)"},
            id="them_as_the_object_is_the_party_named_before",
        ),
        pytest.param(
            "Soldiers tracked down the kidnappers near Zurmi in Nigeria on Monday and killed three of them.",
            {"actor2": "Unidentified Armed Group (Nigeria)"},
            id="n_of_them_as_the_object_is_the_party_named_before",
        ),
    ],
)
def test_clash_sides(extractor, para, want):
    r = only(extractor, [para], ref=REF)
    assert {k: r[k] for k in want} == want, r


@pytest.mark.parametrize(
    ("para", "want"),
    [
        pytest.param(
            "A drone struck a fishing boat moored in the harbour of Sayhut, Yemen, on Tuesday evening, killing three "
            "crew members.",
            "Civilians",
            id="counted_victims_after_a_kill_word",
        ),
        pytest.param(
            "A landmine went off under a motorbike on the road outside Thanbyuzayat, Myanmar, on Tuesday and killed "
            "its rider.",
            "Civilians",
            id="a_possessed_victim_after_a_kill_word",
        ),
        pytest.param(
            "A woman and her two daughters were killed in Al-Hamidah, Yemen, on Thursday when Houthi shells landed on "
            "their house.",
            "Civilians",
            id="the_subject_of_a_passive_kill",
        ),
        pytest.param(
            "Russian shelling killed two Ukrainians in Kherson, Ukraine, on Monday.",
            "Civilians",
            id="a_demonym_counted_as_victims",
        ),
        pytest.param(
            "Air strikes killed 12 insurgents near Jos, Nigeria, on Monday.",
            None,
            id="an_armed_actor_among_the_dead_is_no_civilian",
        ),
        pytest.param(
            "Two fighters were killed when a drone struck their vehicle near Goma, Congo, on Monday.",
            None,
            id="an_armed_actor_as_passive_subject_is_no_civilian",
        ),
        pytest.param(
            "A drone struck a fuel depot in Al-Tawilah, Yemen, on Tuesday, setting three tankers alight and killing "
            "two guards.",
            None,
            id="an_armed_role_noun_names_no_civilians",
        ),
    ],
)
def test_people_a_strike_harmed(extractor, para, want):
    assert only(extractor, [para], ref=REF)["actor2"] == want


@pytest.mark.parametrize(
    ("para", "want"),
    [
        pytest.param(
            "In Baniyas, Syria, gunmen shot dead a pharmacist and his two sons on Saturday evening.",
            3,
            id="a_victim_by_article_and_his_counted_kin",
        ),
        pytest.param(
            "Armed men entered the village of Koumbia, Burkina Faso, on Sunday and killed a catechist and two "
            "worshippers.",
            3,
            id="a_victim_by_article_before_a_counted_list",
        ),
        pytest.param(
            "Gunmen killed two soldiers and a tribesman at a checkpoint near Hawf, Yemen, on Monday.",
            3,
            id="a_victim_by_article_after_a_counted_list",
        ),
        pytest.param(
            "Gunmen clashed with soldiers at a checkpoint near Hawf, Yemen, on Monday, leaving two soldiers and a "
            "tribesman dead.",
            3,
            id="a_list_between_leaving_and_dead",
        ),
        pytest.param(
            "Gunmen killed two people and a week later returned to Hawf, Yemen.",
            2,
            id="a_time_noun_after_and_is_no_victim",
        ),
    ],
)
def test_conjoined_victims_count(extractor, para, want):
    assert only(extractor, [para], ref=REF)["fatalities"] == want
