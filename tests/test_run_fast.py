"""The click-free path of `scopecli run FILE` (cli/run_fast.py) accepts exactly what click accepts,
with the same values, and gives the same output and exit code; everything else goes to click.

Parsing is compared in-process over a grid of argument lists (click's own parser is the oracle:
what it refuses must go to click, what it accepts must parse to the same file, language, debug
flag and limits, or go to click); a few lists run end to end in fresh processes both ways.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest

from scopecli.cli import cli, run_fast
from scopecli.cli.common import limits_from

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "conformance" / "cases"
SCENARIO = str(next(CASES.glob("*.py")))
FILES = [SCENARIO, "-", "missing.py", str(ROOT / "tests"), "", "-x", "--"]
OPTIONS = [[], ["--debug"], ["--debug=1"], ["--lang", "py"], ["--lang=yaml"], ["--lang", "PY"], ["--lang"],
           ["--max-ops", "7"], ["--max-ops=7"], ["--max-ops", "0"], ["--max-ops", "-3"], ["--max-ops", "+3"],
           ["--max-ops", "1_000"], ["--max-ops", "007"], ["--max-ops", "x"], ["--max-ops"],
           ["--max-elements", "30000000"], ["--max-seconds", "2"], ["--max-op", "3"], ["-h"], ["--help"],
           ["--checkpoint", "c"], ["--max-ops", "9" * 30]]


def _click_parse(argv: list[str]) -> tuple[str, str | None, bool, object] | None:
    """What click makes of `run ARGV` (None when it refuses it or would not run the command)."""
    command = cli.get_command(click.Context(cli), "run")
    assert command is not None
    try:
        with command.make_context("run", list(argv)) as ctx:
            params = dict(ctx.params)
    except (click.exceptions.Exit, click.ClickException):
        return None
    file, lang, debug = params.pop("file"), params.pop("lang"), params.pop("debug")
    return file, lang, debug, limits_from(params)


def _argvs() -> list[list[str]]:
    found = []
    for file, first, second in itertools.product(FILES, OPTIONS, [[], ["--debug"], ["--max-ops", "5"]]):
        found.append([*first, file, *second])
        found.append([file, *first, *second])
    found += [[SCENARIO, SCENARIO], ["--debug", "--debug", SCENARIO], []]
    return found


def test_the_fast_path_accepts_only_what_click_accepts_and_reads_it_the_same() -> None:
    accepted = 0
    for argv in _argvs():
        fast = run_fast.parse_run(["run", *argv])
        if fast is None:
            continue  # left to click: always correct
        accepted += 1
        file, lang, debug, options = fast
        assert (file, lang, debug, limits_from(dict(options))) == _click_parse(argv), argv
    assert accepted > 100  # the common forms do take the fast path


def test_other_commands_and_group_options_go_to_click() -> None:
    for argv in (["check", SCENARIO], ["explain", SCENARIO], ["--help"], ["--version"], ["run"],
                 ["Run", SCENARIO], ["run", "--help", SCENARIO]):
        assert run_fast.parse_run(argv) is None


def _main(argv: list[str], fast: bool, stdin: bytes = b"") -> tuple[int, bytes, bytes]:
    code = ("import sys; import scopecli.cli.run_fast as f; f.ENABLED = " + str(fast) +
            "; sys.argv = ['scopecli', *sys.argv[1:]]; from scopecli.cli import main; main()")
    done = subprocess.run([sys.executable, "-c", code, *argv], input=stdin, capture_output=True,
                          cwd=ROOT, timeout=120, env={**os.environ, "NO_COLOR": "1"})
    return done.returncode, done.stdout, done.stderr


@pytest.mark.parametrize("argv", [
    ["run", SCENARIO],
    ["run", "--max-steps", "5", SCENARIO],
    ["run", "--lang", "yaml", SCENARIO],
    ["run", "missing.py"],
    ["run", str(ROOT / "tests")],
    ["run", "-"],
    ["run", SCENARIO, "--debug", "--max-output", "3"],
])
def test_fast_path_and_click_give_the_same_output_and_exit_code(argv: list[str]) -> None:
    stdin = Path(SCENARIO).read_bytes()
    assert _main(argv, True, stdin) == _main(argv, False, stdin)


def test_a_plain_run_imports_no_click() -> None:
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "scopecli", "run", SCENARIO],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode in (0, 1), done.stderr[-500:]
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if "|" in line}
    assert "scopecli.cli.run_fast" in imported
    assert "click" not in imported
