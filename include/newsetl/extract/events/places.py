"""The place of an event: the most specific place of its sentence, reference points and landmarks left out."""

from __future__ import annotations

import json
import re

from ..gazetteer import Place
from ..rules import data_path
from .cause_place import cause_event_place
from .city_reference import the_city
from .court_place import court_town
from .event_spans import event_spans
from .landing_place import landing_place
from .model import FINE_FEATURES, unlisted
from .weak_places import story_event_place, story_place


def precision_of(place: Place, region: bool) -> int:
    if place.feature == "country":
        return 3
    if region:
        return 2 if place.feature in FINE_FEATURES else max(2, place.precision)
    return place.precision


def _market_features() -> tuple[str, ...]:
    """(ev91; fix100 as data) wordlists.json `market_place_features`: an unlisted market, bazaar or fair named by its
    settlement ("at X bazaar in Y upazila of Z") is that settlement's; each is a word of `place_cue_words` (the feature
    the cue gives the name), else it raises."""
    words = json.loads(data_path("wordlists.json").read_text(encoding="utf-8"))
    unknown = sorted(set(words["market_place_features"]) - set(words["place_cue_words"]))
    if unknown:
        raise ValueError(f"market_place_features: no place_cue_words {unknown}")
    return tuple(words["market_place_features"])


MARKET_FEATURES = _market_features()
TOWN_RANK = FINE_FEATURES + ("district", "sub-district", "subdistrict", "township", "island") + MARKET_FEATURES


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
    possessive ("Dhaka's Mirpur", "Mogadishu's Hodan district": coded at the town, as ACLED does). (ev108) A reference
    point stays one when the sentence names it again ("In X, 290 km north-west of Y, residents rioted after a man died
    in custody in Y": at X)."""
    anchors = {(sp._.place[0].parent, sp.end_char) for sp, _ in scored if unlisted(sp._.place[0])}
    locators = {
        x[0].start_char
        for x in scored
        for y in scored
        if y[0].end_char <= x[0].start_char
        and rank_of(x[0]._.place[0], x[1]) > rank_of(y[0]._.place[0], y[1])
        and LOCATOR_GAP.fullmatch(dtext[y[0].end_char : x[0].start_char])
    }  # "moving towards Matiacoali, province of Gourma": the province only locates the town before it
    refs = [(x[0].start_char, x[0]._.place[0].name) for x in scored if is_reference_point(dtext, x[0])]
    main = [
        x
        for x in scored
        if not is_reference_point(dtext, x[0])
        and not any(s < x[0].start_char and name == x[0]._.place[0].name for s, name in refs)  # (ev108) named again
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


CITY_PARTS = ("neighbourhood", "sector", "suburb", "district")
OF_THE_CITY = re.compile(r"\b(?:of|in)\s+the\s+(?:city|capital|port\s+city)\b(?!\s+of\b)", re.I)


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


def on_named_feature(art, spans) -> tuple[Place, int] | None:
    """(ev78, issue 10) "seized explosives on a barge on the San Miguel river", "clashed on the banks of the Coca river":
    the one place of the sentence named as a feature's ("X river": wordlists.json `on_named_feature_before` and
    `named_feature_after`) is where the event happened, under the feature's own name, at the point of the place X
    names (a homonym town: precision 2); None otherwise (another place of the sentence keeps the event: "on the Mira
    river, near the village of Candelillas")."""
    if len(spans) != 1 or spans[0]._.place[0].feature == "country":
        return None
    sp, text = spans[0], art.text
    after = art.res.patterns_rx("named_feature_after").match(text, sp.end_char)
    if (
        after is None
        or art.res.pattern_search("on_named_feature_before", text[max(0, sp.start_char - 50) : sp.start_char]) is None
    ):
        return None
    place = sp._.place[0]
    name = " ".join(text[sp.start_char : after.end()].split())
    return Place(name, place.country, place.admin1, place.lat, place.lon, 0, None, "natural", 2, place.name, False), 2


def outside_org_names(art, spans: list) -> list:
    """(ev101, issue 10) The place spans less those that open an organisation's capitalised name tied to another place
    of the sentence (wordlists.json `place_in_org_name_after`, case-sensitive, the name and its tie: "the X Energy
    Complex in Y", "the X Water Company at Y"): the company is named after a town, the event happened at Y. (fix111)
    Only that tie: "the X Refinery, 40 km north of Y", "the X Cement Factory ... guards from Y" keep X."""
    rx = art.res.patterns_rx("place_in_org_name_after", 0)
    starts = {sp.start_char for sp in spans}
    return [sp for sp in spans if not ((m := rx.match(art.text, sp.end_char)) and m.end() in starts)]


def _lent_lead(art, u, lead, dateline) -> bool:
    """(ev108) The lead's unlisted place lent the dateline's point is finer than the dateline; (fix121) not for a
    sentence that opens another scene (`scene_change_openers`: "Separately, gunmen killed two farmers")."""
    if not (unlisted(lead) and lead.parent == dateline.name):
        return False
    return art.res.pattern_search("scene_change_openers", u.stext) is None


def place_event(art, u, ev, rel: int) -> list:
    """Set the event's place: the sentence's own (several when listed), else the paragraph's last place, the lead's,
    the dateline's or the article's country; a country name yields to a finer carried place. Returns the places
    chosen in the sentence."""
    spans = outside_org_names(art, event_spans(art, u, rel))
    feature = on_named_feature(art, spans)
    chosen = [feature] if feature is not None else places_for(spans, rel + u.s0, art.text)
    landed = landing_place(art, ev, spans, chosen)
    if landed is not None:  # (ev108) "rockets fired toward the X Valley ...; two landed near Y": at Y
        chosen = [(landed._.place[0], precision_of(*landed._.place))]
    dateline, lead = art.dateline_place, art.lead_place
    dl = (dateline, dateline.precision) if dateline is not None else None
    prev = None if u.para in art.last_place_by_para else previous_place(art, u)
    carried = art.last_place_by_para.get(u.para) or prev or (lead if lead and lead[1] < 3 else None) or dl or lead
    story = story_place(art, u, ev, prev, chosen, rel)
    if story is not None:  # (ev115) ", the X security directorate said": the story's earlier place
        chosen = [story]
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
    court = None if chosen else court_town(art, u, ev)
    if court is not None:
        chosen = [court]  # (ev91) "MAHIKENG — ... Outside the court on Wednesday, about 80 relatives sang"
    cause = None if chosen else cause_event_place(art, u, ev)
    if chosen:
        ev.place, ev.place_precision = chosen[0]
    elif cause is not None:
        ev.place, ev.place_precision = cause  # "arrested ... in connection with the clash": the clash's place
    elif u.para in art.last_place_by_para:
        ev.place, ev.place_precision = art.last_place_by_para[u.para]
    elif prev is not None:
        ev.place, ev.place_precision = prev  # "Soldiers later detained 11 people nearby"
    elif (story := story_event_place(art, u, rel)) is not None:
        ev.place, ev.place_precision = story  # (ev115) the story's last event place, before the dateline's
    elif lead and (lead[1] < 3 or dateline is None or _lent_lead(art, u, lead[0], dateline)):
        ev.place, ev.place_precision = lead  # (ev108) a lead's unlisted place lent the dateline's point is finer
    elif (
        dateline is not None
    ):  # (before a lead that names only the country: "THE JUDICIARY OF KENYA ... Nairobi, 3 July")
        ev.place, ev.place_precision = dateline, dateline.precision
    elif lead:
        ev.place, ev.place_precision = lead
    elif art.main_iso2 and art.gaz.country_place(art.main_iso2):
        ev.place, ev.place_precision = art.gaz.country_place(art.main_iso2), 3
    return own  # (a place carried by "in the area" is no place of the sentence's own)
