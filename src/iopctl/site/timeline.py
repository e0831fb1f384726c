"""An agreement's life drawn as inline SVG: no script, prints, works offline.

Three lanes on one time axis: the term (the initial period and each
renewal, the current one darker), the days that end or stop it (notice,
renewal cut-off and option days), and the reports due; a red line marks the
day of the site.  Every text is escaped here (the result goes into the page
as markup), and the picture has a title and a description for screen
readers; the same facts stand as text and tables beside it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from markupsafe import Markup, escape

from ..models import Agreement
from ..report import Computed
from ..rules.deadlines import Deadline
from ..words import Words
from .said import row_text

WIDTH = 960
LEFT = 150
RIGHT = 20
LANE = 44
TOP = 34
STOP_KINDS = frozenset({"notice_deadline", "option_deadline"})
REPORT_KINDS = frozenset({"report_due", "evaluation"})


def timeline_svg(a: Agreement, c: Computed, as_of: dt.date, w: Words) -> Markup:
    """The timeline of ``a`` as computed in ``c``, with the day ``as_of`` marked."""
    first = min([p.start for p in c.periods] + [as_of])
    last = max([p.end for p in c.periods] + [as_of, *(d.date for d in c.deadlines)])
    first, last = dt.date(first.year, 1, 1), dt.date(last.year, 12, 31)
    span = (last - first).days or 1

    def x(day: dt.date) -> float:
        return round(LEFT + (WIDTH - LEFT - RIGHT) * (day - first).days / span, 1)

    lanes = (w.text("timeline.term"), w.text("timeline.stops"), w.text("timeline.reports"))
    height = TOP + LANE * len(lanes) + 30
    parts: list[str] = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'role="img" aria-labelledby="tl-title tl-desc" class="timeline">',
        f'<title id="tl-title">{escape(w.text("timeline.title", title=a.title))}</title>',
        f'<desc id="tl-desc">{escape(_description(c, as_of, w))}</desc>',
    ]
    for year in range(first.year, last.year + 2):
        tick = x(min(dt.date(year, 1, 1), last))
        parts.append(
            f'<line x1="{tick}" y1="{TOP - 8}" x2="{tick}" y2="{height - 24}" class="grid"/>'
        )
        if year <= last.year:
            parts.append(f'<text x="{tick + 3}" y="{height - 8}" class="axis">{year}</text>')
    for lane, name in enumerate(lanes):
        y = TOP + LANE * lane + LANE / 2
        parts.append(f'<text x="8" y="{y + 4}" class="lane">{escape(name)}</text>')
    term_y = TOP + 8
    current = c.current.number if c.current else None
    for p in c.periods:
        cls = "period current" if p.number == current else f"period {p.kind}"
        label = w.text("timeline.period", start=p.start, end=p.end)
        parts.append(
            f'<rect x="{x(p.start)}" y="{term_y}" width="{max(x(p.end) - x(p.start), 2)}" '
            f'height="{LANE - 16}" class="{cls}"><title>{escape(label)}</title></rect>'
        )
    parts += _marks((d for d in c.deadlines if d.kind in STOP_KINDS), 1, x, w)
    parts += _marks((d for d in c.deadlines if d.kind in REPORT_KINDS), 2, x, w)
    today = x(as_of)
    parts.append(
        f'<line x1="{today}" y1="{TOP - 14}" x2="{today}" y2="{height - 24}" class="today"/>'
    )
    parts.append(
        f'<text x="{today + 4}" y="{TOP - 16}" class="today-label">'
        f"{escape(w.text('timeline.today', day=as_of))}</text>"
    )
    parts.append("</svg>")
    return Markup("".join(parts))


def _marks(
    rows: Iterable[Deadline], lane: int, place: Callable[[dt.date], float], w: Words
) -> list[str]:
    """A diamond on each row's day in ``lane``, with a bar over its window when it has one."""
    out = []
    y = TOP + LANE * lane + LANE / 2
    for row in rows:
        title = escape(
            f"{row.date} {row_text(row, w.lang).title} ({w.label('status', row.status)})"
        )
        cx = place(row.date)
        if row.window_start is not None and row.window_start < row.date:
            start = place(row.window_start)
            out.append(
                f'<rect x="{start}" y="{y - 6}" width="{max(cx - start, 2)}" height="12" '
                f'class="window {row.status}"><title>{title}</title></rect>'
            )
        out.append(
            f'<path d="M{cx} {y - 8} L{cx + 8} {y} L{cx} {y + 8} L{cx - 8} {y} Z" '
            f'class="mark {row.status}"><title>{title}</title></path>'
        )
    return out


def _description(c: Computed, as_of: dt.date, w: Words) -> str:
    first, last = c.periods[0].start, c.periods[-1].end
    stops = [d for d in c.deadlines if d.kind in STOP_KINDS and d.date >= as_of]
    said = w.text("timeline.desc", start=first, end=last, periods=len(c.periods), day=as_of)
    if stops:
        said += " " + w.text("timeline.desc_next", day=stops[0].date)
    return said
