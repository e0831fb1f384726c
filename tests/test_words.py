"""The words layer: catalogs agree with each other, and a new language is one catalog."""

from __future__ import annotations

import datetime as dt
import string
from decimal import Decimal

import pytest

from iopctl.rules.reasons import DayOfYear, Label, Money, Months, Percent, Weekday, reason
from iopctl.words import LANGUAGES, Language, MissingText, Words, en, sv, words


def fields(entry: object) -> set[str]:
    if not isinstance(entry, str):
        return set()
    return {name for _, name, _, _ in string.Formatter().parse(entry) if name}


@pytest.mark.parametrize("other", [en.CATALOG])
def test_every_language_has_the_same_ids_and_fields(other: dict[str, object]) -> None:
    assert set(other) == set(sv.CATALOG)
    for key, entry in sv.CATALOG.items():
        if isinstance(entry, str) and isinstance(other[key], str):
            assert fields(other[key]) == fields(entry), key


def test_arguments_are_put_into_words_by_type() -> None:
    sv_words, en_words = words("sv"), words("en")
    assert sv_words.arg(Money(Decimal(472200))) == "472\u00a0200\u00a0kr"
    assert en_words.arg(Money(Decimal(472200))) == "SEK\u00a0472,200"
    assert sv_words.arg(Months(1)) == "1 månad"
    assert en_words.arg(Months(6)) == "6 months"
    assert sv_words.arg(Weekday(dt.date(2025, 6, 28))) == "lördag"
    assert en_words.arg(DayOfYear(9, 30)) == "September 30"
    assert sv_words.arg(DayOfYear(9, 30)) == "30 september"
    assert sv_words.arg(Percent(Decimal("4.6"))) == "4,6\u00a0%"
    assert sv_words.arg(Label("status", "overdue")) == "försenad"
    assert sv_words.arg(dt.date(2025, 1, 2)) == "2025-01-02"
    assert sv_words.arg(2025) == "2025"


def test_a_third_language_is_one_catalog() -> None:
    """A stub German catalog plugs in without touching any code."""
    stub = {**sv.CATALOG, "unit.money": "{figure}\u00a0SEK", "status.overdue": "überfällig"}
    german = Words(Language("de", "de_DE", stub, "de"))
    assert german.label("status", "overdue") == "überfällig"
    assert german.money(Decimal(1500)) == "1.500\u00a0SEK"


def test_a_missing_text_is_an_error_that_names_it() -> None:
    with pytest.raises(MissingText, match=r"no\.such\.id"):
        words("sv").say(reason("no.such.id"))


def test_only_offered_languages() -> None:
    assert LANGUAGES == ("sv", "en")
    with pytest.raises(ValueError, match="xx"):
        words("xx")
