"""tf.nn.depth_to_space / space_to_depth (array_ops, the v1 signatures): the DepthToSpace and
SpaceToDepth ops that move `block_size x block_size` blocks between depth and space (ESPCN's
sub-pixel convolution), with TF's shape functions; each op's gradient is the other op."""

from __future__ import annotations

from scopecli.engine.framework.name_scope import output
from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import gradient, shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState


@tf_export("nn.depth_to_space", "depth_to_space")
def depth_to_space(state: TFState, input: Any, block_size: Any, name: Any = None,  # noqa: A002
                   data_format: str = "NHWC") -> Tensor:
    return output(apply_op(state, "DepthToSpace", name, input=input, block_size=block_size,
                           data_format=data_format))


@tf_export("nn.space_to_depth", "space_to_depth")
def space_to_depth(state: TFState, input: Any, block_size: Any, name: Any = None,  # noqa: A002
                   data_format: str = "NHWC") -> Tensor:
    return output(apply_op(state, "SpaceToDepth", name, input=input, block_size=block_size,
                           data_format=data_format))


def _layout(data_format: Any) -> tuple[int, int, int]:
    """(height, width, depth) axes of a rank-4 input (NCHW_VECT_C is not modelled)."""
    return (1, 2, 3) if data_format == "NHWC" else (2, 3, 1)


def _block_shape(op_type: str, node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """DepthToSpace/SpaceToDepth shape functions (array_ops.cc): rank 4; sizes must divide evenly
    (the depth by block_size**2, or the height and width by block_size)."""
    if attrs["data_format"] == "NCHW_VECT_C":
        raise tf_value_error(f"{op_type} with data_format NCHW_VECT_C is not supported by scopecli")
    dims = inputs[0]._shape.dims_
    if dims is None:
        return [TensorShape.known((None, None, None, None))]
    if len(dims) != 4:
        raise shape_error(f"Shape must be rank 4 but is rank {len(dims)}", node, op_type, attrs, inputs)
    block = int(attrs["block_size"])
    h, w, c = _layout(attrs["data_format"])
    out = list(dims)

    def divide(size: int | None, by: int) -> int | None:
        if size is not None and size % by:
            raise shape_error(f"Dimension size must be evenly divisible by {by} but is {size}", node, op_type,
                              attrs, inputs)
        return None if size is None else size // by

    def multiply(size: int | None, by: int) -> int | None:
        return None if size is None else size * by

    if op_type == "DepthToSpace":
        out[h], out[w] = multiply(dims[h], block), multiply(dims[w], block)
        out[c] = divide(dims[c], block * block)
    else:
        out[h], out[w] = divide(dims[h], block), divide(dims[w], block)
        out[c] = multiply(dims[c], block * block)
    return [TensorShape.known(tuple(out))]


@shape_fn("DepthToSpace")
def _depth_to_space_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    return _block_shape("DepthToSpace", node, inputs, attrs)


@shape_fn("SpaceToDepth")
def _space_to_depth_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    return _block_shape("SpaceToDepth", node, inputs, attrs)


@gradient("DepthToSpace")
def _depth_to_space_grad(state: TFState, op: Operation, grad: Tensor) -> Tensor:
    """array_grad._DepthToSpaceGrad: the opposite op."""
    return space_to_depth(state, grad, op.attrs["block_size"], data_format=op.attrs["data_format"])


@gradient("SpaceToDepth")
def _space_to_depth_grad(state: TFState, op: Operation, grad: Tensor) -> Tensor:
    """array_grad._SpaceToDepthGrad: the opposite op."""
    return depth_to_space(state, grad, op.attrs["block_size"], data_format=op.attrs["data_format"])
