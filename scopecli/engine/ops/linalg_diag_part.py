"""tf.linalg.diag_part / tf.matrix_diag_part (one MatrixDiagPartV3 of a single diagonal k),
tf.diag / tf.linalg.tensor_diag (Diag) and tf.trace (a `Trace` scope: the diagonal summed over
its last axis, the Sum named after the scope), as array_ops.py and math_ops.py build them."""

from __future__ import annotations

from scopecli.engine.framework.name_scope import name_scope, output
from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import InputError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


@tf_export("linalg.diag_part", "matrix_diag_part")
def matrix_diag_part(state: TFState, input: Any, name: Any = "diag_part", k: Any = 0,  # noqa: A002
                     padding_value: Any = 0, align: str = "RIGHT_LEFT") -> Tensor:
    """array_ops.matrix_diag_part: gen_array_ops.matrix_diag_part_v3 (a bool input pads with False)."""
    if getattr(input, "_dtype", None) is not None and input._dtype.base_dtype.name == "bool":
        padding_value = bool(padding_value)
    return output(apply_op(state, "MatrixDiagPartV3", name, input=input, k=k, padding_value=padding_value,
                           align=align))


@tf_export("diag", "linalg.tensor_diag")
def diag(state: TFState, diagonal: Any, name: Any = None) -> Tensor:
    """gen_array_ops.diag."""
    return output(apply_op(state, "Diag", name, diagonal=diagonal))


@tf_export("trace", "linalg.trace")
def trace(state: TFState, x: Any, name: Any = None) -> Tensor:
    """math_ops.trace: reduce_sum(matrix_diag_part(x), [-1]) named after the Trace scope."""
    from scopecli.engine.ops import reduction_ops as red

    with name_scope(state, name, "Trace", [x]) as scope:
        x = convert_to_tensor(state, x, name="x")
        return red.reduce_sum(state, matrix_diag_part(state, x), [-1], name=scope)


def single_k(tensor: Tensor) -> int | None:
    """The diagonal offset k when constant and one value (a [low, high] band is not supported)."""
    from scopecli.engine.ops.tensor_util import constant_ints

    ks = constant_ints(tensor)
    if ks is None:
        return None
    if len(ks) == 2 and ks[0] == ks[1]:
        return ks[0]
    if len(ks) != 1:
        raise InputError("tf.linalg.diag_part of a band of diagonals (k=[low, high]) is not supported by "
                         "scopecli yet")
    return ks[0]


@shape_fn("MatrixDiagPartV3")
def _matrix_diag_part_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """[..., diagonal length] of a single diagonal k."""
    dims = inputs[0]._shape.dims_
    if dims is None:
        return [TensorShape(None)]
    if len(dims) < 2:
        raise shape_error(f"Shape must be at least rank 2 but is rank {len(dims)}", node, "MatrixDiagPartV3",
                          attrs, inputs)
    k = single_k(inputs[1])
    rows, cols = dims[-2], dims[-1]
    if k is None or rows is None or cols is None:
        return [TensorShape([*dims[:-2], None])]
    return [TensorShape([*dims[:-2], max(0, min(rows + min(0, k), cols - max(0, k)))])]
