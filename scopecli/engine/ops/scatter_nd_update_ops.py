"""The n-d scatter updates (state_ops.py, array_ops.py): `scatter_nd_update/add/sub` on a
reference variable (ScatterNdUpdate/Add/Sub; state_ops hands `name` positionally to the
gen function, where it lands in `bad_indices_policy`, so the op keeps its default name and a
given name fails when run, as in TF) and `tensor_scatter_nd_update/add/sub` (TensorScatter*,
v1 aliases `tensor_scatter_update/add/sub`); their shapes (ScatterNdShapeHelper)."""

from __future__ import annotations

from scopecli.engine.framework.name_scope import output
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.registry import register_shape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.errors import InputError, ScenarioError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


def _ref_scatter(state: TFState, op_type: str, ref: Any, indices: Any, updates: Any, use_locking: Any,
                 name: Any) -> Tensor:
    from scopecli.engine.ops.resource_variable_ops import ResourceVariable
    from scopecli.engine.ops.variables import Variable

    if isinstance(ref, ResourceVariable):
        raise InputError(f"{op_type} of a resource variable (ResourceScatterNd*) is not supported by "
                         "scopecli yet")
    if not isinstance(ref, Variable):
        kind = "SymbolicTensor" if hasattr(ref, "_op") else type(ref).__name__
        raise ScenarioError("AttributeError", f"'{kind}' object has no attribute '_lazy_read'")
    return output(apply_op(state, op_type, None, ref=ref.variable_op._outputs[0], indices=indices,
                           updates=updates, use_locking=use_locking,
                           bad_indices_policy="" if name is None else name))


@tf_export("scatter_nd_update")
def scatter_nd_update(state: TFState, ref: Any, indices: Any, updates: Any, use_locking: Any = True,
                      name: Any = None) -> Tensor:
    return _ref_scatter(state, "ScatterNdUpdate", ref, indices, updates, use_locking, name)


@tf_export("scatter_nd_add")
def scatter_nd_add(state: TFState, ref: Any, indices: Any, updates: Any, use_locking: Any = False,
                   name: Any = None) -> Tensor:
    return _ref_scatter(state, "ScatterNdAdd", ref, indices, updates, use_locking, name)


@tf_export("scatter_nd_sub")
def scatter_nd_sub(state: TFState, ref: Any, indices: Any, updates: Any, use_locking: Any = False,
                   name: Any = None) -> Tensor:
    return _ref_scatter(state, "ScatterNdSub", ref, indices, updates, use_locking, name)


def _tensor_scatter(state: TFState, op_type: str, tensor: Any, indices: Any, updates: Any,
                    name: Any) -> Tensor:
    return output(apply_op(state, op_type, name, tensor=tensor, indices=indices, updates=updates))


@tf_export("tensor_scatter_nd_update", "tensor_scatter_update")
def tensor_scatter_nd_update(state: TFState, tensor: Any, indices: Any, updates: Any,
                             name: Any = None) -> Tensor:
    return _tensor_scatter(state, "TensorScatterUpdate", tensor, indices, updates, name)


@tf_export("tensor_scatter_nd_add", "tensor_scatter_add")
def tensor_scatter_nd_add(state: TFState, tensor: Any, indices: Any, updates: Any,
                             name: Any = None) -> Tensor:
    return _tensor_scatter(state, "TensorScatterAdd", tensor, indices, updates, name)


@tf_export("tensor_scatter_nd_sub", "tensor_scatter_sub")
def tensor_scatter_nd_sub(state: TFState, tensor: Any, indices: Any, updates: Any,
                             name: Any = None) -> Tensor:
    return _tensor_scatter(state, "TensorScatterSub", tensor, indices, updates, name)


def _updated_shape(op_type: str) -> Any:
    def shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[Any]:
        """ScatterNdUpdateShape: the first input's shape, after ScatterNdShapeHelper's checks."""
        from scopecli.engine.ops.scatter_nd_ops import check_scatter_nd

        check_scatter_nd(node, inputs, attrs, inputs[0]._shape, op_type, (1, 2))
        return [inputs[0]._shape]

    return shape


# One statement per op type: a module whose top level only declares stays lazily imported.
register_shape("ScatterNdUpdate", _updated_shape("ScatterNdUpdate"))
register_shape("ScatterNdAdd", _updated_shape("ScatterNdAdd"))
register_shape("ScatterNdSub", _updated_shape("ScatterNdSub"))
register_shape("TensorScatterUpdate", _updated_shape("TensorScatterUpdate"))
register_shape("TensorScatterAdd", _updated_shape("TensorScatterAdd"))
register_shape("TensorScatterSub", _updated_shape("TensorScatterSub"))
