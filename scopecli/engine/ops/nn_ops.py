"""tf.nn's activation functions and bias_add (TF's nn_ops.py / gen_nn_ops.py), with BiasAdd's
shape function next to them. The element-wise activations share math_ops' `unchanged` shape."""

from __future__ import annotations

from scopecli.engine.framework.common_shapes import merge_error
from scopecli.engine.framework.name_scope import name_scope, output
from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import register_shape, shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


@tf_export("nn.relu")
def relu(state: TFState, features: Any, name: Any = None) -> Tensor:
    """gen_nn_ops.relu."""
    return output(apply_op(state, "Relu", name, features=features))


@tf_export("nn.relu6")
def relu6(state: TFState, features: Any, name: Any = None) -> Tensor:
    with name_scope(state, name, "Relu6", [features]) as scope:
        features = convert_to_tensor(state, features, name="features")
        return output(apply_op(state, "Relu6", scope, features=features))


@tf_export("nn.elu")
def elu(state: TFState, features: Any, name: Any = None) -> Tensor:
    """gen_nn_ops.elu."""
    return output(apply_op(state, "Elu", name, features=features))


@tf_export("math.softplus", "nn.softplus")
def softplus(state: TFState, features: Any, name: Any = None) -> Tensor:
    """math_ops.softplus: gen_nn_ops.softplus(features, name)."""
    return output(apply_op(state, "Softplus", name, features=features))


@tf_export("nn.bias_add")
def bias_add(state: TFState, value: Any, bias: Any, data_format: Any = None, name: Any = None) -> Tensor:
    with name_scope(state, name, "BiasAdd", [value, bias]) as scope:
        if data_format is not None:
            if data_format.startswith("NC"):
                data_format = "NCHW"
            elif data_format.startswith("N") and data_format.endswith("C"):
                data_format = "NHWC"
            else:
                raise tf_value_error("`data_format` must be of the form `N...C` or `NC...`. Received: "
                                     f"data_format={data_format}")
        value = convert_to_tensor(state, value, name="input")
        bias = convert_to_tensor(state, bias, dtype=value._dtype, name="bias")
        return output(apply_op(state, "BiasAdd", scope, value=value, bias=bias, data_format=data_format))


def _merge_both_inputs(op_type: str) -> Any:
    """MergeBothInputsShapeFn (the activations' *Grad ops): the two input shapes merged."""

    def infer(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
        a, b = inputs[0]._shape, inputs[1]._shape
        if not a.is_compatible_with(b):
            raise shape_error(merge_error(a, b), name, op_type, attrs, inputs)
        return [a.merge_with(b)]

    return infer


# Gradient op types whose kernels exist (the training issue adds the rest with theirs).
for _op_type in ("ReluGrad", "Relu6Grad"):
    register_shape(_op_type, _merge_both_inputs(_op_type))


@shape_fn("Softmax")
def _softmax_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """Softmax: WithRankAtLeast(logits, 1), then the same shape."""
    dims = inputs[0]._shape.dims_
    if dims is not None and not dims:
        raise shape_error("Shape must be at least rank 1 but is rank 0", name, "Softmax", attrs, inputs)
    return [inputs[0]._shape]


@shape_fn("BiasAdd")
def _bias_add_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """BiasAddShape (NHWC): input rank >= 2, bias rank 1, bias merged into the last dimension."""
    source, bias = inputs
    dims, bias_dims = source._shape.dims_, bias._shape.dims_
    if bias_dims is not None and len(bias_dims) != 1:
        raise shape_error(f"Shape must be rank 1 but is rank {len(bias_dims)}", name, "BiasAdd", attrs,
                          inputs)
    if dims is None:
        return [TensorShape(None)]
    if len(dims) < 2:
        raise shape_error(f"Shape must be at least rank 2 but is rank {len(dims)}", name, "BiasAdd", attrs,
                          inputs)
    # NCHW with rank > 2: the bias merges into dimension 1, else into the last one.
    axis = 1 if attrs.get("data_format") == "NCHW" and len(dims) > 2 else len(dims) - 1
    last, size = dims[axis], bias_dims[0] if bias_dims else None
    if last is not None and size is not None and last != size:
        raise shape_error(f"Dimensions must be equal, but are {last} and {size}", name, "BiasAdd", attrs,
                          inputs)
    out = list(dims)
    out[axis] = last if last is not None else size
    return [TensorShape.known(tuple(out))]


@tf_export("nn.softsign", "math.softsign")
def softsign(state: TFState, features: Any, name: Any = None) -> Tensor:
    """gen_nn_ops.softsign."""
    return output(apply_op(state, "Softsign", name, features=features))


@tf_export("nn.leaky_relu")
def leaky_relu(state: TFState, features: Any, alpha: Any = 0.2, name: Any = None) -> Tensor:
    """nn_ops.leaky_relu: integer features are cast to float32 first (inside the scope)."""
    from scopecli.engine.framework import dtypes
    from scopecli.engine.ops.math_arith_ops import cast

    with name_scope(state, name, "LeakyRelu", [features, alpha]) as scope:
        features = convert_to_tensor(state, features, name="features")
        if features._dtype.is_integer:
            features = cast(state, features, dtypes.float32)
        return output(apply_op(state, "LeakyRelu", scope, features=features, alpha=alpha))


@tf_export("nn.l2_loss")
def l2_loss(state: TFState, t: Any, name: Any = None) -> Tensor:
    """gen_nn_ops.l2_loss: sum(t ** 2) / 2, a scalar."""
    return output(apply_op(state, "L2Loss", name, t=t))


register_shape("L2Loss", lambda name, inputs, attrs: [TensorShape.known(())])
