"""Build the static site: every page, feed and download as ``{relative path: bytes}``.

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
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta

from ..document import LoadedAgreement
from ..export.common import ExportOptions
from ..export.deadlines import render_csv, render_json
from ..feeds import FeedOptions, render_feeds
from ..indices import SeriesStore
from ..report import (
    LOOKAHEAD,
    PORTFOLIO_STATUSES,
    Computed,
    Renderer,
    ReportOptions,
    agreement_view,
    compute,
    deadline_view,
    portfolio_entries,
    portfolio_view,
)
from ..rules.deadlines import Deadline, sort_key
from ..rules.responsible import agreement_names, fold, own_names, row_names
from ..rules.soon import with_due_soon
from ..rules.terms import status_on
from ..settings import Settings
from ..templating import Limits, render, sandboxed, template_loader
from ..words import words
from .said import row_text
from .timeline import timeline_svg

LOOKBACK = relativedelta(months=12)
"""The deadlines page and the feeds keep the past year: a subscribed event must not vanish
the day after it passed, and the weekly reader sees what was done."""
URGENT = frozenset({"overdue", "due_soon"})
STATIC = ("style.css", "filter.js")


@dataclass(frozen=True, slots=True, kw_only=True)
class SiteOptions:
    as_of: dt.date
    lang: str = "sv"
    settings: Settings = field(default_factory=Settings)
    override_dir: str | None = "templates"
    """A repository's own templates folder; its ``site/`` pages win over the bundled ones."""
    limits: Limits = field(default_factory=Limits)
    """What rendering one page may cost: the pages are templates a pull request may change."""


def slug(name: str) -> str:
    """A file name for a person or unit: folded, ASCII letters and digits joined by dashes."""
    kept = "".join(ch if ch.isascii() and ch.isalnum() else " " for ch in fold(name))
    return "-".join(kept.split()) or "namn"


def build_site(
    agreements: Sequence[LoadedAgreement], series: SeriesStore, options: SiteOptions
) -> dict[str, bytes]:
    """Every file of the site for ``agreements`` on ``options.as_of``.

    The rules run once per agreement (:func:`~iopctl.report.compute`): the pages,
    the markdown report, the deadline rows and the feeds all take their facts from it.
    """
    as_of, lang = options.as_of, options.lang
    agreements = sorted(agreements, key=lambda la: la.agreement.id)
    report_options = ReportOptions(
        as_of=as_of, lang=lang, expiry_lead=options.settings.expiry_lead_months
    )
    lead = options.settings.expiry_lead_months
    computed = [compute(la, series, as_of, lead) for la in agreements]
    rows = _site_rows(agreements, computed, options)
    people = _people(agreements, rows)
    pages = _Pages(options, agreements, rows, people, series)
    dirs = [options.override_dir] if options.override_dir else []
    renderer = Renderer(template_dirs=dirs, limits=options.limits)
    files: dict[str, bytes] = {name: _static(name) for name in STATIC}
    files["index.html"] = pages.index(
        portfolio_view(
            portfolio_entries(agreements, computed, rows, report_options), report_options
        )
    )
    files["deadlines.html"] = pages.deadlines()
    for loaded, c in zip(agreements, computed, strict=True):
        aid = loaded.agreement.id
        files[f"agreements/{aid}.html"] = pages.agreement(loaded, c, report_options)
        report = renderer.render(
            "agreement", lang, agreement_view(loaded, c, report_options, series)
        )
        files[f"downloads/{aid}.{lang}.md"] = report.encode("utf-8")
    sep = ";" if lang == "sv" else ","
    excel = ExportOptions(as_of=as_of, lang=lang, csv_sep=sep, csv_bom=lang == "sv")
    files["downloads/deadlines.csv"] = render_csv(rows, excel).encode("utf-8")
    files["downloads/deadlines.json"] = render_json(rows, excel).encode("utf-8")
    feed = FeedOptions(as_of=as_of, lang=lang, reminders=options.settings.reminder_days)
    feeds = pages.feeds()
    texts = render_feeds([(name, feed_rows) for _, name, feed_rows in feeds], feed)
    for (path, _, _), text in zip(feeds, texts, strict=True):
        files[path] = text.encode("utf-8")
    return files


def write_site(files: Mapping[str, bytes], out: Path) -> None:
    """Write ``files`` under ``out``, each through a temporary file and one rename, so a
    reader of a shared folder never opens half a page."""
    for relative, data in files.items():
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_bytes(data)
        tmp.replace(target)


def _site_rows(
    agreements: Sequence[LoadedAgreement], computed: Sequence[Computed], options: SiteOptions
) -> list[Deadline]:
    """The rows of the deadlines page and the feeds: the past year and the coming one,
    and every overdue row, of every agreement in force, proposed or ended (statuses
    decided on the day of the site).  ``computed`` reaches :data:`LOOKAHEAD` ahead."""
    as_of = options.as_of
    first, last = as_of - LOOKBACK, as_of + LOOKAHEAD
    rows = [
        row
        for loaded, c in zip(agreements, computed, strict=True)
        if status_on(loaded.agreement, as_of) in PORTFOLIO_STATUSES
        for row in c.deadlines
        if first <= row.date <= last or row.status == "overdue"
    ]
    rows.sort(key=sort_key)
    return with_due_soon(rows, as_of, options.settings.due_soon_days)


def _people(
    agreements: Sequence[LoadedAgreement], rows: Sequence[Deadline]
) -> dict[str, tuple[str, list[Deadline]]]:
    """Each responsible person or unit (by slug): their name as written, and their rows."""
    by_id = {la.agreement.id: la.agreement for la in agreements}
    people: dict[str, tuple[str, list[Deadline]]] = {}
    for loaded in agreements:
        for name in agreement_names(loaded.agreement):
            people.setdefault(slug(name), (name, []))
    for row in rows:
        for name in row_names(by_id[row.agreement], row):
            people.setdefault(slug(name), (name, []))[1].append(row)
    return dict(sorted(people.items()))


class _Pages:
    """The Jinja environment and what every page shares (site title, language, navigation)."""

    def __init__(
        self,
        options: SiteOptions,
        agreements: Sequence[LoadedAgreement],
        rows: Sequence[Deadline],
        people: Mapping[str, tuple[str, list[Deadline]]],
        series: SeriesStore,
    ) -> None:
        self.options = options
        self.series = series
        self.agreements = agreements
        self.rows = rows
        self.people = people
        self.by_id = {la.agreement.id: la.agreement for la in agreements}
        self.words = words(options.lang)
        self.limits = options.limits
        dirs = [options.override_dir] if options.override_dir else []
        self.env = sandboxed(template_loader(dirs), self.limits, autoescape=True)

    def _render(self, name: str, depth: int, **view: Any) -> bytes:
        w = self.words
        common = {
            "lang": self.options.lang,
            "as_of": self.options.as_of.isoformat(),
            "site_title": self.options.settings.site_title or w.text("site.title"),
            "root": "../" * depth,
            "t": w.text,
            "label": w.label,
        }
        html = render(self.env, [f"site/{name}"], {**common, **view}, self.limits)
        return html.encode("utf-8")

    def index(self, portfolio: dict[str, Any]) -> bytes:
        parties = {
            la.agreement.id: [p.name for p in la.agreement.parties] for la in self.agreements
        }
        on_day = {
            la.agreement.id: status_on(la.agreement, self.options.as_of) for la in self.agreements
        }
        urgent = [self._row(r) for r in self.rows if r.status in URGENT]
        return self._render(
            "index.html.j2", 0, p=portfolio, parties=parties, on_day=on_day, urgent=urgent
        )

    def deadlines(self) -> bytes:
        return self._render(
            "deadlines.html.j2",
            0,
            rows=[self._row(r) for r in self.rows],
            agreements=[la.agreement.id for la in self.agreements],
            kinds=sorted({r.kind for r in self.rows}),
            statuses=[s for s in _STATUS_ORDER if any(r.status == s for r in self.rows)],
            people=[(key, name) for key, (name, _) in self.people.items()],
        )

    def agreement(self, loaded: LoadedAgreement, c: Computed, options: ReportOptions) -> bytes:
        a = loaded.agreement
        view = agreement_view(loaded, c, options, self.series)
        # The agreement's own page shows its whole life up to the horizon, not only the
        # year either side of the day: the cut-off that renewed it is part of its story.
        days = self.options.settings.due_soon_days
        mine = [self._row(r) for r in with_due_soon(c.deadlines, options.as_of, days)]
        log = [
            {"date": e.date.isoformat(), "kind": e.kind, "name": e.name, "note": e.note}
            for e in a.log
            if e.date <= options.as_of
        ]
        svg = timeline_svg(a, c, options.as_of, self.words)
        return self._render(
            "agreement.html.j2",
            1,
            v=view,
            rows=mine,
            log=log,
            timeline=svg,
            on_day=status_on(a, options.as_of),
            people=[(slug(n), n) for n in agreement_names(a)],
        )

    def feeds(self) -> list[tuple[str, str, list[Deadline]]]:
        """``(path, calendar name, rows)`` of every feed: all, each agreement, each person."""
        w, title = self.words, self.options.settings.site_title or self.words.text("site.title")
        feeds = [("feeds/all.ics", w.text("feed.name_all_of", site=title), list(self.rows))]
        for la in self.agreements:
            aid = la.agreement.id
            mine = [r for r in self.rows if r.agreement == aid]
            feeds.append((f"feeds/agreement-{aid}.ics", w.text("feed.name_of", name=aid), mine))
        for key, (name, mine) in self.people.items():
            feeds.append((f"feeds/who-{key}.ics", w.text("feed.name_of", name=name), mine))
        return feeds

    def _row(self, row: Deadline) -> dict[str, Any]:
        view = deadline_view(row, self.options.as_of, self.options.lang)
        text = row_text(row, self.options.lang)
        agreement = self.by_id[row.agreement]
        # The filter knows everyone who answers for the row; the cell names the duty's own
        # people, else the agreement's, so it does not repeat the case officer on every line.
        view.update(
            title=text.title,
            explanation=text.explanation,
            people=" ".join(f"|{slug(n)}|" for n in row_names(agreement, row)),
            names=list(own_names(agreement, row) or agreement_names(agreement)),
        )
        return view


_STATUS_ORDER = ("overdue", "due_soon", "upcoming", "done", "missed", "info")


def _static(name: str) -> bytes:
    from importlib.resources import files

    return (files("iopctl") / "templates" / "site" / name).read_bytes()
