"""Device strings as TF parses and merges them (DeviceSpec: `/job:..../device:CPU:0`), and
`placed_in`, Graph.device as a Python context manager: ops made inside store the merged,
canonical string (inner fields win).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from scopecli.errors import tf_value_error

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


@contextmanager
def placed_in(graph: Any, device_name: Any) -> Iterator[None]:
    """Graph.device of `graph` (a device string, a device function or None) as a Python context
    manager. Strings merge into `device_scope` (inner fields win); every entry is also kept on
    `device_stack`, which a device function makes the ops consult one by one (device_for)."""
    old, old_stack = graph.device_scope, graph.device_stack
    if device_name is None:
        graph.device_scope = ""
    elif isinstance(device_name, str):
        merged = parse_device(old)
        merged.update(parse_device(device_name))
        graph.device_scope = device_string(merged)
    elif not callable(device_name):
        from scopecli.errors import InputError

        raise InputError(f"tf.device of a '{type(device_name).__name__}' is not supported by scopecli")
    old_active = graph.device_function_active
    graph.device_stack = (*old_stack, device_name)
    graph.device_function_active = has_function(graph)
    try:
        yield
    finally:
        graph.device_scope, graph.device_stack, graph.device_function_active = old, old_stack, old_active


def device_for(graph: Any, op: Any) -> str:
    """Graph._apply_device_functions when a device function is on the stack: newest entry first,
    a string merged under the op's device so far (its fields win), a function's result taking
    the op's device whole (it may read op.device), None ending the walk."""
    current = ""
    for entry in reversed(graph.device_stack):
        if entry is None:
            break
        if isinstance(entry, str):
            merged = parse_device(entry)
            merged.update(parse_device(current))
            current = device_string(merged)
        else:
            op._device = current
            runtime = graph.state.runtime
            position = runtime.pos  # the function's statements move it; the op's call site stays
            try:
                result = entry(op)
            finally:
                runtime.pos = position
            current = "" if result is None else _checked(result)
    return current


def _checked(result: Any) -> str:
    if not isinstance(result, str):
        from scopecli.errors import InputError

        raise InputError(f"a device function returning a '{type(result).__name__}' is not supported "
                         "by scopecli")
    parse_device(result)  # a malformed spec fails as in TF
    return result


def has_function(graph: Any) -> bool:
    """Whether a device function applies to new ops (none after the newest None)."""
    for entry in reversed(graph.device_stack):
        if entry is None:
            return False
        if not isinstance(entry, str):
            return True
    return False
