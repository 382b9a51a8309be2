"""Tensor.set_shape's merge as TF's graph mode does it (TF_GraphSetTensorShape): the C shape
inference's messages, which Tensor.set_shape re-raises as ValueError."""

from __future__ import annotations

from scopecli.engine.framework.shapes import TensorShape
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def _text(dims: tuple[int | None, ...]) -> str:
    return "[" + ",".join("?" if d is None else str(d) for d in dims) + "]"


def merged_for_set_shape(current: TensorShape, shape: Any) -> TensorShape:
    """InferenceContext::Merge of the tensor's shape with `shape`, or its error."""
    other = shape if isinstance(shape, TensorShape) else TensorShape(shape)
    old, new = current.dims_, other.dims_
    if old is not None and new is not None:
        if len(old) != len(new):
            raise tf_value_error(f"Shapes must be equal rank, but are {len(old)} and {len(new)}")
        for index, (a, b) in enumerate(zip(old, new, strict=True)):
            if a is not None and b is not None and a != b:
                raise tf_value_error(f"Dimension {index} in both shapes must be equal, but are {a} and {b}. "
                                     f"Shapes are {_text(old)} and {_text(new)}.")
    return current.merge_with(other)
