"""Kernels of the TensorArrayV3 ops and LoopCond (TF's tensor_array_ops.cc, control_flow_ops.cc).

A TensorArrayV3 kernel makes the array's storage (`TensorArrayStore`), which its handle output
carries; every other op of the family finds the storage through its handle input and returns a
new flow value (0.0, as TF's kernels return), so the flow edges order writes before reads.
Messages are TF's runtime errors for reads of unwritten elements, writes past a fixed size,
mismatched element shapes and dtypes.
"""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import Context, KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


class TensorArrayStore:
    """The elements of one TensorArray in one session run (None: not written yet)."""

    __slots__ = ("name", "dtype", "elements", "dynamic_size", "clear_after_read", "identical_shapes",
                 "element_shape", "grads", "closed", "cleared", "aggregate")

    def __init__(self, name: str, dtype: Any, size: int, dynamic_size: bool, clear_after_read: bool,
                 identical_shapes: bool, element_shape: Any):
        self.name = name
        self.dtype = dtype
        self.elements: list[Any] = [None] * size
        self.dynamic_size = dynamic_size
        self.clear_after_read = clear_after_read
        self.identical_shapes = identical_shapes
        self.element_shape = element_shape  # TensorShape dims (may hold None) or None
        self.grads: dict[str, TensorArrayStore] = {}
        self.closed = False
        self.cleared: set[int] = set()  # indices read once already (clear_after_read)
        self.aggregate = False  # a gradient array: writes to one index are summed

    def __repr__(self) -> str:  # a resource handle as explain shows it: no memory address
        return f"<TensorArray {self.name}>"

    def write(self, index: int, value: np.ndarray) -> None:
        size = len(self.elements)
        if index < 0:
            raise KernelError(f"TensorArray {self.name}: Tried to write to index {index} but array size is: "
                              f"{size}")
        if index >= size:
            if not self.dynamic_size:
                raise KernelError(f"TensorArray {self.name}: Tried to write to index {index} but array is "
                                  f"not resizeable and size is: {size}")
            self.elements.extend([None] * (index + 1 - size))
        if value.dtype != self.dtype:
            raise KernelError(f"TensorArray dtype is {_dt(self.dtype)} but Op is trying to write dtype "
                              f"{_dt(value.dtype)}.")
        if self.element_shape is not None and not _compatible(self.element_shape, value.shape):
            raise KernelError(f"TensorArray {self.name}: Could not write to TensorArray index {index} "
                              "because the value shape is "
                              f"{_dims(value.shape)} which is incompatible with the TensorArray's inferred "
                              f"element shape: {_dims(self.element_shape)} (consider setting "
                              "infer_shape=False).")
        # TF: with identical_element_shapes (infer_shape) the first write fixes a partly known
        # element shape, so unwritten indices read later as zeros of that shape.
        if self.identical_shapes and (self.element_shape is None or None in self.element_shape):
            self.element_shape = tuple(value.shape)
        if self.aggregate and self.elements[index] is not None:
            self.elements[index] = self.elements[index] + value
            return
        if self.elements[index] is not None:
            raise KernelError(f"TensorArray {self.name}: Could not write to TensorArray index {index} "
                              "because it has already been written to.")
        self.elements[index] = value

    def read(self, index: int) -> np.ndarray:
        size = len(self.elements)
        if index < 0 or index >= size:
            raise KernelError(f"TensorArray {self.name}: Tried to read from index {index} but array size is: "
                              f"{size}")
        value = self.elements[index]
        if index in self.cleared:
            raise KernelError(f"TensorArray {self.name}: Could not read index {index} twice because it was "
                              "cleared after a previous read (perhaps try setting clear_after_read = "
                              "false?).")
        if self.clear_after_read and value is not None:
            self.cleared.add(index)
        if value is None:
            if self.element_shape is not None and all(d is not None for d in self.element_shape):
                return np.zeros(self.element_shape, self.dtype)  # TF: unwritten reads as zeros
            raise KernelError(f"TensorArray {self.name}: Could not read from TensorArray index {index}.  "
                              "Furthermore, the element shape is not fully defined: "
                              f"{_dims(self.element_shape)}.  It is possible you are working with a "
                              "resizeable TensorArray and stop_gradients is not allowing the gradients to "
                              "be written.  If you set the full element_shape property on the forward "
                              "TensorArray, the proper all-zeros tensor will be returned instead of "
                              "incurring this error.")
        return value


def _dt(dtype: Any) -> str:
    """DataTypeString: the C++ name TF's kernels print (float, double, half, int32 ...)."""
    from scopecli.engine.framework.dtypes import from_numpy

    name = from_numpy(np.dtype(dtype)).name
    return {"float32": "float", "float64": "double", "float16": "half"}.get(name, name)


def _dims(shape: Any) -> str:
    if shape is None:
        return "<unknown>"
    return "[" + ",".join("?" if d is None else str(d) for d in shape) + "]"


def _compatible(known: Any, shape: tuple[int, ...]) -> bool:
    return len(known) == len(shape) and all(k is None or k == d for k, d in zip(known, shape, strict=True))


def _store(value: Any) -> TensorArrayStore:
    if not isinstance(value, TensorArrayStore):
        raise KernelError("Tried to use a TensorArray that was not created in this session run")
    return value


_FLOW = np.float32(0.0)


@kernel("TensorArrayV3")
def _tensor_array(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    size = int(inputs[0])
    if size < 0:
        raise KernelError(f"Size should be >= 0, but saw: {size}")
    ctx.allocate(op, (size,))
    attrs = op.attrs
    shape = attrs["element_shape"].dims_
    # TF names the array after the op and a process-wide count of the arrays made so far.
    made = ctx.counters.get("TensorArray", 0)
    ctx.counters["TensorArray"] = made + 1
    name = attrs["tensor_array_name"] or f"{op._name}_{made}"
    store = TensorArrayStore(name, attrs["dtype"].numpy_type, size, bool(attrs["dynamic_size"]),
                             bool(attrs["clear_after_read"]), bool(attrs["identical_element_shapes"]),
                             None if shape is None else tuple(shape))
    return [store, _FLOW]


@kernel("TensorArrayWriteV3")
def _write(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    handle, index, value, _flow = inputs
    _store(handle).write(int(index), np.asarray(value))
    return [_FLOW]


@kernel("TensorArrayReadV3")
def _read(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    handle, index, _flow = inputs
    return [_store(handle).read(int(index))]


@kernel("TensorArrayScatterV3")
def _scatter(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    handle, indices, value, _flow = inputs
    store, indices, value = _store(handle), np.asarray(indices), np.asarray(value)
    if value.ndim == 0 or indices.shape[0] != value.shape[0]:
        raise KernelError(f"Expected len(indices) == values.shape[0], but saw: {indices.shape[0]} vs. "
                          f"{value.shape[0] if value.ndim else 0}")
    ctx.charge(value.size)
    for position, index in enumerate(indices.tolist()):
        store.write(int(index), value[position].copy())
    return [_FLOW]


@kernel("TensorArrayGatherV3")
def _gather(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    handle, indices, _flow = inputs
    store = _store(handle)
    values = [store.read(int(i)) for i in np.asarray(indices).tolist()]
    if not values:
        shape = op.attrs["element_shape"].dims_
        if shape is None or None in shape:
            raise KernelError("TensorArray has size zero, but element shape <unknown> is not fully defined. "
                              "Currently only static shapes are supported when packing zero-size "
                              "TensorArrays.")
        return [np.zeros((0, *shape), store.dtype)]
    first = values[0].shape
    for i, v in enumerate(values):
        if v.shape != first:
            raise KernelError(f"TensorArray has inconsistent shapes.  Index 0 has shape: {_dims(first)} but "
                              f"index {i} has shape: {_dims(v.shape)}")
    ctx.allocate(op, (len(values), *first))
    return [np.stack(values).astype(store.dtype, copy=False)]


@kernel("TensorArrayConcatV3")
def _concat(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    handle, _flow = inputs
    store = _store(handle)
    values = [store.read(i) for i in range(len(store.elements))]
    lengths = np.array([v.shape[0] for v in values], np.int64)
    if not values:
        rest = op.attrs["element_shape_except0"].dims_ or ()
        return [np.zeros((0, *rest), store.dtype), lengths]
    ctx.allocate(op, (int(lengths.sum()), *values[0].shape[1:]))
    return [np.concatenate(values).astype(store.dtype, copy=False), lengths]


@kernel("TensorArraySplitV3")
def _split(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    handle, value, lengths, _flow = inputs
    store, value, lengths = _store(handle), np.asarray(value), np.asarray(lengths)
    if int(lengths.sum()) != (value.shape[0] if value.ndim else 0):
        raise KernelError(f"Expected sum of lengths to be equal to values.shape[0], but sum of lengths is "
                          f"{int(lengths.sum())} and value's shape is: {_dims(value.shape)} ")
    start = 0
    for i, length in enumerate(lengths.tolist()):
        store.write(i, value[start:start + length].copy())
        start += length
    return [_FLOW]


@kernel("TensorArraySizeV3")
def _size(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    return [np.int32(len(_store(inputs[0]).elements))]


@kernel("TensorArrayCloseV3")
def _close(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    _store(inputs[0]).closed = True
    return []


@kernel("TensorArrayGradV3")
def _grad(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    """The gradient array of `source`: same size, made once per source and forward array."""
    store = _store(inputs[0])
    source = op.attrs["source"]
    found = store.grads.get(source)
    if found is None:
        size = len(store.elements)
        found = TensorArrayStore(f"{store.name}@{source}", store.dtype, size, store.dynamic_size, False,
                                 store.identical_shapes,
                                 store.element_shape)
        found.elements = [None] * size
        found.aggregate = True
        store.grads[source] = found
    return [found, _FLOW]


@kernel("LoopCond")
def _loop_cond(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    return [inputs[0]]
