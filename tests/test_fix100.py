"""Review mends of ev91 (fix100): the event's own place, kept to what the construction shows. A civilian "from X" places
only a victim ("a teacher from X was taken"), or a crowd that acts ("a crowd of young men from X burned"), not the
attackers' home ("young men from X killed four farmers in the raid") nor an employer or a people ("workers from X
Refinery", "men from X communities"); an office holder "of X" is a settlement's (mayor, chief), not a company's
chairman or a mosque's imam; a gathering site "of X" without a settlement's word is a club's or a mall's; a court's
town is the dateline's only in the story's country and only for a gathering; a numbered testimony's or a witness
label's name is no place. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from tests.extract_util import one, run

REF = date(2026, 10, 8)


def _place(rows, sub: str) -> str | None:
    return one(rows, sub)["location"]


def _places(rows) -> list:
    return [r["location"] for r in rows]


# 1. the attackers' home is no new event
def test_attackers_from_an_unlisted_village_make_no_new_event(extractor):
    for paras in (
        [
            "BAUCHI — Gunmen raided Dindima on Monday night, burning 20 homes.",
            "Residents said young men from Zangoro killed five farmers in the raid.",
        ],
        [
            "BAUCHI — Dindima was attacked on Monday night. Residents said young men from Zangoro killed five farmers "
            "there."
        ],
    ):
        rows = run(extractor, paras, ref=REF)
        assert "Zangoro" not in _places(rows), rows


def test_a_victim_from_an_unlisted_village_keeps_its_village(extractor):
    rows = run(
        extractor,
        [
            "Gunmen attacked a market in Guachochi on Sunday.",
            "A nurse's aide from Tohuachi was taken on Thursday by armed men.",
            "A trader from Tohuachi was abducted by armed men on Friday.",
        ],
        ref=REF,
    )
    assert "Tohuachi" in _places(rows), rows


def test_a_crowd_from_an_unlisted_village_that_acts_is_at_its_village(extractor):
    rows = run(
        extractor,
        [
            "OSOGBO — Police arrested 12 men in Osogbo on Saturday.",
            "On Monday, a crowd of young men from Ora-Ekiti "
            "burned down the house of a chief they accused of selling land.",
        ],
        ref=REF,
    )
    assert _place(rows, "Mob violence") == "Ora-Ekiti", rows


# 2. an employer or a people is no place
def test_workers_of_a_company_or_men_of_a_people_make_no_place(extractor):
    for line, lead in (
        ("Three workers from Obajana Refinery were kidnapped on Wednesday.", "Lagos"),
        ("A driver from Jumia was attacked by a mob on Wednesday.", "Lagos"),
        ("Three men from Bozo communities were abducted on Wednesday.", "Lagos"),
    ):
        rows = run(extractor, ["Police arrested 10 people in Lagos on Tuesday.", line], ref=REF)
        assert _places(rows) == [lead, lead], rows


# 3. a company's chairman, a mosque's imam, a club's stadium, a mall's plaza
def test_officers_of_organisations_make_no_place(extractor):
    for line in (
        "Gunmen kidnapped the chairman of Obajana Cement on Wednesday.",
        "Gunmen abducted the chairman of Ibadan Rangers on Wednesday.",
        "Police detained the imam of Al-Taqwa on Wednesday.",
    ):
        rows = run(extractor, ["Police arrested 10 people in Lagos on Tuesday.", line], ref=REF)
        assert set(_places(rows)) <= {"Lagos", "Ibadan"}, rows


def test_gathering_sites_of_organisations_make_no_place(extractor):
    for line in (
        "On Wednesday, police fired tear gas at fans at the stadium of Al Masry, injuring two.",
        "Gunmen attacked the bus station of Easy Coach on Wednesday, killing two.",
        "On Wednesday, police dispersed about 80 protesters at the plaza of Robinsons Galleria.",
    ):
        rows = run(extractor, ["Police arrested 10 people in Lagos on Tuesday.", line], ref=REF)
        assert _places(rows) == ["Lagos", "Lagos"], rows


def test_a_settlement_plaza_and_mayor_keep_their_place(extractor):
    lead = "Soldiers clashed with rebels in Catbalogan on Monday."
    rows = run(
        extractor,
        [lead, "On Wednesday about 200 farmers held a rally in the town plaza of Gandara to ask for a ceasefire."],
        ref=REF,
    )
    assert "Gandara" in _places(rows), rows
    rows = run(extractor, [lead, "Gunmen abducted the mayor of Gandara on Wednesday."], ref=REF)
    assert _place(rows, "Abduction/forced disappearance") == "Gandara", rows


# 4. a foreign dateline is not the court's town
def test_a_foreign_dateline_is_not_the_courts_town(extractor):
    for dateline in ("KIGALI —", "PARIS (AFP) -"):
        rows = run(
            extractor,
            [
                f"{dateline} A court on Monday jailed a Burundian opposition leader for the 2023 killing of three "
                "farmers in Gitega, Burundi.",
                "Outside the court on Monday, about 50 supporters sang and held placards demanding his release.",
            ],
            ref=REF,
        )
        assert _place(rows, "Peaceful protest") == "Gitega", rows


def test_a_home_dateline_is_the_courts_town(extractor):
    rows = run(
        extractor,
        [
            "ELDORET — A witness told the High Court on Monday how gunmen shot dead three herders in Kapsabet.",
            "Outside the court on Monday, about 50 relatives sang and held placards demanding justice.",
        ],
        ref=REF,
    )
    assert _place(rows, "Peaceful protest") == "Eldoret", rows


# 5. the court's town is a gathering's only
def test_no_gathering_at_the_court_keeps_the_earlier_place(extractor):
    for line in (
        "The accused was detained outside the court in March. On Monday, gunmen shot dead his cousin, his family said.",
        "Speaking outside the court, her lawyer said police had beaten his client in a cell on Saturday.",
    ):
        rows = run(extractor, ["ELDORET — Gunmen shot dead three herders in Kapsabet on Sunday.", line], ref=REF)
        assert "Eldoret" not in _places(rows), rows


# 9. "court ... in X" is the court's name
def test_a_place_the_court_heard_of_is_not_the_courts_town(extractor):
    rows = run(
        extractor,
        [
            "LAGOS — The court heard on Monday that gunmen in Ikire killed 12 villagers.",
            "Outside the court on Monday, about 50 relatives sang and held placards demanding justice.",
        ],
        ref=REF,
    )
    assert _place(rows, "Peaceful protest") == "Lagos", rows


# 6. an item's label is a place only when a place is named there
def test_numbered_witness_labels_are_no_places(extractor):
    for paras, place in (
        (["WEEKLY SECURITY NOTES — Mombasa", "3. WITNESS: Police shot dead three protesters on Monday."], "Mombasa"),
        (
            [
                "ACCOUNTS GATHERED BY THE TEAM — Beni",
                "2. Masika Kavira: armed men came at night and took my son and two neighbours.",
            ],
            "Beni",
        ),
    ):
        rows = run(extractor, paras, ref=REF)
        assert _places(rows) == [place], rows


def test_a_numbered_place_heading_is_still_a_place(extractor):
    rows = run(extractor, ["INCIDENT LOG — Bauchi", "4. Zangoro: gunmen killed 6 herders on Monday."], ref=REF)
    assert _places(rows) == ["Zangoro"], rows


# 7. the market features are data
def test_market_features_are_a_word_list():
    import json

    from newsetl.extract.events import places
    from newsetl.extract.rules import data_path

    words = json.loads(data_path("wordlists.json").read_text(encoding="utf-8"))
    assert tuple(words["market_place_features"]) == places.MARKET_FEATURES
    assert set(places.MARKET_FEATURES) <= set(words["place_cue_words"])
