"""`scopecli explain FILE`: the tree of names with why-notes, or the versioned JSON document."""

from __future__ import annotations

import sys
from typing import Any

import click

from scopecli.cli import cli
from scopecli.cli.common import guarded, language_of, limit_options, limits_from
from scopecli.cli.pipes import quiet_on_broken_pipe


@cli.command("explain")
@click.argument("file", type=click.Path(allow_dash=True, dir_okay=False))
@click.option("--all-ops", is_flag=True, help="Also show the ops TF builds behind each call "
              "(initial_value, Assign, read, Initializer/..., converted operands).")
@click.option("--format", "output_format", type=click.Choice(["tree", "json"]), default="tree",
              show_default=True, help="A tree for people, or one versioned JSON document for programs.")
@click.option("--color/--no-color", default=None,
              help="Force colour on or off (default: colour only on a terminal, never with NO_COLOR).")
@limit_options
def explain_command(file: str, all_ops: bool, output_format: str, color: bool | None, lang: str | None,
                    debug: bool, **options: Any) -> None:
    """Show every name a scenario creates, and why it came out that way.

    One tree per graph: name scopes as branches, variables and ops as leaves with kind, dtype,
    shape, value where cheap and source line, and a `why:` line under every name a rule changed.
    Then what the scenario printed, each expectation and the error, if any. Exit 1 when the
    scenario raised an error or an expectation failed (everything is still shown), 2 on bad input.

    \b
    Examples:
        scopecli explain scenarios/01-get-variable-ignores-name-scope.yaml
        scopecli explain model.py --format json | jq '.graphs[0].variables[].name'
    """
    limits = limits_from(options)

    def body() -> int:
        from scopecli.load import load_scenario
        from scopecli.render.console import Terminal
        from scopecli.render.model import explain_result
        from scopecli.run import run_scenario

        scenario = load_scenario(file, language=language_of(lang), limits=limits)
        result = run_scenario(scenario, limits)
        explained = explain_result(result)
        if output_format == "json":
            from scopecli.render.json_doc import dumps, explain_document

            click.echo(dumps(explain_document(explained)))
        else:
            from scopecli.render.tree import render_explained

            render_explained(explained, Terminal.detect(sys.stdout, color), all_ops)
        sys.stdout.flush()
        return explained.exit_code

    quiet_on_broken_pipe(lambda: guarded(debug, body, limits))
