"""The place of an event: the most specific place of its sentence, reference points and landmarks left out."""

from __future__ import annotations

import functools
import re

from ..gazetteer import Place
from .cause_place import cause_event_place
from .city_reference import the_city
from .model import FINE_FEATURES
from .place_dateline import without_paragraph_dateline


def precision_of(place: Place, region: bool) -> int:
    if place.feature == "country":
        return 3
    if region:
        return 2 if place.feature in FINE_FEATURES else max(2, place.precision)
    return place.precision


def unlisted(place: Place) -> bool:
    """A place the text names that the gazetteer lacks (located by a nearby or enclosing known place, its parent)."""
    return place.geonameid is None and not place.curated and place.feature != "country"


TOWN_RANK = FINE_FEATURES + ("district", "sub-district", "subdistrict", "township", "island")


def rank_of(place: Place, precision: int) -> int:
    """How specific a place is, for choosing the event's place: an unlisted village counts as a town, and so does an
    unlisted district or township the sentence names ("in Tak Bai district": ACLED codes its town of that name)."""
    if place.feature == "country":
        return 4  # "in Nigeria's Zamfara": a region the sentence names is finer than its country
    return 1 if unlisted(place) and place.feature in TOWN_RANK else precision


def event_places(spans) -> list:
    """The place spans an event may be located at: not an unlisted natural feature ("the Euphrates River"), which
    stays a mention only."""
    return [sp for sp in spans if not (sp._.place[0].feature == "natural" and unlisted(sp._.place[0]))]


def best_place(spans) -> tuple[Place, int] | None:
    best = None
    for sp in event_places(spans):
        place, region = sp._.place
        prec = precision_of(place, region)
        if best is None or prec < best[1]:
            best = (place, prec)
    return best


REF_POINT_BEFORE = re.compile(
    r"(?:\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|"
    r"northern|southern|eastern|western)(?:ern)?\s+of|\bkm\s+(?:\([^)]*\)\s+)?(?:from|of|outside)|\bkilometres?\s+(?:from|of)|"
    r"\bmiles?\s+(?:from|of)|\bborder\s+with|\bsolidarity\s+with|\bin\s+support\s+of|\bbordering|,\s*(?:close\s+to|near|not\s+far\s+from)|\bover\s+the|\bacross\s+the|\btowards?|\bheaded\s+for|\bcapital\s+of|\broad\s+to|\b(?:fleeing|fled|withdrawing|withdrew|retreating|retreated|returning|coming|displaced)(?:\s+from)?)\s+(?:the\s+)?$",
    re.I,
)


LANDMARK_AFTER = re.compile(
    r"\s+(?:presidential\s+)?(?:palace|airport|air\s+base|hotel|square|street|road|highway|bridge|stadium|university|hospital|"
    r"mosque|church|market|prison|river|dam|refinery|port|station|embassy|camp)\b",
    re.I,
)


REGION_AFTER = re.compile(r"\s+(?:region|oblast|province|governorate|peninsula|district)\b", re.I)


BETWEEN_BEFORE = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:(?:[\w\-]+\s+)?(?:villages?|towns?|cities|localities|settlements|areas?|districts?)\s+of\s+)?$",
    re.I,
)


BETWEEN_AND = re.compile(r"\bbetween\s+(?:the\s+)?[^,.;]{2,40}?\s+and\s+$", re.I)  # the second end of a road


ROAD_AFTER = re.compile(
    r"(?:\s*[–—-]\s*[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)?\s+(?:road|highway|motorway|route|axis|direction|corridor|front|frontline|"
    r"front\s+line)\b",
    re.I,
)


def is_reference_point(text: str, sp) -> bool:
    place = sp._.place[0]
    if place.feature == "country":
        return False
    before = text[max(0, sp.start_char - 40) : sp.start_char]
    if REGION_AFTER.match(text[sp.end_char : sp.end_char + 20]) and re.search(r"\bover\s+the\s+$", before):
        return False  # "shot down 31 drones over the Belgorod region": where it happened
    if REF_POINT_BEFORE.search(before) or re.search(r"(?:[–—-]|\(|\([^()]{0,40},)\s*$", before):
        return True  # "north of X", "the Goma–Rutshuru road": points that name where it is not
    if ROAD_AFTER.match(text[sp.end_char : sp.end_char + 40]):
        return True
    return bool(not place.curated and LANDMARK_AFTER.match(text[sp.end_char : sp.end_char + 30]))


# "the Hays district of Yemen's western province of Hodeidah": the places after "district of" locate the district
PART_OF_BETWEEN = re.compile(
    r"\s+(?:district|sub-?district|area|sector|county|township|neighbou?rhood|suburb|outskirts)\s+of\s+[^.;,:()]{0,45}",
    re.I,
)


PROVINCE_OF = re.compile(r"\b(?:province|governorate|region|state)\s+of\s+$", re.I)


def _locates_part(x: tuple, scored: list, dtext: str) -> bool:
    """x is the province or country after "the X district of ..." ("the Hays district of Yemen's western province of
    Hodeidah"); a town there stays ("the Hamar Jajab district of Mogadishu" is coded at the town, as ACLED does)."""
    place = x[0]._.place[0]
    named_as_region = place.feature in ("country", "province", "region") or PROVINCE_OF.search(
        dtext[max(0, x[0].start_char - 30) : x[0].start_char]
    )
    return bool(named_as_region) and any(
        PART_OF_BETWEEN.fullmatch(dtext[y[0].end_char : x[0].start_char]) for y in scored if y is not x
    )


SAME_PLACE = re.compile(
    r"\b(?:in|near|around)\s+the\s+(?:(?P<same>same)\s+(?:city|town|village|area|place|region|district)|area)\b", re.I
)
FRAME_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n|•\s*)(?:In|At)\s+$")
FRAME_AFTER = re.compile(r"\s*,")
LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|around|inside|into|of|on|from|between|across)\s+(?:the\s+)?(?:[a-z\-]+\s+){0,2}$", re.I
)
APPOSED = re.compile(r"\s*,\s*(?:in\s+)?(?:the\s+)?")
LIST_SEP = re.compile(r"\s*(?:,|and|,\s+and)\s*")
LIST_JOIN = re.compile(r"\b(?:and|or|as\s+well\s+as)\b", re.I)


def _mid_list(x: tuple, scored: list, dtext: str) -> bool:
    """The place sits inside a bare list of places: a list separator before it and another place after one."""
    i = scored.index(x)
    if i == 0 or i + 1 >= len(scored):
        return False
    prev, nxt = scored[i - 1][0], scored[i + 1][0]
    return bool(
        LIST_SEP.fullmatch(dtext[prev.end_char : x[0].start_char])
        and LIST_SEP.fullmatch(dtext[x[0].end_char : nxt.start_char])
    )


LOCATOR_GAP = re.compile(
    r",\s+(?:in\s+)?(?:the\s+)?(?:(?:province|region|district|state|department|prefecture|county|governorate)\s+of\s+)?",
    re.I,
)


def _main_places(scored: list, dtext: str) -> list:
    """The places of the sentence that may be where the event happened. Reference points ("south of Hodeidah", "20 km
    from Goma", "near the border with Mali") and landmarks named after a town ("the Miraflores palace", "over the
    Dnipro") are not, when another place is named, and neither is the place that locates an unlisted one just before it
    ("the village of Siftek, near Kobani", "Kafr Nabudah in northern Hama"), nor a part of a town after the town's
    possessive ("Dhaka's Mirpur", "Mogadishu's Hodan district": coded at the town, as ACLED does)."""
    anchors = {(sp._.place[0].parent, sp.end_char) for sp, _ in scored if unlisted(sp._.place[0])}
    locators = {
        x[0].start_char
        for x in scored
        for y in scored
        if y[0].end_char <= x[0].start_char
        and rank_of(x[0]._.place[0], x[1]) > rank_of(y[0]._.place[0], y[1])
        and LOCATOR_GAP.fullmatch(dtext[y[0].end_char : x[0].start_char])
    }  # "moving towards Matiacoali, province of Gourma": the province only locates the town before it
    main = [
        x
        for x in scored
        if not is_reference_point(dtext, x[0])
        and x[0].start_char not in locators
        and not any(x[0]._.place[0].name == name and 0 <= x[0].start_char - end <= 60 for name, end in anchors)
        and not (_locates_part(x, scored, dtext))
    ]
    return [
        x
        for x in main
        if not any(
            y[1] == 1 and re.fullmatch(r"[’']s\s+", dtext[y[0].end_char : x[0].start_char])
            for y in scored
            if y is not x
        )
    ]


def _road_ends(scored: list, trig_pos: int, dtext: str) -> tuple[list, tuple | None]:
    """Places after "between" ("on the road between Awasse and Mocimboa da Praia"): the first is the event's place,
    unless the sentence names an unlisted village apart from them ("near the village of Jiiro Dheere, on the road
    between Beledweyne and Mataban"), which is where it happened: then both ends are reference points."""
    betw = [
        x
        for x in scored
        if x[0].start_char >= trig_pos and BETWEEN_BEFORE.search(dtext[max(0, x[0].start_char - 60) : x[0].start_char])
    ]
    named = [x for x in scored if unlisted(x[0]._.place[0]) and x[0]._.place[0].feature in TOWN_RANK]
    if betw and named and not any(x in betw for x in named):
        ends = {x[0].start_char for x in betw} | {
            x[0].start_char for x in scored if BETWEEN_AND.search(dtext[max(0, x[0].start_char - 80) : x[0].start_char])
        }
        # (when every place is a road end, they all stay: the sentence still happened at one of them)
        return [x for x in scored if x[0].start_char not in ends] or scored, None
    if betw and betw[0][1] < 3:
        return scored, (betw[0][0]._.place[0], betw[0][1])
    return scored, None


def places_for(spans, trig_pos: int, dtext: str) -> list[tuple[Place, int]]:
    """Most specific places of the sentence; several when they form a list ('Susah, Shajlah and Mozan')."""
    spans = event_places(spans)
    if not spans:
        return []
    scored = [(sp, precision_of(*sp._.place)) for sp in spans]
    scored, first_end = _road_ends(scored, trig_pos, dtext)
    if first_end is not None:
        return [first_end]  # "on the road between Awasse and Mocimboa da Praia": the first place
    main = _main_places(scored, dtext)
    everything = scored
    if main and len(main) < len(scored):
        scored = main
    finest = min(rank_of(sp._.place[0], p) for sp, p in scored)
    fine = [(sp, p) for sp, p in scored if rank_of(sp._.place[0], p) == finest]
    framed = [x for x in fine if FRAME_BEFORE.search(dtext[max(0, x[0].start_char - 40) : x[0].start_char])]
    if framed and len(framed) == len(fine) and FRAME_AFTER.match(dtext[framed[0][0].end_char :]):
        inner = [
            x
            for x in scored
            if x[0].start_char > framed[-1][0].end_char
            and x[0]._.place[1]
            and rank_of(x[0]._.place[0], x[1]) < 3
            and not APPOSED.fullmatch(dtext, framed[-1][0].end_char, x[0].start_char)
        ]  # (not the district set beside the frame: "In Stepnohirsk, Vasylivka district, a woman was killed")
        if inner:  # "In Pattani, soldiers surrounded a house in Nong Chik district": the frame yields to the district
            fine = [
                x for x in inner if rank_of(x[0]._.place[0], x[1]) == min(rank_of(y[0]._.place[0], y[1]) for y in inner)
            ]
            framed = []
    if framed and len(framed) < len(fine) and FRAME_AFTER.match(dtext[framed[0][0].end_char :]):
        # "In Yala, security forces surrounded a house in Bannang Sata district": the opening "In X," frames the
        # story; the place inside the clause is where it happened (one the clause locates something at, not one
        # traffic goes "to")
        inside = [
            x
            for x in fine
            if x not in framed and LOCATIVE_BEFORE.search(dtext[max(0, x[0].start_char - 40) : x[0].start_char])
        ]
        fine = inside or framed
    after = [x for x in fine if x[0].start_char >= trig_pos] or fine
    first = after[0]
    out = [first]
    if BETWEEN_BEFORE.search(dtext[max(0, first[0].start_char - 60) : first[0].start_char]):
        # "between the villages of Robotyne and Verbove", "on the road between Bor and Pibor": one event, at the first place
        return [(first[0]._.place[0], first[1])]
    # a list continues with its neighbours whatever their precision ("Susah, Hawi Susah and Al-Shajlah"); a known
    # place that locates an unlisted neighbour stays a member when the list goes on after it ("A, B, C and D")
    following = [
        x
        for x in everything
        if x[0].start_char > first[0].start_char
        and (x[1] < 3 or rank_of(x[0]._.place[0], x[1]) < 3)
        and (x in scored or _mid_list(x, everything, dtext))
    ]
    joined = False  # a list of places has "and"/"or" somewhere; commas alone write an address ("A, B, C province")
    for sp, p in following:
        between = dtext[out[-1][0].end_char : sp.start_char]
        coarser = rank_of(sp._.place[0], p) > rank_of(out[-1][0]._.place[0], out[-1][1])
        if coarser and re.fullmatch(r"\s*,\s*", between) and not _mid_list((sp, p), everything, dtext):
            break  # "in Mir Ali, North Waziristan": the coarser place locates the finer one
        if re.fullmatch(r"\s*,\s*(?:also\s+)?(?:in\s+)?(?:the\s+)?", between) and (
            sp._.place[1] or sp._.place[0].feature in ("province", "region", "country")
        ):
            break  # "the village of Tonkoudji, Oudalan province", "Kulachi, in Dera Ismail Khan district"
        if re.fullmatch(
            r"\s*(?:[A-Z][\w'’\-]*\s*)?(?:,|and|, and|or|as\s+well\s+as)\s*(?:in\s+|at\s+|near\s+|on\s+)?(?:the\s+)?(?:nearby\s+|neighbouring\s+|neighboring\s+)?(?:(?:villages?|towns?|cities|city|neighbourhoods?|areas?|districts?)\s+(?:of\s+)?)?",
            between,
            re.I,
        ):
            out.append((sp, p))
            joined = joined or LIST_JOIN.search(between) is not None
        else:
            break
    if len(out) > 1 and not joined:
        # "in Barangay Buenavista, Mabinay, Negros Oriental", "the community of El Bejuco, in Tepalcatepec": an
        # address, each place locating the one before it; one event, at the first
        out = out[:1]
    return _distinct(out, everything, dtext)


CITY_PART_OF = re.compile(r"\s+(?:neighbou?rhoods?|suburbs?|quarter)\s+of\s+(?:the\s+)?", re.I)


def _distinct(out: list, everything: list, dtext: str = "") -> list[tuple[Place, int]]:
    """The places chosen, each once; an unlisted neighbourhood of a town the sentence names is coded at the town, and
    so is any place the sentence calls a neighbourhood of a town ("in the Tierra Blanca neighbourhood of Culiacán")."""
    seen, res = set(), []
    towns = {sp._.place[0].name: (sp._.place[0], p) for sp, p in everything if not unlisted(sp._.place[0]) and p == 1}
    by_start = {sp.start_char: (sp._.place[0], p) for sp, p in everything if p == 1}
    for sp, p in out:
        place = sp._.place[0]
        part_of = CITY_PART_OF.match(dtext, sp.end_char) if dtext else None
        if part_of is not None and part_of.end() in by_start:
            place, p = by_start[part_of.end()]
        elif unlisted(place) and place.feature == "neighbourhood" and place.parent in towns:
            place, p = towns[place.parent]  # "in Kampala ... in the Munyonyo suburb": ACLED codes the town
        key = (place.name, place.country)
        if key not in seen:
            seen.add(key)
            res.append((place, p))
    return res


CLAUSE_BREAK = re.compile(r"[,;]")
CITY_PARTS = ("neighbourhood", "sector", "suburb", "district")
OF_THE_CITY = re.compile(r"\b(?:of|in)\s+the\s+(?:city|capital|port\s+city)\b(?!\s+of\b)", re.I)


def _event_spans(art, u, rel: int) -> list:
    """The sentence's places that may locate its event: not a place in what a crowd demands ("marched in Masisi to
    demand the reopening of the banks in Goma", `demand_clause_patterns` after the trigger) nor one in a speaker's
    title ("the mayor of Kenscoff told local radio", `place_title_before_patterns`) nor one naming another event ("the
    Nyabiondo fighting", `event_named_by_place_after`), unless no other is named."""
    demand, title = art.res.patterns_re("demand_clause_patterns"), art.res.patterns_re("place_title_before_patterns")
    named = art.res.patterns_re("event_named_by_place_after")
    flight, moved = art.res.patterns_re("flight_destination_before"), art.res.patterns_re("transfer_destination_before")
    venue, travel = art.res.patterns_re("speech_venue_before"), art.res.patterns_re("travel_destination_before")

    def cued(sp, rx) -> bool:
        return (
            rx is not None and rx.search(u.stext[max(0, sp.start_char - u.s0 - 60) : sp.start_char - u.s0]) is not None
        )

    def in_clause(sp) -> bool:  # after the trigger, no comma or semicolon between: the event's own clause
        return sp.start_char - u.s0 > rel and not CLAUSE_BREAK.search(u.stext, rel, sp.start_char - u.s0)

    titled = art.res.patterns_re("place_title_after_patterns")  # (ev57) "Narok North police commander X said"
    spans = [sp for sp in u.splaces if not cued(sp, flight)]
    untitled = [
        sp for sp in spans if in_clause(sp) or not (titled is not None and titled.match(u.stext, sp.end_char - u.s0))
    ]  # (fix60) a titled place yields to another place of the sentence; never the trigger's object ("shot dead the
    # Kisumu County Police Commander"); alone it stays ("..., Kisumu County Police Commander X said": his county)
    spans = untitled or spans
    others = [sp for sp in spans if not cued(sp, travel)]  # (fix65) "a bus travelling to X": X yields only to another
    if any(not cued(sp, moved) and not cued(sp, venue) for sp in others):  # place of the sentence, never to the
        spans = others  # paragraph's last one ("On Tuesday, gunmen ambushed a bus travelling to Mandera": Mandera)
    rest = [sp for sp in spans if not cued(sp, moved) and not cued(sp, venue)]
    lone = [sp for sp in spans if not cued(sp, venue) or in_clause(sp)]
    spans = rest or (lone if _falls_to_dateline(art, u) else [sp for sp in lone if not cued(sp, moved)])
    # "citing officers who fled to Beledweyne", "arrested and taken to Oruro", "told reporters in Maiduguri": where
    # people fled or were taken to, or where a source spoke, is never where the event happened; (fix47) a place
    # people were taken or bound to that is the sentence's only one stays when the event would take the dateline's
    # ("KISUMU — ... gunmen attacked a bus bound for Kakamega"; not the paragraph's own place), and so does a
    # speaker's venue in the event's own clause ("fired tear gas at leaders addressing a news conference in X"; not
    # ", a commander told reporters in X")
    spans = without_paragraph_dateline(art, spans, lambda sp: cued(sp, moved) or cued(sp, travel) or cued(sp, venue))
    if len(spans) < 2:
        return spans
    spans = _without_source_and_locators(art.res, u, spans, rel)
    spans = _without_homonyms_abroad(art, spans)
    d = demand.search(u.stext, rel) if demand is not None else None
    if d is not None and _crowd_homes_only(art, u, spans, d.start()):
        d = None  # (fix52) "supporters from Kisumu protested against the bill in Nairobi": at Nairobi
    for name in ("charge_clause_openers", "cause_clause_openers"):
        charge = art.res.patterns_re(name)
        c = charge.search(u.stext, rel) if charge is not None else None
        if c is not None and (d is None or c.start() < d.start()):
            d = c  # "arrested two men in the city, accusing them of sheltering the men who attacked a station in X"
        # ("In Abakaliki, police arrested seven youths over the burning of a market at Ezillo": at Abakaliki)
    keep = [
        sp
        for sp in spans
        if not (d is not None and sp.start_char - u.s0 >= d.end())
        and not (title is not None and title.search(u.stext[max(0, sp.start_char - u.s0 - 40) : sp.start_char - u.s0]))
        and not (
            named is not None
            and u.stext[max(0, sp.start_char - u.s0 - 4) : sp.start_char - u.s0].lower() == "the "
            and named.match(u.stext, sp.end_char - u.s0)
        )  # ("a mortar round fired during the Nyabiondo fighting hit a house in Lukweti": an event named by its place)
        and not _named_before(art.res, u.stext, sp.start_char - u.s0, rel)
    ]
    return keep or spans


def _crowd_homes_only(art, u, spans: list, at: int) -> bool:
    """(fix52) Every place before a crowd's grievance (`demand_clause_patterns`) is where the crowd comes from ("from
    X", place_cues.json `origin_before`; "X residents", wordlists.json `crowd_home_after`): a place after it is then
    where they protested ("traders from X demonstrated against a ban in Y on Tuesday"), unlike the crowd's own place
    ("in X, traders rallied against the merger with ministries in Y")."""
    after = art.res.patterns_re("crowd_home_after")
    pre = [sp for sp in spans if sp.start_char - u.s0 < at]
    return bool(pre) and all(
        _named_as_origin(art, sp) or (after is not None and after.match(art.text, sp.end_char) is not None)
        for sp in pre
    )


def _falls_to_dateline(art, u) -> bool:
    """(fix47) With no place of its own, the event would take the dateline's place or the country (its paragraph names
    no place before it, the lead none finer than the dateline's)."""
    lead, dateline = art.lead_place, art.dateline_place
    if u.para in art.last_place_by_para:
        return False
    return not (lead and (lead[1] < 3 or dateline is None) and lead[0] != dateline)


def _without_source_and_locators(res, u, spans: list, rel: int) -> list:
    """Places that do not locate the event when the sentence names another: one in the source clause that closes the
    sentence after the trigger (`source_clause_patterns`: ", an officer at the Kalimela police station said", ",
    according to the Gouripur police station officer-in-charge"), and a known town that an unlisted village named
    just after it belongs to ("in the Gorongosa mountain area, near the village of Vunduzi": the village is the
    place; `unlisted_place_noun_before`)."""
    src = res.patterns_re("source_clause_patterns")
    m = src.search(u.stext, rel) if src is not None else None
    rest = [sp for sp in spans if m is None or sp.start_char - u.s0 < m.start()]
    noun = res.patterns_re("unlisted_place_noun_before")
    villages = [
        sp
        for sp in rest
        if unlisted(sp._.place[0])
        and noun is not None
        and noun.search(u.stext[max(0, sp.start_char - u.s0 - 40) : sp.start_char - u.s0])
    ]
    rest = [
        sp
        for sp in rest
        if not any(
            v._.place[0].parent == sp._.place[0].name and 0 <= v.start_char - sp.end_char <= 80 for v in villages
        )
    ]
    return rest or spans


@functools.lru_cache(maxsize=8)
def _origin_before(pattern: str) -> re.Pattern | None:
    """place_cues.json `dominant_country.origin_before`, compiled once per pattern (none when empty)."""
    return re.compile(pattern, re.I) if pattern else None


def _named_as_origin(art, sp) -> bool:
    """The place span `sp` is named as where people come from ("from X": place_cues.json `dominant_country.
    origin_before` over the 40 characters before it)."""
    rx = _origin_before(art.res.place_cues.get("dominant_country", {}).get("origin_before") or "")
    return rx is not None and rx.search(art.text[max(0, sp.start_char - 40) : sp.start_char]) is not None


def _without_homonyms_abroad(art, spans: list) -> list:
    """(ev43) A town of a country the story hardly names (under `min_anchor_share` of its country context, not
    curated), when the sentence names a town or area of the story's country, is a homonym read in a name, an ethnonym
    or a label ("Tama herders" in a Chad story, "ORANGE TRIANGLE (3) – X:" in a Myanmar one), not where the event
    happened; a country's own name stays (the fallback rules weigh it)."""
    main, share = art.main_iso2, float(art.res.place_cues.get("dominant_country", {}).get("min_anchor_share", 0.0))
    home = [
        sp
        for sp in spans
        if sp._.place[0].country == main and sp._.place[0].feature != "country" and not _named_as_origin(art, sp)
    ]  # (fix47) "Nigerians from Maiduguri protested ... in London": a home town named only as an origin names none
    if not main or not home:
        return spans  # (the story's country named only as a country, "near the border with X", keeps the towns)
    return [
        sp
        for sp in spans
        if sp._.place[0].country == main
        or sp._.place[0].feature == "country"
        or sp._.place[0].curated
        or art.context.get(sp._.place[0].country, 0.0) >= share
    ]


def _named_before(res, stext: str, pos: int, rel: int) -> bool:
    """ "staged a sit-in in Landi Kotal against the killings in Bagh Maidan": a place after another event's noun
    (`event_named_before_place`, not the trigger's own) names that event, not where this one happened."""
    rx = res.patterns_re("event_named_before_place")
    m = rx.search(stext[max(0, pos - 60) : pos]) if rx is not None else None
    if m is None or not m.group(0).strip():
        return False
    noun_at = max(0, pos - 60) + m.start("noun")
    return abs(noun_at - rel) > 2


def previous_place(art, u) -> tuple | None:
    """(ev57) The place of the event of the sentence just before (Article.recent): a follow-up sentence with no place
    of its own ("Soldiers later detained 11 people at a camp nearby") happens where it did; not one that speaks of a
    region (`region_reference_patterns`) nor one opening another scene (`scene_change_openers`). Never the dateline's place: an event that
    took it from the dateline gives way to the last place its paragraph named."""
    last = art.recent(u.s0)
    if art.res.pattern_search("region_reference_patterns", u.stext) is not None:
        return None  # "shot down seven drones over the region": the region, not the village just named
    if art.res.pattern_search("scene_change_openers", u.stext) is not None:
        return None  # (fix60) "Elsewhere, police arrested ...", "In a separate incident, ...": another scene
    if last is None or last.place is None or last.place.feature == "country":
        return None
    dateline = art.dateline_place
    told = last.sentence[art.dateline_end :] if art.text.startswith(last.sentence) else last.sentence
    if dateline is None or last.place.name != dateline.name or dateline.name.lower() in told.lower():
        return last.place, last.place_precision
    named = art.last_place_by_para.get(last.extras.get("seen", last.paragraph))
    return named if named is not None and named[0].feature != "country" and named[0].name != dateline.name else None


def place_event(art, u, ev, rel: int) -> list:
    """Set the event's place: the sentence's own (several when listed), else the paragraph's last place, the lead's,
    the dateline's or the article's country; a country name yields to a finer carried place. Returns the places
    chosen in the sentence."""
    chosen = places_for(_event_spans(art, u, rel), rel + u.s0, art.text)
    dateline, lead = art.dateline_place, art.lead_place
    dl = (dateline, dateline.precision) if dateline is not None else None
    prev = None if u.para in art.last_place_by_para else previous_place(art, u)
    carried = art.last_place_by_para.get(u.para) or prev or (lead if lead and lead[1] < 3 else None) or dl or lead
    if chosen and chosen[0][0].feature == "country" and carried and carried[1] < 3:
        # a country name is a fallback only: "Niger's rulers detained..." under a NIAMEY dateline is in Niamey;
        # a foreign country named in a story ("Russia said", "Turkey launched") is an actor, not the place
        main = art.main_iso2
        if carried[0].country == chosen[0][0].country or (
            main and chosen[0][0].country != main and carried[0].country == main
        ):
            chosen = [carried]
    if (
        chosen
        and unlisted(chosen[0][0])
        and chosen[0][0].feature in CITY_PARTS
        and dateline is not None
        and dateline.precision == 1
        and dateline.country == chosen[0][0].country
        and OF_THE_CITY.search(u.stext)
    ):
        chosen = [(dateline, 1)]  # "in the Socio Vivienda sector, in the northwest of the city" under its dateline
    own = chosen
    same = None if chosen else SAME_PLACE.search(u.stext)
    if same is not None and u.para not in art.last_place_by_para:
        if same.group("same") and art.latest() is not None and art.latest().place is not None:
            last = art.latest()
            chosen = [(last.place, last.place_precision)]  # "in the same city": the last event's place
        elif art.last_named is not None:
            chosen = [art.last_named]  # "in the area": the last town or village the story named
    city = None if chosen or u.para in art.last_place_by_para else the_city(art, u)
    if city is not None:
        chosen = [city]  # (ev61) "TOBRUK — ... Unknown men stormed a pharmacy in the city on Sunday"
    cause = None if chosen else cause_event_place(art, u, ev)
    if chosen:
        ev.place, ev.place_precision = chosen[0]
    elif cause is not None:
        ev.place, ev.place_precision = cause  # "arrested ... in connection with the clash": the clash's place
    elif u.para in art.last_place_by_para:
        ev.place, ev.place_precision = art.last_place_by_para[u.para]
    elif prev is not None:
        ev.place, ev.place_precision = prev  # "Soldiers later detained 11 people nearby"
    elif lead and (lead[1] < 3 or dateline is None):
        ev.place, ev.place_precision = lead
    elif (
        dateline is not None
    ):  # (before a lead that names only the country: "THE JUDICIARY OF KENYA ... Nairobi, 3 July")
        ev.place, ev.place_precision = dateline, dateline.precision
    elif lead:
        ev.place, ev.place_precision = lead
    elif art.main_iso2 and art.gaz.country_place(art.main_iso2):
        ev.place, ev.place_precision = art.gaz.country_place(art.main_iso2), 3
    return own  # (a place carried by "in the area" is no place of the sentence's own)
