"""MatrixBandPart's gradient (array_grad._MatrixBandPartGrad): the same band of the gradient."""

from __future__ import annotations

from scopecli.engine.framework.registry import gradient

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState


@gradient("MatrixBandPart")
def _matrix_band_part_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    from scopecli.engine.ops.linalg_band_part import matrix_band_part

    return (matrix_band_part(state, grad, op._inputs[1], op._inputs[2]), None, None)


@gradient("MatrixDiagPartV3")
def _matrix_diag_part_v3_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    """array_grad._MatrixDiagPartV3Grad: matrix_diag of the gradient when the matrix shape is
    static, else set into zeros_like of the input."""
    from scopecli.engine.ops.linalg_ops import matrix_diag, matrix_set_diag

    dims = op._inputs[0]._shape.dims_
    matrix = None if dims is None else dims[-2:]
    align = op.attrs["align"]
    if matrix is not None and None not in matrix:
        diagonal = matrix_diag(state, grad, k=op._inputs[1], num_rows=matrix[0], num_cols=matrix[1],
                               align=align)
        return [diagonal, None, None]
    from scopecli.engine.ops.array_fill_ops import zeros_like

    return [matrix_set_diag(state, zeros_like(state, op._inputs[0]), grad, k=op._inputs[1], align=align),
            None, None]
