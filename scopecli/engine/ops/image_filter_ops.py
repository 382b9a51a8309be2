"""tf.image.rgb_to_grayscale, total_variation and image_gradients (image_ops_impl): compositions
of existing ops built as TF builds them (a tensordot with the luma weights; slice differences
summed or padded with zeros back to the image's shape). central_crop: image_central_crop_ops."""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


@tf_export("image.rgb_to_grayscale")
def rgb_to_grayscale(state: TFState, images: Any, name: Any = None) -> Tensor:
    """The float32 image dotted with ITU-R 601 luma weights on its last axis, then back to the
    original dtype (convert_image_dtype named as the scope)."""
    from scopecli.engine.ops.array_shape_ops import expand_dims
    from scopecli.engine.ops.image_ops import convert_image_dtype
    from scopecli.engine.ops.special_math_ops import tensordot

    with name_scope(state, name, "rgb_to_grayscale", [images]) as scope:
        images = convert_to_tensor(state, images, name="images")
        orig_dtype = images._dtype
        flt_image = convert_image_dtype(state, images, dtypes.float32)
        gray_float = tensordot(state, flt_image, [0.2989, 0.5870, 0.1140], [-1, -1])
        gray_float = expand_dims(state, gray_float, -1)
        return convert_image_dtype(state, gray_float, orig_dtype, name=scope)


def _slice(image: Any, axis: int, start: int | None, stop: int | None) -> Tensor:
    """image[..., start:stop on `axis`, ...] as the `[:, 1:, :, :]` expressions TF writes."""
    from scopecli.engine.ops.tensor_getitem_override import getitem

    ndims = len(image.get_shape().dims_)
    key = tuple(slice(start, stop) if i == axis else slice(None) for i in range(ndims))
    return getitem(image, key)


def _difference(state: TFState, image: Any, axis: int) -> Tensor:
    from scopecli.engine.ops import math_arith_ops as m

    return m.operator_binary(state, "sub", m.subtract, _slice(image, axis, 1, None),
                             _slice(image, axis, None, -1))


@tf_export("image.total_variation")
def total_variation(state: TFState, images: Any, name: Any = None) -> Tensor:
    """The sum of absolute neighbour differences along height and width (per image for a batch)."""
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import reduction_ops as red
    from scopecli.engine.ops.math_unary_ops import abs_ as tf_abs

    with name_scope(state, name, "total_variation", []):
        ndims = images.get_shape().ndims
        if ndims == 3:
            pixel_dif1, pixel_dif2 = _difference(state, images, 0), _difference(state, images, 1)
            sum_axis: Any = None
        elif ndims == 4:
            pixel_dif1, pixel_dif2 = _difference(state, images, 1), _difference(state, images, 2)
            sum_axis = [1, 2, 3]
        else:
            raise tf_value_error("'images' must be either 3 or 4-dimensional.")
        return m.operator_binary(state, "add", m.add_dispatch,
                                 red.reduce_sum(state, tf_abs(state, pixel_dif1), axis=sum_axis),
                                 red.reduce_sum(state, tf_abs(state, pixel_dif2), axis=sum_axis))


@tf_export("image.image_gradients")
def image_gradients(state: TFState, image: Any) -> tuple[Tensor, Tensor]:
    """(dy, dx): forward differences, a zero row / column concatenated so each keeps the shape."""
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops.array_fill_ops import zeros
    from scopecli.engine.ops.array_ops import unstack

    if image.get_shape().ndims != 4:
        raise tf_value_error("image_gradients expects a 4D tensor [batch_size, h, w, d], not "
                             f"{image.get_shape()}.")
    image_shape = shape_ops.shape(state, image)
    batch_size, height, width, depth = unstack(state, image_shape)
    dy, dx = _difference(state, image, 1), _difference(state, image, 2)
    shape = join.stack(state, [batch_size, 1, width, depth])
    dy = join.concat(state, [dy, zeros(state, shape, image.dtype)], 1)
    dy = shape_ops.reshape(state, dy, image_shape)
    shape = join.stack(state, [batch_size, height, 1, depth])
    dx = join.concat(state, [dx, zeros(state, shape, image.dtype)], 2)
    dx = shape_ops.reshape(state, dx, image_shape)
    return dy, dx
