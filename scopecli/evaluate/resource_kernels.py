"""Kernels of the resource variable ops (resource_variable_ops.cc): a VarHandleOp yields a
handle to its variable's slot in the session, the other ops read, initialise-check and assign
through it."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import Context, KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


class Handle:
    """A resource handle as kernels see it: the variable's slot in the session's values, with
    the read / assign surface of executor.VariableRef (so an Apply* kernel could take either)."""

    __slots__ = ("variable_op", "values")

    def __init__(self, variable_op: Any, values: dict[Any, Any]):
        self.variable_op, self.values = variable_op, values

    @property
    def dtype(self) -> Any:
        return self.variable_op.attrs["dtype"]

    def read(self) -> Any:
        if self.variable_op not in self.values:
            name = self.variable_op.attrs["shared_name"]
            if any(op._type == "VarHandleOp" for op in self.values):
                status = f"Resource localhost/{name}/N10tensorflow3VarE does not exist."
            else:
                status = f"Container localhost does not exist. (Could not find resource: localhost/{name})"
            raise KernelError(f"Could not find variable {name}. This could mean that the variable has been "
                              "deleted. In TF1, it can also mean the variable is uninitialized. Debug info: "
                              f"container=localhost, status error message={status}",
                              "FailedPreconditionError")
        return self.values[self.variable_op]

    def assign(self, value: Any) -> None:
        self.values[self.variable_op] = value


def _handle(value: Any) -> Handle:
    if not isinstance(value, Handle):
        raise KernelError("Trying to access resource using the wrong type.")
    return value


@kernel("VarHandleOp")
def _var_handle(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    return [Handle(op, ctx.variables)]


@kernel("VarIsInitializedOp")
def _var_is_initialized(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    handle = _handle(inputs[0])
    return [np.bool_(handle.variable_op in handle.values)]


@kernel("ReadVariableOp")
def _read_variable(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    handle = _handle(inputs[0])
    value = handle.read()
    dtype = op.attrs["dtype"]
    if value.dtype != dtype.numpy_type:
        raise KernelError(f"Trying to read variable with wrong dtype. Expected {_type_name(value)} got "
                          f"{dtype.name}")
    return [value]


def _type_name(value: np.ndarray) -> str:
    return {"float32": "float", "float64": "double"}.get(value.dtype.name, value.dtype.name)


@kernel("AssignVariableOp")
def _assign_variable(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    handle, value = _handle(inputs[0]), np.asarray(inputs[1])
    if op.attrs.get("validate_shape") and handle.variable_op in handle.values:
        old = handle.values[handle.variable_op].shape
        if old != value.shape:
            dims = ["[" + ",".join(map(str, s)) + "]" for s in (old, value.shape)]
            raise KernelError("Trying to assign to variable with tensor with wrong shape. "
                              f"Expected {dims[0]} got {dims[1]}")
    handle.assign(np.array(value, dtype=handle.dtype.numpy_type))
    return []


def _update(sign: int) -> Any:
    def update(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
        handle, value = _handle(inputs[0]), np.asarray(inputs[1])
        current = handle.read()
        if current.shape != value.shape:
            raise KernelError("Cannot update variable with shape "
                              f"[{','.join(map(str, current.shape))}] using a Tensor with shape "
                              f"[{','.join(map(str, value.shape))}], shapes must be equal.",
                              "InvalidArgumentError")
        with np.errstate(all="ignore"):
            new = (current + value if sign > 0 else current - value).astype(handle.dtype.numpy_type)
        handle.assign(new)
        return []

    return update


kernel("AssignAddVariableOp")(_update(1))
kernel("AssignSubVariableOp")(_update(-1))



@kernel("ResourceGather")
def _resource_gather(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    """Rows of the variable (axis 0), with GatherV2's bounds check."""
    params, indices = _handle(inputs[0]).read(), np.asarray(inputs[1])
    limit = params.shape[0]
    bad = np.argwhere((indices < 0) | (indices >= limit))
    if bad.size:
        where = tuple(int(i) for i in bad[0])
        text = ",".join(map(str, where))
        raise KernelError(f"indices[{text}] = {int(indices[where])} is not in [0, {limit})")
    ctx.allocate(op, indices.shape + params.shape[1:])
    return [np.take(params, indices, axis=0)]


def _resource_apply(dense_type: str, handles: int) -> Any:
    """ResourceApplyX: ApplyX's update (training_ops.cc shares the functors) on the handles of
    its first `handles` inputs; the resource form has no output."""

    def apply(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
        from scopecli.evaluate.kernel_registry import KERNELS, load_kernels

        dense = KERNELS.get(dense_type) or load_kernels()[dense_type]
        dense(op, [_handle(v) for v in inputs[:handles]] + list(inputs[handles:]), ctx)
        return []

    return apply


kernel("ResourceApplyGradientDescent")(_resource_apply("ApplyGradientDescent", 1))
kernel("ResourceApplyAdam")(_resource_apply("ApplyAdam", 3))
kernel("ResourceApplyMomentum")(_resource_apply("ApplyMomentum", 2))
kernel("ResourceApplyRMSProp")(_resource_apply("ApplyRMSProp", 3))
kernel("ResourceApplyCenteredRMSProp")(_resource_apply("ApplyCenteredRMSProp", 4))
