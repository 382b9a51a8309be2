"""tf.while_loop and TensorArray beyond the recorded cases: a runaway loop is stopped by a count
(read from the work report, never a time), a loop-internal tensor cannot be fetched, loops nest,
and each (frame, iteration) keeps its own value."""

from __future__ import annotations

import sys
from pathlib import Path

from scopecli.engine.framework import nest

sys.path.insert(0, str(Path(__file__).parent))
from test_hostile_cli import run_cli  # noqa: E402

RUNAWAY = """import tensorflow as tf
i = tf.constant(0)
r = tf.while_loop(lambda i: True, lambda i: i + 1, [i])
with tf.Session() as sess:
    print(sess.run(r))
"""


def _scenario(tmp_path: Path, text: str) -> str:
    path = tmp_path / "loop.py"
    path.write_text(text, "utf-8")
    return str(path)


def test_a_runaway_loop_ends_on_the_loop_iteration_budget(tmp_path: Path) -> None:
    out = run_cli(["run", "--max-loop-iterations", "300", _scenario(tmp_path, RUNAWAY)])
    assert out.code == 1
    assert out.work["limit"] == "max-loop-iterations"
    assert out.work["fuel"] == 300
    assert not out.work["deadline"]
    first = out.stderr.splitlines()[0]
    assert "loop.py:3:5: the while loop `while` was still running after" in first
    assert "--max-loop-iterations (now 300)" in first
    assert "Traceback" not in out.stderr


def test_a_runaway_loop_of_cheap_ops_ends_on_steps_not_the_deadline(tmp_path: Path) -> None:
    out = run_cli(["run", _scenario(tmp_path, RUNAWAY)])
    assert out.code == 1
    assert out.work["limit"] == "max-steps"
    assert out.work["fuel"] < 100_000  # iterations run before the steps ran out
    assert not out.work["deadline"]


def _run(tmp_path: Path, text: str) -> str:
    out = run_cli(["run", _scenario(tmp_path, "import tensorflow as tf\n" + text)])
    assert out.code == 0, out.stderr
    return out.stdout


def test_nested_loops_run_the_inner_loop_once_per_outer_iteration(tmp_path: Path) -> None:
    text = """
def outer_body(i, total):
    j, inner = tf.while_loop(lambda j, s: j < i, lambda j, s: (j + 1, s + j), [0, 0])
    return i + 1, total + inner
i, total = tf.while_loop(lambda i, t: i < 5, outer_body, [0, 0])
with tf.Session() as sess:
    print(sess.run([i, total]))
"""
    # sum over i < 5 of (0 + ... + i-1) = 0 + 0 + 1 + 3 + 6
    assert _run(tmp_path, text) == "[np.int32(5), np.int32(10)]\n"


def test_a_tensor_inside_a_loop_cannot_be_fetched(tmp_path: Path) -> None:
    text = """
inside = []
def body(i):
    inside.append(i * 2)
    return i + 1
r = tf.while_loop(lambda i: i < 3, body, [0])
with tf.Session() as sess:
    try:
        sess.run(inside[0])
    except ValueError as e:
        print(type(e).__name__, e)
"""
    assert _run(tmp_path, text) == (
        "InaccessibleTensorError Operation while/mul has been marked as not fetchable. Typically this "
        "happens when it is defined in another function or code block. Use return values, explicit "
        "Python locals or TensorFlow collections to access it.\n")


def test_a_loop_whose_condition_is_false_at_once_returns_its_inputs(tmp_path: Path) -> None:
    text = """
x = tf.placeholder(tf.float32, [])
r = tf.while_loop(lambda v: v < 10.0, lambda v: v * 2.0, [x])
with tf.Session() as sess:
    print(sess.run(r, {x: 3.0}), sess.run(r, {x: 20.0}))
"""
    assert _run(tmp_path, text) == "12.0 20.0\n"


def test_nest_flattens_dicts_by_sorted_key_and_packs_namedtuples() -> None:
    import collections

    pair = collections.namedtuple("Pair", "a b")
    structure = {"z": [1, (2, 3)], "a": pair(4, 5)}
    assert nest.flatten(structure) == [4, 5, 1, 2, 3]
    packed = nest.pack_sequence_as(structure, [40, 50, 10, 20, 30])
    assert packed == {"z": [10, (20, 30)], "a": pair(40, 50)}
    assert list(packed) == ["z", "a"]


def test_a_long_loop_over_a_big_tensor_keeps_about_one_iteration_alive(tmp_path: Path) -> None:
    # 300 iterations of a 4 MB value: kept all at once they would pass the 350 MB memory limit.
    text = """
r = tf.while_loop(lambda i, x: i < 300, lambda i, x: (i + 1, x + 1.0), [0, tf.zeros([1000, 1000])])
with tf.Session() as sess:
    print(sess.run(r[1])[0, 0])
"""
    assert _run(tmp_path, text) == "300.0\n"


def test_explain_runs_a_loop_once_for_all_its_exits(tmp_path: Path) -> None:
    """explain's value pass shares one executor: the loop's TensorArray is written once, so the
    stacked result and every Exit get a value."""
    text = """import tensorflow as tf
ta = tf.TensorArray(tf.float32, size=3)
_, a, out = tf.while_loop(lambda i, a, o: i < 3, lambda i, a, o: (i + 1, a + 1.0, o.write(i, a)),
                          [0, 0.0, ta])
s = out.stack()
"""
    import json

    out = run_cli(["explain", "--format", "json", _scenario(tmp_path, text)])
    assert out.code == 0, out.stderr
    values = {op["name"]: op["value"]["text"] for op in json.loads(out.stdout)["graphs"][0]["ops"]
              if op.get("value")}
    assert values["TensorArrayStack/TensorArrayGatherV3"] == "[0. 1. 2.]"
