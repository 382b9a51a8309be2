"""The numpy evaluator: cost, limits, TF's float32 arithmetic, random draws, session rules.

Printed values and TF's error texts are pinned by the recorded `value-*` conformance cases;
these tests cover what a recording cannot show: how much work a run does, that limits stop
allocation before numpy does it, that Eigen's approximations are reproduced bit for bit, and
that random ops have the right distributions.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest

from scopecli.engine.framework.state import TFState
from scopecli.engine.namespace import build_tf
from scopecli.errors import LimitError, ScenarioError
from scopecli.evaluate import eigen_math
from scopecli.evaluate.session import Session
from scopecli.limits import DEFAULT_LIMITS, Limits
from scopecli.load import load_scenario
from scopecli.run import run_scenario
from scopecli.runtime import Runtime


class TF:
    """The `tf` namespace of a fresh run, usable from Python: `tf.add(1, 2)`."""

    def __init__(self, limits: Limits = DEFAULT_LIMITS):
        self.state = TFState(Runtime("test.py", limits))
        self._ns = build_tf(self.state)

    def __getattr__(self, name: str) -> Any:
        value = self._ns.members[name]
        if hasattr(value, "members"):
            return _Members(value.members)
        return value

    def session(self) -> Session:
        return Session(self.state)


class _Members:
    def __init__(self, members: dict[str, Any]):
        self._members = members

    def __getattr__(self, name: str) -> Any:
        return self._members[name]


def run(source: str, limits: Limits = DEFAULT_LIMITS) -> Any:
    return run_scenario(load_scenario("case.py", source, "python", limits), limits)


# -- cost follows the fetched sub-graph ----------------------------------------------------------

def test_run_evaluates_only_the_fetched_subgraph() -> None:
    tf = TF()
    x = tf.constant(1.0)
    chain = x
    for _ in range(200):
        chain = tf.square(chain)
    small = tf.add(x, 2.0)
    sess = tf.session()
    assert sess.run(small) == np.float32(3.0)
    assert sess.kernel_calls == 1  # the 200 Square ops were never touched
    sess.run(chain)
    assert sess.kernel_calls == 201


def test_shared_inputs_are_evaluated_once_per_run() -> None:
    tf = TF()
    base = tf.multiply(tf.constant([1, 2]), 3)
    outs = [tf.add(base, i) for i in range(10)]
    sess = tf.session()
    sess.run(outs)
    assert sess.kernel_calls == 11  # one Mul, ten AddV2


def test_feeding_an_intermediate_tensor_skips_its_producers() -> None:
    tf = TF()
    a = tf.exp(tf.exp(tf.constant(1.0)))
    b = tf.add(a, 1.0)
    sess = tf.session()
    assert sess.run(b, feed_dict={a: 2.0}) == np.float32(3.0)
    assert sess.kernel_calls == 1


def test_deep_chains_do_not_recurse() -> None:
    tf = TF()
    t = tf.constant(0)
    for _ in range(5000):
        t = tf.add(t, 1)
    assert tf.session().run(t) == 5000


# -- limits stop allocation before numpy ---------------------------------------------------------

def test_fill_with_a_fed_shape_is_bounded() -> None:
    tf = TF(Limits(elements=1000))
    dims = tf.placeholder(tf.int32, [2])
    big = tf.fill(dims, 1.0)
    sess = tf.session()
    assert sess.run(big, {dims: [10, 10]}).shape == (10, 10)
    with pytest.raises(LimitError):
        sess.run(big, {dims: [100_000, 100_000]})


def test_broadcast_and_matmul_of_fed_values_are_bounded() -> None:
    tf = TF(Limits(elements=1000))
    row = tf.placeholder(tf.float32, [None, 1])
    col = tf.placeholder(tf.float32, [1, None])
    sess = tf.session()
    with pytest.raises(LimitError):
        sess.run(tf.add(row, col), {row: np.zeros((100, 1)), col: np.zeros((1, 100))})
    with pytest.raises(LimitError):
        sess.run(tf.matmul(row, col), {row: np.zeros((100, 1)), col: np.zeros((1, 100))})


def test_random_shape_from_a_placeholder_is_bounded() -> None:
    tf = TF(Limits(elements=1000))
    shape = tf.placeholder(tf.int32, [1])
    with pytest.raises(LimitError):
        tf.session().run(tf.random_uniform(shape), {shape: [10**9]})


def test_a_limit_error_cannot_be_caught_by_the_scenario() -> None:
    result = run("import tensorflow as tf\n"
                 "n = tf.placeholder(tf.int32, [1])\n"
                 "try:\n"
                 "    tf.Session().run(tf.fill(n, 0), {n: [10**8]})\n"
                 "except Exception:\n"
                 "    print('caught')\n", Limits(elements=10_000))
    assert isinstance(result.error, LimitError)
    assert result.stdout == ""


# -- Eigen's float32 functions, as TF 2.21 computed them ------------------------------------------

# One packet of 8 inputs each where Eigen's approximation is not the correctly rounded value,
# with the float32 results TF 2.21 (CPU) gave for them.
EXP_IN = [-19.979999542236328, -19.920000076293945, -19.90999984741211, -19.899999618530273,
          -19.889999389648438, -19.8799991607666, -19.860000610351562, -19.829999923706055]
EXP_TF = [2.1027928287509212e-09, 2.232821039171995e-09, 2.2552617551241383e-09, 2.2779280683948855e-09,
          2.3008221994302858e-09, 2.3239463686763884e-09, 2.370889706782009e-09, 2.443095725723765e-09]
LOG_IN = [19.719999313354492, 19.670000076293945, 19.639999389648438, 19.579999923706055,
          19.459999084472656, 18.860000610351562, 18.690000534057617, 18.65999984741211]
LOG_TF = [2.981633186340332, 2.9790945053100586, 2.9775681495666504, 2.974508762359619,
          2.9683609008789062, 2.9370431900024414, 2.9279885292053223, 2.926382064819336]


@pytest.mark.parametrize("fn, libm, inputs, expected", [(eigen_math.exp, np.exp, EXP_IN, EXP_TF),
                                                         (eigen_math.log, np.log, LOG_IN, LOG_TF)])
def test_packets_match_tf_bit_for_bit(fn: Any, libm: Any, inputs: list[float], expected: list[float]) -> None:
    x = np.array(inputs, np.float32)
    tf_values = np.array(expected, np.float32)
    assert fn(x).tolist() == tf_values.tolist()
    # ... where the correctly rounded result would print differently.
    assert not np.array_equal(libm(x.astype(np.float64)).astype(np.float32), tf_values)


def test_exp_matches_eigen_packets_and_libm_tail() -> None:
    x = np.linspace(-20, 20, 4001).astype(np.float32)
    out = eigen_math.exp(x)
    tail = x.size % eigen_math.PACKET
    correctly_rounded = np.exp(x.astype(np.float64)).astype(np.float32)
    # The tail is libm's; the packets differ from correct rounding by at most one ulp.
    assert np.array_equal(out[-tail:], correctly_rounded[-tail:])
    ulps = np.abs(out.view(np.int32) - correctly_rounded.view(np.int32))
    assert ulps.max() <= 1 and 0 < np.count_nonzero(ulps) < x.size // 2


def test_short_tensors_use_the_correctly_rounded_scalar_path() -> None:
    # Fewer than 8 elements never fill a packet: TF printed exactly these.
    assert str(eigen_math.exp(np.array([-1.0, 1.0, 0.5], np.float32))) == "[0.36787945 2.7182817  1.6487212 ]"
    assert eigen_math.sigmoid(np.array([-100.0, -1.0], np.float32))[1] == np.float32(0.26894143)
    assert str(eigen_math.tanh(np.array([1.0], np.float32))) == "[0.7615942]"
    special = eigen_math.log(np.array([0.0, -1.0, np.inf], np.float32))
    assert special[0] == -math.inf and np.isnan(special[1]) and special[2] == math.inf


def test_sigmoid_and_tanh_saturate_like_tf() -> None:
    x = np.array([-200.0, -100.0, 0.0, 100.0, 200.0, 50.0, -50.0, 8.0], np.float32)
    s = eigen_math.sigmoid(x)
    assert s[0] == 0 and s[3] == 1 and s[2] == np.float32(0.5)
    assert eigen_math.tanh(x)[3] == 1 and eigen_math.tanh(x)[1] == -1


def test_denormal_results_flush_to_zero() -> None:
    tf = TF()
    out = tf.session().run(tf.sigmoid(tf.constant([-100.0, -1.0])))
    assert out[0] == 0 and str(out) == "[0.         0.26894143]"


# -- random ops: numpy's numbers with TF's distributions -----------------------------------------

@pytest.fixture
def draws() -> dict[str, np.ndarray]:
    tf = TF()
    sess = tf.session()
    return {
        "uniform": sess.run(tf.random_uniform([20000], minval=-2.0, maxval=3.0)),
        "normal": sess.run(tf.random_normal([20000], mean=1.0, stddev=2.0)),
        "truncated": sess.run(tf.truncated_normal([20000], mean=0.0, stddev=0.5)),
        "ints": sess.run(tf.random_uniform([20000], minval=0, maxval=4, dtype=tf.int32)),
        "glorot": sess.run(tf.glorot_uniform_initializer()([100, 300])),
        "glorot_normal": sess.run(tf.glorot_normal_initializer()([100, 300])),
    }


def test_uniform_distribution(draws: dict[str, np.ndarray]) -> None:
    u = draws["uniform"]
    assert u.dtype == np.float32 and u.min() >= -2.0 and u.max() < 3.0
    assert abs(u.mean() - 0.5) < 0.05 and abs(u.std() - 5 / math.sqrt(12)) < 0.05


def test_normal_distribution(draws: dict[str, np.ndarray]) -> None:
    n = draws["normal"]
    assert abs(n.mean() - 1.0) < 0.06 and abs(n.std() - 2.0) < 0.06


def test_truncated_normal_stays_within_two_stddev(draws: dict[str, np.ndarray]) -> None:
    t = draws["truncated"]
    assert np.abs(t).max() <= 1.0
    # A standard normal truncated to [-2, 2] has standard deviation ~0.8796.
    assert abs(t.std() - 0.5 * 0.8796) < 0.02


def test_uniform_ints_cover_the_half_open_range(draws: dict[str, np.ndarray]) -> None:
    ints = draws["ints"]
    assert ints.dtype == np.int32 and sorted(set(ints.tolist())) == [0, 1, 2, 3]
    assert all(abs(np.mean(ints == k) - 0.25) < 0.02 for k in range(4))


def test_glorot_initializers_have_the_variance_scaling_spread(draws: dict[str, np.ndarray]) -> None:
    limit = math.sqrt(6 / (100 + 300))
    g = draws["glorot"]
    assert g.shape == (100, 300) and np.abs(g).max() <= limit and abs(g.std() - limit / math.sqrt(3)) < 0.005
    gn = draws["glorot_normal"]
    assert abs(gn.std() - math.sqrt(2 / (100 + 300))) < 0.005


def test_random_values_are_reproducible_and_change_per_run() -> None:
    first, second = TF(), TF()
    a = first.session().run(first.random_normal([4]))
    b = second.session().run(second.random_normal([4]))
    assert np.array_equal(a, b)  # scopecli itself is deterministic
    sess = first.session()
    t = first.random_normal([4])
    assert not np.array_equal(sess.run(t), sess.run(t))  # each run draws again, as in TF


def test_random_initial_values_are_marked() -> None:
    result = run("import tensorflow as tf\n"
                 "w = tf.get_variable('w', [3, 3])\n"
                 "b = tf.get_variable('b', [3], initializer=tf.zeros_initializer())\n")
    variables = {v.name: v for v in result.state.graph.variables}
    assert variables["w:0"].random_init and not variables["b:0"].random_init


# -- dtypes and sessions -------------------------------------------------------------------------

def test_results_keep_tf_dtypes() -> None:
    tf = TF()
    sess = tf.session()
    assert sess.run(tf.add(1, 2)).dtype == np.int32
    assert sess.run(tf.divide(tf.constant(7), 2)).dtype == np.float64
    assert sess.run(tf.reduce_mean(tf.constant([-3, -4]))) == -3  # truncation toward zero
    assert sess.run(tf.cast(tf.constant([-1.7, 2.9]), tf.int32)).tolist() == [-1, 2]


def test_int32_plus_float32_fails_while_building() -> None:
    tf = TF()
    with pytest.raises(ScenarioError) as raised:
        tf.add(tf.constant(1), tf.constant(1.0))
    assert raised.value.type_name == "TypeError"
    assert "does not match type int32" in str(raised.value)


def test_each_session_has_its_own_variable_values() -> None:
    tf = TF()
    v = tf.Variable(1, name="v")
    first = tf.session()
    first.run(v.initializer_op)
    assert first.run(v) == 1
    with pytest.raises(ScenarioError) as raised:
        tf.session().run(v)
    assert raised.value.type_name == "FailedPreconditionError"
    assert str(raised.value).splitlines()[0] == "Graph execution error:"


def test_runtime_error_names_the_node_and_where_it_was_made() -> None:
    result = run("import tensorflow as tf\n"
                 "x = tf.placeholder(tf.float32, [None], name='x')\n"
                 "y = x * 2\n"
                 "tf.Session().run(y)\n")
    message = str(result.error)
    assert result.error.type_name == "InvalidArgumentError"
    assert "Detected at node 'x' defined at (most recent call last):" in message
    assert 'File "case.py", line 2, in <module>' in message
    assert "You must feed a value for placeholder tensor 'x' with dtype float and shape [?]" in message


def test_closed_interactive_session_is_no_longer_default() -> None:
    result = run("import tensorflow as tf\n"
                 "s = tf.InteractiveSession()\n"
                 "t = tf.constant(3)\n"
                 "print(t.eval())\n"
                 "s.close()\n"
                 "t.eval()\n")
    assert result.stdout == "3\n"
    assert result.error.type_name == "ValueError" and "No default session" in str(result.error)


# -- values per (frame, iteration): what a while loop needs ---------------------------------------

def test_each_frame_and_iteration_keeps_its_own_values() -> None:
    from scopecli.evaluate.executor import ROOT, Executor

    tf = TF()
    x = tf.placeholder(tf.float32, [])
    y = tf.add(x, 1.0)
    session = tf.session()
    executor = Executor(session.values, session.ctx, {})
    for iteration, fed in enumerate((1.0, 5.0)):
        executor.feeds = {x: np.float32(fed)}
        memo = executor.frames.memo(("while", iteration))
        assert executor.run(y.op, memo, ("while", iteration))[0] == fed + 1.0
    assert executor.frames.value(y.op, 0, ("while", 0)) == 2.0
    assert executor.frames.value(y.op, 0, ("while", 1)) == 6.0
    assert executor.frames.memo(ROOT) == {}  # the root frame computed nothing
    root_memo: dict[Any, Any] = {}
    executor.run(y.op, root_memo)  # today's callers pass the root frame's memo
    assert executor.frames.memo(ROOT) is root_memo and root_memo[y.op][0] == 6.0
