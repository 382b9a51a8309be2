"""`scopecli run FILE`: print exactly what the scenario printed, as Python + TensorFlow would."""

from __future__ import annotations

import click

from scopecli.cli import cli
from scopecli.cli.common import guarded, limits_from
from scopecli.cli.options import limit_options
from scopecli.cli.run_fast import run_body

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


@cli.command("run")
@click.argument("file", type=click.Path(allow_dash=True))
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
    guarded(debug, lambda: run_body(file, lang, limits), limits)
