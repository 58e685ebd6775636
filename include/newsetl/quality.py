"""The quality gate: Great Expectations (GX Core 1.x) suites derived from schemas.py, run on every run.

Each staged table is validated over all its part files, in slices of at most NEWSETL_GATE_SLICE_ROWS rows and about
NEWSETL_GATE_SLICE_CELLS values of the columns its expectations read (one
Checkpoint run per slice: ONE for a table of a usual night; quality_frames.py builds the frames: only the columns
whose values an expectation reads, the others reduced to null markers) with the suite of its table: columns in
order, non-nulls, allowed values, ranges, id formats and the distribution warnings. Night-wide uniqueness of the
key columns and referential integrity of comments/events/mentions to articles run once per table (`<table>_keys`)
on the key column only. Expectations carry a severity in their `meta`: a failed **critical** one blocks publishing;
a failed **warning** is reported (and blocks only with NEWSETL_FAIL_ON_WARNING=true). Each suite runs
through its GX Checkpoint in a file-backed context (quality_docs.py), which stores the validation result
and updates the static Data Docs; the gate's own results file is written next to the run under
`<lake>/_runs/` by run.validate.

GX is imported inside functions (it costs ~3 s), never at DAG parse time.
"""

from __future__ import annotations

import logging
import os
import posixpath
import sys
from typing import Any

import pandas as pd
import pyarrow as pa

from .schemas import STAGE_FAILURE_NOTE, TABLES, Table

log = logging.getLogger(__name__)

# warnings: distribution checks whose failure deserves a look but not a blocked night
WARNINGS: dict[str, list[tuple[str, dict]]] = {
    # the share of low-confidence splits per night: at most 20% of articles below 0.8
    "articles": [
        ("ExpectColumnMeanToBeBetween", {"column": "split_confidence", "min_value": 0.6}),
        ("ExpectColumnValuesToBeBetween", {"column": "split_confidence", "min_value": 0.8, "mostly": 0.8}),
    ],
    "events": [
        ("ExpectColumnProportionOfNonNullValuesToBeBetween", {"column": "location", "min_value": 0.8}),
        ("ExpectColumnProportionOfNonNullValuesToBeBetween", {"column": "actor1", "min_value": 0.5}),
    ],
    "ingest_ledger": [
        ("ExpectColumnProportionOfNonNullValuesToBeBetween", {"column": "article_id", "min_value": 0.3}),
        # inputs that repeat articles published on another date: the count and the dates (in the
        # reasons listed) are in the warning, so dedup can never empty a night silently
        ("ExpectColumnValuesToNotMatchRegex", {"column": "reason", "regex": r"\(published on \d{4}-\d{2}-\d{2}\)"}),
        # documents kept although the splitter or the extractor failed on them (whole as body / without events)
        ("ExpectColumnValuesToNotMatchRegex", {"column": "note", "regex": STAGE_FAILURE_NOTE}),
    ],
}


def gate_verdict(lake, path: str, report: dict, fail_on_warning: bool, on_failure=None) -> dict:
    """Write a gate's report to `path` and give its verdict: QualityGateError on a failure (or a warning, with
    `fail_on_warning`; `on_failure` runs first), else the summary of a passed gate."""
    lake.write_json(path, report)
    failures = report["failures"] + (report["warnings"] if fail_on_warning else [])
    if failures:
        if on_failure is not None:
            on_failure()
        raise QualityGateError(failures, path)
    return {
        "success": True,
        "results": path,
        "warnings": len(report["warnings"]),
        "evaluated": sum(t["evaluated"] for t in report["tables"].values()),
    }


class QualityGateError(RuntimeError):
    def __init__(self, failures: list[dict], results_path: str | None):
        self.failures = failures
        self.results_path = results_path
        names = "; ".join(
            f"{f['table']}: {f['expectation']}({f.get('column') or ''}) {f.get('detail', '')}".strip()
            for f in failures[:10]
        )
        super().__init__(
            f"quality gate blocked publishing: {len(failures)} critical expectation(s) failed: {names}"
            + (f" (results: {results_path})" if results_path else "")
        )


def _gx():
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    if "great_expectations" not in sys.modules:
        from .deferred_imports import defer

        defer()  # GX's imports the gate never runs (deferred_imports.py)
    import great_expectations as gx
    import great_expectations.expectations as gxe

    return gx, gxe


def row_expectations(table: Table) -> list:
    gx, gxe = _gx()
    crit = {"severity": "critical"}
    exps = [gxe.ExpectTableColumnsToMatchOrderedList(column_list=table.names, meta=crit)]
    for c in table.columns:
        if not c.nullable:
            exps.append(gxe.ExpectColumnValuesToNotBeNull(column=c.name, meta=crit))
        if c.allowed:
            exps.append(gxe.ExpectColumnValuesToBeInSet(column=c.name, value_set=list(c.allowed), meta=crit))
        if c.min is not None or c.max is not None:
            exps.append(gxe.ExpectColumnValuesToBeBetween(column=c.name, min_value=c.min, max_value=c.max, meta=crit))
        if c.regex:
            exps.append(gxe.ExpectColumnValuesToMatchRegex(column=c.name, regex=c.regex, meta=crit))
    for name, kwargs in WARNINGS.get(table.name, []):
        exps.append(getattr(gxe, name)(**kwargs, meta={"severity": "warning"}))
    return exps


def key_expectations(table: Table, article_ids: list[str]) -> list:
    """Night-wide checks on key columns: uniqueness, and references to the night's articles."""
    gx, gxe = _gx()
    crit = {"severity": "critical"}
    out = []
    for c in table.columns:
        if c.unique:
            out.append(gxe.ExpectColumnValuesToBeUnique(column=c.name, meta=crit))
        if c.references == "articles.article_id":
            out.append(gxe.ExpectColumnValuesToBeInSet(column=c.name, value_set=article_ids, meta=crit))
    return out


class Validator:
    """One ephemeral GX context per run; suites are built once per table."""

    def __init__(self) -> None:
        gx, self.gxe = _gx()
        self.gx = gx
        self.ctx = gx.get_context(mode="ephemeral")
        try:  # no tqdm bars in task logs
            from great_expectations.data_context.types.base import ProgressBarsConfig

            self.ctx.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
        except Exception:  # pragma: no cover - cosmetic only
            pass
        self.source = self.ctx.data_sources.add_pandas("newsetl")
        self._defs: dict[str, object] = {}

    def _definition(self, key: str, expectations: list):
        if key not in self._defs:
            asset = self.source.add_dataframe_asset(name=key)
            batch_def = asset.add_batch_definition_whole_dataframe(f"{key}_batch")
            suite = self.ctx.suites.add(self.gx.ExpectationSuite(name=f"{key}_suite", expectations=expectations))
            self._defs[key] = self.ctx.validation_definitions.add(
                self.gx.ValidationDefinition(name=f"{key}_validation", data=batch_def, suite=suite)
            )
        return self._defs[key]

    def validate(self, key: str, df: pd.DataFrame, expectations_factory) -> list[dict]:
        vd = self._definition(key, expectations_factory())
        return result_rows(vd.run(batch_parameters={"dataframe": df}))


def to_pandas(table: pa.Table) -> pd.DataFrame:
    return table.to_pandas(types_mapper=None, date_as_object=True)


def result_rows(validation_result: Any) -> list[dict]:
    """The gate's flat view of a GX suite validation result."""
    out = []
    for r in validation_result.results:
        cfg = r.expectation_config
        detail = r.result or {}
        out.append(
            {
                "expectation": cfg.type,
                "column": cfg.kwargs.get("column"),
                "success": bool(r.success),
                "severity": (cfg.meta or {}).get("severity", "critical"),
                "unexpected_count": detail.get("unexpected_count"),
                "partial_unexpected_list": [str(x) for x in (detail.get("partial_unexpected_list") or [])[:5]],
                "observed_value": str(detail.get("observed_value"))[:200] if "observed_value" in detail else None,
                "exception": (r.exception_info or {}).get("exception_message")
                if isinstance(r.exception_info, dict)
                else None,
            }
        )
    return out


def uniqueness_expectations(table: Table) -> list:
    """Night-wide uniqueness of the key columns (the table's frame holds the whole night)."""
    _, gxe = _gx()
    return [
        gxe.ExpectColumnValuesToBeUnique(column=c.name, meta={"severity": "critical"})
        for c in table.columns
        if c.unique
    ]


def reference_expectation(table: Table, column: str) -> Any:
    """`column` names an article of the night: checked on the orphans (values found in no articles row)."""
    _, gxe = _gx()
    return gxe.ExpectColumnValuesToBeInSet(
        column=column,
        value_set=[],
        meta={"severity": "critical", "references": "articles.article_id"},
        description=f"every {table.name}.{column} is the article_id of an article of the night: this batch holds "
        "the values that no articles row has, so it must hold none",
    )


def prepare_gate(lake: Any, date: str, run_id: str, gx_dir: str | None = None) -> Any:
    """The night's GX project made ready before the night's data is there (the gate process does it while the shards
    run): context loaded, a fresh project created, every suite's data asset and Checkpoint stored. Pass it to
    `validate_staged(project=...)`, which then only validates."""
    from . import quality_docs
    from .config import get_settings

    settings = get_settings()
    root = quality_docs.project_root(lake, settings.gx_dir if gx_dir is None else gx_dir)
    project = quality_docs.GateProject(root, date, run_id, settings.cache_dir, settings.gx_docs_index_results)
    project.plans = _plans()
    project.prepare(_suites(project.plans))
    return project


def night_wide(expectation: Any) -> bool:
    """An expectation whose verdict is an aggregate of the whole column (a mean, a proportion of non-nulls, a
    `mostly` share): judged once over the night's column, since a slice's mean or share is not the night's."""
    from .quality_frames import NAMES_ONLY

    kind = expectation.expectation_type
    if kind in NAMES_ONLY:
        return False
    if not kind.startswith("expect_column_values_to_"):
        return True
    return (getattr(expectation, "mostly", None) or 1) < 1


def split_night_wide(expectations: list) -> tuple[list, list]:
    """(the expectations judged value by value, slice by slice; those judged on the whole night's column)"""
    return [e for e in expectations if not night_wide(e)], [e for e in expectations if night_wide(e)]


def _plans() -> dict[str, tuple[list, list, list, list]]:
    """Per table: (its row expectations, those judged slice by slice, those judged on the night's column, its key
    checks), built once per night: the prepared Checkpoints and the tables' runs (in the gate's forked children
    too) share these objects, so a run finds its suite prepared without comparing the expectations again."""
    return {table.name: _plan(table) for table in TABLES.values()}


def _plan(table: Table) -> tuple[list, list, list, list]:
    exps = row_expectations(table)
    return (exps, *split_night_wide(exps), _key_expectations(table))


def _suites(plans: dict[str, tuple[list, list, list, list]]) -> dict[str, list]:
    """Every suite the gate runs, name -> expectations: each table's rows (slice by slice), its night-wide
    aggregates (`<table>_night`, when it has some) and, when it has key columns, its keys."""
    out: dict[str, list] = {}
    for name, (_, per_slice, whole, keys) in plans.items():
        out[name] = per_slice
        if whole:
            out[f"{name}_night"] = whole
        if keys:
            out[f"{name}_keys"] = keys
    return out


def _key_expectations(table: Table) -> list:
    return uniqueness_expectations(table) + [
        reference_expectation(table, c.name) for c in table.columns if c.references == "articles.article_id"
    ]


def validate_staged(
    lake: Any,
    final_dir: str,
    date: str,
    run_id: str | None = None,
    gx_dir: str | None = None,
    isolate: bool = False,
    project: Any = None,
) -> dict:
    """Validate every staged table of a run through the night's Checkpoints (quality_docs.py): each table's row
    expectations over slices of at most `gate_slice_rows` rows (one slice, so ONE run, for a table that small),
    then its key checks once night-wide (`<table>_keys`: uniqueness and references, on the key columns only).
    Returns {"success", "tables": {...}, "failures": [...], "warnings": [...], "data_docs": index.html or None,
    "data_docs_pages": {suite: page}}.

    `run_id` (default: the staging folder's name) names the night's validation run in Data Docs; `gx_dir`
    (default: NEWSETL_GX_DIR) where the GX project lives (see quality_docs.project_root). `isolate` (the gate
    process; single-threaded callers only): each table is validated in a forked child (forked.py), so what a
    table's validation allocates is returned when the child exits and the process does not grow with the night.
    `project`: the night's project from `prepare_gate` (same lake, date and run), else one is made here."""
    from . import quality_docs
    from .config import get_settings

    settings = get_settings()
    run_id = run_id or posixpath.basename(posixpath.dirname(final_dir.rstrip("/"))) or "run"
    root = quality_docs.project_root(lake, settings.gx_dir if gx_dir is None else gx_dir)
    if project is None or (project.root, project.run_name) != (root, quality_docs.run_name(date, run_id)):
        project = quality_docs.GateProject(root, date, run_id, settings.cache_dir, settings.gx_docs_index_results)
    project.plans = project.plans or _plans()
    report: dict = {"tables": {}, "failures": [], "warnings": []}
    article_ids = pa.array([], pa.string())
    if isolate:
        project.prepare(_suites(project.plans))  # the children share its context, assets and Checkpoints
        done = _tables_in_children(project, lake, final_dir, date, settings)
    for name, table in TABLES.items():
        if isolate:
            results, rows, _ = done[name]
        else:
            results, rows, ids = _validate_table(project, lake, final_dir, date, table, article_ids, settings)
            if name == "articles":
                article_ids = ids
        report["tables"][name] = {"rows": rows, "results": results}
    outcome(report)
    project.finish()
    report["data_docs"] = project.index
    report["data_docs_pages"] = project.pages
    report["gx_project"] = root
    if project.index:
        log.warning("GX Data Docs of %s: %s", date, project.index)
    return report


def _tables_in_children(project: Any, lake: Any, final_dir: str, date: str, settings: Any) -> dict[str, tuple]:
    """Every table's `_validate_table` in a forked child of its own, two at a time on two cores (the references are
    checked against the night's article ids, read first), so what a table's validation allocates is returned when
    its child exits. What the children added to the project (pages, stored result keys) is taken over in table
    order. A child that failed, or that lost the project's Data Docs (a full disk), is run again here, where the
    failure is raised or handled as it would be without children."""
    from . import forked, quality_frames

    ids = quality_frames.article_ids(
        lake, quality_frames.part_paths(lake, quality_frames.folder(final_dir, "articles", date))
    )
    pages, results = dict(project.pages), project.results

    def child(table: Table) -> Any:
        return lambda: (
            _validate_table(project, lake, final_dir, date, table, ids, settings),
            project.root,
            project.pages,
            project.results,
        )

    tables = list(TABLES.values())
    parallel = min(2, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)
    outs = forked.in_children([child(t) for t in tables], parallel)
    done: dict[str, tuple] = {}
    for table, got in zip(tables, outs, strict=True):
        if got is forked.MISSING or got[1] != project.root:
            done[table.name] = _validate_table(project, lake, final_dir, date, table, ids, settings)
            continue
        done[table.name], _, child_pages, child_results = got
        project.adopt(
            {**project.pages, **{k: v for k, v in child_pages.items() if k not in pages}},
            project.results + child_results[len(results) :],
        )
    return done


def _validate_table(
    project: Any, lake: Any, final_dir: str, date: str, table: Table, article_ids: pa.Array, settings: Any
) -> tuple[list[dict], int, pa.Array]:
    """One table: its value-by-value expectations over slices of the night (one result per expectation: the
    slices' results merged), its aggregates (means, shares) once over the night's columns they read, then its
    night-wide key checks. The results are those of one run over the whole night, whatever the slices. Returns
    (results, rows, the night's article ids when the table is `articles`, else an empty array)."""
    from . import quality_frames

    name = table.name
    exps, per_slice, whole, key_exps = project.plans[name]  # set by prepare_gate / validate_staged
    paths = quality_frames.part_paths(lake, quality_frames.folder(final_dir, name, date))
    keys = quality_frames.KeyScan(table, article_ids)
    keep = quality_frames.kept_columns(table, exps + uniqueness_expectations(table))
    # GX's working set follows the slice's values over all its columns (a null marker is a column to it too)
    rows = min(settings.gate_slice_rows, settings.gate_slice_cells // max(1, len(table.names)))
    night_columns = list(dict.fromkeys(e.column for e in whole))
    columns: list[pa.Table] = []  # what the aggregates read (a number or a null marker per row), every slice's
    slices: list[list[dict]] = []
    start = 0
    for i, night in enumerate(quality_frames.night_slices(lake, paths, table, keep, max(1, rows), keys)):
        columns.append(night.select(night_columns).combine_chunks())
        df = quality_frames.to_frame(night)
        label, start = f"rows {start}-{start + night.num_rows - 1}", start + night.num_rows
        del night
        page = name if i == 0 else f"{name} ({label})"
        slices.append(result_rows(project.run(name, df, per_slice, page=page)))
        del df
        quality_frames.release_freed()
    aggregates: list[dict] = []
    if whole and keys.rows:
        df = quality_frames.to_frame(pa.concat_tables(columns))
        del columns
        aggregates = result_rows(project.run(f"{name}_night", df, whole))
        del df
    merged = in_suite_order([(merge_slices(slices), per_slice), (aggregates, whole)], exps)
    results = [{**r, "part": f"all {len(paths)} parts"} for r in merged]
    ids = pa.chunked_array(keys.ids, pa.string()).combine_chunks() if name == "articles" else pa.array([], pa.string())
    if key_exps and keys.rows:
        res = project.run(f"{name}_keys", keys.frame(lake, paths), key_exps)
        results += [{**r, "part": "night-wide keys"} for r in result_rows(res)]
    return results, keys.rows, ids


def merge_slices(slices: list[list[dict]]) -> list[dict]:
    """The results of one suite's runs over consecutive slices as one result per expectation, as one run over the
    whole night gives them (for expectations judged value by value): it fails where a slice fails, the unexpected
    values are counted over all slices, the first ones listed in row order."""
    out = []
    for group in zip(*slices, strict=True):
        first = group[0]
        if any((r["expectation"], r["column"]) != (first["expectation"], first["column"]) for r in group):
            raise RuntimeError(f"the gate's slices gave their results in different orders: {group}")
        counts = [r["unexpected_count"] for r in group]
        out.append(
            {
                **first,
                "success": all(r["success"] for r in group),
                "unexpected_count": None if any(c is None for c in counts) else sum(counts),
                "partial_unexpected_list": [v for r in group for v in r["partial_unexpected_list"]][:5],
                "exception": next((r["exception"] for r in group if r["exception"]), None),
            }
        )
    return out


def in_suite_order(parts: list[tuple[list[dict], list]], exps: list) -> list[dict]:
    """The results of a table's suites (`parts`: each suite's results with its expectations, a sub-list of `exps`)
    in the order GX gives them for the table's whole suite `exps` in one run: column by column (in the order the
    columns first appear in `exps`), each column's in the order of `exps`."""
    first_of: dict[Any, int] = {}
    for i, e in enumerate(exps):
        first_of.setdefault(getattr(e, "column", None), i)
    placed = []
    for results, suite in parts:
        slots: dict[tuple, list[int]] = {}
        for e in suite:
            i = next(i for i, x in enumerate(exps) if x is e)
            slots.setdefault((e.expectation_type, getattr(e, "column", None)), []).append(i)
        placed += [(slots[(r["expectation"], r["column"])].pop(0), r) for r in results]
    return [r for _, r in sorted(placed, key=lambda p: (first_of[getattr(exps[p[0]], "column", None)], p[0]))]


def outcome(report: dict) -> None:
    """Sort failed results into critical failures and warnings; counts per table; overall success.
    (Also the analytics DAG's gate over the derived tables.)"""
    for name, t in report["tables"].items():
        for r in t["results"]:
            if not r["success"]:
                item = {
                    "table": name,
                    "expectation": r["expectation"],
                    "column": r["column"],
                    **({"part": r["part"]} if "part" in r else {}),  # the gate's results name their part
                    "detail": f"unexpected={r['unexpected_count']} e.g. {r['partial_unexpected_list'][:3]}"
                    if r["unexpected_count"]
                    else (r.get("observed_value") or r.get("exception") or ""),
                }
                (report["failures"] if r["severity"] == "critical" else report["warnings"]).append(item)
        t["evaluated"] = len(t["results"])
        t["failed"] = sum(1 for r in t["results"] if not r["success"])
    report["success"] = not report["failures"]
