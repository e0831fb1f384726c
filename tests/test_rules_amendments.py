"""`agreement_on`: amendments and parties' own notices apply from their day, never before.

History is never rewritten (DESIGN rule 15): an ``as_of`` before an event sees
the agreement without it.  A party that leaves takes its contributions with
it, while the agreement runs on for the others (rule 16).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from iopctl.loader import load_text
from iopctl.models import Agreement
from iopctl.rules.amendments import agreement_on, amended_on, last_end, party_ends

BASE = """\
id: t
title: Test
status: active
source: {document: avtal.pdf}
parties:
  - {role: public, name: Staden}
  - {id: jouren, role: civil, name: Jouren}
  - {id: forbundet, role: civil, name: Förbundet}
term:
  start: 2020-01-01
  end: 2021-12-31
  extension: {text: Avtalet kan förlängas ett år i taget., period_months: 12}
termination: {notice_months: 3}
funding:
  per: calendar_year
  contributions:
    - {payer: public, recipient: jouren, label: Jouren, amount: 200000}
    - {payer: public, recipient: forbundet, label: Förbundet, amount: 100000}
duties:
  - {kind: task, id: referensgrupp, title: Utse referensgrupp, due: 2020-06-01}
amendments:
  - decided: 2021-11-20
    body: Kulturnämnden
    effective: 2022-01-01
    summary: Förlängt 2022 med höjt bidrag till jouren.
    extension: true
    amounts: [{payer: public, label: Jouren, from_year: 2022, amount: 250000}]
  - decided: 2022-11-10
    body: Socialnämnden
    effective: 2023-01-01
    term_end: 2023-12-31
    summary: Förlängt 2023; förbundet lämnar, referensgruppen upphör.
    leaves: [forbundet]
    drops: [referensgrupp]
    duties: [{kind: task, id: uppfoljning, title: Uppföljning, due: 2023-06-01}]
"""


def load(text: str = BASE) -> Agreement:
    loaded, problems = load_text(text, "t.yaml")
    assert problems == [], problems
    assert loaded is not None
    return loaded.agreement


def amounts(agreement: Agreement) -> list[tuple[str | None, Decimal | None]]:
    assert agreement.funding is not None
    return [(c.recipient, c.amount) for c in agreement.funding.contributions]


def test_before_the_first_amendment_the_agreement_is_as_signed() -> None:
    agreement = load()
    assert agreement_on(agreement, dt.date(2021, 12, 31)) is agreement


def test_an_exercised_extension_adds_the_option_period_from_the_day_after_the_end() -> None:
    on = agreement_on(load(), dt.date(2022, 1, 1))
    assert on.term.end == dt.date(2022, 12, 31)
    assert amounts(on) == [("jouren", Decimal(250000)), ("forbundet", Decimal(100000))]
    assert on.funding is not None
    contribution = on.funding.contributions[0]
    assert [(y.year, y.amount) for y in contribution.by_year] == [
        (2020, Decimal(200000)),
        (2021, Decimal(200000)),
    ]


def test_a_party_leaving_by_amendment_takes_its_contributions_and_duties_change() -> None:
    agreement = load()
    before = agreement_on(agreement, dt.date(2022, 12, 31))
    assert [p.id for p in before.parties] == [None, "jouren", "forbundet"]
    after = agreement_on(agreement, dt.date(2023, 1, 1))
    assert [p.id for p in after.parties] == [None, "jouren"]
    assert amounts(after) == [("jouren", Decimal(250000))]
    assert [d.id for d in after.duties] == ["uppfoljning"]
    assert after.term.end == last_end(agreement) == dt.date(2023, 12, 31)
    assert party_ends(agreement) == {"forbundet": dt.date(2022, 12, 31)}


def test_notice_by_one_party_ends_its_part_only() -> None:
    text = BASE.split("amendments:")[0] + "log:\n  - {date: 2020-05-15, kind: notice, by: jouren}\n"
    agreement = load(text)
    assert party_ends(agreement) == {"jouren": dt.date(2020, 8, 15)}
    assert [p.id for p in agreement_on(agreement, dt.date(2020, 8, 15)).parties] == [
        None,
        "jouren",
        "forbundet",
    ]
    on = agreement_on(agreement, dt.date(2020, 8, 16))
    assert [p.id for p in on.parties] == [None, "forbundet"]
    assert amounts(on) == [("forbundet", Decimal(100000))]
    assert on.term.end == dt.date(2021, 12, 31)


def test_a_party_notice_never_runs_past_the_term() -> None:
    text = BASE.split("amendments:")[0] + "log:\n  - {date: 2021-11-01, kind: notice, by: jouren}\n"
    assert party_ends(load(text)) == {"jouren": dt.date(2021, 12, 31)}


@given(st.dates(min_value=dt.date(2019, 1, 1), max_value=dt.date(2025, 12, 31)))
def test_history_is_never_rewritten(as_of: dt.date) -> None:
    """What held on a day depends only on events effective by then: later ones change nothing."""
    agreement = load()
    kept = agreement.amendments[: sum(a.effective <= as_of for a in agreement.amendments)]
    earlier = agreement.model_copy(update={"amendments": kept})
    history = {"amendments": []}
    assert agreement_on(agreement, as_of).model_copy(update=history) == agreement_on(
        earlier, as_of
    ).model_copy(update=history)
    assert agreement_on(agreement, as_of).term.end >= agreement.term.end


def test_the_rules_see_the_term_as_amended_by_their_day_only() -> None:
    loaded, _ = load_text(BASE, "t.yaml")
    assert loaded is not None
    assert amended_on(loaded, dt.date(2021, 12, 31)).agreement.term.end == dt.date(2021, 12, 31)
    on = amended_on(loaded, dt.date(2023, 1, 1)).agreement
    assert on.term.end == dt.date(2023, 12, 31)
    # the term change is folded in once: applying the known events again changes nothing
    assert agreement_on(on, dt.date(2023, 1, 1)).term.end == dt.date(2023, 12, 31)
    plain = load_text(BASE.split("amendments:")[0], "t.yaml")[0]
    assert plain is not None and amended_on(plain, dt.date(2023, 1, 1)) is plain


def _duty_rows(as_of: dt.date, until: dt.date) -> list[tuple[str, dt.date, str]]:
    from builders import deadline_rows
    from iopctl.indices import SeriesStore

    text = BASE.replace("due: 2020-06-01}", "every: year, due: {month: 6, day: 1}}")
    loaded, _ = load_text(text, "t.yaml")
    assert loaded is not None
    rows = deadline_rows(loaded, SeriesStore(), as_of, until)
    return [(r.occurrence, r.date, r.source) for r in rows if r.kind == "task"]


def test_duties_an_amendment_adds_or_drops_count_from_its_effective_day() -> None:
    """Rule 15: 'referensgrupp' (yearly on 1 June) ends on 2022-12-31, 'uppfoljning' starts 2023."""
    rows = _duty_rows(dt.date(2023, 1, 2), dt.date(2023, 12, 31))
    assert [(key, day) for key, day, _ in rows if day.year >= 2022] == [
        ("referensgrupp.2022", dt.date(2022, 6, 1)),
        ("uppfoljning", dt.date(2023, 6, 1)),
    ]
    # the added duty cites the amendment's line, the file's own its own
    lines = BASE.splitlines()
    sources = {key: int(source.rsplit(":", 1)[1]) for key, _, source in rows}
    assert "uppfoljning" in lines[sources["uppfoljning"] - 1]
    assert "referensgrupp" in lines[sources["referensgrupp.2022"] - 1]
    # before the amendment is known the term ends 2022 and nothing new is due
    earlier = _duty_rows(dt.date(2022, 1, 2), dt.date(2023, 12, 31))
    assert [key for key, _, _ in earlier][-2:] == ["referensgrupp.2021", "referensgrupp.2022"]
