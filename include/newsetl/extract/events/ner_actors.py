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
armed, a crowd's event (`CROWD_EVENT_TYPES`) takes no target ("blocked the X Highway"), and the Civilians of a violence
against civilians event stay. "With" names the other side only under a two-sided verb (`ner_actor_two_sided_verbs`:
"clashed with X") or a verb without a direct object ("raided the forest with X": an ally). The actor is named as the
unlisted groups are (`components/unlisted_actors.py`): the acronym the article gives in parentheses after the entity,
else the entity as written without "the" (cut before a preposition whose next word is lower-case, or, but for "of",
a known place: "the Udo Security Brigade near Enugu", not "the Vigilance Group of Nigeria"), unless the name is a
known place or actor or made only of generic words (`unlisted_group_generic`, the state heads). Only a name whose
head word (its last before a preposition) is an armed-group cue fills a slot: a title-case group head
(`unlisted_group_heads`: a rebel group, as the blank path types it), a state head (`ner_actor_state_heads`:
"Agency", "Command"; state forces, convention 9), or a word the dictionary gives an armed type ("militia"); a
hospital, a bank, a university or a hotel fills none.
"""

from __future__ import annotations

from bisect import bisect_left

from ..rules import ACRONYM, Actor
from .model import ARMED_TYPES, CROWD_EVENT_TYPES
from .parse_roles import trigger_verb

GROUP_TYPE, STATE_TYPE = "Rebel group", "State forces"
VAC = "Violence against civilians"


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


def _phrases(verb, preps: frozenset[str], two_sided: frozenset[str]):
    """(agent heads, target heads) of the verb; a second verb of a coordination without a subject of its own takes
    the first one's ("looted and burned a station"); "with" only under a two-sided verb or one without an object."""
    agents, targets = [], []
    children = list(verb.children)
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
        children += [c for c in verb.head.children if c.dep_ == "nsubj"]
    with_ok = verb.lower_ in two_sided or not any(c.dep_ == "dobj" for c in children)
    for child in children:
        if child.dep_ == "nsubj":
            agents.append(child)
        elif child.dep_ == "agent":
            agents += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ in ("dobj", "nsubjpass"):
            targets.append(child)
        elif child.dep_ == "prep" and child.lower_ in preps and (child.lower_ != "with" or with_ok):
            targets += [g for g in child.children if g.dep_ == "pobj"]
    return agents, targets


def _cut(art, ent, s: int) -> int:
    """Where the name ends: before a preposition whose next word (past a determiner) is lower-case or, but for "of",
    a known place ("the X Brigade near Enugu"; "the Central Bank of Sudan" stays whole); before punctuation."""
    doc = ent.doc
    for i in range(s, ent.end):
        tok = doc[i]
        if tok.is_punct and tok.text != "-":
            return i
        if tok.pos_ != "ADP":
            continue
        j = i + 1
        while j < ent.end and doc[j].pos_ == "DET":
            j += 1
        nxt = doc[j] if j < len(doc) else None
        if nxt is None or not nxt.text[:1].isupper() or tok.lower_ != "of" and art.gaz.lookup(nxt.text):
            return i
    return ent.end


def _name(art, ent) -> tuple[str, str] | None:
    """(name, head word): the acronym given in parentheses right after the entity, else the entity cut (`_cut`)."""
    doc = ent.doc
    s = ent.start + (doc[ent.start].lower_ == "the")
    e = _cut(art, ent, s)
    if s >= e or not any(t.text[:1].isupper() for t in doc[s:e]):
        return None
    head = next((doc[i - 1].text for i in range(s + 1, e) if doc[i].pos_ == "ADP"), doc[e - 1].text)  # ("Bank" of
    # "the Central Bank of Sudan")
    end = ent.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and ACRONYM.match(doc[end + 1].text):
        return doc[end + 1].text, head
    return doc[s:e].text, head


def _index(art):
    """(start chars, ORG entities) in text order and the token indices actor mentions cover: built once per article
    (its actor mentions are fixed before the events are read; kept on the article's context, not on the doc, so no
    Span stays in the doc's user data)."""
    got = getattr(art, "ner_actor_index", None)
    if got is None or got[0] is not art.actors:
        labels = art.res.wordset("ner_actor_labels")  # ("ORG": the entity labels that name a group)
        ents = [e for e in art.doc.ents if e.label_ in labels]
        taken = frozenset(i for a in art.actors for i in range(a.start, a.end))
        got = (art.actors, [e.start_char for e in ents], ents, taken)
        art.ner_actor_index = got  # (an attribute only this module reads)
    return got[1:]


def _candidates(art, u) -> tuple[dict, frozenset]:
    """(token index -> ORG entity of the unit's sentence that no actor mention overlaps, the tokens mentions cover)."""
    starts, ents, taken = _index(art)
    out: dict = {}
    for ent in ents[bisect_left(starts, u.s0) :]:
        if ent.start_char >= u.s1:
            break
        if ent.end_char <= u.s1 and not taken.intersection(range(ent.start, ent.end)):
            out.update({i: ent for i in range(ent.start, ent.end)})
    return out, taken


def _type(res, head: str) -> str | None:
    """The type an armed-group head word gives the name (see the module docstring), else None."""
    if head in res.wordset("unlisted_group_heads"):
        return GROUP_TYPE
    if head in res.wordset("ner_actor_state_heads"):
        return STATE_TYPE
    known = res.resolve_actor(head.lower())
    return known.actor_type if known is not None and known.actor_type in ARMED_TYPES else None


def _actor(art, ent) -> Actor | None:
    named = _name(art, ent)
    if named is None:
        return None
    name, head = named
    res = art.res
    if res.resolve_actor(name) is not None or art.gaz.lookup(name) or name.lower() in res.country_words:
        return None
    heads = res.built("ner_actors.heads", lambda: frozenset(w.lower() for w in res.wordset("ner_actor_state_heads")))
    if all(w in res.wordset("unlisted_group_generic") or w in heads for w in name.lower().split()):
        return None  # no group's own name ("the Special Command", "Command" of a split entity)
    kind = _type(res, head)
    return Actor(name, kind, None, False) if kind is not None else None


def ner_sides(art, u, ev, tspan) -> None:
    """Record on the event the ORG entities its trigger's verb names as agent and target (see the module docstring),
    each as (actor, through a member noun); `fill_ner_sides` reads them once every role rule has run."""
    if not art.has_parse:
        return
    span = art.doc.char_span(tspan.start_char, tspan.end_char, alignment_mode="expand")
    verb = trigger_verb(span) if span is not None else None
    if verb is None:
        return
    ents, mentioned = _candidates(art, u)
    if not ents:
        return
    res = art.res
    members = res.wordset("ner_actor_member_nouns")
    sides = []
    for heads in _phrases(verb, res.wordset("ner_actor_prepositions"), res.wordset("ner_actor_two_sided_verbs")):
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
    unidentified); the agent only when armed; no target of a crowd's event ("blocked the X Highway"); the Civilians of
    a violence against civilians event stay."""
    for ev in events:
        sides = ev.extras.get("ner_sides")
        if sides is None:
            continue
        agent, target = sides
        names = {getattr(ev.actor1, "name", None), getattr(ev.actor2, "name", None)}
        if agent is not None and _fits(ev.actor1, agent, names) and agent[0].actor_type in ARMED_TYPES:
            ev.actor1 = agent[0]
            names.add(agent[0].name)
        # what a crowd blocks or storms is no party to it ("blocked the X Highway")
        if target is not None and _fits(ev.actor2, target, names) and ev.event_type not in CROWD_EVENT_TYPES:
            if not (ev.event_type == VAC and getattr(ev.actor2, "name", None) == "Civilians"):
                ev.actor2 = target[0]


def _fits(slot, side, names: set) -> bool:
    actor, via_member = side
    return _defaulted(slot) and (slot is None or not via_member) and actor.name not in names
