"""`scopecli explain`: the tree, why-notes, values, outcome, colour, exit codes, and snapshots.

Snapshots pin the plain-text output (width 100, no colour) of the scenarios in tests/snapshots/;
regenerate them after an intended change with `SCOPECLI_UPDATE_SNAPSHOTS=1 python -m pytest
tests/test_explain.py`, then read the diff.
"""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from scopecli.cli import cli
from scopecli.errors import InputError
from scopecli.load import load_scenario
from scopecli.render.console import Terminal
from scopecli.render.model import explain_result
from scopecli.render.tree import render_explained
from scopecli.run import run_scenario
from tests.paths import SHARED_CASES
from tests.scratch import scratch_dir

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = ROOT / "tests" / "snapshots"
CASES = SHARED_CASES
SEED = CASES / "seed-scoping-function.yaml"


def scenario_files() -> list[Path]:
    files = sorted((ROOT / "scenarios").glob("*.y*ml")) + sorted((ROOT / "scenarios").glob("*.py"))
    if CASES.is_dir():
        files += sorted(CASES.glob("*.py")) + sorted(CASES.glob("*.yaml"))
    own = ROOT / "tests" / "conformance" / "cases"
    files += sorted(own.rglob("*.py")) + sorted(own.rglob("*.yaml"))
    return files


def explain_text(path: str | Path, all_ops: bool = False, width: int = 100, source: str | None = None) -> str:
    scenario = load_scenario(str(path), text=source)
    out = io.StringIO()
    render_explained(explain_result(run_scenario(scenario)), Terminal(out, False, width), all_ops)
    return out.getvalue()


def invoke(args: list[str], source: str | None = None, suffix: str = "yaml",
           env: dict[str, str] | None = None) -> tuple[int, str, str]:
    runner = CliRunner()
    with scratch_dir():
        if source is not None:
            Path(f"case.{suffix}").write_text(source, encoding="utf-8")
        result = runner.invoke(cli, args, env=env)
    return result.exit_code, result.stdout, result.stderr


# -- the seed scenario: the product's promise ------------------------------------------------------

@pytest.mark.skipif(not SEED.exists(), reason="shared conformance corpus not present")
def test_seed_shows_b_at_the_root_with_the_get_variable_note() -> None:
    lines = explain_text(SEED).splitlines()
    b_rows = [i for i, line in enumerate(lines) if line.startswith("├── b ")]
    assert len(b_rows) == 1, "b (get_variable under name_scope) must sit at the root of the tree"
    row = b_rows[0]
    assert "get_variable" in lines[row] and "line 10, called at line 17" in lines[row]
    assert "why: get_variable ignored name scope `scope_name/`" in lines[row + 1]
    # Under variable_scope the same call is prefixed: b is a child of scope_vars/.
    assert any(line.startswith("│   ├── b ") for line in lines[:row])


# -- every scenario and corpus case explains ------------------------------------------------------

@pytest.mark.parametrize("path", scenario_files(), ids=lambda p: p.name)
def test_every_scenario_explains_without_error(path: Path) -> None:
    try:
        result = run_scenario(load_scenario(str(path)))
    except InputError:
        pytest.skip("refused input by design: explain exits 2 before there is anything to explain")
    explained = explain_result(result)
    out = io.StringIO()
    render_explained(explained, Terminal(out, False, 100), all_ops=True)
    text = out.getvalue()
    assert re.search(r"\d+ ops? · \d+ variables?", text) and "printed" in text
    assert explained.exit_code == result.exit_code
    if result.error is not None:
        assert f"error  {explained.error.type}" in text


# -- snapshots ---------------------------------------------------------------------------------------

SNAPSHOT_CASES = [
    ("reuse-error.py", False),
    ("scopes-and-reuse.yaml", False),
    ("values.yaml", False),
    ("scopes-and-reuse.yaml", True),
]


@pytest.mark.parametrize(("name", "all_ops"), SNAPSHOT_CASES)
def test_snapshot(name: str, all_ops: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # paths in messages are as given: keep them relative
    text = explain_text(f"tests/snapshots/{name}", all_ops)
    expected = SNAPSHOTS / (name.rsplit(".", 1)[0] + ("-all-ops" if all_ops else "") + ".txt")
    check_snapshot(expected, text)


@pytest.mark.skipif(not SEED.exists(), reason="shared conformance corpus not present")
def test_snapshot_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(CASES)
    check_snapshot(SNAPSHOTS / "seed-scoping-function.txt", explain_text("seed-scoping-function.yaml"))


def check_snapshot(expected: Path, text: str) -> None:
    if os.environ.get("SCOPECLI_UPDATE_SNAPSHOTS"):
        expected.write_text(text, encoding="utf-8")
    assert expected.exists(), f"no snapshot {expected.name}; run with SCOPECLI_UPDATE_SNAPSHOTS=1"
    assert text == expected.read_text(encoding="utf-8")


# -- notes, values, hiding ---------------------------------------------------------------------------

def test_internal_ops_hidden_unless_all_ops() -> None:
    source = "steps:\n  - v = tf.Variable(1.0, name='v')\n  - y = v + 2.0\n"
    plain = explain_text("case.yaml", source=source)
    assert "internal ops hidden: --all-ops" in plain
    assert "initial_value" not in plain and "Assign" not in plain and "read" not in plain
    full = explain_text("case.yaml", all_ops=True, source=source)
    for name in ("initial_value", "Assign", "read", "y "):
        assert name in full
    assert "add" in plain and "= 3.0" in plain


def test_uniquified_and_reused_notes() -> None:
    source = ("steps:\n  - with tf.variable_scope('s'):\n      - v = tf.get_variable('v', [1])\n"
              "  - with tf.variable_scope('s', reuse=True):\n      - w = tf.get_variable('v', [1])\n"
              "  - c = tf.constant(1, name='c')\n  - d = tf.constant(1, name='c')\n")
    text = explain_text("case.yaml", source=source)
    assert "why: reused by get_variable at line 5" in text
    assert "why: uniquified to `s_1`: `s` was already taken by variable_scope s/ at line 2" in text
    assert "why: uniquified to `c_1`: `c` was already taken by op c at line 6" in text
    assert "= random (glorot_uniform)" in text and "random: numpy's draws, not TF's numbers" in text


def test_value_failures_never_fail_explain() -> None:
    source = ("steps:\n  - p = tf.placeholder(tf.float32, [2], name='p')\n  - v = tf.Variable(p, name='v')\n"
              "  - y = tf.log(tf.constant(-1.0)) + v\n")
    text = explain_text("case.yaml", source=source)
    p_row = next(line for line in text.splitlines() if "── p " in line)
    assert "Placeholder" in p_row and "=" not in p_row


def test_user_text_is_never_markup_and_control_characters_are_escaped() -> None:
    source = ("title: '[bold red]not a style[/]'\nsteps:\n  - print('[/] [link=x]y[/link] \\x1b[31mred')\n")
    code, out, _ = invoke(["explain", "--color", "case.yaml"], source)
    assert code == 0
    assert "[bold red]not a style[/]" in out
    assert "[/] [link=x]y[/link] \\x1b[31mred" in out
    assert "\x1b[31mred" not in out


# -- outcome and exit codes -------------------------------------------------------------------------

def test_error_shows_source_line_message_and_fix() -> None:
    source = ("import tensorflow as tf\nwith tf.variable_scope('t'):\n    tf.get_variable('w', [1])\n"
              "with tf.variable_scope('t'):\n    tf.get_variable('w', [1])\n")
    code, out, _ = invoke(["explain", "--no-color", "case.py"], source, "py")
    assert code == 1
    assert "error  ValueError at case.py:5:5" in out
    assert "  5 |     tf.get_variable('w', [1])\n    |     ^" in out
    assert "Variable t/w already exists, disallowed." in out
    assert "fix: open the scope with reuse=True" in out
    assert "t_1/" in out  # the tree up to the failure is still drawn


def test_failed_expectation_still_renders_and_exits_1() -> None:
    code, out, _ = invoke(["explain", "case.yaml"],
                          "steps:\n  - c = tf.constant(1)\nexpect:\n  c.name: Const_9:0\n")
    assert code == 1
    assert "✗ c.name: expected 'Const_9:0', got Const:0  line 4" in out
    assert "Const" in out.split("printed")[0]


def test_bad_input_exits_2_with_position() -> None:
    code, out, err = invoke(["explain", "case.yaml"], "steps:\n  - x = = 1\n")
    assert code == 2 and out == ""
    assert "case.yaml:2:" in err and "Traceback" not in err


def test_dash_reads_stdin() -> None:
    result = CliRunner().invoke(cli, ["explain", "--lang", "py", "-"],
                                input="import tensorflow as tf\nx = tf.constant(7, name='seven')\n")
    assert result.exit_code == 0
    assert "seven" in result.stdout and "= 7" in result.stdout


# -- colour ---------------------------------------------------------------------------------------------

class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_color_forced_has_ansi_and_no_color_has_none() -> None:
    source = "steps:\n  - with tf.name_scope('s'):\n      - c = tf.constant(1, name='c')\n"
    code, out, _ = invoke(["explain", "--color", "case.yaml"], source)
    assert code == 0 and "\x1b[" in out
    code, out, _ = invoke(["explain", "case.yaml"], source, env={"NO_COLOR": "1"})
    assert code == 0 and "\x1b[" not in out
    code, out, _ = invoke(["explain", "--no-color", "case.yaml"], source)
    assert "\x1b[" not in out


def test_terminal_colour_follows_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    scenario = load_scenario("case.yaml", text="steps:\n  - c = tf.constant(1)\n")
    explained = explain_result(run_scenario(scenario))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    tty = FakeTTY()
    render_explained(explained, Terminal.detect(tty, None, 100))
    assert "\x1b[" in tty.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    tty = FakeTTY()
    render_explained(explained, Terminal.detect(tty, None, 100))
    assert "\x1b[" not in tty.getvalue()


def test_width_follows_the_terminal() -> None:
    source = ("steps:\n  - with tf.variable_scope('scope'):\n"
              "      - v = tf.get_variable('a_rather_long_variable_name', [2, 3])\n"
              "  - with tf.name_scope('scope'):\n      - c = tf.constant(1.5, name='c')\n")
    narrow = explain_text("case.yaml", width=70, source=source)
    tree = [line for line in narrow.splitlines() if line[:1] in ("├", "└", "│", " ")]
    assert len(tree) > 5 and all(len(line) <= 70 for line in tree)
    wide = explain_text("case.yaml", width=140, source=source)
    assert len(wide.split("\nprinted")[0].splitlines()) < len(narrow.split("\nprinted")[0].splitlines())
