import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
SAMPLES = ROOT / "samples" / "landing"
# one gazetteer cache for the whole suite (and shared with `make run`)
os.environ.setdefault("NEWSETL_CACHE_DIR", str(ROOT / "data" / "cache"))
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
# runs validate in-process: a gate process per test run would import GX again each time (tests/test_gate_process.py
# runs it in its own process)
os.environ.setdefault("NEWSETL_GATE_PROCESS", "false")
# newsetl is imported from the editable install (`make install`); another checkout sharing the venv sets
# PYTHONPATH=<checkout>/include, which subprocesses started by the tests inherit too


@pytest.fixture(scope="session")
def settings():
    from newsetl.config import get_settings

    return get_settings(cache_dir=os.environ["NEWSETL_CACHE_DIR"])


@pytest.fixture(scope="session")
def extractor(settings):
    from newsetl.extract.extractor import get_extractor

    return get_extractor("blank", settings.cache_dir)


@pytest.fixture
def edited_rules(monkeypatch, settings):
    """A factory of extractors with edited rule data: `make({"wordlists.json": edit, ...})` builds an Extractor whose
    read of each named data file passes the file's data through its edit; the packaged data is read again after."""
    from newsetl.extract import rules
    from newsetl.extract.extractor import Extractor

    plain = rules.read_json

    def make(edits: dict):
        def read_json(path):
            data = plain(path)
            edit = edits.get(getattr(path, "name", ""))
            return edit(data) if edit else data

        monkeypatch.setattr(rules, "read_json", read_json)
        rules._load.cache_clear()
        return Extractor("blank", settings.cache_dir)

    yield make
    monkeypatch.setattr(rules, "read_json", plain)
    rules._load.cache_clear()


def seed_files():
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present")
    files = sorted(SEEDS.glob("*.txt"))
    if not files:
        pytest.skip("no seed dumps")
    return files
