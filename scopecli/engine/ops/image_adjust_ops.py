"""tf.random_crop (random_crop_ops.py) and tf.image's brightness and contrast adjustments
(image_ops_impl.py): an Assert-guarded Shape, a RandomUniformInt offset modulo the slack and a
Slice; `adjust_brightness` an Add, `adjust_contrast` one AdjustContrastv2 op, each between
convert_image_dtype conversions for images that are not float16/float32."""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.name_scope import name_scope, output
from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import register_shape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


@tf_export("random_crop", "image.random_crop")
def random_crop(state: TFState, value: Any, size: Any, seed: Any = None, name: Any = None) -> Tensor:
    """random_crop_ops.random_crop."""
    from scopecli.engine.ops import array_ops
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import reduction_ops as red
    from scopecli.engine.ops.cond_context import with_dependencies
    from scopecli.engine.ops.control_flow_assert import Assert
    from scopecli.engine.ops.random_ops import random_uniform

    with name_scope(state, name, "random_crop", [value, size]) as scope:
        value = convert_to_tensor(state, value, name="value")
        size = convert_to_tensor(state, size, dtype=dtypes.int32, name="size")
        shape = shape_ops.shape(state, value)
        check = Assert(state, red.reduce_all(state, m.greater_equal(state, shape, size)),
                       ["Need value.shape >= size, got ", shape, size], summarize=1000)
        shape = with_dependencies(state, [check], shape)
        limit = shape - size + 1
        offset = random_uniform(state, shape_ops.shape(state, shape), dtype=size._dtype, maxval=2**31 - 1,
                                seed=seed) % limit
        return array_ops.slice_(state, value, offset, size, name=scope)


def _to_float(state: TFState, image: Tensor) -> Tensor:
    from scopecli.engine.ops.image_ops import convert_image_dtype

    if image._dtype.base_dtype in (dtypes.float16, dtypes.float32):
        return image
    return convert_image_dtype(state, image, dtypes.float32)


@tf_export("image.adjust_brightness")
def adjust_brightness(state: TFState, image: Any, delta: Any) -> Tensor:
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.image_ops import convert_image_dtype

    with name_scope(state, None, "adjust_brightness", [image, delta]) as scope:
        image = convert_to_tensor(state, image, name="image")
        orig_dtype = image._dtype.base_dtype
        flt_image = _to_float(state, image)
        adjusted = m.add(state, flt_image, m.cast(state, delta, flt_image._dtype.base_dtype), name=scope)
        return convert_image_dtype(state, adjusted, orig_dtype, saturate=True)


@tf_export("image.random_brightness")
def random_brightness(state: TFState, image: Any, max_delta: Any, seed: Any = None) -> Tensor:
    from scopecli.engine.ops.random_ops import random_uniform

    if max_delta < 0:
        raise tf_value_error("max_delta must be non-negative.")
    delta = random_uniform(state, [], -max_delta, max_delta, seed=seed)
    return adjust_brightness(state, image, delta)


@tf_export("image.adjust_contrast")
def adjust_contrast(state: TFState, images: Any, contrast_factor: Any) -> Tensor:
    from scopecli.engine.ops.image_ops import convert_image_dtype

    with name_scope(state, None, "adjust_contrast", [images, contrast_factor]) as scope:
        images = convert_to_tensor(state, images, name="images")
        orig_dtype = images._dtype.base_dtype
        flt_images = _to_float(state, images)
        adjusted = output(apply_op(state, "AdjustContrastv2", scope, images=flt_images,
                                   contrast_factor=contrast_factor))
        return convert_image_dtype(state, adjusted, orig_dtype, saturate=True)


@tf_export("image.random_contrast")
def random_contrast(state: TFState, image: Any, lower: Any, upper: Any, seed: Any = None) -> Tensor:
    from scopecli.engine.ops.random_ops import random_uniform

    if upper <= lower:
        raise tf_value_error("upper must be > lower.")
    if lower < 0:
        raise tf_value_error("lower must be non-negative.")
    contrast_factor = random_uniform(state, [], lower, upper, seed=seed)
    return adjust_contrast(state, image, contrast_factor)


def _adjust_contrast_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[Any]:
    """AdjustContrastv2: images of rank >= 3 keep their shape; the factor is a scalar."""
    dims = inputs[0]._shape.dims_
    if dims is not None and len(dims) < 3:
        raise shape_error(f"Shape must be at least rank 3 but is rank {len(dims)}", name, "AdjustContrastv2",
                          attrs, inputs)
    factor = inputs[1]._shape.dims_
    if factor is not None and len(factor) != 0:
        raise shape_error(f"Shape must be rank 0 but is rank {len(factor)}", name, "AdjustContrastv2",
                          attrs, inputs)
    return [inputs[0]._shape]


register_shape("AdjustContrastv2", _adjust_contrast_shape)
