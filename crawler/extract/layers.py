"""The generic reader: what any profile answer says about itself, on every platform.

The catalog's rules are precise but narrow: they know one platform's markup of one era. Real
answers come from other eras and other clients (an API answer instead of the page, a fully
rendered page instead of the JavaScript shell, schema.org data instead of Open Graph). So every
answer is also read in layers, most trustworthy first, and the platform's rules only add
precision on top:

1. an API answer (JSON): the profile object found by its keys (``screen_name``,
   ``followers_count``, ``public_metrics``, ``snippet``/``statistics``, ``edge_followed_by`` ...),
   or the API's own error shape (X ``UserUnavailable``, ``errors: [{code: 50}]``, Graph API
   ``error.code 803``, an empty YouTube ``items`` list ...) read as not found / unverifiable;
2. embedded state objects of a page (``__NEXT_DATA__``, ``SIGI_STATE``,
   ``__UNIVERSAL_DATA_FOR_REHYDRATION__``, ``ytInitialData``, ``_sharedData``,
   ``__INITIAL_STATE__`` ..., any ``window.X =`` or declared variable, a ``JSON.parse`` string,
   a ``data-*`` attribute, a Next.js app router's flight rows), searched the same way, and only
   trusted for the page's own handle;
3. schema.org JSON-LD (``ProfilePage``/``Person``/``Organization``: name, alternate name,
   ``interactionStatistic`` counts, ``sameAs``/``relatedLink`` links);
4. Open Graph and meta tags (title without the site's suffix, counts in descriptions);
5. the rendered DOM (X's ``data-testid`` markup).

A page is a JavaScript shell only when none of these yields the profile. A login wall is never
read as a profile: a login title or a login canonical URL makes the answer unverifiable first.
Nothing here raises on hostile input; every search is bounded.
"""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from crawler.extract import dates as D
from crawler.extract import hints as H
from crawler.extract import values as V
from crawler.extract.jsstate import astro_props, literal_at, nuxt_function_state
from crawler.extract.proof import handle_in_body, identity_urls, page_identity

if TYPE_CHECKING:  # pragma: no cover
    from crawler.extract.generic import GenericPage

MAX_NODES = 60_000  # JSON nodes visited per document
MAX_SCRIPT = 6_000_000  # characters of one embedded script we parse
MAX_DEPTH = 14

# ---------------------------------------------------------------------------- key vocabulary

HANDLE_KEYS = ("screen_name", "username", "login", "uniqueId", "unique_id", "acct", "handle",
               "preferredUsername", "customUrl", "userName", "user_name", "vanityName",
               "universalName", "universal_name",  # LinkedIn API v1 companies
               "publicIdentifier")  # LinkedIn Voyager (the signed-in web app's API) people
NAME_KEYS = ("name", "full_name", "display_name", "displayName", "nickname", "fullName",
             "localizedName", "business_name", "businessName", "title")
OWN_NAME_KEYS = NAME_KEYS[:-1]  # 'title' names a profile only beside other signs of one
BIO_KEYS = ("description", "biography", "bio", "about", "signature", "note", "summary",
            "public_description", "headline", "bio_description", "localizedDescription",
            "localized_description", "threads_biography")  # TikTok, LinkedIn API v2; Threads API
# count keys of every API generation seen (X v1/v1.1/v2/GraphQL, Instagram v1/Graph/web,
# YouTube Data API/InnerTube, TikTok web and app, Graph API, Mastodon/ActivityPub, Bluesky,
# Telegram, Pinterest, GitHub, Twitch, VK ...): the first present wins
FOLLOWER_KEYS = ("followers_count", "follower_count", "followersCount", "followerCount",
                 "fan_count", "fanCount", "subscriberCount", "subscriber_count",
                 "subscribers_count", "subscribersCount", "followed_by", "num_followers",
                 "numFollowers", "total_followers", "totalFollowers", "member_count",
                 "members_count", "membersCount", "participants_count", "participantsCount",
                 "subscribers", "fans", "followers")
FOLLOWING_KEYS = ("friends_count", "following_count", "followingCount", "followsCount",
                  "follows_count", "followees_count", "followings_count", "friendsCount",
                  "num_following", "numFollowing", "follows", "following", "friends")
# (X API v2's public_metrics of 2024- add media_count beside tweet_count: the posts are the
# tweets; Instagram's media_count is its posts and stands alone)
POST_KEYS = ("statuses_count", "tweet_count", "tweets_count", "media_count", "postsCount",
             "posts_count", "post_count", "postCount", "videoCount", "video_count",
             "videos_count", "aweme_count", "public_repos", "pin_count", "statusesCount",
             "mediaCount", "itemCount", "num_posts", "numPosts", "notesCount", "notes_count",
             "media", "pins",  # notesCount: Misskey, Firefish, Sharkey (a post is a note)
             "repositories")  # GitHub GraphQL's {totalCount} connection
VERIFIED_KEYS = ("is_blue_verified", "verified", "is_verified", "isVerified", "verification_status",
                 "verified_type")
PRIVATE_KEYS = ("protected", "is_private", "privateAccount", "locked", "private", "isPrivate",
                "isLocked", "is_locked",  # Misskey's REST user, Lemmy-like APIs
                "manuallyApprovesFollowers")  # the last: ActivityPub's locked account
STRONG_LINK_KEYS = ("website", "websites", "external_url", "blog", "website_url", "websiteUrl",
                    "bioLink", "bio_links", "externalUrl", "websiteUrl", "localizedWebsite",
                    "website_link", "bio_url",  # TikTok Research API: the bio's link
                    # LinkedIn API v1's member URL resources ({_total, values: [{name, url}]})
                    "memberUrlResources", "member_url_resources")
WEAK_LINK_KEYS = ("url", "link")
# ``uid``: TikTok's and Douyin's app API (aweme/v1/user), Weibo, Bilibili
ID_KEYS = ("id_str", "rest_id", "externalId", "channelId", "did", "pk", "user_id", "userId", "uid",
           "databaseId",  # GitHub GraphQL: the REST API's numeric id ('id' is a node id there)
           "entityId",  # Pinterest's Relay (GraphQL) objects: the numeric id ('id' a node id)
           "id")
AVATAR_KEYS = ("profile_image_url_https", "profile_image_url", "profile_pic_url_hd",
               "profile_pic_url", "profile_picture_url", "profile_picture", "avatar_url",
               "avatarLarger", "avatar", "avatarUrl", "avatars", "icon_img", "picture",
               "thumbnails", "image", "icon", "thumbnail",
               # Pinterest's users (REST and Redux state snake_case, Relay camelCase)
               "image_xlarge_url", "imageXlargeUrl", "image_large_url", "imageLargeUrl")
CREATED_KEYS = ("created_at", "createdAt", "created_utc", "publishedAt", "creation_time",
                "createTime", "published")
# child objects whose keys belong to the parent profile (YouTube snippet/statistics, X legacy...)
MERGED_CHILDREN = ("snippet", "statistics", "legacy", "core", "public_metrics", "stats",
                   "statsV2", "user", "profile_bio", "relationship_counts", "tweet_counts",
                   "brandingSettings", "channel", "verification", "avatar", "counts",
                   "subreddit",  # a Reddit user's profile subreddit
                   "person",  # Lemmy's person_view {person, counts}
                   "privacy",  # X's GraphQL user of 2025- ({privacy: {protected}})
                   "identity", "profile")  # a Go tool's account record (Bluesky's automod:
# accountMeta {Identity {DID, Handle}, Profile {DisplayName, Description}, FollowersCount})
# subtrees that describe someone else (the logged-in viewer, suggestions, timelines)
SKIP_KEYS = frozenset({"viewer", "viewer_user", "me", "currentUser", "current_user",
                       "loggedInUser", "logged_in_user", "config", "suggested_users",
                       "edge_related_profiles", "edge_mutual_followed_by", "includes",
                       "mentions", "user_mentions", "itemList", "items_list", "timeline",
                       "instructions", "entries", "pinned_tweet", "tweets", "recommendations"})

STATE_SCRIPT_IDS = ("__NEXT_DATA__", "SIGI_STATE", "__UNIVERSAL_DATA_FOR_REHYDRATION__",
                    "__PWS_DATA__", "__PWS_INITIAL_PROPS__", "__NUXT_DATA__", "__APOLLO_STATE__")
_STATE_ASSIGN = re.compile(
    r"(?:window\.|window\[['\"]|var\s+|self\.)(ytInitialData|_sharedData|__INITIAL_STATE__|"
    r"__PRELOADED_STATE__|__APOLLO_STATE__|__INITIAL_DATA__|SIGI_STATE|__NEXT_DATA__)"
    r"['\"]?\]?\s*=\s*(\{)",
)

# ---------------------------------------------------------------------------- walls and errors

# a login page's title in the UI languages seen ('Log in • Instagram', 'Anmelden • Instagram',
# 'Facebook – log in or sign up', 'Connexion • Instagram', 'Iniciar sesión • Instagram', ...)
_LOGIN_WORDS = (
    r"log\s*in|sign\s*in|sign\s*up|login|anmelden|einloggen|connexion|se connecter|"
    r"iniciar sesi[oó]n|inicia sesi[oó]n|iniciar sess[aã]o|entrar|entre(?=\s+ou\s)|accedi|"
    r"войти|войдите|"
    r"вход|ログイン|登录|登入|로그인|giri[sş] yap|oturum a[cç]|zaloguj(?: si[eę])?|inloggen|"
    r"aanmelden|logga in|log masuk|masuk(?!\s+(?!ke\s|atau\s)\w)|đăng nhập|تسجيل الدخول"
)
# what follows a login word in a login page's title: a separator, the title's end, or a
# connector and more words ('Log into Facebook', 'Anmelden bei Facebook', 'entre ou
# cadastre-se', 'Giriş Yap veya Kaydol', 'ログインまたは登録', '登录 Facebook')
_LOGIN_NEXT = (
    r"\s*(?:[•|·:–—,/-]|</title>)|\s+(?:or|to|into|ou|o|oder|in|en|sur|bei|à|a|no|na|do|bij|"
    r"ke|på|til|auf|zu|em|di|veya|или|на|в|lub|eller|atau|hoặc|of)\s|\s*または|"
    r"\s*(?:" + r"Facebook|Instagram|Twitter|X|LinkedIn|TikTok|Threads|Pinterest|Reddit|YouTube|"
    r"Google|Telegram|GitHub" + r")\b"
)
_LOGIN_PLATFORMS = (r"Facebook|Instagram|Twitter|X|LinkedIn|TikTok|Threads|Pinterest|Reddit|"
                    r"YouTube|Google|Telegram|GitHub")
_LOGIN_TITLE = re.compile(
    r"<title[^>]*>\s*(?:[^<:|•–—]{0,24}[:|•–—-]\s*|(?:" + _LOGIN_PLATFORMS + r")"
    r"(?:[’']?(?:ta|te|da|de))?\s*(?:에|に|で)?\s*)?"
    r"(?:log\s*into\b|(?:" + _LOGIN_WORDS + r")(?:하기)?(?:" + _LOGIN_NEXT + r"))",
    re.I,
)
_LOGIN_PATH = re.compile(r"(?i)^/(?:accounts/)?(?:login|signin|sign_in|authwall|uas/login|"
                         r"checkpoint|i/flow/login)(?:[/?.]|$)")
_SUSPENDED = re.compile(r"(?i)suspend|taken ?down|takedown|terminat|removed because|violat")
_MISSING_TEXT = re.compile(
    r"(?i)not[\s_]*found|does[\s_]*not[\s_]*exist|doesn.t\s*exist|no[\s_]+such[\s_]+user|"
    # 'Cannot find User', 'cannot be found' (Graph API), 'couldnt_find_person' (Lemmy),
    # 'Unable to resolve handle' (Bluesky's resolveHandle)
    r"(?:could|can)[\s_]*(?:no|n.?)t[\s_]+(?:be[\s_]+found|find)|unable[\s_]to[\s_]resolve[\s_]handle|"
    r"\bcan.t[\s_]+(?:be[\s_]+found|find)\b|"  # Pleroma's "Can't find user"
    r"user_doesnt_exist|unknown[\s_]user|no user|profile not found|deactivated|"
    # Telegram's MTProto and TDLib: USERNAME_NOT_OCCUPIED (no one holds the name)
    r"username[\s_]not[\s_]occupied|"
    # a DID directory's answer for an identifier nobody registered (PLC: 'DID not registered')
    r"\bdid not registered\b|"
    # the same said in the other major languages an API answers in (an app localises its error
    # messages to the caller's Accept-Language: Pinterest's 'Gebruiker niet gevonden.')
    r"niet gevonden|bestaat niet|nicht gefunden|existiert nicht|introuvable|n.existe pas|"
    r"non trouv[ée]|no encontrad[oa]|no existe\b|n[ãa]o encontrad[oa]|n[ãa]o existe\b|"
    r"non trovat[oa]|non esiste|nie znaleziono|nie istnieje|bulunamad[ıi]|не найден|"
    r"не существует|見つかりません|存在しません|不存在|未找到|찾을 수 없|존재하지 않|غير موجود|"
    r"找不到|nem tal[áa]lhat[óo]|nenalezen|nebyl nalezen|ei l[öo]ytynyt|hittades inte|"
    r"finns inte|findes ikke|finnes ikke|ble ikke funnet|blev ikke fundet|tidak ditemukan|"
    r"kh[ôo]ng t[ìi]m th[ấa]y|kh[ôo]ng t[ồo]n t[ạa]i|לא נמצא|לא קיים|не знайдено|не існує|"
    r"nu a fost g[ăa]sit|nu exist[ăa]|δεν βρέθηκε|δεν υπάρχει|ไม่พบ|یافت نشد|وجود ندارد|"
    r"नहीं मिला|मौजूद नहीं"
)
_LOGIN_TEXT = re.compile(r"(?i)(?:login|checkpoint|challenge|sign[\s_-]?in|consent)[\s_-]?required|"
                         r"not[\s_-]?logged[\s_-]?in|please log in|must be logged in")
_POLICY_TEXT = re.compile(
    r"(?i)cannot query|can.t query|not allowed to query|missing permissions|"
    r"requires? (?:the )?[\w ]{0,40}permission|not authori[sz]ed to (?:access|view)|"
    r"deprecated|no longer (?:supported|available for)|unsupported (?:api )?version|"
    r"does not support this operation and"
)
_INVALID_ID = re.compile(r"(?i)\b(?:invalid|unknown|no such)\s+(?:member|user|account|profile|"
                         r"channel|page|person|company)(?:\s+(?:id|name|handle))?\b")
_RATE_TEXT = re.compile(r"(?i)rate.?limit|too many requests|please wait a few minutes|quota")
_AUTH_TEXT = re.compile(r"(?i)bad credentials|invalid (?:or expired )?token|"
                        r"authenticat|unauthori[sz]ed|access token|OAuthException")
#: a server that answers only signed-in or signed requests, whoever asks (Mastodon in secure
#: mode: its REST API's 401 "This method requires an authenticated user" with
#: DISALLOW_UNAUTHENTICATED_API_ACCESS, its ActivityPub 401 "Request not signed" with
#: AUTHORIZED_FETCH): a wall, not a credential refused (no token need have been sent)
_SIGNED_IN_TEXT = re.compile(r"(?i)requires? an? (?:authenticated|signed[\s-]in|logged[\s-]in) "
                             r"(?:user|account|client)|request (?:is )?not signed|"
                             r"(?:http )?signature (?:is )?(?:missing|required)")


@dataclass
class LayerRead:
    """What the generic layers say about one answer."""

    kind: str | None = None  # profile | missing | wall | None (nothing recognised)
    reason: str | None = None  # for missing (suspended, ...) and wall (login_wall, ...)
    handle: str | None = None  # the answer's own handle (canonical), when it names one
    values: dict[str, Any] = field(default_factory=dict)
    layers: dict[str, str] = field(default_factory=dict)  # field -> layer that gave it
    notes: dict[str, str] = field(default_factory=dict)  # how a value was read (evidence)

    def put(self, name: str, value: Any, layer: str) -> None:
        """Set a field unless an earlier (more trustworthy) layer already did."""
        if value is None or value == "" or value == ():
            return
        if name in ("external_links",):
            old = tuple(self.values.get(name) or ())
            merged = V.dedupe([*old, *value])
            if merged != old:
                self.values[name] = merged
                self.layers.setdefault(name, layer)
            return
        if name not in self.values:
            self.values[name] = value
            self.layers[name] = layer

    @property
    def strength(self) -> int:
        """How much of a profile the layers found (identity fields count double)."""
        keys = set(self.values)
        return len(keys) + len(keys & {"display_name", "platform_id", "followers"})


def read_layers(page: GenericPage) -> LayerRead:
    """Run every layer that applies to this answer (never raises)."""
    try:
        if _unknown_to_webfinger(page):
            return LayerRead(kind="missing")
        if _feed_routing_404(page):
            return LayerRead(kind="wall", reason="feed_unavailable")
        if page.status == 410 and not page.text.strip():
            return LayerRead(kind="missing", reason="gone")  # RFC 9110: gone for good
        if page.status in _OEMBED_ERRORS and oembed_request(page) and not _view_of(page):
            # an embed service's refusal (Mastodon's and Bluesky's serve posts only, YouTube's
            # videos and playlists, X's a tweet it can show): about the URL it was given, not
            # the account; a platform whose view knows its meaning (TikTok's creator embed)
            # reads it by its rules
            return LayerRead(kind="wall", reason="http_error")
        if page.is_json:
            if oembed_request(page) or _oembed_shape(page.json):
                return _oembed(page.json, page)
            return _json_layers(page)
        xml_error = _xml_error(page)
        if xml_error is not None:
            out = LayerRead()
            out.kind, out.reason = xml_error
            return out
        xml_doc = xml_profile(page)
        if xml_doc is not None and (oembed_request(page) or _oembed_shape(xml_doc)):
            return _oembed(xml_doc, page)  # oEmbed's XML format: the same keys as elements
        if xml_doc is not None:
            out = LayerRead()
            if _api_profile(xml_doc, page, out):
                return out
        return _html_layers(page)
    except Exception:  # noqa: BLE001 - a layer that trips on a page leaves the rules' answer
        return LayerRead()


# ============================================================================ JSON (API answers)


def _api_profile(doc: Any, page: GenericPage, out: LayerRead) -> bool:
    """Read the answer's best profile object into ``out``; True (kind "profile") when it names
    someone (a handle or an id), as a JSON or an XML API answer does."""
    best = best_profile(doc, page)
    if best is None:
        return False
    read_profile_object(with_refs(doc, best), page, out, "api")
    if out.handle or out.values.get("platform_id") or _app_scoped_profile(best, out):
        out.kind = "profile"
        return True
    return False


def _nameless_lookup(doc: Any, page: GenericPage, out: LayerRead) -> bool:
    """A lookup whose name went in the request's body, not its address (TikTok's Research API:
    POST /v2/research/user/info/ {"username": ...}): its answer (the whole answer, or its
    ``data``) is one profile object that names no one, with the account's display name and
    counts and no id; the crawl knows whom it asked for, so that name is the profile's. Never
    without that name (a saved answer read alone names no one), never the caller's own record
    (an app-scoped id)."""
    if not page.handle or not isinstance(doc, dict):
        return False
    view = doc.get("data") if isinstance(doc.get("data"), dict) else doc
    if _first(view, HANDLE_KEYS, (str,)) or _first(view, ID_KEYS, (str, int)) is not None \
            or _app_scoped_id(view):
        return False
    trial = LayerRead()
    read_profile_object(view, page, trial, "api")
    counts = sum(k in trial.values for k in ("followers", "following", "posts"))
    if not trial.values.get("display_name") or counts < 2:
        return False
    out.kind, out.handle = "profile", page.handle
    out.values, out.layers = trial.values, trial.layers
    out.notes["handle"] = "the name the request asked for (the answer names no one)"
    return True


_APP_SCOPED_ID_KEYS = ("open_id", "union_id", "openid", "unionid")


def _app_scoped_id(view: Mapping[str, Any]) -> bool:
    """An OAuth 'who am I' answer (TikTok's open API v2 user/info) names its user by ids scoped
    to the asking app (``open_id``, ``union_id``): no handle, no platform id (none is read from
    them), yet someone."""
    return any(isinstance(view.get(k), str) and view[k].strip() for k in _APP_SCOPED_ID_KEYS)


def _app_scoped_profile(best: Mapping[str, Any], out: LayerRead) -> bool:
    """A profile named only by app-scoped ids, when it also gives the account's name or counts."""
    named = out.values.get("display_name") or "followers" in out.values
    return _app_scoped_id(best) and bool(named)


# ============================================================================ oEmbed answers

# what an embed service says for a URL it will not embed or cannot show (oEmbed 1.0: 404 for
# an unknown or unsupported URL, 401 for a private item, 501 for an unsupported format)
_OEMBED_ERRORS = frozenset({400, 401, 403, 404, 410, 501})
# its address: /oembed, /oembed.json, /api/oembed, Graph API's /instagram_oembed, /oembed_page
_OEMBED_PATH = re.compile(r"(?i)(?:^|/)(?:\w+_)?oembed(?:_\w+)?(?:\.(?:json|xml))?/?$")
_OEMBED_TYPES = frozenset({"rich", "video", "photo", "link"})
_NAME_AND_HANDLE = re.compile(r"^(?P<name>.*\S)\s*\(@?(?P<handle>[^()\s]{1,100})\)\s*$")


def oembed_request(page: GenericPage) -> bool:
    """Whether the answer is an oEmbed endpoint's (by the address it was asked at)."""
    try:
        return bool(_OEMBED_PATH.search(urlsplit(page.url or "").path))
    except ValueError:
        return False


def _oembed_shape(doc: Any) -> bool:
    """An oEmbed answer by its own keys (a saved one, its address lost): version 1.0, a type
    of the four, an embed's ``html`` or a provider."""
    return (isinstance(doc, dict) and str(doc.get("version")) in ("1.0", "1")
            and doc.get("type") in _OEMBED_TYPES
            and any(k in doc for k in ("html", "provider_name", "provider_url")))


def _view_of(page: GenericPage) -> bool:
    """Whether the platform's catalog has a view of its own for this address (its rules say
    what the platform means by each answer there)."""
    view = page.platform.view_for_url(page.url or "")
    return (view is not None and "oembed" in view.url_match.pattern.lower()
            and bool(view.found or view.not_found))


def _oembed_asked(page: GenericPage) -> str | None:
    """The profile an oEmbed request asked about (its ``url=`` a profile address), else None."""
    try:
        query = urlsplit(page.url or "").query
    except ValueError:
        return None
    m = re.search(r"(?:^|&)url=([^&]+)", query)
    return page.platform_handle_from_url(unquote(m.group(1))) if m else None


def _oembed(doc: Any, page: GenericPage) -> LayerRead:
    """What an oEmbed answer truly tells of an account: that its author exists (the item
    embedded is theirs), whose it is (``author_url``, the author's profile address), and the
    author's name as the service writes it (``author_name``: YouTube's, Mastodon's and
    Bluesky's a display name, 'Name (@handle)' on some; Instagram's and Reddit's the user
    name). Nothing more: no counts, no bio, and an answer naming no author (X's timeline embed
    of a profile address, built from the address alone) tells nothing, not even that the
    account exists."""
    out = LayerRead()
    if not isinstance(doc, dict):
        return out
    author_url = doc.get("author_url")
    handle = None
    if isinstance(author_url, str) and author_url.strip():
        # the platform's profile address, else one on the server that answered (Mastodon's
        # /api/oembed names the author by the instance's /@name)
        owner = page.platform_handle_from_url(author_url.strip())
        if owner is None:
            owner = _feed_owner(page, author_url.strip())
            server = federated_host(page) if owner and "@" not in owner else None
            owner = f"{owner}@{server}" if server else owner
        handle = page.valid_handle(owner) if owner else None
    name = doc.get("author_name")
    name = " ".join(name.split()) if isinstance(name, str) else ""
    m = _NAME_AND_HANDLE.match(name)
    if m and page.valid_handle(m.group("handle")) in (handle, None) and handle:
        name = m.group("name")  # 'Name (@handle)'
    asked = _oembed_asked(page)
    by_name = page.platform.params.get("oembed_author") == "username"
    if handle is None and name and (by_name or asked is not None
                                    and page.valid_handle(name) == asked):
        # the user name alone: where the platform writes it there, or the one asked about
        handle = page.valid_handle(name)
    if handle is None:
        return out
    out.kind, out.handle = "profile", handle
    if name and not by_name and page.valid_handle(name) != handle \
            and name.lstrip("@") != handle:
        out.put("display_name", name, "api")
    out.notes["oembed"] = "the author of an embeddable item (oEmbed): name and address only"
    return out


def _json_layers(page: GenericPage) -> LayerRead:
    doc = page.json
    if '"$t"' in page.text[:200_000]:
        doc = _gdata(doc)
        doc = _gdata_feed(doc, page) or doc
    out = LayerRead()
    jrd = _webfinger(doc, page)
    if jrd is not None:
        out.kind, out.handle = "profile", jrd
        # GNU social, StatusNet and postActiv alias the account by its number (/user/7477,
        # /index.php/user/7477): the server's id of it
        aliases = doc.get("aliases")
        for alias in aliases if isinstance(aliases, list) else []:
            m = re.search(r"/user/(\d{1,12})/?$", alias) if isinstance(alias, str) else None
            if m:
                out.put("platform_id", m.group(1), "api")
                break
        return out
    did = did_document(doc, page)
    if did is not None:
        out.kind, out.handle = "profile", did[0]
        out.put("platform_id", did[1], "api")
        return out
    if _api_profile(doc, page, out):
        best = best_profile(doc, page)
        if best is not None and (best.get("suspended") is True or best.get("is_suspended") is True
                                 or best.get("isSuspended") is True or _taken_down(best)):
            # Mastodon 3.3+ answers a suspended account's lookup with its entity and
            # "suspended": true (Reddit's about.json: "is_suspended", Misskey's users/show
            # "isSuspended"): gone, as suspended
            return LayerRead(kind="missing", reason="suspended")
        pleroma = best.get("pleroma") if best is not None else None
        if isinstance(pleroma, dict) and pleroma.get("deactivated") is True:
            # Pleroma and Akkoma keep a deactivated account's entity, saying so in its
            # ``pleroma`` block: gone
            return LayerRead(kind="missing", reason="deactivated")
        if isinstance(pleroma, dict):
            _hidden_counts(pleroma, out)
        if "platform_id" not in out.values and isinstance(doc, dict) and out.handle and \
                _asked_browse_id(doc) == out.handle:
            # the profile named by the id the answer says it was asked for (a YouTube Music
            # artist's canonical /channel/<id>): that id is its id too
            out.put("platform_id", out.handle, "api")
        header_layer(doc, page, out, "api")
        return out
    error = api_error(doc, page.status)
    if error is not None:
        out.kind, out.reason = error
        out.values.clear()
        return out
    author = author_listing(doc, page)
    if author is not None:
        out.kind, out.handle = "profile", author
        return out
    if _empty_lookup(doc, page):
        out.kind = "missing"
        return out
    resolved = resolved_channel(doc, page)
    if resolved is not None:
        out.kind, out.handle = "profile", resolved[0]
        out.put("platform_id", resolved[1], "api")
        return out
    header = app_header(doc)
    if header is not None and _api_profile(header, page, out):
        header_layer(doc, page, out, "api")
    elif out.kind is None:
        _nameless_lookup(doc, page, out)
    return out


# a batch lookup of accounts by name or id, which leaves out the names no account has
# (the AT Protocol's getProfiles, X v1.1's users/lookup, a users?usernames= lookup)
_BATCH_LOOKUP = re.compile(r"(?i)(?:\.getProfiles|/users/lookup(?:\.json)?|/users/by|/users)\?"
                           r"(?:[^#]*&)?(?:actors|screen_name|user_id|usernames|ids)=[^&#]")


def _empty_lookup(doc: Any, page: GenericPage) -> bool:
    """A batch lookup that asked for accounts and got an empty list back (``{"profiles": []}``,
    ``[]``): the names asked for are no accounts."""
    if page.status != 200 or not _BATCH_LOOKUP.search(page.url or ""):
        return False
    if doc == []:
        return True
    return isinstance(doc, dict) and len(doc) == 1 and next(iter(doc.values())) == [] and \
        next(iter(doc)) in ("profiles", "users", "accounts", "data")


_CHANNEL_ID = re.compile(r"^UC[\w-]{22}$")


def resolved_channel(doc: Any, page: GenericPage) -> tuple[str, str] | None:
    """(handle, id) of the channel an app's URL resolver answered with (InnerTube's
    navigation/resolve_url of 2020-2025: ``endpoint.browseEndpoint.browseId`` 'UC...', the
    channel's own path in ``commandMetadata.webCommandMetadata.url`` or
    ``browseEndpoint.canonicalBaseUrl``): the name resolves, so the channel exists."""
    endpoint = doc.get("endpoint") if isinstance(doc, dict) else None
    browse = endpoint.get("browseEndpoint") if isinstance(endpoint, dict) else None
    if not isinstance(browse, dict) or not _CHANNEL_ID.match(str(browse.get("browseId") or "")):
        return None
    meta = endpoint.get("commandMetadata")
    web = meta.get("webCommandMetadata") if isinstance(meta, dict) else None
    web = web if isinstance(web, dict) else {}
    if web.get("webPageType") not in (None, "WEB_PAGE_TYPE_CHANNEL"):
        return None  # a playlist's or a video's address resolved: no channel of its own
    channel = str(browse["browseId"])
    handle = None
    for path in (browse.get("canonicalBaseUrl"), web.get("url")):
        if isinstance(path, str) and path.startswith("/"):
            handle = page.platform_handle_from_url("https://www.youtube.com" + path)
            if handle:
                break
    return (page.valid_handle(handle) if handle else None) or channel, channel


def _plain_text(value: Any) -> str | None:
    """An app's display text: a string, ``{"simpleText": ...}`` or ``{"runs": [{"text"}]}``."""
    if isinstance(value, str):
        return value.strip() or None
    if not isinstance(value, dict):
        return None
    if isinstance(value.get("simpleText"), str):
        return value["simpleText"].strip() or None
    runs = value.get("runs")
    if isinstance(runs, list):
        text = "".join(r["text"] for r in runs[:200] if isinstance(r, dict)
                       and isinstance(r.get("text"), str))
        return text.strip() or None
    return None


def _asked_browse_id(doc: dict) -> str | None:
    """The id an app answer says it was asked for (InnerTube's responseContext:
    ``serviceTrackingParams[].params[{key: "browse_id", value}]``)."""
    context = doc.get("responseContext")
    services = context.get("serviceTrackingParams") if isinstance(context, dict) else None
    for service in services if isinstance(services, list) else []:
        params = service.get("params") if isinstance(service, dict) else None
        for param in params if isinstance(params, list) else []:
            if isinstance(param, dict) and param.get("key") == "browse_id" \
                    and isinstance(param.get("value"), str) and param["value"].strip():
                return param["value"].strip()
    return None


_FOLLOW_KEY = re.compile(r"(?i)subscri|follow")


def app_header(doc: Any) -> dict | None:
    """The profile an app's page answer shows in its header renderer and nowhere else (YouTube
    Music's artist page: ``header.musicImmersiveHeaderRenderer`` with a title, a description
    and a subscribe button, the channel named only by the id the answer was asked for): its
    name, description and that id as a flat profile. The subscribe button's own channel id
    and the shelves' many channels are other channels."""
    header = doc.get("header") if isinstance(doc, dict) else None
    if not isinstance(header, dict) or len(header) != 1:
        return None
    (key, node), = header.items()
    if not key.endswith("HeaderRenderer") or not isinstance(node, dict):
        return None
    # the channel's id: the one the answer was asked for, else the header's own (a channel
    # header of 2015-2023, c4TabbedHeaderRenderer, carries its ``channelId``)
    own_id = node.get("channelId") if isinstance(node.get("channelId"), str) else None
    asked = _asked_browse_id(doc) or own_id
    named = _header_handle(node)
    if asked is None and named is None:
        return None
    # the name: its title, or the page title of a 2023- pageHeaderRenderer
    name = _plain_text(node.get("title")) or _plain_text(node.get("pageTitle"))
    if name is None or not any(_FOLLOW_KEY.search(k) for k in node) and not (
            key.startswith("pageHeader") and named):
        return None  # an account's header has a subscribe or follow button (a playlist's not)
    flat: dict[str, Any] = {"name": name, "handle": named or asked}
    if asked is not None:
        flat["channelId"] = asked
    bio = _plain_text(node.get("description")) or _header_description(node)
    if bio:
        flat["description"] = bio
    return flat


def _header_description(node: dict) -> str | None:
    """The text a header keeps under a ``description`` subtree (a pageHeaderViewModel's
    ``description.descriptionPreviewViewModel.description.content``), else None."""
    for path, text in H.paths(node, limit=400):
        if path and path[-1] in ("content", "simpleText") and text.strip() and any(
                "description" in part.lower() for part in path[:-1]):
            return text.strip()
    return None


_AT_HANDLE = re.compile(r"^@([\w.\-\u00b7]{3,30})$")


def _header_handle(node: dict) -> str | None:
    """The '@handle' a channel header shows as a line of its own (``channelHandleText``, a
    metadata row's part), else None."""
    said = _plain_text(node.get("channelHandleText"))
    m = _AT_HANDLE.match(said or "")
    if m:
        return m.group(1)
    for key, text in H.strings(node, limit=400):
        m = _AT_HANDLE.match(text.strip())
        if m and key in ("content", "text", "simpleText"):
            return m.group(1)
    return None


MIN_LISTING = 2  # items of one author that make a listing of that author's own
MIN_SAVED_LISTING = 5  # ... in a saved file that does not say which account it asked for


def author_listing(doc: Any, page: GenericPage) -> str | None:
    """The asked handle when the answer is a listing of that account's own items and nothing
    else (Reddit's /user/<name>.json overview: comments and posts whose ``author`` is the
    name; a feed API's list of one author's posts), else None. The items name their author
    only as text, so the account exists; its counts are not in such an answer."""
    asked = asked_handle(page)
    saved = asked is None and not (page.url or "").startswith(("http://", "https://"))
    own = asked is None and not saved and _own_items_request(page.url)
    if asked is None and not saved and not own:
        return None  # a listing asked for by another address (a subreddit) names no account
    authors: list[str] = []
    seen: set[int] = set()
    for node, depth in _dicts(doc):
        data = node.get("data") if isinstance(node.get("data"), dict) and "kind" in node else node
        if id(data) in seen:
            continue  # a {kind, data} envelope and its data are one item
        seen.add(id(data))
        keys = _AUTHOR_KEYS + ("username",) if _is_media(data) else _AUTHOR_KEYS
        for key in keys:
            value = data.get(key)
            if isinstance(value, str) and value.strip() and depth > 0:
                authors.append(value.strip().lstrip("@"))
                break
        if len(authors) > 200:
            break
    if len(authors) < (MIN_SAVED_LISTING if saved else MIN_LISTING):
        return None
    if saved or own:
        asked = page.valid_handle(authors[0])  # a saved file: its one author, if one only
    if asked is None or any(page.valid_handle(a) != asked for a in authors):
        return None  # a listing of many people's items (a subreddit, a search) is no profile
    return asked


_AUTHOR_KEYS = ("author", "author_name", "authorName", "owner_username")
# the token's own account's items, or an account's by its number (Instagram's and Threads'
# Graph APIs /me/media, /<id>/media, /me/threads; Instagram v1 /users/self/media/recent)
_OWN_ITEMS = re.compile(r"(?i)/(?:me|users/self|\d{5,25})/(?:media|threads|posts)(?:/recent)?/?$")


def _own_items_request(url: str) -> bool:
    try:
        return bool(_OWN_ITEMS.search(urlsplit(url or "").path))
    except ValueError:
        return False
_MEDIA_KEYS = ("media_type", "media_url", "permalink", "caption", "timestamp", "thumbnail_url",
               "media_product_type")


def _is_media(node: Mapping[str, Any]) -> bool:
    """A media object of Instagram's and Threads' Graph APIs ({id, caption, media_type,
    media_url, permalink, timestamp, username}): its ``username`` is its owner's."""
    return sum(k in node for k in _MEDIA_KEYS) >= 2


def _gdata(node: Any, depth: int = 0) -> Any:
    """Google Data API JSON (YouTube GData v2 ``alt=json``, 2008-2015) in the plain vocabulary:
    ``{"$t": value}`` is the value and a namespaced key (``yt$username``, ``yt$statistics``)
    its local name, so the profile reads like the XML entry it mirrors."""
    if depth > MAX_DEPTH:
        return node
    if isinstance(node, list):
        return [_gdata(item, depth + 1) for item in node[:200]]
    if not isinstance(node, dict):
        return node
    if set(node) <= {"$t", "type"} and "$t" in node:
        return node["$t"]
    out: dict[str, Any] = {}
    for key, value in node.items():
        local = key.split("$", 1)[1] if "$" in key[1:] else key
        value = _gdata(value, depth + 1)
        if isinstance(value, dict) and "$t" in value:
            out.setdefault(local + "_display", value.get("display"))
            value = value["$t"]
        out.setdefault(local, value)
    return out


def _gdata_feed(doc: Any, page: GenericPage) -> dict | None:
    """A GData JSON feed (``{"feed": {"author": [...], "link": [...], "entry": [...]}}``) as
    the flat profile its Atom twin reads to (``xml_profile``): the feed's own parts, its
    author's, its alternate link; the entries are items, never the profile."""
    feed = doc.get("feed") if isinstance(doc, dict) else None
    authors = feed.get("author") if isinstance(feed, dict) else None
    if not isinstance(authors, list) or not authors or not isinstance(authors[0], dict):
        return None
    flat: dict[str, Any] = {k: v for k, v in feed.items()
                            if isinstance(v, str | int) and not isinstance(v, bool)
                            and k in ("id", "title", "totalResults", "channelId", "userId")}
    for key, value in authors[0].items():
        if key in _FEED_AUTHOR and isinstance(value, str) and value.strip():
            flat.setdefault(_FEED_AUTHOR[key], value.strip())
    links = feed.get("link") if isinstance(feed.get("link"), list) else []
    alternate = next((x.get("href") for x in links if isinstance(x, dict)
                      and x.get("rel") == "alternate" and isinstance(x.get("href"), str)), None)
    if alternate:
        flat["link"] = alternate
    feed_identity(flat, page)
    return flat


def did_document(doc: Any, page: GenericPage) -> tuple[str | None, str] | None:
    """(handle, DID) of a W3C DID document (an AT Protocol identity as plc.directory or a
    did:web server's /.well-known/did.json answers it: ``id`` the DID, ``alsoKnownAs``
    ['at://<handle>'], verification methods and services), else None. An ActivityPub actor's
    alsoKnownAs (the accounts it moved from) is not this: its id is no DID."""
    if not isinstance(doc, dict):
        return None
    did = doc.get("id")
    if not (isinstance(did, str) and re.fullmatch(r"did:[a-z0-9]+:[\w.%:-]{1,200}", did)) or not (
            "verificationMethod" in doc or "service" in doc or "alsoKnownAs" in doc):
        return None
    names = doc.get("alsoKnownAs") if isinstance(doc.get("alsoKnownAs"), list) else []
    handle = next((page.valid_handle(n[5:]) for n in names
                   if isinstance(n, str) and n.startswith("at://")
                   and page.valid_handle(n[5:])), None)
    return handle, did


def _webfinger(doc: Any, page: GenericPage) -> str | None:
    """The handle a WebFinger answer (RFC 7033 JRD: ``{"subject": "acct:user@host", "links":
    [...]}``, how every fediverse server says an account exists) names, else None."""
    if not isinstance(doc, dict) or not isinstance(doc.get("links"), list):
        return None
    subject = doc.get("subject")
    m = re.fullmatch(r"acct:@?([^@\s]+)@([^@\s]+)", subject) if isinstance(subject, str) else None
    if m is None:
        return None
    user, host = m.groups()
    instance = str(page.platform.params.get("instance") or "")
    own = page.platform.owns_host(host) or host.lower() == instance.lower()
    return page.valid_handle(user if own or federated_host(page) is None and not instance
                             else f"{user}@{host}")


_WEBFINGER_PATH = re.compile(r"(?i)/\.well-known/webfinger/?$")
_FEED_PATH = re.compile(r"(?i)/feeds?/|/(?:rss|atom|feed)/?$|\.(?:xml|rss|atom)$")
# a front end's own error page, which says nothing of the account: Google's 'Error 404 (Not
# Found)!!1 ... The requested URL ... was not found on this server', Apache's and nginx's
_ROUTING_404 = re.compile(
    r"(?i)the requested url\b.{0,300}\bwas not found on this server|"
    r"<title>\s*(?:Error )?404 (?:\(Not Found\)|Not Found)(?:!!1)?\s*</title>")


def _feed_routing_404(page: GenericPage) -> bool:
    """A channel's feed (YouTube's /feeds/videos.xml, an RSS or Atom address) answered 404 by
    the front end's own error page: feed endpoints answer so for channels that exist, for
    hours at a time (reported by feed readers from 2021 to 2026), so the answer says nothing
    of the channel: could not check, never 'not found'."""
    if page.status != 404:
        return False
    try:
        path = urlsplit(page.url or "").path
    except ValueError:
        return False
    return bool(_FEED_PATH.search(path)) and bool(_ROUTING_404.search(page.text[:5_000]))


def _unknown_to_webfinger(page: GenericPage) -> bool:
    """A WebFinger lookup answered 404 or 410 (RFC 7033 4.2: the server knows no such
    resource), whatever body the server's framework adds (none, an HTML error page, a JSON
    error): the account does not exist there. A JRD in the body would still be read."""
    if page.status not in (404, 410):
        return False
    try:
        path = urlsplit(page.url or "").path
    except ValueError:
        return False
    return bool(_WEBFINGER_PATH.search(path)) and '"subject"' not in page.text[:20_000]


def header_layer(doc: Any, page: GenericPage, out: LayerRead, layer: str) -> None:
    """Counters, a badge and outside links the answer's header shows as text (YouTube's
    ``pageHeaderViewModel`` '5.04M subscribers', a 'Name, verified' label, a link-out
    wrapper), for the fields its profile object left empty."""
    hints = H.header_hints(doc, _own_host(page))
    likes = hints.pop("likes", None)
    for name, value in hints.items():
        out.put(name, value, layer)
    if likes is not None and "followers" not in out.values and "followers" not in hints:
        out.put("followers", likes, layer)
    if "verified" not in out.values and _titled_header(doc, out.values.get("display_name"),
                                                       out.values.get("platform_id")):
        # the header draws the profile's name as its title and no badge beside it: not
        # verified (read from an absence, as the rendered page's title line is)
        out.put("verified", False, "absent")
    activity_layer(doc, page, out, layer)


def _titled_header(doc: Any, name: Any, pid: Any = None) -> bool:
    """Whether one of the answer's header subtrees (``H.header_nodes``) has the profile's name
    as its own ``title`` (a string, ``simpleText``, styled runs or a ``content`` text), or a
    title beside the profile's own id (``channelId``: the header of the profile, whatever the
    name the other layers read later)."""
    want = " ".join(name.split()).casefold() if isinstance(name, str) and name.strip() else None
    for node in H.header_nodes(doc):
        inner = node
        if isinstance(inner, dict) and len(inner) == 1 and isinstance(
                next(iter(inner.values())), dict):
            inner = next(iter(inner.values()))  # {c4TabbedHeaderRenderer: {...}}
        # (not a 2023- pageHeaderRenderer's ``pageTitle``: its badge may sit where no key says
        # so, in a renderer context, and a header without one says nothing there)
        title = inner.get("title") if isinstance(inner, dict) else None
        if isinstance(title, dict):
            runs = title.get("runs")
            title = title.get("simpleText") or title.get("content") or (
                "".join(r.get("text", "") for r in runs if isinstance(r, dict))
                if isinstance(runs, list) else None)
        if not isinstance(title, str) or not title.strip():
            continue
        if " ".join(title.split()).casefold() == want:
            return True
        own_id = _first(inner, ID_KEYS, (str, int)) if isinstance(inner, dict) else None
        if pid is not None and own_id is not None and str(own_id) == str(pid):
            return True
    return False


def activity_layer(doc: Any, page: GenericPage, out: LayerRead, layer: str) -> None:
    """The account's last activity from the relative dates of its own items ('3 years ago'
    under each video of a channel page, in the page's UI language), counted back from the
    answer's Date header (else the time of reading, which the evidence then says)."""
    if "last_active_at" in out.values:
        return
    ref, source = D.reference_time(page.headers)
    own = out.values.get("platform_id")
    when = D.newest_activity(doc, ref, own if isinstance(own, str) else None)
    if when is not None:
        out.put("last_active_at", V.to_datetime(when.isoformat()), layer)
        out.notes["relative_dates_from"] = source


def _own_host(page: GenericPage) -> Any:
    return page.platform.owns_host


def api_error(doc: Any, status: int) -> tuple[str, str | None] | None:
    """('missing', reason) / ('wall', reason) from an API's error shape, else None."""
    if not isinstance(doc, dict):
        return None
    if _tombstone(doc) and status in (200, 404, 410):
        return "missing", "gone"
    data = doc.get("data", _ABSENT)
    # X GraphQL: {"data": {}} / {"data": {"user": {}}} / UserUnavailable
    if isinstance(data, dict):
        for key in ("user", "user_result_by_screen_name", "user_result", "userResult"):
            if key in data:
                node = data[key]
                if node in (None, {}, []):
                    # GitHub GraphQL: {"data": {"user": null}, "errors": [...]}: the errors say
                    # why (NOT_FOUND, or a rate limit / a bad token: could not check)
                    said = _graphql_errors(doc.get("errors"))
                    return said if said is not None else ("missing", None)
                result = node.get("result") if isinstance(node, dict) else None
                if isinstance(result, dict) and result.get("__typename") == "UserUnavailable":
                    why = " ".join(str(result.get(k) or "") for k in
                                   ("reason", "unavailable_reason", "message"))
                    if re.search(r"(?i)\bprotected\b", why) and not _SUSPENDED.search(why):
                        # withheld from this viewer because it is protected: it exists
                        return "wall", "protected"
                    return "missing", "suspended" if _SUSPENDED.search(why) else "unavailable"
                if result in (None, {}) and isinstance(node, dict) and "result" in node:
                    return "missing", None
        if data == {} and status in (200, 404) and not doc.get("errors") \
                and not _error_object(doc.get("error")):
            return "missing", None
    # errors arrays (X v1.1 / v2, GraphQL; a GraphQL error whose ``path`` is the user's own
    # fields beside a partial user: {"path": ["user", "legacy"], "code": 63})
    errors = doc.get("errors")
    if isinstance(errors, list) and errors and (data in (_ABSENT, None, {})
                                                or _errors_on_user(errors, data)):
        texts = []
        for err in errors:
            if not isinstance(err, dict):
                continue
            code = err.get("code")
            text = " ".join(str(err.get(k) or "") for k in ("message", "title", "detail", "type"))
            texts.append(text)
            if _caller_refused(err, text):
                return "wall", "bad_credentials"
            if code == 63 or _SUSPENDED.search(text):
                return "missing", "suspended"
            if code in (50, 17, 34) or _MISSING_TEXT.search(text):
                return "missing", None
            if code == 88 or _RATE_TEXT.search(text):
                return "wall", "rate_limited"
            if code in (32, 89, 99, 215) or _AUTH_TEXT.search(text):
                return "wall", "bad_credentials"
        return None
    # Graph API / Google APIs: {"error": {...}}
    err = doc.get("error")
    if isinstance(err, dict):
        code = err.get("code")
        # an error code in words ('USER_NOT_FOUND', 'RATE_LIMITED') says as much as a message
        text = " ".join(str(err.get(k) or "") for k in ("message", "type", "status")) + (
            f" {code.replace('_', ' ')}" if isinstance(code, str) else "")
        reasons = " ".join(str(e.get("reason") or "") for e in err.get("errors") or []
                           if isinstance(e, dict))
        for_users = " ".join(str(err.get(k) or "") for k in ("error_user_title", "error_user_msg"))
        if _MISSING_TEXT.search(for_users) and not _POLICY_TEXT.search(text):
            # the Graph API's words for people ('Cannot find User', 'The user with username:
            # x cannot be found', business discovery's subcode 2207013) over its code 110
            return "missing", None
        if _POLICY_TEXT.search(text):
            # the API refuses the kind of question ('(#803) Cannot query users by their
            # username', 'does not exist, cannot be loaded due to missing permissions'): it
            # could not check, it did not say the profile is gone
            return "wall", "no_permission"
        if code == 803 or (code == 100 and _MISSING_TEXT.search(text)) or code == 404 or (
                isinstance(code, str) and _MISSING_TEXT.search(code.replace("_", " "))):
            return "missing", None
        if isinstance(code, str) and status in (400, 404) and _MISSING_TEXT.search(
                str(err.get("message") or "")) and not _AUTH_TEXT.search(text):
            # an error named by a word ('invalid_params', TikTok's open API) whose message says
            # the user is not there ('The user with username: x cannot be found.')
            return "missing", None
        if code in (4, 17, 32, 613, 429) or _RATE_TEXT.search(text + reasons):
            return "wall", "rate_limited"
        if code in (190, 102, 401) or _AUTH_TEXT.search(text) or "keyInvalid" in reasons:
            return "wall", "bad_credentials"
        if code in (10, 200, 403):
            return "wall", "no_permission"
        return None
    # Pinterest's resource API wraps its answer: {"resource_response": {"status": "failure",
    # "code": 30, "message": "User not found.", "http_status": 404, "error": {...}}}
    wrapped = doc.get("resource_response")
    if isinstance(wrapped, dict) and wrapped is not doc and (
            wrapped.get("status") == "failure" or isinstance(wrapped.get("error"), dict)):
        inner = wrapped.get("http_status")
        said = inner if isinstance(inner, int) and not isinstance(inner, bool) else status
        return api_error({k: v for k, v in wrapped.items() if k != "error"}, said)
    # Instagram API v1 (2011-2016): {"meta": {"code": 400, "error_type": "APINotFoundError",
    # "error_message": "this user does not exist"}}: its type and message are the error
    meta = doc.get("meta")
    if isinstance(meta, dict) and isinstance(meta.get("error_type"), str) and meta is not doc:
        return api_error({"error": meta["error_type"], "message": str(meta.get("error_message")
                                                                       or "")}, status)
    # LinkedIn's finders (organizations?q=vanityName): no element has the name asked for
    if doc.get("elements") == [] and isinstance(doc.get("paging"), dict):
        return "missing", None
    # YouTube Data API list answer without items
    kind = doc.get("kind")
    is_list = isinstance(kind, str) and kind.startswith("youtube#") and "ListResponse" in kind
    if is_list and not doc.get("items"):
        return "missing", None
    # an app's own alert list (YouTube InnerTube ``alerts: [{alertRenderer: {type: ERROR,
    # text: "This channel does not exist."}}]``, and its like): an error alert's words decide
    verdict = alert_verdict(_error_alert(doc))
    if verdict is not None:
        return verdict
    # Reddit, Bluesky, Mastodon, GitHub, Instagram, TikTok: message/error fields
    reddit = doc.get("data") if doc.get("kind") == "t2" else None
    if isinstance(reddit, dict) and reddit.get("is_suspended") is True:
        return "missing", "suspended"
    if doc.get("require_login") is True:
        return "wall", "login_wall"
    if doc.get("statusCode") in _GONE_CODES or doc.get("status_code") in _GONE_CODES:
        return "missing", None
    if doc.get("ok") is False and isinstance(doc.get("description"), str):
        # the Telegram Bot API: {"ok": false, "error_code": 400, "description": "Bad Request:
        # chat not found"}; 401 Unauthorized, 429 'Too Many Requests: retry after 35'
        said = doc["description"]
        code = doc.get("error_code")
        if code == 429 or _RATE_TEXT.search(said):
            return "wall", "rate_limited"
        if code in (401, 403) or _AUTH_TEXT.search(said):
            return "wall", "bad_credentials"
        if re.search(r"(?i)chat not found|user not found|username_invalid|username not occupied",
                     said):
            return "missing", None
        return None
    text = " ".join(str(doc.get(k)) for k in ("error", "message", "reason", "detail",
                                             "status_msg", "explanation", "error_description",
                                             "errorMessage", "error_message", "code",
                                             "error_code", "errorCode", "title")
                    if isinstance(doc.get(k), str))
    if not text.strip():
        return _status_echo(doc, status)
    why = str(doc.get("reason") or "").strip().casefold()
    if why == "private" and status == 403:
        return None  # a private community exists: the catalog reads it found, private
    said = _COMMUNITY_REASONS.get(why)
    if said is not None and status in (403, 404, 410):
        # a community's (a subreddit's) about answer that says why it is not shown: banned is
        # gone; quarantined and gated exist but are shown only to a visitor who opts in
        return said
    if re.search(r"(?i)AccountTakedown|AccountSuspended", text) or (
        _SUSPENDED.search(text) and status in (200, 400, 403, 404, 410)
    ):
        return "missing", "suspended"
    if "AccountDeactivated" in text:
        return "missing", "deactivated"
    if _RATE_TEXT.search(text):
        return "wall", "rate_limited"
    if _LOGIN_TEXT.search(text):
        return "wall", "login_wall"  # Instagram's 'login_required', 'checkpoint_required'...
    if _SIGNED_IN_TEXT.search(text) and status in (401, 403):
        return "wall", "login_wall"  # Mastodon in secure mode: a wall to every anonymous client
    if _AUTH_TEXT.search(text) and status in (400, 401, 403):
        return "wall", "bad_credentials"
    gone = status == 410 and text.strip().casefold() == "gone"  # an actor's {"error": "Gone"}
    if status in (200, 400, 404, 410) and (_MISSING_TEXT.search(text) or text.strip() == "404"
                                           or gone):
        return "missing", None
    if status in (404, 410) and (_INVALID_ID.search(text) or doc.get("status") in (404, 410)):
        # LinkedIn API v1's {"message": "Invalid member id {1234}", "status": 404}: an HTTP
        # 404 whose body says the same about the member asked for
        return "missing", None
    return None


# what an HTTP status says of the account asked for, when the body only repeats it
_ECHOED_STATUS: dict[int, tuple[str, str | None]] = {
    404: ("missing", None), 410: ("missing", None), 429: ("wall", "rate_limited"),
    401: ("wall", "bad_credentials"), 403: ("wall", "no_permission"),
}
_ECHO_KEYS = ("error", "code", "status", "error_code", "errorCode", "status_code", "statusCode")


def _status_echo(doc: Mapping[str, Any], status: int) -> tuple[str, str | None] | None:
    """An error body that is only a number, the HTTP status again (reddit's bare
    ``{"error": 404}`` of 2014, an API's ``{"code": 429}``): the status is the answer. A number
    that differs from the status, or a body that says more, says nothing here."""
    codes = [doc[k] for k in _ECHO_KEYS if k in doc]
    if not codes or len(doc) > len(codes):
        return None
    if any(not isinstance(c, int) or isinstance(c, bool) or c != status for c in codes):
        return None
    return _ECHOED_STATUS.get(status)


# Reddit's {"reason": ..., "message": "Forbidden", "error": 403} (404 for a banned one)
_COMMUNITY_REASONS: dict[str, tuple[str, str | None]] = {
    "banned": ("missing", "banned"),
    "quarantined": ("wall", "quarantined"), "gated": ("wall", "gated"),
}


def _tombstone(doc: Mapping[str, Any]) -> bool:
    """An ActivityStreams ``Tombstone`` in place of the object asked for: what a fediverse
    server (Fedify, Takahe, Friendica, WordPress's ActivityPub plugin) serves for a deleted
    actor, with 410 Gone (or 404, or 200), its ``formerType`` a Person, Service or Group when
    given. The actor is gone."""
    kind = doc.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    if not any(isinstance(k, str) and k.rsplit(":", 1)[-1] == "Tombstone" for k in kinds[:5]):
        return False
    former = doc.get("formerType")
    return former in (None, "", "Person", "Service", "Group", "Organization", "Application") or \
        isinstance(former, list)


def _hidden_counts(pleroma: Mapping[str, Any], out: LayerRead) -> None:
    """Pleroma and Akkoma show a count the account hides as 0 (``hide_followers_count``,
    ``hide_follows_count``, and ``hide_followers`` / ``hide_follows`` before 2.0): unknown,
    not zero."""
    for fname, keys in (("followers", ("hide_followers_count", "hide_followers")),
                        ("following", ("hide_follows_count", "hide_follows"))):
        if any(pleroma.get(k) is True for k in keys) and out.values.get(fname) == 0:
            out.values.pop(fname, None)
            out.layers.pop(fname, None)


def _taken_down(view: Mapping[str, Any]) -> bool:
    """A profile its service labels as taken down (Bluesky's ``labels: [{val: "!takedown"}]``,
    ``!suspend``): an account view of something gone."""
    labels = view.get("labels")
    return isinstance(labels, list) and any(
        isinstance(label, dict) and label.get("val") in ("!takedown", "!suspend")
        and not label.get("neg") for label in labels[:50])


_USER_FIELDS = frozenset({"user", "user_result_by_screen_name", "user_result", "userResult"})
# an error about the asking account, not the one asked for: X's code 64 ('Your account is
# suspended and is not permitted to access this feature'), 326 ('this account is temporarily
# locked'), GraphQL's 37 ('Authorization: Denied by access control: Missing
# TwitterUserNotSuspended'): the session could not check; it says nothing of the account asked for
_CALLER_CODES = (37, 64, 326)
_CALLER_TEXT = re.compile(
    r"(?i)\byour account (?:is|has been) (?:suspended|locked|restricted)|access control|"
    r"\bMissing Twitter\w+|this account is temporarily locked|not permitted to access this feature")


def _caller_refused(err: Mapping[str, Any], text: str) -> bool:
    """An API error about the caller's own account (``_CALLER_TEXT``)."""
    ext = err.get("extensions")
    code = err.get("code", ext.get("code") if isinstance(ext, dict) else None)
    return code in _CALLER_CODES or bool(_CALLER_TEXT.search(text))


def _errors_on_user(errors: list, data: Any) -> bool:
    """A GraphQL answer's errors name the user's own fields as their ``path`` (the partial
    user beside them is what could be read before the error: ids, no profile)."""
    return isinstance(data, dict) and any(
        isinstance(err, dict) and isinstance(err.get("path"), list) and err["path"]
        and err["path"][0] in _USER_FIELDS for err in errors[:10])


def _error_object(err: Any) -> bool:
    """An ``error`` object that reports an error (TikTok's API v2 answers every call with one:
    ``{"data": {}, "error": {"code": "access_token_invalid", ...}}``; ``code: ok`` is success):
    an empty ``data`` beside it says why nothing came, never that the account is gone."""
    if not isinstance(err, dict) or not err:
        return False
    return str(err.get("code", "")).strip().casefold() not in ("ok", "0", "")


def _graphql_errors(errors: Any) -> tuple[str, str | None] | None:
    """A wall that a GraphQL answer's ``errors`` name (rate limit, token, permission), else
    None (no errors, or ones that say the object was not found)."""
    if not isinstance(errors, list):
        return None
    for err in errors[:10]:
        if not isinstance(err, dict):
            continue
        text = " ".join(str(err.get(k) or "") for k in ("type", "message", "code"))
        ext = err.get("extensions")
        if isinstance(ext, dict):
            text += " " + " ".join(str(v) for v in ext.values() if isinstance(v, str))
        if _caller_refused(err, text):
            return "wall", "bad_credentials"
        code = err.get("code", ext.get("code") if isinstance(ext, dict) else None)
        if code == 63 or re.search(r"(?i)\buser (?:has been|is) suspended",
                                   str(err.get("message") or "")):
            # X's GraphQL of 2023-2024 beside an empty user: 'Authorization: User has been
            # suspended. (63)' is about the account asked for (the caller's own is code 64)
            return "missing", "suspended"
        if re.search(r"(?i)NOT_FOUND|not found|could not resolve|does not exist", text):
            continue
        if _RATE_TEXT.search(text) or "RATE_LIMITED" in text:
            return "wall", "rate_limited"
        if _AUTH_TEXT.search(text) or re.search(r"(?i)FORBIDDEN|INSUFFICIENT_SCOPES", text):
            return "wall", "bad_credentials"
        return "wall", "api_error"  # an error we cannot read: never 'not found'
    return None


def alert_verdict(alert: str | None) -> tuple[str, str | None] | None:
    """('missing', reason) when an app's error alert says the account is gone, else None."""
    if alert is None:
        return None
    if _SUSPENDED.search(alert):
        return "missing", "terminated" if re.search(r"(?i)terminat", alert) else "suspended"
    if _MISSING_TEXT.search(alert) or re.search(r"(?i)is not available|isn.t available", alert):
        return "missing", None
    return None


# TikTok's status codes of a name no account has (app and web): 10202 "user not exist"; 10221
# is the code of a banned account in TikTok's API error table (and to name-claiming tools),
# but the web page of 2023- gives it for names never registered too (Sherlock's and most
# checkers' not-found marker), so it is read as not found without a reason: "banned" would be
# a claim the page does not make. 10222 is a private account that exists (TikTokPage).
_GONE_CODES = (10221, 10202)


def _state_alert(page: GenericPage) -> tuple[str, str | None] | None:
    """The verdict of a page's own state object about a missing account: an error alert
    (YouTube's page keeps its InnerTube answer in ``ytInitialData``: a terminated or unknown
    channel's page is that answer's ``alerts`` and nothing else), or, near its top, an
    answer's status code for a name no account has with no user beside it (TikTok's
    ``webapp.user-detail: {statusCode: 10221}``)."""
    for doc in state_objects(page):
        verdict = alert_verdict(_error_alert(doc)) if isinstance(doc, dict) else None
        if verdict is not None:
            return verdict
        for node, depth in _dicts(doc):
            if depth <= 3 and node.get("statusCode") in _GONE_CODES and not node.get("userInfo"):
                return "missing", None
    return None


def _error_alert(doc: dict) -> str | None:
    """The text of the first error alert of an app's alert list (``alerts``, ``notices``,
    ``messages``: objects with ``type``/``severity`` ERROR and a text), else None."""
    for key in ("alerts", "alert", "notices", "messages"):
        items = doc.get(key)
        for item in (items if isinstance(items, list) else [items])[:10]:
            if not isinstance(item, dict):
                continue
            inner = item
            if len(item) == 1 and isinstance(next(iter(item.values())), dict):
                inner = next(iter(item.values()))  # {alertRenderer: {...}}
            kind = str(inner.get("type") or inner.get("severity") or inner.get("level") or "")
            if kind.upper() not in ("ERROR", "FATAL", "CRITICAL"):
                continue
            text = " ".join(t for _, t in H.strings(inner.get("text") or inner.get("message")
                                                     or inner, limit=200))
            if text.strip():
                return text[:1000]
    return None


# an XML API's error document: its root an <error>, <errors> or a failed <rsp>, or a Rails
# <hash> whose first element after the request is its <error> (the X/Twitter API v1 of
# 2008-2012: <hash><request>/users/show/name.xml</request><error>Not found</error></hash>)
_XML_ERROR = re.compile(r"^\s*(?:<\?xml[^>]*\?>\s*)?<(?:error|errors|rsp\s+stat=.fail.)[\s>]|"
                        r"^\s*(?:<\?xml[^>]*\?>\s*)?<hash>\s*(?:<request>[^<]{0,500}</request>\s*)?"
                        r"<error>", re.I)


def is_xml_error(page: GenericPage) -> bool:
    """Whether the answer is an XML API's error document (its own words, like a JSON one's)."""
    return bool(_XML_ERROR.match(page.text[:2000]))


def _xml_error(page: GenericPage) -> tuple[str, str | None] | None:
    """An XML API's error answer (LinkedIn API v1 ``<error><status>404</status><message>``,
    the old X/Twitter XML API ``<errors><error code="34">``) read like its JSON twin."""
    head = page.text[:20_000]
    if not _XML_ERROR.match(head):
        return None
    doc: dict[str, Any] = {}
    for tag in ("message", "error", "status", "error-code", "code", "reason", "internalReason"):
        m = re.search(rf"<{tag}(?:\s[^>]*)?>([^<]{{1,500}})</{tag}>", head, re.I)
        if m:
            doc[tag] = html.unescape(m.group(1)).strip()
    code = re.search(r'<error[^>]*\bcode="(\d+)"', head)
    status = page.status
    if status == 200 and str(doc.get("status", "")).isdigit():
        status = int(doc["status"])  # some APIs answer 200 and say the status inside
    if code:
        return api_error({"errors": [{"code": int(code.group(1)),
                                      "message": doc.get("error", "")}]}, status)
    doc.pop("status", None)
    return api_error(doc, status)


MAX_XML = 2_000_000  # characters of an XML API answer we parse
_XML_START = re.compile(r"^\s*(?:<\?xml[^>]*\?>\s*)?<(?!html[\s>]|!)[\w:.-]+[\s>/]", re.I)
_XML_AVATAR = frozenset({"thumbnail", "picture_url", "profile_image_url"})


def xml_profile(page: GenericPage) -> dict | None:
    """An XML API answer about one profile as a flat dict the JSON vocabulary reads: the
    YouTube GData v2 user entry (Atom: ``title``, ``summary``, ``yt:username``,
    ``yt:channelId``, ``yt:statistics subscriberCount``, the uploads ``feedLink``'s
    ``countHint``), LinkedIn API v1's ``<person><first-name>``, and their like.

    Element names lose their namespace, hyphens become underscores; attributes that are
    counts (``subscriberCount``) join the dict. A document type or entity declaration is
    never parsed (no entity expansion), nor an answer over MAX_XML characters.
    """
    text = page.text
    if len(text) > MAX_XML or not _XML_START.match(text[:2000]) or "<!DOCTYPE" in text.upper() \
            or "<!ENTITY" in text.upper():
        return None
    try:
        # blank lines or a byte-order mark before the declaration (a feed a template wrote,
        # a saved file): XML says the declaration comes first, but a reader reads past them
        root = ET.fromstring(text.lstrip("\ufeff \t\r\n"))
    except (ET.ParseError, ValueError):
        return None

    def local(tag: object) -> str:
        return str(tag).rsplit("}", 1)[-1].replace("-", "_")

    if local(root.tag) == "feed":
        person = _atom_person(root, local)
        if person:
            return person
    if local(root.tag) == "rss":
        channel = _rss_channel(root, local)
        named = _feed_owner(page, channel["url"]) if channel else None
        if channel and named:
            # the profile its link names (a feed of a page that is no profile is no one's)
            channel["username"] = named
            return channel
        return None
    doc: dict[str, Any] = {}
    for child in list(root)[:500]:
        name = local(child.tag)
        value = (child.text or "").strip()
        if name == "link":
            if child.get("rel") == "alternate" and child.get("href"):
                doc.setdefault("link", child.get("href"))
            continue
        if name == "feedLink":
            if str(child.get("rel", "")).endswith(".uploads") and child.get("countHint"):
                doc.setdefault("videoCount", child.get("countHint"))
            continue
        if name == "author" and len(child):
            # an Atom feed's author (YouTube's channel feed videos.xml: the channel's name;
            # GData's: its API address /users/<name> and its id, yt:userId)
            for sub in child:
                key = _FEED_AUTHOR.get(local(sub.tag))
                if key and (sub.text or "").strip():
                    doc.setdefault(key, sub.text.strip())
            continue
        if name in _XML_AVATAR:
            url = child.get("url") or value
            if url:
                doc.setdefault("avatar", url)
            continue
        for attr, attr_value in child.attrib.items():
            if "count" in attr.lower() and attr != "countHint":
                doc.setdefault(local(attr), attr_value)
        if value in ("true", "false") and len(child) == 0:
            # XML spells a flag as a word (<verified>false</verified>): the JSON twin's bool
            doc.setdefault(name, value == "true")
        elif value and len(child) == 0:
            doc.setdefault(name, value)
        elif len(child):
            # a collection of link records (LinkedIn API v1's <member-url-resources> of
            # <member-url-resource><url>): its addresses, in their order
            urls = [text for node in child.iter() if local(node.tag) == "url"
                    and (text := (node.text or "").strip())]
            if urls:
                doc.setdefault(name, urls[:10])
    if doc and local(root.tag) == "feed":
        if not any(k in doc for k in ("name", "author_uri", "link")):
            # a head with no author and no page of its own: whose the entries are (their
            # author's name may be a byline, '/u/<name>': the address alone says whose)
            uri = _entries_author(root, local).get("author_uri")
            if uri:
                doc["author_uri"] = uri
        feed_identity(doc, page)
    return doc or None


def _entries_author(root: ET.Element, local: Callable[[object], str]) -> dict[str, str]:
    """The author every entry of a feed with no author of its own names (Atom wants an author
    on the feed or on each entry: a channel's feed cut down to its id, title and entries keeps
    the channel only there), when they all name the same one; else nothing."""
    found: dict[str, str] | None = None
    for entry in [c for c in root if local(c.tag) == "entry"][:200]:
        author = next((c for c in entry if local(c.tag) == "author"), None)
        if author is None:
            return {}
        parts = {key: sub.text.strip() for sub in author
                 if (key := _FEED_AUTHOR.get(local(sub.tag))) and (sub.text or "").strip()}
        if found is not None and parts != found or not parts.get("author_uri"):
            return {}
        found = parts
    return found or {}


# an Atom author's parts, as the flat profile names them
_FEED_AUTHOR = {"name": "name", "uri": "author_uri", "userId": "userId", "channelId": "channelId"}
# a feed of the account's own items (GData's .../users/<id>/uploads, 'tag:...:uploads'): its
# total (openSearch:totalResults) is the account's count of them
_OWN_ITEMS_FEED = re.compile(r"(?i)[/:](?:uploads|videos|posts|statuses|media)/?$")
_OWN_ITEMS_PATH = re.compile(r"(?i)/(?:users?|channels?|accounts?)/[^/]+/"
                             r"(?:uploads|videos|posts|statuses|media)/?$")
_USER_PATH = re.compile(r"/users?/([\w.\-]{1,60})/?$")


def feed_identity(doc: dict, page: GenericPage) -> None:
    """An Atom feed's account, from what the feed says of its author (both GData renderings,
    XML and ``alt=json``, and YouTube's channel feed): the user name its author's API address
    names (/feeds/api/users/<name>), the id the feed abbreviates (yt:userId and the 2025
    feed's yt:channelId drop the 'UC' its links spell) whole, and the total of a feed of
    the account's own uploads as its count of them."""
    asked = _asked_user_query(page.url)
    if asked and "username" not in doc and page.valid_handle(asked):
        # a feed asked for by user name (videos.xml?user=<name>): that name, not the channel
        # id its links give
        doc["username"] = asked
    uri = doc.get("author_uri")
    if isinstance(uri, str) and "username" not in doc:
        name = page.platform_handle_from_url(uri) or _api_user_name(uri, page)
        if name:
            doc["username"] = name
    link = doc.get("link")
    if isinstance(link, str) and "username" not in doc and "name" not in doc:
        # a feed with no author whose page is a profile (GitHub's <name>.atom activity feed)
        named = page.platform_handle_from_url(link)
        if named:
            doc["username"] = doc["_feed_of"] = named
    own = [v for v in (doc.get("link"), uri, page.url) if isinstance(v, str)]
    feed_id = str(doc.get("id") or "")
    channel = _CHANNEL_FEED_ID.match(feed_id)
    if channel:
        # a channel's own feed (YouTube's videos.xml: id 'yt:channel:<id>'), maybe cut down to
        # its id and title: the id names the channel, and the feed's title is the channel's
        # name (its author, where there is one, is the channel too: a byline, not its title)
        doc.setdefault("channelId", channel.group(1))
        title = doc.get("title")
        if isinstance(title, str) and title.strip() and not _FEED_TEMPLATE.match(title):
            doc["name"] = title.strip()
    for key in ("channelId", "userId"):
        value = doc.get(key)
        if isinstance(value, str) and len(value) >= 10:
            doc[key] = _whole_id(value, own)
    total = doc.pop("totalResults", None)
    try:
        path = urlsplit(page.url or "").path
    except ValueError:
        path = ""
    if total is not None and (_OWN_ITEMS_FEED.search(feed_id) or _OWN_ITEMS_PATH.search(path)):
        doc.setdefault("videoCount", total)
    if "/" in feed_id or ":" in feed_id and any(isinstance(doc.get(k), str)
                                                for k in ("channelId", "userId")):
        doc.pop("id", None)  # a tag: URI or a path names the feed, its own id key the account
    title = doc.get("title")
    if isinstance(title, str) and _FEED_TEMPLATE.match(title):
        doc.pop("title")  # 'overview for <name>', 'Uploads by <name>': the feed's, not a name



def _asked_user_query(url: str) -> str | None:
    """The ``user=`` a feed request names its account by (YouTube's videos.xml?user=<name>)."""
    try:
        query = urlsplit(url or "").query
    except ValueError:
        return None
    m = re.search(r"(?:^|&)user=([\w.\-]{1,60})(?:&|$)", query)
    return m.group(1) if m else None


def _api_user_name(uri: str, page: GenericPage) -> str | None:
    """The user name an API address of the platform names (/feeds/api/users/<name> on a
    subdomain of one of its hosts, or on the server that answered)."""
    try:
        parts = urlsplit(uri)
        served = (urlsplit(page.url or "").hostname or "").lower()
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    ours = host == served or any(host.endswith("." + h.removeprefix("www."))
                                 for h in page.platform.hosts)
    m = _USER_PATH.search(parts.path) if ours else None
    return page.valid_handle(unquote(m.group(1))) if m else None


def _whole_id(value: str, own_urls: list[str]) -> str:
    """``value`` as the feed's own links spell it, when they give it with a short prefix the
    feed dropped ('UC' + the 22 characters of a YouTube channel id)."""
    for url in own_urls:
        for seg in re.split(r"[/?&=#:]", url):
            if seg != value and seg.endswith(value) and len(seg) - len(value) <= 4:
                return seg
    return value


# an RSS channel's description that is only the feed's template ('Public posts from @name@host')
_FEED_TEMPLATE = re.compile(r"(?i)^\s*(?:public\s+|latest\s+|recent\s+)?(?:posts|toots|notes|"
                            r"statuses|updates|videos|uploads|tweets|activity|overview|"
                            r"comments|submitted|favorites|likes)\s+(?:from|by|of|for)\b|"
                            r"^.{1,80}[’']s\s+(?:activity|posts|feed|videos|uploads|tweets|"
                            r"timeline)\s*$")


# the id of a channel's own Atom feed ('yt:channel:UC...'; the 2025 feed drops the 'UC')
_CHANNEL_FEED_ID = re.compile(r"^\s*[a-z]{1,12}:channel:([\w-]{10,40})\s*$")


# a profile's address on a server the catalog does not name (a self-hosted fediverse server,
# a video site's instance): /@name, /users/name, /accounts/name, /u/name
_PROFILE_PATH = re.compile(r"^/(?:@|(?:users|accounts|u|a|user|profile)/)([\w.\-]{1,60})/?$")


def _feed_owner(page: GenericPage, link: str) -> str | None:
    """The handle a feed's channel link names: the platform's own profile address, else a
    profile address on the server that served the feed."""
    named = page.platform_handle_from_url(link)
    if named:
        return named
    try:
        parts = urlsplit(page.absolute(link))
        served = urlsplit(page.url).hostname
    except ValueError:
        return None
    m = _PROFILE_PATH.match(unquote(parts.path))
    return m.group(1) if m and parts.hostname and parts.hostname == served else None


def _rss_channel(root: ET.Element, local: Callable[[object], str]) -> dict | None:
    """An account's RSS 2.0 feed (a fediverse server's /@name.rss, a blog host's, a video
    site's channel feed): the channel's title is the name, its link the profile's address, its
    image the picture, its description the bio unless it is the feed's template ('Public posts
    from @name@host'); the items are posts, never the profile. A channel linking to no page of
    its own is no account's."""
    channel = next((c for c in root if local(c.tag) == "channel"), None)
    if channel is None:
        return None
    doc: dict[str, Any] = {}
    for child in list(channel)[:200]:
        name = local(child.tag)
        value = (child.text or "").strip()
        if name == "link" and value and not child.get("rel"):
            doc.setdefault("url", value)
        elif name == "title" and value:
            doc.setdefault("name", value)
        elif name == "description" and value and not _FEED_TEMPLATE.match(value):
            doc.setdefault("description", value)
        elif name == "image":
            url = next(((s.text or "").strip() for s in child if local(s.tag) == "url"), "")
            if url:
                doc.setdefault("avatar", url)
        elif name == "icon" and value:  # webfeeds:icon
            doc.setdefault("avatar", value)
    return doc if "url" in doc else None


def _atom_person(root: ET.Element, local: Callable[[object], str]) -> dict | None:
    """The feed's author when it describes a person in Portable Contacts terms (the OStatus
    Atom feeds of GNU social, StatusNet, postActiv and Mastodon before ActivityPub):
    ``poco:preferredUsername``, ``poco:displayName``, ``poco:note``, ``poco:urls`` (the
    homepage), ``statusnet:profile_info local_id``; the ``<name>`` there is the user name."""
    author = next((c for c in root if local(c.tag) == "author"), None)
    if author is None:
        return None
    doc: dict[str, Any] = {}
    for child in list(author)[:200]:
        name = local(child.tag)
        value = (child.text or "").strip()
        if name == "link":
            if child.get("rel") == "alternate" and child.get("href"):
                doc.setdefault("url", child.get("href"))
            elif child.get("rel") == "avatar" and child.get("href"):
                doc.setdefault("avatar", child.get("href"))
        elif name == "urls":
            kind = next((s.text for s in child if local(s.tag) == "type"), "")
            href = next((s.text for s in child if local(s.tag) == "value"), "")
            if href and (kind or "").strip() in ("homepage", "blog", "profile", ""):
                doc.setdefault("website", href.strip())
        elif name == "profile_info" and child.get("local_id"):
            doc.setdefault("id", child.get("local_id"))
        elif name in ("preferredUsername", "displayName", "note", "summary") and value:
            doc.setdefault(name, value)
        elif name == "name" and value:
            doc.setdefault("username", value)
    if "preferredUsername" not in doc:
        return None  # a plain Atom author (a blog's, YouTube's channel feed): not a profile
    doc.pop("username", None)
    return doc


_ABSENT = object()
_COUNT_TEXT = re.compile(
    r"\d[\d.,\s\u00a0\u202f']{0,14}\s*(?:[KMBkmb]|mil|mn|mln|M de)?\.?\s*[^\d/:]{0,30}"
)


def best_profile(doc: Any, page: GenericPage, want: str | set[str] | None = None,
                 everywhere: bool = False) -> dict | None:
    """The dict in ``doc`` that looks most like one profile (merged with its child objects).

    ``want``: only a profile with one of these canonical handles, or one of them as its id,
    qualifies (embedded page state holds other users too; a channel page may name itself by
    its id). ``everywhere``: also in the subtrees that describe other people (SKIP_KEYS),
    for a wanted account a page holds only there (an embedded timeline's tweets' author).
    """
    wanted = {want} if isinstance(want, str) else want
    best: tuple[int, int] | None = None
    found: dict | None = None
    asked = _asked_id(page.url)
    asked_name = asked_handle(page) if want is None else None
    owner = listing_owner(doc) if want is None else None
    own_account = want is None and _self_request(page.url)
    relation = _relation_owner(page.url) if want is None else None
    roots = _root_refs(doc)
    for node, depth in _dicts(doc, frozenset() if everywhere and wanted else SKIP_KEYS):
        view = _merged(node)
        own_urn = node.get("entityUrn") if roots else None
        is_root = isinstance(own_urn, str) and own_urn in roots
        if is_root:
            # the answer's own object: with the objects it points at (an older Voyager
            # profile names its vanity name only in its *miniProfile)
            view = with_refs(doc, view)
        handle = _handle_of(view, page)
        if handle is None and depth == 0 and want is None and not _error_only(view, page):
            # an answer that does not name its user (LinkedIn API v1 people/url=<profile URL>):
            # the profile the request asked for by its public URL
            handle = _asked_profile(page)
            if handle is not None:
                view.setdefault("handle", handle)
        if (handle is None and depth == 0 and want is None and asked_name is not None
                and set(view) == {"did"} and str(view["did"]).startswith("did:")):
            # a name resolved to its identifier and nothing else (AT Protocol's resolveHandle
            # answers {"did": ...}): the account the request named exists, with that id
            handle = asked_name
            view = {"handle": asked_name, "did": view["did"]}
        if handle is None and want is None and asked_name is not None and _names(view, asked_name):
            # an old answer naming its user only by 'name' (Reddit about.json of 2013): the
            # name the request asked for
            handle = asked_name
            view.setdefault("handle", asked_name)
        if wanted is not None and handle not in wanted and not _id_in(view, wanted):
            continue
        if relation is not None and not (
                handle is not None and handle in {relation, asked_name}
                or _id_in(view, {relation})):
            continue  # a list of an account's followers or friends: other accounts
        score = _profile_score(view, handle)
        if (depth == 0 and want is None and handle is None and asked is None
                and 1 <= score <= 2
                and isinstance(view.get("name", view.get("firstName")), str)
                and isinstance(view.get("id"), str | int)
                and (len(view) <= 8 or _person_record(view))):
            # a small answer that is one object, its id and name, to a request that named no
            # other id (Graph API /me); an answer for another id than the one asked is not it.
            # A larger one qualifies when it is a person's own record, its name made of its
            # first and last name (Graph API /me with a user token and many permissions: bio,
            # website, education, work ...), which no list of other things is
            score += 2
        if (own_account and score == 2 and handle is not None and depth <= 1
                and _first(view, ID_KEYS, (str, int)) is not None):
            # the token's own account (/me, /user, /users/self ...) answered with its id and
            # handle only (Instagram's and Threads' /me?fields=id,username): someone
            score += 1
        if score and is_root:
            score += 2  # the object a normalised answer's data points at (LinkedIn Voyager)
        if score and asked is not None and str(view.get("id", "")) == asked:
            score += 2  # the object asked for by id (Graph API /v11.0/4): as good as a handle
        elif score and wanted is not None and handle not in wanted:
            score += 2  # the object whose id the page names itself by: as good as a handle
        elif score and asked_name is not None and handle is not None and (
                page.valid_handle(handle) == asked_name):
            # the account the request asked for by name (/<name>/media/: its posts, each with
            # their likers and commenters): a liker with a longer record is not it
            score += 2
        elif score and owner is not None and owner in _identity_keys(view):
            score += 2  # the owner of every post of a listing (saved with no address)
        if score < 3:
            continue
        key = (score, -depth)
        if best is None or key > best:
            best, found = key, view
    return found


# the words of an error answer, on any API: an object of these alone describes no one
_ERROR_KEYS = frozenset({
    "message", "code", "error", "errors", "status", "status_code", "statusCode", "error_code",
    "errorCode", "error_message", "error_type", "error_description", "description", "detail",
    "title", "type", "documentation_url", "reason", "explanation", "request", "request_id",
    "requestId", "trace_id", "fbtrace_id", "http_status", "success", "ok", "msg", "status_msg",
    "statusMsg", "timestamp", "path", "extra", "log_pb", "help_url", "more_info"})


def _error_only(view: Mapping[str, Any], page: GenericPage) -> bool:
    """An answer that is an error, not an unnamed profile: an error status, or nothing but an
    error's words (TikTok's oEmbed ``400 {"message": "Something went wrong", "code": 400}``
    asked about a profile URL is no profile of it)."""
    return page.status >= 400 or bool(view) and set(view) <= _ERROR_KEYS


# the address of the token's own account in the OAuth APIs seen: Graph API, Instagram and
# Threads /me, X v2 /users/me, GitHub /user, Instagram v1 /users/self, OpenID Connect userinfo,
# X v1.1 and Mastodon verify_credentials, Reddit /api/v1/me
_SELF_PATH = re.compile(r"(?i)/(?:me|user|userinfo|users/(?:me|self)|"
                        r"accounts?/verify_credentials(?:\.json)?)/?$")


# a request for the accounts related to one (its followers, friends, members, the accounts
# that liked or boosted something): /<owner>/followers, X v1.1's followers/list?screen_name=
_RELATION_PATH = re.compile(
    r"(?i)/(?:(?P<owner>[^/]+)/)?(?:followers|following|friends|followees|followings|"
    r"subscribers|subscriptions|members|blocks|mutes|stargazers|watchers|favourited_by|"
    r"reblogged_by|liking_users|retweeted_by)(?:/(?:list|ids))?(?:\.json)?/?$")


def _relation_owner(url: str) -> str | None:
    """The account a relation listing is about (its path's owner segment, else the name its
    query asks for, else '' when it names none), or None when the request is no such listing."""
    try:
        path = urlsplit(url or "").path
    except ValueError:
        return None
    m = _RELATION_PATH.search(path)
    if m is None:
        return None
    owner = m.group("owner") or ""
    if owner.lower() in ("1.1", "1", "2", "api", "v1", "v2", "v3"):
        owner = ""  # X's /1.1/followers/list.json: the owner is in the query
    return unquote(owner).lstrip("@")


def _self_request(url: str) -> bool:
    """Whether a request asked for the token's own account (see ``_SELF_PATH``)."""
    try:
        return bool(_SELF_PATH.search(urlsplit(url or "").path))
    except ValueError:
        return False


def _identity_keys(view: Mapping[str, Any]) -> set[str]:
    """The values an object is known by (its ids and handle keys), as text."""
    out = set()
    for key in ("id", "pk", "id_str", "username", "screen_name", "handle"):
        value = view.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
            out.add(f"{key}:{value}")
    return out


def listing_owner(doc: Any) -> str | None:
    """The one account every post of a listing names as its own (``user`` of Instagram's
    media items and of a user timeline's statuses), when there are at least two posts and one
    owner only: the listing is that account's (its likers and commenters are not)."""
    owners: set[str] = set()
    posts = 0
    for node, _depth in _dicts(doc):
        if not _is_post(node):
            continue
        keys = _identity_keys(node["user"])
        if not keys:
            return None
        posts += 1
        owners.add(min(keys))
        if len(owners) > 1:
            return None
    return next(iter(owners)) if posts >= MIN_LISTING else None


def _root_refs(doc: Any) -> frozenset[str]:
    """The URNs a normalised answer's ``data`` points at (LinkedIn Voyager's rest.li answers:
    ``{"data": {"*profile": "urn:li:fsd_profile:..."}, "included": [the profile, the people
    beside it ...]}``, a finder's ``"*elements": [urn, ...]``): the answer's own objects."""
    if not isinstance(doc, dict) or not isinstance(doc.get("included"), list):
        return frozenset()
    data = doc.get("data")
    if not isinstance(data, dict):
        return frozenset()
    refs: set[str] = set()
    for key, value in data.items():
        if not key.startswith("*"):
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and item.startswith("urn:"):
                refs.add(item)
    return frozenset(refs)


def _profile_subreddit_title(view: Mapping[str, Any]) -> str | None:
    """The shown name of a Reddit account: the ``title`` of its profile subreddit (type
    ``user``, named ``u_<name>``), else None."""
    sub = view.get("subreddit")
    if not isinstance(sub, dict):
        return None
    own = sub.get("subreddit_type") == "user" or (
        isinstance(view.get("name"), str) and sub.get("display_name") == f"u_{view['name']}")
    title = sub.get("title")
    return title.strip() if own and isinstance(title, str) and title.strip() else None


# a person's name given in two parts, in every API generation seen: Graph API and Instagram v1
# (first_name), LinkedIn v1 and v2 (firstName, localizedFirstName), OpenID Connect userinfo
# (given_name: LinkedIn's and Google's sign-in), SCIM and Java clients (givenName)
_NAME_PARTS = (("first_name", "last_name"), ("firstName", "lastName"),
               ("localizedFirstName", "localizedLastName"), ("given_name", "family_name"),
               ("givenName", "familyName"), ("first-name", "last-name"))


def name_parts(view: Mapping[str, Any]) -> tuple[str, str | None] | None:
    """(first, last) of a person's name given in two parts, else None."""
    for first_key, last_key in _NAME_PARTS:
        first = _localized(view.get(first_key))
        if isinstance(first, str) and first.strip():
            last = _localized(view.get(last_key))
            return first.strip(), last.strip() if isinstance(last, str) and last.strip() else None
    return None


def _person_record(view: Mapping[str, Any]) -> bool:
    """Whether an object is a person's record: ``first_name`` (and ``last_name``, when given)
    are words of its ``name``."""
    name, first, last = view.get("name"), view.get("first_name"), view.get("last_name")
    if not (isinstance(name, str) and isinstance(first, str) and first.strip()):
        return False
    words = name.casefold().split()
    return first.casefold().split()[0] in words and (
        not isinstance(last, str) or not last.strip() or last.casefold().split()[-1] in words)


def _names(view: Mapping[str, Any], handle: str) -> bool:
    """Whether the object's name or login field is exactly the handle (case apart)."""
    for key in ("name", "login", "nick", "username"):
        value = view.get(key)
        if isinstance(value, str) and value.strip().lstrip("@").casefold() == handle.casefold():
            return True
    return False


def asked_handle(page: GenericPage) -> str | None:
    """The handle a request asked for: a profile URL's, or the ``{handle}`` slot of one of
    the platform's view URLs (``/user/{handle}/about.json``, ``?screen_name={handle}``)."""
    url = page.url or ""
    if not url.startswith(("http://", "https://")):
        return None
    hit = page.platform_handle_from_url(url)
    if not hit:
        # the profile URL with a format suffix (Reddit's /user/<name>.json, /about.rss)
        plain = re.sub(r"\.(?:json|rss|xml)(?=$|[?#])", "", url, count=1)
        hit = page.platform_handle_from_url(plain) if plain != url else None
    if not hit:
        # a tab of the profile that lists its own items (Instagram's /<name>/media/ of
        # 2012-2016, /<name>/videos, /<name>/posts): the profile's URL with the tab's name
        tab = _OWN_TAB.sub("", url, count=1)
        hit = page.platform_handle_from_url(tab) if tab != url else None
    if hit:
        return hit
    bare = re.sub(r"^https?://(?:www\.)?", "", url)
    for view in page.platform.views.values():
        rx = _template_rx(view.url)
        m = rx.match(bare) if rx is not None else None
        if m:
            return page.valid_handle(unquote(m.group("handle")))
    named = _NAMED_SEGMENT.search(urlsplit(url).path)
    if named:
        return page.valid_handle(unquote(named.group(1)))
    return _first_listed_name(url, page)


# a path that names the account by a key segment before it (X's syndication embed
# /srv/timeline-profile/screen-name/<name>, /by/username/<name>)
_NAMED_SEGMENT = re.compile(r"(?i)/(?:screen[-_]?name|user[-_]?name|handle)/([^/?#]{1,60})/?$")


# the query keys a batch lookup lists its names under (X v1.1 users/lookup?screen_name=a,b,
# X v2 users/by?usernames=a,b, GitHub-style ?logins=, Mastodon's ?acct=)
_NAME_QUERY = frozenset({"screen_name", "screen_names", "username", "usernames", "login", "logins",
                         "handle", "handles", "acct", "accts", "user", "users",
                         "actor", "actors"})  # Bluesky's getProfile(s)?actors=a&actors=b


def _first_listed_name(url: str, page: GenericPage) -> str | None:
    """The first name a batch lookup asked for (``users/lookup.json?screen_name=a,b,c``): the
    API answers the list in an order of its own, and the name asked first is the one the
    request is about (a one-name list is the plain lookup)."""
    try:
        query = urlsplit(url).query
    except ValueError:
        return None
    for part in query.split("&"):
        key, _, value = part.partition("=")
        if unquote(key).casefold() not in _NAME_QUERY or not value:
            continue
        first = unquote(value.replace("+", " ")).split(",")[0].strip()
        return page.valid_handle(first) if first else None
    return None


_OWN_TAB = re.compile(r"(?i)/(?:media|posts|videos|photos|feed|tweets|statuses|reels|shorts)"
                      r"/?(?=$|[?#])")


@lru_cache(maxsize=256)
def _template_rx(template: str) -> re.Pattern[str] | None:
    bare = re.sub(r"^https?://(?:www\.)?", "", template or "")
    if "{handle}" not in bare:
        return None
    parts = re.split(r"(\{\w+\})", bare)
    out = []
    for part in parts:
        if part == "{handle}":
            out.append(r"(?P<handle>[^/?&#]+)")
        elif re.fullmatch(r"\{\w+\}", part):
            out.append(r"[^/?&#]+")
        else:
            out.append(re.escape(part))
    try:
        return re.compile("".join(out) + r"(?:[?#/].*)?$")
    except re.error:
        return None


def _id_in(view: Mapping[str, Any], wanted: set[str]) -> bool:
    """Whether the object's own id (``channelId``, ``externalId``, ``id`` ...) is wanted."""
    for key in ID_KEYS:
        value = view.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value) in wanted:
            return True
    return False


def _asked_profile(page: GenericPage) -> str | None:
    """The handle of the platform profile URL a request carries inside its own URL (percent-
    encoded in the path or the query), else None."""
    try:
        text = unquote(unquote(page.url))
    except ValueError:
        return None
    for m in re.finditer(r"https?://[^\s?&#]+", text[8:]):
        hit = page.platform_handle_from_url(m.group(0))
        if hit:
            return page.valid_handle(hit)
    return None


def _asked_id(url: str) -> str | None:
    """The numeric id an API request asked for (its last path segment), else None."""
    try:
        path = urlsplit(url).path.rstrip("/")
    except ValueError:
        return None
    last = path.rsplit("/", 1)[-1]
    return last if last.isdigit() else None


def _dicts(doc: Any, skip: frozenset[str] = SKIP_KEYS) -> Iterator[tuple[dict, int]]:
    """Every object of ``doc`` with its depth, in document order (a list's first item first:
    of equally good profiles in a list, getProfiles' answer to several actors, the first is
    the one meant, as the list was asked for in that order); subtrees under ``skip`` keys
    (other people: the viewer, suggestions, timelines) left out."""
    stack: list[tuple[Any, int]] = [(doc, 0)]
    seen = 0
    while stack and seen < MAX_NODES:
        node, depth = stack.pop()
        seen += 1
        if depth > MAX_DEPTH:
            continue
        if isinstance(node, dict):
            yield node, depth
            children = [v for k, v in node.items()
                        if k not in skip and isinstance(v, dict | list)]
        elif isinstance(node, list):
            children = [v for v in node[:200] if isinstance(v, dict | list)]
        else:
            continue
        stack.extend((value, depth + 1) for value in reversed(children))


def _localized(value: Any) -> Any:
    """A LinkedIn API v2 localized text ({"localized": {"en_US": "Ada"}, "preferredLocale":
    {"country": "US", "language": "en"}}) as its preferred locale's string; else ``value``."""
    if not isinstance(value, dict) or not isinstance(value.get("localized"), dict):
        return value
    texts = {k: v for k, v in value["localized"].items() if isinstance(v, str) and v.strip()}
    pref = value.get("preferredLocale")
    if isinstance(pref, dict):
        key = f"{pref.get('language', '')}_{pref.get('country', '')}"
        if key in texts:
            return texts[key]
    return next(iter(texts.values()), value)


def _merged(node: dict) -> dict:
    view = dict(node)
    for key in ("firstName", "lastName", "headline", "vanityName", "localizedName"):
        if isinstance(view.get(key), dict):
            view[key] = _localized(view[key])
    post = _is_post(node)
    for child in MERGED_CHILDREN:
        if post and child in ("user", "core", "legacy"):
            continue  # a post's author is a profile of its own, not the post's fields
        sub = node.get(child)
        if sub is None and child in ("identity", "profile"):
            sub = node.get(child.capitalize())  # Go's exported field names
        if isinstance(sub, dict):
            for key, value in sub.items():
                view.setdefault(key, value)
    attributes = node.get("attributes")
    if isinstance(attributes, dict) and isinstance(node.get("type"), str) and "id" in node:
        # a JSON:API resource object ({type, id, attributes: {...}, relationships}): its
        # fields sit in attributes, its id beside them
        for key, value in attributes.items():
            view.setdefault(key, value)
    page = node.get("delegate_page")
    best = page.get("best_description") if isinstance(page, dict) else None
    if isinstance(best, dict) and isinstance(best.get("text"), str) and best["text"].strip():
        # a Facebook Comet profile of a Page (2021-): the Page behind it holds the intro
        view.setdefault("description", best["text"])
    likes = node.get("likes")
    if isinstance(likes, int) and not isinstance(likes, bool) and "category" in node and (
        "link" in node or "username" in node
    ):
        view.setdefault("fan_count", likes)  # a Graph API page before v2.6: likes = fans
    for key in ("edge_followed_by", "edge_follow", "edge_owner_to_timeline_media"):
        sub = node.get(key)
        if isinstance(sub, dict) and isinstance(sub.get("count"), int):
            target = {"edge_followed_by": "followers_count", "edge_follow": "following_count",
                      "edge_owner_to_timeline_media": "media_count"}[key]
            view.setdefault(target, sub["count"])
    return view


_POST_KEYS = ("full_text", "text", "in_reply_to_status_id", "retweet_count",
              # a photo or video post (Instagram's media items of API v1 and of the old public
              # /<name>/media/ answers, {id, caption, images, comments, likes, user})
              "caption", "images", "videos", "comments", "media_type", "media_url")


def _is_post(node: Mapping[str, Any]) -> bool:
    """A post carrying its author (X/Twitter API v1 and v1.1 statuses, the statuses of a
    timeline or a search: ``{id, text, user: {...}}``; Instagram's media items): its id and
    date are the post's."""
    return isinstance(node.get("user"), dict) and sum(k in node for k in _POST_KEYS) >= 2


def _first(view: Mapping[str, Any], keys: tuple[str, ...], kinds: tuple[type, ...]) -> Any:
    for key in (*keys, *_kin_keys(view, keys)):
        value = view.get(key)
        wanted = isinstance(value, kinds) and not isinstance(value, bool)
        if (wanted or (bool in kinds and isinstance(value, bool))) and value not in ("", None):
            return value
    return None


# ---------------------------------------------------------------------------- key families
# An API of another generation or client names the same field otherwise: another case or
# separator ('FollowersCount', 'followers-count'), a prefix naming the owner ('user_bio',
# 'profile_description', 'channel_id'), a suffix naming the form ('followers_total',
# 'user_id_str', 'bio_text'). When no known key is there, a key of the same family is read;
# a key that is itself known for another field (``user_name`` is a handle, not a name) never.
_KEY_PREFIXES = ("user", "profile", "account", "channel", "author", "page", "public", "total",
                 "num", "localized", "org", "organization", "company", "member")
_KEY_SUFFIXES = ("count", "str", "text", "number", "total", "value", "amount", "cnt", "num")
_ID_PREFIXES = ("user", "profile", "account", "channel", "page", "author")


@lru_cache(maxsize=8192)
def _norm_key(key: str) -> str:
    return re.sub(r"[^a-z0-9]", "", key.lower())


@lru_cache(maxsize=8192)
def _stem(norm: str, prefixes: tuple[str, ...] = _KEY_PREFIXES) -> str:
    for _ in range(2):
        for prefix in prefixes:
            if norm.startswith(prefix) and len(norm) > len(prefix) + 1:
                norm = norm[len(prefix):]
                break
    for _ in range(2):
        for suffix in _KEY_SUFFIXES:
            if norm.endswith(suffix) and len(norm) > len(suffix) + 1:
                norm = norm[: -len(suffix)]
                break
    return norm[:-1] if norm.endswith("s") and len(norm) > 3 else norm


@lru_cache(maxsize=64)
def _family(keys: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """(the keys' normalised forms, their stems) for one vocabulary."""
    prefixes = _ID_PREFIXES if keys is ID_KEYS else _KEY_PREFIXES
    norms = frozenset(_norm_key(k) for k in keys)
    return norms, frozenset(_stem(n, prefixes) for n in norms if len(_stem(n, prefixes)) >= 2)


@lru_cache(maxsize=1)
def _all_known() -> frozenset[str]:
    vocab = (HANDLE_KEYS, NAME_KEYS, BIO_KEYS, FOLLOWER_KEYS, FOLLOWING_KEYS, POST_KEYS,
             VERIFIED_KEYS, PRIVATE_KEYS, STRONG_LINK_KEYS, WEAK_LINK_KEYS, ID_KEYS, AVATAR_KEYS,
             CREATED_KEYS)
    return frozenset(_norm_key(k) for keys in vocab for k in keys)


def _kin_keys(view: Mapping[str, Any], keys: tuple[str, ...]) -> list[str]:
    """The view's keys of the same family as ``keys`` (see above), in the view's order."""
    norms, stems = _family(keys)
    known = _all_known()
    prefixes = _ID_PREFIXES if keys is ID_KEYS else _KEY_PREFIXES
    out = []
    for key in list(view)[:300]:
        if not isinstance(key, str) or key in keys:
            continue
        norm = _norm_key(key)
        if norm in norms:
            out.append(key)  # another case or separator of a known key
        elif norm not in known and _stem(norm, prefixes) in stems:
            out.append(key)
    return out


def _handle_of(view: Mapping[str, Any], page: GenericPage) -> str | None:
    raw = _first(view, HANDLE_KEYS, (str,))
    for key in ("fqn", "acct"):
        # a federated account's full address (Mastodon's acct of a remote account, Pleroma's
        # fqn) says its server; the bare username beside it would take the answering server's
        full = view.get(key)
        if isinstance(full, str) and "@" in full.strip().lstrip("@"):
            raw = full.strip()
            break
    prefix = page.platform.params.get("person_prefix")
    if raw is not None and prefix and "/" not in raw and name_parts(view) is not None \
            and not _first(view, OWN_NAME_KEYS, (str,)):
        # a person's record (its name in two parts, no organisation name) on a platform whose
        # people live under their own path (LinkedIn's in/<vanity name>, beside company/<name>)
        raw = f"{prefix}{raw}"
    if raw is not None and "@" not in raw.lstrip("@"):
        server = federated_host(page)
        if server:
            raw = f"{raw.lstrip('@')}@{server}"  # an account of another instance
        elif _is_actor(view) and _actor_authority(view, page):
            # an actor on a server with a port (a development server at localhost:3000):
            # the fediverse names its accounts by the id's authority, port included
            raw = f"{raw.lstrip('@')}@{_actor_authority(view, page)}"
        elif page.valid_handle(raw) is None and _is_actor(view):
            # a saved actor whose name only its own server allows (Bridgy Fed's domain
            # names): that server is the one its id names
            try:
                host = (urlsplit(str(view.get("id") or "")).hostname or "").lower()
            except ValueError:
                host = ""
            if "." in host:
                raw = f"{raw.lstrip('@')}@{host}"
    if raw is None and isinstance(view.get("name"), str) and any(
        k in view for k in ("link_karma", "comment_karma", "total_karma", "awardee_karma")
    ):
        # a bare Reddit account object (/api/v1/me) is named by ``name``; where the request
        # asked for a name, only an answer with that name (an about.json for another is none)
        asked = asked_handle(page)
        if asked is None or page.valid_handle(view["name"]) == asked:
            raw = view["name"]
    names = view.get("usernames")
    if raw is None and isinstance(names, dict) and isinstance(names.get("active_usernames"), list):
        # TDLib's user and chat objects: usernames {active_usernames: [...], editable_username}
        raw = next((n for n in names["active_usernames"] if isinstance(n, str) and n), None)
    named = _name_at_server(view)
    if raw is None and named is not None:
        raw = f"{named[0]}@{named[1]}"
    if raw is None:
        # the profile's own address: YouTube's vanity URL, GitHub's html_url, the Graph API's
        # link (old pages: /pages/<name>/<id>), Pinterest v1's url; only the platform's own
        # profile URLs count (an X "url" is the outside link, and names no handle here)
        for key in ("vanityChannelUrl", "canonicalChannelUrl", "html_url", "profile_url", "link",
                    "url", "permalink",
                    # a page's own metadata block in an app's JSON (YouTube's and YouTube
                    # Music's microformatDataRenderer): its canonical address names the profile
                    "urlCanonical", "canonicalUrl", "canonical_url",
                    # LinkedIn API v1's member record, whose answer to people/~ has no vanity
                    # name key: the public profile's address names it (in/<vanity name>)
                    "publicProfileUrl", "public_profile_url"):
            url = view.get(key)
            if isinstance(url, str):
                # a custom URL in other letters is percent-encoded there (url_name)
                hit = page.platform_handle_from_url(url) or (
                    page.platform_handle_from_url(unquote(url)) if "%" in url else None)
                if hit and not _item_under(url, hit, page):
                    return hit
        return None
    return page.valid_handle(raw) or _api_given_handle(raw, page)


def _item_under(url: str, handle: str, page: GenericPage) -> bool:
    """Whether ``url`` is an item under the profile's address (a post's permalink under its
    community, /r/<name>/comments/<id>/<slug>; a status under its author), not the address
    itself: two path segments or more past the profile's own path."""
    try:
        own = urlsplit(page.platform.profile_url(handle)).path.rstrip("/").lower()
        path = urlsplit(page.absolute(url)).path.rstrip("/").lower()
    except (ValueError, KeyError, IndexError):
        return False
    if not own or not path.startswith(own + "/"):
        return False
    return len([p for p in path[len(own):].split("/") if p]) >= 2


# a name an API gives its own record, which a profile's address could not carry: a word the
# site reserves for its own paths ('login'), an app's bot account ('shipit[bot]')
_API_NAME = re.compile(r"[A-Za-z0-9_][\w.\-]{0,59}(?:\[bot\])?")


def _api_given_handle(raw: str, page: GenericPage) -> str | None:
    """The handle an API answer's own record names, where the address rules refuse it: the
    record's name key is the account's name, not a path word (only in a JSON or XML answer)."""
    text = raw.strip().lstrip("@")
    api_answer = page.is_json or _XML_START.match(page.text[:2000]) is not None
    if not api_answer or not _API_NAME.fullmatch(text) or V.is_mask(text):
        return None
    try:
        return page.platform.canonical(text)
    except Exception:  # noqa: BLE001 - a strange handle is no handle
        return None


def _name_at_server(view: Mapping[str, Any]) -> tuple[str, str] | None:
    """(user name, server) of a fediverse account whose ``name`` is its user name, the server
    given apart: PeerTube's accounts and channels (``name``, ``host``, ``displayName``) and
    Lemmy's people (``name``, ``actor_id`` https://server/u/name, ``display_name``)."""
    name = view.get("name")
    if not isinstance(name, str) or not re.fullmatch(r"[\w.-]{1,64}", name):
        return None
    host = view.get("host")
    if isinstance(host, str) and "." in host and ("displayName" in view
                                                  or "followersCount" in view):
        return name, host.strip().lower()
    actor = view.get("actor_id")
    if isinstance(actor, str) and actor.startswith(("https://", "http://")):
        try:
            server = (urlsplit(actor).hostname or "").lower()
        except ValueError:
            return None
        if "." in server and actor.rstrip("/").rsplit("/", 1)[-1] == name:
            return name, server
    return None


def _on_its_server(page: GenericPage, handle: str | None) -> str | None:
    """A bare user name a federated server's page gives itself (GoToSocial's and Misskey's
    ``profile:username`` 'wren') as the account of that server ('wren@gts.example')."""
    server = federated_host(page) if handle and "@" not in handle else None
    return (page.valid_handle(f"{handle}@{server}") or handle) if server else handle


def federated_host(page: GenericPage) -> str | None:
    """The server a federated platform's answer came from when it is not the configured
    instance (a local ``acct`` there is ``user@server`` here), else None. A test server
    (localhost, an IP address) names no instance."""
    instance = page.platform.params.get("instance")
    if not instance or not page.url.startswith(("http://", "https://")):
        return None
    try:
        host = (urlsplit(page.url).hostname or "").lower()
    except ValueError:
        return None
    if not host or host == instance.lower() or host == "localhost" or "." not in host \
            or re.fullmatch(r"[\d.]+|\[?[0-9a-f:]+\]?", host):
        return None
    return host


def _count(view: Mapping[str, Any], keys: tuple[str, ...]) -> int | None:
    for key in (*keys, *_kin_keys(view, keys)):
        value = view.get(key)
        if isinstance(value, dict):
            # a GraphQL connection ({"totalCount": 12}: GitHub, Relay) or an edge ({"count": 12})
            value = value.get("totalCount", value.get("count"))
        if isinstance(value, bool) or value is None or isinstance(value, dict | list):
            continue
        if isinstance(value, str) and not _COUNT_TEXT.fullmatch(value.strip()):
            continue  # a URL or a sentence is no count (ActivityPub "followers" is a URL)
        got = V.to_int(value) if not isinstance(value, str) else V.parse_count(value)
        if got is not None:
            return got
    return None


def _profile_score(view: Mapping[str, Any], handle: str | None) -> int:
    score = 2 if handle else 0
    own_kind = bool(_OWN_KIND.search(str(view.get("kind") or "")))
    if _first(view, OWN_NAME_KEYS, (str,)):
        score += 1
    elif own_kind and isinstance(view.get("title"), str) and view["title"].strip():
        score += 1  # a Google API channel's name is its snippet's title (with no description)
    if own_kind and isinstance(view.get("etag"), str) and isinstance(view.get("id"), str):
        score += 2  # a Google API resource of its own kind, whatever part was asked (part=id,
        # status, contentDetails): the API lists only channels that exist (not a search
        # result's {kind, channelId} reference, which has no etag)
    if handle and isinstance(view.get("account_type"), str) and view["account_type"].strip():
        score += 1  # an account's own record (Instagram's Graph and Basic Display /me,
        # Pinterest v5's user_account: PERSONAL, BUSINESS, CREATOR ...)
    if _first(view, BIO_KEYS, (str,)) is not None:
        score += 1
    for keys in (FOLLOWER_KEYS, FOLLOWING_KEYS, POST_KEYS):
        if _count(view, keys) is not None:
            score += 1
    if any(k in view for k in ("profile_image_url_https", "profile_pic_url", "avatar_url",
                               "profile_picture_url", "profile_picture", "avatarLarger",
                               "thumbnails")):
        score += 1
    if not _first(view, OWN_NAME_KEYS, (str,)) and name_parts(view) is not None:
        score += 1  # Instagram v1, Pinterest v1, Graph API, LinkedIn v1/v2, OIDC: name in parts
    did = view.get("did")
    if handle and isinstance(did, str) and did.startswith("did:"):
        score += 1  # an AT Protocol identity answer (describeRepo, resolveIdentity, a session)
    if handle and view.get("_feed_of") == handle:
        score += 1  # a feed whose own page is the profile's (only existing accounts have one)
    if handle and _is_actor(view) and isinstance(view.get("inbox"), str):
        score += 1  # an ActivityPub actor of any server (Lemmy, PeerTube ...) that set nothing
    if handle and isinstance(view.get("title"), str) and view.get("type") in _CHAT_TYPES:
        score += 1  # a channel or group named by its title (the Telegram Bot API's getChat)
    if own_kind and score:
        score += 1  # a Google API resource that says it is a channel or a person
        # (youtube#channel with part=statistics only: an id and counts, no name)
    if handle and _ACCOUNT_FULLNAME.match(str(view.get("id") or "")):
        score += 2  # a Reddit account (kind t2), not its profile subreddit (t5) of that name
    if not handle and not _first(view, ID_KEYS, (str, int)) and not _app_scoped_id(view):
        return 0
    return score


_OWN_KIND = re.compile(r"^\w+#(?:channel|person|user|profile|account)$")
# Reddit's 'fullname' of an account (kind t2 and its base-36 id), as new Reddit's page state
# and its GraphQL API name one; its API's about.json gives the bare id
_ACCOUNT_FULLNAME = re.compile(r"^t2_([0-9a-z]{1,13})$")
# ActivityPub's actor types: a person, a group (Lemmy community, Friendica forum), a bot
# (Service), an organization, an application (a server's own actor)
_ACTOR_TYPES = frozenset({"Person", "Group", "Service", "Organization", "Application"})
# what a chat API says a named conversation is (the Telegram Bot API's Chat.type, and the
# like): a channel or a group, its shown name its ``title``
_CHAT_TYPES = frozenset({"channel", "supergroup", "group", "community", "forum"})


def _is_actor(view: Mapping[str, Any]) -> bool:
    """An ActivityPub actor's object (its ``type`` a string: TDLib's and others' are objects)."""
    kind = view.get("type")
    return isinstance(kind, str) and kind in _ACTOR_TYPES

def _actor_authority(view: Mapping[str, Any], page: GenericPage) -> str | None:
    """``host:port`` of an actor whose id names a server with an explicit port, the server that
    answered (``http://localhost:3080/users/x`` fetched from localhost:3080), else None: a dev
    server's accounts are ``x@localhost:3080`` (Mastodon's LOCAL_DOMAIN keeps the port)."""
    try:
        own = urlsplit(str(view.get("id") or ""))
        asked = urlsplit(page.url or "")
        port = own.port
    except ValueError:
        return None
    if port is None or own.scheme not in ("http", "https") or not own.hostname:
        return None
    if asked.netloc and asked.netloc.lower() != own.netloc.lower():
        return None
    return f"{own.hostname.lower()}:{port}"



def read_profile_object(view: Mapping[str, Any], page: GenericPage, out: LayerRead,
                        layer: str) -> None:
    """Map a profile object's keys to fields."""
    handle = _handle_of(view, page)
    if handle and not out.handle:
        out.handle = handle
    name = _first(view, OWN_NAME_KEYS, (str,))
    if isinstance(name, str) and _id_as_name(view, name):
        # an API's typed id under ``name`` (a subreddit's ``t5_2fwo``): the next name key
        name = _first({k: v for k, v in view.items() if v != name}, OWN_NAME_KEYS, (str,))
    if _name_at_server(view) is not None:
        # PeerTube's and Lemmy's ``name`` is the user name: the shown name is the other one
        name = _first(view, ("displayName", "display_name"), (str,))
    parts = name_parts(view)
    if name is None and parts is not None:
        name = " ".join(p for p in parts if p)
    if name is None and isinstance(view.get("title"), str) and (handle or "snippet" in view
                                                               or "externalId" in view):
        name = view["title"]
    shown = _profile_subreddit_title(view)
    if shown and (name is None or (handle and str(name).strip().casefold() == handle.casefold())):
        # a Reddit account's ``name`` is its user name; the name it shows is its profile
        # subreddit's ``title`` (with or without the {kind: t2, data: ...} envelope)
        name = shown
    if isinstance(name, str) and name.strip() and name.strip() != handle:
        out.put("display_name", html.unescape(name).strip(), layer)
    elif isinstance(name, str) and name.strip():
        out.put("display_name", name.strip(), layer)
    bio = _first(view, BIO_KEYS, (str,))
    for key in _SHORT_BIO_KEYS:
        about = view.get(key)
        if isinstance(about, str) and about.strip() and isinstance(bio, str) and \
                len(about) < len(bio):
            # the Graph API's page: ``about`` is the short intro the page shows,
            # ``description`` the long history behind "see more"; a subreddit's
            # ``public_description`` is its about line, ``description`` its long sidebar:
            # the short public one is the bio
            bio = about
            break
    if isinstance(bio, str) and bio.strip():
        text = V.html_to_text(bio) if "<" in bio and ">" in bio else V.clean_text(bio)
        out.put("bio", text or None, layer)
    out.put("followers", _count(view, FOLLOWER_KEYS), layer)
    out.put("following", _count(view, FOLLOWING_KEYS), layer)
    out.put("posts", _count(view, POST_KEYS), layer)
    # counters an answer gives only as text under a '...CountText' key (YouTube's
    # aboutChannelViewModel: "1.2K subscribers", "90 videos"): the words say which
    for key, value in list(view.items())[:200]:
        if isinstance(key, str) and key.endswith(("CountText", "CountLabel")):
            text = " ".join(t for _, t in H.strings(value, limit=20)) if not isinstance(
                value, str) else value
            hit = H.exact_counter(text.strip())
            if hit is not None and hit[0] in ("followers", "following", "posts"):
                out.put(hit[0], hit[1], layer)
    verified = _verified(view)
    if verified is not None:
        out.put("verified", verified, layer)
    private = _first(view, PRIVATE_KEYS, (bool,))
    if private is None:
        private = _private_word(view)
    if isinstance(private, bool):
        out.put("is_private", private, layer)
    out.put("external_links", _links(view, page), layer)
    pid = _first(view, ID_KEYS, (str, int))
    if pid is not None:
        fullname = _ACCOUNT_FULLNAME.match(str(pid))
        out.put("platform_id", fullname.group(1) if fullname else str(pid), layer)
    avatar = _avatar(view, page)
    if avatar:
        out.put("avatar_url", avatar, layer)
    created = _first(view, CREATED_KEYS, (str, int, float))
    if created is not None:
        out.put("created_at", V.to_datetime(created), layer)


# the short public about text of an account or community, beside a longer description
_SHORT_BIO_KEYS = ("about", "public_description", "publicDescription", "short_description",
                   "shortDescription")
# a typed id given where a name goes: reddit's fullnames (t1_ comment ... t6_ award: a
# subreddit's ``name`` is ``t5_2fwo``), LinkedIn's and others' URNs
_TYPED_ID = re.compile(r"^(?:t[1-9]_[0-9a-z]{1,13}|urn:[a-z][\w-]{0,30}:\S+)$")


def _id_as_name(view: Mapping[str, Any], name: str) -> bool:
    """Whether ``name`` is an id, not a name: a typed id of a known form, or the object's own
    id behind a short kind prefix (``t5_`` + ``2fwo``, ``user:`` + ``123``)."""
    value = name.strip()
    if _TYPED_ID.match(value):
        return True
    for key in ID_KEYS:
        own = view.get(key)
        if isinstance(own, bool) or not isinstance(own, str | int) or not str(own).strip():
            continue
        if re.fullmatch(rf"[A-Za-z]{{1,12}}\d?[_:]{re.escape(str(own).strip())}", value):
            return True
    return False


# what an API says of who may see an account or community in words: a subreddit's
# ``subreddit_type`` (public, restricted, private...), a group's ``visibility``
_PRIVACY_WORDS = {"public": False, "private": True}


def _private_word(view: Mapping[str, Any]) -> bool | None:
    """True / False when a type or visibility key says private / public, else None (a word it
    does not know, 'restricted', 'user', says nothing of who may read it)."""
    for key, value in list(view.items())[:200]:
        if not isinstance(key, str) or not isinstance(value, str):
            continue
        if key == "visibility" or key.endswith(("_type", "Type")):
            said = _PRIVACY_WORDS.get(value.strip().casefold())
            if said is not None:
                return said
    return None


def _verified(view: Mapping[str, Any]) -> bool | None:
    for key in VERIFIED_KEYS:
        value = view.get(key)
        if isinstance(value, bool):
            if value or key != "is_blue_verified":
                return value
            continue
        if isinstance(value, str) and key in ("verification_status", "verified_type"):
            low = value.lower()
            if low in ("blue_verified", "gray_verified", "verified", "business", "government"):
                return True
            if low in ("not_verified", "none", "unverified"):
                return False
    # the AT Protocol's verification view of 2025 ({verifiedStatus: valid | invalid | none}):
    # valid when a trusted verifier vouches for the account
    status = view.get("verifiedStatus")
    nested = view.get("verification")
    if status is None and isinstance(nested, dict):
        status = nested.get("verifiedStatus")
    if isinstance(status, str) and status.lower() in ("valid", "invalid", "none"):
        return status.lower() == "valid"
    return None


def _links(view: Mapping[str, Any], page: GenericPage) -> tuple[str, ...]:
    links: list[str] = []
    entities = view.get("entities")
    if isinstance(entities, dict):
        for url in V.json_path(entities, "url.urls.*.expanded_url"):
            links.append(str(url))
    for key in STRONG_LINK_KEYS:
        links.extend(_urls_in(view.get(key)))
    # a list of link objects (YouTube's about view model: links[].channelExternalLinkViewModel
    # .link.content 'example.com' behind a /redirect?q= command)
    for item in (view.get("links") if isinstance(view.get("links"), list) else [])[:20]:
        for key, text in H.strings(item, limit=40):
            if key not in ("content", "url", "href") or not isinstance(text, str):
                continue
            target = H.unwrap_link_out(text, _own_host(page)) if text.startswith("http") \
                else None
            if target is None and _URLISH.match(text) and not text.startswith("/"):
                target = text
            if target and not page.is_own_url(V.to_url(target) or ""):
                links.append(target)
                break
    # ActivityPub actors (and Mastodon accounts): profile metadata rows holding links
    for key in ("attachment", "fields"):
        rows = view.get(key)
        for item in rows if isinstance(rows, list) else []:
            if isinstance(item, dict) and isinstance(item.get("value"), str):
                value = item["value"].strip()
                # the HTML of the row, its href quoted either way (Gancio writes href='...')
                hrefs = [m[1] for m in re.findall(r"""href=(["'])([^"'\s]+)\1""", value)]
                # Misskey, Firefish and GoToSocial's REST fields hold the bare address
                links.extend(hrefs or ([value] if re.match(r"(?i)https?://\S+$", value) else []))
    if _is_actor(view) and isinstance(view.get("url"), str):
        # a bridged actor's url is a redirect to the account it bridges (Bridgy Fed:
        # https://fed.brid.gy/r/https://example.com, the person's own site; bsky.brid.gy/r/...)
        m = re.match(r"(?i)^https?://[^/]+/r/(https?://\S+)$", view["url"])
        if m and not page.is_own_url(m.group(1)):
            links.append(m.group(1))
    if not links:
        handle = (_first(view, HANDLE_KEYS, (str,)) or "").lstrip("@").lower()
        # an X API v1/v1.1 user object (``screen_name``) documents ``url`` as the site the user
        # gave, which often carries the same name (github.com/<name>); elsewhere a ``url``
        # holding the handle is the profile's own page on another instance
        own_site = isinstance(view.get("screen_name"), str)
        served = _host_of(page.url)
        for key in WEAK_LINK_KEYS:
            for url in _urls_in(view.get(key)):
                # the profile's own page (on its platform or its instance) is no outside link,
                # nor an address on the server that answered (a PeerTube account's url)
                # (the platform's bare home page is what such a user gave, no profile page)
                home = own_site and key == "url" and _bare_root(url)
                if (home or not page.is_own_url(url)) and not (
                        handle and handle in url.lower() and not (own_site and key == "url")) \
                        and not (served and not own_site and _host_of(url) == served):
                    links.append(url)
    out = []
    for link in links:
        url = V.to_url(link)
        if url and not re.match(r"(?i)^https?://t\.co/", url):
            out.append(url)
    return V.dedupe(out)


def _bare_root(url: str) -> bool:
    """An address with no path, query or fragment (``http://twitter.com``, ``https://x.com/``)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return bool(parts.hostname) and parts.path in ("", "/") and not parts.query \
        and not parts.fragment


def _host_of(url: str) -> str | None:
    try:
        host = urlsplit(url).hostname if url.startswith(("http://", "https://")) else None
    except ValueError:
        return None
    return host.lower().removeprefix("www.") if host else None


_URLISH = re.compile(r"(?i)^(?:https?://|www\.|[\w-]+(?:\.[\w-]+)+(?:/|$))")


def _urls_in(value: Any, depth: int = 0) -> list[str]:
    if depth > 3 or value is None:
        return []
    if isinstance(value, str):
        parts = [p for p in re.split(r"[\s,;|]+", value.strip()) if p]
        if len(parts) > 1:
            # the Graph API's page ``website`` of 2010-2016: several sites in one string,
            # one a line ('www.a.com\nwww.b.com') or separated by commas
            return [p for p in parts[:20] if _URLISH.match(p)]
        return [value] if _URLISH.match(value) else []
    if isinstance(value, list):
        return [u for item in value[:20] for u in _urls_in(item, depth + 1)]
    if isinstance(value, dict):
        for key in ("expanded_url", "url", "link", "href", "value"):
            if isinstance(value.get(key), str):
                return _urls_in(value[key], depth + 1)
        if isinstance(value.get("values"), list):
            # LinkedIn API v1's collections: {"_total": 2, "values": [{name, url}, ...]}
            return _urls_in(value["values"], depth + 1)
    return []


def _avatar(view: Mapping[str, Any], page: GenericPage | None = None) -> str | None:
    for key in AVATAR_KEYS:
        value = view.get(key)
        if isinstance(value, str) and value.startswith(("http", "//")):
            return V.to_url(value)
        if isinstance(value, list) and page is not None:
            # sizes of one picture (PeerTube's avatars: [{path, width}]): the widest, its
            # server-relative path on the server that answered
            sized = [v for v in value[:10] if isinstance(v, dict)
                     and isinstance(v.get("url") or v.get("fileUrl") or v.get("path"), str)]
            if sized:
                best = max(sized, key=lambda v: V.to_int(v.get("width")) or 0)
                url = str(best.get("url") or best.get("fileUrl") or best.get("path"))
                if url.startswith(("http", "//")) or (url.startswith("/")
                                                      and page.url.startswith("http")):
                    return V.to_url(page.absolute(url))
        if isinstance(value, dict):
            for path in ("data.url", "url", "high.url", "medium.url", "default.url",
                         "image_url", "contentUrl", "thumbnails.0.url"):
                got = V.json_path(value, path)
                if got and isinstance(got[0], str):
                    return V.to_url(got[0])
    return None


# ============================================================================ HTML pages


def _html_layers(page: GenericPage) -> LayerRead:
    out = LayerRead()
    wall = html_wall(page)
    if wall:
        out.kind, out.reason = "wall", wall
        return out
    identity = _on_its_server(page, page_identity(page))
    # the names a page gives itself: its canonical identity (og:url, canonical,
    # profile:username) and the '(@handle)' of its title; only when it gives none, the profile
    # URL it was fetched from (a page served for another name says whose it is)
    titled = _on_its_server(page, title_handle(page))
    if identity and identity.startswith("did:") and titled and not titled.startswith("did:"):
        # a page whose address names the account by its DID (bsky.app/profile/did:plc:...)
        # and whose title by its handle ('Name (@name.bsky.social)'): the handle, and the DID
        # its id
        out.put("platform_id", identity, "meta")
        identity = titled
    if identity and titled and titled != identity:
        titled = None
    from_url = page.valid_handle(page.platform_handle_from_url(page.url) or "") if page.url \
        else None
    if from_url is None and page.url:
        # an embed or widget address that names the account in its path or query
        # (/timeline-profile/screen-name/<name>, ?screen_name=<name>)
        from_url = asked_handle(page)
    if not identity and not titled:
        # a post's permalink names its author in its path (/<h>/status/<id>, /@<h>/<id>,
        # /@<h>/video/<id>): the author is the profile the page shows
        titled = _on_its_server(page, post_author(page))
    if not identity and not titled and from_url and _profile_tabs(page, from_url) >= 2:
        # a page without Open Graph whose own tab links name the profile fetched
        # (m./mbasic.facebook.com: /<name>?v=timeline, /<name>/friends, /<name>/photos)
        titled = from_url
    if not identity and not titled and from_url and handle_in_body(page, from_url):
        # a page whose own line or heading is the handle fetched ('@name' under a Telegram
        # title, old Reddit's h1)
        titled = from_url
    names = {n for n in (identity, titled) if n} or ({from_url} if from_url else set())
    # 2. embedded state objects: only the page's own profile (they hold other users too); a
    # channel page may name itself by id in og:url and by name in its state object
    state_handle = None
    if names:
        for doc in state_objects(page):
            view = best_profile(doc, page, want=names) or best_profile(
                doc, page, want=names, everywhere=True)
            if view is not None:
                view = with_refs(doc, _with_store_parts(doc, view))
                state_handle = _handle_of(view, page)
                read_profile_object(view, page, out, "state")
                header_layer(doc, page, out, "state")
                break
    if state_handle:
        names.add(state_handle)  # matched by id: its own handle names it (a vanity name)
    jsonld_identity = state_handle or identity or titled
    # 3. JSON-LD, then schema.org microdata (the pages of 2012-2018 marked up the same
    # vocabulary as itemprop attributes)
    _jsonld_layer(page, out, jsonld_identity, names)
    _microdata_layer(page, out, names)
    _hcard_layer(page, out, names)
    # 4. Open Graph and meta tags
    likes = _meta_layer(page, out)
    # 5. the rendered DOM; a page that names its account nowhere the layers look (a post's
    # permalink: its URL is the post's) may still be one the platform's rules read the
    # author's handle from, whose elements then give the author's id and protection
    by_rules = page.valid_handle(page.read_handle) if page.read_handle else None
    _dom_layer(page, out, state_handle or identity or titled or out.handle or from_url
               or by_rules)
    if likes is not None:
        out.put("followers", likes, "meta")  # a page's likes, when nothing says its followers
    _name_badge(page, out)
    _bio_links(page, out)
    named_by_page = state_handle or identity or titled or out.handle
    if named_by_page and "platform_id" not in out.values:
        out.put("platform_id", route_entity_id(page, named_by_page), "state")
    out.handle = _vanity_name(page, out, named_by_page) or named_by_page or from_url
    if identity and (identity.isdigit() and len(identity) >= 5 or _CHANNEL_ID.match(identity)) \
            and (out.values.get("display_name") or out.values.get("bio")
                 or "followers" in out.values):
        # a page whose canonical address names it by number (/pages/<name>/<id>,
        # /profile.php?id=<id>) or by its channel id (/channel/UC...) is named by its id
        out.put("platform_id", identity, "meta")
    telling = {k for k in ("display_name", "followers", "platform_id", "bio") if k in out.values}
    if not named_by_page:
        # a page that names no one is a profile only on content of its own, not on its title
        telling = {k for k in telling if out.layers.get(k) != "meta" or k != "display_name"}
    # an error page that echoes the profile's URL and titles itself 'Page not found' is no
    # profile: its words decide unless the page's own data (state, JSON-LD, DOM) say otherwise
    own_data = any(layer not in ("meta", "absent") for layer in out.layers.values())
    said, missing = _error_words(page)
    if said and not own_data:
        return LayerRead(kind=missing[0], reason=missing[1]) if missing else LayerRead()
    suspended = _suspension_notice(page) if out.handle and telling else None
    if suspended is not None:
        # the old profile still printed under a notice that the account is suspended
        # (twitter.com of 2008): gone, as suspended
        return LayerRead(kind=suspended[0], reason=suspended[1])
    if out.handle and telling:
        out.kind = "profile"
    elif missing is not None:
        out = LayerRead(kind=missing[0], reason=missing[1])
    elif from_url and out.handle in (None, from_url) and _age_gate(page):
        # an age gate on the profile's own address: served only for an account that exists
        out.kind, out.handle = "profile", from_url
        out.notes["age_gate"] = "the page asks the viewer's age before showing this account"
    elif not named_by_page and not telling:
        notice = _empty_state_notice(page) or _state_alert(page)
        if notice is not None:
            out = LayerRead(kind=notice[0], reason=notice[1])
    if out.kind is None and not out.values and (
            _placeholder_page(page) or _contact_placeholder(page, from_url)):
        out = LayerRead(kind="missing")
    return out


# an age gate's own words about the account it hides ('You must be 18 years old or over to see
# this profile', 'You must be 18+ to view this community', 'Restricted profile', 'This channel is
# age-restricted'); a site-wide gate speaks of the site or page, never of a profile
_AGE_GATE = re.compile(
    r"(?i)\bmust be (?:at least )?(?:1[3-9]|21)\s*(?:\+|years?(?: old)?)?(?: or (?:over|older))?"
    r"\s+to (?:see|view|visit|access|follow) this (?:profile|account|channel|community|user)\b|"
    r"^\s*(?:age[\s-]?)?restricted (?:profile|account|channel)\s*$|"
    r"\bthis (?:profile|account|channel|community) (?:is|has been) age[\s-]restricted\b")


def _age_gate(page: GenericPage) -> bool:
    """A small page whose own line is an age gate about the account (``_AGE_GATE``) and which
    shows the account's picture (Instagram's 2017-2018 'Restricted profile'): a gate with no
    picture of anyone may be a shell served for any name, so it decides nothing."""
    texts = [" ".join(t.split()) for t in page.selector.xpath(
        "//body//text()[normalize-space()][not(ancestor::script or ancestor::style or "
        "ancestor::noscript or ancestor::template)]").getall()[:200]]
    if not texts or sum(len(t) for t in texts) > MAX_NOTICE_TEXT:
        return False
    if not any(len(t) <= 200 and _AGE_GATE.search(t) for t in texts):
        return False
    pictures = page.selector.xpath("//body//img/@src").getall()[:20]
    return any(re.match(r"(?i)^(?:https?:)?//", src.strip()) for src in pictures)


_CONTACT_INVITE = re.compile(
    r"(?i)\b(?:contact|message|write to|chat with)\s+@(?P<h>[\w.\-]{2,64})\b")


def _contact_placeholder(page: GenericPage, handle: str | None) -> bool:
    """A small page that names nobody and only invites the reader to contact '@<the name
    asked for>' in the app ('If you have Telegram, you can contact @name right away.'): the
    placeholder a messenger's web page serves for a name no account holds, whatever its head
    says (a saved body without its robots tag, an era before it). A page of an account names
    it (its title, its picture): any name, bio or count read makes it no placeholder."""
    if not handle or page.status != 200:
        return False
    texts = page.selector.xpath(
        "//body//text()[normalize-space()][not(ancestor::script or ancestor::style or "
        "ancestor::noscript or ancestor::template)]").getall()[:200]
    text = " ".join(" ".join(texts).split())
    if not text or len(text) > MAX_NOTICE_TEXT:
        return False
    return any(page.valid_handle(m.group("h")) == handle for m in _CONTACT_INVITE.finditer(text))


_NOINDEX = re.compile(r"(?i)\bnoindex\b")


def _vanity_name(page: GenericPage, out: LayerRead, named: str | None) -> str | None:
    """The name a page's alternate addresses give (its mobile twin: <link rel="alternate"
    media="handheld" href=".../c/<name>">) when the page names itself by the account's id
    (a canonical /channel/<id> whose id the page also gives): a name beats the id it stands for."""
    pid = out.values.get("platform_id")
    if not named:
        return None
    if not isinstance(pid, str) or named.casefold() != pid.casefold():
        # a canonical /channel/<id> the page names itself by, its id not yet read as such
        return _handle_line(page, out.values.get("display_name")) if _CHANNEL_ID.match(
            named) else None
    for href in page.selector.xpath("//link[@rel='alternate']/@href").getall()[:10]:
        hit = page.platform_handle_from_url(href.strip())
        if hit and hit.casefold() != pid.casefold():
            return hit
    return _handle_line(page, out.values.get("display_name"))


MAX_HANDLE_LINES = 12  # '@name' lines of a page looked at
HEADER_LEVELS = 4  # ancestors of an '@name' line searched for the profile's name beside it
MAX_HEADER_TEXT = 400  # visible characters of a box still small enough to be a header


def _handle_line(page: GenericPage, name: Any) -> str | None:
    """The '@handle' a rendered page's header shows as a line of its own beside the profile's
    name (a channel header of 2023-: 'Name', '@name', '1.2K subscribers'), else None; an
    '@name' elsewhere (a comment's reply, a mention) has no profile name beside it."""
    if not isinstance(name, str) or not name.strip():
        return None
    lit = V.xpath_literal(" ".join(name.split()))
    lines = page.selector.xpath(
        "//body//*[starts-with(normalize-space(text()), '@')][not(self::script or "
        "self::style or self::a)]")[:MAX_HANDLE_LINES]
    for line in lines:
        text = " ".join(" ".join(line.xpath("./text()").getall()).split())
        m = _AT_HANDLE.match(text)
        hit = page.valid_handle(m.group(1)) if m else None
        if hit is None:
            continue
        for level in range(1, HEADER_LEVELS + 1):
            box = line.xpath(f"ancestor::*[{level}]")
            if not box or box[0].root.tag in ("body", "html") or len(" ".join(
                    " ".join(box[0].xpath(".//text()").getall()).split())) > MAX_HEADER_TEXT:
                break  # past the header: the page itself
            if box[0].xpath(f".//*[normalize-space(.)={lit}]"):
                return hit
    return None


def _placeholder_page(page: GenericPage) -> bool:
    """A page the site asks search engines not to index that gives nothing of anyone (no name,
    picture, bio, count or id anywhere the layers look): the site's placeholder for a name no
    account has (Telegram's 'Contact @name' page of a free name: the soft 404 a site marks
    noindex, as search engines advise). A profile page, even a private one, has a name."""
    if page.status != 200:
        return False
    robots = page.selector.xpath(
        "//head/meta[translate(@name, 'ROBTSGOE', 'robtsgoe')='robots' or "
        "translate(@name, 'ROBTSGOE', 'robtsgoe')='googlebot']/@content").getall()
    return any(_NOINDEX.search(r) for r in robots)


# Meta's web apps (Facebook, Instagram, Threads: the "Comet" router) describe the page's route
# in a script: ``"entityKeyConfig": {"entity_id": {"source": "prop", "value": "user_id"},
# "entity_type": {"source": "constant", "value": "profilePage"}}`` says which prop of the route's
# view (``"props": {"user_id": "25025320"}``) is the shown entity's id; the route's ``url`` and
# ``params`` say whose page it is
_ENTITY_KEY = re.compile(
    r'"entityKeyConfig"\s*:\s*\{\s*"entity_id"\s*:\s*\{\s*"source"\s*:\s*"prop"\s*,\s*'
    r'"value"\s*:\s*"(?P<key>\w{1,40})"\s*\}\s*,\s*"entity_type"\s*:\s*\{[^{}]{0,80}"value"\s*:'
    r'\s*"(?P<type>\w{1,40})"')
_PROFILE_ENTITY = re.compile(r"(?i)profile|user|page|account|channel")
ROUTE_WINDOW = 4000  # characters around the entity config where its route's props and url sit
MAX_ROUTES = 8  # route configs looked at per page


def route_entity_id(page: GenericPage, handle: str) -> str | None:
    """The profile's id a Meta app's route config names (see ``_ENTITY_KEY``), when that route
    is the page of ``handle``; else None."""
    text = page.text[:MAX_SCRIPT]
    for n, m in enumerate(_ENTITY_KEY.finditer(text)):
        if n >= MAX_ROUTES:
            break  # a hostile page repeating the config: the first few routes only
        if not _PROFILE_ENTITY.search(m.group("type")):
            continue
        window = text[max(0, m.start() - ROUTE_WINDOW): m.end() + ROUTE_WINDOW]
        window = re.sub(r"\\u0040", "@", window).replace("\\/", "/")
        named = {page.valid_handle(v) for v in re.findall(
            r'"(?:url|vanity|username|handle|screen_name)"\s*:\s*"/?@?([\w.\-]{1,60})/?"', window)}
        if handle not in named:
            continue
        key = re.escape(m.group("key"))
        props = rf'"props"\s*:\s*\{{[^{{}}]{{0,200}}?"{key}"\s*:\s*"?(\d{{2,25}})"?\s*[,}}]'
        ids = set(re.findall(props, window))
        ids.discard("0")
        if len(ids) == 1:
            return ids.pop()
    # the page's own logging block names it ("page_logging": {"name": "profilePage", "params":
    # {"page_id": "profilePage_<id>"}}: Instagram 2022-2025): one id only, else none
    logged = set(re.findall(r'"page_id"\s*:\s*"profilePage_(\d{2,25})"', text))
    logged.discard("0")
    return logged.pop() if len(logged) == 1 else None


MAX_NOTICE_TEXT = 3000  # visible characters of a page small enough to be one notice


def _empty_state_notice(page: GenericPage) -> tuple[str, str | None] | None:
    """A small page that names no profile and says, in a line of its own, that the account
    does not exist or is suspended ('Couldn't find this account' under a generic title, as
    TikTok's and X's app shells render it): missing. Only words that name the account count
    (a bare 'page not found' needs a 404, which the title check already reads)."""
    texts = [" ".join(t.split()) for t in page.selector.xpath(
        "//body//text()[normalize-space()][not(ancestor::script or ancestor::style or "
        "ancestor::noscript or ancestor::template)]").getall()[:400]]
    if sum(len(t) for t in texts) > MAX_NOTICE_TEXT:
        return None
    for text in texts:
        if len(text) > 80 or re.match(r"(?i)\s*(?:your|you|ihr|dein|tu|votre|sua|seu)\b", text):
            continue  # the viewer's own account ('Your account has been suspended') is not it
        hit = H.error_page(text, "", page.status)
        if hit is not None and (hit[1] == "suspended" or H.NAMES_ACCOUNT.search(text)):
            return hit
    return None


# a line of its own that says this account is suspended (a demonstrative: the viewer's own
# 'Your account has been suspended' is not the profile's)
_THIS_ACCOUNT = re.compile(r"(?i)^\W{0,3}(?:this|the|dieses|este|esta|ce|cet|questo|bu)\b")
MAX_NOTICES = 600  # text lines of a page looked at for a suspension notice


def _suspension_notice(page: GenericPage) -> tuple[str, str | None] | None:
    """('missing', 'suspended') when a profile page still shows the account's name and counts
    but says, in a short line of its own outside any list or post ('This account is currently
    suspended and is being investigated due to strange activity.', twitter.com of 2008), that
    the account is suspended; a post that quotes such words (an item of a timeline, an
    article, a quotation) says it of another account."""
    for text in page.selector.xpath(
            "//body//text()[normalize-space()][not(ancestor::script or ancestor::style or "
            "ancestor::noscript or ancestor::template or ancestor::li or ancestor::article or "
            "ancestor::blockquote or ancestor::a or ancestor::textarea)]").getall()[:MAX_NOTICES]:
        line = " ".join(text.split())
        if len(line) <= 200 and _THIS_ACCOUNT.match(line) and H.SUSPENDED_PAGE.search(line):
            return "missing", "suspended"
    return None


_TAB_PATH = re.compile(
    r"(?i)^/(?P<h>[^/?#]+)(?:/(?:friends|photos|about|followers|following|likes|videos|posts|"
    r"reels|info|timeline|community|reviews|subscribers)/?(?:[?#]|$)|/?\?(?:[^#]*&)?v="
    r"(?:timeline|info|followers|following|likes|photos|friends)(?:[&#]|$))"
)


def _profile_tabs(page: GenericPage, handle: str) -> int:
    """How many distinct tabs of ``handle``'s own profile the page links to (its Timeline,
    Friends, Photos, About ... bar): a mobile page names its profile this way only."""
    tabs = set()
    for href in page.selector.xpath("//body//a/@href").getall()[:3000]:
        href = html.unescape(href.strip())
        if href.startswith(("http://", "https://", "//")):
            try:
                parts = urlsplit(href if not href.startswith("//") else "https:" + href)
            except ValueError:
                continue
            if not page.is_own_url(href if not href.startswith("//") else "https:" + href):
                continue
            href = parts.path + ("?" + parts.query if parts.query else "")
        m = _TAB_PATH.match(href)
        if m and page.valid_handle(unquote(m.group("h"))) == handle:
            tabs.add(re.sub(r"[?&](?:lst|ref\w*|refid|fref|__\w+)=[^&#]*", "", href))
    return len(tabs)


def _error_words(page: GenericPage) -> tuple[bool, tuple[str, str | None] | None]:
    """(whether the title or first heading reads as an error page, the verdict it allows)."""
    sel = page.selector
    title = " ".join(sel.xpath("//title/text()").getall()[:1])
    heading = " ".join(" ".join(sel.xpath("(//h1|//h2)[1]//text()").getall()).split())
    og_title = sel.xpath("//meta[@property='og:title']/@content").get() or ""
    said = any(H.MISSING_PAGE.search(t.strip()) or H.SUSPENDED_PAGE.search(t)
               for t in (title, heading, og_title) if t)
    return said, _error_page(page) if said else None


def _error_page(page: GenericPage) -> tuple[str, str | None] | None:
    """An error page served instead of a profile ('Sorry, that page doesn't exist', 'This
    account has been suspended', a 404 'Page not found'). Where the platform's rules declare
    how a missing profile looks, only words that name the account count (a generic 404 page
    of such a view is theirs to read: YouTube's legacy /c/ URLs answer 404 for live channels)."""
    sel = page.selector
    title = " ".join(sel.xpath("//title/text()").getall()[:1])
    heading = " ".join(" ".join(sel.xpath("(//h1|//h2)[1]//text()").getall()).split())
    og_title = sel.xpath("//meta[@property='og:title']/@content").get() or ""
    hit = H.error_page(title or og_title, heading, page.status)
    if hit is None:
        return None
    if (page.view.found or page.view.not_found) and hit[1] != "suspended":
        named = [m.group(0) for m in (H.MISSING_PAGE.search(t.strip()) for t in (title, heading))
                 if m]
        if not any(H.NAMES_ACCOUNT.search(n) for n in named):
            return None
    return hit


def title_handle(page: GenericPage) -> str | None:
    """The '(@handle)' a profile page's title carries ('Pluto (@pluto__travel) • Instagram
    photos and videos', 'TikTok (@tiktok) | TikTok', 'Kiko Beats (@Kikobeats) / X')."""
    sel = page.selector
    for title in (sel.xpath("//title/text()").get(), _meta(page, "og:title", "twitter:title")):
        m = re.search(r"\(@([\w.\-]{1,60})\)", title or "")
        if m:
            hit = page.valid_handle(m.group(1))
            if hit:
                return hit
    return None


def _with_store_parts(doc: Any, view: dict) -> dict:
    """A profile object with the other parts a normalised state store keeps under its handle
    or id (TikTok's SIGI_STATE ``UserModule.users[<h>]`` and ``UserModule.stats[<h>]``, Redux
    entity maps): every dict in the document stored under that key joins the profile."""
    keys = set()
    raw = _first(view, HANDLE_KEYS, (str,))
    if isinstance(raw, str) and len(raw) >= 3:
        keys.add(raw)
    pid = _first(view, ID_KEYS, (str, int))
    if pid is not None and len(str(pid)) >= 3:
        keys.add(str(pid))
    for key in ("profileId", "profile_id"):
        # the profile an account names by its id (new Reddit: users.models[name].profileId,
        # the profile subreddit in profiles.models and profiles.about)
        ref = view.get(key)
        if isinstance(ref, str) and len(ref) >= 3:
            keys.add(ref)
    if not keys:
        return view
    merged = dict(view)
    parts = 0
    for node, _depth in _dicts(doc):
        for key in keys:
            part = node.get(key)
            if isinstance(part, dict) and part is not view:
                for k, v in _merged(part).items():
                    merged.setdefault(k, v)
                parts += 1
        if parts >= 8:
            break
    return merged


def with_refs(doc: Any, view: dict) -> dict:
    """A profile object with the objects its URN references name (LinkedIn's normalised
    answers: a Company's ``followingInfo: "urn:li:fs_followingInfo:..."`` is another object of
    ``included`` with that ``entityUrn``, holding ``followerCount``)."""
    refs = {v for v in view.values() if isinstance(v, str) and v.startswith("urn:")
            and v != view.get("entityUrn")}
    if not refs:
        return view
    merged = dict(view)
    for node, _depth in _dicts(doc):
        urn = node.get("entityUrn")
        if isinstance(urn, str) and urn in refs and node is not view:
            for k, v in _merged(node).items():
                if k not in ("entityUrn", "$type"):
                    merged.setdefault(k, v)
    return merged


MAX_BLOCK_TEXT = 1500  # visible characters of a page small enough to be a block notice


def html_wall(page: GenericPage) -> str | None:
    """A login wall, a block, challenge or rate-limit page, or a redirect page served instead
    of the profile, else None."""
    head = page.text[:200_000]
    if _LOGIN_TITLE.search(head):
        return "login_wall"
    for title in page.selector.xpath("//title/text()").getall()[:1]:
        blocked = H.block_reason(html.unescape(title))
        if blocked:
            return blocked
    blocked = _block_notice(page)
    if blocked:
        return blocked
    for url in identity_urls(page):
        try:
            path = urlsplit(url).path or "/"
        except ValueError:
            continue
        if _LOGIN_PATH.match(path):
            return "login_wall"
    if re.search(r"(?i)id=[\"']login_form[\"']", head) and re.search(
        r"(?i)You must log in|log in to continue|Log into Facebook|to see (?:more|this)", head
    ):
        return "login_wall"
    return None


def _block_notice(page: GenericPage) -> str | None:
    """A small page (a notice, not a profile) whose own line says the client was blocked,
    challenged or throttled ('Your request has been blocked', 'Please verify you are a human').
    A page carrying a profile document (JSON-LD, a state script) is never one."""
    if "application/ld+json" in page.text[:400_000] or 'type="application/json"' in \
            page.text[:400_000]:
        return None
    texts = [" ".join(t.split()) for t in page.selector.xpath(
        "//body//text()[normalize-space()][not(ancestor::script or ancestor::style or "
        "ancestor::noscript or ancestor::template)]").getall()[:200]]
    if not texts or sum(len(t) for t in texts) > MAX_BLOCK_TEXT:
        return None
    for text in texts:
        if len(text) <= 300:
            hit = H.block_text_reason(text)
            if hit:
                return hit
    return None


MAX_STATE_DOCS = 24  # embedded JSON documents parsed per page


def state_objects(page: GenericPage) -> Iterator[Any]:
    """Parsed embedded state objects of a page: the known script ids and ``window.X = {...}``
    names first, then any other JSON script and any other ``window.X = {...}`` assignment
    (a state object of an era nobody named here is found by the shape of its profile object,
    not by its name). Bounded: MAX_STATE_DOCS documents of at most MAX_SCRIPT characters."""
    sel = page.selector
    yielded = 0
    seen: set[str] = set()
    for sid in STATE_SCRIPT_IDS:
        for raw in sel.xpath(f"//script[@id='{sid}']/text()").getall()[:1]:
            if len(raw) <= MAX_SCRIPT:
                seen.add(raw[:200])
                doc = V.loads_json_prefix(raw.strip())
                if doc is not None:
                    yielded += 1
                    yield revived(doc)
    text = page.text
    starts: set[int] = set()
    for m in _STATE_ASSIGN.finditer(text):
        starts.add(m.start(2))
        doc = V.loads_json_prefix(text[m.start(2) : m.start(2) + MAX_SCRIPT])
        if doc is None:  # written as JavaScript, not JSON (unquoted keys, undefined, !0 ...)
            doc = literal_at(text, m.start(2), MAX_LITERAL)
        if doc is not None:
            yielded += 1
            yield doc
    # JSON kept in a hidden input's value (X's pages of 2014-2019: input#init-data.json-data)
    hidden = sel.xpath("//input[@type='hidden'][starts-with(normalize-space(@value), '{')]"
                       "/@value").getall()[:10]
    # and in hidden <code> elements (LinkedIn's pages of 2017-: <code id="bpr-guid-..."
    # style="display: none">{escaped JSON}</code>)
    hidden += sel.xpath("//code[starts-with(@id, 'bpr-guid') or starts-with(@id, 'datalet-')"
                        " or contains(translate(@style, ' ', ''), 'display:none')]"
                        "[starts-with(normalize-space(.), '{')]/text()").getall()[:20]
    for raw in [*sel.xpath("//script[contains(@type, 'json') and not(contains(@type, 'ld+json'))]"
                           "/text()").getall()[:40], *hidden]:
        if yielded >= MAX_STATE_DOCS:
            return
        raw = _transfer_state(raw.strip())
        if len(raw) > MAX_SCRIPT or raw[:1] not in ("{", "[") or raw[:200] in seen:
            continue
        doc = V.loads_json_prefix(raw)
        if isinstance(doc, dict | list):
            for sub in _relay_results(doc) or [doc]:
                if yielded >= MAX_STATE_DOCS:
                    return
                yielded += 1
                yield _fetched_body(revived(sub))
    for doc in _encoded_states(page):
        if yielded >= MAX_STATE_DOCS:
            return
        yielded += 1
        yield doc
    for doc in _script_states(page):
        if yielded >= MAX_STATE_DOCS:
            return
        yielded += 1
        yield doc
    decoder = json.JSONDecoder(strict=False)
    tries = 0
    for m in _ANY_ASSIGN.finditer(text[:MAX_SCRIPT * 2]):
        start = m.start(1) if m.group(1) else m.start(2) if m.group(2) else m.start(3)
        if yielded >= MAX_STATE_DOCS or tries >= 400:
            return
        if start in starts:
            continue
        tries += 1
        try:
            doc, end = decoder.raw_decode(text[start : start + MAX_SCRIPT])
        except (ValueError, RecursionError):
            continue
        starts.add(start)
        # a call's argument is a state object only when it holds profile keys (a page's
        # boot call ``page({...})``, not a script loader's ``push({...})``), and so is a
        # declared variable's (``var initialState = {...}``: most are a script's settings)
        if isinstance(doc, dict) and doc and (m.group(1) or _PROFILE_KEYS.search(
                text, start, start + end)):
            yielded += 1
            yield doc
    for doc in _literal_states(text, starts):
        if yielded >= MAX_STATE_DOCS:
            return
        yielded += 1
        yield doc


MAX_RELAY_RESULTS = 8


def _relay_results(doc: Any) -> list[Any]:
    """The query results a server-rendered Relay payload carries (Meta's pages of 2022-2026:
    ``<script type="application/json" data-sjs>{"require": [["ScheduledServerJS", "handle",
    null, [{"__bbox": {"require": [["RelayPrefetchedStreamCache", "next", [], ["adp_...",
    {"__bbox": {"complete": true, "result": {"data": {...}}}}]]]}}]]]}``), each read as an
    answer of its own: the profile object sits a dozen levels down, under the bootloader's
    arrays, where a layer that looks at the top levels (a header's counters) never reaches.
    Empty when the document holds none (it is then read whole). Bounded."""
    out: list[Any] = []
    stack: list[tuple[Any, int]] = [(doc, 0)]
    seen = 0
    while stack and len(out) < MAX_RELAY_RESULTS and seen < 5_000:
        node, depth = stack.pop()
        seen += 1
        if depth > 16:
            continue
        if isinstance(node, dict):
            box = node.get("__bbox")
            result = box.get("result") if isinstance(box, dict) else None
            if isinstance(result, dict) and isinstance(result.get("data"), dict):
                out.append(result)
                continue
            stack.extend((v, depth + 1) for v in reversed(list(node.values()))
                         if isinstance(v, dict | list))
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in reversed(node[:50]) if isinstance(v, dict | list))
    return out


# a state object a page's script writes as a JavaScript literal rather than JSON: assigned to
# a global or a declared variable (``window.__STATE__ = {user: {username: 'a'}}``, ``var
# initialState = {...}``), read only where a profile key follows within MAX_LITERAL_LOOK
# characters and JSON could not read it
_LITERAL_ASSIGN = re.compile(
    r"(?:\bwindow\.|\bwindow\[['\"]|\bself\.|\bglobalThis\.|\b(?:var|let|const)\s+)"
    r"[A-Za-z_$][\w$]{0,60}['\"]?\]?\s*=\s*(\{)\s*(?:[A-Za-z_$'\"]|//|/\*)")
_LITERAL_PROFILE_KEYS = re.compile(
    r"""[{,]\s*['"]?(?:screen_name|username|uniqueId|unique_id|login|acct|preferredUsername|"""
    r"""followers_count|follower_count|followersCount|followerCount|subscriberCount)['"]?\s*:""")
MAX_LITERAL_LOOK = 200_000
MAX_LITERAL_TRIES = 40
MAX_LITERAL = 2_000_000  # characters a state literal must close within (JSON ones are larger)


def _literal_states(text: str, done: set[int]) -> Iterator[Any]:
    """The state objects of ``_LITERAL_ASSIGN`` that JSON does not read, read as JavaScript
    (``crawler.extract.jsstate.literal_at``); bounded by MAX_LITERAL_TRIES."""
    if not _LITERAL_PROFILE_KEYS.search(text, 0, MAX_SCRIPT * 2):
        return  # no profile key anywhere (a quick pass): no assignment to look at
    tries = 0
    decoder = json.JSONDecoder(strict=False)
    for m in _LITERAL_ASSIGN.finditer(text, 0, MAX_SCRIPT * 2):
        start = m.start(1)
        if start in done or not _LITERAL_PROFILE_KEYS.search(text, start,
                                                             start + MAX_LITERAL_LOOK):
            continue
        try:
            decoder.raw_decode(text, start)
            continue  # JSON: the other passes read it
        except (ValueError, RecursionError):
            pass
        tries += 1
        if tries > MAX_LITERAL_TRIES:
            return
        doc = literal_at(text, start, MAX_LITERAL)
        if isinstance(doc, dict) and doc:
            yield doc


# Angular's TransferState script (<script id="serverApp-state" type="application/json">,
# Angular 2-15): its JSON with the five characters HTML would break on escaped as entities
_TRANSFER_ESCAPES = (("&q;", '"'), ("&s;", "'"), ("&l;", "<"), ("&g;", ">"), ("&a;", "&"))


def _transfer_state(raw: str) -> str:
    """An Angular TransferState script's JSON unescaped (``{&q;user&q;:...}``), else ``raw``."""
    if not raw.startswith(("{&q;", "[&q;")):
        return raw
    for escaped, plain in _TRANSFER_ESCAPES:
        raw = raw.replace(escaped, plain)
    return raw


_FETCHED_KEYS = frozenset({"status", "statusText", "headers", "body", "b", "url", "ok"})


def _fetched_body(doc: Any) -> Any:
    """A recorded fetch a page replays on hydration (SvelteKit's ``<script type=
    "application/json" data-sveltekit-fetched>``: ``{status, statusText, headers, body}``, the
    body a JSON string): that body parsed, else ``doc``."""
    if not isinstance(doc, dict) or not doc.keys() <= _FETCHED_KEYS:
        return doc
    body = doc.get("body", doc.get("b"))
    if isinstance(body, str) and body.lstrip()[:1] in ("{", "[") and len(body) <= MAX_SCRIPT:
        parsed = V.loads_json_prefix(body.strip())
        if isinstance(parsed, dict | list):
            return parsed
    return doc


def _script_states(page: GenericPage) -> Iterator[Any]:
    """State kept as JavaScript rather than JSON (``crawler.extract.jsstate``): Nuxt 2's
    ``window.__NUXT__=(function(a,b){return {...}}(...))`` and Astro islands' ``props``."""
    if "__NUXT__" in page.text[:MAX_SCRIPT * 2]:
        doc = nuxt_function_state(page.text[:MAX_SCRIPT * 2])
        if isinstance(doc, dict):
            yield doc
    if "astro-island" in page.text[:MAX_SCRIPT * 2]:
        yield from astro_props(page.selector.xpath("//astro-island/@props").getall())


# devalue's wrappers (Nuxt 3's __NUXT_DATA__ payload, SvelteKit's): a value kept reactive is
# the value; a date its text; a set its members; a map its pairs
_DEVALUE_WRAP = frozenset({"Reactive", "ShallowReactive", "Ref", "ShallowRef", "EmptyRef",
                           "EmptyShallowRef", "NuxtError"})
MAX_DEVALUE = 50_000  # values revived per payload


def _is_devalue(doc: Any) -> bool:
    """A devalue payload: a flat array whose first value is the root, every object's and
    array's members indices into the array (``[["ShallowReactive", 1], {"data": 2}, ...]``);
    only one whose root is a reactive wrapper is taken for one (a plain list is no payload)."""
    if not isinstance(doc, list) or len(doc) < 2:
        return False
    root = doc[0]
    return (isinstance(root, list) and len(root) == 2 and root[0] in _DEVALUE_WRAP
            and isinstance(root[1], int) and not isinstance(root[1], bool))


def revived(doc: Any) -> Any:
    """A devalue payload (``_is_devalue``) as the plain object it encodes, else ``doc``;
    bounded (MAX_DEVALUE values), a reference cycle read as None."""
    if not _is_devalue(doc):
        return doc
    budget = [MAX_DEVALUE]

    def value(index: Any, depth: int) -> Any:
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(doc) \
                or depth > 40 or budget[0] <= 0:
            return None  # -1 undefined, -2 null, -3 NaN ...: nothing a profile needs
        budget[0] -= 1
        node = doc[index]
        if isinstance(node, dict):
            return {k: value(v, depth + 1) for k, v in list(node.items())[:500]}
        if isinstance(node, list):
            if node and isinstance(node[0], str):
                kind = node[0]
                if kind in _DEVALUE_WRAP and len(node) == 2:
                    return value(node[1], depth + 1)
                if kind == "Date" and len(node) == 2:
                    return node[1]
                if kind == "Set":
                    return [value(i, depth + 1) for i in node[1:200]]
                if kind == "Map":
                    pairs = node[1:400]
                    return {str(value(k, depth + 1)): value(v, depth + 1)
                            for k, v in zip(pairs[::2], pairs[1::2], strict=False)}
                if kind in ("null", "undefined"):
                    return None
            return [value(i, depth + 1) for i in node[:500]]
        return node

    return value(0, 0)


# JSON a page keeps encoded: a string literal JSON.parse reads (``window.__STATE__ =
# JSON.parse("{\"user\": ...}")``, in double or single quotes), an element's data attribute
# (``data-props``, ``data-page`` of Inertia.js, ``data-state``: entity-encoded JSON), and the
# rows of a Next.js app-router page's flight data (``self.__next_f.push([1, "5:{...}"])``)
_JSON_PARSE = re.compile(r"JSON\.parse\(\s*(['\"])")
# a state object assigned as a string literal (YouTube's mobile pages of 2020-2026: ``var
# ytInitialData = '\x7b\x22responseContext\x22...'``): read when the string opens an object or
# an array, written plain or escaped
_STRING_ASSIGN = re.compile(
    r"(?:\bwindow\.|\bwindow\[['\"]|\bself\.|\b(?:var|let|const)\s+)[A-Za-z_$][\w$]{0,60}"
    r"['\"]?\]?\s*=\s*(['\"])(?=\{|\[|\\x7[bB]|\\x5[bB]|\\u007[bB]|\\u005[bB])")
_JS_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|(.))",
                        re.S)
_JS_BODY = {q: re.compile(rf"(?:[^{q}\\]|\\.)*{q}", re.S) for q in "'\""}
_JS_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
_FLIGHT_PUSH = re.compile(r"self\.__next_f\.push\(\s*(\[)")
_FLIGHT_ROW = re.compile(r"(?m)^[0-9a-zA-Z]{1,8}:(?=[\[{])")
MAX_ENCODED = 40  # encoded documents looked at per page


def _js_string(text: str, start: int, quote: str) -> str | None:
    """The value of the JavaScript string literal whose body starts at ``start``."""
    m = _JS_BODY[quote].match(text, start, min(len(text), start + MAX_SCRIPT))
    if m is None:
        return None
    end = m.end() - 1

    def one(m: re.Match[str]) -> str:
        hex2, brace, hex4, other = m.groups()
        if hex2 or brace or hex4:
            return chr(min(int(hex2 or brace or hex4, 16), 0x10FFFF))
        return _JS_SIMPLE.get(other, other)

    value = _JS_ESCAPE.sub(one, text[start:end])
    try:  # a character outside the BMP written as two \u escapes: one character again
        return value.encode("utf-16", "surrogatepass").decode("utf-16")
    except UnicodeError:
        return value


def js_literal_value(literal: str) -> str | None:
    """The value of a whole JavaScript string literal, quotes included (``'\\x7b\\x22a\\x22'`` ->
    ``{"a"``); None for any other text."""
    if len(literal) < 2 or literal[0] not in "'\"" or literal[-1] != literal[0]:
        return None
    return _js_string(literal, 1, literal[0])


def _encoded_states(page: GenericPage) -> Iterator[Any]:
    """The state objects a page keeps encoded (see ``_JSON_PARSE``), parsed; bounded."""
    text = page.text[:MAX_SCRIPT * 2]
    found = 0
    assigned = sorted([*_JSON_PARSE.finditer(text), *_STRING_ASSIGN.finditer(text)],
                      key=lambda m: m.start())
    for m in assigned:
        raw = _js_string(text, m.end(), m.group(1))
        doc = V.loads_json_prefix(raw.strip()) if raw and raw.lstrip()[:1] in ("{", "[") else None
        if isinstance(doc, dict | list):
            found += 1
            yield doc
        if found >= MAX_ENCODED:
            return
    attrs = page.selector.xpath("//@*[starts-with(name(), 'data-')]"
                                "[starts-with(normalize-space(.), '{')]").getall()[:MAX_ENCODED]
    for raw in attrs:
        if len(raw) <= MAX_SCRIPT and _PROFILE_KEYS.search(raw):
            doc = V.loads_json_prefix(raw.strip())
            if isinstance(doc, dict):
                yield doc
    flight = []
    decoder = json.JSONDecoder(strict=False)
    for m in _FLIGHT_PUSH.finditer(text):
        try:
            chunk, _end = decoder.raw_decode(text, m.start(1))
        except (ValueError, RecursionError):
            continue
        if isinstance(chunk, list) and len(chunk) > 1 and isinstance(chunk[1], str):
            flight.append(chunk[1])
    rows = "".join(flight)
    if not _PROFILE_KEYS.search(rows):
        return
    for m in list(_FLIGHT_ROW.finditer(rows))[:MAX_ENCODED * 10]:
        try:
            doc, _end = decoder.raw_decode(rows, m.end())
        except (ValueError, RecursionError):
            continue
        if isinstance(doc, dict | list) and _PROFILE_KEYS.search(json.dumps(doc)[:MAX_SCRIPT]):
            yield doc


# ``window.X = {`` / ``window["X"] = {`` / ``self.X = {`` of any name, and an object literal
# passed to a call (``page({...})``, the 2012-2014 X boot data)
_ANY_ASSIGN = re.compile(
    r"(?:window\.|window\[['\"]|self\.)[A-Za-z_$][\w$]{0,60}['\"]?\]?\s*=\s*(\{)"
    r"|\b[A-Za-z_$][\w$.]{0,60}\(\s*(?:'[^'\n]{0,200}'\s*,\s*|\"[^\"\n]{0,200}\"\s*,\s*)?(\{)\""
    r"|\b(?:var|let|const)\s+[A-Za-z_$][\w$]{0,60}\s*=\s*(\{)\""
)  # the last: also after a first string argument (Instagram's 2019-2021
#   ``window.__additionalDataLoaded('/<name>/', {...})``)
_PROFILE_KEYS = re.compile(
    r'"(?:screen_name|username|uniqueId|unique_id|login|acct|preferredUsername|'
    r'followers_count|follower_count|followersCount|followerCount|subscriberCount)"\s*:'
)


# ---------------------------------------------------------------------------- JSON-LD

_PROFILE_TYPES = ("ProfilePage", "Person", "Organization", "Corporation", "LocalBusiness",
                  "Brand", "NGO", "EducationalOrganization", "SportsTeam", "MusicGroup")


def _ld_kinds(node: Any) -> list:
    kinds = node.get("@type") if isinstance(node, dict) else None
    return kinds if isinstance(kinds, list) else [kinds]


def _ld_entity(page: GenericPage) -> tuple[dict | None, dict | None]:
    """The account a page's JSON-LD describes, and its ``ProfilePage`` node: the page's
    ``mainEntity``, else its ``author`` (Instagram's pages of 2023 name the account there and
    point ``mainEntityOfPage`` back at the page itself, a reference with nothing to read), else
    the first profile-typed node."""
    entity = None
    page_node = None
    nodes = [node for doc in page.jsonld() for node in _ld_nodes(doc)]
    by_id = {str(n["@id"]): n for n in nodes if isinstance(n.get("@id"), str)}
    for node in nodes:
        kinds = _ld_kinds(node)
        if "ProfilePage" in kinds and page_node is None:
            page_node = node
            for key in ("mainEntity", "mainEntityOfPage", "author", "about"):
                main = _ld_ref(node.get(key), by_id)
                if main is not None and main is not node and \
                        not {"ProfilePage", "WebPage"} & set(_ld_kinds(main)):
                    entity = entity or main
                    break
        elif any(k in _PROFILE_TYPES for k in kinds) and entity is None:
            entity = node
    return entity, page_node


def _ld_ref(value: Any, by_id: Mapping[str, dict]) -> dict | None:
    """A JSON-LD node a property points at: the node itself, the first of a list, or the node
    of the graph a bare ``{"@id": ...}`` reference names."""
    if isinstance(value, list):
        value = next((v for v in value[:10] if isinstance(v, dict)), None)
    if not isinstance(value, dict):
        return None
    if set(value) <= {"@id", "@type"} and isinstance(value.get("@id"), str):
        return by_id.get(value["@id"], value if "@type" in value else None)
    return value


_USERNAME_PROPERTY = re.compile(r"(?i)^(?:user\W?name|handle|screen\W?name|login|alias)$")


def _ld_identifier(entity: dict) -> tuple[str | None, str | None]:
    """(id, handle) of an entity's ``identifier``: a ``PropertyValue`` whose ``propertyID``
    says it is the user name gives the handle, never the platform id."""
    ident = entity.get("identifier")
    prop = ""
    if isinstance(ident, dict):
        prop = str(ident.get("propertyID") or ident.get("name") or "").strip()
        ident = ident.get("value")
    if not isinstance(ident, str | int) or isinstance(ident, bool) or not str(ident).strip():
        return None, None
    if _USERNAME_PROPERTY.match(prop):
        return None, str(ident).strip()
    return str(ident).strip(), None


def _jsonld_layer(page: GenericPage, out: LayerRead, identity: str | None,
                  names: set[str] | None = None) -> None:
    entity, page_node = _ld_entity(page)
    if entity is None:
        return
    ident, ident_handle = _ld_identifier(entity)
    handle = None
    for value in (entity.get("alternateName"), entity.get("additionalName"), ident_handle):
        if isinstance(value, str) and value.strip():
            handle = page.valid_handle(value)
            if handle:
                break
    if not handle:
        for key in ("url", "@id", "sameAs"):
            for url in _urls_in(entity.get(key)):
                hit = page.platform_handle_from_url(url)
                if hit:
                    handle = hit
                    break
            if handle:
                break
    if identity and handle and handle != identity and handle not in (names or ()):
        return  # an entity the page mentions, not the page's own profile
    if handle and not out.handle:
        out.handle = handle
    name = entity.get("name")
    if isinstance(name, str) and name.strip():
        out.put("display_name", html.unescape(name).strip(), "jsonld")
    desc = entity.get("description")
    if isinstance(desc, str) and desc.strip():
        out.put("bio", V.clean_text(desc), "jsonld")
    for stat_key, default in (("interactionStatistic", "followers"),
                              ("agentInteractionStatistic", "following")):
        # the counts on the account, else on its page (Instagram's ProfilePage of 2023)
        counters = _as_list(entity.get(stat_key)) or _as_list((page_node or {}).get(stat_key))
        for counter in counters:
            if not isinstance(counter, dict):
                continue
            kind = str(counter.get("interactionType") or "")
            if isinstance(counter.get("interactionType"), dict):
                kind = str(counter["interactionType"].get("@type") or "")
            label = str(counter.get("name") or "").lower()
            count = V.to_int(counter.get("userInteractionCount"))
            if count is None:
                continue
            if label in ("friends", "following", "follows_agent"):
                target = "following"
            elif "WriteAction" in kind or label in ("tweets", "posts", "videos"):
                target = "posts"
            elif "FollowAction" in kind or "SubscribeAction" in kind:
                target = default
            else:
                continue
            out.put(target, count, "jsonld")
    if ident:
        out.put("platform_id", ident, "jsonld")
    image = entity.get("image") or entity.get("logo")
    avatar = _urls_in(image)
    if avatar:
        out.put("avatar_url", V.to_url(avatar[0]), "jsonld")
    links = []
    for source in (entity.get("sameAs"), entity.get("url"),
                   (page_node or {}).get("relatedLink")):
        for url in _urls_in(source):
            if not page.is_own_url(url) and not re.match(r"(?i)^https?://t\.co/", url):
                links.append(url)
    out.put("external_links", V.dedupe(u for u in (V.to_url(x) for x in links) if u), "jsonld")
    created = (page_node or {}).get("dateCreated") or entity.get("foundingDate")
    if created:
        out.put("created_at", V.to_datetime(created), "jsonld")


_MICRO_TYPES = "Person|Organization|Corporation|ProfilePage|LocalBusiness|Brand|NGO"


_CARD = ("//*[contains(concat(' ', normalize-space(@class), ' '), ' vcard ') or "
         "contains(concat(' ', normalize-space(@class), ' '), ' h-card ')]")


def _hcard_layer(page: GenericPage, out: LayerRead, names: set[str]) -> None:
    """A microformats hCard (``class="vcard"``, microformats2 ``h-card``), as profile pages of
    2008-2020 marked up their owner (GitHub, X's web intents, blogs): ``fn`` the name,
    ``nickname`` the handle, ``note`` the bio, ``url`` the outside links. The page's own card
    is the first one that is neither nested in another card nor an item of a list (followers'
    faces, members) and that names no other account than the page's."""
    for card in page.selector.xpath(_CARD)[:40]:
        if card.root.tag == "li" or card.xpath(f"ancestor::li | ancestor::*[{_CARD[4:-1]}]"):
            continue

        def parts(*classes: str, card: Any = card) -> list[Any]:
            test = " or ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {c} ')"
                               for c in classes)
            return card.xpath(f".//*[{test}]")[:10]

        def text(node: Any) -> str:
            # runs of inline text joined as shown ('<span class="invisible">http://</span>
            # <span>site.example/x</span>' is one address)
            return " ".join("".join(node.xpath(".//text()").getall()).split())

        named = [page.valid_handle(text(n)) for n in parts("nickname", "p-nickname")[:1]]
        named += [page.platform_handle_from_url(page.absolute(n.attrib.get("href") or ""))
                  for n in parts("fn", "p-name", "url", "u-url") if n.root.tag == "a"]
        if names and any(h and h not in names for h in named):
            continue
        for node in parts("fn", "p-name")[:1]:
            out.put("display_name", text(node) or None, "dom")
        # 'bio': X's cards of 2007-2012 (<span class="bio"> beside <span class="fn">)
        for node in parts("note", "p-note", "bio")[:1]:
            out.put("bio", V.clean_text(text(node)) or None, "dom")
        links = []
        for node in parts("url", "u-url"):
            for anchor in node.xpath("descendant-or-self::a[@href]")[:1]:
                url = V.to_url(page.absolute(anchor.attrib["href"]))
                if url and _SHORTENER.match(url):
                    url = V.to_url(text(anchor)) if not text(anchor).endswith("…") else None
                if url and not page.is_own_url(url):
                    links.append(url)
        out.put("external_links", V.dedupe(links), "dom")
        return


def _microdata_layer(page: GenericPage, out: LayerRead, names: set[str]) -> None:
    """schema.org microdata: the first Person/Organization ``itemscope`` whose handle
    (``additionalName``/``alternateName``), if it gives one, is the page's own. Its name,
    description, image, url/sameAs and ``interactionStatistic`` counters fill empty fields."""
    sel = page.selector
    for scope in sel.xpath("//*[@itemscope][@itemtype]")[:40]:
        kind = scope.attrib.get("itemtype") or ""
        if not re.search(rf"schema\.org/(?:{_MICRO_TYPES})\b", kind):
            continue
        if scope.xpath("ancestor::*[@itemscope]"):
            continue  # a nested entity (an employer, an author) is not the page's profile

        def prop(name: str, scope: Any = scope) -> list[Any]:
            # this scope's own properties, not those of entities nested in it
            return [node for node in scope.xpath(f".//*[@itemprop='{name}']")[:20]
                    if (owner := node.xpath("ancestor::*[@itemscope][1]"))
                    and owner[0].root is scope.root]

        def text(node: Any) -> str:
            for attr in ("content", "datetime"):
                if node.attrib.get(attr):
                    return str(node.attrib[attr]).strip()
            return " ".join(" ".join(node.xpath(".//text()").getall()).split())

        handle = None
        for key in ("additionalName", "alternateName"):
            for node in prop(key)[:1]:
                handle = page.valid_handle(text(node))
        if handle and names and handle not in names:
            continue
        for node in prop("name")[:1]:
            out.put("display_name", text(node) or None, "microdata")
        for node in prop("description")[:1]:
            out.put("bio", V.clean_text(text(node)) or None, "microdata")
        for node in prop("image")[:1]:
            src = node.attrib.get("src") or node.attrib.get("href") or node.attrib.get("content")
            url = V.to_url(page.absolute(src)) if src else None
            if url:
                out.put("avatar_url", url, "microdata")
        links = []
        for key in ("url", "sameAs"):
            for node in prop(key)[:10]:
                raw = node.attrib.get("href") or node.attrib.get("content") or text(node)
                url = V.to_url(page.absolute(raw)) if raw else None
                if url and not page.is_own_url(url):
                    links.append(url)
        out.put("external_links", V.dedupe(links), "microdata")
        for stat in scope.xpath(".//*[@itemprop='interactionStatistic']")[:6]:
            kind_text = " ".join(stat.xpath(".//*[@itemprop='interactionType']/@content | "
                                            ".//*[@itemprop='interactionType']/@href").getall())
            count = stat.xpath(".//*[@itemprop='userInteractionCount']/@content").get()
            value = V.to_int(count) if count else None
            if value is None:
                continue
            if "FollowAction" in kind_text or "SubscribeAction" in kind_text:
                out.put("followers", value, "microdata")
            elif "WriteAction" in kind_text:
                out.put("posts", value, "microdata")
        return


def _ld_nodes(doc: Any, depth: int = 0) -> Iterator[dict]:
    if depth > 6:
        return
    if isinstance(doc, list):
        for item in doc[:50]:
            yield from _ld_nodes(item, depth + 1)
    elif isinstance(doc, dict):
        yield doc
        graph = doc.get("@graph")
        if isinstance(graph, list):
            for item in graph[:50]:
                yield from _ld_nodes(item, depth + 1)


def _as_list(value: Any) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


# ---------------------------------------------------------------------------- Open Graph / meta

_PLATFORM_NAMES = (r"LinkedIn|YouTube|Facebook|Instagram|TikTok|Twitter|X|Threads|Pinterest|"
                   r"Telegram|Reddit|GitHub|Bluesky|Mastodon")
_TITLE_SUFFIX = re.compile(
    # '| LinkedIn', '• Instagram photos and videos', '• Instagram-Fotos und -Videos'
    r"\s*(?:[|•·/–—-]\s*(?:" + _PLATFORM_NAMES + r")\b(?:[\s-]+(?:photos|fotos|foto|vid[eé]os|"
    r"videos|and|und|et|y|e|de|di|-)+)*\s*)+$"
    r"|\s*[|•·–—]\s*(?:photos|fotos|foto)\b[^|•·]*(?:" + _PLATFORM_NAMES + r")\b[^|•·]*$"
    r"|\s+(?:on|auf|sur|en|su|no|op|на|в)\s+(?:X|Twitter|Instagram|TikTok|Threads)\s*(?:[:|].*)?$"
    r"|\s*-\s*Profile\s*\|\s*Pinterest$",
    re.I,
)
_HANDLE_IN_TITLE = re.compile(r"\s*\(@[\w.\-]+\)\s*")
BOILERPLATE = re.compile(
    r"(?i)see instagram photos and videos|profile on linkedin|largest professional community|"
    r"enjoy the videos and music|log into facebook|log in or sign up|sign up for|"
    r"the latest (?:posts|tweets) from|is on (?:tiktok|pinterest)|discover what|"
    # Pinterest's and Twitter's descriptions of 2010-2014: '<Name> is using Pinterest, an online
    # pinboard to collect and share what inspires you.'
    r"\bis using (?:pinterest|twitter|instagram|tumblr|flickr)\b|an online pinboard|"
    r"^\s*restricted (?:profile|account)\s*$|"  # an age gate's title ('Restricted profile')
    r"watch the latest video|you can contact @|join facebook|create an account|"
    # a site's own tagline as the description of every page (twitter.com of 2007-2009: 'Twitter
    # is a free social messaging utility for staying connected in real-time')
    r"^\s*(?:" + _PLATFORM_NAMES + r"|tumblr|flickr) is an? (?:free |online |global |"
    r"real-time )*(?:social|service|messaging|network|utility|platform|place|way)\b|"
    # the same sentences in other UI languages: the platform's name next to its photos/videos
    r"\b(?:instagram|tiktok|facebook|youtube|threads|pinterest)\b.{0,40}\b(?:photos?|fotos?|"
    r"vid[eé]os?|videa|beitr[aä]ge|publicaciones)\b|\b(?:photos?|fotos?|vid[eé]os?)\b.{0,40}"
    r"\b(?:instagram|tiktok)\b"
)


def _meta(page: GenericPage, *names: str) -> str | None:
    for name in names:
        lit = f"'{name}'"
        got = page.selector.xpath(
            f"//meta[@property={lit} or @name={lit} or @itemprop={lit}]/@content"
        ).get()
        if got and got.strip():
            return html.unescape(got).strip()
    return None


def clean_title(title: str, handle: str | None = None) -> str:
    """'Kiko Beats (@Kikobeats) / X' -> 'Kiko Beats'; 'Name | LinkedIn' -> 'Name'."""
    text = html.unescape(title).strip()
    # a logged-in browser's title starts with the unread-notification count: '(1) Name | LinkedIn',
    # '(12+) Facebook', '(3) Name (@name) / X'
    text = re.sub(r"^\(\d{1,4}\+?\)\s+", "", text)
    m = re.match(r"\s*(.+?)\s*\(@[\w.\-]{1,60}\)", text)
    if m and len(m.group(1)) >= 1:
        text = m.group(1)  # 'Name (@handle) <anything the site adds>': the name before it
    for _ in range(3):
        new = _TITLE_SUFFIX.sub("", text).strip()
        new = _HANDLE_IN_TITLE.sub(" ", new).strip()
        if new == text:
            break
        text = new
    return text


_NAME_BESIDE_ADDRESS = re.compile(
    r"\s*(.+?)\s*(?:\(@([\w.\-]{1,60})@[\w.\-]{1,253}\)|,\s*@([\w.\-]{1,60})@[\w.\-]{1,253})\s*")


def _meta_layer(page: GenericPage, out: LayerRead) -> int | None:
    """Title, description counters and bio, image and app-link id from the head's meta tags.
    Returns a page's likes ('3,783 likes') for followers when nothing better says them."""
    descs = _metas(page, "og:description", "description", "twitter:description")
    lead = next((n for n in (H.name_before_counters(d) for d in descs) if n), None)
    name = _title_name(page, out)
    if name:
        if lead and name != lead and name.startswith(lead):
            name = lead  # 'Meedan - Nonprofit Organization' titles the page whose name is Meedan
        if name and not BOILERPLATE.search(name) and name.casefold() not in (
            page.platform.title.casefold(), page.platform.name.casefold()
        ) and not _platform_template(name, page):
            out.put("display_name", name, "meta")
    likes = None
    post = post_page(page)
    for desc in descs:
        counts = H.counters_in(desc)
        likes = likes if likes is not None else counts.pop("likes", None)
        counts.pop("likes", None)
        for fname, count in counts.items():
            out.put(fname, count, "meta")
        quoted = re.search(r'(?:on|auf|sur|en|su|no|op|на|в) \w+\s?: ["“„«]\s?(.*?)\s?["”“»]\s*$',
                           desc, re.S)
        bio = quoted.group(1) if quoted else H.strip_counters(desc, lead or name)
        if not bio and lead and name and lead.casefold() != name.casefold():
            # 'share updates, join convos. 8.9M Followers.' (Threads): what comes before the
            # counters is the bio, not the page's name (the title names it otherwise)
            bio = lead
        bio = re.sub(r"^(?:[\d.,\s\u00a0]+[KMBkmb]?\s+\w+,?\s*){1,4}-\s*", "", bio)
        bio = H.strip_site_sentences(bio) if bio else bio
        label = _NAME_LABEL.fullmatch(bio.strip()) if bio else None
        if label and page.valid_handle(label.group(1)) in _own_names(page, out):
            continue  # 'u/name:' with nothing after: the site's template, no text of the user
        if bio and not BOILERPLATE.search(bio) and not post:
            out.put("bio", V.clean_text(bio), "meta")  # a post's description is its text
    image = _meta(page, "og:image", "twitter:image")
    if image:
        url = V.to_url(image)
        if url and not re.search(r"(?i)/(?:\w{1,3}_)?(?:og|default|logo|favicon)[\w./-]*\."
                                 r"(?:png|ico|svg)|/[\w-]*share_image\.(?:png|jpe?g)$", url) and (
                # the site's logo ('t_logo.png') or its own share picture (Pinterest's
                # 'facebook_share_image.png' on a profile whose owner keeps it from search)
                not post or _AVATAR_URL.search(url)):  # a post's image is its media, its cover
            out.put("avatar_url", url, "meta")
    out.put("platform_id", _app_link_id(page), "meta")
    out.put("platform_id", _feed_id(page), "meta")
    # YouTube's channel pages of 2012-2019: <meta itemprop="channelId" content="UC...">
    channel = page.selector.xpath("//meta[@itemprop='channelId']/@content").get()
    if channel and re.fullmatch(r"UC[\w-]{22}", channel.strip()):
        out.put("platform_id", channel.strip(), "meta")
    _app_count_metas(page, out)
    return likes


# the permalink of one post, video or photo under its author (the address a page gives as its
# own, else the one fetched): X's /<h>/status/<id>, a fediverse server's /@<h>/<id>, /notice/,
# /objects/, TikTok's /@<h>/video/<id>, Instagram's and Threads' /p/ and /reel/, a watch page
_POST_PATH = re.compile(
    r"(?i)/(?:status(?:es)?|statuses|video|videos|notice|notes|objects|posts?|p|reel|reels|tv|"
    r"pin|comments)/[\w-]{4,}/?$|^/@[^/]{1,60}/\d{6,}/?$|^/watch/?$|^/shorts/[\w-]{6,}/?$")


# a picture's address that says it is an account's picture (not a post's media or thumbnail)
_AVATAR_URL = re.compile(r"(?i)avatar|profile[_-]?(?:images?|pic|photo)")


def post_page(page: GenericPage) -> bool:
    """Whether the page is one post's permalink: its description is the post's text, not the
    author's bio (the author is still named by its title and address)."""
    urls = identity_urls(page) or ([page.url] if page.url else [])
    for url in urls[:3]:
        try:
            parts = urlsplit(url if "//" in url else page.absolute(url))
        except ValueError:
            continue
        path = unquote(parts.path)
        if _POST_PATH.search(path) and (path != "/watch" or "v=" in parts.query):
            return True
    return False


_AUTHOR_PATH = re.compile(
    r"^/(?:users/)?@?(?P<h>[^/@]{1,60})(?:@[\w.\-]{1,253})?/(?:status|statuses|video|posts)/"
    r"[\w-]{4,}/?$|^/@(?P<f>[^/@]{1,60})(?:@[\w.\-]{1,253})?/\d{6,}/?$")


def post_author(page: GenericPage) -> str | None:
    """The author a post's permalink names in its path (its own address, else the one fetched)."""
    for url in (identity_urls(page) or [])[:3] + ([page.url] if page.url else []):
        try:
            path = unquote(urlsplit(url if "//" in url else page.absolute(url)).path)
        except ValueError:
            continue
        m = _AUTHOR_PATH.match(path)
        hit = page.valid_handle(m.group("h") or m.group("f")) if m else None
        if hit:
            return hit
    return None


def _title_name(page: GenericPage, out: LayerRead) -> str | None:
    """The name the page's title gives (og:title, twitter:title, else <title>), the site's
    additions taken off; a title that is only a template around the handle ('login -
    Overview', 'login · GitHub', '@name | Posts') gives none, and the next title is tried."""
    raw = page.selector.xpath("//title/text()").get()
    titles = [t for t in (_meta(page, "og:title"), _meta(page, "twitter:title"),
                          raw.strip() if raw else None) if t]
    handle = out.handle or page_identity(page) or page.valid_handle(
        page.platform_handle_from_url(page.url) or "")
    for title in titles:
        name = clean_title(title, out.handle)
        if handle:
            name = _name_beside_handle(page, name, handle)
            if _handle_template(page, title, name, handle):
                continue
        return name
    return None


def _name_beside_handle(page: GenericPage, name: str, handle: str) -> str:
    # 'W3CLove App (W3CLove) en Twitter' (2012): the page's own handle in brackets
    m = re.match(r"\s*(.+?)\s*\(([\w.\-]{1,60})\)", name)
    if m and page.valid_handle(m.group(2)) == handle:
        name = clean_title(m.group(1))
    # 'Wren (@wren@toot.example)' (Mastodon), 'Wren, @wren@gts.example' (GoToSocial):
    # the account's address beside its name
    m = _NAME_BESIDE_ADDRESS.fullmatch(name)
    if m and (m.group(2) or m.group(3) or "").casefold() == handle.split("@")[0].casefold():
        name = clean_title(m.group(1))
    # 'harbourferry (Harbour Ferry) · GitHub': the handle first, the name in brackets
    m = re.fullmatch(r"\s*([\w.\-]{1,60})\s*\((.+)\)\s*", name)
    if m and page.valid_handle(m.group(1)) == handle:
        name = clean_title(m.group(2))
    return name


# the tabs and sections of a profile a title names beside the handle ('login - Overview')
_TAB_WORDS = re.compile(
    r"(?i)overview|repositories|projects|packages|stars|followers|following|posts|videos|"
    r"photos|reels|tweets|media|likes|home|profile|channel|about|timeline|activity|"
    r"playlists|shorts|community|boards|pins|feed|user|account")
_TITLE_PARTS = re.compile(r"\s+[|•·/–—:\-]\s+|\s*[|•·–—]\s*")


def _handle_template(page: GenericPage, title: str, name: str, handle: str) -> bool:
    """Whether a title is only the handle with a tab's or the site's word ('login -
    Overview', 'login · GitHub' of a user with no name): every account's page gets it, so it
    says no name. A title with a slot for the name ('Name (@name)') keeps it, equal or not,
    and so does a title that is the bare name (Telegram's og:title 'BotFather')."""
    if re.search(r"\(@[\w.\-]{1,60}\)", title):
        return False
    # the handle as the site writes it: '@name', Reddit's 'u/name'
    parts = [re.sub(r"^(?:@|/?u/)", "", p.strip()) for p in _TITLE_PARTS.split(name) if p.strip()]
    if len(parts) == 1 and title.strip() == name.strip():
        return False  # the bare title: the name itself
    if not any(page.valid_handle(p) == handle for p in parts):
        return False
    return all(page.valid_handle(p) == handle or _TAB_WORDS.fullmatch(p) for p in parts)


# a description that is only the account's label ('u/name:', '@name -'): a template whose
# text the user left empty (new Reddit's 'u/name: <the profile's description>')
_NAME_LABEL = re.compile(r"(?:u/|@)?([\w.\-]{1,60})\s*[:|\-\u2013\u2014]?")


def _own_names(page: GenericPage, out: LayerRead) -> set[str]:
    """The handles a page is known by so far (its read handle, its identity, its URL's)."""
    names = {out.handle, page_identity(page)}
    if page.url:
        names.add(page.valid_handle(page.platform_handle_from_url(page.url) or ""))
    return {n for n in names if n}


# an Open Graph app's own count properties (Pinterest's pinterestapp:followers of 2012-2017,
# and their like in other apps' namespaces): a plain number under a name that says the count
_APP_COUNT = re.compile(
    r"^[a-z]\w{1,30}:(?:(?P<followers>followers?|followers?_count|subscribers?|fans)|"
    r"(?P<following>following|follows|friends|followees)|"
    r"(?P<posts>pins|posts|statuses|tweets|videos|uploads|notes))$", re.I)


# ... and its id of the profile (Misskey's misskey:user-id, Instagram's instapp:owner_user_id)
_APP_ID_META = re.compile(r"^[a-z]\w{1,30}:(?:owner_)?user[-_]?id$", re.I)


def _app_count_metas(page: GenericPage, out: LayerRead) -> None:
    for node in page.selector.xpath("//meta[@property or @name]")[:300]:
        name = (node.attrib.get("property") or node.attrib.get("name") or "").strip()
        if name.lower().startswith(("og:", "twitter:", "al:", "fb:")):
            continue
        m = _APP_COUNT.match(name)
        value = (node.attrib.get("content") or "").strip().replace(",", "")
        if m and value.isdigit():
            out.put(next(k for k, v in m.groupdict().items() if v), int(value), "meta")
        elif _APP_ID_META.match(name) and re.fullmatch(r"[\w-]{1,40}", value):
            out.put("platform_id", value, "meta")


def _platform_template(name: str, page: GenericPage) -> bool:
    """Whether a title is the platform's own template around a handle ('Telegram: Contact
    @name', 'Telegram: View @name'), which every name, taken or not, gets: no profile's name."""
    m = re.match(r"\s*([^:|]{2,30}?)\s*:\s*(?:\w+\s+){0,3}@[\w.\-]{1,64}\s*$", name)
    return bool(m) and m.group(1).casefold() in (page.platform.title.casefold(),
                                                  page.platform.name.casefold())


def _metas(page: GenericPage, *names: str) -> list[str]:
    """Every non-empty content of these meta tags, in the order of ``names``."""
    out = []
    for name in names:
        lit = f"'{name}'"
        for got in page.selector.xpath(
            f"//meta[@property={lit} or @name={lit} or @itemprop={lit}]/@content"
        ).getall()[:2]:
            if got and got.strip() and html.unescape(got).strip() not in out:
                out.append(html.unescape(got).strip())
    return out


_APP_ID = re.compile(r"^[a-z][\w+.-]*://(?:[\w.-]+/)*?(?:page|profile|user|channel|group)s?"
                     r"(?:/|\?(?:user_?)?id=)(\d{3,20})(?:[/?#]|$)", re.I)


def _app_link_id(page: GenericPage) -> str | None:
    """The profile's numeric id an App Links deep link carries (``al:android:url`` =
    ``fb://profile/<id>``, ``twitter://user?id=<id>``); web URLs are not read here."""
    for url in page.selector.xpath("//meta[starts-with(@property, 'al:') and "
                                   "substring(@property, string-length(@property) - 3) = ':url']"
                                   "/@content").getall()[:6]:
        if url.startswith(("http://", "https://")):
            continue
        m = _APP_ID.match(html.unescape(url).strip())
        if m:
            return m.group(1)
    return None


# a feed of the profile's own posts that names the account by its number (X's 2007-2010 heads:
# <link rel="alternate" type="application/rss+xml" href="http://twitter.com/statuses/
# user_timeline/14610162.rss">; /users/<id>/feed, /user/<id>.atom elsewhere)
_FEED_ID = re.compile(r"(?i)/(?:statuses/)?user_timeline/(\d{3,20})\.(?:rss|atom|xml|json)$|"
                      r"/(?:users?|profiles?)/(\d{3,20})(?:\.(?:rss|atom)|/(?:feed|rss|atom)"
                      r"(?:\.(?:xml|rss|atom))?)$")


def _feed_id(page: GenericPage) -> str | None:
    """The profile's numeric id its head's feed links (``<link rel="alternate"
    type="application/rss+xml">`` on the platform's own host) carry, when they all name one."""
    ids = set()
    for href in page.selector.xpath(
            "//head/link[@rel='alternate'][contains(@type, 'rss') or contains(@type, 'atom')]"
            "/@href").getall()[:6]:
        url = page.absolute(href)
        if not page.is_own_url(url):
            continue
        m = _FEED_ID.search(urlsplit(url).path)
        if m:
            ids.add(m.group(1) or m.group(2))
    return ids.pop() if len(ids) == 1 else None


# ---------------------------------------------------------------------------- rendered DOM


def _dom_layer(page: GenericPage, out: LayerRead, handle: str | None = None) -> None:
    sel = page.selector
    name_box = sel.css('[data-testid="UserName"]')
    if name_box:
        texts = [t.strip() for t in name_box.xpath(".//text()").getall() if t.strip()]
        if texts:
            out.put("display_name", texts[0], "dom")
        # the header's badge only: tweets on the page carry their authors' badges
        badge = name_box.css('[aria-label="Verified account"], [data-testid="icon-verified"]')
        out.put("verified", bool(badge), "dom")
    desc = sel.css('[data-testid="UserDescription"]')
    if desc:
        text = " ".join(t.strip() for t in desc.xpath(".//text()").getall() if t.strip())
        out.put("bio", V.clean_text(text) or None, "dom")
    for link in sel.css('[data-testid="UserUrl"]'):
        href = link.xpath("./@href").get() or ""
        text = "".join(link.xpath(".//text()").getall()).strip()
        target = V.to_url(text.strip("…")) if text else None
        if target:
            out.put("external_links", (target,), "dom")
        elif href and not href.startswith("/"):
            got = V.to_url(href)
            if got and not re.match(r"(?i)^https?://t\.co/", got):
                out.put("external_links", (got,), "dom")
    # TikTok's rendered profile (data-e2e attributes) and YouTube's (Polymer ids)
    for css, fname, kind in (
        ('[data-e2e="user-subtitle"]', "display_name", "text"),
        ('[data-e2e="user-bio"]', "bio", "text"),
        ('[data-e2e="followers-count"]', "followers", "count"),
        ('[data-e2e="following-count"]', "following", "count"),
        ('[data-e2e="user-link"]', "external_links", "link"),
        ("ytd-channel-name #text", "display_name", "text"),
        ("#subscriber-count", "followers", "count"),
        ("#videos-count", "posts", "count"),
    ):
        for node in sel.css(css)[:1]:
            text = " ".join(t.strip() for t in node.xpath(".//text()").getall() if t.strip())
            if kind == "count":
                out.put(fname, V.parse_count(text), "dom")
            elif kind == "link":
                got = V.to_url(text) or V.to_url(V.unwrap_query(node.xpath("./@href").get() or "",
                                                                "target"))
                if got:
                    out.put(fname, (got,), "dom")
            elif text:
                out.put(fname, V.clean_text(text), "dom")
    for suffix, fname in (("/verified_followers", "followers"), ("/followers", "followers"),
                          ("/following", "following")):
        for a in sel.css(f'a[href$="{suffix}"]')[:1]:
            text = " ".join(a.xpath(".//text()").getall())
            count = V.parse_count(text)
            if count is not None:
                out.put(fname, count, "dom")
    _rel_me_links(page, out)
    _labelled_links(page, out)
    _private_notice(page, out)
    _dom_name(page, out)
    _dom_bio_and_avatar(page, out)
    _data_attributes(page, out, handle)
    _dom_counters(page, out)


# the name a rendered profile header marks as such, by its class: LinkedIn's
# 'org-top-card-primary-content__title' and 'top-card-layout__title', 'pv-top-card-section__name',
# 'ProfileHeaderCard-name', 'channel-name', 'profile-name', 'fullname' (a page saved without
# its head has no title or meta to name it)
_NAME_CLASS = re.compile(
    r"(?i)(?:^|\s)(?:[\w-]*(?:profile|top-?card|channel|account|org|person|author)[\w-]*?"
    r"(?:__|-|_)(?:display-?|primary-?|full-?)?(?:name|title)(?:-?link|-?text)?"
    r"|full-?name|display-?name)(?:$|\s)")


def _dom_name(page: GenericPage, out: LayerRead) -> None:
    """The display name a profile header marks by its class (an ``h1`` first, else an ``h2``,
    ``h3``, ``span``, ``a``, ``strong`` or ``div`` outside any list: a list holds other accounts,
    'people also viewed'), one short line of text, when the head and the state gave none."""
    if "display_name" in out.values:
        return
    marked = [node for node in page.selector.xpath(
        "//body//*[self::h1 or self::h2 or self::h3 or self::span or self::a or self::div"
        " or self::strong][@class][not(ancestor::footer or ancestor::nav)]")[:4000]
        if _NAME_CLASS.search(node.attrib.get("class") or "")]
    for node in [n for n in marked if n.root.tag == "h1"] + \
            [n for n in marked if n.root.tag != "h1" and not n.xpath("ancestor::li")]:
        text = " ".join(" ".join(V.visible_texts(node)).split())
        if 0 < len(text) <= 80 and not text.startswith("@"):
            out.put("display_name", V.clean_text(text), "dom")
            return


_NAME_ATTRS = ("data-screen-name", "data-username", "data-user-name", "data-unique-id",
               "data-handle", "data-login")
_ID_ATTRS = ("data-user-id", "data-userid", "data-user-id-str", "data-owner-id", "data-profile-id",
             "data-channel-id", "data-id")


def _data_attributes(page: GenericPage, out: LayerRead, handle: str | None) -> None:
    """The id and name an element's data attributes give the page's own account
    (``data-screen-name="<handle>" data-user-id="<id>" data-name="<name>"``, X's pages of
    2012-2019 and many others) and whether it is protected (``data-protected``): only an
    element naming the page's handle counts, since a timeline's items carry their authors'
    attributes too."""
    if not handle:
        return
    test = " or ".join(f"@{a}" for a in _NAME_ATTRS)
    for element in page.selector.xpath(f"//*[{test}]")[:400]:
        names = [element.attrib.get(a) for a in _NAME_ATTRS if element.attrib.get(a)]
        if not any(page.valid_handle(n) == handle for n in names):
            continue
        for attr in _ID_ATTRS:
            value = (element.attrib.get(attr) or "").strip()
            if re.fullmatch(r"[\w-]{1,40}", value):
                out.put("platform_id", value, "dom")
                break
        name = (element.attrib.get("data-name") or "").strip()
        if name:
            out.put("display_name", html.unescape(name), "dom")
        for attr in _PRIVATE_ATTRS:  # X's follow button of 2012-2020: data-protected="false"
            raw = (element.attrib.get(attr) or "").strip()
            flag = V.to_bool(raw) if raw else None
            if flag is not None:
                out.put("is_private", flag, "dom")
                break
        if "platform_id" in out.values and "is_private" in out.values:
            return


_PRIVATE_ATTRS = ("data-protected", "data-is-private", "data-private", "data-locked")


_BIO_CLASS = ("contains(translate(@class, 'BIO', 'bio'), 'bio') or @itemprop='description'"
              " or contains(concat(' ', @class, ' '), ' p-note ')")


def _dom_bio_and_avatar(page: GenericPage, out: LayerRead) -> None:
    """The bio and avatar a rendered page marks as such (an element whose class names a bio:
    ``ProfileHeaderCard-bio``, ``user-bio``, hCard's ``p-note``; an ``img`` whose class names
    an avatar), when the head gave none: the last resort after state, JSON-LD and meta."""
    sel = page.selector
    if "bio" not in out.values:
        for node in sel.xpath(f"//body//*[{_BIO_CLASS}]")[:20]:
            cls = (node.attrib.get("class") or "").lower()
            if node.attrib.get("itemprop") != "description" and "p-note" not in cls and not \
                    re.search(r"(?:^|[\s_-])bio(?:graphy)?(?:$|[\s_-])", cls):
                continue  # 'biometric', 'bionic': not a bio
            text = " ".join(" ".join(V.visible_texts(node)).split())
            if 0 < len(text) <= 2000:
                out.put("bio", V.clean_text(text), "dom")
                break
    if "bio" not in out.values:
        _section_bio(page, out)
    if "avatar_url" not in out.values:
        for src in sel.xpath("//body//img[contains(translate(@class, 'AVATR', 'avatr'), "
                             "'avatar')]/@src").getall()[:1]:
            url = V.to_url(page.absolute(src))
            if url:
                out.put("avatar_url", url, "dom")


# a profile page's own "About" / "Summary" section (LinkedIn's public profiles of 2013-2016,
# 'Jane Roe's Summary'): a section named so by its id or class, its heading that word, its text
# the bio; in the UI languages seen
_SECTION_NAME = ("[contains(concat(' ', translate(@id, 'ABOUTSMRYIG-_', 'aboutsmryig  '), ' '),"
                 " ' summary ') or contains(concat(' ', translate(@id, 'ABOUTSMRYIG-_',"
                 " 'aboutsmryig  '), ' '), ' about ') or contains(concat(' ', translate(@class,"
                 " 'ABOUTSMRYIG-_', 'aboutsmryig  '), ' '), ' summary ') or contains(concat(' ',"
                 " translate(@class, 'ABOUTSMRYIG-_', 'aboutsmryig  '), ' '), ' about ')]")
_SECTION_HEADING = re.compile(
    r"(?i)^(?:.{1,80}['’]s\s+)?(?:summary|about(?: me| us)?|bio(?:graphy)?|über mich|über uns|"
    r"à propos|acerca de(?: mí)?|sobre(?: mí| nós)?|informazioni|o mnie|обо мне|о себе)\s*:?$")


def _section_bio(page: GenericPage, out: LayerRead) -> None:
    """The bio a page's "About" / "Summary" section holds: the section's text after its heading
    (h2-h4 or a header block whose text is the section's name), when nothing marked a bio."""
    query = (f"//body//*[self::section or self::div or self::article]{_SECTION_NAME}"
             "[not(ancestor::footer or ancestor::nav)]")
    for node in page.selector.xpath(query)[:10]:
        heads = node.xpath("(.//h1|.//h2|.//h3|.//h4|.//h5|.//header)[1]")
        if not heads:
            continue
        head = " ".join(" ".join(heads[0].xpath(".//text()").getall()).split())
        if not _SECTION_HEADING.match(head):
            continue
        body = " ".join(" ".join(V.visible_texts(node)).split())
        text = body[len(head):].strip() if body.startswith(head) else ""
        text = _without_facts(node, text)
        linked = len("".join("".join(node.xpath(".//a//text()[not(ancestor::dl)]")
                                     .getall()).split()))
        if linked * 2 > len("".join(text.split())):
            continue  # a site's "About" column of links (Careers, Press, Blog), not a bio
        if 20 <= len(text) <= 2600:
            out.put("bio", V.clean_text(text), "dom")
            return
    _headed_section_bio(page, out)


def _without_facts(node: Any, text: str) -> str:
    """A section's text without its list of labelled facts (a <dl> of 'Website', 'Industry',
    'Company size', 'Founded' rows after a company's description): the rows are fields, not
    the bio. The text as it is when the section has no such list, or nothing before it."""
    facts = [" ".join(" ".join(dl.xpath(".//text()").getall()).split())
             for dl in node.xpath(".//dl")[:5]]
    for fact in facts:
        if fact and fact in text:
            cut = text.replace(fact, " ")
            text = " ".join(cut.split()) if len(cut.strip()) >= 20 else text
    return text


# text a screen reader gets in place of what is shown (a heading or line written twice, once
# aria-hidden for the eye, once 'visually-hidden' / 'sr-only' for the ear): read once
_SCREEN_READER_ONLY = (
    "[not(ancestor-or-self::*[contains(concat(' ', normalize-space(@class), ' '), "
    "' visually-hidden ') or contains(concat(' ', normalize-space(@class), ' '), ' sr-only ')"
    "])]")


def _headed_section_bio(page: GenericPage, out: LayerRead) -> None:
    """A section no id or class names whose own first heading is 'About' / 'Summary' (a
    profile's card of 2020s markup, its heading written for the eye and again for a screen
    reader): the text after that heading, each line once, no button's label."""
    for node in page.selector.xpath("//body//section[not(ancestor::footer or ancestor::nav)]")[:40]:
        heads = node.xpath("(.//h1|.//h2|.//h3|.//h4|.//h5)[1]")
        head = " ".join(" ".join(heads[0].xpath(".//text()" + _SCREEN_READER_ONLY).getall())
                        .split()) if heads else ""
        if not head or not _SECTION_HEADING.match(head):
            continue
        texts = node.xpath(".//text()[normalize-space()][not(ancestor::script or ancestor::style "
                           "or ancestor::button or ancestor::h1 or ancestor::h2 or ancestor::h3 "
                           "or ancestor::h4 or ancestor::h5 or ancestor::dl)]"
                           + _SCREEN_READER_ONLY).getall()
        text = " ".join(" ".join(texts).split())
        linked = len("".join("".join(node.xpath(".//a//text()[not(ancestor::dl)]")
                                     .getall()).split()))
        if linked * 2 <= len("".join(text.split())) and 20 <= len(text) <= 2600:
            out.put("bio", V.clean_text(text), "dom")
            return


# the label of a profile's website row in the UI languages seen ('Websites', 'Website:',
# 'Site web', 'Sitio web', 'Webseite', 'Sito web', 'Site', 'Homepage', 'ウェブサイト', ...)
_WEBSITE_LABEL = re.compile(
    r"(?i)^\s*(?:web\s?sites?|homepage|home page|site web|sites web|sitio web|sitios web|"
    r"webseiten?|sito web|siti web|site|website da empresa|witryna|strona (?:www|internetowa)|"
    r"веб-сайт|сайт|ウェブサイト|网站|網站|웹사이트|web sitesi|situs web|trang web|موقع الويب)"
    r"\s*:?\s*$"
)


# the notice a private or protected profile shows in place of its posts, in the UI languages seen
_PRIVATE_NOTICE = re.compile(
    r"(?i)^\s*(?:this account is private|this profile is private|dieses konto ist privat|"
    r"esta cuenta es privada|ce compte est priv[ée]|questo account [èe] privato|"
    r"esta conta [ée] privada|deze account is priv[ée]|bu hesap gizli|"
    r"это закрытый аккаунт|この(?:アカウント)?は非公開(?:アカウント)?です|"
    r"(?:these|this account.s|@?\w+.s) (?:posts|tweets) are protected|"
    r"this user.s (?:posts|tweets) are protected)\.?\s*$"
)


_BADGE = ("contains(translate(@class, 'VERIFD', 'verifd'), 'verified') and not("
          "contains(translate(@class, 'UNOT', 'unot'), 'unverified') or "
          "contains(translate(@class, 'UNOT', 'unot'), 'not-verified'))"
          " or @aria-label='Verified' or @aria-label='Verified account' or @title='Verified'"
          " or @title='Verified account' or @data-testid='icon-verified'")


def _name_badge(page: GenericPage, out: LayerRead) -> None:
    """A verified badge drawn beside the profile's own name (an icon whose class, label or
    title says 'verified' inside the element that shows the display name: Telegram's
    ``<i class="verified-icon">`` in its title, a 'Verified account' icon after an h1); a badge
    elsewhere on the page (a post's author, a suggested account) is not the profile's."""
    if "verified" in out.values:
        return
    name = out.values.get("display_name")
    if not isinstance(name, str) or not name.strip() or len(name) > 200:
        return
    lit = V.xpath_literal(name.strip())
    holders = page.selector.xpath(
        f"//body//*[normalize-space(text())={lit} or normalize-space(.)={lit}]"
        "[not(self::script or self::style or self::title)]")[:5]
    titled = False
    for holder in holders:
        # the name's element, its parent and the wrap around the title line (Telegram keeps
        # its labels beside the title), while they hold little more than the name
        box = [b for b in holder.xpath("ancestor-or-self::*[position() <= 3]")
               if b.root.tag not in ("body", "html")
               and _text_upto(b, max(120, 2 * len(name))) is not None]
        if any(b.xpath(f".//*[{_BADGE}]") for b in box):
            out.put("verified", True, "dom")
            return
        titled = titled or any(
            b.root.tag in ("h1", "h2") or re.search(r"(?i)title|name", b.attrib.get("class", ""))
            for b in box)
    if titled:
        # the page draws the profile's name as its title and no badge beside it: not verified
        # (read from an absence: it proves nothing about whose page it is)
        out.put("verified", False, "absent")


_BIO_URL = re.compile(r"(?i)\bhttps?://[^\s<>\"')\]]{3,300}")


def _bio_links(page: GenericPage, out: LayerRead) -> None:
    """An outside address written in the bio (a Telegram channel's site in its description,
    a profile whose only link is in its text) when no layer gave a link: the profile's own
    pages and link shorteners of the platform (t.co) are no outside link."""
    if out.values.get("external_links"):
        return
    bio = out.values.get("bio")
    if not isinstance(bio, str):
        return
    links = []
    start = " ".join(bio.split())[:24]
    for box in page.selector.xpath(
            "//body//*[contains(translate(@class, 'DESCRIPTONBA', 'descriptonba'), 'description') "
            "or contains(translate(@class, 'BIO', 'bio'), 'bio') or "
            "contains(translate(@class, 'ABOUT', 'about'), 'about')]")[:30]:
        text = _text_head(box, len(start))
        if len(start) >= 8 and text.startswith(start):
            # the bio's own element: its links are the profile's ('<a href="http://site/">')
            links.extend(html.unescape(h) for h in box.xpath(".//a/@href").getall()[:10])
            break
    found: list[str] = []
    for raw in [*links, *_BIO_URL.findall(bio[:10_000])[:10]]:
        url = V.to_url(raw.rstrip(".,;:!?"))
        if url and not page.is_own_url(url) and not re.match(r"(?i)^https?://t\.co/", url):
            found.append(url)
    if not found:
        found = _named_site_links(page, bio)
    out.put("external_links", V.dedupe(found), out.layers.get("bio", "meta"))


# a site the bio names without a scheme ('... Holidays in Ruritania (www.ruritania.example) ...')
_BARE_SITE = re.compile(
    r"(?i)(?<![\w@./-])www\.((?:[a-z0-9-]{1,63}\.){1,4}[a-z]{2,24})(?![\w.-]*@)")


def _named_site_links(page: GenericPage, bio: str) -> list[str]:
    """The links to a site the bio names by its bare address ('www.site.example'): the page's
    own anchors to that host (through the platform's link-out wrapper too) give its full
    address ('http://www.site.example/uk', a Facebook page's info column of 2017, whose
    website row has an icon and no label); else the address named."""
    hosts = [m.group(1).casefold() for m in _BARE_SITE.finditer(bio[:2_000])][:3]
    if not hosts:
        return []
    found: list[str] = []
    for href in page.selector.xpath("//body//a/@href").getall()[:5_000]:
        href = html.unescape(href).strip()
        target = H.unwrap_link_out(page.absolute(href), _own_host(page)) if href else None
        target = target or (V.to_url(href) if href.startswith(("http://", "https://")) else None)
        host = (urlsplit(target).hostname or "").casefold().removeprefix("www.") if target else ""
        if target and host in hosts and not page.is_own_url(target):
            found.append(target)
            if len(found) >= 3:
                break
    return found or [f"http://www.{host}" for host in hosts
                     if not page.is_own_url(f"http://www.{host}")]


def _private_notice(page: GenericPage, out: LayerRead) -> None:
    """A private profile's notice ('This Account is Private', 'These posts are protected'),
    when nothing earlier said whether the profile is private."""
    if "is_private" in out.values:
        return
    seen = 0
    for element in _body_text_elements(page, _NOTICE_TAGS, 5000, leaves=True):
        for text in element.xpath("./text()").getall():
            if len(text) < 60 and _PRIVATE_NOTICE.match(text):
                out.put("is_private", True, "dom")
                return
            seen += 1
        if seen >= 5000:
            return


_NOTICE_TAGS = frozenset({"h1", "h2", "h3", "span", "div", "p"})


def _own_text(element: Any) -> str:
    """An element's own text (its text and its children's tails, as ``./text()``), read from
    the lxml node directly: a page of 20,000 elements costs one pass, not 20,000 queries."""
    root = getattr(element, "root", None)
    if root is None or not hasattr(root, "text"):
        return " ".join(" ".join(element.xpath("./text()").getall()).split())
    parts = [root.text or ""]
    parts.extend(child.tail or "" for child in root)
    return " ".join(" ".join(parts).split())


def _body_text_elements(page: GenericPage, tags: frozenset[str] | None = None,
                        limit: int | None = None, leaves: bool = False) -> Iterator[Any]:
    """The elements under <body> that have text of their own (a text node that is not blank),
    in page order, at most ``limit``: as the XPath ``//body//*[text()[normalize-space()]]``
    (``tags``: of those names only; else any but script, style, noscript and template;
    ``leaves``: with no child element), walked on the lxml tree and stopped at ``limit``, so a
    page of 200,000 elements costs the first ``limit`` of them, not a list of all."""
    limit = MAX_TEXT_NODES if limit is None else limit
    root = getattr(page.selector, "root", None)
    body = root.find("body") if root is not None and hasattr(root, "find") else None
    if body is None:
        kinds = (" or ".join(f"self::{t}" for t in sorted(tags)) if tags else
                 " or ".join(f"self::{t}" for t in sorted(_NO_TEXT_TAGS)).join(("not(", ")")))
        query = f"//body//*[{kinds}]{'[not(*)]' if leaves else ''}[text()[normalize-space()]]"
        yield from page.selector.xpath(query)[:limit]
        return
    count = 0
    for node in body.iterdescendants():
        tag = node.tag
        if not isinstance(tag, str):
            continue  # a comment or processing instruction
        if tags is not None and tag not in tags or tags is None and tag in _NO_TEXT_TAGS:
            continue
        children = [c for c in node if isinstance(c.tag, str)] if leaves else ()
        if children:
            continue
        if not ((node.text or "").strip() or any((c.tail or "").strip() for c in node)):
            continue
        yield page.selector.__class__(root=node, _expr="//body//*")
        count += 1
        if count >= limit:
            return


_NO_TEXT_TAGS = frozenset({"script", "style", "noscript", "template"})


def _text_upto(element: Any, limit: int) -> str | None:
    """An element's text, its pieces joined and its whitespace folded (as ``" ".join(" ".join(
    element.xpath(".//text()").getall()).split())``), or None once it is longer than
    ``limit``: read from the lxml node piece by piece, so a page-wide container costs ``limit``
    characters, not the whole page (a climb from each of 20,000 list items to their list was
    quadratic)."""
    head = _text_head(element, limit + 1)
    return head if len(head) <= limit else None


def _text_head(element: Any, size: int) -> str:
    """The first ``size`` characters of an element's folded text (``_text_upto``), reading no
    further than it needs."""
    root = getattr(element, "root", None)
    if root is None or not hasattr(root, "itertext"):
        return " ".join(" ".join(element.xpath(".//text()").getall()).split())[:size]
    words: list[str] = []
    length = -1
    for piece in root.itertext():
        for word in piece.split():
            words.append(word)
            length += len(word) + 1
            if length >= size:
                return " ".join(words)[:size]
    return " ".join(words)


_LABEL_TAGS = frozenset({"span", "div", "dt", "th", "td", "h2", "h3", "h4", "label", "strong",
                         "b", "p"})


def _labelled_links(page: GenericPage, out: LayerRead) -> None:
    """Links in the row a page labels as the profile's website (an about page's table row
    'Websites | https://...', a ``<dt>Website</dt><dd>...``): mobile and about pages that
    have no Open Graph say the site only there. A platform's link-out wrapper is unwrapped;
    the platform's own pages are no outside link."""
    links: list[str] = []
    for label in _body_text_elements(page, _LABEL_TAGS):
        own = _own_text(label)
        if len(own) > 30 or not _WEBSITE_LABEL.match(own):
            continue
        row = (label.xpath("ancestor::tr[1]")
               or label.xpath("ancestor-or-self::dt[1]/following-sibling::dd[1]")
               or label.xpath("following-sibling::*[1]")
               or label.xpath("../following-sibling::*[1]"))
        for node in row[:1]:
            for anchor in node.xpath("descendant-or-self::a")[:10]:
                href = html.unescape(anchor.attrib.get("href") or "").strip()
                text = " ".join("".join(anchor.xpath(".//text()").getall()).split())
                target = H.unwrap_link_out(page.absolute(href), _own_host(page)) if href else None
                if target is None and href and not href.startswith(("/", "#")):
                    target = V.to_url(href)
                if (target is None or page.is_own_url(target)) and text:
                    target = V.to_url(text)
                if target and not page.is_own_url(target) and not _SHORTENER.match(target):
                    links.append(target)
        if len(links) >= 10:
            break
    if links:
        out.put("external_links", V.dedupe(links), "dom")


def _rel_me_links(page: GenericPage, out: LayerRead) -> None:
    """Links the profile marks as its own (``rel="me"``, the IndieWeb convention Mastodon,
    GitHub and others render): outside sites, not the platform's own pages."""
    links = []
    for anchor in page.selector.xpath("//a[contains(concat(' ', normalize-space(@rel), ' '),"
                                      " ' me ')]")[:20]:
        # a shortened href (t.co) carries the address it stands for in its title or
        # data-expanded-url, as X's pages of 2014-2019 did
        for raw in (anchor.attrib.get("data-expanded-url"), anchor.attrib.get("title"),
                    anchor.attrib.get("href")):
            url = V.to_url(page.absolute(raw)) if raw and raw.strip() else None
            if url and not page.is_own_url(url) and not _SHORTENER.match(url):
                links.append(url)
                break
    if links:
        out.put("external_links", V.dedupe(links), "dom")


_SHORTENER = re.compile(r"(?i)^https?://(?:t\.co|lnkd\.in|fb\.me|youtu\.be|tinyurl\.com|bit\.ly|"
                        r"ow\.ly|buff\.ly)/")
MAX_TEXT_NODES = 20_000


# a counter's element named by its class ('yt-subscription-button-subscriber-count-branded',
# 'followers-count', 'stat-count-following'), its text a bare number ('846,509', '12.5K')
_COUNT_CLASSES = (
    ("followers", re.compile(r"(?i)(?:subscriber|follower|fan|member)s?[-_]?count|"
                             r"count[-_](?:subscriber|follower|fan|member)s?\b")),
    ("following", re.compile(r"(?i)(?:following|friends?|followee)s?[-_]?count|"
                             r"count[-_](?:following|friends?)\b")),
    ("posts", re.compile(r"(?i)(?:post|tweet|video|pin|status|statuse|upload)s?[-_]?count|"
                         r"count[-_](?:post|tweet|video|pin|status)e?s?\b")),
)
_BARE_COUNT = re.compile(r"^\s*\d[\d.,\s\u00a0\u202f]{0,14}[KkMm]?\s*$")
MAX_CLASSED = 400  # elements with a counter-like class looked at per page


def _classed_counters(page: GenericPage, out: LayerRead, want: set[str]) -> None:
    """Bare numbers in elements whose class names the counter (the first of each, in page
    order: the profile's header comes before any list of other accounts)."""
    for element in page.selector.xpath("//body//*[contains(@class, 'ount')]")[:MAX_CLASSED]:
        cls = element.attrib.get("class", "")
        field_name = next((f for f, rx in _COUNT_CLASSES if f in want and rx.search(cls)), None)
        if field_name is None:
            continue
        text = _text_upto(element, 40) or ""  # a bare count is short
        for value in (text, element.attrib.get("title") or ""):
            if _BARE_COUNT.match(value):
                count = V.parse_count(value)
                if count is not None:
                    out.put(field_name, count, "dom")
                    want.discard(field_name)
                    break
        if not want:
            return


def _dom_counters(page: GenericPage, out: LayerRead) -> None:
    """Counters the rendered page shows as text ('2 805 members', '<span>109K</span>
    <span>subscribers</span>', 'Followers 12'), first of each, for the counts nothing else
    gave: the profile's header comes before any list of other accounts."""
    want = {f for f in ("followers", "following", "posts") if f not in out.values}
    if not want:
        return
    # a counter spelled out for screen readers or tooltips: title="78 Tweets", aria-label
    for label in page.selector.xpath("//body//*[@title or @aria-label]")[:3000]:
        for attr in ("title", "aria-label"):
            text = label.attrib.get(attr) or ""
            hit = H.exact_counter(text) if 0 < len(text) <= 60 else None
            if hit is not None and hit[0] in want:
                out.put(hit[0], hit[1], "dom")
                want.discard(hit[0])
        if not want:
            return
    _classed_counters(page, out, want)
    if not want:
        return
    for element in _body_text_elements(page):
        own = _own_text(element)
        if len(own) > 80 or not H.COUNTER_WORD.search(own):
            continue
        hit = None
        up = element
        for _ in range(3):  # the counter's word and number may sit in sibling elements
            joined = _text_upto(up, 60)
            if joined is None:
                break
            hit = H.exact_counter(joined)
            if hit is None:
                # counters listed in one line ('56 054 members, 12 326 online': Telegram's
                # groups): each segment after a word, not inside a number ('1,234')
                for part in re.split(r"(?<=[^\d\s])\s*[,·•|]\s+", joined)[:4]:
                    hit = H.exact_counter(part.strip())
                    if hit is not None:
                        break
            if hit is not None:
                break
            parent = up.xpath("..")
            if not parent:
                break
            up = parent[0]
        if hit is not None and hit[0] in want:
            out.put(hit[0], hit[1], "dom")
            want.discard(hit[0])
            if not want:
                return
