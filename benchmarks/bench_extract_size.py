"""How long the extractors take on big pages: made-up profile pages of 5k, 50k and 200k nodes.

    python benchmarks/bench_extract_size.py                 # 5k, 50k, 200k nodes, every shape
    python benchmarks/bench_extract_size.py --nodes 50000 --shape dom --profile  # and cProfile

Each page is generated here (nothing is read from the captures): a profile's head (title, Open
Graph, JSON-LD) and a timeline of posts (links, counters, labels, embedded state) repeated until
the page holds about N elements. Shapes:

- ``dom``: a rendered page (posts as nested elements with counters, aria-labels and links);
- ``state``: the same posts as a JSON state object in one script (a single-page app's page);
- ``flat``: long runs of sibling elements with short texts (a list of 200k names);
- ``words``: a list whose items say a counter's word and no count ('Posts by reader 12') on a
  page that gives no counter elsewhere (each item once climbed to the whole list: quadratic,
  128 s for 5,000 items, until the climb read at most 60 characters).

``--mentions K`` (repeatable) times a small page instead whose description names K accounts
('@qa_jobs - jobs', a channel's list of its sister channels, as t.me pages write them): the
site-sentence pattern once tried every way to split every @name (exponential in K).

The time printed is the CPU time (the machine may be shared) of one ``read_profile`` call by
the full reader and by the generic layers alone, for the platform ``x`` (a page under
twitter.com). A page 10 times bigger should take about 10 times longer; nothing here asserts a
time (the tests never time anything).

Figures of 7 December 2026 (CPU seconds, full reader / generic layers alone), before and after
the DOM layer's scans were bounded: dom 200k nodes (6.3 MB) 5.3 / 4.7 -> 4.6 / 3.9; flat 200k
3.2 / 2.9 -> 2.4 / 2.1; words 5,000 items 128 s -> 0.6 s (quadratic before, linear now).
With ``--mentions`` (the same day, a machine shared by eight): a description naming 2 / 4 / 5 /
6 / 8 / 64 accounts took 0.02 / 1.8 / over 300 / over 800 s before the site-sentence pattern
took an @name as one atomic piece (t.me's serious_tester capture, eight names: 25 s), 0.00 /
0.00 / 0.00 / 0.00 / 0.00 / 0.01 s after.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

from crawler.catalog import load_catalog  # noqa: E402
from crawler.extract import read_profile, without_rules  # noqa: E402

HEAD = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
    "<title>Kestrel Paper Co. (@kestrelpaper) / X</title>"
    '<meta property="og:title" content="Kestrel Paper Co. (@kestrelpaper)">'
    '<meta property="og:url" content="https://twitter.com/kestrelpaper">'
    '<meta property="og:description" content="Paper goods made by hand since 1931. '
    '12.3K Followers, 210 Following, 4,512 Posts">'
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"ProfilePage",'
    '"mainEntity":{"@type":"Person","name":"Kestrel Paper Co.","alternateName":"@kestrelpaper",'
    '"identifier":"4400112233","url":"https://twitter.com/kestrelpaper"}}</script>'
    "</head><body><main><div class=\"profile-header\"><h1>Kestrel Paper Co.</h1>"
    '<div class="bio">Paper goods made by hand since 1931. https://kestrel-paper.example</div>'
    '<a href="/kestrelpaper/followers" title="12,345 Followers"><span>12.3K</span> '
    "<span>Followers</span></a></div>"
)
TAIL = "</main></body></html>"


def _post(i: int) -> str:
    """One post of the timeline: 20 elements."""
    return (
        f'<article class="post" data-id="{1700000000000 + i}" aria-label="Post {i}">'
        f'<div class="post-head"><a href="/user{i % 97}"><img alt="" src="/a/{i % 97}.png">'
        f'<span class="name">Someone {i % 97}</span><span>@user{i % 97}</span></a>'
        f'<time datetime="2026-11-{1 + i % 28:02d}T10:00:00Z">Nov {1 + i % 28}</time></div>'
        f'<div class="post-body"><p>Letterpress sample number {i}, with a note about paper '
        f'weight and ink.</p><a href="https://t.co/x{i}">kestrel-paper.example/s/{i}</a></div>'
        f'<div class="post-foot"><span aria-label="{i % 50} replies">{i % 50}</span>'
        f'<span aria-label="{i % 70} reposts">{i % 70}</span>'
        f'<span title="{i % 300} likes">{i % 300}</span><span>{i % 9} views</span>'
        f'<button type="button">Share</button></div></article>'
    )


def _state(n: int) -> str:
    posts = [{"id": str(1700000000000 + i), "text": f"Letterpress sample number {i}",
              "user": {"screen_name": f"user{i % 97}", "name": f"Someone {i % 97}",
                       "followers_count": i % 1000},
              "favorite_count": i % 300, "retweet_count": i % 70,
              "created_at": "Mon Nov 02 10:00:00 +0000 2026"} for i in range(n)]
    doc = {"user": {"screen_name": "kestrelpaper", "name": "Kestrel Paper Co.",
                    "followers_count": 12345, "id_str": "4400112233"}, "timeline": posts}
    return f'<script id="__STATE__" type="application/json">{json.dumps(doc)}</script>'


SISTERS = ("news", "jobs", "shop", "help", "press", "labs", "ink", "fin", "art", "dev", "ops", "hr")


def mentions_page(count: int) -> str:
    """A small profile page whose description lists ``count`` other accounts by @name."""
    names = "\t".join(f"@kestrel_{SISTERS[i % len(SISTERS)]}{i // len(SISTERS) or ''} - "
                       f"sister channel {i}" for i in range(count))
    desc = f"Paper goods made by hand since 1931.\t\t{names}\t\tPartnerships: @kestrel_ads"
    return HEAD.replace("Paper goods made by hand since 1931. 12.3K Followers, 210 Following, "
                        "4,512 Posts", desc) + TAIL


def page(nodes: int, shape: str) -> str:
    """A made-up profile page of about ``nodes`` elements."""
    if shape == "dom":
        body = "".join(_post(i) for i in range(max(1, nodes // 20)))
    elif shape == "state":
        # about 8 JSON nodes a post; the DOM is the head only
        body = _state(max(1, nodes // 8))
    elif shape == "words":
        head = HEAD.replace(' title="12,345 Followers"', "").replace("<span>Followers</span>", "")
        head = head.replace("12.3K Followers, 210 Following, 4,512 Posts", "")
        return head + "<ul>" + "".join(f"<li>Posts by reader {i}</li>" for i in range(nodes)) \
            + "</ul>" + TAIL
    else:
        body = "<ul>" + "".join(f"<li>name {i}</li>" for i in range(nodes)) + "</ul>"
    return HEAD + body + TAIL


def timed(generic: bool, body: bytes) -> float:
    catalog = load_catalog()
    platform = (without_rules(catalog) if generic else catalog)["x"]
    start = time.process_time()
    got = read_profile(platform, "https://twitter.com/kestrelpaper", 200,
                       {"Content-Type": "text/html; charset=utf-8"}, body)
    took = time.process_time() - start
    if got.state.value != "found":
        print(f"    (read {got.state.value}: {got.reason})")
    return took


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--nodes", type=int, action="append",
                        help="page size in elements (repeatable; default 5k, 50k, 200k)")
    parser.add_argument("--shape", choices=("dom", "state", "flat", "words"), action="append")
    parser.add_argument("--profile", action="store_true", help="print cProfile's top 25")
    parser.add_argument("--mentions", type=int, action="append",
                        help="time a page whose description names this many @accounts instead "
                             "(repeatable)")
    args = parser.parse_args(argv)
    if args.mentions:
        timed(False, mentions_page(1).encode())  # the patterns compiled, not timed
        print(f"{'@names':>6} {'size':>9} {'full':>8} {'generic':>8}")
        for count in args.mentions:
            body = mentions_page(count).encode()
            print(f"{count:>6} {len(body) / 1e3:>7.1f}kB {timed(False, body):>7.2f}s "
                  f"{timed(True, body):>7.2f}s")
        return 0
    sizes = args.nodes or [5_000, 50_000, 200_000]
    shapes = args.shape or ["dom", "state", "flat", "words"]
    print(f"{'shape':<6} {'nodes':>8} {'size':>9} {'full':>8} {'generic':>8}")
    for shape in shapes:
        for n in sizes:
            body = page(n, shape).encode()
            if args.profile:
                prof = cProfile.Profile()
                prof.enable()
            full = timed(False, body)
            generic = timed(True, body)
            if args.profile:
                prof.disable()
            print(f"{shape:<6} {n:>8} {len(body) / 1e6:>7.1f}MB {full:>7.2f}s {generic:>7.2f}s")
            if args.profile:
                pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
