"""Round ev73: an arrest that names its act by a noun ("over the bus attack", "in connection with the clash", "suspected
of involvement in the blockade") takes that act's side: the suspects of an armed act stay civilians though a riot is
told between, the suspects of a riot are its rioters; a bare "the attack" after a riot is still the riot's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 5, 20)

ARMED_LEAD = "Gunmen attacked a bus near Kabwe on Monday, killing two passengers, police said."
MOB = "On Tuesday, a mob in Mkushi beat to death a man accused of theft, residents said."
RIOT = "On Saturday, a mob set fire to a police station in Busia after a suspect died in custody."


def _arrest_side(extractor, paras):
    rows = [r for r in run(extractor, paras, ref=REF) if r["sub_event_type"] == "Arrests"]
    assert len(rows) == 1, rows
    return rows[0]["actor2"]


@pytest.mark.parametrize(
    "arrest",
    [
        "Police detained twelve people in Kabwe on Wednesday in connection with the bus attack.",
        "Police arrested 14 men in Kabwe on Wednesday over the bus attack, a spokesman said.",
    ],
)
def test_an_arrest_over_a_named_armed_act_stays_civilians_after_a_mob(extractor, arrest):
    assert _arrest_side(extractor, [ARMED_LEAD, MOB, arrest]) == "Civilians"


def test_an_arrest_over_a_clash_is_no_riot_told_between(extractor):
    paras = [
        "Four people were killed on Monday when cattle herders and farmers clashed near Gashua, police said.",
        "Later, youths in Nguru burned tyres and blocked the highway.",
        "Soldiers arrested 14 men near Gashua on Tuesday over the clash, an army spokesman said.",
    ]
    assert _arrest_side(extractor, paras) == "Civilians"


def test_an_arrest_named_for_a_blockade_takes_its_rioters(extractor):
    paras = [
        "Gunmen killed a trader near Tororo on Friday, police said.",
        "On Saturday, residents of Busia blocked the main road with burning tyres and stoned police cars.",
        "Police on Sunday arrested five residents of Busia suspected of involvement in the blockade, a move elders criticised.",
    ]
    assert _arrest_side(extractor, paras) == "Rioters"


@pytest.mark.parametrize(
    "arrest",
    [
        "Police on Sunday arrested 20 people in connection with the attack.",
        "Police on Sunday arrested 20 people in connection with the police station attack.",
    ],
)
def test_the_attack_after_a_riot_is_still_the_riot(extractor, arrest):
    assert _arrest_side(extractor, [ARMED_LEAD.replace("Kabwe", "Busia"), RIOT, arrest]) == "Rioters"


@pytest.mark.parametrize(
    "text",
    [
        "Youths clashed with security forces in Kasserine, Tunisia, on Monday.",
        "Clashes broke out on Monday between young people and police in Kasserine, Tunisia.",
        "Commercial motorbike riders clashed with police in Makeni, Sierra Leone, on Wednesday, leaving one rider dead.",
        "Hundreds of spectators clashed with police officers in Lusaka, Zambia, on Sunday.",
        "Police clashed with traders in Kisumu, Kenya, on Monday.",
    ],
)
def test_an_unarmed_crowd_clashing_with_a_force_is_a_violent_demonstration(extractor, text):
    (row,) = run(extractor, [text], ref=REF)
    assert (row["sub_event_type"], row["actor1"]) == ("Violent demonstration", "Rioters")
    assert row["actor2"].startswith(("Police Forces of", "Military Forces of"))


@pytest.mark.parametrize(
    "text",
    [
        "Armed youths clashed with soldiers near Pibor, South Sudan, on Monday, killing three soldiers.",
        "Rebels clashed with soldiers near Pibor, South Sudan, on Monday.",
        "Residents said gunmen clashed with soldiers near Pibor, South Sudan, on Monday.",
    ],
)
def test_armed_sides_clashing_with_a_force_stay_a_clash(extractor, text):
    (row,) = run(extractor, [text], ref=REF)
    assert row["sub_event_type"] == "Armed clash"


def _overrides(extractor, text):
    from newsetl.extract.events.actor_context import mention_overrides

    doc = extractor.nlp(extractor.make_doc([text], REF))
    actors = [e for e in doc.ents if e.label_ == "ACTOR"]
    return {e.text: mention_overrides(doc, actors, extractor.res, extractor.gaz).get(e.start_char) for e in actors}


def test_a_homonym_is_remapped_once_where_the_mention_overrides_are_built(extractor):
    # every reader of the mentions (roles, crowd roles, named targets, the story's anaphora) sees the party
    got = _overrides(extractor, "Police in Madrid, Spain, detained two EPP members outside the party office on Monday.")
    assert got["EPP members"] is not None and got["EPP members"].name == "EPP: European People's Party"
    # in Paraguay the mention is the guerrilla, as the dictionary reads it
    got = _overrides(extractor, "EPP guerrillas killed two soldiers near Concepción, Paraguay, on Monday.")
    assert got["EPP guerrillas"] is None


@pytest.mark.parametrize("name", ["government_titles", "country_short_forms"])
def test_a_missing_list_of_the_actor_aliases_raises(extractor, name):
    import dataclasses

    import spacy

    from newsetl.extract.components.actor_aliases import ActorAliases

    res = extractor.res
    broken = dataclasses.replace(res, words={k: v for k, v in res.words.items() if k != name})
    with pytest.raises(KeyError, match=name):
        ActorAliases(spacy.blank("en"), "actor_aliases").setup(broken)
