"""Renderers return strings; every CLI format has one; ICS and CSV are well-formed."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import replace
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from iopctl.export.common import ExportOptions
from iopctl.export.deadlines import (
    COLUMNS,
    CSV_COLUMNS,
    DEADLINE_RENDERERS,
    FORMULA_START,
    render_csv,
    render_json,
    render_table,
)
from iopctl.export.ics import render_ics
from iopctl.export.notice import NOTICE_RENDERERS
from iopctl.export.payments import PAYMENT_RENDERERS
from iopctl.formats import DeadlineFormat, TableFormat
from iopctl.rules.deadlines import Deadline
from iopctl.rules.reasons import Money, reason

D = dt.date
ROWS = [
    Deadline(
        agreement="a", kind="payment", occurrence="2024", date=D(2024, 1, 31),
        act_by=D(2024, 1, 31), title=reason("deadline.payment.title", year=2024),
        status="overdue", source="agreements/a.yaml:3",
        explanation=(reason("payment.base", amount=Money(Decimal(472200))),),
        window_start=D(2024, 1, 1), amount=Decimal(472200), currency="SEK",
    ),
    Deadline(
        agreement="a", kind="notice_deadline", occurrence="period-2", date=D(2023, 9, 30),
        act_by=D(2023, 9, 29), title=reason("deadline.duty.title", title="Säg upp"),
        status="upcoming", source="agreements/a.yaml:9",
        explanation=(reason("deadline.duty.title", title="sista 30 september"),),
        note=(reason("deadline.duty.title", title="note; with | pipe"),),
    ),
]  # fmt: skip
OPTIONS = ExportOptions(as_of=D(2023, 6, 1))


def test_every_cli_format_has_a_renderer() -> None:
    assert set(DeadlineFormat) == set(DEADLINE_RENDERERS)
    assert set(TableFormat) == set(NOTICE_RENDERERS) == set(PAYMENT_RENDERERS)


def test_the_cli_offers_the_formats_the_renderers_know() -> None:
    from iopctl import cli

    assert cli.DeadlineFormat is DeadlineFormat and cli.TableFormat is TableFormat


def test_json_rows() -> None:
    doc = json.loads(render_json(ROWS, OPTIONS))
    assert doc["format_version"] == 1 and doc["as_of"] == "2023-06-01"
    first = doc["deadlines"][0]
    assert list(first) == list(COLUMNS)
    assert first["amount"] == 472200 and first["days_left"] == 244
    assert first["uid"] == "a.payment.2024@iopctl"
    assert first["title"] == "Utbetalning 2024" and first["status"] == "overdue"
    english = json.loads(render_json(ROWS, replace(OPTIONS, lang="en")))["deadlines"][0]
    assert english["title"] == "Payment 2024" and english["status"] == "overdue"


def test_csv_for_excel() -> None:
    text = render_csv(ROWS, ExportOptions(as_of=D(2023, 6, 1), csv_sep=";", csv_bom=True))
    assert text.startswith("\ufeffavtal;typ;typ_text;")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
    note = CSV_COLUMNS.index("note")
    assert rows[2][note] == "note; with | pipe"  # quoted, so the separator survives
    assert rows[2][CSV_COLUMNS.index("amount")] == ""
    assert not render_csv(ROWS, OPTIONS).startswith("\ufeff")


def test_csv_codes_stay_english_beside_words_in_the_language() -> None:
    for lang, kind_word, status_word in (
        ("sv", "utbetalning", "försenad"),
        ("en", "payment", "overdue"),
    ):
        text = render_csv(ROWS, replace(OPTIONS, lang=lang))
        _, first, _ = csv.reader(io.StringIO(text))
        record = dict(zip(CSV_COLUMNS, first, strict=True))
        assert (record["kind"], record["status"]) == ("payment", "overdue")
        assert (record["kind_label"], record["status_label"]) == (kind_word, status_word)
    english = next(csv.reader(io.StringIO(render_csv(ROWS, replace(OPTIONS, lang="en")))))
    assert english == list(CSV_COLUMNS)


@given(st.sampled_from(FORMULA_START), st.text(max_size=20))
def test_csv_never_writes_a_live_formula(start: str, rest: str) -> None:
    """OWASP: a cell starting with = + - @ tab or CR is prefixed with ' (issue 11)."""
    hostile = start + rest
    row = replace(ROWS[1], title=reason("deadline.duty.title", title=hostile), note=())
    text = render_csv([row], OPTIONS)
    _, cells = csv.reader(io.StringIO(text, newline=""))
    title = cells[CSV_COLUMNS.index("title")]
    assert title == "'" + hostile
    assert cells[CSV_COLUMNS.index("agreement")] == "a"


def test_csv_keeps_negative_day_counts_as_numbers() -> None:
    text = render_csv([ROWS[0]], ExportOptions(as_of=D(2024, 2, 10)))
    _, cells = csv.reader(io.StringIO(text))
    assert cells[CSV_COLUMNS.index("days_left")] == "-10"


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
    assert "Status: kommande" in str(notice["DESCRIPTION"])


def test_table_is_plain_without_a_terminal() -> None:
    text = render_table(ROWS, OPTIONS)
    assert "\x1b[" not in text
    assert "472\u00a0200\u00a0kr" in text and "försenad" in text
    explained = render_table(ROWS, ExportOptions(as_of=D(2023, 6, 1), explain=True, lang="en"))
    assert "agreements/a.yaml:9" in explained and "overdue" in explained
    coloured = render_table(ROWS, ExportOptions(as_of=D(2023, 6, 1), color=True))
    assert "\x1b[" in coloured


def test_one_word_per_status_in_table_csv_and_calendar() -> None:
    """``due_soon`` is one word in each language wherever a person reads it."""
    soon = replace(ROWS[1], status="due_soon")
    for lang, word in (("sv", "snart"), ("en", "due soon")):
        options = replace(OPTIONS, lang=lang)
        assert word in render_table([soon], options)
        assert f",{word}," in render_csv([soon], options)
        assert f"Status: {word}" in render_ics([soon], options)


def test_table_never_breaks_an_amount_across_lines() -> None:
    # rich wraps at any Unicode space, U+00A0 too: an explanation ending in an
    # amount must still keep "472 200 kr" on one line, at every table width.
    why = (
        reason("payment.base", amount=Money(Decimal(472200))),
        reason("payment.rounded", amount=Money(Decimal(20286))),
    )
    rows = [replace(ROWS[0], explanation=why)]
    for width in range(100, 160):
        text = render_table(rows, ExportOptions(as_of=D(2023, 6, 1), explain=True, width=width))
        assert "472\u00a0200\u00a0kr" in text and "20\u00a0286\u00a0kr" in text, width
        assert "\ue000" not in text
