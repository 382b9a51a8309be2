"""Shape functions of the optimizers' Apply* op types (training_ops.cc): every dense input
merged with the variable's shape, the hyper-parameters scalars."""

from __future__ import annotations

from scopecli.engine.framework.common_shapes import merge_error
from scopecli.engine.framework.op_def_library import shape_error
from scopecli.engine.framework.registry import register_shape
from scopecli.engine.framework.shapes import TensorShape

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor

# op type -> (indices of the inputs shaped like var, indices of the scalar inputs)
APPLY_OPS: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {
    "ApplyGradientDescent": ((0, 2), (1,)),
    "ApplyAdam": ((0, 1, 2, 9), (3, 4, 5, 6, 7, 8)),
    "ApplyMomentum": ((0, 1, 3), (2, 4)),
    "ApplyRMSProp": ((0, 1, 2, 7), (3, 4, 5, 6)),
    "ApplyCenteredRMSProp": ((0, 1, 2, 3, 8), (4, 5, 6, 7)),
    "ApplyAdagrad": ((0, 1, 3), (2,)),
    "ApplyAdadelta": ((0, 1, 2, 6), (3, 4, 5)),
    "ApplyProximalGradientDescent": ((0, 4), (1, 2, 3)),
    "ApplyProximalAdagrad": ((0, 1, 5), (2, 3, 4)),
    "ApplyFtrl": ((0, 1, 2, 3), (4, 5, 6, 7)),
    "ApplyFtrlV2": ((0, 1, 2, 3), (4, 5, 6, 7, 8)),
    "ApplyAdagradDA": ((0, 1, 2, 3), (4, 5, 6, 7)),
}


def _apply_shape(op_type: str, shaped: tuple[int, ...], scalars: tuple[int, ...]) -> Any:
    def infer(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
        for i in scalars:
            dims = inputs[i]._shape.dims_
            if dims is not None and len(dims) != 0:
                raise shape_error(f"Shape must be rank 0 but is rank {len(dims)}", name, op_type, attrs,
                                  inputs)
        shape = inputs[shaped[0]]._shape
        for i in shaped[1:]:
            other = inputs[i]._shape
            if not shape.is_compatible_with(other):
                raise shape_error(merge_error(shape, other), name, op_type, attrs, inputs)
            shape = shape.merge_with(other)
        return [shape]

    return infer


for _op_type, (_shaped, _scalars) in APPLY_OPS.items():
    register_shape(_op_type, _apply_shape(_op_type, _shaped, _scalars))
