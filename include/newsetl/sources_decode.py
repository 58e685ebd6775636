"""Deciding the text encoding of one input file, with evidence.

The order of decisions (README "Encodings"):

1. byte-order marks: UTF-8, UTF-16 LE/BE, UTF-32 LE/BE;
2. NUL bytes: UTF-16 or UTF-32 without a BOM when the zero bytes sit in every other (every fourth) position,
   otherwise `binary`;
3. valid UTF-8 -> `utf-8`;
4. UTF-8 evidence (valid multi-byte sequences) with some invalid bytes: decided line by line. A failing
   line without any UTF-8 sequence whose high bytes all read as Western cp1252 letters or punctuation is
   repaired as cp1252 (a file concatenated from two sources); any other failing line stays UTF-8 with
   U+FFFD for the bad bytes. Both are counted in the ledger `note`;
5. no UTF-8 evidence: cp1252 (which also reads latin-1 text) unless most letters would be high bytes (a
   non-Latin script) or cp1252 cannot decode it; then charset-normalizer, accepted only for an encoding in
   `PLAUSIBLE` (never e.g. mac_iceland); otherwise `undecodable`.

ftfy was considered for step 4: it repairs mojibake in text that was already decoded, and its byte-level
guessing covers only UTF-8/cp1252/MacRoman as whole-file decisions; a line-level decision with counts in
the ledger says exactly what was done to which input, without another dependency.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


class DecodeError(Exception):
    """`reason` is a ledger reason: 'empty: ...', 'binary: ...' or 'undecodable: ...'."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass
class Decoded:
    text: str
    encoding: str
    note: str | None = None  # what was repaired, for the ledger


SAMPLE = 65536
# a valid UTF-8 multi-byte sequence (RFC 3629: no overlongs, no surrogates, <= U+10FFFF)
UTF8_MB = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
HIGH = re.compile(rb"[\x80-\xff]")
# what a Western cp1252 line plausibly holds in its high bytes: no þ, ð, ÿ, ×, ÷, C1 controls, and no Â or Ã
# (bytes C2/C3 are the lead bytes of UTF-8 Latin letters: alone they mean a damaged UTF-8 sequence)
CP1252_PLAUSIBLE = frozenset(
    "‘’“”‚„–—…•€™‹›«»°£§©®±·¡¿¢¥¨´¸ªº¹²³¼½¾µ¶¬¯ àáâãäåæçèéêëìíîïñòóôõöøùúûüýßÀÁÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝŒœŠšŽžŸƒˆ˜"
)
# encodings charset-normalizer may choose for a whole file (news text in other scripts)
PLAUSIBLE = frozenset(
    {
        "cp1250",
        "cp1251",
        "cp1253",
        "cp1254",
        "cp1255",
        "cp1256",
        "cp1257",
        "cp1258",
        "koi8_r",
        "koi8_u",
        "iso8859_2",
        "iso8859_4",
        "iso8859_5",
        "iso8859_6",
        "iso8859_7",
        "iso8859_8",
        "iso8859_9",
        "iso8859_13",
        "iso8859_15",
        "iso8859_16",
        "big5",
        "big5hkscs",
        "gb2312",
        "gbk",
        "gb18030",
        "shift_jis",
        "cp932",
        "euc_jp",
        "iso2022_jp",
        "euc_kr",
        "cp949",
        "tis_620",
        "cp874",
    }
)
BOMS = [  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
]


def decode_bytes(raw: bytes | bytearray) -> Decoded:
    """Decode one input's bytes (see the module doc). Raises DecodeError with a ledger reason."""
    if not raw or raw.isspace():  # (no stripped copy of a large input)
        raise DecodeError("empty: no text")
    for bom, enc in BOMS:
        if raw.startswith(bom):
            body = raw[len(bom) :]
            if enc == "utf-8":
                d = _utf8(body)
                d.encoding = d.encoding.replace("utf-8", "utf-8-sig", 1)
                return _checked(d)
            return _checked(_wide(body, enc, f"{enc} byte-order mark"))
    sample = raw[:SAMPLE]
    if b"\x00" in sample:
        wide = _wide_without_bom(sample)
        if wide is not None:
            return _checked(_wide(raw, wide, f"{wide} without a byte-order mark"))
        nuls = raw.count(0)
        if nuls > max(3, len(raw) // 1000):
            raise DecodeError(f"binary: {nuls} NUL bytes")
        d = _utf8(raw.replace(b"\x00", b""))  # a few stray NULs in text: dropped, and said so
        d.note = "; ".join(filter(None, [d.note, f"encoding: {nuls} NUL byte{'s' if nuls > 1 else ''} removed"]))
        return _checked(d)
    return _checked(_utf8(raw))


def _wide(raw: bytes | bytearray, enc: str, what: str) -> Decoded:
    """UTF-16/32: strict, else with U+FFFD for the bad units (a truncated last unit, a lone surrogate) when
    they are few (`_checked` refuses text with too many)."""
    try:
        return Decoded(raw.decode(enc), enc)
    except UnicodeDecodeError as e:
        first = f"byte {e.start} ({e.reason})"
    text = raw.decode(enc, errors="replace")
    bad = text.count("\ufffd") - raw.decode(enc, errors="ignore").count("\ufffd")
    if bad > max(3, len(text) // 200):
        raise DecodeError(f"undecodable: {what} but {bad} invalid sequences, the first at {first}")
    return Decoded(text, enc, f"encoding: {bad} invalid {enc} sequence{'s' if bad > 1 else ''} replaced by U+FFFD")


def _wide_without_bom(sample: bytes | bytearray) -> str | None:
    """UTF-16/32 by the position of zero bytes (Latin-script text has a zero in every other byte)."""
    n = len(sample) - len(sample) % 4
    if n < 8:
        return None
    zeros = [sample[i:n:4].count(0) / (n // 4) for i in range(4)]
    if min(zeros[1:]) > 0.9 and zeros[0] < 0.1:
        return "utf-32-le"
    if min(zeros[:3]) > 0.9 and zeros[3] < 0.1:
        return "utf-32-be"
    even, odd = (zeros[0] + zeros[2]) / 2, (zeros[1] + zeros[3]) / 2
    if odd > 0.4 and even < 0.05:
        return "utf-16-le"
    if even > 0.4 and odd < 0.05:
        return "utf-16-be"
    return None


def _utf8(raw: bytes | bytearray) -> Decoded:
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if UTF8_MB.search(raw):
        return _mixed(raw)
    return _legacy(raw)


def _mixed(raw: bytes | bytearray) -> Decoded:
    """UTF-8 with invalid bytes: each failing line is either cp1252 or UTF-8 with replacement characters."""
    out, cp_lines, replaced = [], 0, 0
    for line in raw.split(b"\n"):
        try:
            out.append(line.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            pass
        if not UTF8_MB.search(line):
            try:
                text = line.decode("cp1252")
            except UnicodeDecodeError:
                text = None
            if text is not None and all(ch in CP1252_PLAUSIBLE for ch in text if ord(ch) > 127):
                out.append(text)
                cp_lines += 1
                continue
        text = line.decode("utf-8", errors="replace")
        replaced += text.count("\ufffd") - line.decode("utf-8", errors="ignore").count("\ufffd")
        out.append(text)
    notes = []
    if replaced:
        notes.append(f"{replaced} invalid UTF-8 byte sequence{'s' if replaced > 1 else ''} replaced by U+FFFD")
    if cp_lines:
        notes.append(f"{cp_lines} line{'s' if cp_lines > 1 else ''} in cp1252 repaired")
    return Decoded("\n".join(out), "utf-8+cp1252" if cp_lines else "utf-8", "encoding: " + "; ".join(notes))


def _legacy(raw: bytes | bytearray) -> Decoded:
    """No UTF-8 evidence at all: a single-byte (or legacy multi-byte) encoding."""
    sample = raw[:SAMPLE]
    high = len(HIGH.findall(sample))
    letters = sum(1 for b in sample if 65 <= b <= 90 or 97 <= b <= 122) + high
    try:
        text = raw.decode("cp1252")
        if high <= 0.3 * max(letters, 1):
            return Decoded(text, "cp1252")
    except UnicodeDecodeError:
        text = None
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:1_000_000]).best()
    enc = best.encoding if best is not None else None
    if enc in PLAUSIBLE:
        try:
            return Decoded(raw.decode(enc), enc, f"encoding: {enc} chosen by charset-normalizer")
        except UnicodeDecodeError:
            pass
    if text is not None:  # mostly high bytes, but nothing better than cp1252
        return Decoded(text, "cp1252", f"encoding: cp1252 (charset-normalizer suggested {enc or 'nothing'})")
    raise DecodeError(
        f"undecodable: not UTF-8 or cp1252, and charset-normalizer found "
        f"{'only ' + enc + ' (implausible for news)' if enc else 'no encoding'}"
    )


# control characters other than \t \n \f \r, and the replacement character (one regex scan, not a loop per character)
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def _checked(d: Decoded) -> Decoded:
    head = d.text[:SAMPLE]
    controls = len(_CONTROL.findall(head))
    if controls > max(3, len(head) // 200):
        raise DecodeError(f"binary: {controls} control or invalid characters in the first {len(head)} characters")
    return d
