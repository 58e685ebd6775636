"""What a taking verb took: a place (territory) or a thing ("Police seized the students' phones in Lokoja")."""

from __future__ import annotations

import re

from .triggers import PERSON_OBJECT, takes_people

WORD = re.compile(r"[\w\-’']+|[^\w\s]")


def _object_words(stext: str, end: int, res) -> list[tuple[int, str]]:
    """The words of the direct object after the verb ending at `end`, with their offsets in stext: up to punctuation
    or a word of `taken_object_stops` ("in", "at", "near", "by", "on", ...)."""
    stops = res.wordset("taken_object_stops")
    out: list[tuple[int, str]] = []
    for m in WORD.finditer(stext, end, min(len(stext), end + 120)):
        w = m.group()
        if not (w[0].isalnum() or w[0] == "_") or w.lower() in stops:
            break
        out.append((m.start(), w))
    return out


def _unpossessed(w: str) -> str:
    """The word without a possessive ending ("town's", "villages'" -> "town", "villages"; "bus" stays "bus")."""
    for end in ("’s", "'s", "’", "'"):
        if w.endswith(end):
            return w[: -len(end)]
    return w


def _place_like(words: list[tuple[int, str]], res, places: list[int]) -> bool:
    """A place noun (`taken_place_nouns`), a place found in the sentence or a capitalised name among the words."""
    nouns = res.wordset("taken_place_nouns")
    for i, (pos, w) in enumerate(words):
        if _unpossessed(w.lower()) in nouns:
            return True
        if any(pos <= p < pos + len(w) for p in places):
            return True
        if w[0].isupper() and (i > 0 or pos > 0):
            return True  # an unlisted place: "seized Zumbatara"
    return False


def takes_a_thing(t, trig, u, res) -> bool:
    """ "Police seized the students' phones", "Gunmen seized the farmers' livestock", "seized the land records of the
    district office": a weak territorial verb (`thing_taking_trigger_ids`) whose direct object names no place is no
    territorial change. A place object ("seized the town", "seized Bama", "captured most of the area") keeps it; an
    object the verb does not take directly ("was seized by", "it", "them"), people and weapons are left to the other
    rules."""
    if trig.event_type != "Battles" or t.label_ not in res.wordset("thing_taking_trigger_ids"):
        return False
    s0, end = u.s0, t.end_char - u.s0
    weapons = res.patterns_re("weapon_object_patterns")
    if (
        PERSON_OBJECT.match(u.stext[end:])
        or takes_people(res, t.label_, u.stext, end)
        or (weapons is not None and weapons.match(u.stext, end))
    ):
        return False  # people seized are arrested or abducted ("captured alias Chucho"), weapons a disrupted use
    words = _object_words(u.stext, end, res)
    if not words or words[0][1].lower() in res.wordset("taken_object_pronouns"):
        return False
    places = [p.start_char - s0 for p in u.splaces]
    i = next((k for k, (_, w) in enumerate(words) if w.lower() == "of"), len(words))
    head, tail = words[:i], words[i + 1 :]
    if _place_like(head, res, places):
        return False
    partitive = res.wordset("taken_partitive_words")
    if tail and all(w.lower() in partitive or w.isdigit() for _, w in head):
        return not _place_like(tail, res, places)  # "most of the area", "parts of Bama"
    return True
