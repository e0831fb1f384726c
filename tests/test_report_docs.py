"""docs/report.md and the README tell the truth: examples are real output, every variable named."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from conftest import ROOT
from iopctl.report import (
    ReportOptions,
    agreement_view,
    compute,
    portfolio_entry,
    portfolio_view,
    texts,
)
from report_helpers import AS_OF, agreement_report, seeds

DOC = ROOT / "docs" / "report.md"
README = ROOT / "README.md"
EXCERPT = re.compile(
    r"<!-- excerpt: (?P<id>\S+) (?P<meeting>\S+) (?P<lang>\S+) (?P<as_of>\S+) -->\n"
    r"````markdown\n(?P<text>.*?)````\n<!-- end excerpt -->",
    re.DOTALL,
)


def _excerpts(text: str) -> list[re.Match[str]]:
    return list(EXCERPT.finditer(text))


def _readme_example() -> str:
    """The README's report section (GitHub issue #5), between its markers."""
    text = README.read_text(encoding="utf-8")
    start, end = "<!-- report-example:start -->", "<!-- report-example:end -->"
    assert start in text and end in text, "README.md lost its report-example markers"
    return text[text.index(start) : text.index(end)]


@pytest.mark.parametrize(
    "where",
    [lambda: DOC.read_text(encoding="utf-8"), _readme_example],
    ids=["docs/report.md", "README.md"],
)
def test_example_excerpts_appear_verbatim_in_the_real_report(where: Callable[[], str]) -> None:
    matches = _excerpts(where())
    assert matches, "lost its excerpt markers"
    for match in matches:
        assert match["as_of"] == AS_OF.isoformat()
        report = agreement_report(match["id"], match["lang"], match["meeting"])
        assert match["text"] in report, match["text"][:80]


def test_excerpt_check_can_fail() -> None:
    (first, *_) = _excerpts(_readme_example())
    altered = first["text"].replace("472\u00a0200", "472\u00a0201")
    assert altered != first["text"]
    assert altered not in agreement_report(first["id"], first["lang"], first["meeting"])


def _keys(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, inner in value.items():
            yield key
            yield from _keys(inner)
    elif isinstance(value, list):
        for item in value:
            yield from _keys(item)


def test_every_template_variable_is_documented() -> None:
    project = seeds()
    options = ReportOptions(as_of=AS_OF, meeting="strategic")
    linkoping = project.find("linkoping-boj-2023")
    assert linkoping is not None
    views = [
        agreement_view(
            linkoping, compute(linkoping, project.series, AS_OF), options, project.series
        )
    ]
    entries = [portfolio_entry(a, project.series, options) for a in project.agreements]
    views.append(portfolio_view(entries, options))
    for loaded in project.agreements:
        plain = ReportOptions(as_of=AS_OF)
        views.append(
            agreement_view(loaded, compute(loaded, project.series, AS_OF), plain, project.series)
        )
    text = DOC.read_text(encoding="utf-8")
    documented = text[text.index("## Variables of the agreement report") : text.index("## Example")]
    missing = sorted(
        {k for view in views for k in _keys(view)} - set(re.findall(r"\w+", documented))
    )
    assert missing == []


def test_the_words_given_to_templates_are_documented() -> None:
    """``t`` is a variable, each of its word tables is named, and every ``t.key`` named exists."""
    text = DOC.read_text(encoding="utf-8")
    variables = text[text.index("## Variables of the agreement report") : text.index("## Words")]
    words = text[text.index("## Words") : text.index("## Variables of the portfolio overview")]
    assert "| `t` |" in variables
    tables = {key for key, value in texts("sv").items() if not isinstance(value, str)}
    assert sorted(key for key in tables if f"`{key}`" not in words) == []
    named = set(re.findall(r"\bt\.(\w+)", words))
    assert named and named - set(texts("sv")) == set()
