"""perf22: the modules GX imports but the gate never runs (deferred_imports.py) are stand-ins until touched; a touched
one is the real module; a whole night's gate (finalize, validation, Data Docs) never touches them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from newsetl.deferred_imports import Deferred, defer

from .conftest import SAMPLES


def _package(tmp_path, name: str) -> None:
    pkg = tmp_path / name
    pkg.mkdir()
    (pkg / "__init__.py").write_text("RAN = []\n", encoding="utf-8")
    (pkg / "heavy.py").write_text(
        f"import {name}\n{name}.RAN.append('heavy')\nVALUE = 42\ndef twice(x):\n    return 2 * x\n", encoding="utf-8"
    )
    (pkg / "sub").mkdir()
    (pkg / "sub" / "__init__.py").write_text(
        f"import {name}\n{name}.RAN.append('sub')\nfrom . import inner\n", encoding="utf-8"
    )
    (pkg / "sub" / "inner.py").write_text("WHO = 'inner'\n", encoding="utf-8")


def test_a_deferred_module_runs_only_when_touched_and_is_then_the_real_one(tmp_path, monkeypatch):
    _package(tmp_path, "perf22pkg")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        assert defer(("perf22pkg.heavy", "perf22pkg.sub", "perf22pkg.missing", "json")) == [
            "perf22pkg.heavy",
            "perf22pkg.sub",
        ]  # a module not found, or already imported, is left alone
        import perf22pkg
        from perf22pkg import heavy  # binds the stand-in, runs nothing
        from perf22pkg.sub import inner  # importing a submodule of a deferred package runs the package first

        assert isinstance(heavy, Deferred) and perf22pkg.RAN == ["sub"]
        assert inner.WHO == "inner" and not isinstance(sys.modules["perf22pkg.sub"], Deferred)
        assert heavy.VALUE == 42 and heavy.twice(4) == 8  # the first read imports it
        assert perf22pkg.RAN == ["sub", "heavy"]
        real = sys.modules["perf22pkg.heavy"]
        assert not isinstance(real, Deferred) and real.VALUE == 42 and heavy.twice is real.twice
        import perf22pkg.heavy as again

        assert again is real and perf22pkg.RAN == ["sub", "heavy"]  # run once
    finally:
        for name in [m for m in sys.modules if m.startswith("perf22pkg")]:
            del sys.modules[name]


NIGHT = textwrap.dedent(
    """
    import json, sys
    from newsetl import deferred_imports
    from newsetl.config import get_settings
    from newsetl.run import run_pipeline

    touched = []
    real = deferred_imports.Deferred._real

    def _real(self):  # who touched a stand-in first: the first caller outside this module
        if self.__dict__.get("_deferred_real") is None:
            f = sys._getframe(1)
            while f.f_globals.get("__name__") == "newsetl.deferred_imports":
                f = f.f_back
            touched.append([self.__name__, f.f_globals.get("__name__")])
        return real(self)

    deferred_imports.Deferred._real = _real
    s = run_pipeline(sys.argv[1], sys.argv[2], "2026-11-20", "p22", get_settings(cache_dir=sys.argv[3]), workers=1)
    print(json.dumps({
        "evaluated": s["validation"]["evaluated"],
        "gx": "great_expectations.expectations" in sys.modules,
        "touched": touched,
        "stand_ins": [n for n in deferred_imports.GX_UNUSED if isinstance(sys.modules.get(n), deferred_imports.Deferred)],
    }))
    """
)


def test_a_nights_gate_never_touches_the_modules_gx_imports_unused(tmp_path):
    """A night with the gate in this process (finalize, every table's suite, Data Docs): scipy.stats and altair were
    deferred at GX's import and only the run's own report (report/charts.py, after the gate) touches altair, so their
    import is saved in the gate process, not moved later. Fails without the deferral (nothing deferred)."""
    env = {**os.environ, "NEWSETL_GATE_PROCESS": "false", "GX_ANALYTICS_ENABLED": "false"}
    cmd = [sys.executable, "-c", NIGHT, str(SAMPLES / "2026-11-20"), str(tmp_path / "lake"), env["NEWSETL_CACHE_DIR"]]
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    got = json.loads(r.stdout.strip().splitlines()[-1])
    assert got["gx"] and got["evaluated"] > 0
    assert got["touched"] == [["altair", "newsetl.report.charts"]]
    assert got["stand_ins"] == ["scipy.stats"]  # never run in the whole night
