"""Round ev106: one own-clause helper (issue 10). The trigger's own clause was cut three ways (type_kinds._own_clause,
one_sided._own_part, told_elsewhere._clause_start); events/own_clause.py is the one helper now, its cuts data
(wordlists.json `own_clause_cuts`, `own_clause_marks`). Every cut stops at a semicolon, so an attack on unarmed people
told before "; soldiers later clashed with the attackers" is no battle. Also: one placeholder syntax
(`rules.PLACEHOLDER`) and `speaker_clause_verbs` written as an extension of `list_speech_verbs`. Paraphrase families
written for the tests, with other names, places, numbers and wording than the development sets'."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 6, 15)


def _rows(extractor, line):
    return [(r["sub_event_type"], r["actor2"]) for r in run(extractor, [line], ref=REF)]


# an attack on unarmed people, then "; <a force> later fought the attackers": the attack is the event
SEMICOLON_SEQUEL = (
    "Gunmen ambushed a bus carrying passengers near Zurmi on Monday; soldiers later clashed with the attackers in the "
    "hills.",
    "Suspected jihadists attacked a convoy of traders near Ansongo on Tuesday; Malian troops later exchanged fire with "
    "them.",
    "Attackers ambushed a pick-up carrying miners outside Djibo on Monday; soldiers later fought back against the group.",
    "Bandits ambushed a lorry carrying cattle traders on the Gusau road on Thursday; a military patrol later engaged "
    "the gang.",
    "Armed men attacked a convoy of aid workers near Kidal on Saturday; the army said its troops clashed with the "
    "assailants afterwards.",
    "Rebels ambushed a minibus carrying schoolteachers near Rutshuru on Wednesday; government soldiers later fought the "
    "rebels near the border.",
    "Gunmen ambushed a truck carrying women traders near Bandiagara on Friday; soldiers fought the attackers the "
    "following morning.",
    "Unidentified gunmen attacked a bus carrying pilgrims near Arbinda on Sunday; Burkinabe forces later clashed with "
    "the attackers.",
    "Gunmen ambushed a taxi carrying market women near Maru on Monday; vigilantes later fought the gunmen in the bush.",
    "Insurgents attacked a convoy of fuel traders near Monguno on Saturday; soldiers later exchanged fire with the "
    "insurgents.",
    "Raiders ambushed a bus carrying students near Kankara on Thursday; police later clashed with the raiders near a "
    "dam.",
)

# near misses: both sides act in one clause, an armed side is the one hit, or the second clause is no fight
SEMICOLON_NEAR = (
    (
        "Gunmen ambushed a bus carrying passengers near Zurmi on Monday and soldiers clashed with the attackers at the "
        "scene.",
        "Armed clash",
    ),
    (
        "Suspected jihadists attacked an army convoy near Ansongo on Tuesday; Malian troops later exchanged fire with them.",
        "Armed clash",
    ),
    (
        "Rebels ambushed a military patrol near Rutshuru on Wednesday; government soldiers later fought the rebels near "
        "the border.",
        "Armed clash",
    ),
    ("Soldiers clashed with gunmen near Zurmi on Monday; two soldiers were wounded.", "Armed clash"),
    ("Troops exchanged fire with bandits outside Funtua on Sunday; three bandits were killed.", "Armed clash"),
    (
        "Militants attacked a police post outside Dikwa overnight; officers exchanged fire with the raiders for an hour.",
        "Armed clash",
    ),
    (
        "Gunmen ambushed a bus carrying passengers near Zurmi on Monday, killing six; the attackers fled into the forest.",
        "Attack",
    ),
    (
        "Bandits ambushed a lorry carrying cattle traders on the Gusau road on Thursday as soldiers escorting it "
        "returned fire.",
        "Armed clash",
    ),
)


def test_an_attack_before_a_semicolon_sequel_is_no_battle(extractor):
    got = {line: _rows(extractor, line) for line in SEMICOLON_SEQUEL}
    wrong = {line: rows for line, rows in got.items() if rows[:1] != [("Attack", "Civilians")]}
    assert not wrong, wrong


@pytest.mark.parametrize("line,sub", SEMICOLON_NEAR, ids=range(len(SEMICOLON_NEAR)))
def test_semicolon_near_misses_keep_their_type(extractor, line, sub):
    rows = _rows(extractor, line)
    assert rows and rows[0][0] == sub, rows


# the helper itself: (sentence, trigger, cut, expected own clause)
SPANS = (
    # a subordinate clause: the "subordinate" cut opens at the conjunction, the "background" cut does not cut it
    (
        "Traders fled the market after gunmen opened fire on shoppers in Gao.",
        "opened fire",
        "subordinate",
        "after gunmen opened fire on shoppers in Gao.",
    ),
    (
        "Traders fled the market after gunmen opened fire on shoppers in Gao.",
        "opened fire",
        "background",
        "Traders fled the market after gunmen opened fire on shoppers in Gao.",
    ),
    (
        "A gunfight broke out when masked men shot at customers outside a bar in Leon.",
        "gunfight",
        "background",
        "A gunfight broke out when masked men shot at customers outside a bar in Leon.",
    ),
    (
        "A gunfight broke out when masked men shot at customers outside a bar in Leon.",
        "gunfight",
        "subordinate",
        "A gunfight broke out ",
    ),
    (
        "Villagers were fleeing as militiamen attacked Bura on Sunday.",
        "attacked",
        "subordinate",
        "Villagers were fleeing as militiamen attacked Bura on Sunday.",
    ),
    # a relative clause or a background phrase after the trigger ends both cuts
    (
        "Soldiers clashed with fighters who had attacked a school in Mopti.",
        "clashed",
        "subordinate",
        "Soldiers clashed with fighters ",
    ),
    (
        "Soldiers clashed with fighters who had attacked a school in Mopti.",
        "clashed",
        "background",
        "Soldiers clashed with fighters ",
    ),
    (
        "Fighting erupted in Tawila on Friday, a day after two herders were killed.",
        "Fighting",
        "background",
        "Fighting erupted in Tawila on Friday, a ",
    ),
    (
        "Militias fought the army near Bor, weeks after gunmen torched a clinic.",
        "fought",
        "subordinate",
        "Militias fought the army near Bor, ",
    ),
    # a background clause before the trigger: the background cut opens after the comma that closes it
    (
        "Days after gunmen torched a clinic, militias fought the army near Bor.",
        "fought",
        "background",
        " militias fought the army near Bor.",
    ),
    # a later sequel ends the background cut (fix118)
    (
        "Armed men stormed a church in Ondo, before soldiers arrived and engaged them.",
        "stormed",
        "background",
        "Armed men stormed a church in Ondo, ",
    ),
    # semicolons and a speaker's colon end every cut; a clock's colon does not
    (
        "Gunmen attacked a bus near Jos; soldiers later clashed with them.",
        "clashed",
        "background",
        " soldiers later clashed with them.",
    ),
    (
        "Gunmen attacked a bus near Jos; soldiers later clashed with them.",
        "attacked",
        "subordinate",
        "Gunmen attacked a bus near Jos",
    ),
    (
        "The army said: militants attacked a checkpoint in Damboa.",
        "attacked",
        "marks",
        " militants attacked a checkpoint in Damboa.",
    ),
    (
        "At 10:30 militants attacked a checkpoint in Damboa.",
        "attacked",
        "marks",
        "At 10:30 militants attacked a checkpoint in Damboa.",
    ),
    # reported speech is no boundary: speakers are blanked by the callers (one_sided_speaker_patterns)
    (
        "Police said gunmen attacked a bus near Jos, killing three passengers.",
        "attacked",
        "subordinate",
        "Police said gunmen attacked a bus near Jos, killing three passengers.",
    ),
)


@pytest.mark.parametrize("line,trigger,cut,want", SPANS, ids=range(len(SPANS)))
def test_own_clause_cuts(line, trigger, cut, want):
    from newsetl.extract.events.own_clause import own_text
    from newsetl.extract.rules import load_rules

    rel = line.index(trigger)
    assert own_text(line, rel, rel + len(trigger), load_rules(), cut) == want


def test_the_old_helpers_are_gone_and_the_cuts_are_data():
    import newsetl.extract.events.clause_subject as cs
    import newsetl.extract.events.one_sided as os_
    import newsetl.extract.events.told_elsewhere as te
    import newsetl.extract.events.type_kinds as tk
    from newsetl.extract.rules import load_rules

    assert not any(
        hasattr(m, n)
        for m, n in (
            (tk, "_own_clause"),
            (os_, "_own_part"),
            (os_, "_before_sequel"),
            (te, "_clause_start"),
            (cs, "own_clause_start"),
        )
    )
    cuts = load_rules().words["own_clause_cuts"]
    assert {"subordinate", "background", "marks"} <= set(cuts)


def test_one_placeholder_syntax_and_the_speaker_list_extends_the_short_one():
    from newsetl.extract import rules as rules_mod
    from newsetl.extract import verb_frames
    from newsetl.extract.components import place_cue_rules
    from newsetl.extract.events import filled

    assert filled.PLACEHOLDER is rules_mod.PLACEHOLDER is verb_frames.PLACEHOLDER is place_cue_rules.PLACEHOLDER
    words = rules_mod.load_rules().words
    speakers = words["speaker_clause_verbs"]
    assert speakers[: len(words["list_speech_verbs"])] == words["list_speech_verbs"]
    assert set(speakers) == {"said", "says", "say", "told", "reported", "confirmed", "stated", "announced", "added"}
    with pytest.raises(ValueError, match="extends itself"):
        rules_mod.extended_lists({"a": ["{b}"], "b": ["x", "{a}"]})
    assert rules_mod.extended_lists({"a": ["{b}", "y"], "b": ["x"], "p": ["\\b{b}\\b"]}) == {
        "a": ["x", "y"],
        "b": ["x"],
        "p": ["\\b{b}\\b"],
    }
