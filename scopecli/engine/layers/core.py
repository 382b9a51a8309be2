"""tf.layers.Dense / Flatten / Dropout and their function forms (legacy_tf_layers/core.py):
each `call` mirrors tf_keras's in graph mode, op for op; the function form is the class built
with `_scope=name, _reuse=reuse` (Dense) or `name=name` and called once."""

from __future__ import annotations

import math

from scopecli.engine import initializers as inits
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.shapes import TensorShape, as_shape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.layers.base import Layer, activate, channels_last, export_class
from scopecli.engine.ops import array_join_ops as join
from scopecli.engine.ops import array_shape_ops as shape_ops
from scopecli.engine.ops import math_arith_ops as m
from scopecli.engine.ops.array_join_ops import gather
from scopecli.engine.ops.array_shape_ops import expand_dims, transpose
from scopecli.engine.ops.nn_ops import bias_add
from scopecli.engine.ops.reduction_ops import reduce_prod
from scopecli.engine.ops.tensor_getitem_override import getitem
from scopecli.engine.ops_core import constant, convert_to_tensor
from scopecli.errors import InputError, tf_value_error
from scopecli.model import attribute, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


def bias_initializer(state: TFState, initializer: Any) -> Any:
    return initializer if initializer is not None else inits.Zeros(state)


class KernelBiasLayer(Layer):
    """What Dense and the convolutions share: activation, bias, and the kernel's and bias's
    regularizers and constraints (the constraints ride on the variables, as add_weight does)."""

    def init_kernel_bias(self, activation: Any, use_bias: Any, regularizers: tuple[Any, Any],
                         constraints: tuple[Any, Any]) -> None:
        self.activation_, self.use_bias_ = activation, use_bias
        self.regularizers, self.constraints = regularizers, constraints

    @attribute
    def activation(self) -> Any:
        return self.activation_

    @attribute
    def use_bias(self) -> Any:
        return self.use_bias_

    @attribute
    def kernel_regularizer(self) -> Any:
        return self.regularizers[0]

    @attribute
    def bias_regularizer(self) -> Any:
        return self.regularizers[1]

    @attribute
    def kernel_constraint(self) -> Any:
        return self.constraints[0]

    @attribute
    def bias_constraint(self) -> Any:
        return self.constraints[1]


def shape_text(tensor: Tensor) -> str:
    """The shape as TF 1.x prints a TensorShape ("(?, 6, 6, ?)")."""
    return str(tensor._shape)


def spec_shape_text(tensor: Tensor) -> str:
    """The shape as input_spec's messages print it: tuple(TensorShape), Dimension objects."""
    dims = tensor._shape.dims_ or ()
    items = ", ".join(f"Dimension({d})" for d in dims)
    return f"({items}{',' if len(dims) == 1 else ''})"


def _known(dims: tuple[Any, ...]) -> Any:
    return TensorShape.known(dims)


def tensordot_last_axis(state: TFState, a: Tensor, b: Any) -> Tensor:
    """math_ops.tensordot(a, b, [[rank - 1], [0]]) with a fully known 2-D `b` (Dense's kernel),
    op for op: a static reshape when `a`'s shape is fully known, else the Shape / GatherV2 /
    Prod / concat / transpose ops TF builds to compute it, all under `Tensordot/`."""
    with name_scope(state, None, "Tensordot", [a, b]) as scope:
        b = convert_to_tensor(state, b, name="b")
        dims = list(a._shape.dims_)  # type: ignore[arg-type]
        rank = len(dims)
        free_static = dims[:-1]
        units = b._shape.dims_[-1]  # type: ignore[index]
        if all(d is not None for d in dims):
            prod_free = math.prod(free_static)  # type: ignore[arg-type]
            # perm [0..rank-1] is the identity: no transpose; the reshape only when it changes.
            reshaped = (shape_ops.reshape(state, a, [prod_free, dims[-1]]) if dims != [prod_free, dims[-1]]
                        else a)
            product = m.matmul(state, reshaped, b)
            if [prod_free, units] == [*free_static, units]:
                return product
            return shape_ops.reshape(state, product, [*free_static, units], name=scope)
        axes = constant(state, [rank - 1], dtype=dtypes.int32, name="axes")
        free = constant(state, list(range(rank - 1)), dtype=dtypes.int32, name="free")
        shape_a = shape_ops.shape(state, a)
        free_dims = gather(state, shape_a, free)
        axes_dims = gather(state, shape_a, axes)
        prod_free = reduce_prod(state, free_dims)
        prod_axes = reduce_prod(state, axes_dims)
        perm = join.concat(state, [free, axes], 0)
        new_shape = join.stack(state, [prod_free, prod_axes])
        product = m.matmul(state, shape_ops.reshape(state, transpose(state, a, perm), new_shape), b)
        b_free = constant(state, [units], dtype=dtypes.int32)
        result = shape_ops.reshape(state, product, join.concat(state, [free_dims, b_free], 0), name=scope)
        result.set_shape(_known((*free_static, units)))
        return result


class Dense(KernelBiasLayer):
    """Dense.build (kernel [last, units], bias [units]) and call: MatMul, BiasAdd, activation."""

    TYPE_NAME = "Dense"
    BASE_NAME = "dense"

    def __init__(self, state: TFState, units: Any, activation: Any = None, use_bias: Any = True,
                 kernel_initializer: Any = None, bias_initializer: Any = None, kernel_regularizer: Any = None,
                 bias_regularizer: Any = None, activity_regularizer: Any = None,
                 kernel_constraint: Any = None,
                 bias_constraint: Any = None, trainable: Any = True, name: Any = None, **kwargs: Any):
        units = int(units)
        if units < 0:
            raise tf_value_error("Received an invalid value for `units`, expected a positive integer. "
                                 f"Received: units={units}")
        super().__init__(state, name, trainable, activity_regularizer=activity_regularizer, **kwargs)
        self.units_ = units
        self.init_kernel_bias(activation, use_bias, (kernel_regularizer, bias_regularizer),
                              (kernel_constraint, bias_constraint))
        self.kernel_initializer, self.bias_initializer = kernel_initializer, bias_initializer
        self.kernel_: Any = None
        self.bias_: Any = None

    def build_and_call(self, inputs: Tensor, *args: Any, **kwargs: Any) -> Tensor:
        state = self.state
        if not self.built_:
            last = inputs._shape.dims_[-1] if inputs._shape.dims_ else None
            if last is None:
                raise tf_value_error("The last dimension of the inputs to a Dense layer should be defined. "
                                     f"Found None. Full input shape received: {shape_text(inputs)}")
            self.kernel_ = self.add_weight("kernel", [last, self.units_], self.kernel_initializer,
                                           regularizer=self.regularizers[0], constraint=self.constraints[0])
            if self.use_bias_:
                self.bias_ = self.add_weight("bias", [self.units_],
                                             bias_initializer(state, self.bias_initializer),
                                             regularizer=self.regularizers[1], constraint=self.constraints[1])
        rank = inputs._shape.ndims
        if rank == 2 or rank is None:
            outputs = m.matmul(state, inputs, self.kernel_)
        else:
            outputs = tensordot_last_axis(state, inputs, self.kernel_)
            # Dense.call sets the static shape: the input's leading dims and the units.
            outputs.set_shape(_known((*inputs._shape.dims_[:-1], self.units_)))  # type: ignore[misc]
        if self.bias_ is not None:
            outputs = bias_add(state, outputs, self.bias_)
        return activate(state, self.activation_, outputs)

    @method
    def compute_output_shape(self, input_shape: Any) -> Any:
        """Dense.compute_output_shape: the input's shape with its last dimension the units."""
        shape = as_shape(input_shape)
        dims = shape.dims_
        if dims is not None and len(dims) < 2:  # TensorShape.with_rank_at_least(2)
            raise tf_value_error(f"Shape {shape} must have rank at least 2")
        if dims is None or dims[-1] is None:
            raise tf_value_error("The last dimension of the input shape of a Dense layer should be defined. "
                                 f"Found None. Received: input_shape={shape}")
        return _known((*dims[:-1], self.units_))

    @attribute
    def units(self) -> int:
        return self.units_

    @attribute
    def kernel(self) -> Any:
        return self.kernel_

    @attribute
    def bias(self) -> Any:
        return self.bias_


@tf_export("layers.dense")
def dense(state: TFState, inputs: Any, units: Any, activation: Any = None, use_bias: Any = True,
          kernel_initializer: Any = None, bias_initializer: Any = None, kernel_regularizer: Any = None,
          bias_regularizer: Any = None, activity_regularizer: Any = None, kernel_constraint: Any = None,
          bias_constraint: Any = None, trainable: Any = True, name: Any = None, reuse: Any = None) -> Tensor:
    """legacy_tf_layers.core.dense: Dense(...)(inputs) with `_scope=name, _reuse=reuse`."""
    return Dense(state, units, activation, use_bias, kernel_initializer, bias_initializer, kernel_regularizer,
                 bias_regularizer, activity_regularizer, kernel_constraint, bias_constraint, trainable, name,
                 _scope=name, _reuse=reuse, _api="tf.layers.dense")(inputs)


export_class(Dense, "layers.Dense")


class Flatten(Layer):
    """Flatten.call in graph mode: reshape to (-1, prod(dims[1:])) through a Const, (batch, -1)
    when only the batch is known, else [tf.shape(inputs)[0], -1]; rank 1 gets ExpandDims."""

    TYPE_NAME = "Flatten"
    BASE_NAME = "flatten"

    def __init__(self, state: TFState, data_format: Any = None, name: Any = None, **kwargs: Any):
        self.channels_first = data_format == "channels_first"
        if not self.channels_first:
            channels_last(data_format)
        super().__init__(state, name, **kwargs)

    @method
    def compute_output_shape(self, input_shape: Any) -> Any:
        """Flatten.compute_output_shape: the batch, then the product of the rest (None when any
        is unknown; [1] for a scalar)."""
        dims = as_shape(input_shape).as_list()
        if not dims:
            return TensorShape.known((1,))
        rest = dims[1:]
        known = all(d for d in rest)  # np.all: a None or a 0 makes it unknown
        return _known((dims[0], int(math.prod(rest)) if known else None))

    def build_and_call(self, inputs: Tensor, *args: Any, **kwargs: Any) -> Tensor:
        state = self.state
        rank = inputs._shape.ndims
        if self.channels_first and rank and rank > 1:  # to channels-last first
            inputs = shape_ops.transpose(state, inputs, perm=[0, *range(2, rank), 1])
        dims = inputs._shape.dims_
        if dims is not None and len(dims) == 1:
            return expand_dims(state, inputs, 1)
        if dims is None:
            raise InputError("tf.layers.flatten of an input of unknown rank is not supported by scopecli yet")
        rest = dims[1:]
        if all(d is not None for d in rest):
            shape: Any = constant(state, [-1, int(math.prod(rest))])  # type: ignore[arg-type]
        elif dims[0] is not None:
            shape = constant(state, [int(dims[0]), -1])
        else:
            shape = [getitem(shape_ops.shape(state, inputs), 0), -1]
        return shape_ops.reshape(state, inputs, shape)


@tf_export("layers.flatten")
def flatten(state: TFState, inputs: Any, name: Any = None, data_format: Any = "channels_last") -> Tensor:
    return Flatten(state, data_format, name, _api="tf.layers.flatten")(inputs)


export_class(Flatten, "layers.Flatten")


class Dropout(Layer):
    """Dropout.call: smart_cond(training, dropped_inputs, lambda: tf.identity(inputs)); a tensor
    `training` builds a tf.cond (`dropout/cond/...`)."""

    TYPE_NAME = "Dropout"
    BASE_NAME = "dropout"

    def __init__(self, state: TFState, rate: Any = 0.5, noise_shape: Any = None, seed: Any = None,
                 name: Any = None, **kwargs: Any):
        super().__init__(state, name, **kwargs)
        self.rate_, self.noise_shape_, self.seed = rate, noise_shape, seed

    @attribute
    def rate(self) -> Any:
        return self.rate_

    @attribute
    def noise_shape(self) -> Any:
        return self.noise_shape_

    def build_and_call(self, inputs: Tensor, training: Any = False, **kwargs: Any) -> Tensor:
        from scopecli.engine.ops.cond import layer_smart_cond as smart_cond
        from scopecli.engine.ops.nn_dropout import dropout_v2

        state = self.state
        return smart_cond(state, training,
                          lambda: dropout_v2(state, inputs, self.rate_, self.noise_shape_, self.seed),
                          lambda: shape_ops.identity(state, inputs))


@tf_export("layers.dropout")
def dropout(state: TFState, inputs: Any, rate: Any = 0.5, noise_shape: Any = None, seed: Any = None,
            training: Any = False, name: Any = None) -> Tensor:
    return Dropout(state, rate, noise_shape, seed, name, _api="tf.layers.dropout")(inputs, training=training)


export_class(Dropout, "layers.Dropout")
