"""Index values as known on the day (DESIGN rule 14), and the series that hold both values."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from builders import agreement, said
from conftest import english
from iopctl.indices import Series, SeriesStore, SeriesValue
from iopctl.loader import load_series
from iopctl.rules.payments import payment_schedule

D = dt.date
PRELIMINARY = SeriesValue(
    year=2023, value=Decimal("3.5"), status="preliminary", published=D(2022, 12, 9), source="p"
)
DEFINITIVE = SeriesValue(
    year=2023, value=Decimal("4.6"), status="definitive", published=D(2023, 4, 19), source="d"
)
OPI = SeriesStore(
    indices={
        "opi": Series(
            "OPI", "OPI", "SKR", "percent_change", "x",
            {2023: DEFINITIVE}, {2023: (PRELIMINARY, DEFINITIVE)},
        )
    }
)  # fmt: skip

INDEXED = """
    term: {{start: 2023-01-01, end: 2023-12-31}}
    funding: {{per: calendar_year, contributions: [{{payer: public, amount: 472200}}]}}
    payments: {{schedule: yearly, window: {{month: {month}}}}}
    indexation: {{index: OPI, from: 2023-01-01}}
"""


def test_a_payment_uses_the_value_published_by_its_day() -> None:
    (year,) = payment_schedule(agreement(INDEXED.format(month=1)), OPI, as_of=D(2023, 2, 1))
    assert [s.value for s in year.steps] == [Decimal("3.5")]
    assert year.amount == Decimal(488727)  # 472 200 × 1,035
    assert year.revised_amount is None and year.to_settle is None  # 4,6 % not yet published


def test_a_later_different_definitive_value_is_a_difference_to_settle_not_a_new_past() -> None:
    (year,) = payment_schedule(agreement(INDEXED.format(month=1)), OPI, as_of=D(2023, 6, 1))
    assert year.amount == Decimal(488727)  # what was paid stays what it was
    assert year.revised_amount == Decimal(493921)  # 472 200 × 1,046
    assert year.to_settle == Decimal(5194)
    assert (
        "OPI 2023 har därefter publicerats som 4,6 % (definitivt, 2023-04-19) i stället för "
        "3,5 %; med dagens värden blir beloppet 493\xa0921\xa0kr, att reglera 5\xa0194\xa0kr"
    ) in said(year.explanation)


def test_a_payment_after_the_definitive_value_uses_it_and_has_nothing_to_settle() -> None:
    (year,) = payment_schedule(agreement(INDEXED.format(month=5)), OPI, as_of=D(2023, 6, 1))
    assert [s.value for s in year.steps] == [Decimal("4.6")]
    assert year.to_settle is None


def test_a_value_published_only_after_the_payment_says_so() -> None:
    late = SeriesValue(
        year=2023, value=Decimal("4.6"), status="definitive", published=D(2023, 4, 19), source="d"
    )
    store = SeriesStore(
        indices={"opi": Series("OPI", "OPI", "SKR", "percent_change", "x", {2023: late})}
    )
    (year,) = payment_schedule(agreement(INDEXED.format(month=1)), store, as_of=D(2023, 6, 1))
    assert year.amount == Decimal(493921)
    assert year.steps[0].after_due
    assert "publicerat först 2023-04-19, efter utbetalningsdagen" in said(year.explanation)


def test_a_value_without_published_is_known_on_every_day() -> None:
    old = SeriesValue(year=2023, value=Decimal("4.6"), status="preliminary", source="s")
    store = SeriesStore(
        indices={"opi": Series("OPI", "OPI", "SKR", "percent_change", "x", {2023: old})}
    )
    (year,) = payment_schedule(agreement(INDEXED.format(month=1)), store, as_of=D(2023, 1, 2))
    assert year.amount == Decimal(493921)
    assert not year.steps[0].after_due and year.to_settle is None


SERIES = """\
name: OPI
title: OPI
publisher: SKR
unit: percent_change
values:
  - {{year: 2023, value: 3.5, status: {first}, published: 2022-12-09, source: a}}
  - {{year: 2023, value: 4.6, status: definitive, published: 2023-04-19, source: b}}
"""


def test_a_series_may_hold_a_preliminary_and_a_definitive_value_of_one_year(
    tmp_path: Path,
) -> None:
    (tmp_path / "indices").mkdir()
    (tmp_path / "indices" / "opi.yaml").write_text(SERIES.format(first="preliminary"), "utf-8")
    store, problems = load_series([str(tmp_path)])
    assert problems == []
    found = store.index("OPI")
    assert found is not None
    assert [v.value for v in found.known(2023, None)] == [Decimal("3.5"), Decimal("4.6")]
    assert [v.value for v in found.known(2023, D(2023, 1, 1))] == [Decimal("3.5")]
    assert found.get(2023) == found.known(2023, None)[-1]


def test_two_values_of_one_status_for_one_year_are_still_an_error(tmp_path: Path) -> None:
    (tmp_path / "indices").mkdir()
    (tmp_path / "indices" / "opi.yaml").write_text(SERIES.format(first="definitive"), "utf-8")
    _, problems = load_series([str(tmp_path)])
    (problem,) = problems
    assert problem.code == "duplicate-year"
    assert english(problem) == "year 2023 is listed twice (lines 6 and 7)"


def test_the_bundled_opi_2023_has_the_sourced_preliminary_and_definitive_values() -> None:
    store, _ = load_series()
    found = store.index("OPI")
    assert found is not None
    prelim, final = found.known(2023, None)
    assert (prelim.value, prelim.status, prelim.published) == (
        Decimal("3.5"), "preliminary", D(2022, 12, 9),
    )  # fmt: skip
    assert "vardforetagarna.se" in prelim.source
    assert (final.value, final.status, final.published) == (
        Decimal("4.6"), "definitive", D(2023, 4, 19),
    )  # fmt: skip
