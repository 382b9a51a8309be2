"""`scopecli explain FILE`: the tree of names with why-notes, or the versioned JSON document."""

from __future__ import annotations

import sys

import click

from scopecli.cli import cli
from scopecli.cli.common import (
    format_for,
    guarded,
    language_of,
    limit_options,
    limits_from,
    refuse_overwriting_input,
    write_output,
)
from scopecli.cli.pipes import quiet_on_broken_pipe

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


@cli.command("explain")
@click.argument("file", type=click.Path(allow_dash=True))
@click.option("--all-ops", is_flag=True, help="Also show the ops TF builds behind each call "
              "(initial_value, Assign, read, Initializer/..., converted operands).")
@click.option("--format", "output_format", type=click.Choice(["tree", "json", "html"]), default=None,
              help="tree for people (default), json: one versioned document for programs, html: one "
                   "self-contained page (tree, notes, source, graph). Default: by -o's extension, else tree.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="Write to this file instead of standard output.")
@click.option("--expand", is_flag=True, help="Show every member of a series of same-shaped scopes "
              "(layer0 … layer499 are folded into one entry by default).")
@click.option("--depth", type=click.IntRange(min=1), default=None, metavar="N",
              help="Show the tree down to N levels; deeper names are counted, not listed.")
@click.option("--only", metavar="PATTERN", default=None,
              help="Only names matching PATTERN (a glob over full names, e.g. 'layer1*/w', or a "
                   "word any part of the name contains), with the scopes around them.")
@click.option("--color/--no-color", default=None,
              help="Force colour on or off (default: colour only on a terminal, never with NO_COLOR).")
@limit_options
def explain_command(file: str, all_ops: bool, output_format: str | None, output: str, expand: bool,
                    depth: int | None, only: str | None, color: bool | None, lang: str | None,
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
        scopecli explain model.py --only 'layer1*' --depth 2
        scopecli explain model.py -o report.html
    """
    limits = limits_from(options)
    output_format = output_format or format_for(output, {".json": "json", ".html": "html", ".htm": "html"},
                                                "tree")
    refuse_overwriting_input(file, output)

    def body() -> int:
        from scopecli.load import load_scenario
        from scopecli.render.console import Terminal
        from scopecli.render.fold import TreeOptions
        from scopecli.render.model import explain_result
        from scopecli.run import run_scenario

        scenario = load_scenario(file, language=language_of(lang), limits=limits)
        result = run_scenario(scenario, limits)
        explained = explain_result(result)
        view = TreeOptions(expand, depth, only)
        if output_format == "json":
            from scopecli.render.json_doc import dumps, explain_document

            write_output(dumps(explain_document(explained)) + "\n", output)
        elif output_format == "html":
            from scopecli.render.html import html_report

            svg, note = _picture(result, all_ops, expand, only)
            write_output(html_report(explained, all_ops, view, svg, note), output)
        elif output == "-":
            from scopecli.render.tree import render_explained

            render_explained(explained, Terminal.detect(sys.stdout, color), all_ops, view)
        else:
            import io

            from scopecli.render.tree import render_explained

            text = io.StringIO()
            render_explained(explained, Terminal.detect(text, bool(color)), all_ops, view)
            write_output(text.getvalue(), output)
        sys.stdout.flush()
        return explained.exit_code

    quiet_on_broken_pipe(lambda: guarded(debug, body, limits))


def _picture(result: Any, all_ops: bool, expand: bool, only: str | None) -> tuple[bytes | None, str]:
    """The graph as SVG for the HTML report, or why there is none (no Graphviz, too large)."""
    import shutil

    from scopecli.cli.graph_cmd import refuse_too_large, render, stopped_reason
    from scopecli.errors import InputError
    from scopecli.render.graph_view import ViewOptions, views_of

    if shutil.which("dot") is None:
        return None, "Graphviz's dot is not installed: the graph as a list of what each op reads."
    options = ViewOptions(fold=not expand, only=only)
    views = views_of(result.state.graphs, all_ops, options, stopped_reason(result))
    try:
        refuse_too_large(views, "svg", options)
        return render(views, "svg"), ""
    except InputError as error:
        return None, f"no picture: {error.message}. The graph as a list of what each op reads:"
