"""Rewrite a loaded scenario's AST for `scopecli diff`: swap one API for another, keep positions.

The default swap exchanges TF's two scope families wherever the scenario refers to them:
`name_scope` <-> `variable_scope` and `op_scope` <-> `variable_op_scope` (same argument order in
each pair, so the calls stay well-formed unless they pass something only one side accepts, such as
`reuse=`). A reference counts when it goes through the `tf` module (`tf.name_scope`,
`tf1.name_scope` after `import tensorflow.compat.v1 as tf1`, `tensorflow.name_scope`), including
a value that is later called under another name (`scope_fn = tf.name_scope`), and when a name is
imported from TF (`from tensorflow.compat.v1 import name_scope`: the import is rewritten, so every
bare use of the name follows). `graph.name_scope(...)` is left alone: a Graph has no
`variable_scope`.

`--swap OLD=NEW` substitutions use the same machinery: a dotted OLD (`tf.get_variable`) matches
that reference (any alias of the tf module standing for `tf`), a bare OLD (`relu`) matches any
attribute or name spelled so. All substitutions apply at once, so `--swap a=b --swap b=a`
exchanges them. The text is never edited: the program is the same tree with a few nodes
replaced, every node keeping its file position, so the two runs' ops line up by source position.
"""

from __future__ import annotations

import ast
import copy
import keyword
from dataclasses import dataclass

from scopecli.errors import InputError, SourcePos
from scopecli.load import Scenario
from scopecli.load.line_memo import expand_memo_lines

SCOPE_SWAPS: dict[str, str] = {
    "name_scope": "variable_scope",
    "variable_scope": "name_scope",
    "op_scope": "variable_op_scope",
    "variable_op_scope": "op_scope",
}

_TF_MODULES = ("tensorflow", "tensorflow.compat.v1")


@dataclass(frozen=True)
class Substitution:
    """Replace references to `old` by `new`; both dotted paths ("tf.get_variable" or "relu")."""

    old: tuple[str, ...]
    new: tuple[str, ...]
    tf_only: bool = False  # match `old` only as an attribute of the tf module (the default swap)

    @property
    def text(self) -> str:
        return f"{'.'.join(self.old)}={'.'.join(self.new)}"


@dataclass(frozen=True)
class Replacement:
    """One rewritten reference: where, what it said, what it says now."""

    pos: SourcePos
    old: str
    new: str


@dataclass(frozen=True)
class Swapped:
    scenario: Scenario
    replacements: tuple[Replacement, ...]

    def labels(self) -> tuple[str, str]:
        """Both sides in a few words, by first appearance: ("name_scope", "variable_scope")."""
        olds: list[str] = []
        news: list[str] = []
        for r in self.replacements:
            if r.old not in olds:
                olds.append(r.old)
                news.append(r.new)
        return ", ".join(olds), ", ".join(news)


def default_substitutions() -> list[Substitution]:
    return [Substitution(("tf", old), ("tf", new), tf_only=True) for old, new in SCOPE_SWAPS.items()]


def parse_substitution(text: str) -> Substitution:
    """`OLD=NEW` from the command line, each a dotted Python name; InputError (exit 2) otherwise."""
    old, sep, new = text.partition("=")
    if not sep:
        raise InputError(f"--swap {text!r}: expected OLD=NEW", hint="e.g. --swap tf.get_variable=tf.Variable")
    parts = []
    for side in (old.strip(), new.strip()):
        path = tuple(side.split("."))
        if not all(p.isidentifier() and not keyword.iskeyword(p) for p in path):
            raise InputError(f"--swap {text!r}: `{side}` is not a dotted Python name",
                             hint="e.g. --swap tf.nn.relu=tf.nn.tanh")
        if any(p.startswith("_") for p in path):
            raise InputError(f"--swap {text!r}: names starting with `_` are not available in scenarios")
        parts.append(path)
    return Substitution(parts[0], parts[1])


def swap_scenario(scenario: Scenario, substitutions: list[Substitution] | None = None) -> Swapped:
    """A copy of `scenario` with every matching reference replaced (the original is not touched)."""
    subs = substitutions if substitutions is not None else default_substitutions()
    # A repeated line's template is shared by its copies: each copy gets its own nodes to rewrite.
    module = expand_memo_lines(copy.deepcopy(scenario.module))
    rewriter = _Rewriter(scenario, subs, _tf_aliases(module, scenario.language))
    new_module = rewriter.visit(module)
    assert isinstance(new_module, ast.Module)
    return Swapped(scenario.replace(module=new_module), tuple(rewriter.replacements))


def _tf_aliases(module: ast.Module, language: str) -> set[str]:
    """Names bound to the tf module anywhere in the scenario (YAML scenarios have `tf` pre-bound)."""
    aliases = {"tf"} if language == "yaml" else set()
    for node in ast.walk(module):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in _TF_MODULES:
                    aliases.add(alias.asname or alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and node.module == "tensorflow.compat":
            aliases.update(a.asname or a.name for a in node.names if a.name == "v1")
    return aliases


def _dotted(node: ast.expr) -> list[str] | None:
    """`a.b.c` as ["a", "b", "c"]; None for anything that is not a plain dotted name."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return parts[::-1]


class _Rewriter(ast.NodeTransformer):
    def __init__(self, scenario: Scenario, subs: list[Substitution], tf_aliases: set[str]):
        self.scenario = scenario
        self.subs = subs
        self.tf_aliases = tf_aliases
        self.replacements: list[Replacement] = []

    def _normal(self, path: list[str]) -> tuple[str, ...]:
        """The path with a tf alias (or `tf.compat.v1` spelled out) read as `tf`."""
        if path and path[0] in self.tf_aliases:
            rest = path[1:]
            while rest[:2] == ["compat", "v1"]:  # `tf.compat.v1` is the tf module itself
                rest = rest[2:]
            return ("tf", *rest)
        return tuple(path)

    def _match(self, node: ast.Name | ast.Attribute) -> Substitution | None:
        path = _dotted(node)
        if path is None:
            # e.g. `make().relu`: only a bare OLD (an attribute name) can match it.
            if isinstance(node, ast.Attribute):
                return next((s for s in self.subs if not s.tf_only and s.old == (node.attr,)), None)
            return None
        normal = self._normal(path)
        for sub in self.subs:
            if sub.tf_only:
                if normal == sub.old and len(path) > 1:
                    return sub
            elif len(sub.old) == 1 and path[-1] == sub.old[0]:
                return sub
            elif normal == sub.old or tuple(path) == sub.old:
                return sub
        return None

    def _replace(self, node: ast.Name | ast.Attribute) -> ast.expr:
        sub = self._match(node)
        if sub is None:
            return self.generic_visit(node)  # type: ignore[return-value]
        # The default swap is labelled by API name ("name_scope"), a --swap by what was written.
        old_text = sub.old[-1] if sub.tf_only else ast.unparse(node)
        if len(sub.old) == len(sub.new) and sub.old[:-1] == sub.new[:-1]:
            # Only the last part changes (`tf.compat.v1.name_scope`, `x.relu`): rename in place.
            new: ast.expr = copy.copy(node)
            if isinstance(new, ast.Attribute):
                new.attr = sub.new[-1]
                new.value = self.visit(new.value)
            else:
                assert isinstance(new, ast.Name)
                new.id = sub.new[-1]
        else:
            path = list(sub.new)
            original = _dotted(node)
            if path[0] == "tf" and original and original[0] in self.tf_aliases:
                path[0] = original[0]  # `tf1.name_scope` becomes `tf1.variable_scope`
            new = _build(path, node)
        new_text = sub.new[-1] if sub.tf_only else ast.unparse(new)
        self.replacements.append(Replacement(self.scenario.pos(node), old_text, new_text))
        return new

    def visit_Attribute(self, node: ast.Attribute) -> ast.expr:
        if not isinstance(node.ctx, ast.Load):
            return self.generic_visit(node)  # type: ignore[return-value]
        return self._replace(node)

    def visit_Name(self, node: ast.Name) -> ast.expr:
        # Only uses are swapped: an assignment `relu = ...` keeps binding the name it binds.
        if node.id in self.tf_aliases or not isinstance(node.ctx, ast.Load):
            return node
        return self._replace(node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> ast.ImportFrom:
        # `from tensorflow.compat.v1 import name_scope` binds the API to a bare name; importing the
        # other API under the same name makes every later use follow.
        if node.module not in _TF_MODULES:
            return node
        for alias in node.names:
            sub = self._match_import(alias.name)
            if sub is not None:
                bound = alias.asname or alias.name
                self.replacements.append(Replacement(self.scenario.pos(node), alias.name, sub.new[-1]))
                alias.name = sub.new[-1]
                alias.asname = bound
        return node

    def _match_import(self, name: str) -> Substitution | None:
        for sub in self.subs:
            if sub.old in (("tf", name), (name,)) and len(sub.new) <= 2 and sub.new[0] in ("tf", sub.new[-1]):
                return sub
        return None


def _build(path: list[str], where: ast.expr) -> ast.expr:
    """`a.b.c` as an expression standing where `where` stood.

    Its parts take the positions of the written chain's parts from the left (`tf` where `tf`
    was), the rest the whole reference's, so messages point into the same source text.
    """
    written: list[ast.expr] = []
    part_node: ast.expr = where
    while isinstance(part_node, ast.Attribute):
        written.append(part_node)
        part_node = part_node.value
    written.append(part_node)
    written.reverse()  # root first, like `path`
    node: ast.expr = ast.Name(id=path[0], ctx=ast.Load())
    ast.copy_location(node, written[0] if len(written) > 1 else where)
    for i, part in enumerate(path[1:], start=1):
        node = ast.Attribute(value=node, attr=part, ctx=ast.Load())
        ast.copy_location(node, written[i] if i < len(written) - 1 else where)
    return node
