"""(ev116) Which trigger types the row: a weapon that was found, seized or carried, a trigger inside a cause or
purpose phrase, and a fight told as the frame of the act that sparked it yield to the clause's own act; what an act
means to end or prevent is no event."""

from __future__ import annotations

import logging

from ..rules import Rules
from .crowd_retype import crowd_named
from .model import TERRITORY_SUBS, with_sub
from .text import past_verb_text

log = logging.getLogger(__name__)


def _before(stext: str, s0: int, span, res: Rules) -> str:
    """The text before a trigger, as far back as `trigger_windows` `held_weapon_before` reads."""
    rel = span.start_char - s0
    return stext[max(0, rel - res.window("held_weapon_before")) : rel]


def held_weapon_yields(stext: str, s0: int, cands: list, res: Rules) -> list:
    """A weapon noun trigger (`held_weapon_trigger_ids`: "grenades", "rocket-propelled grenades", "assault rifles")
    that is the object of a seizure, possession or carrying (`held_weapon_before_patterns`: "found a cache of rifles
    and ...", "arrested three men who were carrying rifles and ...", "caught with two ..."; not across a passive
    "was attacked", "by" or "killed": "a bus carrying passengers was attacked with grenades") names what was held, not
    how anyone fought: the clause's other trigger types the row ("arrested"); with none, a seizure
    (`seized_weapon_before_patterns`: "found", "seized", "a cache of") makes it a disrupted weapons use. (fix129) A
    carried weapon whose carrier acts next ("two men carrying a grenade hurled it into a bar", "rebels carrying
    rocket-propelled grenades fired on a convoy") is the means of that act and keeps its type."""
    ids = res.wordset("held_weapon_trigger_ids")
    held = [
        c
        for c in cands
        if c[3].id in ids
        and res.pattern_search("held_weapon_before_patterns", _before(stext, s0, c[2], res))
        and not _carrier_acts(stext, s0, c, cands, res)
    ]
    if not held:
        return cands
    rest = [c for c in cands if c not in held]
    if rest:
        log.debug("held weapon: %s", [c[2].text for c in held])
        return rest
    out = []
    for c in cands:
        if res.pattern_search("seized_weapon_before_patterns", _before(stext, s0, c[2], res)):
            c = (*c[:3], with_sub(c[3], "Strategic developments", "Disrupted weapons use", res))
        out.append(c)
    return out


def _carrier_acts(stext: str, s0: int, cand, cands: list, res: Rules) -> bool:
    """(fix129) The weapon is carried (no seizure lead) and the clause's next trigger after it follows in the active
    voice (no `auxiliary_verbs` word between: "was", "were", "been"): the carrier uses it ("carrying a grenade detonated it"); "two men carrying grenades were arrested" yields."""
    if res.pattern_search("seized_weapon_before_patterns", _before(stext, s0, cand[2], res)):
        return False
    later = [c for c in cands if c[2].start_char >= cand[2].end_char and c[3].id != cand[3].id]
    if not later:
        return False
    nxt = min(later, key=lambda c: c[2].start_char)
    between = stext[cand[2].end_char - s0 : nxt[2].start_char - s0]
    aux = res.words_re("auxiliary_verbs")
    assert aux is not None  # a key of wordlists.json
    return not any(ch in between for ch in ".;") and aux.search(between) is None


def cause_phrase_yields(stext: str, s0: int, cands: list, res: Rules) -> list:
    """A trigger inside a cause or purpose phrase (`cause_phrase_before_patterns`: "a crowd angered by the death of a
    young man in police custody", "marched ... in support of the people arrested at the camp", "furious over the
    arrest of") tells why the clause's act happened: the clause's other trigger, outside such a phrase, types the row."""
    inside = [_in_cause(stext, s0, c, cands, res) for c in cands]
    kept = [c for c, m in zip(cands, inside) if not m]
    if kept and len(kept) < len(cands):
        log.debug("cause phrase: %s", [c[2].text for c, m in zip(cands, inside) if m])
        riot = [c for c in kept if c[3].event_type == "Riots"]
        if riot and res.pattern_search("aggrieved_subject_patterns", stext):
            # "Youths angered by the killings set fire to the council office and looted food stores": an aggrieved
            # group's violence is a riot (convention 3), its burning outranks the looting
            return riot + [c for c in kept if c not in riot]
        return kept
    return cands


def _in_cause(stext: str, s0: int, cand, cands: list, res: Rules) -> bool:
    """The trigger is the first one after a cause or purpose lead: a trigger after another one ("angered by the death
    of a young man in police custody set fire to ...": "set fire" after "custody") is the act the phrase explains."""
    before = _before(stext, s0, cand[2], res)
    m = res.pattern_search("cause_phrase_before_patterns", before)
    if m is None:
        return False
    if past_verb_text(cand[2].text) and res.pattern_search("aggrieved_subject_patterns", m.group()):
        return False  # "Young men angered by the murders torched the office": the verb after the cause is the act
    lead = cand[2].start_char - len(before) + m.start()
    return not any(lead <= c[2].start_char < cand[2].start_char for c in cands if c is not cand)


def prevented_purpose(stext: str, rel: int, end: int, res: Rules) -> bool:
    """(ev116) A trigger named as what an act means to end or prevent (`prevention_purpose_before_patterns`: "signed a
    pledge to end revenge attacks", "deployed troops to prevent further clashes"; window `trigger_windows`
    `prevention_before`) reports no event of its own. (fix129) Only a noun phrase is the prevented thing: the pattern
    stops at "and" / "then" ("forced the bus to stop and abducted 15 passengers"), and a trigger that takes an object
    after a subject of its own (`active_kill_object_starts`: "intervened to stop a mob lynching a suspected thief") is
    an act under way, which keeps its row."""
    m = res.pattern_search(
        "prevention_purpose_before_patterns", stext[max(0, rel - res.window("prevention_before")) : rel]
    )
    if m is None:
        return False
    gap = m.groupdict().get("gap") or ""
    starts = res.words_re("active_kill_object_starts")
    assert starts is not None  # a key of wordlists.json
    return not (gap.strip() and starts.match(stext[end:].lstrip()))


def sparked_frame_yields(stext: str, s0: int, cands: list, res: Rules) -> list:
    """(ev116) "The fighting was sparked by the killing of a man by tribesmen at the market": a fight told as the
    frame whose cause follows (`sparked_by_between_patterns` between the two triggers) yields to the act that
    sparked it, which is the event the sentence reports."""
    out = list(cands)
    for c in cands:
        after = [d for d in cands if d[2].start_char >= c[2].end_char and d[3].event_type != c[3].event_type]
        if not after:
            continue
        nxt = min(after, key=lambda d: d[2].start_char)
        between = stext[c[2].end_char - s0 : nxt[2].start_char - s0]
        if not _fight_sparked_by_act(c, nxt, res):
            continue
        if res.pattern_search("sparked_by_between_patterns", between) and c in out and len(out) > 1:
            out.remove(c)
    return out


def _fight_sparked_by_act(fight, cause, res: Rules) -> bool:
    """(fix129) Only a fight (a `Battles` trigger or a `crowd_fight_trigger_ids` one) yields, and only to a violent
    act (`violent_act_event_types`): "The riots were triggered by the arrest of the opposition leader" stays the riot."""
    is_fight = fight[3].event_type == "Battles" or fight[3].id in res.wordset("crowd_fight_trigger_ids")
    return is_fight and cause[3].event_type in res.wordset("violent_act_event_types")


def entry_after_withdrawal(stext: str, s0: int, cands: list, res: Rules) -> list:
    """(ev116) "The fighters walked into the airstrip on Saturday after the police officers pulled out": a group that
    enters a place (`entry_verb_patterns`) once the force holding it left (`withdrawn_force_before_patterns` right
    before a withdrawal trigger of `withdrawal_trigger_ids`) took it without a fight: the entry, not the departure, is
    the event, a non-violent transfer of territory (`nonviolent_entry_trigger`)."""
    ids = res.wordset("withdrawal_trigger_ids")
    if crowd_named(stext, res):
        return cands  # "protesters marched into the square after police withdrew": a protest's matter
    if any(
        c[3].event_type in res.wordset("violent_act_event_types") and c[3].sub_event_type not in TERRITORY_SUBS
        for c in cands
    ):
        return cands  # (fix129) "marched into the town after troops pulled out, and clashed with militiamen": a fight
    for c in cands:
        if c[3].id not in ids:
            continue
        before = stext[: c[2].start_char - s0]
        left = res.pattern_search("withdrawn_force_before_patterns", before)
        if left is None:
            continue
        entry = None
        for m in res.patterns_rx("entry_verb_patterns").finditer(before, 0, left.start()):
            entry = m
        if entry is None or any(ch in before[entry.end() : left.start()] for ch in ".;"):
            continue
        span = c[2].doc.char_span(s0 + entry.start("verb"), s0 + entry.end("verb"), alignment_mode="expand")
        trig = res.triggers.get(res.words["nonviolent_entry_trigger"][0])
        if span is None or trig is None:
            continue
        log.debug("entry after withdrawal: %s", span.text)
        return [(trig.priority + 0.5, -abs(span.start_char - s0), span, trig)] + [d for d in cands if d is not c]
    return cands
