"""Render a report of N synthetic findings; print build/render/write times and file sizes.

python benchmarks/bench_report.py            # 10,000 findings
python benchmarks/bench_report.py 50000
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from reports import build_view, render_html, sample, write_outputs  # noqa: E402


def main(n: int = 10_000) -> None:
    findings = sample.synthetic(n)
    inv, audit, history = sample.inventory(), sample.audit(), sample.history()
    render_html(build_view(inv, findings[:10], audit))  # warm the template cache

    t0 = time.perf_counter()
    view = build_view(inv, findings, audit, history)
    t1 = time.perf_counter()
    html = render_html(view)
    t2 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_outputs(Path(tmp), inv, findings, audit, history)
        t3 = time.perf_counter()
        sizes = {name: p.stat().st_size for name, p in paths.items()}
    print(f"findings:          {n:,}")
    print(f"build_view:        {t1 - t0:.2f} s")
    print(f"render_html:       {t2 - t1:.2f} s")
    print(f"write_outputs:     {t3 - t2:.2f} s (view + html + json + csv + yaml)")
    size = len(html.encode())
    print(f"report.html:       {size / 1e6:.2f} MB ({size / n:.0f} B/finding)")
    for name, size in sizes.items():
        if name != "report.html":
            print(f"{name + ':':<25}{size / 1e6:.2f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
