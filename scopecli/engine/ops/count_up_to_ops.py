"""tf.count_up_to / Variable.count_up_to (state_ops.count_up_to): a CountUpTo op on an integer
variable's ref that yields the value before incrementing it, and fails with OutOfRangeError once
the limit is reached; its shape function (state_ops.cc: a scalar ref, a scalar output)."""

from __future__ import annotations

from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import shape_fn
from scopecli.engine.framework.shapes import SCALAR, TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.errors import ScenarioError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


@shape_fn("CountUpTo")
def _count_up_to_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    dims = inputs[0]._shape.dims_
    if dims is not None and len(dims) != 0:
        raise shape_error(f"Shape must be rank 0 but is rank {len(dims)}", node, "CountUpTo", attrs, inputs)
    return [SCALAR]


@tf_export("count_up_to")
def count_up_to(state: TFState, ref: Any, limit: Any, name: Any = None) -> Tensor:
    """state_ops.count_up_to: on a (ref) variable, its ref; a graph tensor has no count_up_to."""
    if getattr(ref, "variable_op", None) is None or getattr(ref.variable_op, "_type", "") != "VariableV2":
        kind = "SymbolicTensor" if hasattr(ref, "_op") else type(ref).__name__
        raise ScenarioError("AttributeError", f"'{kind}' object has no attribute 'count_up_to'")
    return variable_count_up_to(state, ref, limit, name)


def variable_count_up_to(state: TFState, variable: Any, limit: Any, name: Any = None) -> Tensor:
    """RefVariable.count_up_to: gen_state_ops.count_up_to(self._variable, limit)."""
    return apply_op(state, "CountUpTo", name, ref=variable.variable_op._outputs[0], limit=limit)._outputs[0]
