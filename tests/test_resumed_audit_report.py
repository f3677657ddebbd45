"""An interrupted audit, continued with --resume (issue #11's walk): its report gave
"brandsweep audit --resume" without the inventory, database or options it needs, and once
complete it counted only the last run's requests ("1,707 requests sent" of the 2,638 the audit
sent), without a word that it had stopped. Fast: the view and the runner's helpers only."""

from __future__ import annotations

import shlex
from dataclasses import replace

from reports import build_view, render_html, sample


def test_a_partial_audits_report_gives_the_whole_command_that_continues_it():
    audit = replace(sample.audit(), complete=False, finish_reason="interrupted:SIGINT",
                    inventory_path="agency.yaml", db_path="/srv/a b.db", out_dir="/srv/second",
                    settings={"as_of": "2026-11-20T23:59:59+00:00",
                              "resolve": "*=127.0.0.1:8123", "allow_private_network": True,
                              "platforms": []})
    view = build_view(sample.inventory(), sample.findings(), audit)
    assert shlex.split(view.resume_command) == [
        "brandsweep", "audit", "agency.yaml", "--db", "/srv/a b.db", "--out", "/srv/second",
        "--as-of", "2026-11-20T23:59:59+00:00", "--resolve", "*=127.0.0.1:8123",
        "--allow-private-network", "--resume"]
    assert "--resume</code>" in render_html(view)
    # the inventory's absolute path when the audit kept it (typed "agency.yaml" elsewhere)
    kept = build_view(sample.inventory(), sample.findings(),
                      replace(audit, inventory_file="/srv/agency.yaml"))
    assert shlex.split(kept.resume_command)[2] == "/srv/agency.yaml"
    done = build_view(sample.inventory(), sample.findings(), replace(audit, complete=True))
    assert done.resume_command == "" and done.resumed is None


def test_a_resumed_audit_says_it_stopped_and_what_its_earlier_runs_sent():
    from crawler.runner import earlier_runs

    row = {"started_at": "2026-12-07T07:36:19+00:00", "finish_reason": "interrupted:SIGINT",
           "settings": {"crawl": {"requests": 931, "elapsed": 14.2}}}
    runs = earlier_runs(row)
    assert runs == [{"started_at": "2026-12-07T07:36:19+00:00", "requests": 931,
                     "elapsed": 14.2, "finish_reason": "interrupted:SIGINT"}]
    # stopped again, then resumed again: both earlier runs, oldest first
    again = earlier_runs({"finish_reason": "closespider_timeout", "settings": {"crawl": {
        "requests": 500, "earlier_runs": runs}}})
    assert [r["requests"] for r in again] == [931, 500]
    audit = replace(sample.audit(), lang="en", earlier_runs=tuple(again))
    view = build_view(sample.inventory(), sample.findings(), audit)
    assert view.resumed == ("Resumed after 2 stops (interrupted (SIGINT), time limit): 1,431 "
                            "requests were sent before them; the crawl figures count the last "
                            "run.")
    assert 'id="resumed"' in render_html(view)
    tr = build_view(sample.inventory(), sample.findings(), replace(audit, lang="tr"))
    assert tr.resumed is not None and tr.resumed.startswith("2 duruştan sonra sürdürüldü")


def test_a_run_killed_before_it_counted_its_requests_is_not_read_as_zero():
    """A SIGKILLed run never writes its crawl summary: its requests are unknown, not 0."""
    from crawler.runner import earlier_runs

    runs = earlier_runs({"started_at": "2026-12-07T07:36:19+00:00", "settings": {}})
    assert runs[0]["requests"] is None
    audit = replace(sample.audit(), lang="en", earlier_runs=tuple(runs))
    view = build_view(sample.inventory(), sample.findings(), audit)
    assert view.resumed is not None and "0 requests" not in view.resumed
    assert "the run before stopped before it could count its requests" in view.resumed
    # one counted run and one killed: what is known, as a floor
    both = ({"requests": 931, "finish_reason": "interrupted:SIGINT"}, runs[0])
    view = build_view(sample.inventory(), sample.findings(),
                      replace(audit, earlier_runs=both))
    assert view.resumed is not None and "at least 931 requests" in view.resumed
    tr = build_view(sample.inventory(), sample.findings(),
                    replace(audit, lang="tr", earlier_runs=both))
    assert tr.resumed is not None and "en az 931 istek" in tr.resumed


def test_coverage_json_keeps_the_earlier_runs_beside_the_last_runs_figures(tmp_path):
    import json

    from reports import write_outputs

    runs = ({"requests": 931, "elapsed": 14.2, "finish_reason": "interrupted:SIGINT"},)
    audit = replace(sample.audit(), earlier_runs=runs)
    write_outputs(tmp_path, sample.inventory(), sample.findings(), audit,
                  only=("coverage.json",))
    crawl = json.loads((tmp_path / "coverage.json").read_text(encoding="utf-8"))["crawl"]
    assert crawl["earlier_runs"] == [dict(runs[0])]


def test_the_terminal_summary_says_the_audit_was_resumed(capsys):
    """The last progress line of a resumed audit counted its last run ("1642 requests done;
    found: Facebook 1, Instagram 6") under a summary of 68 profiles: the summary says why."""
    from pathlib import Path
    from types import SimpleNamespace

    from crawler.cli import _print_summary

    runs = ({"requests": 1405, "finish_reason": "interrupted:SIGINT"},)
    result = SimpleNamespace(lang="en", counts={}, audit_id=3, considered=68,
                             findings=sample.findings(), complete=True, db=None,
                             outputs={"report.html": Path("r.html")}, earlier_runs=runs)
    _print_summary(result)
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == ("  Resumed after 1 stop (interrupted (SIGINT)): 1,405 requests were sent "
                        "before it; the crawl figures count the last run.")
