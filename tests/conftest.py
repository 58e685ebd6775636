import json
import os
import shutil
import subprocess
import sys
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


@pytest.fixture(scope="session")
def airflow_db(tmp_path_factory):
    """An Airflow metadata database (SQLite) that `airflow db migrate` made once for the session; `airflow_home` gives
    a test an AIRFLOW_HOME of its own that starts from a copy of it."""
    home = tmp_path_factory.mktemp("airflow_db")
    env = {**os.environ, "AIRFLOW_HOME": str(home), "AIRFLOW__CORE__LOAD_EXAMPLES": "False"}
    airflow = str(Path(sys.executable).parent / "airflow")
    mig = subprocess.run([airflow, "db", "migrate"], env=env, capture_output=True, text=True, timeout=600)
    assert mig.returncode == 0, mig.stderr[-3000:]
    return home / "airflow.db"


def airflow_home(db: Path, home: Path) -> Path:
    home.mkdir(parents=True)
    shutil.copy(db, home / "airflow.db")
    return home


@pytest.fixture(scope="session")
def sample_night(tmp_path_factory, settings):
    """The samples' night 2026-11-20 run once in process (one worker, the session's settings) into a lake of its own:
    (lake, run id, summary). Only read: a test that writes to a lake runs its own night."""
    from newsetl.run import run_pipeline

    lake = tmp_path_factory.mktemp("sample_night")
    summary = run_pipeline(str(SAMPLES / "2026-11-20"), str(lake), "2026-11-20", "sample_night", settings, workers=1)
    return lake, "sample_night", summary


@pytest.fixture(scope="session")
def split_refit(tmp_path_factory):
    """`newsetl train split` at the packaged model's grid point (the full grid takes minutes), run once for the session:
    (the packaged model file's data, the data the command writes). The command fits the closer last, on the data it
    writes (all but `closer`): both tests of test_split_model_fit read this one fit (one module, so that
    `--dist loadfile` fits once)."""
    from newsetl.split.model import MODEL_PATH
    from newsetl.split.train import train_split

    packaged = json.loads(MODEL_PATH.read_text())
    out = tmp_path_factory.mktemp("split_fit") / "m.json"
    train_split(ROOT, out, grid=[(packaged["c1"], packaged["c2"])])
    return packaged, json.loads(out.read_text())


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
