"""The candidates of an event set as the rules made them before the set was read (issue 10, ev15): the training data of
the event scorer's "untouched" sets (`newsetl train events`, `eval/untouched_events/`).

On a development set the rules were tuned on, nearly every candidate is right, so a scorer learns little there; the
sets written since round 12 were each measured untouched first, and the rules of that moment (a commit of main) show the
spurious events a set nobody tuned on gets. This script runs that commit's extractor on the set's current articles and
writes each event the rules kept (its row and its scorer features, computed by *this* version's
`extract/events/scoring.py`) to `eval/untouched_events/<set>@<commit>.json`; the labels come later, from the set's gold
(`newsetl train events` matches the rows with the strict matcher).

    git -C /work/main archive COMMIT include | tar -x -C /tmp/old_COMMIT
    cp include/newsetl/extract/events/scoring.py /tmp/old_COMMIT/include/newsetl/extract/events/
    cp include/newsetl/logistic.py /tmp/old_COMMIT/include/newsetl/        (commits before 80a29bb lack it)
    PYTHONPATH=/tmp/old_COMMIT/include python scripts/untouched_candidates.py SET COMMIT

Only development sets measured untouched before a round are accepted (`ALLOWED`: sets of train_events.DEV_SETS or
NOT_FITTED of this version, written out because PYTHONPATH points at the old commit, whose lists may still call a set
blind); the blind sets never. The rules of commits
before the assembly's `Article` kept its trigger spans (`art.triggers`, read by this scoring.py) get them from the doc
(`_features_scorer`: the same list the later `Article` holds).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ALLOWED = (
    "events_blind7",
    "events_blind8",
    "events_blind9",
    "events_blind10",
    "events_blind11",
    "events_blind12",
    "events_blind13",
    "events_blind14",
    "events_blind15",
    "events_blind18",
    "events_blind19",
    "events_blind20",
    "events_blind21",
    "events_blind22",
    "events_blind23",
    "events_blind24",
    "events_blind25",
    "events_blind26",
    "events_blind27",
    "events_blind28",
    "events_blind29",
    "events_blind30",  # read since the twenty-second session; in DEV_SETS since refit30
    "events_blind31",  # read since the end of the twenty-second session; in DEV_SETS since refit30
    "events_blind32",  # read since the end of the twenty-third session; in DEV_SETS since refit30
    "events_blind33",  # read since the end of the twenty-fourth session; in DEV_SETS since refit30
    "events_blind34",  # read since the end of the twenty-fifth session; in DEV_SETS since refit30
    "events_blind35",  # read since the end of the twenty-sixth session; in DEV_SETS since refit30
    "events_blind36",  # read since the end of the twenty-sixth session; in DEV_SETS since refit30
    "events_blind37",  # read since the end of the twenty-seventh session; in DEV_SETS since refit30
    "events_blind38",  # read since the end of the twenty-seventh session; in DEV_SETS since refit30
    "events_blind39",  # in NOT_FITTED since the end of the twenty-eighth session
    "events_blind40",  # in NOT_FITTED since the end of the twenty-eighth session
    "events_blind41",  # in NOT_FITTED since the end of the twenty-ninth session
    "events_blind42",  # in NOT_FITTED since the end of the twenty-ninth session
)  # development sets measured untouched before a round (DEV_SETS or NOT_FITTED of this version)


def _features_scorer(base: type, folder: Path):
    """This version's scorer, all events kept with their features, on the `Article` of an older commit."""

    class OldArticleScorer(base):  # type: ignore[misc, valid-type]
        def apply(self, art, events, proposals=()):
            if not hasattr(art, "triggers"):  # (commits before the Article kept its trigger spans)
                art.triggers = list(art.doc.spans.get("triggers", []))
            return super().apply(art, events, proposals)

    return OldArticleScorer.features_only(folder)


def main(name: str, commit: str) -> None:
    from newsetl.config import get_settings
    from newsetl.extract.events.scoring import EventScorer
    from newsetl.extract.extractor import ArticleText, Extractor
    from newsetl.extract.rules import package_data_dir

    if name not in ALLOWED:
        raise SystemExit(f"only development sets measured untouched: {ALLOWED}")
    settings = get_settings()
    ex = Extractor(settings.spacy_model, settings.cache_dir)
    ex.nlp.get_pipe("newsetl_events").scorer = _features_scorer(EventScorer, package_data_dir())
    golds = [json.loads(f.read_text(encoding="utf-8")) for f in sorted((ROOT / "eval" / name).glob("*.json"))]
    arts = [ArticleText(g["id"], g["body"], date.fromisoformat(g["reference_date"])) for g in golds]
    docs = []
    for a, evs, _ in ex.run(arts):
        evs = [e for e in evs if not e.extras.get("proposal")]
        rows = ex.event_rows(a.article_id, evs)
        docs.append({"id": a.article_id, "rows": rows, "feats": [e.extras["features"] for e in evs]})
    out = ROOT / "eval" / "untouched_events" / f"{name}@{commit}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = (
        f"The events the rules of main at {commit} (before {name} was read) kept on {name}, with the features of "
        "this version's event scorer; written by scripts/untouched_candidates.py, read by `newsetl train events`."
    )
    payload = {"_doc": doc, "set": name, "commit": commit, "docs": docs}
    out.write_text(json.dumps(payload, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    print(f"{out}: {sum(len(d['rows']) for d in docs)} candidates")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
