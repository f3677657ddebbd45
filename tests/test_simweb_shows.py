"""The fast evaluation's ideal observation gives a profile exactly the counts, flags and dates a
perfect crawl of simweb's page of it reads, no more: each platform's answer is rendered
in-process (``App.handle``, no socket), read by brandsweep's own extractor as the crawl reads it
(the catalog's probe, then its second view), and compared field by field with
``benchmarks/eval_matching.world_observations``. Both sides follow ``simweb/shows.py``; this
fails when either drifts from the page (a date the page does not carry, a count it does)."""

from __future__ import annotations

import dataclasses
import importlib.util
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from crawler.catalog import load_catalog
from crawler.extract import read_profile
from simweb import load_world
from simweb.http import Request
from simweb.server import App
from simweb.shows import COUNTED, DATES, FLAGS, SHOWS, date_form, shows
from simweb.world import WorldProfile

ROOT = Path(__file__).resolve().parents[1]


def _eval_matching():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("eval_matching",
                                                  ROOT / "benchmarks" / "eval_matching.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


EM = _eval_matching()
DEMO = load_world()
CASES = [("instagram", "user"), ("instagram", "organization"), ("facebook", "organization"),
         ("facebook", "user"), ("facebook", "group"), ("tiktok", "user"),
         ("youtube", "channel"), ("telegram", "channel"), ("telegram", "group"),
         ("telegram", "user"), ("github", "user"), ("github", "organization"),
         ("bluesky", "user"), ("mastodon", "user"), ("pinterest", "user"), ("reddit", "group")]


def _profile(platform: str, kind: str, posts: int) -> WorldProfile:
    # (a Reddit user is refused to every crawler: its subreddit, r/<name>, is served)
    handle = {"bluesky": "harbourferry.bsky.social", "reddit": "r/harbourferry"}.get(platform,
                                                                                  "harbourferry")
    return WorldProfile(platform, handle, display_name="Harbour Ferry", bio="Ferries since 1921.",
                        followers=4321, following=65, posts=posts, verified=True,
                        links=("https://harbourferry.example/",),
                        verified_links=("https://harbourferry.example/",), created_at="2019-05-04",
                        last_active_at="2024-02-10", kind=kind, indexed_by=("web_search",))


def _fetch(app: App, url: str, headers: dict[str, str]):  # type: ignore[no-untyped-def]
    """GET ``url`` from the simulated web, following redirects as the crawl does."""
    for _ in range(5):
        parts = urlsplit(url)
        resp = app.handle(Request("GET", parts.hostname or "", parts.path or "/",
                                  parse_qs(parts.query),
                                  {k.lower(): v for k, v in headers.items()}
                                  | {"user-agent": "tests"}))
        if resp.status not in (301, 302, 303, 307, 308):
            return url, resp
        url = resp.headers["Location"]
    raise AssertionError(f"redirect loop at {url}")


def _crawled(app: App, p: WorldProfile):  # type: ignore[no-untyped-def]
    """The fields the crawl reads of ``p``: its probe, then the platform's second view when it
    has one (whose fields replace the probe's, as ``crawler.spiders.enrich`` does)."""
    platform = load_catalog()[p.platform]
    probe = platform.probe_request(p.handle)
    assert probe is not None, p.platform
    url, resp = _fetch(app, probe["url"], probe["headers"])
    read = read_profile(platform, url, resp.status, resp.headers, resp.body, p.handle)
    second = platform.enrich_url(p.handle)
    if second and second != url and platform.enrich_view:
        view = platform.views[platform.enrich_view]
        url, resp = _fetch(app, second, dict(view.headers))
        read = read_profile(platform, url, resp.status, resp.headers, resp.body, p.handle)
    assert str(read.state) == "found", (p.platform, read.reason)
    return read.fields


def _day(value: object) -> datetime:
    return datetime.fromisoformat(str(value).replace("Z", "+00:00")[:10])


@pytest.mark.parametrize("posts", [89, 0])
@pytest.mark.parametrize(("platform", "kind"), CASES, ids=[f"{p}-{k}" for p, k in CASES])
def test_the_ideal_observation_gives_exactly_what_the_page_carries(platform, kind, posts):
    p = _profile(platform, kind, posts)
    world = dataclasses.replace(DEMO, profiles=[p], deleted=[], sites=[])
    ideal = EM.world_observations(world, EM._rules())[0][0].fields
    crawled = _crawled(App(world), p)
    # the links: every platform here shows them (a website field, or a description that
    # carries them where the platform has no such field: Telegram, Bluesky)
    assert set(ideal.external_links) <= {u.rstrip("/") + "/" for u in crawled.external_links}
    # the bio as the page shows it (Telegram, Bluesky: with the links' lines)
    assert " ".join(str(ideal.bio).split()) == " ".join(str(crawled.bio).split())
    # links the platform verified: only Mastodon's reader takes them (verified_at)
    assert set(ideal.verified_links) == {u.rstrip("/") + "/" for u in crawled.verified_links}
    assert bool(ideal.verified_links) == shows(platform, kind, "verified_links")
    for name in (*COUNTED, *FLAGS, *DATES):
        want, got = getattr(ideal, name), getattr(crawled, name)
        assert (want is None) == (got is None), (
            f"{platform} ({kind}): the ideal observation gives {name}={want!r}, the page "
            f"read {got!r}: simweb/shows.py and the renderer disagree")
        assert (want is not None) == shows(platform, kind, name, posts)
        if name in FLAGS and want is not None:
            assert want == got, (platform, kind, name, want, got)  # a badge the page shows
        if name in COUNTED and want is not None:
            assert abs(want - got) <= want / 20, (platform, name, want, got)  # "4.3K"
        if name in DATES and want is not None:
            # the same day as the crawl reads (a relative date: the same reading of the same
            # floored text, give or take the seconds the simulated clock ran)
            slack = timedelta(days=1 if date_form(platform, name) == "ago" else 0)
            assert abs(_day(want) - _day(got)) <= slack, (platform, name, want, got)


def test_the_table_hides_the_dates_real_anonymous_pages_lack():
    """The dates the real anonymous pages do not show (issue #11): no creation date on
    Instagram or YouTube, no last activity on Facebook, no date at all on Telegram, and no
    last activity without a post where it is the newest post's date."""
    assert not shows("instagram", "user", "created_at")
    assert not shows("youtube", "channel", "created_at")
    assert not shows("facebook", "organization", "last_active_at")
    assert not any(shows("telegram", kind, d) for kind in ("channel", "group", "user")
                   for d in DATES)
    assert not shows("instagram", "user", "last_active_at", posts=0)
    assert shows("instagram", "user", "last_active_at", posts=3)
    assert not shows("myspace", "user", "followers")  # not in the table: nothing shown
    assert {p for p, _ in CASES} == set(SHOWS)  # every platform of the table is checked above


@pytest.mark.parametrize(("moved_to", "instance", "want"), [
    ("harbourferrynew@mas.to", "mas.to", "harbourferrynew@mas.to"),  # to another server
    ("harbourferrynew", "mastodon.social", "harbourferrynew"),  # on the default server: bare
    (None, "mastodon.social", None),  # an account that did not move names none
])
def test_the_ideal_observation_names_the_account_a_mastodon_account_moved_to(moved_to, instance,
                                                                           want):
    # the old account keeps its profile and names the new one (the lookup API's ``moved``):
    # the crawl reads it as ``fields.moved_to`` and matching calls a declared one missing, so
    # the fast evaluation's observation must carry it in the same form
    old = dataclasses.replace(_profile("mastodon", "user", 89), moved_to=moved_to)
    new = dataclasses.replace(_profile("mastodon", "user", 3), handle="harbourferrynew",
                              instance=instance)
    world = dataclasses.replace(DEMO, profiles=[old, new], deleted=[], sites=[])
    ideal = EM.world_observations(world, EM._rules())[0][0].fields
    crawled = _crawled(App(world), old)
    assert ideal.moved_to == crawled.moved_to == want
