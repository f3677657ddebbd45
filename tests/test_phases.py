"""crawler/phases.py: the per-phase clock an audit keeps (``-vv`` logs it; the benchmark's
``--profile-phases`` prints it), and the report library's hook that times each output."""

from __future__ import annotations

import logging
import time

from crawler import phases
from reports import sample, write_outputs


def test_phases_record_wall_cpu_and_memory_in_order(monkeypatch, caplog):
    monkeypatch.setattr(phases, "RECORDS", [])
    caplog.set_level(logging.DEBUG, logger="brandsweep.phases")
    with phases.phase("first"):
        sum(range(200_000))
    time.sleep(0.02)  # work outside any phase is not lost: it becomes its own row
    with phases.phase("second"):
        time.sleep(0.01)
    names = [r.name for r in phases.RECORDS]
    assert names[-3:] == ["first", "between phases", "second"]
    first, gap, second = phases.RECORDS[-3:]
    assert first.cpu > 0 and gap.wall >= 0.02 and second.wall >= 0.01
    assert second.cpu < second.wall  # sleeping is wall time, not CPU
    assert all(r.rss_mb > 0 and r.peak_mb >= 1 for r in phases.RECORDS)
    assert "phase second:" in caplog.text and "MB resident" in caplog.text


def test_the_first_phase_starts_at_process_start(monkeypatch):
    monkeypatch.setattr(phases, "RECORDS", [])
    monkeypatch.setattr(phases, "_last", {"wall": phases.STARTED, "cpu": 0.0})  # a fresh one
    with phases.phase("work"):
        pass
    # pytest has been running for a while: that is the start-up row, not "work"
    assert phases.RECORDS[0].name == "start-up: imports"
    assert phases.RECORDS[0].wall > 0.05
    assert phases.RECORDS[1].name == "work"


def test_write_outputs_reports_each_step(tmp_path):
    steps: list[str] = []
    paths = write_outputs(tmp_path, sample.inventory(), sample.findings(), sample.audit(),
                          on_written=steps.append)
    assert steps[0] == "view"
    assert sorted(steps[1:]) == sorted(paths)  # every file written, each said once


def test_a_finished_crawl_lets_go_of_its_crawler():
    """After the crawl the reactor lives on; the stopper's strong signal receiver used to keep
    the whole crawler (a slot and a cookie jar per host: tens of MB at 10,000 sites) alive
    through classification and the report."""
    import gc
    import weakref

    from scrapy.utils.test import get_crawler

    from crawler.interrupt import GracefulStop

    crawler = get_crawler(settings_dict={"TELNETCONSOLE_ENABLED": False})
    stopper = GracefulStop(crawler, process=None, grace=1.0, show=False)
    alive = weakref.ref(crawler)
    stopper.finish()
    del stopper, crawler
    gc.collect()
    assert alive() is None
