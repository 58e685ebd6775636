"""Review mends of round ev111 (fix126, issue 10, twenty-ninth session): a crowd's walk, sit-down, silence, prayer or
occupation protests only with a real protest cue in the trigger's own clause (a demand or grievance, a slogan chanted,
solidarity with people, a silent walk that goes somewhere, a road sat across while asking): a place alone (outside an
office, through the streets, across a road) is none, nor a cue told in a later clause ("a day after police dispersed
protesters outside ..."). Armed and named groups that occupy an office do not protest; searching, watching, fleeing,
drills, funerals, memory, honour, prayers for recovery or peace, celebrations and campaign walks are no protest.
Sentences written for the tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2025, 3, 14)  # a Friday

# a later clause's place is no cue for the walk, and the protest told there stays
LATER_CLAUSE = [
    "Traders walked back to their stalls in Limbe on Tuesday, a day after police dispersed protesters outside the "
    "prefect's office.",
    "Hundreds of people walked to the bus station in Kumba on Tuesday, a day after police dispersed a crowd outside "
    "the governor's office.",
]
ARMED_OCCUPIERS = [
    "Members of the Raia Mutomboki occupied the offices of the territorial administration in Shabunda on Tuesday.",
    "Members of the Africa Corps occupied the access road to the gold mine near Kidal on Tuesday.",
    "Members of the Amhara militia occupied the offices of the woreda administration in Gondar on Wednesday.",
    "Armed youths occupied the premises of the local government secretariat in Orlu on Tuesday.",
    "Supporters of the militia occupied the entrance to the police station in Beni on Tuesday.",
    "Members of the Mai-Mai occupied the compound of the commune office in Uvira on Tuesday, chanting songs.",
    "Members of the Mai-Mai occupied the offices of the territorial administration in Fizi on Tuesday, demanding the "
    "release of their commander.",
]
PLACE_ALONE = [
    "Thousands of people stood for hours outside the immigration office in Abuja on Tuesday.",
    "Thousands of commuters walked through the city centre of Kampala on Tuesday after the taxi strike.",
    "Thousands of residents walked through the streets of Hatay on Wednesday, searching for relatives under the rubble.",
    "Displaced families occupied the compound of the district administration in Mocimboa on Tuesday after fleeing "
    "insurgents.",
    "Hundreds of residents sat across the road in Mathare on Tuesday, watching the fire destroy the market.",
    "Pupils lay down in front of the school in Kisumu on Tuesday during a fire drill.",
    "Thousands of locals walked silently through the town centre of Malindi on Saturday behind the coffins of the "
    "fishermen who drowned.",
    "Around 60 widows sat down in front of the provincial secretariat in Sibi on Monday.",
    "Nearly 500 tea farmers occupied the compound of the district administration in Kericho on Monday.",
]
MOURNING_PRAYER_CELEBRATION = [
    "Worshippers held a prayer service in the compound of the palace in Zaria on Friday for the emir's recovery.",
    "Hundreds of locals held a prayer service outside the hospital in Owerri on Sunday for the recovery of the injured "
    "senator.",
    "Hundreds of citizens held a prayer service outside the parliament in Abuja on Sunday for peace ahead of the "
    "elections.",
    "Thousands of supporters paraded through the centre of Ibadan on Sunday, chanting the name of the newly elected "
    "governor.",
    "Dozens of students stood outside the university in Ilorin on Tuesday, chanting the school song after their "
    "graduation.",
    "Hundreds of women walked through the streets of Gulu on Sunday in support of breast cancer awareness.",
    "Hundreds of pupils stood in silence outside the school in Nyeri on Tuesday in memory of the classmates killed in "
    "the fire.",
    "Hundreds of people stood in silence in front of the town hall of Lyon on Sunday to honour the victims of the "
    "attack.",
    "Dozens of inhabitants of the village walked to the police station in Gao on Tuesday, asking the authorities for "
    "protection from jihadists.",
    "Thousands of supporters walked through the centre of Bouake on Sunday in support of the president's re-election "
    "bid.",
    "About 800 residents walked in silence through the centre of Kilifi on Sunday to the cemetery in memory of the "
    "drowned fishermen.",
]
# the constructions ev111 gained, each with a real cue in its own clause
REAL_CUE = [
    "In Dilla, hundreds of coffee growers sat down outside the district administration on Tuesday over unpaid "
    "cooperative dues and went home at dusk.",
    "Also on Thursday, relatives of the dead cadets stood in silence at the gate of the academy in Kohat, holding their "
    "photographs and asking why the gate had been left open.",
    "On Thursday several dozen villagers held a prayer service on the bank of the Rioni in Oni, asking the government "
    "to cancel the dam.",
    "On Saturday about 60 demonstrators sat down across the road in Mieres.",
    "On Sunday afternoon about 1,200 people walked in silence through the centre of Rouen behind the boy's father.",
    "On Friday several hundred people sat down outside the governor's office in Erzincan, chanting “The river is our "
    "life”.",
    "In Mendoza, thousands of teachers and public employees walked on Wednesday evening from the monument to the "
    "provincial government house in support of the oil workers.",
    "On Wednesday members of a Qom community occupied the access road to a drilling pad near Tartagal, saying the "
    "well had been drilled on their land without consultation.",
    "In Maraba about 300 members of the Rural Workers' Union occupied the courtyard of the land agency's regional "
    "office on Tuesday, demanding an investigation.",
    "In Dras, members of the Dras Traders' Alliance sat down for two hours at the gates of the district office on "
    "Tuesday in solidarity with the detained activists.",
    "About 150 residents sat across the main road outside the relief depot in Labasa on Tuesday, asking for water and "
    "rice, then left.",
    # a funeral walk with a demand, and a walk that calls for peace, protest (only a prayer for peace does not)
    "On Tuesday, hundreds of villagers walked behind the teacher's coffin through Tlaxiaco to demand justice from the "
    "state government.",
    "Elders and pastors of all clans walked from the church to the county offices in Moyale on Friday to call for "
    "peace and the return of the stolen camels.",
]


def _subs(extractor, line):
    return [r["sub_event_type"] for r in run(extractor, [line], REF)]


@pytest.mark.parametrize("line", ARMED_OCCUPIERS + PLACE_ALONE + MOURNING_PRAYER_CELEBRATION)
def test_a_place_an_armed_group_or_a_mourning_is_no_protest(extractor, line):
    subs = _subs(extractor, line)
    assert "Peaceful protest" not in subs and "Protest with intervention" not in subs


@pytest.mark.parametrize("line", LATER_CLAUSE)
def test_a_later_clause_cue_is_not_the_walk_s(extractor, line):
    assert "Peaceful protest" not in _subs(extractor, line)


def test_the_protest_told_in_the_later_clause_stays(extractor):
    assert "Protest with intervention" in _subs(extractor, LATER_CLAUSE[0])


def test_a_real_cue_in_the_own_clause_protests(extractor):
    assert [line for line in REAL_CUE if "Peaceful protest" not in _subs(extractor, line)] == []
