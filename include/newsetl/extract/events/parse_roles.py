"""Roles from a trained pipeline's dependency parse, for the slots the sentence rules leave empty.

Only when the document has a dependency parse (a trained pipeline with a parser; the blank pipeline has none, so its
output never depends on this module): the verb that governs the trigger gives the agent (its active subject, or the
object of its passive "by" agent) and the target (its direct object, or its passive subject). An actor mention inside
that phrase fills actor1 or actor2 when the rules found none; a filled slot is never changed.
"""

from __future__ import annotations

from .model import ARMED_TYPES

AGENT_DEPS = ("nsubj",)
TARGET_DEPS = ("dobj", "nsubjpass")


def trigger_verb(span):
    """The verb of a verbal trigger ("attacked", "set fire to"), else None: a nominal trigger ("an air strike that
    the UN condemned") is no clause of its own, and the verb above it has other participants."""
    return next((t for t in span if t.pos_ == "VERB"), None)


def _actor_in(art, u, phrase) -> object | None:
    """The actor mention that heads the phrase ("RSF fighters", not "jihadist fighters" inside "men suspected of
    supplying fuel to jihadist fighters")."""
    for m in u.actors:
        if m.root.i == phrase.i:
            actor = art.overrides.get(m.start_char) or art.res.actors.get(m.ent_id_)
            if actor is not None:
                return actor
    return None


def _slots(art, u, verb):
    """(agent, target) the verb's dependents name, else None."""
    agent = target = None
    for child in verb.children:
        if child.dep_ in AGENT_DEPS and agent is None or child.dep_ == "agent" and agent is None:
            agent = _actor_in(art, u, child)
        elif child.dep_ in TARGET_DEPS and target is None:
            target = _actor_in(art, u, child)
    return agent, target


def parse_roles(art, u, tspan, a1, a2):
    """Fill an empty actor slot from the parse of the trigger's verb (see the module docstring)."""
    doc = art.doc
    if (a1 is not None and a2 is not None) or not art.has_parse:
        return a1, a2
    span = doc.char_span(tspan.start_char, tspan.end_char, alignment_mode="expand")
    if span is None or len(span) == 0:
        return a1, a2
    verb = trigger_verb(span)
    if verb is None:
        return a1, a2
    agent, target = _slots(art, u, verb)
    if a1 is None and agent is not None and agent != a2 and agent.actor_type in ARMED_TYPES:
        a1 = agent
    if a2 is None and target is not None and target != a1:
        a2 = target
    return a1, a2
