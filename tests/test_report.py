"""``iopctl report``: content, formatting, templates (override, errors, sandbox) and the CLI."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from builders import agreement
from conftest import AGREEMENTS, ROOT, Run, run_cli
from iopctl.indices import SeriesStore, SeriesValue
from iopctl.project import template_dirs_for
from iopctl.report import (
    Renderer,
    ReportError,
    ReportOptions,
    agenda_topics,
    cell,
    gantt_name,
    render_agreement_report,
    template_names,
)
from iopctl.words import words
from report_helpers import (
    AS_OF,
    SEED_IDS,
    agreement_report,
    gantt_blocks,
    gantt_errors,
    hygiene_errors,
    portfolio,
    seeds,
)

NBSP = "\u00a0"
Cli = Callable[..., Run]


# --- formatting ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "money", "percent", "hours"),
    [
        ("sv", f"813{NBSP}514{NBSP}kr", f"4,6{NBSP}%", f"1{NBSP}500"),
        ("en", f"SEK{NBSP}813,514", "4.6%", "1,500"),
    ],
)
def test_numbers_are_written_the_readers_way(
    lang: str, money: str, percent: str, hours: str
) -> None:
    from decimal import Decimal

    assert words(lang).money(Decimal(813514)) == money
    assert words(lang).percent(Decimal("4.6")) == percent
    assert words(lang).number(Decimal(1500)) == hours


def test_money_keeps_ore_only_when_there_are_some() -> None:
    from decimal import Decimal

    assert words("sv").money(Decimal("493921.20")) == f"493{NBSP}921,20{NBSP}kr"
    assert words("sv").money(Decimal("472200.00")) == f"472{NBSP}200{NBSP}kr"


def test_no_narrow_no_break_space_whatever_babel_gives() -> None:
    from decimal import Decimal

    for lang in ("sv", "en"):
        text = words(lang).money(Decimal(1234567)) + words(lang).percent(Decimal("12.5"))
        assert "\u202f" not in text


def test_cell_keeps_free_text_in_one_table_cell() -> None:
    assert cell(" a | b\nc\r\nd ") == "a \\| b<br>c<br>d"


# --- content of the agreement report ---------------------------------------------------------


def test_linkoping_strategic_report_has_agenda_outline_and_economy() -> None:
    text = agreement_report("linkoping-boj-2023", "sv", "strategic")
    headings = re.findall(r"^## (\d)\. (.+)$", text, re.MULTILINE)
    assert [title for _, title in headings] == [
        "Dialog kring syftet med IoP",
        "Uppfyller arbetsinnehållet målgruppens behov",
        "Uppföljning operativ samverkan",
        "Uppföljning av ekonomi",
        "Utveckling, förändringar",
        "Redovisning av antal utförda timmar som utförts ideellt, genom att lämna in uppgift "
        "om antal uppdrag som utförts",
    ]
    assert f"| 2023 | 2023-01-31 | 472{NBSP}200{NBSP}kr | 472{NBSP}200{NBSP}kr |" in text
    assert f"**813{NBSP}514{NBSP}kr**" in text
    assert "SON: 2019-536" in text and "822004-0417" in text
    assert "period 1 av 1 (2023-01-01 – 2025-12-31), 486 dagar kvar" in text
    assert "uppsägning som avslutar avtalet 2025-12-31: 2025-06-30, 302 dagar kvar" in text
    economy = text.index("## 4. Uppföljning av ekonomi")
    assert economy < text.index("### Ekonomi") < text.index("## 5. Utveckling")


def test_vgr_notice_position_is_the_month_end_rule() -> None:
    text = agreement_report("vgr-boj-fyrbodol-2025", "en")
    assert "Latest notice date that ends the agreement on 2030-02-28: 2029-08-31" in text


def test_missing_opi_value_is_unknown_with_the_reason() -> None:
    project = seeds()
    opi = project.series.index("OPI")
    assert opi is not None
    without_2024 = {y: v for y, v in opi.values.items() if y != 2024}
    series = dataclasses.replace(
        project.series, indices={"opi": dataclasses.replace(opi, values=without_2024)}
    )
    loaded = project.find("linkoping-boj-2023")
    assert loaded is not None
    options = ReportOptions(as_of=AS_OF)
    text = render_agreement_report(loaded, series, options, Renderer())
    row = next(line for line in text.splitlines() if line.startswith("| 2024 |"))
    assert "okänt: OPI 2024 saknas i data/indices/opi.yaml" in row
    assert "| 2024 | 2024-01-31 |" in row


def test_known_opi_steps_show_year_value_status_and_source() -> None:
    project = seeds()
    opi = project.series.index("OPI")
    assert opi is not None
    step = SeriesValue(
        year=2024,
        value=Decimal("4.1"),
        status="preliminary",
        published=dt.date(2023, 12, 14),
        source="SKR cirkulär | test",
    )
    series = dataclasses.replace(
        project.series, indices={"opi": dataclasses.replace(opi, values={**opi.values, 2024: step})}
    )
    loaded = project.find("linkoping-boj-2023")
    assert loaded is not None
    text = render_agreement_report(loaded, series, ReportOptions(as_of=AS_OF), Renderer())
    row = next(line for line in text.splitlines() if line.startswith("| 2024 |"))
    assert f"| 472{NBSP}200{NBSP}kr | 491{NBSP}560{NBSP}kr |" in row  # 472 200 × 1,041 = 491 560,2
    assert (
        f"  - OPI 2024: 4,1{NBSP}% (faktor 1,041), preliminärt, publicerat 2023-12-14; "
        "källa: SKR cirkulär \\| test"  # one escaping for all text: the pipe renders as a pipe
    ) in text.splitlines()


def test_free_text_with_pipes_and_newlines_stays_in_one_cell() -> None:
    loaded = agreement(
        """
        term: {start: 2024-01-01, end: 2024-12-31}
        assumptions:
          - field: funding
            note: "belopp | ej angivet\\nandra raden"
        """
    )
    text = render_agreement_report(loaded, SeriesStore(), ReportOptions(as_of=AS_OF), Renderer())
    row = next(line for line in text.splitlines() if line.startswith("| `funding` |"))
    assert row == "| `funding` | belopp \\| ej angivet<br>andra raden |"
    assert len(re.findall(r"(?<!\\)\|", row)) == 3  # two cells, as the header has


@pytest.mark.parametrize(
    ("lang", "no_amounts", "no_notice"),
    [
        (
            "sv",
            "## Ekonomi\n\nAvtalet anger inga belopp, och inga utbetalningar beräknas.\n",
            "- Uppsägning under löpande period: avtalet anger ingen uppsägningstid.\n",
        ),
        (
            "en",
            "## Economy\n\nThe agreement states no amounts, and no payments are computed.\n",
            "- Notice during a period: the agreement states no notice period.\n",
        ),
    ],
)
def test_sparse_agreement_says_plainly_what_it_lacks(
    lang: str, no_amounts: str, no_notice: str
) -> None:
    """Empty sections vanish, but a missing economy or notice clause is said, not left out."""
    loaded = agreement("term: {start: 2024-01-01, end: 2024-12-31}\n")
    options = ReportOptions(as_of=AS_OF, lang=lang)
    text = render_agreement_report(loaded, SeriesStore(), options, Renderer())
    assert hygiene_errors(text) == []
    assert no_amounts in text and no_notice in text
    assert "| År |" not in text and "| Year |" not in text
    assert gantt_errors(gantt_blocks(text)[0]) == []


def test_stockholm_last_renewal_period_says_no_notice_is_needed() -> None:
    text = agreement_report("stockholm-boj-vasterort-2022")
    assert (
        "- Inga fler förlängningar: perioden är den sista, och avtalet upphör 2025-03-31 "
        "utan uppsägning.\n"
    ) in text
    assert "| 2023/24 | anges inte |" in text
    assert "- **2024/25 (2024-04-01 – 2025-03-31):**" in text


def test_vgr_without_amounts_says_so_in_report_and_portfolio() -> None:
    assert "Avtalet anger inga belopp" in agreement_report("vgr-boj-fyrbodol-2025")
    row = next(line for line in portfolio().splitlines() if "`vgr-boj-fyrbodol-2025` |" in line)
    assert "| ej påbörjad |" in row and "| avtalet anger inga belopp |" in row


@pytest.mark.parametrize("agreement_id", SEED_IDS)
def test_swedish_report_has_no_english_labels(agreement_id: str) -> None:
    text = agreement_report(agreement_id, "sv")
    leaks = ["unknown", "days left", "Notice", "Economy", "Term:", "Position on", "Agenda"]
    assert [word for word in leaks if word in text] == []


def test_agenda_points_find_their_sections() -> None:
    assert agenda_topics("Uppföljning av ekonomi") == ["economy"]
    assert agenda_topics("Redovisning av antal utförda timmar som utförts ideellt") == ["hours"]
    assert agenda_topics("Planering av utbildningstillfällen") == []


# --- portfolio ----------------------------------------------------------------------------


def test_portfolio_has_one_row_per_agreement_and_the_next_six_months() -> None:
    text = portfolio("sv")
    for agreement_id in SEED_IDS:
        assert sum(f"<br>`{agreement_id}` |" in line for line in text.splitlines()) == 1
    assert "## Händelser till och med 2025-03-01" in text
    assert f"| 704{NBSP}000{NBSP}kr |" in text
    dates = re.findall(r"^\| (\d{4}-\d{2}-\d{2}) \| \d{4}", text, re.MULTILINE)
    assert dates == sorted(dates) and dates and max(dates) <= "2025-03-01"


# --- the checkers themselves must be able to fail -------------------------------------------


def test_gantt_checker_rejects_broken_syntax() -> None:
    good = ["gantt", "    dateFormat YYYY-MM-DD", "    section A", "    x :a1, 2024-01-01, 3d"]
    assert gantt_errors(good) == []
    assert gantt_errors(["graph", *good[1:]]) == ["first line is not 'gantt'"]
    assert gantt_errors([*good, "    y: z :a2, 2024-01-01, 3d"])
    assert gantt_errors([*good, "    y :a1, 2024-01-01, 2023-01-01"]) == [
        "ends before it starts: '    y :a1, 2024-01-01, 2023-01-01'",
        "duplicate id 'a1'",
    ]
    assert gantt_errors([good[0], good[1], good[3]]) == [f"task outside a section: {good[3]!r}"]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Dnr: 123", "Dnr 123"),
        ("Rapport; del 2 # utkast", "Rapport del 2 utkast"),
        ("Höjning 5% från 2025", "Höjning 5 från 2025"),
        ("Section 4 report", "– Section 4 report"),
        ("2025-03-31 återrapport", "– 2025-03-31 återrapport"),
        ("::", "–"),
        ("Återrapport (2025)", "Återrapport (2025)"),
    ],
)
def test_gantt_names_cannot_break_the_task_line(title: str, name: str) -> None:
    assert gantt_name(title) == name
    line = f"    {gantt_name(title)} :milestone, m1, 2025-03-31, 0d"
    assert gantt_errors(["gantt", "    dateFormat YYYY-MM-DD", "    section S", line]) == []


def test_duty_title_with_a_colon_keeps_the_gantt_valid() -> None:
    loaded = agreement(
        """
        term: {start: 2024-01-01, end: 2025-12-31}
        duties:
          - kind: report
            id: rapport
            title: "Dnr: 123; återrapport #1"
            by: civil
            due: 2025-03-31
        """
    )
    text = render_agreement_report(loaded, SeriesStore(), ReportOptions(as_of=AS_OF), Renderer())
    (block,) = gantt_blocks(text)
    assert gantt_errors(block) == []
    assert "    Dnr 123 återrapport 1 :milestone, report1, 2025-03-31, 0d" in block


def test_hygiene_checker_rejects_none_and_empty_headings() -> None:
    assert hygiene_errors("# A\n\ntext\n") == []
    assert hygiene_errors("# A\n\n## B\n\ntext\n") == []
    assert hygiene_errors("## A\n\n## B\n\ntext\n") == ["empty section: '## A'"]
    assert hygiene_errors("# A\n\nNone {{ x }}\n") == [
        "'None' in output",
        "'{{' in output",
        "'}}' in output",
    ]
    assert hygiene_errors("# A\n\nBeloppen gäller calendar_year.\n") == [
        "raw code 'calendar_year' in output"
    ]
    assert hygiene_errors("# A\n\n| `funding.per` | calendar \\| year |\n") == []
    ragged = "# A\n\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n"
    assert hygiene_errors(ragged) == ["table row with 3 cells, header has 2: '| 1 | 2 | 3 |'"]


# --- templates: caching, overrides, errors, sandbox -----------------------------------------


def test_one_layout_is_compiled_once_per_renderer_for_every_language() -> None:
    renderer = Renderer()
    sv, en = (
        renderer.env.select_template(template_names("agreement", lang)) for lang in ("sv", "en")
    )
    assert sv is en and sv.name == "agreement.md.j2"
    assert renderer.env.get_template("agreement.md.j2") is sv


def _in_repo(cli: Cli, monkeypatch: pytest.MonkeyPatch, *args: str) -> Run:
    monkeypatch.chdir(ROOT)
    return cli("report", *args, "--as-of", "2024-09-01")


def test_cli_report_is_the_library_report(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    run = _in_repo(cli, monkeypatch, "linkoping-boj-2023", "--meeting", "strategic")
    assert run.code == 0, run.stderr
    assert run.stdout == agreement_report("linkoping-boj-2023", "sv", "strategic")
    run = _in_repo(cli, monkeypatch, "--all", "--lang", "en")
    assert run.code == 0, run.stderr
    assert run.stdout == portfolio("en")


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_templates_folder_in_working_directory_overrides_by_name(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path / "templates" / "agreement.sv.md.j2", "Egen mall: {{ agreement.dnr }}\n")
    monkeypatch.chdir(tmp_path)
    run = cli("report", "linkoping-boj-2023", "--path", str(AGREEMENTS), "--as-of", "2024-09-01")
    assert (run.code, run.stdout) == (0, "Egen mall: SON: 2019-536\n")
    other = cli("report", "linkoping-boj-2023", "--path", str(AGREEMENTS), "--lang", "en")
    assert other.code == 0 and other.stdout.startswith("# Idéburet")  # en is still bundled


def test_language_specific_override_comes_before_the_shared_layout(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``agreement.<lang>.md.j2`` first, then ``agreement.md.j2``: the user's before the bundled."""
    _write(tmp_path / "templates" / "agreement.md.j2", "{{ t.economy }}: {{ agreement.dnr }}\n")
    _write(tmp_path / "templates" / "agreement.sv.md.j2", "Svensk mall\n")
    (tmp_path / "agreements").mkdir()
    shutil.copy(AGREEMENTS / "linkoping-boj-2023.yaml", tmp_path / "agreements")
    monkeypatch.chdir(tmp_path)
    args = ("report", "linkoping-boj-2023", "--as-of", "2024-09-01")
    run = cli(*args)
    assert (run.code, run.stdout) == (0, "Svensk mall\n")
    run = cli(*args, "--lang", "en")
    assert (run.code, run.stdout) == (0, "Economy: SON: 2019-536\n")
    assert template_names("portfolio", "en") == ["portfolio.en.md.j2", "portfolio.md.j2"]


def test_templates_beside_the_agreements_folder_are_found_as_data_is(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``report --path repo/agreements`` uses ``repo/templates``, as it uses ``repo/data``;
    it wins over the working directory's ``templates/``, as ``repo/data`` wins there."""
    repo = tmp_path / "repo"
    (repo / "agreements").mkdir(parents=True)
    shutil.copy(AGREEMENTS / "linkoping-boj-2023.yaml", repo / "agreements")
    _write(repo / "templates" / "agreement.md.j2", "Repots mall: {{ agreement.id }}\n")
    _write(tmp_path / "templates" / "agreement.md.j2", "Arbetskatalogens mall\n")
    monkeypatch.chdir(tmp_path)
    run = cli("report", "linkoping-boj-2023", "--path", str(repo / "agreements"))
    assert (run.code, run.stdout) == (0, "Repots mall: linkoping-boj-2023\n")
    assert template_dirs_for([str(repo / "agreements")]) == [
        str((repo / "templates").resolve()),
        "templates",
    ]


def test_template_option_renders_that_file_and_can_import_bundled_macros(
    cli: Cli, tmp_path: Path
) -> None:
    mine = _write(
        tmp_path / "mine.md.j2",
        '{% from "_gantt.md.j2" import gantt %}# {{ agreement.id }}\n\n'
        '{{ gantt(term, timeline, {"term": "T", "initial": "I", "renewal": "R", "notice": "N",'
        ' "reports": "P", "now": "X", "as_of": "A"}) }}',
    )
    run = cli("report", "linkoping-boj-2023", "--path", str(AGREEMENTS), "--template", str(mine))
    assert run.code == 0, run.stderr
    assert run.stdout.startswith("# linkoping-boj-2023\n")
    assert gantt_errors(gantt_blocks(run.stdout)[0]) == []


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("line one\n\n{{ agreement.nonsense }}\n", ":3: 'dict object' has no attribute 'nonsense'"),
        ("ok\n{{ no_such_variable }}\n", ":2: 'no_such_variable' is undefined"),
        ("{% if %}\n", ":1: "),
        ("{{ ''.__class__.__mro__[1].__subclasses__() }}\n", ":1: access to attribute '__class__'"),
    ],
    ids=["undefined-key", "undefined-variable", "syntax", "sandbox"],
)
def test_broken_or_hostile_template_exits_2_naming_file_and_line(
    cli: Cli, tmp_path: Path, source: str, message: str
) -> None:
    bad = _write(tmp_path / "bad.md.j2", source)
    out = tmp_path / "out.md"
    run = cli(
        "report", "linkoping-boj-2023", "--path", str(AGREEMENTS),
        "--template", str(bad), "-o", str(out),
    )  # fmt: skip
    assert run.code == 2
    assert run.stderr.startswith(f"iopctl: {bad}{message}"), run.stderr
    assert "Traceback" not in run.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == [bad]


def test_sandbox_error_is_raised_as_report_error(tmp_path: Path) -> None:
    bad = _write(tmp_path / "evil.md.j2", "{{ ''.__class__.__mro__[1].__subclasses__() }}")
    loaded = seeds().find("linkoping-boj-2023")
    assert loaded is not None
    with pytest.raises(ReportError, match="unsafe"):
        render_agreement_report(
            loaded, seeds().series, ReportOptions(as_of=AS_OF), Renderer(template=str(bad))
        )


def test_missing_template_file_exits_2(cli: Cli, tmp_path: Path) -> None:
    run = cli(
        "report", "linkoping-boj-2023", "--path", str(AGREEMENTS),
        "--template", str(tmp_path / "nope.md.j2"),
    )  # fmt: skip
    assert run.code == 2 and "nope.md.j2" in run.stderr


# --- CLI edges -------------------------------------------------------------------------------


def test_output_file_is_written_whole(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "rapport.md"
    args = ("--path", str(AGREEMENTS), "--as-of", "2024-09-01")
    run = cli("report", "stockholm-boj-vasterort-2022", *args, "-o", str(out))
    assert (run.code, run.stdout) == (0, "")
    assert (
        out.read_text(encoding="utf-8")
        == cli("report", "stockholm-boj-vasterort-2022", *args).stdout
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "either an agreement ID or --all"),
        (("linkoping-boj-2023", "--all"), "either an agreement ID or --all"),
        (("no-such-agreement",), "no valid agreement with id 'no-such-agreement'"),
        (("vgr-boj-fyrbodol-2025", "--meeting", "operational"), "no operational meeting"),
    ],
)
def test_usage_errors_exit_2(cli: Cli, args: tuple[str, ...], message: str) -> None:
    run = cli("report", *args, "--path", str(AGREEMENTS))
    assert run.code == 2 and message in run.stderr, run.stderr


def test_as_of_defaults_to_a_real_day(cli: Cli) -> None:
    run = cli("report", "linkoping-boj-2023", "--path", str(AGREEMENTS))
    assert run.code == 0
    assert f"läget per {dt.date.today().isoformat()}" in run.stdout


PAID_GRANT = """\
term: {start: 2024-01-01, end: 2025-12-31}
funding:
  per: calendar_year
  contributions:
    - {payer: public, kind: grant, amount: 1000}
payments: {schedule: yearly, window: {month: 1}}
log:
  - {date: 2024-01-15, kind: payment, amount: 1000}
  - {date: 2025-01-15, kind: payment, amount: 1000}
"""


def test_report_knows_only_the_log_up_to_its_day_and_names_unlabelled_payers() -> None:
    loaded = agreement(PAID_GRANT)
    text = render_agreement_report(
        loaded, SeriesStore(), ReportOptions(as_of=dt.date(2024, 6, 1)), Renderer()
    )
    rows = {line.split(" | ")[0]: line for line in text.splitlines() if line.startswith("| 202")}
    assert "1\xa0000\xa0kr (2024-01-15)" in rows["| 2024"]
    assert "2025-01-15" not in rows["| 2025"]  # paid later than the report's day: not known yet
    assert "| Kommunen (offentlig part) | bidrag |" in text


def test_any_meeting_name_in_the_agreement_shapes_the_report(tmp_path: Path) -> None:
    text = (AGREEMENTS / "linkoping-boj-2023.yaml").read_text(encoding="utf-8")
    (tmp_path / "linkoping-boj-2023.yaml").write_text(
        text.replace("name: strategic", "name: styrgrupp"), encoding="utf-8"
    )
    args = ("report", "linkoping-boj-2023", "--path", str(tmp_path), "--as-of", "2024-09-01")
    run = run_cli(*args, "--meeting", "styrgrupp")
    assert run.code == 0, run.stderr
    assert run.stdout.startswith("# Underlag till Strategiska möten\n")
    assert "1. Dialog kring syftet med IoP" in run.stdout


def test_a_payment_day_in_the_window_is_said() -> None:
    loaded = agreement(PAID_GRANT.replace("window: {month: 1}", "window: {month: 2, day: 15}"))
    text = render_agreement_report(
        loaded, SeriesStore(), ReportOptions(as_of=dt.date(2024, 6, 1)), Renderer()
    )
    assert "Utbetalning sker en gång per år senast den 15 februari." in text
    assert "| 2024 | 2024-02-15 |" in text


def test_report_all_keeps_no_document_alive(tmp_path: Path) -> None:
    """``report --all`` evaluates one agreement at a time and keeps only its row (issue 12)."""
    import gc
    import weakref

    from iopctl.document import LoadedAgreement
    from iopctl.project import each_checked, open_stream
    from iopctl.report import portfolio_entry
    from iopctl.report.view import PortfolioEntry

    folder = tmp_path / "agreements"
    folder.mkdir()
    source = (AGREEMENTS / "vgr-boj-fyrbodol-2025.yaml").read_text(encoding="utf-8")
    for n in range(20):
        agreement_id = f"vgr-{n}"
        text = source.replace("id: vgr-boj-fyrbodol-2025", f"id: {agreement_id}")
        (folder / f"{agreement_id}.yaml").write_text(text, encoding="utf-8")
    options = ReportOptions(as_of=AS_OF)
    alive: list[weakref.ref[object]] = []

    def each(loaded: LoadedAgreement, series: SeriesStore) -> PortfolioEntry:
        alive.append(weakref.ref(loaded.agreement))
        return portfolio_entry(loaded, series, options)

    stream = open_stream([str(folder)], checked_on=AS_OF, data_dirs=[str(ROOT / "data")])
    entries = each_checked(stream, each)
    gc.collect()
    assert len(entries) == 20 and stream.problems == []
    assert len(alive) == 20 and [ref() for ref in alive] == [None] * 20
