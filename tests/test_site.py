"""``iopctl site``, the feeds, the settings file and ``--responsible``, without a browser.

Goldens of the start page and one agreement page show every change of
wording in review; they are normalised by making the agreements' paths
repository-relative, so they match wherever the clone is.  Set
``IOPCTL_UPDATE_GOLDEN=1`` to rewrite them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import ROOT, TESTS, Golden, english, run_cli
from iopctl.feeds import FeedOptions, render_feed
from iopctl.project import open_project
from iopctl.rules.responsible import fold, names_match
from iopctl.settings import Settings, parse_settings
from iopctl.site.build import SiteOptions, build_site, slug

GOLDEN = TESTS / "golden" / "site"
AS_OF = dt.date(2023, 6, 1)


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    project = open_project([str(ROOT / "agreements")], checked_on=AS_OF)
    return build_site(project.agreements, project.series, SiteOptions(as_of=AS_OF))


@pytest.mark.parametrize("name", ["index.html", "agreements/linkoping-boj-2023.html"])
def test_golden_pages(files: dict[str, bytes], name: str, golden: Golden) -> None:
    text = files[name].decode("utf-8").replace(f"{ROOT}/", "")
    golden(GOLDEN / name.replace("/", "--"), text)


def test_pages_escape_file_data_and_request_nothing(files: dict[str, bytes]) -> None:
    for name, data in files.items():
        if not name.endswith(".html"):
            continue
        html = data.decode("utf-8")
        assert '<html lang="sv">' in html
        assert not re.search(r"(src|href)=\"(https?:)?//", html), name
        assert "<script>" not in html  # only the one local file, never inline
        levels = [int(n) for n in re.findall(r"<h([1-6])", html)]
        assert levels[0] == 1 and all(b - a <= 1 for a, b in itertools.pairwise(levels))
    css = files["style.css"].decode()
    assert "@media print" in css and "url(" not in css and "@import" not in css


def test_a_hostile_title_is_escaped(tmp_path: Path) -> None:
    source = (ROOT / "agreements" / "linkoping-boj-2023.yaml").read_text(encoding="utf-8")
    (tmp_path / "linkoping-boj-2023.yaml").write_text(
        source.replace("title: ", "title: <script>alert(1)</script> ", 1), encoding="utf-8"
    )
    project = open_project([str(tmp_path)], checked_on=AS_OF)
    assert project.agreements, project.problems
    site = build_site(project.agreements, project.series, SiteOptions(as_of=AS_OF))
    page = site["agreements/linkoping-boj-2023.html"].decode()
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)" in page


def test_downloads_csv_for_excel_in_swedish(files: dict[str, bytes]) -> None:
    csv = files["downloads/deadlines.csv"].decode("utf-8")
    assert csv.startswith("\ufeffavtal;typ;")


def test_feeds_are_named_refresh_and_remind(files: dict[str, bytes]) -> None:
    from icalendar import Calendar

    feed = Calendar.from_ical(files["feeds/who-leanlink-stodcentrum.ics"])
    assert str(feed["NAME"]) == "IOP: Leanlink/Stödcentrum"
    assert "REFRESH-INTERVAL;VALUE=DURATION:P1D" in files["feeds/all.ics"].decode()
    events = list(feed.walk("VEVENT"))
    assert events and all("meeting_due" in str(e["UID"]) for e in events)


def test_reminders_follow_the_settings() -> None:
    from icalendar import Calendar

    from iopctl.rules.deadlines import Deadline
    from iopctl.rules.reasons import reason

    row = Deadline(
        agreement="a", kind="payment", occurrence="2023", date=dt.date(2023, 9, 30),
        act_by=dt.date(2023, 9, 29), title=reason("deadline.payment.title", year=2023),
        status="upcoming", source="a.yaml:3", explanation=(),
    )  # fmt: skip
    settings, problems = parse_settings(b"[reminders]\npayment = [14]\n")
    assert not problems
    text = render_feed([row], FeedOptions(as_of=AS_OF, reminders=settings.reminder_days))
    (event,) = Calendar.from_ical(text).walk("VEVENT")
    assert [a.decoded("TRIGGER") for a in event.walk("VALARM")] == [dt.timedelta(days=-15, hours=9)]
    assert Settings().reminder_days("payment") == (30, 7, 0)


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        (b'lang = "de"\n', 1, "lang must be one of sv, en"),
        (b'lang = "sv"\npath = ["x"]\n', 2, "did you mean 'paths'"),
        (b"[reminders]\n\npayment = [-1]\n", 3, "reminders.payment"),
        (b"[reminders]\nevery = [1]\n", 2, "reminders.every: unknown setting"),
        (b"due_soon_days = true\n", 1, "due_soon_days"),
        (b"lang = \n", 1, "the value cannot be read"),
    ],
)
def test_settings_mistakes_are_located(text: bytes, line: int, fragment: str) -> None:
    settings, problems = parse_settings(text)
    assert settings == Settings()
    assert problems and problems[0].line == line, problems
    assert any(fragment in english(p) for p in problems), problems


def test_every_command_reads_the_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    agreements = tmp_path / "avtal"
    agreements.mkdir()
    source = ROOT / "agreements" / "linkoping-boj-2023.yaml"
    (agreements / source.name).write_bytes(source.read_bytes())
    (tmp_path / "iopctl.toml").write_text('lang = "en"\npaths = ["avtal"]\n', encoding="utf-8")
    run = run_cli("deadlines", "--as-of", "2023-06-01")
    assert run.code == 0, run.stderr
    assert "Act by" in run.stdout and "linkoping-boj-2023" in run.stdout
    (tmp_path / "iopctl.toml").write_text('lang = "xx"\n', encoding="utf-8")
    run = run_cli("deadlines", "--as-of", "2023-06-01")
    assert run.code == 2 and "iopctl.toml:1:1: error settings-invalid" in run.stderr


def test_responsible_filters_rows() -> None:
    run = run_cli(
        "deadlines", str(ROOT / "agreements"), "--as-of", "2023-06-01", "--format", "json",
        "--responsible", "LEANLINK/STODCENTRUM",
    )  # fmt: skip
    assert run.code == 0, run.stderr
    import json

    rows = json.loads(run.stdout)["deadlines"]
    assert rows and {r["kind"] for r in rows} == {"meeting_due"}
    everyone = run_cli("deadlines", str(ROOT / "agreements"), "--as-of", "2023-06-01",
                       "--format", "json", "--responsible", "fristedt")  # fmt: skip
    linkoping = {r["agreement"] for r in json.loads(everyone.stdout)["deadlines"]}
    assert linkoping == {"linkoping-boj-2023"}


def test_show_lists_who_answers_for_what() -> None:
    run = run_cli("show", "linkoping-boj-2023", "--path", str(ROOT / "agreements"), "--lang", "en")
    assert "responsible: Leanlink/Stödcentrum:" in run.stdout


@given(st.text(min_size=1, max_size=30))
def test_folding_ignores_case_and_accents(name: str) -> None:
    assert fold(name.upper()) == fold(name.lower()) or not name.isascii()
    assert names_match([f"x {name} y"], [name]) or not fold(name)
    assert re.fullmatch(r"[a-z0-9-]+", slug(name))


def test_site_command_writes_the_folder(tmp_path: Path) -> None:
    out = tmp_path / "public"
    run = run_cli("site", str(ROOT / "agreements"), "--as-of", "2023-06-01", "-o", str(out))
    assert run.code == 0, run.stderr
    assert (out / "index.html").is_file() and (out / "feeds" / "all.ics").is_file()
    assert not list(out.rglob(".*.tmp"))


def test_english_site_and_a_users_own_template(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = tmp_path / "templates" / "site"
    own.mkdir(parents=True)
    (own / "index.html.j2").write_text(
        '{% extends "site/base.html.j2" %}{% block main %}<h1>Vår egen {{ site_title }}</h1>'
        "{% endblock %}",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    project = open_project([str(ROOT / "agreements")], checked_on=AS_OF)
    site = build_site(project.agreements, project.series, SiteOptions(as_of=AS_OF, lang="en"))
    assert "<h1>Vår egen IOP agreements</h1>" in site["index.html"].decode()
    page = site["agreements/stockholm-boj-vasterort-2022.html"].decode()
    assert '<html lang="en">' in page and "Last day to stop the renewal" in page
    assert "downloads/stockholm-boj-vasterort-2022.en.md" in page
    assert site["downloads/deadlines.csv"].startswith(b"agreement,kind,")


def test_a_broken_own_template_is_one_located_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = tmp_path / "templates" / "site"
    own.mkdir(parents=True)
    (own / "index.html.j2").write_text("<p>\n{% if %}</p>\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = run_cli("site", str(ROOT / "agreements"), "-o", str(tmp_path / "out"))
    assert run.code == 2
    assert "index.html.j2:2:" in run.stderr and "Traceback" not in run.stderr
    (own / "index.html.j2").write_text("{{ no_such_thing }}", encoding="utf-8")
    run = run_cli("site", str(ROOT / "agreements"), "-o", str(tmp_path / "out"))
    assert run.code == 2 and "no_such_thing" in run.stderr
    assert not (tmp_path / "out").exists()


def test_tables_have_scoped_headers_and_filters_have_labels(files: dict[str, bytes]) -> None:
    for name, data in files.items():
        if name.endswith(".html"):
            html = data.decode("utf-8")
            assert not re.search(r"<th[ >](?![^>]*\bscope=)", html), name
            for select in re.findall(r'<select id="([^"]+)"', html):
                assert f'<label for="{select}">' in html, (name, select)


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_text_colours_have_enough_contrast_on_white(files: dict[str, bytes]) -> None:
    """WCAG AA for normal text (4.5:1) for every colour the stylesheet names for text."""
    css = files["style.css"].decode()
    colours = dict(re.findall(r"--([a-z-]+): (#[0-9a-f]{6})", css))
    for name in ("ink", "muted", "accent", "late", "soon", "done"):
        ratio = (1.05) / (_luminance(colours[name]) + 0.05)
        assert ratio >= 4.5, (name, round(ratio, 2))


def test_the_expiry_lead_follows_the_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Linköping ends 2025-12-31: the expiry row falls 6 months before by default, 3 if set."""
    monkeypatch.chdir(tmp_path)
    agreements = tmp_path / "agreements"
    agreements.mkdir()
    source = ROOT / "agreements" / "linkoping-boj-2023.yaml"
    (agreements / source.name).write_bytes(source.read_bytes())
    args = ("deadlines", "--as-of", "2025-01-01", "--kind", "expiry", "--format", "csv")
    assert "2025-06-30" in run_cli(*args).stdout
    (tmp_path / "iopctl.toml").write_text("expiry_lead_months = 3\n", encoding="utf-8")
    run = run_cli(*args)
    assert run.code == 0, run.stderr
    assert "2025-09-30" in run.stdout and "2025-06-30" not in run.stdout
    (tmp_path / "iopctl.toml").write_text("expiry_lead_months = 99\n", encoding="utf-8")
    assert run_cli(*args).code == 2
