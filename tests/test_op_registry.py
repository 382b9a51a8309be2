"""The op registry's invariants: every op type scopecli can build through apply_op has a
generated OpDef, a shape function and a kernel; every kernel belongs to an op type with a def;
exports name real functions; gradients registered are for op types with defs."""

from __future__ import annotations

import importlib

from scopecli.engine import opdefs
from scopecli.engine.framework import op_def_library, registry, tf_export
from scopecli.evaluate.kernel_registry import load_kernels

# Op types evaluated by the executor itself rather than a kernel, and why.
NO_KERNEL = {
    "Const": "its value is its attr",
    "Placeholder": "fed, or the session reports the missing feed",
    "VariableV2": "its value is the session's variable state",
    "NoOp": "no outputs",
    "IsVariableInitialized": "reads the session's variable state",
    "Switch": "control flow: dead outputs",
    "RefSwitch": "control flow: dead outputs",
    "Merge": "control flow: the first live input",
}


def _shape_fns() -> dict[str, object]:
    for module in op_def_library.SHAPE_MODULES:
        importlib.import_module(module)
    return registry.SHAPE_FNS


def test_every_op_type_with_a_shape_function_has_a_def_and_a_kernel() -> None:
    kernels = load_kernels()
    shape_fns = _shape_fns()
    assert len(shape_fns) > 50
    missing_def = [t for t in shape_fns if opdefs.get(t) is None]
    missing_kernel = [t for t in shape_fns if t not in kernels and t not in NO_KERNEL]
    assert missing_def == []
    assert missing_kernel == []


def test_every_kernel_has_a_def() -> None:
    assert [t for t in load_kernels() if opdefs.get(t) is None] == []


def test_every_export_is_a_function_with_state_first() -> None:
    exports = tf_export.exports()
    assert {"nn.relu", "nn.relu6", "nn.elu", "nn.softplus", "math.softplus", "math.reciprocal",
            "reciprocal", "nn.bias_add", "realdiv"} <= set(exports)
    for name, (function, _label) in exports.items():
        assert function.__code__.co_varnames[0] == "state", name


def test_op_defs_hold_what_apply_op_needs() -> None:
    matmul = opdefs.get("MatMul")
    assert matmul is not None
    assert [a.name for a in matmul.inputs] == ["a", "b"]
    assert matmul.attr("transpose_a").has_default and matmul.attr("transpose_a").default is False
    assert "bool" not in matmul.attr("T").allowed_set
    assign = opdefs.get("Assign")
    assert assign is not None and assign.inputs[0].is_ref and assign.outputs[0].is_ref
    add_n = opdefs.get("AddN")
    assert add_n is not None and add_n.inputs[0].number_attr == "N" and add_n.attr("N").minimum == 1
    assert opdefs.get("ApplyAdam") is not None and opdefs.get("SaveV2") is not None
    assert opdefs.get("NotAnOp") is None
    assert len(opdefs.names()) > 300


def test_gradient_registry_refuses_an_op_type_twice() -> None:
    registry.not_differentiable("ScopecliTestOnly")
    try:
        assert registry.get_gradient("x", "ScopecliTestOnly") is None
        try:
            registry.not_differentiable("ScopecliTestOnly")
        except KeyError as error:
            assert "Registering two gradient" in str(error)
        else:
            raise AssertionError("registered twice")
        try:
            registry.get_gradient("op", "ScopecliUnknown")
        except LookupError as error:
            assert "No gradient defined for operation'op' (op type: ScopecliUnknown)" in str(error)
        else:
            raise AssertionError("no LookupError")
    finally:
        del registry.GRADIENTS["ScopecliTestOnly"]
