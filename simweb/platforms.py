# ruff: noqa: E501  (HTML/JSON templates copy the shape of real pages; wrapping them hurts reading)
"""The simulated social platforms: how each one answers an anonymous crawler.

Each function takes the app (world + per-server state) and a Request and returns a Response that
mimics the real platform's public behaviour as /work/shared/PLATFORMS.md records it: the markers
of an existing and of a missing profile, soft 404s, login walls, 999s, JavaScript shells,
rate limits. Only the structure is imitated; all content comes from the world.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote, urlencode, urlsplit

from simweb.http import (
    Request,
    Response,
    count_short,
    esc,
    html_response,
    iso_full,
    iso_to_epoch,
    json_response,
    redirect,
)
from simweb.shows import ago_text, description_with_links, shows
from simweb.world import DeletedAccount, WorldProfile, canonical_handle

if TYPE_CHECKING:
    from simweb.server import App

IG_APP_ID = "936619743392459"
CHALLENGE_PAGE = """<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="robots" content="noindex,nofollow">
</head><body><div class="main-wrapper" role="main"><div class="main-content">
<h1 class="zone-name-title h1">{host}</h1><h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
<span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></div></body></html>"""


def _script_json(data: object) -> str:
    """JSON safe inside a <script> element."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def _ago(app: App, iso: str) -> str:
    """``iso`` as the platform shows it, relative to the world's clock and floored ("3 years
    ago" for anything from three years to just under four: ``simweb.shows.ago_text``)."""
    return ago_text(app.clock().timestamp() - iso_to_epoch(iso))


def _shows(p: WorldProfile, field: str) -> bool:
    """Whether ``p``'s platform shows ``field`` to an anonymous visitor (``simweb.shows``)."""
    return shows(p.platform, p.kind, field, p.posts)


def generic_gate(app: App, p: WorldProfile, *, server: str = "") -> Response | None:
    """Behaviours every platform shares: first-request 429, persistent 429, challenge page."""
    if p.behaviour == "rate_limited_once" and app.first_time(p):
        return json_response({"message": "Please wait a few minutes before you try again.",
                              "status": "fail"}, 429, {"Retry-After": "1"}, server=server)
    if p.behaviour == "rate_limited":
        return json_response({"message": "Too many requests", "status": "fail"}, 429,
                             {"Retry-After": "3600"}, server=server)
    if p.behaviour == "js_shell" and p.platform != "tiktok":  # TikTok draws its own shell
        return _js_shell(p.platform, server)
    return None


def _js_shell(platform: str, server: str) -> Response:
    """A single-page app's empty frame: 200, the platform's name as title, a root element and a
    script, no profile data (how Instagram, Facebook or YouTube answer a crawler they do not
    render for). The same for the page and the API: the crawler must read "could not check".

    Facebook does answer so: scrapers report pages whose content arrives only by script
    (kevinzg/facebook-scraper issue 1119, 2024; sokomishalov/skraper issue 363, 2023: a
    page of stylesheets and scripts, no data in the HTML), beside its soft 404, its 400 error
    page and its login redirect (PLATFORMS.md). A Mastodon server's JSON API has no shell
    (``load_world`` refuses ``js_shell`` there)."""
    name = platform.capitalize()
    return html_response(
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{name}</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>'
        '<div id="root"></div><noscript>You need to enable JavaScript to run this app.'
        '</noscript><script src="/static/app.js" defer></script></body></html>', server=server)


# ---------------------------------------------------------------------------------- Instagram


def instagram(app: App, req: Request) -> Response:
    srv = "proxygen-bolt"
    if req.path.startswith("/api/v1/users/web_profile_info"):
        return _instagram_api(app, req)
    if req.path.startswith("/accounts/login"):
        return html_response("<!DOCTYPE html><html><head><title>Login • Instagram</title></head>"
                             "<body><div id=\"loginForm\">Log in to Instagram</div></body></html>",
                             server=srv)
    m = re.fullmatch(r"/([A-Za-z0-9._]{1,30})/?", req.path)
    if not m or m.group(1) in ("accounts", "explore", "p", "reel"):
        return _instagram_missing(srv)
    handle = m.group(1)
    p = app.world.profile("instagram", handle)
    if p is None:
        return _instagram_missing(srv)
    if req.path != f"/{p.handle}/" and req.path.rstrip("/") == f"/{handle}" and not req.path.endswith("/"):
        return redirect(f"https://www.instagram.com/{handle}/", 301)
    gate = generic_gate(app, p, server=srv)
    if gate:
        return gate
    if p.behaviour == "login_wall":
        return redirect(f"https://www.instagram.com/accounts/login/?next=%2F{quote(p.handle)}%2F")
    if p.behaviour == "bot_block":
        return html_response('<!DOCTYPE html><html><head><title>Instagram</title></head><body>'
                             '<script>{"routePath":"\\/"}</script></body></html>', server=srv)
    name = esc(p.display_name).replace("@", "&#064;")
    at = f"(&#064;{esc(p.handle)})"
    counts = (f"{count_short(p.followers)} Followers, {count_short(p.following)} Following, "
              f"{count_short(p.posts)} Posts")
    avatar = app.avatar(p)
    bio = esc(p.bio).replace("@", "&#064;")
    sjs = {"require": [["PolarisProfilePageContentQuery", {"routePath": "\\/{username}\\/{?tab}\\/",
                       "props": {"user_id": str(p.numeric_id), "username": p.handle}}]]}
    page = f"""<!DOCTYPE html><html class="_9dls" lang="en" dir="ltr"><head><meta charset="utf-8">
<title>{name} {at} &#x2022; Instagram photos and videos</title>
<meta name="description" content="{counts} - {name} {at} on Instagram: &quot;{bio}&quot;">
<meta property="og:type" content="profile">
<meta property="og:title" content="{name} {at} &#x2022; Instagram photos and videos">
<meta property="og:description" content="{counts} - See Instagram photos and videos from {name} {at}">
<meta property="og:image" content="{esc(avatar)}">
<meta property="og:url" content="https://www.instagram.com/{esc(p.handle)}/">
<meta property="al:ios:url" content="instagram://user?username={esc(p.handle)}">
<link rel="canonical" href="https://www.instagram.com/{esc(p.handle)}/">
<link rel="preload" href="/api/v1/users/web_profile_info/?username={esc(p.handle)}" as="fetch" crossorigin="use-credentials">
</head><body class="">
<div id="splash-screen"></div>
<script type="application/json" data-content-len="512" data-sjs>{_script_json(sjs)}</script>
<script type="application/json" data-sjs>{{"X-IG-App-ID":"{IG_APP_ID}","USER_ID":"0"}}</script>
</body></html>"""
    return html_response(page, server=srv, headers={"X-Frame-Options": "SAMEORIGIN"})


def _instagram_missing(srv: str) -> Response:
    page = """<!DOCTYPE html><html class="_9dls" lang="en" dir="ltr"><head><meta charset="utf-8">
<title>Instagram</title><meta name="robots" content="noimageindex, noarchive">
</head><body><div id="splash-screen"></div>
<script type="application/json" data-sjs>{"require":[["PolarisErrorRoot",{"routePath":null,"errorType":"not_found"}]]}</script>
<div><span>Sorry, this page isn't available.</span><span>The link you followed may be broken, or the page may have been removed.</span></div>
</body></html>"""
    return html_response(page, server=srv)


def _instagram_api(app: App, req: Request) -> Response:
    srv = "proxygen-bolt"
    if req.headers.get("x-ig-app-id") != IG_APP_ID:
        return json_response({"message": "useragent mismatch", "status": "fail"}, 400, server=srv)
    p = app.world.profile("instagram", req.arg("username"))
    if p is None:
        return Response(404, b"", {"Content-Type": "text/html; charset=utf-8", "Server": srv})
    gate = generic_gate(app, p, server=srv)
    if gate:
        return gate
    if p.behaviour in ("login_wall", "bot_block"):
        return json_response({"message": "Please wait a few minutes before you try again.",
                              "require_login": True, "status": "fail"}, 401, server=srv)
    avatar = app.avatar(p)
    recent = iso_to_epoch(p.last_active_at)
    user = {
        "biography": p.bio,
        "bio_links": [{"title": "", "lynx_url": f"https://l.instagram.com/?u={quote(u, safe='')}",
                       "url": u, "link_type": "external"} for u in p.links],
        "external_url": p.links[0] if p.links else None,
        "full_name": p.display_name,
        "id": str(p.numeric_id),
        "fbid": str(17841400000000000 + p.numeric_id),
        "is_private": p.private,
        "is_verified": p.verified,
        "is_business_account": p.kind == "organization",
        "category_name": (p.category or "Product/service") if p.kind == "organization" else None,
        "username": p.handle,
        "profile_pic_url": avatar,
        "profile_pic_url_hd": avatar,
        "edge_followed_by": {"count": p.followers},
        "edge_follow": {"count": p.following},
        "edge_owner_to_timeline_media": {
            "count": p.posts,
            "edges": [{"node": {"taken_at_timestamp": recent - i * 86400 * 9,
                                "shortcode": f"C{p.hexid(9)}{i}"}} for i in range(min(3, p.posts) if _shows(p, "last_active_at") else 0)],
        },
    }
    return json_response({"data": {"user": user}, "status": "ok"}, server=srv)


# ---------------------------------------------------------------------------------- Facebook


def facebook(app: App, req: Request) -> Response:
    srv = "proxygen-bolt"
    if req.host == "l.facebook.com":
        target = req.arg("u")
        return redirect(target or "https://www.facebook.com/", 302)
    if req.path.startswith("/login"):
        return html_response("<!DOCTYPE html><html><head><title>Log in to Facebook</title></head>"
                             "<body><form id=\"login_form\"></form></body></html>", server=srv)
    p: WorldProfile | None = None
    if req.path.startswith("/groups/"):
        return _facebook_group(app, req, srv)
    if req.path == "/profile.php":
        pid = req.arg("id")
        p = next((x for x in app.world.on("facebook") if str(x.numeric_id) == pid), None)
    else:
        m = re.fullmatch(r"/([A-Za-z0-9.]{1,50})/?", req.path)
        if m:
            p = app.world.profile("facebook", m.group(1))
            # Facebook is reported to 302 a non-canonical spelling to the canonical one; off by
            # default (setting facebook_case_redirect) since the page then still names the
            # canonical handle in og:url, which is what a careful reader compares.
            if (p is not None and m.group(1) != p.handle
                    and app.world.setting("facebook_case_redirect", False)):
                return redirect(f"https://www.facebook.com/{p.handle}/", 302)
    if p is None:
        return _facebook_missing(srv)
    gate = generic_gate(app, p, server=srv)
    if gate:
        return gate
    if p.behaviour == "login_wall":
        return redirect(f"https://www.facebook.com/login/?next=https%3A%2F%2Fwww.facebook.com%2F{p.handle}%2F")
    if p.behaviour == "bot_block":
        return html_response('<!DOCTYPE html><html lang="en"><head><title>Error</title></head><body>'
                             "<div>Sorry, something went wrong.</div></body></html>", 400, server=srv)
    avatar = app.avatar(p)
    talking = max(1, p.followers // 77)
    desc = f"{p.display_name}. {p.followers:,} likes \u00b7 {talking:,} talking about this. {p.bio}"
    data = {"__bbox": {"result": {"data": {"user": {
        "__isProfile": "Page" if p.kind == "organization" else "User",
        "id": str(p.numeric_id), "name": p.display_name, "url": f"https://www.facebook.com/{p.handle}",
        "profile_url": f"https://www.facebook.com/{p.handle}", "is_verified": p.verified,
        "profile_picture": {"uri": avatar}, "followers_count": p.followers,
        "websites": list(p.links), "intro": p.bio,
        **({"creation_time": iso_to_epoch(p.created_at)} if _shows(p, "created_at") else {}),
    }}}}}
    links = "".join(
        f'<a href="https://l.facebook.com/l.php?u={quote(u, safe="")}&amp;h=AT0{p.hexid(12)}" '
        f'target="_blank" rel="nofollow noreferrer">{esc(urlsplit(u).netloc + urlsplit(u).path)}</a>'
        for u in p.links)
    page = f"""<!DOCTYPE html><html lang="en" id="facebook"><head><meta charset="utf-8">
<title>{esc(p.display_name)} | Facebook</title>
<meta property="og:title" content="{esc(p.display_name)}">
<meta property="og:description" content="{esc(desc).replace('·', '&#xb7;')}">
<meta property="og:url" content="https://www.facebook.com/{esc(p.handle)}/">
<meta property="og:image" content="{esc(avatar)}">
<meta property="og:type" content="profile">
<meta property="al:android:url" content="fb://profile/{p.numeric_id}">
<link rel="canonical" href="https://www.facebook.com/{esc(p.handle)}/">
</head><body><div id="intro"><div class="bio">{esc(p.bio)}</div>{links}</div>
<script type="application/json" data-sjs>{_script_json(data)}</script></body></html>"""
    return html_response(page, server=srv)


def _facebook_group(app: App, req: Request, srv: str) -> Response:
    """A group (a facebook profile whose handle is ``groups/<name>``) as Facebook serves it to
    a logged-out visitor at /groups/<name or numeric id>/ and its tabs: name, kind and members'
    count ("Public group · 12K members"), description, Open Graph and the app link
    fb://group/<id>. A private group shows the same header, never its posts or members."""
    m = re.fullmatch(r"/groups/([A-Za-z0-9._-]{1,50})(?:/[^?#]*)?", req.path)
    p: WorldProfile | None = None
    if m:
        p = app.world.profile("facebook", f"groups/{m.group(1)}")
        if p is None and m.group(1).isdigit():
            p = next((x for x in app.world.on("facebook") if x.handle.lower().startswith("groups/")
                      and str(x.numeric_id) == m.group(1)), None)
    if p is None:
        return _facebook_missing(srv)
    gate = generic_gate(app, p, server=srv)
    if gate:
        return gate
    url = f"https://www.facebook.com/{esc(p.handle)}/"
    if p.behaviour == "login_wall":
        return redirect(f"https://www.facebook.com/login/?next={quote(url, safe='')}")
    if p.behaviour == "bot_block":
        return html_response('<!DOCTYPE html><html lang="en"><head><title>Error</title></head><body>'
                             "<div>Sorry, something went wrong.</div></body></html>", 400, server=srv)
    kind = "Private group" if p.private else "Public group"
    members = f"{count_short(p.followers)} member{'s' if p.followers != 1 else ''}"
    avatar = app.avatar(p)
    links = "".join(
        f'<a href="https://l.facebook.com/l.php?u={quote(u, safe="")}&amp;h=AT0{p.hexid(12)}" '
        f'target="_blank" rel="nofollow noreferrer">{esc(urlsplit(u).netloc + urlsplit(u).path)}</a>'
        for u in p.links)
    privacy = ("Only members can see who's in the group and what they post." if p.private
               else "Anyone can see who's in the group and what they post.")
    name = esc(p.display_name)
    history = ""
    if _shows(p, "created_at") and p.created_at:
        created = datetime.fromtimestamp(iso_to_epoch(p.created_at), UTC)
        history = (f"<div><span>History</span><span>Group created on "
                   f"{created.strftime('%B')} {created.day}, {created.year}</span></div>")
    page = f"""<!DOCTYPE html><html lang="en" id="facebook"><head><meta charset="utf-8">
<title>{name} | Facebook</title>
<meta property="og:title" content="{name} | Facebook">
<meta property="og:description" content="{esc(p.bio)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{esc(avatar)}">
<meta property="og:type" content="website">
<meta property="al:android:url" content="fb://group/{p.numeric_id}">
<meta property="al:ios:url" content="fb://group/{p.numeric_id}">
<link rel="canonical" href="{url}">
</head><body><div role="main"><h1><a href="{url}">{name}</a></h1>
<div><span>{kind}</span> &#xb7; <a href="{url}members/">{members}</a></div>
<div id="about"><h2>About</h2><div class="description">{esc(p.bio)}</div>{links}
<div><span>{kind.split()[0]}</span><span>{privacy}</span></div>{history}</div></div></body></html>"""
    return html_response(page, server=srv)


def _facebook_missing(srv: str) -> Response:
    page = """<!DOCTYPE html><html lang="en" id="facebook"><head><meta charset="utf-8">
<title>Facebook</title><meta name="robots" content="noindex,nofollow"></head><body>
<script type="application/json" data-sjs>{"__bbox":{"result":{"data":{"node":null},"errors":[{"message":"This content isn\\'t available at the moment"}]}}}</script>
<div><h2>This content isn't available at the moment</h2><span>When this happens, it's usually because the owner only shared it with a small group of people, changed who can see it or it's been deleted.</span></div>
</body></html>"""
    return html_response(page, server=srv)


# ---------------------------------------------------------------------------------- TikTok


def tiktok(app: App, req: Request) -> Response:
    srv = "Tengine"
    if req.path == "/oembed":
        target = req.arg("url")
        m = re.search(r"tiktok\.com/@([A-Za-z0-9._]+)", target)
        p = app.world.profile("tiktok", m.group(1)) if m else None
        if p is None or p.private:
            return json_response({"message": "Something went wrong", "code": 400}, 400, server=srv)
        gate = generic_gate(app, p, server=srv)
        if gate:
            return gate
        if p.behaviour in ("bot_block", "login_wall"):
            return json_response({"message": "Forbidden", "code": 403}, 403, server=srv)
        url = f"https://www.tiktok.com/@{p.handle}"
        return json_response({
            "version": "1.0", "type": "rich", "title": f"{p.display_name}'s Creator Profile",
            "author_url": url, "author_name": p.display_name, "author_unique_id": p.handle,
            "width": "100%", "height": "100%", "provider_name": "TikTok",
            "provider_url": "https://www.tiktok.com",
            "thumbnail_url": app.avatar(p), "thumbnail_width": 720, "thumbnail_height": 720,
            "html": f'<blockquote class="tiktok-embed" cite="{url}" data-unique-id="{p.handle}" '
                    f'data-embed-type="creator" style="max-width:780px;min-width:288px;">'
                    f'<section><a target="_blank" href="{url}?refer=creator_embed">@{p.handle}</a>'
                    f'</section></blockquote> <script async src="https://www.tiktok.com/embed.js"></script>',
        }, server=srv)
    m = re.fullmatch(r"/@([A-Za-z0-9._]{1,30})/?", req.path)
    p = app.world.profile("tiktok", m.group(1)) if m else None
    if p is not None:
        gate = generic_gate(app, p, server=srv)
        if gate:
            return gate
        if p.behaviour == "bot_block":
            return html_response('<html><head><title>tiktok-verify-page</title></head><body>'
                                 '<div id="tiktok-verify-ele"></div></body></html>', server=srv)
    scope: dict[str, object] = {"webapp.app-context": {"language": "en", "region": "GB"}}
    if p is None:
        scope["webapp.user-detail"] = {"statusCode": 10221, "statusMsg": "", "userInfo": {}}
        title = "TikTok - Make Your Day"
        metas = ""
    elif p.behaviour == "js_shell":
        title = "TikTok - Make Your Day"
        metas = ""
    else:
        avatar = app.avatar(p)
        scope["webapp.user-detail"] = {"statusCode": 0, "statusMsg": "", "userInfo": {
            "user": {"id": str(p.numeric_id), "uniqueId": p.handle, "nickname": p.display_name,
                     "signature": p.bio, "avatarLarger": avatar, "avatarMedium": avatar,
                     "avatarThumb": avatar, "verified": p.verified, "privateAccount": p.private,
                     "secUid": "MS4wLjABAAAA" + p.hexid(40),
                     **({"createTime": iso_to_epoch(p.created_at)} if _shows(p, "created_at") else {}),
                     "bioLink": {"link": p.links[0], "risk": 0} if p.links else None},
            "stats": {"followerCount": int(round(p.followers, -2)) if p.followers > 10000 else p.followers,
                      "followingCount": p.following, "heartCount": p.followers * 13,
                      "videoCount": p.posts, "diggCount": 0},
            "statsV2": {"followerCount": str(p.followers), "followingCount": str(p.following),
                        "videoCount": str(p.posts)},
            "itemList": [{"createTime": iso_to_epoch(p.last_active_at)}] if _shows(p, "last_active_at") else [],
        }}
        title = f"{esc(p.display_name)} (@{esc(p.handle)}) | TikTok"
        metas = (f'<meta property="og:title" content="{title}">'
                 f'<meta property="og:description" content="{esc(p.display_name)} on TikTok | '
                 f'{count_short(p.followers * 13)} Likes. {count_short(p.followers)} Followers. '
                 f'{esc(p.bio)}">'
                 f'<meta property="og:image" content="{esc(avatar)}">'
                 f'<meta property="og:url" content="https://www.tiktok.com/@{esc(p.handle)}">')
    data = {"__DEFAULT_SCOPE__": scope}
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>{metas}
</head><body><div id="app"></div>
<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{_script_json(data)}</script>
</body></html>"""
    return html_response(page, server=srv)


# ---------------------------------------------------------------------------------- LinkedIn


def linkedin(app: App, req: Request) -> Response:
    """LinkedIn answers every crawler with 999 "Request denied", existing page or not."""
    body = ("<html><head><script type=\"text/javascript\">window.onload=function(){var d=new Date;"
            "d.setTime(d.getTime()+6e4);document.cookie='trkCode=bf; expires='+d.toUTCString();"
            "window.location.href='https://www.linkedin.com/authwall';};</script></head></html>")
    return Response(999, body.encode(), {"Content-Type": "text/html; charset=utf-8",
                                         "X-Li-Fabric": "prod-lva1", "X-Li-Pop": "afd-prod-lva1"},
                    reason="Request denied")


# ---------------------------------------------------------------------------------- X


X_SHELL = """<!DOCTYPE html><html dir="ltr" lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=0,viewport-fit=cover">
<title>X</title><link rel="manifest" href="/manifest.json"></head><body style="background-color:#FFFFFF">
<noscript><form action="https://x.com/i/flow/login" method="POST"><div>JavaScript is not available.</div>
<p>We've detected that JavaScript is disabled in this browser. Please enable JavaScript or switch to a supported browser to continue using x.com.</p></form></noscript>
<div id="react-root"></div>
<script type="text/javascript" charset="utf-8" nonce="{nonce}">window.__INITIAL_STATE__={{"featureSwitch":{{}},"entities":{{}}}};</script>
<script src="https://abs.twimg.com/responsive-web/client-web/main.{nonce}.js" nonce="{nonce}"></script>
</body></html>"""

X_HANDLE = re.compile(r"[A-Za-z0-9_]{1,15}")


def x(app: App, req: Request) -> Response:
    if req.host in ("twitter.com", "www.twitter.com", "mobile.twitter.com"):
        qs = ("?" + urlencode(req.query, doseq=True)) if req.query else ""
        return redirect(f"https://x.com{req.path}{qs}", 301)
    if req.host == "api.x.com" or req.path.startswith("/i/api/"):
        if req.path == "/i/users/username_available.json":
            name = req.arg("username")
            if not X_HANDLE.fullmatch(name or ""):
                return json_response({"valid": False, "reason": "improper_format",
                                      "msg": "Only use letters, numbers and '_'.", "desc": ""})
            p = app.world.profile("x", name)
            if p is not None:
                gate = generic_gate(app, p)
                if gate:
                    return gate
                return json_response({"valid": False, "reason": "taken",
                                      "msg": "Username has already been taken", "desc": ""})
            return json_response({"valid": True, "reason": "available", "msg": "Available!",
                                  "desc": "Available!"})
        return json_response({"errors": [{"code": 200, "message": "Forbidden."}]}, 403)
    return html_response(X_SHELL.format(nonce="a4b9c2d7e1f3"), server="tsa_b",
                         headers={"X-Frame-Options": "DENY"})


# ---------------------------------------------------------------------------------- YouTube


def youtube(app: App, req: Request) -> Response:
    srv = "ESF"
    p: WorldProfile | None = None
    m = re.fullmatch(r"/@([^/]{1,40})(?:/(?:featured|videos|about))?/?", req.path)
    if m:
        p = app.world.profile("youtube", unquote(m.group(1)))
    m2 = re.fullmatch(r"/channel/(UC[A-Za-z0-9_-]{22})/?", req.path)
    if m2:
        p = next((x for x in app.world.on("youtube") if _uc(x) == m2.group(1)), None)
    if req.path == "/redirect":
        return redirect(req.arg("q") or "https://www.youtube.com/", 302)
    if req.path == "/results":
        return _youtube_results(app, req.arg("search_query") or "", srv)
    if p is None:
        return html_response('<html lang="en"><head><title>404 Not Found</title></head><body>'
                             '<div id="error-page"><p>This page isn\'t available. Sorry about that.'
                             '</p></div></body></html>', 404, server=srv)
    gate = generic_gate(app, p, server=srv)
    if gate:
        return gate
    if p.behaviour in ("login_wall", "bot_block"):
        return redirect("https://consent.youtube.com/m?continue=" + quote(f"https://www.youtube.com/@{p.handle}", safe=""))
    avatar = app.avatar(p)
    uc = _uc(p)
    subs = count_short(p.followers).replace("K", "K") + " subscribers"
    links = [{"channelExternalLinkViewModel": {
        "title": {"content": urlsplit(u).netloc},
        "link": {"content": urlsplit(u).netloc + urlsplit(u).path.rstrip("/"),
                 "commandRuns": [{"onTap": {"innertubeCommand": {"urlEndpoint": {
                     "url": "https://www.youtube.com/redirect?event=channel_description&redir_token=QUFF"
                            + p.hexid(12) + "&q=" + quote(u, safe="")}}}}]}}} for u in p.links]
    data = {
        "metadata": {"channelMetadataRenderer": {
            "title": p.display_name, "description": p.bio, "externalId": uc,
            "vanityChannelUrl": f"http://www.youtube.com/@{p.handle}",
            "channelUrl": f"https://www.youtube.com/channel/{uc}",
            "avatar": {"thumbnails": [{"url": avatar, "width": 900, "height": 900}]},
            "keywords": "", "rssUrl":
                f"https://www.youtube.com/feeds/videos.xml?channel_id={uc}",
            "isFamilySafe": True}},
        "header": {"c4TabbedHeaderRenderer": {
            "channelId": uc, "title": p.display_name,
            "channelHandleText": {"runs": [{"text": f"@{p.handle}"}]},
            "subscriberCountText": {"accessibility": {"accessibilityData": {
                "label": f"{p.followers:,} subscribers"}}, "simpleText": subs},
            "videosCountText": {"runs": [{"text": f"{p.posts:,}"}, {"text": " videos"}]},
            "badges": [{"metadataBadgeRenderer": {"icon": {"iconType": "CHECK_CIRCLE_THICK"},
                        "style": "BADGE_STYLE_TYPE_VERIFIED", "tooltip": "Verified"}}] if p.verified else [],
            "headerLinks": {"channelHeaderLinksViewModel": {"links": links}},
        }},
        "contents": {"twoColumnBrowseResultsRenderer": {"tabs": [{"tabRenderer": {
            "title": "Home", "selected": True, "content": {"sectionListRenderer": {"contents": [
                {"gridVideoRenderer": {"videoId": p.hexid(11),
                                       "publishedTimeText": {"simpleText": _ago(app, p.last_active_at)}}}
            ] if _shows(p, "last_active_at") else []}}}}]}},
    }
    page = f"""<!DOCTYPE html><html style="font-size: 10px;font-family: Roboto, Arial, sans-serif;" lang="en"><head>
<title>{esc(p.display_name)} - YouTube</title>
<meta property="og:site_name" content="YouTube"><meta property="og:url" content="https://www.youtube.com/channel/{uc}">
<meta property="og:title" content="{esc(p.display_name)}"><meta property="og:image" content="{esc(avatar)}">
<meta property="og:description" content="{esc(p.bio)}"><meta property="og:type" content="profile">
<link rel="canonical" href="https://www.youtube.com/channel/{uc}">
<link rel="alternate" type="application/rss+xml" title="RSS" href="https://www.youtube.com/feeds/videos.xml?channel_id={uc}">
</head><body><script nonce="x">var ytInitialData = {_script_json(data)};</script></body></html>"""
    return html_response(page, server=srv)


def _youtube_results(app: App, query: str, srv: str) -> Response:
    """The logged-out results page (``/results?search_query=``): channels the world says the
    platform's search reveals, as ``channelRenderer`` objects inside ``ytInitialData``, in
    the 2023+ shape (``subscriberCountText`` holds the @handle, ``videoCountText`` the
    subscriber count; the description snippet split in runs around the matched words)."""
    from simweb.search import fold, query_terms

    words = query_terms(query)
    hits = [p for p in app.world.on("youtube") if "platform_search" in p.indexed_by and words
            and all(w in fold(f"{p.handle} {p.display_name} {p.bio}") for w in words)][:20]
    items: list[dict[str, object]] = [{"channelRenderer": {
        "channelId": _uc(p),
        "title": {"simpleText": p.display_name},
        "navigationEndpoint": {"browseEndpoint": {"browseId": _uc(p),
                                                  "canonicalBaseUrl": f"/@{p.handle}"}},
        "thumbnail": {"thumbnails": [{"url": app.avatar(p), "width": 88, "height": 88}]},
        "descriptionSnippet": {"runs": [{"text": part} for part in _runs(p.bio[:160], words)]},
        "subscriberCountText": {"simpleText": f"@{p.handle}"},
        "videoCountText": {"simpleText": count_short(p.followers) + " subscribers"},
        "ownerBadges": [{"metadataBadgeRenderer": {"style": "BADGE_STYLE_TYPE_VERIFIED",
                                                   "tooltip": "Verified"}}] if p.verified else [],
    }} for p in hits]
    if not items:
        items = [{"backgroundPromoRenderer": {"title": {"runs": [{"text": "No results found"}]}}}]
    data = {
        "estimatedResults": str(len(hits)),
        "contents": {"twoColumnSearchResultsRenderer": {"primaryContents": {
            "sectionListRenderer": {"contents": [{"itemSectionRenderer": {"contents": items}}]}}}},
        "topbar": {"desktopTopbarRenderer": {"searchbox": {"fusionSearchboxRenderer": {
            "searchEndpoint": {"searchEndpoint": {"query": query}}}}}},
    }
    page = f"""<!DOCTYPE html><html lang="en"><head><title>{esc(query)} - YouTube</title></head>
<body><script nonce="x">var ytInitialData = {_script_json(data)};</script></body></html>"""
    return html_response(page, server=srv)


def _runs(text: str, words: list[str]) -> list[str]:
    """Split text before and after the first matched word, as YouTube bolds it."""
    low = text.lower()
    for w in words:
        at = low.find(w)
        if at >= 0 and len(low) == len(text):
            return [t for t in (text[:at], text[at:at + len(w)], text[at + len(w):]) if t]
    return [text] if text else []


def _uc(p: WorldProfile) -> str:
    import base64
    import hashlib

    raw = hashlib.sha256(f"yt:{p.key[1]}".encode()).digest()[:16]
    return "UC" + base64.urlsafe_b64encode(raw).decode()[:22]


# ---------------------------------------------------------------------------------- Telegram


_URL_IN_TEXT = re.compile(r"https?://[^\s<>&\"']+")


_URL_OR_MENTION = re.compile(rf"{_URL_IN_TEXT.pattern}|(?<![\w@./])@([A-Za-z0-9_]{{3,32}})")


def _autolink(escaped: str) -> str:
    """URLs and @mentions in an escaped description as Telegram renders them: a URL is an
    ``<a>`` that opens a new tab (t.me links every http(s) address it finds in a
    description), an ``@name`` a link to ``https://t.me/name``."""
    def link(m: re.Match[str]) -> str:
        if m.group(1):
            return f'<a href="https://t.me/{m.group(1)}">{m.group(0)}</a>'
        return f'<a href="{m.group(0)}" target="_blank" rel="noopener">{m.group(0)}</a>'

    return _URL_OR_MENTION.sub(link, escaped)


def telegram(app: App, req: Request) -> Response:
    srv = "nginx/1.18.0"
    m = re.fullmatch(r"/(?:s/)?([A-Za-z0-9_]{3,32})/?", req.path)
    handle = m.group(1) if m else req.path.strip("/")
    p = app.world.profile("telegram", handle) if m else None
    if p is not None:
        gate = generic_gate(app, p, server=srv)
        if gate:
            return gate
    common = f"""<meta property="al:ios:app_store_id" content="686449807">
<meta property="al:ios:url" content="tg://resolve?domain={esc(handle)}">
<meta property="al:android:url" content="tg://resolve?domain={esc(handle)}">"""
    if p is None:
        page = f"""<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>Telegram: Contact @{esc(handle)}</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta property="og:title" content="Telegram: Contact @{esc(handle)}">
<meta name="robots" content="noindex, nofollow">
<meta property="og:image" content="https://telegram.org/img/t_logo.png">
<meta property="og:site_name" content="Telegram">
<meta property="og:description" content="">
{common}
  </head>
  <body class="no_transition">
    <div class="tgme_page_wrap">
      <div class="tgme_page">
        <div class="tgme_page_icon"><i class="tgme_icon_user"></i></div>
<div class="tgme_page_description">If you have <strong>Telegram</strong>, you can contact <a class="tgme_username_link" href="tg://resolve?domain={esc(handle)}">@{esc(handle)}</a> right away.</div>
<div class="tgme_page_action"><a class="tgme_action_button_new shine" href="tg://resolve?domain={esc(handle)}">Send Message</a></div>
      </div>
    </div>
  </body>
</html>"""
        return html_response(page, server=srv)
    avatar = app.avatar(p)
    # the whole description, as t.me serves it (captures 2021-2026): in the page every line,
    # each line break a <br/>, URLs and @mentions linked; in og:description every line too,
    # each break a tab (nothing cut at the first break); '!' written &#33; in both
    description = description_with_links(p)
    bio_html = _autolink(esc(description).replace("!", "&#33;")).replace("\n", "<br/>")
    if p.kind == "channel":
        extra, button, ctx = f"{_space_thousands(p.followers)} subscribers", "View in Telegram", (
            f'<div class="tgme_page_context_link_wrap"><a class="tgme_page_context_link" '
            f'href="/s/{esc(p.handle)}">Preview channel</a></div>')
    elif p.kind == "group":
        extra, button, ctx = (f"{_space_thousands(p.followers)} members, "
                              f"{_space_thousands(max(1, p.followers // 9))} online"), "View in Telegram", ""
    else:
        extra, button, ctx = f"@{esc(p.handle)}", "Send Message", ""
    verified = '<i class="verified-icon"></i>' if p.verified else ""
    page = f"""<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>Telegram: Contact @{esc(p.handle)}</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta property="og:title" content="{esc(p.display_name)}">
<meta property="og:image" content="{esc(avatar)}">
<meta property="og:site_name" content="Telegram">
<meta property="og:description" content="{esc(description).replace("!", "&#33;").replace(chr(10), chr(9))}">
<meta property="twitter:title" content="{esc(p.display_name)}">
{common}
  </head>
  <body class="no_transition">
    <div class="tgme_page_wrap">
      <div class="tgme_page">
        <div class="tgme_page_photo"><a href="tg://resolve?domain={esc(p.handle)}"><img class="tgme_page_photo_image" src="{esc(avatar)}"></a></div>
<div class="tgme_page_title" dir="auto"><span dir="auto">{esc(p.display_name)}</span>{verified}</div>
<div class="tgme_page_extra">{extra}</div>
<div class="tgme_page_description" dir="auto">{bio_html}</div>
<div class="tgme_page_action"><a class="tgme_action_button_new shine" href="tg://resolve?domain={esc(p.handle)}">{button}</a></div>
{ctx}
      </div>
    </div>
  </body>
</html>"""
    return html_response(page, server=srv)


def _space_thousands(n: int) -> str:
    return f"{n:,}".replace(",", " ")


# ---------------------------------------------------------------------------------- GitHub


GH_DOCS = "https://docs.github.com/rest"


def _gh_headers(remaining: int = 59, limit: int = 60) -> dict[str, str]:
    return {"x-ratelimit-limit": str(limit), "x-ratelimit-remaining": str(remaining),
            "x-ratelimit-reset": "1795000000", "x-ratelimit-resource": "core",
            "x-github-media-type": "github.v3; format=json", "Server": "github.com"}


#: GitHub's quotas per hour (core API) and per minute (search): anonymous, then with a token
GH_CORE = {False: 60, True: 5000}
GH_SEARCH = {False: 10, True: 30}
#: tokens the simulated GitHub refuses (revoked, malformed): 401 Bad credentials
GH_BAD_TOKENS = {"bad", "revoked", "expired"}


def _gh_credential(req: Request) -> tuple[bool, Response | None]:
    """(authenticated, refusal): ``Authorization: Bearer <token>`` (or GitHub's older
    ``token <token>``) with any non-empty token is accepted; an empty, malformed or revoked one
    (``bad``) gets GitHub's own 401 ``Bad credentials``. No header: anonymous."""
    value = req.headers.get("authorization")
    if value is None:
        return False, None
    scheme, _, token = value.strip().partition(" ")
    token = token.strip()
    if scheme.lower() not in ("bearer", "token") or not token or token in GH_BAD_TOKENS:
        return True, json_response({"message": "Bad credentials", "documentation_url": GH_DOCS,
                                    "status": "401"}, 401, _gh_headers(59))
    return True, None


def _gh_quota(app: App, authed: bool, kind: str = "core") -> dict[str, str]:
    """Rate-limit headers: the authenticated quota counts down with each request."""
    if kind == "search":
        limit = GH_SEARCH[authed]
        h = _gh_headers(limit - 1, limit)
        h["x-ratelimit-resource"] = "search"
    else:
        limit = GH_CORE[authed]
        h = _gh_headers(limit - 1, limit)
    if authed:
        used = app.count(f"github:{kind}")
        h["x-ratelimit-remaining"] = str(max(1, limit - used))
        h["x-ratelimit-used"] = str(used)
    return h


def _gh_user(app: App, p: WorldProfile, full: bool = True) -> dict[str, object]:
    login = p.handle
    base: dict[str, object] = {
        "login": login, "id": p.numeric_id, "node_id": "MDQ6VXNlcj" + p.hexid(8),
        "avatar_url": app.avatar(p), "gravatar_id": "",
        "url": f"https://api.github.com/users/{login}", "html_url": f"https://github.com/{login}",
        "type": "Organization" if p.kind == "organization" else "User", "site_admin": False,
    }
    if full:
        base.update({
            "name": p.display_name or None, "company": None,
            "blog": p.links[0] if p.links else "", "location": None, "email": None,
            "hireable": None, "bio": p.bio or None, "twitter_username": None,
            "public_repos": p.posts, "public_gists": 0, "followers": p.followers,
            "following": p.following, "created_at": iso_full(p.created_at),
            "updated_at": iso_full(p.last_active_at),
        })
    return base


def _gh_count(n: int) -> str:
    """GitHub's short counts on profile pages: 87, 1.2k, 17.1k."""
    if n < 1000:
        return str(n)
    return f"{n / 1000:.1f}".rstrip("0").rstrip(".") + "k"


def _github_page(app: App, p: WorldProfile) -> str:
    """github.com/<handle> as an anonymous browser gets it: a user's vcard (names, bio,
    followers, website) or an organisation's header (name, description, followers, website,
    repositories sorted by last update), with the meta tags of the real pages."""
    h, name, bio, avatar = esc(p.handle), esc(p.display_name), esc(p.bio), esc(app.avatar(p))
    link = esc(p.links[0]) if p.links else ""
    updated = iso_full(p.last_active_at) if p.last_active_at and _shows(p, "last_active_at") else ""
    if p.kind == "organization":
        head = (f'<meta name="hovercard-subject-tag" content="organization:{p.numeric_id}">'
                f'<meta property="og:title" content="{name}">'
                f'<meta property="og:url" content="https://github.com/{h}">'
                f'<meta property="og:description" content="{bio} {name} has {p.posts} '
                f'repositories available. Follow their code on GitHub.">'
                f'<meta property="og:image" content="{avatar}">')
        body = (f'<div class="container-xl px-3 px-md-4 px-lg-5"><div class="d-flex flex-wrap '
                f'flex-items-start flex-md-items-center my-3">'
                f'<img itemprop="image" class="avatar flex-shrink-0 mb-3 mr-3 mb-md-0 mr-md-4" '
                f'src="{avatar}" width="100" height="100" alt="@{h}">'
                f'<div class="flex-1"><h1 class="h2 lh-condensed">{name}</h1>'
                f'<div class="color-fg-muted"><div>{bio}</div></div>'
                f'<div class="d-flex flex-wrap flex-items-center pt-1">'
                f'<a class="Link--secondary no-underline no-wrap" href="/orgs/{h}/followers">'
                f'<span class="text-bold color-fg-default">{_gh_count(p.followers)}</span> '
                f'followers</a>'
                + (f'<a rel="nofollow" class="Link--primary" itemprop="url" href="{link}">'
                   f'{link}</a>' if link else "")
                + '</div></div></div>'
                f'<nav><a href="/orgs/{h}/repositories" class="UnderlineNav-item">Repositories '
                f'<span title="{p.posts}" class="Counter">{p.posts}</span></a></nav>'
                f'<ul data-view-component="true"><li class="Box-row"><a href="/{h}/tools" '
                f'itemprop="name codeRepository">tools</a> Updated <relative-time '
                f'datetime="{updated}" class="no-wrap">{esc(p.last_active_at)}</relative-time>'
                f'</li></ul></div>')
    else:
        head = (f'<meta name="hovercard-subject-tag" content="user:{p.numeric_id}">'
                f'<meta name="octolytics-dimension-user_id" content="{p.numeric_id}">'
                f'<meta property="og:title" content="{h} - Overview">'
                f'<meta property="og:url" content="https://github.com/{h}">'
                f'<meta property="og:description" content="{bio}">'
                f'<meta property="og:image" content="{avatar}">'
                f'<meta property="profile:username" content="{h}">')
        body = (f'<div class="js-profile-editable-replace"><a itemprop="image" href="{avatar}">'
                f'<img alt="View {h}\'s full-sized avatar" src="{avatar}" width="260" '
                f'height="260" class="avatar avatar-user width-full border color-bg-default">'
                f'</a><h1 class="vcard-names "><span class="p-name vcard-fullname d-block '
                f'overflow-hidden" itemprop="name">{name}</span>'
                f'<span class="p-nickname vcard-username d-block" itemprop="additionalName">'
                f'{h}</span></h1>'
                f'<div class="p-note user-profile-bio mb-3 js-user-profile-bio f4" '
                f'data-bio-text="{bio}"><div>{bio}</div></div>'
                f'<div class="mb-3"><a class="Link--secondary no-underline no-wrap" '
                f'href="https://github.com/{h}?tab=followers"><span class="text-bold '
                f'color-fg-default">{_gh_count(p.followers)}</span> followers</a> · '
                f'<a class="Link--secondary no-underline no-wrap" '
                f'href="https://github.com/{h}?tab=following"><span class="text-bold '
                f'color-fg-default">{_gh_count(p.following)}</span> following</a></div>'
                '<ul class="vcard-details">'
                + (f'<li itemprop="url" data-test-selector="profile-website-url" '
                   f'class="vcard-detail pt-1 "><a rel="nofollow me" class="Link--primary " '
                   f'href="{link}">{link}</a></li>' if link else "")
                + f'</ul></div><nav><a href="/{h}?tab=repositories" class="UnderlineNav-item">'
                f'Repositories <span title="{p.posts}" class="Counter">{p.posts}</span></a>'
                f'</nav>')
    # GitHub titles a user page "login (Name) · GitHub", or "login · GitHub" without a name
    title = (f"{h} ({name})" if name else h) if p.kind != "organization" else (name or h)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f'<title>{title} · GitHub</title><meta name="description" content="{bio}">'
            f'{head}</head><body>{body}</body></html>')


def github(app: App, req: Request) -> Response:
    if req.host != "api.github.com":
        m = re.fullmatch(r"/([A-Za-z0-9-]{1,39})/?", req.path)
        p = app.world.profile("github", m.group(1)) if m else None
        if p is None:
            return html_response("<!DOCTYPE html><html><head><title>Page not found · GitHub</title>"
                                 "</head><body>Not Found</body></html>", 404, server="github.com")
        if p.behaviour == "rate_limited" or (p.behaviour == "rate_limited_once"
                                              and app.first_time(p)):
            # github.com answers scrapers that go too fast with a bare 429
            return html_response("<html><body>Too many requests</body></html>", 429,
                                 headers={"Retry-After": "1"}, server="github.com")
        return html_response(_github_page(app, p), server="github.com")
    if not req.headers.get("user-agent"):
        return json_response({"message": "Request forbidden by administrative rules. Please make sure "
                              "your request has a User-Agent header (https://docs.github.com/en/rest/"
                              "overview/resources-in-the-rest-api#user-agent-required). Check "
                              "https://developer.github.com for other possible causes."}, 403,
                             {"Server": "github.com"})
    authed, refusal = _gh_credential(req)
    if refusal is not None:
        return refusal
    if req.path == "/search/users":
        return _github_search(app, req, authed)
    m = re.fullmatch(r"/(users|orgs)/([A-Za-z0-9-]{1,39})/?", req.path)
    p = app.world.profile("github", m.group(2)) if m else None
    if p is not None and m and m.group(1) == "orgs" and p.kind != "organization":
        p = None
    if p is not None and (p.behaviour == "rate_limited" or
                          (p.behaviour == "rate_limited_once" and app.first_time(p))):
        h = _gh_headers(0, GH_CORE[authed])
        if p.behaviour == "rate_limited_once":
            h["Retry-After"] = "1"
        return json_response({"message": "API rate limit exceeded for 127.0.0.1. (But here's the good "
                              "news: Authenticated requests get a higher rate limit. Check out the "
                              "documentation for more details.)",
                              "documentation_url": "https://docs.github.com/rest/overview/"
                              "resources-in-the-rest-api#rate-limiting"}, 403, h)
    if p is None:
        return json_response({"message": "Not Found", "documentation_url": GH_DOCS, "status": "404"},
                             404, _gh_quota(app, authed), indent=2)
    return json_response(_gh_user(app, p), 200, _gh_quota(app, authed), indent=2)


def _github_search(app: App, req: Request, authed: bool = False) -> Response:
    from simweb.search import fold, query_terms

    q = req.arg("q")
    terms = [t for t in q.split() if ":" not in t]
    want_type = next((t.split(":", 1)[1].lower() for t in q.split() if t.lower().startswith("type:")), None)
    words = query_terms(" ".join(terms))
    per_page = max(1, min(100, int(req.arg("per_page", "30") or 30)))
    page = max(1, int(req.arg("page", "1") or 1))
    hits = []
    for p in app.world.on("github"):
        if "platform_search" not in p.indexed_by:
            continue
        if want_type and (want_type == "org") != (p.kind == "organization"):
            continue
        text = fold(f"{p.handle} {p.display_name} {p.bio}")
        if words and all(w in text for w in words):
            hits.append(p)
    items = [dict(_gh_user(app, p, full=False), score=1.0) for p in hits]
    chunk = items[(page - 1) * per_page: page * per_page]
    last = max(1, -(-len(items) // per_page))
    h = _gh_quota(app, authed, "search")
    links = []
    base = f"https://api.github.com/search/users?q={quote(q)}&per_page={per_page}"
    if page < last:
        links.append(f'<{base}&page={page + 1}>; rel="next"')
        links.append(f'<{base}&page={last}>; rel="last"')
    if page > 1:
        links.append(f'<{base}&page={page - 1}>; rel="prev"')
        links.append(f'<{base}&page=1>; rel="first"')
    if links:
        h["Link"] = ", ".join(links)
    return json_response({"total_count": len(items), "incomplete_results": False, "items": chunk},
                         200, h, indent=2)


# ---------------------------------------------------------------------------------- Bluesky


def bluesky_did(app: App, p: WorldProfile) -> str:
    """The account's DID: the one its domain's site declares, else one derived from the profile."""
    site = app.world.site(p.handle)
    if site and site.atproto_did:
        return site.atproto_did
    return "did:plc:" + p.hexid(24)


def _bsky_view(app: App, p: WorldProfile, detailed: bool) -> dict[str, object]:
    view: dict[str, object] = {
        "did": bluesky_did(app, p), "handle": p.handle, "displayName": p.display_name,
        "avatar": app.avatar(p) if p.avatar else None,
        "associated": {"lists": 0, "feedgens": 0, "starterPacks": 0, "labeler": False},
        "labels": [], "createdAt": iso_full(p.created_at), "indexedAt": iso_full(p.last_active_at),
        "description": description_with_links(p),  # links: lines of it, as on Telegram
        "verification": {"verifications": [], "verifiedStatus": "valid" if p.verified else "none",
                         "trustedVerifierStatus": "none"},
    }
    if view["avatar"] is None:
        del view["avatar"]
    if detailed:
        view.update({"followersCount": p.followers, "followsCount": p.following,
                     "postsCount": p.posts, "pinnedPost": None})
    return view


def bluesky(app: App, req: Request) -> Response:
    if req.host == "bsky.app":
        # The web app answers 200 for any path; do not decide from it (PLATFORMS.md).
        return html_response('<!DOCTYPE html><html><head><title>Bluesky</title></head><body>'
                             '<div id="root"></div><noscript>JavaScript required</noscript>'
                             '</body></html>')
    if req.path == "/xrpc/app.bsky.actor.getProfile":
        actor = req.arg("actor").lower()
        if not actor:
            return json_response({"error": "InvalidRequest",
                                  "message": 'Error: Params must have the property "actor"'}, 400)
        if not (actor.startswith("did:") or re.fullmatch(
                r"([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*", actor)):
            return json_response({"error": "InvalidRequest",
                                  "message": "Error: actor must be a valid did or a handle"}, 400)
        if actor.startswith("did:"):
            p = next((x for x in app.world.on("bluesky") if bluesky_did(app, x) == actor), None)
        else:
            p = app.world.profile("bluesky", actor)
        if p is None:
            return json_response({"error": "InvalidRequest", "message": "Profile not found"}, 400)
        gate = generic_gate(app, p)
        if gate:
            return gate
        return json_response(_bsky_view(app, p, True))
    if req.path in ("/xrpc/app.bsky.actor.searchActors", "/xrpc/app.bsky.actor.searchActorsTypeahead"):
        from simweb.search import fold, query_terms

        words = query_terms(req.arg("q") or req.arg("term"))
        limit = max(1, min(100, int(req.arg("limit", "25") or 25)))
        offset = int(req.arg("cursor", "0") or 0)
        hits = [p for p in app.world.on("bluesky") if "platform_search" in p.indexed_by and words
                and all(w in fold(f"{p.handle} {p.display_name} {p.bio}") for w in words)]
        chunk = hits[offset: offset + limit]
        out: dict[str, object] = {"actors": [_bsky_view(app, p, False) for p in chunk]}
        if offset + limit < len(hits):
            out["cursor"] = str(offset + limit)
        return json_response(out)
    return json_response({"error": "MethodNotImplemented", "message": "Method Not Implemented"}, 501)


# ---------------------------------------------------------------------------------- Mastodon


def _masto_account(app: App, p: WorldProfile) -> dict[str, object]:
    fields = []
    for u in p.links:
        shown = urlsplit(u).netloc + urlsplit(u).path.rstrip("/")
        fields.append({
            "name": "Website",
            "value": f'<a href="{esc(u)}" target="_blank" rel="nofollow noopener me" translate="no">'
                     f'<span class="invisible">https://</span><span class="">{esc(shown)}</span></a>',
            "verified_at": iso_full(p.created_at)[:-1] + ".000Z" if u in p.verified_links else None,
        })
    return {
        "id": str(p.numeric_id), "username": p.handle, "acct": p.handle,
        "display_name": p.display_name, "locked": p.private, "bot": re.search(r"\bbot\b", p.bio, re.IGNORECASE) is not None
        or "automated" in p.bio.lower(), "discoverable": True, "group": False,
        "created_at": iso_full(p.created_at)[:10] + "T00:00:00.000Z",
        "note": f"<p>{esc(p.bio)}</p>", "url": f"https://{p.instance}/@{p.handle}",
        "uri": f"https://{p.instance}/users/{p.handle}",
        "avatar": app.avatar(p), "avatar_static": app.avatar(p),
        "header": f"https://{p.instance}/headers/original/missing.png",
        "followers_count": p.followers, "following_count": p.following,
        "statuses_count": p.posts, "last_status_at": p.last_active_at[:10],
        "emojis": [], "fields": fields,
    }


def _masto_moved(app: App, p: WorldProfile) -> WorldProfile | None:
    """The profile ``p`` moved to (``moved_to``), if any."""
    if p.moved_key is None:
        return None
    server, user = p.moved_key
    return next((q for q in app.world.on("mastodon")
                 if q.instance.lower() == server and q.local_name == user), None)


def _masto_suspended(d: DeletedAccount) -> dict[str, object]:
    """What Mastodon 3.3+ answers for an account its moderators suspended: the entity, emptied,
    with ``"suspended": true`` (mastodon/mastodon PR 15345; docs.joinmastodon.org/entities/
    Account: ``suspended``)."""
    user = d.handle.partition("@")[0]
    digest = int(hashlib.sha256(f"mastodon:{d.handle.lower()}".encode()).hexdigest()[:12], 16)
    return {"id": str(digest % 9_000_000_000 + 1_000_000), "username": user, "acct": user,
            "display_name": "", "locked": False, "bot": False, "discoverable": None,
            "group": False, "created_at": "2022-01-01T00:00:00.000Z", "note": "",
            "url": f"https://{d.server}/@{user}", "uri": f"https://{d.server}/users/{user}",
            "avatar": f"https://{d.server}/avatars/original/missing.png",
            "avatar_static": f"https://{d.server}/avatars/original/missing.png",
            "header": f"https://{d.server}/headers/original/missing.png",
            "followers_count": 0, "following_count": 0, "statuses_count": 0,
            "last_status_at": None, "suspended": True, "emojis": [], "fields": []}


def _masto_wall(p: WorldProfile, h: dict[str, str]) -> Response | None:
    """A Mastodon server's answer to an anonymous client that cannot read ``p``:

    * ``login_wall``: a server in secure mode with ``DISALLOW_UNAUTHENTICATED_API_ACCESS``
      (docs.joinmastodon.org/admin/config; mastodon/mastodon issue 21900) answers every REST
      call 401 "This method requires an authenticated user" (its ActivityPub answers need a
      signed request too: AUTHORIZED_FETCH);
    * ``rate_limited``: 429 on every call, ``X-RateLimit-Remaining: 0`` (300 calls / 5 min);
    * ``bot_block``: a server behind a bot filter answers 403 (Cloudflare's challenge).
    ``rate_limited_once`` is answered where the lookup is."""
    if p.behaviour == "login_wall":
        return json_response({"error": "This method requires an authenticated user"}, 401, h)
    if p.behaviour == "rate_limited":
        return json_response({"error": "Too many requests"}, 429,
                             {**h, "Retry-After": "300", "X-RateLimit-Remaining": "0"})
    if p.behaviour == "bot_block":
        return html_response("<!DOCTYPE html><html><head><title>Just a moment...</title></head>"
                             "<body><noscript>Enable JavaScript and cookies to continue"
                             "</noscript></body></html>", 403, server="cloudflare")
    return None


_MASTO_GONE = ("<!DOCTYPE html><html><head><title>The page you are looking for doesn&#39;t exist "
               "here anymore. - Mastodon</title></head><body><h1>The page you are looking for "
               "doesn&#39;t exist here anymore.</h1></body></html>")


def mastodon(app: App, req: Request) -> Response:
    h = {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "299",
         "X-RateLimit-Reset": "2026-11-20T12:05:00.000000Z", "Server": "Mastodon"}
    here = [p for p in app.world.on("mastodon") if p.instance == req.host]

    def find(name: str) -> WorldProfile | None:
        user, _, domain = name.lstrip("@").partition("@")
        if domain and domain.lower() != req.host:
            return None
        key = canonical_handle("mastodon", user)
        return next((p for p in here if p.local_name == key), None)

    def gone(name: str) -> DeletedAccount | None:
        """A ``deleted:`` account of this server (deleted or suspended)."""
        user, _, domain = name.lstrip("@").partition("@")
        if domain and domain.lower() != req.host:
            return None
        key = canonical_handle("mastodon", user)
        return next((d for d in app.world.deleted if d.platform == "mastodon"
                     and d.server == req.host
                     and canonical_handle("mastodon", d.handle.partition("@")[0]) == key), None)

    if req.path == "/api/v1/accounts/lookup":
        p = find(req.arg("acct"))
        if p is None:
            d = gone(req.arg("acct"))
            if d is not None and d.reason == "suspended":
                return json_response(_masto_suspended(d), 200, h)
            return json_response({"error": "Record not found"}, 404, h)
        if p.behaviour == "rate_limited_once" and app.first_time(p):
            return json_response({"error": "Too many requests"}, 429, {**h, "Retry-After": "1",
                                                                        "X-RateLimit-Remaining": "0"})
        wall = _masto_wall(p, h)
        if wall is not None:
            return wall
        account = _masto_account(app, p)
        moved = _masto_moved(app, p)
        if moved is not None:
            # a moved account keeps its profile; the entity names the new one
            # (docs.joinmastodon.org/entities/Account: ``moved``)
            target = _masto_account(app, moved)
            if moved.instance != p.instance:
                target["acct"] = f"{moved.handle}@{moved.instance}"  # as another server names it
            account["moved"] = target
        return json_response(account, 200, h)
    if req.path == "/api/v2/search":
        from simweb.search import fold, query_terms

        if req.arg("type", "accounts") not in ("accounts", ""):
            return json_response({"accounts": [], "statuses": [], "hashtags": []}, 200, h)
        words = query_terms(req.arg("q"))
        limit = max(1, min(40, int(req.arg("limit", "20") or 20)))
        offset = int(req.arg("offset", "0") or 0)
        hits = [p for p in here if "platform_search" in p.indexed_by and words
                and all(w in fold(f"{p.handle} {p.display_name} {p.bio}") for w in words)]
        return json_response({"accounts": [_masto_account(app, p) for p in hits[offset: offset + limit]],
                              "statuses": [], "hashtags": []}, 200, h)
    m = re.fullmatch(r"/@([A-Za-z0-9_]{1,30})/?", req.path)
    if m:
        p = find(m.group(1))
        if p is None and gone(m.group(1)) is not None:
            # a deleted or suspended account's page: 410 (PLATFORMS.md, Mastodon)
            return html_response(_MASTO_GONE, 410, headers=h)
        if p is not None and p.behaviour in ("login_wall", "rate_limited", "bot_block"):
            return _masto_wall(p, h) or html_response(_MASTO_GONE, 410, headers=h)
        if p is None:
            return html_response("<!DOCTYPE html><html><head><title>The page you are looking for "
                                 "isn&#39;t here. - Mastodon</title></head><body><h1>The page you are "
                                 "looking for isn&#39;t here.</h1></body></html>", 404, headers=h)
        links = "".join(f'<a href="{esc(u)}" rel="me nofollow noopener">{esc(u)}</a>' for u in p.links)
        moved = _masto_moved(app, p)
        if moved is not None:
            # the banner Mastodon's web app shows on a moved account (its class name as in
            # mastodon.social's pages: .moved-account-banner)
            links = (f'<div class="moved-account-banner">{esc(p.display_name)} has indicated '
                     f'that their new account is now: <a class="button" href="{esc(moved.url)}">'
                     f'@{esc(moved.handle)}@{moved.instance}</a></div>{links}')
        return html_response(
            f'<!DOCTYPE html><html><head><title>{esc(p.display_name)} (@{esc(p.handle)}@{p.instance}) '
            f'- Mastodon</title><meta property="og:title" content="{esc(p.display_name)} '
            f'(@{esc(p.handle)}@{p.instance})"><meta property="og:description" content="{esc(p.bio)}">'
            f'<meta property="og:image" content="{esc(app.avatar(p))}"><meta property="profile:username" '
            f'content="{esc(p.handle)}@{p.instance}"></head><body><div id="mastodon"></div>{links}'
            f'</body></html>', headers=h)
    if req.path == "/.well-known/webfinger":
        res = req.arg("resource").removeprefix("acct:")
        p = find(res)
        d = gone(res) if p is None else None
        if d is not None and d.reason == "suspended":
            # mastodon/mastodon PR 11869: WebFinger answers 410 for a suspended account
            return Response(410, b"", {"Content-Type": "application/jrd+json; charset=utf-8"})
        if p is None:
            return Response(404, b"", {"Content-Type": "application/jrd+json; charset=utf-8"})
        return json_response({"subject": f"acct:{p.handle}@{p.instance}", "links": [
            {"rel": "self", "type": "application/activity+json",
             "href": f"https://{p.instance}/users/{p.handle}"}]})
    return json_response({"error": "Record not found"}, 404, h)


# ---------------------------------------------------------------------------------- Reddit


def reddit(app: App, req: Request) -> Response:
    """Reddit blocks anonymous JSON and HTML requests for its users alike (403, WMN 2026-06-17);
    a subreddit (a reddit profile whose handle is ``r/<name>``) is served as Reddit serves it to
    a logged-out client: ``/r/<name>/about.json`` and the community's page."""
    if req.path.startswith("/r/"):
        return _subreddit(app, req)
    return _reddit_wall()


def _reddit_wall() -> Response:
    body = ("<!DOCTYPE html><html><head><title>Blocked</title></head><body><h1>whoa there, pardner!"
            "</h1><p>Your request has been blocked due to a network policy.</p><p>If you're running "
            "a script or application, please register or sign in with your developer credentials "
            "here.</p></body></html>")
    return html_response(body, 403, server="snooserv")


def _subreddit(app: App, req: Request) -> Response:
    """A subreddit at /r/<name>/ and anything under it. about.json: kind t5 (display_name,
    title, public_description, subscribers, subreddit_type, community_icon, created_utc); a
    private one 403 {"reason": "private"}, a quarantined one 403 {"reason": "quarantined"}, a
    banned one (a ``deleted`` entry) 404 {"reason": "banned"}, a name nobody registered a 302 to
    /subreddits/search.json?q=<name>. Walls and 429s as Reddit answers them."""
    m = re.fullmatch(r"/r/([A-Za-z0-9_]{2,21})(/[^?#]*)?", req.path)
    name = m.group(1) if m else ""
    as_json = req.path.endswith(".json") or req.host.startswith("oauth.")
    p = app.world.profile("reddit", f"r/{name}") if m else None
    if p is None:
        return _subreddit_missing(app, name, as_json)
    if p.behaviour == "bot_block":
        return _reddit_wall()
    if p.behaviour == "login_wall":
        return redirect(f"https://www.reddit.com/login/?dest={quote(p.url, safe='')}")
    if p.behaviour == "rate_limited" or (p.behaviour == "rate_limited_once" and app.first_time(p)):
        return json_response({"message": "Too Many Requests", "error": 429}, 429,
                             {"Retry-After": "1" if p.behaviour == "rate_limited_once" else "3600"},
                             server="snooserv")
    shown = p.handle.split("/", 1)[1]
    if p.private or p.behaviour == "quarantined":
        reason = "private" if p.private else "quarantined"
        if as_json:
            extra = ({"quarantine_message": "This community is quarantined.",
                      "quarantine_message_html": None} if reason == "quarantined" else {})
            return json_response({"reason": reason, **extra, "message": "Forbidden", "error": 403},
                                 403, server="snooserv")
        said = ("is a private community" if p.private else "is quarantined")
        return html_response(f'<!DOCTYPE html><html lang="en-US"><head><title>r/{esc(shown)}'
                             f'</title></head><body><h1>r/{esc(shown)} {said}</h1><p>Only approved '
                             "members can view and participate.</p></body></html>", 403,
                             server="snooserv")
    if as_json:
        return json_response(_subreddit_about(app, p, shown), server="snooserv")
    return html_response(_subreddit_page(app, p, shown), server="snooserv")


def _subreddit_about(app: App, p: WorldProfile, shown: str) -> dict[str, object]:
    sid = p.hexid(6)
    data: dict[str, object] = {
        "display_name": shown, "display_name_prefixed": f"r/{shown}",
        "title": p.display_name or shown, "public_description": p.bio,
        "description": " ".join([p.bio, *p.links]).strip(), "subscribers": p.followers,
        "active_user_count": None, "over18": False, "subreddit_type": "public", "quarantine": False,
        "id": sid, "name": f"t5_{sid}", "url": f"/r/{shown}/", "lang": "en",
        "icon_img": "", "community_icon": app.avatar(p) if p.avatar else "",
        "user_is_banned": None, "user_is_subscriber": None,
    }
    if _shows(p, "created_at"):
        data["created"] = data["created_utc"] = float(iso_to_epoch(p.created_at))
    return {"kind": "t5", "data": data}


def _subreddit_page(app: App, p: WorldProfile, shown: str) -> str:
    """The community page of the new site (shreddit): its header element carries the name,
    the description and the members' count."""
    url = f"https://www.reddit.com/r/{esc(shown)}/"
    title = esc(p.display_name or shown)
    links = "".join(f'<a href="{esc(u)}" rel="noopener nofollow ugc">{esc(u)}</a>' for u in p.links)
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>r/{esc(shown)}'
            f'</title><meta property="og:title" content="r/{esc(shown)}"><meta property="og:description" '
            f'content="{esc(p.bio)}"><meta property="og:url" content="{url}"><link rel="canonical" '
            f'href="{url}"></head><body><shreddit-app><shreddit-subreddit-header name="{esc(shown)}" '
            f'prefixed-name="r/{esc(shown)}" display-name="{title}" description="{esc(p.bio)}" '
            f'subscribers="{p.followers}" active="0"></shreddit-subreddit-header><h1>{title}</h1>'
            f'<aside><div class="md">{esc(p.bio)} {links}</div></aside></shreddit-app></body></html>')


def _subreddit_missing(app: App, name: str, as_json: bool) -> Response:
    banned = any(d.platform == "reddit" and d.key[1] == f"r/{name.lower()}" for d in app.world.deleted)
    if banned:
        if as_json:
            return json_response({"reason": "banned", "message": "Not Found", "error": 404}, 404,
                                 server="snooserv")
        return html_response(f'<!DOCTYPE html><html lang="en-US"><head><title>r/{esc(name)}</title>'
                             f"</head><body><h1>r/{esc(name)} has been banned from Reddit</h1><p>This "
                             "community was banned for breaking Reddit's rules.</p></body></html>",
                             404, server="snooserv")
    if as_json:
        return redirect(f"https://www.reddit.com/subreddits/search.json?q={quote(name)}")
    return html_response('<!DOCTYPE html><html lang="en-US"><head><title>Reddit - Dive into '
                         "anything</title></head><body><h1>This community may have been banned or "
                         "the community name is incorrect.</h1></body></html>", 404, server="snooserv")


# ---------------------------------------------------------------------------------- Pinterest


def pinterest(app: App, req: Request) -> Response:
    if req.path in ("/", ""):
        return html_response('<!DOCTYPE html><html lang="en"><head><title>Pinterest</title></head><body>'
                             '<h1 id="home-main-title">Get your next idea</h1></body></html>')
    if req.path == "/oembed.json":
        m = re.search(r"pinterest\.com/([A-Za-z0-9_]+)", req.arg("url"))
        p = app.world.profile("pinterest", m.group(1)) if m else None
        if p is None:
            return json_response({"status": "failure", "code": 404}, 404)
        return json_response({"type": "rich", "version": "1.0", "author_name": p.display_name,
                              "author_url": f"https://www.pinterest.com/{p.handle}/",
                              "provider_name": "Pinterest"})
    m = re.fullmatch(r"/([A-Za-z0-9_]{3,30})/?", req.path)
    p = app.world.profile("pinterest", m.group(1)) if m else None
    if p is None:
        return redirect("https://www.pinterest.com/", 301)
    if not req.path.endswith("/"):
        return redirect(f"https://www.pinterest.com/{p.handle}/", 301)
    gate = generic_gate(app, p)
    if gate:
        return gate
    if p.behaviour in ("bot_block", "login_wall"):
        return _pinterest_wall(p)
    avatar = app.avatar(p)
    ld = {"@context": "https://schema.org", "@type": "ProfilePage", "mainEntity": {
        "@type": "Person", "name": p.display_name, "alternateName": p.handle,
        "description": p.bio, "image": avatar, "url": f"https://www.pinterest.com/{p.handle}/",
        "interactionStatistic": [{"@type": "InteractionCounter",
                                  "interactionType": "https://schema.org/FollowAction",
                                  "userInteractionCount": p.followers}]}}
    website = p.links[0] if p.links else None
    props = {"initialReduxState": {"users": {str(p.numeric_id): {
        "id": str(p.numeric_id), "username": p.handle, "full_name": p.display_name, "about": p.bio,
        "image_xlarge_url": avatar, "follower_count": p.followers, "following_count": p.following,
        "pin_count": p.posts, "board_count": max(0, p.posts // 20), "website_url": website,
        "domain_url": urlsplit(website).netloc if website else None,
        "domain_verified": website in p.verified_links if website else False,
        "verified_identity": {"verified": True} if p.verified else {}, "is_verified_merchant": False,
        "last_pin_save_time": iso_full(p.last_active_at), "created_at": iso_full(p.created_at)}}}}
    title = f"{esc(p.display_name)} ({esc(p.handle)}) - Profile | Pinterest"
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:title" content="{esc(p.display_name)} ({esc(p.handle)}) - Profile | Pinterest">
<meta property="og:description" content="{esc(p.bio)}"><meta property="og:image" content="{esc(avatar)}">
<meta property="og:url" content="https://www.pinterest.com/{esc(p.handle)}/">
<script data-test-id="leaf-snippet" type="application/ld+json">{_script_json(ld)}</script>
</head><body><div id="__PWS_ROOT__"></div>
<script id="__PWS_INITIAL_PROPS__" type="application/json">{_script_json(props)}</script></body></html>"""
    return html_response(page)


def _pinterest_wall(p: WorldProfile) -> Response:
    """What Pinterest serves a client it will not show the profile (PLATFORMS.md: a 200 page
    flagged "blocked"): the address echoed in og:url, the site's own title and description,
    an empty user store, nothing of the account."""
    url = f"https://www.pinterest.com/{esc(p.handle)}/"
    notice = ("Log in to see more" if p.behaviour == "login_wall"
              else "Our systems have detected unusual activity from your network.")
    return html_response(
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pinterest</title>'
        f'<meta property="og:title" content="Pinterest"><meta property="og:url" content="{url}">'
        '<meta property="og:description" content="Discover recipes, home ideas, style '
        'inspiration and other ideas to try."></head><body><div id="__PWS_ROOT__"></div>'
        f'<div class="notice">{notice}</div><script id="__PWS_DATA__" type="application/json">'
        '{"props":{"initialReduxState":{"users":{}}}}</script></body></html>')


# ---------------------------------------------------------------------------------- Threads


def threads(app: App, req: Request) -> Response:
    if req.host.endswith("threads.net"):
        return redirect(f"https://www.threads.com{req.path}", 301)
    if req.path.startswith("/login"):
        return html_response("<!DOCTYPE html><html><head><title>Threads • Log in</title></head><body>"
                             "<div>Log in with your Instagram account</div></body></html>")
    nxt = quote(req.path, safe="")
    return redirect(f"https://www.threads.com/login?show_choice_screen=false&next={nxt}", 302)
