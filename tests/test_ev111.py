"""Round ev111 (issue 10, twenty-ninth session): protests told without a protest word. A collective human subject (a
crowd noun, counted people, members of a group) + a gathering, sitting, standing, procession or occupation verb + a
public place of authority, a road or a town's centre, or a protest cue (chanting, banners, candles, in solidarity with,
in support of, asking the authorities) is a peaceful protest; commuters walking to work, families sheltering in an
office, rebels occupying a town hall, a walk for a charity, a sit-in planned for next week or a silence kept by officials
are none. A year in a relative clause after a protest verb no longer drops it as a past event. Sentences written for
the tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2025, 3, 14)  # a Friday

PROCESSION = [
    "About 2,000 people walked in silence through the centre of Arequipa on Saturday behind the mother of the murdered "
    "student.",
    "Nearly 3,000 residents walked silently through the old town of Maribor on Sunday, holding white roses.",
    "A crowd of some 500 students paraded through the streets of Cluj on Tuesday with banners against the fee rise.",
    "Several hundred women processed through the centre of Kisumu on Monday evening, chanting slogans against the killings.",
    "On Saturday evening some 800 townspeople walked silently from the cathedral to the police headquarters in Potosi.",
    "Police said about 1,200 people walked in silence along the seafront of Durres on Sunday behind the family of the "
    "drowned boy.",
    "Hundreds of students paraded through the city centre of Iasi on Thursday carrying placards reading “No to fees”.",
    "An estimated 5,000 residents of Tarija walked through the streets of the town on Friday, banging empty pots.",
]
SIT_DOWN = [
    "Some 400 teachers sat down outside the education ministry in Lusaka on Monday, chanting slogans about their pay.",
    "Around 150 villagers sat across the main highway near Kitale on Thursday, asking for water and rice.",
    "Dozens of pensioners lay down in front of the provincial assembly in Mendoza on Wednesday, holding banners demanding their bonus.",
    "More than 200 market women sat in the courtyard of the district office in Gulu for six hours on Tuesday, "
    "chanting slogans against the new levy.",
    "Around 60 widows sat down in front of the provincial secretariat in Quetta on Monday over unpaid pensions.",
    "Dozens of unpaid health workers lay down outside the finance ministry in Monrovia on Tuesday, complaining of months without pay.",
    "About 300 traders sat down across the Kampala-Jinja highway near Lugazi on Wednesday, calling for the market to reopen.",
    "Some 120 villagers lay across the railway line near Bhadrak on Sunday, asking the railway authority to build an "
    "underpass.",
]
OCCUPATION = [
    "Members of an indigenous community occupied the access road to a copper mine near Cajamarca on Monday against its "
    "expansion and stayed there peacefully.",
    "About 300 members of the landless movement occupied the courtyard of the land reform office in Maraba on Tuesday, demanding land titles.",
    "Striking dockworkers occupied the offices of the port authority in Durban on Friday, chanting slogans.",
    "On Wednesday dozens of students occupied the entrance of the rector's office in Yaounde over the rise in fees.",
    "Residents of the slum occupied the premises of the municipal corporation in Nagpur on Thursday, saying their homes had "
    "been demolished illegally.",
    "Nearly 500 sugarcane farmers occupied the compound of the district administration in Kisii on Monday over unpaid cane "
    "deliveries.",
    "Members of the nurses' union occupied the lobby of the health ministry in Kampala for five hours on Friday in "
    "support of the suspended nurses.",
    "Several hundred peasants occupied the access road to the hydroelectric dam near Chixoy on Wednesday, saying they had "
    "not been compensated for their land.",
]
SILENCE_PRAYER = [
    "Relatives of the missing miners stood in silence at the gates of the company headquarters in Oruro on Monday, asking "
    "why the search had stopped.",
    "Several dozen villagers held a prayer service outside the district office in Zugdidi on Wednesday, asking the "
    "government to halt the dam.",
    "Hundreds of nurses stood silently in front of the health ministry in Accra on Thursday, holding placards "
    "reading “Pay us”.",
    "Members of the fishermen's union held a silent vigil at the harbour gate in Mombasa on Tuesday night.",
    "About 40 families of the victims stood in silence in front of the courthouse in Lahore on Monday, demanding a "
    "retrial.",
    "Relatives of the disappeared held a prayer vigil outside the army barracks in Tumaco on Sunday night.",
    "Hundreds of farmers held prayers at the gate of the governor's office in Jos on Friday, asking the government to "
    "stop the grazing reserve.",
    "Around 70 former employees of the textile mill stood in silence outside the labour court in Faisalabad on "
    "Wednesday over unpaid severance.",
]
SOLIDARITY = [
    "Thousands of nurses and public employees walked through Rosario on Thursday in support of the striking doctors.",
    "Members of the Nakuru traders' association sat down for three hours on Monday in solidarity with the evicted "
    "vendors of Eldoret, and dispersed peacefully.",
    "Hundreds of farmers walked to the district office in Medan on Monday in solidarity with the evicted families.",
    "Hundreds of women walked from the market to the town hall in Bouake on Saturday in solidarity with the jailed "
    "traders.",
    "Teachers and parents sat outside the school in Machakos on Wednesday in support of the suspended headmistress.",
    "Members of the drivers' union walked through Mzuzu on Monday to show solidarity with the arrested colleagues.",
    "About 2,000 miners stood outside the company headquarters in Rustenburg on Thursday in support of the sacked shop "
    "stewards.",
    "Some 250 students sat down in the main square of Sucre on Friday in solidarity with the striking miners.",
]
RELATIVE_YEAR = [
    "On Monday, hundreds of farmers marched to the district office in Medan to demand the return of land they say was "
    "taken by a plantation company in 1997.",
    "On Tuesday about 500 villagers rallied outside the governor's office in Kupang, demanding the return of fields "
    "which the army seized in 1999.",
    "Some 300 fishermen marched to the port authority in Tegal on 3 March to demand compensation for boats that were "
    "destroyed in a fire in 2019.",
    "On Wednesday, about 200 former workers marched to the labour office in Bekasi to demand severance pay which the "
    "factory has owed them since 2016.",
    "On Thursday some 1,000 residents marched through Pekanbaru to demand the closure of a dump that was opened in "
    "2008.",
    "On Monday hundreds of villagers marched to the regent's office in Sintang to protest against a plantation that "
    "allegedly cleared their forest in 2012.",
    "On Tuesday, teachers marched to the education office in Ambon to demand allowances that they say were cut in "
    "2021.",
    "On Friday, about 400 relatives of missing fishermen marched to the navy base in Bitung to demand a search for a "
    "boat which vanished in 2023.",
]
NEGATIVE = [
    "Thousands of commuters walked to work in Nairobi on Monday after the trains broke down.",
    "A group of tourists sat outside a cafe in the main square of Split on Saturday, chanting football songs.",
    "About 40 families occupied a school in Beira on Tuesday as shelter after the floods.",
    "Soldiers occupied the village of Kidal on Monday after the rebels withdrew.",
    "Officials held a memorial service for the flood victims at the town hall in Nakuru on Friday.",
    "Students sat in the courtyard of the university in Gulu on Monday, waiting for their exam results.",
    "Members of the city council stood in silence at the town hall in Maribor on Monday to remember the fire's victims.",
    "Hundreds of residents walked through the flooded centre of Beira on Monday to reach the food distribution point.",
    "Villagers held a prayer service in the church of Zugdidi on Sunday for rain.",
    "Workers occupied the new building of the port authority in Durban on Monday after moving from the old site.",
    "Hundreds of pilgrims walked in silence through the centre of Fatima on Sunday, holding candles.",
    "Players and fans stood in silence at the stadium in Split on Saturday before the match.",
    "Thousands of residents walked 10 km in Eldoret on Sunday in support of the children's cancer fund.",
    "About 500 members of the local rotary club walked through the centre of Nyeri on Saturday to raise money for the "
    "hospital.",
    "Pupils sat in front of the school in Embu on Tuesday waiting for the buses.",
    "Rebels occupied the town hall of Kalehe on Sunday after the army withdrew.",
    "Dozens of displaced families occupied the courtyard of the district office in Gulu on Monday as shelter from the "
    "rain.",
    "The governor and officials stood in silence at the war memorial in Nyeri on Sunday.",
    "Hundreds of runners paraded through the centre of Nairobi on Sunday at the end of the marathon.",
    "Thousands of fans walked through the centre of Split on Saturday to celebrate the title.",
]


def _subs(extractor, line):
    return [r["sub_event_type"] for r in run(extractor, [line], REF)]


def _missed(extractor, family):
    return [line for line in family if "Peaceful protest" not in _subs(extractor, line)]


@pytest.mark.parametrize(
    "family",
    [PROCESSION, SIT_DOWN, OCCUPATION, SILENCE_PRAYER, SOLIDARITY, RELATIVE_YEAR],
    ids=["procession", "sit_down", "occupation", "silence_prayer", "solidarity", "relative_year"],
)
def test_a_crowd_gathering_sitting_or_occupying_with_a_cue_protests(extractor, family):
    assert _missed(extractor, family) == []


@pytest.mark.parametrize("line", NEGATIVE)
def test_near_misses_are_no_protest(extractor, line):
    subs = _subs(extractor, line)
    assert "Peaceful protest" not in subs and "Protest with intervention" not in subs


def test_planned_gatherings_are_no_event(extractor):
    assert _subs(extractor, "Teachers will walk through the centre of Lusaka next week in support of the nurses.") == []
    assert (
        _subs(extractor, "Residents of Kisii will sit outside the governor's office on Monday to demand a road.") == []
    )
