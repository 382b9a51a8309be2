"""tf.nn.rnn_cell and the tf.nn.*_rnn functions beyond the recorded cases: what scopecli refuses
says so by name at the call's position (exit 2), explain names the cell and the rnn function that
made each scope, and a loop over a long sequence stays bounded by op counts."""

from __future__ import annotations

from click.testing import CliRunner

from scopecli.cli import cli
from tests.scratch import scratch_dir


def invoke(command: str, source: str) -> tuple[int, str, str]:
    runner = CliRunner()
    with scratch_dir():
        with open("case.py", "w", encoding="utf-8") as handle:
            handle.write(source)
        result = runner.invoke(cli, [command, "case.py"])
    return result.exit_code, result.stdout, result.stderr


def test_partitioned_lstm_weights_are_refused_by_name() -> None:
    source = ("import tensorflow as tf\nx = tf.placeholder(tf.float32, [2, 3])\n"
              "cell = tf.nn.rnn_cell.LSTMCell(4, num_unit_shards=2)\n")
    code, out, err = invoke("run", source)
    assert code == 2
    assert "case.py:3:" in err
    assert "num_unit_shards" in err and "not supported by scopecli yet" in err


def test_a_dropout_state_filter_is_refused_by_name() -> None:
    source = ("import tensorflow as tf\n"
              "cell = tf.nn.rnn_cell.DropoutWrapper(tf.nn.rnn_cell.GRUCell(2),\n"
              "                                     dropout_state_filter_visitor=lambda s: True)\n")
    code, out, err = invoke("run", source)
    assert code == 2
    assert "dropout_state_filter_visitor" in err


def test_explain_names_the_cell_and_the_rnn_function() -> None:
    source = ("import tensorflow as tf\nx = tf.placeholder(tf.float32, [None, 3, 2])\n"
              "cell = tf.nn.rnn_cell.BasicLSTMCell(4)\n"
              "outputs, state = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32)\n")
    code, out, err = invoke("explain", source)
    assert code == 0, err
    assert "tf.nn.rnn_cell.BasicLSTMCell()" in out
    assert "made by tf.nn.dynamic_rnn" in out
    assert "while/" in out


def test_a_long_static_unroll_builds_one_cell_per_step() -> None:
    steps = 60
    source = ("import tensorflow as tf\n"
              f"x = tf.placeholder(tf.float32, [2, {steps}, 3])\n"
              "cell = tf.nn.rnn_cell.GRUCell(2)\n"
              f"outputs, state = tf.nn.static_rnn(cell, tf.unstack(x, {steps}, 1), dtype=tf.float32)\n"
              "print(len(outputs), state.name, len(tf.global_variables()))\n")
    code, out, err = invoke("run", source)
    assert (code, err) == (0, "")
    assert out == f"{steps} rnn/gru_cell/add_{steps - 1}:0 4\n"
