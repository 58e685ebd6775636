"""Developer round fix62: the review19a findings on ev62's detection rules. Sentences written for the tests.

- violence told in an "after" clause beats an arrest, a deployment or a peaceful protest in the main clause, whatever
  the order of the clause's triggers (`after_clause_weak_main_subs`, `after_clause_violent_types`);
- the main clause's act that wins over its "after" clause does not take the clause's deaths;
- a kin noun qualifies a trigger only after "of / for / with / their / his / her" (`modifier_clause_before`);
- a relative clause on the subject drops its trigger only when a head trigger comes before it;
- a quote retells a reported event only when of the same sub-event type and with no place or day of its own; a quoted
  single word is no quote;
- "beat" a person in a race, an election or a game is no attack (`crowd_beating_refused_after`);
- "hacked / clubbed / stabbed two farmers to death" states the deaths."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 3, 12)  # a Thursday


def _rows(extractor, paragraphs):
    return [(r["sub_event_type"], r.get("fatalities")) for r in run(extractor, paragraphs, ref=REF)]


def _types(extractor, paragraphs):
    return [t for t, _ in _rows(extractor, paragraphs)]


def test_violence_in_the_after_clause_beats_an_arrest_or_a_deployment(extractor):
    bomb = ["Police detained a suspect in Kora on Monday after a bomb exploded at a market, killing nine people."]
    assert _rows(extractor, bomb) == [("Remote explosive/landmine/IED", 9)]
    arrest = ["Police arrested three men in Kora on Monday after gunmen attacked a checkpoint."]
    assert _types(extractor, arrest) == ["Armed clash"]
    deploy = ["The army deployed troops to Kora on Tuesday after militants attacked a police post."]
    assert _types(extractor, deploy) == ["Armed clash"]
    # the order of the clause's triggers does not matter
    both = ["Police arrested three men in Kora on Monday after gunmen attacked a checkpoint and killed two soldiers."]
    assert _rows(extractor, both) == [("Armed clash", 2)]
    # a noun after "after the" refers to an event told elsewhere: the protest stays
    told = ["Residents of Kora held a peaceful march on Monday to demand the reopening of schools after the attacks."]
    assert _types(extractor, told) == ["Peaceful protest"]


def test_the_main_act_does_not_take_the_deaths_of_its_after_clause(extractor):
    riot = ["Youths rioted in Kora on Monday after soldiers killed two farmers."]
    assert _rows(extractor, riot) == [("Violent demonstration", None)]
    clash = ["Militants attacked a police post in Kora on Monday after soldiers killed two of their commanders."]
    assert _rows(extractor, clash) == [("Armed clash", None)]
    # an "after" clause that tells the event's own act gives its toll
    same = ["The UN condemned the attack in Kora on Monday after gunmen killed 30 villagers."]
    assert _rows(extractor, same) == [("Attack", 30)]
    # the clause ends at its comma: what follows is the main act's
    left = [
        "Militiamen traded fire with soldiers in Kora on Sunday after the soldiers seized a truck, leaving two "
        "militiamen dead."
    ]
    assert _rows(extractor, left) == [("Armed clash", 2)]


def test_a_protest_after_a_killing_is_not_a_protest_with_deaths(extractor):
    for act in ("protested", "held a vigil", "marched"):
        rows = _rows(extractor, [f"Residents of Kora {act} on Monday after soldiers killed two farmers."])
        assert rows == [("Peaceful protest", None)]


def test_kin_noun_subject_is_no_modifier_clause(extractor):
    res = extractor.res
    assert res.pattern_search("modifier_clause_before", "Angry relatives ") is None
    assert res.pattern_search("modifier_clause_before", "seeking word of sons ") is not None
    assert res.pattern_search("modifier_clause_before", "seeking word of male relatives ") is not None
    paras = ["Angry relatives attacked police officers at the Kora station on Monday after a detainee died in custody."]
    assert _types(extractor, paras) != ["Attack"]


def test_relative_clause_on_the_subject_keeps_the_event(extractor):
    shot = ["A student who was shot by police during a protest in Kora on Monday died in hospital on Tuesday."]
    assert _types(extractor, shot) == ["Excessive force against protesters"]
    held = ["Three protesters who were detained by police in Kora on Monday went on hunger strike."]
    assert _types(extractor, held) == ["Arrests"]


def test_a_quote_with_its_own_place_and_day_or_act_is_a_new_event(extractor):
    first = "Gunmen shot dead two farmers in an attack on Kora on Sunday, village leaders said."
    own = '"Soldiers killed three of our men in Bentiu on Tuesday," said a community leader.'
    assert _types(extractor, [first, own]) == ["Attack", "Attack"]
    abducted = '"They abducted my two daughters and took them into the forest," said a mother from Bentiu.'
    assert _types(extractor, [first, abducted]) == ["Attack", "Abduction/forced disappearance"]
    word = 'Witnesses said soldiers "executed" three fishermen in Bentiu on Tuesday.'
    assert _types(extractor, [first, word]) == ["Attack", "Attack"]


def test_beating_rivals_in_a_competition_is_no_attack(extractor):
    for sentence in (
        "Kenyan runners beat three Ethiopian women in the marathon in Kora on Sunday.",
        "The incumbent mayor beat two women candidates in a local by-election in Kora on Sunday.",
        "The chess champion beat several students in a simultaneous exhibition in Kora on Sunday.",
    ):
        assert "Attack" not in _types(extractor, [sentence])
    assert _types(extractor, ["Settlers beat a farmer in Kora on Sunday."]) == ["Attack"]


def test_hacked_or_clubbed_people_to_death_are_deaths(extractor):
    assert _rows(extractor, ["Gunmen hacked two farmers to death in Kora on Monday."]) == [("Attack", 2)]
    assert _rows(extractor, ["Gunmen clubbed three farmers to death in Kora on Monday."]) == [("Attack", 3)]
    assert _rows(extractor, ["Robbers hacked a shopkeeper to death in Kora on Monday."]) == [("Attack", 1)]
