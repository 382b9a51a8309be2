"""`scopecli diff FILE` / `scopecli diff A B`: what changes between two variants of a scenario."""

from __future__ import annotations

import sys

import click

from scopecli.cli import cli
from scopecli.cli.common import guarded, language_of, limit_options, limits_from
from scopecli.cli.pipes import quiet_on_broken_pipe
from scopecli.errors import InputError, SourcePos
from scopecli.limits import Limits

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


@cli.command("diff")
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--swap", "swaps", multiple=True, metavar="OLD=NEW",
              help="Substitute NEW for OLD instead of swapping name_scope <-> variable_scope "
                   "(repeatable; all apply at once). OLD is a dotted name such as tf.get_variable, "
                   "or a bare name such as relu that matches any attribute or name spelled so.")
@click.option("--all", "show_all", is_flag=True, help="List unchanged objects too.")
@click.option("--all-ops", is_flag=True,
              help="Also compare the ops TF builds behind a call (Assign, read, Initializer ...).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "tsv"]), default="table",
              show_default=True, help="json and tsv are for scripts: plain text, never coloured.")
@click.option("--exit-code", is_flag=True,
              help="Exit 1 when the two sides differ and 0 when they do not (as `git diff --exit-code`).")
@click.option("--color/--no-color", default=None, help="Colour the table (default: only on a terminal, "
              "never with NO_COLOR).")
@limit_options
def diff_command(files: tuple[str, ...], swaps: tuple[str, ...], show_all: bool, all_ops: bool, fmt: str,
                 exit_code: bool, color: bool | None, lang: str | None, debug: bool, **options: Any) -> None:
    """Show side by side how names change between two variants of a scenario.

    With one FILE: run it as written and again with every name_scope <-> variable_scope (and
    op_scope <-> variable_op_scope) swapped, or with the --swap substitutions. With two files:
    run both. Objects are matched by the line that created them and how often that line ran, so
    loops and functions called twice line up. A variant that fails shows its error in its column.
    FILE may be `-` for standard input.

    Exit status: 0, or with --exit-code 1 when anything differs; 2 on bad input.

    \b
    Example:
        scopecli diff scenarios/01-get-variable-ignores-name-scope.yaml
        scopecli diff model.py --swap tf.get_variable=tf.Variable --all
        scopecli diff old.py new.py --format tsv --exit-code || echo "checkpoint names changed"
    """
    if len(files) > 2:
        raise click.UsageError("give one scenario (to swap scopes in) or two (to compare).")
    if len(files) == 2 and swaps:
        raise click.UsageError("--swap applies to one scenario; two files are compared as they are.")
    if files.count("-") > 1:
        raise click.UsageError("only one of the files can be `-` (standard input).")
    limits = limits_from(options)

    def body() -> int:
        from scopecli.render.diff import diff_sides

        refusals: list[Any] = []
        left, right = _two_files(files, lang, limits, all_ops, refusals) if len(files) == 2 else \
            _swapped(files[0], swaps, lang, limits, all_ops, refusals)
        diff = diff_sides(left, right)
        quiet_on_broken_pipe(lambda: _show(diff, fmt, show_all, color))
        # A refusal in a scenario as written (not one the swap itself caused) is bad input: the
        # table shows what was built before it (partial results), and the exit code says so.
        for result in refusals:
            click.echo(f"scopecli: {result.stopped}", err=True)
        if refusals:
            return 2
        return 1 if exit_code and diff.differs else 0

    guarded(debug, body, limits)


def _show(diff: Any, fmt: str, show_all: bool, color: bool | None) -> Any:
    from scopecli.render.console import Terminal
    from scopecli.render.diff_output import render_json, render_table, render_tsv

    if fmt == "json":
        render_json(diff, sys.stdout, show_all)
    elif fmt == "tsv":
        render_tsv(diff, sys.stdout, show_all)
    else:
        render_table(diff, Terminal.detect(sys.stdout, color), show_all)
    sys.stdout.flush()


def _refused(result: Any, refusals: list[Any]) -> Any:
    """Note a run as written that stopped at a refusal (exit 2); the run itself, unchanged."""
    if isinstance(result.error, InputError):
        refusals.append(result)
    return result


def _swapped(file: str, swaps: tuple[str, ...], lang: str | None, limits: Limits, all_ops: bool,
             refusals: list[Any]) -> Any:
    from scopecli.load import load_scenario
    from scopecli.render.diff import side_of
    from scopecli.run import run_scenario
    from scopecli.swap import SCOPE_SWAPS, default_substitutions, parse_substitution, swap_scenario

    subs = [parse_substitution(s) for s in swaps] if swaps else default_substitutions()
    scenario = load_scenario(file, language=language_of(lang), limits=limits)
    swapped = swap_scenario(scenario, subs)
    if not swapped.replacements:
        wanted = ", ".join(s.text for s in subs) if swaps else " / ".join(SCOPE_SWAPS)
        raise InputError(f"nothing to swap: the scenario never refers to {wanted}",
                         SourcePos(scenario.path, 1, 1),
                         "name what to substitute with --swap OLD=NEW, or give two files")
    written, replaced = swapped.labels()
    left = side_of(f"as written: {written}", _refused(run_scenario(scenario, limits), refusals), all_ops)
    # The as-written run was accepted, so a refusal now comes from the swap itself (e.g. `reuse=`
    # passed on to name_scope): it belongs in the swapped column, as TF would raise it there.
    right = side_of(f"swapped: {replaced}", run_scenario(swapped.scenario, limits, keep_input_errors=True),
                    all_ops)
    return left, right


def _two_files(files: tuple[str, ...], lang: str | None, limits: Limits, all_ops: bool,
               refusals: list[Any]) -> Any:
    from scopecli.load import load_scenario
    from scopecli.render.diff import side_of
    from scopecli.run import run_scenario

    scenarios = [load_scenario(f, language=language_of(lang), limits=limits) for f in files]
    return tuple(side_of(s.path, _refused(run_scenario(s, limits), refusals), all_ops) for s in scenarios)
