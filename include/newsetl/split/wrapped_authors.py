"""An author line inside a comment's wrapped paragraph, read back as its text (split30).

Comments whose writers break their lines by hand (`Fico wins elections,` / `the opposition loses them` / `and then
goes to the square.`) give the decoder short lines with no blank line around them, and a short one may look like a
handle (`i left in 2022`, `walk the dog`, a line in another language). Where every other author line of the page is
set off by a blank line above it (at least two of them besides the first author, whose blank line above is the
body's: fix48), a line decoded as an author with no blank line above or below it, between comment
text lines and under an earlier author, is comment text. Dev gold: 5 such lines decoded as authors on 4 seed-style
sets, all comment text; no gold author line on any split dev or training set has that shape. Only labels inside the
decoded comment zone change (an author becomes comment text): the zones, and so the body, are never touched.
"""

from __future__ import annotations

from .text import Line

COMMENT_TEXT = ("cstart", "ctext")


def wrapped_authors(lines: list[Line], labels: list[str]) -> list[str]:
    """The labels with author lines inside a wrapped comment paragraph relabelled as comment text (a copy when it
    changes anything, else `labels` itself)."""
    authors = [i for i, lab in enumerate(labels) if lab == "author"]
    out = labels
    for i in authors:
        if i == authors[0] or i + 1 >= len(lines) or lines[i].gap or lines[i + 1].gap:
            continue  # the first author, or one set off by a blank line above or below
        if labels[i - 1] not in COMMENT_TEXT or labels[i + 1] != "ctext":
            continue
        later = [j for j in authors[1:] if j != i]  # the first author's blank line above is the body's (fix48)
        if len(later) < 2 or not all(lines[j].gap for j in later):
            continue  # a layout whose author lines need no blank line above them, or too few to tell
        if out is labels:
            out = list(labels)
        out[i] = "ctext"
    return out


__all__ = ["wrapped_authors"]
