"""A handläggare reads problems in Swedish: no parser's or system's English inside them.

The usual mistakes in a hand-edited agreement or ``iopctl.toml`` each have a
message of their own with the fix; the system's reasons a file cannot be read
are said in the reader's words (as root, CI cannot make a file it may not
read, so those reasons are tested here, on the errors themselves).
"""

from __future__ import annotations

import errno
import re

import pytest

from iopctl.problems import Problem
from iopctl.rules.reasons import Label, os_reason
from iopctl.settings import parse_settings
from iopctl.words import words
from iopctl.words.problems import sayer
from iopctl.yamlread import parse

ENGLISH = re.compile(r"\b(found|expected|while|wants|got|Invalid|Expected|not allowed)\b")
"""Words of PyYAML's, tomllib's and the old settings messages that must not reach Swedish."""

YAML_MISTAKES = {
    'title: "abc\nstatus: active\n': ("unclosed-quote", 1, 8),
    "term:\n  start: 2024-01-01\n end: 2025-01-01\n": ("indent", 3, 2),
    "parties: [a, b\nstatus: x\n": ("unclosed-list", 2, 7),
    "source: {document: x\nstatus: x\n": ("unclosed-mapping", 2, 7),
    "title: @abc\n": ("start-character", 1, 8),
    "title: `abc`\n": ("start-character", 1, 8),
    "title: *abc\n": ("start-character", 1, 8),
    'title: "a\\qb"\n': ("escape", 1, 10),
    "a: {b: 1,, c: 2}\n": ("missing-value", 1, 10),
    "a: |x\n  b\n": ("block-scalar", 1, 5),
    "dnr: SON: 2019-536\n": ("colon", 1, 9),
}


def _said(problems: list[Problem]) -> str:
    assert len(problems) == 1, problems
    return sayer("sv")(problems[0])


@pytest.mark.parametrize("text", list(YAML_MISTAKES))
def test_yaml_mistakes_have_their_own_swedish_message(text: str) -> None:
    variant, line, col = YAML_MISTAKES[text]
    _, _, problems = parse(text, "x.yaml")
    (found,) = problems
    assert (found.message_id, found.line, found.col) == (
        f"problem.yaml-syntax.{variant}",
        line,
        col,
    )
    assert not ENGLISH.search(_said(problems)), _said(problems)


def test_an_unknown_yaml_mistake_marks_the_parsers_english() -> None:
    _, _, problems = parse("%YAML 1.1\n%YAML 1.1\n---\na: 1\n", "x.yaml")
    assert "YAML-läsarens beskrivning på engelska: " in _said(problems)


SETTINGS_MISTAKES = {
    b'lang = "xx"\n': "lang ska vara ett av sv, en, inte xx",
    b'lang "sv"\n': "efter ett namn ska det stå '='",
    b"lang = sv\n": "text står inom citattecken",
    b'paths = ["a"\n': "listan inom [ ] stängs inte",
    b'lang = "sv\n': "stängs citattecknet på samma rad",
    b'lang = "sv"\nlang = "en"\n': "finns två gånger",
    b"hej\n": "efter ett namn ska det stå '='",
    b"due_soon_days = 1000\n": "due_soon_days ska vara ett heltal från 0 till 365, inte 1000",
    b"[reminders]\npayment = [400]\n": "reminders.payment ska vara en lista med dagar",
    b"site = 3\n": "site ska vara en tabell, med rubriken [site]",
    b"paths = []\n": "paths ska vara en lista med mappar eller filer",
    b"[site]\ntitle = 3\n": "site.title ska vara en text inom citattecken",
    b'lang = "sv" x\n': "efter värdet får bara en kommentar",
    b'lang = "\xff"\n': "filen är inte UTF-8",
}


@pytest.mark.parametrize("raw", list(SETTINGS_MISTAKES))
def test_settings_mistakes_are_said_in_swedish_with_the_fix(raw: bytes) -> None:
    _, problems = parse_settings(raw)
    text = _said(problems)
    assert SETTINGS_MISTAKES[raw] in text
    assert not ENGLISH.search(text), text


@pytest.mark.parametrize(
    ("code", "swedish"),
    [
        (errno.EACCES, "behörighet saknas"),
        (errno.ENAMETOOLONG, "namnet är för långt för filsystemet"),
        (errno.ELOOP, "för många symboliska länkar"),
        (errno.ENOENT, "filen eller mappen finns inte"),
    ],
)
def test_the_systems_reasons_are_said_in_the_readers_words(code: int, swedish: str) -> None:
    reason = os_reason(OSError(code, "English from the C library"))
    assert reason == Label("os", errno.errorcode[code])
    assert words("sv").arg(reason).startswith(swedish)


def test_an_unusual_reason_keeps_the_systems_text() -> None:
    assert os_reason(OSError(errno.EXDEV, "Invalid cross-device link")) == (
        "Invalid cross-device link"
    )
