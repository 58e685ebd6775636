"""The triggers of a clause that report an event of its own, and why the others do not: each hand-written non-event
filter (filters.py) gives its name as the reason it drops a trigger. The rules alone drop those triggers; when the
events component proposes (the fitted event scorer's `proposals`), a clause whose every trigger is dropped still
yields a proposed event carrying the reason as a feature (`drop=<name>`), and the scorer decides."""

from __future__ import annotations

import re

from ..rules import Rules
from ..text_cache import span_text
from .background_filters import _background
from .crowd_retype import crowd_named
from .filled import placeholder_group
from .filters import (
    DURING_BEFORE,
    ON_TIME_AFTER,
    _attributive,
    _charged,
    _first_report,
    _modal_or_name,
    _other_outlet_non_event,
    _release_retold,
    _released,
    _weak_or_dependent,
    is_verbal,
)
from .gates import gated_in as _gated_in
from .merging import intervention_sequel
from .no_new_event import no_new_event
from .one_sided import unarmed_firing
from .own_clause import clause_start
from .text import clause_bounds, past_verb_text
from .told_elsewhere import told_elsewhere
from .triggers import taken_to_care
from .type_yields import prevented_purpose


def _early_reason(t, trig, u, rel: int, art) -> str:
    """The filters that look at the trigger's words and their surroundings ("" = none drops it)."""
    text = span_text(t)
    if text.lower().endswith((" on", " against")) and ON_TIME_AFTER.match(u.stext, t.end_char - u.s0):
        return "on_time"  # "justified the strikes on Monday": "strikes on" names no target here
    if _heading_field(t, u.stext, rel):
        return "heading_field"  # (ev92) "COUNTRY | Area: Inter-communal violence | Flash Update No. 2": a title
    if _harmless_fall(t, u, rel, art.res):
        return "harmless_fall"  # (fix104) "the drone fell in a field and no one was hurt": no strike
    if unarmed_firing(t.label_, u.stext, art.res):
        return "unarmed_firing"  # (fix115) "the senator fired shots at the governor during a rally": a figure of speech
    if t.label_ in art.res.wordset("measure_trigger_ids"):
        # (ev33) "imposed a curfew in the core city area": an authority's measure, coded as no event in any gold
        return "measure"
    if any(a.start_char <= t.start_char and t.end_char < a.end_char for a in u.actors):
        return "actor_word"  # "riot police", "assault troops": the word qualifies the actor that follows, it reports nothing
    if art.res.pattern_search("denied_report", u.stext[max(0, rel - 90) : rel]):
        return "denied"  # "The army denied reports that its soldiers had killed civilians": the only mention is denied
    if _heard(art.res, text, u.stext, rel):
        return "heard"  # (ev54) "We heard shooting from the forest", "gunfire heard since dawn": a sound, no act
    if (
        _rejected_report(art.res, u.stext, rel, len(text))
        or _doubted_then_unconfirmed(art, u, rel)
        or _unconfirmed(art, u)
    ):
        return "rejected_report"  # "A report that troops had entered X was denied": what a rejected report said
    if (not is_verbal(t) or text.lower().endswith("ing")) and art.res.pattern_search(
        "emotion_cause_before", u.stext[max(0, rel - 60) : rel]
    ):
        return "emotion_cause"  # (ev58) "residents angered by the arrests set fire to ...": the cause of another act
    if t.label_ in art.res.wordset("protest_context_trigger_ids") and not _after_protest(t, u, art):
        # (fix129) "Police fired smoke grenades to disperse protesters": a crowd named anywhere licenses these
        if not (t.label_ in art.res.wordset("crowd_named_licence_trigger_ids") and crowd_named(u.stext, art.res)):
            return "no_protest"  # "Gunmen fired into the air as they fled": shots in the air disperse only a protest
    if art.res.pattern_search("event_reference", u.stext[max(0, rel - 40) : rel]) and not _first_report(
        t, trig, u, art
    ):
        return "reference"  # "gathered ... to condemn the attack": the attack is reported elsewhere
    if trig.event_type == "Protests" and art.res.pattern_search("speech_setting", u.stext[max(0, rel - 40) : rel]):
        return "speech_setting"  # "Speaking to a rally of his ruling party, Erdogan denounced ...": the setting of a speech
    if trig.sub_event_type == "Abduction/forced disappearance" and re.search(
        r"\b(?:rescu\w+|free(?:d|ing)|releas(?:ed|ing)|liberat\w+|evacuat\w+)\s+(?:[\w\-]+\s+){0,3}$",
        u.stext[max(0, rel - art.res.window("rescue_before")) : rel],
        re.I,
    ):
        return "rescue"  # "rescuing two hostages": the end of an abduction reported elsewhere, not one
    if _territory_purpose(trig, u, rel, art.res):
        return "territory_purpose"
    if _taken_to_care(t, trig, u, rel, art.res):
        return "taken_to_care"  # "Residents were taken from their homes to a school as floodwaters rose": no abduction
    if _demanded(t, u, rel, art.res):
        return "demanded"  # "gathered to demand the release of detained students": what the protesters ask for
    if _protest_reason(t, u, rel, art.res):
        return "protest_grievance"  # "staged a picket, saying soldiers had detained three members": the grievance
    if why := _other_outlet_non_event(t, trig, u, rel, art):
        return why
    if _attributive(t, u, rel, art.res):
        return "attributive"
    if _charged(u, rel, art.res):
        return "charged"
    if not _gated_in(t, u, art.res):
        # "teachers gathered outside the building": a gathering protests only with its purpose named (requires_after);
        # "The governor sat down with traditional rulers": only a crowd walks or sits down in protest (requires_before)
        return "requires_after"
    return ""


def _harmless_fall(t, u, rel: int, res) -> bool:
    """(fix104) A drone's fall or crash (`harm_required_trigger_ids`: "the drone fell", "crashed into") strikes only with
    damage or a victim in its part of the sentence (up to ";", `fall_harm_patterns`: "damaged four houses", "a woman
    was hurt by fragments when ...") and no interception, training flight, decoy or sea in the sentence
    (`fall_harmless_patterns`)."""
    if t.label_ not in res.wordset("harm_required_trigger_ids"):
        return False
    stext = u.stext
    a, b = stext.rfind(";", 0, rel) + 1, stext.find(";", rel)
    part = stext[a : b if b >= 0 else len(stext)]
    return res.pattern_search("fall_harmless_patterns", stext) is not None or (
        res.pattern_search("fall_harm_patterns", part) is None
    )


def _after_protest(t, u, art) -> bool:
    """(ev50) An intervention phrase that names no crowd ("fired into the air", "cleared the road", "to scatter them")
    follows a protest or riot: a trigger of one earlier in its sentence, or (fix53) the last event of the paragraph
    when the phrase names that protest (_names_the_protest)."""
    res, rel = art.res, t.start_char - u.s0
    near = u.stext[max(0, rel - 60) : rel + len(t.text) + 60]
    if intervention_sequel(art, res.triggers[t.label_], u.para) and _names_the_protest(art, near):
        return True
    own = res.wordset("protest_context_trigger_ids")  # "shot in the air to drive them away" licenses not itself
    return any(
        x.start_char < t.start_char
        and x.label_ not in own
        and res.triggers[x.label_].event_type in res.wordset("protest_context_event_types")
        # (fix110) "dozens of lorries blocked the junction until police cleared them": a blockade licenses only as a protest
        and (x.label_ not in res.wordset("intervention_gated_licence_ids") or _gated_in(x, u, res))
        for x in u.triggers
    )


def _names_the_protest(art, near: str) -> bool:
    """(fix53) An intervention after a protest of an earlier sentence names a crowd or its dispersal near it
    (`protest_dispersal_crowd_near`: "Police fired warning shots to scatter them"), or the road or blockade that protest
    blocked (`protest_blockade_patterns`, `protest_blockade_object_near`: "Soldiers fired into the air to clear the
    road"); not "Later, soldiers cleared the road after a landslide" after a march."""
    res, last = art.res, art.latest()
    if res.pattern_search("protest_dispersal_crowd_near", near):
        return True
    return bool(
        last is not None
        and res.pattern_search("protest_blockade_patterns", last.sentence)
        and res.pattern_search("protest_blockade_object_near", near)
    )


def _territory_purpose(trig, u, rel: int, res) -> bool:
    """(ev33) A territorial trigger as an infinitive of purpose or of an order (`purpose_infinitive_before`: "fired tear
    gas to regain control of the area", "ordered the army to retake control of X"; not "managed / began to"): the aim,
    not a territory taken."""
    return (
        trig.event_type == "Battles"
        and trig.sub_event_type.endswith("territory")
        and res.pattern_search("purpose_infinitive_before", u.stext[max(0, rel - 30) : rel]) is not None
    )


def _demanded(t, u, rel: int, res) -> bool:
    """(ev29) The trigger is the object of a protest's demand (`demanded_object_before`: "formed a human chain to demand
    the arrest of ...", "gathered to call for the release of a detained classmate", "held a rally to ask both sides for
    a ceasefire"), and a protest trigger comes before it in the clause: the protest is the event, not what it asks for."""
    before = u.stext[max(0, rel - res.window("demand_before")) : rel]
    if res.pattern_search("demanded_object_before", before) is None and not (
        _object_clause(t, u, rel, before, "demanded_clause_before", res) or _protest_object(t, u, rel, before, res)
    ):
        return False
    return any(
        x.start_char < t.start_char and res.triggers[x.label_].event_type == "Protests" and _gated_in(x, u, res)
        for x in u.triggers
    )


def _protest_object(t, u, rel: int, before: str, res) -> bool:
    """(ev98) The trigger is a noun of what a march or protest is "against" (`protest_object_before`: "marched
    peacefully from the port to the town hall against the closure of the harbour and the arrests"), with no "," or ";"
    between a protest trigger of the sentence and "against", and the object up to "," or ";" tells no harm and no day
    (`protest_grievance_own_event`: "against the killing of two farmers", "who were protesting against the boy's death
    set fire to ...", "against the arrests on Monday" stay events of their own)."""
    if _past_verb(t) or not _object_clause(t, u, rel, before, "protest_object_before", res):
        return False  # (fix110) only a noun is an object: "against the price rise and the army arrested 30" is an act
    at = rel - len(before) + res.pattern_search("protest_object_before", before).start()
    return any(
        x.end_char - u.s0 <= at
        and res.triggers[x.label_].event_type == "Protests"
        and not re.search(r"[,;]", u.stext[x.end_char - u.s0 : at])
        for x in u.triggers
    )


def _object_clause(t, u, rel: int, before: str, name: str, res) -> bool:
    """(ev98, fix110) The pattern list `name` ends in `before` (the words from "against" or from "demanding that" up to
    the trigger) and the object from there to the next "," or ";" after the trigger tells no harm and no day
    (`protest_grievance_own_event`: "demanding that the 12 farmers abducted on Sunday be rescued" keeps its
    abduction)."""
    m = res.pattern_search(name, before)
    if m is None:
        return False
    at, end = rel - len(before) + m.start(), rel + len(span_text(t))
    stop = [i for i in (u.stext.find(",", end), u.stext.find(";", end)) if i >= 0]
    return res.pattern_search("protest_grievance_own_event", u.stext[at : min(stop, default=len(u.stext))]) is None


def _protest_reason(t, u, rel: int, res) -> bool:
    """(ev58) The trigger is what a protest's crowd says of its grievance (`protest_reason_before`: "staged a picket
    outside the capitol, saying soldiers had detained three of their members"), after a protest trigger of the clause:
    the protest is the clause's event; the grievance is reported as its own event elsewhere or not at all."""
    start = max(0, rel - 80)
    m = res.pattern_search("protest_reason_before", u.stext[start:rel])
    if m is None:
        return False
    semi = u.stext.find(";", rel)
    clause = u.stext[start + m.start() : semi if semi >= 0 else len(u.stext)]
    if res.pattern_search("protest_grievance_own_event", clause):
        return (
            False  # (fix59) "saying soldiers had killed five villagers on Monday": deaths or a day, an event of its own
        )
    return any(
        x.start_char < t.start_char and res.triggers[x.label_].event_type == "Protests" and _gated_in(x, u, res)
        for x in u.triggers
    )


def _taken_to_care(t, trig, u, rel: int, res) -> bool:
    """(fix32) An abduction phrase built on a taking verb (`taking_verbs`: "taken from their homes") followed by a
    place of care or safety (`taken_to_care_after`: "to hospital", "to safety", "to a school") moves people to care."""
    if trig.sub_event_type != "Abduction/forced disappearance":
        return False
    if not set(t.text.lower().split()) & res.wordset("taking_verbs"):
        return False
    return taken_to_care(res, u.stext, rel + len(t.text))


def _rejected_report(res, stext: str, rel: int, n: int) -> bool:
    """(ev26) The sentence opens with a report, claim or clip as the subject of what it said
    (`rejected_report_heads`, case-sensitive where written so: "A report that ...", "Reports of ...", "X's claim to
    have ...", not "Reports said ..." nor "According to reports") that its own clause after the trigger rejects
    (`rejected_report_verdicts` within `rejected_report_clause`, which stops at ";", ", but", ", a toll", "after"...:
    "was denied", "were found to be false", "could not be confirmed"): the event is only what the rejected report said."""
    if res.pattern_search("doubted_report_heads", stext[:rel]) is not None:
        return True  # (ev33) "An unverified report of an attack on X ... is being followed up": doubted in its head
    heads, verdicts = res.patterns_re("rejected_report_heads", 0), res.patterns_re("rejected_report_verdicts")
    clause = res.patterns_re("rejected_report_clause")
    if heads is None or verdicts is None or clause is None or heads.search(stext[:rel]) is None:
        return False
    m = clause.match(stext, rel + n)
    return m is not None and verdicts.search(stext, rel + n, m.end()) is not None


def _doubted_then_unconfirmed(art, u, rel: int) -> bool:
    """(ev39) A doubted report that says something ("Unverified reports indicate that a drone struck a camp near X",
    `doubted_report_said_heads`) whose next sentence says it was not confirmed (`doubted_report_next`: "The information
    could not be confirmed"): what the report said is no event. Without the second sentence the report stays a hedged
    report ("Unconfirmed reports on Tuesday said gunmen had attacked a school": fix39)."""
    res = art.res
    if res.pattern_search("doubted_report_said_heads", u.stext[:rel]) is None:
        return False
    end = art.text.find("\n", u.s1)
    after = art.text[u.s1 : end if end >= 0 else len(art.text)]
    if res.pattern_search("doubted_report_next", after.lstrip(" ;,.")[:200]) is not None:
        return True
    # (ev58) "Unverified reports indicate an air strike on a market near X; the authorities could not confirm it."
    whole = u.stext + after
    semi = whole.find(";", rel)
    if semi < 0 or re.search(r"[.!?](?=\s|$)", whole[rel:semi]):
        return False  # (fix59) a ";" of a later sentence answers nothing of this one
    tail = whole[semi + 1 : semi + 160]
    return res.pattern_search("doubted_report_same_sentence_verdict", tail) is not None


def _unconfirmed(art, u) -> bool:
    """(ev42) A paragraph labelled as unconfirmed ("UNCONFIRMED: A report of shots fired at X is being verified",
    "UNCONFIRMED / DEBUNKED: Claims that ...", "UNCONFIRMED. ...", `unconfirmed_label`), an item the text leaves out
    pending verification (`unverified_item_patterns`), or a claim whose next sentence says no such
    incident is on record ("The Member stated that a bus had been shot at ... The Ministry had no record of such an
    incident", `no_such_incident_next`): what it reports is no event."""
    res = art.res
    para_start = art.para_starts[u.para] if u.para < len(art.para_starts) else 0
    if res.pattern_search("unconfirmed_label", art.text[para_start : para_start + 40]) is not None:
        return True
    if res.pattern_search("unverified_item_patterns", u.stext) is not None:
        return True  # (ev47) "An alleged abduction in X is left out pending verification", "A report of ... is being verified"
    if res.pattern_search("claim_that_before", u.stext) is None:
        return False
    end = art.text.find("\n", u.s1)
    after = art.text[u.s1 : end if end >= 0 else len(art.text)].lstrip(" ;,.")[:200]
    m = res.pattern_search("no_such_incident_next", after)
    if m is None or res.pattern_search("no_such_incident_since_after", after[m.end() : m.end() + 60]):
        return False  # (fix59) "No such attack had been recorded on the road since 2019": a first, not a denial
    context = res.patterns_re("no_such_incident_answer_context", 0)
    return bool(
        res.pattern_search("no_such_incident_answer_frame", after[: m.end() + 60])
        or (context is not None and context.search(u.stext + " " + after))
    )  # an answer to a claim: "reported to the Ministry", "no record of", a QUESTION / ANSWER or a Member's claim


def _heard(res, trigger: str, stext: str, rel: int) -> bool:
    """(ev54) The trigger names a sound someone heard (`heard_sound_before`: "residents heard sporadic gunfire";
    `heard_sound_after`: "explosions were heard in the east"): a report of what was audible, not of who did what.
    (fix57) Only a sound (`heard_sound_words`: gunfire, shots, explosions, blasts) with no victim, target, agent or
    toll after it (`heard_act_after`: "the shooting of two protesters by police", "the explosion that killed four"):
    "heard the killing of three protesters", "heard a kidnapping" report the act."""
    if not set(trigger.lower().split()) & res.wordset("heard_sound_words"):
        return False
    end = rel + len(trigger)
    before, after = res.patterns_re("heard_sound_before"), res.patterns_re("heard_sound_after")
    act = res.patterns_re("heard_act_after")
    if act is not None and act.match(stext, end) is not None:
        return False
    return bool(
        (before is not None and before.search(stext[max(0, rel - 60) : rel]))
        or (after is not None and after.match(stext, end))
    )


def _attrib_cut(res) -> re.Pattern:
    """An attribution after a comma to the end ("..., residents said", "..., according to ..."); (fix107) its verbs are
    wordlists.json `list_speech_verbs` (`{speech}`), no longer a copy of them."""
    return res.built(
        ("candidates.attrib_cut",),
        lambda: re.compile(rf",\s+(?:according\s+to\b|[^,;]{{0,50}}?\b{placeholder_group(res, 'speech')}\b).*$", re.S),
    )


def _fight_noun_refused(t, u, rel: int, res) -> bool:
    """(fix101) A fight told as a noun (`fight_noun_trigger_ids`: "a fight with", "came to blows") is the crowds' mob
    violence only when the sentence tells someone hurt (`fight_noun_harm_patterns`: "a fight among drivers left one
    dead", not "the fight between the two parties over the electoral law", "MPs came to blows in parliament") and
    neither an armed clash's trigger in the sentence ("fought", "ambushed") nor an armed or state side named after it within its clause
    (`fight_noun_armed_side_patterns`, before ';' and an attribution: "in a fight with Al-Shabaab fighters", "the fight
    between government forces and M23 rebels") makes it a battle's: then the other triggers carry the event."""
    if t.label_ not in res.wordset("fight_noun_trigger_ids"):
        return False
    if res.pattern_search("fight_noun_harm_patterns", u.stext) is None:
        return True
    if any(res.triggers[x.label_].sub_event_type == "Armed clash" for x in u.triggers if x.label_ != t.label_):
        return True
    after = _attrib_cut(res).sub("", u.stext[rel : rel + len(span_text(t)) + 80].split(";")[0])
    subj = _fight_noun_subject(u.stext, rel, res)  # (fix113) "India and Pakistan traded blows": the sides before it
    return any(
        res.pattern_search(key, text) is not None
        for key in ("fight_noun_armed_side_patterns", "fight_noun_sport_patterns")
        for text in (after, subj)
    ) or _state_named(subj, res)


def _fight_noun_subject(stext: str, rel: int, res) -> str:
    """(fix113) The subject of a fight noun told after its sides ("The army and RSF traded blows"): its own clause
    before the trigger, after a speech verb ("Residents said youths traded blows": not the residents)."""
    start = max(clause_start(stext, rel, res), clause_bounds(stext, rel)[0])
    speech = res.built(
        ("candidates.fight_noun_speech",),
        lambda: re.compile(rf"\b{placeholder_group(res, 'speech')}\b(?:\s+that)?\s+", re.I),
    )
    for m in speech.finditer(stext, start, rel):
        start = m.end()
    return stext[start:rel]


def _state_named(subj: str, res) -> bool:
    """(fix113) A country named as a side of the fight ("India and Pakistan traded blows", "Israel and Iran exchanged
    blows"; lexicon.json `country_names`), not after a preposition (`after_preposition_words`: "traders in Kenya")."""
    rx = res.built(
        ("candidates.country_side",),
        lambda: re.compile(rf"\b(?:{Rules.alternation(n.removeprefix('the ') for n in res.country_names.values())})\b"),
    )
    before = res.built(
        ("candidates.after_preposition",),
        lambda: re.compile(rf"\b(?:{Rules.alternation(res.words['after_preposition_words'])})\s+(?:the\s+)?$", re.I),
    )
    return any(before.search(subj, 0, m.start()) is None for m in rx.finditer(subj))


def drop_reason(t, trig, u, art) -> str:
    """Why a trigger of a clause reports no event of its own: the name of the filter that drops it ("" = it does)."""
    rel = t.start_char - u.s0
    if why := _early_reason(t, trig, u, rel, art):
        return why
    if art.res.pattern_search("burial_patterns", u.stext[max(0, rel - art.res.window("burial_before")) : rel]):
        return "burial"  # "Residents buried the dead on Monday in a mass grave": a burial, not the killing again
    if _quoted_retelling(t, trig, u, rel, art):
        return "quoted_retelling"
    if _fight_noun_refused(t, u, rel, art.res):
        return "fight_noun"
    if (
        trig.event_type == "Battles"
        and DURING_BEFORE.search(u.stext[max(0, rel - 30) : rel])
        and any(
            x.start_char != t.start_char
            and not DURING_BEFORE.search(u.stext[max(0, x.start_char - u.s0 - 30) : x.start_char - u.s0])
            for x in u.triggers
        )
    ):
        return "during_frame"  # "Shells fired during the fighting landed on X": the fighting is the frame, the shelling the event
    if _released(u, t, trig, art.res) or _release_retold(u, t, trig, art):
        return (
            "released"  # "The drivers were released unharmed the same evening.": the end of a detention, no agreement
        )
    if (
        trig.event_type == "Battles"
        and (ended := art.res.patterns_re("fighting_ended_after"))
        and ended.match(u.stext, rel + len(span_text(t)), rel + len(span_text(t)) + 40)
    ):
        return "fighting_ended"  # "Fighting subsided on Monday after ...": the end of a fight reported before, not a new one
    if (
        trig.event_type == "Battles"
        and (trend := art.res.patterns_re("fighting_trend_after"))
        and trend.match(u.stext, rel + len(span_text(t)), rel + len(span_text(t)) + 50)
    ):
        return "fighting_trend"  # "Fighting has also intensified in Kordofan": a trend of the war, not one battle
    if prevented_purpose(u.stext, rel, rel + len(span_text(t)), art.res):
        return "prevention_purpose"  # (ev116) "signed a pledge to end revenge attacks": no attack
    if _generic_state(t, u, rel, art.res):
        return "generic_state"  # (ev92) "Kidnapping for ransom remains the main threat": a state, no event
    if why := told_elsewhere(t, trig, u, rel, art):
        return why
    before = u.stext[max(0, rel - art.res.window("filters_before")) : rel]
    c0, c1 = clause_bounds(u.stext, rel)
    return (
        _modal_or_name(t, u, rel, before, c0, art.res)
        or _background(t, trig, u, rel, before, c0, c1, art.ref, art.res)
        or no_new_event(t, trig, u, rel, art.res)
        or _weak_or_dependent(t, trig, u, rel, before, c0, art)
        or _entry_beside_act(t, u, art)
    )


def _quoted_retelling(t, trig, u, rel: int, art) -> bool:
    """(ev62) A witness's or a doctor's words inside quotation marks (""They came up the river and started shooting at
    the houses," said a health agent") retell an event of the same kind the article has already reported. (fix62) Of
    the same sub-event type, and not when the quote names a place or a day of its own (""Soldiers killed three of our
    men in Bentiu on Tuesday,""), or of the same event type for a quoted noun; one quoted word (soldiers "executed" three men) is no quote."""
    span = _quote_around(u.stext, rel)
    if span is None:
        return False
    verb = past_verb_text(span_text(t))
    same = [  # a quoted noun ("acts of vandalism and looting") names a kind the article has reported
        e
        for e in art.events
        if e.sub_event_type == trig.sub_event_type or (not verb and e.event_type == trig.event_type)
    ]
    if not same:
        return False
    q0, q1 = u.s0 + span[0], u.s0 + span[1]
    names = {e.place.name for e in same if e.place is not None}
    days = {e.event_date for e in same}
    own_place = any(q0 <= sp.start_char < q1 and sp._.place[0].name not in names for sp in u.splaces)
    own_day = any(q0 <= d.start < q1 and d.value not in days for d in u.day_dates)
    return not (own_place or own_day)


def _quote_around(stext: str, rel: int) -> tuple[int, int] | None:
    """The (start, end) offsets of the quotation that holds offset `rel` of the clause, or None; a quoted single word
    is no quotation."""
    before = stext[:rel]
    if before.count('"') % 2 == 1:
        q0 = before.rfind('"')
    elif before.count("\u201c") > before.count("\u201d"):
        q0 = before.rfind("\u201c")
    else:
        return None
    close = re.search(r'["\u201d]', stext[rel:])
    q1 = rel + close.start() if close else len(stext)
    return None if not re.search(r"\s", stext[q0 + 1 : q1].strip()) else (q0, q1)


def _is_entry(t, res) -> bool:
    """A trigger that says only that a force went in (`entry_trigger_ids`, or a word of `entry_verbs` ending a trigger
    of `taking_trigger_ids`): "entered the village", "pushed into", "when they entered Yaokombo"."""
    ids = res.wordset("entry_trigger_ids")
    words = span_text(t).lower().split()
    last = words[-1] if words else ""
    return t.label_ in ids or (t.label_ in res.wordset("taking_trigger_ids") and last in res.wordset("entry_verbs"))


def _entry_beside_act(t, u, art) -> str:
    """(ev29) An entry into a place beside another act of the same clause that reports an event of its own ("soldiers
    entered the village of X, burned houses and shot dead two men", "came under fire ... when they entered X",
    "units pushed into the village ... and detained four men"): the entry is how the act came about, the act is the
    event (not a territorial change); acts of `entry_not_yield_subs` (plans, deals, territory) and bare nouns do not
    count ("its soldiers had entered Balakliia ... in a counter-offensive": the entry is the event)."""
    res = art.res
    if not _is_entry(t, res):
        return ""
    skip = res.wordset("entry_not_yield_subs")
    for x in u.triggers:
        xt = res.triggers[x.label_]
        if x is t or _is_entry(x, res) or xt.sub_event_type in skip or not (is_verbal(x) or " " in x.text.strip()):
            continue  # a bare noun ("the offensive") names the frame of the entry, not an act beside it
        if not drop_reason(x, xt, u, art):
            return "entry_beside_act"
    return ""


def trigger_candidates(u, art, dropped: list | None = None) -> list[tuple]:
    """The triggers of a clause that report an event of its own, as (rank, -distance, span, trigger); the others are
    appended to `dropped` (when given) in the same form with their reason last."""
    cands = []
    for t in u.triggers:
        trig = art.res.triggers[t.label_]
        rel = t.start_char - u.s0
        why = drop_reason(t, trig, u, art)
        if why and dropped is None:
            continue
        # among equally strong triggers the finite verb beats a nominal in a prepositional phrase
        # ("In a separate attack on Friday, gunmen attacked a post": the verb carries the roles)
        is_verb = past_verb_text(span_text(t))
        cand = (trig.priority + (0.5 if is_verb else 0), -abs(rel), t, trig)
        if why:
            dropped.append((*cand, why))  # type: ignore[union-attr]
        else:
            cands.append(cand)
    return cands


def _generic_state(t, u, rel: int, res) -> bool:
    """(ev92) A trigger noun (not a verb) named as the subject of a state of things (`generic_state_after`: "Kidnapping
    for ransom remains the main threat", "Street robberies in X are reported to have risen this year", "Incursions by
    loggers in X have been a source of tension for decades") or as what a place has most of (`generic_state_before`:
    "X has been one of the departments with the most killings"), with no day in the sentence: a trend, no event."""
    text = span_text(t)
    if _past_verb(t) or any(d.precision == 1 for d in u.day_dates):
        return False  # (a gerund is a noun here: "Kidnapping for ransom remains ...")
    end = rel + len(text)
    after = res.pattern_search("generic_state_after", u.stext[end : end + 200])
    if after is not None:
        # (fix102) a date in the subject ("The abduction of 20 schoolgirls in X this week has been a blow", "The ambush
        # near X, which happened last week, remains ..."): one dated event, not a trend
        return not any(rel <= d.start - u.s0 < end + after.end() for d in u.sdates)
    return res.pattern_search("generic_state_before", u.stext[max(0, rel - 160) : rel]) is not None


def _past_verb(t) -> bool:
    """A trigger with a verb that is no gerund ("killed", "shot"): it tells an act, not a noun's state."""
    return past_verb_text(span_text(t))


FIELD_SEP = " | "


def _heading_field(t, stext: str, rel: int) -> bool:
    """(ev92) A trigger in a field of a line of three or more fields set apart by " | " before its last one: the title
    line of a report or a log entry's label ("ORGANISATION | FIELD OFFICE | EXPLOSIVE ORDNANCE INCIDENT REPORT No. 4 |
    Period: ..."; "• Tue 3 Mar | Town | KIDNAPPING | Armed men stopped ..."), never the clause that tells the event.
    (fix102) A past-tense verb with words before it in its field ("LIVE | Gunmen killed 12 villagers in X | Updated
    14:05 | ...") makes that field a clause that tells an event, whatever field comes last."""
    if stext.count(FIELD_SEP) < 2 or rel >= stext.rfind(FIELD_SEP):
        return False
    start = stext.rfind(FIELD_SEP, 0, rel)
    subject = stext[0 if start < 0 else start + len(FIELD_SEP) : rel]
    return not (_past_verb(t) and re.search(r"[A-Za-z]", subject))
