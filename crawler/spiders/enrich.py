"""Enrichment: every sighted profile is fetched once and becomes one ``ProfileObservation``.

The fetch is the platform's probe (``Platform.probe_request``): the same URL whether the handle
came from a variant probe, a search result or an official site, so Scrapy's dupefilter (keyed on
the fetch URL) makes "fetched once" true without the spider remembering anything. What a
response is about travels with the request in ``meta["bs"]``.

Three states, never two: a block, a login wall, a timeout, a DNS error, a robots.txt refusal or
a rate limit that outlasted our patience is ``unverifiable`` with a reason, never ``not_found``.
Platforms with no anonymous probe (LinkedIn's 999) get an ``unverifiable`` observation without a
request.

Order of what one profile yields: ``PageBody`` (evidence), then, after an optional avatar fetch
(the observation rides in the avatar request's meta), the ``ProfileObservation``, then the
linked-page requests of a suspicious profile.

Nothing here depends on how the profile was reached: the one request that survives the
dupefilter may be a variant probe, a search's enrichment or a linked page's, and which one wins
varies from run to run. So a suspicious profile's links are followed whatever reached it, and a
handle the variant generator guessed gets its variant sighting from whichever fetch answered.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy import exceptions as sx
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (
    ConnectError,
    ConnectionDone,
    ConnectionLost,
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)

from matching.models import ProbeState, ProfileFields, ProfileObservation, Sighting, Via, utcnow_iso

from .. import limits, stats_keys
from ..avatars import fingerprint
from ..credentials import BAD_CREDENTIALS, META_KEY, refused, refused_gap
from ..items import CoverageGap, PageBody, ProbeOutcome
from ..limits import limit_of
from ..netguard import RESOLVER_REFUSALS
from ..probe_read import (  # the reading rules live there (Scrapy-free, lane_fork's too)
    ERROR_STATUSES,
    NEVER_ABSENT,  # noqa: F401 - re-exported
    REDIRECT_STATUSES,
    implausible,
    read_outcome,
)
from .checkpoint import skipped

if TYPE_CHECKING:
    from scrapy.http import Response
    from twisted.python.failure import Failure

    from ..catalog import Platform



def profile_meta(platform: Platform, handle: str, **bs: Any) -> dict[str, Any]:
    """Meta of a platform request: no robots.txt (single lookups of public endpoints), the
    platform's own cookie jar, the catalog's fixed delay (AutoThrottle may not lower it)."""
    return {
        "bs": {"platform": platform.name, "handle": handle, **bs},
        "handle_httpstatus_list": list(ERROR_STATUSES),
        "dont_obey_robotstxt": True,
        "cookiejar": platform.name,
        "autothrottle_dont_adjust_delay": True,
    }


def profile_request(spider: Any, platform: Platform, handle: str, *, kind: str = "enrich",
                    family: str | None = None, declared: bool = False,
                    priority: int = 0, view: str | None = None,
                    extra: dict[str, Any] | None = None) -> Request | None:
    """The probe (or a named view) of ``handle`` as a Request, None when no probe is possible."""
    spec = platform.request_for(view, handle) if view else platform.probe_request(handle)
    if spec is None:
        return None
    meta = profile_meta(platform, handle, kind=kind, family=family, declared=declared,
                        view=spec.get("view"), **(extra or {}))
    if not spec.get("follow_redirects", True):
        meta["dont_redirect"] = True
        meta["handle_httpstatus_list"] = meta["handle_httpstatus_list"] + REDIRECT_STATUSES
    body = spec.get("body")
    return Request(
        spec["url"],
        method=spec.get("method") or "GET",
        headers=spec.get("headers") or None,
        body=body.encode("utf-8") if isinstance(body, str) else body,
        callback=spider.parse_profile,
        errback=spider.profile_failed,
        meta=meta,
        priority=priority,
    )


def sighted(spider: Any, platform_name: str, handle: str, via: Via, source: str,
            detail: str = "", url: str | None = None,
            priority: int = 0, title: str | None = None,
            snippet: str | None = None, page_text: str | None = None) -> Iterator[Any]:
    """A discovery path saw ``platform:handle``: the sighting, then its enrichment.

    ``title`` and ``snippet`` are what a search result showed about the profile: for X and
    LinkedIn, whose pages a crawler cannot read, the only text matching gets to see.
    ``page_text``: what the page that links it shows (``linked_pages.page_text``)."""
    if platform_name not in spider.active:
        return
    platform = spider.catalog[platform_name]
    h = platform.canonical(handle)
    yield Sighting(platform_name, h, Via(via), source, detail, url,
                   title=(title or "").strip() or None, snippet=(snippet or "").strip() or None,
                   page_text=page_text or None)
    yield from enrichment(spider, platform, h, priority=priority)


def enrichment(spider: Any, platform: Platform, handle: str, *, kind: str = "enrich",
               family: str | None = None, declared: bool = False,
               priority: int = 0) -> Iterator[Any]:
    done = spider.checkpoint.observation(platform.name, handle)
    if done is not None:
        yield from replay(spider, done)
        return
    got = prefetched(spider, platform.name, handle)
    if got is not None:
        yield from settle(spider, platform, got, {"platform": platform.name, "handle": handle,
                                                  "kind": kind, "family": family,
                                                  "declared": declared})
        return
    req = profile_request(spider, platform, handle, kind=kind, family=family,
                          declared=declared, priority=priority)
    if req is not None:
        yield retried(spider, req)
        return
    # No anonymous probe exists: say so, with the catalog's reason, never "not found". Once
    # per sighting, deliberately: the observation is a constant of (platform, handle), the
    # store keeps one row per profile (an idempotent upsert) and the report counts rows, not
    # emissions. Deduplicating here would take either spider state (which scrapy-redis
    # workers do not share) or a pseudo-request through the dupefilter, whose fake answer
    # would show up in the report's requests and HTTP statuses as if LinkedIn had been asked.
    yield ProfileObservation(
        platform=platform.name,
        handle=handle,
        url=platform.profile_url(handle),
        state=ProbeState.UNVERIFIABLE,
        reason=platform.probe_reason or "no_probe",
        fetched_at=utcnow_iso(),
    )


def unfinished(spider: Any) -> Iterator[Any]:
    """A resumed audit: the probes of the profiles sighted before the interruption that were
    never answered (``checkpoint``), whichever path sighted them."""
    for platform_name, handle in spider.checkpoint.unobserved:
        if (platform_name in spider.active and platform_name in spider.catalog
                and (platform_name, handle) not in spider.declared):  # probed again anyway
            yield from enrichment(spider, spider.catalog[platform_name], handle)


class _Answer:
    """What ``finish`` reads of a response, for an answer a probe worker read."""

    __slots__ = ("body", "meta", "status", "url")

    def __init__(self, body: bytes, url: str, status: int):
        self.body, self.url, self.status, self.meta = body, url, status, {}


def prefetched(spider: Any, platform: str, handle: str) -> Any:
    """The answer a forked probe worker settled for this probe (crawler/lane_fork.py)."""
    pre = getattr(spider, "prefetch", None)
    return pre.get(platform, handle) if pre is not None else None


def settle(spider: Any, platform: Platform, got: Any, bs: dict[str, Any]) -> Iterator[Any]:
    """A worker's settled answer: what the callback emits after reading that answer (the
    probe's stats, sighting, page body and observation), without a second request."""
    stats = spider.crawler.stats
    if stats:
        for name in got.implausible:
            stats.inc_value(f"{stats_keys.IMPLAUSIBLE}{name}")
    yield from _after_read(spider, platform, got.handle, bs, ProbeState(got.state), got.reason,
                           got.fields, _Answer(got.body, got.url, got.status))


def retried(spider: Any, request: Request) -> Request:
    """A probe a worker asked once and could not settle (a transport failure, a retryable
    status): the crawl's retries count that attempt (``retry_times``)."""
    pre = getattr(spider, "prefetch", None)
    bs = request.meta.get("bs") or {}
    if pre is not None and (bs.get("platform"), bs.get("handle")) in pre.tried:
        request.meta["retry_times"] = max(1, int(request.meta.get("retry_times", 0)))
    return request


def variant_sighting(spider: Any, platform: Platform, handle: str,
                     bs: dict[str, Any]) -> Iterator[Sighting]:
    """The probe sighting of a guessed handle that exists (or could not be checked).

    A variant probe carries its family in ``bs``; any other fetch of a handle the variant
    generator also guessed (a search result's enrichment that reached the dupefilter first)
    gets the family from ``spider.variant_of``, so the sighting does not depend on which
    request was scheduled first."""
    if bs.get("kind") == "variant":
        family, source = bs.get("family"), bs.get("source", "")
    else:
        cand = getattr(spider, "variant_of", {}).get((platform.name, handle))
        if cand is None:
            return
        family, source = cand.family, cand.source
    yield Sighting(platform.name, handle, Via.PROBE, f"variant:{family}",
                   f"{family} of {source or ''}".strip(), platform.profile_url(handle))


def headers_dict(response: Response) -> dict[str, str]:
    """Response headers as a plain ``{lower-case name: first value}`` dict for page objects."""
    out: dict[str, str] = {}
    for name, values in response.headers.items():
        if values:
            out[name.decode("latin-1").lower()] = values[0].decode("latin-1")
    return out


def plausible(fields: ProfileFields, response: Any = None) -> ProfileFields:
    """``fields`` without values no real profile can have: negative counts, dates in the
    future (``probe_read.implausible``). Each value dropped is counted in the crawl stats
    (``brandsweep/implausible/<field>`` and the response's ``meta["bs_implausible"]``); the
    rest of the profile still counts."""
    changes = implausible(fields)
    if not changes:
        return fields
    if response is not None:
        response.meta["bs_implausible"] = sorted(changes)
    return dataclasses.replace(fields, **changes)


def _read(platform: Platform, response: Response, handle: str) -> tuple[ProbeState, str | None,
                                                                         ProfileFields]:
    state, reason, fields, dropped = read_outcome(
        platform, response.url, response.status, headers_dict(response), response.body, handle,
        rate_limited=bool(response.meta.get("brandsweep_rate_limited")),
        credential_sent=bool(response.meta.get(META_KEY)))
    if dropped:
        response.meta["bs_implausible"] = dropped
    if refused(platform, response):
        # the credential (GITHUB_TOKEN) was refused: nothing about the handle is known
        return ProbeState.UNVERIFIABLE, BAD_CREDENTIALS, ProfileFields()
    return state, reason, fields


def parse_profile(spider: Any, response: Response) -> Iterator[Any]:
    """Callback of every profile fetch (probe, variant probe, enrichment, second view)."""
    bs = response.meta["bs"]
    platform = spider.catalog[bs["platform"]]
    handle = bs["handle"]
    stats = spider.crawler.stats
    state, reason, fields = _read(platform, response, handle)
    if stats:
        for name in response.meta.get("bs_implausible", ()):
            stats.inc_value(f"{stats_keys.IMPLAUSIBLE}{name}")
    if reason == BAD_CREDENTIALS:
        gap = refused_gap(platform)
        if gap is not None:
            yield gap
    yield from _after_read(spider, platform, handle, bs, state, reason, fields, response)


def _after_read(spider: Any, platform: Platform, handle: str, bs: dict[str, Any],
                state: ProbeState, reason: str | None, fields: ProfileFields,
                response: Any) -> Iterator[Any]:
    """What an answer, once read, leads to (the callback's and a worker's answer alike)."""
    kind = bs.get("kind", "enrich")
    stats = spider.crawler.stats
    if bs.get("stage") == "second_view":
        # X: the probe proved existence, this view carries the fields (when it can)
        first = bs["first"]
        if state is ProbeState.FOUND or fields != ProfileFields():
            yield from finish(spider, platform, handle, ProbeState(first["state"]),
                              first["reason"], fields, response, bs)
        elif state is ProbeState.UNVERIFIABLE and not platform.js_shell_page:
            # the page that shows the profile could not be read (TikTok's JavaScript shell, a
            # captcha): the probe proved the handle exists, nothing of the profile was checked
            yield from finish(spider, platform, handle, state, reason, ProfileFields(),
                              response, bs)
        else:
            yield from finish(spider, platform, handle, ProbeState(first["state"]),
                              first["reason"], ProfileFields(), None, bs, fallback=first)
        return

    if kind == "variant":
        if stats:
            stats.inc_value(stats_keys.probe(platform.name, state.value))
        if state is ProbeState.NOT_FOUND:
            # definite: a resumed audit does not ask it again (crawler/spiders/checkpoint.py)
            yield ProbeOutcome(platform.name, handle, state.value, reason)
            return
        if state is ProbeState.UNVERIFIABLE and bs.get("uncalibrated"):
            # the calibration could not be read either: the platform's coverage gap says it
            if stats:
                stats.inc_value(f"brandsweep/uncalibrated/{platform.name}")
            return
        if state is ProbeState.FOUND and bs.get("claims_random"):
            # the platform "found" a random handle too: its found means nothing
            state, reason = ProbeState.UNVERIFIABLE, "claims_random_handles"
        yield from variant_sighting(spider, platform, handle, bs)
    else:
        if stats:
            stats.inc_value(stats_keys.probe(platform.name, state.value))
        if state is not ProbeState.NOT_FOUND and not bs.get("declared"):
            yield from variant_sighting(spider, platform, handle, bs)

    second = getattr(platform, "enrich_view", None)
    if (state is ProbeState.FOUND and second and second != bs.get("view")
            and platform.enrich_url(handle) != response.url):
        req = profile_request(spider, platform, handle, view=second, extra={
                                  "stage": "second_view",
                                  "first": {"state": state.value, "reason": reason,
                                            "status": response.status, "url": response.url,
                                            "body": response.body},
                              })
        if req is not None:
            req.dont_filter = True  # the observation rides on it: it must not be dropped
            yield req
            return
    yield from finish(spider, platform, handle, state, reason, fields, response, bs)


def finish(spider: Any, platform: Platform, handle: str, state: ProbeState, reason: str | None,
           fields: ProfileFields, response: Response | None, bs: dict[str, Any],
           fallback: dict[str, Any] | None = None) -> Iterator[Any]:
    """Body item, then the observation (after the avatar when there is one)."""
    if response is not None:
        body, url, status = response.body, response.url, response.status
    else:
        fb = fallback or {}
        body, url, status = fb.get("body") or b"", fb.get("url") or "", fb.get("status")
    sha = hashlib.sha256(body).hexdigest() if body else None
    if body and sha:
        yield PageBody(platform.name, handle, sha, url, body)
    obs = ProfileObservation(
        platform=platform.name,
        handle=handle,
        url=platform.profile_url(handle),
        state=state,
        reason=None if state is ProbeState.FOUND else reason,
        http_status=status,
        fields=fields,
        fetched_at=utcnow_iso(),
        body_sha256=sha,
        final_url=url or None,
    )
    avatar = fields.avatar_url
    if (state is ProbeState.FOUND and avatar and avatar.startswith(("http://", "https://"))
            and spider.settings.getbool("BRANDSWEEP_FETCH_AVATARS", True)):
        try:
            request = Request(
                avatar,
                callback=spider.parse_avatar,
                errback=spider.avatar_failed,
                dont_filter=True,  # the observation rides on it: it must not be dropped
                meta={"bs_obs": obs, "dont_obey_robotstxt": True,
                      "cookiejar": platform.name, "bs_avatar": True},
            )
        except ValueError:
            # a host no browser accepts (w3lib 2.6 refuses to build the request,
            # crawler/written.py): no avatar to compare, the observation all the same
            if spider.crawler.stats:
                spider.crawler.stats.inc_value(stats_keys.AVATARS_FAILED)
        else:
            yield request
            return
    yield from observed(spider, obs)


def replay(spider: Any, obs: ProfileObservation) -> Iterator[Any]:
    """A resumed audit already holds this profile's observation: no fetch, only what the
    observation leads to (its external links, for a suspicious profile), once per process
    (links that lead back here would otherwise replay forever: ``checkpoint``)."""
    if not spider.checkpoint.first_replay(obs.platform, obs.handle):
        return
    skipped(spider, "profile")
    yield from spider.follow_links(obs)


def observed(spider: Any, obs: ProfileObservation) -> Iterator[Any]:
    """The observation, then the external links of a suspicious profile, however it was
    reached (``linked_pages.follow``, through the spider, decides from the observation
    alone; ``linked_pages`` builds on this module, so it is not imported here)."""
    yield obs
    yield from spider.follow_links(obs)


def parse_avatar(spider: Any, response: Response) -> Iterator[Any]:
    obs: ProfileObservation = response.meta["bs_obs"]
    printed = fingerprint(response.body) if response.status == 200 else None
    if printed is not None:
        obs = dataclasses.replace(obs, fields=dataclasses.replace(
            obs.fields, avatar_phash=printed.phash, avatar_thumb=printed.thumb))
    elif spider.crawler.stats:
        spider.crawler.stats.inc_value(stats_keys.AVATARS_UNDECODABLE)
    yield from observed(spider, obs)


def avatar_failed(spider: Any, failure: Failure) -> Iterator[Any]:
    request = failure.request  # type: ignore[attr-defined]
    if spider.crawler.stats:
        spider.crawler.stats.inc_value(stats_keys.AVATARS_FAILED)
    yield from observed(spider, request.meta["bs_obs"])


def failure_reason(failure: Failure) -> str:
    """A short reason for a failed fetch, as the report shows it."""
    exc = failure.value
    limit = limit_of(failure)
    if limit:
        return limit
    if failure.check(DNSLookupError, sx.CannotResolveHostError):
        request = getattr(failure, "request", None)
        host = (urlsplit(request.url).hostname or "") if request is not None else ""
        if host in RESOLVER_REFUSALS:  # answered with a private address at connection time
            return f"refused: {RESOLVER_REFUSALS[host]}"
        return "dns_error"
    if failure.check(TimeoutError, TCPTimedOutError, sx.DownloadTimeoutError):
        return "timeout"
    if failure.check(ConnectionRefusedError, sx.DownloadConnectionRefusedError):
        return "connection_refused"
    if failure.check(ConnectionLost, ConnectionDone, sx.ResponseDataLossError):
        return "connection_reset"
    if failure.check(ConnectError, sx.DownloadFailedError):
        text = str(exc)
        if "ConnectionLost" in text or "ConnectionDone" in text:
            return "connection_reset"  # closed or reset before a whole answer came
        return "connection_error"
    if failure.check(sx.UnsupportedURLSchemeError):
        return "unsupported_scheme"
    if failure.check(HttpError):
        return f"http_{exc.response.status}"  # type: ignore[attr-defined]
    if failure.check(IgnoreRequest):
        text = str(exc)
        if "robots.txt" in text:
            return "robots"
        reason = getattr(exc, "reason", None)
        if reason:
            return f"refused: {reason}"
        return "ignored"
    name = type(exc).__name__
    if "Timeout" in name:
        return "timeout"
    if "ResponseNeverReceived" in name or "ConnectionLost" in name:
        return "connection_reset"
    return name


def record_failure(spider: Any, failure: Failure) -> tuple[Platform, dict[str, Any], str,
                                                           CoverageGap | None]:
    """A failed profile fetch counted (and a limit hit recorded): (platform, the request's
    ``bs`` meta, the reason, the limit's coverage gap when it is the first)."""
    request = failure.request  # type: ignore[attr-defined]
    bs = request.meta["bs"]
    platform = spider.catalog[bs["platform"]]
    reason = failure_reason(failure)
    gap = None
    if spider.crawler.stats:
        spider.crawler.stats.inc_value(f"{stats_keys.FETCH_FAILED}{reason.split(':')[0]}")
    if reason in limits.LIMITS:
        gap = limits.record(spider, reason, platform.name, request.url,
                            f"{platform.name}:{bs['handle']} not read")
    return platform, bs, reason, gap


def profile_failed(spider: Any, failure: Failure) -> Iterator[Any]:
    """Errback of profile fetches: the profile is unverifiable, with the reason."""
    platform, bs, reason, gap = record_failure(spider, failure)
    if gap:
        yield gap
    if bs.get("stage") == "second_view":
        first = bs["first"]
        yield from finish(spider, platform, bs["handle"], ProbeState(first["state"]),
                          first["reason"], ProfileFields(), None, bs, fallback=first)
        return
    if not bs.get("declared"):
        yield from variant_sighting(spider, platform, bs["handle"], bs)
    yield ProfileObservation(
        platform=platform.name,
        handle=bs["handle"],
        url=platform.profile_url(bs["handle"]),
        state=ProbeState.UNVERIFIABLE,
        reason=reason,
        fetched_at=utcnow_iso(),
        final_url=failure.request.url,  # type: ignore[attr-defined]
    )
