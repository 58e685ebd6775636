"""Developer round ev62: detection kinds that recur on the blind24-26 development sets. Sentences written for the tests.

- a trigger inside a relative or reduced relative clause ("a vendor they said had been arrested", "a feud that had been
  ended by a peace accord", "sons detained during raids") qualifies a noun: the head event of the sentence wins
  (`modifier_clause_before`);
- a participle before a common noun types nothing even when punctuation or "of" sits beside it ("crates of stolen
  diesel,", "with the detained members.": `attributive_common_noun_after`);
- a crowd that gathered "seeking word of" missing people has a purpose (`gathering_purpose_patterns`);
- "hacked / beat <person> to death" (`to_death_after`), "beat a <person>" by a group that is no crowd
  (`beaten_person_after`) and "stoned the police station" are acts of violence."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 3, 12)  # a Thursday


def _types(extractor, paragraphs):
    return [r["sub_event_type"] for r in run(extractor, paragraphs, ref=REF)]


def test_relative_clause_trigger_does_not_type_the_protest(extractor):
    paras = [
        "In Kora, about 300 traders marched on Tuesday to demand the release of a vendor they said had been arrested."
    ]
    assert _types(extractor, paras) == ["Peaceful protest"]


def test_relative_clause_agreement_does_not_type_the_attack(extractor):
    paras = [
        "In Bentiu, gunmen shot and wounded a herder on Monday, reopening a feud with a nearby clan that had been "
        "ended by a peace accord, police said."
    ]
    assert _types(extractor, paras) == ["Attack"]


def test_kin_detained_do_not_type_the_gathering(extractor):
    paras = [
        "In Kora, dozens of mothers gathered outside the police headquarters on Tuesday seeking word of sons "
        "detained during raids last year."
    ]
    assert _types(extractor, paras) == ["Peaceful protest"]


def test_participle_before_a_noun_and_punctuation_types_nothing(extractor):
    arrest = [
        "On Wednesday, soldiers detained three suspects at a farm near Kora, where they found crates of stolen "
        "diesel, the army said."
    ]
    assert _types(extractor, arrest) == ["Arrests"]
    protest = [
        "On Tuesday, nurses in Kora held placard protests outside the hospital in solidarity with the detained members."
    ]
    assert _types(extractor, protest) == ["Peaceful protest"]


def test_killing_verbs_split_by_their_object(extractor):
    assert _types(extractor, ["In Kora, robbers hacked a shopkeeper to death on Monday night, police said."]) == [
        "Attack"
    ]
    assert _types(extractor, ["On Tuesday, settlers beat a shepherd near Kora, a village official said."]) == ["Attack"]
    assert _types(extractor, ["Hackers hacked a ministry website on Monday, officials in Kora said."]) == []
    assert _types(extractor, ["The visitors beat a strong side from Kora 3-1 on Sunday."]) == []


def test_stoned_police_station_is_a_riot(extractor):
    paras = ["On Tuesday, hundreds of miners stoned the police station in Kora after a colleague died in custody."]
    assert "Violent demonstration" in _types(extractor, paras)
