"""tf.sets.difference (sets_impl.set_difference) of two dense tensors: the
DenseToDenseSetOperation op, whose result is a SparseTensor of each row's remaining values, and
its shape function (set_ops.cc). weights_broadcast_ops builds it for a runtime check of loss
weights. Sparse operands (DenseToSparse/SparseToSparse) are not built yet."""

from __future__ import annotations

from scopecli.engine.framework.registry import not_differentiable, shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState

not_differentiable("DenseToDenseSetOperation")

_VALID = ("int8", "int16", "int32", "int64", "uint8", "uint16", "string")


@shape_fn("DenseToDenseSetOperation")
def _dense_set_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """Both operands of rank >= 2 (the same rank when known): indices [?, rank], values [?],
    shape [rank]."""
    from scopecli.engine.framework.op_def_library import shape_error

    ranks = [t._shape.ndims for t in inputs]
    for rank in ranks:
        if rank is not None and rank < 2:
            raise shape_error(f"Shape must be at least rank 2 but is rank {rank}", node,
                              "DenseToDenseSetOperation", attrs, inputs)
    if ranks[0] is not None and ranks[1] is not None and ranks[0] != ranks[1]:
        raise shape_error(f"Shape must be rank {ranks[0]} but is rank {ranks[1]}", node,
                          "DenseToDenseSetOperation", attrs, inputs)
    rank = ranks[0] if ranks[0] is not None else ranks[1]
    return [TensorShape.known((None, rank)), TensorShape.known((None,)), TensorShape.known((rank,))]


@tf_export("sets.difference", "sets.set_difference", label=False)
def set_difference(state: TFState, a: Any, b: Any, aminusb: bool = True,
                   validate_indices: bool = True) -> Any:
    """sets_impl.set_difference of dense operands: one DenseToDenseSetOperation ("a-b" or "b-a")."""
    from scopecli.engine.framework.op_def_library import apply_op
    from scopecli.engine.framework.sparse_tensor import SparseTensor
    from scopecli.engine.ops_core import convert_to_tensor
    from scopecli.errors import InputError, tf_type_error

    if isinstance(a, SparseTensor) or isinstance(b, SparseTensor):
        raise InputError("tf.sets of a SparseTensor is not supported by scopecli yet")
    a = convert_to_tensor(state, a, name="a")
    if a._dtype.base_dtype.name not in _VALID:
        valid = ", ".join(f"tf.{name}" for name in _VALID)
        raise tf_type_error(f"'a' has invalid dtype `{a._dtype!r}` not in supported dtypes: "
                            f"`frozenset({{{valid}}})`.")
    b = convert_to_tensor(state, b, name="b")
    if b._dtype.base_dtype != a._dtype.base_dtype:
        raise tf_type_error(f"Types don't match, {a._dtype!r} vs {b._dtype!r}.")
    op = apply_op(state, "DenseToDenseSetOperation", None, set1=a, set2=b,
                  set_operation="a-b" if aminusb else "b-a", validate_indices=validate_indices)
    return SparseTensor(state, op._outputs[0], op._outputs[1], op._outputs[2])
