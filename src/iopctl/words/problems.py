"""A problem's message in the reader's language.

A :class:`~iopctl.problems.Problem` holds a message id and its arguments; the
texts are the ``_PROBLEMS`` sections of the catalogs.  A problem with a
``suggestion`` (a close match for a mistyped key or word) gets the catalog's
"did you mean" after its message, the same way in every message.
"""

from __future__ import annotations

from typing import cast

from ..problems import Problem, Say
from ..rules.reasons import Arg, Reason
from . import Words, words


def problem_message(w: Words, p: Problem) -> str:
    """The sentence for ``p`` in the language of ``w``."""
    args = cast(tuple[tuple[str, Arg], ...], p.args)
    text = w.say(Reason(p.message_id, args))
    suggestion = p.kwargs.get("suggestion")
    if isinstance(suggestion, str):
        text += w.text("problem.did_you_mean", suggestion=suggestion)
    return text


def sayer(lang: str) -> Say:
    """What the problem renderers take: each problem's message in ``lang``."""
    w = words(lang)
    return lambda p: problem_message(w, p)


def summary(w: Words, files: int, errors: int, warnings: int) -> str:
    """``4 filer, 0 fel, 1 varning``: the tally ``validate`` writes on stderr."""

    def count(word: str, n: int) -> str:
        return w.text(f"count.{word}" if n == 1 else f"count.{word}s", n=n)

    return w.text(
        "validate.summary",
        files=count("file", files),
        errors=count("error", errors),
        warnings=count("warning", warnings),
    )
