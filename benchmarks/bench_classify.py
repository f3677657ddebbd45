"""Time to classify 100,000 profiles against 1,000 official accounts of 100 brands.

    python benchmarks/bench_classify.py                 # 100 brands x 1,000 profiles
    python benchmarks/bench_classify.py --brands 20 --per-brand 500

Prints profiles, accounts, brands, the seconds classify took, profiles per second and the
seconds per stage (``classify(timings=...)``), then the classes and impostor precision/recall
so a faster classify is seen to stay as accurate. Performance is measured here, never by timed
assertions in tests.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_matching import NOW, score, synthetic  # noqa: E402

from matching.classify import classify  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--brands", type=int, default=100)
    ap.add_argument("--per-brand", type=int, default=1000, help="profiles per brand")
    ap.add_argument("--accounts", type=int, default=8, help="accounts per brand (+2 generated)")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    inventory, obs, pages, truth = synthetic(
        args.brands, args.per_brand, seed=11, accounts_per_brand=args.accounts
    )
    t1 = time.perf_counter()
    timings: dict[str, float] = {}
    findings = classify(inventory, obs, pages, now=NOW, timings=timings)
    t2 = time.perf_counter()
    n = len(obs)
    secs = t2 - t1
    print(
        f"profiles: {n:,}  accounts: {len(inventory.accounts):,}  brands: {len(inventory.brands)}"
    )
    print(f"generate: {t1 - t0:.2f} s (not counted)")
    print(f"classify: {secs:.2f} s  ({n / secs:,.0f} profiles/s)")
    for stage, s in timings.items():
        print(f"  {stage:<14}{s:7.2f} s  {s / secs:6.1%}")
    print("classes:", dict(Counter(f.cls.value for f in findings)))
    metrics, _ = score(findings, truth)
    print("impostor precision/recall: {:.3f}/{:.3f}".format(*metrics["impostor"][:2]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
