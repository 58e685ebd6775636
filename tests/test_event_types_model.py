"""The sub-event type model of ev16 (`newsetl train event-types`, newsetl/train_event_types.py) and the measurement of
which attribute costs strict matches (scripts/attribute_losses.py)."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from scipy import sparse

from newsetl.train_event_types import NEVER, TYPES_FILE, features, fit, label_doc, probs, relabel, train_event_types

from .event_set_lists import UNFITTED_EVENT_SETS

ROOT = Path(__file__).resolve().parents[1]


class _Matcher:
    """The strict matcher's contract on toy events: same type, same `location` string, same date."""

    def loc_match(self, g, p) -> bool:
        return g.get("location") == p.get("location")

    def detect(self, gevs, pevs):
        used, matched = set(), {}
        for gi, g in enumerate(gevs):
            for pi, p in enumerate(pevs):
                same_date = (p["event_date"].isoformat() if p["event_date"] else None) == g.get("event_date")
                if pi not in used and p["sub_event_type"] == g["sub_event_type"] and same_date and self.loc_match(g, p):
                    used.add(pi)
                    matched[gi] = pi
                    break
        return matched, used


def _gold(t, loc="Tal", d="2026-01-02", s="Police fired tear gas at protesters in Tal on Friday."):
    return {"sub_event_type": t, "event_type": "Protests", "location": loc, "event_date": d, "sentence": s}


def _row(
    t, loc="Tal", d=date(2026, 1, 2), s="Police fired tear gas at protesters in Tal on Friday.", trig="protesters"
):
    return {
        "sub_event_type": t,
        "event_type": "Protests",
        "location": loc,
        "event_date": d,
        "sentence": s,
        "trigger": trig,
    }


def test_label_doc_strict_and_loose():
    gevs = [_gold("Protest with intervention"), _gold("Attack", loc="Bir", s="Gunmen attacked Bir.")]
    rows = [
        _row("Peaceful protest"),
        _row("Attack", loc="Bir", s="Gunmen attacked Bir.", trig="attacked"),
        _row("Arrests", loc="Zed"),
    ]
    # the first candidate stands for the gold protest (same sentence, place, date), only its type is off
    assert label_doc(_Matcher(), gevs, rows) == ["Protest with intervention", "Attack", None]


def test_features_name_the_rules_type_and_the_triggers_window():
    f = features(_row("Peaceful protest"))
    assert "rt=Peaceful protest" in f and "tr=protesters" in f
    assert "wb=gas" in f and "wa=in" in f and "s=tear_gas" in f


def test_relabel_margin_and_never():
    rows = [_row("Peaceful protest"), _row("Peaceful protest")]
    types = ["Peaceful protest", "Protest with intervention"]
    p = np.array([[0.3, 0.7], [0.45, 0.55]])
    assert relabel(rows, p, types, 0.3) == ["Protest with intervention", "Peaceful protest"]
    assert relabel(rows, p, types, 0.0) == ["Protest with intervention", "Protest with intervention"]
    assert relabel(rows, p, types, NEVER) == ["Peaceful protest", "Peaceful protest"]


def test_fit_learns_a_separable_toy_problem():
    x = sparse.csr_matrix(np.array([[1, 0, 0], [1, 0, 0], [0, 1, 0], [0, 1, 0], [0, 0, 1], [0, 0, 1]], dtype=float))
    y = np.array([0, 0, 1, 1, 2, 2])
    w = fit(x, y, 3, 10.0)
    assert list(probs(w, x).argmax(axis=1)) == list(y)


@pytest.mark.parametrize("name", [*UNFITTED_EVENT_SETS, "nope"])
def test_blind_sets_refused(name):
    with pytest.raises(ValueError, match="only development sets"):
        train_event_types(ROOT, sets=("events", name))


def test_packaged_model_is_the_measured_negative():
    """LOSO over the development sets (`DEV_SETS`: 24 since ev45) and the untouched candidates: the best (C, margin)
    gains under `min_gain`, so the model is not enabled and stores no weights; the rules' types stand."""
    from newsetl.train_events import DEV_SETS

    model = json.loads((ROOT / "include" / "newsetl" / "data" / TYPES_FILE).read_text(encoding="utf-8"))
    assert model["enabled"] is False and "weights" not in model
    cv = model["cv"]
    assert cv["mean_f1_model"] < cv["mean_f1_rules"] + cv["min_gain"]
    assert set(cv["per_set"]) >= {"events", "events_blind9", "events_blind8@untouched", "events_blind9@untouched"}
    assert {n.split("@")[0] for n in cv["per_set"]} == set(DEV_SETS) == set(model["trained"]["sets"])
    assert not any(b in cv["per_set"] for b in UNFITTED_EVENT_SETS)


def test_attribute_losses_kinds():
    spec = importlib.util.spec_from_file_location("attribute_losses", ROOT / "scripts" / "attribute_losses.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    gevs = [
        _gold("Protest with intervention"),
        _gold("Attack", loc="Bir", s="Gunmen attacked Bir."),
        _gold("Attack", loc="Kaf", s="Gunmen attacked Bir."),
        _gold("Arrests", loc="Om", s="Police arrested ten in Om."),
    ]
    rows = [
        _row("Peaceful protest"),
        _row("Attack", loc="Bir", s="Gunmen attacked Bir.", trig="attacked"),
        _row("Armed clash", loc="Lod", s="Soldiers clashed with rebels in Lod.", trig="clashed"),
    ]
    got = mod.doc_losses(_Matcher(), gevs, rows)
    assert got == {"type only": 1, "count: too few": 1, "missed sentence": 1, "spurious sentence": 1}
