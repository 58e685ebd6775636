"""Non-events: plans, threats, negation, background, aggregates, names and modifiers that contain a trigger word."""

from __future__ import annotations

import re

from ...regex_guard import guarded
from ..text_cache import span_text
from .background_filters import is_verbal
from .headings import caps_heading
from .model import CROWD_EVENT_TYPES
from .negated_identity import negation_in_identity_clause
from .role_patterns import BACKED_RE
from .taken_object import takes_a_thing
from .text import clause_bounds, governing_past_verb, past_verb_text
from .triggers import PERSON_OBJECT, takes_people

MODAL_RE = guarded(
    re.compile(
        r"\b(will|would|could|might|may|should|must|can|cannot|can't|won't|plans?\s+to|planning\s+to|preparing\s+to|prepares?\s+to|"
        r"threaten(?:s|ed)?\s+to|vow(?:s|ed)?\s+to|warn(?:s|ed)?|aims?\s+to|intends?\s+to|expected\s+to|ready\s+to|seeking\s+to|"
        r"attempt(?:s|ed)?\s+to|tried\s+to|trying\s+to|try\s+to|if|unless|in\s+order\s+to|to\s+launch|to\s+resume|to\s+eliminate|"
        r"to\s+take|to\s+seize|to\s+capture|to\s+retake|to\s+attack|to\s+strike|likely|possible|potential|any|capable\s+of)"
        r"(?:\s+\w+ly)?\s*$",  # "will mainly target": an adverb between the modal and the verb
        re.I,
    )
)


MODAL_ANY = guarded(
    re.compile(
        r"\b(will|would|could|might|should|must|cannot|can't|won't|plans?\s+to|planning\s+to|preparing\s+to|prepares?\s+to|"
        r"(?:preparing|planning)\s+(?:an?|for)|prevent(?:ing)?|avert(?:ing)?|"
        r"threaten(?:s|ed|ing)?|vow(?:s|ed)?\s+to|vowed|pledged\s+to|promised\s+to|warn(?:s|ed)?|aims?\s+to|intends?\s+to|expected\s+to|"
        r"ready\s+to|seeking\s+to|seeks\s+to|trying\s+to|try\s+to|tried\s+to|set\s+to|(?:likely|unlikely|poised|about)\s+to|"
        r"due\s+to\s+(?:begin|start|take)|"
        r"(?:is|are|was|were)\s+due\s+to|capable\s+of|yet\s+to|failed\s+to|fail\s+to|to\s+discuss|expects?|expecting|"
        r"(?:an?|the)\s+(?:expected|anticipated|looming|imminent|feared)|"
        r"called\s+for|calls\s+for|called\s+on|ruled\s+out|rules\s+out|refused\s+to|refuses\s+to|calls\s+on|urged|urges|appealed|planned\s+(?:for|to)|scheduled\s+(?:for|to)|proposed|in\s+order\s+to|if|unless)\b",
        re.I,
    )
)


NEG_RE = guarded(
    re.compile(r"\b(not|no|never|denied|deny|denies|didn't|did\s+not|without|neither|nor)\b[^,.;]{0,25}$", re.I)
)


PAST_VERB = re.compile(
    r"\b(?:struck|hit|killed|attacked|seized|captured|shelled|bombed|fired|clashed|fought|stormed|opened|took|signed)\b",
    re.I,
)


def past_verb_between(text: str, a: int, b: int) -> bool:
    """A finite past verb after the modal ("would assess them, but ... struck") ends its scope."""
    m = None
    for m in MODAL_ANY.finditer(text, a, b):  # noqa: B007 - the last modal in the span is wanted
        pass
    return bool(m and PAST_VERB.search(text, m.end(), b))


def _coordinated_past(t, text: str, a: int, b: int, res) -> bool:
    """(ev95) The trigger is a finite past verb coordinated with the verb that governs the modal's infinitive
    (`modal_coordinated_past_patterns`: "refused to work and gathered outside the office", "tried to push through the
    gate and detained four people"): an infinitive would be bare ("refused to work and gather"), so the "-ed" verb is
    the clause's own act, outside the modal's scope."""
    words = span_text(t).lower().split()
    if not words or not words[0].endswith("ed"):
        return False
    if len(words) > 1 and words[0] in res.wordset("modal_coordinated_attributive_words"):
        return False  # (fix104) "pledged to buy more radars and armed drones": an adjective of the object, no verb
    m = None
    for m in MODAL_ANY.finditer(text, a, b):  # noqa: B007 - the last modal in the span is wanted
        pass
    return m is not None and res.pattern_search("modal_coordinated_past_patterns", text[m.start() : b]) is not None


NOUN_MODIFIED = re.compile(
    r"\s+(?:movement|movements|leaders?|organi[sz]ers?|organi[sz]ations?|groups?|camp|site|slogans?|songs?|banners?|"
    r"season|campaign|leader|commander|commanders|capabilit(?:y|ies)|programme|program|zone|law|laws|policy|"
    r"negotiations?|negotiators?|talks|process|plan|plans|threat|threats|fears?|risk)\b",
    re.I,
)


ONGOING_BEFORE = guarded(
    re.compile(
        r"\b(?:days|weeks|months|years|decades|nights|series|wave|waves|spate|string|history|cycle|campaign|context|backdrop|climate)\s+of\s+(?:[\w\-]+\s+){0,2}$",
        re.I,
    )
)


TOPIC_BEFORE = re.compile(
    r"\b(?:against|over|denounc\w+|condemn\w*|to\s+demand|demanding|in\s+protest\s+at|to\s+protest)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-’']+\s+){0,3}$",
    re.I,
)


ENDED_AFTER = re.compile(
    r"\W*(?:[\w\-’']+\s+){0,2}?(?:has\s+|had\s+)?(?:expired|lapsed|collapsed|broke\s+down|ended|ran\s+out)\b", re.I
)


ON_TIME_AFTER = re.compile(
    r"\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b|\d)"
)


REASON_BEFORE = re.compile(
    r"\b(?:responsibility\s+for|credit\s+for|on\s+suspicion\s+of|suspected\s+of|in\s+connection\s+with|accused\s+of|charged\s+with|convicted\s+of|"
    r"for\s+(?:their|his|her|its)\s+(?:role|part)\s+in|involvement\s+in|responsible\s+for|blamed\s+for|"
    r"in\s+retaliation\s+for|in\s+response\s+to|revenge\s+for|investigat\w+\s+(?:into\s+)?)\s+(?:[\w\-]+\s+){0,4}$",
    re.I,
)


NO_DEAL = re.compile(
    r"\b(?:did\s+not|didn't|failed\s+to|without)\s+(?:reach\w*|agree\w*|produc\w*|an?\s+agreement|a\s+deal)|"
    r"\bno\s+(?:agreement|deal|breakthrough)\b|\binconclusive\b",
    re.I,
)


IN_FORCE_AFTER = re.compile(
    r"(?:\s*,[^.;]{0,60}?,)?\s*(?:has\s+|had\s+)?(?:took|takes|taken|came|comes|come|went|goes|gone|entered|enters)\s+"
    r"(?:into\s+)?(?:effect|force)\b",
    re.I,
)


PERMIT_BEFORE = re.compile(
    r"\b(?:ban(?:ned|s|ning)?|prohibit\w*|outlaw\w*|forb[ai]d\w*|authori[sz]\w*|permit\w*|allow\w*)\s+"
    r"(?:all\s+|any\s+|the\s+|a\s+|further\s+|public\s+|street\s+)*(?:[\w\-]+\s+)?$",
    re.I,
)


REFERENCE_PREP = re.compile(
    r"\b(?:under|despite|violat\w*|breach\w*|in\s+line\s+with|in\s+accordance\s+with|as\s+part\s+of|terms\s+of|since|during|before|after)\s+(?:a|an|the|its|their)?\s*(?:[\w\-]+\s+){0,3}$",
    re.I,
)


APPOSITIVE_BEFORE = re.compile(r"^\s*(?:the|a|an)\s+(?:[\w\-]+\s+){0,2}$", re.I)


WHILE_BEFORE = re.compile(r"\b(?:while|whilst)\s+(?:\w+ly\s+)?$", re.I)
AFFIX_BEFORE = re.compile(r"\b(?:anti|pro|counter|post|pre|non)\s*-\s*$", re.I)
MODAL_AFTER = re.compile(
    r"\W*(?:[\w\-’']+\s+){0,3}?(?:will|would|is\s+due|are\s+due|is\s+expected|are\s+expected|"
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:planned|scheduled|called)\s+(?:for|on)\b|"
    r"(?:is|are|was|were)\s+(?:\w+ly\s+)?capable)\b",
    re.I,
)
HARM_AFTER = re.compile(r"\b(?:killed|killing|wounded|left)\b", re.I)
WHICH_BEFORE = re.compile(r"\b(?:which|who|that)\b[^,;:]{0,50}$", re.I)
BEING_BEFORE = re.compile(r"\b(?:is|are|am|was|were|been|be)\s+(?:\w+ing\s+)?$", re.I)
STRIKE_BEFORE = re.compile(r"\b(?:attack\w*|stormed|raided|targeted|bombed)\s+(?:an?\s+|the\s+)?$")
PEACEFULLY_AFTER = re.compile(r"\s+(?:peacefully|calmly|without\s+incident)\b")


def in_proper_name(t) -> bool:
    """A trigger written in capitals inside a longer capitalised name (not sentence-initial)."""
    toks = [x for x in t if x.is_alpha]
    if not toks or not all(x.text[0].isupper() for x in toks) or any(x.is_upper and len(x) > 1 for x in toks):
        return False
    doc = t.doc
    first, last = t.start, t.end
    prev = doc[first - 1] if first > t.sent.start else None
    while prev is not None and prev.text in ("-", "'s") and prev.i > t.sent.start:
        prev = doc[prev.i - 1]
    nxt = doc[last] if last < t.sent.end else None
    at_start = first == t.sent.start or (prev is not None and not prev.is_alpha and prev.text not in ("-",))
    neighbour_cap = (prev is not None and prev.is_alpha and prev.text[0].isupper() and not at_start) or (
        nxt is not None and nxt.is_alpha and nxt.text[0].isupper()
    )
    return neighbour_cap and not (at_start and (nxt is None or not nxt.text[0].isupper()))


def place_object(stext: str, end: int, splaces, s0: int) -> bool:
    """A place directly after the trigger ("took Tarhuna", "entered the town of Hajin", "took control of Kabul")."""
    for p in splaces:
        gap = stext[end : p.start_char - s0]
        if p.start_char - s0 >= end and re.fullmatch(
            r"\s*(?:back\s+)?(?:control\s+of\s+)?(?:the\s+)?(?:(?:[\w\-]+\s+){0,2}(?:town|city|village|district|area|"
            r"neighbourhood|neighborhood|suburb|port|base|airport|capital)\s+(?:of\s+)?)?",
            gap,
            re.I,
        ):
            return True
    return False


def _modal_or_name(t, u, rel: int, before: str, c0: int, res) -> str:
    """A plan, threat, negation, name or modifier: "will attack", "did not kill", "Amnesty International", "protest leaders"."""
    stext, s0 = u.stext, u.s0
    if MODAL_RE.search(before[-40:]) or (
        NEG_RE.search(before[-30:]) and not negation_in_identity_clause(before[-40:], res)
    ):  # (ev71) but "persons who had not been identified took a businessman": who they are, not the act, is negated
        return "modal"
    if in_proper_name(t) or AFFIX_BEFORE.search(before):
        return "name"  # "Amnesty International", "Anti-Robbery Squad", "anti-coup protesters": a name or a modifier
    if NOUN_MODIFIED.match(stext[t.end_char - s0 :]):
        return "noun_modifier"  # "the protest movement said", "protest leaders": the trigger word only qualifies a noun
    if ONGOING_BEFORE.search(before):
        return "ongoing"  # "after days of protests", "weeks of fighting": a running background, not one event
    if APPOSITIVE_BEFORE.search(stext[c0:rel]) and c0 > 1:
        c0 = clause_bounds(stext, c0 - 2)[0]  # "will target the town of X, the last stronghold": the modal's scope
    if (
        MODAL_ANY.search(stext[max(c0, rel - 70) : rel])
        and not past_verb_between(stext, max(c0, rel - 70), rel)
        and not _coordinated_past(t, stext, max(c0, rel - 70), rel, res)
    ):
        return "modal_scope"
    if not is_verbal(t) and res.transfer_re is not None and (m := res.transfer_re.search(before)) is not None:
        # "moved a rocket system into the south", "sending tanks, artillery": a weapon delivered, not used; (ev71) but
        # not a verb of its own ("was deployed to the area and came under fire") nor past a clause break ("recovered a
        # rifle after a 20-minute firefight": `transfer_object_breaks`)
        first = span_text(t).split()[0].lower()
        if first not in res.wordset("irregular_past") and not res.pattern_search(
            "transfer_object_breaks", before, m.start()
        ):
            return "transfer"
    if span_text(t).lower().endswith("ing") and WHILE_BEFORE.search(before):
        return (
            "while"  # "While advancing toward a confrontation, ...": a side clause; the main clause carries the event
        )
    if (
        not is_verbal(t)
        and (prospective := res.patterns_re("prospective_after_patterns")) is not None
        and prospective.match(stext, t.end_char - s0)
    ):  # (fix78) a trigger noun only: "arrested two men whose trial is expected" is an arrest
        return "modal_after"  # (ev71) "further attacks are being prepared against villages", "More raids are feared"
    return (
        "modal_after"
        if (MODAL_AFTER.match(stext[t.end_char - s0 :]) and not HARM_AFTER.search(stext[t.end_char - s0 :]))
        else ""
    )


def _place_or_people(t, u, res) -> bool:
    """ "took Tarhuna", "took six passengers": a taking verb with a place or people as its object."""
    end = t.end_char - u.s0
    return place_object(u.stext, end, u.splaces, u.s0) or takes_people(res, t.label_, u.stext, end)


def _analysis(res, u, stext: str, rel: int) -> bool:
    """(ev50) A sentence opening with what analysts believe (`analysis_opener_patterns`) or say
    (`analysis_report_opener_patterns`) gives no event, unless a forecast (`analysis_forecast_words`: "Analysts believe
    the RSF could launch new attacks") is the modal filters' to name; (fix53) what they say of a dated act reports it
    ("Observers said gunmen killed five farmers near X on Monday")."""
    if res.pattern_search("analysis_forecast_words", stext, 0, rel):
        return False
    if res.pattern_search("analysis_opener_patterns", stext):
        return True
    return res.pattern_search("analysis_report_opener_patterns", stext) is not None and not u.day_dates


def _reason_before(before: str, u, res) -> bool:
    """ "arrested 17 people on suspicion of involvement in the arson": the trigger names the reason of another act; but
    "A man accused of stealing goats was lynched" (a passive verb after the subject's reason) and "ISWAP claimed
    responsibility for an attack on a base in Monguno on Friday" (a dated, placed claim) report the event."""
    if not REASON_BEFORE.search(before) or res.pattern_search("reason_passive_before", before):
        return False
    claim = res.pattern_search("reason_claim_before", before)  # "claimed responsibility for an attack"
    return not (claim and u.day_dates and u.splaces)


def _weak_or_dependent(t, trig, u, rel: int, before: str, c0: int, art) -> str:
    """Weak strategic triggers without a completed act, references to agreements, reasons, support of another event,
    the topic of a protest, ended truces, territory without a place taken."""
    stext, s0, res = u.stext, u.s0, art.res
    if trig.sub_event_type in ("Other", "Change to group/activity") and trig.priority <= 4:
        # weak strategic triggers fire on background and ongoing states: "the ELN, which is holding peace talks",
        # "elections would go ahead in December"; keep only a completed act of the sentence's own
        if WHICH_BEFORE.search(stext[c0:rel]) or BEING_BEFORE.search(before):
            return "weak_state"
        past = past_verb_text(span_text(t)) or governing_past_verb(stext, rel, art.irregular)
        if not (u.day_dates and past):
            return "weak_undated"
    if trig.sub_event_type == "Other" and (NO_DEAL.search(stext[c0:]) or STRIKE_BEFORE.search(before)):
        return "no_deal"  # "held talks ... but did not reach an agreement"; "attacked a polling station": the attack is the event
    if trig.sub_event_type == "Agreement" and REFERENCE_PREP.search(before[-45:]):
        return "agreement_reference"  # "withdrew under a US-brokered truce", "despite the ceasefire": a reference, not a new agreement
    if trig.event_type == "Protests" and PERMIT_BEFORE.search(before):
        return "permit"  # "banned all demonstrations", "authorised the march": a rule about protests, not one
    if span_text(t).lower() == "dispersed" and PEACEFULLY_AFTER.match(stext[t.end_char - s0 :]):
        return "dispersed_peacefully"  # "the demonstrators dispersed peacefully": no intervention
    if res.pattern_search("claimed_before_patterns", before) and not _first_report(t, trig, u, art):
        return "claimed_before"  # "The Islamic State claimed the attack on Wednesday": the claim of an event already reported
    if _reason_before(before, u, res):
        return "reason"  # "arrested 17 people on suspicion of involvement in the arson": the reason, not a new event
        # (but "ISWAP claimed responsibility for an attack on a base in Monguno on Friday" first reports the attack)
    if BACKED_RE.search(before) and any(
        o.start_char < t.start_char and res.triggers[o.label_].event_type == "Battles" or o.start_char > t.end_char
        for o in u.triggers
    ):
        return "backing"  # "Somali troops backed by US airstrikes recaptured ...": the support of another event
    if (
        trig.event_type not in CROWD_EVENT_TYPES
        and TOPIC_BEFORE.search(before)
        and any(
            res.triggers[o.label_].event_type in CROWD_EVENT_TYPES for o in u.triggers if o.start_char < t.start_char
        )
    ):
        return "protest_topic"  # "staged a sit-in to protest against the enforced disappearances": the topic of the protest
    if trig.sub_event_type == "Agreement" and ENDED_AFTER.match(stext[t.end_char - s0 :]):
        return "agreement_ended"  # "the truce expired on October 2": the end of an agreement, not a new one
    if trig.sub_event_type == "Agreement" and IN_FORCE_AFTER.match(stext[t.end_char - s0 :]):
        return "agreement_in_force"  # "The ceasefire, brokered by Qatar, took effect on May 3": one agreed before, now in force
    if re.search(r"\bin\s+the\s+coming\s+(?:days|weeks|months)\b", stext[c0:], re.I):
        return (
            "forecast_coming"  # "further assaults on camps vacated by the UN mission in the coming weeks": a forecast
        )
    if takes_a_thing(t, trig, u, res):
        return "seized_thing"  # "Police seized the students' phones in Lokoja": a thing taken, no territory
    if t.label_ == "territory_strict" and not _place_or_people(t, u, res):
        return "territory_no_place"  # "took Tarhuna", "entered Balakliia": only with the place as the object
    if (
        trig.event_type == "Battles"
        and trig.sub_event_type != "Armed clash"
        and not any(p.start_char >= t.start_char for p in u.splaces)
        and not PERSON_OBJECT.match(stext[t.end_char - s0 :])
        and not takes_people(res, t.label_, stext, t.end_char - s0)  # "took a former army officer from his home" (ev29)
        and not re.search(
            r"\b(?:town|city|village|district|area|base|airport|positions?|hill|region|province|headquarters|garrison|"
            r"barracks|outposts?|camp)\b",
            stext[rel : rel + 60],
            re.I,
        )
    ):
        return "seized_nothing"  # "seized" without a place seized is not a territorial change
    return ""


def _first_report(t, trig, u, art) -> bool:
    """ "The ministry condemns the mortar attack launched by X on Friday against houses in Y": a condemned event with its
    own day and place after it, of a type the article has not reported yet, is reported here."""
    return (
        any(d.start > t.start_char for d in u.day_dates)
        and any(p.start_char > t.start_char for p in u.splaces)
        and not any(e.event_type == trig.event_type for e in art.events)
    )


IN_WHICH = re.compile(r"\b(?:in|during)\s+which\b[^.;]{0,40}$", re.I)
UNCONTESTED = re.compile(r"(?:without|with\s+little|met)\b", re.I)


def _announced_for_later(res, stext: str, rel: int) -> bool:
    """The trigger is what someone announced, called or scheduled for a time still to come
    (`announced_before_patterns` before it, `future_time_after_patterns` after it)."""
    before, after = res.patterns_re("announced_before_patterns"), res.patterns_re("future_time_after_patterns")
    if before is None or after is None or before.search(stext[max(0, rel - 60) : rel]) is None:
        return False
    end = stext.find(" ", rel + 1)
    return after.search(stext[end if end > 0 else rel : rel + 100]) is not None


def _claim_rejected(res, u, after: str) -> bool:
    """(ev33) The clause's claim is one that third parties did not confirm (`claim_rejected_after`), or (fix39) one
    the other side denied (`claim_denied_after`) in a clause with no day of its own: "claimed the capture of X, a claim
    the army rejected" is no event, "On Monday, the army said it had killed a commander in X, a claim the group
    denied" is the army's report of its act."""
    if res.pattern_search("claim_rejected_after", after):
        return True
    return not u.day_dates and res.pattern_search("claim_denied_after", after) is not None


SENTENCE_END = re.compile(r"(?:^|[.!?]['’\"]?\s+|\n)")
# (perf29) SENTENCE_END's sentence end read backwards: the first match in the reversed text is the last one in the text
# (a match starts only where a run of spaces starts, and takes the run whole: never a scan of a long run at each of its
# characters)
SENTENCE_END_REVERSED = re.compile(r"(?<!\s)\s++['’\"]?[.!?]|\n")
_END_MARKS = frozenset(".!?'’\"")


def last_sentence_end(head: str) -> int:
    """(perf29) The end of the last SENTENCE_END match in `head` (0 when there is none but the start), read backwards
    from its end over windows that grow until one holds it: listing every match of a paragraph's text before each
    trigger made a long paragraph's cost grow with its square."""
    n, width = len(head), 512
    while True:
        lo = max(0, n - width)
        while lo > 0 and (head[lo - 1].isspace() or head[lo - 1] in _END_MARKS):
            lo -= 1  # never inside a sentence end: a window opens after a character that ends none
        m = SENTENCE_END_REVERSED.search(head[lo:][::-1])
        if m is not None:
            return n - m.start()
        if lo == 0:
            return 0
        width *= 4


def _headline_list(res, u, text: str, label) -> bool:
    """(ev39) A bulletin's headline list: a later clause of a sentence a label opens ("Tonight: bandits kill a herder
    ...; police officers shot in X; and ..."), or the sentence after a headline announcement of the same turn
    (`headline_intro_patterns`: "These are the headlines. Fighters and vigilantes clash in X; ..."). The stories
    follow in the bulletin; the teaser reports nothing of its own."""
    para0 = max(text.rfind("\n", 0, u.s0) + 1, u.head0)  # (perf29) a piece of a cut long line: from its start
    head = text[para0 : u.s0]
    cut = last_sentence_end(head)
    if cut < len(head) and label is not None and label.match(head[cut:] + u.stext):
        return True  # a later clause of a labelled sentence
    intro = res.patterns_re("headline_intro_patterns")
    if intro is None:
        return False
    return intro.search(head[:cut]) is not None


def _other_outlet_non_event(t, trig, u, rel: int, art) -> str:
    """Non-events of other outlets' styles: a claim the text calls false, a court's verdict, a habit, the toll of an
    event named before in a relative clause, an unopposed move with nothing taken."""
    res, stext = art.res, u.stext
    window = stext[max(0, rel - 90) : rel]
    label = res.patterns_re("summary_label_patterns", 0)
    if label is not None and label.match(stext):
        return "summary_label"  # "ASSESSMENT: kidnap gangs have regained ...", "UNVERIFIED | ...": a section's summary or label
    if _headline_list(res, u, art.text, label):
        return "headline_list"
    if caps_heading(stext, res.wordset("caps_heading_label_words"), res.wordset("caps_sentence_count_words")):
        return "caps_heading"  # "LEGAL AID CENTRE — DETENTION MONITORING BULLETIN No. 6/2026 — 5 JUNE 2026": a heading
    if res.pattern_search("false_claims", window):
        return "false_claim"  # "The rebels falsely claimed to have killed 80 soldiers": a claim the text rejects
    if _claim_rejected(res, u, stext[rel + len(span_text(t)) :]) and not any(e.paragraph == u.para for e in art.events):
        # (ev33) "... had shelled a mosque in X, a claim that residents did not confirm"; but a toll claimed after a
        # battle of the paragraph ("The NRF said it had killed 12 Taliban fighters, a claim the Taliban denied") is its toll
        return "claim_rejected"
    if trig.sub_event_type == "Arrests" and res.pattern_search("verdict_patterns", window):
        return "verdict"  # "A court on Thursday jailed four men for life": a verdict, not an arrest
    if _charged_crime(t, u, res, stext, rel):
        return "charged_crime"  # (ev92) "sentenced three men for the murder of a councillor": the charge, no new event
    if res.pattern_search("plan_patterns", stext[max(0, rel - 130) : rel]):
        return "plan"  # "called for a 24-hour total shutdown in the hill districts from Friday to protest": a plan
    if trig.sub_event_type == "Non-violent transfer of territory" and (
        res.pattern_search("custody_handover_patterns", stext)
    ):
        return "custody"  # "They have been handed over to the gendarmerie": people handed over to custody, no territory
    if res.pattern_search("undatable_patterns", stext):
        return "undatable"  # "said it had arrested a cell of five men, without saying when or where the arrests took place"
    if _announced_for_later(res, stext, rel):
        return "announced_later"  # "has announced an election for later this month", "announced a lockdown ahead of 20 May": a plan
    if _analysis(res, u, stext, rel):
        return "analysis"  # "Analysts say ransom gangs have moved south ...", "Local observers believe the bombing was meant to ..."
    if res.pattern_search("forecast_patterns", stext[max(0, rel - 160) : rel]):
        return "forecast"  # "observers believe the rebels will now turn to X, although an assault ...": a forecast
    if not u.day_dates and res.pattern_search("habitual_patterns", window[-60:]):
        return "habit"  # "accuses Kabul of sheltering militants who launch attacks across the border": a habit
    if IN_WHICH.search(window[-50:]) and any(o.start_char < t.start_char for o in u.triggers if o is not t):
        return "in_which"  # "the ambush of a convoy in 2021, in which 14 soldiers were killed": the toll of the event named
    take = res.words_re("transfer_take_verbs")
    return (
        "unopposed"
        if (
            trig.sub_event_type == "Non-violent transfer of territory"
            and UNCONTESTED.match(span_text(t))
            and take is not None
            and not take.search(stext)
        )
        else ""
    )  # "the gunmen operated for hours without any resistance": nothing was taken or handed over


def _attributive(t, u, rel: int, res) -> bool:
    """A participle between a determiner and a name qualifies the name ("Militants of the banned Tehreek-e-Taliban
    Pakistan attacked ...", "the outlawed Baloch Liberation Army"): it reports no event."""
    words = u.stext[:rel].split()
    text = span_text(t)
    if _attributive_person(words, text, u.stext[rel + len(text) :], res):
        return True
    if not words or words[-1].lower() not in res.wordset("attributive_trigger_determiners"):
        return False
    if not text.lower().endswith(("ed", "en")) or " " in text:
        return False
    after = u.stext[rel + len(text) :]
    if len(words) > 1 and words[-1].lower() == "the" and words[-2].lower() == "of" and NOUN_END.match(after):
        return True  # (ev39) "wives and mothers of the detained, walked ...": a participle as a noun names people
    if res.pattern_search("attributive_common_noun_after", after[:40]):
        # (ev58) "alleging that the arrested villagers were innocent", "with a stolen tractor-trailer"; (ev62) "of
        # stolen fuel", "with the detained members."
        return True
    return re.match(r"\s+[A-Z]", after) is not None


def _attributive_person(words: list, text: str, after: str, res) -> bool:
    """(ev99) A (de)mobilisation participle (fix108: only those, `attributive_person_triggers`; "four abducted women",
    "20 arrested men" keep their events) between a number or a determiner (`attributive_person_before`; no possessive:
    "its demobilised fighters joined a new group" keeps it) and a person's noun that its clause's verb follows ("About
    200 demobilised soldiers blocked the road", "relatives of mobilised men gathered"; `attributive_person_noun_after`;
    numbers of lexicon.json `number_words`) describes the people: no change of a force's activity ("the army
    demobilised 200 soldiers" keeps it)."""
    if not words or text.lower() not in res.wordset("attributive_person_triggers"):
        return False
    prev = words[-1].lower()
    numbers = res.lexicon["number_words"]
    if not (prev.isdigit() or prev in numbers or prev in res.wordset("attributive_person_before")):
        return False
    return res.pattern_search("attributive_person_noun_after", after[:60]) is not None


NOUN_END = re.compile(r"\s*(?:[,;:)]|\.\s|\.?$|\s(?:and|or|who|were|are|have|had)\b)")


DURING_BEFORE = re.compile(
    r"\b(?:during|amid|amidst|in\s+the\s+course\s+of)\s+(?:the|this|that)\s+(?:[\w\-]+\s+)?$", re.I
)


def _pattern_after(res, name: str, stext: str, pos: int) -> bool:
    return res.pattern_search(name, stext, pos, pos + 160) is not None


def _released(u, t, trig, res) -> bool:
    """A release with no deal named (`release_deal_words`) ends a detention or abduction told before: neither it nor
    the ransom after it ("was released on Sunday after his family paid a ransom") is an event."""
    if trig.id != "hostage_release" and trig.sub_event_type != "Abduction/forced disappearance":
        return False
    first = min((x.start_char for x in u.triggers if res.triggers[x.label_].id == "hostage_release"), default=None)
    if first is None or first > t.start_char or _new_clause_act(u, t, first - u.s0):
        return False  # (fix102) "Both were released on Wednesday; on Thursday, bandits kidnapped ...": a new capture
    deal = res.words_re("release_deal_words")
    return deal is None or deal.search(u.stext) is None


CLAUSE_STOP = re.compile(r"[;:]|\s[—–]\s")  # the end of a release's own clause
RELEASE_RETOLD_SUBS = ("Abduction/forced disappearance", "Arrests")


def _release_retold(u, t, trig, art) -> bool:
    """(ev92) A clause whose predicate is a release (`release_clause_openers`: "9 of the 14 people abducted on 29 July
    were released after ...", "Seven were released on 11 September; two remain in detention at X"): an abduction or a
    detention named in it or after it is the one the article has told already (one of its sub-type was reported), not a
    new one, and talks that freed captives the article has told of are no agreement. The capture told first in its own
    clause ("Gunmen abducted two traders; both were released") stays."""
    told = {trig.sub_event_type} if trig.sub_event_type in RELEASE_RETOLD_SUBS else set()
    if trig.sub_event_type == "Agreement":
        told = set(RELEASE_RETOLD_SUBS)  # "Both were released the same evening after negotiations by elders": no deal
    if not told or not any(e.sub_event_type in told for e in art.events):
        return False  # (perf29: no kind told, no walk over the article's events for each trigger)
    rx = art.res.patterns_re("release_clause_openers")
    m = rx.search(u.stext) if rx is not None else None
    rel = t.start_char - u.s0
    # (fix102) up to the end of the release's own clause: "Both were released on Wednesday; on Thursday, bandits
    # kidnapped a pastor in X" tells a new capture after the semicolon
    return m is not None and m.start() <= rel and not _new_clause_act(u, t, m.end())


def _new_clause_act(u, t, pos: int) -> bool:
    """(fix102) A past verb told in a clause after the release's own ("Both were released on Wednesday; on Thursday,
    bandits kidnapped a pastor in X"): a new capture. A noun there ("; two remain in detention at X") is the
    detention the release ends."""
    rel = t.start_char - u.s0
    verb = past_verb_text(span_text(t))
    return verb and CLAUSE_STOP.search(u.stext, pos, rel) is not None


def _charged(u, rel: int, res) -> bool:
    """What someone is accused of, after the event that reports it ("arrested two suspected facilitators, accusing them
    of sheltering the men who attacked a police station in April"): the act charged is told as the reason, not
    reported (`charge_clause_openers`); alone in its sentence ("Ukraine accused Russia of shelling ...") it stays."""
    rx = res.patterns_re("charge_clause_openers")
    if rx is None:
        return False
    last = None
    for m in rx.finditer(u.stext, 0, rel):
        last = m
    if last is None or re.search(r"[.;]", u.stext[last.end() : rel]):
        return False
    return any(t2.start_char - u.s0 < last.start() for t2 in u.triggers)


def _charged_crime(t, u, res, stext: str, rel: int) -> bool:
    """(ev92) A trigger noun (or gerund) that names the crime of a trial, a sentence or a charge (`charged_crime_before`:
    "sentenced to life imprisonment for the murder of", "to death for the killing of eleven civilians", "filed charges
    of murder"): the court's act, dated by the court, reports no new event. A verb of the crime itself ("..., who was
    shot dead at his home in X on 14 March") keeps its own event."""
    if past_verb_text(span_text(t)):
        return False
    if res.pattern_search("charged_crime_before", stext[max(0, rel - 140) : rel]) is None:
        return False
    return not _own_day_after(t, u, rel)


def _own_day_after(t, u, rel: int) -> bool:
    """(fix102) A day named after the crime's trigger with no other trigger between ("charged with the killing of a
    trader in X on Friday night", "charged 40 protesters with rioting after clashes in X on Tuesday"): the crime is
    an event of its own, told here first. A day in a clause of its own verb ("the murder of Y, who was shot dead at
    his home in X on 14 March") belongs to that verb's event."""
    end = t.end_char
    days = [d for d in u.day_dates if d.precision == 1 and d.start >= end]
    if not days:
        return False
    return not any(end <= o.start_char < days[0].start for o in u.triggers if o is not t)
