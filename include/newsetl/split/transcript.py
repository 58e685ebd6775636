"""Interview transcripts under short speaker labels (fix37): `AL` / a question / `TR` / an answer, or `Q` / `A`.

A one- or two-letter name set off over a short line is header-like as a commenter's initial (features, split22 and
split25). Two such labels that alternate, one always over a question and the other never, are the speakers of an
interview in the article: those lines stay body. Read only for the header-like initials, never a CRF feature.
"""

from __future__ import annotations

from .text import Line


def _label(text: str) -> str:
    return text.strip().rstrip(".:").lower()


def transcript_lines(lines: list[Line], named_hdr: list[bool], turns: int) -> set[int]:
    """The named header lines (`named_hdr`) that are labels of an alternating question/answer run of two labels,
    each heading at least `turns` blocks (0: none)."""
    if turns <= 0:
        return set()
    heads = [i for i, x in enumerate(named_hdr) if x]
    labels = [_label(lines[i].text) for i in heads]
    out: set[int] = set()
    start = 0
    for k in range(1, len(heads) + 1):
        if k < len(heads) and labels[k] != labels[k - 1] and (k - start < 2 or labels[k] == labels[k - 2]):
            continue  # the run of two alternating labels goes on
        out |= _qa_run(lines, heads[start:k], turns)
        start = k - 1 if k < len(heads) and labels[k] != labels[k - 1] else k  # a new label: a new pair from k - 1
    return out


def _qa_run(lines: list[Line], run: list[int], turns: int) -> set[int]:
    """The run's lines when its two labels each head `turns` blocks, one always over a question, the other never."""
    if len(run) < 2 * turns:
        return set()
    asks: dict[str, list[bool]] = {}
    for i in run:
        asks.setdefault(_label(lines[i].text), []).append(lines[i + 1].text.rstrip().endswith("?"))
    if len(asks) != 2:
        return set()
    first, second = asks.values()
    if (all(first) and not any(second)) or (all(second) and not any(first)):
        return set(run)
    return set()
