"""WhatsMyName site lists (``wmn-data.json``) as extra, existence-only catalog platforms.

``--sites-file FILE`` lets a user bring the WhatsMyName community list (CC BY-SA 4.0, so it is
read at run time, never bundled) for the long tail of sites the built-in catalog does not model.
Each site becomes a ``Platform`` with one view and WhatsMyName's own semantics:

    found      <=> status == e_code AND e_string in the body
    not_found  <=> status == m_code AND m_string in the body
    otherwise  unverifiable (blocked, changed wording, redirect ...)

Example::

    >>> cat = load_wmn_catalog(load_catalog(), Path("wmn-data.json"))
    >>> cat["some_forum"].probe_url("northwind")
    'https://forum.example/u/northwind'

Sites marked ``valid: false`` are skipped; names already in the catalog keep the built-in entry
(which also extracts fields).
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.catalog import (
    Catalog,
    CatalogError,
    LineDict,
    Platform,
    View,
    load_catalog,
    load_yaml_with_lines,
    read_catalog_text,
)
from matching.inventory import N_, os_reason
from matching.models import HandleRule

SITE_KEYS = {
    "name",
    "uri_check",
    "uri_pretty",
    "e_code",
    "e_string",
    "m_code",
    "m_string",
    "known",
    "cat",
    "post_body",
    "headers",
    "strip_bad_char",
    "valid",
    "protection",
}
_DEFAULTS: dict[str, Any] = {
    "unverifiable_status": {
        401: "login_wall",
        403: "bot_block",
        429: "rate_limited",
        999: "bot_block",
    },
}
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
#: politeness towards a WhatsMyName site when the catalog's ``defaults: existence_only_rate``
#: does not say otherwise (README, "Politeness"): one request at a time, a short pause between
EXISTENCE_ONLY_RATE = (1, 0.25)
_REQUIRED = ("name", "uri_check", "e_code", "e_string", "m_code", "m_string")


def existence_rate(defaults: Mapping[str, Any] | None) -> tuple[int, float]:
    """(concurrency, delay) for WhatsMyName sites: ``defaults.existence_only_rate`` from the
    catalog (a ``--platforms-file`` may override it), else ``EXISTENCE_ONLY_RATE``."""
    rate = (defaults or {}).get("existence_only_rate") or {}
    return (int(rate.get("concurrency", EXISTENCE_ONLY_RATE[0])),
            float(rate.get("delay", EXISTENCE_ONLY_RATE[1])))


#: ``defaults: existence_only_calibration`` values (README, "Calibration"): ``auto`` asks a
#: random handle only where the site's own rules cannot tell found from missing; ``always``
#: asks it on every existence-only site that has guessed handles to probe
CALIBRATION_MODES = ("auto", "always")
#: marker kinds that read the answer's content (a rule with none of them reads the status only)
_CONTENT_MARKERS = ("text", "regex", "css", "xpath", "json", "doc", "meta")


def rules_decide(platform: Platform) -> bool:
    """Whether an existence-only site's own rules tell found from missing without a random
    handle to compare with, so its calibration probe would add a request and no knowledge.

    Yes when every found rule of its probe view needs something on the page (WhatsMyName's
    ``e_string``) that a missing user's page, as the not-found rule describes it, does not
    carry: a catch-all answer then has to show a profile's own marker to be read "found".
    No for a status-only rule (an empty ``e_string``: any 200 would be "found"), for an
    ``e_string`` that is part of the ``m_string`` under the same status (every missing
    user's page would carry it), for any catalog platform that reads fields (its
    calibration costs one request in a page's worth), and where the catalog says
    ``defaults: existence_only_calibration: always``.
    """
    if not platform.existence_only:
        return False
    if str((platform.defaults or {}).get("existence_only_calibration", "auto")) == "always":
        return False
    view = platform.views.get(platform.probe_view or "")
    if view is None or not view.found:
        return False
    missing = [(set(rule.get("status") or ()), _texts(rule)) for rule in view.not_found]
    for rule in view.found:
        markers = [m for m in (*(rule.get("all") or ()), *(rule.get("any") or ()))
                   if isinstance(m, Mapping) and not m.get("absent")]
        content = [m for m in markers if any(str(m.get(k) or "").strip()
                                             for k in _CONTENT_MARKERS)]
        if not content:
            return False  # the status alone decides: a catch-all 200 would read "found"
        statuses, texts = set(rule.get("status") or ()), _texts(rule)
        for m_statuses, m_texts in missing:
            same_status = not statuses or not m_statuses or statuses & m_statuses
            if same_status and any(t in m for t in texts for m in m_texts):
                return False  # a missing user's page carries the found marker too
    return True


def _texts(rule: Mapping[str, Any]) -> list[str]:
    return [str(m["text"]) for m in (*(rule.get("all") or ()), *(rule.get("any") or ()))
            if isinstance(m, Mapping) and isinstance(m.get("text"), str) and m["text"].strip()]


def slug(name: str) -> str:
    """A catalog name for a site: 'Buy Me a Coffee' -> 'buy_me_a_coffee'."""
    text = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
    if not text or not text[0].isalpha():
        text = "site_" + text
    return text


class _DuplicateKey(ValueError):
    """A JSON object repeats a key: the line-marking loader says where."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise _DuplicateKey()
    return out


#: (file, mtime, size, defaults) -> sites: the runner and the spider read one list once
_CACHE: dict[tuple[str, int, int, str], dict[str, Platform]] = {}


def forget_loaded() -> None:
    """Drop the parsed lists (the audit calls it once its crawl is over: 10,000 sites are
    tens of MB it no longer needs)."""
    _CACHE.clear()


def load_wmn(path: Path, defaults: Mapping[str, Any] | None = None) -> dict[str, Platform]:
    """Platforms for the valid sites of a WhatsMyName-format file; errors name file:line.

    Parsed once per process with the JSON parser (a 1,000-site list takes milliseconds; the
    line-marking YAML loader took seconds). Lines are only needed for an error, so a bad file
    is read a second time, by the line-marking loader, to say where: JSON syntax errors carry
    their line already; a bad site (unknown key, missing rule ...) is located by the re-read.
    """
    path = Path(path)
    try:
        st = path.stat()
    except OSError as exc:
        raise CatalogError(path, None,
                           N_("cannot read file: {reason}", reason=os_reason(exc))) from exc
    text = read_catalog_text(path)
    key = (str(path.resolve()), st.st_mtime_ns, st.st_size, repr(defaults))
    cached = _CACHE.get(key)
    if cached is not None:
        return dict(cached)
    doc: Any = None
    if text.lstrip().startswith(("{", "[")):
        try:
            doc = json.loads(text, object_pairs_hook=_no_duplicates)
        except _DuplicateKey:
            doc = None  # the line-marking loader names the key and both lines
        except json.JSONDecodeError as exc:
            raise CatalogError(
                path,
                exc.lineno,
                N_("invalid JSON: {msg} (column {colno})", msg=exc.msg, colno=exc.colno),
                N_("WhatsMyName lists are JSON: check commas and quotes"),
            ) from exc
        except (ValueError, RecursionError) as exc:  # a 5000-digit number, nesting too deep
            raise CatalogError(
                path,
                None,
                N_("invalid JSON: {exc}", exc=exc),
                N_("quote long numbers; keep nesting shallow"),
            ) from None
    if doc is None:  # YAML, or JSON with a repeated key
        out = _sites(load_yaml_with_lines(path), path, defaults)
    else:
        try:
            out = _sites(doc, path, defaults)
        except CatalogError as exc:
            if exc.line is not None:
                raise
            # the same check on the line-marking parse, whose error says where
            _sites(load_yaml_with_lines(path), path, defaults)
            raise
    _CACHE[key] = out
    return dict(out)


def _sites(doc: Any, path: Path, defaults: Mapping[str, Any] | None) -> dict[str, Platform]:
    if not isinstance(doc, dict) or not isinstance(doc.get("sites"), list):
        raise CatalogError(
            path,
            None,
            N_("not a WhatsMyName file: no 'sites' list"),
            N_('expected {"sites": [{"name": ..., "uri_check": ...}, ...]}'),
        )
    out: dict[str, Platform] = {}
    for site in doc["sites"]:
        if not isinstance(site, dict):
            raise CatalogError(
                path, getattr(doc["sites"], "line", None), N_("each site must be an object")
            )
        if site.get("valid") is False:
            continue
        platform = site_platform(site, path, defaults)
        if platform.name in out:
            continue  # first entry of a duplicated name wins, as in WhatsMyName's checker
        out[platform.name] = platform
    return out


def load_catalog_with_sites(
    extra_files: Sequence[Path] = (), sites_file: Path | str | None = None
) -> Catalog:
    """The built-in catalog plus user files (``--platforms-file``) and, with ``sites_file``
    (``--sites-file``), the WhatsMyName-format sites as existence-only entries."""
    catalog = load_catalog(extra_files)
    return load_wmn_catalog(catalog, Path(sites_file)) if sites_file else catalog


def load_wmn_catalog(catalog: Catalog, path: Path) -> Catalog:
    """``catalog`` plus the WhatsMyName sites it does not already have."""
    extra = {n: p for n, p in load_wmn(path, catalog.defaults).items() if n not in catalog}
    return catalog.merged(extra)


def site_platform(
    site: Mapping[str, Any], path: Path, defaults: Mapping[str, Any] | None = None
) -> Platform:
    """One WhatsMyName site as an existence-only platform (statuses/WAF pages from ``defaults``)."""
    line = site.line if isinstance(site, LineDict) else None
    for key in site:
        if key not in SITE_KEYS:
            close = difflib.get_close_matches(str(key), sorted(SITE_KEYS), n=1)
            raise CatalogError(
                path,
                site.line_of(key) if isinstance(site, LineDict) else line,
                N_("unknown key {key!r} in site {name!r}", key=key, name=site.get("name")),
                N_("did you mean {word!r}?", word=close[0])
                if close
                else N_("see WhatsMyName's schema"),
            )
    for key in _REQUIRED:
        if key not in site:
            raise CatalogError(
                path,
                line,
                N_("site {name!r}: missing {key!r}", name=site.get("name"), key=key),
                N_("WhatsMyName sites need name, uri_check, e_code, e_string, m_code, m_string"),
            )
    name = slug(str(site["name"]))
    uri_check = str(site["uri_check"])
    if "{account}" not in uri_check and "{account}" not in str(site.get("post_body") or ""):
        raise CatalogError(
            path,
            line,
            N_("site {name!r}: uri_check (or post_body) lacks '{{account}}'", name=site["name"]),
        )
    try:
        e_code, m_code = int(site["e_code"]), int(site["m_code"])
    except (TypeError, ValueError) as exc:
        raise CatalogError(
            path, line, N_("site {name!r}: e_code/m_code must be integers", name=site["name"])
        ) from exc
    pretty = str(site.get("uri_pretty") or uri_check)
    post_body = site.get("post_body")
    headers = {str(k): str(v) for k, v in (site.get("headers") or {}).items()}
    check = uri_check.replace("{account}", "{handle}")
    # WhatsMyName's own checker follows redirects and reads e_/m_ rules on the final answer
    # (a missing user 302s to a login page whose 200 says "Please log in"); only where a rule
    # names a 3xx status is the redirect itself the signal, and then it must not be followed.
    follow = e_code not in REDIRECT_CODES and m_code not in REDIRECT_CODES
    view = View(
        name="wmn",
        url=check,
        # the path's shape only (the site's one view is the probe's anyway): sites share a few
        # shapes (/u/{account}, /{account} ...), so a 10,000-site list compiles a handful of
        # patterns instead of 10,000
        url_match=re.compile(
            re.escape(urlsplit(check).path).replace(re.escape("{handle}"), "[^/?#&]*")
        ),
        method="POST" if post_body else "GET",
        headers=headers,
        body=str(post_body).replace("{account}", "{handle}") if post_body else None,
        follow_redirects=follow,
        format="html",
        found=({"status": [e_code], "all": [{"text": str(site["e_string"])}]},),
        not_found=({"status": [m_code], "all": [{"text": str(site["m_string"])}]},),
    )
    parts = urlsplit(pretty.replace("{account}", "x"))
    host = (parts.hostname or "").lower()
    path_tpl = urlsplit(pretty.replace("{account}", "ACCOUNTPLACEHOLDER")).path
    pattern = re.escape(path_tpl).replace("ACCOUNTPLACEHOLDER", r"(?P<handle>[^/?#]+)")
    strip = str(site.get("strip_bad_char") or "")
    rate = existence_rate(defaults)
    return Platform(
        name=name,
        title=str(site["name"]),
        hosts=(host,) if host else (),
        profile_url_template=pretty.replace("{account}", "{handle}"),
        profile_patterns=(re.compile("^" + pattern.rstrip("/") + "/?$"),),
        handle=HandleRule(pattern=r"[^\s/?#&]+", min_length=1, max_length=100, ignore_chars=strip),
        views={"wmn": view},
        probe_view="wmn",
        existence_only=True,
        source=str(path),
        params={},
        concurrency=rate[0],
        delay=rate[1],
        defaults=defaults or _DEFAULTS,
    )
