"""The generic page object: reads a response with the catalog's declarative rules.

web-poet style: built from (url, status, headers, body), it first decides what the page is
(found / not found / unverifiable and why), then exposes the fields. WhatsMyName semantics,
generalised: found = status in the rule's list AND its positive markers; not found = status AND
missing markers; a block, captcha, login wall or anything unrecognised is unverifiable, never
"absent". Markers are matched on entity-decoded text or parsed JSON (Instagram writes ``@`` as
``&#064;``). Nothing here raises on bad input: a broken embedded JSON skips that rule.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urljoin, urlsplit

from crawler.catalog import Platform, View
from crawler.extract import values as V
from crawler.extract.decode import decode_body, header, unarchived
from matching.models import ProbeState, ProfileFields

if TYPE_CHECKING:
    from parsel import Selector

# parsel (lxml), the generic layers and the proof rules are imported when a page first needs
# them: an existence-only site (a WhatsMyName entry) is read by its status and strings alone,
# so the probe workers of a 1,000-site sweep, and the audit that forks them, never load them
# (0.15 s of start-up before the first probe)

# caps: a profile is small; anything larger is truncated and recorded in evidence
MAX_LEN = {"display_name": 512, "bio": 10_000, "category": 200, "platform_id": 200}
MAX_LINKS = 50
LIST_FIELDS = ("external_links", "verified_links")
# rule answers the generic layers may overrule (nothing recognised, a bare JS shell)
SOFT_REASONS = frozenset({"unrecognised_page", "js_shell"})

_MISSING = object()
# what an API puts before its JSON against cross-site script inclusion (Google's ")]}'",
# Facebook's "for (;;);", "while(1);", an empty "/**/" comment before a JSONP call)
_JSON_GUARD = re.compile(r"^(?:\)\]\}'\s*,?\s*|for\s*\(;;\);\s*|while\s*\(1\);\s*|/\*\*/\s*)")
# a JSONP answer: the whole body one call of a callback with the JSON as its argument
_JSONP = re.compile(r"^[\w$.]{1,80}\s*\(\s*([\[{].*[\]}])\s*\)\s*;?\s*$", re.S)
MAX_JSONP = 20_000_000


MAX_JSON_LINES = 2_000  # lines of a JSON Lines answer parsed


def _json_text(text: str) -> Any:
    """The JSON an answer's text holds, in the wrappings seen: plain; the whole answer one JSON
    string of JSON (encoded twice by a proxy or a cache); a one-key envelope whose value is the
    answer as JSON text (ASP.NET's ``{"d": "..."}``, a queue's ``{"body": "..."}``); JSON Lines
    (one object a line: a stream saved, ``jq -c``), read as the list of its objects."""
    try:
        doc = json.loads(text, strict=False)
    except RecursionError:
        return None
    except ValueError as err:
        if "Extra data" not in str(err) or text[:1] not in ("{", "["):
            return None
        return _json_lines(text)
    if isinstance(doc, str) and doc.lstrip()[:1] in ("{", "["):
        return _json_text(doc.strip()) if text[:1] == '"' else doc
    if isinstance(doc, dict) and len(doc) == 1:
        (inner,) = doc.values()
        if isinstance(inner, str) and inner.lstrip()[:1] in ("{", "[") and len(inner) > 20:
            nested = _json_text(inner.strip())
            return nested if isinstance(nested, dict | list) else doc
    if _batch_answer(doc):
        # the Graph API's batch answer: [{"code": 200, "headers": [...], "body": "<JSON>"}]:
        # the answers it holds, each parsed
        bodies = [_json_text(item["body"].strip()) if isinstance(item.get("body"), str)
                  and item["body"].strip()[:1] in ("{", "[") else None for item in doc[:50]]
        return bodies[0] if len(bodies) == 1 else bodies  # one answer: itself (its error too)
    return None if isinstance(doc, str) else doc


def _batch_answer(doc: Any) -> bool:
    """A batch API's answer: a list of {code, headers, body} records, each body JSON text."""
    return isinstance(doc, list) and bool(doc) and all(
        isinstance(item, dict) and isinstance(item.get("code"), int) and "body" in item
        and set(item) <= {"code", "headers", "body"} for item in doc[:50])


def _json_lines(text: str) -> list | None:
    out = []
    for line in text.splitlines()[:MAX_JSON_LINES]:
        line = line.strip()
        if not line:
            continue
        try:
            out.append(json.loads(line, strict=False))
        except (ValueError, RecursionError):
            return None
    return out if len(out) > 1 else None


@dataclass(frozen=True)
class ProfileRead:
    """What one response says about one profile."""

    state: ProbeState
    reason: str | None
    fields: ProfileFields
    handle: str | None
    evidence: dict = field(default_factory=dict)


#: ids and classes a CSS selector names (``form#challenge-form`` -> ``challenge-form``)
_CSS_NAMES = re.compile(r"[#.]([A-Za-z_][\w-]*)")


class GenericPage:
    """Interprets one catalog ``View`` on one response. Subclass for platforms rules cannot say."""

    def __init__(
        self,
        platform: Platform,
        view: View,
        url: str,
        status: int,
        headers: Mapping[str, Any] | None,
        body: bytes | str | None,
        handle: str | None = None,
        defaults: Mapping[str, Any] | None = None,
    ) -> None:
        self.platform = platform
        self.view = view
        self.url = url or ""
        try:
            self.status = int(status)
        except (TypeError, ValueError):
            self.status = 0
        self.headers = headers or {}
        self.text, self.notes = decode_body(body, self.headers)
        # a page a web archive replays (the Wayback Machine): its own addresses restored
        self.url, self.text = unarchived(self.url, self.text)
        self.handle = platform.canonical(handle) if handle else None
        self.defaults = defaults or {}
        self._unescaped: str | None = None
        self._json: Any = _MISSING
        self._selector: Selector | None = None
        self._docs: dict[str, Any] = {}
        self._jsonld: list[Any] | None = None
        self.echo_mismatch: str | None = None
        self.read_handle: str | None = None
        self.guessed = False
        self.found_by: list[Mapping[str, Any]] = []  # markers of the rule that read "found"
        self.field_sources: dict[str, Mapping[str, Any]] = {}  # field -> the source that gave it

    # ------------------------------------------------------------------ lazy views of the body

    @property
    def unescaped(self) -> str:
        if self._unescaped is None:
            self._unescaped = html.unescape(self.text)
        return self._unescaped

    @property
    def json(self) -> Any:
        if self._json is _MISSING:
            self._json = None
            stripped = _JSON_GUARD.sub("", self.text.lstrip(), count=1)
            if stripped[:1] not in ("{", "["):
                call = _JSONP.match(stripped[:MAX_JSONP])
                stripped = call.group(1) if call else stripped
            if stripped[:1] in ("{", "[", '"'):
                self._json = _json_text(stripped)
            elif stripped[:3] == "---" or "yaml" in (header(self.headers, "content-type") or ""):
                # an API answer in YAML (GitHub's API v2): read as the JSON it says
                self._json = V.loads_yaml_mapping(self.text, declared=stripped[:3] != "---")
        return self._json

    @property
    def is_json(self) -> bool:
        return self.json is not None

    @property
    def selector(self) -> Selector:
        if self._selector is None:
            from parsel import Selector  # on first use: see the imports above

            try:
                self._selector = Selector(text=self.text or "<html></html>", type="html")
            except Exception:  # noqa: BLE001 - lxml refuses some inputs; treat as empty
                self._selector = Selector(text="<html></html>", type="html")
        return self._selector

    def document(self, name: str) -> Any:
        """An embedded JSON document declared in the view (None when absent or invalid)."""
        if name == "body":
            return self.json
        if name in self._docs:
            return self._docs[name]
        spec = self.view.documents.get(name) or {}
        data: Any = None
        try:
            data = self._load_document(spec)
        except (ValueError, RecursionError, re.error, TypeError):
            data = None
        if data is not None and spec.get("path") is not None:
            found = V.json_path(data, spec["path"])
            data = found[0] if found else None
        self._docs[name] = data
        return data

    def _load_document(self, spec: Mapping[str, Any]) -> Any:
        if spec.get("body"):
            return self.json
        if "script_id" in spec:
            sid = str(spec["script_id"])
            texts = self.selector.xpath(f"//script[@id={V.xpath_literal(sid)}]/text()").getall()
            if len(texts) > 1:
                # a script split into text nodes, or a page saved twice over (two scripts of
                # that id, each whole): the first that reads is the state
                try:
                    return json.loads("".join(texts), strict=False)
                except ValueError:
                    return json.loads(texts[0], strict=False)
            return json.loads(texts[0], strict=False) if texts else None
        if "script_regex" in spec:
            m = re.search(spec["script_regex"], self.text, re.S)
            if m is None:
                return None
            raw = m.group(1)
            if raw[:1] in ("'", '"'):
                # the state assigned as a string literal (``var ytInitialData = '\x7b...'``)
                from crawler.extract.layers import js_literal_value

                raw = js_literal_value(raw) or ""
            return V.loads_json_prefix(raw)
        if "jsonld" in spec:
            return _find_typed(self.jsonld(), str(spec["jsonld"]))
        return None

    def jsonld(self) -> list[Any]:
        if self._jsonld is None:
            out = []
            for raw in self.selector.xpath('//script[@type="application/ld+json"]/text()').getall():
                doc = _lenient_json(raw)
                if doc is not None:
                    out.append(doc)
            self._jsonld = out
        return self._jsonld

    # ------------------------------------------------------------------ values of a spec

    def values(self, spec: Mapping[str, Any]) -> list[Any]:
        """The raw values a marker or field source points at (before post-processing)."""
        try:
            return self._values(spec)
        except (ValueError, re.error, TypeError, RecursionError):
            return []

    def _values(self, spec: Mapping[str, Any]) -> list[Any]:
        if "const" in spec:
            return [spec["const"]]
        if "json" in spec:
            return V.json_path(self.json, spec["json"])
        if "doc" in spec:
            return V.json_path(self.document(spec["doc"]), spec.get("path"))
        if "meta" in spec:
            name = V.xpath_literal(str(spec["meta"]))
            return [
                v
                for v in self.selector.xpath(
                    f"//meta[@property={name} or @name={name} or @itemprop={name}]/@content"
                ).getall()
            ]
        if "css" in spec or "xpath" in spec:
            sel = (
                self.selector.css(spec["css"])
                if "css" in spec
                else self.selector.xpath(spec["xpath"])
            )
            query = spec.get("css") or spec.get("xpath") or ""
            if "::text" in query or "::attr" in query or "/@" in query or "text()" in query:
                return [v for v in sel.getall() if v is not None]
            if spec.get("type") == "bool":
                return [True] if sel else []
            return [_element_text(el) for el in sel]
        if "header" in spec:
            value = header(self.headers, str(spec["header"]))
            return [value] if value is not None else []
        if "location" in spec:
            value = header(self.headers, "location")
            if not value:
                return []
            target = urljoin(self.url, value)
            return [target] if re.search(str(spec["location"]), target) else []
        if "text" in spec:
            needle = str(spec["text"])
            return [needle] if needle in self.unescaped or needle in self.text else []
        if "regex" in spec:
            return _regex_values(spec["regex"], self.unescaped, all_=bool(spec.get("all", True)))
        if "status" in spec:
            return [self.status] if self.status in spec["status"] else []
        return []

    # ------------------------------------------------------------------ markers and rules

    def marker(self, spec: Mapping[str, Any]) -> bool:
        """Whether a marker holds. ``echo`` needs the value to be the probed handle."""
        matched = self._marker(spec)
        return not matched if spec.get("absent") else matched

    def _marker(self, spec: Mapping[str, Any]) -> bool:
        kinds = ("json", "doc", "meta", "css", "xpath", "header", "location", "text", "status")
        vals = self.values(spec)
        if any(k in spec for k in kinds) and "regex" in spec:
            vals = [
                x for v in vals for x in _regex_values(spec["regex"], V.as_text(v) or "", all_=True)
            ]
        if not vals:
            return False
        if "equals" in spec:
            vals = [v for v in vals if _equals(v, spec["equals"])]
            if not vals:
                return False
        if spec.get("echo") and self.handle is not None:
            texts = [V.as_text(v) or "" for v in vals]
            if any(self._same_handle(t) for t in texts):
                return True
            self.echo_mismatch = texts[0][:200]
            return False
        return True

    def _same_handle(self, text: str) -> bool:
        text = url_name(html.unescape(text)).strip().lstrip("@")
        if not text:
            return False
        handle = self.handle or ""
        # a Mastodon server names its own accounts without the server ("acct": "name" for
        # name@thisserver): the handle's local part is the same account on that server
        local, _, server = handle.partition("@")
        try:
            return (
                self.platform.canonical(text) == self.handle
                or text.lower() == handle.lower()
                or bool(server and self.platform.params.get("instance")
                        and "@" not in text and text.lower() == local.lower())
            )
        except Exception:  # noqa: BLE001
            return False

    def _may_match(self, marker: Mapping[str, Any]) -> bool:
        """False when a CSS marker cannot match because an id or class it names appears
        nowhere in the body: the check every response makes for a WAF's ``form#challenge-form``
        then costs a substring search instead of an HTML parse. Conservative: selectors with
        ``:not(`` (or anything but a CSS marker) are always evaluated."""
        css = marker.get("css")
        if not isinstance(css, str) or ":not(" in css or marker.get("absent"):
            return True
        names = _CSS_NAMES.findall(css)
        return all(n in self.text or n in self.unescaped for n in names)

    def rule(self, rule: Mapping[str, Any]) -> bool:
        status = rule.get("status")
        if status is not None and self.status not in status:
            return False
        if not all(self.marker(m) for m in rule.get("all") or ()):
            return False
        any_markers = rule.get("any") or ()
        if any_markers and not any(self.marker(m) for m in any_markers):
            return False
        return not any(self.marker(m) for m in rule.get("none") or ())

    def state(self) -> tuple[ProbeState, str | None]:
        """Found / not found / unverifiable (with a reason), in that order of evidence."""
        for marker in self.view.unverifiable:
            if self.marker(marker):
                return ProbeState.UNVERIFIABLE, str(marker.get("reason") or "blocked")
        status_map = self.defaults.get("unverifiable_status") or {}
        reason = status_map.get(self.status) or status_map.get(str(self.status))
        if reason is None and self.status >= 500:
            reason = "server_error"
        if self.status <= 0:
            reason = "no_response"
        if reason:
            # a found rule reading this status's own words (Reddit's 403 {"reason": "private"}:
            # a private community exists) outranks what the status alone says
            for rule in self.view.found:
                if self.status in (rule.get("status") or ()) and (
                        rule.get("all") or rule.get("any")) and self.rule(rule):
                    self.found_by = self._matched_markers(rule)
                    return ProbeState.FOUND, None
            return ProbeState.UNVERIFIABLE, str(reason)
        for marker in self.defaults.get("blockers") or ():
            if "location" not in marker and self.is_json:
                continue
            plain = _plain_blocker(marker)
            if plain is not None:  # the same answer as ``self.marker``, without its dispatch
                if (plain.search(self.unescaped) if isinstance(plain, re.Pattern)
                        else plain in self.unescaped or plain in self.text):
                    return ProbeState.UNVERIFIABLE, str(marker.get("reason") or "blocked")
                continue
            if not self._may_match(marker):
                continue
            if self.marker(marker):
                return ProbeState.UNVERIFIABLE, str(marker.get("reason") or "blocked")
        for rule in self.view.found:
            if self.rule(rule):
                self.found_by = self._matched_markers(rule)
                return ProbeState.FOUND, None
        for rule in self.view.not_found:
            if self.rule(rule):
                return ProbeState.NOT_FOUND, rule.get("reason")
        if self.echo_mismatch is not None:
            return ProbeState.UNVERIFIABLE, "handle_mismatch"
        for marker in self.defaults.get("fallback") or ():
            if self.marker(marker):
                self.guessed = True  # a guess after nothing matched: the layers may overrule it
                return ProbeState.UNVERIFIABLE, str(marker.get("reason") or "unrecognised_page")
        return ProbeState.UNVERIFIABLE, "unrecognised_page"

    def _matched_markers(self, rule: Mapping[str, Any]) -> list[Mapping[str, Any]]:
        """The markers of a matched rule that hold (what the "found" rests on)."""
        kept = self.echo_mismatch
        try:
            return [m for m in (*(rule.get("all") or ()), *(rule.get("any") or ()))
                    if self.marker(m)]
        finally:
            self.echo_mismatch = kept

    # ------------------------------------------------------------------ fields

    def field_values(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """Field name -> typed value, plus evidence about truncations."""
        out: dict[str, Any] = {}
        evidence: dict[str, Any] = {}
        for name, sources in self.view.fields.items():
            if name in LIST_FIELDS:
                items: list[str] = []
                for src in sources:
                    items.extend(str(x) for x in self.source(src, many=True) if x)
                links = V.dedupe(items)
                if len(links) > MAX_LINKS:
                    evidence.setdefault("truncated", []).append(name)
                    links = links[:MAX_LINKS]
                if links:
                    out[name] = links
                continue
            for src in sources:
                got = self.source(src, many=False)
                if got and name in ("bio", "display_name") and "meta" in src \
                        and _site_boilerplate(got[0]):
                    continue  # the site's own sentence about the user, not the user's words
                if got and name == "bio" and "meta" in src and _post_page(self):
                    continue  # a post's permalink describes the post: its text, not a bio
                if got:
                    self.field_sources[name] = src
                    value = got[0]
                    cap = MAX_LEN.get(name)
                    if cap and isinstance(value, str) and len(value) > cap:
                        evidence.setdefault("truncated", []).append(name)
                        value = value[:cap]
                    out[name] = value
                    break
        return out, evidence

    def source(self, src: Mapping[str, Any], many: bool) -> list[Any]:
        """Typed values of one field source (empty when it does not apply)."""
        try:
            return self._source(src, many)
        except (ValueError, re.error, TypeError, RecursionError, KeyError, IndexError):
            return []

    def _source(self, src: Mapping[str, Any], many: bool) -> list[Any]:
        ftype = src.get("type", "str")
        raw = self.values(src)
        has_kind = any(k in src for k in ("json", "doc", "meta", "css", "xpath", "const"))
        if has_kind and "regex" in src:
            raw = [
                x
                for v in raw
                for x in _regex_values(src["regex"], V.as_text(v) or "", all_=bool(src.get("all")))
            ]
        if "equals" in src:
            if not raw:
                return []
            if "regex" in src and src["equals"] is True:
                return [True]  # "regex: ..., equals: true": the pattern is there (a badge icon)
            wanted = src["equals"] if isinstance(src["equals"], list) else [src["equals"]]
            return [any(_equals(v, w) for v in raw for w in wanted)]  # a list: any of them
        out: list[Any] = []
        for value in raw:
            typed = _convert(value, ftype)
            if typed is None or typed == "" or typed == ():
                continue
            if isinstance(typed, str):
                if "reject" in src and re.search(src["reject"], typed):
                    continue
                if "unwrap_query" in src:
                    typed = V.to_url(V.unwrap_query(typed, src["unwrap_query"])) or typed
                if "template" in src:
                    typed = str(src["template"]).replace("{v}", typed)
                    if ftype == "url" or src.get("all"):
                        typed = V.to_url(typed) or typed
            out.append(typed)
            if not many and not src.get("all"):
                break
        return out

    def read(self) -> ProfileRead:
        """The catalog's rules first, then the generic layers (``layers.py``) on top."""
        return self.layered(self.read_rules())

    def read_rules(self) -> ProfileRead:
        """What the platform's own rules say (state, then fields when found)."""
        state, reason = self.state()
        evidence: dict[str, Any] = {"view": self.view.name, "status": self.status, **self.notes}
        if self.echo_mismatch is not None:
            evidence["echo_value"] = self.echo_mismatch
        fields = ProfileFields()
        handle = self.handle
        self.read_handle = None
        if state is ProbeState.FOUND:
            values, notes = self.field_values()
            evidence.update(notes)
            read_handle = values.pop("handle", None)
            if isinstance(read_handle, str) and read_handle.strip() and not V.is_mask(read_handle):
                read_handle = url_name(read_handle)
                self.read_handle = read_handle.strip()
                try:
                    handle = self.platform.canonical(read_handle)
                except Exception:  # noqa: BLE001
                    handle = self.handle
            fields = self.make_fields(values)
        return ProfileRead(
            state=state, reason=reason, fields=fields, handle=handle, evidence=evidence
        )

    def layered(self, result: ProfileRead) -> ProfileRead:
        """Combine the rules' answer with the generic layers.

        The rules decide when they can (found / not found / a hard reason such as a rate
        limit); the layers decide when the rules did not recognise the answer, veto a "found"
        that is really a login wall or names no possible profile (``/login``, ``/pages``), and
        fill the fields the rules left empty.

        Not on an existence-only site (a WhatsMyName list entry): its rule is the whole answer
        (status and string, anything else unverifiable) and it reads no fields; its page title
        read as a display name would make every taken handle "resemble" the brand.
        """
        if self.platform.existence_only:
            return result
        from crawler.extract.layers import is_xml_error, read_layers  # on first use (above)
        from crawler.extract.proof import profile_proof  # (on first use, as above)

        layer = read_layers(self)
        state, reason, handle = result.state, result.reason, result.handle
        evidence = dict(result.evidence)
        values: dict[str, Any] = {}
        rule_read: dict[str, Any] = {}
        if state is ProbeState.NOT_FOUND and self.is_json and layer.kind == "wall":
            # an API answer whose own words ask for a login or a pause ('login_required'),
            # whatever its status: it could not check, it did not find the user absent
            evidence["vetoed_not_found"] = layer.reason
            return ProfileRead(ProbeState.UNVERIFIABLE, layer.reason, ProfileFields(), handle,
                               evidence)
        if state is ProbeState.FOUND:
            # a page's handle read from its URL must be one a profile can have (an API answer
            # names its user itself: X's @Twitter is a real account whose name is reserved)
            bad_handle = (
                not self.is_json
                and self.read_handle is not None
                and self.valid_handle(self.read_handle) is None
            )
            if self.is_json and layer.kind == "missing" and layer.reason == "suspended":
                # the API's own entity says suspended (Mastodon's "suspended": true)
                evidence["layer"] = "api_error"
                return ProfileRead(ProbeState.NOT_FOUND, "suspended", ProfileFields(), handle,
                                   evidence)
            if layer.kind == "wall" or bad_handle:
                why = layer.reason if layer.kind == "wall" else "not_a_profile"
                evidence["vetoed_found"] = self.read_handle or "login wall"
                return ProfileRead(ProbeState.UNVERIFIABLE, why, ProfileFields(), self.handle,
                                   evidence)
            values = {k: v for k, v in asdict(result.fields).items() if v not in (None, ())}
            rule_read = dict(values)
            if handle is None and layer.handle:
                handle = layer.handle
        elif (
            state is ProbeState.UNVERIFIABLE
            and (self.is_json or is_xml_error(self))
            and self.status in (400, 403, 404, 410)
            and layer.kind == "missing"
        ):
            # the API's own error says the user is gone (X's 403 code 63 "User has been
            # suspended"), whatever the status alone would suggest
            evidence["layer"] = "api_error"
            return ProfileRead(ProbeState.NOT_FOUND, layer.reason, ProfileFields(), handle,
                               evidence)
        elif state is ProbeState.UNVERIFIABLE and self.is_json and layer.kind == "wall":
            # the API's own words (an expired token, a quota) say more than its status
            return ProfileRead(
                ProbeState.UNVERIFIABLE, layer.reason, ProfileFields(), handle, evidence
            )
        elif state is ProbeState.UNVERIFIABLE and (reason in SOFT_REASONS or self.guessed):
            if layer.kind == "wall":
                return ProfileRead(ProbeState.UNVERIFIABLE, layer.reason, ProfileFields(),
                                   handle, evidence)
            if layer.kind == "missing":
                evidence["layer"] = "api_error"
                return ProfileRead(ProbeState.NOT_FOUND, layer.reason, ProfileFields(), handle,
                                   evidence)
            if layer.kind != "profile":
                return result
            if self.handle and layer.handle and layer.handle != self.handle:
                evidence["echo_value"] = layer.handle
                return ProfileRead(ProbeState.UNVERIFIABLE, "handle_mismatch", ProfileFields(),
                                   handle, evidence)
            state, reason = ProbeState.FOUND, None
            rule_values, notes = self.field_values()
            evidence.update(notes)
            # the platform's own handle rule (a /c/ custom URL in a link tag) names the profile
            # better than the page's identity URL (its /channel/<id>)
            ruled = rule_values.pop("handle", None)
            ruled = self.valid_handle(ruled) if isinstance(ruled, str) else None
            handle = ruled or layer.handle or handle
            values = {k: v for k, v in asdict(self.make_fields(rule_values)).items()
                      if v not in (None, ())}
            rule_read = dict(values)
        else:
            return result
        for name, value in layer.values.items():
            if name == "external_links":
                merged = V.dedupe([*(values.get(name) or ()), *value])
                if merged:
                    values[name] = merged[:MAX_LINKS]
            elif values.get(name) is None:
                values[name] = value
        if values.get("external_links") and (handle or self.handle) and any(
                src.get("reject_own") for src in self.view.fields.get("external_links", ())):
            values["external_links"] = self._not_own_profile(values["external_links"],
                                                             handle or self.handle)
        if state is ProbeState.FOUND and self.needs_proof:
            proof = profile_proof(self, self.found_by, rule_read, layer, handle or self.handle,
                                  self.field_sources)
            if proof is None:
                # the page's address, canonical link or title echo the handle, but nothing of
                # the account is on it: a wall or block page served under the profile's URL
                evidence["vetoed_found"] = "no account data on the page"
                return ProfileRead(ProbeState.UNVERIFIABLE, "no_profile_data", ProfileFields(),
                                   self.handle or handle, evidence)
            evidence["proof"] = proof
        if layer.layers:
            evidence["layers"] = dict(sorted(layer.layers.items()))
        evidence.update(layer.notes)
        return ProfileRead(state, reason, self.make_fields(values), handle, evidence)

    @property
    def needs_proof(self) -> bool:
        """A page (not an API answer, which names its user in its own object) must show the
        account's data before it is read as found (``proof.py``)."""
        if self.is_json:
            return False
        head = self.text[:512].lstrip().lower()
        return not head.startswith(("<?xml", "<rss", "<feed", "<person", "<user"))

    # ------------------------------------------------------------------ identity helpers

    def valid_handle(self, raw: str) -> str | None:
        """``raw`` as this platform's canonical handle, or None when no profile can have it
        (a reserved path word such as ``login`` or ``pages``, a malformed name)."""
        text = html.unescape(str(raw)).strip().lstrip("@")
        if not text or text.lower() in self.platform.reserved:
            return None
        first = text.split("/")[0].lower()
        if first in self.platform.reserved and "/" in text and not self._path_handle(text):
            return None
        try:
            if not self.platform.is_valid(text):
                return None
            return self.platform.canonical(text)
        except Exception:  # noqa: BLE001 - a strange handle is no handle
            return None

    def _path_handle(self, text: str) -> bool:
        """Whether ``text`` is a handle that keeps its path under a reserved word (Facebook's
        groups/<name>): its URL on the platform is a profile link naming that very handle."""
        host = next((h for h in self.platform.hosts if not h.startswith("*.")), None)
        if host is None:
            return False
        named = self.platform.handle_from_url(f"https://{host}/{text}")
        return named == self.platform.canonical(text)

    def platform_handle_from_url(self, url: str) -> str | None:
        return self.platform.handle_from_url(self.absolute(url))

    def absolute(self, url: str) -> str:
        try:
            return urljoin(self.url, html.unescape(url).strip())
        except ValueError:
            return url

    def _not_own_profile(self, links: Any, handle: str) -> tuple[str, ...]:
        """``links`` without the profile's own address on the platform (an X API v1.1 user
        whose website is its own https://twitter.com/<name>), for a view whose external_links
        sources say ``reject_own``: a profile is no outside link of itself there. Other
        profiles on the platform stay (a brand's link to its support account). (A Graph API
        page's ``website`` that points back to the page is read as given: the captures' truth
        lists it.)"""
        own = self.platform.canonical(handle)
        kept = []
        for link in links:
            named = self.platform.handle_from_url(link) if isinstance(link, str) else None
            if named is None or self.platform.canonical(named) != own:
                kept.append(link)
        return tuple(kept)

    def is_own_url(self, url: str) -> bool:
        """A link on the platform itself (the profile's own page, its API), not an outside site."""
        try:
            host = urlsplit(self.absolute(url)).hostname or ""
        except ValueError:
            return False
        return self.platform.owns_host(host) or host.startswith("api.")

    def make_fields(self, values: Mapping[str, Any]) -> ProfileFields:
        known = {k: v for k, v in values.items() if k in ProfileFields.__dataclass_fields__}
        for key in ("followers", "following", "posts"):
            if key in known and not isinstance(known[key], int):
                known[key] = V.to_int(known[key])
        for key in ("verified", "is_private"):
            if key in known and not isinstance(known[key], bool):
                known[key] = V.to_bool(known[key])
        for key in (
            "display_name",
            "bio",
            "avatar_url",
            "category",
            "platform_id",
            "created_at",
            "last_active_at",
        ):
            if key in known and known[key] is not None and not isinstance(known[key], str):
                known[key] = V.as_text(known[key])
        for key in ("display_name", "bio", "category"):
            if isinstance(known.get(key), str):
                # one form for every page: a page written decomposed ('u' + U+0308) reads as
                # the composed 'ü' the matcher and the reviewer compare with
                known[key] = unicodedata.normalize("NFC", V.repair_text(known[key]))
        for key in ("display_name", "bio", "platform_id", "category"):
            if isinstance(known.get(key), str) and V.is_mask(known[key]):
                known[key] = None  # a recorder's mask ('<TEST_NAME>', '[FILTERED]'): no value
        return ProfileFields(**known)


# ---------------------------------------------------------------------------- helpers


_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")


def url_name(text: str) -> str:
    """A name read from a URL's path as its owner wrote it: a custom URL in other letters is
    percent-encoded there (YouTube's /c/ and /@ names, Reddit's and Telegram's are ASCII);
    no handle holds a '%' of its own."""
    if not _PERCENT.search(text):
        return text
    decoded = unquote(text)
    return decoded if "\ufffd" not in decoded else text


def _lenient_json(raw: str) -> Any:
    """JSON-LD as pages write it: strict JSON first, then with the usual hand-made slips
    forgiven (trailing commas, an HTML-escaped block, a CDATA or comment wrapper); None if
    still no JSON."""
    text = raw.strip()
    for attempt in range(4):
        try:
            return json.loads(text, strict=False)
        except (ValueError, RecursionError):
            pass
        if attempt == 0:
            text = re.sub(r"^(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>$|^<!--|-->$", "", text).strip()
        elif attempt == 1:
            text = re.sub(r",\s*([}\]])", r"\1", text)
        elif attempt == 2 and "&quot;" in text:
            text = html.unescape(text)
    return None


def _element_text(el: Selector) -> str:
    parts = V.visible_texts(el, with_breaks=True)
    text = "".join("\n" if p.lower().startswith("<br") else p for p in parts)
    return "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()


#: id(marker) -> (the marker, its plain form): blockers are read on every answer (a 1,000-site
#: sweep asks 16 of them a site), and the catalog's markers live as long as the catalog
_PLAIN: dict[int, tuple[Mapping[str, Any], re.Pattern[str] | str | None]] = {}


def _plain_blocker(marker: Mapping[str, Any]) -> re.Pattern[str] | str | None:
    """A blocker that only looks for a pattern without groups (its compiled form) or a text
    (the text) in the page: ``marker()`` answers "a match anywhere" for it, which this checks
    directly. None for any other marker (groups, ``absent``, ``equals``, a CSS or header
    marker), which goes the general way."""
    cached = _PLAIN.get(id(marker))
    if cached is not None and cached[0] is marker:
        return cached[1]
    plain: re.Pattern[str] | str | None = None
    keys = set(marker) - {"reason"}
    if keys == {"regex"} and isinstance(marker["regex"], str):
        try:
            rx = re.compile(marker["regex"], re.S)
            plain = rx if not rx.groups else None
        except re.error:
            plain = None
    elif keys == {"text"}:
        plain = str(marker["text"])
    _PLAIN[id(marker)] = (marker, plain)
    return plain


def _regex_values(pattern: str, text: str, all_: bool) -> list[str]:
    rx = re.compile(pattern, re.S)
    out = []
    for m in rx.finditer(text):
        if "v" in rx.groupindex:
            value = m.group("v")
        elif rx.groups:
            value = m.group(1)
        else:
            value = m.group(0)
        if value is not None:
            out.append(value)
        if not all_:
            break
    return out


def _equals(value: Any, expected: Any) -> bool:
    if isinstance(expected, bool) or isinstance(value, bool):
        return V.to_bool(value) == V.to_bool(expected) and V.to_bool(value) is not None
    if isinstance(expected, int | float) and not isinstance(value, str):
        return value == expected
    return str(V.as_text(value)).strip() == str(expected).strip()


def _convert(value: Any, ftype: str) -> Any:
    if ftype in ("str", "text"):
        text = V.as_text(value) if not isinstance(value, dict | list) else None
        if text is None:
            return None
        text = V.clean_text(text) if ftype == "text" else html.unescape(text).strip()
        return text or None
    if ftype == "html_text":
        text = V.as_text(value) if isinstance(value, str) else None
        return V.html_to_text(text) if text else None
    if ftype == "int":
        return V.to_int(value)
    if ftype == "count":
        return V.parse_count(value) if not isinstance(value, dict | list) else None
    if ftype == "bool":
        return V.to_bool(value)
    if ftype == "url":
        return V.to_url(value)
    if ftype == "datetime":
        return V.to_datetime(value)
    if ftype == "epoch":
        return V.from_epoch(value)
    if ftype == "relay_id":
        return V.from_relay_id(value)
    if ftype == "list":
        return tuple(str(v) for v in value) if isinstance(value, list) else None
    return value



def _find_typed(nodes: Any, wanted: str, depth: int = 0) -> Any:
    """The first JSON-LD object whose @type is ``wanted`` (through lists and @graph)."""
    if depth > 8:
        return None
    if isinstance(nodes, list):
        for node in nodes:
            hit = _find_typed(node, wanted, depth + 1)
            if hit is not None:
                return hit
        return None
    if isinstance(nodes, dict):
        kind = nodes.get("@type")
        if kind == wanted or (isinstance(kind, list) and wanted in kind):
            return nodes
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if key in nodes:
                hit = _find_typed(nodes[key], wanted, depth + 1)
                if hit is not None:
                    return hit
    return None


def _site_boilerplate(value: Any) -> bool:
    """A meta tag's text that is the platform's own sentence about any user ('Name is using
    Pinterest, an online pinboard ...', 'See Instagram photos and videos from ...'), which a
    rule reading that tag as the bio or name must pass over."""
    from crawler.extract.layers import BOILERPLATE  # on first use: see the imports above

    return isinstance(value, str) and BOILERPLATE.search(value) is not None


def _post_page(page: GenericPage) -> bool:
    from crawler.extract.layers import post_page  # on first use: see the imports above

    return post_page(page)
