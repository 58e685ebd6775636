"""Dates given relative to the story's last date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ...regex_guard import guarded
from ..dates import DateMention
from .attribution import REPORT_AFTER, REPORT_BEFORE
from .live_blog import blog_day, entry_days, live_entry
from .model import CROWD_EVENT_TYPES, PAST_YEAR_KINDS

REL_DATE = guarded(
    re.compile(
        r"\b(?:(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+(?P<dir>earlier|later)|the\s+(?P<same>same|following|next)\s+day|"
        r"(?:later|earlier)\s+(?:that|the\s+same)\s+day|that\s+same\s+day|(?:hours|minutes|moments)\s+(?:later|earlier)|"
        r"(?:the|that)\s+same\s+(?:morning|afternoon|evening|night)|(?:later|earlier)\s+that\s+(?:morning|afternoon|evening|night)|"
        r"the\s+(?P<after>following|next)\s+(?:morning|afternoon|evening|night)|"
        r"that\s+(?:afternoon|evening)|^\W*(?:in|during)\s+the\s+(?:morning|afternoon|evening))\b",
        re.I,
    )
)


DATELINE_DATE = re.compile(
    r"^\s*[A-Z][A-Z.'’\-]+(?:[ /][A-Z][A-Z.'’\-]+)*(?:,\s*[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+)*)??"
    r",\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:\([^)]{1,25}\)\s*)?[—–-]{1,2}\s"
)


MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# an agency's dateline in mixed case: "Imphal, Jan 18 (PTI) ", "Srinagar (Jammu and Kashmir) [India], May 2 (ANI): ",
# "Lima, Jan 10 (EFE).- ", "Baku, 13 September (APA). " (the agency tag in brackets is what marks it)
AGENCY_DATELINE = re.compile(
    r"^\s*(?!(?:In|On|At|From|For|By)\b)(?P<dl>[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){0,2})(?:\s*\([^)]{1,40}\))?(?:\s*\[[^\]]{1,30}\])?"
    r"(?:,\s*[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+)?)?,\s*"  # "Pemba, Mozambique, 31 Oct 2025 (Lusa) - "
    rf"(?:{MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH})(?:,?\s*\d{{4}})?\s*\([A-Z][\w\-]{{1,12}}\)\s*(?:[.:]?\s*[—–-]{{1,2}}|[.:])?\s"
)


# a press release's place-and-date line: "Bangui, 21 September 2023 – ", "Lahore, December 14: "
PRESS_DATELINE = re.compile(
    rf"^\s*[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,2}}(?:\s*/\s*[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,2}})?,\s*"
    rf"(?:\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?"
    r"\s*(?:[–—:]|-{1,2})\s"
)


def dateline_end(text: str) -> int:
    """End of a wire dateline that carries the publication date ("ABUJA, March 8 (AFP) - "), else 0."""
    m = DATELINE_DATE.match(text) or AGENCY_DATELINE.match(text) or PRESS_DATELINE.match(text)
    return m.end() if m else 0


def paragraph_datelines(text: str, para_starts: list[int], res) -> list[tuple[int, int]]:
    """(ev26) The dated datelines that open later paragraphs of a brief ("BADRA, Iraq, May 14 (Tigris Wire) - "): each
    is that dispatch's day of publication, not the day of its event, as the first paragraph's is (`dateline_end`). Only
    datelines in capitals (`DATELINE_DATE`) or with an agency's tag (`AGENCY_DATELINE`) count; a day heading a timeline
    ("Sunday, March 8 –", "On Monday, March 9 -", "Elsewhere, March 9 -": wordlists.json `timeline_head_patterns`,
    `scene_change_openers`) stays the day of its event."""
    out = []
    for start in para_starts:
        if start <= 0:
            continue
        head = text[start : start + 200]
        if res.pattern_search("timeline_head_patterns", head) or res.pattern_search("scene_change_openers", head):
            continue  # "Sunday, March 8 – Gunmen ...", "On Monday, March 9 -": a timeline's day, not a dateline
        m = DATELINE_DATE.match(head) or AGENCY_DATELINE.match(head)  # (capitals, or an agency's tag)
        if m:
            out.append((start, start + m.end()))
    return out


_REL_N = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def relative_date(stext: str, s0: int, anchor, res=None, sequels: bool = False):
    """A date given relative to the last one of the story ("A day earlier", "The same day", "the following day"); (ev87)
    a sentence that opens with "On that day," (wordlists.json `same_day_openers`) is on the day named before it; so
    (ev110, `sequels`: a clause with no report's day) is a night or the hours that followed it (wordlists.json
    `relative_same_day_phrases`: "That night,", "during the night", "In the hours that followed")."""
    m = REL_DATE.search(stext)
    if m is None and res is not None:
        # "On that day,"; (ev110) "That night,", "during the night", "In the hours that followed": the day before
        o = res.pattern_search("same_day_openers", stext)
        o = o or (res.pattern_search("relative_same_day_phrases", stext) if sequels else None)
        m = o if o is not None and anchor is not None and anchor[1] == 1 else None
        return DateMention(s0 + m.start(), s0 + m.end(), m.group(0), anchor[0], 1, "sequel") if m else None
    if m is None or anchor is None or anchor[1] != 1:
        return None
    days = 0
    if m.group("n"):
        n = _REL_N.get(m.group("n").lower()) or int(m.group("n"))
        days = -n if m.group("dir").lower() == "earlier" else n
    elif (m.group("same") and m.group("same").lower() in ("following", "next")) or m.group("after"):
        days = 1  # "the following day", "The next morning"
    return DateMention(s0 + m.start(), s0 + m.end(), m.group(0), anchor[0] + timedelta(days=days), 1, "relative")


def _adverbial(stext: str, m: re.Match) -> bool:
    """The phrase stands as a sentence adverb: at the start or set off by commas ("Earlier, ...", ", recently, ")."""
    head = stext[: m.start()].rstrip()
    return not head or head.endswith(",") or stext[m.end() :].lstrip().startswith(",")


def vague_date(art, stext: str) -> tuple[date, int] | None:
    """A date from a vague time of the sentence, as an analyst codes it: "over the past few days" is the week before
    the reference date (precision 2); "recently" is the reference date's month (precision 3); a sentence-initial
    "Earlier," is the story's last date before it, else the reference date (precision 3)."""
    pats = art.res.vague_time_res
    if "days" in pats and pats["days"].search(stext):
        return art.ref - timedelta(days=7), 2
    m = pats["recent"].search(stext) if "recent" in pats else None
    if m is not None and _adverbial(stext, m):
        return art.ref, 3
    m = pats["earlier"].search(stext) if "earlier" in pats else None
    if m is not None and _adverbial(stext, m):
        return (art.last_date_any[0] if art.last_date_any else art.ref), 3
    return None


PREVIOUS_DAY = re.compile(r"the\s+(?:previous\s+day|day\s+before)", re.I)


EVENT_NOUN_AFTER = re.compile(r"\s+(?P<det>[a-z]+)\s+(?P<noun>[a-z][a-z\-]*)\b", re.I)


def _named_event_day(art, pos: int):
    """(ev52) "The day before the shooting": the day of the story's latest violent event told before, not the last day
    the text named (`noun_event_day`)."""
    return noun_event_day(art, EVENT_NOUN_AFTER.match(art.text, pos), pos)


def noun_event_day(art, m, before: int, own_types: bool = False):
    """The day of the story's latest event told before `before` of the kind an event noun names (`m`: its groups `det`, a
    `day_anchor_determiners` word, and `noun`, fix107: a key of `day_gap_noun_types`): an event type of
    `day_anchor_event_types`, or (`own_types`, ev96's day gaps) of the noun's own types where it lists any."""
    if m is None or m.group("det").lower() not in art.res.wordset("day_anchor_determiners"):
        return None
    noun = m.group("noun").lower()
    if noun not in art.res.wordset("day_gap_noun_types"):
        return None
    types = (own_types and art.res.words["day_gap_noun_types"].get(noun)) or art.res.wordset("day_anchor_event_types")
    for ev in reversed(art.events):
        if ev.event_type in types and ev.event_date is not None and ev.time_precision == 1 and ev.start_char < before:
            return ev.event_date, 1
    return None


def _day_before_last(art, d, para: int):
    """ "the previous day" / "the day before" count back from the last day the story named (the reference day only
    when it named none); "the day before the shooting" from the shooting's day."""
    anchor = (
        (_named_event_day(art, d.end) if PREVIOUS_DAY.fullmatch(d.text) else None)
        or art.last_date_by_para.get(para)
        or art.last_day
    )
    if not PREVIOUS_DAY.fullmatch(d.text) or anchor is None or anchor[1] != 1:
        return d
    return DateMention(d.start, d.end, d.text, anchor[0] - timedelta(days=1), 1, "relative")


def usable_day(art, s0: int, d) -> bool:
    """A date that can date an event of its clause (from `s0`): no dateline's day of publication, no background year,
    none after the reference day, none of "since ..." nor a deadline ("by", "until"), (fix86) none a future verb of its
    clause governs (`future_date_before_patterns`: "will announce results on August 28", "scheduled for Monday"), (ev90)
    none of a publication (`publication_day_after`: "Tuesday's article", "last Saturday's edition"), (ev95) no weekday
    after "every" or "each", or (fix104) after "a" in a pluperfect clause (`generic_weekday_before`: "had spoken ... at a
    Friday prayer gathering"; not "blew himself up at a Friday prayer gathering")."""
    text = art.text
    return (
        d.start >= art.dateline_end  # "KHARTOUM, Nov 9 (Reuters) -": the day of publication, not of the event
        and not any(a <= d.start < b for a, b in art.para_datelines)
        and d.kind not in PAST_YEAR_KINDS
        and d.value is not None
        and d.value <= art.ref
        and not (
            re.search(r"\bsince\b[^,.;]{0,40}$", text[max(s0, d.start - 45) : d.start], re.I)
            and not (d.kind == "weekday" and art.res.pattern_search("since_day_when_after", text[d.end : d.end + 20]))
        )  # "since ... on Oct 1"; (ev110) not "missing since Friday, when men took him": that weekday's event
        and not re.search(r"\b(?:by|until|before|deadline\s+of)\s+$", text[max(s0, d.start - 15) : d.start], re.I)
        # "disarm them by September 19"; (fix86) "will announce results on August 28": the day of a plan
        and not art.res.pattern_search("future_date_before_patterns", text[max(s0, d.start - 90) : d.start])
        # (ev90) "Tuesday's article about the fight ...": the day of a publication, not of the event
        and not art.res.pattern_search("publication_day_after", text[d.end : d.end + 40])
        # (ev95) "had spoken against a levy at a Friday prayer gathering", "every Sunday": a kind of day, no date
        # (fix104: "a" only after "had" in its clause; "killed four farmers on a Monday morning raid" is the day)
        and not (
            d.kind == "weekday"
            and art.res.pattern_search("generic_weekday_before", text[max(s0, d.start - 100) : d.start])
        )
    )


def sentence_of(art, pos: int) -> tuple[int, int]:
    """The bounds of the parser's sentence around `pos` (fix82: no full stop of "U.S." ends it)."""
    span = art.doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None:
        return max(0, pos - 400), min(len(art.text), pos + 400)
    return span.sent.start_char, span.sent.end_char


def _night_anchor(art, m, para: int) -> tuple:
    """The day a "night before" phrase counts back from: the last usable day its sentence names before it, else
    (fix82) the report's day its sentence names after it ("..., police said on Tuesday"), else the story's last
    day, else the reference day; and the report days of its sentence (the night is none of theirs or later)."""
    text, res = art.text, art.res
    s0, s1 = sentence_of(art, m.start())
    days = [d for d in art.dates.between(s0, s1) if d.precision == 1 and usable_day(art, s0, d)]
    told = [d for d in days if (d.end <= m.start() or d.start >= m.end()) and of_report(text, s0, s1, d, res)]
    before = [d for d in days if d.end <= m.start()]
    after = [d for d in told if d.start >= m.end()]
    anchor = (before[-1].value, 1) if before else (after[0].value, 1) if after else None
    anchor = anchor or art.last_date_by_para.get(para) or art.last_day
    if anchor is None or anchor[1] != 1:
        anchor = (art.ref, 1)
    return anchor, told


def _night_before(art, s0: int, s1: int, para: int) -> list:
    """(ev76) "the previous night", "the night before", "the preceding evening" (wordlists.json
    `night_before_patterns`): the day before the last day its own sentence named before it ("the army said on Wednesday
    that its drones had destroyed a convoy the previous night": Tuesday), else (fix82) before the report's day named
    after it ("..., police said on Tuesday": Monday), else before the story's last day ("The night before, in X, a group
    hurled stones", after a march on Thursday: Wednesday), else before the reference day; never on or after a report
    day of its sentence."""
    rx, out = art.res.patterns_re("night_before_patterns"), []
    m = rx.search(art.text, s0, s1) if rx is not None else None
    while m is not None:
        anchor, told = _night_anchor(art, m, para)
        night = anchor[0] - timedelta(days=1)
        if told and night >= min(d.value for d in told):
            night = min(d.value for d in told) - timedelta(days=1)
        out.append(DateMention(m.start(), m.end(), m.group(0), night, 1, "night_before"))
        m = rx.search(art.text, m.end(), s1)
    return out


def night_beyond_clause(art, tspan, d) -> bool:
    """(ev76) A "night before" date after the trigger beyond a clause break (wordlists.json
    `night_before_clause_breaks`: "arrested two men who planted a bomb the night before"): the other clause's day;
    (fix82) the "that" of a report's complement (`night_before_report_complements`: "police said on Thursday, adding
    that the attack took place the previous night") breaks no clause."""
    if d.kind != "night_before" or d.start < tspan.end_char:
        return False
    said = art.res.patterns_re("night_before_report_complements")
    for b in art.res.patterns_rx("night_before_clause_breaks").finditer(art.text, tspan.end_char, d.start):
        opened = said.finditer(art.text, max(0, b.start() - 50), b.end()) if said is not None else ()
        if not any(c.end() == b.end() for c in opened):
            return True
    return False


def day_dates(art, s0: int, s1: int, sdates: list, para: int) -> list:
    """The day-level dates of a clause (not background years, not "since ...", not deadlines: `usable_day`), else a
    date given relative to the story's last one ("A day earlier", "The same day")."""
    text = art.text
    sdates = entry_days(art, para, sdates)  # (fix132) a live entry's "overnight": from its blog's day
    out = [d for d in sdates if usable_day(art, s0, d)]
    out = [_day_before_last(art, d, para) for d in out]
    nights = _night_before(art, s0, s1, para)
    if nights:
        out = sorted([*out, *nights], key=lambda d: d.start)
    told = [d for d in out if of_report(text, s0, s1, d, art.res)]
    if len(told) == len(out):  # no date, or only the report's ("... the same night, a spokesman said on Sunday")
        anchor = art.last_date_by_para.get(para) or art.last_date_any
        if anchor is not None and anchor[1] != 1:
            anchor = art.last_day  # "..., by the army last month. The following day, ...": the last day named
        told_bg = background_anchor(art, s0, s1)
        rel = relative_date(text[s0:s1], s0, told_bg or anchor, art.res, sequels=not told)
        rel = _from_report_day(text, s0, s1, told, art.res, anchor) or _story_night(art, s0, rel) or rel
        if rel is not None:
            out = [rel, *out]  # "A day earlier", "The same day", "Later that day": from the date pointed back to
            if told_bg is not None and rel.kind == "relative":
                art.background_days.add(rel.start)  # (fix132) a day counted from a background day is one too
    art.background_days.update(d.start for d in out if background_day(art, s0, d))
    if out:
        mine = [d for d in out if d not in told] or out  # a later "the same day" counts from the event, not the report
        current = [d for d in mine if d.start not in art.background_days]
        if not current and art.last_date_any is not None:
            days = [d for d in mine if d.precision == 1]
            art.background_told = (days[-1].value, sentence_of(art, days[-1].start)[1]) if days else None
            return out  # (ev117) a background sentence's day is no current day of the story
        art.background_told = None
        mine = current or mine
        art.last_date_any = (mine[-1].value, mine[-1].precision)
        days = [d for d in mine if d.precision == 1]
        if days:
            art.last_day = (days[-1].value, 1)
    return out


NIGHT_WORD = re.compile(r"night\b", re.I)


def _story_night(art, s0: int, rel):
    """(ev117) A night phrase with no day of its own ("during the night", "That night") whose current day is the
    reference day is the night the story already told ("overnight", "last night" of an earlier sentence: the day
    before), not the night after the report: "Gunmen attacked a police post in Gao last night ... Soldiers were still
    searching the area on Thursday morning. During the night, looters raided shops in Mopti". (fix132) Only a night
    that dates an event of its sentence ("A resident who had not slept last night" dates none), and none when an
    event told between that night and the phrase is on the reference day (a type of wordlists.json
    `day_anchor_event_types`: "On Thursday evening, protesters clashed with police ... That night, police detained 50
    people": Thursday's night)."""
    if rel is None or rel.kind != "sequel" or rel.value != art.ref or not NIGHT_WORD.search(rel.text):
        return None
    told = [d for d in art.dates.between(0, s0) if d.kind == "yesterday" and NIGHT_WORD.search(d.text)]
    told = [d for d in told if d.value is not None and d.value < art.ref and _dates_an_event(art, d)]
    if not told:
        return None
    types = art.res.wordset("day_anchor_event_types")  # (a fight, an attack or a crowd; not "still sealed off")
    if any(
        told[-1].end <= ev.start_char < s0 and ev.event_date == art.ref and ev.event_type in types for ev in art.events
    ):
        return None  # (fix132) a fight or a crowd on the reference day told since: that day's night
    return DateMention(rel.start, rel.end, rel.text, told[-1].value, 1, "sequel")


def _dates_an_event(art, d) -> bool:
    """(fix132) An event of the mention's sentence is on its day."""
    a, b = sentence_of(art, d.start)
    return any(a <= ev.start_char < b and ev.event_date == d.value for ev in art.events)


def background_anchor(art, s0: int, s1: int):
    """(fix132) The day a background sentence told (`background_day`: "On 2 January 2026, gunmen killed 12
    villagers"), when this clause is of the next sentence and names a count of days or hours from it ("The following
    day", "Two days later", "Later that day": `REL_DATE`); a night or "In the hours that followed" and undated
    sentences keep the story's current day."""
    told = art.background_told
    if told is None or told[1] > s0 or re.search(r"[.!?]\s", art.text[told[1] : s0]):
        return None
    return (told[0], 1) if REL_DATE.search(art.text, s0, s1) else None


YEAR_WRITTEN_KINDS = ("mdy", "dmy", "iso", "numeric")


def background_day(art, s0: int, d) -> bool:
    """(ev117) A day that does not become the story's current day (the day a later clause's night, "In the hours that
    followed" or undated sentence of the paragraph is on): a day after a word of wordlists.json
    `current_day_refused_before` in its clause ("since Friday, when the governor announced a curfew": the Friday dates
    the "when" clause's own event only; fix132: read `relative_day_limits` `current_day_refused_window` characters
    back), or a day with its year written `background_day_gap_days` (`relative_day_limits`) days or more before the
    reference date ("The town was last attacked on 4 May 2024, when ...": background) while the current day is a recent
    one that dates an event of the story (a court summary of November's events, published in June, keeps its
    chronology)."""
    limits = art.res.words["relative_day_limits"]
    back = int(limits["current_day_refused_window"])
    if art.res.pattern_search("current_day_refused_before", art.text[max(s0, d.start - back) : d.start]):
        return True
    old, cur = art.ref - timedelta(days=int(limits["background_day_gap_days"])), art.last_day
    return (
        d.kind in YEAR_WRITTEN_KINDS
        and d.value is not None
        and d.value <= old
        and cur is not None
        and cur[0] > old
        and any(ev.event_date == cur[0] for ev in art.events)
    )


def current_days(art, dates: list) -> list:
    """(ev117) The days of a clause that may be its paragraph's current day (not `background_day`)."""
    return [d for d in dates if d.start not in art.background_days]


def _from_report_day(text: str, s0: int, s1: int, told: list, res, anchor=None):
    """(ev96) "The army said on Wednesday that a drone strike ... had killed 23 fighters the same day": a relative day
    after the report's day its own sentence names counts from that day, when it is not a later one; (fix107) a phrase
    of that day's own hours that is not "the same day" (wordlists.json `report_same_day_phrases`: "later that day",
    "that evening", "later that night") counts from the story's earlier day instead when the clause up to it reads as
    a sequel of that day (`report_day_sequel_patterns`: a pluperfect "had", "later", "that evening", "that night")."""
    if not told:
        return None
    if _refers_back(text[told[0].end : s1], res):
        return None  # (fix105) "... had killed 20 of the attackers the same day": the attack's day, told before
    rel = relative_date(text[s0:s1], s0, (told[0].value, 1), res)
    if rel is None or rel.start < told[0].end or rel.value > told[0].value:
        return None
    if _sequel_of_earlier_day(text, told[0], rel, res, anchor):
        return None  # (fix107) "Police said on Wednesday that officers had arrested 12 teachers later that day"
    return rel


def _sequel_of_earlier_day(text: str, told, rel, res, anchor) -> bool:
    """(fix107) The relative phrase is of the report day's own hours (not a count of days), not "the same day"
    (`report_same_day_phrases`), the story told a day before the report's, and the clause from the report's day to
    the phrase reads as a sequel of that day (`report_day_sequel_patterns`)."""
    if anchor is None or anchor[1] != 1 or anchor[0] >= told.value or rel.value != told.value:
        return False
    if res.pattern_search("report_same_day_phrases", rel.text) is not None:
        return False
    return res.pattern_search("report_day_sequel_patterns", text, told.end, rel.end) is not None


def _refers_back(clause: str, res) -> bool:
    """(fix105) The reported clause names the side of an event told before (`anaphoric_attacker_nouns` after "the":
    "the attackers", "the assailants"; "of them"): its relative day counts from that event, not the report's."""
    rx = res.built(("when.refers_back",), lambda: _refers_back_re(res))
    return rx is not None and rx.search(clause) is not None


def _refers_back_re(res) -> re.Pattern | None:
    nouns = "|".join(map(re.escape, sorted(res.wordset("anaphoric_attacker_nouns"))))
    return re.compile(rf"\b(?:the\s+(?:{nouns})|of\s+them)\b", re.I) if nouns else None


def of_report(text: str, s0: int, s1: int, d, res) -> bool:
    """The date is the report's ("said on Sunday", "on Monday, the ministry said", "told the court on Wednesday how"),
    as `date_event` reads it."""
    after, before = text[d.end : min(s1, d.end + 30)], text[max(s0, d.start - 45) : d.start]
    return bool(
        REPORT_AFTER.match(after)
        or REPORT_BEFORE.search(before)
        or _of_testimony(res, text, s0, d)
        or _of_document(res, text, s0, d)
    )


def _of_testimony(res, text: str, s0: int, d) -> bool:
    """(ev61) The day a witness told a court or testified (wordlists.json `testimony_frame_before`: "told the North
    West High Court on Wednesday how gunmen opened fire ... on 14 March", "testified on Tuesday that police arrested
    ..."): the day of the telling, not of the events told; a date inside the told clause dates them."""
    return res.pattern_search("testimony_frame_before", text[max(s0, d.start - 60) : d.start]) is not None


def _of_document(res, text: str, s0: int, d) -> bool:
    """(ev96) The day a statement bears or a communiqué was read (wordlists.json `report_day_before_patterns`: "In a
    statement dated Sunday, the group said its fighters had stormed ... on Saturday", "announced in a communiqué read on
    public television on Monday evening"): the document's day, not the day of the events it tells."""
    return res.pattern_search("report_day_before_patterns", text[max(s0, d.start - 70) : d.start]) is not None


CAUSE_BETWEEN = re.compile(r"\b(?:revenge\s+for|retaliation\s+for|in\s+response\s+to|to\s+avenge)\b", re.I)


def _relative_clause_day(art, tspan, d) -> bool:
    """(fix88) A day after the trigger inside a relative or reduced relative clause of a noun after it (wordlists.json
    `relative_clause_date_before`: "marched for three people killed on Friday", "the death of a man who was shot by
    police on Sunday"): the day of that clause's own event, not of the trigger's (read for a crowd's event only: the
    rule read for every event lost one day on each of two CHECK sets)."""
    return d.start > tspan.end_char and bool(
        art.res.pattern_search("relative_clause_date_before", art.text[tspan.end_char : d.start])
    )


def _pluperfect_object_day(art, tspan, d) -> bool:
    """(ev119) A day after a strategic development's trigger inside a pluperfect clause of its object (wordlists.json
    `object_pluperfect_clause_date_before`: "lifted the armed stoppage it had imposed on X two days earlier", "ended
    the blockade they had declared last week"): the day of the earlier act, not of the trigger's."""
    return d.start > tspan.end_char and bool(
        art.res.pattern_search("object_pluperfect_clause_date_before", art.text[tspan.end_char : d.start])
    )


def date_event(art, u, ev, tspan) -> list:
    """Set the event's date: the clause's own date nearest the trigger (a date of the report only as a fallback),
    else the paragraph's last date. Returns the clause's own (non-report) dates."""
    stext, s0, text = u.stext, u.s0, art.text
    # not the date of an earlier cause ("the ambush was revenge for the killing of a commander last month")
    mine = [
        d
        for d in u.day_dates
        if not (d.start > tspan.end_char and CAUSE_BETWEEN.search(text, tspan.end_char, d.start))
        and not night_beyond_clause(art, tspan, d)
        and not (ev.event_type in CROWD_EVENT_TYPES and _relative_clause_day(art, tspan, d))
    ]
    if ev.sub_event_type in art.res.wordset("pluperfect_object_day_sub_types"):
        # (fix135) the earlier act's day is the fallback when the sentence has no other: never undated
        mine = [d for d in mine if not _pluperfect_object_day(art, tspan, d)] or mine
    own_dates = [d for d in mine if not of_report(text, s0, u.s1, d, art.res)]
    ev_dates = (
        own_dates or mine
    )  # a date of the report is the fallback ("said last week that its soldiers had entered")
    if mine:
        best = min(ev_dates, key=lambda d: (d.precision, abs(d.start - tspan.start_char)))
        best = _night_start(text, ev_dates, best, art.res)
        ev.event_date, ev.time_precision = best.value, best.precision
        if not own_dates:
            ev.extras["report_dated"] = True  # (ev58) "..., police said Wednesday": the report's day, a fallback
        art.last_date_by_para[u.para] = (best.value, best.precision)
        # "clashed ... on Thursday and again on Sunday": the same fight on two days is two events
        again = [
            d
            for d in ev_dates
            if d.start > best.end
            and d.precision == 1
            and d.value != best.value
            and re.fullmatch(
                r"\s*,?\s*(?:and|as\s+well\s+as)\s+(?:again|also)\s+(?:on\s+)?|\s*and\s+again\s+(?:on\s+)?",
                text[best.end : d.start],
                re.I,
            )
        ]
        if again:
            ev.extras["again"] = again[0]
    elif (vague := vague_date(art, stext)) is not None:
        ev.event_date, ev.time_precision = vague  # "Over the past few days", "Recently,", "Earlier,"
    elif u.para in art.last_date_by_para:
        ev.event_date, ev.time_precision = art.last_date_by_para[u.para]
    elif DURING_EVENT.search(stext) and art.last_day is not None:
        ev.event_date, ev.time_precision = art.last_day  # "Shells fired during the fighting also landed on X"
    elif live_entry(art, u.para):
        ev.event_date, ev.time_precision = blog_day(art, u.para), 1  # "11:05 – Israeli artillery shelled ...": an entry
    return own_dates


def previous_day(art, u, own_place=None) -> tuple | None:
    """(ev57) The day of the event of the sentence just before (the last date its paragraph gave, else the event's
    own): a follow-up sentence with no day of its own ("Soldiers later detained 11 people") happened on it. (fix60) Not
    after a scene change (`scene_change_openers`: "Elsewhere, ...", "In a separate incident, ..."), nor when the
    sentence names its own place (`own_place`) in another country than that event's ("Protesters also marched in
    Niamey" after a battle at Boni on Tuesday; a town of the same country keeps it: "Soldiers later clashed with the
    attackers on the banks of the Coca river", measured: requiring the same town lost four dates on the dev sets)."""
    if art.res.pattern_search("scene_change_openers", u.stext) is not None:
        return None
    last = art.recent(u.s0)
    if last is None:
        return None
    if own_place is not None and last.place is not None and own_place.country != last.place.country:
        return None
    told = art.last_date_by_para.get(last.extras.get("seen", last.paragraph))
    if told is not None:
        return told
    return (last.event_date, last.time_precision) if last.event_date is not None else None


DURING_EVENT = re.compile(
    r"\b(?:during|amid|amidst|in\s+the\s+course\s+of)\s+the\s+(?:fighting|clashes|battle|attack|assault|offensive|raid|"
    r"shelling|exchange\s+of\s+fire)\b",
    re.I,
)
NIGHT_OF = re.compile(r"\bnight\s+of\s+(?:the\s+)?$", re.I)
NIGHT_TO = re.compile(r"\s*(?:\d{1,2}\s*)?(?:to|-|–|into)\s+(?:the\s+)?$", re.I)


def _night_start(text: str, dates: list, best, res=None):
    """ "During the night of Sunday 27 to Monday 28 October": a night is coded on its first day (as "Sunday night" is);
    so is a night named by the day it ends on (`night_end_patterns` before that day, ev26: "on the night of 9 to 10
    September", "the night of the 9th to the 10th of September", "the night from Sunday to Monday"): its first day is
    the one stated ("the night of 8 to 10 September" is the 8th), else the day before."""
    ends = res.patterns_re("night_end_patterns") if res is not None else None
    m = ends.search(text[max(0, best.start - 40) : best.start]) if ends is not None and best.precision == 1 else None
    if m is not None:
        first = re.search(r"\d{1,2}", m.group(0))
        day = best.value - timedelta(days=1)
        if first is not None and 1 <= int(first.group(0)) < best.value.day:
            day = best.value.replace(day=int(first.group(0)))  # (the stated first day, in the end day's month)
        return DateMention(best.start, best.end, best.text, day, 1, "relative")
    for d in dates:
        if d.end <= best.start and d.precision == 1 and NIGHT_OF.search(text[max(0, d.start - 20) : d.start]):
            gap = text[d.end : best.start]
            nxt = [x for x in dates if d.end < x.start <= best.start]
            if NIGHT_TO.fullmatch(gap) or (nxt and NIGHT_TO.fullmatch(text[d.end : nxt[0].start])):
                return d
    return best
