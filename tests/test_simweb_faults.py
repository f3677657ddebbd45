"""The worked examples of profile faults (simweb/examples/faults/) say what they do (#11).

Authors of labelled worlds copy them: each answer the world's comment promises is checked over
real HTTP against the local server, each expected class against ``World.expected_class``, and
an audit of the world (fast and end to end) must report every profile's expected class, or the
examples teach the wrong label.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from simweb import SimWeb, load_world
from tests.test_simweb import fetch

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "simweb" / "examples" / "faults"
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_worlds as EW  # noqa: E402

#: (platform, handle) -> the class an honest audit reports, as the world's comment says
EXPECTED = {
    ("instagram", "quillonropes"): "official",
    ("instagram", "quillonropes.help"): "unverified",  # login wall
    ("facebook", "quillonropes"): "unverified",  # login wall on a declared page
    ("facebook", "quillonropes.careers"): "official_unlisted",  # bot block, site-linked own
    ("tiktok", "quillonropes"): "unverified",  # JavaScript shell
    ("github", "quillonropes"): "official",  # 429 once, then the page
    ("instagram", "quillonropes.shop"): "unverified",  # 429 always
    ("reddit", "r/quillonropes"): "official",  # private subreddit, declared
    ("reddit", "r/quillonropesjobs"): "official_unlisted",  # private, undeclared, site-linked
}


def test_the_examples_expected_classes_are_the_worlds_rule() -> None:
    world = load_world(FOLDER / "world.yaml")
    got = {(p.platform, p.handle.lower()): world.expected_class(p) for p in world.profiles}
    assert got == EXPECTED
    assert {(d.platform, d.handle): world.expected_deleted(d) for d in world.deleted} == {
        ("instagram", "quillonropes_uk"): "missing", ("youtube", "QuillonRopesTV"): "missing",
        ("linkedin", "quillon-ropes-ltd"): "unverified"}


def test_each_fault_is_answered_as_the_example_says() -> None:
    with SimWeb(load_world(FOLDER / "world.yaml")) as web:
        # login wall: a redirect to the login page
        status, h, _ = fetch(web, "https://www.instagram.com/quillonropes.help/")
        assert status == 302 and "/accounts/login/" in h["location"]
        status, h, _ = fetch(web, "https://www.facebook.com/quillonropes")
        assert status == 302 and "/login/" in h["location"]
        # bot block: Facebook's error page
        status, _, body = fetch(web, "https://www.facebook.com/quillonropes.careers")
        assert status == 400 and b"Sorry, something went wrong." in body
        # JavaScript shell: 200, TikTok's frame, no user in it
        status, _, body = fetch(web, "https://www.tiktok.com/@quillonropes")
        assert status == 200 and b"Make Your Day" in body and b'"uniqueId"' not in body
        # 429 once: GitHub's API says the quota is spent and when to ask again, then answers
        status, h, _ = fetch(web, "https://api.github.com/users/quillonropes")
        assert status == 403 and h["x-ratelimit-remaining"] == "0" and h["retry-after"] == "1"
        status, _, body = fetch(web, "https://api.github.com/users/quillonropes")
        assert status == 200 and json.loads(body)["login"] == "quillonropes"
        # 429 always
        for _ in range(2):
            status, h, _ = fetch(web, "https://www.instagram.com/quillonropes.shop/")
            assert status == 429 and h["retry-after"] == "3600"
        # soft 404: a deleted account's handle answers 200 with Instagram's not-found page
        status, _, body = fetch(web, "https://www.instagram.com/quillonropes_uk/")
        assert status == 200 and b"Sorry, this page isn't available." in body
        # hard 404
        status, _, body = fetch(web, "https://www.youtube.com/@QuillonRopesTV")
        assert status == 404 and b"This page isn't available" in body
        # private subreddit: 403, reason private
        status, _, body = fetch(web, "https://www.reddit.com/r/QuillonRopes/about.json")
        assert status == 403 and json.loads(body)["reason"] == "private"


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["fast", "e2e"])
def test_an_audit_of_the_examples_reports_each_expected_class(mode: str) -> None:
    (folder,) = EW.world_folders([FOLDER])
    score = EW.fast(folder) if mode == "fast" else EW.e2e(folder)
    got = {k: pred for k, (_true, pred) in score.by_profile.items()}
    want = {k: true for k, (true, _pred) in score.by_profile.items()}
    assert len(want) == len(EXPECTED) + 3  # every profile, and the three deleted ones
    assert score.unreachable == 0 and got == want, (score.unreachable, score.errors())
