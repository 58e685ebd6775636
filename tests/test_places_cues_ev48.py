"""Places of round ev48 (issue 10): an unknown village or site after a cue that the event's clause gives it loses no
more to a known town of the sentence, to the dateline or to the country. place_cues.json `named_site` ("at the X
common market", "the X gas plant, just outside Y"), `on_road_to` ("kidnapped on the road to X"), `in_clause_dated`
("arrested four men at X on the same day", "the road through X on Tuesday", "in X to demand ..."),
`in_before_trigger` ("dragged a man out of his hut at X and shot him"); wordlists.json South Asian unit words
(`admin_unit_words`: "at X in Y block"; `place_cue_words`: "in X taluka"). Sentences written for the tests, none
copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run, switch

REF = date(2025, 8, 8)  # a Friday
LEAD = "ABECHE — The regional security committee gave an update on Friday."


@pytest.fixture
def without(edited_rules):
    """An extractor with one rule of place_cues.json off, or some words taken out of one word list."""

    def make(cue: str | tuple | None = None, words: tuple[str, set] | None = None):
        edits = {}
        off = (cue,) if isinstance(cue, str) else cue or ()
        if off:
            edits["place_cues.json"] = lambda data: switch(
                data, lambda r: r.get("enabled", True) and r["name"] not in off
            )
        if words:
            key, drop = words
            edits["wordlists.json"] = lambda data: {**data, key: [w for w in data[key] if w not in drop]}
        return edited_rules(edits)

    return make


def _places(extractor, line: str) -> set:
    return {str(r["location"]).lower() for r in run(extractor, [LEAD, line], ref=REF)}


SITE = "Police said gunmen shot dead a cattle trader at the Tindigo cattle market, south of Biltine, on Wednesday."
MINE = "On Thursday, soldiers went into the Tindigo gold mine, just outside Biltine, and exchanged fire with a gang."


def test_a_site_named_by_an_unknown_place_is_at_that_place(extractor, without):
    assert _places(extractor, SITE) == {"tindigo"}
    assert _places(extractor, MINE) == {"tindigo"}
    off = ("named_site", "named_site_located", "modifier_place", "modifier_place_own")
    assert "tindigo" not in _places(without(cue=off), SITE)  # (ev85: "the X market" is a modifier place too)


ROAD = "Gunmen kidnapped a mechanic from his workshop on the road to Kalmeru late on Tuesday, his employer said."


def test_an_event_on_the_road_to_an_unknown_place_is_at_it(extractor, without):
    assert _places(extractor, ROAD) == {"kalmeru"}
    assert "kalmeru" not in _places(without(cue="on_road_to"), ROAD)


SAME_DAY = "A squad from Biltine was sent to the area and arrested four men carrying rifles at Kalmeru on the same day."
THROUGH = "Several hundred residents blocked the main road through Kalmeru on Tuesday morning with stones."
DEMAND = (
    "On Monday, about 300 women sat down in front of the prefect's office in Kalmeru to demand the release of herders."
)


def test_an_unknown_place_dated_in_the_clause_is_the_place(extractor, without):
    for line in (SAME_DAY, THROUGH, DEMAND):
        assert _places(extractor, line) == {"kalmeru"}, line
    off = without(cue="in_clause_dated")
    for line in (SAME_DAY, THROUGH, DEMAND):
        assert "kalmeru" not in _places(off, line), line


def test_a_toll_restated_with_a_date_gives_no_place():
    """`in_clause_dated` keeps in_after_trigger's guard: "among those killed in X on Monday" places nothing."""
    from newsetl.extract.components.place_cue_rules import PlaceCues, lexicon_counts
    from tests.test_ev19_rules import _Owner, _package

    cues = PlaceCues(_package("place_cues.json"), lexicon_counts(_package("lexicon.json")))
    text = "A teacher was among those killed in Kalmeru on Monday, the police said."
    s = text.index("Kalmeru")
    assert cues.match(_Owner(before=True), text, s, s + 7, text[:s], text[s + 7 :]) is None
    text = "Police arrested nine men in Kalmeru on Monday, the police said."
    s = text.index("Kalmeru")
    assert cues.match(_Owner(before=True), text, s, s + 7, text[:s], text[s + 7 :]) == "in_clause_dated"


HUT = "A day earlier, suspected rebels dragged a farmer out of his hut at Wadibo and shot him dead, an officer said."


def test_an_unknown_place_before_the_verb_joined_by_and_is_the_place(extractor, without):
    assert _places(extractor, HUT) == {"wadibo"}
    assert "wadibo" not in _places(without(cue="in_before_trigger"), HUT)


BLOCK = "Gunmen shot dead a farmer at Wadibo in Tindi block on Wednesday night."
TALUKA = "Rebels shot dead a farmer they accused of being an informer in Wadibo taluka on Wednesday night."


def test_south_asian_units_locate_an_unknown_village(extractor, without):
    assert _places(extractor, BLOCK) == {"wadibo"}
    assert _places(extractor, TALUKA) == {"wadibo"}
    # (ev72) "at Wadibo in ..." is also read by `at_place_in_place`: off here, the unit word alone is measured
    assert "wadibo" not in _places(without(cue="at_place_in_place", words=("admin_unit_words", {"block"})), BLOCK)
    assert _places(without(words=("admin_unit_words", {"block"})), BLOCK) == {"wadibo"}
    assert "wadibo" not in _places(without(words=("place_cue_words", {"taluka"})), TALUKA)


RALLY = (
    "Several hundred residents of Biltine rallied in the town's main square on Monday against the planned merger of "
    "the local councils with ministries in Abeche."
)
PROTEST = "In Biltine, several hundred people protested on Tuesday against what they called the betrayal of Abeche."


def test_a_place_in_what_a_crowd_protests_against_is_not_its_place(extractor, edited_rules):
    """wordlists.json `demand_clause_patterns`: "rallied ... against the planned merger ... with ministries in Y",
    "protested against ... the betrayal of Y": Y is in the grievance, the crowd is in X."""
    assert _places(extractor, RALLY) == {"biltine"}
    assert _places(extractor, PROTEST) == {"biltine"}

    def drop(data):
        return {**data, "demand_clause_patterns": [p for p in data["demand_clause_patterns"] if "rall" not in p]}

    off = edited_rules({"wordlists.json": drop})
    assert _places(off, RALLY) == {"abeche"}
    assert _places(off, PROTEST) == {"abeche"}


def test_a_place_after_an_actor_and_at_is_a_place_of_its_own(extractor):
    """places component `_after_actor_at`: "the Armed Forces at X" runs as one capitalised sequence over the
    connector "at"; the actor keeps its words and X, after "at", is the place (it was lost with the actor's span)."""
    line = (
        "On Wednesday, an armed group attacked the positions of the Armed Forces at Wadibo, in the commune of Biltine."
    )
    assert _places(extractor, line) == {"wadibo"}


def test_after_actor_at_keeps_a_name_no_actor_opens():
    """(fix82) The scanner of the sequences (`place_seqs.NameSequences`, `_after_actor_at` before it): "the Armed Forces
    at Wadibo" is cut before "at"; "Ras at Tin" (the article before a sun letter, no actor before it) stays one name."""
    import re

    from newsetl.extract.components.place_seqs import NameSequences, name_seq

    at = (re.compile(r"\s+at\s+(?=[A-Z])"), frozenset({"sea"}))
    text = "the Armed Forces at Tarmil and Ras at Tin"
    actor = (text.index("Armed"), text.index(" at Tarmil"))

    def in_actor(s, e):
        return s < actor[1] and actor[0] < e

    class Gaz:
        def lookup(self, name):
            return []

    seqs = NameSequences(name_seq([]), ["at", "as", "an"], at).scan(text, in_actor, Gaz())
    assert [m.group(0) for m in seqs] == ["Armed Forces", "at Tarmil", "Ras at Tin"]
