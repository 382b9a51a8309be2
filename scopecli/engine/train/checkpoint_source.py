"""The one checkpoint a scenario may read: the `--checkpoint PATH` given on the command line.

Scenario code names checkpoint paths (`saver.restore(sess, "/data/model.ckpt")`), but scopecli
never opens a path from scenario code: every restore reads the command-line checkpoint, and a
note says so when the scenario named another. Without `--checkpoint`, restores fail as TF's do
for a missing checkpoint, with a note saying how to give one.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.checkpoint import Checkpoint
    from scopecli.engine.framework.state import TFState

HOW_TO_GIVE = ("scopecli reads checkpoints only from the command line: rerun with --checkpoint PATH "
               "(a checkpoint prefix, its .index file or its directory)")


def given(state: TFState) -> str | None:
    """The path given with --checkpoint, if any."""
    return getattr(state.runtime.limits, "checkpoint", None)


def opened(state: TFState) -> Checkpoint | None:
    """The command-line checkpoint, opened once per run (None without --checkpoint)."""
    path = given(state)
    if path is None:
        return None
    cache: dict[str, Any] = state.runtime.__dict__.setdefault("_checkpoints_opened", {})
    found = cache.get(path)
    if found is None:
        from scopecli.checkpoint import open_checkpoint

        found = cache[path] = open_checkpoint(path, max_bytes(state))
    return found


def max_bytes(state: TFState) -> int:
    """The largest checkpoint file a run reads: a quarter of its memory budget (the reader sizes
    its buffer by this bound before it reads)."""
    return state.runtime.limits.memory_mb << 18


def note(state: TFState, text: str) -> None:
    """Say `text` once on stderr (the run's notices)."""
    if text not in state.notices:
        state.notices.append(text)


def note_missing(state: TFState, what: str) -> None:
    note(state, f"{what}: no checkpoint was given; {HOW_TO_GIVE}")


def check_names_same(state: TFState, scenario_path: Any, what: str) -> None:
    """A note when the scenario's path names another checkpoint than the command line's."""
    checkpoint = opened(state)
    if checkpoint is None or not isinstance(scenario_path, str):
        return
    named = _parts(scenario_path)
    for candidate in (checkpoint.path, checkpoint.prefix, os.path.dirname(checkpoint.prefix)):
        parts = _parts(candidate)
        shorter = min(len(parts), len(named))
        # One path ends with the other ("ckpt/model.ckpt" and "/abs/run/ckpt/model.ckpt"): the same one.
        if shorter and parts[-shorter:] == named[-shorter:]:
            return
    note(state, f"{what}: the scenario names `{scenario_path}`; scopecli read the checkpoint given with "
                f"--checkpoint (`{checkpoint.path}`) instead (scenario paths are never opened)")


def _parts(path: str) -> list[str]:
    return [part for part in os.path.normpath(path).split(os.sep) if part not in ("", ".")]
