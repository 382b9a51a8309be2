"""Gradients of the TensorArray ops (TF's tensor_array_grad.py): a read's gradient is written to
the array's gradient array (TensorArrayGradV3, one per tf.gradients call), a write's is read
from it, gather and scatter likewise; the array itself, its size and close have none."""

from __future__ import annotations

from scopecli.engine.framework.registry import gradient, not_differentiable
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState

not_differentiable("TensorArrayV3", "TensorArrayGradV3", "TensorArraySizeV3", "TensorArrayCloseV3")


def _grad_source(t: Any) -> str:
    """_GetGradSource: the name prefix up to the last `gradients*` component (one gradient array
    per tf.gradients call)."""
    tokens = t.name.split("/")
    positions = [i for i, x in enumerate(tokens) if x.startswith("gradients")]
    if not positions:
        raise tf_value_error(
            f"Expected op/tensor name to start with gradients (excluding scope), got: {t.name}. This means "
            "that a tf.gradients op with this op in its dependency path has a custom name that does not "
            "start with 'gradients'. Please make sure all calls to tf.gradients that have non-empty `name` "
            "arguments use names that start with 'gradients'.")
    return "/".join(tokens[:positions[-1] + 1])


def _gradient_array(state: TFState, op: Any, dtype: Any, flow: Any, source: str) -> Any:
    from scopecli.engine.ops.tensor_array_ops import TensorArray

    array = TensorArray(state, dtype, handle=op._inputs[0], flow=flow, colocate_with_first_write_call=False)
    return array.grad(source=source, flow=flow)


def _barrier(state: TFState, op: Any, flow: Any) -> Any:
    """flow_out, then the incoming flow gradient behind it (`write_barrier`)."""
    from scopecli.engine.ops.array_shape_ops import identity
    from scopecli.engine.ops.control_flow_ops import controlled_in

    flow_out = identity(state, op._outputs[0], "flow_out")
    with controlled_in(state.graph, [flow_out]):
        return identity(state, flow, "write_barrier")


@gradient("TensorArrayReadV3")
def _read_grad(state: TFState, op: Any, grad: Any) -> list[Any]:
    g = _gradient_array(state, op, op.attrs["dtype"], op._inputs[2], _grad_source(grad))
    return [None, None, g.write(op._inputs[1], grad)._flow]


@gradient("TensorArrayWriteV3")
def _write_grad(state: TFState, op: Any, flow: Any) -> list[Any]:
    source = _grad_source(flow)
    flow = _barrier(state, op, flow)
    g = _gradient_array(state, op, op.attrs["T"], flow, source)
    return [None, None, g.read(op._inputs[1]), flow]


@gradient("TensorArrayGatherV3")
def _gather_grad(state: TFState, op: Any, grad: Any) -> list[Any]:
    g = _gradient_array(state, op, op.attrs["dtype"], op._inputs[2], _grad_source(grad))
    return [None, None, g.scatter(op._inputs[1], grad)._flow]


@gradient("TensorArrayScatterV3")
def _scatter_grad(state: TFState, op: Any, flow: Any) -> list[Any]:
    source = _grad_source(flow)
    flow = _barrier(state, op, flow)
    g = _gradient_array(state, op, op.attrs["T"], flow, source)
    return [None, None, g.gather(op._inputs[1]), flow]


@gradient("TensorArrayConcatV3")
def _concat_grad(state: TFState, op: Any, grad: Any, lengths_grad: Any = None) -> list[Any]:
    g = _gradient_array(state, op, op.attrs["dtype"], op._inputs[1], _grad_source(grad))
    return [None, g.split(grad, lengths=op._outputs[1])._flow]


@gradient("TensorArraySplitV3")
def _split_grad(state: TFState, op: Any, flow: Any) -> list[Any]:
    source = _grad_source(flow)
    flow = _barrier(state, op, flow)
    g = _gradient_array(state, op, op.attrs["T"], flow, source)
    return [None, g.concat(), None, flow]
