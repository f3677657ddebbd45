"""The simulated web keeps one clock, its world's: the ``Date`` header and the relative dates
its pages show ("3 weeks ago") both count from the world's ``now:`` (plus the time the server
has run), so an audit reads the same absolute dates whatever day the machine's calendar says.
Pure: ``App.handle`` without a socket, the extractor on the answer."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

import pytest

from crawler.catalog import load_catalog
from crawler.extract import read_profile
from simweb import load_world
from simweb.http import Request
from simweb.server import App

NOW = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)  # far from the machine's calendar


def _world(last_active: str = "2025-03-07"):
    world = load_world()
    profiles = [dataclasses.replace(p, last_active_at=last_active, posts=max(p.posts, 1))
                if (p.platform, p.handle) == ("youtube", "northwindcoffee") else p
                for p in world.profiles]
    return dataclasses.replace(world, now=NOW.isoformat(), profiles=profiles)


def _get(app: App, host: str, path: str):
    return app.handle(Request("GET", host, path, {}, {"user-agent": "tests"}))


def _date(resp) -> datetime:
    return parsedate_to_datetime(resp.headers["Date"])


def test_date_header_is_the_worlds_clock_not_the_machines():
    app = App(_world())
    for host, path in (("www.youtube.com", "/@northwindcoffee"),
                       ("www.instagram.com", "/nobody-here/"), ("html.duckduckgo.com", "/html/")):
        when = _date(_get(app, host, path))
        assert NOW <= when <= NOW + timedelta(minutes=1), (host, when)


def test_the_clock_runs_from_now_and_restarts_with_a_new_world(monkeypatch):
    ticks = iter([100.0, 100.0, 190.0, 500.0, 560.0])
    monkeypatch.setattr("simweb.server.time.monotonic", lambda: next(ticks))
    app = App(_world())  # anchored at tick 100
    assert app.clock() == NOW
    assert app.clock() == NOW + timedelta(seconds=90)
    later = dataclasses.replace(_world(), now="2025-06-01T00:00:00+00:00")
    app.world = later  # anchored at tick 500
    assert app.clock() == datetime(2025, 6, 1, 0, 1, tzinfo=UTC)


@pytest.mark.parametrize(("last_active", "expected"), [
    ("2025-03-07T09:00:00+00:00", "2025-03-07"),  # "3 days ago"
    ("2023-03-11T09:00:00+00:00", "2023-03-11"),  # "2 years ago" (730 days)
])
def test_relative_dates_read_back_as_the_right_absolute_date(last_active, expected):
    app = App(_world(last_active))
    resp = _get(app, "www.youtube.com", "/@northwindcoffee")
    read = read_profile(load_catalog()["youtube"], "https://www.youtube.com/@northwindcoffee",
                        resp.status, resp.headers, resp.body, "northwindcoffee")
    assert str(read.fields.last_active_at)[:10] == expected
    assert read.evidence["relative_dates_from"] == "date_header"
