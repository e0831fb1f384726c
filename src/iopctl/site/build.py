"""Build the static site: every page, feed and download, one file at a time.

The site is for a handläggare who opens it once a week and a coordinator
who only subscribes to a feed, so it must work wherever a folder can be put
(``file://``, a Windows share, GitHub Pages): relative links only, no
script needed to read anything, no request that leaves the folder.  Pages
are Jinja templates (``templates/site/*.html.j2``, overridable by a
repository's own ``templates/site/``) rendered with autoescape on; the only
markup not escaped by Jinja is the timeline, which :mod:`.timeline` builds
from escaped parts.

The numbers come from the report's view model (:func:`iopctl.report.compute`
and its views), so the site and ``iopctl report`` cannot disagree, and the
rows from the deadline rules, as in every other format.

A site of 10,000 agreements is built like ``deadlines`` streams
(:class:`~iopctl.project.Stream`): each agreement is loaded, computed, its own
files made (its page, its markdown download, its feed), then let go.  Only
what the portfolio-wide files need is kept (:class:`_Kept`: the deadline rows
of the year either side of the day with their people and calendar event, the
overview row, party names, status); those files are made at the end, and every
file is handed on in pieces as it is made (:func:`iter_site`), so neither the
documents nor the pages of tens of megabytes are ever held together.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, overload

from dateutil.relativedelta import relativedelta

from ..document import LoadedAgreement
from ..export.common import ExportOptions
from ..export.deadlines import csv_pieces, json_pieces
from ..feeds import FeedOptions, feed_event, feed_lines
from ..indices import SeriesStore
from ..models import Agreement, Status
from ..report import (
    LOOKAHEAD,
    PORTFOLIO_STATUSES,
    Computed,
    Renderer,
    ReportOptions,
    agreement_view,
    compute,
    deadline_view,
    portfolio_deadline,
    portfolio_row,
    portfolio_view,
)
from ..report.view import PortfolioEntry, View
from ..rules.deadlines import Deadline, sort_key
from ..rules.responsible import agreement_names, fold, own_names, row_names
from ..rules.soon import with_due_soon
from ..rules.terms import status_on
from ..settings import Settings
from ..templating import Limits, render_pieces, sandboxed, template_loader
from ..words import words
from .said import row_text
from .timeline import timeline_svg

LOOKBACK = relativedelta(months=12)
"""The deadlines page and the feeds keep the past year: a subscribed event must not vanish
the day after it passed, and the weekly reader sees what was done."""
URGENT = frozenset({"overdue", "due_soon"})
STATIC = ("style.css", "filter.js")
AGREEMENTS = "agreements/"
"""The folder of the agreements' pages, one per agreement."""

SiteFile = tuple[str, Iterable[bytes]]
"""A file of the site: its path under the site's folder, and its bytes in pieces, to be
read once, before the next file is asked for."""


@dataclass(frozen=True, slots=True, kw_only=True)
class SiteOptions:
    as_of: dt.date
    lang: str = "sv"
    settings: Settings = field(default_factory=Settings)
    override_dir: str | None = "templates"
    """A repository's own templates folder; its ``site/`` pages win over the bundled ones."""
    limits: Limits = field(default_factory=Limits)
    """What rendering one page may cost: the pages are templates a pull request may change.
    A portfolio-wide page gets them :meth:`~iopctl.templating.Limits.scaled` by the rows
    and agreements it shows."""


def slug(name: str) -> str:
    """A file name for a person or unit: folded, ASCII letters and digits joined by dashes."""
    kept = "".join(ch if ch.isascii() and ch.isalnum() else " " for ch in fold(name))
    return "-".join(kept.split()) or "namn"


def iter_site(
    agreements: Iterable[LoadedAgreement],
    series: SeriesStore,
    options: SiteOptions,
    failed_across: Callable[[], Collection[str]] = frozenset,
) -> Iterator[SiteFile]:
    """Every file of the site for ``agreements`` on ``options.as_of``.

    ``agreements`` may be a :class:`~iopctl.project.Stream`, and ``failed_across``
    its :meth:`~iopctl.project.Stream.failed_across`: the paths the checks across
    files fail once every file is read, whose share of the portfolio-wide files is
    left out.  The rules run once per agreement (:func:`~iopctl.report.compute`):
    its page, its markdown report, its feed and its share of the portfolio-wide
    files all take their facts from it, and it is let go before the next is read.
    """
    site = _Site(options, series)
    for name in STATIC:
        yield name, (_static(name),)
    kept: list[_Kept] = []
    for loaded in agreements:
        files, entry = site.agreement(loaded)
        del loaded  # before the stream reads the next file
        kept.append(entry)
        yield from files
    failed = failed_across()
    kept = sorted((k for k in kept if k.path not in failed), key=lambda k: k.id)
    yield from site.portfolio_files(kept)


def build_site(
    agreements: Sequence[LoadedAgreement], series: SeriesStore, options: SiteOptions
) -> dict[str, bytes]:
    """The whole site of agreements already loaded, as ``{relative path: bytes}``: for
    tests and scripts; the CLI writes :func:`iter_site` of a stream, one file at a time."""
    return {path: b"".join(pieces) for path, pieces in iter_site(agreements, series, options)}


def write_site(files: Iterable[SiteFile], out: Path) -> list[str]:
    """Write ``files`` under ``out``; the paths written.

    Each file is written, as it comes, into a folder beside ``out``, and only when
    every file is made are they moved into ``out``, one rename each: a template
    that fails halfway writes nothing, and a reader of a shared folder never
    opens half a page.
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        written = []
        for relative, pieces in files:
            made = staging / relative
            made.parent.mkdir(parents=True, exist_ok=True)
            with made.open("wb") as file:
                for piece in pieces:
                    file.write(piece)
            written.append(relative)
        for relative in written:
            target = out / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            (staging / relative).replace(target)
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def agreement_pages(paths: Iterable[str]) -> int:
    """How many of the site's ``paths`` are an agreement's page: the agreements it shows."""
    return sum(path.startswith(AGREEMENTS) for path in paths)


@dataclass(frozen=True, slots=True)
class _SiteRow:
    """A deadline row with what the pages show of its agreement: who answers for it."""

    deadline: Deadline
    people: tuple[str, ...]
    """Everyone who answers for the row (the filter, the person's feed)."""
    names: tuple[str, ...]
    """Who the table's cell names: the duty's own people, else the agreement's."""

    @classmethod
    def of(cls, agreement: Agreement, deadline: Deadline) -> _SiteRow:
        names = own_names(agreement, deadline) or agreement_names(agreement)
        return cls(deadline, row_names(agreement, deadline), names)


@dataclass(frozen=True, slots=True)
class _Kept:
    """What the portfolio-wide files need of one agreement, once the document is let go."""

    id: str
    path: str
    row: View
    """Its row of the overview (:func:`~iopctl.report.portfolio_row`)."""
    parties: list[str]
    on_day: Status
    names: tuple[str, ...]
    """The people and units the agreement names (:func:`agreement_names`)."""
    rows: list[_SiteRow]
    """Its rows of the deadlines page and the feeds (:meth:`_Site._window`)."""


class _Site:
    """What every file shares (options, series, the Jinja environments, the words), and
    the calendar events made so far: each row's event is made once, for its agreement's
    feed, and reused by the feed of everything and each person's."""

    def __init__(self, options: SiteOptions, series: SeriesStore) -> None:
        self.options = options
        self.series = series
        self.words = words(options.lang)
        self.report_options = ReportOptions(
            as_of=options.as_of, lang=options.lang, expiry_lead=options.settings.expiry_lead_months
        )
        self.feed = FeedOptions(
            as_of=options.as_of, lang=options.lang, reminders=options.settings.reminder_days
        )
        dirs = [options.override_dir] if options.override_dir else []
        self.env = sandboxed(template_loader(dirs), options.limits, autoescape=True)
        self.renderer = Renderer(template_dirs=dirs, limits=options.limits)
        self.title = options.settings.site_title or self.words.text("site.title")
        self.events: dict[str, bytes] = {}

    # --- one agreement, while it is loaded ---------------------------------------------

    def agreement(self, loaded: LoadedAgreement) -> tuple[list[SiteFile], _Kept]:
        """The agreement's own files (its page, its markdown report, its feed), and what
        the portfolio-wide files need of it."""
        a, lang, options = loaded.agreement, self.options.lang, self.report_options
        c = compute(loaded, self.series, options.as_of, options.expiry_lead)
        view = agreement_view(loaded, c, options, self.series)
        report = self.renderer.render("agreement", lang, view)
        on_day, names = status_on(a, options.as_of), agreement_names(a)
        rows = self._window(a, c) if on_day in PORTFOLIO_STATUSES else []
        files = [
            (f"{AGREEMENTS}{a.id}.html", self._agreement_page(a, c, view, on_day, names)),
            (f"downloads/{a.id}.{lang}.md", (report.encode("utf-8"),)),
            (
                f"feeds/agreement-{a.id}.ics",
                self._feed(self.words.text("feed.name_of", name=a.id), rows),
            ),
        ]
        kept = _Kept(
            id=a.id,
            path=loaded.path,
            row=portfolio_row(loaded, c, options),
            parties=[p.name for p in a.parties],
            on_day=on_day,
            names=names,
            rows=rows,
        )
        return files, kept

    def _window(self, a: Agreement, c: Computed) -> list[_SiteRow]:
        """The rows of the deadlines page and the feeds: the past year and the coming one,
        and every overdue row (of an agreement in force, proposed or ended on the day of
        the site: the caller asks only for those).  ``c`` reaches :data:`LOOKAHEAD` ahead."""
        as_of = self.options.as_of
        first, last = as_of - LOOKBACK, as_of + LOOKAHEAD
        rows = sorted(
            (row for row in c.deadlines if first <= row.date <= last or row.status == "overdue"),
            key=sort_key,
        )
        days = self.options.settings.due_soon_days
        return [_SiteRow.of(a, row) for row in with_due_soon(rows, as_of, days)]

    def _agreement_page(
        self, a: Agreement, c: Computed, view: View, on_day: Status, names: Sequence[str]
    ) -> tuple[bytes]:
        as_of = self.options.as_of
        # The agreement's own page shows its whole life up to the horizon, not only the
        # year either side of the day: the cut-off that renewed it is part of its story.
        days = self.options.settings.due_soon_days
        mine = [_SiteRow.of(a, r) for r in with_due_soon(c.deadlines, as_of, days)]
        log = [
            {"date": e.date.isoformat(), "kind": e.kind, "name": e.name, "note": e.note}
            for e in a.log
            if e.date <= as_of
        ]
        page = self._render(
            "agreement.html.j2",
            1,
            self.options.limits,
            v=view,
            rows=[self._row(r) for r in mine],
            log=log,
            timeline=timeline_svg(a, c, as_of, self.words),
            on_day=on_day,
            people=[(slug(n), n) for n in names],
        )
        return (b"".join(page),)

    # --- the portfolio, from what was kept ---------------------------------------------

    def portfolio_files(self, kept: Sequence[_Kept]) -> Iterator[SiteFile]:
        """The index, the deadlines page, the downloads of every row, the feed of everything
        and each person's feed; ``kept`` in id order."""
        rows = sorted((r for k in kept for r in k.rows), key=lambda r: sort_key(r.deadline))
        people = _people(kept, rows)
        yield "index.html", self._index(kept, rows)
        yield "deadlines.html", self._deadlines(kept, rows, people)
        deadlines = [r.deadline for r in rows]
        sep = ";" if self.options.lang == "sv" else ","
        excel = ExportOptions(
            as_of=self.options.as_of, lang=self.options.lang, csv_sep=sep, csv_bom=sep == ";"
        )
        yield "downloads/deadlines.csv", _encoded(csv_pieces(deadlines, excel))
        yield "downloads/deadlines.json", _encoded(json_pieces(deadlines, excel))
        w = self.words
        yield "feeds/all.ics", self._feed(w.text("feed.name_all_of", site=self.title), rows)
        for key, (name, mine) in people.items():
            yield f"feeds/who-{key}.ics", self._feed(w.text("feed.name_of", name=name), mine)

    def _index(self, kept: Sequence[_Kept], rows: Sequence[_SiteRow]) -> Iterator[bytes]:
        options = self.report_options
        title = {k.id: k.row["title"] for k in kept}
        # The overview of `report --all`, its deadlines (the site's rows) made as read.
        p = portfolio_view((PortfolioEntry(row=k.row, deadlines=[]) for k in kept), options)
        p["deadlines"] = _Views(
            rows, lambda r: portfolio_deadline(r.deadline, title[r.deadline.agreement], options)
        )
        urgent = [r for r in rows if r.deadline.status in URGENT]
        yield from self._render(
            "index.html.j2",
            0,
            self.options.limits.scaled(len(kept) + len(rows)),
            p=p,
            parties={k.id: k.parties for k in kept},
            on_day={k.id: k.on_day for k in kept},
            urgent=_Views(urgent, self._row),
        )

    def _deadlines(
        self, kept: Sequence[_Kept], rows: Sequence[_SiteRow], people: _People
    ) -> Iterator[bytes]:
        statuses = {r.deadline.status for r in rows}
        yield from self._render(
            "deadlines.html.j2",
            0,
            self.options.limits.scaled(len(kept) + len(rows)),
            rows=_Views(rows, self._row),
            agreements=[k.id for k in kept],
            kinds=sorted({r.deadline.kind for r in rows}),
            statuses=[s for s in _STATUS_ORDER if s in statuses],
            people=[(key, name) for key, (name, _) in people.items()],
        )

    # --- what every file shares ----------------------------------------------------------

    def _feed(self, name: str, rows: Iterable[_SiteRow]) -> Iterator[bytes]:
        return feed_lines(name, (self._event(r.deadline) for r in rows))

    def _event(self, row: Deadline) -> bytes:
        """A row's calendar event, made the first time a feed asks for it."""
        event = self.events.get(row.uid)
        if event is None:
            event = self.events[row.uid] = feed_event(row, self.feed)
        return event

    def _render(self, name: str, depth: int, limits: Limits, **view: Any) -> Iterator[bytes]:
        w = self.words
        common = {
            "lang": self.options.lang,
            "as_of": self.options.as_of.isoformat(),
            "site_title": self.title,
            "root": "../" * depth,
            "t": w.text,
            "label": w.label,
        }
        return _encoded(render_pieces(self.env, [f"site/{name}"], {**common, **view}, limits))

    def _row(self, row: _SiteRow) -> View:
        d = row.deadline
        view = deadline_view(d, self.options.as_of, self.options.lang)
        text = row_text(d, self.options.lang)
        # The filter knows everyone who answers for the row; the cell names the duty's own
        # people, else the agreement's, so it does not repeat the case officer on every line.
        view.update(
            title=text.title,
            explanation=text.explanation,
            people=" ".join(f"|{slug(n)}|" for n in row.people),
            names=list(row.names),
        )
        return view


class _Views(Sequence[View]):
    """Rows as the views a template reads, each made when it is read: the 30,000 row
    views of a 10,000-agreement site are never held together."""

    def __init__(self, rows: Sequence[_SiteRow], view: Callable[[_SiteRow], View]) -> None:
        self._rows = rows
        self._view = view

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> View: ...
    @overload
    def __getitem__(self, index: slice) -> list[View]: ...
    def __getitem__(self, index: int | slice) -> View | list[View]:
        if isinstance(index, slice):
            return [self._view(row) for row in self._rows[index]]
        return self._view(self._rows[index])

    def __iter__(self) -> Iterator[View]:
        return map(self._view, self._rows)


_People = dict[str, tuple[str, list[_SiteRow]]]


def _people(kept: Sequence[_Kept], rows: Sequence[_SiteRow]) -> _People:
    """Each responsible person or unit (by slug): their name as first written (the
    agreements' own names first, in id order, then the rows'), and their rows, grouped
    in one pass."""
    people: _People = {}
    for k in kept:
        for name in k.names:
            people.setdefault(slug(name), (name, []))
    for row in rows:
        for name in row.people:
            people.setdefault(slug(name), (name, []))[1].append(row)
    return dict(sorted(people.items()))


def _encoded(pieces: Iterable[str]) -> Iterator[bytes]:
    return (piece.encode("utf-8") for piece in pieces)


_STATUS_ORDER = ("overdue", "due_soon", "upcoming", "done", "missed", "info")


def _static(name: str) -> bytes:
    from importlib.resources import files

    return (files("iopctl") / "templates" / "site" / name).read_bytes()
