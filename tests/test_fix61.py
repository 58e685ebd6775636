"""Round fix61 (review18d's findings): a named person arrested "over the protests" is no crowd's; "the driver was
unhurt" is the event's people; a misspelt key of place_cues.json raises; a date word before "Uganda police" is no
longer name; one alternation helper. Sentences written for the tests, none copied from an evaluation set."""

from __future__ import annotations

import pytest

from tests.extract_util import run
from tests.test_actor_frames import REF

PROTEST = "NAKURU — Hundreds of traders marched through Molo on Thursday to protest against new market fees."


def _rows(extractor, text, sub):
    return [r for r in run(extractor, text, REF) if r["sub_event_type"] == sub]


@pytest.mark.parametrize(
    "arrest",
    [
        "Police in Molo on Thursday arrested an opposition lawmaker over the protests, his party said.",
        "Police in Molo on Thursday arrested a journalist over the protest coverage, his editor said.",
    ],
)
def test_a_named_kind_of_person_arrested_over_a_protest_stays_civilian(extractor, arrest):
    rows = _rows(extractor, [PROTEST, arrest], "Arrests")
    assert rows and rows[0]["actor2"] == "Civilians", rows


@pytest.mark.parametrize(
    "arrest",
    [
        "Police in Molo on Thursday arrested 14 people over the protests, he said.",
        "Police in Molo on Thursday arrested three men over the protests, he said.",
    ],
)
def test_people_arrested_over_a_protest_are_protesters(extractor, arrest):
    rows = _rows(extractor, [PROTEST, arrest], "Arrests")
    assert rows and rows[0]["actor2"] == "Protesters", rows


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on a bus near Garissa on Monday, police said. The driver was unhurt.",
        "Gunmen opened fire on a police car near Garissa on Monday, police said. The officer in the car escaped unhurt.",
    ],
)
def test_a_definite_subject_unhurt_is_the_events_people(extractor, text):
    rows = [r for r in run(extractor, [text], REF) if r["event_type"] in ("Battles", "Violence against civilians")]
    assert rows and rows[0]["fatalities"] == 0, rows


def test_unhurt_patterns_are_built_once():
    from newsetl.extract.events import later_toll
    from newsetl.extract.rules import load_rules

    res = load_rules()
    assert later_toll._unhurt_parts(res) is later_toll._unhurt_parts(res)


@pytest.mark.parametrize(
    ("section", "key"),
    [
        ("document_country", "dominant_town_before"),
        ("document_country", "place_date_after"),
        ("origin_not_anchor", "pattern"),
    ],
)
def test_a_missing_place_cue_key_raises(edited_rules, section, key):
    def edit(data):
        data = dict(data)
        data[section] = {k: v for k, v in data[section].items() if k != key}
        return data

    with pytest.raises(KeyError):
        ex = edited_rules({"place_cues.json": edit})
        run(ex, [PROTEST], REF)


def test_a_weekday_before_a_country_force_is_no_longer_name(extractor):
    text = [
        "NAIROBI — Kenyan traders have complained about border delays.",
        "On Tuesday Uganda police arrested five Kenyan traders, a spokesman said.",
    ]
    rows = _rows(extractor, text, "Arrests")
    assert rows and rows[0]["actor1"] == "Police Forces of Uganda", rows


def test_one_alternation_helper():
    from newsetl.extract.events import arrest_sides, fatalities
    from newsetl.extract.rules import Rules

    assert not hasattr(arrest_sides, "_alt") and not hasattr(fatalities, "_alt")
    assert not hasattr(Rules, "_alternation")
    import re

    rx = re.compile(rf"^(?:{Rules.alternation(['a b', 'a b c'])})$")
    assert rx.match("a  b c") and rx.match("a b")


def test_a_deferred_module_becomes_the_real_one_in_place(tmp_path, monkeypatch):
    """(review18d) The object `import x` bound before the first touch is the module in sys.modules after it: a
    setattr reaches the real module, and a reload works."""
    import importlib
    import sys

    from newsetl.deferred_imports import Deferred, defer

    from .test_perf22_deferred import _package

    _package(tmp_path, "fix61pkg")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        assert defer(("fix61pkg.heavy",)) == ["fix61pkg.heavy"]
        import fix61pkg
        from fix61pkg import heavy

        assert type(heavy) is Deferred and fix61pkg.RAN == []
        assert heavy.VALUE == 42 and fix61pkg.RAN == ["heavy"]
        assert heavy is sys.modules["fix61pkg.heavy"] and type(heavy) is not Deferred
        heavy.EXTRA = 7
        assert sys.modules["fix61pkg.heavy"].EXTRA == 7
        assert importlib.reload(heavy) is heavy and fix61pkg.RAN == ["heavy", "heavy"]
    finally:
        for name in [m for m in sys.modules if m.startswith("fix61pkg")]:
            del sys.modules[name]


def test_a_counted_group_arrested_for_inciting_a_protest_are_protesters(extractor):
    arrest = "Police arrested twenty-two miners in Molo on Thursday, accusing them of inciting the protest, he said."
    rows = _rows(extractor, [PROTEST, arrest], "Arrests")
    assert rows and rows[0]["actor2"] == "Protesters", rows
