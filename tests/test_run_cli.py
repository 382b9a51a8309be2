"""`scopecli run` end to end through click's CliRunner: stdout exact, errors on stderr, exit codes."""

from __future__ import annotations

from click.testing import CliRunner

from scopecli.cli import cli
from tests.scratch import scratch_dir


def run(source: str, suffix: str = "py") -> tuple[int, str, str]:
    runner = CliRunner()
    with scratch_dir():
        path = f"case.{suffix}"
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(source)
        result = runner.invoke(cli, ["run", path])
    return result.exit_code, result.stdout, result.stderr


def test_prints_what_the_scenario_printed() -> None:
    code, out, err = run("import tensorflow as tf\nprint(tf.constant(1).name)\n")
    assert (code, out, err) == (0, "Const:0\n", "")


def test_uncaught_tf_error_ends_with_type_and_message() -> None:
    source = ("import tensorflow as tf\nwith tf.variable_scope('s'):\n    tf.get_variable('v', [1])\n"
              "with tf.variable_scope('s'):\n    tf.get_variable('v', [1])\n")
    code, out, err = run(source)
    assert code == 1
    assert err.strip().splitlines()[-1] == (
        "ValueError: Variable s/v already exists, disallowed. Did you mean to set reuse=True or "
        "reuse=tf.AUTO_REUSE in VarScope? Originally defined at:")
    assert "case.py:5:" in err


def test_failed_expectation_exits_1() -> None:
    source = "steps:\n  - c = tf.constant(1)\nexpect:\n  c.name: Const_7:0\n"
    code, out, err = run(source, "yaml")
    assert code == 1
    assert "expectation failed: c.name" in err and "Const:0" in err


def test_syntax_error_is_one_line_exit_2() -> None:
    code, out, err = run("import tensorflow as tf\nx = (\n")
    assert code == 2
    # One message: the reason with its position, then the source line it points at.
    first, quoted = err.splitlines()
    assert "case.py:2:" in first and "Traceback" not in err
    assert quoted.strip() == "2 | x = ("
