"""`doc.text` rebuilds the string from every token on each call; the components read it once per document here.
`doc.ents` builds a Span per entity on each read: after the actors component writes them (`set_ents`), the later
components and the assembly read the same tuple (`doc_ents`)."""

from __future__ import annotations

import re

KEY = "newsetl.text"
ENTS_KEY = "newsetl.ents"  # doc.user_data: the tuple of the entities as `set_ents` last wrote them


def doc_text(doc) -> str:
    """The document's text, computed once (a Doc's text never changes after tokenization)."""
    text = doc.user_data.get(KEY)
    if text is None:
        text = doc.user_data[KEY] = doc.text
    return text


LEADING_SPACE = re.compile(r"\s*")  # (`\s`: the characters `str.strip` strips)


def blank_before(text: str, s: int) -> bool:
    """`not text[:s].strip()`: nothing but whitespace before `s`, read without copying the text's head (issue 11:
    that copy for every place of a document was quadratic in its length)."""
    return s <= LEADING_SPACE.match(text).end()  # type: ignore[union-attr]


def span_text(span) -> str:
    """`span.text` without building its tokens: the same characters of the document's text (a span's text runs
    from its first token's start to its last token's end)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def set_ents(doc, spans) -> None:
    """`doc.ents = spans`, and the entities read back once for `doc_ents`. Every component that writes `doc.ents`
    after another has read them through `doc_ents` must write through here (the actors component does), or the
    readers would see the entities from before the write."""
    doc.ents = spans
    doc.user_data[ENTS_KEY] = tuple(doc.ents)


def doc_ents(doc) -> tuple:
    """`doc.ents` as `set_ents` last wrote them (the same Span objects on every read), or read afresh from the
    document when no component wrote them through `set_ents` (nothing is kept then)."""
    got = doc.user_data.get(ENTS_KEY)
    return tuple(doc.ents) if got is None else got


def forget_ents(doc) -> None:
    """Drop the kept entities: their spans refer to the document, a cycle only the garbage collector would free; the
    extractor drops them once a document's rows are made, so the document is freed with its batch."""
    doc.user_data.pop(ENTS_KEY, None)
