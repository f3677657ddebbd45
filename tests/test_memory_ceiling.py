"""Heads that never end cost bounded memory: a real audit of four header-flood profiles stays
under 250 MB of peak resident memory (measured: 1.15 GB with one such link and 1.72 GB with
four before crawler/transport.py bounded the head).

The audit runs in a subprocess of its own and ``os.wait4`` returns that child's ``ru_maxrss``
(the rusage of one process, not of every child this test session ever waited for). It is started
by a tiny launcher process, not by pytest itself: Linux counts in a child's ``ru_maxrss`` the
resident size of the forked copy it exec'd from, so an audit forked straight from a pytest that
has grown to 300 MB over the suite would "peak" at 300 MB before running a line. A memory
ceiling, not a timing assertion: the figure does not depend on how fast the machine is.
"""

from __future__ import annotations

import subprocess
import sys

from subprocess_audit import HOSTILE_WORLD, REPO, SimWebProcess, audit_command, audit_env

from crawler.store import Store
from matching.models import ProbeState

CEILING_MB = 250
#: runs argv[1:] with its output on stderr and prints that child's own ru_maxrss (kB) on stdout
LAUNCHER = (
    "import os, subprocess, sys\n"
    "p = subprocess.Popen(sys.argv[1:], stdout=sys.stderr)\n"
    "_, status, usage = os.wait4(p.pid, 0)\n"
    "print(usage.ru_maxrss)\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)
FLOODS = {"qmheaders": "too_many_headers", "qmfolded": "headers_too_large",
          "qmendless": "headers_too_large", "qmdrip": "headers_timeout"}


def test_four_header_floods_stay_under_the_memory_ceiling(tmp_path):
    inventory = tmp_path / "floods.yaml"
    accounts = "".join(f"      - {{platform: github, handle: {h}}}\n" for h in FLOODS)
    inventory.write_text("organization: Quillmark Ltd\nbrands:\n  - name: Quillmark\n"
                         f"    accounts:\n{accounts}", encoding="utf-8")
    db, out = tmp_path / "a.db", tmp_path / "out"
    with SimWebProcess(HOSTILE_WORLD) as web:
        cmd = audit_command(inventory, web, db, out, "--platforms", "github",
                            "--max-variants", "0")
        # the request timeout well above the head's, as in production (20 s vs 10 s)
        # GITHUB_TOKEN: the probes go to GitHub's API, where the floods are (without a token
        # they read github.com profile pages)
        env = audit_env({"DOWNLOAD_TIMEOUT": 20, "BRANDSWEEP_HEADERS_TIMEOUT": 2.0},
                        {"GITHUB_TOKEN": "hostile-world-test-token"})
        with open(tmp_path / "stderr", "wb") as err:
            proc = subprocess.run([sys.executable, "-c", LAUNCHER, *cmd], cwd=REPO, env=env,
                                  stdout=subprocess.PIPE, stderr=err, check=False)
    stderr = (tmp_path / "stderr").read_text("utf-8", "replace")
    assert proc.returncode == 0, stderr[-3000:]
    peak_mb = int(proc.stdout.decode().split()[-1]) / 1024  # kilobytes on Linux
    print(f"\npeak RSS of the audit with four header floods: {peak_mb:.0f} MB")
    assert peak_mb < CEILING_MB, f"{peak_mb:.0f} MB"
    store = Store(db)
    try:
        observed = {o.handle: o for o in store.observations(store.latest_audit())}
    finally:
        store.close()
    for handle, reason in FLOODS.items():
        assert observed[handle].state is ProbeState.UNVERIFIABLE
        assert observed[handle].reason == reason, (handle, observed[handle].reason)
