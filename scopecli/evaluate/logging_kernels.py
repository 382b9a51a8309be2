"""The Print kernel (logging_ops.cc PrintOp): passes its first input through and writes
`message[data 0][data 1]...` to standard error, each tensor summarized to `summarize` values,
for the op's first `first_n` runs (all of them when first_n is negative)."""

from __future__ import annotations

import sys

from scopecli.engine.op_def import summarize
from scopecli.evaluate.control_flow_kernels import _decoded
from scopecli.evaluate.kernel_registry import kernel

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


@kernel("Print")
def _print(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    first_n = int(op.attrs["first_n"])
    if first_n >= 0:  # PrintOp's call_counter_: one per kernel, so per op and session
        key = f"Print:{id(ctx)}:{id(op)}"
        calls = ctx.counters.get(key, 0)
        ctx.counters[key] = calls + 1
        if calls >= first_n:
            return [inputs[0]]
    limit = int(op.attrs["summarize"])
    message = op.attrs["message"]
    if isinstance(message, bytes):
        message = message.decode(errors="replace")
    text = str(message) + "".join(f"[{summarize(_decoded(value), limit)}]" for value in inputs[1:])
    sys.stderr.write(text + "\n")
    return [inputs[0]]
