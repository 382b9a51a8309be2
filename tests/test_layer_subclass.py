"""Scenario classes deriving from TF's layer classes (`class MyDense(tf.keras.layers.Layer)`):
the ends the recorded cases (keras-subclass-*, layers-subclass-*) do not reach — what scenario
code can see of the layer's TF side, and the located messages for what scopecli refuses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

HEAD = "import tensorflow as tf\nx = tf.placeholder(tf.float32, [2])\n"


def run(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "model.py"
    path.write_text(HEAD + source)
    return subprocess.run([sys.executable, "-m", "scopecli", "run", str(path)], capture_output=True,
                          text=True, timeout=120, env={"NO_COLOR": "1", "PATH": "/usr/bin:/bin"})


def test_scenario_sees_only_its_own_attributes_and_tfs_public_ones(tmp_path: Path) -> None:
    result = run(tmp_path, """
class L(tf.keras.layers.Layer):
    def __init__(self):
        super().__init__(name="ell")
        self.units = 2
    def call(self, inputs):
        return inputs * 2.0
layer = L()
print(vars(layer), layer.__dict__, layer.name, layer.built)
print([hasattr(layer, n) for n in ("methods", "sublayers", "state", "engine", "graph", "units")])
try:
    layer.methods
except AttributeError as e:
    print(e)
print(layer(x), layer.built, isinstance(layer, tf.keras.layers.Layer), type(layer).__name__)
""")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "{'units': 2} {'units': 2} ell False",
        "[False, False, False, False, False, True]",
        "'L' object has no attribute 'methods'",
        'Tensor("ell/mul:0", shape=(2,), dtype=float32) True True L',
    ]


@pytest.mark.parametrize(("source", "message"), [
    ("class L(tf.keras.layers.Layer):\n    def __init__(self):\n        self.a = 1\nL()(x)\n",
     "did not call super().__init__(...)"),
    ("class C(tf.keras.layers.Dense):\n    pass\n",
     "subclassing `tf.keras.layers.Dense` is not supported"),
    ("class C(tf.nn.rnn_cell.RNNCell):\n    def call(self, i, s):\n        return i, s\n"
     "tf.nn.dynamic_rnn(C(), tf.zeros([2, 3, 4]), dtype=tf.float32)\n",
     "C must define `state_size`"),
    ("class B(tf.keras.layers.Layer, tf.keras.Model):\n    pass\n",
     "derives from two scopecli layer classes"),
    ("class L(tf.keras.layers.Layer):\n    def build(self, s):\n        self.add_weight(shape=[2])\nL()(x)\n",
     "add_weight without a `name`"),
])
def test_refusals_are_located_with_exit_2(tmp_path: Path, source: str, message: str) -> None:
    result = run(tmp_path, source)
    assert result.returncode == 2, result.stderr
    first = result.stderr.splitlines()[0]
    assert "model.py:" in first and message in first
    assert "Traceback" not in result.stderr


def test_a_call_calling_its_own_layer_stops_at_the_depth_limit(tmp_path: Path) -> None:
    result = run(tmp_path, "class L(tf.keras.layers.Layer):\n    def call(self, v):\n"
                           "        return self(v)\nL()(x)\n")
    assert result.returncode == 1
    assert "levels deep" in result.stderr.splitlines()[0]
    assert "Traceback" not in result.stderr
