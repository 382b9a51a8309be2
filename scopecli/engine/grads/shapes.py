"""Shape functions of the op types only gradient functions build (array_ops.cc, math_ops.cc,
nn_ops.cc): the cwise `*Grad` ops merge their two inputs, BroadcastGradientArgs gives two
vectors, SelectV2 broadcasts three shapes, BiasAddGrad the channel count, Unpack drops an axis."""

from __future__ import annotations

from scopecli.engine.framework.op_def_library import shape_error
from scopecli.engine.framework.registry import register_shape, shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.ops.nn_ops import _merge_both_inputs

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor

for _op_type in ("TanhGrad", "SigmoidGrad", "SqrtGrad", "RsqrtGrad", "ReciprocalGrad", "EluGrad", "SeluGrad",
                 "SoftsignGrad", "LeakyReluGrad"):
    register_shape(_op_type, _merge_both_inputs(_op_type))


@shape_fn("BroadcastGradientArgs")
def _broadcast_gradient_args(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    for t in inputs:
        dims = t._shape.dims_
        if dims is not None and len(dims) != 1:
            raise shape_error(f"Shape must be rank 1 but is rank {len(dims)}", name, "BroadcastGradientArgs",
                              attrs, inputs)
    return [TensorShape.known((None,)), TensorShape.known((None,))]


@shape_fn("BiasAddGrad")
def _bias_add_grad(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    dims = inputs[0]._shape.dims_
    if dims is None:
        return [TensorShape.known((None,))]
    if len(dims) < 2:
        raise shape_error(f"Shape must be at least rank 2 but is rank {len(dims)}", name, "BiasAddGrad",
                          attrs, inputs)
    # NCHW: the bias is the channel dimension, 1 (NCHW and NCDHW alike); else the last one.
    return [TensorShape.known((dims[1] if attrs.get("data_format") == "NCHW" else dims[-1],))]


@shape_fn("InvertPermutation")
def _invert_permutation(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    dims = inputs[0]._shape.dims_
    if dims is not None and len(dims) != 1:
        raise shape_error(f"Shape must be rank 1 but is rank {len(dims)}", name, "InvertPermutation", attrs,
                          inputs)
    return [inputs[0]._shape if dims is not None else TensorShape.known((None,))]


@shape_fn("StridedSliceGrad")
def _strided_slice_grad(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """The output has the shape the `shape` input holds (known when it is a Const)."""
    shape = inputs[0]
    if shape._op._type == "Const":
        return [TensorShape.known(tuple(int(d) for d in shape._op.attrs["value"].reshape(-1)))]
    dims = shape._shape.dims_
    if dims is not None and len(dims) == 1 and dims[0] is not None:
        return [TensorShape.known((None,) * dims[0])]
    return [TensorShape(None)]


@shape_fn("ConcatOffset")
def _concat_offset(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    return [t._shape for t in inputs[1:]]


@shape_fn("DynamicStitch")
def _dynamic_stitch(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """A vector per data element here (the gradients stitch shapes): [max index + 1] when every
    index is a Const, else [?]; the element shape after the indices' rank."""
    n = attrs["N"]
    indices, data = inputs[:n], inputs[n:]
    tail: tuple[int | None, ...] = ()
    first = data[0]._shape.dims_
    first_index = indices[0]._shape.dims_
    if first is not None and first_index is not None:
        tail = tuple(first[len(first_index):])
    if all(t._op._type == "Const" for t in indices):
        top = max((int(v) for t in indices for v in t._op.attrs["value"].reshape(-1)), default=-1)
        return [TensorShape.known((top + 1, *tail))]
    return [TensorShape.known((None, *tail))]

