"""Einsum's gradient (linalg_grad._EinsumGrad) where no label is summed away from an operand:
the gradient wrt each operand of a binary einsum is the einsum of the output gradient with the
other operand (`out,other->operand`), a unary one's the einsum back (`out->in`). Both operand
shapes are taken first, as TF does (Shape ops, or Consts when fully defined). Labels reduced
away (`_GetGradReduced`) and ellipsis broadcasting are refused by name."""

from __future__ import annotations

from scopecli.engine import gen
from scopecli.engine.framework.registry import gradient
from scopecli.engine.ops import array_shape_ops as shape_ops
from scopecli.errors import InputError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState

ELLIPSIS = "..."


def _unsupported(equation: str, why: str) -> InputError:
    return InputError(f"the gradient of tf.einsum('{equation}') ({why}) is not supported by scopecli yet")


@gradient("Einsum")
def _einsum_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    equation = op.attrs["equation"]
    equation = equation.decode() if isinstance(equation, bytes) else equation
    input_subs, output_subs = equation.split("->")
    einsum = gen.op("Einsum")
    if len(op._inputs) == 1:
        shape_ops.shape(state, op._inputs[0])
        if set(input_subs).difference(set(output_subs + ELLIPSIS)):
            raise _unsupported(equation, "labels summed away")
        return einsum(state, [grad], equation=f"{output_subs}->{input_subs}")
    x_subs, y_subs = input_subs.split(",")
    if ELLIPSIS in output_subs or ELLIPSIS in x_subs or ELLIPSIS in y_subs:
        raise _unsupported(equation, "an ellipsis")
    x, y = op._inputs[0], op._inputs[1]
    if grad._dtype.base_dtype.is_complex:
        raise _unsupported(equation, "complex operands")
    shape_ops.shape(state, x)
    shape_ops.shape(state, y)
    grads = []
    for subs, other, other_subs in ((x_subs, y, y_subs), (y_subs, x, x_subs)):
        reduced = set(subs).difference(set(output_subs + other_subs + "."))
        left_subs = "".join(s for s in subs if s not in reduced)
        grads.append(einsum(state, [grad, other], equation=f"{output_subs},{other_subs}->{left_subs}"))
        if reduced:
            raise _unsupported(equation, "labels summed away")
    return tuple(grads)
