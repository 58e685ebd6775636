"""`newsetl_events`: the events of an article body (`doc._.events`, a list of extract.events.Event), assembled from the
actors, triggers and places the earlier components found. Dates are resolved against `doc._.reference_date`
(default: today) and paragraphs start at `doc._.paragraph_starts` (default: after each blank line)."""

from __future__ import annotations

import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from .. import gazetteer as gazmod
from ..events import extract_events
from ..events.actor2_model import ACTOR2_FILE, Actor2Model
from ..events.cause_place import cause_rx
from ..events.place_ranker import RANKER_FILE, PlaceRanker
from ..events.scoring import SCORER_FILE, EventScorer
from ..rules import DATA_FILES, Rules
from ..text_cache import doc_text, forget_ents
from .base import RuleComponent

OTHER_COMPONENTS_FILES = ("verb_frames.json", "place_cues.json")  # read by newsetl_triggers, newsetl_places

BLANK_LINE = re.compile(r"\n[ \t]*\n")


@Language.factory(
    "newsetl_events",
    assigns=["doc._.events"],
    requires=["doc.ents", "doc.spans", "token.is_sent_start"],
    default_config={
        "data_dir": None,
        "cache_dir": "",
        "scorer": SCORER_FILE,
        "place_ranker": RANKER_FILE,
        "actor2_model": ACTOR2_FILE,
        "scorer_filters": False,
    },
)
def make_events(
    nlp: Language,
    name: str,
    data_dir: str | None,
    cache_dir: str,
    scorer: str,
    place_ranker: str,
    actor2_model: str,
    scorer_filters: bool,
):
    return EventAssembler(nlp, name, data_dir, cache_dir, scorer, place_ranker, scorer_filters, actor2_model)


def paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in BLANK_LINE.finditer(text)]


class EventAssembler(RuleComponent):
    """`scorer` names the fitted event scorer's file in the data folder (`event_scorer.json`; "" = none: every
    assembled event is kept and has no confidence); `scorer_filters` whether its fitted decisions drop and keep events
    (False: confidences only, the rules decide; the `scorer_filters` setting); `place_ranker` the fitted place ranker's (`place_ranker.json`;
    used only when its `enabled` is true; "" = none: the rules' places); `actor2_model` the fitted actor2 chooser's
    (`actor2_model.json`; used only when enabled; "" = none: the rules' actor2)."""

    # verb_frames.json and place_cues.json are read by the triggers and places components only (ev19fix)
    FILES = (
        *(f for f in DATA_FILES if f not in OTHER_COMPONENTS_FILES),
        "event_cues.json",
        SCORER_FILE,
        RANKER_FILE,
        ACTOR2_FILE,
    )

    def __init__(
        self,
        nlp: Language,
        name: str,
        data_dir: str | None = None,
        cache_dir: str = "",
        scorer: str = SCORER_FILE,
        place_ranker: str = RANKER_FILE,
        scorer_filters: bool = False,
        actor2_model: str = ACTOR2_FILE,
    ):
        super().__init__(nlp, name, data_dir)
        self.cache_dir = cache_dir
        self.gaz = gazmod.load(cache_dir)
        self.scorer_file = scorer
        self.scorer_filters = scorer_filters
        self.scorer: EventScorer | None = None
        self.ranker_file = place_ranker
        self.ranker: PlaceRanker | None = None
        self.actor2_file = actor2_model
        self.actor2: Actor2Model | None = None

    def setup(self, rules: Rules) -> None:
        super().setup(rules)
        self.scorer = EventScorer.load(rules.source_dir, self.scorer_file, self.scorer_filters)
        self.ranker = PlaceRanker.load(rules.source_dir, self.ranker_file)
        self.actor2 = Actor2Model.load(rules.source_dir, self.actor2_file, actors=rules.actors)
        cause_rx(rules)  # (fix65) a misspelt sub-event type of wordlists.json `cause_event_nouns` raises at setup

    def __call__(self, doc: Doc) -> Doc:
        rules = self.ensure()
        ref = doc._.reference_date or date.today()
        starts = doc._.paragraph_starts or paragraph_starts(doc_text(doc))
        doc._.events = extract_events(doc, ref, rules, self.gaz, starts, self.scorer, self.ranker, self.actor2)
        forget_ents(doc)  # (fix72) no Span stays in user_data: the doc can be serialised or sent to another process
        return doc
