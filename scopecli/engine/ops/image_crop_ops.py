"""tf.image's bounding-box crops and pads (image_ops_impl.py): crop_to_bounding_box (a Slice of
stacked begin and size), pad_to_bounding_box (a Pad of reshaped stacked paddings) and
resize_image_with_crop_or_pad (one then the other), each in its own scope after the
`control_dependency` Identity of its checks.

Offsets and targets are Python ints here, so TF's `_assert`s are plain checks raising its
ValueErrors; an image's height, width and depth must be known (its batch may be dynamic: then
`_ImageDimensions` unstacks a Shape, as TF does). Tensor offsets and dynamic sizes are refused."""

from __future__ import annotations

from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import InputError, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


def _batched(state: TFState, image: Any) -> tuple[Tensor, bool]:
    """The image as 4-D (ExpandDims of a 3-D one) and whether it was a batch."""
    from scopecli.engine.ops import array_shape_ops as shape_ops

    image = convert_to_tensor(state, image, name="image")
    dims = image._shape.dims_
    if dims is None:
        raise InputError("a tf.image crop or pad of an image of unknown rank is not supported by scopecli "
                         "yet")
    if len(dims) == 3:
        return shape_ops.expand_dims(state, image, 0), False
    if len(dims) != 4:
        raise tf_value_error(f"'image' (shape {image._shape}) must have either 3 or 4 dimensions.")
    return image, True


def _image_dimensions(state: TFState, image: Tensor) -> list[Any]:
    """_ImageDimensions(image, rank=4): the static sizes, a dynamic one from an unstacked Shape."""
    from scopecli.engine.ops import array_ops
    from scopecli.engine.ops import array_shape_ops as shape_ops

    dims = list(image._shape.dims_)
    if None in dims[1:]:
        raise InputError("a tf.image crop or pad of an image of unknown height, width or depth is not "
                         "supported by scopecli yet")
    if None not in dims:
        return dims
    dynamic = array_ops.unstack(state, shape_ops.shape(state, image), 4)
    return [s if s is not None else d for s, d in zip(dims, dynamic, strict=True)]


def _ints(*values: Any) -> None:
    if any(not isinstance(v, int) or isinstance(v, bool) for v in values):
        raise InputError("tf.image crops and pads with tensor offsets or targets are not supported by "
                         "scopecli yet")


def _check(ok: bool, message: str) -> None:
    """image_ops_impl._assert of a Python condition."""
    if not ok:
        raise tf_value_error(message)


@tf_export("image.crop_to_bounding_box")
def crop_to_bounding_box(state: TFState, image: Any, offset_height: Any, offset_width: Any,
                         target_height: Any, target_width: Any) -> Tensor:
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import array_ops
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops.cond_context import with_dependencies
    from scopecli.engine.ops.image_flip_ops import check_image_dims

    _ints(offset_height, offset_width, target_height, target_width)
    with name_scope(state, None, "crop_to_bounding_box", [image]):
        image, is_batch = _batched(state, image)
        check_image_dims(image)
        batch, height, width, depth = _image_dimensions(state, image)
        _check(offset_width >= 0, "offset_width must be >= 0.")
        _check(offset_height >= 0, "offset_height must be >= 0.")
        _check(target_width > 0, "target_width must be > 0.")
        _check(target_height > 0, "target_height must be > 0.")
        _check(width >= target_width + offset_width, "width must be >= target + offset.")
        _check(height >= target_height + offset_height, "height must be >= target + offset.")
        image = with_dependencies(state, [], image)
        cropped = array_ops.slice_(
            state, image, join.stack(state, [0, offset_height, offset_width, 0]),
            join.stack(state, [shape_ops.shape(state, image)[0], target_height, target_width,
                               shape_ops.shape(state, image)[3]]))
        cropped.set_shape(TensorShape([None if not isinstance(batch, int) else batch, target_height,
                                       target_width, depth]))
        return cropped if is_batch else shape_ops.squeeze(state, cropped, axis=[0])


@tf_export("image.pad_to_bounding_box")
def pad_to_bounding_box(state: TFState, image: Any, offset_height: Any, offset_width: Any,
                        target_height: Any, target_width: Any) -> Tensor:
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import array_ops
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops.cond_context import with_dependencies
    from scopecli.engine.ops.image_flip_ops import check_image_dims

    _ints(offset_height, offset_width, target_height, target_width)
    with name_scope(state, None, "pad_to_bounding_box", [image]):
        image, is_batch = _batched(state, image)
        batch, height, width, depth = _image_dimensions(state, image)
        after_padding_width = target_width - offset_width - width
        after_padding_height = target_height - offset_height - height
        check_image_dims(image)
        _check(offset_height >= 0, "offset_height must be >= 0")
        _check(offset_width >= 0, "offset_width must be >= 0")
        _check(after_padding_width >= 0, "width must be <= target - offset")
        _check(after_padding_height >= 0, "height must be <= target - offset")
        image = with_dependencies(state, [], image)
        paddings = shape_ops.reshape(state, join.stack(state, [
            0, 0, offset_height, after_padding_height, offset_width, after_padding_width, 0, 0]), [4, 2])
        padded = array_ops.pad(state, image, paddings)
        padded.set_shape(TensorShape([None if not isinstance(batch, int) else batch, target_height,
                                      target_width, depth]))
        return padded if is_batch else shape_ops.squeeze(state, padded, axis=[0])


@tf_export("image.resize_image_with_crop_or_pad", "image.resize_with_crop_or_pad")
def resize_image_with_crop_or_pad(state: TFState, image: Any, target_height: Any,
                                  target_width: Any) -> Tensor:
    """Center crop along a dimension larger than the target, zero-pad along a smaller one."""
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops.cond_context import with_dependencies
    from scopecli.engine.ops.image_flip_ops import check_image_dims

    _ints(target_height, target_width)
    with name_scope(state, None, "resize_image_with_crop_or_pad", [image]):
        image, is_batch = _batched(state, image)
        check_image_dims(image)
        _check(target_width > 0, "target_width must be > 0.")
        _check(target_height > 0, "target_height must be > 0.")
        image = with_dependencies(state, [], image)
        _, height, width, _ = _image_dimensions(state, image)
        width_diff = target_width - width
        offset_crop_width = max(-width_diff // 2, 0)
        offset_pad_width = max(width_diff // 2, 0)
        height_diff = target_height - height
        offset_crop_height = max(-height_diff // 2, 0)
        offset_pad_height = max(height_diff // 2, 0)
        cropped = crop_to_bounding_box(state, image, offset_crop_height, offset_crop_width,
                                       min(target_height, height), min(target_width, width))
        resized = pad_to_bounding_box(state, cropped, offset_pad_height, offset_pad_width, target_height,
                                      target_width)
        _, resized_height, resized_width, _ = _image_dimensions(state, resized)
        _check(resized_height == target_height, "resized height is not correct.")
        _check(resized_width == target_width, "resized width is not correct.")
        resized = with_dependencies(state, [], resized)
        return resized if is_batch else shape_ops.squeeze(state, resized, axis=[0])
