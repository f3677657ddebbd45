"""Precision, recall and F1 of the matcher on the demo world and on a large synthetic world.

    python benchmarks/eval_matching.py            # demo world + 3,000 synthetic profiles
    python benchmarks/eval_matching.py --synthetic 20000

The demo world (``simweb/world.yaml``) labels every profile with its true class; here
each profile becomes the ``ProfileObservation`` a perfect crawl would produce (fields as shown:
only the counts, flags and dates its platform's anonymous page shows, ``simweb/shows.py``, the
table simweb's renderers follow, a date shown as "3 years ago" read as brandsweep reads it;
avatar phash of the served image, sightings from ``indexed_by``, unverifiable where the platform
hides it), and the classifier's answer is compared with ``World.expected_class``. Platforms that
show a crawler nothing but existence (``EXISTENCE_ONLY``: X's JavaScript shell) are observed as
found with empty fields and no linked pages, like the real crawl; every web-search sighting
carries the title and snippet the simulated search engine shows for the profile, which is all
matching can read of them (and of LinkedIn, unverifiable behind its 999). The synthetic
set repeats the same hard cases (typosquats, homoglyphs, copied logos, lookalike domains, fans,
namesakes on a common word, unlisted and dormant official accounts) over generated brands, so a
threshold tuned to the 70 demo profiles is also checked on thousands.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from matching.classify import classify  # noqa: E402
from matching.models import (  # noqa: E402
    Brand,
    Department,
    HandleRule,
    Inventory,
    LinkedPage,
    OfficialAccount,
    ProbeState,
    ProfileFields,
    ProfileObservation,
    Sighting,
    Via,
)
from matching.normalise import registered_domain  # noqa: E402

CLASSES = (
    "official",
    "missing",
    "official_unlisted",
    "redundant",
    "impostor",
    "fan",
    "unrelated",
    "unverified",
)
UNVERIFIABLE = {"login_wall", "bot_block", "rate_limited", "js_shell"}
#: platforms whose probe proves existence and nothing else (crawler/platforms.yaml: X answers
#: crawlers with a JavaScript shell; its sign-up check says whether a name is taken)
EXISTENCE_ONLY = {"x"}


# ----------------------------------------------------------------------------- demo world


@lru_cache(maxsize=512)
def _phash(spec: str) -> str | None:
    import imagehash
    from PIL import Image

    from simweb.images import render

    body, _ = render(spec)
    return str(imagehash.phash(Image.open(io.BytesIO(body)).convert("RGB")))


@lru_cache(maxsize=512)
def _thumb(spec: str) -> str | None:
    """The thumbnail the crawl keeps of an avatar (``crawler.avatars.fingerprint``): what
    matching crops the official avatars from (``matching.index.crop_hashes``)."""
    from crawler.avatars import fingerprint
    from simweb.images import render

    printed = fingerprint(render(spec)[0])
    return printed.thumb if printed else None


def _rules() -> dict[str, HandleRule]:
    try:
        from crawler.catalog import load_catalog

        return load_catalog().rules()
    except Exception:  # the catalog is someone else's module: fall back to case-folding
        return {}


def load_demo(world_path: Path | None = None):  # type: ignore[no-untyped-def]
    """(world, inventory, observations, linked_pages, rules) for the bundled demo world."""
    from simweb.world import load_world

    world = load_world(world_path)
    rules = _rules()
    inventory = _load_inventory(rules)
    obs, pages = world_observations(world, rules)
    return world, inventory, obs, pages, rules


def _load_inventory(rules: Mapping[str, HandleRule]) -> Inventory:
    from matching.inventory import load_inventory

    return load_inventory(ROOT / "seeds" / "official_accounts.yaml", rules)


def _canon(rules: Mapping[str, HandleRule], platform: str, handle: str) -> str:
    rule = rules.get(platform)
    return rule.canonical(handle) if rule else handle.lower()


#: the Mastodon server a bare handle means (the catalog's ``instance`` parameter)
DEFAULT_MASTODON = "mastodon.social"


def profile_key(rules: Mapping[str, HandleRule], p) -> str:  # type: ignore[no-untyped-def]
    """A world profile's handle as an audit reports it: a Mastodon account on another server
    than the default is ``name@server`` (the catalog's form), on the default the bare name."""
    handle = _canon(rules, p.platform, p.handle)
    instance = (getattr(p, "instance", None) or DEFAULT_MASTODON).lower()
    if p.platform == "mastodon" and "@" not in handle and instance != DEFAULT_MASTODON:
        handle = _canon(rules, p.platform, f"{handle}@{instance}")
    return handle


def moved_key(rules: Mapping[str, HandleRule], p) -> str | None:  # type: ignore[no-untyped-def]
    """The account world profile ``p`` says it moved to (Mastodon's ``moved``), as the crawl
    reads it (``crawler.extract.platforms.MastodonPage.moved_to``: ``user@server`` in the
    catalog's form, an account of the default server by its bare name), or None: without it
    the ideal observation would miss what the audit reads, a declared account that moved."""
    target = getattr(p, "moved_key", None)
    if p.platform != "mastodon" or target is None:
        return None
    server, user = target
    return _canon(rules, p.platform, user if server == DEFAULT_MASTODON else f"{user}@{server}")


def _links_url(body: str, url: str) -> int:
    """Where ``body`` writes ``url`` itself (not a longer handle it begins: ``/@brand`` is not
    ``/@brandtv``), or -1."""
    import re

    m = re.search(re.escape(url.rstrip("/")) + r"(?![A-Za-z0-9_.-])", body)
    return m.start() if m else -1


def _in_anchor(body: str, url: str) -> bool:
    """``body`` writes ``url`` in a link's ``href`` or text (else as text: the crawl then
    reads the URL as written as the link's text, ``websites._bare_urls``)."""
    at = _links_url(body, url)
    tag = body.rfind("<a", 0, at)
    return at >= 0 and tag >= 0 and "</a>" not in body[tag:at]


def _with_note(text: str, body: str, url: str) -> str:
    """The link's text plus, in brackets, the words that call it retired in the block around
    it, as the crawl notes them (``crawler.spiders.websites._links``)."""
    import html
    import re

    from matching.signals import retired_wording, sentence_around

    at = _links_url(body, url)
    if at < 0:
        return text
    # the page's text as a browser shows it, with a marker where the link's element starts:
    # the sentence around the marker is the one the crawl reads (websites._links)
    tag = body.rfind("<a", 0, at)
    cut = tag if tag >= 0 and "</a>" not in body[tag:at] else at
    plain = html.unescape(re.sub(r"<[^>]+>", " ", body[:cut] + "\x00" + body[cut:]))
    where = plain.find("\x00")
    note = retired_wording(sentence_around(plain, where, where + 1).replace("\x00", ""))
    return f"{text} ({note})" if note and note not in text else text


def shown_fields(p, now: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The counts, flags and dates of world profile ``p`` that its platform's anonymous answer
    shows (``simweb.shows``, the table simweb's renderers follow), as a perfect crawl reads
    them at the world's ``now``: a date shown to the day is a day, one shown as "3 years ago"
    is what brandsweep's reader makes of that floored text. A platform that does not show a
    field leaves it unknown, as the crawl does (Instagram's creation date, Facebook's last
    activity, any date of a Telegram card)."""
    from crawler.extract.dates import relative_date
    from simweb.http import iso_to_epoch
    from simweb.shows import COUNTED, DATES, FLAGS, ago_text, date_form, shown_verified, shows

    values = {"followers": p.followers, "following": p.following, "posts": p.posts,
              "verified": p.verified, "is_private": p.private,
              "created_at": p.created_at or None, "last_active_at": p.last_active_at or None}
    out: dict[str, Any] = {}
    for name in (*COUNTED, *FLAGS, *DATES):
        value = values[name]
        if value is None or not shows(p.platform, p.kind, name, p.posts):
            continue
        if name == "verified":
            value = shown_verified(p.platform, p.kind, value)
        if name in DATES:
            form = date_form(p.platform, name)
            if form == "day":
                value = value[:10]
            elif form == "ago":
                ref = datetime.fromtimestamp(iso_to_epoch(now), UTC)
                text = ago_text(ref.timestamp() - iso_to_epoch(value))
                when = relative_date(text, ref)
                value = when.isoformat() if when is not None else None
        out[name] = value
    if p.verified_links and shows(p.platform, p.kind, "verified_links"):
        out["verified_links"] = tuple(p.verified_links)  # Mastodon's verified_at
    return out


def _unserved(link: str, own: set[str]) -> bool:
    """A web link (no profile, not the company's own domain) the crawl would follow."""
    from crawler.catalog import load_catalog

    if not link.startswith(("http://", "https://")) or registered_domain(link) in own:
        return False
    return not load_catalog().match_profile_url(link)


def linking_page_text(world):  # type: ignore[no-untyped-def]
    """``url -> Sighting.page_text`` of a page of ``world``'s sites as the crawl reads it: the
    page served by the simulated web in-process (``simweb.server.App``), read by the crawl's
    own reader (``crawler.spiders.linked_pages.page_text``); None for an error page."""
    from urllib.parse import parse_qs, urlsplit

    from parsel import Selector

    from crawler.spiders.linked_pages import page_text
    from simweb.http import Request
    from simweb.server import App

    app = App(world)

    @cache
    def read(url: str) -> str | None:
        parts = urlsplit(url)
        resp = app.handle(Request("GET", (parts.hostname or "").lower(), parts.path or "/",
                                  parse_qs(parts.query), {"user-agent": "brandsweep-eval"}, b""))
        ctype = str(resp.headers.get("Content-Type", ""))
        if resp.status >= 400 or "html" not in ctype:
            return None
        charset = ctype.partition("charset=")[2].strip() or "utf-8"
        return page_text(Selector(text=resp.body.decode(charset, "replace")))

    return read


def site_link_notes(world):  # type: ignore[no-untyped-def]
    """``(page url, profile url) -> note`` of the company's word on a link of a page of
    ``world``'s sites, as the crawl notes it after the link's text (the words around the link:
    a fake it warns of, someone else's account on a list of others;
    ``crawler.spiders.websites._links`` on the page served by the simulated web in-process),
    or ""."""
    from urllib.parse import parse_qs, urlsplit

    from scrapy.http import HtmlResponse

    from crawler.catalog import load_catalog
    from crawler.spiders.websites import _links, _written_handles
    from matching.signals import link_text
    from simweb.http import Request
    from simweb.server import App

    app = App(world)
    catalog = load_catalog()

    @cache
    def links(url: str) -> dict[str, str]:
        parts = urlsplit(url)
        resp = app.handle(Request("GET", (parts.hostname or "").lower(), parts.path or "/",
                                  parse_qs(parts.query), {"user-agent": "brandsweep-eval"}, b""))
        ctype = str(resp.headers.get("Content-Type", ""))
        if resp.status >= 400 or "html" not in ctype:
            return {}
        charset = ctype.partition("charset=")[2].strip() or "utf-8"
        page = HtmlResponse(url, body=resp.body, encoding=charset)
        out: dict[str, str] = {}
        for u, text in _links(page):
            out.setdefault(u.rstrip("/").lower(), text[len(link_text(text)):].strip())
        title = " ".join(t.strip() for t in page.css("title::text").getall() if t.strip())
        for u, text in _written_handles(page, title[:200], catalog):
            # a handle written as text: keyed by its profile
            hit = catalog.match_profile_url(u)
            if hit:
                out.setdefault(f"written:{hit[0]}:{hit[1].lower()}", text)
        return out

    def note(page_url: str, profile_url: str) -> str:
        return links(page_url).get(profile_url.rstrip("/").lower(), "")

    def written(page_url: str, profile_url: str) -> str | None:
        """The handle as written on the page with the company's word on it, when the page
        writes the profile's handle as text with its platform named beside it, else None."""
        hit = catalog.match_profile_url(profile_url)
        return links(page_url).get(f"written:{hit[0]}:{hit[1].lower()}") if hit else None

    note.written = written  # type: ignore[attr-defined]
    return note


def world_observations(
    world,
    rules: Mapping[str, HandleRule],  # type: ignore[no-untyped-def]
) -> tuple[list[ProfileObservation], list[LinkedPage]]:
    """What an ideal crawl of the world observes: one observation per profile and deleted one."""
    from simweb.search import build_index
    from simweb.shows import shown_bio

    company = [s for s in world.sites if s.kind == "company"]
    lookalike_sites = [s for s in world.sites if s.kind == "lookalike"]
    other_sites = [s for s in world.sites if s.kind not in ("company", "lookalike")]
    # what the search engine shows for each indexed profile: the only text of X and LinkedIn
    results = {d.url: d for d in build_index(world)}

    def pages_linking(url: str, sites: Sequence) -> list[tuple[str, str]]:  # type: ignore[type-arg]
        """(page, link text) of every page of ``sites`` linking ``url``: the crawl keeps the
        link's text as the sighting's detail."""
        out = []
        key = url.rstrip("/").lower()
        for s in sites:
            for f in s.footer:
                if f[0].rstrip("/").lower() == key:
                    out.append((f"https://{s.host}/", str(f[1]) if len(f) > 1 else ""))
            for path, page in s.pages.items():
                # a link in the page's text or in its list of links (served after the body)
                texts = [t for u, t in page.links if u.rstrip("/").lower() == key]
                if texts or _links_url(page.body, url) >= 0:
                    src = f"https://{s.host}{path}"
                    text = _with_note(texts[0] if texts else url if not _in_anchor(
                        page.body, url) else "", page.body, url)
                    said = note_of(src, url) if s.kind == "company" else ""
                    out.append((src, f"{text} {said}" if said else text))
                elif s.kind == "company" and "@" in page.body:
                    # its handle written as text, its platform named beside it: the crawl
                    # reads it as a link (``websites._written_handles``)
                    src = f"https://{s.host}{path}"
                    written = note_of.written(src, url)
                    if written:
                        out.append((src, written))
        return out

    obs: list[ProfileObservation] = []
    pages: list[LinkedPage] = []
    own = {registered_domain(h) for s in company for h in s.hosts}
    text_of = linking_page_text(world)
    note_of = site_link_notes(world)
    for p in world.profiles:
        handle = profile_key(rules, p)
        sightings = [Sighting(p.platform, handle, Via.PROBE, "variant", url=p.url)]
        # the pages that really link it, whatever ``indexed_by`` calls the path: a world may
        # write ``linked_page`` for a link on the company's own site (the crawl reads it as
        # the official site's) or ``official_site`` for the link on its own business's site
        # (which is no official site): the crawl sees the page, not the label
        on_company = pages_linking(p.url, company)
        on_others = pages_linking(p.url, lookalike_sites + other_sites)
        linked = [v for v in p.indexed_by if v in ("official_site", "linked_page")]
        if linked:
            for src, text in on_company:
                # what the company's page shows: "(archive)", "closed in 2020" (page_text)
                sightings.append(Sighting(p.platform, handle, Via.OFFICIAL_SITE, src, text,
                                          url=p.url, page_text=text_of(src)))
            for src, _text in on_others:
                # what the linking page shows: a lookalike's request for card numbers is
                # evidence about the walled page it links (``Sighting.page_text``)
                sightings.append(Sighting(p.platform, handle, Via.LINKED_PAGE, src, url=p.url,
                                          page_text=text_of(src)))
            if not (on_company or on_others):
                # nothing in the world links it: the label's path, from a page of its kind
                if "official_site" in linked:
                    sightings.append(Sighting(p.platform, handle, Via.OFFICIAL_SITE,
                                              f"https://{company[0].host}/", "", url=p.url))
                else:
                    sightings.append(Sighting(p.platform, handle, Via.LINKED_PAGE,
                                              "https://example.org/", url=p.url))
        for via in p.indexed_by:
            if via in ("official_site", "linked_page"):
                continue
            elif via == "web_search" and p.url in results:
                doc = results[p.url]
                sightings.append(
                    Sighting(
                        p.platform,
                        handle,
                        Via.WEB_SEARCH,
                        "search",
                        url=p.url,
                        title=doc.title,
                        snippet=doc.snippet,
                    )
                )
            else:
                sightings.append(Sighting(p.platform, handle, Via(via), "search", url=p.url))
        behaviour = p.effective_behaviour
        if behaviour in UNVERIFIABLE:
            obs.append(
                ProfileObservation(
                    p.platform,
                    handle,
                    p.url,
                    ProbeState.UNVERIFIABLE,
                    reason=behaviour,
                    sightings=tuple(sightings),
                )
            )
            continue
        if p.content_hidden or p.platform in EXISTENCE_ONLY:
            # found and nothing more: a private subreddit's 403 "private" (the crawl reads it
            # so: private, no name, description, members or links), or an existence-only
            # site's 200; no fields, so no links to follow either
            hidden = p.content_hidden
            obs.append(
                ProfileObservation(
                    p.platform,
                    handle,
                    p.url,
                    ProbeState.FOUND,
                    http_status=403 if hidden else 200,
                    fields=(ProfileFields(is_private=True, category="private") if hidden
                            else ProfileFields()),
                    sightings=tuple(sightings),
                )
            )
            continue
        fields = ProfileFields(
            display_name=p.display_name or None,
            bio=shown_bio(p) or None,
            avatar_phash=_phash(p.avatar or f"default:{p.platform}"),
            avatar_thumb=_thumb(p.avatar or f"default:{p.platform}"),
            external_links=tuple(p.links),
            category=p.kind,
            moved_to=moved_key(rules, p),
            **shown_fields(p, world.now),
        )
        obs.append(
            ProfileObservation(
                p.platform,
                handle,
                p.url,
                ProbeState.FOUND,
                http_status=200,
                fields=fields,
                sightings=tuple(sightings),
            )
        )
        for link in p.links:
            # every site the world serves is fetched, as the crawl fetches a suspicious
            # profile's links whatever they are; its <title> is the page's own title
            rest = link.split("//", 1)[-1]
            host = rest.split("/", 1)[0].lower()
            path = "/" + rest.split("/", 1)[1] if "/" in rest else "/"
            site = next((s for s in world.sites if host in s.hosts), None)
            if site is not None and site.kind != "company":
                page = site.pages.get(path) or site.pages.get(path.rstrip("/") or "/")
                pages.append(
                    LinkedPage(
                        link, p.platform, handle, final_url=link, http_status=200,
                        title=page.title if page is not None and page.title else site.title,
                        text=text_of(link),
                    )
                )
            elif site is None and _unserved(link, own):
                # a host nobody serves: the crawl follows the link all the same and records
                # that it could not be read (where it leads is evidence: a lookalike domain)
                pages.append(LinkedPage(link, p.platform, handle,
                                        refused="fetch failed: the host does not answer"))
    from simweb.world import ALWAYS_UNVERIFIABLE as always_walled

    for d in world.deleted:
        handle = _canon(rules, d.platform, d.handle)
        if world.expected_deleted(d) == "unverified":
            # a platform that answers every crawler alike (LinkedIn's 999): gone or not, the
            # crawl reads its wall
            obs.append(ProfileObservation(d.platform, handle, "", ProbeState.UNVERIFIABLE,
                                          reason=always_walled[d.platform]))
            continue
        obs.append(
            ProfileObservation(d.platform, handle, "", ProbeState.NOT_FOUND, http_status=404)
        )
    return obs, pages


def demo_truth(world, rules: Mapping[str, HandleRule]) -> dict[tuple[str, str], str]:  # type: ignore[no-untyped-def]
    truth = {
        (p.platform, profile_key(rules, p)): world.expected_class(p)
        for p in world.profiles
    }
    for d in world.deleted:
        truth[(d.platform, _canon(rules, d.platform, d.handle))] = world.expected_deleted(d)
    return truth


# ----------------------------------------------------------------------------- synthetic world

_SYL = (
    "nor",
    "th",
    "win",
    "del",
    "ka",
    "ro",
    "mi",
    "sun",
    "lo",
    "ta",
    "ver",
    "bel",
    "quin",
    "zar",
    "mo",
    "pe",
    "lu",
    "ga",
    "fen",
    "dro",
    "sta",
    "ri",
    "vo",
    "ne",
    "cal",
    "tor",
)
_TRADES = ("Coffee", "Bakery", "Tea", "Roasters", "Foods", "Brewing", "Chocolate", "Kitchen")
_SCAM = (
    "DM us your order number for a refund.",
    "Giveaway! Claim your free prize at the link.",
    "Send 0.01 BTC to our wallet and get double back.",
    "WhatsApp destek hattı: sipariş numaranızı yazın.",
    "Büyük çekiliş! Hediye kazanmak için linke tıkla.",
)
_NAMESAKE_BIOS = (
    "Sailing club on the lake since 1974.",
    "Bird photographer, coastal portraits.",
    "Folk band from the north. New album out now.",
    "Hiking and weather nerd.",
    "Backend developer and open-source tinkerer.",
    "Scandinavian home decor.",
)
_PLATFORMS = ("instagram", "facebook", "tiktok", "x", "youtube", "github", "mastodon")
NOW = "2026-11-20T12:00:00+00:00"


def _flip(phash: str, bits: int, rng: random.Random) -> str:
    v = int(phash, 16)
    for b in rng.sample(range(64), bits):
        v ^= 1 << b
    return f"{v:016x}"


def _typo(s: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(s) - 1)
    kind = rng.choice(("omit", "double", "swap", "o0"))
    if kind == "omit":
        return s[:i] + s[i + 1 :]
    if kind == "double":
        return s[:i] + s[i] + s[i:]
    if kind == "swap" and s[i] != s[i + 1]:
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    return s.replace("o", "0", 1) if "o" in s else s + "x"


def synthetic(
    n_brands: int = 30, per_brand: int = 100, seed: int = 7, accounts_per_brand: int = 5
) -> tuple[Inventory, list[ProfileObservation], list[LinkedPage], dict[tuple[str, str], str]]:
    """A generated inventory and observed profiles with true classes (deterministic per seed).

    Per brand: its declared accounts (one dormant duplicate, one deleted), unlisted accounts
    linked from the website, impostors of every family (typo, homoglyph, affix, hidden handle,
    squatter), fans, namesakes on the brand's first word, unverifiable probes, and filler
    unrelated profiles up to ``per_brand``.
    """
    rng = random.Random(seed)
    brands: list[Brand] = []
    obs: list[ProfileObservation] = []
    pages: list[LinkedPage] = []
    truth: dict[tuple[str, str], str] = {}
    used: set[tuple[str, str]] = set()
    names: set[str] = set()

    def add(
        platform: str,
        handle: str,
        cls: str,
        state: ProbeState = ProbeState.FOUND,
        fields: ProfileFields | None = None,
        sightings: Iterable[Sighting] = (),
        reason: str | None = None,
    ) -> bool:
        key = (platform, handle.lower())
        if key in used:
            return False
        used.add(key)
        obs.append(
            ProfileObservation(
                platform,
                handle.lower(),
                f"https://{platform}.example/{handle}",
                state,
                reason=reason,
                fields=fields or ProfileFields(),
                sightings=tuple(sightings),
            )
        )
        truth[key] = cls
        return True

    for bi in range(n_brands):
        while True:
            word = "".join(rng.choice(_SYL) for _ in range(rng.choice((2, 3)))).capitalize()
            if word not in names and len(word) >= 5:
                names.add(word)
                break
        trade = rng.choice(_TRADES)
        name = f"{word} {trade}"
        key = (word + trade).lower()
        domain = f"{key}.com"
        logo = f"{rng.getrandbits(64):016x}"
        bio = (
            f"{name}: small-batch {trade.lower()} made in "
            f"{rng.choice(('Leeds', 'Izmir', 'Bergen'))} since {rng.randint(1950, 2020)}."
        )
        platforms = list(_PLATFORMS)
        rng.shuffle(platforms)
        accounts = []
        for j in range(accounts_per_brand):
            plat = platforms[j % len(platforms)]
            handle = key if j < len(platforms) else f"{key}{j}"
            accounts.append(OfficialAccount(plat, handle, name, "Marketing"))
        dup = OfficialAccount(accounts[0].platform, f"{key}official", name, "Marketing")
        deleted = OfficialAccount(platforms[-1], f"{key}tr", name, "Marketing")
        brand = Brand(
            name,
            aliases=(word,),
            websites=(f"https://www.{domain}",),
            strategy=tuple(platforms[:-1]),
            accounts=(*accounts, dup, deleted),
        )
        brands.append(brand)
        site = f"https://www.{domain}/"
        for acc in accounts:
            add(
                acc.platform,
                acc.handle,
                "official",
                fields=ProfileFields(
                    display_name=name,
                    bio=bio,
                    avatar_phash=logo,
                    posts=rng.randint(50, 900),
                    followers=rng.randint(1000, 90000),
                    external_links=(site,),
                    last_active_at="2026-11-01",
                ),
                sightings=[Sighting(acc.platform, acc.handle, Via.OFFICIAL_SITE, site)],
            )
        add(
            dup.platform,
            dup.handle,
            "redundant",
            fields=ProfileFields(
                display_name=name,
                bio="We moved! Follow our main account.",
                avatar_phash=logo,
                posts=40,
                followers=300,
                external_links=(site,),
                last_active_at="2022-03-01",
            ),
        )
        add(deleted.platform, deleted.handle, "missing", state=ProbeState.NOT_FOUND)
        # unlisted official, linked from the site
        add(
            platforms[1],
            f"{key}careers",
            "official_unlisted",
            fields=ProfileFields(
                display_name=f"Life at {name}",
                bio=f"Meet the people of {name}. We're hiring!",
                avatar_phash=_flip(logo, 2, rng),
                posts=80,
                external_links=(site + "careers",),
                last_active_at="2026-10-01",
            ),
            sightings=[Sighting(platforms[1], f"{key}careers", Via.OFFICIAL_SITE, site)],
        )
        # impostors of each family
        lookalike = f"https://{word.lower()}-{trade.lower()}-rewards.com/claim"
        variants = [
            (_typo(key, rng), True),
            (key.replace("o", "0", 1) if "o" in key else key + "0", True),
            (f"{key}_support", True),
            (f"{key}giveaway", True),
            (f"{key}.help", False),
            (f"deals{rng.randint(100, 9999)}", True),
        ]
        for vi, (handle, scam) in enumerate(variants):
            if handle == key:
                continue
            plat = rng.choice(_PLATFORMS)
            disp = name if vi != 5 else f"{name} Rewards"
            if vi == 1 and "o" in disp:
                disp = disp.replace("o", "\u043e", 1)  # Cyrillic о
            add(
                plat,
                handle,
                "impostor",
                fields=ProfileFields(
                    display_name=disp,
                    bio=(rng.choice(_SCAM) if scam else bio) + ("" if vi % 2 else f" {bio}"),
                    avatar_phash=_flip(logo, rng.randint(0, 6), rng),
                    posts=rng.randint(0, 20),
                    external_links=(lookalike,) if scam else (),
                    last_active_at="2026-11-10",
                ),
                sightings=[Sighting(plat, handle, Via.WEB_SEARCH, "search")],
            )
            if scam:
                pages.append(
                    LinkedPage(
                        lookalike,
                        plat,
                        handle.lower(),
                        final_url=lookalike,
                        http_status=200,
                        title=f"{name} Rewards",
                    )
                )
        add(platforms[-1], key, "impostor", fields=ProfileFields(posts=0))  # squatter
        # fans
        add(
            rng.choice(_PLATFORMS),
            f"{key}fans",
            "fan",
            fields=ProfileFields(
                display_name=f"{name} Fans",
                bio=f"Fan page, not affiliated with {name}.",
                avatar_phash=f"{rng.getrandbits(64):016x}",
                posts=120,
            ),
        )
        add(
            rng.choice(_PLATFORMS),
            f"not{key}",
            "fan",
            fields=ProfileFields(
                display_name=f"Not {name}",
                bio="Parody account. Bad takes daily.",
                avatar_phash=_flip(logo, 3, rng),
                posts=300,
            ),
        )
        # namesakes on the common word
        for suffix in ("sailing", "photo", "band", ""):
            add(
                rng.choice(_PLATFORMS),
                f"{word.lower()}{suffix}",
                "unrelated",
                fields=ProfileFields(
                    display_name=f"{word} {suffix.capitalize()}".strip(),
                    bio=rng.choice(_NAMESAKE_BIOS),
                    avatar_phash=f"{rng.getrandbits(64):016x}",
                    posts=200,
                    external_links=(f"https://{word.lower()}{suffix}.org/",),
                ),
            )
        # unverifiable probes
        add(
            "instagram",
            f"{key}.shop",
            "unverified",
            state=ProbeState.UNVERIFIABLE,
            reason="login_wall",
        )
        # filler: unrelated people
        count = sum(1 for k in truth if k[1].startswith(key) or k[1].startswith(word.lower()))
        for _ in range(max(0, per_brand - count)):
            h = "".join(rng.choice(_SYL) for _ in range(3)) + str(rng.randint(1, 9999))
            add(
                rng.choice(_PLATFORMS),
                h,
                "unrelated",
                fields=ProfileFields(
                    display_name=h.capitalize(),
                    bio=rng.choice(_NAMESAKE_BIOS),
                    avatar_phash=f"{rng.getrandbits(64):016x}",
                    posts=rng.randint(0, 500),
                ),
            )
        del bi
    inventory = Inventory(
        "Synthetic Holdings",
        domains=(),
        departments=(Department("Marketing"),),
        brands=tuple(brands),
    )
    return inventory, obs, pages, truth


# ----------------------------------------------------------------------------- scoring


def score(
    findings: Iterable,
    truth: Mapping[tuple[str, str], str],  # type: ignore[type-arg]
) -> tuple[dict[str, tuple[float, float, float, int]], Counter]:  # type: ignore[type-arg]
    """Per-class (precision, recall, f1, support) and the (true, predicted) confusion counts."""
    predicted = {(f.platform, f.handle.lower()): f.cls.value for f in findings}
    confusion: Counter = Counter()  # type: ignore[type-arg]
    for key, true in truth.items():
        confusion[(true, predicted.get(key, "(none)"))] += 1
    for key, pred in predicted.items():
        if key not in truth:
            confusion[("(none)", pred)] += 1
    out = {}
    for c in CLASSES:
        tp = confusion[(c, c)]
        fp = sum(n for (t, p), n in confusion.items() if p == c and t != c)
        fn = sum(n for (t, p), n in confusion.items() if t == c and p != c)
        if tp + fp + fn == 0:
            continue
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[c] = (prec, rec, f1, tp + fn)
    return out, confusion


def report(title: str, findings, truth) -> None:  # type: ignore[no-untyped-def]
    metrics, confusion = score(findings, truth)
    print(f"\n== {title}: {len(truth)} labelled profiles")
    print(f"{'class':<18}{'precision':>10}{'recall':>8}{'f1':>8}{'support':>9}")
    for c, (p, r, f1, n) in metrics.items():
        print(f"{c:<18}{p:>10.3f}{r:>8.3f}{f1:>8.3f}{n:>9}")
    labels = [c for c in (*CLASSES, "(none)") if any(c in k for k in confusion)]
    print("\nconfusion (rows: truth, columns: predicted)")
    print(" " * 18 + "".join(f"{c[:9]:>10}" for c in labels))
    for t in labels:
        print(f"{t:<18}" + "".join(f"{confusion[(t, p)]:>10}" for p in labels))
    wrong = [(k, t, p) for (t, p), n in confusion.items() if t != p for k in [None] if n]
    del wrong


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--synthetic", type=int, default=3000, help="synthetic profiles (0 = none)")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every misclassification")
    args = ap.parse_args(argv)
    world, inventory, obs, pages, rules = load_demo()
    findings = classify(inventory, obs, pages, now=world.now, rules=rules)
    truth = demo_truth(world, rules)
    report("demo world", findings, truth)
    if args.verbose:
        for f in findings:
            t = truth.get((f.platform, f.handle.lower()))
            if t != f.cls.value:
                print(
                    f"  {f.platform}:{f.handle} truth={t} got={f.cls.value} score={f.score} "
                    f"sev={f.severity} :: " + " | ".join(e.detail for e in f.evidence)
                )
    if args.synthetic:
        per_brand = 100
        inv, sobs, spages, struth = synthetic(max(1, args.synthetic // per_brand), per_brand)
        sfind = classify(inv, sobs, spages, now=NOW)
        report("synthetic world", sfind, struth)
        if args.verbose:
            shown = 0
            for f in sfind:
                t = struth.get((f.platform, f.handle.lower()))
                if t != f.cls.value and shown < 40:
                    shown += 1
                    print(
                        f"  {f.platform}:{f.handle} truth={t} got={f.cls.value} "
                        f"score={f.score} :: " + " | ".join(e.detail for e in f.evidence)
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
