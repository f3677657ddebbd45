"""Peak memory of an audit whose profiles answer with headers that never end (#12).

Runs the hostile simulated web (``simweb/hostile_world.yaml``) and one real ``brandsweep
audit`` of four GitHub profiles whose answers are header floods (endless short fields, one field
folded for ever, one endless line, a field every 0.1 s), and prints the audit process's peak
resident memory (``ru_maxrss`` from ``os.wait4``), its time and what it recorded.

    python benchmarks/bench_header_flood.py               # the limits as shipped
    python benchmarks/bench_header_flood.py --no-limits   # head limits set out of reach

``--no-limits`` shows what the limits prevent (before them: 1.15 GB with one such link, 1.72 GB
with four, at the default 20 s timeout, retried twice); it uses a short request timeout and no
retries so that it ends, and can still take a few GB of memory for a few seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

FLOODS = ("qmheaders", "qmfolded", "qmendless", "qmdrip")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-limits", action="store_true")
    parser.add_argument("--timeout", type=float, default=None,
                        help="DOWNLOAD_TIMEOUT (default 20, or 5 with --no-limits)")
    args = parser.parse_args()
    settings: dict[str, object] = {"DOWNLOAD_TIMEOUT": args.timeout or 20}
    if args.no_limits:
        settings = {"DOWNLOAD_TIMEOUT": args.timeout or 5, "RETRY_ENABLED": False,
                    "BRANDSWEEP_MAX_HEADER_BYTES": 10**12, "BRANDSWEEP_MAX_HEADERS": 10**9,
                    "BRANDSWEEP_HEADERS_TIMEOUT": 0}
    from crawler.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        inventory = work / "floods.yaml"
        inventory.write_text("organization: Quillmark Ltd\nbrands:\n  - name: Quillmark\n"
                             "    accounts:\n" + "".join(
                                 f"      - {{platform: github, handle: {h}}}\n" for h in FLOODS),
                             encoding="utf-8")
        web = subprocess.Popen([sys.executable, "-m", "simweb", "--port", "0", "--world",
                                str(REPO / "simweb" / "hostile_world.yaml")], cwd=REPO,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            port = int((web.stdout.readline() if web.stdout else "").strip())
            cmd = [sys.executable, "-m", "crawler.cli", "audit", str(inventory), "--resolve",
                   f"*=127.0.0.1:{port}", "--db", str(work / "a.db"), "--out", str(work / "out"),
                   "-q", "--search-engine", "none", "--platforms", "github", "--max-variants",
                   "0"]
            env = {**os.environ, "BRANDSWEEP_SCRAPY_SETTINGS": json.dumps(settings)}
            started = time.monotonic()
            proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(proc.pid, 0)
            elapsed = time.monotonic() - started
        finally:
            web.terminate()
            web.wait()
        store = Store(work / "a.db")
        try:
            audit = store.latest_audit(complete_only=False)
            reasons = {o.handle: o.reason for o in store.observations(audit)} if audit else {}
        finally:
            store.close()
    print(f"head limits: {'off' if args.no_limits else 'on (64 KB / 100 fields / 10 s)'}; "
          f"settings {settings}")
    print(f"exit {os.waitstatus_to_exitcode(status)}, {elapsed:.1f} s, "
          f"peak RSS {usage.ru_maxrss / 1024:.0f} MB")
    for handle in FLOODS:
        print(f"  github:{handle:<10} {reasons.get(handle)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
