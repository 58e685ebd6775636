"""The ledger entry and the raw document every input reader yields."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from .sources_paths import display_name, raw_name


@dataclass
class RawDoc:
    source_file: str
    member: str | None
    text: str  # decoded dump text, or for JSONL with given split: the body
    encoding: str
    fields: dict = field(default_factory=dict)  # JSONL fields: id, url, published_at, title, comments...


@dataclass
class Entry:
    """One ledger line; `doc` is set when the entry carries a document still to be split."""

    source_file: str
    member: str | None
    kind: str  # file | container | record
    status: str  # loaded | duplicate | quarantined  (documents start as loaded, run.py may change it)
    reason: str | None
    nbytes: int
    sha256: str | None
    doc: RawDoc | None = None
    article_id: str | None = None
    note: str | None = None  # a non-fatal observation: encoding repairs

    def quarantine(self, reason: str) -> Entry:
        self.status, self.reason, self.doc, self.article_id = "quarantined", reason, None, None
        return self

    def add_note(self, note: str) -> Entry:
        """A non-fatal observation, after any earlier one ("; ")."""
        self.note = f"{self.note}; {note}" if self.note else note
        return self

    def ledger_row(self, shard: int) -> dict:
        return {
            "source_file": display_name(self.source_file),
            "member": display_name(self.member),
            "kind": self.kind,
            "status": self.status,
            "reason": self.reason,
            "bytes": self.nbytes,
            "sha256": self.sha256,
            "article_id": self.article_id,
            "shard": shard,
            "note": self.note,
            "source_file_raw": raw_name(self.source_file),
            "member_raw": raw_name(self.member),
        }


class BadInput(Exception):
    """An input that cannot be loaded; `reason` is the specific ledger reason code + detail."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
