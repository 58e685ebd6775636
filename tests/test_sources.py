"""Reading inputs: encodings, archives, JSONL, and every bad input quarantined with a specific reason."""

import gzip
import io
import json
import tarfile
import zipfile

import pytest

from newsetl import sources
from newsetl.config import get_settings

DUMP = "A Title Line\n\nThe first body paragraph reports that forces entered the town on Monday, officials said.\n\nGreat article.\n"


def entries(path):
    return list(sources.read_input(str(path), get_settings()))


def test_utf8_bom_crlf_and_cp1252(tmp_path):
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + DUMP.replace("\n", "\r\n").encode())
    (tmp_path / "w.txt").write_bytes(
        "Caf\u00e9 \u201cquoted\u201d \u2013 dash\n\nBody text of the article here.".encode("cp1252")
    )
    bom = entries(tmp_path / "bom.txt")[0]
    assert bom.status == "loaded" and bom.doc.encoding == "utf-8-sig" and not bom.doc.text.startswith("\ufeff")
    w = entries(tmp_path / "w.txt")[0]
    assert w.doc.encoding == "cp1252" and "Café “quoted” – dash" in w.doc.text


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n \n", "empty"),
        ("bin.txt", bytes(range(256)) * 4, "binary"),
        ("ctl.txt", b"\x01\x02\x03\x04\x05\x06\x07\x08" * 50, "binary"),
        ("doc.pdf", b"%PDF-1.4", "unsupported_type"),
        ("bad.zip", b"PK\x03\x04garbage", "corrupt_archive"),
        ("bad.tar.gz", b"\x1f\x8b\x08\x00garbage", "corrupt_archive"),
        ("bad.txt.gz", b"\x1f\x8b\x08\x00\x00", "corrupt_archive"),
    ],
)
def test_bad_files_are_quarantined_with_reason(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    es = entries(tmp_path / name)
    assert es[-1].status == "quarantined", es[-1]
    assert es[-1].reason.startswith(reason), es[-1].reason
    assert all(e.doc is None for e in es)


def test_jsonl_records(tmp_path):
    lines = [
        json.dumps({"id": "1", "title": "T", "text": DUMP}),
        '{"id": "2", "title": "broken',
        "[1, 2]",
        json.dumps({"id": "3", "title": "no text"}),
        "",
        json.dumps({"id": "4", "title": "Given", "body": ["Para one."], "comments": [{"author": "x", "text": "c"}]}),
        json.dumps({"id": "5", "title": "Bad date", "text": DUMP, "published_at": "yesterday-ish"}),
    ]
    (tmp_path / "f.jsonl").write_text("\n".join(lines))
    es = entries(tmp_path / "f.jsonl")
    assert (
        es[-1].kind == "container" and es[-1].status == "loaded" and es[-1].member is None
    )  # the container's row comes last
    recs = {e.member: e for e in es[:-1]}
    assert set(recs) == {":1", ":2", ":3", ":4", ":6", ":7"}  # blank line 5 is not a record
    assert recs[":1"].status == "loaded" and recs[":6"].status == "loaded"
    assert recs[":2"].reason.startswith("malformed_json")
    assert recs[":3"].reason.startswith("not_an_object")
    assert recs[":4"].reason.startswith("missing_field")
    assert recs[":7"].reason.startswith("bad_field: unparseable published_at")


def _zip(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for n, d in members:
            zf.writestr(n, d)
    return buf.getvalue()


def test_zip_with_unsafe_and_nested_members(tmp_path):
    inner = _zip([("deep.txt", DUMP.encode())])
    data = _zip(
        [("a.txt", DUMP.encode()), ("../escape.txt", b"x"), ("/abs.txt", b"y"), ("inner.zip", inner), ("x.csv", b"a,b")]
    )
    (tmp_path / "a.zip").write_bytes(data)
    es = entries(tmp_path / "a.zip")
    by = {e.member: e for e in es}
    assert by[None].kind == "container" and by[None].reason == "archive: 5 members"
    assert by["a.txt"].status == "loaded"
    assert by["../escape.txt"].reason.startswith("unsafe_path")
    assert by["/abs.txt"].reason.startswith("unsafe_path")
    assert by["inner.zip!deep.txt"].status == "loaded"
    assert by["x.csv"].reason.startswith("unsupported_type")


def test_tar_gz_with_symlink_and_jsonl(tmp_path):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for name, data in [
            ("d/a.txt", DUMP.encode()),
            ("d/r.jsonl", (json.dumps({"title": "T", "text": DUMP}) + "\n").encode()),
        ]:
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            tf.addfile(ti, io.BytesIO(data))
        link = tarfile.TarInfo("d/link")
        link.type = tarfile.SYMTYPE
        link.linkname = "/etc/passwd"
        tf.addfile(link)
    (tmp_path / "n.tar.gz").write_bytes(buf.getvalue())
    by = {e.member: e for e in entries(tmp_path / "n.tar.gz")}
    assert by["d/a.txt"].status == "loaded"
    assert by["d/r.jsonl"].kind == "container"
    assert by["d/r.jsonl:1"].status == "loaded"
    assert by["d/link"].reason.startswith("unsafe_member_type")


def test_gzip_single_file(tmp_path):
    (tmp_path / "one.txt.gz").write_bytes(gzip.compress(DUMP.encode()))
    es = entries(tmp_path / "one.txt.gz")
    assert es[-1].kind == "container" and es[0].member == "one.txt" and es[0].status == "loaded"


def test_discover_folder_glob_file_and_missing(tmp_path):
    (tmp_path / "d" / "sub").mkdir(parents=True)
    (tmp_path / "d" / "a.txt").write_text("x")
    (tmp_path / "d" / "sub" / "b.jsonl").write_text("x")
    (tmp_path / "d" / ".hidden").write_text("x")
    assert [f["path"].rsplit("/", 1)[-1] for f in sources.discover(str(tmp_path / "d"))] == ["a.txt", "b.jsonl"]
    assert len(sources.discover(str(tmp_path / "d" / "*.txt"))) == 1
    assert len(sources.discover(str(tmp_path / "d" / "a.txt"))) == 1
    with pytest.raises(FileNotFoundError, match="does not exist"):
        sources.discover(str(tmp_path / "nope"))


def test_plan_shards_is_deterministic_and_bounded():
    files = [{"path": f"f{i}", "bytes": 100} for i in range(10)]
    assert sources.plan_shards(files, 250, 64) == [["f0", "f1"], ["f2", "f3"], ["f4", "f5"], ["f6", "f7"], ["f8", "f9"]]
    assert len(sources.plan_shards(files, 1, 3)) <= 4
    assert sources.plan_shards([], 10, 3) == []


# ---------------------------------------------------------------- encodings decided with evidence
@pytest.mark.parametrize(
    "raw,encoding,text,note",
    [
        (
            "“Brigades” advance\n\nBody".encode().replace(b"advance", b"adv\xffance"),
            "utf-8",
            "“Brigades” adv\ufffdance",
            "1 invalid UTF-8 byte sequence replaced",
        ),
        (
            "“Talks” resume\n".encode() + "Le café – «bien»\n".encode("cp1252"),
            "utf-8+cp1252",
            "Le café – «bien»",
            "1 line in cp1252 repaired",
        ),
        ("Plain text in UTF-16\n\nSecond paragraph".encode("utf-16-le"), "utf-16-le", "Plain text in UTF-16", None),
        ("Plain text in UTF-16\n\nSecond paragraph".encode("utf-16-be"), "utf-16-be", "Plain text in UTF-16", None),
        ("\ufeffText with a UTF-32 mark\n".encode("utf-32-le"), "utf-32-le", "Text with a UTF-32 mark", None),
        ("Café “quoted” – dash\n".encode("cp1252"), "cp1252", "Café “quoted” – dash", None),
        (
            "Новости дня: переговоры продолжаются в столице, сообщили официальные лица.\n".encode("cp1251"),
            "cp1251",
            "Новости дня",
            "charset-normalizer",
        ),
    ],
)
def test_encodings_are_decided_with_evidence(raw, encoding, text, note):
    from newsetl.sources_decode import decode_bytes

    d = decode_bytes(raw)
    assert d.encoding == encoding and text in d.text
    assert (note in (d.note or "")) if note else d.note is None


def test_a_few_bad_bytes_never_make_a_whole_file_legacy():
    from newsetl.sources_decode import decode_bytes

    raw = ("The “brigades” advanced on Monday. " * 200).encode() + b"\x8f\x9d stray bytes"
    d = decode_bytes(raw)
    assert d.encoding.startswith("utf-8") and "“brigades”" in d.text and "‚Äú" not in d.text


def test_jsonl_lines_split_on_newline_only(tmp_path):
    recs = [
        {"title": "A\u2028B", "text": DUMP},
        {"title": "C\u0085D", "text": DUMP.replace("Monday", "Tuesday")},
        {"title": "E\u000bF\u000cG\u001cH", "text": DUMP.replace("Monday", "Friday")},
    ]
    (tmp_path / "f.jsonl").write_bytes(("\r\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\r\n").encode())
    es = entries(tmp_path / "f.jsonl")
    assert [e.member for e in es] == [":1", ":2", ":3", None] and all(e.status == "loaded" for e in es)
    assert es[0].doc.fields["title"] == "A\u2028B"


def test_tar_members_with_the_same_name_each_get_a_row(tmp_path):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        for body in (DUMP, DUMP.replace("Monday", "Sunday")):
            ti = tarfile.TarInfo("d/a.txt")
            ti.size = len(body.encode())
            tf.addfile(ti, io.BytesIO(body.encode()))
    (tmp_path / "t.tar").write_bytes(buf.getvalue())
    by = {e.member: e for e in entries(tmp_path / "t.tar")}
    assert by["d/a.txt"].status == by["d/a.txt#2"].status == "loaded" and by[None].reason == "archive: 2 members"


def test_a_zip_bomb_is_read_one_member_at_a_time_under_a_budget(tmp_path):
    """12 + 12 members of 20 MB that compress to almost nothing: each .txt member stops at its document
    limit, the total stops at the archive budget, and one member's bytes are held at a time (peak RSS
    of a fresh process, measured by VmHWM since ru_maxrss survives exec; holding all members at once would
    need > 500 MB)."""
    import subprocess
    import sys

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(12):
            zf.writestr(f"m{i}.txt", b"a" * 20_000_000)
            zf.writestr(f"m{i}.jsonl", b" " * 20_000_000)
    (tmp_path / "bomb.zip").write_bytes(buf.getvalue())
    code = f"""import json
from newsetl import sources
from newsetl.config import get_settings
rows = [(e.member, e.reason) for e in sources.read_input({str(tmp_path / "bomb.zip")!r}, get_settings(max_archive_bytes=100_000_000))]
hwm = next(int(ln.split()[1]) for ln in open("/proc/self/status") if ln.startswith("VmHWM:"))  # this process image only
print(json.dumps({{"rows": rows, "rss_mb": hwm / 1024}}))"""
    out = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    by = dict(map(tuple, out["rows"]))
    assert by["m0.txt"].startswith("too_long") and by["m0.jsonl"].startswith("empty")
    assert sum((r or "").startswith("too_large: the archive's decompressed total") for r in by.values()) >= 12
    assert by[None] == "archive: 24 members" and out["rss_mb"] < 300, out["rss_mb"]


# ---------------------------------------------------------------- links and special files
def test_links_and_special_files(tmp_path):
    import os

    land = tmp_path / "land"
    land.mkdir()
    (tmp_path / "elsewhere.txt").write_text(DUMP)
    (land / "real.txt").write_text(DUMP)
    os.symlink(tmp_path / "elsewhere.txt", land / "out.txt")
    os.symlink("real.txt", land / "in.txt")
    os.symlink("in_loop.txt", land / "in_loop.txt")
    os.mkfifo(land / "pipe.txt")
    files = sources.discover(str(land))
    assert [f["path"].rsplit("/", 1)[-1] for f in files] == ["in.txt", "in_loop.txt", "out.txt", "pipe.txt", "real.txt"]
    root = sources.input_root(str(land))
    got = {f["path"].rsplit("/", 1)[-1]: list(sources.read_input(f["path"], get_settings(), root))[-1] for f in files}
    assert got["in.txt"].status == "loaded" and got["real.txt"].status == "loaded"
    assert got["out.txt"].reason.startswith("unsafe_path") and got["in_loop.txt"].reason.startswith("symlink_loop")
    assert got["pipe.txt"].reason.startswith("not_regular_file")


# ---------------------------------------------------------------- per-document isolation
def test_one_failing_or_slow_document_costs_only_itself():
    import time
    from datetime import date

    from newsetl.extract.extractor import ArticleText
    from newsetl.isolation import extract_isolated

    class Fake:
        def run(self, arts, batch_size=64):
            for a in arts:
                if a.body[0] == "BOOM":
                    raise ValueError("boom")
                if a.body[0] == "SLOW":
                    t = time.monotonic()
                    while time.monotonic() - t < 30:  # pure Python: interruptible
                        pass
                yield a, [], []

    arts = [ArticleText(f"a_{i}", [b], date(2026, 1, 1)) for i, b in enumerate(["ok", "BOOM", "ok", "SLOW", "ok"])]
    t0 = time.monotonic()
    out = dict(extract_isolated(Fake(), arts, get_settings(max_doc_seconds=0.5), lambda a, e, m: (e, m)))
    assert time.monotonic() - t0 < 5
    assert out[0] == out[2] == out[4] == ([], [])
    assert out[1].startswith("extract_error: ValueError: boom") and out[3].startswith("too_slow")


def test_deadline_leaves_no_pending_exception():
    import time

    from newsetl.isolation import TooSlow, deadline

    with pytest.raises(TooSlow), deadline(0.05):
        while True:
            pass
    with deadline(0.05):
        time.sleep(0.01)
    time.sleep(0.2)  # a late watchdog must not fire after the block
    for _ in range(100000):
        pass


def test_non_utf8_names_travel_as_utf8_and_are_stored_losslessly(tmp_path):
    import os

    (tmp_path / os.fsdecode(b"caf\xff.txt")).write_text(DUMP)
    files = sources.discover(str(tmp_path))
    json.dumps(files).encode("utf-8")  # XCom-safe: no surrogates
    assert files[0]["path"].startswith("rawpath:") and files[0]["path"].endswith("caf%FF.txt")
    e = list(sources.read_input(files[0]["path"], get_settings()))[-1]
    row = e.ledger_row(0)
    assert (
        e.status == "loaded"
        and row["source_file"].endswith("caf\\xff.txt")
        and row["source_file_raw"].endswith(b"caf\xff.txt")
    )
