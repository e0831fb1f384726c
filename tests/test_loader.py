"""Positions and hints: a schema error must point at the line a person has to fix."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from conftest import AGREEMENTS, english
from iopctl.loader import load_text, read_text

LINKOPING = (AGREEMENTS / "linkoping-boj-2023.yaml").read_text(encoding="utf-8")


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_error_inside_a_discriminated_union_points_at_the_value() -> None:
    text = LINKOPING.replace(
        "times_per_year: 2\n    by: public", "times_per_year: two\n    by: public"
    )
    loaded, problems = load_text(text, "x.yaml")
    assert loaded is None
    (problem,) = problems
    assert problem.line == line_of(text, "times_per_year: two")
    assert problem.field == "duties[3].times_per_year"
    assert "'two' is not a number" in english(problem)


def test_unknown_nested_key_suggests_the_nearest_known_one() -> None:
    text = LINKOPING.replace(
        "    agenda:\n      - Dialog kring", "    agenad:\n      - Dialog kring"
    )
    _, problems = load_text(text, "x.yaml")
    (problem,) = problems
    assert problem.code == "unknown-key"
    assert problem.line == line_of(text, "agenad:")
    assert "(did you mean 'agenda'?)" in english(problem)


def test_missing_key_points_at_its_parent() -> None:
    text = LINKOPING.replace("  end: 2025-12-31\n", "")
    _, problems = load_text(text, "x.yaml")
    (problem,) = problems
    assert (problem.code, problem.line) == ("missing-key", line_of(text, "  start: 2023-01-01"))
    assert english(problem) == "missing required key 'end' in term"


def test_literal_typo_gets_a_hint() -> None:
    _, problems = load_text(LINKOPING.replace("status: ended", "status: activ"), "x.yaml")
    assert "(did you mean 'active'?)" in english(problems[0])


def test_money_is_decimal_from_its_text() -> None:
    loaded, problems = load_text(LINKOPING.replace("amount: 472200", "amount: 472200.10"), "x.yaml")
    assert problems == []
    assert loaded is not None
    grant = loaded.agreement.funding.contributions[0]  # type: ignore[union-attr]
    assert grant.amount == Decimal("472200.10")


def test_where_gives_path_and_line() -> None:
    loaded, _ = load_text(LINKOPING, "agreements/linkoping-boj-2023.yaml")
    assert loaded is not None
    line = line_of(LINKOPING, "  end: 2025-12-31")
    assert loaded.where("term", "end") == f"agreements/linkoping-boj-2023.yaml:{line}"


def test_a_yaml_tag_is_refused_at_the_tagged_node() -> None:
    text = LINKOPING.replace("status: ended", "status: !!python/name:os.system ended")
    loaded, problems = load_text(text, "x.yaml")
    assert loaded is None
    (problem,) = problems
    assert (problem.code, problem.line, problem.field) == ("yaml-tag", 6, "status")
    assert "unsupported YAML tag" in english(problem)


def test_a_complex_key_is_refused() -> None:
    text = LINKOPING.replace("status: ended", "? [a, b]\n: ended")
    _, problems = load_text(text, "x.yaml")
    # The refused key is gone, so the schema, checked in the same run, misses `status`.
    assert [p.code for p in problems] == ["yaml-complex-key", "missing-key"]
    assert problems[0].line == 6
    assert english(problems[1]) == "missing required key 'status' in the agreement"


def test_yaml_and_schema_problems_come_in_one_run() -> None:
    text = (
        LINKOPING.replace("approximate: true", "approximate: yes")
        .replace("  end: 2025-12-31", "  end: 2025-02-30")
        .replace("status: ended", "status: activ")
    )
    _, problems = load_text(text, "x.yaml")
    # The reader's messages for `yes` and the impossible date are not repeated by the schema.
    assert [p.code for p in problems] == ["invalid-date", "yaml11-boolean", "schema"]
    assert problems[2].field == "status"


def test_a_tab_in_indentation_is_located_at_the_tab() -> None:
    text = LINKOPING.replace("  dnr:", "  \tdnr:")
    _, problems = load_text(text, "x.yaml")
    assert [(p.code, p.line, p.col) for p in problems] == [("yaml-tab", 8, 3)]


def test_a_run_of_compact_indicators_is_located_at_its_line_on_any_line() -> None:
    """The pre-scan finds line starts by newlines: the first line has none before it."""
    run = "- " * 70 + "x\n"
    for text, line in ((run, 1), ("a: 1\nb:\n" + run, 3)):
        _, problems = load_text(text, "x.yaml")
        assert [(p.code, p.line, p.col) for p in problems] == [("yaml-too-deep", line, 1)]


def test_a_tab_in_the_text_but_not_in_indentation_is_fine() -> None:
    """Only a tab in indentation is refused; the scan for it runs only when there is a tab."""
    text = LINKOPING.replace("title: ", "title: \t", 1)
    loaded, problems = load_text(text, "x.yaml")
    assert problems == [] and loaded is not None


def test_a_bidi_override_is_refused_raw_or_escaped_and_a_backslash_alone_is_text() -> None:
    """Scalars are searched for control characters only when the text has a raw one or a
    backslash; the three ways in must still be told apart exactly."""
    title = next(line for line in LINKOPING.splitlines() if line.startswith("title: "))
    row = line_of(LINKOPING, title)
    for written in ("title: a\u202eb", 'title: "a\\u202eb"', 'title: "a\\x1bb"'):
        _, problems = load_text(LINKOPING.replace(title, written, 1), "x.yaml")
        assert [(p.code, p.line) for p in problems] == [("yaml-character", row)], written
    loaded, problems = load_text(LINKOPING.replace(title, "title: a\\u202eb", 1), "x.yaml")
    assert problems == [] and loaded is not None and loaded.agreement.title == "a\\u202eb"


def test_a_contact_may_say_why_it_is_listed() -> None:
    text = LINKOPING.replace(
        "    name: John Fristedt\n    title:",
        "    name: John Fristedt\n    note: Handläggare enligt sidhuvudet\n    title:",
    )
    loaded, problems = load_text(text, "x.yaml")
    assert problems == []
    assert loaded is not None
    assert loaded.agreement.contacts[0].note == "Handläggare enligt sidhuvudet"


def test_a_series_file_is_named_as_such_in_messages(tmp_path: Path) -> None:
    from iopctl.loader import load_series

    folder = tmp_path / "indices"
    folder.mkdir()
    (folder / "opi.yaml").write_text(
        "name: OPI\ntitle: OPI\npublisher: SKR\nunit: percent_change\nvalus: []\n",
        encoding="utf-8",
    )
    _, problems = load_series([str(tmp_path)])
    (problem,) = problems
    assert english(problem) == "unknown key 'valus' in the series file (did you mean 'values'?)"


def test_a_file_larger_than_its_stated_size_is_read_whole() -> None:
    """``read_text`` asks for the file's stated size first; a file that is longer (it grew,
    or it is one of the kernel's, which say 0 bytes) is still read to its end."""
    kernel_file = Path("/proc/self/mounts")  # the kernel states 0 bytes for it
    assert kernel_file.stat().st_size == 0
    text, problems = read_text(str(kernel_file))
    assert problems == [] and text is not None
    assert len(text) > 1 and text.endswith("\n")
