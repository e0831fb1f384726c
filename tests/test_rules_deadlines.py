"""Deadlines of the seed agreements, checked by hand against the source documents.

Each expected date has a comment saying why it is right.  The facts come from
the seed texts (kept outside the repository); the encoded files are in
``agreements/``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from builders import agreement, deadline_rows, said
from conftest import AGREEMENTS
from iopctl.document import LoadedAgreement
from iopctl.indices import SeriesStore
from iopctl.project import open_project
from iopctl.rules.deadlines import Deadline, DeadlineQuery
from iopctl.rules.evaluate import select_deadlines
from iopctl.rules.notice import answer_notice

D = dt.date
AS_OF = D(2023, 6, 1)


def seed(agreement_id: str) -> tuple[LoadedAgreement, list[Deadline]]:
    path = AGREEMENTS / f"{agreement_id}.yaml"
    assert path.exists(), f"seed {path.name} is missing from agreements/"
    project = open_project([str(path)], data_dirs=[])
    loaded = project.find(agreement_id)
    assert loaded is not None, project.problems
    return loaded, deadline_rows(loaded, project.series, AS_OF)


def by_key(rows: list[Deadline]) -> dict[tuple[str, str], Deadline]:
    return {(r.kind, r.occurrence): r for r in rows}


def test_vgr() -> None:
    loaded, rows = seed("vgr-boj-fyrbodol-2025")
    keyed = by_key(rows)
    # "Partnerskapet gäller för perioden 2025-03-01 till 2030-02-28."
    assert keyed["term_start", "start"].date == D(2025, 3, 1)
    assert keyed["term_end", "end"].date == D(2030, 2, 28)
    # "sex månaders uppsägningstid": 2029-08-31 + 6 months = 2030-02-28 (not 08-28).
    # A fixed term ends anyway: the latest notice day is no row (rule 11), it is in `notice`.
    assert ("notice_deadline", "end") not in keyed
    answer = answer_notice(loaded, D(2026, 1, 1))
    assert answer.latest_notice_date == D(2029, 8, 31)
    assert "2030-02-28 − 6 månader → 2029-08-31" in said(answer.explanation)
    # Instead, the decision to continue: 6 months before the last possible end.
    expiry = keyed["expiry", "end"]
    assert expiry.date == D(2029, 8, 28) and expiry.source == loaded.where("term", "end")
    assert "2030-02-28 − 6 månader → 2029-08-28" in said(expiry.explanation)


def test_linkoping() -> None:
    _, rows = seed("linkoping-boj-2023")
    keyed = by_key(rows)
    # "från och med 2023-01-01 till och med 2025-12-31"
    assert keyed["term_end", "end"].date == D(2025, 12, 31)
    # Six months' notice: 2025-06-30 + 6 months = 2025-12-30 ≤ 12-31, and 07-01 + 6 = 2026-01-01.
    assert ("notice_deadline", "end") not in keyed  # fixed term: in `notice`, not a row
    assert keyed["expiry", "end"].date == D(2025, 6, 30)
    # "472 200 kr", "Utbetalning sker en gång per år i januari månad".
    pay_2023 = keyed["payment", "2023"]
    assert (pay_2023.window_start, pay_2023.date) == (D(2023, 1, 1), D(2023, 1, 31))
    assert pay_2023.amount == Decimal(472200)  # before 2024-01-01 no uprating applies
    assert pay_2023.status == "overdue"  # nothing in the log, and the agreement still runs
    # "Uppräkning sker årligen enligt OPI från och med 2024-01-01": OPI 2024/2025 not in data.
    for year in ("2024", "2025"):
        row = keyed["payment", year]
        assert row.amount is None and f"OPI {year}" in said(row.note)
    # "Återrapport ... första kvartalet 2025"
    report = keyed["report_due", "aterrapport-namnden"]
    assert (report.window_start, report.date) == (D(2025, 1, 1), D(2025, 3, 31))
    # "två ggr/år" for strategic and operational meetings: by 30 June and 31 December.
    meetings = sorted(r.date for r in rows if r.kind == "meeting_due")
    assert len(meetings) == 12  # 2 kinds × 2 a year × 3 years
    assert meetings[:2] == [D(2023, 6, 30)] * 2
    # "årligen utvärdera": by 31 December each year; 2023-12-31 is a Sunday -> act Friday 29th.
    evaluation = keyed["evaluation", "arlig-utvardering.2023"]
    assert (evaluation.date, evaluation.act_by) == (D(2023, 12, 31), D(2023, 12, 29))


def test_stockholm() -> None:
    _, rows = seed("stockholm-boj-vasterort-2022")
    keyed = by_key(rows)
    # "inledande period ... 1 april 2022 till och med den 31 mars 2023"
    assert keyed["term_start", "start"].date == D(2022, 4, 1)
    # "förlängs automatiskt med ett år i taget, dock som längst till den 31 mars 2025"
    assert keyed["renewal", "period-2"].date == D(2023, 4, 1)
    assert keyed["renewal", "period-3"].date == D(2024, 4, 1)
    assert keyed["term_end", "end"].date == D(2025, 3, 31)
    # "sägs upp ... senast den 30 september respektive år": last 30 Sep before each period end.
    first = keyed["notice_deadline", "period-2"]
    assert (first.date, first.act_by) == (D(2022, 9, 30), D(2022, 9, 30))  # a Friday
    second = keyed["notice_deadline", "period-3"]
    assert (second.date, second.act_by) == (D(2023, 9, 30), D(2023, 9, 29))  # Sat -> Fri
    # No renewal beyond 2025-03-31, so nothing to stop on 2024-09-30; that day is the
    # decision whether to continue after the last possible end (rule 11).
    assert [r.kind for r in rows if r.date == D(2024, 9, 30)] == ["expiry"]
    assert first.status == "info" and second.status == "upcoming"


def test_robertsfors() -> None:
    _, rows = seed("robertsfors-boj-umea-2018")
    keyed = by_key(rows)
    # "från 2018-01-01 till 2020-12-23", "Uppsägningstiden är 9 månader".
    assert ("notice_deadline", "end") not in keyed
    assert keyed["expiry", "end"].date == D(2020, 6, 23)
    # "möjlighet till förlängning" names no decision date: no option deadline is invented.
    assert not any(r.kind == "option_deadline" for r in rows)
    # "3 kr per kommuninvånare, vilket för 2018 skulle uppgå till 20 352 kr".
    assert keyed["payment", "2018"].amount == Decimal(20352)
    assert keyed["payment", "2019"].amount is None  # needs 31 Dec 2017: not known here
    assert keyed["payment", "2020"].amount == Decimal(20286)  # 3 × 6 762 (31 Dec 2018)


LOGGED = """
term: {start: 2023-01-01, end: 2024-12-31}
funding: {per: calendar_year, contributions: [{payer: public, amount: 1000}]}
payments: {schedule: yearly, window: {month: 1}}
duties:
  - {kind: meeting, name: strategic, title: Möte, times_per_year: 2}
  - {kind: evaluation, id: eval, title: Utvärdering}
log:
  - {date: 2023-01-20, kind: payment, amount: 1000}
  - {date: 2023-05-10, kind: meeting, name: strategic}
  - {date: 2023-11-10, kind: meeting, name: operational}
"""


def test_log_marks_done_and_statuses() -> None:
    rows = by_key(deadline_rows(agreement(LOGGED), open_project([]).series, D(2023, 12, 15)))
    assert rows["payment", "2023"].status == "done"
    assert rows["payment", "2023"].done_on == D(2023, 1, 20)
    assert rows["meeting_due", "strategic.2023-H1"].status == "done"
    # A log entry naming another meeting does not count.
    assert rows["meeting_due", "strategic.2023-H2"].status == "due_soon"
    assert rows["evaluation", "eval.2024"].status == "upcoming"
    assert rows["term_start", "start"].status == "info"
    late = by_key(deadline_rows(agreement(LOGGED), open_project([]).series, D(2024, 2, 1)))
    assert late["meeting_due", "strategic.2023-H2"].status == "overdue"
    after = by_key(deadline_rows(agreement(LOGGED), open_project([]).series, D(2025, 2, 1)))
    assert after["meeting_due", "strategic.2023-H2"].status == "missed"  # agreement has ended


def test_selection_window_keeps_overdue_rows() -> None:
    loaded = agreement(LOGGED)
    query = DeadlineQuery(as_of=D(2024, 2, 1), until=D(2024, 3, 1))
    rows = select_deadlines([loaded], open_project([]).series, query)
    assert [(r.kind, r.occurrence) for r in rows] == [
        ("evaluation", "eval.2023"),
        ("meeting_due", "strategic.2023-H2"),
        ("payment", "2024"),  # due 2024-01-31, before the window, not logged
    ]
    assert select_deadlines([loaded], open_project([]).series, DeadlineQuery(
        as_of=D(2024, 2, 1), until=D(2024, 3, 1), statuses=frozenset({"ended"})
    )) == []  # fmt: skip


def test_occurrence_keys_do_not_depend_on_dates() -> None:
    moved = LOGGED.replace("2024-12-31", "2024-12-30")
    series = open_project([]).series
    keys = {r.uid for r in deadline_rows(agreement(LOGGED), series, AS_OF)}
    assert keys == {r.uid for r in deadline_rows(agreement(moved), series, AS_OF)}


OPEN_ENDED = """
term:
  start: 2024-01-01
  end: 2024-12-31
  renewal: {automatic: true, period_months: 12, notice_by: {month: 9, day: 30}}
"""


def test_open_ended_renewal_lists_a_stop_deadline_whose_renewal_is_beyond_the_window() -> None:
    # The renewal of 2026-01-01 lies after --until, but its stop deadline
    # 2025-09-30 lies inside the window: leaving it out hides the one date
    # that matters.
    query = DeadlineQuery(as_of=D(2025, 1, 15), until=D(2025, 12, 1))
    rows = select_deadlines([agreement(OPEN_ENDED)], open_project([]).series, query)
    assert [(r.kind, r.occurrence, r.date) for r in rows] == [
        ("notice_deadline", "period-3", D(2025, 9, 30))
    ]
    assert "2026-01-01" in said(rows[0].title)


def test_open_ended_renewal_does_not_end_when_until_is_in_the_past() -> None:
    # --include-past with an --until before --as-of must not make a running
    # open-ended agreement look ended (that turns "overdue" into "missed").
    loaded = agreement(
        OPEN_ENDED + "duties:\n  - {kind: evaluation, id: eval, title: Utvärdering}\n"
    )
    rows = by_key(
        deadline_rows(loaded, open_project([]).series, D(2025, 6, 1), until=D(2024, 6, 1))
    )
    assert rows["evaluation", "eval.2024"].status == "overdue"


def test_forward_rolling_end_to_end() -> None:
    # An agreement that opts into lag 1930:173's forward rule acts on the next
    # working day; the deadline itself is never moved.
    loaded = agreement(
        """
        deadline_rolling: forward
        term: {start: 2024-06-22, end: 2025-12-31}
        """
    )
    rows = by_key(deadline_rows(loaded, open_project([]).series, D(2024, 1, 1)))
    start, end = rows["term_start", "start"], rows["term_end", "end"]
    assert (start.date, start.act_by) == (D(2024, 6, 22), D(2024, 6, 24))
    assert (end.date, end.act_by) == (D(2025, 12, 31), D(2026, 1, 2))
    forward = "(Nyårsafton) är ingen arbetsdag → nästa arbetsdag fredag 2026-01-02"
    assert forward in said(end.explanation)
    plain_loaded = agreement("term: {start: 2024-06-22, end: 2025-12-31}")
    plain = by_key(deadline_rows(plain_loaded, open_project([]).series, D(2024, 1, 1)))
    assert plain["term_end", "end"].act_by == D(2025, 12, 30)
    back = "(New Year's Eve) is not a working day → act on"
    assert back in said(plain["term_end", "end"].explanation, "en")


def test_late_meeting_counts_for_its_own_period_unless_it_names_the_occurrence() -> None:
    late = LOGGED.replace(
        "  - {date: 2023-05-10, kind: meeting, name: strategic}",
        "  - {date: 2023-07-05, kind: meeting, name: strategic}",
    )
    rows = by_key(deadline_rows(agreement(late), open_project([]).series, D(2023, 8, 1)))
    assert rows["meeting_due", "strategic.2023-H1"].status == "overdue"
    assert rows["meeting_due", "strategic.2023-H2"].status == "done"
    named = late.replace("2023-07-05, kind: meeting, name: strategic}",
                         "2023-07-05, kind: meeting, name: strategic.2023-H1}")  # fmt: skip
    rows = by_key(deadline_rows(agreement(named), open_project([]).series, D(2023, 8, 1)))
    assert rows["meeting_due", "strategic.2023-H1"].done_on == D(2023, 7, 5)
    assert rows["meeting_due", "strategic.2023-H2"].status == "upcoming"


def test_a_proposal_binds_no_one_so_its_past_dates_are_info() -> None:
    """Robertsfors is an application: an unpaid 2019 payment was never owed."""
    from iopctl.rules.deadlines import status_of

    past, as_of = D(2019, 12, 31), D(2021, 1, 1)
    assert status_of("payment", past, as_of, None, ended=True) == "missed"
    assert status_of("payment", past, as_of, None, ended=True, binding=False) == "info"
    assert status_of("payment", D(2021, 1, 5), as_of, None, ended=False, binding=False) == (
        "due_soon"
    )


def test_status_filter_uses_the_status_on_as_of() -> None:
    """Linköping's file says ``ended`` today, but on 2023-06-01 it was running."""
    loaded = agreement(
        """
        term: {start: 2023-01-01, end: 2025-12-31}
        duties: [{kind: evaluation, title: Utvärdering, due: {month: 11, day: 30}}]
        """
    )
    ended = replace(loaded, agreement=loaded.agreement.model_copy(update={"status": "ended"}))
    query = DeadlineQuery(as_of=D(2023, 6, 1), until=D(2023, 12, 1))
    assert [r.date for r in select_deadlines([ended], SeriesStore(), query)] == [D(2023, 11, 30)]
    later = DeadlineQuery(as_of=D(2026, 1, 1), until=D(2026, 12, 31), include_past=True)
    assert select_deadlines([ended], SeriesStore(), later) == []
    ended_only = replace(later, statuses=frozenset({"ended"}))
    assert select_deadlines([ended], SeriesStore(), ended_only)


def test_log_entries_after_as_of_are_not_known_yet() -> None:
    """A 2024-11-28 entry cannot mark the 2024-11-30 evaluation done on 2024-09-01."""
    from iopctl.rules.log import known_on

    loaded = agreement(
        """
        term: {start: 2023-01-01, end: 2025-12-31}
        duties: [{kind: evaluation, title: Utvärdering, due: {month: 11, day: 30}}]
        log: [{date: 2023-11-20, kind: evaluation}, {date: 2024-11-28, kind: evaluation}]
        """
    )
    assert [e.date for e in known_on(loaded, D(2024, 11, 27)).agreement.log] == [D(2023, 11, 20)]
    assert known_on(loaded, D(2024, 11, 28)).agreement.log == loaded.agreement.log
    rows = by_key(deadline_rows(loaded, SeriesStore(), D(2024, 9, 1)))
    assert rows["evaluation", "duty-1.2023"].status == "done"
    assert rows["evaluation", "duty-1.2024"].status == "upcoming"
    assert rows["evaluation", "duty-1.2024"].done_on is None
    later = by_key(deadline_rows(loaded, SeriesStore(), D(2024, 12, 1)))
    assert later["evaluation", "duty-1.2024"].done_on == D(2024, 11, 28)


def test_period_labels_name_the_months_in_the_readers_language() -> None:
    from iopctl.rules.reasons import reason

    def label(key: str, start: dt.date, end: dt.date, lang: str = "sv") -> str:
        return said(reason("duty.period", label=key, start=start, end=end), lang)

    assert label("2024", D(2024, 1, 1), D(2024, 12, 31)) == "2024"
    assert label("2024-H1", D(2024, 1, 1), D(2024, 6, 30)) == "jan–jun 2024"
    assert label("2024-Q4", D(2024, 10, 1), D(2024, 12, 31), "en") == "Oct–Dec 2024"
    assert label("2025-H1", D(2025, 3, 1), D(2025, 6, 30)) == "mar–jun 2025"
    assert label("2024-05", D(2024, 5, 1), D(2024, 5, 31)) == "maj 2024"


def test_every_duty_kind_is_one_table_entry() -> None:
    """A new duty kind is the model plus one entry in DUTY_KINDS: none may be missing."""
    from typing import get_args

    from iopctl.models import Duty
    from iopctl.rules.duties import DUTY_KINDS
    from iopctl.rules.kinds import KINDS
    from iopctl.words import words

    union = get_args(Duty)[0]
    kinds = {get_args(m.model_fields["kind"].annotation)[0] for m in get_args(union)}
    assert kinds == set(DUTY_KINDS)
    for kind in DUTY_KINDS.values():
        assert kind.deadline_kind in KINDS
        assert words("sv").label("kind", kind.deadline_kind)
