"""Build the seed-style training dumps 062-070 of eval/split (issue 7, `split5` round).

All texts are original and fictional, written for this project (not derived from the seeds, Dragnet or any
test set). Same layout and gold format as the other dumps (see README.md). Kinds: comment sections that open
with an author line, names with titles and in non-Latin scripts, the same commenter posting twice, replies by
`@name`, long multi-paragraph comments with hard line breaks, a two-paragraph analytic anonymous first comment,
and two pages without comments whose bodies hold questions and first-person quotations.
062-067 first; 068-070 then: name-only comment sections of two or three commenters whose comments read
like news (past tense, figures, places), with non-Latin and titled names.
Run: python eval/split/make_split5.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from seed_dumps import write_set  # noqa: E402  (eval/seed_dumps.py: the layout shared with the dev sets)

HERE = Path(__file__).parent
START = 62

DOCS = [
    (
        "syria_raqqa_water_crisis",
        "Raqqa Residents Queue For Water As Euphrates Falls To Record Low",
        "Photo: a water tanker in the city centre",
        [
            "Residents of Raqqa in northeastern Syria are buying water from private tankers at several times last year's price as the level of the Euphrates falls to what local authorities call a record low.",
            "The Kurdish-led administration that runs the city blamed reduced flows from upstream dams in Turkey. Ankara has denied holding back water and says drought has affected the whole basin.",
            "“The pumps at the station suck air for half the day. We fill what we can at night,” an engineer at one of the city's water stations said.",
            "Aid groups warned of a rise in waterborne diseases in camps along the river.",
        ],
        [
            (
                "Dr. Hevin Xelîl",
                [
                    "The cholera season starts in August. If the river stays this low, the camps will be hit first, as in 2022."
                ],
            ),
            ("raqqawi_88", ["Upstream dams or drought, the people in Raqqa pay either way."]),
            (
                "Gerrit van Aalst",
                [
                    "It is worth remembering that the Euphrates was already\nbadly managed before the war. Irrigation channels lost most of their water\nto leaks and evaporation.",
                    "A treaty on water sharing between Turkey, Syria and Iraq has been discussed since the 1980s and never signed. Without it, every dry year becomes a political crisis.",
                    "None of this excuses anyone, but the problem is older than the current governments.",
                ],
            ),
            (
                "Dr. Hevin Xelîl",
                ["@Gerrit van Aalst true, but the channels were repaired in 2019 and the flow still dropped."],
            ),
            ("Ахмед", ["Water is the next war in this region."]),
            (None, ["Very sad."]),
        ],
    ),
    (
        "mozambique_mocimboa_return",
        "Families Return To Mocímboa Da Praia As Insurgent Attacks Ease",
        None,
        [
            "Thousands of families have returned to the town of Mocímboa da Praia in northern Mozambique over the past year, local officials said, as attacks by Islamic State-linked insurgents in Cabo Delgado province have eased.",
            "Rwandan troops who helped retake the town in 2021 still patrol its streets, and the port has reopened to small cargo boats.",
            "Aid workers say schools and clinics remain short of staff, and that insurgents are still active in the districts of Macomia and Muidumbe to the south.",
        ],
        [
            (
                "Sr. Teresa M.",
                [
                    "I worked in the parish of Mocímboa before 2020. It is a joy to hear that people can go home, but many houses were burned and the families have nothing."
                ],
            ),
            ("Alberto_Pemba", ["Without the Rwandans the insurgents would be back in a week."]),
            ("Mwanaisha", ["@Alberto_Pemba and the day the Rwandans leave? Nobody has a plan for that."]),
            ("Alberto_Pemba", ["@Mwanaisha exactly my fear."]),
            (None, ["Good news for once."]),
        ],
    ),
    (
        "iraq_mosul_old_city_rebuild",
        "Reconstruction Of Mosul's Old City Leaves Residents Behind, Report Says",
        "Illustrative image, By the municipality of Mosul.",
        [
            "The restoration of landmarks in Mosul's old city has moved faster than the rebuilding of homes, leaving thousands of families unable to return, a report by a local research group said on Tuesday.",
            "The report said that fewer than half of the houses destroyed in the 2017 battle against Islamic State had been rebuilt, and that compensation claims took years to process.",
            "“They rebuilt the minaret for the cameras. My street is still rubble,” a shopkeeper quoted in the report said.",
            "The provincial government said compensation payments had increased this year.",
        ],
        [
            (
                None,
                [
                    "Landmarks attract donors and houses do not. That is the pattern after every urban war: foreign money goes to what can be photographed and inaugurated, and residents are left to the national compensation system, which in Iraq is slow and open to bribery.",
                    "The report's real finding is the compensation delay. Fix that and the houses follow.",
                ],
            ),
            (
                "Omar al-Mawsili",
                [
                    "I live near the Nuri mosque. Both things are true: the minaret matters to us, and our houses matter more."
                ],
            ),
            ("Prof. Layla Sa'id", ["The compensation offices ask for documents that burned with the houses."]),
            ("عمر", ["الله يعين أهل الموصل"]),
            ("Omar al-Mawsili", ["@Prof. Layla Sa'id yes, my neighbour waited four years for a property paper."]),
        ],
    ),
    (
        "niger_agadez_migrants_desert",
        "Migrants Stranded In Desert North Of Agadez, Rescuers Say",
        None,
        [
            "Rescue workers found 42 migrants stranded in the desert north of the city of Agadez in Niger after their driver abandoned them, a humanitarian organisation said on Thursday.",
            "The group, from several West African countries, had been without water for two days when a patrol found them near a well on the route to Libya.",
            "“I thought we would die there. The children stopped crying on the second day, and that was the worst,” one of the migrants, a 24-year-old from Guinea, said.",
            "Why do people still take this route? Aid workers say the answer has not changed in ten years: there is no work at home, and the smugglers tell them the crossing is easy.",
            "Niger repealed a law against migrant smuggling last year.",
        ],
        [],
    ),
    (
        "somalia_kismayo_port_clash",
        "Clashes Between Rival Forces Close Kismayo Port For A Day",
        "Photo: Jubaland security forces",
        [
            "Fighting between forces loyal to the Jubaland regional administration and federal troops closed the port of Kismayo in southern Somalia for most of Tuesday, residents and officials said.",
            "At least four soldiers were killed, according to a local elder. Both sides accused each other of starting the clashes near the port gate.",
            "I have never seen the port closed for a whole day, not even when al-Shabaab attacked, said a dockworker who spent the day sheltering in a warehouse.",
            "The port reopened in the evening after mediation by clan elders.",
        ],
        [],
    ),
    (
        "drc_bunagana_border_trade",
        "Trade Across Bunagana Border Crossing Resumes Under M23 Control",
        "Illustrative image, By a Ugandan border official.",
        [
            "Cross-border trade through Bunagana between Congo and Uganda has picked up again after months of disruption, traders said, with the M23 rebels who control the Congolese side collecting their own taxes.",
            "Congo's government says the rebels' tax collection is illegal and that goods entering through the crossing are smuggled.",
            "Ugandan officials said they had no choice but to keep the crossing open for humanitarian reasons.",
        ],
        [
            (
                "Ir. Patrick Habimana",
                ["Taxes at Bunagana pay for the rebellion. Everybody in Kisoro knows who buys the trucks."],
            ),
            ("Kasese_Trader", ["we have to eat. the border is our life, rebels or no rebels"]),
            (
                "Claude-Éric Ntumba",
                [
                    "People outside the region do not understand how this works. The trader does not choose who controls the crossing. He pays whoever is at the barrier, as he paid the army before.",
                    "When Kinshasa calls it smuggling, it is saying that tens of thousands of families in Rutshuru should stop trading. That is not a policy.",
                ],
            ),
            ("Kasese_Trader", ["@Claude-Éric Ntumba thank you, that is exactly how it is."]),
            (None, ["Who benefits? Follow the money."]),
            ("Rwanda_out", ["Who benefits? Kigali."]),
        ],
    ),
    (
        "sudan_kordofan_road_closure",
        "Fighting Closes Main Road Into South Kordofan Capital",
        "Illustrative image, By a local relief committee.",
        [
            "Fighting between the army and the Rapid Support Forces has closed the main road into Kadugli, the capital of South Kordofan state, for the third week, traders and aid workers said on Saturday.",
            "Prices of sorghum and fuel in the city have more than doubled since the road was cut, according to a local relief committee.",
            "The army said it was sending reinforcements to reopen the road. The RSF said its forces controlled several villages along the route.",
        ],
        [
            (
                "Dr. Kamal Eldin Osman",
                [
                    "The road was also closed in 2012 for two months. Then too the prices doubled and the hospital ran out of insulin first."
                ],
            ),
            (
                "Nuba_Mountains_Voice",
                [
                    "The SPLM-N controls the hills around the road and was not mentioned once in this article. Nothing moves there without its agreement."
                ],
            ),
            ("كمال", ["Kadugli market was half empty on Friday, my brother said. Only onions and salt."]),
        ],
    ),
    (
        "yemen_taiz_siege_crossing",
        "New Crossing Opens Through Front Line In Taiz",
        None,
        [
            "A road crossing through the front line in the Yemeni city of Taiz opened to civilians on Sunday, cutting a journey that took up to six hours through mountain tracks to a few minutes, local officials said.",
            "The city has been divided between government forces and the Houthis for most of the war. The opening followed months of talks between local mediators.",
            "Residents crossed on foot and in cars, some carrying gifts for relatives they had not seen for years.",
        ],
        [
            (
                "Ahmed Saif",
                [
                    "The Jolah road was promised three times since 2020 and each time closed again within a week after shelling."
                ],
            ),
            (
                "Prof. Amat Al-Aleem",
                [
                    "My mother crossed this morning to see her sister. It took them eight minutes. Eight years and eight minutes."
                ],
            ),
            ("Ahmed Saif", ["@Prof. Amat Al-Aleem this is the best news I read this year."]),
            ("Taizi_1990", ["Open the other roads too. Al-Hawban alone has 200,000 people who pay tolls twice a day."]),
        ],
    ),
    (
        "ukraine_kharkiv_glide_bombs",
        "Glide Bombs Hit Residential Areas Of Kharkiv",
        "Photo: Kharkiv regional administration",
        [
            "Russian glide bombs struck residential areas of Kharkiv on Thursday, killing three people and wounding at least 30, the regional governor said.",
            "One bomb hit a nine-storey apartment block in the north of the city, and another landed near a children's playground.",
            "Ukrainian officials have asked Western allies for more air defence systems to protect the city, which lies about 30 km from the border.",
        ],
        [
            (
                "Тарас Коваленко",
                [
                    "Saltivka again. The same district was hit in 2022, half the buildings there were only repaired last year."
                ],
            ),
            (
                "Vera_K",
                [
                    "The glide bombs are launched from aircraft over Belgorod region, out of range of most air defence. That is why the city asks for permission to strike the airfields."
                ],
            ),
            (
                "Maj. (ret.) Piotr Nowak",
                [
                    "Each bomb costs a fraction of a missile. Russia used thousands of them last year along the whole front."
                ],
            ),
        ],
    ),
]


def cases(comments: list) -> list[str]:
    if not comments:
        return ["no_comments"]
    return ["first_comment_with_author" if comments[0][0] else "first_comment_no_author"]


write_set(HERE, DOCS, START, cases)
