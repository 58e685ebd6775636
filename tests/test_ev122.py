"""Round ev122 (twenty-ninth session): named state security and intelligence agencies as actors of their own
(convention 6 keeps an agency's name: `components/unlisted_agencies.py`, `unlisted_agency_*` word lists), a coast
guard as the country's military (actors.jsonl). Sentences written for the tests, with invented agencies' wordings."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 3, 12)

# (paragraphs, the actor1 some row must have)
AGENCY = [
    (["Agents of the State Committee for National Security (SCNS) arrested a blogger in Osh on Friday."], "SCNS"),
    (
        ["Tajikistan's State Committee for National Security detained a lawyer in Khujand on Monday."],
        "State Committee for National Security",
    ),
    (
        ["The National Intelligence Directorate arrested two students in Tanta on Sunday, their families said."],
        "National Intelligence Directorate",
    ),
    (
        ["Uzbekistan's Ministry of State Security (MSS) detained seven men in Termez last Wednesday, relatives said."],
        "MSS",
    ),
    (
        [
            "Two journalists were arrested in Tabriz on Saturday by the General Directorate of Intelligence, a lawyer said."
        ],
        "General Directorate of Intelligence",
    ),
    (["Belarus's SNB security service detained three men in Mogilev on Thursday over videos of trains."], "SNB"),
    (
        ["Members of the Defence Intelligence Agency abducted a union leader from his home in Sittwe last night."],
        "Defence Intelligence Agency",
    ),
    (["Gunmen ambushed a convoy of the Internal Security Service near Derna on Tuesday, killing two."], None),
    (
        [
            "The Federal Counterintelligence Service said its officers shot dead a suspected militant in Nalchik on Friday."
        ],
        "Federal Counterintelligence Service",
    ),
]


@pytest.mark.parametrize("paras,want", AGENCY)
def test_ev122_agency_is_its_own_actor(extractor, paras, want):
    rows = run(extractor, paras, ref=REF)
    names = {r["actor1"] for r in rows} | {r["actor2"] for r in rows}
    if want is None:  # the acronym-only or victim forms: the agency is some side, not folded into police/military
        assert "Internal Security Service" in names, rows
    else:
        assert want in {r["actor1"] for r in rows}, rows


COAST = [
    "A Coast Guard vessel fired on a smuggling boat off Tumaco on Sunday, wounding two crew members.",
    "Pirates opened fire on a coast guard boat near Bakassi overnight, the military said.",
    "The navy said a coast guard unit exchanged fire with a speedboat near Guiria on Thursday, killing two smugglers.",
]


@pytest.mark.parametrize("sentence", COAST)
def test_ev122_coast_guard_is_the_military(extractor, sentence):
    rows = run(extractor, [sentence], ref=REF)
    assert any((n or "").startswith("Military Forces") for r in rows for n in (r["actor1"], r["actor2"])), rows


# already right on main (the patrol or the plural read as a state force): kept
COAST_KEPT = [
    "A coastguard patrol traded fire with pirates off Eyl on Monday, killing one of them.",
    "Coast guards clashed with gunmen on a fishing boat near Bonny on Friday.",
]


@pytest.mark.parametrize("sentence", COAST_KEPT)
def test_ev122_coast_guard_kept(extractor, sentence):
    test_ev122_coast_guard_is_the_military(extractor, sentence)


# near misses that must not change
NEAR = [
    ("Security forces opened fire on protesters in Zahedan on Friday, killing three.", "Military Forces of Iran"),
    ("Police arrested five men in Kisumu on Monday, the Directorate of Criminal Investigations said.", None),
    ("Guards of a private security company shot dead a suspected thief in Lagos on Tuesday.", None),
    ("Gunmen attacked a police post in Kidal on Sunday, and the security situation remained tense.", None),
    ("RCMP officers arrested two men in Thompson on Friday after the RCMP investigation into the shooting.", None),
    ("Ukraine's SBU said its agents killed a Russian colonel with a car bomb in Melitopol on Sunday.", None),
    ("The security services detained a blogger in Minsk on Tuesday, rights groups said.", None),
    ("Officers shot dead a wanted smuggler in Karak on Monday, the Public Security Directorate said.", None),
    ("The Ministry of Public Security detained four activists in Hanoi on Friday, their lawyer said.", None),
    ("The Security Council condemned the attack in Goma on Monday that killed nine civilians.", None),
]


@pytest.mark.parametrize("sentence,want", NEAR)
def test_ev122_near_misses(extractor, sentence, want):
    rows = run(extractor, [sentence], ref=REF)
    names = {r["actor1"] for r in rows} | {r["actor2"] for r in rows}
    bad = ("situation", "company", "rcmp", "council", "security services", "public security")
    assert not any(n and any(b in n.lower() for b in bad) for n in names), rows
    if want is not None:
        assert want in names, rows
