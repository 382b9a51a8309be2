"""Training helpers (global step, schedules, clipping, EMA, metrics): what conformance recordings
cannot show — explain's labels, the refusals of paths scopecli does not build, and the
control-dependency rule metrics rely on. Values and names are checked by the train-* cases."""

from __future__ import annotations

from pathlib import Path

from scopecli.load import load_scenario
from scopecli.run import RunResult, run_scenario


def _run(tmp_path: Path, code: str) -> RunResult:
    path = tmp_path / "case.py"
    path.write_text("import tensorflow as tf\n" + code)
    return run_scenario(load_scenario(str(path)))


def _apis(result: RunResult) -> dict[str, str]:
    return {op.name: op.api for op in result.state.graph.get_operations()}


def test_schedules_and_metrics_label_their_results_and_hide_their_arithmetic(tmp_path: Path) -> None:
    result = _run(tmp_path, "gs = tf.train.get_or_create_global_step()\n"
                            "lr = tf.train.exponential_decay(0.1, gs, 10, 0.5)\n"
                            "acc, up = tf.metrics.accuracy([1, 2], tf.constant([1, 0]))\n"
                            "c, n = tf.clip_by_global_norm([tf.constant([3.0, 4.0])], 1.0)\n")
    assert result.error is None, result.error
    apis = _apis(result)
    assert apis["ExponentialDecay"] == "tf.train.exponential_decay"
    assert apis["ExponentialDecay/truediv"] == ""  # built by `/` inside the schedule
    assert apis["accuracy/value"] == apis["accuracy/update_op"] == "tf.metrics.accuracy"
    assert apis["accuracy/Sum"] == ""
    assert apis["global_norm/global_norm"] == "tf.clip_by_global_norm"
    assert apis["clip_by_global_norm/clip_by_global_norm/_0"] == "tf.clip_by_global_norm"
    assert apis["clip_by_global_norm/truediv"] == ""


def test_ema_apply_is_labelled_and_its_updates_internal(tmp_path: Path) -> None:
    result = _run(tmp_path, "w = tf.Variable(1.0, name='w')\n"
                            "op = tf.train.ExponentialMovingAverage(0.9).apply([w])\n")
    assert result.error is None, result.error
    apis = _apis(result)
    assert apis["ExponentialMovingAverage"] == "tf.train.ExponentialMovingAverage.apply"
    assert apis["ExponentialMovingAverage/AssignMovingAvg/sub_1"] == ""


def test_count_update_depends_on_the_values_only(tmp_path: Path) -> None:
    """control_dependencies([values]) around the count's AssignAdd: that op alone gets it."""
    result = _run(tmp_path, "m, up = tf.metrics.mean(tf.constant([1.0, 2.0]) * 2.0)\n")
    assert result.error is None, result.error
    graph = result.state.graph
    assert [c.name for c in graph.get_operation_by_name("mean/AssignAdd_1").control_inputs] == ["mul"]
    assert graph.get_operation_by_name("mean/AssignAdd").control_inputs == []


def test_paths_needing_control_flow_are_refused_clearly(tmp_path: Path) -> None:
    # (polynomial_decay(cycle=True) is built now: train-tf-learning-rate-decay is its recorded case)
    for code in ("tf.metrics.precision([True], [True], weights=tf.placeholder(tf.float32))\n",):
        result = _run(tmp_path, code)
        assert result.error is not None and type(result.error).__name__ == "InputError", code
        assert "scopecli" in str(result.error)
