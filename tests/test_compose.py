"""Static checks of the Docker Compose deployment (docker-compose.yml, docker/Dockerfile).

They need only PyYAML (installed with Airflow), not Docker, and are skipped when it is missing.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

yaml = pytest.importorskip("yaml")

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "docker" / "Dockerfile"
ENV_EXAMPLE = ROOT / ".env.example"
MAKEFILE = ROOT / "Makefile"

REQUIRED_SERVICES = {
    "postgres",
    "redis",
    "airflow-apiserver",
    "airflow-scheduler",
    "airflow-dag-processor",
    "airflow-triggerer",
    "airflow-worker",
    "airflow-init",
    "flower",
}
# Services that must not start until airflow-init has finished successfully.
GATED_ON_INIT = {
    "airflow-apiserver",
    "airflow-scheduler",
    "airflow-dag-processor",
    "airflow-triggerer",
    "airflow-worker",
}
NEWSETL_ENV = {
    "NEWSETL_LANDING_DIR": "/opt/airflow/data/landing",
    "NEWSETL_LAKE_URI": "/opt/airflow/data/lake",
    "NEWSETL_CACHE_DIR": "/opt/airflow/data/cache",
}
# Bind-mount sources that are project content and must be in the repository.
SOURCE_DIRS = {"dags", "plugins", "include"}

_VAR = re.compile(r"\$\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<op>:?[-?])(?P<default>[^}]*))?\}")


def interpolate_defaults(value: str) -> str:
    """Resolve ${VAR:-default} the way Compose does when VAR is unset (no .env needed)."""

    def repl(match: re.Match) -> str:
        if match.group("op") in (":-", "-"):
            return match.group("default")
        return ""

    previous = None
    while previous != value:  # nested defaults: ${A:-${B:-.}/x}
        previous, value = value, _VAR.sub(repl, value)
    return value


@pytest.fixture(scope="module")
def compose_text() -> str:
    assert COMPOSE.is_file(), f"missing {COMPOSE}"
    return COMPOSE.read_text()


@pytest.fixture(scope="module")
def compose(compose_text: str) -> dict:
    data = yaml.safe_load(compose_text)
    assert isinstance(data, dict) and isinstance(data.get("services"), dict)
    return data


@pytest.fixture(scope="module")
def services(compose: dict) -> dict:
    return compose["services"]


@pytest.fixture(scope="module")
def airflow_services(services: dict) -> dict:
    return {name: svc for name, svc in services.items() if name.startswith("airflow-") or name == "flower"}


@pytest.fixture(scope="module")
def dockerfile_instructions() -> list[str]:
    """Dockerfile instructions with comments dropped and line continuations joined."""
    assert DOCKERFILE.is_file(), f"missing {DOCKERFILE}"
    lines = [ln for ln in DOCKERFILE.read_text().splitlines() if not ln.lstrip().startswith("#")]
    joined = re.sub(r"\\\s*\n", " ", "\n".join(lines))
    return [ln.strip() for ln in joined.splitlines() if ln.strip()]


def _env(service: dict) -> dict:
    env = service.get("environment") or {}
    if isinstance(env, list):  # KEY=VALUE list form
        env = dict(item.split("=", 1) if "=" in item else (item, None) for item in env)
    return env


def _bind_mounts(service: dict) -> list[tuple[str, str]]:
    """(host source, container target) of the bind mounts of a service (short and long syntax)."""
    mounts = []
    for vol in service.get("volumes") or []:
        if isinstance(vol, dict):
            if vol.get("type") == "bind":
                mounts.append((interpolate_defaults(str(vol["source"])), vol["target"]))
            continue
        source, _, rest = interpolate_defaults(vol).partition(":")
        target = rest.split(":")[0]
        if source.startswith((".", "/", "~")):
            mounts.append((source, target))
    return mounts


# --- services ---------------------------------------------------------------------------------


def test_required_services_exist(services):
    missing = REQUIRED_SERVICES - services.keys()
    assert not missing, f"docker-compose.yml lacks services: {sorted(missing)}"


def test_flower_is_optional(services):
    assert "flower" in (services["flower"].get("profiles") or []), "flower must sit behind a profile"


def test_service_commands(services):
    assert services["airflow-apiserver"]["command"] == "api-server"
    assert "8080:8080" in [str(p) for p in services["airflow-apiserver"].get("ports", [])]
    assert services["airflow-scheduler"]["command"] == "scheduler"
    assert services["airflow-dag-processor"]["command"] == "dag-processor"
    assert services["airflow-triggerer"]["command"] == "triggerer"
    assert services["airflow-worker"]["command"] == "celery worker"
    assert services["flower"]["command"] == "celery flower"


def test_postgres_and_redis(services):
    assert str(services["postgres"]["image"]).startswith("postgres:16")
    assert str(services["redis"]["image"]).startswith("redis:")
    for name in ("postgres", "redis"):
        check = services[name].get("healthcheck") or {}
        assert check.get("test"), f"{name} needs a healthcheck"


def test_airflow_services_have_healthchecks(services):
    for name in GATED_ON_INIT:
        assert (services[name].get("healthcheck") or {}).get("test"), f"{name} needs a healthcheck"


def test_services_wait_for_init_and_backends(services):
    for name in sorted(GATED_ON_INIT):
        deps = services[name].get("depends_on") or {}
        assert isinstance(deps, dict), f"{name}: depends_on must use conditions"
        assert deps.get("airflow-init", {}).get("condition") == "service_completed_successfully", name
        for backend in ("postgres", "redis"):
            assert deps.get(backend, {}).get("condition") == "service_healthy", f"{name} -> {backend}"
    worker_deps = services["airflow-worker"]["depends_on"]
    assert worker_deps.get("airflow-apiserver", {}).get("condition") == "service_healthy"


def test_init_migrates_db_and_creates_admin(services):
    init = services["airflow-init"]
    env = _env(init)
    assert env.get("_AIRFLOW_DB_MIGRATE") == "true"
    # SimpleAuthManager (FAB cannot be resolved with the pins): the account goes to its passwords file
    assert env.get("_AIRFLOW_WWW_USER_CREATE") == "false"
    assert "_AIRFLOW_WWW_USER_USERNAME" in env and "_AIRFLOW_WWW_USER_PASSWORD" in env
    script = "\n".join(init["command"]) if isinstance(init["command"], list) else init["command"]
    assert "simple_auth_manager_passwords.json" in script
    assert str(init.get("user")) == "0:0"


# --- one shared x-airflow-common -----------------------------------------------------------------


def test_airflow_services_share_one_common_anchor(compose_text, airflow_services):
    """Every Airflow service merges (<<:) the very same x-airflow-common mapping node."""
    root = yaml.compose(compose_text)
    top = {key.value: value for key, value in root.value}
    assert "x-airflow-common" in top, "x-airflow-common block missing"
    common_node = top["x-airflow-common"]
    services_node = {key.value: value for key, value in top["services"].value}
    for name in airflow_services:
        merged = [v for k, v in services_node[name].value if k.tag == "tag:yaml.org,2002:merge" or k.value == "<<"]
        assert any(node is common_node for node in merged), f"{name} does not merge *airflow-common"


def test_common_block_is_celery_and_custom_image(compose, airflow_services):
    common = compose["x-airflow-common"]
    env = _env(common)
    assert env.get("AIRFLOW__CORE__EXECUTOR") == "CeleryExecutor"
    build = common.get("build")
    assert isinstance(build, dict), "x-airflow-common must build the image"
    assert Path(build.get("context", ".")) == Path("."), "build context must be the repo root"
    assert Path(build["dockerfile"]) == Path("docker/Dockerfile")
    for name, svc in airflow_services.items():
        assert _env(svc).get("AIRFLOW__CORE__EXECUTOR") == "CeleryExecutor", name
        assert Path(svc["build"]["dockerfile"]) == Path("docker/Dockerfile"), name
        assert svc.get("image") == common.get("image"), f"{name} must use the shared image tag"


def test_airflow3_settings(compose):
    env = _env(compose["x-airflow-common"])
    assert env.get("AIRFLOW__CORE__EXECUTION_API_SERVER_URL") == "http://airflow-apiserver:8080/execution/"
    assert env.get("AIRFLOW__API_AUTH__JWT_SECRET"), "a shared JWT secret must be configured"
    assert env.get("AIRFLOW__CORE__AUTH_MANAGER", "").endswith("SimpleAuthManager")
    assert env.get("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE", "").startswith("/opt/airflow/config/")
    assert env.get("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", "").startswith("postgresql")
    assert env.get("AIRFLOW__CELERY__BROKER_URL", "").startswith("redis://")
    assert "AIRFLOW__CORE__FERNET_KEY" in env


def test_warm_workers_and_night_latency_settings(compose):
    """The settings docker/README.md measures: warm pool processes, a finished task's slot freed within 1 s,
    an idle scheduler loop of at most 0.5 s, no re-parse of the DAG file every 30 s."""
    env = _env(compose["x-airflow-common"])
    assert env.get("AIRFLOW__CELERY__CELERY_CONFIG_OPTIONS") == "newsetl.worker.CELERY_CONFIG"
    assert str(env.get("AIRFLOW__WORKERS__MIN_HEARTBEAT_INTERVAL")) == "1"
    assert float(env.get("AIRFLOW__SCHEDULER__SCHEDULER_IDLE_SLEEP_TIME", 1)) <= 0.5
    assert int(env.get("AIRFLOW__DAG_PROCESSOR__MIN_FILE_PROCESS_INTERVAL", 30)) >= 300


def test_newsetl_env_vars(compose, airflow_services):
    env = _env(compose["x-airflow-common"])
    for key, expected in NEWSETL_ENV.items():
        assert key in env, f"{key} missing from x-airflow-common environment"
        assert interpolate_defaults(str(env[key])) == expected, key
    for name, svc in airflow_services.items():
        assert NEWSETL_ENV.keys() <= _env(svc).keys(), f"{name} lacks NEWSETL_* variables"


def test_newsetl_paths_are_mounted(compose):
    targets = {target for _, target in _bind_mounts(compose["x-airflow-common"])}
    for key, path in NEWSETL_ENV.items():
        assert path in targets, f"{key}={path} is not a bind-mount target"


# --- host paths ------------------------------------------------------------------------------


def _make_created_dirs() -> set[str]:
    """Relative directories that some `mkdir` in the Makefile creates (simple variables resolved)."""
    if not MAKEFILE.is_file():
        return set()
    text = re.sub(r"\\\n", " ", MAKEFILE.read_text())
    variables = {}
    for m in re.finditer(r"^([A-Za-z_][A-Za-z0-9_]*)\s*[:?+]?=\s*(.*)$", text, re.M):
        variables.setdefault(m.group(1), m.group(2).strip())

    def expand(word: str, depth: int = 0) -> str:
        if depth > 5:
            return word
        new = re.sub(r"\$[({]([A-Za-z_][A-Za-z0-9_]*)[)}]", lambda m: variables.get(m.group(1), ""), word)
        return new if new == word else expand(new, depth + 1)

    # make runs recipes with /bin/sh, which has no brace expansion, unless SHELL is bash.
    bash = re.search(r"^SHELL\s*[:?]?=\s*\S*bash\b", text, re.M) is not None

    def braces(word: str) -> list[str]:
        m = re.search(r"\{([^{}]*,[^{}]*)\}", word)
        if not m or not bash:
            return [word]
        return [w for alt in m.group(1).split(",") for w in braces(word[: m.start()] + alt + word[m.end() :])]

    created = set()
    for line in text.splitlines():
        if "mkdir" not in line:
            continue
        try:
            words = shlex.split(expand(line).replace(";", " ; ").replace("&&", " ; "), posix=True)
        except ValueError:
            words = expand(line).split()
        for word in words:
            for path in braces(word):
                path = re.sub(r"^(\./)+", "", path.replace("$(CURDIR)/", "").replace("${CURDIR}/", ""))
                if path and not path.startswith(("-", "/", "$")) and path not in ("mkdir", ";", "@mkdir"):
                    created.add(path.rstrip("/"))
    return created


def test_bind_mount_sources_exist_or_are_made(compose, services):
    made = _make_created_dirs()
    blocks = {"x-airflow-common": compose["x-airflow-common"], **services}
    problems = []
    seen = set()
    for block_name, block in blocks.items():
        for source, target in _bind_mounts(block):
            if source in seen:
                continue
            seen.add(source)
            rel = Path(source)
            if rel.is_absolute():
                problems.append(f"{block_name}: {source} is an absolute host path; use a ./ path")
                continue
            rel_posix = Path(*rel.parts).as_posix()
            if rel_posix.split("/")[0] in SOURCE_DIRS:
                if not (ROOT / rel).is_dir():
                    problems.append(f"{block_name}: {source} (-> {target}) is not in the repository")
                continue
            made_here = any(rel_posix == d or d.startswith(rel_posix + "/") for d in made)
            if not ((ROOT / rel).exists() or made_here):
                problems.append(
                    f"{block_name}: {source} (-> {target}) neither exists nor is created by a "
                    f"`mkdir` in {MAKEFILE.name}"
                )
    assert not problems, "\n".join(problems)


def test_named_volumes_are_declared(compose, services):
    declared = set((compose.get("volumes") or {}).keys())
    named = set()
    for name, svc in services.items():
        for vol in svc.get("volumes") or []:
            if isinstance(vol, str):
                source = interpolate_defaults(vol).split(":")[0]
                if source and not source.startswith((".", "/", "~")):
                    assert source in declared, f"{name}: volume {source} is not declared"
                    named.add(source)
    assert named, "no service mounts a named volume: the check above saw nothing (the database must keep its data)"


# --- Dockerfile ------------------------------------------------------------------------------


def test_dockerfile_base_image(dockerfile_instructions):
    froms = [ln for ln in dockerfile_instructions if ln.upper().startswith("FROM ")]
    assert froms, "Dockerfile has no FROM"
    assert re.match(r"FROM\s+apache/airflow:3\.3\.2(-python3\.11)?(\s|$)", froms[0], re.I), froms[0]


def test_dockerfile_installs_requirements(dockerfile_instructions):
    assert any(re.match(r"(COPY|ADD)\s.*\brequirements\.txt\b", ln, re.I) for ln in dockerfile_instructions)
    runs = [ln for ln in dockerfile_instructions if ln.upper().startswith("RUN ")]
    assert any(re.search(r"pip install\b.*--no-cache-dir\b.*-r\s+\S*requirements\.txt", ln) for ln in runs), (
        "requirements.txt must be installed with `pip install --no-cache-dir -r`"
    )


def test_dockerfile_installs_newsetl_package(dockerfile_instructions):
    copies = [ln for ln in dockerfile_instructions if re.match(r"(COPY|ADD)\s", ln, re.I)]
    assert any("pyproject.toml" in ln for ln in copies), "pyproject.toml is not copied"
    assert any(re.search(r"\binclude/?(\s|$)", ln) for ln in copies), "include/ is not copied"
    runs = [ln for ln in dockerfile_instructions if ln.upper().startswith("RUN ")]
    assert any(re.search(r"pip install\b.*--no-deps\b", ln) for ln in runs), "newsetl not pip-installed"


def test_dockerfile_pip_runs_as_airflow_user(dockerfile_instructions):
    """Official docs: install Python packages as the airflow user, never as root."""
    user = "airflow"  # the base image's default user
    for ln in dockerfile_instructions:
        if ln.upper().startswith("USER "):
            user = ln.split()[1]
        elif ln.upper().startswith("RUN ") and "pip install" in ln:
            assert user == "airflow", f"pip runs as {user}: {ln}"


def test_dockerfile_spacy_model_is_optional(dockerfile_instructions):
    args = [ln for ln in dockerfile_instructions if ln.upper().startswith("ARG ")]
    assert any(re.match(r'ARG\s+NEWSETL_SPACY_MODEL(=""|=|$)', ln) for ln in args)


def test_compose_build_args_exist_in_dockerfile(compose, dockerfile_instructions):
    declared = {
        re.split(r"[=\s]", ln.split(None, 1)[1])[0] for ln in dockerfile_instructions if ln.upper().startswith("ARG ")
    }
    for arg in compose["x-airflow-common"]["build"].get("args") or {}:
        assert arg in declared, f"build arg {arg} is not declared in docker/Dockerfile"


# --- .env.example ----------------------------------------------------------------------------


def test_env_example_lists_settings():
    assert ENV_EXAMPLE.is_file(), f"missing {ENV_EXAMPLE}"
    keys = set(re.findall(r"^\s*#?\s*([A-Z_][A-Z0-9_]*)=", ENV_EXAMPLE.read_text(), re.M))
    expected = {
        "AIRFLOW_UID",
        "_AIRFLOW_WWW_USER_USERNAME",
        "_AIRFLOW_WWW_USER_PASSWORD",
        "FERNET_KEY",
        *NEWSETL_ENV,
    }
    assert expected <= keys, f".env.example lacks {sorted(expected - keys)}"
