"""Round ev97 (places opening on a non-ASCII capital). Sentences written for the tests, none copied from an evaluation
set."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run, where

REF = date(2026, 8, 21)  # a Friday


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("On Tuesday, police detained three men in Čačak after a brawl outside a bar.", "Cacak"),
        ("On Wednesday, hundreds of workers protested in Šiauliai against pay cuts.", "Siauliai"),
        ("On Thursday, gunmen shot dead a shopkeeper in Łódź, police said.", "Łodz"),
    ],
)
def test_name_on_a_non_ascii_capital_is_a_place(extractor, text, place):
    rows = run(extractor, [text], ref=REF)
    assert rows, rows
    assert place in {loc for loc, _ in where(rows)}, rows


def test_ascii_name_unchanged(extractor):
    """Near miss: the same sentence with the ASCII spelling keeps its place."""
    rows = run(extractor, ["On Tuesday, police detained three men in Cacak after a brawl outside a bar."], ref=REF)
    assert "Cacak" in {loc for loc, _ in where(rows)}, rows


def test_lowercase_accented_word_is_no_name():
    """Near miss: a word opening on a lower-case accented letter opens no capitalised sequence."""
    from newsetl.extract.components.place_seqs import name_seq

    rx = name_seq(())
    assert [m.group(0) for m in rx.finditer("the élite unit moved to Žepče")] == ["Žepče"]


def test_name_helpers_read_non_ascii_capitals():
    """The name helpers of the places component (the rest of a name after a fragment, the name beside a cue, a
    capital that follows) read a capital such as "Š" or "Ž" as they read "S"."""
    from newsetl.extract.components.place_cue_rules import BESIDE_NAME, CAP_NEXT
    from newsetl.extract.components.place_names import NAME_REST

    assert BESIDE_NAME.match("Šumadija Valley camp").group(0) == "Šumadija Valley"
    assert CAP_NEXT.match(" Žabljak") is not None
    assert NAME_REST.match(" Ölberg Hill and").group(0) == " Ölberg Hill"
    assert CAP_NEXT.match(" élite") is None  # near miss: a lower-case accented letter


@pytest.mark.parametrize(
    ("paras", "iso3"),
    [
        (
            [
                "Lusaka, March 4 -- Armed robbers ambushed a truck carrying Chinese workers of a mining firm near Bai Yin"
                " on Tuesday, killing one of them.",
                "Two more Chinese nationals were hurt, police said.",
            ],
            "ZMB",
        ),
        (
            [
                "Nairobi, March 4 -- Gunmen ambushed a bus carrying Chinese employees near Jin Chang on Tuesday, killing two."
            ],
            "KEN",
        ),
    ],
)
def test_people_nationality_does_not_place_the_story(extractor, paras, iso3):
    """(ev97) "Chinese workers", "Chinese employees": the victims' nationality does not carry an unknown spaced name
    to its homonym in their country over the dateline's capital."""
    rows = run(extractor, paras, ref=date(2026, 3, 6))
    assert rows and {r["iso3"] for r in rows} == {iso3}, rows


def test_people_nationality_alone_still_places(extractor):
    """Near miss: a story that nothing else places keeps the people's nationality as its last resort."""
    rows = run(extractor, ["Gunmen attacked a bus carrying Turkish engineers on Monday, killing two."], ref=REF)
    assert rows and rows[0]["iso3"] == "TUR", rows


def test_the_capital_class_scanned_to_plane_1_is_that_of_every_code_point():
    """The class is built from planes 0-1 only (start-up); no capital (Lu, Lt) lies beyond, so it is the whole one."""
    import sys

    from newsetl.extract.components import place_seqs

    assert place_seqs._upper_class(sys.maxunicode + 1) == place_seqs.UPPER
