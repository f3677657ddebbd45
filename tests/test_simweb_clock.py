"""The simulated web keeps one clock, its world's: the ``Date`` header and the relative dates
its pages show ("3 weeks ago") both count from the world's ``now:`` (plus the time the server
has run), so an audit reads the same absolute dates whatever day the machine's calendar says.
Relative dates are floored as platforms floor them ("1 year ago" for one year to just under
two) and read back as the middle of what they can mean (``crawler/extract/dates.py``).
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


def _read_back(last_active: str):
    app = App(_world(last_active))
    resp = _get(app, "www.youtube.com", "/@northwindcoffee")
    read = read_profile(load_catalog()["youtube"], "https://www.youtube.com/@northwindcoffee",
                        resp.status, resp.headers, resp.body, "northwindcoffee")
    assert read.evidence["relative_dates_from"] == "date_header"
    return datetime.fromisoformat(str(read.fields.last_active_at))


@pytest.mark.parametrize(("last_active", "shown", "expected"), [
    # the page floors ("3 days ago" for 3 days and 0 hours); the reader takes the middle of
    # what the text can mean, 3.5 days: never more than half a unit from the truth
    ("2025-03-07T09:00:00+00:00", "3 days ago", NOW - timedelta(days=3.5)),
    ("2023-03-11T09:00:00+00:00", "2 years ago", NOW - timedelta(days=2.5 * 365)),
    # 700 days: "1 year ago", read as 547.5 days, past a year (the truth is too)
    ("2023-04-10T09:00:00+00:00", "1 year ago", NOW - timedelta(days=1.5 * 365)),
    # 364 days: not yet a year: "11 months ago", read as 345 days
    ("2024-03-11T09:00:00+00:00", "11 months ago", NOW - timedelta(days=11.5 * 30)),
])
def test_relative_dates_are_floored_and_read_back_as_the_middle_of_their_interval(
        last_active, shown, expected):
    page = _get(App(_world(last_active)), "www.youtube.com", "/@northwindcoffee").body.decode()
    assert f'"simpleText":"{shown}"' in page
    assert abs(_read_back(last_active) - expected) < timedelta(minutes=1)


@pytest.mark.parametrize("days", [1, 6, 7, 29, 30, 200, 364, 365, 366, 500, 729, 730, 1200, 4000])
def test_the_read_back_is_within_half_a_unit_of_the_truth_and_on_its_side_of_a_year(days):
    truth = NOW - timedelta(days=days)
    read = _read_back(truth.isoformat())
    unit = 365 if days >= 365 else 30 if days >= 30 else 7 if days >= 7 else 1
    # floored text, middle reading: within one unit of the truth ("11 months ago" stands for
    # 330 to 364 days), and a year of silence reads as one ("more than a year" tests agree)
    assert abs(read - truth) <= timedelta(days=unit, minutes=1)
    assert ((NOW - read).days > 365) == (days >= 365)


@pytest.mark.parametrize(("days", "text"), [
    (0.5, "12 hours ago"), (1, "1 day ago"), (6.9, "6 days ago"), (7, "1 week ago"),
    (29, "4 weeks ago"), (30, "1 month ago"), (59, "1 month ago"), (364, "11 months ago"),
    (365, "1 year ago"), (729, "1 year ago"), (730, "2 years ago"),
])
def test_simweb_floors_relative_dates_as_platforms_do(days, text):
    """Never rounded up: '1 year ago' from 365 to 729 days, '11 months ago' until a full year."""
    from simweb.shows import ago_text

    assert ago_text(days * 86400) == text
