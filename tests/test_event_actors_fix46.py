"""Fixer fix46 (issue 10, ev44's actor rules): unidentified agents only as the trigger's subject or agent, two unnamed
clans only near the trigger, arrests given the crowd of the nearest crowd event and never with a charge of their own,
bare "group" / "faction" no militia's name, the trigger found by its offset. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from newsetl.extract.events.model import Event, trigger_at
from tests.extract_util import one, run

REF = date(2026, 4, 20)


def _rows(extractor, *paras):
    return run(extractor, list(paras), ref=REF)


def test_unidentified_men_killed_by_soldiers_are_not_the_attackers(extractor):
    rows = _rows(extractor, "Kenyan soldiers shot dead four unidentified men near Garissa on Sunday, an officer said.")
    ev = rows[0]
    assert ev["actor1"] == "Military Forces of Kenya"
    assert not str(ev["actor1"]).startswith("Unidentified")


def test_unknown_gunmen_of_an_earlier_act_leave_the_named_attacker(extractor):
    rows = _rows(
        extractor,
        "Al-Shabaab fighters stormed a police post in Baidoa on Sunday, two days after unknown gunmen robbed a bank "
        "in the town.",
    )
    assert any(r["actor1"] == "Al Shabaab" for r in rows)
    assert not any(r["actor2"] == "Al Shabaab" for r in rows)


def test_unknown_gunmen_as_subject_still_attack(extractor):
    rows = _rows(extractor, "Unknown gunmen shot dead a village chief in Garissa on Sunday, police said.")
    assert str(rows[0]["actor1"]).startswith("Unidentified Armed Group")


def test_two_clans_in_a_background_clause_leave_the_state_side(extractor):
    rows = _rows(
        extractor,
        "Soldiers clashed with militiamen near Dhusamareb on Sunday; residents said the wells there had long been "
        "contested between two clans.",
    )
    ev = one(rows, "Armed clash")
    assert "Clan militia" not in (ev["actor1"], ev["actor2"])
    assert "Military Forces of Somalia" in (ev["actor1"], ev["actor2"])


def test_arrests_take_the_crowd_event_at_their_own_place(extractor):
    rows = _rows(
        extractor,
        "Nurses marched peacefully in Nakuru over unpaid wages on Sunday, while in Eldoret youths set fire to tyres "
        "and threw stones at police. Police arrested 25 people in Nakuru.",
    )
    assert one(rows, "Arrests")["actor2"] == "Protesters"


def test_arrests_on_a_charge_of_their_own_after_a_riot_stay_civilians(extractor):
    rows = _rows(
        extractor,
        "On Saturday, youths in Eldoret set fire to tyres and threw stones at police over a disputed election.",
        "In another case, police said fourteen people were arrested in Nakuru on Sunday on suspicion of car theft.",
    )
    assert one(rows, "Arrests")["actor2"] in ("Civilians", None)


def test_arrests_in_a_crackdown_after_a_riot_stay_civilians(extractor):
    rows = _rows(
        extractor,
        "On Saturday, youths in Eldoret set fire to tyres and threw stones at police over a disputed election.",
        "Separately, police arrested 14 people in Nakuru on Sunday in a crackdown on illicit gin dealers.",
    )
    assert one(rows, "Arrests")["actor2"] in ("Civilians", None)


def test_a_party_faction_is_no_militia(extractor):
    rows = _rows(
        extractor, "Members of the Wanjiku faction clashed with rival youths in Nyeri on Sunday, leaving one dead."
    )
    assert all(r["actor1"] != "Wanjiku" and r["actor2"] != "Wanjiku" for r in rows)
    assert rows


def test_a_unit_called_a_group_is_no_militia(extractor):
    rows = _rows(
        extractor,
        "Fighters of the Falcon group stormed enemy trenches near Kupiansk on Sunday, the Ukrainian army said.",
    )
    assert rows
    assert all(r["actor1"] != "Falcon" for r in rows)


def test_the_trigger_is_found_by_its_offset_not_its_first_occurrence():
    sentence = "Rebels who attacked a convoy in May attacked the town again on Sunday."
    ev = Event("Attack", "Violence against civilians", "ASSAULT", None, "attacked", sentence, 0, len(sentence))
    ev.trigger_at = sentence.index("attacked the town")
    assert trigger_at(ev) == sentence.index("attacked the town")
    ev.trigger_at = 3  # not the trigger's text there: the sentence is searched
    assert trigger_at(ev) == sentence.index("attacked")
