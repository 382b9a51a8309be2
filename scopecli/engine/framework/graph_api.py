"""More of tf.Graph's public methods (ops.py Graph): finalize, as_graph_element and the collection
helpers, as a mixin of engine.framework.graph.Graph (which holds the state they read)."""

from __future__ import annotations

from typing import Any

from scopecli.engine.framework.operation import Operation, Tensor, TensorConvertible
from scopecli.errors import ScenarioError, tf_type_error, tf_value_error
from scopecli.model import Exposed, attribute, method


class GraphApi(Exposed):
    """Graph methods that only read or flip the graph's tables."""

    collections: dict[str, list[Any]]
    by_name: dict[str, Operation]
    ops: list[Operation]
    finalized_ = False  # Graph.finalize(): no op or collection item may be added after it

    @method
    def finalize(self) -> None:
        self.finalized_ = True

    @attribute
    def finalized(self) -> bool:
        return self.finalized_

    def check_not_finalized(self) -> None:
        """Graph._check_not_finalized."""
        if self.finalized_:
            raise ScenarioError("RuntimeError", "Graph is finalized and cannot be modified.")

    @attribute
    def version(self) -> int:
        return len(self.ops)

    @method
    def get_all_collection_keys(self) -> list[str]:
        return [key for key, items in self.collections.items() if items]

    @method
    def add_to_collections(self, names: Any, value: Any) -> None:
        """Graph.add_to_collections: one name or several (a set in TF: each once)."""
        for name in (names,) if isinstance(names, str) else dict.fromkeys(names):
            self.add_to_collection(name, value)  # type: ignore[attr-defined]

    @method
    def clear_collection(self, name: Any) -> None:
        self.check_not_finalized()
        self.collections.pop(str(name), None)

    @method
    def colocate_with(self, op: Any, ignore_existing: bool = False) -> Any:
        """Graph.colocate_with as a `with`-able object."""
        from scopecli.engine.framework.colocation import colocated_with
        from scopecli.engine.framework.context_manager import ContextManager

        return ContextManager(lambda: colocated_with(self, op, ignore_existing), "_GeneratorContextManager")

    @method
    def as_graph_element(self, obj: Any, allow_tensor: bool = True, allow_operation: bool = True) -> Any:
        """Graph._as_graph_element_locked: a tensor or op of this graph, from itself or its name."""
        if allow_tensor and allow_operation:
            kinds = "Tensor or Operation"
        elif allow_tensor or allow_operation:
            kinds = "Tensor" if allow_tensor else "Operation"
        else:
            raise tf_value_error("allow_tensor and allow_operation can't both be False.")
        if isinstance(obj, TensorConvertible):
            obj = obj.graph_element()
        if isinstance(obj, str):
            return self._element_by_name(obj, allow_tensor, allow_operation, kinds)
        if isinstance(obj, Tensor) and allow_tensor:
            if obj._op._graph is not self:
                raise tf_value_error(f"Tensor {obj} is not an element of this graph.")
            return obj
        if isinstance(obj, Operation) and allow_operation:
            if obj._graph is not self:
                raise tf_value_error(f"Operation {obj!r} is not an element of this graph.")
            return obj
        name = "Tensor" if isinstance(obj, Tensor) else "Operation" if isinstance(obj, Operation) else type(
            obj).__name__
        raise tf_type_error(f"Can not convert a {name} into a {kinds}.")

    def _element_by_name(self, name: str, allow_tensor: bool, allow_operation: bool, kinds: str) -> Any:
        if ":" in name and allow_tensor:
            return self.get_tensor_by_name(name)  # type: ignore[attr-defined]
        if ":" in name:
            raise tf_value_error(f"Name {name!r} appears to refer to a Tensor, not a {kinds}.")
        if allow_operation:
            return self.get_operation_by_name(name)  # type: ignore[attr-defined]
        what = "refers to an Operation" if name in self.by_name else "looks like an (invalid) Operation name"
        raise tf_value_error(f"The name {name!r} {what}, not a {kinds}. Tensor names must be of the form "
                             "\"<op_name>:<output_index>\".")
