"""token_index.py: the hash lists select exactly the tokens whose lower-cased / written form is in a word set."""

from __future__ import annotations

import spacy

from newsetl.extract.token_index import hashes, lower_of, orth_of, positions


def test_positions_are_the_tokens_holding_the_words():
    nlp = spacy.blank("en")
    doc = nlp("Its forces and THEIR troops met members of the Group; its Army, their army.")
    words = {"its", "their", "army"}
    want = [t.i for t in doc if t.lower_ in words]
    assert positions(lower_of(doc), hashes(words)) == want
    assert positions(orth_of(doc), hashes({"Army"})) == [t.i for t in doc if t.text == "Army"]
    assert lower_of(nlp("")) == []
