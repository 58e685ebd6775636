"""Review 25d of ev88 (fix96): the empty side of a battle is the country's military only against a non-state group of
the event's country (or a foreign force of a pair of countries at war written in data), never within one group, never
in ev86's fight of two crowds, never an actor a `region_force` frame replaces; the military that reports an unclaimed
strike is its striker only as the subject of the reporting verb, after the story's strikers and where the story names
none, in its own country, and the guess never spreads; a misspelt `empty_side` frame raises. The reviewer's probes and
variants written for the tests (other verbs, nouns and orders)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from tests.extract_util import run, sides, switch

REF = date(2026, 6, 10)
MALI_MILITARY = "Military Forces of Mali"


_sides = partial(sides, ref=REF)


@pytest.mark.parametrize(
    "para",
    [
        pytest.param(
            "Al-Shabaab fighters clashed among themselves near Jilib, Somalia, on Monday, killing four.", id="1"
        ),
        pytest.param(
            "Clashes between rival factions of al-Shabaab left six dead near Jilib, Somalia, on Monday.", id="2"
        ),
        pytest.param(
            "Fighting broke out between rival factions of the SPLM-IO near Nasir, South Sudan, on Monday.", id="3"
        ),
        pytest.param(
            "Islamic State fighters clashed among themselves near Raqqa, Syria, on Monday, killing four.", id="4"
        ),
        pytest.param("Rival bandit gangs fought each other near Gusau, Nigeria, on Monday, leaving ten dead.", id="5"),
        pytest.param("The 400 Mawozo gang clashed with a rival gang near Port-au-Prince, Haiti, on Monday.", id="6"),
        pytest.param(
            "JNIM fighters fought one another near Boni, Mali, on Sunday, leaving seven dead.", id="7_variant"
        ),
        pytest.param("Houthi fighters exchanged fire with each other near Marib, Yemen, on Friday.", id="8_variant"),
        pytest.param("Two army units clashed with each other near Juba, South Sudan, on Monday.", id="9_own_state"),
    ],
)
def test_a_fight_within_one_group_gets_no_second_side(extractor, para):
    assert _sides(extractor, para, "Armed clash")[1] is None


@pytest.mark.parametrize(
    "para",
    [
        "Armed Fulani herders and villagers exchanged gunfire near Mopti, Mali, on Friday, killing three.",
        "Dozo hunters and villagers clashed with rifles near Mopti, Mali, on Friday, leaving five dead.",
    ],
)
def test_two_communities_fighting_keep_their_empty_side(extractor, para):
    """ev86's `two_sided_fight` (convention 11): the crowd side is empty on purpose, not the country's military."""
    assert MALI_MILITARY not in _sides(extractor, para, "Armed clash")


@pytest.mark.parametrize(
    "para",
    [
        pytest.param("Turkish troops were involved in heavy fighting near Duhok, Iraq, on Monday.", id="turkey_iraq"),
        pytest.param("Kenyan troops clashed near Kismayo, Somalia, on Monday, leaving six dead.", id="kenya_somalia"),
        pytest.param("Malian soldiers clashed near Niamey, Niger, on Monday, leaving ten dead.", id="mali_niger"),
        pytest.param("US forces exchanged fire near Deir ez-Zor, Syria, on Monday.", id="us_syria"),
        pytest.param("Rwandan troops fought near Goma, DR Congo, on Tuesday, leaving four dead.", id="rwanda_congo"),
        pytest.param("Israeli forces exchanged fire near Jenin on Monday during a raid.", id="israel_jenin"),
        pytest.param("Israeli troops clashed near Khan Younis, Gaza, on Monday.", id="israel_gaza"),
    ],
)
def test_a_foreign_force_has_no_host_military_opponent_by_default(extractor, para):
    assert _sides(extractor, para, "Armed clash")[1] is None


def test_a_region_force_replaced_actor_is_never_the_default(extractor):
    """A non-state group in the Palestinian territories: not "Military Forces of Palestine" (ev63's
    `occupied_territory_military` replaces it)."""
    a1, a2 = _sides(extractor, "Hamas fighters clashed near Khan Younis, Gaza, on Monday.", "Armed clash")
    assert a2 != "Military Forces of Palestine" and a1 != "Military Forces of Palestine"


@pytest.mark.parametrize(
    ("para", "want"),
    [
        ("JNIM fighters clashed near Boni, Mali, on Monday, leaving ten dead.", MALI_MILITARY),
        ("The RSF clashed near El Fasher, Sudan, on Monday, killing 20.", "Military Forces of Sudan"),
        (
            "TTP fighters attacked a checkpoint near Bannu, Pakistan, on Wednesday night and exchanged fire with the "
            "officers on duty for an hour.",
            "Police Forces of Pakistan",
        ),
        ("Bandits clashed with policemen near Gusau, Nigeria, on Sunday, leaving three dead.", None),
    ],
)
def test_a_non_state_group_of_the_country_fights_its_military_or_the_police_named(extractor, para, want):
    a1, a2 = _sides(extractor, para, "Armed clash")
    if want is None:  # the police are a named side already: nothing to fill
        assert "Military Forces of Nigeria" not in (a1, a2)
    else:
        assert a2 == want


@pytest.mark.parametrize(
    "para",
    [
        "Residents near an army base said a drone strike killed five militants near Kidal, Mali, on Monday.",
        "After days of fighting with the army, the rebels said a drone strike killed five of their fighters near Kidal, "
        "Mali, on Monday.",
        "The army withdrew from the town and witnesses said a drone strike killed five JNIM fighters near Kidal, Mali, "
        "on Monday.",
        "Villagers living close to a military camp said an air strike killed eight militants near Gao, Mali, on Sunday.",
        "Traders from the army barracks market told reporters an air strike killed eight JNIM fighters near Gao, Mali.",
    ],
)
def test_a_military_that_does_not_speak_is_no_striker(extractor, para):
    assert _sides(extractor, para, "Air/drone strike")[0] != MALI_MILITARY


@pytest.mark.parametrize(
    "para",
    [
        "The army said an enemy drone struck positions near Kidal, Mali, on Monday, killing two fighters.",
        "The army said an enemy drone struck a JNIM position near Kidal, Mali, on Monday.",
        "A hostile drone hit a JNIM camp near Gao, Mali, on Sunday, the military said.",
    ],
)
def test_a_strike_the_military_gives_its_enemy_is_not_its_own(extractor, para):
    assert _sides(extractor, para, "Air/drone strike")[0] != MALI_MILITARY


@pytest.mark.parametrize(
    ("paras", "want"),
    [
        pytest.param(
            [
                "Coalition aircraft conducted several strikes in the area on Monday, a statement said.",
                "An air strike killed 8 Islamic State militants near Mosul, Iraq, on Monday, the Iraqi army said.",
            ],
            "US-led Coalition",
            id="the_story_striker_wins",
        ),
        pytest.param(
            [
                "The US-led coalition has been carrying out air strikes against Islamic State in the area for weeks.",
                "An air strike killed 8 Islamic State militants near Deir ez-Zor, Syria, on Monday, the Iraqi army said.",
            ],
            "Unidentified Armed Group (Syria)",
            id="not_a_foreign_speaker",
        ),
        pytest.param(
            ["An air strike killed three Hezbollah fighters near Tyre, Lebanon, on Monday, the Israeli military said."],
            "Unidentified Armed Group (Lebanon)",
            id="not_a_foreign_speaker_alone",
        ),
    ],
)
def test_the_reported_strike_guess_comes_last_and_stays_home(extractor, paras, want):
    rows = [r for r in run(extractor, paras, ref=REF) if r["sub_event_type"] == "Air/drone strike"]
    assert rows and rows[-1]["actor1"] == want, rows


def test_the_reported_strike_guess_does_not_spread(extractor):
    """The French strike of the first sentence is not the Malian army's, whose report names the second."""
    rows = run(
        extractor,
        [
            "French Mirage jets bombed jihadist positions in northern Mali last week.",
            "The Malian army said an air strike killed 20 militants near Gao, Mali, on Monday.",
        ],
        ref=REF,
    )
    first = [r for r in rows if r["sub_event_type"] == "Air/drone strike"][0]
    assert first["actor1"] != MALI_MILITARY, rows


@pytest.mark.parametrize(
    ("field", "value"),
    [("target_default", "Military Forces of {countyr}"), ("opposite", "own-state")],
)
def test_a_misspelt_empty_side_frame_raises(edited_rules, field, value):
    from newsetl.extract.events.affiliation import frames

    def edit(data):
        rules = [dict(r, **{field: value}) if r["name"] == "battle_empty_side_state" else r for r in data["rules"]]
        return {**data, "rules": rules}

    ex = edited_rules({"actor_frames.json": edit})
    with pytest.raises(ValueError, match="battle_empty_side_state"):
        frames(ex.res)


def test_police_named_in_the_sentence_are_the_default_when_the_defender_frame_is_off(edited_rules):
    """`repelled_attack_defender` off: the empty side of "police repelled the attack" is still the police (the
    `battle_empty_side_state` frame's `alternatives`), not the country's military."""
    ex = edited_rules(
        {"actor_frames.json": lambda d: switch(d, lambda r: r["enabled"] and r["name"] != "repelled_attack_defender")}
    )
    paras = [
        "BANNU — The district police chief briefed reporters on Thursday.",
        "Police said officers at a checkpoint in Domel repelled an attack by TTP fighters on Wednesday night.",
    ]
    assert _sides(ex, paras, "Armed clash")[1] == "Police Forces of Pakistan"


@pytest.mark.parametrize(
    ("para", "want"),
    [
        ("A grenade was thrown at a military pub in Cotabato, Philippines, on Monday.", None),
        ("Unknown men hurled grenades at two pharmacies in Cotabato, Philippines, on Monday night.", "Civilians"),
        ("Attackers lobbed a grenade into two bakeries in Cotabato, Philippines, on Sunday.", "Civilians"),
        ("A grenade was tossed at the army salon in Kismayo, Somalia, on Monday.", "not civilians"),
    ],
)
def test_grenades_at_outlets(extractor, para, want):
    target = _sides(extractor, para, "Grenade")[1]
    assert target != "Civilians" if want in (None, "not civilians") else target == want


@pytest.mark.parametrize(
    ("para", "want"),
    [
        (
            "A reconnaissance mission engaged a group of ISWAP fighters near Diffa, Niger, on Monday, killing four.",
            "Military Forces of Niger",
        ),
        ("Al-Shabaab fighters clashed near Mandera, Kenya, on Monday, leaving five dead.", "Military Forces of Kenya"),
        ("Al-Shabaab fighters clashed near Tete, Mozambique, on Monday, leaving five dead.", None),
    ],
)
def test_a_group_of_another_country_fights_the_host_military_only_across_a_listed_border(extractor, para, want):
    """`group_pairs` of `battle_empty_side_state`: an insurgency that spans the border (Nigeria's ISWAP in Niger, Somalia's
    al-Shabaab in Kenya), not any group abroad."""
    a1, a2 = _sides(extractor, para, "Armed clash")
    assert (a2 if a1 != want else a1) == want
