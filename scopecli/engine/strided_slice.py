"""StridedSlice's slice arithmetic (TF's ValidateStridedSliceOp), shared by the op's shape
function and its kernel: the sparse spec `x[1:, ..., None, 0]` expanded over the input's rank,
begin/end canonicalised per dimension, and the result's shape.

Unknown dimensions are -1 (as TF's PartialTensorShape), and `begin`/`end` may be unknown (None)
while building a graph: the shape comes out partly unknown, never wrong. Failures raise
SliceError with TF's InvalidArgument text; the caller words them as a shape error or as a
runtime InvalidArgumentError.
"""

from __future__ import annotations

SHRINK, NEW_AXIS = -1, -2


class SliceError(Exception):
    """TF's errors::InvalidArgument from ValidateStridedSliceOp."""


# Masks and Dense are plain slotted classes, not dataclasses, on purpose: `@dataclass` costs every
# `scopecli run` that slices ~0.5 ms per class plus ~5 ms importing `dataclasses`. Keep them plain.


class Masks:
    """The op's five bit masks (begin_mask, end_mask, ellipsis_mask, new_axis_mask, shrink_axis_mask)."""

    __slots__ = ("begin", "end", "ellipsis", "new_axis", "shrink")

    def __init__(self, begin: int = 0, end: int = 0, ellipsis: int = 0, new_axis: int = 0, shrink: int = 0):
        self.begin = begin
        self.end = end
        self.ellipsis = ellipsis
        self.new_axis = new_axis
        self.shrink = shrink


class Dense:
    """The spec expanded to one entry per input dimension (`gather` rebuilds the final shape)."""

    __slots__ = ("begin", "end", "strides", "begin_mask", "end_mask", "shrink", "gather")

    def __init__(self, begin: list[int], end: list[int], strides: list[int], begin_mask: int, end_mask: int,
                 shrink: int, gather: list[int]):
        self.begin = begin
        self.end = end
        self.strides = strides
        self.begin_mask = begin_mask
        self.end_mask = end_mask
        self.shrink = shrink
        self.gather = gather


def _dense(
    rank: int, begin: list[int] | None, end: list[int] | None, strides: list[int], masks: Masks
) -> Dense:
    """BuildDenseSpec: an ellipsis (explicit, or implied at the end) covers the unnamed axes."""
    sparse_dims = len(strides)
    ellipsis = masks.ellipsis
    after_ellipsis = 0
    seen = False
    for i in range(sparse_dims):
        if seen and (1 << i) & masks.new_axis:
            after_ellipsis += 1
        if (1 << i) & ellipsis:
            seen = True
    if not seen:
        ellipsis |= 1 << sparse_dims
        sparse_dims += 1
    dense = Dense([0] * rank, [0] * rank, [0] * rank, 0, 0, 0, [])
    full = 0
    for i in range(sparse_dims):
        bit = 1 << i
        if bit & ellipsis:
            stop = min(rank - (sparse_dims - i) + 1 + after_ellipsis, rank)
            while full < stop:
                dense.strides[full] = 1
                dense.begin_mask |= 1 << full
                dense.end_mask |= 1 << full
                dense.gather.append(full)
                full += 1
        elif bit & masks.new_axis:
            dense.gather.append(NEW_AXIS)
        else:
            if full == rank:
                raise SliceError(f"Index out of range using input dim {full}; input has only {rank} dims")
            if begin is not None:
                dense.begin[full] = begin[i]
            if end is not None:
                dense.end[full] = end[i]
            dense.strides[full] = strides[i]
            if masks.begin & bit:
                dense.begin_mask |= 1 << full
            if masks.end & bit:
                dense.end_mask |= 1 << full
            if masks.shrink & bit:
                dense.gather.append(SHRINK)
                dense.shrink |= 1 << full
            else:
                dense.gather.append(full)
            full += 1
    return dense


def _canonical(x: int, masked: bool, is_end: bool, stride: int, dim: int) -> int:
    """A begin/end index clamped to the valid range for the stride's direction (or its end when masked)."""
    low, high = (0, dim) if stride > 0 else (-1, dim - 1)
    if masked:
        if stride > 0:
            return high if is_end else low
        return low if is_end else high
    forward = dim + x if x < 0 else x
    return max(low, min(high, forward))


def validate(
    shape: list[int], begin: list[int] | None, end: list[int] | None, strides: list[int], masks: Masks
) -> tuple[Dense, list[int]]:
    """The dense spec with canonical begin/end, and the final shape (-1 where unknown)."""
    if masks.ellipsis & (masks.ellipsis - 1):
        raise SliceError("Multiple ellipses in slice spec not allowed")
    dense = _dense(len(shape), begin, end, strides, masks)
    known = begin is not None and end is not None
    processing: list[int] = []
    for i, dim in enumerate(shape):
        stride = dense.strides[i]
        if stride == 0:
            raise SliceError(f"strides[{i}] must be non-zero")
        shrink = bool(dense.shrink & (1 << i))
        if dim == -1:
            processing.append(1 if shrink else -1)
            continue
        begin_masked = bool(dense.begin_mask & (1 << i))
        end_masked = bool(dense.end_mask & (1 << i))
        if shrink and stride <= 0:
            raise SliceError("only stride 1 allowed on non-range indexing.")

        if known:
            if shrink:
                forward = dense.begin[i] + dim if dense.begin[i] < 0 else dense.begin[i]
                dense.begin[i], dense.end[i] = forward, forward + 1
                if forward < 0 or forward >= dim:
                    raise SliceError(f"slice index {forward} of dimension {i} out of bounds.")
            else:
                dense.begin[i] = _canonical(dense.begin[i], begin_masked, False, stride, dim)
                dense.end[i] = _canonical(dense.end[i], end_masked, True, stride, dim)
            length: int | None = dense.end[i] - dense.begin[i]
        elif shrink:
            length = 1
        elif begin_masked and end_masked and dim > 0:
            length = -dim if stride < 0 else dim
        else:
            length = None
        if length is None:
            processing.append(-1)
        elif length == 0 or (length < 0) != (stride < 0):
            processing.append(0)
        else:
            # C++'s length / stride rounded up (both have the same sign here).
            processing.append(-(-abs(length) // abs(stride)))
    final = [processing[g] if g >= 0 else 1 for g in dense.gather if g != SHRINK]
    return dense, final
