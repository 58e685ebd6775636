"""Build the third seed-style dev set eval/split_dev3 from the structured definitions below.

All texts are original and fictional, written for this project (places and kinds of actors are real; events,
quotes, reporters, commenters and their names are invented). Not derived from the seeds, Dragnet or any test set.
Run: python eval/split_dev3/make_dev3.py  -> writes NNN_slug.txt + NNN_slug.gold.json here.
Each doc: (slug, title, caption, body, comments); comment = (author_line or None, [paragraphs]).
A paragraph may contain "\n" (a hard line break inside the paragraph); gold collapses it to one space.
Layout as eval/split (eval/seed_dumps.py): title, blank, optional caption + blank, body paragraphs separated by
one blank line, then comments: author line + one blank line + paragraphs; a non-first anonymous comment after
two blank lines.
Focus: bodies whose LAST part looks like the start of a comment section (short closing lines, notes, credits,
quotations, questions to readers, first-person endings, name lists, sub-headings, signatures, slogans).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from seed_dumps import write_set  # noqa: E402  (eval/seed_dumps.py: the layout shared with the dev sets)

HERE = Path(__file__).parent

DOCS = [
    (
        "syria_deir_ezzor_oil_field_raids",
        "Coalition Raids On Oil Field Villages East Of Deir Ezzor Leave Farmers Without Fuel",
        "Illustrative image, By the press office of a local tribal council.",
        [
            "Helicopter-borne raids on three villages near the al-Omar oil field east of Deir Ezzor have left farmers without diesel for their irrigation pumps, residents and a tribal council said on Thursday.",
            "The raids, carried out by US-led coalition forces with the Syrian Democratic Forces (SDF), targeted what the coalition called a network smuggling crude oil across the Euphrates to government-held areas.",
            "Local traders say the same boats carry diesel back to the eastern bank, and that the crackdown has doubled the price of a barrel in a month.",
            "The tribal council said 14 men had been detained and that most of them were pump operators and drivers, not smugglers.",
            "The chart below shows the price of a barrel of diesel in the village markets since January, as reported by the council.",
        ],
        [
            (
                None,
                [
                    "Nobody on the eastern bank can live without the river trade. Stop the boats and you stop the pumps, stop the pumps and the wheat dies in the ground. The coalition knows this perfectly well.",
                    "It is the same policy as the sanctions: squeeze the people until they blame Damascus.",
                ],
            ),
            ("Hamad al-Jubouri", ["Pump operators are not smugglers. My uncle is one of the 14."]),
            (
                "Ted from Ohio",
                ["Smuggling oil to the regime is smuggling oil to the regime. The raids are legitimate."],
            ),
            ("Hamad al-Jubouri", ["@Ted from Ohio and the wheat? Is the wheat also smuggling?"]),
            (None, ["Where is the chart?"]),
        ],
    ),
    (
        "iraq_sinjar_return_stalls",
        "Return Of Yazidi Families To Sinjar Stalls As Armed Groups Refuse To Leave",
        None,
        [
            "Fewer than 200 Yazidi families returned to the Sinjar district of northern Iraq last month, less than a third of the number the government had planned for, according to figures from the migration ministry.",
            "A 2020 agreement between Baghdad and the Kurdistan Regional Government was supposed to remove armed groups from the district and install a joint administration. Neither has happened.",
            "“My house is there, my fields are there, but the man at the checkpoint asks me which party I belong to,” said a father of six who has lived in a camp near Duhok since 2014.",
            "The ministry says it pays a return grant of 4 million dinars to each family, and that the camps in the Kurdistan Region will close by the end of the year.",
            "Additional reporting by Layla Hamdan in Erbil; editing by Marc Ostrowski.",
        ],
        [
            (
                "Kawa S.",
                [
                    "The camps close, the checkpoints stay. What is a family supposed to do with 4 million dinars and no safe road?"
                ],
            ),
            ("Nadia", ["They will go to Germany. Everyone I know is trying."]),
            (
                "Sheikh Khidr",
                [
                    "The agreement was signed without asking the people of Sinjar. That is why it failed.",
                    "Ask them first next time.",
                ],
            ),
            (None, ["Ten years in a tent."]),
        ],
    ),
    (
        "yemen_taiz_siege_road",
        "Road Into Besieged Taiz Reopens After Nine Years, Then Closes Again",
        "Photo: a resident of al-Hawban",
        [
            "A mountain road linking the Yemeni city of Taiz with the Houthi-held district of al-Hawban reopened to traffic on Sunday for the first time in nine years, but was closed again within hours after a dispute over checkpoints, officials on both sides said.",
            "Hundreds of cars had queued since dawn. A journey that used to take ten minutes has taken up to six hours on the detour roads through the mountains since 2016.",
            "The government-appointed governor of Taiz accused the Houthis of breaking the arrangement. A Houthi official said government forces had tried to move fighters along the road.",
            "Local mediators said talks would resume on Tuesday.",
            "This story has been updated.",
        ],
        [],
    ),
    (
        "mali_menaka_market_attack",
        "Fighters Torch Market In Ménaka Region, Traders Say",
        None,
        [
            "Gunmen on motorbikes set fire to the weekly market in a village in the Ménaka region of eastern Mali on Friday, destroying stalls and grain stores, traders and a local official said.",
            "The attackers were believed to belong to the Islamic State Sahel Province, which has fought al-Qaeda's local affiliate and armed Tuareg groups for control of the region since 2022.",
            "No deaths were reported. Most traders had fled after warnings spread by telephone the night before.",
            "“They took the goats and burned the millet. What they cannot carry they burn,” said a livestock trader reached by phone.",
            "(Photo: burned stalls in the market on Saturday. Credit: a local journalist)",
        ],
        [
            (
                None,
                [
                    "Burning the grain is the point. A village without a market empties in a season, and an empty village cannot inform on anyone."
                ],
            ),
            ("ag_intallah77", ["True. They did the same in Tidermène last year."]),
            ("Fatouma W.", ["May God protect the people of Ménaka. Nobody else does."]),
            (None, ["Where is Wagner now? Where is Africa Corps?"]),
            (
                "Jean-Marc Lebrun",
                [
                    "@Fatouma W. the MINUSMA base there closed two years ago and nothing replaced it.\nThat was the moment the region was given up."
                ],
            ),
        ],
    ),
    (
        "sudan_el_fasher_aid_convoy",
        "Aid Convoy Turned Back Outside El Fasher As Shelling Resumes",
        "Image: trucks waiting on the road west of the city",
        [
            "A convoy of 18 aid trucks carrying food and medicine for the besieged city of El Fasher in Sudan's North Darfur was forced to turn back on Tuesday after shelling hit the road ahead of it, the UN said.",
            "The paramilitary Rapid Support Forces have surrounded the city for more than a year. The army and allied armed groups still hold its centre.",
            "Doctors at the last functioning hospital say they treat wounds without anaesthetic and that children are dying of hunger in the displacement camps on the city's edge.",
            "Read more: Famine confirmed in second Darfur camp",
            "Read more: Who controls which road into El Fasher?",
        ],
        [
            (
                "Salah_Eldin88",
                ["Eighteen trucks for a city of hundreds of thousands. Even if they arrive it is nothing."],
            ),
            (
                None,
                [
                    "The convoys are turned back because both sides want them to be. The RSF wants the city to starve, the army wants the world to watch it starve. Nobody with guns has an interest in trucks arriving."
                ],
            ),
            ("Amira", ["My mother is in Abu Shouk camp. We have not heard from her in three weeks."]),
            ("Salah_Eldin88", ["@Amira may she be safe. I am sorry."]),
        ],
    ),
    (
        "nigeria_borno_farmers_killed",
        "Insurgents Kill Farmers Harvesting Rice Near Maiduguri",
        "Illustrative image, By the Borno State government.",
        [
            "Suspected Boko Haram fighters killed at least 11 farmers harvesting rice in fields about 20 km from Maiduguri, the capital of Nigeria's Borno state, a militia leader and residents said on Sunday.",
            "The farmers had gone to the fields despite warnings, because the harvest could not wait, one of the residents said.",
            "The state governor condemned the killings and said the military would increase patrols around farming communities.",
            "Insurgents have repeatedly attacked farmers they accuse of passing information to the army and the civilian militia that fights alongside it.",
            "“We are tired of burying people,” said a woman whose brother was among the dead.",
        ],
        [
            (None, ["Every harvest season, the same story. Every harvest season, more patrols promised."]),
            ("Bulama Kachalla", ["Rest in peace to the farmers. They only wanted to feed their children."]),
            ("Engr. Yusuf Abubakar", ["The CJTF know these fields better than the army. Arm them properly."]),
            ("Ngozi", ["So sad."]),
            (
                None,
                [
                    "“We are tired of burying people.” This sentence should be read aloud in the National Assembly, every week, until something changes."
                ],
            ),
        ],
    ),
    (
        "somalia_mogadishu_curfew",
        "Mogadishu Imposes Night Curfew After Hotel Siege",
        None,
        [
            "Authorities in the Somali capital Mogadishu imposed a night curfew on Saturday, a day after al-Shabaab fighters stormed a hotel near the Lido beach and held it for more than six hours.",
            "At least nine people were killed, including two soldiers, the police said. All five attackers were killed.",
            "The curfew will run from 9 p.m. to 5 a.m. and motorbikes are banned from the main roads until further notice.",
            "Shop owners in the Hamarweyne district said they would lose their best hours, when people shop after work.",
            "Do you live in Mogadishu or have family there? Tell us how the curfew is affecting you.",
        ],
        [],
    ),
    (
        "ukraine_kharkiv_last_train",
        "The Last Train From Kharkiv: A Reporter's Notebook",
        "Photo: the platform of Kharkiv-Pasazhyrskyi station",
        [
            "The glide bombs started falling on the northern districts in the afternoon. By evening, the station was full of people who had decided, finally, that this winter they would not stay.",
            "I watched a man carry a cat in a bread basket, and a girl of about ten who held her grandmother's hand and her own passport in the other. Nobody spoke much.",
            "The city authorities say most residents are still there, and that schools now work in underground classrooms. I believe them. But I also saw the queues.",
            "I left Kharkiv on the last train that evening.",
            "I have not been back.",
        ],
        [
            (
                "Oksana Melnyk",
                ["Thank you for this. My mother refuses to leave Saltivka, she says the same thing every winter."],
            ),
            ("Степан", ["Харків тримається."]),
            (
                None,
                [
                    "Beautifully written but it misses the point. People leave Kharkiv because the air defence cannot cover the whole city against glide bombs, and that is a question of supplies from abroad, not of courage.",
                ],
            ),
            ("Oksana Melnyk", ["@Степан так, тримається."]),
            ("Mark_in_Leeds", ["I have not been back. Powerful ending."]),
        ],
    ),
    (
        "drc_goma_displacement_camps",
        "Displacement Camps Around Goma Emptied After M23 Orders",
        None,
        [
            "Tens of thousands of people living in displacement camps around Goma in eastern Congo have left after the M23 rebels who control the city ordered the camps closed, aid groups said on Wednesday.",
            "Many families returned to villages in Masisi and Rutshuru territories, where houses have been looted and fields left unplanted for two seasons.",
            "The rebels said the camps sheltered fighters of the Congolese army's allied militias. Aid groups said they had seen no evidence of this.",
            "The UN refugee agency said it was trying to reach the returnees with seeds and tools before the rains.",
            "Correction: An earlier version of this article said the camps were closed on Monday. They were closed on Sunday.",
        ],
        [
            (
                None,
                [
                    "Emptying the camps is about control, not security. A camp is full of witnesses and journalists can visit it. A village in Masisi is neither.",
                    "The same thing happened in 2012, when M23 held Goma for ten days. The difference is that this time nobody expects them to leave.",
                ],
            ),
            ("Patient B. Kabila", ["Rwanda out of Congo."]),
            (None, ["Seeds before the rains, and what about food until the harvest?"]),
            ("Rev. Emmanuel Ndayisaba", ["We pray for peace in Kivu, for all communities."]),
            ("kinshasa_eye", ["Sunday or Monday, does it matter? They are gone."]),
        ],
    ),
    (
        "afghanistan_kabul_girls_schools_interview",
        "‘We Teach In Kitchens Now’: A Kabul Teacher On Three Years Of The Girls' School Ban",
        "Illustrative image, By a women's education network.",
        [
            "Since the Taliban barred girls from secondary schools in 2022, networks of home classes have spread in Kabul and other cities. We spoke to a former chemistry teacher who runs one of them. Her name has been withheld.",
            "How many students do you have?",
            "Twenty-three, in two groups. The younger ones in the morning, the older ones after lunch, when my husband is at work.",
            "Are you afraid?",
            "Every day. A neighbour could tell the district office. But the girls are more afraid of forgetting what they learned.",
            "What do you need most?",
            "Books. And for the world not to forget us.",
        ],
        [
            ("Dr. Farid Popal", ["Respect to this teacher. Chemistry in a kitchen, that is courage."]),
            (None, ["Books can be sent. Tell us how."]),
            ("Zarghuna", ["My sister is in such a class in Herat. She wants to become a doctor."]),
            (
                None,
                [
                    "Interviews like this are important, but they also show the limits: home classes reach the daughters of educated families in cities. In the villages there is nothing, and there was little before 2021 either.",
                ],
            ),
            ("Dr. Farid Popal", ["@Zarghuna she will. Inshallah."]),
        ],
    ),
    (
        "myanmar_sagaing_airstrike_monastery",
        "Air Strike Hits Monastery Sheltering Displaced Villagers In Sagaing",
        "Photo: a volunteer rescue group",
        [
            "A Myanmar military air strike hit a Buddhist monastery in the Sagaing region where villagers displaced by fighting had taken shelter, killing at least 16 people, a local resistance group and rescuers said on Thursday.",
            "The monastery's main hall collapsed. Rescuers said they were still searching the rubble for an unknown number of people at nightfall.",
            "The junta, which seized power in 2021, rarely comments on individual strikes. It says it targets “terrorists” of the People's Defence Forces.",
            "Update, 16:40 GMT: A junta spokesman told state media the strike had hit a resistance training camp.",
        ],
        [],
    ),
    (
        "burkina_barsalogho_victims_named",
        "Families Publish Names Of Trench Diggers Killed Near Barsalogho",
        None,
        [
            "Relatives of men killed while digging a defensive trench around the town of Barsalogho in north-central Burkina Faso have published a list of names, a year after the government said it would not give a death toll.",
            "The men had been ordered by soldiers to dig the trench when fighters of the al-Qaeda-linked JNIM attacked the work site. The families say hundreds died; the government has never given a figure.",
            "The first names on the list, read out at a memorial in Kaya on Saturday, were these:",
            "Boukaré Ouédraogo, 41",
            "Salif Sawadogo, 19",
            "Issiaka Zongo, 27",
            "Hamidou Kaboré, 33",
        ],
        [
            (
                "Aïcha Ouédraogo",
                ["Boukaré was my father's cousin. Thank you for writing his name."],
            ),
            (None, ["Nineteen years old. Ordered to dig by soldiers."]),
            ("Faso Debout", ["The families have courage. The government has nothing but silence."]),
            ("Lassané K.", ["Paix à leurs âmes."]),
            (
                None,
                [
                    "A list of names does more than any figure. Publish all of them, every one, even if it takes a whole newspaper.",
                ],
            ),
        ],
    ),
    (
        "lebanon_tyre_fishermen",
        "Fishermen In Tyre Return To Sea Under Drone Surveillance",
        "Illustrative image, By the Lebanese army.",
        [
            "Fishermen in the southern Lebanese city of Tyre have returned to sea after months ashore, but say Israeli drones follow their boats and that they cannot go further than two miles from the coast.",
            "The harbour, once one of the busiest in the south, now sees a dozen boats a day. The fish market opens for an hour.",
            "Reaction",
            "The Lebanese army said it had asked the ceasefire monitoring committee to address the restrictions.",
            "Israel's military did not respond to a request for comment.",
            "Fishermen say they will keep going out.",
        ],
        [
            (
                None,
                [
                    "Two miles is nothing. The good fish are beyond five, everyone in Tyre knows it. This is a slow strangulation of the southern economy dressed up as security.",
                ],
            ),
            ("Georges Haddad", ["My grandfather fished from that harbour. Proud of these men."]),
            ("Reality", ["Reality: no one will stop the drones."]),
            (None, ["Stay safe, Sour."]),
        ],
    ),
    (
        "libya_tripoli_militia_clashes",
        "Clashes Between Armed Groups Shut Tripoli Airport For Second Day",
        None,
        [
            "Mitiga airport in the Libyan capital Tripoli remained closed on Wednesday after a second day of fighting between armed groups nominally loyal to the Government of National Unity.",
            "Residents of the Souq al-Juma district said heavy machine-gun fire continued into the night and that families had sheltered in inner rooms. The health ministry said four people had been killed.",
            "The clashes broke out after the arrest of a commander from one group at a checkpoint controlled by another, according to local media.",
            "The UN mission called for an immediate ceasefire.",
            "Hana Ben Ali, Tripoli",
        ],
        [],
    ),
    (
        "ethiopia_amhara_fano_protest_song",
        "Song Of Amhara Protest Spreads As Drone Strikes Continue",
        "Photo: a screenshot from a video shared on social media",
        [
            "A protest song about drone strikes on villages in Ethiopia's Amhara region has spread widely on social media, weeks after a strike on a market in North Gondar that residents say killed more than 30 people.",
            "The federal government, which has fought the Fano militia in the region since 2023, says it targets only armed fighters.",
            "Singers have been arrested in Bahir Dar, according to rights groups. The song's refrain, in a translation by our correspondent, goes:",
            "The sky was ours, the market was ours,\nnow the sky sells only fire.",
        ],
        [
            (
                "Tewodros A.",
                ["The translation is good but in Amharic it is even stronger, the word for 'sells' is also 'betrays'."],
            ),
            (None, ["They arrest singers. That tells you everything."]),
            ("ሰላም", ["Peace for Amhara and for all Ethiopia."]),
            ("Haile_Mekonnen", ["Fano are not angels either. Ask the people of Lalibela."]),
            ("Tewodros A.", ["@Haile_Mekonnen true, but drones on a market are not an answer to that."]),
        ],
    ),
    (
        "haiti_kenscoff_gang_advance",
        "Gangs Push Into Kenscoff Hills Above Port-au-Prince",
        None,
        [
            "Gangs of the Viv Ansanm coalition advanced into the Kenscoff hills above Port-au-Prince over the weekend, burning houses and forcing hundreds of families to flee towards Pétion-Ville, local officials said.",
            "Kenscoff had been one of the few areas near the capital still reachable by road and was home to many families who had already fled the city.",
            "Police said they had repelled an attack on a police station.",
            "The gangs did not comment.",
            "Schools are closed.",
            "The road is cut.",
        ],
        [
            (None, ["The road is cut. Three words that mean everything."]),
            ("Jean-Robert Pierre-Louis", ["Kenscoff was the last refuge. Where do people go now?"]),
            (
                "Marie-Carmel",
                [
                    "My sister lives in Fermathe. She walked to Pétion-Ville with her two children yesterday.\nThey are safe, for now."
                ],
            ),
            (
                None,
                [
                    "The Kenyan-led mission was supposed to stop exactly this. It has neither the numbers nor the mandate, and the gangs know it.",
                ],
            ),
        ],
    ),
    (
        "syria_idlib_returnees_mines",
        "Returning Farmers In Southern Idlib Killed By Unexploded Shells",
        "Illustrative image, By a Syrian civil defence team.",
        [
            "Three farmers were killed and two children wounded by unexploded ordnance in southern Idlib this week, as families return to villages they fled during years of fighting, rescue workers said.",
            "Demining teams say they have cleared less than a tenth of the farmland on the former front line, and that many families cannot wait for them.",
            "“We knew the field was dangerous. But it is April, and if we do not plant now we do not eat next year,” said a man whose brother was killed.",
            "Editor's note: The names of the people quoted have been withheld at their request.",
        ],
        [
            ("Abu Omar al-Halabi", ["May God have mercy on them. The fields of Kafr Nabl are full of these shells."]),
            (
                None,
                [
                    "Demining is slow because it has to be. Ten percent cleared in a year is actually not bad for an area this size. The problem is money: the teams are paid by two small donors and one of them has stopped.",
                    "If you want to save farmers, fund the teams.",
                ],
            ),
            ("Lina", ["Why are the names withheld? Who are they afraid of now?"]),
            ("Abu Omar al-Halabi", ["@Lina old habits. Fourteen years of fear does not end in one winter."]),
        ],
    ),
    (
        "mozambique_cabo_delgado_mocimboa",
        "Insurgents Briefly Enter Town In Cabo Delgado, Residents Flee Into Bush",
        None,
        [
            "Islamic State-linked insurgents entered a town in Mozambique's Cabo Delgado province on Monday and held it for several hours before withdrawing, residents said, the latest in a series of raids in the gas-rich north.",
            "Residents said the fighters preached in the mosque, took food from shops and left before Rwandan troops arrived.",
            "The attack came as TotalEnergies prepares to restart work on its liquefied natural gas project on the Afungi peninsula.",
            "Watch: residents describe the raid",
            "Photographs by Celso Mabunda",
        ],
        [],
    ),
    (
        "niger_tillaberi_convoy_ambush",
        "Soldiers Killed In Ambush On Convoy In Western Niger",
        "Illustrative image, By the Nigerien armed forces.",
        [
            "At least 12 soldiers were killed when gunmen ambushed a military convoy escorting fuel trucks in the Tillabéri region of western Niger, the defence ministry said on Tuesday.",
            "The ministry said dozens of attackers had been killed and several motorbikes destroyed. The figures could not be verified.",
            "The area near the borders with Mali and Burkina Faso has seen frequent attacks by fighters linked to the Islamic State and to al-Qaeda since before the 2023 coup.",
            "By Moussa Issoufou",
        ],
        [
            ("Abdoulaye Garba", ["Paix aux âmes de nos soldats."]),
            (
                None,
                [
                    "The ministry always says dozens of attackers were killed. If that were true there would be no one left to attack anyone. Fuel convoys on that road need air cover, and the air force has two working helicopters.",
                ],
            ),
            ("Niamey_Patriote", ["Long live the army of Niger."]),
            (None, ["Who sells them the motorbikes?"]),
        ],
    ),
    (
        "colombia_cauca_police_station",
        "Dissident Guerrillas Attack Police Station In Colombia's Cauca",
        "Photo: Colombian National Police",
        [
            "Dissident FARC fighters attacked a police station with explosives and drones in the town of Jamundí in south-western Colombia overnight, wounding four police officers and damaging a dozen houses, authorities said.",
            "The Estado Mayor Central faction, which rejected the 2016 peace deal, has stepped up attacks in Cauca and Valle del Cauca since talks with the government stalled.",
            "The defence minister said the army would send 500 more soldiers to the area.",
            "Updated at 09:15 local time with the defence minister's statement.",
        ],
        [
            (
                None,
                [
                    "Five hundred soldiers and nothing changes. The dissidents live from coca and gold mining, and as long as those pay they will recruit. Total peace needed a rural economy, not only talks."
                ],
            ),
            ("Andrés Felipe R.", ["Fuerza a los policías heridos."]),
            ("caleño_de_verdad", ["Jamundí again. My family left last year."]),
            ("María José", ["@caleño_de_verdad mine too. Cali is full of people from the south."]),
        ],
    ),
    (
        "pakistan_kurram_road_closure",
        "Kurram Road Closed For Third Month As Sectarian Violence Simmers",
        None,
        [
            "The main road into the Kurram district of north-western Pakistan has been closed for a third month, leaving hospitals short of medicines and shops empty, residents and officials said.",
            "Convoys of food trucks under police escort have been attacked twice since the road closed after sectarian clashes that killed more than 100 people.",
            "Provincial officials say a peace agreement signed by tribal elders will allow the road to reopen once bunkers along it are dismantled.",
            "Are you in Kurram or Parachinar? We would like to hear from you.",
        ],
        [
            (
                None,
                [
                    "I am in Parachinar. There is no petrol, no medicine for my father's heart, and the phone network works two hours a day. We are not asking for much. Open the road.",
                ],
            ),
            ("Syed Hasnain", ["Parachinar has been cut off before, in 2007. People remember."]),
            ("Khan_Sahib_KP", ["The bunkers will not be dismantled. Both sides know it."]),
            (None, ["Pray for Kurram."]),
            ("Syed Hasnain", ["@Khan_Sahib_KP then the road will not open either."]),
        ],
    ),
    (
        "cameroon_far_north_boko_haram_raids",
        "Villagers In Cameroon's Far North Sleep In Towns To Escape Night Raids",
        "Illustrative image, By a Cameroonian humanitarian group.",
        [
            "Every evening, hundreds of villagers in the Mayo-Tsanaga department of Cameroon's Far North region walk to the nearest town to sleep, then walk back to their fields in the morning, local officials said.",
            "Boko Haram and its rival, the Islamic State West Africa Province, have raided villages near the Nigerian border at night, stealing cattle and abducting people for ransom.",
            "Background",
            "The insurgency that began in north-eastern Nigeria spread to Cameroon in 2014. The army and vigilance committees have pushed the fighters back from towns but not from the border hills.",
            "Thousands remain displaced.",
        ],
        [],
    ),
    (
        "iraq_basra_water_protests",
        "Protesters Block Port Road In Basra Over Salty Tap Water",
        "Photo: protesters at the Umm Qasr road",
        [
            "Hundreds of protesters blocked the road to the Umm Qasr port in Iraq's southern Basra province on Monday, demanding clean water as salt levels in the Shatt al-Arab rose again during the summer.",
            "Residents say tap water in several districts is too salty to drink or to water crops, and that they buy water from tankers at prices they cannot afford.",
            "Security forces used tear gas to reopen the road in the evening. The provincial government promised new desalination units.",
            "Protesters chanted:",
            "Water, bread, dignity.",
        ],
        [
            ("Basrawi_Abu_Hussein", ["Every summer the same promises. The units never arrive."]),
            (
                None,
                [
                    "Salt in the Shatt al-Arab is not only Basra's fault. Turkey and Iran dam the rivers, less fresh water comes down and the sea pushes in. Desalination units are a patch on a regional problem.",
                ],
            ),
            ("Zainab K.", ["Water, bread, dignity. Nothing more."]),
            ("M. Al-Sadoon", ["Tear gas for people asking for water. Shameful."]),
        ],
    ),
    (
        "gaza_khan_younis_bakery",
        "Bakery Reopens In Khan Younis After Flour Delivery",
        None,
        [
            "A bakery in Khan Younis in southern Gaza reopened on Thursday after the World Food Programme delivered flour, and queues formed before dawn, residents said.",
            "The bakery produced about 30,000 loaves before closing in the afternoon when the flour ran out. Many people went home empty-handed.",
            "Aid agencies say deliveries remain far below what is needed and that more crossings must open.",
            "Read more: How flour reaches Gaza",
            "This article has been updated with the World Food Programme's figures.",
        ],
        [
            ("A reader in Glasgow", ["Thirty thousand loaves for two million people. Think about that."]),
            (None, ["Open the crossings."]),
            ("Yousef Abu Shaaban", ["I stood in that queue. I got bread at 11. My neighbours got nothing."]),
            (
                None,
                [
                    "The figures matter less than the routine: a delivery, a queue, the flour runs out, the bakery closes. It will be the same next week unless the crossings open.",
                ],
            ),
            ("Anonymous", ["@Yousef Abu Shaaban stay safe."]),
        ],
    ),
]


if __name__ == "__main__":
    write_set(HERE, DOCS)
