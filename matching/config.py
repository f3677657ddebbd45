"""Every threshold and weight of the matcher in one documented, frozen dataclass.

Why one place: a reviewer asking "why is this an impostor?" reads the evidence, and a maintainer
tuning recall reads this file; no magic number hides in ``classify``. Change a value with
``dataclasses.replace(DEFAULT_CONFIG, impostor_threshold=0.6)``.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULT_CONFIG", "MatchConfig"]


@dataclass(frozen=True)
class MatchConfig:
    # ----------------------------------------------------------------- similarity cut-offs
    #: rapidfuzz ratio (0..100) from which a handle counts as similar to a brand key
    handle_cutoff: float = 80.0
    #: token ratio (0..100) from which a display name counts as similar to a brand name
    name_cutoff: float = 85.0
    #: ratio (0..100) from which a bio counts as copied from an official bio
    bio_cutoff: float = 70.0
    #: perceptual-hash Hamming distance (of 64 bits) at or below which an avatar is a copy;
    #: re-encoding and resizing move a phash by 0..6 bits, unrelated images sit near 32
    phash_distance: int = 10
    #: a registered domain whose label is this similar (0..100) to an official domain label or
    #: brand key is a lookalike (typosquat); containing one is always a lookalike. High, because
    #: namesakes own honest domains one letter off ("northwindcafe.co.nz")
    lookalike_cutoff: float = 90.0
    #: identity (0..1) a profile needs before slow signals (bio) are computed: blocking
    block_floor: float = 0.5

    # ----------------------------------------------------------------- relevance (about us?)
    #: weight of name identity in the relevance noisy-or; below 1 so a name alone never
    #: makes a profile certain (namesakes exist)
    w_identity: float = 0.55
    #: identity from a single-word alias ("Northwind") counts this much of a full-name match,
    #: because a common word is shared by sailing clubs and photographers
    weak_alias_factor: float = 0.7
    w_avatar: float = 0.6  # the official logo: hard to have by chance
    w_bio_copy: float = 0.5  # an official bio copied
    w_official_link: float = 0.35  # links to an official domain
    w_lookalike_link: float = 0.5  # links to a lookalike of an official domain
    w_mention: float = 0.3  # bio names the brand or an official domain/handle
    w_homoglyph: float = 0.35  # look-alike letters spelling a brand name: intent
    w_affix: float = 0.1  # support/official/help glued to the brand name
    #: scam vocabulary next to a brand identity or a mention of the brand (a "support agent"
    #: of the brand asking for order numbers is about us even without the brand's name)
    w_scam: float = 0.3
    #: relevance at or above which a profile is "about us" (below: unrelated)
    relevance_cutoff: float = 0.5

    # ----------------------------------------------------------------- harm (how bad?)
    h_name: float = 0.3  # display name or handle poses as the brand
    h_avatar: float = 0.35  # official logo
    h_bio: float = 0.3  # official bio copied
    h_scam: float = 0.4  # scam vocabulary (DM us, giveaway, wallet, çekiliş ...)
    h_lookalike: float = 0.45  # links to a lookalike domain
    #: a link that leads into a private network (127.0.0.1, 169.254.169.254, 10.x), refused by
    #: the SSRF guard: no honest page sends visitors there (a scanner trap or a cloaked scam)
    h_refused_link: float = 0.45
    h_squat: float = 0.1  # empty profile on a brand handle
    #: look-alike letters, a painted-on verified badge, a young account in the official logo
    h_deception: float = 0.35
    #: harm at or above which an impostor is high severity (poses AND does harm)
    severity_high: float = 0.65
    #: harm at or above which an impostor is medium severity; below is low
    severity_medium: float = 0.25

    # ----------------------------------------------------------------- official accounts
    #: days without activity after which an official account is redundant (dormant)
    dormant_days: int = 365
    #: an account younger than this (days before ``now``) that wears the official logo and
    #: links to no official domain is deceiving (a fresh impostor), not merely resembling
    young_account_days: int = 180


DEFAULT_CONFIG = MatchConfig()
