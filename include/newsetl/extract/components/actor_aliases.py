"""Alias setup of `newsetl_actors` (`components/actors.py`): the phrase matchers of actor aliases and the word sets,
country forms and guards that the actor matching reads, plus the choice among overlapping alias matches."""

from __future__ import annotations

from collections import defaultdict

from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from ..rules import Rules
from ..token_index import hashes
from .base import RuleComponent
from .unlisted_actors import UnlistedActors


def _leftmost_longest(spans: list, weak: set, articles: frozenset) -> list:
    """Non-overlapping spans, longest first (spaCy's filter_spans); but of two aliases that overlap in part, the one
    that begins the phrase with its own word names it ("Pakistani Taliban" in "Pakistani Taliban suicide bomber", not
    "Taliban suicide bomber"; "the Coalition" does not cut "Coalition of Patriots for Change"). Generic and civilian
    aliases (`weak`: "local people") never cut a name ("the local People's Defence Force"), nor does an alias opened
    by an article (`articles`, wordlists.json `alias_cut_articles`: "the", "a", "an")."""
    chosen = filter_spans(spans)
    if len(chosen) == len(spans):
        return chosen
    at = {i: b for b in chosen for i in range(b.start, b.end)}  # token -> chosen span covering it
    keep = {id(b): b for b in chosen}
    for a in spans:
        if id(a) in keep or a[0].lower_ in articles or a.id_ in weak:
            continue
        hit = {id(at[i]): at[i] for i in range(a.start, a.end) if i in at}
        if len(hit) == 1:
            b = next(iter(hit.values()))
            if id(b) in keep and a.start < b.start < a.end < b.end:
                del keep[id(b)]
                keep[id(a)] = a
                for i in range(b.start, b.end):
                    at.pop(i, None)
                for i in range(a.start, a.end):
                    at[i] = a
    return sorted(keep.values(), key=lambda sp: sp.start)


def _covered(spans: list) -> set[int]:
    """The token indices the spans cover."""
    return {i for sp in spans for i in range(sp.start, sp.end)}


class ActorAliases(RuleComponent):
    """The aliases and word sets of the actor matcher, built once from the rules (`setup`)."""

    FILES = ("actors.jsonl", "lexicon.json", "wordlists.json")

    def setup(self, rules: Rules) -> None:
        super().setup(rules)
        nlp = self.nlp
        self.ci = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.cs = PhraseMatcher(nlp.vocab, attr="ORTH")
        # aliases as written: lower-casing first would change the tokens of "U.S. Central Command" ("u.s." splits);
        # each with an apostrophe also in its typographic form ("Da’esh")
        for canonical, aliases in rules.alias_forms.items():
            unique = dict.fromkeys(aliases + [a.replace("'", "’") for a in aliases if "'" in a])
            self.ci.add(canonical, [nlp.make_doc(a) for a in unique])
        by_name: dict[str, list[str]] = defaultdict(list)
        for alias, canonical in rules.case_aliases.items():
            by_name[canonical].append(alias)
        for canonical, aliases in by_name.items():
            self.cs.add(canonical, [nlp.make_doc(a) for a in aliases])
        self.generic_ids = {name for name, a in rules.actors.items() if a.generic}
        self.gov_modifiers = rules.wordset("government_modifier_after")
        names = rules.country_names
        self.adj_military, self.adj_government = {}, {}
        for adj, iso3 in rules.lexicon.get("country_adjectives", {}).items():
            mil = f"Military Forces of {names.get(iso3, '')}" if iso3 else None
            if mil in rules.actors and adj[:1].isupper() and " " not in adj:
                self.adj_military[adj] = mil
            gov = f"Government of {names.get(iso3, '')}" if iso3 else None
            if gov in rules.actors and adj[:1].isupper() and " " not in adj:
                self.adj_government[adj] = gov
        self.country_nouns: set[str] = set()  # "the Azerbaijan Army": a country's name before a capitalised head only
        for cname in names.values():  # (not "the Dayr az Zawr, Syria airstrike")
            mil = f"Military Forces of {cname}"
            if mil in rules.actors and " " not in cname and cname[:1].isupper() and cname not in self.adj_military:
                self.adj_military[cname] = mil
                self.country_nouns.add(cname)
        self.title_heads = rules.wordset("force_heads_titlecase")  # "Azerbaijan Army", "Armenian Armed Forces"
        self.own_force_heads = rules.wordset("own_force_heads")  # "its forces", "their troops"
        self.own_force_hashes = hashes(self.own_force_heads)  # their LOWER hashes (token_index.py)
        self.claim_verbs = rules.wordset("group_claim_verbs")  # "X said that its fighters" (data since ev31)
        # hashes of those adjectives: _adjective_forces looks only at the tokens spelled so (not at every token)
        self.adj_military_ids = frozenset(nlp.vocab.strings.add(a) for a in self.adj_military)  # ORTH hashes
        # acronyms the dictionary already knows (for article-defined acronyms, see _acronyms)
        self.group_words = rules.wordset("group_anaphora_nouns")  # "members of the group"
        self.group_word_hashes = hashes(self.group_words)
        self.nonstate = {
            name
            for name, a in rules.actors.items()
            if not a.generic and a.actor_type in ("Rebel group", "Political militia", "Identity militia")
        }
        self.dict_acronym = dict(rules.case_aliases)
        self.actor_country = {name: a.country for name, a in rules.actors.items()}
        self.group_nouns = rules.wordset("group_nouns")
        self.member_heads = rules.wordset("group_member_heads")  # "a suspected bomb maker of the group"
        self.group_heads = self.group_nouns | self.member_heads  # heads of "X of the group"
        self.group_head_hashes = hashes(self.group_heads)
        self.force_heads = rules.wordset("force_heads")
        self.force_modifiers = rules.wordset("force_modifiers")
        self.government_titles = [tuple(t.split()) for t in rules.words["government_titles"]]
        # country names, for countries that act ("The United States strongly condemns"): their governments
        self.countries = PhraseMatcher(nlp.vocab, attr="ORTH")
        for iso3, cname in names.items():
            gov = f"Government of {cname}"
            forms = [cname[4:] if cname.startswith("the ") else cname]
            forms += [
                f
                for f in rules.words["country_short_forms"]
                if rules.lexicon.get("country_adjectives", {}).get(f) == iso3
            ]
            if gov in rules.actors:
                self.countries.add(gov, [nlp.make_doc(f) for f in forms])
        self.agent_verbs = rules.wordset("agent_verbs")
        self.agent_adverbs = rules.wordset("agent_adverbs")
        self.unlisted = UnlistedActors(rules)
        self.unit_heads = rules.wordset("numbered_unit_heads")  # "the 51st Infantry Battalion": a state force's unit
        self.noun_modifiers = rules.wordset("actor_noun_modifiers")  # (ev59) "women" in "women Maoists"
        self.grievance_after = rules.wordset("force_conduct_nouns")  # (ev59) "police response", "police brutality"
        self.unit_ordinals = rules.wordset("unit_ordinal_words")  # (ev59) "the Sixth Brigade": an ordinal in letters
        self.local_before = rules.wordset("local_unit_before_words")  # "local" government area
        self.local_after = rules.wordset("local_unit_after_words")  # local government "area", "council"
        self.initials_skip = rules.wordset("initials_skip_words")  # "the", "of": no initial of a group's name
        self.cut_articles = rules.wordset("alias_cut_articles")  # "the Coalition" cuts no overlapping name
        self._setup_guards(rules)
        self.unit_id = next((n for n, a in rules.actors.items() if a.generic and n.startswith("Military Forces")), None)

    def _setup_guards(self, rules: Rules) -> None:
        """(fix58) The words that keep a numbered unit, a conduct noun and a country's alias from naming a force."""
        self.unit_not_before = rules.wordset("numbered_unit_not_before")  # "a First Division club": sport
        self.conduct_heads = rules.wordset("force_conduct_not_before")  # "a police response team": a unit
        self.ambiguous_countries = rules.wordset("state_alias_ambiguous_countries")  # "Georgia", "Chad"
        self.country_aliases = {  # "chad police" -> ("Police Forces of Chad", "Chad")
            f"{c.removeprefix('the ')} {n}".lower(): (f"{p} {c}", c.removeprefix("the "))
            for c in rules.country_names.values()
            for p, ns in rules.words["state_alias_country_nouns"].items()
            if not p.startswith("_")
            for n in ns
        }
