"""Untrusted templates: the one sandboxed Jinja environment the report and the site share.

Templates are input: a municipality keeps its own layouts in a ``templates/``
folder, and a pull request may change them.  So both the markdown report and
the site's pages are rendered here, the same way: in Jinja's sandbox with
``StrictUndefined``, read only from the template folders (a symlink that leads
out of its folder is refused), and the work one render may do is bounded
(:class:`Limits`): time, output size, the size of what an operator may build,
memory and recursion.  Every failure becomes one :class:`TemplateFailure`
saying ``template:line: what``, which the CLI turns into exit 2 without a
traceback.  What differs between the report and the site (escaping for
markdown or HTML, filters) is passed in; what keeps a template in bounds is
written once.
"""

from __future__ import annotations

import ctypes
import threading
import time
import types
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jinja2.runtime import Context
    from jinja2.sandbox import SandboxedEnvironment


class TemplateFailure(Exception):
    """A template could not be rendered; the message reads ``template:line: what``."""


class LimitExceeded(Exception):
    """A template asked for more than :class:`Limits` allows."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Limits:
    """What one render may cost; generous for any real page or report, small for an attack."""

    seconds: float = 5.0
    """Wall time of one render; a loop of 10**10 iterations stops here."""
    output_chars: int = 20_000_000
    """Size of the rendered text (the seeds' reports are about 10 000 characters)."""
    operand_chars: int = 1_000_000
    """Largest string or list ``*`` or ``+`` may build, and the digits ``**`` may make."""
    memory_bytes: int = 1 << 30
    """Address space a render may add (Unix), the backstop for what no check above sees."""

    def scaled(self, items: int) -> Limits:
        """The limits of a page that shows ``items`` rows or agreements: the time and output
        of one render grow by :data:`SECONDS_PER_ITEM` and :data:`CHARS_PER_ITEM` each.

        The portfolio-wide pages of a site grow with the portfolio (the deadlines page of
        10,000 agreements is some 33 million characters); a hostile template still stops,
        after work proportional to the data instead of a fixed amount.  What one
        operator may build and the memory stay as they are: the output is written as it
        is rendered (:func:`render_pieces`), not held.
        """
        return replace(
            self,
            seconds=self.seconds + SECONDS_PER_ITEM * items,
            output_chars=self.output_chars + CHARS_PER_ITEM * items,
        )


SECONDS_PER_ITEM = 0.002
"""Render time allowed per row a page shows; a real row takes about a tenth of a millisecond."""
CHARS_PER_ITEM = 5_000
"""Output allowed per row a page shows; a real one is about 1,100 characters."""


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


def sandboxed(
    loader: Any,
    limits: Limits,
    *,
    autoescape: bool,
    finalize: Callable[[Any], Any] | None = None,
    macro_output: Callable[[Any], Any] | None = None,
) -> SandboxedEnvironment:
    """The sandbox with the operator checks of ``limits``, for templates found by ``loader``.

    ``autoescape`` is the site's HTML escaping; the report escapes markdown by
    ``finalize`` instead, and marks what a macro or block returns with
    ``macro_output`` (template text whose values were escaped as it printed
    them, which ``finalize`` must not escape again).
    """
    from jinja2 import StrictUndefined
    from jinja2.runtime import BlockReference, Macro
    from jinja2.sandbox import SandboxedEnvironment

    class LimitedEnvironment(SandboxedEnvironment):
        """The sandbox, plus a size check on the operators that can build huge values."""

        intercepted_binops = _SIZED_BINOPS

        def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
            _check_binop(operator, left, right, limits.operand_chars)
            return super().call_binop(context, operator, left, right)

        def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
            result = super().call(__context, __obj, *args, **kwargs)
            if macro_output is not None and isinstance(__obj, Macro | BlockReference):
                return macro_output(result)
            return result

    return LimitedEnvironment(
        loader=loader,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
        autoescape=autoescape,
        finalize=finalize,
    )


# --- where templates come from ---------------------------------------------------------


def template_loader(template_dirs: Sequence[str], template: str | None = None) -> Any:
    """Templates by name: the user's ``template`` file (by the path given), then each of
    ``template_dirs`` that exists, then the templates bundled with iopctl."""
    from jinja2 import ChoiceLoader, FunctionLoader, PackageLoader

    loaders: list[Any] = []
    if template is not None:
        loaders.append(FunctionLoader(_file_loader(template)))
    loaders.extend(_folder_loader(Path(d)) for d in template_dirs if Path(d).is_dir())
    loaders.append(PackageLoader("iopctl", "templates"))
    return ChoiceLoader(loaders)


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
                raise TemplateFailure(
                    f"{path}: leads outside the template folder {folder}; refused"
                )
            return _read(path), str(path), lambda: True

    return FolderLoader()


MAX_TEMPLATE_BYTES = 1_000_000
"""The bundled layouts are a few kB; a template is read whole and compiled before any limit
of :class:`Limits` applies, so its size is bounded here."""


def _read(path: Path) -> str:
    """A template's text: a regular file (a FIFO would wait forever, ``/dev/zero`` never end)
    of at most :data:`MAX_TEMPLATE_BYTES`, in UTF-8."""
    import os
    import stat

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as file:
            info = os.fstat(file.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise TemplateFailure(f"{path}: not a regular file; a template is a file")
            if info.st_size > MAX_TEMPLATE_BYTES:
                limit = MAX_TEMPLATE_BYTES
                raise TemplateFailure(
                    f"{path}: {info.st_size} bytes; a template has at most {limit}"
                )
            return file.read(MAX_TEMPLATE_BYTES + 1).decode("utf-8")
    except (OSError, ValueError) as exc:  # UnicodeDecodeError is a ValueError
        raise TemplateFailure(f"{path}: cannot read template: {exc}") from None


def _file_loader(template: str) -> Callable[[str], tuple[str, str, Callable[[], bool]] | None]:
    """Serve the user's ``--template`` file under the name it was given on the command line."""

    def load(name: str) -> tuple[str, str, Callable[[], bool]] | None:
        return (_read(Path(template)), template, lambda: True) if name == template else None

    return load


# --- rendering within the limits ---------------------------------------------------------


def render(
    env: SandboxedEnvironment, names: Sequence[str], context: Mapping[str, Any], limits: Limits
) -> str:
    """The first of ``names`` that exists, rendered with ``context`` within ``limits``."""
    return "".join(render_pieces(env, names, context, limits))


PIECE_CHARS = 1 << 20
"""What :func:`render_pieces` collects before it hands a piece on: big enough that the
watchdog of :func:`_bounded` is started a few times per page, small enough to hold."""


def render_pieces(
    env: SandboxedEnvironment, names: Sequence[str], context: Mapping[str, Any], limits: Limits
) -> Iterator[str]:
    """:func:`render`, handed on in pieces of about :data:`PIECE_CHARS`, so a page of tens
    of megabytes is written as it is made instead of held whole.

    ``limits`` bound the whole render: its time is what the template takes, summed
    over the pieces (not the time the caller spends writing them), and the output
    is counted across them.  Every way a template can fail (not found, syntax,
    undefined, sandbox, a filter's assertion, recursion, memory, a limit) is one
    :class:`TemplateFailure` naming the template and line.
    """
    from jinja2 import TemplateNotFound, TemplateSyntaxError

    chosen = " or ".join(names)
    left, size = limits.seconds, 0
    try:
        started = time.monotonic()
        with _bounded(limits):
            chosen = _file_of(env, names) or chosen  # for a failure outside a template frame
            chunks = env.select_template(list(names)).generate(context)
        left -= time.monotonic() - started
        while True:
            started = time.monotonic()
            with _bounded(replace(limits, seconds=max(left, 0.0))):
                piece = _take(chunks, size, limits.output_chars)
            left -= time.monotonic() - started
            if not piece:
                return
            size += len(piece)
            yield piece
    except TemplateFailure:
        raise
    except TemplateNotFound as exc:
        raise TemplateFailure(f"{chosen}: template not found ({exc.message})") from None
    except TemplateSyntaxError as exc:
        where = f"{exc.filename or exc.name or chosen}:{exc.lineno}"
        raise TemplateFailure(f"{where}: {exc.message}") from None
    except RecursionError as exc:
        where = _template_position(exc, chosen)
        raise TemplateFailure(f"{where}: too deeply nested or recursive") from None
    except MemoryError as exc:
        where = _template_position(exc, chosen)
        limit = limits.memory_bytes
        raise TemplateFailure(f"{where}: needs more than {limit} bytes of memory") from None
    except Exception as exc:  # a template error, a filter's assertion, a limit: all exit 2
        message = str(exc) or type(exc).__name__
        raise TemplateFailure(f"{_template_position(exc, chosen)}: {message}") from None


def _file_of(env: SandboxedEnvironment, names: Sequence[str]) -> str | None:
    """The file the first of ``names`` that exists is read from (compiling it may fail)."""
    from jinja2 import TemplateNotFound

    for name in names:
        try:
            return env.loader.get_source(env, name)[1] if env.loader else None
        except TemplateNotFound:
            continue
    return None


def _take(chunks: Iterator[str], done: int, limit: int) -> str:
    """The next piece of a render after ``done`` characters: chunks up to
    :data:`PIECE_CHARS`, "" at the end; more than ``limit`` in all is refused."""
    parts: list[str] = []
    size = done
    for chunk in chunks:
        size += len(chunk)
        if size > limit:
            raise LimitExceeded(f"output longer than {limit} characters")
        parts.append(chunk)
        if size - done >= PIECE_CHARS:
            break
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
