"""Rendering a report template: the Jinja environment, where templates come from, and limits.

Templates are untrusted input: a municipality keeps its own layout in a
``templates/`` folder, and a pull request may change it.  So they are
rendered in Jinja's sandbox with ``StrictUndefined``, read only from the
template folders (a symlink that leads out of its folder is refused), every
printed value is escaped for markdown (:func:`~iopctl.report.escape.md` as
``finalize``), and the work one template may do is bounded (:class:`Limits`):
time, output size, the size of what an operator may build, memory and
recursion.  Every failure becomes one :class:`ReportError` saying
``template:line: what``, which the CLI turns into exit 2 without a traceback.
"""

from __future__ import annotations

import ctypes
import threading
import types
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .escape import Escaped, cell, gantt_name, md, oneline, tidy
from .texts import texts

if TYPE_CHECKING:
    from jinja2.runtime import Context
    from jinja2.sandbox import SandboxedEnvironment

View = dict[str, Any]


class ReportError(Exception):
    """A report could not be rendered; the message reads ``template:line: what``."""


class LimitExceeded(Exception):
    """A template asked for more than :class:`Limits` allows."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Limits:
    """What one template render may cost; generous for any real report, small for an attack."""

    seconds: float = 5.0
    """Wall time of one render; a loop of 10**10 iterations stops here."""
    output_chars: int = 20_000_000
    """Size of the rendered text (the seeds' reports are about 10 000 characters)."""
    operand_chars: int = 1_000_000
    """Largest string or list ``*`` or ``+`` may build, and the digits ``**`` may make."""
    memory_bytes: int = 1 << 30
    """Address space a render may add (Unix), the backstop for what no check above sees."""


_SIZED_BINOPS = frozenset({"*", "+", "**"})


def _size(value: object) -> int:
    return len(value) if isinstance(value, str | list | tuple) else 0


def _check_binop(operator: str, left: object, right: object, limit: int) -> None:
    """Refuse ``'x' * 10**12``, ``[0] * 10**9``, ``9 ** 10**9`` before they are computed."""
    if operator == "*":
        for seq, n in ((left, right), (right, left)):
            if _size(seq) and isinstance(n, int) and _size(seq) * n > limit:
                raise LimitExceeded(f"'*' would build {_size(seq)} × {n} items (limit {limit})")
    elif operator == "+" and _size(left) + _size(right) > limit:
        raise LimitExceeded(f"'+' would build {_size(left) + _size(right)} items (limit {limit})")
    elif operator == "**" and isinstance(left, int) and isinstance(right, int):
        digits = max(abs(left), 2).bit_length() * right * 0.302
        if digits > limit:
            raise LimitExceeded(f"'**' would make a number of about {digits:.0f} digits")


def _environment(loader: Any, limits: Limits) -> SandboxedEnvironment:
    from jinja2 import StrictUndefined
    from jinja2.runtime import BlockReference, Macro
    from jinja2.sandbox import SandboxedEnvironment

    class LimitedEnvironment(SandboxedEnvironment):
        """The sandbox, plus a size check on the operators that can build huge values.

        A macro's (or block's) output is template text whose values were
        escaped as it printed them; it is marked so, or ``finalize`` would
        escape the markdown the template wrote.
        """

        intercepted_binops = _SIZED_BINOPS

        def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
            _check_binop(operator, left, right, limits.operand_chars)
            return super().call_binop(context, operator, left, right)

        def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
            result = super().call(__context, __obj, *args, **kwargs)
            return Escaped(result) if isinstance(__obj, Macro | BlockReference) else result

    env = LimitedEnvironment(
        loader=loader,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
        autoescape=False,
        finalize=md,
    )
    env.filters.update(cell=cell, oneline=oneline, gantt=gantt_name)
    return env


# --- where templates come from ---------------------------------------------------------


def _folder_loader(folder: Path) -> Any:
    """Templates of one folder, by name; a name that resolves outside it is refused."""
    from jinja2 import BaseLoader, TemplateNotFound
    from jinja2.loaders import split_template_path

    root = folder.resolve()

    class FolderLoader(BaseLoader):
        def get_source(
            self, environment: Any, template: str
        ) -> tuple[str, str, Callable[[], bool]]:
            path = folder.joinpath(*split_template_path(template))
            if not path.is_file():
                raise TemplateNotFound(template)
            if not path.resolve().is_relative_to(root):
                raise ReportError(f"{path}: leads outside the template folder {folder}; refused")
            return _read(path), str(path), lambda: True

    return FolderLoader()


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReportError(f"{path}: cannot read template: {exc}") from None


def _file_loader(template: str) -> Callable[[str], tuple[str, str, Callable[[], bool]] | None]:
    """Serve the user's ``--template`` file under the name it was given on the command line."""

    def load(name: str) -> tuple[str, str, Callable[[], bool]] | None:
        return (_read(Path(template)), template, lambda: True) if name == template else None

    return load


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
        from jinja2 import ChoiceLoader, FunctionLoader, PackageLoader

        self.template = template
        self.limits = limits or Limits()
        loaders: list[Any] = []
        if template is not None:
            loaders.append(FunctionLoader(_file_loader(template)))
        loaders.extend(_folder_loader(Path(d)) for d in template_dirs if Path(d).is_dir())
        loaders.append(PackageLoader("iopctl", "templates"))
        self.env = _environment(ChoiceLoader(loaders), self.limits)

    def render(self, kind: str, lang: str, view: View) -> str:
        """Render ``--template`` if one was given, else the template of ``kind`` for ``lang``.

        The template gets ``view`` and ``t``, the report words of ``lang``.
        """
        from jinja2 import TemplateNotFound, TemplateSyntaxError

        names = [self.template] if self.template else template_names(kind, lang)
        chosen = " or ".join(names)
        try:
            with _bounded(self.limits):
                template = self.env.select_template(names)
                text = _collect(template.generate(view, t=texts(lang)), self.limits.output_chars)
        except ReportError:
            raise
        except TemplateNotFound as exc:
            raise ReportError(f"{chosen}: template not found ({exc.message})") from None
        except TemplateSyntaxError as exc:
            where = f"{exc.filename or exc.name or chosen}:{exc.lineno}"
            raise ReportError(f"{where}: {exc.message}") from None
        except RecursionError as exc:
            where = _template_position(exc, chosen)
            raise ReportError(f"{where}: too deeply nested or recursive") from None
        except MemoryError as exc:
            where = _template_position(exc, chosen)
            limit = self.limits.memory_bytes
            raise ReportError(f"{where}: needs more than {limit} bytes of memory") from None
        except Exception as exc:  # a template error, a filter's assertion, a limit: all exit 2
            message = str(exc) or type(exc).__name__
            raise ReportError(f"{_template_position(exc, chosen)}: {message}") from None
        return tidy(text)


def _collect(chunks: Iterator[str], limit: int) -> str:
    parts: list[str] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > limit:
            raise LimitExceeded(f"output longer than {limit} characters")
        parts.append(chunk)
    return "".join(parts)


def _template_position(exc: BaseException, fallback: str) -> str:
    """``file:line`` of the innermost template frame of a render error.

    Jinja rewrites the traceback so template frames carry the template's file
    name and line (their globals hold ``__jinja_exception__``).
    """
    where = fallback
    tb: types.TracebackType | None = exc.__traceback__
    while tb is not None:
        if "__jinja_exception__" in tb.tb_frame.f_globals:
            where = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return where


# --- time and memory ---------------------------------------------------------------------


class RenderTimeout(LimitExceeded):
    def __init__(self) -> None:
        super().__init__("the template ran past its time limit")


@contextmanager
def _bounded(limits: Limits) -> Iterator[None]:
    with _memory_cap(limits.memory_bytes), _deadline(limits.seconds):
        yield


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    """Stop the render after ``seconds``, wherever it is, at no cost while it runs.

    A watchdog thread raises :class:`RenderTimeout` in the rendering thread
    (CPython's ``PyThreadState_SetAsyncExc``): a loop that calls nothing the
    sandbox could watch stops as surely as one that does, and nothing is
    checked per iteration.  The lock makes sure the exception is only ever
    sent while the render runs, and a pending one is withdrawn at the end.
    """
    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    running = True

    def interrupt() -> None:
        with lock:
            if running:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(RenderTimeout))

    timer = threading.Timer(seconds, interrupt)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            running = False
            ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)
        timer.cancel()


@contextmanager
def _memory_cap(extra: int) -> Iterator[None]:
    """Lower the soft address-space limit to what is in use plus ``extra`` while rendering.

    The backstop for a value that grows in C without an operator the sandbox
    sees (``'x' | center(10**12)``): the allocation fails with MemoryError
    instead of the machine swapping.  Only where ``resource`` exists (Unix).
    """
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    in_use = _address_space()
    cap = in_use + extra
    if not in_use or (hard != resource.RLIM_INFINITY and cap > hard):
        yield
        return
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _address_space() -> int:
    """Bytes of address space this process uses now (Linux); 0 where it cannot be read."""
    import os

    try:
        pages = int(Path("/proc/self/statm").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")
