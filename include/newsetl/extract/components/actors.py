"""`newsetl_actors`: actor aliases -> ACTOR entities whose `ent_id_` is the canonical name (actors.jsonl), plus
nationality forces and offices, article-defined acronyms and group nouns absorbed into the actor before them
(word lists in wordlists.json, country vocabularies in lexicon.json)."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..dates import MONTHS, WEEKDAYS
from ..rules import ACRONYM
from ..text_cache import doc_text, set_ents
from ..token_index import hashes, lower_of, orth_of, positions
from .actor_aliases import ActorAliases, _covered, _leftmost_longest

DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)  # (fix61) a date word before '<Country> police' is no name part

_ITS_THEIR = hashes(("its", "their"))
ORDINAL = re.compile(r"^\d{1,4}(?:st|nd|rd|th)$")
ORDINAL_IN_TEXT = re.compile(r"\d(?:st|nd|rd|th)\s+[A-Z]")


BACKER_AFTER = re.compile(r"-(?:affiliated|linked|backed|allied|aligned|supported|sponsored)\s+(?:the\s+)?$")


# "a former army officer", "a retired police officer": a civilian now, not the force
FORMER_BEFORE = re.compile(r"\b(?:former|retired|ex-)\s*$", re.I)


def _drop_former(doc: Doc, ours: list, generic: set) -> list:
    """ "a former army officer", "a retired police officer": a civilian now, not the force (generic state actors)."""
    text = doc_text(doc)
    return [
        sp
        for sp in ours
        if not (sp.id_ in generic and FORMER_BEFORE.search(text, max(0, sp.start_char - 12), sp.start_char))
    ]


def _drop_backers(doc: Doc, ours: list, generic: set) -> list:
    """ "the SDF-affiliated Asayish", "Iran-backed Houthis": the actor before "-backed" qualifies the named actor after
    it and is no mention of its own ("Islamic State-linked insurgents" stay the Islamic State's)."""
    text = doc_text(doc)
    if "-" not in text:
        return ours
    drop = {
        id(sp)
        for sp, nxt in zip(ours, ours[1:])
        if nxt.start_char - sp.end_char <= 16
        and nxt.id_ not in generic
        and BACKER_AFTER.match(text[sp.end_char : nxt.start_char])
    }
    return [sp for sp in ours if id(sp) not in drop] if drop else ours


@Language.factory(
    "newsetl_actors", assigns=["doc.ents"], requires=["token.is_sent_start"], default_config={"data_dir": None}
)
def make_actors(nlp: Language, name: str, data_dir: str | None):
    return ActorMatcher(nlp, name, data_dir)


class ActorMatcher(ActorAliases):
    """Actor aliases -> ACTOR entities whose `ent_id_` is the canonical name.

    Two PhraseMatchers (LOWER for ordinary aliases, ORTH for case-sensitive acronyms such as "IS"): an
    EntityRuler would put the case-sensitive aliases into its token Matcher, which profiled at 75% of the
    whole extraction time with ~2,000 patterns. Longest match wins; trained-NER entities that do not
    overlap an actor are kept.
    """

    def __call__(self, doc: Doc) -> Doc:
        self.ensure()
        spans = [
            Span(doc, s, e, label="ACTOR", span_id=doc.vocab.strings[mid])
            for mid, s, e in list(self.ci(doc)) + list(self.cs(doc))
        ]
        spans = [sp for sp in spans if not self._country_alias_inside(doc, sp)]
        ours = self.unlisted.longer_names(
            doc, self._adjective_forces(doc, _leftmost_longest(spans, self.unlisted.soft_ids, self.cut_articles))
        )
        ours = self._absorb(doc, self._acronyms(doc, ours))
        ours = self._country_agents(doc, ours)
        ours = self._own_forces(doc, ours)
        ours = self._coordinated_adjectives(doc, ours)
        ours = self._group_anaphora(doc, ours)
        ours = self._numbered_units(doc, ours)
        ours = _drop_backers(doc, ours, self.generic_ids)
        ours = _drop_former(doc, ours, self.generic_ids)
        # "Mangu local government area": an administrative unit, not the government
        ours = [
            sp
            for sp in ours
            if not (
                sp.start > 0
                and doc[sp.start - 1].lower_ in self.local_before
                and sp.end < len(doc)
                and doc[sp.end].lower_ in self.local_after
            )
        ]
        ours = self._drop_modifiers(doc, ours)
        ours = self.unlisted.find(doc, ours)  # groups the dictionary lacks, named as such by the sentence
        # no step leaves overlapping spans unless it has a bug; spaCy refuses overlapping entities, and one step's bug
        # would cost the document all its events: the longest of each overlapping group is kept
        ours = filter_spans(ours)
        taken = _covered(ours)
        others = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
        set_ents(doc, sorted(ours + others, key=lambda e: e.start))
        return doc

    def _country_alias_inside(self, doc: Doc, sp: Span) -> bool:
        """(fix58) A '<Country> army/police' alias (rules.py `_country_name_aliases`) inside a longer name ("New Mexico
        police", "Papua New Guinea police": a capitalised word before it, not the sentence's first), or of a country
        name that is also a state or a word (`state_alias_ambiguous_countries`: "Georgia police"): the generic force
        the alias contains names it, of the story's country."""
        bare = self.country_aliases.get(sp.text.lower())
        if bare is None or bare[0] != sp.id_:
            return False
        prev = doc[sp.start - 1] if sp.start else None
        inside = prev is not None and prev.text[:1].isupper() and prev.is_alpha and not prev.is_sent_start
        # (fix61) "On Tuesday Uganda police": a date word is no part of a longer name
        inside = inside and prev is not None and prev.lower_ not in DATE_WORDS
        return inside or bare[1] in self.ambiguous_countries

    def _drop_modifiers(self, doc: Doc, ours: list) -> list:
        """ "a government-held district", "The Government Commissioner deplores": the word "government" qualifies
        what follows (`government_modifier_after`) and names no party; nor does a one-word mention of
        `actor_noun_modifiers` right before another mention ("women Maoists", "female fighters"), nor a generic force
        before a noun of its conduct (`force_conduct_nouns`: "angry at the slow police response")."""
        after = self.gov_modifiers

        def modifier(sp: Span) -> bool:
            if sp.id_ not in self.generic_ids or doc[sp.end - 1].lower_ != "government" or sp.end >= len(doc):
                return False
            nxt = doc[sp.end]
            if nxt.text == "-" and sp.end + 1 < len(doc):
                return doc[sp.end + 1].lower_ in after
            return nxt.lower_ in after or nxt.lower_.split("-")[-1] in after

        starts = {sp.start for sp in ours}
        noun_mods = self.noun_modifiers  # (ev59) "Two women Maoists": "women" qualifies the next actor, no side

        def noun_modifier(sp: Span) -> bool:
            if sp.end < len(doc) and sp.id_ in self.generic_ids and doc[sp.end].lower_ in self.grievance_after:
                nxt = doc[sp.end + 1].lower_ if sp.end + 1 < len(doc) else ""
                return nxt not in self.conduct_heads  # (ev59) "the slow police response" (fix58: not "response team")
            return sp.end in starts and sp.end - sp.start == 1 and doc[sp.start].lower_ in noun_mods

        return [sp for sp in ours if not modifier(sp) and not noun_modifier(sp)]

    def _adjective_forces(self, doc: Doc, ours: list) -> list:
        """A nationality adjective before a force or weapon noun that the dictionary lacks ("a Russian guided bomb", "Malian
        attack drones") names that country's military; before an office ("US Vice President Mike Pence", "Turkish President
        Tayyip Erdogan") that country's government, the title and the name that follows being one mention."""
        if not self.adj_military:
            return ours
        taken = _covered(ours)
        new = []
        n = len(doc)
        for i in positions(orth_of(doc), self.adj_military_ids):  # (token_index.py)
            tok = doc[i]
            mil = self.adj_military.get(tok.text)
            if mil is None or tok.i in taken:
                continue
            j = tok.i + 1
            while (
                j < n
                and j - tok.i <= 3
                and j not in taken
                and doc[j].lower_ in self.force_modifiers
                and doc[j].lower_ not in self.force_heads
            ):
                j += 1
            if (
                j < n
                and j not in taken
                and (
                    (doc[j].lower_ in self.force_heads and doc[j].text.islower() and tok.text not in self.country_nouns)
                    or (doc[j].text in self.title_heads and doc[j].i > 0 and tok.i > doc[tok.i].sent.start)
                )
            ):
                new.append(Span(doc, tok.i, j + 1, label="ACTOR", span_id=mil))
                continue
            gov = self.adj_government.get(tok.text)
            if gov is None:
                continue
            for title in self.government_titles:
                k = tok.i + 1 + len(title)
                if k <= n and all(
                    doc[tok.i + 1 + x].lower_ == w and tok.i + 1 + x not in taken for x, w in enumerate(title)
                ):
                    # the person's name ("Mike Pence") belongs to the mention
                    while (
                        k < n
                        and k - tok.i <= len(title) + 4
                        and k not in taken
                        and doc[k].is_alpha
                        and doc[k].text[:1].isupper()
                    ):
                        k += 1
                    new.append(Span(doc, tok.i, k, label="ACTOR", span_id=gov))
                    taken.update(range(tok.i, k))
                    break
        return sorted(ours + new, key=lambda sp: sp.start) if new else ours

    def _acronyms(self, doc: Doc, ours: list) -> list:
        """Acronyms the article defines: "the Coalition of Patriots for Change (CPC)" makes every later "CPC" that actor,
        overriding the dictionary for this article ("Ambazonia Defence Forces (ADF)" is not the Congolese ADF)."""
        defs: dict[str, str] = {}
        kinds: dict[str, str] = {}
        for sp in ours:
            e = sp.end
            if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" and ACRONYM.match(doc[e + 1].text):
                known = self.dict_acronym.get(doc[e + 1].text)
                if (
                    known is not None
                    and self.actor_country.get(known)
                    and self.actor_country.get(known) == self.actor_country.get(sp.id_)
                ):
                    continue  # "Government of National Accord (GNA)": the dictionary's GNA (its forces) is of the same country
                defs.setdefault(doc[e + 1].text, sp.id_)
                kinds.setdefault(doc[e + 1].text, sp.kb_id_)  # the type of a group the dictionary lacks
        for sp in ours:
            initials = self._initials(sp)
            if initials is not None and initials not in self.dict_acronym:
                defs.setdefault(initials, sp.id_)  # "Dawlah Islamiyah ... the DI": the initials of a named group
                kinds.setdefault(initials, sp.kb_id_)
        if not defs:
            return ours
        new = []
        for tok in doc:
            cid = defs.get(tok.text)
            if cid is not None:
                new.append(Span(doc, tok.i, tok.i + 1, label="ACTOR", span_id=cid, kb_id=kinds.get(tok.text, "")))
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

    def _initials(self, sp: Span) -> str | None:
        """The initials of a non-state group's name of two or more capitalised words ("Dawlah Islamiyah" -> "DI")."""
        if sp.id_ not in self.nonstate and sp.kb_id_ not in ("Rebel group", "Political militia", "Identity militia"):
            return None
        words = [t.text for t in sp if t.is_alpha and t.lower_ not in self.initials_skip]
        if len(words) < 2 or len(words) > 5 or not all(w[:1].isupper() for w in words):
            return None
        return "".join(w[0] for w in words)

    def _absorb(self, doc: Doc, ours: list) -> list:
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
                if sp.end < len(doc) and doc[sp.end].lower_ in self.group_nouns and (nxt is None or nxt.start > sp.end):
                    out.append(Span(doc, sp.start, sp.end + 1, label="ACTOR", span_id=sp.id_))
                    i += 1
                    continue
                if (
                    sp.end + 1 < len(doc)
                    and doc[sp.end].lower_ in ("'s", "’s")
                    and doc[sp.end + 1].lower_ in self.group_nouns
                    and (nxt is None or nxt.start > sp.end + 1 or nxt.id_ in self.generic_ids)
                ):
                    end = max(sp.end + 2, nxt.end if nxt is not None and nxt.start == sp.end + 1 else 0)
                    out.append(Span(doc, sp.start, end, label="ACTOR", span_id=sp.id_))  # "Haftar's forces"
                    i += 2 if nxt is not None and nxt.start == sp.end + 1 else 1
                    continue
            out.append(sp)
            i += 1
        return out

    def _country_agents(self, doc: Doc, ours: list) -> list:
        """A country that condemns, welcomes, supports, announces... is its government acting ("The United States
        strongly condemns", "Turkey welcomed"); elsewhere a country name is a place."""
        taken = _covered(ours)
        new = []
        n = len(doc)
        matches = sorted(self.countries(doc), key=lambda m: m[1])
        for k, (mid, s, e) in enumerate(matches):
            if taken.intersection(range(s, e)):
                continue
            j = e
            if k + 1 < len(matches) and matches[k + 1][1] in (e + 1, e + 2) and doc[e].lower_ == "and":
                j = matches[k + 1][2]  # "the United States and Iraq signed": both act
            while j < n and j - e < 4 and doc[j].lower_ in self.agent_adverbs:
                j += 1
            if j < n and doc[j].lower_ in self.agent_verbs:
                new.append(Span(doc, s, e, label="ACTOR", span_id=doc.vocab.strings[mid]))
                taken.update(range(s, e))
        return sorted(ours + new, key=lambda sp: sp.start) if new else ours

    def _coordinated_adjectives(self, doc: Doc, ours: list) -> list:
        """ "U.S. and British warplanes": a nationality adjective coordinated with a nationality force names its own
        country's forces too (the first named acts first)."""
        taken = _covered(ours)
        new = []
        for sp in ours:
            s = sp.start
            if (
                s >= 2
                and sp.id_.startswith("Military Forces of")
                and doc[s].text in self.adj_military
                and doc[s - 1].lower_ == "and"
                and s - 2 not in taken
            ):
                mil = self.adj_military.get(doc[s - 2].text)
                if mil is not None and mil != sp.id_:
                    new.append(Span(doc, s - 2, s - 1, label="ACTOR", span_id=mil))
        return sorted(ours + new, key=lambda sp: sp.start) if new else ours

    def _own_forces(self, doc: Doc, ours: list) -> list:
        """ "Ukraine's general staff says its forces repelled ...", "Russia's defence ministry claims its troops
        captured ...": the speaking state's own forces (the country named with a possessive earlier in the sentence)."""
        heads = self.own_force_heads
        if not heads:
            return ours
        taken = _covered(ours)
        lower = lower_of(doc)
        cands = [
            i for i in positions(lower, _ITS_THEIR) if i + 1 < len(lower) and lower[i + 1] in self.own_force_hashes
        ]
        if not cands:
            return ours  # (no "its"/"their" before a force head: the loop below would add nothing)
        owners = sorted((s, e, doc.vocab.strings[mid]) for mid, s, e in self.countries(doc))
        new = []
        starts = [sp.start for sp in ours]
        dropped: set[int] = set()
        for tok in (doc[i] for i in cands):
            if tok.lower_ not in ("its", "their") or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ not in heads:
                continue
            if tok.i + 1 in taken:
                group = self._claiming_group(doc, ours, starts, tok)
                k = bisect_left(starts, tok.i + 1)
                held = ours[k] if k < len(ours) and ours[k].start == tok.i + 1 and ours[k].end == tok.i + 2 else None
                if group is not None and held is not None and held.id_ in self.generic_ids:
                    dropped.add(k)  # "its fighters" of the claiming group
                    new.append(Span(doc, tok.i + 1, tok.i + 2, label="ACTOR", span_id=group))
                continue
            sent_start = tok.sent.start
            owner = next(
                (
                    name
                    for s, e, name in reversed(owners)
                    if sent_start <= s and e < tok.i and e < len(doc) and doc[e].text in ("'s", "’s")
                ),
                None,
            )
            mil = owner.replace("Government of", "Military Forces of", 1) if owner else None
            if mil is None:
                mil = self._claiming_group(doc, ours, starts, tok)
            if mil is not None and mil in self.actor_country:
                new.append(Span(doc, tok.i + 1, tok.i + 2, label="ACTOR", span_id=mil))
                taken.add(tok.i + 1)
        if dropped:
            ours = [sp for k, sp in enumerate(ours) if k not in dropped]
        return sorted(ours + new, key=lambda sp: sp.start) if new else ours

    def _claiming_group(self, doc: Doc, ours: list, starts: list, tok) -> str | None:
        """ "Islamic State's Mozambique Province claimed ... that its fighters had killed": the non-state group that
        speaks earlier in the sentence owns "its fighters" (the actor just before, found by bisection)."""
        k = bisect_left(starts, tok.i) - 1
        while k >= 0 and ours[k].end > tok.i:
            k -= 1
        if k < 0 or ours[k].start < tok.sent.start:
            return None
        sp = ours[k]
        if sp.id_ in self.nonstate and any(t.lower_ in self.claim_verbs for t in doc[sp.end : tok.i]):
            return sp.id_
        return None

    def _group_anaphora(self, doc: Doc, ours: list) -> list:
        """ "killed four members of the group", "fighters of the organisation": the armed group the article named last."""
        if not self.group_words:
            return ours
        taken = _covered(ours)
        new = []
        heads = self.group_heads
        for tok in (doc[i] for i in positions(lower_of(doc), self.group_head_hashes)):
            i = tok.i
            if (
                tok.lower_ not in heads
                or i + 3 >= len(doc)
                or taken.intersection(range(i, i + 4))  # ("members of the militia" with "militia" a name already)
                or doc[i + 1].lower_ != "of"
                or doc[i + 2].lower_ != "the"
                or doc[i + 3].lower_ not in self.group_words
            ):
                continue
            last = next((sp for sp in reversed(ours) if sp.end <= i and sp.id_ in self.nonstate), None)
            if last is not None:
                new.append(Span(doc, i, i + 4, label="ACTOR", span_id=last.id_))
                taken.update(range(i, i + 4))
        ours = self._group_possessive(doc, ours)
        return sorted(ours + new, key=lambda sp: sp.start) if new else ours

    def _group_possessive(self, doc: Doc, ours: list) -> list:
        """ "the group's fighters": the armed group the article is about (its members, not an unidentified group)."""
        out = ours
        for i in positions(lower_of(doc), self.group_word_hashes):
            if not (
                0 < i < len(doc) - 2
                and doc[i - 1].lower_ == "the"
                and doc[i + 1].text in ("'s", "’s")
                and doc[i + 2].lower_ in self.group_heads | self.group_nouns
            ):
                continue
            named = [sp.id_ for sp in out if sp.end <= i - 1 and sp.id_ in self.nonstate]
            if not named:
                continue
            # the group the story is about: the one named most so far (the first named on ties), not a militia in passing
            group = max(named, key=named.count)
            out = [sp for sp in out if sp.end <= i - 1 or sp.start >= i + 3]
            out = sorted(out + [Span(doc, i - 1, i + 3, label="ACTOR", span_id=group)], key=lambda sp: sp.start)
        return out

    def _numbered_units(self, doc: Doc, ours: list) -> list:
        """ "elements of the 51st Infantry Battalion", "troops of the 103rd Infantry Brigade", "the Sixth Brigade" (ev59:
        `unit_ordinal_words`, capitalised): a numbered unit the dictionary lacks is the military of the story's country
        (the generic state actor)."""
        if not self.unit_heads or self.unit_id is None:
            return ours
        ordinals = self.unit_ordinals
        text = doc_text(doc)
        if not ORDINAL_IN_TEXT.search(text) and not _ordinal_word_in(doc, text, ordinals):
            return ours
        taken = _covered(ours)
        new = []
        n = len(doc)
        for tok in doc:
            if not (ORDINAL.match(tok.text) or tok.lower_ in ordinals and tok.text[:1].isupper()) or tok.i in taken:
                continue
            j = tok.i + 1
            while j < n and j - tok.i <= 4 and j not in taken and doc[j].text[:1].isupper() and doc[j].is_alpha:
                if doc[j].text in self.unit_heads or doc[j].text.rstrip("s") in self.unit_heads:
                    if j + 1 < n and doc[j + 1].lower_ in self.unit_not_before:
                        break  # (fix58) "a First Division club": a sports league, no unit
                    new.append(Span(doc, tok.i, j + 1, label="ACTOR", span_id=self.unit_id))
                    taken.update(range(tok.i, j + 1))
                    break
                j += 1
        return sorted(ours + new, key=lambda sp: sp.start) if new else ours


def _ordinal_word_in(doc: Doc, text: str, ordinals) -> bool:
    """A token of `doc` whose lower-case form is one of `ordinals`; the tokens are read only when one of them occurs
    in the lower-cased text at all (a token's lower-case form is part of it)."""
    low = text.lower()
    return any(w in low for w in ordinals) and any(t.lower_ in ordinals for t in doc)
