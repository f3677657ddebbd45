"""click's own words and the commands' help in the reader's language ("Hata: Eksik argüman
'INVENTORY'.", ``brandsweep audit --help`` in Turkish).

click marks its messages for gettext (``from gettext import gettext as _`` in each of its
modules) but reads the process-wide domain, which needs compiled ``.mo`` files on disk; our
catalogs are ``.po`` files compiled in memory (reports/i18n.py). So :func:`speaking` points
click's modules' ``_`` and ``ngettext`` at our catalog while a command line is parsed and its
errors or help shown, for the messages listed here only. The language is ``--lang`` as given on
the command line, else the user's (``BRANDSWEEP_LANG``, then LC_ALL / LC_MESSAGES / LANG:
reports.i18n.system_language); it is looked up when the first listed message is asked for, so a
command line without a mistake costs nothing.

The help texts (the commands' docstrings, the options' ``help=``) are written in English in
crawler/cli.py; :class:`Command` and :class:`Group` show them through the same catalog, one
paragraph at a time (:func:`translate_help`), and crawler/cli.py's Babel extraction method
extracts them the same way, so every paragraph a reader sees is one message of the catalog.

The placeholders of the help and the usage line (``--out PATH``, ``INVENTORY``, ``INTEGER
RANGE``) are messages too (:func:`speak_metavar`): each command's parameters say them in the
reader's language when click asks for them (help, usage line, "Missing argument"), and
:func:`help_messages` lists them for extraction; a list of choices (``[high|medium|low]``) is
the values a user types and stays as it is.

The lists below repeat click's wording so pybabel extracts it into reports/locale (README
"Languages"); a click release that rewords one leaves that message English, never wrong.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import re
from collections.abc import Callable, Iterator, Sequence

import click


def N_(message: str) -> str:  # noqa: N802 (gettext's marker, as reports.i18n's; not imported:
    return message            # reports.i18n costs every command's start-up a few hundredths)


def NP_(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802
    return singular, plural


#: click's messages a user meets on a mistyped command line (click 8.1-8.3 wording)
MESSAGES: tuple[str, ...] = (
    N_("Error: {message}"),
    N_("Usage:"),
    N_("Try '{command} {option}' for help."),
    N_("Invalid value: {message}"),
    N_("Invalid value for {param_hint}: {message}"),
    N_("Missing argument"),
    N_("Missing option"),
    N_("Missing parameter"),
    N_("Missing {param_type}"),
    N_("Missing parameter: {param_name}"),
    N_("No such option {name!r}."),
    N_("No such command {name!r}."),
    N_("Missing command."),
    N_("Could not open file {filename!r}: {message}"),
    N_("Option {name!r} does not take a value."),
    N_("{value!r} is not a valid {number_type}."),
    N_("{value} is not in the range {range}."),
    N_("{value!r} is not a valid boolean. Recognized values: {states}"),
    N_("file"),
    N_("directory"),
    N_("path"),
    N_("{name} {filename!r} does not exist."),
    N_("{name} {filename!r} is a file."),
    N_("{name} {filename!r} is a directory."),
    N_("{name} {filename!r} is not readable."),
    N_("{name} {filename!r} is not writable."),
    N_("Aborted!"),
    # the help's own words (click.core, click.formatting, click.decorators)
    N_("Options"),
    N_("Commands"),
    N_("Positional arguments"),
    N_("default: {default}"),
    N_("env var: {var}"),
    N_("required"),
    N_("(dynamic)"),
    N_("%(prog)s, version %(version)s"),
)

#: click's words fixed when a command is defined (the help option's and the version option's
#: help, the usage line's placeholders): shown in the reader's language by :class:`Command`
HELP_WORDS: tuple[str, ...] = (
    N_("Show this message and exit."),
    N_("Show the version and exit."),
    N_("[OPTIONS]"),
    N_("COMMAND [ARGS]..."),
)

#: click's singular/plural pairs, keyed by the singular
PLURALS: tuple[tuple[str, str], ...] = (
    NP_("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"),
    NP_("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."),
    NP_("{value!r} is not {choice}.", "{value!r} is not one of {choices}."),
    NP_("{value!r} does not match the format {format}.",
        "{value!r} does not match the formats {formats}."),
    NP_("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"),
)

#: click's modules that call ``_`` / ``ngettext`` when a command line is parsed or refused
CLICK_MODULES = ("click.core", "click.exceptions", "click.parser", "click.types",
                 "click.formatting", "click.decorators", "click.termui", "click.utils")

_SINGULARS = frozenset(s for s, _p in PLURALS)
_KNOWN = frozenset(MESSAGES)


def command_line_language(argv: Sequence[str]) -> str | None:
    """The language ``--lang`` names on the command line (``--lang tr``, ``--lang=tr``), if
    it is one with a catalog; ``None`` otherwise (click refuses a wrong one itself)."""
    from reports.i18n import LANGUAGES  # (the names of the catalogs only)

    for i, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else \
            argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None
        if value in LANGUAGES:
            return value
    return None


class _Speaker:
    """click's ``_`` and ``ngettext`` for one command line, its language read once."""

    def __init__(self, argv: Sequence[str],
                 stored: Callable[[Sequence[str]], str | None] | None = None):
        self.argv = list(argv)
        self._translations: object | None = None
        self.lang: str | None = None
        self.stored = stored
        self._stored: str | None = None

    def language(self) -> str:
        """--lang on the command line (or the language the command settled on), else the
        language of the audits the command works on (``stored``: ``triage --as fals`` on a
        Turkish audit's database refused it in English, then spoke Turkish once it ran), else
        the user's (BRANDSWEEP_LANG, LC_ALL, LC_MESSAGES, LANG)."""
        # the user's language only when a message is shown
        from reports.i18n import system_language

        return (self.lang or command_line_language(self.argv) or self._stored_language()
                or system_language())

    def _stored_language(self) -> str | None:
        """``stored``'s answer, asked once (a help asks the language at every line)."""
        if self.stored is not None:
            self._stored, self.stored = self.stored(self.argv), None
        return self._stored

    def catalog(self):
        if self._translations is None:
            # the compiled catalog only when a message is shown
            from reports.i18n import translations

            self._translations = translations(self.language())
        return self._translations

    def settle(self, lang: str) -> None:
        """The command has decided its language (--lang, else the inventory's or the
        audits'): click's "Error:" before its refusal speaks it too."""
        self.lang = lang
        self._translations = None

    def gettext(self, message: str) -> str:
        if message not in _KNOWN:
            return message
        return self.catalog().gettext(message)  # type: ignore[attr-defined]

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        if singular in _SINGULARS:
            return self.catalog().ngettext(singular, plural, n)  # type: ignore[attr-defined]
        return singular if n == 1 else plural


@contextlib.contextmanager
def speaking(argv: Sequence[str], stored: Callable[[Sequence[str]], str | None] | None = None
             ) -> Iterator[_Speaker]:
    """click's listed messages in ``--lang`` (else the stored audits' language, else the
    machine's) inside the block; ``stored`` is asked only when a message is shown."""
    speaker = _Speaker(argv, stored)
    _SPEAKERS.append(speaker)
    saved: list[tuple[object, str, Callable]] = []
    for name in CLICK_MODULES:
        module = importlib.import_module(name)
        for attr, ours in (("_", speaker.gettext), ("ngettext", speaker.ngettext)):
            if callable(getattr(module, attr, None)):
                saved.append((module, attr, getattr(module, attr)))
                setattr(module, attr, ours)
    try:
        yield speaker
    finally:
        _SPEAKERS.remove(speaker)
        for module, attr, theirs in reversed(saved):
            setattr(module, attr, theirs)


#: the speakers of the command lines being run (one, but for a test's nested runs)
_SPEAKERS: list[_Speaker] = []


def settle(lang: str) -> None:
    """The running command's language, once it knows it: click's own words follow it."""
    if _SPEAKERS:
        _SPEAKERS[-1].settle(lang)


def current_language() -> str:
    """The language the running command speaks: the one it settled on, else ``--lang`` on its
    command line, else the user's (BRANDSWEEP_LANG, LC_ALL, LC_MESSAGES, LANG)."""
    if _SPEAKERS:
        return _SPEAKERS[-1].language()
    from reports.i18n import system_language  # the user's language only when asked for

    return system_language()


def help_gettext() -> Callable[[str], str] | None:
    """The gettext of the language the command line speaks (see :class:`_Speaker`); None in
    English, the language the help is written in."""
    if _SPEAKERS:
        speaker = _SPEAKERS[-1]
        return None if speaker.language() == "en" else speaker.catalog().gettext
    # a command shown outside ``speaking`` (a test's direct call): the user's language
    from reports.i18n import system_language, translations

    lang = system_language()
    return None if lang == "en" else translations(lang).gettext


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def translate_help(text: str, gettext: Callable[[str], str]) -> str:
    """A help text as click shows it, each paragraph through ``gettext``: a paragraph click
    rewraps is one message, its whitespace made single spaces; a ``\\b`` paragraph (examples,
    kept as written) only by its heading line (``Example:``); what follows ``\\f`` as is.
    Extraction calls it with a recording ``gettext``: the messages are exactly the paragraphs
    shown."""
    body, ff, rest = inspect.cleandoc(text).partition("\f")
    out = []
    for paragraph in _PARAGRAPH_BREAK.split(body):
        if paragraph.startswith("\b\n"):
            lines = paragraph.split("\n")
            if len(lines) > 1 and lines[1].endswith(":") and not lines[1][:1].isspace():
                lines[1] = gettext(lines[1])
            out.append("\n".join(lines))
        else:
            message = " ".join(paragraph.split())
            out.append(gettext(message) if message else paragraph)
    return "\n\n".join(out) + ff + rest


def help_messages(command: click.Command) -> list[str]:
    """Every message of a command's help, its parameters' and its subcommands' (each once, in
    order): what crawler/cli.py's extraction method gives pybabel."""
    found: dict[str, None] = {}

    def record(message: str) -> str:
        found[message] = None
        return message

    for item in _helped(command, click.Context(command)):
        translate_help(item.help, record)
    for message in metavar_messages(command):
        record(message)
    return list(found)


#: a placeholder as click writes it: ``FILE``, ``[PROFILE]...``, ``INTEGER RANGE``; a list of
#: choices (``[en|tr]``) does not match
_METAVAR = re.compile(r"(?P<open>\[?)(?P<core>[^\[\]|{}]+?)(?P<close>\]?)(?P<tail>!?(?:\.\.\.)?)")


def _metavar_core(text: str) -> str | None:
    """``[PROFILE]...`` -> ``PROFILE``; None for a list of choices (the values typed)."""
    m = _METAVAR.fullmatch(text)
    if not m or bool(m["open"]) != bool(m["close"]):
        return None
    return m["core"]


def speak_metavar(text: str, gettext: Callable[[str], str] | None) -> str:
    """A placeholder click made (``PATH``, ``[PROFILE]...``) in the reader's language, its
    brackets and dots kept; a list of choices as it is."""
    core = _metavar_core(text)
    if gettext is None or core is None:
        return text
    m = _METAVAR.fullmatch(text)
    assert m is not None  # (matched above)
    return f"{m['open']}{gettext(core)}{m['close']}{m['tail']}"


def _english_metavar(param: click.Parameter, ctx: click.Context) -> str:
    """The placeholder as click makes it, before :func:`_speaking_metavar` translates it."""
    return type(param).make_metavar(param, ctx)


def metavar_messages(command: click.Command) -> list[str]:
    """The placeholders of every parameter of a command and its subcommands (flags have
    none), once each, in order: messages of the catalog."""
    found: dict[str, None] = {}

    def walk(cmd: click.Command, ctx: click.Context) -> None:
        for param in cmd.get_params(ctx):
            if isinstance(param, click.Option) and param.is_flag:
                continue
            core = _metavar_core(_english_metavar(param, ctx))
            if core:
                found[core] = None
        for sub in getattr(cmd, "commands", {}).values():
            walk(sub, click.Context(sub, parent=ctx, info_name=sub.name))

    walk(command, click.Context(command))
    return list(found)


def _speaking_metavar(param: click.Parameter) -> None:
    """The parameter's placeholder said in the reader's language whenever click asks for it
    (the help, the usage line, "Missing argument 'ENVANTER'"): never while a command line
    without a mistake is parsed, so the catalog is read only then."""
    def make_metavar(ctx: click.Context) -> str:
        return speak_metavar(_english_metavar(param, ctx), help_gettext())

    param.make_metavar = make_metavar  # type: ignore[method-assign]


def _helped(command: click.Command, ctx: click.Context) -> list:
    """The command, its parameters (the help option too) and its subcommands (their own
    parameters and subcommands), those with a help text."""
    items = [command, *command.get_params(ctx)]
    for sub in getattr(command, "commands", {}).values():
        items += _helped(sub, click.Context(sub, parent=ctx, info_name=sub.name))
    return [i for i in items if getattr(i, "help", None)]


@contextlib.contextmanager
def helps_in(command: click.Command, ctx: click.Context) -> Iterator[None]:
    """While ``command``'s help is written: its help, its parameters' and its subcommands'
    (the list of commands) in the reader's language; as defined again afterwards."""
    gettext = help_gettext()
    saved: list[tuple[object, str]] = []
    if gettext is not None:
        items = [command, *command.get_params(ctx),
                 *getattr(command, "commands", {}).values()]
        for item in items:
            if getattr(item, "help", None):
                saved.append((item, item.help))
                item.help = translate_help(item.help, gettext)
    try:
        yield
    finally:
        for item, text in reversed(saved):
            item.help = text


class Choice(click.Choice):
    """click's Choice that also names the closest choice (``--as impostor``: did you mean
    'impostor_confirmed'?), in the command's language."""

    def get_invalid_choice_message(self, value, ctx) -> str:  # type: ignore[override]
        import difflib  # only when a value is refused

        said = super().get_invalid_choice_message(value, ctx)
        text = str(value).strip().lower()
        choices = [str(c) for c in self.choices]
        near = [c for c in choices if text and c.startswith(text)] or \
            difflib.get_close_matches(text, choices, n=1, cutoff=0.6)
        if len(near) != 1:
            return said
        from reports.i18n import translations  # (the catalog, when a value is refused)

        hint = translations(current_language()).gettext(_DID_YOU_MEAN)
        return f"{said} {hint.format(name=near[0])}"


_DID_YOU_MEAN = N_("Did you mean {name!r}?")


class LazyMessage(str):
    """A message click fills with ``%`` when it shows it (``--version``'s), said then in the
    reader's language: click reads it when the command is defined, before any language is
    known."""

    def __mod__(self, values):  # type: ignore[override]
        gettext = help_gettext()
        return (gettext(str(self)) if gettext else str(self)) % values


class Command(click.Command):
    """A command whose help, usage line and placeholders speak the reader's language."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            _speaking_metavar(param)

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with helps_in(self, ctx):
            super().format_help(ctx, formatter)

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        pieces = super().collect_usage_pieces(ctx)
        if not any(p in HELP_WORDS for p in pieces):
            return pieces
        gettext = help_gettext() or str
        return [gettext(p) if p in HELP_WORDS else p for p in pieces]


class Group(Command, click.Group):
    """A group of :class:`Command`: its help, its usage line and its list of commands in the
    reader's language."""

    command_class = Command
