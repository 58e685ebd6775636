"""Fixes to round 19's place cues and verb frames (ev19fix, a reviewer's findings): an ordinary capitalised word or a
building is no cued place, a known place the sentence names with its own cue keeps the event, the protest frame reads
neither the month "March" nor "the march organisers", a crowd that clashes with an armed side stays an armed clash,
and a saved pipeline carries both files. Sentences written for the review, none copied from an evaluation set."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.extract_util import run

REF = date(2025, 3, 14)
LEAD = "KADUGLI — The state security committee gave an update on Friday."


def _rows(extractor, text):
    return run(extractor, [LEAD, text], ref=REF)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("In Brief, gunmen killed three farmers near Kadugli on Monday.", "Brief"),
        ("In Parliament, opposition MPs protested against the new tax law on Tuesday.", "Parliament"),
        ("Opposition MPs protested in Parliament, calling the law unjust.", "Parliament"),
        ("Police arrested two men in Ramadan, officials said.", "Ramadan"),
        ("Gunmen killed three people in Christmas, police said.", "Christmas"),
        ("Police arrested a student in Twitter, a spokesman said.", "Twitter"),
        ("Students from Harvard marched through the city centre on Monday.", "Harvard"),
        ("Officers from Interpol arrested two suspects in Kadugli on Monday.", "Interpol"),
        ("Women of Faith marched through Kadugli on Monday.", "Faith"),
    ],
)
def test_an_ordinary_capitalised_word_is_no_cued_place(extractor, text, word):
    """`not_words` and `known_place_before` of place_cues.json: a heading, an institution, a holiday, a platform or
    an organisation is no place; the event stays at Kadugli (named in the sentence or the dateline)."""
    rows = _rows(extractor, text)
    assert all(r["location"] == "Kadugli" for r in rows), rows


def test_a_known_place_with_its_own_cue_keeps_the_event(extractor):
    """A name no list refuses yields too when the sentence names a known place after its own cue ("in Kadugli"); with
    no such place the cue still places the event at the name."""
    rows = _rows(extractor, "Officers from Gobalo arrested two suspects in Kadugli on Monday.")
    assert [r["location"] for r in rows] == ["Kadugli"], rows
    rows = _rows(extractor, "On Wednesday, police arrested 14 men in Gobalo, including a local chief.")
    assert [r["location"] for r in rows] == ["Gobalo"], rows


@pytest.mark.parametrize(
    "text",
    [
        "In Kadugli Hospital, three patients were killed when gunmen attacked on Monday.",
        "Police arrested 14 men in Kadugli Stadium, including a chief.",
        "In Sudan Tribune, a reporter wrote that gunmen killed three farmers near Kadugli.",
    ],
)
def test_a_town_and_a_facility_word_are_the_town(extractor, text):
    """`facility_words` (and name_org_words, landmark_nouns): "Kadugli Hospital" is a building in Kadugli, not an
    unlisted place as a whole (`whole_sequence` gives way)."""
    rows = _rows(extractor, text)
    assert rows and all(r["location"] == "Kadugli" for r in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        "Parliamentary elections held in March returned the ruling party to power.",
        "Police held the march organisers for questioning overnight in Kadugli.",
    ],
)
def test_the_month_or_a_march_qualifying_a_noun_is_no_protest(extractor, text):
    assert not any(r["sub_event_type"] == "Peaceful protest" for r in _rows(extractor, text))


def _packaged_frames():
    from newsetl.extract.rules import load_rules
    from newsetl.extract.verb_frames import compile_frames

    rules = load_rules()
    return compile_frames(rules.frames, rules.triggers, rules.words)


def _read(frames, text):
    import spacy

    from newsetl.extract.verb_frames import frame_spans

    doc = spacy.blank("en")(text)
    return [(doc[i].text, tid) for i, tid in frame_spans(doc, frames, range(len(doc)))]


def test_the_protest_frame_keeps_case_and_its_not_next_words():
    """`case` (the month "March" is title case) and `not_next` ("march past", "protest banners") of verb_frames.json."""
    frames = _packaged_frames()
    assert _read(frames, "The talks were held in March.") == []
    assert _read(frames, "The club held its annual march past.") == []
    assert _read(frames, "They held up protest banners.") == []
    assert _read(frames, "Traders held a silent march to the office.") == [("held", "peaceful_protest")]


def test_every_frame_word_is_one_token():
    """A closing word the tokenizer splits ("sit-down": sit - down) could never match."""
    import spacy

    nlp = spacy.blank("en")
    data = json.loads(_package_text("verb_frames.json"))
    for name, words in data["classes"].items():
        if not name.startswith("_"):
            assert [w for w in words if len(nlp(w)) != 1] == [], name


def test_a_misspelt_or_unknown_class_is_an_error():
    from newsetl.extract.verb_frames import compile_frames

    frame = {"name": "x", "trigger": "t", "verbs": ["hold"], "then": [["@protest_nuons"]]}
    data = {"classes": {"protest_nouns": ["march"]}, "frames": [frame]}
    with pytest.raises(ValueError, match="unknown word class 'protest_nuons'"):
        compile_frames(data, {"t": 1})
    data["frames"] = [{**frame, "then": [["@protest_nouns"]], "object": "peple"}]
    with pytest.raises(ValueError, match="unknown word class 'peple'"):
        compile_frames(data, {"t": 1})


def test_the_words_that_end_a_gap_are_data():
    from newsetl.extract.verb_frames import compile_frames

    frame = {"name": "x", "trigger": "t", "verbs": ["hold"], "gap": 3, "then": [["march"]]}
    irregular = {"hold": ["held", "held"]}
    frames = compile_frames({"irregular": irregular, "frames": [frame]}, {"t": 1})
    assert _read(frames, "They held a long march.") == [("held", "t")]
    stopped = compile_frames({"irregular": irregular, "stop_gap": ["long"], "frames": [frame]}, {"t": 1})
    assert _read(stopped, "They held a long march.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Armed villagers clashed with cattle raiders near Kadugli on Monday, leaving five dead.",
        "Villagers clashed with bandits in Kadugli on Monday, leaving two bandits dead.",
        "Youths clashed with police in Kadugli on Monday after a footballer was arrested.",
    ],
)
def test_a_crowd_clashing_with_an_armed_side_is_no_mob(extractor, text):
    """`crowd_mob_sub_types`' armed clash needs a crowd or civilians (or no one) on the other side and an unarmed crowd
    (`crowd_clash_armed_nouns` of wordlists.json)."""
    rows = _rows(extractor, text)
    assert rows and not any(r["sub_event_type"] == "Mob violence" for r in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        "Residents of the Hajar Gadid district reported the sound of heavy machine guns for several hours on Monday.",
        "Villagers in Kadugli told reporters they heard heavy gunfire and clashes overnight on Sunday.",
    ],
)
def test_a_crowd_that_reports_the_fighting_is_a_witness_not_a_mob(extractor, text):
    """A crowd followed by a speech verb (`speech_verbs` of wordlists.json) reports a clash it did not fight: the
    generated bench night showed 46 such sentences retyped as mob violence of rioters against civilians."""
    rows = _rows(extractor, text)
    assert not any(r["sub_event_type"] == "Mob violence" for r in rows), rows


def test_a_saved_pipeline_carries_frames_and_cues(extractor, settings, tmp_path):
    """verb_frames.json is written with newsetl_triggers, place_cues.json with newsetl_places (not with
    newsetl_events, which reads neither), and an edit there is honoured by the loaded pipeline."""
    from newsetl.extract.pipeline import load_nlp, save_nlp

    save_nlp(extractor.nlp, tmp_path / "nlp")
    frames = tmp_path / "nlp" / "newsetl_triggers" / "verb_frames.json"
    cues = tmp_path / "nlp" / "newsetl_places" / "place_cues.json"
    assert frames.exists() and cues.exists()
    assert not (tmp_path / "nlp" / "newsetl_events" / "verb_frames.json").exists()
    assert not (tmp_path / "nlp" / "newsetl_events" / "place_cues.json").exists()
    march = "Traders in Kadugli held a silent procession to the office on Monday."
    opening = LEAD + "\n\nIn Tumbera, gunmen killed three farmers on Wednesday."
    assert _held(extractor.nlp, march) and _tumbera(extractor.nlp, opening)
    data = json.loads(frames.read_text(encoding="utf-8"))
    for f in data["frames"]:
        f["enabled"] = False
    frames.write_text(json.dumps(data), encoding="utf-8")
    data = json.loads(cues.read_text(encoding="utf-8"))
    for r in data["rules"]:
        r["enabled"] = False
    cues.write_text(json.dumps(data), encoding="utf-8")
    loaded = load_nlp(tmp_path / "nlp", cache_dir=settings.cache_dir)
    assert not _held(loaded, march) and not _tumbera(loaded, opening)


def _held(nlp, text: str) -> bool:
    """The `protest_held` frame's span: "held" read as a protest (ev54's `people_held` phrase trigger also spans a bare
    "held", whose own gate, people held for hours, is read later by the events rules)."""
    doc = nlp(text)
    return any(t.text == "held" and t.label_ == "peaceful_protest" for t in doc.spans["triggers"])


def _tumbera(nlp, text: str) -> bool:
    doc = nlp(text)
    return "Tumbera" in [s.text for s in doc.spans["places"]]


def _package_text(name: str) -> str:
    from newsetl.extract.rules import package_data_dir

    return (package_data_dir() / name).read_text(encoding="utf-8")
