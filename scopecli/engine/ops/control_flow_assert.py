"""tf.Assert (control_flow_assert.py): an Assert op, guarded by a tf.cond (`AssertGuard`)
unless every data tensor is a string or int32 (those TF assumes are on the host already)."""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.registry import not_differentiable, register_shape
from scopecli.engine.framework.tf_export import tf_export

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation
    from scopecli.engine.framework.state import TFState

register_shape("Assert", lambda name, inputs, attrs: [])
not_differentiable("Assert")


def _assert_op(state: TFState, condition: Any, data: Any, summarize: Any) -> Operation:
    """gen_logging_ops._assert, named "Assert" (its Python data become `data_<i>` Consts)."""
    from scopecli.engine.framework.op_def_library import apply_op

    return apply_op(state, "Assert", "Assert", condition=condition, data=list(data), summarize=summarize)


@tf_export("debugging.Assert", "Assert")
def Assert(state: TFState, condition: Any, data: Any, summarize: Any = None,  # noqa: N802 - TF's name
           name: Any = None) -> Operation:
    """control_flow_assert.Assert (graph mode): the Assert op, or the Merge of its AssertGuard."""
    from scopecli.engine.ops.cond import build_cond
    from scopecli.engine.ops.control_flow_ops import _no_op
    from scopecli.engine.ops_core import convert_to_tensor

    with name_scope(state, name, "Assert", [condition, data]):
        xs = [convert_to_tensor(state, value) for value in data]  # ops.convert_n_to_tensor
        if all(x._dtype.base_dtype in (dtypes.string, dtypes.int32) for x in xs):
            return _assert_op(state, condition, data, summarize)
        condition = convert_to_tensor(state, condition, name="Condition")
        guarded = build_cond(state, condition, lambda: _no_op(state, None),
                             lambda: _assert_op(state, condition, data, summarize), False, "AssertGuard")
        return guarded._op
