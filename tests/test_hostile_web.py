"""An audit of the hostile world: every fault, limit and kind of bad input ends recorded.

One real audit (subprocesses: ``python -m simweb --world hostile_world.yaml`` and
``python -m crawler.cli audit``, WITHOUT ``--allow-private-network``: the ``--resolve`` map
routes names to the simulated web, IP literals stay refused) of
``tests/fixtures/hostile_inventory.yaml``. ``CASES`` lists each hostile case of
``simweb/hostile_world.yaml`` with what the audit must have recorded for it: an
observation's state and reason, a linked page's refusal, a coverage gap, a crawl number.
``test_every_case_is_recorded`` checks them all and prints the table (``pytest -s``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from subprocess_audit import HOSTILE_INVENTORY, HOSTILE_WORLD, SimWebProcess, run_audit

from crawler.store import Store
from matching.models import ProbeState

PLATFORMS = ("--platforms", "github,mastodon,telegram", "--max-variants", "0")


@dataclass
class Audit:
    """What one audit of the hostile world left: store contents and the report files."""

    returncode: int
    stderr: str
    out: Path
    observations: dict[tuple[str, str], Any]
    sightings: list[Any]
    linked_pages: list[Any]
    gaps: list[dict[str, Any]]
    coverage: dict[str, Any]
    findings: list[dict[str, Any]]
    html: str

    def obs(self, platform: str, handle: str) -> Any:
        return self.observations[(platform, handle)]

    def gap(self, path: str, engine: str, reason: str, url: str | None = None) -> dict:
        hits = [g for g in self.gaps if g["path"] == path and g["engine"] == engine
                and g["reason"].startswith(reason) and (url is None or g["url"] == url)]
        assert hits, f"no gap {path}/{engine}/{reason} {url or ''} in {self.gaps}"
        return hits[0]

    def linked(self, url: str) -> Any:
        hits = [p for p in self.linked_pages if p.url == url]
        assert hits, f"no linked page {url}"
        return hits[0]


@pytest.fixture(scope="module")
def audit(tmp_path_factory: pytest.TempPathFactory) -> Audit:
    tmp = tmp_path_factory.mktemp("hostile")
    db, out = tmp / "audit.db", tmp / "report"
    with SimWebProcess(HOSTILE_WORLD) as web:
        # a head still arriving after 1 s is cut (the 1.5 s request timeout would come first)
        # GITHUB_TOKEN: GitHub is probed through its API, where the faults are (without a
        # token the probes read github.com profile pages)
        done = run_audit(HOSTILE_INVENTORY, web, db, out, *PLATFORMS,
                         settings={"BRANDSWEEP_HEADERS_TIMEOUT": 1.0},
                         extra_env={"GITHUB_TOKEN": "hostile-world-test-token"})
    store = Store(db)
    try:
        audit_id = store.latest_audit(complete_only=False)
        findings = json.loads((out / "findings.json").read_text("utf-8"))
        return Audit(
            returncode=done.returncode,
            stderr=done.stderr,
            out=out,
            observations={(o.platform, o.handle): o for o in store.observations(audit_id)},
            sightings=store.sightings(audit_id),
            linked_pages=store.linked_pages(audit_id),
            gaps=store.coverage_gaps(audit_id),
            coverage=json.loads((out / "coverage.json").read_text("utf-8")),
            findings=findings,
            html=(out / "report.html").read_text("utf-8"),
        )
    finally:
        store.close()


def _state(platform: str, handle: str, state: str, reason: str | None = None
           ) -> Callable[[Audit], str]:
    def check(a: Audit) -> str:
        o = a.obs(platform, handle)
        assert o.state is ProbeState(state), (o.state, o.reason)
        if reason is not None:
            assert o.reason == reason, o.reason
        return f"{platform}:{handle} {o.state.value}" + (f" ({o.reason})" if o.reason else "")
    return check


def _gap(path: str, engine: str, reason: str, url: str | None = None) -> Callable[[Audit], str]:
    def check(a: Audit) -> str:
        g = a.gap(path, engine, reason, url)
        return f"gap {g['path']}/{g['engine']}: {g['reason']} {g['url']}"
    return check


def _all(*checks: Callable[[Audit], str]) -> Callable[[Audit], str]:
    return lambda a: "; ".join(c(a) for c in checks)


def _rate_limited(a: Audit) -> str:
    assert a.coverage["crawl"]["rate_limited"] >= 1
    return _state("github", "qm429", "found")(a) + ", after waiting out one 429"


def _retried(a: Audit) -> str:
    assert a.coverage["crawl"]["retries"] >= 1
    return _state("github", "qm503flaky", "found")(a) + ", after a retry"


def _turkish(a: Audit) -> str:
    o = a.obs("telegram", "qmturkish")
    assert o.state is ProbeState.FOUND
    assert o.fields.display_name == "Quillmark Türkiye İletişim", o.fields.display_name
    assert o.fields.followers == 50
    return f"telegram:qmturkish found, display name {o.fields.display_name!r}"


def _sighted_from(platform: str, handle: str, page: str) -> Callable[[Audit], str]:
    def check(a: Audit) -> str:
        hits = [s for s in a.sightings if (s.platform, s.handle) == (platform, handle)
                and s.source == page]
        assert hits, f"{platform}:{handle} not sighted on {page}"
        return f"{platform}:{handle} sighted on {page}"
    return check


def _absurd(a: Audit) -> str:
    o = a.obs("github", "qmabsurd")
    assert o.state is ProbeState.FOUND
    assert o.fields.followers is None and o.fields.following is None  # -50, -3: dropped
    assert o.fields.created_at is None and o.fields.last_active_at is None  # 2099: dropped
    assert o.fields.bio and len(o.fields.bio) <= 20_000  # 1 MB served, capped
    return (f"github:qmabsurd found; negative counts and 2099 dates dropped; bio of "
            f"{len(o.fields.bio)} characters kept of 1 MB")


def _refused_link(url: str, why: str) -> Callable[[Audit], str]:
    def check(a: Audit) -> str:
        page = a.linked(url)
        assert page.refused and why in page.refused, page.refused
        assert page.http_status is None  # never fetched
        return f"linked page {url} refused: {page.refused}"
    return check


def _refusal_in_finding(platform: str, handle: str, url: str) -> Callable[[Audit], str]:
    """The refused link is evidence on the profile's finding (findings.json), not only a gap."""
    def check(a: Audit) -> str:
        f = next(f for f in a.findings if (f["platform"], f["handle"]) == (platform, handle))
        hits = [e for e in f["evidence"] if e["signal"] == "link_refused"]
        assert hits, [e["signal"] for e in f["evidence"]]
        detail = hits[0]["detail"]
        assert detail.startswith(f"its link {url} redirects to http://127.0.0.1:"), detail
        assert "its link http://0x7f.1/admin points into a private network" in detail
        assert "brandsweep refused to follow it (loopback address)" in detail
        assert f["class"] == "impostor"
        return f"{platform}:{handle} {f['class']}, evidence: {detail}"
    return check


def _one_hop(a: Audit) -> str:
    """One hop is about pages: a linked page is fetched, the links *on* it never are.

    mastodon:qmscamhub is reached only through a linked page (quillmarksupport's rewards site).
    It is suspicious, so its own link is followed like any suspicious profile's, whatever path
    reached it first (otherwise the pages fetched would depend on response order). Still
    bounded: the page it links (quillmark-deeper.com) is fetched, its social link becomes a
    sighting, and its other links (quillmark-deepest.com, /members) are never fetched; each
    profile is fetched once, follows at most BRANDSWEEP_LINKED_MAX_PER_PROFILE links, and
    BRANDSWEEP_LINKED_MAX_PAGES caps the linked pages of the audit."""
    hub = a.obs("mastodon", "qmscamhub")
    assert hub.state is ProbeState.FOUND
    assert "linked_page" in {s.via.value for s in a.sightings if s.handle == "qmscamhub"}
    deeper = [p for p in a.linked_pages if p.from_handle == "qmscamhub"]
    assert [(p.url, p.http_status) for p in deeper] == [("https://quillmark-deeper.com/", 200)]
    assert deeper[0].social_links == ("https://t.me/qmvipdesk",)
    assert _sighted_from("telegram", "qmvipdesk", "https://quillmark-deeper.com/")(a)
    fetched = {p.url for p in a.linked_pages} | {p.final_url for p in a.linked_pages}
    assert not {u for u in fetched if u and ("deepest" in u or u.endswith("/members"))}
    assert not [s for s in a.sightings if "deepest" in (s.source or "")]
    return ("mastodon:qmscamhub (found one hop away) has its link quillmark-deeper.com "
            "fetched, the page's t.me link sighted, its quillmark-deepest.com link not fetched")


def _no_scheme(a: Audit) -> str:
    assert not [p for p in a.linked_pages if not p.url.startswith(("http://", "https://"))
                and not p.refused]
    return "no non-http(s) link fetched"


#: case -> what the audit must have recorded for it
CASES: dict[str, Callable[[Audit], str]] = {
    # faults
    "429 with Retry-After: 1": _rate_limited,
    "503 once, then fine": _retried,
    "503 always": _state("github", "qm503", "unverifiable", "server_error"),
    "connection reset": _state("github", "qmreset", "unverifiable", "connection_reset"),
    "no answer within the request timeout": _state("github", "qmtimeout", "unverifiable",
                                                   "timeout"),
    "body trickling past the timeout": _state("github", "qmslow", "unverifiable", "timeout"),
    "slow body within the timeout": _state("github", "qmslowok", "found"),
    # limits
    "gzip bomb (profile)": _all(_state("github", "qmbomb", "unverifiable", "too_large"),
                                _gap("limit", "github", "too_large",
                                     "https://api.github.com/users/qmbomb")),
    "6 MB with Content-Length": _state("github", "qmhuge", "unverifiable", "too_large"),
    "6 MB streamed without length": _state("github", "qmstream", "unverifiable", "too_large"),
    "redirect loop (profile)": _all(_state("github", "qmloop", "unverifiable",
                                           "too_many_redirects"),
                                    _gap("limit", "github", "too_many_redirects")),
    "redirect loop A -> B -> A (profile)": _all(_state("github", "qmping", "unverifiable",
                                                      "redirect_loop"),
                                               _gap("limit", "github", "redirect_loop")),
    "redirect to javascript: (profile)": _state("github", "qmjsredirect", "unverifiable",
                                                "refused: redirect to a javascript: URL"),
    "endless header fields (profile)": _all(_state("github", "qmheaders", "unverifiable",
                                                   "too_many_headers"),
                                            _gap("limit", "github", "too_many_headers")),
    "one header folded for ever": _state("github", "qmfolded", "unverifiable",
                                         "headers_too_large"),
    "one header line without end": _state("github", "qmendless", "unverifiable",
                                          "headers_too_large"),
    "headers dripping for ever": _state("github", "qmdrip", "unverifiable", "headers_timeout"),
    "endless header fields (official page)": _gap("limit", "www.quillmark.com",
                                                  "too_many_headers",
                                                  "https://www.quillmark.com/headers"),
    "oversized official page": _gap("limit", "www.quillmark.com", "too_large",
                                    "https://www.quillmark.com/big"),
    "gzip bomb (official page)": _gap("limit", "www.quillmark.com", "too_large",
                                      "https://www.quillmark.com/bomb"),
    "redirect loop (official page)": _gap("limit", "www.quillmark.com", "too_many_redirects"),
    "pages per host (link farm)": _gap("limit", "shop.quillmark.com", "site_max_pages"),
    "crawl depth (link farm)": _gap("limit", "shop.quillmark.com", "site_max_depth"),
    # bad input
    "truncated JSON": _state("mastodon", "qmbadjson", "unverifiable", "unrecognised_page"),
    "malformed HTML, invalid JSON in scripts": _state("telegram", "qmmalformed",
                                                      "unverifiable"),
    "windows-1254 profile, no charset": _turkish,
    "windows-1254 page labelled utf-8": _sighted_from("telegram", "qmturkish",
                                                      "https://www.quillmark.com/tr"),
    "malformed official page": _sighted_from("github", "quillmark",
                                             "https://www.quillmark.com/broken"),
    "1 MB bio, negative counts, dates in 2099": _absurd,
    # SSRF and one hop
    "inventory website on 169.254.169.254": _gap("official_site", "169.254.169.254",
                                                 "refused: link-local address"),
    "profile link redirecting to 127.0.0.1": _all(
        _refused_link("https://quillmark-rewards.com/claim", "loopback address 127.0.0.1"),
        _gap("linked_page", "mastodon:quillmarksupport", "refused: loopback",
             "https://quillmark-rewards.com/claim"),
        _refusal_in_finding("mastodon", "quillmarksupport",
                            "https://quillmark-rewards.com/claim")),
    "profile link to 0x7f.1 (127.0.0.1 in hex)": _refused_link("http://0x7f.1/admin",
                                                               "loopback address 127.0.0.1"),
    "ftp link on a profile": _no_scheme,
    "links on a linked page not followed": _one_hop,
}


def test_the_audit_completes(audit):
    assert audit.returncode == 0, audit.stderr[-3000:]
    assert "Traceback" not in audit.stderr
    assert audit.coverage["crawl"]["finish_reason"] == "finished"


def test_every_case_is_recorded(audit, capsys):
    table = []
    failures = []
    for case, check in CASES.items():
        try:
            table.append(f"{case:45} -> {check(audit)}")
        except (AssertionError, KeyError) as exc:
            failures.append(f"{case}: {exc!r}")
    with capsys.disabled():
        print("\nhostile case -> what the audit recorded\n" + "\n".join(table))
    assert not failures, "\n".join(failures)


def test_every_declared_probe_ends_with_a_state_and_a_reason(audit):
    """found, not_found, or unverifiable with a reason: never silence, never a bare state."""
    declared = re.findall(r"\{platform: (\w+), handle: (\w+)\}",
                          HOSTILE_INVENTORY.read_text("utf-8"))
    assert len(declared) == 23
    for platform, handle in declared:
        o = audit.obs(platform, handle)
        assert o.state in (ProbeState.FOUND, ProbeState.NOT_FOUND, ProbeState.UNVERIFIABLE)
        if o.state is ProbeState.UNVERIFIABLE:
            assert o.reason, f"{platform}:{handle} unverifiable without a reason"
    by_key = {(f["platform"], f["handle"]): f for f in audit.findings}
    for platform, handle in declared:
        assert (platform, handle) in by_key, f"{platform}:{handle} missing from findings.json"


def test_the_report_renders_hostile_text_inert(audit):
    html = audit.html
    assert "qmscamhub" in html
    # a display name and a bio written to attack the report: printed, never run
    assert "<img src=x onerror" not in html
    assert "<script>alert(" not in html
    assert "&lt;img src=x onerror=alert(" in html
    # the refusals are in the report
    assert "169.254.169.254" in html
    assert "127.0.0.1" in html
    # no link to a refused or non-http target
    assert 'href="http://0x7f.1' not in html
    assert 'href="ftp:' not in html and 'href="javascript:' not in html


def test_time_per_audit_limit_is_recorded(tmp_path):
    """CLOSESPIDER_TIMEOUT (time per audit) cuts the hostile crawl short: the audit still ends
    with a report, which says the crawl ended early and why; the audit is partial (#9: exit 1,
    --resume continues it)."""
    with SimWebProcess(HOSTILE_WORLD) as web:
        done = run_audit(HOSTILE_INVENTORY, web, tmp_path / "a.db", tmp_path / "out",
                         *PLATFORMS, settings={"CLOSESPIDER_TIMEOUT": 2},
                         extra_env={"GITHUB_TOKEN": "hostile-world-test-token"})  # slow API
    assert done.returncode == 1, done.stderr[-3000:]
    assert "is PARTIAL" in done.stderr and "--resume" in done.stderr
    coverage = json.loads((tmp_path / "out" / "coverage.json").read_text("utf-8"))
    assert coverage["crawl"]["finish_reason"] == "closespider_timeout"
    html = (tmp_path / "out" / "report.html").read_text("utf-8")
    assert "closespider_timeout" in html
