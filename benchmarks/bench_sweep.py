"""Benchmark: one sweep of the demo world over the simulated web on 127.0.0.1.

Prints requests sent, requests per discovered true profile, probes per second, elapsed time and
peak memory of the crawling process. The crawl runs in a subprocess (the reactor cannot
restart) so its peak RSS is its own; the simulated web runs here.

    python benchmarks/bench_sweep.py [--max-variants N] [--engine duckduckgo|searxng|none]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crawler import stats_keys

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-variants", type=int, default=40)
    parser.add_argument("--engine", default="duckduckgo")
    args = parser.parse_args()

    from crawler.catalog import load_catalog
    from crawler.store import Store
    from matching.inventory import load_inventory
    from simweb import SimWeb, load_world

    seed = REPO / "seeds" / "official_accounts.yaml"
    catalog = load_catalog()
    inventory = load_inventory(seed, catalog.rules(), url_parser=catalog.match_profile_url)
    world = load_world()
    server = SimWeb(world).start()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        store = Store(db)
        audit_id = store.begin_audit(inventory, settings={})
        store.close()
        settings = {
            "BRANDSWEEP_RESOLVE": server.resolve_map, "BRANDSWEEP_DB": str(db),
            "BRANDSWEEP_AUDIT_ID": audit_id, "BRANDSWEEP_ALLOW_PRIVATE_NETWORK": True,
            "BRANDSWEEP_PROGRESS": False, "LOG_LEVEL": "ERROR",
        }
        spider = {"inventory": str(seed), "search_engine": args.engine,
                  "searxng_url": "http://searx.local", "max_variants": args.max_variants}
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        started = time.monotonic()
        proc = subprocess.run(
            [sys.executable, "-m", "crawler.crawl", "--settings", json.dumps(settings),
             "--spider", json.dumps(spider)],
            cwd=REPO, env=env, capture_output=True, text=True, check=False,
        )
        wall = time.monotonic() - started
        server.stop()
        if proc.returncode != 0:
            print(proc.stderr[-3000:], file=sys.stderr)
            return 1
        stats = json.loads(proc.stdout.strip().splitlines()[-1])
        store = Store(db)
        observed = {(o.platform, o.handle) for o in store.observations(audit_id)}
        store.close()

    def key(platform: str, handle: str) -> tuple[str, str]:
        return platform, catalog[platform].canonical(handle)

    true = {key(p.platform, p.handle) for p in world.profiles if p.truth_class != "unrelated"}
    found_true = true & observed
    raw = stats["raw"]
    probes = sum(v for k, v in raw.items() if k.startswith(stats_keys.PROBES))
    child_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"engine                        {args.engine}, max_variants {args.max_variants}")
    print(f"requests sent                 {stats['requests']}")
    print(f"profiles observed             {len(observed)}")
    print(f"true profiles discovered      {len(found_true)} / {len(true)}")
    print(f"requests per true profile     {stats['requests'] / max(1, len(found_true)):.1f}")
    print(f"probe responses               {probes}")
    print(f"probes per second             {probes / max(stats['elapsed'], 1e-9):.1f}")
    print(f"crawl time (s)                {stats['elapsed']:.2f}  (wall incl. start-up {wall:.2f})")
    print(f"rate-limited responses        {stats['rate_limited']}")
    print(f"coverage gaps                 {len(stats['coverage_gaps'])}")
    print(f"peak memory of the crawl (MB) {child_peak / 1024:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
