"""Round 18 (issue 10, ev18): trigger phrases written as word classes (`data/trigger_classes.json`, expanded by
`extract/trigger_forms.py`), people taken are abducted, and an abduction told as a sequel of an attack is an event of its
own. Sentences written for the tests, none copied from an evaluation set."""

from __future__ import annotations

import json
from datetime import date

import pytest

from newsetl.extract.rules import data_path, load_rules, read_jsonl
from newsetl.extract.trigger_forms import class_phrases, expand, inflect, past_to_ing, twin_phrases
from tests.extract_util import one, only, run

REF = date(2025, 6, 13)  # a Friday
IRREGULAR = {"take": ["took", "taken"], "begin": ["began", "begun", "beginning"], "break": ["broke", "broken"]}


@pytest.mark.parametrize(
    ("lemma", "form", "want"),
    [
        ("march", "past", "marched"),
        ("march", "s", "marches"),
        ("march", "ing", "marching"),
        ("drag", "past", "dragged"),
        ("drag", "ing", "dragging"),
        ("camp", "past", "camped"),
        ("rally", "past", "rallied"),
        ("rally", "s", "rallies"),
        ("rally", "ing", "rallying"),
        ("picket", "past", "picketed"),
        ("kettle", "past", "kettled"),
        ("kettle", "ing", "kettling"),
        ("haul", "past", "hauled"),
        ("take", "past", "took"),
        ("take", "participle", "taken"),
        ("take", "ing", "taking"),
        ("begin", "ing", "beginning"),
        ("turn back", "participle", "turned back"),
        ("carry out", "ing", "carrying out"),
        ("break up", "participle", "broken up"),
    ],
)
def test_inflection(lemma, form, want):
    assert inflect(lemma, form, IRREGULAR) == want


def test_past_to_ing_keeps_the_spelling_of_the_past():
    assert past_to_ing("stopped", IRREGULAR) == "stopping"
    assert past_to_ing("fired", IRREGULAR) == "firing"
    assert past_to_ing("rallied", IRREGULAR) == "rallying"
    assert past_to_ing("agreed", IRREGULAR) == "agreeing"
    assert past_to_ing("took", IRREGULAR) == "taking"
    assert past_to_ing("shed", IRREGULAR) is None  # too short to tell (the words after it tell a verb: twin_phrases)
    assert past_to_ing("protest", IRREGULAR) is None


def test_a_class_is_before_x_forms_x_after_and_its_nouns():
    cls = {"before": ["were", "was"], "verbs": ["stop"], "after": ["by police"], "forms": ["participle"], "nouns": []}
    assert class_phrases(cls, IRREGULAR) == ["were stopped by police", "was stopped by police"]
    cls = {"verbs": ["take"], "after": ["away"], "forms": ["past", "ing"]}
    assert class_phrases(cls, IRREGULAR) == ["took away", "taking away"]
    cls = {"before": ["found", "discovered"], "nouns": ["dead", "with gunshot wounds"]}  # nouns take the words too
    assert class_phrases(cls, IRREGULAR) == [
        "found dead",
        "discovered dead",
        "found with gunshot wounds",
        "discovered with gunshot wounds",
    ]


def test_twins_only_of_a_verb_with_its_object():
    cls = {"twins_of": ["*"], "next_words": ["a", "the"]}
    got = twin_phrases(cls, {"x": ["attacked a checkpoint", "armed clashes", "blocked the road", "clashes"]}, {})
    assert got == {"x": ["attacking a checkpoint", "blocking the road"]}


def test_expand_adds_once_skips_disabled_classes_and_refuses_unknown_triggers():
    phrases = {"abduction": ["abducted", "took away"]}
    data = {
        "irregular": {"take": ["took", "taken"]},
        "classes": [
            {"name": "a", "trigger": "abduction", "verbs": ["take"], "after": ["away"], "forms": ["past", "ing"]},
            {"name": "b", "trigger": "abduction", "enabled": False, "nouns": ["snatching"]},
        ],
    }
    assert expand(data, phrases) == {"abduction": ["abducted", "took away", "taking away"]}
    assert phrases == {"abduction": ["abducted", "took away"]}  # (not changed in place)
    with pytest.raises(ValueError, match="unknown trigger"):
        expand({"classes": [{"name": "c", "trigger": "nope", "nouns": ["x"]}]}, phrases)
    assert expand({}, phrases) is phrases


def test_the_package_classes_are_loaded_and_containment_safe():
    """Every class phrase reaches its trigger, and none contains a phrase of another sub-event type with an equal or
    higher priority (data/README.md, "Overlaps: triggers")."""
    rules = load_rules()
    data = json.loads(data_path("trigger_classes.json").read_text(encoding="utf-8"))
    irregular = {k: v for k, v in data["irregular"].items() if not k.startswith("_")}
    explicit = {r["id"]: r["phrases"] for r in read_jsonl(data_path("triggers.jsonl"))}
    by_phrase = {p.lower(): tid for tid, ps in explicit.items() for p in ps}
    for cls in data["classes"]:
        if not cls.get("enabled", True) or "twins_of" in cls:
            continue
        trig = rules.triggers[cls["trigger"]]
        for p in class_phrases(cls, irregular):
            assert p in rules.trigger_phrases[cls["trigger"]]
            words = p.lower().split()
            for i in range(len(words)):
                for j in range(i + 1, len(words) + 1):
                    other = by_phrase.get(" ".join(words[i:j]))
                    if other is None or (i, j) == (0, len(words)):
                        continue
                    o = rules.triggers[other]
                    assert o.sub_event_type == trig.sub_event_type or o.priority < trig.priority, (p, other)


def test_people_led_away_by_gunmen_are_abducted(extractor):
    lead = "QUETTA — Officials gave an update on Friday."
    text = "Gunmen stopped a bus near Kalat on Wednesday night and took away four passengers."
    row = only(extractor, [lead, text], REF)
    assert row["sub_event_type"] == "Abduction/forced disappearance", row
    text = "On Wednesday, two traders were taken away by armed men from the market in Kalat."
    assert only(extractor, [lead, text], REF)["sub_event_type"] == "Abduction/forced disappearance"


def test_people_taken_are_abducted_a_town_taken_is_captured(extractor):
    lead = "BAMAKO — Local officials gave an update on Friday."
    text = "On Tuesday, armed men took three teachers from their school near Niono."
    row = only(extractor, [lead, text], REF)
    assert row["sub_event_type"] == "Abduction/forced disappearance", row
    assert row["location"] == "Niono", row
    text = "On Tuesday, armed men took the town of Niono after a short battle."
    assert only(extractor, [lead, text], REF)["sub_event_type"] != "Abduction/forced disappearance"
    text = "On Tuesday, armed men took part in a meeting near Niono."
    assert all(r["sub_event_type"] != "Abduction/forced disappearance" for r in run(extractor, [lead, text], REF))

    # the same trigger also matches "freed" and "entered": only a taking verb makes people taken an abduction
    for text in (
        "On Tuesday, soldiers freed 12 hostages near Niono.",
        "On Tuesday, gunmen entered the homes of residents near Niono.",
    ):
        assert all(r["sub_event_type"] != "Abduction/forced disappearance" for r in run(extractor, [lead, text], REF))


def test_an_abduction_told_after_the_attack_is_its_own_event_there(extractor):
    lead = "KADUNA — A community leader gave details on Friday."
    first = "Bandits attacked the village of Kufana on Tuesday night, killing seven residents."
    second = "The attackers also abducted at least 20 people, most of them women, before fleeing into the forest."
    rows = run(extractor, [lead, first, second], REF)
    attack = one(rows, "Attack")
    abduction = one(rows, "Abduction/forced disappearance")
    assert (abduction["location"], abduction["event_date"]) == (attack["location"], attack["event_date"]), rows
    # a detail of another kind stays the attack's: "also stole cattle" is no event of its own
    second = "The attackers also stole cattle before fleeing into the forest."
    assert [r["sub_event_type"] for r in run(extractor, [lead, first, second], REF)] == ["Attack"]
    # a noun of the act in a background sentence is no sequel ("Kidnapping ... has become a business")
    second = "Kidnapping for ransom has grown into a profitable trade for the gangs of the region."
    assert [r["sub_event_type"] for r in run(extractor, [lead, first, second], REF)] == ["Attack"]


def test_a_crowd_marching_peacefully_protests(extractor):
    lead = "ANTANANARIVO — Our correspondent reported on Friday."
    text = "On Thursday, several hundred nurses gathered peacefully outside the regional hospital in Toamasina."
    row = only(extractor, [lead, text], REF)
    assert row["sub_event_type"] == "Peaceful protest", row


def test_a_saved_pipeline_carries_its_classes(extractor, settings, tmp_path):
    """The classes file is written with the triggers component (`nlp.to_disk`), and a class switched off there is off
    in the loaded pipeline."""
    from newsetl.extract.pipeline import load_nlp, save_nlp

    save_nlp(extractor.nlp, tmp_path / "nlp")
    path = tmp_path / "nlp" / "newsetl_triggers" / "trigger_classes.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    text = "Gunmen hauled away two farmers near Kalat on Wednesday."
    doc = extractor.nlp(text)
    assert any(t.text == "hauled away" for t in doc.spans["triggers"])
    for cls in data["classes"]:
        cls["enabled"] = False
    path.write_text(json.dumps(data), encoding="utf-8")
    loaded = load_nlp(tmp_path / "nlp", cache_dir=settings.cache_dir)
    doc = loaded(text)
    assert not any(t.text == "hauled away" for t in doc.spans["triggers"])
