"""The SaverDef proto Saver.as_saver_def() returns (saver.proto): the names of the saver's
filename tensor, save tensor and restore op, and its settings."""

from __future__ import annotations

from scopecli.model import Exposed, attribute

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


class SaverDef(Exposed):
    """saver_pb2.SaverDef of a built Saver (version 2: V2 checkpoints)."""

    TYPE_NAME = "SaverDef"

    def __init__(self, filename: Any, save: Any, restore: Any, max_to_keep: Any, sharded: bool,
                 keep_hours: float):
        self.names = (filename.name if filename is not None else "", save.name if save is not None else "",
                      restore.name if restore is not None else "")
        self.max_to_keep_, self.sharded_, self.keep_hours = max_to_keep, sharded, keep_hours

    @attribute
    def filename_tensor_name(self) -> str:
        return self.names[0]

    @attribute
    def save_tensor_name(self) -> str:
        return self.names[1]

    @attribute
    def restore_op_name(self) -> str:
        return self.names[2]

    @attribute
    def max_to_keep(self) -> Any:
        return self.max_to_keep_

    @attribute
    def sharded(self) -> bool:
        return self.sharded_

    @attribute
    def keep_checkpoint_every_n_hours(self) -> float:
        return self.keep_hours

    @attribute
    def version(self) -> int:
        return 2
