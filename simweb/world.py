"""The demo world as data: profiles with their true labels, websites, switches.

The world is read from ``world.yaml`` (schema at the top of that file) into plain dataclasses the
server renders and the tests score against. Worlds are values: the history tests change one
between two audits with ``without`` / ``with_profile`` / ``replace_profile``, which return a new
World and leave the original as it was, so a running ``SimWeb`` can be handed the next one.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import yaml

from simweb.handles import handle_problem

WORLD_FILE = Path(__file__).with_name("world.yaml")

PLATFORMS = (
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
)
BEHAVIOURS = ("normal", "login_wall", "rate_limited_once", "rate_limited", "bot_block", "js_shell",
              "quarantined")
VIAS = ("web_search", "platform_search", "official_site", "linked_page")
# Platforms that refuse every anonymous crawler whatever the profile (see PLATFORMS.md).
ALWAYS_UNVERIFIABLE = {"linkedin": "bot_block", "reddit": "bot_block", "threads": "login_wall"}


DEFAULT_INSTANCE = "mastodon.social"


def canonical_handle(platform: str, handle: str) -> str:
    """How the simulated platforms compare handles: case-insensitive; Facebook ignores '.';
    a Mastodon ``user@mastodon.social`` is the bare ``user`` (the default server)."""
    h = handle.strip().lstrip("@").lower()
    if platform == "facebook":
        h = h.replace(".", "")
    if platform == "mastodon" and h.endswith("@" + DEFAULT_INSTANCE):
        h = h.partition("@")[0]
    return h


@dataclass(frozen=True)
class WorldProfile:
    """One account on one platform, with what it shows and what it really is."""

    platform: str
    handle: str
    display_name: str = ""
    bio: str = ""
    avatar: str | None = None  # image spec, see images.py
    followers: int = 0
    following: int = 0
    posts: int = 0
    verified: bool = False
    private: bool = False
    links: tuple[str, ...] = ()
    verified_links: tuple[str, ...] = ()
    created_at: str = "2020-01-01"
    last_active_at: str = "2026-01-01"
    kind: str = "user"
    #: the business category a platform shows for an organisation (Instagram's
    #: ``category_name``); None lets the platform pick its generic one
    category: str | None = None
    behaviour: str = "normal"
    indexed_by: tuple[str, ...] = ()
    truth_class: str = "unrelated"
    truth_brand: str | None = None
    truth_department: str | None = None
    truth_severity: str | None = None
    #: what an honest audit should report when that differs from the behaviour rule in
    #: ``World.expected_class`` (a login-walled scam page whose search result and lookalike
    #: linking page prove the scam is ``impostor``, not ``unverified``)
    truth_expected: str | None = None
    instance: str = DEFAULT_INSTANCE
    #: Mastodon only: the account this one moved to (``user`` on the same server or
    #: ``user@server``, a profile of the world). Mastodon keeps a moved account and says where
    #: it went: the lookup API's ``moved`` (docs.joinmastodon.org/entities/Account) and the
    #: page's "has indicated that their new account is now" banner. Elsewhere an old handle
    #: simply stops answering: a ``deleted:`` entry
    moved_to: str | None = None
    note: str = ""

    @property
    def key(self) -> tuple[str, str]:
        """(platform, canonical handle); a Mastodon account on another server than
        mastodon.social is ``user@server``, as the audit names it: one username on two
        servers is two accounts (an impostor on mastodon.online beside the brand's own)."""
        if self.platform == "mastodon" and self.instance.lower() != DEFAULT_INSTANCE:
            user = canonical_handle("mastodon", self.handle.partition("@")[0])
            return (self.platform, f"{user}@{self.instance.lower()}")
        return (self.platform, canonical_handle(self.platform, self.handle))

    @property
    def local_name(self) -> str:
        """The handle on its own server (Mastodon's username without the server)."""
        return canonical_handle(self.platform, self.handle).partition("@")[0] \
            if self.platform == "mastodon" else self.key[1]

    @property
    def moved_key(self) -> tuple[str, str] | None:
        """(instance, local username) of the account this one moved to."""
        if not self.moved_to:
            return None
        user, _, server = self.moved_to.lstrip("@").partition("@")
        return ((server or self.instance).lower(), canonical_handle("mastodon", user))

    @property
    def numeric_id(self) -> int:
        """A stable platform id (GitHub id, Instagram pk ...) derived from platform and handle."""
        digest = hashlib.sha256(f"{self.platform}:{self.local_name}".encode()).hexdigest()
        return int(digest[:12], 16) % 9_000_000_000 + 1_000_000

    def hexid(self, n: int = 16) -> str:
        return hashlib.sha256(f"id:{self.platform}:{self.local_name}".encode()).hexdigest()[:n]

    @property
    def url(self) -> str:
        """The public profile URL a reviewer opens."""
        return profile_url(self.platform, self.handle, self.instance)

    @property
    def is_subreddit(self) -> bool:
        """A Reddit community (handle ``r/<name>``): Reddit serves it to a logged-out client."""
        return self.platform == "reddit" and self.handle.lower().startswith("r/")

    @property
    def content_hidden(self) -> bool:
        """A private subreddit: Reddit's 403 ``{"reason": "private"}`` proves it exists and
        shows nothing else to a logged-out client (no title, description or members)."""
        return self.is_subreddit and self.private and self.behaviour != "quarantined"

    @property
    def effective_behaviour(self) -> str:
        if self.is_subreddit:
            # a private community exists and says so (found, private, its content unread); a
            # quarantined one is shown only to a visitor who opts in (could not check)
            return "login_wall" if self.behaviour == "quarantined" else self.behaviour
        return ALWAYS_UNVERIFIABLE.get(self.platform, self.behaviour)


def _url_key(url: str) -> str:
    """A profile URL compared loosely: no scheme, ``www.``, query or trailing slash, lower case;
    Threads' two hosts as one."""
    u = re.sub(r"^https?://(www\.)?", "", url.strip().lower()).split("?")[0].split("#")[0]
    return u.rstrip("/").replace("threads.net/", "threads.com/")


def profile_url(platform: str, handle: str, instance: str = "mastodon.social") -> str:
    """A LinkedIn handle written ``in/<name>`` is a person's public profile (``/in/<name>/``);
    any other LinkedIn handle a company page (``/company/<name>/``)."""
    return {
        "instagram": f"https://www.instagram.com/{handle}/",
        "facebook": f"https://www.facebook.com/{handle}",
        "tiktok": f"https://www.tiktok.com/@{handle}",
        "linkedin": (f"https://www.linkedin.com/{handle}/" if handle.startswith("in/")
                     else f"https://www.linkedin.com/company/{handle}/"),
        "x": f"https://x.com/{handle}",
        "youtube": f"https://www.youtube.com/@{handle}",
        "telegram": f"https://t.me/{handle}",
        "github": f"https://github.com/{handle}",
        "reddit": (f"https://www.reddit.com/{handle}/" if handle.lower().startswith("r/")
                   else f"https://www.reddit.com/user/{handle}/"),
        "mastodon": f"https://{instance}/@{handle}",
        "bluesky": f"https://bsky.app/profile/{handle}",
        "pinterest": f"https://www.pinterest.com/{handle}/",
        "threads": f"https://www.threads.com/@{handle}",
    }[platform]


@dataclass(frozen=True)
class DeletedAccount:
    """Declared in the inventory but gone from its platform: the audit should say ``missing``."""

    platform: str
    handle: str
    truth_class: str = "missing"
    truth_brand: str | None = None
    truth_department: str | None = None
    truth_severity: str | None = None
    note: str = ""
    #: how it went (Mastodon, whose servers say which): ``deleted`` (the default: the lookup
    #: API's 404 "Record not found", the page's 410) or ``suspended`` by the server's
    #: moderators (Mastodon 3.3+: the lookup answers 200 with the account and
    #: ``"suspended": true``, mastodon/mastodon PRs 7287 and 15345; the page and WebFinger 410,
    #: PR 11869). Both are gone: ``missing``
    reason: str = "deleted"

    @property
    def key(self) -> tuple[str, str]:
        return (self.platform, canonical_handle(self.platform, self.handle))

    @property
    def server(self) -> str:
        """The Mastodon server that answers for it (``user@server``, else mastodon.social)."""
        return self.handle.partition("@")[2].lower() or "mastodon.social"


DELETED_REASONS = ("deleted", "suspended")


@dataclass(frozen=True)
class Page:
    title: str
    body: str = ""
    links: tuple[tuple[str, str], ...] = ()  # (url, text), listed after the body


@dataclass(frozen=True)
class Site:
    """A website of the world (company site, lookalike scam site ...)."""

    host: str
    aliases: tuple[str, ...] = ()
    kind: str = "other"
    lang: str = "en"
    charset: str = "utf-8"
    title: str = ""
    indexed_by: tuple[str, ...] = ()
    footer: tuple[tuple[str, str, str], ...] = ()  # (url, text, rel)
    pages: dict[str, Page] = field(default_factory=dict)
    robots: str = "User-agent: *\nDisallow:\n"
    calendar: bool = False
    atproto_did: str | None = None

    @property
    def hosts(self) -> tuple[str, ...]:
        return (self.host, *self.aliases)


@dataclass
class World:
    """Everything the simulated web serves. Treat as immutable: the ``with*`` methods copy."""

    now: str
    organization: str
    profiles: list[WorldProfile]
    sites: list[Site]
    deleted: list[DeletedAccount] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)

    # ------------------------------------------------------------------ lookups
    def _index(self) -> tuple[dict[tuple[str, str], WorldProfile], dict[str, list[WorldProfile]]]:
        """Lookup tables, rebuilt when the profile list was swapped or resized (large synthetic
        worlds in benchmarks would otherwise pay a linear scan per request)."""
        stamp = (id(self.profiles), len(self.profiles))
        cached = self.__dict__.get("_cache")
        if cached is None or cached[0] != stamp:
            by_key = {p.key: p for p in self.profiles}
            by_platform: dict[str, list[WorldProfile]] = {}
            for p in self.profiles:
                by_platform.setdefault(p.platform, []).append(p)
            cached = (stamp, by_key, by_platform)
            self.__dict__["_cache"] = cached
        return cached[1], cached[2]

    def profile(self, platform: str, handle: str) -> WorldProfile | None:
        """The profile with this handle; Mastodon: ``user`` on mastodon.social or
        ``user@server``, and a bare ``user`` no mastodon.social account has finds the one
        account of that name on another server (as worlds were looked up before)."""
        by_key = self._index()[0]
        key = canonical_handle(platform, handle)
        found = by_key.get((platform, key))
        if found is None and platform == "mastodon" and "@" not in key:
            named = [p for p in self.on("mastodon") if p.local_name == key]
            found = named[0] if len(named) == 1 else None
        return found

    def on(self, platform: str) -> list[WorldProfile]:
        return list(self._index()[1].get(platform, ()))

    def site(self, host: str) -> Site | None:
        host = host.lower()
        return next((s for s in self.sites if host in s.hosts), None)

    def by_class(self, cls: str) -> list[WorldProfile]:
        return [p for p in self.profiles if p.truth_class == cls]

    def expected_class(self, profile: WorldProfile) -> str:
        """What an honest audit can report: the truth, or ``unverified`` when the platform hides it.

        A JavaScript shell (200, no data) is ``unverified``. Behind a wall (login wall, bot
        block, rate limit, LinkedIn's 999 to everyone, a quarantined subreddit) the page says
        nothing, so:

        * a declared account (``official``) is ``unverified``: the audit cannot tell whether it
          still exists, even when the company's own site links it (the link says whose it is,
          not that it is still there);
        * an undeclared own account (``official_unlisted``, ``redundant``) that a company site
          links keeps its class: the link, read on the company's site, is the evidence;
        * so does an undeclared own Threads account whose handle is exactly that of an
          Instagram account of the company's the audit knows (declared, or own and readable as
          such: :meth:`instagram_twin`): a Threads profile made with an Instagram account
          carries its username (``matching.classify.own_twins``);
        * anything else is ``unverified``.

        A declared Mastodon account that moved to another (``moved_to``) is ``missing``, as
        CONTRACT.md files a renamed declared account; its new account is scored as itself.
        A private subreddit (Reddit's 403 "private") exists and shows nothing else: a declared
        one is ``official`` (found), an undeclared one follows the walled rule above.
        ``truth.expected`` overrides all of this (a walled scam page whose search result and
        linking pages prove it). X's page is a JavaScript shell, but its sign-up check still
        proves existence, so X profiles keep their truth here.
        """
        if profile.truth_expected:
            return profile.truth_expected
        if profile.moved_to and profile.truth_class == "official":
            # declared, and moved to another account (Mastodon's ``moved``): CONTRACT.md files
            # a renamed declared account as ``missing``; its new account is another profile
            return "missing"
        if profile.content_hidden:
            if profile.truth_class == "official":
                return "official"  # declared, and the 403 "private" proves it exists
            return self._walled_class(profile)
        if profile.effective_behaviour in ("login_wall", "bot_block", "rate_limited", "js_shell"):
            if profile.effective_behaviour == "js_shell":
                return "unverified"
            return self._walled_class(profile)
        return profile.truth_class

    def expected_deleted(self, account: DeletedAccount) -> str:
        """What an honest audit reports for a declared account that no longer exists: its
        label (``missing``) where the platform says so (a 404, a soft 404, X's sign-up check, a
        banned subreddit's 404), ``unverified`` where the platform answers every crawler alike
        whether or not the account exists (LinkedIn's 999, Threads' login redirect, a Reddit
        user's 403): there no audit can tell that it is gone."""
        walled = account.platform in ALWAYS_UNVERIFIABLE and not (
            account.platform == "reddit" and account.handle.lower().startswith("r/"))
        return "unverified" if walled else account.truth_class

    def _walled_class(self, profile: WorldProfile) -> str:
        """An unreadable profile: its own class when it is the company's, undeclared, and a
        company site links it (that link is read on the site, not on the page), or it is the
        Threads profile of an Instagram account of the company's (:meth:`instagram_twin`);
        else unverified."""
        if (profile.truth_class in ("official_unlisted", "redundant")
                and (self.linked_by_company(profile) or self.instagram_twin(profile))):
            return profile.truth_class
        return "unverified"

    def instagram_twin(self, profile: WorldProfile) -> bool:
        """A Threads profile whose handle is exactly (case aside) that of an Instagram account
        the audit knows as the company's: a declared one (``official``: the inventory names
        it; a deleted one is no profile here), or an undeclared own one the audit can read as
        own (its expected class is its own). A Threads profile made with an Instagram account
        carries that account's username."""
        if profile.platform != "threads":
            return False
        twin = self.profile("instagram", profile.handle)
        if twin is None:
            return False
        if twin.truth_class == "official":
            return True
        return (twin.truth_class in ("official_unlisted", "redundant")
                and self.expected_class(twin) == twin.truth_class)

    def linked_by_company(self, profile: WorldProfile) -> bool:
        """A company site (footer, page links or page body) links the profile's own URL."""
        want = _url_key(profile.url)
        for site in self.sites:
            if site.kind != "company":
                continue
            urls = [u for u, _t, _r in site.footer]
            for page in site.pages.values():
                urls += [u for u, _t in page.links]
                urls += re.findall(r"""https?://[^\s"'<>]+""", page.body)
            if any(_url_key(u) == want for u in urls):
                return True
        return False

    def setting(self, name: str, default: Any = None) -> Any:
        return self.settings.get(name, default)

    # ------------------------------------------------------------------ copies
    def _copy(self, **changes: Any) -> World:
        data = {
            "now": self.now,
            "organization": self.organization,
            "profiles": list(self.profiles),
            "sites": list(self.sites),
            "deleted": list(self.deleted),
            "settings": dict(self.settings),
        }
        data.update(changes)
        return World(**data)

    def without(self, platform: str, handle: str) -> World:
        """A copy where the profile no longer exists (deleted, taken down)."""
        found = self.profile(platform, handle)
        if found is None:
            raise KeyError(f"no {platform}:{handle} in the world")
        key = found.key
        return self._copy(profiles=[p for p in self.profiles if p.key != key])

    def with_profile(self, profile: WorldProfile | None = None, **fields: Any) -> World:
        """A copy with one more profile (give a WorldProfile or its fields as keywords)."""
        new = profile or make_profile(fields)
        if any(p.key == new.key for p in self.profiles):
            raise KeyError(f"{new.platform}:{new.handle} already exists")
        return self._copy(profiles=[*self.profiles, new])

    def replace_profile(self, platform: str, handle: str, **changes: Any) -> World:
        """A copy where one profile's fields changed (e.g. ``avatar="logo:nwc|hue:30"``)."""
        found = self.profile(platform, handle)
        if found is None:
            raise KeyError(f"no {platform}:{handle} in the world")
        key = found.key
        for name in ("links", "verified_links", "indexed_by"):
            if name in changes:
                changes[name] = tuple(changes[name])
        return self._copy(
            profiles=[replace(p, **changes) if p.key == key else p for p in self.profiles]
        )

    def with_settings(self, **settings: Any) -> World:
        return self._copy(settings={**self.settings, **settings})

    # ------------------------------------------------------------------ saving
    def to_data(self) -> dict[str, Any]:
        """The world as world.yaml data (the schema ``load_world`` reads), defaults omitted."""
        return {
            "now": self.now,
            "organization": self.organization,
            "settings": dict(self.settings),
            "deleted": [_deleted_data(d) for d in self.deleted],
            "sites": [_site_data(s) for s in self.sites],
            "profiles": [_profile_data(p) for p in self.profiles],
        }

    def dump(self, path: Path) -> Path:
        """Write the world to ``path`` as YAML that ``load_world(path)`` reads back equal.

        A changed world (``without`` / ``with_profile`` / ``replace_profile``) lives only in
        memory; the history tests run ``python -m simweb --world FILE`` in a
        subprocess between audits, so the changed world has to travel as a file."""
        path = Path(path)
        text = yaml.safe_dump(
            self.to_data(), allow_unicode=True, sort_keys=False, default_flow_style=False,
            width=100,
        )
        path.write_text(text, encoding="utf-8")
        return path


def save_world(world: World, path: Path) -> Path:
    """``world.dump(path)``, as a function beside ``load_world``."""
    return world.dump(path)


_TRUTH = (("truth_class", "class"), ("truth_brand", "brand"),
          ("truth_department", "department"), ("truth_severity", "severity"),
          ("truth_expected", "expected"))


def _profile_data(p: WorldProfile) -> dict[str, Any]:
    """A world.yaml profile entry: non-default fields, tuples as lists, truth nested."""
    out: dict[str, Any] = {}
    truth_names = {name for name, _ in _TRUTH}
    for f in fields(WorldProfile):
        if f.name in truth_names:
            continue
        value = getattr(p, f.name)
        if f.name not in ("platform", "handle") and value == f.default:
            continue
        out[f.name] = list(value) if isinstance(value, tuple) else value
    truth = {key: getattr(p, name) for name, key in _TRUTH if getattr(p, name) is not None}
    out["truth"] = truth
    return out


def _deleted_data(d: DeletedAccount) -> dict[str, Any]:
    truth = {key: getattr(d, name) for name, key in _TRUTH if getattr(d, name, None) is not None}
    out: dict[str, Any] = {"platform": d.platform, "handle": d.handle, "truth": truth}
    if d.reason != "deleted":
        out["reason"] = d.reason
    if d.note:
        out["note"] = d.note
    return out


def _site_data(s: Site) -> dict[str, Any]:
    out: dict[str, Any] = {
        "host": s.host,
        "aliases": list(s.aliases),
        "kind": s.kind,
        "lang": s.lang,
        "charset": s.charset,
        "title": s.title,
        "indexed_by": list(s.indexed_by),
        "calendar": s.calendar,
        "robots": s.robots,
        "footer": [{"url": u, "text": t, "rel": r} for u, t, r in s.footer],
        "pages": {path: {"title": pg.title, "body": pg.body} for path, pg in s.pages.items()},
    }
    if s.atproto_did is not None:
        out["atproto_did"] = s.atproto_did
    return out


# ---------------------------------------------------------------------- loading


def make_profile(raw: dict[str, Any]) -> WorldProfile:
    """A WorldProfile from a world.yaml entry (``truth:`` nested) or flat keyword fields."""
    raw = dict(raw)
    truth = raw.pop("truth", None) or {}
    for src, dst in (("class", "truth_class"), ("brand", "truth_brand"),
                     ("department", "truth_department"), ("severity", "truth_severity"),
                     ("expected", "truth_expected")):
        if src in truth:
            raw[dst] = truth[src]
    for name in ("links", "verified_links", "indexed_by"):
        raw[name] = tuple(raw.get(name) or ())
    raw["display_name"] = raw.get("display_name") or ""
    raw["bio"] = raw.get("bio") or ""
    raw["behaviour"] = raw.get("behaviour") or "normal"
    profile = WorldProfile(**raw)
    if profile.platform not in PLATFORMS:
        raise ValueError(f"unknown platform {profile.platform!r} for {profile.handle}")
    if profile.behaviour not in BEHAVIOURS:
        raise ValueError(f"unknown behaviour {profile.behaviour!r} for {profile.handle}")
    if profile.behaviour == "quarantined" and not profile.is_subreddit:
        raise ValueError(f"only a subreddit (reddit r/<name>) is quarantined: {profile.handle}")
    bad = set(profile.indexed_by) - set(VIAS)
    if bad:
        raise ValueError(f"unknown indexed_by {sorted(bad)} for {profile.handle}")
    if profile.moved_to and profile.platform != "mastodon":
        raise ValueError(
            f"moved_to on {profile.platform}:{profile.handle}: only Mastodon shows where an "
            "account moved; elsewhere the old handle answers not found (write a `deleted:` "
            "entry for it and a profile for the new handle)")
    if profile.platform == "mastodon" and profile.behaviour == "js_shell":
        raise ValueError(f"mastodon:{profile.handle} js_shell: the crawl reads Mastodon's JSON "
                         "API, which has no page shell; use login_wall (a server in secure "
                         "mode answers 401) or bot_block")
    return profile


def _site(raw: dict[str, Any]) -> Site:
    pages = {path: Page(title=p.get("title", ""), body=p.get("body", ""),
                        links=tuple((link["url"], link.get("text", link["url"]))
                                    for link in p.get("links") or ()))
             for path, p in (raw.get("pages") or {}).items()}
    footer = tuple((f["url"], f.get("text", f["url"]), f.get("rel", ""))
                   for f in raw.get("footer") or ())
    return Site(
        host=raw["host"].lower(),
        aliases=tuple(a.lower() for a in raw.get("aliases") or ()),
        kind=raw.get("kind", "other"),
        lang=raw.get("lang", "en"),
        charset=raw.get("charset", "utf-8"),
        title=raw.get("title", ""),
        indexed_by=tuple(raw.get("indexed_by") or ()),
        footer=footer,
        pages=pages,
        robots=raw.get("robots") or "User-agent: *\nDisallow:\n",
        calendar=bool(raw.get("calendar")),
        atproto_did=raw.get("atproto_did"),
    )


class WorldError(ValueError):
    """A world file an author must fix: ``file:line: message`` and, on the next line, the fix."""

    def __init__(self, path: Path, line: int | None, message: str, hint: str = "") -> None:
        self.path, self.line, self.message, self.hint = path, line, message, hint
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}" + (f"\n  hint: {hint}" if hint else ""))


def _entry_line(text: str, section: str, index: int, key: str) -> int | None:
    """The 1-based line of ``<section>[index].<key>`` in a world file's text (None if absent):
    composed only when an error needs it."""
    try:
        root = yaml.compose(text)
    except yaml.YAMLError:
        return None
    if not isinstance(root, yaml.MappingNode):
        return None
    for k, v in root.value:
        if k.value == section and isinstance(v, yaml.SequenceNode) and index < len(v.value):
            item = v.value[index]
            for ik, iv in item.value if isinstance(item, yaml.MappingNode) else ():
                if ik.value == key:
                    return int(iv.start_mark.line) + 1
            return int(item.start_mark.line) + 1
    return None


def check_handles(data: dict[str, Any], path: Path) -> None:
    """Every profile's and deleted entry's handle against its platform's grammar
    (:mod:`simweb.handles`, the catalog's rules): the first bad one raises a
    :class:`WorldError` naming the file, the line and what the platform allows."""
    for section in ("profiles", "deleted"):
        for i, entry in enumerate(data.get(section) or ()):
            if not isinstance(entry, dict) or "platform" not in entry or "handle" not in entry:
                continue
            platform, handle = str(entry["platform"]), str(entry["handle"])
            hint = ("give the account a handle the platform allows (and change the links and "
                    "inventory that name it): an audit cannot probe a handle its platform refuses")
            if section == "profiles" and platform == "mastodon" and "@" in handle.lstrip("@"):
                problem: str | None = "a Mastodon profile's handle is its local username"
                hint = "write the user part in `handle:` and the server in `instance:`"
            else:
                problem = handle_problem(platform, handle)
            if problem is None:
                continue
            text = path.read_text(encoding="utf-8")
            raise WorldError(path, _entry_line(text, section, i, "handle"),
                             f"{entry['platform']} handle {entry['handle']!r}: {problem}", hint)


def load_world(path: Path | str | None = None) -> World:
    """Read a world file (a path or its name as a string); the default is the bundled demo
    world (``simweb/world.yaml``). A handle its platform could not have is a
    :class:`WorldError` (file, line, fix)."""
    file = Path(path or WORLD_FILE)
    with file.open(encoding="utf-8") as stream:
        try:
            data = yaml.safe_load(stream)  # a YAML error names the file, line and column
        except yaml.YAMLError as exc:
            exc.add_note('hint: quote every value that holds ": " or " #" (note: "Order: DM us"), '
                         "as the schema comment at the top of simweb/world.yaml says")
            raise
    check_handles(data, file)
    profiles = [make_profile(p) for p in data.get("profiles") or ()]
    keys = [p.key for p in profiles]
    dupes = {k for k in keys if keys.count(k) > 1}
    if dupes:
        raise ValueError(f"duplicate profiles in world: {sorted(dupes)}")
    masto = {(p.instance.lower(), p.local_name) for p in profiles if p.platform == "mastodon"}
    for p in profiles:
        if p.moved_key is not None and p.moved_key not in masto:
            raise WorldError(file, None, f"mastodon:{p.handle} moved_to {p.moved_to!r}: no such "
                             "Mastodon profile in the world",
                             "add the new account as a profile (its `instance:` is the server "
                             "after the @)")
    deleted = []
    for d in data.get("deleted") or ():
        truth = d.get("truth") or {}
        reason = d.get("reason", "deleted")
        if reason not in DELETED_REASONS or (reason != "deleted" and d["platform"] != "mastodon"):
            raise WorldError(file, None, f"deleted {d['platform']}:{d['handle']} reason "
                             f"{reason!r}", "reason is deleted (any platform) or suspended "
                             "(Mastodon, whose servers say so)")
        deleted.append(DeletedAccount(
            platform=d["platform"], handle=d["handle"],
            truth_class=truth.get("class", "missing"), truth_brand=truth.get("brand"),
            truth_department=truth.get("department"), truth_severity=truth.get("severity"),
            note=d.get("note", ""), reason=reason,
        ))
    return World(
        now=str(data["now"]),
        organization=data["organization"],
        profiles=profiles,
        sites=[_site(s) for s in data.get("sites") or ()],
        deleted=deleted,
        settings=dict(data.get("settings") or {}),
    )
