"""The registries keyed by op type, one per concern, and the guide to growing scopecli with them.

Where each fact about an op type lives:
* its OpDef (inputs, attrs, allowed dtypes, defaults, outputs, stateful): DATA in
  engine/opdefs/ops.json, generated from TF by tools/gen_opdefs.py; read with
  `engine.opdefs.get("MatMul")`. Nothing else keeps dtype lists or attr defaults.
* its shape function: `SHAPE_FNS` here, registered next to the wrappers that build the op
  (engine/ops/*.py) with `@shape_fn("MatMul")` or `register_shape("Relu6", unchanged)`.
  Signature `fn(node_name, inputs, attrs) -> [TensorShape, ...]`, one shape per output: the
  output DTYPES come from the OpDef (apply_op derives them), so a shape fn never picks dtypes.
  Errors: `raise op_def_library.shape_error(message, node_name, op_type, attrs, inputs)`, which
  quotes the NodeDef with every attr, as TF's C++ does.
* its kernel: evaluate/kernel_registry.KERNELS, `@kernel("MatMul")`,
  `fn(op, inputs, ctx) -> [output arrays]`. A ref input (OpDef is_ref, e.g. Assign's `ref`,
  ApplyAdam's `var`/`m`/`v`) arrives as an executor.VariableRef: `.read()`, `.assign(array)`,
  `.dtype`; see evaluate/state_kernels.py. Runtime failures raise kernels.KernelError(TF text).
* its gradient: `GRADIENTS` here, `@gradient("MatMul")` like ops.RegisterGradient, or
  `not_differentiable("Shape")`; `get_gradient(op_name, op_type)` raises TF's LookupError.
  A gradient fn is `fn(state, op, *grads) -> [grad per input | None]` and reads the forward op
  as TF's math_grad.py does (`op.get_attr("transpose_a")`, `op.inputs`, `op.outputs`).
* its public names: `@tf_export("nn.relu", "math.relu")` on the wrapper
  (framework/tf_export.py); engine/namespace.py builds the lazy `tf` facade from them (there is
  no other table of names). Objects that are not state-first functions (dtypes, classes) use
  `export_value("float32", make=lambda state: ...)`. A call through the facade opens a frame:
  ops and scopes it makes record `op.frame` ("tf.layers.dense"), which explain and JSON show.
* its notes for explain: `Note("code", {facts})` (framework/notes.py), worded in render/notes.py.

How to add an op type ("Relu6"):
 1. OpDef: if `opdefs.get("Relu6")` is None, add the name to OPS in tools/gen_opdefs.py and
    run `TF_USE_LEGACY_KERAS=1 ~/tfenv/bin/python tools/gen_opdefs.py` (~330 defs are there).
 2. Shape: element-wise op types go in ops/math_ops.UNARY or BINARY; others get a `@shape_fn`.
 3. Kernel: `kernel("Relu6")(_unary(fn))` or a `@kernel` function in an evaluate/ module listed
    named `*kernels` (framework/discovery.py; float32 transcendental math through eigen_math, so
    printed values match TF's CPU kernels). tests/test_op_registry.py fails until 2 and 3 exist.
 4. Gradient (training issue): `@gradient("Relu6")` or `not_differentiable(...)`.
How to add a public function (tf.nn.relu6), reading like TF's Python with TF's signature after
`state`; the wrapper holds no dtype list, default or message:

    @tf_export("nn.relu6")
    def relu6(state, features, name=None):
        with name_scope(state, name, "Relu6", [features]) as scope:       # ops.name_scope
            features = convert_to_tensor(state, features, name="features")
            return output(apply_op(state, "Relu6", scope, features=features))

`apply_op(state, op_type, name, /, *, _api="", **inputs_and_attrs) -> Operation` converts inputs
(in the op's scope, Consts named after the parameter), infers and checks type attrs, checks and
defaults the other attrs, names the op, runs the shape fn and stores every attr. The module must
live in a package of discovery.EXPORT_PACKAGES (engine/ops, layers, train): no list to edit, but
run `python tools/gen_declarations.py` after adding a module, a public name, a shape function or
a kernel (a run imports a module only when it touches what the module declares, found in the
index that script writes; tests/test_declaration_index.py fails until it is current).
Then record a conformance case (tests/conformance/cases/, `record.py --fork`).
"""

from __future__ import annotations

from collections.abc import Callable

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.dtypes import DType
    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.shapes import TensorShape

    Outputs = list[tuple[DType, TensorShape]]
    ShapeFn = Callable[[str, list[Tensor], dict[str, Any]], Outputs]

SHAPE_FNS: dict[str, ShapeFn] = {}
GRADIENTS: dict[str, Callable[..., Any]] = {}
# Op types declared without a gradient (ops.NotDifferentiable): the value None in GRADIENTS.
if TYPE_CHECKING:
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
        from scopecli.engine.framework import discovery

        discovery.load_declaring("gradients", op_type)  # declared beside the op (random_ops ...)
    if op_type not in GRADIENTS:
        raise LookupError(f"No gradient defined for operation'{op_name}' (op type: {op_type}). In general "
                          "every operation must have an associated `@tf.RegisterGradient` for correct "
                          "autodiff, which this op is lacking. If you want to pretend this operation is a "
                          "constant in your program, you may insert `tf.stop_gradient`. This can be useful "
                          "to silence the error in cases where you know gradients are not needed, e.g. the "
                          "forward pass of tf.custom_gradient. Please see more details in "
                          "https://www.tensorflow.org/api_docs/python/tf/custom_gradient.")
    return GRADIENTS[op_type]
