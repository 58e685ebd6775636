"""(ev46, issue 10) Evidence of a document's country beyond country names, actors and nationality adjectives: the
places the text names that only one country has (whole names whose every gazetteer candidate is in that country, of
any size, and first-level region names, "Al Mahrah"), counted when enough distinct names agree; and nationality
adjectives told only inside a denied or claimed clause ("a claim that Saudi aircraft had bombed ... was denied"),
which say nothing of where the story is. Read by components/places.py; the vocabularies are in place_cues.json
`document_country`."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from .. import gazetteer as gazmod
from ..regions import RegionIndex
from ..text_cache import blank_before
from .place_cue_rules import sentence_bounds

CITY_POPULATION = 20000  # a town this large names its country alone (city_country, in_story)
ROUTE_OTHER_END = re.compile(r"\s+and\s+(?:the\s+)?[A-Z]")  # (ev83) "between X and Y": X is one end
NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")  # (fix90) the title-case words of the other end
REGION_NAME = re.compile(r"\b(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+")


def city_country(cands: list, frag: str, dominance: float = 0.0) -> str | None:
    """The country of a town of 20,000 or more named exactly, when no other country has a place of any size of that
    name ("Niamey", "Celaya", "Yala"; not "Tripoli", which Libya and Lebanon share)."""
    sized = [c for c in cands if c.population >= 1000 or c.feature == "country"]
    if sized and _is_city(sized[0]) and gazmod.norm(sized[0].name) == gazmod.norm(frag):
        if len({c.country for c in sized}) == 1:
            return sized[0].country
    return _dominant_exact(sized, frag, dominance)


def _is_city(place) -> bool:
    """A city or town of `CITY_POPULATION` or more: the size that may name the story's country on its own."""
    return place.feature in ("city", "town") and place.population >= CITY_POPULATION


def _dominant_exact(sized: list, frag: str, dominance: float) -> str | None:
    """(ev57) The country of the largest town so named (20,000 or more) when every town of another country written
    exactly so is `dominance` times smaller ("Pala": Chad's 70,000, not Côte d'Ivoire's 2,000; the towns that have it
    only as another name left out)."""
    if dominance <= 0:
        return None
    exact = sorted(
        (c for c in sized if c.feature != "country" and gazmod.norm(c.name) == gazmod.norm(frag)),
        key=lambda c: -c.population,
    )
    if not exact or not _is_city(exact[0]):
        return None
    if any(c.country != exact[0].country and c.population * dominance > exact[0].population for c in exact):
        return None
    return exact[0].country


def abroad_cued(place, anchor, context: dict, needs_context: bool = True) -> bool:
    """A name the sentence marks as a place ("the village of X", "X, north of Y") whose gazetteer place is a homonym
    abroad (uncurated, its country under 5% of the context, not the country of the place that locates it): an
    unknown place of the story (ev57: even a large town abroad, when `needs_context`, the context is not empty)."""
    return (
        (bool(context) or not needs_context)
        and not place.curated
        and place.feature != "country"
        and context.get(place.country, 0.0) < 0.05
        and (anchor is None or anchor.country != place.country)
    )


@dataclass
class PlaceVotes:
    """The country votes of the places a text names (DocumentCountry.found_votes, read by components/places.py)."""

    ctx: defaultdict = field(default_factory=lambda: defaultdict(float))  # country names, region names
    towns: Counter = field(default_factory=Counter)  # whole towns no other country shares
    inside: Counter = field(default_factory=Counter)  # such towns inside a longer capitalised name
    dominant: Counter = field(default_factory=Counter)  # towns far larger than their homonyms abroad
    town_names: dict = field(default_factory=dict)  # country -> the names of its towns (+ "@dateline")
    placed: set = field(default_factory=set)  # countries named as places
    own: dict = field(default_factory=dict)  # name -> (country, "town" | "dominant", times): each name's own votes
    feature: Counter = field(default_factory=Counter)  # (ev83) names of a river, forest ...: "the Senegal river"
    weak_at: set = field(default_factory=set)  # (ev83) the starts of the mentions that cast no vote
    dateline: set = field(default_factory=set)  # (ev89) the country of a dateline town far larger than its homonyms


def context_without(raw: dict, own: dict, frag: str) -> dict[str, float]:
    """(fix60) The country context (shares of `raw` votes) without the votes the name `frag` cast itself (`own`:
    name -> (country, votes)): a name is checked against what the rest of the story says ("the village of Banda"
    whose large Indian homonym's own vote would make India the story's)."""
    ctx = dict(raw)
    if frag in own:
        iso2, n = own[frag]
        ctx[iso2] = ctx.get(iso2, 0.0) - n
    ctx = {k: v for k, v in ctx.items() if v > 0}
    total = sum(ctx.values()) or 1
    return {k: v / total for k, v in ctx.items()}


def weak_votes(ctx: dict, placed: set, votes: PlaceVotes, named: set) -> None:
    """(ev57) The votes counted after all others: in a story that no country name, actor or adjective places (`named`
    empty), a town far larger than its homonyms abroad (`town_dominance`, `votes.dominant`: "walked through Pala"),
    one each; and in a story that names no country by anything else, the one country of the towns it names inside
    longer names ("the Damongo-Sawla highway", "From X, Damongo"), else (ev83) of the towns whose names name a river,
    a forest or a valley ("the Mau forest"; fix90: not a country's, "the Senegal river", "the Niger Delta")."""
    if not named:
        for iso2, n in votes.dominant.items():
            ctx[iso2] = ctx.get(iso2, 0) + n
            placed.add(iso2)
    if not ctx and len(votes.inside) == 1:
        ctx.update(votes.inside)
        placed.update(votes.inside)
    if not ctx and len(votes.feature) == 1:
        ctx.update(votes.feature)  # (ev83) "along the Senegal river" in a story that names nothing else
        placed.update(votes.feature)


def _words(items) -> str:
    return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))


class DocumentCountry:
    def __init__(self, gaz: gazmod.Gazetteer, regions: RegionIndex, cues: dict):
        self.gaz, self.regions = gaz, regions
        self.enabled = bool(cues.get("enabled", False))
        self.min_names = int(cues.get("min_unique_names", 3))
        self.min_alone = int(cues.get("min_unique_names_alone", 1))
        self.dominance = float(cues["town_dominance"]) if self.enabled else 0.0  # (ev57) a misspelt key raises
        self.disowned_weight = float(cues.get("disowned_weight", 0.5))
        denial, claim, that = (_words(cues.get(k, ())) for k in ("denial_words", "claim_words", "clause_openers"))
        self.denial = re.compile(rf"\b(?:{denial})\b", re.I) if denial else None
        self.claim_that = re.compile(rf"\b(?:{claim})\s+(?:\w+\s+){{0,3}}?(?:{that})\b", re.I) if claim else None
        self.that = re.compile(rf"\b(?:{that})\b", re.I) if that else None
        at, date_after = cues["dominant_town_before"], cues["place_date_after"]  # (fix61) a misspelt key raises
        self.dominant_at = re.compile(rf"(?:{at})$", re.I) if at else None
        self.place_date_after = re.compile(date_after) if date_after else None
        self.not_anchor: list = []  # (fix60) cues before a place that is no event's (set by components/places.py)
        feature, between, route = (
            _words(cues[k]) if self.enabled else "" for k in ("feature_nouns", "route_between", "route_nouns")
        )
        self.feature_after = re.compile(rf"(?:['’]s)?\s+(?:{feature})\b", re.I) if feature else None
        self.route_before = (
            re.compile(
                rf"(?P<route>\b(?i:{route})\s+)?\b(?i:{between})\s+(?:the\s+)?"
                rf"(?P<first>(?:[A-Z][\w'’.-]*\s+){{1,4}}and\s+)?$"
            )
            if between and route
            else None
        )

    def disowned(self, text: str, s: int) -> bool:
        """The word at `s` stands in a clause the sentence denies ("denied that X ...", "a claim that X ... was
        denied") or only reports as a claim ("claimed that X ...")."""
        if not self.enabled or self.that is None:
            return False
        lo, hi = sentence_bounds(text, s, s)
        before = text[lo:s]
        if not self.that.search(before):
            return False
        denied = self.denial is not None and self.denial.search(text[lo:hi]) is not None
        return denied or (self.claim_that is not None and self.claim_that.search(before) is not None)

    def only_country(self, frag: str) -> str | None:
        """The country of a name the gazetteer has (exactly so named) in that one country, every candidate of the name
        (its spelling variants too: "Dukku", "Duku") lying there."""
        cands = self.gaz.lookup(frag)
        exact = gazmod.norm(frag)
        if not any(gazmod.norm(c.name) == exact for c in cands) or any(c.feature == "country" for c in cands):
            return None
        return cands[0].country if len({c.country for c in cands}) == 1 else None

    def in_story(self, place: gazmod.Place, frag: str, context: dict) -> bool:
        """A known place is of the story when its country has a share of the context; in a story that names no country
        at all, when it is a town of 20,000 or more, or (ev46, issue 10: a named place is kept) a name no other country
        has ("the harbour of Sayhut")."""
        if context:
            return context.get(place.country, 0) >= 0.05
        return place.population >= CITY_POPULATION or (self.enabled and self.only_country(frag) == place.country)

    def weight(self, text: str, s: int) -> float:
        """The weight of a country vote (a country name, a state actor, a nationality) at `s`: `disowned_weight` in a
        denied or claimed clause, else 1."""
        return self.disowned_weight if self.disowned(text, s) else 1.0

    def place_votes(self, text: str, found: list, named: bool, demonym: Callable | None = None) -> dict[str, int]:
        """Country -> the number of distinct names of it that no other country has (towns the gazetteer knows in that
        country alone, region names only it has), for countries named by at least `min_unique_names` such names (by
        `min_unique_names_alone` when nothing else, `named` false, names any country); (fix136) no region name that
        `demonym(text, s, e)` calls a people's demonym or a language ("Somali traders")."""
        if not self.enabled:
            return {}
        names: dict[str, set[str]] = {}
        for _s, _e, frag, whole in found:
            if whole and (iso2 := self.only_country(frag)):
                names.setdefault(iso2, set()).add(gazmod.norm(frag))
        for m in REGION_NAME.finditer(text):
            frag = m.group(0)
            if self.gaz.lookup(frag) or (demonym is not None and demonym(text, m.start(), m.end())):
                continue
            where = self.regions.countries(frag)
            if len(where) == 1:
                names.setdefault(next(iter(where)), set()).add(gazmod.norm(frag))
        least = self.min_names if named else self.min_alone
        return {iso2: len(n) for iso2, n in names.items() if len(n) >= least}

    def locates(self, text: str, s: int, e: int) -> bool:
        """(fix60) The body town at s..e is where the story is told or happens, so its dominance may vote: the text's
        first word, a place-date line (`place_date_after`: "Pala, Monday 23 November"), or a town after
        a locative word (`dominant_town_before`: "in", "at", "through") that no `not_anchor` cue claims (where people
        came from, were taken, tried or spoke: "returned from Paris", "arraigned in Alexandria")."""
        if blank_before(text, s):
            return True
        if self.place_date_after is not None and self.place_date_after.match(text, e):
            return True
        before = text[max(0, s - 60) : s]
        if self.dominant_at is None or self.dominant_at.search(before) is None:
            return False
        return not any(rx is not None and rx.search(before) for rx in self.not_anchor)

    def names_feature(self, text: str, e: int, country: bool = False) -> bool:
        """(ev83) The name ending at `e` names a river, a forest, a valley ... (`feature_nouns` after it); (fix90) a
        country's possessive names none: "Nigeria's Plateau state", "Kenya's Mau forest" lie in that country."""
        if country and text[e : e + 2] in ("'s", "’s"):
            return False
        return self.feature_after is not None and self.feature_after.match(text, e) is not None

    def feature_word(self, text: str, e: int, cands: list) -> int | None:
        """(fix90) The end of the feature noun after a country's name ending at `e` ("the Niger Delta"), else None."""
        if self.feature_after is None or not cands or cands[0].feature != "country" or text[e : e + 2] in ("'s", "’s"):
            return None
        m = self.feature_after.match(text, e)
        return m.end() if m is not None else None

    def weak_mention(self, text: str, s: int, e: int, cands: list) -> str | None:
        """(ev83) A mention that says little of where the story is: "feature" when the name names a river, a forest, a
        valley ... (`feature_nouns` after it: "the Senegal river", "into the Mau forest"), "route" when a town is an
        end of a span "between A and B" (`route_between`) of a route (fix90: a `route_nouns` word before it: "services
        between Nagad and Dire Dawa", whose far end is often across a border) or whose two ends no country shares."""
        if self.names_feature(text, e, bool(cands) and cands[0].feature == "country"):
            return "feature"
        if self.route_before is None or (cands and cands[0].feature == "country"):
            return None
        m = self.route_before.search(text[max(0, s - 80) : s])
        if m is None:
            return None
        if m.group("first"):
            other = m.group("first").rsplit(" and", 1)[0].strip()
        elif (o := ROUTE_OTHER_END.match(text, e)) and (run := NAME_RUN.match(text, o.end() - 1)):
            other = run.group(0)
        else:
            return None
        # (fix90) the two ends may be the event's own places ("fighting between Kapoeta and Torit"): only a route
        # (`route_nouns` before "between": "the road between", "services between") or ends in different countries
        return "route" if m.group("route") or self._apart(cands, other) else None

    def _apart(self, cands: list, other: str) -> bool:
        """(fix90) No country has a place of this name (`cands`) and one of the other end's (`other`, or its longest
        title-case prefix the gazetteer knows)."""
        words = other.split()
        far = next((c for c in (self.gaz.lookup(" ".join(words[:k])) for k in range(len(words), 0, -1)) if c), [])
        return bool(cands and far) and not {c.country for c in cands} & {c.country for c in far}

    def found_votes(
        self, text: str, found: list, dl_end: int, country_vote: Callable, region_of: Callable
    ) -> PlaceVotes:
        """The country votes of the place names found (s, e, frag, whole): a country's name (`country_vote`: its
        weight, 0 when none), a region only one country has (`region_of`), a town no other country shares (whole, or
        inside a longer name), a town far larger than its homonyms abroad where the story locates it (`locates`)."""
        v = PlaceVotes()
        for s, e, frag, whole in found:
            cands = self.gaz.lookup(frag)
            if weak := self.weak_mention(text, s, e, cands):
                v.weak_at.add(s)
                # (fix90) a country's feature ("the Niger Delta", "the Senegal river") votes for none: it runs abroad
                iso2 = None if cands and cands[0].feature == "country" else city_country(cands, frag)
                if weak == "feature" and iso2:
                    v.feature[iso2] += 1
                continue
            if cands and cands[0].feature == "country" and (vote := country_vote(s, e)):
                v.ctx[cands[0].country] += vote * self.weight(text, s)  # (ev46) a denied claim: less
                v.placed.add(cands[0].country)
            elif iso2 := region_of(e, frag, cands):
                v.ctx[iso2] += 1  # (ev22) "in the Kharkiv region": a region only one country has names it
                v.placed.add(iso2)
            elif not (whole or s < dl_end) and (iso2 := city_country(cands, frag)):
                v.inside[iso2] += 1  # (ev57) "the Damongo-Sawla highway", "From Issah Mahama, Damongo": a fallback
            elif (whole or s < dl_end) and (iso2 := city_country(cands, frag)):
                v.towns[iso2] += 1  # "police in Niamey": a town no other country shares names its country
                v.own[frag] = (iso2, "town", v.own.get(frag, ("", "", 0))[2] + 1)
                # a dateline's town (or the town the text opens with: "N'DJAMENA, 29 October 2024 - ...") vouches for
                # its country as two towns do
                lead = s < dl_end or blank_before(text, s)
                v.town_names.setdefault(iso2, set()).update((frag, "@dateline") if lead else (frag,))
            elif s < dl_end and (iso2 := city_country(cands, frag, self.dominance)):
                v.dateline.add(iso2)  # (ev89) "PORT LOUIS —": a lone town's vote needs support (casts none of its own)
            elif (
                whole
                and s >= dl_end
                and self.locates(text, s, e)
                and (iso2 := city_country(cands, frag, self.dominance))
            ):
                v.dominant[iso2] += 1  # (ev57) "through Pala": far larger than its homonyms abroad, counted last
                v.own[frag] = (iso2, "dominant", v.own.get(frag, ("", "", 0))[2] + 1)
        return v
