"""One-sided violence from the sides a sentence names (ev102, issue 10): a battle needs two armed sides that both act.
An Armed clash whose sentence names at most one armed side (a force or local defenders, `one_sided_state_side_nouns`;
irregular armed men, `one_sided_irregular_side_nouns`), no act of a second side (`one_sided_second_side_patterns`:
"returned fire", "fought back", "exchanged fire", "a shootout with"), an act of force (`one_sided_act_patterns`:
"opened fire on", "stormed", "ambushed", "were attacked") and unarmed people or their property among its words
(`one_sided_civilian_people_nouns`; or `one_sided_civilian_property_nouns` when no force is named; a force named
with a battle word, `one_sided_battle_nouns`, needs no less than people hit and no battle word) is violence against civilians, whatever battle word ("a gunfight broke out", "in fighting
that lasted an hour") its trigger is. Speakers (`one_sided_speaker_patterns`: "police said", "according to the army")
name no side; a side word after `one_sided_former_modifiers` ("a former rebel commander") is a civilian. Every
vocabulary is a list of wordlists.json (documented in data/README.md)."""

from __future__ import annotations

import re

from ..rules import Rules
from .crowd_retype import crowd_named
from .filled import filled_re, filled_search
from .model import STATE_TYPES
from .own_clause import own_text

WORD = re.compile(r"[a-z][a-z\-]*")


def _crowd_actor(a1, res: Rules) -> bool:
    """The sides that type a crowd's fight (ev100's line: Mob violence) or a civilians' act are not read here
    (`one_sided_crowd_actor_types`, fix115: data)."""
    return a1 is not None and a1.actor_type in res.wordset("one_sided_crowd_actor_types")


def _without_speakers(stext: str, res: Rules) -> str:
    """The sentence with its speakers' clauses blanked ("..., police said", "According to the army, ..."); (fix118) the
    verbs are `speaker_clause_verbs` (`{speaker_clause_verbs}`), the one list the speaker clauses read."""
    rx = filled_re(res, "one_sided_speaker_patterns")
    return stext if rx is None else rx.sub(" ", stext)


def armed_sides(text: str, res: Rules) -> set[str]:
    """The armed sides the words of `text` name ("state": a force or local defenders; "irregular": armed men), a side
    word right after a former-modifier ("former rebel", "ex-soldier") not counting."""
    former = res.wordset("one_sided_former_modifiers")
    found = set()
    for side, key in (("state", "one_sided_state_side_nouns"), ("irregular", "one_sided_irregular_side_nouns")):
        rx = res.words_re(key)
        for m in rx.finditer(text) if rx is not None else ():
            before = WORD.findall(text[max(0, m.start() - 20) : m.start()].lower())
            if not (before and before[-1].rstrip("-") in former):  # "former rebel", "ex-soldier"
                found.add(side)
                break
    return found


def _speaker_force(a2, sides: set[str]) -> bool:
    """A state force read as actor2 that the sentence names only in a speaker's clause ("..., in what police called a
    targeted attack", "police said"): no side of the act."""
    return a2.actor_type == "State forces" and "state" not in sides


def unopposed_civilian_harm(ev, a1, a2, stext: str, rel: int, res: Rules, following: str = "") -> bool:
    """An Armed clash of one armed side on unarmed people or their property (the module's rule): no armed target
    (actor2 none or civilians), no crowd as actor1 or in the sentence, at most one armed side named outside the
    speakers' clauses and not as the act's target (`one_sided_armed_target_patterns`: "officers came under fire",
    "ambushed a patrol"), no act of a second side in the sentence or the next one (unless it opens another scene:
    `scene_change_openers`), an act of force, and a civilian noun, all read in the event's own part of the sentence
    (`own_clause`, its "background" cut: "Fighting raged near X, a day after two farmers were killed in an ambush" is
    the fighting)."""
    if ev.sub_event_type != "Armed clash":
        return False
    if _crowd_actor(a1, res):
        return False
    text = _without_speakers(own_text(stext, rel, rel + len(ev.trigger), res, "background"), res)
    sides = armed_sides(text, res)
    if a2 is not None and a2.actor_type != "Civilians" and a1 is not None and not _speaker_force(a2, sides):
        return False  # (an armed side read as actor2 with no actor1: "a gunfight broke out when masked men shot at")
    if crowd_named(text, res) or res.pattern_search("one_sided_crowd_subject_patterns", text):
        return False
    if res.pattern_search("scene_change_openers", following) is not None:
        following = ""
    if any(filled_search(res, "one_sided_second_side_patterns", t) for t in (text, following)):
        return False
    if len(sides) > 1 or res.pattern_search("one_sided_act_patterns", text) is None:
        return False
    if filled_search(res, "one_sided_armed_target_patterns", text) is not None:
        return False  # "officers came under fire", "ambushed a police patrol": the one side named is the target
    words = set(WORD.findall(text.lower()))
    if words & res.wordset("one_sided_civilian_people_nouns"):
        # a force's fire with a battle word ("a shootout during a police raid") is the force's fight with suspects
        return "state" not in sides or res.pattern_search("one_sided_battle_nouns", text) is None
    return "state" not in sides and bool(words & res.wordset("one_sided_civilian_property_nouns"))


def sequel_clash_yields(stext: str, s0: int, cands: list, res: Rules) -> list:
    """(fix118) The clash a force joins only once it has arrived ("Gunmen opened fire on mourners ... before police
    arrived and engaged them", `one_sided_sequel_clause_patterns`) is a sequel of the attack told before it: a trigger of
    `one_sided_sequel_yield_subs` (an armed clash) after the sequel's opening yields to an act of violence against
    civilians before it (a trigger of that type, or unarmed people as the object of the fire or killing:
    `one_sided_civilian_object_patterns`). `cands`: (score, priority, span, trigger) of a clause; `s0`: the sentence's offset."""
    first = min((c[2].start_char - s0 for c in cands), default=0)
    m = filled_search(res, "one_sided_sequel_clause_patterns", stext, first)
    if m is None:
        return cands
    yields = res.wordset("one_sided_sequel_yield_subs")
    main = [c for c in cands if c[2].start_char - s0 < m.start()]
    if not main or not (
        any(c[3].event_type == "Violence against civilians" for c in main)
        or filled_search(res, "one_sided_civilian_object_patterns", stext[: m.start()]) is not None
    ):
        return cands
    return [c for c in cands if c in main or c[3].sub_event_type not in yields]


def two_armed_sides_fight(ev, a1, stext: str, rel: int, res: Rules) -> bool:
    """(ev102) The reverse: an Attack whose own part of the sentence (`own_clause`, fix115) names two armed sides
    (`armed_sides`), or rival armed men (`one_sided_rival_patterns`: "rival gangs"), and an act of the second side
    (`one_sided_second_side_patterns`: "engaged gunmen who had raided the village", "were driven off by militiamen")
    is a battle (its Civilians actor2 dropped, type_kinds, fix115); no crowd's fight, and not when unarmed people are the
    object of the killing (`one_sided_civilian_object_patterns`: "killed 102 civilians", fix115 "killed 12 people"; fix118
    the firing's "opened fire on worshippers", a civilian place stormed "..., killing three"); a second side's act after
    a sequel ("before soldiers arrived": a sequel pattern ends the "background" cut of `own_clause`, fix118) or after a
    sequel's semicolon ("; soldiers later clashed with them", fix119) is not read."""
    if ev.sub_event_type != "Attack" or _crowd_actor(a1, res):
        return False
    text = _without_speakers(own_text(stext, rel, rel + len(ev.trigger), res, "background"), res)
    if crowd_named(text, res) or filled_search(res, "one_sided_second_side_patterns", text) is None:
        return False
    if filled_search(res, "one_sided_civilian_object_patterns", text) is not None:
        return False  # "fighters killed 102 civilians ... in reprisals against ... militias": the civilians' attack
    return len(armed_sides(text, res)) > 1 or filled_search(res, "one_sided_rival_patterns", text) is not None


def unarmed_firing(label: str, stext: str, res: Rules) -> bool:
    """(fix115) An outlet's firing phrase (`one_sided_gated_firing_triggers`: "fired shots at", "riddled with
    bullets") in a sentence that names no armed side, casualty or weapon (`one_sided_firing_harm_patterns`): a
    figure of speech ("the rapper fired shots at his critics", "the budget was riddled with bullets from critics")."""
    if label not in res.wordset("one_sided_gated_firing_triggers"):
        return False
    text = _without_speakers(stext, res)
    return not armed_sides(text, res) and res.pattern_search("one_sided_firing_harm_patterns", text) is None


def state_taker(a1, stext: str, rel: int, res: Rules) -> bool:
    """(fix106, fix115) The agent of a frame read only for a state force (`state_agent_only_triggers`): a state actor,
    or, with none read, a force's words just before the trigger (`picked_up_state_before`: "officers of the state
    security service took a blogger ... for questioning")."""
    if a1 is not None:
        return a1.actor_type in STATE_TYPES
    return (
        res.pattern_search("picked_up_state_before", stext[max(0, rel - res.window("requires_before")) : rel])
        is not None
    )
