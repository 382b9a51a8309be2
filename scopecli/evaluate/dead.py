"""Dead values of TF1 control flow: the untaken output of a Switch, and the test for an op that
did not run. Shared by the executor and the while-loop runner (while_frames.py) without either
importing the other at module level.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation


class _Dead:
    """The untaken output of a Switch (TF1 control flow): ops fed by it do not run, Merge skips it."""

    def __repr__(self) -> str:
        return "<dead>"


DEAD = _Dead()
# The outputs of a dead op that has none (a NoOp in an untaken branch): its control edges are dead.
_DEAD_NO_OUTPUTS: list[Any] = []


def _is_dead(outputs: list[Any]) -> bool:
    """Whether an op did not run: it has no live output (a Switch with one live output ran)."""
    if outputs is _DEAD_NO_OUTPUTS:
        return True
    return bool(outputs) and all(value is DEAD for value in outputs)


def _dead(op: Operation) -> list[Any]:
    return [DEAD] * len(op._outputs) if op._outputs else _DEAD_NO_OUTPUTS
