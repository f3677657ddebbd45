"""Capture the demo's impostor pages (crawler/capture.py); print time per page and sizes.

python benchmarks/bench_capture.py            # every demo impostor, Chromium if installed
python benchmarks/bench_capture.py --no-browser

Against the bundled simulated web on 127.0.0.1 (no internet). One Chromium serves every page;
the figure per page includes fetching the page and everything the rendering asks for (through
the guarded fetcher), the screenshot and the PDF.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from crawler.capture import CaptureConfig, CaptureTarget, capture_many, find_chromium  # noqa: E402
from crawler.catalog import load_catalog  # noqa: E402
from simweb import SimWeb, load_world  # noqa: E402


def main(browser: bool = True) -> None:
    world = load_world()
    targets = [CaptureTarget(p.platform, p.handle, p.display_name)
               for p in world.profiles if p.truth_class == "impostor"]
    catalog = load_catalog()
    with SimWeb(world) as web:
        config = CaptureConfig(resolve={"*": web.address},
                               chromium=None if browser else "")
        started = time.perf_counter()
        caps = capture_many(targets, catalog, config)
        elapsed = time.perf_counter() - started
    states = Counter(c.state for c in caps)
    shots = [c for c in caps if c.screenshot]
    print(f"chromium: {find_chromium() if browser else 'off'}")
    per = elapsed / max(1, len(caps))
    print(f"pages captured: {len(caps)} in {elapsed:.1f} s ({per:.2f} s/page)")
    print("states: " + ", ".join(f"{k} {v}" for k, v in sorted(states.items())))
    if shots:
        png = sum(len(c.screenshot or b"") for c in shots) / len(shots)
        pdf = sum(len(c.pdf or b"") for c in shots) / len(shots)
        print(f"screenshots: {len(shots)}, mean PNG {png / 1024:.0f} KB, "
              f"mean PDF {pdf / 1024:.0f} KB")
    resources = sum(len(c.resources) for c in caps)
    refused = sum(1 for c in caps for r in c.resources if r.get("refused"))
    print(f"requests made for renderings: {resources} ({refused} refused by the guard)")


if __name__ == "__main__":
    main(browser="--no-browser" not in sys.argv)
