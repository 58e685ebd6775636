"""Helper round fix91: review 24b's mends of ev81's crowd line (issue 10). Sentences written for the tests (review
24b's probes and variants with other verbs, nouns and orders), none from a development set.

- a force's act folds into the protest just told only when the force is its actor1 (of `STATE_TYPES`: UN
  peacekeepers too), its object comes right after the verb and its preposition, and "them" only when the text before
  the trigger is just the force as subject (`merging.force_on_crowd`, `crowd_force_them_subject_patterns`);
- "peaceful" makes fire on a crowd excessive force only when it qualifies the crowd (`force_on_protesters_patterns`);
- a passive dispersal, or one after "tear-gassed", "gunshots", "security personnel charged", is no self-dispersal
  (`crowd_retype.self_dispersal`);
- only arrests, an intervention or force on the crowd folded into a peaceful protest make it one with intervention.
"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from newsetl.extract.events import merging
from tests.extract_util import run

REF = date(2026, 3, 12)  # a Thursday
EF, PWI, PP = "Excessive force against protesters", "Protest with intervention", "Peaceful protest"


def _rows(extractor, *paras):
    return [
        (r["sub_event_type"], r["actor1"], r["actor2"], r["fatalities"]) for r in run(extractor, list(paras), ref=REF)
    ]


def _subs(extractor, *paras):
    return [r[0] for r in _rows(extractor, *paras)]


def test_fire_on_them_after_a_march_is_the_protests_intervention(extractor):
    # review 24b 7: the old PwI-trigger path does not read "opened fire on them, wounding three" (a PP with no force)
    rows = _rows(
        extractor, "Hundreds of farmers marched through Popayan on Monday. Police opened fire on them, wounding three."
    )
    assert rows == [(PWI, "Protesters", "Police Forces of Colombia", None)]
    rows = _rows(
        extractor, "Hundreds of farmers marched through Popayan on Monday.", "Hours later, soldiers shot at them."
    )
    assert rows == [(PWI, "Protesters", "Military Forces of Colombia", None)]
    # a nominal trigger ("live rounds") after the force's verb
    line = "Demonstrators marched in Accra on Monday. Riot police then fired live rounds at them, killing one."
    assert _rows(extractor, line) == [(EF, "Police Forces of Ghana", "Protesters", 1)]


def test_peacekeepers_fire_on_the_crowd_is_its_excessive_force(extractor):
    rows = _rows(extractor, "Hundreds protested in Goma on Friday. UN peacekeepers opened fire on them, killing two.")
    assert rows == [(EF, "UN: United Nations", "Protesters", 2)]


def test_them_of_another_antecedent_or_another_object_is_not_the_crowd(extractor):
    for paras in (
        (
            "Protesters gathered in Lagos on Tuesday. Police opened fire on a car that drove towards them at a checkpoint,"
            " killing two.",
        ),
        (
            "Residents protested in Lagos on Tuesday over a wave of robberies.",
            "Police later cornered three robbers and shot at them, killing two.",
        ),
        (
            "Protesters gathered in Lagos on Tuesday to denounce kidnappings. Soldiers tracked the kidnappers to a forest"
            " and opened fire on them, killing two.",
        ),
        (
            "Protesters gathered in Lagos on Tuesday. Police arrested a suspected thief and beat him to death in front of"
            " them.",
        ),
    ):
        subs = _subs(extractor, *paras)
        assert subs[0] == PP and EF not in subs and PWI not in subs, (paras, subs)


def test_a_force_that_is_attacked_is_no_intervention_on_the_crowd(extractor):
    line = "Protesters gathered in Lagos on Tuesday. Rebels attacked a military patrol guarding them, killing two soldiers."
    rows = _rows(extractor, line)
    assert rows[0] == (PP, "Protesters", None, None) and rows[1][0] == "Armed clash" and rows[1][3] == 2


def test_peaceful_of_something_else_is_no_excessive_force(extractor):
    for line in (
        "Police fired rubber bullets at protesters in Kano on Tuesday, saying the march had ceased to be peaceful,"
        " injuring three.",
        "Police fired rubber bullets at protesters who broke away from an otherwise peaceful march in Kano on Tuesday,"
        " injuring three.",
        "Soldiers fired rubber bullets at demonstrators in Kano on Tuesday, urging residents to stay peaceful, wounding two.",
    ):
        assert _subs(extractor, line) == [PWI], line
    line = (
        "Soldiers opened fire on suspected militants in the usually peaceful town of Kano on Tuesday, killing three,"
        " as residents protested."
    )
    assert EF not in _subs(extractor, line)


def test_a_passive_dispersal_or_a_force_told_otherwise_is_no_self_dispersal(extractor):
    for line in (
        "Students marched in Bamako on Monday and were eventually dispersed at the square.",
        "Students marched in Bamako on Monday. They were later dispersed in the afternoon.",
        "Students marched in Bamako on Monday and dispersed after being tear-gassed.",
        "Students marched in Bamako on Monday and dispersed after gunshots were heard.",
        "Students marched in Bamako on Monday and dispersed when security personnel charged at them.",
    ):
        assert _subs(extractor, line)[-1] == PWI, line
    assert _subs(extractor, "Nurses rallied in Bamako on Monday and later dispersed at noon.") == [PP]


def test_only_an_intervention_folded_in_makes_the_peaceful_protest_one_with_intervention(monkeypatch):
    res = SimpleNamespace(
        built=lambda key, make: make(),
        wordset=lambda name: frozenset({"Attack", "Excessive force against protesters", "Armed clash"}),
    )
    for sub, want in (("Violent demonstration", PP), ("Mob violence", PP), ("Arrests", PWI), ("Attack", PWI)):
        crowd = SimpleNamespace(sub_event_type=PP, actor2=None, extras={})
        monkeypatch.setattr(merging, "crowd_sequel", lambda *a, c=crowd: c)
        monkeypatch.setattr(merging, "_absorb", lambda *a: None)
        ev = SimpleNamespace(sub_event_type=sub, actor1=None, actor2=None)
        art = SimpleNamespace(res=res, latest=lambda: None)
        assert merging.restates(art, SimpleNamespace(stext="", para=0), ev, None, 0, [], [], False)
        assert crowd.sub_event_type == want, sub
