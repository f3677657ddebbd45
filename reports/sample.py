"""Synthetic audits for the report's tests, the browser test and the benchmark.

Deterministic (seeded) and hostile on purpose: display names and bios carry script tags,
event-handler attributes, ``javascript:`` URLs and bidi overrides, so every consumer of this
data exercises the escaping paths.
"""

from __future__ import annotations

import base64
import random
import struct
import zlib

from matching.models import (
    Brand,
    Department,
    Evidence,
    Finding,
    FindingClass,
    Inventory,
    OfficialAccount,
    ProbeState,
    ProfileFields,
    ProfileObservation,
    Severity,
    Status,
    Triage,
    TriageDecision,
    Via,
)

from .view import AuditInfo, AuditSummary

#: Payloads that would set the title or add ``#pwned`` if any of them ever ran.
XSS = (
    "<script>document.title='PWNED';document.body.appendChild(document.createElement('div')).id='pwned'</script>",
    "<img src=x onerror=\"document.title='PWNED';this.id='pwned'\">",
    '"><svg onload="document.title=\'PWNED\'" id="pwned">',
    '</textarea></title></style></script><b id="pwned">x</b>',
    "{{ 7*7 }} {% raw %}",
)
SOURCE_YAML = """\
# Northwind's declared accounts (kept by the brand team)
organization: Northwind Coffee Co.
domains: [northwindcoffee.com, northwindcoffee.com.tr]
departments:
  - {name: Marketing, owner: marketing@northwindcoffee.com}
  - {name: Customer Care, owner: care@northwindcoffee.com}
brands:
  - name: Northwind Coffee
    aliases: [Northwind, NWC, Northwind Kahve]
    websites: [https://www.northwindcoffee.com]
    strategy: [instagram, facebook, linkedin, tiktok, x, youtube]
    accounts:
      - {platform: instagram, handle: northwindcoffee, department: Marketing}
      # the care desk
      - {platform: x, handle: NorthwindCare, department: Customer Care}
      - platform: linkedin
        url: "https://www.linkedin.com/company/northwind-coffee"
        department: Marketing
      - {platform: facebook, handle: northwindcoffee.old, department: Marketing}

  - name: Northwind Kids
    websites: [https://kids.northwindcoffee.com]
    strategy: [youtube]
allow: []   # partners go here
"""


def png_data_uri(rgb: tuple[int, int, int] = (200, 40, 40), size: int = 8) -> str:
    """A real (tiny) PNG as a data URI, built without Pillow so this module stays light."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    raw = b"".join(b"\x00" + bytes(rgb) * size for _ in range(size))
    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    return "data:image/png;base64," + base64.b64encode(png).decode()


def inventory() -> Inventory:
    brand = Brand(
        name="Northwind Coffee",
        aliases=("Northwind", "NWC", "Northwind Kahve"),
        websites=("https://www.northwindcoffee.com",),
        strategy=("instagram", "facebook", "linkedin", "tiktok", "x", "youtube"),
        accounts=(
            OfficialAccount(
                "instagram", "northwindcoffee", "Northwind Coffee", "Marketing", line=13
            ),
            OfficialAccount("x", "NorthwindCare", "Northwind Coffee", "Customer Care", line=15),
            OfficialAccount(
                "linkedin",
                "northwind-coffee",
                "Northwind Coffee",
                "Marketing",
                url="https://www.linkedin.com/company/northwind-coffee",
                line=16,
            ),
            OfficialAccount(
                "facebook", "northwindcoffee.old", "Northwind Coffee", "Marketing", line=19
            ),
        ),
    )
    kids = Brand(
        name="Northwind Kids",
        websites=("https://kids.northwindcoffee.com",),
        strategy=("youtube",),
    )
    return Inventory(
        organization="Northwind Coffee Co.",
        domains=("northwindcoffee.com", "northwindcoffee.com.tr"),
        departments=(
            Department("Marketing", "marketing@northwindcoffee.com"),
            Department("Customer Care", "care@northwindcoffee.com"),
        ),
        brands=(brand, kids),
    )


def _obs(platform: str, handle: str, url: str, **fields) -> ProfileObservation:
    return ProfileObservation(
        platform=platform,
        handle=handle,
        url=url,
        state=ProbeState.FOUND,
        http_status=200,
        fields=ProfileFields(**fields),
        fetched_at="2025-03-01T10:00:00+00:00",
        body_sha256="ab" * 32,
    )


def findings() -> list[Finding]:
    """A small hand-made audit: one finding of every class, several hostile."""
    logo = png_data_uri((120, 60, 20))
    off_ig = _obs(
        "instagram",
        "northwindcoffee",
        "https://www.instagram.com/northwindcoffee/",
        display_name="Northwind Coffee",
        bio="Roasting since 1998. Official account.",
        avatar_thumb=logo,
        followers=48210,
        posts=1302,
        last_active_at="2025-02-27T09:00:00+00:00",
        platform_id="1234567",
    )
    imp = _obs(
        "instagram",
        "northwindcoffee_support",
        "https://www.instagram.com/northwindcoffee_support/",
        display_name="Northwind Coffee " + XSS[0],
        bio="DM us your card number for a refund " + XSS[1],
        avatar_thumb=logo,
        followers=312,
        posts=4,
        external_links=("javascript:alert(1)",),
        created_at="2025-02-20T00:00:00+00:00",
        platform_id="99887766",
    )
    return [
        Finding(
            "instagram",
            "northwindcoffee",
            "https://www.instagram.com/northwindcoffee/",
            "Northwind Coffee",
            FindingClass.OFFICIAL,
            None,
            1.0,
            "Northwind Coffee",
            "Marketing",
            evidence=(Evidence("declared", True, "Declared in the inventory."),),
            discovered_via=(Via.PROBE, Via.OFFICIAL_SITE),
            status=Status.UNCHANGED,
            observation=off_ig,
        ),
        Finding(
            "instagram",
            "northwindcoffee_support",
            "https://www.instagram.com/northwindcoffee_support/",
            "Northwind Coffee " + XSS[0],
            FindingClass.IMPOSTOR,
            Severity.HIGH,
            0.93,
            "Northwind Coffee",
            None,
            evidence=(
                Evidence("handle_similarity", 0.91, "'northwindcoffee' + suffix '_support'."),
                Evidence(
                    "avatar_match", 0.0, "Avatar identical to the official logo (phash distance 0)."
                ),
                Evidence("scam_wording", "card number", "Bio asks for card details: " + XSS[2]),
            ),
            discovered_via=(Via.PROBE,),
            status=Status.NEW,
            imitates=("instagram", "northwindcoffee"),
            harm=0.9,
            observation=imp,
        ),
        Finding(
            "x",
            "N\u200borthwindCare",
            "javascript:alert(document.domain)",
            "Northwind \u202eeraC",
            FindingClass.IMPOSTOR,
            Severity.MEDIUM,
            0.81,
            "Northwind Coffee",
            "Customer Care",
            evidence=(Evidence("homoglyph", "U+200B", "Zero-width space inside the handle."),),
            discovered_via=(Via.PLATFORM_SEARCH,),
            status=Status.REOPENED,
            status_detail="Reappeared after takedown " + XSS[3],
            triage=Triage(
                "x", "N\u200borthwindCare", TriageDecision.TAKEDOWN_REQUESTED, "ticket #42"
            ),
            imitates=("x", "NorthwindCare"),
            harm=0.6,
            observation=_obs(
                "x",
                "N\u200borthwindCare",
                "javascript:alert(1)",
                avatar_thumb="data:image/svg+xml;base64,PHN2Zy8+",
            ),
        ),
        Finding(
            "x",
            "NorthwindCare",
            "https://x.com/NorthwindCare",
            "Northwind Care",
            FindingClass.MISSING,
            Severity.MEDIUM,
            1.0,
            "Northwind Coffee",
            "Customer Care",
            evidence=(Evidence("not_found", 404, "Profile page answered 404."),),
            discovered_via=(Via.PROBE,),
            status=Status.CHANGED,
            probe_state=ProbeState.NOT_FOUND,
            status_detail="was official",
        ),
        Finding(
            "facebook",
            "northwindcoffee.old",
            "https://www.facebook.com/northwindcoffee.old",
            "Northwind Coffee (old)",
            FindingClass.REDUNDANT,
            Severity.LOW,
            1.0,
            "Northwind Coffee",
            "Marketing",
            evidence=(Evidence("dormant", 812, "No post for 812 days."),),
            discovered_via=(Via.PROBE,),
            status=Status.UNCHANGED,
            observation=_obs(
                "facebook",
                "northwindcoffee.old",
                "https://www.facebook.com/northwindcoffee.old",
                followers=1200,
                posts=88,
                last_active_at="2022-11-10T00:00:00+00:00",
            ),
        ),
        Finding(
            "tiktok",
            "northwindcoffee",
            "https://www.tiktok.com/@northwindcoffee",
            "Northwind Coffee",
            FindingClass.OFFICIAL_UNLISTED,
            Severity.LOW,
            0.95,
            "Northwind Coffee",
            "Marketing",
            evidence=(
                Evidence(
                    "official_site_link",
                    "https://www.northwindcoffee.com/",
                    "linked from https://www.northwindcoffee.com/ (footer)",
                ),
            ),
            discovered_via=(Via.OFFICIAL_SITE,),
            status=Status.NEW,
        ),
        Finding(
            "youtube",
            '=HYPERLINK("http://evil")',
            "https://www.youtube.com/@x",
            "-2+3 fan club\nnew line",
            FindingClass.FAN,
            None,
            0.4,
            "Northwind Coffee",
            None,
            evidence=(Evidence("fan_wording", "fan", "Bio says 'fan page'."),),
            discovered_via=(Via.WEB_SEARCH,),
            status=Status.NEW,
        ),
        Finding(
            "tiktok",
            "northwind_kahve",
            "https://www.tiktok.com/@northwind_kahve",
            None,
            FindingClass.UNVERIFIED,
            None,
            0.5,
            "Northwind Coffee",
            None,
            discovered_via=(Via.PROBE,),
            status=Status.NEW,
            probe_state=ProbeState.UNVERIFIABLE,
            probe_reason="login_wall",
        ),
        Finding(
            "github",
            "northwind",
            "https://github.com/northwind",
            "Northwind Tools",
            FindingClass.UNRELATED,
            None,
            0.2,
            "Northwind Coffee",
            None,
            evidence=(Evidence("namesake", None, "A software project, no coffee."),),
            discovered_via=(Via.PROBE,),
            status=Status.UNCHANGED,
        ),
        Finding(
            "instagram",
            "northwind.coffee.tr",
            "https://www.instagram.com/northwind.coffee.tr/",
            "Northwind Kahve TR",
            FindingClass.IMPOSTOR,
            Severity.HIGH,
            0.9,
            "Northwind Coffee",
            None,
            status=Status.RESOLVED,
            status_detail="profile gone (taken down)",
            imitates=("instagram", "northwindcoffee"),
        ),
    ]


def audit(audit_id: int = 7) -> AuditInfo:
    return AuditInfo(
        audit_id=audit_id,
        started_at="2025-03-01T10:00:00+00:00",
        finished_at="2025-03-01T10:04:12+00:00",
        inventory_path="seeds/official_accounts.yaml",
        settings={"platforms": "instagram,x,facebook,tiktok,youtube,github", "max_variants": 40},
        tool_version="0.1.0",
        coverage_gaps=coverage_gaps(),
        crawl=crawl(),
    )


def coverage_gaps() -> list[dict[str, object]]:
    """Steps that could not run, as ``Store.coverage_gaps`` returns them; the queries carry
    the hostile payloads too (a query holds the brand's name as the inventory spells it)."""
    return [
        {"path": "web_search", "engine": "duckduckgo", "reason": "captcha",
         "query": 'site:x.com "Northwind Coffee"', "url": "https://duckduckgo.com/html/?q=x",
         "page": 1},
        {"path": "web_search", "engine": "duckduckgo", "reason": "captcha",
         "query": f'"{XSS[0]}"', "url": "javascript:alert(1)", "page": 1},
        {"path": "probe", "engine": "threads", "reason": "login_wall",
         "query": "variant probes skipped: a random handle was unverifiable too", "url": "",
         "page": 1},
        {"path": "limit", "engine": "www.northwindcoffee.com", "reason": "site_max_pages",
         "query": f"page budget used up {XSS[2]}", "url": "https://www.northwindcoffee.com/events",
         "page": 1},
    ]


def crawl() -> dict[str, object]:
    """A crawl summary as the runner stores it (``Store.crawl_summary``)."""

    def row(name: str, title: str, found: int, not_found: int, unverifiable: int = 0,
            **kw: object) -> dict[str, object]:
        probes = {"found": found, "not_found": not_found, "unverifiable": unverifiable}
        return {"name": name, "title": title, "probe_possible": True, "probes": probes,
                "observations": {"found": found}, "api_search": "no", "web_search": "failed",
                **kw}

    return {
        "requests": 1840,
        "responses": 1822,
        "elapsed": 251.9,
        "finish_reason": "finished",
        "status_counts": {"200": 702, "202": 2, "301": 60, "404": 1040, "429": 18},
        "probes": {"found": 31, "not_found": 1180, "unverifiable": 4},
        "limits": {"site_max_pages": 12},
        "platforms": [
            row("instagram", "Instagram", 9, 240),
            row("x", "X (Twitter)", 7, 236, 1),
            row("facebook", "Facebook", 5, 238),
            row("github", "GitHub", 3, 236, api_search="yes"),
            row("threads", "Threads", 0, 0, 1),
            {"name": "linkedin", "title": "LinkedIn", "probe_possible": False, "probes": {},
             "observations": {}, "api_search": "no", "web_search": "failed"},
        ],
        # how the catalog's platforms write a handle (its ``shown_as``)
        "handle_forms": {
            **{p: [["", "@{handle}"]] for p in ("instagram", "x", "tiktok", "github", "threads")},
            "youtube": [["UC[A-Za-z0-9_-]{22}", "{handle}"], ["", "@{handle}"]],
            "facebook": [["groups/(?P<name>.+)", "{name}"], ["[0-9]+", "{handle}"],
                         ["", "@{handle}"]],
            "reddit": [["r/.+", "{handle}"], ["", "u/{handle}"]],
        },
    }


def history() -> list[AuditSummary]:
    return [
        AuditSummary(5, "2025-01-01T10:00:00+00:00", {"impostor": 4, "missing": 0, "redundant": 2}),
        AuditSummary(
            6, "2025-02-01T10:00:00+00:00", {"impostor": 2, "redundant": 1, "unverified": 3}
        ),
    ]


_PLATFORMS = ("instagram", "x", "facebook", "tiktok", "youtube", "linkedin", "bluesky", "github")
_CLASSES = list(FindingClass)


def synthetic(n: int, seed: int = 1) -> list[Finding]:
    """``n`` varied findings for the benchmark and the browser test's paging."""
    rnd = random.Random(seed)
    out = []
    thumb = png_data_uri((30, 90, 160))
    for i in range(n):
        cls = rnd.choices(_CLASSES, weights=(2, 1, 2, 1, 10, 6, 20, 5))[0]
        sev = (
            rnd.choice(list(Severity))
            if cls in (FindingClass.IMPOSTOR, FindingClass.MISSING, FindingClass.REDUNDANT)
            else None
        )
        platform = rnd.choice(_PLATFORMS)
        sep = rnd.choice(["", "_", ".", "-"])
        stem = rnd.choice(["coffee", "cofee", "c0ffee", "kahve"])
        handle = f"northwind{sep}{stem}{i}"
        ev = tuple(
            Evidence(s, round(rnd.random(), 2), f"{s} fired for {handle}")
            for s in rnd.sample(
                [
                    "handle_similarity",
                    "name_similarity",
                    "avatar_match",
                    "scam_wording",
                    "link_domain",
                ],
                k=rnd.randint(0, 3),
            )
        )
        out.append(
            Finding(
                platform,
                handle,
                f"https://{platform}.example/{handle}",
                f"Northwind {i}",
                cls,
                sev,
                round(rnd.random(), 3),
                "Northwind Coffee",
                rnd.choice(["Marketing", "Customer Care", None]),
                evidence=ev,
                discovered_via=(rnd.choice(list(Via)),),
                status=rnd.choice([Status.NEW, Status.UNCHANGED, Status.CHANGED]),
                imitates=("instagram", "northwindcoffee") if cls == FindingClass.IMPOSTOR else None,
                harm=rnd.random(),
                observation=_obs(
                    platform,
                    handle,
                    f"https://{platform}.example/{handle}",
                    followers=rnd.randint(0, 100000),
                    avatar_thumb=thumb,
                )
                if i % 3 == 0
                else None,
            )
        )
    return out
