"""Review fixes of ev75 (fix81, twenty-second session): a victim by article joins a counted list only when it names a
person and opens no new clause; armed people the dictionary lacks (pilots, personnel, members, the crew of a warship,
an appositive naming a fighter) never make the dead civilians, nor does a background clause ("a day after two men
were killed"); an anaphor object is the other side whatever the order of the coordinated subject; "them" never points
at the trigger's own subject. Sentences written for the tests (the reviewer's probes and variants)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import only

REF = date(2026, 6, 10)


@pytest.mark.parametrize(
    ("para", "want"),
    [
        pytest.param(
            "Gunmen killed two farmers and a woman was abducted near Zurmi, Nigeria, on Monday.",
            2,
            id="a_new_clause_subject_after_and_a",
        ),
        pytest.param(
            "A drone strike killed two civilians and a cow near Hawf, Yemen, on Monday.", 2, id="an_animal_after_and_a"
        ),
        pytest.param(
            "Gunmen killed three traders and a goat near Zurmi, Nigeria, on Monday.", 3, id="another_animal_after_and_a"
        ),
        pytest.param(
            "Gunmen killed two people and a source said more were missing near Hawf, Yemen, on Monday.",
            2,
            id="a_source_said_after_and_a",
        ),
        pytest.param(
            "Gunmen killed two soldiers and a third was wounded near Hawf, Yemen, on Monday.",
            2,
            id="an_ordinal_after_and_a",
        ),
        pytest.param(
            "Two soldiers and a tribesman were killed when gunmen attacked a checkpoint near Hawf, Yemen, on Monday.",
            3,
            id="a_coordinated_subject_of_were_killed_stays_one_list",
        ),
    ],
)
def test_article_victim_joins_only_people(extractor, para, want):
    assert only(extractor, [para], ref=REF)["fatalities"] == want
