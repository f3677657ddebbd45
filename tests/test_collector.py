"""crawler/collector.py: the ``brandsweep`` program runs Python's cycle collector only during
the crawl; anywhere else (tests, scripts) collection is left as it is."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crawler import collector
from crawler.wmn import slug
from simweb.sites import SitesServer, wmn_sites

REPO = Path(__file__).resolve().parents[1]

#: runs ``python -m crawler.cli ARGS`` and notes, for each collection the collector started on
#: its own, the last phase finished before it (crawler/phases.py)
LAUNCHER = r'''
import atexit, gc, json, runpy, sys
from crawler import phases
out = sys.argv.pop(1)
seen = []
def note(step, info):
    if step == "start":
        seen.append([phases.RECORDS[-1].name if phases.RECORDS else "", info["generation"],
                     len(phases.RECORDS) - 1])
gc.callbacks.append(note)
atexit.register(lambda: json.dump({"collections": seen,
                                   "phases": [r.name for r in phases.RECORDS]}, open(out, "w")))
sys.argv[0] = "brandsweep"
runpy.run_module("crawler.cli", run_name="__main__", alter_sys=True)
'''


def test_outside_the_program_nothing_changes(monkeypatch):
    monkeypatch.setitem(collector._STATE, "program", False)
    frozen = gc.get_freeze_count()
    collector.hold()
    assert gc.isenabled()
    collector.settle()
    collector.release()
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_in_the_program_loading_is_not_collected_and_stays_frozen(monkeypatch):
    monkeypatch.setitem(collector._STATE, "program", True)
    kept = [object() for _ in range(10)]  # noqa: F841 - alive across the freeze
    try:
        collector.hold()
        assert not gc.isenabled()
        collector.settle()
        assert gc.isenabled() and gc.get_freeze_count() > 0
        collector.hold()
        assert not gc.isenabled()
        collector.release()
        assert gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()


@pytest.mark.parametrize("crawl", [True, False], ids=["crawl", "no-crawl"])
def test_the_program_collects_only_during_the_crawl(tmp_path: Path, crawl: bool) -> None:
    """A whole ``brandsweep audit``: from loading to the last report file, every collection
    Python started on its own fell inside the crawl; loading, classification, the store and
    the report ran without one. (The collector is on again once the audit is over: the
    terminal summary may collect.) ``no-crawl``: the probe workers settled every probe, so
    the audit stores their answers without a crawl (crawler/lane_direct.py), and nothing of
    the audit collects at all."""
    with SitesServer(handle="northwind") as server:
        doc = wmn_sites(30, server.port)
        (tmp_path / "wmn.json").write_text(json.dumps(doc), encoding="utf-8")
        inv = tmp_path / "inventory.yaml"
        inv.write_text("organization: Northwind Coffee Co.\ndomains: [northwindcoffee.com]\n"
                       "brands:\n  - name: Northwind\n    accounts: []\n", encoding="utf-8")
        env = {k: v for k, v in os.environ.items()
               if k.lower() not in ("http_proxy", "https_proxy")}
        env["PYTHONPATH"] = str(REPO)
        env.pop("BRANDSWEEP_SCRAPY_SETTINGS", None)
        if crawl:
            env["BRANDSWEEP_SCRAPY_SETTINGS"] = json.dumps(
                {"BRANDSWEEP_SETTLED_WITHOUT_CRAWL": False})
        proc = subprocess.run(
            [sys.executable, "-c", LAUNCHER, str(tmp_path / "gc.json"), "audit", str(inv),
             "--sites-file", str(tmp_path / "wmn.json"),
             "--platforms", ",".join(slug(s["name"]) for s in doc["sites"]),
             "--max-variants", "1", "--search-engine", "none", "--allow-private-network",
             "--out", str(tmp_path / "report"), "--db", str(tmp_path / "a.db"), "-q"],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    seen = json.loads((tmp_path / "gc.json").read_text(encoding="utf-8"))
    assert "report: report.html" in seen["phases"]
    names = seen["phases"]
    held = set(names[:names.index("report: proposed_inventory.yaml")])  # the audit's phases
    if not crawl:
        assert {"store the probe workers' answers (no crawl needed)", "classify",
                "report: view"} <= held
        assert "crawl" not in held
        outside = [c for c in seen["collections"] if c[0] in held]
        assert outside == [], outside
        return
    assert {"crawl", "classify", "report: view"} <= held
    # (a collection is named after the last phase finished before it: the crawl's after the
    # phase before "crawl", the import of Scrapy or the wait for the probe workers, or, on a
    # loaded machine, the "between phases" gap of more than 5 ms phases.py records after it)
    in_crawl = names.index("crawl") - 1
    before_crawl = names[in_crawl - 1] if names[in_crawl] == "between phases" else names[in_crawl]
    assert before_crawl in ("crawl: import Scrapy and spiders", "probe workers: wait")
    outside = [c for c in seen["collections"] if c[0] in held and c[2] != in_crawl]
    assert outside == [], outside
    assert any(c[2] == in_crawl for c in seen["collections"])
    findings = json.loads((tmp_path / "report" / "findings.json").read_text(encoding="utf-8"))
    assert len(findings) == 30
