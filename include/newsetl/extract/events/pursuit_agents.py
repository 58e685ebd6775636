"""(ev49) A state force the sentence names as the pursuer of the act's authors is no party to that act: "Police are
pursuing an armed gang who held up a bus", "Police are searching for unknown suspects who opened fire on a taxi".
The act inside the relative clause is by the pursued, an unidentified armed group of the force's country."""

from __future__ import annotations

from .model import ARMED_VIOLENCE_TYPES, STATE_TYPES, Event, trigger_at, with_country


def pursued_agents(events: list[Event], res) -> None:
    """An armed act whose actor1 is a state force and whose trigger lies inside the relative clause of a pursuit of
    its authors (`pursuer_relative_patterns`: "are pursuing <people> who") takes an unidentified armed group as
    actor1 (the people the force pursues); actor2 is kept."""
    pat, uag = res.patterns_re("pursuer_relative_patterns"), res.actors.get("Unidentified Armed Group ({country})")
    if pat is None or uag is None:
        return
    for ev in events:
        a1 = ev.actor1
        if ev.event_type not in ARMED_VIOLENCE_TYPES or a1 is None or a1.actor_type not in STATE_TYPES:
            continue
        at = trigger_at(ev)
        m = pat.search(ev.sentence, 0, at) if at > 0 else None
        if m is not None and ";" not in ev.sentence[m.end() : at]:
            ev.actor1 = with_country(uag, a1.country, res)
