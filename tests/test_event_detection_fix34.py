"""Round fix34: a weak territorial verb ("seized", "captured", "took over") with a thing as its direct object is no
territorial change (`thing_taking_trigger_ids`, `taken_place_nouns`, `taken_object_stops`, `taken_partitive_words`);
a place object keeps the territory event. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from tests.extract_util import sub_types

REF = date(2026, 4, 17)  # a Friday
TERRITORY = {"Government regains territory", "Non-state actor overtakes territory"}


def _types(extractor, line):
    return sub_types(extractor, line, REF)


def test_things_seized_are_no_territory(extractor):
    for line in (
        "Riot police seized the pupils' mobile phones outside a school in Lokoja on Thursday.",
        "Soldiers seized a reporter's video camera at a roadblock in Bama on Wednesday.",
        "Customs agents seized ledgers and two lorries in Lokoja on Thursday.",
        "Bandits seized the herders' cattle near Bama on Wednesday.",
        "Troops seized the title deeds of the district land office in Lokoja on Thursday.",
        "Gendarmes captured a smuggler's motorbike in Bama on Wednesday.",
    ):
        assert not TERRITORY & set(_types(extractor, line)), line


def test_places_seized_stay_territory(extractor):
    for line, sub in (
        ("Jihadists seized the town of Bama on Wednesday.", "Non-state actor overtakes territory"),
        ("The army seized the airport outside Lokoja on Thursday.", "Government regains territory"),
        ("Insurgents seized Bama on Wednesday.", "Non-state actor overtakes territory"),
        ("Insurgents captured three army checkpoints near Bama on Wednesday.", "Non-state actor overtakes territory"),
        ("Militiamen seized most of the district around Bama on Wednesday.", "Non-state actor overtakes territory"),
    ):
        assert _types(extractor, line) == [sub], line


def test_people_and_weapons_seized_keep_their_own_types(extractor):
    assert _types(extractor, "Police seized two tax officials accused of fraud in Lokoja on Thursday.") == ["Arrests"]
    assert _types(extractor, "Soldiers seized rifles and grenades in Bama on Wednesday.") == ["Disrupted weapons use"]
    assert _types(extractor, 'Troops captured alias "Zorro", a gang leader, in Lokoja on Thursday.') == ["Arrests"]
