"""Inventory + observations -> findings. Pure: no I/O, no clock (``now`` is a parameter).

Two numbers per profile:

* **relevance** (``Finding.score``, 0..1): is this profile about us? A noisy-or of name identity
  (handle and display name against brand names and declared handles, after homoglyph, leetspeak
  and affix normalisation) and corroboration (copied avatar, copied bio, links to an official or
  lookalike domain, mentions of the brand). A name alone stays below the cut-off when it is a
  single common word ("Northwind"): sailing clubs and photographers share it.
* **harm** (``Finding.harm``, 0..1): for impostors, how bad. ``poses`` (name, logo, bio) plus
  ``does harm`` (scam vocabulary, lookalike links). High severity needs both.

Scale (``benchmarks/bench_classify.py``: 100,000 profiles against 1,000 accounts of 100
brands in about 2 s on 2 cores): the name comparisons run as rapidfuzz ``cdist`` over all
observations at once against the (small) set of brand keys, in row chunks. ``token_set_ratio``,
200 ns a pair, is blocked: pairs sharing no word are scored by ``ratio`` of their sorted words
(what token_set_ratio reduces to then, with SIMD) and only pairs over that bound or sharing a
word get the exact score (:func:`_token_set_blocked`); ``_BLOCKING = False`` scores every pair,
and the tests hold both equal. Comparison keys skip affix peeling when no affix can be peeled
(:func:`_key`). Avatars are a numpy XOR/popcount matrix against each distinct official logo.
Rows with no name target, no copied avatar and nothing linking to us (:func:`_quiet`, most of
a sweep) become unrelated without the evidence machinery; slow per-profile signals (bio copy)
only run on rows that passed the cheap block (``config.block_floor``).

Profiles that show a crawler no name or bio (X's JavaScript shell, LinkedIn's 999) are read
from their search results first (:mod:`matching.snippets`), so the bulk scores and the quiet-row
shortcut see that text; every Evidence resting on it says "from a web search result: ...", and
the finding keeps the observation as fetched.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from matching import signals as sig
from matching import words
from matching.config import DEFAULT_CONFIG, MatchConfig
from matching.models import (
    Brand,
    Evidence,
    Finding,
    FindingClass,
    HandleRule,
    Inventory,
    LinkedPage,
    OfficialAccount,
    ProbeState,
    ProfileObservation,
    Severity,
    Triage,
    TriageDecision,
    Via,
)
from matching.normalise import (
    AFFIXES,
    comparison_key,
    fold,
    homoglyphs_used,
    peel_affixes,
    plain_key,
    registered_domain,
    tokens,
)
from matching.snippets import SearchText, from_search_results

__all__ = ["classify", "apply_triage"]

_CHUNK = 20_000
#: score only the pairs a cheap exact bound cannot rule out, and settle quiet rows without
#: the full decision table; False scores every pair and decides every row in full (the
#: brute-force reference that ``tests/test_classify.py`` compares the fast path with)
_BLOCKING = True
#: affixes that lure (support, giveaway, destek ...) or claim authority (official, resmi)
_SCAM_AFFIXES = words.LURE_AFFIXES | words.POSE_AFFIXES
_DEPT_HINTS = words.DEPARTMENT_HINTS
_DEPT_CUES = words.DEPARTMENT_CUES


# ----------------------------------------------------------------------------- keys

# affix words as they look at either end of a plain key (glyphs folded there, so ``real`` is
# looked for as ``reai``): only a key starting or ending with one can change when peeled
_AFFIX_EDGE = tuple(sorted({plain_key(a) for a in AFFIXES} | set(AFFIXES)))


_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
# plain_key letter by letter: for an ASCII letters-and-digits string (most handles) the
# pipeline is lower case, leet and glyph folding, all one character at a time
_PLAIN = str.maketrans({c: plain_key(c) for c in _ALNUM})
_ONE_TO_ONE = all(len(plain_key(c)) == 1 for c in _ALNUM)


@lru_cache(maxsize=400_000)
def _key(s: str) -> str:
    """:func:`~matching.normalise.comparison_key`, without peeling when there is nothing to peel.

    Peeling tries every affix at both ends of every string (5 us a handle, most of the key
    cost for 100,000 profiles); a key with no affix word at either end *is* its
    :func:`~matching.normalise.plain_key`, which for plain ASCII letters and digits is one
    ``str.translate``. Same result always (``tests/test_classify.py``); cached because one
    handle is probed on many platforms.
    """
    k = s.translate(_PLAIN) if _ONE_TO_ONE and s.isascii() and s.isalnum() else plain_key(s)
    return comparison_key(s) if k.startswith(_AFFIX_EDGE) or k.endswith(_AFFIX_EDGE) else k


# ----------------------------------------------------------------------------- the index


@dataclass
class _Target:
    brand: int
    text: str  # what it was derived from (name, alias or handle)
    key: str
    strong: bool  # full brand name / declared handle vs single-word alias
    is_name: bool = True  # a brand name or alias (display names compare with these only)


@dataclass
class _Index:
    """Everything about the inventory classification compares against, built once."""

    inventory: Inventory
    canon: Mapping[str, HandleRule] | None
    targets: list[_Target] = field(default_factory=list)
    official: dict[tuple[str, str], OfficialAccount] = field(default_factory=dict)
    official_domains: frozenset[str] = frozenset()
    brand_domains: dict[str, int] = field(default_factory=dict)  # registered domain -> brand
    brand_keys: tuple[str, ...] = ()
    allow: dict[tuple[str, str], str | None] = field(default_factory=dict)
    bios: dict[int, dict[str, str]] = field(default_factory=dict)  # brand -> label -> bio
    avatar_bits: np.ndarray | None = None
    avatar_labels: list[tuple[int, OfficialAccount]] = field(default_factory=list)
    mention_re: re.Pattern[str] | None = None
    mention_brand: dict[str, int] = field(default_factory=dict)
    mention_words: frozenset[str] = frozenset()  # first word of every mention term

    def key(self, platform: str, handle: str) -> tuple[str, str]:
        rule = self.canon.get(platform) if self.canon else None
        if rule is not None:
            return platform, rule.canonical(handle)
        return platform, handle.strip().lstrip("@").lower()


def _strong_name(name: str) -> bool:
    """A multi-word or long name identifies a company; one short common word does not."""
    return len(tokens(name)) > 1 or len(comparison_key(name)) >= 12


def _build_index(
    inventory: Inventory,
    official_obs: Mapping[tuple[str, str], ProfileObservation],
    rules: Mapping[str, HandleRule] | None,
) -> _Index:
    ix = _Index(inventory, rules)
    seen_keys: set[tuple[int, str]] = set()
    domains = {registered_domain(d) or d for d in inventory.domains}
    mention_terms: dict[str, int] = {}
    for b, brand in enumerate(inventory.brands):
        for i, name in enumerate(brand.names):
            k = comparison_key(name)
            if k and (b, k) not in seen_keys:
                seen_keys.add((b, k))
                ix.targets.append(_Target(b, name, k, i == 0 or _strong_name(name)))
            if _strong_name(name):
                mention_terms[fold(name)] = b
        for acc in brand.accounts:
            ix.official[ix.key(acc.platform, acc.handle)] = acc
            k = comparison_key(acc.handle)
            if len(k) >= 4 and (b, k) not in seen_keys:
                seen_keys.add((b, k))
                ix.targets.append(_Target(b, acc.handle, k, len(k) >= 6, is_name=False))
            if len(acc.handle) >= 5:
                mention_terms["@" + acc.handle.lower()] = b
        for site in brand.websites:
            d = registered_domain(site)
            if d:
                domains.add(d)
                ix.brand_domains[d] = b
    for d in domains:
        mention_terms.setdefault(d, 0 if len(inventory.brands) == 1 else -1)
    ix.official_domains = frozenset(domains)
    ix.brand_keys = tuple(sorted({t.key for t in ix.targets if t.strong and len(t.key) >= 6}))
    ix.allow = {ix.key(a.platform, a.handle): a.note for a in inventory.allow}
    if mention_terms:
        alts = sorted(mention_terms, key=len, reverse=True)
        ix.mention_re = re.compile(
            r"(?<![a-z0-9])(" + "|".join(re.escape(t) for t in alts) + r")(?![a-z0-9])"
        )
        ix.mention_brand = mention_terms
        ix.mention_words = frozenset(w for term in mention_terms for w in _WORD.findall(term)[:1])
    bits: list[int] = []
    brand_index = {b.name: i for i, b in enumerate(inventory.brands)}
    for key, obs in official_obs.items():
        declared_acc = ix.official.get(key)
        if declared_acc is None or obs.state != ProbeState.FOUND:
            continue
        acc = declared_acc
        b = brand_index.get(acc.brand, 0)
        f = obs.fields
        if f.bio and len(f.bio.strip()) >= 12:
            ix.bios.setdefault(b, {})[f"{acc.platform}:{acc.handle}"] = f.bio
        if f.avatar_phash:
            try:
                bits.append(int(f.avatar_phash, 16) & 0xFFFFFFFFFFFFFFFF)
            except ValueError:
                continue
            ix.avatar_labels.append((b, acc))
    if bits:
        ix.avatar_bits = np.array(bits, dtype=np.uint64)
    return ix


# ----------------------------------------------------------------------------- bulk signals


@dataclass
class _Bulk:
    """Per-observation results of the vectorised comparisons, as lists for the row loop."""

    handle_score: list[float]  # 0..1 after the weak-alias factor
    handle_target: list[int]  # index into targets, -1 none
    name_score: list[float]
    name_target: list[int]
    avatar_dist: list[int]  # bits, 99 none
    avatar_idx: list[int]
    #: no name target, identity under the block floor, no copied avatar: unrelated unless a
    #: link, sighting or mention says otherwise (see :func:`_quiet`)
    quiet: list[bool]


def _cdist(queries: Sequence[str], choices: Sequence[str], scorer, cutoff: float) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Every query against every choice: the brute-force reference the blocked paths equal."""
    return process.cdist(
        queries,
        choices,
        scorer=scorer,
        processor=None,
        score_cutoff=cutoff,
        dtype=np.uint8,
        workers=-1,
    )


def _words(s: str) -> str:
    """The sorted distinct words of ``s``: what token_set_ratio compares when none are shared."""
    return " ".join(sorted(set(s.split())))


def _token_set_blocked(queries: Sequence[str], choices: Sequence[str], cutoff: float) -> np.ndarray:
    """``cdist(token_set_ratio)`` without running token_set_ratio on every pair.

    token_set_ratio costs ~200 ns a pair (split, set, sort per call), 4 s for 100,000 display
    names against 200 brand names. When two strings share no word it *is* ``ratio`` of their
    sorted distinct words (rapidfuzz: the intersection is empty, so only the ratio of the two
    differences is left), which cdist scores with SIMD in a fraction of that. So:

    1. ``ratio`` of the sorted distinct words, all pairs, cut one point below ``cutoff`` (a
       bound, never a result: float rounding between the two formulas cannot drop a pair);
    2. pairs that share a word, found through a word -> choices index;
    3. the exact token_set_ratio for the pairs of 1 and 2 only (``cpdist``), 0 elsewhere.

    Strings that are not plain single-space-separated ASCII words go to the exact path whole.
    Equal to the brute-force cdist (``tests/test_classify.py`` compares both).
    """
    n, m = len(queries), len(choices)
    out = np.zeros((n, m), dtype=np.uint8)
    if not n or not m:
        return out
    q_words = [_words(q) for q in queries]
    c_words = [_words(c) for c in choices]
    bound = _cdist(q_words, c_words, fuzz.ratio, max(0.0, cutoff - 1.0))
    by_word: dict[str, list[int]] = defaultdict(list)
    for j, c in enumerate(c_words):
        for w in c.split():
            by_word[w].append(j)
    odd_cols = [j for j, c in enumerate(choices) if not (c.isascii() and c == " ".join(c.split()))]
    bound[:, odd_cols] = 1
    for i, (q, qw) in enumerate(zip(queries, q_words, strict=True)):
        if not (q.isascii() and q == " ".join(q.split())):
            bound[i, :] = 1
            continue
        for w in qw.split():
            cols = by_word.get(w)
            if cols:
                bound[i, cols] = 1
    hit_rows, hit_cols = np.nonzero(bound)
    if len(hit_rows):
        out[hit_rows, hit_cols] = process.cpdist(
            [queries[int(i)] for i in hit_rows],
            [choices[int(j)] for j in hit_cols],
            scorer=fuzz.token_set_ratio,
            processor=None,
            score_cutoff=cutoff,
            dtype=np.uint8,
            workers=-1,
        )
    return out


def _best(
    keys: list[str],
    choices: list[str],
    weights: np.ndarray,
    scorer,  # type: ignore[no-untyped-def]
    cutoff: float,
    blocked: bool | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Per key: the best weighted score over ``choices`` (0..1) and its index (-1 none)."""
    blocked = _BLOCKING if blocked is None else blocked
    n = len(keys)
    score = np.zeros(n, dtype=np.float32)
    target = np.full(n, -1, dtype=np.int32)
    if not choices or not n:
        return score, target
    for start in range(0, n, _CHUNK):
        chunk = keys[start : start + _CHUNK]
        if blocked and scorer is fuzz.token_set_ratio:
            m = _token_set_blocked(chunk, choices, cutoff)
        else:
            m = _cdist(chunk, choices, scorer, cutoff)
        w = m.astype(np.float32) * weights[None, :] / 100.0
        idx = w.argmax(axis=1)
        best = w[np.arange(len(chunk)), idx]
        score[start : start + len(chunk)] = best
        target[start : start + len(chunk)] = np.where(best > 0, idx, -1)
    return score, target


_HEX = re.compile(r"[0-9a-fA-F]*")


def _phash_values(rows: list[int], hashes: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(rows whose hash parses, their 64-bit values): ``int(h, 16)`` of each, masked to 64 bits.

    Hashes of 16 hex digits (what ``crawler/avatars`` writes) decode in one ``bytes.fromhex``;
    anything else goes through ``int`` one by one, unparsable ones left out.
    """
    if all(len(h) == 16 for h in hashes):
        joined = "".join(hashes)
        if _HEX.fullmatch(joined):
            vals = np.frombuffer(bytes.fromhex(joined), dtype=">u8").astype(np.uint64)
            return np.array(rows, dtype=np.int64), vals
    ok: list[int] = []
    out: list[int] = []
    for i, h in zip(rows, hashes, strict=True):
        try:
            out.append(int(h, 16) & 0xFFFFFFFFFFFFFFFF)
        except ValueError:
            continue
        ok.append(i)
    return np.array(ok, dtype=np.int64), np.array(out, dtype=np.uint64)


def _popcount(x: np.ndarray) -> np.ndarray:
    if hasattr(np, "bitwise_count"):
        return np.bitwise_count(x)
    b = x.view(np.uint8).reshape(*x.shape, 8)
    return np.unpackbits(b, axis=-1).sum(axis=(-1, -2))  # pragma: no cover


def _bulk(
    ix: _Index, obs: Sequence[ProfileObservation], config: MatchConfig, clock: _Stages | None = None
) -> _Bulk:
    clock = clock or _Stages(None)
    weights = np.array(
        [1.0 if t.strong else config.weak_alias_factor for t in ix.targets], dtype=np.float32
    )
    choices = [t.key for t in ix.targets]
    hkeys = [_key(_handle_text(o)) for o in obs]
    clock.lap("handle keys")
    h_score, h_target = _best(hkeys, choices, weights, fuzz.ratio, config.handle_cutoff)
    clock.lap("handle scores")
    # display names, against brand names and aliases only (not handles), and only for the
    # profiles that show one: squashed keys (ratio) and words (token_set: the brand name
    # inside a longer name, in any order)
    name_ix = [j for j, t in enumerate(ix.targets) if t.is_name]
    nw = weights[name_ix]
    rows = [r for r, o in enumerate(obs) if o.fields.display_name]
    n_score = np.zeros(len(obs), dtype=np.float32)
    n_target = np.full(len(obs), -1, dtype=np.int32)
    if rows and name_ix:
        names = [obs[r].fields.display_name or "" for r in rows]
        nkeys = [_key(s) for s in names]
        name_choices = [sig.name_tokens(ix.targets[j].text) for j in name_ix]
        ntoks = [sig.name_tokens(s) for s in names]
        clock.lap("name keys")
        n1, t1 = _best(nkeys, [choices[j] for j in name_ix], nw, fuzz.ratio, config.name_cutoff)
        n2, t2 = _best(ntoks, name_choices, nw, fuzz.token_set_ratio, config.name_cutoff)
        # token_set also scores 100 when the *name* is a subset of the brand ("Winmi" vs "Winmi
        # Roasters"): a namesake's first name. Keep it only when the brand's words are there.
        target_words = [set(c.split()) for c in name_choices]
        for r in np.nonzero(n2 > n1)[0]:
            if not target_words[t2[r]] <= set(ntoks[r].split()):
                best = process.extractOne(
                    ntoks[r],
                    name_choices,
                    scorer=fuzz.token_sort_ratio,
                    processor=None,
                    score_cutoff=config.name_cutoff,
                )
                if best is None:
                    n2[r], t2[r] = 0.0, -1
                else:
                    n2[r], t2[r] = best[1] * nw[best[2]] / 100.0, best[2]
        use2 = n2 > n1
        best_score = np.where(use2, n2, n1)
        best_t = np.where(use2, t2, t1)
        sel = np.array(rows)
        n_score[sel] = best_score
        n_target[sel] = np.where(best_t >= 0, np.array(name_ix)[np.maximum(best_t, 0)], -1)
    clock.lap("name scores")
    n = len(obs)
    a_dist = np.full(n, 99, dtype=np.int32)
    a_idx = np.full(n, -1, dtype=np.int32)
    if ix.avatar_bits is not None:
        rows = [i for i, o in enumerate(obs) if o.fields.avatar_phash]
        ok_rows, arr = _phash_values(rows, [obs[i].fields.avatar_phash or "" for i in rows])
        # one column per distinct official avatar (a brand's accounts share one logo), in
        # order of first appearance so ties resolve to the same account as over all of them
        if _BLOCKING:
            uniq, first = np.unique(ix.avatar_bits, return_index=True)
            order = np.argsort(first, kind="stable")
            ubits, ufirst = uniq[order], first[order]
        else:
            ubits, ufirst = ix.avatar_bits, np.arange(len(ix.avatar_bits))
        for start in range(0, len(arr), _CHUNK):
            part = arr[start : start + _CHUNK]
            d = _popcount(part[:, None] ^ ubits[None, :])
            j = d.argmin(axis=1)
            sel = ok_rows[start : start + _CHUNK]
            a_dist[sel] = d[np.arange(len(part)), j]
            a_idx[sel] = ufirst[j]
    clock.lap("avatars")
    quiet = (
        (h_target < 0)
        & (n_target < 0)
        & (np.maximum(h_score, n_score) < config.block_floor)
        & (a_dist > config.phash_distance)
    )
    # plain lists: the per-profile loop reads one value at a time, which numpy scalars make slow
    return _Bulk(
        h_score.tolist(),
        h_target.tolist(),
        n_score.tolist(),
        n_target.tolist(),
        a_dist.tolist(),
        a_idx.tolist(),
        quiet.tolist(),
    )


# ----------------------------------------------------------------------------- helpers


def _noisy_or(weights: Sequence[float]) -> float:
    p = 1.0
    for w in weights:
        p *= 1.0 - max(0.0, min(1.0, w))
    return 1.0 - p


def _department_hint(
    inventory: Inventory, affixes: Sequence[str], o: ProfileObservation
) -> str | None:
    """The department a profile's words point at (``_support`` -> Customer Care)."""
    words = set(affixes)
    text = " ".join(
        tokens(" ".join(x for x in (o.handle, o.fields.display_name or "", o.fields.bio or "")))
    )
    for cue, hint in _DEPT_CUES:
        if cue in text:
            words.add(hint)
    for w in words:
        for hint_word in _DEPT_HINTS.get(w, ()):
            for d in inventory.departments:
                if hint_word in tokens(d.name) or fold(d.name).startswith(hint_word):
                    return d.name
    return None


def _merge(
    observations: Sequence[ProfileObservation], ix: _Index
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
    acc_brand: Brand | None,
    platform: str,
    o: ProfileObservation,
    now: str,
    config: MatchConfig,
    duplicate_of: OfficialAccount | None,
) -> list[Evidence]:
    why: list[Evidence] = []
    if duplicate_of is not None:
        dept = f" ({duplicate_of.department})" if duplicate_of.department else ""
        why.append(
            Evidence(
                "duplicate_account",
                f"{duplicate_of.platform}:{duplicate_of.handle}",
                f"a second account of {duplicate_of.brand}{dept} on {platform}, next to "
                f"@{duplicate_of.handle}",
            )
        )
    d = sig.dormancy(o.fields, now, config.dormant_days)
    if d is not None:
        why.append(d)
    if acc_brand is not None and acc_brand.strategy and platform not in acc_brand.strategy:
        why.append(
            Evidence(
                "outside_strategy",
                platform,
                f"{platform} is not in {acc_brand.name}'s platform strategy "
                f"({', '.join(acc_brand.strategy)})",
            )
        )
    return why


def _activity(o: ProfileObservation) -> tuple[int, str]:
    return (o.fields.followers or 0, o.fields.last_active_at or "")


# ----------------------------------------------------------------------------- classify


class _Stages:
    """Seconds per stage into ``timings`` when the caller asked for them (benchmarks).

    ``time.perf_counter`` only measures; no result depends on it, so classify stays pure.
    """

    def __init__(self, timings: dict[str, float] | None) -> None:
        self.timings = timings
        self.t = time.perf_counter() if timings is not None else 0.0

    def lap(self, stage: str) -> None:
        if self.timings is None:
            return
        t = time.perf_counter()
        self.timings[stage] = self.timings.get(stage, 0.0) + t - self.t
        self.t = t


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
) -> list[Finding]:
    """Classify every observed profile, plus declared accounts nobody observed.

    ``rules`` (optional) gives each platform's canonical handle form; without it handles
    compare case-insensitively. ``triage`` maps ``(platform, handle)`` to a reviewer decision,
    which overrides the classifier. Returns findings ordered by class then relevance.
    ``timings``, when given, receives the seconds spent per stage (``benchmarks/``).
    """
    clock = _Stages(timings)
    keyer = _Index(inventory, rules)
    merged = _merge(observations, keyer)
    clock.lap("merge")
    brands = {b.name: b for b in inventory.brands}
    declared = {keyer.key(a.platform, a.handle) for a in inventory.accounts}
    official_obs = {k: o for k, o in merged.items() if k in declared}
    ix = _build_index(inventory, official_obs, rules)
    pages: dict[tuple[str, str], list[LinkedPage]] = defaultdict(list)
    for p in linked_pages:
        pages[ix.key(p.from_platform, p.from_handle)].append(p)
    clock.lap("index")

    findings: list[Finding] = []
    # --------------------------------------------------------------- declared accounts
    found_official: dict[
        tuple[str, str | None, str], list[tuple[OfficialAccount, ProfileObservation]]
    ]
    found_official = defaultdict(list)
    for acc in inventory.accounts:
        k = ix.key(acc.platform, acc.handle)
        o = merged.get(k)
        if o is not None and o.state == ProbeState.FOUND:
            found_official[(acc.brand, acc.department, acc.platform)].append((acc, o))
    primary: dict[tuple[str, str | None, str], OfficialAccount] = {}
    for group, members in found_official.items():
        best = max(members, key=lambda m: _activity(m[1]))
        primary[group] = best[0]

    declared_done: set[tuple[str, str]] = set()
    for acc in inventory.accounts:
        k = ix.key(acc.platform, acc.handle)
        if k in declared_done:
            continue
        declared_done.add(k)
        o = merged.get(k)
        if o is None:
            o = ProfileObservation(
                acc.platform,
                k[1],
                acc.url or "",
                ProbeState.UNVERIFIABLE,
                reason="not_checked",
            )
        base = {"brand": acc.brand, "department": acc.department, "score": 1.0}
        declared_ev = Evidence(
            "declared",
            f"{acc.platform}:{acc.handle}",
            "declared in the inventory" + (f" (line {acc.line})" if acc.line else ""),
        )
        if o.state == ProbeState.NOT_FOUND:
            findings.append(
                _finding(
                    o,
                    FindingClass.MISSING,
                    evidence=[
                        declared_ev,
                        Evidence(
                            "not_found",
                            o.http_status,
                            "the platform says this profile does not exist"
                            + (f" (HTTP {o.http_status})" if o.http_status else ""),
                        ),
                    ],
                    **base,
                )
            )
            continue
        if o.state == ProbeState.UNVERIFIABLE:
            findings.append(
                _finding(
                    o,
                    FindingClass.UNVERIFIED,
                    evidence=[
                        declared_ev,
                        Evidence(
                            "unverifiable",
                            o.reason,
                            f"could not be checked: {o.reason or 'unknown reason'}",
                        ),
                    ],
                    **base,
                )
            )
            continue
        group = (acc.brand, acc.department, acc.platform)
        dup = primary[group] if primary.get(group) is not acc else None
        why = _redundancy(brands.get(acc.brand), acc.platform, o, now, config, dup)
        cls = FindingClass.REDUNDANT if why else FindingClass.OFFICIAL
        findings.append(_finding(o, cls, evidence=[declared_ev, *why], **base))

    clock.lap("declared")
    # --------------------------------------------------------------- everything else
    todo = [
        (k, o)
        for k, o in merged.items()
        if k not in ix.official and o.state != ProbeState.NOT_FOUND
    ]
    clock.lap("todo")
    # profiles that show no name or bio (X's JavaScript shell, LinkedIn's 999) are read from
    # their search results before anything compares them, so the bulk scores, the quiet-row
    # shortcut and the decision table all see that text; findings keep the real observation
    searched: dict[int, tuple[SearchText, ProfileObservation]] = {}
    for i, (k, o) in enumerate(todo):
        f = o.fields
        if o.sightings and not (f.display_name and f.bio):
            st = from_search_results(o.platform, o.handle, f, o.sightings)
            if st is not None:
                searched[i] = (st, o)
                todo[i] = (k, replace(o, fields=st.fields))
    clock.lap("search text")
    others = [o for _k, o in todo]
    bulk = _bulk(ix, others, config, clock)
    mentions: dict[str | None, bool] = {}  # bio -> may mention us (bios repeat)
    w_identity = config.w_identity
    h_score, n_score, quiet = bulk.handle_score, bulk.name_score, bulk.quiet
    for i, (k, o) in enumerate(todo):
        hit = searched.get(i)
        if _BLOCKING and quiet[i] and _quiet(o, k, ix, pages, mentions):
            finding = _unrelated(o, w_identity * max(h_score[i], n_score[i]))
        else:
            finding = _classify_one(
                o, k, i, bulk, ix, pages, config, now, primary, mentions, hit[0] if hit else None
            )
        findings.append(replace(finding, observation=hit[1]) if hit else finding)
    clock.lap("profiles")

    tri = triage or {}
    if tri:
        findings = [
            apply_triage(f, tri.get(ix.key(f.platform, f.handle)) or tri.get(f.key), config)
            for f in findings
        ]
    order = {c: n for n, c in enumerate(FindingClass)}
    findings.sort(key=lambda f: (order[f.cls], -(f.harm or 0), -f.score, f.platform, f.handle))
    clock.lap("triage+sort")
    return findings


def _classify_one(  # noqa: C901 - one decision table, kept in one place on purpose
    o: ProfileObservation,
    k: tuple[str, str],
    i: int,
    bulk: _Bulk,
    ix: _Index,
    pages: Mapping[tuple[str, str], list[LinkedPage]],
    config: MatchConfig,
    now: str,
    primary: Mapping[tuple[str, str | None, str], OfficialAccount],
    mentions: dict[str | None, bool],
    searched: SearchText | None = None,
) -> Finding:
    """One profile (``k`` its merge key, ``i`` its row in ``bulk``) -> its finding.

    ``searched``: the display name and/or bio in ``o.fields`` were read from a search result
    (:mod:`matching.snippets`); every Evidence built from that text says so.
    """
    inv = ix.inventory
    f = o.fields
    ev: list[Evidence] = []
    derived = searched.derived if searched is not None else frozenset()
    origin = _origin(searched) if searched is not None else ""

    def cite(e: Evidence, *used: str) -> Evidence:
        """``e`` marked as the search engine's text when it rests on a derived field."""
        if derived.isdisjoint(used):
            return e
        return replace(e, detail=f"{origin}: {e.detail}")

    # identity ---------------------------------------------------------------------
    h_score = bulk.handle_score[i]
    n_score = bulk.name_score[i]
    h_i, n_i = bulk.handle_target[i], bulk.name_target[i]
    h_t = ix.targets[h_i] if h_i >= 0 else None
    n_t = ix.targets[n_i] if n_i >= 0 else None
    identity = max(h_score, n_score)
    id_target = h_t if h_score >= n_score else n_t
    if h_t is not None:
        ev.append(sig.explain_handle(_handle_text(o), h_t.text, h_score))
    if n_t is not None and f.display_name:
        ev.append(cite(sig.explain_name(f.display_name, n_t.text, n_score), "display_name"))

    # fast path: nothing points at us (the bulk of any sweep) -------------------------------
    if (
        identity < config.block_floor
        and bulk.avatar_dist[i] > config.phash_distance
        and _quiet(o, k, ix, pages, mentions)
    ):
        return _finding(o, FindingClass.UNRELATED, score=config.w_identity * identity, evidence=ev)
    if searched is not None:
        ev.append(
            Evidence(
                "search_result",
                searched.sighting.url or searched.sighting.source,
                f"{origin}: {searched.source()}; the profile itself shows a crawler no "
                + " or ".join(n.replace("display_name", "name") for n in sorted(derived)[::-1]),
            )
        )

    # corroboration -----------------------------------------------------------------
    avatar_acc: OfficialAccount | None = None
    avatar_brand: int | None = None
    if bulk.avatar_dist[i] <= config.phash_distance:
        avatar_brand, avatar_acc = ix.avatar_labels[bulk.avatar_idx[i]]
        label = f"{avatar_acc.platform}:{avatar_acc.handle}"
        ev.append(sig.explain_avatar(int(bulk.avatar_dist[i]), label))
    # a domain written in the bio ("claim at northwind-coffee-rewards.com") is a link too
    links = [*f.external_links, *sig.domains_in_text(f.bio)]
    kinds: dict[str, str] = {}
    link_kinds: set[str] = set()  # of the profile's link fields only
    for n, url in enumerate(links):
        kind, dom, _why = sig.classify_domain(
            url, ix.official_domains, ix.brand_keys, config.lookalike_cutoff
        )
        kinds.setdefault(kind, dom)
        if n < len(f.external_links):
            link_kinds.add(kind)
    link_ev = (
        sig.external_link_domain(links, ix.official_domains, ix.brand_keys, config.lookalike_cutoff)
        if kinds.keys() - {"other"}
        else None
    )
    page_ev = (
        sig.lookalike_linked_page(
            pages.get(k, ()), ix.official_domains, ix.brand_keys, config.lookalike_cutoff
        )
        if k in pages
        else None
    )
    promo_ev = sig.linked_from_lookalike_site(
        o.sightings, ix.official_domains, ix.brand_keys, config.lookalike_cutoff
    )
    if promo_ev is not None and page_ev is None:
        page_ev = promo_ev
    official_link = "official" in kinds
    only_official_links = link_kinds == {"official"}
    lookalike = "lookalike" in kinds or page_ev is not None
    link_brand = ix.brand_domains.get(kinds["official"]) if official_link else None
    if link_ev is not None:
        # a domain only the (derived) bio wrote is the search engine's text
        own = {registered_domain(u) for u in f.external_links} if derived else set()
        ev.append(cite(link_ev, *(() if link_ev.value in own else ("bio",))))
        if lookalike and official_link:
            ev.append(
                cite(
                    Evidence(
                        "official_link",
                        kinds["official"],
                        f"also links to the official domain {kinds['official']}",
                    ),
                    *(() if kinds["official"] in own else ("bio",)),
                )
            )
    if page_ev is not None:
        ev.append(page_ev)
    # a link the SSRF guard refused because it leads into a private network: a harm signal
    refused_ev = sig.link_refused(pages[k]) if k in pages else None
    if refused_ev is not None:
        ev.append(refused_ev)
    mention_brand: int | None = None
    mention_ev: Evidence | None = None
    if ix.mention_re is not None and f.bio:
        m = ix.mention_re.search(fold(f.bio))
        if m:
            term = m.group(1)
            mb = ix.mention_brand.get(term, -1)
            mention_brand = mb if mb >= 0 else None
            mention_ev = cite(Evidence("brand_mention", term, f"bio mentions '{term}'"), "bio")
            ev.append(mention_ev)
    glyph_text = " ".join(x for x in (o.handle, f.display_name or "") if x)
    homo = None
    if identity >= 0.85 and homoglyphs_used(glyph_text):
        homo = sig.homoglyph_use(glyph_text)
        if homo is not None:
            ev.append(homo if homoglyphs_used(o.handle) else cite(homo, "display_name"))

    # which brand is it about? ------------------------------------------------------
    b: int | None = None
    if id_target is not None and identity >= 0.8:
        b = id_target.brand
    elif avatar_brand is not None:
        b = avatar_brand
    elif link_brand is not None:
        b = link_brand
    elif mention_brand is not None:
        b = mention_brand
    elif id_target is not None:
        b = id_target.brand
    elif len(inv.brands) == 1 and (link_ev or page_ev or mention_ev):
        b = 0
    brand = inv.brands[b] if b is not None else None

    bio_ev = None
    blocked = bool(identity >= config.block_floor or avatar_acc or link_ev or page_ev or mention_ev)
    if blocked and b is not None and f.bio:
        bio_ev = sig.bio_similarity(f.bio, ix.bios.get(b, {}), config.bio_cutoff)
        if bio_ev is not None:
            ev.append(cite(bio_ev, "bio"))
    _core, affixes = peel_affixes(_handle_text(o))
    scam_affix = [a for a in affixes if a in _SCAM_AFFIXES]
    fan_ev = sig.self_declared_fan(f.bio, f.display_name) if blocked else None
    scam_ev = sig.scam_wording(f.bio, f.display_name) if blocked else None
    if derived:
        # search-engine text unless the profile's own text alone says as much
        own_text = [t for n, t in (("bio", f.bio), ("display_name", f.display_name))
                    if n not in derived]
        if fan_ev is not None and sig.self_declared_fan(*own_text) is None:
            fan_ev = cite(fan_ev, *derived)
        if scam_ev is not None and sig.scam_wording(*own_text) != scam_ev:
            scam_ev = cite(scam_ev, *derived)
    if fan_ev is not None:
        ev.append(fan_ev)
    if scam_ev is not None:
        ev.append(scam_ev)
    empty_ev = sig.empty_profile(f)

    relevance = _noisy_or(
        [
            config.w_identity * identity,
            config.w_avatar if avatar_acc else 0.0,
            config.w_bio_copy if bio_ev else 0.0,
            config.w_official_link if official_link else 0.0,
            config.w_lookalike_link if lookalike else 0.0,
            config.w_mention if mention_ev else 0.0,
            config.w_homoglyph if homo else 0.0,
            config.w_affix if scam_affix and identity >= 0.8 else 0.0,
            config.w_scam if scam_ev and identity >= 0.8 else 0.0,
        ]
    )

    imitates = _imitates(brand, o, avatar_acc, ix)
    hint = _department_hint(inv, affixes, o)
    common: dict[str, Any] = {
        "brand": brand.name if brand else None,
        "department": hint or (imitates.department if imitates else None),
        "imitates": (imitates.platform, imitates.handle) if imitates else None,
    }

    # allowed ----------------------------------------------------------------------
    if k in ix.allow:
        note = ix.allow[k]
        why = "listed under allow in the inventory" + (f": {note}" if note else "")
        ev.insert(0, Evidence("allowed", True, why))
        common["imitates"] = None
        return _finding(o, FindingClass.UNRELATED, score=relevance, evidence=ev, **common)

    if o.state == ProbeState.UNVERIFIABLE:
        why = f"could not be checked: {o.reason or 'unknown reason'}"
        ev.insert(0, Evidence("unverifiable", o.reason, why))
        return _finding(o, FindingClass.UNVERIFIED, score=relevance, evidence=ev, **common)

    # the company's own, not declared ----------------------------------------------------
    official_ev = (
        sig.linked_from_official_site(o.sightings, ix.official_domains)
        or sig.verified_official_link(f, ix.official_domains)
        or _domain_handle(o, ix)
    )
    if official_ev is None and sig.verified_badge(f) is not None and official_link:
        official_ev = Evidence(
            "verified_badge",
            True,
            f"verified badge and a link to the official domain {kinds['official']}",
        )
    harmless = not (scam_ev or lookalike or homo or fan_ev or refused_ev)
    if (
        official_ev is not None
        and official_ev.signal == "official_site_link"
        and (refused_ev is not None or (scam_ev is not None and lookalike))
    ):
        # the company's site links it, but no company channel sends people into a private
        # network or to a lookalike scam page: sites also link impostors to warn about them
        # ("Fake accounts: this one is not ours"). The link stays in the evidence, as a mention.
        why = "its links lead into a private network" if refused_ev else (
            "it uses scam wording and links to a lookalike domain")
        ev.append(
            Evidence(
                "official_site_mention",
                official_ev.value,
                f"{official_ev.detail}; not taken as proof that it is the company's: {why} "
                "(company pages also name impostors to warn about them)",
            )
        )
        official_ev = None
    if official_ev is None and avatar_acc is not None and only_official_links and harmless:
        # the official logo and links to nothing but official domains, with nothing to gain
        # for a fraudster: the company's own channel nobody listed (often an old one)
        official_ev = Evidence(
            "company_resources",
            kinds["official"],
            f"uses the official logo and links only to the official domain "
            f"{kinds['official']}, without scam wording or lookalike links",
        )
    if (
        official_ev is None
        and searched is not None
        and not f.avatar_phash
        and kinds.keys() == {"official"}
        and harmless
        and not scam_affix
        and (identity >= 0.8 or mention_ev is not None)
        and not (h_t is not None and _key(_handle_text(o)) != h_t.key)
    ):
        # all a crawler can read is the search result (X, LinkedIn): it names the brand, sends
        # people only to the official domain and has nothing a fraudster would gain, on a
        # handle that copies no official one. The logo could not be compared: the reviewer
        # confirms, which is what official_unlisted asks of them anyway.
        named = f"'{f.display_name}'" if "display_name" in derived else "the brand"
        official_ev = Evidence(
            "search_result_company",
            kinds["official"],
            f"{origin}: {named} links only to the official domain {kinds['official']}, "
            "without scam wording, lookalike links or a lookalike handle (the profile's own "
            "page and avatar could not be read)",
        )
    if official_ev is not None:
        if brand is None:
            brand = inv.brands[_official_brand(official_ev, ix) or 0] if inv.brands else None
            common["brand"] = brand.name if brand else None
        dup = primary.get((brand.name, hint, o.platform)) if brand and hint else None
        redundancy = _redundancy(brand, o.platform, o, now, config, dup)
        cls = FindingClass.REDUNDANT if redundancy else FindingClass.OFFICIAL_UNLISTED
        common["imitates"] = None
        rest = [e for e in ev if e is not official_ev]
        return _finding(
            o, cls, score=max(relevance, 0.9), evidence=[official_ev, *rest, *redundancy],
            **common,
        )

    # fan, unrelated, impostor ----------------------------------------------------------
    about_us = (
        identity >= config.block_floor
        or relevance >= config.relevance_cutoff
        or mention_ev is not None
        or avatar_acc is not None
    )
    # a "fan page" that also runs a scam on a lookalike site is an impostor hiding behind a word
    if fan_ev is not None and about_us and not (scam_ev is not None and lookalike):
        return _finding(o, FindingClass.FAN, score=relevance, evidence=ev, **common)
    if relevance < config.relevance_cutoff or brand is None:
        common["imitates"] = None
        return _finding(o, FindingClass.UNRELATED, score=relevance, evidence=ev, **common)

    name_pose = (identity >= 0.9 and id_target is not None and id_target.strong) or bool(homo)
    squat = empty_ev is not None and not (
        avatar_acc or bio_ev or scam_ev or lookalike or refused_ev
    )
    pose = _noisy_or(
        [
            config.h_name if name_pose and not squat else 0.0,
            config.h_avatar if avatar_acc else 0.0,
            config.h_bio if bio_ev else 0.0,
        ]
    )
    damage = _noisy_or(
        [
            config.h_scam if scam_ev else 0.0,
            config.h_lookalike if lookalike else 0.0,
            config.h_refused_link if refused_ev else 0.0,
        ]
    )
    harm = min(1.0, pose + damage + (config.h_squat if squat else 0.0))
    if empty_ev is not None:
        ev.append(empty_ev)
    # high: poses as the brand AND solicits victims on the profile itself (scam wording)
    if pose > 0 and scam_ev is not None and harm >= config.severity_high:
        severity = Severity.HIGH
    elif harm >= config.severity_medium:
        severity = Severity.MEDIUM
    else:
        severity = Severity.LOW
    return _finding(
        o,
        FindingClass.IMPOSTOR,
        score=relevance,
        evidence=ev,
        severity=severity,
        harm=round(harm, 3),
        **common,
    )


_WORD = re.compile(r"[a-z0-9]+")


def _origin(searched: SearchText) -> str:
    """How evidence built from a search result's text starts: whose text it is."""
    s = searched.sighting
    if s.via == Via.PLATFORM_SEARCH:
        return f"from a {s.platform} search result"
    return "from a web search result"


_DOMAINISH = re.compile(r"[a-z0-9-]\.[a-z]{2,}")


def _may_mention(ix: _Index, bio: str | None) -> bool:
    """Cheap pre-check for :attr:`_Index.mention_re`: does any mention term's first word occur?

    Also true for any domain-like word, which may be a lookalike written in the bio.
    """
    if not bio:
        return False
    text = fold(bio)
    if _DOMAINISH.search(text):
        return True
    return ix.mention_re is not None and not ix.mention_words.isdisjoint(_WORD.findall(text))


_FOUND = ProbeState.FOUND
_SITE_VIAS = (Via.OFFICIAL_SITE, Via.LINKED_PAGE)


def _quiet(
    o: ProfileObservation,
    k: tuple[str, str],
    ix: _Index,
    pages: Mapping[tuple[str, str], list[LinkedPage]],
    mentions: dict[str | None, bool],
) -> bool:
    """Nothing but the name could tie this profile to us: no links, pages, site sightings,
    allow entry, domain handle or mention. With a low name score it is unrelated as it stands."""
    f = o.fields
    return (
        o.state is _FOUND
        and not f.external_links
        and not f.verified_links
        and k not in ix.allow
        and k not in pages
        and not (o.sightings and any(s.via in _SITE_VIAS for s in o.sightings))
        and o.platform != "bluesky"
        and not _may_mention_cached(ix, f.bio, mentions)
    )


def _unrelated(o: ProfileObservation, score: float) -> Finding:
    """The finding of a quiet profile (see :func:`_quiet`): built without the evidence
    machinery, equal to what :func:`_classify_one` returns for it."""
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


def _may_mention_cached(ix: _Index, bio: str | None, seen: dict[str | None, bool]) -> bool:
    hit = seen.get(bio)
    if hit is None:
        hit = seen[bio] = _may_mention(ix, bio)
    return hit


def _handle_text(o: ProfileObservation) -> str:
    """The part of a handle that carries a name: Bluesky's ``x.bsky.social`` -> ``x``."""
    h = o.handle
    if o.platform == "bluesky" and "." in h:
        dom = registered_domain(h)
        if dom in ("bsky.social", "bsky.app") or not dom:
            return h[: -len(dom) - 1] if dom and h.endswith("." + dom) else h
        return dom.split(".", 1)[0] if h == dom or h.endswith("." + dom) else h
    return h


def _domain_handle(o: ProfileObservation, ix: _Index) -> Evidence | None:
    """A Bluesky handle that *is* an official domain: the platform checked DNS/.well-known."""
    if o.platform != "bluesky" or "." not in o.handle:
        return None
    dom = registered_domain(o.handle)
    if dom and dom in ix.official_domains:
        return Evidence(
            "domain_handle",
            o.handle,
            f"the handle is the official domain {dom}, which the platform verifies",
        )
    return None


def _official_brand(e: Evidence, ix: _Index) -> int | None:
    return ix.brand_domains.get(registered_domain(str(e.value))) if e.value else None


def _imitates(
    brand: Brand | None, o: ProfileObservation, avatar_acc: OfficialAccount | None, ix: _Index
) -> OfficialAccount | None:
    """The official account this profile copies: the avatar's owner, else same platform first."""
    if avatar_acc is not None and (brand is None or avatar_acc.brand == brand.name):
        same = [a for a in brand.accounts if a.platform == o.platform] if brand else []
        if avatar_acc.platform == o.platform or not same:
            return avatar_acc
    if brand is None or not brand.accounts:
        return avatar_acc
    key = comparison_key(o.handle)
    same = [a for a in brand.accounts if a.platform == o.platform]
    pool = same or list(brand.accounts)
    best = process.extractOne(
        key,
        {i: comparison_key(a.handle) for i, a in enumerate(pool)},
        scorer=fuzz.ratio,
        processor=None,
        score_cutoff=0,
    )
    return pool[best[2]] if best else pool[0]


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
    Profiles that could not be checked or no longer exist keep their class.
    """
    if t is None:
        return f
    if f.probe_state != ProbeState.FOUND:
        return replace(f, triage=t)
    note = f" ({t.note})" if t.note else ""
    ev = Evidence(
        "triage",
        t.decision.value,
        f"reviewer decided '{t.decision.value}'{note}"
        + (f" on {t.decided_at}" if t.decided_at else ""),
    )
    cls = f.cls
    if t.decision == TriageDecision.OFFICIAL:
        if f.cls not in (FindingClass.OFFICIAL, FindingClass.REDUNDANT):
            cls = FindingClass.OFFICIAL_UNLISTED
    elif t.decision == TriageDecision.TAKEN_DOWN:
        cls = FindingClass.IMPOSTOR
    else:
        cls = _TRIAGE_CLASS.get(t.decision, f.cls)
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
