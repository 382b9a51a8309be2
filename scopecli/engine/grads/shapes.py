"""Shape functions of the op types only gradient functions build (array_ops.cc, math_ops.cc,
nn_ops.cc): the cwise `*Grad` ops merge their two inputs, BroadcastGradientArgs gives two
vectors, SelectV2 broadcasts three shapes, BiasAddGrad the channel count, Unpack drops an axis."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scopecli.engine.framework.op_def_library import shape_error
from scopecli.engine.framework.registry import register_shape, shape_fn
from scopecli.engine.ops.nn_ops import _merge_both_inputs
from scopecli.engine.shape_fns import broadcast_shapes
from scopecli.engine.shapes import TensorShape

if TYPE_CHECKING:
    from scopecli.engine.graph import Tensor

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


@shape_fn("SelectV2")
def _select_v2(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    shape: Any = inputs[1]._shape
    for other in (inputs[2]._shape, inputs[0]._shape):
        shape = broadcast_shapes(shape, other)
        if isinstance(shape, tuple):
            raise shape_error(f"Dimensions must be equal, but are {shape[0]} and {shape[1]}", name,
                              "SelectV2", attrs, inputs)
    return [shape]


@shape_fn("BiasAddGrad")
def _bias_add_grad(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    dims = inputs[0]._shape.dims_
    if dims is None:
        return [TensorShape.known((None,))]
    if len(dims) < 2:
        raise shape_error(f"Shape must be at least rank 2 but is rank {len(dims)}", name, "BiasAddGrad",
                          attrs, inputs)
    return [TensorShape.known((dims[-1],))]


@shape_fn("InvertPermutation")
def _invert_permutation(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    dims = inputs[0]._shape.dims_
    if dims is not None and len(dims) != 1:
        raise shape_error(f"Shape must be rank 1 but is rank {len(dims)}", name, "InvertPermutation", attrs,
                          inputs)
    return [inputs[0]._shape if dims is not None else TensorShape.known((None,))]


@shape_fn("Unpack")
def _unpack(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    num, axis = attrs["num"], attrs["axis"]
    dims = inputs[0]._shape.dims_
    if dims is None:
        return [TensorShape(None)] * num
    rank = len(dims)
    if not -rank <= axis < rank:
        raise shape_error(f"Invalid axis: {axis}; must be in [{-rank},{rank})", name, "Unpack", attrs, inputs)
    axis = axis + rank if axis < 0 else axis
    if dims[axis] is not None and dims[axis] != num:
        raise shape_error(f"Dimension must be {num} but is {dims[axis]}", name, "Unpack", attrs, inputs)
    return [TensorShape.known(tuple(dims[:axis] + dims[axis + 1:]))] * num


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


@shape_fn("ShapeN")
def _shape_n(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    return [TensorShape.known((None if t._shape.dims_ is None else len(t._shape.dims_),)) for t in inputs]


@shape_fn("Slice")
def _slice(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """SliceShapeFn with known begin and size: size, or dim - begin where size is -1."""
    source, begin, size = inputs
    dims = source._shape.dims_
    if begin._op._type == "Const" and size._op._type == "Const":
        starts = [int(v) for v in begin._op.attrs["value"].reshape(-1)]
        sizes = [int(v) for v in size._op.attrs["value"].reshape(-1)]
        out = [(None if dims is None or dims[i] is None else dims[i] - b) if s == -1 else s
               for i, (b, s) in enumerate(zip(starts, sizes, strict=True))]
        return [TensorShape.known(tuple(out))]
    length = size._shape.dims_
    if length is not None and len(length) == 1 and length[0] is not None:
        return [TensorShape.known((None,) * length[0])]
    return [TensorShape(None) if dims is None else TensorShape.known((None,) * len(dims))]


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


@shape_fn("BroadcastTo")
def _broadcast_to(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """The `shape` input's value when it is a Const or a Shape op's input shape, else its rank."""
    shape = inputs[1]
    if shape._op._type == "Const":
        return [TensorShape.known(tuple(int(d) for d in shape._op.attrs["value"].reshape(-1)))]
    if shape._op._type == "Shape":
        return [shape._op._inputs[0]._shape]
    dims = shape._shape.dims_
    if dims is not None and len(dims) == 1 and dims[0] is not None:
        return [TensorShape.known((None,) * dims[0])]
    return [TensorShape(None)]
