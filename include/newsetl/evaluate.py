"""Evaluation entry points (`newsetl eval ...`): splitting in `eval_split.py`, events in `eval_events.py`."""

from __future__ import annotations

from .eval_events import eval_events  # noqa: F401  (the old import path keeps working)


def eval_split(gold_dir: str) -> dict:
    """Split figures on a labelled folder (see `newsetl.eval_split.eval_labelled`)."""
    from .eval_split import eval_labelled

    return eval_labelled(gold_dir)


def format_report(rep: dict, show_errors: bool = False) -> str:
    if "lines" in rep or "documents_given_comments" in rep:  # split reports
        from .eval_split import format_report as fmt

        return fmt(rep, show_errors)
    from .eval_events import format_events_report

    return format_events_report(rep, show_errors)
