"""The report's view model: everything the HTML prints, computed before any template runs.

Like coverage.py's HTML report, the data is built first as plain frozen dataclasses and the
templates only lay it out. That keeps the logic (grouping, counting, URL and avatar vetting,
marking invisible characters) testable without parsing HTML, and makes the output a pure
function of its inputs: the renderer is handed the timestamp too, so two renders of one audit
are byte-identical (golden-testable).

Every scraped value is untrusted. The view model is where it is neutralised:

* links survive only as :class:`Link` with an ``http``/``https`` ``href`` (anything else is text);
* avatars survive only as vetted ``data:image/(png|jpeg|gif|webp);base64`` thumbnails whose
  bytes really start with that format's magic number;
* bidi overrides and zero-width characters are split out as flagged :class:`Seg` parts the
  template shows as a visible marker instead of letting them reorder or hide text.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from matching.models import (
    Finding,
    FindingClass,
    Inventory,
    OfficialAccount,
    ProfileFields,
    Severity,
    Status,
)

if TYPE_CHECKING:
    from .coverage import CoverageView

# --------------------------------------------------------------------------- ordering, labels

#: Display and sort order of classes: what needs action first.
CLASS_ORDER: tuple[FindingClass, ...] = (
    FindingClass.IMPOSTOR,
    FindingClass.MISSING,
    FindingClass.REDUNDANT,
    FindingClass.OFFICIAL_UNLISTED,
    FindingClass.UNVERIFIED,
    FindingClass.FAN,
    FindingClass.UNRELATED,
    FindingClass.OFFICIAL,
)
CLASS_LABELS: dict[str, str] = {
    "impostor": "Impostor",
    "missing": "Missing",
    "redundant": "Redundant",
    "official_unlisted": "Official, unlisted",
    "unverified": "Unverified",
    "fan": "Fan / parody",
    "unrelated": "Unrelated",
    "official": "Official",
}
SEVERITY_ORDER: tuple[Severity, ...] = (Severity.HIGH, Severity.MEDIUM, Severity.LOW)
STATUS_ORDER: tuple[Status, ...] = (
    Status.NEW,
    Status.CHANGED,
    Status.REOPENED,
    Status.UNCHANGED,
    Status.RESOLVED,
)
#: Classes drawn in the trend chart (the ones a reader acts on).
TREND_CLASSES: tuple[str, ...] = (
    "impostor",
    "missing",
    "redundant",
    "official_unlisted",
    "unverified",
)


def severity_rank(sev: Severity | str | None) -> int:
    """:attr:`Severity.rank` (high=3 .. low=1), 0 for none or an unknown word: sorts descending
    with ``-rank``. Accepts the plain string a stored finding carries."""
    if sev is None:
        return 0
    try:
        return Severity(str(sev)).rank
    except ValueError:
        return 0


def class_index(cls: FindingClass | str) -> int:
    try:
        return [c.value for c in CLASS_ORDER].index(str(cls))
    except ValueError:
        return len(CLASS_ORDER)


def finding_sort_key(f: Finding) -> tuple[int, int, str, str]:
    """The one deterministic order of findings everywhere (HTML, JSON, CSV):
    severity (high first, none last), class (action first), platform, handle."""
    return (-severity_rank(f.severity), class_index(f.cls), f.platform, f.handle.lower())


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (*finding_sort_key(f), f.handle))


# --------------------------------------------------------------------------- audit metadata


@dataclass(frozen=True)
class AuditSummary:
    """One earlier audit, for the trend: id, date and its counts by class."""

    audit_id: int | str
    date: str
    counts: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class AuditInfo:
    """What the report says about the audit itself. The caller supplies every timestamp, so
    rendering is deterministic (``generated_at`` defaults to ``finished_at``, then
    ``started_at``)."""

    audit_id: int | str
    started_at: str | None
    finished_at: str | None = None
    generated_at: str | None = None
    inventory_path: str | None = None
    organization: str | None = None  # defaults to the inventory's
    settings: Mapping[str, object] | Sequence[tuple[str, object]] = ()
    history: Sequence[AuditSummary] = ()  # used when build_view gets no history argument
    tool_version: str | None = None
    complete: bool = True
    dormant_days: int = 365  # an official account silent this long is flagged dormant
    #: discovery steps that could not run (``Store.coverage_gaps``: path, engine, reason,
    #: query, url, page); the report lists them so "nothing found" is never read as "clean"
    coverage_gaps: Sequence[Mapping[str, object]] = ()
    #: what the crawl did (``Store.crawl_summary``): requests, status_counts, probes,
    #: platforms [{name, title, probe_possible, probes, observations, api_search, web_search}]
    crawl: Mapping[str, object] | None = None


def summarize(audit_id: int | str, date: str, findings: Iterable[Finding]) -> AuditSummary:
    """The trend entry of an audit: counts by class, resolved findings left out."""
    counts = Counter(str(f.cls) for f in findings if f.status != Status.RESOLVED)
    return AuditSummary(audit_id, date, dict(sorted(counts.items())))


# --------------------------------------------------------------------------- neutralising


@dataclass(frozen=True)
class Seg:
    """A piece of untrusted text; ``flag`` set means an invisible/bidi character to show."""

    text: str
    flag: str | None = None


#: Either a plain string (nothing to mark, the common case) or marked segments.
Marked = str | tuple[Seg, ...]

_HANGUL_FILLERS = {"\u115f", "\u1160", "\u3164", "\uffa0"}


def _is_hidden(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return (cat in ("Cf", "Cc", "Zl", "Zp") and ch != "\t") or ch in _HANGUL_FILLERS


def mark_text(text: str | None) -> Marked | None:
    """Split out bidi overrides, zero-width and control characters so the template can show
    them as visible markers (``U+202E``) instead of letting them reorder or hide a name."""
    if text is None:
        return None
    text = str(text)
    if not has_hidden(text):
        return text
    segs: list[Seg] = []
    buf: list[str] = []
    for ch in text:
        if _is_hidden(ch):
            if buf:
                segs.append(Seg("".join(buf)))
                buf = []
            name = unicodedata.name(ch, "CONTROL CHARACTER")
            segs.append(Seg(f"U+{ord(ch):04X}", f"U+{ord(ch):04X} {name}"))
        else:
            buf.append(ch)
    if buf:
        segs.append(Seg("".join(buf)))
    return tuple(segs)


def has_hidden(text: str | None) -> bool:
    if not text:
        return False
    text = str(text)
    # Fast path: every hidden category (Cc, Cf, Zl, Zp) is non-printable for str.isprintable.
    if text.isprintable() and not any(ch in text for ch in _HANGUL_FILLERS):
        return False
    return any(_is_hidden(ch) for ch in text)


def plain(text: str | None) -> str:
    """Text with hidden characters replaced by ``[U+XXXX]``: for attributes and search."""
    if not text:
        return ""
    return "".join(f"[U+{ord(ch):04X}]" if _is_hidden(ch) else ch for ch in str(text))


def safe_url(url: str | None) -> str | None:
    """The URL if it is a plain absolute http(s) URL, else None (it is then shown as text).

    Rejects ``javascript:``, ``data:``, ``vbscript:``, scheme-relative ``//host``, credentials,
    whitespace and control characters (browsers strip those before parsing the scheme)."""
    if not url or not isinstance(url, str) or len(url) > 4096:
        return None
    if " " in url or not url.isprintable() or has_hidden(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    if parts.username or parts.password:
        return None
    return url


@dataclass(frozen=True)
class Link:
    """A link as printed: ``href`` only when :func:`safe_url` accepted it; otherwise the
    template prints ``text`` and the refused URL (``raw``) as inert text."""

    text: Marked
    href: str | None
    raw: Marked = ""


def make_link(url: str | None, text: str | None = None) -> Link | None:
    if not url:
        return None
    return Link(
        mark_text(text if text is not None else url) or "", safe_url(url), mark_text(url) or ""
    )


_DATA_URI = re.compile(r"data:image/(png|jpeg|gif|webp);base64,([A-Za-z0-9+/]+={0,2})\Z")
_MAGIC = {
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpeg": (b"\xff\xd8\xff",),
    "gif": (b"GIF87a", b"GIF89a"),
    "webp": (b"RIFF",),
}
MAX_THUMB_BYTES = 48_000
#: Action groups and side-by-sides list this many entries; the rest are in the full table and
#: findings.json. Keeps a 10,000-finding report readable and its file size sane.
ITEM_LIMIT = 200


def safe_avatar(uri: str | None) -> str | None:
    """The thumbnail data URI if it truly is a small base64 PNG/JPEG/GIF/WebP, else None."""
    if not uri or not isinstance(uri, str) or len(uri) > MAX_THUMB_BYTES * 4 // 3 + 40:
        return None
    m = _DATA_URI.match(uri)
    if not m:
        return None
    try:
        raw = base64.b64decode(m.group(2), validate=True)
    except (binascii.Error, ValueError):
        return None
    kind = m.group(1)
    if not raw.startswith(_MAGIC[kind]):
        return None
    if kind == "webp" and raw[8:12] != b"WEBP":
        return None
    return uri


# --------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class EvidenceView:
    signal: str
    value: Marked
    detail: Marked


@dataclass(frozen=True)
class ProfileCard:
    """One side of the side-by-side comparison."""

    title: str  # "Suspect" / "Official"
    platform: str
    handle: Marked
    display_name: Marked | None
    bio: Marked | None
    avatar: str | None  # vetted data URI
    link: Link | None
    followers: int | None = None
    created_at: str | None = None
    known: bool = True  # False when the official account was not observed this audit


@dataclass(frozen=True)
class FindingRow:
    anchor: str
    platform: str
    handle: Marked
    handle_plain: str
    display_name: Marked | None
    link: Link | None
    cls: str
    cls_label: str
    severity: str | None
    sev_rank: int
    score: float
    harm: float
    brand: str | None
    department: str | None
    owner: str | None
    status: str
    status_detail: Marked | None
    probe_state: str
    probe_reason: str | None
    triage: str | None
    triage_note: Marked | None
    evidence: tuple[EvidenceView, ...]
    discovered_via: tuple[str, ...]
    imitates: str | None
    imitates_anchor: str | None
    followers: int | None
    posts: int | None
    last_active: str | None
    avatar: str | None
    bio: Marked | None
    hidden_chars: bool  # name/handle/bio carry bidi or zero-width characters


@dataclass(frozen=True)
class Comparison:
    row: FindingRow
    suspect: ProfileCard
    official: ProfileCard


@dataclass(frozen=True)
class CountCell:
    key: str
    label: str
    count: int


@dataclass(frozen=True)
class GroupView:
    """One line of the by-department / by-brand / by-platform tables."""

    name: str
    counts: tuple[int, ...]  # aligned with ReportView.classes
    total: int
    high: int
    owner: str | None = None


@dataclass(frozen=True)
class HealthRow:
    brand: str
    platform: str
    handle: Marked
    link: Link | None
    department: str | None
    owner: str | None
    state: str  # class of its finding, or "not_checked"
    state_label: str
    followers: int | None
    posts: int | None
    last_active: str | None
    days_silent: int | None
    dormant: bool | None
    anchor: str | None


@dataclass(frozen=True)
class TrendBar:
    audit_id: str
    date: str
    x: float
    total: int
    parts: tuple[tuple[str, int, float, float], ...]  # (class, count, y, height)
    current: bool = False


@dataclass(frozen=True)
class TrendView:
    bars: tuple[TrendBar, ...]
    classes: tuple[CountCell, ...]  # legend (current counts)
    width: int
    height: int
    bar_width: float


@dataclass(frozen=True)
class ActionItem:
    row: FindingRow
    instruction: str
    snippet: str | None = None  # e.g. the inventory line to add


@dataclass(frozen=True)
class ActionGroup:
    key: str
    title: str
    description: str
    items: tuple[ActionItem, ...]  # at most ITEM_LIMIT, most severe first
    total: int = 0  # before the limit


@dataclass(frozen=True)
class ReportView:
    title: str
    organization: str
    audit_id: str
    started_at: str
    finished_at: str | None
    generated_at: str
    inventory_path: str | None
    tool_version: str | None
    complete: bool
    settings: tuple[tuple[str, str], ...]
    total: int
    class_counts: tuple[CountCell, ...]
    severity_counts: tuple[CountCell, ...]
    status_counts: tuple[CountCell, ...]
    headline: str
    trend: TrendView | None
    history: tuple[AuditSummary, ...]
    actions: tuple[ActionGroup, ...]
    resolved: tuple[FindingRow, ...]
    classes: tuple[CountCell, ...]  # column order of group tables
    by_department: tuple[GroupView, ...]
    by_brand: tuple[GroupView, ...]
    by_platform: tuple[GroupView, ...]
    health: tuple[HealthRow, ...]
    comparisons: tuple[Comparison, ...]  # at most ITEM_LIMIT
    comparisons_total: int
    rows: tuple[FindingRow, ...]
    filter_classes: tuple[CountCell, ...]
    filter_severities: tuple[CountCell, ...]
    filter_statuses: tuple[CountCell, ...]
    filter_platforms: tuple[CountCell, ...]
    coverage: CoverageView | None = None  # what could not be checked (reports/coverage.py)


# --------------------------------------------------------------------------- helpers


def _fmt_value(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, float):
        return f"{v:.2f}"
    return str(v)


def _parse_dt(s: str | None) -> datetime | None:
    if not s:
        return None
    try:
        d = datetime.fromisoformat(str(s).replace("Z", "+00:00"))
    except ValueError:
        return None
    return d if d.tzinfo else d.replace(tzinfo=UTC)


def _fields(f: Finding) -> ProfileFields | None:
    return f.observation.fields if f.observation is not None else None


def _canon(handle: str) -> str:
    return handle.strip().lstrip("@").lower()


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _inventory_line(f: Finding, inv: Inventory) -> str:
    dept = f.department if f.department and inv.department(f.department) else None
    parts = [f"platform: {f.platform}", f"handle: {plain(f.handle)}"]
    if dept:
        parts.append(f"department: {dept}")
    return "- {" + ", ".join(parts) + "}"


# --------------------------------------------------------------------------- build


def build_view(
    inventory: Inventory,
    findings: Sequence[Finding],
    audit: AuditInfo,
    history: Sequence[AuditSummary] = (),
) -> ReportView:
    """Everything the HTML report shows, computed up front (no template logic beyond loops).

    ``history`` lists earlier audits (oldest first) for the trend; when empty,
    ``audit.history`` is used."""
    # The caller may include the current audit in its history: this audit's own counts win.
    history = tuple(h for h in (history or audit.history) if str(h.audit_id) != str(audit.audit_id))
    ordered = sort_findings(findings)
    by_key: dict[tuple[str, str], Finding] = {}
    for f in ordered:
        by_key.setdefault((f.platform, _canon(f.handle)), f)

    # Anchors by position: two findings of one profile (a caller's bug) still get unique ids.
    anchors = {id(f): f"f{i + 1}" for i, f in enumerate(ordered)}
    anchors_canon: dict[tuple[str, str], str] = {}
    for f in ordered:
        anchors_canon.setdefault((f.platform, _canon(f.handle)), anchors[id(f)])
    audit_time = _parse_dt(audit.started_at)

    def owner_of(dept: str | None) -> str | None:
        d = inventory.department(dept)
        return d.owner if d else None

    def to_row(f: Finding) -> FindingRow:
        fl = _fields(f)
        imitates = f"{f.imitates[0]}:{f.imitates[1]}" if f.imitates else None
        imit_anchor = (
            anchors_canon.get((f.imitates[0], _canon(f.imitates[1]))) if f.imitates else None
        )
        return FindingRow(
            anchor=anchors[id(f)],
            platform=f.platform,
            handle=mark_text(f.handle) or "",
            handle_plain=plain(f.handle),
            display_name=mark_text(f.display_name),
            link=make_link(f.url, f.handle),
            cls=str(f.cls),
            cls_label=CLASS_LABELS.get(str(f.cls), str(f.cls)),
            severity=str(f.severity) if f.severity else None,
            sev_rank=severity_rank(f.severity),
            score=max(0.0, min(1.0, float(f.score))),
            harm=float(f.harm),
            brand=f.brand,
            department=f.department,
            owner=owner_of(f.department),
            status=str(f.status),
            status_detail=mark_text(f.status_detail),
            probe_state=str(f.probe_state),
            probe_reason=f.probe_reason,
            triage=str(f.triage.decision) if f.triage else None,
            triage_note=mark_text(f.triage.note) if f.triage and f.triage.note else None,
            evidence=tuple(
                EvidenceView(
                    e.signal, mark_text(_fmt_value(e.value)) or "", mark_text(e.detail) or ""
                )
                for e in f.evidence
            ),
            discovered_via=tuple(str(v) for v in f.discovered_via),
            imitates=imitates,
            imitates_anchor=imit_anchor,
            followers=fl.followers if fl else None,
            posts=fl.posts if fl else None,
            last_active=fl.last_active_at if fl else None,
            avatar=safe_avatar(fl.avatar_thumb) if fl else None,
            bio=mark_text(fl.bio) if fl and fl.bio else None,
            hidden_chars=has_hidden(f.handle)
            or has_hidden(f.display_name)
            or bool(fl and has_hidden(fl.bio)),
        )

    rows = tuple(to_row(f) for f in ordered)
    row_of = {id(f): r for f, r in zip(ordered, rows, strict=True)}
    live = [r for r in rows if r.status != Status.RESOLVED]
    resolved = tuple(r for r in rows if r.status == Status.RESOLVED)

    # ---- executive summary
    cls_counter = Counter(r.cls for r in live)
    sev_counter = Counter(r.severity for r in live if r.severity)
    status_counter = Counter(r.status for r in rows)
    class_counts = tuple(
        CountCell(str(c), CLASS_LABELS[str(c)], cls_counter.get(str(c), 0)) for c in CLASS_ORDER
    )
    severity_counts = tuple(
        CountCell(str(s), str(s).capitalize(), sev_counter.get(str(s), 0)) for s in SEVERITY_ORDER
    )
    status_counts = tuple(
        CountCell(str(s), str(s).capitalize(), status_counter.get(str(s), 0)) for s in STATUS_ORDER
    )
    headline = _headline(cls_counter, sev_counter, status_counter)

    # ---- trend
    current = AuditSummary(audit.audit_id, audit.started_at or "", dict(cls_counter))
    trend = _trend((*history, current)) if history else None

    # ---- action list
    actions = _actions(inventory, ordered, row_of)

    # ---- groups
    classes = tuple(c for c in class_counts if c.count)  # columns that are not all zero

    def group(key_of, owner_for=None) -> tuple[GroupView, ...]:
        buckets: dict[str, list[FindingRow]] = {}
        for r in live:
            buckets.setdefault(key_of(r), []).append(r)
        out = []
        for name in sorted(buckets, key=lambda k: (k.startswith("("), k.lower())):
            rs = buckets[name]
            c = Counter(r.cls for r in rs)
            out.append(
                GroupView(
                    name=name,
                    counts=tuple(c.get(cc.key, 0) for cc in classes),
                    total=len(rs),
                    high=sum(1 for r in rs if r.severity == "high"),
                    owner=owner_for(name) if owner_for else None,
                )
            )
        return tuple(out)

    by_department = group(lambda r: r.department or "(no department)", owner_of)
    by_brand = group(lambda r: r.brand or "(no brand)")
    by_platform = group(lambda r: r.platform)

    # ---- inventory health
    health = _health(inventory, by_key, anchors_canon, audit_time, audit.dormant_days, owner_of)

    # ---- side by side
    comparisons = _comparisons(ordered, rows, by_key, inventory)

    def opts(values: Iterable[str], order: Sequence[str], labels: Mapping[str, str]):
        c = Counter(values)
        keys = [k for k in order if k in c] + sorted(k for k in c if k not in order)
        return tuple(CountCell(k, labels.get(k, k), c[k]) for k in keys)

    settings_items = (
        audit.settings.items() if isinstance(audit.settings, Mapping) else audit.settings
    )
    organization = audit.organization or inventory.organization
    from .coverage import build_coverage  # here: coverage.py builds on this module's helpers

    coverage = build_coverage(audit.coverage_gaps, audit.crawl, findings)
    return ReportView(
        title=f"brandsweep audit {audit.audit_id}: {organization}",
        organization=organization,
        audit_id=str(audit.audit_id),
        started_at=audit.started_at or "—",
        finished_at=audit.finished_at,
        generated_at=audit.generated_at or audit.finished_at or audit.started_at or "—",
        inventory_path=audit.inventory_path,
        tool_version=audit.tool_version,
        complete=audit.complete,
        settings=tuple((str(k), _fmt_value(v)) for k, v in settings_items),
        total=len(live),
        class_counts=class_counts,
        severity_counts=severity_counts,
        status_counts=status_counts,
        headline=headline,
        trend=trend,
        history=history,
        actions=actions,
        resolved=resolved,
        classes=classes,
        by_department=by_department,
        by_brand=by_brand,
        by_platform=by_platform,
        health=health,
        comparisons=comparisons[:ITEM_LIMIT],
        comparisons_total=len(comparisons),
        rows=rows,
        filter_classes=opts((r.cls for r in rows), [str(c) for c in CLASS_ORDER], CLASS_LABELS),
        filter_severities=opts(
            (r.severity or "none" for r in rows),
            [*(str(s) for s in SEVERITY_ORDER), "none"],
            {"high": "High", "medium": "Medium", "low": "Low", "none": "None"},
        ),
        filter_statuses=opts(
            (r.status for r in rows),
            [str(s) for s in STATUS_ORDER],
            {str(s): str(s).capitalize() for s in STATUS_ORDER},
        ),
        filter_platforms=opts((r.platform for r in rows), [], {}),
        coverage=coverage,
    )


def _headline(cls: Counter, sev: Counter, status: Counter) -> str:
    parts = []
    if cls.get("impostor"):
        n = cls["impostor"]
        high = sev.get("high", 0)
        parts.append(_plural(n, "impostor") + (f" ({high} high severity)" if high else ""))
    for key, one, many in (
        ("missing", "declared account missing", "declared accounts missing"),
        ("redundant", "redundant channel", None),
        ("official_unlisted", "unlisted official account", None),
        ("unverified", "profile left unverified", "profiles left unverified"),
    ):
        if cls.get(key):
            parts.append(_plural(cls[key], one, many))
    if not parts:
        parts.append("no action needed")
    news = status.get("new", 0) + status.get("reopened", 0)
    tail = f"; {news} new or reopened since the previous audit" if news else ""
    return ", ".join(parts) + tail + "."


def _trend(audits: Sequence[AuditSummary]) -> TrendView:
    audits = list(audits)[-12:]
    width, height, pad_top, pad_bottom, left = 560, 190, 20, 34, 34
    plot_h = height - pad_top - pad_bottom
    slot = (width - left - 8) / max(len(audits), 1)
    bar_w = min(48.0, slot * 0.6)
    maxv = max((sum(a.counts.get(c, 0) for c in TREND_CLASSES) for a in audits), default=0) or 1
    bars = []
    for i, a in enumerate(audits):
        y = float(pad_top + plot_h)
        parts = []
        for c in TREND_CLASSES:
            n = int(a.counts.get(c, 0))
            if n:
                h = plot_h * n / maxv
                y -= h
                parts.append((c, n, round(y, 1), round(h, 1)))
        bars.append(
            TrendBar(
                audit_id=str(a.audit_id),
                date=str(a.date or "")[:10],
                x=round(left + i * slot + (slot - bar_w) / 2, 1),
                total=sum(int(a.counts.get(c, 0)) for c in TREND_CLASSES),
                parts=tuple(parts),
                current=i == len(audits) - 1,
            )
        )
    legend = tuple(
        CountCell(c, CLASS_LABELS[c], int(audits[-1].counts.get(c, 0))) for c in TREND_CLASSES
    )
    return TrendView(tuple(bars), legend, width, height, round(bar_w, 1))


def _actions(
    inv: Inventory, ordered: Sequence[Finding], row_of: Mapping[int, FindingRow]
) -> tuple[ActionGroup, ...]:
    def row(f: Finding) -> FindingRow:
        return row_of[id(f)]

    live = [f for f in ordered if f.status != Status.RESOLVED]

    def of(cls: FindingClass) -> list[Finding]:
        return [f for f in live if f.cls == cls]

    groups: list[ActionGroup] = []
    items = []
    for f in of(FindingClass.IMPOSTOR):
        if f.triage and str(f.triage.decision) in ("taken_down", "false_positive", "allow"):
            continue
        verb = (
            "Takedown already requested: follow up with the platform"
            if f.triage and f.triage.decision == "takedown_requested"
            else "Report to the platform as impersonation"
        )
        target = f" of {f.imitates[0]}:{f.imitates[1]}" if f.imitates else ""
        items.append(ActionItem(row(f), f"{verb}{target}."))
    groups.append(
        ActionGroup(
            "impostor",
            "Impostors to report",
            "Profiles that present themselves as the company. The command brandsweep evidence "
            "exports a takedown pack for each.",
            tuple(items[:ITEM_LIMIT]),
            len(items),
        )
    )
    items = []
    for f in of(FindingClass.REDUNDANT):
        d = inv.department(f.department)
        who = (
            f"{f.department} ({d.owner})" if d and d.owner else (f.department or "the brand owner")
        )
        items.append(ActionItem(row(f), f"Consolidate or retire: ask {who}."))
    groups.append(
        ActionGroup(
            "redundant",
            "Redundant channels to consolidate",
            "The company's own accounts that duplicate another, are long dormant, or sit "
            "outside the brand's platform strategy.",
            tuple(items[:ITEM_LIMIT]),
            len(items),
        )
    )
    items = [
        ActionItem(
            row(f), "Add to the inventory (see proposed_inventory.yaml).", _inventory_line(f, inv)
        )
        for f in of(FindingClass.OFFICIAL_UNLISTED)
    ]
    groups.append(
        ActionGroup(
            "official_unlisted",
            "Unlisted official accounts to add",
            "Evidence says these are the company's, but the inventory does not declare them.",
            tuple(items[:ITEM_LIMIT]),
            len(items),
        )
    )
    items = [
        ActionItem(
            row(f),
            "Declared but not found: confirm it was deleted or renamed, then update the inventory.",
        )
        for f in of(FindingClass.MISSING)
    ]
    groups.append(
        ActionGroup(
            "missing",
            "Declared accounts now missing",
            "Accounts in the inventory whose profile no longer exists at its address.",
            tuple(items[:ITEM_LIMIT]),
            len(items),
        )
    )
    items = [
        ActionItem(
            row(f),
            f"Check by hand: {f.probe_reason or 'the platform did not answer'}.",
        )
        for f in of(FindingClass.UNVERIFIED)
    ]
    groups.append(
        ActionGroup(
            "unverified",
            "Unverified: check by hand",
            "The platform refused or hid the profile (login wall, bot block, rate limit): "
            "not evidence of absence.",
            tuple(items[:ITEM_LIMIT]),
            len(items),
        )
    )
    return tuple(groups)


def _health(
    inv: Inventory,
    by_key: Mapping[tuple[str, str], Finding],
    anchors: Mapping[tuple[str, str], str],
    audit_time: datetime | None,
    dormant_days: int,
    owner_of,
) -> tuple[HealthRow, ...]:
    out = []
    for acc in inv.accounts:
        f = _finding_for(acc, by_key)
        fl = _fields(f) if f else None
        last = fl.last_active_at if fl else None
        last_dt = _parse_dt(last)
        days = (audit_time - last_dt).days if audit_time and last_dt else None
        dormant: bool | None = None
        if f is not None and any("dormant" in e.signal for e in f.evidence):
            dormant = True
        elif days is not None:
            dormant = days >= dormant_days
        state = str(f.cls) if f else "not_checked"
        out.append(
            HealthRow(
                brand=acc.brand,
                platform=acc.platform,
                handle=mark_text(acc.handle) or "",
                link=make_link(acc.url or (f.url if f else None), acc.handle),
                department=acc.department,
                owner=owner_of(acc.department),
                state=state,
                state_label=CLASS_LABELS.get(state, "Not checked"),
                followers=fl.followers if fl else None,
                posts=fl.posts if fl else None,
                last_active=last[:10] if last else None,
                days_silent=days,
                dormant=dormant,
                anchor=anchors.get((f.platform, _canon(f.handle))) if f else None,
            )
        )
    return tuple(out)


def _finding_for(acc: OfficialAccount, by_key: Mapping[tuple[str, str], Finding]) -> Finding | None:
    f = by_key.get((acc.platform, _canon(acc.handle)))
    if f is None and acc.url:
        url = acc.url.rstrip("/")
        f = next(
            (
                x
                for x in by_key.values()
                if x.platform == acc.platform and (x.url or "").rstrip("/") == url
            ),
            None,
        )
    return f


def _card(title: str, f: Finding) -> ProfileCard:
    fl = _fields(f)
    return ProfileCard(
        title=title,
        platform=f.platform,
        handle=mark_text(f.handle) or "",
        display_name=mark_text(f.display_name or (fl.display_name if fl else None)),
        bio=mark_text(fl.bio) if fl and fl.bio else None,
        avatar=safe_avatar(fl.avatar_thumb) if fl else None,
        link=make_link(f.url),
        followers=fl.followers if fl else None,
        created_at=fl.created_at[:10] if fl and fl.created_at else None,
    )


def _comparisons(
    ordered: Sequence[Finding],
    rows: Sequence[FindingRow],
    by_key: Mapping[tuple[str, str], Finding],
    inv: Inventory,
) -> tuple[Comparison, ...]:
    out = []
    for f, r in zip(ordered, rows, strict=True):
        if f.cls != FindingClass.IMPOSTOR or f.status == Status.RESOLVED:
            continue
        official: ProfileCard
        if f.imitates:
            of = by_key.get((f.imitates[0], _canon(f.imitates[1])))
            if of is not None:
                official = _card("Official", of)
            else:
                acc = next(
                    (
                        a
                        for a in inv.accounts
                        if a.platform == f.imitates[0] and _canon(a.handle) == _canon(f.imitates[1])
                    ),
                    None,
                )
                official = ProfileCard(
                    title="Official",
                    platform=f.imitates[0],
                    handle=mark_text(f.imitates[1]) or "",
                    display_name=mark_text(acc.brand) if acc else None,
                    bio=None,
                    avatar=None,
                    link=make_link(acc.url) if acc and acc.url else None,
                    known=False,
                )
        else:
            official = ProfileCard(
                title="Official",
                platform=f.platform,
                handle="(no single account imitated)",
                display_name=mark_text(f.brand),
                bio=None,
                avatar=None,
                link=None,
                known=False,
            )
        out.append(Comparison(r, _card("Suspect", f), official))
    return tuple(out)


__all__ = [
    "AuditInfo",
    "AuditSummary",
    "ReportView",
    "FindingRow",
    "build_view",
    "summarize",
    "safe_url",
    "safe_avatar",
    "mark_text",
    "sort_findings",
]
