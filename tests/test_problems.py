"""Problems as data: one table of codes, messages said in the reader's language."""

from __future__ import annotations

import datetime as dt
import string
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import TESTS
from iopctl.checks import (
    CHECKS,
    ERROR_CHECKS,
    WARNING_CHECKS,
    YIELDS,
    CheckContext,
    check_agreement,
)
from iopctl.document import LoadedAgreement
from iopctl.indices import SeriesStore
from iopctl.loader import load_paths
from iopctl.problems import CODES, Problem, Severity, problem, render_text, shorten
from iopctl.terminal import first_control, for_terminal, one_line
from iopctl.words import en, sv
from iopctl.words.problems import sayer

BAD = TESTS / "bad_inputs"


def test_severity_comes_from_the_table() -> None:
    assert problem("a.yaml", 1, 1, "implausible-term", variant="long", years=30).severity is (
        Severity.WARNING
    )
    assert problem("a.yaml", 1, 1, "term-order").severity is Severity.ERROR
    with pytest.raises(KeyError):
        problem("a.yaml", 1, 1, "no-such-code")


@pytest.mark.parametrize("catalog", [sv.CATALOG, en.CATALOG], ids=["sv", "en"])
def test_every_code_has_a_text_in_every_language(catalog: dict[str, object]) -> None:
    for code in CODES:
        assert any(
            key == f"problem.{code}" or key.startswith(f"problem.{code}.") for key in catalog
        )


def test_which_checks_can_find_errors_follows_from_their_codes() -> None:
    assert set(ERROR_CHECKS) | set(WARNING_CHECKS) == set(CHECKS)
    for check in CHECKS:
        severities = {CODES[code].severity for code in YIELDS[check]}
        assert (check in ERROR_CHECKS) == (Severity.ERROR in severities), check.__name__


def test_a_check_that_yields_a_code_it_did_not_declare_is_caught(
    asset_agreement: LoadedAgreement,
) -> None:
    from iopctl.checks import yields

    @yields("implausible-term")
    def lying(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
        yield problem(la.path, 1, 1, "term-order")

    ctx = CheckContext(dt.date(2025, 6, 1), SeriesStore())
    found = check_agreement(asset_agreement, ctx, checks=(lying,))
    assert [p.code for p in found] == ["check-crashed", "term-order"]
    assert "term-order" in sayer("en")(found[0])


@pytest.fixture
def asset_agreement() -> LoadedAgreement:
    result = load_paths([str(BAD / "bom.yaml")])
    return result.agreements[0]


def _bad_problems() -> list[Problem]:
    problems: list[Problem] = []
    ctx = CheckContext(dt.date(2025, 6, 1), SeriesStore())
    for path in sorted(BAD.rglob("*.yaml")):
        result = load_paths([str(path)])
        problems += result.problems
        for la in result.agreements:
            problems += check_agreement(la, ctx)
    return problems


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_bad_input_is_said_in_both_languages_with_every_field_filled(lang: str) -> None:
    problems = _bad_problems()
    assert len({p.code for p in problems}) > 20
    say = sayer(lang)
    for p in problems:
        text = say(p)
        assert text and "{" not in text, (p, text)


def test_swedish_and_english_differ_but_codes_do_not() -> None:
    p = problem("a.yaml", 3, 1, "missing-party", role="civil")
    assert sayer("sv")(p) == "ingen part med rollen 'civil'"
    assert sayer("en")(p) == "no party with role 'civil'"
    assert render_text([p], sayer("sv")).startswith("a.yaml:3:1: error missing-party ")


def _controls(text: str) -> set[str]:
    return {ch for ch in text if unicodedata.category(ch) in {"Cc", "Zl", "Zp"}}


@given(st.text())
def test_no_control_character_reaches_a_terminal(text: str) -> None:
    assert _controls(one_line(text)) == set()
    # A CSV's line end \r\n is kept on purpose (terminal.py): only a lone \r is a control.
    assert _controls(for_terminal(text).replace("\r\n", "\n")) <= {"\n", "\t"}


@given(st.text(alphabet="ab\r\n\t\x1b\x85\u2028\u202e\udcff"))
def test_first_control_is_where_for_terminal_first_rewrites(text: str) -> None:
    """``first_control`` searches the cheaper class alone when there is no ``\\r``; the
    offset must still be the one the whole pattern gives (a lone ``\\r`` included)."""
    shown = for_terminal(text)
    at = first_control(text)
    if at is None:
        assert shown == text
    else:
        assert shown[:at] == text[:at] and shown[at:] != text[at:]


@given(st.text(alphabet=string.printable + "\x1b\x00\u2028\u0085\r"))
def test_a_file_name_cannot_forge_a_problem_line(name: str) -> None:
    p = problem(f"{name}.yaml", 1, 1, "empty-file")
    assert render_text([p], sayer("en")).count("\n") == 1


def test_a_file_name_that_is_not_utf8_prints_under_strict_utf8(tmp_path: Path) -> None:
    p = problem("agreements/\udcff.yaml", 0, 0, "not-found")
    line = render_text([p], sayer("en"))
    line.encode("utf-8")  # strict: raises on a surrogate
    assert line.startswith("agreements/\\xff.yaml: error not-found")


def test_a_number_too_long_to_print_is_named_by_its_size() -> None:
    assert shorten(10**5000).startswith("<a number of")


def test_our_colour_codes_stay_and_nothing_else() -> None:
    styled = "\x1b[1mDatum\x1b[0m \x1b[2J"
    assert for_terminal(styled, colour=True) == "\x1b[1mDatum\x1b[0m \\x1b[2J"
    assert for_terminal(styled) == "\\x1b[1mDatum\\x1b[0m \\x1b[2J"
