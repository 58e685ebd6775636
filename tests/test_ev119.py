"""Round ev119 (issue 10, twenty-ninth session): a crowd's violence against people's homes or a shelter is mob
violence (`crowd_retype.dwelling_mob`, `crowd_dwelling_target_patterns`, `crowd_counted_subject_patterns`); an
agreement verb with a pact noun ("signed a pledge", "sealed a truce") is an Agreement and an establishing verb with a
base noun ("had established a platoon-size post", "set up a new forward base") a base established (verb frames
`signed_agreement_noun`, `established_base_noun`, `set_up_base_noun`, `base_was_established`); an armed group lifting
its armed stoppage, strike or blockade changes its activity (`lifted_armed_stoppage`, `armed_group_lifted_measure`),
dated by the statement, not by the imposition told in the object's clause (`when._pluperfect_object_day`). Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 3, 12)
MOB, VD, AG = "Mob violence", "Violent demonstration", "Agreement"
HQ, CG = "Headquarters or base established", "Change to group/activity"

POSITIVES = [
    (
        "Dozens of youths threw stones and bottles at a reception centre for migrants in Heidenau late on Sunday; two of the residents were hurt.",
        MOB,
        (VD,),
    ),
    (
        "About 40 people attacked the house of a Pakistani family in Ballyclare overnight, breaking windows and setting their car alight as the parents and children sheltered upstairs.",
        MOB,
        (VD,),
    ),
    ("A crowd of villagers burned down the houses of relatives of the suspect in Kandi on Monday.", MOB, (VD,)),
    (
        "Residents said a mob of youths pelted a shelter for homeless people with rocks in Durban on Thursday, wounding two residents.",
        MOB,
        (VD,),
    ),
    (
        "A group of about 30 men smashed the windows of a refugee family's home in Rostock and set their car on fire while they hid inside, police said.",
        MOB,
        (VD,),
    ),
    ("Elders of the Dinka and Murle communities signed a pledge in Bor on Tuesday to end cattle raids.", AG, ()),
    ("Chiefs of the Fulani and Berom communities inked a non-violence pledge in Jos on Monday.", AG, ()),
    ("The army said it had established a platoon-size post at Kidal on Thursday.", HQ, ()),
    ("The battalion said on Monday that it had set up a new forward base in Marawi.", HQ, ()),
    ("Troops established a new military outpost near Tillaberi on Sunday, the ministry said.", HQ, ()),
    ("The militia has built a fortified camp outside Ituri's Djugu town, residents said on Friday.", HQ, ()),
    ("Government forces opened a company-strength position at Mopti on Wednesday.", HQ, ()),
    ("The Gaitanista group said on Sunday it had lifted the armed stoppage it had imposed on San Jacinto.", CG, ()),
    ("The ELN announced on Tuesday that it was lifting the armed strike it had declared in Arauca.", CG, ()),
    ("The rebels suspended the armed shutdown they had called in Tame on Friday, a statement said.", CG, ()),
    ("Insurgents lifted the siege they had laid on the town of Djibo last month, residents said on Monday.", CG, ()),
    ("The militants have called off the blockade of the Kismayo road, elders told reporters on Friday.", CG, ()),
    (
        "In a communique on Saturday, the FARC dissidents said they were suspending the armed lockdown imposed on Argelia.",
        CG,
        (),
    ),
    ("The ELN has ended the armed strike it had ordered in Choco, the group said in a statement on Thursday.", CG, ()),
    (
        "The marines have set up two new outposts along the river near Puerto Leguizamo, the navy said on Monday.",
        HQ,
        (),
    ),
    ("Jihadists erected a camp in the forest outside Diapaga last week, according to local sources.", HQ, ()),
    ("A new army base was established at Koutougou on Saturday, the defence ministry said.", HQ, ()),
    ("Rebels constructed a fortified position on the hill above Kiwanja on Sunday, residents said.", HQ, ()),
    (
        "Neighbours said about 20 men hurled petrol bombs at the home of a Somali couple in Nakuru late on Friday.",
        MOB,
        (VD,),
    ),
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
    ("The government lifted the curfew in Bamenda on Monday.", None, (CG,)),
    ("The council suspended the market fee in Tamale on Friday.", None, (CG,)),
    ("The company established a new office in Nairobi on Monday.", None, (HQ,)),
    (
        "About 200 former soldiers blocked the road at the entrance to Tuzla on Monday and lifted the blockade at noon.",
        None,
        (CG,),
    ),
    ("The militia called off its truce with the government in late 2019, analysts say.", None, (CG,)),
    ("The mayor lifted the curfew imposed on the market district on Friday.", None, (CG,)),
    ("Protesters attacked the governor's residence in Sokoto on Friday and set fire to the gate.", None, ()),
    ("The two firms signed a memorandum on road construction in Lusaka on Monday.", None, ()),
    ("Soldiers set fire to the rebel base near Kanyabayonga on Sunday.", None, (HQ,)),
    ("The company built a new school near the camp in Dadaab on Monday.", None, (HQ,)),
    ("Soldiers opened fire on the rebel camp near Beni on Monday.", None, (HQ,)),
    ("Villagers walked up to a newly built army post near Gao on Friday.", None, (HQ,)),
]


@pytest.mark.parametrize("sentence,want,bad", POSITIVES + NEGATIVES)
def test_ev119_family(extractor, sentence, want, bad):
    subs = [r["sub_event_type"] for r in run(extractor, [sentence], ref=REF)]
    if want is not None:
        assert want in subs, subs
    assert not set(bad) & set(subs), subs


def test_ev119_lifting_dated_by_the_statement(extractor):
    rows = run(
        extractor,
        [
            "In a statement on Thursday, the ELN said it had lifted the armed strike it had called in Arauca three days earlier."
        ],
        ref=REF,
    )
    lifted = [r for r in rows if r["sub_event_type"] == CG]
    assert lifted and str(lifted[0]["event_date"]) == "2026-03-12", rows  # not the strike's day, 03-09
