"""(ev108, issue 10) The event's own place, by sentence structure: a settlement's type before its name ("at Kibbutz X",
"in Moshav X"), "on the edge of / in the streets of X" under another town's dateline (the name kept at the dateline's
point when the gazetteer lacks it), a weapon's landing place over the area its launch was aimed at ("fired toward the
X Valley ...; two landed near Y"), the "In X, N km from Y" frame when the sentence names Y again, a name with a place
word ("X Town", "X Village") under its dateline, and an arrest "in connection with Sunday's fight" at that fight's
place. Own variant sentences with real small places; the near misses keep their place ("X, near the border with Y",
"30 km south of Y" alone, "fired at X; one hit a house in the town")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 5, 8)

# (family, paragraphs, the last row's place): wrong on main, right with ev108
FIXED = [
    (
        "edge",
        [
            "KIRYAT SHMONA — An anti-tank missile fired from Lebanon struck a house on the edge of Dovev on Tuesday, causing damage but no injuries, the army said."
        ],
        "Dovev",
    ),
    (
        "edge",
        [
            "KIRYAT SHMONA (Galilee Wire) - Hezbollah fired two anti-tank missiles at a barn on the edge of Shtula on Thursday, the military said."
        ],
        "Shtula",
    ),
    ("edge", ["KANANGA — Militiamen burned a school on the edge of Bulape on Monday, local officials said."], "Bulape"),
    (
        "land",
        [
            "Hezbollah launched a barrage of rockets at the Upper Galilee on Monday, and two of them struck fields near Yesud HaMa'ala, causing fires."
        ],
        "Yesud HaMa'ala",
    ),
    (
        "land",
        [
            "NAHARIYA — A salvo of ten rockets was fired at the Western Galilee on Wednesday evening, and one rocket impacted in an open area near Zar'it."
        ],
        "Zar'it",
    ),
    (
        "dist2",
        [
            "In Tennant Creek, about 500 kilometres north of Broome, youths threw stones at police cars on Saturday night after a teenager died in a crash in Broome."
        ],
        "Tennant Creek",
    ),
    (
        "dist2",
        [
            "In Kiwirrkurra, some 850 km west of Broome, a crowd smashed windows at the community store on Monday after a relative died in hospital in Broome."
        ],
        "Kiwirrkurra",
    ),
    (
        "dist2",
        [
            "In Gogrial, 100 km north of Wau, gunmen raided a cattle camp on Friday, days after a chief was killed in Wau."
        ],
        "Gogrial",
    ),
    (
        "dist2",
        [
            "In Tessit, about 150 kilometres south-east of Gao, jihadists attacked an army post on Sunday, a week after an ambush near Gao."
        ],
        "Tessit",
    ),
    (
        "dist2",
        [
            "In Maningrida, around 500 kilometres west of Nhulunbuy, residents burned a police car on Wednesday after a local man died in custody in Nhulunbuy."
        ],
        "Maningrida",
    ),
    (
        "dist2",
        [
            "In Kajo Keji, roughly 150 km south of Juba, soldiers clashed with rebels on Saturday, a week after peace talks stalled in Juba."
        ],
        "Kajo Keji",
    ),
    (
        "dist2",
        [
            "In Balgo, roughly 280 km south of Halls Creek, residents set fire to a council vehicle on Tuesday evening after a man was arrested in Halls Creek."
        ],
        "Balgo",
    ),
    (
        "dist2",
        [
            "In Ngukurr, about 300 km south-east of Katherine, a crowd threw rocks at police on Friday after two men were jailed in Katherine."
        ],
        "Ngukurr",
    ),
    (
        "prefix",
        [
            "METULA (Galilee Wire) - An anti-tank missile struck a building at Kibbutz Yiftah on Monday, lightly wounding a farmer."
        ],
        "Yiftah",
    ),
    ("prefix", ["A rocket hit a greenhouse at Moshav Avivim on Sunday evening, the Israeli army said."], "Avivim"),
    (
        "prefix",
        [
            "SAFED, Israel — Shrapnel from an interceptor missile fell in Kibbutz Misgav Am on Friday, damaging two cars."
        ],
        "Misgav Am",
    ),
    (
        "prefix",
        ["Two rockets landed in an open field near Moshav Ramot Naftali on Thursday, Israeli emergency services said."],
        "Ramot Naftali",
    ),
    (
        "prefix",
        ["ASHKELON — Mortar shells hit the fence of Kibbutz Kerem Shalom on Saturday, the army said."],
        "Kerem Shalom",
    ),
    (
        "prefix",
        ["A rocket struck a house in Moshav Netiv HaAsara on Monday night, Israeli police said."],
        "Netiv HaAsara",
    ),
    (
        "carry",
        [
            "KATHERINE — About 60 men armed with spears and machetes fought in the streets of Nguiu on Sunday.",
            "Police arrested five men on Monday in connection with the fight, a police spokeswoman said.",
        ],
        "Nguiu",
    ),
    (
        "carry",
        [
            "RANGPUR — Hundreds of garment workers blocked a highway near Kurigram village on Tuesday to demand unpaid wages.",
            "The protest continued into the evening.",
            "Police detained eleven workers on Wednesday morning, a union leader said.",
        ],
        "Kurigram",
    ),
    (
        "carry2",
        [
            "RANGPUR — Hundreds of garment workers blocked a highway near Kurigram village on Tuesday to demand unpaid wages.",
            "The workers said they had not been paid for three months.",
            "Police detained eleven workers on Wednesday morning, a union leader said.",
        ],
        "Kurigram",
    ),
    (
        "cut",
        [
            "NASSAU — Officers on patrol in Fox Hill Village came under fire from two men on a motorcycle on Sunday, police said."
        ],
        "Fox Hill",
    ),
    (
        "cut",
        ["NASSAU (Tribune Wire) - Armed men robbed a shop in Bain Town on Monday and shot its owner, police said."],
        "Bain",
    ),
    (
        "cause",
        [
            "KATHERINE — About 60 men armed with spears fought in the streets of Nguiu on Sunday, police said.",
            "On Monday night, a car was set alight by a crowd, and two homes were damaged.",
            "Police arrested five men on Tuesday in connection with Sunday's fight, a spokeswoman said.",
        ],
        "Nguiu",
    ),
]

# family members main already placed right, and the near misses: they must not change
KEPT = [
    (
        "edge",
        [
            "METULA — A drone launched from Lebanon exploded on the outskirts of Yiron on Wednesday morning, setting a field on fire."
        ],
        "Yiron",
    ),
    (
        "edge",
        [
            "MAIDUGURI, Nigeria — Gunmen attacked a farm on the outskirts of Kawo on Friday night and killed three farmers, residents said."
        ],
        "Kawo",
    ),
    (
        "edge",
        [
            "CEBU CITY — Suspected rebels ambushed an army patrol near Tabango on Saturday, killing one soldier, the military said."
        ],
        "Tabango",
    ),
    (
        "edge",
        [
            "BARRANQUILLA — Armed men killed a community leader on the outskirts of Sabanalarga late on Sunday, police said."
        ],
        "Sabanalarga",
    ),
    (
        "edge",
        [
            "KAMPALA, Uganda — A mob lynched a suspected thief at a trading centre on the edge of Kiboga town on Tuesday, police said."
        ],
        "Kiboga",
    ),
    (
        "edge",
        [
            "KIRYAT SHMONA — Shrapnel from an intercepted rocket hit the roof of a home in Avivim on Tuesday, lightly wounding a woman."
        ],
        "Avivim",
    ),
    (
        "land",
        [
            "About 20 rockets were fired from Lebanon toward the Zevulun Valley on Friday; most were intercepted, and three fell in open ground near Dishon, the army said."
        ],
        "Dishon",
    ),
    (
        "land",
        [
            "Rockets launched toward the Galilee Panhandle on Sunday landed in an orchard near Kfar Yuval, the military said; there were no injuries."
        ],
        "Kfar Yuval",
    ),
    (
        "land",
        [
            "Israeli artillery fired toward the Marjayoun plain on Thursday, and several shells landed on the outskirts of Kafr Kila, Lebanese state media said."
        ],
        "Kfar Kila",
    ),
    (
        "land",
        [
            "KHARKIV — Russian forces fired missiles toward the Kharkiv region overnight; one struck a warehouse in Zolochiv, officials said."
        ],
        "Zolochiv",
    ),
    (
        "land",
        [
            "Five projectiles were launched from southern Lebanon toward the Golan Heights on Saturday; two of them fell near Kfar Szold, according to the army."
        ],
        "Kfar Szold",
    ),
    (
        "dist",
        [
            "In Tennant Creek, about 500 kilometres north of Broome, youths threw stones at police cars on Saturday night, police said."
        ],
        "Tennant Creek",
    ),
    (
        "dist",
        ["In Kiwirrkurra, some 850 km west of Broome, a crowd smashed windows at the community store on Monday."],
        "Kiwirrkurra",
    ),
    (
        "dist",
        ["In Balgo, roughly 280 km south of Halls Creek, residents set fire to a council vehicle on Tuesday evening."],
        "Balgo",
    ),
    (
        "dist",
        [
            "In Gogrial, 100 km north of Wau, gunmen raided a cattle camp on Friday and killed four herders, officials said."
        ],
        "Gogrial",
    ),
    (
        "dist",
        ["In Tessit, about 150 kilometres south-east of Gao, jihadists attacked an army post on Sunday."],
        "Tessit",
    ),
    (
        "dist",
        ["In Maningrida, around 500 kilometres west of Nhulunbuy, police arrested six men after a brawl on Wednesday."],
        "Maningrida",
    ),
    (
        "dist",
        ["At Yirrkala, about 20 km south-east of Nhulunbuy, a group of men assaulted a police officer on Thursday."],
        "Yirrkala",
    ),
    (
        "dist",
        [
            "In Kajo Keji, roughly 150 km south of Juba, soldiers clashed with rebels on Saturday, a local official said."
        ],
        "Kajo Keji",
    ),
    (
        "carry",
        [
            "LUSAKA (Zambia Wire) - A mob burned the house of a suspected witch doctor in Chipata on Saturday.",
            "Police later arrested four people over the attack, a police spokesperson said.",
        ],
        "Chipata",
    ),
    (
        "carry",
        [
            "LILONGWE — Villagers in Mzimba clashed with police on Thursday over the arrest of a chief.",
            "Officers fired tear gas to disperse the crowd.",
        ],
        "Mzimba",
    ),
    (
        "carry",
        [
            "KAMPALA, Uganda — Students at a school in Gulu rioted on Monday night, burning two dormitories.",
            "By Grace Akello",
            "Police arrested 12 students on Tuesday, the school's head teacher said.",
        ],
        "Gulu",
    ),
    (
        "carry",
        [
            "NAIROBI, Kenya — Traders protested in Kisumu on Friday against new market fees.",
            "On Saturday, the traders returned and police fired tear gas at them.",
        ],
        "Kisumu",
    ),
    (
        "carry",
        [
            "PORT MORESBY — Tribal fighting broke out in Madang on Sunday, leaving three men dead.",
            "Police said on Monday that they had arrested seven men armed with bush knives.",
        ],
        "Madang",
    ),
    (
        "carry",
        [
            "PORT MORESBY — Settlers attacked a market in Kokopo on Friday, injuring a vendor.",
            "A second vendor was beaten on Saturday.",
        ],
        "Kokopo",
    ),
    (
        "carry2",
        [
            "KATHERINE — About 50 people armed with sticks and rocks fought in Ngukurr on Saturday, leaving several injured.",
            "The fighting was between two extended families, community members said.",
            "Police arrested six men on Sunday in connection with the brawl, a spokeswoman said.",
        ],
        "Ngukurr",
    ),
    (
        "carry2",
        [
            "LILONGWE — Villagers in Mzimba burned a police post on Thursday after a suspect died in custody.",
            "The man had been held for two days, relatives said.",
            "Police arrested nine people on Friday over the burning.",
        ],
        "Mzimba",
    ),
    (
        "carry2",
        [
            "HARARE — Sugar cane farmers protested in Chiredzi on Monday over late payments.",
            "They marched to the offices of the milling company.",
            "Riot police fired tear gas at the crowd on Tuesday, witnesses said.",
        ],
        "Chiredzi",
    ),
    (
        "carry2",
        [
            "LUSAKA — A mob burned the house of a suspected witch doctor in Mongu on Saturday.",
            "The suspect was not at home.",
            "Police later arrested four people over the attack, a police spokesperson said.",
        ],
        "Mongu",
    ),
    (
        "cut",
        ["NASSAU, Bahamas — Gunmen shot a man outside a bar in Gambier Village on Saturday night, police said."],
        "Gambier",
    ),
    ("cut", ["NASSAU — A mob attacked a suspected thief on Kemp Road on Wednesday, police said."], "Nassau"),
    (
        "cut",
        [
            "NASSAU — Police arrested two men in Grants Town on Friday after a shooting, the Royal Bahamas Police Force said."
        ],
        "Grants",
    ),
    (
        "cut",
        [
            "Residents of Matthew Town, Inagua, protested on Tuesday against power cuts, local media in the Bahamas reported."
        ],
        "Matthew Town",
    ),
    (
        "cut",
        [
            "MOUNT HAGEN, Papua New Guinea — Tribesmen attacked a village near Kagamuga on Sunday, killing two, police said."
        ],
        "Kagamuga",
    ),
    (
        "cut",
        ["MOUNT HAGEN — Tribesmen attacked a settlement on the edge of Kagamuga town on Sunday, police said."],
        "Kagamuga",
    ),
    (
        "cause",
        [
            "Two extended families brawled with sticks and rocks in Ngukurr on Saturday, leaving several injured.",
            "Later, a crowd burned a house belonging to one of the families.",
            "Officers arrested six people on Monday over the brawl.",
        ],
        "Ngukurr",
    ),
    (
        "cause",
        [
            "LILONGWE — Youths from two villages fought with machetes near Mzimba on Friday.",
            "A shop was looted during the night.",
            "Police detained eight youths on Sunday in connection with the fighting, a spokesman said.",
        ],
        "Mzimba",
    ),
    (
        "neg",
        ["Gunmen attacked an army post in Sollé, near the border with Mali, on Tuesday, killing two soldiers."],
        "Solle",
    ),
    ("neg", ["Jihadists ambushed a convoy about 30 km south of Gao on Sunday, killing four soldiers."], "Gao"),
    ("neg", ["Gunmen attacked a checkpoint 40 kilometres north of Kidal on Friday."], "Kidal"),
    ("neg", ["Police arrested two men in Tennant Creek on Tuesday after a fight, police said."], "Tennant Creek"),
    ("neg", ["A crowd threw rocks at the police station in Broome on Saturday."], "Broome"),
    (
        "neg",
        [
            "KIRYAT SHMONA — A rocket fired from Lebanon hit a house in Kiryat Shmona on Tuesday, lightly wounding two people."
        ],
        "Kiryat Shmona",
    ),
    ("neg", ["A drone fired from Lebanon exploded in Metula on Monday, damaging a house."], "Metula"),
    ("neg", ["MAIDUGURI, Nigeria — Gunmen killed three farmers in Maiduguri on Friday, residents said."], "Maiduguri"),
    (
        "neg",
        [
            "BUNIA — Militiamen attacked a camp for displaced people in Bunia on Sunday, killing six, officials said.",
            "Police said on Monday they had arrested two suspects.",
        ],
        "Bunia",
    ),
    ("neg", ["Rebels ambushed soldiers in Tabango, near the border with Leyte province, on Monday."], "Tabango"),
    (
        "neg",
        ["ASHKELON — A mortar shell hit a house in Kerem Shalom, near the border with Gaza, on Friday."],
        "Kerem Shalom",
    ),
    ("neg", ["Gunmen attacked a bus about 20 km north of Mandera on Tuesday, killing three passengers."], "Mandera"),
    ("neg", ["Soldiers clashed with rebels 40 km south of Wau on Saturday, officials said."], "Wau"),
    (
        "neg",
        ["METULA — Hezbollah fired three rockets at Metula on Monday; one hit a house in the town, police said."],
        "Metula",
    ),
    (
        "neg",
        ["KIRYAT SHMONA — Two rockets fired from Lebanon landed in Kiryat Shmona on Sunday, the army said."],
        "Kiryat Shmona",
    ),
    (
        "neg",
        ["KATHERINE — Police arrested four men in Katherine on Monday over a stabbing in the city centre."],
        "Katherine",
    ),
]


def _last_place(extractor, paras):
    rows = run(extractor, paras, ref=REF)
    assert rows, paras
    return rows[-1]["location"]


@pytest.mark.parametrize("family,paras,place", FIXED)
def test_own_place(extractor, family, paras, place):
    assert _last_place(extractor, paras) == place


@pytest.mark.parametrize("family,paras,place", KEPT)
def test_place_kept(extractor, family, paras, place):
    assert _last_place(extractor, paras) == place


def test_aimed_town_stays(extractor):
    """A launch aimed at a town (not an area) keeps the town when one of its weapons hits a named part of it."""
    paras = [
        "KHARTOUM — The RSF fired several kamikaze drones at Kosti on Tuesday night. One of them hit a fuel depot near "
        "the port, and another fell on a house in the Al-Shati neighbourhood."
    ]
    assert _last_place(extractor, paras) == "Kosti"
