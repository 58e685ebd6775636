"""(issue 11) The known places of one document as the anchors of its unlisted names (`UnlistedPlaces._anchor`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .unlisted import UnlistedPlaces


class Anchors:
    """(issue 11) The known places of one document [(start, end, place)] as the anchors of its unlisted names
    (`UnlistedPlaces._anchor`): filtered once (per dominant country) and sorted by start, so that each name bisects to
    its sentence's places and to the last place before it (filtering the whole list for every name was quadratic in
    the document's length). A place is passed over where (ev24) the attackers came from ("gunmen who came from X")
    or when it lies abroad (`_abroad`, which reads the document's `context`)."""

    def __init__(self, owner: UnlistedPlaces, text: str, known: list, context: dict) -> None:
        self.owner, self.context = owner, context
        origin = owner.origin_before
        self.known = [
            (ks, i, p)
            for i, (ks, _ke, p) in enumerate(known)
            if origin is None or not origin.search(text[max(0, ks - 40) : ks])
        ]
        self._sorted: dict[str | None, tuple[list, list, list, list]] = {}

    def sorted_for(self, main_iso2: str | None) -> tuple[list, list, list, list]:
        """(starts, places) of the sentence candidates (no country, no natural feature) by (start, position in the
        list), and (starts, places) of the earlier-place candidates (no country) by start, the first of a start last:
        places as (start, position, place)."""
        got = self._sorted.get(main_iso2)
        if got is None:
            kept = [k for k in self.known if not self.owner._abroad(k[2], self.context, main_iso2)]
            near = sorted((k for k in kept if k[2].feature not in ("country", "natural")), key=lambda k: k[:2])
            before = sorted((k for k in kept if k[2].feature != "country"), key=lambda k: (k[0], -k[1]))
            got = self._sorted[main_iso2] = ([k[0] for k in near], near, [k[0] for k in before], before)
        return got
