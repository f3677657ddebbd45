"""Forked probe workers: existence-only probes answered on every core, before Scrapy is loaded.

A 1,000-site audit spent half its time on one core importing Scrapy, the spiders, matching and
the report while no request was out, then crawling while nothing else ran. So right after the
plan is loaded (before any of those imports), ``start`` forks worker processes (one per core,
``BRANDSWEEP_PROBE_WORKERS``), each owning a shard of the hosts (a host belongs to exactly one
worker, so a host's concurrency and delay hold exactly as in the crawl's lane), and asks the
probes of existence-only platforms on asyncio with the lane's own HTTP client
(crawler/lane_http.py). Meanwhile the parent imports the crawl. ``collect`` waits for the
workers and reads what they found; the sweep spider then emits, for each settled probe, what
its callback would have emitted for that answer (``enrich.prefetched``: the same code after
the read, through the same item pipeline and stats), and the crawl's lane fetches the rest.

A worker settles only what the crawl's own path would have read the same way: a complete,
final answer (redirects followed on the same host, as ``GuardedRedirectMiddleware`` would,
loops and non-http(s) targets excepted) that no downloader middleware would act on, read by
the same rules (``probe_read.read_outcome``). Everything else is handed back unsettled and
fetched again by the crawl's lane with every guarantee of the ordinary path: a transport
failure (timeout, refused, DNS, cut off: retried there, with the attempt already made counted
in ``retry_times``), a retryable status, a rate limit or ``Retry-After`` (the host's slot in
the lane starts after the wait), a cookie (the rest of that platform's probes go through the
lane), an address the SSRF guard refuses, a redirect to another host, a content encoding other
than gzip/deflate, an answer over ``DOWNLOAD_MAXSIZE``. A worker that dies (killed, crashed)
loses only what it had not written: its unanswered probes are fetched by the lane, never
reported "not found". The lane's slot for a host the workers contacted starts no sooner than
the host's delay after their last request (``host_next``, on the shared monotonic clock).

Off (the lane alone, in the crawl, as before) where fork is not the platform's way (Windows,
macOS), behind a proxy, with ``--resolve``, ``--resume`` or ``--redis-url``, with the lane off,
and when ``BRANDSWEEP_SCRAPY_SETTINGS`` sets anything the workers do not mirror.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import io
import logging
import os
import pickle
import signal
import struct
import sys
import tempfile
import time
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from matching.models import ProbeState, ProfileFields

from . import lane_http, stats_keys
from .hosts import platform_hosts
from .identity import USER_AGENT
from .netrules import connect_refusal, ip_literal, url_refusal_without_dns
from .wmn import existence_rate, rules_decide

log = logging.getLogger(__name__)

#: the crawl settings a worker applies, as crawler/settings.py (and Scrapy's defaults) set them;
#: tests/test_lane_fork.py checks that they agree
DEFAULTS: dict[str, Any] = {
    "DOWNLOAD_TIMEOUT": 20.0,
    "DOWNLOAD_MAXSIZE": 5 * 1024 * 1024,
    "BRANDSWEEP_MAX_HEADER_BYTES": 64 * 1024,
    "BRANDSWEEP_MAX_HEADERS": 100,
    "BRANDSWEEP_HEADERS_TIMEOUT": 10.0,
    "REDIRECT_MAX_TIMES": 5,
    "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408],
    "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
    "DOWNLOAD_DELAY": 0.5,
    "BRANDSWEEP_IDLE_CONNECTION_TIMEOUT": 10.0,
    "BRANDSWEEP_PROBE_WORKERS": 8,
    "BRANDSWEEP_MAX_CONCURRENT_REQUESTS": 1024,
}
#: Scrapy's DEFAULT_REQUEST_HEADERS (crawler/settings.py keeps them)
REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "en",
}
#: the settings an audit's crawl sets itself (crawler/options.py), which the workers need not
#: mirror; any other key in the overrides turns the workers off (the lane then does it all)
_OWN_KEYS = frozenset({"BRANDSWEEP_AUDIT_ID", "BRANDSWEEP_ALLOW_PRIVATE_NETWORK",
                       "BRANDSWEEP_PROGRESS", "LOG_LEVEL", "BRANDSWEEP_DB", "LOG_FILE",
                       "LOG_FILE_APPEND", "BRANDSWEEP_PROBE_LANE", "BRANDSWEEP_LANG",
                       "BRANDSWEEP_SETTLED_WITHOUT_CRAWL"})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
#: results a worker writes at once (one pickle each)
BATCH = 64


@dataclass(frozen=True)
class Job:
    """One probe: a handle on an existence-only platform, and its request."""

    platform: str
    handle: str
    url: str
    headers: tuple[tuple[str, str], ...] = ()
    follow: bool = True


@dataclass
class Settled:
    """A probe answered as the crawl would have read it."""

    platform: str
    handle: str
    state: str
    reason: str | None
    fields: ProfileFields
    url: str  # the final URL (after redirects)
    status: int
    body: bytes
    implausible: tuple[str, ...] = ()


@dataclass
class Prefetch:
    """What the workers did, for the spider and the lane."""

    settled: dict[tuple[str, str], Settled] = field(default_factory=dict)
    #: unsettled probes whose request failed once already: the lane's retry count starts at 1
    tried: set[tuple[str, str]] = field(default_factory=set)
    #: host -> the monotonic time before which the lane sends it nothing (delay, Retry-After)
    host_next: dict[str, float] = field(default_factory=dict)
    stats: Counter[str] = field(default_factory=Counter)
    workers: int = 0
    lost: int = 0  # workers that ended without saying they were done
    cpu: float = 0.0  # CPU seconds the workers used (the crawl's CPU counts them)

    def get(self, platform: str, handle: str) -> Settled | None:
        return self.settled.get((platform, handle))


# --------------------------------------------------------------------------- parent side


def workers_wanted(overrides: Mapping[str, Any], *, proxy: str | None, resolve: Any,
                   resume: bool, redis_url: str | None) -> int:
    """How many workers this audit may fork (0: none, the lane alone)."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return 0  # fork is the platform's way only on Linux (macOS: unsafe; Windows: none)
    if proxy or resolve or resume or redis_url:
        return 0
    if any(os.environ.get(k) for k in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy",
                                       "https_proxy", "ALL_PROXY", "all_proxy")):
        return 0
    if overrides.get("BRANDSWEEP_PROBE_LANE") is False:
        return 0
    if any(k not in _OWN_KEYS and k not in DEFAULTS and k != "USER_AGENT" for k in overrides):
        return 0
    wanted = int(overrides.get("BRANDSWEEP_PROBE_WORKERS", DEFAULTS["BRANDSWEEP_PROBE_WORKERS"]))
    return max(0, min(wanted, usable_cores()))


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity: a container or ``taskset`` may
    allow fewer than the machine has), else the machine's count."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def jobs_of(plan: Any) -> list[Job]:
    """The probes a worker may ask: every handle of an existence-only platform without a
    credential, a second view or a calibration (its own rules decide, or it has no guessed
    handles), whose probe is a plain GET of one host whatever the handle."""
    by_platform: dict[str, list[str]] = {}
    guessed: set[str] = set()  # platforms with guessed handles (variants)
    for c in plan.candidates:
        by_platform.setdefault(c.platform, []).append(c.handle)
        if c.family != "declared":
            guessed.add(c.platform)
    out: list[Job] = []
    catalog = plan.catalog
    for name in plan.platforms:
        platform = catalog.get(name)
        handles = by_platform.get(name)
        if (platform is None or not handles or not platform.existence_only
                or platform.auth is not None or not platform.probe_possible
                or getattr(platform, "enrich_view", None)):
            continue
        if name in guessed and not rules_decide(platform):
            continue  # a calibration request comes first: the crawl's business
        jobs: dict[str, Job] = {}
        hosts: set[str] = set()
        for raw in handles:
            h = platform.canonical(raw)
            spec = platform.probe_request(h)
            if spec is None or (spec.get("method") or "GET") != "GET" or spec.get("body"):
                jobs = {}
                break
            hosts.add((urlsplit(spec["url"]).hostname or "").lower())
            jobs[h] = Job(name, h, spec["url"],
                          tuple((str(k), str(v)) for k, v in (spec.get("headers") or {}).items()),
                          bool(spec.get("follow_redirects", True)))
        if len(hosts) == 1 and "" not in hosts:  # one host, whatever the handle
            out.extend(jobs.values())
    return out


def host_rates(plan: Any, jobs: Iterable[Job], overrides: Mapping[str, Any]
               ) -> dict[str, tuple[int, float]]:
    """(concurrency, delay) per host, as the spider's ``configure_politeness`` plans them for
    the lane (the catalog's rate of the platform; the crawl's defaults elsewhere)."""
    default = (int(_setting(overrides, "CONCURRENT_REQUESTS_PER_DOMAIN")),
               float(_setting(overrides, "DOWNLOAD_DELAY")))
    planned: dict[str, tuple[int, float]] = {}
    for name in {j.platform for j in jobs}:
        p = plan.catalog[name]
        for host in platform_hosts(p):
            c, d = p.rate_for(host)
            planned[host] = (max(1, int(c)), float(d))
    out: dict[str, tuple[int, float]] = {}
    for j in jobs:
        host = (urlsplit(j.url).hostname or "").lower()
        out[host] = planned.get(host, default)
    return out


def _setting(overrides: Mapping[str, Any], key: str) -> Any:
    return overrides.get(key, DEFAULTS[key])


@dataclass
class Running:
    """Forked workers: their pids and the files they write their results to."""

    pids: list[int]
    files: list[Any]
    jobs: int
    #: (platform, handle) of every probe given to a worker (crawler/lane_direct.py)
    keys: set[tuple[str, str]] = field(default_factory=set)


def start(plan: Any, overrides: Mapping[str, Any], workers: int) -> Running | None:
    """Fork up to ``workers`` workers for the plan's existence-only probes (None: nothing to
    ask, or no worker wanted)."""
    if workers <= 0:
        return None
    jobs = jobs_of(plan)
    if not jobs:
        return None
    from . import probe_read  # noqa: F401 - the workers read with it: imported once, here

    rates = host_rates(plan, jobs, overrides)
    n = max(1, min(workers, (len(rates) + 49) // 50))  # a worker per 50 hosts at least
    shards: list[list[Job]] = [[] for _ in range(n)]
    for j in jobs:
        host = (urlsplit(j.url).hostname or "").lower()
        shards[zlib.crc32(host.encode("utf-8", "surrogatepass")) % n].append(j)
    conf = _worker_conf(overrides, plan, rates)
    # the crawl's global cap, shared: all workers together keep as many sockets open at most
    conf["cap"] = max(1, int(conf["BRANDSWEEP_MAX_CONCURRENT_REQUESTS"]) // n)
    running = Running([], [], len(jobs), {(j.platform, j.handle) for j in jobs})
    parent = os.getpid()
    for shard in shards:
        if not shard:
            continue
        out = tempfile.TemporaryFile()  # noqa: SIM115 - read and closed by collect()
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()  # nothing buffered is written twice
        pid = os.fork()
        if pid == 0:  # the worker: never returns
            _worker_main(shard, plan, conf, out.fileno(), parent)
        running.pids.append(pid)
        running.files.append(out)
    return running


def stop(running: Running | None) -> None:
    """Ctrl-C, a crash: the workers are ended (by their ids) and reaped, their results left."""
    if running is None:
        return
    for pid in running.pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    for pid in running.pids:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
    for f in running.files:
        f.close()
    running.pids.clear()
    running.files.clear()


def collect(running: Running | None) -> Prefetch | None:
    """Wait for the workers and read their results (a dead worker's: those it wrote)."""
    if running is None:
        return None
    prefetch = Prefetch(workers=len(running.pids))
    while running.pids:  # a signal in between: ``stop`` ends the workers not yet reaped
        pid, f = running.pids[0], running.files[0]
        os.waitpid(pid, 0)
        running.pids.pop(0)
        running.files.pop(0)
        with f:
            f.seek(0)
            data = f.read()
        if not _read_frames(data, prefetch):
            prefetch.lost += 1
            log.warning("a probe worker (pid %d) ended before it finished; the crawl asks "
                        "its unanswered probes again", pid)
    prefetch.stats["brandsweep/probe_workers/workers"] = prefetch.workers
    prefetch.stats["brandsweep/probe_workers/settled"] = len(prefetch.settled)
    if prefetch.lost:
        prefetch.stats["brandsweep/probe_workers/lost"] = prefetch.lost
    return prefetch


class _FrameUnpickler(pickle.Unpickler):
    """Reads a worker's frames admitting only the types a worker writes.

    The frames come from our own forked child through a private temporary file, but nothing
    in the crawler unpickles without an allowlist (tests/test_scale.py): a frame naming any
    other class or function (``os.system``) is refused, not run."""

    _ALLOWED = frozenset({
        ("crawler.lane_fork", "Settled"),
        ("matching.models", "ProfileFields"),
        ("collections", "Counter"),
        ("builtins", "set"),
        ("builtins", "frozenset"),
    })

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in self._ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not a probe worker's result")
        return super().find_class(module, name)


def _read_frames(data: bytes, prefetch: Prefetch) -> bool:
    """Apply a worker's results; True when it said it was done."""
    pos, done = 0, False
    while pos + 4 <= len(data):
        (size,) = struct.unpack_from("!I", data, pos)
        if pos + 4 + size > len(data):
            break  # cut off while being written: the worker died
        try:
            kind, payload = _FrameUnpickler(io.BytesIO(data[pos + 4:pos + 4 + size])).load()
        except (pickle.UnpicklingError, ValueError, TypeError, EOFError, AttributeError):
            log.warning("a probe worker's results could not be read; its probes are asked again")
            break
        pos += 4 + size
        if kind == "settled":
            for s in payload:
                prefetch.settled[(s.platform, s.handle)] = s
        elif kind == "tried":
            prefetch.tried.update(payload)
        elif kind == "hosts":
            for host, when in payload.items():
                prefetch.host_next[host] = max(prefetch.host_next.get(host, 0.0), when)
        elif kind == "stats":
            prefetch.stats.update(payload)
        elif kind == "cpu":
            prefetch.cpu += float(payload)
        elif kind == "done":
            done = True
    return done


def _worker_conf(overrides: Mapping[str, Any], plan: Any,
                 rates: dict[str, tuple[int, float]]) -> dict[str, Any]:
    conf = {k: _setting(overrides, k) for k in DEFAULTS}
    conf["USER_AGENT"] = overrides.get("USER_AGENT", USER_AGENT)
    conf["allow_private"] = bool(overrides.get("BRANDSWEEP_ALLOW_PRIVATE_NETWORK"))
    conf["rates"] = rates
    rate = existence_rate(getattr(plan.catalog, "defaults", None))
    conf["idle_timeout"] = min(float(conf["BRANDSWEEP_IDLE_CONNECTION_TIMEOUT"]),
                               max(1.0, 3 * rate[1]))
    return conf


# --------------------------------------------------------------------------- worker side


def _worker_main(jobs: list[Job], plan: Any, conf: dict[str, Any], fd: int,
                 parent: int) -> None:
    """The forked worker: probe, write, leave without running anything of the parent's."""
    code = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends it (the parent stops too)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        _die_with_parent(parent)
        gc.freeze()  # the parent's objects, inherited: never scanned (nor copied on write)
        gc.enable()  # the parent holds its collector while loading (crawler/collector.py)
        worker = _Worker(jobs, plan.catalog, conf, fd)
        asyncio.run(worker.run())
        code = 0
    except BaseException:  # noqa: BLE001 - whatever happened, the parent reads what was written
        code = 1
    finally:
        os._exit(code)


def _die_with_parent(parent: int) -> None:
    """A parent killed outright (SIGKILL) must not leave its workers probing sites for an
    audit nobody will store: Linux ends them with it (``PR_SET_PDEATHSIG``)."""
    try:
        import ctypes  # the worker's only: a C call no stdlib module offers

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG = 1
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent was already gone before the call took effect
        os._exit(1)


class _Worker:
    def __init__(self, jobs: list[Job], catalog: Any, conf: dict[str, Any], fd: int):
        self.jobs = jobs
        self.catalog = catalog
        self.conf = conf
        self.fd = fd
        self.allow = bool(conf["allow_private"])
        self.timeout = float(conf["DOWNLOAD_TIMEOUT"])
        self.head_timeout = float(conf["BRANDSWEEP_HEADERS_TIMEOUT"])
        self.maxsize = int(conf["DOWNLOAD_MAXSIZE"] or 0)
        self.retry_codes = {int(c) for c in conf["RETRY_HTTP_CODES"]}
        self.max_redirects = int(conf["REDIRECT_MAX_TIMES"])
        self.next_at: dict[str, float] = {}
        self.cookied: set[str] = set()  # platforms that set a cookie: the lane does the rest
        self.settled: list[Settled] = []
        self.tried: list[tuple[str, str]] = []
        self.stats: Counter[str] = Counter()
        base = [("User-Agent", str(conf["USER_AGENT"])), *REQUEST_HEADERS.items(),
                ("Accept-Encoding", "gzip, deflate")]
        self.base_headers = base

        def check(address: str, host: str) -> str | None:
            return connect_refusal(address, host, self.allow, set(), set())

        self.client = lane_http.Client(max_bytes=int(conf["BRANDSWEEP_MAX_HEADER_BYTES"]),
                                       max_headers=int(conf["BRANDSWEEP_MAX_HEADERS"]),
                                       idle_timeout=float(conf["idle_timeout"]), check=check)

    def write(self, kind: str, payload: Any) -> None:
        data = pickle.dumps((kind, payload), protocol=pickle.HIGHEST_PROTOCOL)
        frame = struct.pack("!I", len(data)) + data
        view = memoryview(frame)
        while view:
            n = os.write(self.fd, view)
            view = view[n:]

    def flush(self) -> None:
        if self.settled:
            self.write("settled", self.settled)
            self.settled = []

    async def run(self) -> None:
        by_host: dict[str, list[Job]] = {}
        for j in self.jobs:
            by_host.setdefault((urlsplit(j.url).hostname or "").lower(), []).append(j)
        cap = asyncio.Semaphore(max(1, min(int(self.conf["cap"]), len(by_host) * 2)))
        tasks = []
        for host, jobs in by_host.items():
            concurrency = self.conf["rates"].get(host, (1, 0.0))[0]
            queue = list(reversed(jobs))
            for _ in range(min(concurrency, len(jobs))):
                tasks.append(asyncio.ensure_future(self._host(host, queue, cap)))
        try:
            await asyncio.gather(*tasks)
        finally:
            self.client.close()
        self.flush()
        self.write("tried", self.tried)
        self.write("hosts", self.next_at)
        self.write("stats", self.stats)
        self.write("cpu", time.process_time())
        self.write("done", None)

    async def _host(self, host: str, queue: list[Job], cap: asyncio.Semaphore) -> None:
        while queue:
            job = queue.pop()
            if job.platform in self.cookied:
                continue  # unsettled, untried: the lane asks it with the platform's cookies
            try:
                outcome = await self._probe(host, job, cap)
            except Exception:  # noqa: BLE001 - whatever it was, the lane asks it again
                outcome = None
            if isinstance(outcome, Settled):
                self.settled.append(outcome)
                if len(self.settled) >= BATCH:
                    self.flush()
            elif outcome == "tried":
                self.tried.append((job.platform, job.handle))

    async def _turn(self, host: str) -> None:
        """Wait for the host's next request time, then claim it (the lane's rule)."""
        loop = asyncio.get_running_loop()
        delay = self.conf["rates"].get(host, (1, 0.0))[1]
        while True:
            wait = self.next_at.get(host, 0.0) - loop.time()
            if wait <= 0:
                break
            await asyncio.sleep(wait)
        self.next_at[host] = loop.time() + delay

    async def _probe(self, host: str, job: Job, cap: asyncio.Semaphore) -> Settled | str | None:
        """The answer, settled; "tried" (a request failed: the lane retries it); None (not
        asked, or answered in a way only the crawl's path may handle)."""
        from . import probe_read  # imported by ``start`` before the fork
        url, seen = job.url, {job.url}
        platform = self.catalog[job.platform]
        for _hop in range(self.max_redirects + 1):
            if url_refusal_without_dns(url, self.allow) is not None:
                return None  # the guard's business: the lane refuses it with the reason
            await self._turn(host)
            async with cap:
                answer = await self._fetch(host, url, job)
            if answer is None:
                return "tried"
            status, headers, body = answer
            if "set-cookie" in headers:
                self.cookied.add(job.platform)
                return None
            if (status in self.retry_codes or status == 429 or "retry-after" in headers
                    or "x-ratelimit-remaining" in headers):
                if status == 429:  # counted as the crawl's RateLimitMiddleware counts it
                    self.stats[stats_keys.RATE_LIMITED] += 1
                    self.stats[f"{stats_keys.RATE_LIMITED_HOST}{host}"] += 1
                self._hold(host, headers)
                return "tried" if status in self.retry_codes else None
            if status in _REDIRECTS and job.follow:
                location = headers.get("location")
                if not location:
                    return None
                target = urljoin(url, location)
                parts = urlsplit(target)
                if (parts.scheme not in ("http", "https") or target in seen
                        or (parts.hostname or "").lower() != host):
                    return None  # another host, a loop, a scheme: the lane's redirect path
                seen.add(target)
                url = target
                continue
            if not (200 <= status < 300 or status in probe_read.ERROR_STATUSES
                    or (status in _REDIRECTS and not job.follow)):
                return None  # HttpErrorMiddleware would drop it: the lane's errback path
            decoded = self._decode(headers, body)
            if decoded is None:
                return None
            state, reason, fields, dropped = probe_read.read_outcome(
                platform, url, status, headers, decoded, job.handle)
            return Settled(job.platform, job.handle, ProbeState(state).value, reason, fields,
                           url, status, decoded, tuple(dropped))
        return None  # too many redirects: the lane records the limit

    def _hold(self, host: str, headers: Mapping[str, str]) -> None:
        """A rate limit: the lane's slot for ``host`` starts after the wait it asked for."""
        loop = asyncio.get_running_loop()
        wait = 0.0
        value = (headers.get("retry-after") or "").strip()
        if value.isdigit():
            wait = float(value)
        self.next_at[host] = max(self.next_at.get(host, 0.0), loop.time() + wait)

    async def _fetch(self, host: str, url: str, job: Job
                     ) -> tuple[int, dict[str, str], bytes] | None:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        port = parts.port or (443 if scheme == "https" else 80)
        literal = ip_literal(host)
        key = (scheme, literal or host, port, literal is not None, host)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        netloc = parts.netloc.rpartition("@")[2]
        lines = [f"GET {path} HTTP/1.1\r\n".encode("latin-1"),
                 b"Host: " + netloc.encode("idna" if not netloc.isascii() else "ascii") + b"\r\n"]
        own = {k.lower() for k, _ in job.headers}
        for name, value in (*[(k, v) for k, v in self.base_headers if k.lower() not in own],
                            *job.headers):
            lines.append(f"{name}: {value}\r\n".encode("latin-1"))
        lines.append(b"\r\n")
        loop = asyncio.get_running_loop()
        delay = self.conf["rates"].get(host, (1, 0.0))[1]

        def touched() -> None:  # as the lane: the delay restarts once connected, once answered
            if delay:
                self.next_at[host] = max(self.next_at.get(host, 0.0), loop.time() + delay)

        self.stats["downloader/request_count"] += 1
        self.stats["downloader/request_method_count/GET"] += 1
        started = loop.time()
        head_limit = self.head_timeout if 0 < self.head_timeout < self.timeout else self.timeout
        try:
            async with asyncio.timeout(head_limit) as timer:

                def on_head() -> None:
                    timer.reschedule(started + self.timeout)
                    touched()

                status, raw, body = await self.client.fetch(
                    key, b"".join(lines), None, "GET", self.maxsize, touched, on_head)
        except (TimeoutError, lane_http.Error, OSError):
            touched()
            return None
        self.stats["downloader/response_count"] += 1
        self.stats[f"downloader/response_status_count/{status}"] += 1
        self.stats["response_received_count"] += 1
        headers: dict[str, str] = {}
        for k, v in raw:
            headers.setdefault(k.decode("latin-1").lower(), v.decode("latin-1"))
        return status, headers, body

    def _decode(self, headers: Mapping[str, str], body: bytes) -> bytes | None:
        """gzip and deflate as Scrapy's middleware inflates them, within DOWNLOAD_MAXSIZE;
        anything else is the crawl's."""
        coding = (headers.get("content-encoding") or "identity").strip().lower()
        if coding in ("", "identity"):
            return body
        if coding in ("gzip", "x-gzip"):
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif coding == "deflate":
            inflater = zlib.decompressobj()
        else:
            return None
        limit = self.maxsize or (1 << 62)
        try:
            out = inflater.decompress(body, limit + 1)
        except zlib.error:
            return None
        if len(out) > limit or inflater.unconsumed_tail:
            return None
        return out
