"""Hostile templates (issue 11), shared by the report's and the site's tests.

Each is the source of a template and a phrase its failure must say; every one
must stop with ``template:line: message`` (the template's own path first).
"""

from __future__ import annotations

from iopctl.templating import Limits

SMALL = Limits(seconds=1.0, output_chars=100_000, operand_chars=10_000)
"""Small enough that the attacks hit them quickly; large enough for a real page or report."""

HOSTILE = {
    "loop without calls": (
        "{% set xs = range(100000) | list %}\n{% for a in xs %}{% for b in xs %}"
        "{% endfor %}{% endfor %}",
        "time limit",
    ),
    "loop with calls": (
        "{% for a in range(100000) %}{% for b in range(100000) %}{{ b | abs }}{% endfor %}"
        "{% endfor %}",
        "",
    ),
    "huge string": ("{{ 'x' * 10**12 }}", "'*' would build"),
    "huge list": ("{{ ([0] * 10**9) | length }}", "'*' would build"),
    "huge power": ("{{ 9 ** (10**9) }}", "'**' would make"),
    "huge concatenation": ("{% set s = 'x' * 9000 %}{{ s + s }}", "'+' would build"),
    "huge filter": ("{{ 'x' | center(10**11) }}", ""),
    "huge output": ("{% for a in range(100000) %}xxxxxxxxxx{% endfor %}", "output longer"),
    "recursive macro": ("{% macro m() %}{{ m() }}{% endmacro %}\n{{ m() }}", "recursive"),
    "nested expression": ("{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}", ""),
    "assertion in a filter": ("\n{{ 'a title' | truncate(-5) }}", ":2: "),
    "undefined": ("{{ nothing.here }}", ":1: "),
    "sandbox": ("{{ ''.__class__.__mro__ }}", ":1: "),
}
