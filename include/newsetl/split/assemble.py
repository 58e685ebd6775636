"""Turn labelled lines into a SplitDoc: title, caption/header lines, body paragraphs, comments with author,
time and threading. Nothing with prose is dropped: chrome and header labels only apply to short lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .comment_lines import date_only, opens_comment, relabel_text, time_hint, wide_break
from .cues import Cues
from .features import name_like
from .text import Line

MAX_CHROME_WORDS = 14  # a longer line labelled chrome/meta in the body zone is kept as body
MAX_HEADER_WORDS = 60  # header lines before the body (captions, bylines) may be long
REPLY_TO = re.compile(r"^(?:in reply to|replying to|reply to|re:|↳)\s*@?(?P<name>.{1,60})$", re.I)


@dataclass
class Comment:
    author: str | None
    paragraphs: list[str]
    commented_at: str | None = None
    parent: int | None = None  # position of the comment this one replies to
    indent: int = 0

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
    method: str = "no_comments_evidence"

    @property
    def body_text(self) -> str:
        return "\n\n".join(self.body)


def parse_author(cues: Cues, line: str, dated: bool = False) -> tuple[str, str | None]:
    """(display name, date/time text or None) of a comment header line; `dated`: the page's comment zone holds a
    date/time line (a profile header `Name, Place` over a date gives the name; a bare name line is the name whole)."""
    m = cues.header(line) or cues.name_parse(line.strip(), dated)
    if m:
        d = m.groupdict()
        name = (d.get("name") or line).strip()
        if d.get("name"):  # the separator between a name and its date is not part of the name (`Old Hand, 3 hours ago`)
            name = name.rstrip(" ,;|\u2013\u2014-\u2022\u00b7") or name
        when = (d.get("when") or "").strip() or None
        return name, when
    return line.strip(), None


def _name_above(cues: Cues, lines: list[Line], labels: list[str], i: int, start: int) -> str | None:
    """The name on the comment-metadata line right above line i (`Name` / `2023-10-02 12:24` headers), or None."""
    if i - 1 < start or labels[i - 1] != "cmeta" or lines[i - 1].para != lines[i].para:
        return None
    text = lines[i - 1].text.strip()
    low = text.lower()
    if not name_like(text) or date_only(text) or cues.line["reply_chrome"].search(text, low):
        return None
    return text


def _body(lines: list[Line], labels: list[str], start: int, end: int) -> tuple[list[str], list[str]]:
    """(body paragraphs, header/caption lines) of the body zone lines[start:end]."""
    body: list[str] = []
    header: list[str] = []
    cur_para = None
    seen_body = False
    for ln, lab in zip(lines[start:end], labels[start:end]):
        long = len(ln.text.split()) > (MAX_HEADER_WORDS if (lab == "meta" and not seen_body) else MAX_CHROME_WORDS)
        keep = lab == "body" or (lab in ("meta", "chrome", "title") and long)
        if not keep:
            if lab == "meta" and not seen_body:
                header.append(ln.text)
            cur_para = None
            continue
        seen_body = True
        if cur_para is not None and cur_para == ln.para and body:
            body[-1] = f"{body[-1]} {ln.text}"
        else:
            body.append(ln.text)
        cur_para = ln.para
    return body, header


def _signature(cues: Cues, cur: Comment | None, text: str) -> bool:
    """A header with a name after a comment's text that has no author (`Posted by: X | date`, `— X`) signs it."""
    if cur is None or cur.author is not None or not cur.paragraphs:
        return False
    m = cues.signature(text)
    if m is None:
        return False
    name = (m.groupdict().get("name") or "").strip()
    if not name or any(c.isdigit() for c in name):  # a date line is no signature
        return False
    cur.author = name
    cur.commented_at = (m.groupdict().get("when") or "").strip() or cur.commented_at
    return True


def _header_comment(cues: Cues, lines: list[Line], labels: list[str], i: int, start: int, dated: bool) -> Comment:
    """The comment a header line (lines[i]) opens, with its author and time (`dated`: see `parse_author`)."""
    text = lines[i].text
    name: str | None
    name, when = parse_author(cues, text, dated)
    if date_only(text):  # a date line taken for a header: the name is the line above it, if any
        name, when = _name_above(cues, lines, labels, i, start), text.strip()
    return Comment(name, [], when, indent=lines[i].indent)


def _wide_after_header(lines: list[Line], labels: list[str], start: int, sep: int) -> set[int]:
    """Header lines followed by the wider break this page puts between comments (`sep`), where as many or more of its
    headers are followed by a narrower one: those are one-line comments (`Well said.`), not headers."""
    if not sep:
        return set()
    heads = [i for i in range(start, len(lines) - 1) if labels[i] == "author" and labels[i + 1] in ("cstart", "ctext")]
    wide = {i for i in heads if lines[i + 1].gap >= sep}
    return wide if len(wide) <= len(heads) - len(wide) else set()  # most headers (or half) narrow


def _comments(cues: Cues, lines: list[Line], labels: list[str], start: int) -> list[Comment]:
    out: list[Comment] = []
    cur: Comment | None = None
    pending: Comment | None = None  # a header seen, its text not yet
    last_para = None
    reply_to: str | None = None
    early_when: str | None = None  # a date line just before a header line (date-first layouts)
    sep = wide_break(lines, labels, start)
    labels = relabel_text(cues, lines, labels, start, sep)
    wide_after = _wide_after_header(lines, labels, start, sep)
    zone_dated = any(date_only(ln.text) for ln in lines[start:])  # a layout whose comments carry date/time lines
    for i in range(start, len(lines)):
        ln, lab = lines[i], labels[i]
        if lab == "author" and pending is not None and pending.commented_at is None and date_only(ln.text):
            pending.commented_at = ln.text.strip()  # the date line under a name line (`Name` / `2023-10-02 12:24`)
            continue
        if lab == "author" and (m := REPLY_TO.match(ln.text)):  # `Reply to X` over a reply: no author line
            pending, cur, reply_to = Comment(None, [], indent=ln.indent), None, m.group("name").strip()
            continue
        if (lab == "author" and i in wide_after) or (i - 1 in wide_after and lab == "ctext"):
            lab = "cstart"  # a one-line comment: this page puts one blank line after a header, two between comments
        if lab == "cmeta" and pending is None and (cur is None or cur.author) and opens_comment(cues, lines, labels, i):
            lab = "author"  # a header taken for metadata; the comment above is signed, so it opens the next one
        if lab == "author":
            pending = _header_comment(cues, lines, labels, i, start, zone_dated)
            pending.commented_at = pending.commented_at or early_when
            cur, early_when = None, None
            continue
        if lab == "cmeta":
            target = pending or cur
            m = REPLY_TO.match(ln.text)
            dated = time_hint(ln.text) and len(ln.text) <= 60
            if m:
                reply_to = m.group("name").strip()
            elif pending is None and _signature(cues, cur, ln.text):
                pass
            elif dated and i + 1 < len(labels) and labels[i + 1] == "author":
                early_when = ln.text.lstrip("•·- ").strip()
            elif target is not None and target.commented_at is None and dated:
                target.commented_at = ln.text.lstrip("•·- ").strip()
            continue
        if lab == "cstart" and pending is None and cur is not None and ln.gap < sep:
            lab = "ctext"  # a paragraph break, not the wider break this page puts between comments
        if pending is not None or cur is None or lab == "cstart":  # a new comment starts
            c = pending or Comment(None, [], indent=ln.indent)
            c.parent = _parent(out, c, reply_to)
            out.append(c)
            cur, pending, reply_to = c, None, None
            c.paragraphs.append(ln.text)
        elif ln.para == last_para:
            cur.paragraphs[-1] = f"{cur.paragraphs[-1]}\n{ln.text}"
        else:
            cur.paragraphs.append(ln.text)
        last_para = ln.para
    if pending is not None:  # a header with no text after it: keep the name, the text is empty
        pending.parent = _parent(out, pending, reply_to)
        out.append(pending)
    return [c for c in out if c.paragraphs]


def _parent(done: list[Comment], c: Comment, reply_to: str | None) -> int | None:
    if reply_to:
        for k in range(len(done) - 1, -1, -1):
            author = done[k].author
            if author and author.lower() == reply_to.lower():
                return k
    for k in range(len(done) - 1, -1, -1):  # indentation: the nearest earlier comment indented less
        if done[k].indent < c.indent:
            return k
        if done[k].indent == c.indent and c.indent == 0:
            return None
    return None


def assemble(
    cues: Cues, lines: list[Line], labels: list[str], title: str | None
) -> tuple[str, str | None, list[str], list[Comment]]:
    """(title, caption/header text, body paragraphs, comments) from labelled lines."""
    n = len(lines)
    boundary = next((i for i, lab in enumerate(labels) if lab in ("author", "cstart", "ctext", "cmeta")), n)
    start = 0
    if title is None:
        title = lines[0].text if lines else ""
        start = 1
        while (
            start < boundary
            and labels[start] == "title"
            and len(lines[start].text.split()) <= MAX_CHROME_WORDS
            and lines[start].para == lines[0].para
        ):
            title = f"{title} {lines[start].text}"
            start += 1
    body, header = _body(lines, labels, start, boundary)
    if not body:  # never lose prose: without a body line, every body-zone line after the title is body
        body = [ln.text for ln in lines[start:boundary]]
        header = []
    comments = _comments(cues, lines, labels, boundary) if boundary < n else []
    return title, ("\n".join(header) or None), body, comments
