"""(fix88) An upper-case acronym the dictionary lacks, right before an armed member noun ("KLF fighters", "UDF gunmen")
or after one and "of (the)" ("militants of the KLF"), names an unlisted armed group on the blank pipeline too, as a
trained NER's ORG entity in these places already does; a country's word or initials ("DRC", "CAR", "US") does not, and
an unarmed member noun ("supporters", "adherents") gives no group. Sentences written for the test."""

from __future__ import annotations

from datetime import date

import pytest


def _rows(extractor, text: str) -> list[tuple]:
    from newsetl.extract.extractor import ArticleText

    ((art, evs, _),) = list(extractor.run([ArticleText("t", [text], date(2026, 11, 20))]))
    return [(r["sub_event_type"], r["actor1"], r["actor2"]) for r in extractor.event_rows(art.article_id, evs)]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("KLF fighters attacked a police station in Matadi on Tuesday.", "KLF"),
        ("Fighters of the KLF attacked a police station in Matadi on Tuesday.", "KLF"),
        ("BDK militants burned a police post in Kimpese on Wednesday.", "BDK"),
        ("Militiamen of the BDK killed two policemen in Kimpese on Wednesday.", "BDK"),
        ("The army said UDF gunmen ambushed a patrol near Bunia on Tuesday.", "UDF"),
    ],
)
def test_an_acronym_with_an_armed_member_noun_is_a_group(extractor, text, group):
    rows = _rows(extractor, text)
    assert rows and rows[0][1] == group


@pytest.mark.parametrize(
    "text",
    [
        "DRC rebels attacked a police station in Goma on Tuesday.",
        "CAR rebels attacked a police station in Bangui on Tuesday.",
        "US fighters attacked a base in Kandahar on Tuesday.",
        "NDC supporters clashed with NPP supporters in Tamale on Tuesday.",
    ],
)
def test_a_country_or_an_unarmed_member_noun_is_no_group(extractor, text):
    rows = _rows(extractor, text)
    assert rows and not {"DRC", "CAR", "US", "NDC", "NPP"} & {rows[0][1], rows[0][2]}
