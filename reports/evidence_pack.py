"""The evidence pack of one profile (``brandsweep evidence``): what a takedown request needs.

A folder a brand-protection analyst attaches to a platform's impersonation report:

* ``summary.md``: the case file: who is imitated (the official account's URL, name and avatar),
  every signal in plain words, how the profile was discovered, the reviewers' decisions, the
  rights holder (inventory ``legal_name``, ``contact``, ``trademarks``), the platform's form or
  abuse address, what the capture showed or why it could not, and every file with its SHA-256;
* ``report-text.txt``: a prefilled plain-language report (English or Turkish) to paste;
* ``capture/``: the public profile page as a person saw it (``crawler/capture.py``): the body
  as served, byte for byte, under an extension no double-click executes (``page.html.txt``,
  ``page.json``), a full-page ``screenshot.png`` and ``page.pdf`` (only when the page showed
  the profile: never a login wall under that name) and ``capture.json``;
* ``pages/<sha256>.<ext>``: the stored probe answers, named by their SHA-256, with the same
  inert extensions (an HTML body is ``.html.txt``, JSON ``.json``);
* ``avatar.<ext>``, ``official-avatar.<ext>`` and ``avatars-side-by-side.png`` (Pillow);
* ``evidence.json``: everything we know, machine-readable;
* ``SHA256SUMS``: checksums of every file above, in ``sha256sum -c`` format.

Nothing in a pack is active content: no HTML file, no script, links from the web printed as
Markdown code spans, the PDF's links taken off before printing. Writing a pack twice from the
same store gives the same bytes (no "generated at" stamps), and files a previous run wrote but
this one does not (a capture's extension that changed) are removed, so re-runs never pile up.

The ``evidence`` dict comes from ``crawler.store.Store.evidence(platform, handle)``; this module
reads it defensively (every key optional). Keys it understands: ``platform``, ``handle``, ``url``,
``first_seen``, ``last_seen``, ``observations`` (list of dicts with ``fetched_at``,
``http_status``, ``url``, ``final_url``, ``body_sha256``, ``fields`` with ``platform_id`` /
``avatar_thumb``), ``sightings`` (a search result's ``title``/``snippet`` included),
``linked_pages`` (``url``, ``final_url``, ``http_status``, ``title``, ``refused``),
``triage_history`` (``decision``, ``note``, ``decided_at``, ``by``) and ``findings``.

Where the profile's links lead is part of the case: a link the crawler refused to follow
because it redirects into a private network (127.0.0.1, 169.254.169.254) is listed with the
reason, its targets printed as code, never as links a reviewer could click.
"""

from __future__ import annotations

import base64
import dataclasses
import enum
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from matching.models import Finding

from .exports import finding_to_dict
from .i18n import N_, Translator
from .proposed import comment
from .sentences import CHOICE_LABELS, sentence
from .takedown import LANGUAGES, TakedownCase, one_line, report_text
from .view import (
    CLASS_LABELS,
    SEVERITY_LABELS,
    profile_text,
    safe_avatar,
    severity_rank,
    written_as,
)

_AVATAR_EXT = {"png": "png", "jpeg": "jpg", "gif": "gif", "webp": "webp"}


def _jsonable(v: Any) -> Any:
    """Dataclasses, enums, bytes, tuples... as JSON values (bytes summarised, not dumped)."""
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        return {f.name: _jsonable(getattr(v, f.name)) for f in dataclasses.fields(v)}
    if isinstance(v, enum.Enum):
        return v.value
    if isinstance(v, Mapping):
        return {str(k): _jsonable(x) for k, x in v.items()}
    if isinstance(v, list | tuple | set | frozenset):
        items = [_jsonable(x) for x in v]
        return sorted(items, key=json.dumps) if isinstance(v, set | frozenset) else items
    if isinstance(v, bytes | bytearray):
        return {"sha256": hashlib.sha256(v).hexdigest(), "bytes": len(v)}
    if v is None or isinstance(v, str | int | float | bool):
        return v
    return str(v)


def _observations(evidence: Mapping[str, Any], finding: Finding | None) -> list[dict[str, Any]]:
    raw = [o for o in evidence.get("observations") or [] if isinstance(o, Mapping)]
    obs: list[dict[str, Any]] = [dict(_jsonable(o)) for o in raw]
    if not obs and finding is not None and finding.observation is not None:
        obs = [_jsonable(finding.observation)]
    return sorted(obs, key=lambda o: str(o.get("fetched_at") or ""))


def _field(o: Mapping[str, Any], name: str) -> Any:
    if o.get(name) is not None:
        return o[name]
    fields = o.get("fields")
    return fields.get(name) if isinstance(fields, Mapping) else None


def _avatar(
    evidence: Mapping[str, Any], finding: Finding | None, obs: list[dict]
) -> tuple[str, bytes] | None:
    candidates: list[Any] = [evidence.get("avatar_thumb")]
    if finding is not None and finding.observation is not None:
        candidates.append(finding.observation.fields.avatar_thumb)
    candidates += [_field(o, "avatar_thumb") for o in reversed(obs)]
    for uri in candidates:
        ok = safe_avatar(uri) if isinstance(uri, str) else None
        if ok:
            kind, b64 = ok[len("data:image/") :].split(";base64,", 1)
            return _AVATAR_EXT[kind], base64.b64decode(b64)
    return None


def _md(text: object) -> str:
    """One line of untrusted text for Markdown: no line breaks, markup characters escaped."""
    s = comment(str(text), limit=500)
    for ch in "\\`*_[]<>|#":
        s = s.replace(ch, "\\" + ch)
    return s


def _code(text: object) -> str:
    """Untrusted text as a Markdown code span: shown verbatim, never turned into a link."""
    s = comment(str(text), limit=500).replace("`", "'")
    return f"`{s}`"


def _linked_pages(evidence: Mapping[str, Any], tr: Translator) -> list[str]:
    """Where the profile's external links lead, one bullet each (refusals with their reason)."""
    _ = tr.gettext
    not_followed = _("not followed")
    out: list[str] = []
    for p in evidence.get("linked_pages") or []:
        if not isinstance(p, Mapping) or not p.get("url"):
            continue
        final = p.get("final_url")
        hop = f" -> {_code(final)}" if final and final != p["url"] else ""
        if p.get("refused"):
            out.append(f"- {_code(p['url'])}{hop}: **{not_followed}**: "
                       f"{_code(p['refused'])}")
            continue
        status = f"HTTP {_md(p['http_status'])}" if p.get("http_status") is not None else ""
        title = _("titled \"{title}\"").format(title=_md(p["title"])) if p.get("title") else ""
        details = ", ".join(x for x in (status, title) if x)
        out.append(f"- {_code(p['url'])}{hop}" + (f": {details}" if details else ""))
        socials = [x for x in p.get("social_links") or [] if isinstance(x, str)]
        if socials:
            out.append("  - " + _("links to {links}").format(
                links=", ".join(_code(x) for x in socials[:10])))
    return out


def _search_results(evidence: Mapping[str, Any], tr: Translator) -> list[str]:
    """What search engines showed about the profile (its only text when it cannot be read)."""
    out: list[str] = []
    seen: set[tuple[str, str]] = set()
    for sg in evidence.get("sightings") or []:
        if not isinstance(sg, Mapping) or not (sg.get("title") or sg.get("snippet")):
            continue
        key = (str(sg.get("title") or ""), str(sg.get("snippet") or ""))
        if key in seen:
            continue
        seen.add(key)
        text = " / ".join(_md(x) for x in key if x)
        out.append(f"- {text} (" + tr.gettext("search: {query}").format(
            query=_code(sg.get("source") or "")) + ")")
    return out



# --------------------------------------------------------------------------- the case

#: capture states (crawler/capture.py) in plain words for the summary's heading line
CAPTURE_HEADINGS = {
    "shown": N_("captured: the page shows the profile"),
    "script_only": N_("not shown: the page holds the profile only as data for its scripts"),
    "js_shell": N_("not shown: the platform sent a JavaScript shell"),
    "login_wall": N_("not shown: the platform showed a login wall"),
    "blocked": N_("not shown: the platform answered a block page"),
    "rate_limited": N_("not shown: the platform asked us to slow down"),
    "not_found": N_("not shown: the platform says the profile no longer exists"),
    "refused": N_("not fetched: refused by the network guard"),
    "failed": N_("not captured: the fetch failed"),
    "no_browser": N_("page fetched; no screenshot (headless Chromium not installed)"),
}

#: why a capture came out as it did (crawler/capture.py's reasons, by state) in the pack's
#: language; an English pack keeps the capture's own sentence, which says more
CAPTURE_REASONS = {
    "script_only": N_("{platform} sent the profile only as data for its scripts: rendered "
                      "without JavaScript the page shows none of it, so no screenshot was kept "
                      "(`brandsweep evidence --recapture --capture-scripts` renders it with "
                      "JavaScript on)."),
    "js_shell": N_("{platform} sent a page that needs JavaScript: rendered without it, the page "
                   "shows no profile, so no screenshot was kept."),
    # rendered with --capture-scripts: "without it" would contradict "rendered with JavaScript on"
    "js_shell_scripts": N_("{platform} sent a page that needs JavaScript, and even with "
                           "JavaScript on the rendered page shows no profile, so no screenshot "
                           "was kept."),
    "login_wall": N_("{platform} showed a login wall instead of the profile."),
    "blocked": N_("{platform} answered a block, error or CAPTCHA page."),
    "rate_limited": N_("{platform} asked us to slow down."),
    "not_found": N_("{platform} answered that there is no such profile: it may have been "
                    "removed or renamed since the audit."),
    "refused": N_("The page was not fetched: the network guard refused it."),
    "failed": N_("The page could not be fetched or rendered."),
    "no_browser": N_("The page was fetched; no screenshot or PDF: headless Chromium is not "
                     "installed (Debian: `apt-get install chromium`)."),
}


def _state_said(cap: Mapping[str, Any]) -> str:
    """The capture's state as the platform's text says it: a JavaScript shell rendered with
    its scripts on (``--capture-scripts``) is not "shown only to browsers that run its
    scripts"."""
    state = str(cap.get("state") or "failed")
    return f"{state}_scripts" if state == "js_shell" and cap.get("scripts") else state


def _capture_reason(tr: Translator, state: str, cap: Mapping[str, Any], platform: str) -> str:
    """The capture's reason for the case file: as recorded in English, else the state's
    sentence in the pack's language with the recorded words (an error, the guard's refusal)
    kept verbatim beside it; nothing more for a page that shows the profile."""
    raw = str(cap.get("reason") or "")
    if tr.lang != "en" and state == "shown":
        return ""  # the heading says it
    if tr.lang == "en" or state not in CAPTURE_REASONS:
        return f"{_md(raw)}." if raw else ""
    key = f"{state}_scripts" if cap.get("scripts") and f"{state}_scripts" in CAPTURE_REASONS \
        else state
    text = tr.gettext(CAPTURE_REASONS[key]).format(platform=_md(platform))
    if state in ("refused", "failed") and raw:
        text += " " + tr.gettext("(recorded: {what})").format(what=_code(raw))
    elif "the body was cut at" in raw:
        text += " " + tr.gettext("The body was cut at the size limit.")
    return text


_VIA_WORDS = {
    "probe": N_("guessed: brandsweep tried this handle as a variant of an official one"),
    "platform_search": N_("found by the platform's own search"),
    "web_search": N_("found by a web search"),
    "official_site": N_("linked from an official website"),
    "linked_page": N_("linked from a page another suspicious profile links to"),
}


@dataclass
class OfficialView:
    """The official account a profile imitates, as the store knows it."""

    platform: str
    handle: str
    url: str | None = None
    display_name: str | None = None
    avatar_thumb: str | None = None  # data URI


@dataclass
class Case:
    """Everything beyond the store's evidence dict that makes a pack takedown-ready."""

    capture: Mapping[str, Any] | None = None  # latest capture meta (Store.captures)
    capture_files: Mapping[str, bytes] = field(default_factory=dict)  # sha256 -> bytes
    official: OfficialView | None = None
    official_title: str | None = None  # the official account's platform, as people spell it
    organization: str | None = None
    legal_name: str | None = None
    contact: str | None = None
    trademarks: tuple[str, ...] = ()
    platform_title: str | None = None
    report_form: str | None = None
    report_email: str | None = None
    report_steps: str | None = None
    report_note: str | None = None
    lang: str = "en"
    timezone: str = "UTC"  # the zone the report text's times are shown in (--timezone)
    #: brandsweep's ``platform:handle`` of an account the evidence cites -> how a platform's
    #: reviewer reads it: its URL and its platform ("https://www.youtube.com/@x (YouTube)")
    account_refs: Mapping[str, str] = field(default_factory=dict)


def body_extension(content_type: str | None, body: bytes) -> str:
    """An extension for a stored body that shows it as what it is and never runs it.

    >>> body_extension("text/html; charset=utf-8", b"<html>")
    '.html.txt'
    >>> body_extension("", b'{"reason": "taken"}')
    '.json'
    """
    ctype = (content_type or "").split(";", 1)[0].strip().lower()
    if "json" in ctype:
        return ".json"
    if ctype in ("image/png", "image/jpeg", "image/gif", "image/webp"):
        return {"image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif",
                "image/webp": ".webp"}[ctype]
    if ctype == "text/plain":
        return ".txt"
    if ctype and ("html" in ctype or "xml" in ctype or "svg" in ctype):
        return ".html.txt" if "html" in ctype else ".xml.txt"
    head = body[:512].lstrip()
    if head[:1] in (b"{", b"["):
        try:
            json.loads(body.decode("utf-8"))
            return ".json"
        except (UnicodeDecodeError, ValueError):
            pass
    if head[:1] == b"<":
        return ".html.txt"
    return ".txt" if _is_text(body) else ".bin"


def _is_text(body: bytes) -> bool:
    try:
        body[:4096].decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _side_by_side(official: tuple[str, bytes] | None, suspect: tuple[str, bytes] | None,
                  labels: tuple[str, str]) -> bytes | None:
    """One PNG with the official avatar left and the suspect's right (Pillow)."""
    if official is None or suspect is None:
        return None
    from PIL import Image, ImageDraw, ImageFont  # Pillow: only for side-by-side avatars

    size, pad, text_h = 256, 16, 28
    canvas = Image.new("RGB", (size * 2 + pad * 3, size + pad * 2 + text_h), "white")
    draw = ImageDraw.Draw(canvas)
    try:
        font: Any = ImageFont.load_default(size=15)
    except TypeError:  # Pillow without FreeType sizes
        font = ImageFont.load_default()
    for i, (item, label) in enumerate(((official, labels[0]), (suspect, labels[1]))):
        try:
            img = Image.open(io.BytesIO(item[1])).convert("RGB")
        except Exception:  # noqa: BLE001 - a broken thumbnail leaves its half blank
            continue
        scale = size / max(img.width, img.height, 1)
        img = img.resize((max(1, round(img.width * scale)), max(1, round(img.height * scale))),
                         Image.Resampling.LANCZOS)
        x = pad + i * (size + pad)
        canvas.paste(img, (x + (size - img.width) // 2, pad + (size - img.height) // 2))
        ascii_label = label.encode("ascii", "replace").decode("ascii")[:34]
        draw.text((x, size + pad + 6), ascii_label, fill="black", font=font)
    buf = io.BytesIO()
    canvas.save(buf, format="PNG")
    return buf.getvalue()


def _thumb(uri: Any) -> tuple[str, bytes] | None:
    ok = safe_avatar(uri) if isinstance(uri, str) else None
    if not ok:
        return None
    kind, b64 = ok[len("data:image/"):].split(";base64,", 1)
    return _AVATAR_EXT[kind], base64.b64decode(b64)


def _when(tr: Translator, value: object, missing: str | None = "?") -> str | None:
    """A stored time as the report shows it, in the pack's zone ('1 Mar 2025 13:00
    (UTC+03:00)'; a bare date as '1 Mar 2025'); evidence.json keeps the stored UTC value."""
    if value in (None, ""):
        return missing
    text = str(value)
    return tr.date(text) if len(text) == 10 else tr.datetime(text)


def _plain_signal(e: Any) -> str:
    """One signal in plain words: its detail (already a sentence), its name as code."""
    detail = one_line(getattr(e, "detail", "") or "", 400)
    return detail or one_line(getattr(e, "signal", ""))


#: signals whose matcher record is a measure only a technician reads (the avatar's "perceptual
#: hash differs in 2 of 64 bits"): the summary gives the sentence, evidence.json the measure
_MEASURE_ONLY = frozenset({"avatar_match"})
#: signals whose record the case file says better elsewhere: a reviewer's decision is listed
#: under the reviewers' decisions with its time in the pack's zone (its record says it in UTC)
_SAID_ELSEWHERE = frozenset({"triage"})

#: signals that are our own bookkeeping, not the profile's: left out of the platform's text
#: (a reviewer's decision, the rule's name, that our crawler could not check the page, our
#: advice to check it by hand: the text says apart why the page itself is not attached)
_NOT_FOR_THE_PLATFORM = frozenset({"triage", "decision", "unverifiable", "existence_only"})


def _reason_text(tr: Translator, e: Any, refs: Mapping[str, str] | None = None,
                 secondary: bool = True) -> str:
    """One signal as the report's plain sentence (see :func:`_said`); ``secondary=False``:
    without its "secondary: " mark, for a list whose heading says where it comes from."""
    parts = sentence(tr, e)
    if not secondary and _is_secondary(e) and parts:
        parts = parts[1:]
    return _said(parts, refs)


def _is_secondary(e: Any) -> bool:
    """Evidence read from what others show of a walled page (matching marks its detail)."""
    return str(getattr(e, "detail", None) or "").startswith("secondary: ") \
        and getattr(e, "signal", None) != "decision"


def _said(parts: Sequence[Any], refs: Mapping[str, str] | None = None) -> str:
    """A signal's sentence as plain text, in the pack's language (the report text is
    read by a platform's reviewer: "the avatar is identical to the picture of the official
    account “youtube:x”", not the matcher's "avatar is a copy ... (perceptual hash ...)");
    quoted values (scraped or inventory text) stay in quotation marks. ``refs``: an account
    cited in brandsweep's ``platform:handle`` notation as the platform's reviewer reads it
    (:attr:`Case.account_refs`: its URL and platform), unquoted."""
    refs = refs or {}
    return "".join(refs.get(p.text, f"“{p.text}”") if p.quoted else p.text for p in parts)


def account_refs(case: Case) -> dict[str, str]:
    """``platform:handle`` -> "URL (Platform)" for the accounts a pack's evidence may cite: the
    case's own :attr:`Case.account_refs` and the official account it copies."""
    refs = dict(case.account_refs)
    off = case.official
    if off is not None and off.url and _safe_link(off.url):
        refs.setdefault(f"{off.platform}:{off.handle}",
                        f"{off.url} ({case.official_title or off.platform})")
    return refs


def _discovery(evidence: Mapping[str, Any], finding: Finding | None,
               tr: Translator) -> list[str]:
    out: list[str] = []
    seen: set[tuple[str, str]] = set()
    for sg in evidence.get("sightings") or []:
        if not isinstance(sg, Mapping):
            continue
        via = str(sg.get("via") or "")
        source = str(sg.get("source") or "")
        if (via, source) in seen:
            continue
        seen.add((via, source))
        words = tr.gettext(_VIA_WORDS[via]) if via in _VIA_WORDS else (via or tr.gettext("seen"))
        # a web search's detail is its query; the others are the crawl's own note (English),
        # marked as the audit's record in another language
        said = str(sg.get("detail") or "")
        if said and tr.lang != "en" and via != "web_search":
            said = tr.gettext("audit record, in English: {record}").format(record=said)
        detail = f" ({_md(said)})" if said else ""
        out.append(f"- {words}: {_code(source)}{detail}" if source else f"- {words}{detail}")
    if not out and finding is not None:
        out = [f"- {tr.gettext(_VIA_WORDS[str(v)]) if str(v) in _VIA_WORDS else str(v)}"
               for v in finding.discovered_via]
    return out


def _triage_lines(evidence: Mapping[str, Any], finding: Finding | None,
                  tr: Translator) -> list[str]:
    history: list[Mapping[str, Any]] = [
        t for t in evidence.get("triage_history") or [] if isinstance(t, Mapping)]
    if not history and finding is not None and finding.triage is not None:
        t0 = finding.triage
        history = [{"decision": str(t0.decision), "note": t0.note, "decided_at": t0.decided_at,
                    "by": getattr(t0, "by", None)}]
    out = []
    for t in history:
        by = t.get("by")
        if not by and isinstance(t.get("note"), str):  # triage --import notes "by NAME, in ..."
            named = re.match(r"by ([^,]{1,80}),", str(t["note"]))
            by = named.group(1) if named else None
        who = (" " + tr.gettext("by {name}").format(name=_md(by)) if by
               else " (" + tr.gettext("reviewer not recorded") + ")")
        note = f": {_md(t['note'])}" if t.get("note") else ""
        when = _md(_when(tr, t.get("decided_at")))
        code = str(t.get("decision") or "?")
        label = CHOICE_LABELS.get(code)
        # another language: the label, then the code `triage --as` takes
        said = f"**{_md(code)}**" if tr.lang == "en" or label is None else \
            f"**{_md(tr.gettext(label))}** ({_md(code)})"
        out.append(f"- {when}: {said}{who}{note}")
    return out


def _summary(
    evidence: Mapping[str, Any],
    finding: Finding | None,
    obs: list[dict],
    files: list[dict[str, Any]],
    case: Case,
) -> str:
    platform = finding.platform if finding else evidence.get("platform", "?")
    handle = finding.handle if finding else evidence.get("handle", "?")
    url = (finding.url if finding else None) or evidence.get("url")
    last = obs[-1] if obs else {}
    first_seen = evidence.get("first_seen") or (obs[0].get("fetched_at") if obs else None)
    last_seen = evidence.get("last_seen") or last.get("fetched_at")
    name = (finding.display_name if finding else None) or _field(last, "display_name")
    title = case.platform_title or platform
    tr = Translator(case.lang if case.lang in LANGUAGES else "en", case.timezone)
    _ = tr.gettext
    out = [_("# Evidence pack: {platform} profile {handle}").format(
        platform=_md(title), handle=_md(handle)), ""]
    if finding is not None:
        cls, sev_word = str(finding.cls), str(finding.severity or "")
        if tr.lang != "en":  # the class and severity as the report names them
            cls = _(CLASS_LABELS.get(cls, cls))
            sev_word = _(SEVERITY_LABELS.get(sev_word, sev_word))
        sev = _(", severity {severity}").format(severity=sev_word) if finding.severity else ""
        out.append(_("**Assessment:** {cls}{sev} (relevance score {score}).").format(
            cls=cls, sev=sev, score=tr.decimal(float(finding.score), 2)))
        if finding.imitates:
            out.append(
                (_("**Imitates:** the official {platform} account {handle} of {brand}.")
                 if finding.brand else
                 _("**Imitates:** the official {platform} account {handle}.")).format(
                    platform=_md(case.official_title or finding.imitates[0]),
                    handle=_md(finding.imitates[1]),
                    brand=_md(finding.brand or ""))
            )
        elif finding.brand:
            out.append(_("**Brand concerned:** {brand}.").format(brand=_md(finding.brand)))
        out.append("")
    out.append("| | |")
    out.append("|---|---|")
    rows = [
        (N_("Platform"), title),
        (N_("Handle"), handle),
        (N_("Display name"), name),
        (N_("Profile URL"), url),
        (N_("Platform id"), evidence.get("platform_id") or _field(last, "platform_id")),
        (N_("HTTP status (last fetch)"), last.get("http_status")),
        (N_("Final URL"), last.get("final_url")),
        (N_("First seen"), _when(tr, first_seen, None)),
        (N_("Last seen"), _when(tr, last_seen, None)),
        (N_("Times fetched"), len(obs) or None),
    ]
    for label, value in rows:
        if value not in (None, ""):
            shown = _code(value) if label in ("Profile URL", "Final URL") else _md(value)
            out.append(f"| {_(label)} | {shown} |")
    out.append("")

    # the page as a person saw it
    cap = case.capture
    out.append(_("## The profile page as a person saw it"))
    out.append("")
    if cap:
        state = str(cap.get("state") or "failed")
        heading = _(CAPTURE_HEADINGS[state]) if state in CAPTURE_HEADINGS else _md(state)
        out.append(f"**{heading}** " + _("(captured {when}).").format(
            when=_md(_when(tr, cap.get("captured_at")))))
        out.append("")
        why = _capture_reason(tr, state, cap, title)
        if why:
            out.append(why)
            out.append("")
        status = cap.get("http_status")
        ctype = cap.get("content_type")
        bits = [f"HTTP {status}" if status is not None else "", f"{_md(ctype)}" if ctype else ""]
        if any(bits):
            out.append("- " + _("answer: {what}; final URL {url}").format(
                what=", ".join(b for b in bits if b),
                url=_code(cap.get("final_url") or cap.get("url") or "")))
        for hop in cap.get("hops") or []:
            if isinstance(hop, Mapping) and hop.get("location"):
                out.append("- " + _("{url} answered HTTP {status}, sending to {location}").format(
                    url=_code(hop.get("url")), status=_md(hop.get("status")),
                    location=_code(hop["location"])))
        if cap.get("title"):
            out.append("- " + _("the rendered page's title: {title}").format(
                title=_code(cap["title"])))
        if cap.get("scripts"):
            out.append("- " + _("rendered with JavaScript on (every request still went through "
                                "the network guard)"))
        else:
            out.append("- " + _("rendered without JavaScript"))
        refused = [r for r in cap.get("resources") or []
                   if isinstance(r, Mapping) and r.get("refused")]
        if refused:
            out.append("- " + tr.ngettext("{n} request of the page was not sent:",
                                          "{n} requests of the page were not sent:",
                                          len(refused)).format(
                n=tr.number(len(refused))) + " " + "; ".join(
                f"{_code(r.get('url'))} ({_md(r['refused'])})" for r in refused[:5]))
    else:
        out.append(_("**Not captured**: no capture of this page is stored (the audit captured "
                     "only its impostors, up to `--capture-max`; run `brandsweep evidence "
                     "--recapture` while the page is reachable)."))
    out.append("")

    # the official account
    off = case.official
    if off is not None:
        out.append(_("## The official account it imitates"))
        out.append("")
        out.append("- " + _("{platform} account {handle}").format(
            platform=_md(case.official_title or off.platform), handle=_md(off.handle))
                   + (_(", shown as \"{name}\"").format(name=_md(off.display_name))
                      if off.display_name else ""))
        if off.url:
            out.append(f"- {off.url}" if _safe_link(off.url) else f"- {_code(off.url)}")
        if any(f["name"] == "avatars-side-by-side.png" for f in files):
            out.append("- " + _("`avatars-side-by-side.png`: its avatar (left) beside this "
                                "profile's (right)"))
        out.append("")

    # signals
    if finding is not None and finding.evidence:
        out.append(_("## Why it is impersonation: every signal"))
        out.append("")
        text = profile_text(finding)
        refs = account_refs(case)  # an account it cites: by its URL, as the report text says
        for e in finding.evidence:
            # the report's sentence, then what the matcher recorded (the measure behind it)
            said, detail = _reason_text(tr, written_as(e, text), refs), _plain_signal(e)
            # (nor the detail again when the sentence already quotes it: a rule's reason)
            # (in another language, the matcher's English record says what it is)
            record = detail if tr.lang == "en" else _("audit record, in English: {record}") \
                .format(record=detail)
            # (an avatar's measure, bits of a perceptual hash, is for evidence.json alone)
            line = said if detail in ("", said, e.signal) or detail in said \
                or e.signal in _MEASURE_ONLY | _SAID_ELSEWHERE else f"{said} — {record}"
            out.append(f"- {_md(line)} ({_code(e.signal)})")
        out.append("")
    discovery = _discovery(evidence, finding, tr)
    if discovery:
        out.append(_("## How it was found"))
        out.append("")
        out.extend(discovery)
        out.append("")
    linked = _linked_pages(evidence, tr)
    if linked:
        out.append(_("## Where its links lead"))
        out.append("")
        out.extend(linked)
        out.append("")
    searched = _search_results(evidence, tr)
    if searched:
        out.append(_("## What search engines show"))
        out.append("")
        out.extend(searched)
        out.append("")
    triage = _triage_lines(evidence, finding, tr)
    out.append(_("## Reviewers' decisions"))
    out.append("")
    out.extend(triage or ["- " + _("none recorded yet (`brandsweep triage ... --as "
                                   "impostor_confirmed`)")])
    out.append("")

    # who asks, and where to
    out.append(_("## The rights holder"))
    out.append("")
    holder = case.legal_name or case.organization
    out.append(f"- {_md(holder)}" + (" " + _("(trading as {name})").format(
        name=_md(case.organization)) if case.legal_name and case.organization
        and case.legal_name != case.organization else "")
               if holder else "- " + _("not named: add `legal_name` to the inventory"))
    out.append("- " + (_("contact: {contact}").format(contact=_md(case.contact)) if case.contact
                       else _("contact: not given (inventory key `contact`)")))
    if case.trademarks:
        out.append("- " + _("trademarks: {marks}").format(
            marks="; ".join(_md(m) for m in case.trademarks)))
    else:
        out.append("- " + _("trademarks: none listed (inventory key `trademarks`)"))
    out.append("")
    out.append(_("## Reporting it to {platform}").format(platform=_md(title)))
    out.append("")
    if case.report_form or case.report_email:
        if case.report_form:
            out.append("- " + _("impersonation form: {url}").format(url=case.report_form))
        if case.report_email:
            out.append("- " + _("abuse address: {address}").format(address=case.report_email))
        if case.report_steps:
            out.append("- " + _("on the form: {steps}").format(steps=_md(case.report_steps)))
        if case.report_note:
            out.append("- " + _("note: {note}").format(note=_md(case.report_note)))
    else:
        out.append("- " + _("no report route is known for this platform: add {example} to its "
                            "entry in a `--platforms-file`").format(
            example="`report: {form: URL}`"))
    out.append("- " + _("`report-text.txt`: the report, written out; paste it into the form and "
                        "attach the files below"))
    out.append("")

    out.append(_("## Files"))
    out.append("")
    out.append("| " + " | ".join((_("file"), _("what"), _("bytes"), _("captured"), "sha256"))
               + " |")
    out.append("|---|---|---|---|---|")
    for f in files:
        out.append(f"| `{f['name']}` | {_md(f['what'])} | {tr.number(f['bytes'])} | "
                   f"{_md(_when(tr, f.get('at'), ''))} | `{f['sha256']}` |")
    out.append("")
    out.append(_("`SHA256SUMS` lists the same checksums (`sha256sum -c SHA256SUMS`). Page bodies "
                 "are kept byte for byte under extensions that open as text."))
    return "\n".join(out) + "\n"


def _safe_link(url: str) -> bool:
    """An official URL from the inventory or catalog may stay a plain link (https only)."""
    return url.startswith("https://") and not any(ch in url for ch in " `|<>[]()\\\n")


def _takedown_case(evidence: Mapping[str, Any], finding: Finding | None, case: Case,
                   obs: list[dict]) -> TakedownCase:
    platform = finding.platform if finding else str(evidence.get("platform", "?"))
    handle = finding.handle if finding else str(evidence.get("handle", "?"))
    url = (finding.url if finding else None) or evidence.get("url") or f"{platform}:{handle}"
    name = (finding.display_name if finding else None) or (
        _field(obs[-1], "display_name") if obs else None)
    cap = case.capture or {}
    shown = cap.get("state") == "shown"
    tr = Translator(case.lang if case.lang in LANGUAGES else "en", case.timezone)
    # what the profile shows, not our own bookkeeping (a reviewer's decision, the rule's name)
    text = profile_text(finding) if finding else None
    refs = account_refs(case)
    shown_by = [e for e in (finding.evidence if finding else ())
                if e.signal not in _NOT_FOR_THE_PLATFORM]
    # what its own page shows, then, under their own heading, what others show of it (a
    # search result, a page that links it): "secondary:" is our word, not the platform's
    reasons = [_reason_text(tr, written_as(e, text), refs)
               for e in shown_by if not _is_secondary(e)][:8]
    others = [_reason_text(tr, written_as(e, text), refs, secondary=False)
              for e in shown_by if _is_secondary(e)][:8]
    return TakedownCase(
        platform_title=case.platform_title or platform,
        profile_url=str(url),
        organization=case.organization or "",
        display_name=name,
        legal_name=case.legal_name,
        brand=finding.brand if finding else None,
        contact=case.contact,
        trademarks=case.trademarks,
        official_url=case.official.url if case.official else None,
        official_name=case.official.display_name if case.official else None,
        official_platform=(case.official_title or case.official.platform)
        if case.official else None,
        reasons=reasons,
        others=others,
        captured_at=tr.datetime(cap.get("captured_at")) if shown else None,
        not_captured=(cap.get("reason") if cap and not shown else
                      None if cap else "no capture of the page is stored"),
        capture_state=(_state_said(cap) if not shown else None) if cap else "none",
        first_seen=tr.datetime(evidence.get("first_seen")) if evidence.get("first_seen")
        else None,
    )


def _write(out: Path, name: str, data: bytes, what: str, at: str | None,
           files: list[dict[str, Any]]) -> None:
    path = out / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)
    files.append({"name": name, "what": what, "bytes": len(data),
                  "sha256": hashlib.sha256(data).hexdigest(), "at": at})


def write_evidence_pack(
    out_dir: Path,
    evidence: dict,
    finding: Finding | None,
    snapshots: Mapping[str, bytes],
    case: Case | None = None,
) -> Path:
    """Write the pack into ``out_dir`` (created) and return it.

    ``snapshots`` maps a key (normally the body's SHA-256, as stored) to the page bytes; files
    are named by the SHA-256 recomputed here, so a corrupt store cannot mislabel a page.
    ``case`` brings the capture, the official account, the rights holder and the platform's
    report route (``brandsweep evidence`` gathers it from the store and the catalog)."""
    case = case or Case()
    _ = Translator(case.lang if case.lang in LANGUAGES else "en", case.timezone).gettext
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    previous = _listed(out)
    obs = _observations(evidence, finding)
    files: list[dict[str, Any]] = []
    fetched_at = {str(o.get("body_sha256")): o.get("fetched_at") for o in obs}
    pages: list[dict[str, Any]] = []
    mismatched: list[str] = []
    for key in sorted(snapshots):
        stored = snapshots[key]
        if stored is None:  # the store lost the body: listed in evidence.json, not written
            continue
        body = stored
        sha = hashlib.sha256(body).hexdigest()
        if key != sha:
            mismatched.append(str(key))
        if any(p["sha256"] == sha for p in pages):
            continue
        name = f"pages/{sha}{body_extension(None, body)}"
        _write(out, name, body, _("a stored probe answer, as the platform sent it"),
               fetched_at.get(sha), files)
        pages.append({"sha256": sha, "bytes": len(body), "file": name})

    cap = dict(case.capture) if case.capture else None
    if cap is not None:
        at = cap.get("captured_at")
        page = case.capture_files.get(str(cap.get("body_sha256") or ""))
        if page is not None:
            name = f"capture/page{body_extension(cap.get('content_type'), page)}"
            what = _("the profile page as served ({type}), byte for byte").format(
                type=cap.get("content_type") or _("type unknown"))
            _write(out, name, page, what, at, files)
            cap["file"] = name
        if cap.get("state") == "shown":
            shot = case.capture_files.get(str(cap.get("screenshot_sha256") or ""))
            pdf = case.capture_files.get(str(cap.get("pdf_sha256") or ""))
            if shot:
                _write(out, "capture/screenshot.png", shot,
                       _("full-page screenshot of the profile"), at, files)
            if pdf:
                _write(out, "capture/page.pdf", pdf,
                       _("the profile page printed to PDF (links removed)"), at, files)
        meta = json.dumps(_jsonable(cap), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
        _write(out, "capture/capture.json", meta.encode("utf-8"),
               _("what the capture did: state, redirects, requests"), at, files)

    suspect = _avatar(evidence, finding, obs)
    if suspect:
        _write(out, f"avatar.{suspect[0]}", suspect[1], _("this profile's picture as captured"),
               evidence.get("last_seen"), files)
    official = _thumb(case.official.avatar_thumb) if case.official else None
    if official and case.official is not None:
        _write(out, f"official-avatar.{official[0]}", official[1],
               _("the official account's picture as captured"), None, files)
        pair = _side_by_side(official, suspect, (
            f"official: {case.official.handle}",
            f"suspect: {finding.handle if finding else evidence.get('handle', '')}"))
        if pair:
            _write(out, "avatars-side-by-side.png", pair,
                   _("official avatar (left) beside this profile's (right)"), None, files)

    # the language the text is written in: an inventory's language without texts ("ar")
    # gets the English text, and the pack says English, not "ar"
    written = case.lang if case.lang in LANGUAGES else "en"
    text = report_text(_takedown_case(evidence, finding, case, obs), written)
    _write(out, "report-text.txt", text.encode("utf-8"),
           _("the report to paste into the platform's form ({lang})").format(lang=written),
           None, files)

    full = {
        "finding": finding_to_dict(finding) if finding is not None else None,
        "evidence": _jsonable(evidence),
        "observations": obs,
        "pages": pages,
        "capture": _jsonable(cap),
        "official": _jsonable(case.official),
        "rights_holder": {"organization": case.organization, "legal_name": case.legal_name,
                          "contact": case.contact, "trademarks": list(case.trademarks)},
        "report": {"platform": case.platform_title, "form": case.report_form,
                   "email": case.report_email, "steps": case.report_steps,
                   "note": case.report_note, "lang": written},
        "snapshot_keys_not_matching_sha256": mismatched,
    }
    ev_json = json.dumps(full, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    listed = list(files)
    _write(out, "evidence.json", ev_json.encode("utf-8"),
           _("every observation, sighting, linked page, capture and finding recorded"), None,
           listed)
    summary = _summary(evidence, finding, obs, listed, case)
    _write(out, "summary.md", summary.encode("utf-8"), _("this case file"), None, [])
    names = ["summary.md"] + [f["name"] for f in listed]
    sums = [f"{hashlib.sha256((out / n).read_bytes()).hexdigest()}  {n}" for n in names]
    (out / "SHA256SUMS").write_text("\n".join(sums) + "\n", encoding="utf-8")
    for stale in previous - set(names):
        (out / stale).unlink(missing_ok=True)
    return out


def _listed(out: Path) -> set[str]:
    """Files a previous run listed in SHA256SUMS (ours to replace; nothing else is touched)."""
    sums = out / "SHA256SUMS"
    if not sums.is_file():
        return set()
    names = set()
    for line in sums.read_text(encoding="utf-8", errors="replace").splitlines():
        _, sep, name = line.partition("  ")
        if sep and name and ".." not in Path(name).parts and not Path(name).is_absolute():
            names.add(name)
    return names


def zip_pack(pack: Path, target: Path) -> Path:
    """The pack as one zip with fixed timestamps and order: the same pack, the same bytes."""
    names = ["SHA256SUMS"] + sorted(_listed(pack))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in names:
            path = pack / name
            if not path.is_file():
                continue
            info = zipfile.ZipInfo(f"{pack.name}/{name}", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16  # rw-r--r--: nothing executable
            zf.writestr(info, path.read_bytes())
    data = buf.getvalue()
    if not target.exists() or target.read_bytes() != data:
        target.write_bytes(data)
    return target


def pack_name(platform: str, handle: str) -> str:
    """A folder name for one profile's pack: ``instagram-northwindcoffee_support``."""
    safe = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in handle).strip(".")
    return f"{platform}-{safe or 'profile'}"[:120]


def _index_account(row: Mapping[str, Any]) -> str:
    """An account of the index as a reviewer reads it: its display name (quoted: scraped
    text), else its handle; never brandsweep's ``platform:handle``."""
    name = one_line(str(row.get("display_name") or ""), 120)
    return f"“{_md(name)}”" if name else _md(row.get("handle") or "-")


def _index_url(url: object) -> str:
    """The account's address on its platform: a link when it is a plain https URL, else shown
    verbatim (never a link the pack's reader did not expect)."""
    if not url:
        return "-"
    return str(url) if _safe_link(str(url)) else _code(url)


def write_index(out_dir: Path, rows: Sequence[Mapping[str, Any]], lang: str = "en") -> Path:
    """``index.md`` and ``index.json`` for a batch of packs (``brandsweep evidence --all``);
    ``index.md`` in the packs' language, each account by its platform, display name and
    address (``index.json`` keeps ``platform`` and ``handle`` for scripts)."""
    out = Path(out_dir)
    tr = Translator(lang if lang in LANGUAGES else "en")
    _ = tr.gettext
    # worst first, as the report's action list: severity, then reach
    ordered = sorted(rows, key=lambda r: (-severity_rank(r.get("severity")),
                                          -int(r.get("followers") or 0),
                                          str(r.get("platform")), str(r.get("handle"))))
    head = (_("severity"), _("platform"), _("account"), _("profile URL"), _("class"),
            _("decision"), _("page"), _("pack"), _("report via"))
    lines = [_("# Evidence packs"), "",
             tr.ngettext("{n} pack, in a folder of its own.",
                         "{n} packs, one folder per profile.", len(ordered)).format(
                 n=tr.number(len(ordered))), "",
             "| " + " | ".join(head) + " |", "|---" * len(head) + "|"]
    def said(value: object, labels: Mapping[str, str], missing: str = "-") -> str:
        """A code (class, decision, capture state) by its label; index.json keeps the code."""
        code = str(value) if value else ""
        return _md(_(labels[code]) if code in labels else code or missing)

    not_captured = _("not captured")
    for r in ordered:
        via = r.get("report_form") or r.get("report_email") or "-"
        lines.append(
            f"| {said(r.get('severity'), SEVERITY_LABELS)} "
            f"| {_md(r.get('platform_title') or r.get('platform'))} | {_index_account(r)} | "
            f"{_index_url(r.get('url'))} | "
            f"{said(r.get('class'), CLASS_LABELS)} | {said(r.get('decision'), CHOICE_LABELS)}"
            f" | {said(r.get('capture'), CAPTURE_HEADINGS, not_captured)}"
            f" | `{r.get('pack')}/` | {via} |")
    text = "\n".join(lines) + "\n"
    data = json.dumps(list(ordered), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    for name, content in (("index.md", text), ("index.json", data)):
        path = out / name
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            path.write_text(content, encoding="utf-8")
    return out / "index.md"


__all__ = ["Case", "OfficialView", "body_extension", "pack_name", "write_evidence_pack",
           "write_index", "zip_pack"]
