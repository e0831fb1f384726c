"""The command line: parse arguments, call the library, write output, exit.

This is the only module that prints or exits.  It imports nothing heavy at
module level: pydantic, yaml, jinja2, rich, holidays, babel and icalendar are
imported inside the commands that need them, so ``iopctl --help`` starts as
fast as Python and typer allow (a test guards this).

Exit codes: 0 fine; 1 problems found (errors, or warnings too with
``--strict``); 2 usage error or unreadable input.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

if TYPE_CHECKING:
    from .document import LoadedAgreement
    from .project import Project
    from .settings import Settings


class Exit(IntEnum):
    OK = 0
    PROBLEMS = 1
    USAGE = 2


EPILOG = "Exit codes: 0 fine, 1 problems found, 2 usage error or unreadable input."


def _typer() -> typer.Typer:
    """An empty app with iopctl's settings (``app`` below, and the lean one of ``main``)."""
    return typer.Typer(
        name="iopctl",
        help="Swedish IOP agreements (idéburet offentligt partnerskap) kept as YAML: "
        "validate them, list their deadlines, compute payments and write meeting reports.",
        epilog=EPILOG,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
        no_args_is_help=True,
        context_settings={"help_option_names": ["-h", "--help"]},
    )


app = _typer()


class ProblemFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


class DeadlineFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    ics = "ics"


class TableFormat(StrEnum):
    table = "table"
    json = "json"


class Lang(StrEnum):
    sv = "sv"
    en = "en"


class StatusFilter(StrEnum):
    active = "active"
    proposal = "proposal"
    ended = "ended"
    all = "all"


class Giver(StrEnum):
    public = "public"
    civil = "civil"


PathsArg = Annotated[
    list[str] | None,
    typer.Argument(help="Agreement files or folders [default: ./agreements].", show_default=False),
]
PathOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--path", metavar="PATH", help="Agreement files or folders [default: ./agreements]."
    ),
]
AsOfOpt = Annotated[
    str | None,
    typer.Option("--as-of", metavar="DATE", help="Compute as of this day [default: today]."),
]
OutputOpt = Annotated[
    str | None,
    typer.Option(
        "-o", "--output", metavar="FILE", help="Write here (atomically) instead of stdout."
    ),
]
LangOpt = Annotated[
    Lang | None,
    typer.Option(
        "--lang", help="Language of titles and text [default: iopctl.toml's lang, else sv]."
    ),
]


# --- the one way out -------------------------------------------------------------


def _fail(message: str, code: Exit = Exit.USAGE) -> NoReturn:
    sys.stderr.write(f"iopctl: {message}\n")
    raise typer.Exit(int(code))


def _parse_date(text: str, option: str) -> dt.date:
    """A day within the years an agreement date may have: far dates overflow every rule."""
    from .yamlread import MAX_YEAR, MIN_YEAR

    try:
        day = dt.date.fromisoformat(text)
    except ValueError as exc:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            _fail(f"{option}: {text} is not a date ({exc})")
        _fail(f"{option} wants a date as YYYY-MM-DD, got {text[:40]!r}")
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        _fail(f"{option} wants a date in the years {MIN_YEAR}–{MAX_YEAR}, got {day}")
    return day


def _as_of(text: str | None) -> dt.date:
    return _parse_date(text, "--as-of") if text is not None else dt.date.today()


_SPAN = re.compile(r"(\d{1,4})([dwmy])")


def _parse_span(text: str, start: dt.date) -> dt.date:
    """``90d``, ``6w``, ``6m``, ``1y`` -> the last day of that span from ``start``."""
    from dateutil.relativedelta import relativedelta

    from .yamlread import MAX_YEAR

    match = _SPAN.fullmatch(text.strip())
    if match is None:
        _fail(f"--within wants a span like 90d, 6w, 6m or 1y, got {text[:40]!r}")
    n, unit = int(match.group(1)), match.group(2)
    one = {"d": relativedelta(days=1), "w": relativedelta(weeks=1)}
    one |= {"m": relativedelta(months=1), "y": relativedelta(years=1)}
    try:
        end = start + one[unit] * n  # n months at once: month-end clipping happens once
    except (ValueError, OverflowError):
        end = dt.date.max
    if end.year > MAX_YEAR:
        _fail(f"--within {text.strip()} reaches past the year {MAX_YEAR}")
    return end


def _write(text: str, output: str | None) -> None:
    """Write to stdout, or to ``output`` atomically: a failed run never leaves a partial file.

    The text goes to a temporary file beside the target, which then replaces
    it in one rename; the file gets the permissions a plain ``open`` would give.
    """
    if output is None or output == "-":
        sys.stdout.write(text)
        return
    import tempfile

    target = Path(output)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror}")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        umask = os.umask(0)
        os.umask(umask)
        Path(tmp).chmod(0o666 & ~umask)
        Path(tmp).replace(target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        _fail(f"cannot write {output}: {exc.strerror}")


def _color(output: str | None) -> bool:
    """Colour only for a person at a terminal: not into a file or a pipe, and never
    when ``NO_COLOR`` is set to anything but the empty string (https://no-color.org)."""
    to_stdout = output is None or output == "-"
    return to_stdout and sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _settings() -> Settings:
    """The repository's ``iopctl.toml`` (defaults without one): the one place every
    command gets its defaults from; a mistake in it stops the command with exit 2."""
    from .problems import render_text
    from .settings import load_settings

    settings, problems = load_settings()
    if problems:
        sys.stderr.write(render_text(problems))
        _fail("fix iopctl.toml (or remove it) and run again")
    return settings


def _lang(lang: Lang | None) -> str:
    return lang.value if lang is not None else _settings().lang


def _paths(paths: list[str] | None) -> list[str]:
    return paths or list(_settings().paths)


def _open(paths: list[str] | None, as_of: dt.date | None = None) -> Project:
    """The agreements that load and pass the checks (as of ``as_of``, default today);
    the others are left out with their problems, which the commands print."""
    from .project import open_project

    return open_project(_paths(paths), checked_on=as_of or dt.date.today())


def _print_problems(project: Project) -> None:
    """The problems of the files that did not load, on stderr: the output skips them."""
    from .problems import render_text

    sys.stderr.write(render_text(project.problems))


def _exit_for_skipped(project: Project) -> None:
    """After output built from what could be read: exit 2 if some input could not be
    read at all, 1 if some file did not load, so a script notices what was skipped."""
    if project.unreadable:
        raise typer.Exit(int(Exit.USAGE))
    if project.problems:
        raise typer.Exit(int(Exit.PROBLEMS))


def _one(project: Project, agreement_id: str, *, quiet: bool = False) -> LoadedAgreement:
    """The agreement with ``agreement_id``; exit 2 naming the known ids when there is none.

    The project's problems go to stderr first, unless the caller printed them (``quiet``).
    """
    if not quiet:
        _print_problems(project)
    loaded = project.find(agreement_id)
    if loaded is None:
        known = ", ".join(sorted(a.agreement.id for a in project.agreements)) or "none"
        _fail(f"no valid agreement with id {agreement_id!r} (known: {known})")
    return loaded


# --- commands ----------------------------------------------------------------------


@app.command(short_help="Check agreements; print every problem.")
def validate(
    paths: PathsArg = None,
    format: Annotated[
        ProblemFormat, typer.Option("--format", help="Output format.")
    ] = ProblemFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
    as_of: AsOfOpt = None,
) -> None:
    """Check agreements: schema, dates, sums, org numbers, plausibility.

    Prints every problem of every file as path:line:col: severity code message.
    """
    from . import project as project_mod
    from .plain import count
    from .problems import render_github, render_json, render_text

    day = _as_of(as_of)
    result = project_mod.validate_paths(_paths(paths), day)
    problems = result.problems
    if format is ProblemFormat.json:
        sys.stdout.write(render_json(problems, result.files))
    elif format is ProblemFormat.github:
        sys.stdout.write(render_github(problems))
    else:
        sys.stdout.write(render_text(problems))
        errors = sum(p.is_error for p in problems)
        summary = ", ".join(
            count(n, word)
            for n, word in (
                (result.files, "file"),
                (errors, "error"),
                (len(problems) - errors, "warning"),
            )
        )
        sys.stderr.write(summary + "\n")
    if result.unreadable:
        raise typer.Exit(int(Exit.USAGE))
    failing = any(p.is_error or strict for p in problems)
    raise typer.Exit(int(Exit.PROBLEMS if failing else Exit.OK))


@app.command(short_help="Print the JSON Schema of the format.")
def schema(output: OutputOpt = None) -> None:
    """Print the JSON Schema of the agreement format (for editors and CI)."""
    from .schema import agreement_schema

    _write(agreement_schema(), output)


@app.command(short_help="Start an agreement from a commented skeleton.")
def new(
    agreement_id: Annotated[str, typer.Argument(metavar="ID")],
    path: Annotated[
        str, typer.Option("--path", metavar="DIR", help="The folder to write ID.yaml in.")
    ] = "agreements",
) -> None:
    """Write agreements/ID.yaml: every block of the format, commented.

    What you must fill in is a placeholder that fails validation until
    replaced: texts TODO…, dates YYYY-MM-DD, numbers N, org numbers
    NNNNNN-NNNN.  Never overwrites a file; prints the path written.
    """
    from .skeleton import NewAgreementError, write_skeleton

    try:
        target = write_skeleton(agreement_id, Path(path), Path.cwd())
    except NewAgreementError as exc:
        _fail(str(exc))
    sys.stdout.write(f"{target}\n")


@app.command(short_help="A readable summary of one agreement.")
def show(agreement_id: Annotated[str, typer.Argument(metavar="ID")], paths: PathOpt = None) -> None:
    """A readable summary of one agreement."""
    from .summary import render_summary

    _write(render_summary(_one(_open(paths), agreement_id).agreement), None)


@app.command(short_help="Every coming deadline: table, JSON, CSV, ICS.")
def deadlines(
    paths: PathsArg = None,
    as_of: AsOfOpt = None,
    within: Annotated[
        str | None,
        typer.Option(
            "--within", metavar="SPAN", help="Window from --as-of: 90d, 6w, 6m, 1y [default: 12m]."
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option("--until", metavar="DATE", help="Window end date (instead of --within)."),
    ] = None,
    agreement: Annotated[
        list[str] | None,
        typer.Option("--agreement", metavar="ID", help="Only this agreement (repeatable)."),
    ] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind",
            metavar="KIND",
            help="Only this kind of deadline (repeatable): term_start, term_end, renewal, "
            "notice_deadline, option_deadline, payment, evaluation, report_due, meeting_due, "
            "task; or the Swedish word the table shows (rapport, möte, utbetalning, …).",
        ),
    ] = None,
    status: Annotated[
        StatusFilter, typer.Option("--status", help="Which agreements, by their status on --as-of.")
    ] = StatusFilter.active,
    include_past: Annotated[
        bool, typer.Option("--include-past", help="Also list deadlines before --as-of.")
    ] = False,
    explain: Annotated[
        bool, typer.Option("--explain", help="Show the source and arithmetic of each date.")
    ] = False,
    format: Annotated[
        DeadlineFormat, typer.Option("--format", help="Output format.")
    ] = DeadlineFormat.table,
    responsible: Annotated[
        list[str] | None,
        typer.Option(
            "--responsible",
            metavar="NAME",
            help="Only rows whose duty, meeting or agreement names this person or unit "
            "(repeatable; case and accents ignored, part of a name is enough).",
        ),
    ] = None,
    lang: LangOpt = None,
    output: OutputOpt = None,
    csv_sep: Annotated[
        str | None,
        typer.Option(
            "--csv-sep",
            metavar="CHAR",
            help="CSV field separator (Excel sv: ';'); only with --format csv [default: ,].",
            show_default=False,
        ),
    ] = None,
    csv_bom: Annotated[
        bool, typer.Option("--csv-bom", help="Start the CSV with a UTF-8 BOM (for Excel).")
    ] = False,
) -> None:
    """Every coming deadline: notice, renewal, payment, evaluation, report, meeting."""
    from .export import DEADLINE_RENDERERS, ExportOptions, kind_code
    from .rules.deadlines import KINDS, DeadlineQuery, select_deadlines
    from .rules.responsible import names_match, row_names
    from .rules.soon import with_due_soon

    if within is not None and until is not None:
        _fail("give either --within or --until, not both")
    if csv_sep is not None and len(csv_sep) != 1:
        _fail(f"--csv-sep wants one character, got {csv_sep[:10]!r}")
    if format is not DeadlineFormat.csv:
        given = [flag for flag, value in (("--csv-sep", csv_sep), ("--csv-bom", csv_bom)) if value]
        if given:
            _fail(f"{given[0]} only applies to --format csv, not --format {format.value}")
    kinds = {word: kind_code(word) for word in kind or ()}
    unknown = [word for word, code in kinds.items() if code is None]
    if unknown:
        _fail(f"unknown --kind {unknown[0][:40]!r} (choose from {', '.join(KINDS)})")
    day = _as_of(as_of)
    end = _parse_date(until, "--until") if until else _parse_span(within or "12m", day)
    if end < day and not include_past:
        _fail(f"--until {end} is before --as-of {day}")
    proj = _open(paths, day)
    _print_problems(proj)
    for wanted in agreement or ():
        _one(proj, wanted, quiet=True)
    statuses = {
        StatusFilter.active: frozenset({"active"}),
        StatusFilter.proposal: frozenset({"proposal", "draft"}),
        StatusFilter.ended: frozenset({"ended", "terminated"}),
        StatusFilter.all: None,
    }[status]
    query = DeadlineQuery(
        as_of=day,
        until=end,
        include_past=include_past,
        agreements=frozenset(agreement) if agreement else None,
        kinds=frozenset(code for code in kinds.values() if code) if kinds else None,
        statuses=statuses,
        lang=_lang(lang),
    )
    settings = _settings()
    rows = with_due_soon(
        select_deadlines(proj.agreements, proj.series, query), day, settings.due_soon_days
    )
    if responsible:
        by_id = {la.agreement.id: la.agreement for la in proj.agreements}
        rows = [r for r in rows if names_match(row_names(by_id[r.agreement], r), responsible)]
    options = ExportOptions(
        as_of=day,
        lang=_lang(lang),
        explain=explain,
        color=_color(output),
        csv_sep=csv_sep or ",",
        csv_bom=csv_bom,
        reminders=settings.reminder_days,
    )
    _write(DEADLINE_RENDERERS[format.value](rows, options), output)
    _exit_for_skipped(proj)


@app.command(short_help="When does it end if notice is given on DATE?")
def notice(
    agreement_id: Annotated[str, typer.Argument(metavar="ID")],
    given: Annotated[str, typer.Option("--given", metavar="DATE", help="The day notice is given.")],
    by: Annotated[Giver | None, typer.Option("--by", help="Who gives notice.")] = None,
    paths: PathOpt = None,
    format: Annotated[
        TableFormat, typer.Option("--format", help="Output format.")
    ] = TableFormat.table,
    lang: LangOpt = None,
) -> None:
    """If notice is given on DATE, when does the agreement end?"""
    from .export import render_notice_json, render_notice_text
    from .rules.notice import answer_notice

    day = _parse_date(given, "--given")
    loaded = _one(_open(paths), agreement_id)
    answer = answer_notice(loaded, day, by.value if by else None, _lang(lang))
    if format is TableFormat.json:
        _write(render_notice_json(answer), None)
    else:
        _write(render_notice_text(answer, _lang(lang)), None)
    if not answer.allowed:
        raise typer.Exit(int(Exit.PROBLEMS))


@app.command(short_help="The payment schedule with index steps.")
def payments(
    agreement_id: Annotated[str, typer.Argument(metavar="ID")],
    paths: PathOpt = None,
    as_of: AsOfOpt = None,
    format: Annotated[
        TableFormat, typer.Option("--format", help="Output format.")
    ] = TableFormat.table,
    lang: LangOpt = None,
) -> None:
    """The payment schedule: base amounts, index steps with provenance, per-capita workings."""
    from dateutil.relativedelta import relativedelta

    from .export import ExportOptions, render_payments_json, render_payments_table
    from .rules.log import known_on
    from .rules.payments import payment_schedule

    day = _as_of(as_of)
    proj = _open(paths, day)
    loaded = known_on(_one(proj, agreement_id), day)
    schedule = payment_schedule(
        loaded, proj.series, _lang(lang), until=day + relativedelta(years=5)
    )
    if format is TableFormat.json:
        _write(render_payments_json(agreement_id, schedule), None)
    else:
        options = ExportOptions(as_of=day, lang=_lang(lang), color=_color(None))
        _write(render_payments_table(agreement_id, schedule, options), None)


@app.command(short_help="Markdown report for a meeting, or --all.")
def report(
    agreement_id: Annotated[
        str | None, typer.Argument(metavar="[ID]", help="The agreement; omit with --all.")
    ] = None,
    all_: Annotated[
        bool, typer.Option("--all", help="Portfolio overview of every agreement.")
    ] = False,
    paths: PathOpt = None,
    meeting: Annotated[
        str | None,
        typer.Option(
            "--meeting",
            metavar="NAME",
            help="Shape the report for this meeting: its name in the agreement (strategic, …).",
        ),
    ] = None,
    as_of: AsOfOpt = None,
    lang: LangOpt = None,
    template: Annotated[
        str | None, typer.Option("--template", metavar="PATH", help="Your own Jinja template.")
    ] = None,
    output: OutputOpt = None,
) -> None:
    """A markdown report for a strategic or operational meeting, or a portfolio overview."""
    from .report import (
        Renderer,
        ReportError,
        ReportOptions,
        render_agreement_report,
        render_portfolio,
    )

    if all_ == (agreement_id is not None):
        _fail("report wants either an agreement ID or --all")
    options = ReportOptions(as_of=_as_of(as_of), lang=_lang(lang), meeting=meeting)
    proj = _open(paths, options.as_of)
    renderer = Renderer(template=template, override_dir="templates")
    try:
        if agreement_id is None:
            _print_problems(proj)
            text = render_portfolio(proj.agreements, proj.series, options, renderer)
        else:
            text = render_agreement_report(_one(proj, agreement_id), proj.series, options, renderer)
    except ReportError as exc:
        _fail(str(exc))
    _write(text, output)
    if agreement_id is None:
        _exit_for_skipped(proj)


@app.command(short_help="A static website and calendar feeds, for browsers and Outlook.")
def site(
    paths: PathsArg = None,
    output: Annotated[
        str, typer.Option("-o", "--output", metavar="DIR", help="Write the site into this folder.")
    ] = "public",
    as_of: AsOfOpt = None,
    lang: LangOpt = None,
) -> None:
    """A static website: the portfolio, one page per agreement, every deadline with
    filters, calendar feeds to subscribe to, and downloads (CSV, JSON, markdown).

    Works from a file share, file:// or any static host: no request leaves the folder.
    """
    from .report import ReportError
    from .site.build import SiteError, SiteOptions, build_site, write_site

    day = _as_of(as_of)
    proj = _open(paths, day)
    _print_problems(proj)
    options = SiteOptions(as_of=day, lang=_lang(lang), settings=_settings())
    try:
        files = build_site(proj.agreements, proj.series, options)
    except (SiteError, ReportError) as exc:
        _fail(str(exc))
    try:
        write_site(files, Path(output))
    except OSError as exc:
        _fail(f"cannot write the site to {output}: {exc.strerror}")
    sys.stderr.write(f"{output}: {len(files)} files, {len(proj.agreements)} agreements\n")
    _exit_for_skipped(proj)


def _version(value: bool) -> None:
    if value:
        from .about import version_text

        sys.stdout.write(version_text())
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_version,
            is_eager=True,
            help="Show the version and the data series shipped.",
        ),
    ] = False,
) -> None:
    """Swedish IOP agreements kept as YAML."""


def main() -> None:
    """Console entry point.

    iopctl uses no pydantic plugins, and looking for them costs ~20 ms of
    ``importlib.metadata`` on every run; a user who does want them can still
    set ``PYDANTIC_DISABLE_PLUGINS`` explicitly (typer does the same while it
    builds its own adapters).
    """
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    _app_for(sys.argv[1:])()


def _app_for(args: list[str]) -> typer.Typer:
    """``app``; or, when ``args`` start with a command's name, an app with only that command.

    Before it parses anything, typer builds the click command of every
    registered command (signatures, parameters, help): ~15 ms for all of them,
    on every run, of which the command being run needs ~3.  The lean app holds
    the *same* command definition and root callback, so parsing, help and errors
    are the same; it is used only when the first argument names a command, where
    the other commands cannot show up (root ``--help`` and typos get ``app``).
    """
    from typer.main import get_command_name

    chosen = [
        info
        for info in app.registered_commands
        if args
        and info.callback is not None
        and (info.name or get_command_name(info.callback.__name__)) == args[0]
    ]
    if not chosen:
        return app
    lean = _typer()
    lean.registered_callback = app.registered_callback
    lean.registered_commands = chosen
    return lean
