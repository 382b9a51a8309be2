"""`scopecli check FILE...`: run many scenarios, each in a fresh state, and report what failed."""

from __future__ import annotations

import os
from pathlib import Path

import click

import scopecli
from scopecli.cli import cli
from scopecli.cli.common import guarded, internal_error, language_of, limit_options, limits_from
from scopecli.errors import InputError, ScenarioError, ScopecliError
from scopecli.limits import Limits
from scopecli.render.console import Terminal, safe_text

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

SCENARIO_SUFFIXES = (".py", ".yaml", ".yml")


@cli.command("check")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("-q", "--quiet", is_flag=True, help="Print only failures and the summary line.")
@click.option("--color/--no-color", default=None, help="Colour PASS/FAIL (default: only on a terminal).")
@limit_options
def check_command(paths: tuple[str, ...], quiet: bool, color: bool | None, lang: str | None, debug: bool,
                  **options: Any) -> None:
    """Run scenarios and check their `expect:` blocks; directories are searched for *.py, *.yaml, *.yml.

    Each scenario runs with a fresh graph and variable store. A scenario fails when an
    expectation does not hold, when it raises an error it does not catch, or when it cannot be
    read (bad YAML, unsupported construct). The last line is `N passed, N failed`; the exit code
    is 1 if any failed.

    \b
    Example:
        scopecli check scenarios/
        scopecli check -q my_cases/ extra.py
    """
    limits = limits_from(options)
    files = collect(paths)
    use_color = Terminal.detect(color=color).color

    def body() -> int:
        # many scenarios, one process: each finished graph must stay collectable
        frozen, scopecli.FREEZE_GRAPHS = scopecli.FREEZE_GRAPHS, False
        try:
            return check_all()
        finally:
            scopecli.FREEZE_GRAPHS = frozen

    def check_all() -> int:
        passed = failed = 0
        for file in files:
            problems = check_one(file, limits, language_of(lang), debug)
            if problems:
                failed += 1
                click.echo(_mark("FAIL", "red", use_color) + f" {safe_text(file)}", color=use_color)
                for problem in problems:
                    click.echo(f"  {safe_text(problem)}".replace("\n", "\n    "))
            else:
                passed += 1
                if not quiet:
                    click.echo(_mark("PASS", "green", use_color) + f" {safe_text(file)}", color=use_color)
        click.echo(f"{passed} passed, {failed} failed")
        return 1 if failed else 0

    # Per-file errors are reported by check_one; `guarded` catches what escapes the loop itself.
    guarded(debug, body)


def collect(paths: tuple[str, ...]) -> list[str]:
    """The scenario files named by `paths`: files as given, directories searched recursively."""
    files: list[str] = []
    for path in paths:
        if os.path.isdir(path):
            found = sorted(str(p) for p in Path(path).rglob("*")
                           if p.suffix in SCENARIO_SUFFIXES and p.is_file() and not _hidden(p, path))
            if not found:
                raise click.UsageError(f"no scenarios (*.py, *.yaml, *.yml) in directory {path}")
            files.extend(found)
        elif path == "-" or os.path.exists(path):  # a file, or a device or pipe: the loader reads it
            files.append(path)
        else:
            raise click.BadParameter(f"{path} does not exist", param_hint="PATHS")
    return files


def _hidden(path: Path, root: str) -> bool:
    # Skip .venv, .git and the like below the given directory, not the directory itself.
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def check_one(file: str, limits: Limits, language: str | None, debug: bool) -> list[str]:
    """The problems of one scenario, each a line starting with file:line (empty: it passed)."""
    from scopecli.budget import CommandBudget
    from scopecli.load import load_scenario
    from scopecli.run import run_scenario

    try:
        with CommandBudget(limits):  # each scenario gets the whole budget of one command
            scenario = load_scenario(file, language=language, limits=limits)
            result = run_scenario(scenario, limits)
    except ScopecliError as error:
        label = "input error" if isinstance(error, InputError) else "error"
        hint = f" ({error.hint})" if error.hint else ""
        return [_located(error, file, f"{label}: {error.message}{hint}")]
    except (RecursionError, MemoryError) as error:
        why = type(error).__name__
        return [f"{file}: input error: the scenario is too large or too deeply nested ({why})"]
    except Exception as error:  # noqa: BLE001 - one scenario's scopecli bug must not hide the others' results
        if debug:
            internal_error(error, debug)
        bug = f"{type(error).__name__}: {error}"
        return [f"{file}: internal error (a scopecli bug; rerun with --debug): {bug}"]
    problems: list[str] = []
    if result.error is not None:
        error = result.error
        if isinstance(error, ScenarioError):
            first_line = error.one_line().split("\n", 1)[0]
            text = f"uncaught {first_line}"
            if error.fix:
                text += f"\nfix: {error.fix}"
        else:
            label = "input error" if isinstance(error, InputError) else "error"
            hint = f" ({error.hint})" if isinstance(error, InputError) and error.hint else ""
            text = f"{label}: {error.message}{hint}"
        unchecked = sum(1 for check in result.expectations if not check.checked)
        if unchecked:
            text += f"\n({unchecked} expectation{'s' if unchecked != 1 else ''} not checked)"
        problems.append(_located(error, file, text))
    for check in result.expectations:
        if check.passed or not check.checked:
            continue
        problems.append(f"{check.expectation.pos}: expect {check.expectation.text}: "
                        f"expected {_show(check.expectation.expected)}, got {_show(check.actual)}")
    return problems


def _located(error: ScopecliError, file: str, text: str) -> str:
    return f"{error.pos}: {text}" if error.pos else f"{file}: {text}"


def _show(value: Any) -> str:
    return repr(value) if isinstance(value, str) else str(value)


def _mark(word: str, colour: str, use_color: bool) -> str:
    return click.style(word, fg=colour, bold=True) if use_color else word
