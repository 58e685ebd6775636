"""(ev46, issue 10) Evidence of a document's country beyond country names, actors and nationality adjectives: the
places the text names that only one country has (whole names whose every gazetteer candidate is in that country, of
any size, and first-level region names, "Al Mahrah"), counted when enough distinct names agree; and nationality
adjectives told only inside a denied or claimed clause ("a claim that Saudi aircraft had bombed ... was denied"),
which say nothing of where the story is. Read by components/places.py; the vocabularies are in place_cues.json
`document_country`."""

from __future__ import annotations

import re
from collections import Counter

from .. import gazetteer as gazmod
from ..regions import RegionIndex
from .unlisted import sentence_bounds

REGION_NAME = re.compile(r"\b(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+")


def city_country(cands: list, frag: str, dominance: float = 0.0) -> str | None:
    """The country of a town of 20,000 or more named exactly, when no other country has a place of any size of that
    name ("Niamey", "Celaya", "Yala"; not "Tripoli", which Libya and Lebanon share)."""
    sized = [c for c in cands if c.population >= 1000 or c.feature == "country"]
    if not sized or sized[0].feature not in ("city", "town") or sized[0].population < 20000:
        return _dominant_exact(sized, frag, dominance)
    if gazmod.norm(sized[0].name) != gazmod.norm(frag) or len({c.country for c in sized}) != 1:
        return _dominant_exact(sized, frag, dominance)
    return sized[0].country


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
    if not exact or exact[0].feature not in ("city", "town") or exact[0].population < 20000:
        return None
    if any(c.country != exact[0].country and c.population * dominance > exact[0].population for c in exact):
        return None
    return exact[0].country


def abroad_cued(place, anchor, context: dict, known: bool = True) -> bool:
    """A name the sentence marks as a place ("the village of X", "X, north of Y") whose gazetteer place is a homonym
    abroad (uncurated, its country under 5% of the context, not the country of the place that locates it): an
    unknown place of the story (ev57: even a large town abroad, when `known`, the context is not empty)."""
    return (
        (bool(context) or not known)
        and not place.curated
        and place.feature != "country"
        and context.get(place.country, 0.0) < 0.05
        and (anchor is None or anchor.country != place.country)
    )


def weak_votes(ctx: dict, placed: set, inside: Counter, named: set) -> None:
    """(ev57) The votes counted after all others: in a story that no country name, actor or adjective places (`named`
    empty), a town far larger than its homonyms abroad (`town_dominance`, "ISO2+" in `inside`: "walked through Pala"),
    one each; and in a story that names no country by anything else, the one country of the towns it names inside
    longer names ("the Damongo-Sawla highway", "From X, Damongo")."""
    for key, n in inside.items():
        if key.endswith("+") and not named:
            ctx[key[:-1]] = ctx.get(key[:-1], 0) + n
            placed.add(key[:-1])
    within = {k: n for k, n in inside.items() if not k.endswith("+")}
    if not ctx and len(within) == 1:
        ctx.update(within)
        placed.update(within)


def _words(items) -> str:
    return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))


class DocumentCountry:
    def __init__(self, gaz: gazmod.Gazetteer, regions: RegionIndex, cues: dict):
        self.gaz, self.regions = gaz, regions
        self.enabled = bool(cues.get("enabled", False))
        self.min_names = int(cues.get("min_unique_names", 3))
        self.min_alone = int(cues.get("min_unique_names_alone", 1))
        self.dominance = float(cues.get("town_dominance", 0.0)) if self.enabled else 0.0
        self.disowned_weight = float(cues.get("disowned_weight", 0.5))
        denial, claim, that = (_words(cues.get(k, ())) for k in ("denial_words", "claim_words", "clause_openers"))
        self.denial = re.compile(rf"\b(?:{denial})\b", re.I) if denial else None
        self.claim_that = re.compile(rf"\b(?:{claim})\s+(?:\w+\s+){{0,3}}?(?:{that})\b", re.I) if claim else None
        self.that = re.compile(rf"\b(?:{that})\b", re.I) if that else None

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
        return place.population >= 20000 or (self.enabled and self.only_country(frag) == place.country)

    def weight(self, text: str, s: int) -> float:
        """The weight of a country vote (a country name, a state actor, a nationality) at `s`: `disowned_weight` in a
        denied or claimed clause, else 1."""
        return self.disowned_weight if self.disowned(text, s) else 1.0

    def place_votes(self, text: str, found: list, named: bool) -> dict[str, int]:
        """Country -> the number of distinct names of it that no other country has (towns the gazetteer knows in that
        country alone, region names only it has), for countries named by at least `min_unique_names` such names (by
        `min_unique_names_alone` when nothing else, `named` false, names any country)."""
        if not self.enabled:
            return {}
        names: dict[str, set[str]] = {}
        for _s, _e, frag, whole in found:
            if whole and (iso2 := self.only_country(frag)):
                names.setdefault(iso2, set()).add(gazmod.norm(frag))
        for m in REGION_NAME.finditer(text):
            frag = m.group(0)
            if self.gaz.lookup(frag):
                continue
            where = self.regions.countries(frag)
            if len(where) == 1:
                names.setdefault(next(iter(where)), set()).add(gazmod.norm(frag))
        least = self.min_names if named else self.min_alone
        return {iso2: len(n) for iso2, n in names.items() if len(n) >= least}
