"""Later sentences of an event's paragraph that set its toll (moved out of fatalities.py, fix64): one side's losses
a follow-up sentence adds ("The army lost four soldiers") and "nobody was hurt" / "released unharmed" making it 0."""

from __future__ import annotations

import re

from ..rules import Rules
from .fatalities import IMMEDIATE, count_patterns, fatalities_in, fatality_patterns, released_unharmed, word_alternation
from .model import Event
from .text import AGGREGATE_RE


def adds_loss(prev: Event, stext: str, para: int, day_dates, splaces, res: Rules) -> bool:
    """A follow-up sentence of the same paragraph, with no date or place of its own, giving one side's losses in the clash
    just reported ("The army lost four soldiers", "Ten of the attackers were killed"): those deaths add to its toll,
    unless the earlier toll was already an overall count of people."""
    return _loss_kind(prev, stext, para, day_dates, splaces, res) == "add"


def later_loss(prev: Event, stext: str, para: int, day_dates, splaces, res: Rules) -> int | None:
    """The toll of `prev` after a follow-up sentence (`adds_loss`): its count added, or (fix103) the larger count of a
    restatement that names the toll's side again ("..., killing four militants. Four militants and one soldier died":
    5); None when the sentence sets nothing."""
    kind = _loss_kind(prev, stext, para, day_dates, splaces, res)
    f = fatalities_in(stext, res) if kind else None
    if not f:
        return None
    return (prev.fatalities or 0) + f if kind == "add" else max(prev.fatalities or 0, f)


def _loss_kind(prev: Event, stext: str, para: int, day_dates, splaces, res: Rules) -> str:
    """ "add", "restate" or "" (nothing) for a follow-up sentence of `prev`'s paragraph with no date or place of its own;
    (fix103) a period's total ("Since March, 310 terrorists have been neutralised", `AGGREGATE_RE`) is nothing."""
    if day_dates or splaces or para != prev.extras.get("seen", prev.paragraph) or AGGREGATE_RE.search(stext):
        return ""
    loss = fatality_patterns(res).loss.search(stext) is not None
    if not (loss or _clash_toll(prev, stext, res)) or prev.event_type not in ("Battles", "Violence against civilians"):
        return ""
    if prev.fatalities and fatality_patterns(res).overall.search(prev.sentence):
        return ""
    if not loss:
        return _clash_kind(prev, stext, res)
    return "" if prev.fatalities and fatalities_in(stext, res) == prev.fatalities else "add"  # a restated toll


def _clash_toll(prev: Event, stext: str, res: Rules) -> bool:
    """(ev93) A follow-up sentence that opens with a count of dead (`clash_toll_followups`: "Two dacoits and a constable
    died in the gunfight", "Twelve militants and three soldiers were killed, an officer said", "Two soldiers also died")
    after an armed clash: the clash's dead."""
    return prev.sub_event_type == "Armed clash" and res.pattern_search("clash_toll_followups", stext) is not None


def _clash_kind(prev: Event, stext: str, res: Rules) -> str:
    """(fix103) A clash's follow-up count (`_clash_toll`) adds its dead when the clash had no toll yet or the sentence
    marks them as more dead (`clash_toll_additions`: "also", "later in hospital"); it is nothing for dead of another
    incident or among those counted (`clash_toll_not_followups`: "in a separate blast", "when their truck overturned",
    "among them"); a count naming a side of the toll again ("..., killing four militants. Four militants and one
    soldier died": `_side_nouns`), or naming no side and no larger than the toll, restates it; another side's dead
    ("..., killed three of them. One soldier was killed") add."""
    if res.pattern_search("clash_toll_not_followups", stext):
        return ""
    if not prev.fatalities or res.pattern_search("clash_toll_additions", stext):
        return "add"
    told, sides = _side_nouns(prev.sentence, -1, res), _side_nouns(stext, 0, res)
    if sides & told or (not sides and (fatalities_in(stext, res) or 0) <= prev.fatalities):
        return "restate"
    return "add"


def nobody_hurt_after(last: Event, stext: str, para: int, res: Rules, before: str = "", lead: bool = False) -> bool:
    """A later sentence of the event's paragraph that tells nobody was killed or hurt and gives no death of its own
    (`zero_fatality_phrases`: "No casualties were reported.", ev59: "Its two nurses fled into the bush and were
    unhurt", "he was not hurt"), for an event with no toll yet: the coding convention 2 (eval/events/README.md) makes
    its fatalities 0; "no immediate reports of casualties" is no statement. `before`: the text between the event's
    sentence and this one (fix64: a death told there keeps a release unharmed from making the toll 0). (ev93) `lead`:
    the event is the story's first, told by its lead paragraph, whose next paragraph may say it ("RIVNE — Russian drones
    struck an energy facility ...", then "Nobody was injured, the administration said, ...")."""
    m = fatality_patterns(res).zero.search(stext)
    if m is None and released_unharmed(stext, res):  # (ev63) "Both were released unharmed the same evening."
        m = count_patterns(res).release.search(stext)
        m = m if m is not None and _all_released(stext, m, before, res) else None
    return (
        last.fatalities is None
        and para - last.extras.get("seen", last.paragraph) in ((0, 1) if lead else (0,))
        and m is not None
        and not IMMEDIATE.search(stext)
        and fatalities_in(stext, res) == 0
        and not res.pattern_search("new_incident_patterns", stext)  # (fix58) "In a separate accident, ..."
        and _unhurt_subject_is_ours(stext, m, last, res)
    )


def _side_nouns(text: str, part: int, res: Rules) -> set[str]:
    """(fix103) The sides (`crowd_clash_armed_nouns`, plural) a toll names: after the sentence's last kill word up to
    the next comma (`part` -1: "..., killing two soldiers and three militants, the army said") or before its first
    (`part` 0: "Five militants and one soldier died")."""
    nouns = res.wordset("crowd_clash_armed_nouns")
    cut = re.split(r"\b(?:killing|killed|kills|leaving|left|died|dead)\b", text.lower())
    toll = cut[part].split(",")[0] if part == -1 and len(cut) > 1 else cut[part] if len(cut) > 1 else ""
    return {w if w in nouns else w + "s" for w in re.findall(r"[a-z]+", toll) if {w, w + "s"} & nouns}


def lead_scene_free(art, u, res: Rules) -> bool:
    """(fix103) The paragraph after the lead speaks of the lead's event only while it names no scene of its own: no place
    (but a country: "Ukraine's General Staff confirmed the strike") or date in the sentence or earlier in its paragraph, and no other incident told before it there
    (`new_incident_patterns`: "On Sunday, debris fell on a shed in X. Nobody was injured." is another incident)."""
    earlier = art.text[art.para_starts[u.para] : u.s0]
    here = art.last_place_by_para.get(u.para)
    return not (
        any(p._.place[0].feature != "country" for p in u.splaces)
        or u.day_dates
        or (here is not None and here[0].feature != "country")
        or u.para in art.last_date_by_para
        or res.pattern_search("new_incident_patterns", earlier)
    )


def _all_released(stext: str, m: re.Match, before: str, res: Rules) -> bool:
    """(fix64) A release unharmed speaks for everyone the event took: no death told since the event's sentence ("One
    was later found dead. The other was released unharmed"), and a subject that covers them all
    (`released_whole_subjects`: "both", "all", "they", "he"; or a definite noun, "the drivers", as for "unhurt"),
    none of `released_part_words` ("the other", "the remaining hostages");
    "..., releasing them unharmed" has its people after it."""
    if count_patterns(res).death.search(before):
        return False
    if m.group(0).lower().startswith("releasing"):
        return True
    subj = _before_stop(_words(re.split(r"\bthat\b", _clause_before(stext, m, res), flags=re.I)[-1]), res)
    if not subj or set(subj) & res.wordset("released_part_words"):
        return False
    if _opens_with(subj, res.wordset("released_whole_subjects")):
        return True
    return len(subj) > 1 and subj[0] in res.wordset("unhurt_definite_determiners")  # "The drivers were released"


def _unhurt_subject_is_ours(stext: str, m: re.Match, last: Event, res: Rules) -> bool:
    """(fix58) "... was/were unhurt" (`unhurt_subject_verbs`) speaks of the event's people only when its subject is a
    pronoun or a whole (`unhurt_subject_openers`: "he was not hurt", "the others were unhurt", "Its two guards"), a
    definite noun opening the clause (fix61, `unhurt_definite_determiners`: "The driver was unhurt", "The officer in
    the car escaped unhurt") or a victim noun of the event's sentence ("the driver" of a car the gunmen shot at); "a
    journalist who covered the attack", "Residents of a nearby village", "... and the driver was unhurt" are other
    people. A phrase with no subject ("No casualties") is."""
    words = m.group(0).lower().split()
    if not words or words[0] not in res.wordset("unhurt_subject_verbs"):
        return True
    _, victims = _unhurt_parts(res)
    subj = _words(_clause_before(stext, m, res))
    if len(subj) > 1 and subj[0] in res.wordset("unhurt_definite_determiners"):
        return True  # (fix61) "The driver was unhurt": the clause opens on a definite subject
    subj = _before_stop(subj, res)
    if _opens_with(subj, res.wordset("unhurt_subject_openers")):
        return True
    said = set(_words(last.sentence))
    return any(w in victims and ({w, w.rstrip("s"), w + "s"} & said) for w in subj)


def _clause_before(stext: str, m: re.Match, res: Rules) -> str:
    """The clause before a later-toll phrase, where its subject is: after the last ";" / ":" and the last speech verb
    ("police said (that)"), up to the first comma."""
    speech, _ = _unhurt_parts(res)
    return speech.split(re.split(r"[;:]", stext[: m.start()])[-1])[-1].split(",")[0]


def _words(text: str) -> list[str]:
    return re.findall(r"[\w’'\-]+", text.lower())


def _before_stop(words: list[str], res: Rules) -> list[str]:
    """The subject's words up to the first `passive_count_np_stop_words` word."""
    stop = res.wordset("passive_count_np_stop_words")
    return words[: next((i for i, w in enumerate(words) if w in stop), len(words))]


def _opens_with(words: list[str], phrases: frozenset) -> bool:
    """The subject opens on one of `phrases` of one to three words ("both", "all of them", "the two men")."""
    return any(" ".join(words[:n]) in phrases for n in (1, 2, 3)) if words else False


def _unhurt_parts(res: Rules) -> tuple[re.Pattern, frozenset]:
    """(fix61) The speech-verb splitter ("police said that") and the victim nouns of `_unhurt_subject_is_ours`, built
    once per Rules."""

    def build() -> tuple[re.Pattern, frozenset]:
        speech = re.compile(rf"\b(?:{word_alternation(res.words['list_speech_verbs'])})\b(?:\s+that\b)?", re.I)
        victims = (
            res.wordset("extra_victims")
            | res.wordset("victim_nouns_more")
            | {v.lower() for v in res.lexicon.get("victim_nouns", [])}
        )
        return speech, frozenset(victims)

    return res.built("fatalities.unhurt_parts", build)
