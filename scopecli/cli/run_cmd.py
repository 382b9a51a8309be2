"""`scopecli run FILE`: print exactly what the scenario printed, as Python + TensorFlow would."""

from __future__ import annotations

import sys
from typing import Any

import click

from scopecli.cli import cli
from scopecli.cli.common import guarded, language_of, limit_options, limits_from, terminal_safe


@cli.command("run")
@click.argument("file", type=click.Path(allow_dash=True, dir_okay=False))
@limit_options
def run_command(file: str, lang: str | None, debug: bool, **options: Any) -> None:
    """Run a scenario and print only what it printed (the conformance interface).

    An uncaught TF error goes to stderr, ending with `TypeName: message` (exit 1); a failed
    `expect:` entry is reported on stderr (exit 1); bad input exits 2.

    \b
    Example:
        scopecli run scenarios/04-reuse-error-already-exists.yaml
    """
    limits = limits_from(options)

    def body() -> int:
        from scopecli.load import load_scenario
        from scopecli.render.plain import report_run
        from scopecli.run import run_scenario

        scenario = load_scenario(file, language=language_of(lang), limits=limits)
        result = run_scenario(scenario, limits)
        return report_run(result, terminal_safe(sys.stdout), terminal_safe(sys.stderr))

    guarded(debug, body, limits)
