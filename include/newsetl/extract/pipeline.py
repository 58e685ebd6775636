"""The spaCy pipeline: a blank English pipeline (or a trained one when installed) plus the newsetl rule components
(components/): paragraphs -> actors -> triggers -> places -> events. Each component is a registered factory that
declares what it assigns and requires, loads its rules from data files in `initialize`, and writes them with
`to_disk`, so a complete pipeline can be saved (`save_nlp`), versioned and loaded (`load_nlp`).
"""

from __future__ import annotations

import logging
from pathlib import Path

from . import components  # noqa: F401  (registers the factories)

log = logging.getLogger(__name__)
TRAINED_CANDIDATES = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm")
RULE_COMPONENTS = ("newsetl_actors", "newsetl_triggers", "newsetl_places", "newsetl_events")


def _base(model: str):
    import spacy

    names = TRAINED_CANDIDATES if model == "auto" else (() if model == "blank" else (model,))
    for name in names:
        try:
            nlp = spacy.load(name, exclude=["lemmatizer"])
            log.info("spaCy: using trained pipeline %s", name)
            return nlp
        except OSError:
            if model not in ("auto", "blank"):
                raise
    return spacy.blank("en")


def build_nlp(model: str = "auto", cache_dir: str = "", data_dir: str | None = None, scorer_filters: bool = False):
    """Blank English + rules, or a trained pipeline when `model` names one (or 'auto' finds one); `scorer_filters`:
    the event scorer's fitted decisions drop and keep events (default: confidences only)."""
    nlp = _base(model)
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    # sentence starts must be set before a parser runs (spaCy E043); the parser respects them
    nlp.add_pipe("newsetl_paragraphs", first=True)
    nlp.add_pipe("newsetl_actors", after="ner" if "ner" in nlp.pipe_names else None, config={"data_dir": data_dir})
    nlp.add_pipe("newsetl_triggers", config={"data_dir": data_dir})
    nlp.add_pipe("newsetl_places", config={"data_dir": data_dir, "cache_dir": cache_dir})
    nlp.add_pipe(
        "newsetl_events", config={"data_dir": data_dir, "cache_dir": cache_dir, "scorer_filters": scorer_filters}
    )
    for name in RULE_COMPONENTS:
        nlp.get_pipe(name).initialize(nlp=nlp)  # not nlp.initialize(): that would reset a trained pipeline's weights
    return nlp


def save_nlp(nlp, path: str | Path) -> None:
    """The whole pipeline, rule data included, to a folder (`spacy.load`-able once newsetl is imported)."""
    nlp.to_disk(path)


def load_nlp(path: str | Path, cache_dir: str | None = None):
    """A pipeline saved by `save_nlp`; `cache_dir` overrides where the gazetteer index is cached."""
    import spacy

    overrides = {}
    if cache_dir is not None:
        overrides = {f"components.{n}.cache_dir": cache_dir for n in ("newsetl_places", "newsetl_events")}
    nlp = spacy.load(path, config=overrides)
    return nlp
