"""Cost per document grows with its length, not its square: a document 10 times longer (paragraphs)
takes about 10 times as long to split and to extract (a quadratic step would make it ~100 times).
Ratios of CPU time, not wall times, so a loaded machine does not decide the outcome."""

import time
from datetime import date

PARA = "Fighters attacked the village of Kidal on Monday, killing three civilians, officials said in a statement."


def _cpu(fn) -> float:
    best = float("inf")
    for _ in range(2):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


def test_extraction_is_linear_in_paragraphs(extractor):
    from newsetl.extract.extractor import ArticleText

    def run(n):
        return lambda: list(
            extractor.run([ArticleText("a_x", [f"{PARA} Number {i}." for i in range(n)], date(2026, 11, 20))])
        )

    run(20)()  # warm-up
    small, large = _cpu(run(200)), _cpu(run(2000))
    assert large / small < 20, (small, large)


def test_splitting_is_linear_in_paragraphs():
    from newsetl.split import split_dump

    def run(n):
        text = "A Title\n\n" + "\n\n".join(f"{PARA} Number {i}." for i in range(n)) + "\n\nGreat article.\n"
        return lambda: split_dump(text)

    run(20)()
    small, large = _cpu(run(300)), _cpu(run(3000))
    assert large / small < 20, (small, large)
