"""Fuzzed landing folders: random bytes, mutated dumps, mutated JSON records, truncated and damaged archives.

`generate(folder, n_docs, seed)` writes about `n_docs` inputs (files, archive members and JSONL records)
and returns how many it wrote. `reconcile(ledger rows)` checks that the ledger accounts for everything:
one row per file, per member and per record, containers' counts equal to the rows under them.
"""

from __future__ import annotations

import gzip
import io
import json
import random
import re
import tarfile
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _bases() -> list[str]:
    return [
        p.read_text(encoding="utf-8", errors="replace")
        for p in sorted((ROOT / "samples" / "landing" / "2026-11-20" / "site_a").glob("*.txt"))
    ]


def _mutate_bytes(rnd: random.Random, b: bytes) -> bytes:
    b = bytearray(b)
    for _ in range(rnd.choice([0, 1, 2, 5, 20])):
        op = rnd.random()
        i = rnd.randrange(len(b) + 1)
        if op < 0.4 and b:
            b[min(i, len(b) - 1)] = rnd.randrange(256)
        elif op < 0.7:
            b[i:i] = bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 4)))
        elif b:
            del b[i : i + rnd.randint(1, 8)]
    if rnd.random() < 0.2:
        b = b[: rnd.randrange(len(b) + 1)]
    return bytes(b)


TOKENS = [
    '"',
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\\",
    "\\ud800",
    "\\u0000",
    "1" * 60,
    "-0.0e999",
    "null",
    "true",
    "\u2028",
    "\u0085",
    "\r",
    "\x00",
]


def _mutate_json(rnd: random.Random, line: str) -> str:
    if rnd.random() < 0.3:
        obj = json.loads(line)
        key = rnd.choice(["title", "body", "comments", "url", "id", "published_at", "text"])
        obj[key] = rnd.choice(
            [
                None,
                1,
                2**70,
                True,
                [],
                {},
                [1, "x"],
                "x" * rnd.randint(0, 50),
                "0001-01-01T00:00:00+01:00",
                "9999-12-31T23:59:59-05:00",
                {"nested": [[[]]]},
            ]
        )
        return json.dumps(obj, ensure_ascii=rnd.random() < 0.5)
    s = list(line)
    for _ in range(rnd.choice([0, 1, 1, 2, 4])):
        i = rnd.randrange(len(s) + 1)
        if rnd.random() < 0.5:
            s[i:i] = list(rnd.choice(TOKENS))
        elif s:
            del s[i : i + rnd.randint(1, 5)]
    return "".join(s)


def _record(rnd: random.Random, bases: list[str], i: int) -> str:
    paras = [p for p in rnd.choice(bases).split("\n\n") if p.strip()]
    rec = {
        "id": i,
        "title": paras[0][:120] + f" #{i}",
        "url": f"https://news.example/{i}",
        "published_at": "2026-11-19T08:00:00Z",
        "body": paras[1:4] or ["Body."],
        "comments": [{"author": "Reader", "text": p} for p in paras[4:6]],
    }
    if rnd.random() < 0.3:
        rec = {"id": str(i), "title": rec["title"], "text": "\n\n".join(paras) + f"\n\nref {i}"}
    return json.dumps(rec, ensure_ascii=rnd.random() < 0.5)


def _dump(rnd: random.Random, bases: list[str], i: int) -> bytes:
    text = rnd.choice(bases).replace("\n\n", f" (copy {i})\n\n", 1)
    enc = rnd.choice(["utf-8", "utf-8", "cp1252", "utf-16", "utf-16-le", "latin-1"])
    raw = text.encode(enc, errors="replace")
    return _mutate_bytes(rnd, raw) if rnd.random() < 0.6 else raw


def _archive(rnd: random.Random, members: list[tuple[str, bytes]]) -> tuple[str, bytes]:
    kind = rnd.choice(["zip", "tar.gz", "tar", "gz"])
    if kind == "zip":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", rnd.choice([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])) as zf:
            for n, d in members:
                zf.writestr(n, d)
        data = buf.getvalue()
    elif kind in ("tar.gz", "tar"):
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w:gz" if kind == "tar.gz" else "w") as tf:
            for n, d in members:
                ti = tarfile.TarInfo(n)
                ti.size = len(d)
                tf.addfile(ti, io.BytesIO(d))
        data = buf.getvalue()
    else:
        name, d = members[0]
        return name.rsplit("/", 1)[-1] + ".gz", _maybe_damage(rnd, gzip.compress(d))
    return kind, _maybe_damage(rnd, data)


def _maybe_damage(rnd: random.Random, data: bytes) -> bytes:
    r = rnd.random()
    if r < 0.15:
        return data[: rnd.randrange(len(data) + 1)]  # truncated
    if r < 0.3:
        return _mutate_bytes(rnd, data)  # flipped bytes
    return data


def generate(folder: Path, n_docs: int, seed: int = 11) -> int:
    """About n_docs inputs: 55% JSONL records (in files of 500), 20% dumps, 10% random files, 15% archive members."""
    rnd = random.Random(seed)
    bases = _bases()
    folder.mkdir(parents=True, exist_ok=True)
    made = 0
    n_rec, n_dump, n_rand = int(n_docs * 0.55), int(n_docs * 0.20), int(n_docs * 0.10)
    lines = []
    for i in range(n_rec):
        line = _record(rnd, bases, i)
        lines.append(_mutate_json(rnd, line) if rnd.random() < 0.5 else line)
    for k in range(0, len(lines), 500):
        data = "\n".join(lines[k : k + 500]).encode("utf-8", "surrogatepass")
        (folder / f"feed_{k // 500:03d}.jsonl").write_bytes(_mutate_bytes(rnd, data) if rnd.random() < 0.1 else data)
    made += n_rec
    for i in range(n_dump):
        (folder / f"dump_{i:05d}.txt").write_bytes(_dump(rnd, bases, i))
    made += n_dump
    for i in range(n_rand):
        ext = rnd.choice([".txt", ".txt", ".jsonl", ".zip", ".gz", ".tar.gz", ".pdf", ""])
        (folder / f"rand_{i:05d}{ext}").write_bytes(bytes(rnd.randrange(256) for _ in range(rnd.randint(0, 3000))))
    made += n_rand
    i = 0
    while made < n_docs:
        k = rnd.randint(1, 8)
        members = []
        for j in range(k):
            if rnd.random() < 0.3:
                members.append(
                    (f"m{j}.jsonl", "\n".join(_record(rnd, bases, 10**6 + i * 10 + j + q) for q in range(3)).encode())
                )
            else:
                members.append((f"d/m{j}.txt", _dump(rnd, bases, 10**6 + i * 10 + j)))
        kind, data = _archive(rnd, members)
        name = f"arch_{i:05d}.{kind}" if kind in ("zip", "tar", "tar.gz") else f"arch_{i:05d}_{kind}"
        (folder / name).write_bytes(data)
        made += k if kind in ("zip", "tar", "tar.gz") else 1
        i += 1
    return made


RECORD = re.compile(r"^(.*):(\d+)$")


def reconcile(rows: list[dict]) -> Counter:
    """Assert the ledger accounts for every input exactly once; returns the reason codes seen."""
    keys = Counter((r["source_file"], r["member"]) for r in rows)
    assert max(keys.values()) == 1, [k for k, v in keys.items() if v > 1][:5]
    by_file: dict[str, list[dict]] = {}
    for r in rows:
        by_file.setdefault(r["source_file"], []).append(r)
    for f, rs in by_file.items():
        members = {r["member"]: r for r in rs}
        assert None in members, f"no row for the file {f}"
        for r in rs:
            if r["kind"] != "container" or r["status"] != "loaded":
                continue
            m = r["member"] or ""
            if r["reason"].startswith("jsonl: "):
                n = int(r["reason"].split()[1])
                got = sum(1 for x in members if x is not None and RECORD.match(x) and RECORD.match(x).group(1) == m)
            else:
                n = int(r["reason"].split()[1])
                prefix = f"{m}!" if m else ""
                got = sum(
                    1
                    for x in members
                    if x is not None
                    and x.startswith(prefix)
                    and x != m
                    and "!" not in x[len(prefix) :]
                    and not (
                        RECORD.match(x)
                        and RECORD.match(x).group(1) in members
                        and RECORD.match(x).group(1).startswith(prefix)
                        and RECORD.match(x).group(1) != m
                    )
                )
            assert got == n, (f, m, r["reason"], got)
    return Counter((r["reason"] or r["status"]).split(":")[0] for r in rows)
