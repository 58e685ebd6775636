"""Generated conflict-report sentences for the extractor's crash test: random combinations of the phrases its own
data files know (trigger phrases, actor aliases, group and force nouns, place lead words, admin units) with
gazetteer towns, invented villages, numbers and dates, in the constructions real reports use ("positions of X", "an
attack by Y", "a member of the militia", "between the villages of A and B", "X district, south of Y", passives,
relative dates), plus word salad over the same vocabulary. Nothing here is a gold label: the only assertion is that
the extractor returns (events or none) for every document.

`documents(n, seed)` -> n bodies (lists of paragraphs)."""

from __future__ import annotations

import json
import random
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "include" / "newsetl" / "data"

TOWNS = ["Kadugli", "Dikwa", "Bama", "Menaka", "Gao", "Kidal", "Bentiu", "Beni", "Butembo", "Mosul", "Raqqa", "Idlib"]
TOWNS += ["Kobani", "Marawi", "Kandahar", "Quetta", "Bakhmut", "Kherson", "Sittwe", "Djibo", "Diffa", "Garissa"]
INVENTED = ["Umm Zzirba", "Kaffa Tuloo", "Ngaribbo", "Dar Zzalam", "Tilla Kowri", "Bir Ozzan", "Sabiid Zzey"]
NUMBERS = ["two", "three", "five", "12", "at least 7", "dozens of", "more than 40", "one", "a", "several"]
DATES = ["on Monday", "on Tuesday night", "last week", "on 3 March", "yesterday", "early on Sunday", "in May", ""]
VICTIMS = ["civilians", "soldiers", "farmers", "police officers", "worshippers", "villagers", "children", "fighters"]


def _vocab() -> dict[str, list[str]]:
    triggers = [
        p
        for line in (DATA / "triggers.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
        for p in json.loads(line).get("phrases", [])
    ]
    actors = []
    for line in (DATA / "actors.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            a = json.loads(line)
            if "{" not in a["name"]:
                actors.append(a["name"])
            actors += [x for x in a.get("aliases", []) if "{" not in x][:6]
    words = json.loads((DATA / "wordlists.json").read_text(encoding="utf-8"))

    def wl(key: str) -> list[str]:
        v = words.get(key, [])
        return [str(x) for x in v] if isinstance(v, list) else [str(x) for x in v]

    return {
        "trigger": triggers,
        "actor": actors,
        "group": wl("group_anaphora_nouns") + wl("group_nouns"),
        "member": wl("group_member_heads") + wl("unlisted_group_member_nouns"),
        "post": wl("post_nouns") + wl("landmark_nouns"),
        "lead": wl("place_lead_words"),
        "admin": wl("admin_unit_words"),
        "unit": wl("unlisted_group_heads") + wl("numbered_unit_heads"),
    }


def _place(r: random.Random) -> str:
    a, b = r.choice(TOWNS), r.choice(TOWNS + INVENTED)
    c = r.choice(INVENTED)
    return r.choice(
        [
            f"in {a}",
            f"in the village of {c}",
            f"near {c}, south of {a}",
            f"between the villages of {a} and {c}",
            f"on the road between {c} and {b}",
            f"in {c} district",
            f"in {c} village in {a} province",
            f"at a checkpoint outside {a}",
            f"in {a}, {b} and {c}",
            f"{r.choice(['north', 'east', 'south-west'])} of {c}",
        ]
    )


def _sentence(r: random.Random, v: dict[str, list[str]]) -> str:
    actor, other = r.choice(v["actor"]), r.choice(v["actor"])
    trig, num, when, place = r.choice(v["trigger"]), r.choice(NUMBERS), r.choice(DATES), _place(r)
    victims = r.choice(VICTIMS)
    forms = [
        f"{actor} {trig} {place} {when}, killing {num} {victims}.",
        f"{num.capitalize()} {victims} were killed {when} when {actor} {trig} positions of {other} {place}.",
        f"{actor}, backed by {other}, repelled an attack by {r.choice(v['actor'])} {place} {when}.",
        f"Soldiers killed a {r.choice(v['member'])} of the {r.choice(v['group'])} {place} {when}.",
        f"{r.choice(v['lead'])} {place.split(' ', 1)[-1]}, {actor} {trig} a {r.choice(v['post'])} of {other}.",
        f"The {r.choice(['1st', '23rd', '105th'])} {r.choice(v['unit'])} of {other} {trig} {place}.",
        f"A {trig} {place} {when} left {num} dead, according to {other}.",
        f"{actor} said {other} had {trig} {num} {victims} in {r.choice(INVENTED)} {r.choice(v['admin'])} {when}.",
        f"Members of the {r.choice(v['group'])} and {actor} {trig} {when} {place}.",
        " ".join(r.choice(v[k]) for k in r.choices(list(v), k=r.randint(4, 14))) + ".",
    ]
    s = r.choice(forms)
    return " ".join(s.split())


def documents(n: int, seed: int = 7) -> list[list[str]]:
    r = random.Random(seed)
    v = _vocab()
    docs = []
    for _ in range(n):
        paras = [" ".join(_sentence(r, v) for _ in range(r.randint(1, 3))) for _ in range(r.randint(1, 4))]
        docs.append(paras)
    return docs
