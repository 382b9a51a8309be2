"""Shape functions of the convolution and pooling op types (TF's common_shape_fns.cc:
Conv2DShapeWithExplicitPadding, Conv3DShape, Conv2DBackpropInputShape, MaxPoolShape,
AvgPoolShape, Pool3DShape), with TF's messages; and SelectV2's broadcasting shape (dropout)."""

from __future__ import annotations

from scopecli.engine.framework.op_def_library import shape_error
from scopecli.engine.framework.registry import register_shape, shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.op_def import const_value
from scopecli.engine.ops.tensor_util import NOT_CONSTANT, const_int, known_ints

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor

Dim = int | None


class _Fail(Exception):
    """A shape check failed: the message, quoted with the NodeDef by the caller."""


def _with_rank(shape: TensorShape, rank: int) -> tuple[Dim, ...]:
    dims = shape.dims_
    if dims is None:
        return (None,) * rank
    if len(dims) != rank:
        raise _Fail(f"Shape must be rank {rank} but is rank {len(dims)}")
    return dims


def windowed_size(size: Dim, window: int, dilation: int, stride: int, padding: str,
                  pads: tuple[int, int] = (0, 0)) -> Dim:
    """GetWindowedOutputSizeFromDimsV2: VALID (in - window + stride) / stride, SAME
    ceil(in / stride), EXPLICIT with the paddings added first; stride and dilation checked
    first, even for an unknown size."""
    if stride <= 0:
        raise _Fail(f"Stride must be > 0, but got {stride}")
    if dilation < 1:
        raise _Fail(f"Dilation rate must be >= 1, but got {dilation}")
    if size is None:
        return None
    effective = (window - 1) * dilation + 1
    if padding == "SAME":
        return (size + stride - 1) // stride
    if padding == "EXPLICIT":
        size = size + pads[0] + pads[1]
    if size < effective:
        raise _Fail(f"Negative dimension size caused by subtracting {effective} from {size}")
    return (size - effective + stride) // stride


def _layout(data_format: str, rank: int) -> tuple[int, list[int]]:
    """(channel axis, spatial axes) of an NHWC / NCHW (or 3-D) layout."""
    if data_format.startswith("NC"):
        return 1, list(range(2, rank))
    return rank - 1, list(range(1, rank - 1))


def _conv(op_type: str, rank: int) -> Any:
    def infer(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
        try:
            source = _with_rank(inputs[0]._shape, rank)
            kernel = _with_rank(inputs[1]._shape, rank)
            strides, dilations = attrs["strides"], attrs["dilations"]
            if len(strides) != rank:
                raise _Fail(f"{op_type} requires the stride attribute to contain {rank} values, but got: "
                            f"{len(strides)}")
            channel, spatial = _layout(attrs["data_format"], rank)
            in_depth, filter_in, out_depth = source[channel], kernel[rank - 2], kernel[rank - 1]
            if in_depth is not None and filter_in is not None and in_depth % filter_in:
                raise _Fail(f"Depth of input ({in_depth}) is not a multiple of input depth of filter "
                            f"({filter_in})")
            explicit = attrs.get("explicit_paddings") or []
            out: list[Dim] = [source[0], *([None] * (rank - 1))]
            out[channel] = out_depth
            for i, axis in enumerate(spatial):
                pads = (explicit[2 * axis], explicit[2 * axis + 1]) if explicit else (0, 0)
                window = kernel[i]
                out[axis] = windowed_size(source[axis], 1 if window is None else window, dilations[axis],
                                          strides[axis], attrs["padding"], pads)
                if window is None:
                    out[axis] = None
        except _Fail as failure:
            raise shape_error(str(failure), name, op_type, attrs, inputs) from None
        return [TensorShape.known(tuple(out))]

    return infer


register_shape("Conv2D", _conv("Conv2D", 4))
register_shape("Conv3D", _conv("Conv3D", 5))


def _pool(op_type: str, rank: int) -> Any:
    def infer(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
        try:
            source = _with_rank(inputs[0]._shape, rank)
            ksize, strides = attrs["ksize"], attrs["strides"]
            for label, values in (("stride", strides), ("ksize", ksize)):
                if len(values) != rank:
                    raise _Fail(f"{op_type} requires the {label} attribute to contain {rank} values, but "
                                f"got: {len(values)}")
            channel, spatial = _layout(attrs["data_format"], rank)
            explicit = attrs.get("explicit_paddings") or []
            out: list[Dim] = list(source)
            depth = source[channel]
            out[channel] = None if depth is None else depth // ksize[channel]
            for axis in spatial:
                pads = (explicit[2 * axis], explicit[2 * axis + 1]) if explicit else (0, 0)
                out[axis] = windowed_size(source[axis], ksize[axis], 1, strides[axis], attrs["padding"], pads)
        except _Fail as failure:
            raise shape_error(str(failure), name, op_type, attrs, inputs) from None
        return [TensorShape.known(tuple(out))]

    return infer


register_shape("MaxPool", _pool("MaxPool", 4))
register_shape("AvgPool", _pool("AvgPool", 4))
register_shape("MaxPool3D", _pool("MaxPool3D", 5))
register_shape("AvgPool3D", _pool("AvgPool3D", 5))


def shape_from_tensor(tensor: Tensor) -> TensorShape:
    """InferenceContext::MakeShapeFromShapeTensor: what is known of a shape given as a 1-D
    tensor: a Const's values (-1 unknown), a Shape op's input shape, a Pack's known items."""
    op = tensor._op
    if op._type == "Shape":
        return op._inputs[0]._shape
    listed = known_ints(tensor)  # Python ints: no numpy needed
    if listed.__class__ is list:
        return TensorShape.known(tuple(None if v < 0 else v for v in listed))
    value = None if listed is NOT_CONSTANT or listed.__class__ is int else const_value(tensor)
    if value is not None and value.ndim == 1:
        return TensorShape.known(tuple(None if int(v) < 0 else int(v) for v in value))
    if op._type == "Pack" and op.attrs.get("axis", 0) == 0:
        items: list[Dim] = []
        for item in op._inputs:
            known = const_int(item)
            items.append(None if known is None or known < 0 else known)
        return TensorShape.known(tuple(items))
    length = tensor._shape.dims_
    if length is not None and len(length) == 1 and length[0] is not None:
        return TensorShape.known((None,) * length[0])
    return TensorShape(None)


@shape_fn("Conv2DBackpropInput")
def _conv2d_backprop_input(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """Conv2DBackpropInputShape: the output is `input_sizes` (4 values) of rank 4."""
    sizes = inputs[0]._shape.dims_
    if sizes is not None and len(sizes) != 1:
        raise shape_error(f"Shape must be rank 1 but is rank {len(sizes)}", name, "Conv2DBackpropInput",
                          attrs, inputs)
    count = sizes[0] if sizes else None
    if count is not None and count not in (4, 2):
        raise shape_error("Conv2DBackpropInput requires input_sizes to contain 4 values or 2 values, but "
                          f"got: {count}", name, "Conv2DBackpropInput", attrs, inputs)
    shape = shape_from_tensor(inputs[0])
    if count == 2:  # only the spatial sizes: batch and depth come from out_backprop and filter
        channel, spatial = _layout(attrs["data_format"], 4)
        full: list[Dim] = [None] * 4
        for axis, size in zip(spatial, shape.dims_ or (None, None), strict=True):
            full[axis] = size
        shape = TensorShape.known(tuple(full))
    dims = list(shape.dims_) if shape.dims_ is not None else [None] * 4
    # TF takes the batch from out_backprop and the depth from the filter over input_sizes.
    channel, _ = _layout(attrs["data_format"], 4)
    backprop, kernel = inputs[2]._shape.dims_, inputs[1]._shape.dims_
    dims[0] = backprop[0] if backprop is not None and len(backprop) == 4 else None
    if kernel is not None and len(kernel) == 4 and kernel[2] is not None:
        dims[channel] = kernel[2]
    return [TensorShape.known(tuple(dims))]
