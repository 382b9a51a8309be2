"""tf.Graph's public methods (ops.py Graph): as_default, the lookups by name, name scopes,
collections, control dependencies, devices, finalize and as_graph_element, as a mixin of
engine.framework.graph.Graph (which holds the state they read and builds the ops)."""

from __future__ import annotations

import re

from scopecli.engine.framework.operation import Operation, Tensor, TensorConvertible
from scopecli.errors import ScenarioError, tf_type_error, tf_value_error
from scopecli.model import Exposed, attribute, lookup_attribute, method, renamed

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


class GraphApi(Exposed):
    """Graph methods that only read or flip the graph's tables."""

    collections: dict[str, list[Any]]
    by_name: dict[str, Operation]
    ops: list[Operation]
    state: Any
    name_stack: str
    unique_name: Any  # Graph's methods
    name_scope: Any
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

    # -- the public tf.Graph surface: defaults, lookups by name, scopes, collections, devices ----

    @method
    def as_default(self) -> Any:
        return self.state.graph_context(self)

    @method
    def get_operations(self) -> list[Operation]:
        return list(self.ops)

    @method
    def get_operation_by_name(self, name: Any) -> Operation:
        if not isinstance(name, str):
            raise tf_type_error(f"Operation names are strings (or similar), not {type(name).__name__}.")
        if ":" in name:
            raise tf_value_error(f"Name '{name}' appears to refer to a Tensor, not a Operation.")
        op = self.by_name.get(name)
        if op is None:
            raise ScenarioError("KeyError", f"The name '{name}' refers to an Operation not in the graph.",
                                args=(f"The name '{name}' refers to an Operation not in the graph.",))
        return op

    @method
    def get_tensor_by_name(self, name: Any) -> Tensor:
        if not isinstance(name, str):
            raise tf_type_error(f"Tensor names are strings (or similar), not {type(name).__name__}.")
        if ":" not in name:
            if name in self.by_name:
                raise tf_value_error(
                    f"The name '{name}' refers to an Operation, not a Tensor. Tensor names must be of the "
                    "form \"<op_name>:<output_index>\".")
            raise tf_value_error(
                f"The name '{name}' looks like an (invalid) Operation name, not a Tensor. Tensor names "
                "must be of the form \"<op_name>:<output_index>\".")
        op_name, _, index_text = name.rpartition(":")
        try:
            index = int(index_text)
        except ValueError:
            raise tf_value_error(
                f"The name '{name}' looks a like a Tensor name, but is not a valid one. Tensor names must "
                "be of the form \"<op_name>:<output_index>\".") from None
        op = self.by_name.get(op_name)
        if op is None:
            message = (f"The name '{name}' refers to a Tensor which does not exist. The operation, "
                       f"'{op_name}', does not exist in the graph.")
            raise ScenarioError("KeyError", message, args=(message,))
        if not 0 <= index < len(op._outputs):
            message = (f"The name '{name}' refers to a Tensor which does not exist. The operation, "
                       f"'{op_name}', exists but only has {len(op._outputs)} outputs.")
            raise ScenarioError("KeyError", message, args=(message,))
        return op._outputs[index]

    @method
    def get_name_scope(self) -> str:
        return self.name_stack

    @method
    @renamed("unique_name")
    def public_unique_name(self, name: str, mark_as_used: bool = True) -> str:
        return self.unique_name(name, mark_as_used)

    @method
    @renamed("name_scope")
    def public_name_scope(self, name: str | None) -> Any:
        return self.state.scope_context(self.name_scope(name, "name_scope", f"name_scope({name!r})"))

    @method
    def get_collection(self, name: Any, scope: Any = None) -> list[Any]:
        items = self.collections.get(str(name), [])
        if scope is None:
            return list(items)
        pattern = re.compile(scope)
        return [item for item in items if _collection_name(item) is not None
                and pattern.match(_collection_name(item))]

    @method
    def get_collection_ref(self, name: Any) -> list[Any]:
        return self.collections.setdefault(str(name), [])

    @method
    def add_to_collection(self, name: Any, value: Any) -> None:
        self.check_not_finalized()
        self.collections.setdefault(str(name), []).append(value)

    @method
    def control_dependencies(self, control_inputs: Any) -> Any:
        """Graph.control_dependencies (engine/ops/control_flow_ops.py)."""
        from scopecli.engine.framework.context_manager import ContextManager
        from scopecli.engine.framework.control_dependencies import controlled_in

        return ContextManager(lambda: controlled_in(self, control_inputs), "_ControlDependenciesController")

    @method
    def device(self, device_name_or_function: Any) -> Any:
        """Graph.device (engine/ops/control_flow_ops.py)."""
        from scopecli.engine.framework.context_manager import ContextManager
        from scopecli.engine.framework.device_spec import parse_device, placed_in

        if isinstance(device_name_or_function, str):
            parse_device(device_name_or_function)
        return ContextManager(lambda: placed_in(self, device_name_or_function), "_GeneratorContextManager")


def _collection_name(item: Any) -> str | None:
    """The `name` TF's get_collection(scope=...) matches against, for items that have one."""
    found, name = lookup_attribute(item, "name")
    return name if found and isinstance(name, str) else None
