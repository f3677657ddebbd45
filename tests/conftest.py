"""Shared fixtures: a running simulated web on 127.0.0.1.

``simweb`` is one server for the whole session (read-only use: don't change its world without
restoring it). ``simweb_factory`` starts private servers for tests that need fresh state (the
``rate_limited_once`` profiles answer 429 only on their first request per server) or a changed
world; they are stopped at the end of the test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

#: ``redis_url`` (a real redis-server per test module) and ``client`` (on an emptied database)
#: for the distributed tests: one definition instead of a copy per module.
pytest_plugins = ["redis_server"]


def _hermetic_credentials() -> None:
    """A developer's exported GITHUB_TOKEN (any catalog ``auth: env``) must not change what the
    suite sends or records: tests that want a credential set it themselves."""
    import os

    from crawler.catalog import load_catalog

    for platform in load_catalog().values():
        if platform.auth is not None:
            os.environ.pop(platform.auth.env, None)


_hermetic_credentials()


@pytest.fixture(scope="session")
def simweb() -> Iterator[Any]:
    from simweb import SimWeb, load_world

    server = SimWeb(load_world()).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def simweb_factory() -> Iterator[Callable[..., Any]]:
    from simweb import SimWeb, load_world

    started: list[Any] = []

    def make(world: Any = None) -> Any:
        server = SimWeb(world or load_world()).start()
        started.append(server)
        return server

    try:
        yield make
    finally:
        for server in started:
            server.stop()


# --------------------------------------------------------------------------- sweeps
# A crawl runs in a subprocess (``python -m crawler.crawl``): Twisted's reactor cannot restart,
# and other test modules may run their own. The simulated web stays in this process, so tests
# read its request log; the subprocess writes into a real SQLite store that tests read back.

REPO = __import__("pathlib").Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "official_accounts.yaml"


class SweepResult:
    """What one crawl left behind: stats, store contents, the server's request log."""

    def __init__(self, stats: dict[str, Any], store: Any, audit_id: int,
                 request_log: list[tuple[str, str, str, int]],
                 agents: list[tuple[str, str, str, float]]):
        self.stats = stats
        self.audit_id = audit_id
        self.observations = {(o.platform, o.handle): o for o in store.observations(audit_id)}
        self.sightings = store.sightings(audit_id)
        self.linked_pages = store.linked_pages(audit_id)
        self.request_log = request_log
        # (host, user-agent, path, monotonic time) of every request the server saw
        self.agents = agents
        self.world: Any = None
        self.stderr = ""
        self.inventory: Any = None

    def vias(self, platform: str, handle: str) -> set[str]:
        return {s.via.value for s in self.sightings
                if (s.platform, s.handle) == (platform, handle)}

    @property
    def gaps(self) -> list[dict[str, Any]]:
        return list(self.stats.get("coverage_gaps") or [])


def run_sweep(server: Any, workdir: Any, spider: dict[str, Any] | None = None,
              settings: dict[str, Any] | None = None, inventory: Any = SEED) -> SweepResult:
    """One real crawl of ``server``'s world into a fresh store under ``workdir``."""
    import json
    import os
    import subprocess
    import sys
    import threading
    import time

    from crawler.catalog import load_catalog
    from crawler.store import Store
    from matching.inventory import load_inventory

    catalog = load_catalog()
    inv = load_inventory(inventory, catalog.rules(), url_parser=catalog.match_profile_url)
    db = workdir / "sweep.db"
    store = Store(db)
    audit_id = store.begin_audit(inv, settings={})
    store.close()

    agents: list[tuple[str, str, str, float]] = []
    lock = threading.Lock()
    original = server.app.handle

    def recording(req: Any) -> Any:  # the server's own dispatch, plus a note of the UA
        with lock:
            query = "&".join(f"{k}={v}" for k, vs in req.query.items() for v in vs)
            agents.append((req.host, req.headers.get("user-agent", ""),
                           req.path + (f"?{query}" if query else ""), time.monotonic()))
        return original(req)

    before = len(server.request_log)
    server.app.handle = recording
    try:
        crawl_settings = {
            "BRANDSWEEP_RESOLVE": server.resolve_map,
            "BRANDSWEEP_DB": str(db),
            "BRANDSWEEP_AUDIT_ID": audit_id,
            "BRANDSWEEP_ALLOW_PRIVATE_NETWORK": True,
            "BRANDSWEEP_PROGRESS": False,
            "LOG_LEVEL": "WARNING",
            **(settings or {}),
        }
        kwargs = {"inventory": str(inventory), "search_engine": "duckduckgo", **(spider or {})}
        path = str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")
        env = {**os.environ, "PYTHONPATH": path}
        proc = subprocess.run(
            [sys.executable, "-m", "crawler.crawl", "--settings", json.dumps(crawl_settings),
             "--spider", json.dumps(kwargs)],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=300, check=False,
        )
    finally:
        server.app.handle = original
    if proc.returncode != 0 or not proc.stdout.strip():
        raise AssertionError(f"crawl failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    stats = json.loads(proc.stdout.strip().splitlines()[-1])
    store = Store(db)
    try:
        result = SweepResult(stats, store, audit_id, list(server.request_log[before:]), agents)
        result.world = server.world
        result.stderr = proc.stderr
        result.inventory = inv
        return result
    finally:
        store.close()


@pytest.fixture(scope="session")
def demo_sweep(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SweepResult]:
    """The bundled demo inventory swept over a fresh simulated web (DuckDuckGo as engine)."""
    from simweb import SimWeb, load_world

    server = SimWeb(load_world()).start()
    try:
        yield run_sweep(server, tmp_path_factory.mktemp("demo_sweep"))
    finally:
        server.stop()


@pytest.fixture(scope="session")
def sweeper() -> Callable[..., SweepResult]:
    """``run_sweep(server, workdir, spider=..., settings=...)`` for tests that need their own."""
    return run_sweep
