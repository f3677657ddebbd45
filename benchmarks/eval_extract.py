"""How well the extractors read real captured pages and API answers, per platform.

    python benchmarks/eval_extract.py              # every set, per platform
    python benchmarks/eval_extract.py --misses     # and each field read wrong
    python benchmarks/eval_extract.py --sealed     # and the sealed held-out batches (once)
    python benchmarks/eval_extract.py --batch NAME # one batch only (its first, blind run)
    python benchmarks/eval_extract.py --generic-only  # ablation: the platforms' rules off
    python benchmarks/eval_extract.py --gap        # full reader and generic layers side by side
    python benchmarks/eval_extract.py --gap --misses  # and what the platform rules cost
    python benchmarks/eval_extract.py --wrappers   # the wrapper tests, against their bases
    python benchmarks/eval_extract.py --shapes     # the synthetic shapes (no captures)

Three sets, each scored as "fields right" (hand-read fields the extractor got right, out of the
hand-read fields present in the file) and "states right" (found / not found / unverifiable):

- ``real_pages``: ../shared/real_pages, the old tuning set (skipped when absent; never copied);
- ``tuning``: tests/fixtures/real_captures entries with ``heldout: false``;
- ``heldout``: tests/fixtures/real_captures entries with ``heldout: true``: captures from
  repositories the extractors had never been tuned on. Each held-out set is scored once blind
  (its honest figure, recorded in the README); only then may its misses be fixed, each fix with
  a hand-written unit case of its own, so later figures are after-fix figures.
  Each ``batch:`` (a later held-out set collected at once) is also reported on its own; a
  ``batch: sealed-...`` is left out of every figure unless ``--sealed`` asks for it (its one
  blind run); once that run is recorded the batch is renamed and reported like the others.

Each capture is read as ``brandsweep extract`` reads a saved answer: the platform's page object
gets the recorded URL (cassettes carry it; the manifest gives it for bare bodies), the status and
the body, and no expected handle, so the page must say whose it is.

``--generic-only`` is an ablation: every platform's own rules (its views' found / not-found
rules, documents and field sources, its page-object class) are switched off, so only the generic
layers (API shapes, embedded state, JSON-LD, meta tags, DOM) and the catalog's shared defaults
(status codes, WAF and captcha pages) read the answers. What they read alone is what a page of
an era no rule was written for can expect. ``--gap`` prints both figures on one line per
platform (full reader, generic layers alone, and the points between them), so what the
platforms' own rules add, and what a page of an unseen shape would lose, is read at a glance.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from crawler.catalog import load_catalog  # noqa: E402
from crawler.extract import ProfileRead, read_profile, without_rules  # noqa: E402
from crawler.extract.captures import Recorded, is_http_message, recorded_answers  # noqa: E402
from crawler.extract.detect import choose_answer  # noqa: E402
from crawler.extract.values import parse_count  # noqa: E402

CAPTURES = ROOT / "tests" / "fixtures" / "real_captures"


def shared_real_pages() -> Path:
    """../shared/real_pages (or $BRANDSWEEP_REAL_PAGES): the old tuning set, maybe absent."""
    env = os.environ.get("BRANDSWEEP_REAL_PAGES")
    if env:
        return Path(env)
    for parent in ROOT.parents:  # a git worktree may sit one level deeper
        if (parent / "shared" / "real_pages" / "MANIFEST.yaml").is_file():
            return parent / "shared" / "real_pages"
    return ROOT.parent / "shared" / "real_pages"


# ----------------------------------------------------------------------------- captures


@dataclass
class Capture:
    """One manifest entry and the recorded answer it is about."""

    entry: dict
    answer: Recorded

    @property
    def platform(self) -> str:
        return str(self.entry["platform"])

    @property
    def name(self) -> str:
        return str(self.entry["file"])

    @property
    def truth(self) -> dict:
        return dict(self.entry.get("truth") or {})


def is_sealed(batch: object) -> bool:
    """A sealed batch (``batch: sealed-...``) is scored once, on purpose, with ``--sealed``;
    every other reading (the held-out totals, the tests) leaves it out, so nobody tunes on it."""
    return str(batch or "").startswith("sealed")


def load_captures(
    folder: Path = CAPTURES,
    heldout: bool | None = None,
    batch: str | None = None,
    sealed: bool = False,
    wrappers: bool | None = False,
    synthetic: bool | None = False,
) -> list[Capture]:
    """Manifest entries with their answer unpacked (``heldout`` None = both halves; ``batch``:
    only the entries collected together under that ``batch:`` mark; sealed batches only when
    ``sealed`` or asked for by name; ``wrappers``: False leaves out the wrapper tests (``wrapper:
    FAMILY``, a capture's body wrapped anew by benchmarks/wrap_captures.py: no capture of their
    own, so never in a set's figures), True takes only them, None both; ``synthetic`` likewise for
    the synthetic shapes (``synthetic: SOURCE``: an answer written by hand from a platform's
    documented or coded shape, no capture, so never in a set's figures either))."""
    doc = yaml.safe_load((folder / "MANIFEST.yaml").read_text(encoding="utf-8"))
    out = []
    for entry in doc["fixtures"]:
        if wrappers is not None and bool(entry.get("wrapper")) is not wrappers:
            continue
        if synthetic is not None and bool(entry.get("synthetic")) is not synthetic:
            continue
        if heldout is not None and bool(entry.get("heldout")) is not heldout:
            continue
        if batch is not None and str(entry.get("batch")) != batch:
            continue
        if batch is None and not sealed and is_sealed(entry.get("batch")):
            continue
        out.append(Capture(entry, answer_of(folder / entry["file"], entry)))
    return out


def answer_of(path: Path, entry: dict) -> Recorded:
    """The recorded answer an entry is about (a cassette's ``interaction``, else the body)."""
    data = path.read_bytes()
    fmt = entry.get("format", "raw")
    if fmt == "ts_template":
        text = data.decode("utf-8")
        body = text[text.index("`") + 1 : text.rindex("`")].encode("utf-8")
        return Recorded(entry.get("url"), int(entry.get("status", 200)), {}, body)
    if fmt in ("raw", "gzip"):
        # a whole HTTP message (``curl -i``, WebMock's and XRay's saved answers) or a client's
        # answer record (the WordPress HTTP API's {headers, body, response}): read as
        # ``brandsweep extract`` reads the file, its status and headers with the body; a file
        # kept gzip-compressed too (a .warc.gz holds a harvester's every request: ``extract``
        # reads the profile lookup among them, not the last timeline page)
        found = recorded_answers(data)
        if len(found) == 1 and (is_http_message(data) or found[0].body is not data):
            (answer,) = found
            return Recorded(entry.get("url"), answer.status, answer.headers, answer.body)
        if len(found) > 1 and all(a.body is not data for a in found):
            # several answers a client recorded in one file (an answer in source notation
            # after its token call): the one ``brandsweep extract`` reads
            answer = found[choose_answer(load_catalog(), found, str(entry["platform"]))]
            return Recorded(entry.get("url") or answer.url, answer.status, answer.headers,
                            answer.body)
        return Recorded(entry.get("url"), int(entry.get("status", 200)), {}, data)
    answers = recorded_answers(data)
    index = int(entry.get("interaction", len(answers) - 1))
    if not 0 <= index < len(answers):
        # a recording whose answers the unpacker does not find (a format it cannot read yet):
        # scored as extract would read it, one opaque body, never an error of the scorer
        return Recorded(entry.get("url"), int(entry.get("status", 200)), {}, data)
    answer = answers[index]
    return Recorded(answer.url or entry.get("url"), answer.status, answer.headers, answer.body)


def wrapper_lines(misses: bool = False) -> list[str]:
    """``--wrappers``: the wrapper tests scored (full reader beside the generic layers), and
    each one whose reading differs from its base's, field by field."""
    caps = load_captures(wrappers=True)
    lines = gap_report("wrapper tests (a capture's body in other recorders' and tests' "
                       "wrappers)", evaluate(caps), evaluate(caps, True), misses)
    for generic in (False, True):
        for cap, diff in wrapper_differences(caps, generic):
            lines.append(f"  differs from its base{' (generic only)' if generic else ''}: "
                         f"{cap.name}: {diff}")
    return lines


def wrapper_differences(captures: list[Capture], generic: bool = False
                        ) -> list[tuple[Capture, dict[str, tuple[bool, bool]]]]:
    """Each wrapper test whose fields are read otherwise than its base's (field -> (base,
    wrapper) rightness)."""
    catalog: Any = load_catalog()
    if generic:
        catalog = generic_only(catalog)
    bases = {c.name: c for c in load_captures(wrappers=False, sealed=False)}
    out = []
    for cap in captures:
        base = bases.get(str(cap.entry.get("base")))
        if base is None:
            out.append((cap, {"base": (False, False)}))
            continue
        want = score(base, read_capture(base, catalog))
        got = score(cap, read_capture(cap, catalog))
        diff = {k: (want.get(k, False), got.get(k, False)) for k in want.keys() | got.keys()
                if want.get(k) != got.get(k)}
        if diff:
            out.append((cap, diff))
    return out


def shape_lines(misses: bool = False) -> list[str]:
    """``--shapes``: the synthetic shapes (answers written by hand from the platforms' documented
    or coded shapes of 2024-2026, no captures) scored by the full reader and the generic layers
    alone, and with ``misses`` each field either read wrong."""
    caps = load_captures(synthetic=True)
    full, generic = evaluate(caps), evaluate(caps, True)
    lines = gap_report("synthetic shapes (written from documented and coded shapes; no "
                       "captures, in no capture figure)", full, generic)
    if misses:
        for label, result in (("full", full), ("generic only", generic)):
            star = result.get("*", Tally())
            lines.extend(f"  wrong ({label}): {m}" for m in star.misses)
    return lines


def batches(folder: Path = CAPTURES, sealed: bool = False) -> list[str]:
    """The ``batch:`` marks of the manifest, oldest first (each a later, fresh held-out set);
    sealed ones only when ``sealed``; never the synthetic shapes' (``--shapes``)."""
    doc = yaml.safe_load((folder / "MANIFEST.yaml").read_text(encoding="utf-8"))
    marks = {str(e["batch"]) for e in doc["fixtures"] if e.get("batch") and not e.get("synthetic")}
    return sorted(m for m in marks if sealed or not is_sealed(m))


def generic_only(catalog: Any) -> dict[str, Any]:
    """The ablation's catalog (``crawler.extract.without_rules``)."""
    return without_rules(catalog)


def read_capture(capture: Capture, catalog: Any = None) -> ProfileRead:
    catalog = catalog or load_catalog()
    ans = capture.answer
    return read_profile(catalog[capture.platform], ans.url or "", ans.status, ans.headers, ans.body)


# ----------------------------------------------------------------------------- comparison


def _norm(text: Any) -> str:
    return " ".join(str(text).split()).casefold()


def url_key(url: str) -> str:
    url = re.sub(r"^https?://", "", url.strip()).removeprefix("www.")
    return url.split("?")[0].split("#")[0].rstrip("/").casefold()


def count_ok(got: int | None, expected: Any) -> bool:
    """Counts agree within 1 % (pages round: '5.04M subscribers' is 5,040,000)."""
    if got is None:
        return False
    want = expected if isinstance(expected, int) else parse_count(str(expected))
    return want is not None and abs(got - want) <= max(1, want * 0.01)


def bio_ok(got: str | None, expected: str) -> bool:
    """Equal after whitespace folding; a truth ending in '...' is a prefix of a long bio."""
    if not got:
        return False
    g, e = _norm(got), _norm(expected)
    if e.endswith("..."):
        head = e[:-3].strip()
        return g.startswith(head) or g.startswith(head.rstrip(".").strip())
    return g == e


def same_handle(platform: str, got: str | None, want: str, url: str | None = None) -> bool:
    """Handles compared as the platform compares them: case apart, and in the catalog's
    canonical form (Facebook ignores dots: Koptisch.Orthodoxes.Kulturzentrum.e.V is
    koptischorthodoxeskulturzentrumev). A fediverse truth written bare, as the server answered
    (``acct`` is bare for its own accounts), names the account on the server asked (``url``):
    'md_eve' from mastodon.test is brandsweep's 'md_eve@mastodon.test'; a community's likewise
    ('programming' asked at /r/programming/about.json is 'r/programming')."""
    got_text = (got or "").lstrip("@")
    if got_text.casefold() == want.lstrip("@").casefold():
        return True
    if not got_text:
        return False
    host = (urlsplit(url).hostname or "") if url and url.startswith("http") else ""
    if "@" in got_text and "@" not in want.lstrip("@") and host and \
            got_text.casefold() == f"{want.lstrip('@')}@{host}".casefold():
        return True
    try:
        entry = load_catalog()[platform]
        if entry.canonical(got_text).casefold() == entry.canonical(want).casefold():
            return True
        prefix = entry.handle.community
        if prefix and "/" not in want.strip("/") and url and \
                got_text.casefold() == f"{prefix}{want}".casefold() and \
                f"/{prefix}{want}/".casefold() in f"{urlsplit(url).path.rstrip('/')}/".casefold():
            # a community's truth written bare, as its answer names it (a subreddit's
            # display_name 'programming'), where the address asked is the community's own
            # (/r/programming/about.json): brandsweep's 'r/programming'
            return True
        # a truth written as the profile URL's path ('company/linkedin'): the handle that
        # URL names in brandsweep's form (LinkedIn company pages are 'linkedin')
        if "/" in want.strip("/"):
            host = entry.hosts[0] if entry.hosts else ""
            named = entry.handle_from_url(f"https://www.{host.removeprefix('www.')}/{want.strip('/')}")
            return bool(named) and named.casefold() == entry.canonical(got_text).casefold()
        return False
    except Exception:  # noqa: BLE001 - an unknown platform compares as text only
        return False


def score(capture: Capture, read: ProfileRead) -> dict[str, bool]:
    """Truth field -> whether the extractor read it right (only fields the truth has)."""
    truth = capture.truth
    f = read.fields
    out: dict[str, bool] = {"state": read.state.value == truth.get("state", "found")}
    if truth.get("state", "found") != "found":
        return out
    if truth.get("handle") is not None:
        out["handle"] = same_handle(capture.platform, read.handle, str(truth["handle"]),
                                    capture.answer.url)
    if truth.get("display_name") is not None:
        out["display_name"] = _norm(f.display_name or "") == _norm(truth["display_name"])
    if truth.get("bio") is not None:
        out["bio"] = bio_ok(f.bio, str(truth["bio"]))
    for key in ("followers", "following", "posts"):
        if truth.get(key) is not None:
            out[key] = count_ok(getattr(f, key), truth[key])
    for key in ("verified", "is_private"):
        if isinstance(truth.get(key), bool):
            out[key] = getattr(f, key) is truth[key]
    if truth.get("external_link"):
        out["external_links"] = url_key(str(truth["external_link"])) in {
            url_key(u) for u in f.external_links
        }
    if truth.get("platform_id") is not None:
        out["platform_id"] = str(f.platform_id) == str(truth["platform_id"])
    return out


@dataclass
class Tally:
    fields: list[int] = field(default_factory=lambda: [0, 0])
    states: list[int] = field(default_factory=lambda: [0, 0])
    misses: list[str] = field(default_factory=list)

    def add(self, name: str, marks: dict[str, bool], detail: str = "") -> None:
        for key, ok in marks.items():
            self.fields[0] += int(ok)
            self.fields[1] += 1
            if key == "state":
                self.states[0] += int(ok)
                self.states[1] += 1
            if not ok:
                self.misses.append(f"{name}:{key}{detail if key == 'state' else ''}")

    @staticmethod
    def share(pair: list[int]) -> float:
        return pair[0] / pair[1] if pair[1] else 1.0


def evaluate(captures: Iterable[Capture], generic: bool = False) -> dict[str, Tally]:
    """Platform -> tally (and '*' for all platforms together); ``generic``: the ablation."""
    catalog: Any = load_catalog()
    if generic:
        catalog = generic_only(catalog)
    out: dict[str, Tally] = {}
    for cap in captures:
        read = read_capture(cap, catalog)
        marks = score(cap, read)
        detail = f" (read {read.state.value}/{read.reason})"
        for key in (cap.platform, "*"):
            out.setdefault(key, Tally()).add(cap.name, marks, detail)
    return out


def evaluate_shared(generic: bool = False) -> dict[str, Tally] | None:
    """The old tuning set, scored by tests/test_real_pages.py's own rules (None when absent;
    ``generic``: the ablation)."""
    if not (shared_real_pages() / "MANIFEST.yaml").is_file():
        return None
    spec = importlib.util.spec_from_file_location(
        "_real_pages_test", ROOT / "tests" / "test_real_pages.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    if generic:
        mod.CATALOG = generic_only(mod.CATALOG)
    out: dict[str, Tally] = {}
    for fixture in mod._fixtures():
        platform, read = mod._run(fixture)
        marks = mod.score(fixture, read)
        for key in (platform.name, "*"):
            out.setdefault(key, Tally()).add(fixture["file"], marks)
    return out


def report(title: str, result: dict[str, Tally] | None, misses: bool = False) -> list[str]:
    if result is None:
        return [f"{title}: absent (skipped)"]
    lines = [f"{title}:", f"  {'platform':<10} {'fields right':>16} {'states right':>16}"]
    for name in sorted(result, key=lambda n: (n == "*", n)):
        t = result[name]
        label = "all" if name == "*" else name
        lines.append(
            f"  {label:<10} {t.fields[0]:>4}/{t.fields[1]:<4} {Tally.share(t.fields):>5.0%}"
            f" {t.states[0]:>4}/{t.states[1]:<4} {Tally.share(t.states):>5.0%}"
        )
        if misses and name != "*" and t.misses and "sealed-" not in title:
            lines.extend(f"      wrong: {m}" for m in t.misses)
    return lines


def _pct(pair: list[int]) -> str:
    return f"{pair[0]:>4}/{pair[1]:<4} {Tally.share(pair):>5.0%}"


def gap_report(title: str, full: dict[str, Tally] | None,
               generic: dict[str, Tally] | None, misses: bool = False) -> list[str]:
    """One line per platform: the full reader's fields and states, the generic layers' alone,
    and the gap in points (fields); '-' where neither misses. ``misses``: under each platform,
    what a platform rule cost (a field or state the generic layers alone read right and the
    full reader did not: a rule that decided wrong on a shape it was not written for); never
    for a sealed batch."""
    if full is None or generic is None:
        return [f"{title}: absent (skipped)"]
    lines = [f"{title}:",
             f"  {'platform':<10} {'full fields':>16} {'generic fields':>16} {'gap':>5}"
             f" {'full states':>16} {'generic states':>16}"]
    for name in sorted(full, key=lambda n: (n == "*", n)):
        f, g = full[name], generic.get(name, Tally())
        gap = round(100 * (Tally.share(f.fields) - Tally.share(g.fields)))
        label = "all" if name == "*" else name
        lines.append(f"  {label:<10} {_pct(f.fields)} {_pct(g.fields)} "
                     f"{(str(gap) + 'pp') if gap else '-':>5} {_pct(f.states)} {_pct(g.states)}")
        if misses and name != "*" and "sealed-" not in title:
            lines.extend(f"      rules cost: {m}" for m in rules_cost(f, g))
    return lines


def rules_cost(full: Tally, generic: Tally) -> list[str]:
    """The misses of the full reader the generic layers alone did not make ('file:field'; a
    state's detail is the full reader's)."""
    bare = {m.split(" (read ")[0] for m in generic.misses}
    return [m for m in full.misses if m.split(" (read ")[0] not in bare]


def gap_lines(sealed: bool = False, misses: bool = False) -> list[str]:
    """``--gap``: every set and batch scored twice, the full reader beside the ablation."""
    lines = ["the full reader beside the generic layers alone (gap: fields, in points)"]
    lines += gap_report("real_pages (../shared, old tuning set)", evaluate_shared(),
                        evaluate_shared(True), misses)
    for title, heldout in (("tuning captures", False), ("held-out captures", True)):
        caps = load_captures(heldout=heldout)
        lines += gap_report(title, evaluate(caps), evaluate(caps, True), misses)
    for batch in batches(sealed=sealed):
        caps = load_captures(batch=batch, sealed=sealed)
        lines += gap_report(batch_title(batch, caps), evaluate(caps), evaluate(caps, True),
                            misses)
    return lines


def batch_title(batch: str, captures: list[Capture], generic: bool = False) -> str:
    """'held-out batch X' or 'tuning batch X' (a sealed batch's misses are never listed)."""
    heldout = any(bool(c.entry.get("heldout")) for c in captures)
    title = f"{'held-out' if heldout else 'tuning'} batch {batch}"
    return f"ablation, {title}" if generic else title


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true",
                        help="list every field read wrong (never with --sealed)")
    parser.add_argument(
        "--sealed",
        action="store_true",
        help="also score the sealed held-out batches (once, on purpose: never tune on them)",
    )
    parser.add_argument(
        "--batch",
        metavar="NAME",
        help="score only the captures of this batch (a batch's first, blind run); a sealed "
        "batch also needs --sealed",
    )
    parser.add_argument(
        "--generic-only",
        action="store_true",
        help="ablation: switch every platform's own rules off and score the generic layers alone",
    )
    parser.add_argument(
        "--gap",
        action="store_true",
        help="print the full reader's figure and the generic layers' alone side by side",
    )
    parser.add_argument(
        "--wrappers",
        action="store_true",
        help="score only the wrapper tests (a capture's body wrapped anew), against their bases",
    )
    parser.add_argument(
        "--shapes",
        action="store_true",
        help="score only the synthetic shapes (answers written by hand from documented shapes)",
    )
    args = parser.parse_args(argv)
    if args.shapes:
        print("\n".join(shape_lines(args.misses)))
        return 0
    if args.wrappers:
        print("\n".join(wrapper_lines(args.misses)))
        return 0
    generic = args.generic_only
    # a sealed batch's misses are never listed (its run is scored blind; nobody tunes on it);
    # an unsealed held-out batch's are, since its blind run is recorded and it is tuned on
    args.misses = args.misses and not args.sealed
    if args.batch:
        if is_sealed(args.batch) and not args.sealed:
            parser.error(f"batch {args.batch!r} is sealed: it is scored once, with --sealed")
        captures = load_captures(batch=args.batch, sealed=args.sealed)
        if not captures:
            parser.error(f"no capture has batch: {args.batch} (known: {', '.join(batches())})")
        if args.gap:
            print("\n".join(gap_report(batch_title(args.batch, captures), evaluate(captures),
                                        evaluate(captures, True), args.misses)))
            return 0
        print("\n".join(report(batch_title(args.batch, captures, generic),
                                evaluate(captures, generic), args.misses)))
        return 0
    if args.gap:
        print("\n".join(gap_lines(args.sealed, args.misses)))
        return 0
    if generic:
        lines = ["ablation: the platforms' own rules switched off (generic layers only)"]
        lines += report("ablation, real_pages (../shared, old tuning set)",
                        evaluate_shared(True), args.misses)
        lines += report("ablation, tuning captures", evaluate(load_captures(heldout=False), True),
                        args.misses)
        lines += report("ablation, held-out captures (each looked at after its blind run)",
                        evaluate(load_captures(heldout=True), True), args.misses)
    else:
        lines = report("real_pages (../shared, old tuning set)", evaluate_shared(), args.misses)
        lines += report("tuning captures", evaluate(load_captures(heldout=False)), args.misses)
        lines += report(
            "held-out captures (scored blind once, then fixed)",
            evaluate(load_captures(heldout=True)),
            args.misses,
        )
    for batch in batches(sealed=args.sealed):
        captures = load_captures(batch=batch, sealed=args.sealed)
        lines += report(batch_title(batch, captures, generic), evaluate(captures, generic),
                        args.misses)
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
