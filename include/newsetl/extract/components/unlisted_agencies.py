"""(ev122) State security and intelligence agencies the actor dictionary lacks, named by the sentence itself (word lists
in wordlists.json, `unlisted_agency_*`). Convention 6 of eval/events/README.md keeps a named agency's own name (`GKNB`,
`Internal Security Agency`), so the actor is the agency, as the article names it:

- a capitalised name holding an agency head ("Service", "Agency", "Committee", "Directorate", "Bureau", "Ministry") and
  a security word ("Security", "Intelligence", "Counterintelligence", "Investigation", "Corruption"): "the State
  Committee for National Security", "the National Intelligence Directorate", "the Ministry of State Security"; a
  country's name or adjective before it ("Tajikistan's", "Belarusian") is not part of the name;
- an upper-case acronym right before a lower-case security word and agency head ("the GKNB security service", "the
  DGI intelligence agency"; not "the RCMP investigation"). An acronym before or after a member noun ("KGB officers", "officers of the KGB") is not enough: police
  forces are named so too ("RCMP officers"), and the golds write them as the country's police.

(fix137, review mends) Only what is clearly a state security or intelligence agency: every word of the name a head, a
security word, a state cue (`unlisted_agency_state_cues`: "National", "State", "Internal", "Ministry") or a connector,
with a cue or a country before it, no police word ("Criminal": criminal-investigation bodies are the police), and the
name ending there (not "the Security Committee of the rebel movement"); the acronym branch only before
"security/intelligence service/agency" (`unlisted_agency_acronym_heads`) with a country or an agent noun before it. A
security company's name ("Falcon Security Services", `unlisted_agency_private_heads`) is the dictionary's private
security forces (the actor of the alias `unlisted_agency_private_alias`), a civil body's ("the Social Security
Services", `unlisted_agency_civil_words`) neither.

A name without an acronym right after "agents / officers / operatives of (the)" is left to the frame
`agents_of_agency` of actor_frames.json, which writes it with the country's adjective for arrests and abductions
("Iranian Ministry of Intelligence", as older golds do). The canonical name is the acronym the article gives after the name, else the name as written; the acronym alone later
in the article is the same actor (`UnlistedActors.find`). Actor type "State forces". Names the dictionary knows
("Security Service of Ukraine", "FSB") are taken before this runs and stay the dictionary's.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..rules import ACRONYM, Rules
from ..token_index import hashes


class UnlistedAgencies:
    """Finds the agencies of the module docstring for `UnlistedActors._candidates`."""

    def __init__(self, rules: Rules, owner):
        self.owner = owner  # the UnlistedActors instance: its name walker, acronym reader and exclusions
        self.heads = rules.wordset("unlisted_agency_heads")  # lower case: "service", "agency", "committee"
        self.words = rules.wordset("unlisted_agency_words")  # lower case: "security", "intelligence"

        self.frame_nouns = rules.wordset("unlisted_agency_frame_nouns")  # "agents": actor_frames' agents_of_agency
        self.police = rules.wordset("unlisted_agency_police_words")  # "public", "police", "criminal": police names
        self.cues = rules.wordset("unlisted_agency_state_cues")  # (fix137) "national", "state", "ministry"
        self.acronym_heads = rules.wordset("unlisted_agency_acronym_heads")  # (fix137) "service", "agency"
        self.joiners = rules.wordset("unlisted_agency_name_joiners")  # "'s", "-": "Tajikistan's State Committee"
        self.civil = rules.wordset("unlisted_agency_civil_words")  # (fix137) "Social", "Food": a civil body's name
        self.private_heads = rules.wordset("unlisted_agency_private_heads")  # (fix137) "Services", "Ltd": a company
        private = [rules.resolve_actor(a) for a in sorted(rules.wordset("unlisted_agency_private_alias"))]
        self.private = next((a.name for a in private if a is not None), None)  # "Private Security Forces ({country})"
        self.name_words = self.heads | self.words | self.private_heads
        self.hashes = hashes(self.name_words)  # LOWER hashes of the words a name can end in

    def candidate(self, doc: Doc, i: int, taken: set[int]) -> tuple[int, int, str, str] | None:
        tok = doc[i]
        if tok.text.isupper() and ACRONYM.match(tok.text) and tok.is_alpha:
            return self._acronym(doc, i)
        if not tok.text[:1].isupper() or tok.text.isupper() or tok.lower_ not in self.name_words:
            return None
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and nxt.is_alpha and (nxt.text[:1].isupper() or nxt.lower_ in self.owner.connectors):
            if nxt.lower_ != "and" or (i + 2 < len(doc) and doc[i + 2].text[:1].isupper()):
                return None  # the name goes on ("the Security Committee of the rebel movement"): its last word fires
        s = self.owner.name_start(doc, i + 1, taken)
        country = False
        while s <= i and (doc[s].lower_ in self.owner.exclude or doc[s].text in self.joiners):
            country = country or doc[s].lower_ in self.owner.exclude
            s += 1  # "Tajikistan's State Committee ...": the country is no part of the agency's name
        if s < i and self.private is not None and self._company(doc, s, i + 1):
            return (s, i + 1, self.private, "Political militia")  # (fix137) "Guards of Falcon Security Services"
        if s >= i or not self._agency_words(doc, s, i + 1, country):
            return None
        acr = self.owner.acronym_after(doc, i + 1)
        if acr is None and self.owner.member_before(doc, s, self.frame_nouns):
            return None  # "agents of the Ministry of Intelligence": actor_frames.json's agents_of_agency names it
        return (s, i + 1, acr or doc[s : i + 1].text, "State forces")

    def _company(self, doc: Doc, s: int, e: int) -> bool:
        """(fix137) A security company: a name ending in a company head ("Services", "Ltd") with "Security" and a
        private name, a capitalised word no agency word nor cue ("Falcon Security Services") or a company code right
        before it ("G4S Security Services"); "the Federal Security Services" is the state's."""
        words = {t.lower_ for t in doc[s:e]}
        if doc[e - 1].lower_ not in self.private_heads or not words & self.words or words & self.civil:
            return False  # "the Social Security Services": a civil body, no company
        known = self.heads | self.words | self.cues | self.owner.connectors | self.frame_nouns | self.private_heads
        if any(t.lower_ not in known and t.lower_ not in self.owner.exclude for t in doc[s:e] if t.is_alpha):
            return True
        prev = doc[s - 1] if s > 0 else None
        return prev is not None and not prev.is_alpha and prev.text[:1].isupper() and prev.text.isalnum()

    def _agency_words(self, doc: Doc, s: int, e: int, country: bool) -> bool:
        """(fix137) Every word of the name doc[s:e] a head, a security word, a state cue or a connector, with one head,
        one security word, no police word ("Criminal") and a state cue or a country before it: "the National Food
        Security Agency", "Falcon Security Services", "the Security Committee" are no state security agency."""
        words = {t.lower_ for t in doc[s:e] if t.lower_ not in self.owner.connectors}
        if not words & self.heads or not words & self.words or words & self.police:
            return False
        return words <= self.heads | self.words | self.cues and (country or bool(words & self.cues))

    def _acronym(self, doc: Doc, i: int) -> tuple[int, int, str, str] | None:
        t = doc[i].text
        if t in self.owner.country_initials or doc[i].is_stop or not self.owner.valid(doc, i, i + 1):
            return None
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        after = doc[i + 2] if i + 2 < len(doc) else None
        if nxt is not None and nxt.text.islower() and nxt.lower_ in self.words and after is not None:
            if after.text.islower() and after.lower_ in self.acronym_heads and self._state_before(doc, i):
                return (i, i + 1, t, "State forces")  # "the GKNB security service" (not "the RCMP investigation")
        return None

    def _state_before(self, doc: Doc, i: int) -> bool:
        """(fix137) A state cue before the acronym of "the GKNB security service": a country's name or adjective
        ("Tajikistan's GKNB", "the Belarusian KGB") or an agent noun and "of (the)" ("agents of the SEBIN"): a party's
        or a rebel group's "security service" has neither."""
        j = i - 1
        if j >= 0 and doc[j].lower_ == "the":
            j -= 1
        while j >= 0 and doc[j].text in self.joiners:
            j -= 1
        if j >= 0 and doc[j].lower_ in self.owner.exclude:
            return True
        return self.owner.member_before(doc, i, self.frame_nouns)
