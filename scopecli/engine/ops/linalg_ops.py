"""tf.linalg.qr and tf.diag_part (gen_linalg_ops.qr, array_ops.tensor_diag_part), with the shape
functions of Qr and DiagPart; the orthogonal initializer builds both."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scopecli.engine import gen
from scopecli.engine.framework.name_scope import output
from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import shape_fn
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.shapes import TensorShape

if TYPE_CHECKING:
    from scopecli.engine.graph import Tensor
    from scopecli.engine.state import TFState


@shape_fn("Qr")
def _qr_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """QrShapeFn: input [..., M, N]; q [..., M, M|P], r [..., M|P, N] with P = min(M, N)."""
    dims = inputs[0]._shape.dims_
    if dims is None:
        return [TensorShape(None), TensorShape(None)]
    if len(dims) < 2:
        raise shape_error(f"Shape must be at least rank 2 but is rank {len(dims)}", node, "Qr", attrs, inputs)
    *batch, rows, cols = dims
    if attrs["full_matrices"]:
        return [TensorShape.known((*batch, rows, rows)), TensorShape.known((*batch, rows, cols))]
    least = None if rows is None or cols is None else min(rows, cols)
    return [TensorShape.known((*batch, rows, least)), TensorShape.known((*batch, least, cols))]


@shape_fn("DiagPart")
def _diag_part_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """DiagPart: an input of even rank 2k gives its first k dimensions (merged with the last k)."""
    dims = inputs[0]._shape.dims_
    if dims is None:
        return [TensorShape(None)]
    if len(dims) % 2 or not dims:
        raise shape_error(f"Input must have even and non-zero rank, input rank is {len(dims)}", node,
                          "DiagPart", attrs, inputs)
    half = len(dims) // 2
    out: list[int | None] = []
    for first, second in zip(dims[:half], dims[half:], strict=True):
        if first is not None and second is not None and first != second:
            raise shape_error(f"Dimensions must be equal, but are {first} and {second}", node, "DiagPart",
                              attrs, inputs)
        out.append(first if first is not None else second)
    return [TensorShape.known(tuple(out))]


@tf_export("linalg.qr", "qr")
def qr(state: TFState, input: Any, full_matrices: bool = False, name: Any = None) -> Any:  # noqa: A002
    """gen_linalg_ops.qr: the (q, r) pair."""
    return gen.op("Qr")(state, input, full_matrices=full_matrices, name=name)


@tf_export("linalg.tensor_diag_part", "diag_part")
def tensor_diag_part(state: TFState, input: Any, name: Any = None) -> Tensor:  # noqa: A002 - TF's name
    """array_ops.tensor_diag_part: gen_array_ops.diag_part."""
    return output(apply_op(state, "DiagPart", name, input=input))
