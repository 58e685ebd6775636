"""The GX project of the quality gate: a file-backed Data Context with the suites, one Checkpoint per table,
the stored validation results and the static Data Docs site.

Where: `<lake>/_runs/gx/` for a local lake, NEWSETL_GX_DIR when set (any lake). A lake on object storage
without NEWSETL_GX_DIR validates in an ephemeral context: the same verdict, nothing stored, no Data Docs.

    <root>/gx/great_expectations.yml             the context (pandas data source `newsetl`, one asset per table)
    <root>/gx/expectations/<suite>.json          suites, rewritten from code (schemas.py) by every run
    <root>/gx/checkpoints/news_ingest.<suite>.json   one Checkpoint per suite, run once per night
    <root>/gx/uncommitted/validations/...        validation results (GX stores every run's result)
    <root>/gx/uncommitted/data_docs/local_site/index.html   Data Docs (built once per night, after its suites)

The run name of a night's validations is `<date>_<run id>`, so the Data Docs index lists every night and run.
Two nights may validate at once (Airflow runs dates in parallel): every use of the context (load, suite
update, checkpoint run, Data Docs build) happens under an exclusive flock on `<root>/.lock`, one table at a
time, so a second night waits at most for one table's validation.
"""

from __future__ import annotations

import copy
import json
import logging
import os
import posixpath
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pandas as pd

from .lake import Lake, safe_run_id

log = logging.getLogger(__name__)
SITE = "local_site"
DATASOURCE = "newsetl"


def project_root(lake: Lake, gx_dir: str = "") -> str | None:
    """The folder of the GX project for this lake (None: ephemeral, no Data Docs)."""
    if gx_dir:
        return os.path.abspath(os.path.expanduser(gx_dir))
    if lake.local:
        return os.path.join(lake.root, "_runs", "gx")
    return None


def docs_index(root: str) -> str:
    return os.path.join(root, "gx", "uncommitted", "data_docs", SITE, "index.html")


def run_name(date: str, run_id: str) -> str:
    return f"{date}_{safe_run_id(run_id)}"


@contextmanager
def locked(root: str, shared: bool = False) -> Iterator[None]:
    """Exclusive use of the GX project by this process (released on exit, also when the process dies); `shared`:
    for a step that writes only files of its own (a stored suite's validation result), which may run beside other
    such steps but not beside one that changes what they share (suites, Checkpoints, the config, Data Docs)."""
    import fcntl

    os.makedirs(root, exist_ok=True)
    fd = os.open(os.path.join(root, ".lock"), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH if shared else fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _site_config(index_limit: int) -> dict:
    return {
        SITE: {
            "class_name": "SiteBuilder",
            "show_how_to_buttons": False,
            "store_backend": {
                "class_name": "TupleFilesystemStoreBackend",
                "base_directory": "uncommitted/data_docs/local_site/",
            },
            # the index loads every listed result at each build (once per suite and night): keep it bounded
            "site_index_builder": {
                "class_name": "DefaultSiteIndexBuilder",
                **({"validation_results_limit": index_limit} if index_limit > 0 else {}),
            },
        }
    }


def _configure(ctx: Any, index_limit: int) -> None:
    """Data Docs site and quiet progress bars, saved in great_expectations.yml once."""
    from great_expectations.data_context.types.base import ProgressBarsConfig

    want = _site_config(index_limit)
    pb = ProgressBarsConfig(globally=False, metric_calculations=False)
    if ctx.variables.data_docs_sites != want or ctx.variables.progress_bars != pb:
        ctx.variables.data_docs_sites = want
        ctx.variables.progress_bars = pb
        if hasattr(ctx.variables, "save"):
            ctx.variables.save()


def _asset(ctx: Any, name: str) -> Any:
    try:
        src = ctx.data_sources.get(DATASOURCE)
    except (KeyError, LookupError, ValueError):
        src = ctx.data_sources.add_pandas(DATASOURCE)
    try:
        return src.get_asset(name).get_batch_definition("night")
    except (KeyError, LookupError):
        pass
    try:
        asset = src.get_asset(name)
    except (KeyError, LookupError):
        asset = src.add_dataframe_asset(name=name)
    return asset.add_batch_definition_whole_dataframe("night")


def checkpoint(ctx: Any, suite_name: str, expectations: list[Any], docs: bool) -> Any:
    """The suite (from code), its validation definition and its Checkpoint, added or updated; the stored ones when
    they are already exactly these (every night after the first: `add_or_update` compared and rewrote all three,
    ~0.05 s per suite, a quarter of the gate on a 2k night)."""
    import great_expectations as gx
    from great_expectations.checkpoint import UpdateDataDocsAction, ValidationAction

    stored = _stored_checkpoint(ctx, suite_name, expectations, docs)
    if stored is not None:
        return stored
    fresh = [copy.copy(e) for e in expectations]  # an expectation belongs to one suite object
    # stored once, by the Checkpoint's add_or_update, which adds or updates its validation definition and that
    # one's suite in turn (storing the suite and the definition first had GX compare and write each 2-3 times)
    suite = gx.ExpectationSuite(name=suite_name, expectations=fresh)
    vd = gx.ValidationDefinition(name=suite_name, data=_asset(ctx, suite_name), suite=suite)
    actions: list[ValidationAction] = [UpdateDataDocsAction(name="update_data_docs", site_names=[SITE])] if docs else []
    return ctx.checkpoints.add_or_update(
        gx.Checkpoint(
            name=f"news_ingest.{suite_name}", validation_definitions=[vd], actions=actions, result_format="SUMMARY"
        )
    )


def _spec(expectations: list[Any]) -> str:
    """What defines a suite's expectations (type, kwargs, meta), without the ids a store gives them."""
    out = []
    for e in expectations:
        d = e.configuration.to_json_dict()
        d.pop("id", None)
        out.append(d)
    return json.dumps(out, sort_keys=True, default=str)


def _stored_checkpoint(ctx: Any, suite_name: str, expectations: list[Any], docs: bool) -> Any:
    """The stored Checkpoint of `suite_name` when it, its validation definition, data asset and suite are what
    `checkpoint` would store now (same expectations, actions and result format); else None."""
    try:
        cp = ctx.checkpoints.get(f"news_ingest.{suite_name}")
        (vd,) = cp.validation_definitions
        asset = vd.data.data_asset
        actions = [(type(a).__name__, list(getattr(a, "site_names", None) or [])) for a in cp.actions]
        same = (
            vd.name == suite_name
            and vd.suite.name == suite_name
            and vd.data.name == "night"
            and asset.name == suite_name
            and asset.datasource.name == DATASOURCE
            and actions == ([("UpdateDataDocsAction", [SITE])] if docs else [])
            and str(getattr(cp.result_format, "value", cp.result_format)) == "SUMMARY"
            and _spec(vd.suite.expectations) == _spec(expectations)
        )
    except Exception:  # noqa: BLE001 - not stored yet, or not as we store it: add or update it
        return None
    return cp if same else None


class GateProject:
    """Runs the gate's suites of one night through Checkpoints (file-backed when `root` is set)."""

    def __init__(self, root: str | None, date: str, run_id: str, cache_dir: str | None = None, index_limit: int = 400):
        from .quality import _gx

        self.gx, _ = _gx()
        _no_fingerprint()
        self.root = root
        self.cache_dir = cache_dir
        self.index_limit = index_limit
        self._fresh = bool(root) and not os.path.exists(os.path.join(root or "", "gx", "great_expectations.yml"))
        self.run_name = run_name(date, run_id)
        self.pages: dict[str, str] = {}
        self.plans: dict[str, tuple] = {}  # the gate's expectations per table (quality._plans), built once per night
        self._ctx: Any = None
        self._results: list[tuple[Any, str]] = []  # (validation result key, suite) of this night, for the docs
        self._checkpoints: dict[str, tuple[list[Any], Any]] = {}  # suite -> (its expectations, its Checkpoint)
        self._ephemeral = None if root else self.gx.get_context(mode="ephemeral")
        if self._ephemeral is not None:
            _quiet(self._ephemeral)

    @property
    def index(self) -> str | None:
        """The Data Docs index, once a Checkpoint of this project has built it."""
        return docs_index(self.root) if self.root and os.path.exists(docs_index(self.root)) else None

    @property
    def results(self) -> list[tuple[Any, str]]:
        """(validation result key, suite) of the night's Checkpoint runs so far."""
        return list(self._results)

    def prepare(self, suites: dict[str, list[Any]]) -> None:
        """Make the project ready for `suites` (name -> expectations) before any night's data is there: load the
        file-backed context (a fresh project is created), add the data assets the project lacks and store each
        suite's Checkpoint. The gate process does it while the shards run; `validate_staged(isolate=True)` does it
        before forking the children that run the suites: the assets live in the project's one config file, which
        GX writes whole from its in-memory config, so a child adding its own asset would drop its siblings'."""
        if self.root is None:
            return
        try:
            with locked(self.root):
                ctx = self._context()
                for name, expectations in suites.items():
                    _asset(ctx, name)
                    self._checkpoint(ctx, name, expectations, docs=True)
        except Exception as exc:
            if not _disk_full(exc):
                raise
            self._without_docs(exc)

    def adopt(self, pages: dict[str, str], results: list[tuple[Any, str]]) -> None:
        """Take over the pages and stored results of runs made in a forked child of this process (which started
        from this project's state: its lists are this project's plus its own)."""
        self.pages, self._results = dict(pages), list(results)

    def _checkpoint(self, ctx: Any, suite_name: str, expectations: list[Any], docs: bool) -> Any:
        """The suite's Checkpoint, added or updated once per suite and night: the slices of one table, and a suite
        prepared before the night came, run again without storing or even comparing it with the store again."""
        if not self._prepared(suite_name, expectations):
            self._checkpoints[suite_name] = (expectations, checkpoint(ctx, suite_name, expectations, docs))
        return self._checkpoints[suite_name][1]

    def _prepared(self, suite_name: str, expectations: list[Any]) -> bool:
        """Whether this night already stored `suite_name`'s Checkpoint with these expectations."""
        cached = self._checkpoints.get(suite_name)
        return cached is not None and (cached[0] is expectations or _spec(cached[0]) == _spec(expectations))

    def run(self, suite_name: str, df: pd.DataFrame, expectations: list[Any], page: str | None = None) -> Any:
        """One Checkpoint run (validation + stored result); returns the suite validation result. The Data Docs
        pages of the night's results are built once, by `finish`."""
        from great_expectations.core.run_identifier import RunIdentifier

        rid = RunIdentifier(run_name=self.run_name)
        if self.root is None:
            cp = self._checkpoint(self._ephemeral, suite_name, expectations, docs=False)
            return next(iter(cp.run(batch_parameters={"dataframe": df}, run_id=rid).run_results.values()))
        try:
            with locked(
                self.root, shared=self._prepared(suite_name, expectations)
            ):  # a prepared suite: only its own result file is written
                cp = self._checkpoint(self._context(), suite_name, expectations, docs=True)
                res = run_deferring_docs(cp, df, rid)
                key, result = next(iter(res.run_results.items()))
                self.pages[page or suite_name] = self._page(key)
                self._results.append((key, suite_name))
        except Exception as exc:
            if not _disk_full(exc):
                raise
            self._without_docs(exc)
            return self.run(suite_name, df, expectations, page)
        return result

    def _context(self) -> Any:
        """The file-backed context, loaded once per night (loading it parses its YAML hundreds of times: ~0.2 s
        per load). Every night writes the same suites and checkpoints from code, so what another night changes
        meanwhile (its own results and pages) is nothing this context holds in memory."""
        if self._ctx is None:
            self._ctx = self.gx.get_context(mode="file", project_root_dir=self.root)
            _configure(self._ctx, self.index_limit)
        return self._ctx

    def finish(self) -> None:
        """Build the Data Docs pages of this night's results, and the index, once for all the night's suites (one
        site build per suite rebuilt the index and recompiled GX's page templates each time)."""
        if self.root is None or not self._results:
            return
        from great_expectations.data_context.types.resource_identifiers import ExpectationSuiteIdentifier

        ids: list[Any] = [key for key, _ in self._results]
        ids += [ExpectationSuiteIdentifier(name=name) for name in dict.fromkeys(n for _, n in self._results)]
        try:
            with locked(self.root):
                self._context().build_data_docs(site_names=[SITE], resource_identifiers=ids, build_index=True)
                self._offline(list(dict.fromkeys(n for _, n in self._results)))
        except Exception as exc:  # the verdict stands; only the pages are missing
            if not _disk_full(exc):
                raise
            self._without_docs(exc)  # as a full disk during a suite's run: a project just created is removed

    def _without_docs(self, exc: BaseException) -> None:
        """A full disk under the GX project: the night is judged the same, in an ephemeral context, without
        Data Docs; a project this run had just created is removed (it is what filled the disk)."""
        import shutil

        log.warning("GX project %s: disk full (%s); this night is validated without Data Docs", self.root, exc)
        if self._fresh and self.root:
            shutil.rmtree(self.root, ignore_errors=True)
        self.root, self.pages, self._ctx, self._results, self._checkpoints = None, {}, None, [], {}
        self._ephemeral = self.gx.get_context(mode="ephemeral")
        _quiet(self._ephemeral)

    def _offline(self, suites: list[str]) -> None:
        """Point the pages this run built at local copies of their JS/CSS (quality_assets.py)."""
        if not self.cache_dir or not self.root:
            return
        from . import quality_assets

        site = os.path.dirname(docs_index(self.root))
        pages = [docs_index(self.root), *self.pages.values()]
        pages += [os.path.join(site, "expectations", f"{suite}.html") for suite in suites]
        quality_assets.offline_pages(site, pages, self.cache_dir)

    def _page(self, key: Any) -> str:
        """The Data Docs page of one validation result (GX's own layout of the site)."""
        parts = key.to_tuple()  # (suite, run_name, run_time, batch_id)
        return os.path.join(
            os.path.dirname(docs_index(self.root or "")), "validations", *parts[:-1], f"{parts[-1]}.html"
        )


def run_deferring_docs(cp: Any, df: pd.DataFrame, run_id: Any) -> Any:
    """Run a stored Checkpoint's validation (result stored) without its actions: the gate builds the night's Data
    Docs once for all its suites (GateProject.finish) instead of once per suite. The stored Checkpoint keeps its
    UpdateDataDocsAction for anyone who runs it by hand. The steps are Checkpoint.run's own, minus the actions
    and its freshness check (`cp` was just added or updated by `checkpoint`; GX is pinned); a GX without these
    steps runs it whole."""
    from great_expectations.core.suite_parameters import SuiteParameterDict

    steps = ("_prepare_checkpoint_run_for_context", "_run_validation_definitions", "_construct_result")
    params = {"dataframe": df}
    if not all(hasattr(cp, s) for s in steps) or not cp.validation_definitions:
        return cp.run(batch_parameters=params, run_id=run_id)
    suite_params: Any = SuiteParameterDict()
    cp._prepare_checkpoint_run_for_context(params, suite_params)
    results = cp._run_validation_definitions(
        batch_parameters=params, expectation_parameters=suite_params, result_format=cp.result_format, run_id=run_id
    )
    return cp._construct_result(run_id=run_id, run_results=results)


def _no_fingerprint() -> None:
    """GX marks an in-memory pandas batch under 1 GB with an md5 "fingerprint" of all its values, hashed
    through Python objects: on a night's Arrow-backed frame that alone cost ~0.5 GB and 4 s per suite run
    (1.9M mentions), for a marker nothing reads. GX skips it above HASH_THRESHOLD; the gate sets it to 0."""
    from great_expectations.execution_engine import pandas_execution_engine

    pandas_execution_engine.HASH_THRESHOLD = 0


def _disk_full(exc: BaseException | None) -> bool:
    """ENOSPC anywhere in the exception's chain (GX wraps store errors)."""
    import errno

    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


def _quiet(ctx: Any) -> None:
    try:  # no tqdm bars in task logs
        from great_expectations.data_context.types.base import ProgressBarsConfig

        ctx.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    except Exception:  # pragma: no cover - cosmetic only
        pass


def pointer(lake: Lake, validation_json: str | None) -> dict:
    """Data Docs index and pages recorded by a run's validation.json ({} when none)."""
    if not validation_json or not lake.fs.exists(validation_json):
        return {}
    rep = lake.read_json(validation_json)
    return {k: rep[k] for k in ("data_docs", "data_docs_pages") if rep.get(k)}


def posix_rel(target: str, start_dir: str) -> str:
    return os.path.relpath(target, start_dir).replace(os.sep, posixpath.sep)


def night_pointer(lake_uri: str, date: str, run_id: str | None = None) -> dict:
    """Where to look at a night: its Data Docs (index and the pages of its validations) and its nightly
    report, for `run_id` (default: the run that published the date, else the latest run that validated it)."""
    from .report import report_path
    from .report.data import published_run

    lake = Lake(lake_uri)
    if not run_id:
        run_id = published_run(lake, date)
    if not run_id:
        found = lake.fs.glob(posixpath.join(lake.path("_runs", f"ingest_date={date}"), "*", "validation.json"))
        key = os.path.getmtime if lake.local else str
        run_id = posixpath.basename(posixpath.dirname(max(found, key=key))) if found else None
    if not run_id:
        return {}
    out: dict = {"ingest_date": date, "run_id": run_id}
    out.update(pointer(lake, posixpath.join(lake.runs(date, run_id), "validation.json")))
    report = report_path(lake_uri, date, run_id)
    if lake.fs.exists(report):
        out["report"] = report
    return out


def format_pointer(p: dict) -> str:
    lines = [f"night {p['ingest_date']}, run {p['run_id']}"]
    if p.get("data_docs"):
        lines.append(f"  GX Data Docs: {p['data_docs']}")
        lines.append(f"                {'file://' + p['data_docs'] if p['data_docs'].startswith('/') else ''}")
        for suite, page in sorted((p.get("data_docs_pages") or {}).items()):
            lines.append(f"    {suite:<28} {page}")
    else:
        lines.append("  no GX Data Docs recorded (a lake on object storage needs NEWSETL_GX_DIR)")
    if p.get("report"):
        lines.append(f"  nightly report: {p['report']}")
    return "\n".join(line.rstrip() for line in lines)
