"""The session protocol buffers TF1 files build and hand to a Session: tf.ConfigProto (with its
GPUOptions, GraphOptions, OptimizerOptions), tf.RunOptions and tf.RunMetadata.

They configure devices, threads and tracing, none of which changes a name or a value, so a
Session takes them and ignores them. They still behave as protobuf messages do: fields by name
with proto3 defaults, nested messages reached through their field, type checks on assignment,
the enums (`tf.RunOptions.FULL_TRACE`), and `print(config)` in protobuf text format (set fields
by field number). RunMetadata stays empty: scopecli records no step stats or cost graphs.
"""

from __future__ import annotations

from scopecli.errors import ScenarioError
from scopecli.interpret.classes import DynamicObject
from scopecli.model import Namespace, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

# message -> [(field, number, kind)], kind: bool, int, double, string, map, enum:<Enum>, or the
# name of a message type. Numbers from tensorflow/core/protobuf/config.proto (printing order).
_FIELDS: dict[str, list[tuple[str, int, str]]] = {
    "ConfigProto": [
        ("device_count", 1, "map"), ("intra_op_parallelism_threads", 2, "int"),
        ("placement_period", 3, "int"),
        ("inter_op_parallelism_threads", 5, "int"), ("gpu_options", 6, "GPUOptions"),
        ("allow_soft_placement", 7, "bool"), ("log_device_placement", 8, "bool"),
        ("use_per_session_threads", 9, "bool"), ("graph_options", 10, "GraphOptions"),
        ("operation_timeout_in_ms", 11, "int"), ("isolate_session_state", 15, "bool"),
        ("share_cluster_devices_in_session", 17, "bool"),
    ],
    "GPUOptions": [
        ("per_process_gpu_memory_fraction", 1, "double"), ("allocator_type", 2, "string"),
        ("deferred_deletion_bytes", 3, "int"), ("allow_growth", 4, "bool"),
        ("visible_device_list", 5, "string"),
        ("polling_active_delay_usecs", 6, "int"), ("polling_inactive_delay_msecs", 7, "int"),
        ("force_gpu_compatible", 8, "bool"),
    ],
    "GraphOptions": [
        ("enable_recv_scheduling", 2, "bool"), ("optimizer_options", 3, "OptimizerOptions"),
        ("build_cost_model", 4, "int"), ("infer_shapes", 5, "bool"), ("place_pruned_graph", 6, "bool"),
        ("enable_bfloat16_sendrecv", 7, "bool"), ("timeline_step", 8, "int"),
        ("build_cost_model_after", 9, "int"),
    ],
    "OptimizerOptions": [
        ("do_common_subexpression_elimination", 1, "bool"), ("do_constant_folding", 2, "bool"),
        ("opt_level", 3, "enum:Level"), ("do_function_inlining", 4, "bool"),
        ("global_jit_level", 5, "enum:GlobalJitLevel"), ("max_folded_constant_in_bytes", 6, "int"),
        ("cpu_global_jit", 7, "bool"),
    ],
    "RunOptions": [
        ("trace_level", 1, "enum:TraceLevel"), ("timeout_in_ms", 2, "int"),
        ("inter_op_thread_pool", 3, "int"),
        ("output_partition_graphs", 5, "bool"), ("report_tensor_allocations_upon_oom", 7, "bool"),
    ],
    "RunMetadata": [],
}
_ENUMS: dict[str, dict[str, int]] = {
    "TraceLevel": {"NO_TRACE": 0, "SOFTWARE_TRACE": 1, "HARDWARE_TRACE": 2, "FULL_TRACE": 3},
    "Level": {"L1": 0, "L0": -1},
    "GlobalJitLevel": {"DEFAULT": 0, "OFF": -1, "ON_1": 1, "ON_2": 2},
}
# The enums each message type carries as class attributes (tf.RunOptions.FULL_TRACE).
_MESSAGE_ENUMS = {"RunOptions": ("TraceLevel",), "OptimizerOptions": ("Level", "GlobalJitLevel")}
_DEFAULTS = {"bool": False, "int": 0, "double": 0.0, "string": ""}


def _checked(kind: str, value: Any) -> Any:
    """Python protobuf's checks on assigning a scalar field."""
    name = type(value).__name__
    if kind in ("bool", "int") or kind.startswith("enum:"):
        if kind.startswith("enum:") and isinstance(value, str) and value in _ENUMS[kind[5:]]:
            return _ENUMS[kind[5:]][value]
        if not isinstance(value, int):
            raise ScenarioError("TypeError", f"'{name}' object cannot be interpreted as an integer")
        return bool(value) if kind == "bool" else int(value)
    if kind == "double":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ScenarioError("TypeError", f"must be real number, not {name}")
        return float(value)
    if not isinstance(value, str):
        raise ScenarioError("TypeError", f"bad argument type for built-in operation: {name}")
    return value


class Message(DynamicObject):
    """One protobuf message: its set fields, its nested messages (made when first reached)."""

    def __init__(self, type_name: str, fields: dict[str, Any]):
        self.type_name = type_name
        self.kinds = {name: kind for name, _, kind in _FIELDS[type_name]}
        self.values: dict[str, Any] = {}
        # protobuf's HasField: a sub-message read is not present until one of its fields is set
        # (even to its default) or it is given whole; presence reaches up to the outer message
        self.present: set[str] = set()
        self.parent: tuple[Message, str] | None = None
        for name, value in fields.items():
            kind = self._kind(name, "ValueError")
            if kind in _FIELDS:
                if not isinstance(value, Message) or value.type_name != kind:
                    raise ScenarioError("TypeError", f"Parameter to MergeFrom() must be instance of same "
                                        f"class: expected {kind} got {type(value).__name__}.")
                self.values[name] = value
                self.present.add(name)
            elif kind == "map":
                self.values[name] = {str(k): _checked("int", v) for k, v in dict(value).items()}
            else:
                self.values[name] = _checked(kind, value)

    def _kind(self, name: str, error: str) -> str:
        kind = self.kinds.get(name)
        if kind is None:
            raise ScenarioError(error, f'Protocol message {self.type_name} has no "{name}" field.')
        return kind

    def scenario_get(self, name: str) -> Any:
        kind = self._kind(name, "AttributeError")
        if name not in self.values:
            if kind in _FIELDS:
                inner = make_message(kind, {})
                inner.parent = (self, name)
                self.values[name] = inner
            elif kind == "map":
                self.values[name] = {}
            else:
                return 0 if kind.startswith("enum:") else _DEFAULTS[kind]
        return self.values[name]

    def scenario_set(self, name: str, value: Any) -> None:
        kind = self._kind(name, "AttributeError")
        if kind in _FIELDS or kind == "map":
            raise ScenarioError("AttributeError", "Assignment not allowed to message, map, or repeated "
                                f'field "{name}" in protocol message object.')
        self.values[name] = _checked(kind, value)
        outer = self.parent
        while outer is not None:
            outer[0].present.add(outer[1])
            outer = outer[0].parent

    def text(self, indent: str = "") -> str:
        """text_format.MessageToString: set (non-default) fields by field number."""
        out = []
        for name, _, kind in sorted(_FIELDS[self.type_name], key=lambda f: f[1]):
            value = self.values.get(name)
            if value is None:
                continue
            if kind in _FIELDS:
                inner = value.text(indent + "  ")
                if inner or name in self.present:
                    out.append(f"{indent}{name} {{\n{inner}{indent}}}\n")
            elif kind == "map":
                for key, item in value.items():
                    out.append(f'{indent}{name} {{\n{indent}  key: "{key}"\n{indent}  value: {item}\n'
                               f'{indent}}}\n')
            elif value != (0 if kind.startswith("enum:") else _DEFAULTS[kind]):
                out.append(f"{indent}{name}: {_scalar_text(kind, value)}\n")
        return "".join(out)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return self.text()


def _scalar_text(kind: str, value: Any) -> str:
    if kind == "bool":
        return "true" if value else "false"
    if kind == "string":
        return f'"{value}"'
    if kind.startswith("enum:"):
        names = {number: name for name, number in _ENUMS[kind[5:]].items()}
        return names.get(value, str(value))
    return repr(value) if kind == "double" else str(value)


# One Python class per message type, so type(config).__name__ is "ConfigProto" as in TF.
_CLASSES = {name: type(name, (Message,), {"SCENARIO_TYPE_NAME": name}) for name in _FIELDS}


def make_message(type_name: str, fields: dict[str, Any]) -> Message:
    return _CLASSES[type_name](type_name, fields)


class MessageType(Namespace):
    """`tf.ConfigProto` and friends: called to make a message; its enums as members."""

    TYPE_NAME = "GeneratedProtocolMessageType"

    def __init__(self, type_name: str):
        enums = {name: value for enum in _MESSAGE_ENUMS.get(type_name, ())
                 for name, value in _ENUMS[enum].items()}
        super().__init__(f"tf.{type_name}", enums)
        self.type_name = type_name

    @method
    def __call__(self, **fields: Any) -> Message:
        return make_message(self.type_name, fields)

    def __repr__(self) -> str:
        return f"<class 'tensorflow.core.protobuf.config_pb2.{self.type_name}'>"


def add_protos(tf: Namespace) -> None:
    """Give `tf` the session messages unless the engine's namespace has them already."""
    members = tf.members
    for type_name in ("ConfigProto", "GPUOptions", "GraphOptions", "OptimizerOptions", "RunOptions",
                      "RunMetadata"):
        if type_name not in members:
            members[type_name] = MessageType(type_name)
