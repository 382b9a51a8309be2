"""Training graphs build without numpy, and the numpy-free constant readers agree with their twins.

`tensor_util.known_ints` reads small integer constant subgraphs (axes, perms, shapes, Range bounds)
without numpy; wherever it answers, `op_def.const_value` (or `math_grad.constant_value` with
`shapes`) must give the same value, and NOT_CONSTANT only where the twin gives none. The
benchmarks' training programs (BERT-like, LSTM language models with Adam) must not import numpy
while building (a fact, not a time: numpy's import is ~40 ms of a run).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from scopecli.limits import DEFAULT_LIMITS

ROOT = Path(__file__).parent.parent


def _training_program(kind: str) -> str:
    """A benchmark scenario (benchmarks/generate.py) as its Python text; BERT at one layer."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import generate
    finally:
        sys.path.pop(0)
    steps = generate.bert(1) if kind == "bert" else generate.lstm_lm(kind)
    return generate.to_python(steps)


# Training idioms beyond the benchmarks (outputs as real TF 2.21 prints them): conv2d, batch norm
# under UPDATE_OPS, pooling, an embedding lookup (IndexedSlices, Adam's sparse apply) and softmax
# cross entropy; a decayed learning rate, clip_by_global_norm, centered RMSProp, EMA and a Saver.
CONV = """import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 28, 28, 1], name="x")
y = tf.placeholder(tf.float32, [None, 10], name="y")
ids = tf.placeholder(tf.int32, [None, 5], name="ids")
emb = tf.get_variable("emb", [100, 16])
e = tf.reduce_sum(tf.nn.embedding_lookup(emb, ids), axis=1)
h = tf.layers.conv2d(x, 8, 3, padding="same", activation=tf.nn.relu)
h = tf.layers.batch_normalization(h, training=True)
h = tf.layers.flatten(tf.layers.max_pooling2d(h, 2, 2))
logits = tf.layers.dense(tf.concat([h, e], axis=1), 10)
loss = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits_v2(labels=y, logits=logits))
with tf.control_dependencies(tf.get_collection(tf.GraphKeys.UPDATE_OPS)):
    train = tf.train.AdamOptimizer(1e-3).minimize(loss)
print(train.name, loss.name, len(tf.global_variables()))
"""
RMSPROP = """import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 8], name="x")
y = tf.placeholder(tf.int64, [None], name="y")
h = tf.layers.dropout(tf.layers.dense(x, 16, activation=tf.nn.relu), 0.5)
logits = tf.layers.dense(h, 4)
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=y, logits=logits))
loss += 0.01 * tf.add_n([tf.nn.l2_loss(v) for v in tf.trainable_variables()])
acc = tf.reduce_mean(tf.cast(tf.equal(tf.argmax(logits, 1), y), tf.float32))
gs = tf.train.get_or_create_global_step()
opt = tf.train.RMSPropOptimizer(tf.train.exponential_decay(0.1, gs, 100, 0.9), centered=True)
grads, vs = zip(*opt.compute_gradients(loss))
grads, _ = tf.clip_by_global_norm(grads, 5.0)
train = opt.apply_gradients(zip(grads, vs), global_step=gs)
with tf.control_dependencies([train]):
    train = tf.train.ExponentialMovingAverage(0.99).apply(tf.trainable_variables())
saver = tf.train.Saver()
print(opt.get_name(), loss.name, len(tf.global_variables()))
"""
# A bidirectional dynamic RNN (GRU and LSTM cells, sequence lengths), a slice of its outputs and
# tf.losses with its weights machinery.
BIRNN = """import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 10, 8], name="x")
lens = tf.placeholder(tf.int32, [None], name="lens")
fw, bw = tf.nn.rnn_cell.GRUCell(16), tf.nn.rnn_cell.LSTMCell(16)
(o1, o2), _ = tf.nn.bidirectional_dynamic_rnn(fw, bw, x, sequence_length=lens, dtype=tf.float32)
logits = tf.layers.dense(tf.concat([o1, o2], 2)[:, -1, :], 3)
loss = tf.losses.softmax_cross_entropy(tf.one_hot(tf.zeros_like(lens), 3), logits)
train = tf.train.AdamOptimizer().minimize(loss)
print(train.name, loss.name, len(tf.global_variables()))
"""
PROGRAMS = {"conv": (CONV, "Adam Mean:0 25"), "rmsprop": (RMSPROP, "RMSProp add:0 21"),
            "birnn": (BIRNN, "Adam softmax_cross_entropy_loss/value:0 26")}


@pytest.mark.parametrize("kind", ["bert", "static", "dynamic", *PROGRAMS])
def test_building_a_training_graph_does_not_import_numpy(kind: str) -> None:
    code = ("import sys\n"
            "from scopecli.limits import DEFAULT_LIMITS\n"
            "from scopecli.load.python_loader import load_python\n"
            "from scopecli.run import run_scenario\n"
            "limits = DEFAULT_LIMITS.replace(elements=30_000_000)\n"
            "result = run_scenario(load_python(sys.stdin.read(), 't.py'), limits)\n"
            "assert result.error is None, result.error\n"
            "print(result.stdout.strip().splitlines()[0], 'numpy' in sys.modules)\n")
    variables = 50 if kind == "bert" else 20  # BERT at one layer: 16 variables, 32 slots, 2 powers
    program, expected = PROGRAMS.get(kind) or (_training_program(kind), f"Adam Mean:0 {variables}")
    out = subprocess.run([sys.executable, "-c", code], input=program, capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == [*expected.split(), "False"]


def _cases() -> list[Path]:
    return sorted((ROOT / "tests" / "conformance" / "cases").glob("*.py"))


@pytest.mark.parametrize("path", _cases(), ids=[p.name for p in _cases()])
def test_known_ints_agrees_with_the_numpy_twins(path: Path) -> None:
    from scopecli.engine.grads.math_grad import constant_value
    from scopecli.engine.op_def import const_value
    from scopecli.engine.ops.tensor_util import NOT_CONSTANT, known_ints
    from scopecli.errors import InputError
    from scopecli.load import load_scenario
    from scopecli.run import run_scenario

    try:
        result = run_scenario(load_scenario(str(path), limits=DEFAULT_LIMITS), DEFAULT_LIMITS)
    except InputError:
        pytest.skip("refused")
    tensors = [t for graph in result.state.graphs for op in graph.ops for t in op._outputs]
    # every answer first: the twins build pending Consts' arrays, which known_ints then leaves alone
    answers = [(t, shapes, known_ints(t, shapes)) for t in tensors for shapes in (False, True)]
    checked = 0
    for tensor, shapes, known in answers:
        if known is None:
            continue
        try:
            twin = (constant_value if shapes else const_value)(tensor)
        except Exception as error:  # noqa: BLE001 - a twin that raises must not have been answered for
            raise AssertionError(f"{tensor.name}: known_ints {known!r}, twin raised {error!r}") from None
        if known is NOT_CONSTANT:
            assert twin is None, (tensor.name, shapes)
            continue
        checked += 1
        assert twin is not None, (tensor.name, shapes, known)
        if known.__class__ is int:
            assert twin.ndim == 0 and int(twin) == known, (tensor.name, shapes)
        else:
            assert twin.ndim == 1 and [int(v) for v in twin] == known, (tensor.name, shapes)
            assert twin.dtype.kind in "iu", (tensor.name, shapes)
