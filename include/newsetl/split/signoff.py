"""A body's sign-off at the comment zone's start (split28; heldout18 K12).

A column or a letter closes on its writer's bare name (`Helen Ashcroft`), often right above the first commenter's
name line; the decoder may take that name as the zone's first header or as the metadata of an anonymous comment made
of the body's closing paragraph (and when the writer answers a reader further down, the name recurs as a commenter).
Where the decoded comment zone opens with a name line that has no comment text under it (the next line is an author
line), optionally under one anonymous comment paragraph, that name is the body's sign-off (`meta`) and the paragraph
above it stays in the body. A name line is `name_like` and no metadata (no date/time, no chrome kind, no header
pattern: the widget and date lines other layouts put there), a full name of two words or more (first and last
capitalised) and no comment-section heading; the author line under it is a bare name line (no date/metadata, no
greeting, no `@name`: comment text the decoder took for a header). Dev gold: a short sign-off right above the first author
on 4 pages (3 sets); the rival reading (anonymous comment, textless name, author) on none. Only labels at the zone's
start change, and only from the comment zone to the body: no page is given a comment. Off unless cues.json
`zone_signoff.apply`.
"""

from __future__ import annotations

import re

from .comment_lines import is_metadata
from .cues import Cues, lower_exact
from .labelled import COMMENT_ZONE
from .line_features import name_like
from .text import Line

HEADER_OR_META = ("author", "cmeta")


def _opening_paragraph_end(lines: list[Line], labels: list[str], z: int) -> int:
    """The line after the anonymous paragraph that opens the zone at line z (its lines under z with no blank line
    before them), or z itself when the zone does not open with one."""
    if labels[z] != "cstart":
        return z
    j = z + 1
    while j < len(labels) and labels[j] == "ctext" and not lines[j].gap:
        j += 1
    return j


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


def zone_signoff(cues: Cues, lines: list[Line], labels: list[str]) -> list[str]:
    """The labels with a sign-off name at the zone's start (and the anonymous paragraph above it) returned to the
    body (a copy when anything changes, else `labels` itself)."""
    headings = cues.zone_signoff
    if headings is None:
        return labels
    z = next((i for i, lab in enumerate(labels) if lab in COMMENT_ZONE), None)
    if z is None or z < 2:
        return labels
    n = _opening_paragraph_end(lines, labels, z)
    if n + 1 >= len(labels) or labels[n] not in HEADER_OR_META or labels[n + 1] != "author":
        return labels
    if not _signoff_name(cues, headings, lines[n].text.strip()) or not _bare_header(cues, lines[n + 1].text.strip()):
        return labels
    out = list(labels)
    out[z:n] = ["body"] * (n - z)
    out[n] = "meta"
    return out


__all__ = ["zone_signoff"]
