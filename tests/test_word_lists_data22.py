"""Round data22 (issue 10 item 1): the fatality patterns' words are wordlists.json lists and the splitter's function
words a cues.json section; editing the data changes what the code finds. Sentences written for the tests."""

from __future__ import annotations

import dataclasses
import json

from newsetl.extract.events import fatalities_in
from newsetl.extract.events.fatalities import fatality_patterns
from newsetl.split.cues import DATA, load_cues
from newsetl.split.line_features import text_features


def _with(res, name, extra):
    words = dict(res.words)
    words[name] = [*words[name], *extra]
    return dataclasses.replace(res, words=words)


def test_a_zero_toll_phrase_is_read_from_the_word_lists(extractor):
    text = "The convoy came under fire near Gao but every passenger walked away unscathed."
    assert fatalities_in(text, extractor.res) is None
    edited = _with(extractor.res, "zero_fatality_phrases", ["every passenger walked away unscathed"])
    assert fatalities_in(text, edited) == 0
    assert fatalities_in("Nobody was killed when the bridge near Gao was shelled.", extractor.res) == 0


def test_kill_words_after_a_quantity_are_read_from_the_word_lists(extractor):
    after = " were trampled to pieces in the stampede"
    assert fatality_patterns(extractor.res).kill_after.match(after) is None
    edited = _with(extractor.res, "kill_after_words", ["trampled to pieces"])
    assert fatality_patterns(edited).kill_after.match(after) is not None
    assert fatality_patterns(extractor.res).kill_after.match(" were also shot and killed") is not None


def test_side_losses_are_read_from_the_word_lists(extractor):
    loss = fatality_patterns(extractor.res).loss
    assert loss.search("The army lost four soldiers in the ambush.")
    assert not loss.search("The team lost four matches in a row.")


def test_function_words_are_a_cues_section(tmp_path):
    line = "Zorbu kalanu meftari dosh prelu vantak"  # six words, none an English function word
    assert "no_en_function" in text_features(load_cues(), line)
    raw = json.loads((DATA / "cues.json").read_text(encoding="utf-8"))
    raw["function_words"]["english"].append("dosh")
    path = tmp_path / "cues.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    assert "no_en_function" not in text_features(load_cues(str(path)), line)
