"""A place name inside another name does not decide the document's country (issue 10, ev89): a town in the middle of a
force's name ("The Special Mobile Force"), a name after a profession noun or a person's title ("the singer Kaya", "Mr
Tucson"), a nationality after a prefix ("the Inter-American Commission"); and a dateline's town far larger than its
homonyms names the country a lone body town's vote needs. Sentences written for the tests; the counter-cases (a town that
opens a force's name, a town after "in", "American soldiers") keep their votes."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run, where

REF = date(2026, 6, 10)


_where = where


def test_a_town_inside_a_force_name_is_no_place_and_no_country(extractor):
    rows = run(
        extractor,
        [
            "Youths threw stones at police in Roche-Bois on Monday night, residents said.",
            "The Special Mobile Force was called in and officers fired tear gas until the streets were cleared.",
        ],
        ref=REF,
    )
    assert rows and not {c for _, c in _where(rows)} & {"USA"}, rows
    assert "Mobile" not in {loc for loc, _ in _where(rows)}, rows


def test_a_town_that_opens_a_force_name_still_names_the_place(extractor):
    rows = run(
        extractor,
        ["Police arrested eight people in Kano on Monday after a clash, the Kano State Police Command said."],
        ref=REF,
    )
    assert ("Kano", "NGA") in _where(rows), rows


def test_a_name_after_a_profession_noun_or_title_is_a_person(extractor):
    for line in (
        "The unrest recalled 1999, when the death in custody of the singer Kaya set off riots.",
        "The family of the lawyer Kaya said he had been beaten.",
        "Mr Kaya, the neighbourhood's councillor, said the man had been beaten.",
    ):
        rows = run(
            extractor, ["Youths threw stones at police in Roche-Bois on Tuesday night, residents said.", line], ref=REF
        )
        assert rows and "BFA" not in {c for _, c in _where(rows)}, (line, rows)


def test_the_town_after_in_keeps_its_country(extractor):
    rows = run(
        extractor, ["Gunmen attacked a market in Kaya on Tuesday, killing five people, residents said."], ref=REF
    )
    assert ("Kaya", "BFA") in _where(rows), rows


def test_a_prefixed_nationality_names_no_country(extractor):
    for line in (
        "The Inter-American Commission on Human Rights asked for protection.",
        "They had blocked the Pan-American highway twice this year.",
    ):
        rows = run(
            extractor,
            ["Women blocked the highway at Salitre on Tuesday until police removed them, residents said.", line],
            ref=REF,
        )
        assert rows and "USA" not in {c for _, c in _where(rows)}, (line, rows)


def test_a_plain_nationality_still_votes(extractor):
    rows = run(extractor, ["American soldiers fired on a car at a checkpoint in a village on Monday."], ref=REF)
    assert rows and {c for _, c in _where(rows)} == {"USA"}, rows


def test_a_dateline_town_far_larger_than_its_homonyms_takes_the_vote_from_a_lone_town_abroad(extractor):
    """The dateline's town casts no vote of its own (no context for unknown names), but a lone body town of another
    country no longer makes its country the story's: the Roche-Bois row stays at the dateline, in Mauritius."""
    body = "In Rose-Hill, taxi drivers drove in a slow convoy to the town hall on Monday to protest."
    rows = run(extractor, ["PORT LOUIS — Youths threw stones at police in Roche-Bois on Tuesday night.", body], ref=REF)
    riot = [r for r in rows if r["sub_event_type"] == "Violent demonstration"]
    assert riot and {(r["location"], r["iso3"]) for r in riot} == {("Port Louis", "MUS")}, rows
    alone = run(extractor, [body], ref=REF)
    assert alone and {c for _, c in _where(alone)} == {"USA"}, alone  # nothing else names a country: the town's own


def test_a_country_inside_a_force_name_still_names_the_country(extractor):
    # (review25g) the country is the story's only one: it stays
    for line, iso3 in (
        ("A bomb killed four soldiers on Monday, the Royal Malaysia Police said.", "MYS"),
        ("A bomb killed four soldiers on Monday, the Royal Oman Police said.", "OMN"),
    ):
        rows = run(extractor, [line], ref=REF)
        assert rows and iso3 in {c for _, c in _where(rows)}, (line, rows)


def test_a_town_opening_a_sub_unit_after_an_organisation_head_is_the_place(extractor):
    # (review25g) "Corps | Kaduna Sector Command", "Bank | Kano Office": the town opens a unit's name of its own
    for line, town in (
        ("Gunmen killed two travellers on Monday, the Federal Road Safety Corps Kaduna Sector Command said.", "Kaduna"),
        ("Gunmen attacked the Zenith Bank Kano Office on Monday, killing two guards.", "Kano"),
    ):
        rows = run(extractor, [line], ref=REF)
        assert (town, "NGA") in _where(rows), (line, rows)
