"""What the outputs show of the blocks beyond the seeds (issue 15): sources with their
kinds, scope exclusions, duty counts and covered periods, amounts per party, a party
leaving, amendment history, and contacts named by party id.

The report, the site's agreement page and ``show`` of the synthetic examples
(``examples/agreements``), with goldens of the two reports that use most blocks.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from builders import loaded
from conftest import ROOT, TESTS, Golden, Run, run_cli
from iopctl.indices import SeriesStore
from iopctl.models import Source, Times
from iopctl.report import Renderer, ReportOptions, render_agreement_report
from iopctl.words import words
from iopctl.words.phrases import cite, times_text
from test_checks import ERROR, MINIMAL, check, found, line_of

CLI = Callable[..., Run]
NBSP = "\u00a0"
EXAMPLES = "examples/agreements"
GOLDEN = TESTS / "golden" / "report"
SHELTER = "kvinnojouren-sjobygden-2024"
MEETING_PLACE = "motesplats-hamnstaden-2019"


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


HEAD = """\
id: test
title: Test
status: active
term: {start: 2024-01-01, end: 2025-12-31}
"""
ONE_PER_SIDE = """\
parties:
  - {role: public, name: Kommunen}
  - {role: civil, name: Föreningen}
"""


def report_of(text: str, as_of: str = "2024-06-01") -> str:
    """The Swedish report of the agreement ``text`` on ``as_of``."""
    import datetime as dt

    options = ReportOptions(as_of=dt.date.fromisoformat(as_of))
    text = render_agreement_report(loaded(text), SeriesStore(), options, Renderer())
    return text.replace(NBSP, " ")


def report(cli: CLI, agreement_id: str, as_of: str, *more: str) -> str:
    run = cli("report", agreement_id, "--path", EXAMPLES, "--as-of", as_of, *more)
    assert run.code == 0, run.stderr
    return run.stdout.replace(NBSP, " ")


def rows_of(text: str, heading: str) -> list[str]:
    """The table rows of the section under ``heading``."""
    section = text.split(heading, 1)[1].split("\n#", 1)[0]
    return [line for line in section.splitlines() if line.startswith("| ") and "---" not in line]


# --- sources: every fact says which document it comes from ---------------------------


@pytest.mark.parametrize(
    ("source", "sv", "en"),
    [
        (
            Source(
                document="SN 2021-11-24 § 188", kind="decision", title="Beslut", date="2021-11-24"
            ),
            "beslut 2021-11-24: Beslut",
            "decision 2021-11-24: Beslut",
        ),
        (
            Source(document="https://x.example/nyhet", kind="press_release"),
            "pressmeddelande: https://x.example/nyhet",
            "press release: https://x.example/nyhet",
        ),
    ],
)
def test_a_source_is_cited_by_its_kind_date_and_title(source: Source, sv: str, en: str) -> None:
    assert cite(source, words("sv")) == sv
    assert cite(source, words("en")) == en


def test_an_amount_from_a_press_release_is_never_said_to_be_the_agreements() -> None:
    text = report_of(
        HEAD
        + ONE_PER_SIDE
        + "source: {document: nyhet.html, kind: press_release}\n"
        + "funding:\n  per: calendar_year\n"
        + "  contributions: [{payer: public, by_year: [{year: 2024, amount: 100000}]}]\n"
        + "payments: {schedule: unknown}\n"
    )
    assert "100 000 kr för 2024 enligt pressmeddelandet" in text
    assert "okänt: pressmeddelandet anger inget belopp för 2025" in text
    assert "enligt avtalet" not in text
    assert "(pressmeddelande)" in text


def test_every_assumption_cites_its_source_when_the_file_has_several(cli: CLI) -> None:
    rows = rows_of(report(cli, MEETING_PLACE, "2022-06-01"), "## Antaganden")
    assert rows[0] == "| Fält | Antagande | Källa |"
    cited = {row.split(" | ")[0]: row.rsplit(" | ", 1)[1].removesuffix(" |") for row in rows[1:]}
    assert cited == {
        "| `funding.contributions[0].by_year`": "avtal 2018-12-14: iop-motesplats-hamnstaden.pdf",
        "| `amendments[0]`": "beslut 2021-11-24: Socialnämndens beslut om förlängning 2022",
    }


def test_the_sources_section_lists_each_source_by_kind(cli: CLI) -> None:
    text = report(cli, MEETING_PLACE, "2022-06-01", "--lang", "en")
    section = text.split("## Sources", 1)[1]
    assert "- press release 2022-11-25: Mötesplatsen förlängs ett år till (https://" in section
    assert (
        "- agreement 2018-12-14: iop-motesplats-hamnstaden.pdf; the file's main source" in section
    )
    assert "- web page: https://hamnstaden.example/motesplats" in section


def test_an_amended_amount_is_said_by_the_decision_that_set_it(cli: CLI) -> None:
    text = report(cli, MEETING_PLACE, "2022-06-01")
    assert "**2020:** Hamnstadens stad: 260 000 kr för 2020 enligt avtalet" in text
    assert (
        "**2022:** Hamnstadens stad: 270 000 kr per år enligt beslut 2021-11-24 av Socialnämnden"
        in text
    )


# --- scope, duty counts, covered periods ---------------------------------------------


@pytest.mark.parametrize(
    ("times", "sv", "en"),
    [
        ({"min": 1, "max": 2, "per": "term"}, "1–2 gånger per termin", "1–2 times per school term"),
        ({"min": 1, "max": 1, "per": "year"}, "en gång per år", "once per year"),
        ({"min": 3, "max": 3, "per": "year"}, "3 gånger per år", "3 times per year"),
        ({"min": 1, "per": "half_year"}, "minst en gång per halvår", "at least once per half-year"),
        ({"min": 2, "per": "year"}, "minst 2 gånger per år", "at least 2 times per year"),
        (
            {"min": 0, "max": 1, "per": "term"},
            "högst en gång per termin",
            "at most once per school term",
        ),
        ({"min": 0, "max": 4, "per": "year"}, "högst 4 gånger per år", "at most 4 times per year"),
    ],
)
def test_a_duty_count_reads_as_the_document_would_say_it(
    times: dict[str, object], sv: str, en: str
) -> None:
    counted = Times.model_validate(times)
    assert (times_text(counted, words("sv")), times_text(counted, words("en"))) == (sv, en)


def test_scope_exclusions_counts_and_covered_periods_are_in_the_report(cli: CLI) -> None:
    text = report(cli, MEETING_PLACE, "2020-02-01")
    scope = text.split("## Omfattning", 1)[1].split("\n## ", 1)[0]
    assert "**Omfattar inte:**\n\n- Lovverksamhet, som staden upphandlar separat" in scope
    assert (
        "- Besök i Hamnskolans klasser för att informera om mötesplatsen: "
        "1–2 gånger per termin (idéburen part)"
    ) in text
    (row,) = [r for r in rows_of(text, "## Uppföljning") if "återrapport för 2019" in r]
    assert "Gemensam återrapport för 2019 (avser 2019-01-01 – 2019-12-31)" in row
    assert row.startswith("| 2020-03-31 |")


def test_show_names_exclusions_counts_covered_periods_sources_and_amendments(cli: CLI) -> None:
    run = cli("show", MEETING_PLACE, "--path", EXAMPLES)
    assert run.code == 0, run.stderr
    lines = [" ".join(line.split()) for line in run.stdout.splitlines()]
    assert "källa: iop-motesplats-hamnstaden.pdf (avtal 2018-12-14)" in lines
    assert "även: pressmeddelande 2022-11-25: Mötesplatsen förlängs ett år till" in lines
    assert "undantag: Lovverksamhet, som staden upphandlar separat" in lines
    assert (
        "åtagande: uppgift: Besök i Hamnskolans klasser för att informera om mötesplatsen, "
        "1–2 gånger per termin"
    ) in lines
    assert (
        "åtagande: rapport: Gemensam återrapport för 2019, avser 2019-01-01 – 2019-12-31" in lines
    )
    assert (
        "medel: Hamnstadens stad bidrag: 250 000 kr för 2019; 260 000 kr för 2020 per kalenderår"
        in lines
    )
    assert any(
        line.startswith("ändring: beslutad 2021-11-24 av Socialnämnden, gäller från 2022-01-01: ")
        for line in lines
    )


def test_show_names_each_paying_party_and_the_one_that_leaves(cli: CLI) -> None:
    run = cli("show", SHELTER, "--path", EXAMPLES, "--lang", "en")
    assert run.code == 0, run.stderr
    lines = [" ".join(line.split()) for line in run.stdout.splitlines()]
    assert "public: Sjöby kommun (its part ends on 2025-09-10)" in lines
    assert "public: Norrby kommun" in lines
    assert "responsible: Kvinnojouren Sjöbygden: Samråd med alla kommuner" in lines
    assert (
        "funding: Norrby kommun grant: SEK 5 × population of norrby, 1 year back per calendar year"
    ) in lines
    assert "funding: public fee by use: SEK 1,400 per dygn as logged per calendar year" in lines


# --- amounts per party, a party leaving ------------------------------------------------


def test_amounts_per_party_per_year_with_their_total(cli: CLI) -> None:
    text = report(cli, SHELTER, "2025-10-01")
    rows = rows_of(text, "### Belopp per part")[1:]
    by_year: dict[str, list[str]] = {}
    for row in rows:
        by_year.setdefault(row.split(" | ")[0].strip("| *"), []).append(row)
    payers_2025 = [r.split(" | ")[1] for r in by_year["2025"][:-1]]
    payers_2026 = [r.split(" | ")[1] for r in by_year["2026"][:-1]]
    assert "Sjöby kommun" in payers_2025 and "Sjöby kommun" not in payers_2026
    assert len(payers_2025) == 9  # eight municipalities and the fee per night
    amounts = [int(re.sub(r"\D", "", r.split(" | ")[3])) for r in by_year["2024"][:-1]]
    total = by_year["2024"][-1]
    assert f"**{sum(amounts):,} kr**".replace(",", " ") in total
    assert "| 2024 | de offentliga parterna | Kvinnojouren Sjöbygden | 42 000 kr |" in text
    assert "1 400 kr × 30 dygn enligt loggen = 42 000 kr" in text
    # The economy table states each amount in the shape the file gives it, never "anges inte".
    assert "| Norrby (offentlig part) | bidrag | 5 kr × folkmängden i norrby, 1 år bakåt |" in text
    assert "| avgift efter nyttjande | 1 400 kr per dygn enligt loggen |" in text


def test_a_party_leaving_by_its_own_notice_is_shown_with_its_end(cli: CLI) -> None:
    before = rows_of(report(cli, SHELTER, "2025-06-01"), "## Parter")
    after = rows_of(report(cli, SHELTER, "2025-10-01"), "## Parter")
    (sjoby_before,) = [r for r in before if "Sjöby kommun" in r]
    (sjoby_after,) = [r for r in after if "Sjöby kommun" in r]
    assert "dess del upphör 2025-09-10" in sjoby_before
    assert "dess del upphörde 2025-09-10" in sjoby_after
    unknown = rows_of(report(cli, SHELTER, "2025-01-01"), "## Parter")
    assert not any("upphör" in r for r in unknown)  # the notice is not known yet


def test_a_party_joining_by_amendment_is_listed_from_its_day() -> None:
    text = report_of(
        HEAD
        + ONE_PER_SIDE
        + "source: {document: avtal.pdf}\n"
        + "amendments:\n"
        + "  - decided: 2024-05-01\n    body: Kommunstyrelsen\n    effective: 2024-07-01\n"
        + "    summary: Förbundet ansluter.\n"
        + "    joins: [{id: forbundet, role: civil, name: Förbundet}]\n"
    )
    assert "| Idéburen part | Förbundet<br>ansluter 2024-07-01 | anges inte |" in text
    assert "– Förbundet ansluter" in text


# --- amendment history -------------------------------------------------------------------


def test_the_amendment_history_says_what_changed_when_and_what_is_not_yet_in_effect(
    cli: CLI,
) -> None:
    rows = rows_of(report(cli, MEETING_PLACE, "2022-06-01"), "### Ändringar och förlängningar")
    assert rows[0] == "| Beslutad | Beslutad av | Gäller från | Ändring | Källa |"
    first, second = rows[1:]
    assert first.startswith("| 2021-11-24<br>SN 2021/377 | Socialnämnden | 2022-01-01 | ")
    assert "– förlängningsmöjligheten utnyttjas: avtalstiden slutar 2022-12-31" in first
    assert "– Hamnstadens stad: 270 000 kr per år från 2022" in first
    assert "gäller ännu inte" not in first
    assert "2023-01-01<br>gäller ännu inte per 2022-06-01" in second
    assert "– förlängningsmöjligheten utnyttjas: avtalstiden slutar 2023-12-31" in second
    assert "– nytt eller ändrat åtagande: Gemensam återrapport för 2022" in second
    assert second.endswith("| protokoll 2022-11-23: SN 2022-11-23 protokoll |")


# --- contacts and signatories name a party -----------------------------------------------

SHARED = MINIMAL.replace(
    "  - {role: civil, name: Föreningen, org_number: 802015-4822}\n",
    "  - {id: jouren, role: civil, name: Jouren}\n"
    "  - {id: forbundet, role: civil, name: Förbundet}\n",
)


def test_contacts_and_signatories_take_a_party_id_or_a_role() -> None:
    text = SHARED + (
        "contacts:\n  - {party: forbundet, name: Anna Ek}\n  - {party: public, name: Bo Ek}\n"
        "signatories:\n  - {party: jouren, name: Cia Ek}\n"
    )
    assert check(text) == []


@pytest.mark.parametrize("block", ["contacts", "signatories"])
def test_a_contact_or_signatory_of_no_party_is_a_located_error(block: str) -> None:
    text = SHARED + f"{block}:\n  - {{party: forbundt, name: Anna Ek}}\n"
    (problem,) = check(text)
    assert found([problem]) == [("unknown-party", problem.severity, line_of(text, "forbundt"))]
    assert problem.kwargs["suggestion"] == "forbundet"


def test_a_contact_named_by_party_id_is_shown_with_the_partys_name() -> None:
    text = report_of(
        HEAD
        + "source: {document: avtal.pdf}\n"
        + "parties:\n  - {role: public, name: Kommunen}\n"
        + "  - {id: jouren, role: civil, name: Jouren}\n"
        + "  - {id: forbundet, role: civil, name: Förbundet}\n"
        + "contacts:\n  - {party: forbundet, name: Anna Ek}\n  - {party: public, name: Bo Ek}\n"
    )
    assert "- Anna Ek (Förbundet)" in text
    assert "- Bo Ek (offentlig part)" in text


def test_a_meeting_convened_by_a_party_id_names_the_party(cli: CLI) -> None:
    text = report(cli, SHELTER, "2025-06-01")
    assert (
        "**Samråd med alla kommuner**, 2 gånger per år; sammankallande: Kvinnojouren Sjöbygden."
        in text
    )


# --- the site's agreement page ----------------------------------------------------------


def test_the_site_page_shows_scope_shares_history_and_sources(cli: CLI, tmp_path: Path) -> None:
    run = cli("site", EXAMPLES, "-o", str(tmp_path), "--as-of", "2025-10-01")
    assert run.code == 0, run.stderr
    shelter = (tmp_path / "agreements" / f"{SHELTER}.html").read_text(encoding="utf-8")
    assert "<strong>dess del upphörde 2025-09-10</strong>" in shelter
    assert "<li>Behandling av våldsutövare</li>" in shelter
    assert "<caption>Belopp per part</caption>" in shelter
    assert "1–2 gånger per halvår" in shelter
    assert "avser 2024-01-01 – 2024-12-31" in shelter
    place = (tmp_path / "agreements" / f"{MEETING_PLACE}.html").read_text(encoding="utf-8")
    assert "<caption>Ändringar och förlängningar</caption>" in place
    assert "förlängningsmöjligheten utnyttjas: avtalstiden slutar 2023-12-31" in place
    assert "<li>pressmeddelande 2022-11-25: Mötesplatsen förlängs ett år till" in place
    assert "(källa: beslut 2021-11-24: Socialnämndens beslut om förlängning 2022)" in place


# --- goldens -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("agreement_id", "as_of"), [(SHELTER, "2025-10-01"), (MEETING_PLACE, "2022-06-01")]
)
def test_report_of_the_example_matches_golden(
    cli: CLI, golden: Golden, agreement_id: str, as_of: str
) -> None:
    run = cli("report", agreement_id, "--path", EXAMPLES, "--as-of", as_of)
    assert run.code == 0, run.stderr
    golden(GOLDEN / f"example-{agreement_id}.sv.md", run.stdout)


# --- diff: amendments as dated events ----------------------------------------------------


@pytest.fixture
def amended_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository whose last commit has the meeting place without its 2023 extension and
    with the 2022 one in effect a month later; the working tree has the example as it is."""
    import subprocess

    root = tmp_path / "repo"
    (root / "agreements").mkdir(parents=True)
    example = (ROOT / EXAMPLES / f"{MEETING_PLACE}.yaml").read_text(encoding="utf-8")
    start, end = example.index("  - id: forlangning-2023"), example.index("\nlog:")
    before = (example[:start] + example[end + 1 :]).replace(
        "    effective: 2022-01-01\n", "    effective: 2022-02-01\n"
    )
    (root / "agreements" / f"{MEETING_PLACE}.yaml").write_text(before, encoding="utf-8")
    for name, value in {
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CEILING_DIRECTORIES": str(tmp_path),
    }.items():
        monkeypatch.setenv(name, value)
    for args in (
        ("init", "-q", "-b", "main"),
        ("add", "."),
        ("-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-q", "-m", "one"),
    ):
        subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)
    (root / "agreements" / f"{MEETING_PLACE}.yaml").write_text(example, encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def test_diff_shows_amendments_added_and_edited_as_dated_events(
    cli: CLI, amended_repo: Path
) -> None:
    run = cli("diff", "--as-of", "2022-06-01")
    assert run.code == 0, run.stderr
    lines = [line.strip() for line in run.stdout.replace(NBSP, " ").splitlines()]
    (edited,) = [line for line in lines if line.startswith("ändrat ändringsbeslut")]
    assert edited.startswith(
        "ändrat ändringsbeslut forlangning-2022.effective: 2022-02-01 → 2022-01-01 — "
        "beslutat 2021-11-24 av Socialnämnden (SN 2021/377): Överenskommelsen förlängs 2022"
    )
    assert edited.endswith("(beslut 2021-11-24: Socialnämndens beslut om förlängning 2022)")
    (added,) = [line for line in lines if line.startswith("nytt ändringsbeslut")]
    assert added.startswith(
        "nytt ändringsbeslut forlangning-2023: – → gäller från 2023-01-01 — "
        "beslutat 2022-11-23 av Socialnämnden (SN 2022/401): Förlängning 2023"
    )
    data = json.loads(cli("diff", "--as-of", "2022-06-01", "--format", "json").stdout)
    events = data["agreements"][0]["amendments"]
    assert [(e["id"], e["change"], e["effective"], e["source"]) for e in events] == [
        ("forlangning-2022", "modified", "2022-01-01", "beslut-2021"),
        ("forlangning-2023", "added", "2023-01-01", "protokoll-2022"),
    ]
    assert events[0]["fields"] == [
        {"field": "forlangning-2022.effective", "from": "2022-02-01", "to": "2022-01-01"}
    ]
    markdown = cli("diff", "--as-of", "2022-06-01", "--format", "markdown").stdout
    assert "| nytt ändringsbeslut | forlangning-2023 | – | gäller från 2023-01-01 |" in markdown


# --- the JSON Schema and the skeleton ------------------------------------------------------


def test_the_schema_takes_a_party_id_for_contacts_and_signatories() -> None:
    from jsonschema import Draft202012Validator

    from test_schema import json_data

    schema = json.loads(run_cli("schema").stdout)
    data = json_data(ROOT / EXAMPLES / f"{SHELTER}.yaml")
    data["contacts"] = [{"party": "sjoby", "name": "Anna Ek"}]
    data["signatories"] = [{"party": "public", "name": "Bo Ek"}]
    validator = Draft202012Validator(schema)
    assert [e.message for e in validator.iter_errors(data)] == []
    data["contacts"] = [{"party": "Sjöby kommun", "name": "Anna Ek"}]
    assert len(list(validator.iter_errors(data))) == 1


def test_the_skeleton_says_contacts_and_notice_may_name_one_party(
    cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "agreements").mkdir()
    assert cli("new", "ny-2026").code == 0
    text = (tmp_path / "agreements" / "ny-2026.yaml").read_text(encoding="utf-8")
    assert "# contacts:                         # party: a party id, or public | civil" in text
    assert "kind: notice, by: TODO-party-id}   # one party's notice ends its part only" in text


TWO_ASSOCIATIONS = (
    HEAD.replace("id: test", "id: t")
    + """\
source: {document: avtal.pdf}
parties:
  - {id: staden, role: public, name: Staden}
  - {id: laxhjalpen, role: civil, name: Föreningen Läxhjälpen}
  - {id: ik, role: civil, name: IK Framåt}
duties:
  - kind: task
    title: Skolbesök
    by: laxhjalpen
    times: {min: 1, max: 2, per: term}
  - {kind: task, title: Lokaler, by: civil, times: {min: 1, per: year}}
"""
)


def test_a_duty_done_by_a_party_id_names_the_party() -> None:
    """Issue 15: a duty's ``by`` is a party reference like any other, said by its name."""
    text = report_of(TWO_ASSOCIATIONS)
    assert "- Skolbesök: 1–2 gånger per termin (Föreningen Läxhjälpen)" in text
    assert "- Lokaler: minst en gång per år (idéburen part)" in text
    typo = TWO_ASSOCIATIONS.replace("by: laxhjalpen", "by: laxhjalpn")
    assert found(check(typo)) == [("unknown-party", ERROR, line_of(typo, "by: laxhjalpn"))]
