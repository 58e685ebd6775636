"""Armed groups the actor dictionary lacks, named by the sentence itself (word lists in wordlists.json,
`unlisted_group_*`):

- a capitalised name ending in an armed-group head ("the West Papua National Liberation Army (TPNPB)");
- a capitalised name before a lower-case gang word ("the Los Lobos gang");
- a capitalised name after "fighters/insurgents/members of the" that the article gives an acronym ("insurgents of
  the Barisan Revolusi Nasional (BRN)");
- an upper-case acronym before a party word (`unlisted_party_nouns`: "an MP of the PASTEF party"), a political party
  (actor type "Protesters", like the dictionary's opposition parties).

The actor's canonical name is the acronym the article defines for it, else the name as written (without "the"); the
acronym alone later in the article is the same actor. With a trained pipeline, its NER's ORG entities in the same
armed contexts (after "fighters of the", before "fighters"/"gang", before an acronym) are such actors too; the blank
pipeline has no ORG entities, so its behaviour does not depend on this. The spans carry the actor type as `kb_id`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..rules import ACRONYM, Rules
from ..token_index import hashes, lower_of, orth_of, word_hash
from .unlisted_agencies import UnlistedAgencies

_OF, _THE = word_hash("of"), word_hash("the")


def _titled(tok) -> bool:
    t = tok.text
    return t[:1].isupper() and tok.is_alpha and not (len(t) > 1 and t.isupper() and len(t) > 6)


class UnlistedActors:
    """Finds the armed groups described in the module docstring (see `find`)."""

    def __init__(self, rules: Rules):
        self.heads = rules.wordset("unlisted_group_heads")  # "Army", "Front", "Militia": title case, as written
        self.connectors = rules.wordset("unlisted_group_connectors")  # "of", "the", "de": inside a group's name
        self.gang_nouns = rules.wordset("unlisted_group_gang_nouns")  # "gang", "cartel"
        self.ordinals = rules.wordset("unit_ordinal_words")  # (ev59) "the Sixth Brigade": a state force's unit
        self.member_nouns = rules.wordset("unlisted_group_member_nouns")  # "fighters", "insurgents", "members"
        self.after_nouns = rules.wordset("unlisted_group_after_nouns")  # "fighters", "militants" (trained NER only)
        self.ner_labels = rules.wordset("ner_actor_labels")  # "ORG": a trained NER's group entities
        self.exclude = {w.lower() for w in rules.lexicon.get("country_adjectives", {})}
        self.exclude |= {n.lower() for n in rules.country_names.values()}
        self.case_aliases = dict(rules.case_aliases)
        # actors a capitalised common noun can stand for inside a longer name ("People", "Workers", "Forces")
        self.soft_ids = {n for n, a in rules.actors.items() if a.generic or a.actor_type in ("Civilians", "Protesters")}
        self.party_nouns = rules.wordset("unlisted_party_nouns")  # "party": "the PASTEF party"
        self.generic = rules.wordset("unlisted_group_generic")  # "Armed Forces", "National Army": no group's own name
        self._heads_h = hashes(self.heads)  # ORTH hashes (heads are matched as written)
        skip = rules.wordset("initials_skip_words")  # "the", "of": no initial of a name
        self.country_initials = {  # "CAR", "DRC", "UAE": a country's initials are no group's name
            "".join(w[0] for w in name.split() if w.lower() not in skip).upper()
            for name in rules.country_names.values()
            if len(name.split()) > 1
        }
        self._after_h = hashes(self.after_nouns)  # LOWER hashes: "fighters" after an acronym ("the KLF fighters")
        self._words = hashes(self.gang_nouns | self.party_nouns)  # LOWER hashes
        self.agencies = UnlistedAgencies(rules, self)  # (ev122) state security agencies the dictionary lacks

    # ---------------------------------------------------------------- helpers
    def name_start(self, doc: Doc, end: int, taken: set[int], limit: int = 7) -> int:
        """Start of the capitalised name ending at token `end` (exclusive): title-case words and inner connectors."""
        i = end - 1
        start = end
        sent_start = doc[end - 1].sent.start
        while i >= sent_start and end - i <= limit and i not in taken:
            tok = doc[i]
            if _titled(tok):
                start = i
            elif tok.text in ("-", "'s", "’s") and i > sent_start and _titled(doc[i - 1]):
                pass  # "Anti-Fascist", "People's"
            elif tok.lower_ not in self.connectors or tok.lower_ == "the":
                break
            i -= 1
        while start < end and (
            doc[start].lower_ == "the" or (doc[start].lower_ in self.connectors and not _titled(doc[start]))
        ):
            start += 1
        if start > 0 and (doc[start - 1].like_num or doc[start - 1].text[:1].isdigit()):
            return end  # "the 3rd Assault Brigade", "47th Infantry Battalion": a numbered unit of a state force
        if start < end and doc[start].lower_ in self.ordinals:
            return end  # (ev59) "the Sixth Brigade of the National Army": a numbered unit in letters
        return start

    def acronym_after(self, doc: Doc, end: int) -> str | None:
        if (
            end + 2 < len(doc)
            and doc[end].text == "("
            and doc[end + 2].text == ")"
            and ACRONYM.match(doc[end + 1].text)
        ):
            return doc[end + 1].text
        return None

    def valid(self, doc: Doc, s: int, e: int) -> bool:
        words = [t.lower_ for t in doc[s:e] if t.lower_ not in self.connectors and t.is_alpha]
        return any(w not in self.generic for w in words) and not any(w in self.exclude for w in words)

    def member_before(self, doc: Doc, s: int, nouns: frozenset[str] | set[str] | None = None) -> bool:
        """ "fighters of the X", "insurgents of X": a group noun (of `nouns`, else `member_nouns`) and 'of' (and 'the')
        before token s."""
        j = s - 1
        if j >= 0 and doc[j].lower_ == "the":
            j -= 1
        return j >= 1 and doc[j].lower_ == "of" and doc[j - 1].lower_ in (self.member_nouns if nouns is None else nouns)

    def _armed_acronym(self, doc: Doc, i: int) -> bool:
        """(fix88) An upper-case acronym that is no country's word or initials ("CAR"), right before an armed member noun
        (`unlisted_group_after_nouns`: "the KLF fighters", "UDF gunmen") or after one and "of (the)" ("militants of the
        KLF"): a group's own name, as the trained NER's ORG entities in these places are (`_from_ner`). (fix90) The
        member noun not in upper case, "of (the)" in lower case, and the acronym no stop word: in upper-case text
        ("SUSPECTED GUNMEN KILLED ...", "CLASHED WITH FIGHTERS OF THE GROUP") every word looks like an acronym."""
        tok = doc[i]
        t = tok.text
        if not (ACRONYM.match(t) and t.isupper() and t.isalpha()) or t in self.country_initials or tok.is_stop:
            return False
        if not self.valid(doc, i, i + 1):
            return False
        if i + 1 < len(doc) and doc[i + 1].lower_ in self.after_nouns:
            return not doc[i + 1].text.isupper()
        j = i - 2 - (i >= 1 and doc[i - 1].lower_ == "the")  # the member noun of "militants of (the) KLF"
        return (
            j >= 0
            and not doc[j].text.isupper()
            and all(w.text.islower() for w in doc[j + 1 : i])
            and self.member_before(doc, i, self.after_nouns)
        )

    def _may_fire(self, doc: Doc) -> list[int]:
        """The tokens a branch of `_candidates` can fire on (token_index.py): a head word as written, a gang or party
        word, or a word after "of" / "of the" (`member_before`); the branches' own tests then run unchanged."""
        lower, orth = lower_of(doc), orth_of(doc)
        words, after, n, agency = self._words, self._after_h, len(lower), self.agencies.hashes
        out = []
        for i, (lo, ot) in enumerate(zip(lower, orth, strict=True)):
            if (
                ot in self._heads_h
                or lo in words
                or lo in agency
                or lo != ot
                or (i >= 2 and (lower[i - 1] == _OF or (lower[i - 1] == _THE and lower[i - 2] == _OF)))
                or (i + 1 < n and lower[i + 1] in after)
            ):
                out.append(i)
        return out

    # ---------------------------------------------------------------- rules
    def _candidates(self, doc: Doc, taken: set[int]) -> list[tuple[int, int, str, str]]:
        """(start, end, canonical, actor type) of every unlisted group the blank rules find."""
        out = []
        n = len(doc)
        for tok in (doc[i] for i in self._may_fire(doc)):
            i = tok.i
            if i in taken:
                continue
            agency = self.agencies.candidate(doc, i, taken)
            if agency is not None:
                out.append(agency)  # (ev122) "the State Committee for National Security (GKNB)", "the GKNB service"
            elif self._armed_acronym(doc, i):
                out.append((i, i + 1, tok.text, "Rebel group"))  # (fix88) "KLF fighters", "militants of the KLF"
            elif tok.text in self.heads and i > 0:
                s = self.name_start(doc, i + 1, taken)
                if s < i and self.valid(doc, s, i + 1):
                    acr = self.acronym_after(doc, i + 1)
                    out.append((s, i + 1, acr or doc[s : i + 1].text, "Rebel group"))
            elif tok.lower_ in self.gang_nouns and tok.text.islower() and i > 0 and _titled(doc[i - 1]):
                s = self.name_start(doc, i, taken, limit=4)
                if s < i and s > doc[i].sent.start and self.valid(doc, s, i):
                    out.append((s, i, doc[s:i].text, "Political militia"))
            elif (
                tok.lower_ in self.party_nouns
                and i > 0
                and i - 1 not in taken
                and ACRONYM.match(doc[i - 1].text)
                and doc[i - 1].text.isupper()
            ):
                out.append((i - 1, i, doc[i - 1].text, "Protesters"))  # "an MP of the PASTEF party": a party
            elif _titled(tok) and (i == 0 or not _titled(doc[i - 1])) and self.member_before(doc, i):
                e = i
                while e < n and e - i < 6 and e not in taken and (_titled(doc[e]) or doc[e].lower_ in self.connectors):
                    e += 1
                while e > i and doc[e - 1].lower_ in self.connectors:
                    e -= 1
                acr = self.acronym_after(doc, e)
                if acr is not None and e - i >= 2 and self.valid(doc, i, e):
                    out.append((i, e, acr, "Rebel group"))
        return out

    def _from_ner(self, doc: Doc, taken: set[int]) -> list[tuple[int, int, str, str]]:
        """A trained NER's ORG entities in an armed context (see the module docstring)."""
        out = []
        for ent in doc.ents:
            if ent.label_ not in self.ner_labels or taken.intersection(range(ent.start, ent.end)):
                continue
            s = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
            if s >= ent.end or not self.valid(doc, s, ent.end):
                continue
            acr = self.acronym_after(doc, ent.end)
            nxt = doc[ent.end].lower_ if ent.end < len(doc) else ""
            if self.member_before(doc, ent.start) or nxt in self.after_nouns or nxt in self.gang_nouns:
                kind = "Political militia" if nxt in self.gang_nouns else "Rebel group"
                out.append((s, ent.end, acr or doc[s : ent.end].text, kind))
        return out

    def longer_names(self, doc: Doc, ours: list) -> list:
        """ "the West Papua National Liberation Army (TPNPB)": a dictionary name ("National Liberation Army") inside a
        longer capitalised name that the article gives an acronym of its own is another group, named by that acronym."""
        out = []
        for sp in ours:
            acr = self.acronym_after(doc, sp.end)
            if acr is not None and sp.start > 0 and _titled(doc[sp.start - 1]) and self.case_aliases.get(acr) != sp.id_:
                s = self.name_start(doc, sp.start, set())
                if s < sp.start and self.valid(doc, s, sp.start):
                    out.append(Span(doc, s, sp.end, label="ACTOR", span_id=acr, kb_id="Rebel group"))
                    continue
            out.append(sp)
        return out

    def find(self, doc: Doc, ours: list) -> list:
        """`ours` with the unlisted groups added (span_id = canonical, kb_id = actor type) and their acronyms. A
        title-case word the dictionary reads as a common noun ("People" in "the People's Anti-Fascist Front") can be
        part of such a name: its span gives way."""
        soft = {id(sp) for sp in ours if sp.id_ in self.soft_ids and doc[sp.start].text[:1].isupper()}
        taken = {i for sp in ours if id(sp) not in soft for i in range(sp.start, sp.end)}
        cands = self._candidates(doc, taken)
        cands += self._from_ner(doc, taken | {i for s, e, _, _ in cands for i in range(s, e)})
        if not cands:
            return ours
        spans, used = [], set(taken)
        acronyms: dict[str, tuple[str, str]] = {}
        for s, e, canonical, kind in sorted(cands):
            if used.intersection(range(s, e)):
                continue
            spans.append(Span(doc, s, e, label="ACTOR", span_id=canonical, kb_id=kind))
            used.update(range(s, e))
            if ACRONYM.match(canonical) and " " not in canonical:
                acronyms[canonical] = (canonical, kind)
        if acronyms:
            for tok in doc:
                hit = acronyms.get(tok.text)
                if hit is not None and tok.i not in used:
                    spans.append(Span(doc, tok.i, tok.i + 1, label="ACTOR", span_id=hit[0], kb_id=hit[1]))
                    used.add(tok.i)
        new = used.difference(taken)
        kept = [sp for sp in ours if not (id(sp) in soft and new.intersection(range(sp.start, sp.end)))]
        return sorted(kept + spans, key=lambda sp: sp.start)
