"""(ev115, issue 10) Weak place cues of a sentence: places that name something other than where its event happened and
yield to a place of the event's own clause or, failing one, to the story's earlier place.

- a name between "the" (`settlement_of_modifier_before`) and "village / hamlet / settlement of Y" (wordlists.json
  `settlement_of_name_between`) is an ethnonym or a modifier ("the Pokot village of Kapedo"): Y is the place;
- a name that qualifies a person after an article or a count ("beat a X fisherman": `place_person_attribute_nouns`,
  `place_person_attribute_before`) yields to any other place of the sentence;
- the origin of a movement (`movement_origin_before`: "who had walked from X ... arrived in Y") yields to any other
  place of the sentence;
- a place only inside an office's or a unit's name before the trigger ("Officers of the X police directorate
  detained", `office_name_after`) or inside the source clause closing the sentence (", the X security directorate
  said", ", police in X said") names where the source sits: the event keeps the earlier place of its story.
"""

from __future__ import annotations

import re

from ..gazetteer_lookup import km
from ..rules import Rules
from .speaker_places import tail_speaker


def _followed_by(res, name: str, text: str, end: int, width: int = 90):
    """The match of the `^`-anchored pattern list `name` on the text just after `end` (None if none)."""
    return res.pattern_search(name, text[end : end + width])


def without_modifiers(art, u, spans: list) -> list:
    """The place spans less an ethnonym or modifier read as a place before "village of Y" when Y is a place span."""
    starts = {sp.start_char - u.s0 for sp in spans}
    out = []
    for sp in spans:
        m = _followed_by(art.res, "settlement_of_name_between", u.stext, sp.end_char - u.s0, 60)
        before = u.stext[max(0, sp.start_char - u.s0 - 20) : sp.start_char - u.s0]
        if (
            m is not None
            and sp.end_char - u.s0 + m.end() in starts
            and art.res.pattern_search("settlement_of_modifier_before", before) is not None
        ):  # "the X hamlet of Y", not "near Y village of Z mandal" (Y is the village, Z its subdistrict)
            continue
        out.append(sp)
    return out or spans


def without_origins(art, u, spans: list) -> list:
    """The place spans less the origins of a movement ("marched from X", "who had travelled from X") when another
    place of the sentence remains (the place they came to: "arrived in Y", "rallied in Y")."""
    rx = art.res.patterns_re("movement_origin_before")
    if rx is None or len(spans) < 2:
        return spans
    rest = [sp for sp in spans if rx.search(u.stext[max(0, sp.start_char - u.s0 - 90) : sp.start_char - u.s0]) is None]
    return rest or spans


def _weak_span(art, u, sp, rel: int, tail, arrest: bool) -> bool:
    start, end = sp.start_char - u.s0, sp.end_char - u.s0
    if tail is not None and tail[0] <= start:
        return True  # ", the X security directorate said", ", police in X said"
    office = _followed_by(art.res, "office_name_after", u.stext, end)
    if not arrest or start >= rel or office is None:
        return False  # (fix130) "Officers of the X police command opened fire": they act at their own place
    # (fix130) "The X police headquarters was attacked", "the X police station came under attack": the office is the
    # target, at its own place (wordlists.json `office_target_between`)
    return art.res.pattern_search("office_target_between", u.stext[end + office.end() : rel]) is None


def speaker_office_only(art, u, chosen: list, rel: int, arrest: bool = True) -> bool:
    """Every mention of the places chosen for the sentence lies in an office's or unit's name before the trigger of
    an arrest (`arrest`) or in the source clause that closes the sentence (see the module's doc)."""
    if not chosen:
        return False
    names = {p.name for p, _ in chosen}
    spans = [sp for sp in u.splaces if sp._.place[0].name in names]
    if not spans:
        return False
    tail = tail_speaker(u.stext, rel, art.res)
    return all(_weak_span(art, u, sp, rel, tail, arrest) for sp in spans)


def timely(u, ev) -> bool:
    """(fix130) The event `ev` may lend its place to the sentence `u`: the sentence names no date or a day within a
    week of the event's ("Last month, gendarmes killed ...", "On March 3, 2023, ...", "Last year, riots in X": another
    time, another scene)."""
    days = [d for d in u.day_dates if d.precision == 1 and d.value is not None]
    if u.day_dates and not days:
        return False
    if not days:
        return True
    return ev.event_date is not None and abs((days[0].value - ev.event_date).days) <= 7


def _of_timely_event(art, u, place) -> bool:
    """(fix130) Some event of the story at `place` is `timely` for the sentence (a place only a background sentence
    named is none to carry)."""
    return any(e.place is not None and e.place.name == place.name and timely(u, e) for e in art.events)


def _same_region(art, office, carried) -> bool:
    """(fix130) The office's place and the carried one lie in one first administrative region (when the gazetteer
    gives both), else within wordlists.json `office_carry_max_km` of each other ("the Kiambu county police" of a
    town the gazetteer files elsewhere)."""
    if office.country != carried.country:
        return False
    if office.admin1 and carried.admin1:
        return office.admin1 == carried.admin1
    return km((office.lat, office.lon), (carried.lat, carried.lon)) <= float(art.res.words["office_carry_max_km"])


def story_place(art, u, ev, prev, chosen: list, rel: int):
    """(ev115) The earlier place of the story that replaces places named only by the source's office or unit: the
    paragraph's last place, else the sentence's before (`prev`), else the story's last event place
    (`story_event_place`), else the lead's own place; None when it does not apply (no such place, the dateline's or a
    country: the old behaviour stays). (fix130) Only a place of an event `timely` for the sentence, in the first
    administrative region of every place the office names ("police in Katsina said" after a village of Zamfara: the
    source's own state), and not for a sentence opening another scene (`scene_change_openers`)."""
    if not speaker_office_only(art, u, chosen, rel, ev.sub_event_type == "Arrests"):
        return None
    if art.res.pattern_search("scene_change_openers", u.stext) is not None:
        return None
    lead = art.lead_place
    carried = art.last_place_by_para.get(u.para) or prev or story_event_place(art, u, rel)
    carried = carried or (lead if lead and lead[1] < 3 else None)
    if carried is None or carried[0].feature == "country" or not _of_timely_event(art, u, carried[0]):
        return None
    dateline = art.dateline_place
    if dateline is not None and carried[0].name == dateline.name:
        return None
    if not all(_same_region(art, p, carried[0]) for p, _ in chosen):
        return None
    return carried if carried[0].name not in {p.name for p, _ in chosen} else None


def story_event_place(art, u, rel: int):
    """(ev115, PLACE_CARRY) For a sentence with no place of its own, whose paragraph names none before it and whose
    sentence before told no event: the place of the event the story was last about (`Article.latest`), when it is finer
    than a country and is not the dateline's ("the families returned with a police escort on Saturday and young men
    threw stones", a quote paragraph after the village's attack). None when the sentence speaks of a region or opens
    another scene (`region_reference_patterns`, `scene_change_openers`), or reports it after a reporting verb ("Rights
    groups said more than a dozen critics had been seized": a summary, not the story's scene), or names no day of its
    own ("on Saturday", "during the night": `relative_same_day_phrases`), or the lead names a place of its own other
    than the dateline's (that stays the fallback)."""
    last = art.latest()
    if last is None or last.place is None or last.place.feature == "country" or last.place_precision >= 3:
        return None
    dateline, lead = art.dateline_place, art.lead_place
    if dateline is not None and last.place.name == dateline.name:
        return None
    if lead and lead[1] < 3 and (dateline is None or lead[0].name != dateline.name):
        return None
    if art.res.speech_re.search(u.stext, 0, rel) is not None:
        return None
    if not u.day_dates and art.res.pattern_search("relative_same_day_phrases", u.stext) is None:
        return None  # (an undated sentence may be background: "The area is known for ...; soldiers arrested 14")
    if not timely(u, last):
        return None  # (fix130) "Last month, gendarmes killed ...", "On March 3, 2023, ...": another time
    if art.res.pattern_search("place_carry_other_area", u.stext) is not None:
        return None  # (fix130) "marched in the capital", "In the north of the country", "shelled frontline positions"
    if art.res.pattern_search("region_reference_patterns", u.stext) is not None:
        return None
    if art.res.pattern_search("scene_change_openers", u.stext) is not None:
        return None
    return last.place, last.place_precision


def _person_noun_after(res):
    """^ whitespace and a word of wordlists.json `place_person_attribute_nouns` ("fisherman", "traders")."""
    return res.built(
        ("weak_places.person_noun_after",),
        lambda: re.compile(rf"\s+(?:{Rules.alternation(res.words['place_person_attribute_nouns'])})\b", re.I),
    )


def _precision(sp) -> int:
    from .places import precision_of  # (places.py imports this module)

    return precision_of(*sp._.place)


def without_person_attributes(art, u, spans: list) -> list:
    """The place spans less a name that qualifies a person after a count or an article ("beat a X fisherman", "two X
    traders": `place_person_attribute_before` and `place_person_attribute_nouns`), an ethnonym or a home read as a
    gazetteer place, when another place of the sentence remains that is at least as precise ("In Y town, a crowd beat
    a X fisherman": at Y); (fix130) never for a coarser one ("abducted 30 X villagers in Y State", "killed a X
    fisherman on Lake Y": the village is the event's place)."""
    if len(spans) < 2:
        return spans
    rx = _person_noun_after(art.res)
    weak = [
        sp
        for sp in spans
        if rx.match(u.stext, sp.end_char - u.s0)
        and art.res.pattern_search(
            "place_person_attribute_before", u.stext[max(0, sp.start_char - u.s0 - 20) : sp.start_char - u.s0]
        )
        is not None
    ]
    rest = [sp for sp in spans if sp not in weak]
    if not rest or not weak:
        return spans
    finest = min(_precision(sp) for sp in rest)
    return [sp for sp in spans if sp not in weak or _precision(sp) < finest]
