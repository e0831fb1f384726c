"""The architecture as a contract: each layer imports only the layers below it.

DESIGN.md: bytes -> document -> agreement -> checks -> rules (data) -> words
-> output.  This walks every ``import`` of every module under ``src/iopctl``
(also the ones inside functions, which is where the lazy imports live) and
fails with the offending module and line, so the layering cannot drift back.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from conftest import ROOT

SRC = ROOT / "src" / "iopctl"

ALLOWED: dict[str, frozenset[str]] = {
    "rules": frozenset({"rules", "models", "document", "calendar", "indices"}),
    "document": frozenset({"document", "models"}),
    "models": frozenset({"models"}),
    "calendar": frozenset({"calendar"}),
    "indices": frozenset({"indices", "models"}),
    "problems": frozenset({"problems", "terminal"}),
    "terminal": frozenset({"terminal"}),
    "words": frozenset({"words", "rules", "calendar", "problems", "models"}),
    "settings": frozenset({"settings", "problems", "rules"}),
    "gitread": frozenset(),
    "changes": frozenset(
        {"changes", "checks", "rules", "models", "document", "calendar", "indices", "problems"}
    ),
    "diffformat": frozenset({"diffformat", "changes", "rules", "words", "problems"}),
}
"""For each low layer, the iopctl modules (first component) it may import."""

NOT_IMPORTED_BY_ANYONE = frozenset({"cli"})
"""The CLI prints and exits; nothing may import it (but ``python -m iopctl``)."""
ENTRY_POINTS = frozenset({"cli", "__main__"})


def iopctl_imports(path: Path) -> list[tuple[int, str]]:
    """``(line, first component)`` of every iopctl module ``path`` imports."""
    package = path.relative_to(SRC).parts[:-1]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level == 0:
                parts = (node.module or "").split(".")
                if parts[0] != "iopctl":
                    continue
                target = parts[1:]
            else:
                base = package[: len(package) - (node.level - 1)]
                target = [*base, *(node.module or "").split(".")] if node.module else list(base)
            names = [target[0]] if target else [alias.name for alias in node.names]
            found.extend((node.lineno, name) for name in names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "iopctl" and len(parts) > 1:
                    found.append((node.lineno, parts[1]))
    return found


def layer_of(path: Path) -> str:
    return path.relative_to(SRC).with_suffix("").parts[0]


MODULES = sorted(p for p in SRC.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_imports_follow_the_layers(path: Path) -> None:
    layer = layer_of(path)
    allowed = ALLOWED.get(layer)
    for line, target in iopctl_imports(path):
        assert target not in NOT_IMPORTED_BY_ANYONE or layer in ENTRY_POINTS, (
            f"{path.relative_to(ROOT)}:{line} imports iopctl.{target}"
        )
        if allowed is not None:
            assert target in allowed, (
                f"{path.relative_to(ROOT)}:{line}: layer {layer!r} may not import iopctl.{target}"
            )


def test_the_walker_sees_relative_and_lazy_imports() -> None:
    """The contract is only as good as the walker: it must see what the rules import."""
    seen = {target for _, target in iopctl_imports(SRC / "rules" / "evaluate.py")}
    assert {"calendar", "indices", "document"} <= seen
