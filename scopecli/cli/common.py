"""What every command shares: reading scenario files, limit flags, and reporting errors."""

from __future__ import annotations

import errno
import io
import os
import sys
from collections.abc import Callable

from scopecli.cli.limit_flags import LIMIT_FLAGS, language_of, limits_from  # noqa: F401 - shared names
from scopecli.errors import InputError, InternalError, LimitError, ScopecliError
from scopecli.limits import DEFAULT_LIMITS, Limits

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any, NoReturn

# click is imported only by what needs it (an error's message, a usage error): `scopecli run FILE`
# runs without it (cli/run_fast.py). The click-based option helpers live in cli/options.py.
_FROM_OPTIONS = frozenset({"CONTEXT_SETTINGS", "GroupedHelpCommand", "limit_options"})


def __getattr__(name: str) -> Any:
    """`from scopecli.cli.common import limit_options` keeps working (the helpers moved to options)."""
    if name in _FROM_OPTIONS:
        from scopecli.cli import options

        return getattr(options, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _echo_err(message: str) -> None:
    """click.echo(message, err=True): messages are written as click writes them (imported here,
    on the way out, so a run that succeeds never imports click)."""
    import click

    click.echo(message, err=True)


def _is_click_exit(error: BaseException) -> bool:
    """Whether `error` is click's Exit (raised only by click code, so never when click is absent)."""
    click = sys.modules.get("click")
    return click is not None and isinstance(error, click.exceptions.Exit)


def fail(error: ScopecliError) -> NoReturn:
    """Report an input, limit or refusal error: one line with what, where and how to fix it,
    then the offending source line when it is known; exit with the error's code."""
    from scopecli.budget import note_error

    note_error(error)
    line = f"scopecli: {error.one_line()}"
    if isinstance(error, InternalError):
        line += f" ({REPORT_HINT})"
    _echo_err(line)
    from scopecli.load import excerpt

    shown = excerpt(error.pos)
    if shown:
        _echo_err(shown)
    _exit(error.exit_code)


class TerminalStream:
    """What scenario text may put on a terminal: control characters (ESC, BEL, ...) shown as
    escapes, so a scenario cannot drive the terminal; newlines and tabs are kept. Only used when
    the stream *is* a terminal: piped or redirected, `run` stays byte-exact (what Python prints)."""

    def __init__(self, stream: Any):
        self.stream = stream

    def write(self, text: str) -> int:
        from scopecli.load import escape_control

        if not text.isprintable():
            text = "\n".join(escape_control(line) for line in text.split("\n"))
        return self.stream.write(text)

    def flush(self) -> None:
        self.stream.flush()


def terminal_safe(stream: Any) -> Any:
    """`stream`, escaping control characters when it is a terminal (see TerminalStream)."""
    try:
        interactive = stream.isatty()
    except (AttributeError, ValueError):
        interactive = False
    return TerminalStream(stream) if interactive else stream


REPORT_HINT = "this is a scopecli bug; rerun with --debug and report it"


def internal_error(error: BaseException, debug: bool) -> NoReturn:
    if debug:
        raise error
    from scopecli.load import escape_control

    message = escape_control(str(error).splitlines()[0] if str(error) else "")[:300]
    _echo_err(f"scopecli: internal error: {type(error).__name__}: {message} ({REPORT_HINT})")
    _exit(70)


def guarded(debug: bool, action: Callable[[], int], limits: Limits | None = None) -> NoReturn:
    """Run a command body: input errors exit 2, limits and TF errors 1, bugs 70 with a short
    message (the traceback only with --debug), and a reader that went away exits quietly.
    With `limits`, one budget (deadline, memory ceiling) covers the whole body."""
    from contextlib import nullcontext

    from scopecli.budget import CommandBudget

    try:
        with CommandBudget(limits) if limits is not None else nullcontext():
            code = action()
            sys.stdout.flush()  # a closed pipe shows up here, not in Python's own flush at exit
    except BrokenPipeError:
        _broken_pipe()
    except OSError as error:
        if error.errno in _WRITE_ERRORS:
            _cannot_write(error)
        if error.errno != errno.EPIPE:
            internal_error(error, debug)
        _broken_pipe()
    except ScopecliError as error:
        fail(error)
    except MemoryError:
        mb = (limits or DEFAULT_LIMITS).memory_mb
        fail(LimitError(f"the command needed more than {mb} MB of memory", _where(),
                        f"raise it with --max-memory-mb (now {mb})"))
    except RecursionError as error:
        fail(InputError(f"the scenario is too large or too deeply nested ({type(error).__name__})"))
    except KeyboardInterrupt:
        _echo_err("scopecli: interrupted")
        _exit(130)  # what a shell reports for SIGINT (128 + 2)
    except SystemExit:
        raise
    except Exception as error:  # noqa: BLE001 - the one place bugs are turned into a short message
        if _is_click_exit(error):
            raise
        internal_error(error, debug)
    _exit(code)


def _where() -> Any:
    from scopecli.budget import last

    command = last()
    return command.where() if command is not None else None


# The output device refused what was written (`> /dev/full`, a full disk, a vanished mount).
_WRITE_ERRORS = frozenset({errno.ENOSPC, errno.EIO, errno.EDQUOT, errno.EFBIG, errno.EBADF})


def _cannot_write(error: OSError) -> NoReturn:
    """The output could not be written: say so on stderr (exit 2), then drop what is still
    buffered (pointing stdout at /dev/null) so the exit's own flush cannot fail again."""
    import contextlib

    devnull = os.open(os.devnull, os.O_WRONLY)
    # Not a real file (click's test runner): nothing will flush it at exit.
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        os.dup2(devnull, sys.stdout.fileno())
    _echo_err(f"scopecli: cannot write the output: {error.strerror or error}")
    _exit(2)


def _broken_pipe() -> NoReturn:
    # Python flushes stdout again at exit; point both streams at /dev/null so nothing more fails.
    from scopecli.cli.pipes import BROKEN_PIPE_EXIT

    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        try:
            os.dup2(devnull, stream.fileno())
        except (OSError, ValueError, io.UnsupportedOperation):
            continue  # not a real file (click's test runner): nothing will flush it at exit
    _exit(BROKEN_PIPE_EXIT)


def _exit(code: int) -> NoReturn:
    """Exit with `code`. In a real process, skip tearing the graph down object by object (a
    100k-op graph takes a second to free); under click's test runner, exit normally."""
    from scopecli.budget import write_report

    write_report(code)
    if sys.stdout is sys.__stdout__ and sys.stderr is sys.__stderr__:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (BrokenPipeError, ValueError):
                continue
            except OSError as error:
                if error.errno not in _WRITE_ERRORS and error.errno != errno.EPIPE:
                    raise
        os._exit(code)
    sys.exit(code)


# -- output files --------------------------------------------------------------------------------------

def format_for(output: str, by_suffix: dict[str, str], default: str) -> str:
    """The format `-o FILE`'s extension names (`model.svg` -> svg), else `default`."""
    suffix = os.path.splitext(output)[1].lower() if output != "-" else ""
    return by_suffix.get(suffix, default)


def refuse_overwriting_input(file: str, output: str) -> None:
    """`graph f.py -o f.py` would destroy the scenario it reads: a usage error, before any work."""
    if output == "-" or file == "-":
        return
    same = os.path.abspath(output) == os.path.abspath(file)
    if not same and os.path.exists(output) and os.path.exists(file):
        try:
            same = os.path.samefile(output, file)
        except OSError:
            same = False
    if same:
        import click

        raise click.UsageError(f"-o {output} is the scenario being read; choose another output file.")


def write_output(data: str | bytes, output: str) -> None:
    """Write the whole document to standard output or to `output` (created or replaced)."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if output == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(raw)
        sys.stdout.buffer.flush()
        return
    try:
        with open(output, "wb") as stream:
            stream.write(raw)
    except OSError as error:
        raise InputError(f"cannot write {output}: {error.strerror}") from None


