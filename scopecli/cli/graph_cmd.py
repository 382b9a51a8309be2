"""`scopecli graph FILE`: the scenario's graph as Graphviz DOT (or SVG/PNG through `dot`) or Mermaid."""

from __future__ import annotations

import shutil
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
from scopecli.errors import InputError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:  # the renderer (numpy, rich) loads when the command runs, not for --help
    from typing import Any

    from scopecli.render.graph_view import ViewOptions

FORMATS = ("dot", "mermaid", "svg", "png")
BY_SUFFIX = {".dot": "dot", ".gv": "dot", ".mmd": "mermaid", ".mermaid": "mermaid", ".svg": "svg",
             ".png": "png"}
DOT_SECONDS = 10  # Graphviz's wall-clock and CPU budget; what scopecli lets through takes ~1 s
# What each tool can lay out: beyond this Graphviz runs for minutes (and draws a staircase no one
# reads), and Mermaid refuses (its defaults: maxEdges 500, maxTextSize 50 000).
MOST = {"graphviz": {"nodes": 1500, "boxes": 400, "edges": 3000, "nesting": 20},
        "mermaid": {"nodes": 800, "boxes": 200, "edges": 500, "nesting": 20}}
MERMAID_TEXT = 50_000


@cli.command("graph")
@click.argument("file", type=click.Path(allow_dash=True))
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="dot and mermaid are text; svg and png need Graphviz's `dot` program. "
                   "Default: by -o's extension (.dot .gv .mmd .svg .png), else dot.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="Write to this file instead of standard output.")
@click.option("--all-ops", is_flag=True,
              help="Draw every op, including the Assign/read/Initializer ops of each variable "
                   "(by default a variable is one node).")
@click.option("--expand", is_flag=True, help="Draw every member of a series of same-shaped scopes "
              "(layer0 … layer499 are drawn once by default, as TensorBoard does).")
@click.option("--depth", type=click.IntRange(min=1), default=None, metavar="N",
              help="Draw scopes at level N as one node each (1: every top-level scope is one node).")
@click.option("--only", metavar="PATTERN", default=None,
              help="Only ops whose full name matches PATTERN (a glob such as 'layer1*', or a word).")
@limit_options
def graph_command(file: str, fmt: str | None, output: str, all_ops: bool, expand: bool, depth: int | None,
                  only: str | None, lang: str | None, debug: bool, **options: Any) -> None:
    """Draw the graph a scenario builds: one box per name scope, as TensorBoard groups them.

    Variables are cylinders, placeholders trapezoids, constants boxes, the ops of your calls
    ellipses, and ops TF added behind a call (converted operands ...) dim; a legend says so.
    A numbered series of same-shaped scopes is drawn once (a double border, "×N"), its member-to-
    member edges as one dashed "next" edge. Edges are op inputs; dashed grey edges are control
    dependencies. If the scenario fails, the graph built up to the failure is drawn, the last op
    marked, and the error goes to stderr (exit 1). A graph too large to lay out is refused
    before drawing, with the --depth/--only that would cut it down (exit 2).

    \b
    Example:
        scopecli graph scenarios/02-scoping-function.yaml -o graph.dot
        scopecli graph model.py -o model.svg
        scopecli graph model.py --format mermaid --only 'encoder*'
    """
    limits = limits_from(options)
    fmt = fmt or format_for(output, BY_SUFFIX, "dot")
    refuse_overwriting_input(file, output)
    if fmt == "png" and output == "-" and sys.stdout.isatty():
        raise click.UsageError("PNG is binary: write it to a file with -o FILE.")
    if fmt in ("svg", "png") and shutil.which("dot") is None:
        raise click.UsageError(
            f"--format {fmt} needs Graphviz's `dot` program, which is not installed "
            "(apt-get install graphviz, brew install graphviz, or graphviz.org/download); "
            "use --format dot or --format mermaid instead.")
    from scopecli.render.graph_view import ViewOptions

    view_options = ViewOptions(fold=not expand, depth=depth, only=only)

    def body() -> int:
        from scopecli.load import load_scenario
        from scopecli.render.graph_view import views_of
        from scopecli.run import run_scenario

        scenario = load_scenario(file, language=language_of(lang), limits=limits)
        result = run_scenario(scenario, limits)
        views = views_of(result.state.graphs, all_ops, view_options, stopped_reason(result))
        refuse_too_large(views, fmt, view_options)
        write_output(render(views, fmt), output)
        _report_failure(result)
        return result.exit_code

    guarded(debug, body, limits)


def stopped_reason(result: Any) -> str:
    """"stopped: ValueError at line 9" when the run ended in an error, else ""."""
    error = result.error
    if error is None:
        return ""
    kind = getattr(error, "type_name", None) or type(error).__name__
    where = f" at line {error.pos.line}" if error.pos is not None else ""
    return f"stopped after this op: {kind}{where}"


def refuse_too_large(views: list[Any], fmt: str, options: ViewOptions) -> None:
    """Refuse, before any drawing, what the tool could not lay out; say how to fold or cut it."""
    tool = "mermaid" if fmt == "mermaid" else "graphviz"
    most = MOST[tool]
    size = {"nodes": sum(len(v.nodes()) for v in views), "boxes": sum(len(v.scopes()) for v in views),
            "edges": sum(len(v.edges) + len(v.series_edges) for v in views),
            "nesting": max((v.nesting() for v in views), default=0)}
    from scopecli.render.graph_view import MAX_BUILT_NESTING

    deepest = size["nesting"] >= MAX_BUILT_NESTING - 1  # boxes stop there: the scopes go deeper still
    over = [f"{size[k]:,}{'+' if k == 'nesting' and deepest else ''} {k} (at most {most[k]:,})"
            for k in most if size[k] > most[k]]
    if not over:
        return
    name = "Mermaid" if tool == "mermaid" else "Graphviz"
    depth = min(3, max(1, size["nesting"] - 1))
    advice = [f"--depth {depth} draws each scope at level {depth} as one node",
              "--only 'PATTERN' draws only the names that match (e.g. --only 'layer1*')"]
    if not options.fold:
        advice.insert(0, "leave out --expand so that series of same-shaped scopes are drawn once")
    raise InputError(f"the graph is too large for {name} to draw: {', '.join(over)}",
                     None, "fold or cut it: " + "; ".join(advice))


def render(views: list[Any], fmt: str) -> bytes:
    """The bytes of the picture in `fmt`; svg/png run `dot` on the DOT text."""
    from scopecli.render.dot import to_dot
    from scopecli.render.mermaid import to_mermaid

    if fmt == "mermaid":
        text = to_mermaid(views)
        if len(text) > MERMAID_TEXT:
            raise InputError(f"the Mermaid text is {len(text):,} characters; Mermaid draws at most "
                             f"{MERMAID_TEXT:,} by default", None,
                             "cut it with --depth N or --only 'PATTERN', or use --format svg")
        return text.encode("utf-8")
    text = to_dot(views)
    if fmt == "dot":
        return text.encode("utf-8")
    from scopecli.cli.child import ChildFailed, run_bounded

    try:
        done = run_bounded(["dot", f"-T{fmt}"], text.encode("utf-8"), DOT_SECONDS)
    except ChildFailed as error:
        raise InputError(f"Graphviz's `dot` failed: {error}", None,
                         "cut the graph with --depth N or --only 'PATTERN'") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip()[:500]
        raise InputError(f"Graphviz's `dot` failed: {message}")
    return done.stdout


def _report_failure(result: Any) -> None:
    """What went wrong in the scenario, on stderr, in the same words as `scopecli run`."""
    import io

    from scopecli.render.plain import report_run

    # The picture replaces the scenario's own prints, so its stdout goes nowhere.
    if result.stopped is not None:  # partial results: the picture is what was built until then
        click.echo(f"scopecli: {result.stopped}", err=True)
    report_run(result, io.StringIO(), sys.stderr)
