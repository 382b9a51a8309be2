"""tf.train.MomentumOptimizer (training/momentum.py): a zeros slot `<var>/Momentum` per
variable, `learning_rate` and `momentum` Consts, `Momentum/update_<var>/ApplyMomentum`."""

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


class MomentumOptimizer(Optimizer):
    TYPE_NAME = "MomentumOptimizer"

    def __init__(self, state: TFState, learning_rate: Any, momentum: Any, use_locking: Any = False,
                 name: Any = "Momentum", use_nesterov: Any = False):
        super().__init__(state, use_locking, name)
        self._learning_rate, self._momentum = learning_rate, momentum
        self._use_nesterov = bool(use_nesterov)
        self._learning_rate_tensor: Any = None
        self._momentum_tensor: Any = None

    def _create_slots(self, var_list: list[Variable]) -> None:
        for v in var_list:
            self._zeros_slot(v, "momentum")

    def _prepare(self) -> None:
        self._learning_rate_tensor = convert_to_tensor(self.state, self._learning_rate, name="learning_rate")
        self._momentum_tensor = convert_to_tensor(self.state, self._momentum, name="momentum")

    def _apply_dense(self, grad: Tensor, var: Variable) -> Operation:
        state, dtype = self.state, var.dtype.base_dtype
        mom = self._slots["momentum"][var]
        # a resource variable (Keras weights) takes ResourceApplyMomentum on the handles: no output
        resource = var.variable_op._type == "VarHandleOp"
        out = gen.op("ResourceApplyMomentum" if resource else "ApplyMomentum")(
            state, var.to_tensor(as_ref=True), mom.to_tensor(as_ref=True),
            m.cast(state, self._learning_rate_tensor, dtype), grad,
            m.cast(state, self._momentum_tensor, dtype),
            use_locking=self._use_locking, use_nesterov=self._use_nesterov)
        return out if resource else out._op

    def _apply_sparse(self, grad: Any, var: Variable) -> Operation:
        state, dtype = self.state, var.dtype.base_dtype
        mom = self._slots["momentum"][var]
        out = gen.op("SparseApplyMomentum")(
            state, var.to_tensor(as_ref=True), mom.to_tensor(as_ref=True),
            m.cast(state, self._learning_rate_tensor, dtype), grad.values, grad.indices,
            m.cast(state, self._momentum_tensor, dtype),
            use_locking=self._use_locking, use_nesterov=self._use_nesterov)
        return out._op


@tf_export("train.MomentumOptimizer", label=False)
def momentum_optimizer(state: TFState, learning_rate: Any, momentum: Any, use_locking: Any = False,
                       name: Any = "Momentum", use_nesterov: Any = False) -> MomentumOptimizer:
    return MomentumOptimizer(state, learning_rate, momentum, use_locking, name, use_nesterov)
