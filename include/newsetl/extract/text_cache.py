"""`doc.text` rebuilds the string from every token on each call; the components read it once per document here."""

from __future__ import annotations

KEY = "newsetl.text"


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
