"""Round ev29 (issue 10, event detection): constructions that recurred on two or more event development sets.
Sentences written for the tests.

- a protest's demand names an event ("to demand the release of", "to ask ... for a truce"): the protest is the event
  (`demanded_object_before`, events/candidates.py);
- a crowd that walks, sits down or forms a human chain with a purpose clause ("to ask", "asking for", "to oppose")
  protests (`gathering_with_demand`, `demand_clause_patterns`);
- people taken ("took a retired officer from his home", "was taken from his shop", "seized a nurse") are abducted
  (`taken_people_patterns`, `taking_verbs`);
- an entry into a place beside an act of the same clause is not a territorial change (`entry_trigger_ids`);
- a dismissed or rejected claim reports no event (`denied_report`)."""

from __future__ import annotations

from datetime import date

from tests.extract_util import sub_types

REF = date(2026, 3, 12)  # a Thursday


def _types(extractor, line):
    return sub_types(extractor, line, REF)


def test_the_protest_not_what_it_demands(extractor):
    for line in (
        "On Monday, nurses formed a human chain outside the hospital in Kassala to demand the arrest of the men who "
        "beat a colleague.",
        "About 300 farmers gathered in front of the governor's office in Gedaref on Tuesday to call for the release of "
        "three detained union leaders.",
        "Hundreds of women held a rally in the main square of Kosti on Wednesday to ask both sides for a ceasefire.",
    ):
        assert _types(extractor, line) == ["Peaceful protest"], line


def test_a_crowd_that_walks_or_sits_down_with_a_purpose_protests(extractor):
    for line in (
        "On Monday, dozens of mothers walked in silence through Atbara, asking for news of their missing sons.",
        "About 200 traders sat down in front of the town hall in Sennar on Tuesday to oppose a new market tax.",
    ):
        assert _types(extractor, line) == ["Peaceful protest"], line
    assert _types(extractor, "On Monday, dozens of pupils walked to the school in Atbara.") == []


def test_people_taken_are_abducted(extractor):
    for line in (
        "Gunmen took a retired army officer from his home in Tawila on Monday night.",
        "A pharmacist was taken from his shop in Tawila on Tuesday by armed men.",
        "Armed men seized a nurse on the road near Tawila on Wednesday.",
    ):
        assert _types(extractor, line) == ["Abduction/forced disappearance"], line
    # a possessive is not the people taken
    assert "Abduction/forced disappearance" not in _types(
        extractor, "Masked men stopped a bus near Tawila on Monday and took the driver's phone."
    )
    # taken and killed in the same breath: the killing is the event
    assert _types(extractor, "Gunmen took the men from their homes in Tawila on Monday and killed them.") == ["Attack"]


def test_an_entry_beside_an_act_is_the_act(extractor):
    assert _types(
        extractor, "On Monday, soldiers entered the village of Tawila, burned houses and shot dead two farmers."
    ) == ["Attack"]
    assert _types(
        extractor, "Police units pushed into the village of Tawila on Tuesday and detained six young men."
    ) == ["Arrests"]
    assert _types(extractor, "On Tuesday, army troops entered the town of Tawila.") == ["Government regains territory"]


def test_a_dismissed_claim_is_no_event(extractor):
    assert (
        _types(
            extractor,
            "The army dismissed a rebel claim that its fighters had overrun a military post in Tawila on Monday.",
        )
        == []
    )
