"""The extractor returns for every generated conflict-report document (tests/extract_fuzz.py): no exception.
On main before 0ad503b, 600 of these documents (seed 7) crashed it 154 times (140 `min()` of no place, 14 spaCy
E1010 overlapping actors); an extractor error costs a document all its events. `benchmarks/fuzz_extract.py`
runs more documents and prints the figures."""

import os
from datetime import date

from newsetl.extract.extractor import ArticleText

from .extract_fuzz import documents

N = int(os.environ.get("NEWSETL_EXTRACT_FUZZ_DOCS", "600"))


def test_the_extractor_returns_for_every_generated_document(extractor):
    failures = []
    for i, body in enumerate(documents(N, seed=7)):
        try:
            next(extractor.run([ArticleText(f"a_{i}", body, date(2026, 5, 1))]))
        except Exception as e:  # collected, so one run shows every kind
            failures.append(f"{type(e).__name__}: {str(e)[:120]} <- {body[0][:160]}")
    assert not failures, f"{len(failures)} of {N} documents crashed the extractor:\n" + "\n".join(failures[:10])
