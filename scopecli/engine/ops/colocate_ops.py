"""tf.colocate_with (ops.colocate_with, graph mode): new ops join the given op's colocation
group and take its device (engine/framework/colocation.py)."""

from __future__ import annotations

from scopecli.engine.framework.tf_export import tf_export

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.context_manager import ContextManager
    from scopecli.engine.framework.state import TFState


@tf_export("colocate_with", label=False)
def colocate_with(state: TFState, op: Any, ignore_existing: bool = False) -> ContextManager:
    return state.graph.colocate_with(op, ignore_existing)
