"""What ``iopctl --version`` says: the version, and the data series shipped with it.

Amounts depend on the bundled index and population series as much as on the
code, so a bug report or a CI log needs both.  Reading them must stay cheap
(``--version`` is run by scripts): the packaged files are trusted and only
their names and years are needed, so PyYAML's C loader reads them directly;
the loader and :mod:`iopctl.yamlread` would import pydantic for the models.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import yaml

from . import __version__

BUNDLED_DATA = Path(__file__).parent / "data"
KINDS = {"indices": "index", "populations": "population"}
"""The folders of ``data/`` and what a series in each is."""


def year_ranges(years: Iterable[int]) -> str:
    """``[2018, 2020, 2021, 2022]`` -> ``2018, 2020–2022``: a gap is worth seeing."""
    spans: list[list[int]] = []
    for year in sorted(set(years)):
        if spans and year == spans[-1][1] + 1:
            spans[-1][1] = year
        else:
            spans.append([year, year])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in spans) or "no years"


def bundled_series(root: Path = BUNDLED_DATA) -> list[str]:
    """One line per shipped series: name, title, kind and the years it covers.

    The files are the package's own, checked by the tests like any series,
    so they are read without the loader's care for hostile input.
    """
    lines = []
    for folder, kind in KINDS.items():
        for file in sorted((root / folder).glob("*.y*ml")):
            data = yaml.load(file.read_bytes(), Loader=yaml.CSafeLoader)
            years = year_ranges(value["year"] for value in data["values"])
            lines.append(f"{data['name']} ({data['title']}), {kind}: {years}")
    return lines


def version_text() -> str:
    """``iopctl X.Y.Z`` on the first line, as scripts expect, then the series."""
    series = "".join(f"  {line}\n" for line in bundled_series())
    return f"iopctl {__version__}\ndata series shipped (a repository's data/ adds years):\n{series}"
