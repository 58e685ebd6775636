"""Split a dump into title, caption, body paragraphs and reader comments (with authors).

The dumps carry no marker between the article and its comments. The comment section itself has structure
(author lines holding only a display name; anonymous comments after two blank lines), so the method is:

1. normalise (BOM, CRLF, NBSP, zero-width), cut into paragraphs, remembering blank lines before each;
2. title = first paragraph; caption = next one when it looks like an image credit;
3. find author lines (name-like line followed by a comment paragraph, decoded right to left so a one-line
   comment before an author line is not taken for an author);
4. the comment section starts at the latest at the first author line / double blank line (`limit`); the
   boundary `k` in [0, limit] maximises  sum(body score of paragraphs before k) - sum(after k, up to limit),
   where each paragraph's body score is a log-odds from journalistic vs. reader features (`features.py`;
   scored with the text before it, to spot a comment quoting the article, and with the commenters' given
   names, to spot a comment addressing another commenter). Priors: when the first marker is a double
   blank line an anonymous first comment must precede it (GAP_FIRST_PRIOR); when it is an author line the
   first comment is still usually anonymous (FIRST_ANON_PRIOR); with no marker at all the article most
   likely has no comments (NO_COMMENT_PRIOR); each extra paragraph of a first comment costs EXTRA_PARA_COST;
5. confidence = logistic of the margin between the best and second-best boundary.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone

from .features import body_score, looks_like_author, SIGNATURE_RE

CAPTION_RE = re.compile(
    r"^(click to see full[- ]size image|illustrative image|file photo|file image|photo\b|image\b|picture\b|"
    r"pictured\b|featured image|photo credit|credit\s*:|\(photo|\(image|\(file|source\s*:\s*(twitter|social media|video)|"
    r"screenshot|screengrab|a (photo|picture|screenshot) (of|from|shows)|(afp|ap|reuters|getty|epa)\b.*\b(photo|image|images)\b)",
    re.I,
)
FIRST_ANON_PRIOR = 2.5  # first structural marker is an author line: the first comment may still be anonymous
GAP_FIRST_PRIOR = 5.0  # first structural marker is a double blank line: an anonymous first comment precedes it
NO_COMMENT_PRIOR = 1.5  # no author line and no double blank line anywhere
EXTRA_PARA_COST = 0.15
WS_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
ZW_RE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")


@dataclass
class Comment:
    author: str | None
    paragraphs: list[str]
    commented_at: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass
class SplitDoc:
    title: str
    caption: str | None
    body: list[str]
    comments: list[Comment] = field(default_factory=list)
    confidence: float = 1.0
    method: str = "heuristic"

    @property
    def body_text(self) -> str:
        return "\n\n".join(self.body)


def normalize_text(text: str) -> str:
    text = ZW_RE.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    lines = [WS_RE.sub(" ", ln).strip() for ln in text.split("\n")]
    return "\n".join(lines).strip("\n")


def paragraphs_with_gaps(text: str) -> list[tuple[int, list[str]]]:
    """[(blank lines before, [lines])] for each paragraph of normalised text."""
    out: list[tuple[int, list[str]]] = []
    gap, cur = 0, []
    for line in text.split("\n"):
        if line:
            cur.append(line)
        else:
            if cur:
                out.append((gap, cur))
                cur, gap = [], 0
            gap += 1
    if cur:
        out.append((gap, cur))
    return out


def _join_lines(lines: list[str]) -> str:
    return " ".join(lines)


def split_dump(text: str, title: str | None = None) -> SplitDoc:
    """Split a raw dump. When `title` is given (JSONL), the text may or may not repeat it on its first line."""
    paras = paragraphs_with_gaps(normalize_text(text))
    if title is not None:
        title = WS_RE.sub(" ", title).strip()
        if paras and _join_lines(paras[0][1]).strip().lower() == title.lower():
            paras = paras[1:]
    else:
        if not paras:
            return SplitDoc("", None, [])
        gap0, lines0 = paras[0]
        title = lines0[0]
        paras = ([(1, lines0[1:])] if len(lines0) > 1 else []) + paras[1:]
    caption = None
    if paras and CAPTION_RE.match(paras[0][1][0]) and len(paras[0][1]) == 1 and len(paras) > 1:
        caption = paras[0][1][0]
        paras = paras[1:]
    if not paras:
        return SplitDoc(title, caption, [])

    gaps = [g for g, _ in paras]
    texts = [_join_lines(ls) for _, ls in paras]
    n = len(paras)
    authors = _find_authors(paras)
    # the comment section starts at the latest at the first author line or double blank line
    limit = n
    for i in range(1, n):
        if authors[i] or gaps[i] >= 2:
            limit = i
            break
    names = _author_names(paras, authors)
    scores: list[float] = []
    context = ""
    for i in range(limit):
        t = texts[i]
        quoted = '"' in t or "“" in t or "‘" in t
        scores.append(body_score(t, i, n, context=context if quoted else "", names=names))
        context = f"{context} {t}" if context else t
    if limit < n and not authors[limit]:
        # a double blank line only ever precedes a non-first anonymous comment: a comment comes before it
        anon_prior = GAP_FIRST_PRIOR
    else:
        anon_prior = FIRST_ANON_PRIOR
    prefix = [0.0]
    for sc in scores:
        prefix.append(prefix[-1] + sc)
    best_k, best, second = limit, -math.inf, -math.inf
    for k in range(0, limit + 1):
        s = prefix[k] - (prefix[limit] - prefix[k])
        if k < limit:  # a first comment exists before the first structural marker
            s -= EXTRA_PARA_COST * max(0, limit - k - 1)  # first comments rarely run over several paragraphs
            if limit < n:
                s += anon_prior  # the first comment usually has no author line
        elif limit == n:
            s += NO_COMMENT_PRIOR  # no structure at all: most likely an article without comments
        if k == 0:
            s -= 4.0  # an article with no body is implausible
        if s > best:
            best, second, best_k = s, best, k
        elif s > second:
            second = s
    margin = best - second if second > -math.inf else 6.0
    confidence = 1.0 / (1.0 + math.exp(-margin))
    body = texts[:best_k]
    comments = _comments(paras, texts, authors, best_k)
    return SplitDoc(title, caption, body, comments, round(confidence, 4), "heuristic")


def _find_authors(paras: list[tuple[int, list[str]]]) -> list[bool]:
    n = len(paras)
    authors = [False] * n
    for i in range(n - 2, 0, -1):  # the first paragraph is never an author line: it is a byline/subtitle or body
        gap_after = paras[i + 1][0]
        if len(paras[i][1]) != 1 or gap_after != 1:
            continue
        if not looks_like_author(paras[i][1][0]):
            continue
        if authors[i + 1]:
            continue  # the next line is the author: this short line is a one-line comment
        authors[i] = True
    return authors


def _author_names(paras, authors) -> frozenset:
    """Given names of the commenters (first word of each author line that looks like a personal name)."""
    out = set()
    for i, is_author in enumerate(authors):
        if not is_author:
            continue
        name = parse_author(paras[i][1][0])[0]
        for tok in re.split(r"[\s_.\d]+", name)[:1]:
            if len(tok) >= 3 and tok[:1].isupper() and tok.isalpha():
                out.add(tok)
    return frozenset(out)


def _comments(paras, texts, authors, start: int) -> list[Comment]:
    comments: list[Comment] = []
    cur: Comment | None = None
    pending_author: tuple[str, str | None] | None = None
    for i in range(start, len(paras)):
        gap, lines = paras[i]
        if authors[i]:
            pending_author = parse_author(lines[0])
            cur = None
            continue
        para = "\n".join(lines)
        if pending_author is not None:
            cur = Comment(pending_author[0], [para], pending_author[1])
            comments.append(cur)
            pending_author = None
        elif cur is None or gap >= 2:
            cur = Comment(None, [para])
            comments.append(cur)
        else:
            cur.paragraphs.append(para)
    return comments


def parse_author(line: str) -> tuple[str, str | None]:
    m = SIGNATURE_RE.match(line)
    if m:
        name, when = (m.group("name"), m.group("when")) if m.group("name") else (m.group("name2"), m.group("when2"))
        return name.strip(), (when or "").strip() or None
    return line.strip(), None


def from_given(title: str | None, body, comments) -> SplitDoc:
    """JSONL records that already separate body and comments bypass the heuristics."""
    if isinstance(body, list):
        body_paras = [WS_RE.sub(" ", str(p)).strip() for p in body if str(p).strip()]
    else:
        body_paras = [_join_lines(ls) for _, ls in paragraphs_with_gaps(normalize_text(str(body)))]
    out: list[Comment] = []
    for c in comments or []:
        if isinstance(c, dict):
            text = str(c.get("text") or "")
            author = c.get("author") or None
        else:
            text, author = str(c), None
        paras = ["\n".join(ls) for _, ls in paragraphs_with_gaps(normalize_text(text))]
        if paras:
            out.append(Comment(str(author).strip() if author else None, paras))
    return SplitDoc(WS_RE.sub(" ", title or "").strip(), None, body_paras, out, 1.0, "given")


def parse_timestamp(value) -> datetime | None:
    """ISO-8601 timestamps and dates (naive values are taken as UTC); None when unparseable."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)):
        try:
            return datetime.fromtimestamp(float(value), tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
    s = str(value).strip().replace("Z", "+00:00")
    try:
        dt = datetime.fromisoformat(s)
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc)
