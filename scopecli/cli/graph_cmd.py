"""`scopecli graph FILE`: the scenario's graph as Graphviz DOT (or SVG/PNG through `dot`) or Mermaid."""

from __future__ import annotations

import shutil
import subprocess
import sys
from typing import Any

import click

from scopecli.cli import cli
from scopecli.cli.common import guarded, language_of, limit_options, limits_from
from scopecli.errors import InputError

FORMATS = ("dot", "mermaid", "svg", "png")
DOT_TIMEOUT_SECONDS = 60


@cli.command("graph")
@click.argument("file", type=click.Path(allow_dash=True, dir_okay=False))
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="dot", show_default=True,
              help="dot and mermaid are text; svg and png need Graphviz's `dot` program.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, allow_dash=True), default="-",
              help="Write to this file instead of standard output.")
@click.option("--all-ops", is_flag=True,
              help="Draw every op, including the Assign/read/Initializer ops of each variable "
                   "(by default a variable is one node).")
@limit_options
def graph_command(file: str, fmt: str, output: str, all_ops: bool, lang: str | None, debug: bool,
                  **options: Any) -> None:
    """Draw the graph a scenario builds: one box per name scope, as TensorBoard groups them.

    Variables are cylinders, placeholders trapezoids, constants boxes, the ops of your calls
    ellipses, and ops TF added behind a call (converted operands ...) dim. Edges are op inputs;
    dashed edges are control dependencies. If the scenario fails, the graph built up to the
    failure is drawn and the error goes to stderr (exit 1).

    \b
    Example:
        scopecli graph scenarios/02-scoping-function.yaml -o graph.dot
        scopecli graph model.py --format svg -o model.svg
        scopecli graph model.py --format mermaid
    """
    limits = limits_from(options)
    if fmt == "png" and output == "-" and sys.stdout.isatty():
        raise click.UsageError("PNG is binary: write it to a file with -o FILE.")
    if fmt in ("svg", "png") and shutil.which("dot") is None:
        raise click.UsageError(
            f"--format {fmt} needs Graphviz's `dot` program, which is not installed "
            "(apt-get install graphviz, brew install graphviz, or graphviz.org/download); "
            "use --format dot or --format mermaid instead.")

    def body() -> int:
        from scopecli.load import load_scenario
        from scopecli.render.graph_view import views_of
        from scopecli.run import run_scenario

        scenario = load_scenario(file, language=language_of(lang), limits=limits)
        result = run_scenario(scenario, limits)
        views = views_of(result.state.graphs, all_ops)
        data = render(views, fmt)
        _write(data, output)
        _report_failure(result)
        return result.exit_code

    guarded(debug, body)


def render(views: list[Any], fmt: str) -> bytes:
    """The bytes of the picture in `fmt`; svg/png run `dot` on the DOT text."""
    from scopecli.render.dot import to_dot
    from scopecli.render.mermaid import to_mermaid

    if fmt == "mermaid":
        return to_mermaid(views).encode("utf-8")
    text = to_dot(views)
    if fmt == "dot":
        return text.encode("utf-8")
    try:
        done = subprocess.run(["dot", f"-T{fmt}"], input=text.encode("utf-8"), capture_output=True,
                              timeout=DOT_TIMEOUT_SECONDS, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise InputError(f"could not run Graphviz's `dot`: {error}") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip()
        raise InputError(f"Graphviz's `dot` failed: {message}")
    return done.stdout


def _write(data: bytes, output: str) -> None:
    if output == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        with open(output, "wb") as stream:
            stream.write(data)
    except OSError as error:
        raise InputError(f"cannot write {output}: {error.strerror}") from None


def _report_failure(result: Any) -> None:
    """What went wrong in the scenario, on stderr, in the same words as `scopecli run`."""
    import io

    from scopecli.render.plain import report_run

    # The picture replaces the scenario's own prints, so its stdout goes nowhere.
    if result.stopped is not None:  # partial results: the picture is what was built until then
        click.echo(f"scopecli: {result.stopped}", err=True)
    report_run(result, io.StringIO(), sys.stderr)
