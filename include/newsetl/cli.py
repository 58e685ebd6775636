"""`newsetl` command line: the in-process driver of the same pipeline the Airflow DAG runs.

newsetl run --input PATH --lake PATH --date YYYY-MM-DD     the nightly job without a scheduler
newsetl eval split GOLD_DIR | newsetl eval events GOLD_DIR  quality figures on labelled sets
newsetl eval dragnet DIR | newsetl eval split-re3d DIR     splitting on real pages (../shared/realdata)
newsetl eval re3d DIR                                      mentions and actor pairs on re3d documents
newsetl train split [--root .] [--out FILE] [--closer-only] fit the splitter model from the labelled sets
newsetl train events [--root .] [--out FILE]              fit the event scorer from the extractor's development sets
newsetl train event-types [--root .] [--out FILE]         select a sub-event type model by leave-one-set-out
newsetl train places [--root .] [--out FILE]              select a ranker of the events' places by leave-one-set-out
newsetl train actors [--root .] [--out FILE] [--cache F]   fit the actor2 chooser on the READ sets (--enable: switch on)
newsetl summary --lake PATH --date YYYY-MM-DD             counts of a published date
newsetl recover --lake PATH                                heal what dead runs left (also done by every run)
newsetl report --lake PATH --date YYYY-MM-DD [--run-id R]  the nightly HTML report (offline, one file)
newsetl analytics --lake PATH --date YYYY-MM-DD           build + validate + publish the derived tables
newsetl gazetteer                                          build the cached place index
newsetl docs [--check]                                     (re)generate docs/tables.md
newsetl validation-docs --lake PATH --date YYYY-MM-DD     where the night's GX Data Docs and report are
newsetl gx-assets                                          fetch the JS/CSS Data Docs need offline (npm)
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from datetime import date
from pathlib import Path

# Every way `newsetl run` ends (README "Exit codes").
EXIT_OK = 0  # published
EXIT_INTERNAL = 1  # a bug: one line on stderr, the traceback in a file named there
EXIT_USAGE = 2  # bad arguments, or the night has no input (missing or empty path)
EXIT_QUALITY = 3  # the quality gate blocked publishing; the lake is unchanged
EXIT_BUSY = 4  # another live run holds this lake + date (or the lake's commit) past NEWSETL_LOCK_WAIT_SECONDS
EXIT_STORAGE = 5  # the lake, staging or an input folder could not be read or written (disk full, permissions)
EXIT_INTERRUPTED = 130  # Ctrl-C (SIGINT)
EXIT_TERMINATED = 143  # SIGTERM


class Terminated(BaseException):
    """SIGTERM, raised so that leases are released on the way out."""


def _one_line(exc: BaseException) -> str:
    notes = "; ".join(getattr(exc, "__notes__", []) or [])
    msg = " ".join(str(exc).split()) or type(exc).__name__
    return msg + (f" ({notes})" if notes else "")


def _save_traceback(exc: BaseException) -> str:
    import tempfile
    import traceback

    fd, path = tempfile.mkstemp(prefix="newsetl-error-", suffix=".txt")
    with os.fdopen(fd, "w") as fh:
        fh.write("".join(traceback.format_exception(exc)))
    return path


def _run(args, settings) -> int:
    """`newsetl run`: the exit code, and one line on stderr for every failure."""
    import signal

    from .locks import LakeBusy
    from .quality import QualityGateError
    from .run import format_summary, run_pipeline

    def on_term(signum, frame):
        raise Terminated()

    try:
        signal.signal(signal.SIGTERM, on_term)
    except ValueError:  # not the main thread (embedded use): leave signals alone
        pass
    try:
        summary = run_pipeline(
            args.input, args.lake or settings.lake_uri, args.date, args.run_id, settings, workers=args.workers
        )
    except QualityGateError as exc:
        print(f"newsetl: {_one_line(exc)}", file=sys.stderr)
        return EXIT_QUALITY
    except LakeBusy as exc:
        print(f"newsetl: {_one_line(exc)}", file=sys.stderr)
        return EXIT_BUSY
    except FileNotFoundError as exc:
        if exc.filename is None:  # raised with a message by discover: the night's input is missing or empty
            print(f"newsetl: {_one_line(exc)}", file=sys.stderr)
            return EXIT_USAGE
        print(f"newsetl: storage error: {_one_line(exc)}", file=sys.stderr)
        return EXIT_STORAGE
    except OSError as exc:
        print(
            f"newsetl: storage error: {_one_line(exc)}; the lake keeps one complete night per date, rerun once fixed",
            file=sys.stderr,
        )
        return EXIT_STORAGE
    except KeyboardInterrupt:
        print(
            "newsetl: interrupted; the lake keeps one complete night per date (the next run cleans up)", file=sys.stderr
        )
        return EXIT_INTERRUPTED
    except Terminated:
        print(
            "newsetl: terminated; the lake keeps one complete night per date (the next run cleans up)", file=sys.stderr
        )
        return EXIT_TERMINATED
    except Exception as exc:
        path = _save_traceback(exc)
        print(f"newsetl: internal error: {type(exc).__name__}: {_one_line(exc)} (traceback: {path})", file=sys.stderr)
        return EXIT_INTERNAL
    print(json.dumps(summary, indent=2, default=str) if args.json else format_summary(summary))
    return EXIT_OK


def _date(s: str) -> str:
    try:
        return date.fromisoformat(s).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {s!r}") from None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="newsetl", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("-v", "--verbose", action="store_true")
    sub = ap.add_subparsers(dest="cmd", required=True)

    r = sub.add_parser("run", help="run the pipeline for one date, in-process")
    r.add_argument("--input", required=True, help="folder (recursive), file, glob or fsspec URI of dumps")
    r.add_argument("--lake", help="lake root (default: NEWSETL_LAKE_URI)")
    r.add_argument("--date", type=_date, default=date.today().isoformat(), help="logical date = ingest_date partition")
    r.add_argument("--run-id", help="run id (default: cli__<timestamp>)")
    r.add_argument("--json", action="store_true", help="print the summary as JSON")
    r.add_argument(
        "--workers",
        type=int,
        default=None,
        help="processes running shards in parallel, one model load each (default: the cores available; 1 = in-process)",
    )

    e = sub.add_parser("eval", help="evaluate splitting or extraction on a labelled set")
    e.add_argument("what", choices=["split", "events", "re3d", "dragnet", "split-re3d"])
    e.add_argument("gold", help="folder of gold files")
    e.add_argument("--errors", action="store_true", help="list the mistakes")
    e.add_argument("--json", action="store_true")

    t = sub.add_parser("train", help="fit a model from labelled data")
    t.add_argument("what", choices=["split", "events", "event-types", "places", "actors"])
    t.add_argument("--root", default=".", help="project root holding eval/ (default: current folder)")
    t.add_argument(
        "--out",
        help="model file to write (default: the packaged model of `what`: split_model.json, event_scorer.json, ..., actor2_model.json)",
    )
    t.add_argument("--closer-only", action="store_true", help="split: refit closer + linked margin on the packaged CRF")
    t.add_argument("--cache", help="actors: a file caching the candidate rows (read when it exists, else written)")
    t.add_argument("--enable", action="store_true", help="actors: enable when the leave-one-set-out gains")
    t.add_argument(
        "--no-nested", action="store_true", help="events: skip the nested CV (then the scorer drops nothing)"
    )

    s = sub.add_parser("summary", help="summary of a published date")
    s.add_argument("--lake")
    s.add_argument("--date", type=_date, required=True)

    rc = sub.add_parser("recover", help="complete interrupted publishes and delete leftovers of dead runs")
    rc.add_argument("--lake")

    _derived_parsers(sub)
    gz = sub.add_parser("gazetteer", help="build (or check) the cached gazetteer index")
    gz.add_argument("--rebuild", action="store_true", help="rebuild even when a cached index exists")
    vd = sub.add_parser("validation-docs", help="print where a night's GX Data Docs and nightly report are")
    vd.add_argument("--lake")
    vd.add_argument("--date", type=_date, required=True)
    vd.add_argument("--run-id", help="default: the run that published the date, else the latest that validated it")
    sub.add_parser("gx-assets", help="fetch the JS/CSS that GX Data Docs load, so they open offline (needs npm)")
    d = sub.add_parser("docs", help="write docs/tables.md from the schemas")
    d.add_argument("--out", default="docs/tables.md")
    d.add_argument("--check", action="store_true", help="fail if the file is out of date")

    args = ap.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    from .config import get_settings

    settings = get_settings()
    code = _dispatch(args, settings)
    if argv is None and args.cmd == "run":  # the console command (never a caller that passed its own argv)
        exit_now(code)
    return code


def _dispatch(args, settings) -> int:
    handler = {
        "run": _run,
        "recover": _recover,
        "summary": _summary,
        "report": _derived_cmd,
        "analytics": _derived_cmd,
        "train": _train,
        "eval": _eval,
        "gazetteer": _gazetteer,
        "docs": _docs,
        "validation-docs": _validation_docs,
        "gx-assets": _gx_assets,
    }[args.cmd]
    try:
        return handler(args, settings)
    except BrokenPipeError:  # `newsetl eval ... | head`: the reader left; stop quietly, as `cat` does
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def exit_now(code: int) -> None:
    """End `newsetl run`'s process without the interpreter's teardown (perf19): deallocating the extractor's
    objects (spaCy's vocab, the rule matchers) one by one costs ~0.2-0.3 s of CPU after the night is published, on
    the run's serial tail. Everything a normal exit does that has an effect still runs first: the thread exit hooks
    and non-daemon threads (threading._shutdown, as the interpreter does), the atexit handlers (logging's flush,
    the regex store's save, multiprocessing's clean-up), stdout and stderr flushed; then os._exit."""
    import atexit
    import threading

    from .forked import flush_std

    shutdown = getattr(threading, "_shutdown", None)  # what the interpreter's exit runs first: the pools' exit
    if shutdown is not None:  # hooks (threading._register_atexit), then every non-daemon thread joined
        shutdown()
    else:
        for t in threading.enumerate():
            if t is not threading.current_thread() and not t.daemon:
                t.join()
    atexit._run_exitfuncs()
    flush_std()  # a stream that is None (`newsetl run ... >&-`) or closed is skipped
    os._exit(code)


def _recover(args, settings) -> int:
    from .lake import Lake
    from .run import recover

    healed = recover(Lake(args.lake or settings.lake_uri), settings)
    print(json.dumps(healed, indent=2, default=str))
    return 0


def _summary(args, settings) -> int:
    from .lake import Lake
    from .run import format_summary, last_missing_record, summarize

    lake = Lake(args.lake or settings.lake_uri)
    if args.date not in lake.published_dates("articles"):
        rec = last_missing_record(lake.uri, args.date)
        if rec:  # the night was recorded as missing/empty
            print(format_summary(rec))
        print(f"newsetl: nothing published for {args.date} in {lake.root}", file=sys.stderr)
        return 2
    print(format_summary(summarize(lake.uri, args.date, None)))
    return 0


def _derived_cmd(args, settings) -> int:
    return _derived(args, args.lake or settings.lake_uri, settings)


def _train(args, settings) -> int:
    if args.what == "places":
        for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(var, "1")
        from .train_places import train_places

        got = train_places(args.root, args.out, settings=settings)
        nest = {n: (v["rules"]["f1"], v["ranker"]["f1"], v["margin"]) for n, v in got["cv"]["nested"].items()}
        head = {k: v for k, v in got["cv"].items() if k not in ("nested", "per_set")}
        print(json.dumps({"enabled": got["enabled"], "ceiling": got["ceiling"], "cv": head, "nested": nest}, indent=1))
        return 0
    if args.what == "actors":
        from .train_actors import train_actors

        got = train_actors(args.root, args.out, settings=settings, cache=args.cache, enable=args.enable)
        print(json.dumps({k: got[k] for k in ("enabled", "margin", "C", "cv")}, indent=1))
        return 0
    if args.what == "event-types":
        from .train_event_types import train_event_types

        print(json.dumps(train_event_types(args.root, args.out, settings=settings)["cv"], indent=1))
        return 0
    if args.what == "events":
        for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ.setdefault(var, "1")  # (set before numpy loads: BLAS threads on tiny matrices only contend)
        from .train_events import train_events

        print(
            json.dumps(train_events(args.root, args.out, settings=settings, nested=not args.no_nested)["cv"], indent=2)
        )
        return 0
    from .split.train import train_closer, train_split

    if args.closer_only:
        print(json.dumps(train_closer(args.root, out=args.out), indent=2))
        return 0
    print(json.dumps(train_split(args.root, args.out), indent=2))
    return 0


def _eval(args, settings) -> int:
    if args.what in ("split", "dragnet", "split-re3d"):
        from . import eval_split

        fn = {
            "split": eval_split.eval_labelled,
            "dragnet": eval_split.eval_dragnet,
            "split-re3d": eval_split.eval_re3d,
        }[args.what]
        try:
            rep = fn(args.gold)
        except FileNotFoundError as exc:
            print(f"newsetl: {exc}", file=sys.stderr)
            return 2
        print(json.dumps(rep, indent=2, default=str) if args.json else eval_split.format_report(rep, args.errors))
        return 0
    from . import evaluate
    from .eval_events import eval_events, eval_re3d

    if not Path(args.gold).is_dir():
        print(f"newsetl: no such folder of gold files: {args.gold}", file=sys.stderr)
        return 2
    rep = (eval_re3d if args.what == "re3d" else eval_events)(args.gold, settings)
    print(json.dumps(rep, indent=2, default=str) if args.json else evaluate.format_report(rep, args.errors))
    return 0


def _gazetteer(args, settings) -> int:
    from .extract import gazetteer

    g = gazetteer.build(settings.cache_dir) if args.rebuild else gazetteer.load(settings.cache_dir)
    print(f"gazetteer: {len(g.places)} places, {len(g.index)} names -> {gazetteer._cache_file(settings.cache_dir)}")
    return 0


def _validation_docs(args, settings) -> int:
    from .quality_docs import format_pointer, night_pointer

    p = night_pointer(args.lake or settings.lake_uri, args.date, args.run_id)
    if not p:
        print(f"newsetl: no validated run of {args.date} in {args.lake or settings.lake_uri}", file=sys.stderr)
        return 2
    print(format_pointer(p))
    return 0


def _gx_assets(args, settings) -> int:
    import subprocess

    from .quality_assets import fetch

    try:
        print(f"GX Data Docs assets -> {fetch(settings.cache_dir)}")
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"newsetl: Data Docs assets not fetched ({exc}); Data Docs will load them from CDNs", file=sys.stderr)
        return 1
    return 0


def _docs(args, settings) -> int:
    from .schemas import markdown_docs

    text = markdown_docs() + "\n"
    out = Path(args.out)
    if args.check:
        if not out.exists() or out.read_text(encoding="utf-8") != text:
            print(f"newsetl: {out} is out of date: run `newsetl docs`", file=sys.stderr)
            return 1
        return 0
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}")
    return 0


def _derived_parsers(sub) -> None:
    rp = sub.add_parser("report", help="write the nightly HTML report of a date")
    rp.add_argument("--lake")
    rp.add_argument("--date", type=_date, required=True)
    rp.add_argument("--run-id", help="run whose GX outcome to show (default: the run that published the date)")
    rp.add_argument("--out", help="file to write (default: <lake>/_runs/ingest_date=D/<run>/report.html)")
    an = sub.add_parser(
        "analytics", help="build the derived tables (events_daily, actor_dyads, article_stats) of a date"
    )
    an.add_argument("--lake")
    an.add_argument("--date", type=_date, required=True)
    an.add_argument("--run-id")


def _derived(args, lake_uri: str, settings) -> int:
    """`newsetl report` and `newsetl analytics`."""
    from .lake import Lake

    if args.date not in Lake(lake_uri).published_dates("articles"):
        print(f"newsetl: nothing published for {args.date} in {lake_uri}", file=sys.stderr)
        return 2
    if args.cmd == "report":
        from .report import build_report

        print(build_report(lake_uri, args.date, args.run_id, args.out))
        return 0
    from .analytics import run_analytics
    from .quality import QualityGateError

    try:
        out = run_analytics(lake_uri, args.date, args.run_id, settings.fail_on_warning)
    except QualityGateError as exc:
        print(f"newsetl: {exc}", file=sys.stderr)
        return 3
    print(json.dumps(out, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
