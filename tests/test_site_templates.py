"""A site page is a template a pull request may change: the report's limits hold for it too.

The site renders its pages with the same sandboxed environment as the report
(:mod:`iopctl.templating`): time, output size, operand size, memory and
recursion are bounded, a filter's assertion is a message, and a symlink that
leads out of the ``templates/`` folder is refused, whether it is the page
itself or a page includes it.  Each failure exits 2 naming ``template:line``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import AGREEMENTS, Run
from iopctl.site.build import SiteOptions, build_site
from iopctl.templating import Limits, TemplateFailure
from report_helpers import seeds
from template_attacks import HOSTILE, SMALL

Cli = Callable[..., Run]
AS_OF = dt.date(2025, 6, 1)


def _site(templates: Path, limits: Limits = SMALL) -> dict[str, bytes]:
    project = seeds()
    options = SiteOptions(as_of=AS_OF, override_dir=str(templates), limits=limits)
    return build_site(project.agreements, project.series, options)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_page_is_a_failure_naming_the_template(tmp_path: Path, name: str) -> None:
    source, message = HOSTILE[name]
    page = tmp_path / "site" / "index.html.j2"
    page.parent.mkdir()
    page.write_text(source, encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(TemplateFailure) as caught:
        _site(tmp_path)
    assert str(caught.value).startswith(str(page)), caught.value
    assert message in str(caught.value)
    assert time.monotonic() - started < 30


def test_small_limits_still_build_the_seeds_site(tmp_path: Path) -> None:
    """The sizes of the attacks' limits are not what stops them: a real site fits (the time
    is the default, as compiling the bundled templates on a loaded machine takes seconds)."""
    files = _site(tmp_path, dataclasses.replace(SMALL, seconds=Limits().seconds))
    assert b"linkoping-boj-2023" in files["index.html"]


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository in ``tmp_path``: one agreement, an empty ``templates/site/``; the working
    dir, where ``iopctl site`` looks for its templates."""
    (tmp_path / "agreements").mkdir()
    shutil.copy(AGREEMENTS / "linkoping-boj-2023.yaml", tmp_path / "agreements")
    (tmp_path / "templates" / "site").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("HEMLIGT\n", encoding="utf-8")
    return path


def _built(repo: Path) -> str:
    """Every file the run left in ``public/``, as one text."""
    out = repo / "public"
    if not out.exists():
        return ""
    return "".join(p.read_text(errors="replace") for p in sorted(out.rglob("*")) if p.is_file())


def test_recursive_page_on_the_command_line_exits_2(cli: Cli, repo: Path) -> None:
    page = repo / "templates" / "site" / "deadlines.html.j2"
    page.write_text('a\n{% include "site/deadlines.html.j2" %}\n', encoding="utf-8")
    run = cli("site", "--as-of", AS_OF.isoformat())
    assert run.code == 2 and "Traceback" not in run.stderr
    assert f"{Path('templates/site/deadlines.html.j2')}:2: too deeply nested or recursive" in (
        run.stderr
    )
    assert _built(repo) == ""


def test_symlinked_page_out_of_the_templates_folder_is_refused(
    cli: Cli, repo: Path, secret: Path
) -> None:
    (repo / "templates" / "site" / "index.html.j2").symlink_to(secret)
    run = cli("site", "--as-of", AS_OF.isoformat())
    assert run.code == 2 and "HEMLIGT" not in run.stdout + run.stderr + _built(repo)
    assert "index.html.j2: leads outside the template folder" in run.stderr


def test_page_cannot_include_a_symlink_out(cli: Cli, repo: Path, secret: Path) -> None:
    (repo / "templates" / "leak.html").symlink_to(secret)
    (repo / "templates" / "site" / "index.html.j2").write_text(
        '{% include "leak.html" %}\n', encoding="utf-8"
    )
    run = cli("site", "--as-of", AS_OF.isoformat())
    assert run.code == 2 and "HEMLIGT" not in run.stdout + run.stderr + _built(repo)
    assert "leak.html: leads outside the template folder" in run.stderr


def test_symlink_inside_the_templates_folder_is_fine(cli: Cli, repo: Path) -> None:
    folder = repo / "templates"
    (folder / "mine.html.j2").write_text("<p>Egen {{ as_of }}</p>\n", encoding="utf-8")
    (folder / "site" / "index.html.j2").symlink_to(folder / "mine.html.j2")
    run = cli("site", "--as-of", AS_OF.isoformat())
    assert run.code == 0, run.stderr
    assert (repo / "public" / "index.html").read_text() == "<p>Egen 2025-06-01</p>\n"


def test_portfolio_pages_are_allowed_more_the_more_they_show(tmp_path: Path) -> None:
    """The index and the deadlines page grow with the portfolio, and so do their limits
    (``Limits.scaled``): 40 agreements' deadlines page is over the attacks' output limit and
    goes through, while a page that writes more than its rows explain still stops."""
    from iopctl.project import open_project

    folder = tmp_path / "agreements"
    folder.mkdir()
    text = (AGREEMENTS / "stockholm-boj-vasterort-2022.yaml").read_text(encoding="utf-8")
    for i in range(40):
        name = f"stockholm-copy-{i:03d}"
        (folder / f"{name}.yaml").write_text(
            text.replace("id: stockholm-boj-vasterort-2022", f"id: {name}"), encoding="utf-8"
        )
    project = open_project([str(folder)], checked_on=AS_OF, data_dirs=[])
    assert len(project.agreements) == 40, project.problems
    limits = dataclasses.replace(SMALL, seconds=Limits().seconds, output_chars=50_000)
    options = SiteOptions(as_of=AS_OF, override_dir=str(tmp_path / "none"), limits=limits)
    files = build_site(project.agreements, project.series, options)
    assert len(files["deadlines.html"].decode("utf-8")) > limits.output_chars
    page = tmp_path / "templates" / "site" / "deadlines.html.j2"
    page.parent.mkdir(parents=True)
    page.write_text('{% for a in range(99999) %}{{ "x" * 9999 }}{% endfor %}', encoding="utf-8")
    options = dataclasses.replace(options, override_dir=str(tmp_path / "templates"))
    with pytest.raises(TemplateFailure, match="output longer than"):
        build_site(project.agreements, project.series, options)
