"""The gradients of convolutions and pools, as TF's nn_grad.py builds them (the raw
`gen_nn_ops` backprop ops, named after their op types: `Conv2DBackpropInput`, `ShapeN`,
`MaxPoolGrad` ...), and the shape functions of the backprop op types only they build."""

from __future__ import annotations

from scopecli.engine import gen
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.registry import gradient, register_shape
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.ops.array_shape_ops import shape

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState

_CONV2D = ("dilations", "strides", "padding", "explicit_paddings", "use_cudnn_on_gpu", "data_format")
_DEPTHWISE = ("dilations", "strides", "padding", "explicit_paddings", "data_format")
_CONV3D = ("dilations", "strides", "padding", "data_format")


def _attrs(op: Operation, names: tuple[str, ...]) -> dict[str, Any]:
    return {n: op.attrs[n] for n in names if n in op.attrs}


@gradient("Conv2D")
def _conv2d_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    attrs = _attrs(op, _CONV2D)
    shape_0, shape_1 = gen.op("ShapeN")(state, [op._inputs[0], op._inputs[1]])
    return [gen.op("Conv2DBackpropInput")(state, shape_0, op._inputs[1], grad, **attrs),
            gen.op("Conv2DBackpropFilter")(state, op._inputs[0], shape_1, grad, **attrs)]


@gradient("Conv2DBackpropInput")
def _conv2d_backprop_input_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    attrs = _attrs(op, _CONV2D)
    return [None,
            gen.op("Conv2DBackpropFilter")(state, grad, shape(state, op._inputs[1]), op._inputs[2],
                                           **attrs),
            gen.op("Conv2D")(state, grad, op._inputs[1], **attrs)]


@gradient("Conv2DBackpropFilter")
def _conv2d_backprop_filter_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    attrs = _attrs(op, _CONV2D)
    return [gen.op("Conv2DBackpropInput")(state, shape(state, op._inputs[0]), grad, op._inputs[2], **attrs),
            None,
            gen.op("Conv2D")(state, op._inputs[0], grad, **attrs)]


@gradient("DepthwiseConv2dNative")
def _depthwise_conv2d_native_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    attrs = _attrs(op, _DEPTHWISE)
    return [gen.op("DepthwiseConv2dNativeBackpropInput")(state, shape(state, op._inputs[0]), op._inputs[1],
                                                         grad, **attrs),
            gen.op("DepthwiseConv2dNativeBackpropFilter")(state, op._inputs[0], shape(state, op._inputs[1]),
                                                          grad, **attrs)]


@gradient("Conv3D")
def _conv3d_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    attrs = _attrs(op, _CONV3D)
    shape_0, shape_1 = gen.op("ShapeN")(state, [op._inputs[0], op._inputs[1]])
    return [gen.op("Conv3DBackpropInputV2")(state, shape_0, op._inputs[1], grad, **attrs),
            gen.op("Conv3DBackpropFilterV2")(state, op._inputs[0], shape_1, grad, **attrs)]


@gradient("Conv3DBackpropInputV2")
def _conv3d_backprop_input_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    attrs = _attrs(op, _CONV3D)
    return [None,
            gen.op("Conv3DBackpropFilterV2")(state, grad, shape(state, op._inputs[1]), op._inputs[2],
                                             **attrs),
            gen.op("Conv3D")(state, grad, op._inputs[1], **attrs)]


@gradient("Conv3DBackpropFilterV2")
def _conv3d_backprop_filter_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    attrs = _attrs(op, _CONV3D)
    return [gen.op("Conv3DBackpropInputV2")(state, shape(state, op._inputs[0]), grad, op._inputs[2],
                                            **attrs),
            None,
            gen.op("Conv3D")(state, op._inputs[0], grad, **attrs)]


def _pool_attrs(op: Operation) -> dict[str, Any]:
    return _attrs(op, ("ksize", "strides", "padding", "data_format"))


@gradient("MaxPool")
def _max_pool_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return gen.op("MaxPoolGrad")(state, op._inputs[0], op._outputs[0], grad,
                                 explicit_paddings=op.attrs.get("explicit_paddings", []), **_pool_attrs(op))


@gradient("MaxPool3D")
def _max_pool3d_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return gen.op("MaxPool3DGrad")(state, op._inputs[0], op._outputs[0], grad, **_pool_attrs(op))


@gradient("AvgPool")
def _avg_pool_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return gen.op("AvgPoolGrad")(state, shape(state, op._inputs[0], out_type=dtypes.int32), grad,
                                 **_pool_attrs(op))


@gradient("AvgPool3D")
def _avg_pool3d_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return gen.op("AvgPool3DGrad")(state, shape(state, op._inputs[0]), grad, **_pool_attrs(op))


@gradient("AvgPoolGrad")
def _avg_pool_grad_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return (gen.op("StopGradient")(state, op._inputs[0]),
            gen.op("AvgPool")(state, grad, **_pool_attrs(op)))


@gradient("AvgPool3DGrad")
def _avg_pool3d_grad_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return (gen.op("StopGradient")(state, op._inputs[0]),
            gen.op("AvgPool3D")(state, grad, **_pool_attrs(op)))


@gradient("MaxPoolWithArgmax")
def _max_pool_with_argmax_grad(state: TFState, op: Operation, grad: Tensor, unused_argmax_grad: Any) -> Any:
    return gen.op("MaxPoolGradWithArgmax")(state, op._inputs[0], grad, op._outputs[1],
                                           ksize=op.attrs["ksize"], strides=op.attrs["strides"],
                                           padding=op.attrs["padding"],
                                           include_batch_in_index=op.attrs["include_batch_in_index"])


# -- shape functions of the backprop op types (nn_ops.cc) ------------------------------------------


def _like_input(index: int) -> Any:
    """The output has the shape of input `index`."""
    return lambda name, inputs, attrs: [inputs[index]._shape]


def _from_shape_input(index: int, rank: int) -> Any:
    """The output has the shape a shape tensor (input `index`) holds, of rank `rank`."""

    def infer(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
        from scopecli.engine.ops.nn_conv_shapes import shape_from_tensor

        shape = shape_from_tensor(inputs[index])
        return [shape if shape.dims_ is not None else TensorShape.known((None,) * rank)]

    return infer


register_shape("Conv2DBackpropFilter", _from_shape_input(1, 4))
register_shape("Conv3DBackpropFilterV2", _from_shape_input(1, 5))
register_shape("DepthwiseConv2dNativeBackpropFilter", _from_shape_input(1, 4))
register_shape("DepthwiseConv2dNativeBackpropInput", _from_shape_input(0, 4))
register_shape("AvgPoolGrad", _from_shape_input(0, 4))
register_shape("AvgPool3DGrad", _from_shape_input(0, 5))
register_shape("MaxPoolGrad", _like_input(0))
register_shape("MaxPool3DGrad", _like_input(0))
register_shape("MaxPoolGradWithArgmax", _like_input(0))


@gradient("DepthwiseConv2dNativeBackpropInput")
def _depthwise_backprop_input_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    attrs = _attrs(op, _DEPTHWISE)
    return [None,
            gen.op("DepthwiseConv2dNativeBackpropFilter")(state, grad, shape(state, op._inputs[1]),
                                                          op._inputs[2], **attrs),
            gen.op("DepthwiseConv2dNative")(state, grad, op._inputs[1], **attrs)]


@gradient("DepthwiseConv2dNativeBackpropFilter")
def _depthwise_backprop_filter_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    attrs = _attrs(op, _DEPTHWISE)
    return [gen.op("DepthwiseConv2dNativeBackpropInput")(state, shape(state, op._inputs[0]), grad,
                                                         op._inputs[2], **attrs),
            None,
            gen.op("DepthwiseConv2dNative")(state, op._inputs[0], grad, **attrs)]


def _max_pool_grad_grad(grad_type: str) -> Any:
    """_MaxPoolGradGrad / _MaxPoolGradGradGrad and their 3-D twins: zeros for the pool's input
    and output, the other op of the pair for the incoming gradient."""

    def grad_fn(state: TFState, op: Operation, grad: Tensor) -> Any:
        from scopecli.engine.ops.array_fill_ops import zeros_like

        return (zeros_like(state, op._inputs[0]), zeros_like(state, op._inputs[1]),
                gen.op(grad_type)(state, op._inputs[0], op._inputs[1], grad, **_pool_attrs(op)))

    return grad_fn


gradient("MaxPoolGrad")(_max_pool_grad_grad("MaxPoolGradGrad"))
gradient("MaxPoolGradGrad")(_max_pool_grad_grad("MaxPoolGrad"))
gradient("MaxPool3DGrad")(_max_pool_grad_grad("MaxPool3DGradGrad"))
gradient("MaxPool3DGradGrad")(_max_pool_grad_grad("MaxPool3DGrad"))
register_shape("MaxPoolGradGrad", _like_input(1))
register_shape("MaxPool3DGradGrad", _like_input(1))
