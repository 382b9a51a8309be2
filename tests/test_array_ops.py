"""Array/random/initializer behaviour that is scopecli's own (no TF recording can show it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def _run(tmp_path: Path, text: str) -> subprocess.CompletedProcess[str]:
    case = tmp_path / "case.py"
    case.write_text(text)
    command = [sys.executable, "-m", "scopecli", "run", str(case)]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_xavier_initializer_is_refused_by_name(tmp_path: Path) -> None:
    """TF 2.21 has no tf.contrib: the refusal names the function and what replaces it (exit 2)."""
    proc = _run(tmp_path, "import tensorflow as tf\ninit = tf.contrib.layers.xavier_initializer()\n")
    assert proc.returncode == 2
    assert "case.py:2:" in proc.stderr
    assert "`tf.contrib.layers.xavier_initializer` does not exist in TensorFlow 2.x" in proc.stderr
    assert "tf.glorot_uniform_initializer()" in proc.stderr


def test_bitwise_operators_on_integers_build_bitwise_ops(tmp_path: Path) -> None:
    """math_ops.and_ on integers: gen_bitwise_ops.bitwise_and inside the operator's `and` scope."""
    source = "import tensorflow as tf\nx = tf.constant([1, 2])\ny = x & x\nprint(y.name, (~x).name)\n"
    proc = _run(tmp_path, source)
    assert proc.returncode == 0, proc.stderr
    assert "and/BitwiseAnd:0 Invert:0" in proc.stdout
