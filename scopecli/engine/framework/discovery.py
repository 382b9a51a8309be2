"""Which modules register what, found by where they live instead of hand-kept module lists.

A registry (public names, shape functions, kernels, gradients) is filled by importing the
modules that declare into it. Those modules are found by package and file name, so adding a
module never means editing a list (the lists were the main source of merge conflicts):

* public names (`@tf_export`) and shape functions: every module of `EXPORT_PACKAGES` (and the
  few older modules of `EXPORT_MODULES`);
* kernels (`@kernel`): every module of scopecli.evaluate whose name ends in `kernels` (indexed
  too: a session imports the kernel modules of the op types it runs);
* gradients (`@gradient`): every module of scopecli.engine.grads whose name ends in `_grad`.

Importing every declaring module costs ~20 ms of each start-up, so a run uses a generated index
(`declarations.json`, written by `tools/gen_declarations.py` from exactly these modules and
checked against them by tests/test_declaration_index.py): which module declares each public name,
shape function and gradient, and which modules do more than declare ("eager", imported whenever
the `tf` facade is built). A module is then imported when a run first touches what it declares.
Without the index (or for a name it does not know) everything is imported, as before.
"""

from __future__ import annotations

import importlib
import json
import os
from functools import cache

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

# Packages whose modules declare public names and shape functions.
EXPORT_PACKAGES = ("scopecli.engine.ops", "scopecli.engine.layers", "scopecli.engine.train",
                   "scopecli.engine.keras")
# Modules outside those packages that still declare (older wrappers, moving into engine/ops).
EXPORT_MODULES = ("scopecli.engine.gradients_util", "scopecli.engine.grads.shapes")


@cache
def modules_of(package: str, suffix: str = "") -> tuple[str, ...]:
    """The dotted names of `package`'s modules (not subpackages) whose names end in `suffix`,
    sorted so that registration order never depends on the file system. A directory listing, not
    pkgutil.iter_modules: that imports `inspect` (~5 ms of a training run's start-up) and lists
    the same `.py` files of scopecli's plain package folders."""
    found = importlib.import_module(package)
    names: set[str] = set()
    for folder in found.__path__:
        names |= _module_files(folder, package, suffix)
    return tuple(sorted(names))


def import_all(modules: tuple[str, ...]) -> None:
    for module in modules:
        importlib.import_module(module)


def declaring_modules() -> tuple[str, ...]:
    """Every module that may declare public names or shape functions, in import order."""
    return tuple(module for package in EXPORT_PACKAGES for module in modules_of(package)) + EXPORT_MODULES


@cache
def load_declarations() -> None:
    """Import every module that declares public names or shape functions (once)."""
    import_all(declaring_modules())


_INDEX = os.path.join(os.path.dirname(__file__), "declarations.json")
# "exports" / "shape_fns" / "gradients" / "kernels" -> key -> module; "eager", "eager_kernels" ->
# modules imported with the facade / with the first kernel; "stand_ins" -> replaceable names
if TYPE_CHECKING:
    _Index = dict[str, Any]


@cache
def index() -> _Index | None:
    """The generated index, inverted to key -> module (None when it cannot be read: then every
    look-up falls back to importing everything)."""
    try:
        with open(_INDEX, encoding="utf-8") as stream:
            data = json.load(stream)
        found: _Index = {"eager": tuple(data["eager"]), "stand_ins": frozenset(data["stand_ins"]),
                         "eager_kernels": tuple(data["eager_kernels"])}
        for kind in ("exports", "shape_fns", "gradients", "kernels"):
            found[kind] = {key: module for module, keys in data[kind].items() for key in keys}
        current = (set(data["modules"]) == _declaring_files()
                   and set(data["kernel_modules"]) == _kernel_files())
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return found if current else None  # a module added or removed since: import them all


def _module_files(package_dir: str, package: str, suffix: str = "") -> set[str]:
    """The modules of a package folder, as pkgutil would list them, from one directory listing
    (~0.1 ms for all of them: cheap enough to check the index against on every run)."""
    return {f"{package}.{name[:-3]}" for name in os.listdir(package_dir)
            if name.endswith(f"{suffix}.py") and name != "__init__.py"}


def _declaring_files() -> set[str]:
    engine = os.path.dirname(os.path.dirname(__file__))
    found = set(EXPORT_MODULES)
    for package in EXPORT_PACKAGES:
        found |= _module_files(os.path.join(engine, package.rsplit(".", 1)[1]), package)
    return found


def _kernel_files() -> set[str]:
    evaluate = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "evaluate")
    return _module_files(evaluate, "scopecli.evaluate", "kernels")


def exported_names() -> tuple[str, ...]:
    """Every public name (without "tf."), known without importing the modules that declare them;
    after importing them all when there is no index."""
    known = index()
    if known is None:
        load_declarations()
        return ()
    import_all(known["eager"])
    return tuple(known["exports"])


def load_declaring(kind: str, key: str) -> None:
    """Import the module that declares `key` ("nn.relu" of "exports", "MatMul" of "shape_fns"
    or "gradients"); every declaring module when the index does not know it."""
    known = index()
    module = known[kind].get(key) if known is not None else None
    if module is None:
        load_declarations()
    else:
        importlib.import_module(module)


def load_kernel(op_type: str) -> None:
    """Import the module that registers `op_type`'s kernel (and the kernel modules that do more
    than register); every kernel module when the index does not know it."""
    known = index()
    module = known["kernels"].get(op_type) if known is not None else None
    if module is None:
        import_all(kernel_modules())
        return
    import_all(known["eager_kernels"])
    importlib.import_module(module)


def kernel_modules() -> tuple[str, ...]:
    return modules_of("scopecli.evaluate", "kernels")


def gradient_modules() -> tuple[str, ...]:
    return modules_of("scopecli.engine.grads", "_grad")
