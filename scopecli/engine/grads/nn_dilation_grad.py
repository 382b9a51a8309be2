"""The gradient of Dilation2D (TF's nn_grad._Dilation2DGrad): Dilation2DBackpropInput and
Dilation2DBackpropFilter with the op's strides, rates and padding."""

from __future__ import annotations

from scopecli.engine.framework.registry import gradient

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState


@gradient("Dilation2D")
def _dilation2d_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    from scopecli.engine import gen

    attrs = {"strides": op.attrs["strides"], "rates": op.attrs["rates"], "padding": op.attrs["padding"]}
    return [gen.op("Dilation2DBackpropInput")(state, op._inputs[0], op._inputs[1], grad, **attrs),
            gen.op("Dilation2DBackpropFilter")(state, op._inputs[0], op._inputs[1], grad, **attrs)]
