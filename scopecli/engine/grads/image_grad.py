"""The gradients of the resize ops (TF's image_grad.py) and of ClipByValue (clip_ops.py):
ResizeNearestNeighborGrad on the image's static height and width (else a Shape slice),
ResizeBilinearGrad on the original image; ClipByValue's masks and BroadcastGradientArgs sums."""

from __future__ import annotations

from scopecli.engine import gen
from scopecli.engine.framework.registry import gradient, not_differentiable

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState


@gradient("ResizeNearestNeighbor")
def _resize_nearest_neighbor_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    from scopecli.engine.ops.array_shape_ops import shape

    dims = op._inputs[0]._shape.dims_
    if dims is not None and None not in dims[1:3]:
        # image.get_shape()[1:3], a TensorShape: the op converts it (its Const `size` in its scope)
        image_shape: Any = list(dims[1:3])
    else:
        image_shape = shape(state, op._inputs[0])[1:3]
    grads = gen.op("ResizeNearestNeighborGrad")(
        state, grad, image_shape, align_corners=op.attrs["align_corners"],
        half_pixel_centers=op.attrs["half_pixel_centers"])
    return [grads, None]


@gradient("ResizeBilinear")
def _resize_bilinear_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    grad0 = gen.op("ResizeBilinearGrad")(state, grad, op._inputs[0], align_corners=op.attrs["align_corners"],
                                         half_pixel_centers=op.attrs["half_pixel_centers"])
    return [grad0, None]


not_differentiable("ResizeBilinearGrad")


@gradient("ResizeBicubic")
def _resize_bicubic_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    """image_grad._ResizeBicubicGrad: ResizeBicubicGrad for float32/float64 images only."""
    if op._inputs[0]._dtype.base_dtype.name not in ("float32", "float64"):
        return [None, None]
    grad0 = gen.op("ResizeBicubicGrad")(state, grad, op._inputs[0], align_corners=op.attrs["align_corners"],
                                        half_pixel_centers=op.attrs["half_pixel_centers"])
    return [grad0, None]


@gradient("ClipByValue")
def _clip_by_value_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    from scopecli.engine.ops import array_fill_ops as fill_ops
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import logical_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import reduction_ops as red

    x, y, z = op._inputs
    sx, sy, sz = (shape_ops.shape(state, t) for t in (x, y, z))
    gradshape = shape_ops.shape(state, grad)
    zeros = fill_ops.zeros(state, gradshape, grad._dtype)
    xymask = m.less(state, x, y)
    xzmask = m.greater(state, x, z)
    _, ry = gen.op("BroadcastGradientArgs")(state, sx, sy)
    _, rz = gen.op("BroadcastGradientArgs")(state, sx, sz)
    xgrad = join.where(state, logical_ops.logical_or(state, xymask, xzmask), zeros, grad)
    ygrad = join.where(state, xymask, grad, zeros)
    zgrad = join.where(state, xzmask, grad, zeros)
    gy = shape_ops.reshape(state, red.reduce_sum(state, ygrad, ry), sy)
    gz = shape_ops.reshape(state, red.reduce_sum(state, zgrad, rz), sz)
    return [xgrad, gy, gz]


@gradient("CropAndResize")
def _crop_and_resize_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    """image_grad._CropAndResizeGrad: the image's gradient for float images only (its static
    shape, else a Shape), the boxes' always."""
    from scopecli.engine.ops.array_shape_ops import shape

    image = op._inputs[0]
    dims = image._shape.dims_
    image_shape: Any = list(dims) if dims is not None and None not in dims else shape(state, image)
    grad0 = None
    if image._dtype.base_dtype.name in ("float16", "float32", "float64"):
        grad0 = gen.op("CropAndResizeGradImage")(state, grad, op._inputs[1], op._inputs[2], image_shape,
                                                 T=op.attrs["T"], method=op.attrs["method"])
    grad1 = gen.op("CropAndResizeGradBoxes")(state, grad, op._inputs[0], op._inputs[1], op._inputs[2])
    return [grad0, grad1, None, None]
