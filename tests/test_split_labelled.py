"""The gold loader aligns a labelled dump with its gold text the way the dump's lines are normalised."""

from __future__ import annotations

from newsetl.split.labelled import derive_labels
from newsetl.split.text import to_lines


def test_a_comment_with_a_zero_width_joiner_emoji_aligns_with_its_gold() -> None:
    # to_lines drops zero-width characters (U+200D inside an emoji sequence); the gold keeps the emoji as typed
    runner = "\U0001f3c3\u200d\u2640\ufe0f"
    raw = f"Title\n\nThe track needs repair.\n\nJ.\n\n{runner}\n\nAda\n\nAgreed.\n"
    gold = {
        "body": ["The track needs repair."],
        "comments": [{"author": "J.", "text": [runner]}, {"author": "Ada", "text": ["Agreed."]}],
    }
    assert derive_labels(to_lines(raw), gold) == ["title", "body", "author", "ctext", "author", "ctext"]
