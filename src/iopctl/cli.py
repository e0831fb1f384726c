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

from .formats import DeadlineFormat, TableFormat

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .document import LoadedAgreement
    from .indices import SeriesStore
    from .project import Project, Stream
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


class DiffFormat(StrEnum):
    text = "text"
    markdown = "markdown"
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
    from .terminal import one_line

    sys.stderr.write(f"iopctl: {one_line(message)}\n")
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


def _write(text: str, output: str | None, *, colour: bool = False) -> None:
    """Write to stdout, control characters neutralised (:mod:`iopctl.terminal`), or to
    ``output`` as :mod:`iopctl.output` describes (atomic; modes, links and devices kept)."""
    if output is None or output == "-":
        from .terminal import for_terminal

        sys.stdout.write(for_terminal(text, colour=colour))
        return
    from .output import OutputError, write_file

    try:
        write_file(output, text)
    except OutputError as exc:
        _fail(str(exc))


def _color(output: str | None) -> bool:
    """Colour only for a person at a terminal: not into a file or a pipe, and never
    when ``NO_COLOR`` is set to anything but the empty string (https://no-color.org)."""
    to_stdout = output is None or output == "-"
    return to_stdout and sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _width() -> int:
    """The terminal's width (``COLUMNS`` first, as everywhere); 160 off a terminal, so a table
    written to a pipe or a file is the same wherever it is made."""
    import shutil

    return shutil.get_terminal_size((160, 24)).columns


def _settings() -> Settings:
    """The repository's ``iopctl.toml`` (defaults without one): the one place every
    command gets its defaults from; a mistake in it stops the command with exit 2."""
    from .problems import render_text
    from .settings import load_settings
    from .words.problems import sayer

    settings, problems = load_settings()
    if problems:  # the settings name the language, so this is said in the default one
        sys.stderr.write(render_text(problems, sayer("sv")))
        _fail("fix iopctl.toml (or remove it) and run again")
    return settings


def _lang(lang: Lang | None) -> str:
    return lang.value if lang is not None else _settings().lang


def _paths(paths: list[str] | None) -> list[str]:
    return paths or list(_settings().paths)


def _print_problems(project: Project | Stream, lang: str, only: str | None = None) -> None:
    """The problems of the files that did not load, on stderr: the output skips them; then
    the warnings every command says (of the file at path ``only``, when given)."""
    from .problems import render_text
    from .words.problems import sayer

    warnings = [p for p in project.warnings if only is None or p.path == only]
    sys.stderr.write(render_text([*project.problems, *warnings], sayer(lang)))


def _exit_for_skipped(project: Project | Stream) -> None:
    """After output built from what could be read: exit 2 if some input could not be
    read at all, 1 if some file did not load, so a script notices what was skipped."""
    if project.unreadable:
        raise typer.Exit(int(Exit.USAGE))
    if project.problems:
        raise typer.Exit(int(Exit.PROBLEMS))


def _one(
    paths: list[str] | None, agreement_id: str, lang: str = "sv", as_of: dt.date | None = None
) -> tuple[LoadedAgreement, SeriesStore]:
    """The agreement with ``agreement_id`` that passes the checks as of ``as_of`` (default
    today), and the series; exit 2 naming the known ids when there is none.

    The files are read one at a time and only the one asked for is kept (issue 12).
    Problems of the files that did not load, and the warnings of this one, go to stderr
    first (in ``lang``).
    """
    from .project import find_checked, open_stream

    stream = open_stream(_paths(paths), checked_on=as_of or dt.date.today())
    loaded, known = find_checked(stream, agreement_id)
    _print_problems(stream, lang, only=loaded.path if loaded else "")
    if loaded is None:
        names = ", ".join(sorted(known)) or "none"
        _fail(f"no valid agreement with id {agreement_id!r} (known: {names})")
    return loaded, stream.series


# --- commands ----------------------------------------------------------------------


@app.command(short_help="Check agreements; print every problem.")
def validate(
    paths: PathsArg = None,
    format: Annotated[
        ProblemFormat, typer.Option("--format", help="Output format.")
    ] = ProblemFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
    as_of: AsOfOpt = None,
    lang: LangOpt = None,
) -> None:
    """Check agreements: schema, dates, sums, org numbers, plausibility.

    Prints every problem of every file as path:line:col: severity code message.
    """
    from . import project as project_mod
    from .problems import render_github, render_json, render_text
    from .words import words
    from .words.problems import sayer, summary

    day = _as_of(as_of)
    result = project_mod.validate_paths(_paths(paths), day)
    problems = result.problems
    say = sayer(_lang(lang))
    if format is ProblemFormat.json:
        sys.stdout.write(render_json(problems, result.files, say))
    elif format is ProblemFormat.github:
        sys.stdout.write(render_github(problems, say))
    else:
        sys.stdout.write(render_text(problems, say))
        errors = sum(p.is_error for p in problems)
        tally = summary(words(_lang(lang)), result.files, errors, len(problems) - errors)
        sys.stderr.write(tally + "\n")
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
def show(
    agreement_id: Annotated[str, typer.Argument(metavar="ID")],
    paths: PathOpt = None,
    lang: LangOpt = None,
) -> None:
    """A readable summary of one agreement."""
    from .summary import render_summary

    loaded, _ = _one(paths, agreement_id)
    _write(render_summary(loaded.agreement, _lang(lang)), None)


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
            help="Only this kind of deadline (repeatable): term_start, term_end, expiry, renewal, "
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
    from .export.common import ExportOptions
    from .export.deadlines import DEADLINE_RENDERERS, kind_code
    from .problems import render_text
    from .project import open_stream, stream_deadlines
    from .rules.deadlines import DeadlineQuery
    from .rules.kinds import KINDS
    from .words.problems import sayer

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
    settings = _settings()
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
        responsible=tuple(responsible or ()),
        due_soon_days=settings.due_soon_days,
        expiry_lead=settings.expiry_lead_months,
    )
    stream = open_stream(_paths(paths), checked_on=day)
    run = stream_deadlines(stream, query)
    sys.stderr.write(render_text([*stream.problems, *stream.warnings], sayer(_lang(lang))))
    for wanted in agreement or ():
        if wanted not in run.statuses:
            known = ", ".join(sorted(run.statuses)) or "none"
            _fail(f"no valid agreement with id {wanted!r} (known: {known})")
        _say_if_filtered(wanted, run.statuses[wanted], day, statuses, status, _lang(lang))
    if not run.rows and not agreement:
        _say_why_none(_paths(paths), stream.files, run.statuses, statuses, status, day, _lang(lang))
    options = ExportOptions(
        as_of=day,
        lang=_lang(lang),
        explain=explain,
        color=_color(output),
        width=_width() if output is None or output == "-" else 160,
        csv_sep=csv_sep or ",",
        csv_bom=csv_bom,
        reminders=settings.reminder_days,
    )
    _write(DEADLINE_RENDERERS[format](run.rows, options), output, colour=options.color)
    _exit_for_skipped(stream)


def _say_if_filtered(
    agreement_id: str,
    actual: str,
    day: dt.date,
    statuses: frozenset[str] | None,
    status: StatusFilter,
    lang: str,
) -> None:
    """On stderr: an agreement named with ``--agreement`` that ``--status`` leaves out,
    so an empty table is not taken to mean that it has no deadlines."""
    from .words import words

    if statuses is not None and actual not in statuses:
        note = words(lang).text(
            "note.status_filtered",
            id=agreement_id,
            status=actual,
            as_of=day,
            filter=status.value,
        )
        sys.stderr.write(f"iopctl: {note}\n")


def _say_why_none(
    looked: list[str],
    files: list[str],
    found: Mapping[str, str],
    statuses: frozenset[str] | None,
    status: StatusFilter,
    day: dt.date,
    lang: str,
) -> None:
    """On stderr, beside an empty list: that no agreement was read at all (with where iopctl
    looked and how to point it elsewhere), or how many ``--status`` left out."""
    from .problems import shorten
    from .terminal import one_line
    from .words import words

    w = words(lang)
    if not files:
        where = shorten(", ".join(looked), 100)
        note = w.text("note.nothing_read", paths=where, cwd=shorten(str(Path.cwd()), 100))
    else:
        left_out = sum(1 for s in found.values() if statuses is not None and s not in statuses)
        if not left_out:
            return
        note = w.text(
            "note.status_left_out", n=left_out, total=len(found), filter=status.value, as_of=day
        )
    sys.stderr.write(f"iopctl: {one_line(note)}\n")


@app.command(short_help="When does it end if notice is given on DATE?")
def notice(
    agreement_id: Annotated[str, typer.Argument(metavar="ID")],
    given: Annotated[
        str | None,
        typer.Option("--given", metavar="DATE", help="The day notice is given [default: today]."),
    ] = None,
    by: Annotated[Giver | None, typer.Option("--by", help="Who gives notice.")] = None,
    paths: PathOpt = None,
    format: Annotated[
        TableFormat, typer.Option("--format", help="Output format.")
    ] = TableFormat.table,
    lang: LangOpt = None,
) -> None:
    """If notice is given on DATE, when does the agreement end?"""
    from .export.notice import NOTICE_RENDERERS
    from .rules.notice import answer_notice

    day = _parse_date(given, "--given") if given is not None else dt.date.today()
    loaded, _ = _one(paths, agreement_id, _lang(lang))
    answer = answer_notice(loaded, day, by.value if by else None)
    _write(NOTICE_RENDERERS[format](answer, _lang(lang)), None)
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

    from .export.common import ExportOptions
    from .export.payments import PAYMENT_RENDERERS
    from .rules.evaluate import evaluate

    day = _as_of(as_of)
    loaded, series = _one(paths, agreement_id, _lang(lang), day)
    until = day + relativedelta(years=5)
    schedule = evaluate(loaded, series, day, until=until).payments
    options = ExportOptions(as_of=day, lang=_lang(lang), color=_color(None), width=_width())
    _write(PAYMENT_RENDERERS[format](agreement_id, schedule, options), None, colour=options.color)


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
    from .project import each_checked, open_stream, template_dirs_for
    from .report import (
        Renderer,
        ReportError,
        ReportOptions,
        portfolio_entry,
        render_agreement_report,
        render_portfolio_entries,
    )

    if all_ == (agreement_id is not None):
        _fail("report wants either an agreement ID or --all")
    options = ReportOptions(
        as_of=_as_of(as_of),
        lang=_lang(lang),
        meeting=meeting,
        expiry_lead=_settings().expiry_lead_months,
    )
    folders = _paths(paths)
    renderer = Renderer(template=template, template_dirs=template_dirs_for(folders))
    try:
        if agreement_id is None:
            # one agreement at a time: only its portfolio row is kept (issue 12)
            stream = open_stream(folders, checked_on=options.as_of)
            entries = each_checked(
                stream, lambda one, series: portfolio_entry(one, series, options)
            )
            _print_problems(stream, options.lang)
            text = render_portfolio_entries(entries, options, renderer)
        else:
            loaded, series = _one(paths, agreement_id, options.lang, options.as_of)
            text = render_agreement_report(loaded, series, options, renderer)
    except ReportError as exc:
        _fail(str(exc))
    _write(text, output)
    if agreement_id is None:
        _exit_for_skipped(stream)


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
    from .project import open_stream
    from .report import ReportError
    from .site.build import SiteOptions, agreement_pages, iter_site, write_site

    day = _as_of(as_of)
    # one agreement at a time: only what the portfolio-wide files need is kept
    stream = open_stream(_paths(paths), checked_on=day)
    options = SiteOptions(as_of=day, lang=_lang(lang), settings=_settings())
    try:
        files = iter_site(stream, stream.series, options, stream.failed_across)
        written = write_site(files, Path(output))
    except ReportError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"cannot write the site to {output}: {exc.strerror}")
    _print_problems(stream, _lang(lang))
    agreements = agreement_pages(written)
    sys.stderr.write(f"{output}: {len(written)} files, {agreements} agreements\n")
    _exit_for_skipped(stream)


@app.command(name="diff", short_help="What a change means: deadlines moved, amounts changed.")
def diff_(
    args: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="REV|PATH",
            help="Git revisions, then agreement files or folders [default: HEAD against the "
            "working tree; ./agreements]. Leading arguments git knows as revisions are "
            "revisions, the rest paths; write ./NAME for a path that is also a branch name.",
            show_default=False,
        ),
    ] = None,
    format: Annotated[DiffFormat, typer.Option("--format", help="Output format.")] = (
        DiffFormat.text
    ),
    exit_code: Annotated[
        bool, typer.Option("--exit-code", help="Exit 1 when something changed (as git diff).")
    ] = False,
    agreement: Annotated[
        list[str] | None,
        typer.Option("--agreement", metavar="ID", help="Only this agreement (repeatable)."),
    ] = None,
    as_of: AsOfOpt = None,
    lang: LangOpt = None,
    output: OutputOpt = None,
) -> None:
    """What a change to the agreements means, over each agreement's whole life.

    iopctl diff [REV [REV]] [PATHS...], like git diff: no revision compares HEAD with
    the working tree, one compares that revision with the working tree, two compare the
    first with the second. Both sides are read through git (nothing is checked out) and
    evaluated with the same rules: deadlines added, removed or moved (matched on their
    stable ids), payment amounts changed and why, term and notice clauses changed,
    problems new or resolved. Renewals without a last end are compared five years
    ahead of --as-of.
    """
    from dataclasses import replace
    from pathlib import PurePosixPath

    from .changes import compare
    from .diffformat import DIFF_RENDERERS
    from .gitread import GitError, Repo
    from .revisions import read_revision, read_working_tree, series_folders

    day = _as_of(as_of)
    language = _lang(lang)
    cwd = Path.cwd()
    try:
        repo = Repo.containing(cwd)
        revisions, given = repo.split(args or [])
        paths = _paths(given)
        specs = [repo.relative(path, cwd) for path in paths]
        data = series_folders(repo, specs, cwd)
        with repo.reader() as read:
            old = read_revision(repo, read, revisions[0] if revisions else "HEAD", specs, data, day)
            if len(revisions) == 2:
                new = read_revision(repo, read, revisions[1], specs, data, day)
            else:
                new = read_working_tree(repo, specs, data, day)
            for path, spec in zip(paths, specs, strict=True):
                if spec in old.absent and spec in new.absent:
                    places = [f"at {r}" for r in revisions or ["HEAD"]]
                    places[:0] = ["in the working tree"] if len(revisions) < 2 else []
                    where = " or ".join(places)
                    _fail(f"{path}: not a revision, and no such file or folder {where}")
            result = compare(old, new, day)
    except GitError as exc:
        _fail(str(exc))
    if agreement:
        ids = {PurePosixPath(path).stem for side in (old, new) for path in side.files}
        for wanted in agreement:
            if wanted not in ids:
                _fail(f"no agreement with id {wanted!r} on either side")
        kept = tuple(c for c in result.agreements if c.id in agreement)
        result = replace(result, agreements=kept)
    _write(DIFF_RENDERERS[format.value](result, language), output)
    raise typer.Exit(int(Exit.PROBLEMS if exit_code and result.changed else Exit.OK))


@app.command(short_help="An agreement's deadlines as plain text, for git diff.")
def textconv(
    file: Annotated[str, typer.Argument(metavar="FILE", help="The agreement file.")],
    as_of: AsOfOpt = None,
    lang: LangOpt = None,
) -> None:
    """An agreement's deadlines over its whole life as plain text, for git's textconv.

    With `agreements/*.yaml diff=iopctl` in .gitattributes and
    `git config diff.iopctl.textconv "iopctl textconv"`, git diff and git log -p show
    what a change does to the deadlines instead of the raw YAML. An invalid file
    prints its problems and exits 0, so git never stops.
    """
    from .loader import load_series
    from .project import data_dirs_for
    from .textconv import render_textconv

    day = _as_of(as_of)
    language = _lang(lang)
    series, _ = load_series(data_dirs_for([]))
    _write(render_textconv(file, series, day, language), None)


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
