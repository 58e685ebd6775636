"""Spurious rows of round ev92 (issue 10, precision): a restatement whose only place is its speaker's ("Kisii police
commander X said the youths fought ...", ", a Jubaland military officer told reporters") or the origin of a victim
("The dead man, a fish seller from X, was shot ...") adds to the event already reported (`speaker_places.py`); a trigger
noun named as a state of things ("Kidnapping for ransom remains the main threat", `generic_state_after` /
`generic_state_before`), a field of a " | " title line, and the crime of a trial or a charge (`charged_crime_before`)
report no event; deaths mourned first and told later at a deadly march are one event (`merging.fold_announced`).
Sentences written for the tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2025, 8, 8)  # a Friday


def _rows(extractor, paras):
    return [(r["sub_event_type"], str(r["location"]), str(r["event_date"])) for r in run(extractor, paras, ref=REF)]


@pytest.mark.parametrize(
    "paras",
    [
        [
            "NAIROBI — Youths from two clans fought with machetes and arrows in Kehancha on Sunday.",
            "Kisii police commander Ann Ruto said the youths fought for several hours before officers separated them.",
        ],
        [
            "MOGADISHU — Al-Shabaab fighters attacked an army base near Baidoa on Monday, sparking a battle that lasted"
            " four hours.",
            "Nine militants and two soldiers were killed, a Jubaland military officer told reporters.",
        ],
        [
            "BISHKEK — Kyrgyz and Tajik border guards exchanged fire near the village of Aksay on Tuesday.",
            "The border service in Osh says one of its servicemen was killed and that two Tajik guards were wounded.",
        ],
        [
            "KISUMU — Gunmen killed three traders at a market in Ahero on Wednesday.",
            "The dead man, a fish seller from Kisumu, was shot as he closed his stall, a witness said.",
        ],
    ],
)
def test_a_restatement_placed_only_by_its_speaker_or_a_victims_origin_is_no_second_event(extractor, paras):
    assert len(_rows(extractor, paras)) == 1


def test_a_place_of_the_clause_itself_still_makes_its_own_event(extractor):
    rows = _rows(
        extractor,
        [
            "NAIROBI — Youths from two clans fought with machetes and arrows in Kehancha on Sunday.",
            "Kisii police commander Ann Ruto said gunmen shot dead two herders in Kisii town on Tuesday.",
        ],
    )
    assert ("Attack", "Kisii", "2025-08-05") in rows


def test_a_correspondents_place_stays_the_place_of_a_protest(extractor):
    rows = _rows(
        extractor,
        [
            "KAMPALA — Gunmen killed three traders at a market in Gulu on Wednesday.",
            "Our correspondent in Lira says about 2,000 students are marching peacefully to the district offices.",
        ],
    )
    assert any(r[0] == "Peaceful protest" and r[1] == "Lira" for r in rows), rows


@pytest.mark.parametrize(
    "line",
    [
        "Cattle raiding remains the main threat on the roads around Moroto.",
        "Armed robberies in Kampala are reported to have risen this year.",
        "Kasai has been one of the provinces with the most killings of teachers in the last three years.",
    ],
)
def test_a_trigger_noun_named_as_a_state_of_things_is_no_event(extractor, line):
    assert _rows(extractor, [line]) == []


@pytest.mark.parametrize(
    "line",
    [
        "Cattle raids near Moroto on Tuesday left four herders dead.",
        "Gunmen killed four traders near Moroto on Tuesday, and the road remains closed.",
    ],
)
def test_a_dated_act_is_still_an_event(extractor, line):
    assert len(_rows(extractor, [line])) == 1


def test_the_fields_of_a_title_line_are_no_event(extractor):
    assert (
        _rows(extractor, ["UGANDA | Karamoja Sub-region: Inter-communal violence | Flash Update No. 3 | 6 Aug 2025"])
        == []
    )


def test_the_clause_after_a_log_entrys_fields_is_still_an_event(extractor):
    rows = _rows(
        extractor, ["• Tue 5 Aug | Moroto | KIDNAPPING | Armed men stopped a bus near Moroto and abducted two traders."]
    )
    assert [r[0] for r in rows] == ["Abduction/forced disappearance"]


@pytest.mark.parametrize(
    "line",
    [
        "KAMPALA — The High Court on Thursday sentenced three men to life imprisonment for the murder of a Gulu trader.",
        "LIRA — Prosecutors on Wednesday filed charges of murder, attempted murder and illegal possession of explosives"
        " against nine members of a gang.",
    ],
)
def test_the_crime_of_a_trial_or_a_charge_is_no_event(extractor, line):
    assert _rows(extractor, [line]) == []


def test_the_crimes_own_verb_keeps_its_event(extractor):
    rows = _rows(
        extractor,
        [
            "MASAKA — Four men went on trial at the Masaka high court on Tuesday, charged with the murder of Peter"
            " Okello, a village chairman who was shot dead at his home in Kyotera on 14 March 2025."
        ],
    )
    assert rows == [("Attack", "Kyotera", "2025-03-14")]


def test_deaths_mourned_then_told_at_a_deadly_march_are_one_event(extractor):
    rows = _rows(
        extractor,
        [
            "GULU — The students' union mourned the deaths of two students shot dead by police in Gulu on Tuesday.",
            "Police fired live rounds on Tuesday at a march of about 600 students against fee rises in Gulu, killing two.",
        ],
    )
    assert rows == [("Excessive force against protesters", "Gulu", "2025-08-05")]


def test_deaths_mourned_with_no_later_account_stay_an_event(extractor):
    rows = _rows(
        extractor,
        ["GULU — The students' union mourned the deaths of two students shot dead by soldiers in Gulu on Monday."],
    )
    assert rows == [("Attack", "Gulu", "2025-08-04")]


@pytest.mark.parametrize(
    "paras",
    [
        [
            "• Mon 4 Aug — Kajuru area: gunmen abducted 14 farmers from their fields near Kajuru.",
            "• Wed 6 Aug — Kachia area: 9 of the 14 people abducted on 4 August were released after relatives paid a ransom.",
        ],
        [
            "MAIDUGURI — Soldiers detained 12 traders in Maiduguri on Monday.",
            "Seven were released on Wednesday; five remain in detention at the Maimalari barracks.",
        ],
        [
            "KADUNA — Gunmen abducted two nurses near Kajuru on Monday.",
            "Both were released unharmed the same evening after negotiations by village elders.",
        ],
    ],
)
def test_a_release_retells_the_capture_already_told(extractor, paras):
    assert len(_rows(extractor, paras)) == 1


def test_a_capture_beside_someone_released_long_ago_stays_an_event(extractor):
    rows = _rows(
        extractor,
        [
            "KADUNA — Police arrested five men in Kaduna on Monday.",
            "On Wednesday, soldiers detained 20 people in Zaria, including a man released in 2023.",
        ],
    )
    assert ("Arrests", "Zaria", "2025-08-06") in rows


LEAD = "OUAGADOUGOU — Jihadists attacked an army post at Djibo on Monday, killing nine soldiers."


def test_a_claim_dated_only_by_its_statement_retells_the_event(extractor):
    rows = _rows(
        extractor,
        [LEAD, "In a message on Tuesday, JNIM claimed the attack on Djibo, saying it had killed 30 soldiers."],
    )
    assert rows == [("Armed clash", "Djibo", "2025-08-04")]


@pytest.mark.parametrize(
    "second, row",
    [
        (
            "In a message on Tuesday, JNIM claimed the attack on Titao, saying it had killed 30 soldiers.",
            ("Armed clash", "Titao", "2025-08-05"),
        ),
        (
            "The army said on Friday that soldiers had repelled an attack on Djibo on Thursday.",
            ("Armed clash", "Djibo", "2025-08-07"),
        ),
    ],
)
def test_a_report_of_another_place_or_with_its_own_day_stays_an_event(extractor, second, row):
    assert row in _rows(extractor, [LEAD, second])
