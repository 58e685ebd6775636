"""The newsetl spaCy components (importing this package registers their factories):

| component | assigns | requires |
|---|---|---|
| `newsetl_paragraphs` | `token.is_sent_start` (a blank line ends a sentence; runs before any parser) | |
| `newsetl_actors` | `doc.ents` (ACTOR, `ent_id_` = canonical actor) | sentence starts |
| `newsetl_triggers` | `doc.spans["triggers"]` | sentence starts |
| `newsetl_places` | `doc.spans["places"]`, `span._.place`, `doc._.country_context`, `doc._.dateline_place` | `doc.ents` |
| `newsetl_events` | `doc._.events` | all of the above |
"""

import numpy as np
from spacy.attrs import IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

for _name, _default in (
    ("country_context", None),
    ("dateline_place", None),
    ("events", None),
    ("reference_date", None),
    ("paragraph_starts", None),
):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
if not Span.has_extension("place"):
    Span.set_extension("place", default=None)


NUMBER_SIGNS = ("No", "Nos")  # "National Road No. 1", "Nos. 3 and 4": the sign's full stop ends no sentence


_SIGN_IDS = np.array([get_string_id(w) for w in NUMBER_SIGNS], dtype=np.uint64)
_DOT_ID = np.uint64(get_string_id("."))


def _numbered(doc: Doc) -> list[int]:
    """Tokens that open a number after a number sign and its full stop ("No. 1"): never a sentence start. The sign, its
    full stop and no space between them are found on the token arrays (no Token object per token); only the tokens
    after them are read."""
    if len(doc) < 3:
        return []
    arr = doc.to_array([ORTH, SPACY])
    orth, space = arr[:, 0], arr[:, 1]
    signs = np.isin(orth[:-2], _SIGN_IDS) & (space[:-2] == 0) & (orth[1:-1] == _DOT_ID)
    return [int(j) + 2 for j in np.flatnonzero(signs) if doc[int(j) + 2].text[:1].isdigit()]


@Language.component("newsetl_paragraphs", assigns=["token.is_sent_start"])
def paragraphs_component(doc: Doc) -> Doc:
    """A line break always ends a sentence (set before a parser runs, which then respects it), and the number after
    "No." never opens one. Written as one array: setting `token.is_sent_start` one token at a time re-checks the whole
    document each time (quadratic)."""
    spaces = np.flatnonzero(doc.to_array(IS_SPACE)[:-1]) if len(doc) else ()  # only whitespace tokens are read
    starts = [int(i) + 1 for i in spaces if "\n" in doc[int(i)].text]
    if starts:
        arr = doc.to_array([SENT_START])
        arr[starts] = 1
        doc.from_array([SENT_START], arr)  # type: ignore[arg-type]  # spaCy types it as thinc's Ints2d, to_array gives an ndarray
    for i in _numbered(doc):  # (a few tokens: set one by one; the array is unsigned, so it cannot say "no start")
        doc[i].is_sent_start = False
    return doc


from .actors import ActorMatcher  # noqa: E402  (registers newsetl_actors)
from .events import EventAssembler  # noqa: E402
from .places import PlaceFinder  # noqa: E402
from .triggers import TriggerMatcher  # noqa: E402

__all__ = ["ActorMatcher", "EventAssembler", "PlaceFinder", "TriggerMatcher", "paragraphs_component"]
