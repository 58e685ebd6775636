"""The spaCy pipeline: a blank English pipeline (or a trained one when installed) plus registered rule
components whose patterns come from the data files:

- `newsetl_paragraphs`: a blank line always ends a sentence;
- `newsetl_actors` (two PhraseMatchers): actor aliases -> ACTOR entities with the canonical name as `ent_id_`;
- `newsetl_triggers`: PhraseMatcher over the trigger lexicon -> `doc.spans["triggers"]`;
- `newsetl_places`: gazetteer look-up of capitalised name sequences -> `doc.spans["places"]`, ambiguous
  names resolved by the countries the article talks about.
"""
from __future__ import annotations

import logging
import re
from collections import Counter

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from . import gazetteer as gazmod
from .resources import load as load_resources

log = logging.getLogger(__name__)
TRAINED_CANDIDATES = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm")

if not Span.has_extension("place"):
    Span.set_extension("place", default=None)
if not Doc.has_extension("country_context"):
    Doc.set_extension("country_context", default=None)
if not Doc.has_extension("dateline_place"):
    Doc.set_extension("dateline_place", default=None)

CONNECT = r"(?:al|el|ad|ar|as|ash|az|an|at|ed|ez|es|ath|adh|bin|ibn|bani|abu|umm|de|du|des|del|da|das|dos|la|le|of)"
NAME_SEQ = re.compile(
    rf"(?:\b{CONNECT}[-\s])?\b[A-Z][\w'’]*(?:-[\w'’]+)*(?:(?:\s+|[-\s]{CONNECT}[-\s]|\s+{CONNECT}\s+|\s+{CONNECT}-)(?:[A-Z][\w'’]*(?:-[\w'’]+)*))*"
)
REGION_WORDS = re.compile(r"^\s+(province|governorate|region|countryside|state|district|oblast|county|prefecture|department|valley|river)\b", re.I)
DATELINE = re.compile(r"^\s*(?P<dl>[A-Z][A-Z.'’\-]+(?:[ /][A-Z][A-Z.'’\-]+)*(?:,\s*[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+)*)?)\s*(?:\([^)]{1,20}\)\s*)?[—–-]{1,2}\s")
ADMIN_AFTER = re.compile(r",?\s+(?:in\s+)?(?:the\s+)?([A-Z][\w\-'’]+(?:\s+[A-Z][\w\-'’]+)?)\s+(?:region|oblast|province|state|governorate|department|district|county)\b")
LEAD_WORDS = {"In", "On", "At", "Near", "From", "Across", "Outside", "Around", "Inside", "Into", "Towards", "Toward", "Along", "The",
              "Between", "Beyond", "Over", "Through", "Via", "Back", "Elsewhere", "Meanwhile", "Later", "Earlier", "Also"}
TITLES = re.compile(r"(president|minister|gen\.?|general|col\.?|colonel|mr\.?|mrs\.?|ms\.?|dr\.?|sheikh|imam|king|prince|commander|spokesman|leader)\s+$", re.I)


@Language.component("newsetl_paragraphs")
def paragraphs_component(doc: Doc) -> Doc:
    for i, tok in enumerate(doc[:-1]):
        if tok.is_space and "\n" in tok.text:
            doc[i + 1].is_sent_start = True
    return doc


@Language.factory("newsetl_triggers")
def make_triggers(nlp: Language, name: str):
    return TriggerMatcher(nlp)


GAP_WORDS = ["about", "some", "around", "roughly", "approximately", "at", "least", "more", "than", "nearly", "almost", "over", "up", "to",
             "dozens", "hundreds", "scores", "thousands", "of", "several", "many", "numerous", "a", "an", "the", "their", "its", "his",
             "her", "another", "other", "further", "few", "dozen", "hundred", "thousand", "estimated"]
PAST_VERB_TOKEN = re.compile(r"^[a-z]+ed$|^(?:struck|shot|hit|took|overran|blew|fought|burnt|set|stole|beat|seized|razed|tore)$")


class TriggerMatcher:
    """Trigger phrases (PhraseMatcher), plus the same two-word "verb + plural noun" phrases with a quantity in between
    ("burned houses" also matches "burned about 30 houses", "abducted dozens of villagers")."""

    def __init__(self, nlp: Language):
        res = load_resources()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.gapped: dict[str, dict[str, str]] = {}  # verb -> plural noun -> trigger id
        for tid, phrases in res.trigger_phrases.items():
            self.matcher.add(tid, [nlp.make_doc(p) for p in phrases])
            for p in phrases:
                toks = [t.lower_ for t in nlp.make_doc(p)]
                if len(toks) == 2 and PAST_VERB_TOKEN.match(toks[0]) and toks[1].endswith("s") and toks[1].isalpha():
                    self.gapped.setdefault(toks[0], {}).setdefault(toks[1], tid)
        self.gap_words = set(GAP_WORDS)

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, s, e, label=mid) for mid, s, e in self.matcher(doc)]
        n = len(doc)
        for tok in doc:
            nouns = self.gapped.get(tok.lower_)
            if nouns is None:
                continue
            j = tok.i + 1
            while j < n and j - tok.i <= 5 and (doc[j].lower_ in self.gap_words or doc[j].like_num):
                j += 1
            if j > tok.i + 1 and j < n and doc[j].lower_ in nouns:
                spans.append(Span(doc, tok.i, j + 1, label=nouns[doc[j].lower_]))
        doc.spans["triggers"] = spans
        return doc


@Language.factory("newsetl_places", default_config={"cache_dir": ""})
def make_places(nlp: Language, name: str, cache_dir: str):
    return PlaceFinder(cache_dir)


class PlaceFinder:
    def __init__(self, cache_dir: str):
        self.gaz = gazmod.load(cache_dir)
        res = load_resources()
        self.adjectives = {k.lower(): v for k, v in res.lexicon.get("country_adjectives", {}).items() if v}
        self.actor_country = {name: a.country for name, a in res.actors.items() if a.country}

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        lower_words = set(re.findall(r"(?<![\w’'-])[a-z][a-z]+", text))
        actor_chars = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "ACTOR"]
        found: list[tuple[int, int, str, bool]] = []
        for m in NAME_SEQ.finditer(text):
            seq = m.group(0)
            toks = list(re.finditer(r"\S+", seq))
            # longest sub-sequences first, left to right
            i = 0
            while i < len(toks):
                hit = None
                for j in range(min(len(toks), i + 5), i, -1):
                    s, e = m.start() + toks[i].start(), m.start() + toks[j - 1].end()
                    frag = text[s:e].strip(".,;:'’")
                    if frag.endswith(("'s", "’s")):
                        frag = frag[:-2]
                    e = s + len(frag)
                    if not frag or not (frag[0].isupper() or frag.lower().startswith(("al-", "el-", "ad-", "ar-", "as-", "ash-", "az-", "an-", "at-"))):
                        continue
                    if self.gaz.lookup(frag):
                        # "of Khan Sheikhoun"; a sentence-initial preposition is no part of the name ("In Sinjar, ...")
                        lead = 1 if (toks[0].group(0).islower() or toks[0].group(0) in LEAD_WORDS) and len(toks) > 1 else 0
                        hit = (s, e, frag, (i <= lead and j == len(toks)))
                        break
                if hit:
                    found.append(hit)
                    i = j
                else:
                    i += 1
        # country context: country names, adjectives, actor countries
        ctx: Counter = Counter()
        dm = DATELINE.match(text)
        dl_end = dm.end("dl") if dm else -1
        for s, e, frag, whole in found:
            cands = self.gaz.lookup(frag)
            if cands and cands[0].feature == "country":
                ctx[cands[0].country] += 1 if s < dl_end else 2
        for ent in doc.ents:
            iso3 = self.actor_country.get(ent.ent_id_)
            if iso3:
                iso2 = self.gaz.iso3_to_iso2.get(iso3)
                if iso2:
                    ctx[iso2] += 1
        for w in re.findall(r"[A-Z][a-z]+", text):
            iso3 = self.adjectives.get(w.lower())
            if iso3:
                iso2 = self.gaz.iso3_to_iso2.get(iso3)
                if iso2:
                    ctx[iso2] += 1
        total = sum(ctx.values()) or 1
        context = {k: v / total for k, v in ctx.items()}
        doc._.country_context = context
        spans = []
        doc._.dateline_place = None
        for s, e, frag, whole in found:
            if any(s < ae and as_ < e for as_, ae in actor_chars):
                continue
            if TITLES.search(text[max(0, s - 20):s]):
                continue
            place = self.gaz.resolve(frag, context)
            if place is None:
                continue
            rm = ADMIN_AFTER.match(text[e:e + 60])
            if rm and place.feature != "country":
                # "Stanislav, Kherson region": the candidate in that region, not the homonym elsewhere (Ivano-Frankivsk)
                key = gazmod.norm(rm.group(1))
                inside = [c for c in self.gaz.lookup(frag) if c.admin1 and key in gazmod.norm(c.admin1)]
                if inside and place not in inside:
                    place = max(inside, key=lambda c: (c.curated, c.population))
            if not whole and not (place.curated or place.feature == "country" or place.population >= 50000):
                continue  # a fragment of a longer capitalised name ("Khalid bin al-Walid mosque")
            if not place.curated and place.feature != "country":
                in_story = context.get(place.country, 0) >= 0.05 or (not context and place.population >= 20000)
                exact_name = gazmod.norm(place.name) == gazmod.norm(frag) or gazmod.strip_article(gazmod.norm(place.name)) == gazmod.strip_article(gazmod.norm(frag))
                if not in_story and (place.population < 100000 or not exact_name):
                    continue  # places far from the story are almost always false friends ("Early", "Federal")
                if in_story and not exact_name and place.population < 1000:
                    continue  # an alternate spelling of a hamlet ("Air" -> "Air Khās")
                if " " not in frag and place.population < 20000 and frag.lower() in lower_words:
                    continue  # a capitalised ordinary word that the text also uses in lower case
            if s < dl_end:
                if doc._.dateline_place is None:
                    doc._.dateline_place = place
                continue  # the dateline: an article-level prior, not an event location
            span = doc.char_span(s, e, label="PLACE", alignment_mode="expand")
            if span is None:
                continue
            region = REGION_WORDS.match(text[e:e + 20])
            span._.place = (place, bool(region))
            spans.append(span)
        doc.spans["places"] = spans
        return doc


ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z0-9\-]{1,9}$")
GROUP_NOUNS = {"fighters", "militants", "rebels", "gunmen", "militiamen", "militia", "militias", "insurgents", "members", "positions",
               "commanders", "elements", "guerrillas", "cells", "forces", "troops", "soldiers", "units", "jihadists", "combatants",
               "supporters", "activists", "leaders", "operatives", "bases", "camps", "convoy", "patrol", "attackers", "gangs",
               # weapons name their user: "an RSF shell hit", "M23 drones struck"
               "shell", "shells", "drone", "drones", "missile", "missiles", "rocket", "rockets", "mortar", "mortars", "artillery",
               "warplanes", "jets", "gunmen"}


@Language.factory("newsetl_actors")
def make_actors(nlp: Language, name: str):
    return ActorMatcher(nlp)


class ActorMatcher:
    """Actor aliases -> ACTOR entities whose `ent_id_` is the canonical name.

    Two PhraseMatchers (LOWER for ordinary aliases, ORTH for case-sensitive acronyms such as "IS"): an
    EntityRuler would put the case-sensitive aliases into its token Matcher, which profiled at 75% of the
    whole extraction time with ~2,000 patterns. Longest match wins; trained-NER entities that do not
    overlap an actor are kept.
    """

    def __init__(self, nlp: Language):
        from collections import defaultdict

        res = load_resources()
        self.ci = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.cs = PhraseMatcher(nlp.vocab, attr="ORTH")
        for matcher, table in ((self.ci, res.alias_to_actor), (self.cs, res.case_aliases)):
            by_name: dict[str, list[str]] = defaultdict(list)
            for alias, canonical in table.items():
                by_name[canonical].append(alias)
            for canonical, aliases in by_name.items():
                matcher.add(canonical, [nlp.make_doc(a) for a in aliases])
        self.generic_ids = {name for name, a in res.actors.items() if a.generic}
        names = res.lexicon.get("country_names", {})
        self.adj_military = {}
        self.adj_government = {}
        for adj, iso3 in res.lexicon.get("country_adjectives", {}).items():
            mil = f"Military Forces of {names.get(iso3, '')}" if iso3 else None
            if mil in res.actors and adj[:1].isupper() and " " not in adj:
                self.adj_military[adj] = mil
            gov = f"Government of {names.get(iso3, '')}" if iso3 else None
            if gov in res.actors and adj[:1].isupper() and " " not in adj:
                self.adj_government[adj] = gov
        # acronyms the dictionary already knows (for article-defined acronyms, see _acronyms)
        self.dict_acronym = dict(res.case_aliases)
        self.actor_country = {name: a.country for name, a in res.actors.items()}

    def __call__(self, doc: Doc) -> Doc:
        from spacy.util import filter_spans

        spans = [Span(doc, s, e, label="ACTOR", span_id=doc.vocab.strings[mid])
                 for mid, s, e in list(self.ci(doc)) + list(self.cs(doc))]
        ours = self._absorb(doc, self._acronyms(doc, self._adjective_forces(doc, filter_spans(spans))))
        # "Mangu local government area": an administrative unit, not the government
        ours = [sp for sp in ours if not (sp.start > 0 and doc[sp.start - 1].lower_ == "local" and sp.end < len(doc)
                                          and doc[sp.end].lower_ in ("area", "areas", "council", "councils", "chairman"))]
        taken = set()
        for sp in ours:
            taken.update(range(sp.start, sp.end))
        others = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
        doc.ents = sorted(ours + others, key=lambda e: e.start)
        return doc


FORCE_HEADS = {"troops", "soldiers", "forces", "units", "positions", "bomb", "bombs", "missile", "missiles", "rocket", "rockets", "drone",
               "drones", "jet", "jets", "warplane", "warplanes", "aircraft", "helicopter", "helicopters", "gunship", "gunships",
               "shell", "shells", "shelling", "artillery", "airstrike", "airstrikes", "strike", "strikes", "tanks", "warship", "warships",
               "paratroopers", "marines", "commandos", "bombers", "howitzers", "mortars", "munitions", "shells"}
FORCE_MODIFIERS = {"guided", "glide", "cruise", "ballistic", "kamikaze", "attack", "combat", "military", "army", "air", "force", "naval",
                   "fighter", "special", "ground", "assault", "heavy", "precision", "unguided", "aerial", "artillery", "rocket", "missile",
                   "drone", "long-range", "hypersonic", "armoured", "armored", "infantry", "border", "elite"}


GOVERNMENT_TITLES = (("vice", "president"), ("deputy", "prime", "minister"), ("prime", "minister"), ("president",),
                     ("foreign", "minister"), ("defence", "minister"), ("defense", "minister"), ("interior", "minister"),
                     ("secretary", "of", "state"), ("envoy",), ("special", "envoy"), ("ambassador",), ("negotiator",))


def _adjective_forces_impl(self, doc: Doc, ours: list) -> list:
    """A nationality adjective before a force or weapon noun that the dictionary lacks ("a Russian guided bomb", "Malian
    attack drones") names that country's military; before an office ("US Vice President Mike Pence", "Turkish President
    Tayyip Erdogan") that country's government, the title and the name that follows being one mention."""
    if not self.adj_military:
        return ours
    taken = set()
    for sp in ours:
        taken.update(range(sp.start, sp.end))
    new = []
    n = len(doc)
    for tok in doc:
        mil = self.adj_military.get(tok.text)
        if mil is None or tok.i in taken:
            continue
        j = tok.i + 1
        while j < n and j - tok.i <= 3 and j not in taken and doc[j].lower_ in FORCE_MODIFIERS and doc[j].lower_ not in FORCE_HEADS:
            j += 1
        if j < n and j not in taken and doc[j].lower_ in FORCE_HEADS and doc[j].text.islower():
            new.append(Span(doc, tok.i, j + 1, label="ACTOR", span_id=mil))
            continue
        gov = self.adj_government.get(tok.text)
        if gov is None:
            continue
        for title in GOVERNMENT_TITLES:
            k = tok.i + 1 + len(title)
            if k <= n and all(doc[tok.i + 1 + x].lower_ == w and tok.i + 1 + x not in taken for x, w in enumerate(title)):
                # the person's name ("Mike Pence") belongs to the mention
                while k < n and k - tok.i <= len(title) + 4 and k not in taken and doc[k].is_alpha and doc[k].text[:1].isupper():
                    k += 1
                new.append(Span(doc, tok.i, k, label="ACTOR", span_id=gov))
                taken.update(range(tok.i, k))
                break
    return sorted(ours + new, key=lambda sp: sp.start) if new else ours


def _acronyms_impl(self, doc: Doc, ours: list) -> list:
    """Acronyms the article defines: "the Coalition of Patriots for Change (CPC)" makes every later "CPC" that actor,
    overriding the dictionary for this article ("Ambazonia Defence Forces (ADF)" is not the Congolese ADF)."""
    defs: dict[str, str] = {}
    for sp in ours:
        e = sp.end
        if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" and ACRONYM.match(doc[e + 1].text):
            known = self.dict_acronym.get(doc[e + 1].text)
            if known is not None and self.actor_country.get(known) and self.actor_country.get(known) == self.actor_country.get(sp.id_):
                continue  # "Government of National Accord (GNA)": the dictionary's GNA (its forces) is of the same country
            defs.setdefault(doc[e + 1].text, sp.id_)
    if not defs:
        return ours
    new = []
    for tok in doc:
        cid = defs.get(tok.text)
        if cid is not None:
            new.append(Span(doc, tok.i, tok.i + 1, label="ACTOR", span_id=cid))
    cover = set()
    for sp in new:
        cover.add(sp.start)
    kept = []
    for sp in ours:
        inside = [i for i in range(sp.start, sp.end) if i in cover]
        if not inside:
            kept.append(sp)
        elif sp.id_ == defs.get(doc[inside[0]].text):
            kept.append(sp)  # the dictionary already gives the same actor (possibly a longer form)
            for i in inside:
                cover.discard(i)
    new = [sp for sp in new if sp.start in cover]
    return sorted(kept + new, key=lambda sp: sp.start)


def _absorb_impl(self, doc: Doc, ours: list) -> list:
    """A specific actor directly followed by a group noun or a generic actor ("CPC fighters", "JNIM gunmen") is one mention."""
    out = []
    i = 0
    while i < len(ours):
        sp = ours[i]
        if sp.id_ not in self.generic_ids:
            nxt = ours[i + 1] if i + 1 < len(ours) else None
            if nxt is not None and nxt.start == sp.end and nxt.id_ in self.generic_ids and nxt.end - nxt.start <= 2:
                out.append(Span(doc, sp.start, nxt.end, label="ACTOR", span_id=sp.id_))
                i += 2
                continue
            if sp.end < len(doc) and doc[sp.end].lower_ in GROUP_NOUNS and (nxt is None or nxt.start > sp.end):
                out.append(Span(doc, sp.start, sp.end + 1, label="ACTOR", span_id=sp.id_))
                i += 1
                continue
            if sp.end + 1 < len(doc) and doc[sp.end].lower_ in ("'s", "’s") and doc[sp.end + 1].lower_ in GROUP_NOUNS \
                    and (nxt is None or nxt.start > sp.end + 1 or nxt.id_ in self.generic_ids):
                end = max(sp.end + 2, nxt.end if nxt is not None and nxt.start == sp.end + 1 else 0)
                out.append(Span(doc, sp.start, end, label="ACTOR", span_id=sp.id_))  # "Haftar's forces"
                i += 2 if nxt is not None and nxt.start == sp.end + 1 else 1
                continue
        out.append(sp)
        i += 1
    return out


ActorMatcher._acronyms = _acronyms_impl
ActorMatcher._adjective_forces = _adjective_forces_impl
ActorMatcher._absorb = _absorb_impl


def build_nlp(model: str = "auto", cache_dir: str = ""):
    """Blank English + rules, or a trained pipeline when `model` names one (or 'auto' finds one)."""
    import spacy

    nlp = None
    names = TRAINED_CANDIDATES if model == "auto" else (() if model == "blank" else (model,))
    for name in names:
        try:
            nlp = spacy.load(name, exclude=["lemmatizer"])
            log.info("spaCy: using trained pipeline %s", name)
            break
        except OSError:
            if model not in ("auto", "blank"):
                raise
    if nlp is None:
        nlp = spacy.blank("en")
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    # sentence starts must be set before a parser runs (E043); the parser respects them
    nlp.add_pipe("newsetl_paragraphs", first=True)
    nlp.add_pipe("newsetl_actors", after="ner" if "ner" in nlp.pipe_names else None)
    nlp.add_pipe("newsetl_triggers")
    nlp.add_pipe("newsetl_places", config={"cache_dir": cache_dir})
    return nlp
