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


# (clean26) the fields most probes read: the sub-event type and the two sides
SIDES = ("sub_event_type", "actor1", "actor2")


def fields(extractor, paragraphs, keys=SIDES, ref=date(2018, 11, 5)) -> list[tuple]:
    """Each event row of an article (a list of paragraphs, or one paragraph as a string) as the tuple of its `keys`
    (clean26: the probes `_rows` / `_sides` of the test modules, bound to a module's keys and REF with `partial`)."""
    paras = [paragraphs] if isinstance(paragraphs, str) else paragraphs
    return [tuple(r[k] for k in keys) for r in run(extractor, paras, ref=ref)]


def sides(extractor, paragraphs, sub="Armed clash", ref=date(2018, 11, 5), exactly: bool = False) -> tuple:
    """(clean26) actor1 and actor2 of the row of the sub-event type `sub` (`one`) of an article (a list of paragraphs,
    or one paragraph as a string)."""
    paras = [paragraphs] if isinstance(paragraphs, str) else paragraphs
    row = one(run(extractor, paras, ref=ref), sub, exactly=exactly)
    return row["actor1"], row["actor2"]


def where(rows) -> set:
    """(clean26) The rows' places as (location, iso3) pairs."""
    return {(r["location"], r["iso3"]) for r in rows}


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
