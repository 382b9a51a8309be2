"""tf.image's colour-space conversions and quarter turns as TF1 builds them (image_ops_impl.py):
`rgb_to_hsv` / `hsv_to_rgb` (one RGBToHSV / HSVToRGB op each, ColorspaceShapeFn's last
dimension of 3) and `rot90`, a `case` over k mod 4 of reverse/transpose branches named after
the rot90 scope, its static shape pinned as _rot90_3D / _rot90_4D pin it."""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.name_scope import name_scope, output
from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


@tf_export("image.rgb_to_hsv")
def rgb_to_hsv(state: TFState, images: Any, name: Any = None) -> Tensor:
    """gen_image_ops.rgb_to_hsv."""
    return output(apply_op(state, "RGBToHSV", name, images=images))


@tf_export("image.hsv_to_rgb")
def hsv_to_rgb(state: TFState, images: Any, name: Any = None) -> Tensor:
    """gen_image_ops.hsv_to_rgb."""
    return output(apply_op(state, "HSVToRGB", name, images=images))


def _colorspace_shape(op_type: str) -> Any:
    def shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
        """ColorspaceShapeFn: rank >= 1 and a last dimension of 3."""
        dims = inputs[0]._shape.dims_
        if dims is None:
            return [TensorShape(None)]
        if not dims:
            raise shape_error("Shape must be at least rank 1 but is rank 0", node, op_type, attrs, inputs)
        if dims[-1] is not None and dims[-1] != 3:
            raise shape_error(f"Dimension must be 3 but is {dims[-1]}", node, op_type, attrs, inputs)
        return [TensorShape([*dims[:-1], 3])]

    return shape


shape_fn("RGBToHSV")(_colorspace_shape("RGBToHSV"))
shape_fn("HSVToRGB")(_colorspace_shape("HSVToRGB"))


@tf_export("image.rot90")
def rot90(state: TFState, image: Any, k: Any = 1, name: Any = None) -> Tensor:
    """image_ops_impl.rot90 for images of static rank 3 or 4."""
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.image_flip_ops import _assert_at_least_3d
    from scopecli.errors import InputError

    with name_scope(state, name, "rot90", [image, k]) as scope:
        image = convert_to_tensor(state, image, name="image")
        image = _assert_at_least_3d(state, image)
        k = convert_to_tensor(state, k, dtype=dtypes.int32, name="k")
        k._shape.assert_has_rank(0)
        with name_scope(state, None, "mod", [k, 4]) as mod:  # math_ops.mod's own scope
            k = m.floormod(state, k, 4, name=mod)
        dims = image._shape.dims_
        if dims is None:
            raise InputError("tf.image.rot90 of an image of unknown rank is not supported by scopecli yet")
        if len(dims) not in (3, 4):
            raise tf_value_error(f"'image' (shape {image._shape}) must have either 3 or 4 dimensions.")
        return _rot90(state, image, k, scope, len(dims) == 4)


def _rot90(state: TFState, image: Tensor, k: Tensor, scope: str, batched: bool) -> Tensor:
    """_rot90_3D / _rot90_4D: the height and width axes shift by one in a batch."""
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.array_shape_ops import transpose
    from scopecli.engine.ops.control_flow_case import case
    from scopecli.engine.ops.manip_ops import reverse

    h, w = (1, 2) if batched else (0, 1)
    perm = [0, 2, 1, 3] if batched else [1, 0, 2]
    cases = [(m.equal(state, k, 1), lambda: transpose(state, reverse(state, image, [w]), perm)),
             (m.equal(state, k, 2), lambda: reverse(state, image, [h, w])),
             (m.equal(state, k, 3), lambda: reverse(state, transpose(state, image, perm), [w]))]
    result = case(state, cases, default=lambda: image, exclusive=True, name=scope)
    if batched:
        dims = result._shape.dims_
        outer = (None, None) if dims is None else (dims[0], dims[3])
        result.set_shape(TensorShape([outer[0], None, None, outer[1]]))
    else:
        result.set_shape(TensorShape([None, None, image._shape.dims_[2]]))
    return result
