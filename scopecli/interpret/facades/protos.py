"""`tf.ConfigProto`, `tf.GPUOptions`, `tf.GraphOptions`, `tf.OptimizerOptions`, `tf.RunOptions`
and `tf.RunMetadata`: the session-configuration protocol messages, as data.

Real model files build a `ConfigProto` (soft placement, `gpu_options.allow_growth`, thread
counts) only to hand it to `tf.Session(config=...)`, which names nothing; scopecli keeps the
fields so the script reads and prints them as protobuf does: proto3 scalars default to zero, a
sub-message is created on first access and becomes present once one of its fields is set, an
unknown field is protobuf's `ValueError`, and `print` gives the text format (set fields in field
number order; map entries by key, while upb prints several in its hash order, not modelled).
The field tables are TF 2.21's descriptors (`config.proto`).
"""

from __future__ import annotations

from typing import Any

from scopecli.errors import InputError, ScenarioError
from scopecli.interpret.classes import DynamicObject
from scopecli.model import ClassRef, Namespace, attribute

# message -> {field: (number, kind, default)}; kind: bool, int, float, str, map, repeated,
# enum:<Enum>, or the name of a sub-message. Fields of message types scopecli does not model
# (rpc_options, cluster_def, experimental, rewrite_options, step_stats ...) are left out.
FIELDS: dict[str, dict[str, tuple[int, str, Any]]] = {
    "ConfigProto": {
        "device_count": (1, "map", None),
        "intra_op_parallelism_threads": (2, "int", 0),
        "placement_period": (3, "int", 0),
        "device_filters": (4, "repeated", None),
        "inter_op_parallelism_threads": (5, "int", 0),
        "gpu_options": (6, "GPUOptions", None),
        "allow_soft_placement": (7, "bool", False),
        "log_device_placement": (8, "bool", False),
        "use_per_session_threads": (9, "bool", False),
        "graph_options": (10, "GraphOptions", None),
        "operation_timeout_in_ms": (11, "int", 0),
        "isolate_session_state": (15, "bool", False),
        "share_cluster_devices_in_session": (17, "bool", False),
    },
    "GPUOptions": {
        "per_process_gpu_memory_fraction": (1, "float", 0.0),
        "allocator_type": (2, "str", ""),
        "deferred_deletion_bytes": (3, "int", 0),
        "allow_growth": (4, "bool", False),
        "visible_device_list": (5, "str", ""),
        "polling_active_delay_usecs": (6, "int", 0),
        "polling_inactive_delay_msecs": (7, "int", 0),
        "force_gpu_compatible": (8, "bool", False),
    },
    "GraphOptions": {
        "enable_recv_scheduling": (2, "bool", False),
        "optimizer_options": (3, "OptimizerOptions", None),
        "build_cost_model": (4, "int", 0),
        "infer_shapes": (5, "bool", False),
        "place_pruned_graph": (6, "bool", False),
        "enable_bfloat16_sendrecv": (7, "bool", False),
        "timeline_step": (8, "int", 0),
        "build_cost_model_after": (9, "int", 0),
    },
    "OptimizerOptions": {
        "do_common_subexpression_elimination": (1, "bool", False),
        "do_constant_folding": (2, "bool", False),
        "opt_level": (3, "enum:Level", 0),
        "do_function_inlining": (4, "bool", False),
        "global_jit_level": (5, "enum:GlobalJitLevel", 0),
        "max_folded_constant_in_bytes": (6, "int", 0),
        "cpu_global_jit": (7, "bool", False),
    },
    "RunOptions": {
        "trace_level": (1, "enum:TraceLevel", 0),
        "timeout_in_ms": (2, "int", 0),
        "inter_op_thread_pool": (3, "int", 0),
        "output_partition_graphs": (5, "bool", False),
        "report_tensor_allocations_upon_oom": (7, "bool", False),
    },
    "RunMetadata": {},
}

ENUMS: dict[str, dict[str, int]] = {
    "Level": {"L1": 0, "L0": -1},
    "GlobalJitLevel": {"DEFAULT": 0, "OFF": -1, "ON_1": 1, "ON_2": 2},
    "TraceLevel": {"NO_TRACE": 0, "SOFTWARE_TRACE": 1, "HARDWARE_TRACE": 2, "FULL_TRACE": 3},
}
# The enum values each message class carries as attributes (`tf.RunOptions.FULL_TRACE`).
CLASS_ENUMS = {"OptimizerOptions": ("Level", "GlobalJitLevel"), "RunOptions": ("TraceLevel",)}
_SCALARS = {"bool": bool, "int": int, "float": float, "str": str}


class Message(DynamicObject):
    """One protocol message: set fields by name, unset ones read as their defaults."""

    def __init__(self, kind: str, parent: Message | None = None, **fields: Any):
        self.kind = kind
        self.parent = parent
        self.values: dict[str, Any] = {}
        self.present = False
        for name, value in fields.items():
            if name not in FIELDS[kind]:
                raise ScenarioError("ValueError", f'Protocol message {kind} has no "{name}" field.')
            spec = FIELDS[kind][name][1]
            if spec == "map":
                self._container(name).update(dict(value))
            elif spec == "repeated":
                self._container(name).extend(list(value))
            elif spec in FIELDS:
                self._submessage(name).merge_from(value)
            else:
                self.scenario_set(name, value)

    def _mark_present(self) -> None:
        message: Message | None = self
        while message is not None and not message.present:
            message.present = True
            message = message.parent

    def _container(self, name: str) -> Any:
        if name not in self.values:
            self.values[name] = {} if FIELDS[self.kind][name][1] == "map" else []
        return self.values[name]

    def _submessage(self, name: str) -> Message:
        if name not in self.values:
            kind = FIELDS[self.kind][name][1]
            self.values[name] = MESSAGE_TYPES[kind](kind, parent=self)
        return self.values[name]

    def merge_from(self, other: Any) -> None:
        if not isinstance(other, Message) or other.kind != self.kind:
            raise ScenarioError("TypeError", f"Parameter to MergeFrom() must be instance of same class: "
                                f"expected {self.kind} got {type_name(other)}.")
        for name, value in other.values.items():
            spec = FIELDS[self.kind][name][1]
            if spec in FIELDS:
                if value.present:
                    self._submessage(name).merge_from(value)
            elif spec == "map":
                self._container(name).update(value)
            elif spec == "repeated":
                self._container(name).extend(value)
            else:
                self.values[name] = value
        self._mark_present()

    def scenario_get(self, name: str) -> Any:
        spec = FIELDS[self.kind].get(name)
        if spec is None:
            if name in ("CopyFrom", "MergeFrom"):
                return self._copy_from if name == "CopyFrom" else self.merge_from
            raise ScenarioError("AttributeError", f"{self.kind} object has no attribute '{name}'")
        if spec[1] in FIELDS:
            return self._submessage(name)
        if spec[1] in ("map", "repeated"):
            return self._container(name)
        return self.values.get(name, spec[2])

    def _copy_from(self, other: Any) -> None:
        self.values.clear()
        self.merge_from(other)

    def scenario_set(self, name: str, value: Any) -> None:
        spec = FIELDS[self.kind].get(name)
        if spec is None:
            raise ScenarioError("AttributeError", f"{self.kind} object has no attribute '{name}'")
        kind = spec[1]
        if kind in FIELDS or kind in ("map", "repeated"):
            raise ScenarioError("AttributeError", f"Assignment not allowed to field \"{name}\" in "
                                "protocol message object.")
        if kind.startswith("enum:"):
            table = ENUMS[kind[5:]]
            if isinstance(value, str) and value in table:
                value = table[value]
            if not isinstance(value, int) or isinstance(value, bool) or value not in table.values():
                raise InputError(f"{self.kind}.{name} takes one of {', '.join(table)} in scopecli")
        elif not _accepts(kind, value):
            raise InputError(f"{self.kind}.{name} is a {kind} field; scopecli does not convert "
                             f"a '{type_name(value)}' to it")
        self.values[name] = _SCALARS.get(kind, int)(value)
        self._mark_present()

    def text_format(self, indent: str = "") -> str:
        """protobuf's text format: present fields in field number order."""
        lines: list[str] = []
        table = FIELDS[self.kind]
        for name in sorted(self.values, key=lambda n: table[n][0]):
            number, kind, default = table[name]
            value = self.values[name]
            if kind in FIELDS:
                if value.present:
                    lines.append(f"{indent}{name} {{\n{value.text_format(indent + '  ')}{indent}}}\n")
            elif kind == "map":
                for key in sorted(value):
                    lines.append(f'{indent}{name} {{\n{indent}  key: "{key}"\n{indent}  value: {value[key]}\n'
                                 f"{indent}}}\n")
            elif kind == "repeated":
                lines.extend(f'{indent}{name}: "{item}"\n' for item in value)
            elif value != default:  # proto3: a scalar at its default is not written
                lines.append(f"{indent}{name}: {_scalar_text(kind, value)}\n")
        return "".join(lines)

    def __str__(self) -> str:
        return self.text_format()

    __repr__ = __str__


# One Python class per message, so `type(config).__name__` is the message's name.
MESSAGE_TYPES: dict[str, type[Message]] = {
    kind: type(kind, (Message,), {"SCENARIO_TYPE_NAME": kind}) for kind in FIELDS}


def _accepts(kind: str, value: Any) -> bool:
    if kind == "float":
        return isinstance(value, (int, float))
    if kind in ("bool", "int"):
        return isinstance(value, int)
    return isinstance(value, str)


def _scalar_text(kind: str, value: Any) -> str:
    if kind == "bool":
        return "true" if value else "false"
    if kind == "str":
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if kind.startswith("enum:"):
        return next(n for n, v in ENUMS[kind[5:]].items() if v == value)
    return repr(value)


def type_name(value: Any) -> str:
    return getattr(value, "SCENARIO_TYPE_NAME", None) or type(value).__name__


def _message_class(kind: str) -> ClassRef:
    """The message class as scenario code sees it: callable, and carrying its enum values as
    attributes (`tf.RunOptions.FULL_TRACE`)."""
    constants = {value_name: attribute(lambda self, number=number: number)
                 for enum in CLASS_ENUMS.get(kind, ()) for value_name, number in ENUMS[enum].items()}
    ref_type = type(f"{kind}Class", (ClassRef,), constants) if constants else ClassRef

    def make(**fields: Any) -> Message:
        return MESSAGE_TYPES[kind](kind, **fields)

    return ref_type(kind, MESSAGE_TYPES[kind], make)


def add_protos(tf: Namespace) -> None:
    """Give `tf` the session-configuration messages (tf.compat.v1 is the same namespace)."""
    for kind in FIELDS:
        if kind not in tf.members:
            tf.members[kind] = _message_class(kind)
