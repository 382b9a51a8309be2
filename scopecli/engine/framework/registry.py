"""The registries keyed by op type, one per concern; and how to grow scopecli with them.

Registries (all plain dicts filled by decorators at import time of the module that defines them):
* `SHAPE_FNS`   op type -> shape function, `@shape_fn("MatMul")`, defined next to the op's wrapper
                (engine/ops/*): `fn(name, inputs, attrs) -> [(dtype, TensorShape), ...]`, one
                pair per output; it raises TF's ValueError for bad shapes (`ops_core.shape_error`).
* `GRADIENTS`   op type -> gradient function, `@gradient("MatMul")` (ops.RegisterGradient), or
                `not_differentiable("Shape", ...)` (ops.NotDifferentiable). The function is
                `fn(state, op, *grads) -> list of grads, one per input (None: no gradient)` and
                reads the forward op as TF's math_grad.py does: `op.get_attr("T")`, `op.inputs`.
* kernels       `scopecli.evaluate.kernel_registry`: `@kernel("MatMul")`, `fn(op, inputs, ctx)
                -> [outputs]`; `ctx.variables` lets Assign/Apply kernels read and write state.
* exports       `scopecli.engine.framework.tf_export`: `@tf_export("nn.relu", "math.relu")`.
The op definitions themselves are data: `scopecli.engine.opdefs` (generated, see below).

How to add an op type (e.g. "Relu6"):
 1. Its OpDef: add the name to OPS in tools/gen_opdefs.py and run
    `~/tfenv/bin/python tools/gen_opdefs.py` (rewrites engine/opdefs/ops.json). Most op types
    the next issues need are already there (`opdefs.names()`).
 2. Its shape function: `register_shape("Relu6", shape_fns.unchanged)` or `@shape_fn("Relu6")`
    next to the wrapper.
 3. Its kernel (evaluate/): `@kernel("Relu6")` or `register_kernel("Relu6", unary(fn))`.
 4. Its gradient or `not_differentiable("Relu6")` (training issue).
How to add a public function (e.g. `tf.nn.relu6`): write the wrapper as TF's Python reads, with
TF's signature after `state`, calling `apply_op(state, "Relu6", name, features=features)`
(engine.framework.op_def_library): it converts inputs, checks dtypes with TF's messages, fills
attr defaults, names the op and runs the shape function. Decorate it
`@tf_export("nn.relu6")`; the `tf` facade picks it up (the module must be listed in
tf_export.EXPORTING_MODULES). No dtype list, attr default or message string in the wrapper.
How to add a kernel: `@kernel("Relu6")` in an evaluate/ module listed in
kernel_registry.KERNEL_MODULES; compute in the output dtype (`op.outputs[0].dtype`) as TF's CPU
kernel does, raise `KernelError(TF message)` on runtime failures, ask `ctx.allocate` before
making a large array.
How to add a gradient: `@gradient("Relu6")` in engine/train/ (to come), read like nn_grad.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scopecli.engine.dtypes import DType
    from scopecli.engine.graph import Tensor
    from scopecli.engine.shapes import TensorShape

Outputs = list[tuple["DType", "TensorShape"]]
ShapeFn = Callable[[str, list["Tensor"], dict[str, Any]], Outputs]

SHAPE_FNS: dict[str, ShapeFn] = {}
GRADIENTS: dict[str, Callable[..., Any]] = {}
# Op types declared without a gradient (ops.NotDifferentiable): the value None in GRADIENTS.
_F = Callable[..., Any]


def register_shape(op_type: str, fn: ShapeFn) -> ShapeFn:
    if op_type in SHAPE_FNS:
        raise KeyError(f"{op_type} already has a shape function")
    SHAPE_FNS[op_type] = fn
    return fn


def shape_fn(op_type: str) -> Callable[[ShapeFn], ShapeFn]:
    """Decorator: the shape function of `op_type`."""
    return lambda fn: register_shape(op_type, fn)


def gradient(op_type: str) -> Callable[[_F], _F]:
    """ops.RegisterGradient(op_type)."""

    def register(fn: _F) -> _F:
        if op_type in GRADIENTS:
            raise KeyError(f"Registering two gradient with name '{op_type}'!")
        GRADIENTS[op_type] = fn
        return fn

    return register


def not_differentiable(*op_types: str) -> None:
    """ops.NotDifferentiable: the op type has no gradient (its inputs get None)."""
    for op_type in op_types:
        if op_type in GRADIENTS:
            raise KeyError(f"Registering two gradient with name '{op_type}'!")
        GRADIENTS[op_type] = None  # type: ignore[assignment]


def has_gradient_entry(op_type: str) -> bool:
    """Whether `op_type` has a gradient or was declared not differentiable."""
    return op_type in GRADIENTS


def get_gradient(op_name: str, op_type: str) -> Callable[..., Any] | None:
    """gradients_util's lookup: the function, None when not differentiable, else TF's LookupError
    (its text, including the missing space after "operation")."""
    if op_type not in GRADIENTS:
        raise LookupError(f"No gradient defined for operation'{op_name}' (op type: {op_type}). In general "
                          "every operation must have an associated `@tf.RegisterGradient` for correct "
                          "autodiff, which this op is lacking. If you want to pretend this operation is a "
                          "constant in your program, you may insert `tf.stop_gradient`. This can be useful "
                          "to silence the error in cases where you know gradients are not needed, e.g. the "
                          "forward pass of tf.custom_gradient. Please see more details in "
                          "https://www.tensorflow.org/api_docs/python/tf/custom_gradient.")
    return GRADIENTS[op_type]
