"""The rest of tf.nn's composite functions (TF's nn_impl.py / nn_ops.py): selu, swish, crelu,
l2_normalize, xw_plus_b, moments, top_k, in_top_k, sigmoid_cross_entropy_with_logits, and the
shapes of the op types they add (TopKV2, InTopKV2, IdentityN)."""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.name_scope import name_scope, output
from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import register_shape, shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.op_def import computed, const_value
from scopecli.engine.ops import array_fill_ops as fill_ops
from scopecli.engine.ops import array_join_ops as join
from scopecli.engine.ops import math_arith_ops as m
from scopecli.engine.ops import math_unary_ops as mu
from scopecli.engine.ops.math_ops import unchanged
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import tf_value_error
from scopecli.model import named_tuple

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


@tf_export("nn.selu")
def selu(state: TFState, features: Any, name: Any = None) -> Tensor:
    """gen_nn_ops.selu."""
    return output(apply_op(state, "Selu", name, features=features))


@tf_export("nn.swish", "nn.silu")
def swish(state: TFState, features: Any, beta: Any = 1.0) -> Tensor:
    """nn_impl.swish: features * sigmoid(beta * features) under a graph-mode custom gradient,
    which passes the result through Identity, then IdentityN with the arguments."""
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import math_unary_ops as mu

    features = convert_to_tensor(state, features, name="features")
    beta = convert_to_tensor(state, beta, name="beta")
    beta = m.cast(state, beta, features._dtype.base_dtype)
    product = m.operator_binary(state, "mul", m.multiply, beta, features)
    result = m.operator_binary(state, "mul", m.multiply, features, mu.sigmoid(state, product))
    flat = output(apply_op(state, "Identity", None, input=result))
    del flat  # made first, as TF does; IdentityN takes the result itself
    op = apply_op(state, "IdentityN", None, input=[result, features, beta])
    op.custom_gradient_ = "swish"  # custom_gradient's override: nn_loss_grad's swish gradient
    return op._outputs[0]


@tf_export("nn.crelu")
def crelu(state: TFState, features: Any, name: Any = None, axis: Any = -1) -> Tensor:
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import math_unary_ops as mu

    with name_scope(state, name, "CRelu", [features]) as scope:
        features = convert_to_tensor(state, features, name="features")
        c = join.concat(state, [features, mu.negative(state, features)], axis, name=scope)
        return output(apply_op(state, "Relu", None, features=c))


@tf_export("nn.l2_normalize", "math.l2_normalize", "linalg.l2_normalize")
def l2_normalize(state: TFState, x: Any, axis: Any = None, epsilon: Any = 1e-12, name: Any = None,
                 dim: Any = None) -> Tensor:
    """nn_impl.l2_normalize (v1): x * rsqrt(max(sum(x**2, axis, keepdims), epsilon))."""
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import math_unary_ops as mu
    from scopecli.engine.ops import reduction_ops as red

    axis = dim if axis is None else axis
    with name_scope(state, name, "l2_normalize", [x]) as scope:
        x = convert_to_tensor(state, x, name="x")
        square_sum = red.reduce_sum(state, mu.square(state, x), axis, keepdims=True)
        x_inv_norm = mu.rsqrt(state, m.maximum(state, square_sum, epsilon))
        return m.multiply(state, x, x_inv_norm, name=scope)


@tf_export("nn.xw_plus_b")
def xw_plus_b(state: TFState, x: Any, weights: Any, biases: Any, name: Any = None) -> Tensor:
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.nn_ops import bias_add

    with name_scope(state, name, "xw_plus_b", [x, weights, biases]) as scope:
        x = convert_to_tensor(state, x, name="x")
        weights = convert_to_tensor(state, weights, name="weights")
        biases = convert_to_tensor(state, biases, name="biases")
        mm = m.matmul(state, x, weights)
        return bias_add(state, mm, biases, name=scope)


@tf_export("nn.moments")
def moments(state: TFState, x: Any, axes: Any, shift: Any = None, name: Any = None, keep_dims: Any = None,
            keepdims: Any = None) -> tuple[Tensor, Tensor]:
    """nn_impl.moments (v1): the mean, then the mean squared difference from its stopped
    gradient, both squeezed over `axes` unless keep_dims."""
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import reduction_ops as red
    from scopecli.engine.ops.losses import squared_difference
    from scopecli.engine.ops.math_ops import stop_gradient

    keep = keepdims if keep_dims is None else keep_dims
    keep = bool(keep) if keep is not None else False
    with name_scope(state, name, "moments", [x, axes]):
        x = convert_to_tensor(state, x)
        y = m.cast(state, x, dtypes.float32) if x._dtype.base_dtype == dtypes.float16 else x
        mean = red.reduce_mean(state, y, axes, keepdims=True, name="mean")
        variance = red.reduce_mean(state, squared_difference(state, y, stop_gradient(state, mean)), axes,
                                 keepdims=True, name="variance")
        if not keep:
            mean = shape_ops.squeeze(state, mean, axes)
            variance = shape_ops.squeeze(state, variance, axes)
        if x._dtype.base_dtype == dtypes.float16:
            return m.cast(state, mean, dtypes.float16), m.cast(state, variance, dtypes.float16)
        return mean, variance


@tf_export("nn.top_k", "math.top_k")
def top_k(state: TFState, input: Any, k: Any = 1, sorted: Any = True, name: Any = None,  # noqa: A002
          index_type: Any = dtypes.int32) -> tuple[Tensor, Tensor]:
    """nn_ops.top_k: gen_nn_ops.top_kv2, whose result is the namedtuple TopKV2(values, indices)."""
    op = apply_op(state, "TopKV2", name, input=input, k=k, sorted=sorted, index_type=index_type)
    return _TopKV2(op._outputs[0], op._outputs[1])


_TopKV2 = named_tuple("TopKV2", ("values", "indices"))


@tf_export("nn.in_top_k", "math.in_top_k")
def in_top_k(state: TFState, predictions: Any, targets: Any, k: Any, name: Any = None) -> Tensor:
    """nn_ops.in_top_k (v1): InTopKV2 inside an "in_top_k" scope."""
    with name_scope(state, name, "in_top_k", [predictions, targets]):
        return output(apply_op(state, "InTopKV2", name, predictions=predictions, targets=targets, k=k))


@shape_fn("TopKV2")
def _top_k_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """TopKShapeFn: rank >= 1, the last dimension becomes k (checked against it when known)."""
    dims = inputs[0]._shape.dims_
    k_value = const_value(inputs[1])
    k = None if k_value is None else int(k_value)
    if k is not None and k < 0:
        raise shape_error(f"Dimension size, given by scalar input 1, must be non-negative but is {k}", name,
                          "TopKV2", attrs, inputs, computed({1: k_value}))
    if dims is None:
        return [TensorShape(None), TensorShape(None)]
    if not dims:
        raise shape_error("Shape must be at least rank 1 but is rank 0", name, "TopKV2", attrs, inputs)
    if k is not None and dims[-1] is not None and dims[-1] < k:
        raise shape_error(f"input must have last dimension >= k = {k} but is {dims[-1]}", name, "TopKV2",
                          attrs, inputs, computed({1: k_value}))
    shape = TensorShape.known((*dims[:-1], k))
    return [shape, shape]


@shape_fn("InTopKV2")
def _in_top_k_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """InTopK: predictions rank 2, targets rank 1, batch sizes merged; a vector of the batch."""
    predictions, targets = inputs[0]._shape.dims_, inputs[1]._shape.dims_
    for dims, rank in ((predictions, 2), (targets, 1)):
        if dims is not None and len(dims) != rank:
            raise shape_error(f"Shape must be rank {rank} but is rank {len(dims)}", name, "InTopKV2", attrs,
                              inputs)
    a = predictions[0] if predictions else None
    b = targets[0] if targets else None
    if a is not None and b is not None and a != b:
        raise shape_error(f"Dimensions must be equal, but are {a} and {b}", name, "InTopKV2", attrs, inputs)
    return [TensorShape.known((a if a is not None else b,))]


register_shape("Selu", unchanged)
register_shape("IdentityN", lambda name, inputs, attrs: [t._shape for t in inputs])


@tf_export("nn.embedding_lookup")
def embedding_lookup(state: TFState, params: Any, ids: Any, partition_strategy: Any = "mod", name: Any = None,
                     validate_indices: Any = True, max_norm: Any = None) -> Tensor:
    """embedding_ops.embedding_lookup (one shard): GatherV2 named after the scope, then an
    Identity (the result leaves the params' colocation)."""
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops.partitioned_variables import PartitionedVariable
    from scopecli.engine.ops.variables import Variable
    from scopecli.errors import InputError

    if isinstance(params, PartitionedVariable):
        params = list(params)  # its shards, in offset order
    if isinstance(params, Variable) or not isinstance(params, (list, tuple)):
        params = [params]
    if not params:
        raise tf_value_error("Length of params is currently 0. Need at least one param.")
    if max_norm is not None and len(params) > 1:
        raise InputError("a partitioned tf.nn.embedding_lookup with max_norm is not supported by scopecli "
                         "yet")
    from scopecli.engine.ops.resource_variable_ops import ResourceVariable, resource_gather

    with name_scope(state, name, "embedding_lookup", [*params, ids]) as scope:
        if len(params) > 1:
            from scopecli.engine.ops.embedding_partitioned import partitioned_lookup

            if any(isinstance(p, ResourceVariable) for p in params):
                raise InputError("a partitioned embedding_lookup of resource variables is not supported by "
                                 "scopecli yet")
            shards = [convert_to_tensor(state, p, name="params") for p in params]
            return partitioned_lookup(state, scope, shards, convert_to_tensor(state, ids, name="ids"),
                                      partition_strategy)
        if isinstance(params[0], ResourceVariable):  # kept a variable: gather reads sparsely
            ids = convert_to_tensor(state, ids, name="ids")
            gathered = resource_gather(state, params[0], ids, name=scope)
            return shape_ops.identity(state, _clip(state, gathered, ids, max_norm))
        param = convert_to_tensor(state, params[0], name="params")
        ids = convert_to_tensor(state, ids, name="ids")
        result = join.gather(state, param, ids, name=scope)
        return shape_ops.identity(state, _clip(state, result, ids, max_norm))


def _clip(state: TFState, params: Tensor, ids: Tensor, max_norm: Any) -> Tensor:
    """embedding_ops._clip: each looked-up row clipped to max_norm over the axes past the ids'."""
    from scopecli.engine.ops.clip_ops import clip_by_norm
    from scopecli.errors import InputError

    if max_norm is None:
        return params
    ids_rank, params_rank = ids._shape.ndims, params._shape.ndims
    if not ids_rank or not params_rank:  # TF then computes the axes with tf.range of tf.rank
        raise InputError("tf.nn.embedding_lookup with max_norm and ids or params of unknown (or zero) rank "
                         "is not supported by scopecli yet")
    return clip_by_norm(state, params, max_norm, axes=list(range(ids_rank, params_rank)))


@tf_export("nn.weighted_cross_entropy_with_logits")
def weighted_cross_entropy_with_logits(state: TFState, labels: Any = None, logits: Any = None,
                                       pos_weight: Any = None, name: Any = None,
                                       targets: Any = None) -> Tensor:
    """nn_impl.weighted_cross_entropy_with_logits (v1; `targets` the old name of labels):
    (1 - z) * x + (1 + (q - 1) * z) * (log1p(exp(-|x|)) + relu(-x))."""
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import math_unary_ops as mu
    from scopecli.engine.ops.math_unary_ops import log1p
    from scopecli.engine.ops.nn_ops import relu

    labels = targets if labels is None else labels
    with name_scope(state, name, "logistic_loss", [logits, labels]) as scope:
        logits = convert_to_tensor(state, logits, name="logits")
        labels = convert_to_tensor(state, labels, name="labels")
        if not labels._shape.is_compatible_with(logits._shape):
            raise tf_value_error("`logits` and `labels` must have the same shape, received "
                                 f"({logits._shape} vs {labels._shape}).")
        scaled = m.operator_reflected(state, "mul", m.multiply, labels, pos_weight - 1)
        log_weight = m.operator_reflected(state, "add", m.add_dispatch, scaled, 1)
        kept = m.operator_binary(state, "mul", m.multiply,
                                 m.operator_reflected(state, "sub", m.subtract, labels, 1), logits)
        softplus = m.operator_binary(
            state, "add", m.add_dispatch,
            log1p(state, mu.exp(state, mu.negative(state, mu.abs_(state, logits)))),
            relu(state, mu.negative(state, logits)))
        weighted = m.operator_binary(state, "mul", m.multiply, log_weight, softplus)
        return m.add(state, kept, weighted, name=scope)


@tf_export("nn.lrn", "nn.local_response_normalization")
def lrn(state: TFState, input: Any, depth_radius: Any = 5, bias: Any = 1, alpha: Any = 1,  # noqa: A002
        beta: Any = 0.5, name: Any = None) -> Tensor:
    """gen_nn_ops.lrn."""
    return output(apply_op(state, "LRN", name, input=input, depth_radius=depth_radius, bias=bias,
                           alpha=alpha, beta=beta))


@shape_fn("LRN")
def _lrn_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """UnchangedShapeWithRank(c, 4)."""
    dims = inputs[0]._shape.dims_
    if dims is not None and len(dims) != 4:
        raise shape_error(f"Shape must be rank 4 but is rank {len(dims)}", name, "LRN", attrs, inputs)
    return [inputs[0]._shape if dims is not None else TensorShape.known((None,) * 4)]


@tf_export("nn.zero_fraction", "math.zero_fraction")
def zero_fraction(state: TFState, value: Any, name: Any = None) -> Tensor:
    """nn_impl.zero_fraction: the non-zeros counted inside a tf.cond on the size (an int32 count
    cast to int64 when it fits, else an int64 one), then `counts_to_fraction` and `fraction`."""
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.cond import build_cond

    with name_scope(state, name, "zero_fraction", [value]):
        value = convert_to_tensor(state, value, name="value")
        size = shape_ops.size(state, value, out_type=dtypes.int64)
        num_nonzero = build_cond(
            state, m.less_equal(state, size, 2**31 - 1),
            lambda: m.cast(state, _count_nonzero(state, value, dtypes.int32), dtypes.int64),
            lambda: _count_nonzero(state, value, dtypes.int64), False, None)
        with state.graph.name_scope("counts_to_fraction"):
            num_zero = m.operator_binary(state, "sub", m.subtract, size, num_nonzero)
            num_zero_float32 = m.cast(state, num_zero, dtypes.float32)
            size_float32 = m.cast(state, size, dtypes.float32)
            zero_fraction_float32 = m.operator_binary(state, "truediv", m.truediv, num_zero_float32,
                                                      size_float32)
        return shape_ops.identity(state, zero_fraction_float32, "fraction")


def _count_nonzero(state: TFState, input_tensor: Tensor, dtype: Any) -> Tensor:
    """nn_impl._count_nonzero: reduce_sum(cast(input != 0, dtype)) in scope `count_nonzero`."""
    from scopecli.engine.ops import array_fill_ops as fill_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import reduction_ops as red

    with name_scope(state, None, "count_nonzero", [input_tensor]):
        zero = fill_ops.zeros(state, [], dtype=input_tensor._dtype.base_dtype)
        return red.reduce_sum(state, m.cast(state, m.not_equal(state, input_tensor, zero), dtype),
                            name="nonzero_count")


@tf_export("nn.sigmoid_cross_entropy_with_logits")
def sigmoid_cross_entropy_with_logits(
    state: TFState, labels: Any = None, logits: Any = None, name: Any = None
) -> Tensor:
    if labels is None or logits is None:
        raise tf_value_error(
            "Both `labels` and `logits` must be provided for sigmoid_cross_entropy_with_logits"
            f"Received: labels={labels} and logits={logits}"
        )
    with name_scope(state, name, "logistic_loss", [logits, labels]) as scope:
        logits_t = convert_to_tensor(state, logits, name="logits")
        labels_t = convert_to_tensor(state, labels, name="labels")
        if not labels_t._shape.is_compatible_with(logits_t._shape):
            raise tf_value_error(
                f"`logits` and `labels` must have the same shape, received "
                f"({logits_t._shape} vs {labels_t._shape})."
            )
        zeros = fill_ops.zeros_like(state, logits_t, dtype=logits_t._dtype)
        cond = m.greater_equal(state, logits_t, zeros)
        relu_logits = join.where(state, cond, logits_t, zeros)
        neg_abs = join.where(state, cond, mu.negative(state, logits_t), logits_t)
        product = m.operator_binary(state, "mul", m.multiply, logits_t, labels_t)
        diff = m.operator_binary(state, "sub", m.subtract, relu_logits, product)
        return m.add(state, diff, mu.log1p(state, mu.exp(state, neg_abs)), name=scope)
