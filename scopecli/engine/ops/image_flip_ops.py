"""tf.image's flips and per-image standardization (image_ops_impl.py), and the
tf.math.reduce_variance / reduce_std they build on (math_ops.py).

Every one starts as TF's does: `image` converted, then `_AssertAtLeast3DImage`, an Identity
`control_dependency` (its checks are static when the inner three dimensions are known; the
dynamic assert_positive checks of an image of unknown size are refused). A 3-D random flip is a
tf.cond over `ReverseV2`, a 4-D one blends `Round(RandomUniform)` masks."""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import InputError, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


def _assert_at_least_3d(state: TFState, image: Tensor) -> Tensor:
    """_AssertAtLeast3DImage: with_dependencies(_CheckAtLeast3DImage(image, False), image)."""
    from scopecli.engine.ops.cond_context import with_dependencies

    check_image_dims(image)
    return with_dependencies(state, [], image)


def check_image_dims(image: Tensor) -> None:
    """_CheckAtLeast3DImage(image, require_static=False) when it needs no assert op: TF's
    ValueErrors for a low rank or an empty dimension; inner sizes not known are refused."""
    dims = image._shape.dims_
    if dims is not None and len(dims) < 3:
        raise tf_value_error(f"'image' (shape {image._shape}) must be at least three-dimensional.")
    inner = None if dims is None else dims[-3:]
    if inner is not None and any(d == 0 for d in inner):
        raise tf_value_error(f"inner 3 dims of 'image.shape' must be > 0: {image._shape}")
    if inner is None or None in inner:
        raise InputError("a tf.image function on an image of unknown height, width or channels (its "
                         "assert_positive checks) is not supported by scopecli yet")


def _flip(state: TFState, image: Any, flip_index: int, scope_name: str) -> Tensor:
    from scopecli.engine.ops.manip_ops import reverse

    with name_scope(state, None, scope_name, [image]):
        image = convert_to_tensor(state, image, name="image")
        image = _assert_at_least_3d(state, image)
        rank = len(image._shape.dims_)
        if rank == 3:
            result = reverse(state, image, [flip_index])
            result.set_shape(image._shape)  # fix_image_flip_shape
            return result
        if rank == 4:
            return reverse(state, image, [flip_index + 1])
        raise tf_value_error(f"'image' (shape {image._shape})must have either 3 or 4 dimensions.")


@tf_export("image.flip_left_right")
def flip_left_right(state: TFState, image: Any) -> Tensor:
    return _flip(state, image, 1, "flip_left_right")


@tf_export("image.flip_up_down")
def flip_up_down(state: TFState, image: Any) -> Tensor:
    return _flip(state, image, 0, "flip_up_down")


def _random_flip(state: TFState, image: Any, flip_index: int, seed: Any, scope_name: str) -> Tensor:
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import math_unary_ops as mu
    from scopecli.engine.ops.cond import build_cond
    from scopecli.engine.ops.manip_ops import reverse
    from scopecli.engine.ops.random_ops import random_uniform

    with name_scope(state, None, scope_name, [image]) as scope:
        image = convert_to_tensor(state, image, name="image")
        image = _assert_at_least_3d(state, image)
        rank = len(image._shape.dims_)
        if rank == 3:
            uniform_random = random_uniform(state, shape=[], minval=0, maxval=1.0, seed=seed)
            mirror_cond = m.less(state, uniform_random, 0.5)
            result = build_cond(state, mirror_cond, lambda: reverse(state, image, [flip_index]),
                                lambda: image, False, scope)
            result.set_shape(image._shape)  # fix_image_flip_shape
            return result
        if rank == 4:
            batch_size = shape_ops.shape(state, image)[0]
            uniform_random = random_uniform(state, shape=[batch_size], minval=0, maxval=1.0, seed=seed)
            flips = mu.round_(state, shape_ops.reshape(state, uniform_random, [batch_size, 1, 1, 1]))
            flips = m.cast(state, flips, image._dtype.base_dtype)
            flipped_input = reverse(state, image, [flip_index + 1])
            return flips * flipped_input + (1 - flips) * image
        raise tf_value_error(f"'image' (shape {image._shape}) must have either 3 or 4 dimensions.")


@tf_export("image.random_flip_left_right")
def random_flip_left_right(state: TFState, image: Any, seed: Any = None) -> Tensor:
    return _random_flip(state, image, 1, seed, "random_flip_left_right")


@tf_export("image.random_flip_up_down")
def random_flip_up_down(state: TFState, image: Any, seed: Any = None) -> Tensor:
    return _random_flip(state, image, 0, seed, "random_flip_up_down")


@tf_export("image.per_image_standardization")
def per_image_standardization(state: TFState, image: Any) -> Tensor:
    """(image - mean) / max(stddev, 1/sqrt(num_pixels)) over the last three dimensions."""
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import math_unary_ops as mu
    from scopecli.engine.ops import reduction_ops as red

    with name_scope(state, None, "per_image_standardization", [image]) as scope:
        image = convert_to_tensor(state, image, name="image")
        image = _assert_at_least_3d(state, image)
        image = m.cast(state, image, dtypes.float32)
        num_pixels = red.reduce_prod(state, shape_ops.shape(state, image)[-3:])
        image_mean = red.reduce_mean(state, image, axis=[-1, -2, -3], keepdims=True)
        stddev = reduce_std(state, image, axis=[-1, -2, -3], keepdims=True)
        min_stddev = mu.rsqrt(state, m.cast(state, num_pixels, dtypes.float32))
        adjusted_stddev = m.maximum(state, stddev, min_stddev)
        image = image - image_mean
        return m.divide(state, image, adjusted_stddev, name=scope)


@tf_export("math.reduce_variance")
def reduce_variance(state: TFState, input_tensor: Any, axis: Any = None, keepdims: Any = False,
                    name: Any = None) -> Tensor:
    """math_ops.reduce_variance: mean of the squared deviations from the kept-dims mean."""
    from scopecli.engine.ops import math_unary_ops as mu
    from scopecli.engine.ops import reduction_ops as red

    with name_scope(state, name or "reduce_variance", "", []):
        input_tensor = convert_to_tensor(state, input_tensor)
        means = red.reduce_mean(state, input_tensor, axis=axis, keepdims=True)
        if means._dtype.base_dtype.is_integer:
            from scopecli.errors import tf_type_error

            raise tf_type_error(f"Input must be either real or complex. Received integer type "
                                f"{means._dtype.base_dtype!r}.")
        if means._dtype.base_dtype.is_complex:
            raise InputError("tf.math.reduce_variance of complex values is not supported by scopecli yet")
        squared_deviations = mu.square(state, input_tensor - means)
        return red.reduce_mean(state, squared_deviations, axis=axis, keepdims=keepdims)


@tf_export("math.reduce_std")
def reduce_std(state: TFState, input_tensor: Any, axis: Any = None, keepdims: Any = False,
               name: Any = None) -> Tensor:
    """math_ops.reduce_std: Sqrt of reduce_variance."""
    from scopecli.engine import gen

    with name_scope(state, name or "reduce_std", "", []):
        input_tensor = convert_to_tensor(state, input_tensor)
        variance = reduce_variance(state, input_tensor, axis=axis, keepdims=keepdims)
        return gen.op("Sqrt")(state, variance)

