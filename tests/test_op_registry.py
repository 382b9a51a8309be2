"""The op registry's invariants: every op type scopecli can build has a generated OpDef, a shape
function (or a stated reason), a kernel (or a stated reason), a gradient entry (or is listed as
pending) and a recorded conformance case (or is listed as lacking one); every kernel belongs to
an op type with a def; exports name real functions; gradients registered are for op types with
defs. The lists below are explicit so that a new op type fails here until it is complete."""

from __future__ import annotations

import re
from pathlib import Path

from scopecli.engine import opdefs
from scopecli.engine.framework import discovery, registry, tf_export
from scopecli.engine.gradients_util import load_gradients
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
    # while loops (evaluate/while_frames.py): which frame and iteration a value lives in
    "Enter": "control flow: its input, read in the parent frame",
    "RefEnter": "control flow: its input, read in the parent frame",
    "Exit": "control flow: runs its loop, then its input at the last iteration",
    "RefExit": "control flow: runs its loop, then its input at the last iteration",
    "NextIteration": "control flow: its input, read by the next iteration's Merge",
    "RefNextIteration": "control flow: its input, read by the next iteration's Merge",
}


# Op types built without a registered shape function, and why.
NO_SHAPE_FN = {
    "Const": "its shape is its value's (constant_op builds it with Graph.create_op, as TF does)",
}
# Op types with no gradient entry yet (ops.RegisterGradient or NotDifferentiable in TF): the
# linear-algebra ops of the arrays work and the control-flow ops (the cond and while work). Delete a
# name when its entry lands; the list may only shrink.
GRADIENT_PENDING = frozenset((
    "MatrixDiagV3", "MatrixSetDiagV3", "Qr",
    # a partitioned embedding_lookup's split and merge (keras branch)
    "DynamicPartition", "ParallelDynamicStitch",
))
# Op types TF registers no gradient for (tf.gradients raises LookupError through them, as TF does).
NO_GRADIENT_IN_TF = frozenset((
    "All", "Any", "ApplyAdam", "ApplyCenteredRMSProp", "ApplyGradientDescent", "ApplyMomentum",
    "ApplyRMSProp", "InTopKV2", "IsFinite", "IsInf", "IsNan", "IsVariableInitialized", "LRNGrad",
    "MaxPoolGradWithArgmax",
    "MergeV2Checkpoints", "NoOp", "Placeholder", "RestoreV2", "SaveV2", "ShardedFilename", "Snapshot",
    "SoftsignGrad", "StaticRegexFullMatch", "TruncateMod", "VariableV2", "Where",
    "Unique", "SparseApplyMomentum", "SparseApplyRMSProp", "SparseApplyCenteredRMSProp", "SparseApplyAdagrad",
    "SparseApplyAdadelta",
    "ApplyAdagrad", "ApplyAdadelta", "ApplyProximalGradientDescent", "ApplyProximalAdagrad", "ApplyFtrl",
    "ApplyFtrlV2", "CountUpTo", "ListDiff", "ApplyAdagradDA", "ScatterUpdate",
    "ResizeNearestNeighborGrad", "BroadcastArgs", "AdjustContrastv2",
    "Dilation2DBackpropInput", "Dilation2DBackpropFilter", "ResizeArea", "ResizeBicubicGrad",
    "NonMaxSuppressionV3", "CropAndResizeGradImage", "CropAndResizeGradBoxes",
    # resource variables: the handle, the assignments and the optimizers' resource updates
    "VarHandleOp", "AssignVariableOp", "AssignAddVariableOp", "AssignSubVariableOp",
    "ResourceApplyGradientDescent", "ResourceApplyAdam", "ResourceApplyMomentum",
    "ResourceApplyRMSProp", "ResourceApplyCenteredRMSProp",
))
# Op types no recorded case (tests/conformance/cases) names yet: built only behind other calls
# (ReluGrad for gradients) or by wrappers not exported yet. Delete a name when a case lands.
NO_CASE_YET = frozenset(("SeluGrad", "IsInf", "IsNan", "MulNoNan",
                         "Rint", "Snapshot",
                         # fused_batch_norm builds V3; V1/V2 only carry kernels for imported graphs
                         "FusedBatchNorm", "FusedBatchNormV2",
                         # and so their gradients' FusedBatchNormGrad/V2 (V3's case names GradV3)
                         "FusedBatchNormGrad", "FusedBatchNormGradV2",
                         # ref-typed loop values: a while loop over a variable's ref (no case yet)
                         "RefEnter", "RefExit", "RefNextIteration"))
CASES = Path(__file__).parent / "conformance" / "cases"


def _buildable() -> set[str]:
    """Every op type scopecli can build: a shape function, a kernel, or built directly."""
    load_gradients()  # gradient entries register when tf.gradients first runs: count them all
    return set(_shape_fns()) | set(load_kernels()) | set(NO_KERNEL) | set(NO_SHAPE_FN)


def test_every_buildable_op_type_is_complete() -> None:
    """Def, shape function, kernel, gradient entry and recorded case, or a stated reason."""
    shape_fns = _shape_fns()
    kernels = load_kernels()
    recorded = "\n".join(p.read_text() for p in CASES.glob("*") if p.is_file())
    problems = []
    for op_type in sorted(_buildable()):
        if opdefs.get(op_type) is None:
            problems.append(f"{op_type}: no OpDef")
        if op_type not in shape_fns and op_type not in NO_SHAPE_FN:
            problems.append(f"{op_type}: no shape function")
        if op_type not in kernels and op_type not in NO_KERNEL:
            problems.append(f"{op_type}: no kernel")
        if not registry.has_gradient_entry(op_type) and op_type not in GRADIENT_PENDING | NO_GRADIENT_IN_TF:
            problems.append(f"{op_type}: no gradient entry")
        if op_type not in NO_CASE_YET and not re.search(rf"\b{op_type}\b", recorded):
            problems.append(f"{op_type}: no recorded case names it")
    assert problems == []


def test_the_stated_exceptions_name_buildable_op_types() -> None:
    """No stale names: every listed exception is an op type scopecli builds, and a shape
    function that exists is not also excused."""
    buildable = _buildable()
    for listed in (NO_KERNEL, NO_SHAPE_FN, GRADIENT_PENDING, NO_CASE_YET, NO_GRADIENT_IN_TF):
        assert set(listed) - buildable == set()
    assert set(NO_SHAPE_FN) & set(_shape_fns()) == set()
    assert {op for op in GRADIENT_PENDING | NO_GRADIENT_IN_TF if registry.has_gradient_entry(op)} == set()
    assert set(NO_KERNEL) & set(load_kernels()) == set()


def _shape_fns() -> dict[str, object]:
    discovery.load_declarations()
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
