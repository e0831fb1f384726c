"""``deadlines``, ``report --all`` and ``site`` stream: one agreement in memory at a time,
only rows (or a portfolio entry, or what the site's portfolio-wide files need) kept; a
command about one agreement keeps only that one
(issue 12).

No timing: the tests count the documents alive while the stream runs, so they
fail the day someone collects every document before evaluating them.
"""

from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path
from typing import Any

import pytest

import iopctl.report
import iopctl.site.build
from conftest import AGREEMENTS, run_cli
from iopctl.document import LoadedAgreement
from iopctl.project import find_checked, open_stream, stream_deadlines
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


def twice(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Two folders: ``a`` with the corpus, ``b`` with a second file of the id
    ``linkoping-copy-000``; and the first file of that id."""
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    corpus(first)
    seed = first / "linkoping-copy-000.yaml"
    (second / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    return first, second, seed


def test_a_duplicate_id_found_at_the_end_drops_that_files_rows(tmp_path: Path) -> None:
    """Two folders with a file of one id: the second is an error once both are seen."""
    first, second, seed = twice(tmp_path)
    stream = open_stream([str(first), str(second)], checked_on=AS_OF, data_dirs=[])
    run = stream_deadlines(stream, DeadlineQuery(as_of=AS_OF, until=dt.date(2024, 6, 1)))
    (duplicate,) = [p for p in stream.problems if p.code == "duplicate-id"]
    assert duplicate.path == str(second / seed.name)
    once = [r for r in run.rows if r.agreement == "linkoping-copy-001"]
    assert once and len([r for r in run.rows if r.agreement == "linkoping-copy-000"]) == len(once)


@pytest.mark.parametrize("command", ["show", "payments", "report"])
def test_one_agreement_looked_up_by_id_is_the_only_document_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    """``show ID`` (and every command of one agreement) reads the folder one file at a time:
    when the agreement is worded, it is the only document alive, not the whole folder."""
    import iopctl.project
    import iopctl.rules.evaluate
    import iopctl.summary

    folder = corpus(tmp_path)
    run_cli("show", "linkoping-copy-000", "--path", str(folder))  # warm-up
    before = alive()
    seen: list[int] = []

    def counting(original: Any) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            seen.append(alive() - before)
            return original(*args, **kwargs)

        return call

    said = iopctl.project._said_everywhere  # once per file read, as the files are checked
    monkeypatch.setattr(iopctl.project, "_said_everywhere", counting(said))
    monkeypatch.setattr(iopctl.summary, "render_summary", counting(iopctl.summary.render_summary))
    monkeypatch.setattr(iopctl.rules.evaluate, "evaluate", counting(iopctl.rules.evaluate.evaluate))
    report = iopctl.report.render_agreement_report
    monkeypatch.setattr(iopctl.report, "render_agreement_report", counting(report))
    args = ["--as-of", AS_OF.isoformat()] if command != "show" else []
    run = run_cli(command, "linkoping-copy-020", "--path", str(folder), *args)
    assert run.code == 0, run.stderr
    # the one asked for, the file being checked, and the one before it (the loop still names
    # it until the next one is read): three, however many files there are
    assert len(seen) > COPIES and max(seen) <= 3, str(seen)
    assert alive() == before


def test_an_id_is_looked_up_among_the_files_that_pass_the_checks(tmp_path: Path) -> None:
    first, second, seed = twice(tmp_path)
    broken = first / "linkoping-copy-001.yaml"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("notice_months: 6", "notice_months: 0"),
        encoding="utf-8",
    )
    paths = [str(first), str(second)]

    def find(agreement_id: str) -> tuple[LoadedAgreement | None, list[str]]:
        return find_checked(open_stream(paths, checked_on=AS_OF, data_dirs=[]), agreement_id)

    found, known = find("linkoping-copy-000")  # the second file of this id is the error
    assert found is not None and found.path == str(seed)
    assert len(known) == COPIES - 1 and "linkoping-copy-001" not in known
    assert find("linkoping-copy-001")[0] is None
    assert find("no-such-id") == (None, known)


def test_site_keeps_rows_not_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the CLI: each agreement is computed while it is the only document alive,
    none outlives the site, and every file is made."""
    folder = tmp_path / "agreements"
    folder.mkdir()
    corpus(folder)
    out = tmp_path / "site"
    args = ("site", str(folder), "--as-of", AS_OF.isoformat(), "-o", str(out))
    run_cli(*args)  # warm-up
    before = alive()
    seen: list[int] = []
    compute = iopctl.site.build.compute

    def counting(loaded: LoadedAgreement, *args: object, **kwargs: object) -> object:
        seen.append(alive() - before)
        return compute(loaded, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(iopctl.site.build, "compute", counting)
    run = run_cli(*args)
    assert run.code == 0, run.stderr
    assert len(seen) == COPIES
    assert max(seen) <= 1, seen  # the agreement being computed
    assert alive() == before
    assert len(list((out / "agreements").glob("linkoping-copy-*.html"))) == COPIES
    assert (out / "deadlines.html").read_text(encoding="utf-8").count(
        'href="feeds/agreement-linkoping-copy-'
    ) == COPIES


def test_a_duplicate_id_in_the_site_is_the_first_files(tmp_path: Path) -> None:
    """The later file of an id is the error: the site shows the first one, once."""
    first, second, seed = twice(tmp_path)
    text = seed.read_text(encoding="utf-8").replace("title: ", "title: SECOND ", 1)
    (second / seed.name).write_text(text, encoding="utf-8")
    out = tmp_path / "site"
    run = run_cli("site", str(first), str(second), "--as-of", AS_OF.isoformat(), "-o", str(out))
    assert run.code == 1 and "duplicate-id" in run.stderr
    page = (out / "agreements" / "linkoping-copy-000.html").read_text(encoding="utf-8")
    assert "SECOND" not in page and "SECOND" not in (out / "index.html").read_text("utf-8")
    feed = (out / "feeds" / "all.ics").read_text(encoding="utf-8")
    uids = [line for line in feed.splitlines() if line.startswith("UID:")]
    assert len(uids) == len(set(uids)) and any("linkoping-copy-000." in u for u in uids)
