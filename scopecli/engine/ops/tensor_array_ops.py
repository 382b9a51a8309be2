"""tf.TensorArray in TF1 graph mode (TF's tensor_array_ops._GraphTensorArray): the TensorArrayV3
family of ops, named and shaped as TF builds them.

A TensorArray is a handle (a resource tensor made once by TensorArrayV3) plus a `flow` (a float
scalar threading every write to every later read, so the graph orders them). Each write makes a
new TensorArray object sharing the handle, with the write's flow_out (`build_ta_with_new_flow`);
inside a while loop the flow is a loop variable and the handle enters as a loop constant.
"""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.graph import Tensor
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.registry import shape_fn
from scopecli.engine.framework.shapes import TensorShape, as_shape
from scopecli.engine.framework.tf_export import export_value
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import tf_type_error, tf_value_error
from scopecli.model import Exposed, attribute, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState

_SCALAR = TensorShape.known(())
_HANDLE = TensorShape.known((2,))
_UNKNOWN = TensorShape(None)


def _both(first: str, second: str) -> Exception:
    return tf_value_error(f"Cannot provide both `{first}` and `{second}` arguments at the same time.")


class TensorArray(Exposed):
    """tf.TensorArray (v1 graph mode): `read`, `write`, `stack`, `gather`, `unstack`, `scatter`,
    `split`, `concat`, `size`, `close`, `identity`, `grad`."""

    TYPE_NAME = "TensorArray"

    def __init__(self, state: TFState, dtype: Any, size: Any = None, dynamic_size: Any = None,
                 clear_after_read: Any = None, tensor_array_name: Any = None, handle: Any = None,
                 flow: Any = None, infer_shape: bool = True, element_shape: Any = None,
                 colocate_with_first_write_call: bool = True, name: Any = None):
        if handle is not None and tensor_array_name:
            raise _both('handle', 'tensor_array_name')
        if handle is not None and not isinstance(handle, Tensor):
            raise tf_type_error(f"Expected `handle` to be a Tensor, but got `{handle}` of type "
                                f"`{type(handle).__name__}` instead.")
        if handle is None and size is None:
            raise tf_value_error("Argument `size` must be provided if handle is not provided.")
        if handle is not None and size is not None:
            raise tf_value_error("Cannot provide both a `handle` and `size` arguments at the same time.")
        if handle is not None and element_shape is not None:
            raise _both('handle', 'element_shape')
        if handle is not None and dynamic_size is not None:
            raise _both('handle', 'dynamic_size')
        if handle is not None and clear_after_read is not None:
            raise _both('handle', 'clear_after_read')
        if clear_after_read is None:
            clear_after_read = True
        self._state = state
        self._dynamic_size = bool(dynamic_size)
        self._dtype = dtypes.as_dtype(dtype).base_dtype
        # One list shared by every TensorArray of this handle: a write's inferred element shape is
        # seen by later reads through older objects too (TF's `_element_shape`).
        self._element_shape: list[TensorShape] = [as_shape(element_shape) if element_shape is not None
                                                  else _UNKNOWN]
        self._infer_shape = infer_shape
        self._size = size
        with name_scope(state, name, "TensorArray", [handle, size, flow]) as scope:
            if handle is not None:
                if flow is None:
                    raise tf_value_error("flow must not be None if handle is not None.")
                self._handle, self._flow = handle, flow
            else:
                size_t = convert_to_tensor(state, size, dtypes.int32, name="size")
                op = apply_op(state, "TensorArrayV3", scope, size=size_t, dtype=self._dtype,
                              element_shape=self._element_shape[0], identical_element_shapes=infer_shape,
                              dynamic_size=self._dynamic_size, clear_after_read=bool(clear_after_read),
                              tensor_array_name=tensor_array_name or "")
                self._handle, self._flow = op._outputs

    # -- what TF's TensorArray exposes ------------------------------------------------------------

    @attribute
    def flow(self) -> Tensor:
        return self._flow

    @attribute
    def handle(self) -> Tensor:
        return self._handle

    @attribute
    def dtype(self) -> Any:
        return self._dtype

    @attribute
    def element_shape(self) -> TensorShape:
        return self._element_shape[0]

    @attribute
    def dynamic_size(self) -> bool:
        return self._dynamic_size

    def _check_element_shape(self, shape: TensorShape) -> None:
        if not shape.is_compatible_with(self.element_shape):
            raise tf_value_error(f"Inconsistent shapes: saw {shape} but expected {self.element_shape} ")
        if self._infer_shape:
            self._element_shape[0] = self.element_shape.merge_with(shape)

    def _with_flow(self, flow: Tensor) -> TensorArray:
        """build_ta_with_new_flow: the same array (handle, shapes, size) at a later flow."""
        new = TensorArray.__new__(TensorArray)
        new.__dict__.update(self.__dict__)
        new._flow = flow
        return new

    @method
    def identity(self) -> TensorArray:
        from scopecli.engine.ops.array_shape_ops import identity

        return self._with_flow(identity(self._state, self._flow))

    @method
    def read(self, index: Any, name: Any = None) -> Tensor:
        state = self._state
        op = apply_op(state, "TensorArrayReadV3", name, handle=self._handle, index=index, flow_in=self._flow,
                      dtype=self._dtype)
        value = op._outputs[0]
        value._shape = value._shape.merge_with(self.element_shape)
        return value

    @method
    def write(self, index: Any, value: Any, name: Any = None) -> TensorArray:
        state = self._state
        with name_scope(state, name, "TensorArrayWrite", [self._handle, index, value]):
            value = convert_to_tensor(state, value, dtype_hint=self._dtype, name="value")
            self._check_element_shape(value._shape)
            flow_out = apply_op(state, "TensorArrayWriteV3", name, handle=self._handle, index=index,
                                value=value, flow_in=self._flow)._outputs[0]
            return self._with_flow(flow_out)

    @method
    def stack(self, name: Any = None) -> Tensor:
        from scopecli.engine.ops.array_fill_ops import range_
        from scopecli.engine.ops.tensor_util import const_int

        state = self._state
        with name_scope(state, name, "TensorArrayStack", [self._handle]):
            value = self.gather(range_(state, 0, self.size()), name=name)
            if self.element_shape.dims_ is not None and not self._dynamic_size and self._size is not None:
                first = const_int(self._size) if isinstance(self._size, Tensor) else int(self._size)
                value._shape = value._shape.merge_with(TensorShape.known((first, *self.element_shape.dims_)))
            return value

    @method
    def gather(self, indices: Any, name: Any = None) -> Tensor:
        op = apply_op(self._state, "TensorArrayGatherV3", name, handle=self._handle, indices=indices,
                      flow_in=self._flow, dtype=self._dtype, element_shape=self.element_shape)
        value = op._outputs[0]
        if self.element_shape.dims_ is not None:
            value._shape = value._shape.merge_with(TensorShape.known((None, *self.element_shape.dims_)))
        return value

    @method
    def concat(self, name: Any = None) -> Tensor:
        dims = self.element_shape.dims_
        rest = TensorShape(None) if dims is None else TensorShape.known(tuple(dims[1:]))
        op = apply_op(self._state, "TensorArrayConcatV3", name, handle=self._handle, flow_in=self._flow,
                      dtype=self._dtype, element_shape_except0=rest)
        return op._outputs[0]

    @method
    def unstack(self, value: Any, name: Any = None) -> TensorArray:
        from scopecli.engine.ops.array_fill_ops import range_
        from scopecli.engine.ops.array_shape_ops import shape

        state = self._state
        with name_scope(state, name, "TensorArrayUnstack", [self._handle, value]):
            num_elements = shape(state, value)[0]
            return self.scatter(range_(state, 0, num_elements), value, name=name)

    @method
    def scatter(self, indices: Any, value: Any, name: Any = None) -> TensorArray:
        state = self._state
        with name_scope(state, name, "TensorArrayScatter", [self._handle, value, indices]):
            value = convert_to_tensor(state, value, dtype_hint=self._dtype, name="value")
            dims = value._shape.dims_
            element = TensorShape(None) if dims is None else TensorShape.known(tuple(dims[1:]))
            self._check_element_shape(element)
            flow_out = apply_op(state, "TensorArrayScatterV3", name, handle=self._handle, indices=indices,
                                value=value, flow_in=self._flow)._outputs[0]
            return self._with_flow(flow_out)

    @method
    def split(self, value: Any, lengths: Any, name: Any = None) -> TensorArray:
        from scopecli.engine.ops.math_arith_ops import cast

        state = self._state
        with name_scope(state, name, "TensorArraySplit", [self._handle, value, lengths]):
            value = convert_to_tensor(state, value, self._dtype, name="value")
            lengths_64 = cast(state, lengths, dtypes.int64)
            flow_out = apply_op(state, "TensorArraySplitV3", name, handle=self._handle, value=value,
                                lengths=lengths_64, flow_in=self._flow)._outputs[0]
            return self._with_flow(flow_out)

    @method
    def size(self, name: Any = None) -> Tensor:
        if not self._dynamic_size and self._size is not None:
            return convert_to_tensor(self._state, self._size, dtypes.int32)
        return apply_op(self._state, "TensorArraySizeV3", name, handle=self._handle,
                        flow_in=self._flow)._outputs[0]

    @method
    def close(self, name: Any = None) -> Any:
        return apply_op(self._state, "TensorArrayCloseV3", name, handle=self._handle)

    @method
    def grad(self, source: Any, flow: Any = None, name: Any = None) -> TensorArray:
        from scopecli.engine.ops.control_flow_ops import controlled_in

        state = self._state
        if flow is None:
            flow = self._flow
        with name_scope(state, name, "TensorArrayGrad", [self._handle]):
            op = apply_op(state, "TensorArrayGradV3", name, handle=self._handle, flow_in=flow, source=source)
            g_handle = op._outputs[0]
            with controlled_in(state.graph, [op]):
                from scopecli.engine.ops.array_shape_ops import identity

                flow = identity(state, flow, name="gradient_flow")
            g = TensorArray(state, self._dtype, handle=g_handle, flow=flow, infer_shape=self._infer_shape,
                            colocate_with_first_write_call=False)
            g._element_shape = self._element_shape
            return g

    def __repr__(self) -> str:
        return "<tensorflow.python.ops.tensor_array_ops.TensorArray object>"


def _make_class(state: TFState) -> Any:
    from scopecli.model import Builtin

    def construct(dtype: Any, size: Any = None, dynamic_size: Any = None, clear_after_read: Any = None,
                  tensor_array_name: Any = None, handle: Any = None, flow: Any = None,
                  infer_shape: bool = True, element_shape: Any = None,
                  colocate_with_first_write_call: bool = True,
                  name: Any = None) -> TensorArray:
        return TensorArray(state, dtype, size, dynamic_size, clear_after_read, tensor_array_name, handle,
                           flow, infer_shape, element_shape, colocate_with_first_write_call, name)

    return Builtin("TensorArray", construct)


export_value("TensorArray", make=_make_class)


# -- shape functions (data_flow_ops.cc) ---------------------------------------------------------------

@shape_fn("TensorArrayV3")
def _tensor_array_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    return [_HANDLE, _SCALAR]


for _flow_op in ("TensorArrayWriteV3", "TensorArrayScatterV3", "TensorArraySplitV3"):
    shape_fn(_flow_op)(lambda name, inputs, attrs: [_SCALAR])
shape_fn("TensorArraySizeV3")(lambda name, inputs, attrs: [_SCALAR])
shape_fn("TensorArrayCloseV3")(lambda name, inputs, attrs: [])
shape_fn("TensorArrayReadV3")(lambda name, inputs, attrs: [_UNKNOWN])
shape_fn("TensorArrayGradV3")(lambda name, inputs, attrs: [_HANDLE, _SCALAR])


@shape_fn("TensorArrayGatherV3")
def _gather_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    indices = inputs[1]._shape.dims_
    element = attrs["element_shape"].dims_
    if element is None:
        return [_UNKNOWN]
    return [TensorShape.known((indices[0] if indices else None, *element))]


@shape_fn("TensorArrayConcatV3")
def _concat_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    rest = attrs["element_shape_except0"].dims_
    value = _UNKNOWN if rest is None else TensorShape.known((None, *rest))
    return [value, TensorShape.known((None,))]
