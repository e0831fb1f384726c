"""Rendering a report template: markdown escaping and the report's template names.

Templates are untrusted input; the sandbox, where templates come from (a
symlink that leads out of its folder is refused) and the limits on what a
template may do are :mod:`iopctl.templating`, shared with the site.  What is
the report's own: every printed value is escaped for markdown
(:func:`~iopctl.report.escape.md` as ``finalize``), the filters ``cell``,
``oneline`` and ``gantt``, and the names a report's template is looked up by.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..templating import Limits, TemplateFailure, render, sandboxed, template_loader
from .escape import Escaped, cell, gantt_name, md, oneline, tidy
from .texts import texts

View = dict[str, Any]

ReportError = TemplateFailure
"""A report could not be rendered; the message reads ``template:line: what``."""

__all__ = ["Limits", "Renderer", "ReportError", "View", "template_names"]


def template_names(kind: str, lang: str) -> list[str]:
    """The names a template of ``agreement`` or ``portfolio`` is looked up by, in order.

    The bundled layout is one file per kind whose words come from ``t``;
    a ``kind.lang.md.j2`` in the user's ``templates/`` folder still wins for
    its language, so an override written before the layouts were merged, or
    a layout that only one language needs, keeps working.
    """
    return [f"{kind}.{lang}.md.j2", f"{kind}.md.j2"]


class Renderer:
    """One sandboxed Jinja environment per run, so each template is compiled at most once.

    Templates are looked up by name in order: the user's ``--template`` file
    (by the path given), the ``template_dirs`` (a repository's own
    ``templates/`` folders, see :func:`iopctl.project.template_dirs_for`),
    then the templates bundled with iopctl.  Each name is tried
    language-specific first (see :func:`template_names`).
    """

    def __init__(
        self,
        template: str | None = None,
        template_dirs: Sequence[str] = (),
        limits: Limits | None = None,
    ) -> None:
        self.template = template
        self.limits = limits or Limits()
        loader = template_loader(template_dirs, template)
        self.env = sandboxed(
            loader, self.limits, autoescape=False, finalize=md, macro_output=Escaped
        )
        self.env.filters.update(cell=cell, oneline=oneline, gantt=gantt_name)

    def render(self, kind: str, lang: str, view: View) -> str:
        """Render ``--template`` if one was given, else the template of ``kind`` for ``lang``.

        The template gets ``view`` and ``t``, the report words of ``lang``.
        """
        names = [self.template] if self.template else template_names(kind, lang)
        return tidy(render(self.env, names, {**view, "t": texts(lang)}, self.limits))
