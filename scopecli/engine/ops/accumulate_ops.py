"""tf.accumulate_n (math_ops.accumulate_n in TF 2.x's v1 API): its input checks, then add_n, so
the graph holds one AddN (or the single input, named by an Identity when a name is given)."""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import tf_type_error, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


@tf_export("accumulate_n", "math.accumulate_n")
def accumulate_n(state: TFState, inputs: Any, shape: Any = None, tensor_dtype: Any = None,
                 name: Any = None) -> Tensor:
    """math_ops.accumulate_n: checks its inputs, then add_n (or the one input, named by identity)."""
    from scopecli.engine.framework.shapes import TensorShape, as_shape
    from scopecli.engine.ops.array_shape_ops import identity
    from scopecli.engine.ops.reduction_ops import add_n

    def input_error() -> Exception:
        return tf_value_error("inputs must be a list of at least one Tensor with the same dtype and shape")

    if not inputs or not isinstance(inputs, (list, tuple)):
        raise input_error()
    inputs = [convert_to_tensor(state, x) for x in inputs]
    if not all(x._dtype is inputs[0]._dtype for x in inputs):
        raise input_error()
    merged = TensorShape(None) if shape is None else as_shape(shape)
    for x in inputs:
        merged = merged.merge_with(x._shape)
    if tensor_dtype is not None and dtypes.as_dtype(tensor_dtype) is not inputs[0]._dtype:
        raise tf_type_error(f"The `tensor_dtype` argument is {tensor_dtype}, but `input` is of type "
                            f"{inputs[0]._dtype}. These must be equal. Try casting the input to the "
                            "desired type.")
    if len(inputs) == 1:
        return inputs[0] if name is None else identity(state, inputs[0], name=name)
    return add_n(state, inputs, name=name)
