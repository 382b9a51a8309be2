"""The kernels by op type: `@kernel("MatMul")` registers `fn(op, inputs, ctx) -> [outputs]`.

A kernel computes what TF's CPU kernel computes, in the op's output dtypes; it raises
kernels.KernelError with TF's runtime message, and asks `ctx.allocate` before making a large
array. The modules of scopecli.evaluate named `*kernels` register on import; `kernel_for` imports them the
first time a kernel is looked up (so the engine never imports the evaluator, nor numpy).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Kernel = Callable[[Any, list[Any], Any], list[Any]]

KERNELS: dict[str, Kernel] = {}
_loaded = False


def register_kernel(op_type: str, fn: Kernel) -> Kernel:
    if op_type in KERNELS:
        raise KeyError(f"{op_type} already has a kernel")
    KERNELS[op_type] = fn
    return fn


def kernel(op_type: str) -> Callable[[Kernel], Kernel]:
    """Decorator: the kernel of `op_type`."""
    return lambda fn: register_kernel(op_type, fn)


def kernel_for(op_type: str) -> Kernel | None:
    """`op_type`'s kernel, importing only the module that registers it (framework/discovery.py's
    index); None when no kernel module registers one."""
    found = KERNELS.get(op_type)
    if found is None:
        from scopecli.engine.framework import discovery

        discovery.load_kernel(op_type)
        found = KERNELS.get(op_type)
    return found


def load_kernels() -> dict[str, Kernel]:
    """Every kernel, after importing the modules that register them."""
    global _loaded
    if not _loaded:
        from scopecli.engine.framework import discovery

        discovery.import_all(discovery.kernel_modules())
        _loaded = True
    return KERNELS


# Elements charged per item a kernel handles in a Python-level loop (ctx.charge): such an item
# costs ~1-2 us, about four steps (interpret/guard.py: a step ~0.3 us buys 2**5 elements).
PY_ITEM = 1 << 7
