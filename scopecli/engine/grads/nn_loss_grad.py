"""The gradients of the cross entropies, fused batch norm, LRN and swish's custom gradient, as
TF's nn_grad.py and nn_impl.py build them, and the shape functions of the `*Grad` op types only
they build."""

from __future__ import annotations

from scopecli.engine import gen
from scopecli.engine.framework.registry import gradient, register_shape
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.ops import math_arith_ops as m
from scopecli.engine.ops import math_unary_ops as mu
from scopecli.engine.ops import reduction_ops as red
from scopecli.errors import InputError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState


def _broadcast_mul(state: TFState, vec: Tensor, mat: Tensor) -> Tensor:
    """_BroadcastMul: vec [D0] times mat [D0, D1] through ExpandDims(vec, -1)."""
    from scopecli.engine.ops.array_shape_ops import expand_dims

    return expand_dims(state, vec, -1) * mat


def _is_zeros(t: Any) -> bool:
    return t is None or bool(getattr(t, "_is_zeros_tensor", False))


def _softmax_grad_grad(state: TFState, logits: Tensor, grad: Tensor, grad_grad: Tensor) -> Tensor:
    """The second-derivative term both cross entropies add when their `backprop` output is used."""
    from scopecli.engine.ops.array_shape_ops import expand_dims, squeeze

    softmax = gen.op("Softmax")(state, logits)
    product = m.matmul(state, expand_dims(state, grad_grad, 1), expand_dims(state, softmax, 2))
    return grad + (grad_grad - squeeze(state, product, axis=1)) * softmax


@gradient("SoftmaxCrossEntropyWithLogits")
def _softmax_xent_grad(state: TFState, op: Operation, grad_loss: Tensor, grad_grad: Any) -> Any:
    grad = _broadcast_mul(state, grad_loss, op._outputs[1])
    logits = op._inputs[0]
    if not _is_zeros(grad_grad):
        grad = _softmax_grad_grad(state, logits, grad, grad_grad)
    return grad, _broadcast_mul(state, grad_loss, -gen.op("LogSoftmax")(state, logits))


@gradient("SparseSoftmaxCrossEntropyWithLogits")
def _sparse_softmax_xent_grad(state: TFState, op: Operation, grad_loss: Tensor, grad_grad: Any) -> Any:
    grad = _broadcast_mul(state, grad_loss, op._outputs[1])
    if not _is_zeros(grad_grad):
        grad = _softmax_grad_grad(state, op._inputs[0], grad, grad_grad)
    return grad, None


def _fused_batch_norm_grad(version: int) -> Any:
    """_BaseFusedBatchNormGrad: FusedBatchNormGrad[V2|V3] on the saved statistics (training) or
    on the population mean and variance in NHWC/NDHWC (inference)."""
    grad_type = ("FusedBatchNormGrad", "FusedBatchNormGradV2", "FusedBatchNormGradV3")[version]

    def grad_fn(state: TFState, op: Operation, *grads: Any) -> Any:
        from scopecli.engine.ops.array_shape_ops import transpose

        x, scale = op._inputs[0], op._inputs[1]
        grad_y = grads[0]
        epsilon, data_format = op.attrs["epsilon"], op.attrs["data_format"]
        is_training = op.attrs["is_training"]
        if is_training:
            args = {"reserve_space_1": op._outputs[3], "reserve_space_2": op._outputs[4]}
            target_format = data_format
        else:
            args = {"reserve_space_1": op._inputs[3], "reserve_space_2": op._inputs[4]}
            if data_format == "NCHW":
                x, grad_y = (transpose(state, t, [0, 2, 3, 1]) for t in (x, grad_y))
            elif data_format == "NCDHW":
                x, grad_y = (transpose(state, t, [0, 2, 3, 4, 1]) for t in (x, grad_y))
            target_format = "NHWC" if data_format in ("NCHW", "NHWC") else "NDHWC"
        if version == 2:
            args["reserve_space_3"] = op._outputs[5]
        dx, dscale, doffset, _, _ = gen.op(grad_type)(state, y_backprop=grad_y, x=x, scale=scale,
                                                      epsilon=epsilon, data_format=target_format,
                                                      is_training=is_training, **args)
        if not is_training and data_format == "NCHW":
            dx = transpose(state, dx, [0, 3, 1, 2])
        elif not is_training and data_format == "NCDHW":
            dx = transpose(state, dx, [0, 4, 1, 2, 3])
        return dx, dscale, doffset, None, None

    return grad_fn


gradient("FusedBatchNorm")(_fused_batch_norm_grad(0))
gradient("FusedBatchNormV2")(_fused_batch_norm_grad(1))
gradient("FusedBatchNormV3")(_fused_batch_norm_grad(2))


def _fused_batch_norm_grad_grad(state: TFState, op: Operation, *grads: Any) -> Any:
    """TF differentiates _BatchNormGrad again under a GradientTape (nn_fused_batch_norm_grad.py)."""
    raise InputError(f"the gradient of {op._type} '{op._name}' (a second derivative of batch norm, which "
                     "TF builds with a GradientTape) is not supported by scopecli yet")


for _grad_type in ("FusedBatchNormGrad", "FusedBatchNormGradV2", "FusedBatchNormGradV3"):
    gradient(_grad_type)(_fused_batch_norm_grad_grad)


@gradient("LRN")
def _lrn_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return [gen.op("LRNGrad")(state, grad, op._inputs[0], op._outputs[0],
                              depth_radius=op.attrs["depth_radius"], bias=op.attrs["bias"],
                              alpha=op.attrs["alpha"], beta=op.attrs["beta"])]


@gradient("IdentityN")
def _identity_n_grad(state: TFState, op: Operation, *grads: Any) -> Any:
    """_IdNGrad; for the IdentityN of a custom_gradient (swish) that function's gradient."""
    if getattr(op, "custom_gradient_", None) == "swish":
        return _swish_grad(state, op, grads[0])
    return list(grads)


def _swish_grad(state: TFState, op: Operation, dy: Tensor) -> Any:
    """nn_impl.swish's grad(dy), on the features and beta the IdentityN passes through; the
    sigmoid recomputed behind dy. Its result input gets no gradient."""
    from scopecli.engine.backprop_util import control_dependencies

    features, beta = op._inputs[1], op._inputs[2]
    with control_dependencies(state, [dy]):
        sigmoid_features = mu.sigmoid(state, beta * features)
    activation_grad = sigmoid_features * (1.0 + (beta * features) * (1.0 - sigmoid_features))
    squared = mu.square(state, features)
    beta_grad = red.reduce_sum(state, dy * squared * sigmoid_features * (1.0 - sigmoid_features))
    return [None, dy * activation_grad, beta_grad]


# -- shape functions (nn_ops.cc) --------------------------------------------------------------------


def _fused_batch_norm_grad_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """x_backprop like x; scale/offset backprops [C]; the two reserve outputs [0] (training) or
    [C]... TF gives them as [0]."""
    dims = inputs[1]._shape.dims_
    channels = None
    if dims is not None:
        channel_axis = 1 if attrs["data_format"].startswith("NC") else len(dims) - 1
        channels = dims[channel_axis]
    scale = inputs[2]._shape.dims_
    if channels is None and scale is not None and len(scale) == 1:
        channels = scale[0]
    vector = TensorShape.known((channels,))
    return [inputs[1]._shape, vector, vector, TensorShape.known((0,)), TensorShape.known((0,))]


for _grad_type in ("FusedBatchNormGrad", "FusedBatchNormGradV2", "FusedBatchNormGradV3"):
    register_shape(_grad_type, _fused_batch_norm_grad_shape)
register_shape("LRNGrad", lambda name, inputs, attrs: [inputs[0]._shape])
