"""Benchmark: one distributed audit, a coordinator and 1, 2 and 4 worker processes, wall time and
speed-up, on a many-host loopback fixture whose work is latency-bound, as on the real web.

The fixture (``simweb/sites.py``): N WhatsMyName-format sites, each on its own loopback address
(127.0.X.Y), every answer delayed by ``--latency`` seconds. Each process works on at most
``--per-process`` requests at once (its ``CONCURRENT_REQUESTS``): on the real web a machine's
share of a sweep is bounded by what it can hold open and parse, and each site by its own rate,
so adding machines adds capacity while every host still gets the catalog's rate (shared through
Redis). The coordinator leaves every fetch to the workers (``BRANDSWEEP_REDIS_COORDINATE_ONLY``),
so 1, 2 and 4 workers are 1, 2 and 4 crawling processes.

For each worker count: a fresh redis-server and sites server, the workers started and waiting
on Redis for an audit (as on other machines: their start-up is not timed), then ``brandsweep
audit ... --redis-url`` timed from start to exit (crawl, matching, report), and its crawl time as
the report's coverage gives it. The server checks the sweep was
polite: the most requests any host had in flight at once.

The machine this runs on has 2 CPU cores (shared with other work): the fixture is sized so that
waiting for answers, not CPU, dominates; a CPU-bound sweep would not scale past the cores.

    python benchmarks/bench_distributed.py [--sites 150] [--variants 5] [--latency 1.0]
        [--per-process 6] [--workers 1,2,4]
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
sys.path.insert(0, str(REPO / "tests"))

HANDLE = "northwind"


def run(workers: int, args: argparse.Namespace, tmp: Path) -> dict[str, float]:
    from redis_server import RedisServer  # tests/redis_server.py: a real redis-server

    from crawler.wmn import slug
    from simweb.sites import SitesServer, wmn_sites

    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy")}
    env["PYTHONPATH"] = str(REPO)
    settings = {"CONCURRENT_REQUESTS": args.per_process}
    env["BRANDSWEEP_SCRAPY_SETTINGS"] = json.dumps(settings)
    coordinator_env = dict(env)
    coordinator_env["BRANDSWEEP_SCRAPY_SETTINGS"] = json.dumps(
        {**settings, "BRANDSWEEP_REDIS_COORDINATE_ONLY": True})
    folder = tmp / f"w{workers}"
    (folder / "redis").mkdir(parents=True)
    inv = folder / "inventory.yaml"
    inv.write_text("organization: Northwind Coffee Co.\ndomains: [northwindcoffee.com]\n"
                   "brands:\n  - name: Northwind\n    accounts: []\n", encoding="utf-8")
    with RedisServer(folder / "redis") as redis_server, \
            SitesServer(handle=HANDLE, latency=args.latency) as web:
        doc = wmn_sites(args.sites, web.port)
        sites = folder / "wmn.json"
        sites.write_text(json.dumps(doc), encoding="utf-8")
        procs = [subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "worker", "--redis-url", redis_server.url,
             "--allow-private-network", "--wait", "120", "-q"],
            cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            for _ in range(workers)]
        _wait_for_clients(redis_server, workers)
        out = folder / "report"
        start = time.monotonic()
        audit = subprocess.run(
            [sys.executable, "-m", "crawler.cli", "audit", str(inv), "--sites-file", str(sites),
             "--platforms", ",".join(slug(s["name"]) for s in doc["sites"]),
             "--max-variants", str(args.variants), "--search-engine", "none",
             "--allow-private-network", "--capture-max", "0", "--out", str(out),
             "--db", str(folder / "a.db"), "--redis-url", redis_server.url, "-q"],
            cwd=REPO, env=coordinator_env, capture_output=True, text=True)
        wall = time.monotonic() - start
        for p in procs:
            _, err = p.communicate(timeout=120)
            if p.returncode != 0:
                raise SystemExit(f"a worker failed: {err[-2000:]}")
        if audit.returncode != 0:
            raise SystemExit(f"the audit failed: {audit.stderr[-2000:]}")
        stats = web.stats()
    coverage = json.loads((out / "coverage.json").read_text())
    findings = json.loads((out / "findings.json").read_text())
    return {"wall": wall, "crawl": float(coverage["crawl"].get("elapsed") or 0.0),
            "requests": stats["requests"],
            "host_max_in_flight": max(h["max_in_flight"] for h in stats["hosts"].values()),
            "found": sum(1 for f in findings if f["handle"] == HANDLE)}


def _wait_for_clients(server: object, n: int, timeout: float = 120.0) -> None:
    """Until ``n`` workers wait on Redis for an audit: started and imported, as workers on
    other machines would be, so their start-up (seconds of CPU each, on the same 2 cores as
    the coordinator here) is not timed as the audit's."""
    client = server.client()  # type: ignore[attr-defined]
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if len(client.client_list()) - 1 >= n:  # minus this client
                return
            time.sleep(0.2)
    finally:
        client.close()
    raise SystemExit(f"{n} workers did not reach Redis in {timeout:g} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sites", type=int, default=150)
    parser.add_argument("--variants", type=int, default=5)
    parser.add_argument("--latency", type=float, default=1.0)
    parser.add_argument("--per-process", type=int, default=6)
    parser.add_argument("--workers", default="1,2,4")
    args = parser.parse_args()
    counts = [int(n) for n in args.workers.split(",")]
    print(f"{args.sites} sites, {args.variants} variants + 1 calibration each, "
          f"{args.latency:g} s per answer, {args.per_process} requests at once per process; "
          f"{os.cpu_count()} CPU cores", flush=True)
    print(f"{'workers':>7} {'wall s':>8} {'crawl s':>8} {'speed-up':>8} {'requests':>8} "
          f"{'found':>5} {'host max in flight':>18}", flush=True)
    base = None
    with tempfile.TemporaryDirectory(prefix="bench-distributed-") as tmp:
        for n in counts:
            r = run(n, args, Path(tmp))
            base = base or r
            print(f"{n:>7} {r['wall']:>8.1f} {r['crawl']:>8.1f} "
                  f"{base['wall'] / r['wall']:>7.2f}x {r['requests']:>8} {r['found']:>5} "
                  f"{r['host_max_in_flight']:>18}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
