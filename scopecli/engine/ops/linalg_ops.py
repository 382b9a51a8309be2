"""tf.linalg.qr, tf.diag_part, tf.linalg.diag / set_diag and tf.eye (gen_linalg_ops.qr,
array_ops.tensor_diag_part / matrix_diag / matrix_set_diag, linalg_ops_impl.eye), with the shape
functions of Qr, DiagPart, MatrixDiagV3 and MatrixSetDiagV3; orthogonal initializers use the first two."""

from __future__ import annotations

from scopecli.engine import gen
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.graph import Tensor
from scopecli.engine.framework.name_scope import name_scope, output
from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import register_shape, shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.op_def import const_value
from scopecli.errors import tf_type_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


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


def _k(inputs: list[Tensor]) -> int | None:
    value = const_value(inputs[1])
    return None if value is None or value.size != 1 else int(value.reshape(-1)[0])


@shape_fn("MatrixDiagV3")
def _matrix_diag_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """MatrixDiagV3 with one diagonal k: [..., rows, cols], rows/cols at least len + |k|."""
    dims, k = inputs[0]._shape.dims_, _k(inputs)
    rows_v, cols_v = const_value(inputs[2]), const_value(inputs[3])
    if dims is None or k is None or not dims:
        return [TensorShape(None)]
    length = dims[-1]
    rows = None if rows_v is None else int(rows_v)
    cols = None if cols_v is None else int(cols_v)
    least_rows = None if length is None else length - min(k, 0)
    least_cols = None if length is None else length + max(k, 0)
    if rows == -1 and cols == -1:  # both inferred: a square of the larger
        rows = cols = None if length is None else max(least_rows, least_cols)  # type: ignore[type-var]
    if rows is None or rows == -1:
        rows = least_rows
    if cols is None or cols == -1:
        cols = least_cols
    return [TensorShape.known((*dims[:-1], rows, cols))]


register_shape("MatrixSetDiagV3", lambda node, inputs, attrs: [inputs[0]._shape])


@tf_export("linalg.diag", "matrix_diag")
def matrix_diag(state: TFState, diagonal: Any, name: Any = "diag", k: Any = 0, num_rows: Any = -1,
                num_cols: Any = -1, padding_value: Any = 0, align: str = "RIGHT_LEFT") -> Tensor:
    """array_ops.matrix_diag: gen_array_ops.matrix_diag_v3."""
    if isinstance(diagonal, Tensor) and diagonal._dtype.base_dtype.name == "bool":
        padding_value = bool(padding_value)
    return output(apply_op(state, "MatrixDiagV3", name, diagonal=diagonal, k=k, num_rows=num_rows,
                           num_cols=num_cols, padding_value=padding_value, align=align))


@tf_export("linalg.set_diag", "matrix_set_diag")
def matrix_set_diag(state: TFState, input: Any, diagonal: Any, name: Any = "set_diag", k: Any = 0,  # noqa: A002
                    align: str = "RIGHT_LEFT") -> Tensor:
    """array_ops.matrix_set_diag: gen_array_ops.matrix_set_diag_v3."""
    return output(apply_op(state, "MatrixSetDiagV3", name, input=input, diagonal=diagonal, k=k, align=align))


@tf_export("eye", "linalg.eye")
def eye(state: TFState, num_rows: Any, num_columns: Any = None, batch_shape: Any = None,
        dtype: Any = dtypes.float32, name: Any = None) -> Tensor:
    """linalg_ops_impl.eye: ones on a diagonal (MatrixDiagV3), or set into zeros (MatrixSetDiagV3)
    when not square; sizes given as tensors make the shapes tensors too (Minimum, ConcatV2)."""
    from scopecli.engine.ops import array_fill_ops as fill_ops
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops_core import convert_to_tensor

    with name_scope(state, name, "eye", [num_rows, num_columns, batch_shape]):
        is_square = num_columns is None
        batch = [] if batch_shape is None else batch_shape
        num_columns = num_rows if num_columns is None else num_columns
        if isinstance(num_rows, Tensor) or isinstance(num_columns, Tensor):
            diag_size: Any = m.minimum(state, num_rows, num_columns)  # not statically known
        else:
            if not isinstance(num_rows, int) or not isinstance(num_columns, int):
                raise tf_type_error("Arguments `num_rows` and `num_columns` must be positive integer values. "
                                    f"Received: num_rows={num_rows}, num_columns={num_columns}")
            is_square = num_rows == num_columns
            diag_size = min(num_rows, num_columns)
        if isinstance(batch, Tensor) or isinstance(diag_size, Tensor):
            batch = convert_to_tensor(state, batch, name="shape", dtype=dtypes.int32)
            diag_shape: Any = join.concat(state, (batch, [diag_size]), axis=0)
            if not is_square:
                shape: Any = join.concat(state, (batch, [num_rows, num_columns]), axis=0)
        else:
            diag_shape = [*batch, diag_size]
            if not is_square:
                shape = [*batch, num_rows, num_columns]
        diag_ones = fill_ops.ones(state, diag_shape, dtype=dtype)
        if is_square:
            return matrix_diag(state, diag_ones)
        zero_matrix = fill_ops.zeros(state, shape, dtype=dtype)
        return matrix_set_diag(state, zero_matrix, diag_ones)
