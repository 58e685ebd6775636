"""`newsetl_triggers`: the trigger lexicon (triggers.jsonl) -> `doc.spans["triggers"]`, each span labelled with its
trigger id; two-word "verb + plural noun" phrases also match with a quantity in between ("burned houses" matches
"burned about 30 houses", "abducted dozens of villagers"; the gap words are a word list in wordlists.json); verb-object frames (`verb_frames.json`, extract/verb_frames.py) add
the verb of "subjected X to fire", "held X at gunpoint" and the like."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..rules import Rules
from ..token_index import lower_of, positions
from ..verb_frames import compile_frames, frame_spans
from .base import RuleComponent

PAST_VERB_TOKEN = re.compile(
    r"^[a-z]+ed$|^(?:struck|shot|hit|took|overran|blew|fought|burnt|set|stole|beat|seized|razed|tore)$"
)


@Language.factory(
    "newsetl_triggers", assigns=["doc.spans"], requires=["token.is_sent_start"], default_config={"data_dir": None}
)
def make_triggers(nlp: Language, name: str, data_dir: str | None):
    return TriggerMatcher(nlp, name, data_dir)


class TriggerMatcher(RuleComponent):
    FILES = ("triggers.jsonl", "trigger_classes.json", "verb_frames.json", "wordlists.json")

    def setup(self, rules: Rules) -> None:
        super().setup(rules)
        nlp = self.nlp
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.gapped: dict[str, dict[str, str]] = {}  # verb (+ particle) -> plural noun -> trigger id
        mass = rules.wordset("gapped_mass_nouns")  # "traded fire" also matches "traded heavy fire"
        self.particles = rules.wordset("gapped_verb_particles")  # "carried out strikes" ("carried out eight strikes")
        for tid, phrases in rules.trigger_phrases.items():
            self.matcher.add(tid, [nlp.make_doc(p) for p in phrases])
            for p in phrases:
                toks = [t.lower_ for t in nlp.make_doc(p)]
                if (
                    len(toks) in (2, 3)
                    and PAST_VERB_TOKEN.match(toks[0])
                    and (len(toks) == 2 or toks[1] in self.particles)
                    and (toks[-1].endswith("s") or toks[-1] in mass)
                    and toks[-1].isalpha()
                ):  # "burned houses", "carried out strikes" ("carried out eight strikes")
                    self.gapped.setdefault(" ".join(toks[:-1]), {}).setdefault(toks[-1], tid)
        # "blocked the highway" also matches "blocked the Pan-American Highway": a name between "the" and the noun
        self.named: dict[str, dict[str, str]] = {}
        for tid, phrases in rules.trigger_phrases.items():
            for p in phrases:
                toks = [t.lower_ for t in nlp.make_doc(p)]
                if len(toks) == 3 and toks[1] == "the" and PAST_VERB_TOKEN.match(toks[0]) and toks[2].isalpha():
                    self.named.setdefault(toks[0], {}).setdefault(toks[2], tid)
        self.named_heads = frozenset(nlp.vocab.strings.add(k) for k in self.named)  # LOWER hashes
        self.gap_words = rules.wordset("trigger_gap_words")
        # hashes of the words a gapped phrase starts with: only those tokens are looked at (not every token)
        self.gapped_heads = frozenset(nlp.vocab.strings.add(k.split()[0]) for k in self.gapped)
        self.frames = compile_frames(
            rules.frames, rules.triggers, rules.words
        )  # verb ... object ... closing words (ev19)
        self.frame_heads = frozenset(nlp.vocab.strings.add(k) for k in self.frames)

    def __call__(self, doc: Doc) -> Doc:
        self.ensure()
        spans = [Span(doc, s, e, label=mid) for mid, s, e in self.matcher(doc)]
        n = len(doc)
        for i in positions(lower_of(doc), self.gapped_heads):  # (token_index.py)
            tok = doc[i]
            nouns = self.gapped.get(tok.lower_)
            first = tok.i + 1
            if nouns is None and first < n and doc[first].lower_ in self.particles:
                nouns = self.gapped.get(tok.lower_ + " " + doc[first].lower_)
                first += 1
            if nouns is None:
                continue
            j = first
            while j < n and j - tok.i <= 6 and (doc[j].lower_ in self.gap_words or doc[j].like_num):
                j += 1
            if j > first and j < n and doc[j].lower_ in nouns:
                spans.append(Span(doc, tok.i, j + 1, label=nouns[doc[j].lower_]))
        spans += self._named_objects(doc)
        for i, tid in frame_spans(doc, self.frames, positions(lower_of(doc), self.frame_heads)):
            spans.append(Span(doc, i, i + 1, label=tid))
        doc.spans["triggers"] = spans
        return doc

    def _named_objects(self, doc: Doc) -> list[Span]:
        """ "blocked the Pan-American Highway": a verb + "the" + capitalised name + the phrase's noun."""
        out = []
        n = len(doc)
        for i in positions(lower_of(doc), self.named_heads):
            tok = doc[i]
            nouns = self.named[tok.lower_]
            j = tok.i + 2
            if j >= n or doc[tok.i + 1].lower_ != "the":
                continue
            while j < n and j - tok.i <= 6 and (doc[j].is_title or doc[j].text == "-") and doc[j].lower_ not in nouns:
                j += 1
            if j > tok.i + 2 and j < n and doc[j].lower_ in nouns and doc[j].is_title:
                out.append(Span(doc, tok.i, j + 1, label=nouns[doc[j].lower_]))
        return out
