"""Benchmark: a WhatsMyName list of N sites, each on its own loopback address, swept by brandsweep
and, side by side in one run, by a bare Scrapy spider and the username checkers analysts use.

The list (``simweb/sites.py``): site i on 127.0.X.Y, a third answering a missing user with a 404,
a third with a 200 "User not found" page, a third with a 302 to a login page; one handle
(``northwind``) exists on all of them. Every tool runs as a subprocess against the same server
(itself a subprocess), and for each the benchmark prints wall time, its ratio to brandsweep,
requests the server saw, CPU per request and the tool's peak memory:

* ``brandsweep``: the whole ``brandsweep audit`` command, start to report (``--sites-file``,
  every site in ``--platforms``, ``--max-variants 1``, ``--search-engine none``);
* ``brandsweep-1proc``: the same audit without the forked probe workers
  (``BRANDSWEEP_PROBE_WORKERS`` 0): one process, the probe lane inside the crawl;
* ``brandsweep-scrapy``: the same audit with the probe lane off (``BRANDSWEEP_PROBE_LANE``
  false): every probe through Scrapy's scheduler and HTTP client, as before the lane;
* ``scrapy``: ``benchmarks/bare_scrapy_probes.py``, the same probes with nothing else;
* ``sherlock``, ``maigret``: installed by the benchmark into a throwaway virtualenv
  (``pip install sherlock-project maigret``; never brandsweep dependencies), fed the same list
  converted to their data-file formats (``sherlock --json``, ``maigret --db``);
* ``blackbird``: the real Blackbird, from a checkout the user supplies (``--blackbird PATH``,
  e.g. ``git clone https://github.com/p1ngul1n0/blackbird``; it is not on the package index and
  never a brandsweep dependency): its ``requirements.txt`` goes into a throwaway virtualenv
  (``--blackbird-venv DIR`` keeps one), and it runs as its README says (``blackbird.py -u
  HANDLE --no-update``, so its list is not replaced from the internet) in a folder whose
  ``data/wmn-data.json`` is the generated list;
* ``aiohttp``: a 30-line aiohttp checker (one GET per site, redirects followed, the WhatsMyName
  rule), Blackbird's method without its start-up, progress display and 30-request cap.

Peers whose installation fails are reported as not run. Nothing leaves the machine: the peers'
start-up update checks are pointed at a closed local port (``HTTPS_PROXY``), the sites are
exempt (``NO_PROXY``).

    python benchmarks/bench_probe_engine.py [--sites 1000] [--latency 0] [--tools ...]
        [--peers-venv DIR]   # reuse (or create and keep) the peers' virtualenv
    python benchmarks/bench_probe_engine.py --sites 10000 --tools brandsweep  # memory at scale
    python benchmarks/bench_probe_engine.py --tools brandsweep --profile-phases  # where it goes
    python benchmarks/bench_probe_engine.py --tools brandsweep,sherlock,aiohttp \
        --blackbird ~/src/blackbird --repeat 5   # interleaved runs, medians

``--repeat N`` runs every tool N times, interleaved (brandsweep, sherlock, ..., brandsweep,
sherlock, ...), prints each run's table with the machine's load average when each tool
started, and the medians, where a tool's ratio is the median of its ratios to brandsweep in
the same run (other work on the machine slows every tool of one run alike).

``--profile-phases`` runs the audit through a three-line launcher that prints, after the table,
each phase of the command (start-up, loading, crawl, classification, store, each report file):
wall and CPU seconds, resident memory after it and the peak so far (``crawler/phases.py``; the
same lines are logged at debug level, ``-vv``). "exit" is the interpreter's own shutdown: the
wall time after the last phase.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

HANDLE = "northwind"
ALL_TOOLS = ("brandsweep", "brandsweep-1proc", "brandsweep-scrapy", "scrapy", "sherlock",
             "blackbird", "aiohttp", "maigret")

AIOHTTP_CHECKER = r'''
import asyncio, json, sys
import aiohttp

async def check(session, sem, site, handle):
    async with sem:
        try:
            async with session.get(site["uri_check"].replace("{account}", handle),
                                   allow_redirects=True) as r:
                text = await r.text()
                return r.status == site["e_code"] and site["e_string"] in text
        except Exception:
            return False

async def main(path, handle):
    sites = json.load(open(path))["sites"]
    sem = asyncio.Semaphore(100)
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        found = await asyncio.gather(*(check(session, sem, s, handle) for s in sites))
    for s, f in zip(sites, found):
        if f:
            print("[+]", s["name"])

asyncio.run(main(sys.argv[1], sys.argv[2]))
'''


@dataclass
class Run:
    tool: str
    wall: float = 0.0
    cpu: float = 0.0
    peak_mb: float = 0.0
    requests: int = 0
    found: int | None = None
    note: str = ""
    engine_cpu: float | None = None  # brandsweep: CPU of the crawl alone
    phases: list[dict] | None = None  # brandsweep with --profile-phases
    load: float = 0.0  # the machine's 1-minute load average when the run started


#: runs ``python -m crawler.cli ARGS`` and dumps crawler/phases.py's records at exit
PHASES_LAUNCHER = r'''
import atexit, json, runpy, sys
from crawler import phases
out = sys.argv.pop(1)
atexit.register(lambda: json.dump([r.to_dict() for r in phases.RECORDS], open(out, "w")))
sys.argv[0] = "brandsweep"
runpy.run_module("crawler.cli", run_name="__main__", alter_sys=True)
'''


def print_phases(run: Run) -> None:
    """The brandsweep command's phases, with the interpreter's exit as the remainder."""
    rows = run.phases or []
    print(f"\nbrandsweep audit, phase by phase ({run.wall:.2f} s wall, {run.cpu:.2f} s CPU, "
          f"peak {run.peak_mb:.0f} MB)")
    print(f"{'phase':<48}{'wall s':>8}{'CPU s':>8}{'RSS MB':>8}{'peak MB':>9}")
    for r in rows:
        print(f"{r['name']:<48}{r['wall']:>8.3f}{r['cpu']:>8.3f}{r['rss_mb']:>8.0f}"
              f"{r['peak_mb']:>9.0f}")
    rest = run.wall - sum(r["wall"] for r in rows)
    print(f"{'exit (and start-up before the clock)':<48}{rest:>8.3f}")


def run_measured(cmd: list[str], cwd: Path, env: dict[str, str], timeout: float = 900
                 ) -> tuple[float, float, float, str, int]:
    """Run ``cmd``; wall seconds, CPU seconds, peak RSS (MB) of it alone, stdout, exit code."""
    out = tempfile.TemporaryFile()  # noqa: SIM115 - read back below, closed on exit
    started = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
    deadline = started + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.005)
    wall = time.monotonic() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    out.seek(0)
    text = out.read().decode("utf-8", "replace")
    out.close()
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, usage.ru_maxrss / 1024, text, proc.returncode


def server_requests(server) -> int:
    return int(server.stats()["requests"])


def peers_venv(path: Path | None) -> tuple[Path | None, str]:
    """A virtualenv with sherlock-project, maigret and aiohttp: ``path`` (created if missing)
    or a temporary one. Returns (its python, note)."""
    target = path or Path(tempfile.mkdtemp(prefix="bsw-peers-"))
    py = target / "bin" / "python"
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(target)], check=True)
    need = [pkg for pkg, mod in (("sherlock-project", "sherlock_project"), ("maigret", "maigret"),
                                 ("aiohttp", "aiohttp"))
            if subprocess.run([str(py), "-c", f"import {mod}"], capture_output=True).returncode]
    if need:
        print(f"installing {', '.join(need)} into {target} ...", file=sys.stderr)
        proc = subprocess.run([str(py), "-m", "pip", "install", "-q", *need],
                              capture_output=True, text=True)
        if proc.returncode:
            return py, "pip install failed: " + proc.stderr.strip().splitlines()[-1][:200]
    return py, ""


def blackbird_venv(checkout: Path, path: Path | None) -> tuple[Path | None, str]:
    """A virtualenv with the requirements of the Blackbird checkout at ``checkout`` (from the
    package index; Blackbird itself is not on it, and never a brandsweep dependency): ``path``
    (created if missing, kept) or a temporary one. Returns (its python, note)."""
    if not (checkout / "blackbird.py").exists():
        return None, f"no blackbird.py in {checkout}"
    target = path or Path(tempfile.mkdtemp(prefix="bsw-blackbird-"))
    py = target / "bin" / "python"
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(target)], check=True)
    probe = "import aiohttp, rich, requests, chardet, dotenv, reportlab"
    if subprocess.run([str(py), "-c", probe], capture_output=True).returncode:
        print(f"installing Blackbird's requirements into {target} ...", file=sys.stderr)
        proc = subprocess.run([str(py), "-m", "pip", "install", "-q", "-r",
                               str(checkout / "requirements.txt")], capture_output=True, text=True)
        if proc.returncode:
            return py, "pip install failed: " + proc.stderr.strip().splitlines()[-1][:200]
    return py, ""


def blackbird_dir(checkout: Path, work: Path, wmn: Path) -> Path:
    """Blackbird reads its lists from ``./data`` and its splash text from ``./assets`` of the
    directory it runs in: a folder with our generated list as its ``wmn-data.json`` (run with
    ``--no-update``, so the list is not replaced from the internet)."""
    home = work / "blackbird-home"
    (home / "data").mkdir(parents=True)
    shutil.copy(wmn, home / "data" / "wmn-data.json")
    shutil.copy(checkout / "data" / "wmn-metadata.json", home / "data" / "wmn-metadata.json")
    shutil.copytree(checkout / "assets", home / "assets")
    return home


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=1000)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds per answer")
    parser.add_argument("--tools", default=",".join(ALL_TOOLS))
    parser.add_argument("--peers-venv", type=Path, default=None,
                        help="virtualenv for the peers (kept); default: a temporary one")
    parser.add_argument("--blackbird", type=Path, default=None, metavar="PATH",
                        help="a checkout of Blackbird (github.com/p1ngul1n0/blackbird) to run "
                             "too; its requirements go into a throwaway virtualenv")
    parser.add_argument("--blackbird-venv", type=Path, default=None, metavar="DIR",
                        help="virtualenv for Blackbird's requirements (kept); default: temporary")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run the tools this many times, interleaved; print every run and "
                             "the medians")
    parser.add_argument("--profile-phases", action="store_true",
                        help="print the brandsweep audit's time and memory phase by phase")
    args = parser.parse_args()
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = set(tools) - set(ALL_TOOLS)
    if unknown:
        parser.error(f"unknown tool(s) {', '.join(sorted(unknown))}; known: {ALL_TOOLS}")

    if args.blackbird is not None:
        tools = [*tools, "blackbird"] if "blackbird" not in tools else tools
    elif "blackbird" in tools:
        tools.remove("blackbird")  # runs only on a checkout the user supplies

    from crawler.wmn import slug
    from simweb.sites import SitesServer, maigret_sites, sherlock_sites, site_address, wmn_sites

    work = Path(tempfile.mkdtemp(prefix="bsw-bench-"))
    venv_py: Path | None = None
    venv_note = ""
    if {"sherlock", "maigret", "aiohttp"} & set(tools):
        venv_py, venv_note = peers_venv(args.peers_venv)
    bb_py: Path | None = None
    bb_note = ""
    if args.blackbird is not None:
        bb_py, bb_note = blackbird_venv(args.blackbird.resolve(), args.blackbird_venv)
    runs: list[tuple[int, Run]] = []
    with SitesServer(handle=HANDLE, latency=args.latency) as server:
        doc = wmn_sites(args.sites, server.port)
        (work / "wmn.json").write_text(json.dumps(doc, indent=1), encoding="utf-8")
        (work / "sherlock.json").write_text(json.dumps(sherlock_sites(doc)), encoding="utf-8")
        (work / "maigret.json").write_text(json.dumps(maigret_sites(doc)), encoding="utf-8")
        (work / "aiohttp_checker.py").write_text(AIOHTTP_CHECKER, encoding="utf-8")
        (work / "inventory.yaml").write_text(
            "organization: Northwind Coffee Co.\ndomains: [northwindcoffee.com]\n"
            "brands:\n  - name: Northwind\n    accounts: []\n", encoding="utf-8")
        (work / "platforms.txt").write_text(",".join(slug(s["name"]) for s in doc["sites"]))
        bb_home = (blackbird_dir(args.blackbird.resolve(), work, work / "wmn.json")
                   if args.blackbird is not None and not bb_note else None)
        hosts = [site_address(i) for i in range(args.sites)]
        base_env = {k: v for k, v in os.environ.items()
                    if k.lower() not in ("http_proxy", "https_proxy", "no_proxy", "all_proxy")}
        # peers: anything not addressed to a site goes to a closed local port
        peer_env = {**base_env, "HTTP_PROXY": "http://127.0.0.1:9",
                    "HTTPS_PROXY": "http://127.0.0.1:9",
                    "NO_PROXY": ",".join(["127.0.0.0/8", "127.0.0.1", *hosts])}
        # brandsweep as installed: pip compiles a package's modules at install time (as it did
        # the peers'), so its bytecode is compiled once here, outside the timing, into the
        # checkout's __pycache__ folders, as a first run would (PYTHONDONTWRITEBYTECODE would
        # make every run compile brandsweep's 28,000 lines again: time no installed copy pays)
        bs_env = {k: v for k, v in base_env.items() if k != "PYTHONDONTWRITEBYTECODE"}
        bs_env["PYTHONPATH"] = str(REPO)
        subprocess.run([sys.executable, "-m", "compileall", "-q", "crawler", "matching",
                        "reports", "simweb", "benchmarks"], cwd=REPO, env=bs_env, check=False,
                       stdout=subprocess.DEVNULL)
        ctx = {"work": work, "server": server, "bs_env": bs_env, "peer_env": peer_env,
               "venv_py": venv_py, "venv_note": venv_note, "bb_py": bb_py, "bb_note": bb_note,
               "bb_home": bb_home, "blackbird": args.blackbird, "profile": args.profile_phases}
        for rep in range(max(1, args.repeat)):
            for tool in tools:
                runs.append((rep, run_tool(tool, rep, ctx)))

    print(f"{args.sites} sites on {args.sites} loopback addresses, latency {args.latency:g} s, "
          f"handle {HANDLE!r} on every site; {os.cpu_count()} CPUs")
    for rep in range(max(1, args.repeat)):
        if args.repeat > 1:
            print(f"\nrun {rep + 1} of {args.repeat}")
        print_table([r for n, r in runs if n == rep])
    if args.repeat > 1:
        print(f"\nmedians of {args.repeat} interleaved runs (ratios: the median of each run's "
              f"ratio to brandsweep)")
        print_medians(runs, tools)
    for _, r in runs:
        if r.phases:
            print_phases(r)
    if args.peers_venv is None and venv_py is not None:
        shutil.rmtree(venv_py.parent.parent, ignore_errors=True)
    if args.blackbird_venv is None and bb_py is not None:
        shutil.rmtree(bb_py.parent.parent, ignore_errors=True)
    shutil.rmtree(work, ignore_errors=True)
    return 0


def print_table(runs: list[Run]) -> None:
    base = next((r for r in runs if r.tool == "brandsweep" and r.wall), None)
    head = (f"{'tool':<18}{'wall s':>8}{'vs brandsweep':>15}{'found':>7}{'requests':>10}"
            f"{'CPU ms/req':>12}{'engine ms/req':>15}{'peak MB':>9}{'load':>6}  note")
    print(head)
    for r in runs:
        if not r.wall:
            print(f"{r.tool:<18}{'-':>8}{'':>15}{'':>7}{'':>10}{'':>12}{'':>15}{'':>9}{'':>6}  "
                  f"not run: {r.note}")
            continue
        ratio = f"{r.wall / base.wall:.2f}x" if base else "-"
        per = r.cpu / r.requests * 1000 if r.requests else 0.0
        eng = (f"{r.engine_cpu / r.requests * 1000:.2f}" if r.engine_cpu is not None
               and r.requests else "-")
        print(f"{r.tool:<18}{r.wall:>8.2f}{ratio:>15}{r.found if r.found is not None else '-':>7}"
              f"{r.requests:>10}{per:>12.2f}{eng:>15}{r.peak_mb:>9.0f}{r.load:>6.1f}  {r.note}")


def print_medians(runs: list[tuple[int, Run]], tools: list[str]) -> None:
    """Per tool: the median wall time, CPU per request and load, and the median of its ratio to
    brandsweep's wall time in the same run (the figure that survives a busy machine)."""
    by_rep: dict[int, dict[str, Run]] = {}
    for rep, r in runs:
        by_rep.setdefault(rep, {})[r.tool] = r
    print(f"{'tool':<18}{'wall s':>8}{'vs brandsweep':>15}{'CPU ms/req':>12}{'load':>6}")
    for tool in tools:
        mine = [r for _, r in runs if r.tool == tool and r.wall]
        if not mine:
            continue
        ratios = [reps[tool].wall / reps["brandsweep"].wall for reps in by_rep.values()
                  if tool in reps and reps[tool].wall and reps.get("brandsweep")
                  and reps["brandsweep"].wall]
        cpu = [r.cpu / r.requests * 1000 for r in mine if r.requests]
        ratio = f"{statistics.median(ratios):.2f}x" if ratios else "-"
        print(f"{tool:<18}{statistics.median(r.wall for r in mine):>8.2f}{ratio:>15}"
              f"{statistics.median(cpu) if cpu else 0:>12.2f}"
              f"{statistics.median(r.load for r in mine):>6.1f}")


def run_tool(tool: str, rep: int, ctx: dict) -> Run:
    """One tool's run against the server, in a fresh folder of its own."""
    work, server = ctx["work"], ctx["server"]
    cwd = work / f"{tool}-{rep}"
    cwd.mkdir()
    before = server_requests(server)
    run = Run(tool, load=os.getloadavg()[0])
    if tool.startswith("brandsweep"):
        env = ctx["bs_env"]
        if tool == "brandsweep-scrapy":  # the probe lane off: every probe through Scrapy
            env = {**env, "BRANDSWEEP_SCRAPY_SETTINGS": json.dumps(
                {"BRANDSWEEP_PROBE_LANE": False})}
        elif tool == "brandsweep-1proc":  # no probe workers: the lane in the crawl does it all
            env = {**env, "BRANDSWEEP_SCRAPY_SETTINGS": json.dumps(
                {"BRANDSWEEP_PROBE_WORKERS": 0})}
        phases_file = cwd / "phases.json"
        launch = (["-c", PHASES_LAUNCHER, str(phases_file)] if ctx["profile"]
                  else ["-m", "crawler.cli"])
        cmd = [sys.executable, *launch, "audit", str(work / "inventory.yaml"),
               "--sites-file", str(work / "wmn.json"),
               "--platforms", (work / "platforms.txt").read_text(),
               "--max-variants", "1", "--search-engine", "none",
               "--allow-private-network", "--out", str(cwd / "report"),
               "--db", str(cwd / "audit.db"), "-q"]
        run.wall, run.cpu, run.peak_mb, text, code = run_measured(cmd, REPO, env)
        if code not in (0, 3):
            run.note = f"exit {code}: {text[-300:]}"
        else:
            findings = json.loads((cwd / "report" / "findings.json").read_text())
            run.found = sum(1 for f in findings if f["probe_state"] == "found"
                            and f["handle"] == HANDLE)
            classes = sorted({f["class"] for f in findings if f["probe_state"] == "found"})
            run.note = "classes: " + ", ".join(classes)
            crawl = json.loads((cwd / "report" / "coverage.json").read_text())["crawl"]
            run.engine_cpu = crawl.get("cpu")
            if phases_file.exists():
                run.phases = json.loads(phases_file.read_text())
    elif tool == "scrapy":
        from crawler.catalog import load_catalog
        from crawler.wmn import existence_rate

        delay = existence_rate(load_catalog().defaults)[1]
        cmd = [sys.executable, str(REPO / "benchmarks" / "bare_scrapy_probes.py"),
               str(work / "wmn.json"), HANDLE, "--delay", str(delay)]
        run.wall, run.cpu, run.peak_mb, text, code = run_measured(cmd, REPO, ctx["bs_env"])
        try:
            result = json.loads(text.strip().splitlines()[-1])
            run.found = int(result["found"])
            run.engine_cpu = result["crawl_cpu"]
        except (ValueError, IndexError, KeyError):
            run.note = f"exit {code}: {text[-300:]}"
    elif tool == "blackbird":
        if ctx["bb_py"] is None or ctx["bb_note"] or ctx["bb_home"] is None:
            run.note = ctx["bb_note"] or "no virtualenv"
            return run
        cmd = [str(ctx["bb_py"]), str(ctx["blackbird"].resolve() / "blackbird.py"),
               "-u", HANDLE, "--no-update", "--timeout", "30"]
        run.wall, run.cpu, run.peak_mb, text, code = run_measured(cmd, ctx["bb_home"],
                                                                  ctx["peer_env"])
        # one line per account found: "✔️  [Site 00001] http://..."
        run.found = sum(1 for line in text.splitlines() if "✔" in line and "[Site " in line)
        run.note = f"exit {code}" if code else "max 30 requests at once (its default)"
    else:
        venv_py, venv_note = ctx["venv_py"], ctx["venv_note"]
        if venv_py is None or venv_note:
            run.note = venv_note or "no virtualenv"
            return run
        bindir = venv_py.parent
        if tool == "sherlock":
            cmd = [str(bindir / "sherlock"), HANDLE, "--json", str(work / "sherlock.json"),
                   "--ignore-exclusions", "--print-found", "--no-color", "--timeout", "30"]
        elif tool == "maigret":
            cmd = [str(bindir / "maigret"), HANDLE, "--db", str(work / "maigret.json"),
                   "--no-autoupdate", "-a", "--no-recursion", "--no-extracting",
                   "--no-progressbar", "--no-color", "--timeout", "30"]
        else:
            cmd = [str(venv_py), str(work / "aiohttp_checker.py"), str(work / "wmn.json"), HANDLE]
        run.wall, run.cpu, run.peak_mb, text, code = run_measured(cmd, cwd, ctx["peer_env"])
        run.found = sum(1 for line in text.splitlines() if line.startswith("[+] Site")
                        or (tool == "aiohttp" and line.startswith("[+]")))
        if code:
            run.note = f"exit {code}"
    run.requests = server_requests(server) - before
    return run


if __name__ == "__main__":
    sys.exit(main())
