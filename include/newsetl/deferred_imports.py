"""Modules that Great Expectations imports at its own import but the gate never uses, executed only when touched.

Importing GX (the gate process, Airflow's validate task, `quality._gx`) runs `from scipy import stats` and `import
altair` at module level (`expect_column_kl_divergence_to_be_less_than`, two KS-test metrics): ~0.8-0.9 s of the
~3.5-4.5 s of CPU the import costs on a shared host, for expectations and renderers the gate never builds. `defer`
puts a stand-in module in `sys.modules` for each such module not yet imported: `import altair as alt` and `from scipy
import stats` bind the stand-in without running the module; the first attribute read on it imports the real module
(then in `sys.modules`) and every later read is the real module's attribute, so code that does use one gets what it
would have got. Nothing else changes: a module already imported is left alone, and a module that cannot be found is
not deferred (its import fails where it would have).
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from typing import Any

# imported by GX at its import, used only by expectations and renderers the gate does not build
GX_UNUSED = ("scipy.stats", "altair")

_LOCK = threading.RLock()


class Deferred(types.ModuleType):
    """A module's stand-in: its first attribute read imports the real module and copies its namespace in."""

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._real(), attr)

    def _real(self) -> types.ModuleType:
        real = self.__dict__.get("_deferred_real")
        if real is None:
            with _LOCK:
                real = self.__dict__.get("_deferred_real")
                if real is None:
                    name = self.__dict__["__name__"]
                    if sys.modules.get(name) is self:
                        del sys.modules[name]
                    real = importlib.import_module(name)
                    self.__dict__.update(real.__dict__)
                    self.__dict__["_deferred_real"] = real
        return real


def defer(names: tuple[str, ...] = GX_UNUSED) -> list[str]:
    """Stand-ins for the modules of `names` not yet imported (their parent packages are imported); returns the
    names deferred now."""
    done = []
    with _LOCK:
        for name in names:
            if name in sys.modules:
                continue
            try:
                spec = importlib.util.find_spec(name)
            except (ImportError, ValueError):
                spec = None
            if spec is None or spec.loader is None:
                continue
            mod = Deferred(name)
            # (an import of it finds a module not initializing; no `__path__`: importing a submodule reads the
            # package's, which imports the real package first)
            mod.__spec__, mod.__file__ = spec, spec.origin
            sys.modules[name] = mod
            done.append(name)
    return done
