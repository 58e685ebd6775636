"""Split a dump into title, caption/header lines, body paragraphs and reader comments (with authors).

One step, explicit structure: every non-blank line is labelled (title, meta, body, chrome | author, cstart,
ctext, cmeta) by a linear-chain CRF whose weights are fitted from labelled data (`newsetl train split`,
stored in `data/split_model.json`), decoded with Viterbi under a monotone body -> comments constraint.
"No comments" is the default: a comment section is taken only when its best labelling beats the best
all-body labelling by the fitted margin. The decision is recorded in `SplitDoc.method`
(`no_comments_evidence` / `boundary` / `jsonl_fields`) with a confidence in [0.5, 1]; `unsplit` when the
splitter failed on a document, which is then kept whole as body.

Public API: `split_dump`, `unsplit`, `from_given`, `parse_timestamp`, `normalize_text`, `SplitDoc`, `Comment`, `Splitter`.
"""

from __future__ import annotations

from datetime import UTC, datetime

from .addendum import dropped_subject, foreign_first, reader_update
from .assemble import Comment, SplitDoc, assemble, parse_author
from .features import NEWS_VOICE, READER_VOICE, doc_features, load_cues
from .model import Decision, load_model
from .repeat_authors import repeated_authors
from .signoff import zone_signoff
from .text import WS_RE, Line, normalize_text, paragraphs, to_lines
from .wrapped_authors import wrapped_authors


class Splitter:
    """The configured splitter: a cues file and a fitted model file (defaults: the packaged ones)."""

    def __init__(self, model_path: str | None = None, cues_path: str | None = None) -> None:
        self.model = load_model(model_path)
        self.cues = load_cues(cues_path)

    def __call__(self, text: str, title: str | None = None) -> SplitDoc:
        return self.split_lines(to_lines(text), title)[0]

    def split_lines(self, lines: list[Line], title: str | None = None) -> tuple[SplitDoc, Decision | None]:
        """The split of a document's lines and the model's decision (None when there was nothing to decode)."""
        repeated = False
        if title is not None:
            title = WS_RE.sub(" ", title).strip()
            repeated = bool(lines) and lines[0].text.lower() == title.lower()
        if not lines or (repeated and len(lines) == 1):
            return SplitDoc(title or "", None, [], [], 1.0, "no_comments_evidence"), None
        feats = doc_features(lines, self.cues)
        dec = self.model.decide(feats)
        if dec.comments and self.model.closer is not None:  # the line before the first author: which side
            texts = [ln.text for ln in lines]
            dec.labels = self.model.closer.adjust(
                self.model,
                feats,
                texts,
                dec.labels,
                READER_VOICE,
                NEWS_VOICE,
                self.cues.closer,
                self.cues.p1_body_share,
                self.cues.quote_words,
                self.cues.quotation,
                self.cues.reported,
                self.cues.voiced,
                self.cues.quote_marks,
                self.cues.first_remainder,
            )
        if dec.comments:  # a column's sign-off name at the zone's start (split28); a reader's labelled update (split20)
            dec.labels = zone_signoff(self.cues, lines, dec.labels, feats)
            dec.labels = foreign_first(lines, feats, reader_update(lines, feats, dec.labels, self.cues), self.cues)
            dec.labels = dropped_subject(lines, feats, dec.labels, self.cues)  # a reader's subject-dropped narration
            dec.labels = repeated_authors(lines, dec.labels)  # a commenter's long name line again (split25)
            dec.labels = wrapped_authors(lines, dec.labels)  # a short line of a hand-wrapped comment (split30)
        # a JSONL title repeated as the first line is decoded with it (the model expects a title line) and then dropped
        t, caption, body, comments = assemble(self.cues, lines, dec.labels, None if repeated else title)
        if repeated and title is not None:  # (repeated implies a title)
            t = title
        return SplitDoc(t, caption, body, comments, dec.confidence, dec.method), dec


_DEFAULT: Splitter | None = None


def split_dump(text: str, title: str | None = None) -> SplitDoc:
    """Split a raw dump with the packaged model. When `title` is given (JSONL), the text may repeat it."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Splitter()
    return _DEFAULT(text, title)


def unsplit(text: str, title: str | None = None) -> SplitDoc:
    """The document kept whole when its split failed (a splitter error or timeout): every paragraph is body, no
    comments (the safe default), method `unsplit` with confidence 0.5. The caller records why (ledger note)."""
    return keep_prose(SplitDoc(WS_RE.sub(" ", title or "").strip(), None, _body_paragraphs(text), [], 0.5, "unsplit"))


def _body_paragraphs(text: str) -> list[str]:
    """The blank-line paragraphs of a text, each on one line."""
    return [" ".join(ln.text for ln in p) for p in paragraphs(to_lines(text))]


def from_given(title: str | None, body, comments) -> SplitDoc:
    """JSONL records that already separate body and comments bypass the model (method `jsonl_fields`)."""
    if isinstance(body, list):
        body_paras = [WS_RE.sub(" ", str(p)).strip() for p in body if str(p).strip()]
    else:
        body_paras = _body_paragraphs(str(body))
    out: list[Comment] = []
    for c in comments or []:
        if isinstance(c, dict):
            text = str(c.get("text") or "")
            author = c.get("author") or None
            when = c.get("commented_at") or c.get("time") or None
        else:
            text, author, when = str(c), None, None
        paras = ["\n".join(ln.text for ln in p) for p in paragraphs(to_lines(text))]
        if paras:
            out.append(Comment(str(author).strip() if author else None, paras, str(when) if when else None))
    return SplitDoc(WS_RE.sub(" ", title or "").strip(), None, body_paras, out, 1.0, "jsonl_fields")


def keep_prose(s: SplitDoc) -> SplitDoc:
    """Nothing with prose is quarantined for its split: a missing title comes from the body, a missing body
    from the title (a one-paragraph document)."""
    if not s.title and s.body:
        s.title = s.body[0] if len(s.body[0]) <= 200 else s.body[0][:200].rsplit(" ", 1)[0] + " …"
    if not s.body and s.title:
        s.body = [s.title]
    return s


def parse_timestamp(value) -> datetime | None:
    """ISO-8601 timestamps and dates (naive values are taken as UTC); None when unparseable."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        try:
            return datetime.fromtimestamp(float(value), tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    s = str(value).strip().replace("Z", "+00:00")
    try:
        dt = datetime.fromisoformat(s)
        if dt.tzinfo is None:
            dt = dt.replace(tzinfo=UTC)
        return dt.astimezone(UTC)
    except (ValueError, OverflowError):
        return None


__all__ = [
    "Comment",
    "SplitDoc",
    "Splitter",
    "split_dump",
    "from_given",
    "keep_prose",
    "parse_timestamp",
    "normalize_text",
    "parse_author",
    "doc_features",
]
