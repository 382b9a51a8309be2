"""Runtime.freeze_young_objects: in the command line's process the graph's objects are frozen in
batches of ops (out of the cyclic collector's reach), never when many other young objects are
about, and never in a library caller's process. Counted with a stand-in for gc.freeze."""

from __future__ import annotations

import gc
from typing import Any

import pytest

import scopecli
from scopecli import runtime as runtime_module
from scopecli.engine.framework.state import TFState
from scopecli.engine.ops_core import constant
from scopecli.runtime import OPS_PER_FREEZE, YOUNG_PER_OP, Runtime


@pytest.fixture
def freezes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    monkeypatch.setattr(runtime_module.gc, "freeze", lambda: calls.append(1))
    # no young collection in the middle of a test: the young count is what the policy reads
    threshold = gc.get_threshold()
    gc.set_threshold(10**7, threshold[1], threshold[2])
    yield calls
    gc.set_threshold(*threshold)


def _state(single_run: bool, monkeypatch: pytest.MonkeyPatch) -> TFState:
    monkeypatch.setattr(scopecli, "SINGLE_RUN_PROCESS", single_run)
    monkeypatch.setattr(scopecli, "FREEZE_GRAPHS", True)
    return TFState(Runtime("<gc>"))


def test_command_line_process_freezes_once_per_batch_of_ops(freezes: list[int],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    state = _state(True, monkeypatch)
    for i in range(3 * OPS_PER_FREEZE):
        constant(state, float(i))
        if i % 8 == 0:
            gc.collect(0)  # keeps the young count down to what the ops themselves leave
    assert len(freezes) == 3


def test_no_freeze_while_other_young_objects_abound(freezes: list[int],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    state = _state(True, monkeypatch)
    gc.collect(0)
    kept: list[Any] = [[i] for i in range(OPS_PER_FREEZE * YOUNG_PER_OP + 100)]  # young, tracked
    for i in range(OPS_PER_FREEZE):
        constant(state, float(i))
    assert freezes == []
    assert len(kept) > OPS_PER_FREEZE * YOUNG_PER_OP


def test_check_command_never_freezes(freezes: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    """`scopecli check` runs scenario after scenario in one process: a frozen graph of an earlier
    one (reference cycles) could never be collected."""
    _state(True, monkeypatch)  # the command line's process ...
    monkeypatch.setattr(scopecli, "FREEZE_GRAPHS", False)
    state = TFState(Runtime("<gc>"))  # ... running a scenario for `check`
    for i in range(2 * OPS_PER_FREEZE):
        constant(state, float(i))
    assert freezes == []


def test_check_command_turns_freezing_off(tmp_path: Any, freezes: list[int],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """While `check` runs, a command-line run of 3 batches of ops freezes no batch; after it the
    flag is as it was."""
    from click.testing import CliRunner

    from scopecli.cli import cli

    batches: list[int] = []
    monkeypatch.setattr(Runtime, "freeze_young_objects", lambda self: batches.append(1))
    monkeypatch.setattr(scopecli, "SINGLE_RUN_PROCESS", True)
    monkeypatch.setattr(scopecli, "FREEZE_GRAPHS", True)
    case = tmp_path / "c.py"
    case.write_text(f"import tensorflow as tf\nfor i in range({3 * OPS_PER_FREEZE}):\n    tf.constant(1.0)\n",
                    encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(case)])
    assert result.exit_code == 0, result.output
    assert batches == []
    assert scopecli.FREEZE_GRAPHS is True


def test_library_process_never_freezes(freezes: list[int], monkeypatch: pytest.MonkeyPatch) -> None:
    state = _state(False, monkeypatch)
    for i in range(2 * OPS_PER_FREEZE):
        constant(state, float(i))
    assert freezes == []
