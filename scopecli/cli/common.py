"""What every command shares: reading scenario files, limit flags, and reporting errors."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from typing import Any, NoReturn

import click

from scopecli.errors import InputError, ScopecliError
from scopecli.limits import DEFAULT_LIMITS, Limits

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

LIMIT_FLAGS = {
    "max_ops": "ops",
    "max_loop_iterations": "loop_iterations",
    "max_call_depth": "call_depth",
    "max_elements": "elements",
    "max_input_bytes": "input_bytes",
    "max_output": "output_chars",
}


def limit_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """--max-ops, --max-loop-iterations ...: raise a bound for one run."""
    for flag, field_name in reversed(LIMIT_FLAGS.items()):
        default = getattr(DEFAULT_LIMITS, field_name)
        function = click.option(f"--{flag.replace('_', '-')}", flag, type=click.IntRange(min=1), default=None,
                                help=f"Bound on {field_name.replace('_', ' ')} (default {default}).")(function)
    function = click.option("--lang", type=click.Choice(["py", "yaml"]), default=None,
                            help="Read FILE as Python or YAML (default: by suffix, then by content).")(function)
    function = click.option("--debug", is_flag=True, help="Show Python tracebacks of internal errors.")(function)
    return function


def limits_from(options: dict[str, Any]) -> Limits:
    changes = {field_name: options.pop(flag) for flag, field_name in LIMIT_FLAGS.items()
               if options.get(flag) is not None}
    for flag in LIMIT_FLAGS:
        options.pop(flag, None)
    return replace(DEFAULT_LIMITS, **changes)


def language_of(lang: str | None) -> str | None:
    return {"py": "python", "yaml": "yaml", None: None}[lang]


def fail(error: ScopecliError) -> NoReturn:
    """Report an input or limit error as one line with its position, and exit with its code."""
    click.echo(f"scopecli: {error.one_line()}", err=True)
    sys.exit(error.exit_code)


def internal_error(error: BaseException, debug: bool) -> NoReturn:
    if debug:
        raise error
    click.echo(f"scopecli: internal error: {type(error).__name__}: {error} (this is a scopecli bug; rerun "
               "with --debug and report it)", err=True)
    sys.exit(70)


def guarded(debug: bool, action: Callable[[], int]) -> NoReturn:
    """Run a command body: input errors exit 2, bugs never show a traceback unless --debug."""
    try:
        code = action()
    except InputError as error:
        fail(error)
    except ScopecliError as error:
        fail(error)
    except (RecursionError, MemoryError) as error:
        fail(InputError(f"the scenario is too large or too deeply nested ({type(error).__name__})"))
    except (KeyboardInterrupt, SystemExit, BrokenPipeError):
        raise
    except click.exceptions.Exit:
        raise
    except Exception as error:  # noqa: BLE001 - the one place bugs are turned into a short message
        internal_error(error, debug)
    sys.exit(code)
