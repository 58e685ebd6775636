"""A commenter's name line again, read as comment text inside the comment zone (split25).

The same commenter posts twice: their second author line repeats the first exactly, but the CRF may read it as text of
the comment above it when it is too long for `name_like` (a name with a role, `Cllr A. Petrie, Town Council`: more
than five words or 40 characters, so no `st:name_again`) and follows an anonymous comment. At assembly, a comment-zone
text line that repeats, character for character, a line decoded as an author above it, with comment text under it
(`cstart` or `ctext`, never metadata: fix37) and not itself under an author line, is that author again. Only labels
inside the decoded comment zone change: a page the decoder leaves without comments is never given any.
"""

from __future__ import annotations

from .text import Line

COMMENT_TEXT = ("cstart", "ctext")  # what is under a comment's author line


def repeated_authors(lines: list[Line], labels: list[str]) -> list[str]:
    """The labels with comment text lines that repeat an earlier author line relabelled as authors (a copy when it
    changes anything, else `labels` itself)."""
    authors: set[str] = set()
    out = labels
    for i, (ln, lab) in enumerate(zip(lines, labels)):
        if lab == "author":
            authors.add(ln.text)
            continue
        if lab != "ctext" or not ln.gap or ln.text not in authors or i + 1 >= len(lines) or out[i - 1] == "author":
            continue
        if labels[i + 1] not in COMMENT_TEXT or not lines[i + 1].gap:  # comment text under it, never metadata (fix37)
            continue
        if out is labels:
            out = list(labels)
        out[i] = "author"
    return out


__all__ = ["repeated_authors"]
