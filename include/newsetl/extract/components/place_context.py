"""Setup and country context of `newsetl_places` (`components/places.py`): the component's word lists, cues and
gazetteer (`setup`), and the countries the article talks about (`_context`: country names, actor countries,
nationality adjectives, towns), with the homonym-abroad and capital checks that read them."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .. import gazetteer as gazmod
from ..regions import RegionIndex
from ..rules import NEVER, Rules
from ..text_cache import doc_ents
from .base import RuleComponent
from .doc_country import DocumentCountry, weak_votes
from .inner_names import InnerNames
from .place_cue_rules import lexicon_counts, sentence_bounds
from .place_names import _attributive, _border_of
from .speaker_labels import SpeakerLabels
from .unlisted import UnlistedPlaces


def _admin_unit_patterns(cfg: dict) -> tuple[re.Pattern | None, re.Pattern | None]:
    """place_cues.json `admin_unit_names` (ev24): the unit words after a name ("Silame local government") and before
    it with "of" ("the municipality of X") that name an administrative unit, not its town."""
    after, of_before = cfg.get("after", []), cfg.get("of_before", [])
    if not cfg.get("enabled", False) or not (after or of_before):
        return None, None

    def alt(words: list) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"

    return (
        re.compile(rf"^\s+(?:{alt(after)})\b", re.I),
        re.compile(rf"\bthe\s+(?:{alt(of_before)})\s+of\s+$", re.I),
    )


class PlaceContext(RuleComponent):
    """The rules of the place finder and the article's country context."""

    FILES = ("actors.jsonl", "lexicon.json", "wordlists.json", "place_cues.json")

    def __init__(self, nlp: Language, name: str, data_dir: str | None = None, cache_dir: str = ""):
        super().__init__(nlp, name, data_dir)
        self.cache_dir = cache_dir
        self.gaz = gazmod.load(cache_dir)
        self.regions = RegionIndex(self.gaz)

    def setup(self, rules: Rules) -> None:
        super().setup(rules)
        self.adjectives = rules.adjectives
        self.actor_country = {name: a.country for name, a in rules.actors.items() if a.country}
        self.lead_words = {w for w in rules.words.get("place_lead_words", [])}
        counts = lexicon_counts(rules.lexicon)  # (fix80) place_cues.json `{counts}`
        self.unlisted = UnlistedPlaces(self.gaz, self.regions, rules.words, rules.place_cues, counts)
        admin = self.unlisted.admin_cue_after  # "^\s+(?:province|...)\b": matched at a name's end, where `^` cannot
        if not admin.pattern.startswith("^"):  # hold: the pattern without it (issue 11: no copy of the text's rest)
            raise ValueError(f"admin_cue_after does not open with ^: {admin.pattern[:40]}")
        self.admin_cue_at = re.compile(admin.pattern[1:], admin.flags)
        self.doc_country = DocumentCountry(self.gaz, self.regions, rules.place_cues.get("document_country", {}))
        origin = rules.place_cues["origin_not_anchor"]["pattern"]  # (fix60) no dominant town's vote
        self.doc_country.not_anchor = [re.compile(rf"(?:{origin})$", re.I) if origin else None] + [
            rules.patterns_re(n)
            for n in (
                "transfer_destination_before",
                "travel_destination_before",
                "speech_venue_before",
                "flight_destination_before",
            )
        ]
        self.dominant = dict(rules.place_cues.get("dominant_country", {}))  # ev21: the article's country (data)
        self.homonym_min_km = float(rules.place_cues["homonym_abroad"]["min_km"])  # (fix71) a homonym far abroad
        # (ev22) a group that acts in several countries (an affiliate the actors' `context_remap` names for two or more:
        # "Islamic State Sahel Province", "ADF") does not say the story's country by its home
        spread: dict[str, set[str]] = {}
        for remap in rules.context_remap.values():
            for iso3, target in remap.items():
                spread.setdefault(target, set()).add(iso3)
        self.multinational = frozenset(n for n, where in spread.items() if len(where) > 1)
        if not self.dominant.get("multinational_groups_name_no_country", False):
            self.multinational = frozenset()
        self.actor_kind = {name: a.actor_type for name, a in rules.actors.items()}
        self.local_kinds = frozenset(self.dominant.get("local_group_types", ()))
        at = rules.place_cues.get("actor_at", {})
        self.actor_at = (
            re.compile(at["pattern"]) if at.get("pattern") else None,
            frozenset(w.lower() for w in at.get("not_words", ())),
        )
        self.unit_after, self.unit_of_before = _admin_unit_patterns(rules.place_cues.get("admin_unit_names", {}))
        self.region_event_cues = frozenset(rules.words.get("region_event_cues", ()))  # "X district" is an area
        self.unlisted.adjectives = {k.lower() for k in rules.lexicon.get("country_adjectives", {})}
        self.unlisted.extra.people = (
            frozenset(v.lower() for v in rules.lexicon.get("victim_nouns", ()))
            | frozenset(rules.alias_to_actor)
            | {a.lower() for a in rules.case_aliases}
        )
        self.capitals = dict(rules.lexicon.get("country_capitals", {}))  # ISO3 -> capital: "in the capital"
        self.adjective_iso3 = dict(rules.lexicon.get("country_adjectives", {}))
        self._setup_notes(rules)  # (fix136) languages and translation / source notes
        agent = "|".join(re.escape(w) for w in rules.words["nationality_agent_after"])
        # (ev83) "a Chinese-owned company": the owner's; (fix93) an empty list matches nothing (not "(?:)\b": every word)
        self.agent_after = re.compile(rf"(?:{agent})\b", re.I) if agent else NEVER
        # (ev97) "Chinese employees", "two Turkish engineers": people of that nationality, not where the story is
        # (ev121) and any noun of people: "a Moroccan man", "Somali traders", "Kurdish porters" (`nationality_person_nouns`)
        people = rules.words["nationality_people_after"] + rules.words["nationality_person_nouns"]
        self.people_after = re.compile(rf"\s+(?:{rules.alternation(people)})\b", re.I)
        bound = {k: v for k, v in rules.words["country_bound_identity_actors"].items() if not k.startswith("_")}
        self.bound_homes = {name: frozenset(v["countries"]) for name, v in bound.items()}
        self._named_cache: tuple = (None, frozenset())  # (fix136) `_named_countries` of the last document
        self.speakers = SpeakerLabels(rules.words)
        self.settlement_of = rules.patterns_re("settlement_of_before")  # (ev57) "the village of X"
        self.name_particles = frozenset(rules.words["place_name_particles"])  # (ev55) "Laguna del X"
        self.inner_names = InnerNames(rules.words)  # (ev89) a town inside a force's name, a singer's name
        self.name_part_nouns = frozenset(w.lower() for w in rules.words.get("name_part_nouns", ()))
        self.facility_nouns = frozenset(rules.words["town_facility_nouns"])  # (fix71) "Maroua Airport": Maroua
        self.road_pair_nouns = frozenset(w.lower() for w in rules.words.get("road_pair_nouns", ()))
        self.road_front = (  # (fix50) "along the Goma-Sake axis": a front noun names a road in a fighting context
            frozenset(w.lower() for w in rules.words.get("road_pair_front_nouns", ())),
            rules.patterns_re("road_pair_front_before"),
        )

    def _setup_notes(self, rules: Rules) -> None:
        """The patterns of a language's name (`_language`): the words before and after it, translation and source
        notes (split out of `setup`, fix136)."""
        before = "|".join(re.escape(w) for w in sorted(rules.words["language_before"], key=len, reverse=True))
        after = "|".join(re.escape(w) for w in sorted(rules.words["language_after"], key=len, reverse=True))
        # "(translated from Spanish)", "a French-language daily": a language, not the nationality of the story
        self.language_before = re.compile(rf"\b(?:{before})\s+$", re.I) if before else None
        # (ev121) a line's end after the language ("Translated from Russian" above the dateline) ends the note too
        # (fix136) a paragraph's end only (make_doc joins paragraphs with a blank line): "Ugandan\npolice" is one phrase
        self.language_after = re.compile(rf"^(?:{after})\b|^[^\S\n]*(?:[).,;:|·]|\n\s*\n|$)", re.I) if after else None
        # (ev121) "Translated from (the) Russian": a translation note's language, whatever follows it
        self.translation_note = [re.compile(p, re.I) for p in rules.words["translation_note_before"]]
        # (fix136) "first published in the Russian edition": a language only where `language_after` ends it (not "the
        # Nigerian press", "the Israeli daily")
        self.source_note = [re.compile(p, re.I) for p in rules.words["source_note_before"]]

    def _context(
        self, doc: Doc, text: str, found: list, dl_end: int, home: tuple | None = None
    ) -> tuple[dict[str, float], dict, dict]:
        """Country context: country names (less in the dateline), actor countries, nationality adjectives; with the
        raw votes and each town name's own counted votes (name -> (country, votes); fix60); (ev101) `home`, the body's
        country and its names' count under a dateline of issue abroad (`issue_dateline`), votes as they do."""

        def country_vote(s: int, e: int) -> float:  # (less in the dateline, half "near the border with X")
            return 0.0 if _attributive(text, s, e) else 0.5 if _border_of(text, s, e) else 1.0 if s < dl_end else 2.0

        votes = self.doc_country.found_votes(
            text, found, dl_end, country_vote, lambda e, frag, cands: self._named_region(text, e, frag, cands)
        )
        ctx, towns, town_names, placed = votes.ctx, votes.towns, votes.town_names, votes.placed
        named: set[str] = set(ctx)  # countries the text names (not only through a multinational group's home)
        people: dict[str, float] = {}  # (ev97) "Chinese employees": counted only where nothing else places the story
        for ent in doc_ents(doc):
            iso2 = self.gaz.iso3_to_iso2.get(self.actor_country.get(ent.ent_id_) or "")
            if iso2 and ent.ent_id_ in self.bound_homes and not self._bound_home(text, found, ent.ent_id_):
                people[iso2] = people.get(iso2, 0.0) + 1.0  # (ev121) "settlers" in a story of no home of theirs
            elif iso2:
                ctx[iso2] += self.doc_country.weight(text, ent.start_char)
                if ent.ent_id_ not in self.multinational:
                    named.add(iso2)
                    if self.actor_kind.get(ent.ent_id_) in self.local_kinds:
                        placed.add(iso2)  # (ev22) a one-country armed group ("Mai-Mai") fights where it lives
        # (fix26) a nationality alone ("two Chinese engineers in Karachi", "a German nun") often names the victims,
        # not where the story is: it supports its country's towns but does not take the vote from another's
        support = bool(named) or bool(votes.dateline)  # (ev89) the dateline's town names its country too
        for m in re.finditer(r"[A-Z][a-z]+", text):
            w = m.group(0)
            iso3 = self.adjectives.get(w.lower())
            if iso3 and (
                self._language(text, m.start(), m.end())
                or self.inner_names.prefixed(text, m.start())  # (ev89) "the Inter-American Commission"
                or _border_of(text, m.start(), m.end())
                or self.agent_after.match(text, m.end())
            ):
                continue
            iso2 = self.gaz.iso3_to_iso2.get(iso3) if iso3 else None
            # (ev97) people's nationality: a last resort, (fix109) unless its sentence names a town of its country
            if iso2 and self.people_after.match(text, m.end()) and not self._own_town(text, found, iso2, m.start()):
                people[iso2] = people.get(iso2, 0.0) + self.doc_country.weight(text, m.start())
            elif iso2:
                ctx[iso2] += self.doc_country.weight(text, m.start())  # (ev46) "a claim that Saudi aircraft ..."
                named.add(iso2)
        # (ev21) a lone town's own vote counts only for a country something else names (a country name, an adjective,
        # an actor, the dateline, another town), unless nothing names any: a homonym abroad ("Hub", "Most") does not
        # make its country the story's
        # (ev22) a multinational group's home ("Islamic State Sahel Province": Mali) does not say where its story is
        need = self.dominant.get("city_vote_needs_support", False) and support
        min_names = int(self.dominant.get("min_town_names", 2))
        counted = {"dominant"} if not named else set()
        for iso2, n in towns.items():
            # (fix26) a country's capital ("the US embassy in Nairobi") names its country by itself
            capital = any(self._is_capital(iso2, name) for name in town_names[iso2])
            supported = iso2 in named or iso2 in votes.dateline  # (ev89) "BEIRUT — In Sidon, ...": the dateline's
            if not need or capital or supported or len(town_names[iso2]) >= min_names:
                ctx[iso2] += n
                placed.add(iso2)
                counted.add(iso2)
        strong = [h for h in found if h[0] not in votes.weak_at]  # (ev83) no river's or route's names
        for iso2, n in self.doc_country.place_votes(text, strong, bool(ctx), self.demonym_word).items():  # (ev46)
            ctx[iso2] += n
            placed.add(iso2)
        if home is not None:
            ctx[home[0]] += home[1]  # (ev101) "SAN JOSE, Costa Rica — ... in Bonanza ... In Siuna": the body's towns
            placed.add(home[0])
        weak_votes(ctx, placed, votes, named)
        if not any(ctx.values()):
            ctx.update(people)
        # homonyms abroad give way only in a story that names a country as a place, not only by actors ("Russian jets
        # bombed X in northern Hama": Hama stays in Syria)
        self.unlisted.check_abroad = bool(placed)
        own = {
            f: (c, n) for f, (c, kind, n) in votes.own.items() if kind in counted or (kind == "town" and c in counted)
        }
        total = sum(ctx.values()) or 1
        return {k: v / total for k, v in ctx.items()}, dict(ctx), own

    def issue_dateline(self, doc: Doc, text: str, found: list, dl_end: int) -> tuple | None:
        """(ev101, issue 10) The country a dateline writes out ("SAN JOSE, Costa Rica —") when it is only the place of
        issue (an exile outlet, a regional bureau): the body never names that country again (no country name, town,
        nationality or actor of it) while it names two distinct towns whose first place lies in another one (fix111: a
        country's name alone, "a deal with Uganda", "fled fighting in South Sudan", never counts).
        Returns (that country, (the body's country, its names' count)); None otherwise (a dateline with no country
        written, or a body that names the dateline's country)."""
        if dl_end <= 0:
            return None
        issue = None
        body: dict[str, set] = {}  # country -> its distinct town names in the body
        named: set[str] = set()  # countries the body names by their name
        for s, _e, frag, whole in found:
            cands = self.gaz.lookup(frag)
            if not cands:
                continue
            if s < dl_end:
                issue = issue or (cands[0].country if cands[0].feature == "country" else None)
                continue
            if cands[0].feature == "country":
                named.add(cands[0].country)  # (fix111) names the country, places nothing: "a deal with Uganda"
            elif whole:
                body.setdefault(cands[0].country, set()).add(gazmod.norm(frag))  # the name's first place
        if issue is None or issue in body or issue in named or not any(len(n) >= 2 for n in body.values()):
            return None  # (fix111) two distinct towns of the other country, never a bare country name
        iso3 = self.gaz.iso3(issue)
        for m in re.finditer(r"[A-Z][a-z]+", text[dl_end:]):
            if self.adjectives.get(m.group(0).lower()) == iso3:
                return None  # "Costa Rican police": the body's own country after all
        if any(e.start_char >= dl_end and self.actor_country.get(e.ent_id_) == iso3 for e in doc_ents(doc)):
            return None
        best = max(body, key=lambda k: len(body[k]))
        return issue, (best, float(len(body[best])))

    def _own_town(self, text: str, found: list, iso2: str, at: int) -> bool:
        """(fix109) The sentence of the nationality at `at` names a town of its country `iso2` as written (`found`:
        (s, e, name, whole)), not only a spaced name the gazetteer knows there as one word ("Long Cheng" as Longcheng):
        a nationality of people ("Iraqi employees ... near Basra", "Ukrainian workers ... Kryvyi Rih") then supports
        its country's town and votes as any nationality; without one ("Chinese employees ... near Long Cheng") it
        votes only where nothing else places the story (ev97)."""
        s, e = sentence_bounds(text, at, at)
        for fs, _, frag, _ in found:
            if not s <= fs < e:
                continue
            cands = [c for c in self.gaz.lookup(frag) if c.country == iso2 and c.feature != "country"]
            if cands and not (" " in frag and all(" " not in c.name and "-" not in c.name for c in cands)):
                return True
        return False

    def _bound_home(self, text: str, found: list, name: str) -> bool:
        """(ev121) The text names a home country of the identity actor `name` (`country_bound_identity_actors`: its
        countries' names, towns or nationality adjectives): "settlers ... near Nablus", not "settlers ... Riberalta"."""
        homes = self.bound_homes[name]
        named, abroad = self._named_countries(text, found)
        return not homes.isdisjoint(named) or homes.issuperset(abroad)

    def _named_countries(self, text: str, found: list) -> tuple[frozenset, frozenset]:
        """(fix136) The countries (iso3) the text may name: any gazetteer candidate of a found name ("Duma": a West
        Bank village whose first entry lies in Syria) and the nationality adjectives; and the countries of the found
        names the gazetteer knows as populated places ("Riberalta", not an unpeopled homonym such as "Jinba" in China);
        once per document."""
        key = (text, len(found))
        if self._named_cache[0] != key:
            cands = [c for _s, _e, frag, _w in found for c in self.gaz.lookup(frag)]
            isos = {self.gaz.iso3(c.country) for c in cands}
            isos |= {self.adjectives.get(m.group(0).lower()) for m in re.finditer(r"[A-Z][a-z]+", text)}
            peopled = frozenset(self.gaz.iso3(c.country) for c in cands if c.population > 0)
            self._named_cache = (key, (frozenset(isos), peopled))
        return self._named_cache[1]

    def demonym_word(self, text: str, s: int, e: int) -> bool:
        """(fix136) The name at s..e is a nationality adjective used of people or as a language ("Somali traders",
        "Chadian herders", "reporters from Somali service"): the demonym (a fallback vote, ev121), no place or region
        of the gazetteer's to vote for ("Somali", Ethiopia's region; "Chadian", a Chinese town)."""
        if not self.adjectives.get(text[s:e].lower()):
            return False
        return bool(self.people_after.match(text, e)) or self._language(text, s, e)

    def _is_capital(self, iso2: str, name: str) -> bool:
        """(fix26) `name` is the capital lexicon.json's `country_capitals` gives the country `iso2`."""
        capital = self.capitals.get(self.gaz.iso3(iso2) or "")
        return capital is not None and gazmod.norm(capital) == gazmod.norm(name)

    def _named_region(self, text: str, e: int, frag: str, cands: list) -> str | None:
        """(ev22) The text calls the name a region ("the Kharkiv region", "Zaporizhzhia oblast") and only one country has
        a first-level region of that name: that country, named as a place. (fix26) Only a region named after a town of
        that country ("Kharkiv"): a region's name that is no town there ("the Kashmir region", "the Gulf region", "the
        Nile Delta region", "the Sahel region") names an area several countries share as often as that province."""
        if not self.dominant.get("region_names_country", False) or not self.admin_cue_at.match(text, e):
            return None
        where = self.regions.countries(frag)
        if len(where) != 1:
            return None
        iso2 = next(iter(where))
        town = any(c.country == iso2 and c.feature in ("city", "town") and c.population >= 1000 for c in cands)
        return iso2 if town else None

    def _in_story(self, frag: str, place, context: dict):
        """(ev21) A homonym abroad (a country under `min_anchor_share` of the context, not curated) gives way to the
        name's candidate in the story's countries ("Palma" in a Mozambican story), the one with the largest share."""
        share = self.unlisted.min_anchor_share
        if (
            place is None
            or not self.unlisted.check_abroad
            or place.curated
            or place.feature == "country"
            or context.get(place.country, 0.0) >= share
        ):
            return place
        home = [c for c in self.gaz.lookup(frag) if context.get(c.country, 0.0) >= share and c.feature != "country"]
        exact = gazmod.norm(frag)
        home = [c for c in home if c.curated or gazmod.norm(c.name) == exact]
        return max(home, key=lambda c: (context[c.country], c.curated, c.population)) if home else place

    @staticmethod
    def _abroad_of_home(place, main_iso2: str | None, doc: Doc) -> bool:
        """(fix52) A place outside the story's country (the dominant one, else the dateline's), when that is known:
        a name a `home_only` cue rule found takes no such gazetteer place ("at the Lafarge cement plant", "at Villa
        Rosa on the same day" in a Nigerian story); it is kept as an unknown place of the story's country."""
        dl = doc._.dateline_place
        home = main_iso2 or (dl.country if dl is not None else None)
        return home is not None and place.country != home and place.feature != "country"

    def _language(self, text: str, s: int, e: int) -> bool:
        """ "(translated from Spanish)", "a Burmese-language report", "in French,": the name of a language."""
        if self.language_after is None or self.language_before is None:
            return False
        line = text[max(0, s - 60) : s].rsplit("\n", 1)[-1]
        if any(rx.search(line) for rx in self.translation_note):
            return True  # (ev121) "Translated from the Russian edition", "translated by the desk from Khmer"
        after = text[e : e + 12]
        if any(rx.search(line) for rx in self.source_note):
            return bool(self.language_after.match(after))  # (fix136) not "first reported in the Nigerian press"
        if re.match(r"-?(?:language|speaking)\b|\s+(?:language|speakers|translation)\b", after, re.I):
            return bool(self.language_after.match(after))
        return bool(self.language_before.search(text[max(0, s - 20) : s]) and self.language_after.match(after))
