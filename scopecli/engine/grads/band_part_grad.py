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
