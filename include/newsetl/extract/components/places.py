"""`newsetl_places`: gazetteer look-up of capitalised name sequences -> `doc.spans["places"]`, each span with
`span._.place = (Place, region_word_follows)`; ambiguous names are resolved by the countries the article talks
about (`doc._.country_context`), and a dateline's place is kept as `doc._.dateline_place`, an article-level prior.

The gazetteer index itself (GeoNames + data/places_supplement.jsonl) is built once and cached under `cache_dir`
(see gazetteer.py); this component saves its word lists and country vocabularies, not the index."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from .. import gazetteer as gazmod
from ..events.when import AGENCY_DATELINE
from ..text_cache import doc_ents, doc_text
from .doc_country import abroad_cued, context_without
from .ner_places import NerPlaceWords, ner_place_names
from .place_context import PlaceContext
from .place_context import _admin_unit_patterns as _admin_unit_patterns  # (re-exported: tests)
from .place_names import (
    ARTICLE_LEAD,
    NAME_PART_AFTER,
    _attributive,
    _splits_a_name,
    kin_group_names,
    kin_group_pattern,
    org_with_acronym,
)
from .place_seqs import UPPER, NameSequences, free_span, name_seq, opens_a_name
from .road_pairs import road_pair

# hot patterns of this module's functions, compiled once (a module-level `re` call looks its cache up each time)
TOKEN_RE = re.compile(r"\S+")
POSSESSIVE_RE = re.compile(r"['’]s\s")

REGION_WORDS = re.compile(
    r"^\s+(province|governorate|region|countryside|state|district|oblast|county|prefecture|department|valley|river|"
    r"territory|woreda|circle|cercle|regency|division)\b",
    re.I,
)
# "in the department of N'Guigmi", "the province of Y": the name after the unit word is that unit, not its town
REGION_OF_BEFORE = re.compile(
    r"\bthe\s+(?:province|governorate|region|state|oblast|county|prefecture|department)\s+of\s+$", re.I
)


DATELINE = re.compile(
    rf"^\s*(?P<dl>{UPPER}(?:{UPPER}|[.'’\-])+(?:[ /]{UPPER}(?:{UPPER}|[.'’\-])+)*(?:,\s*[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+)*)??)"
    rf"(?:,\s*[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?)?\s*(?:\([^)]{{1,20}}\)\s*)?(?:[—–-]{{1,2}}|(?<={UPPER}):)\s"
)  # "NARATHIWAT: A bomb ...": a capitalised place and a colon open the story too
# a press release's place-and-date line, alone on one of its first lines ("Nairobi, 3 July 2024")
PLACE_DATE_LINE = re.compile(
    r"^[ \t]*(?P<dl>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,2}),[ \t]*(?:\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?"
    r"[ \t]+\d{1,2}),?[ \t]+\d{4}[ \t]*$",
    re.M,
)
ADMIN_AFTER = re.compile(
    r",?\s+(?:in\s+)?(?:the\s+)?([A-Z][\w\-'’]+(?:\s+[A-Z][\w\-'’]+)?)\s+(?:region|oblast|province|state|governorate|department|district|county)\b"
)
TITLES = re.compile(
    r"(?:(president|minister|gen\.?|general|col\.?|colonel|mr\.?|mrs\.?|ms\.?|dr\.?|sheikh|imam|king|prince|commander|"
    r"spokesman|leader)\s+|(?:commissioner|inspector|superintendent)[ \t]+)$",
    re.I,
)
NESTED_COUNTRY = re.compile(
    r"\b(?:[Gg]overnments?|[Pp]eople|[Rr]epublic|[Kk]ingdom|[Mm]inistry\s+of\s+\w+|[Pp]resident|[Pp]rime\s+[Mm]inister)"
    r"\s+of\s+(?:the\s+)?([A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+)*)$"
)


# "In the capital, police ...", "the Libyan capital's Souq al-Juma district", "clashes in the Haitian capital": the
# capital as the place (a clause-initial "In the capital", a possessive or a nationality adjective; not "protesters in
# the capital", which may point back to another story)
CAPITAL_RE = re.compile(
    r"(?:(?:^|[.!?]\s+|,\s+|[–—]\s*)(?:[Ii]n|[Aa]t)\s+the\s+(?P<cap1>capital)(?=\s*,)|"
    r"\b[Tt]he\s+(?:(?P<adj>[A-Z][a-z]+)\s+)?(?P<cap2>capital)(?=['’]s\s)|"
    r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Aa]round|[Aa]cross)\s+the\s+(?P<adj3>[A-Z][a-z]+)\s+(?P<cap3>capital)(?![\w-])(?!\s+of\b))",
    re.M,
)


@Language.factory(
    "newsetl_places",
    assigns=["doc.spans", "span._.place", "doc._.country_context", "doc._.dateline_place"],
    requires=["doc.ents"],
    default_config={"data_dir": None, "cache_dir": ""},
)
def make_places(nlp: Language, name: str, data_dir: str | None, cache_dir: str):
    return PlaceFinder(nlp, name, data_dir, cache_dir)


def _dateline_bounds(text: str, dm: re.Match | None) -> tuple[int, int]:
    """The dateline's start and end (0 and -1 without one): a DATELINE match's place, or (when it has none or a long
    one) a place-and-date line of its own ("Nairobi, 3 July 2024" under a heading in capitals: "THE JUDICIARY OF
    KENYA — ...")."""
    dl_start, dl_end = 0, dm.end("dl") if dm else -1
    line = PLACE_DATE_LINE.search(text, 0, 400)
    if line is not None and (dm is None or len(dm.group("dl").split()) > 2):
        dl_start, dl_end = line.start("dl"), line.end("dl")
    return dl_start, dl_end


def _place_spans(doc: Doc, known: list) -> list:
    """The PLACE spans of the places found ((start, end, place, region) in any order), in text order."""
    spans = []
    for s, e, place, region in sorted(known, key=lambda k: k[0]):
        span = doc.char_span(s, e, label="PLACE", alignment_mode="expand")
        if span is not None:
            span._.place = (place, region)
            spans.append(span)
    return spans


class PlaceFinder(PlaceContext):
    def setup(self, rules) -> None:
        super().setup(rules)
        hyphen_only = rules.words["place_connect_hyphen_only"]
        # (fix82) every scan of the sequences: a spaced "at" / "as" / "an" joins only an Arabic name ("Dar as Salam")
        cuts = rules.words["caps_heading_cut_words"]  # (fix109) "VIOLENCES À BANGUI": the heading's place
        self.seqs = NameSequences(
            name_seq(rules.words["place_name_particles"], (), rules.words["place_name_abbreviations"]),
            hyphen_only,
            self.actor_at,
            cuts,
            rules.words["place_name_abbreviations"],
            self.unlisted.extra.facility_words | self.unlisted.org_words | self.unlisted.landmarks,  # (fix130)
        )
        self.kin_groups = kin_group_pattern(rules.words["kin_group_nouns"])  # (ev72) "the Dinga clan"
        self.ner_words = NerPlaceWords.of(rules.words)  # (ev77) "killed at Nyabisawa"

    def _country_agent(self, ent) -> bool:
        """ "The United States condemns": a country acting as its government is both an actor and a place mention."""
        if not ent.ent_id_.startswith("Government of"):
            return False
        cands = self.gaz.lookup(ent.text)
        return bool(cands) and cands[0].feature == "country"

    def _found(self, text: str, seqs: list[re.Match]) -> list[tuple[int, int, str, bool]]:
        """Known place names among the capitalised sequences (`seqs`: `NameSequences.scan` of `text`), longest first,
        left to right: (start, end, name, whole), `whole` when the name is the whole sequence (after a sentence-initial
        preposition)."""
        found = []
        for m in seqs:
            toks = list(TOKEN_RE.finditer(m.group(0)))
            lead_of_seq = (toks[0].group(0).islower() or toks[0].group(0) in self.lead_words) and len(toks) > 1
            i = 0
            while i < len(toks):
                hit = None
                for j in range(min(len(toks), i + 5), i, -1):
                    s, e = m.start() + toks[i].start(), m.start() + toks[j - 1].end()
                    frag = text[s:e].strip(".,;:'’")
                    if frag.endswith(("'s", "’s")):
                        frag = frag[:-2]
                    e = s + len(frag)
                    if not frag or not (frag[0].isupper() or frag.lower().startswith(ARTICLE_LEAD)):
                        continue
                    if _splits_a_name(toks, i, j, lead_of_seq, self.name_particles):
                        continue  # (ev22) "Souq al-Juma", "Bir al-Juma": not "Juma" (Yuma) nor "Bir" by itself
                    if self.gaz.lookup(frag):
                        # "of Khan Sheikhoun"; a sentence-initial preposition is no part of the name ("In Sinjar, ...")
                        lead = (
                            1
                            if (toks[0].group(0).islower() or toks[0].group(0) in self.lead_words) and len(toks) > 1
                            else 0
                        )
                        hit = (s, e, frag, (i <= lead and j == len(toks)))
                        break
                if (
                    hit
                    and not hit[3]
                    and not POSSESSIVE_RE.search(m.group(0))
                    and self.unlisted.cued_sequence(
                        text, m.start() + next((t.start() for t in toks if t.group(0)[0].isupper()), 0), m.end()
                    )
                ):
                    hit = None  # "Lat Pan Hla village": the whole sequence is the (unlisted) place, not "Pan"
                    i = len(toks)
                    continue
                if hit and self._name_part(text, hit, m.end()):
                    i = j  # (ev40) "the Caño Limón pipeline": "Limón" is part of the pipeline's name, no place
                    continue
                if hit and self._inner_name(text, hit, m.group(0), toks, i, j, int(lead_of_seq)):
                    i = j  # (ev89) "The Special Mobile Force", "the singer Kaya": no place
                    continue
                if hit:
                    found.append(hit)
                    i = j
                    if (fm := self.doc_country.feature_word(text, hit[1], self.gaz.lookup(hit[2]))) is not None:
                        while i < len(toks) and m.start() + toks[i].start() < fm:
                            i += 1  # (fix90) "the Niger Delta": the feature word after a country is no place
                else:
                    # (ev43) X-Y road, (fix50) a front's X-Y axis
                    found.extend(road_pair(self.gaz, self.road_pair_nouns, text, m, toks[i], self.road_front))
                    i += 1
        return found

    def _not_kin(self, text: str, found: list) -> tuple[list, list, list]:
        """(ev72) The found names less those the text calls a clan or a tribe ("the Dinga and Kiaku clans", "a Dinga
        man"), unless a locative cue puts that mention in a place ("in Afar", place_cues.json `known_place_before`):
        they neither vote for a country nor place an event; (fix77) the vetoed mentions outside the kin phrases
        themselves ("attacked Beledweyne" beside "Beledweyne clan militias"), which `_kin_at_home` may give back; and
        (fix80) the mentions inside them, which `_kin_voters` may let vote."""
        kin, spans = kin_group_names(self.kin_groups, text)
        if not kin:
            return found, [], []
        cue = self.unlisted.extra.known_before
        starts = [ks for ks, _ in spans]  # (fix80) kin phrases do not overlap: bisect their starts
        kept: list = []
        vetoed: list = []
        inside: list = []
        for h in found:
            if h[2] not in kin or (cue is not None and cue.search(text[max(0, h[0] - 45) : h[0]])):
                kept.append(h)
                continue
            i = bisect_right(starts, h[0])
            (inside if i and h[0] < spans[i - 1][1] else vetoed).append(h)
        return kept, vetoed, inside

    def _leaders(self, found: list) -> dict[str, float]:
        """(fix80) The countries most of the found names may be in (a gazetteer candidate there), each weighted 1."""
        shares = Counter(c for n in {h[2] for h in found} for c in {p.country for p in self.gaz.lookup(n)})
        top = max(shares.values(), default=0)
        return {c: 1.0 for c, n in shares.items() if n == top}

    def _in_leaders(self, name: str, leaders: dict) -> bool:
        place = self.gaz.resolve(name, leaders)
        return place is not None and place.country in leaders

    def _kin_voters(self, found: list, kin: list) -> list:
        """(fix80) The names that vote for the story's country: the found ones, and a clan's or tribe's name inside its
        phrase (`kin`, one mention a name) that resolves in a country most of the other names may be in (`_leaders`):
        it breaks their tie ("Wabag tribes" in a story naming only Mendi, Papua New Guinea's or Ethiopia's) but never
        outvotes them (Moga, India, beside Mendi and Tari, both Papuan towns) nor decides alone."""
        kin = list({h[2]: h for h in reversed(kin)}.values())  # one mention a name (the first)
        leaders = self._leaders(found) if kin else {}
        home = [h for h in kin if self._in_leaders(h[2], leaders)] if leaders else []
        return sorted(found + home, key=lambda h: h[0]) if home else found

    def _kin_at_home(self, found: list, vetoed: list, context: dict, main_iso2: str | None) -> list:
        """(fix77) A clan's or tribe's name that is also a place of the story's country (the context read without the
        kin names: "Beledweyne clan militias" in a Somali story, "Marib tribes" in a Yemeni one) stays that place
        where the text names it outside the kin phrase; a homonym abroad (Moga, India, in a Papuan story) does not;
        (fix80) with no country, such a mention stays when the story names no other place ("attacked Wabag ...
        Wabag clan leaders") or it resolves where most other names may be (`_leaders`: Moga beside Punjab)."""
        if main_iso2 is None:
            leaders = self._leaders(found)
            back = [h for h in vetoed if not leaders or self._in_leaders(h[2], leaders)]
        else:
            back = [h for h in vetoed if (p := self.gaz.resolve(h[2], context)) is not None and p.country == main_iso2]
        return sorted(found + back, key=lambda h: h[0]) if back else found

    def _name_part(self, text: str, hit: tuple, seq_end: int) -> bool:
        """(ev40) A known name inside a longer capitalised name that a `name_part_nouns` noun follows ("the Caño Limón
        pipeline", "the Naung Yar ward") is part of that name, no place of its own ("Kabul's" before it stays). (A town
        before "community" / "herders" stays a place: "the Kano community centre", "Kano herders"; review14c.)"""
        if hit[3] or text[hit[1] : hit[1] + 2] in ("'s", "’s"):
            return False
        m = NAME_PART_AFTER.match(text[seq_end : seq_end + 30])
        return m is not None and m.group(1).lower() in self.name_part_nouns

    def _inner_name(self, text: str, hit: tuple, seq: str, toks: list, i: int, j: int, lead: int) -> bool:
        """(ev89) A known name in the middle of an organisation's name ("The Special Mobile Force") or after a
        profession noun or a person's title ("the singer Kaya"): no place and no vote for the document's country."""
        if self.inner_names.after_person_noun(text, hit[0]) or self.inner_names.after_street_word(text, hit[0]):
            return True  # (fix109) "Place de l'Étoile": a street's name
        if any(c.feature == "country" for c in self.gaz.lookup(hit[2])):
            return False  # (review25g) "the Royal Malaysia Police": a country inside a force's name still names it
        return self.inner_names.inside_org(seq, toks, i, j, lead)

    def _of_settlement(self, text: str, s: int) -> bool:
        """(ev57) "the village of X": the name follows a settlement noun (wordlists.json `settlement_of_before`)."""
        return self.settlement_of is not None and self.settlement_of.search(text[max(0, s - 40) : s]) is not None

    def _homonym_abroad(self, text: str, s: int, e: int, place, anchor, raw: dict, own: dict, context: dict) -> bool:
        """A name the sentence marks as a place whose gazetteer place is a homonym abroad (`abroad_cued`; `raw`: the
        country votes, `own`: each name's own): after a settlement noun ("the village of Banda", ev57), or (ev68)
        before a place noun ("into the Mau forest", "the Mau district") in a story that names the homonym's country
        nowhere, even by the name itself (Mau in India, in a Kenyan story; not Marsabit in a Kenyan story), and (fix71)
        far from the story's country (`_far_abroad`)."""
        frag = text[s:e]
        ctx = context_without(raw, own, frag)
        if not abroad_cued(place, anchor, ctx):
            return False
        if self._of_settlement(text, s):
            return True
        unnamed = ctx.get(place.country, 0.0) == 0.0 and context.get(place.country, 0.0) == 0.0
        return (
            unnamed and self._far_abroad(place, context) and self.unlisted.cue_after.match(text[e : e + 90]) is not None
        )

    def _far_from_beside(self, text: str, s: int, e: int, place, context: dict) -> bool:
        """(fix77) The place a rule with `beside_max_km` cues ("at X in Y") lies farther than that from the known place
        Y beside it: a homonym, not the spot in Y; (fix80) a province or region Y ("at Sabon Gari in Borno") wants the
        place in that first-level unit instead."""
        beside = self.unlisted.beside(text, s, e, context)
        if beside is None:
            return False
        max_km, near = beside
        if near.feature in ("province", "region") and near.admin1 and place.admin1:
            return near.country != place.country or gazmod.norm(near.admin1) != gazmod.norm(place.admin1)
        return gazmod.km((place.lat, place.lon), (near.lat, near.lon)) > max_km

    def _far_abroad(self, place, context: dict) -> bool:
        """(fix71) The homonym lies at least `homonym_min_km` (place_cues.json `homonym_abroad`) from the point of the
        story's country: Mau (India) in a Kenyan story, not Maroua (Cameroon) in a Nigerian one."""
        home = self.gaz.country_place(max(context, key=context.__getitem__)) if context else None
        return home is None or gazmod.km((place.lat, place.lon), (home.lat, home.lon)) >= self.homonym_min_km

    def _place(
        self, text: str, s: int, e: int, frag: str, whole: bool, context: dict, lower_words: set, cued: bool = False
    ):
        """The place a found name stands for here, or None for a false friend (a name the sentence marks as a place,
        `cued`, is kept)."""
        if TITLES.search(text[max(0, s - 20) : s]):
            return None
        place = self._in_story(frag, self.gaz.resolve(frag, context), context)
        if place is None:
            return None
        if org_with_acronym(text, s, e) or (
            frag.isupper() and len(frag) <= 6 and text[s - 1 : s] == "(" and text[e : e + 1] == ")"
        ):
            return None  # "the Barisan Revolusi Nasional (BRN)": an organisation and its acronym
        if place.feature == "country" and (_attributive(text, s, e) or self.doc_country.names_feature(text, e, True)):
            return None  # "a New Zealand pilot": the country's adjective; (ev83) "the Senegal river": a river's name
        rm = ADMIN_AFTER.match(text[e : e + 60])
        if rm and place.feature != "country":
            # "Stanislav, Kherson region": the candidate in that region, not the homonym elsewhere (Ivano-Frankivsk)
            key = gazmod.norm(rm.group(1))
            inside = [c for c in self.gaz.lookup(frag) if c.admin1 and key in gazmod.norm(c.admin1)]
            if inside and place not in inside:
                place = max(inside, key=lambda c: (c.curated, c.population))
        if cued:
            return place
        if not whole and not (place.curated or place.feature == "country" or place.population >= 50000):
            return None  # a fragment of a longer capitalised name ("Khalid bin al-Walid mosque")
        if not place.curated and place.feature != "country":
            in_story = self.doc_country.in_story(place, frag, context)
            exact_name = gazmod.norm(place.name) == gazmod.norm(frag) or gazmod.strip_article(
                gazmod.norm(place.name)
            ) == gazmod.strip_article(gazmod.norm(frag))
            if not in_story and (
                place.population < 100000 or not exact_name or opens_a_name(text, e, whole, self.facility_nouns)
            ):
                # places far from the story are almost always false friends ("Early", "Federal"), and the head of a
                # longer name even when large (ev68: "Ann Chepkorir" is a person, not Ann in Myanmar; "the Gulf of
                # Aden" keeps Aden)
                return None
            if in_story and not exact_name and place.population < 1000:
                return None  # an alternate spelling of a hamlet ("Air" -> "Air Khās")
            if " " not in frag and place.population < 20000 and frag.lower() in lower_words:
                return None  # a capitalised ordinary word that the text also uses in lower case
        return place

    def _note_triggers(self, doc: Doc) -> None:
        """The triggers' bounds the unlisted places' cues read (the trigger spans built once: a SpanGroup builds a new
        Span on every read)."""
        trig = [(t.start_char, t.end_char) for t in doc.spans.get("triggers", [])]
        self.unlisted.after_trigger = {e + 1 for _, e in trig}
        self.unlisted.trigger_ends = sorted(e for _, e in trig)
        self.unlisted.trigger_starts = sorted(s for s, _ in trig)

    def __call__(self, doc: Doc) -> Doc:
        self.ensure()
        text = doc_text(doc)
        lower_words = set(re.findall(r"(?<![\w’'-])[a-z][a-z]+", text))
        actors = sorted(
            (e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ == "ACTOR" and not self._country_agent(e)
        )
        actor_starts = [a[0] for a in actors]
        dm = DATELINE.match(text) or AGENCY_DATELINE.match(text)
        labels, self.label_places = self.speakers.find(text, dm.span("dl") if dm else None)

        def in_actor(s: int, e: int) -> bool:
            if any(ls < e and s < le for ls, le in labels):
                return True  # (ev31) "CALLER (GARU):", "CORRESPONDENT (Belize, J.P.):": a speaker's label, no place
            i = bisect_left(actor_starts, e)  # actors do not overlap: only the one starting last before e can
            return bool(i) and actors[i - 1][1] > s

        self._note_triggers(doc)
        seqs = self.seqs.scan(text, in_actor, self.gaz)  # scanned once for _found and _unlisted
        found, kin_vetoed, kin_inside = self._not_kin(text, self._found(text, seqs))
        dl_start, dl_end = _dateline_bounds(text, dm)
        issue = self.issue_dateline(doc, text, found, dl_end)  # (ev101) "SAN JOSE, Costa Rica —" over another's body
        voters = self._kin_voters([h for h in found if not issue or h[0] >= dl_end], kin_inside)
        voters = [h for h in voters if not self.demonym_word(text, h[0], h[1])]  # (fix136) "Chadian herders"
        context, raw, own = self._context(doc, text, voters, dl_end, issue[1] if issue else None)
        doc._.country_context = context
        doc._.dateline_place = None
        persons = self.unlisted.persons(text)
        main_iso2 = max(context, key=context.__getitem__) if context else None
        found = self._kin_at_home(found, kin_vetoed, context, main_iso2)
        known = []
        for s, e, frag, whole in found:
            if in_actor(s, e):
                continue
            cue, anchor, _, _ = self.unlisted.cue(text, s, e, context)
            if frag in persons and cue is None:
                continue  # "Press Secretary Peter Cook ... Cook said": a person
            place = self._place(text, s, e, frag, whole, context, lower_words)
            if cue is not None and (
                place is None or self._homonym_abroad(text, s, e, place, anchor, raw, own, context)
            ):
                # the sentence says it is a place ("near Al Huwayjah"): the filters against false friends give way, unless
                # it is a homonym far from the story (kept below as unlisted; ev57: "the village of Banda, north of Ango")
                place = self._place(text, s, e, frag, whole, context, lower_words, cued=True)
                if place is not None and (
                    abroad_cued(place, anchor, context_without(raw, own, frag), needs_context=False)
                    or (cue == "home" and self._abroad_of_home(place, main_iso2, doc))
                ):
                    place = None
            if place is not None and cue is not None and self._far_from_beside(text, s, e, place, context):
                place = None  # (fix77) "at Sabon Gari in Zaria": not a Sabon Gari 300 km away (kept below as unlisted)
            if place is None:
                continue
            if dl_start <= s < dl_end:
                if doc._.dateline_place is None and issue is None:
                    doc._.dateline_place = place
                continue  # the dateline: an article-level prior, not an event location
            unit = REGION_WORDS.match(text[e : e + 20]) or REGION_OF_BEFORE.search(text[max(0, s - 30) : s])
            if unit is None and self.unit_after is not None and self.unit_of_before is not None:  # (ev24) the unit
                unit = self.unit_after.match(text[e : e + 30]) or self.unit_of_before.search(text[max(0, s - 40) : s])
            known.append((s, e, place, unit is not None))
        dl_place = doc._.dateline_place
        self.unlisted.home_iso2 = main_iso2 or (dl_place.country if dl_place is not None else None)
        self.unlisted.home_place = dl_place
        self.unlisted.known_spans = sorted((s, e) for s, e, p, _ in known if p.feature != "country")  # (ev83)
        known += self._unlisted(text, known, in_actor, persons, context, main_iso2, max(dl_end, 0), seqs)
        self.unlisted.known_spans = []
        known += self._ner_places(doc, text, known, in_actor, persons, context, main_iso2)
        known += self._capitals(text, known, main_iso2) if "capital" in text else []
        doc.spans["places"] = _place_spans(doc, known)
        doc.spans["nested_places"] = self._nested(doc, text)
        return doc

    def _ner_places(self, doc: Doc, text: str, known: list, in_actor, persons: set, context: dict, main_iso2) -> list:
        """(ev77) A trained pipeline's place entities the gazetteer lacks, in an event's sentence (ner_places.py), kept
        as unlisted places; the blank pipeline has no parse and no such entities: none."""
        taken = sorted((k[0], k[1]) for k in known)
        free = free_span([a for a, _ in taken], [b for _, b in taken], in_actor)
        spans = ner_place_names(
            doc,
            doc_ents(doc),
            self.gaz,
            self.ner_words,
            (self.unlisted.trigger_starts, self.unlisted.trigger_ends),
            free,
            lambda name: self.unlisted.valid(name, persons),
        )
        if not spans:
            return []
        anchors = self.unlisted.anchors(text, [(s, e, p) for s, e, p, _ in known], context)
        out = []
        for s, e in spans:
            place = self.unlisted.place(text, s, e, "village", None, anchors, context, main_iso2)
            if place is not None:
                out.append((s, e, place, False))
        return out

    def _capitals(self, text: str, known: list, main_iso2) -> list:
        """ "In the capital, police ...", "the Libyan capital's Souq al-Juma district": the capital of the country the
        adjective names, else of the story's country (not "the capital of X", where X is named)."""
        out = []
        taken = sorted((k[0], k[1]) for k in known)
        ends = [b for _, b in taken]
        starts = [a for a, _ in taken]
        for m in CAPITAL_RE.finditer(text):
            adj = m.group("adj") or m.group("adj3")
            iso3 = self.adjective_iso3.get(adj) if adj else self.gaz.iso3(main_iso2)
            name = self.capitals.get(iso3 or "")
            g = next(x for x in ("cap1", "cap2", "cap3") if m.group(x))
            s, e = m.start(g), m.end(g)
            k = bisect_left(starts, e)  # spans starting before e; places do not overlap, so only the last can
            if name is None or (k and ends[k - 1] > s):
                continue
            iso2 = self.gaz.iso3_to_iso2.get(iso3 or "")
            place = self.gaz.resolve(name, {iso2: 1.0} if iso2 else {})
            if place is not None and place.country == iso2:
                out.append((s, e, place, False))
        return out

    def _nested(self, doc: Doc, text: str) -> list:
        """Countries named inside an actor's name ("the Government of Iraq", "the people of Syria"): place mentions
        too, though no event is placed by them."""
        out = []
        for ent in doc_ents(doc):
            m = NESTED_COUNTRY.search(ent.text) if ent.label_ == "ACTOR" else None
            cands = self.gaz.lookup(m.group(1)) if m else None
            if m is not None and cands and cands[0].feature == "country":
                span = doc.char_span(
                    ent.start_char + m.start(1), ent.start_char + m.end(1), label="PLACE", alignment_mode="expand"
                )
                if span is not None:
                    span._.place = (cands[0], False)
                    out.append(span)
        return out

    def _unlisted(
        self, text: str, known: list, in_actor, persons: set, context: dict, main_iso2, start: int, seqs: list
    ) -> list:
        """Names the gazetteer lacks (or its filters dropped) that the sentence marks as places; their other mentions in
        the article; a region that locates one of them ("Cibolo, Texas"). `seqs`: the scanned sequences from the text's
        start; those from `start` on are the scan from `start` unless one of them runs across it."""
        taken = sorted((s, e) for s, e, *_ in known)
        starts, ends = [t[0] for t in taken], [t[1] for t in taken]
        free = free_span(starts, ends, in_actor)

        def taken_add(s: int, e: int) -> None:
            i = bisect_left(starts, s)
            starts.insert(i, s)
            ends.insert(i, e)

        anchors = self.unlisted.anchors(text, [(s, e, p) for s, e, p, _ in known], context)
        names, titled_only = [], set()
        across = any(m.start() < start < m.end() for m in seqs)
        for m in self.seqs.scan(text, in_actor, self.gaz, start) if across else (m for m in seqs if m.start() >= start):
            s, e = self.unlisted.strip_lead(text, m.start(), m.end())
            e = self.unlisted.strip_cue(text, s, e)  # "Rathedaung Township": the cue word is no part of the name
            if not free(s, e):
                continue
            if self.unlisted.valid(text[s:e], persons) or (s, e) in self.label_places:
                titled = False
            elif self.unlisted.titled(text, s, e):  # (ev78) "Sheikh Zuweid": a place only with a structural cue (below)
                titled = True
            else:
                continue
            if org_with_acronym(text, s, e):
                continue  # (ev83) tested last: only on the valid names (the same names kept, fewer scans)
            names.append((s, e))
            if titled:
                titled_only.add((s, e))

        out: list[tuple[int, int, gazmod.Place, bool]] = []
        accepted: dict[str, gazmod.Place] = {}
        bare: list[tuple[int, int]] = []
        for s, e in names:
            if not free(s, e):
                continue  # became the anchor of an earlier name
            cue, anchor, aspan, source = self.unlisted.cue(text, s, e, context)
            if (s, e) in titled_only and source not in self.unlisted.titled_sources:
                cue = None  # (fix84) "opened fire at Sheikh Ali on Friday": the dated "at X" names a person as well
            if cue is None:
                bare.append((s, e))
                continue
            place = self.unlisted.place(text, s, e, cue, anchor, anchors, context, main_iso2, source)
            if place is None:
                continue
            out.append((s, e, place, cue in self.region_event_cues))
            accepted.setdefault(text[s:e], place)
            if (
                aspan and anchor is not None and free(*aspan)
            ):  # (an anchor's span comes with the anchor) the place that locates it is a place too ("Cibolo, Texas")
                region = anchor.feature in ("province", "region")
                named = (
                    self.regions.named(anchor, text[aspan[0] : aspan[1]])
                    if anchor.geonameid is None and not anchor.curated
                    else anchor
                )
                out.append((aspan[0], aspan[1], named, region))
                taken_add(*aspan)
        out += [(s, e, accepted[text[s:e]], False) for s, e in bare if text[s:e] in accepted]
        return out
