"""Build the bundled sample landing zone (samples/landing/2026-11-20/) from the project's own labelled
documents (eval/split), in every input shape the pipeline accepts plus deliberately bad inputs.

Deterministic: archives carry fixed timestamps, so re-running yields identical bytes. Run:
    python samples/build_samples.py
"""

from __future__ import annotations

import gzip
import io
import json
import shutil
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "eval" / "split"
OUT = ROOT / "samples" / "landing" / "2026-11-20"
MTIME = 1_763_596_800  # 2025-11-20T00:00:00Z
ZDATE = (2025, 11, 20, 0, 0, 0)


def docs() -> list[tuple[str, bytes, dict]]:
    out = []
    for g in sorted(GOLD.glob("*.gold.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        raw = g.with_name(g.name.replace(".gold.json", ".txt")).read_bytes()
        out.append((gold["id"], raw, gold))
    return out


def tar_bytes(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tf:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(data), MTIME, 0o644
            tf.addfile(info, io.BytesIO(data))
    gz = io.BytesIO()
    with gzip.GzipFile(fileobj=gz, mode="wb", mtime=MTIME) as g:
        g.write(buf.getvalue())
    return gz.getvalue()


def zip_bytes(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(zipfile.ZipInfo(name, ZDATE), data)
    return buf.getvalue()


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    (OUT / "site_a").mkdir(parents=True)
    all_docs = docs()
    plain, rest = all_docs[:10], all_docs[10:]
    # 1. plain .txt dumps, as delivered (various encodings / line endings)
    for did, raw, _ in plain:
        (OUT / "site_a" / f"{did}.txt").write_bytes(raw)
    # 2. JSONL: raw dumps to split ('text') and pre-split records ('body' + 'comments')
    lines = []
    for i, (did, raw, gold) in enumerate(rest[:8]):
        rec = {
            "id": f"feed-{i:03d}",
            "url": f"https://news.example.org/{did}",
            "published_at": f"2026-11-{10 + i:02d}T08:30:00Z",
            "title": gold["title"],
        }
        if i % 2 == 0:
            from_text = raw.decode(gold["encoding"]).replace("\r\n", "\n")
            rec["text"] = from_text
        else:
            rec["body"] = gold["body"]
            rec["comments"] = [{"author": c["author"], "text": "\n\n".join(c["text"])} for c in gold["comments"]]
        lines.append(json.dumps(rec, ensure_ascii=False))
    lines.insert(3, '{"id": "broken-1", "title": "Truncated record", "text": "The line ends before the')
    lines.insert(5, '["not", "an", "object"]')
    lines.insert(6, json.dumps({"id": "no-text", "title": "A record without any text"}))
    (OUT / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # 3. archives: .tar.gz with a nested .jsonl, .zip (with an unsafe member), single-file .gz
    tar_members = [(f"dumps/{did}.txt", raw) for did, raw, _ in rest[8:13]]
    nested = [
        json.dumps({"id": f"nested-{i}", "title": g["title"], "text": r.decode(g["encoding"])}, ensure_ascii=False)
        for i, (_, r, g) in enumerate(rest[13:16])
    ]
    tar_members.append(("dumps/nested.jsonl", ("\n".join(nested) + "\n").encode("utf-8")))
    (OUT / "night_batch.tar.gz").write_bytes(tar_bytes(tar_members))
    zip_members = [(f"{did}.txt", raw) for did, raw, _ in rest[16:21]]
    zip_members.append(("../../etc/evil.txt", b"An archive member trying to escape the landing folder.\n"))
    zip_members.append(("notes/readme.pdf", b"%PDF-1.4 not a dump"))
    (OUT / "partner_feed.zip").write_bytes(zip_bytes(zip_members))
    did, raw, _ = rest[21]
    with gzip.GzipFile(OUT / f"{did}.txt.gz", mode="wb", mtime=MTIME) as g:
        g.write(raw)
    # 4. a duplicate: the first dump delivered again under another name
    (OUT / "site_a" / "resent_copy.txt").write_bytes(plain[0][1])
    # 5. bad inputs: empty, binary, corrupt archive, undecodable
    (OUT / "empty.txt").write_bytes(b"")
    (OUT / "scan.txt").write_bytes(bytes(range(256)) * 8)
    (OUT / "truncated.zip").write_bytes(zip_bytes([("x.txt", b"hello " * 200)])[:120])
    print(f"wrote {sum(1 for _ in OUT.rglob('*') if _.is_file())} files to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
