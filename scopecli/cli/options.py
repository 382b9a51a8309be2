"""The click side of the options every command shares: the limit flags as click options, and the
help layout that puts them in their own section."""

from __future__ import annotations

from collections.abc import Callable

import click

from scopecli.cli.limit_flags import LIMIT_FLAGS
from scopecli.limits import DEFAULT_LIMITS

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


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
