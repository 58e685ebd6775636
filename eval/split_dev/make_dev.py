"""Build the held-out dev documents of eval/split_dev from the structured definitions below.

All texts are original and fictional (places and kinds of actors are real, events, quotes and people are
invented). Run: python eval/split_dev/make_dev.py  -> writes NNN_slug.txt + NNN_slug.gold.json here.
Each doc: (slug, title, caption, body, comments, options); comment = (author_line or None, [paragraphs]).
Author lines of the form 'by NAME on DATE at TIME' get gold author NAME.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from seed_dumps import raw_text, write_doc  # noqa: E402  (eval/seed_dumps.py: the shared dump layout)

HERE = Path(__file__).parent
SIG = re.compile(r"^by\s+(?P<name>.{1,60}?)\s+on\s+(?P<when>.{3,60}?\d.{0,40})$", re.I)

DOCS = [
    (
        "chad_lake_island_attack",
        "Gunmen Kill 14 Soldiers In Attack On Army Post On Lake Chad Island",
        "Illustrative image, By the Chadian armed forces press office.",
        [
            "Suspected jihadist fighters killed at least 14 Chadian soldiers in an overnight attack on an army post on an island in Lake Chad, military sources said on Thursday.",
            "The attackers arrived in motorised canoes shortly after 2 a.m. and overran the post after a firefight that lasted more than an hour, a local official told reporters in the provincial capital Bol.",
            "“They came from three sides at once. Our men fought until they ran out of ammunition,” an officer who took part in the counter-attack said by telephone.",
            "The army said it had recovered the post by the morning and killed a number of attackers, without giving figures.",
            "Search operations are continuing.",
        ],
        [
            (
                None,
                [
                    "The pattern is clear by now. Every time the rainy season ends and the water level drops, the islands become reachable by canoe from three countries at once, and small posts with twenty men are simply not defensible. The question is why the army keeps them there at all."
                ],
            ),
            (
                "J.P. Mbaïdoum",
                ["Because leaving the islands means leaving the fishermen to the jihadists. There is no good option."],
            ),
            ("Amina B.", ["My uncle fishes near Bol. Nobody goes out at night anymore."]),
            (None, ["Rest in peace to the soldiers."]),
            ("R.K.", ["@J.P. Mbaïdoum agreed, but then give them boats and radios at least."]),
        ],
    ),
    (
        "iraq_basra_power_protests",
        "Protesters Block Roads In Basra Over Summer Power Cuts",
        None,
        [
            "Hundreds of protesters blocked main roads and burned tyres in the southern Iraqi city of Basra on Sunday, demanding an end to power cuts that have left many districts with only a few hours of electricity a day as temperatures passed 50 degrees Celsius.",
            "Security forces fired tear gas to disperse a crowd that gathered outside the provincial council building, according to witnesses. The provincial health directorate said 11 people were treated for breathing difficulties.",
            "“My children sleep on the roof because the house is an oven. I pay for the generator, I pay for the government, and I still have nothing,” said a 41-year-old taxi driver from the Hayyaniyah district.",
            "The electricity ministry blamed a drop in gas supplies from Iran and said it was working to bring additional capacity online before the end of the month.",
            "Similar protests in 2018 turned deadly after several days.",
        ],
        [],
    ),
    (
        "yemen_marib_offensive_warning",
        "Yemen Government Accuses Houthis Of Massing Fighters South Of Marib",
        "Photo: Yemeni army media centre",
        [
            "Yemen’s internationally recognised government accused the Houthi movement on Tuesday of moving hundreds of fighters and heavy weapons to front lines south of the city of Marib, in what it called preparation for a new offensive.",
            "A military spokesman said government forces had observed convoys moving at night from al-Bayda province, and warned that any attack would be met with a “limited operation” to push the Houthis back from the districts of al-Abdiyah and Harib.",
            "The Houthis did not immediately comment. Their media in Sanaa said on Monday that government aircraft had violated airspace over al-Jawf.",
            "Marib, the government’s last major stronghold in the north, has been the scene of some of the heaviest fighting of the war.",
        ],
        [
            (None, ["“a limited operation” – that is what they called the last three, and each one lasted a year."]),
            (
                "Saleh al-Murad",
                [
                    "Marib has survived because the tribes fight for their own land. Nobody in Riyadh or Sanaa controls them fully."
                ],
            ),
            (None, ["Same story every spring."]),
            (
                "blue_helmet_77",
                [
                    "The truce terms never covered troop movements, so technically nobody is violating anything. That is the problem with the whole arrangement."
                ],
            ),
        ],
    ),
    (
        "sudan_el_fasher_siege_aid",
        "Aid Convoy Reaches Besieged El Fasher For First Time In Two Months",
        "Image: World Food Programme",
        [
            "A convoy of 22 trucks carrying food and medicine reached the besieged city of El Fasher in Sudan’s North Darfur state on Saturday, the first aid to arrive in two months, the World Food Programme said.",
            "The convoy travelled from the Chadian border through territory held by the Rapid Support Forces, which have surrounded the city since May. An RSF statement said the paramilitary group had “facilitated the passage of humanitarian aid to our people.”",
            "Doctors in the city said the supplies would last only a few weeks. “We are operating without anaesthetic. I have had to choose which child gets the last bag of saline,” a surgeon at the Saudi Hospital told Reuters.",
            "The United Nations estimates that more than 800,000 people remain trapped in the city.",
        ],
        [
            ("by Khalid Osman on March 3, 2024 at 9:15 am", ["Twenty-two trucks for 800,000 people. Read that again."]),
            (
                "by Ingrid Halvorsen on March 3, 2024 at 11:40 am",
                [
                    "Still, it matters that the route through RSF territory worked once. If it can be repeated weekly, that changes the situation in the city.",
                    "The risk is that the RSF uses access as a bargaining chip, as it has done in Nyala.",
                ],
            ),
            (None, ["god protect the people of fasher"]),
            (
                "by Khalid Osman on March 3, 2024 at 1:02 pm",
                ["Ingrid, they will use it as a chip, there is no doubt. But people cannot eat principles."],
            ),
        ],
    ),
    (
        "mozambique_cabo_delgado_return",
        "Displaced Families Return To Mocímboa Da Praia As Army Declares Area Secure",
        "Click to see full-size image, By the Mozambican defence ministry.",
        [
            "Thousands of families who fled the insurgency in northern Mozambique have returned to the port town of Mocímboa da Praia over the past month, local authorities said, after the army and Rwandan troops declared the area secure.",
            "The district administrator said 24,000 people had registered since January and that the market, the health centre and two schools had reopened. Electricity has been restored to the town centre.",
            "“I found my house without a roof and without doors, but it is still my house. We will rebuild,” said a fisherman who spent three years in a camp in Pemba.",
            "Aid groups have warned that insurgents linked to the Islamic State group remain active in rural parts of Macomia and Muidumbe districts, where attacks on villages were reported as recently as last week.",
        ],
        [
            (
                None,
                [
                    "It is worth remembering that the town was declared secure once before, in 2019, a few months before it fell. Returns are clearly a good sign, but they mostly reflect the presence of the Rwandan contingent, and nobody has explained what happens when it leaves. The Mozambican army has arguably not yet shown it can hold territory on its own.",
                    "The more durable test will be whether the gas project restarts, because that is what would bring jobs and a permanent state presence to the district.",
                ],
            ),
            ("Celso M.", ["Welcome home to all the families. Força Mocímboa!"]),
            (
                "TotalEnergies Watch",
                ["The gas project is the reason for the war in the first place, not the solution."],
            ),
            (None, ["Exactly."]),
        ],
    ),
    (
        "afghanistan_herat_quake_aid",
        "Aid Groups Warn Of Winter Crisis For Herat Earthquake Survivors",
        None,
        [
            "Aid organisations warned on Wednesday that tens of thousands of people left homeless by the earthquakes in western Afghanistan’s Herat province face a harsh winter in tents, with temperatures expected to fall below freezing within weeks.",
            "The earthquakes in October killed more than 1,400 people, according to the United Nations, and destroyed or damaged over 40,000 houses, most of them built of mud brick.",
            "The Taliban administration said it had begun building 2,000 winter shelters in the worst-hit district of Zinda Jan and appealed for more international help.",
            "Funding for Afghanistan’s humanitarian response plan stands at less than half of what was requested this year.",
            "The appeal remains open.",
        ],
        [
            (None, ["Predictable."]),
            (
                "Zarmina_H",
                [
                    "Mud brick houses in an earthquake zone, and now tents in the winter. The same people suffer every time."
                ],
            ),
            (
                "Not my real name (Heratī",
                [
                    "The money stopped because donors do not want to work with the Taliban. Ordinary people are paying for that decision."
                ],
            ),
            (None, ["true, but what is the alternative? giving money directly to the Taliban?"]),
            ("Zarmina_H", ["Through the UN and NGOs, like before. It worked in 2022."]),
        ],
    ),
    (
        "ethiopia_amhara_fano_clashes",
        "Fighting Between Army And Fano Militia Spreads To Outskirts Of Gondar",
        "Image: screenshot from a video circulated on social media",
        [
            "Fighting between Ethiopia’s federal army and the Fano militia has spread to the outskirts of the city of Gondar in the Amhara region, residents said on Monday, with heavy gunfire heard overnight in several neighbourhoods.",
            "“We stayed on the floor all night. In the morning the soldiers were going house to house asking for young men,” a resident of the Azezo area told the Associated Press by phone.",
            "The government has not commented on the fighting. Internet access in the region has been cut since August, when authorities declared a state of emergency.",
            "“We will not stop until the Amhara people are free from those who want to disarm and humiliate them. This is our land and we are defending it,” a Fano commander said in an audio message shared by supporters.",
        ],
        [
            (
                None,
                [
                    "So the peace deal in Tigray just moved the war one region south. Nobody in Addis seems to have learned anything."
                ],
            ),
            (
                "Dawit T.",
                [
                    "The Fano were allies of the army two years ago. Now they are enemies. Ethiopian politics changes faster than the weather."
                ],
            ),
            ("Lemlem", ["Pray for Gondar."]),
            (None, ["Why is nobody talking about this? Thousands are dying and the world is silent."]),
        ],
    ),
    (
        "niger_tillaberi_ambush",
        "Niger Says 29 Soldiers Killed In Ambush Near Malian Border",
        "Photo: Niger defence ministry",
        [
            "Twenty-nine Nigerien soldiers were killed on Monday when their unit was ambushed near the border with Mali in the Tillabéri region, the defence ministry said in a statement read on state television.",
            "The ministry said more than 100 attackers riding motorcycles took part in the assault near the village of Tabatol, and that the army had killed dozens of them in the fighting that followed.",
            "The attack was the deadliest against the army since the military seized power in July. The government declared three days of national mourning.",
            "The Islamic State Sahel Province has claimed several attacks in the area in recent months.",
            "No group has yet claimed responsibility.",
        ],
        [
            (
                "Moussa_Niamey",
                ["The junta said it took power because of insecurity. Insecurity is worse than ever. What now?"],
            ),
            (None, ["Three days of mourning and then what? The same convoys on the same roads."]),
            (
                "Sahel Analyst .",
                [
                    "The border triangle has been the centre of ISSP activity since 2019, and the withdrawal of French air support removed the main advantage the army had in these ambushes. Russian instructors do not replace that.",
                    "Expect more of these attacks until the army adapts its convoy tactics.",
                ],
            ),
            ("Moussa_Niamey", ["Well said. But nobody in Niamey wants to hear it."]),
        ],
    ),
    (
        "syria_daraa_assassinations",
        "Wave Of Assassinations Hits Daraa Province Five Years After Settlement Deal",
        None,
        [
            "Unknown gunmen killed three people in separate attacks in Syria’s southern Daraa province over the weekend, a war monitor said, the latest in a wave of assassinations that has targeted former rebels, government officials and civilians alike.",
            "The Syrian Observatory for Human Rights said a former rebel commander who had joined a government-backed security unit was shot dead in the town of Tafas on Saturday. On Sunday, a local council employee and a shopkeeper were killed in Jasim and Nawa.",
            "Daraa, the cradle of the 2011 uprising, returned to government control in 2018 under a Russian-brokered deal that allowed some rebels to stay in exchange for handing over heavy weapons.",
            "The monitor has documented more than 400 killings in the province this year. Nobody has claimed responsibility for most of them.",
            "Residents say drug smuggling networks operating towards the Jordanian border have added to the violence.",
        ],
        [
            (
                None,
                [
                    "Well, the report does not even try to say who is behind it, which tells you everything. Everybody in Daraa knows the names."
                ],
            ),
            (
                "northern_light .",
                [
                    "It is a mix: regime intelligence settling scores, ISIS cells and the captagon gangs. Each blames the others."
                ],
            ),
            (None, ["Yes. And the Russians who guaranteed the deal disappeared."]),
            (
                "Abu Karam (Hauran Vo",
                [
                    "My cousin was one of the settled fighters. He left for Lebanon after the second attempt on his life. There is no settlement, only a slow war."
                ],
            ),
        ],
    ),
    (
        "drc_goma_m23_talks",
        "Regional Leaders Call For M23 Withdrawal As Talks Stall In Luanda",
        "Click to see full-size image, By the Angolan presidency.",
        [
            "Leaders from East and Central Africa called on Thursday for the M23 rebel group to withdraw from towns it has captured in eastern Democratic Republic of Congo, as talks mediated by Angola failed to produce a ceasefire.",
            "A final statement issued after the summit in Luanda said the rebels should return to positions they held in 2022 and that a regional force would supervise the withdrawal. The M23, which was not invited, rejected the demand.",
            "“We were not consulted and we are not bound by decisions taken without us,” a spokesman for the group said.",
            "Congo accuses neighbouring Rwanda of backing the rebels, a charge Kigali denies. A UN experts’ report last year said it had found evidence of Rwandan troops operating inside Congo.",
            "The next round of talks is due in March.",
        ],
        [
            (
                "Kivu Mama",
                [
                    "Another summit, another statement. Meanwhile in the camps around Goma we are counting the dead from cholera."
                ],
            ),
            (None, ["Summits do not stop bullets."]),
            ("E. N.", ["The only way this ends is if Kigali pays a price. Until then, nothing will move."]),
            ("Kivu Mama", ["Exactly my point, E. N. Nobody wants to pay that price."]),
        ],
    ),
    (
        "lebanon_bank_depositors_protest",
        "Depositors Storm Bank Branches In Beirut Demanding Their Savings",
        "Photo: AFP photo of protesters outside a bank in Beirut",
        [
            "Depositors angry at being locked out of their savings stormed at least five bank branches in Beirut on Thursday, setting fire to tyres and smashing windows, in the latest protests over Lebanon’s financial collapse.",
            "Members of the Depositors’ Outcry group said they were demanding access to dollar accounts frozen since 2019. Lebanese banks have imposed informal capital controls that allow savers to withdraw only small amounts each month, at a fraction of the market exchange rate.",
            "“I worked 30 years in the Gulf. Every dollar I earned is in this bank, and they give me 300 dollars a month in lira like I am a beggar,” said a 62-year-old retired engineer outside a branch in Badaro.",
            "The Association of Banks in Lebanon said branches would close for three days for security reasons.",
        ],
        [
            (None, ["Good news: the banks finally found a reason to close that is not a holiday."]),
            (
                "Fadi K.",
                ["The banks, the central bank and the politicians are the same people. Of course nobody is in prison."],
            ),
            (None, ["Honestly I do not blame these people at all."]),
        ],
    ),
    (
        "somalia_gedo_drought_displacement",
        "Drought Displaces Thousands In Somalia’s Gedo Region",
        None,
        [
            "More than 30,000 people have fled their homes in Somalia’s Gedo region in the past two months as a third consecutive failed rainy season kills livestock and dries up wells, the UN humanitarian office said on Friday.",
            "Most of the displaced have moved to camps around the towns of Baardheere and Luuq, where aid agencies say water is being trucked in at high cost.",
            "“We had 200 goats. Now we have eleven. My husband stayed behind with them, and I came here with the children,” a mother of six said at a camp outside Luuq.",
            "The World Food Programme said it had been forced to cut rations because of funding shortfalls.",
        ],
        [],
    ),
]


def main():
    for i, (
        slug,
        title,
        caption,
        body,
        comments,
    ) in enumerate(DOCS):
        ident = f"{i:03d}_{slug}"
        gold_comments = []
        for author, paras in comments:
            name = author
            if author:
                m = SIG.match(author)
                if m:
                    name = m.group("name").strip()
            gold_comments.append({"author": name, "text": paras})
        gold = {
            "id": ident,
            "encoding": "utf-8",
            "title": title,
            "caption": caption,
            "body": body,
            "comments": gold_comments,
            "cases": [],
        }
        write_doc(HERE, ident, raw_text(title, caption, body, comments), gold)
    print(f"wrote {len(DOCS)} documents to {HERE}")


main()
