"""tf.train.Coordinator: the waits scenario code cannot make (no threads exist) are refused
clearly; the rest of its behaviour is recorded by the train-coordinator case."""

from __future__ import annotations

from pathlib import Path

from scopecli.errors import InputError, ScenarioError
from scopecli.load import load_scenario
from scopecli.run import RunResult, run_scenario


def _run(tmp_path: Path, code: str) -> RunResult:
    path = tmp_path / "case.py"
    path.write_text("import tensorflow as tf\n" + code)
    return run_scenario(load_scenario(str(path)))


def test_wait_for_stop_without_timeout_is_refused_instead_of_hanging(tmp_path: Path) -> None:
    result = _run(tmp_path, "coord = tf.train.Coordinator()\ncoord.wait_for_stop()\n")
    assert isinstance(result.error, InputError)
    assert "would wait forever" in result.error.message
    assert result.error.pos is not None and result.error.pos.line == 3


def test_wait_for_stop_returns_at_once_when_stopped(tmp_path: Path) -> None:
    result = _run(tmp_path, "coord = tf.train.Coordinator()\ncoord.request_stop()\n"
                            "print(coord.wait_for_stop())\n")
    assert result.error is None, result.error


def test_join_of_something_that_is_not_a_thread_is_an_attribute_error(tmp_path: Path) -> None:
    result = _run(tmp_path, "coord = tf.train.Coordinator()\ncoord.join([tf.constant(1)])\n")
    assert isinstance(result.error, ScenarioError)
    assert result.error.one_line() == "AttributeError: 'Tensor' object has no attribute 'is_alive'"
