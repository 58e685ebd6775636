"""Generate the multi-format split set (eval/split_multi/{train,dev,test}) from the team's own texts.

Articles come from the team's event sets (eval/events*), comments from the team's split sets. Each document
is rendered in one outlet/platform layout (wire copy, WordPress, Disqus, Facebook plugin, Slashdot-style
threads, forums, numbered comments, the seed outlet's own layout) with the chrome such pages carry, and at
least half of the documents have no comments at all. Every non-blank line carries a gold label:

  title, meta (caption, byline, dateline, "Updated ..."), body, chrome (share/related/newsletter/ads),
  author (comment header), cstart (first line of a comment without a header), ctext, cmeta (comment-section
  heading, Reply/Like/votes, "Load more comments", "in reply to", timestamps on their own line)

Honest splits: articles are assigned to train/dev/test by a hash of their id; train/dev comments come from
eval/split and eval/split_dev, test comments only from eval/split_heldout (never used for training), and the
test documents use author names and non-English comments that training never sees.

    python eval/split_multi/make_multi.py      # rewrites eval/split_multi/{train,dev,test}
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent
sys.path.insert(0, str(HERE))

from formats import FORMATS, render  # noqa: E402
from pools import FOREIGN_TEST, FOREIGN_TRAIN, NAMES_TEST, NAMES_TRAIN  # noqa: E402


def _bucket(key: str) -> str:
    h = int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) % 10
    return "train" if h < 6 else ("dev" if h < 8 else "test")


def load_articles() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {"train": [], "dev": [], "test": []}
    for f in sorted(EVAL.glob("events*/*.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        if not g.get("body"):
            continue
        out[_bucket(g["id"])].append({"id": g["id"], "title": g["title"], "body": g["body"]})
    # the seed-style split sets' articles too: eval/split -> train, split_dev -> dev, split_heldout -> test
    for d, split in (("split", "train"), ("split_dev", "dev"), ("split_heldout", "test")):
        for f in sorted((EVAL / d).glob("*.gold.json")):
            g = json.loads(f.read_text(encoding="utf-8"))
            out[split].append(
                {"id": "spl_" + g["id"], "title": g["title"], "body": [b.replace("\n", " ") for b in g["body"]]}
            )
    return out


def load_comments() -> dict[str, list[str]]:
    out: dict[str, list[list[str]]] = {"train": [], "dev": [], "test": []}
    for d in ("split", "split_dev", "split_heldout"):
        for f in sorted((EVAL / d).glob("*.gold.json")):
            g = json.loads(f.read_text(encoding="utf-8"))
            for i, c in enumerate(g["comments"]):
                paras = [p.replace("\n", " ") for p in c["text"] if p.strip()]
                if not paras:
                    continue
                split = (
                    "test"
                    if d == "split_heldout"
                    else ("dev" if _bucket(f"{g['id']}#{i}") in ("dev", "test") else "train")
                )
                out[split].append(paras)
    return out


def main() -> None:
    rng = random.Random(20261203)
    arts, comms = load_articles(), load_comments()
    for split in ("train", "dev", "test"):
        dest = HERE / split
        shutil.rmtree(dest, ignore_errors=True)
        dest.mkdir(parents=True)
        names = NAMES_TEST if split == "test" else NAMES_TRAIN
        foreign = FOREIGN_TEST if split == "test" else FOREIGN_TRAIN
        pool = comms[split]
        k = 0
        for art in arts[split]:
            for _ in range({"train": 3, "dev": 4, "test": 2}[split]):
                fmt = rng.choice(FORMATS)
                with_comments = rng.random() < 0.45
                doc = render(fmt, art, pool if with_comments else [], names, foreign, rng, blog_pool=pool)
                doc_id = f"{k:03d}_{fmt}_{art['id'][4:40]}"
                doc["id"] = doc_id
                (dest / f"{doc_id}.txt").write_text(doc.pop("raw"), encoding="utf-8")
                (dest / f"{doc_id}.gold.json").write_text(
                    json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8"
                )
                k += 1
        print(split, k, "documents")


if __name__ == "__main__":
    main()
