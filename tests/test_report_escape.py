"""Text from an agreement cannot change a report's markdown structure (issue 11).

Every string field of the seeds that the format accepts is replaced by hostile
text (a newline and a heading, a code fence, table pipes, ``<script>``, a
line separator); the report must have the same headings, tables and fences as
the benign one, the mermaid block must stay valid, and no raw HTML may pass.
A hypothesis property does the same with generated text.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from pydantic import ValidationError

from iopctl.document import LoadedAgreement
from iopctl.models import Agreement
from iopctl.report import (
    Renderer,
    ReportOptions,
    cell,
    gantt_name,
    md,
    oneline,
    render_agreement_report,
    render_portfolio,
)
from report_helpers import AS_OF, SEED_IDS, gantt_blocks, gantt_errors, seeds

HOSTILE = (
    "x\n# Rubrik\n```\n| a | b |\n|---|---|\n<script>alert(1)</script>\u2028## två\r"
    "- punkt\n> citat\n1. lista\n===\n~~~\\|` ; : # % --- "
)

Path = tuple[str | int, ...]


def _strings(value: Any, path: Path = ()) -> Iterator[Path]:
    if isinstance(value, str):
        yield path
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield from _strings(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _strings(inner, (*path, index))


def _set(data: Any, path: Path, text: str) -> None:
    for key in path[:-1]:
        data = data[key]
    data[path[-1]] = text


def text_fields(loaded: LoadedAgreement) -> list[Path]:
    """Every string in the agreement that the format lets hold free text (not codes, ids)."""
    data = loaded.agreement.model_dump(by_alias=True, exclude_none=True)
    free = []
    for path in _strings(data):
        trial = loaded.agreement.model_dump(by_alias=True, exclude_none=True)
        _set(trial, path, HOSTILE)
        try:
            Agreement.model_validate(trial)
        except ValidationError:
            continue
        free.append(path)
    return free


def with_texts(loaded: LoadedAgreement, text: Callable[[Path], str]) -> LoadedAgreement:
    data = loaded.agreement.model_dump(by_alias=True, exclude_none=True)
    for path in text_fields(loaded):
        _set(data, path, text(path))
    return dataclasses.replace(loaded, agreement=Agreement.model_validate(data))


_PARSER = MarkdownIt("commonmark").enable("table")


def structure(markdown: str) -> list[str]:
    """The block structure: headings by level, table rows, fences and HTML blocks, in order."""
    shape = []
    for token in _PARSER.parse(markdown):
        if token.type in {"heading_open", "tr_open", "fence", "html_block", "table_open"}:
            shape.append(f"{token.type}:{token.tag}:{token.info if token.type == 'fence' else ''}")
    return shape


RENDERER = Renderer()
"""One environment for the module: compiling the templates is what a render costs most."""


def _report(loaded: LoadedAgreement, lang: str = "sv") -> str:
    options = ReportOptions(as_of=AS_OF, lang=lang)
    return render_agreement_report(loaded, seeds().series, options, RENDERER)


def _seed(agreement_id: str) -> LoadedAgreement:
    loaded = seeds().find(agreement_id)
    assert loaded is not None
    return loaded


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("agreement_id", SEED_IDS)
def test_hostile_text_in_every_field_leaves_the_structure_alone(
    agreement_id: str, lang: str
) -> None:
    benign = _seed(agreement_id)
    hostile = with_texts(benign, lambda _: HOSTILE)
    assert len(text_fields(benign)) >= 20  # titles, names, notes, obligations, referrals, …
    text = _report(hostile, lang)
    assert structure(text) == structure(_report(benign, lang))
    assert "<script" not in text and "\n# Rubrik" not in text
    assert all(gantt_errors(block) == [] for block in gantt_blocks(text))


def test_hostile_text_leaves_the_portfolio_structure_alone() -> None:
    agreements = seeds().agreements
    hostile = [with_texts(a, lambda _: HOSTILE) for a in agreements]
    options = ReportOptions(as_of=AS_OF)
    text = render_portfolio(hostile, seeds().series, options, RENDERER)
    assert structure(text) == structure(
        render_portfolio(agreements, seeds().series, options, RENDERER)
    )
    assert "<script" not in text


FIELDS = {agreement_id: text_fields(_seed(agreement_id)) for agreement_id in SEED_IDS[:2]}


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data(), agreement_id=st.sampled_from(sorted(FIELDS)))
def test_generated_text_never_breaks_the_markdown(data: st.DataObject, agreement_id: str) -> None:
    benign = _seed(agreement_id)
    texts = {
        path: data.draw(st.text(min_size=1, max_size=30).filter(str.strip))
        for path in FIELDS[agreement_id]
    }
    generated = with_texts(benign, lambda path: texts[path])
    text = _report(generated)
    assert structure(text) == structure(_report(benign))


@given(st.text())
def test_escaped_text_is_one_line_without_html_or_a_block_start(text: str) -> None:
    for escaped in (md(text), oneline(text), gantt_name(text)):
        assert "\n" not in escaped and "\r" not in escaped and "<" not in escaped
    parsed = _PARSER.parse(f"{md(text)}\n")
    assert [t.type for t in parsed if t.type.endswith("_open")] in ([], ["paragraph_open"])
    assert "<" not in cell(text).replace("<br>", "") and "\n" not in cell(text)


def test_the_seeds_text_passes_unchanged() -> None:
    for path in FIELDS["linkoping-boj-2023"]:
        value: Any = _seed("linkoping-boj-2023").agreement.model_dump(by_alias=True)
        for key in path:
            value = value[key]
        assert oneline(value) == " ".join(value.split()), path
