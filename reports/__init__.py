"""brandsweep reports: a pure presentation library (no scrapy, no sqlite).

Findings and audit metadata in; files out. The caller passes everything that is printed,
timestamps included, so every output is deterministic::

    audit = AuditInfo(audit_id=7, started_at="2025-01-02T03:04:05+00:00")
    html = render_html(build_view(inventory, findings, audit))
    paths = write_outputs(Path("out"), inventory, findings, audit)  # report.html, findings.json..
    # coverage: AuditInfo(..., coverage_gaps=[{path, engine, reason, query, ...}],
    #                 crawl=CrawlSummary(...))  (matching.models; a stored dict is read back too)
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from matching.models import Finding, Inventory

if TYPE_CHECKING:
    from .coverage import (
        CoverageView,
        build_coverage,
        coverage_to_json,
        write_coverage_json,
    )
    from .evidence_pack import (
        Case,
        OfficialView,
        pack_name,
        write_evidence_pack,
        write_index,
        zip_pack,
    )
    from .exports import findings_to_json, read_csv, write_csv, write_json
    from .proposed import proposed_inventory
    from .render import render_html, write_html
    from .view import AuditInfo, AuditSummary, ReportView, build_view, summarize
    from .xlsx import write_xlsx

#: where each name of the package lives: imported on first use (``from reports import X``
#: works as before). The command line imports ``reports.i18n`` for its ``--lang`` choices
#: when it starts, and the package's modules (Jinja2 and the templates) cost an audit a
#: twentieth of a second before its probe workers could be forked.
_LAZY = {
    **dict.fromkeys(("CoverageView", "build_coverage", "coverage_to_json",
                     "write_coverage_json"), "coverage"),
    **dict.fromkeys(("Case", "OfficialView", "pack_name", "write_evidence_pack", "write_index",
                     "zip_pack"), "evidence_pack"),
    **dict.fromkeys(("findings_to_json", "read_csv", "write_csv", "write_json"), "exports"),
    "proposed_inventory": "proposed",
    **dict.fromkeys(("render_html", "write_html"), "render"),
    **dict.fromkeys(("AuditInfo", "AuditSummary", "ReportView", "build_view", "summarize"),
                    "view"),
    "write_xlsx": "xlsx",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'reports' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def write_outputs(
    out_dir: Path,
    inventory: Inventory,
    findings: Sequence[Finding],
    audit: AuditInfo,
    history: Sequence[AuditSummary] = (),
    source_text: str | None = None,
    on_written: Callable[[str], object] | None = None,
    only: Collection[str] | None = None,
) -> dict[str, Path]:
    """Write the four audit outputs (README, "Outputs of an audit") into ``out_dir``,
    ``findings.xlsx`` (the report's views as typed spreadsheet sheets), and
    ``coverage.json`` beside them: the discovery steps that could not run
    (``audit.coverage_gaps``) and the crawl summary (``audit.crawl``), so a script can tell
    "nothing found" from "could not look" without changing ``findings.json``'s shape.

    ``source_text`` is the inventory file's text: when given, the proposed inventory keeps its
    comments and layout (lines are inserted); otherwise it is read from ``inventory.source``
    when that file exists, else the inventory is dumped cleanly.

    ``on_written(name)`` is called after each step (``"view"``, then each file's name): the
    audit times them (crawler/phases.py).

    ``only``: the names of the files to write (the others are neither written nor built, and
    their paths are still returned): an audit writes ``report.html`` in a second process
    while this one writes the rest (crawler/report_split.py)."""
    # the package's modules, imported on first use (``_LAZY``)
    from .coverage import build_coverage, write_coverage_json
    from .exports import write_csv, write_json  # (on first use, above)
    from .proposed import proposed_inventory  # (on first use, above)
    from .render import write_html  # (on first use, above)
    from .view import build_view, departments_as_said, shown_imitations  # (on first use)
    from .xlsx import write_xlsx  # (on first use, above)

    done = on_written or (lambda name: None)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if source_text is None and inventory.source:
        src = Path(inventory.source)
        if src.is_file():
            source_text = src.read_text(encoding="utf-8")
    paths = {
        "report.html": out / "report.html",
        "findings.json": out / "findings.json",
        "findings.csv": out / "findings.csv",
        "proposed_inventory.yaml": out / "proposed_inventory.yaml",
        "coverage.json": out / "coverage.json",
        "findings.xlsx": out / "findings.xlsx",
    }
    wanted = set(paths) if only is None else set(only)
    # every file names the account an impostor imitates and its department as the report does
    findings = shown_imitations(findings, inventory)
    view = build_view(inventory, findings, audit, history)
    done("view")
    if "report.html" in wanted:
        write_html(paths["report.html"], view)
        done("report.html")
    if "coverage.json" in wanted and view.coverage is not None:
        # coverage.json is for scripts: always English, whatever the report's language
        cov = view.coverage if view.lang == "en" else build_coverage(
            audit.coverage_gaps, audit.crawl, findings
        )
        write_coverage_json(paths["coverage.json"], audit.coverage_gaps, audit.crawl, cov,
                            audit.audit_id, partial=not audit.complete,
                            finish_reason=audit.finish_reason, earlier_runs=audit.earlier_runs)
        done("coverage.json")
    # the department the report says (the spreadsheet and the proposed inventory read it from
    # the view, or say "not known" themselves)
    exported = departments_as_said(findings, inventory) \
        if wanted & {"findings.json", "findings.csv"} else findings
    if "findings.json" in wanted:
        write_json(paths["findings.json"], exported, partial=not audit.complete,
                   later=audit.later_decisions)
        done("findings.json")
    if "findings.csv" in wanted:
        write_csv(paths["findings.csv"], exported, view.lang, later=audit.later_decisions)
        done("findings.csv")
    del exported
    if "findings.xlsx" in wanted:
        write_xlsx(
            paths["findings.xlsx"], view, findings,
            created_at=audit.generated_at or audit.finished_at or audit.started_at,
        )
        done("findings.xlsx")
    if "proposed_inventory.yaml" in wanted:
        paths["proposed_inventory.yaml"].write_text(
            proposed_inventory(inventory, findings, source_text, audit_id=audit.audit_id,
                               lang=view.lang, advice=view.advice),
            encoding="utf-8",
        )
        done("proposed_inventory.yaml")
    return paths


__all__ = [
    "AuditInfo",
    "AuditSummary",
    "CoverageView",
    "ReportView",
    "build_coverage",
    "coverage_to_json",
    "write_coverage_json",
    "build_view",
    "render_html",
    "write_html",
    "write_outputs",
    "findings_to_json",
    "write_json",
    "write_csv",
    "read_csv",
    "proposed_inventory",
    "write_evidence_pack",
    "Case",
    "OfficialView",
    "pack_name",
    "write_index",
    "zip_pack",
    "write_xlsx",
    "summarize",
]
