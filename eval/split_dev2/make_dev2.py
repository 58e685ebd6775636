"""Build the second seed-style dev set eval/split_dev2 from the structured definitions below.

All texts are original and fictional, written for this project (places and kinds of actors are real; events,
quotes, commenters and their names are invented). Not derived from the seeds, Dragnet or any test set.
Run: python eval/split_dev2/make_dev2.py  -> writes NNN_slug.txt + NNN_slug.gold.json here.
Each doc: (slug, title, caption, body, comments); comment = (author_line or None, [paragraphs]).
A paragraph may contain "\n" (a hard line break inside the paragraph); gold collapses it to one space.
Layout as eval/split: title, blank, optional caption + blank, body paragraphs separated by one blank line,
then comments: author line + one blank line + paragraphs; a non-first anonymous comment after two blank lines.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from seed_dumps import write_set  # noqa: E402  (eval/seed_dumps.py: the layout shared with the dev sets)

HERE = Path(__file__).parent

DOCS = [
    (
        "mali_timbuktu_river_blockade",
        "Jihadist Blockade Of Timbuktu Enters Fourth Month As River Boats Come Under Fire",
        "Illustrative image, By the Malian armed forces information directorate.",
        [
            "Residents of Timbuktu said on Wednesday that food prices had tripled since fighters linked to al-Qaeda began stopping trucks and river boats heading to the city in August.",
            "At least two passenger boats were fired on near the village of Koriomé last week, according to a local transport union, which said it had suspended all crossings until the army could escort them.",
            "“We eat once a day now. The rice that reaches the market comes on camels through the desert, and it costs more than a teacher earns,” said a trader in the Badjindé market.",
            "The army said it had carried out air strikes on fighters' positions along the river and that escorted convoys would resume soon. It did not give a date.",
            "The jihadists announced the blockade in a voice message in which they accused the city's residents of supporting the army and its Russian allies.",
        ],
        [
            (
                None,
                [
                    "A blockade is cheaper than an assault and does more damage. The groups learned this around Djibo and Arbinda, where it worked for two years, and nothing the army did there broke it for long.",
                    "The only thing that ever helped was the river convoys with real escorts, and those need boats the army does not have.",
                ],
            ),
            (
                "Dr. Oumar Kéita",
                ["Timbuktu has survived worse. But the young people are leaving, and they will not come back."],
            ),
            ("sahel_watch_2019", ["Air strikes on 'positions along the river' means fishing camps. Every time."]),
            ("Aminata", ["@sahel_watch_2019 you do not know that. You are not there."]),
            (None, ["Sad."]),
            (
                "Moussa T.",
                ["My cousin drives for a transport company in Mopti. They stopped sending trucks in September."],
            ),
        ],
    ),
    (
        "syria_idlib_drone_strikes_market",
        "Drone Strikes Hit Market Town In Southern Idlib, Rescuers Say",
        None,
        [
            "At least six people were killed and more than 20 wounded on Saturday when drones struck a vegetable market and a fuel station in the town of Ariha in southern Idlib, rescue workers said.",
            "The strikes came a day after opposition factions shelled government-held villages on the edge of the Ghab plain, killing two civilians, according to state media.",
            "“I heard the engine above us, like a motorbike in the sky. Then everything was smoke. I found my neighbour's son under the stall,” a vegetable seller told a local reporter.",
            "Why would anyone target a market at nine in the morning? That is the question residents kept asking on Saturday afternoon as rescuers cleared the rubble.",
            "Small armed drones have become the main weapon on the Idlib front lines over the past year, hitting cars, tractors and motorbikes far behind the front.",
            "Neither side commented on the strikes.",
        ],
        [],
    ),
    (
        "ukraine_zaporizhzhia_energy_strikes",
        "Overnight Strikes Leave Zaporizhzhia Without Power And Water",
        "Photo: State Emergency Service of Ukraine",
        [
            "Russian missiles and drones hit energy facilities in and around Zaporizhzhia overnight, leaving about 90,000 households without electricity and cutting water supplies to several districts, the regional governor said on Monday.",
            "Repair crews restored power to hospitals by the morning, but officials warned that scheduled blackouts would continue for several days.",
            "“We have been through this three winters now. We have a generator, we have water bottles in the bath. What we do not have is sleep,” said a 58-year-old woman queuing at a water point.",
            "Russia's defence ministry said it had struck facilities used to supply Ukrainian forces, without naming the city.",
        ],
        [
            (
                "Олександр К.",
                [
                    "Three winters. Same people queuing, same buckets. Respect to the repair crews, they are the real heroes."
                ],
            ),
            ("Stay strong, Zaporizhzhia", ["Stay strong."]),
            ("Mykola_Z", ["Stay strong."]),
            (
                "Harold W. Brennan",
                [
                    "I have followed the strikes on the grid since the first winter, and the pattern has changed in a way that the article does not really explain.",
                    "In the first winter the strikes went after large transformer stations, which can be replaced if you have spare equipment. Now they go after generation itself, the power plants, which take years to rebuild.",
                    "That means the question is no longer how fast crews can repair things, but how much power the country can import and how many small generators it can spread around.\nNone of that is cheap, and none of it is happening fast enough.",
                ],
            ),
            ("Дмитрий", ["Energy facilities are legitimate targets, the West did the same in Belgrade."]),
            ("Олександр К.", ["@Дмитрий water for a maternity ward is not a military target."]),
        ],
    ),
    (
        "sudan_port_sudan_drone_attack",
        "Drones Strike Fuel Depot And Airport In Port Sudan",
        "Image: smoke over the southern port area, by a local resident",
        [
            "Drones struck a fuel depot and the area around the civilian airport in Port Sudan on Sunday, setting off fires that burned for hours in the city that hosts Sudan's army-backed government.",
            "The army blamed the paramilitary Rapid Support Forces, which did not claim the attack. No casualties were immediately reported.",
            "Port Sudan, on the Red Sea coast, had been spared direct attacks for most of the war and has become the main entry point for humanitarian aid and the seat of several UN agencies.",
            "Several airlines suspended flights to the city after the strikes.",
            "Analysts say the attack shows that the RSF can now reach targets more than 1,000 km from its strongholds in Darfur, which would make the whole country a front line and put pressure on the aid corridor that millions depend on.",
        ],
        [],
    ),
    (
        "somalia_baidoa_mortar_attack",
        "Mortar Shells Hit Camp For Displaced People In Baidoa",
        None,
        [
            "Several mortar shells landed in a camp for displaced people on the outskirts of Baidoa in southwestern Somalia late on Thursday, killing three children and wounding 11 other people, local officials said.",
            "The South West State government blamed al-Shabaab, which has repeatedly shelled the town's airport and government buildings. The group did not comment.",
            "A state minister said the attack had caused “a small number of casualties” and that security forces had tracked the launch site to farmland north of the town.",
            "The camp hosts around 4,000 families who fled drought and fighting in rural Bay region.",
        ],
        [
            (
                "Abdirahman Sh. Nur",
                ["Three children dead and the minister calls it “a small number of casualties”. Shame on him."],
            ),
            (None, ["“a small number of casualties” – how many would be a large number then?"]),
            (None, ["Allah yarhamhum."]),
            (
                "Capt. (ret.) Mark Delaney",
                [
                    "Mortar fire from farmland at night is almost impossible to stop without drones overhead. The camp should never have been placed inside range of the tree line."
                ],
            ),
            ("baydhabo_girl", ["my aunt lives in that camp. they have no shelter at all, only plastic sheets."]),
            (None, ["Is anyone helping these families or is it only statements again?"]),
        ],
    ),
    (
        "myanmar_rakhine_aa_offensive",
        "Arakan Army Says It Has Captured Army Headquarters In Southern Rakhine",
        "Illustrative image, By a Rakhine community news group.",
        [
            "The Arakan Army said on Friday that its fighters had captured a regional military headquarters in southern Rakhine state after weeks of fighting, in what would be one of the biggest losses for Myanmar's army in the west of the country.",
            "The ethnic armed group posted photographs of its fighters standing in front of the base's gate and said hundreds of soldiers had surrendered or fled towards the coast.",
            "I could not believe it when I saw the pictures. My brother was stationed there, and I still do not know if he is alive, a woman in Yangon said in a message to a relative abroad, which the relative shared with reporters.",
            "The junta did not comment on the claim. Its spokesman said last week that the army was “carrying out clearance operations” in the area.",
            "Fighting continues.",
        ],
        [],
    ),
    (
        "drc_ituri_codeco_attack",
        "Militia Attack On Ituri Village Kills At Least 18, Local Groups Say",
        "Photo: MONUSCO",
        [
            "Fighters from the CODECO militia killed at least 18 people in an overnight attack on a village in the Djugu territory of Congo's Ituri province, civil society groups said on Tuesday.",
            "The attackers burned dozens of houses and a health centre before withdrawing into the forest, according to a local leader. Survivors fled to a nearby camp guarded by UN peacekeepers.",
            "The army said it had sent reinforcements to the area. The UN mission said its patrols had found bodies in the bush around the village.",
        ],
        [
            (
                None,
                [
                    "The CODECO attacks follow the same route every year, from the hills above Djugu down towards the lake shore, and the camps are always the target once the army moves north to deal with the ADF. It is not a mystery; it is a question of where the troops are.",
                ],
            ),
            ("kivu__observer", ["Exactly. Ituri has been left alone since the army went to fight M23."]),
            ("M. Lokwa", ["Pray for Djugu."]),
            ("Jean-Baptiste Mukendi", ["Peacekeepers “found bodies”. That is what they do best, arrive after."]),
            (
                "kivu__observer",
                ["@Jean-Baptiste Mukendi unfair. They protected the camp, the people in it are alive because of them."],
            ),
            (None, ["18 people. No one will be arrested."]),
        ],
    ),
    (
        "yemen_red_sea_ship_attack",
        "Houthis Claim Missile Attack On Cargo Ship In Red Sea",
        None,
        [
            "Yemen's Houthi movement said on Wednesday that it had fired missiles at a cargo ship in the southern Red Sea, the latest in a series of attacks it says target vessels linked to Israel.",
            "A maritime security agency said a vessel had reported an explosion near its hull about 70 nautical miles west of Hodeidah, and that the crew was safe and the ship was proceeding to its next port.",
            "The ship's manager said it had no links to Israel.",
            "Shipping companies have rerouted hundreds of vessels around the Cape of Good Hope since the attacks began, adding up to two weeks to voyages between Asia and Europe.",
        ],
        [
            (
                "Prof. Ilse Brandt",
                [
                    "The insurance numbers tell the story better than the missiles. War-risk premiums for the Red Sea are still ten times what they were, so ships go round Africa whether or not they are hit."
                ],
            ),
            ("redsea_trader", ["the ship had no links to Israel. They never do, and they get hit anyway."]),
            (None, ["who is paying for all these missiles is the real question"]),
            (
                "Prof. Ilse Brandt",
                [
                    "@redsea_trader the claim is for the audience at home. The target list is whatever is in range that day."
                ],
            ),
            ("Yusuf", ["Lol."]),
        ],
    ),
    (
        "afghanistan_panjshir_clashes",
        "Resistance Front Claims Ambush On Taliban Patrol In Panjshir",
        "(Photo credit: National Resistance Front media office)",
        [
            "The National Resistance Front said on Monday that its fighters had killed five Taliban members in an ambush in the Panjshir valley north of Kabul. The Taliban denied the claim.",
            "A Taliban spokesman said “a few criminals” had attacked a checkpoint and fled into the mountains, and that no Taliban members had been killed.",
            "“Is this what they call peace? They take our sons at night and ask us to be grateful that there is no war,” a farmer from the Dara district told a reporter by phone.",
            "Independent verification is difficult: the Taliban restrict access to the valley, and mobile networks are often cut after clashes.",
            "The front has claimed regular attacks since 2021, but has not held territory.",
        ],
        [],
    ),
    (
        "burkina_kaya_displacement",
        "Displaced Families Crowd Into Kaya As Attacks Empty Villages",
        "Illustrative image, By the UN refugee agency.",
        [
            "Thousands of people have arrived in the town of Kaya in north-central Burkina Faso in the past month, fleeing attacks on villages in Sanmatenga province, local officials and aid groups said.",
            "Many are sleeping in schools and in the courtyards of host families, who are themselves short of food after a poor harvest.",
            "“We left with what we could carry. I have counted the children every morning since,” said a mother of five who walked for two days.",
            "The government, which does not publish regular figures, said last year that more than two million people were displaced across the country.",
        ],
        [
            (None, ["Why?"]),
            (
                "عبد الله",
                [
                    "Everyone knows why. The villages have no army, the army has no helicopters, the helicopters have no fuel."
                ],
            ),
            ("Ouaga", ["Courage aux familles de Kaya."]),
            (None, ["Exactly."]),
            (None, ["Exactly."]),
            ("x_Faso_x", ["Two million displaced and the junta says it is winning."]),
            (
                "Issa Compaoré-Sawadogo",
                [
                    "I work with one of the associations that receive the families in Kaya. The real problem now is water: the town wells were built for half the people who are there now.",
                    "If you want to help, give to local groups, not only to the big agencies.",
                ],
            ),
        ],
    ),
    (
        "iraq_kirkuk_council_dispute",
        "Kirkuk Council Fails Again To Elect Governor As Blocs Trade Accusations",
        None,
        [
            "Members of Kirkuk's provincial council failed for a third time on Saturday to elect a governor, more than a year after local elections, as Kurdish, Arab and Turkmen blocs accused each other of blocking a deal.",
            "The session was adjourned after members of two blocs walked out, saying the vote had been arranged in advance without them.",
            "The federal government in Baghdad urged the council to reach an agreement “in the spirit of partnership” and warned against steps that could inflame tensions in the mixed city.",
            "Kirkuk has been governed by an acting governor since 2017.",
        ],
        [
            ("Sarbast H. Ali", ["Partnership means one bloc decides and the others sign. That is Kirkuk since 2017."]),
            (
                "kirkuki1991",
                [
                    "I am from Kirkuk and I am tired of reading these articles. Every year the same words, partnership, dialogue, spirit, and\nnothing happens for the people who actually live in the city. The roads\nare broken, the electricity is worse than in Basra, young people have no jobs.",
                    "The council members fight for the governor's chair because the chair gives contracts, not because they care about Kurds or Arabs or Turkmen. If they cared, they would sit down for one day and divide the posts.",
                    "Sorry for the long comment.",
                ],
            ),
            (None, ["No need to be sorry, you are right."]),
            ("Sarbast H. Ali", ["@kirkuki1991 well said."]),
        ],
    ),
    (
        "libya_derna_reconstruction",
        "Two Years After Flood, Derna Residents Still Wait For Homes",
        "Photo: Libyan Red Crescent",
        [
            "Two years after dams collapsed above the eastern Libyan city of Derna, killing thousands, many families who lost their homes still live in rented rooms or with relatives, residents say.",
            "Authorities in the east have announced a large reconstruction programme and say new housing blocks will be handed over in stages.",
            "I lost my wife and my two daughters that night. I do not want a new flat. I want someone to tell me why the dams were not repaired when everybody knew.",
            "That is what a retired teacher told us, sitting in front of the empty plot where his house stood.",
            "A court in Derna sentenced several officials to prison terms last year over the collapse. Relatives of victims say those most responsible have not been tried.",
        ],
        [],
    ),
    (
        "nigeria_zamfara_bandit_abduction",
        "Gunmen Abduct Dozens Of Villagers In Zamfara, Residents Say",
        None,
        [
            "Armed men on motorbikes abducted at least 40 people, most of them women and children, from a village in Nigeria's northwestern Zamfara state on Sunday night, residents said.",
            "The attackers arrived after dark, fired into the air and went from house to house, a community leader said. They later sent a message demanding a ransom for each captive.",
            "“We paid last year. We sold our cows to pay. Now they came back because they know we pay,” said a farmer whose two daughters were taken.",
            "Police confirmed the attack but gave no figures.",
        ],
        [
            (None, ["How many times does this have to happen before the army stays in these villages?"]),
            ("Alhaji Musa Dan-Kano", ["They know the army will not come at night. That is the whole strategy."]),
            ("Mrs. Ngozi Eze", ["Pray for the women and children. May they return safely."]),
            (
                "Tunde",
                [
                    "Ransom pays for the next attack. Everyone knows it and everyone pays anyway, because what else can a father do?"
                ],
            ),
            ("abu_bakr_77", ["@Tunde true talk."]),
            (None, ["God help Zamfara."]),
        ],
    ),
    (
        "ethiopia_tigray_demobilisation",
        "Tigray Demobilisation Stalls Over Disputed Territories",
        "Illustrative image, By the Tigray interim administration.",
        [
            "The demobilisation of former Tigrayan fighters has stalled over the status of territories in western and southern Tigray that are still held by Amhara forces, officials from the regional interim administration said on Thursday.",
            "Under the peace deal signed in Pretoria, more than 250,000 fighters were to be disarmed and returned to civilian life. Officials said fewer than a third had gone through the programme so far.",
            "Commanders say their fighters will not give up their weapons while hundreds of thousands of displaced Tigrayans cannot go home.",
            "The federal government said the process was “on track”.",
        ],
        [
            ("ገብረ መድህን", ["On track to where? Nobody in Shire believes this."]),
            (
                None,
                [
                    "The article mixes two different problems. Demobilisation needs money for reintegration, and the donors have paid only a part of what was promised. The territories are a political question that the Pretoria agreement left to a referendum nobody has scheduled.",
                    "Solving the first would not solve the second, but failing at the first makes the second much more dangerous, because you then have thousands of unpaid armed men waiting.",
                ],
            ),
            ("Hanna G/Mariam", ["“on track” – the same words as last year and the year before."]),
            ("Addis_Insider", ["Amhara forces will never leave Wolkait. Everyone knows it."]),
            ("ገብረ መድህን", ["@Addis_Insider then there will never be peace."]),
        ],
    ),
    (
        "haiti_port_au_prince_gangs",
        "Gangs Attack Neighbourhood In Port-au-Prince, Thousands Flee",
        "Photo: a street in the capital after the attack",
        [
            "Heavily armed gangs attacked a neighbourhood in the east of Port-au-Prince on Tuesday, setting homes on fire and forcing thousands of residents to flee, according to local officials and the UN.",
            "The police, backed by a Kenyan-led multinational force, said they had pushed the gangs back by the evening, but residents said the attackers still controlled several streets.",
            "“You want to know how we live? We sleep in our clothes. When we hear shooting, we run, and we do not ask where,” said a woman who fled with her grandson.",
            "Is the multinational mission working? Officials in the capital say it has retaken some roads. Human rights groups say gangs now control more of the city than a year ago.",
            "The UN says more than a million Haitians have been displaced.",
        ],
        [],
    ),
    (
        "lebanon_south_drone_strike",
        "Drone Strike Kills Two On Road In South Lebanon",
        "Illustrative image, By the Lebanese civil defence.",
        [
            "An Israeli drone struck a car on a road near the town of Bint Jbeil in south Lebanon on Friday, killing two people, Lebanese state media said.",
            "The Israeli military said it had targeted members of Hezbollah who were “operating to rebuild infrastructure” in the area, in violation of the ceasefire.",
            "Lebanon's government called the strike a breach of the ceasefire and urged the committee monitoring it to act.",
        ],
        [
            (None, ["Ceasefire."]),
            ("Hezbollah_Watcher_22", ["The ceasefire only applies to one side, that is the lesson of the last year."]),
            ("Father Elias", ["May God give peace to the south and comfort to the families of the dead."]),
            ("Γιώργος Π.", ["Two more names that nobody outside Lebanon will ever read."]),
            (
                "Dr Rania H.",
                ["The monitoring committee has received hundreds of complaints. How many has it acted on?"],
            ),
            ("Hezbollah_Watcher_22", ["@Dr Rania H. none. It exists so that both sides can say they complained."]),
        ],
    ),
]


write_set(HERE, DOCS)
