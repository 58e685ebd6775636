"""Rules of round 19 (issue 10, `eval/events_blind13` a development set): place cues (`data/place_cues.json`) and
verb-object frames (`data/verb_frames.json`) written as data. Each kept rule has a test that fails with the rule off;
sentences written for the tests, none copied from an evaluation set."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.extract_util import only

REF = date(2025, 3, 14)  # a Friday
LEAD = "KADUGLI — The state security committee gave an update on Friday."


def test_a_name_after_in_right_after_the_trigger_is_the_place(extractor):
    """`in_after_trigger`: "arrested 14 men in X, including ..." is at X, a name the gazetteer lacks (the event used
    to go to the dateline's town)."""
    text = "On Wednesday, police arrested 14 men in Gobalo, including a local chief, accused of hiding weapons."
    row = only(extractor, [LEAD, text], REF)
    assert row["sub_event_type"] == "Arrests" and row["location"] == "Gobalo", row


def test_a_toll_restated_among_those_killed_gives_no_place(extractor):
    """`in_after_trigger`'s `not_before`: "among those killed in X" restates a toll, it places nothing."""
    from newsetl.extract.components.place_cue_rules import PlaceCues, lexicon_counts

    cues = PlaceCues(_package("place_cues.json"), lexicon_counts(_package("lexicon.json")))
    owner = _Owner(before=True)
    text = "A teacher was among those killed in Gobalo, the police said."
    s = text.index("Gobalo")
    assert cues.match(owner, text, s, s + 6, text[:s], text[s + 6 :]) is None
    text = "Police arrested nine men in Gobalo, the police said."
    s = text.index("Gobalo")
    assert cues.match(owner, text, s, s + 6, text[:s], text[s + 6 :]) == "in_after_trigger"


def test_a_longer_name_or_a_unit_is_no_cued_place():
    """A name the next capitalised word continues ("residents of Bir Tawil") or a unit ("in Nyala Battalion, ...")."""
    from newsetl.extract.components.place_cue_rules import PlaceCues, lexicon_counts

    cues = PlaceCues(_package("place_cues.json"), lexicon_counts(_package("lexicon.json")))
    owner = _Owner(before=True, after=True)
    text = "Residents of Bir Tawil marched on Monday."
    s = text.index("Bir")
    assert cues.match(owner, text, s, s + 3, text[:s], text[s + 3 :]) is None
    text = "A soldier was wounded in Nyala Battalion, the army said."
    s = text.index("Nyala")
    e = s + len("Nyala Battalion")
    assert cues.match(owner, text, s, e, text[:s], text[e:]) is None


def test_people_of_a_place_before_the_trigger_locate_it(extractor):
    """`people_of_place`: "residents of X marched" is at X."""
    text = "On Tuesday, several hundred residents of Tundaye marched to the locality office to demand protection."
    row = only(extractor, [LEAD, text], REF)
    assert row["sub_event_type"] == "Peaceful protest" and row["location"] == "Tundaye", row


def test_the_first_end_of_a_road_is_the_place(extractor):
    """`road_end`: "on the road between X and Y" is at X, the gazetteer lacking it."""
    text = "On Sunday, gunmen ambushed a bus on the road between Mbelo and Kadugli, killing six passengers."
    row = only(extractor, [LEAD, text], REF)
    assert row["location"] == "Mbelo", row


def test_an_opening_in_frame_names_the_place(extractor):
    """`opening_in_frame`: "In X, gunmen killed ..." is at X; with `whole_sequence` a known name inside the sequence
    ("Kadugli" in "Kadugli Gadid") is no place of its own."""
    text = "In Tumbera, gunmen killed three farmers on Wednesday as they worked their fields."
    assert only(extractor, [LEAD, text], REF)["location"] == "Tumbera"
    text = "In Kadugli Gadid, gunmen killed three farmers on Wednesday as they worked their fields."
    assert only(extractor, [LEAD, text], REF)["location"] == "Kadugli Gadid"


def test_a_procession_held_is_a_protest(extractor):
    """`protest_held`: "held a silent procession" (the adjective between verb and noun) is a peaceful protest."""
    text = "On Monday, traders in Kadugli held a silent procession to the governor's office to demand lower taxes."
    row = only(extractor, [LEAD, text], REF)
    assert row["sub_event_type"] == "Peaceful protest", row


def test_crowds_that_fight_each_other_are_mob_violence(extractor):
    """`crowd_mob_sub_types` (wordlists.json): a crowd with no armed actor that fights ("rival supporters fought with
    sticks and stones") is mob violence, not an armed clash; soldiers and rebels still clash."""
    text = (
        "On Saturday, rival supporters of two football clubs fought with sticks and stones outside the stadium in "
        "Kadugli, leaving one man dead."
    )
    assert only(extractor, [LEAD, text], REF)["sub_event_type"] == "Mob violence"
    text = "On Saturday, soldiers clashed with rebel fighters near Kadugli, leaving one soldier dead."
    assert only(extractor, [LEAD, text], REF)["sub_event_type"] == "Armed clash"


# ---------------------------------------------------------------- the frame reader itself
def _frames(frames, classes=None):
    from newsetl.extract.verb_frames import compile_frames

    data = {"irregular": {"hold": ["held", "held"], "take": ["took", "taken"]}, "classes": classes or {}}
    return compile_frames({**data, "frames": frames}, {"hostage_taking": 1, "abduction": 1, "artillery_shelling": 1})


def _read(frames, text):
    import spacy

    from newsetl.extract.verb_frames import frame_spans

    doc = spacy.blank("en")(text)
    return [(doc[i].text, tid) for i, tid in frame_spans(doc, frames, range(len(doc)))]


def test_a_frame_reads_an_object_between_verb_and_closing_words():
    frames = _frames(
        [
            {
                "name": "subjected",
                "trigger": "artillery_shelling",
                "verbs": ["subject"],
                "gap": 8,
                "then": [["to"], ["@shell"]],
            }
        ],
        {"shell": ["shelling", "fire"]},
    )
    assert _read(frames, "The rebels subjected the army's hill posts to heavy fire.") == []  # "heavy" is no closer
    assert _read(frames, "The rebels subjected the army's hill posts to shelling.") == [
        ("subjected", "artillery_shelling")
    ]
    assert _read(frames, "The rebels subjected, as usual, the posts to shelling.") == []  # a comma ends the gap


def test_a_frame_needs_its_object_unless_and_stops_at_its_veto():
    frames = _frames(
        [
            {
                "name": "taken_from",
                "trigger": "abduction",
                "verbs": ["take"],
                "gap": 5,
                "object": "people",
                "empty_gap": True,
                "then": [["from"], ["his", "their"]],
                "unless": "kill",
            }
        ],
        {"people": ["men", "teacher"], "kill": ["killed"]},
    )
    assert _read(frames, "Gunmen took a teacher from his house.") == [("took", "abduction")]
    assert _read(frames, "Gunmen took the car from his house.") == []  # no person in the object slot
    assert _read(frames, "the teacher whom gunmen took from his house") == [("took", "abduction")]
    assert _read(frames, "Gunmen took the men from their homes and killed them.") == []


def test_frames_off_and_unknown_triggers():
    from newsetl.extract.verb_frames import compile_frames

    off = {"name": "x", "enabled": False, "trigger": "nope", "verbs": ["hold"], "then": [["at"]]}
    assert compile_frames({"frames": [off]}, {}) == {}
    with pytest.raises(ValueError, match="unknown trigger"):
        compile_frames({"frames": [{**off, "enabled": True}]}, {})


def test_the_packaged_rules_on_are_the_measured_ones():
    """The rules kept by the round's measurement (README, Round 19) are on; the rest stay in the files, off."""
    frames = {f["name"]: f.get("enabled", True) for f in _package("verb_frames.json")["frames"]}
    cues = {r["name"]: r.get("enabled", True) for r in _package("place_cues.json")["rules"]}
    assert {k for k, v in frames.items() if v} == {
        "protest_held",
        "beat_to_death",  # round ev30
        "burned_property",  # round ev54 (blind14, blind18, blind23, blind24; with not_prev)
        "drove_armed_group_out",  # round ev94 (blind11 +1 match, blind14 typed right; no spurious event on any set)
        "taken_for_questioning",  # round ev102 (blind36 +1 match; no spurious event on any set)
        # round ev104 (property and mine wordings; events, blind14, 18, 30, 32, 34, 35, 36 up; blind11, 22, 25 down)
        "set_property_on_fire",
        "set_property_alight",
        "broke_into_property",
        "broke_windows",
        "fire_set_deliberately",
        "stepped_on_a_mine",
        "drove_over_a_mine",
        "held_for_cause",  # round ev104 (blind36 +1 match; no other set moved)
        "burned_to_death",  # fix116 ("set homes ablaze, burning three children to death": the killing)
        # round ev107 (a force removing people "who were occupying ..." / "<people> marching ...": no set moved)
        "force_removed_crowd_who",
        "force_removed_crowd_acting",
        # round ev112 (thrown lists, fires started at property, graffiti by unknown authors; blind37-40 up, no set down)
        "threw_projectile_list",
        "started_fire_at_property",
        "sprayed_graffiti",
        # round ev119 (pact and base nouns after their verbs; blind38, blind39 up, no set down)
        "signed_agreement_noun",
        "established_base_noun",
        "set_up_base_noun",
        "lifted_armed_stoppage",
        "armed_group_lifted_measure",
        "base_was_established",
        # round fix135 (review mends of ev119: a siege and "called off" split into frames of their own)
        "armed_group_lifted_siege",
        "armed_group_called_off_measure",
    }
    assert {k for k, v in cues.items() if v} == {
        "in_after_trigger",
        "in_after_trigger_opposed",  # fix111 (ev101's opposition words after "in" only; blind36)
        "people_of_place",
        "road_end",
        "opening_in_frame",
        "line_heading",  # round 24 (ev24)
        "speaker_label_place",  # round ev31
        "travel_between",  # round ev43 (blind13, blind14)
        "road_name_end",  # round ev43 (blind14; the construction recurs on blind9 and blind20 with known names)
        "located_apposition",  # round ev43 (blind11, blind12)
        "site_of_place",  # round ev46 (blind23 Loreto, "the entrance to / centre of / harbour of X")
        "named_site",  # round ev48 (blind11, blind13, blind18, blind19: "at the X market", "the X mine", "the X detach")
        "named_site_located",  # round fix52 (named_site beside a known town only as ", just outside Y")
        "on_road_to",  # round ev48 (blind19, blind21: "on the road to / south of X")
        "in_clause_dated",  # round ev48 (blind13, blind18, blind21, blind22, blind23: "at X on the same day")
        "in_before_trigger",  # round ev48 (blind20, blind21: "at X and shot him", "in X and took")
        "named_locality_of_unit",  # round ev52 (blind10, blind23, blind24: "X trading centre", "X union of Y upazila")
        "located_in_unit",  # round ev52 (blind10, blind24: "near X, in the district of Y")
        "entered_place",  # round ev61 ("armed men entered X at dawn"; guards fix65)
        "at_place_before_trigger",  # round ev61 ("a crowd at X torched ..."; guards fix65)
        "near_place_after_trigger",  # round ev66 (blind12, blind28: "shot dead ... near X Y by men who")
        "through_to_destination",  # round ev72 (blind29: "marched through X to the office"; guards fix77)
        "direction_reference",  # round ev78 (blind12, blind13, blind30: "blew up south of X"; guards fix84)
        "at_place_in_place",  # round ev72 (blind25, blind27: "killed three people at X in Y"; guards fix77)
        "modifier_place",  # round ev85 (blind31, blind33: "the X customs office"; guards fix94)
        "modifier_place_own",  # round ev85 (blind33: "our X branch"; fix94)
        "in_accused_after_trigger",  # round ev85 (blind33: "arrested ... in X accused of"; a rule of its own in fix94)
        "official_of_place",  # round ev91 (blind7, blind11, blind34: "abducted the mayor of X")
        "body_of_place",  # round ev91 (blind11: "abducted a member of the X local committee")
        "person_from_place",  # round ev91 (blind12, blind14, blind26: "a teacher from X was taken")
        "gathering_site_of_place",  # round ev91 (blind18, blind5: "in the town plaza of X")
        "crowd_from_place",  # fix100 (blind26: "a crowd of young men from X burned"; split from person_from_place)
    }


def _package(name: str) -> dict:
    from newsetl.extract.rules import package_data_dir

    return json.loads((package_data_dir() / name).read_text(encoding="utf-8"))


class _Owner:
    """Stands for UnlistedPlaces: whether a trigger is before / after the name; its organisation and landmark words
    (none)."""

    def __init__(self, before: bool = False, after: bool = False):
        self.before, self.after = before, after
        self.org_words: set[str] = set()
        self.landmarks: frozenset[str] = frozenset()

    def _trigger_before(self, text, s):
        return self.before

    def _trigger_after(self, text, e, within):
        return self.after
