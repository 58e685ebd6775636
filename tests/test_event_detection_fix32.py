"""Round fix32: reviewer findings on round ev29's detection rules. Sentences written for the tests.

- walking or sitting down protests only for a crowd (`crowd_subject_before`) with a protest purpose
  (`protest_purpose_patterns`; asking for help, shelter or calm is none): trigger `walk_with_demand`;
- a protest trigger whose own gates fail names no demand, so a killing after it stays an event (`_gated_in`);
- people taken to hospital, safety or a school are not abducted (`taken_to_care_after`);
- people seized by police or soldiers are arrested (`state_taker_before`, `arrest_taking_verbs`)."""

from __future__ import annotations

from datetime import date

from tests.extract_util import sub_types

REF = date(2026, 4, 17)  # a Friday


def _types(extractor, line):
    return sub_types(extractor, line, REF)


def test_a_walk_to_ask_for_help_is_no_protest_and_keeps_the_killing(extractor):
    got = _types(
        extractor,
        "Farmers' wives walked to the chief's compound in Lokoja on Thursday to ask for help after bandits shot dead three herders.",
    )
    assert "Peaceful protest" not in got
    assert "Attack" in got


def test_walking_or_sitting_without_a_crowd_or_a_protest_purpose(extractor):
    for line in (
        "Displaced families walked for two days to reach a camp in Bama on Wednesday, asking for shelter.",
        "The deputy governor sat down with clan elders in Lokoja on Thursday, calling for calm.",
    ):
        assert _types(extractor, line) == [], line
    assert _types(
        extractor, "About 400 pensioners sat down outside the treasury in Lokoja on Thursday, demanding arrears."
    ) == ["Peaceful protest"]


def test_people_taken_to_care_are_not_abducted(extractor):
    for line in (
        "Volunteers took the injured traders to hospital in Lokoja on Thursday.",
        "Soldiers took four girls to safety in Bama on Wednesday.",
        "Villagers were taken from their homes to a school in Lokoja on Thursday as the river burst its banks.",
    ):
        assert "Abduction/forced disappearance" not in _types(extractor, line), line


def test_people_seized_by_police_are_arrested(extractor):
    assert _types(extractor, "Police seized two customs officers accused of bribery in Lokoja on Thursday.") == [
        "Arrests"
    ]


def test_a_rejected_claim_covers_only_its_own_clause(extractor):
    # the killing after ", saying" is what the speakers report, not the claim they reject
    assert "Attack" in _types(
        extractor,
        "Farmers rejected claims that the bandits had left the forest near Lokoja, saying they shot dead two herders "
        "on Thursday.",
    )
    assert (
        _types(extractor, "The army rejected claims that its soldiers shot dead two herders near Lokoja on Thursday.")
        == []
    )


def test_captured_people_are_abducted_captured_places_are_territory(extractor):
    assert _types(extractor, "Bandits captured four traders near Lokoja on Thursday.") == [
        "Abduction/forced disappearance"
    ]
    assert "Abduction/forced disappearance" not in _types(
        extractor, "Bandits captured the village of Obajana near Lokoja on Thursday."
    )
