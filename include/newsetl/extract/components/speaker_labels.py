"""(ev31, fix35) A transcript's speaker labels opening paragraphs ("HOST:", "CALLER (GARU):", "THE CABINET SECRETARY
(continuing):"): their capital words are no places, and the place in a label's brackets is where the speaker reports
from. Word lists in wordlists.json: `speaker_label_words`, `speaker_label_titles`, `label_head_stops`,
`heading_label_words`, `news_agency_names`."""

from __future__ import annotations

import re

SPEAKER_LABEL = re.compile(
    r"(?m)^[ \t]*(?P<label>[A-Z][A-Z.'’\-]*(?:[ \t]+[A-Z][A-Z.'’\-]*){0,3})[ \t]*"
    r"(?:\((?:(?P<where>[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z][A-Z'’\-]+){0,2})(?=[,)]))?[^)\n]{0,40}\)[ \t]*)?:"
)


class SpeakerLabels:
    def __init__(self, words: dict) -> None:
        def upper(key: str) -> frozenset:
            return frozenset(w.upper() for w in words.get(key, ()))

        self.speaker, self.titles = upper("speaker_label_words"), upper("speaker_label_titles")
        self.stops, self.heading = upper("label_head_stops"), upper("heading_label_words")
        self.agencies = upper("news_agency_names")

    def is_speaker(self, label: str) -> bool:
        """A speaker's role is the whole label ("Q", "HOST"), its head ("THE CABINET SECRETARY", "MINISTER FOR
        HEALTH") or a title before a name ("HON. LENTOIMAGA"); not any word inside a headline ("ATTACK ON A CONVOY")."""
        words = label.split()
        if not words or words[0] in self.titles:
            return bool(words)
        head = next((words[:i] for i, w in enumerate(words) if w in self.stops), words)
        return bool(head) and head[-1] in self.speaker

    def find(self, text: str, opening: tuple[int, int] | None) -> tuple[list[tuple[int, int]], set[tuple[int, int]]]:
        """The labels' spans and the spans of the places in their brackets, in an article where one label names a
        speaker's role (then "PASCAL:" beside "INTERVIEWER:" is a speaker too; "BRIA:" items are not); in any article,
        a label of `heading_label_words` only ("CONFIRMED:"). A dateline is no label: the opening one (`opening`, the
        span of its place: "MOGADISHU: Gunmen ...") and one with a news agency's credit ("KOSTI (AFP): ...")."""
        found = []
        for m in SPEAKER_LABEL.finditer(text):
            s, e = m.span("label")
            if (m.group("where") or "").upper() in self.agencies or (
                opening and s < opening[1] and opening[0] < e and not self.is_speaker(m.group("label"))
            ):
                continue
            found.append(m)
        if not any(self.is_speaker(m.group("label")) for m in found):
            return [m.span("label") for m in found if self.heading.issuperset(m.group("label").split())], set()
        return [m.span("label") for m in found], {m.span("where") for m in found if m.group("where")}
