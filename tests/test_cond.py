"""tf.cond's engine side beyond the recorded cases: explain's facts on the ops a cond adds, the
hook staying off for graphs without control flow, and ops in untaken branches never running."""

from __future__ import annotations

from typing import Any

from scopecli.load import load_scenario
from scopecli.run import run_scenario

SOURCE = '''import tensorflow as tf
x = tf.placeholder(tf.float32, [], name="x")
p = tf.placeholder(tf.bool, [], name="p")
v = tf.Variable(0.0, name="v")
r = tf.cond(p, lambda: x * 2.0, lambda: tf.constant(7.0))
bump = tf.cond(p, lambda: tf.assign_add(v, 1.0), lambda: tf.identity(v))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run([r, bump], {x: 3.0, p: False}), sess.run(v))
    print(sess.run([r, bump], {x: 3.0, p: True}), sess.run(v))
'''


def _run(source: str) -> tuple[dict[str, Any], str]:
    result = run_scenario(load_scenario("case.py", text=source))
    assert result.error is None
    graph = result.state.graphs[0]
    return {op.name: op for op in graph.ops}, result.stdout


def test_switch_and_pivot_ops_carry_their_reason() -> None:
    ops, _ = _run(SOURCE)
    switch = ops["cond/mul/Switch"]
    assert [n.code for n in switch.notes] == ["cond_switch"]
    assert switch.notes[0].facts == {"tensor": "x:0", "branch": "true", "pred": "cond/pred_id:0"}
    const = ops["cond/Const"]
    assert [n.code for n in const.notes] == ["cond_pivot"]
    assert const.notes[0].facts["pivot"] == "cond/switch_f"
    assert ops["cond_1/AssignAdd/Switch"].type == "RefSwitch"


def test_graphs_without_control_flow_skip_the_hook() -> None:
    source = "import tensorflow as tf\na = tf.constant(1.0) + 2.0\n"
    result = run_scenario(load_scenario("case.py", text=source))
    graph = result.state.graphs[0]
    assert not graph._control_flow_used
    assert all(op._control_flow_context is None for op in graph.ops)


def test_untaken_branch_does_not_run() -> None:
    """The false branch's Const runs (its pivot is live), the true branch's AssignAdd does not
    until p is True: the variable counts only the taken runs."""
    _, out = _run(SOURCE)
    assert out == "[np.float32(7.0), np.float32(0.0)] 0.0\n[np.float32(6.0), np.float32(1.0)] 1.0\n"
