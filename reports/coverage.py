"""What the audit could not check: coverage gaps and the crawl's own numbers, in plain language.

A report that says "0 impostors on X" must not be read as a clean bill when the web search that
would have found them answered with a CAPTCHA, or when every probe of the platform hit a login
wall. The crawler records each such step as a coverage gap (``path, engine, reason, query, url,
page``); this module turns those records and the crawl summary the runner stores into:

* :class:`CoverageView` for the report's "Coverage: what could not be checked" section and the
  warning in the executive summary;
* ``coverage.json`` (:func:`coverage_to_json`) next to ``findings.json``, for scripts.

Pure: gaps and the crawl summary come in as plain mappings (what ``Store.coverage_gaps`` and
``Store.crawl_summary`` return), findings as the shared dataclasses. Query strings and URLs are
untrusted (a query holds the brand's name as the inventory spells it, a URL may come from a
page): they are marked like every scraped value and linked only when they are http(s).

Example::

    cov = build_coverage([{"path": "web_search", "engine": "duckduckgo", "reason": "captcha",
                           "query": 'site:x.com "Northwind Coffee"'}], crawl={}, findings=[])
    print(cov.groups[0].gaps[0].text)
    # Web search (DuckDuckGo) could not search 'site:x.com "Northwind Coffee"': CAPTCHA (HTTP 202)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from matching.models import CrawlSummary, Finding, HandleForm, ProbeState, Status

from .i18n import N_, Translator
from .json_indent import dump_indented, dumps_indented
from .sentences import PROBE_REASONS, probe_reason_text
from .untrusted import ITEM_LIMIT, Link, Marked, make_link, mark_text

# --------------------------------------------------------------------------- plain language

#: Discovery paths in the order the report lists them, with their section titles and what a
#: gap on them means for the reader.
PATHS: dict[str, tuple[str, str]] = {
    "credentials": (
        N_("Credentials"),
        N_(
            "Platforms that refused the credential given in the environment (e.g. GITHUB_TOKEN): "
            "their answers that needed it could not be read, so nothing there was checked."
        ),
    ),
    "probe": (
        N_("Profile probes"),
        N_(
            "Platforms where look-alike handles could not be probed: no impostor found there does "
            "not mean there is none."
        ),
    ),
    "web_search": (
        N_("Web search"),
        N_(
            "Queries the search engine did not answer: profiles that only a search would reveal "
            "(handles no variant generator guesses) may be missing."
        ),
    ),
    "platform_search": (
        N_("Platform search APIs"),
        N_(
            "Searches inside a platform that failed: accounts only its search would reveal may be "
            "missing."
        ),
    ),
    "official_site": (
        N_("Official websites"),
        N_(
            "Pages of the company's own websites that could not be read: social links there were "
            "not collected."
        ),
    ),
    "linked_page": (
        N_("Linked pages"),
        N_(
            "Websites linked from suspicious profiles that could not be read."
        ),
    ),
    "limit": (
        N_("Crawl limits"),
        N_(
            "Where a size, page-count or time limit, or a refusal to reach a private address, "
            "stopped part of the crawl early."
        ),
    ),
}

ENGINE_TITLES: dict[str, str] = {
    "duckduckgo": "DuckDuckGo",
    "searxng": "SearXNG",
    "x": "X",
    "linkedin": "LinkedIn",
    "youtube": "YouTube",
    "tiktok": "TikTok",
    "github": "GitHub",
}

_REASONS: dict[str, str] = {
    "captcha": N_("CAPTCHA (HTTP 202)"),
    "rate_limited": N_("rate limited (HTTP 429)"),
    "blocked": N_("blocked by the engine"),
    "bad_json": N_("the answer was not valid JSON"),
    "json_format_disabled": N_("the instance does not serve JSON (HTTP 403)"),
    "login_wall": N_("login wall"),
    "bot_block": N_("bot block"),
    "js_shell": N_("page without data (JavaScript only)"),
    "timeout": N_("timed out"),
    "dns_error": N_("DNS lookup failed"),
    "connection_refused": N_("connection refused"),
    "connection_reset": N_("connection reset"),
    "connection_error": N_("connection failed"),
    "unsupported_scheme": N_("unsupported URL scheme"),
    "robots": N_("disallowed by robots.txt"),
    "ignored": N_("request dropped"),
    "unverifiable": N_("could not be read"),
    "bad_credentials": N_("bad credentials (HTTP 401)"),
    "not_checked": N_("not checked in this audit (its platform was not swept)"),
    # a profile sighted but never read (crawler/runner.py's ``unchecked``)
    "not checked": N_("not read in this audit"),
    # crawl limits (crawler/limits.py)
    "too_large": N_("response over the size limit"),
    "too_many_redirects": N_("too many redirects"),
    "site_max_pages": N_("page budget for the site used up"),
    "site_max_per_pattern": N_("page budget for one kind of page used up (an endless listing?)"),
    "site_max_depth": N_("link depth limit"),
    "linked_max_per_profile": N_("budget of external links per profile used up"),
    "linked_max_pages": N_("budget of linked pages for the audit used up"),
}
#: Scrapy finish reasons other than "finished", as the summary says them.
_FINISH = {
    "closespider_timeout": N_("the time limit for the audit was reached"),
    "shutdown": N_("it was interrupted"),
    "cancelled": N_("it was cancelled"),
}
#: crawler/spiders/linked_pages.py's reason of a linked page it could not fetch
_FETCH_FAILED = "fetch failed: "
_HTTP = {
    400: N_("bad request"),
    401: N_("unauthorised"),
    403: N_("forbidden"),
    404: N_("not found"),
    429: N_("rate limited"),
    410: N_("gone"),
    421: N_("misdirected request"),
    451: N_("unavailable for legal reasons"),
    500: N_("server error"),
    502: N_("bad gateway"),
    503: N_("unavailable"),
    504: N_("gateway timeout"),
}

#: Values of the per-platform search columns, as the table prints them.
SEARCH_LABELS: dict[str, str] = {
    "yes": N_("yes"),
    "no": N_("no"),
    "failed": N_("failed"),
    "partly": N_("partly failed"),
}
_VARIANTS_SKIPPED = "variant probes skipped"
#: the crawl's gap for variants probed after a failed calibration (crawler/spiders/probes.py)
_UNCALIBRATED = "variants probed without calibration"
#: crawler/runner.py's query of a profile sighted but never read ("instagram:x was sighted
#: but its profile was never read: ..."): the profile, then the English sentence
_SIGHTED = " was sighted but its profile was never read"
#: crawler/spiders/linked_pages.py's queries of a linked page it could not fetch: an external
#: link of a profile, a site a web search listed
_LINK_OF = re.compile(r"external link of (\S+) not fetched")
_LISTED = re.compile(r"site listed by a web search for (.+) not fetched", re.S)


def reason_text(reason: str | None, tr: Translator | None = None) -> str:
    """A gap's reason as a reader understands it: ``captcha`` -> ``CAPTCHA (HTTP 202)``,
    ``http_403`` -> ``HTTP 403 (forbidden)``, ``unresponsive_engines: google, bing`` ->
    ``every engine behind it was unresponsive (google, bing)``; unknown reasons verbatim.
    In the language of ``tr`` (English without one)."""
    _ = tr.gettext if tr else str
    r = str(reason or "").strip()
    if not r:
        return _("no reason recorded")
    if r in _REASONS:
        return _(_REASONS[r])
    m = re.fullmatch(r"http_(\d{3})", r)
    if m:
        code = int(m.group(1))
        return f"HTTP {code}" + (f" ({_(_HTTP[code])})" if code in _HTTP else "")
    # a linked page's failed fetch (crawler/spiders/linked_pages.py, crawler/fetch_one.py):
    # "fetch failed: http_421 (redirected to https://...)"
    m = re.fullmatch(r"(.+?) \(redirected to (\S+)\)", r)
    if m:
        return _("{reason} (redirected to {url})").format(
            reason=reason_text(m.group(1), tr), url=m.group(2))
    if r.startswith(_FETCH_FAILED):
        return _("fetch failed: {reason}").format(
            reason=reason_text(r[len(_FETCH_FAILED):], tr))
    if r.startswith("unresponsive_engines"):
        names = r.partition(":")[2].strip()
        return _("every engine behind it was unresponsive") + (f" ({names})" if names else "")
    return r


def _unverified_reason(reason: str | None, tr: Translator | None) -> str:
    """Why a profile could not be checked: a catalog's own words for a platform no probe can
    read ("bot-blocked (HTTP 999 ...)") read as the report's sentence in another language."""
    r = str(reason or "").strip()
    if tr is not None and tr.lang != "en" and " " in r and r not in _REASONS:
        return probe_reason_text(tr, r)
    if r in PROBE_REASONS and r not in _REASONS:  # a reader's code: 'no_profile_data'
        return probe_reason_text(tr or Translator("en"), r)
    return reason_text(reason, tr)


def engine_title(engine: str | None, titles: Mapping[str, str] | None = None) -> str:
    """``duckduckgo`` -> ``DuckDuckGo``; a platform by its catalog title when known."""
    e = str(engine or "")
    if titles and e in titles:
        return titles[e]
    if "." in e or ":" in e:  # a host name stays as it is
        return e
    return ENGINE_TITLES.get(e, e[:1].upper() + e[1:] if e else "?")


def _path_title(path: str, tr: Translator | None = None) -> str:
    if path in PATHS:
        return tr.gettext(PATHS[path][0]) if tr else PATHS[path][0]
    return path.replace("_", " ").capitalize()


def _quote(q: str) -> str:
    return f"'{q}'"


# --------------------------------------------------------------------------- view model


@dataclass(frozen=True)
class GapView:
    """One step that could not run, as one sentence: ``lead``, then the quoted ``query``
    (or the ``link``), then ``reason_text``. ``text`` is the whole sentence in plain text."""

    path: str
    engine: str
    reason: str
    lead: str
    query: Marked | None
    link: Link | None
    reason_text: str
    page: int
    text: str
    variants_skipped: bool = False  # a platform whose look-alike handles were not probed


@dataclass(frozen=True)
class GapGroup:
    key: str  # the discovery path
    title: str
    description: str
    gaps: tuple[GapView, ...]  # at most ITEM_LIMIT, in recorded order
    total: int
    reasons: tuple[tuple[str, int], ...]  # (reason as text, count), most frequent first


@dataclass(frozen=True)
class PlatformCoverage:
    """One line of the "Platforms" table: what was probed and searched on one platform."""

    platform: str
    title: str
    found: int
    not_found: int
    unverifiable: int
    variants: str  # "probed" / "not probed: login wall" / "no direct probe possible"
    api_search: str  # yes / no / failed / partly failed
    web_search: str  # yes / no / failed / partly failed
    checked: bool  # something was probed or found on it
    note: str
    api_search_key: str = "no"  # yes / no / failed / partly, whatever the language
    web_search_key: str = "no"


@dataclass(frozen=True)
class CoverageView:
    recorded: bool  # the audit stored a crawl summary or gaps (older audits did not)
    complete: bool  # recorded, no gap, and every platform was checked
    headline: str | None  # the executive summary's warning; None when complete or unknown
    groups: tuple[GapGroup, ...]
    gap_total: int
    platforms: tuple[PlatformCoverage, ...]
    unchecked: tuple[str, ...]  # titles of platforms not checked at all
    unverified_total: int
    unverified_reasons: tuple[tuple[str, int], ...]
    requests: int | None
    responses: int | None
    statuses: tuple[tuple[str, int], ...]  # (HTTP status, responses)
    probes: tuple[tuple[str, int], ...]  # (state label, probes)
    limits: tuple[tuple[str, int], ...]  # (limit as text, times hit)
    elapsed: float | None
    finish_reason: str | None
    #: the rows the page lists (every platform with something to say, then ordinary ones up
    #: to ITEM_LIMIT); the rest are summed in ``platforms_more``. coverage.json has them all.
    platforms_listed: tuple[PlatformCoverage, ...] = ()
    platforms_more: PlatformsSummed | None = None
    #: a distributed audit: its processes and the requests re-queued from lost ones, in words
    distributed: str | None = None


@dataclass(frozen=True)
class PlatformsSummed:
    """The platform rows the page does not list, as one line: how many, what their probes
    found."""

    count: int
    found: int
    not_found: int


def listed_platforms(rows: Sequence[PlatformCoverage], limit: int = ITEM_LIMIT
                     ) -> tuple[tuple[PlatformCoverage, ...], PlatformsSummed | None]:
    """The page's platform rows: all of them up to ``limit``; beyond, every row worth reading
    (not checked, a profile left unverifiable, a note) and ordinary ones until ``limit``, the
    others summed in one row (a 10,000-site WhatsMyName sweep is 10,000 identical lines)."""
    if len(rows) <= limit:
        return tuple(rows), None
    notable = {id(p) for p in rows if not p.checked or p.unverifiable or p.note}
    room = max(0, limit - len(notable))
    listed, rest = [], []
    for p in rows:
        if id(p) in notable or room > 0:
            room -= id(p) not in notable
            listed.append(p)
        else:
            rest.append(p)
    more = PlatformsSummed(len(rest), sum(p.found for p in rest),
                           sum(p.not_found for p in rest)) if rest else None
    return tuple(listed), more


def gap_view(
    gap: Mapping[str, Any],
    titles: Mapping[str, str] | None = None,
    tr: Translator | None = None,
    none_checked: bool = False,
) -> GapView:
    """One gap record -> its sentence. ``titles`` maps platform names to catalog titles;
    ``tr`` the language (English without one); ``none_checked``: every probe of the gap's
    platform went unanswered, so "probed without a cross-check" would understate it."""
    _ = tr.gettext if tr else str
    path = str(gap.get("path") or "")
    engine = str(gap.get("engine") or "")
    reason = str(gap.get("reason") or "")
    query = str(gap.get("query") or "")
    url = str(gap.get("url") or "")
    try:
        page = int(gap.get("page") or 1)
    except (TypeError, ValueError):
        page = 1
    who = engine_title(engine, titles)
    why = reason_text(reason, tr)
    show_query = bool(query)
    skipped = path == "probe" and query.startswith(_VARIANTS_SKIPPED)
    if path == "web_search":
        lead = _("Web search ({who}) could not search").format(who=who)
    elif path == "platform_search":
        lead = _("{who} search API could not search").format(who=who)
    elif skipped:
        lead = _("Look-alike handles were not probed on {who}").format(who=who)
        why = _(
            "{why} (a made-up handle got the same answer, so no answer there can be trusted)"
        ).format(why=why)
        show_query = False
    elif path == "credentials":
        # query: the environment variable's name (never its value)
        lead = (
            _("{who} refused the credential in {var}").format(who=who, var=query)
            if query
            else _("{who} refused the credential").format(who=who)
        )
        fix = (
            _("renew the token or unset {var}").format(var=query) if query else _("renew the token")
        )
        why = _("{why}; what needed it is unverifiable: {fix}").format(why=why, fix=fix)
        show_query = False
    elif path == "probe" and query.startswith(_UNCALIBRATED) and none_checked:
        lead = _("No look-alike handle could be checked on {who} (no probe got an "
                 "answer)").format(who=who)
        show_query = False
    elif path == "probe" and query.startswith(_UNCALIBRATED):
        # the crawl's own English sentence: said here in the report's language
        lead = _("Look-alike handles on {who} were probed without a cross-check").format(who=who)
        why = _(
            "{why} (a made-up handle could not be checked, so a profile found there is not "
            "cross-checked)"
        ).format(why=why)
        show_query = False
    elif path == "probe" and _SIGHTED in query:
        # the crawl's own English sentence: said here in the report's language
        lead = _("{profile} was sighted but its profile was never read").format(
            profile=query.split(_SIGHTED, 1)[0])
        show_query = False
    elif path == "probe":
        lead = _("{who} probe could not run").format(who=who)
    elif path == "official_site":
        lead = _("Official website page could not be read")
    elif path == "linked_page" and (link_of := _LINK_OF.fullmatch(query)):
        # the crawl's own English sentence: said here in the report's language
        # its address as text, never a link: it may be one the crawl refused to fetch
        lead = _("A link of {profile} could not be read").format(profile=link_of.group(1))
        query, show_query = url, bool(url)
    elif path == "linked_page" and (listed := _LISTED.fullmatch(query)):
        lead = _("A site listed by a web search for {query} could not be read").format(
            query=_quote(listed.group(1)))
        query, show_query = url, bool(url)
    elif path == "linked_page":
        lead = _("Linked page could not be read")
    elif path == "limit":
        lead = (
            _("Crawl limit reached on {who}").format(who=who)
            if engine
            else _("Crawl limit reached")
        )
        if query and (tr is None or tr.lang == "en"):
            # the limit's own sentence ("links deeper than 2 not followed"), in English only
            why = f"{why} ({query})"
        show_query = False
    else:
        lead = _("{path} ({who}) could not run").format(path=_path_title(path, tr), who=who)
    if page > 1:
        lead += " " + _("(results page {page})").format(page=page)
    target = _quote(query) if show_query else (url if url else "")
    text = f"{lead} {target}: {why}" if target else f"{lead}: {why}"
    return GapView(
        path=path,
        engine=engine,
        reason=reason,
        lead=lead,
        query=mark_text(query) if show_query else None,
        link=make_link(url) if url and not show_query else None,
        reason_text=why,
        page=page,
        text=text,
        variants_skipped=skipped,
    )


def _int(v: Any) -> int:
    try:
        return int(v or 0)
    except (TypeError, ValueError):
        return 0


def _checked(p: Any) -> bool:
    """A platform of the crawl summary was checked: a probe got an answer (found, not found,
    even unverifiable) or a profile of it was seen at all."""
    return bool(p.probes.get("found", 0) or p.probes.get("not_found", 0)
                or p.probes.get("unverifiable", 0) or sum(p.observations.values()))


def unchecked_platforms(crawl: CrawlSummary | Mapping[str, Any] | None) -> tuple[str, ...]:
    """The titles of the platforms this audit did not check at all (the report's coverage
    says "X was not checked at all"; the terminal's coverage line counts them)."""
    summary = summary_of(crawl)
    return tuple(p.title or p.name for p in summary.platforms if not _checked(p)) \
        if summary else ()


def _platform_rows(
    crawl: CrawlSummary | None,
    gaps: Sequence[GapView],
    titles: Mapping[str, str],
    tr: Translator | None = None,
) -> tuple[PlatformCoverage, ...]:
    _ = tr.gettext if tr else str
    n_ = tr.ngettext if tr else (lambda one, many, n: one if n == 1 else many)
    skipped = {g.engine: reason_text(g.reason, tr) for g in gaps if g.variants_skipped}
    rows = []
    for p in crawl.platforms if crawl else ():
        name = p.name
        observed = p.observations
        found, not_found = p.probes.get("found", 0), p.probes.get("not_found", 0)
        unverifiable = p.probes.get("unverifiable", 0)
        probe_possible = p.probe_possible
        if not probe_possible:
            variants = _("no direct probe possible")
        elif name in skipped:
            variants = _("not probed: {why}").format(why=skipped[name])
        else:
            variants = _("probed")
        api_key, web_key = p.api_search, p.web_search
        api = _(SEARCH_LABELS[api_key]) if api_key in SEARCH_LABELS else api_key
        web = _(SEARCH_LABELS[web_key]) if web_key in SEARCH_LABELS else web_key
        checked = _checked(p)
        if not checked:
            why = (_("no direct probe is possible") if not probe_possible
                   else _("no probe got an answer"))
            note = _("Not checked at all: {why} and no search found a profile.").format(why=why)
        elif name in skipped:
            note = _("Declared accounts only: look-alike handles were not probed.")
        elif not probe_possible:
            seen = sum(observed.values())
            note = n_(
                "No direct probe: {n} profile seen through search and links only.",
                "No direct probe: {n} profiles seen through search and links only.",
                seen,
            ).format(n=seen)
        elif web_key in ("failed", "partly") or api_key in ("failed", "partly"):
            note = _("Searches failed: profiles only a search would reveal may be missing.")
        else:
            note = ""
        rows.append(
            PlatformCoverage(
                platform=name,
                title=titles.get(name, engine_title(name)),
                found=found,
                not_found=not_found,
                unverifiable=unverifiable,
                variants=variants,
                api_search=api,
                web_search=web,
                checked=checked,
                note=note,
                api_search_key=api_key,
                web_search_key=web_key,
            )
        )
    return tuple(rows)


def _join(names: Sequence[str], tr: Translator | None = None) -> str:
    names = list(dict.fromkeys(names))
    if len(names) <= 1:
        return "".join(names)
    last = tr.gettext("{a} and {b}") if tr else "{a} and {b}"
    return last.format(a=", ".join(names[:-1]), b=names[-1])


def _headline(groups: Sequence[GapGroup], unchecked: Sequence[str],
              titles: Mapping[str, str], finish: str | None = None,
              tr: Translator | None = None) -> str | None:
    _ = tr.gettext if tr else str
    n_ = tr.ngettext if tr else (lambda one, many, n: one if n == 1 else many)
    parts: list[str] = []
    for g in groups:
        engines = _join([engine_title(v.engine, titles) for v in g.gaps], tr)
        # as the terminal's coverage line names them (crawler.cli.coverage_line): up to four,
        # then "…" (two of three read as the only two)
        top = ", ".join([r for r, _n in g.reasons[:4]] + (["…"] if len(g.reasons) > 4 else []))
        if g.key == "web_search":
            n = g.total
            parts.append(n_(
                "web search ({engines}) could not run {n} query ({top})",
                "web search ({engines}) could not run {n} queries ({top})",
                n,
            ).format(engines=engines, n=n, top=top))
        elif g.key == "platform_search":
            parts.append(_("the search API of {engines} failed ({top})").format(
                engines=engines, top=top))
        elif g.key == "probe":
            skipped = [engine_title(v.engine, titles) for v in g.gaps if v.variants_skipped]
            if skipped:
                parts.append(_("look-alike handles were not probed on {names}").format(
                    names=_join(skipped, tr)))
            if len(skipped) < g.total:
                k = g.total - len(skipped)
                parts.append(n_("{n} probe step could not run ({top})",
                                "{n} probe steps could not run ({top})", k).format(n=k, top=top))
        elif g.key == "credentials":
            parts.append(_("{engines} refused the credential given in the environment").format(
                engines=engines))
        elif g.key == "limit":
            parts.append(n_(
                "{n} crawl limit was reached ({top})",
                "{n} crawl limits were reached ({top})",
                g.total,
            ).format(n=g.total, top=top))
        else:
            parts.append(n_(
                "{title}: {n} step could not run ({top})",
                "{title}: {n} steps could not run ({top})",
                g.total,
            ).format(title=g.title.lower(), n=g.total, top=top))
    if finish:
        kind, _sep, detail = finish.partition(":")
        if kind == "interrupted" and detail:
            why = _("it was interrupted ({signal})").format(signal=detail.split()[0])
        else:
            why = _(_FINISH[finish]) if finish in _FINISH else finish
        parts.append(_("the crawl ended early: {why}").format(why=why))
    if unchecked:
        parts.append(n_(
            "{names} was not checked at all",
            "{names} were not checked at all",
            len(unchecked),
        ).format(names=_join(list(unchecked), tr)))
    if not parts:
        return None
    return _(
        "Coverage was incomplete: {parts}. Finding nothing where a step could not run is not a "
        "clean bill: check there by hand."
    ).format(parts="; ".join(parts))


def summary_of(crawl: CrawlSummary | Mapping[str, Any] | None) -> CrawlSummary | None:
    """The crawl summary as its dataclass (a stored one is read back with ``from_dict``)."""
    if crawl is None or isinstance(crawl, CrawlSummary):
        return crawl
    return CrawlSummary.from_dict(crawl)


def platform_titles(crawl: CrawlSummary | Mapping[str, Any] | None) -> dict[str, str]:
    """Platform name -> its catalog title (``x`` -> ``X (Twitter)``), from the crawl summary."""
    summary = summary_of(crawl)
    return {p.name: p.title or p.name for p in summary.platforms} if summary else {}


def handle_forms(crawl: CrawlSummary | Mapping[str, Any] | None) -> dict[str, HandleForm]:
    """Platform name -> how its pages write a handle (the catalog's ``shown_as``, kept with
    the audit), for :func:`matching.index.shown_handle`; none recorded: handles as written."""
    summary = summary_of(crawl)
    return dict(summary.handle_forms or {}) if summary else {}


def build_coverage(
    gaps: Iterable[Mapping[str, Any]],
    crawl: CrawlSummary | Mapping[str, Any] | None,
    findings: Iterable[Finding] = (),
    tr: Translator | None = None,
) -> CoverageView:
    """The coverage section's data from the stored gaps, the crawl summary and the findings
    (whose unverifiable profiles are counted by reason)."""
    summary = summary_of(crawl)
    titles = platform_titles(summary)
    # platforms where no probe got an answer: nothing there was checked at all
    blocked = {p.name for p in summary.platforms if p.probes.get("unverifiable")
               and not p.probes.get("found") and not p.probes.get("not_found")} \
        if summary else set()
    views = [gap_view(g, titles, tr, none_checked=str(g.get("engine") or "") in blocked)
             for g in gaps]
    by_path: dict[str, list[GapView]] = {}
    for v in views:
        by_path.setdefault(v.path, []).append(v)
    order = [k for k in PATHS if k in by_path] + sorted(k for k in by_path if k not in PATHS)
    groups = []
    for key in order:
        vs = by_path[key]
        title, description = PATHS.get(key, (_path_title(key), N_("Steps that could not run.")))
        if tr is not None:
            title, description = tr.gettext(title), tr.gettext(description)
        reasons = Counter(reason_text(v.reason, tr) for v in vs)
        groups.append(
            GapGroup(
                key=key,
                title=title,
                description=description,
                gaps=tuple(vs[:ITEM_LIMIT]),
                total=len(vs),
                reasons=tuple(sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))),
            )
        )
    platforms = _platform_rows(summary, views, titles, tr)
    unchecked = tuple(p.title for p in platforms if not p.checked)

    unverified = Counter(
        _unverified_reason(f.probe_reason, tr)
        for f in findings
        if str(f.probe_state) == ProbeState.UNVERIFIABLE.value and f.status != Status.RESOLVED
    )
    statuses = summary.status_counts if summary else {}
    probes = summary.probes if summary else {}
    recorded = summary is not None or bool(views)
    finish = summary.finish_reason if summary else None
    headline = _headline(groups, unchecked, titles,
                         finish if finish and finish != "finished" else None, tr)
    listed, more = listed_platforms(platforms)
    return CoverageView(
        platforms_listed=listed,
        platforms_more=more,
        recorded=recorded,
        complete=recorded and headline is None,
        headline=headline,
        groups=tuple(groups),
        gap_total=len(views),
        platforms=platforms,
        unchecked=unchecked,
        unverified_total=sum(unverified.values()),
        unverified_reasons=tuple(sorted(unverified.items(), key=lambda kv: (-kv[1], kv[0]))),
        requests=summary.requests if summary else None,
        responses=summary.responses if summary else None,
        statuses=tuple(sorted(statuses.items(), key=lambda kv: kv[0])),
        probes=tuple(
            (tr.gettext(label) if tr else label, probes[key])
            for key, label in (("found", N_("found")), ("not_found", N_("not found")),
                               ("unverifiable", N_("unverifiable")))
            if key in probes
        ),
        limits=tuple(sorted(((reason_text(k, tr), v)
                             for k, v in (summary.limits if summary else {}).items()),
                            key=lambda kv: (-kv[1], kv[0]))),
        elapsed=summary.elapsed if summary else None,
        finish_reason=finish,
        distributed=_distributed(summary, tr),
    )


def _distributed(summary: CrawlSummary | None, tr: Translator | None = None) -> str | None:
    """How a distributed crawl went: its processes, the requests re-queued after their process
    was lost or stalled (each crawled again: none lost) and the results delivered twice.

    >>> _distributed(CrawlSummary(processes=({}, {}, {}), leases={"requeued": 4}))
    'crawled by 3 processes; 4 requests re-queued from lost or stalled processes and crawled again'
    """
    if summary is None or not summary.processes:
        return None
    n_ = tr.ngettext if tr else (lambda one, many, n: one if n == 1 else many)
    procs = len(summary.processes)
    parts = [n_("crawled by {n} process", "crawled by {n} processes", procs).format(n=procs)]
    requeued = summary.leases.get("requeued", 0)
    if requeued:
        parts.append(n_(
            "{n} request re-queued from a lost or stalled process and crawled again",
            "{n} requests re-queued from lost or stalled processes and crawled again",
            requeued,
        ).format(n=requeued))
    twice = summary.leases.get("delivered_twice", 0)
    if twice:
        parts.append(n_(
            "{n} result delivered twice (stored once)",
            "{n} results delivered twice (stored once)",
            twice,
        ).format(n=twice))
    return "; ".join(parts)


# --------------------------------------------------------------------------- coverage.json


def coverage_to_json(
    gaps: Iterable[Mapping[str, Any]],
    crawl: CrawlSummary | Mapping[str, Any] | None,
    view: CoverageView,
    audit_id: int | str | None = None,
    partial: bool = False,
    finish_reason: str | None = None,
) -> str:
    """``coverage.json``: the gaps as recorded (plus their sentence), the platforms table, the
    unverified profiles by reason and the crawl summary. Deterministic (sorted keys).

    ``partial``: the audit's crawl did not finish; ``partial_reason`` says why."""
    data = _coverage_data(gaps, crawl, view, audit_id, partial, finish_reason)
    return dumps_indented(data, **_JSON_STYLE) + "\n"


def write_coverage_json(path: Path, gaps: Iterable[Mapping[str, Any]],
                        crawl: CrawlSummary | Mapping[str, Any] | None, view: CoverageView,
                        audit_id: int | str | None = None, partial: bool = False,
                        finish_reason: str | None = None,
                        earlier_runs: Sequence[Mapping[str, Any]] = ()) -> Path:
    """``coverage_to_json``'s text written as it is encoded (10,000 platforms: 6 MB that
    need not be one string); ``earlier_runs``: a resumed audit's runs before its last, under
    ``crawl.earlier_runs`` (its ``crawl`` figures count the last run)."""
    data = _coverage_data(gaps, crawl, view, audit_id, partial, finish_reason)
    if earlier_runs:
        data["crawl"]["earlier_runs"] = [dict(r) for r in earlier_runs]
    with Path(path).open("w", encoding="utf-8") as fh:
        dump_indented(data, fh, **_JSON_STYLE)
        fh.write("\n")
    return Path(path)


#: json.dumps(indent=2, sort_keys=True, ensure_ascii=False, default=str), in reports/json_indent.py
_JSON_STYLE: dict[str, Any] = {"indent": 2, "default": str}


def _coverage_data(
    gaps: Iterable[Mapping[str, Any]],
    crawl: CrawlSummary | Mapping[str, Any] | None,
    view: CoverageView,
    audit_id: int | str | None,
    partial: bool,
    finish_reason: str | None,
) -> dict[str, Any]:
    gap_list = [dict(g) for g in gaps]
    blocked = {p.platform for p in view.platforms
               if p.unverifiable and not p.found and not p.not_found}
    texts = [gap_view(g, {p.platform: p.title for p in view.platforms},
                      none_checked=str(g.get("engine") or "") in blocked).text for g in gap_list]
    data = {
        "audit_id": audit_id,
        "partial": partial,
        "partial_reason": finish_reason if partial else None,
        "recorded": view.recorded,
        "complete": view.complete,
        "headline": view.headline,
        "gaps": [
            {
                "path": str(g.get("path") or ""),
                "engine": str(g.get("engine") or ""),
                "reason": str(g.get("reason") or ""),
                "query": str(g.get("query") or ""),
                "url": str(g.get("url") or ""),
                "page": _int(g.get("page")) or 1,
                "text": text,
            }
            for g, text in zip(gap_list, texts, strict=True)
        ],
        "platforms": [
            {
                "platform": p.platform,
                "title": p.title,
                "probes": {"found": p.found, "not_found": p.not_found,
                           "unverifiable": p.unverifiable},
                "variants": p.variants,
                "api_search": p.api_search,
                "web_search": p.web_search,
                "checked": p.checked,
                "note": p.note,
            }
            for p in view.platforms
        ],
        "unchecked_platforms": list(view.unchecked),
        "unverified": {"total": view.unverified_total,
                       "reasons": dict(view.unverified_reasons)},
        "crawl": summary.to_dict() if (summary := summary_of(crawl)) else {},
    }
    return data


__all__ = [
    "CoverageView",
    "GapGroup",
    "GapView",
    "PlatformCoverage",
    "build_coverage",
    "coverage_to_json",
    "write_coverage_json",
    "gap_view",
    "reason_text",
    "summary_of",
]
