"""The platform catalog: loading, validation errors people can act on, overrides, URL matching."""

from __future__ import annotations

import textwrap

import pytest

from crawler.catalog import CatalogError, load_catalog
from matching.models import HandleRule

REQUIRED = {
    "instagram",
    "facebook",
    "tiktok",
    "linkedin",
    "x",
    "youtube",
    "telegram",
    "github",
    "reddit",
    "mastodon",
    "bluesky",
    "pinterest",
    "threads",
}


@pytest.fixture(scope="module")
def cat():
    return load_catalog()


def write(tmp_path, text, name="extra.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


# ----------------------------------------------------------------------------- built-in entries


def test_builtin_has_every_required_platform(cat):
    assert set(cat) >= REQUIRED
    rules = cat.rules()
    assert isinstance(rules["instagram"], HandleRule)
    assert rules["facebook"].ignore_chars == "."


def test_probe_and_profile_urls(cat):
    # no GITHUB_TOKEN in the tests' environment: the public profile page (the API with one)
    assert cat["github"].probe_url("OctoCat") == "https://github.com/octocat"
    assert cat["github"].profile_url("octocat") == "https://github.com/octocat"
    assert cat["instagram"].profile_url("nwc") == "https://www.instagram.com/nwc/"
    assert cat["bluesky"].probe_url("northwind") == (
        "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=northwind.bsky.social"
    )
    assert (
        cat["mastodon"].probe_url("nwc")
        == "https://mastodon.social/api/v1/accounts/lookup?acct=nwc"
    )
    assert cat["mastodon"].probe_url("nwc@fosstodon.org").startswith("https://fosstodon.org/api/")
    assert (
        cat["tiktok"].probe_url("nwc")
        == "https://www.tiktok.com/oembed?url=https://www.tiktok.com/@nwc"
    )
    assert (
        cat["x"].probe_url("NWC")
        == "https://api.x.com/i/users/username_available.json?username=nwc"
    )
    assert cat["x"].enrich_url("NWC") == "https://x.com/nwc"
    assert cat["youtube"].probe_url("nwc") == "https://www.youtube.com/@nwc"
    assert (
        cat["youtube"]
        .profile_url("UCzcRQ3vRNr6fJ1A9rqFn7QA")
        .endswith("/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA")
    )
    assert cat["telegram"].probe_url("nwcoffee") == "https://t.me/nwcoffee"
    assert cat["linkedin"].probe_url("northwind-coffee") is None
    assert "999" in (cat["linkedin"].probe_reason or "")
    assert not cat["linkedin"].probe_possible
    assert cat["linkedin"].web_search_site == "linkedin.com/company"
    assert cat["linkedin"].profile_url("in/jdoe") == "https://www.linkedin.com/in/jdoe/"
    req = cat["instagram"].probe_request("nwc")
    assert req["headers"]["x-ig-app-id"] == "936619743392459"
    assert cat["pinterest"].probe_request("nwcoffee")["follow_redirects"] is False


def test_handles(cat):
    fb = cat["facebook"]
    assert fb.canonical("John.Smith55") == fb.canonical("johnsmith55") == "johnsmith55"
    assert fb.is_valid("john.smith") and not fb.is_valid("abc")
    assert cat["github"].is_valid("a-b") and not cat["github"].is_valid("a--b")
    assert not cat["github"].is_valid("-ab")
    assert cat["x"].is_valid("North_Wind") and not cat["x"].is_valid("x" * 16)
    assert cat["telegram"].is_valid("nwcoffee") and not cat["telegram"].is_valid("1abc5")
    assert not cat["tiktok"].is_valid("name.") and cat["tiktok"].is_valid("na.me")
    assert cat["instagram"].canonical("@NorthWind") == "northwind"
    assert cat["mastodon"].canonical("Foo@mastodon.social") == "foo"
    assert cat["youtube"].canonical("UCzcRQ3vRNr6fJ1A9rqFn7QA") == "UCzcRQ3vRNr6fJ1A9rqFn7QA"


def test_search_specs(cat):
    names = {p.name for p in cat.searchable()}
    assert {"bluesky", "mastodon", "github"} <= names
    assert cat["bluesky"].search_url("north wind") == (
        "https://public.api.bsky.app/xrpc/app.bsky.actor.searchActors?q=north%20wind&limit=25"
    )
    assert cat["bluesky"].search_url("nw", "CUR").endswith("&cursor=CUR")
    assert cat["github"].search_url("nw", 2).endswith("&page=2")
    assert "/api/v2/search?q=nw&type=accounts" in cat["mastodon"].search_url("nw")


def test_rates(cat):
    # anonymous GitHub: its search API allows 10 requests a minute, its pages one a second here
    assert cat["github"].delay >= 6 and cat["github"].concurrency == 1
    assert cat["github"].rate_for("github.com", {}) == (1, 1.0)
    assert all(p.concurrency >= 1 and p.delay >= 0 for p in cat.values())


# ----------------------------------------------------------------------------- match_profile_url

PROFILE_URLS = [
    ("https://www.instagram.com/northwindcoffee/", ("instagram", "northwindcoffee")),
    ("http://instagram.com/NorthwindCoffee?hl=en", ("instagram", "northwindcoffee")),
    ("https://m.instagram.com/northwind.coffee", ("instagram", "northwind.coffee")),
    ("instagram.com/northwindcoffee", ("instagram", "northwindcoffee")),
    ("https://www.facebook.com/Northwind.Coffee/", ("facebook", "northwindcoffee")),
    ("https://m.facebook.com/profile.php?id=100064123456789", ("facebook", "100064123456789")),
    ("https://www.facebook.com/northwindcoffee/about", ("facebook", "northwindcoffee")),
    ("https://www.tiktok.com/@northwind.coffee?lang=en", ("tiktok", "northwind.coffee")),
    ("https://www.linkedin.com/company/northwind-coffee/", ("linkedin", "northwind-coffee")),
    ("https://uk.linkedin.com/company/audiense", ("linkedin", "audiense")),
    ("https://www.linkedin.com/company/northwind-coffee/about/", ("linkedin", "northwind-coffee")),
    ("https://www.linkedin.com/in/jeffweiner08", ("linkedin", "in/jeffweiner08")),
    ("https://twitter.com/NorthwindCare", ("x", "northwindcare")),
    ("https://x.com/@NorthwindCare", ("x", "northwindcare")),
    ("https://mobile.twitter.com/NorthwindCare/", ("x", "northwindcare")),
    ("https://www.youtube.com/@NorthwindCoffee", ("youtube", "northwindcoffee")),
    ("https://www.youtube.com/@NorthwindCoffee/videos", ("youtube", "northwindcoffee")),
    (
        "https://youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA",
        ("youtube", "UCzcRQ3vRNr6fJ1A9rqFn7QA"),
    ),
    ("https://t.me/northwindcoffee", ("telegram", "northwindcoffee")),
    ("https://t.me/s/northwindcoffee", ("telegram", "northwindcoffee")),
    ("https://github.com/northwind-coffee", ("github", "northwind-coffee")),
    ("https://www.reddit.com/user/northwind/", ("reddit", "northwind")),
    ("https://old.reddit.com/u/northwind", ("reddit", "northwind")),
    ("https://mastodon.social/@northwind", ("mastodon", "northwind")),
    ("https://fosstodon.org/@northwind", ("mastodon", "northwind@fosstodon.org")),
    ("https://bsky.app/profile/northwind.bsky.social", ("bluesky", "northwind.bsky.social")),
    ("https://bsky.app/profile/northwindcoffee.com", ("bluesky", "northwindcoffee.com")),
    ("https://www.pinterest.com/northwindcoffee/", ("pinterest", "northwindcoffee")),
    ("https://www.threads.net/@northwindcoffee", ("threads", "northwindcoffee")),
    ("https://www.threads.com/@northwindcoffee", ("threads", "northwindcoffee")),
]

NOT_PROFILES = [
    "https://www.instagram.com/p/C1a2b3c4/",
    "https://www.instagram.com/explore/tags/coffee/",
    "https://www.instagram.com/reel/abc/",
    "https://www.instagram.com/accounts/login/",
    "https://www.facebook.com/sharer/sharer.php?u=https://x",
    "https://www.facebook.com/hashtag/coffee",
    "https://www.facebook.com/groups/feed/",  # (a group is a profile)
    "https://www.tiktok.com/@northwind/video/123",
    "https://twitter.com/intent/tweet?text=hi",
    "https://x.com/share?url=x",
    "https://x.com/hashtag/coffee",
    "https://x.com/home",
    "https://x.com/northwind/status/123",
    "https://www.linkedin.com/feed/",
    "https://www.linkedin.com/shareArticle?url=x",
    "https://www.youtube.com/watch?v=abc",
    "https://t.me/joinchat/AAAA",
    "https://t.me/share/url?url=x",
    "https://github.com/features",
    "https://github.com/northwind/repo",
    "https://www.reddit.com/r/popular/",
    "https://www.pinterest.com/pin/123/",
    "https://example.com/northwind",
    "mailto:hi@northwind.com",
    "javascript:alert(1)",
    "",
]


@pytest.mark.parametrize(("url", "expected"), PROFILE_URLS)
def test_match_profile_url(cat, url, expected):
    assert cat.match_profile_url(url) == expected


@pytest.mark.parametrize("url", NOT_PROFILES)
def test_non_profile_urls_rejected(cat, url):
    assert cat.match_profile_url(url) is None


def test_profile_url_round_trips(cat):
    for name, platform in cat.items():
        handle = {"linkedin": "northwind-coffee", "bluesky": "northwind.bsky.social"}.get(
            name, "northwind"
        )
        assert cat.match_profile_url(platform.profile_url(handle)) == (
            name,
            platform.canonical(handle),
        )


# ----------------------------------------------------------------------------- user files


def test_override_merges_keys(tmp_path):
    extra = write(
        tmp_path,
        """
        platforms:
          mastodon:
            params: {instance: fosstodon.org}
          github:
            rate: {delay: 90}
          newsite:
            title: New Site
            hosts: [new.example]
            profile_url: 'https://new.example/{handle}'
            profile_patterns: ['^/(?P<handle>[a-z]+)$']
            handle: {pattern: '[a-z]+'}
    """,
    )
    cat = load_catalog([extra])
    assert cat["mastodon"].probe_url("x").startswith("https://fosstodon.org/")
    assert cat["github"].delay == 90 and cat["github"].concurrency == 1  # other keys kept
    assert cat["github"].probe_url("a") == "https://github.com/a"
    assert cat["newsite"].probe_url("a") is None
    assert cat.match_profile_url("https://new.example/abc") == ("newsite", "abc")


def test_disable_entry(tmp_path):
    cat = load_catalog([write(tmp_path, "platforms:\n  pinterest: {enabled: false}\n")])
    assert "pinterest" not in cat


def test_unknown_key_has_line_and_suggestion(tmp_path):
    path = write(
        tmp_path,
        """
        platforms:
          github:
            titel: Git
    """,
    )
    with pytest.raises(CatalogError) as err:
        load_catalog([path])
    assert err.value.line == 4
    assert "did you mean 'title'" in err.value.hint
    assert str(path) in str(err.value) and ":4:" in str(err.value)


@pytest.mark.parametrize(
    ("body", "line", "fragment"),
    [
        (
            "  bad:\n    hosts: [a.example]\n    profile_url: 'https://a.example/x'\n"
            "    profile_patterns: ['^/(?P<handle>x)$']\n    handle: {pattern: 'x'}\n",
            4,
            "lacks '{handle}'",
        ),
        (
            "  bad:\n    hosts: [a.example]\n    profile_url: 'https://a.example/{handle}'\n"
            "    profile_patterns: ['^/(x)$']\n    handle: {pattern: 'x'}\n",
            5,
            "no named group 'handle'",
        ),
        (
            "  bad:\n    hosts: [a.example]\n    profile_url: 'https://a.example/{handle}'\n"
            "    profile_patterns: ['^/(?P<handle>x)$']\n    handle: {pattern: '[x'}\n",
            6,
            "bad regular expression",
        ),
        (
            "  bad:\n    hosts: [a.example]\n    profile_url: 'https://a.example/{handle}'\n"
            "    profile_patterns: ['^/(?P<handle>x)$']\n    handle: {pattern: 'x'}\n"
            "    probe: api\n",
            7,
            "unknown view 'api'",
        ),
        (
            "  bad:\n    hosts: [a.example]\n    profile_url: 'https://a.example/{handle}'\n"
            "    profile_patterns: ['^/(?P<handle>x)$']\n    handle: {pattern: 'x'}\n"
            "    views:\n      api:\n        url: 'https://a.example/{handel}'\n",
            9,
            "unknown placeholder",
        ),
        (
            "  bad:\n    hosts: [a.example]\n    profile_url: 'https://a.example/{handle}'\n"
            "    profile_patterns: ['^/(?P<handle>x)$']\n    handle: {pattern: 'x'}\n"
            "    views:\n      api:\n        url: 'https://a.example/{handle}'\n"
            "        fields:\n          folowers: [{json: a}]\n",
            11,
            "unknown key 'folowers'",
        ),
        (
            "  bad:\n    hosts: [a.example]\n    profile_url: 'https://a.example/{handle}'\n"
            "    profile_patterns: ['^/(?P<handle>x)$']\n    handle: {pattern: 'x'}\n"
            "    views:\n      api:\n        url: 'https://a.example/{handle}'\n"
            "        found: {status: 200}\n",
            10,
            "list of HTTP codes",
        ),
        ("  bad:\n    hosts: [a.example]\n", 2, "missing required key 'profile_url'"),
        ("  Bad Name:\n    hosts: [a.example]\n", 2, "bad platform name"),
        ("  github:\n    title: a\n    title: b\n", 4, "duplicate key 'title'"),
    ],
)
def test_bad_entries_have_clear_errors(tmp_path, body, line, fragment):
    path = write(tmp_path, "platforms:\n" + body)
    with pytest.raises(CatalogError) as err:
        load_catalog([path])
    assert fragment in str(err.value)
    assert err.value.line == line, str(err.value)
    assert err.value.path == str(path)


def test_yaml_syntax_error_has_line(tmp_path):
    path = write(tmp_path, "platforms:\n  github:\n    title: [unclosed\n")
    with pytest.raises(CatalogError) as err:
        load_catalog([path])
    assert err.value.line is not None and "invalid YAML" in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(CatalogError, match="cannot read"):
        load_catalog([tmp_path / "nope.yaml"])


def test_subset(cat):
    sub = cat.subset(["github", "x"])
    assert set(sub) == {"github", "x"}
    with pytest.raises(CatalogError, match="did you mean 'github'"):
        cat.subset(["githib"])


def test_bad_defaults_marker(tmp_path):
    text = "defaults:\n  blockers:\n    - {regx: 'x', reason: waf}\nplatforms: {}\n"
    path = write(tmp_path, text)
    with pytest.raises(CatalogError) as err:
        load_catalog([path])
    assert "did you mean 'regex'" in err.value.hint


def test_bluesky_rule_carries_the_suffix_but_never_onto_a_did():
    catalog = load_catalog()
    rule = catalog.rules()["bluesky"]
    assert rule.canonical("northwind") == "northwind.bsky.social"
    assert catalog["bluesky"].canonical("did:plc:abc123") == "did:plc:abc123"
    assert catalog["bluesky"].canonical("Northwind.Coffee") == "northwind.coffee"


def test_variant_suffixes_are_the_platforms_naming_conventions(cat, tmp_path):
    """``variant_suffixes``: data a user's entry can change (Telegram's bots end in 'bot');
    anything but a list of words, each with an optional separator before it, is refused at
    its line."""
    assert cat["telegram"].handle.variant_suffixes[:2] == ("_bot", "bot")
    assert "-careers" in cat["linkedin"].handle.variant_suffixes
    assert cat["mastodon"].handle.variant_suffixes == ()
    user = write(tmp_path, "platforms:\n  youtube:\n    variant_suffixes: [TV, kanal]\n")
    assert load_catalog([user])["youtube"].handle.variant_suffixes == ("tv", "kanal")
    bad = write(tmp_path, "platforms:\n  youtube:\n    variant_suffixes: ['tv kanal']\n")
    with pytest.raises(CatalogError) as err:
        load_catalog([bad])
    assert "variant_suffixes" in str(err.value) and err.value.line == 3, str(err.value)
