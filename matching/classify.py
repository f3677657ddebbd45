"""Inventory + observations -> findings. Pure: no I/O, no clock (``now`` is a parameter).

The pipeline, one module per step:

1. :mod:`matching.index`: the inventory as comparison targets, built once.
2. :mod:`matching.bulk`: every profile's handle, display name and avatar scored against it
   at once (rapidfuzz ``cdist`` with blocking, numpy for avatars).
3. :mod:`matching.profile_signals`: the signals of each profile that is not quiet, as a
   registry of small functions returning Evidence.
4. :mod:`matching.decide`: one ordered decision table turns the signals into a class,
   a severity and a reason.

Two numbers per profile: **relevance** (``Finding.score``, 0..1: is this profile about us?)
and **harm** (``Finding.harm``: for impostors, how bad). Rows with no name target, no copied
avatar and nothing linking to us (:func:`~matching.index.is_quiet`, most of a sweep) become
unrelated without the signal machinery; ``_BLOCKING = False`` decides every row in full and
scores every pair (the brute-force reference ``tests/test_classify.py`` compares with).

Profiles that show a crawler no name or bio (X's JavaScript shell, LinkedIn's 999) are read
from their search results first (:mod:`matching.snippets`), so the bulk scores and the
quiet-row shortcut see that text; every Evidence resting on it says "from a web search result:
..." ("secondary: ..." when the page itself was walled off), and the finding keeps the
observation as fetched.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from urllib.parse import urlsplit

from rapidfuzz import fuzz, process

from matching import signals as sig
from matching import words
from matching.bulk import Bulk, Stages, bulk_scores
from matching.config import DEFAULT_CONFIG, MatchConfig
from matching.decide import (
    A_COPY,
    RESEMBLANCE_ONLY,
    WALLED_COMMON_WORD,
    WALLED_HANDLE_SIGN,
    Decision,
    Signals,
    common_word_signs,
    decide,
)
from matching.index import (
    BrandIndex,
    build_index,
    handle_text,
    is_quiet,
    official_brand,
    shown_handle,
)
from matching.models import (
    Brand,
    Evidence,
    Finding,
    FindingClass,
    HandleForm,
    HandleRule,
    Inventory,
    LinkedPage,
    OfficialAccount,
    ProbeState,
    ProfileFields,
    ProfileObservation,
    Severity,
    SignalName,
    Triage,
    TriageDecision,
    Via,
    accounts_of,
)
from matching.normalise import (
    comparison_key,
    fold,
    peel_affixes,
    plain_key,
    registered_domain,
    tokens,
)
from matching.profile_signals import (
    DOMAIN_HANDLE_PLATFORMS,
    LEFT_BEHIND,
    LINK_VERIFYING_PLATFORMS,
    OWN,
    SIGNALS,
    Profile,
    blank,
    gather,
    hides_itself,
    to_decision_input,
)
from matching.snippets import SearchText, from_search_results
from matching.user_words import UserWords, using

__all__ = ["apply_triage", "classify", "live_imitations"]

#: score only the pairs a cheap exact bound cannot rule out, and settle quiet rows without
#: the signals; False scores every pair and decides every row in full (the brute-force
#: reference that ``tests/test_classify.py`` compares the fast path with)
_BLOCKING = True

Group = tuple[str, str | None, str]  # (brand, department, platform)


# ----------------------------------------------------------------------------- helpers


def _handle_rest(handle: str, brand_keys: Sequence[str]) -> str:
    """The handle without the brand's name in it (``galleranipress`` -> ``press``): the word
    a glued handle adds, which may name a purpose."""
    plain = plain_key(handle)
    for k in sorted(brand_keys, key=len, reverse=True):
        if len(k) >= 4 and k in plain:
            return plain.replace(k, " ", 1).strip()
    return ""


def _linked_as(o: ProfileObservation) -> list[str]:
    """How the company's own site presents a profile it links: the link's text ("Telegram:
    service alerts"). A page that shows a crawler nothing (X) is often described only there.
    The paths of the pages that link it are :func:`_page_cues`'."""
    return [sig.link_text(s.detail) for s in o.sightings if s.via == Via.OFFICIAL_SITE]


def _cues_in(text_parts: Sequence[str], native_parts: Sequence[str]) -> set[str]:
    """The purposes (``words.DEPARTMENT_CUES``, ``NATIVE_DEPARTMENT_CUES``) a text names."""
    cues: set[str] = set()
    text = " ".join(tokens(" ".join(x for x in text_parts)))
    for cue, hint in words.DEPARTMENT_CUES:
        # at a word's start: "press" names a press office, not Żuraw Express; a short cue
        # is a whole word ("dev", not "devolución")
        end = "(?![a-z0-9])" if len(cue) <= 4 else ""
        if cue in text and re.search(rf"(?<![a-z0-9]){re.escape(cue)}{end}", text):
            cues.add(hint)
    written = sig.native(" ".join(native_parts))
    for cue, hint in words.NATIVE_DEPARTMENT_CUES:
        c = sig.native(cue)
        if c in written and re.search(rf"(?<!\w){re.escape(c)}", written):
            cues.add(hint)
    return cues


def _page_cues(o: ProfileObservation) -> set[str]:
    """The purposes the paths of the company's pages that link a profile name, when every
    such page names them ("/careers", "/en/careers/jobs"): a link found only on a
    department's page is that department's. A link on (nearly) every page of the site (a
    footer, a menu) is on its careers page too, and on its home page: the path of one of
    them says nothing of the account."""
    paths = {urlsplit(s.source).path.replace("/", " ").replace("-", " ")
             for s in o.sightings if s.via == Via.OFFICIAL_SITE}
    common: set[str] | None = None
    for path in sorted(paths):
        here = _cues_in((path,), (path,))
        common = here if common is None else common & here
        if not common:
            return set()
    return common or set()


def _department_cues(affixes: Sequence[str], o: ProfileObservation,
                     brand_keys: Sequence[str] = (), described: bool = True) -> set[str]:
    """Words of a profile that name a purpose (support, jobs, news): affixes and cues, in the
    handle (also glued to the brand's name), how the company's site links it (the link's
    text; the path of the pages that link it when all of them name it: :func:`_page_cues`),
    and (when ``described``) the name and the bio."""
    cues = {a for a in affixes if a in words.DEPARTMENT_HINTS}
    own_words = (o.fields.display_name or "", o.fields.bio or "") if described else ()
    linked = _linked_as(o)
    cues |= _cues_in((o.handle, _handle_rest(o.handle, brand_keys), *own_words, *linked),
                     (*own_words, *linked))
    paths = [path for _dom, path in _site_pages(o)]
    if paths and all(_one_place(path) for path in paths):
        # linked only from the page of one of the company's places ("/tiendas/santa-ana"):
        # that place's own, whose offers are its own (never the marketing team's)
        cues.add("region")
    return cues | _page_cues(o)


def _status_apart(affixes: Sequence[str], o: ProfileObservation, brand_keys: Sequence[str],
                  dup: OfficialAccount) -> bool:
    """An own status or outage channel ("brandoutage", "Service alerts") beside its
    department's declared account that is no status channel itself (the grid team's news):
    alerts are a purpose of their own, no second account of the same kind."""
    if "status" not in _department_cues(affixes, o, brand_keys):
        return False
    declared = fold(dup.handle)
    return not any(cue in declared for cue, hint in words.DEPARTMENT_CUES
                   if hint == "status" and " " not in cue)


#: purposes a handle may name (``brand-careers``, ``brandoutage``, ``brandtech``,
#: ``brandpartners``, ``brandqurbaanuk``: a country's) that give an own account an audience of
#: its own beside a declared account of the same department whose handle names none of them
#: (the brand's main page, run by that team): no second account of the same kind. Not news,
#: offers, support or a topic: the main account posts those itself
_APART_PURPOSES = frozenset({"jobs", "status", "tech", "security", "partners", "region"})


def _handle_purposes(handle: str, brand_keys: Sequence[str], name: str | None = None,
                     home: Sequence[str] = ()) -> set[str]:
    """The purposes a handle names in its own words (the handle and what it adds to the
    brand's name), a country's code it ends with among them (``region``) when the display
    name ``name`` says it too ("Hilaal Qurbaan UK & Europe" of ``hilaalqurbaanuk``; not
    ``zafrinoir``, the domain ``zafrino.ir`` written as a handle). Without ``name`` (a
    declared account's handle) the code alone counts. The country of an official domain
    (``home``: "hk" of ``wingfat.com.hk``) is the company's home market, which the main
    account serves: no region of its own."""
    rest = _handle_rest(handle, brand_keys)
    # the same rest as written (the brand's key is compared with look-alike letters folded:
    # "empiois" is "emplois")
    plain, written = plain_key(handle), re.sub(r"[^a-z0-9]", "", fold(handle))
    at = plain.find(rest) if rest and " " not in rest else -1
    shown = written[at:at + len(rest)] if at >= 0 and len(plain) == len(written) else rest
    cues = _cues_in((handle, rest, shown), ())
    last = re.split(r"[._-]", handle.lower())[-1]
    code = rest if rest in words.COUNTRY_HANDLE_CODES else (
        last if last != handle.lower() and last in words.COUNTRY_HANDLE_CODES else None)
    if code and code not in home and (name is None or code in tokens(name)):
        cues.add("region")
    return cues


def _purpose_apart(o: ProfileObservation, brand_keys: Sequence[str],
                   dup: OfficialAccount, domains: Sequence[str] = ()) -> bool:
    """An own account whose handle names a purpose of its own (careers, outages, a country:
    :data:`_APART_PURPOSES`) that the declared account it would double does not name
    (``goubet-acier-careers`` beside the HR team's main page ``acieries-du-goubet``,
    ``hilaalqurbaanuk`` beside ``HilaalQurbaan``): a department's or a region's own channel
    beside the brand's main one, official but no duplicate. A second account of a purpose the
    declared one names already (``brand_jobs`` beside ``brandcareers``) stays a duplicate."""
    home = [d.rsplit(".", 1)[-1].lower() for d in domains]
    own = _handle_purposes(o.handle, brand_keys, o.fields.display_name or "",
                           home) & _APART_PURPOSES
    return bool(own - _handle_purposes(dup.handle, brand_keys))


def _named_department(inventory: Inventory, o: ProfileObservation,
                      brand_keys: Sequence[str] = ()) -> str | None:
    """The inventory's department a profile names in its own words, whatever the language:
    a word of six or more letters of the department's name, not a brand's, begins a word of
    the handle, name or bio ("Dispecerat" in "dispeceratului", "Logistik" in
    "Logistikzentrum"). The handle and the name are read before the bio: a depot's page
    ("<Brand> Francistown Depot") whose bio mentions farmers is the depot's."""
    brand_words = {w for b in inventory.brands for n in b.names for w in tokens(n)}
    for in_bio, parts in ((False, (_handle_rest(o.handle, brand_keys),
                                   o.fields.display_name or "")),
                          (False, _linking_paths(o)), (True, (o.fields.bio or "",))):
        text = set(tokens(" ".join(parts)))
        for d in inventory.departments:
            for w in tokens(d.name):
                # a short word of the name ("Corsi") counts as a whole word, and never in
                # the bio, where it is any sentence's ("la bottega", "i corsi")
                if w in brand_words or len(w) < 4:
                    continue
                if (len(w) >= 6 and any(t.startswith(w) for t in text)) or (
                        not in_bio and w in text):
                    return d.name
    return None


def _linking_paths(o: ProfileObservation) -> tuple[str, ...]:
    """The path of the company's pages that link a profile, when there is one such path and
    it names something (``/export``, ``/corsi``): a link found only on a department's page
    names that department, as the words of the page's path name it. A link on several pages
    (a footer, a menu: the home page among them) names none."""
    paths = {path for _dom, path in _site_pages(o)}
    if len(paths) != 1:
        return ()
    path = next(iter(paths))
    return (path.replace("/", " ").replace("-", " "),) if path else ()


def _names_hint_word(department: str, hint_word: str) -> bool:
    """A department's name says a purpose's word (``words.DEPARTMENT_HINTS``): as a whole
    word, its start, or (long enough to be safe) inside a compound:
    "Unternehmenskommunikation"."""
    name = fold(department)
    return (hint_word in tokens(department) or name.startswith(hint_word)
            or (len(hint_word) >= 5 and hint_word in name))


def _names_purpose(department: str, cue: str) -> bool:
    """A department's name says the purpose ``cue`` ("Orange Walk Branch": ``region``)."""
    return any(_names_hint_word(department, w) for w in words.DEPARTMENT_HINTS.get(cue, ()))


def department_hint(
    inventory: Inventory, affixes: Sequence[str], o: ProfileObservation,
    brand_keys: Sequence[str] = (),
) -> str | None:
    """The department of the inventory a profile's words point at (``_support`` -> Customer
    Care), or, without any such word, the department it names; None when nothing says one.

    The words read: ``affixes`` (the handle's, peeled off the brand's name: ``()`` when not
    known), the handle and its rest beside ``brand_keys`` (the brands' names as
    :func:`~matching.normalise.plain_key` gives them), the display name and bio, the text of
    the company's links to it, and the path of the company's pages that link it only when
    every one of them names the same purpose (a footer's link on every page, "/careers"
    included, names none). ``Finding.department`` of an own account the inventory does not
    declare is this function's answer: the report, findings.json, the CSV and the xlsx say
    the same."""
    cues = _department_cues(affixes, o, brand_keys)
    if "region" in cues:
        # a place's page (a branch, a showroom, a depot) posts its own offers: the place's,
        # never the marketing team's second account ("Lusail showroom offers")
        cues -= {"marketing"}
        # ... and it is the place it names, not the first place of the inventory's list
        # ("Jabiru Xpress Orange Walk" is the Orange Walk Branch's, not the Cayo Branch's)
        named = _named_department(inventory, o, brand_keys)
        if named is not None and _names_purpose(named, "region"):
            return named
    if not cues or cues == {"marketing"}:
        # offers and promotions name the marketing team only when nothing else is named: a
        # branch's page that posts its promotions belongs to the branch's department the
        # inventory names ("Agence d'Oran ... promos" -> "Agence Oran")
        named = _named_department(inventory, o, brand_keys)
        if named is not None or not cues:
            return named
    # ... nor beside another department's word ("job offers" are the recruiters')
    for w in sorted(cues, key=lambda c: (c == "marketing", c)):
        for hint_word in words.DEPARTMENT_HINTS.get(w, ()):
            for d in inventory.departments:
                if _names_hint_word(d.name, hint_word):
                    return d.name
    # a place no department's word names may be named by its own ("Francistown Depot")
    return _named_department(inventory, o, brand_keys) if "region" in cues else None


def _merge(
    observations: Sequence[ProfileObservation], ix: BrandIndex
) -> dict[tuple[str, str], ProfileObservation]:
    """One observation per profile: found beats not_found beats unverifiable; sightings merged."""
    rank = {ProbeState.FOUND: 3, ProbeState.NOT_FOUND: 2, ProbeState.UNVERIFIABLE: 1}
    out: dict[tuple[str, str], ProfileObservation] = {}
    for o in observations:
        k = ix.key(o.platform, o.handle)
        prev = out.get(k)
        if prev is None:
            out[k] = o
            continue
        keep, other = (o, prev) if rank[o.state] >= rank[prev.state] else (prev, o)
        extra = tuple(s for s in other.sightings if s not in keep.sightings)
        out[k] = replace(keep, sightings=keep.sightings + extra) if extra else keep
    return out


def _finding(o: ProfileObservation, cls: FindingClass, **kw) -> Finding:  # type: ignore[no-untyped-def]
    return Finding(
        platform=o.platform,
        handle=o.handle,
        url=o.url,
        display_name=o.fields.display_name,
        cls=cls,
        severity=kw.pop("severity", None),
        score=round(float(kw.pop("score", 0.0)), 3),
        brand=kw.pop("brand", None),
        department=kw.pop("department", None),
        evidence=tuple(kw.pop("evidence", ())),
        discovered_via=o.discovered_via if o.sightings else (),
        probe_state=o.state,
        probe_reason=o.reason,
        observation=o,
        **kw,
    )


def _redundancy(
    brand: Brand | None,
    platform: str,
    o: ProfileObservation,
    now: str,
    config: MatchConfig,
    duplicate_of: OfficialAccount | None,
    forms: Mapping[str, HandleForm] | None = None,
) -> list[Evidence]:
    """Why an account of the company's should be retired: a second one of the brand on the
    platform, asleep for longer than ``config.dormant_days``, or outside the brand's strategy.
    ``forms``: how each platform writes a handle (the catalog's), for the evidence's text."""
    why: list[Evidence] = []
    if duplicate_of is not None:
        dept = f" ({duplicate_of.department})" if duplicate_of.department else ""
        why.append(
            Evidence(
                SignalName.DUPLICATE_ACCOUNT,
                f"{duplicate_of.platform}:{duplicate_of.handle}",
                f"a second account of {duplicate_of.brand}{dept} on {platform}, next to "
                f"{shown_handle(duplicate_of.platform, duplicate_of.handle, forms)}",
            )
        )
    d = (sig.dormancy(o.fields, now, config.dormant_days) or sig.retired(o.fields)
         or sig.retired_link(o.sightings) or sig.retired_page(o.sightings))
    if d is None and brand is not None and not o.fields.last_active_at:
        # its last activity cannot be seen: its own word that its readers moved decides
        d = sig.defers_to_declared(
            o.fields, [a.handle for a in brand.accounts if a.platform == platform], o.handle,
            shown=(forms or {}).get(platform),
        ) or sig.past_season(o.fields, now, brand.names)
    if d is not None:
        why.append(d)
    if brand is not None and brand.strategy and platform not in brand.strategy:
        why.append(
            Evidence(
                SignalName.OUTSIDE_STRATEGY,
                platform,
                f"{platform} is not in {brand.name}'s platform strategy "
                f"({', '.join(brand.strategy)})",
            )
        )
    return why


def _activity(o: ProfileObservation) -> tuple[int, str]:
    return (o.fields.followers or 0, o.fields.last_active_at or "")


def _site_pages(o: ProfileObservation) -> list[tuple[str, str]]:
    """(registered domain, path) of every official-site page that links ``o``."""
    return [(registered_domain(s.source) or "", urlsplit(s.source).path.strip("/"))
            for s in o.sightings if s.via == Via.OFFICIAL_SITE]


def _presented_apart(run: _Run, o: ProfileObservation, dup: OfficialAccount | None,
                     rest: str = "") -> bool:
    """The company presents an own account apart from the declared one it would double: on
    another of its sites (a country's or a line's domain), or, when its page shows itself (a
    name, a bio, its activity: not X's empty shell), on a page of its own (a branch's, a
    language's, a programme's sub-page), not the home page or footer; never on a page every
    site has (about us, contact, news, history: ``words.GENERIC_SITE_PAGES``). An account
    with an audience of its own (a region, a language, a service) is no second account of
    the same team. Also when the page shows nothing (a wall, a 429) but its handle's own word
    (``rest``: "cafe" of ``brand.cafe``) names the sub-page that links it ("/cafe"): the
    handle and the site say the same line of business."""
    pages = _site_pages(o)
    if dup is None or not pages:
        return False
    d = run.observed.get(run.ix.key(dup.platform, dup.handle))
    dup_doms = {dom for dom, _path in _site_pages(d)} if d is not None else set()
    if d is not None:
        dup_doms |= {registered_domain(u) or "" for u in d.fields.external_links}
    own_page = [not path or fold(path.split("/")[0]) not in words.GENERIC_SITE_PAGES
                for _dom, path in pages]
    if dup_doms and all(dom not in dup_doms for dom, _path in pages) and all(own_page):
        return True
    if len(rest) >= 3 and " " not in rest and all(own_page) and all(
            path and _same_stem(fold(path.split("/")[0]), rest) for _dom, path in pages):
        return True
    if all(_one_place(path) for _dom, path in pages):
        return True  # the page of one of its places ("/areas/durban-north"): that place's
    f = o.fields
    shown = bool(f.last_active_at or f.display_name or f.bio)
    return shown and all(path for _dom, path in pages) and all(own_page)


def _campaign_apart(run: _Run, p: Profile, brand_keys: Sequence[str],
                    dup: OfficialAccount) -> bool:
    """A campaign's own account: its handle calls it a promotion's (``brand.promo``), no
    other purpose word is said, and the company presents it on a page of its own
    (``/summer``: :func:`_presented_apart`) that is no offers page itself. A campaign with a
    page of its own on the site has an audience of its own; an offers account linked from
    the offers page, the home page or a contact page, or a place's account whose bio only
    mentions its promotions, is the marketing team's second account."""
    o = p.o
    named = _cues_in((o.handle, _handle_rest(o.handle, brand_keys), *p.affixes), ())
    return (named == {"marketing"} and _department_cues(p.affixes, o, brand_keys) == named
            and not _page_cues(o) and _presented_apart(run, o, dup))


def _same_stem(segment: str, rest: str) -> bool:
    """A path's first segment names what the handle's own word names, perhaps in another
    form: ``/cafe`` of ``brand.cafe``, ``/franchise`` of ``brand-franchising`` (the same first
    letters, five at least and most of the shorter word)."""
    if segment.startswith(rest):
        return True
    n = next((i for i, (a, b) in enumerate(zip(segment, rest, strict=False)) if a != b),
             min(len(segment), len(rest)))
    return n >= 5 and n * 5 >= 3 * min(len(segment), len(rest))


def _one_place(path: str) -> bool:
    """A page of one of the company's places: a section that lists them (areas, branches,
    stores, locations, in many languages) and one of them under it ("areas/durban-north",
    "filialen/graz", "sucursales/quito"): what the site links there is that place's own."""
    parts = [fold(x) for x in path.split("/") if x]
    return len(parts) >= 2 and parts[0] in words.PLACE_SECTIONS


def _duplicate_of(
    primary: Mapping[Group, OfficialAccount], brand: Brand, hint: str | None, platform: str,
    purpose: bool = False,
) -> OfficialAccount | None:
    """The declared account an undeclared own account doubles: the brand's account for the
    same department on the platform; without a department hint, any of the brand's there,
    unless the profile names a purpose no department of the inventory covers (a careers
    channel next to the marketing one is no duplicate)."""
    if hint is not None:
        return primary.get((brand.name, hint, platform))
    if purpose:
        return None
    same = [a for (b, _d, p), a in primary.items() if b == brand.name and p == platform]
    return same[0] if same else None


# ----------------------------------------------------------------------------- classify


@dataclass
class _Run:
    """What every profile of one classification shares (built once in :func:`classify`)."""

    ix: BrandIndex
    bulk: Bulk
    pages: Mapping[tuple[str, str], list[LinkedPage]]
    config: MatchConfig
    now: str
    primary: Mapping[Group, OfficialAccount]
    mentions: dict[str | None, bool]  # bio -> may mention us (bios repeat)
    #: every observed profile by merge key (the declared accounts' sites and links)
    observed: Mapping[tuple[str, str], ProfileObservation] = dataclass_field(
        default_factory=dict)


def classify(
    inventory: Inventory,
    observations: Sequence[ProfileObservation],
    linked_pages: Sequence[LinkedPage] = (),
    triage: Mapping[tuple[str, str], Triage] | None = None,
    config: MatchConfig = DEFAULT_CONFIG,
    *,
    now: str,
    rules: Mapping[str, HandleRule] | None = None,
    timings: dict[str, float] | None = None,
    words: UserWords | None = None,
) -> list[Finding]:
    """Classify every observed profile, plus declared accounts nobody observed.

    ``rules`` (optional) gives each platform's canonical handle form; without it handles
    compare case-insensitively. ``triage`` maps ``(platform, handle)`` to a reviewer decision,
    which overrides the classifier. Returns findings ordered by class then relevance.
    ``timings``, when given, receives the seconds spent per stage (``benchmarks/``).
    ``words``: the user's own phrases (``--words``), read with the lexicon's families for
    this call only (:mod:`matching.user_words`).
    """
    with using(words):
        return _classify(inventory, observations, linked_pages, triage, config, now=now,
                         rules=rules, timings=timings)


def _classify(
    inventory: Inventory,
    observations: Sequence[ProfileObservation],
    linked_pages: Sequence[LinkedPage],
    triage: Mapping[tuple[str, str], Triage] | None,
    config: MatchConfig,
    *,
    now: str,
    rules: Mapping[str, HandleRule] | None,
    timings: dict[str, float] | None,
) -> list[Finding]:
    clock = Stages(timings)
    keyer = BrandIndex(inventory, rules)
    merged = _merge(observations, keyer)
    clock.lap("merge")
    declared = {keyer.key(a.platform, a.handle) for a in inventory.accounts}
    official_obs = {k: _searched_bio(o) for k, o in merged.items() if k in declared}
    ix = build_index(inventory, official_obs, rules)
    pages: dict[tuple[str, str], list[LinkedPage]] = defaultdict(list)
    for p in linked_pages:
        pages[ix.key(p.from_platform, p.from_handle)].append(p)
    clock.lap("index")
    primary = _primary_accounts(inventory, merged, ix)
    findings = _declared_findings(inventory, merged, ix, primary, config, now)
    clock.lap("declared")
    todo = [(k, o) for k, o in merged.items()
            if k not in ix.official and o.state != ProbeState.NOT_FOUND]
    searched = _read_search_results(todo)
    clock.lap("search text")
    bulk = bulk_scores(ix, [o for _k, o in todo], config, clock, blocking=_BLOCKING)
    run = _Run(ix, bulk, pages, config, now, primary, {}, merged)
    named = _named_platforms(inventory, ix, primary)
    replays: dict[tuple[object, ...], Finding] = {}
    for i, (k, o) in enumerate(todo):
        hit = searched.get(i)
        twin = None if hit or not _REPLAY else _blank_twin(run, o, k, i, named)
        if twin is not None and twin in replays:
            findings.append(_replayed(replays[twin], o))
            continue
        finding = _classify_one(run, o, k, i, hit[0] if hit else None)
        if twin is not None and _replayable(finding, o):
            replays[twin] = finding
        findings.append(replace(finding, observation=hit[1]) if hit else finding)
    findings = own_twins(scam_twins(scam_contacts(findings, ix), accounts_of(rules)), run)
    findings = moved_accounts(findings, run, merged)
    clock.lap("profiles")
    tri = triage or {}
    if tri:
        findings = [
            apply_triage(f, tri.get(ix.key(f.platform, f.handle)) or tri.get(f.key), config)
            for f in findings
        ]
    findings = live_imitations(findings, ix.key)
    order = {c: n for n, c in enumerate(FindingClass)}
    findings.sort(key=lambda f: (order[f.cls], -(f.harm or 0), -f.score, f.platform, f.handle))
    clock.lap("triage+sort")
    return findings


# ----------------------------------------------------------------------------- scam contacts

#: an @handle in a bio: on a messenger or a social network, the same platform's account
_AT_HANDLE = re.compile(r"(?<![\w.@/])@([a-z0-9_][a-z0-9_.]{2,})", re.IGNORECASE)
#: what shows that a profile presents itself as the brand's (its name, the brand in its bio,
#: the logo): the staff persona a scam names, not a stranger it happens to tag
_NAMES_THE_BRAND = frozenset({SignalName.DISPLAY_NAME_SIMILARITY, SignalName.BRAND_MENTION,
                              SignalName.AVATAR_MATCH})
#: what shows it is someone's own account or a fan's, whoever names it
_SOMEONE_ELSES = frozenset({SignalName.PERSONAL_ACCOUNT, SignalName.SELF_DECLARED_UNOFFICIAL})


def _asks_victims(f: Finding) -> bool:
    """An impostor whose own page (not a search result about it) carries scam wording."""
    return f.cls == FindingClass.IMPOSTOR and any(
        e.signal == SignalName.SCAM_WORDING and not e.detail.startswith("secondary:")
        for e in f.evidence)


def _poses_as_staff(f: Finding) -> bool:
    """Neither the company's nor a fan's or a person's own: a profile the classifier left
    unrelated or a low candidate, that presents itself with the brand's name, words or logo."""
    sigs = {e.signal for e in f.evidence}
    return (f.probe_state == ProbeState.FOUND
            and (f.cls == FindingClass.UNRELATED
                 or (f.cls == FindingClass.IMPOSTOR
                     and (f.severity == Severity.LOW or any(
                         e.signal == SignalName.DECISION and e.value in (RESEMBLANCE_ONLY, A_COPY)
                         for e in f.evidence))))
            and bool(sigs & _NAMES_THE_BRAND) and not sigs & _SOMEONE_ELSES)


def scam_contacts(findings: list[Finding], ix: BrandIndex) -> list[Finding]:
    """The account a scam sends its victims to ("earn 50 EUR a day ... write to @brand_hr_anna"):
    an impostor whose own page asks for victims names an account of the same platform in its
    bio, and that account presents itself as the brand's (its name, the brand in its bio, the
    logo) without being the company's, a fan's or a person's own: the scam's staff persona (a
    fake recruiter, "manager", "admin"), an impostor as severe as the scam that names it. A
    persona's own page may say nothing a scam says (a name, a role, a stock photo): who sends
    victims to it is its evidence."""
    at = {ix.key(f.platform, f.handle): i for i, f in enumerate(findings)}
    out = list(findings)
    for f in findings:
        if not _asks_victims(f) or f.observation is None:
            continue
        for handle in _AT_HANDLE.findall(f.observation.fields.bio or ""):
            i = at.get(ix.key(f.platform, handle.rstrip(".")))
            if i is None or not _poses_as_staff(out[i]) or out[i].key == f.key:
                continue
            g = out[i]
            why = Evidence(SignalName.DECISION, "the contact of a scam",
                           f"the contact a scam sends its victims to: {f.platform}:{f.handle}, "
                           f"an impostor that asks for victims, tells its readers to write to "
                           f"{ix.shown(g.platform, g.handle)}, which presents itself as "
                           f"{f.brand or 'the brand'}'s")
            out[i] = replace(g, cls=FindingClass.IMPOSTOR, brand=g.brand or f.brand,
                             severity=f.severity or Severity.MEDIUM,
                             evidence=(why, *(e for e in g.evidence
                                              if e.signal != SignalName.DECISION)))
    return out


def _handle_key(handle: str) -> str:
    """A handle as scams reuse it across platforms: letters and digits, lower case."""
    return "".join(ch for ch in handle.lower() if ch.isalnum())


def scam_twins(findings: list[Finding], account_of: Mapping[str, str]) -> list[Finding]:
    """A walled page left to check by hand (signs of a scam in what others show of it, but
    the brand named only by a word others share: ``WALLED_COMMON_WORD``) whose handle is
    that of an impostor read on another platform is that scam's page there: a Threads
    profile is the Instagram account of its name, and a scam keeps its handle on every
    platform it works. An impostor, as severe as its twin.

    ``account_of``: platform -> the platform whose accounts its profiles are, by the same
    name (the catalog's ``account_of``, :func:`~matching.models.accounts_of`: Threads ->
    Instagram). Read after every finding is made (blank twins replayed too), so no replay
    depends on it."""
    read = {_handle_key(f.handle): f for f in findings
            if f.cls == FindingClass.IMPOSTOR and f.probe_state == ProbeState.FOUND}
    accounts = {(f.platform, f.handle.lower()): f for f in findings
                if f.cls == FindingClass.IMPOSTOR and f.probe_state == ProbeState.FOUND}
    out = []
    for f in findings:
        home = account_of.get(f.platform)
        same = accounts.get((home, f.handle.lower())) if home else None
        if (same is not None and f.cls == FindingClass.UNVERIFIED
                and f.probe_state == ProbeState.UNVERIFIABLE
                and Via.LINKED_PAGE in f.discovered_via
                and Via.OFFICIAL_SITE not in f.discovered_via):
            out.append(_account_of(f, same))
            continue
        twin = read.get(_handle_key(f.handle))
        if (twin is None or twin.platform == f.platform or not f.evidence
                or f.evidence[0].signal != SignalName.DECISION
                or f.evidence[0].value != WALLED_COMMON_WORD):
            out.append(f)
            continue
        signs = common_word_signs(f.evidence[0].detail)
        why = Evidence(SignalName.DECISION, "the twin of an impostor",
                       f"secondary: the page itself could not be read; {signs}; and its "
                       f"handle is that of {twin.platform}:{twin.handle}, an impostor: the "
                       "same scam's page")
        out.append(replace(f, cls=FindingClass.IMPOSTOR, brand=f.brand or twin.brand,
                           severity=twin.severity or Severity.MEDIUM,
                           evidence=(why, *f.evidence[1:])))
    return out


def _account_of(f: Finding, insta: Finding) -> Finding:
    """A walled Threads page of the very name of an Instagram impostor read directly, that a
    page outside the company links: a Threads profile is the Instagram account of that name
    (Threads has no accounts of its own: the catalog's ``account_of``), and someone sends
    people to it, so it is that impostor at work there, as severe. Found only by guessing its
    handle, nothing shows it is used: left to check by hand."""
    why = Evidence(SignalName.DECISION, "the Threads page of an Instagram impostor",
                   f"secondary: the page itself could not be read; a page outside the company "
                   f"links it, a Threads profile is the Instagram account of its name, and "
                   f"{insta.platform}:{insta.handle} is an impostor: the same account")
    return replace(f, cls=FindingClass.IMPOSTOR, brand=f.brand or insta.brand,
                   severity=insta.severity or Severity.MEDIUM, evidence=(why, *f.evidence))


#: what a walled page's finding may carry and still be read as the company's own by its
#: Instagram twin (:func:`own_twins`): the wall, resemblance, its search result and the
#: company's traces. Any other signal (scam wording, a lookalike, a fan's or a person's words,
#: a decision of the table: signs of a scam under a common word) leaves it as it is.
_TWIN_NEUTRAL = frozenset({
    SignalName.UNVERIFIABLE, SignalName.HANDLE_SIMILARITY, SignalName.DISPLAY_NAME_SIMILARITY,
    SignalName.AVATAR_MATCH, SignalName.BIO_COPY, SignalName.BRAND_MENTION,
    SignalName.SEARCH_RESULT, SignalName.EMPTY_PROFILE, SignalName.OFFICIAL_LINK,
    SignalName.OFFICIAL_SITE_MENTION, SignalName.SEARCH_RESULT_COMPANY, SignalName.OWN_TRACES,
})

#: the rule name of :func:`own_twins`' finding (its reason's ``Evidence.value``)
OWN_TWIN = "the Threads profile of the company's Instagram account"


def _plainly_walled(f: Finding) -> bool:
    """A page left ``unverified`` by the table's plain "walled" row: could not be read, and
    nothing around it says anything but resemblance (no sign of a scam, of a fan or of a
    person, no reason of the table)."""
    return (f.cls == FindingClass.UNVERIFIED and f.probe_state == ProbeState.UNVERIFIABLE
            and all(e.signal in _TWIN_NEUTRAL or _handle_sign_only(e) for e in f.evidence))


def _handle_sign_only(e: Evidence) -> bool:
    """The "walled" row's reason when its one sign of a scam is a word of the handle: the
    handle is exactly the company's Instagram one, which says more of it than its word."""
    return (e.signal == SignalName.DECISION and e.value == "walled"
            and str(e.detail).startswith(WALLED_HANDLE_SIGN))


def own_twins(findings: list[Finding], run: _Run) -> list[Finding]:
    """A walled Threads page whose handle is exactly (case aside) that of an Instagram account
    of the company's (one the inventory declares and this audit did not find gone, or one the
    audit reads as the company's own: ``official_unlisted``, ``redundant``) is the company's
    own Threads profile: ``official_unlisted`` when Threads is in the brand's strategy,
    ``redundant`` when it is not, or when it doubles a declared Threads account of the same
    brand and department (:func:`_redundancy`). Its activity cannot be seen behind the wall,
    and the finding says so. Never for a handle that only resembles one (``brand_`` beside
    ``brand``), never beside an impostor, a fan's or a stranger's Instagram account, and
    never for a page with any sign of its own (a scam's words in its search result, a
    lookalike linking it): only a page the table left plainly "walled".

    The platform fact, and how far it goes: a Threads profile made with an Instagram account
    carries that account's username and could not be renamed apart from it at launch (Threads
    Supplemental Privacy Policy of 2023: "Instagram users [...] create a Threads profile as part
    of their Instagram account"; press of July 2023); Meta's Threads ads documentation (2026)
    calls a Threads account "Instagram-associated" when an Instagram account with "a matching
    username" is in the same business portfolio. Since the policy of 13 May 2025, a Threads
    profile can also be made with an email address or a phone number, without Instagram
    (Open Terms Archive memo "Threads expands profile creation beyond Instagram users",
    2025-05-14). No source found says whether such a profile can take a username an Instagram
    account holds; the finding asks the reviewer to confirm it in the company's app."""
    inv = run.ix.inventory
    account_of = accounts_of(run.ix.canon)  # the catalog's account_of (Threads -> Instagram)
    homes = set(account_of.values())
    declared = {(a.platform, a.handle.lstrip("@").lower()): a for a in inv.accounts
                if a.platform in homes and a.handle}
    gone = {(f.platform, f.handle.lower()) for f in findings if f.cls == FindingClass.MISSING}
    own = {(f.platform, f.handle.lower()): f for f in findings
           if f.cls in (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT)}
    out = []
    for f in findings:
        home = account_of.get(f.platform)
        k = (home, f.handle.lstrip("@").lower()) if home else None
        acc = declared.get(k) if k is not None and k not in gone else None
        twin = own.get(k) if k is not None else None
        if (acc is None and twin is None) or not _plainly_walled(f):
            out.append(f)
            continue
        out.append(_own_account_of(run, f, acc, twin))
    return out


def _own_account_of(run: _Run, f: Finding, acc: OfficialAccount | None,
                    twin: Finding | None) -> Finding:
    """``f`` (a walled Threads page) as the company's own, the Threads profile of ``acc`` (the
    declared Instagram account) or of ``twin`` (the Instagram account read as own)."""
    brand_name = acc.brand if acc is not None else twin.brand if twin is not None else None
    dept = acc.department if acc is not None else twin.department if twin is not None else None
    brand = next((b for b in run.ix.inventory.brands if b.name == brand_name), None)
    dup = _duplicate_of(run.primary, brand, dept, f.platform) if brand is not None else None
    o = f.observation or ProfileObservation(f.platform, f.handle, f.url or "", f.probe_state)
    why = _redundancy(brand, f.platform, o, run.now, run.config, dup)
    home = accounts_of(run.ix.canon)[f.platform]
    if acc is not None:
        handle, whose = acc.handle, "which the inventory declares" + (
            f" (line {acc.line})" if acc.line else "")
    else:
        assert twin is not None
        handle, whose = twin.handle, f"which this audit reads as the company's ({twin.cls.value})"
    reason = Evidence(
        SignalName.DECISION, OWN_TWIN,
        f"secondary: the page itself could not be read ({f.probe_reason or 'walled'}), so "
        f"its activity is unknown; its handle is exactly that of {home}:{handle}, {whose}, "
        "and a Threads profile made with an Instagram account carries that account's "
        "username: the company's own Threads profile. Confirm it in the company's Instagram "
        "or Threads app (since May 2025 a Threads profile can also be made without Instagram)")
    cls = FindingClass.REDUNDANT if why else FindingClass.OFFICIAL_UNLISTED
    return replace(f, cls=cls, severity=None, harm=0.0, score=max(f.score, 0.9),
                   brand=brand_name, department=dept, imitates=None,
                   evidence=(reason, *f.evidence, *why))


# ----------------------------------------------------------------------------- moved accounts


def moved_accounts(findings: list[Finding], run: _Run,
                   merged: Mapping[tuple[str, str], ProfileObservation]) -> list[Finding]:
    """The account a declared account moved to (Mastodon's move: the declared one, found,
    names it in ``fields.moved_to`` and is ``missing``) is the company's own: a move is made
    from the old account, to an account whose owner first named the old one as its alias
    (ActivityPub ``alsoKnownAs``), so one owner holds both. ``official_unlisted`` (the
    inventory should name it), or ``redundant`` for the usual reasons (dormant, outside the
    brand's strategy, a second account beside another declared one); never a second account
    of the one it replaces, which is no primary (:func:`_primary_accounts`). A declared
    account it moved to stays ``official``; one that could not be read keeps its finding."""
    ix = run.ix
    moved: dict[tuple[str, str], OfficialAccount] = {}
    for a in ix.inventory.accounts:
        o = merged.get(ix.key(a.platform, a.handle))
        if o is not None and o.state == ProbeState.FOUND and o.fields.moved_to:
            moved.setdefault(ix.key(a.platform, o.fields.moved_to), a)
    if not moved:
        return findings
    out = []
    for f in findings:
        k = ix.key(f.platform, f.handle)
        acc = moved.get(k)
        if acc is None or k in ix.official or f.probe_state != ProbeState.FOUND:
            out.append(f)
            continue
        brand = next((b for b in ix.inventory.brands if b.name == acc.brand), None)
        dup = (_duplicate_of(run.primary, brand, acc.department, f.platform)
               if brand is not None else None)
        o = f.observation or merged.get(k) or ProfileObservation(
            f.platform, f.handle, f.url or "", f.probe_state)
        why = _redundancy(brand, f.platform, o, run.now, run.config, dup, ix.forms)
        line = f" (line {acc.line})" if acc.line else ""
        reason = Evidence(
            SignalName.MOVED_FROM, ix.shown(acc.platform, acc.handle),
            f"the declared account {ix.shown(acc.platform, acc.handle)}{line} says it moved "
            "here: a move is made from the old account to one whose owner named the old as "
            "its alias, so the company holds both; this is its account now")
        cls = FindingClass.REDUNDANT if why else FindingClass.OFFICIAL_UNLISTED
        out.append(replace(f, cls=cls, severity=None, harm=0.0, score=max(f.score, 0.9),
                           brand=acc.brand, department=acc.department, imitates=None,
                           evidence=(reason, *(e for e in f.evidence
                                               if e.signal != SignalName.DECISION), *why)))
    return out


# ----------------------------------------------------------------------------- blank twins

#: decide a blank profile once per :func:`_blank_twin` and replay the finding on its twins;
#: False decides every one in full (the reference tests/test_classify.py compares with)
_REPLAY = True

#: platforms matching treats by name (a Bluesky handle is a domain, Mastodon verifies links, a
#: Facebook category can make a group, a Reddit handle r/<name> a community): a profile there is
#: never replayed. tests/test_classify.py checks that every platform name matching compares with
#: is listed here
NAMED_IN_MATCHING = (DOMAIN_HANDLE_PLATFORMS | LINK_VERIFYING_PLATFORMS
                     | {"bluesky", "facebook", "reddit"})

_NO_FIELDS = ProfileFields()


def _named_platforms(inventory: Inventory, ix: BrandIndex,
                     primary: Mapping[Group, OfficialAccount]) -> frozenset[str]:
    """Platforms the inventory or matching itself names: the company's accounts, its allow
    list, its primary accounts and ``NAMED_IN_MATCHING``. A profile elsewhere is judged by
    what it shows alone."""
    out = set(NAMED_IN_MATCHING)
    out.update(a.platform for a in inventory.accounts)
    out.update(p for p, _h in ix.official)
    out.update(p for p, _h in ix.allow)
    out.update(g[2] for g in primary)
    return frozenset(out)


def _blank_twin(run: _Run, o: ProfileObservation, k: tuple[str, str], i: int,
                named: frozenset[str]) -> tuple[object, ...] | None:
    """What the finding of a found profile that shows nothing (an existence-only site: the
    handle is taken, nothing else is known) can depend on, or None for any other profile.

    A 1,000-site sweep finds one handle on hundreds of such sites; each used to run the
    whole signal table (0.2 ms, and the first one compiles the wording patterns) to reach the
    same "handle taken: check by hand". Two blank profiles with the same twin key differ only
    in where they are (platform, URL), which none of the signals reads on a platform the
    inventory and matching never name, with no page linking it and no search text; so the
    first is decided in full and its finding is replayed on the others (``_replayed``)."""
    if (o.state is not ProbeState.FOUND or o.fields != _NO_FIELDS or o.platform in named
            or k in run.pages or k in run.ix.allow or k in run.ix.official
            or o.final_url not in (None, o.url)):
        return None
    if any(s.via is not Via.PROBE or s.title or s.snippet for s in o.sightings):
        return None
    rule = run.ix.canon.get(o.platform) if run.ix.canon else None
    b = run.bulk
    key = (k[1], o.handle, o.reason, o.http_status, o.fetched_at, rule,
           b.handle_score[i], b.name_score[i], b.avatar_dist[i], b.quiet[i],
           tuple((s.via, s.detail) for s in o.sightings))
    try:
        hash(key)
    except TypeError:
        return None
    return key


def _replayable(f: Finding, o: ProfileObservation) -> bool:
    """A finding that names nothing of where its profile is (its platform, its address): the
    same on every twin. (The account it imitates is one of another platform's, or of none:
    no twin's platform has an account of the company's.)"""
    if f.observation is not o:
        return False
    text = repr((f.evidence, f.status_detail))
    return o.platform not in text and (not o.url or o.url not in text)


def _replayed(template: Finding, o: ProfileObservation) -> Finding:
    """``template`` (a twin's finding) as ``o``'s: what ``_finding`` takes from the profile."""
    return replace(template, platform=o.platform, handle=o.handle, url=o.url,
                   display_name=o.fields.display_name,
                   discovered_via=o.discovered_via if o.sightings else (),
                   probe_state=o.state, probe_reason=o.reason, observation=o)


def _primary_accounts(
    inventory: Inventory, merged: Mapping[tuple[str, str], ProfileObservation], ix: BrandIndex
) -> dict[Group, OfficialAccount]:
    """Per (brand, department, platform): the most active declared account that was found,
    else the first one that could not be checked (a login wall, a bot block): the inventory
    says the brand has it there, so an undeclared own account beside it is still a second
    one. A declared account that no longer exists is no primary."""
    found: dict[Group, list[tuple[OfficialAccount, ProfileObservation]]] = defaultdict(list)
    unchecked: dict[Group, OfficialAccount] = {}
    for acc in inventory.accounts:
        o = merged.get(ix.key(acc.platform, acc.handle))
        group = (acc.brand, acc.department, acc.platform)
        if o is not None and o.state == ProbeState.FOUND and not o.fields.moved_to:
            found[group].append((acc, o))
        elif o is not None and o.state == ProbeState.UNVERIFIABLE:
            unchecked.setdefault(group, acc)
    out = {g: acc for g, acc in unchecked.items() if g not in found}
    out.update({g: max(m, key=lambda am: _activity(am[1]))[0] for g, m in found.items()})
    return out


def _declared_findings(
    inventory: Inventory,
    merged: Mapping[tuple[str, str], ProfileObservation],
    ix: BrandIndex,
    primary: Mapping[Group, OfficialAccount],
    config: MatchConfig,
    now: str,
) -> list[Finding]:
    """One finding per declared account, decided by the table's "declared" rows."""
    brands = {b.name: b for b in inventory.brands}
    out: list[Finding] = []
    done: set[tuple[str, str]] = set()
    for acc in inventory.accounts:
        k = ix.key(acc.platform, acc.handle)
        if k in done:
            continue
        done.add(k)
        o = merged.get(k) or ProfileObservation(
            acc.platform, k[1], acc.url or "", ProbeState.UNVERIFIABLE, reason="not_checked"
        )
        ev = [Evidence(
            SignalName.DECLARED,
            f"{acc.platform}:{acc.handle}",
            "declared in the inventory" + (f" (line {acc.line})" if acc.line else ""),
        )]
        why: list[Evidence] = []
        moved = o.fields.moved_to if o.state == ProbeState.FOUND else None
        if moved:
            # the account says it moved (Mastodon's ``moved``): left as a renamed one is
            ev.append(Evidence(
                SignalName.MOVED_TO, ix.shown(acc.platform, moved),
                f"the account says it moved to {ix.shown(acc.platform, moved)}: the company "
                "left it for that account (declare the new one in the inventory)"))
        elif o.state == ProbeState.NOT_FOUND:
            ev.append(Evidence(
                SignalName.NOT_FOUND,
                o.http_status,
                "the platform says this profile does not exist"
                + (f" (HTTP {o.http_status})" if o.http_status else ""),
            ))
        elif o.state == ProbeState.UNVERIFIABLE:
            ev.append(Evidence(SignalName.UNVERIFIABLE, o.reason,
                               f"could not be checked: {o.reason or 'unknown reason'}"))
        else:
            group = (acc.brand, acc.department, acc.platform)
            dup = primary.get(group) if primary.get(group) is not acc else None
            why = _redundancy(brands.get(acc.brand), acc.platform, o, now, config, dup,
                              ix.forms)
            if all(e.signal == SignalName.DUPLICATE_ACCOUNT for e in why):
                # the company declares both and keeps both up: the inventory is its word
                # that each has its audience (a region's alerts, a city's branch); a second
                # declared account is one to retire only when it also sleeps or sits outside
                # the strategy
                why = []
        d = decide(Signals(state=o.state, declared=True, redundancy=tuple(why),
                           moved_to=ix.shown(acc.platform, moved) if moved else None), config)
        out.append(_finding(o, d.cls, evidence=[*ev, *why], brand=acc.brand,
                            department=acc.department, score=1.0))
    return out


def _searched_bio(o: ProfileObservation) -> ProfileObservation:
    """A declared account whose own page shows no bio (X's JavaScript shell, LinkedIn's 999)
    with the bio its search result shows: the company's own words, which a copy on another
    page is compared with (``bio_copy``). Its finding keeps the observation as fetched."""
    if o.state != ProbeState.FOUND or (o.fields.bio or "").strip() or not o.sightings:
        return o
    st = from_search_results(o.platform, o.handle, o.fields, o.sightings)
    if st is None or "bio" not in st.derived:
        return o
    return replace(o, fields=replace(o.fields, bio=st.fields.bio))


def _read_search_results(
    todo: list[tuple[tuple[str, str], ProfileObservation]],
) -> dict[int, tuple[SearchText, ProfileObservation]]:
    """Profiles that show no name or bio (X's JavaScript shell, LinkedIn's 999) get them from
    their search results, in place in ``todo``, before anything compares them; returns row ->
    (the search text, the observation as fetched), which the finding keeps."""
    searched: dict[int, tuple[SearchText, ProfileObservation]] = {}
    for i, (k, o) in enumerate(todo):
        f = o.fields
        if o.sightings and not (f.display_name and f.bio):
            st = from_search_results(o.platform, o.handle, f, o.sightings)
            if st is not None:
                searched[i] = (st, o)
                todo[i] = (k, replace(o, fields=st.fields))
    return searched


def _classify_one(
    run: _Run, o: ProfileObservation, k: tuple[str, str], i: int, searched: SearchText | None
) -> Finding:
    """One undeclared profile (``k`` its merge key, ``i`` its row in the bulk scores) -> its
    finding: the quiet shortcut, else the signals and the decision table."""
    ix, bulk, cfg = run.ix, run.bulk, run.config
    identity = max(bulk.handle_score[i], bulk.name_score[i])
    if (
        identity < cfg.block_floor
        and bulk.avatar_dist[i] > cfg.phash_distance
        and not hides_itself(o, searched)
        and is_quiet(o, k, ix, run.pages, run.mentions)
    ):
        # nothing but a weak name ties it to us (most of a sweep): unrelated as it stands
        if _BLOCKING and bulk.quiet[i]:
            return _unrelated(o, cfg.w_identity * identity)
        p = gather(_profile(run, o, k, i, searched), _RESEMBLANCE)
        return _finding(o, FindingClass.UNRELATED, score=cfg.w_identity * identity,
                        evidence=list(p.found.values()))
    p = gather(_profile(run, o, k, i, searched))
    return _decided(run, p, k)


def _profile(
    run: _Run, o: ProfileObservation, k: tuple[str, str], i: int, searched: SearchText | None
) -> Profile:
    return Profile(o, k, i, run.bulk, run.ix, run.pages.get(k, ()), run.config, run.now,
                   searched, walled=_unread(o, searched))


def _unread(o: ProfileObservation, searched: SearchText | None) -> bool:
    """The profile's own page told nothing: walled (login, bot block), blank (a JavaScript
    shell reached through pages linking to it), or a JavaScript shell whose name and bio came
    only from a search result. Evidence then rests on what others
    show of it, and says "secondary: ..."."""
    if o.state == ProbeState.UNVERIFIABLE or blank(o, searched):
        return True
    if searched is None or o.fields.avatar_phash:
        return False
    return all(n in searched.derived or not getattr(o.fields, n) for n in ("display_name", "bio"))


#: the two name signals alone: what a quiet profile's finding shows in the brute-force path
_RESEMBLANCE = {n: f for n, f in SIGNALS.items()
                if n in ("handle_similarity", "display_name_similarity")}


_OWN_SIGNALS = frozenset({
    SignalName.OFFICIAL_SITE_LINK, SignalName.VERIFIED_OFFICIAL_LINK, SignalName.DOMAIN_HANDLE,
    SignalName.VERIFIED_BADGE, SignalName.COMPANY_RESOURCES, SignalName.OWN_CHANNEL,
    SignalName.SEARCH_RESULT_COMPANY, SignalName.OWN_TRACES,
})


def _peeled_brand(ix: BrandIndex, p: Profile) -> Brand | None:
    """The one brand one of whose names is the handle without its affixes, or None."""
    core = comparison_key(peel_affixes(handle_text(p.o))[0])
    hits = {b.name: b for b in ix.inventory.brands for n in b.names
            if comparison_key(n) == core}
    return next(iter(hits.values())) if len(hits) == 1 else None


def _site_brand(ix: BrandIndex, own: Evidence) -> Brand | None:
    """The brand whose site vouches for an own account, when no other brand shares it."""
    site = official_brand(own, ix)
    if site is None:
        return None
    page = str(own.value)
    dom = registered_domain(page)
    sharing = [b for b in ix.inventory.brands
               if any(registered_domain(w) == dom for w in b.websites)]
    if len(sharing) == 1:
        return ix.inventory.brands[site]
    # brands sharing a site (``dungkar.bt`` and ``dungkar.bt/deysho``): a page below the home
    # page that only one of their websites holds ("/visit/paro": not under "/deysho") is
    # that brand's
    path = urlsplit(page if "://" in page else f"https://{page}").path.rstrip("/")
    if not path:
        return None
    holders = []
    for b in sharing:
        for w in b.websites:
            site_path = urlsplit(w if "://" in w else f"https://{w}").path.rstrip("/")
            if registered_domain(w) == dom and (
                    path == site_path or path.startswith(f"{site_path}/")):
                holders.append((len(site_path), b))
    longest = max((n for n, _b in holders), default=-1)
    best = {b.name: b for n, b in holders if n == longest}
    return next(iter(best.values())) if len(best) == 1 else None


def _decided(run: _Run, p: Profile, k: tuple[str, str]) -> Finding:
    """The decision table's answer for a profile whose signals were gathered."""
    ix, o = run.ix, p.o
    allowed = None
    if k in ix.allow:
        note = ix.allow[k]
        allowed = Evidence(SignalName.ALLOWED, True, "listed under allow in the inventory"
                           + (f": {note}" if note else ""))
    brand = p.brand
    own = next((p.found[n] for n in OWN if n in p.found), None)
    if own is not None and brand is None and ix.inventory.brands:
        brand = ix.inventory.brands[official_brand(own, ix) or 0]
    elif own is not None and p.identity < 0.9:
        # an own account's handle that only resembles a brand ("brandjobs" ~ "brandlabs"):
        # the brand whose name its handle spells once its affixes are peeled off ("brand" +
        # "jobs"), else the one whose site vouches for it, when no other brand shares the site
        brand = _peeled_brand(ix, p) or _site_brand(ix, own) or brand
    names = [plain_key(n) for n in p.brand_names]
    hint = department_hint(ix.inventory, p.affixes, o, names)
    redundancy: list[Evidence] = []
    if own is not None:
        # a page whose last activity nobody can see (Facebook, X to a crawler) may be the
        # dormant regional page its bio still describes ("Dealers in Vlaanderen"): there
        # only its handle and the company's own link name a purpose that is kept up
        purpose = bool(_department_cues(p.affixes, o, names,
                                        described=bool(o.fields.last_active_at)))
        if not purpose and hint is None and brand is not None:
            purpose = _presented_apart(run, o, _duplicate_of(run.primary, brand, None,
                                                             o.platform),
                                       _handle_rest(o.handle, names))
        dup = _duplicate_of(run.primary, brand, hint, o.platform, purpose) if brand else None
        if dup is not None and _campaign_apart(run, p, names, dup):
            dup = None
        if dup is not None and _status_apart(p.affixes, o, names, dup):
            dup = None
        if dup is not None and _purpose_apart(o, names, dup, run.ix.inventory.domains):
            dup = None
        redundancy = _redundancy(brand, o.platform, o, run.now, run.config, dup,
                                 run.ix.forms)
        if LEFT_BEHIND in own.detail and brand is not None and dup is None:
            # the company's old page beside the brand's declared account of the platform: a
            # second account, whatever purpose its old words name ("Aircon Services")
            dup = _duplicate_of(run.primary, brand, None, o.platform)
            if dup is not None:
                redundancy = _redundancy(brand, o.platform, o, run.now, run.config, dup,
                                         run.ix.forms)
    s = to_decision_input(p, redundancy, allowed)
    if s.handle_twin is not None and _gone(run, o.platform, s.handle_twin):
        s = replace(s, handle_twin=None)
    d = decide(s, run.config)
    return _assemble(run, p, s, d, brand, hint, own)


def _gone(run: _Run, platform: str, handle: str) -> bool:
    """The declared account was looked for and is gone (deleted, deactivated): a handle that
    spells it with other separators copies no page of the company's any more, and shows a
    crawler nothing of its own; the name's next holder, a person of that region or trade
    (``quillmark_dz`` after the company's ``@QuillmarkDZ`` closed), is as likely as a copy."""
    o = run.observed.get(run.ix.key(platform, handle))
    return o is not None and o.state == ProbeState.NOT_FOUND


def _assemble(
    run: _Run, p: Profile, s: Signals, d: Decision, brand: Brand | None, hint: str | None,
    own: Evidence | None,
) -> Finding:
    """The finding of a decided profile: evidence in reading order, the reason first."""
    o, ev = p.o, list(p.found.values())
    lead: list[Evidence] = []
    if o.state == ProbeState.UNVERIFIABLE:
        lead.append(Evidence(SignalName.UNVERIFIABLE, o.reason,
                             f"could not be checked: {o.reason or 'unknown reason'}"))
    elif s.walled:
        lead.append(Evidence(SignalName.UNVERIFIABLE, "private",
                             "could not be checked: private (the page shows only that it "
                             "exists, no name or description)"))
    if s.allowed is not None:
        lead.append(s.allowed)
    if d.reason:
        lead.insert(0, Evidence(SignalName.DECISION, d.rule, d.reason))
    if d.cls in (FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT) and own is not None:
        # the proof first; other proofs of the same add nothing for the reviewer
        others = [e for e in ev if e is not own and e.signal not in _OWN_SIGNALS]
        ev = [own, *others, *s.redundancy]
    if d.rule.startswith(("walled, secondary", "blank, secondary")):
        ev = [e if e.signal == SignalName.HANDLE_SIMILARITY else p.secondary(e) or e for e in ev]
    if d.cls == FindingClass.IMPOSTOR:
        empty = p.found.get(SignalName.EMPTY_PROFILE)
        ev = [e for e in ev if e is not empty] + ([empty] if empty else [])
    avatar_acc = p.avatar[1] if p.avatar else None
    imitates = _imitates(brand, o, avatar_acc, run.ix)
    keep_imitates = d.cls in (FindingClass.IMPOSTOR, FindingClass.FAN, FindingClass.UNVERIFIED)
    if d.cls == FindingClass.UNRELATED and d.rule != "allowed" and not s.about_us:
        brand = None
    return _finding(
        o, d.cls,
        score=max(s.relevance, 0.9) if d.rule.startswith("own") else s.relevance,
        evidence=[*lead, *ev],
        severity=d.severity,
        harm=round(s.harm_score, 3) if d.cls == FindingClass.IMPOSTOR else 0.0,
        brand=brand.name if brand else None,
        department=hint or (imitates.department if imitates else None),
        imitates=(imitates.platform, imitates.handle) if imitates and keep_imitates else None,
    )


def _unrelated(o: ProfileObservation, score: float) -> Finding:
    """The finding of a quiet profile (see :func:`is_quiet`): built without the evidence
    machinery, equal to what the full path returns for it."""
    return Finding(
        o.platform,
        o.handle,
        o.url,
        o.fields.display_name,
        FindingClass.UNRELATED,
        None,
        round(float(score), 3),
        None,
        None,
        discovered_via=o.discovered_via if o.sightings else (),
        probe_state=o.state,
        probe_reason=o.reason,
        observation=o,
    )


#: two official avatars this few bits apart are one picture (the logo every account shows)
SAME_PICTURE_BITS = 4


def _imitates(
    brand: Brand | None, o: ProfileObservation, avatar_acc: OfficialAccount | None, ix: BrandIndex
) -> OfficialAccount | None:
    """The official account this profile copies, one account however many show its avatar:
    the avatar's owner on its own platform; else, of the accounts showing the same picture
    (the brand's logo is often on every one), the one on its platform, else the one its
    handle resembles most (the avatar's owner on a tie); without an avatar, the brand's
    account on its platform, else the one its handle resembles most."""
    if avatar_acc is not None and (brand is None or avatar_acc.brand == brand.name):
        if avatar_acc.platform == o.platform:
            return avatar_acc
        twins = _avatar_twins(avatar_acc, ix)
        here = [a for a in twins if a.platform == o.platform]
        same = [a for a in brand.accounts if a.platform == o.platform] if brand else []
        if here or not same:
            return _resembling(o.handle, here or twins)
    if brand is None or not brand.accounts:
        return avatar_acc
    same = [a for a in brand.accounts if a.platform == o.platform]
    return _resembling(o.handle, same or list(brand.accounts))


def _resembling(handle: str, pool: Sequence[OfficialAccount]) -> OfficialAccount:
    """The account of ``pool`` whose handle ``handle`` resembles most (the first on a tie)."""
    best = process.extractOne(
        comparison_key(handle),
        {i: comparison_key(a.handle) for i, a in enumerate(pool)},
        scorer=fuzz.ratio,
        processor=None,
        score_cutoff=0,
    )
    return pool[best[2]] if best else pool[0]


def _avatar_twins(acc: OfficialAccount, ix: BrandIndex) -> list[OfficialAccount]:
    """``acc`` first, then the brand's other official accounts showing the same picture as
    avatar (as they are, not their crops)."""
    bits, labels, crops = ix.avatar_bits, ix.avatar_labels, ix.avatar_crops
    if bits is None:
        return [acc]
    mine = next((int(bits[i]) for i, (_b, a) in enumerate(labels)
                 if a is acc and crops[i] is None), None)
    if mine is None:
        return [acc]
    out = [acc]
    for i, (_b, a) in enumerate(labels):
        if (crops[i] is None and a.brand == acc.brand and all(a is not x for x in out)
                and (int(bits[i]) ^ mine).bit_count() <= SAME_PICTURE_BITS):
            out.append(a)
    return out


def _followers(f: Finding) -> int:
    fl = f.observation.fields if f.observation is not None else None
    return fl.followers if fl is not None and fl.followers else 0


def live_imitations(findings: Sequence[Finding],
                    key: Callable[[str, str], tuple[str, str]],
                    current: Callable[[Finding], bool] = lambda f: True) -> list[Finding]:
    """A profile whose ``imitates`` names a declared account this audit found gone (missing:
    deleted or renamed) names the brand's live account on that platform instead (official or
    unlisted official, the most followed): a takedown request must point the platform to an
    account it can open, and every output (findings.json, report, evidence) names the same.
    Without such an account it is left as it is. One that names an account on another
    platform names the brand's own account the audit found on the profile's platform, where
    there is one (an unlisted one the inventory does not declare: the account its platform's
    reviewer compares it with, and the one the report's comparison shows). ``key``: a
    handle's comparison key; ``current``: which findings this audit saw (a report also lists
    resolved ones)."""
    own = [f for f in findings if f.cls in _OURS and current(f)]
    if not own:
        return list(findings)
    gone = {key(f.platform, f.handle): f for f in findings
            if f.cls == FindingClass.MISSING and current(f)}
    live: dict[tuple[str | None, str], Finding] = {}
    mine: dict[tuple[str, str], Finding] = {}
    here: dict[tuple[str | None, str], list[Finding]] = defaultdict(list)
    for f in own:
        best = live.get((f.brand, f.platform))
        if f.cls != FindingClass.REDUNDANT and (
                best is None or _followers(f) > _followers(best)):
            live[(f.brand, f.platform)] = f
        mine.setdefault(key(f.platform, f.handle), f)
        here[(f.brand, f.platform)].append(f)
    out = []
    for f in findings:
        was = gone.get(key(*f.imitates)) if f.imitates else None
        alt = live.get((was.brand, was.platform)) if was is not None else None
        if alt is None and f.imitates and f.imitates[0] != f.platform:
            alt = _own_here(f, here, mine.get(key(*f.imitates)))
        out.append(replace(f, imitates=(alt.platform, alt.handle)) if alt is not None else f)
    return out


#: the company's own accounts an impostor can imitate (a channel to retire is still ours)
_OURS = (FindingClass.OFFICIAL, FindingClass.OFFICIAL_UNLISTED, FindingClass.REDUNDANT)


def _own_here(f: Finding, here: Mapping[tuple[str | None, str], list[Finding]],
              imitated: Finding | None) -> Finding | None:
    """The brand's own account found on ``f``'s platform, for a profile imitating the brand's
    account elsewhere: an official one before a channel to retire, then the one ``f``'s
    handle resembles most, then the most followed."""
    brand = f.brand or (imitated.brand if imitated is not None else None)
    pool = here.get((brand, f.platform)) if brand else None
    if not pool:
        return None
    k = comparison_key(f.handle)
    return max(pool, key=lambda o: (o.cls != FindingClass.REDUNDANT,
                                    fuzz.ratio(k, comparison_key(o.handle)), _followers(o)))


# ----------------------------------------------------------------------------- triage

_TRIAGE_CLASS = {
    TriageDecision.FAN: FindingClass.FAN,
    TriageDecision.FALSE_POSITIVE: FindingClass.UNRELATED,
    TriageDecision.ALLOW: FindingClass.UNRELATED,
    TriageDecision.IMPOSTOR_CONFIRMED: FindingClass.IMPOSTOR,
    TriageDecision.TAKEDOWN_REQUESTED: FindingClass.IMPOSTOR,
}


def apply_triage(f: Finding, t: Triage | None, config: MatchConfig = DEFAULT_CONFIG) -> Finding:
    """A reviewer's decision overrides the classifier; the finding keeps the decision.

    ``official`` -> official_unlisted (declared accounts keep their class), ``fan`` -> fan,
    ``false_positive``/``allow`` -> unrelated, ``impostor_confirmed``/``takedown_requested`` ->
    impostor; ``taken_down`` leaves the class alone (history reopens it when it reappears).
    A profile the audit could not read (a login wall, a refusal) takes the reviewer's class as
    well: they saw what the audit could not. Only ``taken_down`` leaves it as it was there (the
    audit cannot tell it is back), and a profile no longer there keeps its class.
    """
    if t is None:
        return f
    if f.probe_state == ProbeState.NOT_FOUND or (
            f.probe_state != ProbeState.FOUND and t.decision == TriageDecision.TAKEN_DOWN):
        return replace(f, triage=t)
    cls = f.cls
    if t.decision == TriageDecision.OFFICIAL:
        if f.cls not in (FindingClass.OFFICIAL, FindingClass.REDUNDANT):
            cls = FindingClass.OFFICIAL_UNLISTED
    elif t.decision == TriageDecision.TAKEN_DOWN:
        cls = FindingClass.IMPOSTOR
    else:
        cls = _TRIAGE_CLASS.get(t.decision, f.cls)
    note = f" ({t.note})" if t.note else ""
    ev = Evidence(
        SignalName.TRIAGE,
        t.decision.value,
        f"reviewer decided '{t.decision.value}'{note}"
        + (f" on {t.decided_at}" if t.decided_at else "")
        + (f"; over the audit's own reading '{f.cls.value}'" if cls != f.cls else ""),
    )
    severity = f.severity if cls == FindingClass.IMPOSTOR else None
    if cls == FindingClass.IMPOSTOR and severity is None:
        severity = Severity.MEDIUM
    return replace(
        f,
        cls=cls,
        severity=severity,
        triage=t,
        evidence=(ev, *f.evidence),
        imitates=f.imitates if cls == FindingClass.IMPOSTOR else f.imitates,
    )
