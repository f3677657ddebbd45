"""Extractors against real captured pages and API answers: ../shared/real_pages (not in the
repo, skipped when absent) and tests/fixtures/real_captures (in the repo, half held out).

For every fixture of MANIFEST.yaml whose platform is in the catalog, run the platform's page
object on the captured bytes and compare with the hand-read ground truth. Cassette formats
(vcrpy YAML, betamax JSON, PyGithub ReplayData, NewPipe mocks) are unpacked here. The share of
fields read right per platform is printed and held above a floor, so a regression fails.
Skipped when the captures are absent (e.g. a checkout without ../shared).
"""

from __future__ import annotations

import ast
import gzip
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from crawler.catalog import load_catalog
from crawler.extract import read_profile
from crawler.extract.values import parse_count
from matching.models import ProbeState


def _real_pages_dir() -> Path:
    env = os.environ.get("BRANDSWEEP_REAL_PAGES")
    if env:
        return Path(env)
    # ../shared beside the checkout (a git worktree may sit one level deeper)
    for parent in Path(__file__).resolve().parents[1].parents:
        candidate = parent / "shared" / "real_pages"
        if (candidate / "MANIFEST.yaml").is_file():
            return candidate
    return Path(__file__).resolve().parents[1].parent / "shared" / "real_pages"


REAL = _real_pages_dir()
needs_shared = pytest.mark.skipif(
    not (REAL / "MANIFEST.yaml").is_file(), reason="real captures (../shared/real_pages) absent"
)

PLATFORM_NAMES = {
    "Instagram": "instagram",
    "TikTok": "tiktok",
    "YouTube": "youtube",
    "X/Twitter": "x",
    "Telegram": "telegram",
    "GitHub": "github",
    "Reddit": "reddit",
    "LinkedIn": "linkedin",
    "Bluesky": "bluesky",
    "Mastodon": "mastodon",
}

# share of ground-truth fields read right, per platform: measured, then held (regressions fail)
FLOORS = {
    "instagram": 1.0,
    "tiktok": 1.0,
    "youtube": 1.0,
    "x": 0.95,  # 2018 legacy page: t.co-annotated bio and a hidden badge template (54/56)
    "telegram": 1.0,
    "github": 1.0,
    "reddit": 1.0,
    "linkedin": 1.0,
    "bluesky": 1.0,
    "mastodon": 1.0,
}


# ----------------------------------------------------------------------------- capture formats


def _responses(fixture: dict, platform) -> list[tuple[str, int, dict, bytes]]:
    """(url, status, headers, body) of the captured answers in one fixture file."""
    path = REAL / fixture["file"]
    name = path.name
    data = path.read_bytes()
    if name.endswith(".vcr.yaml"):
        doc = yaml.safe_load(data)
        out = []
        for inter in doc["interactions"]:
            resp = inter["response"]
            body = resp["body"]["string"]
            body = body if isinstance(body, bytes) else str(body).encode()
            headers = {k: v[0] if isinstance(v, list) else v for k, v in resp["headers"].items()}
            if body[:2] == b"\x1f\x8b":
                body = gzip.decompress(body)
            out.append((inter["request"]["uri"], resp["status"]["code"], headers, body))
        return out
    if name.endswith(".cassette.json"):
        doc = json.loads(data)
        out = []
        for inter in doc["interactions"]:
            resp = inter["response"]
            body = resp["body"].get("string", "")
            headers = {
                k: v[0] if isinstance(v, list) else v for k, v in resp.get("headers", {}).items()
            }
            out.append((inter["request"]["uri"], resp["status"]["code"], headers, body.encode()))
        return out
    if name.endswith(".mock.json"):
        doc = json.loads(data)
        resp = doc["response"]
        headers = {k: v[0] for k, v in resp["responseHeaders"].items() if v}
        return [
            (doc["request"]["url"], resp["responseCode"], headers, resp["responseBody"].encode())
        ]
    if name.startswith("pygithub_"):
        lines = data.decode("utf-8").splitlines()
        url = f"{lines[0]}://{lines[2]}{lines[4]}"
        headers = dict(ast.literal_eval(lines[8]))
        return [(url, int(lines[7]), headers, lines[9].encode())]
    gt = fixture["ground_truth"]
    url = URL_OVERRIDES.get(name) or platform.profile_url(_gt_handle(fixture))
    return [(url, int(gt.get("http_status", 200)), {}, data)]


URL_OVERRIDES = {
    "twscrape_user_about.json": "https://x.com/i/api/graphql/abc/AboutAccountQuery",
    "twscrape_user_by_login_XDevelopers.json": "https://x.com/i/api/graphql/abc/UserByScreenName",
    "twscrape_user_by_login_XDevelopers_legacy_2025-03.json": "https://x.com/i/api/graphql/abc/UserByScreenName",
    "atproto_getFollows_test.marshal.dev.json": "https://public.api.bsky.app/xrpc/app.bsky.graph.getFollows?actor=test.marshal.dev",
    "linkedin-scraper_jeffweiner08_2016.html": "https://www.linkedin.com/in/jeffweiner08",
}


def _gt_handle(fixture: dict) -> str:
    handle = str(fixture["ground_truth"].get("handle", "")).lstrip("@")
    if fixture["file"].startswith("linkedin/") and "/in/" in fixture.get("kind", ""):
        handle = "in/" + handle
    return handle


def _pick(responses, fixture, platform):
    """The captured answer about the fixture's profile (cassettes hold token calls too)."""
    gt = fixture["ground_truth"]
    if gt.get("exists") is False:
        wanted = [r for r in responses if r[1] != 200 or "alert" in gt] or responses
        return wanted[-1]
    for resp in responses:
        if platform.view_for_url(resp[0]) and "access_token" not in resp[0]:
            if "lookup" in resp[0] and "acct=" in resp[0] and gt["handle"] not in resp[0]:
                continue
            return resp
    return responses[-1]


# ----------------------------------------------------------------------------- comparison


def _norm(text: Any) -> str:
    return " ".join(str(text).split()).casefold()


def _url_key(url: str) -> str:
    url = url.strip().split()[0]
    url = re.sub(r"^https?://", "", url).removeprefix("www.")
    return url.split("?")[0].rstrip("/").casefold()


def _first_url(text: str) -> str | None:
    m = re.search(r"(https?://\S+|[\w-]+(?:\.[\w-]+)+/\S*)", text)
    return m.group(1) if m else None


def _count_ok(got: int | None, expected: Any) -> bool:
    if got is None:
        return False
    options = expected if isinstance(expected, list) else [expected]
    for opt in options:
        want = opt if isinstance(opt, int) else parse_count(str(opt))
        if want is not None and abs(got - want) <= max(1, want * 0.01):
            return True  # captures show rounded counts ("783.4K"): 1 % is the same number
    return False


def _bio_ok(got: str | None, expected: str) -> bool:
    if got is None:
        return False
    # Mastodon's truth is the raw HTML note; the extractor rightly returns its text
    g, e = _norm(got), _norm(re.sub(r"<[^>]+>", " ", expected))
    if g == e:
        return True
    # ground truth abridges long bios ("... (Summary section)", "(7 t.co links)")
    head = re.split(r"\.\.\.| \(", e)[0].strip()
    return len(head) >= 15 and g.startswith(head[: max(15, len(head) - 5)])


def score(fixture: dict, read) -> dict[str, bool]:
    """Field name -> whether the extractor got the ground truth right (non-null truths only)."""
    gt = fixture["ground_truth"]
    f = read.fields
    out: dict[str, bool] = {}
    if gt.get("exists") is False:
        out["state"] = read.state is ProbeState.NOT_FOUND
        return out
    out["state"] = read.state is ProbeState.FOUND
    if gt.get("handle"):
        out["handle"] = (read.handle or "").lstrip("@").casefold() == _gt_handle(fixture).casefold()
    if gt.get("display_name"):
        out["display_name"] = _norm(f.display_name or "") == _norm(gt["display_name"])
    if gt.get("bio"):
        out["bio"] = _bio_ok(f.bio, str(gt["bio"]))
    for key, names in (
        ("followers", ("followers", "subscribers", "members")),
        ("following", ("following",)),
        ("posts", ("posts", "tweets", "videos", "public_repos", "repositories", "statuses")),
    ):
        for name in names:
            if gt.get(name) is not None:
                out[key] = _count_ok(getattr(f, key), gt[name])
                break
    verified = gt.get("verified")
    if isinstance(verified, dict):
        verified = verified.get("is_blue_verified")
    if isinstance(verified, bool):
        out["verified"] = f.verified is verified
    if isinstance(gt.get("is_private"), bool):
        out["is_private"] = f.is_private is gt["is_private"]
    if gt.get("external_link"):
        want = _first_url(str(gt["external_link"]))
        out["external_links"] = bool(want) and _url_key(want) in {
            _url_key(u) for u in f.external_links
        }
    if gt.get("avatar_url"):
        want = _first_url(str(gt["avatar_url"]))
        out["avatar_url"] = bool(f.avatar_url and want) and _url_key(f.avatar_url) == _url_key(want)
    for key in ("user_id", "channel_id", "did"):
        if gt.get(key) is not None:
            out["platform_id"] = str(f.platform_id) == str(gt[key])
            break
    return out


# ----------------------------------------------------------------------------- tests


def _fixtures() -> list[dict]:
    if not (REAL / "MANIFEST.yaml").is_file():
        return []
    doc = yaml.safe_load((REAL / "MANIFEST.yaml").read_text(encoding="utf-8"))
    return [fx for fx in doc["fixtures"] if fx["platform"] in PLATFORM_NAMES]


CATALOG = load_catalog()


def _run(fixture: dict):
    platform = CATALOG[PLATFORM_NAMES[fixture["platform"]]]
    url, status, headers, body = _pick(_responses(fixture, platform), fixture, platform)
    handle = None if fixture["ground_truth"].get("exists") is False else _gt_handle(fixture)
    if "lookup?acct=" in url and fixture["ground_truth"].get("exists") is not False:
        handle = fixture["ground_truth"]["handle"]
    return platform, read_profile(platform, url, status, headers, body, handle)


@needs_shared
@pytest.mark.parametrize("fixture", _fixtures(), ids=lambda fx: fx["file"])
def test_fixture_state_and_no_crash(fixture):
    """Every capture is classified right: profiles found, deleted/missing ones not found."""
    _, read = _run(fixture)
    want = (
        ProbeState.NOT_FOUND if fixture["ground_truth"].get("exists") is False else ProbeState.FOUND
    )
    assert read.state is want, (read.state, read.reason, read.evidence)


@needs_shared
def test_mastodon_capture_404_is_not_found():
    fixture = next(fx for fx in _fixtures() if fx["platform"] == "Mastodon")
    platform = CATALOG["mastodon"]
    misses = [r for r in _responses(fixture, platform) if r[1] == 404]
    assert misses
    url, status, headers, body = misses[0]
    read = read_profile(platform, url, status, headers, body, "kljadklajsdkljlkjlkjlkjasdasd")
    assert read.state is ProbeState.NOT_FOUND


@needs_shared
def test_share_of_fields_right_per_platform(capsys):
    totals: dict[str, list[int]] = {}
    wrong: dict[str, list[str]] = {}
    for fixture in _fixtures():
        platform, read = _run(fixture)
        for name, ok in score(fixture, read).items():
            t = totals.setdefault(platform.name, [0, 0])
            t[0] += int(ok)
            t[1] += 1
            if not ok:
                wrong.setdefault(platform.name, []).append(f"{fixture['file']}:{name}")
    lines = ["share of ground-truth fields read right:"]
    for name, (right, total) in sorted(totals.items()):
        lines.append(
            f"  {name:10s} {right}/{total} = {right / total:.0%}  wrong: {wrong.get(name, [])}"
        )
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    for name, (right, total) in totals.items():
        assert right / total >= FLOORS.get(name, 1.0), lines


# ----------------------------------------------------------------------------- project captures
# tests/fixtures/real_captures: real answers from other projects' test fixtures, in the repo
# (MANIFEST.yaml: origin, commit, licence, hand-read truth). Half is held out by repository.


def _eval_extract():
    import importlib.util

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location(
        "eval_extract", root / "benchmarks" / "eval_extract.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_extract", mod)  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return sys.modules["eval_extract"]


def test_project_captures_manifest_is_complete():
    ev = _eval_extract()
    # the manifest is checked, nothing is scored (the wrapper tests' entries too; the synthetic
    # shapes apart: they copy no file, so they name the sources they were written from)
    shapes = ev.load_captures(synthetic=True)
    for cap in shapes:
        assert isinstance(cap.entry["synthetic"], str) and cap.entry["synthetic"].strip(), cap.name
        assert cap.entry["kind"].startswith("synthetic from "), cap.name
        assert cap.entry["heldout"] is False and "origin" not in cap.entry, cap.name
        assert cap.entry["batch"] == "2026-12-07-s22-shapes", cap.name
        assert cap.name.startswith("shapes/"), cap.name
        assert cap.truth.get("state") in ("found", "not_found", "unverifiable"), cap.name
    assert "2026-12-07-s22-shapes" not in ev.batches()
    captures = ev.load_captures(sealed=True, wrappers=None)
    assert len(captures) >= 30
    assert not any(cap.entry.get("synthetic") for cap in captures)
    for cap in captures:
        origin = cap.entry["origin"]
        assert {"repository", "path", "commit", "licence"} <= set(origin), cap.name
        assert re.fullmatch(r"[0-9a-f]{40}", origin["commit"]), cap.name
        assert cap.truth.get("state") in ("found", "not_found", "unverifiable"), cap.name
        assert isinstance(cap.entry.get("heldout"), bool), cap.name
    # held out by repository: no repository gives files to both halves
    halves: dict[str, set[bool]] = {}
    for cap in captures:
        halves.setdefault(cap.entry["origin"]["repository"], set()).add(cap.entry["heldout"])
    assert all(len(v) == 1 for v in halves.values()), halves
    assert {True, False} <= {cap.entry["heldout"] for cap in captures}
    # a batch comes from repositories no other entry drew from, and is wholly held out or
    # wholly for tuning (a tuning batch is scored blind once, then tuned on)
    batch_of: dict[str, set[str]] = {}
    halves_of_batch: dict[str, set[bool]] = {}
    for cap in captures:
        repo = cap.entry["origin"]["repository"]
        batch_of.setdefault(repo, set()).add(str(cap.entry.get("batch")))
        if cap.entry.get("batch"):
            halves_of_batch.setdefault(str(cap.entry["batch"]), set()).add(cap.entry["heldout"])
    assert all(len(v) == 1 for v in batch_of.values()), batch_of
    assert all(len(v) == 1 for v in halves_of_batch.values()), halves_of_batch


# tuning batches (``batch:`` with ``heldout: false``) whose first, blind run is recorded in the
# README and whose misses were fixed: only these are held at the floor. A tuning batch that has
# just arrived is reported, not asserted, until then (its collectors land it before any fix).
# (the lead designated 2026-12-05-s4-tuning for tuning after its blind run; its collector marked
# it heldout: true like every repository outside the old set, so it is named here by batch)
TUNED_BATCHES: frozenset[str] = frozenset({"2026-12-05-s4-tuning", "2026-12-05-s4-blind",
                                            "2026-12-06-s5c-blind", "2026-12-06-s5d-blind",
                                            "2026-12-06-s6e-blind", "2026-12-06-s6f-blind",
                                            "2026-12-06-s7-extract8",
                                            "2026-12-06-s7g-blind", "2026-12-06-s7h-blind",
                                            "2026-12-06-s13s-blind", "2026-12-06-s13t-blind",
                                            "2026-12-06-s14u-blind",
                                            "2026-12-06-s14v-blind",
                                            "2026-12-07-s15w-blind", "2026-12-07-s15x-blind",
                                            "2026-12-07-s16y-blind", "2026-12-07-s16z-blind",
                                            "2026-12-07-s17aa-blind",
                                            "2026-12-07-s18ab-blind", "2026-12-07-s18ac-blind",
                                            "2026-12-07-s19ad-blind",
                                            "2026-12-07-s20ae-blind",
                                            "2026-12-07-s21af-blind",
                                            "2026-12-07-s22ag-blind",
                                            "2026-12-07-s23ai-blind",
                                            "2026-12-06-s8-extract9",
                                            "2026-12-06-s8i-blind", "2026-12-06-s8j-blind",
                                            "2026-12-06-s9-extract11",
                                            "2026-12-06-s9k-blind", "2026-12-06-s9l-blind",
                                            "2026-12-06-s10m-blind", "2026-12-06-s10n-blind",
                                            "2026-12-06-s11-extract14",
                                            "2026-12-06-s11o-blind", "2026-12-06-s11p-blind",
                                            "2026-12-06-s12q-blind", "2026-12-06-s12r-blind"})


def test_project_tuning_captures_read_right(capsys):
    """The captures the extractors were tuned on: >= 95 % of fields and of states right."""
    ev = _eval_extract()
    captures = [
        cap for cap in ev.load_captures(heldout=False)
        if not cap.entry.get("batch") or cap.entry["batch"] in TUNED_BATCHES
    ]
    result = ev.evaluate(captures)
    lines = ev.report("tuning captures", result, misses=True)
    fresh = sorted({str(c.entry["batch"]) for c in ev.load_captures(heldout=False)
                    if c.entry.get("batch") and c.entry["batch"] not in TUNED_BATCHES})
    for batch in fresh:
        batch_caps = ev.load_captures(batch=batch)
        lines += ev.report(ev.batch_title(batch, batch_caps) + " (not yet tuned: not asserted)",
                           ev.evaluate(batch_caps))
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    total = result["*"]
    assert ev.Tally.share(total.fields) >= 0.95, lines
    assert ev.Tally.share(total.states) >= 0.95, lines


@pytest.mark.parametrize("batch", sorted(TUNED_BATCHES))
def test_tuned_batches_stay_read_right(batch, capsys):
    """A batch tuned on after its blind run (README records that run) stays at >= 95 % of
    fields and of states, whichever half its manifest entries are in."""
    ev = _eval_extract()
    captures = ev.load_captures(batch=batch)
    assert captures, f"no capture has batch: {batch}"
    result = ev.evaluate(captures)
    lines = ev.report(f"tuned batch {batch}", result)
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert ev.Tally.share(result["*"].fields) >= 0.95, lines
    assert ev.Tally.share(result["*"].states) >= 0.95, lines


@pytest.mark.parametrize("generic", [False, True], ids=["full", "generic_only"])
def test_every_wrapper_reads_as_its_base(generic):
    """The wrapper tests (a capture's real body wrapped as cassettes, recordings and tests in
    a dozen languages keep answers: benchmarks/wrap_captures.py) are read field by field as
    their base is, by the full reader and by the generic layers alone; the files are what
    their recipes write."""
    ev = _eval_extract()
    captures = ev.load_captures(wrappers=True)
    assert len(captures) >= 40
    assert {c.entry["wrapper"] for c in captures} >= {"ts_object_literal", "go_raw_string",
                                                       "python_split_lines", "pollyjs_har"}
    assert ev.wrapper_differences(captures, generic) == []
    if not generic:
        import importlib.util

        root = Path(__file__).resolve().parents[1]
        spec = importlib.util.spec_from_file_location("wrap_captures",
                                                      root / "benchmarks" / "wrap_captures.py")
        assert spec is not None and spec.loader is not None
        wrap = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(wrap)
        assert wrap.main(["--check"]) == 0


@pytest.mark.parametrize("generic", [False, True], ids=["full", "generic_only"])
def test_synthetic_shapes_of_2024_2026_read_right(generic, capsys):
    """The shapes platforms answer with in 2024-2026, written by hand from their documented or
    coded shapes (batch 2026-12-07-s22-shapes: no captures, in no capture figure): every field
    read right by the full reader, and at least 98 % by the generic layers alone."""
    ev = _eval_extract()
    captures = ev.load_captures(synthetic=True)
    assert len(captures) >= 30
    result = ev.evaluate(captures, generic)
    lines = ev.report(f"synthetic shapes{' (generic only)' if generic else ''}", result,
                      misses=True)
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    floor = 0.98 if generic else 1.0
    assert ev.Tally.share(result["*"].fields) >= floor, lines
    assert ev.Tally.share(result["*"].states) >= floor, lines


def test_project_heldout_captures_are_reported(capsys):
    """Held-out captures are read and reported (each set was scored blind once before any
    fix; the figures go to the README): this test only checks that every one of them is read
    without error."""
    ev = _eval_extract()
    captures = ev.load_captures(heldout=True)
    result = ev.evaluate(captures)
    lines = ev.report("held-out captures (scored blind once, then fixed)", result)
    for batch in ev.batches():
        batch_caps = ev.load_captures(heldout=True, batch=batch)
        if batch_caps:
            lines += ev.report(ev.batch_title(batch, batch_caps), ev.evaluate(batch_caps))
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert result["*"].states[1] == len(captures)
    catalog = load_catalog()
    for cap in captures:
        assert ev.read_capture(cap, catalog).reason != "extractor_error", cap.name


def test_sealed_batches_are_left_out_unless_asked(tmp_path):
    """A sealed held-out batch is scored once, on purpose (``eval_extract.py --sealed``): the
    held-out totals, the per-batch reports and the tests leave it out."""
    ev = _eval_extract()
    (tmp_path / "a.json").write_text('{"login": "a", "id": 1}')
    (tmp_path / "b.json").write_text('{"login": "b", "id": 2}')
    entry = {"platform": "github", "format": "raw", "heldout": True, "truth": {"state": "found"},
             "origin": {"repository": "r", "path": "p", "commit": "0" * 40, "licence": "MIT"}}
    doc = {"fixtures": [{**entry, "file": "a.json", "batch": "2026-01-01"},
                        {**entry, "file": "b.json", "batch": "sealed-2026-01-02"}]}
    (tmp_path / "MANIFEST.yaml").write_text(yaml.safe_dump(doc))
    assert [c.name for c in ev.load_captures(tmp_path, heldout=True)] == ["a.json"]
    assert [c.name for c in ev.load_captures(tmp_path, sealed=True)] == ["a.json", "b.json"]
    assert [c.name for c in ev.load_captures(tmp_path, batch="sealed-2026-01-02")] == ["b.json"]
    assert ev.batches(tmp_path) == ["2026-01-01"]
    assert ev.batches(tmp_path, sealed=True) == ["2026-01-01", "sealed-2026-01-02"]


def test_a_raw_file_holding_a_whole_http_message_is_scored_as_extract_reads_it(tmp_path):
    """A saved answer with its status line and headers (``curl -i``; WebMock's and XRay's test
    data) is read as ``brandsweep extract`` reads the file: the status and headers from the
    message, the body after them; a bare body keeps the manifest's url and status."""
    ev = _eval_extract()
    message = tmp_path / "m.json"
    message.write_bytes(b"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n\r\n"
                        b'{"message": "Not Found"}')
    bare = tmp_path / "b.json"
    bare.write_bytes(b'{"login": "a", "id": 1}')
    entry = {"format": "raw", "url": "https://api.github.com/users/a", "status": 200}
    got = ev.answer_of(message, entry)
    assert got.status == 404 and got.body == b'{"message": "Not Found"}'
    assert got.headers.get("content-type", got.headers.get("Content-Type")) == "application/json"
    assert got.url == "https://api.github.com/users/a"
    plain = ev.answer_of(bare, entry)
    assert plain.status == 200 and plain.body == b'{"login": "a", "id": 1}'
    # a cassette whose answers cannot be unpacked is one opaque body, not a scorer's error
    odd = ev.answer_of(bare, {**entry, "format": "vcr", "interaction": 3})
    assert odd.body == b'{"login": "a", "id": 1}' and odd.status == 200


def _warc_record(kind: str, url: str, block: bytes) -> bytes:
    import gzip as _gzip

    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {url}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return _gzip.compress(head + block + b"\r\n\r\n")  # a .warc.gz: one member a record


def test_a_gzip_kept_recording_is_scored_as_extract_reads_it(tmp_path):
    """A harvester's .warc.gz (format gzip) holds the profile lookup and then the timeline
    pages it fetched: the scorer reads the answer ``brandsweep extract`` reads (the lookup),
    not the last record (an empty timeline page)."""
    ev = _eval_extract()
    lookup = "https://api.twitter.com/1.1/users/lookup.json?screen_name=plumwren"
    timeline = "https://api.twitter.com/1.1/statuses/user_timeline.json?user_id=77&max_id=5"
    http = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n"
    data = (_warc_record("warcinfo", "", b"software: made-up")
            + _warc_record("response", lookup, http + b'[{"id": 77, "screen_name": "plumwren"}]')
            + _warc_record("response", timeline, http + b"[]"))
    path = tmp_path / "h.warc.gz"
    path.write_bytes(data)
    got = ev.answer_of(path, {"format": "gzip", "platform": "x", "url": lookup})
    assert got.url == lookup and b"plumwren" in got.body


def test_handles_are_scored_as_the_platform_compares_them():
    """Facebook ignores dots in user names: the canonical 'lakesidebakery' is 'Lakeside.Bakery';
    other letters still differ, and case never counts."""
    ev = _eval_extract()
    assert ev.same_handle("facebook", "lakesidebakery", "Lakeside.Bakery")
    assert not ev.same_handle("facebook", "lakesidebakery", "Lakeside.Bakers")
    assert ev.same_handle("x", "@NordicRail", "nordicrail")
    assert not ev.same_handle("x", None, "nordicrail")
    # a truth written as the profile URL's path: LinkedIn company pages are named bare
    assert ev.same_handle("linkedin", "harbour-ferry", "company/harbour-ferry")
    assert not ev.same_handle("linkedin", "harbour-ferry", "company/harbour-ferries")
    assert ev.same_handle("linkedin", "in/maja-lind", "in/maja-lind")
    # a fediverse account's bare acct, as its own server answers it, names it on that server
    assert ev.same_handle("mastodon", "wren@toot.example", "wren", "https://toot.example/api/v1/accounts/1")
    assert not ev.same_handle("mastodon", "wren@toot.example", "wren", "https://other.example/api/v1/accounts/1")
    assert not ev.same_handle("mastodon", "wren@toot.example", "wren")


def test_ablation_switches_every_platform_rule_off():
    """``eval_extract.py --generic-only`` keeps what says whose a page is (hosts, URL patterns,
    handle rules) and drops every reading rule, so a found GitHub answer is read by the generic
    layers alone (and still found), and no platform keeps a page-object class."""
    ev = _eval_extract()
    catalog = load_catalog()
    bare = ev.generic_only(catalog)
    assert set(bare) == set(catalog)
    for name, platform in bare.items():
        assert platform.extractor is None, name
        assert platform.hosts == catalog[name].hosts
        for view in platform.views.values():
            assert not (view.found or view.not_found or view.unverifiable or view.fields), name
    body = b'{"login": "nordicrail", "id": 77, "name": "Nordic Rail", "followers": 12}'
    url = "https://api.github.com/users/nordicrail"
    generic = read_profile(bare["github"], url, 200, {}, body)
    assert generic.state is ProbeState.FOUND
    assert generic.evidence["layers"]["display_name"] == "api"
    assert generic.fields.display_name == "Nordic Rail" and generic.fields.followers == 12


def test_gap_line_puts_the_generic_figure_beside_the_full_one():
    """``eval_extract.py --gap``: one line per platform with the full reader's figure, the
    generic layers' alone and the points between them ('-' when both read the same)."""
    ev = _eval_extract()
    full = {"linkedin": ev.Tally([9, 10], [2, 2]), "x": ev.Tally([4, 4], [1, 1])}
    full["*"] = ev.Tally([13, 14], [3, 3])
    generic = {"linkedin": ev.Tally([6, 10], [1, 2]), "x": ev.Tally([4, 4], [1, 1])}
    generic["*"] = ev.Tally([10, 14], [2, 3])
    lines = ev.gap_report("set", full, generic)
    row = {line.split()[0]: line for line in lines[2:]}
    assert list(row) == ["linkedin", "x", "all"]
    assert "9/10" in row["linkedin"] and "6/10" in row["linkedin"]
    assert "30pp" in row["linkedin"] and "1/2" in row["linkedin"]
    assert row["x"].split()[5] == "-"
    assert "21pp" in row["all"]
    assert ev.gap_report("absent", None, None) == ["absent: absent (skipped)"]


def test_gap_misses_list_what_the_platform_rules_cost():
    """``--gap --misses``: under a platform, the misses of the full reader the generic layers
    alone did not make (a rule that decided wrong on a shape it was not written for); never
    under a sealed batch."""
    ev = _eval_extract()
    full = ev.Tally([1, 4], [0, 1], ["a.html:state (read unverifiable/not_a_profile)", "a.html:bio",
                                     "b.json:followers"])
    generic = ev.Tally([3, 4], [1, 1], ["b.json:followers"])
    assert ev.rules_cost(full, generic) == ["a.html:state (read unverifiable/not_a_profile)",
                                            "a.html:bio"]
    lines = ev.gap_report("set", {"youtube": full, "*": full}, {"youtube": generic, "*": generic},
                          misses=True)
    assert [line.strip() for line in lines if "rules cost" in line] == [
        "rules cost: a.html:state (read unverifiable/not_a_profile)", "rules cost: a.html:bio"]
    sealed = ev.gap_report("held-out batch sealed-x", {"youtube": full}, {"youtube": generic},
                           misses=True)
    assert not [line for line in sealed if "rules cost" in line]
