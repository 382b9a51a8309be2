#!/usr/bin/env python3
"""Write the index of which module declares what (scopecli/engine/framework/declarations.json).

    python tools/gen_declarations.py           # rewrite the index after adding a module or export
    python tools/gen_declarations.py --check   # exit 1, saying what differs, when it is out of date

Discovery by location (framework/discovery.py) stays the source of truth: this script imports
every module it finds there and records, for each public `tf` name, shape function and gradient
registered while importing them, the module whose top-level code made the declaration (the
innermost `<module>` frame on the stack). The index lets a run import a module only when the
scenario touches a name it declares. tests/test_declaration_index.py runs `--check`, so a new
module or export without a regenerated index fails the suite with the command to run.

A module whose top level does more than declare (installs `Tensor.__getitem__`, appends to
another module's list ...) is listed as "eager": it is imported whenever the `tf` facade is
built, exactly as when every module was imported at start-up. The rule is read from the source
(`ast`): top-level imports, definitions, assignments to names, docstrings, `if TYPE_CHECKING:`
and calls of the declaring functions are inert; anything else makes a module eager.
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "scopecli" / "engine" / "framework" / "declarations.json"
COMMAND = "python tools/gen_declarations.py"

# Calls at a module's top level that only declare into the registries tracked below.
DECLARING_CALLS = frozenset({"tf_export", "export_value", "export_class", "export_cell", "register_shape",
                             "shape_fn", "gradient", "not_differentiable", "register_kernel", "kernel"})
# Decorators that only declare or build the function they decorate.
INERT_DECORATORS = DECLARING_CALLS | {"dataclass", "cache", "lru_cache", "property", "staticmethod",
                                      "classmethod", "wraps", "total_ordering", "contextmanager",
                                      "public_call"}


class _Tracked(dict):  # type: ignore[type-arg]
    """A registry that notes which module's top-level code wrote each key."""

    def __init__(self, kind: str, sink: dict[str, dict[str, str | None]]):
        super().__init__()
        self.sink = sink.setdefault(kind, {})

    def __setitem__(self, key: str, value: Any) -> None:
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_name != "<module>":
            frame = frame.f_back
        self.sink[key] = frame.f_globals.get("__name__") if frame is not None else None
        super().__setitem__(key, value)


def collect() -> dict[str, Any]:
    """Import every declaring module (with tracked registries) and build the index."""
    sys.path.insert(0, str(ROOT))
    from scopecli.engine.framework import registry, tf_export
    from scopecli.evaluate import kernel_registry

    tables = (tf_export.EXPORTS, tf_export.VALUES, registry.SHAPE_FNS, registry.GRADIENTS,
              kernel_registry.KERNELS)
    if any(tables):
        raise SystemExit("gen_declarations: something declared before tracking began; run it as a script")
    sink: dict[str, dict[str, str | None]] = {}
    tf_export.EXPORTS = _Tracked("exports", sink)  # type: ignore[assignment]
    tf_export.VALUES = _Tracked("values", sink)  # type: ignore[assignment]
    registry.SHAPE_FNS = _Tracked("shape_fns", sink)  # type: ignore[assignment]
    registry.GRADIENTS = _Tracked("gradients", sink)  # type: ignore[assignment]
    kernel_registry.KERNELS = _Tracked("kernels", sink)  # type: ignore[assignment]
    from scopecli.engine.framework import discovery

    modules = discovery.declaring_modules()
    discovery.load_declarations()
    # The gradient modules (engine/grads) are indexed too: tf.gradients imports only the modules
    # of the op types it differentiates (registry.get_gradient), not all of them.
    discovery.import_all(discovery.gradient_modules())
    # Kernels are indexed separately (a session imports only the kernel modules its ops need);
    # shape functions and gradients their imports declare are not the declaring modules' own.
    before_kernels = {kind: dict(table) for kind, table in sink.items()}
    kernel_modules = discovery.kernel_modules()
    discovery.import_all(kernel_modules)
    for kind in ("shape_fns", "gradients"):
        for key in set(sink.get(kind, {})) - set(before_kernels.get(kind, {})):
            live_table = registry.SHAPE_FNS if kind == "shape_fns" else registry.GRADIENTS
            dict.pop(live_table, key)  # registered by a module a kernel module imported: not indexed

    problems: list[str] = []
    live = {"exports": {**tf_export.EXPORTS, **tf_export.VALUES}, "shape_fns": registry.SHAPE_FNS,
            "gradients": registry.GRADIENTS, "kernels": kernel_registry.KERNELS}
    by_kind: dict[str, dict[str, str]] = {}
    for kind, entries in live.items():
        owners = {**sink.get(kind, {})} if kind != "exports" else {**sink.get("exports", {}),
                                                                    **sink.get("values", {})}
        table: dict[str, str] = {}
        for key in sorted(entries):
            owner = owners.get(key)
            if owner is None:
                problems.append(f"{kind} {key!r} was not declared by a module's top-level code")
                continue
            table[key] = owner
        by_kind[kind] = table
    if problems:
        raise SystemExit("gen_declarations: " + "; ".join(problems))
    return {
        "generated_by": COMMAND,
        "modules": list(modules),
        "eager": [module for module in modules if _is_eager(module)],
        "kernel_modules": list(kernel_modules),
        "eager_kernels": [module for module in kernel_modules if _is_eager(module)],
        # names whose only declaration is a replaceable stand-in (tf_export's replaceable=True)
        "stand_ins": sorted(name for name in by_kind["exports"] if tf_export.is_stand_in(name)),
        **{kind: _group(table) for kind, table in by_kind.items()},
    }


def _group(table: dict[str, str]) -> dict[str, list[str]]:
    """key -> module as module -> [keys] (a smaller file; discovery inverts it once)."""
    grouped: dict[str, list[str]] = {}
    for key, module in table.items():
        grouped.setdefault(module, []).append(key)
    return {module: sorted(keys) for module, keys in sorted(grouped.items())}


def _is_eager(module: str) -> bool:
    path = ROOT / Path(*module.split(".")).with_suffix(".py")
    tree = ast.parse(path.read_text(encoding="utf-8"))
    own_classes = {node.name for node in tree.body if isinstance(node, ast.ClassDef)}
    return not all(_inert(statement, own_classes) for statement in tree.body)


def _callee(node: ast.expr) -> str:
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Call):  # tf_export("x")(function)
        return _callee(node.func)
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def _inert(node: ast.stmt, own_classes: set[str]) -> bool:
    if isinstance(node, (ast.Import, ast.ImportFrom, ast.Pass)):
        return True
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return all(_callee(decorator) in INERT_DECORATORS for decorator in node.decorator_list)
    if isinstance(node, ast.Assign):
        return all(isinstance(target, (ast.Name, ast.Tuple)) for target in node.targets) and not (
            isinstance(node.value, ast.Call) and _callee(node.value) not in DECLARING_CALLS
            and _mutates(node.value))
    if isinstance(node, ast.AnnAssign):
        return isinstance(node.target, ast.Name)
    if isinstance(node, ast.Expr):
        value = node.value
        if isinstance(value, ast.Call) and _callee(value) == "setattr" and value.args:
            # completing a class of this module (its operators, say) changes nothing elsewhere
            return isinstance(value.args[0], ast.Name) and value.args[0].id in own_classes
        return isinstance(value, ast.Constant) or (isinstance(value, ast.Call)
                                                   and _callee(value) in DECLARING_CALLS)
    if isinstance(node, ast.If):
        if "TYPE_CHECKING" in ast.unparse(node.test):
            return all(_inert(statement, own_classes) for statement in node.orelse)
        return all(_inert(statement, own_classes) for statement in (*node.body, *node.orelse))
    if isinstance(node, ast.For):  # for name in (...): export_value(name, ...)
        return not node.orelse and all(_inert(statement, own_classes) for statement in node.body)
    return False


def _mutates(call: ast.Call) -> bool:
    """A call at top level whose name says it changes something elsewhere (install, register ...);
    building a value (`frozenset(...)`, `namedtuple(...)`, `TypeVar(...)`) is inert."""
    name = _callee(call).lower()
    return any(word in name for word in ("install", "register", "append", "patch", "setattr", "update"))


def dump(index: dict[str, Any]) -> str:
    return json.dumps(index, indent=1, sort_keys=False) + "\n"


def main(argv: list[str]) -> int:
    text = dump(collect())
    if "--check" in argv:
        committed = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if committed == text:
            return 0
        print(f"{OUT.relative_to(ROOT)} is out of date: {_difference(committed, text)}. "
              f"Run `{COMMAND}` and commit the result.", file=sys.stderr)
        return 1
    OUT.write_text(text, encoding="utf-8")
    return 0


def _difference(committed: str, fresh: str) -> str:
    """What changed, in a few words (the first differing entries of each table)."""
    try:
        old = json.loads(committed)
    except ValueError:
        return "the committed file is missing or not JSON"
    new = json.loads(fresh)
    said: list[str] = []
    for key in new:
        if key in ("generated_by",) or old.get(key) == new[key]:
            continue
        if isinstance(new[key], list):
            added = sorted(set(new[key]) - set(old.get(key, [])))
            gone = sorted(set(old.get(key, [])) - set(new[key]))
        else:
            flat_new = {(m, k) for m, keys in new[key].items() for k in keys}
            flat_old = {(m, k) for m, keys in old.get(key, {}).items() for k in keys}
            added = [f"{k} in {m}" for m, k in sorted(flat_new - flat_old)]
            gone = [f"{k} in {m}" for m, k in sorted(flat_old - flat_new)]
        if added:
            said.append(f"{key} new: {', '.join(added[:5])}{' ...' if len(added) > 5 else ''}")
        if gone:
            said.append(f"{key} gone: {', '.join(gone[:5])}{' ...' if len(gone) > 5 else ''}")
    return "; ".join(said) or "formatting differs"


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
