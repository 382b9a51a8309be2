"""tf.train.AdagradDAOptimizer (training/adagrad_da.py): slots `<var>/AdagradDA` (gradient
accumulator, from a zero Const) and `<var>/AdagradDA_1` (squared, from the initial value), the
global step read once per apply (`Identity` + 1) and again per variable, and ApplyAdagradDA."""

from __future__ import annotations

from scopecli.engine import gen
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops import array_shape_ops as shape_ops
from scopecli.engine.ops import math_arith_ops as m
from scopecli.engine.ops_core import constant, convert_to_tensor
from scopecli.engine.train.optimizer import Optimizer
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState
    from scopecli.engine.ops.variables import Variable


class AdagradDAOptimizer(Optimizer):
    TYPE_NAME = "AdagradDAOptimizer"

    def __init__(
        self,
        state: TFState,
        learning_rate: Any,
        global_step: Any,
        initial_gradient_squared_accumulator_value: Any = 0.1,
        l1_regularization_strength: Any = 0.0,
        l2_regularization_strength: Any = 0.0,
        use_locking: Any = False,
        name: Any = "AdagradDA",
    ):
        if initial_gradient_squared_accumulator_value <= 0.0:
            raise tf_value_error(
                "initial_gradient_squared_accumulator_value must be positive: "
                f"{initial_gradient_squared_accumulator_value}"
            )
        super().__init__(state, use_locking, name)
        self._learning_rate = learning_rate
        self._initial_value = initial_gradient_squared_accumulator_value
        self._l1, self._l2 = l1_regularization_strength, l2_regularization_strength
        self._global_step = global_step
        self._learning_rate_tensor: Any = None
        self._global_step_on_worker: Any = None

    def _create_slots(self, var_list: list[Variable]) -> None:
        for v in var_list:
            dims, dtype = list(v.shape.dims_ or ()), v.dtype.base_dtype
            g_val = constant(self.state, 0.0, dtype=dtype, shape=dims)
            gg_val = constant(self.state, self._initial_value, dtype=dtype, shape=dims)
            self._get_or_make_slot(v, g_val, "gradient_accumulator")
            self._get_or_make_slot(v, gg_val, "gradient_squared_accumulator")

    def _prepare(self) -> None:
        self._learning_rate_tensor = convert_to_tensor(self.state, self._learning_rate, name="learning_rate")
        self._global_step_on_worker = shape_ops.identity(self.state, self._global_step) + 1

    def _apply_dense(self, grad: Tensor, var: Variable) -> Operation:
        state, dtype = self.state, var.dtype.base_dtype
        g_acc = self._slots["gradient_accumulator"][var]
        gg_acc = self._slots["gradient_squared_accumulator"][var]
        global_step = shape_ops.identity(state, self._global_step_on_worker)
        return gen.op("ApplyAdagradDA")(
            state,
            var.to_tensor(as_ref=True),
            g_acc.to_tensor(as_ref=True),
            gg_acc.to_tensor(as_ref=True),
            grad,
            m.cast(state, self._learning_rate_tensor, dtype),
            m.cast(state, self._l1, dtype),
            m.cast(state, self._l2, dtype),
            global_step,
            use_locking=self._use_locking,
        )._op


@tf_export("train.AdagradDAOptimizer", label=False)
def adagrad_da_optimizer(
    state: TFState,
    learning_rate: Any,
    global_step: Any,
    initial_gradient_squared_accumulator_value: Any = 0.1,
    l1_regularization_strength: Any = 0.0,
    l2_regularization_strength: Any = 0.0,
    use_locking: Any = False,
    name: Any = "AdagradDA",
) -> AdagradDAOptimizer:
    return AdagradDAOptimizer(
        state,
        learning_rate,
        global_step,
        initial_gradient_squared_accumulator_value,
        l1_regularization_strength,
        l2_regularization_strength,
        use_locking,
        name,
    )
