"""A landing folder of hostile inputs next to good dumps, with the ledger reason each must get.

`build(tmp)` returns (input folder, expected) where expected maps (relative display name, member) to the
reason code the ledger row must start with, or to 'loaded' / 'duplicate'. Limits are set small by
`SETTINGS` so every limit is reached cheaply.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import shutil
import socket
import struct
import tarfile
import warnings
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOOD_DIR = ROOT / "samples" / "landing" / "2026-11-20" / "site_a"
SETTINGS = {  # NEWSETL_* environment for the run
    "NEWSETL_MAX_DOC_CHARS": "200000",
    "NEWSETL_MAX_DOC_PARAGRAPHS": "300",
    "NEWSETL_MAX_FILE_BYTES": "3000000",
    "NEWSETL_MAX_ARCHIVE_BYTES": "1500000",
    "NEWSETL_MAX_ARCHIVE_MEMBERS": "40",
    "NEWSETL_SPACY_MODEL": "blank",
}
DUMP = (
    "Militants stormed a village near Gao\n\nGunmen attacked the village of Tessit in the Gao region on Monday, "
    "killing four civilians and burning shops, local officials said.\n\nThe army said it sent reinforcements to the "
    "area on Tuesday.\n\nThis is terrible news.\n"
)


def good_record(i: int, **extra) -> dict:
    rec = {
        "id": f"g{i}",
        "title": f"Clashes reported near Kidal, report {i}",
        "published_at": "2026-11-19T08:00:00Z",
        "body": [
            f"Fighting broke out near Kidal on Sunday between the army and rebels, residents said (report {i}).",
            "At least two soldiers were wounded, according to a military source.",
        ],
        "comments": [{"author": "Amadou", "text": "Peace is needed."}],
    }
    rec.update(extra)
    return rec


def _zip(members, compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buf, "w", compression) as zf:
        warnings.simplefilter("ignore")  # duplicate member names are one of the hostile kinds
        for m in members:
            if isinstance(m, zipfile.ZipInfo):
                zf.writestr(m, b"")
            else:
                zf.writestr(m[0], m[1])
    return buf.getvalue()


def _tar(members, mode="w:gz", **kw) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode, **kw) as tf:
        for name, data, typ in members:
            ti = tarfile.TarInfo(name)
            if typ == "file":
                ti.size = len(data)
                tf.addfile(ti, io.BytesIO(data))
            else:
                ti.type = typ
                if typ == tarfile.SYMTYPE:
                    ti.linkname = "/etc/passwd"
                tf.addfile(ti)
    return buf.getvalue()


def _set_zip_flag(data: bytes, name: bytes, bit: int) -> bytes:
    """Set a general-purpose flag bit of one member in the central directory (e.g. 'encrypted')."""
    b = bytearray(data)
    i = 0
    while True:
        i = b.find(b"PK\x01\x02", i)
        if i < 0:
            return bytes(b)
        n = struct.unpack("<H", b[i + 28 : i + 30])[0]
        if bytes(b[i + 46 : i + 46 + n]) == name:
            flags = struct.unpack("<H", b[i + 8 : i + 10])[0] | bit
            b[i + 8 : i + 10] = struct.pack("<H", flags)
        i += 4


class _Landing:
    """The landing folder being built and the reason each input must get."""

    def __init__(self, land: Path) -> None:
        self.land = land
        self.exp: dict[tuple[str, str | None], str] = {}

    def put(self, name: str, data: bytes, reason: str) -> None:
        (self.land / name).parent.mkdir(parents=True, exist_ok=True)
        (self.land / name).write_bytes(data)
        self.exp[(name, None)] = reason


def build(tmp: Path) -> tuple[Path, dict]:
    land = tmp / "landing" / "2026-11-20"
    outside = tmp / "outside"
    (land / "good").mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.txt").write_text(
        "Secret outside title\n\nThis file lives outside the landing folder and must never be read.\n"
    )
    lg = _Landing(land)
    _good_dumps(lg)
    _files(lg, random.Random(8))
    _links_and_special_files(lg, outside)
    _names_and_encodings(lg)
    _limits(lg)
    _jsonl_records(lg)
    _zips(lg)
    _tars_and_gzips(lg)
    return land, lg.exp


def _good_dumps(lg: _Landing) -> None:
    """The sample dumps, one of them a re-sent copy."""
    for f in sorted(GOOD_DIR.glob("*.txt")):
        shutil.copy(f, lg.land / "good" / f.name)
        lg.exp[(f"good/{f.name}", None)] = "duplicate" if f.name == "resent_copy.txt" else "loaded"


def _files(lg: _Landing, rnd: random.Random) -> None:
    """Empty, blank, binary and unsupported files."""
    lg.put("empty.txt", b"", "empty")
    lg.put("blank.txt", b" \n\n\t\n", "empty")
    lg.put("random.txt", bytes(rnd.randrange(256) for _ in range(4000)), "binary")
    lg.put("controls.txt", b"\x01\x02\x03\x04\x05\x06\x07\x08" * 60, "binary")
    lg.put("report.pdf", b"%PDF-1.4 not a dump", "unsupported_type")


def _links_and_special_files(lg: _Landing, outside: Path) -> None:
    """Link loops, dangling links, links out of the landing folder, FIFOs, sockets."""
    os.symlink("loop.txt", lg.land / "loop.txt")
    lg.exp[("loop.txt", None)] = "symlink_loop"
    os.symlink("missing.txt", lg.land / "dangling.txt")
    lg.exp[("dangling.txt", None)] = "dangling_symlink"
    os.symlink("/etc/passwd", lg.land / "passwd.txt")
    lg.exp[("passwd.txt", None)] = "unsafe_path"
    os.symlink(outside / "secret.txt", lg.land / "secret.txt")
    lg.exp[("secret.txt", None)] = "unsafe_path"
    os.symlink("good", lg.land / "good_dir_link")
    lg.exp[("good_dir_link", None)] = "symlink_to_directory"
    os.symlink(outside, lg.land / "outside_dir_link")
    lg.exp[("outside_dir_link", None)] = "unsafe_path"
    os.symlink("good/000_idlib_night_raid_shelling.txt", lg.land / "inside_link.txt")
    lg.exp[("inside_link.txt", None)] = "duplicate"  # followed inside the root: the same article again
    os.mkfifo(lg.land / "pipe.txt")
    lg.exp[("pipe.txt", None)] = "not_regular_file"
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(lg.land / "sock.txt"))
    s.close()
    lg.exp[("sock.txt", None)] = "not_regular_file"


def _names_and_encodings(lg: _Landing) -> None:
    """A non-UTF-8 file name; bad bytes, mixed, BOM-less and legacy encodings."""
    (lg.land / "good").joinpath(os.fsdecode(b"caf\xff_name.txt")).write_text(
        DUMP.replace("Militants stormed", "Name test: militants stormed")
    )
    lg.exp[("good/caf\\xff_name.txt", None)] = "loaded"
    text = (
        "Brigades “advance” near Bakhmut\n\nThe “brigades” moved west on Monday, officials said, and the front "
        "line shifted near the town.\n\nGreat article.\n"
    ).encode()
    lg.put("utf8_bad_bytes.txt", text.replace(b"moved", b"mo\xffved").replace(b"Great", b"Gr\xc3eat"), "loaded")
    mixed = (
        "Talks resume in Doha\n\nNegotiators met in Doha on Sunday, the ministry said – “progress” was made.\n\n".encode()
        + "The café owner said the délégation arrived late.\n\nComment: « bien »\n".encode("cp1252")
    )
    lg.put("mixed_utf8_cp1252.txt", mixed, "loaded")
    lg.put("utf16le_nobom.txt", DUMP.replace("Gao\n", "Gao (utf16le)\n", 1).encode("utf-16-le"), "loaded")
    lg.put("utf16be_nobom.txt", DUMP.replace("Gao\n", "Gao (utf16be)\n", 1).encode("utf-16-be"), "loaded")
    lg.put("utf16_bom.txt", DUMP.replace("Gao\n", "Gao (utf16)\n", 1).encode("utf-16"), "loaded")
    lg.put("cp1252.txt", DUMP.replace("Gao\n", "Gao – “cp1252” café\n", 1).encode("cp1252"), "loaded")


def _limits(lg: _Landing) -> None:
    """Documents over the length, paragraph and size limits, or too short."""
    lg.put("too_long.txt", ("Long title\n\n" + "word " * 50_000).encode(), "too_long")
    lg.put(
        "many_paragraphs.txt",
        ("Paragraph flood\n\n" + "\n\n".join(f"Fighters attacked post {i} on Monday." for i in range(5000))).encode(),
        "too_many_paragraphs",
    )
    lg.put("short.txt", b"Title\n\nShort body here.\n", "too_short")
    lg.put("title_only.txt", b"Just a title line with nothing else\n", "too_short")
    lg.put("huge.jsonl", b"\n" * 3_100_000, "too_large")


def _jsonl_records(lg: _Landing) -> None:
    """One JSONL file, a hostile kind per record (line number -> reason)."""
    lines = [
        (json.dumps(good_record(1)), "loaded"),
        ("[" * 100_000 + "]" * 100_000, "json_too_deep"),
        ('{"title": "n", "text": "x", "n": ' + "9" * 5000 + "}", "json_number_too_large"),
        (json.dumps(good_record(2, published_at="0001-01-01T00:00:00+01:00")), "bad_field"),
        (json.dumps(good_record(3, url=123)), "bad_field"),
        (
            '{"title": "Surrogate", "text": "A lone \\ud800 surrogate in the body text of this record."}',
            "invalid_unicode",
        ),
        (json.dumps(good_record(4, body=["x " * 110_000])), "too_long"),
        (json.dumps(good_record(5, body=[f"P{i}." for i in range(5000)])), "too_many_paragraphs"),
        ('{"title": "broken', "malformed_json"),
        ("[1, 2, 3]", "not_an_object"),
        (json.dumps({"title": "no text"}), "missing_field"),
        (json.dumps(good_record(6, title={"a": 1})), "bad_field"),
        (json.dumps(good_record(7, comments="a string")), "bad_field"),
        (json.dumps(good_record(8, comments=[123])), "bad_field"),
        (json.dumps(good_record(9, body=[1, 2])), "bad_field"),
        (json.dumps(good_record(10, id=True)), "bad_field"),
        (json.dumps(good_record(11, published_at="yesterday-ish")), "bad_field"),
        (json.dumps(good_record(12, published_at=99999999999999999)), "bad_field"),
        # raw U+2028 / U+0085 inside strings are legal JSON: one record each, not split
        (json.dumps(good_record(13, title="Line\u2028separator in the title"), ensure_ascii=False), "loaded"),
        (
            json.dumps(
                good_record(
                    14,
                    body=[
                        "Next\u0085line inside a paragraph about clashes near Kidal on Sunday.",
                        "Two soldiers were wounded.",
                    ],
                ),
                ensure_ascii=False,
            ),
            "loaded",
        ),
    ]
    (lg.land / "feed.jsonl").write_bytes("\n".join(line for line, _ in lines).encode() + b"\n")
    lg.exp[("feed.jsonl", None)] = "loaded"
    for i, (_, r) in enumerate(lines, start=1):
        lg.exp[("feed.jsonl", f":{i}")] = r


def _zips(lg: _Landing) -> None:
    """Zip archives: duplicate, unsafe, encrypted, damaged, truncated, over-budget and nested members."""
    dup = _zip(
        [
            ("a.txt", DUMP.replace("Gao\n", "Gao (zip a)\n", 1).encode()),
            ("a.txt", DUMP.replace("Gao\n", "Gao (zip a again)\n", 1).encode()),
        ]
    )
    lg.put("dup_names.zip", dup, "loaded")
    lg.exp[("dup_names.zip", "a.txt")] = "loaded"
    lg.exp[("dup_names.zip", "a.txt#2")] = "loaded"
    link = zipfile.ZipInfo("link.txt")
    link.external_attr = 0o120777 << 16
    lg.put(
        "unsafe.zip",
        _zip(
            [
                ("../evil.txt", b"x"),
                ("/abs.txt", b"y"),
                link,
                ("tool.exe", b"MZ"),
                ("ok.txt", DUMP.replace("Gao\n", "Gao (unsafe zip)\n", 1).encode()),
            ]
        ),
        "loaded",
    )
    lg.exp.update(
        {
            ("unsafe.zip", "../evil.txt"): "unsafe_path",
            ("unsafe.zip", "/abs.txt"): "unsafe_path",
            ("unsafe.zip", "link.txt"): "unsafe_member_type",
            ("unsafe.zip", "tool.exe"): "unsupported_type",
            ("unsafe.zip", "ok.txt"): "loaded",
        }
    )
    enc = _set_zip_flag(
        _zip([("secret.txt", DUMP.encode()), ("plain.txt", DUMP.replace("Gao\n", "Gao (plain)\n", 1).encode())]),
        b"secret.txt",
        0x1,
    )
    lg.put("encrypted.zip", enc, "loaded")
    lg.exp.update({("encrypted.zip", "secret.txt"): "encrypted", ("encrypted.zip", "plain.txt"): "loaded"})
    crc = bytearray(_zip([("bad.txt", DUMP.encode())], zipfile.ZIP_STORED))
    crc[crc.find(b"Gunmen") + 2] ^= 0xFF
    lg.put("crc.zip", bytes(crc), "loaded")
    lg.exp[("crc.zip", "bad.txt")] = "corrupt_member"
    full = _zip([(f"m{i}.txt", DUMP.encode()) for i in range(3)])
    lg.put("truncated.zip", full[: len(full) // 2], "corrupt_archive")
    lg.put("too_many.zip", _zip([(f"e{i}.txt", b"") for i in range(45)]), "too_many_members")
    lg.put(
        "budget.zip",
        _zip([(f"big{i}.jsonl", (json.dumps(good_record(40 + i)) + " " * 400_000 + "\n").encode()) for i in range(5)]),
        "loaded",
    )
    for i in range(5):  # 5 x 400 KB against a 1.5 MB budget: three are read, two are not decompressed
        lg.exp[("budget.zip", f"big{i}.jsonl")] = "loaded" if i < 3 else "too_large"
    lg.put("nested.zip", _zip([("l1.zip", _zip([("l2.zip", _zip([("deep.txt", DUMP.encode())]))]))]), "loaded")
    lg.exp[("nested.zip", "l1.zip")] = "loaded"
    lg.exp[("nested.zip", "l1.zip!l2.zip")] = "nested_too_deep"
    lg.put("dir_only.zip", _zip([("folder/", b"")]), "loaded")


def _tars_and_gzips(lg: _Landing) -> None:
    """Tar and gzip archives: unsafe member types, non-UTF-8 names, truncation, limits."""
    lg.put(
        "mixed.tar.gz",
        _tar(
            [
                ("d/good.txt", DUMP.replace("Gao\n", "Gao (tar)\n", 1).encode(), "file"),
                ("d/link", b"", tarfile.SYMTYPE),
                ("d/dev", b"", tarfile.CHRTYPE),
                ("d/feed.jsonl", (json.dumps(good_record(20)) + "\n").encode(), "file"),
            ]
        ),
        "loaded",
    )
    lg.exp.update(
        {
            ("mixed.tar.gz", "d/good.txt"): "loaded",
            ("mixed.tar.gz", "d/link"): "unsafe_member_type",
            ("mixed.tar.gz", "d/dev"): "unsafe_member_type",
            ("mixed.tar.gz", "d/feed.jsonl"): "loaded",
            ("mixed.tar.gz", "d/feed.jsonl:1"): "loaded",
        }
    )
    lg.put(
        "latin_names.tar",
        _tar(
            [(os.fsdecode(b"caf\xe9.txt"), DUMP.replace("Gao\n", "Gao (latin name)\n", 1).encode(), "file")],
            mode="w",
            format=tarfile.GNU_FORMAT,
            encoding="utf-8",
            errors="surrogateescape",
        ),
        "loaded",
    )
    lg.exp[("latin_names.tar", "caf\\xe9.txt")] = "loaded"
    cut = _tar(
        [
            (
                f"t{i}.txt",
                (DUMP.replace("Gao\n", f"Gao (cut {i})\n", 1) + f"Filler paragraph {i}.\n\n" * 800).encode(),
                "file",
            )
            for i in range(3)
        ],
        mode="w",
    )
    lg.put("cut.tar", cut[: int(len(cut) * 0.8)], "corrupt_archive")
    lg.put("many.tar", _tar([(f"e{i}.txt", b"", "file") for i in range(45)], mode="w"), "too_many_members")
    lg.put("big.txt.gz", gzip.compress(("Big title\n\n" + "word " * 200_000).encode()), "loaded")
    lg.exp[("big.txt.gz", "big.txt")] = "too_long"
    lg.put("corrupt.txt.gz", b"\x1f\x8b\x08\x00garbage", "corrupt_archive")
    lg.put("ok.jsonl.gz", gzip.compress((json.dumps(good_record(30)) + "\n").encode()), "loaded")
    lg.exp[("ok.jsonl.gz", "ok.jsonl")] = "loaded"
    lg.exp[("ok.jsonl.gz", "ok.jsonl:1")] = "loaded"


def kinds(expected: dict) -> int:
    """How many distinct hostile kinds the folder holds (every non-good entry)."""
    return sum(
        1 for (name, _), r in expected.items() if not name.startswith("good/") or r not in ("loaded", "duplicate")
    )
