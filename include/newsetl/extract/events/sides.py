"""The sides of a battle told after it: "Heavy clashes erupted between two armed groups ... The fighting pitted the X
brigade against fighters loyal to a rival commander" names who fought."""

from __future__ import annotations

from .model import remap_actor, with_country


def _side(art, u, lo: int, hi: int):
    """The first armed actor named in [lo, hi) of the clause (relative to the sentence)."""
    for m in u.actors:
        if lo <= m.start_char - u.s0 < hi:
            actor = art.overrides.get(m.start_char) or art.res.actors.get(m.ent_id_)
            if actor is not None and actor.actor_type not in ("Civilians", "Protesters", "Rioters"):
                return actor
    return None


def sides_of_last_battle(art, u, own_dates: list) -> bool:
    """ "The fighting pitted X against Y" (`clash_sides_patterns`) with no day of its own, right after a battle of the
    same paragraph: X and Y are its sides where it had none or only an unidentified one. True when it did."""
    rx = art.res.patterns_re("clash_sides_patterns")
    last = art.latest()
    if rx is None or own_dates or last is None or last.event_type != "Battles":
        return False
    if last.extras.get("seen", last.paragraph) != u.para:
        return False
    m = rx.search(u.stext)
    if m is None:
        return False
    iso3 = art.gaz.iso3(last.place.country) if last.place is not None else None
    iso3 = iso3 or (art.gaz.iso3(art.main_iso2) if art.main_iso2 else None)
    first = _side(art, u, m.start("first"), m.end("first"))
    second = _side(art, u, m.start("second"), m.end("second"))
    if first is None and second is None:
        return False

    def weak(a) -> bool:
        return a is None or a.name.startswith("Unidentified")

    first, second = remap_actor(first, iso3, art.res), remap_actor(second, iso3, art.res)  # affiliates (ISWAP)
    if first is not None and weak(last.actor1) and not weak(first):
        last.actor1 = with_country(first, iso3, art.res)
    if second is not None and weak(last.actor2) and second != first:
        last.actor2 = with_country(second, iso3, art.res)
    art.mark_seen(last, u.para)
    return True
