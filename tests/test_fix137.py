"""Round fix137 (twenty-ninth session): review mends of ev122. Only a state security or intelligence agency is an actor
of its own (a state cue, every name word a head, security word or cue, no "Criminal"; the acronym branch only before
"security/intelligence service/agency" with a country or an agent noun before it); a coast guard named only as a place
is no side. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 3, 12)


def _names(extractor, paras):
    rows = run(extractor, paras, ref=REF)
    return rows, {r["actor1"] for r in rows} | {r["actor2"] for r in rows}


# (sentence, a name no row may have, a name some row must have or None)
NOT_AGENCY = [
    # criminal-investigation bodies are the police
    (
        "The Directorate of Criminal Investigations (DCI) detained four suspects in Ruiru on Tuesday.",
        "DCI",
        "Police Forces of Kenya",
    ),
    (
        "Two men were arrested in Nakuru by detectives of the Directorate of Criminal Investigations (DCI), police said.",
        "DCI",
        "Police Forces of Kenya",
    ),
    (
        "The Directorate of Criminal Investigations arrested two brothers in Thika on Friday.",
        "Directorate of Criminal Investigations",
        "Police Forces of Kenya",
    ),
    (
        "The Bureau of Criminal Investigation arrested a suspect in Ibadan on Monday.",
        "Bureau of Criminal Investigation",
        None,
    ),
    # bodies with "Security" in a civil name
    (
        "Gunmen looted a depot of the National Food Security Agency in Damaturu on Friday.",
        "National Food Security Agency",
        None,
    ),
    (
        "Offices of the Social Security Agency in Bulawayo were stormed by angry retirees on Tuesday.",
        "Social Security Agency",
        None,
    ),
    ("Hackers linked to the Cyber Security Agency (CSA) attacked a bank in Lusaka on Tuesday.", "CSA", None),
    # a rebel or party committee, with or without an acronym
    (
        "The Security Committee of the insurgent movement executed three suspected informers near Menaka on Sunday.",
        "Security Committee",
        None,
    ),
    (
        "Police detained four members of the Kenyan Security Committee of the Democratic Alliance (KSCDA) in Eldoret on Monday.",
        "Security Committee",
        None,
    ),
    ("The KLM security committee executed three suspected informers near Gao on Saturday.", "KLM", None),
    ("The UPP security department clashed with ruling party youths in Gweru on Sunday.", "UPP", None),
    # private security companies
    (
        "Guards of Falcon Security Services shot dead two robbers at a bank in Mbale on Monday.",
        "Guards of Falcon Security Services",
        None,
    ),
    (
        "Guards from G4S Security Services shot dead a suspected burglar in Entebbe on Friday.",
        "Security Services",
        None,
    ),
    (
        "Pensioners blocked the entrance of the Social Security Services office in Gweru on Monday.",
        "Private Security Forces (Zimbabwe)",
        None,
    ),
    # a US department: the country's police, as the golds write federal agencies' agents
    ("Department of Homeland Security (DHS) agents arrested 30 protesters in Portland on Friday.", "DHS", None),
]


@pytest.mark.parametrize("sentence,bad,want", NOT_AGENCY)
def test_fix137_not_an_agency(extractor, sentence, bad, want):
    rows, names = _names(extractor, [sentence])
    assert bad not in names, rows
    if want is not None:
        assert want in names, rows


PRIVATE = [
    (
        "Guards of Falcon Security Services shot dead two robbers at a bank in Mbale on Monday.",
        "Private Security Forces (Uganda)",
    ),
    (
        "Guards from G4S Security Services shot dead a suspected burglar in Entebbe on Friday.",
        "Private Security Forces (Uganda)",
    ),
    (
        "Guards of Apex Security Solutions opened fire on a crowd of miners in Mutare on Monday, killing one.",
        "Private Security Forces (Zimbabwe)",
    ),
]


@pytest.mark.parametrize("sentence,want", PRIVATE)
def test_fix137_security_company_is_private_security(extractor, sentence, want):
    rows, names = _names(extractor, [sentence])
    assert want in names, rows


COAST_PLACE = [
    "Three people were killed when gunmen attacked a boat near the coast guard station in Misrata on Tuesday.",
    "Gunmen attacked a coast guard station in Zawiya on Monday, killing three guards.",
]


@pytest.mark.parametrize("sentence", COAST_PLACE)
def test_fix137_coast_guard_station_is_no_side(extractor, sentence):
    rows, names = _names(extractor, [sentence])
    assert not any((n or "").startswith("Military Forces") for n in names), rows


def test_fix137_coast_guard_vessel_still_a_side(extractor):
    rows, names = _names(
        extractor, ["A coast guard vessel fired on a smuggling boat off Tumaco on Sunday, wounding two."]
    )
    assert "Military Forces of Colombia" in names, rows


# kept: state agencies with a state cue
KEPT = [
    (
        "Burundi's National Intelligence and Security Service abducted an activist in Kigoma on Monday.",
        "National Intelligence and Security Service",
    ),
    ("The Internal Security Agency detained a Belarusian citizen in Lublin on Monday.", "Internal Security Agency"),
    ("Agents of the DSN intelligence service seized a journalist in Maracay on Tuesday.", "DSN"),
    ("The Federal Security Services detained two men in Kano on Monday.", "Federal Security Services"),
    ("The National Investigation Agency (NIB) detained four youths in Baramulla on Sunday.", "NIB"),
    ("The Rwanda Investigation Bureau (RBI) arrested two traders in Rusizi on Friday.", "RBI"),
]


@pytest.mark.parametrize("sentence,want", KEPT)
def test_fix137_state_agency_kept(extractor, sentence, want):
    rows, names = _names(extractor, [sentence])
    assert want in names, rows
