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
    (tmp_path / "w.txt").write_bytes("Caf\u00e9 \u201cquoted\u201d \u2013 dash\n\nBody text of the article here.".encode("cp1252"))
    bom = entries(tmp_path / "bom.txt")[0]
    assert bom.status == "loaded" and bom.doc.encoding == "utf-8-sig" and not bom.doc.text.startswith("\ufeff")
    w = entries(tmp_path / "w.txt")[0]
    assert w.doc.encoding == "cp1252" and "Café “quoted” – dash" in w.doc.text


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n \n", "empty"),
    ("bin.txt", bytes(range(256)) * 4, "binary"),
    ("ctl.txt", b"\x01\x02\x03\x04\x05\x06\x07\x08" * 50, "binary"),
    ("doc.pdf", b"%PDF-1.4", "unsupported_type"),
    ("bad.zip", b"PK\x03\x04garbage", "corrupt_archive"),
    ("bad.tar.gz", b"\x1f\x8b\x08\x00garbage", "corrupt_archive"),
    ("bad.txt.gz", b"\x1f\x8b\x08\x00\x00", "corrupt_archive"),
])
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
    assert es[-1].kind == "container" and es[-1].status == "loaded" and es[-1].member is None  # the container's row comes last
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
    data = _zip([("a.txt", DUMP.encode()), ("../escape.txt", b"x"), ("/abs.txt", b"y"), ("inner.zip", inner), ("x.csv", b"a,b")])
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
        for name, data in [("d/a.txt", DUMP.encode()), ("d/r.jsonl", (json.dumps({"title": "T", "text": DUMP}) + "\n").encode())]:
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
