"""Python's private name mangling, done on the parsed tree before anything runs.

Inside a class body (and every function, lambda or comprehension nested in it), an identifier
`__name` that does not end in two underscores means `_Class__name` (the class name with its
leading underscores stripped; no mangling if that leaves nothing). CPython applies it to names,
attribute names, parameter names, def/class names and global/nonlocal declarations, but not to
keyword-argument names in calls. A class's own name, bases and decorators belong to the scope
around it. Real model files use it for helpers like `self.__build_network(...)`.
"""

from __future__ import annotations

import ast
import re

# Any identifier starting with two underscores (decided per name below).
_CANDIDATE = re.compile(r"(?<![\w.])__\w+")


def needs_mangling(text: str) -> bool:
    """Whether `text` may hold a private name inside a class (a cheap textual check)."""
    return "class" in text and any(not m.endswith("__") for m in _CANDIDATE.findall(text))


def mangle(private: str | None, name: str) -> str:
    """compile.c's _Py_Mangle."""
    if private is None or not name.startswith("__") or name.endswith("__") or "." in name:
        return name
    stripped = private.lstrip("_")
    return name if not stripped else f"_{stripped}{name}"


def mangle_private_names(tree: ast.AST) -> None:
    """Rewrite every private identifier of `tree` in place, with an explicit stack (deep trees)."""
    stack: list[tuple[ast.AST, str | None]] = [(tree, None)]
    while stack:
        node, private = stack.pop()
        if isinstance(node, ast.ClassDef):
            node.name = mangle(private, node.name)
            outer = [*node.decorator_list, *node.bases, *node.keywords]
            stack.extend((child, private) for child in outer)
            stack.extend((child, node.name) for child in node.body)
            continue
        if private is not None:
            _rename(node, private)
        for child in ast.iter_child_nodes(node):
            stack.append((child, private))


def _rename(node: ast.AST, private: str) -> None:
    if isinstance(node, ast.Name):
        node.id = mangle(private, node.id)
    elif isinstance(node, ast.Attribute):
        node.attr = mangle(private, node.attr)
    elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        node.name = mangle(private, node.name)
    elif isinstance(node, ast.arg):
        node.arg = mangle(private, node.arg)
    elif isinstance(node, (ast.Global, ast.Nonlocal)):
        node.names = [mangle(private, n) for n in node.names]
    elif isinstance(node, ast.ExceptHandler) and node.name:
        node.name = mangle(private, node.name)
