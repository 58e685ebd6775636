"""A body's sign-off at the comment zone's start (split28; heldout18 K12).

A column or a letter closes on its writer's bare name (`Helen Ashcroft`), often right above the first commenter's
name line; the decoder may take that name as the zone's first header or as the metadata of an anonymous comment made
of the body's closing paragraph (and when the writer answers a reader further down, the name recurs as a commenter).
Where the decoded comment zone opens with a name line that has no comment text under it (the next line is an author
line), optionally under one anonymous comment paragraph, that name is the body's sign-off (`meta`) and the paragraph
above it stays in the body. A name line is `name_like` and no metadata (no date/time, no chrome kind, no header
pattern: the widget and date lines other layouts put there), a full name of two words or more (first and last
capitalised) and no comment-section heading; the author line under it is a bare name line (no date/metadata, no
greeting, no `@name`: comment text the decoder took for a header) with comment text under it (else that line may be
the name's own short comment, `Tom Reddy` / `Hear Hear`). fix45 (review14b): the zone must open right under a body
line (never under a heading or chrome); the name may be the zone's first line itself (the decoder's anonymous comment
`Nadia Brennick` over the first author); the anonymous paragraph above the name goes back only when it reads as the
body's close: no line of it is a name line or heading (a commenter's name whose comment the name under it would be,
`Comments`) and none carries a reader-voice mark of cues.json `zone_signoff.reader_marks` (a reader's `I ...` under a
third-person body). Dev gold: a short sign-off right above the first author
on 4 pages (3 sets); the rival reading (anonymous comment, textless name, author) on none. Only labels at the zone's
start change, and only from the comment zone to the body: no page is given a comment. Off unless cues.json
`zone_signoff.apply`.
"""

from __future__ import annotations

import re

from .closer import reader_marked
from .comment_lines import is_metadata
from .cues import Cues, lower_exact
from .labelled import COMMENT_ZONE
from .line_features import name_like
from .text import Line

ZONE_HEAD = ("cstart", "author", "cmeta")


def _opening_paragraph_end(lines: list[Line], labels: list[str], z: int) -> int:
    """The line after the anonymous paragraph that opens the zone at line z (its lines under z with no blank line
    before them), or z itself when the zone does not open with one."""
    if labels[z] != "cstart":
        return z
    j = z + 1
    while j < len(labels) and labels[j] == "ctext" and not lines[j].gap:
        j += 1
    return j


def _body_voiced(cues: Cues, lines: list[Line], feats: list[list[str]], labels: list[str], z: int, n: int) -> bool:
    """Whether the paragraph z..n-1 above the name reads as the body's close: no line of it is a name line or a
    heading (`name_like`: a commenter's name whose text the name under it would be, `Comments`), and none carries
    a reader-voice mark (cues.json `zone_signoff.reader_marks`, a first-person mark of a first-person body aside:
    `closer.reader_marked`)."""
    return all(
        not name_like(lines[i].text.strip())
        and not reader_marked(feats, labels, i, cues.signoff_marks, cues.p1_body_share)
        for i in range(z, n)
    )


def _signoff_name(cues: Cues, headings: re.Pattern, text: str) -> bool:
    """A writer's name: `name_like`, no metadata, two words or more with the first and the last capitalised (a
    person's full name, `Helen Ashcroft`, never a one-word heading such as `Discussion`), and no comment-section
    heading of cues.json `zone_signoff.headings` (`Reader Comments`)."""
    words = text.split()
    if not name_like(text) or is_metadata(cues, text) or len(words) < 2:
        return False
    if not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    return not headings.search(text)


def _bare_header(cues: Cues, text: str) -> bool:
    """The author line under the name is a bare name line: no date/metadata (a `Name` / date header), no greeting or
    `@name` reply the decoder took for a header (comment text under the name, then)."""
    return (
        name_like(text) and not is_metadata(cues, text) and not cues.line["at_mention"].search(text, lower_exact(text))
    )


def _signoff_at(cues: Cues, headings: re.Pattern, lines: list[Line], labels: list[str], n: int) -> bool:
    """Line n is a writer's name with a bare author line under it, and that author has comment text under it (else
    the name line n+1 may be the text of the commenter n: `Tom Reddy` / `Hear Hear`)."""
    if n + 2 >= len(labels) or labels[n] not in ZONE_HEAD or labels[n + 1] != "author" or labels[n + 2] != "ctext":
        return False
    return _signoff_name(cues, headings, lines[n].text.strip()) and _bare_header(cues, lines[n + 1].text.strip())


def zone_signoff(cues: Cues, lines: list[Line], labels: list[str], feats: list[list[str]]) -> list[str]:
    """The labels with a sign-off name at the zone's start (the zone's first line, or the line under an anonymous
    paragraph in the body's voice, which goes back with it) returned to the body (a copy when anything changes, else
    `labels` itself)."""
    headings = cues.zone_signoff
    if headings is None:
        return labels
    z = next((i for i, lab in enumerate(labels) if lab in COMMENT_ZONE), None)
    if z is None or z < 2 or labels[z - 1] != "body":  # a sign-off closes the body (never under a heading)
        return labels
    if _signoff_at(cues, headings, lines, labels, z):
        n = z
    else:
        n = _opening_paragraph_end(lines, labels, z)
        if n == z or not _signoff_at(cues, headings, lines, labels, n):
            return labels
        if not _body_voiced(cues, lines, feats, labels, z, n):
            return labels
    out = list(labels)
    out[z:n] = ["body"] * (n - z)
    out[n] = "meta"
    return out


__all__ = ["zone_signoff"]
