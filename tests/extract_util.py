"""Helpers shared by the extractor's test modules (test_extract_*.py, test_roles_means, test_places_unlisted)."""

from __future__ import annotations

from datetime import date


def run(extractor, paragraphs, ref=date(2018, 11, 5), aid="t"):
    """The event rows the extractor makes of one article (a list of paragraphs)."""
    from newsetl.extract.extractor import ArticleText

    art = ArticleText(aid, list(paragraphs), ref)
    ((_, events, _),) = list(extractor.run([art]))
    return extractor.event_rows(aid, events)


def only(extractor, paragraphs, ref=date(2018, 11, 5)):
    """The one event row of an article (there must be exactly one)."""
    rows = run(extractor, paragraphs, ref=ref)
    assert len(rows) == 1, rows
    return rows[0]


def canon(extractor, name):
    a = extractor.res.resolve_actor(name)
    return a.name if a else None


def one(rows, sub, exactly: bool = False):
    """The first row of the sub-event type `sub` (there must be one; with `exactly`, one alone)."""
    got = [r for r in rows if r["sub_event_type"] == sub]
    assert len(got) == 1 if exactly else got, rows
    return got[0]


def sub_types(extractor, line, ref):
    """The sub-event types of the rows the extractor makes of a one-paragraph article."""
    return [r["sub_event_type"] for r in run(extractor, [line], ref=ref)]


def switch(data: dict, enabled) -> dict:
    """A rule file's data (`rules`: actor_frames.json, place_cues.json) with each rule's `enabled` set by
    `enabled(rule)` (for tests/conftest.py `edited_rules`)."""
    return {**data, "rules": [{**r, "enabled": enabled(r)} for r in data["rules"]]}
