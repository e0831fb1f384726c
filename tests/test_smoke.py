from conftest import AGREEMENTS, Run, run_cli
from iopctl.loader import load_paths


def test_bundled_agreements_load() -> None:
    result = load_paths([str(AGREEMENTS)])
    assert result.problems == []
    assert {a.agreement.id for a in result.agreements} >= {"linkoping-boj-2023"}


def test_validate_bundled_exits_zero() -> None:
    run: Run = run_cli("validate", str(AGREEMENTS))
    assert run.code == 0, run.stdout + run.stderr
