"""The RealDiv kernel as a TF session runs it: after Grappler's constant folding.

Grappler (on by default in every session run) strength-reduces a floating-point division by a
constant, `x / c` with `x` not constant, to `x * Reciprocal(c)` and folds the reciprocal
(constant_folding.cc ReduceDivToReciprocalMul), so the session computes `x * (1/c)`: in float32
`x / 7` then differs from numpy's correctly rounded quotient in the last digit (wavenet's
mu_law_decode). A division whose operands are both constant is folded first, unchanged.
"""

from __future__ import annotations

import numpy as np

from scopecli.engine.framework.graph import Operation, Tensor
from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import Context, _broadcast, _np

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

# Ops constant folding never folds: fed or stateful values, and the frames of control flow.
_NEVER = frozenset(("Placeholder", "PlaceholderWithDefault", "Enter", "Exit", "Merge", "Switch",
                    "NextIteration", "LoopCond"))
_SHAPES = frozenset(("Shape", "Size", "Rank"))  # materialised from a known static shape
_DEPTH = 64  # a deeper chain is treated as not constant (Grappler folds small subgraphs)


def _constant(tensor: Tensor, depth: int = 0) -> bool:
    """Whether Grappler's constant folding turns `tensor` into a Const before the rewrite."""
    from scopecli.engine import opdefs

    op = tensor._op
    kind = op._type
    if kind == "Const":
        return True
    if kind in _NEVER or depth > _DEPTH or not op._inputs:
        return False
    if kind in _SHAPES:
        dims = op._inputs[0]._shape.dims_
        return dims is not None and (kind == "Rank" or None not in dims)
    definition = opdefs.get(kind)
    if definition is None or definition.is_stateful or definition.has_ref_input:
        return False
    return all(_constant(t, depth + 1) for t in op._inputs)


@kernel("RealDiv")
def real_div(op: Operation, inputs: list[Any], ctx: Context) -> list[Any]:
    x, y = (np.asarray(v) for v in inputs)
    _broadcast(op, x, y, ctx)
    with np.errstate(all="ignore"):
        if x.dtype.kind in "fc" and _constant(op._inputs[1]) and not _constant(op._inputs[0]):
            result = x * (y.dtype.type(1) / y)  # the folded Reciprocal, then the Mul kernel
        else:
            result = np.true_divide(x, y)
    return [np.asarray(result).astype(_np(op), copy=False)]
