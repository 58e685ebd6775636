"""The event evaluation module: re3d scoring helpers, and the re3d run itself when ../shared/realdata is present."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT

RE3D = ROOT.parent / "shared" / "realdata" / "re3d-dev"


def test_named_entities():
    from newsetl.eval_events import named

    assert (
        named("Mosul", "Location")
        and named("the Syrian town of Dabiq", "Location")
        and named("Diyala Province", "Location")
    )
    assert not named("the city", "Location") and not named("ISIL-held buildings", "Location")
    assert named("ISIL tactical units", "Organisation") and named("the SDF", "Organisation")
    assert not named("We", "Organisation") and not named("the enemy", "Organisation")


def test_paragraph_offsets_map_back():
    from newsetl.eval_events import _paragraphs, _to_original

    text = "First para here.\n\n  Second one with Mosul.\n \nThird."
    paras, starts = _paragraphs(text)
    assert paras == ["First para here.", "Second one with Mosul.", "Third."]
    joined = "\n\n".join(paras)
    s = joined.index("Mosul")
    o0, o1 = _to_original(s, s + 5, paras, starts)
    assert text[o0:o1] == "Mosul"


def test_old_import_path_still_works():
    from newsetl.eval_events import eval_events
    from newsetl.evaluate import eval_events as old

    assert old is eval_events


def test_re3d_figures(settings):
    if not RE3D.is_dir():
        pytest.skip("../shared/realdata/re3d-dev not present")
    from newsetl.eval_events import eval_re3d

    rep = eval_re3d(str(RE3D), settings.model_copy(update={"spacy_model": "blank"}))
    assert rep["documents"] == 45
    assert rep["location"]["recall"] >= 0.85 and rep["location"]["precision"] >= 0.90
    assert rep["organisation"]["recall"] >= 0.70 and rep["organisation"]["precision"] >= 0.85
    assert rep["fighting_against"]["gold"] > 20
