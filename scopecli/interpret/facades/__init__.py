"""Facades: what `import numpy`, `import math`, `import functools` ... give scenario code.

Never the real module: each facade is a `Namespace` of scopecli `Builtin`s that check their
arguments and bound their work before calling into Python or numpy, and whose results pass
the interpreter's `_checked` like any engine result. A name missing from a facade is refused
by name (`np.load is not supported by scopecli`), as a missing `tf` attribute is.

Facades are built per run and lazily: `numpy` is imported only when a scenario imports it.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

# module name -> (facade module, builder); the builder takes the interpreter.
_BUILDERS: dict[str, tuple[str, str]] = {
    "numpy": ("numpy_facade", "build_numpy"),
    "numpy.random": ("numpy_facade", "build_numpy_random"),
    "math": ("pymodules", "build_math"),
    "functools": ("pymodules", "build_functools"),
    "operator": ("pymodules", "build_operator"),
    "collections": ("pymodules", "build_collections"),
    "six": ("pymodules", "build_six"),
    "six.moves": ("pymodules", "build_six_moves"),
    "os": ("pymodules", "build_os"),
    "os.path": ("pymodules", "build_os_path"),
    "copy": ("moremodules", "build_copy"),
    "json": ("moremodules", "build_json"),
    "random": ("moremodules", "build_random"),
    "itertools": ("moremodules", "build_itertools"),
    "argparse": ("argparse_facade", "build_argparse"),
    "re": ("re_facade", "build_re"),
    "abc": ("moremodules", "build_abc"),
    "logging": ("moremodules", "build_logging"),
    "tensorflow.python.framework.ops": ("tf_internal", "build_framework_ops"),
    "tensorflow.python.training.moving_averages": ("tf_internal_facade", "build_moving_averages"),
}


def is_facade(name: str) -> bool:
    return name in _BUILDERS


def facade(name: str, interpreter: Any) -> Any:
    """The facade of module `name` for this run (built once per run), or None."""
    entry = _BUILDERS.get(name)
    if entry is None:
        return None
    cache: dict[str, Any] = interpreter.facades
    found = cache.get(name)
    if found is None:
        import importlib

        module = importlib.import_module(f"scopecli.interpret.facades.{entry[0]}")
        found = cache[name] = getattr(module, entry[1])(interpreter)
    return found
