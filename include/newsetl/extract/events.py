"""Assemble ACLED/PLOVER-coded events from a processed spaCy Doc of an article body.

Per sentence with a trigger: drop non-events (plans, threats, modals, negation, background years,
aggregates), pick the strongest trigger, assign roles (agent before the trigger or after "by"; target
after "on/against/targeting" or the object; civilian victims), place (most specific place of the
sentence, else carried over from the paragraph / article lead), date (resolved against the reference
date, else carried over from the paragraph), fatalities, source and hedging. Mentions of the same
event (same type and place, compatible dates) in one article are merged.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from .dates import find_dates
from .gazetteer import Gazetteer, Place
from .resources import Actor, Resources

PAST_YEAR_KINDS = ("year", "monthyear", "lastyear")
MODAL_RE = re.compile(
    r"\b(will|would|could|might|may|should|must|can|cannot|can't|won't|plans?\s+to|planning\s+to|preparing\s+to|prepares?\s+to|"
    r"threaten(?:s|ed)?\s+to|vow(?:s|ed)?\s+to|warn(?:s|ed)?|aims?\s+to|intends?\s+to|expected\s+to|ready\s+to|seeking\s+to|"
    r"attempt(?:s|ed)?\s+to|tried\s+to|trying\s+to|try\s+to|if|unless|in\s+order\s+to|to\s+launch|to\s+resume|to\s+eliminate|"
    r"to\s+take|to\s+seize|to\s+capture|to\s+retake|to\s+attack|to\s+strike|likely|possible|potential|any)\s*$",
    re.I,
)
MODAL_ANY = re.compile(
    r"\b(will|would|could|might|should|must|cannot|can't|won't|plans?\s+to|planning\s+to|preparing\s+to|prepares?\s+to|"
    r"threaten(?:s|ed|ing)?|vow(?:s|ed)?\s+to|vowed|pledged\s+to|promised\s+to|warn(?:s|ed)?|aims?\s+to|intends?\s+to|expected\s+to|"
    r"ready\s+to|seeking\s+to|seeks\s+to|trying\s+to|try\s+to|tried\s+to|set\s+to|due\s+to\s+(?:begin|start|take)|"
    r"called\s+for|calls\s+for|called\s+on|ruled\s+out|rules\s+out|refused\s+to|refuses\s+to|calls\s+on|urged|urges|appealed|planned\s+(?:for|to)|scheduled\s+(?:for|to)|proposed|in\s+order\s+to|if|unless)\b", re.I)
NEG_RE = re.compile(r"\b(not|no|never|denied|deny|denies|didn't|did\s+not|without|neither|nor)\b[^,.;]{0,25}$", re.I)
AGGREGATE_RE = re.compile(
    r"\b(since\s+(?:the\s+)?(?:19|20)\d\d|since\s+the\s+(?:start|beginning)|so\s+far\s+this\s+year|in\s+total|a\s+total\s+of|"
    r"record\s+numbers|has\s+recorded|have\s+recorded|over\s+the\s+past\s+(?:year|decade|months|years)|death\s+toll\s+since|"
    r"since\s+(?:(?:early|late|mid)[-\s])?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d|\b)|since\s+\d{1,2}\s+[A-Z][a-z]+|since\s+(?:the\s+)?(?:war|conflict|fighting|offensive|uprising|coup)\s+(?:began|started|erupted)|hundreds\s+of\s+thousands|tens\s+of\s+thousands\s+of\s+people\s+have|"
    r"every\s+(?:day|week|month)|each\s+(?:day|week)|repeatedly|regularly|(?:several|many|multiple|numerous|countless)\s+times|"
    r"for\s+years|in\s+recent\s+(?:years|months))\b",
    re.I,
)
VERB_LIKE = re.compile(r"(ed|ing)$|^(struck|shot|hit|seized|took|overran|overrun|blew|fought|stormed|shelled|bombed|killed|"
                       r"captured|recaptured|retook|dispersed|torched|looted|set|met|signed|held)$", re.I)
KILL_RE = re.compile(r"\b(killed|killing|kill|kills|dead|died|dies|death|deaths|lives|slain|massacred|executed|fatalities|bodies)\b", re.I)
INJURY_RE = re.compile(r"\b(wounded|injured|injuring|wounding|hurt|injuries)\b", re.I)
_LEX_CACHE: dict[int, tuple] = {}


def _words_re(words) -> re.Pattern | None:
    ws = sorted({w.strip().lower() for w in words if w and w.strip()}, key=len, reverse=True)
    if not ws:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w).replace("\\ ", r"\s+") for w in ws) + r")(?![\w-])", re.I)


def lex_patterns(res: Resources) -> tuple[re.Pattern, re.Pattern]:
    """(kill, injury) patterns built from lexicon.json; the built-in lists are the fallback."""
    got = _LEX_CACHE.get(id(res))
    if got is None:
        lex = res.lexicon
        kill = _words_re([w for w in lex.get("kill_words", []) if w.lower() not in ("toll", "body", "death toll rose")]) or KILL_RE
        injury = _words_re(lex.get("injury_words", [])) or INJURY_RE
        got = _LEX_CACHE[id(res)] = (kill, injury)
    return got
ZERO_RE = re.compile(
    r"\b(no\s+(?:immediate\s+)?(?:reports?\s+of\s+)?(?:casualties|deaths|fatalities|injuries|one\s+was\s+(?:killed|hurt|injured)|"
    r"loss\s+of\s+life)|(?:did\s+not|didn't|didn’t)\s+report\s+any\s+(?:casualties|deaths)|without\s+(?:causing\s+)?casualties|"
    r"nobody\s+was\s+(?:killed|hurt)|no-one\s+was\s+(?:killed|hurt)|caused\s+no\s+casualties)\b",
    re.I,
)
TOLL_RE = re.compile(r"\bdeath\s+toll\b[^.;]{0,40}?\b(?:at|to|of|reached|stands\s+at|rose\s+to|climbed\s+to)\s+(?:at\s+least\s+|over\s+|more\s+than\s+)?(?P<num>[\d,]+|[a-z\-]+)", re.I)
NUM_TOKEN = r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
QTY_RE = re.compile(rf"\b(?P<mod>at\s+least|more\s+than|over|nearly|almost|about|around|up\s+to|some|an\s+estimated)?\s*(?P<num>{NUM_TOKEN})\s+(?P<noun>(?:[A-Za-z\-]+\s+){{0,2}}[A-Za-z\-]+)", re.I)
ACCORDING_RE = re.compile(r"\baccording\s+to\s+(?:the\s+|a\s+)?(?P<src>[^,.;“”\"()]{2,80})", re.I)
SAID_RE = re.compile(r"(?P<src>\b[A-Z][\w\-’']*(?:\s+(?:of|for|the|[A-Z][\w\-’']*))*)\s+(?:said|says|reported|told|claimed|announced|confirmed)\b")
REPORTED_BY_RE = re.compile(r"[”\"],?\s+(?:reported|said|told|according\s+to)\s+(?P<src>[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*)*)")
CLAUSE_SPLIT = re.compile(r"[;:—()]|,(?!\d)|\bwhich\b|\bwho\b|\bwhere\b|\bwhen\b|\bafter\b|\bbefore\b|\bas\b")
BY_AGENT = re.compile(r"\b(by|from)\s+(?:the\s+)?(?:[\w\-’']+\s+){0,2}$", re.I)
FINE_FEATURES = ("city", "town", "village", "neighbourhood", "camp", "base", "border_crossing")


@dataclass
class Event:
    sub_event_type: str
    event_type: str
    plover_event: str
    plover_mode: str | None
    trigger: str
    sentence: str
    start_char: int
    end_char: int
    actor1: Actor | None = None
    actor2: Actor | None = None
    civilian_targeting: bool = False
    place: Place | None = None
    place_precision: int | None = None
    event_date: date | None = None
    time_precision: int = 3
    fatalities: int | None = None
    source: str | None = None
    hedged: bool = False
    paragraph: int = 0
    extras: dict = field(default_factory=dict)


def number_value(tok: str, numbers: dict[str, int]) -> int | None:
    t = tok.lower().replace(",", "")
    if t.isdigit():
        return int(t)
    if t in numbers:
        return int(numbers[t])
    if "-" in t:
        parts = t.split("-")
        if all(p in numbers for p in parts):
            return sum(int(numbers[p]) for p in parts)
    return None


EXTRA_VICTIMS = {"protesters", "protester", "protestors", "demonstrators", "demonstrator", "employees", "employee", "staff", "staffers",
                 "deminers", "combatants", "hostages", "gendarmes", "gendarme", "pilgrims", "shoppers", "guests", "patients", "boys",
                 "girls", "infants", "babies", "relatives", "family", "families", "crew", "others", "people", "civilians", "soldiers",
                 "fighters", "militiamen", "marines", "commandos", "recruits", "cadets", "troops", "agents", "contractors",
                 "son", "sons", "daughter", "daughters", "brother", "brothers", "sister", "sisters", "wife", "wives", "husband",
                 "nephew", "nephews", "niece", "nieces", "grandson", "grandsons", "granddaughter", "granddaughters", "cousin", "cousins"}
RELATIVE_GAP = re.compile(r"\s+and\s+(?:his|her|their)\s+$", re.I)  # "a herder and his two sons": one list of victims
LOSS_RE = re.compile(r"\b(?:lost|losing)\s+(?:at\s+least\s+|more\s+than\s+)?[\w\-,]+\s+(?:of\s+(?:its|their|his)\s+)?(?:[\w\-]+\s+)?(?:fighters|soldiers|men|troops|members|militants|combatants|policemen|gendarmes|officers|militiamen)\b|"
                     r"\b[\w\-,]+\s+of\s+the\s+(?:attackers|assailants|militants|insurgents|gunmen|jihadists|rebels|fighters|raiders|bandits|soldiers|troops)\s+(?:were|was|had\s+been)\s+(?:also\s+)?(?:killed|slain|shot\s+dead)\b", re.I)
_VICTIM_CACHE: dict[int, tuple] = {}


def _victim_patterns(res: Resources):
    got = _VICTIM_CACHE.get(id(res))
    if got is None:
        lex = res.lexicon
        numbers = {k.lower(): int(v) for k, v in lex.get("number_words", {}).items() if isinstance(v, (int, float))}
        vague = {v.lower() for v in lex.get("vague_quantities", [])}
        numbers = {k: v for k, v in numbers.items() if k not in vague}
        victims = {v.lower() for v in lex.get("victim_nouns", []) if " " not in v} | EXTRA_VICTIMS
        num_alt = "|".join(sorted(map(re.escape, numbers), key=len, reverse=True))
        vic_alt = "|".join(sorted(map(re.escape, victims), key=len, reverse=True))
        qty = re.compile(
            rf"(?<![\w-])(?P<mod>(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|an\s+estimated|another|a\s+further)\s+)?"
            rf"(?P<num>\d[\d,]*|(?:{num_alt})(?:-(?:{num_alt}))?|a|an|one|(?:the|their|his|her|its)(?!\s+(?:\d|(?:{num_alt})\b))(?=\s+(?:[\w’'\-]+\s+){{0,2}}?(?:{vic_alt})(?![\w-])))\s+(?P<of>of\s+(?:the\s+|them\b\s*|whom\b\s*)?)?"
            rf"(?P<mods>(?:(?!and\b|or\b|were\b|was\b|in\b|at\b|on\b|near\b)[\w’'\-]+\s+){{0,3}}?)(?P<noun>{vic_alt})(?![\w-])", re.I)
        got = _VICTIM_CACHE[id(res)] = (numbers, qty)
    return got


LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+along\s+with\s+|\s+plus\s+)\s*$", re.I)
SUBSET_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+(?:at\s+least\s+)?$", re.I)
KILL_AFTER = re.compile(r"^\s*(?:,\s*)?(?:and\s+(?:[\w\-]+\s+){0,1}(?:rebels|fighters|militants|soldiers|civilians|attackers|police|policemen|troops)\s+)?(?:(?:(?:most|many|all|some)\s+of\s+them|including|among\s+them)\s+[\w\s\-]{0,40}?,\s*)?(?:who\s+)?(?:were|was|have\s+been|had\s+been|are|is)?\s*"
                        r"(?:also\s+|reportedly\s+|later\s+)?(?:killed|dead|died|slain|shot\s+dead|executed|massacred|murdered|lost\s+their\s+lives|perished|(?:hacked|stabbed|burned|burnt|beaten|clubbed|stoned|bludgeoned)\s+to\s+death|burn[et]d?\s+alive)\b", re.I)
KILL_BEFORE = re.compile(r"\b(?:killed|killing|kills|kill|shot\s+dead|shooting\s+dead|fatally\s+(?:shot|shooting|wounded|stabbed)|gunned\s+down|"
                         r"massacred|executed|executing|beheaded|beheading|murdered|slaughtered|claimed\s+the\s+lives\s+of|claiming\s+the\s+lives\s+of|"
                         r"took\s+the\s+lives\s+of|deaths?\s+of|killings?\s+of|(?:killed|dead|died)\s+(?:along|together)\s+with|bodies\s+of|(?:beat|hacked|hacking|stabbed|stabbing|burned|burnt|burning|beaten|beating|clubbed|stoned|bludgeoned)\s+to\s+death|lost|losing|left|leaving)\s*(?:(?:the|their|all|all\s+the|both)\s+)?$", re.I)
BARE_KILL = re.compile(r"\b(?:killing|killed|kills|shot\s+dead|shooting\s+dead|(?:hacked|hacking|stabbed|stabbing)\s+to\s+death)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|another\s+)?"
                       r"(?P<num>\d[\d,]*|[a-z]+(?:-[a-z]+)?)(?:\s+of\s+(?:them|whom))?(?=\s*(?:[,.;)]|$)|\s+(?:and|in|on|at|near|during|when|while|before|after|as)\b)", re.I)
ZERO2_RE = re.compile(r"\b(?:killed|killing|kill)\s+no\s+one\b|\bno\s+(?:one|body|people)\s+(?:was|were)\s+(?:killed|hurt|injured)\b|\bno\s+deaths\b", re.I)


def fatalities_in(text: str, res: Resources) -> int | None:
    """Deaths stated in a sentence: victim quantities bound to a kill word (lists summed, subsets and wounded left out,
    running totals skipped); "death toll ... N" wins; 0 only when explicitly none; None when vague or absent."""
    numbers, qty = _victim_patterns(res)
    KILL_RE, INJURY_RE = lex_patterns(res)
    m = TOLL_RE.search(text)
    if m and not AGGREGATE_RE.search(text[max(0, m.start() - 40):m.end() + 40]):
        v = number_value(m.group("num"), {**numbers, "a": 1, "an": 1})
        if v is not None:
            return v
    zero = ZERO_RE.search(text) or ZERO2_RE.search(text)
    if not KILL_RE.search(text) and not LOSS_RE.search(text) and not BARE_KILL.search(text):
        return 0 if zero else None
    total, found = 0, False
    for seg in re.split(r"[;—]|\.\s", text):
        if RUNNING_TOTAL.search(seg):
            continue
        qs = []
        for q in qty.finditer(seg):
            cb0, cb1 = _clause_bounds(seg, q.start())
            if AGGREGATE_RE.search(seg[cb0:cb1]):
                continue  # "more than 4,000 people since 2017" (but not "..., in one of the deadliest massacres in recent years")
            raw = q.group("num").lower().replace(",", "")
            if raw in ("the", "their", "his", "her", "its"):
                if q.group("noun").lower().endswith("s") or re.search(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|other|remaining)\b", q.group("mods"), re.I):
                    continue  # "the soldiers", "the two men": not a single person
                val = 1
                if q.group("of"):
                    continue
            elif raw in ("a", "an", "one"):
                val = 1
                if q.group("of"):
                    continue
            else:
                val = number_value(raw, numbers)
            if val is None or val > 100000 or re.fullmatch(r"(?:19|20)\d\d", raw):
                continue
            if re.search(r"\d[.,:]?\s*$", seg[max(0, q.start() - 4):q.start()]):
                continue
            if q.group("of") and re.match(r"of\s+(?:them|whom)", q.group("of"), re.I):
                continue  # "six of them children": a subset of a figure already counted
            if SUBSET_BEFORE.search(seg[max(0, q.start() - 25):q.start()]):
                continue
            qs.append((q.start(), q.end(), val))
        # group coordinated quantities into lists ("nine SDF fighters and at least five jihadists")
        lists: list[list] = []
        for st, en, val in qs:
            gap = seg[lists[-1][-1][1]:st] if lists else ""
            if lists and RELATIVE_GAP.fullmatch(gap):
                gap = gap[:gap.lower().rstrip().rfind(" ")] + " "
            if lists and not re.match(r"[^,.;]{0,30}?\b(?:said|says|told|reported|added)\b", seg[en:en + 40], re.I) and LIST_GAP.fullmatch(gap + " ") and gap.strip(" ,").lower() in ("", "and", "as well as", "along with", "plus"):
                lists[-1].append((st, en, val))
            else:
                lists.append([(st, en, val)])
        for lst in lists:
            st, en = lst[0][0], lst[-1][1]
            before, after = seg[max(0, st - 40):st], seg[en:en + 80]
            bound = KILL_BEFORE.search(before) is not None or KILL_AFTER.match(after) is not None
            if bound and re.search(r"\b(?:left|leaving)\s*$", before, re.I) and not re.match(r"\s*dead\b", after, re.I):
                bound = False  # "leaving six wounded"
            injured = INJURY_RE.search(before[-25:]) is not None and not KILL_RE.search(before[-25:]) or \
                (INJURY_RE.match(after.strip(" ,")[:20]) is not None if after.strip(" ,") else False)
            if bound and not injured:
                total += sum(v for _, _, v in lst)
                found = True
        taken = [(st, en) for st, en, _ in qs]
        for b in BARE_KILL.finditer(seg):
            if any(st < b.end() and b.start() < en for st, en in taken) or re.fullmatch(r"(?:19|20)\d\d", b.group("num")):
                continue
            v = number_value(b.group("num"), numbers)
            if v is not None and v <= 100000 and not RUNNING_TOTAL.search(seg):
                total += v  # "killing 17.", "killing two of them"
                found = True
    if found:
        return total
    if zero:
        return 0
    return None


REFERENCE_PREP = re.compile(r"\b(?:under|despite|violat\w*|breach\w*|in\s+line\s+with|in\s+accordance\s+with|as\s+part\s+of|terms\s+of|since|during|before|after)\s+(?:a|an|the|its|their)?\s*(?:[\w\-]+\s+){0,3}$", re.I)
CROWD_RE = re.compile(r"\b(?:crowds?|protesters|protestors|demonstrators|rioters|mobs?|youths|stone-throw\w*|stone\s+throw\w*|supporters)\b", re.I)
PROTEST_TARGET_RE = re.compile(r"\b(?:opened\s+fire|fired|shot|shooting|killed|killing)\b[^.;]{0,40}\b(?:protesters|protestors|demonstrators|marchers)\b|"
                               r"\b(?:protesters|protestors|demonstrators|marchers)\b[^.;]{0,25}\b(?:were|was)\s+(?:shot|killed)|\bduring\s+(?:a|the|an)\s+(?:[\w\-]+\s+)?(?:march|protest|demonstration|rally|sit-in|sit\s+in|vigil|gathering)\b", re.I)
REPORT_BEFORE = re.compile(r"\b(?:said|says|announced|released|published|posted|reported|told\s+\w+|confirmed|claimed|denied|stated|added|"
                           r"condemned|statement|video|report)\s+(?:late\s+|early\s+)?(?:on\s+)?$", re.I)
ATTRIB_TAIL = re.compile(r",\s*(?:[^,;]{0,70}?\s)?(?:said|says|reported|told\s+\w+|according\s+to\b[^,;]*)(?:[^,;]{0,40})?[.”\"]?\s*$|"
                         r"^[^,;]{0,60}\b(?:said|say|says|reported|told\s+\w+)\s+(?:that\s+)?", re.I)
VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots", "Protests")
REPORT_AFTER = re.compile(r"\s*(?:night\s+|morning\s+|evening\s+)?(?:said|says|condemned|announced|reported|confirmed|denied|accused|claimed|told|warned|called|urged|released|published|found)\b", re.I)
PAST_VERB = re.compile(r"\b(?:struck|hit|killed|attacked|seized|captured|shelled|bombed|fired|clashed|fought|stormed|opened|took|signed)\b", re.I)


NOUN_MODIFIED = re.compile(r"\s+(?:movement|movements|leaders?|organi[sz]ers?|organi[sz]ations?|groups?|camp|site|slogans?|songs?|banners?|"
                           r"season|campaign|leader|commander|commanders|capabilit(?:y|ies)|programme|program|zone|law|laws|policy|"
                           r"negotiations?|negotiators?|talks|process|plan|plans|threat|threats|fears?|risk)\b", re.I)
ONGOING_BEFORE = re.compile(r"\b(?:days|weeks|months|years|decades|nights|series|wave|waves|spate|string|history|cycle|campaign)\s+of\s+(?:[\w\-]+\s+){0,2}$", re.I)
SUBORDINATE_BEFORE = re.compile(r"(?:\bwho|\bwhich|\bthat|\bas\s+(?:they|it|he|she)|\bafter\s+(?:they|it)|\bbefore\s+(?:they|it))\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?$", re.I)
RUNNING_TOTAL = re.compile(r"\b(?:have|has)\s+(?:now\s+|so\s+far\s+|since\s+)?(?:been\s+)?(?:killed|wounded|injured|displaced|arrested|detained|abducted|kidnapped)\b", re.I)
BACKGROUND_SENT = re.compile(r"\b(?:since\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$)|\b(?:war|conflict|crisis|uprising|insurgency|revolution)\s+(?:first\s+)?(?:began|started|broke\s+out|erupted)\b", re.I)
MONTH_ONLY = re.compile(r"\b(?:in|since|during|until)\s+(?:early\s+|late\s+|mid-?)?(?P<mon>january|february|march|april|(?-i:May)|june|july|august|september|october|november|december)\b(?!\s+\d)", re.I)


TOPIC_BEFORE = re.compile(r"\b(?:against|over|denounc\w+|condemn\w*|to\s+demand|demanding|in\s+protest\s+at|to\s+protest)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-’']+\s+){0,3}$", re.I)
ENDED_AFTER = re.compile(r"\W*(?:[\w\-’']+\s+){0,2}?(?:has\s+|had\s+)?(?:expired|lapsed|collapsed|broke\s+down|ended|ran\s+out)\b", re.I)
REASON_BEFORE = re.compile(r"\b(?:responsibility\s+for|credit\s+for|on\s+suspicion\s+of|suspected\s+of|in\s+connection\s+with|accused\s+of|charged\s+with|convicted\s+of|"
                           r"for\s+(?:their|his|her|its)\s+(?:role|part)\s+in|involvement\s+in|responsible\s+for|blamed\s+for|"
                           r"in\s+retaliation\s+for|in\s+response\s+to|revenge\s+for|investigat\w+\s+(?:into\s+)?)\s+(?:[\w\-]+\s+){0,4}$", re.I)
REMOVAL_BEFORE = re.compile(r"\b(?:removed|removing|defused|defusing|dismantled|dismantling|cleared|clearing|disposed\s+of|neutrali[sz]ed|"
                            r"disarmed|deactivated|found|discovered|uncovered|seized|seizing|confiscated|recovered|intercepted|detected|"
                            r"safely\s+detonated|destroyed\s+a\s+cache\s+of)\s+(?:[\w\-]+\s+){0,5}$", re.I)
YEAR_ADJ_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+(?P<y>(?:19|20)\d\d)\s+(?:[\w\-]+\s+)?$", re.I)
TERRITORY_SUBS = ("Government regains territory", "Non-state actor overtakes territory")
AIR_ASSET = re.compile(r"\b(?:aircraft|jets?|warplanes?|fighter\s+jets?|planes?|drones?|helicopters?|gunships?|air\s+force|bombers?|airstrikes?|air\s+strikes?)\b", re.I)
HEAVY_ASSET = re.compile(r"\b(?:artillery|howitzers?|shells?|shelling|rockets?|mortars?|missiles?|tanks?|grad|multiple\s+rocket\s+launchers?)\b", re.I)


def _place_object(stext: str, end: int, splaces, s0: int) -> bool:
    """A place directly after the trigger ("took Tarhuna", "entered the town of Hajin", "took control of Kabul")."""
    for p in splaces:
        gap = stext[end:p.start_char - s0]
        if p.start_char - s0 >= end and re.fullmatch(r"\s*(?:back\s+)?(?:control\s+of\s+)?(?:the\s+)?(?:(?:[\w\-]+\s+){0,2}(?:town|city|village|district|area|"
                                                        r"neighbourhood|neighborhood|suburb|port|base|airport|capital)\s+(?:of\s+)?)?", gap, re.I):
            return True
    return False


REL_DATE = re.compile(r"\b(?:(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+(?P<dir>earlier|later)|the\s+(?P<same>same|following|next)\s+day|"
                      r"(?:later|earlier)\s+(?:that|the\s+same)\s+day|that\s+same\s+day)\b", re.I)
_REL_N = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _relative_date(stext: str, s0: int, anchor):
    """A date given relative to the last one of the story ("A day earlier", "The same day", "the following day")."""
    from datetime import timedelta

    from .dates import DateMention

    m = REL_DATE.search(stext)
    if m is None or anchor is None or anchor[1] != 1:
        return None
    days = 0
    if m.group("n"):
        n = _REL_N.get(m.group("n").lower()) or int(m.group("n"))
        days = -n if m.group("dir").lower() == "earlier" else n
    elif m.group("same") and m.group("same").lower() in ("following", "next"):
        days = 1
    return DateMention(s0 + m.start(), s0 + m.end(), m.group(0), anchor[0] + timedelta(days=days), 1, "relative")


SUBORD_CLAUSE = re.compile(r"\b(?:after|before|as|when|once|until|while)\s+(?:the\s+|its\s+|their\s+|his\s+)?(?:[\w\-’']+\s+){0,3}$", re.I)


def _month_is_past(mon: str, ref: date) -> bool:
    from .dates import MONTHS

    m = MONTHS.get(mon.lower())
    return m is not None and m != ref.month


CROWD_SUBJ = re.compile(r"\b(?:crowds?|mobs?|(?:angry\s+)?residents|villagers|youths|protesters|protestors|demonstrators|rioters|supporters)\b", re.I)
RIOT_ACT = re.compile(r"\b(?:toppled|tore\s+down|smashed|torched|set\s+(?:[\w\-]+\s+){0,5}?(?:on\s+fire|ablaze|alight)|set\s+fire|stormed|broke\s+into|"
                      r"burned|burnt|ransacked|looted|pelted|hurled|threw\s+(?:stones|rocks|petrol\s+bombs|molotov)|vandali[sz]ed|clashed\s+with\s+police)\b", re.I)
ARMED_TYPES = ("State forces", "Rebel group", "Political militia", "Identity militia", "External/Other forces")


def _crowd_retype(ev, a1, stext: str, rel: int, res: Resources) -> None:
    """Crowds are rioters: a crowd that kills or beats someone is mob violence, protesters who burn, storm or topple
    things hold a violent demonstration; an armed group that burns homes destroys property."""
    c0, _ = _clause_bounds(stext, rel)
    subj = stext[c0:rel]
    crowd = CROWD_SUBJ.search(subj) is not None and (a1 is None or a1.actor_type in ("Protesters", "Rioters", "Civilians"))
    if crowd and ev.sub_event_type == "Attack":
        ev.event_type, ev.sub_event_type = "Riots", "Mob violence"
        ev.plover_event, ev.plover_mode = "PROTEST", "riot"
    elif crowd and re.search(r"\b(?:protesters|protestors|demonstrators|rioters)\b", subj, re.I) and RIOT_ACT.search(stext[rel:rel + 80]) \
            and ev.event_type in ("Strategic developments", "Battles", "Violence against civilians"):
        ev.event_type, ev.sub_event_type = "Riots", "Violent demonstration"
        ev.plover_event, ev.plover_mode = "PROTEST", "riot"
    elif ev.sub_event_type == "Violent demonstration" and a1 is not None and a1.actor_type in ARMED_TYPES[1:] + ("State forces",) \
            and not any(not re.match(r"\s+(?:said|say|says|told|reported)\b", stext[m.end():m.end() + 12]) for m in CROWD_SUBJ.finditer(stext)):
        ev.event_type, ev.sub_event_type = "Strategic developments", "Looting/property destruction"
        ev.plover_event, ev.plover_mode = "COERCE", "destroy"


IRREGULAR_PAST = {"struck", "hit", "shot", "took", "overran", "blew", "fought", "met", "held", "led", "broke", "threw", "drove", "set",
                  "fled", "stole", "beat", "began", "came", "went", "left", "brought", "caught", "sent", "tore", "won", "lost", "made",
                  "found", "put", "cut", "ran", "rode", "saw", "stood", "bought", "burnt", "spent", "sought", "swept", "withdrew", "retook"}


def _governing_past_verb(stext: str, rel: int) -> bool:
    """A past-tense verb shortly before a nominal trigger in its clause ("removed a high number of IEDs",
    "carried out a raid"): the sentence reports a completed act, not a state or a plan."""
    c0, _ = _clause_bounds(stext, rel)
    words = re.findall(r"[A-Za-z]+", stext[max(c0, rel - 50):rel])[-6:]
    return any((w.lower().endswith("ed") and len(w) > 4) or w.lower() in IRREGULAR_PAST for w in words)


def _place_holders(doc, places, res: Resources) -> dict:
    """Place name -> actor holding it, from "the ISIS-held town of Hajin", "rebel-controlled Saraqib"."""
    out = {}
    text = doc.text
    for e in doc.ents:
        if e.label_ != "ACTOR":
            continue
        m = re.match(r"[\s-]*(?:held|controlled|occupied|run)\b", text[e.end_char:e.end_char + 14], re.I)
        if not m:
            continue
        actor = res.actors.get(e.ent_id_)
        for p in places:
            if 0 <= p.start_char - (e.end_char + m.end()) <= 40 and "." not in text[e.end_char:p.start_char]:
                if actor is not None:
                    out.setdefault(p._.place[0].name, actor)
                break
    return out


def _in_proper_name(t) -> bool:
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
    neighbour_cap = (prev is not None and prev.is_alpha and prev.text[0].isupper() and not at_start) or \
                    (nxt is not None and nxt.is_alpha and nxt.text[0].isupper())
    return neighbour_cap and not (at_start and (nxt is None or not nxt.text[0].isupper()))


def _past_verb_between(text: str, a: int, b: int) -> bool:
    """A finite past verb after the modal ("would assess them, but ... struck") ends its scope."""
    m = None
    for m in MODAL_ANY.finditer(text, a, b):
        pass
    return bool(m and PAST_VERB.search(text, m.end(), b))


def source_in(text: str) -> str | None:
    m = ACCORDING_RE.search(text)
    if m:
        src = m.group("src").strip()
        return " ".join(src.split()[:8])
    m = REPORTED_BY_RE.search(text)
    if m:
        return m.group("src").strip()
    m = SAID_RE.search(text)
    if m and not m.group("src").lower().startswith(("the ", "it ", "he ", "she ", "they ")):
        src = m.group("src").strip()
        if len(src.split()) <= 8:
            return src
    return None


def _clause_bounds(text: str, pos: int) -> tuple[int, int]:
    start, end = 0, len(text)
    for m in CLAUSE_SPLIT.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _generic(actor: Actor, iso3: str | None, res: Resources) -> Actor:
    if not actor.generic:
        return actor
    names = res.lexicon.get("country_names", {})
    cname = names.get(iso3) if iso3 else None
    name = actor.name.replace("{country}", cname) if cname else actor.name.replace(" of {country}", "").replace(" ({country})", "").replace("{country}", "").strip()
    return Actor(name, actor.actor_type, iso3, False)


NONSTATE_TYPES = ("Rebel group", "Political militia", "Identity militia")
KILL_VERB = re.compile(r"\b(?:killed|killing|shot\s+dead|massacred|beheaded|executed|murdered)\b", re.I)
PROTEST_CONTEXT = re.compile(r"\b(?:during|at|after|at\s+the\s+end\s+of)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}(?:demonstration|protest|rally|march|sit-in|vigil)s?\b", re.I)
CLAIM_RE = re.compile(r"\b(?:claimed|claims|has\s+claimed|have\s+claimed|later\s+claimed)\s+(?:responsibility|credit)\b|\b(?:claimed|claims)\s+(?:the|this|that|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+(?:[\w\-]+\s+){0,2}?(?:attack|bombing|blast|assault|ambush|killing|killings|raid)\b|\bsaid\s+it\s+was\s+behind\b", re.I)
BLAME_RE = re.compile(r"\b(?:blamed|blames|attributed)\s+(?:the|this|that|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+"
                      r"(?:[\w\-]+\s+){0,2}?(?:attack|ambush|bombing|blast|assault|killing|killings|raid|massacre|explosion)s?\s+(?:on|to)\s+(?:the\s+)?", re.I)
NEG_CLAIM = re.compile(r"\b(?:no|not|never|nobody|none|denied|deny|denies|yet\s+to)\b", re.I)
ALSO_RESTATE = re.compile(r"^\W*(?:The|These|Those)\s+(?:attackers|assailants|gunmen|fighters|militants|insurgents|raiders|rebels|militiamen|bandits|jihadists)\b.*\balso\b", re.S)
ANAPHORIC_GENERIC = re.compile(r"^(?:rebels?|insurgents?|rebel\s+\w+|insurgent\s+\w+)$", re.I)


ACCUSE_RE = re.compile(r"\b(?:accused|accuses|accusing|blamed|blames|blaming)\s+(?P<who>[^.;:]{2,70}?)\s+(?:of|for)\s+(?:[\w\-]+ing|the\s+(?:attack|strike|blast|bombing|killings?|massacre))\b|"
                       r"\b(?:blamed|blames)\s+(?P<who2>(?:the\s+)?[^,.;:]{2,40}?)\s*(?:[,;.]|$)", re.I)
CLAIM_SAID_RE = re.compile(r"\bsaid\s+(?:(?:in|on|via|through)\s+(?:a|an|its|the)\s+(?:[\w\-]+\s+){0,2}?(?:statement|video|post|message|communiqu[eé])\s+)?(?:that\s+)?(?:it|its\s+fighters|its\s+members|they)\s+(?:had\s+)?(?:planted|carried\s+out|conducted|launched|"
                           r"detonated|staged|was\s+behind|were\s+behind|set\s+off)\b", re.I)


def _apply_claim(stext: str, s0: int, s1: int, actors, events: list, para: int, overrides: dict, res: Resources, main_iso3, gaz):
    """"ISKP claimed responsibility for the attack", "JNIM later said it had planted the device", "accused government warplanes
    of dropping the toxic agent": the claimant (or the accused) becomes the agent of the latest event of the same or the
    previous paragraph whose agent is unidentified (or only an affiliation: "al-Qaeda-linked gunmen"); the event is then hedged.
    Returns (claimant, event) or None."""
    m = CLAIM_RE.search(stext) or CLAIM_SAID_RE.search(stext)
    blame = None if m is not None else BLAME_RE.search(stext)
    accuse = None if m is not None or blame is not None else ACCUSE_RE.search(stext)
    if m is None and blame is None and accuse is None or not events or NEG_CLAIM.search(stext[:(m or blame or accuse).start()]):
        return None
    if accuse is not None and accuse.group("who2") is not None and \
            re.search(r"\bden(?:y|ies|ied)\s+(?:any\s+)?(?:involvement|responsibility|the\s+(?:accusation|charge|claim))", stext[accuse.end("who2"):], re.I):
        return None  # "Authorities blamed the OLA, which denied any involvement": the perpetrator stays unidentified
    if m is not None:
        lo, hi = s0, s0 + m.start()
    elif blame is not None:
        lo, hi = s0 + blame.end(), s0 + blame.end() + 60
    else:
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
            if blame is not None or accuse is not None or not re.search(r"\b(?:by|of|with)\s+(?:[\w\-’']+\s+){0,3}$", stext[max(0, a.start_char - s0 - 30):a.start_char - s0]):
                claimant = actor
                break
    if claimant is None:
        return None
    for ev in reversed(events):
        if para - ev.paragraph > 1:
            break
        if ev.event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians") and \
                (ev.actor1 is None or ev.actor1.name.startswith("Unidentified") or ev.extras.get("linked_agent")):
            iso3 = gaz.iso3(ev.place.country) if ev.place is not None else main_iso3
            ev.actor1 = _generic(_remap(claimant, iso3, res), iso3, res)
            ev.extras.pop("linked_agent", None)
            ev.hedged = True
            return ev.actor1, ev
    return None


def _carry_opponent(events: list) -> None:
    """"Turkish artillery shelled villages around Tal Tamr. A Turkish drone strike killed four SDF fighters": an attack of the
    same agent in the same paragraph with no target of its own is aimed at the opponent named there."""
    for ev in events:
        if ev.actor1 is None or ev.actor2 is not None or ev.event_type not in ("Battles", "Explosions/Remote violence"):
            continue
        if ev.actor1.name.startswith("Unidentified"):
            continue
        foes = {o.actor2.name: o.actor2 for o in events if o is not ev and o.paragraph == ev.paragraph and o.actor1 is not None
                and o.actor1.name == ev.actor1.name and o.actor2 is not None and o.actor2.actor_type in ARMED_TYPES}
        if len(foes) == 1:
            ev.actor2 = next(iter(foes.values()))


def _spread_claims(claims: list, events: list) -> None:
    """The claimed attackers are also the unidentified gunmen of the rest of that story (the siege that followed the bombing,
    "killing three attackers"): same place, a day apart at most, within two paragraphs."""
    for claimant, cev in claims:
        for ev in events:
            if ev is cev or ev.place is None or cev.place is None or _place_key(ev) != _place_key(cev) or abs(ev.paragraph - cev.paragraph) > 2:
                continue
            if ev.event_date is not None and cev.event_date is not None and abs((ev.event_date - cev.event_date).days) > 1:
                continue
            for role in ("actor1", "actor2"):
                a = getattr(ev, role)
                if a is not None and a.name.startswith("Unidentified Armed Group") and claimant != getattr(ev, "actor2" if role == "actor1" else "actor1"):
                    setattr(ev, role, claimant)


GROUP_KEYWORD = re.compile(r"\b(separatist|jihadist|rebel|insurgent|guerrilla|dissident|islamist)s?\b", re.I)
_BLOB_CACHE: dict[int, dict] = {}


def _alias_blobs(res: Resources) -> dict:
    """Canonical name -> all its aliases in lower case, for keyword checks ("separatist" fits "Ambazonian separatists")."""
    got = _BLOB_CACHE.get(id(res))
    if got is None:
        got = {}
        for al, name in list(res.alias_to_actor.items()) + [(k.lower(), v) for k, v in res.case_aliases.items()]:
            got[name] = got.get(name, "") + " | " + al
        got = {k: v + " | " + k.lower() for k, v in got.items()}
        _BLOB_CACHE[id(res)] = got
    return got


def _mention_overrides(doc, actors, res: Resources, gaz: Gazetteer) -> dict:
    """Actors resolved from the article rather than the dictionary, keyed by mention start:
    - a generic state actor after a country possessive or adjective ("Russia's defence ministry") is that country's;
    - "the insurgents", "the rebels", "rebel positions" refer to the one non-state armed group the article has named
      before (when it has named exactly one)."""
    out = {}
    text = doc.text
    names = res.lexicon.get("country_names", {})
    adjectives = {k.lower(): v for k, v in res.lexicon.get("country_adjectives", {}).items() if v}
    named: list = []
    for e in actors:
        actor = res.actors.get(e.ent_id_)
        if actor is None:
            continue
        if actor.generic:
            pre = text[max(0, e.start_char - 40):e.start_char]
            iso3 = None
            m = re.search(r"([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)[’']s\s+(?:[a-z\-]+\s+)?$", pre)
            if m:
                cands = gaz.lookup(m.group(1))
                if cands and cands[0].feature == "country":
                    iso3 = gaz.iso3(cands[0].country)
            if iso3 is None:
                m = re.search(r"\b([A-Z][a-z]+)\s+$", pre)
                if m and m.group(1).lower() in adjectives and actor.actor_type in ("State forces",):
                    iso3 = adjectives[m.group(1).lower()]
            if iso3 and iso3 in names and actor.actor_type == "State forces":
                out[e.start_char] = _generic(actor, iso3, res)
                continue
            if actor.name.startswith(("Unidentified Armed Group", "Unidentified Communal Militia")):
                if re.match(r"\s+(?:of|from)\s+(?:the\s+)?[A-Z]", text[e.end_char:e.end_char + 12]):
                    continue  # "rebels of the Permanent Strategic Framework": the named group follows
                definite = re.search(r"\b(?:the|these|those)\s+$", pre, re.I) is not None
                groups = {a.name for a in named}
                kw = GROUP_KEYWORD.search(e.text)
                if kw is not None and kw.group(1).lower() == "separatist" and re.search(r"\b(?:suspected|alleged|presumed)\s+$", pre, re.I):
                    definite = True  # "suspected separatists": the article's separatist group, hedged
                if kw is not None and len(groups) >= 1 and (definite or ANAPHORIC_GENERIC.match(e.text) or kw.group(1).lower() == "separatist"):
                    # "suspected separatists", "the rebels": the named group the keyword fits ("separatist" -> the Ambazonian
                    # separatists, "rebels" -> "M23 rebels" rather than the Wazalendo militias)
                    blobs, k = _alias_blobs(res), kw.group(1).lower()
                    order = list(dict.fromkeys(a.name for a in reversed(named)))
                    if k == "separatist":
                        fit = [n for n in order if re.search(r"(?<![\w-])separatist", blobs.get(n, ""))]
                    elif k in ("rebel", "insurgent", "guerrilla"):
                        fit = [n for n in order if res.actors[n].actor_type == "Rebel group"]
                    else:
                        fit = order if len(order) == 1 else []
                    if len(fit) == 1:
                        out[e.start_char] = res.actors[fit[0]]
                        continue
                    if kw.group(1).lower() == "separatist":
                        continue
                if definite and e.text.lower() in ("militia", "militias", "militiamen"):
                    fit = [n for n in dict.fromkeys(a.name for a in reversed(named)) if res.actors[n].actor_type in ("Identity militia", "Political militia")]
                    if len(fit) == 1:
                        out[e.start_char] = res.actors[fit[0]]  # "the militia" after "the Fano militia"
                        continue
                if len(groups) == 1 and (ANAPHORIC_GENERIC.match(e.text) or (definite and e.text.lower() in (
                        "insurgents", "rebels", "militants", "fighters", "jihadists", "guerrillas", "militiamen"))):
                    out[e.start_char] = named[-1]
            continue
        if actor.actor_type in NONSTATE_TYPES:
            named.append(actor)
    return out


CLAUSE_JOIN = re.compile(r",\s+(?:and|while|whereas)\s+(?!(?:killing|wounding|injuring|leaving|forcing|prompting|destroying|damaging|then)\b)|;\s+", re.I)


def _clause_units(text: str, s0: int, s1: int, triggers: list, places: list) -> list:
    """A sentence, or its coordinated clauses when each reports its own event at its own place ("Russian shelling killed a
    woman in Stanislav on Tuesday, and a drone attack wounded two men in Antonivka"; "..., police said, and a roadside bomb
    wounded three soldiers near Kalat on Monday"): [(start, end, triggers)]."""
    if len(triggers) < 2:
        return [(s0, s1, triggers)]
    stext = text[s0:s1]
    for m in CLAUSE_JOIN.finditer(stext):
        cut_a, cut_b = s0 + m.start(), s0 + m.end()
        ta = [t for t in triggers if t.end_char <= cut_a]
        tb = [t for t in triggers if t.start_char >= cut_b]
        if not ta or not tb:
            continue
        pa = {p._.place[0].name for p in places if s0 <= p.start_char < cut_a}
        pb = {p._.place[0].name for p in places if cut_b <= p.start_char < s1}
        if not pa or not pb or pb <= pa:
            continue
        if re.match(r"\s*(?:[\w\-’']+\s+){0,2}?(?:said|says|told|added|reported)\b", stext[m.end():]):
            continue  # "..., and officials said ...": a report, not a new clause of events
        return [(s0, cut_a, ta)] + _clause_units(text, cut_b, s1, tb, places)
    return [(s0, s1, triggers)]


UNARMED_TARGET = re.compile(r"\b(?:herders?|herdsm[ae]n|farmers?|villagers?|worshippers?|pastoralists?|traders?)\s*$", re.I)
EXCHANGE_RE = re.compile(r"\b(?:exchanges?\s+of\s+fire|exchanged\s+fire|fired\s+back|returned\s+fire|fought\s+back|fought\s+off|repelled|repulsed|"
                         r"resisted|resistance|gun\s*battles?|firefights?|shoot-?outs?|clash(?:ed|es)?)\b", re.I)


def _adds_loss(prev: Event, stext: str, para: int, day_dates, splaces, res: Resources) -> bool:
    """A follow-up sentence of the same paragraph, with no date or place of its own, giving one side's losses in the clash
    just reported ("The army lost four soldiers", "Ten of the attackers were killed"): those deaths add to its toll,
    unless the earlier toll was already an overall count of people."""
    if day_dates or splaces or para != prev.extras.get("seen", prev.paragraph) or not LOSS_RE.search(stext):
        return False
    if prev.event_type not in ("Battles", "Violence against civilians"):
        return False
    if prev.fatalities and re.search(r"\b(?:people|persons|in\s+total|total|combined)\b", prev.sentence, re.I):
        return False
    return not (prev.fatalities and fatalities_in(stext, res) == prev.fatalities)  # a restated toll is no addition


def _place_key(e: Event) -> str:
    if e.place is None:
        return ""
    return f"{e.place.geonameid or ''}|{e.place.name}|{e.place.country}"


def extract_events(doc, ref: date, res: Resources, gaz: Gazetteer, paragraph_starts: list[int], title_doc=None) -> list[Event]:
    text = doc.text
    trig_by_sent: dict[int, list] = {}
    sents = list(doc.sents)
    sent_index = {}
    for i, s in enumerate(sents):
        sent_index[s.start] = i
    for t in doc.spans.get("triggers", []):
        trig_by_sent.setdefault(t.sent.start, []).append(t)
    places = list(doc.spans.get("places", []))
    context = doc._.country_context or {}
    main_iso2 = max(context, key=context.get) if context else None
    main_iso3 = gaz.iso3(main_iso2)
    actors = [e for e in doc.ents if e.label_ == "ACTOR"]

    def para_of(pos: int) -> int:
        p = 0
        for i, st in enumerate(paragraph_starts):
            if st <= pos:
                p = i
        return p

    lead_place = _best_place([p for p in places if para_of(p.start_char) == 0])
    dateline_place = getattr(doc._, "dateline_place", None)
    dates_all = find_dates(text, ref)
    holders = _place_holders(doc, places, res)
    overrides = _mention_overrides(doc, actors, res, gaz)
    armed_named: Counter = Counter()  # named armed actors of the story by mentions (first named first on ties)
    for a in actors:
        act = res.actors.get(a.ent_id_)  # named outright, not "the insurgents"
        if act is not None and not act.generic and act.actor_type in ARMED_TYPES and not act.name.startswith("Government of"):
            armed_named[act] += 1
    events: list[Event] = []
    claims: list = []
    last_date_by_para: dict[int, tuple[date, int]] = {}
    last_date_any: tuple[date, int] | None = None
    last_place_by_para: dict[int, tuple[Place, int]] = {}
    units = []
    for sent in sents:
        units.extend(_clause_units(text, sent.start_char, sent.end_char, trig_by_sent.get(sent.start, []), places))
    for s0, s1, triggers in units:
        stext = text[s0:s1]
        para = para_of(s0)
        sdates = [d for d in dates_all if s0 <= d.start < s1]
        splaces = [p for p in places if s0 <= p.start_char < s1]
        day_dates = [d for d in sdates if d.kind not in PAST_YEAR_KINDS and d.value is not None and d.value <= ref
                     and not re.search(r"\bsince\b[^,.;]{0,40}$", text[max(s0, d.start - 45):d.start], re.I)  # "since ... on October 1"
                     and not re.search(r"\b(?:by|until|before|deadline\s+of)\s+$", text[max(s0, d.start - 15):d.start], re.I)]  # "disarm them by September 19"
        if not day_dates:
            rel = _relative_date(stext, s0, last_date_by_para.get(para) or last_date_any)
            if rel is not None:
                day_dates = [rel]  # "A day earlier", "The same day", "Later that day": from the date pointed back to
        if day_dates:
            last_date_any = (day_dates[-1].value, day_dates[-1].precision)
        fine_here = _best_place(splaces)
        if not triggers:
            if day_dates:
                last_date_by_para[para] = (day_dates[0].value, day_dates[0].precision)
            if fine_here:
                last_place_by_para[para] = fine_here
            # a later sentence giving the toll of the last event ("The site put the death toll at 70.")
            last = max(events, key=lambda e: e.extras.get("seen", e.paragraph)) if events else None
            if last is not None and TOLL_RE.search(stext) and para - last.extras.get("seen", last.paragraph) <= 1 and not AGGREGATE_RE.search(stext):
                f = fatalities_in(stext, res)
                if f is not None and (last.fatalities is None or f > last.fatalities):
                    last.fatalities = f
            elif last is not None and _adds_loss(last, stext, para, day_dates, splaces, res):
                f = fatalities_in(stext, res)
                if f:
                    last.fatalities = (last.fatalities or 0) + f  # "The army lost four soldiers.": the other side's dead
            elif last is not None and last.fatalities is None and para == last.extras.get("seen", last.paragraph) and ZERO_RE.search(stext) \
                    and not re.search(r"\bimmediate(?:ly)?\b", stext, re.I):
                last.fatalities = 0  # "No casualties were reported."
            got = _apply_claim(stext, s0, s1, actors, events, para, overrides, res, main_iso3, gaz)
            if got is not None:
                claims.append(got)
            continue
        got = _apply_claim(stext, s0, s1, actors, events, para, overrides, res, main_iso3, gaz)
        if got is not None:
            claims.append(got)
        cands = []
        for t in triggers:
            trig = res.triggers[t.label_]
            rel = t.start_char - s0
            before = stext[max(0, rel - 60):rel]
            c0, c1 = _clause_bounds(stext, rel)
            clause = stext[c0:c1]
            if MODAL_RE.search(before[-40:]) or NEG_RE.search(before[-30:]):
                continue
            if _in_proper_name(t) or re.search(r"\b(?:anti|pro|counter|post|pre|non)\s*-\s*$", before, re.I):
                continue  # "Amnesty International", "Anti-Robbery Squad", "anti-coup protesters": a name or a modifier
            if NOUN_MODIFIED.match(stext[t.end_char - s0:]):
                continue  # "the protest movement said", "protest leaders": the trigger word only qualifies a noun
            if ONGOING_BEFORE.search(before):
                continue  # "after days of protests", "weeks of fighting": a running background, not one event
            if (trig.priority <= 4 or trig.event_type == "Strategic developments") and SUBORDINATE_BEFORE.search(before):
                continue  # "the militia, who withdrew towards Bani Walid", "as they retreated": a side remark
            if (not day_dates or re.search(r"\b(?:have|has)\s+since\b", stext, re.I)) and RUNNING_TOTAL.search(stext):
                continue  # "Ten people have been killed in Israel.": a running total without a date
            if re.search(r"\bsince\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$", before, re.I) or BACKGROUND_SENT.search(stext[:rel]):
                continue  # "since the protests began on October 1", "The war began on October 7, when...": background
            if not day_dates and any(_month_is_past(m.group("mon"), ref) for m in MONTH_ONLY.finditer(stext)):
                continue  # "resigned in May after his supporters attacked...": an earlier month, background
            if MODAL_ANY.search(stext[max(c0, rel - 70):rel]) and not _past_verb_between(stext, max(c0, rel - 70), rel):
                continue
            if re.match(r"\W*(?:[\w\-’']+\s+){0,3}?(?:will|would|is\s+due|are\s+due|is\s+expected|are\s+expected)\b", stext[t.end_char - s0:], re.I) and not re.search(r"\b(?:killed|killing|wounded|left)\b", stext[t.end_char - s0:], re.I):
                continue
            if AGGREGATE_RE.search(clause) or AGGREGATE_RE.search(stext[rel:rel + 80]):
                continue
            years = [d for d in sdates if d.kind in PAST_YEAR_KINDS and d.value is not None and d.value.year < ref.year
                     and c0 <= d.start - s0 <= c1 + 10]
            if years:
                continue
            if not day_dates and any(d.kind in PAST_YEAR_KINDS and d.value is not None and d.value.year < ref.year for d in sdates):
                continue  # "In August 2013, hundreds were killed in a sarin attack": the whole sentence is background
            if trig.sub_event_type in ("Other", "Change to group/activity") and trig.priority <= 4:
                # weak strategic triggers fire on background and ongoing states: "the ELN, which is holding peace talks",
                # "elections would go ahead in December"; keep only a completed act of the sentence's own
                if re.search(r"\b(?:which|who|that)\b[^,;:]{0,50}$", stext[c0:rel], re.I) or \
                        re.search(r"\b(?:is|are|am|was|were|been|be)\s+(?:\w+ing\s+)?$", before, re.I):
                    continue
                past = any(VERB_LIKE.search(w) and not w.lower().endswith("ing") for w in t.text.split()) or _governing_past_verb(stext, rel)
                if not (day_dates and past):
                    continue
            if trig.sub_event_type == "Agreement" and REFERENCE_PREP.search(before[-45:]):
                continue  # "withdrew under a US-brokered truce", "despite the ceasefire": a reference, not a new agreement
            if REASON_BEFORE.search(before):
                continue
            yr = YEAR_ADJ_BEFORE.search(before)
            if yr and int(yr.group("y")) < ref.year:
                continue  # "a 2014 peace deal", "the 2017 offensive": a past event named by its year, background
            if BACKED_RE.search(before) and any(o.start_char < t.start_char and res.triggers[o.label_].event_type == "Battles" or
                                                o.start_char > t.end_char for o in triggers):
                continue  # "Somali troops backed by US airstrikes recaptured ...": the support of another event
            if trig.event_type not in ("Protests", "Riots") and TOPIC_BEFORE.search(before) and \
                    any(res.triggers[o.label_].event_type in ("Protests", "Riots") for o in triggers if o.start_char < t.start_char):
                continue  # "staged a sit-in to protest against the enforced disappearances": the topic of the protest
            if trig.sub_event_type == "Agreement" and ENDED_AFTER.match(stext[t.end_char - s0:]):
                continue  # "the truce expired on October 2": the end of an agreement, not a new one  # "arrested 17 people on suspicion of involvement in the arson": the reason, not a new event
            if t.label_ == "territory_strict" and not _place_object(stext, t.end_char - s0, splaces, s0):
                continue  # "took Tarhuna", "entered Balakliia": only with the place as the object
            if trig.event_type == "Battles" and trig.sub_event_type != "Armed clash" and not any(p.start_char >= t.start_char for p in splaces) \
                    and not re.search(r"\b(?:town|city|village|district|area|base|airport|positions?|hill|region|province)\b", stext[rel:rel + 60], re.I):
                continue  # "seized" without a place seized is not a territorial change
            # among equally strong triggers the finite verb beats a nominal in a prepositional phrase
            # ("In a separate attack on Friday, gunmen attacked a post": the verb carries the roles)
            is_verb = any(VERB_LIKE.search(w) and not w.lower().endswith("ing") for w in t.text.split())
            cands.append((trig.priority + (0.5 if is_verb else 0), -abs(rel), t, trig))
        if not cands:
            continue
        cands.sort(key=lambda c: (c[0], c[1]), reverse=True)
        main = [c for c in cands if not (c[3].event_type == "Strategic developments" and SUBORD_CLAUSE.search(stext[max(0, c[2].start_char - s0 - 45):c[2].start_char - s0]))]
        if main and len(main) < len(cands):
            cands = main  # "seized Wad Madani ... after the army withdrew from the city": the main clause carries the event
        _, _, tspan, trig = cands[0]
        if trig.sub_event_type == "Looting/property destruction" and KILL_VERB.search(stext):
            # "killed six villagers and stole cattle": the killing is the event, the looting part of it
            viol = [c for c in cands if c[3].event_type in ("Violence against civilians", "Battles")]
            if viol:
                _, _, tspan, trig = viol[0]
        if trig.sub_event_type == "Armed clash":
            # ACLED: a battle that changes who holds the place is coded only as the territorial change
            terr = [c for c in cands if c[3].sub_event_type in TERRITORY_SUBS]
            if terr:
                _, _, tspan, trig = terr[0]
        if trig.event_type == "Explosions/Remote violence" and trig.sub_event_type != "Air/drone strike" \
                and REMOVAL_BEFORE.search(stext[max(0, tspan.start_char - s0 - 50):tspan.start_char - s0]):
            # "removed a high number of IEDs", "defused two roadside bombs", "seized a truck of explosives": prevented use
            trig = _with_sub(trig, "Strategic developments", "Disrupted weapons use", res)
        if trig.sub_event_type == "Armed clash" and trig.priority <= 3:
            # "its jets had struck", "a warplane ... struck", "artillery hit": the weapon decides the sub-event type
            c0, _ = _clause_bounds(stext, tspan.start_char - s0)
            window = stext[max(0, c0 - 40 if c0 else 0):tspan.end_char - s0 + 30]
            if AIR_ASSET.search(window):
                trig = _with_sub(trig, "Explosions/Remote violence", "Air/drone strike", res)
            elif HEAVY_ASSET.search(window):
                trig = _with_sub(trig, "Explosions/Remote violence", "Shelling/artillery/missile attack", res)
        # crowd violence outranks the police response to it (ACLED: force against rioters = Violent demonstration)
        riot = [c for c in cands if c[3].event_type == "Riots"]
        if riot and trig.event_type != "Riots" and (trig.event_type == "Protests" or trig.sub_event_type in ("Armed clash", "Attack", "Looting/property destruction")) \
                and CROWD_RE.search(stext):
            _, _, tspan, trig = riot[0]
        elif trig.event_type in ("Battles", "Violence against civilians") and trig.priority <= 6 and PROTEST_TARGET_RE.search(stext):
            ef = [c for c in cands if c[3].sub_event_type == "Excessive force against protesters"]
            if ef:
                _, _, tspan, trig = ef[0]
            else:
                trig = _with_sub(trig, "Protests", "Excessive force against protesters", res)
        rel = tspan.start_char - s0
        ev = Event(trig.sub_event_type, trig.event_type, trig.plover_event, trig.plover_mode, tspan.text, stext.strip(),
                   s0, s1, paragraph=para)
        # ----- roles
        sent_actors = [a for a in actors if s0 <= a.start_char < s1]
        a1, a2 = _roles(sent_actors, stext, s0, rel, tspan, trig, res, overrides)
        if a1 is not None and any((overrides.get(a.start_char) or res.actors.get(a.ent_id_)) == a1 and
                                  (re.match(r"-(?:linked|affiliated|inspired|allied)\b", text[a.end_char:a.end_char + 12], re.I) or
                                   re.search(r"\b(?:linked|affiliated|allied|loyal)\s+(?:to|with)\s+(?:the\s+)?$", text[max(s0, a.start_char - 25):a.start_char], re.I))
                                  for a in sent_actors):
            ev.extras["linked_agent"] = True  # "al-Qaeda-linked gunmen": an affiliation, which a later claim makes precise
        if trig.event_type == "Battles" and BOTH_SIDES.search(stext):
            # "Fighting between the two sides continued", "with both sides claiming control": the pair of the story's last
            # two-sided event (the same or the previous paragraph)
            pair = next((e for e in reversed(events) if para - e.paragraph <= 1 and e.actor1 is not None and e.actor2 is not None
                         and e.actor2.actor_type not in ("Civilians", "Protesters", "Rioters")), None)
            if pair is not None and (a1 is None or a2 is None or {a1.name, a2.name} & {pair.actor1.name, pair.actor2.name}):
                a1, a2 = pair.actor1, pair.actor2
        if trig.sub_event_type == "Disrupted weapons use":
            # the remover is the agent; "IEDs set by ISIS members" names the owner of the weapons, not the agent
            left = [a for a in sent_actors if a.end_char <= tspan.start_char and not SUBJECT_BLOCK.search(stext[max(0, a.start_char - s0 - 40):a.start_char - s0])]
            if left:
                a1, a2 = res.actors.get(left[-1].ent_id_), None
        civil = res.actors.get("Civilians")
        if civil and a2 is not None and a2.actor_type != "Civilians" and trig.event_type in ("Violence against civilians", "Battles") \
                and trig.sub_event_type in ("Attack", "Abduction/forced disappearance", "Armed clash") and not EXCHANGE_RE.search(stext):
            for m in sent_actors:
                if m.start_char < tspan.start_char or (overrides.get(m.start_char) or res.actors.get(m.ent_id_)) != a2:
                    continue
                pre = text[max(s0, m.start_char - 25):m.start_char]
                if UNARMED_TARGET.search(m.text) or re.search(r"\b(?:former|retired|ex-|ex)\s*(?:[\w\-]+\s+){0,2}$", pre, re.I):
                    a2 = civil  # "killed 12 Fulani herders", "a former militia commander and his son": unarmed victims
                break
        kill_re = lex_patterns(res)[0]
        kills = kill_re.search(stext) is not None
        explicit_civ = re.search(r"\bcivilians?\b", stext, re.I) is not None
        if civil and any(res.actors.get(a.ent_id_) == civil for a in sent_actors) and (kills or trig.event_type == "Violence against civilians" or explicit_civ) \
                and (a2 is None or a2 == civil or explicit_civ or trig.event_type == "Violence against civilians"):
            if a1 == civil:
                a1 = None
            a2 = civil
            ev.civilian_targeting = True
        if a1 and a2 and a1.name == a2.name:
            a2 = None
        # ----- place
        chosen = _places_for(splaces, rel + s0)
        dl = (dateline_place, dateline_place.precision) if dateline_place is not None else None
        carried = last_place_by_para.get(para) or (lead_place if lead_place and lead_place[1] < 3 else None) or dl or lead_place
        if chosen and chosen[0][0].feature == "country" and carried and carried[1] < 3:
            # a country name is a fallback only: "Niger's rulers detained..." under a NIAMEY dateline is in Niamey;
            # a foreign country named in a story ("Russia said", "Turkey launched") is an actor, not the place
            if carried[0].country == chosen[0][0].country or (main_iso2 and chosen[0][0].country != main_iso2 and carried[0].country == main_iso2):
                chosen = [carried]
        if chosen:
            ev.place, ev.place_precision = chosen[0]
        elif para in last_place_by_para:
            ev.place, ev.place_precision = last_place_by_para[para]
        elif lead_place:
            ev.place, ev.place_precision = lead_place
        elif dateline_place is not None:
            ev.place, ev.place_precision = dateline_place, dateline_place.precision
        elif main_iso2 and gaz.country_place(main_iso2):
            ev.place, ev.place_precision = gaz.country_place(main_iso2), 3
        iso3 = main_iso3
        if ev.place is not None and (context.get(ev.place.country, 0) >= 0.05 or main_iso3 is None):
            iso3 = gaz.iso3(ev.place.country)
        if trig.sub_event_type == "Agreement" and main_iso3:
            iso3 = main_iso3  # "the government and the ELN signed an agreement in Havana": the government is Colombia's
        a1 = _remap(a1, iso3, res)
        a2 = _remap(a2, iso3, res)
        # ----- type switches by actor
        if a1 and trig.alt_if_state and a1.actor_type in ("State forces", "External/Other forces"):
            ev.sub_event_type = trig.alt_if_state
            if trig.alt_mode_if_state:
                ev.plover_mode = trig.alt_mode_if_state
        if trig.alt_if_civilians and a2 is not None and a2.actor_type == "Civilians":
            ev.event_type = trig.alt_if_civilians.get("event_type", ev.event_type)
            ev.sub_event_type = trig.alt_if_civilians.get("sub_event_type", ev.sub_event_type)
            ev.plover_event, ev.plover_mode = DEFAULT_PLOVER.get(ev.sub_event_type, (ev.plover_event, ev.plover_mode))
            ev.civilian_targeting = True
        elif trig.alt_if_armed and a2 is not None and a2.actor_type not in ("Civilians", "Protesters", "Rioters") and a1 is not None:
            ev.event_type = trig.alt_if_armed.get("event_type", ev.event_type)
            ev.sub_event_type = trig.alt_if_armed.get("sub_event_type", ev.sub_event_type)
            ev.plover_event, ev.plover_mode = DEFAULT_PLOVER.get(ev.sub_event_type, (ev.plover_event, ev.plover_mode))
            ev.civilian_targeting = False
        if ev.sub_event_type == "Armed clash" and trig.priority <= 3 and trig.sub_event_type != "Armed clash":
            # "its jets had killed dozens of bandits": a generic kill against armed men, carried out from the air
            c0, _ = _clause_bounds(stext, rel)
            window = stext[max(0, c0 - 40 if c0 else 0):tspan.end_char - s0 + 30]
            if AIR_ASSET.search(window):
                ev.event_type, ev.sub_event_type = "Explosions/Remote violence", "Air/drone strike"
                ev.plover_event, ev.plover_mode = DEFAULT_PLOVER["Air/drone strike"]
        if ev.sub_event_type == "Arrests" and PROTEST_CONTEXT.search(stext):
            # ACLED: arrests at a demonstration are a protest with intervention
            ev.event_type, ev.sub_event_type, ev.plover_event, ev.plover_mode = "Protests", "Protest with intervention", "PROTEST", "demonstrate"
        _crowd_retype(ev, a1, stext, rel, res)
        a1, a2 = _conventional_roles(ev, a1, a2, trig, res)
        if ev.sub_event_type == "Looting/property destruction" and a1 is not None and a1.actor_type in ARMED_TYPES \
                and (a2 is None or a2.name.startswith("Government of")) and CIVIL_PROPERTY.search(stext[rel:rel + 70]):
            a2 = res.actors.get("Civilians")  # "torched about 200 houses", "looted shops": civilian property
        elif ev.sub_event_type == "Looting/property destruction" and a2 is not None and a2.name.startswith("Government of") \
                and re.search(r"\bgovernment\s+(?:school|building|office|hospital|clinic|propert|vehicle|facilit)", stext[rel:rel + 70], re.I):
            a2 = None  # "set fire to a government school": public property, not the government as a party
        if ev.sub_event_type in ("Violent demonstration", "Looting/property destruction") and a2 is not None and a2.actor_type in STATE_TYPES:
            ments = [a for a in sent_actors if (overrides.get(a.start_char) or res.actors.get(a.ent_id_)) == a2]
            if ments and all(FACILITY_END.search(a.text) or FACILITY_AFTER.match(text[a.end_char:a.end_char + 25]) for a in ments):
                a2 = None  # "crowds set fire to a police station": a building, not the police as a party
        if ev.event_type == "Explosions/Remote violence" and a2 is None and CIVIL_TARGET.match(stext[tspan.end_char - s0:tspan.end_char - s0 + 60]):
            a2 = res.actors.get("Civilians")  # "bombed residential areas", "shelled a market": civilians are the target
            ev.civilian_targeting = True
        why = ARREST_REASON.search(stext[rel:]) if ev.sub_event_type == "Arrests" else None
        if why is not None and a2 is not None and a2.actor_type != "Civilians":
            # "arrested three men in connection with the arson attack on the prime minister's residence": the government
            # named inside the reason is no party to the arrest
            a2_starts = [a.start_char - s0 for a in sent_actors if (overrides.get(a.start_char) or res.actors.get(a.ent_id_)) == a2]
            if a2_starts and min(a2_starts) >= rel + why.start():
                a2 = None
        if why is not None and (a2 is None or a2.actor_type == "Civilians"):
            # "detained 18 people on suspicion of setting fire to ...": those arrested are the rioters (protesters)
            a2 = res.actors.get("Rioters" if why.group("riot") else "Protesters") or a2
        if ev.sub_event_type == "Arrests" and a2 is None and a1 is not None and a1.actor_type in STATE_TYPES:
            a2 = res.actors.get("Civilians")  # the people arrested, unless the text names their group
        if ev.sub_event_type in TERRITORY_SUBS and a2 is None and ev.place is not None:
            held = holders.get(ev.place.name)
            if held is not None and held != a1:
                a2 = held
        if ev.sub_event_type == "Government regains territory" and a2 is None and a1 is not None:
            # "Iraqi special forces recaptured Bartella", "Ukrainian troops recaptured Izium": from the armed opponent the
            # story names most (not a force of the recapturing side's country)
            foes = [k for k in armed_named if k != a1 and k.name != a1.name and (k.country is None or k.country != a1.country) and armed_named[k] >= 2]
            if foes:
                a2 = _remap(max(foes, key=lambda k: armed_named[k]), iso3, res)
        if a2 is None and a1 is not None and a1.actor_type in NONSTATE_TYPES and not a1.generic:
            # the loser of a place a named armed group seizes is the state's army; the party handing it over to one
            # walking in unopposed is the state ("Taliban fighters entered Kabul")
            if ev.sub_event_type == "Non-state actor overtakes territory":
                a2 = res.actors.get("Military Forces of {country}")
            elif ev.sub_event_type == "Non-violent transfer of territory":
                a2 = res.actors.get("Government of {country}")
        if ev.sub_event_type == "Air/drone strike" and a1 is None:
            a1 = res.actors.get("Unidentified Armed Group ({country})")  # an unclaimed drone strike
        if a1 and a2 and a1.name == a2.name:
            a2 = None
        ev.actor1 = _generic(a1, iso3, res) if a1 else None
        ev.actor2 = _generic(a2, iso3, res) if a2 else None
        # ----- date
        own_dates = [d for d in day_dates if not REPORT_AFTER.match(stext[d.end - s0:d.end - s0 + 30])
                     and not REPORT_BEFORE.search(stext[max(0, d.start - s0 - 45):d.start - s0])]
        ev_dates = own_dates or day_dates  # a date of the report is the fallback ("said last week that its soldiers had entered")
        if day_dates:
            best = min(ev_dates, key=lambda d: (d.precision, abs(d.start - tspan.start_char)))
            ev.event_date, ev.time_precision = best.value, best.precision
            last_date_by_para[para] = (best.value, best.precision)
            # "clashed ... on Thursday and again on Sunday": the same fight on two days is two events
            again = [d for d in ev_dates if d.start > best.end and d.precision == 1 and d.value != best.value
                     and re.fullmatch(r"\s*,?\s*(?:and|as\s+well\s+as)\s+(?:again|also)\s+(?:on\s+)?|\s*and\s+again\s+(?:on\s+)?", text[best.end:d.start], re.I)]
            if again:
                ev.extras["again"] = again[0]
        elif para in last_date_by_para:
            ev.event_date, ev.time_precision = last_date_by_para[para]
        # ----- anchoring: a bare noun ("the increase in airstrikes") without place/date/toll is not an event
        ev.fatalities = fatalities_in(stext, res)
        verbal = any(VERB_LIKE.search(w) for w in tspan.text.split()) or _governing_past_verb(stext, rel)
        anchored = bool(splaces) or bool(day_dates) or ev.fatalities is not None or (verbal and bool(sent_actors))
        if not anchored:
            continue  # "Fighting continued up to the eve of the signing": no date, place, toll or actor of its own
        # ----- anaphora: "the attack", "were killed in the blasts" with no new date/place restate an earlier event
        det = re.search(r"\b(?:the|this|that|these|those|its|their|[A-Z][a-z]+day's)\s+(?:[\w\-]+\s+){0,2}$", stext[max(0, rel - 30):rel], re.I)
        if det and re.search(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+$|\blast\s+year's\s+$|\b(?:19|20)\d\d\s+$", stext[max(0, rel - 20):rel], re.I) \
                and not day_dates:
            continue  # "the November assault on the Radisson Blu hotel": a reference to an earlier, separate event
        also = not own_dates and ALSO_RESTATE.match(stext) is not None
        if also:
            det = True  # "The attackers, believed to be from Jonglei, also stole cattle": part of the attack just reported
        weak = trig.priority <= 3 and trig.event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians")
        # an account given by someone ("Survivors said the attackers went from house to house, shooting men") with no date or
        # place of its own restates the event already reported
        reported = (_speech_barrier(stext, rel, res) is not None or ATTRIB_TAIL.search(stext) is not None) and not chosen
        if (weak or det or reported) and events and not own_dates:
            own_place = chosen[0][0] if chosen and not also else None
            prev = None
            for cand in reversed(events):
                if not det and para - cand.paragraph > 1:
                    break
                if reported and not (weak or det) and cand.event_type not in VIOLENT_TYPES and ev.event_type in VIOLENT_TYPES:
                    continue
                if own_place is None or cand.place is None or own_place.name == cand.place.name or \
                        (own_place.parent and own_place.parent == cand.place.name) or (cand.place.parent and cand.place.parent == own_place.name):
                    prev = cand
                    break
            if prev is not None:
                if ev.fatalities and own_place is None and _adds_loss(prev, stext, para, day_dates, splaces, res):
                    prev.fatalities = (prev.fatalities or 0) + ev.fatalities  # "10 of the attackers were killed": the other side
                elif ev.fatalities is not None and (prev.fatalities is None or ev.fatalities > prev.fatalities):
                    prev.fatalities = ev.fatalities
                if prev.event_type not in ("Protests", "Riots") or prev.event_type == ev.event_type:
                    # a demonstration's roles are set by convention: a restated shooting adds nothing to a rally
                    prev.actor1 = prev.actor1 or ev.actor1
                    if not (prev.event_type == "Battles" and ev.actor2 is not None and ev.actor2.actor_type == "Civilians"):
                        prev.actor2 = prev.actor2 or ev.actor2
                prev.extras["seen"] = para  # the story is still about this event
                continue
        ev.source = source_in(stext)
        hedges = [h.lower() for h in res.lexicon.get("hedge_words", [])]
        low = stext.lower()
        ev.hedged = any(re.search(rf"\b{re.escape(h)}\b", low) for h in hedges)
        if fine_here:
            last_place_by_para[para] = fine_here
        events.append(ev)
        for extra_place in chosen[1:]:
            twin = Event(**{**ev.__dict__, "extras": {}})
            twin.place, twin.place_precision = extra_place
            events.append(twin)
        if ev.extras.get("again") is not None:
            d = ev.extras.pop("again")
            twin = Event(**{**ev.__dict__, "extras": {}})
            twin.event_date, twin.time_precision = d.value, d.precision
            events.append(twin)
    _spread_claims(claims, events)
    _carry_opponent(events)
    return merge_events(events)


DEFAULT_PLOVER = {
    "Armed clash": ("ASSAULT", "firearms"), "Attack": ("ASSAULT", "firearms"),
    "Excessive force against protesters": ("ASSAULT", "firearms"), "Air/drone strike": ("ASSAULT", "aerial"),
    "Shelling/artillery/missile attack": ("ASSAULT", "heavy-weapons"), "Remote explosive/landmine/IED": ("ASSAULT", "explosives"),
    "Grenade": ("ASSAULT", "explosives"), "Suicide bomb": ("ASSAULT", "asymmetric"), "Chemical weapon": ("ASSAULT", "cbrn"),
    "Abduction/forced disappearance": ("ASSAULT", "abduct"), "Sexual violence": ("ASSAULT", "sexual"),
}
SUBJECT_BLOCK = re.compile(r"\b(in|of|near|at|from|to|into|with|for|over|about|outside|inside|around|towards|toward|between|among|than|like|against|on|targeting|by)\s+(?:the\s+|a\s+|an\s+)?(?:(?!that\b)[\w\-’']+\s+){0,2}$", re.I)
PARTITIVE_OF = re.compile(r"\b(?:units?|members?|fighters|troops|forces|elements|militants|soldiers|gunmen|men|detachments?|battalions?|brigades?|"
                          r"squads?|teams?|commandos|convoys?|patrols?)\s+of\s+(?:the\s+)?$", re.I)
BACKED_RE = re.compile(r"\b(backed|supported|assisted|aided|helped|accompanied|joined)\s+(?:up\s+)?by\s+(?:the\s+)?(?:(?!and\b)[\w\-’']+\s+){0,2}$|\bwith\s+the\s+(?:help|support|backing)\s+of\s+(?:the\s+)?(?:(?!and\b)[\w\-’']+\s+){0,2}$", re.I)
TARGET_PREP = re.compile(r"\b(on|against|targeting|at|with|hit|struck|targeted)\s+(?:the\s+|a\s+|an\s+)?(?:(?!that\b)[\w\-’']+\s+){0,2}$", re.I)
HELD_RE = re.compile(r"^[\s-]*(held|controlled|run|occupied)\b", re.I)
SYMMETRIC_SUBS = {"Armed clash", "Agreement"}
BOTH_SIDES = re.compile(r"\b(?:the\s+two\s+(?:sides|forces|groups|armies|parties|rivals|factions)|both\s+sides|the\s+rival\s+(?:forces|factions|sides))\b", re.I)
DESCRIBED_BY = re.compile(r"\b(?:popular\s+with|frequented\s+by|(?:place|venue|destination|hub|spot)\s+for|used\s+by|home\s+to|favoured\s+by|"
                          r"favored\s+by)\s+(?:the\s+|many\s+)?(?:[\w\-’']+\s+){0,2}$", re.I)
STATE_TYPES = ("State forces", "External/Other forces")


ATTRIB_BEFORE = re.compile(r"(?:\baccording\s+to|\bcited|\bquoted|\btold|\bsources?\s+(?:in|at|close\s+to|within))\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-’']+\s+){0,4}$", re.I)
ATTRIB_AFTER = re.compile(r"^(?:\s+(?:[\w\-’']+\s+){0,4}?)?\s*(?:said|says|told|reported|claimed|announced|confirmed|added|stated|alleged|wrote|tweeted)\b", re.I)
OTHER_CLAUSE = re.compile(r"\b(?:after|before|while|because|although|though|until)\s+(?:(?:he|she|they|it|we|being|having|been)\b|\w+ing\b|"
                          r"(?:[\w\-’']+\s+){0,4}?(?:(?!(?:need|speed|seed|shed|bed|red|feed|hundred|armed)\b)\w{3,}ed|fell|took|fled|withdrew|left|ran|came|went|began|broke|fought|struck|hit|won|lost|met)\b)|"
                          r"\b(?:whose|which|who|then|but)\b|[;:(]", re.I)
OBJECT_VERB = re.compile(r"\b(?:killed|killing|attacked|attacking|ambushed|ambushing|abducted|abducting|kidnapped|kidnapping|shot|"
                         r"targeted|targeting|struck|striking|hit|arrested|detained|wounded|wounding|repelled|routed|stormed|storming|raided|raiding|"
                         r"overran|overrunning|assaulted|assaulting|shelled|shelling|bombed|bombing)\b", re.I)
LINK_GAP = re.compile(r"\s+(?:of|from|linked\s+to|affiliated\s+(?:with|to)|loyal\s+to|allied\s+(?:with|to)|belonging\s+to|aligned\s+with|"
                      r"associated\s+with|tied\s+to|connected\s+to|known\s+as|members\s+of)\s+(?:the\s+)?(?:[\w\-’']+\s+){0,1}", re.I)


REASON_GAP = re.compile(r"\b(?:accus\w+|suspected\s+of|on\s+suspicion|charged\s+with|collaborat\w+|links?\s+(?:to|with)|ties\s+(?:to|with)|"
                        r"support(?:ing)?\s+(?:for\s+)?|sympathi[sz]\w+|for\s+(?:supplying|helping|aiding|financing))\b", re.I)
SUBORDINATOR = re.compile(r"\b(?:after|before|while|because|although|though|until|whose|which|who|then|but|where)\b|[;:(]", re.I)


def _other_clause(stext: str, start: int, arel: int, aend: int) -> bool:
    """The actor at arel belongs to another clause than the trigger ending at start: "... after the Peshmerga withdrew",
    "before being repelled by UN peacekeepers", "after he criticised the junta" (but not "after clashes with rebels")."""
    for m in SUBORDINATOR.finditer(stext, start, arel):
        if OTHER_CLAUSE.match(stext, m.start(), min(len(stext), aend + 25)) or OTHER_CLAUSE.search(stext[m.start():min(len(stext), aend + 25)]):
            return True
    return False


def _attribution(stext: str, arel: int, aend: int, rel: int) -> bool:
    """A source quoted after the trigger ("..., the army said", "according to the AA") is not a participant."""
    if ATTRIB_BEFORE.search(stext[max(0, arel - 45):arel]):
        return True
    if arel > rel and re.search(r"[,—]\s*(?:the\s+|a\s+|an\s+|two\s+|several\s+)?(?:[\w\-’']+\s+){0,4}$", stext[max(0, arel - 45):arel]) \
            and ATTRIB_AFTER.match(stext[aend:aend + 40]):
        return True
    return False


def _roles(sent_actors, stext: str, s0: int, rel: int, tspan, trig, res: Resources, overrides: dict | None = None):
    """(agent, target) around the trigger: 'by X' agents, coordinated 'X and Y' / 'between X and Y' pairs,
    the subject before the trigger (not inside a prepositional phrase or a 'backed by' aside), the object after it.
    Quoted sources are no participants; `overrides` maps a mention's start to an actor resolved from context."""
    if trig.role_hint == "none":
        return None, None
    items = []
    prev_end, prev_actor = -10, None
    for a in sent_actors:
        actor = (overrides or {}).get(a.start_char) or res.actors.get(a.ent_id_)
        if actor is None:
            continue
        arel = a.start_char - s0
        if _attribution(stext, arel, a.end_char - s0, rel):
            continue
        if actor == prev_actor and re.fullmatch(r"\s*\(\s*", stext[prev_end:arel]):
            continue  # "the Jalisco New Generation Cartel (CJNG)": one mention
        prefix = stext[max(0, arel - 40):arel]
        after = stext[a.end_char - s0:a.end_char - s0 + 12]
        if items and items[-1][2].generic and items[-1][2].actor_type not in ("Civilians", "Protesters", "Rioters") and not actor.generic \
                and (LINK_GAP.fullmatch(stext[items[-1][1]:arel]) or (re.fullmatch(r"\s+(?:in|wearing)\s+(?:the\s+)?", stext[items[-1][1]:arel], re.I)
                                                                     and re.match(r"\s*uniforms?\b", after, re.I))):
            # "gunmen in RSF uniforms": the group whose uniform they wear
            # "fighters of the Allied Democratic Forces (ADF)", "gunmen from the OLA": the named group is the actor
            p_arel, _, _, p_prefix, _ = items.pop()
            items.append((p_arel, a.end_char - s0, actor, p_prefix, after))
            prev_end, prev_actor = a.end_char - s0, actor
            continue
        items.append((arel, a.end_char - s0, actor, prefix, after))
        prev_end, prev_actor = a.end_char - s0, actor
    if not items:
        return None, None
    trel_end = tspan.end_char - s0
    # a speaker is not an agent: "Ukrainian officials said Russian aircraft had bombed", "A UN inquiry found that M23 killed"
    barrier = _speech_barrier(stext, rel, res)
    if barrier is not None:
        items = [it for it in items if it[0] >= barrier or it[0] >= rel]
        if not items:
            return None, None
    # between X and Y
    for i, (arel, aend, actor, prefix, after) in enumerate(items):
        if re.search(r"\bbetween\s+(?:the\s+)?(?:[\w\-’']+\s+){0,3}$", prefix, re.I) and i + 1 < len(items):
            rest = [it for it in items[i + 1:] if not BACKED_RE.search(it[3])]  # "between X backed by the coalition and Y"
            if not rest:
                continue
            nxt = rest[0]
            gap = stext[aend:nxt[0]]
            if re.fullmatch(r"[^,.;]{0,40}?\band\s+(?:the\s+)?(?:[\w\-’']+\s+){0,3}", gap, re.I) and abs(arel - rel) < 120:
                return actor, nxt[2]
    agent_by = agent_subj = target = None
    before = [it for it in items if it[0] < rel]
    after_t = [it for it in items if it[0] >= trel_end]
    with_target = False
    for arel, aend, actor, prefix, after in after_t:
        if DESCRIBED_BY.search(prefix):
            continue  # "the hotel, a popular meeting place for government officials": a description of the target place
        other_clause = _other_clause(stext, trel_end, arel, aend)
        if target is None and re.fullmatch(r"\s*(?:with|against)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-’']+\s+){0,2}", stext[trel_end:arel], re.I):
            with_target = True
        if BY_AGENT.search(prefix) and not re.search(r"\bfrom\s+(?:the\s+)?(?:[\w\-’']+\s+){0,2}$", prefix, re.I) \
                and not re.search(r"\bby\s+\w+ing\s+(?:[\w\-’']+\s+)?$", prefix, re.I):  # "answered by pounding X": X is the object
            if not other_clause:  # "attacked ... before being repelled by UN peacekeepers": the agent of another verb
                agent_by = agent_by or actor
        elif BACKED_RE.search(prefix):
            continue
        elif REASON_GAP.search(stext[trel_end:arel]):
            continue  # "arrested a chief, accusing him of collaborating with the ADF": the reason, not a participant
        elif target is None and not other_clause and not re.match(r"-(?:led|brokered|sponsored|mediated|hosted|backed|run)\b", after):
            target = actor  # not the mediator of "at African Union-led talks"
    if target is None:
        inside = [it for it in items if rel < it[0] and it[1] <= trel_end]  # "attacked army positions"
        if inside:
            target = inside[0][2]
    # coordination before the trigger: "X and Y clashed / signed / fought"
    subj_cands = []
    for arel, aend, actor, prefix, after in before:
        if HELD_RE.match(after):
            target = target or actor  # "the rebel-held town": the holder is not the agent
            continue
        if BACKED_RE.search(prefix):
            continue
        if TARGET_PREP.search(prefix) and not re.search(r"\b(?:and|,)\s+(?:the\s+)?(?:[\w\-’']+\s+){0,2}$", prefix, re.I):
            target = target or actor
            continue
        subj_cands.append((arel, aend, actor, prefix))
    subj_target = target is None
    if subj_cands:
        free = [c for c in subj_cands if not SUBJECT_BLOCK.search(c[3]) or PARTITIVE_OF.search(c[3])]
        if trig.event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
            # victims named first ("17 civilians were killed when coalition warplanes...") are not agents
            armed = [c for c in free if c[2].actor_type not in ("Civilians", "Protesters")]
            if armed:
                free = armed
        first = (free or subj_cands[-1:])[0]
        agent_subj = first[2]
        idx = subj_cands.index(first)
        if agent_subj.generic and idx + 1 < len(subj_cands) and not subj_cands[idx + 1][2].generic \
                and LINK_GAP.fullmatch(stext[first[1]:subj_cands[idx + 1][0]]):
            first = subj_cands[idx + 1]  # "warplanes of the US-led coalition", "insurgents linked to the Islamic State group"
            agent_subj = first[2]
            idx += 1
        if target is None and trig.role_hint != "target_only":
            # "X killed three gendarmes in an ambush", "said it had killed 12 CODECO fighters in clashes": the object of
            # the verb before a nominal trigger is the target
            for c in subj_cands[idx + 1:]:
                gap = stext[first[1]:c[0]]
                if c[2] != agent_subj and OBJECT_VERB.search(gap) and not re.search(r"[;:]|\band\s+(?:the\s+)?(?:[\w\-’']+\s+){0,2}$", gap):
                    target = c[2]
                    break
        if idx + 1 < len(subj_cands) and (trig.sub_event_type in SYMMETRIC_SUBS or target is None):
            nxt = subj_cands[idx + 1]
            gap = stext[first[1]:nxt[0]]
            allied = re.search(r"\b(?:allied|allies|their|its|supporting|pro-government)\b", gap, re.I) is not None
            if re.fullmatch(r"\s*(?:[’']s)?\s*(?:\([^()]{1,15}\)\s*)?(?:and|,\s*and|&)\s+(?:the\s+)?(?:[\w\-’']+\s+){0,4}", gap, re.I) and nxt[2] != first[2] \
                    and not allied:
                if target is None or (trig.sub_event_type in SYMMETRIC_SUBS and not with_target):
                    target = nxt[2]
    if agent_by is not None and agent_subj is not None and agent_subj != agent_by and subj_target:
        target = agent_subj  # "soldiers and VDP members repelled an assault by IS Sahel fighters": the soldiers are attacked
    a1 = agent_by or agent_subj
    if a1 is None and trig.role_hint != "target_only":
        # "... were killed on November 3, when US-led coalition warplanes carried out airstrikes": agent after the trigger
        for arel, aend, actor, prefix, after in after_t:
            if actor is not target and actor.actor_type not in ("Civilians", "Protesters", "Rioters") and not BACKED_RE.search(prefix) \
                    and not SUBJECT_BLOCK.search(prefix):
                a1 = actor
                break
        if a1 is not None and target is a1:
            target = None
    if trig.role_hint == "target_only" and agent_by is None:
        # "a convoy struck an IED": the actor named is the victim, the perpetrator is unknown; but a weapon named with its
        # user ("a Russian shell hit", "Houthi rockets landed") is the agent
        owner = [it for it in before if it[0] < rel < it[1]]
        if owner and owner[-1][2].actor_type not in ("Civilians", "Protesters", "Rioters"):
            a2 = target if target is not None and target != owner[-1][2] else None
            return owner[-1][2], a2
        a2 = target or agent_subj
        return None, a2
    a2 = target if target != a1 else None
    return a1, a2


SPEECH_EXTRA = ("condemned", "condemns", "denounced", "accused", "accuses", "found", "finds", "denied", "denies", "alleged", "alleges",
                "blamed", "blames", "insisted", "acknowledged", "admitted", "estimated", "documented", "recorded", "believes", "believed",
                "says", "said", "told", "reported", "announced", "confirmed", "stated", "added", "claimed", "claims", "warned")
_SPEECH_CACHE: dict[int, re.Pattern] = {}


def _speech_re(res: Resources) -> re.Pattern:
    got = _SPEECH_CACHE.get(id(res))
    if got is None:
        words = {w.lower() for w in res.lexicon.get("attribution_patterns", []) if " " not in w and w.islower() and w != "report"}
        words |= set(SPEECH_EXTRA)
        alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        got = _SPEECH_CACHE[id(res)] = re.compile(rf"\b(?:{alt})\b(?!\s+(?:responsibility|credit))", re.I)
    return got


def _speech_barrier(stext: str, rel: int, res: Resources) -> int | None:
    """End of the last reporting verb before the trigger whose complement contains the trigger ("X said (that) Y struck"),
    or None. A pronoun subject after the verb ("SDF said it repelled") points back to the speaker: no barrier."""
    last = None
    for m in _speech_re(res).finditer(stext, 0, rel):
        last = m
    if last is None:
        return None
    between = stext[last.end():rel]
    if re.search(r"[;:]|\bwhich\b|\bwho\b", between):
        return None
    if re.match(r"\s*(?:(?:on|late|early)\s+\w+\s+)?(?:that\s+)?(?:it|its|they|their|he|his|she|her|we|our)\b", between, re.I):
        return None
    if re.match(r"\s*(?:by|in|as|with|to|for|from|at)\b", between, re.I):
        return None  # "attacked by", "reported in": participles, not speech
    return last.end()


def _with_sub(trig, event_type: str, sub: str, res: Resources):
    from dataclasses import replace

    pe, pm = DEFAULT_PLOVER.get(sub, (trig.plover_event, trig.plover_mode))
    return replace(trig, event_type=event_type, sub_event_type=sub, plover_event=pe, plover_mode=pm, alt_if_state=None,
                   alt_if_civilians=None, alt_if_armed=None)


def _remap(actor: Actor | None, iso3: str | None, res: Resources) -> Actor | None:
    if actor is None or not iso3 or not res.context_remap:
        return actor
    other = res.context_remap.get(actor.name, {}).get(iso3)
    return res.actors.get(other, actor) if other else actor


CIVIL_PROPERTY = re.compile(r"\b(?:houses|homes|huts|dwellings|shops|stores|market|markets|church|churches|mosque|mosques|health\s+cent(?:re|er)s?|"
                            r"clinic|villages|farms|crops|granaries|livestock|cattle|belongings|property\s+of\s+(?:residents|villagers|civilians))\b", re.I)


ARREST_REASON = re.compile(r"\b(?:on\s+suspicion\s+of|suspected\s+of|in\s+connection\s+with|accused\s+of|charged\s+with|for)\s+(?:[\w\-’']+\s+){0,4}?"
                           r"(?:(?P<riot>setting\s+fire|arson|rioting|riots?|looting|vandali[sz]\w*|torching|burning|ransacking|storming)|"
                           r"(?:protests?|protesting|demonstrations?|demonstrating|rall(?:y|ies)|marches|marching|sit-ins?))\b", re.I)
FACILITY_END = re.compile(r"\b(?:station|stations|headquarters|building|buildings|post|posts|base|bases|office|offices|compound|barracks)$", re.I)
FACILITY_AFTER = re.compile(r"\s*(?:station|stations|headquarters|building|buildings|post|posts|base|bases|office|offices|compound|barracks|vehicles?|cars?)\b", re.I)
CIVIL_TARGET = re.compile(r"\s*(?:into\s+|on\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,2}?(?:residential\s+(?:areas?|buildings?|blocks?|neighbou?rhoods?|districts?|quarters?|streets?)|"
                          r"apartment\s+(?:buildings?|blocks?)|homes|houses|markets?|marketplace|hospitals?|schools?|clinics?|shelters?|"
                          r"camps?\s+for\s+(?:displaced|refugees)|displacement\s+camps?|civilian\s+(?:areas?|targets?|homes|infrastructure))\b", re.I)


def _conventional_roles(ev: Event, a1, a2, trig, res: Resources):
    """ACLED conventions: protesters/rioters as actor1 of demonstrations, security forces as actor1 of
    excessive force, an unidentified armed group behind unclaimed explosions."""
    acts = res.actors
    protesters, rioters, civ = acts.get("Protesters"), acts.get("Rioters"), acts.get("Civilians")
    unid = acts.get("Unidentified Armed Group ({country})")
    sub = ev.sub_event_type
    state = [x for x in (a1, a2) if x is not None and x.actor_type in STATE_TYPES]
    if sub == "Peaceful protest":
        return protesters, None
    if sub == "Protest with intervention":
        return protesters, (state[0] if state else None)
    if sub == "Excessive force against protesters":
        return (state[0] if state else a1 if a1 not in (protesters, civ) else None), protesters
    if sub == "Violent demonstration":
        return rioters, (state[0] if state else None)
    if sub == "Mob violence":
        return rioters, civ
    if ev.event_type == "Explosions/Remote violence" and sub != "Air/drone strike" and a1 is None:
        a1 = unid
    if ev.event_type == "Violence against civilians" and a2 is None and sub in ("Attack", "Abduction/forced disappearance", "Sexual violence"):
        a2 = civ
        ev.civilian_targeting = True
    if ev.event_type == "Violence against civilians" and a1 is None:
        a1 = unid
    if a1 is not None and a1 in (protesters, civ) and ev.event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
        a1, a2 = (unid if ev.event_type != "Battles" else None), a1
    return a1, a2


def _best_place(spans) -> tuple[Place, int] | None:
    best = None
    for sp in spans:
        place, region = sp._.place
        prec = _precision(place, region)
        if best is None or prec < best[1]:
            best = (place, prec)
    return best


def _precision(place: Place, region: bool) -> int:
    if place.feature == "country":
        return 3
    if region:
        return 2 if place.feature in FINE_FEATURES else max(2, place.precision)
    return place.precision


REF_POINT_BEFORE = re.compile(r"(?:\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|"
                              r"northern|southern|eastern|western)(?:ern)?\s+of|\bkm\s+(?:\([^)]*\)\s+)?(?:from|of|outside)|\bkilometres?\s+(?:from|of)|"
                              r"\bmiles?\s+(?:from|of)|\bborder\s+with|\bsolidarity\s+with|\bin\s+support\s+of|\bbordering|\bover\s+the|\bacross\s+the|\btowards?|\bheaded\s+for|\bcapital\s+of)\s+(?:the\s+)?$", re.I)
LANDMARK_AFTER = re.compile(r"\s+(?:presidential\s+)?(?:palace|airport|air\s+base|hotel|square|street|road|highway|bridge|stadium|university|hospital|"
                            r"mosque|church|market|prison|river|dam|refinery|port|station|embassy|camp)\b", re.I)


BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:[\w\-]+\s+)?(?:villages?|towns?|cities|localities|settlements|areas?|districts?)\s+of\s+)?$", re.I)


def _reference_point(text: str, sp) -> bool:
    place = sp._.place[0]
    if place.feature == "country":
        return False
    before = text[max(0, sp.start_char - 40):sp.start_char]
    if REF_POINT_BEFORE.search(before):
        return True
    if not place.curated and LANDMARK_AFTER.match(text[sp.end_char:sp.end_char + 30]):
        return True
    return False


def _places_for(spans, trig_pos: int) -> list[tuple[Place, int]]:
    """Most specific places of the sentence; several when they form a list ('Susah, Shajlah and Mozan')."""
    if not spans:
        return []
    scored = [(sp, _precision(*sp._.place)) for sp in spans]
    dtext0 = spans[0].doc.text
    betw = [x for x in scored if x[0].start_char >= trig_pos and BETWEEN_BEFORE.search(dtext0[max(0, x[0].start_char - 60):x[0].start_char])]
    if betw and betw[0][1] < 3:
        return [(betw[0][0]._.place[0], betw[0][1])]  # "on the road between Awasse and Mocimboa da Praia": the first place
    # reference points ("south of Hodeidah", "20 km from Goma", "near the border with Mali") and landmarks named after
    # a town ("the Miraflores palace", "over the Dnipro") are not where the event happened when another place is named
    doc0 = spans[0].doc
    dtext = doc0.text
    main = [x for x in scored if not _reference_point(dtext, x[0])]
    if main and len(main) < len(scored):
        scored = main
    finest = min(p for _, p in scored)
    fine = [(sp, p) for sp, p in scored if p == finest]
    after = [x for x in fine if x[0].start_char >= trig_pos] or fine
    first = after[0]
    out = [first]
    if BETWEEN_BEFORE.search(dtext[max(0, first[0].start_char - 60):first[0].start_char]):
        # "between the villages of Robotyne and Verbove", "on the road between Bor and Pibor": one event, at the first place
        return [(first[0]._.place[0], first[1])]
    # a list continues with its neighbours whatever their precision ("Susah, Hawi Susah and Al-Shajlah")
    following = [x for x in scored if x[0].start_char > first[0].start_char and x[1] < 3]
    for sp, p in following:
        between = dtext[out[-1][0].end_char:sp.start_char]
        if p > out[-1][1] and re.fullmatch(r"\s*,\s*", between):
            break  # "in Mir Ali, North Waziristan": the coarser place locates the finer one
        if re.fullmatch(r"\s*(?:,|and|, and|or|as\s+well\s+as)\s*(?:in\s+|at\s+|near\s+|on\s+)?(?:the\s+)?(?:nearby\s+|neighbouring\s+|neighboring\s+)?(?:(?:villages?|towns?|cities|city|neighbourhoods?|areas?|districts?)\s+(?:of\s+)?)?", between, re.I):
            out.append((sp, p))
        else:
            break
    seen, res = set(), []
    for sp, p in out:
        place = sp._.place[0]
        if place.feature == "neighbourhood" and place.parent:
            pass
        key = (place.name, place.country)
        if key not in seen:
            seen.add(key)
            res.append((place, p))
    return res


def merge_events(events: list[Event]) -> list[Event]:
    """One event per (sub_event_type, place, date) in an article; a dateless mention joins a dated one."""
    out: list[Event] = []
    for e in events:
        twin = None
        for o in out:
            if o.sub_event_type != e.sub_event_type or _place_key(o) != _place_key(e):
                continue
            if o.event_date == e.event_date or o.event_date is None or e.event_date is None:
                twin = o
                break
        if twin is None:
            out.append(e)
            continue
        if twin.event_date is None and e.event_date is not None:
            twin.event_date, twin.time_precision = e.event_date, e.time_precision
        if e.fatalities is not None and (twin.fatalities is None or e.fatalities > twin.fatalities):
            twin.fatalities = e.fatalities
        twin.actor1 = twin.actor1 or e.actor1
        twin.actor2 = twin.actor2 or e.actor2
        twin.civilian_targeting = twin.civilian_targeting or e.civilian_targeting
        twin.source = twin.source or e.source
    return out


def stable_id(prefix: str, *parts) -> str:
    h = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{h[:20]}"
