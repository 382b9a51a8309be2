"""tf.nn.dilation2d (v1) as nn_ops.dilation2d_v1 builds it: one Dilation2D op (grayscale
morphological dilation, the input's depth matched by the filter's), and tf.nn.erosion2d (v1) by
duality around it; the shapes of Dilation2D and
of its gradients' Dilation2DBackpropInput/Filter (nn_ops.cc: the effective filter size
`f + (f - 1) * (rate - 1)` windowed like a convolution's)."""

from __future__ import annotations

from scopecli.engine.framework.name_scope import output
from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


@tf_export("nn.dilation2d")
def dilation2d(state: TFState, input: Any, filter: Any = None, strides: Any = None,  # noqa: A002
               rates: Any = None, padding: Any = None, name: Any = None, filters: Any = None,
               dilations: Any = None) -> Tensor:
    """nn_ops.dilation2d_v1 -> gen_nn_ops.dilation2d."""
    if filters is not None and filter is not None:
        raise tf_value_error("Cannot specify both 'filters' and 'filter'")
    if dilations is not None and rates is not None:
        raise tf_value_error("Cannot specify both 'dilations' and 'rates'")
    return output(apply_op(state, "Dilation2D", name, input=input,
                           filter=filters if filter is None else filter, strides=strides,
                           rates=dilations if rates is None else rates, padding=padding))


@tf_export("nn.erosion2d")
def erosion2d(state: TFState, value: Any, kernel: Any, strides: Any, rates: Any, padding: Any,
              name: Any = None) -> Tensor:
    """nn_ops.erosion2d (v1): by duality, -dilation2d(-value, kernel reversed in height and width),
    the Dilation2D named after the erosion2d scope."""
    from scopecli.engine.framework.name_scope import name_scope
    from scopecli.engine.ops.manip_ops import reverse
    from scopecli.engine.ops.math_unary_ops import negative

    with name_scope(state, name, "erosion2d", [value, kernel]) as scope:
        dilated = output(apply_op(state, "Dilation2D", scope, input=negative(state, value),
                                  filter=reverse(state, kernel, [0, 1]), strides=strides, rates=rates,
                                  padding=padding))
        return negative(state, dilated)


@shape_fn("Dilation2D")
def _dilation2d_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """[batch, out_rows, out_cols, depth]."""
    from scopecli.engine.ops.nn_conv_shapes import _Fail, _with_rank, windowed_size

    try:
        image = _with_rank(inputs[0]._shape, 4)
        kernel = _with_rank(inputs[1]._shape, 3)
        strides, rates = list(attrs["strides"]), list(attrs["rates"])
        if len(strides) != 4:
            raise _Fail("Dilation2D requires the stride attribute to contain 4 values, but got: "
                        f"{len(strides)}")
        if len(rates) != 4:
            raise _Fail(f"Dilation2D requires the rates attribute to contain 4 values, but got: {len(rates)}")
        depth = image[3] if image[3] is not None else kernel[2]
        if image[3] is not None and kernel[2] is not None and image[3] != kernel[2]:
            raise _Fail(f"Dimensions must be equal, but are {image[3]} and {kernel[2]}")
        out = [image[0]]
        if None in (image[1], image[2], kernel[0], kernel[1]):  # both unknown unless all four are known
            return [TensorShape([image[0], None, None, depth])]
        for axis in (1, 2):
            size, window = image[axis], kernel[axis - 1]
            effective = window + (window - 1) * (rates[axis] - 1)
            out.append(windowed_size(size, effective, 1, strides[axis], attrs["padding"]))
    except _Fail as failure:
        raise shape_error(str(failure), node, "Dilation2D", attrs, inputs) from None
    return [TensorShape([*out, depth])]


@shape_fn("Dilation2DBackpropInput")
def _dilation2d_backprop_input_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]
                                     ) -> list[TensorShape]:
    return [inputs[0]._shape]


@shape_fn("Dilation2DBackpropFilter")
def _dilation2d_backprop_filter_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]
                                      ) -> list[TensorShape]:
    return [inputs[1]._shape]
