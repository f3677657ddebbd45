"""The simulated web: real HTTP against the local server, Host headers set like crawler/resolve.py.

Each platform is checked for the markers PLATFORMS.md describes (existing vs missing, soft 404s,
999, JS shell, login redirects, 429 then 200), web search for DuckDuckGo's wrapped links, paging
and CAPTCHA, and the world for consistency with the demo inventory (seeds/official_accounts.yaml).
"""

from __future__ import annotations

import html
import io
import json
import re
from importlib.resources import files
from urllib.error import HTTPError
from urllib.parse import parse_qs, urlencode, urlsplit
from urllib.request import HTTPRedirectHandler, Request, build_opener

import imagehash
import pytest
import yaml
from PIL import Image

from simweb import SimWeb, World, load_world
from simweb.images import render

CLASSES = {"official", "missing", "official_unlisted", "redundant", "impostor", "fan",
           "unrelated", "unverified"}


class _NoRedirect(HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # the redirect is often the signal
        return None


_OPENER = build_opener(_NoRedirect)


def fetch(web: SimWeb, url: str, *, method: str = "GET", data: dict | None = None,
          headers: dict | None = None) -> tuple[int, dict[str, str], bytes]:
    """GET/POST a real URL through the local port with its real Host header."""
    parts = urlsplit(url)
    h = {"Host": parts.netloc, "User-Agent": "brandsweep-tests (+https://example.invalid)"}
    h.update(headers or {})
    body = urlencode(data).encode() if data is not None else None
    if body is not None:
        h.setdefault("Content-Type", "application/x-www-form-urlencoded")
    local = f"http://{web.address}{parts.path or '/'}" + (f"?{parts.query}" if parts.query else "")
    try:
        with _OPENER.open(Request(local, data=body, headers=h, method=method), timeout=10) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except HTTPError as err:
        with err:
            return err.code, {k.lower(): v for k, v in err.headers.items()}, err.read()


@pytest.fixture(scope="module")
def world() -> World:
    return load_world()


@pytest.fixture(scope="module")
def web(world: World):
    with SimWeb(world) as server:
        yield server


def ddg_links(body: bytes) -> list[str]:
    hrefs = re.findall(r'class="result__a" href="([^"]+)"', body.decode())
    return [parse_qs(urlsplit("https:" + html.unescape(h)).query)["uddg"][0] for h in hrefs]


# ------------------------------------------------------------------------------- platforms


def test_instagram_page_existing_missing_and_login_wall(web):
    status, headers, body = fetch(web, "https://www.instagram.com/northwindcoffee/")
    text = body.decode()
    assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
    assert ("Posts - See Instagram photos and videos from Northwind Coffee Co. "
            "(&#064;northwindcoffee)") in text
    assert '"routePath":null' not in text

    status, _, body = fetch(web, "https://www.instagram.com/nosuchnorthwind/")
    assert status == 200 and '"routePath":null' in body.decode()
    assert "See Instagram photos" not in body.decode()

    status, headers, _ = fetch(web, "https://www.instagram.com/northwindcoffee.shop/")
    assert status == 302 and "/accounts/login/" in headers["location"]


def test_instagram_api_needs_app_id_and_answers_404_for_missing(web):
    url = "https://i.instagram.com/api/v1/users/web_profile_info/?username=northwindcofee"
    status, _, body = fetch(web, url)
    assert status == 400 and json.loads(body)["message"] == "useragent mismatch"
    app_id = {"X-IG-App-ID": "936619743392459"}
    status, _, body = fetch(web, url, headers=app_id)
    user = json.loads(body)["data"]["user"]
    assert status == 200 and user["username"] == "northwindcofee"
    assert user["external_url"].startswith("https://northwind-coffee-rewards.com/")
    status, _, body = fetch(web, url.replace("northwindcofee", "nosuchnorthwind"), headers=app_id)
    assert status == 404 and body == b""


def test_facebook_canonical_soft404_and_error_page(web):
    status, _, body = fetch(web, "https://www.facebook.com/northwindcoffee")
    assert status == 200
    og_url = '<meta property="og:url" content="https://www.facebook.com/northwindcoffee/">'
    assert og_url in body.decode()
    assert "__isProfile" in body.decode()
    status, _, body = fetch(web, "https://www.facebook.com/northwindcoffeesupport")
    assert status == 200 and b'content="https://www.facebook.com/NorthwindCoffeeSupport/"' in body
    with SimWeb(load_world().with_settings(facebook_case_redirect=True)) as strict:
        status, headers, _ = fetch(strict, "https://www.facebook.com/northwindcoffeesupport")
        assert status == 302 and headers["location"].endswith("/NorthwindCoffeeSupport/")
    status, _, body = fetch(web, "https://www.facebook.com/nosuchnorthwindpage")
    text = body.decode()
    assert status == 200 and "<title>Facebook</title>" in text and "isn't available" in text
    assert "og:url" not in text
    status, _, body = fetch(web, "https://www.facebook.com/northwindcoffeeofficial")
    assert status == 400 and b"<title>Error</title>" in body


def test_rate_limited_once_gives_429_with_retry_after_then_200(world):
    with SimWeb(world) as fresh:
        status, headers, _ = fetch(fresh, "https://www.tiktok.com/@northwindcoffee")
        assert status == 429 and headers["retry-after"] == "1"
        status, _, body = fetch(fresh, "https://www.tiktok.com/@northwindcoffee")
        assert status == 200
        data = re.search(rb'id="__UNIVERSAL_DATA_FOR_REHYDRATION__"[^>]*>(.*?)</script>', body)
        detail = json.loads(data.group(1))["__DEFAULT_SCOPE__"]["webapp.user-detail"]
        assert detail["statusCode"] == 0
        assert detail["userInfo"]["user"]["uniqueId"] == "northwindcoffee"
        assert [r[3] for r in fresh.request_log] == [429, 200]
        fresh.reset()  # a second audit meets the same first-request 429
        assert fresh.request_log == []
        assert fetch(fresh, "https://www.tiktok.com/@northwindcoffee")[0] == 429


def test_tiktok_oembed_and_missing_page(web):
    oembed = "https://www.tiktok.com/oembed?url=https://www.tiktok.com/@"
    status, _, body = fetch(web, oembed + "polariscoldbrew")
    data = json.loads(body)
    assert status == 200 and data["author_unique_id"] == "polariscoldbrew"
    assert data["author_url"] == "https://www.tiktok.com/@polariscoldbrew"
    status, _, body = fetch(web, oembed + "nosuchnw")
    assert status == 400 and json.loads(body)["code"] == 400
    status, _, body = fetch(web, "https://www.tiktok.com/@nosuchnw")
    assert status == 200 and b'"statusCode":10221' in body


def test_linkedin_always_999(web):
    for path in ("/company/northwind-coffee/", "/company/no-such-company-xyz/", "/in/someone"):
        status, _, body = fetch(web, "https://www.linkedin.com" + path)
        assert status == 999 and b"og:title" not in body


def test_x_shell_and_username_available(web):
    real = fetch(web, "https://x.com/NorthwindCoffee")
    fake = fetch(web, "https://x.com/nosuchnorthwind")
    assert real[0] == fake[0] == 200 and real[2] == fake[2]  # same shell, no data
    assert b"NorthwindCoffee" not in real[2]
    api = "https://api.x.com/i/users/username_available.json?username="
    assert json.loads(fetch(web, api + "northwindcofee")[2])["reason"] == "taken"
    assert json.loads(fetch(web, api + "nosuchnorthwind")[2]) == {
        "valid": True, "reason": "available", "msg": "Available!", "desc": "Available!"}
    assert json.loads(fetch(web, api + "bad-name!")[2])["reason"] == "improper_format"


def test_youtube_channel_and_404(web):
    status, _, body = fetch(web, "https://www.youtube.com/@northwindcoffee")
    text = body.decode()
    data = json.loads(re.search(r"var ytInitialData = (\{.*?\});</script>", text).group(1))
    meta = data["metadata"]["channelMetadataRenderer"]
    assert status == 200 and meta["vanityChannelUrl"] == "http://www.youtube.com/@northwindcoffee"
    canonical = f"https://www.youtube.com/channel/{meta['externalId']}"
    assert f'<link rel="canonical" href="{canonical}">' in text
    status, _, body = fetch(web, "https://www.youtube.com/@northwindkahve")  # declared, deleted
    assert status == 404 and b"<title>404 Not Found</title>" in body


def test_telegram_markers(web):
    status, _, body = fetch(web, "https://t.me/northwindcoffee_support")
    text = body.decode()
    assert status == 200 and 'class="tgme_page_title"' in text and "noindex" not in text
    assert re.search(r'tgme_page_extra">[\d ]+ subscribers<', text)
    status, _, body = fetch(web, "https://t.me/nosuchnorthwind")
    text = body.decode()
    assert status == 200 and '<meta name="robots" content="noindex, nofollow">' in text
    assert "tgme_page_title" not in text



def test_a_telegram_chats_links_live_in_its_description():
    """Telegram (and Bluesky) have no website field: a world's ``links:`` for a chat are lines
    of its description (once, not twice when the bio already holds one), auto-linked as t.me
    does."""
    from dataclasses import replace

    from simweb.platforms import _autolink
    from simweb.shows import description_with_links as telegram_description

    base = next(p for p in load_world().profiles if p.platform == "telegram")
    both = replace(base, bio="Haber kanalı", links=("https://www.example.com/tr",))
    assert telegram_description(both) == "Haber kanalı\nhttps://www.example.com/tr"
    held = replace(base, bio="Site: https://www.example.com/tr", links=("https://www.example.com/tr",))
    assert telegram_description(held) == "Site: https://www.example.com/tr"
    assert telegram_description(replace(base, bio="", links=("https://a.example",))) == \
        "https://a.example"
    assert _autolink("see https://a.example/x now") == (
        'see <a href="https://a.example/x" target="_blank" rel="noopener">'
        'https://a.example/x</a> now')

def test_github_users_rate_limit_and_search_paging(web):
    status, headers, body = fetch(web, "https://api.github.com/users/northwindcoffee")
    user = json.loads(body)
    assert status == 200 and user["type"] == "Organization" and user["blog"]
    assert headers["x-ratelimit-remaining"] != "0"
    status, _, body = fetch(web, "https://api.github.com/users/nosuchnorthwind")
    assert status == 404 and json.loads(body)["message"] == "Not Found"
    status, headers, _ = fetch(web, "https://api.github.com/users/northwind")
    assert status == 403 and headers["x-ratelimit-remaining"] == "0"

    seen, url = [], "https://api.github.com/search/users?q=northwind&per_page=2&page=1"
    while url:
        status, headers, body = fetch(web, url)
        data = json.loads(body)
        seen += [i["login"] for i in data["items"]]
        m = re.search(r'<([^>]+)>; rel="next"', headers.get("link", ""))
        url = m.group(1) if m else ""
    assert len(seen) == data["total_count"] >= 3 and len(set(seen)) == len(seen)
    assert "northwindcoffee-app" in seen


def test_bluesky_profile_and_search_cursor(web):
    api = "https://public.api.bsky.app/xrpc/"
    status, _, body = fetch(web, api + "app.bsky.actor.getProfile?actor=northwindcoffee.com")
    assert status == 200 and json.loads(body)["handle"] == "northwindcoffee.com"
    status, _, body = fetch(web, api + "app.bsky.actor.getProfile?actor=nosuch.bsky.social")
    assert status == 400 and json.loads(body) == {"error": "InvalidRequest",
                                                   "message": "Profile not found"}
    handles, cursor = [], ""
    for _ in range(10):
        q = {"q": "northwind", "limit": 1} | ({"cursor": cursor} if cursor else {})
        data = json.loads(fetch(web, api + "app.bsky.actor.searchActors?" + urlencode(q))[2])
        handles += [a["handle"] for a in data["actors"]]
        cursor = data.get("cursor", "")
        if not cursor:
            break
    assert "coffeedeals4u.bsky.social" in handles  # the hidden impostor, by display name
    assert len(handles) == len(set(handles)) >= 3


def test_mastodon_lookup_fields_and_search(world):
    with SimWeb(world) as fresh:
        url = "https://mastodon.social/api/v1/accounts/lookup?acct=northwindcoffee"
        assert fetch(fresh, url)[0] == 429  # rate_limited_once
        status, _, body = fetch(fresh, url)
        account = json.loads(body)
        assert status == 200 and account["acct"] == "northwindcoffee"
        assert account["fields"][0]["verified_at"]
        status, _, body = fetch(fresh, url.replace("northwindcoffee", "nosuchnw"))
        assert status == 404 and json.loads(body) == {"error": "Record not found"}
        search = "https://mastodon.social/api/v2/search?q=northwind&type=accounts&limit=1"
        first = json.loads(fetch(fresh, search)[2])["accounts"]
        second = json.loads(fetch(fresh, search + "&offset=1")[2])["accounts"]
        assert len(first) == len(second) == 1 and first[0]["id"] != second[0]["id"]


def test_reddit_pinterest_threads(web):
    assert fetch(web, "https://www.reddit.com/user/northwindcoffeefan/about.json")[0] == 403
    assert fetch(web, "https://www.reddit.com/user/nosuchnorthwind/about.json")[0] == 403
    status, _, body = fetch(web, "https://www.pinterest.com/northwindhome/")
    assert status == 200 and b" - Profile | Pinterest" in body and b'"@type":"ProfilePage"' in body
    status, headers, _ = fetch(web, "https://www.pinterest.com/nosuchnorthwind/")
    assert status == 301 and headers["location"] == "https://www.pinterest.com/"
    status, headers, _ = fetch(web, "https://www.threads.com/@northwindcoffee")
    assert status == 302 and "/login" in headers["location"]


# ------------------------------------------------------------------------------- web search


def test_duckduckgo_results_unwrap_to_profiles_and_honour_site(web):
    status, headers, body = fetch(web, "https://html.duckduckgo.com/html/?q="
                                  + "site%3Alinkedin.com%2Fcompany+%22Northwind%22")
    links = ddg_links(body)
    assert status == 200 and "charset=utf-8" in headers["content-type"]
    assert "https://www.linkedin.com/company/northwind-kahve-turkiye/" in links
    assert all(u.startswith("https://www.linkedin.com/company/") for u in links)
    assert 'div class="result results_links results_links_deep web-result' in body.decode()
    links = ddg_links(fetch(web, "https://html.duckduckgo.com/html/",
                            method="POST", data={"q": "site:x.com northwind", "b": ""})[2])
    assert "https://x.com/NWCRoastery" in links
    assert all(u.startswith("https://x.com/") for u in links)


def test_duckduckgo_paging_needs_vqd(web):
    q = "northwind coffee"
    ddg = "https://html.duckduckgo.com/html/"
    first = fetch(web, ddg, method="POST", data={"q": q, "b": ""})[2]
    text = first.decode()
    nxt = re.search(r'<form action="/html/" method="post">(.*?)</form>', text, re.S).group(1)
    form = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', nxt))
    assert form["s"] == "10" and form["vqd"].startswith("4-")
    second = ddg_links(fetch(web, ddg, method="POST", data=form)[2])
    assert second and not set(second) & set(ddg_links(first))
    form.pop("vqd")
    assert ddg_links(fetch(web, ddg, method="POST", data=form)[2]) == []


def test_duckduckgo_captcha_by_word_and_switch(web, world):
    status, _, body = fetch(web, "https://html.duckduckgo.com/html/?q=northwind+zzcaptcha")
    assert status == 202 and b'<form id="challenge-form"' in body
    with SimWeb(world.with_settings(ddg_captcha=True)) as blocked:
        status, _, body = fetch(blocked, "https://html.duckduckgo.com/html/?q=northwind")
        assert status == 202 and b"challenge-form" in body and b"result__a" not in body


def test_searxng_json_paging_and_unresponsive(web):
    base = "https://searx.local/search?format=json&q=northwind+coffee"
    p1 = json.loads(fetch(web, base)[2])
    p2 = json.loads(fetch(web, base + "&pageno=2")[2])
    assert p1["results"] and p2["results"] and p1["unresponsive_engines"] == []
    assert not {r["url"] for r in p1["results"]} & {r["url"] for r in p2["results"]}
    down = json.loads(fetch(web, "https://searx.local/search?format=json&q=zzunresponsive")[2])
    assert down["results"] == [] and down["unresponsive_engines"]
    assert fetch(web, "https://searx.local/search?format=html&q=x")[0] == 403


def test_search_terms_keep_whole_words_in_scripts_with_vowel_signs():
    """Burmese, Lao, Devanagari ... write vowels as marks that are not ``\\w``: a term is the
    whole word (folded like the index), never a run of single letters that matches any page."""
    from simweb.search import query_terms
    assert query_terms("ကော်ဖီ မြန်မာ") == ["ကောဖီ", "မြနမာ"]
    assert query_terms("सुनौलो चिया") == ["सुनौलो", "चिया"]
    assert query_terms("ກິນນາລີ, Çay (site:x.com) a.b@c-d") == ["ກິນນາລີ", "cay", "site", "x.com",
                                                               "a.b@c-d"]


def test_search_terms_fold_arabic_and_persian_letter_forms():
    """A Persian name typed with Arabic yeh and kaf (or the reverse) finds the same pages, as
    real engines do; the two spellings were two words to the index."""
    from simweb.search import query_terms
    assert query_terms("زعفران كيميا") == query_terms("زعفران کیمیا") == ["زعفران", "کیمیا"]
    assert query_terms("مكتبة") == query_terms("مکتبه")
    assert query_terms("kimya") != query_terms("کیمیا")


# ------------------------------------------------------------------------------- websites


def test_company_site_footer_robots_calendar_and_turkish_charset(web):
    status, _, body = fetch(web, "https://www.northwindcoffee.com/")
    text = body.decode()
    assert "https://www.instagram.com/northwindcareers/" in text  # unlisted, footer only
    assert 'rel="me"' in text
    robots = fetch(web, "https://www.northwindcoffee.com/robots.txt")[2].decode()
    assert "Disallow: /private/" in robots
    status, headers, _ = fetch(web, "https://northwindcoffee.com/about")
    assert status == 301 and headers["location"] == "https://www.northwindcoffee.com/about"
    assert fetch(web, "https://northwindcoffee.com/.well-known/atproto-did")[2].startswith(b"did:plc:")
    page = fetch(web, "https://www.northwindcoffee.com/events?month=2999-12")[2].decode()
    assert 'href="/events?month=3000-01"' in page  # the trap never ends: crawlers must bound it

    status, headers, body = fetch(web, "https://www.northwindcoffee.com.tr/iletisim")
    assert headers["content-type"] == "text/html; charset=windows-1254"
    assert "İletişim" in body.decode("cp1254") and "çekiliş" in body.decode("cp1254")
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")

    scam = fetch(web, "https://northwind-coffee-rewards.com/")[2].decode()
    assert "https://t.me/northwindcoffee_support" in scam and "https://x.com/NWC_Giveaway" in scam


def test_unknown_host_and_request_log(web):
    status, _, _ = fetch(web, "https://no-such-host.example/x?y=1")
    assert status == 421  # Misdirected Request: no site of that name (was 502, retried as down)
    assert ("GET", "no-such-host.example", "/x?y=1", 421) in web.request_log


def test_avatars_copied_logo_is_close_unrelated_is_far(web, world):
    def phash(b: bytes):
        return imagehash.phash(Image.open(io.BytesIO(b)))

    logo = phash(render("logo:nwc")[0])
    status, _, body = fetch(web, "https://i.instagram.com/api/v1/users/web_profile_info/"
                            "?username=northwindcofee", headers={"X-IG-App-ID": "936619743392459"})
    pic = json.loads(body)["data"]["user"]["profile_pic_url"]
    status, headers, img = fetch(web, pic)
    assert status == 200 and headers["content-type"] == "image/jpeg"
    assert img != render("logo:nwc")[0] and logo - phash(img) <= 6
    assert logo - phash(render("photo:sailboat")[0]) > 16
    assert render("logo:nwc|hue:12") == render("logo:nwc|hue:12")  # deterministic


# ------------------------------------------------------------------------------- the world


def _declared() -> set[tuple[str, str]]:
    seeds = yaml.safe_load(files("seeds").joinpath("official_accounts.yaml").read_text("utf-8"))
    out = set()
    for brand in seeds["brands"]:
        for acc in brand["accounts"]:
            handle = acc.get("handle")
            if not handle:
                path = urlsplit(acc["url"]).path.strip("/")
                handle = path.split("/")[-1].lstrip("@")
            out.add((acc["platform"], handle.lower()))
    return out


def test_seeds_and_world_agree(world):
    declared = _declared()
    assert len(declared) >= 10
    official = {p.key for p in world.profiles if p.truth_class == "official"}
    assert official <= declared
    deleted = {d.key for d in world.deleted}
    assert deleted and not deleted & {p.key for p in world.profiles}
    for key in declared - deleted:
        p = world.profile(*key)
        assert p is not None and p.truth_class in ("official", "redundant"), key
    assert declared - deleted - official  # the dormant duplicate is declared, and redundant


def test_world_labels_are_valid(world):
    seeds = yaml.safe_load(files("seeds").joinpath("official_accounts.yaml").read_text("utf-8"))
    brands = {b["name"] for b in seeds["brands"]}
    departments = {d["name"] for d in seeds["departments"]}
    assert 50 <= len(world.profiles) <= 80
    for p in world.profiles:
        assert p.truth_class in CLASSES, p
        assert p.truth_severity in (None, "high", "medium", "low"), p
        assert p.truth_brand is None or p.truth_brand in brands, p
        assert p.truth_department is None or p.truth_department in departments, p
    classes = {p.truth_class for p in world.profiles}
    assert {"official", "official_unlisted", "redundant", "impostor", "fan", "unrelated"} <= classes
    assert any("\u043e" in p.display_name for p in world.profiles)  # Cyrillic homoglyph


def test_world_copies_leave_the_original_alone(web, world):
    smaller = world.without("instagram", "northwindcofee")
    assert world.profile("instagram", "northwindcofee")
    assert not smaller.profile("instagram", "northwindcofee")
    bigger = world.with_profile(platform="instagram", handle="northwind.rewards",
                                display_name="Northwind Rewards", avatar="logo:nwc|jpeg:40",
                                truth={"class": "impostor", "brand": "Northwind Coffee",
                                       "severity": "high"})
    assert bigger.profile("instagram", "northwind.rewards").truth_class == "impostor"
    changed = world.replace_profile("instagram", "northwindcoffeegiveaway", avatar="photo:other")
    assert world.profile("instagram", "northwindcoffeegiveaway").avatar == "logo:nwc"
    assert changed.profile("instagram", "northwindcoffeegiveaway").avatar == "photo:other"

    with SimWeb(world) as live:
        url = "https://www.instagram.com/northwindcofee/"
        assert b"See Instagram photos" in fetch(live, url)[2]
        live.world = smaller  # between two audits
        assert b'"routePath":null' in fetch(live, url)[2]


def test_worlds_written_elsewhere_get_logos_domain_handles_and_page_links(tmp_path):
    """What evaluation worlds for other companies need: a logo per brand key, a Bluesky account
    whose handle is the company's domain (the site publishes its DID), and page `links:`."""
    (tmp_path / "w.yaml").write_text(yaml.safe_dump({
        "now": "2026-11-20T12:00:00+00:00", "organization": "Acme",
        "sites": [{"host": "acme.example", "kind": "company", "title": "Acme",
                   "pages": {"/": {"title": "Home", "body": "<p>hi</p>",
                                   "links": [{"url": "https://x.com/acme", "text": "X <&>"}]}}}],
        "profiles": [{"platform": "bluesky", "handle": "acme.example", "display_name": "Acme",
                      "avatar": "logo:acme", "truth": {"class": "official"}}],
    }), encoding="utf-8")
    with SimWeb(load_world(tmp_path / "w.yaml")) as server:
        status, _, body = fetch(server, "https://acme.example/")
        assert status == 200 and b'<a href="https://x.com/acme">X &lt;&amp;&gt;</a>' in body
        status, _, did = fetch(server, "https://acme.example/.well-known/atproto-did")
        api = "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=acme.example"
        profile = json.loads(fetch(server, api)[2])
        assert status == 200 and did.decode().strip() == profile["did"].strip()
        assert fetch(server, "https://nosuch.example/.well-known/atproto-did")[0] == 421
    hashes = {k: imagehash.phash(Image.open(io.BytesIO(render(f"logo:{k}")[0])))
              for k in ("acme", "zenit", "nwc")}
    copy = imagehash.phash(Image.open(io.BytesIO(render("logo:acme|jpeg:60|resize:150")[0])))
    assert copy - hashes["acme"] <= 4
    assert hashes["acme"] - hashes["zenit"] > 12 and hashes["acme"] - hashes["nwc"] > 12


def test_js_shell_on_any_platform_serves_an_empty_frame(tmp_path):
    """``behaviour: js_shell`` holds on every platform, not only TikTok: a 200 frame with no
    profile data, so an honest crawler reads "could not check" (World.expected_class says so)."""
    (tmp_path / "w.yaml").write_text(yaml.safe_dump({
        "now": "2026-11-20T12:00:00+00:00", "organization": "Acme",
        "profiles": [{"platform": "instagram", "handle": "acme.shell", "display_name": "Acme",
                      "bio": "Acme bio text", "behaviour": "js_shell",
                      "truth": {"class": "impostor"}},
                     {"platform": "instagram", "handle": "acme.page", "display_name": "Acme",
                      "bio": "Acme bio text", "truth": {"class": "impostor"}}],
    }), encoding="utf-8")
    world = load_world(tmp_path / "w.yaml")
    with SimWeb(world) as server:
        status, _, shell = fetch(server, "https://www.instagram.com/acme.shell/")
        _, _, page = fetch(server, "https://www.instagram.com/acme.page/")
    assert status == 200 and b"enable JavaScript" in shell
    assert b"Acme bio text" not in shell and b"Acme bio text" in page
    assert world.expected_class(world.profile("instagram", "acme.shell")) == "unverified"


def test_a_walled_pinterest_profile_serves_no_profile_data(tmp_path):
    """``behaviour: bot_block`` (and ``login_wall``) on Pinterest: the 200 page Pinterest serves
    a client it will not show, the address echoed, nothing of the account, which the
    extractor reads as "could not check" (it once served the full profile instead)."""
    from crawler.catalog import load_catalog
    from crawler.extract import read_profile

    (tmp_path / "w.yaml").write_text(yaml.safe_dump({
        "now": "2026-11-20T12:00:00+00:00", "organization": "Acme",
        "profiles": [{"platform": "pinterest", "handle": f"acme_{b}", "display_name": "Acme",
                      "bio": "Acme boards", "behaviour": b, "truth": {"class": "redundant"}}
                     for b in ("bot_block", "login_wall", "normal")],
    }), encoding="utf-8")
    world = load_world(tmp_path / "w.yaml")
    pin = load_catalog()["pinterest"]
    with SimWeb(world) as server:
        for behaviour in ("bot_block", "login_wall", "normal"):
            url = f"https://www.pinterest.com/acme_{behaviour}/"
            status, headers, body = fetch(server, url)
            assert status == 200
            got = read_profile(pin, url, status, dict(headers), body, f"acme_{behaviour}")
            if behaviour == "normal":
                assert got.state.value == "found" and got.fields.bio == "Acme boards"
            else:
                assert b"Acme boards" not in body and got.state.value == "unverifiable", got


def test_a_person_on_linkedin_is_served_and_listed_under_in(tmp_path):
    """A LinkedIn handle written ``in/<name>`` is a person's public profile: web search lists it
    under ``linkedin.com/in/<name>/`` (where employees' pages live), the page answers 999 like
    every LinkedIn page, and the catalog reads the listed address back as that handle."""
    from crawler.catalog import load_catalog

    (tmp_path / "w.yaml").write_text(yaml.safe_dump({
        "now": "2026-11-20T12:00:00+00:00", "organization": "Acme",
        "profiles": [{"platform": "linkedin", "handle": "in/jane-roe-acme",
                      "display_name": "Jane Roe", "bio": "Barista at Acme Coffee",
                      "indexed_by": ["web_search"], "truth": {"class": "unrelated"}},
                     {"platform": "linkedin", "handle": "acme-coffee", "display_name": "Acme",
                      "bio": "Acme Coffee", "indexed_by": ["web_search"],
                      "truth": {"class": "official"}}],
    }), encoding="utf-8")
    with SimWeb(load_world(tmp_path / "w.yaml")) as server:
        q = urlencode({"q": '"Acme Coffee"'})
        listed = set(ddg_links(fetch(server, f"https://html.duckduckgo.com/html/?{q}")[2]))
        assert fetch(server, "https://www.linkedin.com/in/jane-roe-acme/")[0] == 999
    assert {"https://www.linkedin.com/in/jane-roe-acme/",
            "https://www.linkedin.com/company/acme-coffee/"} <= listed
    platform, handle = load_catalog().match_profile_url("https://www.linkedin.com/in/jane-roe-acme/")
    assert (platform, handle) == ("linkedin", "in/jane-roe-acme")


def test_a_github_user_without_a_name_is_titled_by_login_alone() -> None:
    """GitHub titles a user page "login (Name) · GitHub", and "login · GitHub" when the user
    gave no name (never "login () · GitHub")."""
    from simweb.http import Request as SimRequest
    from simweb.server import App
    from simweb.world import make_profile

    world = World(now="2026-11-20T12:00:00+00:00", organization="Quokkaroo Ltd",
                  profiles=[make_profile({"platform": "github", "handle": "quokkaroo",
                                          "display_name": None}),
                            make_profile({"platform": "github", "handle": "quokkadev",
                                          "display_name": "Quokka Dev"})],
                  sites=[])
    app = App(world)

    def title(handle: str) -> str:
        body = app.handle(SimRequest("GET", "github.com", f"/{handle}", {}, {}, b"")).body
        return re.search(r"<title>(.*?)</title>", body.decode()).group(1)  # type: ignore[union-attr]

    assert title("quokkaroo") == "quokkaroo · GitHub"
    assert title("quokkadev") == "quokkadev (Quokka Dev) · GitHub"
