"""The phrases of `place_cues.json` that make a capitalised name the gazetteer lacks a place (ev19), and the sentence
bounds they look in (moved out of `unlisted.py` whole in fix71, no change of behaviour), and (ev72, moved from
`unlisted.py`) the cue words after a name (`cue_words_after`) and the `leading_town` settings (`leading_town`)."""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from typing import TYPE_CHECKING, NamedTuple

from ...split.cue_set import IndexSet
from ..dates import MONTHS
from ..rules import PLACEHOLDER, Rules, package_data_dir
from .place_seqs import UPPER

if TYPE_CHECKING:
    from ..gazetteer import Place
    from .unlisted import UnlistedPlaces

EMPTY_ALTERNATION = Rules.alternation(())  # "(?!)": the alternation of no words (a placeholder without words raises)
NAME_WORD = re.compile(r"[A-Za-z][\w'’\-]*")
BESIDE_NAME = re.compile(rf"{UPPER}[\w'’\-]*(?:\s+{UPPER}[\w'’\-]*)*")
CAP_NEXT = re.compile(rf"^\s+{UPPER}")
SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
# the last SENTENCE_END of a window: `.*` runs to the window's end and gives back one character at a time (each match
# is one character, so the rightmost is the last `finditer` would give)
LAST_SENTENCE_END = re.compile(r"(?s:.*)(?:[.!?](?=\s)|\n)")


# (fix77) the keys a rule of place_cues.json may have (besides `_`-notes): a misspelt one ("not_stret") raises
RULE_KEYS = frozenset(
    {
        "name",
        "before",
        "after",
        "enabled",
        "case",
        "home_only",
        "trigger_before",
        "trigger_after",
        "not_before",
        "beside_known",
        "beside_max_km",
        "object_before",
        "not_facility",
        "not_street",
        "not_feature",
        "trigger_either",
        "trigger_stop",
    }
)
# (fix94) a placeholder (`rules.PLACEHOLDER`, ev106) left in a pattern after filling ("{modifier_place_noun}", misspelt):
# raises, never literal text
# (fix77) `{months}` in a rule's pattern: the month names of `dates.MONTHS` (capitalised, whole names), filled at load
MONTH_NAMES = "|".join(
    sorted({max((k for k in MONTHS if MONTHS[k] == v), key=len).capitalize() for v in set(MONTHS.values())})
)


class CueRule(NamedTuple):
    """One enabled rule of place_cues.json, compiled (see PlaceCues); (fix94) `either`: a trigger before the name OR
    one within `t_after` characters after it suffices; `stop`: a pattern that ends the trigger's window (";", ", said")
    as a full stop does."""

    name: str
    before: re.Pattern
    after: re.Pattern | None
    not_before: re.Pattern | None
    t_before: bool
    t_after: int
    beside_known: bool
    obj: re.Pattern | None
    not_facility: bool
    not_street: bool
    not_feature: bool
    either: bool
    stop: re.Pattern | None


class CueHit(NamedTuple):
    """(ev76) The rule of place_cues.json that cues a name, and for a rule with `beside_max_km` the name after "in" /
    "near" that its `after` reads ("at Sabon Gari in Zaria": "Zaria"), read from the same match."""

    rule: str
    beside: str | None


class Cue(NamedTuple):
    """(fix84) What `UnlistedPlaces.cue` finds for a name: the cue's label ("village", "near", "relation": the kind of
    place it makes), the known place that locates the name and that place's span, and `source`, which test fired
    (`CUE_SOURCES`, or the name of the place_cues.json rule): "near X" and "at X on Friday" give the same label."""

    label: str | None
    anchor: Place | None
    aspan: tuple | None
    source: str | None


NO_CUE = Cue(None, None, None, None)
# (fix84) the tests of `UnlistedPlaces.cue` besides the rules of place_cues.json (their names are sources too)
CUE_SOURCES = frozenset(
    {
        "part_of",
        "relation",
        "suffix",
        "cue_title",
        "cue_word",
        "list_of",
        "appositive",
        "facility",
        "near",
        "post_at",
        "shore",
        "dated_in",
        "taken",
        "unit",
        "in_region",
        "in_unit",
    }
)


def titled_cue_sources(words: dict, place_cues: dict | None) -> frozenset[str]:
    """(fix84) wordlists.json `titled_place_cue_sources`: the cues (`CUE_SOURCES`, place_cues.json rule names) that make
    a title-opened name ("Sheikh Zuweid") a place: the sentence's structure ("near X", "south of X", "the village of
    X", "X village"), not the plain "at X on Friday" after a verb ("opened fire at Sheikh Ali on Friday": a person). A
    source no test or rule has raises."""
    sources = frozenset(words["titled_place_cue_sources"])
    rules = {r["name"] for r in (place_cues or {}).get("rules", [])}
    unknown = sorted(sources - CUE_SOURCES - rules) if place_cues else []
    if unknown:
        raise ValueError(f"titled_place_cue_sources: no cue or place_cues.json rule {unknown}")
    return sources


def lexicon_counts(lexicon: dict) -> tuple[str, ...]:
    """(fix80) The count words of `{counts}`: lexicon.json `number_words` ("one", "a dozen") and `vague_quantities`."""
    return (*lexicon["number_words"], *lexicon["vague_quantities"])


def alternation(words) -> str:
    """(fix80) A regex alternation of words and phrases, lower-cased, longest first, a phrase's spaces any whitespace:
    (clean26) `Rules.alternation`, the project's one helper (`EMPTY_ALTERNATION`, never matching, for no words)."""
    return Rules.alternation(words, lower=True)


def _checked(rule: dict, fills: dict[str, str]) -> dict:
    """A rule of place_cues.json whose keys are all known (`RULE_KEYS`), with `{months}` and (fix80) the other
    placeholders of `fills` filled in its patterns (`{counts}`: lexicon.json's number words and vague quantities;
    `{object_people}` / `{object_property}`: place_cues.json `object_people_nouns` / `object_property_nouns`; fix94:
    `{name_org_words}` and every word list of place_cues.json by its name); a placeholder with no words raises, and so
    (fix94) does one no fill knows (a misspelt name would otherwise be matched as literal text, never)."""
    unknown = sorted(k for k in rule if not k.startswith("_") and k not in RULE_KEYS)
    if unknown:
        raise ValueError(f"place_cues.json rule {rule.get('name')!r}: unknown keys {unknown}")
    fills = {"{months}": MONTH_NAMES, **fills}
    out = {}
    for k, v in rule.items():
        if isinstance(v, str) and not k.startswith("_"):
            for key, alt in fills.items():
                if key in v and alt == EMPTY_ALTERNATION:
                    raise ValueError(f"place_cues.json rule {rule.get('name')!r}: no words for {key}")
                v = v.replace(key, alt)
            left = PLACEHOLDER.search(v)
            if left:
                raise ValueError(f"place_cues.json rule {rule.get('name')!r}: unknown placeholder {left.group(0)}")
        out[k] = v
    return out


def packaged_org_words() -> dict:
    """(fix94) wordlists.json's `name_org_words` of the package, for a PlaceCues built without the word lists (tests,
    scripts): `{name_org_words}` is always filled with the real list, never left empty."""
    words = json.loads((package_data_dir() / "wordlists.json").read_text(encoding="utf-8"))
    return {"name_org_words": words["name_org_words"]}


def list_fills(data: dict, words: dict) -> dict[str, str]:
    """(fix94) The placeholders of place_cues.json's patterns: `{counts}`-like fills by name, each word list of
    place_cues.json (`{modifier_place_nouns}`, `{off_phrasal_verbs}`, ...) and the lists of wordlists.json that
    `words` passes (`{name_org_words}`), each an alternation (`alternation`)."""
    lists = {k: v for k, v in {**data, **words}.items() if isinstance(v, list) and v and isinstance(v[0], str)}
    return {f"{{{k}}}": alternation(v) for k, v in lists.items()}


def sentence_bounds(text: str, s: int, e: int) -> tuple[int, int]:
    """The sentence around [s, e): from after the last full stop (or line break) before s to the next after e."""
    last = LAST_SENTENCE_END.match(text, max(0, s - 400), s)
    lo = last.end() if last else max(0, s - 400)
    nxt = SENTENCE_END.search(text, e, e + 400)
    return lo, nxt.start() if nxt else min(len(text), e + 400)


def cue_words_after(cues: list, words: dict) -> str:
    """The alternation of the cue words that mark a place after its name: not those that do so only before it
    (`place_cue_before_only`: "the community of X", but "the Nasa community"), nor (fix71) a cue word that one of its
    `place_cue_not_followed_by` words follows ("the Halo Trust mine clearance team": no mine, no place before it),
    (fix111) unless that word is a possessive ("in X forest officers' camp": the camp in X forest); a key there that
    is no cue word raises."""
    before_only = set(words["place_cue_before_only"])
    nots = {c: ws for c, ws in words["place_cue_not_followed_by"].items() if c != "_doc"}
    unknown = sorted(set(nots) - set(cues))
    if unknown:  # (fix75) a misspelt cue word ("mines") would silently be no rule
        raise ValueError(f"place_cue_not_followed_by: no cue words {unknown} in place_cue_words")
    return "|".join(
        re.escape(c) + (rf"(?!\s+(?:{'|'.join(map(re.escape, nots[c]))})\b(?!['’]))" if c in nots else "")
        for c in cues
        if c not in before_only
    )


def leading_town(place_cues: dict | None) -> tuple[int | None, frozenset[str]]:
    """place_cues.json `leading_town` (fix69): the least population of a town a name opens with, and (fix72) the last
    words of a street or building named after a town; a misspelt section or key raises (no place_cues: off)."""
    if not place_cues:
        return None, frozenset()
    lead_town = place_cues["leading_town"]
    return lead_town["min_population"], frozenset(w.lower() for w in lead_town["not_last_words"])


class PlaceCues:
    """The phrases of `place_cues.json` that make a capitalised name the gazetteer lacks a place (ev19): each rule a
    pattern of the words before the name (`before`, ending at it), optionally of the words after it (`after`), and
    whether a trigger must end shortly before it (`trigger_before`: "detained nine men in X, including ...") or start
    shortly after it (`trigger_after`: "residents of X marched ..."); `case` keeps the patterns case-sensitive."""

    def __init__(self, data: dict, counts: tuple[str, ...] = (), words: dict | None = None):
        self.rules: list[CueRule] = []
        fills = {
            "{counts}": alternation(counts),
            "{object_people}": alternation(data.get("object_people_nouns", ())),
            "{object_property}": alternation(data.get("object_property_nouns", ())),
            **list_fills(data, packaged_org_words() if words is None else words),  # (fix94) every list by its name
        }
        # (fix52) rules whose name never takes a gazetteer place abroad when the story's country is known: cue "home"
        self.home_only = frozenset(r["name"] for r in data.get("rules", []) if r.get("home_only"))
        self.not_name = re.compile(data["not_name"]) if data.get("not_name") else None
        # (fix69) "near Beni Tuesday", "the town of Ghazni Monday": a name and its date, no one place
        self.date_end = re.compile(data["date_end"]) if data.get("date_end") else None
        # the whole capitalised sequence a rule cues is the place, not a known name inside it ("In Tal Hamis, ...")
        self.whole = bool(data.get("whole_sequence", False))
        # ordinary capitalised words no rule makes a place ("In Brief, ...", "in Ramadan", "students from Harvard")
        self.not_words = frozenset(w.lower() for w in data.get("not_words", []))
        # a sequence ending in one of these is a building or a title, not a place ("In Kadugli Hospital, ...")
        self.facility_words = frozenset(w.lower() for w in data.get("facility_words", []))
        # (ev72) a name ending in a street's, road's or building's word (`leading_town.not_last_words`): rule `not_street`
        self.street_words = leading_town(data)[1]
        # (fix84) the first words of a natural feature's name ("Lake Kivu", "Mount X"): rule `not_feature`
        self.feature_openers = frozenset(data["feature_openers"]) if data else frozenset()
        kb = data.get("known_place_before")
        self.known_before = re.compile(kb, re.I) if kb else None  # "near Kadugli": a known place with its own cue
        care = "|".join(re.escape(w) for w in data["known_care_after"]) if data else ""
        # (ev83) "at the Mahdia hospital": where a victim was treated, which keeps no event from another name
        self.known_care = re.compile(rf"(?:['’]s)?\s+(?:{care})\b", re.I) if care else None
        # (fix77) `beside_max_km`: a gazetteer place the rule cues lies within this distance of the known place beside it
        self.beside_km: dict[str, float] = {}
        for r in (_checked(r, fills) for r in data.get("rules", [])):
            if not r.get("enabled", True):
                continue
            if r.get("beside_max_km") is not None:
                self.beside_km[r["name"]] = float(r["beside_max_km"])
            flags = 0 if r.get("case") else re.I
            self.rules.append(
                CueRule(
                    r["name"],
                    re.compile(r["before"], flags),
                    re.compile(r["after"], flags) if r.get("after") else None,
                    re.compile(r["not_before"], flags) if r.get("not_before") else None,
                    bool(r.get("trigger_before")),
                    int(r.get("trigger_after", 0)),
                    bool(r.get("beside_known")),
                    re.compile(r["object_before"], re.I) if r.get("object_before") else None,
                    bool(r.get("not_facility")),
                    bool(r.get("not_street")),
                    bool(r.get("not_feature")),
                    bool(r.get("trigger_either")),
                    re.compile(r["trigger_stop"], flags) if r.get("trigger_stop") else None,
                )
            )
        # which rules' `before` can match a window at all, in one RE2 pass (`split/cue_set.py`): the others are skipped
        self.before_set = IndexSet([(r.before.pattern, bool(r.before.flags & re.I)) for r in self.rules])
        self.people: frozenset[str] = frozenset()  # set by the places component: people and group names (lower case)

    def _known_cued(self, owner: UnlistedPlaces, text: str, s: int, e: int) -> bool:
        """The sentence of [s, e) names a known place after a cue of its own ("near Kadugli", "in Kadugli")."""
        cue = self.known_before
        if cue is None:
            return False
        lo, hi = sentence_bounds(text, s, e)
        spans = getattr(owner, "known_spans", ())  # sorted by start: only the sentence's spans are looked at
        for i in range(bisect_left(spans, (lo, -1)), len(spans)):
            ks, ke = spans[i]
            if ks >= hi:
                break
            if ke <= hi and (ks, ke) != (s, e) and cue.search(text[max(0, ks - 45) : ks]):
                if self.known_care is None or not self.known_care.match(text, ke):
                    return True
        return False

    @staticmethod
    def _triggered(owner: UnlistedPlaces, r: CueRule, text: str, s: int, e: int) -> bool:
        """The rule's trigger tests: a trigger before the name (`t_before`), one within `t_after` characters after it,
        both when both are asked, (fix94) either with `either`; `stop` ends each window as a full stop does."""
        kw = {"stop": r.stop} if r.stop is not None else {}
        if r.either:
            return bool(r.t_before and owner._trigger_before(text, s, **kw)) or bool(
                r.t_after and owner._trigger_after(text, e, r.t_after, **kw)
            )
        if r.t_before and not owner._trigger_before(text, s, **kw):
            return False
        return not r.t_after or owner._trigger_after(text, e, r.t_after, **kw)

    def _beside(self, rule: str, after: str, m: re.Match | None) -> str | None:
        """(fix77) The name after "in" / "near" that the `after` match `m` of a rule with `beside_max_km` ends on."""
        if m is None or rule not in self.beside_km:
            return None
        name = BESIDE_NAME.match(after, m.end() - 1)  # the pattern ends on the name's first (capital) letter
        return name.group(0) if name else None

    def facility(self, owner: UnlistedPlaces, name: str) -> bool:
        """The name ends in a building's or an organisation's head noun (place_cues.json `facility_words`,
        wordlists.json `name_org_words`, `landmark_nouns`): "Safaricom House", "Kenyatta International Convention
        Centre"."""
        last = NAME_WORD.findall(name)[-1:]
        return bool(last) and last[0].lower() in self.facility_words | owner.org_words | owner.landmarks

    def match(self, owner: UnlistedPlaces, text: str, s: int, e: int, before: str, after: str) -> str | None:
        """The name of the first rule that cues the name at [s, e) (`hit`), or None."""
        hit = self.hit(owner, text, s, e, before, after)
        return hit.rule if hit is not None else None

    def hit(self, owner: UnlistedPlaces, text: str, s: int, e: int, before: str, after: str) -> CueHit | None:
        """The first rule that cues the name at [s, e) and the name beside it (`CueHit`), or None."""
        if CAP_NEXT.match(after) or (self.not_name is not None and self.not_name.search(text[s:e])):
            return None  # "residents of Bagh Maidan": a name the next word continues is not the place; "Nyirol County"
        if self.date_end is not None and self.date_end.search(text[s:e]):
            return None  # (fix69) "near Beni Tuesday": the place and the day, not one place
        if "\n" in text[s:e]:
            return None  # (ev24) "KEY INCIDENTS\n\nLashio": a heading and the next line's name are no one place
        if any(w.lower() in self.not_words for w in NAME_WORD.findall(text[s:e])):
            return None  # "In Parliament, ...", "arrested two men in Ramadan": an ordinary capitalised word
        known = self._known_cued(owner, text, s, e)  # "In Brief, ... near Kadugli": the known place keeps the event
        may = self.before_set.may(before)  # (None: every rule is tried)
        for i, r in enumerate(self.rules):
            if may is not None and i not in may:
                continue  # its `before` cannot match (the test below would fail on `b.search`)
            if (known and not r.beside_known) or not r.before.search(before):
                continue  # (ev43 `beside_known`: "At X, near Kadugli": the known place locates the name)
            am = r.after.match(after) if r.after is not None else None
            if r.after is not None and am is None:
                continue  # its `after` does not follow the name
            if r.obj is not None and r.obj.search(before) and text[s:e].lower() in self.people:
                continue  # (fix47) "attacked Christians, near Jos", "stormed Amisom, near ...": people, no place
            if r.not_facility and self.facility(owner, text[s:e]):
                continue  # (fix65) "protesters at Safaricom House", "stormed Nation Centre": a building, no place
            if r.not_street and NAME_WORD.findall(text[s:e])[-1].lower() in self.street_words:
                continue  # (ev72) "blocked the highway at Mission Road in X": a road in X, which keeps the event
            if r.not_feature and NAME_WORD.findall(text[s:e])[0] in self.feature_openers:
                continue  # (fix84) "west of Lake Kivu": a lake, a mountain or a sea is no site
            if r.not_before is not None and r.not_before.search(before):
                continue
            if not self._triggered(owner, r, text, s, e):
                continue
            return CueHit(r.name, self._beside(r.name, after, am))
        return None
