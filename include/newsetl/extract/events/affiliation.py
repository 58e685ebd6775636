"""Role frames for actors as data (issue 10, round 20, `ev20`): the group the people on an event's target side belong
to, when the rules left that side to the generic civilians or to nobody ("arrested 12 suspected X members",
"arrested five people on charges of links with X", "who had supplied fuel to the group"). The frames live in
`data/actor_frames.json` (loaded into `Rules.actor_frames`); each has a slot {NAME}, a capitalised name or acronym
that the actor dictionary resolves to a named non-state armed group, or {ANAPHOR}, which stands for the story's
most-mentioned named non-state armed group. Run once over the article's events after the story's roles."""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from ..rules import Actor, Rules
from .model import NONSTATE_TYPES, Event

NAME = r"(?P<name>[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|of|al|el|and)){0,5})"
NONE = re.compile(r"(?!x)x")


class Frame(NamedTuple):
    name: str
    applies_to: frozenset
    replace: frozenset  # target sides it may overwrite: actor names, None for no actor
    patterns: tuple


def frames(res: Rules) -> tuple[Frame, ...]:
    """The enabled frames of `res.actor_frames`, compiled once per Rules."""
    cache = res.__dict__.setdefault("_actor_frames", {})
    if "frames" not in cache:
        data = res.actor_frames or {}
        ana = "(?:" + "|".join(data.get("anaphora", ())) + ")" if data.get("anaphora") else NONE.pattern
        out = []
        for r in data.get("rules", ()):
            if not r.get("enabled", True):
                continue
            pats = tuple(
                re.compile(p.replace("{NAME}", "(?-i:" + NAME + ")").replace("{ANAPHOR}", f"(?P<anaphor>{ana})"), re.I)
                for p in r["patterns"]
            )
            out.append(Frame(r["name"], frozenset(r.get("applies_to", ())), frozenset(r.get("replace", ())), pats))
        cache["frames"] = tuple(out)
    return cache["frames"]


def _named_group(name: str, res: Rules) -> Actor | None:
    """The named non-state armed group of the longest leading part of `name` ("AQAP cell" -> AQAP)."""
    words = name.split()
    for n in range(len(words), 0, -1):
        act = res.resolve_actor(" ".join(words[:n]))
        if act is not None and not act.generic and act.actor_type in NONSTATE_TYPES:
            return act
    return None


def _story_group(named: Counter) -> Actor | None:
    """The story's most-mentioned named non-state armed group (first named first on ties), else None."""
    for act, _ in named.most_common():
        if not act.generic and act.actor_type in NONSTATE_TYPES:
            return act
    return None


def _member_of(ev: Event, frame: Frame, res: Rules, named: Counter) -> Actor | None:
    for pat in frame.patterns:
        for m in pat.finditer(ev.sentence):
            groups = m.groupdict()
            if groups.get("name"):
                act = _named_group(groups["name"], res)
            else:
                act = _story_group(named) if groups.get("anaphor") else None
            if act is not None and act != ev.actor1:
                return act
    return None


def member_targets(events: list[Event], res: Rules, named: Counter) -> None:
    """Give an event's target side the group its people belong to (see the module docstring)."""
    for frame in frames(res):
        for ev in events:
            if ev.sub_event_type not in frame.applies_to:
                continue
            if (ev.actor2.name if ev.actor2 is not None else None) not in frame.replace:
                continue
            act = _member_of(ev, frame, res, named)
            if act is not None:
                ev.actor2 = act
