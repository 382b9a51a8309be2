"""tf.linalg.band_part (array_ops.matrix_band_part, the MatrixBandPart op and its shape) and
tf.linalg.LinearOperatorLowerTriangular as far as real models use it: the lower triangle of a
matrix for a causal attention mask, `LinearOperatorLowerTriangular(x).to_dense()`.

The operator opens its name scope once when made (convert_nonref_to_tensor builds nothing for a
tensor); its methods then open `<operator name>/<method>` (LinearOperator._name_scope), a scope
name holding a "/" that the graph makes unique inside the caller's scope.
"""

from __future__ import annotations

from scopecli.engine.framework.graph import Tensor
from scopecli.engine.framework.name_scope import name_scope, output
from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import export_value, tf_export
from scopecli.errors import InputError
from scopecli.model import ClassRef, Exposed, attribute, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


@shape_fn("MatrixBandPart")
def _band_part_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """UnchangedShapeWithRankAtLeast(c, 2)."""
    dims = inputs[0]._shape.dims_
    if dims is not None and len(dims) < 2:
        raise shape_error(f"Shape must be at least rank 2 but is rank {len(dims)}", node, "MatrixBandPart",
                          attrs, inputs)
    return [inputs[0]._shape]


@tf_export("linalg.band_part", "matrix_band_part")
def matrix_band_part(state: TFState, input: Any, num_lower: Any, num_upper: Any,  # noqa: A002
                     name: Any = None) -> Tensor:
    """gen_array_ops.matrix_band_part: the band of each innermost matrix, zeros elsewhere."""
    return output(apply_op(state, "MatrixBandPart", name, input=input, num_lower=num_lower,
                           num_upper=num_upper))


class LinearOperatorLowerTriangular(Exposed):
    """tf.linalg.LinearOperatorLowerTriangular(tril): `to_dense()` is band_part(tril, -1, 0)."""

    TYPE_NAME = "LinearOperatorLowerTriangular"

    def __init__(self, state: TFState, tril: Any, is_non_singular: Any = None, is_self_adjoint: Any = None,
                 is_positive_definite: Any = None, is_square: Any = None,
                 name: Any = "LinearOperatorLowerTriangular"):
        from scopecli.engine.ops_core import convert_to_tensor

        self.state = state
        self._name = name
        with name_scope(state, name, "", [tril]):
            if not isinstance(tril, Tensor):
                raise InputError("tf.linalg.LinearOperatorLowerTriangular of a non-tensor is not supported "
                                 "by scopecli yet")
            self._tril = convert_to_tensor(state, tril, name="tril")
            dims = self._tril._shape.dims_
            if dims is not None and len(dims) < 2:  # _check_tril
                from scopecli.errors import tf_value_error

                raise tf_value_error(f"Argument tril must have at least 2 dimensions.  Found: {self._tril}")

    @attribute
    def name(self) -> str:
        return self._name

    @attribute
    def shape(self) -> TensorShape:
        return self._tril._shape

    @attribute
    def dtype(self) -> Any:
        return self._tril._dtype.base_dtype

    @method
    def to_dense(self, name: Any = "to_dense") -> Tensor:
        full = self._name if name is None else f"{self._name}/{name}"
        with self.state.graph.name_scope(full):
            return matrix_band_part(self.state, self._tril, -1, 0)


export_value("linalg.LinearOperatorLowerTriangular", make=lambda state: ClassRef(
    "LinearOperatorLowerTriangular", LinearOperatorLowerTriangular,
    lambda *args, **kwargs: LinearOperatorLowerTriangular(state, *args, **kwargs)))
