"""apply_op, the one op_def_library._apply_op_helper: conversion inside the op's scope, type attrs
inferred and checked, attrs checked and defaulted with TF's messages, every attr stored."""

from __future__ import annotations

import pytest

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.state import TFState
from scopecli.errors import ScenarioError
from scopecli.runtime import Runtime


@pytest.fixture
def state() -> TFState:
    return TFState(Runtime("t.py"))


def _error(state: TFState, op_type: str, **keywords: object) -> tuple[str, str]:
    with pytest.raises(ScenarioError) as caught:
        apply_op(state, op_type, None, **keywords)
    return caught.value.type_name, caught.value.message


def test_python_inputs_become_consts_named_after_the_parameter_inside_the_op_scope(state: TFState) -> None:
    op = apply_op(state, "MatMul", None, a=[[1.0]], b=[[2.0]])
    assert op.name == "MatMul"
    assert [t.name for t in op.inputs] == ["MatMul/a:0", "MatMul/b:0"]
    assert dict(op.attrs) == {"transpose_a": False, "transpose_b": False, "T": dtypes.float32,
                              "grad_a": False, "grad_b": False}
    assert op.outputs[0].dtype is dtypes.float32 and op.outputs[0].shape.dims_ == (1, 1)
    assert apply_op(state, "MatMul", None, a=[[1.0]], b=[[2.0]]).name == "MatMul_1"


def test_a_later_input_is_converted_to_the_inferred_type(state: TFState) -> None:
    x = apply_op(state, "Placeholder", "x", dtype=dtypes.int64, shape=None).outputs[0]
    op = apply_op(state, "AddV2", None, x=x, y=3)
    assert op.inputs[1].dtype is dtypes.int64 and op.get_attr("T") is dtypes.int64
    kind, message = _error(state, "AddV2", x=x, y=1.5)
    assert kind == "TypeError"
    assert message.startswith("Expected int64 passed to parameter 'y' of op 'AddV2', got 1.5 of type 'float'")


def test_attr_values_are_checked_with_tf_messages(state: TFState) -> None:
    assert _error(state, "MatMul", a=[[1.0]], b=[[1.0]], transpose_a=1) == (
        "TypeError", "Expected bool for argument 'transpose_a' not 1.")
    assert _error(state, "BiasAdd", value=[[1.0]], bias=[1.0], data_format="NCHWX") == (
        "ValueError", "Attr 'data_format' of 'BiasAdd' Op passed string 'NCHWX' not in: \"NHWC\", \"NCHW\".")
    assert _error(state, "ArgMin", input=[1.0], dimension=0, output_type=dtypes.int16) == (
        "TypeError", "Value passed to parameter 'output_type' has DataType int16 not in list of allowed "
        "values: int32, int64")
    assert _error(state, "Cast", x=[1]) == ("TypeError", "No argument found for attr DstT for Cast")


def test_a_refused_input_leaves_its_consts_and_consumes_the_scope(state: TFState) -> None:
    kind, message = _error(state, "Relu", features=[True])
    assert kind == "TypeError" and "has DataType bool not in list of allowed values" in message
    assert [op.name for op in state.graph.ops] == ["Relu/features"]
    assert apply_op(state, "Relu", None, features=[1.0]).name == "Relu_1"


def test_list_inputs_set_their_number_attr_and_check_its_minimum(state: TFState) -> None:
    op = apply_op(state, "AddN", None, inputs=[[1.0], [2.0], [3.0]])
    assert op.get_attr("N") == 3 and op.get_attr("T") is dtypes.float32
    assert _error(state, "AddN", inputs=[]) == (
        "ValueError", "List argument 'inputs' to 'AddN' Op with length 0 shorter than minimum length 1.")
    assert _error(state, "AddN", inputs=[[1.0], [1]]) == (
        "TypeError",
        "Tensors in list passed to 'inputs' of 'AddN' Op have types [float32, int32] that don't all match.")


def test_outputs_take_their_dtypes_from_the_op_def(state: TFState) -> None:
    x = apply_op(state, "Placeholder", "p", dtype=dtypes.float32, shape=None).outputs[0]
    assert apply_op(state, "Less", None, x=x, y=x).outputs[0].dtype is dtypes.bool_
    assert apply_op(state, "ArgMax", None, input=x, dimension=0).outputs[0].dtype is dtypes.int64
    assert apply_op(state, "Shape", None, input=x, out_type=dtypes.int64).outputs[0].dtype is dtypes.int64
    assert apply_op(state, "NoOp", None).outputs == []


def test_raw_wrappers_made_from_the_op_defs(state: TFState) -> None:
    from scopecli.engine import gen

    x = apply_op(state, "Placeholder", "x", dtype=dtypes.float32, shape=None).outputs[0]
    grad = gen.op("ReluGrad")(state, x, x)
    assert grad.name == "ReluGrad:0" and grad.op.get_attr("T") is dtypes.float32
    assert gen.op("NoOp")(state, name="n").name == "n"
    assert gen.op("AddN")(state, [x, x], name="sum").name == "sum:0"


def test_relu_grad_kernels_mask_the_gradient_and_check_sizes_as_tf() -> None:
    from scopecli.engine import gen
    from scopecli.evaluate.session import Session

    state = TFState(Runtime("t.py"))
    g = apply_op(state, "Placeholder", "g", dtype=dtypes.float32, shape=None).outputs[0]
    f = apply_op(state, "Placeholder", "f", dtype=dtypes.float32, shape=None).outputs[0]
    relu, relu6 = gen.op("ReluGrad")(state, g, f), gen.op("Relu6Grad")(state, g, f)
    session = Session(state, None)
    got = session.run([relu, relu6], {g: [1.0, 2.0, 3.0, 4.0], f: [-1.0, 0.0, 3.0, 7.0]})
    assert [a.tolist() for a in got] == [[0.0, 0.0, 3.0, 4.0], [0.0, 0.0, 3.0, 0.0]]  # as TF 2.21
    with pytest.raises(ScenarioError) as caught:
        session.run(relu, {g: [1.0], f: [1.0, 2.0]})
    assert ("Inputs to operation ReluGrad of type ReluGrad must have the same size and shape.  "
            "Input 0: [1] != input 1: [2]") in caught.value.message
