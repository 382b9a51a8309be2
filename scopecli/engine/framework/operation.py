"""The graph's nodes: `Operation` (framework/ops.py's Operation) and `Tensor` (one output of an op),
as scenario code sees them. The graph that names and holds them is framework/graph.py."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from scopecli.engine.framework.dtypes import DType
from scopecli.engine.framework.notes import Note
from scopecli.engine.framework.shapes import TensorShape
from scopecli.errors import ScenarioError, SourcePos, tf_type_error, tf_value_error
from scopecli.model import Exposed, attribute, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Graph


class Operation(Exposed):
    """One node of the graph."""

    TYPE_NAME = "Operation"
    __slots__ = ("_name", "_type", "_inputs", "attrs", "_outputs", "_graph", "site", "_notes", "index",
                 "control_inputs_", "api", "variable", "lineage", "_uniquified", "frame",
                 "_control_flow_context")

    def __init__(self, graph: Graph, name: str, op_type: str, inputs: tuple[Tensor, ...],
                 attrs: Mapping[str, Any], site: tuple[SourcePos, ...], index: int, api: str = "",
                 lineage: int = 0):
        self._graph = graph
        self._name = name
        self._type = op_type
        self._inputs = inputs
        self.attrs = attrs
        self._outputs: list[Tensor] = []
        self.site = site
        # Few ops have notes or control inputs: they share an empty tuple until given their own.
        self._notes: tuple[Note, ...] = ()
        # Whether it was uniquified (named `<asked for>_<n>`): the note is written only if read.
        self._uniquified = False
        self.index = index
        self.control_inputs_: list[Operation] | tuple[()] = ()
        self.api = api  # the call that made it, for explain ("tf.add", "+", "get_variable" ...)
        self.variable: Any = None  # the Variable whose internal op this is, if any
        # LINEAGE_* bits: kinds of op this one or an op upstream of it (through inputs) is.
        self.lineage = lineage
        self._device = ""  # the canonical device string of the tf.device scopes it was made in
        self.frame = graph.state.frame  # the public call that made it (engine.namespace), or ""
        # The v1 control-flow context (a cond branch, a while body) it was made in, or None.
        self._control_flow_context: Any = graph._control_flow_context

    @property
    def notes(self) -> tuple[Note, ...]:
        """The facts that decided the op's name, for explain."""
        if self._uniquified:
            self._uniquified = False
            wanted = self._name.rpartition("_")[0]  # Graph._unique appended "_<n>" to it
            self._notes = (self._graph._uniquified_note(wanted, self._name), *self._notes)
        return self._notes

    def add_note(self, note: Note) -> None:
        self._notes = (*self._notes, note)

    # -- what a control-flow context may change (ops.py's private Operation methods) ----------

    def _get_control_flow_context(self) -> Any:
        return self._control_flow_context

    def _set_control_flow_context(self, ctx: Any) -> None:
        self._control_flow_context = ctx

    def _update_input(self, index: int, tensor: Tensor) -> None:
        """Operation._update_input: input `index` now reads `tensor` (a cond's Switch output)."""
        inputs = list(self._inputs)
        inputs[index] = tensor
        self._inputs = tuple(inputs)

    def _add_control_input(self, op: Operation) -> None:
        self._add_control_inputs([op])

    def _add_control_inputs(self, ops: list[Operation]) -> None:
        current = list(self.control_inputs_)
        current.extend(op for op in ops if op not in current)
        self.control_inputs_ = current

    def _remove_all_control_inputs(self) -> None:
        self.control_inputs_ = ()

    @attribute
    def name(self) -> str:
        return self._name

    @attribute
    def type(self) -> str:
        return self._type

    @attribute
    def inputs(self) -> tuple[Tensor, ...]:
        return self._inputs

    @attribute
    def outputs(self) -> list[Tensor]:
        return list(self._outputs)

    @attribute
    def graph(self) -> Graph:
        return self._graph

    @attribute
    def control_inputs(self) -> list[Operation]:
        return list(self.control_inputs_)

    @attribute
    def device(self) -> str:
        return self._device

    @method
    def values(self) -> tuple[Tensor, ...]:
        return tuple(self._outputs)

    @method
    def get_attr(self, name: str) -> Any:
        if name not in self.attrs:
            raise tf_value_error(f"Operation '{self._name}' has no attr named '{name}'.")
        value = self.attrs[name]
        if name == "value" and self._type == "Const":  # the TensorProto, not the numpy value
            from scopecli.engine.framework.node_def import TensorProto

            return TensorProto(self)
        # A string attr is bytes in TF's AttrValue, so get_attr("data_format") is b'NHWC'.
        if value.__class__ is str:
            return value.encode()
        # A shape attr is the AttrValue's TensorShapeProto (printed in text format), not a TensorShape.
        if value.__class__ is TensorShape:
            from scopecli.engine.framework.node_def import TensorShapeProto

            return TensorShapeProto(value)
        # TF hands back a fresh proto: a scenario can never change the graph through it.
        copy = getattr(value, "copy", None)
        return copy() if callable(copy) and not isinstance(value, Exposed) else value

    @method
    def colocation_groups(self) -> list[bytes]:
        """Operation.colocation_groups: the `loc:@` entries of its `_class` attr, else its own."""
        classes = self.attrs.get("_class")
        if classes:  # (most ops have none: no list to filter)
            groups = [g for g in classes if g.startswith(b"loc:@")]
            if groups:
                return groups
        return [b"loc:@" + self._name.encode()]

    @method
    def run(self, feed_dict: Any = None, session: Any = None) -> None:
        self._graph.state.run_in_default_session(self, feed_dict, session)

    @attribute
    def node_def(self) -> Any:
        from scopecli.engine.framework.node_def import NodeDef

        return NodeDef(self)

    def __str__(self) -> str:
        from scopecli.engine.framework.node_def import node_def_text

        return node_def_text(self)

    def __repr__(self) -> str:
        return f"<tf.Operation '{self._name}' type={self._type}>"

    @property
    def internal(self) -> bool:
        """An op TF builds behind a public call (a variable's Assign/read, a converted operand)."""
        return self.api == ""


class Tensor(Exposed):
    """One output of an op. Python operators on it build ops (see engine.operators)."""

    TYPE_NAME = "Tensor"
    __slots__ = ("_op", "_index", "_dtype", "_shape")

    def __init__(self, op: Operation, index: int, dtype: DType, shape: TensorShape):
        self._op = op
        self._index = index
        self._dtype = dtype
        self._shape = shape

    @attribute
    def name(self) -> str:
        return f"{self._op._name}:{self._index}"

    @attribute
    def op(self) -> Operation:
        return self._op

    @attribute
    def dtype(self) -> DType:
        return self._dtype

    @attribute
    def shape(self) -> TensorShape:
        return self._shape

    @attribute
    def graph(self) -> Graph:
        return self._op._graph

    @attribute
    def value_index(self) -> int:
        return self._index

    @attribute
    def device(self) -> str:
        return self._op._device

    @method
    def get_shape(self) -> TensorShape:
        return self._shape

    @method
    def set_shape(self, shape: Any) -> None:
        from scopecli.engine.framework.set_shape import merged_for_set_shape

        self._shape = merged_for_set_shape(self._shape, shape)

    @method
    def consumers(self) -> list[Operation]:
        return [op for op in self._op._graph.ops if self in op._inputs]

    @method
    def eval(self, feed_dict: Any = None, session: Any = None) -> Any:
        return self._op._graph.state.run_in_default_session(self, feed_dict, session)

    def op_input_name(self) -> str:
        return self._op._name if self._index == 0 else f"{self._op._name}:{self._index}"

    def __str__(self) -> str:
        shape = "" if self._shape.dims_ is None else f", shape={self._shape}"
        device = f", device={self._op._device}" if self._op._device else ""  # as TF's Tensor.__str__
        return f'Tensor("{self.name}"{shape}, dtype={self._dtype.name}{device})'

    def __repr__(self) -> str:
        return f"<tf.Tensor '{self.name}' shape={self._shape} dtype={self._dtype.name}>"

    # TF1 graph tensors compare and hash by identity (v2 "equality" is disabled): object's own
    # __eq__/__hash__, which in C cost nothing per dict lookup (tf.gradients keys dicts by tensor).

    def __bool__(self) -> bool:
        raise _not_allowed("Using a symbolic `tf.Tensor` as a Python `bool`")

    def __iter__(self) -> Iterator[Any]:
        raise _not_allowed("Iterating over a symbolic `tf.Tensor`")

    def __len__(self) -> int:
        raise tf_type_error(
            f"len is not well defined for a symbolic Tensor ({self.name}). Please call `x.shape` "
            "rather than `len(x)` for shape information.")

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


class TensorConvertible(Exposed):
    """Something TF converts to a tensor implicitly (a Variable gives its `read` tensor)."""

    def to_tensor(self, as_ref: bool = False) -> Tensor:
        raise NotImplementedError

    def graph_element(self) -> Tensor:
        """Graph.as_graph_element(self), what sess.run fetches and what tells its graph; building
        nothing (a resource variable's to_tensor would build a new read)."""
        return self.to_tensor(as_ref=True)


def _not_allowed(task: str) -> ScenarioError:
    """tensor.py's _disallow: TF 2.x graph mode raises OperatorNotAllowedInGraphError (a TypeError)."""
    return ScenarioError(
        "OperatorNotAllowedInGraphError",
        f"{task} is not allowed. You can attempt the following resolutions to the problem: If you are "
        "running in Graph mode, use Eager execution mode or decorate this function with @tf.function. If "
        "you are using AutoGraph, you can try decorating this function with @tf.function. If that does not "
        "work, then you may be using an unsupported feature or your source code may not be visible to "
        "AutoGraph. See https://github.com/tensorflow/tensorflow/blob/master/tensorflow/python/autograph/"
        "g3doc/reference/limitations.md#access-to-source-code for more information.")
