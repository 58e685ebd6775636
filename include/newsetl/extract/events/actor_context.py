"""Actors resolved from the article rather than the dictionary: country possessives, anaphoric groups, place holders."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..gazetteer import Gazetteer
from ..rules import Actor, Rules
from ..text_cache import doc_ents, doc_text
from .actor_memory import ActorMemory
from .model import ARMED_TYPES, NONSTATE_TYPES, STATE_TYPES, remap_actor, with_country

# hot patterns of this module's functions, compiled once (a module-level `re` call looks its cache up each time)
DEFINITE_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", re.I)
POSSESSOR_BEFORE = re.compile(r"([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)[’']s\s+(?:[a-z\-]+\s+)?$")
# (ev121) not a paragraph's last word ("Translated from French"); (fix136) a line break inside one joins ("Ugandan\npolice")
ADJECTIVE_BEFORE = re.compile(r"\b([A-Z][a-z]+)(?!\s*\n\s*\n)\s+$")
HELD_AFTER = re.compile(r"[\s-]*(?:held|controlled|occupied|run)\b", re.I)

GROUP_KEYWORD = re.compile(r"\b(separatist|jihadist|rebel|insurgent|guerrilla|dissident|islamist)s?\b", re.I)


# "rebel positions", and a government's "terrorist hideouts" when the story names one group
ANAPHORIC_GENERIC = re.compile(r"^(?:rebels?|insurgents?|(?:rebel|insurgent|terrorist|jihadist)\s+\w+)$", re.I)


def _country_override(e, actor: Actor, pre: str, res: Rules, gaz: Gazetteer) -> Actor | None:
    """A generic state actor after a country possessive or adjective ("Russia's defence ministry") is that country's."""
    iso3 = None
    m = POSSESSOR_BEFORE.search(pre)
    if m:
        cands = gaz.lookup(m.group(1))
        if cands and cands[0].feature == "country":
            iso3 = gaz.iso3(cands[0].country)
    if iso3 is None:
        m = ADJECTIVE_BEFORE.search(pre)
        if m and m.group(1).lower() in res.adjectives and actor.actor_type in ("State forces",):
            iso3 = res.adjectives[m.group(1).lower()]
    if iso3 and iso3 in res.country_names and actor.actor_type == "State forces":
        return with_country(actor, iso3, res)
    return None


def _keyword_fit(kw: str, recent: dict, res: Rules) -> list[str]:
    """The named groups a generic keyword fits ("separatist" -> the separatists, "rebels" -> a rebel group)."""
    order = list(reversed(recent))
    if kw == "separatist":
        return [n for n in order if re.search(r"(?<![\w-])separatist", res.alias_blobs.get(n, ""))]
    if kw in res.wordset("rebel_group_keywords"):
        return [n for n in order if recent[n].actor_type == "Rebel group"]
    return order if len(order) == 1 else []


def _anaphoric_nouns(res: Rules) -> frozenset:
    """The generic nouns that stand for the group the article named before ("the insurgents", "the attackers")."""
    return res.wordset("anaphoric_group_nouns") | res.wordset("anaphoric_attacker_nouns")


def _anaphoric_override(e, text: str, pre: str, recent: dict, last_named: Actor | None, res: Rules) -> Actor | None:
    """ "the insurgents", "the rebels", "suspected separatists" -> the non-state group the article named before."""
    if re.match(r"\s+(?:of|from)\s+(?:the\s+)?[A-Z]", text[e.end_char : e.end_char + 12]):
        return None  # "rebels of the Permanent Strategic Framework": the named group follows
    definite = re.search(r"\b(?:the|these|those)\s+$", pre, re.I) is not None
    kw = GROUP_KEYWORD.search(e.text)
    k = kw.group(1).lower() if kw is not None else None
    if k == "separatist" and re.search(r"\b(?:suspected|alleged|presumed)\s+$", pre, re.I):
        definite = True  # "suspected separatists": the article's separatist group, hedged
    if k is not None and recent and (definite or ANAPHORIC_GENERIC.match(e.text) or k == "separatist"):
        # "rebels" -> "M23 rebels" rather than the Wazalendo militias
        fit = _keyword_fit(k, recent, res)
        if len(fit) == 1:
            return recent[fit[0]]
        if k == "separatist":
            return None
    if definite and e.text.lower() in res.wordset("anaphoric_militia_nouns"):
        fit = [n for n in reversed(recent) if recent[n].actor_type in ("Identity militia", "Political militia")]
        if len(fit) == 1:
            return recent[fit[0]]  # "the militia" after "the Fano militia"
    attributive = e.text.lower() in ("terrorist", "jihadist") and re.match(r"\s+[a-z]{3,}", text[e.end_char :])
    if len(recent) == 1 and (
        ANAPHORIC_GENERIC.match(e.text)
        or attributive  # "strikes on terrorist hideouts"
        or (
            definite and e.text.lower() in _anaphoric_nouns(res)  # "pursued the attackers": the group named before
        )
    ):
        return last_named
    return None


def mention_overrides(doc, actors, res: Rules, gaz: Gazetteer) -> dict[int, Actor]:
    """Actors resolved from the article rather than the dictionary, keyed by mention start:
    - a generic state actor after a country possessive or adjective ("Russia's defence ministry") is that country's;
    - "the insurgents", "the rebels", "rebel positions" refer to the one non-state armed group the article has named
      before (when it has named exactly one);
    - (ev73) a homonym the actors' `context_remap` gives another actor type in the article's country ("EPP" in a
      Spanish story is the European People's Party, no Paraguayan guerrilla) is remapped here, once, so no reader
      of the mentions sees the other one; an affiliate of the same type (IS -> ISWAP) is remapped by the event's
      country where the event is built (`remap_actor`)."""
    out: dict[int, Actor] = {}
    text = doc_text(doc)
    recent: dict = {}  # non-state groups named so far, the most recently named last
    last_named: Actor | None = None
    last_pos = prev_start = -1
    breaks = [m.start() for m in re.finditer("\n", text)]
    context = doc._.country_context or {}
    main_iso3 = gaz.iso3(max(context, key=context.__getitem__)) if context else None
    ref = getattr(doc._, "reference_date", None)
    memory = ActorMemory(text, ref.year if ref is not None else None, res)  # (ev118) this document's named groups
    for k, e in enumerate(actors):
        actor = res.actors.get(e.ent_id_)
        if actor is None and e.kb_id_:  # a group the dictionary lacks (components/unlisted_actors.py)
            actor = out[e.start_char] = Actor(e.ent_id_, e.kb_id_, None, False)
        if actor is None:
            continue
        if actor.generic:
            pre = text[max(0, e.start_char - 40) : e.start_char]
            found = _country_override(e, actor, pre, res, gaz)
            if found is None and k + 1 < len(actors):
                found = _appositive_name(actors, k, actor, text, res)
            other_side = (prev_start == last_pos and _opposite_anaphor(e, text, pre, last_pos, res)) or (
                _in_subject(actors, k, text, last_pos) and _object_of_named(actors, k, text, pre, res)
            )
            if other_side:  # "Armed Nuer youth ... clashed with the raiders": the group named before the subject
                found = list(recent.values())[-2] if len(recent) >= 2 else None
            # (ev63) "<group> and the jihadists": another side, left to the dictionary
            other_side = other_side or _coordinated_anaphor(actors, k, text, last_pos, res)
            if found is None and actor.name.startswith(("Unidentified Armed Group", "Unidentified Communal Militia")):
                found = None if other_side else _anaphoric_override(e, text, pre, recent, last_named, res)
            if (
                found is None
                and not other_side
                and last_named is not None
                and bisect_left(breaks, e.start_char) == bisect_left(breaks, last_pos)  # no line break between
                and re.search(r"\bthe\s+$", pre, re.I)
                and e.text.lower() in _anaphoric_nouns(res)
            ):
                found = (
                    last_named  # "Boko Haram fighters stormed ... Soldiers clashed with the militants": same paragraph
                )
            if found is not None and (
                memory.only_denied_or_past(found, e) or (DEFINITE_BEFORE.search(pre) and memory.elsewhere(e))
            ):
                found = None  # (ev118) "X denied involvement ... the militants": no side of the event
            if found is None and not other_side and actor.name.startswith("Unidentified Armed Group"):
                found = memory.resolve(e, pre)  # (ev118) the one compatible group named before, as a side
                if found is None and not DEFINITE_BEFORE.search(pre):
                    memory.unnamed(e.start_char)  # (fix133) "In Zamfara, bandits killed ...": the nearer agent
            if found is not None:
                out[e.start_char] = found
            prev_start = e.start_char
            continue
        scoped = _scoped_alias(e.text, actor, main_iso3, res)
        if scoped is not None:
            actor = out[e.start_char] = scoped
        other = remap_actor(actor, main_iso3, res)
        if other.actor_type != actor.actor_type:  # (ev73) a homonym ("EPP" in a Spanish story): once, for every reader
            actor = out[e.start_char] = other
        if actor.actor_type in NONSTATE_TYPES:
            memory.add(actors, k, actor, STATE_TYPES)
            recent.pop(actor.name, None)
            recent[actor.name] = actor
            last_named, last_pos = actor, e.start_char
        prev_start = e.start_char
    return out


def _appositive_name(actors: list, k: int, actor: Actor, text: str, res: Rules) -> Actor | None:
    """ "(fighters of) a rival armed group, the 444th Brigade": an unidentified group named by an appositive is it."""
    if not actor.name.startswith("Unidentified Armed Group"):
        return None
    e, j = actors[k], k + 1
    if (
        j + 1 < len(actors)
        and actors[j].ent_id_ == e.ent_id_
        and re.fullmatch(r"\s+of\s+(?:a|an|the)\s+(?:[a-z\-]+\s+)?", text[e.end_char : actors[j].start_char])
    ):
        e, j = actors[j], j + 1  # "fighters of a rival armed group, the X"
    nxt = actors[j]
    if not re.fullmatch(r"\s*,\s*(?:the\s+)?", text[e.end_char : nxt.start_char]):
        return None
    named = res.actors.get(nxt.ent_id_) or (Actor(nxt.ent_id_, nxt.kb_id_, None, False) if nxt.kb_id_ else None)
    return named if named is not None and named.actor_type in ARMED_TYPES and not named.generic else None


OPPOSITE_BEFORE = re.compile(r"\b(?:with|against|attacked|repelled|pursued|chased)\s+the\s+$", re.I)


def _opposite_anaphor(e, text: str, pre: str, last_pos: int, res: Rules) -> bool:
    """ "the raiders" as the object of a clash or attack ("clashed with the raiders") whose subject is the group named
    just before in the same sentence: the anaphor is the other side, not that group."""
    return (
        e.text.lower() in _anaphoric_nouns(res)
        and OPPOSITE_BEFORE.search(pre) is not None
        and not re.search(r"[.;]", text[last_pos : e.start_char])
    )


def _object_of_named(actors, k: int, text: str, pre: str, res: Rules) -> bool:
    """(ev75) "soldiers and VDP auxiliaries fought the attackers": an anaphor that is the object of a verb
    (`agent_object_before_patterns`) whose subject is the group named just before it, in the same clause (a gap of a
    few words, no punctuation), is the other side, never that group."""
    prev = actors[k - 1] if k else None
    return (
        prev is not None
        and actors[k].text.lower() in _anaphoric_nouns(res)
        and re.fullmatch(r"(?:\s+[\w\-’']+){1,3}\s+", text[prev.end_char : actors[k].start_char]) is not None
        and res.pattern_search("agent_object_before_patterns", pre) is not None
    )


# (fix86) a lower-case head noun may follow the earlier mention: "VDP auxiliaries and police", "Wazalendo fighters and"
COORDINATED = re.compile(r"(?-i:\s+[a-z][a-z\-]*)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", re.I)


def _in_subject(actors, k: int, text: str, last_pos: int) -> bool:
    """(fix81) The group named last (at `last_pos`) is among the mentions coordinated just before mention `k` ("Dozo
    hunters and soldiers fought the jihadists", "soldiers and Dozo hunters fought ..."), whatever their order; (fix86)
    a head noun the earlier mention leaves out may stand before the conjunction ("VDP auxiliaries and police")."""
    j = k - 1
    while j >= 0 and actors[j].start_char >= last_pos >= 0:
        if actors[j].start_char == last_pos:
            return True
        if j == 0 or not COORDINATED.fullmatch(text, actors[j - 1].end_char, actors[j].start_char):
            return False
        j -= 1
    return False


def _coordinated_anaphor(actors, k: int, text: str, last_pos: int, res: Rules) -> bool:
    """(ev63) "Dogon hunters of the Dan Na Ambassagou militia and the jihadists fought": an anaphor coordinated with the
    group named just before it ("<group> and the jihadists") is another side, never that group; (fix64) not a
    possessive ("Boko Haram fighters and the insurgents' allies": the allies are another party, the insurgents the
    group itself)."""
    e, prev = actors[k], actors[k - 1] if k else None
    return (
        prev is not None
        and prev.start_char == last_pos
        and e.text.lower() in _anaphoric_nouns(res)
        and text[e.end_char : e.end_char + 1] not in ("'", "’")
        and any(rx.fullmatch(text[prev.end_char : e.start_char]) for rx in _coordinated_gaps(res))
    )


def _coordinated_gaps(res: Rules) -> list[re.Pattern]:
    """`coordinated_anaphor_gaps`, each compiled once per Rules (case-insensitive)."""
    return res.built(
        "actor_context.coordinated_gaps", lambda: [re.compile(g, re.I) for g in res.words["coordinated_anaphor_gaps"]]
    )


def _scoped_alias(text: str, actor: Actor, main_iso3, res: Rules) -> Actor | None:
    """An alias two groups share, scoped in the dictionary by a country ("Khawarij (Somalia)"): in a story about that
    country the name is that country's group, not the other country's."""
    if actor.country is None or main_iso3 is None or actor.country == main_iso3:
        return None
    cname = res.country_names.get(main_iso3)
    other = res.resolve_actor(f"{text} ({cname})") if cname else None
    return other if other is not None and other != actor else None


def place_holders(doc, places, res: Rules) -> dict[str, Actor]:
    """Place name -> actor holding it, from "the ISIS-held town of Hajin", "rebel-controlled Saraqib"."""
    out: dict[str, Actor] = {}
    text = doc_text(doc)
    places = sorted(places, key=lambda p: p.start_char)
    starts = [p.start_char for p in places]
    for e in doc_ents(doc):
        if e.label_ != "ACTOR":
            continue
        m = HELD_AFTER.match(text[e.end_char : e.end_char + 14])
        if not m:
            continue
        actor = res.actors.get(e.ent_id_)
        lo = e.end_char + m.end()
        i = bisect_left(starts, lo)
        if i < len(places) and starts[i] <= lo + 40 and "." not in text[e.end_char : starts[i]] and actor is not None:
            out.setdefault(places[i]._.place[0].name, actor)
    return out
