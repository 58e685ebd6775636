"""Claims of responsibility, blame and accusations that name the agent of an earlier event; opponents carried over."""

from __future__ import annotations

import re

from ...regex_guard import guarded
from ..rules import Rules
from .model import ARMED_TYPES, NONSTATE_TYPES, place_key, remap_actor, with_country

CLAIM_RE = guarded(
    re.compile(
        r"\b(?:claimed|claims|has\s+claimed|have\s+claimed|later\s+claimed)\s+(?:responsibility|credit)\b|\b(?:claimed|claims)\s+(?:the|this|that|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+(?:[\w\-]+\s+){0,2}?(?:attack|bombing|blast|assault|ambush|killing|killings|raid)\b|\bsaid\s+it\s+was\s+behind\b",
        re.I,
    )
)


BLAME_RE = re.compile(
    r"\b(?:blamed|blames|attributed)\s+(?:the|this|that|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:attack|ambush|bombing|blast|assault|killing|killings|raid|massacre|explosion)s?\s+(?:on|to)\s+(?:the\s+)?",
    re.I,
)


NEG_CLAIM = re.compile(r"\b(?:no|not|never|nobody|none|neither|denied|deny|denies|yet\s+to)\b", re.I)


ACCUSE_RE = guarded(
    re.compile(
        r"\b(?:accused|accuses|accusing|blamed|blames|blaming)\s+(?P<who>[^.;:]{2,70}?)\s+(?:of|for)\s+(?:[\w\-]+ing|the\s+(?:attack|strike|blast|bombing|killings?|massacre))\b|"
        r"\b(?:blamed|blames|accusing|accused|accuses)\s+(?!of\b|by\b)(?P<who2>(?:the\s+)?[^,.;:]{2,70}?)\s*(?:[,;.]|$)",
        re.I,
    )
)


CLAIM_SAID_RE = re.compile(
    r"\bsaid\s+(?:(?:in|on|via|through)\s+(?:a|an|its|the)\s+(?:[\w\-]+\s+){0,2}?(?:statement|video|post|message|communiqu[eé])\s+)?(?:that\s+)?(?:it|its\s+fighters|its\s+members|they)\s+(?:had\s+)?(?:planted|carried\s+out|conducted|launched|"
    r"detonated|staged|was\s+behind|were\s+behind|set\s+off)\b",
    re.I,
)


def apply_claim(
    stext: str,
    s0: int,
    s1: int,
    actors,
    events: list,
    para: int,
    overrides: dict,
    res: Rules,
    main_iso3,
    gaz,
):
    """ "ISKP claimed responsibility for the attack", "JNIM later said it had planted the device", "accused government warplanes
    of dropping the toxic agent": the claimant (or the accused) becomes the agent of the latest event of the same or the
    previous paragraph whose agent is unidentified (or only an affiliation: "al-Qaeda-linked gunmen"); the event is then hedged.
    Returns (claimant, event) or None."""
    m, blame, accuse, pos, reviewed = _claim_match(stext, res)
    found = m or blame or accuse
    if found is None or not events or NEG_CLAIM.search(stext[pos : found.start()]):
        return None
    if (
        accuse is not None
        and accuse.group("who2") is not None
        and re.search(
            r"\bden(?:y|ies|ied)\s+(?:any\s+)?(?:involvement|responsibility|the\s+(?:accusation|charge|claim))",
            stext[accuse.end("who2") :],
            re.I,
        )
    ):
        return None  # "Authorities blamed the OLA, which denied any involvement": the perpetrator stays unidentified
    if m is not None:
        lo, hi = s0 + pos, s0 + m.start()  # the claimant is in the claim's own clause
    elif blame is not None:
        lo, hi = s0 + blame.end(), s0 + blame.end() + 60
    else:
        assert accuse is not None  # found is one of the three
        g = "who" if accuse.group("who") is not None else "who2"
        lo, hi = s0 + accuse.start(g), s0 + accuse.end(g)
    claimant = None
    for a in actors:
        if lo <= a.start_char < hi:
            actor = overrides.get(a.start_char) or res.actors.get(a.ent_id_)
            if actor is None or actor.actor_type in ("Civilians", "Protesters", "Rioters"):
                continue
            if actor.generic and not (accuse is not None and actor.actor_type == "State forces"):
                continue  # an accused generic state force ("government warplanes") is the article's state
            if (
                blame is not None
                or accuse is not None
                or not re.search(
                    r"\b(?:by|of|with)\s+(?:[\w\-’']+\s+){0,3}$",
                    stext[max(0, a.start_char - s0 - 30) : a.start_char - s0],
                )
            ):
                claimant = actor
                break
    if claimant is None and accuse is not None:
        claimant = _accused_country(stext[lo - s0 : hi - s0], res)
    if claimant is None:
        return None
    for ev in reversed(events):
        if para - max(ev.paragraph, ev.extras.get("seen", ev.paragraph)) > 1:
            # (an event the story went on about, "The attack took place in X", stays open a paragraph longer)
            if para - ev.paragraph > 3:
                break
            continue
        if m is not None and m is reviewed and ev.event_type != "Explosions/Remote violence":
            continue
        if (
            ev.event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians")
            or ev.sub_event_type == "Looting/property destruction"
        ) and (ev.actor1 is None or ev.actor1.name.startswith("Unidentified") or ev.extras.get("linked_agent")):
            if not _take_agent(ev, claimant, gaz, main_iso3, res):
                return None  # (fix117) the blamed side is the event's target already: never actor1 == actor2
            ev.extras.pop("linked_agent", None)
            ev.hedged = True
            return ev.actor1, ev
    return None


def _take_agent(ev, claimant, gaz, main_iso3, res: Rules) -> bool:
    """(fix117) Make the claimant (in the event's country) the agent of `ev`, unless it is the event's target already
    ("Rebels shelled ..., and M23 blamed the army": the army stays no side twice). Whether it was taken."""
    iso3 = gaz.iso3(ev.place.country) if ev.place is not None else main_iso3
    agent = with_country(remap_actor(claimant, iso3, res), iso3, res)
    if ev.actor2 is not None and agent.name == ev.actor2.name:
        return False
    ev.actor1 = agent
    return True


def apply_identification(stext: str, s0: int, actors, events: list, para: int, overrides: dict, res: Rules):
    """ "The slain terrorists belonged to the Lashkar-e-Taiba (LeT), police added": a named non-state group the
    sentence identifies (`identification_phrases`) is the unidentified armed side, attacker or target, of the latest
    event of the same or the previous paragraph. Returns (group, event) or None."""
    phrases = res.words_re("identification_phrases")
    if phrases is None or not events:
        return None
    hit = phrases.search(stext)
    if hit is None or NEG_CLAIM.search(stext[: hit.start()]):
        return None
    group = None
    for a in actors:
        actor = overrides.get(a.start_char) or res.actors.get(a.ent_id_)
        if a.start_char - s0 >= hit.end() and actor is not None and not actor.generic:
            group = actor if actor.actor_type in NONSTATE_TYPES else None
            break
    if group is None:
        return None
    ev = events[-1]
    if para - ev.paragraph > 1:
        return None
    for role in ("actor1", "actor2"):
        a = getattr(ev, role)
        if a is not None and a.name.startswith("Unidentified Armed Group"):
            setattr(ev, role, group)
            return group, ev
    if ev.start_char == s0 and ev.actor2 is not None and ev.actor2.actor_type == "Civilians" and ev.actor1 != group:
        # "a drone strike killed two men, whom the army described as members of the Jenin Brigade": the dead of the
        # sentence's own event were the group's, not civilians
        ev.actor2, ev.civilian_targeting = group, False
        return group, ev
    return None


def _claim_match(stext: str, res: Rules):
    """(claim, blame, accusation, start of the search, review) matches of a sentence; a denied claim ("Neither side
    claimed the attack, but local officials accused the RSF") leaves the accusation after it."""
    review = res.patterns_re("review_claim_patterns")  # "The coalition said it would review the incident": a strike
    reviewed = review.search(stext) if review is not None else None
    m = CLAIM_RE.search(stext) or _claimed_object_re(res).search(stext) or CLAIM_SAID_RE.search(stext) or reviewed
    pos = 0
    if m is not None:
        pos = _clause_start(
            stext, m.start(), res
        )  # (ev118) "X denied any role, while Y claimed the bombing": Y's clause
        if NEG_CLAIM.search(stext[pos : m.start()]):
            pos, m = m.end(), None
    if m is not None:
        # (fix133) "X claims these attacks, but no group claimed Monday's": the later negation wins
        later = res.patterns_re("claim_negated_later")
        neg = later.search(stext, m.end()) if later is not None else None
        if neg is not None:
            pos, m = neg.end(), None
    blame = None if m is not None else BLAME_RE.search(stext, pos)
    accuse = None if m is not None or blame is not None else ACCUSE_RE.search(stext, pos)
    return m, blame, accuse, pos, reviewed


def _claimed_object_re(res: Rules) -> re.Pattern:
    """(ev118) "Hezbollah claimed the strike", "claims Monday's shelling": a claim of an event named by one of
    `claimed_event_nouns` (compiled once per Rules)."""

    def make() -> re.Pattern:
        nouns = "|".join(
            r"\s+".join(map(re.escape, w.split()))
            for w in sorted(res.words["claimed_event_nouns"], key=len, reverse=True)
        )
        days = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
        verb = res.words["claimed_object_verb_after"]  # (fix133) "claimed the explosion was ...": a that-clause
        return re.compile(
            rf"\b(?:claimed|claims|has\s+claimed|have\s+claimed)\s+(?:the|this|that|these|those|(?:{days})[’']s)\s+"
            rf"(?:[\w\-]+\s+){{0,2}}?(?:{nouns})\b(?!{verb})",
            re.I,
        )

    return res.built("claims.claimed_object", make)


def _clause_start(stext: str, end: int, res: Rules) -> int:
    """(ev118) Where the clause of a claim ending at `end` starts: after the last `claim_clause_breaks` match before
    it (a denial or a name of another clause is not the claim's); a break followed by no subject of its own (an -ing
    or -ed word, an adjective: `claim_clause_no_subject`, case-sensitive) opens an aside, no clause."""
    start = 0
    no_subject = res.built("claims.no_subject", lambda: re.compile(res.words["claim_clause_no_subject"]))
    breaks = res.patterns_re("claim_clause_breaks")
    assert breaks is not None  # a key of wordlists.json
    for m in breaks.finditer(stext, 0, end):
        if not no_subject.match(stext, m.end()):  # (fix133) "X, though weakened by ..., claimed": an aside, X's clause
            start = m.end()
    return start


def _accused_country(who: str, res: Rules):
    """ "the local administration blamed Turkey": a state accused by name is accused for its forces."""
    name = re.sub(r"^the\s+", "", who.strip(), flags=re.I)
    for cname in res.country_names.values():
        if name.lower() in (cname.lower(), re.sub(r"^the\s+", "", cname, flags=re.I).lower()):
            return res.actors.get(f"Military Forces of {cname}")
    return None


def carry_opponent(events: list) -> None:
    """ "Turkish artillery shelled villages around Tal Tamr. A Turkish drone strike killed four SDF fighters": an attack of the
    same agent in the same paragraph with no target of its own is aimed at the opponent named there."""
    by_para: dict[int, list] = {}
    for ev in events:
        by_para.setdefault(ev.paragraph, []).append(ev)
    for ev in events:
        if ev.actor1 is None or ev.actor2 is not None or ev.event_type not in ("Battles", "Explosions/Remote violence"):
            continue
        if ev.actor1.name.startswith("Unidentified"):
            continue
        foes = {
            o.actor2.name: o.actor2
            for o in by_para[ev.paragraph]
            if o is not ev
            and o.paragraph == ev.paragraph
            and o.actor1 is not None
            and o.actor1.name == ev.actor1.name
            and o.actor2 is not None
            and o.actor2.actor_type in ARMED_TYPES
        }
        if len(foes) == 1:
            ev.actor2 = next(iter(foes.values()))


def spread_claims(claims: list, events: list) -> None:
    """The claimed attackers are also the unidentified gunmen of the rest of that story (the siege that followed the bombing,
    "killing three attackers"): same place, a day apart at most, within two paragraphs."""
    by_para: dict[int, list] = {}
    for ev in events:
        by_para.setdefault(ev.paragraph, []).append(ev)
    for claimant, cev in claims:
        near = [ev for p in range(cev.paragraph - 2, cev.paragraph + 3) for ev in by_para.get(p, ())]
        for ev in near:
            if (
                ev is cev
                or ev.place is None
                or cev.place is None
                or place_key(ev) != place_key(cev)
                or abs(ev.paragraph - cev.paragraph) > 2
            ):
                continue
            if (
                ev.event_date is not None
                and cev.event_date is not None
                and abs((ev.event_date - cev.event_date).days) > 1
            ):
                continue
            for role in ("actor1", "actor2"):
                a = getattr(ev, role)
                if (
                    a is not None
                    and a.name.startswith("Unidentified Armed Group")
                    and claimant != getattr(ev, "actor2" if role == "actor1" else "actor1")
                ):
                    setattr(ev, role, claimant)
