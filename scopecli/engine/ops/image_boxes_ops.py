"""tf.image's box functions as TF1 builds them (image_ops_impl.py): `non_max_suppression` (a
`non_max_suppression` scope holding its threshold constants and one NonMaxSuppressionV3) and
`crop_and_resize` (v1: one CropAndResize op; `box_ind` the deprecated spelling of
`box_indices`); the shapes of those ops and of CropAndResize's gradient ops (image_ops.cc)."""

from __future__ import annotations

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


@tf_export("image.non_max_suppression")
def non_max_suppression(state: TFState, boxes: Any, scores: Any, max_output_size: Any,
                        iou_threshold: Any = 0.5, score_threshold: Any = float("-inf"),
                        name: Any = None) -> Tensor:
    """image_ops_impl.non_max_suppression."""
    with name_scope(state, name, "non_max_suppression", []):
        iou_threshold = convert_to_tensor(state, iou_threshold, name="iou_threshold")
        score_threshold = convert_to_tensor(state, score_threshold, name="score_threshold")
        return output(apply_op(state, "NonMaxSuppressionV3", None, boxes=boxes, scores=scores,
                               max_output_size=max_output_size, iou_threshold=iou_threshold,
                               score_threshold=score_threshold))


@tf_export("image.crop_and_resize")
def crop_and_resize(state: TFState, image: Any, boxes: Any, box_ind: Any = None, crop_size: Any = None,
                    method: Any = "bilinear", extrapolation_value: Any = 0, name: Any = None,
                    box_indices: Any = None) -> Tensor:
    """image_ops_impl.crop_and_resize_v1 -> gen_image_ops.crop_and_resize."""
    if box_ind is not None and box_indices is not None:
        raise tf_value_error("Cannot specify both 'box_indices' and 'box_ind'")
    box_ind = box_indices if box_ind is None else box_ind
    return output(apply_op(state, "CropAndResize", name, image=image, boxes=boxes, box_ind=box_ind,
                           crop_size=crop_size, method=method, extrapolation_value=extrapolation_value))


def _rank(node: str, op_type: str, attrs: dict[str, Any], inputs: list[Tensor], index: int,
          rank: int) -> list[Any]:
    dims = inputs[index]._shape.dims_
    if dims is None:
        return [None] * rank
    if len(dims) != rank:
        raise shape_error(f"Shape must be rank {rank} but is rank {len(dims)}", node, op_type, attrs, inputs)
    return list(dims)


def _dim(node: str, op_type: str, attrs: dict[str, Any], inputs: list[Tensor], value: Any, want: int) -> None:
    if value is not None and value != want:
        raise shape_error(f"Dimension must be {want} but is {value}", node, op_type, attrs, inputs)


@shape_fn("NonMaxSuppressionV3")
def _nms_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """NMSShapeFn: boxes [n, 4], scores [n], three scalars; the selection's length unknown."""
    boxes = _rank(node, "NonMaxSuppressionV3", attrs, inputs, 0, 2)
    scores = _rank(node, "NonMaxSuppressionV3", attrs, inputs, 1, 1)
    for index in (2, 3, 4):
        _rank(node, "NonMaxSuppressionV3", attrs, inputs, index, 0)
    if boxes[0] is not None and scores[0] is not None and boxes[0] != scores[0]:
        raise shape_error(f"Dimensions must be equal, but are {boxes[0]} and {scores[0]}", node,
                          "NonMaxSuppressionV3", attrs, inputs)
    _dim(node, "NonMaxSuppressionV3", attrs, inputs, boxes[1], 4)
    return [TensorShape([None])]


@shape_fn("CropAndResize")
def _crop_and_resize_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """[num_boxes, crop_height, crop_width, depth], the crop size read when constant."""
    from scopecli.engine.ops.tensor_util import constant_ints

    image = _rank(node, "CropAndResize", attrs, inputs, 0, 4)
    boxes = _rank(node, "CropAndResize", attrs, inputs, 1, 2)
    box_ind = _rank(node, "CropAndResize", attrs, inputs, 2, 1)
    size = _rank(node, "CropAndResize", attrs, inputs, 3, 1)
    _dim(node, "CropAndResize", attrs, inputs, size[0], 2)
    _dim(node, "CropAndResize", attrs, inputs, boxes[1], 4)
    count = boxes[0] if boxes[0] is not None else box_ind[0]
    if boxes[0] is not None and box_ind[0] is not None and boxes[0] != box_ind[0]:
        raise shape_error(f"Dimensions must be equal, but are {boxes[0]} and {box_ind[0]}", node,
                          "CropAndResize", attrs, inputs)
    crop = constant_ints(inputs[3])
    height, width = (crop[0], crop[1]) if crop is not None and len(crop) == 2 else (None, None)
    return [TensorShape([count, height, width, image[3]])]


@shape_fn("CropAndResizeGradImage")
def _crop_grad_image_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """The image's shape, read from `image_size` when constant."""
    from scopecli.engine.ops.tensor_util import constant_ints

    size = constant_ints(inputs[3])
    return [TensorShape(list(size) if size is not None and len(size) == 4 else [None] * 4)]


@shape_fn("CropAndResizeGradBoxes")
def _crop_grad_boxes_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """The boxes' shape [num_boxes, 4]."""
    return [inputs[2]._shape]
