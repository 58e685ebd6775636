"""The quality gate: Great Expectations (GX Core 1.x) suites derived from schemas.py, run on every run.

Each staged part file is validated with the row-level suite of its table (columns in order, non-nulls,
allowed values, ranges, id formats); key columns of the whole night are validated for uniqueness and for
referential integrity of comments/events/mentions to articles. Expectations carry a severity in their
`meta`: a failed **critical** one blocks publishing; a failed **warning** is reported (and blocks only
with NEWSETL_FAIL_ON_WARNING=true). Results are written next to the run under `<lake>/_runs/`.

GX is imported inside functions (it costs ~3 s), never at DAG parse time.
"""

from __future__ import annotations

import logging
import os

import pandas as pd
import pyarrow as pa

from .schemas import TABLES, Table

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
    ],
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
        res = vd.run(batch_parameters={"dataframe": df})
        out = []
        for r in res.results:
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


def to_pandas(table: pa.Table) -> pd.DataFrame:
    return table.to_pandas(types_mapper=None, date_as_object=True)


def validate_staged(lake, final_dir: str, date: str) -> dict:
    """Validate every staged table of a run; returns {"success", "tables": {...}, "failures": [...]}"""
    import posixpath

    v = Validator()
    report: dict = {"tables": {}, "failures": [], "warnings": []}
    keys: dict[str, pd.DataFrame] = {}
    for name, table in TABLES.items():
        folder = posixpath.join(final_dir, name, f"ingest_date={date}")
        rows = 0
        results: list[dict] = []
        key_cols = [c.name for c in table.columns if c.unique or c.references or c.name == table.key]
        key_frames = []
        for path, part in lake.read_parts(folder, name):
            rows += part.num_rows
            if part.num_rows:
                for r in v.validate(name, to_pandas(part), lambda t=table: row_expectations(t)):
                    r["part"] = posixpath.basename(path)
                    results.append(r)
            if key_cols:
                key_frames.append(part.select(key_cols).to_pandas())
        keys[name] = pd.concat(key_frames, ignore_index=True) if key_frames else pd.DataFrame(columns=key_cols)
        report["tables"][name] = {"rows": rows, "results": results}
    # night-wide keys: uniqueness and referential integrity
    article_ids = list(keys["articles"]["article_id"]) if "article_id" in keys["articles"] else []
    for name, table in TABLES.items():
        df = keys[name]
        if df.empty:
            continue

        exps = key_expectations(table, article_ids)
        if not exps:
            continue
        res = v.validate(f"{name}_keys", df, lambda e=exps: e)
        for r in res:
            r["part"] = "night-wide keys"
        report["tables"][name]["results"].extend(res)
    for name, t in report["tables"].items():
        for r in t["results"]:
            if not r["success"]:
                item = {
                    "table": name,
                    "expectation": r["expectation"],
                    "column": r["column"],
                    "part": r.get("part"),
                    "detail": f"unexpected={r['unexpected_count']} e.g. {r['partial_unexpected_list'][:3]}"
                    if r["unexpected_count"]
                    else (r.get("observed_value") or r.get("exception") or ""),
                }
                (report["failures"] if r["severity"] == "critical" else report["warnings"]).append(item)
        t["evaluated"] = len(t["results"])
        t["failed"] = sum(1 for r in t["results"] if not r["success"])
    report["success"] = not report["failures"]
    return report
