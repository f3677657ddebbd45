"""One audit from inventory to report: the only place where the stages meet.

The stages stay ignorant of each other: the crawl writes items into the store; matching reads
observations back out of the store as plain dataclasses; the report is given findings. Running
them in this order from one function keeps each testable alone and makes a re-render
(``brandsweep report``) the same code path as the tail of an audit.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from matching.models import (
    CrawlSummary,
    Evidence,
    Finding,
    HandleRule,
    Inventory,
    PlatformCrawl,
    ProbeState,
    ProfileObservation,
    Severity,
    Status,
    Triage,
    handle_forms,
    utcnow_iso,
)
from matching.models import SignalName as S
from reports.coverage import unchecked_platforms
from reports.i18n import instant
from reports.terminal import probe_workers_line, stopping_line

from . import collector, lane_direct, lane_fork, report_split, stats_keys
from .catalog import Catalog
from .crawl import CrawlStats, import_crawl, run_crawl
from .interrupt import Interrupted, after_store, exit_on_signals, hold_signals
from .items import CoverageGap
from .options import AuditOptions, UsageError
from .phases import mark, phase
from .plan import SweepPlan
from .wmn import forget_loaded

if TYPE_CHECKING:
    from matching.user_words import UserWords

    from .crawl import CrawlStats
    from .store import Store

log = logging.getLogger(__name__)

FAIL_STATUSES = (Status.NEW, Status.REOPENED)

#: Scrapy's crawler is a web of cycles (spider, downloader, a slot and a cookie jar per host).
#: After a big crawl it is collected at once, so classification and the report reuse its
#: memory instead of adding to the peak (10,000 sites: 0.2 s); a small one waits for Python's
#: own collector (a collection costs about 80 ms per 1,000 sites swept)
COLLECT_AFTER_REQUESTS = 5_000


@dataclass
class AuditResult:
    audit_id: int
    findings: list[Finding]  # as stored (read back from the store, as the report is)
    outputs: dict[str, Path]
    failed_on: list[Finding]
    lang: str = "en"  # the language the report was written in (the summary follows it)
    complete: bool = True
    finish_reason: str | None = "finished"
    db: Path | None = None
    #: why a step could not run, by reason: the terminal says coverage was incomplete
    gap_reasons: tuple[tuple[str, int], ...] = ()
    #: the platforms not checked at all (the report's coverage names them too)
    unchecked: tuple[str, ...] = ()
    #: a resumed audit's runs before this one (``earlier_runs``): the summary says it resumed
    earlier_runs: tuple[dict[str, Any], ...] = ()
    #: a resumed audit given another ``--out`` than it was started with: the folder it was
    #: started in (the report is written to the new one, which the audit keeps from then on)
    moved_from: str | None = None

    @property
    def counts(self) -> Counter[str]:
        """Profiles by class, resolved ones left out: the report's "profiles considered"."""
        return Counter(f.cls.value for f in self.findings if f.status != Status.RESOLVED)

    @property
    def considered(self) -> int:
        return sum(self.counts.values())


def finish_text(reason: str | None) -> str:
    """Why a crawl ended, as a sentence part: ``interrupted (SIGINT)``."""
    if not reason or reason == "unknown":
        return "ended without saying why (killed, or still running)"
    kind, _, detail = reason.partition(":")
    if kind == "interrupted":
        return f"interrupted ({detail or 'signal'})"
    if kind == "crash":
        return f"crashed ({detail.strip()})" if detail else "crashed"
    return {
        "finished": "finished",
        "closespider_timeout": "stopped at the time limit for the audit (CLOSESPIDER_TIMEOUT)",
        "shutdown": "interrupted",
        "cancelled": "cancelled",
        "coordinator_gone": "lost its Redis coordinator",
    }.get(reason, reason.replace("_", " "))


def crawl_outcome(stats: CrawlStats) -> tuple[bool, str]:
    """(complete, finish reason) of a crawl: complete only when Scrapy says ``finished``.

    A signal the crawl received (``brandsweep/stop/signal``, set by crawler/interrupt.py)
    names the reason (``interrupted:SIGINT``), because Scrapy says ``shutdown`` or, after a
    forced stop, nothing at all."""
    raw = stats.raw or {}
    if stats.finish_reason == "finished":
        return True, "finished"
    signame = raw.get(stats_keys.STOP_SIGNAL)
    if signame:
        forced = " twice, stopped at once" if raw.get(stats_keys.STOP_FORCED) else ""
        return False, f"interrupted:{signame}{forced}"
    return False, stats.finish_reason or "unknown"


def load_plan(options: AuditOptions) -> SweepPlan:
    """The sweep's inputs loaded once (catalog, inventory, candidates), or a UsageError,
    CatalogError or InventoryErrors the CLI reports with exit 2."""
    plan = SweepPlan.load(
        options.inventory, options.platforms, options.platforms_files, options.sites_file,
        max_variants=options.max_variants, search_engine=options.search_engine,
        searxng_url=options.searxng_url,
    )
    # the words the command line already read and checked (--words), not a second reading
    return replace(plan, words=options.words) if options.words else plan


def load_inputs(options: AuditOptions) -> tuple[Catalog, Inventory]:
    """Catalog and inventory (``load_plan`` without the candidates' cost)."""
    plan = load_plan(options)
    return plan.catalog, plan.inventory


def spider_kwargs(options: AuditOptions) -> dict[str, Any]:
    """The spider's arguments as text: what a distributed audit publishes for its workers,
    which load the same plan from them (crawler/distributed/audit.py)."""
    return {
        "inventory": str(options.inventory),
        "platforms": ",".join(options.platforms),
        "platforms_files": ",".join(str(p) for p in options.platforms_files),
        "sites_file": str(options.sites_file) if options.sites_file else "",
        "max_variants": options.max_variants,
        "search_engine": options.search_engine,
        "searxng_url": options.searxng_url or "",
        "words_file": str(options.words_file) if options.words_file else "",
    }


def run_audit(options: AuditOptions) -> AuditResult:
    """Discover, match, store and report one audit. The crawl runs in this process, so call
    this once per process (Twisted's reactor cannot restart).

    The audit is complete only when its crawl finished. Otherwise (a signal, the time
    limit, a crash, a lost coordinator) it is stored ``partial`` with its finish reason, its
    report says so, its findings get no history status against it later (it is never the
    "previous" audit), ``--fail-on`` ignores it, and ``--resume`` continues it."""
    collector.hold()  # loading and imports: no collection (crawler/collector.py)
    try:
        return _run_audit(options)
    finally:
        collector.release()


def _run_audit(options: AuditOptions) -> AuditResult:
    with phase("load: catalog, site list, inventory, candidates"):
        plan = load_plan(options)
    catalog, inventory = plan.catalog, plan.inventory
    # the language decided once: the crawl's progress lines (BRANDSWEEP_LANG), the report and
    # what the command line says after a stop all speak it
    options.lang = report_language(options.lang, inventory)
    if options.fail_on and options.fail_on not in {s.value for s in Severity}:
        raise UsageError(f"--fail-on must be one of high, medium, low, not {options.fail_on!r}")
    # the probe workers start first: they ask the existence-only probes while this process
    # imports the store, the crawl, matching and the report (crawler/lane_fork.py). A signal
    # before the audit has its row waits for it (crawler/interrupt.py): the audit is then
    # stored as interrupted, and --resume continues it
    audit_id: int | None = None
    store = None
    earlier: list[dict[str, Any]] = []  # a resumed audit's earlier runs (``earlier_run``)
    moved_from: str | None = None  # a resumed audit's earlier folder, when --out is another
    with hold_signals() as held:
        running = _fork_workers(plan, options)
        try:
            options.out.mkdir(parents=True, exist_ok=True)
            from .store import Store  # sqlite-utils: imported while the probe workers run

            with phase("store: open, begin audit"):
                store = Store(options.db)
                if options.resume:
                    found = store.incomplete_audit(inventory)
                    if found is not None:  # (not yet audit_id: a refusal leaves it as it was)
                        row = store.audit(found) or {}
                        refused = resume_mismatch(found, row.get("settings") or {},
                                                  _settings_summary(options))
                        if refused:
                            raise UsageError(refused)
                        audit_id = found
                        earlier = earlier_runs(row)
                        moved_from = other_folder(row, options.out)
                        store.resume_audit(audit_id, out=str(options.out.resolve()))
                if audit_id is None:
                    audit_id = store.begin_audit(
                        inventory, settings=_settings_summary(options, catalog)
                    )
        except BaseException as exc:
            lane_fork.stop(running)
            if store is not None:
                if audit_id is not None:
                    store.mark_partial(audit_id, _crash_reason(exc))
                store.close()
            raise
    assert store is not None and audit_id is not None  # (the block above raised otherwise)
    finished = False
    try:
        with exit_on_signals():
            try:
                held.raise_if_signalled()
                if options.redis_url:
                    # only with --redis-url
                    from .distributed.coordinator import run_distributed_crawl

                    collector.settle()
                    stats = run_distributed_crawl(
                        options.redis_url, audit_id, inventory.digest, options.inventory,
                        options.platforms_files, options.sites_file,
                        options.crawl_overrides(audit_id), spider_kwargs(options), plan=plan,
                    )
                else:
                    stats = _sweep(plan, options, audit_id, store, running)
            except Interrupted as exc:  # before the crawl took the signals over: a stop too
                print(stopping_line(options.lang, exc.signame), file=sys.stderr, flush=True)
                stats = CrawlStats(raw={stats_keys.STOP_SIGNAL: exc.signame})
            collector.hold()  # matching and the report: no collection until the end
            complete, reason = crawl_outcome(stats)
            if not complete:  # said at once: a crash while matching must not hide why
                store.mark_partial(audit_id, reason)
            with phase("crawl summary"):
                observations = store.observations(audit_id)
                summary = crawl_summary(
                    stats,
                    catalog,
                    options.platforms or tuple(catalog),
                    options.search_engine,
                    store.coverage_gaps(audit_id),
                    observations=observations,
                )
                if not complete:
                    summary = replace(summary, finish_reason=reason)
                if stats.raw.get(stats_keys.REDIS_PROCESSES):
                    summary = replace(summary,
                                      processes=tuple(stats.raw[stats_keys.REDIS_PROCESSES]),
                                      leases=lease_counts(stats.raw))
                stored = summary.to_dict()
                if earlier:  # what the runs before the interruptions did: the report says it
                    stored["earlier_runs"] = earlier
                store.set_crawl_summary(audit_id, stored)
                del stats, summary  # every Scrapy stat (10,000 sites: tens of thousands)
            match_and_store(store, audit_id, inventory, now=options.now, complete=complete,
                            finish_reason=reason, observations=observations,
                            rules=catalog.rules(), words=options.words)
            finished = True
            # the terminal summary is computed from what the report is: the stored findings
            # (with the observations read above: the store's, unchanged since)
            with phase("store: read findings back"):
                findings = store.findings(audit_id, observations=observations)
            del observations  # attached to the findings that have one
            if complete:  # an interrupted audit stops: no page captures after it
                with phase("capture impostor pages"):
                    capture_impostors(store, audit_id, findings, catalog, options)
            del plan, catalog  # the report needs neither (10,000 sites: tens of MB)
            forget_loaded()
            outputs = render(
                store, audit_id, inventory, options.out, lang=options.lang,
                timezone=options.timezone, findings=findings,
                # nothing more is written: the log's copy and syncs overlap the report
                meanwhile=store.checkpoint_meanwhile,
            )
            gap_reasons = tuple(Counter(str(g.get("reason") or "")
                                        for g in store.coverage_gaps(audit_id)).most_common())
            unchecked = unchecked_platforms(store.crawl_summary(audit_id) or None)
    except BaseException as exc:
        if audit_id is not None and not finished:
            store.mark_partial(audit_id, _crash_reason(exc))
        complete_but_unwritten = after_store(exc, audit_id, finished)
        if complete_but_unwritten is not None:  # nothing to resume: say how to write the report
            raise complete_but_unwritten from exc
        raise
    finally:
        lane_fork.stop(running)  # (a no-op once they were collected)
        store.close()
    failed = fail_on_findings(findings, options.fail_on) if complete else []
    return AuditResult(
        audit_id, findings, outputs, failed, lang=report_language(options.lang, inventory),
        complete=complete, finish_reason=reason, db=options.db, gap_reasons=gap_reasons,
        unchecked=unchecked, earlier_runs=tuple(earlier), moved_from=moved_from,
    )


def _fork_workers(plan: SweepPlan, options: AuditOptions) -> lane_fork.Running | None:
    """Fork the probe workers for the plan's existence-only probes (crawler/lane_fork.py), or
    None where they do not apply (the lane in the crawl does it all)."""
    overrides = options.crawl_overrides(None)
    workers = lane_fork.workers_wanted(overrides, proxy=options.proxy, resolve=options.resolve,
                                       resume=options.resume, redis_url=options.redis_url)
    if not workers:
        return None
    with phase("probe workers: fork"):
        running = lane_fork.start(plan, overrides, workers)
    if running is not None and options.progress:
        print(probe_workers_line(options.lang, running.jobs, len(running.pids)),
              file=sys.stderr, flush=True)
    return running


def _sweep(plan: SweepPlan, options: AuditOptions, audit_id: int, store: Store,
           running: lane_fork.Running | None) -> CrawlStats:
    """The crawl of a local audit, or none at all when the probe workers answered every
    probe of an audit that has nothing else to crawl (crawler/lane_direct.py): their answers
    are then stored as the crawl would have stored them, and Scrapy is never imported."""
    overrides = options.crawl_overrides(audit_id)
    may_skip = (running is not None and lane_direct.enabled(overrides)
                and lane_direct.plan_needs_crawl(plan, running.keys) is None)
    prefetch = _probe_first(running, crawl=not may_skip)
    if may_skip and lane_direct.answers_need_crawl(plan, prefetch) is None:
        with phase("store the probe workers' answers (no crawl needed)"):
            raw, elapsed, cpu = lane_direct.settle(plan, prefetch, store, audit_id, overrides)
        stats = CrawlStats.from_scrapy(raw, elapsed, cpu)
    else:
        if may_skip:  # an answer needs the crawl after all (a retry, a link, a lost worker)
            with phase("crawl: import Scrapy and spiders"):
                import_crawl()
        collector.settle()  # what was loaded stays; the crawl collects its own
        with phase("crawl"):
            stats = run_crawl(overrides, {"plan": plan, "prefetch": prefetch})
        if stats.requests >= COLLECT_AFTER_REQUESTS:
            with phase("crawl: free the crawler"):
                gc.collect()
    if prefetch is not None:  # the workers' probing is the crawl's work too
        stats.cpu = round(stats.cpu + prefetch.cpu, 3)
    return stats


def _probe_first(running: lane_fork.Running | None, crawl: bool = True
                 ) -> lane_fork.Prefetch | None:
    """Import the crawl (``crawl``: it will be needed) and what comes after it while the
    probe workers work, then return what they answered (None: no workers). A signal or an
    error in between ends them (by their ids) before it goes on."""
    try:
        if crawl:
            with phase("crawl: import Scrapy and spiders"):
                import_crawl()
        if running is not None:
            with phase("import matching and the report"):
                import_after_crawl()
        with phase("probe workers: wait"):
            return lane_fork.collect(running)
    except BaseException:
        lane_fork.stop(running)
        raise


def import_after_crawl() -> None:
    """Import classification and the report now, while the probe workers still probe on the
    other cores, instead of after the crawl (a no-op when already imported)."""
    import matching.classify  # noqa: F401 - heavy (numpy, rapidfuzz): timed apart here
    import matching.history  # noqa: F401 - with the classifier
    import reports.render  # noqa: F401 - heavy (Jinja): timed apart here
    import reports.view  # noqa: F401 - with the report, above
    import reports.xlsx  # noqa: F401 - with the report, above


def _crash_reason(exc: BaseException) -> str:
    if isinstance(exc, Interrupted):
        return f"interrupted:{exc.signame}"
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted:SIGINT"
    return f"crash:{type(exc).__name__}: {exc}"[:300]


def capture_impostors(store: Store, audit_id: int, findings: list[Finding], catalog: Catalog,
                      options: AuditOptions) -> None:
    """The impostors' pages as a person sees them, for evidence packs (crawler/capture.py).
    Through the crawl's guard, routes and proxy; a failure never fails the audit."""
    if options.capture_max <= 0:
        return
    if not any(f.cls.value == "impostor" or f.triage is not None for f in findings):
        return  # nothing capture_for_audit would take: its module (and Scrapy's) not imported
    from .capture import CaptureConfig, capture_for_audit  # Chromium plumbing: only when capturing

    config = CaptureConfig(allow_private_network=options.allow_private_network,
                           resolve=dict(options.resolve), proxy=options.proxy)
    try:
        capture_for_audit(store, audit_id, findings, catalog, config, options.capture_max)
    except Exception:  # noqa: BLE001 - evidence capture must not lose a finished audit
        log.exception("capturing impostor pages failed; evidence packs will lack them")


def unchecked(store: Store, audit_id: int, observations: Sequence[ProfileObservation],
              complete: bool) -> set[tuple[str, str]]:
    """The profiles the audit sighted but holds no observation of. A finished audit asks each
    (a resumed one too: crawler/spiders/checkpoint.py), so one left is a fault: for a complete
    audit each becomes a coverage gap ("could not check"), and none can be called resolved.

    A profile whose probe settled "not found" (``Store.probe_outcomes``: a variant probe, the
    fetch a page's link to it then shared) was read: the platform said it is gone
    (:func:`settled_gone`), no gap."""
    observed = {o.key for o in observations} | set(settled_gone(store, audit_id))
    left = {(s.platform, s.handle) for s in store.sightings(audit_id)} - observed
    if complete:
        for platform, handle in sorted(left):
            store.add_coverage_gap(audit_id, CoverageGap(
                "probe", platform, "not checked", query=f"{platform}:{handle} was sighted but "
                "its profile was never read: not checked in this audit"))
    return left


def settled_gone(store: Store, audit_id: int) -> dict[tuple[str, str], str | None]:
    """(platform, handle) -> the reason of each probe of the audit that settled "not found"
    without an observation (the store keeps only definite answers: "could not check" is
    never one)."""
    return {key: reason for key, (state, reason) in store.probe_outcomes(audit_id).items()
            if state == ProbeState.NOT_FOUND.value}


_GONE = "the platform says it no longer exists"


def said_gone(findings: Sequence[Finding], gone: Mapping[tuple[str, str], str | None]
              ) -> list[Finding]:
    """A previous finding resolved because this audit did not report it, whose probe settled
    "not found": resolved because the platform said so, the probe's reason as its evidence."""
    out = []
    for f in findings:
        if f.status is Status.RESOLVED and f.key in gone and f.status_detail != _GONE:
            reason = gone[f.key]
            code = reason[5:] if reason and reason.startswith("http_") else ""
            ev = Evidence(S.NOT_FOUND, int(code) if code.isdigit() else reason,
                          "the platform says this profile does not exist"
                          + (f" ({reason})" if reason else ""))
            f = replace(f, status_detail=_GONE, evidence=(ev, *f.evidence))
        out.append(f)
    return out


def match_and_store(
    store: Store, audit_id: int, inventory: Inventory, now: str | None,
    complete: bool = True, finish_reason: str | None = None,
    observations: list[ProfileObservation] | None = None,
    rules: Mapping[str, HandleRule] | None = None,
    words: UserWords | None = None,
) -> list[Finding]:
    """Classify the audit's observations, compare with the previous audit, save and close it.

    A partial audit (``complete=False``) is compared with the last complete audit for what
    it did observe, but marks nothing ``resolved`` (what it did not reach is not gone) and
    stays ``partial``: the next audit compares with the last complete one, not with it.

    ``observations``: the audit's, when the caller already read them from the store.
    ``rules``: each platform's handle form (the catalog's), so a declared handle compares as
    the platform compares it (Facebook ignores dots: ``tsvirkun.labs`` is ``tsvirkunlabs``).
    ``words``: the user's own phrases (``--words``), read by the classifier."""
    # matching's classifier and history, imported by an audit while its probe workers run
    # (``import_after_crawl``), by ``brandsweep report`` never
    from matching.classify import classify
    from matching.config import DEFAULT_CONFIG  # (with the classifier, above)
    from matching.history import apply_history  # (with the classifier, above)

    with phase("classify"):
        triage = store.triage()
        if observations is None:
            observations = store.observations(audit_id)
        findings = classify(
            inventory,
            observations,
            linked_pages=store.linked_pages(audit_id),
            triage=triage,
            config=DEFAULT_CONFIG,
            now=now or utcnow_iso(),
            rules=rules,
            words=words,
        )
    with phase("history: compare with the previous audit"):
        previous_id = store.previous_audit(audit_id)
        previous = store.findings(previous_id) if previous_id is not None else None
        # the platforms this audit swept (--platforms; empty = all): history must not call
        # "resolved" what it did not look for
        scope = store.swept_platforms(audit_id) or None
        findings = apply_history(findings, previous, triage, scope=scope, partial=not complete,
                                 unchecked=unchecked(store, audit_id, observations, complete))
        # (a partial audit resolves nothing it did not observe: none is among its findings)
        findings = said_gone(findings, settled_gone(store, audit_id))
        del previous
    with phase("store: save findings"):
        store.save_findings(audit_id, findings)
        store.finish_audit(audit_id, complete=complete,
                           counts=dict(Counter(f.cls.value for f in findings)),
                           finish_reason=finish_reason)
    return findings


def render(
    store: Store,
    audit_id: int,
    inventory: Inventory,
    out: Path,
    lang: str | None = None,
    timezone: str | None = None,
    findings: list[Finding] | None = None,
    meanwhile: Callable[[], object] | None = None,
    as_of_audit: bool | None = None,
    on_later: Callable[[int, bool], object] | None = None,
) -> dict[str, Path]:
    """Write report.html, findings.json, findings.csv, proposed_inventory.yaml and
    coverage.json for one audit, from the store alone (so ``brandsweep report`` prints the
    same coverage section as the audit did). ``lang``: ``--lang``, else the inventory's
    ``language``, else the machine's; ``timezone``: ``--timezone``, else the machine's.
    ``findings``: the audit's as stored, when the caller already read them. ``meanwhile``:
    called once the store has been read and the report's second process forked
    (crawler/report_split.py), before the files are written here. ``as_of_audit``: True
    renders the reviewers' decisions as they stood when the audit finished, False adds the
    ones recorded since (marked so; the findings stay as stored), None the latter for the
    newest audit of its inventory only (``later_decisions``). ``on_later(n, shown)``: told
    how many of the audit's profiles have a decision recorded since, and whether they are
    shown (the terminal of ``brandsweep report`` says it)."""
    # the report's modules (Jinja), imported by an audit while its probe workers run
    from reports import AuditInfo, AuditSummary, write_outputs
    from reports.i18n import system_timezone  # (with the report, above)
    from reports.view import with_later_decisions  # (with the report, above)

    row = store.audit(audit_id)
    if row is None:
        raise KeyError(f"no audit {audit_id}")
    settings = dict(row.get("settings") or {})
    crawl = settings.pop("crawl", None)  # the coverage section prints it, not "About"
    settings.pop("out", None)  # the audit's folder: the commands name where this one is
    inventory_file = settings.pop("inventory_file", None)  # (the resume command's)
    complete = row["status"] == "complete"
    info = AuditInfo(
        audit_id=audit_id,
        started_at=row.get("started_at"),
        finished_at=row.get("finished_at"),
        inventory_path=row.get("inventory_path"),
        db_path=None if store.path == ":memory:" else str(Path(store.path).resolve()),
        organization=inventory.organization,
        settings=settings,
        complete=complete,
        finish_reason=None if complete else (row.get("finish_reason") or "unknown"),
        coverage_gaps=store.coverage_gaps(audit_id),
        crawl=_with_handle_forms(CrawlSummary.from_dict(crawl)),
        # a resumed audit's runs before its interruptions (``earlier_runs``)
        earlier_runs=tuple((crawl or {}).get("earlier_runs") or ()),
        # --lang, else the language the audit's report was written in, else the inventory's
        lang=report_language(lang or _stored_language(settings), inventory),
        timezone=timezone or system_timezone(),
        out_dir=str(Path(out).resolve()),
        inventory_file=inventory_file if isinstance(inventory_file, str) else None,
    )
    if findings is None:
        findings = store.findings(audit_id)
    later = later_decisions(store, row.get("finished_at"))
    if as_of_audit is None:
        as_of_audit = superseded(store, audit_id)
    newer = with_later_decisions(findings, later)
    # the profiles of this audit with a later decision (others may have been decided since)
    moved = sum(1 for a, b in zip(findings, newer, strict=True) if a is not b)
    info = replace(info, triage_history=_cases_as_of(store, None if not as_of_audit
                                                     else row.get("finished_at")),
                   later_decisions={} if as_of_audit else later,
                   recorded_after=() if as_of_audit else recorded_after(
                       store, row.get("finished_at")),
                   later_hidden=moved if as_of_audit else 0)
    if not as_of_audit:
        findings = newer
    del newer
    if on_later is not None and moved:
        on_later(moved, not as_of_audit)
    history = [
        AuditSummary(audit_id=a["id"], date=a.get("started_at"), counts=a.get("counts") or {})
        for a in store.audits(settings=False)
        if a.get("inventory_digest") == row.get("inventory_digest") and a.get("complete")
        and a["id"] <= audit_id
    ]
    del row, crawl  # read into ``info``: the stored crawl summary's dicts need not stay
    source_text = None
    if inventory.source and Path(inventory.source).exists():
        source_text = Path(inventory.source).read_text(encoding="utf-8")
    mark("report: audit metadata, history")

    def write(only: Collection[str] | None, forked: bool) -> dict[str, Path]:
        return write_outputs(
            out, inventory, findings, info, history=history, source_text=source_text,
            on_written=None if forked else (lambda name: mark(f"report: {name}")), only=only,
        )

    paths = report_split.write_split(write, len(findings), meanwhile)
    mark("report: wait for report.html (written by a second process)")
    return paths


def _with_handle_forms(summary: CrawlSummary | None) -> CrawlSummary | None:
    """A crawl summary stored before audits kept their platforms' handle forms: the built-in
    catalog's (its report wrote ``@name`` by the same rules, then kept in code)."""
    if summary is None or summary.handle_forms is not None:
        return summary
    from .catalog import load_catalog  # only an old audit's report reads the catalog

    return replace(summary, handle_forms=handle_forms(load_catalog().rules()))



def report_language(lang: str | None, inventory: Inventory) -> str:
    """``--lang``, else the inventory's ``language`` when reports come in it, else the
    machine's locale (or English). A company language without a report catalog (``hu``) is
    not an error: the inventory describes the company, ``--lang`` the reader."""
    from reports.i18n import LanguageError, check_language, system_language  # see ``render``

    if lang:
        return check_language(lang)
    if inventory.language:
        try:
            return check_language(inventory.language)
        except LanguageError:
            pass
    return system_language()


def superseded(store: Store, audit_id: int) -> bool:
    """A later complete audit of the same inventory exists: the audit is a record (its report
    re-rendered as it stood), not the reviewer's worklist (the newest, whose report shows the
    decisions recorded since; README "Reading the report")."""
    audits = store.audits(settings=False)
    digest = next((a.get("inventory_digest") for a in audits if a["id"] == audit_id), None)
    return any(a["id"] > audit_id and a.get("complete") and a.get("inventory_digest") == digest
               for a in audits)


def later_decisions(store: Store, when: str | None) -> dict[str, Triage]:
    """Each profile's newest decision when it was recorded after ``when`` (the audit's end),
    keyed "platform:handle": what a reviewer decided since, which a re-rendered report shows
    marked as recorded after the audit (an unfinished audit has none).

    "Recorded" is when the decision reached this database (``recorded_at``), not when the
    reviewer made it on the report page (``decided_at``): one made before the next audit but
    imported after it was not known to that audit, so that audit's report shows it as later
    (by ``decided_at`` it was in neither report). A decision recorded before brandsweep kept
    the time (NULL: unknown) goes by ``decided_at``, and so does one made after the audit's
    end (:func:`_recorded`)."""
    if not when:
        return {}
    end = instant(when)
    return {f"{platform}:{handle}": steps[-1][0]
            for (platform, handle), steps in store.triage_recorded().items()
            if steps and _recorded(*steps[-1]) > end}


def recorded_after(store: Store, when: str | None) -> tuple[Triage, ...]:
    """Every decision recorded after ``when`` (the audit's end), each profile's older ones
    too: the case file marks each "after the audit" (:func:`later_decisions` gives the
    newest, which the finding shows)."""
    if not when:
        return ()
    end = instant(when)
    return tuple(t for steps in store.triage_recorded().values() for t, at in steps
                 if _recorded(t, at) > end)


def _recorded(t: Triage, recorded_at: str | None) -> datetime:
    """When ``t`` reached the database (``decided_at`` when that is unknown: older rows), or
    when it was made if that is later still (an audit that ended in the second the decision
    was imported knew none made after its end); instants, never text (the page stamps
    ``Z``, the database ``+00:00``)."""
    return max(instant(recorded_at), instant(t.decided_at))


def _cases_as_of(store: Store, when: str | None) -> dict[str, tuple[Triage, ...]]:
    """Each profile's triage decisions recorded up to ``when`` (the audit's end): a
    re-rendered old report shows the case as it stood then, like its findings."""
    out: dict[str, tuple[Triage, ...]] = {}
    end = instant(when) if when is not None else None
    for (platform, handle), steps in store.triage_recorded().items():
        kept = tuple(t for t, at in steps if end is None or _recorded(t, at) <= end)
        if kept:
            out[f"{platform}:{handle}"] = kept
    return out


def lease_counts(raw: dict[str, Any]) -> dict[str, int]:
    """A distributed crawl's lease figures (``crawler.distributed.leases``) for the summary."""
    def count(key: str) -> int:
        value = raw.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else 0

    return {"requeued": count(stats_keys.REDIS_REQUEUED),
            "delivered_twice": count(stats_keys.REDIS_DELIVERED_TWICE),
            "withdrawn": count(stats_keys.REDIS_WITHDRAWN)}


def crawl_summary(
    stats: CrawlStats,
    catalog: Catalog,
    platforms: Sequence[str],
    search_engine: str,
    gaps: Sequence[dict[str, Any]] = (),
    observations: Sequence[ProfileObservation] | None = None,
) -> CrawlSummary:
    """What the crawl did, as the report's coverage section prints it.

    ``observations`` (the audit's, from the store) give the profile counts by state, overall
    and per platform: one per profile. The crawl stats count emitted items, and a platform
    without a probe (LinkedIn) emits its unverifiable observation once per sighting; they
    also miss what a resumed audit observed before the interruption. Without them the
    stats' counts are used.

    Requests and responses by HTTP status, probes by state (overall and per platform), and per
    platform whether its search API and the web search (``site:`` queries) ran, failed or did
    not apply. Stored with the audit (``Store.set_crawl_summary``) because the Scrapy stats
    live only as long as the crawl.

    "failed" means every attempt we know of failed; "partly" that some did. The web search's
    per-platform answer is read from its gaps: a gap whose query names the platform's site
    failed for that platform; when the engine answered no page at all, every platform failed.
    """
    raw = stats.raw or {}
    status_counts: dict[str, int] = {}
    prefix = "downloader/response_status_count/"
    for key, value in raw.items():
        if key.startswith(prefix):
            status_counts[key[len(prefix):]] = int(value)
    engine = (search_engine or "none").lower()
    web_pages = int(raw.get(stats_keys.web_search(engine, "pages"), 0) or 0)
    web_failed = int(raw.get(stats_keys.web_search(engine, "could_not_search"), 0) or 0)
    web_gaps = [g for g in gaps if g.get("path") == "web_search"]
    totals: Counter[str] = Counter()
    by_platform: dict[str, Counter[str]] = {}
    overall: dict[str, int] = dict(stats.observations)
    unverifiable: dict[str, int] = dict(stats.unverifiable)
    if observations is not None:
        for o in observations:
            by_platform.setdefault(o.platform, Counter())[o.state.value] += 1
        overall = dict(sum(by_platform.values(), Counter()))
        unverifiable = dict(Counter(o.reason or "unknown" for o in observations
                                    if o.state.value == "unverifiable"))
    rows: list[PlatformCrawl] = []
    # per-platform stats grouped in one pass (a lookup per platform, not a scan of every stat)
    grouped = _stat_groups(raw, (stats_keys.PROBES, stats_keys.OBSERVATIONS))
    for name in platforms:
        platform = catalog.get(name)
        if platform is None:
            continue
        probes = grouped.get((stats_keys.PROBES, name), {})
        if observations is None:
            seen = grouped.get((stats_keys.OBSERVATIONS, name), {})
        else:
            seen = dict(sorted(by_platform.get(name, Counter()).items()))
        totals.update(probes)
        # search API
        if platform.search is None:
            api = "no"
        else:
            pages = int(raw.get(stats_keys.platform_search(name, "pages"), 0) or 0)
            failed = sum(
                1 for g in gaps if g.get("path") == "platform_search" and g.get("engine") == name
            )
            api = _ran(pages, failed)
        # web search site: queries
        site = platform.web_search_site
        if engine == "none" or not site:
            web = "no"
        else:
            failed = sum(1 for g in web_gaps if f"site:{site} " in f"{g.get('query', '')} ")
            web = _ran(web_pages, failed if web_pages else failed + (web_failed > 0))
        rows.append(
            PlatformCrawl(
                name=name,
                title=platform.title,
                probe_possible=platform.probe_possible,
                probes=probes,
                observations=seen,
                calibration=raw.get(f"{stats_keys.CALIBRATION}{name}"),
                api_search=api,
                web_search=web,
                web_search_site=site,
            )
        )
    return CrawlSummary(
        requests=stats.requests,
        responses=stats.responses,
        items=stats.items,
        elapsed=stats.elapsed,
        cpu=stats.cpu,
        finish_reason=stats.finish_reason,
        status_counts=dict(sorted(status_counts.items())),
        probes=dict(sorted(totals.items())),
        observations=overall,
        unverifiable=unverifiable,
        rate_limited=stats.rate_limited,
        retries=stats.retries,
        errors=stats.errors,
        search_engine=engine,
        web_search={"pages": web_pages, "could_not_search": web_failed},
        limits=_stat_group(raw, stats_keys.LIMITS),
        gaps=len(gaps),
        platforms=tuple(rows),
        credentials=tuple(credentials_used(catalog, platforms)),
        # how the catalog's platforms write handles (shown_as), kept with the audit so its
        # report, re-rendered later, shows them as this audit's catalog did
        handle_forms=handle_forms(catalog.rules()),
    )


def _stat_groups(raw: dict[str, Any], prefixes: Sequence[str]
                 ) -> dict[tuple[str, str], dict[str, int]]:
    """``{(prefix, platform): {"found": 3, ...}}`` from stats named ``<prefix><platform>/<x>``."""
    out: dict[tuple[str, str], dict[str, int]] = {}
    for key, value in sorted(raw.items()):
        for prefix in prefixes:
            if key.startswith(prefix):
                name, _, rest = key[len(prefix):].partition("/")
                if rest and "/" not in rest:
                    out.setdefault((prefix, name), {})[rest] = int(value)
    return out


def _stat_group(raw: dict[str, Any], prefix: str) -> dict[str, int]:
    """``{"found": 3, ...}`` from the stats under ``prefix`` (one level deep)."""
    return {
        key[len(prefix):]: int(value)
        for key, value in sorted(raw.items())
        if key.startswith(prefix) and "/" not in key[len(prefix):]
    }


def _ran(succeeded: int, failed: int) -> str:
    if failed and succeeded:
        return "partly"
    if failed:
        return "failed"
    return "yes" if succeeded else "no"


def fail_on_findings(findings: list[Finding], fail_on: str | None) -> list[Finding]:
    """Findings new (or reopened) since the previous audit at or above the --fail-on severity."""
    if not fail_on:
        return []
    floor = Severity(fail_on).rank
    return [
        f
        for f in findings
        if f.severity is not None and f.severity.rank >= floor and f.status in FAIL_STATUSES
    ]


def credentials_used(catalog: Catalog, platforms: Sequence[str]) -> list[str]:
    """``["GitHub: authenticated (GITHUB_TOKEN)"]``: the swept platforms whose credential is
    set in the environment. The only trace of a credential an audit keeps (never its value)."""
    creds = catalog.credentials()
    return [creds[name] for name in platforms if name in creds]


def earlier_runs(row: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The runs of an interrupted audit ``row`` before the one ``--resume`` starts: each one's
    requests, seconds and why it stopped, oldest first (its crawl summary's own earlier
    runs, then its own). The crawl summary counts the last run only; the report adds these."""
    settings = row.get("settings") or {}
    crawl = settings.get("crawl") if isinstance(settings, Mapping) else None
    crawl = crawl if isinstance(crawl, Mapping) else {}
    before = [dict(r) for r in crawl.get("earlier_runs") or () if isinstance(r, Mapping)]
    return [*before, {"started_at": row.get("started_at"), "requests": crawl.get("requests"),
                      "elapsed": crawl.get("elapsed"),
                      "finish_reason": row.get("finish_reason") or crawl.get("finish_reason")}]


def other_folder(row: Mapping[str, Any], out: Path) -> str | None:
    """The folder an interrupted audit ``row`` was started in, when ``--resume`` was given
    another ``--out``: the resumed audit writes its report where this run was told to (and
    keeps that folder for the commands printed later); None when it is the same or unknown."""
    settings = row.get("settings") or {}
    stored = settings.get("out") if isinstance(settings, Mapping) else None
    if not isinstance(stored, str) or not stored:
        return None
    return None if Path(stored) == out.resolve() else stored


def resume_mismatch(audit_id: int, stored: Mapping[str, Any],
                    wanted: Mapping[str, Any]) -> str | None:
    """Why ``--resume`` must not continue audit ``audit_id`` (its settings ``stored``) with
    the options summarised as ``wanted``: another ``--as-of`` or other ``--words`` than it
    was started with (one audit is classified at one date with one set of words, and its
    report says which). None when they agree."""

    def shown(settings: Mapping[str, Any]) -> tuple[str, str]:
        as_of = settings.get("as_of")
        words = settings.get("words_digest")
        return (f"--as-of {as_of}" if as_of else "no --as-of",
                f"--words {settings.get('words') or '?'} [{words}]" if words else "no --words")

    was, now = shown(stored), shown(wanted)
    differ = [i for i, key in enumerate(("as_of", "words_digest"))
              if stored.get(key) != wanted.get(key)]
    if not differ:
        return None
    return (f"--resume: audit {audit_id} was started with {' and '.join(was[i] for i in differ)}, "
            f"this run has {' and '.join(now[i] for i in differ)}: give the options it was "
            "started with to continue it, or leave out --resume to start a new audit")


def _stored_language(settings: Mapping[str, Any]) -> str | None:
    """The language an audit's report was written in (its settings' ``lang``), when valid."""
    from reports.i18n import LanguageError, check_language  # see ``render``

    value = settings.get("lang")
    try:
        return check_language(value) if isinstance(value, str) else None
    except LanguageError:
        return None


def _settings_summary(options: AuditOptions, catalog: Catalog | None = None) -> dict[str, Any]:
    summary: dict[str, Any] = {
        "platforms": list(options.platforms),
        "platforms_files": [str(p) for p in options.platforms_files],
        "sites_file": str(options.sites_file) if options.sites_file else None,
        "search_engine": options.search_engine,
        "max_variants": options.max_variants,
        "proxy": bool(options.proxy),
        "allow_private_network": options.allow_private_network,
        # where the audit wrote its report: the commands printed later (``triage --import``'s
        # next step) name it, not a placeholder
        "out": str(options.out.resolve()),
        # the inventory as a path that works from any folder: the report's command that
        # continues an interrupted audit names it
        "inventory_file": str(options.inventory.resolve()),
    }
    if options.now:  # --as-of (the demo: its world's date): what dormancy counted to
        summary["as_of"] = options.now
    if options.lang:  # the report's language (--lang, else the inventory's, else the machine's):
        summary["lang"] = options.lang  # what `report`, `triage` ... speak after it by default
    if options.resolve:  # --resolve: a staging mirror or the simulated web, not the real web
        summary["resolve"] = ", ".join(f"{host}={to}" for host, to in
                                       sorted(options.resolve.items()))
    if options.words:  # --words: which phrases of the user's the classifier read
        summary["words"] = str(options.words_file or "")
        summary["words_digest"] = (f"{options.words.digest()} "
                                   f"({len(options.words.phrases)} phrases)")
    if catalog is not None:
        used = credentials_used(catalog, options.platforms or tuple(catalog))
        if used:  # only when a credential is set: audits without one record what they did
            summary["credentials"] = "; ".join(used)
    return summary
