"""The platform catalog: `crawler/platforms.yaml` (+ user files) -> validated `Platform`s.

Platform knowledge is data. Each entry says how to recognise a profile link, which handles are
possible, which URL to fetch to learn whether a handle exists (``probe``), how to read the answer
(``views``: existence rules + field rules, interpreted by ``crawler.extract``), where the public
search API is, and how politely to crawl. Keeping it declarative means a platform that changes its
markup is fixed by editing YAML, and a user can add or override entries with ``--platforms-file``
without touching code.

Example::

    >>> cat = load_catalog()
    >>> cat["github"].probe_url("Octocat")
    'https://api.github.com/users/octocat'
    >>> cat.match_profile_url("https://m.instagram.com/northwindcoffee/?hl=en")
    ('instagram', 'northwindcoffee')

Errors are values a person can act on: ``CatalogError(path, line, message, hint)`` names the file
and line of the offending key and, for misspelt keys, the closest known key.
"""

from __future__ import annotations

import copy
import dataclasses
import difflib
import os
import re
import string
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

import yaml

from matching.inventory import N_, Text, localized, os_reason
from matching.models import HandleForm, HandleRule, ProfileFields

BUILTIN_FILE = Path(__file__).with_name("platforms.yaml")

# --------------------------------------------------------------------------- errors


class CatalogError(ValueError):
    """A catalog entry that cannot be used, with where it is and how to fix it.

    ``message`` and ``hint`` are :class:`~matching.inventory.Text` (``N_(...)``): ``str()`` is
    English, :meth:`render` the reader's language (``--lang``, else the inventory's), as an
    inventory's errors are; the user's own keys, names and values are never translated."""

    def __init__(self, path: str | Path | None, line: int | None, message: str | Text,
                 hint: str | Text = ""):
        self.path = str(path) if path is not None else None
        self.line = line
        self.message = message
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path or "<catalog>"
        if self.line:
            where += f":{self.line}"
        text = f"{where}: {self.message}"
        if self.hint:
            text += " " + N_("(hint: {hint})", hint=self.hint)
        return text

    def render(self, gettext: Callable[[str], str]) -> str:
        """``str()`` in the language of ``gettext``: file:line, the problem, the fix."""
        where = self.path or "<catalog>"
        if self.line:
            where += f":{self.line}"
        text = f"{where}: {localized(self.message, gettext)}"
        if self.hint:
            text += " " + N_("(hint: {hint})", hint=self.hint).render(gettext)
        return text


# --------------------------------------------------------------------------- YAML with lines


class LineDict(dict):
    """A mapping from YAML that remembers the line of itself and of each key (1-based)."""

    line: int | None = None
    key_lines: dict[str, int]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.key_lines = {}

    def line_of(self, key: str) -> int | None:
        return self.key_lines.get(key, self.line)


class _LineLoader(yaml.SafeLoader):
    """SafeLoader whose mappings are ``LineDict``s; duplicate keys are errors, not silent wins."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    out = LineDict()
    out.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in out:
            raise CatalogError(
                getattr(loader, "_path", None),
                key_node.start_mark.line + 1,
                N_("duplicate key {key!r}", key=key),
                N_("it was already set on line {value}; keep one", value=out.key_lines.get(key)),
            )
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[key] = key_node.start_mark.line + 1
    return out


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class _FastLineLoader(getattr(yaml, "CSafeLoader", _LineLoader)):  # type: ignore[misc]
    """The same mappings through libyaml's parser (the built-in catalog in 15 ms, not 110):
    marks and lines are the same. Any error is raised again by ``_LineLoader`` on the same
    text, so messages never depend on which parser is installed."""


_FastLineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
                                _construct_mapping)


def read_catalog_text(path: Path) -> str:
    """A catalog or sites file as text; unreadable or non-UTF-8 bytes are a ``CatalogError``."""
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogError(
            path, None, N_("cannot read file: {reason}", reason=os_reason(exc))
        ) from exc
    except UnicodeDecodeError as exc:
        line = exc.object[: exc.start].count(b"\n") + 1
        raise CatalogError(
            path, line, N_("the file is not UTF-8 text"), N_("save it as UTF-8")
        ) from None


def load_yaml_with_lines(path: Path) -> Any:
    """Parse a YAML file into ``LineDict``s; syntax errors become ``CatalogError`` with a line."""
    text = read_catalog_text(path)
    fast = _FastLineLoader(text)
    fast._path = str(path)
    try:
        return fast.get_single_data()
    except Exception:  # noqa: BLE001, S110 - said below, by the reference parser
        pass
    finally:
        fast.dispose()
    loader = _LineLoader(text)
    loader._path = str(path)  # type: ignore[attr-defined]
    try:
        return loader.get_single_data()
    except CatalogError:
        raise
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise CatalogError(
            path,
            line,
            N_("invalid YAML: {problem}", problem=exc.problem),
            N_("check indentation and quoting"),
        ) from exc
    except yaml.YAMLError as exc:
        raise CatalogError(path, None, N_("invalid YAML: {exc}", exc=exc)) from exc
    except (ValueError, RecursionError) as exc:  # a 5000-digit number, nesting too deep
        raise CatalogError(
            path,
            None,
            N_("invalid YAML: {exc}", exc=exc),
            N_("quote long numbers; keep nesting shallow"),
        ) from None
    finally:
        loader.dispose()


# --------------------------------------------------------------------------- schema

ENTRY_KEYS = {
    "host_rates",
    "title",
    "hosts",
    "profile_url",
    "profile_patterns",
    "reserved",
    "handle",
    "handle_suffix",
    "params",
    "probe",
    "probe_possible",
    "enrich",
    "views",
    "search",
    "web_search_site",
    "web_search_communities",
    "variant_suffixes",
    "rate",
    "extractor",
    "enabled",
    "note",
    "source",
    "existence_only",
    "js_shell_page",
    "profile_url_variants",
    "keep_case",
    "auth",
    "report",
    "shown_as",
    "account_of",
}
SHOWN_KEYS = {"match", "form"}
HANDLE_KEYS = {"pattern", "min_length", "max_length", "case_sensitive", "ignore_chars",
               "community"}
PROBE_KEYS = {"view", "reason"}
VIEW_KEYS = {
    "url",
    "url_match",
    "method",
    "headers",
    "body",
    "follow_redirects",
    "format",
    "documents",
    "found",
    "not_found",
    "unverifiable",
    "fields",
    "note",
}
RULE_KEYS = {"status", "all", "any", "none", "reason"}
MARKER_KEYS = {
    "json",
    "doc",
    "path",
    "equals",
    "echo",
    "regex",
    "text",
    "css",
    "xpath",
    "meta",
    "header",
    "location",
    "absent",
    "status",
    "reason",
    "flags",
    "contains",
}
DOCUMENT_KEYS = {"body", "script_id", "script_regex", "jsonld", "path", "meta_prefix"}
SOURCE_KEYS = {
    "json",
    "doc",
    "path",
    "meta",
    "css",
    "xpath",
    "regex",
    "type",
    "equals",
    "all",
    "const",
    "group",
    "unwrap_query",
    "prefix",
    "strip",
    "max",
    "join",
    "template",
    "reject",
    "reject_own",
}
FIELD_NAMES = {f.name for f in dataclasses.fields(ProfileFields)} | {"handle"}
FIELD_TYPES = {
    "str",
    "text",
    "html_text",
    "int",
    "count",
    "bool",
    "url",
    "datetime",
    "epoch",
    "list",
    "relay_id",  # a Relay global id, base64 of 'User:<id>' (Pinterest's node_id): the id
}
SEARCH_KEYS = {
    "url",
    "headers",
    "paging",
    "results",
    "handle",
    "fields",
    "max_pages",
    "note",
    "url_field",
    "embedded",
    "handle_regex",
}
PAGING_KEYS = {"type", "param", "next_path", "step", "start", "max"}
RATE_KEYS = {"concurrency", "delay", "note", "per_hour"}
AUTH_KEYS = {"env", "header", "template", "hosts", "refused", "rate", "note", "probe"}
REPORT_KEYS = {"form", "email", "steps", "note", "checked"}


def _unknown_key(
    path: Path | None, mapping: Any, key: str, allowed: set[str], what: str
) -> CatalogError:
    close = difflib.get_close_matches(str(key), sorted(allowed), n=1, cutoff=0.6)
    hint = (
        N_("did you mean {word!r}?", word=close[0])
        if close
        else N_("known keys: {items}", items=", ".join(sorted(allowed)))
    )
    line = mapping.line_of(key) if isinstance(mapping, LineDict) else None
    return CatalogError(path, line, N_("unknown key {key!r} in {what}", key=key, what=what), hint)


def _check_keys(path: Path | None, mapping: Any, allowed: set[str], what: str) -> None:
    if not isinstance(mapping, dict):
        raise CatalogError(
            path,
            _line(mapping),
            N_("{what} must be a mapping", what=what),
            N_("use key: value lines"),
        )
    for key in mapping:
        if key not in allowed:
            raise _unknown_key(path, mapping, key, allowed, what)


def _line(obj: Any, key: str | None = None) -> int | None:
    if isinstance(obj, LineDict):
        return obj.line_of(key) if key is not None else obj.line
    return None


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class SearchSpec:
    """A public search API: ``url`` with ``{query}``, paging, where results and fields sit."""

    url: str
    results: str  # JSON path of the result list
    handle: str  # JSON path (in a result) of the handle
    fields: Mapping[str, Any] = field(default_factory=dict)  # ProfileFields name -> JSON path
    paging: Mapping[str, Any] = field(
        default_factory=dict
    )  # {type: cursor|offset|page, param, ...}
    headers: Mapping[str, str] = field(default_factory=dict)
    max_pages: int = 3
    url_field: str | None = None  # JSON path of the profile URL in a result
    #: alternatives tried after ``handle`` (a channel id when a result has no @handle URL)
    handle_fallbacks: tuple[str, ...] = ()
    #: a regex whose group ``v`` takes the handle out of the value (``^/@(?P<v>[^/?#]+)``)
    handle_regex: str | None = None
    #: a results PAGE (HTML) carrying its data as a script variable (``ytInitialData``):
    #: the JSON assigned to it is read instead of the body
    embedded: str | None = None


@dataclass(frozen=True)
class AuthSpec:
    """A credential the user may give in the environment (``auth:`` in the catalog).

    The official APIs' own route to higher limits: GitHub allows 60 anonymous requests an
    hour and 5,000 with a token. When ``env`` is set and not empty, requests of the platform's
    views and search to ``hosts`` carry ``header: template`` (``{token}`` replaced) and the
    platform is crawled at ``concurrency``/``delay``; when it is unset nothing changes.

    The token is read from the environment when a request leaves (``crawler.credentials``),
    never copied into settings, request queues, the store, logs or reports: only the variable's
    *name* is, as ``label()`` says it ("GitHub: authenticated (GITHUB_TOKEN)").
    """

    env: str  # name of the environment variable, e.g. GITHUB_TOKEN
    header: str = "Authorization"
    template: str = "Bearer {token}"
    hosts: tuple[str, ...] = ()  # where the credential may go (default: probe + search hosts)
    refused: tuple[int, ...] = (401,)  # statuses meaning "this credential was refused"
    concurrency: int = 1
    delay: float = 1.0
    # the view to probe with while the credential is set (GitHub: its API, 5,000 requests an
    # hour); without it the platform's own ``probe`` (GitHub: the public profile page)
    probe: str | None = None

    def token(self, environ: Mapping[str, str] | None = None) -> str | None:
        """The credential from ``environ`` (default ``os.environ``); None when unset or blank."""
        value = (os.environ if environ is None else environ).get(self.env, "")
        value = value.strip()
        return value or None

    def header_value(self, token: str) -> str:
        return self.template.replace("{token}", token)

    def label(self, title: str) -> str:
        """What the audit records instead of the token: ``GitHub: authenticated (GITHUB_TOKEN)``."""
        return f"{title}: authenticated ({self.env})"


@dataclass(frozen=True)
class ReportSpec:
    """How a rights holder reports an impersonating account to the platform (``report:``).

    ``form`` is the platform's impersonation form (a template: ``{handle}``, ``{url}`` and the
    platform's params, e.g. Mastodon's ``{instance}``), ``email`` its abuse address, ``steps``
    what to choose on the form in plain words, ``note`` anything a reviewer should know (an ID
    the form asks for). Evidence packs print them beside a prefilled report text.
    """

    form: str | None = None
    email: str | None = None
    steps: str | None = None
    note: str | None = None
    checked: str | None = None  # when a person last checked the form still exists

    def form_url(self, handle: str, url: str, params: Mapping[str, str]) -> str | None:
        """The form's address for one profile (placeholders filled, URL-quoted)."""
        if not self.form:
            return None
        out = self.form.replace("{handle}", quote(handle, safe=""))
        out = out.replace("{url}", quote(url, safe=""))
        return self.fill(out, params)

    @staticmethod
    def fill(text: str | None, params: Mapping[str, str]) -> str | None:
        """``text`` with the platform's params (``{instance}``) filled in."""
        if text is None:
            return None
        for key, value in params.items():
            text = text.replace("{" + key + "}", value)
        return text


@dataclass(frozen=True)
class View:
    """One kind of response a platform gives (an API answer, a profile page): how to fetch it,
    how to tell found / not found / unverifiable, and where the fields are. Interpreted by
    ``crawler.extract``."""

    name: str
    url: str  # template with {handle} and params
    url_match: re.Pattern[str]
    method: str = "GET"
    headers: Mapping[str, str] = field(default_factory=dict)
    body: str | None = None
    follow_redirects: bool = True
    format: str = "html"  # html | json
    documents: Mapping[str, Any] = field(default_factory=dict)
    found: tuple[Mapping[str, Any], ...] = ()  # any rule matching proves existence
    not_found: tuple[Mapping[str, Any], ...] = ()
    unverifiable: tuple[Mapping[str, Any], ...] = ()
    fields: Mapping[str, tuple[Mapping[str, Any], ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Platform:
    """One platform of the catalog. Everything the crawler and the page objects need to know."""

    name: str
    title: str
    hosts: tuple[str, ...]
    profile_url_template: str
    profile_patterns: tuple[re.Pattern[str], ...]
    handle: HandleRule
    views: Mapping[str, View] = field(default_factory=dict)
    probe_view: str | None = None
    probe_reason: str | None = None  # why there is no direct probe (probe: none)
    enrich_view: str | None = None
    reserved: frozenset[str] = frozenset()
    handle_suffix: str | None = None  # Bluesky: bare names mean <name>.bsky.social
    params: Mapping[str, str] = field(default_factory=dict)
    search: SearchSpec | None = None
    web_search_site: str | None = None
    # where the platform's communities are (Reddit's subreddits: reddit.com/r): one web search
    # per brand, site:<it> "<brand>"; None = no communities to search for
    web_search_communities: str | None = None
    concurrency: int = 1
    delay: float = 1.0
    extractor: str | None = None
    existence_only: bool = False
    #: its profile page is a JavaScript shell to every crawler (X): existence is all the probe
    #: can prove, and an unreadable page is its normal answer, not a profile left unchecked
    js_shell_page: bool = False
    source: str | None = None  # file the entry came from (last override)
    # (regex on the canonical handle, template): LinkedIn people "in/<vanity>" vs company slugs
    profile_url_variants: tuple[tuple[re.Pattern[str], str], ...] = ()
    keep_case: re.Pattern[str] | None = None  # handles whose case matters (YouTube channel ids)
    auth: AuthSpec | None = None  # a credential from the environment (GitHub's token)
    report: ReportSpec | None = None  # the platform's impersonation form / abuse address
    # per-host rates where one platform's hosts differ (GitHub: github.com pages vs the API)
    host_rates: Mapping[str, tuple[int, float]] = field(default_factory=dict)
    # catalog-wide unverifiable rules (statuses, WAF/captcha fingerprints), see platforms.yaml
    defaults: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)
    #: handle -> its canonical form: a sweep asks it a dozen times a probe (URLs, the probe
    #: request, the stored sighting), and a 1,000-site plan 16,000 times
    _canonical: dict[str, str] = field(default_factory=dict, init=False, compare=False, repr=False)

    # ------------------------------------------------------------------ handles

    @property
    def rule(self) -> HandleRule:
        return self.handle

    @property
    def probe_possible(self) -> bool:
        return self.probe_view is not None

    def active_probe_view(self, environ: Mapping[str, str] | None = None) -> str | None:
        """The view probes use now: the credential's ``auth.probe`` while its variable is set
        (GitHub with GITHUB_TOKEN: the API), else ``probe`` (GitHub: the profile page)."""
        if (
            self.auth is not None
            and self.auth.probe is not None
            and self.probe_view is not None
            and self.authenticated(environ)
        ):
            return self.auth.probe
        return self.probe_view

    def canonical(self, handle: str) -> str:
        """The form handles are stored and compared in (case, ignored characters, suffixes)."""
        known = self._canonical.get(handle)
        if known is None:
            known = self._canonical[handle] = self._canonical_form(handle)
        return known

    def _canonical_form(self, handle: str) -> str:
        h = handle.strip().lstrip("@")
        instance = self.params.get("instance")
        if instance and "@" in h:
            user, _, host = h.partition("@")
            if host.lower() == instance.lower():
                h = user
            else:
                return f"{self.handle.canonical(user)}@{host.lower()}"
        if self.keep_case is not None and self.keep_case.fullmatch(h):
            return h
        return self.handle.canonical(h)  # adds handle_suffix to bare names, never to a DID

    def is_valid(self, handle: str) -> bool:
        """Whether the platform could have this handle (skip impossible probes)."""
        h = handle.strip().lstrip("@")
        remote = None
        if self.params.get("instance") and "@" in h:
            h, _, host = h.partition("@")
            if host.lower() != str(self.params["instance"]).lower():
                # an account of another server of a federated network follows that server's
                # grammar (``params: {remote_handle: ...}``: Bridgy Fed's domain names,
                # WordPress blogs, PeerTube's dotted names), not the home instance's
                remote = self.params.get("remote_handle")
        if not (self.handle.min_length <= len(h) <= self.handle.max_length) and not remote:
            return False
        try:
            if re.fullmatch(self.handle.pattern, h) is not None:
                return True
            if remote and re.fullmatch(str(remote), h) is not None:
                return True
            # a grandfathered grammar (``params: {legacy_handle: ...}``): such names exist and
            # are read, but variants are generated from the current pattern only
            legacy = self.params.get("legacy_handle")
            return bool(legacy) and re.fullmatch(str(legacy), h) is not None
        except re.error:
            return False

    def owns_host(self, host: str) -> bool:
        """Whether ``host`` is one of this platform's hosts (www./m. prefixes ignored)."""
        bare = _bare_host(host or "")
        for h in self.hosts:
            if h.startswith("*."):
                if bare.endswith(h[1:]) or bare == h[2:]:
                    return True
            elif _bare_host(h) == bare:
                return True
        instance = self.params.get("instance")
        return bool(instance) and bare == _bare_host(instance)

    def handle_from_url(self, url: str) -> str | None:
        """The canonical handle when ``url`` is a profile link of this platform, else None."""
        try:
            parts = urlsplit(url.strip())
        except (ValueError, AttributeError):
            return None
        host = (parts.hostname or "").lower()
        if not host or not self.owns_host(host):
            return None
        path = re.sub(r"/{2,}", "/", parts.path or "/")
        return _match_platform(self, host, path, parts.query)

    # ------------------------------------------------------------------ URLs

    def _fill(self, template: str, handle: str, **extra: str) -> str:
        values = dict(self.params)
        h = self.canonical(handle)
        if self.params.get("instance") and "@" in h:
            h, _, values["instance"] = h.partition("@")
        values.update(extra)
        values["handle"] = quote(h, safe="@./")
        return template.format(**values)

    def profile_url(self, handle: str) -> str:
        """The public page a reviewer opens."""
        canonical = self.canonical(handle)
        for rx, template in self.profile_url_variants:
            if rx.search(canonical):
                return self._fill(template, handle)
        return self._fill(self.profile_url_template, handle)

    def probe_url(self, handle: str) -> str | None:
        """What the crawler fetches to learn existence; None when no direct probe is possible."""
        view = self.active_probe_view()
        if view is None:
            return None
        return self._view_url(self.views[view].url, handle)

    def _view_url(self, template: str, handle: str) -> str:
        """A view's URL for ``handle``. A view at the profile page, or under it (Reddit's
        ``/user/<name>/about.json``), honours the profile URL's variants (YouTube
        ``/channel/UC...``, a subreddit ``r/<name>``: ``/r/<name>/about.json``)."""
        base = self.profile_url_template
        if template.startswith(base) and self.profile_url_variants:
            return self.profile_url(handle) + self._fill(template[len(base):], handle)
        if template == base:
            return self.profile_url(handle)
        return self._fill(template, handle)

    def enrich_url(self, handle: str) -> str | None:
        """A second fetch that carries fields when the probe gives existence only (X), else None."""
        if self.enrich_view is None:
            return None
        return self._fill(self.views[self.enrich_view].url, handle)

    def probe_request(self, handle: str) -> dict[str, Any] | None:
        """url, method, headers, body and follow_redirects of the probe, for the spider."""
        view = self.active_probe_view()
        if view is None:
            return None
        request = self.request_for(view, handle)
        request["url"] = self.probe_url(handle)
        return request

    def request_for(self, view_name: str, handle: str) -> dict[str, Any]:
        view = self.views[view_name]
        return {
            "url": self._view_url(view.url, handle),
            "method": view.method,
            "headers": dict(view.headers),
            "body": self._fill(view.body, handle) if view.body else None,
            "follow_redirects": view.follow_redirects,
            "view": view.name,
        }

    # ------------------------------------------------------------------ credentials

    def authenticated(self, environ: Mapping[str, str] | None = None) -> bool:
        """Whether the platform declares ``auth`` and its environment variable is set."""
        return self.auth is not None and self.auth.token(environ) is not None

    def auth_headers(self, url: str, environ: Mapping[str, str] | None = None) -> dict[str, str]:
        """The credential header a request of this platform to ``url`` carries; ``{}`` when the
        platform declares no ``auth``, its variable is unset, or ``url`` goes to a host the
        credential is not for (``github.com`` pages never get GitHub's API token). Pure::

            >>> cat["github"].auth_headers("https://api.github.com/users/x", {"GITHUB_TOKEN": "t"})
            {'Authorization': 'Bearer t'}
        """
        if self.auth is None:
            return {}
        host = (urlsplit(url).hostname or "").lower()
        if host not in self.auth.hosts:
            return {}
        token = self.auth.token(environ)
        if token is None:
            return {}
        return {self.auth.header: self.auth.header_value(token)}

    def rate_for(self, host: str, environ: Mapping[str, str] | None = None) -> tuple[int, float]:
        """(concurrency, delay) towards ``host``: the ``auth`` rate on the credential's hosts
        when the credential is set, else the platform's own ``rate``."""
        if (
            self.auth is not None
            and host.lower() in self.auth.hosts
            and self.authenticated(environ)
        ):
            return self.auth.concurrency, self.auth.delay
        if host.lower() in self.host_rates:
            return self.host_rates[host.lower()]
        return self.concurrency, self.delay

    def view_for_url(self, url: str) -> View | None:
        """The view whose URL shape matches a fetched URL (None when none does)."""
        for view in self.views.values():
            if view.url_match.search(url):
                return view
        return None

    def summary(self) -> dict[str, Any]:
        """One row for ``brandsweep platforms``: what is probed, searched, and how politely."""
        probe = self.probe_view if self.probe_view is not None else "none"
        return {
            "name": self.name,
            "title": self.title,
            "probe": probe,
            "probe_url": self.views[self.probe_view].url if self.probe_view else None,
            "probe_reason": self.probe_reason if self.probe_view is None else None,
            "enrich": self.enrich_view,
            "search": self.search is not None,
            "web_search_site": self.web_search_site,
            "rate": f"{self.concurrency}x/{self.delay:g}s",
            "existence_only": self.existence_only,
            "auth": self.auth.env if self.auth else None,
            "report": (self.report.form or self.report.email) if self.report else None,
            "auth_rate": f"{self.auth.concurrency}x/{self.auth.delay:g}s" if self.auth else None,
            "auth_probe": self.auth.probe if self.auth else None,
            "host_rates": {h: f"{c}x/{d:g}s" for h, (c, d) in self.host_rates.items()} or None,
            "hosts": list(self.hosts),
            "source": Path(self.source).name if self.source else None,
        }

    # ------------------------------------------------------------------ search

    @property
    def searchable(self) -> bool:
        return self.search is not None

    def search_url(self, query: str, page_state: str | int | None = None) -> str:
        """The search API URL for ``query``; ``page_state``: cursor/offset/page of a later page."""
        if self.search is None:
            raise ValueError(f"{self.name} has no search API")
        url = self.search.url.format(query=quote(query, safe=""), **self.params)
        if page_state is None or page_state == "":
            return url
        param = self.search.paging.get("param")
        if not param:
            return url
        parts = urlsplit(url)
        query_items = [
            (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != param
        ]
        query_items.append((param, str(page_state)))
        return parts._replace(query=urlencode(query_items)).geturl()


class Catalog(Mapping[str, Platform]):
    """All platforms by name: built-in entries with user overrides applied."""

    def __init__(
        self, platforms: Mapping[str, Platform], defaults: Mapping[str, Any] | None = None
    ):
        self._platforms = dict(platforms)
        self.defaults: Mapping[str, Any] = defaults or {}
        self._by_host: dict[str, list[Platform]] = {}
        self._wildcards: list[tuple[str, Platform]] = []
        for p in self._platforms.values():
            for host in p.hosts:
                if host.startswith("*."):
                    self._wildcards.append((host[1:], p))
                else:
                    self._by_host.setdefault(_bare_host(host), []).append(p)

    def __getitem__(self, name: str) -> Platform:
        return self._platforms[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._platforms)

    def __len__(self) -> int:
        return len(self._platforms)

    def rules(self) -> dict[str, HandleRule]:
        """Handle grammar per platform, for ``matching`` (inventory validation, variants)."""
        return {name: p.handle for name, p in self._platforms.items()}

    def searchable(self) -> list[Platform]:
        """Platforms with a public search API."""
        return [p for p in self._platforms.values() if p.search is not None]

    def credentials(self, environ: Mapping[str, str] | None = None) -> dict[str, str]:
        """Platforms whose credential is set: name -> ``"GitHub: authenticated (GITHUB_TOKEN)"``.
        What an audit records about credentials: the variable's name, never its value."""
        return {
            name: p.auth.label(p.title)
            for name, p in self._platforms.items()
            if p.auth is not None and p.authenticated(environ)
        }

    def subset(self, names: Sequence[str]) -> Catalog:
        unknown = [n for n in names if n not in self._platforms]
        if unknown:
            close = difflib.get_close_matches(unknown[0], list(self._platforms), n=1)
            raise CatalogError(
                None,
                None,
                N_("unknown platform {unknown!r}", unknown=unknown[0]),
                N_("did you mean {word!r}?", word=close[0])
                if close
                else N_("see `brandsweep platforms`"),
            )
        return Catalog({n: self._platforms[n] for n in names}, self.defaults)

    def merged(self, extra: Mapping[str, Platform]) -> Catalog:
        """This catalog plus ``extra`` platforms (same names replace), e.g. WhatsMyName sites."""
        return Catalog({**self._platforms, **extra}, self.defaults)

    def platforms_for_host(self, host: str) -> list[Platform]:
        bare = _bare_host(host)
        found = list(self._by_host.get(bare, []))
        for suffix, p in self._wildcards:
            if (bare.endswith(suffix) or bare == suffix[1:]) and p not in found:
                found.append(p)
        return found

    def match_profile_url(self, url: str, platform: str | None = None) -> tuple[str, str] | None:
        """(platform, canonical handle) when ``url`` is a profile link, else None.

        Tolerates http/https, missing scheme, www/m/mobile subdomains, trailing slashes, query
        strings, fragments and ``@``; rejects non-profile paths (posts, hashtags, share links).
        ``platform`` names a federated platform the caller knows the URL is on (an inventory's
        ``platform: mastodon``): then any server's address in that platform's shapes is one of
        its accounts, ``https://mastodon.nz/@shop`` is ``shop@mastodon.nz`` (without it, only the
        catalog's hosts are Mastodon: ``/@name`` is a common path elsewhere too).
        """
        if not url or not isinstance(url, str):
            return None
        text = url.strip()
        if "://" not in text:
            if text.startswith("//"):
                text = "https:" + text
            elif re.match(r"^[\w.-]+\.[a-z]{2,}(/|$)", text, re.I):
                text = "https://" + text
            else:
                return None
        try:
            parts = urlsplit(text)
            host = (parts.hostname or "").lower()
        except ValueError:
            return None
        if parts.scheme.lower() not in ("http", "https") or not host:
            return None
        path = re.sub(r"/{2,}", "/", parts.path or "/")
        for known in self.platforms_for_host(host):
            hit = _match_platform(known, host, path, parts.query)
            if hit:
                return known.name, hit
        federated = self._platforms.get(platform or "")
        if federated is not None and federated.params.get("instance"):
            hit = _match_platform(federated, host, path, parts.query)
            if hit:
                return federated.name, hit
        return None


def _bare_host(host: str) -> str:
    host = host.lower().rstrip(".")
    for prefix in ("www.", "m.", "mobile.", "web."):
        if host.startswith(prefix) and host.count(".") >= 2:
            return host[len(prefix) :]
    return host


def _match_platform(platform: Platform, host: str, path: str, query: str) -> str | None:
    candidates = [path]
    if query:
        candidates.append(f"{path}?{query}")
    for pattern in platform.profile_patterns:
        for subject in candidates:
            m = pattern.match(subject)
            if not m:
                continue
            handle = (m.groupdict().get("handle") or "").lstrip("@")
            if not handle:
                continue
            if handle.lower() in platform.reserved:
                continue
            instance = m.groupdict().get("instance")
            if platform.params.get("instance") is not None:
                inst = instance or _bare_host(host)
                if "@" not in handle and inst.lower() != platform.params["instance"].lower():
                    handle = f"{handle}@{inst.lower()}"
            if not platform.is_valid(handle):
                continue
            return platform.canonical(handle)
    return None


# --------------------------------------------------------------------------- loading


def load_catalog(extra_files: Sequence[Path] = ()) -> Catalog:
    """The built-in catalog plus user files (``--platforms-file``), validated.

    User entries with a new name are added; entries with an existing name override it key by key
    (nested mappings merge, lists and scalars replace), so a user can change one marker or the
    Mastodon instance without restating the entry. ``enabled: false`` removes a platform.
    WhatsMyName-format sites (``--sites-file``): ``crawler.wmn.load_catalog_with_sites``.

    A process reads the same files once: the runner and the spider both load the catalog.
    The cache is keyed by each file's path, modification time and size, so an edited file is
    read again.
    """
    files = [BUILTIN_FILE, *[Path(p) for p in extra_files]]
    try:
        key: tuple[Any, ...] | None = tuple(
            (str(f.resolve()), f.stat().st_mtime_ns, f.stat().st_size) for f in files
        )
    except OSError:
        key = None  # a missing file: let the loader say so
    if key is not None and key in _CATALOG_CACHE:
        return _CATALOG_CACHE[key]
    catalog = _load_catalog(extra_files)
    if key is not None:
        _CATALOG_CACHE.clear()  # one catalog per process is the usual case
        _CATALOG_CACHE[key] = catalog
    return catalog


_CATALOG_CACHE: dict[tuple[Any, ...], Catalog] = {}


def _load_catalog(extra_files: Sequence[Path]) -> Catalog:
    raw_entries: dict[str, Any] = {}
    entry_source: dict[str, Path] = {}
    defaults: Any = LineDict()
    for path in (BUILTIN_FILE, *[Path(p) for p in extra_files]):
        doc = load_yaml_with_lines(path)
        if doc is None:
            continue
        if not isinstance(doc, dict):
            raise CatalogError(
                path,
                None,
                N_("a catalog file must be a mapping"),
                N_("start with 'platforms:' and one entry per platform name"),
            )
        if "platforms" in doc:
            for key in doc:
                if key not in ("platforms", "defaults", "version"):
                    raise _unknown_key(
                        path, doc, key, {"platforms", "defaults", "version"}, N_("catalog file")
                    )
            entries = doc.get("platforms") or LineDict()
            if "defaults" in doc:
                defaults = _merge(defaults, doc["defaults"])
        else:
            entries = doc
        if not isinstance(entries, dict):
            raise CatalogError(
                path, _line(doc, "platforms"), N_("'platforms' must map names to entries")
            )
        for name, entry in entries.items():
            if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", name):
                raise CatalogError(
                    path,
                    _line(entries, name),
                    N_("bad platform name {name!r}", name=name),
                    N_("use lower-case letters, digits and '_' (e.g. 'instagram')"),
                )
            if not isinstance(entry, dict):
                raise CatalogError(
                    path, _line(entries, name), N_("entry {name!r} must be a mapping", name=name)
                )
            _check_keys(path, entry, ENTRY_KEYS, N_("platform {name!r}", name=name))
            if name in raw_entries:
                raw_entries[name] = _merge(raw_entries[name], entry)
            else:
                raw_entries[name] = entry
            entry_source[name] = path
            if isinstance(raw_entries[name], LineDict):
                raw_entries[name].line = _line(entries, name)  # "missing key" points at the name
    _check_defaults(defaults)
    platforms: dict[str, Platform] = {}
    for name, entry in raw_entries.items():
        if entry.get("enabled", True) is False:
            continue
        platforms[name] = build_platform(name, entry, entry_source[name], defaults)
    for name, platform in platforms.items():
        _check_account_of(platform, raw_entries, entry_source[name])
    return Catalog(platforms, defaults)


def _check_defaults(defaults: Any) -> None:
    """The catalog-wide unverifiable rules: statuses -> reasons, blocker and fallback markers."""
    path = None
    _check_keys(
        path,
        defaults,
        {
            "unverifiable_status",
            "blockers",
            "fallback",
            "existence_only_rate",
            "existence_only_calibration",
        },
        N_("defaults"),
    )
    calibration = defaults.get("existence_only_calibration")
    if calibration is not None and calibration not in ("auto", "always"):
        raise CatalogError(
            path,
            _line(defaults, "existence_only_calibration"),
            N_(
                "defaults: existence_only_calibration is 'auto' or 'always', not {calibration!r}",
                calibration=calibration,
            ),
            N_(
                "auto: a random handle only where a site's rules cannot tell "
                "found from missing; always: on every site"
            ),
        )
    rate = defaults.get("existence_only_rate")
    if rate is not None:
        ok = isinstance(rate, dict) and set(rate) <= RATE_KEYS
        try:
            ok = ok and int(rate.get("concurrency", 1)) >= 1 and float(rate.get("delay", 0)) >= 0
        except (TypeError, ValueError):
            ok = False
        if not ok:
            raise CatalogError(
                path,
                _line(defaults, "existence_only_rate"),
                N_("defaults: existence_only_rate needs concurrency >= 1, delay >= 0"),
                N_("e.g. existence_only_rate: {concurrency: 1, delay: 0.25}"),
            )
    statuses = defaults.get("unverifiable_status") or {}
    if not isinstance(statuses, dict) or not all(isinstance(k, int) for k in statuses):
        raise CatalogError(
            path,
            _line(defaults, "unverifiable_status"),
            N_("defaults: unverifiable_status maps HTTP codes to reasons"),
            N_("e.g. 429: rate_limited"),
        )
    for key in ("blockers", "fallback"):
        markers = defaults.get(key) or []
        if not isinstance(markers, list):
            raise CatalogError(
                path, _line(defaults, key), N_("defaults: {key} must be a list of markers", key=key)
            )
        for marker in markers:
            _check_marker(path, marker, N_("defaults {key}", key=key), {})


def _merge(base: Any, over: Any) -> Any:
    """Deep merge for overrides; keeps line information of the overriding file."""
    if isinstance(base, dict) and isinstance(over, dict):
        out = LineDict(copy.copy(base))
        out.line = getattr(over, "line", None) or getattr(base, "line", None)
        out.key_lines = {**getattr(base, "key_lines", {}), **getattr(over, "key_lines", {})}
        for key, value in over.items():
            out[key] = _merge(base.get(key), value) if key in base else value
        return out
    return over


def _require(
    path: Path, entry: Any, key: str, kind: type | tuple[type, ...], what: str, hint: str = ""
) -> Any:
    if key not in entry:
        raise CatalogError(
            path, _line(entry), N_("{what}: missing required key {key!r}", what=what, key=key), hint
        )
    value = entry[key]
    if not isinstance(value, kind):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise CatalogError(
            path,
            _line(entry, key),
            N_("{what}: {key!r} must be {names}", what=what, key=key, names=names),
            hint,
        )
    return value


def _compile(
    path: Path, entry: Any, key: str, pattern: Any, what: str, flags: int = 0
) -> re.Pattern[str]:
    if not isinstance(pattern, str):
        raise CatalogError(
            path,
            _line(entry, key),
            N_("{what}: {key!r} must be a regular expression string", what=what, key=key),
        )
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise CatalogError(
            path,
            _line(entry, key),
            N_(
                "{what}: bad regular expression {pattern!r}: {exc}",
                what=what,
                pattern=pattern,
                exc=exc,
            ),
            N_("escape '.', '?' and '/' where meant literally; quote the YAML value"),
        ) from exc


def _template_regex(template: str) -> str:
    """A URL template turned into a regex that recognises URLs made from it."""
    base, _, query = template.partition("?")
    out = re.escape(base)
    out = re.sub(r"\\\{[a-z_]+\\\}", "[^/?#&]+", out)
    out = re.sub(r"^https?://(?:www\\\.)?", r"https?://(?:www\\.|m\\.)?", out)
    if query:
        first_param = query.split("=", 1)[0]
        out += r"\?(?:.*&)?" + re.escape(first_param) + "="
    else:
        out = out.rstrip("/") + r"/?(?:[?#]|$)"
    return "^" + out


def build_platform(
    name: str, entry: Any, path: Path, defaults: Mapping[str, Any] | None = None
) -> Platform:
    """Validate one (merged) entry and build its ``Platform``; errors name file:line and a fix."""
    what = N_("platform {name!r}", name=name)
    title = entry.get("title", name.title())
    hosts = _require(
        path,
        entry,
        "hosts",
        list,
        what,
        N_("list the hosts, e.g. [instagram.com, www.instagram.com]"),
    )
    if not hosts or not all(isinstance(h, str) and h for h in hosts):
        raise CatalogError(
            path,
            _line(entry, "hosts"),
            N_("{what}: 'hosts' must be a non-empty list of host names", what=what),
        )
    params = entry.get("params") or {}
    if not isinstance(params, dict):
        raise CatalogError(
            path, _line(entry, "params"), N_("{what}: 'params' must be a mapping", what=what)
        )
    params = {str(k): str(v) for k, v in params.items()}
    profile_url = _require(
        path,
        entry,
        "profile_url",
        str,
        what,
        N_("a template such as 'https://www.instagram.com/{handle}/'"),
    )
    if "{handle}" not in profile_url:
        raise CatalogError(
            path,
            _line(entry, "profile_url"),
            N_("{what}: 'profile_url' lacks '{{handle}}'", what=what),
            N_("write e.g. 'https://example.com/{handle}'"),
        )
    _check_placeholders(path, entry, "profile_url", profile_url, params, what)
    patterns_raw = _require(
        path,
        entry,
        "profile_patterns",
        list,
        what,
        N_("regexes on the URL path with a (?P<handle>...) group"),
    )
    patterns = []
    for pat in patterns_raw:
        rx = _compile(path, entry, "profile_patterns", pat, what)
        if "handle" not in rx.groupindex:
            raise CatalogError(
                path,
                _line(entry, "profile_patterns"),
                N_(
                    "{what}: profile pattern {pat!r} has no named group 'handle'",
                    what=what,
                    pat=pat,
                ),
                N_("wrap the handle part in (?P<handle>...)"),
            )
        patterns.append(rx)
    hrule_raw = _require(
        path, entry, "handle", dict, what, N_("give at least handle: {pattern: '...'}")
    )
    _check_keys(path, hrule_raw, HANDLE_KEYS, N_("{what} handle", what=what))
    pattern = _require(path, hrule_raw, "pattern", str, N_("{what} handle", what=what))
    _compile(path, hrule_raw, "pattern", pattern, N_("{what} handle", what=what))
    try:
        hrule = HandleRule(
            pattern=pattern,
            min_length=int(hrule_raw.get("min_length", 1)),
            max_length=int(hrule_raw.get("max_length", 100)),
            case_sensitive=bool(hrule_raw.get("case_sensitive", False)),
            ignore_chars=str(hrule_raw.get("ignore_chars", "") or ""),
            community=str(hrule_raw.get("community", "") or ""),
            # a federated platform (``params: {instance}``) names accounts of other servers
            # ``user@server``; their user part follows ``params: {remote_handle}``
            remote=(params.get("remote_handle") or pattern) if params.get("instance") else "",
        )
    except (TypeError, ValueError) as exc:
        raise CatalogError(
            path,
            _line(hrule_raw),
            N_("{what} handle: {exc}", what=what, exc=exc),
            N_("min_length and max_length are integers"),
        ) from exc
    if hrule.min_length > hrule.max_length:
        raise CatalogError(
            path,
            _line(hrule_raw, "min_length"),
            N_("{what} handle: min_length > max_length", what=what),
        )

    views: dict[str, View] = {}
    views_raw = entry.get("views") or {}
    if not isinstance(views_raw, dict):
        raise CatalogError(
            path,
            _line(entry, "views"),
            N_("{what}: 'views' must map view names to views", what=what),
        )
    for vname, vraw in views_raw.items():
        views[vname] = _build_view(path, name, vname, vraw, params)

    probe_view: str | None = None
    probe_reason: str | None = None
    probe_raw = entry.get("probe")
    if probe_raw is None or probe_raw == "none" or probe_raw is False:
        probe_reason = "no probe declared"
    elif isinstance(probe_raw, str):
        probe_view = probe_raw
    elif isinstance(probe_raw, dict):
        _check_keys(path, probe_raw, PROBE_KEYS, N_("{what} probe", what=what))
        v = probe_raw.get("view")
        if v in (None, "none"):
            probe_reason = str(probe_raw.get("reason") or "no direct probe possible")
        else:
            probe_view = str(v)
    else:
        raise CatalogError(
            path,
            _line(entry, "probe"),
            N_(
                "{what}: 'probe' must be a view name, 'none' or {{view: "
                "NAME}} / {{view: none, reason: TEXT}}",
                what=what,
            ),
        )
    if probe_view is not None and probe_view not in views:
        raise _unknown_ref(path, entry, "probe", probe_view, views, what)
    if entry.get("probe_possible") is False:
        probe_view = None
        probe_reason = probe_reason or "probe_possible: false"
    enrich_view = entry.get("enrich")
    if enrich_view is not None and enrich_view not in views:
        raise _unknown_ref(path, entry, "enrich", enrich_view, views, what)

    search = None
    if entry.get("search"):
        search = _build_search(path, entry["search"], what, params)

    rate = entry.get("rate") or {}
    _check_keys(path, rate, RATE_KEYS, N_("{what} rate", what=what))
    try:
        concurrency = int(rate.get("concurrency", 1))
        delay = float(rate.get("delay", 1.0))
    except (TypeError, ValueError) as exc:
        raise CatalogError(
            path,
            _line(rate),
            N_("{what} rate: {exc}", what=what, exc=exc),
            N_("concurrency: 1, delay: 2.0"),
        ) from exc
    if concurrency < 1 or delay < 0:
        raise CatalogError(
            path, _line(rate), N_("{what} rate: concurrency must be >= 1 and delay >= 0", what=what)
        )

    auth = _build_auth(path, entry, what, views, probe_view, search, params, concurrency, delay)
    report = _build_report(path, entry.get("report"), entry, what, params)
    host_rates: dict[str, tuple[int, float]] = {}
    rates_raw = entry.get("host_rates") or {}
    if not isinstance(rates_raw, dict):
        raise CatalogError(
            path,
            _line(entry, "host_rates"),
            N_("{what}: host_rates maps host names to rates", what=what),
            N_("e.g. host_rates: {github.com: {concurrency: 1, delay: 1.0}}"),
        )
    for host, hrate in rates_raw.items():
        _check_keys(path, hrate, RATE_KEYS, N_("{what} host_rates {host}", what=what, host=host))
        try:
            pair = (int(hrate.get("concurrency", 1)), float(hrate.get("delay", 1.0)))
        except (TypeError, ValueError, AttributeError) as exc:
            raise CatalogError(
                path,
                _line(rates_raw, host),
                N_("{what} host_rates {host}: {exc}", what=what, host=host, exc=exc),
                N_("concurrency: 1, delay: 1.0"),
            ) from exc
        if pair[0] < 1 or pair[1] < 0:
            raise CatalogError(
                path,
                _line(rates_raw, host),
                N_(
                    "{what} host_rates {host}: concurrency >= 1 and delay >= 0",
                    what=what,
                    host=host,
                ),
            )
        host_rates[str(host).lower()] = pair

    reserved = entry.get("reserved") or []
    if not isinstance(reserved, list):
        raise CatalogError(
            path,
            _line(entry, "reserved"),
            N_("{what}: 'reserved' must be a list of path words", what=what),
        )
    extractor = entry.get("extractor")
    if extractor is not None:
        from crawler.extract.registry import EXTRACTORS  # late: extract imports this module

        if extractor not in EXTRACTORS:
            close = difflib.get_close_matches(str(extractor), list(EXTRACTORS), n=1)
            raise CatalogError(
                path,
                _line(entry, "extractor"),
                N_("{what}: unknown extractor {extractor!r}", what=what, extractor=extractor),
                N_("did you mean {word!r}?", word=close[0])
                if close
                else N_("known: {items}", items=", ".join(EXTRACTORS)),
            )
    suffix = entry.get("handle_suffix")
    variants = []
    for item in entry.get("profile_url_variants") or []:
        if not isinstance(item, dict) or set(item) != {"match", "url"}:
            raise CatalogError(
                path,
                _line(entry, "profile_url_variants"),
                N_(
                    "{what}: each profile_url_variants item is {{match: REGEX, url: TEMPLATE}}",
                    what=what,
                ),
            )
        _check_placeholders(path, item, "url", item["url"], params, what)
        variants.append((_compile(path, item, "match", item["match"], what), item["url"]))
    return Platform(
        name=name,
        title=str(title),
        hosts=tuple(h.lower() for h in hosts),
        profile_url_template=profile_url,
        profile_patterns=tuple(patterns),
        handle=dataclasses.replace(hrule, suffix=str(suffix or ""), title=str(title),
                                   shown=_shown_as(path, entry, what),
                                   variant_suffixes=_variant_suffixes(path, entry, what),
                                   account_of=_account_of(path, entry, name, what)),
        views=views,
        probe_view=probe_view,
        probe_reason=probe_reason,
        enrich_view=enrich_view,
        reserved=frozenset(str(r).lower() for r in reserved),
        handle_suffix=str(suffix) if suffix else None,
        params=params,
        search=search,
        web_search_site=entry.get("web_search_site"),
        web_search_communities=entry.get("web_search_communities"),
        concurrency=concurrency,
        delay=delay,
        extractor=extractor,
        existence_only=bool(entry.get("existence_only", False)),
        js_shell_page=bool(entry.get("js_shell_page", False)),
        source=str(path),
        profile_url_variants=tuple(variants),
        auth=auth,
        report=report,
        host_rates=host_rates,
        defaults=defaults or {},
        keep_case=_compile(path, entry, "keep_case", entry["keep_case"], what)
        if entry.get("keep_case")
        else None,
    )


#: environment variable names: upper case, so a token pasted in by mistake is refused
_ENV_NAME = re.compile(r"[A-Z][A-Z0-9_]*")
_HEADER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*")


def _template_host(template: str, params: Mapping[str, str]) -> str | None:
    """The host a URL template goes to (placeholders filled with params or a sample)."""
    values = {**params, "handle": "example", "query": "example"}
    try:
        return (urlsplit(template.format(**values)).hostname or "").lower() or None
    except (KeyError, IndexError, ValueError):
        return None


def _build_auth(
    path: Path,
    entry: Any,
    what: str,
    views: Mapping[str, View],
    probe_view: str | None,
    search: SearchSpec | None,
    params: Mapping[str, str],
    concurrency: int,
    delay: float,
) -> AuthSpec | None:
    """``auth: {env, header, template, hosts, refused, rate}`` -> ``AuthSpec`` (None when absent
    or switched off with ``auth: false``). The credential may only go to hosts the platform's
    own views or search fetch."""
    raw = entry.get("auth")
    if raw is None or raw is False:
        return None
    where = N_("{what} auth", what=what)
    _check_keys(path, raw, AUTH_KEYS, where)
    env = _require(
        path,
        raw,
        "env",
        str,
        where,
        N_("the name of an environment variable, e.g. env: GITHUB_TOKEN"),
    )
    if not _ENV_NAME.fullmatch(env):
        raise CatalogError(
            path,
            _line(raw, "env"),
            N_(
                "{where}: env must name an environment variable (upper case), not {env!r}",
                where=where,
                env=env,
            ),
            N_(
                "e.g. env: GITHUB_TOKEN, then export GITHUB_TOKEN=...; never "
                "write a token into a catalog file"
            ),
        )
    header = raw.get("header", "Authorization")
    if not isinstance(header, str) or not _HEADER_NAME.fullmatch(header):
        raise CatalogError(
            path,
            _line(raw, "header"),
            N_(
                "{where}: header must be an HTTP header name, not {header!r}",
                where=where,
                header=header,
            ),
            N_("e.g. header: Authorization"),
        )
    template = raw.get("template", "Bearer {token}")
    if not isinstance(template, str) or "{token}" not in template:
        raise CatalogError(
            path,
            _line(raw, "template"),
            N_("{where}: template must contain '{{token}}'", where=where),
            N_("e.g. template: 'Bearer {token}'"),
        )
    others = [ph for ph in re.findall(r"\{([^{}]*)\}", template) if ph != "token"]
    if others:
        raise CatalogError(
            path,
            _line(raw, "template"),
            N_(
                "{where}: unknown placeholder {{{others}}} in template",
                where=where,
                others=others[0],
            ),
            N_("only {token} is replaced"),
        )
    fetched: dict[str, str] = {}
    for view in views.values():
        host = _template_host(view.url, params)
        if host:
            fetched.setdefault(host, f"view {view.name!r}")
    if search is not None:
        host = _template_host(search.url, params)
        if host:
            fetched.setdefault(host, "search")
    if "hosts" in raw:
        hosts_raw = raw["hosts"]
        if (
            not isinstance(hosts_raw, list)
            or not hosts_raw
            or not all(isinstance(h, str) and h for h in hosts_raw)
        ):
            raise CatalogError(
                path,
                _line(raw, "hosts"),
                N_("{where}: hosts must be a non-empty list of host names", where=where),
                N_("e.g. hosts: [api.github.com]"),
            )
        hosts = tuple(h.lower() for h in hosts_raw)
        for host in hosts:
            if host not in fetched:
                raise CatalogError(
                    path,
                    _line(raw, "hosts"),
                    N_(
                        "{where}: host {host!r} is not fetched by any view or search "
                        "of the platform; the credential may only go to the "
                        "platform's own API",
                        where=where,
                        host=host,
                    ),
                    N_(
                        "hosts its views and search fetch: {reason}",
                        reason=", ".join(sorted(fetched)) or "none",
                    ),
                )
    else:
        defaults = []
        if probe_view is not None:
            defaults.append(_template_host(views[probe_view].url, params))
        if raw.get("probe") in views:
            defaults.append(_template_host(views[raw["probe"]].url, params))
        if search is not None:
            defaults.append(_template_host(search.url, params))
        hosts = tuple(dict.fromkeys(h for h in defaults if h))
        if not hosts:
            raise CatalogError(
                path,
                _line(entry, "auth"),
                N_("{where}: no probe view or search to send the credential to", where=where),
                N_("name them: hosts: [api.example.com]"),
            )
    refused_raw = raw.get("refused", [401])
    if not (
        isinstance(refused_raw, list)
        and refused_raw
        and all(isinstance(c, int) and 400 <= c <= 599 for c in refused_raw)
    ):
        raise CatalogError(
            path,
            _line(raw, "refused"),
            N_("{where}: refused must be a list of HTTP error codes", where=where),
            N_("e.g. refused: [401]"),
        )
    rate = raw.get("rate") or {}
    _check_keys(path, rate, RATE_KEYS, N_("{where} rate", where=where))
    try:
        auth_concurrency = int(rate.get("concurrency", concurrency))
        auth_delay = float(rate.get("delay", delay))
    except (TypeError, ValueError) as exc:
        raise CatalogError(
            path,
            _line(rate),
            N_("{where} rate: {exc}", where=where, exc=exc),
            N_("concurrency: 2, delay: 0.75"),
        ) from exc
    if auth_concurrency < 1 or auth_delay < 0:
        raise CatalogError(
            path,
            _line(rate),
            N_("{where} rate: concurrency must be >= 1 and delay >= 0", where=where),
        )
    auth_probe = raw.get("probe")
    if auth_probe is not None and auth_probe not in views:
        raise _unknown_ref(path, raw, "probe", str(auth_probe), views, where)
    return AuthSpec(
        env=env,
        header=header,
        template=template,
        hosts=hosts,
        refused=tuple(refused_raw),
        concurrency=auth_concurrency,
        delay=auth_delay,
        probe=str(auth_probe) if auth_probe is not None else None,
    )


def _unknown_ref(
    path: Path, entry: Any, key: str, value: str, views: Mapping[str, Any], what: str
) -> CatalogError:
    close = difflib.get_close_matches(str(value), list(views), n=1)
    return CatalogError(
        path,
        _line(entry, key),
        N_("{what}: {key} names unknown view {value!r}", what=what, key=key, value=value),
        N_("did you mean {word!r}?", word=close[0])
        if close
        else N_("define it under views: (have {reason})", reason=", ".join(views) or "none"),
    )


_EMAIL = re.compile(r"[^@\s<>\"']+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def _build_report(
    path: Path, raw: Any, entry: Any, what: str, params: Mapping[str, str]
) -> ReportSpec | None:
    """``report: {form, email, steps, note, checked}``: at least a form or an address."""
    if raw is None or raw is False:
        return None
    where = N_("{what} report", what=what)
    _check_keys(path, raw, REPORT_KEYS, where)
    for key in REPORT_KEYS:
        if raw.get(key) is not None and not isinstance(raw[key], str):
            raise CatalogError(
                path,
                _line(raw, key),
                N_("{where}: '{key}' must be text", where=where, key=key),
                N_("write {key}: '...'", key=key),
            )
    form, email = raw.get("form"), raw.get("email")
    if not form and not email:
        raise CatalogError(
            path,
            _line(entry, "report"),
            N_("{where}: give the impersonation form or an address", where=where),
            N_(
                "e.g. report: {form: "
                "'https://help.example.com/impersonation', email: "
                "abuse@example.com}"
            ),
        )
    if form:
        parts = urlsplit(form)
        if parts.scheme not in ("https", "http") or not parts.hostname and "{" not in parts.netloc:
            raise CatalogError(
                path,
                _line(raw, "form"),
                N_("{where}: form {form!r} is not an http(s) URL", where=where, form=form),
                N_("write the form's address, https://..."),
            )
        _check_placeholders(path, raw, "form", form, params, where, ("handle", "url"))
    if email and not _EMAIL.fullmatch(email):
        raise CatalogError(
            path,
            _line(raw, "email"),
            N_("{where}: email {email!r} is not an e-mail address", where=where, email=email),
            N_("write e.g. email: abuse@example.com"),
        )
    return ReportSpec(
        form=form or None,
        email=email or None,
        steps=raw.get("steps"),
        note=raw.get("note"),
        checked=raw.get("checked"),
    )


def _variant_suffixes(path: Path, entry: Any, what: str) -> tuple[str, ...]:
    """``variant_suffixes``: what the platform's own naming conventions append to a name, as
    written after it, likeliest first (``[tv, channel]`` on YouTube, ``[_bot, bot]`` on
    Telegram, ``[-careers]`` on LinkedIn). The variant generator probes the brand's name with
    each (:func:`matching.variants.generate_candidates`, family ``affix_platform``), within
    the same ``--max-variants`` budget; a form the handle rule refuses is dropped."""
    raw = entry.get("variant_suffixes")
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(
            isinstance(s, str) and s.strip("._-").isalnum() for s in raw):
        raise CatalogError(
            path, _line(entry, "variant_suffixes"),
            N_("{what}: 'variant_suffixes' must be a list of words, each with an optional "
               "separator before it", what=what),
            N_("e.g. variant_suffixes: [tv, _bot, -careers]"))
    return tuple(dict.fromkeys(s.lower() for s in raw))


def _account_of(path: Path, entry: Any, name: str, what: str) -> str:
    """``account_of``: the platform whose account a profile here is, by the same name (a
    Threads profile is the Instagram account of its name), for ``matching`` (a walled page
    read through that account). A platform name other than its own; that the name is in the
    catalog is checked once every entry is read (:func:`_check_account_of`)."""
    raw = entry.get("account_of")
    if raw is None:
        return ""
    if not isinstance(raw, str) or not raw or raw == name:
        raise CatalogError(
            path, _line(entry, "account_of"),
            N_("{what}: account_of names another platform of the catalog, not {value!r}",
               what=what, value=raw),
            N_("e.g. account_of: instagram (a Threads profile is the Instagram account of its "
               "name); leave it out when the platform's accounts are its own"))
    return raw


def _check_account_of(platform: Platform, entries: Mapping[str, Any], path: Path) -> None:
    """A platform's ``account_of`` names an entry of the catalog (built-in or a user's; one
    switched off with ``enabled: false`` counts: its accounts still exist)."""
    target = platform.handle.account_of
    if not target or target in entries:
        return
    close = difflib.get_close_matches(target, sorted(entries), n=1, cutoff=0.6)
    raise CatalogError(
        path, _line(entries[platform.name], "account_of"),
        N_("platform {name!r}: account_of names {target!r}, which is no platform of the "
           "catalog", name=platform.name, target=target),
        N_("did you mean {word!r}?", word=close[0]) if close
        else N_("known platforms: {names} (see `brandsweep platforms`)",
                names=", ".join(sorted(entries))))


def _shown_as(path: Path, entry: Any, what: str) -> HandleForm:
    """``shown_as``: how the platform's pages write a handle, for reports and evidence. A
    template (``'@{handle}'``), or a list of them tried in order, each a template or
    ``{match: REGEX, form: TEMPLATE}`` (the first whose full-match regex fits the handle;
    ``{handle}`` and the regex's named groups). None: the handle as written."""
    raw = entry.get("shown_as")
    if raw is None:
        return HandleForm()
    forms: list[tuple[str, str]] = []
    for item in raw if isinstance(raw, list) else [raw]:
        mapping = isinstance(item, dict)

        def line(key: str) -> int | None:
            return _line(item, key) if mapping else _line(entry, "shown_as")  # noqa: B023

        form = item.get("form") if mapping else item
        if not isinstance(form, str) or not form:
            raise CatalogError(
                path, line("form"),
                N_("{what}: each shown_as form is a template or {{match: REGEX, form: "
                   "TEMPLATE}}", what=what),
                N_("e.g. shown_as: '@{{handle}}', or a list of {{match: REGEX, form: "
                   "TEMPLATE}} tried in order, ending with '@{{handle}}'"))
        if mapping:
            _check_keys(path, item, SHOWN_KEYS, N_("{what} shown_as", what=what))
        match = str(item.get("match") or "") if mapping else ""
        groups = tuple(_compile(path, item, "match", match, what).groupindex) if match else ()
        try:
            names = [n for _t, n, _s, _c in string.Formatter().parse(form) if n is not None]
        except ValueError:  # a lone '{' or '}'
            raise CatalogError(
                path, line("form"),
                N_("{what}: shown_as form {form!r} has a brace without its pair", what=what,
                   form=form),
                N_("placeholders are {{handle}}; write a brace itself as '{{{{' or '}}}}'"),
            ) from None
        for name in names:
            if name not in ("handle", *groups):
                raise CatalogError(
                    path, line("form"),
                    N_("{what}: unknown placeholder {{{ph}}} in shown_as", what=what, ph=name),
                    N_("use {{handle}} or a named group of its match: {names}",
                       names=", ".join("{" + n + "}" for n in groups)) if groups
                    else N_("use {{handle}}; a form with {{match: REGEX, form: TEMPLATE}} "
                            "may also use the regex's named groups"))
        forms.append((match, form))
    return HandleForm(tuple(forms))


def _check_placeholders(
    path: Path,
    entry: Any,
    key: str,
    template: str,
    params: Mapping[str, str],
    what: str,
    allowed: tuple[str, ...] = ("handle",),
) -> None:
    for ph in re.findall(r"\{([^{}]*)\}", template):
        if ph not in allowed and ph not in params:
            raise CatalogError(
                path,
                _line(entry, key),
                N_("{what}: unknown placeholder {{{ph}}} in {key}", what=what, ph=ph, key=key),
                N_("use {{{items}}} or declare it under params:", items="}, {".join(allowed)),
            )


def _build_view(path: Path, pname: str, vname: str, raw: Any, params: Mapping[str, str]) -> View:
    what = N_("platform {pname!r} view {vname!r}", pname=pname, vname=vname)
    _check_keys(path, raw, VIEW_KEYS, what)
    url = _require(
        path,
        raw,
        "url",
        str,
        what,
        N_("the URL template, e.g. 'https://api.github.com/users/{handle}'"),
    )
    _check_placeholders(path, raw, "url", url, params, what)
    if "url_match" in raw:
        url_match = _compile(path, raw, "url_match", raw["url_match"], what)
    else:
        url_match = re.compile(_template_regex(url))
    fmt = raw.get("format", "json" if "/api" in url or url.endswith(".json") else "html")
    if fmt not in ("html", "json"):
        raise CatalogError(
            path, _line(raw, "format"), N_("{what}: format must be html or json", what=what)
        )
    documents = raw.get("documents") or {}
    if not isinstance(documents, dict):
        raise CatalogError(
            path, _line(raw, "documents"), N_("{what}: 'documents' must be a mapping", what=what)
        )
    for dname, draw in documents.items():
        _check_keys(
            path, draw, DOCUMENT_KEYS, N_("{what} document {dname!r}", what=what, dname=dname)
        )
        for key in ("script_regex",):
            if key in draw:
                _compile(
                    path,
                    draw,
                    key,
                    draw[key],
                    N_("{what} document {dname!r}", what=what, dname=dname),
                    re.S,
                )
    rules: dict[str, Any] = {}
    for key in ("found", "not_found"):
        value = raw.get(key)
        if value is None:
            continue
        items = value if isinstance(value, list) else [value]
        rules[key] = tuple(
            _check_rule(path, r, N_("{what} {key}", what=what, key=key), documents) for r in items
        )
    unverifiable = raw.get("unverifiable") or []
    if not isinstance(unverifiable, list):
        raise CatalogError(
            path,
            _line(raw, "unverifiable"),
            N_("{what}: 'unverifiable' must be a list of markers", what=what),
        )
    for marker in unverifiable:
        _check_marker(path, marker, N_("{what} unverifiable", what=what), documents)
    fields: dict[str, tuple[Mapping[str, Any], ...]] = {}
    fields_raw = raw.get("fields") or {}
    if not isinstance(fields_raw, dict):
        raise CatalogError(
            path,
            _line(raw, "fields"),
            N_("{what}: 'fields' must map field names to sources", what=what),
        )
    for fname, sources in fields_raw.items():
        if fname not in FIELD_NAMES:
            raise _unknown_key(path, fields_raw, fname, FIELD_NAMES, N_("{what} fields", what=what))
        if isinstance(sources, dict):
            sources = [sources]
        if not isinstance(sources, list):
            raise CatalogError(
                path,
                _line(fields_raw, fname),
                N_("{what} field {fname!r}: give a list of sources", what=what, fname=fname),
            )
        for src in sources:
            _check_keys(
                path, src, SOURCE_KEYS, N_("{what} field {fname!r}", what=what, fname=fname)
            )
            if "type" in src and src["type"] not in FIELD_TYPES:
                close = difflib.get_close_matches(str(src["type"]), sorted(FIELD_TYPES), n=1)
                raise CatalogError(
                    path,
                    _line(src, "type"),
                    N_(
                        "{what} field {fname!r}: unknown type {src!r}",
                        what=what,
                        fname=fname,
                        src=src["type"],
                    ),
                    N_("did you mean {word!r}?", word=close[0])
                    if close
                    else N_("one of {items}", items=", ".join(sorted(FIELD_TYPES))),
                )
            _check_document(
                path, src, documents, N_("{what} field {fname!r}", what=what, fname=fname)
            )
            if "regex" in src:
                _compile(
                    path,
                    src,
                    "regex",
                    src["regex"],
                    N_("{what} field {fname!r}", what=what, fname=fname),
                    re.S,
                )
        fields[fname] = tuple(sources)
    headers = raw.get("headers") or {}
    if not isinstance(headers, dict):
        raise CatalogError(
            path, _line(raw, "headers"), N_("{what}: 'headers' must be a mapping", what=what)
        )
    return View(
        name=vname,
        url=url,
        url_match=url_match,
        method=str(raw.get("method", "GET")).upper(),
        headers={str(k): str(v) for k, v in headers.items()},
        body=raw.get("body"),
        follow_redirects=bool(raw.get("follow_redirects", True)),
        format=fmt,
        documents=documents,
        found=rules.get("found", ()),
        not_found=rules.get("not_found", ()),
        unverifiable=tuple(unverifiable),
        fields=fields,
    )


def _check_rule(path: Path, rule: Any, what: str, documents: Mapping[str, Any]) -> Any:
    _check_keys(path, rule, RULE_KEYS, what)
    status = rule.get("status")
    if status is not None and not (
        isinstance(status, list) and all(isinstance(s, int) for s in status)
    ):
        raise CatalogError(
            path,
            _line(rule, "status"),
            N_("{what}: 'status' must be a list of HTTP codes", what=what),
            N_("e.g. status: [200]"),
        )
    for key in ("all", "any", "none"):
        markers = rule.get(key) or []
        if not isinstance(markers, list):
            raise CatalogError(
                path,
                _line(rule, key),
                N_("{what}: '{key}' must be a list of markers", what=what, key=key),
            )
        for marker in markers:
            _check_marker(path, marker, N_("{what} {key}", what=what, key=key), documents)
    if status is None and not rule.get("all") and not rule.get("any"):
        raise CatalogError(
            path,
            _line(rule),
            N_("{what}: a rule needs a status list or markers", what=what),
            N_("WhatsMyName semantics: status AND marker"),
        )
    return rule


def _check_marker(path: Path, marker: Any, what: str, documents: Mapping[str, Any]) -> None:
    _check_keys(path, marker, MARKER_KEYS, N_("{what} marker", what=what))
    kinds = {"json", "doc", "regex", "text", "css", "xpath", "meta", "header", "location", "status"}
    if not kinds & set(marker):
        raise CatalogError(
            path,
            _line(marker),
            N_("{what}: marker needs one of {items}", what=what, items=", ".join(sorted(kinds))),
            N_("e.g. {json: login, echo: true} or {css: '.tgme_page_title'}"),
        )
    if "regex" in marker:
        _compile(path, marker, "regex", marker["regex"], what, re.S)
    _check_document(path, marker, documents, what)


def _check_document(path: Path, node: Mapping[str, Any], documents: Any, what: str) -> None:
    """A field source or marker may only read a document the view declares (or the body)."""
    doc = node.get("doc")
    if doc is not None and doc not in documents and doc != "body":
        raise CatalogError(
            path,
            _line(node, "doc"),
            N_("{what}: unknown document {doc!r}", what=what, doc=doc),
            N_(
                "declare it under documents: (have {reason})", reason=", ".join(documents) or "none"
            ),
        )


def _build_search(path: Path, raw: Any, what: str, params: Mapping[str, str]) -> SearchSpec:
    _check_keys(path, raw, SEARCH_KEYS, N_("{what} search", what=what))
    url = _require(
        path, raw, "url", str, N_("{what} search", what=what), N_("a template with {query}")
    )
    if "{query}" not in url:
        raise CatalogError(
            path, _line(raw, "url"), N_("{what} search: url lacks '{{query}}'", what=what)
        )
    _check_placeholders(path, raw, "url", url, params, N_("{what} search", what=what), ("query",))
    paging = raw.get("paging") or {}
    _check_keys(path, paging, PAGING_KEYS, N_("{what} search paging", what=what))
    if paging and paging.get("type") not in ("cursor", "offset", "page"):
        raise CatalogError(
            path,
            _line(paging, "type"),
            N_("{what} search paging: type must be cursor, offset or page", what=what),
        )
    fields = raw.get("fields") or {}
    for fname in fields:
        if fname not in FIELD_NAMES:
            raise _unknown_key(
                path, fields, fname, FIELD_NAMES, N_("{what} search fields", what=what)
            )
    handle_raw = raw.get("handle")
    handles = [handle_raw] if isinstance(handle_raw, str) else handle_raw
    if not handles or not all(isinstance(h, str) and h for h in handles):
        raise CatalogError(
            path,
            _line(raw, "handle") if "handle" in raw else _line(raw),
            N_(
                "{what} search: handle must be a JSON path, or a list of them tried in order",
                what=what,
            ),
            N_(
                "e.g. handle: login  or  handle: [navigationEndpoint.browseEndpoint.url, channelId]"
            ),
        )
    handle_regex = raw.get("handle_regex")
    if handle_regex is not None:
        _compile(path, raw, "handle_regex", handle_regex, N_("{what} search", what=what))
        if "(?P<v>" not in str(handle_regex):
            raise CatalogError(
                path,
                _line(raw, "handle_regex"),
                N_("{what} search: handle_regex needs a group (?P<v>...)", what=what),
                N_("e.g. handle_regex: '^/@(?P<v>[^/?#]+)'"),
            )
    embedded = raw.get("embedded")
    if embedded is not None and not re.fullmatch(r"[A-Za-z_$][\w$]*", str(embedded)):
        raise CatalogError(
            path,
            _line(raw, "embedded"),
            N_("{what} search: embedded must be a script variable's name", what=what),
            N_("e.g. embedded: ytInitialData"),
        )
    return SearchSpec(
        url=url,
        results=str(
            _require(
                path,
                raw,
                "results",
                str,
                N_("{what} search", what=what),
                N_("JSON path of the result list"),
            )
        ),
        handle=handles[0],
        handle_fallbacks=tuple(handles[1:]),
        handle_regex=handle_regex,
        embedded=embedded,
        fields=dict(fields),
        paging=dict(paging),
        headers={str(k): str(v) for k, v in (raw.get("headers") or {}).items()},
        max_pages=int(raw.get("max_pages", 3)),
        url_field=raw.get("url_field"),
    )
