"""tf.tables_initializer (TF's ops/lookup_ops.py): the group of the graph's TABLE_INITIALIZERS,
a plain NoOp `init_all_tables` while scopecli builds no lookup tables."""

from __future__ import annotations

from scopecli.engine.framework.tf_export import tf_export

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState
    from scopecli.engine.ops_core import Operation

TABLE_INITIALIZERS = "table_initializer"


@tf_export("tables_initializer", "initialize_all_tables")
def tables_initializer(state: TFState, name: Any = "init_all_tables") -> Operation:
    """control_flow_ops.group(*initializers, name=name), or no_op(name) when there are none."""
    from scopecli.engine.ops import control_flow_ops as cf

    initializers = state.graph.get_collection(TABLE_INITIALIZERS)
    if initializers:
        return cf.group(state, *initializers, name=name)
    return cf.no_op(state, name=name)
