"""The compiled rules: the data files of include/newsetl/data/ (or of a saved pipeline's component folder) parsed,
indexed and compiled once into one `Rules` object.

Every vocabulary lives in a data file (documented in data/README.md): `actors.jsonl`, `triggers.jsonl` (with the
phrases `trigger_classes.json` writes as word classes, expanded by trigger_forms.py),
`lexicon.json` (fatality, hedging, attribution, number, victim and country vocabularies) and `wordlists.json`
(the word lists of the components: group nouns, force heads, victims, speech verbs, place stop names...).
The patterns built from them (kill/injury words, victim quantities, speech verbs, hedges, alias blobs) are
properties computed once per object, so no module-level cache is needed.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from .. import regex_store
from ..regex_guard import Guarded, guarded
from ..regex_trie import compile_trie
from ..regex_trie import longest_first as _longest_first
from .trigger_forms import expand

# a word written as an acronym: two capitals or more, a capital first, two to ten characters ("ISWAP", "M23")
ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z0-9\-]{1,9}$")

DATA_FILES = (
    "actors.jsonl",
    "triggers.jsonl",
    "trigger_classes.json",
    "verb_frames.json",
    "place_cues.json",
    "actor_frames.json",
    "lexicon.json",
    "wordlists.json",
)


def package_data_dir() -> Path:
    return Path(str(resources.files("newsetl") / "data"))


def data_path(name: str) -> Path:
    return package_data_dir() / name


def read_jsonl(path: Path) -> list[dict]:
    rows: list[dict] = []
    if not path.exists():
        return rows
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            raise ValueError(f"{path}:{n}: invalid JSON: {e.msg}") from None
    return rows


def read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


@dataclass(frozen=True)
class Actor:
    name: str
    actor_type: str
    country: str | None  # ISO3
    generic: bool


@dataclass(frozen=True)
class Trigger:
    id: str
    event_type: str
    sub_event_type: str
    plover_event: str
    plover_mode: str | None
    priority: int
    role_hint: str
    alt_if_state: str | None
    alt_mode_if_state: str | None = None
    alt_if_civilians: dict | None = None
    alt_if_armed: dict | None = None
    fatal_default: bool = False
    means_from_sentence: bool = False  # air by default; artillery/rockets named in the sentence make it shelling
    requires_after: str | None = None  # a wordlists.json pattern list that must match after it in the sentence
    requires_before: str | None = None  # a wordlists.json pattern list that must match just before it (its subject)
    refused_after: str | None = None  # a wordlists.json pattern list that must not match just after it (its object)
    refused_before: str | None = None  # a wordlists.json pattern list that must not match the sentence before it


def _key(alias: str) -> str:
    return " ".join(alias.lower().replace("’", "'").split())


def _words_re(words) -> Guarded | None:
    ws = sorted({w.strip().lower() for w in words if w and w.strip()}, key=_longest_first)
    if not ws:
        return None
    # trie-shaped (regex_trie.py): the same matches, fewer branches tried; guarded (regex_guard.py): a text that
    # cannot match is not scanned
    return guarded(
        compile_trie(r"(?<![\w-])(?:" + "|".join(re.escape(w).replace("\\ ", r"\s+") for w in ws) + r")(?![\w-])", re.I)
    )


KILL_RE = re.compile(
    r"\b(killed|killing|kill|kills|dead|died|dies|death|deaths|lives|slain|massacred|executed|fatalities|bodies)\b",
    re.I,
)
INJURY_RE = re.compile(r"\b(wounded|injured|injuring|wounding|hurt|injuries)\b", re.I)

NEVER = re.compile(r"(?!x)x")  # matches nothing
# (ev106) "{name}" stands for the list `name` of wordlists.json: the one placeholder syntax of the data files
# (events/filled.py, verb_frames.json `speech_stop`, place_cues.json)
PLACEHOLDER = re.compile(r"\{([a-z][a-z_]*)\}")
_UNBUILT: Any = object()  # a cache entry not built yet (a built one may be None: an empty list)
T = TypeVar("T")


@dataclass
class Rules:
    """Actors, triggers, lexicon and word lists, with the patterns compiled from them (built once per object)."""

    actors: dict[str, Actor]  # canonical name -> actor
    alias_to_actor: dict[str, str]  # lower-cased alias -> canonical (case-insensitive aliases)
    case_aliases: dict[str, str]  # exact alias -> canonical (case-sensitive acronyms)
    triggers: dict[str, Trigger]
    trigger_phrases: dict[str, list[str]]
    lexicon: dict
    context_remap: dict = field(default_factory=dict)  # canonical name -> {ISO3: other canonical name}
    words: dict = field(default_factory=dict)  # wordlists.json
    alias_forms: dict = field(default_factory=dict)  # canonical -> aliases as written (case-insensitive ones)
    source_dir: str = ""
    frames: dict = field(default_factory=dict)  # verb_frames.json: verb ... object ... closing words (ev19)
    place_cues: dict = field(default_factory=dict)  # place_cues.json: phrases that make a name a place (ev19)
    actor_frames: dict = field(default_factory=dict)  # actor_frames.json: the group of a target's people (ev20)
    # what `built` and the accessors below derived from these rules, by key (new and empty on every new object:
    # `dataclasses.replace` with edited word lists builds everything again)
    _built: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def built(self, key: Hashable, make: Callable[[], T]) -> T:
        """The object `make()` derives from these rules (a module's compiled patterns or frames), built on the first
        call for `key` and the same object on every later one. `key` names one derived object for good (by
        convention "module.what"): two modules must not share a key, and `make` must read nothing but these rules."""
        cache = self._built
        if key not in cache:
            cache[key] = make()
        return cache[key]

    def resolve_actor(self, text: str) -> Actor | None:
        """Canonical actor for any alias or canonical name (case-insensitive except acronyms)."""
        if text in self.case_aliases:
            return self.actors[self.case_aliases[text]]
        key = _key(text)
        name = self.alias_to_actor.get(key)
        if name is None and key.startswith("the "):
            name = self.alias_to_actor.get(key[4:])
        return self.actors.get(name) if name else None

    def wordset(self, name: str) -> frozenset:
        """A word list of wordlists.json as a set, built once per list object (a list replaced in `words`, as the
        tests' edited word lists are, is built again)."""
        words = self.words[name]  # a misspelt list name is a KeyError, never an empty list
        key = ("wordset", name)
        got = self._built.get(key)
        if got is None or got[0] is not words:
            got = self._built[key] = (words, frozenset(words))
        return got[1]

    def lexicon_set(self, *names: str) -> frozenset:
        """The words of lexicon.json lists, lower-cased, as one set (built once per Rules)."""
        return self.built(("lexicon_set", names), lambda: frozenset(w.lower() for n in names for w in self.lexicon[n]))

    def patterns_re(self, name: str, flags: int = re.I) -> Guarded | re.Pattern | None:
        """A list of regular expressions of wordlists.json (or several joined by "+") as one alternation (compiled
        once): case-insensitive, each alternative guarded by its lower-case twin (regex_guard.py); with other `flags`
        (0: case-sensitive) as written."""
        cache, key = self._built, ("patterns_re", name, flags)
        if key in cache:
            return cache[key]
        # (ev111) "a+b" is the union of the lists a and b (a trigger's gate read from two word classes)
        pats = [p for part in name.split("+") for p in self.words[part] if p]  # (a misspelt name is a KeyError)
        rx = compile_trie("|".join(rf"(?:{p})" for p in pats), flags) if pats else None
        cache[key] = got = guarded(rx, pats) if rx is not None and flags == re.I else rx
        return got

    def patterns_rx(self, name: str, flags: int = re.I) -> Guarded | re.Pattern:
        """`patterns_re`, with a pattern that never matches for an empty list: `search`, `finditer` and `findall`
        (with `pos`/`endpos`) need no None test."""
        rx = self.patterns_re(name, flags)
        return NEVER if rx is None else rx

    def pattern_search(self, name: str, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """The first match of the case-insensitive pattern list `name` (patterns_re) in text[pos:endpos]; None when
        the list is empty or nothing matches."""
        rx = self._built.get(("patterns_re", name, re.I), _UNBUILT)  # (perf27: built once; no call per search)
        if rx is _UNBUILT:
            rx = self.patterns_re(name)
        return None if rx is None else rx.search(text, pos, len(text) if endpos is None else endpos)

    def window(self, name: str) -> int:
        """A character window of wordlists.json `trigger_windows`: how far before or after a trigger a rule reads."""
        return int(self.words["trigger_windows"][name])

    def words_re(self, name: str) -> Guarded | None:
        """A word list of wordlists.json as one whole-word, case-insensitive pattern (compiled once per Rules)."""
        return self.words_re_of(name)

    def words_re_of(self, *names: str) -> Guarded | None:
        """Several word lists of wordlists.json as one whole-word, case-insensitive pattern (compiled once per Rules)."""
        # a misspelt list name is a KeyError (fix58), never an empty list
        return self.built(("words_re_of", names), lambda: _words_re([w for n in names for w in self.words[n]]))

    @staticmethod
    def alternation(words, lower: bool = False) -> str:
        """(fix61) A word list as one regular-expression alternation of its literal words, longest first, a space
        matching any white space; a pattern that never matches for an empty list; `lower`: the words lower-cased (for
        a case-sensitive pattern of lower-case text). Since clean26 also the helper of place_cues.json's placeholders
        and of inner_names.py, which had restated it (other older restatements: data README, "clean26")."""
        ws = sorted({w.strip().lower() if lower else w.strip() for w in words if w and w.strip()}, key=_longest_first)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws) or "(?!)"

    @functools.cached_property
    def transfer_re(self) -> re.Pattern | None:
        """A delivery or deployment verb whose object runs up to the end of the text ("moved a rocket system (")."""
        words = self.wordset("transfer_verbs")
        if not words:
            return None
        return regex_store.compile(rf"\b(?:{self.alternation(words)})\s+(?:[\w\-’'()]+,?\s+){{0,8}}\(?$", re.I)

    @functools.cached_property
    def vague_time_res(self) -> dict[str, re.Pattern]:
        """`vague_times` groups (days, recent, year) compiled as whole-phrase patterns."""
        return {
            k: regex_store.compile(rf"\b(?:{self.alternation(v)})\b", re.I)
            for k, v in self.words.get("vague_times", {}).items()
            if v
        }

    # ---------------------------------------------------------------- compiled once per object
    @functools.cached_property
    def kill_injury(self) -> tuple[Guarded | re.Pattern, Guarded | re.Pattern]:
        """(kill, injury) patterns from lexicon.json; the built-in short lists are the fallback."""
        lex = self.lexicon
        kill = (
            _words_re([w for w in lex.get("kill_words", []) if w.lower() not in ("toll", "body", "death toll rose")])
            or KILL_RE
        )
        injury = _words_re(lex.get("injury_words", [])) or INJURY_RE
        return kill, injury

    @functools.cached_property
    def victim_patterns(self) -> tuple[dict[str, int], re.Pattern]:
        """(number words, victim-quantity pattern): "at least 12 civilians", "the two men", "a soldier"."""
        lex = self.lexicon
        numbers = {k.lower(): int(v) for k, v in lex.get("number_words", {}).items() if isinstance(v, (int, float))}
        vague = {v.lower() for v in lex.get("vague_quantities", [])}
        numbers = {k: v for k, v in numbers.items() if k not in vague}
        victims = (
            {v.lower() for v in lex.get("victim_nouns", []) if " " not in v}
            | self.wordset("extra_victims")
            | self.wordset("victim_nouns_more")
        )
        num_alt = "|".join(sorted(map(re.escape, numbers), key=len, reverse=True))
        # the listed nouns first, then the shapes of unlisted ones (`victim_noun_patterns`: "three diggers")
        vic_alt = "|".join([*sorted(map(re.escape, victims), key=_longest_first), *self.words["victim_noun_patterns"]])
        qty = regex_store.compile(
            rf"(?<![\w-])(?P<mod>(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|an\s+estimated|another|a\s+further)\s+)?"
            rf"(?P<num>\d[\d,]*|(?:{num_alt})(?:-(?:{num_alt}))?|a|an|one|(?:the|their|his|her|its)(?!\s+(?:\d|(?:{num_alt})\b))(?=\s+(?:[\w’'\-]+\s+){{0,2}}?(?:{vic_alt})(?![\w-])))\s+(?P<of>of\s+(?:the\s+|them\b\s*|whom\b\s*)?)?"
            rf"(?P<mods>(?:(?!and\b|or\b|were\b|was\b|in\b|at\b|on\b|near\b|killed\b|killing\b|(?:\d[\d,]*|{num_alt})(?![\w-]))[\w’'\-]+\s+){{0,3}}?)(?P<noun>{vic_alt})(?:\s+(?:{vic_alt}))?(?![\w-])",
            re.I,
        )
        return numbers, qty

    @functools.cached_property
    def speech_re(self) -> re.Pattern:
        """Reporting verbs (attribution patterns of one word + the speech verbs word list)."""
        words = {
            w.lower()
            for w in self.lexicon.get("attribution_patterns", [])
            if " " not in w and w.islower() and w != "report"
        }
        words |= self.wordset("speech_verbs")
        alt = "|".join(sorted(map(re.escape, words), key=_longest_first))
        return regex_store.compile(rf"\b(?:{alt})\b(?!\s+(?:responsibility|credit))", re.I)

    @functools.cached_property
    def hedge_re(self) -> re.Pattern | None:
        hedges = sorted({h.lower() for h in self.lexicon.get("hedge_words", [])}, key=_longest_first)
        return regex_store.compile(r"\b(?:" + "|".join(re.escape(h) for h in hedges) + r")\b") if hedges else None

    @functools.cached_property
    def alias_blobs(self) -> dict[str, str]:
        """Canonical name -> all its aliases in lower case, for keyword checks ("separatist" fits "Ambazonian separatists")."""
        got: dict[str, str] = {}
        for al, name in list(self.alias_to_actor.items()) + [(k.lower(), v) for k, v in self.case_aliases.items()]:
            got[name] = got.get(name, "") + " | " + al
        return {k: v + " | " + k.lower() for k, v in got.items()}

    @functools.cached_property
    def country_names(self) -> dict[str, str]:
        return self.lexicon.get("country_names", {})

    @functools.cached_property
    def country_words(self) -> frozenset[str]:
        """Lower-cased country names and nationality or ethnic adjectives ("Kenya", "Kenyan", "Hausa")."""
        return frozenset(w.lower() for w in [*self.lexicon["country_adjectives"], *self.country_names.values()])

    @functools.cached_property
    def adjectives(self) -> dict[str, str]:
        """Lower-cased nationality adjective -> ISO3 (ethnic adjectives, mapped to null, left out)."""
        return {k.lower(): v for k, v in self.lexicon.get("country_adjectives", {}).items() if v}


def _load_actors(rows: list[dict]):
    actors: dict[str, Actor] = {}
    alias: dict[str, str] = {}
    case_alias: dict[str, str] = {}
    remap: dict[str, dict] = {}
    forms: dict[str, list[str]] = {}
    for row in rows:
        a = Actor(row["name"], row["actor_type"], row.get("country"), bool(row.get("generic")))
        actors[a.name] = a
        if row.get("context_remap"):
            remap[a.name] = dict(row["context_remap"])
        cs = set(row.get("case_sensitive_aliases") or [])
        for al in cs:
            case_alias[al] = a.name
        for al in [row["name"], *row.get("aliases", [])]:
            if al not in cs and alias.setdefault(_key(al), a.name) == a.name:
                forms.setdefault(a.name, []).append(al)
    return actors, alias, case_alias, remap, forms


def _load_triggers(rows: list[dict]):
    triggers: dict[str, Trigger] = {}
    phrases: dict[str, list[str]] = {}
    for row in rows:
        t = Trigger(
            row["id"],
            row["event_type"],
            row["sub_event_type"],
            row.get("plover_event") or "OTHER",
            row.get("plover_mode"),
            int(row.get("priority", 5)),
            row.get("role_hint", "agent_then_target"),
            row.get("alt_sub_event_type_if_state_actor"),
            row.get("alt_plover_mode_if_state_actor"),
            row.get("alt_if_target_civilians"),
            row.get("alt_if_target_armed"),
            bool(row.get("fatal_default")),
            bool(row.get("means_from_sentence")),
            row.get("requires_after"),
            row.get("requires_before"),
            row.get("refused_after"),
            row.get("refused_before"),
        )
        triggers[t.id] = t
        phrases[t.id] = list(row.get("phrases", []))
    return triggers, phrases


def load_rules(data_dir: str | Path | None = None) -> Rules:
    """Rules from a folder of data files (default: the package's data/); a file missing from it is empty."""
    return _load(str(Path(data_dir).resolve()) if data_dir else str(package_data_dir()))


def _state_rows(rows: list[dict], lexicon: dict, words: dict) -> list[dict]:
    """Military and police actors for the countries of `country_adjectives` the dictionary lacks ("Tajik forces", "Thai
    army", "Kyrgyz border guards"), with '<Adjective> <noun>' aliases from `state_alias_nouns`."""
    nouns = {k: v for k, v in words.get("state_alias_nouns", {}).items() if not k.startswith("_")}
    if not nouns:
        return []
    names = {r["name"] for r in rows}
    by_country: dict[str, list[str]] = {}
    for adj, iso3 in lexicon.get("country_adjectives", {}).items():
        if iso3 and adj[:1].isupper() and " " not in adj and "." not in adj:
            by_country.setdefault(iso3, []).append(adj)
    out = []
    of_forms = {k: v for k, v in words.get("state_alias_of_forms", {}).items() if not k.startswith("_")}
    for row in rows:  # "units of the Armed Forces of Armenia", "the Army of the Republic of Azerbaijan"
        for prefix, forms in of_forms.items():
            if row["name"].startswith(prefix + " ") and not row.get("generic"):
                cname = row["name"][len(prefix) + 1 :]
                bare = cname[4:] if cname.startswith("the ") else cname
                row["aliases"] = list(row.get("aliases", [])) + [f"{f} {c}" for f in forms for c in {cname, bare}]
    adj_forms = {k: v for k, v in words.get("state_alias_adjective_forms", {}).items() if not k.startswith("_")}
    for row in rows:  # "the Saudi-backed forces of the Yemeni government": that country's military
        for prefix, forms in adj_forms.items():
            if row["name"].startswith(prefix + " ") and not row.get("generic") and row.get("country"):
                extra = [f.format(adj=a) for f in forms for a in by_country.get(row["country"], [])]
                row["aliases"] = list(row.get("aliases", [])) + extra
    for iso3, adjs in sorted(by_country.items()):
        cname = lexicon.get("country_names", {}).get(iso3)
        if not cname:
            continue
        for prefix, ns in nouns.items():
            name = f"{prefix} {cname}"
            if name in names:
                continue
            aliases = [f"{a} {n}" for a in adjs for n in ns]
            out.append({"name": name, "aliases": aliases, "actor_type": "State forces", "country": iso3})
    _listed_state_aliases(rows + out, by_country, lexicon, words)
    _country_name_aliases(rows + out, lexicon, words)
    return out


def _country_name_aliases(rows: list[dict], lexicon: dict, words: dict) -> None:
    """(ev59) '<Country> <noun>' aliases (`state_alias_country_nouns`: "Benin army", "Chad police") added to every
    country's military and police actors; an alias some actor already has is left to it."""
    nouns = {k: v for k, v in words["state_alias_country_nouns"].items() if not k.startswith("_")}
    taken = {a.lower() for r in rows for a in r.get("aliases", ())}
    by_name = {r["name"]: r for r in rows}
    for cname in lexicon.get("country_names", {}).values():
        bare = cname[4:] if cname.startswith("the ") else cname
        for prefix, ns in nouns.items():
            row = by_name.get(f"{prefix} {cname}")
            if row is not None:
                extra = [f"{bare} {n}" for n in ns if f"{bare} {n}".lower() not in taken]
                row["aliases"] = list(row.get("aliases", [])) + extra


def _listed_state_aliases(rows: list[dict], by_country: dict[str, list[str]], lexicon: dict, words: dict) -> None:
    """'<Adjective> <noun>' aliases (`state_alias_nouns_listed`: "Iraqi border guards", "Nigerian navy") added to the
    military and police actors the dictionary lists itself (ev20); an alias some actor already has is left to it."""
    nouns = {k: v for k, v in words.get("state_alias_nouns_listed", {}).items() if not k.startswith("_")}
    if not nouns:
        return
    taken = {a.lower() for r in rows for a in r.get("aliases", ())}
    by_name = {r["name"]: r for r in rows}
    for iso3, adjs in sorted(by_country.items()):
        cname = lexicon.get("country_names", {}).get(iso3)
        for prefix, ns in nouns.items():
            row = by_name.get(f"{prefix} {cname}") if cname else None
            if row is None:
                continue
            extra = [f"{a} {n}" for a in adjs for n in ns if f"{a} {n}".lower() not in taken]
            row["aliases"] = list(row.get("aliases", [])) + extra


def extended_lists(words: dict) -> dict:
    """(ev106) wordlists.json with each list entry that is exactly "{name}", `name` another list of the file, replaced
    by that list's entries: a list written as another's extension (`speaker_clause_verbs`: "{list_speech_verbs}" and
    four more verbs) holds that list's words. (fix119) Only a word list extends a word list (`_plain_words`: no entry
    is a regular expression): a fragment list's "{name}" (`armed_cargo_heads`: "{force}", "naval\\s+ratings") stays a
    placeholder for events/filled.py, whatever lists the file gains. A placeholder inside a pattern stays too; a cycle
    is an error."""

    def expand(key: str, seen: frozenset) -> list:
        out = []
        for w in words[key]:
            m = PLACEHOLDER.fullmatch(w) if isinstance(w, str) else None
            if m is None or not (isinstance(words.get(m.group(1)), list) and _plain_words(words[m.group(1)])):
                out.append(w)
            elif m.group(1) in seen:
                raise ValueError(f"wordlists.json: {key!r} extends itself through {w!r}")
            else:
                out += expand(m.group(1), seen | {key})
        return out

    return {k: expand(k, frozenset({k})) if isinstance(v, list) and _plain_words(v) else v for k, v in words.items()}


_REGEX_CHARS = re.compile(r"[\\()\[\]?*+|^$]")


def _plain_words(entries: list) -> bool:
    """A word list: every entry a string with no regular-expression character (a whole "{name}" entry aside)."""
    return all(
        isinstance(w, str) and (PLACEHOLDER.fullmatch(w) is not None or _REGEX_CHARS.search(w) is None) for w in entries
    )


@functools.lru_cache(maxsize=8)
def _load(folder: str) -> Rules:
    d = Path(folder)
    lexicon, words = read_json(d / "lexicon.json"), extended_lists(read_json(d / "wordlists.json"))
    rows = [dict(r) for r in read_jsonl(d / "actors.jsonl")]
    actors, alias, case_alias, remap, forms = _load_actors(rows + _state_rows(rows, lexicon, words))
    triggers, phrases = _load_triggers(read_jsonl(d / "triggers.jsonl"))
    phrases = expand(read_json(d / "trigger_classes.json"), phrases)  # phrases written as word classes
    return Rules(
        actors,
        alias,
        case_alias,
        triggers,
        phrases,
        lexicon,
        remap,
        words,
        alias_forms=forms,
        source_dir=folder,
        frames=read_json(d / "verb_frames.json"),
        place_cues=read_json(d / "place_cues.json"),
        actor_frames=read_json(d / "actor_frames.json"),
    )


def write_data(rules: Rules, path: Path, files: tuple[str, ...] = DATA_FILES) -> None:
    """Copy the data files the rules were read from into `path` (a component's folder in a saved pipeline)."""
    path.mkdir(parents=True, exist_ok=True)
    src = Path(rules.source_dir)
    for name in files:
        f = src / name
        if f.exists():
            (path / name).write_bytes(f.read_bytes())
