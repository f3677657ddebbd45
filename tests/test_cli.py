"""The command line end to end, in subprocesses (a Twisted reactor cannot restart in one process).

The demo runs once per test session against the bundled simulated web; the other tests read its
outputs. These are the checks a compliance analyst does on day one: the report exists, the
impostors, the missing account and the dormant duplicate of the demo world are there with the
right classes, and a broken inventory is refused with file:line and a fix.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]


def brandsweep(*args: str, cwd: Path | None = None, timeout: int = 600):
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", *args],
        cwd=cwd or ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture(scope="session")
def world():
    from simweb import load_world

    return load_world()


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    proc = brandsweep("demo", "--out", str(out / "report"), "-q")
    assert proc.returncode == 0, proc.stderr[-4000:]
    return out


@pytest.fixture(scope="session")
def demo_findings(demo_run):
    return json.loads((demo_run / "report" / "findings.json").read_text())


def _by_key(findings):
    return {(f["platform"], f["handle"].lower()): f for f in findings}


def test_demo_writes_every_output(demo_run):
    report = demo_run / "report"
    for name in ("report.html", "findings.json", "findings.csv", "proposed_inventory.yaml"):
        assert (report / name).is_file(), name
    assert (report / "brandsweep.db").is_file()
    html = (report / "report.html").read_text()
    assert "<html" in html and "http://" not in html.split("<body", 1)[0].replace(
        "http://www.w3.org", ""
    )


def test_demo_findings_follow_the_contract(demo_findings):
    required = {
        "platform", "handle", "url", "display_name", "class", "severity", "score", "brand",
        "department", "evidence", "discovered_via", "status", "probe_state", "triage",
    }
    assert demo_findings, "the demo found nothing"
    classes = {"official", "missing", "official_unlisted", "redundant", "impostor", "fan",
               "unrelated", "unverified"}
    for f in demo_findings:
        assert required <= f.keys(), required - f.keys()
        assert f["class"] in classes
        assert f["severity"] in ("high", "medium", "low", None)
        assert 0.0 <= f["score"] <= 1.0
        assert f["probe_state"] in ("found", "not_found", "unverifiable")
        if f["probe_state"] == "unverifiable":
            assert f.get("probe_reason")
        assert set(f["discovered_via"]) <= {
            "probe", "platform_search", "web_search", "official_site", "linked_page"
        }
        for e in f["evidence"]:
            assert {"signal", "value", "detail"} <= e.keys()


def _guessable(world) -> set[tuple[str, str]]:
    """(platform, handle) pairs the demo's variant generator probes."""
    from crawler.catalog import load_catalog
    from crawler.cli import demo_inventory
    from matching.inventory import load_inventory
    from matching.variants import generate_candidates

    catalog = load_catalog()
    rules = catalog.rules()
    inventory = load_inventory(demo_inventory(), rules, url_parser=catalog.match_profile_url)
    candidates = generate_candidates(inventory, rules, max_variants=40)
    return {(c.platform, c.handle.lower()) for c in candidates}


def test_demo_finds_impostors_missing_and_dormant_duplicate(demo_findings, world):
    found = _by_key(demo_findings)
    guessable = _guessable(world)
    checked = 0
    for p in world.profiles:
        expected = world.expected_class(p)
        if expected not in ("impostor", "redundant"):
            continue
        key = (p.platform, p.handle.lower())
        if not p.indexed_by and key not in guessable:
            continue  # reachable by no discovery path
        assert key in found, f"{key} ({expected}) not in findings"
        got = found[key]
        assert got["class"] == expected, (key, got["class"], got["evidence"])
        checked += 1
    assert checked >= 10
    dormant = [f for f in demo_findings if f["class"] == "redundant"
               and any(e["signal"] == "dormant" for e in f["evidence"])]
    assert dormant, "the dormant duplicate account is not reported redundant (dormant)"
    missing = {
        (f["platform"], f["handle"].lower()) for f in demo_findings if f["class"] == "missing"
    }
    assert missing == {(d.platform, d.handle.lower()) for d in world.deleted}
    for f in demo_findings:
        if f["class"] == "missing":
            assert f["probe_state"] == "not_found"


def test_demo_matches_the_world_for_every_reachable_profile(demo_findings, world):
    """Every profile some discovery path can reach (a search engine or site indexes it, or the
    variant generator guesses its handle) ends in the class an honest audit can report
    (``World.expected_class``), the declared-but-deleted ones as missing. All mismatches are
    listed with their evidence, so one run shows everything that is off."""
    found = _by_key(demo_findings)
    guessable = _guessable(world)
    expected = {}
    for p in world.profiles:
        key = (p.platform, p.handle.lower())
        if p.indexed_by or key in guessable:
            expected[key] = world.expected_class(p)
    for d in world.deleted:
        expected[(d.platform, d.handle.lower())] = d.truth_class
    assert len(expected) >= 60
    wrong = []
    for key, cls in sorted(expected.items()):
        got = found.get(key)
        if got is None or got["class"] != cls:
            why = " | ".join(e["detail"] for e in got["evidence"]) if got else "not in findings"
            wrong.append(f"{key[0]}:{key[1]} expected {cls}, got "
                         f"{got['class'] if got else None}: {why}")
    assert not wrong, f"{len(wrong)} of {len(expected)} reachable profiles misclassified:\n" + (
        "\n".join(wrong))


def test_demo_never_calls_unverifiable_missing(demo_findings):
    for f in demo_findings:
        if f["probe_state"] == "unverifiable":
            assert f["class"] != "missing"


def test_demo_coverage_counts_profiles_not_sightings(demo_run, world):
    """LinkedIn has no probe: each of its 3 demo profiles is sighted many times (web search,
    the official site, linked pages) and each sighting yields the same unverifiable
    observation. Coverage counts profiles (one store row each), not those emissions."""
    cov = json.loads((demo_run / "report" / "coverage.json").read_text())
    linkedin = len(world.on("linkedin"))
    assert linkedin == 3
    row = next(p for p in cov["crawl"]["platforms"] if p["name"] == "linkedin")
    assert row["observations"] == {"unverifiable": linkedin}
    table = next(p for p in cov["platforms"] if p["platform"] == "linkedin")
    assert table["note"] == (f"No direct probe: {linkedin} profiles seen through search and "
                             "links only.")
    html = (demo_run / "report" / "report.html").read_text()
    assert f"No direct probe: {linkedin} profiles seen" in html
    # the totals are per profile too: as many as the store holds
    from crawler.store import Store

    with Store(demo_run / "report" / "brandsweep.db") as store:
        observed = store.observations(store.latest_audit())
    assert sum(cov["crawl"]["observations"].values()) == len(observed)
    per_platform = sum(sum(p["observations"].values()) for p in cov["crawl"]["platforms"])
    assert per_platform == len(observed)


def test_findings_csv_matches_json(demo_run, demo_findings):
    with (demo_run / "report" / "findings.csv").open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(demo_findings)
    assert {r["handle"] for r in rows} == {f["handle"] for f in demo_findings}


def test_proposed_inventory_is_valid_input(demo_run):
    proposed = demo_run / "report" / "proposed_inventory.yaml"
    yaml.safe_load(proposed.read_text())
    proc = brandsweep("validate", str(proposed))
    assert proc.returncode == 0, proc.stderr


def test_report_rerenders_from_the_database(demo_run, tmp_path):
    db = demo_run / "report" / "brandsweep.db"
    proc = brandsweep("report", "--db", str(db), "--out", str(tmp_path / "again"))
    assert proc.returncode == 0, proc.stderr
    again = json.loads((tmp_path / "again" / "findings.json").read_text())
    first = json.loads((demo_run / "report" / "findings.json").read_text())
    assert again == first


def test_validate_accepts_the_sample_inventory():
    proc = brandsweep("validate", str(ROOT / "seeds" / "official_accounts.yaml"))
    assert proc.returncode == 0, proc.stderr
    assert "OK" in proc.stdout


BROKEN = {
    "bad_yaml": ("organization: X\nbrands:\n  - name: A\n   aliases: [b]\n", ":3", ""),
    "unknown_platform": (
        "organization: X\nbrands:\n  - name: A\n    accounts:\n"
        "      - {platform: instagarm, handle: abc}\n",
        ":5",
        "instagram",
    ),
    "unknown_key": ("organization: X\nbrandz: []\n", ":2", "brands"),
    "duplicate": (
        "organization: X\nbrands:\n  - name: A\n    accounts:\n"
        "      - {platform: instagram, handle: abc}\n      - {platform: instagram, handle: ABC}\n",
        ":6",
        "",
    ),
    "impossible_handle": (
        "organization: X\nbrands:\n  - name: A\n    accounts:\n"
        "      - {platform: instagram, handle: 'no spaces allowed!'}\n",
        ":5",
        "",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_validate_rejects_broken_inventories(case, tmp_path):
    text, line, hint = BROKEN[case]
    path = tmp_path / f"{case}.yaml"
    path.write_text(text)
    proc = brandsweep("validate", str(path))
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert f"{path}{line}" in proc.stderr, proc.stderr
    if hint:
        assert hint in proc.stderr


def test_triage_and_evidence_commands(demo_run, demo_findings, tmp_path):
    db = demo_run / "report" / "brandsweep.db"
    impostor = next(f for f in demo_findings if f["class"] == "impostor")
    key = f"{impostor['platform']}:{impostor['handle']}"
    proc = brandsweep("evidence", "--db", str(db), key, "--out", str(tmp_path / "pack"))
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "pack").is_dir() and any((tmp_path / "pack").iterdir())
    proc = brandsweep("triage", "--db", str(db), key, "--as", "takedown_requested", "--note", "x")
    assert proc.returncode == 0, proc.stderr
    proc = brandsweep("triage", "--db", str(db), key, "--as", "nonsense")
    assert proc.returncode == 2


def test_platforms_lists_the_catalog():
    proc = brandsweep("platforms", "--json")
    assert proc.returncode == 0, proc.stderr
    names = {row["name"] for row in json.loads(proc.stdout)}
    assert {"instagram", "facebook", "tiktok", "linkedin", "x", "youtube", "telegram", "github",
            "reddit", "mastodon", "bluesky", "pinterest", "threads"} <= names


def test_bad_option_exits_2():
    proc = brandsweep("audit", str(ROOT / "seeds" / "official_accounts.yaml"),
                      "--platforms", "myspace", "--out", "/tmp/never")
    assert proc.returncode == 2
    assert "myspace" in proc.stderr


def test_extract_reads_a_saved_api_response(tmp_path):
    saved = tmp_path / "octo.json"
    saved.write_text(json.dumps({
        "login": "northwindcoffee", "id": 4242, "type": "Organization",
        "name": "Northwind Coffee Co.", "bio": "Roasters since 1998", "blog": "https://www.northwindcoffee.com",
        "followers": 1200, "public_repos": 12, "avatar_url": "https://avatars.githubusercontent.com/u/4242",
        "html_url": "https://github.com/northwindcoffee", "created_at": "2015-03-01T10:00:00Z",
        "updated_at": "2026-10-01T10:00:00Z",
    }))
    proc = brandsweep("extract", "github", str(saved), "--handle", "northwindcoffee")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["state"] == "found"
    assert out["fields"]["display_name"] == "Northwind Coffee Co."
    assert out["fields"]["followers"] == 1200
    assert "https://www.northwindcoffee.com" in out["fields"]["external_links"]


def test_extract_reports_a_missing_profile(tmp_path):
    saved = tmp_path / "missing.json"
    saved.write_text('{"message": "Not Found", "status": "404"}')
    proc = brandsweep("extract", "github", str(saved), "--handle", "nobody", "--status", "404")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["state"] == "not_found"


def test_extract_says_could_not_check_for_linkedin_999(tmp_path):
    saved = tmp_path / "denied.html"
    saved.write_text("<html><body>Request denied</body></html>")
    proc = brandsweep("extract", "linkedin", str(saved), "--status", "999")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["state"] == "unverifiable" and out["reason"]
