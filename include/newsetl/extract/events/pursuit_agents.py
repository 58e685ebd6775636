"""The sides of a pursuit, as the one owner of that job (run once over the article's events after claims, linear in
their number): the pursued attackers are the group that attacked before (ev44, formerly
`story_roles.pursued_attackers`), and the act of a relative clause after a pursuit is the pursued's, not the
pursuer's (ev49).

(ev49) A state force the sentence names as the pursuer of the act's authors is no party to that act: "Police are
pursuing an armed gang who held up a bus", "Police are searching for unknown suspects who opened fire on a taxi".
The act inside the relative clause is by the pursued, an unidentified armed group of the force's country. (fix54) A force
whose own pursuit is a relative clause ("Police who were pursuing robbers who had held up a bus opened fire on the
bus") acts in the main clause after it: only the relative clause's first verb is the pursued's; a report ("said") or
a victim among the pursued ("... and shot dead one of them") leaves the act to the force."""

from __future__ import annotations

import re

from .model import ARMED_VIOLENCE_TYPES, NONSTATE_TYPES, STATE_TYPES, Event, trigger_at, with_country


def pursuit_sides(events: list[Event], res) -> None:
    """The pursued attackers' side first (`pursued_attackers`), then the acts of the pursued (`pursued_agents`): two
    passes, as the second replaces state forces the first reads past."""
    pursuing_force(events, res)
    pursued_attackers(events, res)
    pursued_agents(events, res)


def pursuing_force(events: list[Event], res) -> None:
    """(ev59) "officers pursued the raiders into the Mau forest and exchanged fire with them", "officers of the Rapid
    Deployment Unit pursuing the raiders exchanged fire with them": a battle whose only side is an unidentified group
    (actor1, no actor2) and whose sentence names the pursuit of the attackers (`pursuit_anaphora_patterns`) is fought
    by the force the pursuers are (`pursuer_forces`: [force, pattern of the words just before the pursuit]) against
    that group."""
    pat = res.patterns_re("pursuit_anaphora_patterns")
    forces = res.built(
        "pursuit_agents.pursuer_forces",
        lambda: [(name, re.compile(p, re.I)) for name, p in res.words["pursuer_forces"]],
    )
    for ev in events:
        a1 = ev.actor1
        if ev.event_type != "Battles" or ev.actor2 is not None or a1 is None or not a1.name.startswith("Unidentified"):
            continue
        m = pat.search(ev.sentence) if pat is not None else None
        name = next((n for n, p in forces if p.search(ev.sentence[: m.start()])), None) if m is not None else None
        force = res.actors.get(name or "")
        if force is not None:
            ev.actor1, ev.actor2 = with_country(force, a1.country, res), a1


def pursued_attackers(events: list[Event], res) -> None:
    """(ev44) "Soldiers pursued the attackers the same day and killed three of them": a battle whose target is nobody
    or an unnamed armed group, with the pursuit of the attackers (`pursuit_anaphora_patterns`), is fought against the
    named non-state group that attacked in the story's latest earlier event, within two paragraphs; so is a battle
    against "the same structure" (ev59: `same_group_anaphora_patterns`, "troops fought the same structure in X")."""
    pat, same = res.patterns_re("pursuit_anaphora_patterns"), res.patterns_re("same_group_anaphora_patterns")
    if pat is None:
        return
    for i, ev in enumerate(events):
        if ev.event_type != "Battles" or not (pat.search(ev.sentence) or same is not None and same.search(ev.sentence)):
            continue
        if ev.actor2 is not None and not ev.actor2.name.startswith("Unidentified"):
            continue
        for prev in reversed(events[:i]):
            a = prev.actor1
            if prev.paragraph < ev.paragraph - 2:
                break
            if a is not None and not a.generic and a.actor_type in NONSTATE_TYPES and a != ev.actor1:
                if not a.name.startswith("Unidentified"):
                    ev.actor2 = a
                break


def pursued_agents(events: list[Event], res) -> None:
    """An armed act whose actor1 is a state force and whose trigger lies inside the relative clause of a pursuit of
    its authors (`pursuer_relative_patterns`: "are pursuing <people> who") takes an unidentified armed group as
    actor1 (the people the force pursues); actor2 is kept. Not when a report or a clause stop comes between
    (`pursuer_relative_stop_patterns`), the act's victims are the pursued (`pursued_victim_after`), or the pursuit
    is itself a relative clause (`pursuer_in_relative_before`: "Police who were pursuing ...") and the trigger is not
    the inner clause's first verb (only auxiliaries, adverbs and times before it: `pursuer_relative_gap_patterns`)."""
    pat, gap = res.patterns_re("pursuer_relative_patterns"), res.patterns_re("pursuer_relative_gap_patterns")
    uag = res.actors.get("Unidentified Armed Group ({country})")
    if pat is None or gap is None or uag is None:
        return
    for ev in events:
        a1 = ev.actor1
        if ev.event_type not in ARMED_VIOLENCE_TYPES or a1 is None or a1.actor_type not in STATE_TYPES:
            continue
        at, s = trigger_at(ev), ev.sentence
        m = pat.search(s, 0, at) if at > 0 else None
        if m is None or res.pattern_search("pursuer_relative_stop_patterns", s, m.end(), at):
            continue
        if res.pattern_search("pursued_victim_after", s[at + len(ev.trigger) :]):
            continue
        if res.pattern_search("pursuer_in_relative_before", s[: m.start()]) and not gap.fullmatch(s, m.end(), at):
            continue
        ev.actor1 = with_country(uag, a1.country, res)
