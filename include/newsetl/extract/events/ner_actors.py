"""Actors the dictionary lacks, from a trained pipeline's entity recognizer and parse (issue 10).

Only when the document has a dependency parse (a trained pipeline; the blank pipeline has neither a parse nor ORG
entities, so its output never depends on this module): an ORG entity that no actor mention covers, standing in a slot
of the trigger's verb, is recorded on the event (`ner_sides`); once every role rule and story pass has run, it fills
that slot when they left it empty or gave it a default (`Civilians`, an unidentified group; `fill_ner_sides`):

- the agent: the verb's active subject, or the object of its passive "by";
- the target: its direct object, its passive subject, or the object of a preposition in `ner_actor_prepositions`
  ("fought against X", "clashed with X") under it.

The phrase stands for the entity when its head word is inside the entity ("the X attacked"), or is a member noun
(`ner_actor_member_nouns`: "a patrol of the X", "X adherents") whose "of" object or compound is the entity, for an
empty slot only ("a patrol of Operation X came under fire": its attackers stay unidentified). No role an actor mention
also heads is read ("armed youths from A and B exchanged fire", B misparsed as a second subject), the agent must be
armed, and a crowd's event (`CROWD_TYPES`) takes no target ("blocked the X Highway"). The actor is named as the
unlisted groups are (`components/unlisted_actors.py`): the acronym the article gives in parentheses after it, else the
entity as written without "the" (cut before a preposition: "the Udo Security Watch near Enugu"), unless the name is a
known place or actor; its type is that of its head word in the dictionary ("police", "militia"), else a rebel group.
"""

from __future__ import annotations

import re

from ..rules import Actor
from .model import ARMED_TYPES
from .parse_roles import trigger_verb

NER_ACTOR_LABELS = ("ORG",)
ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z0-9\-]{1,9}$")  # (as components/unlisted_actors.py: the
# components package imports this one)
DEFAULT_TYPE = "Rebel group"
CROWD_TYPES = ("Protests", "Riots")  # what a crowd blocks or storms is no party to it ("blocked the X Highway")


def _defaulted(actor) -> bool:
    return actor is None or actor.name == "Civilians" or actor.name.startswith("Unidentified")


def _entity_of(tok, ents: dict, members: frozenset[str]):
    """(entity, through a member noun) the phrase headed by `tok` stands for (see the module docstring), else None."""
    ent = ents.get(tok.i)
    if ent is not None:
        return ent, False
    if tok.lower_ not in members:
        return None
    for child in tok.children:
        if child.dep_ == "compound" and child.i in ents:
            return ents[child.i], True
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.i in ents:
                return ents[obj.i], True
    return None


def _phrases(verb, preps: frozenset[str]):
    """(agent heads, target heads) of the verb; a second verb of a coordination without a subject of its own takes
    the first one's ("looted and burned a station")."""
    agents, targets = [], []
    children = list(verb.children)
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
        children += [c for c in verb.head.children if c.dep_ == "nsubj"]
    for child in children:
        if child.dep_ == "nsubj":
            agents.append(child)
        elif child.dep_ == "agent":
            agents += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ in ("dobj", "nsubjpass"):
            targets.append(child)
        elif child.dep_ == "prep" and child.lower_ in preps:
            targets += [g for g in child.children if g.dep_ == "pobj"]
    return agents, targets


def _name(ent) -> str | None:
    doc = ent.doc
    s, e = ent.start, ent.end
    if doc[s].lower_ == "the":
        s += 1
    for i in range(s, e):
        if doc[i].pos_ == "ADP" or doc[i].is_punct and doc[i].text != "-":
            e = i
            break
    if s >= e or not any(t.text[:1].isupper() for t in doc[s:e]):
        return None
    if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" and ACRONYM.match(doc[e + 1].text):
        return doc[e + 1].text
    return doc[s:e].text


def _candidates(art, u) -> dict:
    """Token index -> ORG entity of the unit's sentence that no actor mention overlaps."""
    doc = art.doc
    taken = {i for a in art.actors for i in range(a.start, a.end)}
    out: dict = {}
    for ent in doc.ents:
        if ent.label_ in NER_ACTOR_LABELS and ent.start_char >= u.s0 and ent.end_char <= u.s1:
            if not taken.intersection(range(ent.start, ent.end)):
                out.update({i: ent for i in range(ent.start, ent.end)})
    return out


def _actor(art, ent) -> Actor | None:
    name = _name(ent)
    if name is None or art.res.resolve_actor(name) is not None or art.gaz.lookup(name):
        return None
    lex = art.res.lexicon
    if name.lower() in {w.lower() for w in [*lex.get("country_adjectives", {}), *art.res.country_names.values()]}:
        return None
    head = art.res.resolve_actor(name.split()[-1].lower())
    return Actor(name, head.actor_type if head is not None else DEFAULT_TYPE, None, False)


def ner_sides(art, u, ev, tspan) -> None:
    """Record on the event the ORG entities its trigger's verb names as agent and target (see the module docstring),
    each as (actor, through a member noun); `fill_ner_sides` reads them once every role rule has run."""
    if not art.has_parse:
        return
    span = art.doc.char_span(tspan.start_char, tspan.end_char, alignment_mode="expand")
    verb = trigger_verb(span) if span is not None else None
    ents = _candidates(art, u) if verb is not None else {}
    if not ents:
        return
    members = art.res.wordset("ner_actor_member_nouns")
    mentioned = {i for a in art.actors for i in range(a.start, a.end)}
    sides = []
    for heads in _phrases(verb, art.res.wordset("ner_actor_prepositions")):
        found = None
        if not any(h.i in mentioned for h in heads):  # (a role an actor mention also fills: "armed youths from A
            # and B exchanged fire", misparsed, is the youths')
            found = next((x for x in (_entity_of(h, ents, members) for h in heads) if x is not None), None)
        actor = _actor(art, found[0]) if found is not None else None
        sides.append((actor, found[1]) if actor is not None and found is not None else None)
    if any(sides):
        ev.extras["ner_sides"] = tuple(sides)


def fill_ner_sides(events: list) -> None:
    """Fill the slots every role rule left empty or defaulted (`Civilians`, an unidentified group) from the recorded
    entities: through a member noun only an empty slot ("a patrol of Operation X came under fire": its attackers stay
    unidentified); the agent only when armed; no target of a crowd's event ("blocked the X Highway")."""
    for ev in events:
        sides = ev.extras.get("ner_sides")
        if sides is None:
            continue
        agent, target = sides
        names = {getattr(ev.actor1, "name", None), getattr(ev.actor2, "name", None)}
        if agent is not None and _fits(ev.actor1, agent, names) and agent[0].actor_type in ARMED_TYPES:
            ev.actor1 = agent[0]
            names.add(agent[0].name)
        if target is not None and _fits(ev.actor2, target, names) and ev.event_type not in CROWD_TYPES:
            ev.actor2 = target[0]


def _fits(slot, side, names: set) -> bool:
    actor, via_member = side
    return _defaulted(slot) and (slot is None or not via_member) and actor.name not in names
