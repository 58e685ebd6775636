"""(fix89, fix93) Pattern lists of wordlists.json that share a word list through a placeholder, so that two lists that
read the same nouns keep one copy of them. `{name}` in a pattern stands for one group of

- the fragments (regular expressions) of the list `name` ("{taken_person_heads}": "people", "(?:school)?teachers?",
  ...; a fragment may be a placeholder itself: `armed_cargo_heads` holds "{force}"), or
- the literal words of a list held elsewhere (`WORD_SOURCES`: "{force}", "{force_one}", "{crowd}", "{unarmed}",
  "{weapon_topics}" of `crowd_force_clash`, "{speech}": `list_speech_verbs`), a space matching any white space.

The one placeholder filler of the event rules (crowd_retype, type_kinds, triggers, merging): a misspelt placeholder or
list name is a KeyError, a placeholder of an empty list a ValueError (an empty group would match everywhere). Filled
lists are compiled like `Rules.patterns_re` (perf27): trie-shaped, case-insensitive ones guarded by their lower-case
twin."""

from __future__ import annotations

import re

from ...regex_guard import Guarded, guarded
from ...regex_trie import compile_trie
from ..rules import NEVER, PLACEHOLDER, Rules

# placeholder -> (list, key inside it or None): literal words kept inside another list's entry
WORD_SOURCES: dict[str, tuple[str, str | None]] = {
    key: ("crowd_force_clash", key) for key in ("crowd", "force", "force_one", "unarmed", "weapon_topics")
} | {"speech": ("list_speech_verbs", None)}


def placeholder_group(res: Rules, key: str) -> str:
    """The group one placeholder stands for (KeyError: no such list; ValueError: an empty one)."""
    src = WORD_SOURCES.get(key)
    if src is not None:
        words = res.words[src[0]] if src[1] is None else res.words[src[0]][src[1]]
        body = Rules.alternation(words) if any(w and w.strip() for w in words) else ""
    else:
        body = "|".join(fill(res, res.words[key]))  # (a fragment list may hold placeholders itself)
    if not body:
        raise ValueError(f"placeholder {{{key}}}: the list is empty")
    return "(?:" + body + ")"


def fill(res: Rules, patterns: list[str]) -> list[str]:
    """`patterns` (empty ones dropped) with each placeholder replaced by its group."""

    def one(m: re.Match) -> str:
        return placeholder_group(res, m.group(1))

    return [PLACEHOLDER.sub(one, p) for p in patterns if p]


def filled_patterns(res: Rules, name: str) -> list[str]:
    """The patterns of the list `name`, placeholders filled."""
    return fill(res, res.words[name])


def compile_filled(patterns: list[str], flags: int = re.I) -> Guarded | re.Pattern | None:
    """Filled patterns as one alternation (None for none), as `Rules.patterns_re` compiles a list."""
    if not patterns:
        return None
    rx = compile_trie("|".join(f"(?:{p})" for p in patterns), flags)
    return guarded(rx, patterns) if flags == re.I else rx


def filled_re(res: Rules, name: str, flags: int = re.I) -> Guarded | re.Pattern | None:
    """`filled_patterns` of `name` compiled once per Rules (None for an empty list)."""
    return res.built(("filled.re", name, flags), lambda: compile_filled(filled_patterns(res, name), flags))


def filled_rx(res: Rules, name: str, flags: int = re.I) -> Guarded | re.Pattern:
    """`filled_re`, with a pattern that never matches for an empty list."""
    rx = filled_re(res, name, flags)
    return NEVER if rx is None else rx


def filled_search(res: Rules, name: str, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """The first case-insensitive match of the filled list `name` in text[pos:endpos]; None when nothing matches."""
    rx = filled_re(res, name)
    return None if rx is None else rx.search(text, pos, len(text) if endpos is None else endpos)
