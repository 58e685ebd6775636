"""Review findings on round ev68 (fix71): an owner's possessive is dropped from a name only when the owner is a place
or an organisation, "mine clearance" is no mine, an adjective before bazaar or mine is no place, a homonym abroad close
to the story's country stays the gazetteer's place, and a large town heading a facility's name stays a place. Sentences
written for the tests (the reviewer's probes), none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

from newsetl.extract.extractor import ArticleText
from tests.extract_util import run

REF = date(2026, 11, 12)  # a Thursday


def _places(extractor, *lines: str) -> list[tuple]:
    art = ArticleText("t", list(lines), REF)
    ((_, _, mentions),) = list(extractor.run([art]))
    return [(m["text"], m["country"]) for m in mentions if m["label"] == "PLACE"]


def _locations(extractor, *lines: str) -> list[str]:
    return [r["location"] for r in run(extractor, list(lines), ref=REF)]


def test_a_persons_possessive_stays_in_the_name(extractor):
    """ "the King's Palace area": the place is "King's Palace", not a bare "Palace"."""
    line = "Gunmen opened fire near the King's Palace area in Kampala, Uganda, on Monday, killing two."
    assert _locations(extractor, line) == ["King's Palace"]


def test_a_bare_common_noun_after_a_possessive_is_no_place(extractor):
    names = {
        n
        for n, _ in _places(extractor, "Protesters gathered near St Mary's Hospital area in Kisumu, Kenya, on Monday.")
    }
    assert "Hospital" not in names and "Kisumu" in names
    line = "Gunmen opened fire near the People's Square area in Kampala, Uganda, on Monday, killing two."
    assert "Square" not in {n for n, _ in _places(extractor, line)}


def test_a_places_possessive_is_still_dropped(extractor):
    """ "Kabul's Shar-e Naw district": the owner is a town, the place is Shar-e Naw."""
    line = "A bomb exploded in Kabul's Shar-e Naw district on Monday, killing two people, Afghan police said."
    assert "Shar-e Naw" in {n for n, _ in _places(extractor, line)}


def test_mine_clearance_is_no_mine(extractor):
    line = "Deminers of the Halo Trust mine clearance team were attacked in Kandahar, Afghanistan, on Monday."
    assert _locations(extractor, line) == ["Kandahar"]
    line = (
        "A Halo Trust mine clearance team was hit by a blast in Helmand, Afghanistan, on Monday, killing two deminers."
    )
    assert "A Halo Trust" not in {n for n, _ in _places(extractor, line)}


def test_an_adjective_before_bazaar_or_mine_is_no_place(extractor):
    assert _locations(
        extractor, "Shopkeepers went on strike at the Grand Bazaar in Tehran, Iran, on Monday over the currency."
    ) == ["Tehran"]
    assert _locations(extractor, "Gunmen killed two guards at the Big Gold Mine near Geita, Tanzania, on Monday.") == [
        "Geita"
    ]


def test_a_real_town_across_a_near_border_stays_itself(extractor):
    """ "the Maroua area" in a Nigerian story: Maroua in Cameroon (some 700 km from Nigeria's point), not an unknown
    Nigerian place; the far homonym rule still holds for Mau (India) in a Kenyan story (test_places_ev68)."""
    line = "Boko Haram fighters killed five traders at a market in the Maroua area on Monday, Nigerian officials said."
    rows = run(extractor, [line], ref=REF)
    assert [(r["location"], r["country"], r["geo_precision"]) for r in rows] == [("Maroua", "Cameroon", 1)]


def test_a_town_heading_a_facility_name_is_a_place(extractor):
    """ "the Maroua Airport" in a Nigerian story names Maroua (Cameroon); "Nairobi Hospital" in a Somali story names
    Nairobi; a person's first name is still no town abroad."""
    lines = (
        "Boko Haram fighters attacked Gwoza, Nigeria, on Monday, killing five; an army spokesman spoke at the Maroua"
        " Airport later.",
    )
    assert ("Maroua", "CMR") in _places(extractor, *lines)
    line = (
        "Two soldiers were killed at a checkpoint in Kismayo, Somalia, on Monday; the wounded were flown to Nairobi"
        " Hospital."
    )
    assert ("Nairobi", "KEN") in _places(extractor, line)


def test_the_particles_inside_a_name_come_from_the_data():
    """The capitalised sequences join a name by the particles of wordlists.json `place_name_particles` ("do" in
    "Amarante do Maranhão"), not by a word built into the pattern."""
    from newsetl.extract.components.place_seqs import name_seq

    text = "in Amarante do Maranhão on Monday"
    assert [m.group(0) for m in name_seq(["do"]).finditer(text)] == ["Amarante do Maranhão", "Monday"]
    assert [m.group(0) for m in name_seq([]).finditer(text)] == ["Amarante", "Maranhão", "Monday"]
