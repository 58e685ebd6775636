"""split26: the closer's fitting set of columns, letters, diaries and reviews (`eval/split_closer_train`), the closer cue
for a reported view before a closing question and the `pg:quoted_later` mark. Every line here was written for these
tests (fictional)."""

from __future__ import annotations

import json

from newsetl.split.closer import quoted_later, voice_features
from newsetl.split.closer_fit import CLOSER_SETS, VOICE_ONLY_SETS
from newsetl.split.features import NEWS_VOICE, READER_VOICE, load_cues
from newsetl.split.model import MODEL_PATH


def _cues(text: str) -> set[str]:
    vf = voice_features(["w20"], text, READER_VOICE, NEWS_VOICE, load_cues().closer)
    return {f[2:] for f in vf if f.startswith("v:")}


def test_a_reported_view_right_before_a_closing_question_is_a_closer_cue():
    assert "reported_question" in _cues("The mill owners say the weir is safe. Who will pay when it fails?")
    assert "reported_question" in _cues("Anglers warned of this in May. Why did nobody listen?")
    assert "reported_question" not in _cues("Who will pay when the weir fails?")  # a question alone
    assert "reported_question" not in _cues("The mill owners say the weir is safe.")  # no question
    # the attribution must be in the sentence right before the question
    assert "reported_question" not in _cues("The owners say it is safe. The weir is old. Who will pay?")


def test_a_later_line_quoting_a_sentence_of_the_candidate_marks_it():
    words = load_cues().quote_words
    assert words == 4
    texts = [
        "Title",
        "The weir was built in 1887. Who will pay when the old weir finally fails?",
        "Tom Harker",
        "> who will pay when the old weir finally fails",
        "Nobody, as usual.",
    ]
    assert quoted_later(texts, 1, words) == ["pg:quoted_later"]
    assert quoted_later(texts, 1, None) == []  # no length configured: no mark
    short = [*texts[:3], "“Who will pay?” Exactly.", texts[4]]
    assert quoted_later(["Title", "Who will pay? Nobody knows.", *short[2:]], 1, words) == []  # under four words
    assert quoted_later(texts[:3], 1, words) == []  # nothing after it repeats it


def test_the_packaged_closer_is_fitted_with_the_closer_set_as_a_voice_only_set():
    assert "eval/split_closer_train" in CLOSER_SETS and "eval/split_closer_train" in VOICE_ONLY_SETS
    closer = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["closer"]
    assert "eval/split_closer_train" in closer["trained"]["sets"]
    # fitted weights (positive: the body's voice): both marks had fitting rows only once the set was added
    assert closer["weights"]["v:reported_question"] > 0 and closer["weights"]["pg:quoted_later"] > 0
