"""What the terminal says while an audit runs (progress, the stop), in the report's language.

The language is ``--lang``, else the inventory's ``language:``: the progress line, the stop on
Ctrl-C, the probe workers' line.

Pure functions of a language code and numbers: the crawl (crawler/middlewares.py,
crawler/interrupt.py, crawler/lane_direct.py, crawler/runner.py) calls them with the
``BRANDSWEEP_LANG`` setting. English needs no catalog, so an English audit loads no Babel for
its progress line::

    progress_line("tr", "sweep", 120, 4, [("instagram", 3)], 1, titles={"instagram": "Instagram"})
    # '[tarama] 120 istek tamamlandı, 4 sırada; bulunan: Instagram 3; sayfası okunamayan: 1'
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from .i18n import N_, NP_, Translator, check_language

#: the progress line's label: still sweeping, finished, stopped early
LABELS = {"sweep": N_("sweep"), "done": N_("done"), "stopped": N_("stopped")}

#: platforms named on the progress line; the rest are summed
PROGRESS_PLATFORMS = 15


@lru_cache(maxsize=4)
def _translator(lang: str | None) -> Translator | None:
    """The language's translator; None for English (the source texts, no catalog)."""
    try:
        code = check_language(lang or "en")
    except ValueError:
        return None
    return None if code == "en" else Translator(code)


def _text(lang: str | None, message: str) -> str:
    tr = _translator(lang)
    return tr.gettext(message) if tr else message


def _num(lang: str | None, n: int) -> str:
    tr = _translator(lang)
    return tr.number(n) if tr else str(n)


def progress_line(lang: str | None, label: str, done: int, queued: int,
                  found: Sequence[tuple[str, int]], unverifiable: int, extra: str = "",
                  titles: Mapping[str, str] | None = None) -> str:
    """``[sweep] 120 requests done, 4 queued; found: Instagram 3; page not readable: 1``
    (the profiles whose page could not be read, as the report's Coverage counts them: some are
    then judged from search results, so the summary's "Unverified" may be fewer).

    ``label``: ``sweep``, ``done`` or ``stopped``; ``found``: (platform, profiles) sorted, of
    which the first :data:`PROGRESS_PLATFORMS` are named and the rest summed (a 1,000-site
    list must not print 1,000 names); ``extra``: what a distributed audit adds; ``titles``:
    each platform's name as users know it (the catalog's title: ``X (Twitter)``, not ``x``),
    the code where it has none."""
    names = ", ".join(f"{(titles or {}).get(p) or p} {_num(lang, n)}"
                      for p, n in found[:PROGRESS_PLATFORMS])
    text = names or _text(lang, N_("none yet"))
    if len(found) > PROGRESS_PLATFORMS:
        rest = sum(n for _, n in found[PROGRESS_PLATFORMS:])
        text += _text(lang, N_(" and {n} on {k} more platforms")).format(
            n=_num(lang, rest), k=_num(lang, len(found) - PROGRESS_PLATFORMS))
    line = _text(lang, N_("[{label}] {done} requests done, {queued} queued; found: {found}; "
                          "page not readable: {unverifiable}")).format(
        label=_text(lang, LABELS.get(label, label)), done=_num(lang, done),
        queued=_num(lang, queued), found=text, unverifiable=_num(lang, unverifiable))
    return f"{line}; {extra}" if extra else line


def settled_line(lang: str | None, done: int, found: int, unverifiable: int) -> str:
    """The last progress line of an audit the probe workers settled without a crawl."""
    return _text(lang, N_("[{label}] {done} requests done, 0 queued; found: {found} profiles "
                          "on existence-only sites; page not readable: {unverifiable}")).format(
        label=_text(lang, LABELS["done"]), done=_num(lang, done), found=_num(lang, found),
        unverifiable=_num(lang, unverifiable))


def stopping_line(lang: str | None, signame: str) -> str:
    """What the first Ctrl-C (or SIGTERM) says at once."""
    return _text(lang, N_("stopping: finishing requests in flight, Ctrl-C again to stop "
                          "now")) + f" ({signame})"


def stopped_line(lang: str | None, why: str = "") -> str:
    """What a second Ctrl-C (``why`` empty) or the end of the grace period says."""
    if not why:
        return _text(lang, "stopped")
    return _text(lang, N_("stopped: {why}")).format(why=_text(lang, why))


#: why the crawl stopped before the requests in flight came back (crawler/interrupt.py)
GRACE_OVER = N_("requests in flight did not finish in time")

PROBE_WORKERS = NP_("[probe workers] asking {jobs} existence-only probes on {n} process",
                    "[probe workers] asking {jobs} existence-only probes on {n} processes")


def probe_workers_line(lang: str | None, jobs: int, processes: int) -> str:
    """``[probe workers] asking 1,200 existence-only probes on 2 processes``."""
    tr = _translator(lang)
    singular, plural = PROBE_WORKERS
    text = tr.ngettext(singular, plural, processes) if tr else (
        singular if processes == 1 else plural)
    return text.format(jobs=_num(lang, jobs), n=_num(lang, processes))


def _plural(lang: str | None, pair: tuple[str, str], n: int) -> str:
    tr = _translator(lang)
    return tr.ngettext(pair[0], pair[1], n) if tr else (pair[0] if n == 1 else pair[1])


ALL_PROCESSES = NP_("all processes: {done} done, {queued} queued, {leased} leased, {rate}/min, "
                    "{n} worker",
                    "all processes: {done} done, {queued} queued, {leased} leased, {rate}/min, "
                    "{n} workers")
REQUEUED = NP_(", {n} re-queued", ", {n} re-queued")


def distributed_suffix(lang: str | None, done: int, queued: int, leased: int, per_minute: int,
                       workers: int, requeued: int = 0) -> str:
    """What a distributed audit's coordinator adds to its progress line: the totals of every
    process (``all processes: 47 done, 3 queued, 3 leased, 120/min, 1 worker``)."""
    text = _plural(lang, ALL_PROCESSES, workers).format(
        done=_num(lang, done), queued=_num(lang, queued), leased=_num(lang, leased),
        rate=_num(lang, per_minute), n=_num(lang, workers))
    if requeued:
        text += _plural(lang, REQUEUED, requeued).format(n=_num(lang, requeued))
    return text


def worker_done_line(lang: str | None, process: str, audit: str, reason: str, requests: int,
                     items: int) -> str:
    """``brandsweep worker``'s last line: ``worker host:1:ab: audit KEY (done): 120
    requests, 40 items`` (the process and the audit key are names; an audit that ended as it
    should is ``done`` in the reader's words, any other end keeps the crawl's code)."""
    ended = _text(lang, LABELS["done"]) if reason in ("finished", "audit_finished") else reason
    return _text(lang, N_("worker {process}: audit {audit} ({reason}): {requests} requests, "
                          "{items} items")).format(
        process=process, audit=audit, reason=ended, requests=_num(lang, requests),
        items=_num(lang, items))


#: an audit's state in Redis (crawler/distributed/audit.py), as ``worker --status`` says it
AUDIT_STATES = {"running": N_("running"), "finished": N_("finished"),
                "interrupted": N_("interrupted")}
#: the columns of ``worker --status``
STATUS_COLUMNS = (N_("process"), N_("role"), N_("alive"), N_("heartbeat"), N_("leases"),
                  N_("soonest deadline"), N_("req/min"), N_("done"), N_("taken"),
                  N_("version"))
ROLES = {"coordinator": N_("coordinator"), "worker": N_("worker")}


def _seconds(lang: str | None, value: float | None, ahead: bool = True) -> str:
    if value is None:
        return "-"
    tr = _translator(lang)
    n = tr.decimal(abs(value), 1) if tr else f"{abs(value):.1f}"
    if not ahead:
        return _text(lang, N_("{n} s ago")).format(n=n)
    return _text(lang, N_("in {n} s") if value >= 0 else N_("expired {n} s ago")).format(n=n)


def status_table(lang: str | None, status) -> str:
    """``brandsweep worker --status`` in the reader's language: a header, the totals, one row
    per process (``status``: crawler.distributed.status.AuditStatus; the audit key, the
    process names and the start time are shown as they are)."""
    state = (_text(lang, AUDIT_STATES[status.state]) if status.state in AUDIT_STATES
             else status.state or _text(lang, N_("unknown")))
    head = _text(lang, N_("audit {key}: {state}")).format(key=status.key, state=state)
    if status.started_at:
        head += _text(lang, N_(" since {time}")).format(time=status.started_at)
    if status.coordinator:
        head += _text(lang, N_(", coordinator {process}")).format(process=status.coordinator)
    queue = _text(lang, N_("queue: {queued} requests; leased: {leased}")).format(
        queued=_num(lang, status.queued), leased=_num(lang, status.leased))
    if status.oldest_deadline is not None:
        queue += _text(lang, N_(" (soonest deadline {when})")).format(
            when=_seconds(lang, status.oldest_deadline))
    queue += _text(lang, N_("; {rate} requests/min; {done} done")).format(
        rate=_num(lang, status.per_minute), done=_num(lang, status.done))
    lost = _text(lang, N_("re-queued from lost or stalled processes: {requeued}; delivered "
                          "twice: {twice}; refused entries: {refused}")).format(
        requeued=_num(lang, status.requeued), twice=_num(lang, status.delivered_twice),
        refused=_num(lang, status.refused))
    yes, gone = _text(lang, N_("yes")), _text(lang, N_("gone"))
    rows = [tuple(_text(lang, c) for c in STATUS_COLUMNS)] + [(
        p.process, _text(lang, ROLES[p.role]) if p.role in ROLES else p.role,
        yes if p.alive else gone, _seconds(lang, p.heartbeat_age, ahead=False),
        _num(lang, p.leases), _seconds(lang, p.oldest_deadline), _num(lang, p.per_minute),
        _num(lang, p.done), _num(lang, p.taken), _stamp_cell(p)) for p in status.processes]
    widths = [max(len(r[i]) for r in rows) for i in range(len(STATUS_COLUMNS))]
    table = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
             for r in rows]
    return "\n".join([head, queue, lost, *table, *_stamp_notes(lang, status)])


def _stamp_cell(process) -> str:
    """A process's brandsweep in the status table: ``0.1.0 1a2b3c4d5e6f``, ``*`` after it
    when it is not the coordinator's, ``-`` when its heartbeat did not say."""
    stamp = getattr(process, "brandsweep", None)
    cell = f"{stamp['version']} {stamp['code']}" if stamp else "-"
    return cell + " *" if getattr(process, "differs", False) else cell


def _stamp_text(lang: str | None, stamp) -> str:
    if not stamp:
        return _text(lang, N_("an older brandsweep (one that does not say its version)"))
    return _text(lang, N_("brandsweep {version} (code {code})")).format(
        version=stamp["version"], code=stamp["code"])


def other_brandsweep_line(lang: str | None, process: str, stamp, theirs) -> str:
    """The coordinator's line when a process of its audit beats with another brandsweep than
    its own (``stamp``, ``theirs``: ``{version, code}``, None when not said)."""
    return _text(lang, N_(
        "process {process} runs {mine}, not the coordinator's {theirs}: what it finds may be "
        "read otherwise or stored only in part. Stop it, install the coordinator's brandsweep "
        "on its machine, start it again")).format(
        process=process, mine=_stamp_text(lang, stamp), theirs=_stamp_text(lang, theirs))


def unreachable_line(lang: str | None, process) -> str:
    """A process whose fetches fail far more often than the others' (crawler/distributed/
    status.py ``unreachable``): what failed, and what to check on its machine."""
    return _text(lang, N_(
        "process {process}: {failed} of its {requests} requests failed without an answer "
        "({failure}), far more than the other processes': its machine cannot reach the sites "
        "(check its network, DNS and proxy, and that it was started with the coordinator's "
        "--resolve and --allow-private-network); the profiles it was given come out "
        "unverified")).format(process=process.process, failed=_num(lang, process.failed),
                              requests=_num(lang, process.requests),
                              failure=process.failure or "-")


def _stamp_notes(lang: str | None, status) -> list[str]:
    """Below the table: the processes that run another brandsweep than the coordinator's,
    and whether a worker started on this machine would be refused."""
    theirs = getattr(status, "brandsweep", None)
    notes = []
    if any(getattr(p, "differs", False) for p in status.processes):
        notes.append(_text(lang, N_(
            "* another brandsweep than the coordinator's ({theirs}): what such a process "
            "finds may be read otherwise or stored only in part. Stop it, install the "
            "coordinator's brandsweep on its machine, start it again")).format(
            theirs=_stamp_text(lang, theirs)))
    for process in getattr(status, "unreachable_processes", ()):
        notes.append(unreachable_line(lang, process))
    here = getattr(status, "here", None)
    if theirs and here and here != theirs:
        notes.append(_text(lang, N_(
            "this machine runs {mine}, the coordinator {theirs}: a worker started here "
            "would stop before it takes anything; install the coordinator's brandsweep "
            "here first")).format(mine=_stamp_text(lang, here), theirs=_stamp_text(lang, theirs)))
    return notes


__all__ = ["ALL_PROCESSES", "GRACE_OVER", "LABELS", "PROGRESS_PLATFORMS", "distributed_suffix",
           "other_brandsweep_line", "probe_workers_line", "progress_line", "settled_line",
           "status_table", "stopped_line", "stopping_line", "unreachable_line",
           "worker_done_line"]
