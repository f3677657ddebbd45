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
import shlex
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from urllib.parse import urlsplit

from matching.classify import department_hint
from matching.classify import live_imitations as classify_live_imitations
from matching.index import shown_handle
from matching.models import (
    CrawlSummary,
    Evidence,
    Finding,
    FindingClass,
    HandleForm,
    Inventory,
    OfficialAccount,
    ProbeState,
    ProfileFields,
    Severity,
    SignalName,
    Status,
    Triage,
    Via,
)
from matching.normalise import plain_key

from .coverage import CoverageView, build_coverage, handle_forms, platform_titles
from .i18n import N_, NP_, Translator, instant
from .sentences import (
    CHOICE_LABELS,
    CLASS_LABELS,
    Num,
    Piece,
    Sentence,
    fill,
    overruled_class,
    probe_reason_text,
    sentence,
    text_of,
)
from .untrusted import (
    ITEM_LIMIT,
    Link,
    Marked,
    has_hidden,
    make_link,
    mark_text,
    plain,
    safe_url,
)

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
_CLASS_INDEX = {c.value: i for i, c in enumerate(CLASS_ORDER)}  # class_index: a sort key
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
    return _CLASS_INDEX.get(str(cls), len(CLASS_ORDER))


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
    #: the audit history's file: the report's "apply the decisions" command names it
    db_path: str | None = None
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
    crawl: CrawlSummary | Mapping[str, object] | None = None
    #: language of what a reviewer reads (``en``/``tr``) and the zone every time is shown in
    lang: str = "en"
    timezone: str = "UTC"
    #: why a partial audit (``complete=False``) stopped, as the store keeps it
    #: (``interrupted:SIGINT``, ``closespider_timeout``, ``crash:...``; None: unknown); the
    #: report's banner says it in words
    finish_reason: str | None = None
    #: every triage decision per profile ("platform:handle" -> oldest first): the case file
    #: the takedown groups of the action list print (confirmed -> requested -> taken down)
    triage_history: Mapping[str, Sequence[Triage]] = field(default_factory=dict)
    #: a re-rendered report: the decisions recorded after the audit finished that the
    #: findings now carry ("platform:handle" -> the newest), marked so in every view
    later_decisions: Mapping[str, Triage] = field(default_factory=dict)
    #: a report rendered as of the audit (``report --as-of-audit``, or an older audit): how
    #: many profiles have a decision recorded since that it does not show
    later_hidden: int = 0
    #: the folder this report is written into (absolute): the commands the report gives to
    #: re-render it name it (``out_arg``); None: not known (a placeholder the CLI refuses)
    out_dir: str | None = None
    #: the inventory's absolute path (``inventory_path`` is as it was typed): the command that
    #: continues an interrupted audit names it, to work from any folder
    inventory_file: str | None = None
    #: a resumed audit's runs before it was continued (``crawler.runner.earlier_runs``:
    #: requests, elapsed, finish_reason each): the crawl summary counts the last run only
    earlier_runs: Sequence[Mapping[str, object]] = ()
    #: a re-rendered report: every decision recorded after the audit finished, each
    #: profile's older ones too (``later_decisions`` holds the newest only): the case file
    #: marks each of them "after the audit", however it was made
    recorded_after: Collection[Triage] = ()


def summarize(audit_id: int | str, date: str, findings: Iterable[Finding]) -> AuditSummary:
    """The trend entry of an audit: counts by class, resolved findings left out."""
    counts = Counter(str(f.cls) for f in findings if f.status != Status.RESOLVED)
    return AuditSummary(audit_id, date, dict(sorted(counts.items())))


# --------------------------------------------------------------------------- thumbnails


_DATA_URI = re.compile(r"data:image/(png|jpeg|gif|webp);base64,([A-Za-z0-9+/]+={0,2})\Z")
_MAGIC = {
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpeg": (b"\xff\xd8\xff",),
    "gif": (b"GIF87a", b"GIF89a"),
    "webp": (b"RIFF",),
}
MAX_THUMB_BYTES = 48_000


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
# --------------------------------------------------------------------------- rows


@dataclass(frozen=True)
class EvidenceView:
    signal: str
    value: Marked
    detail: Marked
    #: the reader's sentence (template text and quoted values, see reports/sentences.py)
    sentence: Sentence = ()
    #: the tooltip: signal code, raw value and the matcher's own detail
    tip: str = ""
    #: read from what others show of the profile (a search result, a page linking it), not
    #: from its own page: the report marks the line and says what that means
    secondary: bool = False

    @property
    def text(self) -> str:
        return text_of(self.sentence)


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
    #: ``platform:handle`` as stored: the key of a decision (``triage --import``)
    key: str = ""
    #: the department was guessed by the matcher (not declared in the inventory)
    department_guessed: bool = False
    #: nothing the audit read says the guessed department (``department_unsaid``): the
    #: report says "not known" rather than show it
    department_unknown: bool = False
    severity_label: str = ""
    status_label: str = ""
    triage_label: str | None = None
    #: "recorded after the audit, 7 Dec 2026 10:05 by ayse": the decision is later than the
    #: audit (a re-rendered report shows it; the class and evidence are the audit's)
    triage_after: str | None = None
    probe_reason_text: str | None = None
    #: "handle taken: check by hand": the profile exists and the site shows nothing else
    #: (the lowest priority; the findings table gives it one line, not an evidence list)
    handle_taken: bool = False
    #: when the recorded decision was made (UTC, ISO 8601): the page sets aside a choice
    #: it kept in the browser that this decision has overtaken (imported, or decided since)
    triage_at: str | None = None


@dataclass(frozen=True)
class Comparison:
    row: FindingRow
    suspect: ProfileCard
    official: ProfileCard
    #: why this official account (same platform, or the brand's primary when it has none there)
    note: Sentence = ()
    same_platform: bool = True


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
    guessed: int = 0  # of total, how many carry a department the matcher guessed
    #: the language of ``name`` when it is not the page's: a department's or a brand's own
    #: name is in the inventory's language (``ReportView.inventory_lang``); None for the
    #: page's own words ("(no department)") and for platforms
    name_lang: str | None = None


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
    declared: bool = True
    department_guessed: bool = False
    department_unknown: bool = False  # as FindingRow's
    recommendation: str = ""


@dataclass(frozen=True)
class CellAccount:
    """One own account in a consolidation cell, with what to do about it."""

    handle: Marked
    link: Link | None
    state: str  # official | official_unlisted | redundant | missing | not_checked
    state_label: str
    rec: str  # keep | add | merge | close | create | review
    rec_text: Sentence
    anchor: str | None
    followers: int | None


@dataclass(frozen=True)
class ConsolidationCell:
    platform: str
    in_strategy: bool
    accounts: tuple[CellAccount, ...]
    rec: str  # the cell's headline recommendation key ("" = nothing to do)
    rec_text: Sentence


@dataclass(frozen=True)
class ConsolidationRow:
    brand: str
    cells: tuple[ConsolidationCell, ...]  # aligned with ReportView.consolidation_platforms


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
class CaseStep:
    """One triage decision in a profile's case file."""

    decision: str
    date: str  # in the report's zone
    by: str | None
    note: Marked | None
    after: bool = False  # recorded after the audit (a re-rendered report)


@dataclass(frozen=True)
class ActionItem:
    row: FindingRow
    instruction: str
    snippet: str | None = None  # e.g. the inventory line to add
    case: tuple[CaseStep, ...] = ()  # the triage decisions so far (takedown groups)
    days: int | None = None  # days since the current decision (takedown groups)


@dataclass(frozen=True)
class ActionGroup:
    key: str
    title: str
    description: str
    items: tuple[ActionItem, ...]  # at most ITEM_LIMIT, most urgent first
    total: int = 0  # before the limit
    #: the description with its commands quoted (the page prints them as code, untranslated)
    parts: Sentence = ()

    @property
    def secondary(self) -> bool:
        """Some item rests on secondary evidence (the group says what that means)."""
        return any(e.secondary for it in self.items for e in it.row.evidence)


@dataclass(frozen=True)
class OwnerList:
    """One department's own accounts to close, merge or add (redundant, unlisted official),
    with the owner to send them to; ``department`` None: the accounts whose department is not
    known (``department_unsaid``) or not given."""

    department: str | None
    owner: str | None
    accounts: tuple[HealthRow, ...]


def owner_lists(health: Sequence[HealthRow], inv: Inventory) -> tuple[OwnerList, ...]:
    """The own accounts to act on, per department with its owner (the inventory's order of
    departments; then the ones of no known department): what a compliance team sends each
    owner before consolidating channels."""
    buckets: dict[str | None, list[HealthRow]] = {}
    for h in health:
        if h.state in ("redundant", "official_unlisted"):
            dept = None if h.department_unknown else h.department
            buckets.setdefault(dept, []).append(h)
    order = [d.name for d in inv.departments]
    keys = sorted(buckets, key=lambda k: (k is None, order.index(k) if k in order else
                                          len(order), k or ""))
    def owner(name: str | None) -> str | None:
        d = inv.department(name) if name else None
        return d.owner or None if d else None

    return tuple(OwnerList(k, owner(k), tuple(buckets[k])) for k in keys)


@dataclass(frozen=True)
class Choice:
    """A triage decision offered in the page (value as ``triage --as`` spells it)."""

    value: str
    label: str


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
    filter_departments: tuple[CountCell, ...] = ()
    filter_brands: tuple[CountCell, ...] = ()
    filter_decisions: tuple[CountCell, ...] = ()
    #: the first few actions of the action list, for the summary (the first screen)
    top_actions: tuple[tuple[ActionGroup, ActionItem], ...] = ()
    #: own accounts to close, merge or add, per department with its owner
    owner_lists: tuple[OwnerList, ...] = ()
    #: a later audit's "First things to do" lists what is new since the previous audit first
    top_new_first: bool = False
    #: the command that applies the decisions exported from this page, ready to paste
    import_command: str = ""
    #: the time the audit classified at (--as-of), when it is not its start
    as_of: str | None = None

    @property
    def comparisons_secondary(self) -> bool:
        """Some compared profile rests on secondary evidence (the section says what it is)."""
        return any(e.secondary for c in self.comparisons for e in c.row.evidence)
    consolidation_platforms: tuple[str, ...] = ()
    consolidation: tuple[ConsolidationRow, ...] = ()
    choices: tuple[Choice, ...] = ()
    #: identifies this audit for the page's saved decisions (localStorage) and the export
    audit_key: str = ""
    started_at_iso: str = ""
    lang: str = "en"
    #: the inventory's language (its ``language:``) when it is not the page's: the names it
    #: gives (organization, brands, departments, owners) are marked with it, so a screen
    #: reader reads a Turkish department's name in a page in English as Turkish
    #: (:func:`other_language`); None when it says none or the same as the page
    inventory_lang: str | None = None
    timezone: str = "UTC"
    finish_reason: str | None = None  # why a partial audit stopped ("interrupted (SIGINT)")
    #: a resumed audit: how often it stopped, why, and what its earlier runs sent
    #: (``resumed_sentence``); None when it ran at one go
    resumed: str | None = None
    #: an interrupted audit's command to continue it (``resume_command``)
    resume_command: str = ""
    #: the platforms the by-platform table does not list, summed in one line: a table keeps
    #: the ITEM_LIMIT platforms with the most findings (a 10,000-site sweep has 10,000)
    by_platform_more: GroupView | None = None
    #: platform code -> its name as users know it, from the audit's catalog ("tiktok" ->
    #: "TikTok", a user's own entry its own title): what the page shows; codes stay the data
    platform_titles: Mapping[str, str] = field(default_factory=dict)
    #: a re-rendered report says which decisions it shows: the ones recorded after the audit
    #: (marked), or that it leaves them out (as of the audit), and the command for the other
    later_note: str | None = None
    #: the same with its command quoted (the page prints it as code)
    later_note_parts: Sentence = ()

    #: each own account's recommendation as the page says it ("merge into @brand", "close
    #: it: Pinterest is not in the brand's strategy"), keyed by ``(platform, lower-case
    #: handle)``: the proposed inventory's comments say the same next step
    advice: Mapping[tuple[str, str], str] = field(default_factory=dict)

    def platform_title(self, code: str) -> str:
        """``tiktok`` -> ``TikTok``; a platform the catalog did not record stays its code."""
        return self.platform_titles.get(code) or code


# --------------------------------------------------------------------------- helpers


#: the settings "About" lists, by the key the store keeps them under, with their option
SETTING_LABELS: dict[str, str] = {
    "as_of": N_("Classified as of (--as-of)"),
    "platforms": N_("Platforms (--platforms)"),
    "platforms_files": N_("Catalog files (--platforms-file)"),
    "sites_file": N_("Site list (--sites-file)"),
    "search_engine": N_("Web search engine (--search-engine)"),
    "max_variants": N_("Handle variants per platform and brand (--max-variants)"),
    "proxy": N_("Through a proxy (--proxy)"),
    "allow_private_network": N_("Private addresses allowed (--allow-private-network)"),
    "resolve": N_("Hosts sent to another address, not the public web (--resolve)"),
    "lang": N_("Language of the report (--lang)"),
    "words": N_("Your own words (--words)"),
    "words_digest": N_("Your own words: digest"),
    "credentials": N_("Credentials used"),
}


def _setting(tr: Translator, key: str, value: object) -> tuple[str, str]:
    """A stored setting as "About" shows it: its label (the option in brackets) and its value
    in the reader's words (yes/no, a date in the reader's zone, "all" platforms, a dash)."""
    label = tr.gettext(SETTING_LABELS[key]) if key in SETTING_LABELS else key
    if isinstance(value, bool):
        return label, tr.gettext("yes") if value else tr.gettext("no")
    if key == "as_of" and value:
        return label, tr.datetime(str(value))
    if key == "lang" and isinstance(value, str):  # 'tr' as the reader says it: Turkish, Türkçe
        from babel import Locale, UnknownLocaleError  # Babel's locale names: on use

        try:
            return label, str(Locale.parse(value.replace("-", "_")).get_display_name(tr.lang))
        except (UnknownLocaleError, ValueError):
            return label, value
    if key == "platforms" and not value:
        return label, tr.gettext("all")
    if isinstance(value, list | tuple):
        return label, ", ".join(str(v) for v in value) or "—"
    text = _fmt_value(value)
    return label, text if text != "" else "—"


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


def _utc(s: str | None) -> str | None:
    """``s`` in UTC, ``2026-11-20T11:30:00Z`` (what a browser's ``Date.parse`` reads), or
    None when it is no time."""
    d = _parse_dt(s)
    return d.astimezone(UTC).replace(tzinfo=None, microsecond=0).isoformat() + "Z" if d else None


def _fields(f: Finding) -> ProfileFields | None:
    return f.observation.fields if f.observation is not None else None


def _canon(handle: str) -> str:
    return handle.strip().lstrip("@").lower()


def _reach(f: Finding) -> int:
    fl = _fields(f)
    return fl.followers if fl and fl.followers else 0


#: reviewer decisions saying a profile is not an impostor to report (matching gives it the
#: reviewer's class: an impostor that keeps one was stored before that, or is one history
#: overruled, see :func:`still_cleared`)
CLEARED = frozenset({"false_positive", "allow", "fan", "official"})


def still_cleared(f: Finding) -> bool:
    """A reviewer cleared the profile and nothing since overrules it: history reopens a
    cleared profile that now shows impostor signals (a ``reopened`` sign), which is then
    reported again, not counted as cleared."""
    return (f.triage is not None and str(f.triage.decision) in CLEARED
            and not any(e.signal == SignalName.REOPENED for e in f.evidence))


def live_imitations(findings: Sequence[Finding]) -> list[Finding]:
    """The findings, an impostor whose ``imitates`` names a declared account this audit found
    gone naming the brand's live account on that platform instead
    (``matching.classify.live_imitations``, which classify applies at the root): applied again
    here so the findings of audits stored before it do not name the dead link."""
    return classify_live_imitations(findings, lambda platform, handle: (platform, _canon(handle)),
                                    lambda f: f.status != Status.RESOLVED)


def shown_imitations(findings: Sequence[Finding], inventory: Inventory) -> list[Finding]:
    """:func:`live_imitations`, each impostor's department following the account it is shown
    imitating (the report, the spreadsheet and the exports name one account and its team).

    The matcher gives an impostor the department of the declared account it first picks
    (unless the profile's own words name one, ``_support``); ``live_imitations`` may then
    name the brand's live account on that platform for a declared account found gone. Where
    the impostor's department is that of the account found gone and the account shown is a
    declared one with a department, the one shown is said. (An undeclared account shown,
    whose department is only the matcher's guess, leaves the impostor's as it is.) Class,
    severity and evidence stay as stored."""
    findings = live_imitations(findings)
    declared = {(a.platform, _canon(a.handle)): a for a in inventory.accounts}
    gone = {(f.platform, _canon(f.handle)) for f in findings
            if f.cls == FindingClass.MISSING and f.status != Status.RESOLVED}

    def shown(f: Finding) -> str | None:
        """The department of the declared account ``f`` is shown imitating, when it replaced
        a declared account found gone whose department the matcher gave ``f``; None to keep
        the matcher's (an undeclared account's department is itself only a guess)."""
        if f.cls != FindingClass.IMPOSTOR or not f.imitates or not f.department:
            return None
        key = (f.imitates[0], _canon(f.imitates[1]))
        acc = declared.get(key)
        if acc is None or not acc.department or acc.department == f.department:
            return None
        replaced = {a.department for k, a in declared.items()
                    if k != key and k in gone and a.platform == key[0]
                    and (f.brand is None or a.brand == f.brand)}
        return acc.department if f.department in replaced else None

    return [replace(f, department=d) if (d := shown(f)) else f for f in findings]


def evidence_tip(tr: Translator, signal: str, value: str, detail: str | None) -> str:
    """An evidence line's tooltip: the signal's code and raw value, then in English the
    matcher's own note. The note (and a value in words: a rule's name, a probe's reason) is
    English text the matcher builds, which no catalog holds: in another language the line's
    sentence says it, and the tooltip gives the code, with the value when it is a number."""
    if tr.lang == "en":
        return plain(f"{signal} {value}: {detail or ''}".strip())
    number = value.replace(".", "", 1).isdigit()
    code = f"{signal} {value}" if number else signal
    return plain(tr.gettext("signal code: {code}").format(code=code))


def later_decision(later: Mapping[str, Triage], f: Finding) -> Triage | None:
    """The decision on ``f``'s profile recorded after its audit (``later``: keyed
    "platform:handle" as the reviewer typed the handle, ``crawler.runner.later_decisions``),
    else None: the one lookup of the re-rendered report, its exports and
    :func:`with_later_decisions`."""
    if not later:
        return None
    return later.get(f"{f.platform}:{f.handle}") or later.get(f"{f.platform}:{f.handle.lower()}")


def shown_after_audit(later: Mapping[str, Triage], f: Finding) -> Triage | None:
    """``f``'s decision when it is the one recorded after the audit (the report marks it
    "recorded after the audit", the exports' ``triage_after_audit``), else None."""
    t = later_decision(later, f) if f.triage is not None else None
    return t if t is not None and t == f.triage else None


def with_later_decisions(findings: list[Finding], later: Mapping[str, Triage]) -> list[Finding]:
    """The audit's findings with the decisions recorded since in place of the ones they
    stored: class, severity and evidence stay the audit's (issue #9: history is never
    rewritten); the counts and the next steps of the report follow the decisions."""
    if not later:
        return findings
    return [replace(f, triage=t) if (t := later_decision(later, f)) is not None
            and f.triage != t else f for f in findings]


def after_text(tr: Translator, later: Mapping[str, Triage], f: Finding) -> str | None:
    """"recorded after the audit, 7 Dec 2026 10:05 by ayse" when ``f`` carries a decision
    recorded after its audit (``AuditInfo.later_decisions``), else None."""
    t = shown_after_audit(later, f)
    if t is None:
        return None
    date = tr.datetime(t.decided_at) if t.decided_at else "—"
    if t.by:
        return tr.gettext("recorded after the audit, {date} by {by}").format(date=date, by=t.by)
    return tr.gettext("recorded after the audit, {date}").format(date=date)


def later_note(tr: Translator, audit: AuditInfo, shown: int) -> Sentence:
    """The re-rendered report's word on the decisions recorded after its audit: how many it
    shows (marked; the audit's findings unchanged) and the command that renders it as it
    stood, or how many it leaves out and the command that adds them (each whole, to paste:
    this audit's database and number, a folder to write into; quoted parts, code on the
    page). Empty when there is none."""
    base = f"brandsweep report --db {_db_arg(audit.db_path)} --audit {audit.audit_id} --out "
    command = base + out_arg(tr, audit.out_dir)
    if shown:
        return fill(tr.ngettext(
            "{n} decision recorded after this audit is shown, marked “recorded after the "
            "audit”; classes, severities and evidence are the audit's own. To see the report "
            "as it stood: {command}",
            "{n} decisions recorded after this audit are shown, marked “recorded after the "
            "audit”; classes, severities and evidence are the audit's own. To see the report "
            "as it stood: {command}", shown), n=Num(tr.number(shown)),
            command=f"{base}{out_arg(tr, audit.out_dir, AS_IT_STOOD)} --as-of-audit")
    if audit.later_hidden:
        n = audit.later_hidden
        return fill(tr.ngettext(
            "This report shows the decisions as they stood when the audit finished: {n} "
            "profile has a decision recorded since (the newest audit's report shows it; "
            "{command} adds it here)",
            "This report shows the decisions as they stood when the audit finished: {n} "
            "profiles have a decision recorded since (the newest audit's report shows them; "
            "{command} adds them here)", n), n=Num(tr.number(n)),
            command=f"{command} --with-later-decisions")
    return ()


def import_command(audit: AuditInfo) -> str:
    """``brandsweep triage --db audits.db --import decisions-audit-7.json``: the decisions file
    the page exports (report.js names it so) and the database the audit is in, quoted to
    paste; ``FILE`` where the database is not known."""
    name = shlex.quote(f"decisions-audit-{audit.audit_id}.json")
    return f"brandsweep triage --db {_db_arg(audit.db_path)} --import {name}"


def packs_command(db_path: str | None) -> str:
    """``brandsweep evidence --db audits.db --all --as impostor_confirmed --out
    evidence-packs/``: the takedown packs of the impostors a reviewer confirmed, the next step
    the report's "Impostors to report" and the audit's summary both give."""
    return (f"brandsweep evidence --db {_db_arg(db_path)} --all --as impostor_confirmed "
            "--out evidence-packs/")


#: the folder beside the report's own a command writes the report as it stood into (the
#: report with the later decisions is not overwritten)
AS_IT_STOOD = "-as-it-stood"


def out_arg(tr: Translator, folder: str | None, suffix: str = "") -> str:
    """``--out``'s value in a command the user pastes: the report's real folder (``suffix``
    added: a folder beside it), quoted for the shell; when not known, ``'<FOLDER>'``, a
    placeholder the CLI refuses (``crawler.cli._is_placeholder``: typed as shown, ``FOLDER``
    wrote into a folder of that name)."""
    if folder:
        return shlex.quote(folder.rstrip("/\\") + suffix)
    return shlex.quote("<" + tr.gettext("FOLDER") + ">")  # no call inside an f-string:
    # Babel's extraction does not look into one (tests/test_catalog_extraction.py)


def _db_arg(db_path: str | None) -> str:
    return shlex.quote(db_path) if db_path else "FILE"


_SPAN_PUNCT = ".,;:!?\"'()[]{}“”‘’«»<>|/"


def _loose(text: str) -> str:
    """Lower case without accents, Turkish dotless i as i: enough to find the matcher's folded
    words (``matching.normalise.fold``, whose import costs a quarter second) in a bio."""
    text = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("İ", "i"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def bio_span(bio: str, term: str) -> str | None:
    """The words of ``bio`` the matcher folded to ``term``, as written ("Karakuş Hava Yolları"
    for its "karakus hava yollari"; "نسيم للتحويل" for its transliteration "nsym llthwyl",
    which no reader of either script can check); None when no run of words reads so."""
    words = bio.split()
    want = _loose(" ".join(term.split())).strip(_SPAN_PUNCT)
    found = _span(words, want, _loose)
    if found is None and want.isascii() and not bio.isascii():
        # another script: the matcher's own fold (its import costs a quarter second, paid
        # only for a bio in another script whose words the loose fold did not find)
        from matching.normalise import fold

        found = _span(words, want, fold)
    return found


def _span(words: Sequence[str], want: str, folded: Callable[[str], str]) -> str | None:
    n = len(want.split())
    for size in (n, n + 1, n - 1):
        for i in range(len(words) - size + 1) if size > 0 else ():
            span = " ".join(words[i:i + size]).strip(_SPAN_PUNCT)
            if span and " ".join(folded(span).split()).strip(_SPAN_PUNCT) == want:
                return span
    return None


def profile_text(f: Finding) -> str:
    """What the profile says, to quote the matcher's folded words as written: its bio and its
    display name, and what its search results show of it (a walled page's words come from
    there: 'ön ödemesi', not 'on odemesi')."""
    fl = _fields(f)
    shown = [e.detail for e in f.evidence
             if e.signal == SignalName.SEARCH_RESULT and e.detail]
    return " ".join(t for t in ((fl.bio if fl else None), f.display_name, *shown) if t)


def written_as(e: Evidence, text: str | None) -> Evidence:
    """``e`` with the words the matcher folded quoted as ``text`` (the profile's bio and
    name) writes them: a brand mention ("Karakuş Hava Yolları", not "karakus hava yollari")
    and scam wording ("çekiliş, kazananlar açıklandı", not "cekilis, kazananlar aciklandi");
    a word the text does not hold as such stays as the matcher wrote it."""
    if not text or not isinstance(e.value, str):
        return e
    if e.signal == SignalName.BRAND_MENTION:
        span = bio_span(text, e.value)
        return replace(e, value=span) if span else e
    if e.signal == SignalName.SCAM_WORDING:
        terms = e.value.split(", ")
        spans = [bio_span(text, t) or t for t in terms]
        return replace(e, value=", ".join(spans)) if spans != terms else e
    return e


def audit_clock(audit: AuditInfo) -> datetime | None:
    """The time the audit classified at: its ``--as-of`` when it had one (dormancy counted to
    it), else its start; what the report's "days silent" count to, as the evidence does."""
    settings = dict(audit.settings) if audit.settings else {}
    return _parse_dt(str(settings.get("as_of") or "") or None) or _parse_dt(audit.started_at)


#: what a "handle taken" finding may show besides its decision: how much the name is ours
_RESEMBLANCE = frozenset({SignalName.HANDLE_SIMILARITY, SignalName.DISPLAY_NAME_SIMILARITY})


def handle_taken(f: Finding) -> bool:
    """The profile exists and that is all the site shows ("handle taken: check by hand",
    matching/decide.py): unverified, found, decided on existence alone. matching/decide.py
    says so with its "existence only" rule, or with its "blank" rule (a page that shows
    nothing of its own) when nothing else was gathered: no page linking to it, no search
    result, only the name's resemblance to ours."""
    if f.cls != FindingClass.UNVERIFIED or f.probe_state != ProbeState.FOUND:
        return False
    decision = next((e.value for e in f.evidence if e.signal == SignalName.DECISION), None)
    return decision == "existence only" or (decision == "blank" and all(
        e.signal == SignalName.DECISION or e.signal in _RESEMBLANCE for e in f.evidence))


def urgency_key(f: Finding) -> tuple[int, int, float, str, str]:
    """Order inside an action group: severity (the band of harm), then reach (followers:
    an impostor 50,000 people see does more harm today than one 55 see), then harm itself."""
    return (-severity_rank(f.severity), -_reach(f), -float(f.harm), f.platform, f.handle.lower())


def department_unsaid(f: Finding, inv: Inventory) -> bool:
    """An own account's stored department that rests only on the path of a page carrying a
    site-wide link (a footer on every page, "/careers" included): what the matcher of an
    earlier version guessed, before :func:`matching.classify.department_hint` stopped reading
    such paths. The report re-rendering that audit says the department is not known rather
    than show the guess; an audit of this version stores no such department, so the report,
    findings.json, the CSV and the xlsx agree."""
    o = f.observation
    if not f.department or o is None or f.cls not in (
            FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT, FindingClass.OFFICIAL):
        return False
    if any(_canon(a.handle) == _canon(f.handle) and a.platform == f.platform
           for a in inv.accounts):
        return False  # the inventory says it
    keys = [plain_key(n) for b in inv.brands for n in b.names]
    if department_hint(inv, (), o, keys) == f.department:
        return False  # what the audit read says it
    # the earlier reading: every linking page's path as if it were the link's own text
    read_all = tuple(replace(s, detail=f"{s.detail} {urlsplit(s.source).path}")
                     if s.via == Via.OFFICIAL_SITE else s for s in o.sightings)
    return department_hint(inv, (), replace(o, sightings=read_all), keys) == f.department


def departments_as_said(findings: Sequence[Finding], inv: Inventory) -> Sequence[Finding]:
    """``findings`` as findings.json and the CSV give them: an earlier version's department
    that rests only on a site-wide link's page path (``department_unsaid``) is null there, as
    the report says "not known" (the same list when there is none)."""
    unsaid = {i for i, f in enumerate(findings) if department_unsaid(f, inv)}
    if not unsaid:
        return findings
    return [replace(f, department=None) if i in unsaid else f for i, f in enumerate(findings)]


def _inventory_line(f: Finding, inv: Inventory) -> str:
    dept = f.department if f.department and inv.department(f.department) else None
    if dept and department_unsaid(f, inv):
        dept = None
    parts = [f"platform: {f.platform}", f"handle: {plain(f.handle)}"]
    if dept:
        parts.append(f"department: {dept}")
    return "- {" + ", ".join(parts) + "}"


#: Triage decisions offered in the page, in the order a reviewer meets them.
SEVERITY_LABELS: dict[str, str] = {
    "high": N_("High"),
    "medium": N_("Medium"),
    "low": N_("Low"),
    "none": N_("None"),
}
STATUS_LABELS: dict[str, str] = {
    "new": N_("new"),
    "changed": N_("changed"),
    "reopened": N_("reopened"),
    "unchanged": N_("unchanged"),
    "resolved": N_("resolved"),
}
NOT_CHECKED = N_("Not checked")
#: Own classes: the company's accounts (what the consolidation view and health cover).
OWN_CLASSES = ("official", "official_unlisted", "redundant", "missing")


# --------------------------------------------------------------------------- build


def account_addresses(findings: Iterable[Finding]) -> dict[str, str]:
    """``platform:handle`` (lower case) -> the account's address as a reviewer reads and types
    it (``instagram.com/northwindcoffee``: its https URL without the scheme, ``www.`` and a
    final ``/``), from the audit's own findings: how the report names an account it cites
    (never brandsweep's notation when the audit has its address)."""
    return {f"{f.platform}:{f.handle}".lower(): _short_address(f.url) for f in findings
            if f.url and f.url.startswith("https://") and " " not in f.url}


def _short_address(url: str) -> str:
    """``https://www.instagram.com/x/`` -> ``instagram.com/x``."""
    bare = url.removeprefix("https://")
    return bare.removeprefix("www.").rstrip("/") or bare


def build_view(
    inventory: Inventory,
    findings: Sequence[Finding],
    audit: AuditInfo,
    history: Sequence[AuditSummary] = (),
) -> ReportView:
    """Everything the HTML report shows, computed up front (no template logic beyond loops).

    ``history`` lists earlier audits (oldest first) for the trend; when empty,
    ``audit.history`` is used. ``audit.lang`` and ``audit.timezone`` choose the language and
    the zone every time is shown in."""
    tr = Translator(audit.lang, audit.timezone)
    _ = tr.gettext
    # The caller may include the current audit in its history: this audit's own counts win.
    history = tuple(h for h in (history or audit.history) if str(h.audit_id) != str(audit.audit_id))
    findings = shown_imitations(findings, inventory)
    # the page's order: severity, class, then reach (the most followed first), platform, handle
    ordered = sorted(
        sort_findings(findings), key=lambda f: (-severity_rank(f.severity), class_index(f.cls),
                                                -_reach(f))
    )
    by_key: dict[tuple[str, str], Finding] = {}
    for f in ordered:
        by_key.setdefault((f.platform, _canon(f.handle)), f)
    declared = {(a.platform, _canon(a.handle)): a for a in inventory.accounts}

    # Anchors by position: two findings of one profile (a caller's bug) still get unique ids.
    anchors = {id(f): f"f{i + 1}" for i, f in enumerate(ordered)}
    anchors_canon: dict[tuple[str, str], str] = {}
    for f in ordered:
        anchors_canon.setdefault((f.platform, _canon(f.handle)), anchors[id(f)])
    audit_time = audit_clock(audit)

    def owner_of(dept: str | None) -> str | None:
        d = inventory.department(dept)
        return d.owner if d else None

    def not_ours(f: Finding) -> bool:
        return f.cls == FindingClass.UNRELATED and guessed(f)

    def guessed(f: Finding) -> bool:
        if not f.department:
            return False
        acc = declared.get((f.platform, _canon(f.handle)))
        return acc is None or acc.department != f.department

    address = account_addresses(ordered)
    # a platform named by its title ("X (Twitter)"; a bare "x" reads as a letter), from the
    # audit's catalog: a user's own platform by its own title
    titles = platform_titles(audit.crawl)

    def quoted(signal: str, p: Piece) -> Piece:
        """A value the sentence quotes, as the reader knows it: an account it cites by its
        address, the platform outside the strategy by its title (a name in the sentence, as
        the action line says it, not a quotation: 'Pinterest is not in ...')."""
        if p.quoted and p.text.lower() in address:
            return Piece(address[p.text.lower()], True)
        if p.quoted and signal == "outside_strategy" and p.text in titles:
            return Piece(titles[p.text])
        return p

    def ev_view(e: Evidence, text: str | None = None, was: str | None = None) -> EvidenceView:
        value = _fmt_value(e.value)
        # the matcher's folded words ("karakus hava yollari"): quoted as the profile writes them
        said = written_as(e, text)
        return EvidenceView(
            e.signal,
            mark_text(value) or "",
            mark_text(e.detail) or "",
            # an account it cites ("the official account youtube:x") by its address, as the
            # action line and the evidence pack name it
            tuple(quoted(e.signal, p) for p in sentence(tr, said, was)),
            evidence_tip(tr, e.signal, value, e.detail),
            secondary=(e.detail or "").startswith("secondary: ") and e.signal != "decision",
        )

    def to_row(f: Finding) -> FindingRow:
        fl = _fields(f)
        taken = handle_taken(f)
        was = overruled_class(f.evidence)  # a reviewer changed the class: the audit's own
        text = profile_text(f)  # to quote the matcher's folded words as the profile writes them
        # as the report names every account (platform, then handle), not platform:handle
        imitates = (f"{titles.get(f.imitates[0]) or f.imitates[0]} {f.imitates[1]}"
                    if f.imitates else None)
        imit_anchor = (
            anchors_canon.get((f.imitates[0], _canon(f.imitates[1]))) if f.imitates else None
        )
        triage = str(f.triage.decision) if f.triage else None
        sev = str(f.severity) if f.severity else None
        return FindingRow(
            anchor=anchors[id(f)],
            platform=f.platform,
            handle=mark_text(f.handle) or "",
            handle_plain=plain(f.handle),
            display_name=mark_text(f.display_name),
            link=make_link(f.url, f.handle),
            cls=str(f.cls),
            cls_label=_(CLASS_LABELS.get(str(f.cls), str(f.cls))),
            severity=sev,
            sev_rank=severity_rank(f.severity),
            score=max(0.0, min(1.0, float(f.score))),
            harm=float(f.harm),
            brand=f.brand,
            # somebody else's profile belongs to no department of ours (the matcher's guess
            # was the department of the account it resembles)
            department=None if not_ours(f) else f.department,
            # a department nothing says has no owner to ask (``department_unsaid``)
            owner=None if not_ours(f) or department_unsaid(f, inventory)
            else owner_of(f.department),
            status=str(f.status),
            status_detail=mark_text(status_detail_text(tr, f.status_detail)),
            probe_state=str(f.probe_state),
            probe_reason=f.probe_reason,
            triage=triage,
            triage_note=mark_text(f.triage.note) if f.triage and f.triage.note else None,
            # a taken handle's row prints one line, not its signals (the spreadsheet builds
            # their sentences itself): 10,000 of them need not carry 20,000 evidence views
            evidence=() if taken else tuple(ev_view(e, text, was) for e in f.evidence),
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
            key=f"{f.platform}:{plain(f.handle)}",
            department_guessed=guessed(f),
            department_unknown=department_unsaid(f, inventory),
            severity_label=_(SEVERITY_LABELS[sev]) if sev in SEVERITY_LABELS else "",
            status_label=_(STATUS_LABELS.get(str(f.status), str(f.status))),
            triage_label=_(CHOICE_LABELS[triage]) if triage in CHOICE_LABELS else triage,
            triage_after=after_text(tr, audit.later_decisions, f),
            triage_at=_utc(f.triage.decided_at) if f.triage else None,
            probe_reason_text=probe_reason_text(tr, f.probe_reason) if f.probe_reason else None,
            handle_taken=taken,
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
        CountCell(str(c), _(CLASS_LABELS[str(c)]), cls_counter.get(str(c), 0)) for c in CLASS_ORDER
    )
    severity_counts = tuple(
        CountCell(str(s), _(SEVERITY_LABELS[str(s)]), sev_counter.get(str(s), 0))
        for s in SEVERITY_ORDER
    )
    status_counts = tuple(
        CountCell(str(s), _(STATUS_LABELS[str(s)]).capitalize(), status_counter.get(str(s), 0))
        for s in STATUS_ORDER
    )
    # no earlier audit and every finding new: this is the first (statuses say there was one)
    first = not history and bool(rows) and all(r.status == "new" for r in rows)
    cleared = sum(1 for f in ordered if f.status != Status.RESOLVED
                  and f.cls == FindingClass.IMPOSTOR and still_cleared(f))
    headline = _headline(tr, cls_counter, sev_counter, status_counter, first, cleared)

    # ---- trend
    current = AuditSummary(audit.audit_id, audit.started_at or "", dict(cls_counter))
    trend = _trend(tr, (*history, current)) if history else None

    # ---- consolidation (before the action list: its recommendations feed it)
    platforms_c, consolidation, recs = _consolidation(
        tr, inventory, ordered, by_key, anchors_canon, titles, handle_forms(audit.crawl)
    )

    # ---- action list
    actions = _actions(tr, inventory, ordered, row_of, recs, _parse_dt(audit.started_at),
                       audit.triage_history,
                       after=audit.finished_at
                       if audit.later_decisions or audit.recorded_after else None,
                       audit=audit)
    # a later audit: a reviewer's first question is what is new since the last one
    periodic = bool(history) or any(r.status != Status.NEW for r in rows)
    top = first_things(actions, periodic)

    # ---- groups
    classes = tuple(c for c in class_counts if c.count)  # columns that are not all zero

    own_lang = other_language(inventory.language, tr.lang)

    def group(rs_all, key_of, owner_for=None, lang=None, placeholder=None
              ) -> tuple[GroupView, ...]:
        buckets: dict[str, list[FindingRow]] = {}
        for r in rs_all:
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
                    # the departments the matcher guessed: said beside a department only
                    # ("Poyraz (27 guessed)" in the brand table read as guessed brands)
                    guessed=sum(1 for r in rs if r.department_guessed) if owner_for else 0,
                    name_lang=lang if name != placeholder else None,
                )
            )
        return tuple(out)

    # Departments own accounts, and the impostors of those accounts; a fan page, a namesake or
    # an unverifiable profile belongs to no department, whatever the matcher guessed.
    dept_rows = [
        r
        for r in live
        if r.cls in OWN_CLASSES or (r.cls == "impostor" and r.imitates and r.department)
    ]
    no_dept = "(" + _("no department") + ")"
    # a department nothing says is no department (the report says "not known" at the row)
    by_department = group(dept_rows, lambda r: (r.department if not r.department_unknown
                                                else None) or no_dept, owner_of,
                          lang=own_lang, placeholder=no_dept)
    no_brand = "(" + _("no brand") + ")"
    by_brand = group(live, lambda r: r.brand or no_brand, lang=own_lang, placeholder=no_brand)
    by_platform, by_platform_more = _top_groups(
        group(live, lambda r: titles.get(r.platform) or r.platform), len(classes))

    # ---- inventory health: every own account, declared or found
    health = _health(
        tr, inventory, ordered, by_key, anchors_canon, audit_time, audit.dormant_days, owner_of,
        recs, guessed,
    )

    # ---- side by side
    comparisons, comparisons_total = _comparisons(tr, ordered, rows, by_key, inventory,
                                                  titles=titles)

    def opts(values: Iterable[str], order: Sequence[str], labels: Mapping[str, str]):
        c = Counter(values)
        keys = [k for k in order if k in c] + sorted(k for k in c if k not in order)
        return tuple(CountCell(k, _(labels[k]) if k in labels else k, c[k]) for k in keys)

    settings_items = (
        audit.settings.items() if isinstance(audit.settings, Mapping) else audit.settings
    )
    organization = audit.organization or inventory.organization
    coverage = build_coverage(audit.coverage_gaps, audit.crawl, findings, tr=tr)
    choice_labels = {**CHOICE_LABELS, "undecided": N_("Undecided")}
    decided = Counter(r.triage or "undecided" for r in rows)
    note = later_note(tr, audit, sum(1 for r in rows if r.triage_after))
    return ReportView(
        title=_("brandsweep audit {id}: {organization}").format(
            id=audit.audit_id, organization=organization
        ),
        organization=organization,
        audit_id=str(audit.audit_id),
        started_at=tr.datetime(audit.started_at) if audit.started_at else "—",
        finished_at=tr.datetime(audit.finished_at) if audit.finished_at else None,
        generated_at=tr.datetime(audit.generated_at or audit.finished_at or audit.started_at),
        inventory_path=audit.inventory_path,
        import_command=import_command(audit),
        tool_version=audit.tool_version,
        complete=audit.complete,
        settings=tuple(_setting(tr, str(k), v) for k, v in settings_items),
        as_of=tr.datetime(str(dict(settings_items).get("as_of")))
        if dict(settings_items).get("as_of") else None,
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
        by_platform_more=by_platform_more,
        health=health,
        comparisons=comparisons,
        comparisons_total=comparisons_total,
        rows=rows,
        filter_classes=opts((r.cls for r in rows), [str(c) for c in CLASS_ORDER], CLASS_LABELS),
        filter_severities=opts(
            (r.severity or "none" for r in rows),
            [*(str(s) for s in SEVERITY_ORDER), "none"],
            SEVERITY_LABELS,
        ),
        # capitalised as the other filters' labels and the breakdown's ("New", not "new")
        filter_statuses=tuple(replace(c, label=c.label[:1].upper() + c.label[1:]) for c in opts(
            (r.status for r in rows), [str(s) for s in STATUS_ORDER], STATUS_LABELS
        )),
        # by the name shown, as a reader looks for it
        filter_platforms=tuple(sorted((replace(c, label=titles.get(c.key) or c.key)
                                       for c in opts((r.platform for r in rows), [], {})),
                                      key=lambda c: c.label.casefold())),
        coverage=coverage,
        filter_departments=opts((r.department for r in rows if r.department), [], {}),
        filter_brands=opts((r.brand for r in rows if r.brand), [], {}),
        # every decision is offered (one made in the page must be filterable), counted as
        # recorded in the database
        filter_decisions=tuple(
            CountCell(k, _(choice_labels[k]), decided.get(k, 0))
            for k in [*CHOICE_LABELS, "undecided"]
        ),
        top_actions=tuple(top),
        owner_lists=owner_lists(health, inventory),
        top_new_first=periodic and any(is_fresh(it.row) for _g, it in top),
        consolidation_platforms=platforms_c,
        consolidation=consolidation,
        choices=tuple(Choice(k, _(v)) for k, v in CHOICE_LABELS.items()),
        audit_key=f"{audit.audit_id}@{audit.started_at or ''}",
        started_at_iso=audit.started_at or "",
        lang=tr.lang,
        inventory_lang=own_lang,
        timezone=tr.timezone,
        finish_reason=None if audit.complete else partial_sentence(tr, audit.finish_reason),
        resumed=resumed_sentence(tr, audit.earlier_runs),
        resume_command="" if audit.complete else resume_command(audit),
        platform_titles=titles,
        advice={k: text_of(text) for k, (_rec, text) in recs.items()},
        later_note=text_of(note) or None,
        later_note_parts=note,
    )


def other_language(text_lang: str | None, page_lang: str) -> str | None:
    """``text_lang`` (a BCP 47 tag, as the inventory's ``language:`` gives it) when it names
    another language than the page's (``tr-TR`` in a ``tr`` page is the same), else None: the
    ``lang`` a text of the inventory carries in the page."""
    if not text_lang:
        return None
    primary = text_lang.replace("_", "-").split("-")[0].lower()
    return None if primary == page_lang.split("-")[0].lower() else text_lang


#: Actions the summary repeats so the first screen says what to do first.
TOP_ACTIONS = 3


def is_fresh(row: FindingRow) -> bool:
    """New since the previous audit, or back after it had gone (reopened)."""
    return row.status in (Status.NEW, Status.REOPENED)


def first_things(actions: Sequence[ActionGroup], periodic: bool, limit: int = TOP_ACTIONS
                 ) -> list[tuple[ActionGroup, ActionItem]]:
    """The summary's "First things to do": the most urgent items of the action list (not
    what could not be checked); in a later audit (``periodic``) the ones new since the
    previous audit (or reopened) first, each group's order kept."""
    items = [(g, it) for g in actions if g.key != "unverified" for it in g.items]
    if periodic:
        items = ([x for x in items if is_fresh(x[1].row)]
                 + [x for x in items if not is_fresh(x[1].row)])
    return items[:limit]


def _top_groups(groups: tuple[GroupView, ...], columns: int, limit: int = ITEM_LIMIT
                ) -> tuple[tuple[GroupView, ...], GroupView | None]:
    """The ``limit`` groups with the most findings (in their order), the rest summed in one
    group named by how many it holds."""
    if len(groups) <= limit:
        return groups, None
    keep = {id(g) for g in sorted(groups, key=lambda g: (-g.total, -g.high))[:limit]}
    rest = [g for g in groups if id(g) not in keep]
    more = GroupView(
        name=str(len(rest)),
        counts=tuple(sum(g.counts[i] for g in rest) for i in range(columns)),
        total=sum(g.total for g in rest), high=sum(g.high for g in rest),
    )
    return tuple(g for g in groups if id(g) in keep), more


def _headline(tr: Translator, cls: Counter, sev: Counter, status: Counter,
              first: bool = False, cleared: int = 0) -> str:
    """The summary's sentence of counts; ``first``: no earlier audit to compare with, so
    "34 new since the previous audit" would count a previous audit there never was;
    ``cleared``: impostors a reviewer decided are not (history overruled the decision), which
    the action list leaves out, so the counts add up."""
    n_ = tr.ngettext
    parts = []
    if cls.get("impostor"):
        n = cls["impostor"]
        high = sev.get("high", 0)
        text = n_("{n} impostor", "{n} impostors", n).format(n=tr.number(n))
        if high:
            text += " " + n_("({n} high severity)", "({n} high severity)", high).format(
                n=tr.number(high)
            )
        if cleared:
            text += ", " + n_("{n} of them cleared by a reviewer",
                              "{n} of them cleared by a reviewer", cleared).format(
                n=tr.number(cleared))
        parts.append(text)
    for key, pair in (
        ("missing", NP_("{n} declared account missing", "{n} declared accounts missing")),
        ("redundant", NP_("{n} redundant channel", "{n} redundant channels")),
        (
            "official_unlisted",
            NP_("{n} unlisted official account", "{n} unlisted official accounts"),
        ),
        ("unverified", NP_("{n} profile left unverified", "{n} profiles left unverified")),
    ):
        if cls.get(key):
            parts.append(n_(*pair, cls[key]).format(n=tr.number(cls[key])))
    if not parts:
        parts.append(tr.gettext("no action needed"))
    news = status.get("new", 0) + status.get("reopened", 0)
    tail = (
        "; "
        + n_(
            "{n} new or reopened since the previous audit",
            "{n} new or reopened since the previous audit",
            news,
        ).format(n=tr.number(news))
        if news
        else ""
    )
    # what else the previous audit would tell a reader: what changed, what is gone
    others = [n_(*pair, status[key]).format(n=tr.number(status[key])) for key, pair in (
        ("changed", NP_("{n} changed", "{n} changed")),
        ("resolved", NP_("{n} resolved", "{n} resolved"))) if status.get(key)]
    if others and news:
        tail += ", " + ", ".join(others)
    elif others:
        tail = "; " + tr.gettext("{changes} since the previous audit").format(
            changes=", ".join(others))
    if first:
        tail = "; " + tr.gettext("the first audit of this inventory (nothing to compare with "
                                 "yet)")
    text = ", ".join(parts) + tail + "."
    return text[:1].upper() + text[1:]


def _trend(tr: Translator, audits: Sequence[AuditSummary]) -> TrendView:
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
                date=tr.date(str(a.date)) if a.date else "",
                x=round(left + i * slot + (slot - bar_w) / 2, 1),
                total=sum(int(a.counts.get(c, 0)) for c in TREND_CLASSES),
                parts=tuple(parts),
                current=i == len(audits) - 1,
            )
        )
    legend = tuple(
        CountCell(c, tr.gettext(CLASS_LABELS[c]), int(audits[-1].counts.get(c, 0)))
        for c in TREND_CLASSES
    )
    return TrendView(tuple(bars), legend, width, height, round(bar_w, 1))


#: the history's fixed words about a status (matching/history.py), translated
_STATUS_DETAILS: dict[str, str] = {
    "not seen in this audit (deleted, renamed or taken down)":
        N_("not seen in this audit (deleted, renamed or taken down)"),
    "the platform says it no longer exists": N_("the platform says it no longer exists"),
    "reappeared after being resolved": N_("reappeared after being resolved"),
    "no longer found": N_("no longer found"),
    "avatar changed": N_("avatar changed"),
    "marked taken down, but the profile is back (gone in the previous audit)":
        N_("marked taken down, but the profile is back (gone in the previous audit)"),
    "marked taken down, but the profile is back (still there)":
        N_("marked taken down, but the profile is back (still there)"),
    "not swept in this audit (--platforms): as of the previous audit":
        N_("not swept in this audit (--platforms): as of the previous audit"),
    "sighted in this audit but not checked: as of the previous audit":
        N_("sighted in this audit but not checked: as of the previous audit"),
}
#: how matching/history.py ends the detail of a finding it carried over from the previous
#: audit (a platform not swept, a profile sighted but never read): nothing of it is this
#: audit's own reading
AS_OF_PREVIOUS = ": as of the previous audit"


def carried_over(f: Finding) -> bool:
    """A finding this audit did not read, kept as the previous audit had it."""
    return f.status == Status.UNCHANGED and (f.status_detail or "").endswith(AS_OF_PREVIOUS)
_CHANGE = re.compile(r"(class|severity) (\w+) -> (\w+)")
#: the fields a change names (matching/history.py), as the reader calls them
_CHANGED_FIELDS = (("display name", N_("display name")), ("bio", N_("bio")),
                   ("links", N_("links")), ("probe", N_("probe")))


def status_detail_text(tr: Translator, detail: str | None) -> str | None:
    """What changed, in the report's language: the history's fixed phrases and its class and
    severity changes are translated, anything quoting the page (a new bio) stays as it is."""
    if not detail or tr.lang == "en":
        return detail
    _ = tr.gettext
    out = []
    for part in detail.split("; "):
        m = _CHANGE.fullmatch(part)
        if part in _STATUS_DETAILS:
            out.append(_(_STATUS_DETAILS[part]))
        elif m and m.group(1) == "class":
            out.append(_("class {old} -> {new}").format(
                old=_(CLASS_LABELS.get(m.group(2), m.group(2))),
                new=_(CLASS_LABELS.get(m.group(3), m.group(3)))))
        elif m:
            out.append(_("severity {old} -> {new}").format(
                old=_(SEVERITY_LABELS.get(m.group(2), m.group(2))),
                new=_(SEVERITY_LABELS.get(m.group(3), m.group(3)))))
        else:
            word = next((w for prefix, w in _CHANGED_FIELDS if part.startswith(prefix + " ")),
                        None)
            # the field's name in the reader's words; the quoted old and new values as they are
            out.append(_(word) + part[len(word):] if word else part)
    return "; ".join(out)


def resumed_sentence(tr: Translator, runs: Sequence[Mapping[str, object]]) -> str | None:
    """"Resumed after 1 stop (the crawl was interrupted (SIGINT)): 931 requests were sent
    before; the figures below count the last run": a resumed audit's report says it ran in
    parts, so its requests are not read as the whole audit's. None for one run."""
    if not runs:
        return None
    counts = [r.get("requests") for r in runs]
    sent = sum(n for n in counts if isinstance(n, int))
    why = ", ".join(dict.fromkeys(_stopped_by(tr, str(r.get("finish_reason") or ""))
                                  for r in runs))
    if not any(isinstance(n, int) for n in counts):
        return tr.ngettext(
            "Resumed after {n} stop ({why}): the run before stopped before it could count "
            "its requests; the crawl figures count the last run.",
            "Resumed after {n} stops ({why}): the runs before stopped before they could count "
            "their requests; the crawl figures count the last run.", len(runs)).format(
            n=tr.number(len(runs)), why=why)
    if not all(isinstance(n, int) for n in counts):
        # a run killed outright (SIGKILL, power cut) never wrote its count: "0 requests were
        # sent" would be false, so the sentence says what is known
        return tr.ngettext(
            "Resumed after {n} stop ({why}): at least {sent} requests were sent before it (a "
            "run stopped before it could count them); the crawl figures count the last run.",
            "Resumed after {n} stops ({why}): at least {sent} requests were sent before them "
            "(a run stopped before it could count them); the crawl figures count the last "
            "run.", len(runs)).format(n=tr.number(len(runs)), why=why, sent=tr.number(sent))
    return tr.ngettext(
        "Resumed after {n} stop ({why}): {sent} requests were sent before it; the crawl "
        "figures count the last run.",
        "Resumed after {n} stops ({why}): {sent} requests were sent before them; the crawl "
        "figures count the last run.", len(runs)).format(
        n=tr.number(len(runs)), why=why, sent=tr.number(sent))


def _stopped_by(tr: Translator, reason: str) -> str:
    """``interrupted (SIGINT)``, ``time limit``, ``crash``: a stop in a few words."""
    kind, _sep, detail = reason.partition(":")
    if kind == "interrupted":
        return tr.gettext("interrupted ({signal})").format(signal=(detail.split() or ["?"])[0])
    if reason == "closespider_timeout":
        return tr.gettext("time limit")
    if kind == "crash":
        return tr.gettext("crash")
    return reason or tr.gettext("not known")


def resume_command(audit: AuditInfo) -> str:
    """The command that continues an interrupted audit, to paste: its inventory, database and
    folder, and the options it must be continued with (``--as-of``, ``--words``) or could not
    crawl without (``--platforms``, ``--resolve``, ``--allow-private-network``), from its
    settings."""
    settings = dict(audit.settings) if audit.settings else {}
    parts = ["brandsweep", "audit", audit.inventory_file or audit.inventory_path or "INVENTORY"]
    if audit.db_path:
        parts += ["--db", audit.db_path]
    if audit.out_dir:
        parts += ["--out", audit.out_dir]
    platforms = settings.get("platforms")
    if isinstance(platforms, list | tuple) and platforms:
        parts += ["--platforms", ",".join(str(p) for p in platforms)]
    if settings.get("as_of"):
        parts += ["--as-of", str(settings["as_of"])]
    if settings.get("words"):
        parts += ["--words", str(settings["words"])]
    for pair in str(settings.get("resolve") or "").split(", "):
        if pair:
            parts += ["--resolve", pair]
    if settings.get("allow_private_network"):
        parts.append("--allow-private-network")
    return shlex.join([*parts, "--resume"])


def partial_sentence(tr: Translator, reason: str | None) -> str:
    """Why a partial audit's crawl stopped, in words (the banner of its report)."""
    _ = tr.gettext
    kind, _sep, detail = (reason or "").partition(":")
    if not reason or reason == "unknown":
        return _("The crawl ended without saying why (killed, or still running).")
    if kind == "interrupted":
        return _("The crawl was interrupted ({signal}).").format(
            signal=(detail.split() or ["?"])[0])
    if kind == "crash":
        return _("The crawl crashed ({error}).").format(error=detail.strip())
    if reason == "closespider_timeout":
        return _("The crawl stopped at the time limit for the audit.")
    if reason == "coordinator_gone":
        return _("The crawl lost its Redis coordinator.")
    return _("The crawl did not finish ({reason}).").format(reason=reason)


def takedowns_failed(findings: Iterable[Finding]) -> list[Finding]:
    """Impostors recorded ``taken_down`` that are up again (history reopened them) or still
    up: the takedown did not hold. On the action list in every audit while it lasts (the
    terminal summary counts the same list)."""
    return [
        f
        for f in findings
        if f.cls == FindingClass.IMPOSTOR
        and f.status != Status.RESOLVED
        and f.triage is not None
        and str(f.triage.decision) == "taken_down"
        and (f.status == Status.REOPENED or str(f.probe_state) == "found")
        # "found" as of the previous audit says nothing of the takedown: not "still up"
        and not carried_over(f)
    ]


def takedowns_in_progress(findings: Iterable[Finding]) -> list[Finding]:
    """Impostors with a takedown requested, not gone yet: follow up with the platform."""
    return [
        f
        for f in findings
        if f.cls == FindingClass.IMPOSTOR
        and f.status != Status.RESOLVED
        and f.triage is not None
        and str(f.triage.decision) == "takedown_requested"
    ]


def _impostors_text(tr: Translator, audit: AuditInfo | None, undecided: bool) -> Sentence:
    """What "Impostors to report" says to do, as the audit's summary does (the same commands,
    this audit's database): decide the undecided first, then pack only those confirmed
    (``evidence --all`` alone would pack the undecided too), and once reported record it.
    The commands are quoted parts (code on the page); none ends a sentence, since a full stop
    pasted with it would be part of a path."""
    _ = tr.gettext
    db = audit.db_path if audit else None
    if undecided:
        step = _("Decide each one first (its Decision column, then {triage}), then write the "
                 "takedown packs of those you confirmed with {command} and report them to the "
                 "platform.")
    else:
        step = _("Write the takedown packs of those you confirmed with {command} and report "
                 "them to the platform.")
    return (
        Piece(_("Profiles that present themselves as the company, most harmful and most "
                "followed first.") + " "),
        *fill(step, triage=import_command(audit) if audit else "brandsweep triage --import FILE",
              command=packs_command(db)),
        Piece(" "),
        # what comes after the report: without it the next audit lists it here again
        *fill(_("Once reported, record the decision “Takedown requested” (in this page or with "
                "{command}): the next audit follows it up."),
              command=f"brandsweep triage --db {_db_arg(db)} " + _("PLATFORM:HANDLE")
              + " --as takedown_requested"),
    )


def _actions(
    tr: Translator,
    inv: Inventory,
    ordered: Sequence[Finding],
    row_of: Mapping[int, FindingRow],
    recs: Mapping[tuple[str, str], tuple[str, Sentence]],
    now: datetime | None = None,
    history: Mapping[str, Sequence[Triage]] | None = None,
    after: str | None = None,
    audit: AuditInfo | None = None,
) -> tuple[ActionGroup, ...]:
    """The action list, most urgent group first: failed takedowns, impostors to report (by
    severity, then reach), takedowns in progress, own channels to consolidate, unlisted own
    accounts to add, declared accounts missing, and last what could not be checked."""
    _ = tr.gettext
    forms = handle_forms(audit.crawl) if audit is not None else {}

    def row(f: Finding) -> FindingRow:
        return row_of[id(f)]

    live = sorted((f for f in ordered if f.status != Status.RESOLVED), key=urgency_key)

    def of(cls: FindingClass) -> list[Finding]:
        return [f for f in live if f.cls == cls]

    def decision(f: Finding) -> str | None:
        return str(f.triage.decision) if f.triage else None

    # the account an impostor imitates, as a reviewer names it on the platform's form: its
    # address there (the audit's own finding of it), brandsweep's platform:handle only when
    # the audit has no https address for it
    address = account_addresses(ordered)

    def target(f: Finding) -> str:
        if not f.imitates:
            return ""
        ref = f"{f.imitates[0]}:{f.imitates[1]}"
        return address.get(ref.lower(), ref)

    def group(key: str, title: str, desc: str | Sentence, items: list[ActionItem]) -> ActionGroup:
        if isinstance(desc, str):
            return ActionGroup(key, title, desc, tuple(items[:ITEM_LIMIT]), len(items))
        return ActionGroup(key, title, text_of(desc), tuple(items[:ITEM_LIMIT]), len(items),
                           parts=desc)

    impostors = of(FindingClass.IMPOSTOR)
    failed = takedowns_failed(impostors)
    in_progress = takedowns_in_progress(impostors)
    cases = history or {}
    # recorded after the audit though made before its end (imported late): after it too
    late = (set(audit.later_decisions.values()) | set(audit.recorded_after)
            if audit is not None else set())
    end = instant(after) if after else None

    def case(f: Finding) -> tuple[CaseStep, ...]:
        steps = cases.get(f"{f.platform}:{f.handle}") or ((f.triage,) if f.triage else ())
        # oldest first by the instant each was made (times in any offset)
        return tuple(
            CaseStep(_(CHOICE_LABELS.get(str(t.decision), str(t.decision))),
                     tr.datetime(t.decided_at) if t.decided_at else "—", t.by,
                     mark_text(t.note) if t.note else None,
                     after=end is not None and (instant(t.decided_at) > end or t in late))
            for t in sorted(steps, key=lambda t: instant(t.decided_at))
        )

    def days(f: Finding) -> int | None:
        then = _parse_dt(f.triage.decided_at if f.triage else None)
        return max(0, (now - then).days) if then and now else None

    def progress_instr(f: Finding) -> str:
        n = days(f)
        if n is None:
            return _("Takedown already requested: follow up with the platform.")
        if n == 0:  # not "0 days ago"
            return _("Takedown requested today, still live: follow up with the platform.")
        return tr.ngettext(
            "Takedown requested %(num)s day ago, still live: follow up with the platform.",
            "Takedown requested %(num)s days ago, still live: follow up with the platform.",
            n,
        ) % {"num": n}
    skip = {id(f) for f in failed + in_progress}
    to_report = [
        f
        for f in impostors
        if id(f) not in skip and decision(f) != "taken_down" and not still_cleared(f)
    ]

    def imp_instr(f: Finding, template: str, plain_template: str) -> str:
        t = target(f)
        return _(template).format(target=t) if t else _(plain_template)

    groups: list[ActionGroup] = [
        group(
            "takedown_failed",
            _("Takedowns that failed"),
            _(
                "Profiles recorded as taken down that are online again: report them again and "
                "escalate with the evidence pack."
            ),
            [
                ActionItem(
                    row(f),
                    imp_instr(
                        f,
                        N_("Report again to the platform: it still imitates {target}."),
                        N_("Report again to the platform: it is online again."),
                    ),
                    case=case(f),
                    days=days(f),
                )
                for f in failed
            ],
        ),
        group(
            "impostor",
            _("Impostors to report"),
            _impostors_text(tr, audit, undecided=any(f.triage is None for f in to_report)),
            [
                ActionItem(
                    row(f),
                    imp_instr(
                        f,
                        N_("Report to the platform as impersonation of {target}."),
                        N_("Report to the platform as impersonation."),
                    ),
                    case=case(f) if f.triage else (),
                )
                for f in to_report
            ],
        ),
        group(
            "in_progress",
            _("Takedowns in progress"),
            _("Takedowns already requested: follow up with the platform until they are done."),
            [
                ActionItem(row(f), progress_instr(f), case=case(f), days=days(f))
                for f in in_progress
            ],
        ),
    ]
    items = []
    for f in of(FindingClass.REDUNDANT):
        d = inv.department(f.department)
        who = f"{f.department} ({d.owner})" if d and d.owner else (f.department or "")
        rec = recs.get((f.platform, _canon(f.handle)))
        what = text_of(rec[1]) if rec else _("consolidate or retire it")
        if row(f).department_unknown:  # not the guessed department's owner (its row says so)
            text = _("{what}: which department runs it is not known: ask the departments' "
                     "owners.").format(what=what)
        elif who:
            text = _("{what}: ask {who}.").format(what=what, who=who)
        else:
            text = _("{what}: ask the brand owner.").format(what=what)
        items.append(ActionItem(row(f), text[:1].upper() + text[1:]))
    groups.append(
        group(
            "redundant",
            _("Own channels to consolidate"),
            _(
                "The company's own accounts that duplicate another, are long dormant, or sit "
                "outside the brand's platform strategy."
            ),
            items,
        )
    )
    groups.append(
        group(
            "official_unlisted",
            _("Unlisted official accounts to add"),
            _("Evidence says these are the company's, but the inventory does not declare them."),
            [
                ActionItem(
                    row(f),
                    _("Add to the inventory (see proposed_inventory.yaml)."),
                    _inventory_line(f, inv),
                )
                for f in of(FindingClass.OFFICIAL_UNLISTED)
            ],
        )
    )
    unlisted = of(FindingClass.OFFICIAL_UNLISTED)

    def missing_instr(f: Finding) -> str:
        """A declared account gone, and an unlisted one of the brand found on the platform:
        perhaps renamed. Said as a lead to check, never as a fact; not another department's
        account (a marketing account gone is no careers account renamed)."""
        heirs = [u for u in unlisted if u.platform == f.platform and u.brand == f.brand
                 and (not f.department or not u.department or u.department == f.department)]
        if len(heirs) == 1:
            return _(
                "Declared but not found: the brand's unlisted account {handle} on this "
                "platform may be it, renamed; confirm, then update the inventory."
            ).format(handle=shown_handle(heirs[0].platform, heirs[0].handle, forms))
        return _(
            "Declared but not found: confirm it was deleted or renamed, then update "
            "the inventory."
        )

    groups.append(
        group(
            "missing",
            _("Declared accounts now missing"),
            _("Accounts in the inventory whose profile no longer exists at its address."),
            [ActionItem(row(f), missing_instr(f)) for f in of(FindingClass.MISSING)],
        )
    )
    groups.append(
        group(
            "unverified",
            _("Unverified: check by hand"),
            _(
                "The platform refused or hid the profile (login wall, bot block, rate limit), "
                "or its page shows only that the handle exists: not evidence of absence, nor "
                "of innocence."
            ),
            [
                ActionItem(
                    row(f),
                    # found, but its page shows nothing to compare: no platform refused it
                    _("Check by hand: the profile exists, but its page shows nothing to "
                      "compare with the brand.")
                    if f.probe_state == ProbeState.FOUND
                    else _("Check by hand: {reason}.").format(
                        reason=probe_reason_text(tr, f.probe_reason)
                    ),
                )
                for f in of(FindingClass.UNVERIFIED)
            ],
        )
    )
    return tuple(groups)


def _days_silent(f: Finding | None, audit_time: datetime | None) -> int | None:
    fl = _fields(f) if f else None
    last_dt = _parse_dt(fl.last_active_at if fl else None)
    return (audit_time - last_dt).days if audit_time and last_dt else None


def _health(
    tr: Translator,
    inv: Inventory,
    ordered: Sequence[Finding],
    by_key: Mapping[tuple[str, str], Finding],
    anchors: Mapping[tuple[str, str], str],
    audit_time: datetime | None,
    dormant_days: int,
    owner_of,
    recs: Mapping[tuple[str, str], tuple[str, Sentence]],
    guessed,
) -> tuple[HealthRow, ...]:
    """Every own account: the declared ones (found or not), then the ones the audit found
    that the inventory does not declare (unlisted official and redundant)."""
    _ = tr.gettext

    def row(
        brand: str, platform: str, handle: str, url: str | None, department: str | None,
        f: Finding | None, is_declared: bool,
    ) -> HealthRow:
        fl = _fields(f) if f else None
        last = fl.last_active_at if fl else None
        days = _days_silent(f, audit_time)
        dormant: bool | None = None
        if f is not None and any(e.signal == SignalName.DORMANT for e in f.evidence):
            dormant = True
        elif days is not None:
            dormant = days >= dormant_days
        state = str(f.cls) if f else "not_checked"
        rec = recs.get((platform, _canon(handle)))
        unknown = bool(f is not None and not is_declared and department_unsaid(f, inv))
        return HealthRow(
            brand=brand,
            platform=platform,
            handle=mark_text(handle) or "",
            link=make_link(url or (f.url if f else None), handle),
            department=department,
            owner=None if unknown else owner_of(department),
            state=state,
            state_label=_(CLASS_LABELS.get(state, NOT_CHECKED)),
            followers=fl.followers if fl else None,
            posts=fl.posts if fl else None,
            last_active=tr.date(last) if last else None,
            days_silent=days,
            dormant=dormant,
            anchor=anchors.get((f.platform, _canon(f.handle))) if f else None,
            declared=is_declared,
            department_guessed=bool(f is not None and not is_declared and guessed(f)),
            department_unknown=unknown,
            recommendation=text_of(rec[1]) if rec else "",
        )

    out = []
    seen: set[tuple[str, str]] = set()
    for acc in inv.accounts:
        f = _finding_for(acc, by_key)
        if f is not None:
            seen.add((f.platform, _canon(f.handle)))
        seen.add((acc.platform, _canon(acc.handle)))
        out.append(row(acc.brand, acc.platform, acc.handle, acc.url, acc.department, f, True))
    for f in ordered:
        k = (f.platform, _canon(f.handle))
        if k in seen or str(f.cls) not in ("official_unlisted", "redundant", "official"):
            continue
        if f.status == Status.RESOLVED:
            continue
        seen.add(k)
        out.append(row(f.brand or "", f.platform, f.handle, f.url, f.department, f, False))
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


def _consolidation(
    tr: Translator,
    inv: Inventory,
    ordered: Sequence[Finding],
    by_key: Mapping[tuple[str, str], Finding],
    anchors: Mapping[tuple[str, str], str],
    titles: Mapping[str, str] | None = None,
    forms: Mapping[str, HandleForm] | None = None,
) -> tuple[
    tuple[str, ...],
    tuple[ConsolidationRow, ...],
    dict[tuple[str, str], tuple[str, Sentence]],
]:
    """Brand x platform: which own accounts exist where, against each brand's strategy.

    Per account: keep (official), add (official but undeclared), merge into the primary
    (a second account of the brand on one platform), close (outside the strategy, or dormant
    with no other account to merge into), create (the strategy names the platform and the
    brand has no account there), review (declared but missing). Returns the platform columns,
    the rows, and each account's recommendation keyed by ``(platform, canonical handle)``."""
    _ = tr.gettext
    live = [f for f in ordered if f.status != Status.RESOLVED]
    own: dict[tuple[str, str], list[tuple[str, Finding | None, OfficialAccount | None]]] = {}
    seen: set[tuple[str, str]] = set()
    for b in inv.brands:
        for acc in b.accounts:
            f = _finding_for(acc, by_key)
            own.setdefault((b.name, acc.platform), []).append(
                (f.handle if f else acc.handle, f, acc)
            )
            seen.add((acc.platform, _canon(acc.handle)))
            if f is not None:
                seen.add((f.platform, _canon(f.handle)))
    for f in live:
        if str(f.cls) not in ("official_unlisted", "redundant", "official") or not f.brand:
            continue
        k = (f.platform, _canon(f.handle))
        if k in seen:
            continue
        seen.add(k)
        own.setdefault((f.brand, f.platform), []).append((f.handle, f, None))

    brands = [b.name for b in inv.brands]
    for name, _p in own:
        if name not in brands:
            brands.append(name)
    strategy = {b.name: tuple(b.strategy) for b in inv.brands}
    platforms: list[str] = []
    for b in inv.brands:
        for p in b.strategy:
            if p not in platforms:
                platforms.append(p)
    for _b, p in sorted(own):
        if p not in platforms:
            platforms.append(p)

    recs: dict[tuple[str, str], tuple[str, Sentence]] = {}
    rows = []
    for brand in brands:
        cells = []
        for p in platforms:
            accounts = own.get((brand, p), [])
            has_strategy = bool(strategy.get(brand))
            in_strategy = p in strategy.get(brand, ())

            def state_of(f: Finding | None) -> str:
                return str(f.cls) if f is not None else "not_checked"

            keepers = [a for a in accounts if state_of(a[1]) in ("official", "official_unlisted")]
            keepers.sort(key=lambda a: -(_reach(a[1]) if a[1] else 0))
            primary = keepers[0][0] if keepers else None
            views = []
            for handle, f, decl in accounts:
                st = state_of(f)
                fl = _fields(f) if f is not None else None
                if st == "official":
                    rec, text = "keep", fill(_("keep"))
                elif st == "official_unlisted":
                    rec, text = "add", fill(_("keep, and add it to the inventory"))
                elif st == "redundant":
                    if has_strategy and not in_strategy:
                        rec, text = "close", fill(
                            _("close it: {platform} is not in the brand's strategy"),
                            platform=(titles or {}).get(p, p),
                        )
                    elif primary and _canon(primary) != _canon(handle):
                        rec, text = "merge", fill(_("merge into {primary}"),
                                           primary=shown_handle(p, primary, forms))
                    else:
                        rec, text = "close", fill(_("close it or bring it back to life"))
                elif st == "missing":
                    rec, text = "review", fill(
                        _("confirm it was deleted or renamed, then update the inventory")
                    )
                elif st == "unverified" and f is not None:
                    # it was checked: the platform hid it (a wall) or showed nothing of it
                    rec, text = "review", fill(
                        _("check by hand: {reason}"), reason=_unverified_reason(tr, f))
                else:
                    rec, text = "review", fill(_("not checked in this audit"))
                recs[(p, _canon(handle))] = (rec, text)
                views.append(
                    CellAccount(
                        handle=mark_text(shown_handle(p, handle, forms)) or "",
                        link=make_link(f.url if f else (decl.url if decl else None),
                                       shown_handle(p, handle, forms)),
                        state=st,
                        state_label=_(CLASS_LABELS.get(st, NOT_CHECKED)),
                        rec=rec,
                        rec_text=text,
                        anchor=anchors.get((p, _canon(handle))),
                        followers=fl.followers if fl else None,
                    )
                )
            live_accounts = [v for v in views if v.state in ("official", "official_unlisted")]
            if not views and in_strategy:
                cell_rec, cell_text = "create", fill(_("create an account: the strategy names it"))
            elif not live_accounts and any(
                v.state in ("unverified", "not_checked") for v in views
            ):
                # a declared account the platform hid (LinkedIn's wall): not a missing one
                cell_rec, cell_text = "review", fill(
                    _("check by hand: the audit could not see the account")
                )
            elif in_strategy and not live_accounts and views:
                cell_rec, cell_text = "create", fill(
                    _("no working account: create one or restore the declared one")
                )
            elif views and has_strategy and not in_strategy:
                cell_rec, cell_text = "close", fill(_("outside the strategy"))
            else:
                worst = next(
                    (v for v in views if v.rec in ("merge", "close", "review", "add")), None
                )
                cell_rec, cell_text = (worst.rec, worst.rec_text) if worst else ("", ())
                if not views:
                    cell_rec, cell_text = "", ()
                elif not worst:
                    cell_rec, cell_text = "keep", fill(_("keep"))
            cells.append(
                ConsolidationCell(p, in_strategy, tuple(views), cell_rec, cell_text)
            )
        rows.append(ConsolidationRow(brand, tuple(cells)))
    return tuple(platforms), tuple(rows), recs


def _unverified_reason(tr: Translator, f: Finding) -> str:
    """Why an unverified profile needs a look by hand, as the action list says it."""
    if f.probe_state == ProbeState.FOUND:
        return tr.gettext("the profile exists, but its page shows nothing to compare with the "
                          "brand")
    return probe_reason_text(tr, f.probe_reason)


def _card(tr: Translator, title: str, f: Finding) -> ProfileCard:
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
        created_at=tr.date(fl.created_at) if fl and fl.created_at else None,
    )


def _declared_card(tr: Translator, acc: OfficialAccount) -> ProfileCard:
    return ProfileCard(
        title=tr.gettext("Official"),
        platform=acc.platform,
        handle=mark_text(acc.handle) or "",
        display_name=mark_text(acc.brand),
        bio=None,
        avatar=None,
        link=make_link(acc.url) if acc.url else None,
        known=False,
    )


def _comparisons(
    tr: Translator,
    ordered: Sequence[Finding],
    rows: Sequence[FindingRow],
    by_key: Mapping[tuple[str, str], Finding],
    inv: Inventory,
    limit: int = ITEM_LIMIT,
    titles: Mapping[str, str] | None = None,
) -> tuple[tuple[Comparison, ...], int]:
    """Each impostor beside the official account a platform's reviewer would compare it
    with: the brand's own account on the same platform; where the brand has none there, its
    primary account (the most followed one found, else the first declared), saying so.
    The first ``limit`` of them, and how many there are."""
    _ = tr.gettext

    def title(platform: str) -> str:
        return (titles or {}).get(platform, platform)

    # the company's own accounts (a channel to retire too: an impostor may imitate it, and
    # its action names it), official ones first wherever one is chosen
    official_found = [
        f for f in ordered
        if str(f.cls) in ("official", "official_unlisted", "redundant") and f.brand
    ]
    # indexes instead of a scan per impostor (thousands of impostors x thousands of accounts)
    position = {id(f): i for i, f in enumerate(official_found)}
    found_by: dict[tuple[str | None, str], list[Finding]] = {}
    for o in official_found:
        found_by.setdefault((o.brand, o.platform), []).append(o)
    found_by_brand: dict[str | None, list[Finding]] = {}
    found_at: dict[tuple[str, str], Finding] = {}
    for o in official_found:
        found_by_brand.setdefault(o.brand, []).append(o)
        found_at.setdefault((o.platform, _canon(o.handle)), o)
    declared_at: dict[tuple[str, str], OfficialAccount] = {}
    declared_by: dict[tuple[str, str], OfficialAccount] = {}
    first_declared: dict[str, OfficialAccount] = {}
    for a in inv.accounts:
        declared_at.setdefault((a.platform, _canon(a.handle)), a)
        declared_by.setdefault((a.brand, a.platform), a)
        first_declared.setdefault(a.brand, a)
    primaries: dict[str, tuple[Finding | None, OfficialAccount | None]] = {}
    total = 0  # impostors beyond ``limit``

    def brand_of(f: Finding) -> str | None:
        if f.brand:
            return f.brand
        if f.imitates:
            acc = declared_at.get((f.imitates[0], _canon(f.imitates[1])))
            return acc.brand if acc else None
        return None

    def primary(brand: str) -> tuple[Finding | None, OfficialAccount | None]:
        if brand not in primaries:
            mine = found_by_brand.get(brand, [])
            found = ([f for f in mine if str(f.cls) == "official"]
                     or [f for f in mine if str(f.cls) != "redundant"] or mine)
            if found:
                primaries[brand] = (
                    max(found, key=lambda f: (_reach(f), -position[id(f)])), None)
            else:
                primaries[brand] = (None, first_declared.get(brand))
        return primaries[brand]

    out: list[Comparison] = []
    for f, r in zip(ordered, rows, strict=True):
        if f.cls != FindingClass.IMPOSTOR or f.status == Status.RESOLVED:
            continue
        if len(out) >= limit:  # the page shows ITEM_LIMIT; the rest are only counted
            total += 1
            continue
        brand = brand_of(f)
        official: ProfileCard | None = None
        note: Sentence = ()
        same = True
        if brand:
            # the account it imitates first (its action names it), then the official one
            imitated = (f.imitates[0], _canon(f.imitates[1])) if f.imitates else None
            here = sorted(found_by.get((brand, f.platform), ()),
                          key=lambda o: ((o.platform, _canon(o.handle)) != imitated,
                                         str(o.cls) != "official", str(o.cls) == "redundant",
                                         -_reach(o)))
            if here:
                official = _card(tr, _("Official"), here[0])
                note = fill(
                    _("Compared with {brand}'s official account on the same platform."),
                    brand=brand,
                )
            else:
                acc_here = declared_by.get((brand, f.platform))
                if acc_here is not None:
                    official = _declared_card(tr, acc_here)
                    note = fill(
                        _(
                            "Compared with {brand}'s declared account on the same platform, "
                            "which this audit did not see."
                        ),
                        brand=brand,
                    )
                else:
                    same = False
                    copied = found_at.get((f.imitates[0], _canon(f.imitates[1]))) \
                        if f.imitates else None
                    pf, pacc = primary(brand)
                    if copied is not None and copied is not pf:
                        # the account whose avatar it copies: the one its action names
                        official = _card(tr, _("Official (the account it copies)"), copied)
                        where = ""
                        note = fill(
                            _(
                                "{brand} has no official account on {platform}: compared with "
                                "the account it copies, on {other}."
                            ),
                            brand=brand,
                            platform=title(f.platform),
                            other=title(copied.platform),
                        )
                    elif pf is not None:
                        official = _card(tr, _("Official (primary account)"), pf)
                        where = pf.platform
                    elif pacc is not None:
                        official = _declared_card(tr, pacc)
                        where = pacc.platform
                    else:
                        where = ""
                    if not note:
                        note = fill(
                            _(
                                "{brand} has no official account on {platform}: compared with "
                                "its primary account on {other}."
                            )
                            if where
                            else _("{brand} has no official account on {platform}."),
                            brand=brand,
                            platform=title(f.platform),
                            other=title(where),
                        )
        if official is None:
            official = ProfileCard(
                title=_("Official"),
                platform=f.platform,
                handle="(" + _("no official account to compare with") + ")",
                display_name=mark_text(brand),
                bio=None,
                avatar=None,
                link=None,
                known=False,
            )
            same = False
        out.append(Comparison(r, _card(tr, _("Suspect"), f), official, note, same))
    return tuple(out), total + len(out)


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
    "urgency_key",
]
