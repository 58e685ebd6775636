"""The capitalised sequences the places component reads (`PlaceFinder`), scanned in one place for the known and the
unlisted names: a spaced Arabic article that is also an English word ("at", "as", "an") joins two names only where it
is an article (fix82), and a sequence "at <word>" that ends an actor's name ("the Armed Forces at Sea") is none."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left

from ..dates import MONTHS, WEEKDAYS

DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)


CAPITALS_END = 0x20000  # every capital (Lu, Lt) lies in planes 0 and 1 (tests/test_ev97.py checks the whole range)


def _upper_class(end: int = CAPITALS_END) -> str:
    """(ev97) A character class of every Unicode capital (categories Lu and Lt) below `end`, as ranges: a name opening
    on "Č", "Š", "Ž", "É", "Ö" or "Ł" ("Čapljina", "Široki Brijeg") is a capitalised sequence as "Capljina" is. Built
    at import in every process: scanning planes 0-1 only takes a tenth of the time of all 1.1M code points."""
    ranges: list[list[int]] = []
    for c in range(end):
        if unicodedata.category(chr(c)) in ("Lu", "Lt"):
            if ranges and ranges[-1][1] == c - 1:
                ranges[-1][1] = c
            else:
                ranges.append([c, c])
    return "[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges) + "]"


UPPER = _upper_class()
LEFT_WORD = re.compile(r"[\w'’\-]+$")
NEXT_WORD = re.compile(r"[\w\-]+")


class NameSequences:
    """`loose`: the sequences joined over every connector, spaced or hyphenated (`name_seq` below, without
    `hyphen_only`); `hyphen_only`: wordlists.json `place_connect_hyphen_only`; `actor_at`: place_cues.json `actor_at`
    (its pattern before the sequence, its `not_words` as the sequence's first word after "at")."""

    def __init__(
        self, loose: re.Pattern, hyphen_only, actor_at: tuple, caps_cuts=(), abbreviations=(), facilities=frozenset()
    ) -> None:
        self.loose = loose
        self.facilities = facilities  # (fix130) "St. Mary's Hospital": a building's name
        abbr = "|".join(sorted((re.escape(a) for a in abbreviations), key=len, reverse=True))
        self.abbr = re.compile(rf"(?:{abbr})\.\s+") if abbr else None  # (fix130) "St. ", "Mt. " opening a sequence
        words = "|".join(re.escape(w) for w in hyphen_only)
        self.join = re.compile(rf"\s({words})\s(?={UPPER})") if words else None
        self.actor_at = actor_at
        cuts = "|".join(re.escape(w) for w in caps_cuts)  # (fix109) "VIOLENCES À BANGUI", "RIOTS IN NOUMEA"
        self.caps_cut = re.compile(rf"\s(?:{cuts})\s(?={UPPER})") if cuts else None

    def scan(self, text: str, in_actor, gaz, start: int = 0) -> list[re.Match]:
        """The sequences from `start` on, split at the spaced joins `_keeps` refuses, less those of `actor_word_at`."""
        out: list[re.Match] = []
        for whole in self.loose.finditer(text, start):
            for m in self._heading_pieces(text, self._abbreviated(text, whole, gaz)):
                out.extend(p for p in self._pieces(text, m, in_actor, gaz) if not self.actor_word_at(text, p, in_actor))
        return out

    def _abbreviated(self, text: str, m: re.Match, gaz) -> re.Match:
        """(fix130) A sequence opening on an abbreviated head ("St. Paul", "Mt. Lebanon") that no run of its first words
        makes a known name ("St. Paul", "St. Paul Police"...), or that ends in a building's noun (place_cues.json
        `facility_words`, wordlists.json `name_org_words`, `landmark_nouns`: "St. Mary's Hospital"): the sequence after
        the abbreviation, as before ev115 ("clashes in Mt. Lebanon": Lebanon; "outside St. Mark's Church in X": X)."""
        head = self.abbr.match(text, m.start()) if self.abbr is not None else None
        if head is None or head.end() >= m.end():
            return m
        rest = text[head.end() : m.end()].split()
        if rest[-1].lower() not in self.facilities and any(
            gaz.lookup(text[m.start() : head.end()] + " ".join(rest[:k])) for k in range(1, len(rest) + 1)
        ):
            return m
        return self.loose.match(text, head.end(), m.end()) or m

    def _heading_pieces(self, text: str, m: re.Match) -> list[re.Match]:
        """(fix109) `m`, or its pieces on either side of each lone preposition in capitals (wordlists.json
        `caps_heading_cut_words`: "À", "IN") between two words in capitals: a heading's "ÉTAT D'URGENCE À BAMAKO" or
        "RIOTS IN NOUMEA" holds the place "BAMAKO", "NOUMEA" as a sequence of its own."""
        if self.caps_cut is None:
            return [m]
        cuts = []
        for c in self.caps_cut.finditer(text, m.start(), m.end()):
            left, right = LEFT_WORD.search(text, m.start(), c.start()), NEXT_WORD.match(text, c.end())
            if left is not None and right is not None and left.group(0).isupper() and right.group(0).isupper():
                cuts.append(c)
        if not cuts:
            return [m]
        starts, ends = [m.start(), *(c.end() for c in cuts)], [*(c.start() for c in cuts), m.end()]
        return [p for a, b in zip(starts, ends, strict=True) if (p := self.loose.match(text, a, b)) is not None]

    def _pieces(self, text: str, m: re.Match, in_actor, gaz) -> list[re.Match]:
        """`m`, or its pieces cut before each spaced "at" / "as" / "an" that joins no name: kept when the gazetteer
        knows the whole sequence ("Dar as Salam"), else where `_keeps` says so."""
        joins = list(self.join.finditer(text, m.start(), m.end())) if self.join is not None else []
        if not joins:
            return [m]
        head = next((m.start() + i for i, c in enumerate(m.group(0)) if c.isupper()), m.start())
        if gaz.lookup(text[head : m.end()]):
            return [m]
        cuts = [j for j in joins if not self._keeps(text, j, in_actor, gaz)]
        if not cuts:
            return [m]
        starts = [m.start(), *(j.start() + 1 for j in cuts)]  # (the piece after a cut opens with its connector)
        ends = [*(j.start() for j in cuts), m.end()]
        return [p for a, b in zip(starts, ends, strict=True) if (p := self.loose.match(text, a, b)) is not None]

    @staticmethod
    def _keeps(text: str, j: re.Match, in_actor, gaz) -> bool:
        """A spaced article joins two names where it assimilates to the next word's first letter, as an Arabic article
        before a sun letter is written ("Tall as Sultan", "An Nabatiyah at Tahta", "Ras an Naqb"), and the word before
        it is no weekday or month ("on Tuesday at Tabqa"), no country ("into Syria at Tal Abyad") and no actor's
        ("the Army at Tessalit")."""
        if j.group(1)[-1].lower() != text[j.end() : j.end() + 1].lower():
            return False  # "Sunday at Homoxi", "Uganda at Bibia": the English preposition
        left = LEFT_WORD.search(text, max(0, j.start() - 40), j.start())
        if left is None or left.group(0).lower() in DATE_WORDS or in_actor(left.start(), left.end()):
            return False
        cands = gaz.lookup(left.group(0))
        return not (cands and cands[0].feature == "country")

    def actor_word_at(self, text: str, m: re.Match, in_actor) -> bool:
        """(ev76) A sequence "at X" right after an actor's name (the connector of place_cues.json `actor_at`) whose X is
        one of `actor_at`'s `not_words` ("the Armed Forces at Sea") is the end of that name, no place."""
        rx, not_words = self.actor_at
        lead = rx.match(text, m.start() - 1) if rx is not None and m.start() > 0 else None
        if lead is None or lead.start() != m.start() - 1 or lead.end() <= m.start():
            return False
        word = NEXT_WORD.match(text, lead.end())
        return word is not None and word.group(0).lower() in not_words and in_actor(m.start() - 2, m.start() - 1)


CONNECT_WORDS = "al|el|ad|ar|as|ash|az|an|at|ed|ez|es|ath|adh|bin|ibn|bani|abu|umm|de|du|des|del|da|das|dos|la|le|of|wa"
CONNECT = f"(?:{CONNECT_WORDS})"


def name_seq(particles, not_spaced=(), abbreviations=()) -> re.Pattern:
    """The capitalised sequences: names joined by an Arabic article, "of", ... (CONNECT) and, inside a name only, by
    the particles of wordlists.json `place_name_particles` (ev68: Portuguese "do", "Amarante do Maranhão"; never a
    name's first word, English "do"); (ev76) the connectors of `place_connect_hyphen_only` ("at", "as", "an": English
    prepositions too) join only with a hyphen ("Tall at-Tamr"), never "on Sunday at Homoxi" or "into Syria at X".
    (ev115) A name's abbreviated head word with its period (wordlists.json `place_name_abbreviations`, case-sensitive:
    "St.", "Mt.", "Ft.") opens a sequence when a capitalised word follows: "In St. Paul, ..." reads "St. Paul", not
    "Paul"."""
    spaced = [w for w in CONNECT_WORDS.split("|") if w not in set(not_spaced)]
    words = set(spaced) | {re.escape(p) for p in particles}
    inner = "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"
    sp = "(?:" + "|".join(spaced) + ")"
    abbr = "|".join(sorted((re.escape(a) for a in abbreviations), key=len, reverse=True))
    head = rf"(?:(?:{abbr})\.(?=\s+{UPPER})|{UPPER}[\w'’]*(?:-[\w'’]+)*)" if abbr else rf"{UPPER}[\w'’]*(?:-[\w'’]+)*"
    return re.compile(
        rf"(?:\b{CONNECT}[-\s])?\b{head}(?:(?:\s+|-{CONNECT}[-\s]|\s{sp}[-\s]|\s+{inner}\s+|\s+{CONNECT}-|"
        rf"\s+de\s+l[ao]s?\s+){head})*"
    )


NEXT_CAPITAL = re.compile(rf"[ \t]+({UPPER}[\w\-]*)")


def opens_a_name(text: str, e: int, whole: bool, facility_nouns: frozenset[str]) -> bool:
    """(ev68) A fragment of a capitalised sequence that another capitalised word follows: the head of a longer name;
    (fix71) not when that word is a facility's or a place's noun (`facility_nouns`): "Maroua Airport" names Maroua."""
    m = NEXT_CAPITAL.match(text, e) if not whole else None
    return m is not None and m.group(1).lower() not in facility_nouns


def free_span(starts: list[int], ends: list[int], in_actor):
    """`free(s, e)`: the non-empty span [s, e) overlaps no span of (`starts`, `ends`: sorted, not overlapping; the lists
    may grow in place) and no actor (`in_actor`)."""

    def free(s: int, e: int) -> bool:
        i = bisect_left(starts, e)  # the spans do not overlap: only the last one starting before e can
        return e > s and not (i and ends[i - 1] > s) and not in_actor(s, e)

    return free
