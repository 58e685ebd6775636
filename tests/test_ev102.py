"""Round ev102: sub-event types (issue 10). A battle needs two armed sides that both act: an Armed clash whose sentence
names one armed side, no act of a second one and unarmed people or their property hit is an Attack, whatever battle
word ("a gunfight broke out", "in fighting that lasted an hour") carries it; the reverse, an Attack whose sentence names
two armed sides and an act of the second ("engaged gunmen who had raided", "were driven off by militiamen"), is a
clash; a person "taken from <his home> ... for questioning" is arrested, not abducted; the firing verbs of outlets
("sprayed bullets at", "discharged firearms at") trigger. Paraphrase families written for the tests, with other names,
places, numbers and wording than the development sets'."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 6, 15)
ATT, AC, ARR = "Attack", "Armed clash", "Arrests"


def _subs(extractor, line):
    return [r["sub_event_type"] for r in run(extractor, [line], ref=REF)]


ONE_SIDED = (
    "Gunmen on motorbikes opened fire on a minibus carrying traders near Dutsin-Ma on Tuesday, killing three "
    "passengers, police said.",
    "Unknown assailants sprayed bullets at a fishing boat off Lamu on Sunday night, wounding two fishermen.",
    "On Friday evening, bandits stormed the village of Kware and shot dead four farmers before fleeing into the "
    "forest, residents said.",
    "A gunfight broke out when masked men shot at customers outside a bar in Tegucigalpa on Saturday, leaving two "
    "patrons dead.",
    "Shots were fired at a passenger bus on the highway near Mopti on Thursday night; a woman was wounded, and the "
    "shooters escaped.",
    "On Sunday, two cyclists were hit by shotgun pellets fired from a passing van near Foggia, police said.",
    "Three trawlers were attacked off Sandakan on Monday by men in a speedboat who fired shots and wounded a "
    "deckhand, the maritime agency said.",
    "In fighting that lasted an hour, gunmen torched houses and shot at fleeing villagers in Mararaba on Saturday, "
    "killing nine, the governor said.",
    "Two tourists were wounded when shots were fired at their minivan near Ciudad Obregon on Thursday, the "
    "prosecutor said.",
    "A gunfight erupted after armed men opened fire on a crowded bus station in Juba on Wednesday, killing three "
    "travellers.",
    "POLICE RELEASE: At approximately 22:10 hrs on Friday, unknown suspects discharged firearms at a parked vehicle "
    "on Main Street, Linden, injuring the driver.",
    "Masked assailants opened fire on a cafe terrace in Cucuta on Saturday night, wounding five customers, in what "
    "police called a targeted attack.",
)

TWO_SIDED = (
    "Gunmen fired on a police checkpoint near Tillaberi on Sunday, killing two officers, the ministry said.",
    "Pirates attacked a navy boat off Brass on Wednesday and the sailors returned fire, the navy said.",
    "Armed men in a speedboat fired at a coast guard vessel off Basilan on Friday, and a gunfight followed.",
    "Heavy fighting broke out near the village of Tumbuk on Monday, residents said.",
    "Gunmen attacked a police post in Kribi on Sunday, and officers returned fire, killing one attacker.",
    "Police officers came under fire as they searched a house in Kingston on Wednesday, police said.",
    "Soldiers clashed with gunmen near a bus station in Mopti on Friday, the army said.",
    "Militants ambushed a military convoy near Kaya on Tuesday, killing five soldiers, a security source said.",
    "Bandits stormed the village of Dansadau on Friday and battled vigilantes for two hours, residents said.",
    "A firefight broke out between police and a gang in Soyapango on Thursday, leaving two gang members dead.",
    "Bandits ambushed a vigilante patrol near Birnin Gwari on Monday, killing three vigilantes.",
    "Officers were shot at during a raid on a house in Soweto on Wednesday and fired back, killing a suspect.",
)


def test_one_armed_side_on_unarmed_people_is_an_attack(extractor):
    for line in ONE_SIDED:
        assert _subs(extractor, line) == [ATT], line
    for line in TWO_SIDED:  # near misses: two sides that act, or the one side named is the target
        assert _subs(extractor, line) == [AC], line


def test_second_side_acts_make_an_attack_a_clash(extractor):
    for line in (
        "Al-Shabaab fighters attacked the village of Qoryoley on Monday night and were driven off by local clan "
        "militiamen after two hours.",
        "Troops responded to a distress call on Sunday and engaged gunmen who had raided the village of Gwoza, the "
        "army said.",
        "Two diggers were hacked to death when rival gangs of illegal miners fought over a pit near Kadoma on Thursday.",
        "Rebels raided an army outpost near Rutshuru overnight, killing three soldiers, a military spokesman said.",
        "Bandits attacked the village of Gidan Dawa on Tuesday but were repelled by vigilantes, who killed four of "
        "them.",
    ):
        assert _subs(extractor, line) == [AC], line
    for line in (  # one side's violence on civilians, a force named beside it
        "Soldiers shot dead three civilians at a checkpoint near Kalehe on Monday, residents said.",
        "Gunmen killed two farmers near an army base outside Mubi on Tuesday, locals said.",
        "Militants attacked a bus near Bannu on Friday, killing four passengers, the police said.",
        "Rebels killed eleven villagers in Beni on Sunday, the army said in a statement.",
        "Fighters killed 40 civilians in the village of Kabala on Monday in reprisal against people accused of "
        "helping rival militias, a report found.",
    ):
        assert _subs(extractor, line) == [ATT], line


def test_taken_from_home_for_questioning_is_an_arrest(extractor):
    for line in (
        "Police officers took a union activist from his home in Craiova for questioning on Tuesday and held him "
        "overnight, his lawyer said.",
        "On Friday, gendarmes took the village mayor from his office in Segou for questioning about the fire.",
        "A journalist was taken from her flat in Almaty by police for questioning on Wednesday, her editor said.",
        "Police took two students from their hostel in Kisumu on Monday for questioning over the riot.",
        "Security agents took a teacher from his classroom in Bobo-Dioulasso for questioning on Thursday.",
        "Detectives took a farmer from his house in Nakuru on Saturday for questioning over the killing.",
        "The police took the chairman of the cooperative from his home in Tamale for interrogation on Sunday.",
        "Officers of the state security service took a blogger from a cafe in Dushanbe on Friday for questioning.",
    ):
        assert ARR in _subs(extractor, line), line
    for line in (  # takings with no questioning: abductions, care, no event
        "Gunmen took a priest from his home in Enugu on Tuesday and have demanded a ransom, the diocese said.",
        "Armed men took three teachers from their school near Kaduna on Monday, police said.",
        "Kidnappers took a businessman from his car in Port Harcourt on Sunday night.",
        "Rescuers took two injured miners from the collapsed shaft near Mubende to hospital on Monday.",
        "Police took statements from witnesses in Kisii on Friday.",
        "Militiamen took four farmers from their fields near Djugu on Thursday and their families have had no news.",
        "The governor took questions from reporters in Jos on Monday about the attack.",
        "Bandits took 12 passengers from a bus on the Abuja road on Saturday, police said.",
    ):
        assert ARR not in _subs(extractor, line), line
