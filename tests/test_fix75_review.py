"""Round fix75: the review20h findings on fix71 and fix72. Sentences written for the tests (the reviewer's probes),
none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 3, 12)


def _rows(extractor, text):
    return [(r["sub_event_type"], r["fatalities"]) for r in run(extractor, [text], REF)]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Protesters blocked roads in Kano on Monday over the weekend and two protesters were found dead.", 2),
        (
            "Rioters burned shops in Goma on Monday over the weekend's unrest and three people were found dead in the "
            "streets.",
            3,
        ),
    ],
)
def test_a_time_phrase_or_another_clause_is_no_found_dead_cause(extractor, text, toll):
    rows = _rows(extractor, text)
    assert rows and any(r[1] == toll for r in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Shops and markets in Karachi downed shutters on Friday to mark the death anniversary of Benazir Bhutto.",
        "Traders in Lahore downed shutters on Monday to mark the death anniversary of Allama Iqbal.",
        "Shops in Quetta pulled down their shutters on Monday to mark the birthday of a poet.",
    ],
)
def test_shutters_down_to_mark_an_anniversary_is_no_protest(extractor, text):
    assert _rows(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Shopkeepers downed shutters in Lahore on Monday to mark the killing of a trader.",
        "Shopkeepers downed shutters in Lahore on Monday to mark the first anniversary of the death of their leader.",
        "Residents protested in Kano on Monday to mourn the killing of a student.",
    ],
)
def test_a_death_marked_or_mourned_by_a_protest_is_not_its_toll(extractor, text):
    rows = _rows(extractor, text)
    assert all(r[1] is None for r in rows if r[0] in ("Peaceful protest", "Protest with intervention", "Mob violence"))


def _package(name: str) -> dict:
    import json

    from newsetl.extract.rules import package_data_dir

    return json.loads((package_data_dir() / name).read_text(encoding="utf-8"))


def test_a_misspelt_cue_word_in_place_cue_not_followed_by_raises():
    from newsetl.extract.components.place_cue_rules import cue_words_after

    words = {"place_cue_before_only": [], "place_cue_not_followed_by": {"mines": ["clearance"]}}
    with pytest.raises(ValueError, match="mines"):
        cue_words_after(["mine", "camp"], words)
    assert "clearance" in cue_words_after(
        ["mine", "camp"], {**words, "place_cue_not_followed_by": {"mine": ["clearance"]}}
    )


def test_the_facility_check_of_place_cues_is_public():
    from types import SimpleNamespace

    from newsetl.extract.components.place_cue_rules import PlaceCues, lexicon_counts

    cues = PlaceCues(_package("place_cues.json"), lexicon_counts(_package("lexicon.json")))
    owner = SimpleNamespace(org_words={"communique"}, landmarks=frozenset())
    assert cues.facility(owner, "Nairobi Communique") and not cues.facility(owner, "Gobalo")


def test_the_homonym_abroad_doc_names_the_function_that_reads_it():
    from newsetl.extract.components.places import PlaceFinder

    doc = _package("place_cues.json")["homonym_abroad"]["_doc"]
    assert "`_far_abroad`" in doc and hasattr(PlaceFinder, "_far_abroad")
