"""The line right before the first comment author that the decoder left in the body, by evidence other than voice.

Two kinds of anonymous first comment (or first comment) that the decoder and the closer leave in the body, each
with its own evidence (split20, narrowed in fix29; the closer's voice reads neither: one is in a news voice, the other
in another language, which the closer's cues skip):

- a reader's update: readers of the seed outlet post news heard since the article as the first, anonymous comment,
  opening with a label (`Update: the council said ...`, `Update from the city: ...`). The body line right before the
  first author line opening with a `first_comment.openers` pattern of cues.json is such a comment, unless it reads as
  an editor's note on the article (`first_comment.editor_updates`: `This article was updated ...`, `An earlier
  version of this story ...`) or it is the body's only line. An editor's update followed by a credit line is not
  right before the author line, so it stays.
- a short line in a non-Latin script (at most `closing_runs.foreign_most_chars` characters) right before the first
  author line of a page whose other body lines are not in such a script: a comment; under a one-word name line,
  that line is its author (the evidence split19's loose margin counts for a closing run). Not when the body quotes
  it: the prose line above it matches `first_comment.quote_announcers` (it ends with a colon or a dash, names a
  greeting, a sign, a language) or the line opens with a quotation mark (`first_comment.quote_opens`).

Both apply only where the decoder took a comment zone in the closer's bare layout (its first author line a bare
name line, no comment metadata, every line before the moved lines in the body zone): a page without comments is
never given any, and a body closing on `Update, 16:40 GMT: ...` with no comments under it stays as it is.
"""

from __future__ import annotations

import re

from .closer import HEADER_MARKS
from .cues import Cues
from .features import name_like
from .labelled import COMMENT_ZONE
from .text import Line

QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")  # a quotation inside a line (straight or curly marks)
OPEN_QUOTE = re.compile(r"[\"“][^\"“”]*$")  # fix51: a quotation opened and not closed runs to its paragraph's end


def _bare_author(feats: list[list[str]], labels: list[str]) -> int | None:
    """The first author line when it is a bare name line (no header pattern, no date) and no comment-zone line is
    metadata (the closer's layout), else None."""
    a = next((i for i, lab in enumerate(labels) if lab == "author"), None)
    if a is None or any(f in HEADER_MARKS for f in feats[a]) or "cmeta" in labels[a:]:
        return None
    return a


def reader_update(lines: list[Line], feats: list[list[str]], labels: list[str], cues: Cues) -> list[str]:
    """The labels with a reader's update right before the first author line taken as an anonymous comment (a copy
    when it moves anything, else `labels` itself)."""
    a = _bare_author(feats, labels) if cues.first_openers else None
    k = (a or 0) - 1
    if a is None or k < 1 or labels[k] != "body" or "body" not in labels[:k]:
        return labels  # never the body's only line
    text = lines[k].text
    if not any(rx.search(text) for rx in cues.first_openers) or any(rx.search(text) for rx in cues.first_editor):
        return labels
    if any(lab in COMMENT_ZONE for lab in labels[:k]):
        return labels
    return [*labels[:k], "cstart", *labels[a:]]


def dropped_subject(lines: list[Line], feats: list[list[str]], labels: list[str], cues: Cues) -> list[str]:
    """The labels with a body line right before the first author line that narrates with its subject dropped
    (`first_comment.dropped_subject`: `Swam there on Monday.`, `Walked it with the dog yesterday, ...`) taken as an
    anonymous comment, unless another body line of the page opens so too or narrates in the first person, past tense
    outside quotations (a diary: fix48; fix51: a quotation left open runs to the end of its paragraph), it matches
    `first_comment.dropped_subject_not` (a footer, a name ending in -ed, an inverted passive) or it reads as an
    editor's note (a copy when it moves anything, else `labels` itself)."""
    a = _bare_author(feats, labels) if cues.first_dropped else None
    k = (a or 0) - 1
    if a is None or k < 1 or labels[k] != "body" or "body" not in labels[:k]:
        return labels  # never the body's only line
    if any(lab in COMMENT_ZONE for lab in labels[:k]) or any(rx.search(lines[k].text) for rx in cues.first_editor):
        return labels

    def dropped(i: int) -> bool:
        return any(rx.search(lines[i].text) for rx in cues.first_dropped)

    if not dropped(k) or any(rx.search(lines[k].text) for rx in cues.first_dropped_not):
        return labels  # fix48: a footer (`Reprinted with permission.`), a name (`Ahmed told ...`), `Need to ...`
    body = [i for i in range(k) if labels[i] == "body"]
    paras: dict[int, list[str]] = {}  # a hard-wrapped paragraph read whole: its quotation may span lines
    for i in body:
        paras.setdefault(lines[i].para, []).append(lines[i].text)
    own = [OPEN_QUOTE.sub(" ", QUOTED.sub(" ", " ".join(p))) for p in paras.values()]  # the writer's words only
    if any(dropped(i) for i in body) or any(rx.search(t) for t in own for rx in cues.first_person):
        return labels  # a diary's own narration (fix48: a first-person, past-tense body keeps its last line)
    return [*labels[:k], "cstart", *labels[a:]]


def _quoted(lines: list[Line], k: int, prose: int, cues: Cues) -> bool:
    """Whether the body quotes the non-Latin line `k`: the prose line `prose` above it announces a quotation, or the
    line opens with a quotation mark."""
    return any(rx.search(lines[prose].text) for rx in cues.first_announcers) or any(
        rx.search(lines[k].text) for rx in cues.first_quote_opens
    )


def foreign_first(lines: list[Line], feats: list[list[str]], labels: list[str], cues: Cues) -> list[str]:
    """The labels with a short line in a non-Latin script right before the first author line of a page whose body
    is in a Latin script taken as a comment: under a one-word name line, that line is its author; else it is
    anonymous (a copy when it moves anything, else `labels` itself)."""
    a = _bare_author(feats, labels) if cues.first_foreign_chars else None
    k = (a or 0) - 1
    if a is None or k < 1 or labels[k] != "body" or "nonlatin" not in feats[k]:
        return labels
    if len(lines[k].text) > cues.first_foreign_chars or any(lab in COMMENT_ZONE for lab in labels[:k]):
        return labels
    body = [i for i in range(k) if labels[i] == "body"]
    if not body or "gap0" in feats[k] or any("nonlatin" in feats[i] for i in body[:-1]):
        return labels  # a page in that script (or quoting it): the line is no stranger to the body
    one = len(body) >= 2 and body[-1] == k - 1 and len(lines[k - 1].text.split()) == 1
    if _quoted(lines, k, body[-2] if one else body[-1], cues):
        return labels  # the body's closing quotation (a greeting, a sign), not a comment
    out = list(labels)
    if one and name_like(lines[k - 1].text):
        out[k - 1 : k + 1] = ["author", "ctext"]  # its author's one-word name above it
    elif "nonlatin" in feats[body[-1]]:
        return labels
    else:
        out[k] = "cstart"
    return out


__all__ = ["reader_update", "foreign_first", "dropped_subject"]
