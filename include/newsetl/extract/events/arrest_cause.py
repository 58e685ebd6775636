"""(ev58) The triggers of an arrest's cause clause, and (ev62) those of a relative or modifier clause, left out when
the clause's event is chosen."""

from __future__ import annotations

import logging
import re

from ...schemas import SUB_EVENT_TO_TYPE
from ..rules import Rules
from .model import CROWD_EVENT_TYPES
from .text import VERB_LIKE, clause_bounds

log = logging.getLogger(__name__)


def arrest_before_its_cause(stext: str, s0: int, cands: list, res: Rules) -> list:
    """(ev58) "Police ... arrested 23 young men overnight after a protest by artisanal miners turned violent": the
    triggers of a cause clause (`arrest_cause_clause_before`) after an arrest name why it was made, not the event."""
    first = next((c for c in cands if c[3].sub_event_type == "Arrests"), None)
    if first is None:
        return cands
    a = first[2].end_char - s0
    kept = [
        c
        for c in cands
        if c[2].start_char - s0 < a
        or not res.pattern_search("arrest_cause_clause_before", stext[a : c[2].start_char - s0])
    ]
    return kept if kept else cands


def head_of_clause(stext: str, s0: int, cands: list, res: Rules) -> list:
    """(ev62) A trigger inside a relative or reduced relative clause (`modifier_clause_before`: "a taxi driver they said
    had been detained", "a conflict that had been settled by a peace pact", "relatives detained during house searches")
    qualifies a noun: the head event of the sentence wins when it has a trigger of its own. (fix62) Only a head trigger
    before it counts: in "A student who was shot by police during a protest ... died" the protest is the frame of the
    shooting, not the head of the sentence. (ev74) A finite verb trigger after the clause is its head too ("relatives of
    men who were arrested last month protested"), and after a possessive relative clause (`possessive_relative_before`:
    "residents whose homes were demolished ... staged a sit-in", what befell its noun) so is (fix83) a finite or
    passive one alone: in "A student whose brother was shot dead by police during a protest ... spoke" the noun
    "protest" is the frame of the shooting, no head."""
    before = [stext[max(0, c[2].start_char - s0 - 90) : c[2].start_char - s0] for c in cands]
    whose = [res.pattern_search("possessive_relative_before", b) is not None for b in before]
    inside = [w or res.pattern_search("modifier_clause_before", b) is not None for b, w in zip(before, whose)]
    head = [c[2] for c, m in zip(cands, inside) if not m]
    kept = [
        c
        for c, m in zip(cands, inside)
        if not (m and any(_heads(h, c[2], _finite_head(stext, s0, h, res)) for h in head))
    ]
    if len(kept) < len(cands):
        log.debug("modifier clause: %s", [c[2].text for c in cands if c not in kept])
    return kept if kept else cands


def _heads(head, span, head_after_ok: bool) -> bool:
    """The head trigger `head` carries the sentence over the modifier trigger `span`: it stands before it, or after it
    when `head_after_ok` (a finite or passive verb: "relatives of men who were arrested last month protested", not
    "during a protest", the frame of the modifier's act)."""
    if head.start_char < span.start_char:
        return True
    return head.start_char > span.end_char and head_after_ok


def _finite_head(stext: str, s0: int, head, res: Rules) -> bool:
    """A finite verb trigger, or one told in the passive (`passive_head_patterns`: "Journalists covering the protest
    ... were beaten")."""
    if _finite(head.text):
        return True
    return res.pattern_search("passive_head_patterns", stext[: head.end_char - s0]) is not None


def main_before_after_clause(stext: str, s0: int, cands: list, res: Rules) -> list:
    """(ev62) "Riders blocked the highway with burning tyres on Wednesday after one of their colleagues was killed the
    previous night": the triggers of an "after" clause (`after_clause_before`, no "," "." ";" between) tell its cause;
    the main clause's act before it is the sentence's event. Not after "broke out" / "erupted": "The fighting broke out
    after men detained a commander" restates the fighting and tells the detention. Only a finite verb trigger makes
    the clause ("after a short firefight" names an event of the sentence), or a definite noun that refers to an event
    told before ("to demand armed escorts after the ambush": `after_reference_before`). (fix62) Every trigger from the
    first of the clause on belongs to it ("after gunmen attacked a checkpoint and killed two soldiers"); an act of
    `after_clause_weak_main_subs` (an arrest, a deployment) in the main clause never beats violence of
    `after_clause_violent_types` in the clause: "Police detained a suspect after a bomb exploded at a market, killing
    nine people" reports the bombing; a clause that opens with a noun ("after the attacks") refers to an event told
    elsewhere and never wins."""
    order = sorted(cands, key=lambda c: c[2].start_char)
    cut = next(
        (i for i, c in enumerate(order) if i and _opens_after_clause(stext, s0, order[i - 1][2], c[2], res)), None
    )
    if cut is None:
        return cands
    main, clause = order[:cut], order[cut:]
    weak, violent = res.wordset("after_clause_weak_main_subs"), res.wordset("after_clause_violent_types")
    if (
        all(c[3].sub_event_type in weak for c in main)
        and any(c[3].event_type in violent for c in clause)
        and _finite(clause[0][2].text)  # not "after the attacks": an event told elsewhere
        and not _own_subject_or_time(stext, s0, main[-1][2], clause[0][2], res)
    ):
        log.debug("after clause: violence %s beats %s", [c[2].text for c in clause], [c[2].text for c in main])
        return [c for c in cands if c in clause]
    log.debug("after clause: %s tells the cause of %s", [c[2].text for c in clause], [c[2].text for c in main])
    return [c for c in cands if c in main]


def main_clause_text(stext: str, s0: int, tspan, kind: str, spans, res: Rules) -> str:
    """The sentence without the "after" clause of `_main_clause_text`; (fix72) for a protest or riot also without an
    after / over / following clause telling a body found (`found_dead_cause_clause`: "Residents protested ... after
    two children were found dead in a well"): the death the crowd reacts to is no death of the protest; (fix75) nor
    a death the crowd marks or mourns ("downed shutters to mark the killing of a trader")."""
    text = _main_clause_text(stext, s0, tspan, kind, spans, res)
    if kind == "Arrests":
        return _without(text, "arrested_party_act_clause", res)
    if SUB_EVENT_TO_TYPE.get(kind) not in CROWD_EVENT_TYPES:
        return text
    return _without(text, "found_dead_cause_clause", res)


def _without(text: str, name: str, res: Rules) -> str:
    """`text` without the matches of the pattern list `name`; (fix83) for an arrest `arrested_party_act_clause`: "The
    militants who had killed five villagers ... were arrested": the arrested men's past act is no toll of the arrest."""
    m = res.pattern_search(name, text)
    while m is not None:
        text = text[: m.start()] + text[m.end() :]
        m = res.pattern_search(name, text, m.start())
    return text


def _main_clause_text(stext: str, s0: int, tspan, kind: str, spans, res: Rules) -> str:
    """(fix62) The sentence without the "after" clause that follows the event's trigger: "Residents rioted on Monday after
    soldiers killed two farmers" states no deaths of the riot; the clause ends at "," "." ";" ("after the crew seized
    a truck, leaving three dead" are the main act's deaths). Not when the clause tells an act of the event's own
    sub-event type `kind`: "condemned the attack after gunmen killed 30 villagers" gives the attack's toll."""
    later = sorted((x for x in spans if x.start_char >= tspan.end_char), key=lambda x: x.start_char)
    prev = tspan
    for i, sp in enumerate(later):
        if not _opens_after_clause(stext, s0, prev, sp, res) and _opens_after_clause(stext, s0, tspan, sp, res):
            prev = tspan  # "deployed troops after clashes killed 12 people": a noun trigger opens the clause
        if _opens_after_clause(stext, s0, prev, sp, res):
            if any(res.triggers[x.label_].sub_event_type == kind for x in later[i:]):
                return stext
            m = res.pattern_search("after_clause_before", stext[prev.end_char - s0 : sp.start_char - s0])
            if m is None:
                return stext
            a = prev.end_char - s0 + m.start()
            end = re.compile(r"[,.;]").search(stext, sp.end_char - s0)  # "..., leaving three dead": the main act's
            return stext[:a] + (stext[end.start() :] if end else "")
        prev = sp
    return stext


def _own_subject_or_time(stext: str, s0: int, prev, span, res: Rules) -> bool:
    """(fix67) Whether the "after" clause opened by `span` has a pronoun subject ("after they stormed a village": the
    main act's own people) or a day or time of its own ("after gunmen killed a trader there last week": an earlier
    event): `after_clause_own_subject_time`; then the main act stays the sentence's event."""
    gap = stext[prev.end_char - s0 : span.start_char - s0]
    m = res.pattern_search("after_clause_before", gap)
    if m is None:
        return False
    end = re.compile(r"[,.;]").search(stext, span.end_char - s0)
    text = gap[m.start() :] + stext[span.start_char - s0 : end.start() if end else len(stext)]
    return res.pattern_search("after_clause_own_subject_time", text) is not None


def _opens_after_clause(stext: str, s0: int, prev, span, res: Rules) -> bool:
    """Whether `span` opens an "after" clause that follows the trigger `prev` (see main_before_after_clause); (fix67) not
    when the main clause tells an onset (`after_clause_onset_before`: "broke out", "erupted") anywhere before it."""
    gap = stext[prev.end_char - s0 : span.start_char - s0]
    m = res.pattern_search("after_clause_before", gap)
    if not m or re.search(r"[,.;]", gap[m.start() :]):
        return False
    head = re.split(r"[.;]", stext[: prev.end_char - s0 + m.start()])[-1]
    if res.pattern_search("after_clause_onset_before", head):
        return False  # (fix67) "Fighting erupted in Kora on Monday after soldiers shot dead two herders": the onset
    # not "after a short firefight" (this event's); "after the ambush" is told elsewhere
    return _finite(span.text) or res.pattern_search("after_reference_before", gap) is not None


def _finite(text: str) -> bool:
    return any(VERB_LIKE.search(w) and not w.lower().endswith("ing") for w in text.split())


PLURAL_BEFORE = re.compile(r"\b(?P<noun>[a-z][a-z\-]{2,}s)\s+$", re.I)


def arrests_its_crowd(stext: str, pos: int, last) -> bool:
    """(fix107) The people arrested on "another occasion" are named right before its phrase by a plural noun that the
    sentence of the crowd event just told names too ("Hundreds of teachers protested ...", then "officers had arrested
    12 teachers later that day"): the crowd's own people, that event's intervention; "three of the organisers later
    the same day" stays an arrest of its own."""
    m = PLURAL_BEFORE.search(stext, 0, pos)
    if m is None or last is None or not last.sentence:
        return False
    return re.search(rf"\b{re.escape(m.group('noun'))}\b", last.sentence, re.I) is not None


# (twenty-sixth session) the arrest tests of `merging.restates`, moved here to keep merging.py under 600 lines
def intervening_subs(res) -> frozenset:
    """(fix91) The sub-types of a folded clause that make a peaceful protest one with intervention: arrests, an
    intervention, or force on the crowd (`crowd_force_sequel_sub_types`); not a riot or a crowd's own act told after."""
    return res.built(
        "merging.intervening_subs",
        lambda: frozenset({"Arrests", "Protest with intervention", *res.wordset("crowd_force_sequel_sub_types")}),
    )


def counted_arrest(res, stext: str, rel: int) -> bool:
    """(ev56) An arrest verb at the trigger with a count of people after it (`counted_arrest_own_event_patterns`): an
    event of its own, even after a raid, a dispersal or a riot told before it."""
    rx = res.patterns_re("counted_arrest_own_event_patterns")
    return rx is not None and rx.match(stext, rel) is not None


def other_occasion_arrest(res, stext: str, last=None) -> bool:
    """(ev95) An arrest told after a protest or riot on another occasion (`arrest_other_occasion_patterns`: "Police
    detained three of the organisers later the same day", "were detained overnight at their homes"): an Arrests event
    of its own (convention 7), not the crowd's intervention; (fix104) but not with a cue of the crowd's own occasion
    (`arrest_same_occasion_patterns`, `at_scene_patterns`: "later that afternoon as the march reached parliament",
    "detained eight of them"), nor (fix107) of the crowd's own people (`arrests_its_crowd`: "12 teachers later").
    (ev107) A place of its own (`arrest_elsewhere_patterns`: "at their homes", "in raids on their homes") makes it one
    whatever the other cues, unless it was made at the scene; a later time ("the following morning", "days later") is
    read by `arrest_other_occasion_patterns` (fix120: the docstring said the place list held times too)."""
    at_scene = res.pattern_search("at_scene_patterns", stext)
    if res.pattern_search("arrest_elsewhere_patterns", stext) is not None and at_scene is None:
        return True  # (ev107) "were detained at their homes the following morning": elsewhere or later, whoever
    m = res.pattern_search("arrest_other_occasion_patterns", stext)
    same = res.pattern_search("arrest_same_occasion_patterns", stext) or at_scene
    return m is not None and not same and not arrests_its_crowd(stext, m.start(), last)


def press_arrest(res, stext: str, rel: int) -> bool:
    """(ev95) An arrest whose object, right after the verb, is the press (`arrest_press_object_patterns`: "Police
    detained a photojournalist who was covering the gathering", "arrested two reporters"): not a participant of the
    protest told before (convention 7 folds only the crowd's own people), an Arrests event of its own."""
    c1 = clause_bounds(stext, rel)[1]
    if res.pattern_search("arrest_press_object_patterns", stext[rel:c1]) is None:
        return False
    # (fix104) "detained a reporter and 14 teachers at the scene": the crowd's people too, the protest's intervention
    more = re.search(r"\band\s+((?:[\w\-,]+\s+){0,3}[\w\-]+)", stext[rel:c1])
    return not (
        (more and res.pattern_search("crowd_subject_before", more.group(1)))
        or res.pattern_search("at_scene_patterns", stext[rel:c1])
    )
