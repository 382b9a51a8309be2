"""tf.nn.batch_normalization and tf.nn.fused_batch_norm (TF's nn_impl.py), the moments the
batch-norm layer computes (nn_impl.moments, kept private here: tf.nn.moments is exported by
the nn functions' module), and FusedBatchNorm(V2/V3)'s shape function."""

from __future__ import annotations

from scopecli.engine.framework.graph import TensorConvertible
from scopecli.engine.framework.name_scope import name_scope, output
from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import register_shape
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import constant, convert_to_tensor
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


@tf_export("nn.batch_normalization")
def batch_normalization(state: TFState, x: Any, mean: Any, variance: Any, offset: Any, scale: Any,
                        variance_epsilon: Any, name: Any = None) -> Tensor:
    """nn_impl.batch_normalization: x * inv + (offset - mean * inv), inv = rsqrt(var + eps) * scale."""
    from scopecli.engine.ops import math_arith_ops as m

    with name_scope(state, name, "batchnorm", [x, mean, variance, scale, offset]):
        inv = output(apply_op(state, "Rsqrt", None, x=_operator(state, "add", variance, variance_epsilon)))
        if scale is not None:
            inv = _operator(state, "mul", inv, scale)
        x = convert_to_tensor(state, x)
        scaled = _operator(state, "mul", x, m.cast(state, inv, x._dtype))
        if offset is not None:
            shift = _operator(state, "sub", offset, _operator(state, "mul", mean, inv))
        else:
            shift = _operator(state, "mul", _negate(state, mean), inv)
        return _operator(state, "add", scaled, m.cast(state, shift, x._dtype))


def _operator(state: TFState, op_name: str, x: Any, y: Any) -> Any:
    """`x <op> y` as Python evaluates it: plain arithmetic for two Python numbers, else the
    tensor operator (its scope named after the operator)."""
    from scopecli.engine.ops import math_arith_ops as m

    if isinstance(x, (int, float)) and isinstance(y, (int, float)):
        return {"add": x + y, "sub": x - y, "mul": x * y}[op_name]
    func = {"add": m.add_dispatch, "sub": m.subtract, "mul": m.mul_dispatch}[op_name]
    if isinstance(x, TensorConvertible):  # a variable's own operator (a resource one reads first)
        return getattr(x, f"__{op_name}__")(y)
    if isinstance(x, (int, float)):
        return m.operator_reflected(state, op_name, func, y, x)
    return m.operator_binary(state, op_name, func, x, y)


def _negate(state: TFState, value: Any) -> Any:
    """`-value`: Python negation, or Tensor.__neg__ (a Neg op named "Neg")."""
    from scopecli.engine.ops import math_unary_ops as mu

    if isinstance(value, (int, float)):
        return -value
    return mu.negative(state, value)


@tf_export("nn.fused_batch_norm")
def fused_batch_norm(state: TFState, x: Any, scale: Any, offset: Any, mean: Any = None, variance: Any = None,
                     epsilon: Any = 0.001, data_format: Any = "NHWC", is_training: Any = True,
                     name: Any = None,
                     exponential_avg_factor: Any = 1.0) -> tuple[Tensor, Tensor, Tensor]:
    """nn_impl.fused_batch_norm (v1): FusedBatchNormV3 (no scope of its own), its y, batch mean
    and batch variance; empty Consts stand for absent mean/variance when training."""
    if (not is_training or exponential_avg_factor != 1.0) and (mean is None or variance is None):
        raise tf_value_error("Both `mean` and `variance` must be a 1D tensor when `is_training` is False or "
                             f"`exponential_avg_factor` != 1.0. Received: `mean` {mean!r} and `variance` "
                             f"{variance!r}")
    x = convert_to_tensor(state, x, name="input")
    scale = convert_to_tensor(state, scale, name="scale")
    offset = convert_to_tensor(state, offset, name="offset")
    if mean is None:
        mean = constant(state, [])
    if variance is None:
        variance = constant(state, [])
    op = apply_op(state, "FusedBatchNormV3", name, x=x, scale=scale, offset=offset, mean=mean,
                  variance=variance, epsilon=epsilon, exponential_avg_factor=exponential_avg_factor,
                  data_format=data_format, is_training=is_training)
    return op._outputs[0], op._outputs[1], op._outputs[2]


def _fused_batch_norm_shape(op_type: str) -> Any:
    def infer(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
        """FusedBatchNormShape: x of rank 4 (5 for NDHWC); scale, offset (and the moments when
        not training) rank 1 and merged into the channel dimension."""
        rank = 5 if attrs["data_format"] in ("NDHWC", "NCDHW") else 4
        dims = inputs[0]._shape.dims_

        def fail(message: str) -> Exception:
            return shape_error(message, name, op_type, attrs, inputs)

        if dims is not None and len(dims) != rank:
            raise fail(f"Shape must be rank {rank} but is rank {len(dims)}")
        dims = dims if dims is not None else (None,) * rank
        channel_axis = 1 if attrs["data_format"].startswith("NC") else rank - 1
        channels = dims[channel_axis]
        checked = 3 if attrs["is_training"] else 5
        for tensor in inputs[1:checked]:
            vector = tensor._shape.dims_
            if vector is None:
                continue
            if len(vector) != 1:
                raise fail(f"Shape must be rank 1 but is rank {len(vector)}")
            if channels is not None and vector[0] is not None and vector[0] != channels:
                raise fail(f"Dimensions must be equal, but are {channels} and {vector[0]}")
            channels = channels if channels is not None else vector[0]
        y = list(dims)
        y[channel_axis] = channels
        vector_shape = TensorShape.known((channels,))
        shapes = [TensorShape.known(tuple(y)), vector_shape, vector_shape, vector_shape, vector_shape]
        return shapes + ([TensorShape(None)] if op_type == "FusedBatchNormV3" else [])

    return infer


for _op_type in ("FusedBatchNorm", "FusedBatchNormV2", "FusedBatchNormV3"):
    register_shape(_op_type, _fused_batch_norm_shape(_op_type))
