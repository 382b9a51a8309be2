"""tf.image.central_crop (image_ops_impl.central_crop) for a Python fraction and an image whose
height and width are known: the `control_dependency` Identity of its (static, so empty) 3-D
check, then a Slice of two stacked Consts, the crop's static shape set on it. A tensor fraction
or a dynamic size (TF then computes the box in float64 ops) is refused."""

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


@tf_export("image.central_crop")
def central_crop(state: TFState, image: Any, central_fraction: Any) -> Tensor:
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import array_ops
    from scopecli.engine.ops.cond_context import with_dependencies

    if not isinstance(central_fraction, (int, float)) or isinstance(central_fraction, bool):
        raise InputError("tf.image.central_crop with a tensor central_fraction is not supported by scopecli "
                         "yet")
    with name_scope(state, None, "central_crop", [image]):
        image = convert_to_tensor(state, image, name="image")
        if central_fraction <= 0.0 or central_fraction > 1.0:
            raise tf_value_error("central_fraction must be within (0, 1]")
        if central_fraction == 1.0:
            return image
        dims = image._shape.dims_
        if dims is None or len(dims) < 3:
            raise tf_value_error(f"'image' (shape {image._shape}) must be at least three-dimensional.")
        with_dependencies(state, [], image)  # _AssertAtLeast3DImage: its result is not used
        rank = len(dims)
        if rank not in (3, 4):
            raise tf_value_error(f"`image` should either be a Tensor with rank = 3 or rank = 4. Had rank = "
                                 f"{rank}.")
        height, width = dims[rank - 3], dims[rank - 2]
        if height is None or width is None:
            raise InputError("tf.image.central_crop of an image of unknown height or width is not supported "
                             "by scopecli yet")
        top = int((float(height) - float(height) * central_fraction) / 2)
        left = int((float(width) - float(width) * central_fraction) / 2)
        size_h, size_w = height - top * 2, width - left * 2
        if rank == 3:
            begin, size = [top, left, 0], [size_h, size_w, -1]
        else:
            begin, size = [0, top, left, 0], [-1, size_h, size_w, -1]
        cropped = array_ops.slice_(state, image, join.stack(state, begin), join.stack(state, size))
        cropped.set_shape(TensorShape([*dims[:rank - 3], size_h, size_w, dims[-1]]))
        return cropped
