from iopctl.loader import load_paths


def test_bundled_agreements_load() -> None:
    result = load_paths(["agreements"])
    assert result.problems == []
    assert {a.agreement.id for a in result.agreements} >= {"linkoping-boj-2023"}
