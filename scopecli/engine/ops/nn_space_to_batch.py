"""Dilated 2-D convolutions as TF1's graph builds them (nn_ops._WithSpaceToBatch): the input
spread into batches by SpaceToBatchND, an undilated VALID Conv2D, and BatchToSpaceND back.

Under the convolution's scope (`convolution/`, a layer's `Conv2D/`): `dilation_rate`; for SAME
padding the filter's `filter_shape` and the base paddings `stack`; then, constant-folded from
the static shapes, `required_space_to_batch_paddings/{input_shape, base_paddings (VALID),
paddings, crops}`; `SpaceToBatchND`, the Conv2D named as the scope, `BatchToSpaceND`.
"""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.name_scope import output
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.registry import register_shape
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.ops_core import constant
from scopecli.errors import InputError, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


def dilated_conv2d(state: TFState, scope: str, inputs: Tensor, filters: Any, rate: list[int],
                   padding: str, strides: list[int]) -> Tensor:
    """_WithSpaceToBatch(...)(inputs, filters) for NHWC inputs of known spatial size, inside the
    convolution's name scope `scope` (the Conv2D takes its name); `filters` may be a variable,
    read when the Conv2D converts it."""
    if any(s != 1 for s in strides):
        raise tf_value_error("`strides > window_strides` are not supported in conjunction with "
                             f"`dilation_rate > 1`. Received: strides={strides} and dilation_rate={rate}")
    if any(r < 1 for r in rate):
        raise tf_value_error(f"`dilation_rate` must be positive. Received: dilation_rate={rate}")
    kernel = filters.shape.dims_ if hasattr(filters, "shape") else None

    def conv(spread: Tensor) -> Tensor:
        return output(apply_op(state, "Conv2D", scope, input=spread, filter=filters, strides=[1, 1, 1, 1],
                               padding="VALID", data_format="NHWC", dilations=[1, 1, 1, 1],
                               explicit_paddings=[]))

    return with_space_to_batch(state, inputs, rate, padding, kernel, conv)


def with_space_to_batch(state: TFState, inputs: Tensor, rate: list[int], padding: Any,
                        kernel: Any, build: Any) -> Tensor:
    """_WithSpaceToBatch for a rate above 1 on NHWC inputs of known spatial size: `build` makes
    the undilated VALID op from the spread input; `kernel` (the filter's or window's dims) sizes
    SAME's base paddings."""
    dims = inputs._shape.dims_
    spatial = None if dims is None or len(dims) != 4 else [dims[1], dims[2]]
    if spatial is None or None in spatial:
        raise InputError("a dilated convolution of an input with unknown height or width (Shape/Pack "
                         "paddings) is not supported by scopecli yet")
    constant(state, rate, dtype=dtypes.int32, name="dilation_rate")
    padding = padding.upper() if isinstance(padding, str) else padding
    if padding == "SAME":
        if kernel is None or None in kernel:
            raise InputError("a SAME dilated convolution with a filter of unknown shape is not supported "
                             "by scopecli yet")
        constant(state, list(kernel), dtype=dtypes.int32, name="filter_shape")
        extra = [(kernel[i] - 1) * rate[i] for i in range(2)]
        base = [[e // 2, e - e // 2] for e in extra]
        constant(state, base, dtype=dtypes.int32, name="stack")
    elif padding == "VALID":
        base = [[0, 0], [0, 0]]
    else:
        raise tf_value_error(f"`padding` must be one of 'SAME' or 'VALID'. Received: padding={padding}")
    with state.graph.name_scope("required_space_to_batch_paddings"):
        constant(state, spatial, dtype=dtypes.int32, name="input_shape")
        if padding == "VALID":
            constant(state, base, dtype=dtypes.int32, name="base_paddings")
        full = [spatial[i] + base[i][0] + base[i][1] for i in range(2)]
        extra_end = [(rate[i] - full[i] % rate[i]) % rate[i] for i in range(2)]
        paddings = [[base[i][0], base[i][1] + extra_end[i]] for i in range(2)]
        crops = [[0, extra_end[i]] for i in range(2)]
        constant(state, paddings, dtype=dtypes.int32, name="paddings")
        constant(state, crops, dtype=dtypes.int32, name="crops")
    spread = output(apply_op(state, "SpaceToBatchND", None, input=inputs, block_shape=rate,
                             paddings=paddings))
    return output(apply_op(state, "BatchToSpaceND", None, input=build(spread), block_shape=rate, crops=crops))


def _pairs(tensor: Tensor) -> list[list[int]] | None:
    from scopecli.engine.op_def import const_value

    value = const_value(tensor)
    return None if value is None else [[int(a), int(b)] for a, b in value.reshape(-1, 2)]


def _block(tensor: Tensor) -> list[int] | None:
    from scopecli.engine.ops.tensor_util import constant_ints

    return constant_ints(tensor)


def _space_to_batch_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """SpaceToBatchND: batch * prod(block); each block dim (d + pads) / block."""
    dims, block, pads = inputs[0]._shape.dims_, _block(inputs[1]), _pairs(inputs[2])
    if dims is None or block is None or pads is None:
        return [TensorShape(None)]
    spatial = [None if dims[1 + i] is None else (dims[1 + i] + sum(pads[i])) // b
               for i, b in enumerate(block)]
    batch = None if dims[0] is None else dims[0] * _product(block)
    return [TensorShape.known((batch, *spatial, *dims[1 + len(block):]))]


def _batch_to_space_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """BatchToSpaceND: batch / prod(block); each block dim d * block - crops."""
    dims, block, crops = inputs[0]._shape.dims_, _block(inputs[1]), _pairs(inputs[2])
    if dims is None or block is None or crops is None:
        return [TensorShape(None)]
    spatial = [None if dims[1 + i] is None else dims[1 + i] * b - sum(crops[i]) for i, b in enumerate(block)]
    batch = None if dims[0] is None else dims[0] // _product(block)
    return [TensorShape.known((batch, *spatial, *dims[1 + len(block):]))]


def _product(values: list[int]) -> int:
    result = 1
    for v in values:
        result *= v
    return result


register_shape("SpaceToBatchND", _space_to_batch_shape)
register_shape("BatchToSpaceND", _batch_to_space_shape)
