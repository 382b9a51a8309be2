"""tf.image's resizing and dtype conversion as TF1's graph builds them (image_ops_impl.py):
`resize_images` (v1, alias `resize`) in a `resize` scope around one ResizeBilinear /
ResizeNearestNeighbor / ResizeBicubic / ResizeArea op, the raw `resize_*` functions, `ResizeMethod`
(v1's integers), `convert_image_dtype` and `saturate_cast`; the shapes of the resize op types
and of their gradients' op types."""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.name_scope import name_scope, output
from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import register_shape
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import export_value, tf_export
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import InputError, tf_value_error
from scopecli.model import Namespace

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState

# ResizeMethodV1 (tf.compat.v1.image.ResizeMethod) and the v2 strings resize_images also accepts.
_METHODS_V1 = {"BILINEAR": 0, "NEAREST_NEIGHBOR": 1, "BICUBIC": 2, "AREA": 3}
_METHODS_V2 = {"bilinear": 0, "nearest": 1, "bicubic": 2, "area": 3}
_RESIZE_OPS = {0: "ResizeBilinear", 1: "ResizeNearestNeighbor", 2: "ResizeBicubic", 3: "ResizeArea"}

export_value("image.ResizeMethod", make=lambda state: Namespace("tf.image.ResizeMethod", dict(_METHODS_V1)))


@tf_export("image.resize_images", "image.resize")
def resize_images(state: TFState, images: Any, size: Any, method: Any = 0, align_corners: Any = False,
                  preserve_aspect_ratio: Any = False, name: Any = None) -> Tensor:
    """image_ops_impl.resize_images with _resize_images_common(skip_resize_if_same=True)."""
    code = _method_code(method)
    if preserve_aspect_ratio:
        raise InputError("tf.image.resize_images(preserve_aspect_ratio=True) is not supported by scopecli "
                         "yet")
    with name_scope(state, name, "resize", [images, size]):
        images = convert_to_tensor(state, images, name="images")
        op_type = _RESIZE_OPS[code]
        return _resize_common(state, images, size, lambda t, s: output(apply_op(
            state, op_type, None, images=t, size=s, align_corners=bool(align_corners))))


@tf_export("image.resize_bicubic")
def resize_bicubic(state: TFState, images: Any, size: Any, align_corners: Any = False, name: Any = None,
                   half_pixel_centers: Any = False) -> Tensor:
    """gen_image_ops.resize_bicubic (float32 out whatever the input)."""
    return output(apply_op(state, "ResizeBicubic", name, images=images, size=size,
                           align_corners=align_corners, half_pixel_centers=half_pixel_centers))


@tf_export("image.resize_area")
def resize_area(state: TFState, images: Any, size: Any, align_corners: Any = False,
                name: Any = None) -> Tensor:
    """gen_image_ops.resize_area (float32 out whatever the input)."""
    return output(apply_op(state, "ResizeArea", name, images=images, size=size, align_corners=align_corners))


def _method_code(method: Any) -> int:
    if isinstance(method, bool) or not isinstance(method, (int, str)):
        raise tf_value_error(f"Resize method is not implemented: {method}")
    code = _METHODS_V2.get(method) if isinstance(method, str) else method
    if code not in (0, 1, 2, 3):
        raise tf_value_error(f"Resize method is not implemented: {method}")
    return code


def _resize_common(state: TFState, images: Tensor, size: Any, resizer: Any) -> Tensor:
    """The body of _resize_images_common inside its scope: batch a 3-D image, convert `size`,
    skip the op when the static size already matches, pin the static result shape."""
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops.tensor_util import constant_value_as_shape

    dims = images._shape.dims_
    if dims is None:
        raise tf_value_error("'images' contains no shape.")
    is_batch = len(dims) != 3
    if not is_batch:
        images = shape_ops.expand_dims(state, images, 0)
    elif len(dims) != 4:
        raise tf_value_error("'images' must have either 3 or 4 dimensions.")
    _, height, width, _ = images._shape.dims_
    size = convert_to_tensor(state, size, dtypes.int32, name="size")
    size_dims = size._shape.dims_
    if size_dims is not None and (len(size_dims) != 1 or size_dims[0] not in (None, 2)):
        raise tf_value_error("'size' must be a 1-D Tensor of 2 elements: new_height, new_width")
    static = constant_value_as_shape(size)
    new = static.dims_ if static.dims_ is not None else [None, None]
    new_height, new_width = new[0], new[1]
    if None not in (new_width, width, new_height, height) and width == new_width and height == new_height:
        return images if is_batch else shape_ops.squeeze(state, images, axis=[0])
    images = resizer(images, size)
    images.set_shape(TensorShape([None, new_height, new_width, None]))
    return images if is_batch else shape_ops.squeeze(state, images, axis=[0])


@tf_export("image.resize_bilinear")
def resize_bilinear(state: TFState, images: Any, size: Any, align_corners: Any = False, name: Any = None,
                    half_pixel_centers: Any = False) -> Tensor:
    """gen_image_ops.resize_bilinear."""
    return output(apply_op(state, "ResizeBilinear", name, images=images, size=size,
                           align_corners=align_corners, half_pixel_centers=half_pixel_centers))


@tf_export("image.resize_nearest_neighbor")
def resize_nearest_neighbor(state: TFState, images: Any, size: Any, align_corners: Any = False,
                            name: Any = None, half_pixel_centers: Any = False) -> Tensor:
    """gen_image_ops.resize_nearest_neighbor."""
    return output(apply_op(state, "ResizeNearestNeighbor", name, images=images, size=size,
                           align_corners=align_corners, half_pixel_centers=half_pixel_centers))


@tf_export("image.convert_image_dtype")
def convert_image_dtype(state: TFState, image: Any, dtype: Any, saturate: Any = False,
                        name: Any = None) -> Tensor:
    """image_ops_impl.convert_image_dtype: integers scale by their max (+1), floats by max + 0.5;
    an Identity when the dtype already matches."""
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m

    image = convert_to_tensor(state, image, name="image")
    dtype = dtypes.as_dtype(dtype)
    source = image._dtype.base_dtype
    if not (dtype.is_floating or dtype.is_integer):
        raise InputError("tf.image.convert_image_dtype: dtype must be either floating point or integer")
    if not (source.is_floating or source.is_integer):
        raise InputError("tf.image.convert_image_dtype: image dtype must be either floating point or integer")
    if dtype is source:
        return shape_ops.identity(state, image, name=name)
    with name_scope(state, name, "convert_image", [image]) as scope:
        if source.is_integer and dtype.is_integer:
            scale_in, scale_out = _max(source), _max(dtype)
            if scale_in > scale_out:
                scaled = m.floordiv(state, image, (scale_in + 1) // (scale_out + 1))
                if saturate:
                    return saturate_cast(state, scaled, dtype, name=scope)
                return m.cast(state, scaled, dtype, name=scope)
            cast = saturate_cast(state, image, dtype) if saturate else m.cast(state, image, dtype)
            return m.multiply(state, cast, (scale_out + 1) // (scale_in + 1), name=scope)
        if source.is_floating and dtype.is_floating:
            return m.cast(state, image, dtype, name=scope)
        if source.is_integer:
            cast = m.cast(state, image, dtype)
            return m.multiply(state, cast, 1.0 / _max(source), name=scope)
        scaled = m.multiply(state, image, _max(dtype) + 0.5)
        if saturate:
            return saturate_cast(state, scaled, dtype, name=scope)
        return m.cast(state, scaled, dtype, name=scope)


def _max(dtype: Any) -> Any:
    """DType.max: numpy's iinfo/finfo max as a Python number."""
    import numpy as np

    kind = np.dtype(dtype.numpy_type)
    return int(np.iinfo(kind).max) if dtype.is_integer else float(np.finfo(kind).max)


@tf_export("saturate_cast", "dtypes.saturate_cast")
def saturate_cast(state: TFState, value: Any, dtype: Any, name: Any = None) -> Tensor:
    """math_ops.saturate_cast for real dtypes (TF >= 2.16 always clamps, forward_compatible): the
    value clipped by ClipByValue `clamp` to the output range nudged into the input dtype, then cast."""
    import numpy as np

    from scopecli.engine.ops import math_arith_ops as m

    with name_scope(state, name, "saturate_cast", [value]) as scope:
        value = convert_to_tensor(state, value, name="value")
        dtype = dtypes.as_dtype(dtype).base_dtype
        in_dtype = value._dtype.base_dtype
        if in_dtype.is_complex or dtype.is_complex:
            raise InputError("tf.saturate_cast of complex values is not supported by scopecli yet")
        np_in, np_out = np.dtype(in_dtype.numpy_type), np.dtype(dtype.numpy_type)
        info_in = np.iinfo(np_in) if in_dtype.is_integer else np.finfo(np_in)
        info_out = np.iinfo(np_out) if dtype.is_integer else np.finfo(np_out)
        promoted = np.promote_types(np_in, np_out)
        min_limit = np_in.type(np.maximum(info_in.min, info_out.min))
        low_pair = np.array([min_limit, info_out.min], dtype=promoted)
        if low_pair[0] < low_pair[1]:
            min_limit = np.nextafter(min_limit, np_in.type(0), dtype=np_in)
        max_limit = np_in.type(np.minimum(float(info_in.max), float(info_out.max)))
        high_pair = np.array([max_limit, info_out.max], dtype=promoted)
        if high_pair[0] > high_pair[1]:
            max_limit = np.nextafter(max_limit, np_in.type(0), dtype=np_in)
        low = convert_to_tensor(state, min_limit.item(), dtype=in_dtype)
        high = convert_to_tensor(state, max_limit.item(), dtype=in_dtype)
        value = output(apply_op(state, "ClipByValue", "clamp", t=value, clip_value_min=low,
                                clip_value_max=high))
        return m.cast(state, value, dtype, name=scope)


def _rank4(name: str, op_type: str, attrs: dict[str, Any], inputs: list[Tensor]) -> list[Any] | None:
    dims = inputs[0]._shape.dims_
    if dims is not None and len(dims) != 4:
        raise shape_error(f"Shape must be rank 4 but is rank {len(dims)}", name, op_type, attrs, inputs)
    return dims


def _sized_image(name: str, inputs: list[Tensor], attrs: dict[str, Any], op_type: str) -> list[TensorShape]:
    """SetOutputToSizedImage: [batch, size[0], size[1], channels], the size read when constant."""
    from scopecli.engine.ops.tensor_util import constant_ints

    dims = _rank4(name, op_type, attrs, inputs)
    size = constant_ints(inputs[1])
    height, width = (size[0], size[1]) if size is not None and len(size) == 2 else (None, None)
    batch, channels = (None, None) if dims is None else (dims[0], dims[3])
    return [TensorShape([batch, height, width, channels])]


# One statement per op type (not a loop): a module whose top level only declares stays out of
# every run that does not use it (tools/gen_declarations.py: a loop would make it "eager").
register_shape("ResizeBilinear",
               lambda name, inputs, attrs: _sized_image(name, inputs, attrs, "ResizeBilinear"))
register_shape("ResizeNearestNeighbor",
               lambda name, inputs, attrs: _sized_image(name, inputs, attrs, "ResizeNearestNeighbor"))
register_shape("ResizeBicubic",
               lambda name, inputs, attrs: _sized_image(name, inputs, attrs, "ResizeBicubic"))
register_shape("ResizeArea",
               lambda name, inputs, attrs: _sized_image(name, inputs, attrs, "ResizeArea"))
# ResizeBicubicGrad: the original image's shape.
register_shape("ResizeBicubicGrad", lambda name, inputs, attrs: [inputs[1]._shape])
register_shape("ResizeNearestNeighborGrad",
               lambda name, inputs, attrs: _sized_image(name, inputs, attrs, "ResizeNearestNeighborGrad"))
# ResizeBilinearGrad: the original image's shape.
register_shape("ResizeBilinearGrad", lambda name, inputs, attrs: [inputs[1]._shape])
# ClipByValue (saturate_cast's clamp): its input's shape.
register_shape("ClipByValue", lambda name, inputs, attrs: [inputs[0]._shape])
