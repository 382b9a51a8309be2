"""tf.train.latest_checkpoint and get_checkpoint_state (checkpoint_management.py): scopecli reads
no directories, so both answer with the checkpoint given on the command line (--checkpoint), or
None as TF does for a directory without a `checkpoint` file."""

from __future__ import annotations

from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.train import checkpoint_source as source
from scopecli.model import Exposed, attribute

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


@tf_export("train.latest_checkpoint", label=False)
def latest_checkpoint(state: TFState, checkpoint_dir: Any, latest_filename: Any = None) -> str | None:
    """checkpoint_management.latest_checkpoint: the --checkpoint prefix, else None (a missing
    directory in TF)."""
    checkpoint = source.opened(state)
    if checkpoint is None:
        source.note_missing(state, "tf.train.latest_checkpoint / get_checkpoint_state")
        return None
    source.check_names_same(state, checkpoint_dir, "tf.train.latest_checkpoint")
    return checkpoint.prefix


class CheckpointState(Exposed):
    """The CheckpointState proto get_checkpoint_state returns: the --checkpoint prefix as latest."""

    TYPE_NAME = "CheckpointState"

    def __init__(self, prefix: str):
        self._prefix = prefix

    @attribute
    def model_checkpoint_path(self) -> str:
        return self._prefix

    @attribute
    def all_model_checkpoint_paths(self) -> list[str]:
        return [self._prefix]

    def __repr__(self) -> str:
        return f'model_checkpoint_path: "{self._prefix}"\nall_model_checkpoint_paths: "{self._prefix}"\n'


@tf_export("train.get_checkpoint_state", label=False)
def get_checkpoint_state(state: TFState, checkpoint_dir: Any, latest_filename: Any = None) -> Any:
    """checkpoint_management.get_checkpoint_state: None without --checkpoint (TF's answer for a
    directory with no `checkpoint` file)."""
    prefix = latest_checkpoint(state, checkpoint_dir, latest_filename)
    return None if prefix is None else CheckpointState(prefix)
