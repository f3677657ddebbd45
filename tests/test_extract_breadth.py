"""Breadth: the page and API shapes real clients have met on each platform, over the years,
read by the extractors (the layers and the catalog's rules together). Every body is written by
hand from the platform's documented or widely seen shape, with made-up values; none is a copy
of a capture. Old and new layouts, mobile sites, API v1/v1.1/v2/GraphQL answers and their error
shapes, login walls and consent pages in other languages, suspended and missing accounts.

Precision first: a wall, a rate limit, a bad token or an error we cannot read is "could not
check" (unverifiable), never found and never not found."""

# ruff: noqa: E501  (realistic bodies are long lines)
from __future__ import annotations

import html
import json

import pytest

from crawler.catalog import load_catalog
from crawler.extract import read_profile
from crawler.extract.layers import _LOGIN_TITLE

CAT = load_catalog()


def rd(p, url, status, body):
    if isinstance(body, dict | list):
        body = json.dumps(body)
    return read_profile(CAT[p], url, status, {}, body.encode())


def page(title, head="", body=""):
    return f"<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


CASES = [
 # ---- X
 ("x", "https://x.com/i/api/graphql/q/UserByScreenName?variables=%7B%22screen_name%22%3A%22harbourferry%22%7D", 200,
  {"data": {"user": {"result": {"__typename": "User", "id": "VXNlcjox", "rest_id": "4411", "is_blue_verified": True,
   "core": {"created_at": "Mon Jan 01 00:00:00 +0000 2012", "name": "Harbour Ferry", "screen_name": "harbourferry"},
   "avatar": {"image_url": "https://pbs.twimg.com/profile_images/1/a_normal.jpg"},
   "legacy": {"description": "Boats.", "followers_count": 1200, "friends_count": 30, "statuses_count": 900,
              "entities": {"url": {"urls": [{"expanded_url": "https://harbourferry.example"}]}}},
   "privacy": {"protected": False}, "verification": {"verified": False}}}}},
  "found", {"handle": "harbourferry", "display_name": "Harbour Ferry", "followers": 1200, "platform_id": "4411", "external_links": ("https://harbourferry.example",)}),
 ("x", "https://api.twitter.com/1.1/users/show.json?screen_name=nobody", 404, {"errors": [{"code": 50, "message": "User not found."}]}, "not_found", {}),
 ("x", "https://api.twitter.com/1.1/users/show.json?screen_name=x", 401, {"errors": [{"code": 89, "message": "Invalid or expired token."}]}, "unverifiable", {}),
 ("x", "https://api.twitter.com/1.1/users/show.json?screen_name=x", 429, {"errors": [{"code": 88, "message": "Rate limit exceeded"}]}, "unverifiable", {}),
 ("x", "https://api.twitter.com/2/users/by/username/x", 401, {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"}, "unverifiable", {}),
 ("x", "https://api.twitter.com/2/users/by/username/x", 403, {"client_id": "1", "detail": "When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project.", "registration_url": "https://developer.twitter.com/", "title": "Client Forbidden", "required_enrollment": "Appropriate Level of API Access", "reason": "client-not-enrolled", "type": "https://api.twitter.com/2/problems/client-forbidden"}, "unverifiable", {}),
 ("x", "https://api.twitter.com/2/users/by/username/x", 429, {"title": "Too Many Requests", "detail": "Too Many Requests", "type": "about:blank", "status": 429}, "unverifiable", {}),
 ("x", "https://cdn.syndication.twimg.com/widgets/followbutton/info.json?screen_names=harbourferry", 200,
  [{"following": False, "id": "4411", "screen_name": "harbourferry", "name": "Harbour Ferry", "protected": False, "followers_count": 1200, "formatted_followers_count": "1,200 followers", "age_gated": False}],
  "found", {"handle": "harbourferry", "followers": 1200}),
 ("x", "https://mobile.twitter.com/harbourferry", 200,
  page("Harbour Ferry (@harbourferry) on Twitter", body='<table class="profile-details"><tr><td class="user-info"><div class="fullname">Harbour Ferry</div><span class="screen-name">harbourferry</span></td></tr></table><div class="bio"><div class="dir-ltr">Boats.</div></div><table class="profile-stats"><tr><td><a href="/harbourferry"><div class="statnum">900</div><div class="statlabel"> Tweets </div></a></td><td><a href="/harbourferry/following"><div class="statnum">30</div><div class="statlabel"> Following </div></a></td><td><a href="/harbourferry/followers"><div class="statnum">1,200</div><div class="statlabel"> Followers </div></a></td></tr></table>'),
  "found", {"handle": "harbourferry", "display_name": "Harbour Ferry", "followers": 1200, "following": 30, "posts": 900, "bio": "Boats."}),
 ("x", "https://twitter.com/harbourferry", 200, page("Twitter / Account Suspended", body="<h1>Account suspended</h1><p>Twitter suspends accounts which violate the Twitter Rules</p>"), "not_found", {}),
 ("x", "https://twitter.com/nobodyhere", 404, page("Twitter / ?", body="<h1>Sorry, that page doesn’t exist!</h1>"), "not_found", {}),
 ("x", "https://x.com/harbourferry", 200, page("X", body='<div id="react-root"></div><noscript>JavaScript is not available.</noscript>'), "unverifiable", {}),
 ("x", "https://twitter.com/login?redirect_after_login=%2Fharbourferry", 200, page("Login on Twitter / Twitter"), "unverifiable", {}),
 ("x", "https://twitter.com/harbourferry", 200, page("Anmelden bei X / X"), "unverifiable", {}),
 # ---- Facebook
 ("facebook", "https://www.facebook.com/harbourferry", 200, page("Facebook – anmelden oder registrieren", body='<form id="login_form"></form>'), "unverifiable", {}),
 ("facebook", "https://www.facebook.com/harbourferry", 200, page("Facebook - Inicia sesión o regístrate"), "unverifiable", {}),
 ("facebook", "https://www.facebook.com/harbourferry", 200, page("Facebook – entre ou cadastre-se"), "unverifiable", {}),
 ("facebook", "https://www.facebook.com/harbourferry", 200, page("Facebook - Giriş Yap veya Kaydol"), "unverifiable", {}),
 ("facebook", "https://www.facebook.com/harbourferry", 200, page("Facebook - Aanmelden of registreren"), "unverifiable", {}),
 ("facebook", "https://www.facebook.com/harbourferry", 200, page("Facebook – zaloguj się lub zarejestruj"), "unverifiable", {}),
 ("facebook", "https://www.facebook.com/harbourferry", 200, page("Facebook – войдите или зарегистрируйтесь"), "unverifiable", {}),
 ("facebook", "https://www.facebook.com/harbourferry", 200, page("Facebook - ログインまたは登録"), "unverifiable", {}),
 ("facebook", "https://www.facebook.com/harbourferry", 200, page("Facebook - Masuk atau Daftar"), "unverifiable", {}),
 ("facebook", "https://www.facebook.com/harbourferry", 200, page("Facebook – accedi o iscriviti"), "unverifiable", {}),
 ("facebook", "https://www.facebook.com/harbourferry", 200, page("Facebook – logga in eller registrera dig"), "unverifiable", {}),
 ("facebook", "https://www.facebook.com/harbourferry", 200, page("Facebook - Đăng nhập hoặc đăng ký"), "unverifiable", {}),
 ("facebook", "https://www.facebook.com/harbourferry", 200, page("Facebook"), "unverifiable", {}),
 ("facebook", "https://www.facebook.com/nobodyhere", 200, page("Facebook", body="<h2>This content isn't available right now</h2><span>When this happens, it's usually because the owner only shared it with a small group of people</span>"), "not_found", {}),
 ("facebook", "https://www.facebook.com/nobodyhere", 404, page("Page Not Found | Facebook", body="<h2>Sorry, this page isn't available</h2><p>The link you followed may be broken, or the page may have been removed.</p>"), "not_found", {}),
 ("facebook", "https://m.facebook.com/harbourferry", 200, page("Harbour Ferry - Home | Facebook", head='<meta property="og:url" content="https://m.facebook.com/harbourferry/"><meta property="og:title" content="Harbour Ferry"><meta property="og:description" content="Harbour Ferry. 4,512 likes · 12 talking about this. Ferries since 1921.">'), "found", {"handle": "harbourferry", "display_name": "Harbour Ferry", "followers": 4512}),
 ("facebook", "https://graph.facebook.com/v12.0/harbourferry?fields=id,name", 400, {"error": {"message": "(#100) Pages Public Content Access requires either app secret proof or an app token", "type": "OAuthException", "code": 100}}, "unverifiable", {}),
 ("facebook", "https://graph.facebook.com/v12.0/harbourferry", 400, {"error": {"message": "An access token is required to request this resource.", "type": "OAuthException", "code": 104}}, "unverifiable", {}),
 ("facebook", "https://graph.facebook.com/v12.0/nobodyhere", 404, {"error": {"message": "(#803) Some of the aliases you requested do not exist: nobodyhere", "type": "OAuthException", "code": 803}}, "not_found", {}),
 ("facebook", "https://graph.facebook.com/v2.0/harbourferry", 400, {"error": {"message": "(#4) Application request limit reached", "type": "OAuthException", "is_transient": True, "code": 4}}, "unverifiable", {}),
 # ---- Instagram
 ("instagram", "https://www.instagram.com/harbourferry/", 200, page("Login • Instagram"), "unverifiable", {}),
 ("instagram", "https://www.instagram.com/harbourferry/", 200, page("Instagram", body='<div id="react-root"></div>'), "unverifiable", {}),
 ("instagram", "https://www.instagram.com/harbourferry/", 200, page("Iniciar sesión • Instagram"), "unverifiable", {}),
 ("instagram", "https://www.instagram.com/nobodyhere/", 404, page("Page Not Found • Instagram", body="<h2>Sorry, this page isn't available.</h2>"), "not_found", {}),
 ("instagram", "https://www.instagram.com/nobodyhere/", 200, page("Instagram", body="<span>Sorry, this page isn't available.</span><span>The link you followed may be broken, or the page may have been removed.</span>"), "not_found", {}),
 ("instagram", "https://i.instagram.com/api/v1/users/web_profile_info/?username=harbourferry", 200,
  {"data": {"user": {"biography": "Boats.", "external_url": "https://harbourferry.example", "edge_followed_by": {"count": 1200}, "edge_follow": {"count": 30}, "full_name": "Harbour Ferry", "id": "4411", "is_private": False, "is_verified": False, "username": "harbourferry", "edge_owner_to_timeline_media": {"count": 90}}}, "status": "ok"},
  "found", {"handle": "harbourferry", "followers": 1200, "posts": 90, "platform_id": "4411"}),
 ("instagram", "https://i.instagram.com/api/v1/users/web_profile_info/?username=nobodyhere", 404, {"data": {"user": None}, "status": "ok"}, "not_found", {}),
 ("instagram", "https://i.instagram.com/api/v1/users/web_profile_info/?username=x", 401, {"message": "Please wait a few minutes before you try again.", "require_login": True, "status": "fail"}, "unverifiable", {}),
 ("instagram", "https://graph.facebook.com/v18.0/17841400000?fields=business_discovery.username(harbourferry){followers_count,media_count,username,name,biography,website,id}", 200,
  {"business_discovery": {"followers_count": 1200, "media_count": 90, "username": "harbourferry", "name": "Harbour Ferry", "biography": "Boats.", "website": "https://harbourferry.example", "id": "17841405555"}, "id": "17841400000"},
  "found", {"handle": "harbourferry", "followers": 1200, "platform_id": "17841405555"}),
 ("instagram", "https://www.instagram.com/harbourferry/", 200, page("Harbour Ferry (&#064;harbourferry) &#x2022; Instagram photos and videos", head='<meta property="og:url" content="https://www.instagram.com/harbourferry/"><meta content="1,200 Followers, 30 Following, 90 Posts - See Instagram photos and videos from Harbour Ferry (&#064;harbourferry)" name="description">'), "found", {"handle": "harbourferry", "followers": 1200, "following": 30, "posts": 90}),
 # ---- YouTube
 ("youtube", "https://www.googleapis.com/youtube/v3/channels?part=snippet&forUsername=nobody", 200, {"kind": "youtube#channelListResponse", "etag": "x", "pageInfo": {"totalResults": 0, "resultsPerPage": 5}}, "not_found", {}),
 ("youtube", "https://www.googleapis.com/youtube/v3/channels?part=snippet&id=UCx", 403, {"error": {"code": 403, "message": "The request cannot be completed because you have exceeded your <a href=\"/youtube/v3/getting-started#quota\">quota</a>.", "errors": [{"message": "...", "domain": "youtube.quota", "reason": "quotaExceeded"}]}}, "unverifiable", {}),
 ("youtube", "https://www.youtube.com/@harbourferry", 200, page("Before you continue to YouTube", body='<form action="https://consent.youtube.com/save"></form>'), "unverifiable", {}),
 ("youtube", "https://www.youtube.com/@harbourferry", 200, page("Bevor Sie zu YouTube weitergehen", body='<form action="https://consent.youtube.com/save"></form>'), "unverifiable", {}),
 ("youtube", "https://consent.youtube.com/m?continue=https%3A%2F%2Fwww.youtube.com%2F%40harbourferry", 200, page("Avant d'accéder à YouTube"), "unverifiable", {}),
 ("youtube", "https://www.youtube.com/feeds/videos.xml?channel_id=UCabcdefghijklmnopqrstuv", 200,
  '<?xml version="1.0" encoding="UTF-8"?><feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns="http://www.w3.org/2005/Atom"><link rel="self" href="http://www.youtube.com/feeds/videos.xml?channel_id=UCabcdefghijklmnopqrstuv"/><id>yt:channel:UCabcdefghijklmnopqrstuv</id><yt:channelId>UCabcdefghijklmnopqrstuv</yt:channelId><title>Harbour Ferry</title><link rel="alternate" href="https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv"/><author><name>Harbour Ferry</name><uri>https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv</uri></author><published>2012-01-01T00:00:00+00:00</published></feed>',
  "found", {"display_name": "Harbour Ferry", "platform_id": "UCabcdefghijklmnopqrstuv"}),
 # ---- TikTok
 ("tiktok", "https://open.tiktokapis.com/v2/user/info/?fields=open_id,display_name", 200,
  {"data": {"user": {"open_id": "o-1", "union_id": "u-1", "avatar_url": "https://p16.tiktokcdn.com/a.jpeg", "display_name": "Harbour Ferry", "username": "harbourferry", "bio_description": "Boats.", "profile_deep_link": "https://vm.tiktok.com/ZM1/", "is_verified": False, "follower_count": 1200, "following_count": 30, "likes_count": 5000, "video_count": 90}},
   "error": {"code": "ok", "message": "", "log_id": "2022"}}, "found", {"handle": "harbourferry", "display_name": "Harbour Ferry", "bio": "Boats.", "followers": 1200, "posts": 90}),
 ("tiktok", "https://open.tiktokapis.com/v2/user/info/", 401, {"data": {}, "error": {"code": "access_token_invalid", "message": "The access token is invalid or not found in the request.", "log_id": "2022"}}, "unverifiable", {}),
 ("tiktok", "https://www.tiktok.com/@nobodyhere", 200, page("TikTok - Make Your Day", body='<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{"__DEFAULT_SCOPE__":{"webapp.user-detail":{"statusCode":10221,"statusMsg":"","needFix":false}}}</script>'), "not_found", {}),
 ("tiktok", "https://www.tiktok.com/@harbourferry", 200, page("TikTok - Make Your Day", body='<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{"__DEFAULT_SCOPE__":{"webapp.user-detail":{"userInfo":{"user":{"id":"68","uniqueId":"harbourferry","nickname":"Harbour Ferry","signature":"Boats.","verified":false,"privateAccount":false},"stats":{"followerCount":1200,"followingCount":30,"videoCount":90}},"statusCode":0}}}</script>'), "found", {"handle": "harbourferry", "followers": 1200, "platform_id": "68"}),
 ("tiktok", "https://www.tiktok.com/node/share/user/@harbourferry", 200, {"statusCode": 0, "userInfo": {"user": {"id": "68", "uniqueId": "harbourferry", "nickname": "Harbour Ferry", "signature": "Boats."}, "stats": {"followerCount": 1200, "followingCount": 30, "videoCount": 90}}}, "found", {"handle": "harbourferry", "followers": 1200}),
 ("tiktok", "https://www.tiktok.com/node/share/user/@nobodyhere", 200, {"statusCode": 10202, "userInfo": {}}, "not_found", {}),
 ("tiktok", "https://www.tiktok.com/@harbourferry", 200, page("Log in | TikTok"), "unverifiable", {}),
 # ---- Reddit
 ("reddit", "https://www.reddit.com/user/harbour_ferry/about.json", 403, page("Blocked", body="<h1>whoa there, pardner!</h1><p>Your request has been blocked due to a network policy.</p>"), "unverifiable", {}),
 ("reddit", "https://www.reddit.com/user/harbour_ferry/", 403, page("Reddit - Dive into anything", body="<p>You've been blocked by network security.</p><p>To continue, log in to your Reddit account or use your developer token</p>"), "unverifiable", {}),
 ("reddit", "https://www.reddit.com/user/harbour_ferry/about.json", 429, page("Too Many Requests", body="<h1>whoa there, pardner!</h1>"), "unverifiable", {}),
 ("reddit", "https://old.reddit.com/user/nobodyhere", 404, page("reddit.com: page not found", body='<div class="content"><h1>page not found</h1><p>the page you requested does not exist</p></div>'), "not_found", {}),
 ("reddit", "https://www.reddit.com/user/nobodyhere/", 404, page("reddit.com: page not found", body='<h2>Sorry, nobody on Reddit goes by that name.</h2>'), "not_found", {}),
 ("reddit", "https://old.reddit.com/user/harbour_ferry", 200, page("overview for harbour_ferry", head='<link rel="canonical" href="https://www.reddit.com/user/harbour_ferry/">', body='<div class="side"><div class="titlebox"><h1>harbour_ferry</h1><span class="karma">311</span> post karma<br><span class="karma comment-karma">42</span> comment karma</div></div>'), "found", {"handle": "harbour_ferry"}),
 ("reddit", "https://www.reddit.com/user/harbour_ferry/about.json", 200, {"kind": "t2", "data": {"name": "harbour_ferry", "is_suspended": True}}, "not_found", {}),
 ("reddit", "https://www.reddit.com/api/v1/user/harbour_ferry/about", 200, {"kind": "t2", "data": {"name": "harbour_ferry", "id": "abc12", "link_karma": 311, "comment_karma": 42, "created_utc": 1500000000.0, "subreddit": {"title": "Harbour Ferry", "public_description": "Boats.", "subscribers": 40, "display_name_prefixed": "u/harbour_ferry"}}}, "found", {"handle": "harbour_ferry", "platform_id": "abc12"}),
 # ---- LinkedIn
 ("linkedin", "https://www.linkedin.com/company/harbour-ferry/", 999, "<html><head><script>window.location.href='https://www.linkedin.com/authwall?trk=gf'</script></head></html>", "unverifiable", {}),
 ("linkedin", "https://www.linkedin.com/company/harbour-ferry/", 200, page("Sign Up | LinkedIn", head='<link rel="canonical" href="https://www.linkedin.com/signup">'), "unverifiable", {}),
 ("linkedin", "https://www.linkedin.com/company/harbour-ferry/", 200, page("LinkedIn: Log In or Sign Up"), "unverifiable", {}),
 ("linkedin", "https://www.linkedin.com/company/harbour-ferry/", 200, page("LinkedIn: Inloggen of registreren"), "unverifiable", {}),
 ("linkedin", "https://api.linkedin.com/v2/organizations/20202", 200, {"id": 20202, "localizedName": "Harbour Ferry", "vanityName": "harbour-ferry", "localizedWebsite": "https://harbourferry.example", "localizedDescription": "Ferries since 1921."}, "found", {"handle": "harbour-ferry", "display_name": "Harbour Ferry", "bio": "Ferries since 1921.", "external_links": ("https://harbourferry.example",), "platform_id": "20202"}),
 ("linkedin", "https://api.linkedin.com/v2/organizations/20202", 403, {"serviceErrorCode": 100, "message": "Not enough permissions to access: GET /organizations/20202", "status": 403}, "unverifiable", {}),
 ("linkedin", "https://api.linkedin.com/v2/organizations/20203", 404, {"serviceErrorCode": 0, "message": "Resource organization does not exist", "status": 404}, "not_found", {}),
 # ---- Telegram
 ("telegram", "https://t.me/nobodyhere", 200, page("Telegram: Contact @nobodyhere", head='<meta property="og:title" content="Telegram: Contact @nobodyhere"><meta property="og:description" content=""><meta name="robots" content="noindex, nofollow">', body='<div class="tgme_page"><div class="tgme_page_extra">If you have <strong>Telegram</strong>, you can contact <a class="tgme_username_link" href="tg://resolve?domain=nobodyhere">@nobodyhere</a> right away.</div></div>'), "not_found", {}),
 ("telegram", "https://api.telegram.org/bot123:ABC/getChat?chat_id=@harbourferry", 200, {"ok": True, "result": {"id": -1001234567890, "title": "Harbour Ferry", "username": "harbourferry", "type": "channel", "description": "Boats. https://harbourferry.example"}}, "found", {"handle": "harbourferry", "display_name": "Harbour Ferry", "platform_id": "-1001234567890"}),
 ("telegram", "https://api.telegram.org/bot123:ABC/getChat?chat_id=@nobodyhere", 400, {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"}, "not_found", {}),
 ("telegram", "https://api.telegram.org/bot123:ABC/getChat?chat_id=@x", 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}, "unverifiable", {}),
 ("telegram", "https://api.telegram.org/bot123:ABC/getChat?chat_id=@x", 429, {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 35", "parameters": {"retry_after": 35}}, "unverifiable", {}),
 # ---- Threads
 ("threads", "https://www.threads.net/@harbourferry", 200, page("Harbour Ferry (@harbourferry) • Threads, Say more", head='<meta property="og:title" content="Harbour Ferry (&#064;harbourferry) on Threads"><meta property="og:description" content="1.2K Followers • 40 Threads • Boats. See the latest conversations with @harbourferry."><meta property="og:url" content="https://www.threads.net/@harbourferry">'), "found", {"handle": "harbourferry", "display_name": "Harbour Ferry", "followers": 1200}),
 ("threads", "https://www.threads.net/@harbourferry", 200, page("Threads • Log in"), "unverifiable", {}),
 ("threads", "https://www.threads.net/@harbourferry", 200, page("Threads"), "unverifiable", {}),
 # ---- Bluesky
 ("bluesky", "https://bsky.app/profile/harbourferry.bsky.social", 200, page("@harbourferry.bsky.social on Bluesky", head='<meta property="og:title" content="Harbour Ferry (@harbourferry.bsky.social)"><meta property="og:description" content="Boats."><meta property="profile:username" content="harbourferry.bsky.social"><link rel="alternate" href="at://did:plc:abc123/app.bsky.actor.profile/self">'), "found", {"handle": "harbourferry.bsky.social", "display_name": "Harbour Ferry"}),
 ("bluesky", "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=nobody.bsky.social", 400, {"error": "InvalidRequest", "message": "Profile not found"}, "not_found", {}),
 ("bluesky", "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=x.bsky.social", 429, {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"}, "unverifiable", {}),
 # ---- Mastodon
 ("mastodon", "https://mastodon.social/api/v1/accounts/lookup?acct=harbourferry", 200, {"id": "1099", "username": "harbourferry", "acct": "harbourferry", "display_name": "Harbour Ferry", "locked": False, "bot": False, "note": "<p>Boats.</p>", "url": "https://mastodon.social/@harbourferry", "followers_count": 1200, "following_count": 30, "statuses_count": 90, "suspended": True}, "not_found", {}),
 ("mastodon", "https://mastodon.social/api/v1/accounts/lookup?acct=nobodyhere", 404, {"error": "Record not found"}, "not_found", {}),
 ("mastodon", "https://mastodon.social/.well-known/webfinger?resource=acct:harbourferry@mastodon.social", 200, {"subject": "acct:harbourferry@mastodon.social", "aliases": ["https://mastodon.social/@harbourferry", "https://mastodon.social/users/harbourferry"], "links": [{"rel": "http://webfinger.net/rel/profile-page", "type": "text/html", "href": "https://mastodon.social/@harbourferry"}, {"rel": "self", "type": "application/activity+json", "href": "https://mastodon.social/users/harbourferry"}]}, "found", {"handle": "harbourferry"}),
 ("mastodon", "https://mastodon.social/api/v1/accounts/lookup?acct=x", 429, {"error": "Too many requests"}, "unverifiable", {}),
 ("mastodon", "https://mastodon.social/users/harbourferry", 410, {"error": "Gone"}, "not_found", {}),
 # ---- Pinterest
 ("pinterest", "https://api.pinterest.com/v5/user_account", 200, {"account_type": "BUSINESS", "profile_image": "https://i.pinimg.com/a.jpg", "website_url": "https://harbourferry.example", "username": "harbourferry", "about": "Boats.", "business_name": "Harbour Ferry", "board_count": 3, "pin_count": 90, "follower_count": 1200, "following_count": 30, "monthly_views": 5, "id": "55500"}, "found", {"handle": "harbourferry", "display_name": "Harbour Ferry", "followers": 1200, "posts": 90}),
 ("pinterest", "https://www.pinterest.com/resource/UserResource/get/?data=%7B%22options%22%3A%7B%22username%22%3A%22nobodyhere%22%7D%7D", 404, {"resource_response": {"status": "failure", "http_status": 404, "message": "User not found.", "error": {"message": "User not found.", "code": 30, "http_status": 404, "status": "failure"}}}, "not_found", {}),
 ("pinterest", "https://www.pinterest.com/resource/UserResource/get/?data=x", 200, {"resource_response": {"status": "success", "code": 0, "data": {"id": "55500", "username": "harbourferry", "full_name": "Harbour Ferry", "about": "Boats.", "follower_count": 1200, "following_count": 30, "pin_count": 90, "website_url": "https://harbourferry.example"}}}, "found", {"handle": "harbourferry", "followers": 1200}),
 ("pinterest", "https://www.pinterest.com/harbourferry/", 200, page("Harbour Ferry (harbourferry) - Profile | Pinterest", head='<meta property="og:url" content="https://www.pinterest.com/harbourferry/"><meta property="og:title" content="Harbour Ferry (harbourferry) - Profile | Pinterest"><meta property="og:description" content="Boats. | 1.2k followers, 30 following, 90 pins"><meta property="pinterestapp:followers" content="1200">'), "found", {"handle": "harbourferry", "display_name": "Harbour Ferry", "followers": 1200}),
 # ---- GitHub
 ("github", "https://api.github.com/graphql", 200, {"data": {"user": None}, "errors": [{"type": "NOT_FOUND", "path": ["user"], "locations": [{"line": 1, "column": 9}], "message": "Could not resolve to a User with the login of 'nobodyhere'."}]}, "not_found", {}),
 ("github", "https://api.github.com/graphql", 200, {"data": {"user": None}, "errors": [{"type": "RATE_LIMITED", "message": "API rate limit exceeded for user ID 1."}]}, "unverifiable", {}),
 ("github", "https://api.github.com/graphql", 200, {"data": {"user": {"login": "harbourferry", "name": "Harbour Ferry", "bio": "Boats.", "websiteUrl": "https://harbourferry.example", "followers": {"totalCount": 1200}, "following": {"totalCount": 30}, "databaseId": 4411, "id": "MDQ6VXNlcjQ0MTE="}}}, "found", {"handle": "harbourferry", "followers": 1200, "following": 30, "external_links": ("https://harbourferry.example",)}),
 ("github", "https://api.github.com/users/harbourferry", 403, {"message": "API rate limit exceeded for 1.2.3.4. (But here's the good news: Authenticated requests get a higher rate limit.)", "documentation_url": "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting"}, "unverifiable", {}),
 ("github", "https://github.com/nobodyhere", 404, page("Page not found · GitHub · GitHub"), "not_found", {}),
 ("github", "https://github.com/harbourferry", 200, page("harbourferry (Harbour Ferry) · GitHub", head='<meta property="og:url" content="https://github.com/harbourferry"><meta property="profile:username" content="harbourferry"><meta property="og:title" content="harbourferry - Overview">', body='<span class="p-name vcard-fullname" itemprop="name">Harbour Ferry</span><div class="p-note user-profile-bio"><div>Boats.</div></div><a class="Link--secondary" href="/harbourferry?tab=followers"><span class="text-bold">1.2k</span> followers</a><li itemprop="url"><a rel="nofollow me" class="Link--primary" href="https://harbourferry.example">https://harbourferry.example</a></li>'), "found", {"handle": "harbourferry", "display_name": "Harbour Ferry", "bio": "Boats.", "followers": 1200, "external_links": ("https://harbourferry.example",)}),
 # ---- generic walls
 ("x", "https://x.com/harbourferry", 403, page("Just a moment...", body='<div id="challenge-form"></div><script src="/cdn-cgi/challenge-platform/h/b/orchestrate/jsch/v1"></script>'), "unverifiable", {}),
 ("instagram", "https://www.instagram.com/harbourferry/", 200, page("Attention Required! | Cloudflare"), "unverifiable", {}),
]



# older layouts (2010-2019), restricted and withheld profiles, rate-limit and captcha pages
CASES += [
 # X 2010-2012 hCard page
 ("x", "http://twitter.com/harbourferry", 200, page("Harbour Ferry (harbourferry) on Twitter", body='<div id="profile"><address><ul class="about vcard entry-author"><li><span class="label">Name</span> <span class="fn">Harbour Ferry</span></li><li><span class="label">Web</span> <a href="http://harbourferry.example" class="url" rel="me nofollow">http://harbourferry.example</a></li><li id="bio"><span class="label">Bio</span> <span class="bio">Boats.</span></li></ul></address><div class="stats"><a href="/harbourferry/following" id="following_count_link"><span id="following_count" class="stats_count numeric">30 </span><span class="label">Following</span></a><a href="/harbourferry/followers" id="follower_count_link"><span id="follower_count" class="stats_count numeric">1,200 </span><span class="label">Followers</span></a></div></div><span id="update_count" class="stat_count">900</span>'), "found", {"handle": "harbourferry", "display_name": "Harbour Ferry", "bio": "Boats.", "followers": 1200, "following": 30, "external_links": ("http://harbourferry.example",)}),
 # X withheld
 ("x", "https://twitter.com/harbourferry", 200, page("Harbour Ferry (@harbourferry) / Twitter", head='<meta property="og:url" content="https://twitter.com/harbourferry">', body="<span>@harbourferry’s account has been withheld in Germany in response to a legal demand.</span>"), "found", {}),
 # YouTube 2014 channel page
 ("youtube", "https://www.youtube.com/user/harbourferry", 200, page("Harbour Ferry - YouTube", head='<meta name="title" content="Harbour Ferry"><meta name="description" content="Boats."><meta property="og:url" content="https://www.youtube.com/user/harbourferry"><meta property="og:title" content="Harbour Ferry"><meta itemprop="channelId" content="UCabcdefghijklmnopqrstuv">', body='<span class="yt-subscription-button-subscriber-count-branded-horizontal subscribed yt-uix-tooltip" title="1,200" tabindex="0" aria-label="1,200 subscribers">1,200</span><h1 class="branded-page-header-title"><span class="qualified-channel-title ellipsized"><span class="qualified-channel-title-text"><a class="spf-link branded-page-header-title-link yt-uix-sessionlink" title="Harbour Ferry" href="/user/harbourferry">Harbour Ferry</a></span></span></h1>'), "found", {"handle": "harbourferry", "display_name": "Harbour Ferry", "followers": 1200, "platform_id": "UCabcdefghijklmnopqrstuv"}),
 # Mastodon HTML v3
 ("mastodon", "https://mastodon.social/@harbourferry", 200, page("Harbour Ferry (@harbourferry@mastodon.social) - Mastodon", head='<meta property="og:url" content="https://mastodon.social/@harbourferry"><meta property="og:title" content="Harbour Ferry (@harbourferry@mastodon.social)"><meta property="og:description" content="90 Posts, 30 Following, 1.2K Followers · Boats."><meta property="profile:username" content="harbourferry@mastodon.social">', body='<div class="public-account-header__tabs__name"><h1>Harbour Ferry<small>@harbourferry@mastodon.social</small></h1></div><div class="account__header__content emojify"><p>Boats.</p></div>'), "found", {"handle": "harbourferry", "display_name": "Harbour Ferry", "followers": 1200, "posts": 90}),
 # GitHub 2016
 ("github", "https://github.com/harbourferry", 200, page("harbourferry (Harbour Ferry) · GitHub", head='<meta property="og:url" content="https://github.com/harbourferry"><meta name="description" content="harbourferry has 12 repositories available. Follow their code on GitHub.">', body='<div class="vcard-names-container"><h1 class="vcard-names"><span class="vcard-fullname" itemprop="name">Harbour Ferry</span><span class="vcard-username" itemprop="additionalName">harbourferry</span></h1></div><div class="user-profile-bio"><div>Boats.</div></div><li class="vcard-detail" itemprop="url"><a href="https://harbourferry.example" class="url" rel="nofollow me">https://harbourferry.example</a></li><div class="vcard-stats"><a class="vcard-stat" href="/harbourferry/followers"><strong class="vcard-stat-count d-block">1.2k</strong><span class="text-muted">Followers</span></a></div>'), "found", {"handle": "harbourferry", "display_name": "Harbour Ferry", "bio": "Boats.", "external_links": ("https://harbourferry.example",)}),
 # LinkedIn 2012 public profile hCard
 ("linkedin", "http://www.linkedin.com/in/majalind", 200, page("Maja Lind - Sweden | LinkedIn", head='<link rel="canonical" href="http://se.linkedin.com/in/majalind">', body='<div class="profile-header"><div class="masthead vcard contact portrait"><h1 id="name" class="fn"><span class="given-name">Maja</span> <span class="family-name">Lind</span></h1><p class="headline-title title" style="display:block">Captain at Harbour Ferry</p></div></div><div id="profile-summary"><p class="summary">Ferries and knitting.</p></div>'), "found", {"handle": "in/majalind", "display_name": "Maja Lind"}),
 # Telegram restricted
 ("telegram", "https://t.me/harbourferry", 200, page("Telegram: Contact @harbourferry", head='<meta property="og:title" content="Harbour Ferry"><meta property="og:description" content="This channel can’t be displayed because it violated local laws.">', body='<div class="tgme_page"><div class="tgme_page_title"><span dir="auto">Harbour Ferry</span></div><div class="tgme_page_extra">1 200 subscribers</div><div class="tgme_page_description">This channel can’t be displayed because it violated local laws.</div></div>'), "found", {}),
 # Instagram age restricted
 ("instagram", "https://www.instagram.com/harbourferry/", 200, page("Restricted profile • Instagram", body="<h2>Restricted profile</h2><p>You must be 18 years old or over to see this profile</p>"), "unverifiable", {}),
 # Reddit NSFW interstitial for user
 ("reddit", "https://www.reddit.com/user/harbour_ferry/", 200, page("Reddit - Dive into anything", body="<h1>You must be 18+ to view this community</h1><button>Yes</button>"), "unverifiable", {}),
 # Pinterest missing
 # Bluesky deactivated HTML
 ("bluesky", "https://bsky.app/profile/nobody.bsky.social", 200, page("Bluesky", body='<noscript>JavaScript required</noscript>'), "unverifiable", {}),
 # X GraphQL suspended with errors
 ("x", "https://x.com/i/api/graphql/q/UserByScreenName", 200, {"errors": [{"message": "Authorization: Denied by access control: To protect our users from spam and other malicious activity, this account is temporarily locked.", "code": 326}]}, "unverifiable", {}),
 ("x", "https://x.com/i/api/graphql/q/UserByScreenName", 200, {"data": {"user": {"result": {"__typename": "UserUnavailable", "reason": "NoReason", "unavailable_message": {"text": "This account doesn't exist"}}}}}, "not_found", {}),
 ("x", "https://api.twitter.com/1.1/users/show.json?screen_name=x", 403, {"errors": [{"code": 326, "message": "To protect our users from spam and other malicious activity, this account is temporarily locked."}]}, "unverifiable", {}),
 ("x", "https://api.twitter.com/1.1/users/show.json?screen_name=x", 403, {"errors": [{"code": 453, "message": "You currently have access to a subset of Twitter API v2 endpoints and limited v1.1 endpoints only."}]}, "unverifiable", {}),
 ("x", "https://api.twitter.com/1.1/users/show.json?screen_name=x", 410, {"errors": [{"message": "The Twitter REST API v1 is no longer active. Please migrate to API v1.1.", "code": 68}]}, "unverifiable", {}),
 ("instagram", "https://www.instagram.com/harbourferry/?__a=1", 200, {}, "unverifiable", {}),
 ("instagram", "https://www.instagram.com/harbourferry/?__a=1&__d=dis", 200, {"graphql": {"user": {"username": "harbourferry", "full_name": "Harbour Ferry", "edge_followed_by": {"count": 1200}, "id": "4411"}}, "logging_page_id": "profilePage_4411"}, "found", {"handle": "harbourferry", "followers": 1200}),
 ("facebook", "https://www.facebook.com/harbourferry", 302, "", "unverifiable", {}),
 ("youtube", "https://www.youtube.com/@harbourferry", 200, page("YouTube", head='<meta property="og:url" content="https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv">', body='<script>var ytInitialData = {"alerts":[{"alertRenderer":{"type":"ERROR","text":{"simpleText":"This account has been terminated due to multiple or severe violations of YouTube\'s policy prohibiting hate speech."}}}]};</script>'), "not_found", {}),
]
CASES += [
 ("x", "https://x.com/harbourferry", 200, page("X", body="<div>Something went wrong. Try reloading.</div>"), "unverifiable", {}),
 ("instagram", "https://www.instagram.com/harbourferry/", 200, page("Instagram", body="<p>Please wait a few minutes before you try again.</p>"), "unverifiable", {}),
 ("instagram", "https://www.instagram.com/harbourferry/", 429, page("Instagram", body="<p>Please wait a few minutes before you try again.</p>"), "unverifiable", {}),
 ("reddit", "https://www.reddit.com/user/harbour_ferry/", 200, page("Checking your browser before accessing reddit.com"), "unverifiable", {}),
 ("github", "https://github.com/harbourferry", 429, page("Too many requests"), "unverifiable", {}),
 ("youtube", "https://www.youtube.com/@harbourferry", 200, page("Sorry...", body="<p>We're sorry... but your computer or network may be sending automated queries. To protect our users, we can't process your request right now.</p>"), "unverifiable", {}),
 ("youtube", "https://www.google.com/sorry/index?continue=https://www.youtube.com/%40harbourferry", 429, page("https://www.youtube.com/@harbourferry", body="<div>Our systems have detected unusual traffic from your computer network.</div>"), "unverifiable", {}),
 ("facebook", "https://www.facebook.com/harbourferry", 200, page("Security Check Required", body='<form action="/checkpoint/block/"><h2>Security Check</h2></form>'), "unverifiable", {}),
 ("facebook", "https://www.facebook.com/harbourferry", 200, page("You’re Temporarily Blocked", body="<p>It looks like you were misusing this feature by going too fast.</p>"), "unverifiable", {}),
 ("linkedin", "https://www.linkedin.com/company/harbour-ferry/", 200, page("Security Verification | LinkedIn", body='<form id="captcha-form"></form>'), "unverifiable", {}),
 ("tiktok", "https://www.tiktok.com/@harbourferry", 200, page("TikTok - Make Your Day", body='<div id="tiktok-verify-ele"></div><div class="captcha_verify_container"></div>'), "unverifiable", {}),
 ("x", "https://api.twitter.com/1.1/users/show.json?screen_name=harbourferry", 200, "", "unverifiable", {}),
 ("x", "https://api.twitter.com/1.1/users/show.json?screen_name=harbourferry", 200, "<html><body>Over capacity</body></html>", "unverifiable", {}),
 ("mastodon", "https://mastodon.social/@harbourferry", 200, page("Mastodon", body='<div id="mastodon" data-props="{}"></div><noscript>To use the Mastodon web application, please enable JavaScript.</noscript>'), "unverifiable", {}),
 ("telegram", "https://t.me/harbourferry", 200, page("Telegram – a new era of messaging"), "unverifiable", {}),
 ("pinterest", "https://www.pinterest.com/harbourferry/", 200, page("Pinterest", body='<div id="__PWS_ROOT__"></div>'), "unverifiable", {}),
 ("threads", "https://www.threads.net/@nobodyhere", 200, page("Threads", head='<meta property="og:title" content="Threads">', body="<span>Sorry, this page isn't available</span>"), "unverifiable", {}),
 ("youtube", "https://www.youtube.com/@nobodyhere", 404, page("404 Not Found", body="<p>This page isn't available. Sorry about that.</p>"), "not_found", {}),
 ("instagram", "https://www.instagram.com/harbourferry/", 200, page("Harbour Ferry (@harbourferry) • Instagram photos and videos", head='<meta property="og:url" content="https://www.instagram.com/harbourferry/"><meta property="og:description" content="1,200 Followers, 30 Following, 90 Posts - See Instagram photos and videos from Harbour Ferry (@harbourferry)">', body="<h2>This Account is Private</h2><p>Follow this account to see their photos and videos.</p>"), "found", {"is_private": True}),
]


# official APIs' answers and errors of several generations
CASES += [
 ("x", "https://api.twitter.com/2/users/by/username/harbourferry?expansions=pinned_tweet_id", 200, {"data": {"id": "4411", "name": "Harbour Ferry", "username": "harbourferry", "pinned_tweet_id": "9"}, "errors": [{"value": "9", "detail": "Could not find tweet with pinned_tweet_id: [9].", "title": "Not Found Error", "resource_type": "tweet", "parameter": "pinned_tweet_id", "resource_id": "9", "type": "https://api.twitter.com/2/problems/resource-not-found"}]}, "found", {"handle": "harbourferry", "platform_id": "4411"}),
 ("x", "https://api.twitter.com/1.1/users/lookup.json?screen_name=nobodyhere", 404, {"errors": [{"code": 17, "message": "No user matches for specified terms."}]}, "not_found", {}),
 ("instagram", "https://graph.instagram.com/me?fields=id,username,account_type,media_count", 200, {"id": "17841405555", "username": "harbourferry", "account_type": "BUSINESS", "media_count": 90}, "found", {"handle": "harbourferry", "posts": 90}),
 ("threads", "https://graph.threads.net/v1.0/me?fields=id,username,name,threads_biography", 200, {"id": "1234", "username": "harbourferry", "name": "Harbour Ferry", "threads_profile_picture_url": "https://scontent.cdninstagram.com/a.jpg", "threads_biography": "Boats."}, "found", {"handle": "harbourferry", "bio": "Boats."}),
 ("pinterest", "https://api.pinterest.com/v5/user_account", 401, {"code": 2, "message": "Authentication failed."}, "unverifiable", {}),
 ("pinterest", "https://api.pinterest.com/v5/user_account", 429, {"code": 29, "message": "You have exceeded your rate limit. Try again later."}, "unverifiable", {}),
 ("youtube", "https://www.googleapis.com/youtube/v3/channels?part=snippet&forHandle=@nobody", 200, {"kind": "youtube#channelListResponse", "etag": "e", "pageInfo": {"totalResults": 0, "resultsPerPage": 5}, "items": []}, "not_found", {}),
 ("youtube", "https://www.googleapis.com/youtube/v3/channels?part=snippet&id=UCx", 400, {"error": {"code": 400, "message": "API key not valid. Please pass a valid API key.", "errors": [{"message": "API key not valid.", "domain": "global", "reason": "badRequest"}], "status": "INVALID_ARGUMENT"}}, "unverifiable", {}),
 ("facebook", "https://graph.facebook.com/v18.0/harbourferry?fields=id,name,fan_count,followers_count,about,website,link,verification_status", 200, {"id": "110987654321", "name": "Harbour Ferry", "fan_count": 4000, "followers_count": 4512, "about": "Boats.", "website": "https://harbourferry.example", "link": "https://www.facebook.com/harbourferry", "username": "harbourferry"}, "found", {"followers": 4512}),
 ("reddit", "https://www.reddit.com/user/nobodyhere/about.json", 404, {"message": "Not Found", "error": 404}, "not_found", {}),
 ("reddit", "https://www.reddit.com/user/harbour_ferry/about.json", 403, {"reason": "private", "message": "Forbidden", "error": 403}, "unverifiable", {}),
 ("bluesky", "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=harbourferry.bsky.social", 200, {"did": "did:plc:abc", "handle": "harbourferry.bsky.social", "displayName": "Harbour Ferry", "description": "Boats.", "followersCount": 1200, "followsCount": 30, "postsCount": 90, "labels": [], "viewer": {"muted": False}}, "found", {"handle": "harbourferry.bsky.social", "followers": 1200, "platform_id": "did:plc:abc"}),
 ("bluesky", "https://public.api.bsky.app/xrpc/app.bsky.actor.getProfile?actor=gone.bsky.social", 400, {"error": "AccountDeactivated", "message": "Account is deactivated"}, "not_found", {}),
 ("github", "https://api.github.com/users/harbourferry", 401, {"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest"}, "unverifiable", {}),
 ("github", "https://api.github.com/users/nobodyhere", 404, {"message": "Not Found", "documentation_url": "https://docs.github.com/rest/users/users#get-a-user", "status": "404"}, "not_found", {}),
 ("mastodon", "https://mastodon.social/api/v1/accounts/lookup?acct=harbourferry", 200, {"id": "1099", "username": "harbourferry", "acct": "harbourferry", "display_name": "Harbour Ferry", "locked": False, "note": "<p>Boats.</p>", "url": "https://mastodon.social/@harbourferry", "followers_count": 1200, "following_count": 30, "statuses_count": 90, "moved": {"id": "2", "username": "harbourferry", "acct": "harbourferry@fosstodon.org"}, "fields": [{"name": "Web", "value": "<a href=\"https://harbourferry.example\" rel=\"me\">harbourferry.example</a>"}]}, "found", {"handle": "harbourferry", "followers": 1200, "external_links": ("https://harbourferry.example",)}),
 ("mastodon", "https://mastodon.social/api/v1/accounts/lookup?acct=x", 401, {"error": "This method requires an authenticated user"}, "unverifiable", {}),
 ("telegram", "https://t.me/s/harbourferry", 302, "", "unverifiable", {}),
]


# embedded state of other eras: Instagram's __additionalDataLoaded call (2019-2021) and relay
# JSON (2023-), LinkedIn's normalised Voyager answers (URN references) and <code> blocks, X's
# __INITIAL_STATE__ entity store (2019-2022)
ig_user = {"biography": "Boats.", "edge_followed_by": {"count": 1200}, "edge_follow": {"count": 30}, "full_name": "Harbour Ferry", "id": "4411", "is_private": False, "username": "harbourferry", "edge_owner_to_timeline_media": {"count": 90}}
li = {"data": {"*elements": ["urn:li:fs_normalized_company:20202"]}, "included": [
  {"$type": "com.linkedin.voyager.common.FollowingInfo", "entityUrn": "urn:li:fs_followingInfo:urn:li:company:20202", "followerCount": 812},
  {"$type": "com.linkedin.voyager.organization.Company", "entityUrn": "urn:li:fs_normalized_company:20202", "name": "Harbour Ferry Lines", "universalName": "harbour-ferry-lines", "description": "Ferries since 1921.", "companyPageUrl": "https://harbourferry.example", "followingInfo": "urn:li:fs_followingInfo:urn:li:company:20202", "staffCount": 40},
  {"$type": "com.linkedin.voyager.organization.Company", "entityUrn": "urn:li:fs_normalized_company:1", "name": "Similar Co", "universalName": "similar-co", "staffCount": 3}]}
CASES += [
 ("instagram", "https://www.instagram.com/harbourferry/", 200, page("Instagram", body="<script>window.__additionalDataLoaded('/harbourferry/',{\"logging_page_id\":\"profilePage_4411\",\"graphql\":{\"user\":" + json.dumps(ig_user) + "}});</script>"), "found", {"handle": "harbourferry", "followers": 1200, "platform_id": "4411"}),
 ("instagram", "https://www.instagram.com/harbourferry/", 200, page("Instagram", body='<script type="application/json" data-content-len="900" data-sjs>{"require":[["ScheduledServerJS","handle",null,[{"__bbox":{"require":[["RelayPrefetchedStreamCache","next",[],["adp_PolarisProfilePageContentQueryRelayPreloader",{"__bbox":{"result":{"data":{"user":{"pk":"4411","username":"harbourferry","full_name":"Harbour Ferry","biography":"Boats.","follower_count":1200,"following_count":30,"media_count":90,"is_private":false,"is_verified":false,"external_url":"https://harbourferry.example"}}}}}]]]}}]]]}</script>'), "found", {"handle": "harbourferry", "followers": 1200, "posts": 90, "platform_id": "4411"}),
 ("linkedin", "https://www.linkedin.com/voyager/api/organization/companies?q=universalName&universalName=harbour-ferry-lines", 200, li, "found", {"handle": "harbour-ferry-lines", "display_name": "Harbour Ferry Lines", "followers": 812}),
 ("linkedin", "https://www.linkedin.com/company/harbour-ferry-lines/", 200, page("Harbour Ferry Lines | LinkedIn", head='<link rel="canonical" href="https://www.linkedin.com/company/harbour-ferry-lines/">', body='<code style="display: none" id="bpr-guid-1234">' + html.escape(json.dumps(li)) + '</code>'), "found", {"handle": "harbour-ferry-lines", "followers": 812}),
 ("x", "https://twitter.com/harbourferry", 200, page("Harbour Ferry (@harbourferry) / Twitter", body='<script>window.__INITIAL_STATE__={"entities":{"users":{"entities":{"4411":{"id_str":"4411","screen_name":"harbourferry","name":"Harbour Ferry","followers_count":1200,"friends_count":30,"statuses_count":900,"description":"Boats."},"99":{"id_str":"99","screen_name":"someoneelse","name":"Someone","followers_count":5}}}}};window.__META_DATA__={};</script>'), "found", {"handle": "harbourferry", "followers": 1200, "platform_id": "4411"}),
]


# YouTube's about view model (2024-: counters only as text, links behind /redirect), Threads'
# relay JSON
about = {"onResponseReceivedEndpoints": [{"appendContinuationItemsAction": {"continuationItems": [{"aboutChannelRenderer": {"metadata": {"aboutChannelViewModel": {
  "description": "Boats.", "subscriberCountText": "1.2K subscribers", "viewCountText": "40,000 views", "joinedDateText": {"content": "Joined Jan 1, 2012"},
  "canonicalChannelUrl": "http://www.youtube.com/@harbourferry", "channelId": "UCabcdefghijklmnopqrstuv", "videoCountText": "90 videos",
  "links": [{"channelExternalLinkViewModel": {"title": {"content": "Website"}, "link": {"content": "harbourferry.example", "commandRuns": [{"onTap": {"innertubeCommand": {"urlEndpoint": {"url": "https://www.youtube.com/redirect?event=channel_description&q=https%3A%2F%2Fharbourferry.example%2F"}}}}]}}}],
  "displayCanonicalChannelUrl": "www.youtube.com/@harbourferry"}}}}]}}]}
CASES += [
 ("youtube", "https://www.youtube.com/youtubei/v1/browse?prettyPrint=false", 200, about, "found", {"handle": "harbourferry", "followers": 1200, "posts": 90, "platform_id": "UCabcdefghijklmnopqrstuv", "bio": "Boats."}),
 ("threads", "https://www.threads.net/@harbourferry", 200, page("Threads", body='<script type="application/json" data-sjs>{"require":[["ScheduledServerJS","handle",null,[{"__bbox":{"result":{"data":{"user":{"pk":"4411","username":"harbourferry","full_name":"Harbour Ferry","biography":"Boats.","follower_count":1200,"is_verified":false,"bio_links":[{"url":"https://harbourferry.example"}]}}}}}]]]}</script>'), "found", {"handle": "harbourferry", "followers": 1200, "external_links": ("https://harbourferry.example",)}),
]


# missing, suspended and not-available pages in other UI languages (a generic 'page not found'
# counts only with a 404; a 200 page must name the account)
CASES += [
 ("x", "https://x.com/nobodyhere", 200, page("X", body='<div data-testid="emptyState"><span>Esta cuenta no existe</span><span>Intenta hacer otra búsqueda.</span></div>'), "not_found", {}),
 ("x", "https://x.com/nobodyhere", 200, page("X", body='<div data-testid="emptyState"><span>このアカウントは存在しません</span></div>'), "not_found", {}),
 ("x", "https://twitter.com/harbourferry", 200, page("Twitter", body="<h1>Konto gesperrt</h1><p>X sperrt Konten, die gegen die X Regeln verstoßen.</p>"), "not_found", {}),
 ("x", "https://twitter.com/harbourferry", 200, page("Twitter", body="<h1>Compte suspendu</h1>"), "not_found", {}),
 ("facebook", "https://www.facebook.com/nobodyhere", 200, page("Facebook", body="<h2>Dieser Inhalt ist momentan nicht verfügbar</h2>"), "not_found", {}),
 ("facebook", "https://www.facebook.com/nobodyhere", 200, page("Facebook", body="<h2>Este contenido no está disponible en este momento</h2>"), "not_found", {}),
 ("instagram", "https://www.instagram.com/nobodyhere/", 404, page("Página no encontrada • Instagram", body="<h2>Esta página no está disponible.</h2>"), "not_found", {}),
 ("github", "https://github.com/nobodyhere", 404, page("Seite nicht gefunden · GitHub"), "not_found", {}),
 ("github", "https://github.com/harbourferry", 200, page("Seite nicht gefunden · GitHub"), "unverifiable", {}),
]


# a small app shell that says in a line of its own that the account is gone (TikTok renders
# "Couldn't find this account" under its generic title); the viewer's own suspension is no
# verdict on the profile
CASES += [
 ("tiktok", "https://www.tiktok.com/@nobodyhere", 200, page("TikTok - Make Your Day", body='<main><p>Couldn\'t find this account</p><p>Looking for videos? Try browsing our trending creators, hashtags, and sounds.</p></main>'), "not_found", {}),
 ("x", "https://x.com/nobodyhere", 200, page("X", body='<div><span>This account doesn’t exist</span><span>Try searching for another.</span></div>'), "not_found", {}),
 ("instagram", "https://www.instagram.com/harbourferry/", 200, page("Instagram", body="<h3>Your account has been suspended</h3><p>Log in to see more.</p>"), "unverifiable", {}),
 ("x", "https://x.com/harbourferry", 200, page("X", body="<div><span>Your account is suspended</span></div>"), "unverifiable", {}),
]


# the oldest API generations: Instagram API v1 meta errors, Pinterest v3, YouTube GData v2 JSON
# ($t values, yt$ keys) and its plain-text 404, X API v1 (2010-2012) errors, a bare Graph API /me
CASES += [
 ("facebook", "https://graph.facebook.com/v2.5/me?fields=id,name,link", 200, {"id": "10153000000000001", "name": "Maja Lind", "link": "https://www.facebook.com/app_scoped_user_id/10153000000000001/"}, "found", {"display_name": "Maja Lind", "platform_id": "10153000000000001"}),
 ("instagram", "https://api.instagram.com/v1/users/search?q=nobodyhere", 400, {"meta": {"code": 400, "error_type": "APINotFoundError", "error_message": "this user does not exist"}}, "not_found", {}),
 ("instagram", "https://api.instagram.com/v1/users/4411", 400, {"meta": {"error_type": "OAuthAccessTokenException", "code": 400, "error_message": "The access_token provided is invalid."}}, "unverifiable", {}),
 ("instagram", "https://api.instagram.com/v1/users/4411", 400, {"meta": {"error_type": "APINotAllowedError", "code": 400, "error_message": "you cannot view this resource"}}, "unverifiable", {}),
 ("instagram", "https://api.instagram.com/v1/users/4411", 429, {"meta": {"error_type": "OAuthRateLimitException", "code": 429, "error_message": "The maximum number of requests per hour has been exceeded."}}, "unverifiable", {}),
 ("pinterest", "https://api.pinterest.com/v3/users/nobodyhere/", 404, {"status": "failure", "code": 40, "message": "User not found.", "data": None}, "not_found", {}),
 ("youtube", "https://gdata.youtube.com/feeds/api/users/harbourferry?alt=json&v=2", 200, {"version": "1.0", "encoding": "UTF-8", "entry": {"id": {"$t": "tag:youtube.com,2008:user:harbourferry"}, "title": {"$t": "Harbour Ferry"}, "summary": {"$t": "Boats."}, "yt$username": {"$t": "harbourferry", "display": "Harbour Ferry"}, "yt$channelId": {"$t": "UCabcdefghijklmnopqrstuv"}, "yt$statistics": {"lastWebAccess": "1970-01-01T00:00:00.000Z", "subscriberCount": "1200", "totalUploadViews": "40000"}}}, "found", {"handle": "harbourferry", "display_name": "Harbour Ferry", "followers": 1200, "platform_id": "UCabcdefghijklmnopqrstuv"}),
 ("youtube", "https://gdata.youtube.com/feeds/api/users/nobodyhere?alt=json&v=2", 404, "User not found", "not_found", {}),
 ("x", "http://api.twitter.com/1/users/show.json?screen_name=nobodyhere", 404, {"error": "Not found", "request": "/1/users/show.json?screen_name=nobodyhere"}, "not_found", {}),
 ("x", "http://api.twitter.com/1/users/show.json?screen_name=gone", 403, {"error": "User has been suspended.", "request": "/1/users/show.json?screen_name=gone"}, "not_found", {}),
 ("x", "http://api.twitter.com/1/users/show.json?screen_name=x", 400, {"error": "Rate limit exceeded. Clients may not make more than 150 requests per hour.", "request": "/1/users/show.json?screen_name=x"}, "unverifiable", {}),
 ("reddit", "https://oauth.reddit.com/user/harbour_ferry/about", 401, {"message": "Unauthorized", "error": 401}, "unverifiable", {}),
 ("github", "https://api.github.com/users/harbourferry", 451, {"message": "Repository access blocked", "block": {"reason": "dmca"}}, "unverifiable", {}),
 ("mastodon", "https://mastodon.social/users/harbourferry.json", 200, {"@context": ["https://www.w3.org/ns/activitystreams"], "id": "https://mastodon.social/users/harbourferry", "type": "Person", "preferredUsername": "harbourferry", "name": "Harbour Ferry", "summary": "<p>Boats.</p>", "url": "https://mastodon.social/@harbourferry", "manuallyApprovesFollowers": False, "suspended": True}, "not_found", {}),
]


@pytest.mark.parametrize(("platform", "url", "status", "body", "want", "checks"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_shape_is_read(platform, url, status, body, want, checks):
    got = rd(platform, url, status, body)
    assert got.state.value == want, (got.state, got.reason, got.evidence)
    for key, value in checks.items():
        if key == "handle":
            assert got.handle and CAT[platform].canonical(got.handle).casefold() == CAT[platform].canonical(value).casefold(), got.handle
        else:
            assert getattr(got.fields, key) == value, (key, getattr(got.fields, key))


LOGIN_TITLES = [
    "Log into Facebook", "Log in to Facebook | Facebook", "Anmelden bei Facebook", "Se connecter à Facebook", "Iniciar sesión en Facebook",
    "Accedi a Facebook", "Entrar no Facebook", "Facebook에 로그인", "Zaloguj się do Facebooka", "Войдите на Facebook", "Вход на Facebook",
    "Inloggen bij Facebook", "Masuk ke Facebook", "Logga in på Facebook", "Facebook にログイン", "登录 Facebook", "Facebook'ta oturum aç",
    "Login • Instagram", "Anmelden • Instagram", "Entrar • Instagram", "Iniciar sessão • Instagram", "Log in | TikTok", "Threads • Log in",
    "LinkedIn: Log In or Sign Up", "LinkedIn Login, Sign in | LinkedIn", "Log in to X / X", "Inicia sesión en X / X", "Connexion à X / X",
    "X에 로그인하기 / X", "Facebook – entre ou cadastre-se", "Facebook - Giriş Yap veya Kaydol", "Facebook - Aanmelden of registreren",
    "Facebook – войдите или зарегистрируйтесь", "Facebook - ログインまたは登録", "Facebook - Masuk atau Daftar",
    "Facebook – logga in eller registrera dig", "Facebook - Đăng nhập hoặc đăng ký", "Facebook – zaloguj się lub zarejestruj",
    "Reddit - Log In", "Pinterest - Log in", "Sign up | LinkedIn",
]
PROFILE_TITLES = [
    "Entre Nous (@entrenous) • Instagram photos and videos", "Login Tools | Facebook", "Masuk Angin Store - Home | Facebook",
    "Accedi Group (@accedi) / X", "Sign Inc. (@signinc) on TikTok", "Entrar Viagens | Facebook", "Log Cabin Homes - Home | Facebook",
    "Connexion Internet Services | LinkedIn", "Anmeldung Berlin (@anmeldung) / X", "Entre a Maré | Facebook",
]


@pytest.mark.parametrize("title", LOGIN_TITLES)
def test_login_page_titles_in_many_languages_are_walls(title):
    """A login page carrying the profile's own address (a redirect kept the og:url) is a wall:
    never found, never not found."""
    assert _LOGIN_TITLE.search(f"<title>{title}</title>"), title
    body = page(title, head='<meta property="og:url" content="https://www.facebook.com/harbourferry/"><meta property="og:title" content="Harbour Ferry">')
    got = rd("facebook", "https://www.facebook.com/harbourferry", 200, body)
    assert got.state.value == "unverifiable", (title, got.state, got.reason)


@pytest.mark.parametrize("title", PROFILE_TITLES)
def test_profile_names_with_login_words_are_not_walls(title):
    assert not _LOGIN_TITLE.search(f"<title>{title}</title>"), title
