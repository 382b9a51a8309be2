"""tf.assign, tf.assign_add and tf.assign_sub (TF's state_ops): an Assign/AssignAdd/AssignSub op
on a variable's ref, made by the variable module's assign_op; a graph tensor has no `assign`.
"""

from __future__ import annotations

from scopecli.engine.framework.graph import Tensor
from scopecli.engine.framework.tf_export import tf_export
from scopecli.errors import ScenarioError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


def _update(
    state: TFState,
    op_type: str,
    method: str,
    ref: Any,
    value: Any,
    validate_shape: bool,
    use_locking: Any,
    name: Any,
) -> Tensor:
    from scopecli.engine.ops.variables import Variable, assign_op

    if not isinstance(ref, Variable):
        # state_ops falls back to `ref.assign(...)`, which a graph tensor does not have.
        kind = "SymbolicTensor" if isinstance(ref, Tensor) else type(ref).__name__
        raise ScenarioError("AttributeError", f"'{kind}' object has no attribute '{method}'")
    # None leaves use_locking to the OpDef's default (Variable.assign passes False).
    op = assign_op(state, op_type, ref.variable_op._outputs[0], value, name, validate_shape,
                   use_locking=use_locking)
    op.variable = ref
    return op._outputs[0]


@tf_export("assign")
def assign(
    state: TFState,
    ref: Any,
    value: Any,
    validate_shape: Any = None,
    use_locking: Any = None,
    name: Any = None,
) -> Tensor:
    check = True if validate_shape is None else bool(validate_shape)
    return _update(state, "Assign", "assign", ref, value, check, use_locking, name)


@tf_export("assign_add")
def assign_add(state: TFState, ref: Any, value: Any, use_locking: Any = None, name: Any = None) -> Tensor:
    return _update(state, "AssignAdd", "assign_add", ref, value, True, use_locking, name)


@tf_export("assign_sub")
def assign_sub(state: TFState, ref: Any, value: Any, use_locking: Any = None, name: Any = None) -> Tensor:
    return _update(state, "AssignSub", "assign_sub", ref, value, True, use_locking, name)
