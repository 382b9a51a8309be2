"""Device strings as TF parses and merges them (DeviceSpec: `/job:..../device:CPU:0`), and
`placed_in`, Graph.device as a Python context manager: ops made inside store the merged,
canonical string (inner fields win).
"""

from __future__ import annotations

from scopecli.errors import tf_type_error, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

_DEVICE_TYPES = ("CPU", "GPU", "TPU", "TPU_SYSTEM", "XLA_CPU", "XLA_GPU")


LOCAL_DEVICE = "/job:localhost/replica:0/task:0/device:CPU:0"


def parse_device(spec: str) -> dict[str, Any]:
    """DeviceSpec._string_to_components."""
    parts: dict[str, Any] = {}
    for piece in spec.split("/"):
        y = piece.split(":")
        if not piece:
            continue
        if len(y) == 2 and y[0] in ("job", "replica", "task"):
            parts[y[0]] = y[1] if y[0] == "job" else int(y[1])
        elif len(y) in (1, 2) and y[0].upper() in _DEVICE_TYPES:
            if "type" in parts:
                raise tf_value_error("Multiple device types are not allowed while parsing the device spec: "
                                     f"{spec}.")
            parts["type"] = y[0].upper()
            if len(y) == 2 and y[1] != "*":
                parts["index"] = int(y[1])
        elif len(y) == 3 and y[0] == "device":
            if "type" in parts:
                raise tf_value_error("Multiple device types are not allowed while parsing the device spec: "
                                     f"{spec}.")
            parts["type"] = y[1]
            if y[2] != "*":
                parts["index"] = int(y[2])
        else:
            raise tf_value_error(f"Unknown attribute '{y[0]}' is encountered while parsing the device spec: "
                                 f"'{spec}'.")
    return parts


def device_string(parts: dict[str, Any]) -> str:
    """DeviceSpec.to_string."""
    out = ""
    for key in ("job", "replica", "task"):
        if key in parts:
            out += f"/{key}:{parts[key]}"
    if "type" in parts:
        out += f"/device:{parts['type']}:{parts.get('index', '*')}"
    return out


def is_local(device: str) -> bool:
    """Whether the session's only device (the local CPU:0) satisfies `device`."""
    parts = parse_device(device)
    return (parts.get("job", "localhost") == "localhost" and parts.get("replica", 0) == 0
            and parts.get("task", 0) == 0 and parts.get("type", "CPU") == "CPU"
            and parts.get("index", 0) == 0)


class placed_in:  # noqa: N801 - a context manager, used as Graph.device is
    """Graph.device of `graph` (a device string, a device function or None) as a Python context
    manager. `device_scope` keeps the merged string of the strings (what ops get when no device
    function is active); `device_stack` keeps every entry for apply_device_functions. (A class:
    every variable's initializer enters one.)"""

    __slots__ = ("graph", "device_name", "old", "is_function")

    def __init__(self, graph: Any, device_name: Any):
        self.graph, self.device_name = graph, device_name

    def __enter__(self) -> None:
        graph, device_name = self.graph, self.device_name
        old = graph.device_scope
        is_function = callable(device_name)
        if device_name is None:
            graph.device_scope = ""
        elif not is_function:
            if not isinstance(device_name, str):
                raise tf_type_error(f"Expected binary or unicode string, got {device_name!r}")
            merged = parse_device(old)
            merged.update(parse_device(device_name))
            graph.device_scope = device_string(merged)
        graph.device_stack.append(device_name)
        graph.device_functions += is_function
        self.old, self.is_function = old, is_function

    def __exit__(self, *exc_info: object) -> None:
        graph = self.graph
        graph.device_stack.pop()
        graph.device_functions -= self.is_function
        graph.device_scope = self.old


def apply_device_functions(graph: Any, op: Any) -> None:
    """Graph._apply_device_functions: the innermost entry first, down to a None; a string merges
    into what is set (set fields win, canonical string), a function's result replaces it."""
    for entry in reversed(graph.device_stack):
        if entry is None:
            break
        if callable(entry):
            runtime = graph.state.runtime
            position = runtime.pos  # the function's statements move it; the op's call site stays
            try:
                result = entry(op)
            finally:
                runtime.pos = position
            if not isinstance(result, str):
                raise tf_type_error(f"Expected binary or unicode string, got {result!r}")
            op._device = result
        elif entry:  # "" is a null merge
            merged = parse_device(entry)
            merged.update(parse_device(op._device))
            op._device = device_string(merged)
