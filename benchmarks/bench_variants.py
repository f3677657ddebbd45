"""Benchmark: how many of the demo world's guessable impostor handles the variant generator
produces per platform at several budgets, and how long generation takes for a large inventory.

"Guessable" = an impostor of simweb/world.yaml whose handle is within one step of a
name of the demo inventory: its own name or a separator spelling of it, one edit (rapidfuzz
OSA: omission, repetition, replacement, transposition), a common homoglyph (vv/w, rn/m, 0/o,
1/l, 1/i) or a scam/support affix. "probe-only" marks those no other discovery path reveals.

    python benchmarks/bench_variants.py [--brands 100] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

BUDGETS = (10, 20, 40, 80)
AFFIXES = ("support", "help", "care", "official", "giveaway", "promo", "shop", "store",
           "tr", "us", "uk")
HOMOGLYPHS = (("vv", "w"), ("rn", "m"), ("0", "o"), ("1", "l"), ("1", "i"))


def one_step(handle: str, roots: set[str]) -> bool:
    from rapidfuzz.distance import OSA

    from matching.normalise import squash

    h = squash(handle)
    if {h, *(h.replace(a, b) for a, b in HOMOGLYPHS)} & roots:
        return True
    if any(OSA.distance(h, r, score_cutoff=1) <= 1 for r in roots):
        return True
    return any(h in (r + w, w + r) for r in roots for w in AFFIXES)


def synthetic_inventory(n: int):  # noqa: ANN201 - Inventory, imported lazily
    """``n`` brands with two aliases and three declared handles each (deterministic)."""
    from matching.models import Brand, Inventory, OfficialAccount

    syll = ("nor", "th", "wind", "po", "la", "ris", "kah", "ve", "col", "brew", "sun", "mar",
            "ta", "lo", "ven", "qui", "del", "ra")
    brands = []
    for i in range(n):
        a, b, c = syll[i % 18], syll[(i * 7 + 3) % 18], syll[(i * 5 + 11) % 18]
        name = f"{a.title()}{b} {c.title()}{i}"
        handle = f"{a}{b}{c}{i}"
        brands.append(Brand(
            name, aliases=(f"{a.title()}{b}", f"{name} Official"),
            accounts=(OfficialAccount("instagram", handle, name),
                      OfficialAccount("x", f"{a}{b}{i}", name),
                      OfficialAccount("bluesky", f"{handle}.com", name)),
        ))
    return Inventory("Synthetic Org", brands=tuple(brands))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--brands", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from crawler.catalog import load_catalog
    from matching.inventory import load_inventory
    from matching.normalise import squash
    from matching.variants import _plan, generate_candidates
    from simweb import load_world

    catalog = load_catalog()
    rules = catalog.rules()
    inventory = load_inventory(REPO / "seeds" / "official_accounts.yaml", rules,
                               url_parser=catalog.match_profile_url)
    world = load_world()
    roots = {squash(t) for b in inventory.brands
             for t in (*b.names, *(a.handle for a in b.accounts))}

    def key(platform: str, handle: str) -> tuple[str, str]:
        return platform, catalog[platform].canonical(handle)

    guessable: dict[str, list[tuple[str, str]]] = {}
    probe_only: set[tuple[str, str]] = set()
    for p in world.profiles:
        if p.truth_class != "impostor":
            continue
        k = key(p.platform, p.handle)
        name = k[1].removeprefix(rules[p.platform].community) if rules[p.platform].community \
            else k[1]  # a community's name (a subreddit r/<name>), counted as a handle
        if one_step(name.removesuffix(".bsky.social"), roots):
            guessable.setdefault(p.platform, []).append(k)
            if not p.indexed_by:
                probe_only.add(k)

    platforms = sorted(guessable)
    print(f"demo world: {sum(map(len, guessable.values()))} guessable impostor handles "
          f"({len(probe_only)} probe-only) on {len(platforms)} platforms; "
          f"{len(inventory.brands)} brands, budget = max_variants x brands per platform")
    print(f"{'platform':<11}" + "".join(f"{'mv=' + str(b):>9}" for b in BUDGETS))
    totals = dict.fromkeys(BUDGETS, 0)
    totals_probe = dict.fromkeys(BUDGETS, 0)
    generated: dict[int, set[tuple[str, str]]] = {}
    for b in BUDGETS:
        cands = generate_candidates(inventory, rules, max_variants=b)
        generated[b] = {key(c.platform, c.handle) for c in cands}
    for platform in platforms:
        row = f"{platform:<11}"
        for b in BUDGETS:
            hit = sum(k in generated[b] for k in guessable[platform])
            totals[b] += hit
            row += f"{f'{hit}/{len(guessable[platform])}':>9}"
        print(row)
    for b in BUDGETS:
        totals_probe[b] = len(probe_only & generated[b])
    n_all = sum(map(len, guessable.values()))
    print(f"{'all':<11}" + "".join(f"{f'{totals[b]}/{n_all}':>9}" for b in BUDGETS))
    print(f"{'probe-only':<11}"
          + "".join(f"{f'{totals_probe[b]}/{len(probe_only)}':>9}" for b in BUDGETS))
    missed = sorted(probe_only - generated[40])
    print(f"probe-only missed at max_variants=40: {missed or 'none'}")

    big = synthetic_inventory(args.brands)
    print(f"\ngeneration time, {args.brands} brands x {len(rules)} platforms "
          f"(median of {args.repeat}, cold caches):")
    for b in BUDGETS:
        times, count = [], 0
        for _ in range(args.repeat):
            _plan.cache_clear()
            started = time.perf_counter()
            count = len(generate_candidates(big, rules, max_variants=b))
            times.append(time.perf_counter() - started)
        med = statistics.median(times)
        print(f"  max_variants={b:<3} {count:>7} candidates  {med:6.2f} s  "
              f"({count / med:,.0f} candidates/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
