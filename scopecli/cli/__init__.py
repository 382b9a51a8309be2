"""The command line: a thin click layer. Each command lives in its own module and only parses
arguments, calls the library (`scopecli.run`, `scopecli.render`) and maps results to exit codes."""

from __future__ import annotations

import click

from scopecli import __version__
from scopecli.cli.common import CONTEXT_SETTINGS


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, prog_name="scopecli")
def cli() -> None:
    """Explain how TensorFlow 1.x names things, without installing TensorFlow.

    \b
    Example:
        scopecli explain scenarios/01-get-variable-ignores-name-scope.yaml
    """


def _register() -> None:
    # Each module adds its command to `cli`; imported here so `scopecli --help` lists them all.
    from scopecli.cli import run_cmd  # noqa: F401

    for name in ("explain_cmd", "names_cmd", "diff_cmd", "graph_cmd", "check_cmd"):
        try:
            __import__(f"scopecli.cli.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"scopecli.cli.{name}":
                raise


_register()


def main() -> None:
    cli(prog_name="scopecli")
