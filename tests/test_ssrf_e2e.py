"""The SSRF guard end to end: refusals happen without --allow-private-network and are reported.

The inventory (tests/fixtures/ssrf_inventory.yaml) lists http://169.254.169.254/latest/meta-data/
as an official website, and the hostile world's official page links @quillmarksupport, whose
bio link https://quillmark-rewards.com/claim answers a 302 to http://127.0.0.1:PORT/admin (this
very simulated web: reachable, were it not refused). The audit runs with ``--resolve``, which
routes every *name* to the simulated web; IP literals, including redirect targets, stay subject
to the guard. With ``--allow-private-network`` the same audit fetches both (the resolve map
still keeps every byte on 127.0.0.1), which shows the refusals come from the guard.
"""

from __future__ import annotations

import json
import subprocess
import sys

from subprocess_audit import HOSTILE_WORLD, REPO, SimWebProcess, run_audit

from crawler.store import Store

INVENTORY = REPO / "tests" / "fixtures" / "ssrf_inventory.yaml"
ARGS = ("--platforms", "mastodon", "--max-variants", "0")
CLAIM = "https://quillmark-rewards.com/claim"
METADATA = "http://169.254.169.254/latest/meta-data/"


def _audit(tmp_path, name, *extra):
    with SimWebProcess(HOSTILE_WORLD) as web:
        done = run_audit(INVENTORY, web, tmp_path / f"{name}.db", tmp_path / name, *ARGS, *extra)
        port = web.port
    assert done.returncode == 0, done.stderr[-3000:]
    store = Store(tmp_path / f"{name}.db")
    try:
        audit_id = store.latest_audit()
        pages = {p.url: p for p in store.linked_pages(audit_id)}
        gaps = store.coverage_gaps(audit_id)
        observed = {(o.platform, o.handle) for o in store.observations(audit_id)}
    finally:
        store.close()
    out = tmp_path / name
    return port, pages, gaps, observed, out


def test_private_targets_are_refused_and_reported(tmp_path):
    port, pages, gaps, observed, out = _audit(tmp_path, "guarded")
    assert ("mastodon", "quillmarksupport") in observed  # the page linking it was read

    # the profile link that redirects to 127.0.0.1: refused, with where it led
    claim = pages[CLAIM]
    assert claim.http_status is None
    assert claim.refused == (f"refused: loopback address 127.0.0.1 (redirected to "
                             f"http://127.0.0.1:{port}/admin)")
    assert claim.final_url == f"http://127.0.0.1:{port}/admin"
    # the inventory website on the cloud metadata address: refused before any connection
    metadata = [g for g in gaps if g["url"] == METADATA]
    assert metadata and metadata[0]["path"] == "official_site"
    assert metadata[0]["reason"] == "refused: link-local address 169.254.169.254"
    linked = [g for g in gaps if g["path"] == "linked_page" and g["url"] == CLAIM]
    assert linked and linked[0]["engine"] == "mastodon:quillmarksupport"

    # ... and both are in the report people read, and in its machine-readable coverage
    html = (out / "report.html").read_text("utf-8")
    assert "refused: link-local address 169.254.169.254" in html
    assert f"redirected to http://127.0.0.1:{port}/admin" in html
    coverage = json.loads((out / "coverage.json").read_text("utf-8"))
    reasons = {g["reason"] for g in coverage["gaps"]}
    assert "refused: link-local address 169.254.169.254" in reasons
    assert claim.refused in reasons
    # the refused addresses are printed as text, never as links
    assert f'href="http://127.0.0.1:{port}' not in html
    assert 'href="http://169.254.169.254' not in html

    # the refusal is evidence on the profile's finding ...
    findings = json.loads((out / "findings.json").read_text("utf-8"))
    support = next(f for f in findings if f["handle"] == "quillmarksupport")
    refused = [e for e in support["evidence"] if e["signal"] == "link_refused"]
    assert refused and refused[0]["value"] == f"http://127.0.0.1:{port}/admin"
    assert refused[0]["detail"] == (
        f"its link {CLAIM} redirects to http://127.0.0.1:{port}/admin; brandsweep refused "
        "to follow it (loopback address); its link http://0x7f.1/admin points into a private "
        "network (loopback address 127.0.0.1); brandsweep refused to fetch it")
    # ... and in the evidence pack a takedown request is made from
    pack = tmp_path / "pack"
    done = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "evidence", "--db", str(tmp_path / "guarded.db"),
         "mastodon:quillmarksupport", "--out", str(pack)],
        cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    summary = (pack / "summary.md").read_text("utf-8")
    assert "## Where its links lead" in summary
    line = next(x for x in summary.splitlines() if x.startswith(f"- `{CLAIM}`"))
    assert f"-> `http://127.0.0.1:{port}/admin`" in line and "not followed" in line
    assert "loopback address 127.0.0.1" in line
    pages = json.loads((pack / "evidence.json").read_text("utf-8"))["evidence"]["linked_pages"]
    assert {p["url"] for p in pages} >= {CLAIM, "http://0x7f.1/admin"}


def test_allow_private_network_lifts_the_refusals(tmp_path):
    port, pages, gaps, _, _ = _audit(tmp_path, "open", "--allow-private-network")
    claim = pages[CLAIM]
    assert claim.refused is None
    assert claim.final_url == f"http://127.0.0.1:{port}/admin" and claim.http_status
    assert not [g for g in gaps if g["reason"].startswith("refused")]


def test_dns_answer_changing_to_loopback_is_refused_at_connection_time(tmp_path):
    """DNS rebinding: the guard's lookup says public (a DNS override stands in for the hostile
    resolver's first answer), the connection's own lookup of ``localhost`` says 127.0.0.1. The
    crawl's resolver (``GuardedResolver``) refuses the second answer: no byte reaches the
    local server, and the official site is a refused coverage gap, not a silent miss."""
    with SimWebProcess(HOSTILE_WORLD) as web:
        inventory = tmp_path / "inv.yaml"
        inventory.write_text(
            "organization: Quillmark Ltd\nbrands:\n  - name: Quillmark\n"
            f"    websites: [http://localhost:{web.port}/]\n", encoding="utf-8")
        settings = {"BRANDSWEEP_DNS_OVERRIDES": {"localhost": ["93.184.216.34"]},
                    "BRANDSWEEP_PROGRESS": False, "LOG_LEVEL": "INFO", "RETRY_ENABLED": False}
        spider = {"inventory": str(inventory), "platforms": "telegram", "max_variants": 0,
                  "search_engine": "none"}
        done = subprocess.run(
            [sys.executable, "-m", "crawler.crawl", "--settings", json.dumps(settings),
             "--spider", json.dumps(spider)],
            cwd=REPO, capture_output=True, text=True, timeout=60)
    stats = json.loads(done.stdout.strip().splitlines()[-1])
    raw = stats["raw"]
    assert raw.get("brandsweep/netguard/refused", 0) == 0  # the first answer looked public
    assert "netguard resolver refused localhost" in done.stderr
    refused = [k for k in raw if k.startswith("brandsweep/gaps/official_site/refused: ")]
    assert refused == ["brandsweep/gaps/official_site/refused: localhost resolves to a "
                       "loopback address 127.0.0.1"], sorted(raw)
    assert raw.get("response_received_count", 0) == 0


def test_a_resolve_pin_does_not_open_its_address_to_other_names(tmp_path):
    """``--resolve www.quillmark.com=127.0.0.1:PORT`` pins that one name to that address and
    port. A name that rebinds to the same address (here ``localhost``, said to be public by the
    first answer), on another port where an internal service listens, is refused at connection
    time: the pin put nothing on an allow-list. The pinned name itself is fetched."""
    with SimWebProcess(HOSTILE_WORLD) as pinned, SimWebProcess(HOSTILE_WORLD) as internal:
        inventory = tmp_path / "inv.yaml"
        inventory.write_text(
            "organization: Quillmark Ltd\nbrands:\n  - name: Quillmark\n"
            f"    websites: [https://www.quillmark.com/about, http://localhost:{internal.port}/]\n",
            encoding="utf-8")
        settings = {"BRANDSWEEP_RESOLVE": {"www.quillmark.com": f"127.0.0.1:{pinned.port}"},
                    "BRANDSWEEP_DNS_OVERRIDES": {"localhost": ["93.184.216.34"]},
                    "BRANDSWEEP_PROGRESS": False, "LOG_LEVEL": "INFO", "RETRY_ENABLED": False,
                    "BRANDSWEEP_SITE_MAX_DEPTH": 0}
        spider = {"inventory": str(inventory), "platforms": "telegram", "max_variants": 0,
                  "search_engine": "none"}
        done = subprocess.run(
            [sys.executable, "-m", "crawler.crawl", "--settings", json.dumps(settings),
             "--spider", json.dumps(spider)],
            cwd=REPO, capture_output=True, text=True, timeout=90)
    stats = json.loads(done.stdout.strip().splitlines()[-1])
    raw = stats["raw"]
    assert "netguard resolver refused localhost" in done.stderr
    refused = [k for k in raw if k.startswith("brandsweep/gaps/official_site/refused: ")]
    assert refused == ["brandsweep/gaps/official_site/refused: localhost resolves to a "
                       "loopback address 127.0.0.1"], sorted(raw)
    # the pinned name was fetched (its robots.txt and page), through the pin only
    assert raw.get("response_received_count", 0) >= 1
    assert f"127.0.0.1:{internal.port}" not in done.stderr.replace(
        f"http://localhost:{internal.port}", "")


def test_extract_url_goes_through_the_guard_and_limits():
    """``brandsweep extract`` fetches as the audit does: a profile URL redirecting to loopback
    and a ``0x7f.1`` URL are refused (exit 2, the reason named, nothing printed of the private
    page); a head that never ends is cut like in the crawl; --allow-private-network lifts the
    address rule only."""
    def extract(*args):
        return subprocess.run([sys.executable, "-m", "crawler.cli", "extract", "github", *args],
                              cwd=REPO, capture_output=True, text=True, timeout=120)

    with SimWebProcess(HOSTILE_WORLD) as web:
        pin = ("--resolve", web.resolve)
        done = extract(CLAIM, *pin)
        assert done.returncode == 2, done.stderr[-2000:]
        assert f"refused: loopback address 127.0.0.1 (redirected to http://127.0.0.1:{web.port}" \
               f"/admin)" in done.stderr and "--allow-private-network" in done.stderr
        assert done.stdout == "" and "Traceback" not in done.stderr
        done = extract("http://0x7f.1/admin")
        assert done.returncode == 2 and "refused: loopback address 127.0.0.1" in done.stderr
        flood = extract("https://api.github.com/users/qmheaders", *pin)
        assert flood.returncode == 0, flood.stderr[-2000:]
        assert json.loads(flood.stdout)["reason"] == "too_many_headers"
        found = extract("https://api.github.com/users/quillmark", *pin)
        assert json.loads(found.stdout)["state"] == "found"
        opened = extract(CLAIM, *pin, "--allow-private-network")
        assert opened.returncode == 0, opened.stderr[-2000:]
        assert json.loads(opened.stdout)["url"] == f"http://127.0.0.1:{web.port}/admin"
