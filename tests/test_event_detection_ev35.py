"""Developer round ev35 (issue 10): missed events and wrong sub-event types of the development sets. Sentences written
for the tests.

- goods taken are looting, people carried off an abduction (`goods_taken`, `goods_object_after`);
- a killing and a second act of the same clause ("killed six farmers and carried off nine women") are two events, the
  kill count staying with the killing (`second_act.py`, `second_act_*`);
- people picked up or captured by state agents are arrested (`picked_up_by_state`, `arrest_taking_verbs`);
- a clash with sticks and stones and no firearm is mob violence (`crowd_weapon_patterns`, `firearm_patterns`);
- fire on residents who had blocked a road or on supporters gathered outside a court is excessive force against
  protesters (`fire_on_gathering_patterns`)."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run, sub_types

REF = date(2026, 3, 12)  # a Thursday


def _types(extractor, line):
    return sub_types(extractor, line, REF)


def test_tankers_made_off_with_are_looting(extractor):
    line = "In Tessalit, armed men stormed the fuel depot on Saturday night and made off with three tankers of diesel."
    assert _types(extractor, line) == ["Looting/property destruction"]


def test_cargo_carried_off_is_looting_not_abduction(extractor):
    line = "On Monday, gunmen stopped a truck near Tessalit and carried off its load of maize and fuel, traders said."
    assert _types(extractor, line) == ["Looting/property destruction"]


def test_people_carried_off_stay_an_abduction(extractor):
    line = "On Monday, gunmen stopped a bus near Tessalit and carried off six passengers, traders said."
    assert _types(extractor, line) == ["Abduction/forced disappearance"]


def test_goods_taken_from_a_compound_are_looting(extractor):
    line = "On Monday, unknown armed men broke into a warehouse in Tessalit and took food stocks and two vehicles."
    assert _types(extractor, line) == ["Looting/property destruction"]


def test_cargo_being_transported_is_no_looting(extractor):
    line = "Police detained the crew of a boat off Tessalit on Saturday, who they said were taking the cargo to the rebels."
    assert "Looting/property destruction" not in _types(extractor, line)


def test_killing_and_carrying_off_counted_people_are_two_events(extractor):
    line = "Gunmen killed six farmers and carried off nine women in Tessalit on Sunday, a local leader said."
    rows = run(extractor, [line], ref=REF)
    by_type = {r["sub_event_type"]: r for r in rows}
    assert sorted(by_type) == ["Abduction/forced disappearance", "Attack"]
    assert by_type["Attack"]["fatalities"] == 6
    assert by_type["Abduction/forced disappearance"]["fatalities"] is None


def test_participial_abduction_after_a_killing_is_its_own_event(extractor):
    line = "Gunmen attacked Tessalit on Sunday, killing six people and abducting four children, officials said."
    rows = run(extractor, [line], ref=REF)
    by_type = {r["sub_event_type"]: r for r in rows}
    assert sorted(by_type) == ["Abduction/forced disappearance", "Attack"]
    assert by_type["Attack"]["fatalities"] == 6
    assert by_type["Abduction/forced disappearance"]["fatalities"] is None


def test_cattle_carried_off_after_a_killing_add_no_abduction(extractor):
    line = "Gunmen stormed the village of Tessalit on Sunday, killing 11 traders and carrying off dozens of head of cattle."
    assert _types(extractor, line) == ["Attack"]


def test_uncounted_abducted_people_fold_into_the_attack(extractor):
    line = "Gunmen killed six farmers and abducted women and children in Tessalit on Sunday, officials said."
    assert len(_types(extractor, line)) == 1


def test_people_picked_up_by_intelligence_officers_are_arrested(extractor):
    line = "In Tessalit, officers of the intelligence service picked up a former police colonel and his two sons on Monday."
    assert _types(extractor, line) == ["Arrests"]


def test_the_wounded_picked_up_by_rescuers_are_no_event(extractor):
    assert _types(extractor, "Rescue workers picked up the wounded in Tessalit on Monday.") == []


def test_members_captured_by_troops_are_arrested(extractor):
    line = "Troops of the army's Fourth Division captured three alleged members of the rebel group near Tessalit on Saturday."
    assert _types(extractor, line) == ["Arrests"]


def test_a_town_captured_stays_territory(extractor):
    assert _types(extractor, "Troops captured the town of Tessalit on Saturday.") == ["Government regains territory"]


def test_groups_clashing_with_sticks_and_stones_is_mob_violence(extractor):
    line = "Two groups clashed with sticks and stones in Tessalit on Tuesday evening after a dispute, injuring nine people."
    assert _types(extractor, line) == ["Mob violence"]


def test_groups_clashing_with_guns_and_stones_stay_a_clash(extractor):
    line = (
        "Two groups clashed with guns and stones in Tessalit on Tuesday evening after a dispute, injuring nine people."
    )
    assert _types(extractor, line) == ["Armed clash"]


def test_fire_on_residents_who_had_blocked_a_road_is_excessive_force(extractor):
    line = (
        "Police shot dead two people in Tessalit on Monday by firing on residents who had blocked the main road to "
        "protest against power cuts."
    )
    assert _types(extractor, line) == ["Excessive force against protesters"]


def test_fire_on_supporters_gathered_outside_a_court_is_excessive_force(extractor):
    line = "Police shot dead two people in Tessalit on Tuesday when they opened fire on opposition supporters gathered outside a court."
    assert _types(extractor, line) == ["Excessive force against protesters"]


def test_fire_on_villagers_returning_from_the_fields_stays_an_attack(extractor):
    line = "Armed men opened fire on villagers who were returning from the fields in Tessalit on Sunday, killing seven people."
    assert _types(extractor, line) == ["Attack"]
