"""Renderers return strings; every CLI format has one; ICS and CSV are well-formed."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import replace
from decimal import Decimal

from iopctl.cli import DeadlineFormat
from iopctl.export import (
    COLUMNS,
    DEADLINE_RENDERERS,
    ExportOptions,
    render_csv,
    render_ics,
    render_json,
    render_table,
)
from iopctl.rules.deadlines import Deadline

D = dt.date
ROWS = [
    Deadline(
        "a", "payment", "2024", D(2024, 1, 31), D(2024, 1, 31), "Utbetalning 2024", "overdue",
        "agreements/a.yaml:3", "förklaring", D(2024, 1, 1), Decimal(472200), "SEK",
    ),
    Deadline(
        "a", "notice_deadline", "period-2", D(2023, 9, 30), D(2023, 9, 29), "Säg upp", "upcoming",
        "agreements/a.yaml:9", "sista 30 september", None, None, None, "note; with | pipe",
    ),
]  # fmt: skip
OPTIONS = ExportOptions(as_of=D(2023, 6, 1))


def test_every_cli_format_has_a_renderer() -> None:
    assert {f.value for f in DeadlineFormat} == set(DEADLINE_RENDERERS)


def test_json_rows() -> None:
    doc = json.loads(render_json(ROWS, OPTIONS))
    assert doc["format_version"] == 1 and doc["as_of"] == "2023-06-01"
    first = doc["deadlines"][0]
    assert list(first) == list(COLUMNS)
    assert first["amount"] == 472200 and first["days_left"] == 244
    assert first["uid"] == "a.payment.2024@iopctl"


def test_csv_for_excel() -> None:
    text = render_csv(ROWS, ExportOptions(as_of=D(2023, 6, 1), csv_sep=";", csv_bom=True))
    assert text.startswith("\ufeffagreement;kind;")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
    assert rows[1]["note"] == "note; with | pipe"  # quoted, so the separator survives
    assert rows[1]["amount"] == ""
    assert not render_csv(ROWS, OPTIONS).startswith("\ufeff")


def test_ics_events() -> None:
    from icalendar import Calendar

    calendar = Calendar.from_ical(render_ics(ROWS, OPTIONS))
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 2
    notice = events[1]
    assert str(notice["UID"]) == "a.notice_deadline.period-2@iopctl"
    assert notice.decoded("DTSTART") == D(2023, 9, 30)
    assert notice.decoded("DTEND") == D(2023, 10, 1)
    # act_by is 2023-09-29, a day before the deadline: reminders 30 and 7 days before it,
    # and on it, each at 09:00.
    triggers = [alarm.decoded("TRIGGER") for alarm in notice.walk("VALARM")]
    assert triggers == [dt.timedelta(days=-d - 1, hours=9) for d in (30, 7, 0)]
    assert calendar["PRODID"] and calendar["VERSION"] == "2.0"


def test_table_is_plain_without_a_terminal() -> None:
    text = render_table(ROWS, OPTIONS)
    assert "\x1b[" not in text
    assert "472\u00a0200\u00a0kr" in text and "försenad" in text
    explained = render_table(ROWS, ExportOptions(as_of=D(2023, 6, 1), explain=True, lang="en"))
    assert "agreements/a.yaml:9" in explained and "overdue" in explained
    coloured = render_table(ROWS, ExportOptions(as_of=D(2023, 6, 1), color=True))
    assert "\x1b[" in coloured


def test_table_never_breaks_an_amount_across_lines() -> None:
    # rich wraps at any Unicode space, U+00A0 too: an explanation ending in an
    # amount must still keep "472 200 kr" on one line, at every table width.
    why = "grundbelopp 472\u00a0200\u00a0kr; avrundat (halvt uppåt) → 20\u00a0286\u00a0kr"
    rows = [replace(ROWS[0], explanation=why)]
    for width in range(100, 160):
        text = render_table(rows, ExportOptions(as_of=D(2023, 6, 1), explain=True, width=width))
        assert "472\u00a0200\u00a0kr" in text and "20\u00a0286\u00a0kr" in text, width
        assert "\ue000" not in text


def test_money_uses_the_report_convention() -> None:
    from iopctl.rules.texts import money
    from iopctl.words import words

    for amount in (Decimal(20286), Decimal(472200), Decimal(3), Decimal("2.5"), Decimal(1234567)):
        for lang in ("sv", "en"):
            assert money(amount, lang) == words(lang).money(amount), (amount, lang)
