"""A tf.device function runs scenario code for every op it places: the ops keep the line of the
statement that made them, not the line the function last executed."""

from __future__ import annotations

from pathlib import Path

from scopecli.load import load_scenario
from scopecli.run import run_scenario

SOURCE = """import tensorflow as tf

def place(op):
    return '/cpu:0'

with tf.device(place):
    a = tf.constant(1.0, name="a")
    b = tf.add(a, 2.0, name="b")
"""


def test_ops_made_under_a_device_function_keep_their_statement_line(tmp_path: Path) -> None:
    path = tmp_path / "device_function.py"
    path.write_text(SOURCE)
    result = run_scenario(load_scenario(str(path)))
    lines = {op.name: op.site[-1].line for op in result.state.graph.ops}
    assert lines == {"a": 7, "b/y": 8, "b": 8}
    assert {op.name: op.device for op in result.state.graph.ops} == {
        "a": "/cpu:0", "b/y": "/cpu:0", "b": "/cpu:0"}
