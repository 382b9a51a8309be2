"""tf.scatter_update / scatter_add / scatter_sub (TF's state_ops): rows of a variable replaced,
added to or subtracted from in place (the DQN/replay and embedding-update idiom), with the
ScatterUpdate op's shape function (state_ops.cc ScatterUpdateShape) and its kernel."""

from __future__ import annotations

from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.errors import InputError, ScenarioError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


@shape_fn("ScatterUpdate")
def _scatter_update_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """The variable's shape; updates must be indices.shape + var.shape[1:] (or a scalar)."""
    from scopecli.engine.framework.common_shapes import merge_error

    var, indices, updates = (t._shape for t in inputs)
    if var.dims_ is not None and indices.dims_ is not None and updates.dims_ is not None and updates.dims_:
        wanted = TensorShape.known((*indices.dims_, *var.dims_[1:]))
        if not updates.is_compatible_with(wanted):
            raise shape_error(merge_error(updates, wanted), node, "ScatterUpdate", attrs, inputs)
    return [var]


def _scatter(state: TFState, op_type: str, ref: Any, indices: Any, updates: Any, use_locking: Any,
             name: Any) -> Tensor:
    from scopecli.engine.ops.resource_variable_ops import ResourceVariable
    from scopecli.engine.ops.variables import Variable

    if isinstance(ref, ResourceVariable):
        raise InputError(f"tf.{_NAMES[op_type]} of a resource variable (ResourceScatter*) is not supported "
                         "by scopecli yet")
    if not isinstance(ref, Variable):
        # state_ops reads `ref.dtype._is_ref_dtype`, then calls `ref._lazy_read`, which a tensor lacks
        kind = "SymbolicTensor" if hasattr(ref, "_op") else type(ref).__name__
        raise ScenarioError("AttributeError", f"'{kind}' object has no attribute '_lazy_read'")
    op = apply_op(state, op_type, name, ref=ref.variable_op._outputs[0], indices=indices, updates=updates,
                  use_locking=use_locking)
    return op._outputs[0]


_NAMES = {"ScatterUpdate": "scatter_update", "ScatterAdd": "scatter_add", "ScatterSub": "scatter_sub"}


@tf_export("scatter_update")
def scatter_update(state: TFState, ref: Any, indices: Any, updates: Any, use_locking: Any = True,
                   name: Any = None) -> Tensor:
    return _scatter(state, "ScatterUpdate", ref, indices, updates, use_locking, name)


@tf_export("scatter_add")
def scatter_add(state: TFState, ref: Any, indices: Any, updates: Any, use_locking: Any = False,
                name: Any = None) -> Tensor:
    return _scatter(state, "ScatterAdd", ref, indices, updates, use_locking, name)


@tf_export("scatter_sub")
def scatter_sub(state: TFState, ref: Any, indices: Any, updates: Any, use_locking: Any = False,
                name: Any = None) -> Tensor:
    return _scatter(state, "ScatterSub", ref, indices, updates, use_locking, name)
