"""The ``brandsweep`` command line (README, "Commands"): a click group, examples for each.

Exit codes: 0 done; 2 bad input (inventory, options); 3 ``--fail-on`` triggered; 1 anything else.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import re
import shlex
import sqlite3
import sys
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from matching.inventory import InventoryErrors, localized, validate_inventory
from matching.models import FindingClass, Triage, TriageDecision, utcnow_iso
from matching.variants import DEFAULT_MAX_VARIANTS

from . import collector
from .catalog import CatalogError
from .click_messages import (
    N_,
    Choice,
    Group,
    LazyMessage,
    current_language,
    help_messages,
    speaking,
)
from .click_messages import settle as settle_click
from .option_values import OptionValueError, check_url, parse_as_of, parse_resolve
from .options import SEARCH_ENGINES, AuditOptions, UsageError, env_overrides
from .paths import PathProblem, check_database, check_out_dir, database_writable
from .phases import mark
from .wmn import load_catalog_with_sites

if TYPE_CHECKING:
    from reports.i18n import Translator

EXIT_BAD_INPUT = 2
EXIT_FAIL_ON = 3

#: a reviewer's decisions that make a profile one to report, whatever its class
_TO_REPORT = ("impostor_confirmed", "takedown_requested", "taken_down")

#: a stored row or file no command can read
_RESTORE_DB = N_("{db}: {problem} — restore it from a backup, or give another --db")


class BadInput(click.ClickException):
    """Bad input or options: exit 2, message on stderr."""

    exit_code = EXIT_BAD_INPUT


def _said(template: str, **values: object) -> str:
    """A message of this file in the language the command speaks."""
    # imported when a message is said: the CLI starts without it
    from reports.i18n import Translator

    return Translator(current_language()).gettext(template).format(**values)


def _usage_problem(exc: Exception, lang: str | None) -> str:
    """A refused option's message (crawler/options.py's UsageError) in ``lang``: one made with
    ``N_`` (a :class:`~matching.inventory.Text`) is translated, any other said as it is."""
    said = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
    return localized(said, _translator(lang).gettext) or str(exc)


def _path_problem(exc: PathProblem) -> str:
    """``file: what is wrong — what to do`` in the language the command speaks."""
    # imported when a path is refused: the CLI starts without it
    from reports.i18n import Translator

    return exc.render(Translator(current_language()).gettext)


def _checked(parse, what: str | None = None):
    """A click callback running one of crawler/option_values' checkers: a bad value is a usage
    error (exit 2) naming the option, before anything runs."""
    def callback(ctx: click.Context, param: click.Parameter, value):
        try:
            return parse(value, what) if what else parse(value)
        except OptionValueError as exc:
            # in --lang (eager: already read), else the machine's language
            tr = _translator(ctx.params.get("lang"))
            if tr.lang == "en":
                raise click.BadParameter(str(exc), ctx=ctx, param=param) from None
            raise BadInput(f"{param.opts[0]}: {exc.render(tr.gettext)}") from None
    return callback


def _open_store(db: Path, *, write: bool):
    """The store, after the checks of crawler/paths.py (exit 2 with ``file: problem — fix``);
    read-only when the file cannot be written and the command only reads."""
    # imported when this command runs: the CLI starts without it
    from .store import Store, StoreDataError

    _OPENED.append(db)
    try:
        check_database(db, write=write)
        return Store(db, readonly=not write and not database_writable(db))
    except PathProblem as exc:
        raise BadInput(_path_problem(exc)) from None
    except StoreDataError as exc:
        raise BadInput(_said(_RESTORE_DB, db=db, problem=exc)) from None


def _check_db(db: Path, *, write: bool) -> None:
    try:
        check_database(db, write=write)
    except PathProblem as exc:
        raise BadInput(_path_problem(exc)) from None


def _quiet_option(text: str):
    """``-q/--quiet`` of a command that prints something besides its errors (as ``audit -q``
    and ``report -q``): ``text`` says what it leaves out."""
    return click.option("-q", "--quiet", is_flag=True, help=text)


def _say(quiet: bool):
    """``click.echo``, or nothing with ``-q`` (errors are raised, never said through it)."""
    return (lambda *a, **k: None) if quiet else click.echo


_PLACEHOLDER = N_("{option} {value}: a placeholder, as a command printed it — give the folder "
                  "to write into instead")


def _is_placeholder(value: str) -> bool:
    """A value typed as a command printed its placeholder (``<FOLDER>``, ``<KLASÖR>``:
    ``reports.view.out_arg``'s): refused, not made into a folder of that name."""
    v = value.strip()
    return len(v) > 2 and v.startswith("<") and v.endswith(">")


def _out_dir(out: Path, option: str = "--out") -> Path:
    """The checked output folder, made when missing; the folders made are remembered so that a
    command refused later (a bad inventory, an unknown audit) leaves nothing behind."""
    if _is_placeholder(str(out)):
        raise BadInput(_said(_PLACEHOLDER, option=option, value=shlex.quote(str(out))))
    made = [p for p in (out.absolute(), *out.absolute().parents) if not p.exists()]
    _MADE.extend(made)
    try:
        return check_out_dir(out, option)
    except PathProblem as exc:
        raise BadInput(_path_problem(exc)) from None


#: the folders ``_out_dir`` made for this command (a refused command removes them if empty)
_MADE: list[Path] = []


def remove_made_folders() -> None:
    """Remove the output folders this command made, deepest first, each only while empty: a
    refused command leaves nothing the user did not have, and never a folder that existed or
    that holds a file."""
    for folder in sorted(set(_MADE), key=lambda p: len(p.parts), reverse=True):
        with contextlib.suppress(OSError):
            folder.rmdir()
    _MADE.clear()


def _refused(exc: BaseException) -> bool:
    """The command ends with exit 2 (bad input or options)."""
    if isinstance(exc, click.ClickException | click.exceptions.Exit):
        return getattr(exc, "exit_code", None) == EXIT_BAD_INPUT
    return isinstance(exc, SystemExit) and exc.code == EXIT_BAD_INPUT


def _scrapy_settings_env() -> None:
    """BRANDSWEEP_SCRAPY_SETTINGS checked at start-up (a bad value used to surface as
    "Unhandled error in Deferred" with exit 0 and nothing crawled)."""
    try:
        env_overrides()
    except UsageError as exc:
        raise BadInput(str(exc)) from None


def _catalog(platforms_files: tuple[Path, ...], sites_file: Path | None = None,
             lang: str | None = None):
    """The catalog; a refused ``--platforms-file`` is said in ``lang`` (else the machine's
    language) with its file, line and fix."""
    try:
        return load_catalog_with_sites(platforms_files, sites_file=sites_file)
    except CatalogError as exc:
        raise BadInput(exc.render(_translator(lang).gettext)) from exc


def _log_level(verbose: int, quiet: bool) -> str:
    if quiet:
        return "ERROR"
    return {0: "WARNING", 1: "INFO"}.get(verbose, "DEBUG")


def _check_timezone(ctx, param, value: str | None) -> str | None:
    # imported when this command runs: the CLI starts without it
    from reports.i18n import LanguageError, check_timezone

    if value is None:
        return None
    try:
        return check_timezone(value)
    except LanguageError as exc:
        near = _near_zone(value)
        raise click.BadParameter(_said(
            N_("unknown time zone {name!r}: did you mean {near!r}? (an IANA name, e.g. "
               "Europe/Istanbul or UTC)"), name=value, near=near) if near else _said(
            N_("unknown time zone {name!r}: use an IANA name such as Europe/Istanbul or UTC"),
            name=value)) from exc


def _zone_links() -> set[str]:
    """The zone names that are links to another (``Asia/Istanbul`` to ``Europe/Istanbul``),
    from the system's tzdata.zi; none when it cannot be read."""
    try:
        text = Path("/usr/share/zoneinfo/tzdata.zi").read_text(encoding="utf-8")
    except OSError:
        return set()
    return {parts[2] for line in text.splitlines()
            if line.startswith("L ") and len(parts := line.split()) == 3}


def _near_zone(value: str) -> str | None:
    """The IANA zone a mistyped ``--timezone`` means: ``Istanbul`` -> ``Europe/Istanbul`` (the
    city alone, any case), else the closest name; None when none is close."""
    import difflib  # only when a zone is refused: the CLI starts without them
    import zoneinfo  # (the same)

    zones = sorted(zoneinfo.available_timezones())
    wanted = value.strip().replace(" ", "_").casefold()
    by_city = [z for z in zones if z.rsplit("/", 1)[-1].casefold() == wanted
               or z.casefold() == wanted]
    if by_city:
        # the zone itself before its old names (Europe/Istanbul, not its link Asia/Istanbul)
        links = _zone_links()
        return sorted(by_city, key=lambda z: z in links)[0]
    near = difflib.get_close_matches(value, zones, n=1, cutoff=0.8)
    return near[0] if near else None


def language_options(lang_help: str | None = None) -> list:
    """``--lang`` and ``--timezone``: what a reviewer reads, in which language and zone."""
    from reports.i18n import LANGUAGES  # imported when this command runs: the CLI starts without it

    return [
        # eager: read before the other options, whose checks speak its language (--words)
        click.option("--lang", type=click.Choice(LANGUAGES), default=None, is_eager=True,
                     help=lang_help or "Language of the report, of what the terminal says and "
                          "of the exports' headers (default: the inventory's 'language:', else "
                          "yours: BRANDSWEEP_LANG, else LC_ALL, LC_MESSAGES, LANG)."),
        click.option("--timezone", default=None, metavar="ZONE", callback=_check_timezone,
                     help="IANA zone every time is shown in, e.g. Europe/Istanbul "
                          "(default: the machine's)."),
    ]


def nearby_databases(folder: Path, limit: int = 4) -> list[str]:
    """Audit databases beside or one folder below ``folder``, as typed from there: the demo
    keeps its ``brandsweep.db`` inside its ``--out`` folder (``demo-report/brandsweep.db``)."""
    found: list[str] = []
    try:
        candidates = sorted([*folder.glob("*.db"), *folder.glob("*/brandsweep.db")])
    except OSError:
        return found
    for p in candidates:
        if p.is_file() and len(found) < limit:
            found.append(str(p.relative_to(folder)))
    return found


def no_database(tr, db: Path) -> BadInput:
    """No database at ``db``: how one is made, and the ones nearby, to pass with --db."""
    near = nearby_databases(Path.cwd()) if not Path(db).parent.parts else []
    if near:
        return BadInput(tr.gettext(
            "no database at {db}; here: {found} — give it with --db, e.g. {example}").format(
            db=db, found=", ".join(near),
            example=f"--db {shlex.quote(near[0])}"))
    return BadInput(tr.gettext(
        "no database at {db}: an audit creates it ({command}); give --db the path your "
        "audits use").format(db=db, command=f"brandsweep audit INVENTORY --db {db}"))


def _existing_db(ctx: click.Context, param: click.Parameter, db: Path) -> Path:
    """``--db`` of a command that reads stored audits: a missing file is refused at once,
    naming the databases nearby (the demo's is inside its --out folder)."""
    if not Path(db).is_file():
        if Path(db).is_dir():
            inside = Path(db) / "brandsweep.db"
            hint = f" (--db {shlex.quote(str(inside))})" if inside.is_file() else ""
            raise click.BadParameter(_said(N_("{db} is a folder: give the database file in it"),
                                           db=db) + hint)
        raise no_database(_translator(None), db)
    return db


def _stored_language(func):
    """``--lang``/``--timezone`` of a command on a stored audit (``report``, ``triage``)."""
    for opt in reversed(language_options(
            "Language of the report and of what the command says (default: the language the "
            "audit's report was written in, else the inventory's 'language:', else yours: "
            "BRANDSWEEP_LANG, else LC_ALL, LC_MESSAGES, LANG).")):
        func = opt(func)
    return func


def _words_file(ctx: click.Context, param: click.Parameter, path: Path | None):
    """``--words FILE``, read and checked while the command line is parsed: a bad file stops
    the command (exit 2, every problem with file:line:col and the fix) before anything runs.
    (path, UserWords), or None."""
    if path is None:
        return None
    # imported when --words is given: the CLI starts without it (YAML, the lexicon)
    from .words_file import WordsFileErrors, load_words

    try:
        return path, load_words(path)
    except WordsFileErrors as exc:
        # said by _options, once --lang and the inventory (its language:) are known
        return _RefusedWords(path, exc.errors)


@dataclass(frozen=True)
class _RefusedWords:
    """A ``--words`` file with problems: the command stops before anything runs (exit 2)."""

    path: Path
    errors: list

    def fail(self, lang: str | None) -> NoReturn:
        tr = _translator(lang)
        n = len(self.errors)
        text = "\n".join(e.render(tr.gettext) for e in self.errors)
        raise BadInput("--words: " + tr.ngettext("{n} error in {path}", "{n} errors in {path}",
                                                 n).format(n=n, path=self.path) + ":\n" + text)


def audit_options(func):
    """The options shared by ``audit`` and ``demo``."""
    opts = [
        click.option("--out", "out", type=click.Path(path_type=Path), default=None,
                     help="Folder for report.html, findings.json/.csv, proposed_inventory.yaml."),
        click.option("--db", type=click.Path(path_type=Path), default=None,
                     help="SQLite audit history (default: brandsweep.db in the working "
                          "directory)."),
        click.option("--platforms", default="", help="Comma-separated subset, e.g. instagram,x."),
        click.option("--platforms-file", "platforms_files", multiple=True,
                     type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="YAML catalog entries that add to or override the built-in ones."),
        click.option("--sites-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="WhatsMyName-format site list for existence-only checks."),
        click.option("--search-engine", type=Choice(SEARCH_ENGINES), default="duckduckgo",
                     show_default=True,
                     help="Web search that finds profiles by name (none: no web search)."),
        click.option("--searxng-url", default=None, help="Your SearXNG instance (JSON enabled).",
                     callback=_checked(check_url, "--searxng-url")),
        click.option("--proxy", default=None, callback=_checked(check_url, "--proxy"),
                     help="HTTP(S) proxy URL; HTTP_PROXY/HTTPS_PROXY/NO_PROXY are honoured too."),
        click.option("--max-variants", type=click.IntRange(0, 10_000), default=DEFAULT_MAX_VARIANTS,
                     show_default=True, help="Handle variants per platform and brand (pooled)."),
        click.option("--fail-on", type=Choice(["high", "medium", "low"]), default=None,
                     help="Exit 3 when a finding at or above this severity is new."),
        click.option("--allow-private-network", is_flag=True,
                     help="Allow crawling private/loopback addresses (the demo needs it)."),
        click.option("--resolve", "resolve", multiple=True, metavar="HOST=ADDRESS:PORT",
                     callback=_checked(parse_resolve),
                     help="Send requests for HOST (or * for all) to the IP address ADDRESS, port "
                          "PORT, over plain HTTP, like curl --resolve; for staging mirrors and "
                          "the simulated web."),
        click.option("--words", "words", default=None, metavar="FILE",
                     type=click.Path(dir_okay=False, path_type=Path), callback=_words_file,
                     help="Your own phrases for the classifier's word families (scam, fan, "
                          "employee ...), by language: a YAML file checked before the crawl "
                          "(brandsweep validate INVENTORY --words FILE)."),
        click.option("--capture-max", type=click.IntRange(0, 10_000), default=40,
                     show_default=True,
                     help="Impostor pages captured at audit time (page, screenshot, PDF) for "
                          "evidence packs, worst first; 0 = none."),
        *language_options(),
        click.option("-v", "--verbose", count=True,
                     help="Log more of the crawl: -v what it does, -vv every request."),
        click.option("-q", "--quiet", is_flag=True,
                     help="No progress lines and no summary; log errors only."),
    ]
    for opt in reversed(opts):
        func = opt(func)
    return func


class _Commands(Group):
    """The command group (its help and its commands' in the reader's language:
    crawler/click_messages.py); a stored row no command could read (crawler/store.py's
    StoreDataError) ends any command with ``db: problem — fix`` and exit 2, not a traceback."""

    def main(self, args=None, *rest, **kw):  # type: ignore[override]
        # the command line as given, for the command that continues a partial audit
        _ARGV[:] = list(sys.argv[1:] if args is None else args)
        _MADE.clear()  # this command's folders only (tests run many in one process)
        # click's own usage errors ("Missing argument", "Error:") in --lang, else the machine's
        with speaking(_ARGV, _command_line_db_language):
            return super().main(args, *rest, **kw)

    def invoke(self, ctx: click.Context):
        try:
            return self._invoke(ctx)
        except BaseException as exc:
            if _refused(exc):  # nothing left behind: no empty --out folder
                remove_made_folders()
            raise

    def _invoke(self, ctx: click.Context):
        where = _OPENED[-1] if _OPENED else Path("the database")
        try:
            return super().invoke(ctx)
        except sqlite3.DatabaseError as exc:
            # damage the open-time check (PRAGMA quick_check) could not see, met while reading
            where = _OPENED[-1] if _OPENED else where
            if "locked" in str(exc) or "busy" in str(exc):
                raise click.ClickException(_said(
                    N_("{db}: the database is busy ({problem}) — another brandsweep is writing "
                       "it; try again"), db=where, problem=exc)) from None
            raise BadInput(_said(N_("{db}: the database is corrupted or unreadable ({problem}) — "
                                    "restore it from a backup, or give another --db"),
                                 db=where, problem=exc)) from None
        except Exception as exc:
            # the store's error, when the store was loaded (a command that never opened it
            # cannot raise it): importing sqlite-utils here cost every audit a tenth of a
            # second before its probe workers were forked
            store = sys.modules.get("crawler.store")
            if store is None or not isinstance(exc, store.StoreDataError):
                raise
            where = _OPENED[-1] if _OPENED else where
            raise BadInput(_said(_RESTORE_DB, db=where, problem=exc)) from None


#: databases this command opened (named in StoreDataError messages)
_OPENED: list[Path] = []

#: the arguments this command was given (after the program's name)
_ARGV: list[str] = []

_SECRET_IN_URL = re.compile(r"(://[^/@:\s]*:)[^/@\s]+@")


def resume_command(argv: list[str] | tuple[str, ...]) -> str:
    """The command that continues a partial audit: the one the user gave (its --out, --lang,
    --resolve, --as-of, --words ... all matter: without --resolve a resumed audit of a staging
    mirror would crawl the real web), with --resume once, shell-quoted so it can be pasted.
    A password in a URL (``--proxy``, ``--redis-url``) is not printed back."""
    args = [_SECRET_IN_URL.sub(r"\1****@", a) for a in argv if a != "--resume"]
    return shlex.join(["brandsweep", *args, "--resume"])


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="brandsweep",
                      message=LazyMessage(N_("%(prog)s, version %(version)s")))
def main() -> None:
    """Find a company's rogue, impostor, duplicate and redundant social-media accounts.

    \b
    Quick start:
      brandsweep demo --out demo-report
      brandsweep validate seeds/official_accounts.yaml
      brandsweep audit seeds/official_accounts.yaml --out report/
    """


@main.command()
@click.argument("inventory", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--platforms-file", "platforms_files", multiple=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="YAML catalog entries that add to or override the built-in ones.")
@click.option("--words", "words_file", default=None, metavar="FILE",
              type=click.Path(dir_okay=False, path_type=Path),
              help="Also check a words file: your own phrases for the classifier's word "
                   "families (scam, fan, employee ...), by language.")
@language_options("Language of the errors and their fixes (default: the inventory's "
                  "'language:', else yours: BRANDSWEEP_LANG, else LC_ALL, LC_MESSAGES, "
                  "LANG).")[0]
@_quiet_option("Print nothing but the errors (no 'OK' line): the exit code says it, 0 or 2.")
def validate(inventory: Path, platforms_files: tuple[Path, ...], words_file: Path | None,
             lang: str | None, quiet: bool = False) -> None:
    """Check an inventory (and a words file); errors name file:line and the fix.

    \b
    Example:
      brandsweep validate seeds/official_accounts.yaml
      brandsweep validate seeds/official_accounts.yaml --words words.yaml
    """
    catalog = _catalog(platforms_files, lang=lang or _inventory_language(inventory))
    errors = validate_inventory(inventory, catalog.rules(), url_parser=catalog.match_profile_url)
    files = [(inventory, errors)]
    if words_file is not None:
        # imported when this command runs: the CLI starts without it
        from .words_file import validate_words

        files.append((words_file, validate_words(words_file)))
    tr = _translator(lang or _inventory_language(inventory))
    for path, problems in files:
        for err in problems:
            click.echo(err.render(tr.gettext), err=True)
        if problems:
            click.echo(tr.ngettext("{n} error in {path}", "{n} errors in {path}",
                                   len(problems)).format(n=len(problems), path=path), err=True)
    if any(problems for _, problems in files):
        sys.exit(EXIT_BAD_INPUT)
    for path, _ in files:
        _say(quiet)(tr.gettext("{path}: OK").format(path=path))


def _inventory_language(path: Path) -> str | None:
    """The top-level ``language:`` of an inventory that may not be valid (or may be hostile:
    a regular file's first 64 KiB, read as lines, no YAML), when it names a report language;
    None otherwise (validate then speaks the machine's language)."""
    # imported when this command runs: the CLI starts without it
    from reports.i18n import LanguageError, check_language

    try:
        if not path.is_file():
            return None
        with path.open("rb") as fh:
            head = fh.read(65536).decode("utf-8", errors="replace")
    except OSError:
        return None
    m = re.search(r"^language:[ \t]*[\"']?([A-Za-z][\w-]{0,20})", head, re.MULTILINE)
    try:
        return check_language(m.group(1)) if m else None
    except LanguageError:
        return None


def _run(options, quiet: bool, resume_hint: str | None = None) -> int:
    """Run the audit and print its summary; the exit code (0, 1 partial, 3 --fail-on), for
    ``_done`` once the command has cleaned up."""
    collector.hold()  # the imports below and the audit: crawler/collector.py
    from .crawl import CrawlNotStarted  # imported when this command runs: the CLI starts without it

    # imported when this command runs: the CLI starts without it
    from .interrupt import Interrupted, InterruptedAfterStore

    # imported when this command runs: the CLI starts without it
    from .runner import run_audit

    try:
        result = run_audit(options)
    except InventoryErrors as exc:
        for err in exc.errors:
            click.echo(err.render(_translator(options.lang).gettext), err=True)
        sys.exit(EXIT_BAD_INPUT)
    except CatalogError as exc:  # a --platforms-file: in --lang, else the inventory's language
        lang = options.lang or _inventory_language(Path(options.inventory))
        raise BadInput(exc.render(_translator(lang).gettext)) from exc
    except UsageError as exc:  # (a translatable message: in --lang, else the inventory's)
        lang = options.lang or _inventory_language(Path(options.inventory))
        raise BadInput(_usage_problem(exc, lang)) from exc
    except _store_data_error() as exc:  # (evaluated only when an exception gets this far)
        raise BadInput(_said(_RESTORE_DB, db=options.db,
                             problem=exc)) from None
    except CrawlNotStarted as exc:
        raise click.ClickException(f"{exc}; the audit is stored as incomplete") from None
    except InterruptedAfterStore as exc:  # findings stored: complete, only the outputs missing
        click.echo(stopped_after_store_message(options, exc.audit_id, exc.signame), err=True)
        sys.exit(1)
    except KeyboardInterrupt as exc:  # a signal outside the crawl (loading, matching)
        signame = exc.signame if isinstance(exc, Interrupted) else "SIGINT"
        click.echo(interrupted_message(options, signame, _resume_hint(options)), err=True)
        sys.exit(1)
    if not quiet:
        _print_summary(result)
    mark("terminal summary")
    code = 0
    if not result.complete:
        # cron wants to hear about it, and not as "new impostors" (3): nothing was compared
        click.echo(partial_message(result, resume_hint or _resume_hint(options)), err=True)
        code = 1
    elif result.failed_on:
        click.echo(fail_on_message(result, options.fail_on), err=True)
        code = EXIT_FAIL_ON
    return code


def _translator(lang: str | None):
    """The translator of ``lang`` (the audit's, once the runner decided it), else of the
    machine's language."""
    # imported when this command runs: the CLI starts without it
    from reports.i18n import Translator, system_language

    tr = Translator(lang or system_language())
    settle_click(tr.lang)  # click's "Error:" before what the command says in it
    return tr


def stopped_after_store_message(options, audit_id: int, signame: str) -> str:
    """A signal once the findings were stored: the audit is complete, its report is not
    written; the command that writes it, and the database, in the audit's language."""
    _ = _translator(options.lang).gettext
    return (_("audit {id} is complete and stored; it was interrupted ({signal}) while its "
              "report was being written: write it with: {command}").format(
        id=audit_id, signal=signame, command=report_command(options))
        + "\n" + _("database: {path}").format(path=Path(options.db).resolve()))


def interrupted_message(options, signame: str, command: str) -> str:
    """A signal outside the crawl (loading, matching): the audit is partial; the command that
    continues it, and the database, in the audit's language."""
    _ = _translator(options.lang).gettext
    return (_("audit interrupted ({signal}) before its report was written; it is stored as "
              "partial: continue it with: {command}").format(signal=signame, command=command)
            + "\n" + _("database: {path}").format(path=Path(options.db).resolve()))


def report_command(options) -> str:
    """The command that writes a stored audit's report where the audit would have: its
    database, output folder and language, quoted to paste."""
    args = ["brandsweep", "report", "--db", str(options.db), "--out", str(options.out)]
    if options.lang:
        args += ["--lang", str(options.lang)]
    if getattr(options, "timezone", None):
        args += ["--timezone", str(options.timezone)]
    return shlex.join(args)


def _resume_hint(options) -> str:
    """The command to paste: the one given (``_ARGV``), else the inventory and database."""
    if _ARGV and _ARGV[0] == "audit":
        return resume_command(_ARGV)
    return shlex.join(["brandsweep", "audit", str(options.inventory), "--db", str(options.db),
                       "--resume"])


def partial_message(result, command: str | None) -> str:
    """What a partial audit's end says, in the report's language: why the crawl stopped, that
    nothing in it changes the history, and the command that continues it (``command``; the
    demo's advice when it is ``"demo"``)."""
    # imported when this command runs: the CLI starts without it
    from reports.i18n import Translator
    from reports.view import partial_sentence  # imported when needed: the CLI starts without it

    tr = Translator(getattr(result, "lang", "en"))
    _ = tr.gettext
    text = _("audit {id} is PARTIAL: {why} The report is marked partial; nothing in it changes "
             "the history or triggers --fail-on.").format(
        id=result.audit_id, why=partial_sentence(tr, result.finish_reason))
    if not command:
        return text
    if command == "demo":
        return f"{text} " + _("Run the demo again for a complete one.")
    return f"{text} " + _("Continue it with: {command}").format(command=command)


def fail_on_message(result, level: str) -> str:
    """``--fail-on high: 2 new findings at or above it: instagram:x, x:y``, in the report's
    language: which profiles (as ``triage`` takes them), the first five."""
    # imported when this command runs: the CLI starts without it
    from reports.i18n import Translator

    tr = Translator(getattr(result, "lang", "en"))
    n = len(result.failed_on)
    text = tr.ngettext("--fail-on {level}: {n} new finding at or above it",
                       "--fail-on {level}: {n} new findings at or above it", n).format(
        level=level, n=tr.number(n))
    worst = sorted((f for f in result.failed_on if hasattr(f, "handle")),
                   key=lambda f: -f.severity.rank)  # (a finding: its severity is set)
    if not worst:
        return text
    text = f"{text}: {named_profiles(tr, worst, reopened=True)}"
    findings = getattr(result, "findings", None)
    if findings and all(f.status.value == "new" for f in findings):
        # the summary just said "nothing to compare with yet": new is every finding here
        text += " " + tr.gettext("(the inventory's first audit: every finding is new; the "
                                 "next audit compares with this one)")
    return text


def named_profiles(tr: Translator, findings: list, limit: int = 5,
                   reopened: bool = False) -> str:
    """``instagram:x, x:y and 3 more``: profiles as triage and evidence take them, the first
    ``limit``; with ``reopened``, one reopened is said so ("new" alone reads as a profile
    never seen before)."""
    mark = " (" + tr.gettext("reopened") + ")"
    names = [f"{f.platform}:{f.handle}"
             + (mark if reopened and f.status.value == "reopened" else "")
             for f in findings[:limit]]
    if len(findings) > limit:
        names.append(tr.gettext("and {n} more").format(n=tr.number(len(findings) - limit)))
    return ", ".join(names)


def _store_data_error() -> type[Exception]:
    """The store's data error, imported when an audit's exception needs it: an audit imports
    the store (sqlite-utils) after forking its probe workers, not before (crawler/runner.py)."""
    from .store import StoreDataError  # sqlite-utils: only once the audit needs it

    return StoreDataError


#: set by ``run`` (the ``brandsweep`` program), never when the CLI runs inside another
#: program (click's test runner, a script calling ``main``)
_PROGRAM = {"exit_at_once": False}


def _done(code: int) -> None:
    """The audit is over, its files written and its database closed. As the ``brandsweep``
    program, leave now: the interpreter's teardown would free the audit's objects one by one
    (0.15-0.3 s after 1,000 sites, more after 10,000) for a process about to end. The exit
    handlers run and the terminal is flushed first. Elsewhere, return or exit as usual."""
    if _PROGRAM["exit_at_once"]:
        atexit._run_exitfuncs()  # what registered for the exit runs (logging's flush included)
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):  # a closed pipe, a closed stream
                stream.flush()
        os._exit(code)
    if code:
        sys.exit(code)


def _print_summary(result) -> None:
    """What a reviewer reads in the terminal, in the report's language, computed from the
    stored findings the report is rendered from (same counts: resolved findings are not
    "considered")."""
    # imported when this command runs: the CLI starts without it
    from reports.i18n import N_, Translator
    from reports.view import CLASS_LABELS, takedowns_failed, takedowns_in_progress

    tr = Translator(getattr(result, "lang", "en"))
    _ = tr.gettext
    counts = result.counts
    partial = "" if result.complete else " " + _("(PARTIAL: the crawl did not finish)")
    click.echo(_("audit {id}: {n} profiles considered").format(
        id=result.audit_id, n=tr.number(result.considered)) + partial)
    if getattr(result, "earlier_runs", ()):  # resumed: the progress lines counted its last run
        from reports.view import resumed_sentence  # (with the above: when this command runs)

        click.echo("  " + (resumed_sentence(tr, result.earlier_runs) or ""))
    if getattr(result, "moved_from", None):  # resumed with another --out: said, not silent
        click.echo("  " + moved_line(tr, result.moved_from,
                                     result.outputs["report.html"].resolve().parent))
    for cls in FindingClass:
        if counts.get(cls.value):
            label = _(CLASS_LABELS.get(cls.value, cls.value))
            click.echo(f"  {label:<20} {tr.number(counts[cls.value])}")
    failed_ones = takedowns_failed(result.findings)
    failed = len(failed_ones)
    progress = len(takedowns_in_progress(result.findings))
    if failed:  # named, to report again (as triage and evidence take them)
        click.echo("  " + _("takedowns failed (marked taken down, still live): {n}").format(
            n=failed) + f" ({named_profiles(tr, failed_ones)})")
    if progress:
        click.echo("  " + _("takedowns in progress: {n}").format(n=progress))
    if result.complete:
        from reports.view import urgency_key  # (with the above: when this command runs)

        fresh = sorted((f for f in result.findings if f.status.value in ("new", "reopened")),
                       key=urgency_key)
        new = len(fresh)
        if result.findings and all(f.status.value == "new" for f in result.findings):
            # no previous audit: "34 new since the previous audit" would invent one
            click.echo("  " + _("the first audit of this inventory (nothing to compare with "
                                "yet)"))
        else:
            said = compared_with(tr, getattr(result, "db", None), result.audit_id)
            if said:  # which audit "previous" is: a partial one in between is not it
                click.echo("  " + said)
            # named, most urgent first: a reviewer's first question on a later audit
            click.echo("  " + _("new or reopened since the previous audit: {n}").format(n=new)
                       + (f" ({named_profiles(tr, fresh, reopened=True)})" if fresh else ""))
        # what a cron reader also wants to hear: what changed and what is gone
        for status, text in (("changed", N_("changed since the previous audit: {n}")),
                             ("resolved", N_("resolved since the previous audit: {n}"))):
            n = sum(1 for f in result.findings if f.status.value == status)
            if n:
                click.echo("  " + _(text).format(n=n))
    line = coverage_line(tr, getattr(result, "unchecked", ()), getattr(result, "gap_reasons", ()))
    if line:  # "nothing found" where a step could not run is not a clean bill
        click.echo("  " + line)
    step = next_step_line(tr, result)
    if step:  # before the paths: the last lines stay where the report and the history are
        click.echo("  " + step)
    click.echo(_("report: {path}").format(path=result.outputs["report.html"].resolve()))
    if result.db is not None:
        click.echo(_("database: {path}").format(path=Path(result.db).resolve()))


def compared_with(tr: Translator, db: Path | None, audit_id: int) -> str | None:
    """``compared with audit 6 of 1 Dec 2026 09:00 (UTC)``: the audit the history compared
    this one with (the latest complete earlier audit of the inventory, or of the same
    organization once the inventory was edited); None without one or a database."""
    if db is None:
        return None
    # imported when this command runs: the CLI starts without it
    from .store import Store

    store = Store(db, readonly=True)
    try:
        previous = store.previous_audit(audit_id)
        row = store.audit(previous) if previous is not None else None
    finally:
        store.close()
    if row is None:
        return None
    when = row.get("started_at")
    return tr.gettext("compared with audit {id} of {date}").format(
        id=previous, date=tr.datetime(when) if when else "—")


def later_line(tr: Translator, audit_id: int, n: int, shown: bool) -> str:
    """``brandsweep report``'s word on the decisions recorded after the audit: shown (marked),
    or left out, with the option for the other."""
    if shown:
        return tr.ngettext(
            "{n} decision recorded after audit {id} is shown, marked as such (--as-of-audit: "
            "the report as it stood)",
            "{n} decisions recorded after audit {id} are shown, marked as such (--as-of-audit: "
            "the report as it stood)", n).format(n=tr.number(n), id=audit_id)
    return tr.ngettext(
        "{n} profile of audit {id} has a decision recorded since, not shown "
        "(--with-later-decisions adds it)",
        "{n} profiles of audit {id} have a decision recorded since, not shown "
        "(--with-later-decisions adds them)", n).format(n=tr.number(n), id=audit_id)


def next_step_line(tr: Translator, result) -> str | None:
    """What to do once the report is read, when the audit found impostors: decide them first
    (the report's decisions file, or ``triage`` one by one), then write the takedown packs of
    the confirmed ones only (``evidence --all`` alone would pack the undecided too). The
    commands carry this audit's database and decisions file; with every impostor decided,
    only the packs are left."""
    # imported when this command runs: the CLI starts without it
    from reports.view import packs_command

    live = [f for f in result.findings
            if f.cls.value == "impostor" and f.status.value != "resolved"]
    if not result.complete or result.db is None or not live:
        return None
    db = shlex.quote(str(result.db))
    packs = packs_command(str(result.db))  # the report's "Impostors to report" gives it too
    undecided = sum(1 for f in live if f.triage is None)
    if not undecided:
        return tr.gettext("next: write the takedown packs of the impostors you confirmed: "
                          "{command}").format(command=packs)
    name = shlex.quote(f"decisions-audit-{getattr(result, 'audit_id', 'N')}.json")
    # the spreadsheet's Decision column is imported as well (crawler/decisions_sheet.py)
    sheet = (getattr(result, "outputs", None) or {}).get("findings.xlsx")
    sheet_arg = shlex.quote(str(Path(sheet).resolve())) if sheet else "findings.xlsx"
    return tr.ngettext(
        "next: 1. decide the {n} undecided impostor in the report (its Decision column, then "
        "{triage}; or in findings.xlsx's Decision column, then {sheet}; or one by one: "
        "brandsweep triage --db {db} PLATFORM:HANDLE --as impostor_confirmed), 2. write the "
        "takedown packs of those you confirmed: {command}",
        "next: 1. decide the {n} undecided impostors in the report (their Decision column, "
        "then {triage}; or in findings.xlsx's Decision column, then {sheet}; or one by one: "
        "brandsweep triage --db {db} PLATFORM:HANDLE --as impostor_confirmed), 2. write the "
        "takedown packs of those you confirmed: {command}",
        undecided).format(n=tr.number(undecided), db=db, command=packs,
                          triage=f"brandsweep triage --db {db} --import {name}",
                          sheet=f"brandsweep triage --db {db} --import {sheet_arg}")


def moved_line(tr, old: str, new: Path) -> str:
    """A resumed audit given another ``--out`` than it was started with: its report is where
    this run was told to write it, and the interrupted run's partial one stays behind."""
    return tr.gettext("its report is written to {new}, as this run was told, not to {old}, "
                      "where the audit was started (the interrupted run's partial report stays "
                      "there); the commands that follow name {new}").format(new=new, old=old)


def coverage_line(tr, unchecked, gaps) -> str | None:
    """The summary's coverage line: the platforms never checked (by name), then the steps that
    could not run or hit a limit (by reason); None when coverage was complete."""
    # imported when this command runs: the CLI starts without it
    from reports.coverage import reason_text

    def some(items: list[str]) -> str:
        return ", ".join(items[:4] + (["…"] if len(items) > 4 else []))

    parts = []
    if unchecked:
        parts.append(tr.ngettext("{n} platform not checked at all ({names})",
                                 "{n} platforms not checked at all ({names})",
                                 len(unchecked)).format(n=tr.number(len(unchecked)),
                                                        names=some(list(unchecked))))
    if gaps:
        n = sum(k for _r, k in gaps)
        parts.append(tr.ngettext("{n} step could not run or hit a limit ({reasons})",
                                 "{n} steps could not run or hit a limit ({reasons})",
                                 n).format(n=tr.number(n),
                                           reasons=some([reason_text(r, tr) for r, _k in gaps])))
    if not parts:
        return None
    return tr.gettext("coverage incomplete: {parts}; see the report's Coverage").format(
        parts="; ".join(parts))


def _parse_resolve(entries, lang: str | None = None) -> dict[str, str]:
    try:
        return parse_resolve(entries)
    except OptionValueError as exc:
        raise BadInput(f"--resolve: {exc.render(_translator(lang).gettext)}") from None


def _options(inventory: Path, out, db, platforms, platforms_files, sites_file, search_engine,
             searxng_url, proxy, max_variants, fail_on, allow_private_network, verbose, quiet,
             resolve=(), words=None, **extra):
    if isinstance(words, _RefusedWords):  # in --lang, else the inventory's language
        words.fail(extra.get("lang") or _inventory_language(inventory))
    if isinstance(resolve, tuple | list):
        resolve = _parse_resolve(resolve, extra.get("lang"))
    if search_engine == "searxng" and not searxng_url:
        raise BadInput(_translator(extra.get("lang")).gettext(
            "--search-engine searxng needs --searxng-url URL (an instance with JSON on)"))
    _scrapy_settings_env()
    out = _out_dir(out or Path("brandsweep-report"))
    db = db or Path("brandsweep.db")
    _check_db(db, write=True)  # read only: nothing is written before the inventory is valid
    return AuditOptions(
        inventory=inventory,
        out=out,
        db=db,
        platforms=tuple(p.strip() for p in platforms.split(",") if p.strip()),
        platforms_files=tuple(platforms_files),
        sites_file=sites_file,
        search_engine=search_engine,
        searxng_url=searxng_url,
        proxy=proxy,
        max_variants=max_variants,
        fail_on=fail_on,
        allow_private_network=allow_private_network,
        resolve=resolve,
        progress=not quiet,
        log_level=_log_level(verbose, quiet),
        words=words[1] if words else None,
        words_file=words[0] if words else None,
        **extra,
    )


@main.command()
@click.argument("inventory", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@audit_options
@click.option("--resume", is_flag=True,
              help="Continue the last interrupted audit of this inventory.")
@click.option("--redis-url", default=None, metavar="URL",
              help="Share the crawl with `brandsweep worker` processes through this Redis "
                   "(scrapy-redis; pip install 'brandsweep[scale]').")
@click.option("--as-of", "as_of", default=None, metavar="DATE",
              callback=_checked(parse_as_of, "--as-of"),
              help="Classify as of this date (YYYY-MM-DD = the end of that day, UTC) or time, "
                   "not now: dormancy counts to it, e.g. a quarter's last day.")
def audit(inventory: Path, resume: bool, redis_url: str | None, as_of: str | None, **kw) -> None:
    """The real sweep: discover, match, store, report.

    \b
    Example:
      brandsweep audit seeds/official_accounts.yaml --out report/ --db audits.db --fail-on high
      brandsweep audit seeds/official_accounts.yaml --redis-url redis://10.0.0.5:6379/0
    """
    options = _options(inventory, resume=resume, redis_url=redis_url, now=as_of, **kw)
    if redis_url:  # before the audit is begun: an unreachable Redis leaves no partial audit
        _redis_reachable(redis_url, kw.get("lang") or _inventory_language(inventory))
    _done(_run(options, kw["quiet"]))


def _redis_reachable(redis_url: str, lang: str | None) -> None:
    """``--redis-url`` answers (a PING), else exit 2 with why, in ``lang``."""
    from .distributed import audit as redis_audit  # needs redis: the optional 'scale' extra

    try:
        redis_audit.connect(redis_url).close()
    except UsageError as exc:
        raise BadInput(_usage_problem(exc, lang)) from exc


@main.command()
@click.option("--redis-url", required=True, metavar="URL", envvar="BRANDSWEEP_REDIS_URL",
              help="The Redis the coordinator (`brandsweep audit --redis-url`) uses; default: "
                   "the BRANDSWEEP_REDIS_URL environment variable (keeps a password out of ps).")
@click.option("--audit-key", default=None, metavar="KEY",
              help="Join this audit (brandsweep:<digest>:<id>); default: the newest open one.")
@click.option("--wait", type=click.FloatRange(0), default=0, show_default=True,
              help="Seconds to wait for an audit to join; 0 waits for ever.")
@click.option("--allow-private-network", is_flag=True,
              help="Allow this machine to crawl private/loopback addresses.")
@click.option("--resolve", "resolve", multiple=True, metavar="HOST=ADDRESS:PORT",
              callback=_checked(parse_resolve),
              help="Send requests for HOST (or * for all) to ADDRESS:PORT, as for audit.")
@click.option("--status", "show_status", is_flag=True,
              help="Show the audit's queue, leases and per-process throughput, then exit.")
@click.option("--json", "as_json", is_flag=True, help="With --status: print JSON.")
@click.option("-v", "--verbose", count=True,
              help="Log more of the crawl: -v what it does, -vv every request.")
@click.option("-q", "--quiet", is_flag=True, help="No progress lines; log errors only.")
def worker(redis_url: str, audit_key: str | None, wait: float, allow_private_network: bool,
           resolve: tuple[str, ...], show_status: bool, as_json: bool, verbose: int,
           quiet: bool) -> None:
    """Crawl part of an audit that another machine coordinates (scrapy-redis).

    Needs only the Redis URL: the inventory and options come from the coordinator. Items go to
    Redis; the coordinator stores, matches and reports. Exits when the audit is over.
    With --status: print what the audit is doing (queue length, leases by process, requests
    per minute, heartbeats) and exit.

    \b
    Example (coordinator on one machine, workers on others):
      brandsweep audit seeds/official_accounts.yaml --redis-url redis://10.0.0.5:6379/0
      brandsweep worker --redis-url redis://10.0.0.5:6379/0
      brandsweep worker --redis-url redis://10.0.0.5:6379/0 --status
    """
    if show_status:
        _worker_status(redis_url, audit_key, as_json)
        return
    from .distributed.worker import RESTARTED, WorkerOptions, run_worker  # the 'scale' extra

    _scrapy_settings_env()
    options = WorkerOptions(
        redis_url=redis_url, audit_key=audit_key, wait=wait, resolve=dict(resolve),
        allow_private_network=allow_private_network, log_level=_log_level(verbose, quiet),
        progress=not quiet, on_wait=None if quiet else partial(_worker_waits, redis_url,
                                                               audit_key, wait),
    )
    try:
        result = run_worker(options)
    except UsageError as exc:  # Redis unreachable, no audit: in the machine's language
        raise BadInput(_usage_problem(exc, None)) from exc
    except (CatalogError, InventoryErrors) as exc:
        raise BadInput(str(exc)) from exc
    stats = result.stats
    if not quiet:
        # imported when this command runs: the CLI starts without it
        from reports.terminal import worker_done_line

        click.echo(worker_done_line(result.lang, result.process, result.audit_key,
                                    str(stats.finish_reason), stats.requests, stats.items))
        if stats.finish_reason == RESTARTED:
            _ = _translator(result.lang).gettext
            click.echo(_("its coordinator started the audit again (--resume): start this "
                         "worker again to join it (a supervisor such as systemd's "
                         "Restart=always does)"), err=True)
    if not result.ok:
        sys.exit(1)


def _worker_waits(redis_url: str, audit_key: str | None, wait: float) -> None:
    """A worker started before its audit: say that it waits, for what, and for how long
    (without it the terminal stays silent and looks hung)."""
    from .distributed.audit import redact  # imported when a worker runs: the CLI starts without it

    _ = _translator(None).gettext  # no audit yet, so no language of its own: the machine's
    what = (_("audit {key}").format(key=audit_key) if audit_key
            else _("an audit (the newest one a coordinator opens)"))
    line = _("waiting for {what} in Redis at {url}; start it on the coordinator with "
             "brandsweep audit INVENTORY --redis-url URL").format(what=what,
                                                                 url=redact(redis_url))
    if wait > 0:
        line += _(" (giving up after {n} s)").format(n=f"{wait:g}")
    click.echo(line, err=True)


def _worker_status(redis_url: str, audit_key: str | None, as_json: bool) -> None:
    """``worker --status``: one look at the audit in Redis; exit 1 when there is none."""
    from .distributed import audit as redis_audit  # needs redis: the optional 'scale' extra
    from .distributed import status  # needs redis: the optional 'scale' extra

    try:
        client = redis_audit.connect(redis_url)
    except UsageError as exc:
        raise BadInput(_usage_problem(exc, None)) from exc
    keys = status.open_audit_keys(client, audit_key)
    if keys is None:
        _ = _translator(None).gettext  # no audit, so no language of its own: the machine's
        click.echo(_("no audit {key} in Redis").format(key=audit_key) if audit_key
                   else _("no open audit in Redis"), err=True)
        sys.exit(1)
    found = status.read_status(client, keys)
    # the audit's language, as its coordinator published it; else the machine's
    lang = found.lang or _translator(None).lang
    click.echo(status.status_json(found) if as_json else status.format_status(found, lang))


@main.command()
@audit_options
def demo(**kw) -> None:
    """Audit the bundled demo inventory against the bundled simulated web (no internet needed).

    \b
    Example:
      brandsweep demo --out demo-report
    """
    from simweb import SimWeb, load_world  # the demo's simulated web, outside the product

    if isinstance(kw.get("words"), _RefusedWords):  # before the simulated web starts
        kw["words"].fail(kw.get("lang") or _inventory_language(demo_inventory()))
    out = kw.pop("out") or Path("demo-report")
    db = kw.pop("db") or out / "brandsweep.db"
    kw["allow_private_network"] = True
    kw.pop("resolve", None)
    world = load_world()
    with SimWeb(world) as web:
        options = _options(
            demo_inventory(), out=out, db=db, resolve={"*": web.address}, now=world.now, **kw
        )
        if not kw["quiet"]:
            tr = _translator(options.lang or _inventory_language(demo_inventory()))
            click.echo(served_line(tr, f"http://{web.address}/", len(world.profiles),
                                   _declared_not_served(world)))
        code = _run(options, kw["quiet"], resume_hint="demo")
    _done(code)  # the simulated web stopped first


for _param in demo.params:  # the demo keeps its history beside its report
    if _param.name == "db":
        _param.help = "SQLite audit history (default: brandsweep.db inside the --out folder)."


def served_line(tr, url: str, served: int, absent: int) -> str:
    """The demo's first line: the simulated web's address and how many profiles it serves,
    with the declared accounts it does not serve, which the audit reports missing: the
    summary's "profiles considered" counts them too (67 served, 68 considered)."""
    line = tr.gettext("simulated web on {url} ({n} profiles served)").format(
        url=url, n=tr.number(served))
    if not absent:
        return line
    return line[:-1] + tr.ngettext(
        "; the inventory declares {n} more account that it does not serve: the audit counts "
        "it as missing)",
        "; the inventory declares {n} more accounts that it does not serve: the audit counts "
        "them as missing)", absent).format(n=tr.number(absent))


def _declared_not_served(world) -> int:
    """How many accounts of the demo inventory the simulated web does not serve."""
    from matching.inventory import load_inventory  # the demo's inventory: read on use

    catalog = _catalog(())
    inventory = load_inventory(demo_inventory(), catalog.rules(),
                               url_parser=catalog.match_profile_url)
    served = {(p.platform, p.handle.casefold()) for p in world.profiles}
    return sum(1 for a in inventory.accounts
               if (a.platform, a.handle.casefold()) not in served)


def demo_inventory() -> Path:
    """The bundled sample inventory (seeds/official_accounts.yaml, shipped as package data)."""
    from importlib.resources import files

    return Path(str(files("seeds") / "official_accounts.yaml"))


@main.command()
@click.option("--db", type=click.Path(path_type=Path), callback=_existing_db,
              default=Path("brandsweep.db"), show_default=True,
              help="The audits' SQLite history (the --db the audit wrote).")
@click.option("--audit", "audit_id", type=int, default=None, help="Audit id (default: latest).")
@click.option("--out", type=click.Path(path_type=Path), required=True,
              help="Folder for report.html and the exports, as audit writes them.")
@click.option("--pdf", "pdf", is_flag=True,
              help="Also write report.pdf (needs: pip install 'brandsweep[pdf]').")
@click.option("--as-of-audit/--with-later-decisions", "as_of_audit", default=None,
              help="Show the reviewers' decisions as they stood when the audit finished, or "
                   "add the ones recorded since, marked as such (default: added for the "
                   "newest audit of its inventory, as of the audit for an older one). The "
                   "audit's classes, severities and evidence are never changed.")
@_stored_language
@click.option("-q", "--quiet", is_flag=True,
              help="Print nothing but errors (no report path, no notes), as audit -q.")
def report(db: Path, audit_id: int | None, out: Path, pdf: bool, as_of_audit: bool | None,
           lang: str | None, timezone: str | None, quiet: bool = False) -> None:
    """Re-render a stored audit.

    \b
    Example:
      brandsweep report --db brandsweep.db --audit 3 --out report-3/
      brandsweep report --db brandsweep.db --out report-tr/ --lang tr --timezone Europe/Istanbul
      brandsweep report --db brandsweep.db --out report-as-it-stood/ --as-of-audit
    """
    from .runner import render  # imported when this command runs: the CLI starts without it
    from .store import StoreDataError  # imported when this command runs: the CLI starts without it

    if pdf:  # a missing WeasyPrint is said before anything is written
        from reports.pdf import PdfUnavailable, check_pdf  # imported only with --pdf

        try:
            check_pdf()
        except PdfUnavailable as exc:
            raise BadInput(str(exc)) from None
    # said before the store opens: --lang, else the database's audits' language (read only)
    _ = _translator(lang or _db_language(db)).gettext
    empty = _("{db} holds no audit yet: run {command} first").format(
        db=db, command=f"brandsweep audit INVENTORY --db {db}")
    if _audit_count(db) == 0:  # said before the store opens (it would migrate an empty file)
        raise BadInput(empty)
    store = _open_store(db, write=False)
    try:
        out = _out_dir(out)
        audits = {a["id"]: a for a in store.audits(settings=False)}
        if not audits:
            raise BadInput(empty)
        if audit_id is None:  # the newest complete audit; failing that, the newest one
            audit_id = store.latest_audit() or max(audits)
        if audit_id not in audits:
            raise BadInput(_("{db}: no audit {id}; audits: {ids}").format(
                db=db, id=audit_id, ids=", ".join(str(a) for a in sorted(audits))))
        inventory = store.inventory(audit_id)
        written = _valid_language(store.audit_language(audit_id))  # its report's language
        later: list[tuple[int, bool]] = []
        outputs = render(store, audit_id, inventory, out, lang=lang, timezone=timezone,
                         as_of_audit=as_of_audit,
                         on_later=lambda n, shown: later.append((n, shown)))
    except StoreDataError as exc:
        raise BadInput(f"{db}: {exc} — restore it from a backup, or re-run the audit") from None
    finally:
        store.close()
    # imported when this command runs: the CLI starts without it
    from reports.i18n import Translator

    # imported when this command runs: the CLI starts without it
    from .runner import report_language

    tr = Translator(report_language(lang or written, inventory))
    say = (lambda *a, **k: None) if quiet else click.echo  # -q: errors only
    if audits[audit_id]["status"] != "complete":
        say(tr.gettext("audit {id} is partial: the report says so").format(id=audit_id),
            err=True)
    for n, shown in later:
        say(later_line(tr, audit_id, n, shown))
    say(tr.gettext("report: {path}").format(path=outputs["report.html"].resolve()))
    if pdf:
        from reports.pdf import PdfUnavailable, write_pdf

        try:
            path = write_pdf(outputs["report.html"], out / "report.pdf")
        except PdfUnavailable as exc:
            raise click.ClickException(str(exc)) from exc
        say(tr.gettext("PDF: {path}").format(path=path.resolve()))


#: Names people type for a platform, and the catalog's name for it.
PLATFORM_ALIASES = {"twitter": "x", "fb": "facebook", "ig": "instagram", "yt": "youtube",
                    "li": "linkedin", "tt": "tiktok", "gh": "github"}


#: an address without its scheme (``instagram.com/x``, ``t.me/x``): a host name, then a path
_BARE_ADDRESS = re.compile(r"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/")


def _profile_key(value: str, catalog=None, lang: str | None = None) -> tuple[str, str]:
    """``PLATFORM:HANDLE`` or a profile URL -> (platform, canonical handle); the errors in
    ``lang`` (else the machine's language).

    A URL is read through the catalog's URL patterns (``https://www.instagram.com/h/``, also
    without its scheme: ``instagram.com/h``, as the report names an account); platform aliases
    (twitter -> x, fb, ig, yt) are accepted."""
    catalog = catalog if catalog is not None else _catalog(())
    _ = _translator(lang).gettext
    text = value.strip()
    if _BARE_ADDRESS.match(text):  # instagram.com/x, as the report writes an account's address
        text = "https://" + text
    if "://" in text or text.lower().startswith("www."):
        hit = catalog.match_profile_url(text)
        if hit is None:
            raise BadInput(_("{value!r} is not a profile URL of any known platform (e.g. "
                             "{example}); or give PLATFORM:HANDLE").format(
                value=value, example="https://www.instagram.com/northwindcoffee/"))
        return hit
    platform, sep, handle = text.partition(":")
    platform, handle = platform.strip().lower(), handle.strip().lstrip("@")
    if not sep or not platform or not handle:
        raise BadInput(_("expected PLATFORM:HANDLE (e.g. {example}) or a profile URL, got "
                         "{value!r}").format(example="instagram:northwindcoffee", value=value))
    if platform not in catalog and PLATFORM_ALIASES.get(platform) in catalog:
        platform = PLATFORM_ALIASES[platform]
    if platform not in catalog:
        from rapidfuzz import process  # imported when this command runs: the CLI starts without it

        # imported when this command runs: the CLI starts without it
        from rapidfuzz.distance import Levenshtein

        near = process.extractOne(platform, sorted(catalog), scorer=Levenshtein.distance,
                                  processor=None, score_cutoff=2)
        hint = " " + _("did you mean {name!r}?").format(name=near[0]) if near else ""
        raise BadInput(_("unknown platform {name!r};{hint} known: {names}").format(
            name=platform, hint=hint, names=", ".join(sorted(catalog))))
    return platform, catalog[platform].canonical(handle)


def _open_existing_db(db: Path, *, write: bool = True, lang: str | None = None):
    """The store at ``db``, or exit 2 when there is none (opening would create an empty
    one and hide a typo in the path), said in ``lang`` (else the machine's language)."""
    if not Path(db).is_file():
        raise no_database(_translator(lang), db)
    return _open_store(db, write=write)


def _describe(t: Triage, tr=None) -> str:
    """``fan by ayse on 2 Nov 2026 14:05 (UTC+03:00)``; in another language the decision's
    label with its code (what --as takes), the reviewer and the time:
    ``Hayran / parodi (fan), ayse, 2 Kas 2026 14:05 (UTC+03:00)``. Date and time in the
    reader's zone, as ``triage --import`` prints them (without ``tr``: the stored UTC day)."""
    if tr is None or tr.lang == "en":
        by = f" by {t.by}" if t.by else ""
        when = (f" on {tr.datetime(t.decided_at) if tr is not None else t.decided_at[:10]}"
                if t.decided_at else "")
        return f"{t.decision.value}{by}{when}"
    # imported when this command runs: the CLI starts without it
    from reports.sentences import CHOICE_LABELS

    code = t.decision.value
    parts = [f"{tr.gettext(CHOICE_LABELS.get(code, code))} ({code})"]
    if t.by:
        parts.append(t.by)
    if t.decided_at:
        parts.append(tr.datetime(t.decided_at))
    return ", ".join(parts)


def _store_translator(store, lang: str | None, timezone: str | None):
    """What triage says, in ``--lang``, else the language of the newest audit's report (its
    inventory's ``language:``), else the machine's; times in ``--timezone``, else the
    machine's zone."""
    # imported when this command runs: the CLI starts without it
    from reports.i18n import Translator, system_language, system_timezone

    # imported when this command runs: the CLI starts without it
    from .runner import report_language

    if not lang:
        audit_id = store.latest_audit()
        try:  # the language its report was written in, else its inventory's
            lang = (_valid_language(store.audit_language(audit_id))
                    or report_language(None, store.inventory(audit_id))) if audit_id else None
        except Exception:  # an audit without a stored inventory: the machine's language
            lang = None
    tr = Translator(lang or system_language(), timezone or system_timezone())
    settle_click(tr.lang)  # click's "Error:" before what the command says in it
    return tr


def _read_only_query(db: Path, sql: str) -> list[tuple] | None:
    """Rows of ``sql`` through a read-only connection; [] when its table does not exist (an
    empty file), None when the file cannot be read as SQLite (the store's checks say why)."""
    import sqlite3  # only `triage --list`/`report` on a suspect file need it: the CLI starts light

    try:
        con = sqlite3.connect(f"{Path(db).absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    con.text_factory = lambda b: b.decode("utf-8", "replace")
    try:
        return con.execute(sql).fetchall()
    except sqlite3.OperationalError as exc:
        return [] if "no such table" in str(exc) else None
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        # a damaged schema text: SQLite's error message quotes its bytes, and Python's
        # sqlite3 fails to decode that message before it can raise the DatabaseError
        return None
    finally:
        con.close()


def _audit_count(db: Path) -> int | None:
    rows = _read_only_query(db, "SELECT count(*) FROM audits")
    return None if rows is None else (int(rows[0][0]) if rows else 0)


def _db_language(db: Path) -> str | None:
    """The language of the newest complete audit's report in ``db`` (its inventory's
    ``language:`` when reports come in it), read through a read-only connection; None when
    there is none or it cannot be read (then the machine's language is used)."""
    # imported when this command runs: the CLI starts without it
    from reports.i18n import LanguageError, check_language

    if not Path(db).is_file():
        return None
    rows = _read_only_query(db, "SELECT CASE WHEN json_valid(settings) THEN "
                                "json_extract(settings, '$.lang') END, inventory FROM audits "
                                "WHERE complete = 1 ORDER BY id DESC LIMIT 1")
    if not rows:
        return None
    written, inventory = rows[0]
    try:  # the language its report was written in, else its inventory's
        language = written if isinstance(written, str) else \
            json.loads(inventory).get("language") if inventory else None
        return check_language(language) if isinstance(language, str) else None
    except (ValueError, AttributeError, TypeError, LanguageError):
        return None


#: the commands on stored audits: what they say follows the audits' language
_STORED_COMMANDS = ("triage", "evidence", "report")


def _command_line_db_language(argv: Sequence[str]) -> str | None:
    """The language of the audits a command on stored audits works on (``--db`` on its
    command line, else the default database), for click's refusal of its command line: the
    language the command itself speaks once it runs."""
    if not argv or argv[0] not in _STORED_COMMANDS:
        return None
    db = "brandsweep.db"
    for i, arg in enumerate(argv):
        if arg.startswith("--db="):
            db = arg.split("=", 1)[1]
        elif arg == "--db" and i + 1 < len(argv):
            db = argv[i + 1]
    return _db_language(Path(db))


def _valid_language(value: str | None) -> str | None:
    """``value`` when it names a report language, else None."""
    # imported when this command runs: the CLI starts without it
    from reports.i18n import LanguageError, check_language

    try:
        return check_language(value) if value else None
    except LanguageError:
        return None


def _seen_handles(db: Path, platform: str) -> tuple[set[str], dict[str, set[str]]] | None:
    """The handles audits in ``db`` have seen on ``platform``, and per handle the other
    platforms it was observed on; read through a read-only connection, so a refusal writes
    nothing (opening the store would migrate an empty file). None when the file cannot be
    read that way (the store's own checks then say why)."""
    seen: set[str] = set()
    elsewhere: dict[str, set[str]] = {}
    for table in ("observations", "sightings", "findings"):
        rows = _read_only_query(db, f"SELECT DISTINCT platform, handle FROM {table}")
        if rows is None:
            return None
        for plat, h in rows:
            if plat == platform:
                seen.add(h)
            else:
                elsewhere.setdefault(h, set()).add(plat)
    return seen, elsewhere


def _near_profiles(seen: set[str], elsewhere: dict[str, set[str]], platform: str,
                   handle: str) -> list[str]:
    """Handles an audit has seen that look like ``handle`` (a typo, a missing dot), and the
    same handle seen on other platforms."""
    # imported when this command runs: the CLI starts without it
    from rapidfuzz import fuzz, process

    near = [f"{platform}:{h}" for h, _score, _ in process.extract(
        handle, sorted(seen), scorer=fuzz.ratio, processor=None, score_cutoff=70, limit=5)]
    near += [f"{other}:{handle}" for other in sorted(elsewhere.get(handle, ()))]
    return near


def _triage_cases(store) -> list[dict]:
    """Every triaged profile: its decisions (oldest first) and how the newest audit saw it;
    ``takedown_failed`` as the report's "Takedowns that failed" (an audit that knew of the
    ``taken_down`` still found the profile)."""
    # imported when this command runs: the CLI starts without it
    from reports.view import takedowns_failed

    rows = []
    for (platform, handle), history in sorted(store.triage_histories().items()):
        seen = store.latest_sighting(platform, handle)
        latest = store.latest_finding(platform, handle)
        rows.append({
            "platform": platform,
            "handle": handle,
            "decision": history[-1].decision.value,
            "decided_at": history[-1].decided_at,
            "by": history[-1].by,
            "note": history[-1].note,
            "history": [{"decision": t.decision.value, "decided_at": t.decided_at,
                         "by": t.by, "note": t.note} for t in history],
            "last_audit": seen["audit_id"] if seen else None,
            "last_state": seen["state"] if seen else None,
            "class": latest.cls.value if latest else None,
            "status": latest.status.value if latest else None,
            "takedown_failed": bool(latest and takedowns_failed([latest])),
        })
    return rows


@main.command()
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("brandsweep.db"), show_default=True,
              help="The audits' SQLite history (the --db the audit wrote).")
@click.argument("profile", required=False)
@click.option("--as", "decision", type=Choice([d.value for d in TriageDecision]),
              help="The decision to record: impostor_confirmed, takedown_requested, taken_down "
                   "(the takedown loop); false_positive (a false alarm); official (our own "
                   "account); fan (fan or parody); allow (a partner or reseller).")
@click.option("--note", default=None, help="Why (kept with the decision).")
@click.option("--import", "import_file", default=None,
              type=click.Path(dir_okay=False, path_type=Path),
              help="Apply the decisions file exported from report.html ('Export decisions'); "
                   "a bare file name not in this folder is looked for in your browser's "
                   "download folder (the newest export of an audit of --db). Or findings.xlsx "
                   "with its Decision column filled in.")
@click.option("--by", "by", default=None, metavar="NAME",
              help="Reviewer stored with the decision (default: your OS user name; for "
                   "--import: when the file names none, or instead).")
@click.option("--list", "list_", is_flag=True,
              help="List every triaged profile: its decisions, dates, reviewers, last state.")
@click.option("--json", "as_json", is_flag=True, help="With --list: machine-readable output.")
@_stored_language
@_quiet_option("Print nothing but errors when recording or importing decisions (no "
               "confirmation, no next step); --list still lists.")
def triage(db: Path, profile: str | None, decision: str | None, note: str | None,
           import_file: Path | None, by: str | None, list_: bool, as_json: bool,
           lang: str | None, timezone: str | None, quiet: bool = False) -> None:
    """Record a reviewer's decision that later audits respect, or list the decisions.

    PROFILE is PLATFORM:HANDLE or a profile URL; the profile must have been seen by an
    audit in --db. The takedown loop: impostor_confirmed -> takedown_requested ->
    taken_down (a profile marked taken down that is still live stays on the report's
    action list as "takedown failed").

    \b
    Examples:
      brandsweep triage --db brandsweep.db instagram:northwindcoffeefans --as fan --note "checked"
      brandsweep triage --db brandsweep.db https://www.instagram.com/n0rthwindcoffee/ \\
          --as takedown_requested --by ayse
      brandsweep triage --db brandsweep.db --list --json
      brandsweep triage --db brandsweep.db --import decisions-audit-7.json
    """
    # before the store is open: --lang, else the language of the database's audits (read
    # only), else the machine's
    said = lang or _db_language(db)
    _ = _translator(said).gettext
    if import_file is not None:
        if profile or decision or list_:
            raise BadInput(_("--import FILE applies a decisions file: give no PLATFORM:HANDLE, "
                             "--as or --list with it"))
        _import_decisions(db, import_file, by, lang, timezone, quiet=quiet)
        return
    if list_:
        if profile or decision:
            raise BadInput(_("--list takes no PROFILE or --as"))
        store = _open_existing_db(db, write=False, lang=said)
        try:
            cases = _triage_cases(store)
            tr = _store_translator(store, lang, timezone)
        finally:
            store.close()
        if as_json:
            click.echo(json.dumps(cases, indent=2, ensure_ascii=False))
            return
        if not cases:
            click.echo(tr.gettext("{db}: no triage decision yet").format(db=db))
        for c in cases:
            click.echo(triage_list_line(tr, c))
        return
    if as_json:
        raise BadInput(_("--json goes with --list"))
    if not profile or not decision:
        raise BadInput(_(
            "give PLATFORM:HANDLE (or a profile URL) and --as DECISION, or --list, or --import "
            "FILE; e.g. {example}").format(
            example="brandsweep triage --db brandsweep.db instagram:northwindcoffeefans --as fan"))
    catalog = _catalog(())
    platform, handle = _profile_key(profile, catalog, said)
    if not Path(db).is_file():
        _open_existing_db(db, lang=said)  # exit 2: no database
    _check_db(db, write=True)
    known = _seen_handles(db, platform)
    if known is not None and handle not in known[0]:
        raise BadInput(unseen_message(_translator(said), db, f"{platform}:{handle}",
                                      _near_profiles(*known, platform, handle)))
    store = _open_existing_db(db)
    try:
        if handle not in store.known_handles(platform):
            raise BadInput(unseen_message(_translator(said), db, f"{platform}:{handle}", []))
        history = store.triage_history(platform, handle)
        reviewer = by or _os_user()
        t = store.set_triage(Triage(platform, handle, TriageDecision(decision), note,
                                    utcnow_iso(), by=reviewer))
        tr = _store_translator(store, lang, timezone)
    finally:
        store.close()
    _say(quiet)(triaged_message(tr, f"{platform}:{handle}", t,
                                history[-1] if history else None))


def unseen_message(tr, db: Path, profile: str, near: list[str]) -> str:
    """Triage of a profile no audit in ``db`` has seen: the near ones it has, and the fix."""
    _ = tr.gettext
    hint = _("; seen: {profiles}").format(profiles=", ".join(near)) if near else ""
    return _("{db}: no audit has seen {profile}{hint}. Triage a profile from the report or "
             "findings.json").format(db=db, profile=profile, hint=hint)


def triaged_message(tr, profile: str, t: Triage, was: Triage | None) -> str:
    """``instagram:x triaged as fan by ayse on 2 Nov 2026 14:05 (UTC+03:00) (was: ...)``, in
    ``tr``'s language."""
    text = tr.gettext("{profile} triaged as {decision}").format(
        profile=profile, decision=_describe(t, tr))
    if was is not None:
        text += tr.gettext(" (was: {decision})").format(decision=_describe(was, tr))
    return text


def triage_list_line(tr, c: dict) -> str:
    """One case of ``triage --list``: its decisions oldest first, how the newest audit saw the
    profile, the last note."""
    _ = tr.gettext

    def day(value: str | None) -> str:
        # the instant as the report prints it (``2 Nov 2026 14:05 (UTC+03:00)``): the
        # reader's zone, its offset said; never the stored ``2026-11-02T11:05:00+00:00``
        return tr.datetime(value) if value else ""

    def said(code: str) -> str:  # another language: the label, then the code --as takes
        # imported when this command runs: the CLI starts without it
        from reports.sentences import CHOICE_LABELS

        label = CHOICE_LABELS.get(code)
        return code if tr.lang == "en" or label is None else f"{_(label)} ({code})"

    steps = " -> ".join(f"{said(h['decision'])} {day(h['decided_at'])}"
                        + (f" ({h['by']})" if h["by"] else "") for h in c["history"])
    # how the newest audit saw the profile (its probe state)
    words = {"found": _("found"), "not_found": _("not found"), "unverifiable": _("unverifiable")}
    state = c["last_state"]
    seen = (_("audit {id}: {state}").format(id=c["last_audit"], state=words.get(state, state))
            if c["last_audit"] else _("not observed"))
    if c.get("takedown_failed") and c["decision"] == "taken_down":
        # the report's "Takedowns that failed": said here too, not left to read from "found"
        seen += "; " + _("still live: the takedown failed, report it again")
    note = ("  " + _("note: {note}").format(note=c["note"])) if c["note"] else ""
    return f"{c['platform']}:{c['handle']}  {steps}  [{seen}]{note}"


def _os_user() -> str | None:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (containers)
        return None


def _import_decisions(db: Path, path: Path, by: str | None, lang: str | None = None,
                      timezone: str | None = None, quiet: bool = False) -> None:
    """``triage --import``: check the whole file, then record what is new (idempotent);
    ``quiet``: say nothing but errors."""
    # imported when this command runs: the CLI starts without it
    from reports.i18n import Translator, system_language, system_timezone
    from reports.sentences import CHOICE_LABELS  # (with the above)

    # imported when this command runs: the CLI starts without it
    from .decisions import DecisionsError, plan_import, read_decisions
    from .runner import report_language

    _ = Translator(lang or _db_language(db) or system_language()).gettext  # before the store
    if not db.is_file():
        raise BadInput(_("{db}: no such database (give the --db the audit was stored in)")
                       .format(db=db))
    store = _open_store(db, write=True)
    try:
        try:
            audits = {a["id"]: a for a in store.audits()}
            path = _located_decisions(_, path, audits, quiet)
            data, text = read_decisions(path)
            plan = plan_import(path, data, text, audits, store.findings, store.triage(), by,
                               gettext=_)
        except DecisionsError as exc:
            raise BadInput(exc.render(_) + "\n" + _("nothing was recorded")) from exc
        for t in plan.applied:
            store.set_triage(t)
        if not lang:
            try:  # the language the audit's report was written in, else its inventory's
                lang = _valid_language(store.audit_language(plan.audit_id)) \
                    or report_language(None, store.inventory(plan.audit_id))
            except Exception:  # an audit without a stored inventory: the machine's language
                lang = system_language()
    finally:
        store.close()
    tr = Translator(lang, timezone or system_timezone())
    say = _say(quiet)
    for t in plan.applied:
        code = t.decision.value
        # in another language the decision's label, with the code --as takes
        decision = code if tr.lang == "en" else f"{tr.gettext(CHOICE_LABELS.get(code, code))} " \
            f"({code})"
        say(tr.gettext("{profile} triaged as {decision} (by {who}, {when})").format(
            profile=f"{t.platform}:{t.handle}", decision=decision, who=plan.reviewer,
            when=tr.datetime(t.decided_at)))
    tail = []
    if plan.unchanged:
        tail.append(tr.gettext("{n} already recorded").format(n=len(plan.unchanged)))
    if plan.superseded:
        tail.append(tr.gettext("{n} superseded by a later decision in the database").format(
            n=len(plan.superseded)))
    extra = f"; {', '.join(tail)}" if tail else ""
    if plan.applied:
        say(recorded_line(tr, path, len(plan.applied), plan.audit_id, extra))
        say(after_import_line(tr, db, plan.audit_id,
                                     any(t.decision.value == "impostor_confirmed"
                                         for t in plan.applied),
                                     out=_audit_folder(audits.get(plan.audit_id))))
    else:
        say(tr.gettext(
            "{file}: nothing to change: every decision of audit {id} is already in the "
            "database{extra}."
        ).format(file=path, id=plan.audit_id, extra=extra))


def _located_decisions(_, path: Path, audits: dict, quiet: bool = False) -> Path:
    """``--import NAME``: the file as typed, else the newest export of an audit of this
    database in the browser's download folder (said on stderr); a clear refusal when neither
    is there, naming the folders looked in and any file there of another audit."""
    # imported when this command runs: the CLI starts without it
    from .decisions import locate_decisions

    found = locate_decisions(path, audits)
    if found.path is not None:
        if found.downloaded and not quiet:
            click.echo(_("{name} is not in this folder: reading {path}, the newest export of "
                         "this database's audit in your download folder").format(
                name=path, path=found.path), err=True)
        return found.path
    if path.suffix.lower() == ".xlsx":  # the audit's workbook: in its report's folder
        folder = _audit_folder(audits[max(audits)]) if audits else None
        example = shlex.quote(str(Path(folder) / path.name)) if folder else \
            f"DIR/{shlex.quote(path.name)}"
        raise BadInput(_("{name}: no such file — give the workbook's path, in the folder of "
                         "the audit's report, e.g. --import {example}").format(
            name=path, example=example))
    if len(path.parts) != 1:  # a path the user wrote out: it is not there
        raise BadInput(_("{name}: no such file — give the path where your browser saved the "
                         "decisions file").format(name=path))
    where = ", ".join(str(f) for f in found.folders) or _("no download folder found")
    others = ""
    if found.others:
        others = " " + _("({files}: of another audit or database, not taken)").format(
            files=", ".join(p.name for p in found.others))
    raise BadInput(_("{name}: no such file here nor in your download folder ({where}){others} "
                     "— give the path where your browser saved the file, e.g. {example}").format(
        name=path, where=where, others=others,
        example=f"--import ~/Downloads/{shlex.quote(path.name)}"))


def _audit_folder(audit: Mapping[str, Any] | None) -> str | None:
    """The folder an audit wrote its report into (its settings' ``out``), as the user would
    type it from here: relative below the working directory, else absolute; None for an
    audit stored before it was kept."""
    settings = (audit or {}).get("settings")
    out = settings.get("out") if isinstance(settings, Mapping) else None
    if not isinstance(out, str) or not out:
        return None
    try:
        return str(Path(out).relative_to(Path.cwd().resolve()))
    except ValueError:
        return out


def after_import_line(tr: Translator, db: Path, audit_id: int, confirmed: bool,
                      out: str | None = None) -> str:
    """What to do once the page's decisions are in the database: re-render the report (it
    shows them, marked) into the audit's folder ``out`` (a placeholder the CLI refuses when
    not known), and with impostors confirmed, write their takedown packs."""
    # imported when this command runs: the CLI starts without it
    from reports.view import out_arg, packs_command

    report = (f"brandsweep report --db {shlex.quote(str(db))} --audit {audit_id} "
              f"--out {out_arg(tr, out)}")
    if not confirmed:
        return tr.gettext("next: see them in the report: {report}").format(report=report)
    return tr.gettext("next: see them in the report: {report}; write the takedown packs of the "
                      "impostors you confirmed: {command}").format(
        report=report, command=packs_command(str(db)))


def recorded_line(tr: Translator, path: object, n: int, audit_id: int, extra: str) -> str:
    """``decisions.json: 3 decisions of audit 1 recorded.`` (one decision, in its plural)."""
    return tr.ngettext("{file}: {n} decision of audit {id} recorded{extra}.",
                       "{file}: {n} decisions of audit {id} recorded{extra}.", n).format(
        file=path, n=n, id=audit_id, extra=extra)


@main.command()
@click.option("--db", type=click.Path(path_type=Path), callback=_existing_db,
              default=Path("brandsweep.db"), show_default=True,
              help="The audits' SQLite history (the --db the audit wrote).")
@click.argument("profile", required=False)
@click.option("--out", type=click.Path(path_type=Path), required=True,
              help="The pack's folder; with --all, the folder of all packs and their index.")
@click.option("--all", "all_profiles", is_flag=True,
              help="One pack per impostor of the latest audit (or per --as decision), "
                   "plus index.md/index.json.")
@click.option("--as", "decision", default=None,
              # a decision to report only: a pack asks the platform to take the account down
              type=Choice(list(_TO_REPORT)),
              help="With --all: the profiles whose current reviewer decision is this one "
                   "(a decision to report: a pack asks the platform to take the account "
                   "down).")
@click.option("--zip", "as_zip", is_flag=True, help="Also write each pack as one .zip.")
@click.option("--lang", type=click.Choice(["en", "tr"]), default=None,
              help="Language of the prefilled report text and of what this command says "
                   "(default: the audit's report's, else yours: BRANDSWEEP_LANG, else LC_ALL, "
                   "LC_MESSAGES, LANG).")
@click.option("--timezone", default=None, metavar="ZONE", callback=_check_timezone,
              help="IANA zone the report text's times are shown in, e.g. Europe/Istanbul "
                   "(default: the machine's).")
@click.option("--recapture", is_flag=True,
              help="Capture the profile page again now (page, screenshot, PDF) instead of "
                   "using the one stored at audit time.")
@click.option("--capture-scripts", is_flag=True,
              help="With --recapture: run the page's JavaScript while rendering (its requests "
                   "still go through the network guard).")
@click.option("--platforms-file", "platforms_files", multiple=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="YAML catalog entries (e.g. your own report: forms).")
@click.option("--proxy", default=None, callback=_checked(check_url, "--proxy"),
              help="HTTP(S) proxy for --recapture, as for audit.")
@click.option("--resolve", "resolve", multiple=True, metavar="HOST=ADDRESS:PORT",
              callback=_checked(parse_resolve),
              help="Route HOST (or *) to ADDRESS:PORT for --recapture, as for audit.")
@click.option("--allow-private-network", is_flag=True,
              help="Let --recapture fetch private/loopback addresses.")
@_quiet_option("Print nothing but errors (no packs' path, no next step), as audit -q.")
def evidence(db: Path, profile: str | None, out: Path, all_profiles: bool, decision: str | None,
             as_zip: bool, lang: str | None, timezone: str | None, recapture: bool,
             capture_scripts: bool,
             platforms_files: tuple[Path, ...], proxy: str | None, resolve: dict[str, str],
             allow_private_network: bool, quiet: bool = False) -> None:
    """Write takedown-ready evidence packs: the page as a person saw it, the official account
    beside it, the rights holder, and the platform's form with a prefilled report text.

    \b
    Example:
      brandsweep evidence --db brandsweep.db instagram:northwindcoffee_support --out pack/
      brandsweep evidence --db brandsweep.db --all --as impostor_confirmed --out packs/ --zip
    """
    # imported when this command runs: the CLI starts without it
    from .evidence import EvidenceOptions, write_packs

    # before the store is open: --lang, else the database's audits' language (read only)
    _ = _translator(lang or _db_language(db)).gettext
    if bool(profile) == all_profiles:
        raise BadInput(_("give one PLATFORM:HANDLE, or --all (with --as DECISION to choose "
                            "by the reviewers' decision)"))
    if decision and not all_profiles:
        raise BadInput(_("--as goes with --all (e.g. --all --as impostor_confirmed)"))
    if capture_scripts and not recapture:
        raise BadInput(_("--capture-scripts goes with --recapture"))
    # the packs speak as --help says: --lang, else the language of the audit's report (the
    # command already spoke it; the inventory's 'language:' only decided an English pack
    # labelled "ar" when no report text exists in it)
    lang = lang or _db_language(db)
    catalog = _catalog(platforms_files, lang=lang)
    options = EvidenceOptions(
        out=_out_dir(out), zip=as_zip, lang=lang, timezone=timezone or _system_timezone(),
        recapture=recapture, scripts=capture_scripts,
        proxy=proxy, resolve=dict(resolve or {}),
        allow_private_network=allow_private_network)
    store = _open_store(db, write=recapture)
    try:
        if profile:
            platform, handle = _profile_key(profile, lang=lang)
            if platform in catalog:
                handle = catalog[platform].canonical(handle)
            if not store.evidence(platform, handle):
                _ = _store_translator(store, lang, timezone).gettext
                raise BadInput(_("{db}: no profile {profile} in any audit").format(
                    db=db, profile=f"{platform}:{handle}"))
            refusal = _own_account_refusal(store, db, platform, handle,
                                           _store_translator(store, lang, timezone))
            if refusal:
                raise BadInput(refusal)
            keys = [(platform, handle)]
        else:
            # imported when this command runs: the CLI starts without it
            from .evidence import batch_keys

            keys = batch_keys(store, decision)
            if not keys:
                _ = _store_translator(store, lang, timezone).gettext
                raise BadInput((_("{db}: no profile decided {decision}; nothing to pack")
                                if decision else
                                _("{db}: no profile classed impostor; nothing to pack")
                                ).format(db=db, decision=decision))
        written = write_packs(store, catalog, keys, options, single=bool(profile))
        tr = _store_translator(store, lang, timezone)
    finally:
        store.close()
    say = _say(quiet)
    say(packs_line(tr, written, out, single=bool(profile), zipped=as_zip))
    if written and decision != "taken_down":
        say(after_packs_line(tr, db, single=bool(profile), profiles=keys))


#: up to this many packs, the step after them names each profile's own command (typed as
#: shown, ``PLATFORM:HANDLE`` is refused); more, and one command with the placeholder
NAMED_PACKS = 3


def after_packs_line(tr: Translator, db: Path, *, single: bool,
                     profiles: Sequence[tuple[str, str]] = ()) -> str:
    """What to do with the packs: send each one's report text through the platform's form,
    then record the request, without which the next audit lists the impostor to report
    again: for each of a few ``profiles`` its own command, to paste as it is."""
    def record(profile: str) -> str:
        return f"brandsweep triage --db {shlex.quote(str(db))} {profile} --as takedown_requested"

    if profiles and len(profiles) <= NAMED_PACKS:
        command = "; ".join(record(shlex.quote(f"{p}:{h}")) for p, h in profiles)
    else:
        command = record(tr.gettext("PLATFORM:HANDLE"))
    if single:
        return tr.gettext("next: send report-text.txt through the platform's form or address "
                          "(summary.md names it), then record the request: {command}").format(
            command=command)
    return tr.gettext("next: send each pack's report-text.txt through its platform's form or "
                      "address (index.md names them), then record each request: {command}").format(
        command=command)


def _own_account_refusal(store, db: Path, platform: str, handle: str,
                         tr: Translator) -> str | None:
    """Why ``evidence`` will not write a takedown pack for this profile: the latest audit (or a
    reviewer) says it is one of the company's own accounts, and its report text would ask the
    platform to take it down (a handle typed without the impostor's extra letter). None when a
    reviewer decided it is an impostor, or it is not the company's."""
    # imported when this command runs: the CLI starts without it
    from reports.view import CLEARED, OWN_CLASSES

    decided = store.triage().get((platform, handle))
    decision = decided.decision.value if decided else None
    finding = store.latest_finding(platform, handle)
    cls = finding.cls.value if finding else None
    # a reviewer's "not an impostor" stands, unless the latest audit reopened it (as --all)
    reopened = finding is not None and any(e.signal == "reopened" for e in finding.evidence)
    cleared = decision in CLEARED and not reopened
    if decision in _TO_REPORT or (cls not in OWN_CLASSES and not cleared):
        return None
    latest = store.latest_audit()
    near = sorted({f"{f.platform}:{f.handle}" for f in (store.findings(latest) if latest else ())
                   if f.platform == platform and f.cls.value == "impostor"
                   and _alike(f.handle, handle)})
    return own_account_message(tr, f"{platform}:{handle}", cls, decision, near, db)


def _alike(a: str, b: str) -> bool:
    # imported when this command runs: the CLI starts without it
    from rapidfuzz import fuzz

    return fuzz.ratio(a.lower(), b.lower()) >= 80


def own_account_message(tr: Translator, profile: str, cls: str | None, decision: str | None,
                        near: list[str], db: Path) -> str:
    """``instagram:x is one of your own accounts (Official in the latest audit): ...``, with
    the impostors whose handle is close to it and the command that records an impostor."""
    # imported when this command runs: the CLI starts without it
    from reports.sentences import CHOICE_LABELS, CLASS_LABELS

    _ = tr.gettext
    if decision in CHOICE_LABELS and decision != "official":  # a reviewer cleared it
        text = _("{profile}: a reviewer decided {said}; its pack's report text would ask the "
                 "platform to take it down.").format(profile=profile,
                                                     said=_(CHOICE_LABELS[decision]))
    else:
        said = _(CHOICE_LABELS["official"]) if decision == "official" else \
            _(CLASS_LABELS.get(cls or "", cls or ""))
        text = _("{profile} is one of your own accounts ({said}): its pack's report text would "
                 "ask the platform to take it down.").format(profile=profile, said=said)
    if near:
        text += " " + _("Did you mean an impostor with a similar handle: {near}?").format(
            near=", ".join(near))
    return text + " " + _("If it is an impostor, record that first: {command}").format(
        command=shlex.join(["brandsweep", "triage", "--db", str(db), profile, "--as",
                            "impostor_confirmed"]))


def packs_line(tr: Translator, written: list[Path], out: Path, *, single: bool,
               zipped: bool) -> str:
    """What evidence wrote: the pack (and its .zip, written beside it), or how many packs
    (with their .zip files) and the index."""
    if single:
        line = tr.gettext("evidence pack: {path}").format(path=written[0].resolve())
        if zipped:
            zip_path = written[0].parent / f"{written[0].name}.zip"
            line += "\n" + tr.gettext("as one file: {path}").format(path=zip_path.resolve())
        return line
    n = len(written)
    said = tr.ngettext("{n} evidence pack in {folder}, with its .zip (index: {index})",
                       "{n} evidence packs in {folder}, each with its .zip (index: {index})",
                       n) if zipped else \
        tr.ngettext("{n} evidence pack in {folder} (index: {index})",
                    "{n} evidence packs in {folder} (index: {index})", n)
    return said.format(
        n=len(written), folder=out.resolve(), index=(out / "index.md").resolve())


def _system_timezone() -> str:
    # imported when this command runs: the CLI starts without it
    from reports.i18n import system_timezone

    return system_timezone()


@main.command()
@click.option("--platforms-file", "platforms_files", multiple=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="YAML catalog entries that add to or override the built-in ones.")
@click.option("--sites-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="WhatsMyName-format site list for existence-only checks.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def platforms(platforms_files: tuple[Path, ...], sites_file: Path | None, as_json: bool) -> None:
    """List the platform catalog (built-in and user-supplied).

    \b
    Example:
      brandsweep platforms --platforms-file my_platforms.yaml
    """
    catalog = _catalog(platforms_files, sites_file)
    rows = [catalog[name].summary() for name in sorted(catalog)]
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    # the code (what --platforms and an inventory's 'platform:' take) beside the name the
    # report shows ("x  X (Twitter)")
    width = max([14, *(len(str(row.get("title") or "")) + 1 for row in rows)])
    for row in rows:
        # a declared credential: its variable and the rate while it is set (never its value)
        auth = f" auth={row['auth']}:{row['auth_rate']}" if row.get("auth") else ""
        search = "yes" if row["search"] else "no"
        title = str(row.get("title") or row["name"])
        click.echo(
            f"{row['name']:<14} {title:<{width}} probe={row['probe']:<14} search={search:<4} "
            f"site={row['web_search_site'] or '-':<22} rate={row['rate']} source={row['source']}"
            f"{auth}"
        )


@main.command()
@click.argument("platform")
@click.argument("file_or_url")
@click.option("--handle", default=None, help="The handle the page is expected to show.")
@click.option("--status", type=int, default=None,
              help="HTTP status to assume for a saved file (default: 200, or the status a "
                   "recorded cassette gives).")
@click.option("--platforms-file", "platforms_files", multiple=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="YAML catalog entries that add to or override the built-in ones.")
@click.option("--allow-private-network", is_flag=True,
              help="Allow the URL (or a redirect) to reach private/loopback addresses.")
@click.option("--resolve", "resolve", multiple=True, metavar="HOST=ADDRESS:PORT",
              callback=_checked(parse_resolve),
              help="Send requests for HOST (or * for all) to ADDRESS:PORT, as for audit.")
@click.option("--proxy", default=None, callback=_checked(check_url, "--proxy"),
              help="HTTP(S) proxy URL, as for audit.")
def extract(platform: str, file_or_url: str, handle: str | None, status: int | None,
            platforms_files: tuple[Path, ...], allow_private_network: bool,
            resolve: dict[str, str], proxy: str | None) -> None:
    """Run one platform's extractor on a saved page/API response (or a URL); print JSON.

    A URL is fetched as the audit fetches (the same SSRF guard on every redirect, the same
    size, header and time limits); a refusal exits 2 and names the reason.

    PLATFORM may be `auto`: the platform is then told from the URL, the page's own URLs or the
    API answer's keys. A saved file may be a bare body or a recording (vcrpy or betamax
    cassette, NewPipe mock, raw HTTP answer): the profile answer in it is read.

    \b
    Example:
      brandsweep extract instagram saved/northwindcoffee.html
      brandsweep extract github https://api.github.com/users/octocat
      brandsweep extract auto saved/cassette.yaml
    """
    from .extract import read_profile  # imported when this command runs: the CLI starts without it

    # imported when this command runs: the CLI starts without it
    from .extract.detect import detect_platform, saved_answer

    catalog = _catalog(platforms_files)
    if platform != "auto" and platform not in catalog:
        import difflib  # only when a name is refused

        near = difflib.get_close_matches(platform, ["auto", *catalog], n=1, cutoff=0.6)
        hint = " " + _said(N_("did you mean {name!r}?"), name=near[0]) if near else ""
        raise BadInput(_said(N_("unknown platform {name!r};{hint} known: {names}"),
                             name=platform, hint=hint,
                             names=", ".join(["auto", *sorted(catalog)])))
    headers: dict[str, str] = {}
    url = file_or_url
    reason = None
    recorded: dict[str, int] = {}
    if file_or_url.startswith(("http://", "https://")):
        from .fetch_one import fetch  # imported when this command runs: the CLI starts without it

        _scrapy_settings_env()
        got = fetch(file_or_url, allow_private_network=allow_private_network,
                    resolve=resolve or None, proxy=proxy)
        if got.refused:
            raise BadInput(f"{file_or_url}: {got.reason} — brandsweep does not fetch private "
                           "addresses; pass --allow-private-network if this one is meant")
        status, headers, body, url, reason = got.status, got.headers, got.body, got.url, \
            got.reason
    else:
        path = Path(file_or_url)
        if not path.is_file():
            raise BadInput(f"{file_or_url}: no such file (give a saved page or an http(s) URL)")
        detected, url, status, headers, body, recorded = saved_answer(
            catalog, platform, path.read_bytes(), path.resolve().as_uri(), status
        )
        if detected is None:
            raise BadInput(f"{file_or_url}: could not tell which platform this answer is from; "
                           "name it, e.g. `brandsweep extract instagram FILE`")
        platform = detected
    if platform == "auto":  # a URL: told from where it came from and what it says
        detected = detect_platform(catalog, file_or_url if reason else url, body or b"")
        if detected is None:
            raise BadInput(f"{file_or_url}: could not tell which platform this answer is from; "
                           "name it, e.g. `brandsweep extract instagram FILE`")
        platform = detected
    if reason is not None:
        # nothing came back (a timeout, a limit): what an audit would record for the profile
        click.echo(json.dumps(
            {"platform": platform, "url": url, "status": None, "state": "unverifiable",
             "reason": reason, "handle": handle, "fields": None, "evidence": []},
            indent=2, ensure_ascii=False))
        return
    status = 200 if status is None else status
    read = read_profile(catalog[platform], url, status, headers, body, handle=handle)
    click.echo(json.dumps(
        {"platform": platform, "url": url, "status": status, "state": read.state.value,
         "reason": read.reason, "handle": read.handle, "fields": asdict(read.fields),
         "evidence": {**read.evidence, **recorded}},
        indent=2, ensure_ascii=False, default=str,
    ))


def extract_texts(fileobj, keywords, comment_tags, options):
    """Babel extraction method of this file (babel.cfg): its gettext calls, then every
    paragraph of the commands' and options' help (crawler/click_messages.py), so ``--help``
    follows the reader's language through the same catalogs (README "Languages")."""
    # imported when pybabel extracts: the CLI starts without it
    from babel.messages.extract import extract_python

    yield from extract_python(fileobj, keywords, comment_tags, options)
    for message in help_messages(main):
        yield 0, None, message, ["brandsweep --help"]


def run() -> None:
    """The ``brandsweep`` program (``pyproject.toml``'s script, ``python -m crawler.cli``)."""
    _PROGRAM["exit_at_once"] = True
    collector.program()
    main()


if __name__ == "__main__":  # pragma: no cover
    run()
