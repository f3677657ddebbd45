"""A platform added by a user is data, not code: ``examples/platforms/dribbble.yaml`` end to end.

The brief promises "adding a platform should mean adding an entry, and users can add their own".
These tests hold the example entry to that promise at every layer: it loads through
``load_catalog([path])`` and ``brandsweep platforms --platforms-file``; on a real captured Dribbble
profile (../shared/real_pages, skipped when absent) it reads the hand-read ground truth; a 404 is
``not_found`` and a Cloudflare challenge ``unverifiable``; its URL patterns tell profiles from
shots; and a real ``brandsweep audit`` subprocess probes it against a local stand-in for
dribbble.com (the simulated web does not play Dribbble) and calls the declared account
``official``. The README's "Adding a platform" section is checked too: its trimmed entry reads
the capture, its override file does what the text says, and the error it prints is the real one.
"""

from __future__ import annotations

import http.server
import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from crawler.catalog import CatalogError, load_catalog
from crawler.extract import read_profile
from matching.models import ProbeState

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "platforms" / "dribbble.yaml"
README = REPO / "README.md"
CAPTURE_FILE = "dribbble/metascraper_dribbble_profile.html"
PROFILE_URL = "https://dribbble.com/phenomenonstudio"


def _real_pages_dir() -> Path:
    """Where the real captures are, as tests/test_real_pages.py finds them."""
    env = os.environ.get("BRANDSWEEP_REAL_PAGES")
    if env:
        return Path(env)
    return REPO.parent / "shared" / "real_pages"


REAL = _real_pages_dir()
needs_real = pytest.mark.skipif(
    not (REAL / CAPTURE_FILE).is_file() or not (REAL / "MANIFEST.yaml").is_file(),
    reason="real captures (../shared/real_pages) absent",
)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog([EXAMPLE])


@pytest.fixture(scope="module")
def dribbble(catalog):
    return catalog["dribbble"]


def _ground_truth() -> dict:
    manifest = yaml.safe_load((REAL / "MANIFEST.yaml").read_text(encoding="utf-8"))
    entries = manifest if isinstance(manifest, list) else manifest.get("fixtures", manifest)
    for entry in entries:
        if entry.get("file") == CAPTURE_FILE:
            return entry["ground_truth"]
    raise AssertionError(f"{CAPTURE_FILE} is not in MANIFEST.yaml")


def _cli(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


# ----------------------------------------------------------------------------- loading


def test_example_entry_loads_next_to_the_builtin_catalog(catalog, dribbble):
    assert "dribbble" not in load_catalog(), "Dribbble must come from the user file only"
    assert {"github", "instagram", "mastodon"} <= set(catalog), "built-ins are kept"
    assert Path(dribbble.source).resolve() == EXAMPLE.resolve()
    assert dribbble.title == "Dribbble"
    assert dribbble.probe_view == "page"
    assert dribbble.probe_url("PhenomenonStudio") == PROFILE_URL
    assert dribbble.profile_url("phenomenonstudio") == PROFILE_URL
    assert dribbble.web_search_site == "dribbble.com"
    assert dribbble.concurrency == 1 and dribbble.delay >= 1.0, "a polite rate"
    assert {"shots", "jobs", "designers", "tags"} <= dribbble.reserved


def test_cli_platforms_lists_the_user_entry():
    done = _cli("platforms", "--platforms-file", str(EXAMPLE), "--json")
    assert done.returncode == 0, done.stderr
    rows = {row["name"]: row for row in json.loads(done.stdout)}
    assert rows["dribbble"]["source"] == "dribbble.yaml"
    assert rows["dribbble"]["probe"] == "page"
    assert rows["dribbble"]["probe_url"] == "https://dribbble.com/{handle}"
    assert rows["github"]["source"] == "platforms.yaml"


def test_handle_rules(dribbble):
    assert dribbble.canonical("@PhenomenonStudio") == "phenomenonstudio"
    assert dribbble.is_valid("phenomenon-studio_2")
    for bad in ("1studio", "a", "has space", "x" * 33, "dots.not.allowed"):
        assert not dribbble.is_valid(bad), bad


# ----------------------------------------------------------------------------- URLs


@pytest.mark.parametrize(
    "url",
    [
        "https://dribbble.com/phenomenonstudio",
        "https://dribbble.com/phenomenonstudio/",
        "http://www.dribbble.com/PhenomenonStudio?utm_source=x",
        "dribbble.com/phenomenonstudio",
        "https://dribbble.com/phenomenonstudio/about",
        "https://dribbble.com/phenomenonstudio/shots",
    ],
)
def test_profile_links_are_recognised(catalog, url):
    assert catalog.match_profile_url(url) == ("dribbble", "phenomenonstudio")


@pytest.mark.parametrize(
    "url",
    [
        "https://dribbble.com/shots/123-foo",
        "https://dribbble.com/shots",
        "https://dribbble.com/jobs",
        "https://dribbble.com/designers",
        "https://dribbble.com/tags/logo",
        "https://dribbble.com/search/coffee",
        "https://dribbble.com/phenomenonstudio/shots/123-foo",
        "https://cdn.dribbble.com/users/4053754/avatars/normal/a.png",
    ],
)
def test_non_profile_links_are_rejected(catalog, url):
    assert catalog.match_profile_url(url) is None


# ----------------------------------------------------------------------------- the real page


@needs_real
def test_real_capture_reads_the_ground_truth(dribbble):
    truth = _ground_truth()
    body = (REAL / CAPTURE_FILE).read_bytes()
    read = read_profile(
        dribbble,
        PROFILE_URL,
        200,
        {"Content-Type": "text/html; charset=utf-8"},
        body,
        handle=truth["handle"],
    )
    assert read.state is ProbeState.FOUND, (read.reason, read.evidence)
    assert read.handle == truth["handle"]
    got = read.fields
    assert got.display_name == truth["display_name"]
    assert got.bio == truth["bio"]
    assert got.followers == truth["followers"]
    assert got.following == truth["following"]
    assert got.avatar_url == truth["avatar_url"]
    # the Twitter handle the page names becomes a link a reviewer can follow
    assert tuple(got.external_links) == ("https://x.com/" + truth["twitter"].lstrip("@"),)


@needs_real
def test_real_capture_for_another_handle_is_not_proof(dribbble):
    """A 200 naming someone else (a rename redirect) is neither found nor missing."""
    body = (REAL / CAPTURE_FILE).read_bytes()
    read = read_profile(
        dribbble, "https://dribbble.com/northwindcoffee", 200, {}, body, handle="northwindcoffee"
    )
    assert read.state is ProbeState.UNVERIFIABLE
    assert read.reason == "handle_mismatch"


@needs_real
def test_extract_command_on_the_saved_capture():
    """The README's check: ``brandsweep extract dribbble saved.html --handle ...``."""
    done = _cli(
        "extract",
        "dribbble",
        str(REAL / CAPTURE_FILE),
        "--handle",
        "phenomenonstudio",
        "--platforms-file",
        str(EXAMPLE),
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["state"] == "found"
    assert out["fields"]["followers"] == _ground_truth()["followers"]


# ----------------------------------------------------------------------------- other answers

NOT_FOUND_PAGE = (
    b"<!DOCTYPE html><html><head><title>Dribbble - 404 - Page not found</title>"
    b"</head><body><h1>Whoops, that page is gone.</h1></body></html>"
)
CLOUDFLARE_PAGE = (
    b'<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>'
    b'<meta http-equiv="refresh" content="390"></head><body><div class="main-wrapper">'
    b'<noscript><div id="challenge-error-title">Enable JavaScript and cookies to continue'
    b'</div></noscript></div><script>(function(){window._cf_chl_opt={cvId: "3"};'
    b"var a=document.createElement('script');a.src='/cdn-cgi/challenge-platform/h/g/orchestrate"
    b"/chl_page/v1?ray=8a1b2c3d4e5f6a7b';document.getElementsByTagName('head')[0]"
    b".appendChild(a);}());</script></body></html>"
)


def test_404_is_not_found(dribbble):
    read = read_profile(
        dribbble,
        "https://dribbble.com/northwindcoffee",
        404,
        {"Content-Type": "text/html"},
        NOT_FOUND_PAGE,
        handle="northwindcoffee",
    )
    assert read.state is ProbeState.NOT_FOUND


@pytest.mark.parametrize("status", [403, 503, 200])
def test_cloudflare_challenge_is_unverifiable(dribbble, status):
    read = read_profile(
        dribbble,
        "https://dribbble.com/northwindcoffee",
        status,
        {"Content-Type": "text/html", "Server": "cloudflare"},
        CLOUDFLARE_PAGE,
        handle="northwindcoffee",
    )
    assert read.state is ProbeState.UNVERIFIABLE
    assert read.reason in {"bot_block", "server_error", "waf"}
    if status == 200:
        assert read.reason == "waf"  # the default blockers, not a status, caught it


def test_rate_limit_is_unverifiable_not_missing(dribbble):
    read = read_profile(
        dribbble,
        "https://dribbble.com/northwindcoffee",
        429,
        {"Retry-After": "60"},
        b"Too many requests",
        handle="northwindcoffee",
    )
    assert read.state is ProbeState.UNVERIFIABLE
    assert read.reason == "rate_limited"


# ----------------------------------------------------------------------------- README section


def _readme_section() -> str:
    text = README.read_text(encoding="utf-8")
    assert "\n## Adding a platform\n" in text, "README lacks the 'Adding a platform' section"
    return text.split("\n## Adding a platform\n", 1)[1].split("\n## ", 1)[0]


def _yaml_blocks(section: str) -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", section, re.S)


def test_readme_trimmed_entry_reads_the_page(tmp_path):
    block = next(b for b in _yaml_blocks(_readme_section()) if "masthead-profile-name" in b)
    path = tmp_path / "dribbble_trimmed.yaml"
    path.write_text(block, encoding="utf-8")
    platform = load_catalog([path])["dribbble"]
    if not (REAL / CAPTURE_FILE).is_file():
        pytest.skip("real captures absent")
    truth = _ground_truth()
    read = read_profile(
        platform, PROFILE_URL, 200, {}, (REAL / CAPTURE_FILE).read_bytes(), handle=truth["handle"]
    )
    assert read.state is ProbeState.FOUND
    assert read.fields.display_name == truth["display_name"]
    assert read.fields.bio == truth["bio"]
    assert read.fields.avatar_url == truth["avatar_url"]
    assert read.fields.followers == truth["followers"]


def test_readme_override_file_does_what_it_says(tmp_path):
    block = next(b for b in _yaml_blocks(_readme_section()) if "enabled: false" in b)
    path = tmp_path / "my_overrides.yaml"
    path.write_text(block, encoding="utf-8")
    cat = load_catalog([path])
    assert "threads" not in cat
    mastodon = cat["mastodon"]
    assert mastodon.probe_url("northwind").startswith("https://fosstodon.org/api/v1/")
    assert mastodon.profile_url("northwind") == "https://fosstodon.org/@northwind"
    assert mastodon.search_url("northwind").startswith("https://fosstodon.org/")
    assert mastodon.views["api"].fields, "keys not restated are kept from the built-in entry"


def test_readme_shows_the_real_error_of_a_bad_entry(tmp_path, monkeypatch):
    section = _readme_section()
    block = next(b for b in _yaml_blocks(section) if "feilds:" in b)
    (tmp_path / "bad.yaml").write_text(block, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(CatalogError) as err:
        load_catalog([Path("bad.yaml")])
    assert f"Error: {err.value}" in section
    assert "did you mean 'fields'?" in str(err.value)


# ----------------------------------------------------------------------------- end to end

STAND_IN_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Northwind Coffee | Dribbble</title>
<meta property="og:title" content="Northwind Coffee">
<meta property="og:url" content="https://dribbble.com/{handle}">
<link rel="canonical" href="https://dribbble.com/{handle}"></head><body>
<div class="masthead-content">
  <drb-avatar class="masthead-avatar"><img class="profile-avatar" alt="Northwind Coffee"
    src="https://cdn.dribbble.com/users/42/avatars/normal/northwind.png"></drb-avatar>
  <div class="masthead-profile-name"><h1>Northwind Coffee</h1></div>
  <div id="masthead" class="masthead-intro"><h2>Roasters since 1998</h2></div>
  <div class="masthead-stats"><div class="stat">1,204 followers</div>
    <div class="stat">12 following</div></div>
</div></body></html>"""


class _StandIn(http.server.BaseHTTPRequestHandler):
    """dribbble.com for one handle: its profile page, 404 for every other path and host."""

    profile = "northwindcoffee"
    seen: list[tuple[str, str]] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        self.seen.append((host, self.path))
        if host == "dribbble.com" and self.path.rstrip("/").lower() == f"/{self.profile}":
            status, body = 200, STAND_IN_PAGE.replace("{handle}", self.profile).encode()
        else:
            status, body = 404, NOT_FOUND_PAGE
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def stand_in() -> Iterator[tuple[int, list[tuple[str, str]]]]:
    seen: list[tuple[str, str]] = []
    handler = type("Handler", (_StandIn,), {"seen": seen})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1], seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_audit_probes_the_user_platform(tmp_path, stand_in):
    port, seen = stand_in
    inventory = tmp_path / "inventory.yaml"
    inventory.write_text(
        "organization: Northwind Coffee Co.\n"
        "domains: [northwindcoffee.com]\n"
        "brands:\n"
        "  - name: Northwind Coffee\n"
        "    strategy: [dribbble]\n"
        "    accounts:\n"
        "      - {platform: dribbble, handle: northwindcoffee}\n",
        encoding="utf-8",
    )
    out, db = tmp_path / "out", tmp_path / "audits.db"
    done = _cli(
        "audit",
        str(inventory),
        "--platforms",
        "dribbble",
        "--platforms-file",
        str(EXAMPLE),
        "--resolve",
        f"dribbble.com=127.0.0.1:{port}",
        "--resolve",
        f"*=127.0.0.1:{port}",
        "--allow-private-network",
        "--search-engine",
        "none",
        "--max-variants",
        "5",
        "--db",
        str(db),
        "--out",
        str(out),
        "-q",
    )
    assert done.returncode == 0, done.stderr[-3000:]
    findings = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    declared = [
        f for f in findings if (f["platform"], f["handle"]) == ("dribbble", "northwindcoffee")
    ]
    assert len(declared) == 1, findings
    assert declared[0]["class"] == "official"
    assert declared[0]["probe_state"] == "found"
    assert declared[0]["display_name"] == "Northwind Coffee"
    assert declared[0]["url"] == "https://dribbble.com/northwindcoffee"
    # the spider really probed the new platform: the declared handle and generated variants
    probed = {path for host, path in seen if host == "dribbble.com"}
    assert "/northwindcoffee" in probed
    assert len(probed) > 1, f"no handle variants were probed on dribbble: {probed}"
    # variants answered 404: not found, so they are no findings at all
    assert all(f["platform"] == "dribbble" for f in findings)
    assert not [f for f in findings if f["probe_state"] == "unverifiable"]
