"""A long tail of sites on loopback: N WhatsMyName-format sites, each on its own address.

The username checkers analysts use (Sherlock, Maigret, Blackbird) sweep hundreds of sites at
once; ``benchmarks/bench_probe_engine.py`` and ``tests/test_probe_engine.py`` compare brandsweep
with them here. Site ``i`` lives on ``127.0.X.Y`` (Linux routes all of 127.0.0.0/8 to ``lo``), so
a crawler's per-host politeness sees N hosts, as on the real web. One asyncio server accepts on
every loopback address of one port and tells the sites apart by the address a connection came
to. Three kinds of site, in turn, as WhatsMyName describes real ones:

* ``status``: a missing user is a 404 "Not Found" page;
* ``soft``: a missing user is a 200 "User not found" page;
* ``login``: a missing user is a 302 to ``/login``, whose 200 page says "Please log in"
  (WhatsMyName's ``m_code: 200``/``m_string`` as written for clients that follow redirects).

An existing user (``--handle``) is a 200 profile page. ``--latency`` delays every answer;
``--blocked N``: the first N sites answer every other user with a 403 (a WAF in front of unknown
names: a calibration probe that cannot be read). ``--limit-gap S``: a host answers 429 with
``Retry-After: 1`` to a request that arrives less than S seconds after the one before (a rate
limit, as platforms enforce theirs; counted per host as ``rate_limited``). The server measures
politeness where it matters, at the server: per host, the most requests in flight at once and
the shortest gap between two arrivals, and overall the most requests in flight (``GET
/__stats`` on any address), and every User-Agent that came. ``--faults JSON``
(``{"3": "rate_limit"}``) gives single sites the faults real ones have, on every profile URL
(``FAULTS``): a crawler must wait, retry, or say why it could not check, never call the user
missing.

    python -m simweb.sites --port 0 --handle northwind   # prints the port, serves until killed
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import signal
import sys
import time
from dataclasses import dataclass, field
from typing import Any

KINDS = ("status", "soft", "login")

#: How far apart two requests' arrivals may look shorter than the gap they were sent with.
#: The server times a request when its event loop reads it; on a loaded machine (CI, eight
#: processes on two cores) that read lags by tens of milliseconds, and a late first arrival
#: shortens the gap measured to the next (0.278 s seen for a 0.3 s delay). A real breach of a
#: host's delay (no delay, half of it) is far beyond this allowance.
ARRIVAL_JITTER = 0.05
#: per-site faults (``SitesApp(faults={i: name})``), each what some real site does
FAULTS = {
    "rate_limit": "the first profile request answers 429 with Retry-After: 1, then normal",
    "flaky": "the first profile request answers 503 (no Retry-After), then normal",
    "huge": "every profile page is 6 MB (over the 5 MB body limit)",
    "many_headers": "every profile answer carries 150 headers",
    "loop": "every profile URL redirects to /loop, which redirects back",
    "to_loopback": "every profile URL redirects to http://127.0.0.1:PORT/login (an IP literal)",
    "gzip": "every answer is gzip-compressed (Content-Encoding: gzip)",
}
PROFILE_MARK = 'class="profile-handle"'


def site_address(i: int) -> str:
    """The loopback address of site ``i``: 127.0.1.1, 127.0.1.2 ... 127.0.1.254, 127.0.2.1 ...
    (no .0/.255 host parts; 127.0.0.x is left to other local services)."""
    return f"127.{(i // 254) // 254}.{1 + (i // 254) % 254}.{1 + i % 254}"


def site_kind(i: int) -> str:
    return KINDS[i % 3]


def wmn_sites(n: int, port: int) -> dict[str, Any]:
    """A WhatsMyName-format document (``wmn-data.json`` shape) for sites 0..n-1."""
    sites = []
    for i in range(n):
        kind = site_kind(i)
        base = f"http://{site_address(i)}:{port}"
        site: dict[str, Any] = {
            "name": f"Site {i:05d}",
            "uri_check": f"{base}/u/{{account}}",
            "e_code": 200,
            "e_string": PROFILE_MARK,
            "m_code": 404 if kind == "status" else 200,
            "m_string": {"status": "Not Found", "soft": "User not found",
                         "login": "Please log in"}[kind],
            "known": ["northwind"],
            "cat": "misc",
        }
        sites.append(site)
    return {"license": ["CC BY-SA 4.0 (this generated list: none)"], "categories": ["misc"],
            "sites": sites}


def sherlock_sites(doc: dict[str, Any]) -> dict[str, Any]:
    """The same sites in Sherlock's ``data.json`` format (``sherlock --json FILE``): a status
    rule where the codes differ, else the missing-page message (Sherlock follows redirects for
    ``message`` sites, like WhatsMyName's checker)."""
    out: dict[str, Any] = {}
    for s in doc["sites"]:
        url = s["uri_check"].replace("{account}", "{}")
        entry: dict[str, Any] = {"url": url, "urlMain": url.split("/u/")[0] + "/",
                                 "username_claimed": s["known"][0]}
        if s["m_code"] != s["e_code"]:
            entry["errorType"] = "status_code"
        else:
            entry["errorType"] = "message"
            entry["errorMsg"] = s["m_string"]
        out[s["name"]] = entry
    return out


def maigret_sites(doc: dict[str, Any]) -> dict[str, Any]:
    """The same sites in Maigret's database format (``maigret --db FILE``)."""
    sites: dict[str, Any] = {}
    for s in doc["sites"]:
        url = s["uri_check"].replace("{account}", "{username}")
        entry: dict[str, Any] = {"url": url, "urlMain": url.split("/u/")[0] + "/",
                                 "usernameClaimed": s["known"][0],
                                 "usernameUnclaimed": "noonewouldeverusethis7"}
        if s["m_code"] != s["e_code"]:
            entry["checkType"] = "status_code"
        else:
            entry["checkType"] = "message"
            entry["absenceStrs"] = [s["m_string"]]
            entry["presenseStrs"] = [s["e_string"]]
        sites[s["name"]] = entry
    return {"sites": sites, "engines": {}, "tags": []}


# --------------------------------------------------------------------------- the server


@dataclass
class HostStats:
    """What one host saw: requests, most in flight at once, shortest gap between arrivals."""

    requests: int = 0
    in_flight: int = 0
    max_in_flight: int = 0
    last_arrival: float | None = None
    min_gap: float | None = None
    arrivals: list[float] = field(default_factory=list)
    rate_limited: int = 0  # 429s answered (--limit-gap)
    too_soon: bool = False  # the request being answered arrived too soon


class SitesApp:
    """Pure request -> response logic plus the per-host measurements."""

    def __init__(self, handle: str, latency: float = 0.0, record_arrivals: bool = False,
                 blocked: int = 0, limit_gap: float = 0.0,
                 faults: dict[int, str] | None = None, port: int = 0):
        self.faults = dict(faults or {})
        unknown = set(self.faults.values()) - set(FAULTS)
        if unknown:
            raise ValueError(f"unknown fault(s) {sorted(unknown)}; known: {sorted(FAULTS)}")
        self.port = port
        self.faulted: set[int] = set()  # sites whose one-off fault was served
        self.agents: set[str] = set()
        self.handle = handle.lower()
        self.limit_gap = limit_gap
        self.latency = latency
        self.record_arrivals = record_arrivals
        self.blocked = blocked
        self.hosts: dict[str, HostStats] = {}
        self.in_flight = 0
        self.max_in_flight = 0

    def site_of(self, address: str) -> int | None:
        parts = address.split(".")
        if len(parts) != 4 or parts[0] != "127":
            return None
        a, b, c = int(parts[1]), int(parts[2]), int(parts[3])
        if b < 1 or c < 1:
            return None
        return (a * 254 + (b - 1)) * 254 + (c - 1)

    def arrive(self, address: str) -> HostStats:
        st = self.hosts.get(address)
        if st is None:
            st = self.hosts[address] = HostStats()
        now = time.monotonic()
        st.requests += 1
        st.in_flight += 1
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        st.max_in_flight = max(st.max_in_flight, st.in_flight)
        if st.last_arrival is not None:
            gap = now - st.last_arrival
            st.min_gap = gap if st.min_gap is None else min(st.min_gap, gap)
            st.too_soon = gap < self.limit_gap
        st.last_arrival = now
        if self.record_arrivals:
            st.arrivals.append(now)
        return st

    def answer(self, address: str, method: str, path: str) -> tuple[int, list[tuple[str, str]],
                                                                      bytes]:
        if path == "/__stats":
            body = json.dumps(self.stats()).encode()
            return 200, [("Content-Type", "application/json")], body
        i = self.site_of(address)
        kind = site_kind(i) if i is not None else "status"
        html = [("Content-Type", "text/html; charset=utf-8")]
        st = self.hosts.get(address)
        if st is not None and st.too_soon:
            st.too_soon = False
            st.rate_limited += 1
            return 429, [("Retry-After", "1"), *html], b"<html><body>Too many</body></html>"
        fault = self.faults.get(i) if i is not None else None
        if fault and path.startswith(("/u/", "/loop")):
            faulty = self.fault(i, fault, path, html)  # type: ignore[arg-type]
            if faulty is not None:
                return faulty
        if path.startswith("/u/"):
            user = path[3:].split("?")[0].lower()
            if user != self.handle and i is not None and i < self.blocked:
                return 403, html, b"<html><title>Forbidden</title><body>Access denied</body></html>"
            if user == self.handle:
                return 200, html, (
                    f"<!doctype html><html><head><title>{user} on site {i}</title></head>"
                    f'<body><h1 {PROFILE_MARK}>{user}</h1><p>Member since 2019.</p>'
                    "</body></html>").encode()
            if kind == "status":
                return 404, html, b"<html><head><title>Not Found</title></head>" \
                                  b"<body><h1>Not Found</h1></body></html>"
            if kind == "soft":
                return 200, html, b"<html><head><title>Oops</title></head>" \
                                  b"<body><p>User not found</p></body></html>"
            return 302, [("Location", f"/login?next=/u/{user}"), *html], b""
        if path.startswith("/login"):
            return 200, html, b"<html><head><title>Log in</title></head>" \
                              b"<body><form>Please log in to continue</form></body></html>"
        return 404, html, b"<html><body>Not Found</body></html>"

    def fault(self, i: int, fault: str, path: str, html: list[tuple[str, str]]
              ) -> tuple[int, list[tuple[str, str]], bytes] | None:
        """The faulty answer of site ``i`` (None: answer normally this time)."""
        if fault in ("rate_limit", "flaky"):
            if i in self.faulted:
                return None
            self.faulted.add(i)
            if fault == "rate_limit":
                return 429, [("Retry-After", "1"), *html], b"<html>Too Many Requests</html>"
            return 503, html, b"<html>Service Unavailable</html>"
        if fault == "huge":
            return 200, html, b"<html><body>" + b"x" * (6 * 1024 * 1024) + b"</body></html>"
        if fault == "many_headers":
            extra = [(f"X-Filler-{n}", "x") for n in range(150)]
            return 404, [*html, *extra], b"<html>Not Found</html>"
        if fault == "loop":
            user = path.split("/")[-1]
            target = f"/u/{user}" if path.startswith("/loop") else f"/loop/{user}"
            return 302, [("Location", target), *html], b""
        if fault == "to_loopback":
            return 302, [("Location", f"http://127.0.0.1:{self.port}/login"), *html], b""
        return None  # gzip: the body is compressed on the way out

    def stats(self) -> dict[str, Any]:
        hosts = {addr: {"requests": s.requests, "max_in_flight": s.max_in_flight,
                       "min_gap": s.min_gap, "rate_limited": s.rate_limited,
                       **({"arrivals": s.arrivals} if self.record_arrivals else {})}
                 for addr, s in self.hosts.items()}
        return {"hosts": hosts, "max_in_flight": self.max_in_flight,
                "requests": sum(s.requests for s in self.hosts.values()),
                "user_agents": sorted(self.agents)}


class _Protocol(asyncio.Protocol):
    """HTTP/1.1 with keep-alive, enough for Scrapy, requests and aiohttp clients."""

    def __init__(self, app: SitesApp):
        self.app = app
        self.buf = b""
        self.transport: asyncio.Transport | None = None
        self.address = ""
        self.queue: asyncio.Queue[tuple[str, str, bool]] | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        peer = transport.get_extra_info("peername")
        if not peer or not str(peer[0]).startswith("127."):
            transport.close()  # loopback clients only
            return
        self.transport = transport
        self.address = transport.get_extra_info("sockname")[0]
        self.queue = asyncio.Queue()
        self.worker = asyncio.get_running_loop().create_task(self._serve())

    def data_received(self, data: bytes) -> None:
        self.buf += data
        while True:
            end = self.buf.find(b"\r\n\r\n")
            if end < 0:
                return
            head, rest = self.buf[:end].decode("latin-1"), self.buf[end + 4:]
            lines = head.split("\r\n")
            length, close, agent = 0, False, ""
            for line in lines[1:]:
                name, _, value = line.partition(":")
                name = name.strip().lower()
                if name == "content-length":
                    length = int(value.strip() or 0)
                elif name == "connection" and value.strip().lower() == "close":
                    close = True
                elif name == "user-agent":
                    agent = value.strip()
            if len(rest) < length:
                return
            self.buf = rest[length:]
            parts = lines[0].split(" ")
            method, path = parts[0], parts[1] if len(parts) > 1 else "/"
            if path.startswith("http://"):
                path = "/" + path.split("/", 3)[-1]
            if path != "/__stats":
                self.app.arrive(self.address)
                self.app.agents.add(agent)
            assert self.queue is not None
            self.queue.put_nowait((method, path, close))

    async def _serve(self) -> None:
        assert self.queue is not None
        while True:
            method, path, close = await self.queue.get()
            if self.app.latency and path != "/__stats":
                await asyncio.sleep(self.app.latency)
            status, headers, body = self.app.answer(self.address, method, path)
            site = self.app.site_of(self.address)
            if site is not None and self.app.faults.get(site) == "gzip" and body:
                body = gzip.compress(body)
                headers = [*headers, ("Content-Encoding", "gzip")]
            reason = {200: "OK", 302: "Found", 403: "Forbidden", 404: "Not Found",
                      429: "Too Many Requests", 503: "Service Unavailable"}.get(status, "OK")
            head = [f"HTTP/1.1 {status} {reason}", f"Content-Length: {len(body)}"]
            head += [f"{k}: {v}" for k, v in headers]
            if close:
                head.append("Connection: close")
            data = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1")
            if method != "HEAD":
                data += body
            if path != "/__stats":
                st = self.app.hosts[self.address]
                st.in_flight -= 1
                self.app.in_flight -= 1
            if self.transport is None or self.transport.is_closing():
                return
            self.transport.write(data)
            if close:
                self.transport.close()
                return

    def connection_lost(self, exc: Exception | None) -> None:
        worker = getattr(self, "worker", None)
        if worker is not None:
            worker.cancel()
        self.transport = None


async def serve(app: SitesApp, port: int, ready: Any = None) -> None:
    loop = asyncio.get_running_loop()
    # every loopback address of one port: 0.0.0.0, with non-loopback peers refused on connect
    server = await loop.create_server(lambda: _Protocol(app), "0.0.0.0", port, backlog=4096,
                                      reuse_address=True)
    real_port = server.sockets[0].getsockname()[1]
    app.port = real_port
    if ready is not None:
        ready(real_port)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with server:
        await stop.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Serve N WhatsMyName-style sites on loopback.")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--handle", default="northwind", help="the user that exists everywhere")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each answer")
    parser.add_argument("--record-arrivals", action="store_true")
    parser.add_argument("--blocked", type=int, default=0,
                        help="the first N sites answer 403 to every user but --handle")
    parser.add_argument("--limit-gap", type=float, default=0.0,
                        help="answer 429 to a request closer than this to the host's previous one")
    parser.add_argument("--faults", default="{}",
                        help=f'JSON {{"site index": fault}}; faults: {", ".join(FAULTS)}')
    args = parser.parse_args(argv)
    faults = {int(k): str(v) for k, v in json.loads(args.faults).items()}
    app = SitesApp(args.handle, args.latency, args.record_arrivals, args.blocked,
                   args.limit_gap, faults)

    def ready(port: int) -> None:
        print(port, flush=True)

    asyncio.run(serve(app, args.port, ready))
    return 0


class SitesServer:
    """The server in a subprocess (its CPU is not the measured tools'), for tests/benchmarks.

        with SitesServer(handle="northwind") as srv:
            doc = wmn_sites(1000, srv.port)
            ...
            srv.stats()   # per-host measurements
    """

    def __init__(self, handle: str = "northwind", latency: float = 0.0,
                 record_arrivals: bool = False, blocked: int = 0, limit_gap: float = 0.0,
                 faults: dict[int, str] | None = None):
        self.args = ["--handle", handle, "--latency", str(latency), "--blocked", str(blocked),
                     "--limit-gap", str(limit_gap),
                     "--faults", json.dumps({str(k): v for k, v in (faults or {}).items()})]
        if record_arrivals:
            self.args.append("--record-arrivals")
        self.proc: Any = None
        self.port = 0

    def start(self) -> SitesServer:
        import subprocess

        here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        env = {**os.environ, "PYTHONPATH": here}
        self.proc = subprocess.Popen([sys.executable, "-m", "simweb.sites", *self.args],
                                     stdout=subprocess.PIPE, env=env, text=True)
        assert self.proc.stdout is not None
        self.port = int(self.proc.stdout.readline().strip())
        return self

    def stats(self) -> dict[str, Any]:
        from urllib.request import urlopen

        with urlopen(f"http://127.0.0.1:{self.port}/__stats", timeout=30) as r:  # noqa: S310
            return json.loads(r.read())

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            if self.proc.stdout is not None:
                self.proc.stdout.close()
            self.proc = None

    def __enter__(self) -> SitesServer:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()


if __name__ == "__main__":
    sys.exit(main())
