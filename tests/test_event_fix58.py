"""Round fix58: the review findings of ev59 (actors, fatalities) and mend18 (Rules.built). Sentences written for the
tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from newsetl.extract.rules import load_rules
from tests.extract_util import run

REF = date(2025, 9, 12)  # a Friday
LEAD_KE = "NAKURU, Kenya — The county commander briefed reporters on Friday."


def _one(extractor, paragraphs, sub):
    rows = [r for r in run(extractor, paragraphs, REF) if r["sub_event_type"] == sub]
    assert len(rows) == 1, run(extractor, paragraphs, REF)
    return rows[0]


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        ("On Wednesday, a police officer lost his life when gunmen ambushed a patrol in Molo.", 1),
        ("On Wednesday, a nurse lost her life after bandits attacked a clinic in Molo.", 1),
        ("On Wednesday, two police officers lost their lives when gunmen ambushed a patrol in Molo.", 2),
    ],
)
def test_a_life_lost_is_no_victim_of_its_own(sentence, n):
    from newsetl.extract.events import fatalities_in

    assert fatalities_in(sentence, load_rules()) == n


@pytest.mark.parametrize(
    ("lead", "sentence", "want"),
    [
        (
            "ALBUQUERQUE (Reuters) - A sheriff briefed reporters on Friday.",
            "On Wednesday, New Mexico police shot dead a man who opened fire on officers in Albuquerque.",
            "Police Forces of the United States",
        ),
        (
            "ATLANTA (Reuters) - A sheriff briefed reporters on Friday.",
            "On Wednesday, Georgia police shot dead a gunman who opened fire on a crowd in Atlanta.",
            "Police Forces of the United States",
        ),
        (
            "PORT MORESBY (Reuters) - Officials briefed reporters on Friday.",
            "On Wednesday, Papua New Guinea police shot dead two tribal fighters in Wabag.",
            "Police Forces of Papua New Guinea",
        ),
        (
            "JUBA (Reuters) - Officials briefed reporters on Friday.",
            "On Wednesday, South Sudan police shot dead two protesters in Juba.",
            "Police Forces of South Sudan",
        ),
        (
            "NDJAMENA (Reuters) - Officials briefed reporters on Friday.",
            "Chad police shot dead two protesters in N'Djamena on Wednesday.",
            "Police Forces of Chad",
        ),
        (
            "MALABO (Reuters) - Officials briefed reporters on Friday.",
            "On Wednesday, Equatorial Guinea army soldiers shot dead two fishermen near Bata.",
            "Military Forces of Equatorial Guinea",
        ),
    ],
)
def test_a_country_alias_inside_a_longer_name_or_of_another_country_is_the_generic_force(
    extractor, lead, sentence, want
):
    rows = run(extractor, [lead, sentence], REF)
    assert rows and rows[0]["actor1"] == want, rows


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "On Wednesday, hundreds of protesters marched on parliament in Nairobi. Police arrested 20 people trying "
            "to enter the parliament building.",
            "Protesters",
        ),
        (
            "On Wednesday, rioters burned tyres in Kibera. Police arrested 15 youths trying to flee the scene.",
            "Rioters",
        ),
    ],
)
def test_people_arrested_trying_to_enter_or_flee_after_a_crowd_event_are_its_crowd(extractor, text, side):
    lead = "NAIROBI, Kenya - Officials briefed reporters on Friday."
    assert _one(extractor, [lead, text], "Arrests")["actor2"] == side


def test_people_arrested_trying_to_cross_the_border_or_smuggle_have_a_charge_of_their_own():
    res = load_rules()
    for s in (
        "detained 12 men trying to cross the border",
        "arrested two men attempting to smuggle fuel",
        "held 30 people trying to leave the country",
        "detained men trying to evade mobilisation",
    ):
        assert res.pattern_search("arrest_own_charge_patterns", s), s
    assert not res.pattern_search("arrest_own_charge_patterns", "arrested 20 people trying to enter the parliament")


def test_a_first_division_club_is_no_army_unit(extractor):
    lead = "LAGOS, Nigeria - Officials briefed reporters on Friday."
    text = "On Wednesday, fans of a First Division club clashed with police outside the stadium in Lagos."
    rows = run(extractor, [lead, text], REF)
    assert rows and all("Military Forces" not in (r["actor1"] or "") + (r["actor2"] or "") for r in rows), rows
    troops = "On Wednesday, troops of the Second Division clashed with ELN rebels in Arauca."
    row = run(extractor, ["BOGOTA, Colombia - Officials briefed reporters on Friday.", troops], REF)[0]
    assert row["actor1"] == "Military Forces of Colombia", row


def test_a_police_response_team_is_the_police(extractor):
    text = "On Wednesday, a police response team exchanged fire with gunmen in Molo."
    row = _one(extractor, [LEAD_KE, text], "Armed clash")
    assert "Police Forces of Kenya" in (row["actor1"], row["actor2"]), row


@pytest.mark.parametrize("who", ["four unknown persons", "two unidentified men"])
def test_unknown_people_arrested_are_civilians(extractor, who):
    text = f"On Wednesday, police arrested {who} during a raid in Molo."
    assert _one(extractor, [LEAD_KE, text], "Arrests")["actor2"] == "Civilians"


def test_gunmen_arrested_stay_the_armed_group(extractor):
    text = "On Wednesday, police arrested two gunmen and four unknown persons during a raid in Molo."
    assert _one(extractor, [LEAD_KE, text], "Arrests")["actor2"] == "Unidentified Armed Group (Kenya)"


@pytest.mark.parametrize(
    "after",
    [
        "In a separate accident, a truck overturned on the highway and the driver was unhurt.",
        "Residents of a nearby village, which was not attacked, were unhurt.",
        "The police said a journalist who visited the scene later was not harmed.",
    ],
)
def test_other_people_unhurt_give_no_zero(extractor, after):
    text = [LEAD_KE, f"On Wednesday, gunmen attacked a police post in Molo. {after}"]
    assert _one(extractor, text, "Armed clash")["fatalities"] is None


@pytest.mark.parametrize(
    "after",
    [
        "Two officers were wounded and taken to hospital; the others were unhurt.",
        "The officers on duty were unhurt.",
        "They were unhurt, the commander said.",
    ],
)
def test_the_events_people_unhurt_give_zero(extractor, after):
    text = [LEAD_KE, f"On Wednesday, gunmen attacked a police post in Molo and shot at two officers. {after}"]
    rows = [r for r in run(extractor, text, REF) if r["event_type"] in ("Battles", "Violence against civilians")]
    assert rows and rows[0]["fatalities"] == 0, rows


def test_the_post_modifier_pattern_is_built_once_and_shared():
    from newsetl.extract.events import fatalities, roles

    res = load_rules()
    rx = fatalities.post_modified_re(res)
    assert rx is fatalities.post_modified_re(res)
    assert roles.post_modified_re is fatalities.post_modified_re
    assert rx.match(" carrying a combined reward of 20 lakh were killed", 0)


def test_pursuer_forces_are_compiled_once_per_rules():
    from newsetl.extract.events.pursuit_agents import pursuing_force

    res = load_rules()
    pursuing_force([], res)
    forces = res.built("pursuit_agents.pursuer_forces", list)
    assert forces and all(hasattr(p, "search") for _, p in forces)


def test_a_misspelt_word_list_name_raises():
    res = load_rules()
    assert res.words_re_of("fleeing_words") is not None
    with pytest.raises(KeyError):
        res.words_re_of("fleeing_word")
    with pytest.raises(KeyError):
        res.words_re("no_such_list_at_all")
