"""tf.nn's softmax cross-entropy family and log_softmax (TF's nn_ops.py), the Slice op type they
build (array_ops.slice), and the shape functions of Slice, LogSoftmax and the two xent ops.

softmax_cross_entropy_with_logits (v1) stops the labels' gradient and calls v2 in its own scope
("softmax_cross_entropy_with_logits_sg"); v2 flattens logits and labels to 2-D
(_flatten_outer_dims), runs SoftmaxCrossEntropyWithLogits and reshapes the cost back.
"""

from __future__ import annotations

import math

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.common_shapes import broadcast_shapes
from scopecli.engine.framework.name_scope import name_scope, output
from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import register_shape, shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.op_def import const_value
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import InputError, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


def slice_(state: TFState, input_: Any, begin: Any, size: Any, name: Any = None) -> Tensor:
    """array_ops.slice: gen_array_ops._slice."""
    return output(apply_op(state, "Slice", name, input=input_, begin=begin, size=size))


def _ensure_xent_args(name: str, labels: Any, logits: Any) -> None:
    if labels is None or logits is None:
        raise tf_value_error(f"Both `labels` and `logits` must be provided for {name}"
                             f"Received: labels={labels} and logits={logits}")


def _flatten_outer_dims(state: TFState, logits: Tensor) -> Tensor:
    """nn_ops._flatten_outer_dims: reshape to [-1, last dim], static shape set when known."""
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m

    rank = shape_ops.rank(state, logits)
    last_dim_size = slice_(state, shape_ops.shape(state, logits), [m.subtract(state, rank, 1)], [1])
    out = shape_ops.reshape(state, logits, join.concat(state, [[-1], last_dim_size], 0))
    dims = logits._shape.dims_
    if dims is not None and all(d is not None for d in dims[:-1]):
        out.set_shape(TensorShape.known((math.prod(dims[:-1]), dims[-1])))  # type: ignore[arg-type]
    return out


@tf_export("nn.softmax_cross_entropy_with_logits_v2")
def softmax_cross_entropy_with_logits_v2(state: TFState, labels: Any = None, logits: Any = None,
                                         axis: Any = None, name: Any = None, dim: Any = None) -> Tensor:
    """nn_ops.softmax_cross_entropy_with_logits_v2 (v1's export; `dim` the old name of axis)."""
    axis = dim if axis is None else axis
    _ensure_xent_args("softmax_cross_entropy_with_logits", labels, logits)
    return _xent_v2_helper(state, labels, logits, -1 if axis is None else axis, name)


def _xent_v2_helper(state: TFState, labels: Any, logits: Any, axis: Any, name: Any) -> Tensor:
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m

    with name_scope(state, name, "softmax_cross_entropy_with_logits", [logits, labels]) as scope:
        logits = convert_to_tensor(state, logits, name="logits")
        labels = convert_to_tensor(state, labels, name="labels")
        to_float32 = logits._dtype.base_dtype in (dtypes.float16, dtypes.bfloat16)
        precise_logits = m.cast(state, logits, dtypes.float32) if to_float32 else logits
        labels = m.cast(state, labels, precise_logits._dtype.base_dtype)
        input_rank = shape_ops.rank(state, precise_logits)
        shape = logits._shape
        if axis != -1:
            if shape.dims_ is None or axis != len(shape.dims_) - 1:
                raise InputError("tf.nn.softmax_cross_entropy_with_logits over an axis other than the last "
                                 "is not supported by scopecli yet")
        input_shape = shape_ops.shape(state, precise_logits)
        precise_logits = _flatten_outer_dims(state, precise_logits)
        labels = _flatten_outer_dims(state, labels)
        cost = apply_op(state, "SoftmaxCrossEntropyWithLogits", scope, features=precise_logits,
                        labels=labels)._outputs[0]
        output_shape = slice_(state, input_shape, [0], [m.subtract(state, input_rank, 1)])
        cost = shape_ops.reshape(state, cost, output_shape)
        if shape.dims_ is not None:
            dims = list(shape.dims_)
            del dims[axis]
            cost.set_shape(TensorShape.known(tuple(dims)))
        return m.cast(state, cost, logits._dtype.base_dtype) if to_float32 else cost


@tf_export("nn.softmax_cross_entropy_with_logits")
def softmax_cross_entropy_with_logits(state: TFState, labels: Any = None, logits: Any = None, dim: Any = -1,
                                      name: Any = None, axis: Any = None) -> Tensor:
    """nn_ops.softmax_cross_entropy_with_logits (v1, deprecated: the warning goes to the log)."""
    from scopecli.engine.ops.math_ops import stop_gradient

    dim = dim if axis is None else axis
    _ensure_xent_args("softmax_cross_entropy_with_logits", labels, logits)
    with name_scope(state, name, "softmax_cross_entropy_with_logits_sg", [logits, labels]) as scope:
        labels = stop_gradient(state, labels, name="labels_stop_gradient")
    return _xent_v2_helper(state, labels, logits, dim, scope)


@tf_export("nn.sparse_softmax_cross_entropy_with_logits")
def sparse_softmax_cross_entropy_with_logits(state: TFState, labels: Any = None, logits: Any = None,
                                             name: Any = None, _sentinel: Any = None) -> Tensor:
    """nn_ops.sparse_softmax_cross_entropy_with_logits (v1 argument order)."""
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m

    _ensure_xent_args("sparse_softmax_cross_entropy_with_logits", labels, logits)
    with name_scope(state, name, "SparseSoftmaxCrossEntropyWithLogits", [labels, logits]):
        labels = convert_to_tensor(state, labels)
        logits = convert_to_tensor(state, logits)
        precise_logits = m.cast(state, logits, dtypes.float32) if logits._dtype.base_dtype == dtypes.float16 \
            else logits
        labels_static = labels._shape
        labels_shape = shape_ops.shape(state, labels)
        logits_shape = logits._shape
        ndims = logits_shape.ndims
        fully_defined = labels_static.is_fully_defined() and (
            ndims is not None and TensorShape.known(logits_shape.dims_[:-1]).is_fully_defined())
        if ndims == 0:
            raise tf_value_error(f"`logits` cannot be a scalar. Received logits={logits}`")
        if ndims is not None and labels_static.ndims is not None and labels_static.ndims != ndims - 1:
            raise tf_value_error("`labels.shape.rank` must equal `logits.shape.rank - 1`. Received: "
                                 f"labels.shape={labels_static} of rank {labels_static.ndims} and "
                                 f"logits.shape={logits_shape} of rank {ndims}")
        if fully_defined and labels_static.dims_ != logits_shape.dims_[:-1]:  # type: ignore[index]
            raise tf_value_error("`labels.shape` must equal `logits.shape` except for the last dimension. "
                                 f"Received: labels.shape={labels_static} and logits.shape={logits_shape}")
        if ndims == 2:
            cost = apply_op(state, "SparseSoftmaxCrossEntropyWithLogits", name, features=precise_logits,
                            labels=labels)._outputs[0]
            return m.cast(state, cost, dtypes.float16) if logits._dtype.base_dtype == dtypes.float16 else cost
        # The dynamic shapes are checked when the static ones are not fully defined.
        from scopecli.engine.ops import tensor_getitem_override as getitem_ops
        from scopecli.engine.ops.check_ops import assert_equal
        from scopecli.engine.ops.control_flow_ops import controlled_in

        shape_checks = [] if fully_defined else [
            assert_equal(state, shape_ops.shape(state, labels),
                         getitem_ops.getitem(shape_ops.shape(state, logits), slice(None, -1)))]
        with controlled_in(state.graph, shape_checks):
            cost = _sparse_flattened(state, logits, precise_logits, labels, labels_shape, name)
            cost.set_shape(labels_static)
            return m.cast(state, cost, dtypes.float16) if logits._dtype.base_dtype == dtypes.float16 else cost


def _sparse_flattened(state: TFState, logits: Tensor, precise_logits: Tensor, labels: Tensor,
                      labels_shape: Tensor, name: Any) -> Tensor:
    """The rank != 2 branch: logits reshaped to [-1, num_classes], labels to [-1], the cost back
    to the labels' shape."""
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import tensor_getitem_override as getitem_ops

    logits_shape = shape_ops.shape(state, logits)
    last = m.operator_binary(state, "sub", m.subtract, shape_ops.rank(state, logits), 1)
    num_classes = getitem_ops.getitem(logits_shape, last)
    flat_logits = shape_ops.reshape(state, precise_logits, [-1, num_classes])
    dims = logits._shape.dims_
    if dims is not None and all(d is not None for d in dims):
        flat_logits.set_shape(TensorShape.known((math.prod(dims[:-1]), dims[-1])))
    flat_labels = shape_ops.reshape(state, labels, [-1])
    cost = apply_op(state, "SparseSoftmaxCrossEntropyWithLogits", name, features=flat_logits,
                    labels=flat_labels)._outputs[0]
    return shape_ops.reshape(state, cost, labels_shape)


@tf_export("nn.log_softmax", "math.log_softmax")
def log_softmax(state: TFState, logits: Any, axis: Any = None, name: Any = None, dim: Any = None) -> Tensor:
    """nn_ops.log_softmax (v1): gen_nn_ops.log_softmax through _wrap_2d_function."""
    axis = dim if axis is None else axis
    return _wrap_2d_function(state, logits, "LogSoftmax", -1 if axis is None else axis, name)


@tf_export("nn.softmax", "math.softmax")
def softmax(state: TFState, logits: Any, axis: Any = None, name: Any = None, dim: Any = None) -> Tensor:
    """nn_ops.softmax (v1): gen_nn_ops.softmax through _wrap_2d_function."""
    axis = dim if axis is None else axis
    return _wrap_2d_function(state, logits, "Softmax", -1 if axis is None else axis, name)


def _wrap_2d_function(state: TFState, inputs: Any, op_type: str, dim: Any, name: Any) -> Tensor:
    """nn_ops._wrap_2d_function: another axis is swapped with the last one around the op."""
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.errors import ScenarioError

    inputs = convert_to_tensor(state, inputs)
    ndims = inputs._shape.ndims
    if dim == -1 or (ndims is not None and dim == ndims - 1):
        return output(apply_op(state, op_type, name, logits=inputs))
    if not isinstance(dim, int) or ndims is None or dim < 0:
        raise InputError(f"tf.nn.{op_type.lower().replace('logsoftmax', 'log_softmax')} over a tensor, "
                         "negative or unknown-rank axis other than -1 is not supported by scopecli yet")
    if not -ndims <= dim < ndims:
        raise ScenarioError("InvalidArgumentError", f"`dim` must be in the range [{-ndims}, {ndims}) where "
                            f"{ndims} is the number of dimensions in the input. Received: dim={dim}")
    shape_ops.rank(state, inputs)
    input_rank = shape_ops.rank(state, inputs)
    shape = inputs._shape

    def swap_axis(tensor: Tensor, dim_index: int, last_index: Tensor, swap_name: Any = None) -> Tensor:
        rank = len(tensor._shape.dims_)  # type: ignore[arg-type]
        first = xm_range(dim_index)
        middle = xm_range(dim_index + 1, last_index)
        # TF's shape refiner folds rank - 1: the range and the perm have known lengths.
        middle.set_shape(TensorShape.known((max(0, rank - 1 - (dim_index + 1)),)))
        perm = join.concat(state, [first, [last_index], middle, [dim_index]], 0)
        perm.set_shape(TensorShape.known((rank,)))
        out = shape_ops.transpose(state, tensor, perm, name=swap_name or "transpose")
        dims = list(tensor._shape.dims_)  # type: ignore[arg-type]
        dims[dim_index], dims[-1] = dims[-1], dims[dim_index]
        out.set_shape(TensorShape.known(tuple(dims)))  # TF's refiner folds the perm
        return out

    def xm_range(start: Any, limit: Any = None) -> Tensor:
        from scopecli.engine.ops.array_fill_ops import range_

        return range_(state, start, limit)

    swapped = swap_axis(inputs, dim, m.subtract(state, input_rank, 1))
    result = output(apply_op(state, op_type, None, logits=swapped))
    fixed = swap_axis(result, dim, m.subtract(state, input_rank, 1), name)
    fixed.set_shape(shape)
    return fixed


def _folded(tensor: Tensor) -> Any:
    """What TF's shape refiner evaluates for a small constant subgraph: const_value, plus the
    Sub / Pack of such values xent builds (rank - 1)."""
    import numpy as np

    op = tensor._op
    if op._type == "Sub":
        a, b = (_folded(t) for t in op._inputs)
        return None if a is None or b is None else np.asarray(a - b)
    if op._type == "Pack" and op.attrs.get("axis", 0) == 0:
        parts = [_folded(t) for t in op._inputs]
        return None if any(p is None for p in parts) else np.stack(parts)
    return const_value(tensor)


@shape_fn("SoftmaxCrossEntropyWithLogits")
def _xent_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    a, b = inputs[0]._shape, inputs[1]._shape
    if a.ndims in (None, 2) and a.is_compatible_with(b) and (b.ndims in (None, 2)):
        merged = a.merge_with(TensorShape.known((None, None))).merge_with(b)
        return [TensorShape.known((merged.dims_[0],)), merged]  # type: ignore[index]
    shape = broadcast_shapes(a, b)
    if isinstance(shape, tuple):
        raise shape_error(f"Dimensions must be equal, but are {shape[0]} and {shape[1]}", name,
                          "SoftmaxCrossEntropyWithLogits", attrs, inputs)
    if shape.ndims is None:
        raise shape_error("Shape must be broadcasted with rank 2, but is rank is unknown.", name,
                          "SoftmaxCrossEntropyWithLogits", attrs, inputs)
    if shape.ndims != 2:
        raise shape_error(f"Shape must be broadcasted with rank 2, but is rank {shape.ndims}", name,
                          "SoftmaxCrossEntropyWithLogits", attrs, inputs)
    return [TensorShape.known((shape.dims_[0],)), shape]  # type: ignore[index]


@shape_fn("SparseSoftmaxCrossEntropyWithLogits")
def _sparse_xent_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    features, labels = inputs[0]._shape, inputs[1]._shape
    for shape, rank in ((features, 2), (labels, 1)):
        if shape.ndims is not None and shape.ndims != rank:
            raise shape_error(f"Shape must be rank {rank} but is rank {shape.ndims}", name,
                              "SparseSoftmaxCrossEntropyWithLogits", attrs, inputs)
    batch_f = features.dims_[0] if features.dims_ else None
    batch_l = labels.dims_[0] if labels.dims_ else None
    if batch_f is not None and batch_l is not None and batch_f != batch_l:
        raise shape_error(f"Dimensions must be equal, but are {batch_f} and {batch_l}", name,
                          "SparseSoftmaxCrossEntropyWithLogits", attrs, inputs)
    batch = batch_f if batch_f is not None else batch_l
    classes = features.dims_[1] if features.dims_ else None
    return [TensorShape.known((batch,)), TensorShape.known((batch, classes))]


def _log_softmax_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    dims = inputs[0]._shape.dims_
    if dims is not None and not dims:
        raise shape_error("Shape must be at least rank 1 but is rank 0", name, "LogSoftmax", attrs, inputs)
    return [inputs[0]._shape]


register_shape("LogSoftmax", _log_softmax_shape)
