"""The global step (TF's training/training_util.py): `tf.train.get_or_create_global_step` and
friends, the int64 scalar variable `global_step` in GLOBAL_VARIABLES and GLOBAL_STEP."""

from __future__ import annotations

from scopecli.engine.framework.tf_export import tf_export
from scopecli.errors import tf_type_error, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState

GLOBAL_STEP = "global_step"


def _graph(state: TFState, graph: Any) -> Any:
    return state.graph if graph is None else graph


def assert_global_step(state: TFState, global_step_tensor: Any) -> None:
    """training_util.assert_global_step: an integer scalar Variable or Tensor."""
    from scopecli.engine.ops.variables import Variable
    from scopecli.engine.ops_core import Tensor

    if not isinstance(global_step_tensor, (Variable, Tensor)):
        raise tf_type_error(f'Existing "global_step" must be a Variable or Tensor: {global_step_tensor}.')
    dtype = global_step_tensor.dtype
    if not dtype.base_dtype.is_integer:
        raise tf_type_error(f'Existing "global_step" does not have integer type: {dtype}')
    shape = global_step_tensor.get_shape()
    if shape.ndims != 0 and shape.is_fully_defined():
        raise tf_type_error(f'Existing "global_step" is not scalar: {shape}')


@tf_export("train.get_global_step", label=False)
def get_global_step(state: TFState, graph: Any = None) -> Any:
    """The one tensor in GLOBAL_STEP, else the tensor `global_step:0`, else None."""
    graph = _graph(state, graph)
    tensors = graph.get_collection(GLOBAL_STEP)
    if len(tensors) == 1:
        tensor = tensors[0]
    elif not tensors:
        if "global_step" not in {op._name for op in graph.get_operations()}:
            return None
        tensor = graph.get_tensor_by_name("global_step:0")
    else:
        # TF logs "Multiple tensors in global_step collection." and returns None.
        return None
    assert_global_step(state, tensor)
    return tensor


@tf_export("train.create_global_step", label=False)
def create_global_step(state: TFState, graph: Any = None) -> Any:
    """get_variable("global_step", [], int64, zeros, trainable=False) outside any name scope."""
    from scopecli.engine.initializers import Zeros
    from scopecli.engine.ops.variables import GLOBAL_VARIABLES
    from scopecli.engine.ops_core import dtypes
    from scopecli.engine.var_store import get_variable

    graph = _graph(state, graph)
    if get_global_step(state, graph) is not None:
        raise tf_value_error('"global_step" already exists.')
    with state.graph_scope(graph), graph.name_scope(None):
        return get_variable(state, GLOBAL_STEP, shape=[], dtype=dtypes.int64, initializer=Zeros(state),
                            trainable=False, collections=[GLOBAL_VARIABLES, GLOBAL_STEP])


@tf_export("train.get_or_create_global_step", label=False)
def get_or_create_global_step(state: TFState, graph: Any = None) -> Any:
    graph = _graph(state, graph)
    tensor = get_global_step(state, graph)
    if tensor is None:
        tensor = create_global_step(state, graph)
    return tensor


@tf_export("train.global_step", label=False)
def global_step(state: TFState, sess: Any, global_step_tensor: Any) -> int:
    """int(sess.run(global_step_tensor))."""
    return int(sess.run(global_step_tensor))


@tf_export("train.assert_global_step", label=False)
def _assert_global_step(state: TFState, global_step_tensor: Any) -> None:
    assert_global_step(state, global_step_tensor)
