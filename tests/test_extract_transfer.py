"""The extractor on cases found while transferring to new sets: places, dates and precision (round 4, events_dev4)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import one, run

# ---------------------------------------------------------------- round 4: places, dates and precision for transfer


def test_sentence_initial_preposition_is_not_part_of_place(extractor):
    rows = run(
        extractor,
        ["In Sinjar, Yazidi fighters clashed with Iraqi army troops on Saturday, killing one soldier, the army said."],
        ref=date(2023, 9, 20),
    )
    assert rows and rows[0]["location"] == "Sinjar", rows


def test_between_two_places_is_one_event_at_the_first(extractor):
    rows = run(
        extractor,
        [
            "KYIV — Heavy fighting between Russian and Ukrainian troops was reported on Sunday between the villages of "
            "Robotyne and Verbove in Zaporizhzhia region."
        ],
        ref=date(2024, 2, 13),
    )
    clashes = [r for r in rows if r["sub_event_type"] == "Armed clash"]
    assert [r["location"] for r in clashes] == ["Robotyne"], rows


def test_relative_dates_point_back(extractor):
    rows = run(
        extractor,
        [
            "Russian artillery shelled the centre of Kostiantynivka in Ukraine on Monday evening, killing two civilians. "
            "A day earlier, a Russian guided bomb hit a residential building in Kurakhove, injuring three people.",
            "Syrian army artillery shelled Inkhil on Tuesday. The same day, gunmen killed a teacher in Tafas.",
        ],
        ref=date(2024, 2, 14),
    )
    got = {r["location"]: r["event_date"] for r in rows}
    assert got.get("Kurakhove") == date(2024, 2, 11), rows
    assert got.get("Tafas") == date(2024, 2, 13), rows


def test_coordinated_clauses_with_own_places_are_two_events(extractor):
    rows = run(
        extractor,
        [
            "KHERSON, Ukraine — Russian shelling killed a woman in Stanislav, Kherson region, on Tuesday, and a drone attack "
            "wounded two men in the village of Antonivka, officials said."
        ],
        ref=date(2023, 11, 8),
    )
    got = {(r["sub_event_type"], r["location"], r["event_date"]) for r in rows}
    assert ("Shelling/artillery/missile attack", "Stanislav", date(2023, 11, 7)) in got, rows
    assert ("Air/drone strike", "Antonivka", date(2023, 11, 7)) in got, rows


def test_same_fight_on_two_days_is_two_events(extractor):
    rows = run(
        extractor,
        [
            "JUBA — Government troops and NAS rebels clashed in Morobo county, Central Equatoria, on Thursday and again on "
            "Sunday, the army said."
        ],
        ref=date(2024, 3, 11),
    )
    dates = sorted(r["event_date"] for r in rows if r["sub_event_type"] == "Armed clash")
    assert dates == [date(2024, 3, 7), date(2024, 3, 10)], rows


@pytest.mark.parametrize(
    "text",
    [
        "The ELN, which is holding peace talks with the government, said on Monday it would stop kidnapping people for ransom.",
        "President Salva Kiir announced on Monday that elections would go ahead in December.",
        "Baghdad and Tehran signed a security agreement in March under which Iraq pledged to disarm the groups by September 19.",
        "Jordanian warplanes have struck suspected drug smugglers in southern Syria several times this month, according to residents.",
    ],
)
def test_round4_non_events(extractor, text):
    assert run(extractor, [text], ref=date(2023, 9, 20)) == []


def test_main_clause_beats_subordinate_withdrawal(extractor):
    rows = run(
        extractor,
        [
            "PORT SUDAN — The paramilitary Rapid Support Forces seized Wad Madani, the capital of Gezira state, on Monday "
            "after the army withdrew from the city, residents said."
        ],
        ref=date(2023, 12, 20),
    )
    assert rows and rows[0]["sub_event_type"] == "Non-state actor overtakes territory", rows


def test_toll_beside_an_aside_about_recent_years(extractor):
    rows = run(
        extractor,
        [
            "Gang members killed at least 70 people in an attack on the town of Pont-Sonde in Haiti early on Thursday, the "
            "United Nations said, in one of the deadliest massacres in recent years.",
            "Insurgents raided the village of Mazeze in Mozambique's Cabo Delgado on Wednesday, beheading two men.",
        ],
        ref=date(2024, 10, 4),
    )
    got = {r["location"]: r["fatalities"] for r in rows}
    assert got.get("Pont-Sonde") == 70 and got.get("Mazeze") == 2, rows


# ---------------------------------------------------------------- events_dev4 round (transfer: Libya, Lebanon, Iraq, Niassa, Benin, Mindanao)


def test_solidarity_place_is_not_the_protest_place(extractor):
    rows = run(
        extractor,
        [
            "BEIRUT — In Sidon, hundreds of people marched on Thursday in solidarity with Gaza, waving Palestinian flags."
        ],
        ref=date(2024, 2, 15),
    )
    r = one(rows, "Peaceful protest")
    assert r["location"] == "Sidon", r


def test_year_named_agreement_is_background(extractor):
    rows = run(
        extractor,
        [
            "MANILA — The southern Philippines has suffered decades of insurgency, and a 2014 peace deal with the largest "
            "Muslim rebel group has not ended the violence."
        ],
        ref=date(2023, 12, 4),
    )
    assert not [r for r in rows if r["sub_event_type"] == "Agreement"], rows


def test_protesters_blocking_a_main_road(extractor):
    rows = run(
        extractor,
        [
            "TRIPOLI — Hundreds of protesters blocked the coastal road in Zawiya on Monday to demand the removal of armed groups."
        ],
        ref=date(2024, 5, 20),
    )
    r = one(rows, "Peaceful protest")
    assert r["location"] == "Zawiya" and str(r["event_date"]) == "2024-05-20", r


@pytest.mark.parametrize(
    "name,iso2,admin1",
    [
        ("Muqdadiya", "IQ", "Diyala"),
        ("Garbaharey", "SO", "Gedo"),
        ("Karimama", "BJ", "Alibori"),
        ("Mecula", "MZ", "Niassa"),
        ("Shariff Aguak", "PH", "Maguindanao del Sur"),
        ("Aita al-Shaab", "LB", "Nabatieh"),
        ("Ramyeh", "LB", "Nabatieh"),
    ],
)
def test_dev4_gazetteer_places(extractor, name, iso2, admin1):
    p = extractor.gaz.resolve(name, {iso2: 1.0})
    assert p is not None and p.country == iso2, (name, p)
