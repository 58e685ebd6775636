"""`doc.text` rebuilds the string from every token on each call; the components read it once per document here.
`doc.ents` builds a Span per entity on each read: after the actors component writes them (`set_ents`), the later
components and the assembly read the same tuple (`doc_ents`)."""

from __future__ import annotations

from weakref import WeakKeyDictionary

KEY = "newsetl.text"
_ENTS: WeakKeyDictionary = WeakKeyDictionary()  # doc -> the tuple of its entities as `set_ents` last wrote them


def doc_text(doc) -> str:
    """The document's text, computed once (a Doc's text never changes after tokenization)."""
    text = doc.user_data.get(KEY)
    if text is None:
        text = doc.user_data[KEY] = doc.text
    return text


def span_text(span) -> str:
    """`span.text` without building its tokens: the same characters of the document's text (a span's text runs
    from its first token's start to its last token's end)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def set_ents(doc, spans) -> None:
    """`doc.ents = spans`, and the entities read back once for `doc_ents`. Every component that writes `doc.ents`
    after another has read them through `doc_ents` must write through here (the actors component does), or the
    readers would see the entities from before the write."""
    doc.ents = spans
    _ENTS[doc] = tuple(doc.ents)


def doc_ents(doc) -> tuple:
    """`doc.ents` as `set_ents` last wrote them (the same Span objects on every read), or read afresh from the
    document when no component wrote them through `set_ents` (nothing is kept then)."""
    got = _ENTS.get(doc)
    return tuple(doc.ents) if got is None else got
