"""(ev89, issue 10) Names that look like places but stand inside another name or name a person: a town in the middle of
a capitalised organisation's name ("The Special Mobile Force", not Mobile, Alabama), a name right after a profession
noun or a person's title ("the singer Kaya", "Mr Kaya"), a nationality as the second half of a compound after a prefix
("the Inter-American Commission"). None of them votes for the document's country and none is an event's place.
A country inside a name ("the Royal Malaysia Police") and a town opening a sub-unit after an organisation's head ("the
Zenith Bank Kano Office") stay (review25g). The vocabularies are in wordlists.json (`name_org_words`,
`inner_name_open_words`, `person_name_nouns`, `person_titles`, `compound_name_prefixes`, `street_name_words`)."""

from __future__ import annotations

import re

from ..rules import Rules

_alternation = Rules.alternation  # (clean26) the one alternation helper (an empty list never matches)


class InnerNames:
    def __init__(self, words: dict):
        self.org_heads = frozenset(w.lower() for w in words["name_org_words"])
        self.open_words = frozenset(w.lower() for w in words["inner_name_open_words"])
        nouns, titles = _alternation(words["person_name_nouns"]), _alternation(words["person_titles"])
        self.person_before = re.compile(rf"(?:\b(?:{nouns})|\b(?:{titles})\.?)\s+$")
        self.prefix_before = re.compile(rf"\b(?:{_alternation(words['compound_name_prefixes'])})-$", re.I)
        # (fix109) "Place de l'Étoile", "Rue du Lac", "Avenida Bolívar": the name of a street or a square
        self.street_before = re.compile(
            rf"\b(?:{_alternation(words['street_name_words'])})\s+(?:(?:de|du|des|del|della|di|do|da|dos|das)\s+)?"
            r"(?:(?:la|le|les|los|las|el)\s+|l['’])?$"
        )

    def inside_org(self, seq: str, toks: list, i: int, j: int, lead: int) -> bool:
        """The name toks[i:j] stands in the middle of a capitalised name that an organisation's head ends ("The
        Special Mobile Force", "the Independent Kaya Commission"): a capitalised word other than the lead word and a
        compass or order word (`inner_name_open_words`: "Western Mindanao Command" names Mindanao) nor a word in
        capitals ("THE STATE OF ZACATECAS") before it, on one line of `seq`, the capitalised sequence."""
        if i <= lead or j >= len(toks) or toks[-1].group(0).lower() not in self.org_heads:
            return False
        if "\n" in seq[toks[i - 1].start() : toks[-1].end()]:
            return False  # a heading's last name and the next line's first words ("... AND LOS RÍOS / Press bulletin")
        before = toks[i - 1].group(0)
        if before.lower() in self.org_heads:
            return False  # (review25g) a sub-unit's town after a whole name: "the Zenith Bank Kano Office", "... Corps Kaduna Sector Command"
        return before[:1].isupper() and not before.isupper() and before.lower() not in self.open_words

    def after_person_noun(self, text: str, s: int) -> bool:
        """The name at `s` follows a profession noun or a person's title ("the singer Kaya", "Mr Kaya"): a person."""
        return self.person_before.search(text[max(0, s - 40) : s]) is not None

    def after_street_word(self, text: str, s: int) -> bool:
        """(fix109) The name at `s` follows a street's or a square's word (`street_name_words`: "Place de l'Étoile",
        "Rue de Lyon"): a street's name, no place of the story ("in Paris" places it)."""
        return self.street_before.search(text[max(0, s - 30) : s]) is not None

    def prefixed(self, text: str, s: int) -> bool:
        """The word at `s` is the second half of a compound after a prefix (`compound_name_prefixes`: "Inter-American",
        "Pan-African"): no nationality of the story."""
        return self.prefix_before.search(text[max(0, s - 12) : s]) is not None
