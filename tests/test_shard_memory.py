"""A worker runs many shards with one model: spaCy's vocab must not keep every new word of every night. The shard
runs each extraction batch in `nlp.memory_zone()`, so the strings a batch adds are freed once its rows are out."""

from newsetl.extract.extractor import get_extractor
from newsetl.run import run_pipeline

DATE = "2026-11-21"


def _night(tmp_path, n: int):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(n):
        words = " ".join(f"Qorvex{i}x{j}" for j in range(20))  # 20 words no earlier document had
        (src / f"d{i:03d}.txt").write_text(
            f"Clashes near Kafanchan {i}\n\nGunmen attacked a police post in Kafanchan on Monday, police said. "
            f"Residents named the streets {words}.\n\nThe attackers fled before reinforcements arrived.\n",
            encoding="utf-8",
        )
    return src


def test_new_words_of_a_night_do_not_stay_in_the_vocab(tmp_path, settings):
    ex = get_extractor(settings.spacy_model, settings.cache_dir)
    before = len(ex.nlp.vocab.strings)
    run_pipeline(str(_night(tmp_path, 30)), str(tmp_path / "lake"), DATE, "memory_zone", settings)
    grown = len(ex.nlp.vocab.strings) - before
    assert grown < 100, f"the vocab kept {grown} strings of a 600-new-word night"
    assert not any(s.startswith("Qorvex") for s in list(ex.nlp.vocab.strings)[-2000:])
