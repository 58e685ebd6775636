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
        self.police = rules.wordset("unlisted_agency_police_words")  # "public", "police": a police force's name
        self.name_words = self.heads | self.words
        self.hashes = hashes(self.name_words)  # LOWER hashes of the words a name can end in

    def candidate(self, doc: Doc, i: int, taken: set[int]) -> tuple[int, int, str, str] | None:
        tok = doc[i]
        if tok.text.isupper() and ACRONYM.match(tok.text) and tok.is_alpha:
            return self._acronym(doc, i)
        if not tok.text[:1].isupper() or tok.text.isupper() or tok.lower_ not in self.name_words:
            return None
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and (nxt.text[:1].isupper() or nxt.lower_ in self.owner.connectors) and nxt.is_alpha:
            if not (nxt.lower_ in self.owner.connectors and (i + 2 >= len(doc) or not doc[i + 2].text[:1].isupper())):
                return None  # the name goes on: only its last word fires
        s = self.owner._name_start(doc, i + 1, taken)
        while s <= i and (doc[s].lower_ in self.owner.exclude or doc[s].text in ("'s", "’s", "-")):
            s += 1  # "Tajikistan's State Committee ...": the country is no part of the agency's name
        words = {t.lower_ for t in doc[s : i + 1]}
        if s >= i or not words & self.heads or not words & self.words or words & self.police:
            return None
        if any(t.lower_ in self.owner.exclude for t in doc[s : i + 1]):
            return None
        acr = self.owner._acronym_after(doc, i + 1)
        if acr is None and self.owner._member_before(doc, s, self.frame_nouns):
            return None  # "agents of the Ministry of Intelligence": actor_frames.json's agents_of_agency names it
        return (s, i + 1, acr or doc[s : i + 1].text, "State forces")

    def _acronym(self, doc: Doc, i: int) -> tuple[int, int, str, str] | None:
        t = doc[i].text
        if t in self.owner.country_initials or doc[i].is_stop or not self.owner._valid(doc, i, i + 1):
            return None
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        after = doc[i + 2] if i + 2 < len(doc) else None
        if nxt is not None and nxt.text.islower() and nxt.lower_ in self.words and after is not None:
            if after.text.islower() and after.lower_ in self.heads:
                return (i, i + 1, t, "State forces")  # "the GKNB security service" (not "the RCMP investigation")
        return None
