"""``deadlines`` and ``report --all`` stream: one agreement in memory at a time, only
rows (or a portfolio entry) kept (issue 12).

No timing: the tests count the documents alive while the stream runs, so they
fail the day someone collects every document before evaluating them.
"""

from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path

import pytest

import iopctl.report
from conftest import AGREEMENTS, run_cli
from iopctl.document import LoadedAgreement
from iopctl.project import open_stream, stream_deadlines
from iopctl.rules import evaluate as evaluate_module
from iopctl.rules.deadlines import Deadline, DeadlineQuery

AS_OF = dt.date(2023, 6, 1)
COPIES = 40


def corpus(folder: Path) -> Path:
    """``COPIES`` agreements made from one seed, each with its own id (= file stem)."""
    text = (AGREEMENTS / "linkoping-boj-2023.yaml").read_text(encoding="utf-8")
    for i in range(COPIES):
        name = f"linkoping-copy-{i:03d}"
        (folder / f"{name}.yaml").write_text(
            text.replace("id: linkoping-boj-2023", f"id: {name}"), encoding="utf-8"
        )
    return folder


def alive() -> int:
    gc.collect()
    return sum(isinstance(o, LoadedAgreement) for o in gc.get_objects())


def test_deadlines_keep_rows_not_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = corpus(tmp_path)
    before = alive()
    seen: list[int] = []
    rows_of = evaluate_module.agreement_rows

    def counting(loaded: LoadedAgreement, *args: object, **kwargs: object) -> list[Deadline]:
        seen.append(alive() - before)
        return rows_of(loaded, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(evaluate_module, "agreement_rows", counting)
    query = DeadlineQuery(as_of=AS_OF, until=dt.date(2024, 6, 1))
    run = stream_deadlines(open_stream([str(folder)], checked_on=AS_OF, data_dirs=[]), query)
    assert len(seen) == COPIES and len(run.ids) == COPIES
    assert max(seen) <= 2, seen  # the agreement being evaluated (and its log-filtered copy)
    assert alive() == before
    assert len({row.agreement for row in run.rows}) == COPIES


def test_report_all_keeps_entries_not_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the CLI, as a user runs it: each portfolio entry is made while only its own
    agreement is alive, and nothing of the documents outlives the report."""
    folder = corpus(tmp_path)
    run_cli("report", "--all", "--as-of", AS_OF.isoformat(), "--path", str(folder))  # warm-up
    before = alive()
    seen: list[int] = []
    entry_of = iopctl.report.portfolio_entry

    def counting(loaded: LoadedAgreement, *args: object, **kwargs: object) -> object:
        seen.append(alive() - before)
        return entry_of(loaded, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(iopctl.report, "portfolio_entry", counting)
    run = run_cli("report", "--all", "--as-of", AS_OF.isoformat(), "--path", str(folder))
    assert run.code == 0, run.stderr
    assert len(seen) == COPIES
    assert max(seen) <= 1, seen  # the agreement whose entry is being made
    assert alive() == before
    assert run.stdout.count("linkoping-copy-") >= COPIES


def test_a_duplicate_id_found_at_the_end_drops_that_files_rows(tmp_path: Path) -> None:
    """Two folders with a file of one id: the second is an error once both are seen."""
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    corpus(first)
    seed = first / "linkoping-copy-000.yaml"
    (second / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    stream = open_stream([str(first), str(second)], checked_on=AS_OF, data_dirs=[])
    run = stream_deadlines(stream, DeadlineQuery(as_of=AS_OF, until=dt.date(2024, 6, 1)))
    (duplicate,) = [p for p in stream.problems if p.code == "duplicate-id"]
    assert duplicate.path == str(second / seed.name)
    once = [r for r in run.rows if r.agreement == "linkoping-copy-001"]
    assert once and len([r for r in run.rows if r.agreement == "linkoping-copy-000"]) == len(once)
