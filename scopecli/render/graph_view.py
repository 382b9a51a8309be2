"""What `scopecli graph` draws, independent of the output syntax: nodes, scope boxes, edges.

The DOT and Mermaid writers both consume a `GraphView`. Grouping follows TensorBoard: an op named
`a/b/c` sits in the box `a/b`, nested in the box `a`; an op whose own name is also a box (the
`VariableV2` op `w` beside `w/read`) sits inside that box. By default each variable is collapsed
into one node that stands for all the ops TF builds for it (`w`, `w/Assign`, `w/read`,
`w/Initializer/...`); `all_ops=True` draws every op.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scopecli.engine.graph import Graph, Operation

# Node kinds, each drawn in its own style.
VARIABLE = "variable"
PLACEHOLDER = "placeholder"
CONSTANT = "constant"
OP = "op"
INTERNAL = "internal"


@dataclass
class Node:
    key: str  # the full op name (unique within one graph)
    label: str  # the last component of the name
    detail: str  # second label line: op type, or how a variable was made, dtype and shape
    kind: str
    scope: str  # full name of the box it sits in ("" for the graph's top level)


@dataclass
class Scope:
    name: str  # full scope name, no trailing slash
    label: str  # last component plus "/"
    detail: str  # the call that opened it (`variable_scope('foo')`), if known
    kind: str  # "name_scope", "variable_scope", ... or "" when only implied by op names
    children: list[Scope] = field(default_factory=list)
    nodes: list[Node] = field(default_factory=list)


@dataclass
class GraphView:
    title: str
    root: Scope
    edges: list[tuple[str, str, bool]]  # (from key, to key, is a control dependency)

    def scopes(self) -> list[Scope]:
        """Every box, parents before children."""
        out: list[Scope] = []
        stack = list(reversed(self.root.children))
        while stack:
            scope = stack.pop()
            out.append(scope)
            stack.extend(reversed(scope.children))
        return out

    def nodes(self) -> list[Node]:
        out = list(self.root.nodes)
        for scope in self.scopes():
            out.extend(scope.nodes)
        return out


def views_of(graphs: list[Graph], all_ops: bool = False) -> list[GraphView]:
    """One view per graph that has ops (an untouched default graph is left out)."""
    drawn = [graph for graph in graphs if graph.ops]
    return [build_view(graph, all_ops, _title(graph, len(drawn))) for graph in drawn]


def _title(graph: Graph, count: int) -> str:
    return "graph" if count <= 1 else f"graph #{graph.index}"


def build_view(graph: Graph, all_ops: bool = False, title: str = "graph") -> GraphView:
    owned = _variable_owners(graph)
    owner = {} if all_ops else owned
    shown = [op for op in graph.ops if op.name not in owner or owner[op.name] is op]
    keys = {op.name for op in shown}
    scope_names = _scope_names(keys)
    root = Scope("", "", "", "")
    boxes: dict[str, Scope] = {"": root}
    for name in sorted(scope_names, key=lambda s: (s.count("/"), s)):
        parent = name.rpartition("/")[0]
        record = graph.scopes.get(name)
        kind = record.kind if record is not None else ""
        box = Scope(name, name.rpartition("/")[2] + "/", record.call if kind else "", kind)
        boxes[name] = box
        boxes[parent].children.append(box)
    for op in shown:
        scope = op.name if op.name in scope_names else op.name.rpartition("/")[0]
        boxes[scope].nodes.append(_node(op, scope, not all_ops, op.name in owned))
    edges: list[tuple[str, str, bool]] = []
    seen: set[tuple[str, str, bool]] = set()
    for op in shown:
        sources = [(t._op, False) for t in op.inputs] + [(c, True) for c in op.control_inputs_]
        for source, control in sources:
            edge = (owner.get(source.name, source).name, op.name, control)
            if edge[0] != edge[1] and edge not in seen:
                seen.add(edge)
                edges.append(edge)
    return GraphView(title, root, edges)


def _variable_owners(graph: Graph) -> dict[str, Operation]:
    """Op name -> the VariableV2 op it is collapsed into: the variable's own internal ops."""
    owner: dict[str, Operation] = {}
    for variable in graph.variables:
        var_op = variable.variable_op
        prefix = var_op.name + "/"
        for op in graph.ops:
            mine = op.variable is variable or op.variable is None
            if op is var_op or (op.internal and mine and op.name.startswith(prefix)):
                owner[op.name] = var_op
    return owner


def _scope_names(keys: set[str]) -> set[str]:
    names: set[str] = set()
    for key in keys:
        parts = key.split("/")
        names.update("/".join(parts[:i]) for i in range(1, len(parts)))
    names.discard("")  # a name like "a//b" or "/a" must not make a box for ""
    return names


def _node(op: Operation, scope: str, collapsed: bool, of_variable: bool) -> Node:
    """`of_variable`: one of the ops TF builds for a variable (drawn dim when shown at all)."""
    label = op.name[len(scope) + 1:] if scope and op.name != scope else op.name.rpartition("/")[2]
    variable: Any = op.variable
    if op.type in ("VariableV2", "Variable") and variable is not None:
        out = op.outputs[0]
        how = "get_variable" if variable.created_by == "get_variable" else "Variable"
        detail = f"{how} {out.dtype.base_dtype.name} {out.shape}" if collapsed else op.type
        return Node(op.name, label, detail, VARIABLE, scope)
    if op.type == "Placeholder":
        kind = PLACEHOLDER
    elif op.internal and (of_variable or op.variable is None):
        kind = INTERNAL  # `v.assign(...)` has no api name but is the user's own call
    elif op.type == "Const":
        kind = CONSTANT
    else:
        kind = OP
    return Node(op.name, label, "" if op.type == label else op.type, kind, scope)

