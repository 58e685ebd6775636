"""Rule data (actors, triggers, lexicon, place supplement) loaded from include/newsetl/data/.

The files are documented in data/README.md; this module only parses and indexes them.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path


def data_path(name: str) -> Path:
    return Path(str(resources.files("newsetl") / "data" / name))


def read_jsonl(name: str) -> list[dict]:
    rows = []
    path = data_path(name)
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            raise ValueError(f"{path}:{n}: invalid JSON: {e.msg}") from None
    return rows


@dataclass(frozen=True)
class Actor:
    name: str
    actor_type: str
    country: str | None  # ISO3
    generic: bool


@dataclass(frozen=True)
class Trigger:
    id: str
    event_type: str
    sub_event_type: str
    plover_event: str
    plover_mode: str | None
    priority: int
    role_hint: str
    alt_if_state: str | None
    alt_mode_if_state: str | None = None
    alt_if_civilians: dict | None = None
    alt_if_armed: dict | None = None
    fatal_default: bool = False


@dataclass
class Resources:
    actors: dict[str, Actor]          # canonical name -> actor
    alias_to_actor: dict[str, str]    # lower-cased alias -> canonical (case-insensitive aliases)
    case_aliases: dict[str, str]      # exact alias -> canonical (case-sensitive acronyms)
    triggers: dict[str, Trigger]
    trigger_phrases: dict[str, list[str]]
    lexicon: dict
    context_remap: dict = None  # canonical name -> {ISO3: other canonical name}

    def resolve_actor(self, text: str) -> Actor | None:
        """Canonical actor for any alias or canonical name (case-insensitive except acronyms)."""
        if text in self.case_aliases:
            return self.actors[self.case_aliases[text]]
        key = " ".join(text.lower().replace("’", "'").split())
        name = self.alias_to_actor.get(key)
        if name is None and key.startswith("the "):
            name = self.alias_to_actor.get(key[4:])
        return self.actors.get(name) if name else None


@functools.lru_cache(maxsize=1)
def load() -> Resources:
    actors: dict[str, Actor] = {}
    alias: dict[str, str] = {}
    case_alias: dict[str, str] = {}
    remap: dict[str, dict] = {}
    for row in read_jsonl("actors.jsonl"):
        a = Actor(row["name"], row["actor_type"], row.get("country"), bool(row.get("generic")))
        actors[a.name] = a
        if row.get("context_remap"):
            remap[a.name] = dict(row["context_remap"])
        cs = set(row.get("case_sensitive_aliases") or [])
        for al in cs:
            case_alias[al] = a.name
        for al in [row["name"], *row.get("aliases", [])]:
            if al in cs:
                continue
            alias.setdefault(" ".join(al.lower().replace("’", "'").split()), a.name)
    triggers: dict[str, Trigger] = {}
    phrases: dict[str, list[str]] = {}
    for row in read_jsonl("triggers.jsonl"):
        t = Trigger(row["id"], row["event_type"], row["sub_event_type"], row.get("plover_event") or "OTHER", row.get("plover_mode"),
                    int(row.get("priority", 5)), row.get("role_hint", "agent_then_target"),
                    row.get("alt_sub_event_type_if_state_actor"), row.get("alt_plover_mode_if_state_actor"),
                    row.get("alt_if_target_civilians"), row.get("alt_if_target_armed"), bool(row.get("fatal_default")))
        triggers[t.id] = t
        phrases[t.id] = list(row.get("phrases", []))
    lexicon = json.loads(data_path("lexicon.json").read_text(encoding="utf-8"))
    return Resources(actors, alias, case_alias, triggers, phrases, lexicon, remap)
