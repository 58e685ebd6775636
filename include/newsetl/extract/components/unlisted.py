"""Places as an analyst codes them: a place the text names is kept even when the gazetteer lacks it.

A capitalised name is a place when the sentence says so: "the village of X", "X district", "near X",
"X, 20 km south of Y", "X in northern Y", "X, Y" (Y a region or country). Its coordinates come from the best
enclosing or nearby known place (the Y of the phrase, else a known place of the same sentence, else the
article's country) and its geo precision says so: 2 next to a known town, 3 when only a region or country is
known. Mentions keep the surface form; `Place.parent` names the place that lent the coordinates.

The same cues also rescue a gazetteer place that the false-friend filters would drop ("Near Al Huwayjah"), and
people's surnames ("Capt. Jeff Davis", "Scott C. Dayton") are kept apart from places.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ...regex_guard import guarded
from ...regex_trie import compile_trie
from ..dates import MONTHS, WEEKDAYS
from ..gazetteer import STOP_NAMES, Gazetteer, Place, norm
from ..regions import RegionIndex
from .home_point import admin1_of, far_reference, home_point, inside_city, lends
from .place_anchors import Anchors
from .place_cue_rules import (  # noqa: F401  (re-exported)
    NAME_WORD,
    NO_CUE,
    Cue,
    PlaceCues,
    alternation,
    cue_words_after,
    leading_town,
    sentence_bounds,
    titled_cue_sources,
)

# hot patterns of this module's functions, compiled once (a module-level `re` call looks its cache up each time)
TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
NAME_AND_BEFORE = re.compile(r"\b[A-Z][\w'’\-]*\s+and\s+$")
TAKEN_END_AFTER = re.compile(r"\s*(?:from|on|in|after|,|\.|$)")
LAST_CAP_WORD = re.compile(r"\s+([A-Z][a-z\-]+)$")
LAST_CAP_TOKEN = re.compile(r"\s+([A-Z][\w\-]*)$")
POSSESSIVE_INSIDE = re.compile(r"['’]s\s+(?=[A-Z])")
LEAD_WORD = re.compile(r"(?:(\w+)\s+)")

MONTHS_DAYS = set(MONTHS) | set(WEEKDAYS)
NAME = (
    r"(?:(?:al|el|ad|ar|as|ash|az|an|at|ed|ez|es|ath|adh|bin|ibn|bani|abu|umm|de|du|del|da|la|le)[-\s])?[A-Z][\w'’]*(?:-[\w'’]+)*"
    r"(?:\s+(?:(?:al|el|ad|ar|as|ash|az|an|at|ed|ez|es|bin|ibn|bani|abu|umm|de|del|da|la|le|of|wa)[-\s]+)?[A-Z][\w'’]*(?:-[\w'’]+)*){0,3}"
)
DIRECTION = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|central)(?:ern)?"
NEAR_BEFORE = re.compile(
    r"\b(?:near|outside|around|above|close\s+to|in\s+the\s+vicinity\s+of|on\s+the\s+outskirts\s+of|the\s+outskirts\s+of)\s+(?:the\s+)?$",
    re.I,
)
LIST_OF_PLACES = re.compile(
    rf"\b(?:villages?|towns?|localit(?:y|ies)|settlements?|hamlets?|communit(?:y|ies)|cities|islands)\s+of\s+(?:{NAME}\s*,\s*)*{NAME}"
    rf"\s*(?:,\s*|,?\s+and\s+|,?\s+as\s+well\s+as\s+)$"
)
APPOSITIVE_AFTER = re.compile(
    r"^,\s+an?\s+(?:small\s+|remote\s+|nearby\s+|border\s+|farming\s+|fishing\s+|mining\s+)?"
    r"(?:village|town|locality|hamlet|settlement|community)\b",
    re.I,
)
PAREN_ADMIN_AFTER = re.compile(
    r"^\s*\([^()]{0,40}?\b(?:territory|district|province|region|state|county|township|zone|commune|municipality)\b",
    re.I,
)
IN_BEFORE = re.compile(r"\b(?:in|at)\s+$")
DATED_AFTER = re.compile(
    r"^\s+(?:on\s+|early\s+|late\s+|last\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"(?:overnight|yesterday)\b|on\s+\d{1,2}\s+[A-Z][a-z]{2,8}\b|on\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|"
    r"(?:killed|killing|wounded|wounding|injured|injuring)\b)"  # "a strike on a house in Mays al-Jabal killed a woman"
)
# "attacked a detachment in Sollé, near the border with Mali": located by what it is near, where the event happened
NEAR_AFTER = re.compile(
    r"^,\s+(?:near|close\s+to|not\s+far\s+from|on\s+the\s+(?:border|outskirts|edge)|"
    r"(?:on|along)\s+the\s+(?:[A-Z][\w'’\-]+\s+){1,2}(?:[Rr]iver|[Rr]oad|[Hh]ighway|[Cc]oast|[Ll]ake)\b)\b"
)  # (", on the Irrawaddy river east of Shwebo": a place located by a feature and a town)
TAKEN_BEFORE = re.compile(
    r"\b(?:captured|seized|retook|recaptured|overran|liberated|took\s+(?:back\s+)?control\s+of|regained\s+control\s+of|"
    r"retaken|recaptured)\s+$",
    re.I,
)
PREP_BEFORE = guarded(
    re.compile(r"\b(?:in|at|from|into|to|toward|towards|on|of|near|outside|around|across|through)\s+(?:the\s+)?$", re.I)
)
REL_AFTER = re.compile(
    rf"^,?\s+(?:about\s+|some\s+|around\s+|roughly\s+)?(?:\d+\s*(?:km|kilomet(?:re|er)s?|miles?)\s+(?:\([^)]*\)\s+)?)?"
    rf"(?P<dir>{DIRECTION})\s+of\s+(?:the\s+)?(?:(?:city|town|province|governorate|region)\s+of\s+)?(?P<anchor>{NAME})"
)
IN_AFTER = re.compile(
    rf"^,?\s+(?:also\s+)?in\s+(?:the\s+)?(?P<dir>{DIRECTION}\s+)?(?:(?:province|governorate|region|district)\s+of\s+)?(?P<anchor>{NAME})"
)
FACILITY = re.compile(
    r"^(?:Camp|Fort)\s+[A-Z]|\s(?:Air\s+Base|Airbase|Air\s+Field|Airfield|Naval\s+Base|Military\s+Base)$"
)
NATURAL = re.compile(r"\s(?:River|Sea|Lake|Mountains?|Desert|Gulf|Ocean|Plain|Plateau|Hills)$")
MODIFIER_AFTER = re.compile(r"^\s+(?:town|city|village|port|capital)\s+of\b", re.I)
SETTLEMENT_OF_NAME = re.compile(rf"^\s+(?i:town|city|village)\s+of\s+(?:the\s+)?(?P<name>{NAME})")
SPACE = re.compile(r"\s+")
# "the Reban area of Sopore", "the Machil sector of Kupwara", "Masafer Yatta (Hebron)": the name is the place, inside Y
PART_OF_AFTER = re.compile(
    rf"^\s+(?:area|sector|region|province|district|sub-?district|neighbou?rhood|suburb|quarter|outskirts)\s+of\s+(?:the\s+)?"
    rf"(?P<anchor>{NAME})"
)
PAREN_PLACE_AFTER = re.compile(rf"^\s*\((?P<anchor>{NAME})\)")
ADMIN_CUE_AFTER = re.compile(
    r"^\s+(?:province|governorate|region|state|oblast|county|prefecture|department|district|township|zone|territory|"
    r"municipality)\b",
    re.I,
)
COMMA_AFTER = re.compile(
    rf"^,\s+(?P<anchor>{NAME})(?=\s*(?:[,.;:)]|$|\s+(?:on|in|at|and|when|where|after|before|during)\b))"
)


def _town_facilities(words: dict) -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    """(ev101) wordlists.json `town_named_facilities`: the facility after a name ("X Police Station", "X's bus park")
    and the same facility closing a capitalised sequence (cut off the name by `strip_cue`); not a facility a known
    town then locates (`town_facility_located_words`: "the X market in Y", "X Police Station, south of Y": at Y); and
    (fix111) the words no town-named facility's name holds (`place_stop_names`, `town_facility_not_words`)."""
    alt = alternation(words["town_named_facilities"])
    located = alternation(words["town_facility_located_words"])
    after = rf"^(?:['’]s)?\s+(?:{alt})\b(?!,?\s+(?:{located})\b)"
    not_words = STOP_NAMES | {norm(w) for w in words["town_facility_not_words"]}
    return re.compile(after, re.I), re.compile(rf"\s+(?:{alt})$", re.I), not_words


class UnlistedPlaces:
    """Cue-backed places for one pipeline: the gazetteer, its regions and the word lists."""

    home_place: Place | None = None  # (ev108) set per doc by the places component: the dateline's place

    def __init__(self, gaz: Gazetteer, regions: RegionIndex, words: dict, place_cues: dict | None = None, counts=()):
        self.gaz, self.regions = gaz, regions
        self.extra = PlaceCues(place_cues or {}, tuple(counts), {"name_org_words": words["name_org_words"]})  # ev19
        # (ev21) an anchor abroad: a known place whose country has less than this share of the article's context
        self.min_anchor_share = float((place_cues or {}).get("dominant_country", {}).get("min_anchor_share", 0.0))
        origin = (place_cues or {}).get("origin_not_anchor", {})  # (ev24) "gunmen who came from X": no anchor
        on = origin.get("enabled", False) and origin.get("pattern")
        self.origin_before = re.compile(origin["pattern"] + r"$", re.I) if on else None
        self.lead_town_population, self.lead_town_not_last = leading_town(place_cues)  # (fix69, fix72)
        self.check_abroad = True  # set per doc by the places component: the story names its countries enough
        self.home_iso2: str | None = None  # set per doc: the dominant country, else the dateline's (fix52)
        cues = sorted(words["place_cue_words"], key=len, reverse=True)
        alt = "|".join(re.escape(c) for c in cues)
        # the cue words that name a region (looked up in the region index) and those that name a village or a
        # neighbourhood (the unlisted place's feature kind; any other cue is its own kind)
        self.region_cues = frozenset(words["region_cue_words"])
        self.village_cues, self.home_lend = frozenset(words["village_feature_cues"]), words["home_point_lend"]
        self.neighbourhood_cues = frozenset(words["neighbourhood_feature_cues"])
        self.cue_words = {c.lower() for c in cues} - self.region_cues
        self.cue_of = re.compile(rf"\b(?:the\s+)?(?:[\w\-]+\s+)?(?P<cue>{alt})s?\s+of\s+$", re.I)
        mods = "|".join(re.escape(c) for c in words["place_cue_modifiers"])
        self.cue_mods = {c.lower() for c in words["place_cue_modifiers"]}
        mod = rf"(?:(?:{mods})\s+)?" if mods else ""
        alt_after = cue_words_after(cues, words)
        self.cue_after = re.compile(rf"^\s+{mod}(?P<cue>{alt_after})\b", re.I)
        # "the Qandil and Asos regions": the first member of a pair before a plural cue word is a place too
        self.plural_cue_after = re.compile(rf"^\s+(?P<cue>{alt_after})s\b", re.I)  # "... and Asos regions"
        self.pair_cue_after = re.compile(rf"^\s+and\s+{NAME}\s+(?P<cue>{alt_after})s\b")
        self.lead = set(words["place_lead_words"])
        # "Residents of Kalama village": a sentence-initial noun and "of" open no place name
        self.lead_of = {w.lower() for w in words["place_lead_of_nouns"]}
        self.lead_preps = {w.lower() for w in words["place_lead_prepositions"]}  # "near X", "outside X"
        self.cue_titles = set(words["place_cue_titles"])
        self.place_titles = frozenset(words["place_opening_titles"])  # (ev78) "Sheikh Zuweid", "Imam Sahib"
        self.titled_sources = titled_cue_sources(words, place_cues)  # (fix84) the cues a titled name needs
        self.cue_suffixes = list(words["place_cue_suffixes"])  # multiword cues closing a name
        self.cue_suffix_starts = tuple(" " + suffix for suffix in self.cue_suffixes)  # (one startswith call)
        # (ev101) "X Police Station"; (fix111) "St Mary's Market", "Top Market": no town names the facility
        self.town_facility_after, self.town_facility_tail, self.town_facility_not = _town_facilities(words)
        posts = "|".join(re.escape(w) for w in sorted(words["post_nouns"], key=len, reverse=True))
        # "a military post at Koudou", "their camp at Baure": a post, base or camp is at a place
        self.post_at = compile_trie(rf"\b(?:{posts})\s+at\s+$", re.I) if posts else None
        titles = "|".join(re.escape(t) for t in sorted(words["person_titles"], key=len, reverse=True))
        self.person_res = [  # (trie-shaped: regex_trie.py)
            compile_trie(
                rf"\b(?:{titles})\.?\s+(?:[A-Z][a-z]+\.?\s+|[A-Z]\.\s+){{0,3}}(?P<sur>[A-Z][a-z’'\-]{{2,}})(?![\w-])"
            ),
            re.compile(r"\b[A-Z][a-z]+\s+[A-Z]\.\s+(?P<sur>[A-Z][a-z’'\-]{2,})(?![\w-])"),
        ]
        self.titles = {t.lower() for t in words["person_titles"]}
        self.trigger_ends: list[int] = []  # ends of the trigger spans of the doc being processed
        self.trigger_starts: list[int] = []  # their starts
        self.org_words = set(words["name_org_words"])
        self.landmarks = frozenset(words["landmark_nouns"])
        self.known_spans: list[tuple[int, int]] = []  # the known places of the doc, while its unlisted ones are sought
        shore = "|".join(re.escape(w).replace("\\ ", r"\s+") for w in words["place_after_shore"])
        self.shore_after = re.compile(rf"^\s+(?:{shore})\s+[A-Z]") if shore else None
        units = sorted(words["admin_unit_words"], key=len, reverse=True)
        extra = "|".join(re.escape(u).replace("\\ ", r"\s+") for u in units)
        # "in Tinzawat, in the Ansongo circle", "in Kukareta, Damaturu Local Government Area": located in a named unit
        self.admin_cue_after = (
            re.compile(ADMIN_CUE_AFTER.pattern[:-3] + "|" + extra + r")\b", re.I) if extra else ADMIN_CUE_AFTER
        )
        self.of_unit_after = re.compile(rf"^\s+(?:{alternation(words['settlement_of_unit_nouns'])})\b", re.I)  # ev76
        self.comma_unit_after = (
            re.compile(
                rf"^,\s+(?P<anchor>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)\s+(?:{extra}|district|territory|county|"
                r"township|zone)\b",
                re.I,
            )
            if extra
            else None
        )
        # "stationed in Kantara, province of Zeno": the unit named before its name locates X the same way
        self.comma_unit_of = re.compile(
            rf"^,\s+(?:the\s+)?(?:{extra + '|' if extra else ''}province|governorate|region|district|prefecture|state|"
            rf"county|regency)\s+of\s+(?:the\s+)?(?P<anchor>{NAME})"
        )
        self.adjectives: set[str] = set()  # nationality adjectives ("Iranian"): set by the places component
        self.after_trigger: set[int] = set()  # offsets right after a trigger ("attacked Sabiid in X"), per doc

    # ---------------------------------------------------------------- cues
    def persons(self, text: str) -> set[str]:
        """Surnames the article gives to people ("Press Secretary Peter Cook", "Scott C. Dayton")."""
        return {m.group("sur") for rx in self.person_res for m in rx.finditer(text)}

    def cue(self, text: str, s: int, e: int, context: dict) -> Cue:
        """What says that the name at [s, e) is a place, and the place the phrase locates it by: a cue word
        ("village of X", "X district"), "near X", "X, 10 km south of Y", "X in northern Y", or "in X, Y" / "in X in Y"
        with Y a region or country; "Camp X", "X Air Base" name a base. Returns a `Cue`: label, anchor, anchor's span
        and (fix84) `source`, which test fired."""
        before, after = text[max(0, s - 45) : s], text[e : e + 90]
        if MODIFIER_AFTER.match(after) and not self._of_unit(after):
            return NO_CUE  # "the Euphrates River town of Mayadin": it qualifies the place that follows
        part = PART_OF_AFTER.match(after) or (PAREN_PLACE_AFTER.match(after) if PREP_BEFORE.search(before) else None)
        if part is not None:
            anchor = self._known(part.group("anchor"), context)
            if anchor is not None or part.re is PART_OF_AFTER:
                aspan = (e + part.start("anchor"), e + part.end("anchor")) if anchor is not None else None
                return Cue("relation", anchor, aspan, "part_of")
        rel = REL_AFTER.match(after)
        inside = IN_AFTER.match(after)
        m = rel or (inside if inside and inside.group("dir") else None)
        if m is not None:
            anchor = self._known(m.group("anchor"), context)
            if anchor is not None:
                return Cue("relation", anchor, (e + m.start("anchor"), e + m.end("anchor")), "relation")
        if after.startswith(self.cue_suffix_starts):
            return Cue("district", None, None, "suffix")  # "in Gwoza Local Government Area of Borno State"
        title = TITLE_BEFORE.search(before)
        if title is not None and title.group(1) in self.cue_titles:
            return Cue("village", None, None, "cue_title")
        m = self._cue_of(before) or self.cue_after.match(after) or self.pair_cue_after.match(after)
        if m is None and NAME_AND_BEFORE.search(before):
            m = self.plural_cue_after.match(after)
        if m:
            return Cue(m.group("cue").lower(), None, None, "cue_word")
        window = text[max(0, s - 120) : s]
        if " of " in window and LIST_OF_PLACES.search(window):
            return Cue("village", None, None, "list_of")  # "the towns of Inkhil, Tasil and X": every member is a place
        if APPOSITIVE_AFTER.match(after) or PAREN_ADMIN_AFTER.match(after):
            return Cue(
                "village", None, None, "appositive"
            )  # "Mukondi, a village in Beni territory", "X (Djugu territory)"
        if FACILITY.search(text[s:e]):
            return Cue("base", None, None, "facility")
        if NEAR_BEFORE.search(before):
            return Cue("near", None, None, "near")
        if (source := self._post_or_facility(text[s:e], before, after)) is not None:
            return Cue("near", None, None, source)  # "a military post at X", (ev101) "held at X Police Station"
        if IN_BEFORE.search(before) and self.shore_after is not None and self.shore_after.match(after):
            return Cue("near", None, None, "shore")  # "struck camps at Tumbun Kurna on the shores of Lake Chad"
        if (
            IN_BEFORE.search(before)
            and (DATED_AFTER.match(after) or NEAR_AFTER.match(after))
            and self._trigger_before(text, s)
        ):
            return Cue(
                "near", None, None, "dated_in"
            )  # "killed 12 farmers in Zabarmari on Saturday": the event's place
        if TAKEN_BEFORE.search(before) and TAKEN_END_AFTER.match(after):
            return Cue("near", None, None, "taken")  # "retook Anefis from the rebels": a territorial verb's object
        unit = self.comma_unit_after.match(after) if self.comma_unit_after is not None else None
        unit = unit or self.comma_unit_of.match(after)
        if (
            unit is not None
            and unit.group("anchor")[0].isupper()
            and (PREP_BEFORE.search(before) or s in self.after_trigger)
        ):
            anchor = self._known(unit.group("anchor"), context)
            return Cue(
                "relation", anchor, (e + unit.start("anchor"), e + unit.end("anchor")) if anchor else None, "unit"
            )
        comma = COMMA_AFTER.match(after)
        m = inside or comma
        if (PREP_BEFORE.search(before) or s in self.after_trigger) and m is not None:
            anchor = self._known(m.group("anchor"), context)
            if anchor is not None and anchor.feature in ("country", "province", "region"):
                return Cue("relation", anchor, (e + m.start("anchor"), e + m.end("anchor")), "in_region")
            if inside and self.admin_cue_after.match(after[m.end("anchor") :]):
                # "in Wegel Tena, in South Wollo zone", "in Chipembe, also in Ancuabe district": located in a named unit
                return Cue("relation", None, None, "in_unit")
        rule = self.extra.match(self, text, s, e, before, after) if self.extra.rules else None
        if rule is not None:  # a phrase of place_cues.json: "residents of X marched", "detained 9 men in X"
            return Cue("home" if rule in self.extra.home_only else "near", None, None, rule)
        return NO_CUE

    def _post_or_facility(self, name: str, before: str, after: str) -> str | None:
        """ "a military post at X" (`post_nouns`): "post_at"; (ev101) a facility named by its town after a preposition
        ("held at X Police Station", "at the X bus park": `town_named_facilities`): "town_facility"; else None.
        (fix111) Not a name with a saint's title or an adjective (`place_stop_names`, `town_facility_not_words`: "St
        Mary's Market", "Top Market") nor a possessive the gazetteer lacks ("Mama Ngina's market": a person's)."""
        if self.post_at is not None and self.post_at.search(before):
            return "post_at"
        if not PREP_BEFORE.search(before) or not self.town_facility_after.match(after):
            return None
        if any(norm(w) in self.town_facility_not for w in name.split()):
            return None
        return None if after[:1] in "'’" and not self.gaz.lookup(name) else "town_facility"

    def _of_unit(self, after: str) -> bool:
        """(ev76) "Gumari village of the Darel valley", "Pusuguppa village of Charla mandal": the name before "village of"
        is the place when a unit follows the name after it (ADMIN_CUE_AFTER, wordlists.json `admin_unit_words` and
        `settlement_of_unit_nouns`), not a qualifier of that name ("the Euphrates River town of Mayadin")."""
        m = SETTLEMENT_OF_NAME.match(after)
        if m is None:
            return False
        ends = [w.start() for w in SPACE.finditer(after, m.start("name"), m.end())] + [m.end()]
        return any(self.admin_cue_after.match(after[i:]) or self.of_unit_after.match(after[i:]) for i in ends)

    def _trigger_after(self, text: str, e: int, within: int, stop: re.Pattern | None = None) -> bool:
        """A trigger starts in the same sentence, at most `within` characters after e; (fix94) and before a match of
        `stop` (a rule's `trigger_stop`: ";", ", said")."""
        i = bisect_right(self.trigger_starts, e)
        if i >= len(self.trigger_starts):
            return False
        t = self.trigger_starts[i]
        return t - e <= within and "." not in text[e:t] and (stop is None or not stop.search(text, e, t))

    def _cue_of(self, before: str) -> re.Match | None:
        """`cue_of.search(before)`, scanned only when `before` ends with "of" and white space, as every match does
        (`re` would otherwise try the cue words at every word of the window)."""
        stripped = before.rstrip()
        if len(stripped) == len(before) or stripped[-2:].lower() != "of":
            return None
        return self.cue_of.search(before)

    def _trigger_before(self, text: str, s: int, stop: re.Pattern | None = None) -> bool:
        """A trigger ends in the same sentence, at most 150 characters before s (binary search: linear time); (fix94)
        and after the last match of `stop` (a rule's `trigger_stop`)."""
        i = bisect_right(self.trigger_ends, s)
        if not i or s - self.trigger_ends[i - 1] >= 150:
            return False
        t = self.trigger_ends[i - 1]
        return "." not in text[t:s] and (stop is None or not stop.search(text, t, s))

    def cued_sequence(self, text: str, s: int, e: int) -> bool:
        """The whole capitalised sequence at [s, e) is marked as a place ("Lat Pan Hla village", "the village of Arab
        Hassan"): a shorter known name inside it is no place of its own."""
        after, before = text[e : e + 90], text[max(0, s - 45) : s]
        if self.extra.date_end is not None and self.extra.date_end.search(text[s:e]):
            return False  # (fix69) "the town of Ghazni Monday": "Ghazni" and its day, the known name is the place
        # (ev22) "the Souq al-Juma and Ain Zara districts": the first of a pair before a plural cue word is marked too
        if self.cue_after.match(after) or self._cue_of(before) or self.pair_cue_after.match(after):
            return True
        inside = IN_AFTER.match(after)  # "in Kobo Robit, in North Wollo zone"
        if inside and PREP_BEFORE.search(before) and self.admin_cue_after.match(after[inside.end("anchor") :]):
            return True
        if self.extra.rules and self.extra.whole:
            last = NAME_WORD.findall(text[s:e])[-1:]
            if last and last[0].lower() in self.extra.facility_words | self.org_words | self.landmarks:
                return False  # "In Kadugli Hospital, ...", "In Sudan Tribune, ...": a building or a title, not a place
            lead = LEAD_WORD.match(text, s, e)  # "In Tal Hamis, ...": the frame word opens the sequence
            if lead is not None and lead.group(1) in self.lead:
                s = lead.end()
            return bool(self.extra.match(self, text, s, e, text[max(0, s - 45) : s], after))
        return False

    def beside(self, text: str, s: int, e: int, context: dict) -> tuple[float, Place] | None:
        """(fix77, ev76) A rule with `beside_max_km` cues the name at [s, e) ("at X in Y"): that distance and the known
        place Y beside it, both read from the one match of the rule (`PlaceCues.hit`); else None."""
        if not self.extra.beside_km:
            return None
        hit = self.extra.hit(self, text, s, e, text[max(0, s - 45) : s], text[e : e + 90])
        near = self._known(hit.beside, context) if hit is not None and hit.beside else None
        return (self.extra.beside_km[hit.rule], near) if hit is not None and near is not None else None

    # ---------------------------------------------------------------- anchors
    def _known(self, name: str, context: dict) -> Place | None:
        place = self.gaz.resolve(name, context)
        if place is not None and (
            place.curated
            or place.feature == "country"
            or context.get(place.country, 0) >= 0.05
            or place.population >= 20000
        ):
            return place
        return self.regions.lookup(name, context)

    def _leading_known(self, name: str, context: dict, main_iso2: str | None) -> Place | None:
        """(fix69) "near Mosul Dam", "outside Nairobi CBD", "near Gwoza Borno": a name that opens with a town of the
        story's country, under that town's own name (not an alternate one: "Hazrat" for Imam Sahib) and no hamlet,
        lies at that town's point (`lead_town_population`: place_cues.json `leading_town`; None: off)."""
        words = name.split()
        if main_iso2 is None or self.lead_town_population is None:
            return None
        if words[-1].lower() in self.lead_town_not_last or self.extra.facility(self, name):
            return None  # (fix72) "near Kano Road", "near Garissa Lodge": a street or building named after a town
        for k in range(len(words), 0, -1):  # "near Herat City": the name without its cue word "City" is the town
            lead = " ".join(words[:k])
            p = self.gaz.resolve(lead, context)
            if (
                p is not None
                and p.country == main_iso2
                and norm(p.name) == norm(lead)
                and p.feature not in ("country", "province", "region", "natural")
                and (p.curated or p.population >= self.lead_town_population)
            ):
                return p
        return None

    def _abroad(self, p: Place, context: dict, main_iso2: str | None) -> bool:
        """(ev21) A known place the story's countries do not vouch for: not curated, not in the dominant country, and
        its country under `min_anchor_share` of the context (a homonym abroad: "Blida", "Sabha", "Delta")."""
        return (
            self.check_abroad
            and main_iso2 is not None
            and not p.curated
            and p.country != main_iso2
            and context.get(p.country, 0.0) < self.min_anchor_share
        )

    def anchors(self, text: str, known: list, context: dict) -> Anchors:
        """The document's known places [(start, end, place)] as its unlisted names' anchors (`_anchor`)."""
        return Anchors(self, text, known, context)

    def _anchor(
        self, text: str, s: int, e: int, anchors: Anchors, main_iso2: str | None, lead: Place | None = None
    ) -> Place | None:
        """A known place of the same sentence (the nearest), else the town the name opens with (`lead`, fix69), else
        the last one named before it, else the article's country; a known place abroad (`_abroad`) is passed over."""
        near_starts, near, before_starts, before = anchors.sorted_for(main_iso2)
        lo = max(text.rfind(".", 0, s), text.rfind("\n", 0, s))
        hi = min(x for x in (text.find(".", e), text.find("\n", e), len(text)) if x >= 0)
        a, b = bisect_right(near_starts, lo), bisect_left(near_starts, hi)  # lo < start < hi: the sentence's places
        if a < b:
            return min(near[a:b], key=lambda k: (abs(k[0] - s), k[1]))[2]  # the nearest; a tie: the first in the list
        if lead is not None:
            return lead  # (fix69) "near Mosul Dam" under a Baghdad dateline: Mosul, not the story's last place
        i = bisect_left(before_starts, s)
        if i:
            return before[i - 1][2]  # the story's last place: "the city's Hodan district"
        return self.gaz.country_place(main_iso2) if main_iso2 else None

    def place(
        self,
        text: str,
        s: int,
        e: int,
        cue: str,
        anchor: Place | None,
        anchors: Anchors,
        context: dict,
        main_iso2: str | None,
        source: str | None = None,
    ) -> Place | None:
        """The unlisted place at [s, e): a region of that name, or the name at the coordinates of its anchor; `source`:
        the cue test that found it (`Cue.source`; None for NER names: never lent the dateline's point, fix121)."""
        name = text[s:e]
        if cue == "home" and not main_iso2 and self.gaz.resolve(name, context) is not None:
            main_iso2 = self.home_iso2  # (fix52) a `home_only` rule's name the gazetteer knows abroad: the dateline's
        if cue in self.region_cues:
            region = self.regions.lookup(name, context)
            if region is not None:
                return self.regions.named(region, name)
        if anchor is not None and self._abroad(anchor, context, main_iso2):
            anchor = None
        lead = self._leading_known(name, context, main_iso2) if anchor is None else None
        anchor = anchor or self._anchor(text, s, e, anchors, main_iso2, lead)
        lent = home_point(self, name, anchor, context, main_iso2) if lends(self, cue, source) else None
        if lent is not None:
            anchor = lent
        elif anchor is None:  # (ev46) no place or country to lean on: the name's own gazetteer place (issue 10)
            return self.gaz.resolve(name, context) if not main_iso2 else None
        fine = anchor.feature not in ("country", "province", "region", "natural") and anchor.precision == 1
        far = far_reference(text, e, self.home_lend["far_km"])  # (fix121) "X, 290 km north of Y": not at Y's point
        inner = lent is not None and not far and inside_city(self, text, s, e)  # (fix123) "the X neighbourhood"
        fine_anchor = (fine and lent is None and not far) or inner
        feature = "village" if cue in self.village_cues else "neighbourhood" if cue in self.neighbourhood_cues else cue
        if NATURAL.search(name):
            feature = "natural"  # "the Euphrates River": an area, not a site
        return Place(
            name,
            anchor.country,
            None if (lent is not None and not inner) or far else admin1_of(anchor),  # (fix121) lent/far: no province
            anchor.lat,
            anchor.lon,
            0,
            None,
            feature,
            2 if fine_anchor else 3,
            anchor.name,
            False,
        )

    # ---------------------------------------------------------------- names
    def valid(self, name: str, persons: set[str]) -> bool:
        words = NAME_WORD.findall(name)
        if not words or len(norm(name)) < 3 or name in persons or words[-1] in persons:
            return False
        if (
            any(w.lower() in MONTHS_DAYS or w.lower() in self.org_words for w in words)
            or words[0].lower().rstrip(".") in self.titles
        ):
            return False  # a date, an organisation's or a person's name
        if name.lower() in self.adjectives:
            return False  # "near the Iranian border"
        caps = [w for w in words if w[0].isupper()]
        if (name.isupper() and len(name) <= 5) or (caps and all(w.isupper() and len(w) <= 5 for w in caps)):
            return False  # an acronym ("an IDP site": "an" is no Arabic article here)
        return norm(name) not in STOP_NAMES and not all(norm(w) in STOP_NAMES for w in words)

    def titled(self, text: str, s: int, e: int) -> bool:
        """(ev78) A name a person title opens that also opens place names ("Sheikh Zuweid", "Imam Sahib", wordlists.json
        `place_opening_titles`), the rest a name of its own and no owner ("near Sheikh Ahmed's house": a person): a
        place only where a cue of the sentence says so (the places component keeps it only with one), since `valid`
        refuses every title-opened name."""
        name = text[s:e]
        words = NAME_WORD.findall(name)
        if len(words) < 2 or words[0] not in self.place_titles or text.startswith(("'s", "’s"), e):
            return False
        rest = name[name.index(words[1], len(words[0])) :]
        return self.valid(rest, set()) and not any(w.lower().rstrip(".") in self.titles for w in words[1:])

    def strip_cue(self, text: str, s: int, e: int) -> int:
        """End of the name without a capitalised place-cue word that closes it ("Kanni Township", "Djugu Territory")."""
        for suffix in self.cue_suffixes:  # "Gwoza Local Government Area (of Borno State)"
            i = text.find(" " + suffix, s, e)
            if i > s:
                return i
        fac = self.town_facility_tail.search(text, s, e)
        if fac is not None and fac.start() > s and text[fac.start() + 1].isupper():
            return fac.start()  # (ev101) "Maua Police Station": the town that names the station
        m = LAST_CAP_WORD.search(text[s:e])
        if m and m.group(1).lower() in self.cue_words and m.start() > 0:
            return s + m.start()
        m = LAST_CAP_TOKEN.search(text[s:e])
        if m and m.group(1).lower() in self.cue_mods and m.start() > 0 and self.cue_after.match(text[e : e + 30]):
            return s + m.start()  # "Zamzam IDP camp", "Kakuma Refugee Camp": the modifier of the cue is no part of it
        return e

    def strip_lead(self, text: str, s: int, e: int) -> tuple[int, int]:
        """Drop sentence-initial prepositions ("Near", "In") and a trailing possessive from a capitalised sequence, and
        (ev68) an owner's possessive before the name when the owner is a place or an organisation (`_owner`)."""
        m = LEAD_WORD.match(text[s:e])
        while (
            m
            and (
                m.group(1) in self.lead
                or m.group(1) in self.cue_titles
                or m.group(1).lower() in self.lead_preps
                or m.group(1) == "at"
                or (m.group(1).lower() in self.lead_of and text.startswith("of ", s + m.end()))
            )
            and s + m.end() < e
        ):
            s += m.end()
            m = LEAD_WORD.match(text[s:e])
        frag = text[s:e].rstrip(".,;:'’")
        if frag.endswith(("'s", "’s")):
            frag = frag[:-2]
        owners = list(POSSESSIVE_INSIDE.finditer(frag))
        if owners and self._owner(frag[: owners[-1].start()]):
            # (ev68) "the Company's Nyarugusu pit", "Kabul's Shar-e Naw district": the name after the owner's
            return s + owners[-1].end(), s + len(frag)
        return s, s + len(frag)

    def _owner(self, owner: str) -> bool:
        """(fix71) A possessive before a name is its owner's, not part of it, when the owner is a known place or
        country ("Kabul's", "Kenya's") or an organisation ("the Company's", `name_org_words`); "the King's Palace",
        "St Mary's Hospital" are one name."""
        words = NAME_WORD.findall(owner)
        if not words:
            return False
        if words[-1].lower() in self.org_words:
            return True
        p = self.gaz.resolve(owner)
        if p is not None and (p.curated or (p.population >= 20000 and norm(p.name) == norm(owner))):
            return True
        return (p is not None and p.feature == "country") or self.regions.lookup(owner) is not None
