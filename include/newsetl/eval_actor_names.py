"""How the events scorer names an actor (`newsetl eval events`, eval_events.py): aliases resolved through the actor
dictionary, a generic actor written with another name of the event's country ("Police Forces of DR Congo", ev23), a unit
folded into its force and a community's militia written several ways (ev28, fix31)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (the extractor's modules load lazily: the evaluation commands import this module)
    from .extract.gazetteer import Gazetteer
    from .extract.rules import Rules

# (ev28) one actor written several ways by the gold files' writers: a unit after its parent force, "Nigerian Army (27
# Task Force Brigade)", is that force; a named community's militia is one actor whether written "Mbole militia", "Mbole
# communal militia", "Al-Haddi tribal militia", "Yaluba clan militia" or "Aiyala clan" (a generic actor's country in
# parentheses, "Unidentified Armed Group (Sudan)", is no unit)
UNIT = re.compile(r"^(?P<force>[^()]+?)\s*\((?P<unit>[^()]+)\)$")
BRANCH_FORMS = ("{x} {y}", "{x} {y} Province", "{x} in the {y}", "{x} in {y}")  # (fix31) an ACLED branch's names
BARE_COUNTRY = re.compile(r"\s*(?:\bof\s+)?\(?\{country\}\)?")  # a generic name's country part, "of {country}"
STATE_TYPES = ("State forces", "External/Other forces")
MILITIA = re.compile(r"^(?P<name>.+?)\s+(?:(?:(?:clan|tribal|communal|ethnic|family)\s+)?militias?|clan)$", re.I)


def _without_the(key: str) -> str:
    """A normalised name without the article "the" anywhere in it ("the republic of the congo" -> "republic of congo")."""
    return " ".join(w for w in key.split() if w != "the")


class ActorNames:
    """The actor names the scorer compares (a mixin of eval_events._EventScorer, which sets res, gaz and norm)."""

    res: Rules
    gaz: Gazetteer
    norm: Callable[[str], str]

    def generic_of_country(self, name: str, iso3: str | None):
        """ "Police Forces of DR Congo", "Police Forces of Philippines": a generic actor written with another name of
        the event's country (the gold format's "Police Forces of <Country>") is that generic actor (ev23), and so is
        its name without the country ("Private Security Forces", as the dictionary reads "Police Forces"; fix88)."""
        place = self.gaz.country_place(self.gaz.iso3_to_iso2.get(iso3 or "", ""))
        if place is None:
            return None
        for a in self.res.actors.values():
            if a.generic and self.norm(name) == self.norm(BARE_COUNTRY.sub("", a.name)):
                return a  # (fix88) "Private Security Forces", "Military Forces": the generic actor without its country
            pre, sep, post = a.name.partition("{country}")
            if a.generic and sep and name.startswith(pre) and name.endswith(post) and len(name) > len(pre + post):
                if self._names_country(name[len(pre) : len(name) - len(post)], place, iso3):
                    return a
        return None

    def _names_country(self, text: str, place, iso3: str | None) -> bool:
        """Whether `text` names the country `place`: a name the gazetteer knows for it, or the country's name with or
        without the article "the", also inside the name ("Republic of Congo" and "the Republic of the Congo", "the
        Gambia"; fix88)."""
        if place in self.gaz.lookup(text):
            return True
        names = (place.name, self.res.lexicon.get("country_names", {}).get(iso3 or "") or "")
        return _without_the(self.norm(text)) in {_without_the(self.norm(n)) for n in names if n}

    def _unit(self, force: str, unit: str, iso3: str | None):
        """(fix31) "X (Y)": the actor its branch's own name resolves to ("Islamic State (Sahel)" -> "Islamic State Sahel
        Province"), else X's name when Y is a unit of X ("Nigerian Army (27 Task Force Brigade)"), else None: Y is an
        actor other than a state force ("Military Forces of Sudan (Rapid Support Forces)"), X a generic actor whose country Y is ("(Sudan)"),
        or X a named armed group and Y a place other than the event's country (an ACLED branch, "Islamic State (West
        Africa)", "Al Qaeda (Arabian Peninsula)")."""
        found, own = self.res.resolve_actor(force), self.res.resolve_actor(unit)
        if (found is not None and found.generic) or (own is not None and own.actor_type != "State forces"):
            return None
        for form in BRANCH_FORMS:
            branch = self.res.resolve_actor(form.format(x=force, y=unit))
            if branch is not None and branch != found and not branch.generic:
                return self.norm(branch.name)
        home = self.gaz.country_place(self.gaz.iso3_to_iso2.get(iso3 or "", ""))
        place = self.gaz.lookup(unit)
        if found is not None and found.actor_type not in STATE_TYPES and place and home not in place:
            return None
        return self.actor_name(force, iso3)

    def actor_name(self, name, iso3):
        if not name:
            return None
        a = self.res.resolve_actor(name) or self.generic_of_country(name, iso3)
        if a is None:
            unit, militia = UNIT.match(name), MILITIA.match(name)
            folded = self._unit(unit["force"], unit["unit"], iso3) if unit is not None else None
            if folded is not None:
                return folded
            # (fix31) "Murle communal militia": the dictionary's "Murle militia" when it knows one
            a = self.res.resolve_actor(f"{militia['name']} militia") if militia is not None else None
            if a is None:
                return "militia of " + self.norm(militia["name"]) if militia is not None else self.norm(name)
        if a.generic:
            cname = self.res.lexicon.get("country_names", {}).get(iso3 or "")
            return self.norm(a.name.replace("{country}", cname or ""))
        return self.norm(a.name)
