"""Credentials from the environment (catalog ``auth:``): GITHUB_TOKEN raises GitHub's limit.

Layers: the catalog's validation of ``auth``; request headers built from a ``Platform`` and the
``CredentialsMiddleware`` without a crawl; the politeness slots; the simulated GitHub's answers
to a token; and two audits end to end (a CLI subprocess against the simulated web) with a good
token (sent, findings unchanged, the token nowhere in what the audit wrote) and a refused one
(the declared account unverified, never missing; coverage names the refused credential).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from urllib.error import HTTPError
from urllib.request import Request as UrlRequest
from urllib.request import urlopen

import pytest
from scrapy import Request

from crawler.catalog import CatalogError, load_catalog
from crawler.credentials import META_KEY, CredentialsMiddleware, refused_gap
from crawler.extract import read_profile
from reports.coverage import build_coverage, gap_view

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "official_accounts.yaml"
TOKEN = "secret-token-123"
WITH = {"GITHUB_TOKEN": TOKEN}


@pytest.fixture(scope="module")
def cat():
    return load_catalog()


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "extra.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- the catalog

ACME = """\
platforms:
  acme:
    hosts: [acme.example, api.acme.example]
    profile_url: 'https://acme.example/{handle}'
    profile_patterns: ['^/(?P<handle>[a-z]+)$']
    handle: {pattern: '[a-z]+'}
    probe: api
    views:
      api:
        url: 'https://api.acme.example/users/{handle}'
        found: {status: [200]}
    rate: {concurrency: 1, delay: 30}
"""


def test_builtin_github_declares_its_token(cat):
    gh = cat["github"]
    assert gh.auth is not None
    assert (gh.auth.env, gh.auth.header, gh.auth.template) == (
        "GITHUB_TOKEN", "Authorization", "Bearer {token}")
    assert gh.auth.hosts == ("api.github.com",)
    assert gh.auth.refused == (401,)
    assert (gh.auth.concurrency, gh.auth.delay) == (2, 0.75)
    # anonymous: profile pages at 1/s, the search API at 10/min; with the token: the API
    assert (gh.concurrency, gh.delay) == (1, 6.0)
    assert gh.rate_for("github.com", {}) == (1, 1.0)
    assert (gh.probe_view, gh.auth.probe) == ("page", "api")
    assert gh.active_probe_view({}) == "page" and gh.active_probe_view(WITH) == "api"
    row = gh.summary()
    assert row["auth"] == "GITHUB_TOKEN" and row["auth_rate"] == "2x/0.75s"
    assert cat["bluesky"].auth is None and cat["bluesky"].summary()["auth"] is None


def test_auth_defaults_to_the_probe_and_search_hosts(tmp_path):
    path = write(tmp_path, ACME + "    auth: {env: ACME_TOKEN}\n")
    acme = load_catalog([path])["acme"]
    assert acme.auth is not None
    assert acme.auth.hosts == ("api.acme.example",)
    assert (acme.auth.header, acme.auth.template) == ("Authorization", "Bearer {token}")
    # no auth rate: the platform's own
    assert (acme.auth.concurrency, acme.auth.delay) == (1, 30.0)
    assert acme.auth_headers("https://api.acme.example/users/x", {"ACME_TOKEN": "k"}) == {
        "Authorization": "Bearer k"}


def test_user_file_overrides_or_disables_auth(tmp_path):
    slower = write(tmp_path, "platforms:\n  github:\n    auth: {rate: {delay: 2}}\n")
    gh = load_catalog([slower])["github"]
    assert gh.auth is not None
    assert (gh.auth.env, gh.auth.concurrency, gh.auth.delay) == ("GITHUB_TOKEN", 2, 2.0)
    off = tmp_path / "off.yaml"
    off.write_text("platforms:\n  github:\n    auth: false\n", encoding="utf-8")
    gh = load_catalog([off])["github"]
    assert gh.auth is None
    assert gh.auth_headers("https://api.github.com/users/x", WITH) == {}


@pytest.mark.parametrize(
    "auth, line, fragment",
    [
        ("    auth: {envv: ACME_TOKEN}\n", 13, "unknown key 'envv' in platform 'acme' auth"),
        ("    auth: {header: X-Token}\n", 13, "missing required key 'env'"),
        ("    auth: {env: ghp_notARealToken0000}\n", 13,
         "must name an environment variable"),
        ("    auth: {env: ACME_TOKEN, template: 'Bearer'}\n", 13, "must contain '{token}'"),
        ("    auth: {env: ACME_TOKEN, template: '{user}:{token}'}\n", 13,
         "unknown placeholder {user}"),
        ("    auth: {env: ACME_TOKEN, header: 'X Token'}\n", 13, "HTTP header name"),
        ("    auth: {env: ACME_TOKEN, hosts: [evil.example]}\n", 13,
         "host 'evil.example' is not fetched by any view or search"),
        ("    auth: {env: ACME_TOKEN, hosts: []}\n", 13, "non-empty list of host names"),
        ("    auth: {env: ACME_TOKEN, refused: [200]}\n", 13, "list of HTTP error codes"),
        ("    auth:\n      env: ACME_TOKEN\n      rate: {concurrency: 0}\n", 15,
         "concurrency must be >= 1"),
        ("    auth:\n      env: ACME_TOKEN\n      rate: {delai: 1}\n", 15,
         "did you mean 'delay'"),
    ],
)
def test_bad_auth_has_clear_errors(tmp_path, auth, line, fragment):
    path = write(tmp_path, ACME + auth)
    with pytest.raises(CatalogError) as err:
        load_catalog([path])
    assert fragment in str(err.value)
    assert err.value.line == line, str(err.value)
    assert err.value.path == str(path)


def test_auth_without_anything_to_send_it_to(tmp_path):
    text = ACME.replace("    probe: api\n", "    probe: none\n") + "    auth: {env: ACME_TOKEN}\n"
    with pytest.raises(CatalogError, match="no probe view or search to send the credential to"):
        load_catalog([write(tmp_path, text)])


# --------------------------------------------------------------------------- requests (pure)


def test_headers_with_and_without_the_variable(cat):
    gh = cat["github"]
    probe = gh.request_for("api", "northwindcoffee")  # the probe while GITHUB_TOKEN is set
    search = gh.search_url("Northwind Coffee", 2)
    page = gh.request_for("page", "northwindcoffee")
    assert gh.auth_headers(probe["url"], WITH) == {"Authorization": f"Bearer {TOKEN}"}
    assert gh.auth_headers(search, WITH) == {"Authorization": f"Bearer {TOKEN}"}
    # github.com pages never get the API token; nor does any other host
    assert gh.auth_headers(page["url"], WITH) == {}
    assert gh.auth_headers("https://avatars.githubusercontent.com/u/1", WITH) == {}
    for env in ({}, {"GITHUB_TOKEN": ""}, {"GITHUB_TOKEN": "   "}, {"OTHER": TOKEN}):
        assert gh.auth_headers(probe["url"], env) == {}, env
        assert not gh.authenticated(env)
    assert gh.authenticated(WITH)
    # the built request never holds the token: it is added as the request leaves
    assert "Authorization" not in probe["headers"]
    assert probe["headers"]["Accept"] == "application/vnd.github+json"


def test_rate_and_labels(cat):
    gh = cat["github"]
    assert gh.rate_for("api.github.com", WITH) == (2, 0.75)
    assert gh.rate_for("github.com", WITH) == (1, 1.0)  # pages: no token, their own rate
    assert gh.rate_for("api.github.com", {}) == (1, 6.0)
    assert cat.credentials(WITH) == {"github": "GitHub: authenticated (GITHUB_TOKEN)"}
    assert cat.credentials({}) == {}


def _req(url: str, platform: str | None = "github") -> Request:
    meta = {"bs": {"platform": platform, "handle": "x"}} if platform else {}
    return Request(url, meta=meta, headers={"Accept": "application/vnd.github+json"})


def test_middleware_adds_the_header_only_to_the_platforms_api(cat):
    mw = CredentialsMiddleware(environ=WITH, catalog=cat)
    probe = _req("https://api.github.com/users/northwindcoffee")
    mw.process_request(probe)
    assert probe.headers.get("Authorization") == f"Bearer {TOKEN}".encode()
    assert probe.meta[META_KEY] == "GITHUB_TOKEN"  # the name, never the value
    page = _req("https://github.com/northwindcoffee")
    linked = _req("https://api.github.com/users/northwindcoffee", platform=None)  # a link
    other = _req("https://public.api.bsky.app/xrpc/x", platform="bluesky")
    for req in (page, linked, other):
        mw.process_request(req)
        assert "Authorization" not in req.headers and META_KEY not in req.meta, req


def test_middleware_takes_the_header_off_before_a_request_is_requeued(cat):
    from scrapy.http import Response

    mw = CredentialsMiddleware(environ=WITH, catalog=cat)
    req = _req("https://api.github.com/users/northwindcoffee")
    mw.process_request(req)
    resp = Response(req.url, status=401, request=req)
    assert mw.process_response(req, resp) is resp
    # a retry or redirect copies the request: no token rides back into the scheduler
    assert "Authorization" not in req.headers and "Authorization" not in req.copy().headers
    assert resp.meta[META_KEY] == "GITHUB_TOKEN"  # the callback knows a credential was sent
    # sent again (a retry), it gets the header again; redirected elsewhere, never
    retry = req.copy()
    mw.process_request(retry)
    assert retry.headers.get("Authorization") == f"Bearer {TOKEN}".encode()
    moved = req.replace(url="https://github.com/northwindcoffee")
    moved.headers["Authorization"] = "Bearer leaked"  # as if copied by a middleware
    mw.process_request(moved)
    assert "Authorization" not in moved.headers and META_KEY not in moved.meta
    failed = _req("https://api.github.com/users/x")
    mw.process_request(failed)
    mw.process_exception(failed, TimeoutError())
    assert "Authorization" not in failed.headers


def test_middleware_without_the_variable_changes_nothing(cat):
    mw = CredentialsMiddleware(environ={}, catalog=cat)
    req = _req("https://api.github.com/users/northwindcoffee")
    before = dict(req.headers)
    mw.process_request(req)
    assert dict(req.headers) == before and META_KEY not in req.meta


def test_download_slots_use_the_auth_rate(monkeypatch):
    from scrapy.crawler import Crawler

    from crawler.options import scrapy_settings as crawl_settings
    from crawler.spiders.sweep import SweepSpider

    def slots() -> dict:
        crawler = Crawler(SweepSpider, crawl_settings({}))
        SweepSpider.from_crawler(crawler, inventory=str(SEED))
        return crawler.settings.getdict("DOWNLOAD_SLOTS")

    monkeypatch.delenv("GITHUB_TOKEN", raising=False)
    anonymous = slots()
    # anonymous: the API serves the user search only (10/min); probes read github.com pages
    assert anonymous["api.github.com"] == {"concurrency": 1, "delay": 6.0, "jitter": 0.0}
    assert anonymous["github.com"] == {"concurrency": 1, "delay": 1.0, "jitter": 0.0}
    monkeypatch.setenv("GITHUB_TOKEN", TOKEN)
    authed = slots()
    assert authed["api.github.com"] == {"concurrency": 2, "delay": 0.75, "jitter": 0.0}
    assert authed["github.com"] == anonymous["github.com"]  # pages go without the token
    assert TOKEN not in json.dumps(authed)


def test_audit_settings_name_the_variable_only(cat, monkeypatch, tmp_path):
    from crawler.runner import AuditOptions, _settings_summary, credentials_used

    options = AuditOptions(inventory=SEED, out=tmp_path, db=tmp_path / "db")
    monkeypatch.delenv("GITHUB_TOKEN", raising=False)
    assert "credentials" not in _settings_summary(options, cat)
    monkeypatch.setenv("GITHUB_TOKEN", TOKEN)
    summary = _settings_summary(options, cat)
    assert summary["credentials"] == "GitHub: authenticated (GITHUB_TOKEN)"
    assert TOKEN not in json.dumps(summary)
    assert credentials_used(cat, ["bluesky"]) == []  # GitHub not swept: not recorded


# --------------------------------------------------------------------------- refused tokens


def test_catalog_reads_bad_credentials_as_unverifiable(cat):
    body = b'{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}'
    read = read_profile(cat["github"], "https://api.github.com/users/northwindcoffee", 401,
                        {"content-type": "application/json"}, body, "northwindcoffee")
    assert (read.state.value, read.reason) == ("unverifiable", "bad_credentials")


def test_refused_credential_is_a_coverage_gap(cat):
    gap = refused_gap(cat["github"])
    assert gap is not None and (gap.path, gap.engine, gap.reason, gap.query) == (
        "credentials", "github", "bad_credentials", "GITHUB_TOKEN")
    g = {"path": gap.path, "engine": gap.engine, "reason": gap.reason, "query": gap.query}
    text = gap_view(g, {"github": "GitHub"}).text
    assert text.startswith("GitHub refused the credential in GITHUB_TOKEN: bad credentials")
    assert "unset GITHUB_TOKEN" in text
    cov = build_coverage([g], {"platforms": [{"name": "github", "title": "GitHub"}]})
    assert cov.headline and "GitHub refused the credential" in cov.headline
    assert refused_gap(cat["bluesky"]) is None


# --------------------------------------------------------------------------- simulated GitHub


def _get(web, path: str, token: str | None, host: str = "api.github.com"):
    headers = {"Host": host, "User-Agent": "brandsweep-test"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    try:
        with urlopen(UrlRequest(f"http://{web.address}{path}", headers=headers)) as resp:
            return resp.status, dict(resp.headers), json.loads(resp.read())
    except HTTPError as exc:
        return exc.code, dict(exc.headers), json.loads(exc.read())


def test_simulated_github_answers_tokens_like_github(simweb_factory):
    web = simweb_factory()
    status, headers, body = _get(web, "/users/northwindcoffee", None)
    assert status == 200 and headers["x-ratelimit-limit"] == "60"
    status, headers, body = _get(web, "/users/northwindcoffee", TOKEN)
    assert status == 200 and body["login"] == "northwindcoffee"
    assert headers["x-ratelimit-limit"] == "5000" and headers["x-ratelimit-remaining"] == "4999"
    _, headers, _ = _get(web, "/users/nobody-here-at-all", TOKEN)
    assert headers["x-ratelimit-remaining"] == "4998"  # counts down
    _, headers, _ = _get(web, "/search/users?q=Northwind", TOKEN)
    assert headers["x-ratelimit-limit"] == "30" and headers["x-ratelimit-resource"] == "search"
    for bad in ("bad", ""):
        status, _, body = _get(web, "/users/northwindcoffee", bad)
        assert (status, body["message"]) == (401, "Bad credentials")
    assert web.headers_to("api.github.com")[1][3]["authorization"] == f"Bearer {TOKEN}"


# --------------------------------------------------------------------------- end to end


def _audit(web, tmp_path: Path, token: str) -> tuple[Path, Path, subprocess.CompletedProcess]:
    out, db = tmp_path / "out", tmp_path / "audits.db"
    env = {**os.environ, "GITHUB_TOKEN": token,
           "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""),
           "BRANDSWEEP_SCRAPY_SETTINGS": json.dumps({"DOWNLOAD_TIMEOUT": 5})}
    args = [sys.executable, "-m", "crawler.cli", "audit", str(SEED), "--resolve",
            f"*={web.address}", "--allow-private-network", "--db", str(db), "--out", str(out),
            "--platforms", "github", "--max-variants", "3", "--search-engine", "none", "-q",
            "--as-of", web.world.now]  # the simulated web's clock, not the machine's
    proc = subprocess.run(args, cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=180, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return out, db, proc


def _github(out: Path) -> dict[str, dict]:
    findings = json.loads((out / "findings.json").read_text(encoding="utf-8"))
    return {f["handle"]: f for f in findings if f["platform"] == "github"}


def test_audit_with_a_token_sends_it_and_keeps_it_nowhere(simweb_factory, tmp_path):
    web = simweb_factory()
    out, db, proc = _audit(web, tmp_path, TOKEN)

    api = web.headers_to("api.github.com")
    assert api and all(h.get("authorization") == f"Bearer {TOKEN}" for *_, h in api)
    assert any(path.startswith("/search/users") for _, _, path, _ in api)
    others = [r for r in web.header_log if r[1] != "api.github.com"]
    assert others and not any("authorization" in h for *_, h in others)
    assert all(status != 401 for *_, status in web.requests_to("api.github.com"))

    found = _github(out)
    assert found["northwindcoffee"]["class"] == "official"
    assert found["northwindcoffee-app"]["class"] == "impostor"
    assert found["northwind-coffee"]["class"] == "redundant"

    written = [p for p in out.rglob("*") if p.is_file()]
    assert {"crawl.log", "coverage.json", "report.html", "findings.json"} <= {
        p.name for p in written}
    stores = [p for p in tmp_path.iterdir() if p.name.startswith("audits.db")]
    for path in [*written, *stores]:
        assert TOKEN.encode() not in path.read_bytes(), path
    assert TOKEN not in proc.stdout + proc.stderr

    label = "GitHub: authenticated (GITHUB_TOKEN)"
    cov = json.loads((out / "coverage.json").read_text(encoding="utf-8"))
    assert cov["crawl"]["credentials"] == [label]
    assert not [g for g in cov["gaps"] if g["path"] == "credentials"]
    assert label in (out / "report.html").read_text(encoding="utf-8")
    from crawler.store import Store

    store = Store(db)
    try:
        assert store.audits()[-1]["settings"]["credentials"] == label
    finally:
        store.close()


def test_audit_with_a_refused_token(simweb_factory, tmp_path):
    web = simweb_factory()
    out, _, _ = _audit(web, tmp_path, "bad")
    assert {s for *_, s in web.requests_to("api.github.com")} == {401}

    declared = _github(out)["northwindcoffee"]
    assert declared["class"] == "unverified"  # never missing
    assert (declared["probe_state"], declared["probe_reason"]) == (
        "unverifiable", "bad_credentials")

    cov = json.loads((out / "coverage.json").read_text(encoding="utf-8"))
    refused = [g for g in cov["gaps"] if g["path"] == "credentials"]
    assert len(refused) == 1 and refused[0]["engine"] == "github"
    assert "refused the credential in GITHUB_TOKEN" in refused[0]["text"]
    assert cov["complete"] is False and "refused the credential" in cov["headline"]
    searches = [g for g in cov["gaps"] if g["path"] == "platform_search"]
    assert searches and {g["reason"] for g in searches} == {"bad_credentials"}


def test_the_probe_follows_the_variable(cat, monkeypatch):
    """Anonymous: github.com/<handle> (the API allows 60 requests an hour); with the token: the
    API, which gives every field."""
    gh = cat["github"]
    monkeypatch.delenv("GITHUB_TOKEN", raising=False)
    assert gh.probe_request("NorthwindCoffee")["url"] == "https://github.com/northwindcoffee"
    monkeypatch.setenv("GITHUB_TOKEN", TOKEN)
    probe = gh.probe_request("NorthwindCoffee")
    assert probe["url"] == "https://api.github.com/users/northwindcoffee"
    assert "Authorization" not in probe["headers"]  # added as the request leaves
