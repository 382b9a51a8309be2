"""tf.train.AdagradOptimizer, AdadeltaOptimizer, ProximalGradientDescentOptimizer,
ProximalAdagradOptimizer and FtrlOptimizer (training/adagrad.py, adadelta.py, proximal_*.py,
ftrl.py): their slots (`<var>/Adagrad` from constant_initializer, `<var>/Adadelta` and
`<var>/Adadelta_1`, `<var>/ProximalAdagrad` from a Const, `<var>/Ftrl` = ones * value and
`<var>/Ftrl_1`), the tensors `_prepare` converts, and one Apply* op per variable."""

from __future__ import annotations

from scopecli.engine import gen
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.initializers import Constant, Initializer
from scopecli.engine.ops import array_fill_ops as fill_ops
from scopecli.engine.ops import math_arith_ops as m
from scopecli.engine.ops.variables import Variable
from scopecli.engine.ops_core import constant, convert_to_tensor
from scopecli.engine.train.optimizer import Optimizer
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.dtypes import DType
    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState


def _ref(v: Variable) -> Tensor:
    return v.to_tensor(as_ref=True)


class AdagradOptimizer(Optimizer):
    TYPE_NAME = "AdagradOptimizer"

    def __init__(
        self,
        state: TFState,
        learning_rate: Any,
        initial_accumulator_value: Any = 0.1,
        use_locking: Any = False,
        name: Any = "Adagrad",
    ):
        if initial_accumulator_value <= 0.0:
            raise tf_value_error(f"initial_accumulator_value must be positive: {initial_accumulator_value}")
        super().__init__(state, use_locking, name)
        self._learning_rate = learning_rate
        self._initial_accumulator_value = initial_accumulator_value
        self._learning_rate_tensor: Any = None

    def _create_slots(self, var_list: list[Variable]) -> None:
        for v in var_list:
            init = Constant(self.state, self._initial_accumulator_value, dtype=v.dtype.base_dtype)
            self._slot_with_initializer(v, init, "accumulator")

    def _prepare(self) -> None:
        self._learning_rate_tensor = convert_to_tensor(self.state, self._learning_rate, name="learning_rate")

    def _apply_dense(self, grad: Tensor, var: Variable) -> Operation:
        acc = self._slots["accumulator"][var]
        return gen.op("ApplyAdagrad")(
            self.state,
            _ref(var),
            _ref(acc),
            m.cast(self.state, self._learning_rate_tensor, var.dtype.base_dtype),
            grad,
            use_locking=self._use_locking,
        )._op

    def _apply_sparse(self, grad: Any, var: Variable) -> Operation:
        acc = self._slots["accumulator"][var]
        return gen.op("SparseApplyAdagrad")(
            self.state,
            _ref(var),
            _ref(acc),
            m.cast(self.state, self._learning_rate_tensor, var.dtype.base_dtype),
            grad.values,
            grad.indices,
            use_locking=self._use_locking,
        )._op


class AdadeltaOptimizer(Optimizer):
    TYPE_NAME = "AdadeltaOptimizer"

    def __init__(
        self,
        state: TFState,
        learning_rate: Any = 0.001,
        rho: Any = 0.95,
        epsilon: Any = 1e-8,
        use_locking: Any = False,
        name: Any = "Adadelta",
    ):
        super().__init__(state, use_locking, name)
        self._lr, self._rho, self._epsilon = learning_rate, rho, epsilon
        self._tensors: list[Tensor] = []

    def _create_slots(self, var_list: list[Variable]) -> None:
        for v in var_list:
            self._zeros_slot(v, "accum")
            self._zeros_slot(v, "accum_update")

    def _prepare(self) -> None:
        self._tensors = [
            convert_to_tensor(self.state, value, name=name)
            for value, name in ((self._lr, "lr"), (self._rho, "rho"), (self._epsilon, "epsilon"))
        ]

    def _apply_dense(self, grad: Tensor, var: Variable) -> Operation:
        accum, accum_update = self._slots["accum"][var], self._slots["accum_update"][var]
        lr, rho, epsilon = (m.cast(self.state, t, var.dtype.base_dtype) for t in self._tensors)
        return gen.op("ApplyAdadelta")(
            self.state,
            _ref(var),
            _ref(accum),
            _ref(accum_update),
            lr,
            rho,
            epsilon,
            grad,
            use_locking=self._use_locking,
        )._op

    def _apply_sparse(self, grad: Any, var: Variable) -> Operation:
        """adadelta.py _apply_sparse: SparseApplyAdadelta on the gradient's rows."""
        accum, accum_update = self._slots["accum"][var], self._slots["accum_update"][var]
        lr, rho, epsilon = (m.cast(self.state, t, var.dtype.base_dtype) for t in self._tensors)
        return gen.op("SparseApplyAdadelta")(
            self.state, _ref(var), _ref(accum), _ref(accum_update), lr, rho, epsilon, grad.values,
            grad.indices, use_locking=self._use_locking,
        )._op


class ProximalGradientDescentOptimizer(Optimizer):
    TYPE_NAME = "ProximalGradientDescentOptimizer"

    def __init__(
        self,
        state: TFState,
        learning_rate: Any,
        l1_regularization_strength: Any = 0.0,
        l2_regularization_strength: Any = 0.0,
        use_locking: Any = False,
        name: Any = "ProximalGradientDescent",
    ):
        super().__init__(state, use_locking, name)
        self._values = (learning_rate, l1_regularization_strength, l2_regularization_strength)
        self._tensors: list[Tensor] = []

    def _prepare(self) -> None:
        names = ("learning_rate", "l1_regularization_strength", "l2_regularization_strength")
        self._tensors = [
            convert_to_tensor(self.state, v, name=n) for v, n in zip(self._values, names, strict=True)
        ]

    def _apply_dense(self, grad: Tensor, var: Variable) -> Operation:
        return gen.op("ApplyProximalGradientDescent")(
            self.state, _ref(var), *self._tensors, grad, use_locking=self._use_locking
        )._op


class ProximalAdagradOptimizer(ProximalGradientDescentOptimizer):
    TYPE_NAME = "ProximalAdagradOptimizer"

    def __init__(
        self,
        state: TFState,
        learning_rate: Any,
        initial_accumulator_value: Any = 0.1,
        l1_regularization_strength: Any = 0.0,
        l2_regularization_strength: Any = 0.0,
        use_locking: Any = False,
        name: Any = "ProximalAdagrad",
    ):
        if initial_accumulator_value <= 0.0:
            raise tf_value_error(f"initial_accumulator_value must be positive: {initial_accumulator_value}")
        super().__init__(
            state, learning_rate, l1_regularization_strength, l2_regularization_strength, use_locking, name
        )
        self._initial_accumulator_value = initial_accumulator_value

    def _create_slots(self, var_list: list[Variable]) -> None:
        for v in var_list:
            dims = list(v.shape.dims_ or ())
            val = constant(self.state, self._initial_accumulator_value, dtype=v.dtype.base_dtype, shape=dims)
            self._get_or_make_slot(v, val, "accumulator")

    def _apply_dense(self, grad: Tensor, var: Variable) -> Operation:
        acc = self._slots["accumulator"][var]
        return gen.op("ApplyProximalAdagrad")(
            self.state, _ref(var), _ref(acc), *self._tensors, grad, use_locking=self._use_locking
        )._op


class _FtrlAccumulator(Initializer):
    """ftrl.py's _accum_initializer: ones(shape) * initial_accumulator_value."""

    kind = "ones * initial_accumulator_value"

    def __init__(self, state: TFState, value: Any):
        super().__init__(state)
        self.value = value

    def build(self, shape: list[int], dtype: DType) -> Tensor:
        return fill_ops.ones(self.state, shape, dtype) * self.value


class FtrlOptimizer(Optimizer):
    TYPE_NAME = "FtrlOptimizer"

    def __init__(
        self,
        state: TFState,
        learning_rate: Any,
        learning_rate_power: Any = -0.5,
        initial_accumulator_value: Any = 0.1,
        l1_regularization_strength: Any = 0.0,
        l2_regularization_strength: Any = 0.0,
        use_locking: Any = False,
        name: Any = "Ftrl",
        accum_name: Any = None,
        linear_name: Any = None,
        l2_shrinkage_regularization_strength: Any = 0.0,
        beta: Any = None,
    ):
        super().__init__(state, use_locking, name)
        for value, what in (
            (initial_accumulator_value, "initial_accumulator_value"),
            (l1_regularization_strength, "l1_regularization_strength"),
            (l2_regularization_strength, "l2_regularization_strength"),
        ):
            if value < 0.0:
                raise tf_value_error(f"{what} {value:f} needs to be positive or zero")
        if learning_rate_power > 0.0:
            raise tf_value_error(f"learning_rate_power {learning_rate_power:f} needs to be negative or zero")
        if l2_shrinkage_regularization_strength < 0.0:
            raise tf_value_error(
                f"l2_shrinkage_regularization_strength {l2_shrinkage_regularization_strength:f} "
                "needs to be positive or zero"
            )
        self._learning_rate, self._learning_rate_power = learning_rate, learning_rate_power
        self._initial_accumulator_value = initial_accumulator_value
        self._l1, self._l2 = l1_regularization_strength, l2_regularization_strength
        self._beta = 0.0 if beta is None else beta
        self._l2_shrinkage = l2_shrinkage_regularization_strength
        self._accum_name, self._linear_name = accum_name, linear_name
        self._tensors: dict[str, Tensor] = {}

    def _create_slots(self, var_list: list[Variable]) -> None:
        for v in var_list:
            self._slot_with_initializer(
                v,
                _FtrlAccumulator(self.state, self._initial_accumulator_value),
                "accum",
                self._accum_name or self._name,
            )
            self._zeros_slot(v, "linear", self._linear_name or self._name)

    def _prepare(self) -> None:
        state = self.state
        t = self._tensors
        t["learning_rate"] = convert_to_tensor(state, self._learning_rate, name="learning_rate")
        t["l1"] = convert_to_tensor(state, self._l1, name="l1_regularization_strength")
        # the L2 strength with beta folded in: l2 + beta / (2 * maximum(lr, 1e-36)), as ops
        adjusted = self._l2 + self._beta / (2.0 * m.maximum(state, self._learning_rate, 1e-36))
        t["l2"] = convert_to_tensor(state, adjusted, name="adjusted_l2_regularization_strength")
        t["beta"] = convert_to_tensor(state, self._beta, name="beta")
        t["l2_shrinkage"] = convert_to_tensor(
            state, self._l2_shrinkage, name="l2_shrinkage_regularization_strength"
        )
        t["lr_power"] = convert_to_tensor(state, self._learning_rate_power, name="learning_rate_power")

    def _apply_dense(self, grad: Tensor, var: Variable) -> Operation:
        accum, linear = self._slots["accum"][var], self._slots["linear"][var]
        dtype = var.dtype.base_dtype
        names = ["learning_rate", "l1", "l2"]
        op_type = "ApplyFtrl"
        if self._l2_shrinkage > 0.0:
            names.append("l2_shrinkage")
            op_type = "ApplyFtrlV2"
        scalars = [m.cast(self.state, self._tensors[n], dtype) for n in [*names, "lr_power"]]
        return gen.op(op_type)(
            self.state, _ref(var), _ref(accum), _ref(linear), grad, *scalars, use_locking=self._use_locking
        )._op


@tf_export("train.AdagradOptimizer", label=False)
def adagrad_optimizer(
    state: TFState,
    learning_rate: Any,
    initial_accumulator_value: Any = 0.1,
    use_locking: Any = False,
    name: Any = "Adagrad",
) -> AdagradOptimizer:
    return AdagradOptimizer(state, learning_rate, initial_accumulator_value, use_locking, name)


@tf_export("train.AdadeltaOptimizer", label=False)
def adadelta_optimizer(
    state: TFState,
    learning_rate: Any = 0.001,
    rho: Any = 0.95,
    epsilon: Any = 1e-8,
    use_locking: Any = False,
    name: Any = "Adadelta",
) -> AdadeltaOptimizer:
    return AdadeltaOptimizer(state, learning_rate, rho, epsilon, use_locking, name)


@tf_export("train.ProximalGradientDescentOptimizer", label=False)
def proximal_gradient_descent_optimizer(
    state: TFState,
    learning_rate: Any,
    l1_regularization_strength: Any = 0.0,
    l2_regularization_strength: Any = 0.0,
    use_locking: Any = False,
    name: Any = "ProximalGradientDescent",
) -> ProximalGradientDescentOptimizer:
    return ProximalGradientDescentOptimizer(
        state, learning_rate, l1_regularization_strength, l2_regularization_strength, use_locking, name
    )


@tf_export("train.ProximalAdagradOptimizer", label=False)
def proximal_adagrad_optimizer(
    state: TFState,
    learning_rate: Any,
    initial_accumulator_value: Any = 0.1,
    l1_regularization_strength: Any = 0.0,
    l2_regularization_strength: Any = 0.0,
    use_locking: Any = False,
    name: Any = "ProximalAdagrad",
) -> ProximalAdagradOptimizer:
    return ProximalAdagradOptimizer(
        state,
        learning_rate,
        initial_accumulator_value,
        l1_regularization_strength,
        l2_regularization_strength,
        use_locking,
        name,
    )


@tf_export("train.FtrlOptimizer", label=False)
def ftrl_optimizer(
    state: TFState,
    learning_rate: Any,
    learning_rate_power: Any = -0.5,
    initial_accumulator_value: Any = 0.1,
    l1_regularization_strength: Any = 0.0,
    l2_regularization_strength: Any = 0.0,
    use_locking: Any = False,
    name: Any = "Ftrl",
    accum_name: Any = None,
    linear_name: Any = None,
    l2_shrinkage_regularization_strength: Any = 0.0,
    beta: Any = None,
) -> FtrlOptimizer:
    return FtrlOptimizer(
        state,
        learning_rate,
        learning_rate_power,
        initial_accumulator_value,
        l1_regularization_strength,
        l2_regularization_strength,
        use_locking,
        name,
        accum_name,
        linear_name,
        l2_shrinkage_regularization_strength,
        beta,
    )
