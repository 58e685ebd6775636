"""Modules that Great Expectations imports at its own import but the gate never uses, executed only when touched.

Importing GX (the gate process, Airflow's validate task, `quality._gx`) runs `from scipy import stats` and `import
altair` at module level (`expect_column_kl_divergence_to_be_less_than`, two KS-test metrics): ~0.8-0.9 s of the
~3.5-4.5 s of CPU the import costs on a shared host, for expectations and renderers the gate never builds. `defer`
puts each such module not yet imported into `sys.modules` unrun: `import altair as alt` and `from scipy import
stats` bind it without running it; the first read of an attribute it lacks runs the module's own loader IN PLACE
(fix61), so the object bound is the real module from then on (`alt is sys.modules["altair"]`; setattr and
`importlib.reload` act on it). `importlib.util.LazyLoader` would do the same but runs the module on any attribute
read, and the `__spec__` read of every `import altair` (Python 3.11) would run it at GX's import. Nothing else
changes: a module already imported is left alone, and a module that cannot be found is not deferred (its import
fails where it would have).
"""

from __future__ import annotations

import importlib.util
import sys
import threading
import types
from typing import Any

# imported by GX at its import, used only by expectations and renderers the gate does not build
GX_UNUSED = ("scipy.stats", "altair")

_LOCK = threading.Lock()  # `defer`'s check-and-insert of sys.modules only; no module runs under it


class Deferred(types.ModuleType):
    """A module not run yet: the first read of an attribute it lacks runs it in place (one thread runs it, under the
    module's own lock; the others wait for it, as an import of a module being initialised does)."""

    def __getattr__(self, attr: str) -> Any:
        self._real()
        return types.ModuleType.__getattribute__(self, attr)

    def _real(self) -> types.ModuleType:
        d = self.__dict__
        with d["_deferred_lock"]:
            if type(self) is Deferred:  # (the first caller runs it; a re-entry from its own run finds it running)
                spec = d["__spec__"]
                if "_deferred_path" in d:
                    d["__path__"] = d.pop("_deferred_path")
                self.__class__ = types.ModuleType  # type: ignore[assignment]  # the plain module it runs as
                spec._initializing = True
                try:
                    spec.loader.exec_module(self)
                except BaseException:
                    sys.modules.pop(spec.name, None)
                    raise
                finally:
                    spec._initializing = False
                    d.pop("_deferred_lock", None)
        return self


def defer(names: tuple[str, ...] = GX_UNUSED) -> list[str]:
    """Unrun modules for the `names` not yet imported (their parent packages are imported); returns the names
    deferred now."""
    done = []
    for name in names:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            continue
        module = importlib.util.module_from_spec(spec)
        if type(module) is not types.ModuleType:  # an extension module's own object: left to its import
            continue
        d = module.__dict__
        if "__path__" in d:  # no `__path__` until run: importing a submodule first runs the package, as it would
            d["_deferred_path"] = d.pop("__path__")
        d["_deferred_lock"] = threading.RLock()
        module.__class__ = Deferred
        with _LOCK:
            if name in sys.modules:
                continue
            sys.modules[name] = module
        parent, _, child = name.rpartition(".")
        if parent:
            setattr(sys.modules[parent], child, module)
        done.append(name)
    return done
