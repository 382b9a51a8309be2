"""Paths real files take that scopecli refuses by name instead of building them wrong: a
sparse update of a resource variable (a Keras Embedding trained by a tf.train optimizer) and
Model.compile options beyond one output with 'accuracy'."""

from __future__ import annotations

from pathlib import Path

from scopecli.errors import InputError
from scopecli.load import load_scenario
from scopecli.run import RunResult, run_scenario


def _run(tmp_path: Path, code: str) -> RunResult:
    path = tmp_path / "case.py"
    path.write_text("import tensorflow as tf\n" + code)
    return run_scenario(load_scenario(str(path)))


def test_sparse_update_of_a_keras_embedding_is_refused_by_name(tmp_path: Path) -> None:
    result = _run(tmp_path, "ids = tf.placeholder(tf.int32, [None, 1])\n"
                            "emb = tf.keras.layers.Embedding(6, 3)\n"
                            "loss = tf.reduce_sum(emb(ids))\n"
                            "g = tf.gradients(loss, emb.embeddings)[0]\n"
                            "step = tf.train.AdamOptimizer(0.1).minimize(loss)\n")
    assert isinstance(result.error, InputError)
    assert "embedding/embeddings" in result.error.message and "Adam" in result.error.message
    assert result.error.pos is not None and result.error.pos.line == 6


def test_compile_with_other_metrics_is_refused(tmp_path: Path) -> None:
    result = _run(tmp_path, "inp = tf.keras.layers.Input((3,))\n"
                            "model = tf.keras.models.Model(inp, tf.keras.layers.Dense(2)(inp))\n"
                            "model.compile('sgd', 'mse', metrics=['mae'])\n")
    assert isinstance(result.error, InputError)
    assert "metrics other than 'accuracy'" in result.error.message
