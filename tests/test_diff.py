"""``iopctl diff`` on a real git repository of the four seeds, against hand-worked answers.

The change under review (committed on top of the seeds, or left in the
working tree) is the one a municipality would make:

* Stockholm's stop-renewal day moves from 30 September to 30 October
  (``term.renewal.notice_by`` month 9 -> 10).  Rule 4: the deadline that stops
  renewal k is the last 30 October strictly before the previous period's end.
  Period 2 starts 2023-04-01 after the initial term ending 2023-03-31, so its
  stop day moves 2022-09-30 -> 2022-10-30 (a Sunday: act by Friday
  2022-10-28); period 3 (from 2024-04-01) moves 2023-09-30 -> 2023-10-30 (a
  Monday).  The cap 2025-03-31 allows no period 4.  Nothing else moves.
* Linköping's grant goes from 472 200 to 500 000 kr (and the stated total
  with it, 500 000 + 341 314 = 841 314).  Payments are yearly in January,
  indexation by OPI from 2024-01-01 for the payment year.  2023 (due
  2023-01-31, before the first adjustment) is the base itself: 472 200 ->
  500 000.  2024 and 2025 need OPI 2024 (and 2025), which no source names, so
  they are unknown on both sides: listed, because their base changed, as
  "okänt -> okänt" with the missing value named.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import AGREEMENTS, ROOT, Run, run_cli
from iopctl.changes import Side, compare
from iopctl.cli import DiffFormat
from iopctl.diffformat import DIFF_RENDERERS, md
from iopctl.document import LoadedAgreement
from iopctl.project import open_project

AS_OF = "2026-12-02"
STOCKHOLM = "agreements/stockholm-boj-vasterort-2022.yaml"
LINKOPING = "agreements/linkoping-boj-2023.yaml"


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, check=True, env=os.environ
    )
    return done.stdout


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def change_the_seeds(repo: Path) -> None:
    """The change under review: Stockholm's notice day and Linköping's grant."""
    edit(repo / STOCKHOLM, "notice_by: {month: 9, day: 30}", "notice_by: {month: 10, day: 30}")
    edit(repo / LINKOPING, "      amount: 472200", "      amount: 500000")
    edit(repo / LINKOPING, "stated_total: 813514", "stated_total: 841314")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A git repository of the seeds (agreements/ and data/), one commit, fixed author and date;
    the working directory is its root."""
    for name, value in {
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
        "GIT_AUTHOR_DATE": "2026-01-01T12:00:00Z",
        "GIT_COMMITTER_DATE": "2026-01-01T12:00:00Z",
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CEILING_DIRECTORIES": str(tmp_path),
    }.items():
        monkeypatch.setenv(name, value)
    root = tmp_path / "repo"
    root.mkdir()
    shutil.copytree(AGREEMENTS, root / "agreements")
    shutil.copytree(ROOT / "data", root / "data")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "The four seeds")
    monkeypatch.chdir(root)
    yield root


def diff(*args: str) -> Run:
    return run_cli("diff", "--as-of", AS_OF, *args)


TEXT_SV = """\
Ändringar från HEAD till arbetskopian, per 2026-12-02

agreements/linkoping-boj-2023.yaml (linkoping-boj-2023)
  belopp 2023: 472 200 kr → 500 000 kr — grundbelopp 472 200 kr → 500 000 kr
  belopp 2024: okänt → okänt — grundbelopp 472 200 kr → 500 000 kr; \
okänt: OPI 2024 saknas i data/indices/opi.yaml
  belopp 2025: okänt → okänt — grundbelopp 472 200 kr → 500 000 kr; \
okänt: OPI 2024 saknas i data/indices/opi.yaml; okänt: OPI 2025 saknas i data/indices/opi.yaml

agreements/stockholm-boj-vasterort-2022.yaml (stockholm-boj-vasterort-2022)
  villkor term.renewal.notice_by: 30 september → 30 oktober
  flyttad uppsägning period-2: 2022-09-30 → 2022-10-30 — \
Sista dag att säga upp för att stoppa förlängningen från 2023-04-01 (agera senast 2022-10-28)
  flyttad uppsägning period-3: 2023-09-30 → 2023-10-30 — \
Sista dag att säga upp för att stoppa förlängningen från 2024-04-01
""".replace("472 200 kr", "472\u00a0200\u00a0kr").replace("500 000 kr", "500\u00a0000\u00a0kr")


def test_text_says_what_the_change_means(repo: Path) -> None:
    change_the_seeds(repo)
    result = diff()
    assert (result.code, result.stderr) == (0, "")
    assert result.stdout == TEXT_SV


MARKDOWN_EN = """\
### Changes from `HEAD~1` to `HEAD`, as of 2026-12-02

#### agreements/linkoping-boj-2023.yaml (linkoping-boj-2023)

| change | what | before | after | note |
|---|---|---|---|---|
| amount | 2023 | SEK 472,200 | SEK 500,000 | base amount SEK 472,200 → SEK 500,000 |
| amount | 2024 | unknown | unknown | base amount SEK 472,200 → SEK 500,000; \
unknown: OPI 2024 missing in data/indices/opi.yaml |
| amount | 2025 | unknown | unknown | base amount SEK 472,200 → SEK 500,000; \
unknown: OPI 2024 missing in data/indices/opi.yaml; unknown: OPI 2025 missing in \
data/indices/opi.yaml |

#### agreements/stockholm-boj-vasterort-2022.yaml (stockholm-boj-vasterort-2022)

| change | what | before | after | note |
|---|---|---|---|---|
| clause | term.renewal.notice\\_by | September 30 | October 30 |  |
| moved | notice period-2 | 2022-09-30 | 2022-10-30 | \
Last day to give notice to stop the renewal from 2023-04-01 (act by 2022-10-28) |
| moved | notice period-3 | 2023-09-30 | 2023-10-30 | \
Last day to give notice to stop the renewal from 2024-04-01 |
""".replace("SEK ", "SEK\u00a0")


def test_markdown_between_two_commits_is_a_pull_request_comment(repo: Path) -> None:
    change_the_seeds(repo)
    git(repo, "commit", "-q", "-am", "Notice day and grant")
    result = diff("HEAD~1", "HEAD", "--format", "markdown", "--lang", "en")
    assert result.code == 0
    assert result.stdout == MARKDOWN_EN


def test_json_is_stable_and_complete(repo: Path) -> None:
    change_the_seeds(repo)
    git(repo, "commit", "-q", "-am", "Notice day and grant")
    doc = json.loads(diff("HEAD~1", "--format", "json").stdout)  # HEAD~1 against the tree
    assert {k: doc[k] for k in ("format_version", "from", "to", "as_of", "horizon", "changed")} == {
        "format_version": 1,
        "from": "HEAD~1",
        "to": None,
        "as_of": "2026-12-02",
        "horizon": "2031-12-02",
        "changed": True,
    }
    linkoping, stockholm = doc["agreements"]
    assert [(a["payment"], a["change"], a["from"], a["to"]) for a in linkoping["amounts"]] == [
        ("2023", "modified", 472200, 500000),
        ("2024", "modified", None, None),
        ("2025", "modified", None, None),
    ]
    assert linkoping["amounts"][1]["why"] == [
        "grundbelopp 472\u00a0200\u00a0kr → 500\u00a0000\u00a0kr",
        "okänt: OPI 2024 saknas i data/indices/opi.yaml",
    ]
    assert linkoping["deadlines"] == {"moved": [], "added": [], "removed": []}
    assert stockholm["clauses"] == [
        {
            "field": "term.renewal.notice_by",
            "from": {"month": 9, "day": 30},
            "to": {"month": 10, "day": 30},
        }
    ]
    moved = stockholm["deadlines"]["moved"]
    assert [(m["uid"], m["from"], m["to"], m["act_by_from"], m["act_by_to"]) for m in moved] == [
        ("stockholm-boj-vasterort-2022.notice_deadline.period-2", "2022-09-30", "2022-10-30",
         "2022-09-30", "2022-10-28"),
        ("stockholm-boj-vasterort-2022.notice_deadline.period-3", "2023-09-30", "2023-10-30",
         "2023-09-29", "2023-10-30"),
    ]  # fmt: skip
    assert stockholm["problems"] == {"new": [], "resolved": []}


def test_no_change_says_so_and_exits_0(repo: Path) -> None:
    edit(repo / STOCKHOLM, "\nid: ", "\n# a comment changes nothing\nid: ")
    for args in ((), ("--exit-code",)):
        result = diff(*args)
        assert result.code == 0
        assert result.stdout == "Inga ändringar i åtagandena mellan HEAD och arbetskopian.\n"
    assert json.loads(diff("--format", "json").stdout)["agreements"] == []


def test_exit_code_makes_a_change_exit_1(repo: Path) -> None:
    change_the_seeds(repo)
    assert diff().code == 0
    assert diff("--exit-code").code == 1


def test_the_working_tree_and_index_are_not_touched(repo: Path) -> None:
    change_the_seeds(repo)
    git(repo, "add", LINKOPING)
    before = (git(repo, "status", "--porcelain"), git(repo, "rev-parse", "HEAD"))
    texts = {p: p.read_bytes() for p in (repo / "agreements").iterdir()}
    diff("HEAD", "HEAD")
    diff()
    assert (git(repo, "status", "--porcelain"), git(repo, "rev-parse", "HEAD")) == before
    assert {p: p.read_bytes() for p in (repo / "agreements").iterdir()} == texts


def test_an_unknown_revision_exits_2_with_a_message(repo: Path) -> None:
    result = diff("no-such-branch")
    assert result.code == 2
    assert result.stdout == ""
    assert "no-such-branch: not a revision, and no such file or folder" in result.stderr


def test_outside_a_git_repository_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    outside = tmp_path / "plain"
    shutil.copytree(AGREEMENTS, outside / "agreements")
    monkeypatch.chdir(outside)
    result = diff()
    assert result.code == 2
    assert "is not inside a git repository" in result.stderr


def test_a_path_outside_the_repository_exits_2(repo: Path, tmp_path: Path) -> None:
    result = diff(str(tmp_path))
    assert result.code == 2
    assert "is outside the git repository" in result.stderr


def test_a_file_invalid_at_one_revision_lists_its_problems(repo: Path) -> None:
    edit(repo / STOCKHOLM, "  end: 2023-03-31", "  end: 2023-02-30")
    result = diff("--lang", "en")
    assert result.code == 0
    lines = result.stdout.splitlines()
    assert "agreements/stockholm-boj-vasterort-2022.yaml (stockholm-boj-vasterort-2022)" in lines
    assert "  The file is invalid on one side: obligations not compared." in lines
    assert any(
        line.startswith("  new problem agreements/stockholm-boj-vasterort-2022.yaml:")
        and "2023-02-30" in line
        for line in lines
    ), result.stdout
    git(repo, "commit", "-q", "-am", "Broken")
    back = diff("HEAD", "HEAD~1", "--format", "json")
    (change,) = json.loads(back.stdout)["agreements"]
    assert (change["compared"], change["problems"]["new"]) == (False, [])
    assert change["problems"]["resolved"][0]["severity"] == "error"


def test_an_agreement_added_lists_its_deadlines_and_a_removed_one_says_so(repo: Path) -> None:
    (repo / STOCKHOLM).unlink()
    doc = json.loads(diff("--format", "json").stdout)
    (removed,) = doc["agreements"]
    assert (removed["change"], removed["id"]) == ("removed", "stockholm-boj-vasterort-2022")
    assert len(removed["deadlines"]["removed"]) == 7  # with its expiry row (rule 11)
    git(repo, "rm", "-q", STOCKHOLM)
    git(repo, "commit", "-q", "-m", "Stockholm ends")
    text = diff("HEAD", "HEAD~1").stdout
    assert (
        "agreements/stockholm-boj-vasterort-2022.yaml (stockholm-boj-vasterort-2022): nytt avtal"
        in text
    )
    assert "  ny uppsägning period-3: – → 2023-09-30 — Sista dag" in text


def test_paths_and_agreement_choose_what_is_compared(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    change_the_seeds(repo)
    only = diff("--agreement", "linkoping-boj-2023", "--format", "json").stdout
    assert [a["id"] for a in json.loads(only)["agreements"]] == ["linkoping-boj-2023"]
    monkeypatch.chdir(repo / "agreements")  # paths are relative to the working directory
    result = diff("HEAD", "stockholm-boj-vasterort-2022.yaml", "--format", "json")
    assert [a["path"] for a in json.loads(result.stdout)["agreements"]] == [STOCKHOLM]
    assert diff("--agreement", "nobody").code == 2


def test_a_series_value_added_at_a_revision_changes_the_amounts(repo: Path) -> None:
    """data/ is read at each revision: OPI 2024 = 4.0 % makes 2024 known:
    472 200 × 1.04 = 491 088 kr (2025 still lacks OPI 2025)."""
    with (repo / "data" / "indices" / "opi.yaml").open("a", encoding="utf-8") as handle:
        handle.write("  - {year: 2024, value: 4.0, status: preliminary, source: test}\n")
    git(repo, "commit", "-q", "-am", "OPI 2024")
    doc = json.loads(diff("HEAD~1", "HEAD", "--format", "json", "--lang", "en").stdout)
    (linkoping,) = doc["agreements"]
    assert [(a["payment"], a["from"], a["to"]) for a in linkoping["amounts"]] == [
        ("2024", None, 491088),
        ("2025", None, None),
    ]
    assert linkoping["amounts"][0]["why"] == ["OPI 2024 unknown → 4%"]


def test_every_format_has_a_renderer() -> None:
    assert set(DIFF_RENDERERS) == {f.value for f in DiffFormat}


def test_markdown_escapes_file_text() -> None:
    assert md("a | b *c* [x](y) <b>\n`z`") == "a \\| b \\*c\\* \\[x\\](y) \\<b\\> \\`z\\`"


def seeds_side(documents: dict[str, LoadedAgreement] | None = None) -> Side:
    """A side of the seeds held in memory (or of ``documents``), each file's id its object's."""
    project = open_project([str(AGREEMENTS)], [str(ROOT / "data")])
    docs = documents or {la.path: la for la in project.agreements}
    return Side(
        label="x",
        files={path: str(id(loaded)) for path, loaded in docs.items()},
        series=project.series,
        series_id="bundled",
        load=lambda path: (docs[path], []),
    )


@settings(max_examples=15, deadline=None)
@given(st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2035, 12, 31)))
def test_a_side_compared_with_itself_has_no_change(as_of: dt.date) -> None:
    side = seeds_side()
    assert compare(side, side, as_of).agreements == ()


@settings(max_examples=15, deadline=None)
@given(
    st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2035, 12, 31)),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=28),
)
def test_comparing_the_other_way_swaps_before_and_after(
    as_of: dt.date, month: int, day: int
) -> None:
    """Whatever the new notice day, A→B and B→A are mirror images: moved old↔new, added↔removed."""
    project = open_project([str(AGREEMENTS)], [str(ROOT / "data")])
    documents = {la.path: la for la in project.agreements}
    old = seeds_side(documents)
    path = str(AGREEMENTS / "stockholm-boj-vasterort-2022.yaml")
    loaded = documents[path]
    term = loaded.agreement.term
    assert term.renewal is not None and term.renewal.notice_by is not None
    notice_by = term.renewal.notice_by.model_copy(update={"month": month, "day": day})
    renewal = term.renewal.model_copy(update={"notice_by": notice_by})
    agreement = loaded.agreement.model_copy(
        update={"term": term.model_copy(update={"renewal": renewal})}
    )
    new = seeds_side({**documents, path: LoadedAgreement(path, agreement, loaded.marks)})
    forth, back = compare(old, new, as_of), compare(new, old, as_of)
    assert len(forth.agreements) == len(back.agreements) <= 1
    for a, b in zip(forth.agreements, back.agreements, strict=True):
        assert [(m.old, m.new) for m in a.moved] == [(m.new, m.old) for m in b.moved]
        assert (a.added, a.removed) == (b.removed, b.added)
        assert [(c.old, c.new) for c in a.clauses] == [(c.new, c.old) for c in b.clauses]
        assert all(m.new.kind == "notice_deadline" for m in a.moved)


# --- git textconv -------------------------------------------------------------------


def test_git_diff_with_textconv_shows_deadlines(repo: Path) -> None:
    (repo / ".gitattributes").write_text("agreements/*.yaml diff=iopctl\n", encoding="utf-8")
    textconv = f"{sys.executable} -m iopctl textconv --as-of {AS_OF}"
    git(repo, "config", "diff.iopctl.textconv", textconv)
    change_the_seeds(repo)
    out = git(repo, "diff", "--", STOCKHOLM)
    changed = [line for line in out.splitlines() if line[:1] in "+-" and line[:3] not in "+++---"]
    assert changed == [
        "-2022-09-30  2022-09-30  uppsägning period-2: "
        "Sista dag att säga upp för att stoppa förlängningen från 2023-04-01",
        "+2022-10-30  2022-10-28  uppsägning period-2: "
        "Sista dag att säga upp för att stoppa förlängningen från 2023-04-01",
        "-2023-09-30  2023-09-29  uppsägning period-3: "
        "Sista dag att säga upp för att stoppa förlängningen från 2024-04-01",
        "+2023-10-30  2023-10-30  uppsägning period-3: "
        "Sista dag att säga upp för att stoppa förlängningen från 2024-04-01",
    ]
    git(repo, "commit", "-q", "-am", "Notice day and grant")
    log = git(repo, "log", "-p", "-1", "--", LINKOPING)
    assert "-utbetalning 2023: 472\u00a0200\u00a0kr" in log
    assert "+utbetalning 2023: 500\u00a0000\u00a0kr" in log


def test_textconv_under_a_temporary_name_and_of_an_invalid_file(tmp_path: Path) -> None:
    """git hands a temporary file: the id need not match its name.  An invalid
    file prints its problems and exits 0, so git goes on."""
    temporary = tmp_path / "XyZ12_stockholm.yaml"
    shutil.copy(AGREEMENTS / "stockholm-boj-vasterort-2022.yaml", temporary)
    result = run_cli("textconv", str(temporary), "--as-of", AS_OF, "--lang", "en")
    assert result.code == 0
    assert result.stdout.splitlines()[:3] == [
        "stockholm-boj-vasterort-2022: 2022-04-01 – 2025-03-31",
        "",
        "2022-04-01  2022-04-01  start start: Agreement starts",
    ]
    edit(temporary, "  end: 2023-03-31", "  end: 2023-02-30")
    broken = run_cli("textconv", str(temporary), "--as-of", AS_OF, "--lang", "en")
    assert broken.code == 0
    assert broken.stdout.startswith(f"{temporary}: invalid file, no deadlines\n")
    assert "2023-02-30" in broken.stdout


def test_the_docs_show_the_real_output_and_the_git_lines() -> None:
    docs = (ROOT / "docs" / "diff.md").read_text(encoding="utf-8")
    example = docs.split("```text\n", 1)[1].split("```", 1)[0]
    assert example == TEXT_SV.replace("\u00a0", " ")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for text in (docs, readme):
        assert "agreements/*.yaml diff=iopctl\n" in text
        assert 'git config diff.iopctl.textconv "iopctl textconv"\n' in text


def test_a_duplicate_id_is_a_new_problem_of_the_new_file(repo: Path) -> None:
    """The check across files sees the unchanged files too (under their names' ids)."""
    shutil.copy(repo / LINKOPING, repo / "agreements" / "linkoping-kopia.yaml")
    (change,) = json.loads(diff("--format", "json").stdout)["agreements"]
    assert (change["path"], change["change"], change["compared"]) == (
        "agreements/linkoping-kopia.yaml",
        "added",
        False,
    )
    codes = {p["code"] for p in change["problems"]["new"]}
    assert "id-file-mismatch" in codes


def test_an_open_ended_renewal_is_compared_up_to_the_stated_horizon(repo: Path) -> None:
    """Without latest_end Stockholm renews every 1 April for good: compared up to
    2026-12-02 + 5 years = 2031-12-02.  Period 4 (from 2025-04-01) is stopped by
    2024-09-30; the last stop day within the horizon is 2031-09-30 (period 11, from
    2032-04-01); the last renewal listed starts 2031-04-01 (period 10, to 2032-03-31)."""
    edit(repo / STOCKHOLM, "    latest_end: 2025-03-31\n", "")
    result = diff("--lang", "en")
    lines = result.stdout.splitlines()
    assert lines[1] == "Renewals without a last end are compared up to 2031-12-02."
    assert "  clause term.renewal.latest_end: 2025-03-31 → –" in lines
    added = [line.split(" — ")[0] for line in lines if line.startswith("  added ")]
    assert added[0] == "  added notice period-4: – → 2024-09-30"
    assert added[-2:] == [
        "  added renewal period-10: – → 2031-04-01",
        "  added notice period-11: – → 2031-09-30",
    ]
    assert "  removed end end: 2025-03-31 → – — Agreement ends" in lines
    amounts = [line for line in lines if line.startswith("  amount ")]
    assert amounts[0] == "  amount 2025/26: – → SEK\u00a0704,000"
    assert amounts[-1] == "  amount 2031/32: – → SEK\u00a0704,000"
    assert json.loads(diff("--format", "json").stdout)["agreements"][0]["open_ended"] is True


def test_a_name_that_is_a_branch_and_a_folder_is_the_branch_unless_written_as_a_path(
    repo: Path,
) -> None:
    git(repo, "branch", "agreements")
    change_the_seeds(repo)
    as_branch = json.loads(diff("agreements", "--format", "json").stdout)
    as_path = json.loads(diff("./agreements", "--format", "json").stdout)
    assert (as_branch["from"], as_path["from"]) == ("agreements", "HEAD")
    assert as_branch["agreements"] == as_path["agreements"] != []
