"""The shared domain types of brandsweep: plain frozen dataclasses, no behaviour that does I/O.

Every package speaks these types: the inventory loader produces an ``Inventory``; the crawler
emits ``Sighting`` and ``ProfileObservation`` items (Scrapy handles dataclass items natively);
the store persists them; ``matching.classify`` turns inventory + observations into ``Finding``s;
``reports`` renders findings. Keeping them in one module means a field added here is visible to
every stage, and no stage invents its own shape of "a profile".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any


class ProbeState(StrEnum):
    """What a fetch of a profile proved. ``UNVERIFIABLE`` is never a polite word for "absent"."""

    FOUND = "found"
    NOT_FOUND = "not_found"
    UNVERIFIABLE = "unverifiable"


class Via(StrEnum):
    """The discovery path that revealed a profile (``discovered_via`` in findings.json)."""

    PROBE = "probe"
    PLATFORM_SEARCH = "platform_search"
    WEB_SEARCH = "web_search"
    OFFICIAL_SITE = "official_site"
    LINKED_PAGE = "linked_page"


class FindingClass(StrEnum):
    OFFICIAL = "official"
    MISSING = "missing"
    OFFICIAL_UNLISTED = "official_unlisted"
    REDUNDANT = "redundant"
    IMPOSTOR = "impostor"
    FAN = "fan"
    UNRELATED = "unrelated"
    UNVERIFIED = "unverified"


class Severity(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        return {"high": 3, "medium": 2, "low": 1}[self.value]


class Status(StrEnum):
    """A finding compared with the previous audit of the same inventory."""

    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    RESOLVED = "resolved"
    REOPENED = "reopened"


class TriageDecision(StrEnum):
    """A reviewer's word on a profile; later audits apply it (see ``matching.history``)."""

    IMPOSTOR_CONFIRMED = "impostor_confirmed"
    TAKEDOWN_REQUESTED = "takedown_requested"
    TAKEN_DOWN = "taken_down"
    FALSE_POSITIVE = "false_positive"
    OFFICIAL = "official"
    FAN = "fan"
    ALLOW = "allow"


# --------------------------------------------------------------------------- inventory


@dataclass(frozen=True)
class HandleForm:
    """How a platform writes a handle on its pages, from the catalog's ``shown_as``: forms
    tried in order, ``(match, template)``; the first whose ``match`` (a full-match regular
    expression; empty: any handle) fits the handle, without a leading '@', gives the text,
    its template filled with ``{handle}`` and the match's named groups. No form fits, or
    none is given: the handle as written. Display only (reports, evidence); never compared.

    >>> youtube = HandleForm((("UC[A-Za-z0-9_-]{22}", "{handle}"), ("", "@{handle}")))
    >>> youtube.show("northwindcoffee"), youtube.show("UC" + "x" * 22)[:4]
    ('@northwindcoffee', 'UCxx')
    >>> HandleForm((("groups/(?P<name>.+)", "{name}"), ("", "@{handle}"))).show("groups/fans")
    'fans'
    """

    forms: tuple[tuple[str, str], ...] = ()

    def show(self, handle: str) -> str:
        bare = handle.strip().lstrip("@")
        for match, template in self.forms:
            found = re.fullmatch(match, bare) if match else None
            if match and found is None:
                continue
            groups = {k: v or "" for k, v in found.groupdict().items()} if found else {}
            return template.format_map({**groups, "handle": bare})
        return bare

    def to_list(self) -> list[list[str]]:
        """The stored form (``CrawlSummary.handle_forms``): ``[[match, template], ...]``."""
        return [[m, t] for m, t in self.forms]

    @classmethod
    def from_list(cls, data: object) -> HandleForm:
        """The stored form back; what is not a ``[match, template]`` pair is left out."""
        if not isinstance(data, list | tuple):
            return cls()
        return cls(tuple((str(p[0] or ""), str(p[1])) for p in data
                         if isinstance(p, list | tuple) and len(p) == 2 and p[1]))


@dataclass(frozen=True)
class HandleRule:
    """A platform's handle grammar, from the catalog. Lives here so ``matching`` can validate
    inventory handles and variants without importing the crawler's catalog loader."""

    pattern: str  # full-match regular expression
    min_length: int = 1
    max_length: int = 100
    case_sensitive: bool = False
    # characters the platform ignores when comparing (Facebook ignores '.')
    ignore_chars: str = ""
    # appended to a bare name (no dot): Bluesky handles are domains, "name" means name.bsky.social
    suffix: str = ""
    # the platform's own spelling ("LinkedIn", "TikTok") for messages; empty = capitalised name
    title: str = ""
    # the path a community's handle keeps (Reddit's subreddits 'r/'): where set, the variant
    # generator also guesses the brand's communities ('r/<brand>'); empty = no communities
    community: str = ""
    # a federated network's account on another server, ``user@server`` (Mastodon): the grammar
    # of its user part (other servers allow more than the home one); empty = not federated
    remote: str = ""
    # how its pages write a handle ("@name", "u/name", a channel id as it is): display only
    shown: HandleForm = HandleForm()
    # what the platform's own naming conventions append to a name, as written after it,
    # likeliest first (YouTube "tv", Telegram "_bot", LinkedIn "-careers"): the variant
    # generator's ``affix_platform`` family (the catalog's ``variant_suffixes``)
    variant_suffixes: tuple[str, ...] = ()
    # the platform whose account a profile here is, by the same name (the catalog's
    # ``account_of``: a Threads profile is the Instagram account of its name); empty = none
    account_of: str = ""

    def canonical(self, handle: str) -> str:
        """The form two handles are compared in: case-folded unless case matters, and with the
        platform's suffix on a bare name (a DID is no name)."""
        h = handle.strip().lstrip("@")
        for ch in self.ignore_chars:
            h = h.replace(ch, "")
        if self.suffix and h and "." not in h and not h.startswith("did:"):
            h += self.suffix
        return h if self.case_sensitive else h.lower()


def accounts_of(rules: Mapping[str, HandleRule] | None) -> dict[str, str]:
    """Platform -> the platform whose account its profiles are, by the same name (the
    catalog's ``account_of``), for each handle rule that says so.

    >>> accounts_of({"threads": HandleRule("[a-z]+", account_of="instagram"),
    ...              "x": HandleRule("[a-z]+")})
    {'threads': 'instagram'}
    """
    return {p: r.account_of for p, r in (rules or {}).items() if r.account_of}


def handle_forms(rules: Mapping[str, HandleRule] | None) -> dict[str, HandleForm]:
    """Platform -> how it writes a handle (:class:`HandleForm`), for each handle rule with a
    form (the catalog's ``shown_as``)."""
    return {p: r.shown for p, r in (rules or {}).items() if r.shown.forms}


@dataclass(frozen=True)
class Department:
    name: str
    owner: str | None = None


@dataclass(frozen=True)
class OfficialAccount:
    platform: str
    handle: str  # as declared (or derived from the url); compare with HandleRule.canonical
    brand: str
    department: str | None = None
    url: str | None = None
    note: str | None = None
    line: int | None = None  # line in the inventory file, for messages


@dataclass(frozen=True)
class Brand:
    name: str
    aliases: tuple[str, ...] = ()
    websites: tuple[str, ...] = ()
    strategy: tuple[str, ...] = ()  # platforms the brand means to be on
    accounts: tuple[OfficialAccount, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class AllowEntry:
    platform: str
    handle: str
    note: str | None = None


@dataclass(frozen=True)
class Inventory:
    organization: str
    domains: tuple[str, ...] = ()
    departments: tuple[Department, ...] = ()
    brands: tuple[Brand, ...] = ()
    allow: tuple[AllowEntry, ...] = ()
    source: str | None = None  # path it was read from
    digest: str | None = None  # sha256 of the file's bytes: audits of one inventory share it
    # the rights holder, for takedown requests (evidence packs): the registered company name,
    # who the platform should answer (an e-mail address or a web page), the registered marks
    legal_name: str | None = None
    contact: str | None = None
    trademarks: tuple[str, ...] = ()
    # the language of the report, terminal summary and exports (``--lang`` overrides it)
    language: str | None = None

    @property
    def accounts(self) -> tuple[OfficialAccount, ...]:
        return tuple(a for b in self.brands for a in b.accounts)

    def department(self, name: str | None) -> Department | None:
        return next((d for d in self.departments if d.name == name), None)


# --------------------------------------------------------------------------- discovery


@dataclass(frozen=True)
class Candidate:
    """A handle worth probing on a platform, tagged with how it was produced
    (``origin`` such as ``variant:homoglyph`` or ``declared``) like dnstwist's fuzzer output."""

    platform: str
    handle: str
    brand: str
    family: str  # declared | exact | omission | repetition | transposition | homoglyph | ...
    source: str  # the name or handle it was derived from
    likelihood: float = 0.5  # ranking weight, higher is probed first

    @property
    def origin(self) -> str:
        return f"variant:{self.family}"


@dataclass(frozen=True)
class Sighting:
    """One discovery path pointing at a profile. A profile seen on the official website and in a
    web search has two sightings; matching reads officialness from them."""

    platform: str
    handle: str  # canonical per the platform's HandleRule
    via: Via
    source: str  # URL of the page / search that revealed it, or the candidate origin
    detail: str = ""  # e.g. the query, the anchor text, the variant family
    url: str | None = None  # profile URL as linked
    # what a search result showed about the profile (the engine's text, not the profile's):
    # for X (JavaScript shell) and LinkedIn (HTTP 999) often all a crawler can read
    title: str | None = None
    snippet: str | None = None
    # a linked_page or official_site sighting's: what the page that links the profile shows
    # (its title, then its text; at most ``PAGE_TEXT_MAX`` characters): a lookalike site's
    # "enter your card number and the SMS code" is evidence about the walled page it sends
    # its victims to; the company's page titled "UK desk (archive)" retires the account
    page_text: str | None = None


#: the most characters of a linking page's text a sighting keeps (``Sighting.page_text``)
PAGE_TEXT_MAX = 1000


@dataclass(frozen=True)
class ProfileFields:
    """What a profile page or API says about itself.

    All optional: platforms show different subsets."""

    display_name: str | None = None
    bio: str | None = None
    avatar_url: str | None = None
    avatar_phash: str | None = None  # imagehash.phash hex of the fetched avatar
    avatar_thumb: str | None = None  # data: URI of a small PNG/JPEG thumbnail
    followers: int | None = None
    following: int | None = None
    posts: int | None = None
    verified: bool | None = None
    is_private: bool | None = None
    external_links: tuple[str, ...] = ()
    # links the platform itself verified (Mastodon verified_at)
    verified_links: tuple[str, ...] = ()
    created_at: str | None = None  # ISO 8601
    last_active_at: str | None = None  # ISO 8601
    platform_id: str | None = None
    category: str | None = None  # user/organization/business, as the platform says
    # the account this one says it moved to, as a handle of the same platform (Mastodon's
    # ``moved``, an ActivityPub actor's ``movedTo``, the page's "has moved to" notice:
    # ``user@server``); the old account still answers, and its owner left it
    moved_to: str | None = None


@dataclass(frozen=True)
class ProfileObservation:
    """The result of fetching one profile once: the Scrapy item of the enrichment step."""

    platform: str
    handle: str  # canonical
    url: str
    state: ProbeState
    reason: str | None = None  # why UNVERIFIABLE (login_wall, bot_block, js_shell, rate_limited...)
    http_status: int | None = None
    fields: ProfileFields = field(default_factory=ProfileFields)
    fetched_at: str | None = None  # ISO 8601
    body_sha256: str | None = None
    final_url: str | None = None
    sightings: tuple[Sighting, ...] = ()  # attached by the store before matching

    @property
    def key(self) -> tuple[str, str]:
        return (self.platform, self.handle)

    @property
    def discovered_via(self) -> tuple[Via, ...]:
        return tuple(sorted({s.via for s in self.sightings}, key=list(Via).index))


@dataclass(frozen=True)
class LinkedPage:
    """A page one hop from a profile's external link: a lookalike site is evidence in itself."""

    url: str
    from_platform: str
    from_handle: str
    final_url: str | None = None
    http_status: int | None = None
    title: str | None = None
    social_links: tuple[str, ...] = ()
    refused: str | None = None  # why it was not fetched (private address, scheme, limit)
    # what the page shows (as ``Sighting.page_text``): "enter your card number and the SMS
    # code" on the page a profile's bio links is evidence about that profile
    text: str | None = None


# --------------------------------------------------------------------------- matching


class SignalName(StrEnum):
    """The name of every signal an :class:`Evidence` can carry (``Evidence.signal``).

    A ``StrEnum``: it compares equal to the plain string a stored finding reads back, so the
    store, exports and history need no conversion, and a typo is an ``AttributeError``.
    """

    # the inventory and the probe
    DECLARED = "declared"
    NOT_FOUND = "not_found"
    UNVERIFIABLE = "unverifiable"
    ALLOWED = "allowed"
    EXISTENCE_ONLY = "existence_only"
    # resemblance: the profile looks like us
    HANDLE_SIMILARITY = "handle_similarity"
    DISPLAY_NAME_SIMILARITY = "display_name_similarity"
    AVATAR_MATCH = "avatar_match"
    BIO_COPY = "bio_copy"
    BRAND_MENTION = "brand_mention"
    SEARCH_RESULT = "search_result"
    EMPTY_PROFILE = "empty_profile"
    # the company's own
    OFFICIAL_SITE_LINK = "official_site_link"
    OFFICIAL_SITE_MENTION = "official_site_mention"
    OFFICIAL_LINK = "official_link"
    VERIFIED_OFFICIAL_LINK = "verified_official_link"
    VERIFIED_BADGE = "verified_badge"
    DOMAIN_HANDLE = "domain_handle"
    COMPANY_RESOURCES = "company_resources"
    OWN_CHANNEL = "own_channel"
    SEARCH_RESULT_COMPANY = "search_result_company"
    OWN_TRACES = "own_traces"
    DEFERS_TO_DECLARED = "defers_to_declared"
    # a declared account that says it moved, and the account it moved to (Mastodon's move)
    MOVED_TO = "moved_to"
    MOVED_FROM = "moved_from"
    # deception or harm
    SCAM_WORDING = "scam_wording"
    LOOKALIKE_LINK = "lookalike_link"
    LOOKALIKE_PAGE = "lookalike_page"
    PROMOTED_BY_LOOKALIKE = "promoted_by_lookalike"
    LINK_REFUSED = "link_refused"
    HOMOGLYPHS = "homoglyphs"
    IMPERSONATED_BADGE = "impersonated_badge"
    YOUNG_LOGO_COPY = "young_logo_copy"
    UNPROVEN_CLAIM = "unproven_claim"
    # somebody else
    SELF_DECLARED_UNOFFICIAL = "self_declared_unofficial"
    PERSONAL_ACCOUNT = "personal_account"
    NAMESAKE = "namesake"
    # the company's own, but to retire
    DUPLICATE_ACCOUNT = "duplicate_account"
    DORMANT = "dormant"
    OUTSIDE_STRATEGY = "outside_strategy"
    # the reviewer and history
    TRIAGE = "triage"
    REOPENED = "reopened"
    DECISION = "decision"


@dataclass(frozen=True)
class Evidence:
    """One signal that fired, printed verbatim in the report: never a log line."""

    signal: str  # e.g. handle_similarity, avatar_match, scam_wording, official_site_link
    value: float | str | bool | None
    detail: str  # a sentence a reviewer can check


@dataclass(frozen=True)
class Triage:
    platform: str
    handle: str
    decision: TriageDecision
    note: str | None = None
    decided_at: str | None = None
    by: str | None = None  # the reviewer (``triage --by``); None for older decisions


@dataclass(frozen=True)
class Finding:
    platform: str
    handle: str
    url: str | None
    display_name: str | None
    cls: FindingClass
    severity: Severity | None
    score: float  # relevance 0..1: "is this about us?"
    brand: str | None
    department: str | None
    evidence: tuple[Evidence, ...] = ()
    discovered_via: tuple[Via, ...] = ()
    probe_state: ProbeState = ProbeState.FOUND
    probe_reason: str | None = None
    status: Status = Status.NEW
    status_detail: str | None = None  # what changed, for CHANGED/REOPENED
    triage: Triage | None = None
    imitates: tuple[str, str] | None = None  # (platform, handle) of the official account copied
    harm: float = 0.0  # 0..1, what severity is derived from
    observation: ProfileObservation | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.platform, self.handle)


def _counts(value: Any) -> dict[str, int]:
    """A ``{name: count}`` read back from stored JSON; anything else is no counts."""
    if not isinstance(value, Mapping):
        return {}
    out: dict[str, int] = {}
    for k, v in value.items():
        try:
            out[str(k)] = int(v)
        except (TypeError, ValueError):
            continue
    return out


@dataclass(frozen=True)
class PlatformCrawl:
    """One platform's row of the crawl summary: what the probes answered, whether its search
    API and the web search's ``site:`` queries ran (``yes`` / ``partly`` / ``failed`` / ``no``)."""

    name: str
    title: str = ""
    probe_possible: bool = True
    probes: dict[str, int] = field(default_factory=dict)  # probe answers by state
    observations: dict[str, int] = field(default_factory=dict)  # profiles by state
    calibration: str | None = None  # the random-handle probe's state, or "failed: <reason>"
    api_search: str = "no"
    web_search: str = "no"
    web_search_site: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "title": self.title, "probe_possible": self.probe_possible,
            "probes": dict(self.probes), "observations": dict(self.observations),
            "calibration": self.calibration, "api_search": self.api_search,
            "web_search": self.web_search, "web_search_site": self.web_search_site,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PlatformCrawl:
        site = data.get("web_search_site")
        calibration = data.get("calibration")
        return cls(
            name=str(data.get("name") or ""),
            title=str(data.get("title") or data.get("name") or ""),
            probe_possible=bool(data.get("probe_possible", True)),
            probes=_counts(data.get("probes")),
            observations=_counts(data.get("observations")),
            calibration=str(calibration) if calibration is not None else None,
            api_search=str(data.get("api_search") or "no"),
            web_search=str(data.get("web_search") or "no"),
            web_search_site=str(site) if site else None,
        )


@dataclass(frozen=True)
class CrawlSummary:
    """What the crawl did, as the report's coverage section prints it. The runner builds it
    from the Scrapy stats and the stored observations (``crawler.runner.crawl_summary``), the
    store keeps it as JSON with the audit (``to_dict``), ``reports.coverage`` reads it back
    (``from_dict``, tolerant of summaries stored by older versions: a missing figure is None,
    not 0, so the report can say it was not recorded)."""

    requests: int | None = None
    responses: int | None = None
    items: int | None = None
    elapsed: float | None = None
    cpu: float | None = None  # CPU seconds of the crawling process (the engine's cost)
    finish_reason: str | None = None
    status_counts: dict[str, int] = field(default_factory=dict)  # HTTP status -> responses
    probes: dict[str, int] = field(default_factory=dict)  # probe answers by state
    observations: dict[str, int] = field(default_factory=dict)  # profiles by state
    unverifiable: dict[str, int] = field(default_factory=dict)  # profiles by reason
    rate_limited: int = 0
    retries: int = 0
    errors: int = 0
    search_engine: str = "none"
    web_search: dict[str, int] = field(default_factory=dict)  # pages, could_not_search
    limits: dict[str, int] = field(default_factory=dict)  # crawl limits hit, by limit
    gaps: int = 0
    platforms: tuple[PlatformCrawl, ...] = ()
    #: "GitHub: authenticated (GITHUB_TOKEN)" per platform whose credential was set
    credentials: tuple[str, ...] = ()
    #: a distributed audit's processes: {process, role, requests, responses, items}
    processes: tuple[Mapping[str, Any], ...] = ()
    #: a distributed audit's leases: requests ``requeued`` from a lost or stalled process (each
    #: crawled again), of which ``delivered_twice`` (both outcomes arrived; stored once)
    leases: dict[str, int] = field(default_factory=dict)
    #: how the catalog's platforms write a handle (``shown_as``), for those that write it
    #: otherwise than as stored (``@name``, ``u/name``): the report shows the audit's
    #: handles so, re-rendered too; None: not recorded (a summary stored before it was)
    handle_forms: Mapping[str, HandleForm] | None = None

    def platform(self, name: str) -> PlatformCrawl | None:
        return next((p for p in self.platforms if p.name == name), None)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-safe form stored with the audit and written to ``coverage.json``."""
        out: dict[str, Any] = {
            "requests": self.requests, "responses": self.responses, "items": self.items,
            "elapsed": self.elapsed, "cpu": self.cpu, "finish_reason": self.finish_reason,
            "status_counts": dict(self.status_counts), "probes": dict(self.probes),
            "observations": dict(self.observations), "unverifiable": dict(self.unverifiable),
            "rate_limited": self.rate_limited, "retries": self.retries, "errors": self.errors,
            "search_engine": self.search_engine, "web_search": dict(self.web_search),
            "limits": dict(self.limits), "gaps": self.gaps,
            "platforms": [p.to_dict() for p in self.platforms],
        }
        if self.credentials:
            out["credentials"] = list(self.credentials)
        if self.processes:
            out["processes"] = [dict(p) for p in self.processes]
        if self.leases:
            out["leases"] = dict(self.leases)
        if self.handle_forms is not None:
            out["handle_forms"] = {p: f.to_list() for p, f in self.handle_forms.items()}
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> CrawlSummary | None:
        """The stored form back; None when nothing was recorded (an empty or foreign value)."""
        if not isinstance(data, Mapping) or not data:
            return None

        def number(key: str) -> int | None:
            value = data.get(key)
            try:
                return int(value) if value is not None else None
            except (TypeError, ValueError):
                return None

        elapsed = data.get("elapsed")
        cpu = data.get("cpu")
        finish = data.get("finish_reason")
        return cls(
            requests=number("requests"),
            responses=number("responses"),
            items=number("items"),
            elapsed=float(elapsed) if isinstance(elapsed, int | float) else None,
            cpu=float(cpu) if isinstance(cpu, int | float) else None,
            finish_reason=str(finish) if finish else None,
            status_counts=_counts(data.get("status_counts")),
            probes=_counts(data.get("probes")),
            observations=_counts(data.get("observations")),
            unverifiable=_counts(data.get("unverifiable")),
            rate_limited=number("rate_limited") or 0,
            retries=number("retries") or 0,
            errors=number("errors") or 0,
            search_engine=str(data.get("search_engine") or "none"),
            web_search=_counts(data.get("web_search")),
            limits=_counts(data.get("limits")),
            gaps=number("gaps") or 0,
            platforms=tuple(PlatformCrawl.from_dict(p) for p in data.get("platforms") or ()
                            if isinstance(p, Mapping) and p.get("name")),
            credentials=tuple(str(c) for c in data.get("credentials") or ()),
            processes=tuple(p for p in data.get("processes") or () if isinstance(p, Mapping)),
            leases=_counts(data.get("leases")),
            handle_forms=_handle_forms(data.get("handle_forms")),
        )


def _handle_forms(value: object) -> dict[str, HandleForm] | None:
    if not isinstance(value, Mapping):
        return None
    return {str(p): HandleForm.from_list(f) for p, f in value.items()}


def utcnow_iso() -> str:
    """One timestamp format for the whole project (UTC, seconds)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()
