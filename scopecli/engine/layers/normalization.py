"""tf.layers.batch_normalization (legacy_tf_layers.normalization -> tf_keras BatchNormalization
with the V1 behaviour): gamma, beta, moving_mean, moving_variance; the fused kernel for 4-D
inputs on the channel axis, else moments + tf.nn.batch_normalization; with training=True the
two AssignMovingAvg updates (put in UPDATE_OPS as the legacy layer does). A tensor `training`
goes through smart_cond: the statistics and the updates become tf.conds (`cond`, `cond_1` ...)."""

from __future__ import annotations

from scopecli.engine import initializers as inits
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.layers.base import Layer, export_class
from scopecli.engine.ops_core import constant
from scopecli.errors import InputError, tf_type_error, tf_value_error
from scopecli.model import attribute

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState

class BatchNormalization(Layer):
    """BatchNormalization.build (gamma, beta, moving_mean, moving_variance) and call."""

    TYPE_NAME = "BatchNormalization"
    BASE_NAME = "batch_normalization"

    def __init__(self, state: TFState, axis: Any = -1, momentum: Any = 0.99, epsilon: Any = 1e-3,
                 center: Any = True, scale: Any = True, beta_initializer: Any = None,
                 gamma_initializer: Any = None, moving_mean_initializer: Any = None,
                 moving_variance_initializer: Any = None, beta_regularizer: Any = None,
                 gamma_regularizer: Any = None, beta_constraint: Any = None, gamma_constraint: Any = None,
                 renorm: Any = False, renorm_clipping: Any = None, renorm_momentum: Any = 0.99,
                 fused: Any = None, trainable: Any = True, virtual_batch_size: Any = None,
                 adjustment: Any = None, name: Any = None, **kwargs: Any):
        if renorm or virtual_batch_size is not None or adjustment is not None:
            raise InputError("tf.layers.batch_normalization with renorm, virtual_batch_size or adjustment is "
                             "not supported by scopecli yet")
        super().__init__(state, name, trainable, **kwargs)
        self.axis, self.momentum, self.epsilon = axis, momentum, epsilon
        self.center, self.scale = center, scale
        self.initializers = (gamma_initializer or inits.Ones(state), beta_initializer or inits.Zeros(state),
                             moving_mean_initializer or inits.Zeros(state),
                             moving_variance_initializer or inits.Ones(state))
        self.fused = fused
        self.regularizers = (gamma_regularizer, beta_regularizer)
        self.params: tuple[Any, ...] = ()

    def build_and_call(self, inputs: Tensor, training: Any = False, **kwargs: Any) -> Tensor:
        # BatchNormalization.build's checks: the layer's scope is already taken when they fail.
        channel, axes, fused = _checked_axis(inputs, self.axis, self.fused)
        if not self.built_:
            gamma_init, beta_init, mean_init, variance_init = self.initializers
            gamma = self.add_weight("gamma", [channel], gamma_init, regularizer=self.regularizers[0]) \
                if self.scale else None
            beta = self.add_weight("beta", [channel], beta_init, regularizer=self.regularizers[1]) \
                if self.center else None
            self.params = (gamma, beta, self.add_weight("moving_mean", [channel], mean_init, False),
                           self.add_weight("moving_variance", [channel], variance_init, False))
        gamma, beta, moving_mean, moving_variance = self.params
        training = self.training_value(training)
        if fused:
            return _fused(self, inputs, gamma, beta, moving_mean, moving_variance, float(self.epsilon),
                          self.momentum, training, _fused_format(len(inputs._shape.dims_), axes[0]),  # type: ignore[arg-type]
                          channel)
        return _plain(self, inputs, axes[0], gamma, beta, moving_mean, moving_variance, self.epsilon,
                      self.momentum, training)

    def training_value(self, training: Any) -> Any:
        """`training` as the call reads it once the weights exist (Keras's _get_training_value)."""
        return training

    @attribute
    def moving_mean(self) -> Any:
        return self.params[2] if self.params else None

    @attribute
    def moving_variance(self) -> Any:
        return self.params[3] if self.params else None

    @attribute
    def gamma(self) -> Any:
        return self.params[0] if self.params else None

    @attribute
    def beta(self) -> Any:
        return self.params[1] if self.params else None


@tf_export("layers.batch_normalization")
def batch_normalization(state: TFState, inputs: Any, axis: Any = -1, momentum: Any = 0.99,
                        epsilon: Any = 1e-3, center: Any = True, scale: Any = True,
                        beta_initializer: Any = None,
                        gamma_initializer: Any = None, moving_mean_initializer: Any = None,
                        moving_variance_initializer: Any = None, beta_regularizer: Any = None,
                        gamma_regularizer: Any = None, beta_constraint: Any = None,
                        gamma_constraint: Any = None, training: Any = False, trainable: Any = True,
                        name: Any = None, reuse: Any = None, renorm: Any = False, renorm_clipping: Any = None,
                        renorm_momentum: Any = 0.99, fused: Any = None, virtual_batch_size: Any = None,
                        adjustment: Any = None) -> Tensor:
    """legacy_tf_layers.normalization.batch_normalization: the class with `_scope=name`."""
    layer = BatchNormalization(state, axis, momentum, epsilon, center, scale, beta_initializer,
                               gamma_initializer, moving_mean_initializer, moving_variance_initializer,
                               beta_regularizer, gamma_regularizer, beta_constraint, gamma_constraint, renorm,
                               renorm_clipping, renorm_momentum, fused, trainable, virtual_batch_size,
                               adjustment, name=name, _scope=name, _reuse=reuse,
                               _api="tf.layers.batch_normalization")
    return layer(inputs, training=training)


export_class(BatchNormalization, "layers.BatchNormalization")


def _checked_axis(inputs: Tensor, axis: Any, fused: Any) -> tuple[int, list[int], bool]:
    """The channel size, the normalised axes and whether the fused kernel is used."""
    dims = inputs._shape.dims_
    if not dims:  # tf_utils.validate_axis: `if not rank` (a scalar too)
        raise tf_value_error(f"Input has undefined rank. Received: input_shape={inputs._shape}")
    ndims = len(dims)
    axes = [a % ndims if isinstance(a, int) and -ndims <= a < ndims else a
            for a in (axis if isinstance(axis, (list, tuple)) else [axis])]
    for a in axes:
        if not isinstance(a, int) or not 0 <= a < ndims:
            raise tf_value_error("Invalid value for `axis` argument. Expected 0 <= axis < inputs.rank (with "
                                 f"inputs.rank={ndims}). Received: axis={tuple(axes)}")
    if len(axes) != 1:
        raise InputError("tf.layers.batch_normalization over several axes is not supported by scopecli yet")
    channel = dims[axes[0]]
    if channel is None:
        shape = ", ".join(f"Dimension({d})" for d in dims)
        raise tf_value_error(f"Input has undefined `axis` dimension. Received input with shape ({shape}) and "
                             f"axis={tuple(axes)}")
    # The V1 layer (build: `fused = rank in (4, 5) and _fused_can_be_used()`) fuses a 4-D input
    # normalised on axis 1 or 3 and a 5-D one on axis 1 or 4, given as one of -4, -3, -1, 1, 3, 4;
    # otherwise (even with fused=True, as TF does) it takes the unfused path.
    raw = axis[0] if isinstance(axis, (list, tuple)) and len(axis) == 1 else axis
    fused = (fused is None or bool(fused)) and raw in (-4, -3, -1, 1, 3, 4) and \
        ((ndims == 4 and axes[0] in (1, 3)) or (ndims == 5 and axes[0] in (1, 4)))
    return channel, axes, fused


def _fused_format(ndims: int, axis: int) -> str:
    """BatchNormalization.build's _data_format for the fused kernel."""
    if ndims == 5:
        return "NCDHW" if axis == 1 else "NDHWC"
    return "NCHW" if axis == 1 else "NHWC"


def _training_value(training: Any) -> bool | None:
    """control_flow_util.constant_value (tf_keras): True/False/None for a tensor without one."""
    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.ops.cond import static_bool

    if isinstance(training, Tensor):
        return static_bool(training)
    if not isinstance(training, (list, dict, set)) and training in {0, 1}:
        return bool(training)
    from scopecli.engine.ops.variables import Variable

    if isinstance(training, Variable):
        return None
    raise tf_type_error("`pred` must be a Tensor, or a Python bool, or 1 or 0. Found instead: "
                        f"<class '{type(training).__name__}'>")


def _fused(layer: BatchNormalization, inputs: Tensor, gamma: Any, beta: Any, moving_mean: Any,
           moving_variance: Any,
           epsilon: float, momentum: Any, training: Any, data_format: str, channel: int) -> Tensor:
    """BatchNormalization._fused_batch_norm (no fused averaging in graph mode): FusedBatchNormV3
    through smart_cond(training, ...), then momentum (a Const, or a cond between it and 1.0 for a
    tensor `training`) and the two AssignMovingAvg updates unless `training` is known False."""
    from scopecli.engine.ops.cond import layer_smart_cond as smart_cond
    from scopecli.engine.ops.nn_norm_ops import fused_batch_norm

    state = layer.state
    if beta is None:
        beta = constant(state, 0.0, shape=[channel])
    if gamma is None:
        gamma = constant(state, 1.0, shape=[channel])

    def normalize(is_training: bool) -> Any:
        return fused_batch_norm(state, inputs, gamma, beta, mean=moving_mean, variance=moving_variance,
                                epsilon=epsilon, is_training=is_training, data_format=data_format)

    output, mean, variance = smart_cond(state, training, lambda: normalize(True), lambda: normalize(False))
    training_value = _training_value(training)
    if training_value or training_value is None:
        if training_value is None:
            momentum_t = smart_cond(state, training, lambda: momentum, lambda: 1.0)
        else:
            momentum_t = constant(state, momentum)
        layer.add_update(lambda: _assign_moving_average(state, moving_mean, mean, momentum_t))
        layer.add_update(lambda: _assign_moving_average(state, moving_variance, variance, momentum_t))
    return output


def _plain(layer: BatchNormalization, inputs: Tensor, axis: int, gamma: Any, beta: Any, moving_mean: Any,
           moving_variance: Any, epsilon: Any, momentum: Any, training: Any) -> Tensor:
    """BatchNormalization.call, unfused: moments over the other axes unless `training` is known
    False, chosen against the moving statistics by smart_cond, the updates (smart_cond between
    the AssignMovingAvg and the variable), then tf.nn.batch_normalization and the input's shape."""
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.cond import layer_smart_cond as smart_cond
    from scopecli.engine.ops.nn_impl import moments
    from scopecli.engine.ops.nn_norm_ops import batch_normalization as nn_batch_normalization
    from scopecli.engine.ops_core import convert_to_tensor

    state = layer.state
    ndims = len(inputs._shape.dims_)  # type: ignore[arg-type]
    reduction_axes = [i for i in range(ndims) if i != axis]
    # Not the last axis: the 1-D statistics and parameters are reshaped to broadcast on `axis`
    broadcast_shape = [1] * ndims
    broadcast_shape[axis] = inputs._shape.dims_[axis]  # type: ignore[index]

    def broadcast(v: Any) -> Any:
        if v is not None and len(v.shape) != ndims and reduction_axes != list(range(ndims - 1)):
            from scopecli.engine.ops.array_shape_ops import reshape

            return reshape(state, v, broadcast_shape)
        return v

    gamma, beta = broadcast(gamma), broadcast(beta)
    if _training_value(training) is False:
        mean, variance = moving_mean, moving_variance
    else:
        batch_mean, batch_variance = moments(state, inputs, reduction_axes)
        mean = smart_cond(state, training, lambda: batch_mean, lambda: convert_to_tensor(state, moving_mean))
        variance = smart_cond(state, training, lambda: batch_variance,
                              lambda: convert_to_tensor(state, moving_variance))
        new_mean, new_variance = mean, variance

        def mean_update() -> Any:
            return smart_cond(state, training,
                              lambda: _assign_moving_average(state, moving_mean, new_mean, momentum),
                              lambda: moving_mean)

        def variance_update() -> Any:
            return smart_cond(state, training,
                              lambda: _assign_moving_average(state, moving_variance, new_variance, momentum),
                              lambda: moving_variance)

        # Passed as callables, as BatchNormalization.call does (the legacy layer builds them at once).
        layer.add_update(mean_update)
        layer.add_update(variance_update)
    dtype = inputs._dtype
    mean, variance = m.cast(state, mean, dtype), m.cast(state, variance, dtype)
    beta = m.cast(state, beta, dtype) if beta is not None else None
    gamma = m.cast(state, gamma, dtype) if gamma is not None else None
    outputs = nn_batch_normalization(state, inputs, broadcast(mean), broadcast(variance), beta, gamma,
                                     epsilon)
    outputs.set_shape(inputs._shape)
    return outputs


def _assign_moving_average(state: TFState, variable: Any, value: Any, momentum: Any) -> Any:
    """BatchNormalization._assign_moving_average: scope `AssignMovingAvg`, decay = 1 - momentum
    (a Const `decay` for a Python momentum), (variable - value) * decay, AssignSub as the scope."""
    from scopecli.engine.framework.name_scope import name_scope
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.state_ops import assign_sub

    with name_scope(state, None, "AssignMovingAvg", []) as scope:
        if isinstance(momentum, (int, float)):
            decay = constant(state, 1.0 - momentum, name="decay")
        else:
            decay = m.operator_reflected(state, "sub", m.subtract, momentum, 1.0)
        value = m.cast(state, value, variable.dtype)
        if variable.variable_op._type == "VarHandleOp":
            # a Keras (resource) weight: `variable - value` reads it first, then
            # state_ops.assign_sub calls variable.assign_sub(delta), dropping the name
            delta = m.operator_binary(state, "mul", m.mul_dispatch, variable - value, decay)
            return variable.assign_sub(delta)
        delta = m.operator_binary(state, "sub", m.subtract, variable, value)
        delta = m.operator_binary(state, "mul", m.mul_dispatch, delta, decay)
        return assign_sub(state, variable, delta, name=scope)

