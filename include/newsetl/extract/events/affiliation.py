"""Role frames for actors as data (issue 10, round 20, `ev20`): the group the people on an event's target side belong
to, when the rules left that side to the generic civilians or to nobody ("arrested 12 suspected X members",
"arrested five people on charges of links with X", "who had supplied fuel to the group"). The frames live in
`data/actor_frames.json` (loaded into `Rules.actor_frames`); each has a slot {NAME}, a capitalised name or acronym
that the actor dictionary resolves to a named non-state armed group, or {ANAPHOR}, which stands for the story's
most-mentioned named non-state armed group. A frame of kind `pair` names both sides from one phrase ("fighting
between the A and B clans": {A} and {B}, each written out with the frame's `name_format`, "A clan") when neither side
is a named actor yet. Run once over the article's events after the story's roles."""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from ... import regex_store
from ..gazetteer import Gazetteer
from ..rules import Actor, Rules
from . import side_defaults
from .filled import fill
from .model import NONSTATE_TYPES, STATE_TYPES, Event, trigger_at, with_country

# (ev63) particles inside a name ("Clan del Golfo", "Comandos de la Frontera"; fix64: the data list
# `unlisted_group_connectors`, without `frame_name_not_particles`: "the", which opens no inner part of a name there
# either, and (fix67) "for": "Agents of the Ministry of Intelligence for two days detained")
NAME = (
    r"(?P<name>(?:(?:al|el|ad|an|as|ash)-)?[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|(?:{particles})"
    r"(?=(?:\s+(?:{particles}))*\s+[A-Z]))(?![\w'’\-])){{0,5}})"
)  # (fix67) a particle only before a capitalised word: not "Members of Al-Shabaab and their wives"
SIDE = r"(?-i:(?P<{}>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{0,2}}))"  # one side of a pair: one to three words
NONE = re.compile(r"(?!x)x")
EMPTY_SIDE = "empty_side"  # (ev88) a frame read by battle_sides.empty_sides once the events are merged, not here
OWN_STATE, OTHER = "own_state", "other"  # (ev88) an `empty_side` frame's `opposite` (or "": any named side)


class Frame(NamedTuple):
    name: str
    applies_to: frozenset  # sub-event types, or event types
    replace: frozenset  # target sides it may overwrite: actor names, None for no actor
    patterns: tuple
    kind: str = "member"  # "member": the target's group; "pair": both sides; "agency": the acting state agency
    name_format: str = "{name}"
    actor_type: str = "Identity militia"
    name_words: frozenset = frozenset()  # an "agency" name holds one of these words ("Intelligence", "Service")
    target_default: str | None = None  # the other side when the rules left it empty ("Civilians")
    not_names: frozenset = frozenset()  # a "community" name is none of these words ("Armed", "Rival", "Two")
    battle_replace: frozenset = frozenset()  # sides a "community" name may overwrite in a battle only ("Civilians")
    owners: tuple = ()  # a "weapon" frame: (compiled weapon name, owner actor name, event countries) triples
    target_types: frozenset = frozenset()  # a "weapon" frame: sub-event types where the weapon's owner is actor2
    replace_prefixes: tuple = ()  # a "member" frame may also overwrite a target whose name starts with one of these
    after_trigger: bool = False  # (fix26) a match counts only after the event's trigger (the object, not the subject)
    as_target: tuple = ()  # (fix26) a "weapon" frame: patterns ({WEAPON}) where the weapon is what was struck
    defenders: tuple = ()  # (ev27) an "intercept" frame: patterns naming the event country's air defences
    unless: tuple = ()  # (ev27) a "side_alias" / "default_actor*" frame does nothing where one of these matches ({list}: fix99)
    alternatives: tuple = ()  # (ev27) "default_actor*": (compiled pattern, actor) tried before `target_default`
    next_sentence: bool = False  # (ev27) an "object" frame reads the sentence after the event's (same paragraph)
    regions: tuple = ()  # (ev28) a "region_force" frame: (admin1, actor) pairs, the force of a region with its own
    before_trigger: bool = False  # (fix31) a match counts only before the event's trigger (the subject, not the object)
    near_trigger: int = 0  # (fix35) a "pair" phrase counts only this many characters or fewer from the trigger
    same_clause: bool = False  # (fix50) an "unnamed_pair" phrase counts only with no clause break from the trigger
    not_places: tuple = ()  # (fix54) a "community" name is no gazetteer place of these (feature, least population)
    unless_phrase: bool = False  # (fix67) `unless` blocks only the pattern matches it covers, not the whole sentence
    opposite: str = ""  # (ev88) an "empty_side" frame: the named side it fills against ("own_state", "other", "": any)
    pairs: frozenset = frozenset()  # (fix96) an "empty_side" frame: (named force's country, event's country) at war
    group_pairs: frozenset = frozenset()  # (fix96) "empty_side": (named group's country, event's) of one insurgency


def _compile(p: str, ana: str, particles: str) -> re.Pattern:
    name = "(?-i:" + NAME.format(particles=particles) + ")"
    p = p.replace("{NAME}", name).replace("{ANAPHOR}", f"(?P<anaphor>{ana})")
    return regex_store.compile(p.replace("{A}", SIDE.format("a")).replace("{B}", SIDE.format("b")), re.I)


def frames(res: Rules) -> tuple[Frame, ...]:
    """The enabled frames of `res.actor_frames`, compiled once per Rules."""

    def build() -> tuple[Frame, ...]:
        data = res.actor_frames or {}
        ana = "(?:" + "|".join(data.get("anaphora", ())) + ")" if data.get("anaphora") else NONE.pattern
        particles = Rules.alternation(
            res.wordset("unlisted_group_connectors") - res.wordset("frame_name_not_particles")
        )
        out = []
        for r in data.get("rules", ()):
            if not r.get("enabled", True):
                continue
            out.append(
                Frame(
                    r["name"],
                    frozenset(r.get("applies_to", ())),
                    frozenset(r.get("replace", ())),
                    tuple(_compile(p, ana, particles) for p in r.get("patterns", ())),
                    r.get("kind", "member"),
                    r.get("name_format", "{name}"),
                    r.get("actor_type", "Identity militia"),
                    frozenset(r.get("name_words", ())),
                    r.get("target_default"),
                    frozenset(r.get("not_names", ())),
                    frozenset(r.get("battle_replace", ())),
                    tuple(
                        (regex_store.compile(o["pattern"]), o["actor"], frozenset(o["countries"]))
                        for o in r.get("owners", ())
                    ),
                    frozenset(r.get("target_types", ())),
                    tuple(r.get("replace_prefixes", ())),
                    bool(r.get("after_trigger", False)),
                    tuple(r.get("as_target", ())),
                    tuple(regex_store.compile(p, re.I) for p in r.get("defenders", ())),
                    tuple(regex_store.compile(p, re.I) for p in fill(res, list(r.get("unless", ())))),
                    tuple((regex_store.compile(p, re.I), a) for p, a in r.get("alternatives", ())),
                    bool(r.get("next_sentence", False)),
                    tuple((k, v) for k, v in r.get("regions", {}).items() if not k.startswith("_")),
                    bool(r.get("before_trigger", False)),
                    int(r.get("near_trigger", 0)),
                    bool(r.get("same_clause", False)),
                    tuple((f, int(n)) for f, n in r.get("not_places", {}).items() if not f.startswith("_")),
                    bool(r.get("unless_phrase", False)),
                    str(r.get("opposite", "")),
                    frozenset(tuple(p) for p in r.get("pairs", ())),
                    frozenset(tuple(p) for p in r.get("group_pairs", ())),
                )
            )
            _check(out[-1], res)
        return tuple(out)

    return res.built("affiliation.frames", build)


def _check(frame: Frame, res: Rules) -> None:
    """(fix96) A misspelt `empty_side` frame raises rather than acting otherwise: its `target_default` and the actors
    of its `alternatives` must be actors of the dictionary, its `opposite` one of "", "own_state", "other", its
    `pairs` and `group_pairs` pairs of two country codes."""
    if frame.kind != EMPTY_SIDE:
        return
    if frame.target_default not in res.actors:
        raise ValueError(f"actor frame {frame.name!r}: unknown target_default {frame.target_default!r}")
    if frame.opposite not in ("", OWN_STATE, OTHER):
        raise ValueError(f"actor frame {frame.name!r}: unknown opposite {frame.opposite!r}")
    if any(actor not in res.actors for _, actor in frame.alternatives):
        raise ValueError(f"actor frame {frame.name!r}: unknown actor in alternatives")
    if any(len(p) != 2 for p in frame.pairs | frame.group_pairs):
        raise ValueError(f"actor frame {frame.name!r}: a pair is not two country codes")


def _named_group(name: str, res: Rules) -> Actor | None:
    """The named non-state armed group of the longest leading part of `name` ("AQAP cell" -> AQAP)."""
    words = name.split()
    for n in range(len(words), 0, -1):
        act = res.resolve_actor(" ".join(words[:n]))
        if act is not None and not act.generic and act.actor_type in NONSTATE_TYPES:
            return act
    return None


def _story_group(named: Counter) -> Actor | None:
    """The story's most-mentioned named non-state armed group (first named first on ties), else None."""
    for act, _ in named.most_common():
        if not act.generic and act.actor_type in NONSTATE_TYPES:
            return act
    return None


def _named_words(words: list[str], res: Rules, trailing: bool) -> Actor | None:
    """The named non-state armed group of the longest capitalised run of `words` that ends them (`trailing`: "the
    Barrio 18") or opens them ("MS-13, controls"), else None."""
    for n in range(len(words), 0, -1):
        part = words[-n:] if trailing else words[:n]
        if not (part[0][:1].isupper() or part[0][:1].isdigit()):
            continue
        act = res.resolve_actor(" ".join(part))
        if act is not None and not act.generic and act.actor_type in NONSTATE_TYPES:
            return act
    return None


def _nearest_named(text: str, end: int, noun: str, res: Rules) -> Actor | None:
    """(fix73) "members of the gang": the group of the nearest `noun` the story names before `end` ("Gunmen of the
    Barrio 18 gang ...", "A rival gang, MS-13, controls ..."); a nearer unnamed one ("a gang of robbers") binds to
    none, a mention that is itself an anaphor ("the gang, which controls ...") points further back."""
    rx = res.built(("affiliation.nearest_noun", noun.lower()), lambda: re.compile(rf"\b{re.escape(noun)}\b", re.I))
    for m in reversed(list(rx.finditer(text, 0, end))):  # (ev75) no copy of the text before `end`, compiled once
        before = re.findall(r"[\w'’\-]+", text[max(0, m.start() - 40) : m.start()])[-4:]
        act = _named_words(before, res, True) if before else None
        after = re.match(r",?\s+(?:known\s+as\s+|called\s+)?([\w'’\-]+(?:\s+[\w'’\-]+){0,3})", text[m.end() : end])
        if act is None and after is not None:
            act = _named_words(after.group(1).split(), res, False)
        if act is not None:
            return act
        if not re.search(r"\bthe\s+(?:same\s+)?$", text[max(0, m.start() - 10) : m.start()], re.I):
            return None  # "a gang of robbers": the nearest one is unnamed
    return None


def _member_of(ev: Event, frame: Frame, res: Rules, named: Counter, text: str = "") -> Actor | None:
    # (fix26) "fighters of the group fired mortars": the subject's phrase names the attackers, not the target
    at = trigger_at(ev) if frame.after_trigger else -1
    after = at + len(ev.trigger) if at >= 0 else 0
    nearest = res.wordset("nearest_named_anaphora_nouns")
    for pat in frame.patterns:
        for m in pat.finditer(ev.sentence, after):
            groups = m.groupdict()
            if groups.get("name"):
                act = _named_group(groups["name"], res)
            elif groups.get("anaphor") and groups["anaphor"].split()[-1].lower() in nearest and text:
                act = _nearest_named(text, ev.start_char, groups["anaphor"].split()[-1], res)
            else:
                act = _story_group(named) if groups.get("anaphor") else None
            if act is not None and act != ev.actor1:
                return act
    return None


def _generic_prefixes(res: Rules) -> tuple[str, ...]:
    """The fixed part of the generic actors' names ("Police Forces of", "Unidentified Armed Group"): an actor whose
    name starts with one was filled in from the article's country, not named by the text."""
    return res.built(
        "affiliation.generic_prefixes",
        lambda: tuple(a.name.split("{country}")[0].rstrip(" (") for a in res.actors.values() if a.generic),
    )


def _named(actor: Actor | None, res: Rules) -> bool:
    if actor is None or actor.generic or actor.actor_type in ("Civilians", "Protesters"):
        return False
    return not actor.name.startswith(_generic_prefixes(res))


def _pair(ev: Event, frame: Frame, res: Rules, iso3: str | None, gaz=None) -> tuple[Actor, Actor] | None:
    """Both sides named by a `pair` frame, when neither side of the event is a named actor yet: two names that are no
    word of `not_names` ("the Government and the Opposition"), in a phrase within `near_trigger` characters of the
    event's trigger (not "clashed near Bor, in a region scarred by years of ethnic fighting between the A and the B");
    (fix64) neither a gazetteer place of `not_places` ("Fighters from Sudan and neighbouring Chad"); (ev93) nor a
    country's adjective ("Kenyan herders and Ethiopian villagers"); (fix103) no `unless` pattern right after the
    phrase ("... clashed with soldiers")."""
    if _named(ev.actor1, res) or _named(ev.actor2, res):
        return None
    at = trigger_at(ev) if frame.near_trigger else -1
    adjectives = res.lexicon.get("country_adjectives", {})
    for pat in frame.patterns:
        for m in pat.finditer(ev.sentence):
            if m.group("a") == m.group("b") or frame.not_names.intersection(f"{m['a']} {m['b']}".split()):
                continue
            if m["a"] in adjectives or m["b"] in adjectives:
                continue  # (ev93) "Kenyan herders and Ethiopian villagers": two countries' people, no communities
            if any(u.match(ev.sentence, m.end()) for u in frame.unless):
                continue  # (fix103) "A fighters and B fighters clashed with soldiers": the force is the other side
            if at >= 0 and max(m.start() - at - len(ev.trigger), at - m.end()) > frame.near_trigger:
                continue
            if _is_place(m["a"], frame, gaz) or _is_place(m["b"], frame, gaz):
                continue
            a, b = (Actor(frame.name_format.format(name=m.group(k)), frame.actor_type, iso3, False) for k in "ab")
            return a, b
    return None


def _adjective(iso3: str | None, res: Rules) -> str | None:
    """The first adjective lexicon.json lists for a country ("IRN" -> "Iranian")."""
    for adj, code in res.lexicon.get("country_adjectives", {}).items():
        if code == iso3:
            return adj
    return None


def _agency(ev: Event, frame: Frame, res: Rules, iso3: str | None) -> Actor | None:
    """ "agents of the Ministry of Intelligence detained ...": the state agency named, with the country's adjective."""
    adj = _adjective(iso3, res)
    if adj is None:
        return None
    for pat in frame.patterns:
        for m in pat.finditer(ev.sentence):
            name = m.group("name")
            known = res.resolve_actor(name)  # "officers of the Criminal Investigation Department": the police
            if known is not None and known.actor_type == frame.actor_type:
                return with_country(known, iso3, res)
            if frame.name_words & set(name.split()):
                return Actor(frame.name_format.format(name=name, adj=adj), frame.actor_type, iso3, False)
    return None


def _plain_name(name: str, start: int, sentence: str, mid_names: set[str], adjectives: dict) -> bool:
    """(fix26) A community's name is one or two capitalised words ("Twa", "Bani Hilal"; not "Hundreds of Hutu and
    Twa"), none a hyphenated word with a lowercase part or a country's adjective ("Iran-backed", "Pro-Russian"), and
    not the sentence's first word ("When", "Overnight", "Other") unless the article uses it as a name elsewhere."""
    words = name.split()
    if len(words) > 2 or any(not w[0].isupper() for w in words):
        return False
    for w in words:
        parts = w.split("-")
        if len(parts) > 1 and any(not p or p[0].islower() or p in adjectives for p in parts):
            return False
    first = not sentence[:start].strip(" \"'“‘([")
    return not first or words[0] in mid_names


def mid_sentence_names(text: str) -> set[str]:
    """Capitalised words the article uses after a sentence's first word (names, not sentence openers)."""
    return set(re.findall(r"(?<=[\w,;:] )[A-Z][\w'’\-]*", text))


def _is_place(name: str, frame: Frame, gaz: Gazetteer | None) -> bool:
    """(fix54) `name` is a city or a region of the gazetteer (`not_places`: "the neighbouring Jos community" names
    a city, no community)."""
    if not frame.not_places or gaz is None:
        return False
    least = dict(frame.not_places)
    return any(p.feature in least and p.population >= least[p.feature] for p in gaz.lookup(name))


def _community_name(
    ev: Event, frame: Frame, res: Rules, mid_names: set[str], gaz: Gazetteer | None = None
) -> str | None:
    """The community a "community" frame names in the event's sentence ("Twa militiamen" -> "Twa"): a capitalised
    name that is no word of `not_names`, no country adjective and no actor the dictionary knows (those the rules
    resolve already), and a plain name (`_plain_name`); with `before_trigger`, in the words before the trigger."""
    adjectives = res.lexicon.get("country_adjectives", {})
    at = trigger_at(ev) if frame.before_trigger else -1
    for pat in frame.patterns:
        for m in pat.finditer(ev.sentence, 0, at if at >= 0 else len(ev.sentence)):
            name = m.group("name")
            words = name.split()
            if set(words) & frame.not_names or words[0] in adjectives or name.lower() in res.lexicon["number_words"]:
                continue
            if not _plain_name(name, m.start("name"), ev.sentence, mid_names, adjectives):
                continue
            if res.resolve_actor(name) is not None or res.resolve_actor(m.group(0)) is not None:
                continue
            if _is_place(name, frame, gaz):
                continue
            return name
    return None


def _community(ev: Event, frame: Frame, res: Rules, iso3: str | None, mid_names: set[str], gaz=None) -> None:
    """ "Twa militiamen attacked ...": the named community's militia takes the side the rules left to an unnamed
    armed group (or, in a battle, to civilians)."""
    sides = [ev.actor1, ev.actor2]
    prefixes = tuple(frame.replace)
    pick = [i for i, a in enumerate(sides) if a is not None and a.name.startswith(prefixes)]
    if not pick and ev.event_type == "Battles":
        pick = [i for i, a in enumerate(sides) if a is not None and a.name.startswith(tuple(frame.battle_replace))]
    if not pick:
        return
    name = _community_name(ev, frame, res, mid_names, gaz)
    if name is None:
        return
    known = res.resolve_actor(f"{name} militia")  # (ev28) "from the Murle community": the dictionary's Murle militia
    if known is not None and known.actor_type == frame.actor_type:
        actor = with_country(known, iso3, res)
    else:
        actor = Actor(frame.name_format.format(name=name), frame.actor_type, iso3, False)
    if pick[0] == 0:
        ev.actor1 = actor
    else:
        ev.actor2 = actor


def _outfit(ev: Event, frame: Frame, res: Rules, iso3: str | None) -> None:
    """(ev44) "Members of the X security outfit fought ...", "Militiamen of the X movement attacked ...", "Members of
    the X, a state-backed vigilante outfit, ...": the named group the subject's people belong to takes actor1 when the
    rules left it to nobody or to an unnamed group (`replace`: None and name prefixes). A name the dictionary knows is
    its actor; a generic one ("the Police unit") or one holding a word of `not_names` is no group's name."""
    a1 = ev.actor1
    prefixes = tuple(r for r in frame.replace if r)
    if not (a1 is None and None in frame.replace) and not (
        a1 is not None and prefixes and a1.name.startswith(prefixes)
    ):
        return
    at = trigger_at(ev)
    for pat in frame.patterns:
        for m in pat.finditer(ev.sentence, 0, at if at >= 0 else len(ev.sentence)):
            name = m.group("name")
            if frame.not_names.intersection(name.split()):
                continue
            known = res.resolve_actor(name)
            if known is not None and (known.generic or known.actor_type not in NONSTATE_TYPES):
                continue
            if known is not None:
                ev.actor1 = with_country(known, iso3, res)
            else:
                ev.actor1 = Actor(frame.name_format.format(name=name), frame.actor_type, iso3, False)
            return


def _unnamed_pair(ev: Event, frame: Frame, res: Rules, iso3: str | None) -> None:
    """(ev44) "fighters from two sub-clans clashed", "a fight between two clans broke out": two communities the text
    leaves unnamed are both sides, each "<Kind> militia" (`name_format`, the pattern's `kind` in the singular), when
    neither side of the event is a named actor yet nor a state force (fix46), in a phrase within `near_trigger`
    characters of the trigger or, with `same_clause` (fix50), in the trigger's clause: no `clause_break_patterns`
    between them (not "elders said the area had been disputed between two clans")."""
    if any(_named(a, res) or (a is not None and a.actor_type in STATE_TYPES) for a in (ev.actor1, ev.actor2)):
        return
    at = trigger_at(ev) if frame.near_trigger or frame.same_clause else -1
    for pat in frame.patterns:
        for m in pat.finditer(ev.sentence):
            far = max(m.start() - at - len(ev.trigger), at - m.end())
            if at >= 0 and frame.near_trigger and far > frame.near_trigger:
                continue
            gap = ev.sentence[min(m.end(), at + len(ev.trigger)) : max(m.start(), at)]
            if at >= 0 and frame.same_clause and res.pattern_search("clause_break_patterns", gap):
                continue
            kind = m.group("kind").lower().removesuffix("s")
            a = Actor(frame.name_format.format(name=kind[:1].upper() + kind[1:]), frame.actor_type, iso3, False)
            ev.actor1, ev.actor2 = a, a
            return


def _struck(ev: Event, weapon: re.Pattern, frame: Frame) -> bool:
    """(fix26) The weapon is what the event struck ("destroyed an Iskander launcher", "a depot of Shahed drones", "a
    train carrying Kalibr missiles"): a pattern of `as_target` matches after a lowercase word other than an article
    (a verb or a preposition: the phrase is an object; "Russian Iskander launchers fired" is the subject)."""
    weapon_re = "(?-i:" + weapon.pattern + ")"
    for p in frame.as_target:
        for m in re.finditer(p.replace("{WEAPON}", weapon_re), ev.sentence, re.I):
            before = re.findall(r"\b[a-z][\w'’-]*", ev.sentence[: m.start()])
            if any(w not in ("a", "an", "the") for w in before):
                return True
    return False


def _weapon_owner(ev: Event, frame: Frame, res: Rules, iso3: str | None) -> None:
    """ "Shahed-type drones hit the depot": a weapon system only one side of the event's country's war uses is that
    side's; it takes actor1 (actor2 of a weapon stopped, `target_types`, or struck, `as_target`) when the rules left it
    to nobody or to an unnamed armed group (`replace`, name prefixes)."""
    for pat, owner, countries in frame.owners:
        side = 2 if ev.sub_event_type in frame.target_types or _struck(ev, pat, frame) else 1
        actor = ev.actor2 if side == 2 else ev.actor1
        if actor is not None and not actor.name.startswith(tuple(frame.replace)):
            continue
        if iso3 in countries and pat.search(ev.sentence) and owner in res.actors:
            found = with_country(res.actors[owner], iso3, res)
            if side == 2:
                ev.actor2 = found
            else:
                ev.actor1 = found
            return


def member_targets(events: list[Event], res: Rules, named: Counter, gaz: Gazetteer, text: str = "") -> None:
    """Give an event's target side the group its people belong to, or both sides their names (module docstring)."""
    mid_names = mid_sentence_names(text or " ".join(ev.sentence for ev in events))
    for frame in frames(res):
        for ev in events:
            iso3 = gaz.iso3(ev.place.country) if ev.place is not None else None
            if ev.sub_event_type not in frame.applies_to and ev.event_type not in frame.applies_to:
                continue
            if frame.kind == EMPTY_SIDE:
                continue
            if frame.kind == "pair":
                pair = _pair(ev, frame, res, iso3, gaz)
                if pair is not None:
                    ev.actor1, ev.actor2 = pair
                continue
            if frame.kind == "weapon":
                _weapon_owner(ev, frame, res, iso3)
                continue
            if frame.kind in side_defaults.KINDS:
                side_defaults.apply(ev, frame, res, iso3, events, text)
                continue
            if frame.kind == "community":
                _community(ev, frame, res, iso3, mid_names, gaz)
                continue
            if frame.kind == "outfit":
                _outfit(ev, frame, res, iso3)
                continue
            if frame.kind == "unnamed_pair":
                _unnamed_pair(ev, frame, res, iso3)
                continue
            if frame.kind == "agency":
                agency = _agency(ev, frame, res, iso3) if ev.actor1 is None else None
                if agency is not None:
                    ev.actor1 = agency
                    if ev.actor2 is None and frame.target_default:
                        ev.actor2 = res.actors.get(frame.target_default)
                continue
            target = ev.actor2.name if ev.actor2 is not None else None
            if target not in frame.replace and not (
                target and frame.replace_prefixes and target.startswith(frame.replace_prefixes)
            ):
                continue
            act = _member_of(ev, frame, res, named, text)
            if act is not None:
                ev.actor2 = act
