"""Name tests of the places component: an organisation's name before its acronym, a country named as a border's other
side or as an adjective, a fragment that cuts a name joined by an Arabic article."""

from __future__ import annotations

import re

from .place_cue_rules import NAME_WORD
from .place_seqs import UPPER

NAME_REST = re.compile(rf"(?:\s+{UPPER}[\w'’\-]*)*")
ACRONYM_AFTER = re.compile(r"\s*\(([A-Z]{2,6})\)")
NAME_HEAD = re.compile(rf"(?:{UPPER}[\w'’\-]*\s+)*$")
INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$")
LOWER_AFTER = re.compile(r"\s+[a-z]")
BORDER_BEFORE = re.compile(r"\b(?:the|its|their)\s+$|\bborder\s+with\s+(?:the\s+)?$", re.I)
PLAIN_HEAD = re.compile(r"[A-Z][a-z'’]+")  # a plain capitalised word, the head of "Souq al-Juma"


def org_with_acronym(text: str, s: int, e: int) -> bool:
    """ "the Barisan Revolusi Nasional (BRN)": a name followed by the acronym of its initials names an organisation."""
    run = NAME_REST.match(text[e : e + 80])  # a fragment of the name: the rest of it
    e = e + run.end() if run else e
    m = ACRONYM_AFTER.match(text[e : e + 10])
    if m is None:
        return False
    head = NAME_HEAD.search(text[max(0, s - 80) : s])
    s = s - len(head.group(0)) if head else s
    initials = "".join(w[0] for w in NAME_WORD.findall(text[s:e]) if w[0].isupper())
    return len(initials) >= 2 and m.group(1) == initials


def _border_of(text: str, s: int, e: int) -> bool:
    """(ev38) A country named as the other side of a border ("near the Ghana border", "the Malian border", "the border
    with Niger"): the story is on this side, so the name votes less for the story's country (an adjective not at all)."""
    before = BORDER_BEFORE.search(text[max(0, s - 16) : s])
    return before is not None and (
        before.group(0).lower().startswith("border") or text[e : e + 8].lower().startswith(" border")
    )


def _attributive(text: str, s: int, e: int) -> bool:
    """A country's name used as an adjective after an indefinite article ("a New Zealand pilot", "a Canada mining
    crew"): it names no place the story is in."""
    return bool(INDEFINITE_BEFORE.search(text[max(0, s - 4) : s]) and LOWER_AFTER.match(text[e : e + 3]))


NAME_PART_AFTER = re.compile(r"(?:['’]s)?\s+([a-z]+)\b")


ARTICLE_LEAD = ("al-", "el-", "ad-", "ar-", "as-", "ash-", "az-", "an-", "at-")


def _splits_a_name(toks: list, i: int, j: int, lead: bool, particles: frozenset[str]) -> bool:
    """(ev22) The fragment toks[i:j] cuts a name joined by an Arabic article ("Souq al-Juma", "Bir al-Juma"): the
    token after it, or its own first token after a plain capitalised word of the name, opens with "al-", "el-", ...
    (ev55) Or it starts after a lower-case particle (`particles`, one or more) that follow a plain capitalised word of the
    name: "Laguna del Tigre" is no "Tigre" (El Tigre); (ev68) or it ends on a plain word before such a particle inside
    the name: "Amarante do Maranhão" (unknown as a whole) is no "Amarante" (Piauí)."""
    k = i - 1
    while k > 0 and toks[k].group(0) in particles:
        k -= 1  # "Joya de los Sachas": back over every particle to the head
    if k < i - 1 and PLAIN_HEAD.fullmatch(toks[k].group(0)) is not None:
        return True
    if j + 1 < len(toks) and toks[j].group(0) in particles and PLAIN_HEAD.fullmatch(toks[j - 1].group(0)) is not None:
        return True  # (ev68) the words before the particle of a longer name: "Amarante do Maranhão" is no "Amarante"
    article = ARTICLE_LEAD
    if j < len(toks) and toks[j].group(0).lower().startswith(article):
        # (fix26) a possessive or a comma ends the name: "Baghdad's al-Karrada district" names Baghdad
        return not toks[j - 1].group(0).endswith(("'s", "’s", ","))
    return (
        i > (1 if lead else 0)
        and toks[i].group(0).lower().startswith(article)
        and PLAIN_HEAD.fullmatch(toks[i - 1].group(0)) is not None  # "Souq", not "LNA-held" (al-Watiya)
    )


KIN_NAME = r"[A-Z][\w'’]*(?:-[\w'’]+)*"


def kin_group_pattern(nouns: list[str]) -> re.Pattern:
    """(ev72) "the Dinga clan", "the Dinga and Kiaku clans", "the Issa, Afar and Gurgura tribes": the names that a kin
    group's noun (wordlists.json `kin_group_nouns`) follows, singly or in a list."""
    alt = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"\b{KIN_NAME}(?:(?:\s*,\s*|,?\s+and\s+)(?:the\s+)?{KIN_NAME})*\s+(?:{alt})\b")


def kin_group_names(pattern: re.Pattern, text: str) -> tuple[frozenset[str], list[tuple[int, int]]]:
    """The names the text calls a clan or a tribe (`kin_group_pattern`): a group of people there, whatever place of
    that name the gazetteer knows (a Dinga clan in Simbu is not Dinga, Pakistan); and (fix77) the spans of those kin
    phrases ("Beledweyne clan militias": that mention is the clan's, others may be the town's)."""
    names: set[str] = set()
    spans = []
    for m in pattern.finditer(text):
        head = m.group(0).rsplit(None, 1)[0]
        names.update(w for w in re.findall(KIN_NAME, head) if w not in ("The", "A", "An"))
        spans.append(m.span())
    return frozenset(names), spans
