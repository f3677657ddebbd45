"""The vectorised comparisons of a sweep: every profile's handle, display name and avatar
against the brand index at once (rapidfuzz ``cdist`` in row chunks, numpy for avatars).

Scale (``benchmarks/bench_classify.py``: 100,000 profiles against 1,000 accounts of 100 brands
in about 2 s on 2 cores). ``token_set_ratio``, 200 ns a pair, is blocked: pairs sharing no word
are scored by ``ratio`` of their sorted words (what token_set_ratio reduces to then, with SIMD)
and only pairs over that bound or sharing a word get the exact score
(:func:`token_set_blocked`); ``blocking=False`` scores every pair, and the tests hold both equal.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from matching import signals as sig
from matching.config import MatchConfig
from matching.index import BrandIndex, fast_key, handle_text
from matching.models import ProfileObservation

_CHUNK = 20_000

class Stages:
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



# ----------------------------------------------------------------------------- bulk signals


@dataclass
class Bulk:
    """Per-observation results of the vectorised comparisons, as lists for the row loop."""

    handle_score: list[float]  # 0..1 after the weak-alias factor
    handle_target: list[int]  # index into targets, -1 none
    name_score: list[float]
    name_target: list[int]
    avatar_dist: list[int]  # bits, 99 none
    avatar_idx: list[int]
    #: no name target, identity under the block floor, no copied avatar: unrelated unless a
    #: link, sighting or mention says otherwise (see :func:`is_quiet`)
    quiet: list[bool]


def cdist(queries: Sequence[str], choices: Sequence[str], scorer, cutoff: float) -> np.ndarray:  # type: ignore[no-untyped-def]
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


def token_set_blocked(queries: Sequence[str], choices: Sequence[str], cutoff: float) -> np.ndarray:
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
    bound = cdist(q_words, c_words, fuzz.ratio, max(0.0, cutoff - 1.0))
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


def best_scores(
    keys: list[str],
    choices: list[str],
    weights: np.ndarray,
    scorer,  # type: ignore[no-untyped-def]
    cutoff: float,
    blocked: bool = True,
) -> tuple[np.ndarray, np.ndarray]:
    """Per key: the best weighted score over ``choices`` (0..1) and its index (-1 none)."""
    n = len(keys)
    score = np.zeros(n, dtype=np.float32)
    target = np.full(n, -1, dtype=np.int32)
    if not choices or not n:
        return score, target
    for start in range(0, n, _CHUNK):
        chunk = keys[start : start + _CHUNK]
        if blocked and scorer is fuzz.token_set_ratio:
            m = token_set_blocked(chunk, choices, cutoff)
        else:
            m = cdist(chunk, choices, scorer, cutoff)
        w = m.astype(np.float32) * weights[None, :] / 100.0
        idx = w.argmax(axis=1)
        best = w[np.arange(len(chunk)), idx]
        score[start : start + len(chunk)] = best
        target[start : start + len(chunk)] = np.where(best > 0, idx, -1)
    return score, target


_HEX = re.compile(r"[0-9a-fA-F]*")


def phash_values(rows: list[int], hashes: list[str]) -> tuple[np.ndarray, np.ndarray]:
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


def popcount(x: np.ndarray) -> np.ndarray:
    if hasattr(np, "bitwise_count"):
        return np.bitwise_count(x)
    b = x.view(np.uint8).reshape(*x.shape, 8)
    return np.unpackbits(b, axis=-1).sum(axis=(-1, -2))  # pragma: no cover


def bulk_scores(
    ix: BrandIndex,
    obs: Sequence[ProfileObservation],
    config: MatchConfig,
    clock: Stages | None = None,
    *,
    blocking: bool = True,
) -> Bulk:
    """Handle, display-name and avatar scores of every observation (one row each).

    ``blocking=False`` scores every pair the slow way: the reference the tests compare with.
    """
    clock = clock or Stages(None)
    weights = np.array(
        [1.0 if t.strong else config.weak_alias_factor for t in ix.targets], dtype=np.float32
    )
    choices = [t.key for t in ix.targets]
    hkeys = [fast_key(handle_text(o)) for o in obs]
    clock.lap("handle keys")
    h_score, h_target = best_scores(hkeys, choices, weights, fuzz.ratio,
                                    config.handle_cutoff, blocked=blocking)
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
        nkeys = [fast_key(s) for s in names]
        name_choices = [sig.name_tokens(ix.targets[j].text) for j in name_ix]
        ntoks = [sig.name_tokens(s) for s in names]
        clock.lap("name keys")
        n1, t1 = best_scores(nkeys, [choices[j] for j in name_ix], nw, fuzz.ratio,
                             config.name_cutoff, blocked=blocking)
        n2, t2 = best_scores(ntoks, name_choices, nw, fuzz.token_set_ratio,
                             config.name_cutoff, blocked=blocking)
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
        ok_rows, arr = phash_values(rows, [obs[i].fields.avatar_phash or "" for i in rows])
        # one column per distinct official avatar (a brand's accounts share one logo), in
        # order of first appearance so ties resolve to the same account as over all of them
        if blocking:
            uniq, first = np.unique(ix.avatar_bits, return_index=True)
            order = np.argsort(first, kind="stable")
            ubits, ufirst = uniq[order], first[order]
        else:
            ubits, ufirst = ix.avatar_bits, np.arange(len(ix.avatar_bits))
        for start in range(0, len(arr), _CHUNK):
            part = arr[start : start + _CHUNK]
            d = popcount(part[:, None] ^ ubits[None, :])
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
    return Bulk(
        h_score.tolist(),
        h_target.tolist(),
        n_score.tolist(),
        n_target.tolist(),
        a_dist.tolist(),
        a_idx.tolist(),
        quiet.tolist(),
    )


