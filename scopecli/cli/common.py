"""What every command shares: reading scenario files, limit flags, and reporting errors."""

from __future__ import annotations

import errno
import io
import os
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import Any, NoReturn

import click

from scopecli.errors import InputError, InternalError, LimitError, ScopecliError
from scopecli.limits import DEFAULT_LIMITS, Limits

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

# flag -> (Limits field, what it bounds); every LimitError's hint names its flag.
LIMIT_FLAGS: dict[str, tuple[str, str]] = {
    "max_ops": ("ops", "ops created in all graphs"),
    "max_loop_iterations": ("loop_iterations",
                            "loop iterations, comprehension elements, items consumed and calls"),
    "max_steps": ("steps", "evaluation work, about one step per expression evaluated"),
    "max_call_depth": ("call_depth", "nesting of scenario function calls"),
    "max_value_depth": ("value_depth", "nesting of tuples inside tuples"),
    "max_elements": ("elements", "elements of one tensor or array"),
    "max_sequence_length": ("sequence_length", "length of one string, list or tuple"),
    "max_int_bits": ("int_bits", "bits of one integer built by ** or <<"),
    "max_output": ("output_chars", "characters the scenario prints"),
    "max_input_bytes": ("input_bytes", "size of the scenario file or stdin"),
    "max_ast_depth": ("ast_depth", "nesting of Python code"),
    "max_yaml_depth": ("yaml_depth", "nesting of YAML"),
    "max_seconds": ("seconds", "CPU seconds of one command, rendering included"),
    "max_memory_mb": ("memory_mb", "megabytes of memory one run may add"),
}


class _Seconds(click.ParamType):
    """A finite positive number of seconds, at most a day: `inf`, `nan` and 1e300 are refused
    here (exit 2) rather than reaching the CPU timer."""

    name = "seconds"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> float:
        import math

        try:
            seconds = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        if not math.isfinite(seconds) or not 0 < seconds <= 86_400:
            self.fail(f"{value!r} is not a number of seconds between 0 and 86400", param, ctx)
        return seconds


_SECONDS = _Seconds()


def limit_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """--max-ops, --max-loop-iterations ...: raise a bound for one run."""
    for flag, (field_name, what) in reversed(LIMIT_FLAGS.items()):
        default = getattr(DEFAULT_LIMITS, field_name)
        kind = _SECONDS if isinstance(default, float) else click.IntRange(min=1)
        function = click.option(f"--{flag.replace('_', '-')}", flag, type=kind, default=None,
                                metavar="N", help=f"Bound on {what} (default {default}).")(function)
    function = click.option(
        "--lang", type=click.Choice(["py", "yaml"]), default=None,
        help="Read FILE as Python or YAML (default: by suffix, then by content).")(function)
    function = click.option(
        "--debug", is_flag=True, help="Show Python tracebacks of internal errors.")(function)
    function = click.option(
        "--checkpoint", "restore_checkpoint", type=click.Path(), default=None, metavar="PATH",
        help="The checkpoint that saver.restore / tf.train.init_from_checkpoint read (a prefix, its "
             ".index or its directory); scenario paths are never opened.")(function)
    return function


def limits_from(options: dict[str, Any]) -> Limits:
    changes = {field_name: options.pop(flag) for flag, (field_name, _) in LIMIT_FLAGS.items()
               if options.get(flag) is not None}
    for flag in LIMIT_FLAGS:
        options.pop(flag, None)
    checkpoint = options.pop("restore_checkpoint", None)
    if checkpoint is not None:
        changes["checkpoint"] = checkpoint
    return replace(DEFAULT_LIMITS, **changes)


def language_of(lang: str | None) -> str | None:
    return {"py": "python", "yaml": "yaml", None: None}[lang]


def fail(error: ScopecliError) -> NoReturn:
    """Report an input, limit or refusal error: one line with what, where and how to fix it,
    then the offending source line when it is known; exit with the error's code."""
    from scopecli.budget import note_error

    note_error(error)
    line = f"scopecli: {error.one_line()}"
    if isinstance(error, InternalError):
        line += f" ({REPORT_HINT})"
    click.echo(line, err=True)
    from scopecli.load import excerpt

    shown = excerpt(error.pos)
    if shown:
        click.echo(shown, err=True)
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
    click.echo(f"scopecli: internal error: {type(error).__name__}: {message} ({REPORT_HINT})", err=True)
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
        click.echo("scopecli: interrupted", err=True)
        _exit(130)  # what a shell reports for SIGINT (128 + 2)
    except (SystemExit, click.exceptions.Exit):
        raise
    except Exception as error:  # noqa: BLE001 - the one place bugs are turned into a short message
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
    click.echo(f"scopecli: cannot write the output: {error.strerror or error}", err=True)
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


# -- help ----------------------------------------------------------------------------------------------

class GroupedHelpCommand(click.Command):
    """A command whose help lists the 13 `--max-*` bounds in their own "Limits" section, after
    the options that say what the command does."""

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        limit_names = {flag for flag in LIMIT_FLAGS}
        own, limits = [], []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is not None:
                (limits if param.name in limit_names else own).append(record)
        if own:
            with formatter.section("Options"):
                formatter.write_dl(own)
        if limits:
            with formatter.section("Limits (raise one when a big model hits it)"):
                formatter.write_dl(limits)
