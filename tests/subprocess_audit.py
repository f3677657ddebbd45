"""Run the simulated web and ``brandsweep audit`` as real subprocesses, as an operator would.

Used by the hostile-web, resume and SSRF end-to-end tests: the simulated web serves a world file
(``python -m simweb --world FILE``, first stdout line = port) and the audit reaches it
through ``--resolve '*=127.0.0.1:PORT'`` (names routed there and trusted like /etc/hosts; IP
literals still checked by the SSRF guard). ``BRANDSWEEP_SCRAPY_SETTINGS`` (JSON) shortens the
timeouts so a test of a 4-second stall does not wait Scrapy's 20-second default three times.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
HOSTILE_WORLD = REPO / "simweb" / "hostile_world.yaml"
HOSTILE_INVENTORY = REPO / "tests" / "fixtures" / "hostile_inventory.yaml"

#: fast-failing settings for tests: 1.5 s per request, short back-off
FAST = {"DOWNLOAD_TIMEOUT": 1.5, "BRANDSWEEP_RETRY_BACKOFF_BASE": 0.2}


class SimWebProcess:
    """``python -m simweb --port 0 --world FILE`` in a subprocess (a context manager)."""

    def __init__(self, world: Path | None = None):
        cmd = [sys.executable, "-m", "simweb", "--port", "0"]
        if world is not None:
            cmd += ["--world", str(world)]
        self.proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, text=True)
        line = self.proc.stdout.readline() if self.proc.stdout else ""
        if not line.strip().isdigit():
            self.proc.kill()
            raise RuntimeError(f"simweb did not start: {line!r}")
        self.port = int(line)
        from simweb import load_world  # the world's clock, which the audit classifies at

        #: the world's ``now:``: its pages and Date headers count from it, audits classify at it
        self.now = load_world(world).now

    @property
    def resolve(self) -> str:
        return f"*=127.0.0.1:{self.port}"

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc.stdout:
            self.proc.stdout.close()

    def __enter__(self) -> SimWebProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def audit_command(inventory: Path, web: SimWebProcess, db: Path, out: Path,
                  *extra: str) -> list[str]:
    return [sys.executable, "-m", "crawler.cli", "audit", str(inventory), "--resolve",
            web.resolve, "--db", str(db), "--out", str(out), "-q", "--search-engine", "none",
            "--as-of", web.now, *extra]


def audit_env(settings: dict[str, Any] | None = None,
              extra_env: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["BRANDSWEEP_SCRAPY_SETTINGS"] = json.dumps({**FAST, **(settings or {})})
    env.update(extra_env or {})
    return env


def run_audit(inventory: Path, web: SimWebProcess, db: Path, out: Path, *extra: str,
              settings: dict[str, Any] | None = None, timeout: float = 120,
              extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """One audit to the end; the CompletedProcess (returncode, stdout, stderr)."""
    return subprocess.run(audit_command(inventory, web, db, out, *extra), cwd=REPO,
                          env=audit_env(settings, extra_env), capture_output=True, text=True,
                          timeout=timeout)
