"""Batch driver: article bodies -> `events` and `mentions` rows (nlp.pipe over batches)."""

from __future__ import annotations

import contextlib
import functools
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from .events import Event, stable_id
from .gazetteer import load as load_gazetteer
from .pipeline import build_nlp
from .rules import load_rules
from .text_cache import KEY as TEXT_KEY
from .text_cache import doc_ents, forget_ents


def display_name(name: str) -> str:
    """GeoNames' transliterations ("Hajīn", "Al Qā’im") as plain Latin ("Hajin", "Al Qa'im") for analysts."""
    s = unicodedata.normalize("NFKD", name.replace("’", "'").replace("‘", "'").replace("ʿ", "'").replace("ʾ", "'"))
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def _actor_row(article_id: str, e, canonical: str, actor_type: str | None, country: str | None) -> dict:
    """A mentions row of an actor entity (a dictionary actor, or a trained NER's organisation left unresolved)."""
    return {
        "mention_id": stable_id("m", article_id, e.start_char, e.end_char, "ACTOR"),
        "article_id": article_id,
        "start_char": e.start_char,
        "end_char": e.end_char,
        "text": e.text,
        "label": "ACTOR",
        "canonical": canonical,
        "actor_type": actor_type,
        "country": country,
    }


@dataclass
class ArticleText:
    article_id: str
    body: list[str]  # paragraphs
    reference_date: date


# A process's first documents leave their words in spaCy's vocab for good (the frequent words of news: no lexeme is
# built again for them in every batch); later batches run in a memory zone (`Extractor.batch_zone`).
PERMANENT_DOCS = 256


@functools.lru_cache(maxsize=2)
def get_extractor(model: str, cache_dir: str) -> Extractor:
    return Extractor(model, cache_dir)


class Extractor:
    def __init__(self, model: str = "auto", cache_dir: str = "", scorer_filters: bool | None = None):
        """`scorer_filters`: the event scorer's fitted decisions drop and keep events (None: the setting of that
        name, default False: confidences only)."""
        if scorer_filters is None:
            from ..config import get_settings

            scorer_filters = get_settings().scorer_filters
        self.res = load_rules()
        self.gaz = load_gazetteer(cache_dir)
        self.nlp = build_nlp(model, cache_dir, scorer_filters=scorer_filters)
        self.permanent_docs = 0  # documents extracted outside a memory zone (their strings stay in the vocab)

    @property
    def model_name(self) -> str:
        meta = self.nlp.meta
        return f"{meta.get('lang', 'en')}_{meta.get('name', 'pipeline')}-{meta.get('version', '')}"

    def batch_zone(self, n_docs: int):
        """The context one batch of `n_docs` documents is extracted in: none until the process has extracted
        PERMANENT_DOCS documents outside a zone (the batch that crosses that mark included), then spaCy's `nlp.memory_zone()`, which frees the strings, lexemes and tokenizer-cache entries the
        batch added once it ends, so a worker does not grow with every new word of every shard it runs. Nothing
        spaCy allocated in the zone may be used after it (the rows the batch yields are plain Python)."""
        if self.permanent_docs < PERMANENT_DOCS:
            self.permanent_docs += n_docs
            return contextlib.nullcontext()
        return self.nlp.memory_zone()

    def make_doc(self, body: list[str], reference_date: date):
        """The tokenised, not yet processed doc of an article's body paragraphs (joined by blank lines), with the
        reference date and paragraph starts the components read."""
        text = "\n\n".join(body)
        doc = self.nlp.make_doc(text)
        doc.user_data[TEXT_KEY] = text  # spaCy's tokenizer keeps the text: doc.text == text, not rebuilt
        starts, pos = [], 0
        for p in body:
            starts.append(pos)
            pos += len(p) + 2
        doc._.reference_date, doc._.paragraph_starts = reference_date, starts
        return doc

    def run(
        self, articles: Iterable[ArticleText], batch_size: int = 64
    ) -> Iterator[tuple[ArticleText, list[Event], list[dict]]]:
        docs = ((self.make_doc(a.body, a.reference_date), a) for a in articles)
        for doc, art in self.nlp.pipe(docs, as_tuples=True, batch_size=batch_size):
            mentions = self.mentions(doc, art.article_id)
            forget_ents(doc)  # (the kept entities refer to the doc: without them it is freed with its batch)
            yield art, doc._.events, mentions

    def mentions(self, doc, article_id: str) -> list[dict]:
        rows = []
        groups = self.res.wordset("ner_actor_labels")  # ("ORG")
        for e in doc_ents(doc):
            if e.label_ in groups:  # a trained NER's organisation the dictionary lacks: an actor mention, unresolved
                name = e.text[4:] if e.text.lower().startswith("the ") else e.text
                rows.append(_actor_row(article_id, e, name, None, None))
                continue
            if e.label_ != "ACTOR":
                continue
            actor = self.res.actors.get(e.ent_id_)
            rows.append(
                _actor_row(
                    article_id,
                    e,
                    actor.name if actor else e.ent_id_,
                    actor.actor_type if actor else (e.kb_id_ or None),
                    actor.country if actor else None,
                )
            )
        for sp in list(doc.spans.get("places", [])) + list(doc.spans.get("nested_places", [])):
            place, _ = sp._.place
            rows.append(
                {
                    "mention_id": stable_id("m", article_id, sp.start_char, sp.end_char, "PLACE"),
                    "article_id": article_id,
                    "start_char": sp.start_char,
                    "end_char": sp.end_char,
                    "text": sp.text,
                    "label": "PLACE",
                    "canonical": display_name(place.name),
                    "country": self.gaz.iso3(place.country),
                    "admin1": place.admin1,
                    "geonameid": place.geonameid,
                    "latitude": place.lat,
                    "longitude": place.lon,
                }
            )
        return rows

    def event_rows(self, article_id: str, events: list[Event]) -> list[dict]:
        rows = []
        for e in events:
            p = e.place
            loc_key = f"{p.geonameid or p.name}|{p.country}" if p else ""
            cluster = stable_id("c", e.sub_event_type, loc_key, e.event_date)
            rows.append(
                {
                    "event_id": stable_id("e", article_id, e.sub_event_type, loc_key, e.event_date, e.start_char),
                    "article_id": article_id,
                    "event_cluster_id": cluster,
                    "num_articles": 1,
                    "event_date": e.event_date,
                    "time_precision": e.time_precision,
                    "event_type": e.event_type,
                    "sub_event_type": e.sub_event_type,
                    "plover_event": e.plover_event,
                    "plover_mode": e.plover_mode,
                    "actor1": e.actor1.name if e.actor1 else None,
                    "actor1_type": e.actor1.actor_type if e.actor1 else None,
                    "actor1_country": e.actor1.country if e.actor1 else None,
                    "actor2": e.actor2.name if e.actor2 else None,
                    "actor2_type": e.actor2.actor_type if e.actor2 else None,
                    "actor2_country": e.actor2.country if e.actor2 else None,
                    "civilian_targeting": bool(e.civilian_targeting),
                    "location": display_name(p.name) if p else None,
                    "admin1": p.admin1 if p else None,
                    "country": self.gaz.country_name(p.country) if p else None,
                    "iso3": self.gaz.iso3(p.country) if p else None,
                    "latitude": p.lat if p else None,
                    "longitude": p.lon if p else None,
                    "geonameid": p.geonameid if p else None,
                    "geo_precision": e.place_precision if p else None,
                    "fatalities": e.fatalities,
                    "source": e.source,
                    "hedged": bool(e.hedged),
                    "event_confidence": e.extras.get("confidence"),
                    "trigger": e.trigger,
                    "sentence": e.sentence,
                    "start_char": e.start_char,
                    "end_char": e.end_char,
                }
            )
        return rows
