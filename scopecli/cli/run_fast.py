"""`scopecli run FILE` without click: the console entry point's fast path for the common invocation.

Importing click and building the command group costs ~20 ms of every start-up, more than some
scenarios take to run. `main` first offers the arguments to `run_simple`, which accepts only the
plain forms of `run` — `run FILE` with `--lang py|yaml`, `--debug` and the integer `--max-*`
bounds — and runs the command's own body (`run_body`, shared with cli/run_cmd.py) exactly as click
would call it. Anything else (help, `--version`, another command, a repeated or malformed option,
a FILE click would refuse) returns untouched and click parses it, so every message and exit code
of those cases is click's. tests/test_run_fast.py runs the same argument lists both ways.
"""

from __future__ import annotations

import os
import sys

from scopecli.cli.limit_flags import LIMIT_FLAGS, language_of, limits_from
from scopecli.limits import DEFAULT_LIMITS, Limits

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

ENABLED = True  # tests switch it off to run the same argument lists through click
# --max-* flags taking an int >= 1 (click.IntRange(min=1)); --max-seconds (a float) goes to click.
_INT_FLAGS = {f"--{flag.replace('_', '-')}": flag for flag, (field_name, _) in LIMIT_FLAGS.items()
              if isinstance(getattr(DEFAULT_LIMITS, field_name), int)}
_LANGS = ("py", "yaml")


def parse_run(argv: list[str]) -> tuple[str, str | None, bool, dict[str, Any]] | None:
    """(FILE, --lang, --debug, {flag: value}) when `argv` is a plain `run` that click would accept
    with these values; None for anything to leave to click."""
    if len(argv) < 2 or argv[0] != "run":
        return None
    file: str | None = None
    lang: str | None = None
    debug = False
    options: dict[str, Any] = {}
    seen: set[str] = set()
    args = iter(argv[1:])
    for arg in args:
        if arg == "-" or not arg.startswith("-"):
            if file is not None:
                return None  # click: "Got unexpected extra argument"
            file = arg
            continue
        name, equals, value = arg.partition("=")
        if name in seen or not name.startswith("--"):
            return None
        seen.add(name)
        if name == "--debug" and not equals:
            debug = True
            continue
        if name != "--lang" and name not in _INT_FLAGS:
            return None
        if not equals:
            value = next(args, None)  # type: ignore[assignment]
            if value is None:
                return None
        if name == "--lang":
            if value not in _LANGS:
                return None
            lang = value
        elif value.isascii() and value.isdigit() and len(value) < 19 and int(value) >= 1:
            options[_INT_FLAGS[name]] = int(value)
        else:
            return None
    if not file or not _path_accepted(file):
        return None
    return file, lang, debug, options


def _path_accepted(file: str) -> bool:
    """What click.Path(allow_dash=True) lets through unchanged: `-`, a path that does not exist,
    or a readable one (a directory too: load_scenario reports it in scopecli's one-line form)."""
    if file == "-":
        return True
    try:
        os.stat(file)
    except OSError:
        return True
    except ValueError:  # a NUL in the path: whatever click does with it, it does it
        return False
    return os.access(file, os.R_OK)


def run_simple(argv: list[str]) -> None:
    """Run `argv` when it is a plain `run` (never returns then); otherwise return at once."""
    if not ENABLED or "_SCOPECLI_COMPLETE" in os.environ:  # click's shell completion
        return
    parsed = parse_run(argv)
    if parsed is None:
        return
    file, lang, debug, options = parsed
    try:
        limits = limits_from(options)
        from scopecli.cli.common import guarded
    except KeyboardInterrupt:  # what click's main does with an interrupt outside the command
        sys.stderr.write("\nAborted!\n")
        sys.exit(1)
    guarded(debug, lambda: run_body(file, lang, limits), limits)


def run_body(file: str, lang: str | None, limits: Limits) -> int:
    """The run command's work: load, run, print what the scenario printed; the exit code."""
    import gc

    import scopecli

    # The command line's process keeps what importing makes to its end (cli.main): no young
    # collection need walk it (four of them, ~1.3 ms, before a run starts).
    paused = scopecli.SINGLE_RUN_PROCESS and gc.isenabled()
    if paused:
        gc.disable()
    try:
        from scopecli.cli.common import terminal_safe
        from scopecli.load import load_scenario
        from scopecli.render.plain import report_run
        from scopecli.run import run_scenario
    finally:
        if paused:
            gc.freeze()
            gc.enable()

    scenario = load_scenario(file, language=language_of(lang), limits=limits)
    result = run_scenario(scenario, limits)
    return report_run(result, terminal_safe(sys.stdout), terminal_safe(sys.stderr))
