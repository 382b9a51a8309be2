"""Which modules register what, found by where they live instead of hand-kept module lists.

A registry (public names, shape functions, kernels, gradients) is filled by importing the
modules that declare into it. Those modules are found by package and file name, so adding a
module never means editing a list (the lists were the main source of merge conflicts):

* public names (`@tf_export`) and shape functions: every module of `EXPORT_PACKAGES` (and the
  few older modules of `EXPORT_MODULES`);
* kernels (`@kernel`): every module of scopecli.evaluate whose name ends in `kernels`;
* gradients (`@gradient`): every module of scopecli.engine.grads whose name ends in `_grad`.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

# Packages whose modules declare public names and shape functions.
EXPORT_PACKAGES = ("scopecli.engine.ops", "scopecli.engine.layers", "scopecli.engine.train",
                   "scopecli.engine.keras")
# Modules outside those packages that still declare (older wrappers, moving into engine/ops).
EXPORT_MODULES = ("scopecli.engine.gradients_util", "scopecli.engine.grads.shapes")


@cache
def modules_of(package: str, suffix: str = "") -> tuple[str, ...]:
    """The dotted names of `package`'s modules (not subpackages) whose names end in `suffix`,
    sorted so that registration order never depends on the file system."""
    found = importlib.import_module(package)
    return tuple(sorted(f"{package}.{info.name}" for info in pkgutil.iter_modules(found.__path__)
                        if not info.ispkg and info.name.endswith(suffix)))


def import_all(modules: tuple[str, ...]) -> None:
    for module in modules:
        importlib.import_module(module)


@cache
def load_declarations() -> None:
    """Import every module that declares public names or shape functions (once)."""
    for package in EXPORT_PACKAGES:
        import_all(modules_of(package))
    import_all(EXPORT_MODULES)


def kernel_modules() -> tuple[str, ...]:
    return modules_of("scopecli.evaluate", "kernels")


def gradient_modules() -> tuple[str, ...]:
    return modules_of("scopecli.engine.grads", "_grad")
