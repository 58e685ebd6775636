"""Round fix93 (review 24d's open should-fix items and its must-fix 3): one placeholder filler (`filled.py`), passive
roles of a crowd fired upon, vocabulary kept in one list, tests that can fail."""

from __future__ import annotations

import re
from datetime import date

import pytest

from newsetl.extract.events import filled
from tests.extract_util import run

REF = date(2026, 3, 12)  # a Thursday
ABD = "Abduction/forced disappearance"


class _Stub:
    """The two members of Rules the filler reads."""

    def __init__(self, words: dict) -> None:
        self.words = words

    def built(self, key, make):
        return make()


FORCES = {"crowd_force_clash": {"force": ["police", "security forces"], "force_one": ["soldier"]}}


def test_a_misspelt_placeholder_raises():
    res = _Stub({**FORCES, "acts": [r"\b{forces}\s+fired\b"]})
    with pytest.raises(KeyError):
        filled.filled_rx(res, "acts")


def test_a_placeholder_of_an_empty_list_raises():
    res = _Stub({"heads": [], "acts": [r"\btook\s+{heads}\b"]})
    with pytest.raises(ValueError):
        filled.filled_rx(res, "acts")


def test_one_filler_for_word_and_fragment_placeholders():
    res = _Stub({**FORCES, "heads": ["(?:school)?teachers?"], "acts": [r"\b{force}\s+took\s+{heads}\b"]})
    rx = filled.filled_rx(res, "acts")
    assert rx.search("Security  forces took schoolteachers away") is not None
    assert rx.search("police took soldiers") is None
    assert filled.filled_re(_Stub({"acts": []}), "acts") is None
    assert filled.filled_rx(_Stub({"acts": []}), "acts").search("anything") is None


def test_the_crowd_rules_read_the_one_filler(extractor):
    res = extractor.res
    for name in ("self_dispersal_force_patterns", "crowd_force_them_subject_patterns"):
        pats = filled.filled_patterns(res, name)
        assert pats and not any(re.search(r"\{[a-z_]+\}", p) for p in pats), name
    assert filled.filled_rx(res, "crowd_force_them_subject_patterns").search("Riot police then ") is not None


@pytest.mark.parametrize(
    ("line", "force"),
    [
        (
            "Hundreds of protesters marched in Kano on Tuesday. The marchers were fired upon by police.",
            "Police",
        ),
        ("Hundreds of protesters marched in Kano on Tuesday. The marchers were shot at by soldiers.", "Military"),
        ("Hundreds of demonstrators marched in Kano on Tuesday. The demonstrators were attacked by police.", "Police"),
        ("Thousands of students rallied in Kano on Tuesday. They were fired upon by soldiers.", "Military"),
        (
            "Traders protested outside the council in Kano on Tuesday. Many of them were later shot at by police.",
            "Police",
        ),
        ("Hundreds of women marched in Kano on Tuesday. The procession was attacked by police.", "Police"),
    ],
)
def test_a_crowd_fired_upon_after_its_protest_is_force_on_it(extractor, line, force):
    """Review 24d must-fix 3: the passive crowd meets `force_on_crowd` (one protest with the force as actor2)."""
    (row,) = run(extractor, [line], ref=REF)
    assert row["sub_event_type"] == "Protest with intervention", row
    assert row["actor1"] == "Protesters" and row["actor2"].startswith(force), row


@pytest.mark.parametrize(
    "line",
    [
        "Police were fired upon by protesters near Kano on Tuesday.",
        "Police officers were shot at by demonstrators near Kano on Tuesday, and two were wounded.",
        "Gendarmes were fired upon by demonstrators in Kano on Tuesday.",
        "Soldiers were attacked by protesters near Kano on Tuesday.",
    ],
)
def test_a_force_fired_upon_by_a_crowd_is_their_riot(extractor, line):
    """The "by" agent of a passive is actor1: a crowd firing upon a force riots; no force against protesters."""
    (row,) = run(extractor, [line], ref=REF)
    assert row["sub_event_type"] == "Violent demonstration", row
    assert row["actor1"] == "Rioters" and row["actor2"].split()[0] in ("Police", "Military"), row


@pytest.mark.parametrize(
    "line",
    [
        "Journalists were attacked by protesters in Kano on Tuesday.",
        "Traders were attacked by demonstrators in Kano on Tuesday.",
    ],
)
def test_civilians_attacked_by_a_crowd_are_no_attack_on_the_crowd(extractor, line):
    """(fix97) A crowd attacking civilians is mob violence, the civilians actor2 (eval/events/README.md)."""
    (row,) = run(extractor, [line], ref=REF)
    assert row["sub_event_type"] == "Mob violence" and row["actor1"] == "Rioters", row
    assert row["actor2"] == "Civilians", row


def test_a_passive_fire_on_armed_men_keeps_its_roles(extractor):
    (row,) = run(extractor, ["Soldiers were shot at by gunmen near Kano on Tuesday."], ref=REF)
    assert row["sub_event_type"] == "Armed clash" and row["actor2"].startswith("Military"), row


@pytest.mark.parametrize(
    "line",
    [
        "Security agents took six teachers from their homes in Kano on Tuesday.",
        "Police seized three officers accused of extortion in Kano on Tuesday.",
        "Gendarmes took him from his home in Kano on Tuesday.",
    ],
)
def test_people_taken_by_state_agents_are_arrested_by_any_taking_verb(extractor, line):
    """(review 24d should-fix 5) `taking_verbs` is the one list of taking verbs (no `arrest_taking_verbs` restating
    it): people taken by state agents are arrested whatever the taking verb."""
    assert "arrest_taking_verbs" not in extractor.res.words
    assert [r["sub_event_type"] for r in run(extractor, [line], ref=REF)] == ["Arrests"]


@pytest.mark.parametrize(
    "line",
    [
        "Soldiers fired on a car near Kano on Tuesday.",
        "Troops opened fire on a van near Kano on Tuesday, killing two.",
        "Police fired at a motorcycle near Kano on Tuesday.",
    ],
)
def test_fire_on_a_civilian_vehicle_is_an_attack(extractor, line):
    """(review 24d should-fix 8) `civilian_site_object_patterns` (its vehicle nouns) tested by behaviour."""
    (row,) = run(extractor, [line], ref=REF)
    assert row["sub_event_type"] == "Attack" and row["actor2"] == "Civilians", row


def test_an_empty_nationality_agent_list_matches_nothing(edited_rules):
    """(review 24d should-fix 8) an empty `nationality_agent_after` compiled "(?:)\\b", which matched after every
    nationality adjective (every one was read as an owner's): it now matches nothing."""
    ex = edited_rules({"wordlists.json": lambda d: {**d, "nationality_agent_after": []}})
    ex.run([])  # (components set up)
    pipe = next(p for _, p in ex.nlp.pipeline if hasattr(p, "agent_after"))
    assert pipe.agent_after.match("Chinese engineers", len("Chinese")) is None


def test_the_force_nouns_live_in_one_list(extractor):
    """(review 24d should-fix 4) `armed_cargo_heads` reads the force nouns through `{force}` (no copy of
    `crowd_force_clash`'s), `state_taker_impostor_patterns` its state agents through `{state_agent_nouns}` (once)."""
    words = extractor.res.words
    force = {w.replace(" ", r"\s+") for w in words["crowd_force_clash"]["force"]}
    assert "{force}" in words["armed_cargo_heads"] and not force & set(words["armed_cargo_heads"])
    assert all("police|policemen" not in p for p in words["state_taker_impostor_patterns"])
    for name in ("civilian_site_object_patterns", "civilian_passive_target_patterns"):
        assert any("{civilian_vehicle_heads}" in p for p in words[name]) and not any(
            "|pirogue" in p for p in words[name]
        )


@pytest.mark.parametrize(
    ("line", "sub"),
    [
        ("A boat carrying police officers was fired upon near Kano on Tuesday.", "Armed clash"),
        ("A car carrying security forces came under fire near Kano on Tuesday.", "Armed clash"),
        ("A bus carrying traders was fired upon near Kano on Tuesday.", "Attack"),
        ("Two fishing pirogues were fired upon near Kano on Tuesday.", "Attack"),
        ("Soldiers fired on a ferry near Kano on Tuesday.", "Attack"),
        ("Men who said they were soldiers took six teachers from their homes in Kano on Tuesday.", ABD),
        ("Fake policemen took a trader from his shop in Kano on Tuesday.", ABD),
        ("Soldiers took a trader from his shop in Kano on Tuesday.", "Arrests"),
    ],
)
def test_the_shared_nouns_keep_their_readings(extractor, line, sub):
    assert [r["sub_event_type"] for r in run(extractor, [line], ref=REF)] == [sub]
