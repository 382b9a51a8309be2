"""tf.image.psnr (image_ops_impl.psnr): the peak signal-to-noise ratio of two image batches, in
float32, returned through an Identity that waits on _verify_compatible_image_shapes' Asserts."""

from __future__ import annotations

import math

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.shapes import TensorShape
    from scopecli.engine.framework.state import TFState


def _at_least_rank_3(shape: TensorShape) -> list[int | None] | None:
    """TensorShape.with_rank_at_least(3): the dims (None when the rank is unknown)."""
    dims = shape.dims_
    if dims is not None and len(dims) < 3:
        raise tf_value_error(f"Shape {shape} must have rank at least 3")
    return None if dims is None else list(dims)


def verify_compatible_image_shapes(state: TFState, img1: Tensor, img2: Tensor) -> list[Operation]:
    """image_ops_impl._verify_compatible_image_shapes: static checks of the last three dims and
    the broadcastable batch dims, then two Asserts on the runtime shapes (ShapeN)."""
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import reduction_ops as red
    from scopecli.engine.ops.control_flow_assert import Assert
    from scopecli.engine.ops.manip_ops import shape_n
    from scopecli.engine.ops.tensor_getitem_override import getitem

    dims1, dims2 = _at_least_rank_3(img1._shape), _at_least_rank_3(img2._shape)
    if dims1 is not None and dims2 is not None:
        for a, b in zip(dims1[-3:], dims2[-3:], strict=True):
            if a is not None and b is not None and a != b:  # shape1[-3:].assert_is_compatible_with
                raise tf_value_error(f"Shapes {_text(dims1[-3:])} and {_text(dims2[-3:])} are incompatible")
        for a, b in zip(reversed(dims1[:-3]), reversed(dims2[:-3]), strict=False):
            if not (a == 1 or b == 1 or a is None or b is None or a == b):
                raise tf_value_error(f"Two images are not compatible: {img1._shape} and {img2._shape}")
    shape1, shape2 = shape_n(state, [img1, img2])
    checks = [
        Assert(state, m.greater_equal(state, shape_ops.size(state, shape1), 3), [shape1, shape2],
               summarize=10),
        Assert(state, red.reduce_all(state, m.equal(state, getitem(shape1, slice(-3, None)),
                                                    getitem(shape2, slice(-3, None)))),
               [shape1, shape2], summarize=10),
    ]
    return checks


def _text(dims: list[int | None]) -> str:
    from scopecli.engine.framework.shapes import TensorShape

    return str(TensorShape.known(tuple(dims)))


@tf_export("image.psnr")
def psnr(state: TFState, a: Any, b: Any, max_val: Any, name: Any = None) -> Tensor:
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import reduction_ops as red
    from scopecli.engine.ops.control_flow_ops import controlled_in
    from scopecli.engine.ops.image_ops import convert_image_dtype
    from scopecli.engine.ops.losses import squared_difference
    from scopecli.engine.ops.math_unary_ops import log

    with name_scope(state, name, "PSNR", [a, b]):
        a, b = convert_to_tensor(state, a), convert_to_tensor(state, b)
        # the images are compared in float32, so max_val is scaled the same way
        max_val = m.cast(state, max_val, a._dtype)
        max_val = convert_image_dtype(state, max_val, dtypes.float32)
        a = convert_image_dtype(state, a, dtypes.float32)
        b = convert_image_dtype(state, b, dtypes.float32)
        mse = red.reduce_mean(state, squared_difference(state, a, b), [-3, -2, -1])
        peak = m.operator_binary(state, "truediv", m.truediv,
                                 m.operator_reflected(state, "mul", m.multiply, log(state, max_val), 20),
                                 log(state, 10.0))
        # TF's np.float32(10 / np.log(10)) becomes the same float32 Const as this Python float
        noise = m.operator_reflected(state, "mul", m.multiply, log(state, mse), 10 / math.log(10))
        psnr_val = m.subtract(state, peak, noise, name="psnr")
        checks = verify_compatible_image_shapes(state, a, b)
        with controlled_in(state.graph, checks):
            return shape_ops.identity(state, psnr_val)
