"""Round fix108: review mends of ev99 (issue 10). A cold-weapons fight between armed, organised sides (bandits,
rebels, raiders, cult groups, armed youths, or a side resolved as a rebel group or militia) stays an Armed clash; the
attributive-participle filter drops only (de)mobilised people, not "four abducted women" or "20 arrested men"; "youths
from the two clans" are crowds; a firearm in the next sentence that opens on the fight's people arms the fight; more
civilian leaders' titles; "hit by a speeding truck" is no attack. Sentences written for the tests, with other names,
places, numbers and wording than the development sets'."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 6, 15)
MV, AC, ATT = "Mob violence", "Armed clash", "Attack"


def _rows(extractor, line):
    return [(r["sub_event_type"], r["actor1"], r["actor2"]) for r in run(extractor, [line], ref=REF)]


def _subs(extractor, line):
    return [r[0] for r in _rows(extractor, line)]


def test_organised_sides_with_blades_stay_an_armed_clash(extractor):
    for line in (
        "Bandits and vigilantes clashed with cutlasses and bows near Anka on Tuesday, leaving six dead.",
        "Rebels and local vigilantes fought with machetes near Butembo on Thursday.",
        "Jihadists and Dozo hunters clashed with machetes near Djenne on Saturday.",
        "Cattle raiders and Murle youths clashed with spears near Pibor on Wednesday, killing 14.",
        "Armed Lou Nuer youths and Murle youths fought with spears near Akobo on Tuesday.",
        "Members of two rival cult groups fought with machetes in Uyo on Saturday.",
    ):
        assert _subs(extractor, line) == [AC], line


def test_a_side_resolved_as_a_militia_keeps_the_clash(extractor):
    # no `organised` word among the sides: the resolved communal militias decide
    line = "Dozo hunters and Fulani herders clashed with machetes near Tenenkou on Saturday."
    assert _subs(extractor, line) == [AC]


def test_a_fight_back_against_bandits_stays_an_armed_clash(extractor):
    line = (
        "Bandits stormed Gidan Dawa village on Tuesday, and residents and vigilantes fought back with machetes and "
        "bows, killing three bandits."
    )
    assert _subs(extractor, line) == [AC]


def test_crowds_with_blades_stay_mob_violence(extractor):
    # near misses: no organised side
    for line in (
        "Herders and farmers clashed with machetes near Lafia on Sunday.",
        "Youths from the two clans fought with machetes near Beledweyne on Sunday.",
        "Two families fought with machetes over a plot in Nyamira on Sunday. Police later found a shotgun at one home.",
    ):
        assert _rows(extractor, line) == [(MV, "Rioters", "Rioters")], line


def test_a_firearm_in_the_next_sentence_arms_the_fight(extractor):
    line = "Two families fought with machetes over a plot in Nyamira on Sunday. One of the men fired a shotgun."
    assert _subs(extractor, line) == [AC]


def test_people_described_by_a_participle_keep_their_events(extractor):
    cases = {
        "The bodies of three abducted women were found near Ouallam on Tuesday.": "Abduction/forced disappearance",
        "Three stabbed men were taken to hospital after a fight in Zenica on Saturday.": ATT,
        "Police said 12 arrested men were paraded in Damaturu on Tuesday after a raid.": "Arrests",
        "Three kidnapped men were rescued by police in Zaria on Tuesday.": "Abduction/forced disappearance",
    }
    for line, sub in cases.items():
        assert _subs(extractor, line) == [sub], line


def test_a_groups_demobilised_fighters_joining_another_keep_the_change(extractor):
    line = "Its demobilised fighters joined a new rebel group in Walikale last month."
    assert _subs(extractor, line) == ["Change to group/activity"]
    # the ev99 protest reading stays
    line = "About 90 demobilised soldiers blocked the main road into Mostar on Tuesday to demand their pensions."
    assert _subs(extractor, line) == ["Peaceful protest"]


def test_civilian_leaders_killed_are_attacks(extractor):
    for title in ("The opposition", "A party", "A local", "A tribal", "A clan"):
        line = f"{title} leader was killed by gunmen in Malakal on Tuesday."
        assert _subs(extractor, line) == [ATT], line
    assert _subs(extractor, "A rebel leader was killed by soldiers in Rutshuru on Tuesday.") == [
        "Change to group/activity"
    ]


def test_a_road_accident_is_no_attack(extractor):
    assert _rows(extractor, "Three women were hit by a speeding truck in Ibadan on Tuesday.") == []
    # near misses: a car bomb, shots from a van
    assert _subs(extractor, "A police post was hit by a car bomb in Kismayo on Tuesday.") == [
        "Remote explosive/landmine/IED"
    ]
    line = "Three teenagers were hit by shotgun pellets fired from a passing car in Ibadan on Tuesday."
    assert _subs(extractor, line) == [ATT]
