"""tf.train.RMSPropOptimizer (training/rmsprop.py): per variable the slot `<var>/RMSProp`
(ones), then with `centered` `<var>/RMSProp_1` (mg, zeros), then the momentum slot (zeros);
`learning_rate`, `decay`, `momentum`, `epsilon` Consts; ApplyRMSProp or ApplyCenteredRMSProp."""

from __future__ import annotations

from scopecli.engine import gen
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops import math_arith_ops as m
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.engine.train.optimizer import Optimizer

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState
    from scopecli.engine.ops.variables import Variable


class RMSPropOptimizer(Optimizer):
    TYPE_NAME = "RMSPropOptimizer"

    def __init__(self, state: TFState, learning_rate: Any, decay: Any = 0.9, momentum: Any = 0.0,
                 epsilon: Any = 1e-10, use_locking: Any = False, centered: Any = False,
                 name: Any = "RMSProp"):
        super().__init__(state, use_locking, name)
        self._learning_rate, self._decay = learning_rate, decay
        self._momentum, self._epsilon = momentum, epsilon
        self._centered = bool(centered)
        self._tensors: dict[str, Tensor] = {}

    def _create_slots(self, var_list: list[Variable]) -> None:
        from scopecli.engine.initializers import Ones

        for v in var_list:
            self._slot_with_initializer(v, Ones(self.state), "rms")
            if self._centered:
                self._zeros_slot(v, "mg")
            self._zeros_slot(v, "momentum")

    def _prepare(self) -> None:
        for name, value in (("learning_rate", self._learning_rate), ("decay", self._decay),
                            ("momentum", self._momentum), ("epsilon", self._epsilon)):
            self._tensors[name] = convert_to_tensor(self.state, value, name=name)

    def _apply_dense(self, grad: Tensor, var: Variable) -> Operation:
        state, dtype = self.state, var.dtype.base_dtype
        refs = [self._slots[s][var].to_tensor(as_ref=True) for s in ("rms", "momentum")]
        lr, decay, momentum, epsilon = (m.cast(state, self._tensors[n], dtype)
                                        for n in ("learning_rate", "decay", "momentum", "epsilon"))
        var_ref = var.to_tensor(as_ref=True)
        # a resource variable (Keras weights) takes ResourceApply* on the handles: no output
        prefix = "Resource" if var.variable_op._type == "VarHandleOp" else ""
        if self._centered:
            mg = self._slots["mg"][var].to_tensor(as_ref=True)
            out = gen.op(prefix + "ApplyCenteredRMSProp")(state, var_ref, mg, refs[0], refs[1], lr, decay,
                                                          momentum, epsilon, grad,
                                                          use_locking=self._use_locking)
        else:
            out = gen.op(prefix + "ApplyRMSProp")(state, var_ref, refs[0], refs[1], lr, decay, momentum,
                                                  epsilon, grad, use_locking=self._use_locking)
        return out if prefix else out._op

    def _apply_sparse(self, grad: Any, var: Variable) -> Operation:
        """SparseApply[Centered]RMSProp on the rows of grad.indices."""
        state, dtype = self.state, var.dtype.base_dtype
        refs = [self._slots[s][var].to_tensor(as_ref=True) for s in ("rms", "momentum")]
        var_ref = var.to_tensor(as_ref=True)
        if self._centered:
            refs.insert(0, self._slots["mg"][var].to_tensor(as_ref=True))
        lr, decay, momentum, epsilon = (m.cast(state, self._tensors[n], dtype)
                                        for n in ("learning_rate", "decay", "momentum", "epsilon"))
        op_type = "SparseApplyCenteredRMSProp" if self._centered else "SparseApplyRMSProp"
        out = gen.op(op_type)(state, var_ref, *refs, lr, decay, momentum, epsilon, grad.values, grad.indices,
                              use_locking=self._use_locking)
        return out._op


@tf_export("train.RMSPropOptimizer", label=False)
def rms_prop_optimizer(state: TFState, learning_rate: Any, decay: Any = 0.9, momentum: Any = 0.0,
                       epsilon: Any = 1e-10, use_locking: Any = False, centered: Any = False,
                       name: Any = "RMSProp") -> RMSPropOptimizer:
    return RMSPropOptimizer(state, learning_rate, decay, momentum, epsilon, use_locking, centered, name)
