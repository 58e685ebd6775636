"""Round ev78 (issue 10: a named place the gazetteer lacks, read from the sentence's structure). Sentences written for
the tests (other names, verbs, prepositions and orders than any evaluation set's), none copied from a set."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 8, 21)  # a Friday


def _places(extractor, line):
    return [(r["location"], r["country"]) for r in run(extractor, [line], REF)]


@pytest.mark.parametrize(
    ("line", "place"),
    [
        # the reference point of a direction after the event's verb, the only place of the sentence
        (
            "ARISH, Egypt — A roadside bomb blew up beneath an army vehicle south of Shalat Zuweid on Monday, killing two "
            "soldiers.",
            ("Shalat Zuweid", "Egypt"),
        ),
        (
            "KHARTOUM — Soldiers exchanged fire with herders at the river crossing south of Dorumba on Monday, killing "
            "three.",
            ("Dorumba", "Sudan"),
        ),
        (
            "BAMAKO — Jihadists ambushed a convoy about 40 km east of Tinzamat on Friday, killing five soldiers.",
            ("Tinzamat", "Mali"),
        ),
        (
            "SANAA — Fighters clashed in the hills north-west of Wadi Rakhma on Sunday, killing four.",
            ("Wadi Rakhma", "Yemen"),
        ),
        # a named place of the sentence stays the event's place: the direction's point only locates it
        (
            "KHARTOUM — RSF fighters raided the village of Al-Shawal, north of Kostiba, on Monday and abducted 17 men.",
            ("Al-Shawal", "Sudan"),
        ),
        (
            "ABUJA — Gunmen killed five farmers in Dan Tsoho, about 20 km north of Kawo Mashi, on Tuesday.",
            ("Dan Tsoho", "Nigeria"),
        ),
    ],
)
def test_a_direction_after_the_event_names_its_place(extractor, line, place):
    assert _places(extractor, line) == [place]


def test_a_river_or_region_after_of_the_is_no_site(extractor):
    """ "west of the Litani": a river (or "east of the Euphrates", a region) is no site the rule makes a place."""
    got = _places(
        extractor, "BEIRUT — Israeli drones struck a car on a road west of the Litani on Sunday, killing two."
    )
    assert all(loc != "Litani" for loc, _ in got), got


@pytest.mark.parametrize(
    ("line", "place"),
    [
        (
            "ARISH, Egypt — Gunmen killed three conscripts at a checkpoint near Sheikh Zuweid on Monday.",
            "Sheikh Zuweid",
        ),
        ("ABUJA — Gunmen killed three farmers in Sheikh Dauda village on Tuesday.", "Sheikh Dauda"),
        (
            "KABUL, Afghanistan — A bomb exploded at a market south of Sheikh Qala on Thursday, killing four.",
            "Sheikh Qala",
        ),
    ],
)
def test_a_title_that_opens_a_place_name_is_kept_with_a_cue(extractor, line, place):
    assert [loc for loc, _ in _places(extractor, line)] == [place]


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("ABUJA — Gunmen killed three farmers near Sheikh Ahmed's house in Kano on Tuesday.", "Kano"),
        ("ABUJA — Sheikh Ahmed said gunmen killed three farmers in Kaduna on Tuesday.", "Kaduna"),
    ],
)
def test_a_titled_person_stays_a_person(extractor, line, place):
    """The owner of a house ("Sheikh Ahmed's house") and a speaker are no place, whatever cue comes before."""
    assert [loc for loc, _ in _places(extractor, line)] == [place]


def test_a_titled_name_without_a_cue_is_no_place(extractor):
    rows = run(extractor, ["ABUJA — Police arrested Sheikh Ibrahim on Tuesday in connection with the attack."], REF)
    assert [r["location"] for r in rows] == ["Abuja"], rows


@pytest.mark.parametrize(
    ("line", "place"),
    [
        (
            "QUITO — A navy patrol boat seized two tonnes of explosives hidden on a barge on the San Miguel river on "
            "Monday, the navy said.",
            "San Miguel river",
        ),
        (
            "QUITO — Soldiers clashed with gunmen on the banks of the Coca river on Tuesday, killing three of them.",
            "Coca river",
        ),
        # another place of the sentence keeps the event; a river the boat only travels up is no place of the event
        ("LIMA — Armed men attacked a passenger boat on the Marañón river near Nauta on Sunday, killing one.", "Nauta"),
        (
            "KINSHASA — Police arrested 12 suspected militiamen travelling up the Congo river in a whaleboat on Monday.",
            "Kinshasa",
        ),
    ],
)
def test_an_event_on_a_river_named_after_its_only_place(extractor, line, place):
    """(ev78) "on the X river" with no other place in the sentence: the river, under its own name, not the homonym
    town X nor the dateline."""
    assert [loc for loc, _ in _places(extractor, line)] == [place]


@pytest.mark.parametrize(
    ("line", "place"),
    [
        # (fix84, review23a) the reviewer's probes: the dated "at X on <day>" after a verb names a person as well
        ("MOGADISHU, Somalia — Gunmen opened fire at Sheikh Ali Dheere on Friday, killing him.", "Mogadishu"),
        ("MOGADISHU, Somalia — Protesters threw stones at Sheikh Sharif on Friday.", "Mogadishu"),
        # a variant written for the test: another verb, title and clause after the day
        ("KADUNA, Nigeria — Bandits fired at Sheikh Dahiru Gwarzo on Saturday, wounding two of his guards.", "Kaduna"),
    ],
)
def test_a_titled_name_needs_a_structural_cue(extractor, line, place):
    """(fix84) A name a title opens is a place only by a cue of the sentence's structure (wordlists.json
    `titled_place_cue_sources`: "near X", "south of X", "X village"), not by the plain "at X on Friday"."""
    assert [loc for loc, _ in _places(extractor, line)] == [place]


def test_cue_says_which_test_fired(extractor):
    """(fix84) `UnlistedPlaces.cue` names its source: "near X" and "at X on Friday" share the label "near" only."""
    pf = dict(extractor.nlp.pipeline)["newsetl_places"]
    u = pf.unlisted
    text = "Gunmen killed three conscripts near Kafr Dabbur on Monday."
    s = text.index("Kafr")
    assert u.cue(text, s, s + len("Kafr Dabbur"), {}).source == "near"
    assert "dated_in" not in u.titled_sources and "near" in u.titled_sources


@pytest.mark.parametrize(
    ("line", "place"),
    [
        # (fix84, review23a) a lake or a mountain after "west of" is no site: the dateline stays
        ("GOMA, Congo — M23 rebels clashed with the army west of Lake Kivu on Friday.", "Goma"),
        ("GOMA, Congo — M23 rebels clashed with the army west of Mount Nyiragongo on Friday.", "Goma"),
        ("KAMPALA, Uganda — Soldiers clashed with smugglers east of Lake Nyamuro on Monday, killing two.", "Kampala"),
        # (fix84) a name right before "(about) N km <direction> of X" is the site, X only locates it
        (
            "MAIDUGURI, Nigeria — Gunmen attacked Ngamdu about 30 km south of Dorumba on Friday, killing six.",
            "Maiduguri",
        ),
        (
            "JUBA, South Sudan — Gunmen raided Lokorimo some 12 miles north-east of Ladingo on Monday, killing four.",
            "Juba",
        ),
        # the rule still reads the distance after a common noun
        (
            "JUBA, South Sudan — Gunmen raided a cattle camp some 12 miles north-east of Ladingo on Monday, killing four.",
            "Ladingo",
        ),
    ],
)
def test_direction_reference_refuses_features_and_a_named_site_before_it(extractor, line, place):
    assert [loc for loc, _ in _places(extractor, line)] == [place]


def test_a_misspelt_titled_cue_source_raises():
    from newsetl.extract.components.place_cue_rules import titled_cue_sources

    assert titled_cue_sources({"titled_place_cue_sources": ["near", "rule_a"]}, {"rules": [{"name": "rule_a"}]})
    with pytest.raises(ValueError, match="neer"):
        titled_cue_sources({"titled_place_cue_sources": ["neer"]}, {"rules": [{"name": "rule_a"}]})
