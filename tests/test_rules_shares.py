"""Shares: each contribution's amount for a year, per paying party, on the examples.

The shelter's eight municipalities each pay 5 kr per inhabitant of their own
(invented) population a year back; Sjöby's notice of 2025-03-10 ends its part
on 2025-09-10, so it pays for 2025 and not for 2026.  The fee per night is
known only from the log.  The shared city grant is known for 2019 and 2020,
unknown for 2021, and 270 000 kr from 2022 by the first extension.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from iopctl.loader import load_series, load_text
from iopctl.models import Agreement
from iopctl.rules.shares import Share, needs_shares, scheduled_shares, shares, total
from iopctl.words import words

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SERIES, _ = load_series([str(EXAMPLES / "data")])


def example(name: str) -> Agreement:
    path = EXAMPLES / "agreements" / f"{name}.yaml"
    loaded, problems = load_text(path.read_text(encoding="utf-8"), str(path))
    assert problems == [] and loaded is not None
    return loaded.agreement


SHELTER = example("kvinnojouren-sjobygden-2024")
GRANT = example("motesplats-hamnstaden-2019")


def by_payer(found: list[Share]) -> dict[str, Decimal | None]:
    return {s.payer: s.amount for s in found}


def test_each_municipality_pays_for_its_own_population() -> None:
    found = list(shares(SHELTER, SERIES, 2025, dt.date(2025, 2, 28)))
    per_capita = by_payer([s for s in found if s.kind == "grant"])
    assert per_capita["norrby"] == 5 * 14355
    assert per_capita["sjoby"] == 5 * 6530
    assert len(per_capita) == 8
    sv = words("sv")
    norrby = next(s for s in found if s.payer == "norrby")
    assert sv.say(norrby.why) == (
        "5\u00a0kr × 14\u00a0355 invånare (norrby, 31 december 2024) = 71\u00a0775\u00a0kr"
    )


def test_a_party_that_gave_notice_pays_nothing_after_its_part_ended() -> None:
    found = list(shares(SHELTER, SERIES, 2026, dt.date(2026, 2, 28)))
    payers = by_payer([s for s in found if s.kind == "grant"])
    assert "sjoby" not in payers and len(payers) == 7
    assert set(payers.values()) == {None}  # 2025 populations are not in the (invented) series
    assert total(found) is None


def test_a_fee_per_night_is_known_from_the_log_only() -> None:
    (fee,) = [
        s for s in shares(SHELTER, SERIES, 2024, dt.date(2024, 12, 31)) if s.kind == "usage_fee"
    ]
    assert fee.amount == 30 * 1400 == 29400 + 12600
    (unlogged,) = [
        s for s in shares(SHELTER, SERIES, 2025, dt.date(2025, 12, 31)) if s.kind == "usage_fee"
    ]
    assert unlogged.amount is None
    assert words("en").say(unlogged.why) == (
        "SEK\u00a01,400 per dygn; the amount is known only once logged"
    )


def test_amounts_per_year_then_the_amendments_amount() -> None:
    def grant(year: int) -> Decimal | None:
        (share,) = shares(GRANT, SERIES, year, dt.date(year, 6, 30))
        return share.amount

    assert [grant(y) for y in (2019, 2020, 2021, 2022, 2023)] == [
        Decimal(250000),
        Decimal(260000),
        None,
        Decimal(270000),
        Decimal(270000),
    ]
    (before,) = shares(GRANT, SERIES, 2022, dt.date(2021, 12, 31))
    assert before.amount is None  # on 2021-12-31 the extension had not taken effect
    assert words("sv").say(before.why) == "okänt: avtalet anger inget belopp för 2022"


def test_only_files_with_the_new_blocks_are_computed_share_by_share() -> None:
    seeds = Path(__file__).resolve().parent.parent / "agreements"
    for path in seeds.glob("*.yaml"):
        loaded, _ = load_text(path.read_text(encoding="utf-8"), str(path))
        assert loaded is not None and not needs_shares(loaded.agreement)
    assert needs_shares(SHELTER) and needs_shares(GRANT)


def test_the_schedule_holds_the_sides_grants_not_the_fees() -> None:
    found = scheduled_shares(SHELTER, SERIES, 2025, dt.date(2025, 2, 28), "public")
    assert len(found) == 8 and {s.kind for s in found} == {"grant"}
    assert scheduled_shares(SHELTER, SERIES, 2025, dt.date(2025, 2, 28), "civil") == []
