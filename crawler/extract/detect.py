"""Which platform a saved answer is from, for ``brandsweep extract auto FILE``.

Cheap evidence, strongest first: the URL it came from (given, or recorded in a cassette), the
page's own URLs (og:url, canonical, app links), the platform hosts the body mentions most, and
the key vocabulary of an API answer (``screen_name``, ``youtube#channel``, ``edge_followed_by``).
None when nothing says.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping
from urllib.parse import urlsplit

from crawler.catalog import Catalog
from crawler.extract.captures import Recorded, recorded_answers
from crawler.extract.decode import unarchived_url
from crawler.extract.values import loads_yaml_mapping

_OWN_URL = re.compile(
    r"""<(?:meta[^>]+(?:property|name)=["'](?:og:url|twitter:url|al:[\w:]+url)["'][^>]*content"""
    r"""|link[^>]+rel=["']canonical["'][^>]*href)=["']([^"']+)["']""",
    re.I,
)
_ANY_URL = re.compile(r"https?:(?://|\\/\\/)(?:www\.|m\.|mobile\.)?([a-z0-9.-]+\.[a-z]{2,})", re.I)

# an API answer's own words: (regex on the first 64 KB, platform)
_JSON_HINTS: tuple[tuple[str, str], ...] = (
    (r'"kind"\s*:\s*"youtube#|"channelMetadataRenderer"|"ytInitialData"', "youtube"),
    # the Data API's error answer names its service in each error's domain ('youtube.channel')
    (r'"errors"\s*:\s*\[\s*\{[^\]]{0,300}?"domain"\s*:\s*"youtube\.\w', "youtube"),
    # an InnerTube answer (YouTube, YouTube Music's WEB_REMIX client) opens with its context
    (r'^\{\s*"responseContext"\s*:|"clientName"\s*:\s*"WEB_REMIX"|"musicImmersiveHeaderRenderer"',
     "youtube"),
    (r'"screen_name"\s*:|"public_metrics"\s*:|"is_blue_verified"|"UserUnavailable"|'
     r'"pinned_tweet_id"|api\.twitter\.com/2/', "x"),
    # the Threads web app's GraphQL answer about a user (Instagram's keys, Threads' envelope)
    (r'^\{\s*"data"\s*:\s*\{\s*"userData"\s*:', "threads"),
    # the Threads API (graph.threads.net, 2024-): its own field names, its profile_lookup's
    # counts, its exception type
    (r'"threads_(?:biography|profile_picture_url)"\s*:|"THApiException"|graph\.threads\.net|'
     r'"quotes_count"\s*:(?=.*"reposts_count"\s*:)', "threads"),
    (r'"edge_followed_by"|"biography"\s*:|"business_discovery"|"profile_pic_url|'
     r'"profile_picture"\s*:', "instagram"),  # the last: Instagram API v1 (2011-2016)
    (r'"fan_count"\s*:|"verification_status"\s*:|graph\.facebook\.com|"name_format"\s*:',
     "facebook"),
    (r'"acct"\s*:|"statuses_count"\s*:.*"locked"|"preferredUsername"', "mastodon"),
    # Misskey and its forks (Firefish, Sharkey): the fediverse platform's other REST API
    (r'"notesCount"\s*:|"isCat"\s*:', "mastodon"),
    (r'"did"\s*:\s*"did:|app\.bsky\.', "bluesky"),
    # an AT Protocol identity's DID document (plc.directory, did:web): its at:// handle, its PDS
    (r'"alsoKnownAs"\s*:\s*\[\s*"at://|"AtprotoPersonalDataServer"', "bluesky"),
    # the Telegram Bot API's envelope: {"ok": true, "result": ...} or {"ok": false,
    # "error_code": 401, "description": ...} (Slack's says "error", not "error_code")
    (r'^\{\s*"ok"\s*:\s*(?:true\s*,\s*"result"|false\s*,\s*"error_code")\s*:', "telegram"),
    (r'"kind"\s*:\s*"t2"|"USER_DOESNT_EXIST"|"t5_', "reddit"),
    (r'"public_repos"\s*:|api\.github\.com', "github"),
    # API v2 (2008-2012, JSON or YAML): {"user": {..., "public_repo_count": 52}}
    (r'"public_(?:repo|gist)_count"\s*:', "github"),
    # the REST API's error: {"message": "Not Found", "documentation_url": "https://docs..."}
    (r'"documentation_url"\s*:\s*"https?:(?:\\?/){2}(?:developer|docs)\.github\.com', "github"),
    # API v2's localized name objects ({"localized": {"en_US": ...}, "preferredLocale": ...})
    # and its URNs (urn:li:person:..., urn:li:digitalmediaAsset:...)
    (r'"preferredLocale"\s*:|"urn:li:', "linkedin"),
    (r'"uniqueId"\s*:|"secUid"', "tiktok"),
    # TikTok's web state of 2023- (__UNIVERSAL_DATA_FOR_REHYDRATION__), an error's too
    (r'"webapp\.(?:user-detail|app-context)"\s*:', "tiktok"),
    # the AT Protocol's XRPC errors of an account gone (getProfile: 400 AccountTakedown)
    (r'^\{\s*"error"\s*:\s*"Account(?:Takedown|Deactivated|Suspended)"', "bluesky"),
    # X's GraphQL error objects ({"message": ..., "extensions": {"name": "AuthorizationError",
    # "kind": "Permissions"}}): X's own error names
    (r'"name"\s*:\s*"AuthorizationError"(?=.*"kind"\s*:\s*"Permissions")', "x"),
    # TikTok's open API v2 (Login Kit, Display, Research): its error object carries a log_id
    (r'"error"\s*:\s*\{(?=[^{}]*"code"\s*:\s*"[a-z_]+")(?=[^{}]*"log_id"\s*:)', "tiktok"),
    # LinkedIn's REST API (v2 and the versioned /rest): localized names, the vanity name
    (r'"localized(?:Name|FirstName|LastName|Headline)"\s*:|"vanityName"\s*:', "linkedin"),
    (r'"pin_count"\s*:|"website_url"\s*:.*"board_count"', "pinterest"),
    # answers with few words of their own, last: app and error shapes of older generations
    (r'"aweme_count"\s*:|"sec_uid"\s*:|"aweme_list"', "tiktok"),  # the TikTok app API
    (r'"link_karma"\s*:|"comment_karma"\s*:', "reddit"),  # a bare Reddit account object
    # X API v1/v1.1's {"error": ..., "request": "/1/..."}, the '/' escaped or not
    (r'"request"\s*:\s*"\\?/1(?:\.1)?\\?/', "x"),
    (r'"errorCode"\s*:\s*\d+.*"requestId"\s*:', "linkedin"),  # LinkedIn API v1 errors
    (r'"OAuthException"|"fbtrace_id"\s*:', "facebook"),  # Graph API errors
    # Instagram API v1's errors: {"meta": {"error_type": "OAuthAccessTokenException", "code":
    # 400, "error_message": ...}} or, for the rate limit, the same keys without the envelope
    (r'"error_type"\s*:\s*"\w+Exception"(?=.*"error_message"\s*:)', "instagram"),
    # Pinterest API v1's error: the whole answer is {"message": ..., "type": "api"}
    (r'^\{\s*"message"\s*:\s*"[^"]*"\s*,\s*"type"\s*:\s*"api"\s*\}\s*$', "pinterest"),
    # X API v1.1's and v2's error envelope: {"errors": [{"code": 88, "message": "Rate limit
    # exceeded"}]}, an integer code beside the message and nothing else (a GraphQL error has
    # "locations" or "extensions", a REST error elsewhere a single "error" object)
    (r'^\{\s*"errors"\s*:\s*\[\s*\{\s*(?:"code"\s*:\s*\d+\s*,\s*"message"\s*:\s*"[^"]*"|'
     r'"message"\s*:\s*"[^"]*"\s*,\s*"code"\s*:\s*\d+)\s*\}', "x"),
    # X API v2's user envelope with the default fields only: {"data": {"id", "name",
    # "username"}} (Pinterest v1's data has first_name, Twitch's login, Threads' userData)
    (r'^\{\s*"data"\s*:\s*\[?\s*\{(?=[^{}]*"username"\s*:)(?=[^{}]*"name"\s*:)'
     r'(?=[^{}]*"id"\s*:\s*"\d+")(?![^{}]*"first_name")', "x"),
    # a WebFinger answer about an acct: (Mastodon, GNU social, Pleroma, Misskey all answer one)
    (r'^\{\s*"subject"\s*:\s*"acct:', "mastodon"),
    # Instagram's web and app JSON ends every answer with "status": "ok" / "fail"
    (r'"(?:viewer|user|graphql|logging_page_id)"\s*:.*"status"\s*:\s*"(?:ok|fail)"\s*\}\s*$',
     "instagram"),
)


# the API answers of software no catalog platform runs, GitHub-like or not: the body names no
# platform, however many platform links it holds (a profile's website field)
_OTHER_SOFTWARE: tuple[str, ...] = (
    # Gitea, Forgejo (Codeberg) API v1 user: GitHub's 'login' with keys of their own
    r'"login"\s*:.*"(?:starred_repos_count|prohibit_login|login_name)"\s*:',
    r'^\{\s*"(?:message|errors)"\s*:.*"url"\s*:\s*"[^"]*/api/swagger"',  # their errors
    # GitLab API v4 user: username, web_url and an account state
    r'"username"\s*:(?=.*"web_url"\s*:)(?=.*"state"\s*:\s*"(?:active|blocked|deactivated)")',
)


# an XML API answer's own words (the first 16 KB)
_XML_HINTS: tuple[tuple[str, str], ...] = (
    (r"<person>|<public-profile-url>|<first-name>|Could not find person|api\.linkedin\.com",
     "linkedin"),  # LinkedIn API v1 (to 2018) answered XML by default
    (r"<screen_name>|<statuses_count>", "x"),  # the X/Twitter XML API (to 2013)
    # GitHub API v2's XML flavour (2008-2012): <user> with dashed count elements
    (r"<public-(?:repo|gist)-count\b", "github"),
    # an account's RSS feed from a fediverse server on a host of its own: its generator
    (r"<generator>\s*(?:Mastodon|Pleroma|Akkoma|Misskey|GoToSocial|Friendica|Takah)", "mastodon"),
)

# a page's own markup vocabulary, for a saved fragment without its head (no og:url, no
# canonical) whose links name other platforms more than its own: LinkedIn's design system
# ('artdeco-' classes) and its top cards
_HTML_HINTS: tuple[tuple[str, str], ...] = (
    (r'class="[^"]*\b(?:artdeco-[a-z]|org-top-card|pv-top-card)', "linkedin"),
    # TikTok's web state of 2023- (an error page's too: statusCode 10202, 10221)
    (r'<script[^>]+id="__UNIVERSAL_DATA_FOR_REHYDRATION__"[^>]*>\s*\{[^<]{0,2000}?'
     r'"webapp\.(?:app-context|user-detail)"', "tiktok"),
    # a fediverse server's profile page names the account with its server (profile:username
    # 'name@server'), as no single-site platform does
    (r'<meta[^>]+(?:property="profile:username"[^>]+content="@?[\w.-]+@[\w-]+(?:\.[\w-]+)+"|'
     r'content="@?[\w.-]+@[\w-]+(?:\.[\w-]+)+"[^>]+property="profile:username")', "mastodon"),
    # a fediverse server's page on a host of its own: the software it credits in its footer
    # (GNU social, StatusNet, postActiv: 'It runs on <a href=...>postActiv</a>') or names as
    # its generator
    (r'(?i)\bruns on <a [^>]*>\s*(?:GNU social|StatusNet|postActiv)\s*</a>|'
     r'<meta [^>]*name="generator" content="(?:GNU social|StatusNet|postActiv|Pleroma|Akkoma|'
     r'Misskey|Mastodon)\b', "mastodon"),
)


# API hosts that serve no profile page (so the catalog does not list them): the URL a cassette
# recorded names the platform all the same
_API_HOSTS: tuple[tuple[str, str], ...] = (
    ("api.twitter.com", "x"), ("api.x.com", "x"), ("api.github.com", "github"),
    ("graph.facebook.com", "facebook"), ("api.linkedin.com", "linkedin"),
    ("graph.instagram.com", "instagram"), ("i.instagram.com", "instagram"),
    ("api.pinterest.com", "pinterest"), ("oauth.reddit.com", "reddit"),
    ("public.api.bsky.app", "bluesky"), ("bsky.social", "bluesky"),
    ("plc.directory", "bluesky"),  # the AT Protocol's DID directory
    ("api.telegram.org", "telegram"),  # the Bot API (getMe, getChat), main and test servers
    ("api.instagram.com", "instagram"),  # API v1 (2011-2020) and the Basic Display API
)

# the hosts a platform serves its own pages' images, scripts and styles from: a page saved
# without its head (no og:url, no canonical) and linking its platform only by relative paths
# still loads them (X's pbs./abs.twimg.com), so each counts as a vote like a link to the site
_ASSET_HOSTS: tuple[tuple[str, str], ...] = (
    ("twimg.com", "x"), ("ytimg.com", "youtube"), ("ggpht.com", "youtube"),
    ("cdninstagram.com", "instagram"), ("fbcdn.net", "facebook"), ("pinimg.com", "pinterest"),
    ("licdn.com", "linkedin"), ("redditstatic.com", "reddit"), ("redditmedia.com", "reddit"),
    ("githubassets.com", "github"), ("telegram-cdn.org", "telegram"),
    ("cdn-telegram.org", "telegram"), ("tiktokcdn.com", "tiktok"),
)


def detect_platform(catalog: Catalog, url: str | None, body: bytes | str) -> str | None:
    """The catalog name of the platform an answer is from, or None."""
    url = unarchived_url(url) if url else url  # a web archive's replay address: the original
    if url and url.startswith(("http://", "https://")):
        hit = _url_platform(catalog, url)
        if hit:
            return hit
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
    head = text[:3_000_000]
    for m in _OWN_URL.finditer(head):
        hit = _from_url(catalog, m.group(1))
        if hit:
            return hit
    stripped = head.lstrip().lstrip("\ufeff").lstrip()  # a byte order mark opens some saves
    if stripped[:3] == "---":
        doc = loads_yaml_mapping(stripped)  # an API answer in YAML: its keys as JSON's
        stripped = json.dumps(doc, ensure_ascii=False) if doc is not None else stripped
    if stripped[:1] in ("{", "["):
        for pattern, name in _JSON_HINTS:
            if name in catalog and re.search(pattern, stripped[:65_536], re.S):
                return name
        if any(re.search(p, stripped[:65_536], re.S) for p in _OTHER_SOFTWARE):
            return None  # its links must not vote (a Gitea user's website on X is no X answer)
    if stripped[:1] == "<" and re.match(r"<\?xml|<(?:error|errors|person|user)\b", stripped):
        for pattern, name in _XML_HINTS:
            if name in catalog and re.search(pattern, stripped[:16_384]):
                return name
    if stripped[:1] == "<":
        for pattern, name in _HTML_HINTS:
            if name in catalog and re.search(pattern, stripped[:1_000_000]):
                return name
        hit = _site_named(catalog, stripped[:200_000])
        if hit:
            return hit
    votes: Counter[str] = Counter()
    for m in _ANY_URL.finditer(head):
        for platform in catalog.platforms_for_host(m.group(1)):
            votes[platform.name] += 1
        host = m.group(1).lower()
        for asset_host, name in _ASSET_HOSTS:
            if name in catalog and (host == asset_host or host.endswith("." + asset_host)):
                votes[name] += 1
    if votes:
        return votes.most_common(1)[0][0]
    return None


# a page that names its site: og:site_name, application-name, an app link's app name or its
# URL scheme (al:ios:url instagram://user?username=..., twitter://, fb://), a bare <title>
_SITE_NAME = re.compile(
    r"""<meta[^>]+(?:property|name)=["'](?:og:site_name|application-name|al:[\w:]+app_name)["']"""
    r"""[^>]*content=["']([^"']{1,40})["']|"""
    r"""<meta[^>]+(?:property|name)=["']al:[\w:]+url["'][^>]*content=["']([a-z][a-z0-9+.-]{1,20})://|"""
    r"""<title[^>]*>\s*([^<]{1,40}?)\s*</title>""",
    re.I,
)
_APP_SCHEMES = {"twitter": "x", "fb": "facebook", "vnd.youtube": "youtube", "tg": "telegram",
                "snssdk1233": "tiktok", "barcelona": "threads"}


def _site_named(catalog: Catalog | Mapping, head: str) -> str | None:
    """The platform a page names as its site (a trimmed or shell page without its own URLs:
    an og:site_name 'Instagram', an app link instagram://user?username=...)."""
    by_name = {str(getattr(p, "title", "") or "").split(" (")[0].casefold(): n
               for n, p in catalog.items()}
    for m in _SITE_NAME.finditer(head):
        name, scheme, title = m.groups()
        if scheme:
            hit = _APP_SCHEMES.get(scheme.lower(), scheme.lower())
        else:
            hit = by_name.get(" ".join((name or title or "").split()).casefold())
        if hit and hit in catalog:
            return hit
    return None


def _url_platform(catalog: Catalog, url: str) -> str | None:
    """The platform a URL is on: a profile or page host of the catalog, else an API host."""
    hit = _from_url(catalog, url)
    if hit:
        return hit
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    for api_host, name in _API_HOSTS:
        if name in catalog and (host == api_host or host.endswith("." + api_host)):
            return name
    return None


def _from_url(catalog: Catalog | Mapping, url: str) -> str | None:
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    if not host:
        return None
    matched = catalog.match_profile_url(url)  # type: ignore[union-attr]
    if matched:
        return matched[0]
    for platform in catalog.platforms_for_host(host):  # type: ignore[union-attr]
        return platform.name
    for platform in catalog.values():
        if platform.view_for_url(url) is not None and platform.owns_host(host):
            return platform.name
    return None


_TOKEN_CALL = re.compile(r"(?i)access_token|oauth2?/token|/login\b|/session\b")


# an API the catalog has no view of (X's API v2, a Graph API): a URL that names one account is a
# profile lookup (users/<name>, users/by/username/<name>, accounts/<id>, getProfile?actor=,
# users/show.json?screen_name=, channels?forHandle=); a timeline, a search, a stream or a list
# of users is not
_ONE_ACCOUNT = re.compile(
    r"(?i)/(?:users?|accounts?|profiles?|people|members|channels?|actors?)/"
    r"(?:by/(?:username|screen_name|id)/)?(?!by(?:[/?#]|$))[^/?#]+"
    r"(?:/(?:info|about)(?:\.json)?)?/?(?:[?#]|$)"
    r"|[/.](?:getProfile|channels)\?(?:[^#]*&)?(?:actor|id|forHandle|forUsername)=[^&,#]+(?:[&#]|$)"
)


# an answer that names an account: a handle under one of the keys APIs and page states use
_HANDLE_KEY = re.compile(rb'"(?:username|screen_name|login|uniqueId|unique_id|acct|handle|'
                         rb'preferredUsername|customUrl|vanityName|universalName)"\s*:\s*"')
MAX_KEYED = 2_000_000  # bytes of an answer searched for a handle key


def choose_answer(catalog: Catalog, answers: list, platform: str | None) -> int:
    """Index of the recorded answer ``extract`` should read: the last one whose URL is a view
    of the platform (a cassette also records token and follow-up calls), else the last one on
    the platform's hosts that names one account (an API the catalog has no view of: a client
    looks a user up, then fetches their timeline), else the last one on the platform's hosts
    (the Graph API), else the last one.
    Answers with a body come first: a link checker's cassette records dozens of platform URLs
    with empty bodies, and an empty answer says nothing to read. A cassette may record several
    platforms' lookups: asked for one, only its own answers count."""
    for need_body, need in ((True, "view"), (True, "account"), (True, None), (False, "view"),
                            (False, "account"), (False, None)):
        best = None
        for index, answer in enumerate(answers):
            url = answer.url or ""
            if not url or _TOKEN_CALL.search(url) or (need_body and not answer.body.strip()):
                continue
            named = _url_platform(catalog, url)
            entry = catalog.get(named) if named else None
            if entry is None or (platform and named != platform):
                continue
            if need is None or (entry.view_for_url(url) is not None if need == "view"
                                else _ONE_ACCOUNT.search(url) is not None):
                best = index
        if best is not None:
            return best
    # data literals of a test module, none with an address (``const RESPONSE = {...}`` then
    # the library's ``const EXPECTED = {...}`` and an empty case): the first that names an
    # account by a handle key, the recorded answer the others are derived from
    if len(answers) > 1 and not any(a.url for a in answers):
        named = next((i for i, a in enumerate(answers)
                      if _HANDLE_KEY.search(a.body[:MAX_KEYED])), None)
        if named is not None:
            return named
    # a self-hosted server the catalog cannot name (a Mastodon instance): the last answer that
    # is no picture (a federation cassette also records the avatar and header images fetched)
    return next((i for i in range(len(answers) - 1, -1, -1) if not _is_media(answers[i])),
                len(answers) - 1)


def _is_media(answer: Recorded) -> bool:
    kind = next((v for k, v in answer.headers.items() if k.lower() == "content-type"), "")
    return re.match(r"\s*(?:image|video|audio|font)/", str(kind), re.I) is not None


def saved_answer(
    catalog: Catalog, platform: str, data: bytes, file_url: str, status: int | None = None
) -> tuple[str | None, str, int, dict[str, str], bytes, dict[str, int]]:
    """What ``brandsweep extract PLATFORM FILE`` reads from a saved file: (platform or None when
    ``auto`` could not tell, url, status, headers, body, notes about the recording)."""
    url, headers, body, notes = file_url, {}, data, {}
    answers = recorded_answers(data)
    if len(answers) > 1 or answers[0].url or answers[0].body is not data:
        index = choose_answer(catalog, answers, None if platform == "auto" else platform)
        answer = answers[index]
        body, headers, url = answer.body, dict(answer.headers), answer.url or file_url
        status = answer.status if status is None else status
        notes = {"recorded_answers": len(answers), "answer_read": index}
    name = detect_platform(catalog, url, body) if platform == "auto" else platform
    if name is None and headers:
        name = header_platform(catalog, headers)
    return name, url, 200 if status is None else status, headers, body, notes


# what a recorded answer's own headers say about the site that sent it, strongest first: the
# domain its cookies are set for, where it redirects, the hosts its security policy allows
_COOKIE_DOMAIN = re.compile(r"(?i)(?:^|;)\s*domain\s*=\s*\.?([a-z0-9.-]+\.[a-z]{2,})")
_POLICY_HOST = re.compile(r"(?i)(?:https?|wss?)://(?:\*\.)?([a-z0-9.-]+\.[a-z]{2,})")


def header_platform(catalog: Catalog, headers: Mapping[str, str]) -> str | None:
    """The platform an answer with nothing of its own to say comes from (an empty 404, a
    one-line error behind a proxy), by its headers: the cookies set for a platform's domain,
    a redirect to one of its URLs, else the host its Content-Security-Policy names most."""
    low = {str(k).lower(): str(v) for k, v in headers.items()}
    for domain in _COOKIE_DOMAIN.findall(low.get("set-cookie", "")):
        for platform in catalog.platforms_for_host(domain):
            return platform.name
    location = low.get("location", "")
    if location.startswith(("http://", "https://")):
        hit = _url_platform(catalog, location)
        if hit:
            return hit
    votes: Counter[str] = Counter()
    for host in _POLICY_HOST.findall(low.get("content-security-policy", "")):
        votes.update({platform.name for platform in catalog.platforms_for_host(host)})
    top = votes.most_common(2)
    if top and (len(top) == 1 or top[0][1] > top[1][1]):
        return top[0][0]
    return None
