"""Round ev119 (issue 10, twenty-ninth session): a crowd's violence against people's homes or a shelter is mob
violence (`crowd_retype.dwelling_mob`, `crowd_dwelling_target_patterns`, `crowd_counted_subject_patterns`); an
agreement verb with a pact noun ("signed a pledge", "sealed a truce") is an Agreement and an establishing verb with a
base noun ("had established a platoon-size post", "set up a new forward base") a base established (verb frames
`signed_agreement_noun`, `established_base_noun`, `set_up_base_noun`). Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 3, 12)
MOB, VD, AG, HQ = "Mob violence", "Violent demonstration", "Agreement", "Headquarters or base established"

POSITIVES = [
    (
        "Dozens of youths threw stones and bottles at a reception centre for migrants in Heidenau late on Sunday; "
        "two of the residents were hurt.",
        MOB,
        (VD,),
    ),
    (
        "About 40 people attacked the house of a Pakistani family in Ballyclare overnight, breaking windows and setting "
        "their car alight as the parents and children sheltered upstairs.",
        MOB,
        (VD,),
    ),
    (
        "Residents said a mob of youths pelted a shelter for homeless people with rocks in Durban on Thursday, wounding "
        "two residents.",
        MOB,
        (VD,),
    ),
    (
        "A group of about 30 men smashed the windows of a refugee family's home in Rostock and set their car on fire "
        "while they hid inside, police said.",
        MOB,
        (VD,),
    ),
    ("Elders of the Dinka and Murle communities signed a pledge in Bor on Tuesday to end cattle raids.", AG, ()),
    ("Chiefs of the Fulani and Berom communities inked a non-violence pledge in Jos on Monday.", AG, ()),
    ("The army said it had established a platoon-size post at Kidal on Thursday.", HQ, ()),
    ("The battalion said on Monday that it had set up a new forward base in Marawi.", HQ, ()),
    ("Troops established a new military outpost near Tillaberi on Sunday, the ministry said.", HQ, ()),
    ("The militia has built a fortified camp outside Djugu town, residents said on Friday.", HQ, ()),
    ("Government forces opened a company-strength position at Mopti on Wednesday.", HQ, ()),
]

NEGATIVES = [
    (
        "Protesters threw stones at the police station in Ouagadougou on Friday and set a patrol car on fire.",
        VD,
        (MOB,),
    ),
    ("A crowd burned the district council offices in Kasese on Monday after a disputed election.", VD, (MOB,)),
    ("Rioters smashed the windows of the town hall in Gafsa on Tuesday night.", VD, (MOB,)),
    ("The ministry signed a contract to build a road between Goma and Rutshuru on Monday.", None, (AG,)),
    ("The company signed a lease for an office in Lagos on Friday.", None, (AG,)),
    ("The army plans to establish a base at Menaka next year, the minister said on Thursday.", None, (HQ,)),
    ("The government lifted the curfew in Bamenda on Monday.", None, ("Change to group/activity",)),
    ("The company established a new office in Nairobi on Monday.", None, (HQ,)),
    ("Soldiers opened fire on the rebel camp near Beni on Monday.", None, (HQ,)),
    ("Villagers walked up to a newly built army post near Gao on Friday.", None, (HQ,)),
]


@pytest.mark.parametrize("sentence,want,bad", POSITIVES + NEGATIVES)
def test_ev119_family(extractor, sentence, want, bad):
    subs = [r["sub_event_type"] for r in run(extractor, [sentence], ref=REF)]
    if want is not None:
        assert want in subs, subs
    assert not set(bad) & set(subs), subs
