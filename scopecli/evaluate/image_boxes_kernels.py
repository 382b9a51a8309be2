"""Kernels of the box ops as TF's CPU kernels compute them: NonMaxSuppressionV3
(non_max_suppression_op.cc: candidates above the score threshold by descending score, the
lower index first on ties, each kept unless its IoU with a kept box exceeds the threshold) and
CropAndResize with its gradients (crop_and_resize_op.cc: float32 sample positions, bilinear or
nearest, the extrapolation value outside the image)."""

from __future__ import annotations

import math

import numpy as np

from scopecli.evaluate.kernel_registry import PY_ITEM, kernel
from scopecli.evaluate.kernels import Context, KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

F32 = np.float32


def _iou(a: np.ndarray, b: np.ndarray) -> float:
    """IOU of two boxes given as any two opposite corners; 0 when either has no area."""
    ymin_a, ymax_a = min(a[0], a[2]), max(a[0], a[2])
    xmin_a, xmax_a = min(a[1], a[3]), max(a[1], a[3])
    ymin_b, ymax_b = min(b[0], b[2]), max(b[0], b[2])
    xmin_b, xmax_b = min(b[1], b[3]), max(b[1], b[3])
    area_a = (ymax_a - ymin_a) * (xmax_a - xmin_a)
    area_b = (ymax_b - ymin_b) * (xmax_b - xmin_b)
    if area_a <= 0 or area_b <= 0:
        return 0.0
    inter_h = max(min(ymax_a, ymax_b) - max(ymin_a, ymin_b), F32(0))
    inter_w = max(min(xmax_a, xmax_b) - max(xmin_a, xmin_b), F32(0))
    inter = inter_h * inter_w
    return float(inter / (area_a + area_b - inter))


@kernel("NonMaxSuppressionV3")
def _non_max_suppression_v3(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    boxes, scores = np.asarray(inputs[0], dtype=F32), np.asarray(inputs[1], dtype=F32)
    max_output, iou_threshold, score_threshold = int(inputs[2]), F32(inputs[3]), F32(inputs[4])
    if boxes.ndim != 2 or boxes.shape[1] != 4:
        raise KernelError(f"boxes must be 2-D and have 4 columns{list(boxes.shape)}")
    if scores.ndim != 1 or scores.shape[0] != boxes.shape[0]:
        raise KernelError(f"scores has incompatible shape{list(scores.shape)}")
    if max_output < 0:
        raise KernelError("max_output_size must be non-negative")
    if not 0 <= iou_threshold <= 1:
        raise KernelError("iou_threshold must be in [0, 1]")
    ctx.charge(len(scores) * max(1, min(max_output, len(scores))) * PY_ITEM)
    above = (i for i in range(len(scores)) if scores[i] > score_threshold)
    order = sorted(above, key=lambda i: (-scores[i], i))
    kept: list[int] = []
    for index in order:
        if len(kept) >= max_output:
            break
        if all(_iou(boxes[index], boxes[other]) <= iou_threshold for other in kept):
            kept.append(index)
    return [np.array(kept, dtype=np.int32)]


def _positions(low: Any, high: Any, crop: int, size: int) -> tuple[np.ndarray, Any]:
    """in_y (or in_x) of each crop row in float32, and the ratio TF's gradient uses."""
    if crop > 1:
        scale = F32(F32(high - low) * F32(size - 1) / F32(crop - 1))
        return np.array([F32(low * F32(size - 1) + F32(i) * scale) for i in range(crop)], dtype=F32), \
            F32(F32(size - 1) / F32(crop - 1))
    return np.array([F32(0.5 * (float(low) + float(high)) * (size - 1))], dtype=F32), F32(0)


def _split(where: Any) -> tuple[int, int, Any]:
    """The cells on either side of a sample position and its float32 fraction past the first."""
    low = math.floor(where)
    return int(low), int(math.ceil(where)), F32(where - low)


def _boxes(inputs: list[Any], batch: int) -> tuple[np.ndarray, np.ndarray]:
    boxes, box_ind = np.asarray(inputs[1], dtype=F32), np.asarray(inputs[2])
    if boxes.ndim != 2 or boxes.shape[1] != 4:
        raise KernelError(f"boxes must be 2-D[num_boxes, 4]{list(boxes.shape)}")
    if box_ind.shape != (boxes.shape[0],):
        raise KernelError("box_index has incompatible shape")
    if box_ind.size and (box_ind.min() < 0 or box_ind.max() >= batch):
        raise KernelError("box_index has values outside [0, batch_size)")
    return boxes, box_ind


@kernel("CropAndResize")
def _crop_and_resize(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    image = np.asarray(inputs[0])
    if image.ndim != 4:
        raise KernelError(f"input image must be 4-D{list(image.shape)}")
    crop = [int(v) for v in np.asarray(inputs[3]).reshape(-1)]
    if len(crop) != 2 or crop[0] <= 0 or crop[1] <= 0:
        raise KernelError("crop dimensions must be positive")
    boxes, box_ind = _boxes(inputs, image.shape[0])
    _, height, width, depth = image.shape
    ctx.allocate(op, (len(boxes), crop[0], crop[1], depth))
    ctx.charge(len(boxes) * crop[0] * crop[1] * (depth + PY_ITEM))
    extrapolation = F32(op.attrs["extrapolation_value"])
    nearest = op.attrs["method"] == "nearest"
    out = np.full((len(boxes), crop[0], crop[1], depth), extrapolation, dtype=F32)
    source = image.astype(F32)
    for b, (y1, x1, y2, x2) in enumerate(boxes):
        plane = source[int(box_ind[b])]
        ys, _ = _positions(y1, y2, crop[0], height)
        xs, _ = _positions(x1, x2, crop[1], width)
        for y, in_y in enumerate(ys):
            if in_y < 0 or in_y > height - 1:
                continue
            for x, in_x in enumerate(xs):
                if in_x < 0 or in_x > width - 1:
                    continue
                if nearest:
                    out[b, y, x] = plane[int(math.floor(in_y + 0.5)), int(math.floor(in_x + 0.5))]
                    continue
                top, bottom, y_lerp = _split(in_y)
                left, right, x_lerp = _split(in_x)
                top_v = plane[top, left] + (plane[top, right] - plane[top, left]) * x_lerp
                bottom_v = plane[bottom, left] + (plane[bottom, right] - plane[bottom, left]) * x_lerp
                out[b, y, x] = top_v + (bottom_v - top_v) * y_lerp
    return [out]


@kernel("CropAndResizeGradImage")
def _crop_and_resize_grad_image(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    grads = np.asarray(inputs[0], dtype=F32)
    size = [int(v) for v in np.asarray(inputs[3]).reshape(-1)]
    if len(size) != 4 or min(size) <= 0:
        raise KernelError("image_size must be 1-D with 4 positive elements")
    ctx.allocate(op, size)
    boxes, box_ind = _boxes(inputs, size[0])
    ctx.charge(grads.size + grads.shape[0] * grads.shape[1] * grads.shape[2] * PY_ITEM)
    _, height, width, _ = size
    result = np.zeros(size, dtype=F32)
    nearest = op.attrs["method"] == "nearest"
    for b, (y1, x1, y2, x2) in enumerate(boxes):
        plane = result[int(box_ind[b])]
        ys, _ = _positions(y1, y2, grads.shape[1], height)
        xs, _ = _positions(x1, x2, grads.shape[2], width)
        for y, in_y in enumerate(ys):
            if in_y < 0 or in_y > height - 1:
                continue
            top, bottom, y_lerp = _split(in_y)
            for x, in_x in enumerate(xs):
                if in_x < 0 or in_x > width - 1:
                    continue
                g = grads[b, y, x]
                if nearest:
                    plane[int(math.floor(in_y + 0.5)), int(math.floor(in_x + 0.5))] += g
                    continue
                left, right, x_lerp = _split(in_x)
                dtop = (F32(1) - y_lerp) * g
                plane[top, left] += (F32(1) - x_lerp) * dtop
                plane[top, right] += x_lerp * dtop
                dbottom = y_lerp * g
                plane[bottom, left] += (F32(1) - x_lerp) * dbottom
                plane[bottom, right] += x_lerp * dbottom
    return [result.astype(op._outputs[0]._dtype.base_dtype.numpy_type)]


@kernel("CropAndResizeGradBoxes")
def _crop_and_resize_grad_boxes(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    grads, image = np.asarray(inputs[0], dtype=F32), np.asarray(inputs[1]).astype(F32)
    boxes, box_ind = _boxes([None, inputs[2], inputs[3]], image.shape[0])
    ctx.charge(grads.size * PY_ITEM)  # channel by channel in Python
    _, height, width, _ = image.shape
    crop_h, crop_w = grads.shape[1], grads.shape[2]
    result = np.zeros((len(boxes), 4), dtype=F32)
    for b, (y1, x1, y2, x2) in enumerate(boxes):
        plane = image[int(box_ind[b])]
        ys, height_ratio = _positions(y1, y2, crop_h, height)
        xs, width_ratio = _positions(x1, x2, crop_w, width)
        for y, in_y in enumerate(ys):
            if in_y < 0 or in_y > height - 1:
                continue
            top, bottom, y_lerp = _split(in_y)
            for x, in_x in enumerate(xs):
                if in_x < 0 or in_x > width - 1:
                    continue
                left, right, x_lerp = _split(in_x)
                tl, tr = plane[top, left], plane[top, right]
                bl, br = plane[bottom, left], plane[bottom, right]
                grad_y = ((F32(1) - x_lerp) * (bl - tl) + x_lerp * (br - tr)) * grads[b, y, x]
                grad_x = ((F32(1) - y_lerp) * (tr - tl) + y_lerp * (br - bl)) * grads[b, y, x]
                for d in range(len(grad_y)):  # accumulated channel by channel in float32, as TF does
                    if crop_h > 1:
                        result[b, 0] += grad_y[d] * (F32(height - 1) - F32(y) * height_ratio)
                        result[b, 2] += grad_y[d] * (F32(y) * height_ratio)
                    else:
                        result[b, 0] += F32(float(grad_y[d]) * 0.5 * (height - 1))
                        result[b, 2] += F32(float(grad_y[d]) * 0.5 * (height - 1))
                    if crop_w > 1:
                        result[b, 1] += grad_x[d] * (F32(width - 1) - F32(x) * width_ratio)
                        result[b, 3] += grad_x[d] * (F32(x) * width_ratio)
                    else:
                        result[b, 1] += F32(float(grad_x[d]) * 0.5 * (width - 1))
                        result[b, 3] += F32(float(grad_x[d]) * 0.5 * (width - 1))
    return [result]
