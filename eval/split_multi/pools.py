"""Names, non-English comments and page chrome for the multi-format split set (all written for this project).

Train/dev and test use disjoint names and disjoint non-English comments, so the test set measures transfer
to commenters and languages the fitted splitter never saw.
"""

NAMES_TRAIN = [
    "Marta K.",
    "jdoe1984",
    "Olu Adeyemi",
    "SandraB",
    "the_real_mike",
    "Kemal Arslan",
    "Priya S",
    "Dmitri",
    "anon_reader",
    "Hassan Al-Amin",
    "Guest",
    "Liesel Brandt",
    "frank tulley",
    "Ngozi",
    "R. Ortega",
    "Yusuf A.",
    "Camille Durand",
    "PeteInOhio",
    "Tomás Reyes",
    "BlueHeron77",
    "Abebe T.",
    "Ingrid",
    "W. Okafor",
    "nightowl",
    "Li Wei",
    "grumpy old man",
    "Farida",
    "Jonas M.",
    "Anonymous",
    "KarlZ",
]
NAMES_TEST = [
    "Elena Popescu",
    "mark_s",
    "Aisha Bello",
    "Greg H.",
    "observer42",
    "Rashid Karimi",
    "Yuki Tanaka",
    "Benoît L.",
    "redfox",
    "Sipho Dlamini",
    "Carla Mendes",
    "old_soldier",
    "Hamid",
    "Nadia R.",
    "Guest",
    "Tariq99",
    "Freya Nilsson",
    "J.P. Moreau",
    "ukrwatcher",
    "Amina Yusuf",
]
FOREIGN_TRAIN = [
    "Encore une fois, ce sont les civils qui paient le prix de cette guerre absurde.",
    "Je ne crois pas un mot de ce communiqué. Qui a vérifié ces chiffres ?",
    "Esto es una vergüenza. Nadie dice nada y la gente sigue muriendo.",
    "¿Dónde están las Naciones Unidas cuando se las necesita?",
    "Das ist doch alles Propaganda, auf beiden Seiten.",
    "Wieder einmal schaut die Welt einfach weg. Traurig.",
    "Isso é o que acontece quando ninguém quer negociar de verdade.",
    "Questa guerra non finirà mai finché ci sono soldi da guadagnare.",
    "Опять мирные жители гибнут, а политики только говорят.",
    "هذا ظلم كبير ولا أحد يتحرك لوقف القتل",
    "Allah rahmet eylesin, çok üzücü bir haber.",
    "Dit is precies wat iedereen al maanden voorspelde.",
]
FOREIGN_TEST = [
    "Quelle honte. Les grandes puissances regardent ailleurs comme d'habitude.",
    "No entiendo por qué los medios no hablan más de esto.",
    "Man sollte endlich mit allen Parteien reden, statt Waffen zu liefern.",
    "Mais uma vez a imprensa ignora o lado das vítimas.",
    "Это было ожидаемо, все знали, что перемирие не продержится.",
    "الله يحمي المدنيين، كفى حربا",
    "Ik geloof er niets van, dit is weer hetzelfde verhaal.",
    "Sempre la stessa storia, nessuno paga mai per questi crimini.",
]
SHARE = [
    ["Share this:", "Facebook", "Twitter", "Email", "Print"],
    ["Share", "Tweet", "Pin", "Email"],
    ["SHARE ON FACEBOOK", "SHARE ON TWITTER"],
    ["Share this article", "Copy link"],
]
NEWSLETTER = [
    "Sign up for our daily newsletter",
    "Get the latest headlines in your inbox every morning.",
    "Subscribe to our weekly briefing",
    "Enter your email address",
    "Subscribe",
]
ADS = ["Advertisement", "ADVERTISEMENT", "Sponsored content", "Story continues below advertisement"]
FOOTER = [
    "© 2024 The Daily Ledger. All rights reserved.",
    "Terms of Use | Privacy Policy | Contact Us",
    "Copyright 2023 Global Wire Services",
    "Back to top",
    "About us · Careers · Advertise",
]
RELATED_HEADS = [
    "Related articles",
    "Related:",
    "Read more",
    "More from this section",
    "You may also like",
    "Most read",
    "Recommended",
]
TAG_LINES = [
    "Tags: conflict, security, politics",
    "Filed under: World, Middle East",
    "Topics: Africa, Security",
    "Categories: News | World",
]
NO_COMMENT_CHROME = [
    "Comments are closed.",
    "Leave a comment",
    "0 Comments",
    "Be the first to comment",
    "Comments for this article have been disabled.",
]
EDITOR_NOTES = [
    "Editor's note: this article has been updated with the latest casualty figures.",
    "Correction: an earlier version of this story misstated the name of the district.",
]
SUBHEADS = ["Fighting spreads", "What happens next", "A fragile truce", "Humanitarian toll", "Reactions"]
SUBHEADS_MORE = [
    "Getting started",
    "Why it matters",
    "The road ahead",
    "Background",
    "A city under siege",
    "How the attack unfolded",
    "Who are the rebels?",
    "What the deal says",
    "Key takeaways",
    "The view from Kyiv",
    "Reaction from abroad",
    "In numbers",
    "What we know so far",
    "Timeline",
    "Voices from the camp",
    "The economic cost",
    "A new front",
    "Lessons learned:",
    "Step 2: Plan ahead",
    "Elections in doubt",
    "Aid groups warn of famine",
    "Military response",
    "The bigger picture",
]
QUESTIONS = [
    "What do you want readers to know about the situation?",
    "How did it start?",
    "Who is responsible?",
    "What happens next?",
    "Tell me about your work there.",
    "Were you afraid?",
    "What would you change?",
    "Q: How many people have left the area?",
    "Is there any hope for the talks?",
]
CAPS_HEADS = ["FIRST HALF", "SECOND HALF", "MORNING", "AFTERNOON", "UPDATE", "LATEST", "BACKGROUND", "ANALYSIS"]
FACTS = [
    "Population: 1.2 million",
    "Capital: Bamako",
    "Displaced: 350,000",
    "Founded: 2012",
    "Leader: unknown",
    "Area: 1,240 sq km",
    "Status: contested",
    "Casualties: at least 40",
    "Next vote: 2025",
    "Role: mediator",
]
CREDITS = ["Source: Reuters", "Photo: AP", "Credit: Handout", "Image: local activists", "Map: BBC", "Video: YouTube"]
