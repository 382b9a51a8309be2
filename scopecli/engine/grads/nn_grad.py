"""The gradients of nn ops (activations, bias_add, softmax, l2_loss), as TF's nn_grad.py
builds them: the activations through their `*Grad` op types."""

from __future__ import annotations

from scopecli.engine import gen
from scopecli.engine.framework.registry import gradient
from scopecli.engine.ops import math_unary_ops as mu
from scopecli.engine.ops import reduction_ops as red

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState


def _output_grad(grad_type: str) -> Any:
    """gen_nn_ops.<x>_grad(grad, op.outputs[0])."""

    def grad_fn(state: TFState, op: Operation, grad: Tensor) -> Any:
        return gen.op(grad_type)(state, grad, op._outputs[0])

    return grad_fn


gradient("Relu")(_output_grad("ReluGrad"))
gradient("Relu6")(_output_grad("Relu6Grad"))
gradient("Elu")(_output_grad("EluGrad"))
gradient("Selu")(_output_grad("SeluGrad"))


@gradient("Softplus")
def _softplus_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return grad * mu.sigmoid(state, op._inputs[0])


@gradient("Softsign")
def _softsign_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return gen.op("SoftsignGrad")(state, grad, op._inputs[0])


@gradient("LeakyRelu")
def _leaky_relu_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return gen.op("LeakyReluGrad")(state, grad, op._inputs[0], alpha=op.attrs["alpha"])


@gradient("BiasAdd")
def _bias_add_grad(state: TFState, op: Operation, received_grad: Tensor) -> Any:
    data_format = op.attrs.get("data_format")
    return received_grad, gen.op("BiasAddGrad")(state, out_backprop=received_grad, data_format=data_format)


@gradient("Softmax")
def _softmax_grad(state: TFState, op: Operation, grad_softmax: Tensor) -> Any:
    softmax = op._outputs[0]
    sum_channels = red.reduce_sum(state, grad_softmax * softmax, -1, keepdims=True)
    return (grad_softmax - sum_channels) * softmax


@gradient("LogSoftmax")
def _log_softmax_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    softmax = mu.exp(state, op._outputs[0])
    return grad - red.reduce_sum(state, grad, -1, keepdims=True) * softmax


@gradient("L2Loss")
def _l2_loss_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return op._inputs[0] * grad
