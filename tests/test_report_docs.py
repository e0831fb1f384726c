"""docs/report.md tells the truth: its example is real output, and it names every variable."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from conftest import ROOT
from iopctl.report import ReportOptions, agreement_view, compute, portfolio_view
from report_helpers import AS_OF, agreement_report, seeds

DOC = ROOT / "docs" / "report.md"
EXCERPT = re.compile(
    r"<!-- excerpt: (?P<id>\S+) (?P<meeting>\S+) (?P<lang>\S+) (?P<as_of>\S+) -->\n"
    r"````markdown\n(?P<text>.*?)````\n<!-- end excerpt -->",
    re.DOTALL,
)


def test_example_excerpt_appears_verbatim_in_the_real_report() -> None:
    match = EXCERPT.search(DOC.read_text(encoding="utf-8"))
    assert match is not None, "docs/report.md lost its excerpt markers"
    assert match["as_of"] == AS_OF.isoformat()
    report = agreement_report(match["id"], match["lang"], match["meeting"])
    assert match["text"] in report


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
    views = [agreement_view(linkoping, compute(linkoping, project.series, AS_OF, "sv"), options)]
    computed = [compute(a, project.series, AS_OF, "sv") for a in project.agreements]
    views.append(portfolio_view(project.agreements, computed, [], options))
    for loaded in project.agreements:
        plain = ReportOptions(as_of=AS_OF)
        views.append(agreement_view(loaded, compute(loaded, project.series, AS_OF, "sv"), plain))
    text = DOC.read_text(encoding="utf-8")
    documented = text[text.index("## Variables of the agreement report") : text.index("## Example")]
    missing = sorted(
        {k for view in views for k in _keys(view)} - set(re.findall(r"\w+", documented))
    )
    assert missing == []
